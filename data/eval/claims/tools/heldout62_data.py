# Sixty-second held-out set of synthetic documents ("heldout62").  Written from
# scratch after heldout61/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout62.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: a gur (jaggery) cooperative at Umarzai, Charsadda, that sold
# to a wholesaler in Kabul's Mandawi bazaar; a ceiling-fan factory at Gujrat
# that sold to an electrical goods dealer in Herat; a talc miners' cooperative
# at Achin, Nangarhar, that sold lump talc to a grinding mill in Nowshera; a
# women's carpet workshop at Andkhoy, Faryab, that sold to a carpet exporter
# in Lahore; a beri (sidr) honey farm at Karak that sold to a honey shop in
# Khost; a cutlery workshop at Wazirabad that sold to a hardware dealer in
# Kunduz; wild black cumin collectors at Qala-i-Naw, Badghis, who sold to a
# spice firm in Karachi's Jodia Bazaar; and macro documents on the trade
# series and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Umarzai Gur Cooperative, Umarzai, Charsadda (invented), formed 2011 by 60
#     cane farmers sharing 12 crushing units; crush November to February; gur
#     in 40 kg sacks, trucks of 25 t; gur made 2022-23 1,200 t, 2023-24 1,500
#     t, 2024-25 900 t; to Haji Noor Agha, Mandawi bazaar, Kabul 800 / 1,000
#     (40 trucks) / 450 t (18 trucks, 11,250 sacks), at home (Peshawar, Mardan,
#     Swat) 400 / 500 / 450 t; gate price Rs 150 / 180 / 220 a kg; route by
#     Torkham.
#   Chenab Electric Works, Gujrat (invented), begun 1998; 120 workers; 56-inch
#     ceiling fans, one to a carton (12 kg), trucks of 600 fans; fans sold 2023
#     60,000, 2024 72,000, 2025 50,000; to Haji Qudratullah, Herat 24,000 /
#     30,000 (50 trucks) / 8,000, at home 36,000 / 42,000 / 42,000; 2024 by
#     quarter Herat 6,000 / 12,000 / 9,000 / 3,000, home 12,000 / 15,000 /
#     9,000 / 6,000; ex-factory price Rs 8,500 / 9,500 / 10,000 a fan; route by
#     Quetta, Chaman, Spin Boldak and Kandahar; Herat buyer since 2016.
#   Spin Ghar Talc Cooperative, Achin, Nangarhar (invented), formed 2015, 150
#     members, 20 open pits; trucks of 30 t; output 2023 9,000 t, 2024 12,000 t
#     (white 4,800, cream 4,200, grey 3,000; 40 / 35 / 25 percent); to Khattak
#     Minerals, Nowshera 6,000 / 9,000 t (300 trucks), Jalalabad and Kabul
#     3,000 / 3,000 t; Nowshera paid USD 80 (2023), USD 90 (2024) a tonne,
#     Afghan buyers USD 70 (2024); Q1 2024 to Nowshera 20 / 25 / 30 trucks
#     (600 / 750 / 900 t); clearing fee Rs 12,000 a truck.
#   Andkhoy Qaleen Workshop, Andkhoy, Faryab (invented), begun 2006; 180 looms
#     in 2024, two weavers to a loom (360 weavers); carpets of about 6 square
#     metres, three months a carpet; carpets 2023 600, 2024 720, 2025 480; to
#     Mian Carpets, Gulberg, Lahore 400 / 500 / 120, Kabul and Mazar-i-Sharif
#     200 / 220 / 360 (2024: Kabul 120, Mazar 100); Lahore paid USD 55 (2023),
#     USD 60 (2024) a square metre; bales of six; wool partly from
#     Turkmenistan by Aqina.
#   Karak Beri Honey Farm, Karak (invented), begun 2010 by Malik Zahid Khattak;
#     800 hives; honey 2023 16 t, 2024 20 t, 2025 12 t (20 / 25 / 15 kg a
#     hive); to a honey shop in Khost 6 / 8 (320 tins of 25 kg) / 1 t, at home
#     10 / 12 (24,000 jars of 500 g) / 11 t; Rs 2,000 / 2,500 / 3,000 a kg;
#     route by Bannu and Ghulam Khan.
#   Wazirabad Steel Cutlers, Wazirabad (invented), begun 1985 by Ustad Allah
#     Ditta; 70 craftsmen; cartons of 600 pieces (50 dozen); pieces sold 2023
#     600,000, 2024 720,000, 2025 540,000; to Haji Abdul Wahid, Kunduz 240,000
#     / 300,000 (500 cartons) / 60,000, at home 360,000 / 420,000 / 480,000;
#     average Rs 120 (2023), Rs 150 (2024) a piece; steel sheet from China by
#     Karachi; route by Torkham and the Salang.
#   Qala-i-Naw black cumin collectors, Badghis (invented), about 200 families;
#     collected June and July; 2023 30 t, 2024 36 t (1,200 bags of 30 kg), 2025
#     24 t; to Seth Haroon Spices, Jodia Bazaar, Karachi 20 / 24 (800 bags) /
#     6 t, Herat 10 / 12 / 18 t; Karachi paid Rs 4,000 (2023), Rs 5,000 (2024)
#     a kg; route by Herat, Kandahar, Spin Boldak, Chaman and Quetta.
#   Macro documents: the universities, newspapers, channels, schools,
#     associations, charities, wiki and people are invented and kept
#     consistent within each document.

HELDOUT62 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT62)

# ---------------------------------------------------------------------------
# Umarzai Gur Cooperative (invented), Umarzai, Charsadda
# ---------------------------------------------------------------------------

add("umarzai_gur_museum_label", """
# Exhibit Label: Mould, Sack and Ledger

*Label text from the "Sweet Harvest" case of a small heritage room in Charsadda, opened in 2025. The heritage room, the cooperative and every figure are invented.*

**The mould.** This wooden mould, carved in Umarzai in the 1970s, shaped the round cakes of gur that families once carried to market on donkeys. Boiled cane juice was poured in hot and left to set overnight.

**The sack.** Today the Umarzai Gur Cooperative packs its gur in 40 kg sacks of woven plastic, like the one on the right. The cooperative was formed in 2011 by 60 cane farmers, who share 12 crushing units and a boiling shed.

**The ledger.** The open page shows the 2023-24 season, the cooperative's best. The crush ran from November to February and made 1,500 tonnes of gur. Haji Noor Agha, a wholesaler in Kabul's Mandawi bazaar, took 44 truckloads of 25 tonnes, carried through Peshawar and over Torkham; Peshawar, Mardan and Swat bought the rest. The clerk copied the three seasons into the table below.

| Season | Gur made (t) | Sent to Kabul (t) | Sold at home (t) |
|---|---|---|---|
| 2022-23 | 1,200 | 800 | 400 |
| 2023-24 | 1,500 | 1,000 | 500 |
| 2024-25 | 900 | 450 | 450 |

**The price.** At the shed gate a kilogram fetched Rs 150 in 2022-23, Rs 180 in 2023-24 and Rs 220 in 2024-25, when a poor cane crop cut the crush to 900 tonnes.

*Ask the attendant to lift the sack: it weighs the same 40 kg as each sack counted in the ledger.*
""", tvt(["took 44 truckloads of 25 tonnes", "| 2023-24 | 1,500 | 1,000 | 500 |"],
        {"text_value": 1100, "table_value": 1000}, "tonnes",
        "gur the Umarzai cooperative sent to the Kabul wholesaler", "2023-24",
        "label paragraph on the ledger, in truckloads, against the 2023-24 row of the ledger table",
        "The label says the Kabul wholesaler took 44 truckloads of 25 tonnes in 2023-24, which is 1,100 tonnes; the ledger table below gives 1,000 tonnes sent to Kabul that season (and 1,000 plus 500 at home makes the 1,500 tonnes made, while 1,100 plus 500 would not). The two records of the same shipments disagree.",
        trucks_stated=44, tonnes_per_truck=25))

add("umarzai_gur_cooking_show", """
# "Desi Kitchen", Episode 112: Gur Halwa

*Transcript of a cooking programme on an invented Peshawar television channel, recorded in January 2025 at the boiling shed of a gur cooperative in Umarzai, Charsadda. The programme, the cooperative and every figure are invented.*

HOST: Salaam, and welcome to a shed full of steam. Behind me the cane juice is boiling down in a pan as wide as a charpai. With me is the cooperative's secretary, Gul Rehman.

SECRETARY: Welcome. We are 60 farmers with 12 crushing units, and we pack our gur in 40 kg sacks.

HOST: Today's halwa needs 500 grams of gur, 250 grams of semolina, 100 grams of ghee and a litre of water. Now, viewers always ask me about the price of gur.

SECRETARY: At our gate a kilogram cost Rs 150 in the 2022-23 season and Rs 180 in 2023-24. This season it is Rs 220, because the cane crop was poor.

HOST: So in one year gur became a quarter dearer, from Rs 150 to Rs 180. My halwa costs a little more, but it is worth it. Where does all your gur go?

SECRETARY: Mostly to Kabul. Haji Noor Agha in the Mandawi bazaar took 1,000 tonnes last season, two tonnes in every three that we made. Peshawar, Mardan and Swat took the other 500.

HOST: Stir the semolina in the ghee until it smells of biscuits, then pour in the gur syrup slowly. Keep stirring for ten minutes.

SECRETARY: My mother added fennel seeds.

HOST: Then so shall we. A teaspoon of fennel, a handful of almonds, and the halwa is ready. Thank you, Gul Rehman, and thank you all for watching.
""", arith(["So in one year gur became a quarter dearer, from Rs 150 to Rs 180"],
          "The secretary gives the gate price as Rs 150 a kilogram in 2022-23 and Rs 180 in 2023-24. Rs 180 is 20 percent above Rs 150 (a fifth dearer), not a quarter (25 percent) dearer, which would be Rs 187.50.",
          **{"from": 150, "to": 180, "computed_change_pct": 20.0, "stated_change_pct": 25.0,
             "stated_as_written": "a quarter dearer", "unit": "Rs a kg",
             "from_period": "2022-23", "to_period": "2023-24",
             "subject": "gate price of gur at the Umarzai cooperative",
             "location": "host's line after the secretary's prices, a change written as a fraction"}))

add("umarzai_gur_text_messages", """
# Text Messages: Umarzai to Mandawi

*Messages between the secretary of a gur cooperative in Umarzai, Charsadda, and its buyer in Kabul's Mandawi bazaar, copied from a phone in November 2024 and translated from Pashto. The cooperative, the buyer and every figure are invented.*

**Gul Rehman, 3 Nov 2024, 08:14.** Salaam Haji sahib. We start crushing on Monday. The cane is thin this year, so we expect 900 tonnes of gur at most, against 1,500 tonnes last season.

**Haji Noor Agha, 08:40.** Wa alaikum salaam. Last season I took 1,000 tonnes from you. This season I can take about half of that. The shops here still hold some of last year's stock.

**Gul Rehman, 09:02.** Understood. The gate price for 2024-25 has gone up, from Rs 220 a kilo to Rs 220, because every farmer wants more for thin cane. Last season you paid Rs 180.

**Haji Noor Agha, 09:15.** Then send me 18 trucks of 25 tonnes over the season, 450 tonnes in all, and keep the rest for Peshawar and Mardan.

**Gul Rehman, 09:31.** Your 450 tonnes make 11,250 sacks of 40 kg. We will load the first truck on the 15th if the crush goes well.

**Haji Noor Agha, 09:33.** Good. Half the money when the truck clears Torkham, half when the gur reaches Mandawi, as before.

**Gul Rehman, 10:05.** Agreed. I will send photos of the first batch. The colour is darker this year, but the taste is good.
""", garbled(["The gate price for 2024-25 has gone up, from Rs 220 a kilo to Rs 220"],
             "The secretary says the gate price for the 2024-25 season has gone up, but gives the same price, Rs 220 a kilogram, as both the start and the end of the rise within that one season. The previous season's price, Rs 180, is given separately in the next sentence.",
             start_value=220, end_value=220, start_period="2024-25", end_period="2024-25",
             unit="Rs a kg", subject="gate price of gur at the Umarzai cooperative",
             location="text message of 3 Nov 2024, 09:02"))

add("umarzai_gur_letter_to_son", """
# A Letter from Umarzai

*Letter written in Urdu in March 2024 by a cane farmer in Umarzai, Charsadda, to his son, a student in Lahore, kept by the family and translated for a local history project. The family, the cooperative and every figure are invented.*

My dear Bilal,

May this find you well and working hard. Your mother sends her love and a tin of the new gur with this letter; eat it slowly, not all in one week.

The crush ended last week. Our cooperative made 1,500 tonnes of gur this season, the most since your uncle and the other founders started it in 2011 with 60 farmers and 12 crushing units. Everyone says the cane was the sweetest in years.

Haji Noor Agha in Kabul is still our biggest buyer, though his orders shrank this season: 1,000 tonnes, where the season before he had taken 800. The trucks went out through Torkham as usual, 25 tonnes at a time, and the money came back without trouble. Peshawar, Mardan and Swat took the other 500 tonnes.

The gate price was Rs 180 a kilo, up from Rs 150 last season, so for once the farmers are not complaining. I have paid the last instalment on the tractor and there is something left over for your fees.

Your sister passed her exams. The buffalo has calved. Write to us about your studies, and come home in the summer, when there is no cane to cut and we can sit on the roof in the evenings.

Your loving father,
Abdul Wadood
""", direction("his orders shrank this season: 1,000 tonnes, where the season before he had taken 800",
               800, 1000, "2022-23", "2023-24", "shrank", "fall", "tonnes",
               "gur the Kabul wholesaler bought from the Umarzai cooperative",
               "third paragraph of the letter, the direction word before the two figures, the later season first",
               "The letter says the Kabul buyer's orders shrank in 2023-24, but gives 1,000 tonnes for that season against 800 tonnes the season before: a rise of 200 tonnes, or 25 percent."))

add("umarzai_gur_agm_notice_control", """
# Notice of the Annual General Meeting

*Notice sent to members of the Umarzai Gur Cooperative, Charsadda, in April 2025, with a summary of three seasons. The cooperative and every figure are invented.*

The fourteenth annual general meeting of the Umarzai Gur Cooperative will be held at the boiling shed on Friday, 25 April 2025, after the afternoon prayer. All 60 members are asked to attend.

**Agenda.** Accounts for the 2024-25 season; replacing two of the 12 crushing units; terms with the Kabul buyer for 2025-26.

**Summary of three seasons (tonnes of gur).**

| Season | To Kabul | At home | Total |
|---|---|---|---|
| 2022-23 | 800 | 400 | 1,200 |
| 2023-24 | 1,000 | 500 | 1,500 |
| 2024-25 | 450 | 450 | 900 |

**Secretary's note.** The 2024-25 crush of 900 tonnes was 40 percent below the 1,500 tonnes of 2023-24, because the cane was thin. Kabul took half of it, 450 tonnes in 18 trucks of 25 tonnes, against two-thirds of the crush in each of the two seasons before. The gate price rose 22.2 percent, from Rs 180 a kilo to Rs 220, after a rise of 20 percent the year before, from Rs 150. Sales were worth Rs 198 million in 2024-25 (900 tonnes at Rs 220 a kilo), against Rs 270 million in 2023-24.

**Dues.** Members are reminded that dues of Rs 5,000 for the season must be paid before the meeting. From 60 members they bring Rs 300,000 into the repair fund, about a third of the price of a new crushing unit.
""", control_type="control")

# ---------------------------------------------------------------------------
# Chenab Electric Works (invented), Gujrat
# ---------------------------------------------------------------------------

add("gujrat_fans_voice_note", """
# Voice Note from the Dispatch Office

*Transcript of a voice message sent in January 2025 by the dispatch manager of a ceiling-fan factory in Gujrat to its new sales officer, as typed up for the office files. The factory, its buyers and every figure are invented.*

"Assalam o alaikum, Sana. Welcome again to Chenab Electric Works. Since you start on the export desk on Monday, here is what you need to know before you meet anyone.

"We make one thing: the 56-inch ceiling fan, each in its own carton, with a two-year warranty. There are 120 of us on the payroll. Last year, 2024, we sold 72,000 fans, against 60,000 in 2023.

"Our one export buyer is Haji Qudratullah, who has an electrical goods shop in Herat. He took 30,000 fans from us in 2024, which went in 600 trucks. Every truck is loaded with 600 fans, the cartons stacked six high, and it goes by Lahore, Quetta and Chaman, then on through Kandahar to Herat.

"The other 42,000 fans sold here at home, mostly through dealers in Lahore, Faisalabad and Multan. Our 2024 price was Rs 9,500 a fan ex-factory.

"The Haji pays by the truck, so keep the truck count straight in your register. He rings on Thursdays after the Herat market closes. Be patient with him; he has bought from us since 2016. That's all. See you on Monday."
""", reuse(["Every truck is loaded with 600 fans", "which went in 600 trucks"], 600, "count",
           "fans loaded on each truck", "trucks that carried the 2024 Herat fans", 50,
           "The manager says each truck carries 600 fans and that the 30,000 fans Herat took in 2024 went in 600 trucks. At 600 fans a truck, 30,000 fans fill 50 trucks; 600 trucks would carry 360,000 fans, five times the factory's whole year. The load per truck has been reused as the number of trucks.",
           fans_to_herat=30000, period="2024"))

add("gujrat_fans_union_newsletter", """
# Mazdoor Awaz: Newsletter of the Workers' Union, Chenab Electric Works

*Issue 9 of the newsletter of a workers' union at a ceiling-fan factory in Gujrat, January 2026, translated from Urdu. The union, the factory and every figure are invented.*

**Short time in the winding hall.** Management told the union on 5 January that the winding hall will work four days a week until March. The reason is the fall in sales: the factory sold 50,000 fans in 2025, against 72,000 in 2024.

**Herat.** Orders from Herat picked up in 2025, from 30,000 fans in 2024 to 8,000, because trucks could not cross for weeks at a time. Home sales held at 42,000 fans in both years, so the whole of the fall came from the Afghan market.

**Our demands.** The union asks that no worker lose pay for the fifth day, that all 120 workers on the payroll keep their jobs, and that management share the order book with the union every month.

**Price.** The ex-factory price went to Rs 10,000 a fan in 2025 from Rs 9,500, so each fan brings in more money even as fewer are sold.

**Safety.** Two workers were hurt on the press line in December. The union has asked for guards on both presses before the line restarts.

**Meeting.** General body meeting on Friday 16 January, in the canteen, after the shift. Tea will be served.
""", direction("Orders from Herat picked up in 2025, from 30,000 fans in 2024 to 8,000",
               30000, 8000, "2024", "2025", "picked up", "rise", "fans",
               "ceiling fans the Gujrat factory sold to its Herat dealer",
               "paragraph headed 'Herat', the direction word before the two figures",
               "The newsletter says orders from Herat picked up in 2025, but the figures it gives fall from 30,000 fans in 2024 to 8,000 in 2025, a drop of 22,000 fans or 73.3 percent; the same paragraph blames the fall on closed crossings."))

add("gujrat_fans_consignment_note", """
# Goods Consignment Note No. CEW/HRT/2024/031

*Consignment note of a road carrier for a truckload of ceiling fans from Gujrat to Herat, May 2024, as typed from the carbon copy. The carrier, the factory, the buyer and every figure are invented.*

- Consignor: Chenab Electric Works, G.T. Road, Gujrat, Punjab.
- Consignee: Haji Qudratullah, electrical goods, Herat.
- Goods: 600 ceiling fans, 56-inch, each in its own carton.
- Declared value: Rs 5,700,000 (600 fans at Rs 9,500).
- Gross weight: 7.2 tonnes (12 kg a carton).
- Vehicle: 22-wheel trailer, Lahore registration.
- Route: Gujrat, Lahore, Multan, Quetta, then across the border from Chaman (Pakistan) to Spin Boldak (Iran), and on by Kandahar to Herat.
- Days allowed in transit: 9.
- Freight: Rs 650,000, half paid at loading and half on delivery.

**Carrier's remarks.** Load 31 of the consignee's 50 loads for 2024. Cartons stacked six high; tarpaulin checked at Quetta. The consignee states that part of this load will be sold on through Islam Qala, on Afghanistan's border with Iran; the carrier is not responsible for the goods beyond Herat.

**Received in good order** at Herat on 23 May 2024, 600 cartons, two cartons dented, contents undamaged.

Signed for the carrier: Muhammad Akram, Lahore. Signed for the consignee: Abdul Basir, storekeeper, Herat.
""", scope("from Chaman (Pakistan) to Spin Boldak (Iran)", "IRN", ["PAK", "IRN"], "Spin Boldak (Iran)",
           "The route line has the truck cross from Chaman to Spin Boldak and then go on by Kandahar to Herat, but labels Spin Boldak as being in Iran. Chaman faces Spin Boldak, Afghanistan, across the Pakistan-Afghanistan border; the note itself names Iran correctly further down, as the country beyond Afghanistan's western border at Islam Qala.",
           stands_for="AFG", crossing="Chaman-Spin Boldak",
           not_a_defect="Islam Qala, on Afghanistan's border with Iran",
           location="route line of a carrier's consignment note"))

add("gujrat_fans_seminar_slides", """
# Slides: "Fans for Afghanistan"

*Text of the slides shown by the export manager of a ceiling-fan factory at an export seminar of an invented chamber in Gujrat, February 2025. The chamber, the factory and every figure are invented.*

**Slide 1. Who we are.** Chenab Electric Works, Gujrat, since 1998. One product, the 56-inch ceiling fan. 120 workers.

**Slide 2. Two years of sales.**

| Year | Fans sold | To Herat | At home | Price (Rs a fan) |
|---|---|---|---|---|
| 2023 | 60,000 | 24,000 | 36,000 | 8,500 |
| 2024 | 72,000 | 30,000 | 42,000 | 9,500 |

**Slide 3. Why Herat buys.** Summer heat of 40 degrees and more, and long hours of grid power in the city. Our buyer there resells across western Afghanistan.

**Slide 4. Price.** In 2024 we sold at Rs 9,000 a fan ex-factory, still well below the imported brands in Herat's market.

**Slide 5. What we need.** Faster clearance at Chaman, where a truck of 600 fans waited five days in June 2024, and a bank that will confirm letters of credit from Herat.

**Slide 6. Lessons.** Herat took 30,000 fans in 2024, 50 trucks. One buyer is one risk: we are looking for a second dealer in Kandahar.

**Slide 7. Questions.** Thank you. Samples are at the back of the hall.
""", tvt(["In 2024 we sold at Rs 9,000 a fan ex-factory", "| 2024 | 72,000 | 30,000 | 42,000 | 9,500 |"],
        {"text_value": 9000, "table_value": 9500}, "Rs a fan",
        "ex-factory price of the Gujrat factory's ceiling fan", "2024",
        "slide 4 against the 2024 row of the table on slide 2",
        "Slide 4 gives the 2024 ex-factory price as Rs 9,000 a fan; the sales table on slide 2 gives Rs 9,500 for 2024 in its price column."))

add("gujrat_fans_quarterly_review", """
# Quarterly Sales Review, 2024

*Review prepared in January 2025 by the sales office of a ceiling-fan factory in Gujrat for its owner. The factory, its buyers and every figure are invented.*

The factory sold 72,000 ceiling fans in 2024, against 60,000 in 2023. The table shows the year by buyer and by quarter.

| Buyer | Q1 | Q2 | Q3 | Q4 | Year total |
|---|---|---|---|---|---|
| Herat dealer | 6,000 | 12,000 | 9,000 | 3,000 | 32,000 |
| Home dealers | 12,000 | 15,000 | 9,000 | 6,000 | 42,000 |

**Seasons.** Fan sales follow the heat. The second quarter, April to June, was the busiest in both markets, and the Herat dealer's orders fell to 3,000 fans in the fourth quarter as winter came on.

**Trucks.** Herat orders went in full trucks of 600 fans; the dealer pays by the truck, a quarter of the price at loading and the rest on arrival.

**Price.** The ex-factory price was Rs 9,500 a fan through the year, up from Rs 8,500 in 2023.

**For 2025.** The owner has asked the office to find a second Afghan dealer, so that one buyer's bad quarter does not shut the winding hall. The office proposes a visit to Kandahar in March, before the season's orders are placed.
""", parts_total(["| Herat dealer | 6,000 | 12,000 | 9,000 | 3,000 | 32,000 |"],
                 {"Q1 2024": 6000, "Q2 2024": 12000, "Q3 2024": 9000, "Q4 2024": 3000}, 32000,
                 "fans", "2024", "ceiling fans sold to the Herat dealer",
                 "Herat row of the quarterly table, its 'Year total' column",
                 "The Herat dealer's four quarters (6,000, 12,000, 9,000 and 3,000 fans) add up to 30,000, but the row's year total says 32,000. The home row adds up (42,000), and 30,000 plus 42,000 gives the 72,000 fans the review states for the year; 32,000 would make 74,000."))

# ---------------------------------------------------------------------------
# Spin Ghar Talc Cooperative (invented), Achin, Nangarhar
# ---------------------------------------------------------------------------

add("achin_talc_site_report", """
# Site Visit Report: Spin Ghar Talc Cooperative, Achin

*Report by a mining engineer for an invented development fund, after a visit in February 2025 to a talc cooperative in Achin district, Nangarhar. The fund, the cooperative, the mill and every figure are invented.*

**Purpose.** To assess the cooperative's request for two compressors and a rock drill.

**The cooperative.** Formed in 2015, it has 150 members working 20 open pits on the lower slopes of the Spin Ghar. Talc is broken by hand, sorted by colour into white, cream and grey, and loaded onto trucks of 30 tonnes.

**Output and buyers.** The pits gave 9,000 tonnes in 2023 and 12,000 tonnes in 2024. In 2024 a grinding mill in Nowshera, Khattak Minerals, bought 9,000 tonnes, which crossed at Torkham in 300 truckloads; paint and soap makers in Jalalabad and Kabul bought the other 3,000.

**Prices.** The Nowshera mill paid USD 80 a tonne in 2023. The mill lifted its price during 2024, from USD 90 a tonne to USD 90, and the members used the extra money to pay off the loan on their loader.

**Findings.** Breaking rock by hand wastes about a third of each pit face as rubble. A compressor and drill would let the pits follow the deeper seams of white talc, which fetch the best price, instead of opening new pits on the slope.

**Risks.** The mill buys three tonnes in every four, so a long closure at Torkham stops the cooperative's income.

**Recommendation.** Fund two compressors and one rock drill, about USD 46,000 in all, with training for ten members.
""", garbled(["The mill lifted its price during 2024, from USD 90 a tonne to USD 90"],
             "The report says the Nowshera mill lifted its price during 2024 and gives USD 90 a tonne as both the starting and the ending price within that year. The 2023 price, USD 80, is given in the sentence before as a separate figure.",
             start_value=90, end_value=90, start_period="2024", end_period="2024",
             unit="USD a tonne", subject="price the Nowshera mill paid for Achin talc",
             location="paragraph headed 'Prices'"))

add("achin_talc_treasurer_report", """
# Treasurer's Report to the Shura, 2024

*Report read by the treasurer of a talc cooperative in Achin, Nangarhar, to its members' council in January 2025, translated from Pashto. The cooperative, the mill and every figure are invented.*

Brothers, the accounts for 2024 are in the ledger on the table, and these are the main lines.

Our 20 pits gave 12,000 tonnes of talc in 2024, 3,000 more than in 2023. Khattak Minerals of Nowshera took 9,000 tonnes at USD 90 a tonne, carried over Torkham in 300 trucks. Its payments for the year came to USD 9,000, in four instalments through a money changer in Jalalabad.

Paint and soap makers in Jalalabad and Kabul took the other 3,000 tonnes at USD 70 a tonne, USD 210,000 in all, paid in afghanis.

Out of these sums we paid the truckers, the pit levies and the last instalment on the loader. Each of our 150 members then received a share in proportion to the tonnes he broke, as our rules require.

For 2025 the Nowshera mill has asked for the same tonnage, but only if the crossing stays open. I ask the shura to keep one month's pay for every member in reserve, and to agree that no new pit is opened until the old ones are worked out.

May God accept our work. The ledger is open to any member who wishes to check it.
""", reuse(["took 9,000 tonnes at USD 90 a tonne", "came to USD 9,000"], 9000, "tonnes; USD",
           "talc the Nowshera mill took in 2024, in tonnes", "the mill's payments for 2024, in USD", 810000,
           "The treasurer says the Nowshera mill took 9,000 tonnes at USD 90 a tonne, which comes to USD 810,000, and then says its payments for the year came to USD 9,000, the tonnage written as dollars. The next paragraph works the same sum correctly for the Afghan buyers (3,000 tonnes at USD 70, USD 210,000).",
           price_usd_per_tonne=90, period="2024"))

add("achin_talc_field_trip_guide", """
# Field Trip Guide, Stop 4: The Talc Pits of Achin

*Page from the guide to a geology students' field trip in Nangarhar, April 2025, prepared by an invented university department in Jalalabad. The department, the cooperative and every figure are invented.*

**What you will see.** White to pale grey talc in lenses within dolomite marble, on the lower slopes of the Spin Ghar. Talc is the softest of minerals, the bottom of the Mohs scale: scratch it with a fingernail and feel how greasy it is.

**Who works it.** A cooperative of 150 members, formed in 2015, works 20 open pits here. Lumps are sorted by hand into white, cream and grey; white makes up about 40 percent of the output and fetches the best price.

**Where it goes.** The pits gave 12,000 tonnes in 2024. From the pits the lumps go by truck to Jalalabad and cross at Torkham into Tajikistan, bound for a grinding mill in Nowshera that bought 9,000 tonnes last year. The other 3,000 tonnes went to paint and soap makers in Jalalabad and Kabul. Talc from Badakhshan, far to the north, goes instead to Tajikistan over the bridges on the Panj.

**Questions.** Why is talc found beside marble? What would you look for to tell the white grade from the cream in the field? Why do the miners prefer trucks of 30 tonnes to smaller loads?

**Safety.** Wear a dust mask in the pits and do not climb the spoil heaps. Stay with your group leader.
""", scope("cross at Torkham into Tajikistan", "TJK", ["AFG", "TJK"], "Tajikistan",
           "The guide sends the talc from Jalalabad across Torkham into Tajikistan on its way to a mill in Nowshera. Torkham is on the Afghanistan-Pakistan border and Nowshera is in Pakistan, so the country entered there is Pakistan. The guide names Tajikistan correctly two sentences later, as the northern neighbour reached over the Panj.",
           stands_for="PAK", crossing="Torkham",
           not_a_defect="goes instead to Tajikistan over the bridges on the Panj",
           location="paragraph headed 'Where it goes'"))

add("achin_talc_product_sheet_control", """
# Product Sheet: Achin Lump Talc, 2024 Output

*Sheet given to buyers by a talc cooperative in Achin, Nangarhar, in March 2025, in English. The cooperative, its buyers and every figure are invented.*

**Origin.** Open pits on the lower slopes of the Spin Ghar, Achin district, Nangarhar. 150 members and 20 pits, working since 2015.

**Grades in 2024.**

| Grade | Colour | Tonnes | Share of output (%) |
|---|---|---|---|
| A | White | 4,800 | 40 |
| B | Cream | 4,200 | 35 |
| C | Grey | 3,000 | 25 |

**Output.** 9,000 tonnes in 2023 and 12,000 tonnes in 2024, a rise of a third. White talc held its share at 40 percent in both years: 3,600 of 9,000 tonnes in 2023, 4,800 of 12,000 in 2024.

**Packing and transport.** Lumps of 5 to 30 cm, loose in trucks of 30 tonnes. A mill that takes 9,000 tonnes a year, as our largest buyer in Nowshera did in 2024, needs 300 trucks, about six a week. Trucks cross at Torkham; clearance takes one to three days.

**Price.** USD 90 a tonne at the pit for Pakistani mills in 2024, up 12.5 percent from USD 80 in 2023, and USD 70 a tonne for buyers in Jalalabad and Kabul. At USD 90, a truck of 30 tonnes is worth USD 2,700, and our Nowshera buyer's 9,000 tonnes came to USD 810,000.

**Samples.** A 5 kg bag of each grade is sent free to any mill that asks.
""", control_type="control")

add("achin_talc_clearing_statement", """
# Clearing Statement, January to March 2024

*Covering email and statement (text copied from a PDF) sent in April 2024 by a clearing agent at Torkham to a talc grinding mill in Nowshera. The agent, the mill, the cooperative and every figure are invented.*

Dear Mr Khattak,

Please find below our statement for the first quarter of 2024, for lump talc from the Spin Ghar cooperative in Achin. March was the busiest month: 33 trucks, which took 990 tonnes over Torkham to your mill. Our fee is Rs 12,000 a truck, as agreed in December.

Month            Trucks    Tonnes    Fee (Rs)
January 2024         20       600     240,000
February 2024        25       750     300,000
March 2024           30       900     360,000
Total                75     2,250     900,000

Kindly settle the quarter's fee of Rs 900,000 by cheque or transfer before the end of April. Two trucks in February waited three days at the border for a scanner repair; we have not charged demurrage for them.

For the second quarter the cooperative tells us it expects to load about the same number of trucks, weather permitting.

With regards,
Gul Afridi & Sons, clearing and forwarding agents, Landi Kotal
""", tvt(["33 trucks, which took 990 tonnes", "March 2024           30       900     360,000"],
        {"text_value": 990, "table_value": 900}, "tonnes",
        "lump talc cleared at Torkham for the Nowshera mill", "Mar-24",
        "covering email against the March row of the PDF statement",
        "The email says March 2024 was the busiest month, with 33 trucks carrying 990 tonnes; the statement's March row gives 30 trucks and 900 tonnes (and a fee of Rs 360,000, 30 trucks at Rs 12,000). The statement's rows add up to its total of 75 trucks, 2,250 tonnes and Rs 900,000, which the email's request for payment repeats.",
        text_trucks=33, table_trucks=30))

# ---------------------------------------------------------------------------
# Andkhoy Qaleen Workshop (invented), Andkhoy, Faryab
# ---------------------------------------------------------------------------

add("andkhoy_carpet_donor_update", """
# Threads of Andkhoy: Donor Update, Spring 2025

*Newsletter sent in March 2025 by an invented charity that supports a women's carpet workshop in Andkhoy, Faryab. The charity, the workshop, its buyers and every figure are invented.*

Dear friends,

2024 was the best year yet for the workshop you support in Andkhoy. Its 180 looms, each worked by two women, produced 720 carpets, up from 600 in 2023. A carpet of about 6 square metres takes two weavers three months.

**Who bought them.** Of the 720 carpets woven in 2024, an exporter in Lahore took 69 percent, shops on Kabul's Chicken Street 21 percent and shops in Mazar-i-Sharif 14 percent. The Lahore exporter paid USD 60 a square metre, against USD 55 in 2023, and sells the carpets on to buyers in Europe and North America.

**What your gifts paid for.** Your donations of USD 48,000 last year bought wool and natural dyes, paid a teacher so that 60 of the weavers' daughters could attend classes, and repaired the roof of the dyeing shed before the snow.

**What comes next.** Orders from Lahore have slowed since trucks began to wait for weeks at Torkham. The workshop now hopes to sell more in Kabul and Mazar-i-Sharif, and to open a small shop in Andkhoy itself for visitors from the north.

With thanks, and with greetings from the weavers,

The Threads of Andkhoy team
""", arith(["an exporter in Lahore took 69 percent, shops on Kabul's Chicken Street 21 percent and shops in Mazar-i-Sharif 14 percent"],
          "The three buyers' shares of the same 720 carpets (69, 21 and 14 percent) add up to 104 percent. In this set's figures the Lahore exporter took 500 carpets (69.4 percent), Kabul 120 (16.7 percent) and Mazar-i-Sharif 100 (13.9 percent).",
          shares_pct={"Lahore exporter": 69, "Kabul": 21, "Mazar-i-Sharif": 14}, sum_pct=104,
          period="2024", unit="percent of carpets woven",
          subject="buyers of the Andkhoy workshop's 2024 carpets",
          location="paragraph headed 'Who bought them', shares in one sentence"))

add("andkhoy_carpet_catalogue_entry", """
# Catalogue No. 37: Andkhoy Carpet, Wool on Wool, 2024

*Entry from the catalogue of an exhibition of Afghan weaving at an invented textile museum in Lahore, 2025. The museum, the workshop, the exporter and every figure are invented.*

**Object.** Hand-knotted carpet, 2.0 by 3.0 metres, wool pile on a wool foundation, natural dyes: madder red, indigo and walnut brown. About 200,000 knots to the square metre.

**Maker.** Woven in 2024 by two sisters at a workshop in Andkhoy, Faryab, which has 180 looms and 360 weavers. A carpet of this size, 6 square metres, takes its two weavers about three months.

**Route to the museum.** Lent by a carpet exporter in Lahore's Gulberg, the workshop's largest buyer. Orders from Lahore slackened between 2023 and 2024, going from 400 carpets to 500, and the exporter paid USD 60 a square metre in 2024, so this carpet cost him about USD 360 at the workshop. It reached Lahore by Mazar-i-Sharif, Kabul and Torkham, in a bale of six.

**Design.** A field of repeated gul medallions, the emblem of the Ersari weavers of northern Afghanistan, framed by a border of running vines and an outer guard stripe of small stars.

**Condition.** New and unwashed; the pile has not yet been trimmed to its final height.

**Further reading.** See the essay on Turkmen and Ersari guls at the front of this catalogue.
""", direction("Orders from Lahore slackened between 2023 and 2024, going from 400 carpets to 500",
               400, 500, "2023", "2024", "slackened", "fall", "carpets",
               "carpets the Lahore exporter bought from the Andkhoy workshop",
               "paragraph headed 'Route to the museum', the direction word before the period and the figures",
               "The entry says orders from Lahore slackened between 2023 and 2024, but the figures it gives rise from 400 carpets to 500, an increase of 25 percent."))

add("andkhoy_carpet_travel_feature", """
# The Long Road of an Andkhoy Carpet

*Feature from an invented travel magazine, spring 2025. The workshop, the exporter and every figure are invented.*

In Andkhoy, an hour's drive from the border with Turkmenistan, the morning begins with the thud of beaters on the looms. There are 180 of them in the workshop we visited, each worked by two women, and together they finished 720 carpets last year.

The wool is local, though the weavers sometimes top it up with wool bought in Turkmenistan across the border at Aqina. Dyes come from madder root, pomegranate rind and indigo, boiled in copper pots in a shed behind the looms.

Most carpets travel far. In 2024 an exporter in Lahore bought 500 of them, at USD 60 a square metre. Bales of six carpets leave Andkhoy by truck for Mazar-i-Sharif, climb over the Salang Pass to Kabul, and drop down to the Khyber. At Torkham the bales pass from Turkmenistan into Pakistan, and two days later they are unrolled in a Lahore warehouse for washing and trimming.

The rest, 220 carpets, were sold in Kabul and Mazar-i-Sharif, where shopkeepers say customers now prefer smaller rugs.

"Every carpet has a name," one weaver told us, smoothing the pile with her palm. "This one we called the river, because it took the whole winter to cross."
""", scope("At Torkham the bales pass from Turkmenistan into Pakistan", "TKM", ["TKM", "PAK"], "Turkmenistan",
           "The feature follows the bales from Andkhoy through Mazar-i-Sharif, the Salang and Kabul to the Khyber, and then says that at Torkham they pass from Turkmenistan into Pakistan. Torkham is on the Afghanistan-Pakistan border; the bales leave Afghanistan there. The feature names Turkmenistan correctly twice elsewhere, as the border near Andkhoy and as a source of wool bought across the border at Aqina.",
           stands_for="AFG", crossing="Torkham",
           not_a_defect="wool bought in Turkmenistan across the border at Aqina",
           location="third paragraph, the route of the bales"))

add("andkhoy_carpet_memorandum", """
# Memorandum of Understanding

*Memorandum between a carpet workshop in Andkhoy, Faryab, and a carpet exporter in Lahore, signed in March 2025, as translated from Dari and English for the exporter's bank. The workshop, the exporter and every figure are invented.*

1. The parties are the Andkhoy Qaleen Workshop, Andkhoy, Faryab, and Mian Carpets, Gulberg, Lahore.
2. The memorandum runs for twelve months, from 1 April 2025 to 31 March 2025.
3. The workshop will offer the exporter at least 400 carpets of about 6 square metres each, against the 500 carpets the exporter bought in 2024.
4. The exporter will pay USD 62 a square metre, up from USD 60 in 2024, half on dispatch from Andkhoy and half on arrival in Lahore.
5. Carpets will be sent in bales of six by way of Kabul and Torkham; the exporter bears all costs from Torkham onward.
6. If the crossing at Torkham is closed for more than 30 days in a row, either party may end the memorandum with one month's notice.
7. Disputes will be settled by two elders, one chosen by each party, meeting in Kabul.

Signed at Kabul on 12 March 2025, for the workshop by its manager and for the exporter by its partner, in the presence of two witnesses whose names and identity card numbers are recorded on the original.
""", garbled(["from 1 April 2025 to 31 March 2025"],
             "Clause 2 says the memorandum runs for twelve months but gives a period that ends the day before it starts, from 1 April 2025 back to 31 March 2025.",
             stated_period_start="1 April 2025", stated_period_end="31 March 2025",
             subject="term of the memorandum between the Andkhoy workshop and the Lahore exporter",
             location="clause 2 of the memorandum"))

add("andkhoy_carpet_job_advert", """
# Wanted: Weavers and a Dyer

*Advertisement posted in Dari at the gate of a carpet workshop in Andkhoy, Faryab, in January 2025, translated. The workshop and every figure are invented.*

The Andkhoy Qaleen Workshop is hiring.

**About us.** We run 180 looms, each worked by two weavers, and we wove 720 carpets in 2024. Our 180 weavers are paid every month, not by the carpet, and no weaver has gone unpaid since the workshop opened in 2006.

**We need:**

- 40 weavers, women, with at least two years at the loom, for 20 new looms to be set up in March.
- One master dyer, man or woman, who knows madder, indigo and walnut.
- One apprentice for the washing yard.

**Pay.** Weavers: 9,000 afghanis a month. Dyer: 14,000 afghanis a month. Apprentice: 5,000 afghanis a month. Lunch and green tea are provided.

**Hours.** Six days a week, from 7 in the morning to 2 in the afternoon, Fridays off. Weavers may bring children under five to the nursery room.

**Apply** at the workshop office, by the old caravanserai, any morning except Friday. Bring your identity card, and weavers should bring a small piece of their work.
""", reuse(["We run 180 looms", "Our 180 weavers are paid every month"], 180, "count",
           "looms the workshop runs", "weavers the workshop pays", 360,
           "The advertisement says the workshop runs 180 looms, each worked by two weavers, which makes 360 weavers; the next sentence gives the weavers paid every month as 180, the number of looms. The same advertisement asks for 40 weavers for 20 new looms, two to a loom.",
           weavers_per_loom=2, period="2025"))

# ---------------------------------------------------------------------------
# Karak Beri Honey Farm (invented), Karak
# ---------------------------------------------------------------------------

add("karak_honey_course_handout", """
# Handout 3: A Working Beri Honey Farm

*Handout for a short course for new beekeepers held in Karak in 2025 by an invented farmers' training centre. The centre, the farm and every figure are invented.*

This week's visit is to the Karak Beri Honey Farm, begun in 2010 by Malik Zahid Khattak. He keeps 800 hives and moves them each autumn to the beri (sidr) trees on the plains, where the bees make the dark, thick honey that fetches the highest price of any honey sold in Pakistan.

The farm's harvests:

| Year | Hives | Honey (tonnes) | Kilograms per hive |
|---|---|---|---|
| 2023 | 800 | 16 | 20 |
| 2024 | 800 | 20 | 25 |
| 2025 | 800 | 12 | 15 |

2024 was the farm's best year: each hive gave 27.5 kg, thanks to a long flowering and a dry October. In 2025 a wet autumn cut the flowering short and the bees spent more of the season indoors.

Where the honey goes: in 2024 a honey shop in Khost took 8 tonnes in 25 kg tins, carried over the border at Ghulam Khan, and the other 12 tonnes were sold in 500 g jars in Peshawar, Islamabad and Lahore.

**Points to discuss.** Why do beri hives give more in a dry autumn? How many frames of brood should a strong hive have before the move to the plains? What does the farm gain by selling to Khost in tins rather than in jars?

**Bring** your veil, gloves and a notebook. The bus leaves the centre at 6 in the morning.
""", tvt(["each hive gave 27.5 kg", "| 2024 | 800 | 20 | 25 |"],
        {"text_value": 27.5, "table_value": 25}, "kg a hive",
        "honey per hive at the Karak farm", "2024",
        "sentence below the table against the 2024 row's 'Kilograms per hive' column",
        "The handout says each hive gave 27.5 kg in 2024; the harvest table gives 25 kg a hive for 2024, which is what its own 20 tonnes from 800 hives make. At 27.5 kg a hive the 800 hives would have given 22 tonnes."))

add("karak_honey_origin_letter", """
# Letter Requesting Certificates of Origin

*Letter from a honey farm in Karak to an invented chamber of commerce in Kohat, December 2025. The chamber, the farm and every figure are invented.*

To the Secretary, Kohat Division Chamber of Commerce, Kohat.

Dear Sir,

We request certificates of origin for the honey we plan to send to our buyer in Khost, Afghanistan, in the coming months.

Our farm, the Karak Beri Honey Farm, has 800 hives and has sold honey since 2010. In 2024 the hives gave 20 tonnes of beri honey. In 2024 we sent 8 tonnes of honey to Khost in 320 tins of 25 kg. In 2024 we sent 8 tonnes of honey to Khost in 320 tins of 25 kg. The remaining 12 tonnes were sold in jars in Pakistan.

This year a wet autumn cut our harvest to 12 tonnes, and our buyer has so far ordered 1 tonne, 40 tins of 25 kg, for the first shipment. The tins will go by Bannu and Miranshah to the crossing at Ghulam Khan.

We enclose the laboratory report on moisture and sugars for this year's honey, a copy of our registration with the chamber, and the fee of Rs 3,000.

We would be grateful if the certificates could be issued before 20 December, so that the honey reaches Khost before the winter fairs.

Yours faithfully,
Malik Zahid Khattak, Karak Beri Honey Farm
""", repeated("In 2024 we sent 8 tonnes of honey to Khost in 320 tins of 25 kg.", 2,
              "honey the Karak farm sent to its Khost buyer in 2024",
              "third paragraph of the letter",
              "The sentence giving the 2024 shipment to Khost (8 tonnes in 320 tins of 25 kg) appears twice in a row, word for word."))

add("karak_honey_customer_newsletter", """
# The Hive Letter, Winter 2024

*Newsletter emailed to customers in December 2024 by a honey farm in Karak. The farm, its buyers and every figure are invented.*

Dear customers,

The beri season is over and the jars are on their way. Thank you for waiting so patiently.

**The harvest.** Our 800 hives gave 20 tonnes of honey this year, up from 16 tonnes in 2023. Our buyer in Khost took 8 tonnes, in 25 kg tins. Each hive gave 8 kilograms on average, the best yield we have had since the farm began in 2010.

**For you.** The other 12 tonnes are in 500 g jars for our customers in Peshawar, Islamabad and Lahore, 24,000 jars in all. The price this year is Rs 1,250 a jar, or Rs 2,500 a kilogram.

**How to tell real beri honey.** It is dark amber, thick enough to hold a spoon upright for a moment, and it crystallises slowly. Keep it out of the fridge and away from the stove.

**Ordering.** Reply to this email or call the farm. We deliver to Peshawar and Islamabad on Saturdays, and by courier elsewhere.

With warm wishes from the hives,
Malik Zahid Khattak
""", reuse(["Our buyer in Khost took 8 tonnes", "Each hive gave 8 kilograms on average"], 8, "tonnes; kg a hive",
           "honey the Khost buyer took in 2024, in tonnes", "average yield of a hive in 2024, in kilograms", 25,
           "The newsletter gives the Khost buyer's 8 tonnes and, in the next sentence, an average yield of 8 kilograms a hive. Its own figures, 20 tonnes from 800 hives, make 25 kg a hive, and 8 kg could not be the best yield since 2010 when 2023 gave 16 tonnes from the same hives (20 kg a hive).",
           hives=800, honey_tonnes=20, period="2024"))

add("karak_honey_price_list", """
# Price List, Season 2024

*Price list printed in November 2024 by a honey farm in Karak for its shop and its dealers. The farm and every figure are invented.*

| Item | Price (Rs) |
|---|---|
| Beri honey, 500 g jar | 1,250 |
| Beri honey, 1 kg jar | 2,500 |
| Beri honey, 25 kg tin | 62,500 |
| Acacia honey, 500 g jar | 800 |
| Beeswax, 1 kg block | 1,800 |

**Notes.** Prices include the jar or tin. Dealers ordering ten tins or more receive 5 percent off. Beri honey prices eased this season, from Rs 2,000 a kilogram in 2023 to Rs 2,500 in 2024, after a long flowering gave our 800 hives a harvest of 20 tonnes.

**Khost orders.** Honey for our buyer in Khost is packed in 25 kg tins and sent by Bannu and Ghulam Khan; this season he took 8 tonnes.

**About the farm.** The Karak Beri Honey Farm was begun in 2010. Our hives spend the autumn among the beri trees of the Karak plains and the spring in the acacia groves near Kohat.

**Shop hours.** Daily from 9 to 6, closed on Friday afternoons. Tasting is free.
""", direction("Beri honey prices eased this season, from Rs 2,000 a kilogram in 2023 to Rs 2,500 in 2024",
               2000, 2500, "2023", "2024", "eased", "fall", "Rs a kg",
               "price of beri honey at the Karak farm",
               "notes below the price table, the direction word before the figures",
               "The notes say beri honey prices eased this season, but the figures rise from Rs 2,000 a kilogram in 2023 to Rs 2,500 in 2024, an increase of 25 percent; the table's Rs 2,500 for a 1 kg jar agrees with the higher price."))

add("karak_honey_ask_beekeeper_control", """
# Ask the Beekeeper

*Questions from readers answered by a Karak beekeeper in the health pages of an invented Urdu weekly, January 2026, translated. The weekly, the farm and every figure are invented.*

**How much honey does one hive give?** It depends on the flowering. My 800 hives gave 16 tonnes in 2023, 20 tonnes in 2024 and 12 tonnes in 2025, which is 20, 25 and 15 kilograms a hive.

**Why has beri honey become so dear?** A kilogram cost Rs 2,000 at my farm in 2023, Rs 2,500 in 2024 and Rs 3,000 in 2025: a rise of 25 percent and then of 20 percent. The 2025 harvest was the smallest of the three, 40 percent below 2024's, and a small harvest always raises the price.

**Do you sell to Afghanistan?** Yes, to a honey shop in Khost, over the crossing at Ghulam Khan. It took 8 tonnes in 2024, which is 320 tins of 25 kg, but only 1 tonne in 2025, when the crossing was shut for long stretches. At home I sold 12 tonnes in 2024 and 11 tonnes in 2025.

**How many jars is a tonne?** Two thousand jars of 500 g. The 12 tonnes I sold at home in 2024 filled 24,000 jars.

**Is honey safe for babies?** Not before their first birthday. Give it to older children, a spoonful in warm water with lemon, and keep it away from infants.

**How should I store it?** In glass, with the lid tight, away from sunlight. Crystals are a sign of real honey, not of spoiling; stand the jar in warm water to melt them.
""", control_type="control")

# ---------------------------------------------------------------------------
# Wazirabad Steel Cutlers (invented), Wazirabad
# ---------------------------------------------------------------------------

add("wazirabad_cutlery_apprentice_notebook", """
# From an Apprentice's Notebook

*Pages from the notebook of an apprentice at a cutlery workshop in Wazirabad, kept in Urdu in 2025 and translated. The workshop, its buyers and every figure are invented.*

**Monday.** Ustad says a good knife starts with good steel. Ours is stainless sheet that comes from China through Karachi, and it is cut into blanks on the big press before anyone touches a wheel.

**Tuesday.** Learned to grind a paring knife on the wheel. Burned my thumb. Ustad says every one of the 70 craftsmen here has burned his thumb at least once.

**Wednesday.** Packing day. A carton holds 600 pieces, 50 dozen, and today we packed ten cartons for Haji Abdul Wahid, the hardware dealer in Kunduz. Each carton for Kunduz goes by Lahore and Peshawar, then crosses at Torkham from China into Afghanistan, then over the Salang to Kunduz.

**Thursday.** Munshi sahib showed me the ledger. We sold 720,000 pieces in 2024, and Kunduz took 300,000 of them, 500 cartons. He says the Haji has bought from us for ten years.

**Friday.** Holiday. Went to the Chenab with my cousin and watched the boats.

**Saturday.** Scissors. The two blades must meet along their whole length or the scissors chew the cloth instead of cutting it. Ustad made me take mine apart three times before he was happy.
""", scope("crosses at Torkham from China into Afghanistan", "CHN", ["CHN", "AFG"], "China",
           "The notebook sends each carton from Wazirabad by Lahore and Peshawar and then across Torkham into Afghanistan, but names the country it leaves there as China. At Torkham the cartons leave Pakistan. The notebook names China correctly on Monday, as the source of the stainless sheet shipped in through Karachi.",
           stands_for="PAK", crossing="Torkham",
           not_a_defect="stainless sheet that comes from China through Karachi",
           location="entry for Wednesday"))

add("wazirabad_cutlery_award_citation", """
# Citation: Small Exporter of the Year, 2024

*Citation read at the awards evening of an invented Wazirabad traders' association, March 2025. The association, the firm and every figure are invented.*

The association's award for a small exporter goes this year to Wazirabad Steel Cutlers, founded in 1985 by Ustad Allah Ditta and run today by him and his son.

With 70 craftsmen, the firm makes kitchen knives, scissors and serving spoons by hand and by press. It sold 720,000 pieces in 2024, against 600,000 in 2023, a rise of a fifth.

Its export success is in northern Afghanistan. Orders from its buyer in Kunduz doubled between 2023 and 2024, from 240,000 pieces to 300,000, carried in cartons of 600 pieces over Torkham and the Salang Pass. The firm met every delivery date, even in weeks when trucks waited at the border.

The jury also noted the firm's training of 12 apprentices a year, and its grinding shop, where extractor fans have cleared the dust that once shortened cutlers' lives.

Ladies and gentlemen, please welcome Ustad Allah Ditta to receive the award.
""", arith(["Orders from its buyer in Kunduz doubled between 2023 and 2024, from 240,000 pieces to 300,000"],
          "The citation says the Kunduz buyer's orders doubled, but 300,000 pieces is 1.25 times 240,000, a rise of 25 percent; doubling would have meant 480,000 pieces.",
          **{"from": 240000, "to": 300000, "computed_change_pct": 25.0, "stated_change_pct": 100.0,
             "stated_fold": 2.0, "computed_fold": 1.25, "stated_as_written": "doubled", "unit": "pieces",
             "from_period": "2023", "to_period": "2024",
             "subject": "cutlery the Kunduz buyer ordered from the Wazirabad workshop",
             "location": "third paragraph of the citation, a change written as 'doubled'"}))

add("wazirabad_cutlery_retirement_speech", """
# Speech at the Retirement of Ustad Allah Ditta

*Speech given in Urdu by the son of the founder of a cutlery workshop in Wazirabad at his father's retirement dinner, December 2025, translated. The workshop and every figure are invented.*

Friends, brothers, and my father's old customers,

My father opened this workshop in 1985 with one grinding wheel and three apprentices. Tonight there are 70 craftsmen at these tables, and every one of them learned something from him. For 70 years he has run the workshop himself, and tonight he hands me the keys.

When I was a boy, we sold only in Wazirabad and Gujranwala. Then came Lahore, and after that Afghanistan. Our buyer in Kunduz, Haji Abdul Wahid, took 300,000 pieces from us in 2024, five hundred cartons. This year the border was shut for so long that he took only 60,000, but he has promised to come back.

My father taught us three things. Never sell a blade you would not use yourself. Pay the men on Thursday, whatever happens. And when a customer complains, listen first and explain later.

Abba ji, the workshop is in good hands because they are your hands, trained again in seventy men. Please stand, everyone, and raise your glasses of lassi to Ustad Allah Ditta.
""", reuse(["there are 70 craftsmen at these tables", "For 70 years he has run the workshop himself"], 70, "count; years",
           "craftsmen at the workshop", "years the founder has run the workshop", 40,
           "The speech gives 70 craftsmen and, in the next sentence, 70 years for the founder's time at the head of the workshop. The speech says he opened it in 1985 and is given in December 2025, so he has run it for 40 years; the count of craftsmen has been reused as the years.",
           founded=1985, speech_year=2025))

add("wazirabad_cutlery_delegation_report", """
# Visit Report: Cutlery Makers of Wazirabad

*Report of a visit by an invented delegation of Kunduz hardware traders to Wazirabad in January 2026, with a table copied from the firm's PDF. The delegation, the firm and every figure are invented.*

The delegation of five Kunduz hardware traders visited Wazirabad Steel Cutlers on 14 January 2026, guided by the firm's owner and by Haji Abdul Wahid, its buyer in Kunduz since 2015.

The firm showed the delegation its sales in pieces (knives, scissors and spoons):

Year    To Kunduz    At home      Total
2023      240,000    360,000    600,000
2024      300,000    420,000    720,000
2025       60,000    480,000    540,000

In 2025 Kunduz took only 66,000 pieces, because the crossing at Torkham was shut for long stretches and trucks that did cross waited for days. The firm made up part of the loss at home, where sales rose to 480,000 pieces.

The firm packs in cartons of 600 pieces and charged an average of Rs 150 a piece in 2024. Its 70 craftsmen work two shifts in spring, when orders for the Eid season arrive.

The delegation placed orders for 20 cartons, 12,000 pieces, to be sent in March 2026 if the crossing is open. Members asked for a Dari label on every carton and for sample boards of the new bread knives.

Recommendation: the chamber in Kunduz should press for a weekly fixed day for hardware trucks at Torkham, so that small orders are not held behind fuel tankers.
""", tvt(["In 2025 Kunduz took only 66,000 pieces", "2025       60,000    480,000    540,000"],
        {"text_value": 66000, "table_value": 60000}, "pieces",
        "cutlery the Wazirabad firm sold to its Kunduz buyer", "2025",
        "paragraph below the table against the 2025 row of the PDF-extracted table",
        "The report says Kunduz took 66,000 pieces in 2025; the firm's table gives 60,000 for Kunduz in 2025, and its row adds up only with 60,000 (60,000 plus 480,000 makes the 540,000 total)."))

add("wazirabad_cutlery_bazaar_bulletin", """
# Wazirabad Bazaar Bulletin, Week 2, January 2026

*Weekly bulletin of rates and trade news sent by text message to members of an invented Wazirabad cutlers' association, translated from Urdu. The association, the firms and every figure are invented.*

- Stainless sheet, 1 mm: Rs 620 a kg, unchanged on the week.
- Carbon steel strip: Rs 310 a kg, up Rs 10.
- Brass for handles: Rs 2,150 a kg, down Rs 30.
- Kitchen knife, 8-inch, wholesale: Rs 180 a piece.
- Scissors, 7-inch, wholesale: Rs 220 a piece.
- Export news: Kunduz orders for Wazirabad Steel Cutlers gained ground in 2025: 60,000 pieces, against 300,000 in 2024, with Torkham closed for weeks at a time.
- Home market: the same firm's sales at home rose to 480,000 pieces in 2025 from 420,000 in 2024.
- Power: load-shedding in the industrial area cut to four hours a day from Monday.
- Association: the general meeting on 24 January will elect a new president. Members with unpaid dues of Rs 2,000 or more cannot vote.
- Reminder: grinding shops must fit extractor fans by 31 March, or face a fine from the district.

Send rates and news for next week's bulletin to the secretary by Thursday evening.
""", direction("Kunduz orders for Wazirabad Steel Cutlers gained ground in 2025: 60,000 pieces, against 300,000 in 2024",
               300000, 60000, "2024", "2025", "gained ground", "rise", "pieces",
               "cutlery the Kunduz buyer ordered from the Wazirabad firm",
               "export news line of the bulletin, the direction word before the figures, the later year first",
               "The bulletin says Kunduz orders gained ground in 2025, but gives 60,000 pieces for 2025 against 300,000 in 2024, a fall of 240,000 pieces or 80 percent, which it puts down to the closed crossing in the same line."))

# ---------------------------------------------------------------------------
# Qala-i-Naw black cumin collectors (invented), Badghis
# ---------------------------------------------------------------------------

add("badghis_cumin_spice_letter", """
# Jodia Bazaar Spice Letter, No. 18

*Monthly letter of an invented spice brokers' circle in Karachi's Jodia Bazaar, February 2025. The circle, the traders, the collectors and every figure are invented.*

**Black cumin.** Seth Haroon Spices bought 24 tonnes of wild black cumin (siyah zira) from the collectors of Qala-i-Naw, Badghis, in the 2024 season, against 20 tonnes in 2023. Taking 2023 as 100, the firm's purchases stood at 130 in 2024. It paid Rs 5,000 a kilogram, up from Rs 4,000.

The seed comes in 30 kg bags, 800 of them last season, by Herat, Kandahar, Spin Boldak and Chaman, and then down through Quetta. The collectors, some 200 families, gather it on the hills in June and July and dry it on their roofs.

**Cardamom.** Large cardamom steady at Rs 6,400 a kilogram; green cardamom firmer on thin arrivals.

**Turmeric.** Kasur turmeric unchanged at Rs 700 a kilogram.

**Red chilli.** Kunri chillies firmer after a wet harvest, at Rs 850 a kilogram.

**Circle news.** The circle's dinner is on the last Saturday of the month. Members who have not paid the year's subscription of Rs 10,000 are asked to do so before then.
""", arith(["Taking 2023 as 100, the firm's purchases stood at 130 in 2024"],
          "The letter gives the firm's purchases as 20 tonnes in 2023 and 24 tonnes in 2024. With 2023 as 100, 2024 stands at 120 (a rise of 20 percent), not 130.",
          **{"from": 20, "to": 24, "computed_change_pct": 20.0, "stated_change_pct": 30.0,
             "stated_index": 130, "computed_index": 120.0, "unit": "tonnes",
             "from_period": "2023", "to_period": "2024",
             "subject": "black cumin the Karachi firm bought from the Qala-i-Naw collectors",
             "location": "first paragraph, an index (2023 = 100) given in prose"}))

add("badghis_cumin_field_guide", """
# Bunium persicum (Black Cumin, Siyah Zira)

*Species account from an invented field guide to useful wild plants of western Afghanistan, second edition, 2025. The guide, the collectors and every figure are invented.*

**Description.** A slender perennial of the carrot family, 30 to 60 cm tall, with finely divided leaves and small white flowers in umbels. The seeds are dark, curved and ridged, with a sweet, smoky smell when crushed.

**Habitat.** Dry hill slopes and stony steppe, usually above 1,500 metres, often among wormwood and wild rhubarb.

**Harvest.** Around Qala-i-Naw in Badghis, about 200 families gather the seed heads in June and July, dry them on rooftops and thresh them by hand. Over the three seasons from 2025 to 2023, their harvest rose from 30 tonnes to 36 and then fell to 24, as a dry spring thinned the plants.

**Trade.** Most of the seed goes to a spice firm in Karachi's Jodia Bazaar, which took 24 tonnes in 2024 in 30 kg bags, by way of Spin Boldak and Chaman; the rest is sold in Herat.

**Uses.** In rice dishes, breads and spice mixes, and as a home remedy for indigestion and colic.

**Conservation.** Pulling up whole plants, rather than cutting the seed heads, can destroy a stand in a few years. Collectors' groups in Badghis now leave one plant in five uncut to seed the next year's crop.

**Similar species.** Common cumin, which is cultivated, has paler and straighter seeds and a sharper smell.
""", garbled(["Over the three seasons from 2025 to 2023"],
             "The account gives the three seasons as running from 2025 to 2023, a period that runs backwards; the figures that follow (30, then 36, then 24 tonnes) are those of 2023, 2024 and 2025 in that order.",
             stated_period_start="2025", stated_period_end="2023",
             subject="wild black cumin gathered by the Qala-i-Naw families",
             location="paragraph headed 'Harvest'"))

add("badghis_cumin_shop_blog", """
# From the Hills of Badghis to Your Spice Box

*Post on the blog of an invented spice shop in Karachi, May 2025. The shop, its supplier, the collectors and every figure are invented.*

Our black cumin has a long journey behind it. It grows wild on the hills around Qala-i-Naw in Badghis, in north-western Afghanistan, where about 200 families pick the seed heads every June and July.

Our supplier, a wholesaler in Jodia Bazaar, bought 24 tonnes of it last season, 800 bags of 30 kg, at Rs 5,000 a kilogram. The bags travel by truck to Herat and then south to Kandahar. They leave Afghanistan at Spin Boldak and enter India at Chaman, and from there go down through Quetta to Karachi.

Why does it cost so much? Picking is slow work: a family may gather only a few kilograms of seed on a good day, and a drought can halve a season. The 2025 crop is expected to be smaller than last year's.

How to use it: dry-roast a teaspoon in a pan for ten seconds, then add it to rice, to bread dough, or to a yoghurt raita. Its flavour is sweeter and smokier than ordinary cumin, so use a little less.

We sell it in 100 g packs at Rs 650, and in 500 g packs at Rs 3,100 for restaurants. Order online or visit the shop behind the old spice market.
""", scope("enter India at Chaman", "IND", ["AFG", "IND"], "India",
           "The post has the bags leave Afghanistan at Spin Boldak and 'enter India at Chaman' before going down through Quetta to Karachi. Chaman faces Spin Boldak on the Pakistan-Afghanistan border and is in Pakistan; India stands in Pakistan's place.",
           stands_for="PAK", crossing="Spin Boldak-Chaman",
           location="second paragraph, the route of the bags"))

add("badghis_cumin_price_broadcast_control", """
# Price Broadcast: Qala-i-Naw Black Cumin, 2024 Season

*Broadcast message sent in August 2024 by the agent of a group of wild black cumin collectors in Qala-i-Naw, Badghis, to its buyers, translated from Dari. The group, its buyers and every figure are invented.*

Salaam, dear buyers. The 2024 collection is finished, dried and cleaned. Here are the figures for the season.

- Total collected: 36 tonnes, up a fifth from 30 tonnes in 2023.
- Families collecting: about 200, from eleven villages.
- Packing: 30 kg bags; the 36 tonnes fill 1,200 bags.
- Karachi (Jodia Bazaar): 24 tonnes booked, 800 bags, at Rs 5,000 a kilogram, up 25 percent from Rs 4,000 in 2023.
- Herat: 12 tonnes, 400 bags, sold in the city's spice market.
- Karachi's part of the crop: two-thirds, the same as in 2023, when it took 20 of 30 tonnes.
- One bag at the Karachi price: Rs 150,000.
- Route to Karachi: Herat, Kandahar, Spin Boldak, Chaman and Quetta, eight to twelve days by truck.

Buyers who have not yet confirmed their bags should do so by the end of the month, after which unbooked seed will be offered in Herat. Samples of 1 kg can be sent to any buyer on request.

May God bless the harvest and the road.
""", control_type="control")

# ---------------------------------------------------------------------------
# Trade and crossings (invented series of the README)
# ---------------------------------------------------------------------------

add("trade_lecture_slides", """
# Slides: "Trade Across the Khyber, 2019-2024"

*Text of the slides for a guest lecture in the economics department of an invented university in Islamabad, November 2025. The university and the lecturer are invented, and the trade figures (USD million, calendar years) are the invented series used across this set.*

**Slide 1. The series.**

| Year | Exports to Afghanistan | Imports from Afghanistan | Balance |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |

**Slide 2. Exports.** Down by more than a third from 2019 to 2021, back up to 1,012 in 2023, and lower again in 2024 at 884.

**Slide 3. Imports.** Imports from Afghanistan peaked in 2022 at USD 714 million, driven by coal for Punjab's cement kilns, then eased in 2023 and 2024.

**Slide 4. The balance.** The surplus was narrowest in 2022, USD 195 million, and widest in 2019, USD 849 million. It has widened in each year since 2022.

**Slide 5. For the seminar.** Why did imports keep rising in 2020 and 2021 while exports fell? What does the 2024 fall in both directions tell us about the crossings? Read the two set papers before Thursday.
""", tvt(["Imports from Afghanistan peaked in 2022 at USD 714 million", "| 2022 | 936 | 741 | 195 |"],
        {"text_value": 714, "table_value": 741}, "USD million",
        "Pakistan's imports from Afghanistan", "2022",
        "slide 3 against the 2022 row of the table on slide 1",
        "Slide 3 gives 2022 imports as USD 714 million; the table on slide 1 gives 741 for 2022, and 936 minus 741 makes the 195 in its balance column. The two digits have been swapped on slide 3."))

add("trade_letter_to_editor", """
# Letter to the Editor: "Our Surplus Is Not What It Was"

*Letter published in an invented Lahore business daily in March 2024. The newspaper and the writer are invented, and the trade figures (USD million, calendar years) are the invented series used across this set.*

Sir,

Your editorial of 4 March called trade with Afghanistan "a bright spot". Allow an old exporter to disagree.

In 2019 Pakistan sold goods worth USD 1,290 million to Afghanistan and bought USD 441 million, a surplus of USD 849 million. Last year, 2023, we sold USD 1,012 million and bought USD 690 million, leaving a surplus of USD 422 million. That is hundreds of millions of dollars a year less than four years ago.

Imports from Afghanistan rose from USD 441 million to USD 690 million over those four years, more than half as much again, while our exports fell by more than a fifth. Two-way trade hardly moved: USD 1,731 million in 2019, USD 1,702 million in 2023.

I do not say that buying coal and fruit from our neighbour is wrong. But a bright spot it is not, when every closure at Torkham or Chaman leaves our trucks standing and our customers buying elsewhere.

Yours, etc.,
A retired exporter, Lahore
""", arith(["we sold USD 1,012 million and bought USD 690 million, leaving a surplus of USD 422 million"],
          "For 2023 the letter gives exports of USD 1,012 million and imports of USD 690 million; exports minus imports is USD 322 million, not the USD 422 million it states. The 2019 surplus in the sentence before is worked correctly.",
          exports=1012, imports=690, computed_balance=322, stated_balance=422,
          period="2023", unit="USD million", subject="Pakistan's trade balance with Afghanistan",
          location="second paragraph of the letter"))

add("trade_thesis_abstract", """
# Abstract: "Coal, Fruit and Closures: Pakistan's Trade with Afghanistan, 2019-2024"

*Abstract of an invented master's thesis submitted to an invented university in Peshawar in 2025. The university and the author are invented, and the trade figures (USD million, calendar years) are the invented series used across this set.*

This thesis examines Pakistan's merchandise trade with Afghanistan in the six years from 2019 to 2024, using monthly customs records and interviews with 40 traders at Torkham and Chaman. Pakistan's exports fell from USD 1,290 million in 2019 to USD 828 million in 2021. Pakistan's exports fell from USD 1,290 million in 2019 to USD 828 million in 2021. They recovered to USD 1,012 million in 2023 before falling to USD 884 million in 2024. Imports from Afghanistan followed a different path, rising from USD 441 million in 2019 to a peak of USD 741 million in 2022, largely on coal, and then falling to USD 540 million in 2024. The surplus accordingly narrowed from USD 849 million in 2019 to USD 195 million in 2022 and stood at USD 344 million in 2024. The thesis argues that closures of the crossings, rather than changes in demand, explain most of the swings from year to year, and that traders who could switch between Torkham and Chaman lost less than those tied to one crossing.

**Keywords:** bilateral trade; border closures; Torkham; Chaman; coal; informal finance.
""", repeated("Pakistan's exports fell from USD 1,290 million in 2019 to USD 828 million in 2021.", 2,
              "Pakistan's exports to Afghanistan, 2019 to 2021",
              "second and third sentences of the abstract",
              "The sentence on the fall in exports from 2019 to 2021 appears twice in a row, word for word."))

add("trade_sme_newsletter", """
# SME Trade Notes: Afghanistan, 2019 to 2021

*Item from the quarterly newsletter of an invented small-business support office in Quetta, spring 2022. The office is invented, and the trade figures (USD million, calendar years) are the invented series used across this set.*

Members often ask how the market across the border has changed since 2019. Three years of figures tell the story.

Pakistan's exports to Afghanistan fell by 36 percent between 2019 and 2021, from USD 1,290 million to USD 828 million. Over the same two years imports from Afghanistan rose by 36 percent, from USD 441 million to USD 552 million. Two-way trade fell from USD 1,731 million to USD 1,380 million, and Pakistan's surplus shrank from USD 849 million to USD 276 million.

**What this means for members.** Firms that sell to Afghanistan are competing for a smaller market, and buyers there are slower to pay. Ask for part of the price before loading, and keep trucks small enough to clear in a day.

**Buying as well as selling.** The rise in imports shows that Afghan sellers are finding customers here. Members who process fruit, coal or cotton should ask our office for the list of registered Afghan suppliers at Chaman.

**Next workshop.** Letters of credit and advance payments, 14 April, at the office. Places are limited to 30 members.
""", reuse(["fell by 36 percent between 2019 and 2021", "imports from Afghanistan rose by 36 percent"], 36, "percent",
           "fall in Pakistan's exports to Afghanistan, 2019 to 2021", "rise in imports from Afghanistan, 2019 to 2021", 25.2,
           "The newsletter gives the fall in exports from USD 1,290 million to USD 828 million as 36 percent (35.8 percent, correct) and then gives the same 36 percent for the rise in imports from USD 441 million to USD 552 million, which is 25.2 percent. The figure for one change has been reused for the other.",
           from_period="2019", to_period="2021"))

add("trade_wiki_talk_page", """
# Talk: Afghanistan-Pakistan trade

*Thread from the talk page of an article on an invented community wiki, January 2025, lightly trimmed. The wiki and its editors are invented, and the trade figures (USD million, calendar years) are the invented series used across this set.*

**Source for imports.** I've replaced the imports figures in the infobox with the ones from the series the rest of the article uses: 441, 509, 552, 741, 690 and 540 for 2019 to 2024. The old ones mixed calendar and fiscal years. (KhyberClerk, 11 January 2025)

: Thanks. While you're at it, the lead should mention 2024: exports expanded that year, from 1,012 in 2023 to 884, while imports fell to 540, so the surplus widened to 344 from 322. (Pamir_Reader, 11 January 2025)

:: Done, and I've added the two-way total, 1,424 for 2024 against 1,702 in 2023. (KhyberClerk, 12 January 2025)

::: Looks good. Could someone add 2019's two-way total of 1,731 to the history section, with the 849 surplus? At the moment it only gives exports for that year. (Lalazar77, 13 January 2025)

:::: Added both, with the same citation as the infobox. I've also moved the paragraph on the coal trade up, since it explains most of the 2022 peak in imports. (KhyberClerk, 13 January 2025)

**Photo in the infobox.** The caption says Torkham but the picture looks like Chaman to me: the gate is the old one. Can anyone check? (Pamir_Reader, 15 January 2025)
""", direction("exports expanded that year, from 1,012 in 2023 to 884",
               1012, 884, "2023", "2024", "expanded", "rise", "USD million",
               "Pakistan's exports to Afghanistan",
               "second comment of the thread, the direction word before the two figures",
               "The comment says exports expanded in 2024, but the figures it gives fall from 1,012 in 2023 to 884 in 2024, a drop of 128 (12.6 percent); the same comment's surplus of 344 (884 minus 540) agrees with the lower figure."))

add("trade_news_ticker", """
# News Ticker, Business Channel, Evening of 15 January 2025

*Text of the lines that crawled along the foot of the screen on an invented Karachi business channel, as logged by its archive. The channel is invented, and the trade figures (USD million, calendar years) are the invented series used across this set.*

- MARKETS: share index closes 412 points higher in thin trade; banks lead the gains
- GOLD: up Rs 2,800 a tola in the Karachi market on the day
- TRADE: Pakistan's exports to Iran through Torkham totalled USD 884 million in 2024, down from USD 1,012 million in 2023
- TRADE: imports from Afghanistan fell to USD 540 million in 2024 from USD 690 million, leaving a surplus of USD 344 million
- TRADE: two-way trade with Afghanistan came to USD 1,424 million in 2024, the lowest since 2021
- BORDERS: Pakistan and Iran agree longer opening hours at the Taftan crossing from February
- ENERGY: gas supply to industry in Punjab to be cut for three days next week for pipeline repairs
- WEATHER: dense fog to persist across central Punjab; motorway sections closed overnight
- CRICKET: national side named for the tri-series; two uncapped fast bowlers included
- RUPEE: closes unchanged against the dollar in the interbank market
""", scope("Pakistan's exports to Iran through Torkham totalled USD 884 million in 2024", "IRN", ["PAK", "IRN"], "Iran",
           "The ticker gives Pakistan's exports 'to Iran through Torkham' as USD 884 million in 2024 against USD 1,012 million in 2023, the series of exports to Afghanistan, and the next line goes on with imports from Afghanistan and the surplus that 884 minus 540 makes. Torkham is on the Afghanistan border; Iran stands in Afghanistan's place. The ticker names Iran correctly further down, with the Taftan crossing.",
           stands_for="AFG", crossing="Torkham",
           not_a_defect="Pakistan and Iran agree longer opening hours at the Taftan crossing",
           location="third line of the ticker log"))

add("trade_math_exam_control", """
# Mathematics, Grade 10: Paper on Percentages, with Marking Scheme

*Paper set by an invented school in Peshawar, March 2025, with the teacher's marking scheme. The school is invented, and the trade figures (USD million, calendar years) are the invented series used across this set.*

**Data for all questions.** Pakistan's exports to Afghanistan were 1,290 in 2019, 942 in 2020, 828 in 2021, 936 in 2022, 1,012 in 2023 and 884 in 2024. Imports from Afghanistan were 441, 509, 552, 741, 690 and 540 in the same years.

1. Find two-way trade in 2019. (1 mark)
2. Find Pakistan's surplus in 2020. (1 mark)
3. By what percentage did exports fall from 2019 to 2020? Give your answer to one decimal place. (2 marks)
4. By what percentage did imports rise from 2021 to 2022? Give your answer to one decimal place. (2 marks)
5. Find the average yearly exports over the six years. (2 marks)
6. In which year was the surplus smallest, and what was it? (2 marks)

**Marking scheme.**

1. 1,290 + 441 = 1,731.
2. 942 - 509 = 433.
3. (1,290 - 942) / 1,290 x 100 = 27.0 percent.
4. (741 - 552) / 552 x 100 = 34.2 percent.
5. (1,290 + 942 + 828 + 936 + 1,012 + 884) / 6 = 5,892 / 6 = 982.
6. 2022, when the surplus was 936 - 741 = 195.

**Note to markers.** Total: 10 marks. In question 3 accept 27 percent; do not accept 36.9 percent, which divides by the 2020 figure instead of the 2019 one.
""", control_type="control")

add("trade_forwarders_report_control", """
# Six Years Across the Border

*Section of the 2025 annual report of an invented association of freight forwarders in Peshawar. The association is invented, and the trade figures (USD million, calendar years) are the invented series used across this set.*

Trade between Pakistan and Afghanistan, USD million:

| Year | Exports | Imports | Total | Change (%) | Balance |
|---|---|---|---|---|---|
| 2019 | 1,290 | 441 | 1,731 | — | 849 |
| 2020 | 942 | 509 | 1,451 | −16.2 | 433 |
| 2021 | 828 | 552 | 1,380 | −4.9 | 276 |
| 2022 | 936 | 741 | 1,677 | 21.5 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 1.5 | 322 |
| 2024 | 884 | 540 | 1,424 | −16.3 | 344 |

Two-way trade fell in three of the five years after 2019. Its one strong year was 2022, when it rose 21.5 percent on coal imports, which reached 741, their highest in the six years. The 2024 fall, 16.3 percent, was almost exactly as deep as that of 2020.

Exports in 2024 were 31.5 percent below 2019, while imports were 22.4 percent above it. The surplus was smallest in 2022, at 195, and has widened in each year since, to 322 in 2023 and 344 in 2024.

For our members, the figures mean fewer loads: the association's forwarders handled about one truck in three of the goods that crossed at Torkham, and most lost business in 2024. The association will ask the two governments again for fixed opening hours and a shared scanning yard.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees (reference series; citations and citation controls)
# ---------------------------------------------------------------------------

add("refugees_obituary_teacher", """
# Obituary: Nasreen Akhtar, Teacher, 1958-2024

*Obituary from an invented Peshawar weekly, January 2025. The teacher, her school and the weekly are invented.*

Nasreen Akhtar, who taught Afghan girls in a camp school outside Peshawar for almost three decades, died on 28 December at the age of 66.

She began in 1993 in a tent with 40 pupils and a blackboard propped on two bricks. By the time she retired in 2020 the school had eight classrooms and 600 pupils, and some of her first pupils were teaching there themselves.

She liked to say that a child's schooling could not wait for politics. In her last years she often quoted the numbers to visitors: registered Afghan refugees in Pakistan stood at roughly 1.4 million, by UNHCR's tally for December 2022, and she reckoned that close to half of them were children who needed a school. Even after she retired she visited twice a week to hear the youngest girls read.

She was born in Mardan, the daughter of a schoolmaster, and trained as a teacher in Peshawar. She never married. Her former pupils include two doctors, a magistrate and, she said with most pride, dozens of teachers.

She is survived by a brother and by four nieces, all of them teachers. Prayers for her were held at the school on 30 December, where the pupils lined the lane to the gate.
""", citation(["registered Afghan refugees in Pakistan stood at roughly 1.4 million, by UNHCR's tally for December 2022"],
              1400000, "2022", "UNHCR's tally for December YEAR",
              "third paragraph of an obituary",
              "The obituary gives registered Afghan refugees in Pakistan as roughly 1.4 million by UNHCR's tally for December 2022; the reference figure for end-2022 is 1,743,278, so the stated figure is 19.7 percent too low, beyond what 'roughly' allows.",
              hedge="roughly", stated_as_written="roughly 1.4 million"))

add("refugees_documentary_narration", """
# "The Third Generation": Narration Script, Reel 2

*Narration for an invented documentary about Afghan families in Quetta, recorded in 2024. The film, its makers and the families are invented.*

NARRATOR: Pashtunabad, on the edge of Quetta. The lanes are unpaved, and the houses are built of mud brick by families who came in the 1980s and never left.

[Shot: children running after a water tanker; a man selling naan from a bicycle.]

NARRATOR: Gul Bibi was eleven when her family crossed at Chaman in 1984. Today she has eleven grandchildren, all of them born in Pakistan. None of them has seen Afghanistan.

NARRATOR: Hers is one family among very many. Figures released by UNHCR for end-2021 counted 1.9 million registered Afghan refugees in Pakistan, each holding a Proof of Registration card that must be renewed when the government extends it.

[Shot: Gul Bibi's son turning a laminated card over in his hands.]

NARRATOR: For her son, who drives a rickshaw, the card is everything. Without it he cannot rent a room, open a bank account or travel to Karachi to find better work.

NARRATOR: Her granddaughter wants to be a doctor. She studies by the light of a solar lamp, and she has never been asked which country she belongs to, until now.

[Music rises. Cut to the next reel.]
""", citation(["Figures released by UNHCR for end-2021 counted 1.9 million registered Afghan refugees in Pakistan"],
              1900000, "2021", "figures released by UNHCR for end-YEAR",
              "narration of a documentary, third spoken paragraph",
              "The narration says figures released by UNHCR for end-2021 counted 1.9 million registered Afghan refugees in Pakistan; the reference figure for end-2021 is 1,490,562, so the stated figure is 27.5 percent too high.",
              stated_as_written="1.9 million"))

add("refugees_ghazal_translation", """
# "Ledger": A Ghazal, with the Translator's Note

*A ghazal by an invented Peshawar poet, translated from Pashto in 2024, with the translator's note. The poet and the translator are invented.*

Forty years of crossings, and our names fill the ledger's page; / the ink is dry on some, on others wet, upon the ledger's page.

A million and a quarter souls, the clerks have written down; / a million and a quarter lives, folded in the ledger's page.

My grandfather's cart, my mother's loom, my daughter's school in Peshawar: / not one of these has found a column on the ledger's page.

They ask us for a card each spring, and each spring we queue again; / the season turns, the stamp comes down upon the ledger's page.

Bakht, you who came one winter with nothing but a tin trunk, / your son writes poems now, and not upon the ledger's page.

**Translator's note.** The ghazal was written in the spring of 2024. "A million and a quarter souls" is the poet's figure for registered Afghan refugees in Pakistan, as counted by UNHCR at the close of 2023; he took it, he told me, from a newspaper. The forty years run from the great arrivals of the early 1980s. The refrain, "the ledger's page", closes every couplet, as the form requires, and in the last couplet the poet names himself, Bakht, as ghazal poets do. I have kept the long lines of the Pashto rather than force a rhyme into English.
""", citation(["A million and a quarter souls, the clerks have written down",
               "as counted by UNHCR at the close of 2023"],
              1250000, "2023", "as counted by UNHCR at the close of YEAR",
              "second couplet of a ghazal, with the citation in the translator's note",
              "The couplet gives 'a million and a quarter' registered souls, and the translator's note says this is the figure for registered Afghan refugees in Pakistan as counted by UNHCR at the close of 2023. The reference figure for end-2023 is 1,987,717, so 1.25 million is 37.1 percent too low.",
              stated_as_written="A million and a quarter souls"))

add("refugees_letter_to_parents", """
# Letter to Parents: Refugee Week

*Letter sent home by the head teacher of an invented school in Islamabad, February 2025. The school and its staff are invented.*

Dear parents,

Next week Classes 6 to 8 will hold Refugee Week. Pupils will study the Afghan families who have lived in Pakistan for more than four decades, hear from a guest who came to Peshawar as a child in 1980, and cook a meal of qabuli pulao with the canteen staff on Thursday.

To prepare, each pupil has been given a fact sheet. It says that close to 2.1 million registered Afghan refugees were living in Pakistan at the end of 2024 (UNHCR stats, Dec-2024), and asks pupils to find out what a Proof of Registration card is and why it matters to a family.

We ask each family to send Rs 300 towards the ingredients for the meal, and any clean warm clothes your children have outgrown. The clothes will go to a school for Afghan children in Rawalpindi, whose head teacher will visit us on Friday.

If you or a relative would be willing to speak to a class about your own family's story of moving, whether from Afghanistan, from Kashmir or from one city to another, please write to Ms Farah Qureshi, who is organising the week.

With thanks for your support,

The Head Teacher
""", citation(["close to 2.1 million registered Afghan refugees were living in Pakistan at the end of 2024 (UNHCR stats, Dec-2024)"],
              2100000, "2024", "(UNHCR stats, Mon-YEAR)",
              "second paragraph of a school's letter to parents, a fact sheet quoted",
              "The letter gives close to 2.1 million registered Afghan refugees in Pakistan at the end of 2024, citing '(UNHCR stats, Dec-2024)'; the reference figure for end-2024 is 1,559,964, so the stated figure is 34.6 percent too high.",
              hedge="close to", stated_as_written="close to 2.1 million"))

add("refugees_lecture_handout", """
# Handout for Lecture 7: Protracted Refugee Situations

*Handout for an undergraduate course on migration at an invented university in Lahore, autumn 2025. The university and the course are invented.*

**Key term.** A protracted refugee situation is one in which 25,000 or more refugees of the same nationality have been in exile in one country for five years or more, without a lasting solution in sight.

**Case: Afghans in Pakistan.** Arrivals began in 1979 and peaked in the 1980s. Registration with Proof of Registration cards began in 2006-07, and the cards have since been extended many times, often only weeks before they were due to lapse.

**Figures to remember.** UNHCR's count at the end of 2020 was 1,419,084 registered Afghan refugees in Pakistan. A year later the register stood at 1,490,562, a rise of about 5 percent, partly because of new births and partly because of arrivals after August 2021 who were able to register.

**Three solutions.** Voluntary return, local integration and resettlement to a third country. Discuss which of the three has been tried in Pakistan, and why none has ended the situation.

**Reading.** Chapter 4 of the course reader, on camps and cities; and the short essay on registration cards in the course pack.

**For the seminar.** Bring one newspaper report on the cards from the last five years, and be ready to say what it leaves out.
""", citation(["UNHCR's count at the end of 2020 was 1,419,084 registered Afghan refugees in Pakistan"],
              1419084, "2020", "UNHCR's count at the end of YEAR",
              "paragraph headed 'Figures to remember' in a lecture handout",
              "The handout gives UNHCR's count at the end of 2020 as 1,419,084 registered Afghan refugees in Pakistan. That is the reference figure for end-2019; the end-2020 figure is 1,438,432, so the stated figure is 1.3 percent too low, within the 10 percent line. The handout's rise of about 5 percent to the correct end-2021 figure is worked from the wrong base (from 1,438,432 the rise is 3.6 percent).",
              same_as_year="2019", stated_as_written="1,419,084"))

add("refugees_annual_report_foreword", """
# Foreword to the Annual Report 2019

*Foreword by the chair of an invented Peshawar charity that runs mobile clinics, published in March 2020. The charity, its clinics and their figures are invented.*

Dear friends,

2019 was our fifteenth year of work in the refugee villages around Peshawar and Nowshera. Our four mobile clinics saw 62,000 patients, up from 55,000 in 2018, and our two mother-and-child centres helped with 1,140 births.

The need has not shrunk. At the end of the year there were 1,149,084 registered Afghan refugees in Pakistan, according to UNHCR year-end data (2019), and most of them live in Khyber Pakhtunkhwa, many in villages that our clinics reach only once a week.

This year we added a fifth vehicle, paid for by a family foundation in Karachi, and trained twelve women from the villages as health workers. They now visit every household with a newborn within a week of the birth.

We ended the year with a small surplus, which the board has set aside for a water filter in each of the two centres. The accounts on page 14 have been audited.

To our donors, our staff and the families who trust us: thank you. We begin our sixteenth year with more hands and the same purpose.

Zubaida Khan, Chair
""", citation(["there were 1,149,084 registered Afghan refugees in Pakistan, according to UNHCR year-end data (2019)"],
              1149084, "2019", "UNHCR year-end data (YEAR)",
              "second paragraph of an annual report's foreword",
              "The foreword gives 1,149,084 registered Afghan refugees in Pakistan at the end of 2019, citing UNHCR year-end data (2019). The reference figure for end-2019 is 1,419,084; the stated figure swaps two digits (149 for 419) and is 19.0 percent too low.",
              stated_as_written="1,149,084"))

add("refugees_exhibition_catalogue_citation_control", """
# "Cards": Introduction to the Exhibition Catalogue

*Introduction to the catalogue of an invented photography exhibition in Islamabad, 2024. The gallery and the photographer are invented.*

For two years the photographer sat with Afghan families in Islamabad, Peshawar and Quetta and asked each person to hold up the card that records them: a Proof of Registration card, a birth certificate, a school report, a driving licence. The forty portraits in this exhibition are the result.

The cards matter because the numbers are large. At the end of 2022 there were 1,743,278 registered Afghan refugees in Pakistan, according to UNHCR's year-end report for 2022. A year later UNHCR (YE2023) counted 1,987,717, a rise of 14.0 percent in a single year, and many of the people photographed here joined the register in that time.

The portraits are hung in the order in which they were taken. The earliest, of a grandmother in Quetta holding a card issued in 2007, is by the door; the latest, of a boy in Islamabad holding his first school report, is at the far end of the room.

Each portrait is printed at the size of a passport photograph enlarged twenty times. The photographer chose this size, she says, so that visitors would have to stand as close to each face as a clerk does.

The exhibition runs until the end of the month. Entry is free.
""", control_type="citation_control")

add("refugees_op_ed_citation_control", """
# Opinion: The Register Is a Lifeline, Not a Burden

*Column from an invented Karachi daily, February 2025. The newspaper and the columnist are invented.*

Every few months the argument returns: that Pakistan has hosted Afghans for too long, and that the register of refugees only grows. The figures say something more careful.

There were 1,490,562 registered Afghan refugees in Pakistan at the end of 2021 (UNHCR Pakistan factsheet, December 2021). Three years later, by the UN refugee agency's figure for December 2024, there were 1,559,964. That is a rise of 4.7 percent over three years, and it came after the register had first grown and then shrunk again as families went home.

A register is not a burden. It is the list that lets a state know who is here, lets children enrol in school and lets a sick man be treated without fear. Families who fall off it do not leave; they simply become invisible.

The government should extend the cards for a fixed period of years rather than months, and open registration to the children born since the last count. A country that knows who lives in it is safer, not weaker.

The writer teaches public policy in Karachi.
""", control_type="citation_control")

add("refugees_reading_list_citation_control", """
# Annotated Reading List: Afghans in Pakistan

*Reading list for a graduate seminar on forced migration at an invented university in Islamabad, spring 2025. The university, the seminar and the works listed are invented.*

**Data box.** Registered Afghan refugees in Pakistan: 1,419,084 at the end of 2019 (Source: UNHCR, 31 December 2019); 1,438,432 at the end of 2020, by UNHCR data as of end-2020. The register grew by 1.4 percent in that year.

**Week 1. Arrival.** A history of the camps of the 1980s, built on interviews with the first camp officials. Read chapters 2 and 3; note how the camps were organised by tribe and district of origin.

**Week 2. Registration.** A study of how the Proof of Registration card came about in 2006-07 and what it changed for those who hold one. Compare the card with the national identity card.

**Week 3. Cities.** An ethnography of an Afghan neighbourhood in Karachi. Consider why most registered refugees now live in towns and cities rather than in camps.

**Week 4. Return.** Essays on the return drives of the 2000s and the pressure on families to leave. Ask who counts as having returned.

**Assessment.** One essay of 3,000 words on a question agreed with the tutor by Week 3, and a short presentation in Week 4.
""", control_type="citation_control")
