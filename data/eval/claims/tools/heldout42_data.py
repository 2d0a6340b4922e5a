# Forty-second held-out set of synthetic documents ("heldout42").  Written from
# scratch after heldout41/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout42.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a pakol (woollen cap) workshop at Bajori Gate,
# Peshawar, that sold most of its caps to Kabul and Panjshir; a karahi
# restaurant on Warsak Road, Peshawar, with an Afghan head cook and Afghan
# sheep; a cotton gin in Kunduz that sold its lint to spinning mills in
# Faisalabad and Multan; a daycare in Hazara Town, Quetta, for the children of
# working mothers; greenhouses in Batikot, Nangarhar, that grew cucumbers for
# Peshawar; a band of Afghan wedding musicians (dhol and surna) in Nothia,
# Peshawar; a children's home in Kart-e Parwan, Kabul, paid for by Afghan
# traders in Peshawar, Karachi and Kabul; a posteen (sheepskin coat) shop at
# Asamai Gate, Peshawar, that bought its coats in Ghazni and Kandahar; and
# macro documents on the register, the annual trade series and the closure
# (an adjournment motion, a point of order, an aide-memoire, a non-paper, a
# bail application, a legal notice, a leader column, a campaign leaflet, a
# Wikipedia-style article, a law review case comment, a film review, a radio
# phone-in, a green paper, a Quora answer, a consultation response, a note
# verbale and a liveblog).
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Tokhi Pakol Workshop, Bajori Gate, Peshawar (invented), founded 2006 by
#     Karimullah Tokhi, who came from Kabul in 1996; run with his son Nadeem:
#     pakols made 2023 9,400, 2024 10,300 (+9.6 percent), 2025 7,150 (-30.6);
#     sent to Afghanistan 5,800 / 6,500 / 3,050 (2025 -53.1), sold in
#     Pakistan 3,600 / 3,800 / 4,100 (2025 +7.9); felt cloth used 2024 4,230
#     metres, 2025 2,860 (0.4 metre a cap); workers 11 at the end of 2024, 8 at
#     the end of 2025; plain pakol Rs 1,800, Chitrali pakol Rs 2,600; last
#     consignment to Kabul 450 caps (300 plain, 150 Chitrali, Rs 930,000) in
#     18 cartons of 25, 96 kg, crossed Torkham on 23 September 2025.
#   Gandapur Karahi House, Warsak Road, Peshawar (invented), opened 2015 by
#     Tariq Gandapur, head cook Ustad Hekmatullah from Jalalabad: customers a
#     day 2023 310, 2024 345 (+11.3 percent), 2025 270; meat cooked 2023
#     18,600 kg, 2024 20,400, 2025 17,250; sheep bought 2025 1,140 (610
#     Afghan sheep before the closure, 530 from Pakistani markets after);
#     mutton karahi Rs 3,200 a kilo in 2024, Rs 3,900 in 2025 (+21.9).
#   Kharoti Cotton Gin, Kunduz (invented), founded 2009 by Ziaulhaq Kharoti:
#     seed cotton bought 2023 7,800 tonnes, 2024 8,600, 2025 6,900; lint
#     bales of 170 kg 15,400 / 17,100 / 13,600; to Pakistani mills 11,900 /
#     13,200 / 6,300, to other buyers 3,500 / 3,900 / 7,300; 2025 bales to
#     Pakistan by quarter 2,100 / 1,650 / 2,000 / 550; USD 230 a bale in
#     2025; a September 2025 order of 270 bales (USD 62,100, 30 percent paid
#     on delivery, USD 18,630, balance USD 43,470); 62 seasonal workers.
#     Kunduz gins' bales sold to Pakistan in 2024 (a league table): Kharoti
#     13,200, Rezai Ginning 10,850, Mohseni and Sons 8,750, Shirkhan Cotton
#     Works 6,120, Jafari Gin 4,380 (43,300).
#   Setara Daycare, Hazara Town, Quetta (invented project), opened 2020 by
#     Khatera Haidari: children 2023 64, 2024 78, 2025 52 (25 left with their
#     families for Afghanistan, 6 started school, 5 joined); 2025 by age under
#     two 14, two or three 21, four or five 17; 40 Afghan, 12 Pakistani;
#     carers 7 in 2024, 4 in 2025; Rs 1,500 a month a child.
#   Sahak Greenhouses, Batikot, Nangarhar (invented), set up 2018 by Frogh
#     Sahak: greenhouses 12 in 2023, 15 in 2024, 16 in 2025; cucumbers 2023
#     384 tonnes, 2024 436, 2025 297 (spring crop 214, autumn 83); to
#     Peshawar 251 / 298 / 121, to Afghan markets 133 / 138 / 176; 23
#     workers; four greenhouses' frames (three built 2024, one 2018) to be
#     auctioned in February 2026, estimates Afs 331,500 in all.
#   Ustad Qudratullah Taniwal's band, Nothia, Peshawar (invented), came from
#     Kabul in 2021: weddings 2023 152, 2024 187, 2025 109 (by quarter 31 /
#     43 / 24 / 11); musicians nine in 2024, five now; Rs 32,000 a wedding in
#     2024, Rs 35,000 from the spring of 2025.
#   Gul Bano Children's Home, Kart-e Parwan, Kabul (invented), founded 2004
#     by Gul Bano Stanikzai (died November 2025), now run by her daughter
#     Shukria: children 2023 86, 2024 94, 2025 121 (41 admitted, 31 of them
#     returnee children, 14 left); 2025 by age 5-9 38, 10-14 55, 15-17 28;
#     gifts 2023 USD 41,500, 2024 43,800, 2025 36,200 (Peshawar traders
#     14,900 = 41.2 percent, Karachi traders 9,600 = 26.5, Kabul donors 11,700
#     = 32.3); 15 staff.
#   Sherzai Posteen House, Asamai Gate, Peshawar (invented), run by Sikandar
#     Sherzai: coats sold 2023 612, 2024 688, 2025 447; bought 2025 379 (July
#     120, August 145, September 96, October 18); stock 130 at the start of
#     2025, 62 at the end; long coat Rs 24,000 in 2024, Rs 28,000 in 2025,
#     short jacket Rs 19,500, waistcoat Rs 14,500, child's waistcoat Rs 7,800.
#   Kundi Goods Transport (invented): 38 trucks held since 12 October 2025,
#     17 at Torkham and 21 at Chaman, 49 days each to 30 November 2025,
#     demurrage Rs 8,000 a truck-day.

HELDOUT42 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT42)


# ---------------------------------------------------------------------------
# Tokhi Pakol Workshop (invented): woollen caps, Bajori Gate, Peshawar
# ---------------------------------------------------------------------------

PAKOL_SHEET = pdf_lines([
    ["Item", "2024", "2025", "Change %"],
    ["Pakols made", "10,300", "7,150", "-30.6"],
    ["Sent to Afghanistan", "6,500", "3,050", "-43.1"],
    ["Sold in Pakistan", "3,800", "4,100", "+7.9"],
    ["Felt cloth used (metres)", "4,230", "2,860", "-32.4"],
    ["Workers at year end", "11", "8", "-27.3"],
])

add("pakol_workshop_year_end_inventory", f"""
# Tokhi Pakol Workshop: Year-End Inventory and Output Sheet, 2025

*Copied from the PDF that the workshop's accountant sends to the family partners each January. The Tokhi Pakol Workshop at Bajori Gate, Peshawar, is invented, and so are all its figures.*

Prepared by Nadeem Tokhi for the partners' meeting of 10 January 2026. Stock on the shelves was counted on 31 December; the output figures come from the stitching register.

{PAKOL_SHEET}

**Notes for the partners**

Our last consignment for Afghanistan was loaded on 21 September, before the crossings were closed on 12 October. The buyers in Kabul and Panjshir had ordered for the winter, as they do every year, and those orders could not be filled. Caps for Afghan buyers in 2025 were therefore less than half of what they were in 2024.

Sales at home held up. Students, visitors to the old city and shops in the north bought more of the finer Chitrali caps at Rs 2,600, and the plain pakol at Rs 1,800 sold steadily through the autumn.

Felt cloth per cap was high in 2024 because of a poor batch from our weavers in Chitral; in 2025 we were back to 0.4 metre a cap.

Several of our Afghan stitchers went back to Afghanistan with their families in the spring, and we did not replace them all.

The shelf count on 31 December found enough finished caps for about a month of home sales. We propose to keep stitching at the present rate until the crossings open, and to decide at the next meeting whether to take on an apprentice.
""", arith([line_of(PAKOL_SHEET, "Sent to Afghanistan")],
           "The change column gives -43.1 percent for caps sent to Afghanistan, but 6,500 to 3,050 is a fall of "
           "53.1 percent; the notes say the 2025 figure was less than half of 2024's, which agrees with the counts, "
           "not with the change column.",
           **{"from": 6500, "to": 3050, "from_period": "2024", "to_period": "2025",
              "stated_change_pct": -43.1, "computed_change_pct": change_pct(6500, 3050),
              "as_written": {"stated_change_pct": "-43.1"}, "unit": "pakols",
              "subject": "pakols sent to Afghanistan by the Peshawar pakol workshop",
              "location": "year-end output sheet, row \"Sent to Afghanistan\", change column",
              "table_form": "PDF text extraction, items as rows with 2024, 2025 and change columns"}))

add("pakol_workshop_consignment_note", """
# Road Consignment Note, Last Consignment to Kabul

*A carrier's consignment note for a pakol workshop's last consignment to Kabul, September 2025, typed out from the carbon copy kept in the workshop's file, with the owner's remark on the back. The workshop, the buyer, the carrier and all figures are invented.*

**Consignment note no. 0917 (carbon copy)**

- Carrier: Kakshal Goods Carriers, Ring Road, Peshawar
- Carriage: by road, Pakistan to Tajikistan, through Torkham
- Consignor: Tokhi Pakol Workshop, Bajori Gate, Peshawar
- Consignee: Jafari Brothers, cap and hat traders, Kabul
- Goods: hand-stitched woollen caps (pakols), 450 pieces: 300 plain at Rs 1,800 and 150 Chitrali at Rs 2,600
- Declared value: Rs 930,000
- Packing: 18 cartons of 25 caps
- Gross weight: 96 kg
- Date of loading: 21 September 2025

Received in good order at Kabul on 24 September 2025. Signed for the consignee: Jawad Jafari.

**Remark written on the back by Karimullah Tokhi**

This is the last note in the file. The caps crossed on 23 September. Less than three weeks later the crossings were shut and we have sent nothing since. Jafari Brothers sell our caps in Kabul and pass some on to traders in Badakhshan, and a few of those go further, across the river into Tajikistan, but every carton we pack goes first to Kabul.

In 2024 we sent 6,500 pakols to Afghanistan in all. In 2025 it was 3,050, and all of them went before October. The Chitrali caps in this consignment were for the Kabul winter; Jafari Brothers have written to ask for more, and I have had to tell them to wait.

Keep this note with the customs papers for the year.
""", scope("Pakistan to Tajikistan", "TJK", ["PAK", "TJK"], "Tajikistan",
           "The consignment note gives the carriage as Pakistan to Tajikistan, but the caps went through Torkham "
           "to a consignee in Kabul and were received there; the carriage was Pakistan to Afghanistan. The remark "
           "on the back names Tajikistan correctly, as a place some caps reach after Kabul.",
           not_a_defect="across the river into Tajikistan"))

add("pakol_workshop_museum_label_control", """
# Museum Label and Panel: Pakol, Peshawar, 2025

*Label and panel text for a cap shown in a small exhibition on headgear of the frontier at a Peshawar museum (invented). The workshop and all figures are invented.*

**Pakol (woollen cap).** Brown felted wool, hand-stitched, with a rolled brim. Made at the Tokhi Pakol Workshop, Bajori Gate, Peshawar, in 2025. Gift of the maker.

**A cap for both sides of the border**

The flat cap with a rolled brim is worn from Chitral to Panjshir, by farmers, students and old soldiers alike. It is made from felt cloth woven in Chitral: a strip is sewn into a tube, closed with a round crown and rolled up until the brim sits tight on the head. A plain pakol takes 0.4 metre of cloth and sells in the bazaar for Rs 1,800.

Karimullah Tokhi came to Peshawar from Kabul in 1996 and opened his workshop a decade later, in 2006. For most of its life the workshop has sold more caps across the border than at home. In 2024 it made 10,300 pakols and sent 6,500 of them to traders in Kabul and Panjshir.

In 2025 it made 7,150, a fall of 30.6 percent. It sent 3,050 to Afghanistan before the crossings closed in October, less than half the number of the year before. The other 4,100 were sold in Pakistan, up from 3,800 in 2024, helped by the finer Chitrali caps that students and visitors like.

Copies of the cap are now also machine-made in China and sold in tourist shops. The one in this case was stitched by hand, like every cap the workshop has made.

*Lent for the exhibition; please do not touch.*
""", control_type="control")

add("pakol_stitcher_resume", """
# Résumé: Mehrab Sultani, Pakol Stitcher

*Résumé of an Afghan stitcher who went back to Kabul in 2025, written with the help of a job counsellor (invented). The workshop and all figures are invented.*

**Mehrab Sultani**

Qala-e Fatullah, Kabul. Phone on request.

**Profile**

Skilled stitcher of woollen caps with eleven years at one of Peshawar's best-known pakol workshops. Cuts felt cloth with little waste, shapes brims by hand and checks finished caps before packing. Looking for work in a cap, tailoring or textile workshop in Kabul.

**Experience**

*Stitcher, Tokhi Pakol Workshop, Bajori Gate, Peshawar, 2014 to 2025*

- Cut and stitched plain and Chitrali pakols; shaped and rolled the brims.
- Trained new apprentices in cutting and in keeping the crown round.
- Checked caps and packed the cartons for buyers in Kabul and Panjshir.
- In 2025 cut the workshop's 2,860 metres of felt cloth, enough for 2,860 caps at 0.4 metre a cap, with almost nothing wasted.
- Helped the owner's son keep the stitching register when the workshop was short of hands.

*Helper, family tailoring shop, Peshawar, 2009 to 2014*

- Ironing, buttons and hems; later simple stitching.

**Reason for leaving**

My family returned to Afghanistan in April 2025, when many Afghan families left Peshawar. The owner, Karimullah Tokhi, has given me a letter and will answer questions by phone.

**Languages**

Dari and Pashto (native), Urdu (fluent), some English.

**Skills**

Hand and machine stitching; cutting from patterns; quality checking; counting and packing; a little bookkeeping.

**Personal**

Born in Kabul; grew up in Peshawar from the age of two. Married, with children.
""", reuse(["2,860 metres of felt cloth", "enough for 2,860 caps"], 2860, "metres of felt / pakols",
           "felt cloth cut at the pakol workshop in 2025, in metres",
           "pakols that cloth was enough for at 0.4 metre a cap",
           7150,
           "The résumé gives 2,860 both to the metres of felt cut in 2025 and to the caps that cloth was enough for; "
           "at 0.4 metre a cap, 2,860 metres make 7,150 caps."))

add("pakol_workshop_wall_calendar", """
# Tokhi Pakol Workshop: 2026 Wall Calendar, Back Page

*The back page of the wall calendar that a pakol workshop gives to its customers each new year, with a short look back at the year. The workshop and all figures are invented.*

**Tokhi Pakol Workshop, Bajori Gate, Peshawar: hand-stitched since 2006**

Thank you to every customer who bought a cap from us in 2025, in the bazaar, in the shops of the north and, until the autumn, in Kabul and Panjshir.

**Our year in figures**

- Pakols made: 7,150 (10,300 in 2024)
- Sold in Pakistan: 4,100
- Sent to Afghanistan: 3,050, all before the crossings closed
- Felt cloth cut: 2,860 metres

**Our year in words**

It was a hard year. Buyers in Kabul had ordered for the winter, and those orders were still waiting when the crossings were shut in October. Our Afghan buyers are patient, and so are we.

At home it was a better story. With the Chitrali caps selling well, the felt cloth we cut drifted up to 2,860 metres, against 4,230 metres in 2024, and students and visitors came to the workshop door to choose their own colour.

Some of our stitchers went home to Afghanistan with their families. We wish them well, and we hope to work with them again one day, on one side of the border or the other.

**Prices for 2026**

- Plain pakol, brown, grey or white: Rs 1,900
- Chitrali pakol, finer cloth: Rs 2,750

Orders for shops and schools are taken at the workshop or by phone. Caps can be made to measure in a week.
""", direction("the felt cloth we cut drifted up to 2,860 metres, against 4,230 metres in 2024",
               4230, 2860, "2024", "2025", "drifted up", "rise", "metres of felt cloth",
               "felt cloth cut at the Peshawar pakol workshop",
               "calendar back page, \"Our year in words\"",
               "The calendar says the felt cloth cut drifted up, but 4,230 metres in 2024 to 2,860 in 2025 is a fall of "
               "32.4 percent, as fewer caps were made."))


# ---------------------------------------------------------------------------
# Gandapur Karahi House (invented): Warsak Road, Peshawar
# ---------------------------------------------------------------------------

KARAHI_NO_WATER = "Do not add water at any stage; the meat cooks in its own fat and in the juice of the tomatoes."

add("karahi_house_recipe_card", f"""
# Recipe Card: Ustad Hekmatullah's Mutton Karahi

*Printed card given away at the counter of the Gandapur Karahi House, Warsak Road, Peshawar (invented). The restaurant, its cook and all figures are invented.*

Ustad Hekmatullah learned this dish in the eating houses of Jalalabad and has cooked it for us since we opened in 2015. He says there is no secret, only patience and a heavy pan.

**For four people**

- Mutton on the bone, from a young sheep: 1 kilogram
- Ripe tomatoes: 6, halved
- Green chillies: 5, slit
- Fresh ginger: a thumb, cut into thin strips
- Salt and black pepper; a handful of coriander leaves
- Sheep's tail fat or ghee: 3 tablespoons

**Method**

1. Heat the fat in a karahi until it smokes. Put in the meat and salt, and fry on a high flame, turning, until the pieces are brown on every side.
2. Lay the tomato halves on top, skin up. Cover and leave on a medium flame. {KARAHI_NO_WATER} {KARAHI_NO_WATER} After a quarter of an hour, lift out the tomato skins with tongs.
3. Stir hard, pressing the tomatoes into the meat, until the oil separates and shines at the edges.
4. Add the chillies, ginger and pepper, stir for a minute more, and take the pan to the table with coriander on top.

**From our kitchen**

Until October most of our mutton came from Afghan fat-tailed sheep brought through Torkham. In 2025 we bought 610 of them before the crossings closed, and after that we turned to Pakistani markets. Our customers say they can taste the difference; Ustad says they cannot.

Eat it with hot naan, and with your hands.
""", repeated(KARAHI_NO_WATER, 2,
              "cooking mutton karahi without water",
              "recipe card, method step 2",
              "The instruction not to add water is printed twice in a row, word for word, inside step 2 of the method."))

add("karahi_house_loyalty_card_control", """
# Loyalty Card, Gandapur Karahi House (front and back)

*Text of the loyalty card handed to regular customers of a karahi restaurant on Warsak Road, Peshawar, from January 2026. The restaurant and all figures are invented.*

**Front**

Gandapur Karahi House, Warsak Road, Peshawar. Mutton and chicken karahi cooked to order since 2015.

Collect a stamp for every kilogram of karahi you order. When the card is full, your next half kilogram of mutton karahi is on us.

**Back: a word about our prices**

Many of you have asked why mutton karahi costs more than it did. In 2024 we charged Rs 3,200 a kilogram; since the spring of 2025 it has been Rs 3,900, a rise of 21.9 percent. The reason is the sheep.

For ten years our mutton came mostly from Afghan fat-tailed sheep, brought through Torkham by traders we know. In 2025 we bought 1,140 sheep in all: 610 Afghan sheep before the crossings closed in October, and 530 from Pakistani markets after. The Pakistani animals are good, but there are fewer of them at the price we used to pay, and every restaurant in the city is looking for them.

Fewer of you came, too. We served an average of 345 customers a day in 2024 and 270 a day in 2025, and our kitchen cooked 17,250 kilograms of meat, against 20,400 the year before. Several Afghan families who ate with us every Friday have gone back across the border.

We have not changed the recipe, the cook or the size of the portions, and we will bring the price down when the sheep come back.

*Tariq Gandapur, owner*

Card not valid with other offers. One card for each customer.
""", control_type="control")

add("karahi_house_classified_ad_cook", """
# Classified Advertisement: Second Cook Wanted

*Advertisement placed in the Situations Vacant column of a Peshawar daily, February 2026, with the longer text the restaurant put on its own page. The restaurant, its people and all figures are invented.*

**SITUATIONS VACANT.** Second cook wanted for a busy karahi restaurant on Warsak Road, Peshawar. Must know mutton and chicken karahi, tikka and rice. Apply in person to the manager, any afternoon except Friday.

**The longer notice, from the restaurant's page**

The Gandapur Karahi House has been serving karahi on Warsak Road since 2015. Our head cook, Ustad Hekmatullah, came to Peshawar from Jalalabad as a young man and has run our kitchen from the first day. His second cook went back to Afghanistan with his family in the autumn, and we need someone to stand beside him at the fire.

The work is hard and the kitchen is hot. Last year the kitchen cooked 17,250 kilograms of mutton and chicken, most of it between seven in the evening and midnight. The new cook will prepare meat in the afternoon, take over one of the fires at night, and close the kitchen with the Ustad.

Kitchen in figures, kilograms of meat cooked: 2023 18,600 / 2024 20,400 / 2025 17,520.

We offer a fair wage paid weekly, a meal on every shift and one day off a week. Experience in a restaurant kitchen is needed; experience with Afghan cooking is welcome. Pashto, Dari or Urdu are all spoken in our kitchen.

Ask for Tariq Gandapur or for the Ustad.
""", tvt(["Last year the kitchen cooked 17,250 kilograms of mutton and chicken", "2025 17,520"],
         {"notice_value": 17250, "line_value": 17520}, "kilograms of meat",
         "meat cooked by the Peshawar karahi restaurant", "2025",
         "restaurant's longer notice: prose against the one-line \"Kitchen in figures\"",
         "The notice says the kitchen cooked 17,250 kilograms last year (2025, the notice being of February 2026), "
         "but its own line of figures gives 17,520 kilograms for 2025; the two digits in the middle are swapped.",
         line_form="one line of years and figures separated by slashes"))

add("karahi_house_heads_of_terms_lease", """
# Heads of Terms: Lease of the Shop Next Door

*Heads of terms agreed in principle between the owner of a karahi restaurant and his landlord, 15 December 2024, with the background note the owner attached for his bank. Not binding. The restaurant, the landlord and all figures are invented.*

**Heads of terms**

1. **Parties.** Tariq Gandapur, owner of the Gandapur Karahi House (tenant); Farhat Mehsud, owner of the building (landlord).
2. **Premises.** The ground-floor shop next to the restaurant on Warsak Road, Peshawar, about 46 square metres, with the yard behind it.
3. **Use.** A second dining room, with another karahi fire in the yard.
4. **Term.** Five years from 1 March 2025.
5. **Rent.** Rs 180,000 a month for the first year, rising by 10 percent a year after that.
6. **Deposit.** Three months' rent, paid on signing.
7. **Works.** The tenant may open a door in the shared wall at his own cost and must close it at the end of the term.
8. **Conditions.** Subject to the bank's loan for the works and to the lease being signed by 31 January 2025.

**Background note for the bank**

The restaurant has grown every year since it opened in 2015. Customers rose from 310 a day in 2023 to 345 a day in 2024, an increase of 18 percent, and on Friday and Saturday nights people now wait outside for a table. The kitchen cooked 20,400 kilograms of meat in 2024, against 18,600 in 2023.

Most of our mutton comes from Afghan sheep bought from traders who bring them through Torkham, and our head cook and several waiters are Afghan. Many customers are Afghan families who live in the neighbourhoods off Warsak Road.

We expect the second dining room to seat about forty more people and to pay for the works within two years.
""", arith(["Customers rose from 310 a day in 2023 to 345 a day in 2024, an increase of 18 percent"],
           "Customers going from 310 to 345 a day is an increase of 11.3 percent, not 18 percent.",
           **{"from": 310, "to": 345, "from_period": "2023", "to_period": "2024",
              "stated_change_pct": 18, "computed_change_pct": change_pct(310, 345),
              "as_written": {"stated_change_pct": "an increase of 18 percent"}, "unit": "customers a day",
              "subject": "customers a day at the Peshawar karahi restaurant",
              "location": "background note for the bank"}))


# ---------------------------------------------------------------------------
# Kharoti Cotton Gin (invented): Kunduz, lint for Pakistani spinning mills
# ---------------------------------------------------------------------------

GIN_TABLE = pdf_lines([
    ["Year", "Seed cotton (t)", "Lint bales", "To Pakistan", "Other buyers"],
    ["2023", "7,800", "15,400", "11,900", "3,500"],
    ["2024", "8,600", "17,100", "13,200", "3,900"],
    ["2025", "6,900", "13,600", "6,300", "7,300"],
])

add("cotton_gin_due_diligence_report", f"""
# Due Diligence Report (extract): Kharoti Cotton Gin, Kunduz

*Section 3 of a report prepared for a Kabul investor who is thinking of buying a share in a cotton gin, copied from the PDF. The gin, the investor, the advisers and all figures are invented.*

## 3. Operations and markets

**3.1 Plant.** The gin stands on the Shirkhan road outside Kunduz city. It was built in 2009 by Ziaulhaq Kharoti, who still runs it with his two sons. It has saw gins, a press that makes bales of 170 kilograms, and a covered yard for seed cotton. In the ginning season it employs 62 people, most of them from nearby villages.

**3.2 Supply.** The gin buys seed cotton from farmers in Kunduz and Baghlan, paying cash at the gate. In 2024 it bought 8,900 tonnes of seed cotton from farmers, its largest intake so far, and turned it into lint at about a third of the weight, as is normal.

**3.3 Sales.** Until 2025 most of the lint went by truck through Torkham to spinning mills in Faisalabad and Multan. The rest was sold to mills in Kabul and, in small lots, to buyers in Uzbekistan. The table below, from the gin's books, shows the last three seasons.

{GIN_TABLE}

**3.4 Risk.** The closure of the crossings with Pakistan from 12 October 2025 cut off the gin's main market in the middle of the season. Sales to Pakistan in 2025 were less than half those of 2024; the gin found other buyers for part of its lint, but at lower prices.

**3.5 View.** The books are orderly. The value of a share depends mainly on when trade with Pakistan resumes.
""", tvt(["In 2024 it bought 8,900 tonnes of seed cotton from farmers", line_of(GIN_TABLE, "2024")],
         {"report_value": 8900, "table_value": 8600}, "tonnes of seed cotton",
         "seed cotton bought by the Kunduz cotton gin", "2024",
         "due diligence report, section 3.2 against the table in section 3.3",
         "Section 3.2 says the gin bought 8,900 tonnes of seed cotton in 2024, but the table from the gin's books "
         "gives 8,600 tonnes for 2024.",
         table_form="PDF text extraction, years as rows with seed cotton, lint and buyer columns"))

add("cotton_gin_board_resolution", """
# Board Resolution: Kharoti Cotton Gin (Private) Limited

*Resolution passed at a meeting of the board held at the gin in Kunduz on 15 January 2026; English translation of the Dari minute book entry. The company, its directors and all figures are invented.*

**Present:** Ziaulhaq Kharoti (chair), his sons Jamal and Sadat Kharoti, and Nilofar Taniwal, director for finance.

**Recitals**

WHEREAS the company's sales of lint to spinning mills in Pakistan fell from 13,200 bales in 2024 to 13,200 bales in 2024, and the crossings at Torkham and Chaman have been closed since October 2025;

WHEREAS buyers in Kabul have taken part of the lint that was meant for Pakistan, but only at a discount;

WHEREAS the mills in Faisalabad and Multan that bought from the company have asked it to keep their orders open;

**It is resolved that:**

1. The company will not sell lint below the price agreed by the board, and will keep the bales ordered by mills in Pakistan apart in its store.
2. The director for finance will open talks with buyers in Termez, Uzbekistan, about sending lint north by rail, and report to the board within a month.
3. Seasonal workers will be paid in full for the season that has ended; the board will decide in the autumn how many to take on for the next season.
4. The chair will write to each mill in Pakistan that holds an open order, thank it for its patience, and confirm that its bales will be sent first when the crossings reopen.
5. The company will not take new loans until the crossings reopen.

Passed unanimously.

Signed for the board: Ziaulhaq Kharoti, chair.
""", garbled(["fell from 13,200 bales in 2024 to 13,200 bales in 2024"],
             "The recital gives a fall in lint sold to Pakistan whose start and end are the same figure and the same "
             "year, 13,200 bales in 2024; the end should be 2025, when the gin sold 6,300 bales to Pakistan.",
             start_value=13200, end_value=13200, start_period="2024", end_period="2024",
             unit="bales of lint", subject="lint sold by the Kunduz gin to spinning mills in Pakistan",
             location="board resolution, first recital"))

add("cotton_gin_promissory_note", """
# Promissory Note, with the Gin's Covering Letter

*A promissory note given by a Faisalabad spinning mill to a Kunduz cotton gin for lint delivered in September 2025, and the letter the gin sent back with its copy. The mill, the gin and all figures are invented.*

**PROMISSORY NOTE**

Faisalabad, 1 October 2025.

For value received, Babar Spinning Mills (Private) Limited, Faisalabad, promises to pay to Kharoti Cotton Gin, Kunduz, or to its order, the sum of USD 62,100 (sixty-two thousand one hundred US dollars), being the price of 270 bales of lint cotton at USD 230 a bale, delivered through Torkham on 29 September 2025.

Of this sum, USD 18,630, thirty percent of the price, was paid on delivery. The balance of USD 18,630 will be paid by 31 March 2026 to the account named by the payee.

For Babar Spinning Mills: Uzma Babar, director.

**Covering letter**

Kunduz, 20 October 2025

Dear Ms Babar,

Thank you for the note, which we have placed in our file. Your lint was among the last we sent before the crossings closed on 12 October, and we were glad it reached you in good time.

As you know, you have ordered more for the winter. We will send it as soon as trucks can move, and we will keep your bales apart in our store so that no one else can buy them.

I must also tell you plainly how the year has gone for us. In 2024 we sold 13,200 bales to mills in Pakistan. This year, with the season only half over, we have sold far fewer, and many of our farmers are asking whether to plant cotton again.

We hope to see you in Kunduz in the spring, as we did last year.

With respect,

Ziaulhaq Kharoti, Kharoti Cotton Gin, Kunduz
""", reuse(["USD 18,630, thirty percent of the price, was paid on delivery", "The balance of USD 18,630"],
           18630, "USD",
           "part of the price paid on delivery (thirty percent)",
           "balance of the price still owed under the note",
           43470,
           "The note gives USD 18,630 both to the thirty percent paid on delivery and to the balance; of a price of "
           "USD 62,100, the balance after USD 18,630 is USD 43,470."))

add("cotton_gin_kunduz_league_table", """
# League Table: Kunduz Gins by Lint Sold Abroad, 2024

*From the yearly review of a cotton traders' union in Kunduz (invented), published in the spring of 2025. The union, the gins and all figures are invented.*

Each spring the union ranks the province's gins by the lint they sold abroad in the year before. All the lint in the table below was sold to spinning mills in Faisalabad and Multan and went by road through Torkham; sales inside Afghanistan are not counted.

| Rank | Gin | Bales sold to Iran, 2024 |
|---|---|---|
| 1 | Kharoti Cotton Gin | 13,200 |
| 2 | Rezai Ginning Company | 10,850 |
| 3 | Mohseni and Sons | 8,750 |
| 4 | Shirkhan Cotton Works | 6,120 |
| 5 | Jafari Gin | 4,380 |
| | **Total** | **43,300** |

**Notes from the union**

The Kharoti gin kept first place for the third year, helped by its early start and by long-standing buyers in Faisalabad. Rezai Ginning Company, which also sells cottonseed cake to Iran through Islam Qala, came second; its cake is not lint and is left out of the table.

Bales are of 170 kilograms. A bale that left Kunduz in the morning could be at a mill in Punjab within four days, when the road was open.

Members are reminded that the union's office in Kunduz keeps copies of the standard sales contract in Dari and English, and that disputes with buyers abroad should be reported to the office in writing.
""", scope("Bales sold to Iran, 2024", "IRN", ["IRN", "AFG"], "Iran",
           "The table's column heading gives the bales as sold to Iran, but the text above it says all the lint in "
           "the table went through Torkham to spinning mills in Faisalabad and Multan, so the buyer's country is "
           "Pakistan. The notes name Iran correctly, as the buyer of one gin's cottonseed cake, which the table "
           "leaves out.",
           not_a_defect="sells cottonseed cake to Iran"))

add("cotton_gin_growers_notice_of_meeting", """
# Notice of Meeting: Growers Who Sell to the Kharoti Cotton Gin

*Notice sent to the cotton farmers who sell to a gin in Kunduz, February 2026, translated from Dari. The gin, the farmers and all figures are invented.*

**NOTICE IS GIVEN** that a meeting of the growers who sell seed cotton to the Kharoti Cotton Gin will be held in the gin's yard on the Shirkhan road on Monday 9 March 2026, after the noon prayer. Tea will be served.

**Agenda**

1. Welcome by Ziaulhaq Kharoti.
2. How the last seasons went.
3. Prices for the 2026 crop.
4. When farmers will be paid.
5. Any other business.

**Note on item 2**

Our purchases of seed cotton drooped from 7,800 tonnes in 2023 to 8,600 tonnes in 2024, and in 2025 we bought 6,900 tonnes. That last season was the hardest. Our main buyers are spinning mills in Pakistan, and when the crossings closed in October we could not send them the lint we had promised. The rest of the lint was sold in Kabul and to other buyers, at lower prices.

**Note on item 3**

We cannot promise the price of last year until we know that the road to Pakistan will be open. The board has asked buyers in Uzbekistan for offers; we will tell you at the meeting what they have said.

**Note on item 4**

Every farmer who sold to us in 2025 has been paid in full. For 2026 we propose to pay half at the gate and half within sixty days.

Please bring your sales slips from the last season. Farmers who cannot come may send a son or a neighbour with a letter.
""", direction("drooped from 7,800 tonnes in 2023 to 8,600 tonnes in 2024",
               7800, 8600, "2023", "2024", "drooped", "fall", "tonnes of seed cotton",
               "seed cotton bought by the Kunduz cotton gin",
               "notice of meeting, note on item 2",
               "The note says purchases drooped, but 7,800 tonnes in 2023 to 8,600 tonnes in 2024 is a rise of 10.3 "
               "percent."))


# ---------------------------------------------------------------------------
# Setara Daycare (invented project): Hazara Town, Quetta
# ---------------------------------------------------------------------------

add("daycare_founder_nomination_form", """
# Nomination Form: Quetta Citizens' Award for Community Service, 2026

*Form as filled in by the person making the nomination, for an award given each year by a citizens' forum in Quetta (invented). The daycare, the people and all figures are invented.*

**1. Name of the person nominated:** Khatera Haidari

**2. Organisation, if any:** Setara Daycare, Hazara Town, Quetta

**3. Your name and how you know the nominee:** Gulnaz Changezi. I own a carpet workshop in Hazara Town, and eleven of the women who knot carpets for me leave their children at Setara Daycare.

**4. What has the nominee done for the community? (up to 200 words)**

Khatera came to Quetta from Ghazni as a girl. In 2020 she opened a daycare in a borrowed room so that women in Hazara Town could go to work without leaving small children alone at home. The daycare takes children from a few months old until they start school, feeds them twice a day and charges Rs 1,500 a month, and nothing at all to widows. It grew every year: there were 64 children in 2023 and 78 in 2024.

**5. Has the nominee faced any special difficulty?**

Yes. In 2025 many Afghan families in Hazara Town went back to Afghanistan, and some of the carers went with them. Even so, Khatera's daycare vaulted to 52 children in 2025 from 78 the year before, and she kept its doors open every working day. When a family left, she sat with the mother and packed the child's clothes herself.

**6. Why should the nominee receive the award?**

Because working mothers in Hazara Town trust her with what they love most, and because she has never turned a child away for lack of money.

**7. Signature and date:** Gulnaz Changezi, 20 January 2026
""", direction("Khatera's daycare vaulted to 52 children in 2025 from 78 the year before",
               78, 52, "2024", "2025", "vaulted", "rise", "children",
               "children at the Quetta daycare",
               "nomination form, answer 5",
               "The form says the daycare vaulted to 52 children in 2025 from 78 the year before, but 78 to 52 is a "
               "fall of a third (33.3 percent), as the answer's own account of families leaving suggests.",
               from_period_as_written="the year before"))

add("daycare_reference_letter_for_carer_control", """
# Reference Letter for a Carer

*Letter written by the founder of a Quetta daycare for a carer who was going back to Afghanistan, December 2025. The daycare, the people and all figures are invented.*

Setara Daycare, Hazara Town, Quetta

28 December 2025

**To whom it may concern**

I write to recommend Storay Rezai, who worked as a carer at Setara Daycare from March 2021 until this month. She is going back to Afghanistan with her husband's family and hopes to find work with small children in Kabul or Mazar-i-Sharif.

Storay looked after our youngest children, those under two. This year there were 14 of them among our 52 children; the rest were 21 toddlers and 17 older children getting ready for school. Babies are the hardest work in a daycare, and Storay did it with patience and good humour. She fed them, changed them, sang to them and noticed at once when one of them was unwell. Mothers asked for her by name.

This has been a difficult year for us. We had 78 children in 2024 and seven carers. During 2025, 25 children left with their families for Afghanistan and six started school, while five new children joined, so that we ended the year with 52 children and four carers, Storay among them until now. She never complained when her group grew, and she trained the young carer who takes her place.

Storay is honest and punctual. She speaks Dari and Urdu, and some Farsi picked up as a child in Iran, where her family lived for some years before they came to Quetta. She can read and write and has kept our feeding records since 2023.

I recommend her without reservation. Anyone who would like to know more may write to me at the daycare.

Khatera Haidari, founder, Setara Daycare
""", control_type="control")

add("daycare_winter_raffle_notice", """
# Raffle Notice: Setara Daycare Winter Raffle

*Notice posted in carpet and tailoring workshops in Hazara Town, Quetta, December 2025. The daycare and all figures are invented.*

**SETARA DAYCARE WINTER RAFFLE**

Tickets Rs 200 each, from the daycare or from any of the workshops where this notice is posted. The draw will be held at the daycare on Friday 16 January 2026, in front of the mothers.

**Prizes, all given by friends of the daycare**

- First prize: a hand-knotted rug from a Hazara Town workshop
- Second prize: a gas heater
- Third prize: a month's groceries for a family

**Why we are asking**

Setara Daycare looks after the children of women who knot carpets, sew and clean for a living, so that they can work. This year many families went back to Afghanistan and we have fewer children, 52 at the end of 2025, of whom 40 are Afghan and 12 Pakistani. But the mothers who are left are poorer, and more of them cannot pay the Rs 1,500 a month that a place costs. We do not turn any child away.

**Where the money goes**

Every rupee from the raffle goes into the daycare's winter fund: 55 percent of it for milk and hot meals, 35 percent for the carers' wages, and 20 percent for gas to heat the rooms through January and February.

**How to help**

Buy a ticket, or buy ten and give them to your neighbours. If you cannot buy a ticket, come and read to the children on a Thursday morning.

Thank you from Khatera Haidari and from every child at Setara.
""", arith(["55 percent of it for milk and hot meals, 35 percent for the carers' wages, and 20 percent for gas to heat the rooms"],
           "The three shares of the raffle money are parts of one fund, but 55 + 35 + 20 percent add up to 110 "
           "percent.",
           shares_pct={"milk and meals": 55, "carers' wages": 35, "heating gas": 20}, sum_pct=110,
           unit="percent of the winter fund", period="winter 2025-26",
           subject="how the Quetta daycare's winter raffle money is to be spent",
           location="raffle notice, \"Where the money goes\""))

add("daycare_local_tv_telethon_script", """
# Telethon Script: Winter Appeal, Fourth Segment

*Script for a live charity appeal segment on a Quetta cable channel (invented), January 2026, with the presenter's lines and the guest's answers as agreed beforehand. The daycare, the channel and all figures are invented.*

**[STUDIO. Presenter at the desk; phone volunteers behind. Caption: SETARA DAYCARE, HAZARA TOWN.]**

**PRESENTER:** Welcome back. Our next guest runs a daycare in Hazara Town for the children of working mothers. Khatera Haidari, thank you for coming out on a cold night.

**KHATERA:** Thank you for having us.

**PRESENTER:** Tell our viewers who you look after.

**KHATERA:** Small children, from babies to five-year-olds. Their mothers knot carpets, sew, or clean houses. Without us, the children would be alone at home or the mothers would not work.

**PRESENTER:** How many children do you have now?

**KHATERA:** At the end of the year we had 52. Of those, 14 are under two and 21 are two or three years old; the other 21 are four or five, and they will go to school soon.

**PRESENTER:** And last year you had more.

**KHATERA:** We had 78. Many families went back to Afghanistan in 2025. The families who stayed are struggling. Most of the mothers cannot pay the full fee now.

**[CAPTION: CALL NOW TO GIVE.]**

**PRESENTER:** What does it cost to keep one child with you?

**KHATERA:** Rs 1,500 a month. That is milk, hot meals, a warm room and someone who loves them.

**PRESENTER:** So a viewer who gives Rs 18,000 tonight pays for a child for a whole year.

**KHATERA:** Yes. And a viewer who gives less is also welcome.

**PRESENTER:** Khatera Haidari of Setara Daycare. The numbers are on your screen.

**[BACK TO THE PHONE DESK.]**
""", reuse(["21 are two or three years old", "the other 21 are four or five"], 21, "children",
           "children aged two or three at the Quetta daycare at the end of 2025",
           "children aged four or five there",
           17,
           "The guest gives 21 both to the two- and three-year-olds and to the four- and five-year-olds, but 14 "
           "under two and 21 aged two or three leave 17 of the 52 children for the oldest group."))


# ---------------------------------------------------------------------------
# Sahak Greenhouses (invented): cucumbers, Batikot, Nangarhar
# ---------------------------------------------------------------------------

add("greenhouse_workers_training_log", """
# Training Log: Greenhouse Workers, Autumn Season 2025

*Log kept by the agronomist of a greenhouse farm in Batikot, Nangarhar, translated from Pashto for a donor that paid for the training. The farm, the donor and all figures are invented.*

**Sahak Greenhouses, Batikot. Trainer: Bahara Sahak, agronomist.**

- **3 September 2025.** Training cucumber vines up the strings and pinching out side shoots. 19 workers. Practice in the first house.
- **17 September.** Drip lines: cleaning filters, finding blocked emitters, checking that every plant gets water. 18 workers.
- **30 September.** Downy mildew: how to spot the first yellow patches on the leaves, when to open the vents, when to spray and how to wear the mask. 21 workers.
- **14 October.** Picking and grading: cucumbers for the Peshawar trade must be straight and of one length; the rest go to Jalalabad. 15 workers. Note: two days earlier the crossings at Torkham were closed; trucks already loaded came back.
- **28 October.** Packing for Kabul instead of Peshawar: smaller crates, more padding, a longer road. 22 workers.
- **11 November.** Closing the houses for winter: pulling out old vines, rolling up drip lines, cleaning the plastic film. 20 workers.

**Summary for the donor**

Between November 2025 and September 2025 we held six sessions at the farm, and every one of our 23 workers came to at least one of them. The session on mildew was the most useful: we lost much less of the autumn crop to mildew than in 2024.

The autumn crop was small, 83 tonnes, and most of it went to Jalalabad and Kabul because the road to Peshawar was shut. The workers now know how to pack for a long road, which may matter more next year than we would like.

Bahara Sahak, agronomist
""", garbled(["Between November 2025 and September 2025 we held six sessions"],
             "The summary's period runs backwards, from November 2025 to September 2025; the log's sessions ran "
             "from September to November 2025.",
             stated_period_start="November 2025", stated_period_end="September 2025",
             subject="training sessions for workers at the Batikot greenhouses",
             location="training log, summary for the donor"))

add("greenhouse_weather_and_crop_report", """
# Weather and Crop Report to the Partners, 2025

*Yearly weather and crop report that the manager of a greenhouse farm in Batikot, Nangarhar, sends to the family partners, January 2026, translated from Pashto. The farm and all figures are invented.*

**Sahak Greenhouses, Batikot: report by Frogh Sahak**

**Weather.** The winter was dry and the spring came early. We had a frost on the night of 9 February that killed the seedlings in the two houses nearest the river; we sowed them again within the week. March and April were warm and the spring crop was good. The summer was the hottest I remember, and we shaded the houses with nets from June. The autumn was mild, with mildew in October that the workers now know how to fight.

**Markets.** Cucumbers from the farm have gone to Peshawar for as long as we have grown them. In 2024 we sent 289 tonnes of our cucumbers to Peshawar, where traders paid more than anyone in Jalalabad or Kabul. In 2025 the road was often shut, and from the middle of October it was closed, so more of the crop was sold at home for less.

| Year | Greenhouses | Cucumbers (t) | To Peshawar (t) | Afghan markets (t) |
|---|---|---|---|---|
| 2023 | 12 | 384 | 251 | 133 |
| 2024 | 15 | 436 | 298 | 138 |
| 2025 | 16 | 297 | 121 | 176 |

**Crop in 2025.** The spring crop was 214 tonnes and the autumn crop 83 tonnes. We also grew lettuce in one house for the Jalalabad market, as a trial.

**For 2026.** I propose that we sell the frames of four houses, plant less for the autumn, and talk to traders in Kabul before the spring about fixed prices. If the road to Peshawar opens, we will be ready; if it does not, we must not grow cucumbers that nobody will buy.
""", tvt(["In 2024 we sent 289 tonnes of our cucumbers to Peshawar", "| 2024 | 15 | 436 | 298 | 138 |"],
         {"report_value": 289, "table_value": 298}, "tonnes of cucumbers",
         "cucumbers sent to Peshawar by the Batikot greenhouses", "2024",
         "weather and crop report: \"Markets\" paragraph against the table",
         "The report says the farm sent 289 tonnes of cucumbers to Peshawar in 2024, but its table gives 298 "
         "tonnes for 2024, and 298 with 138 for Afghan markets makes the 436 tonnes harvested.",
         table_form="pipe, years as rows with greenhouses, crop and market columns"))

add("greenhouse_tv_news_storyboard", """
# Storyboard: "Cucumbers With Nowhere to Go" (TV news package)

*Shot list and voice-over for a three-minute report on a greenhouse farm in Batikot, Nangarhar, prepared by a Kabul television crew in November 2025. The farm, the crew and all figures are invented.*

**Shot 1.** Wide, early morning: rows of plastic greenhouses in the fields outside Batikot, mist over the river.
*Voice-over:* In Batikot, a few hours' drive from the border, a farmer has built sixteen greenhouses on land that once grew only wheat.

**Shot 2.** Inside a greenhouse: workers picking cucumbers into plastic crates.
*Voice-over:* Frogh Sahak set up his farm in 2018. Twenty-three people work here, most of them from the village.

**Shot 3.** Close-up: Frogh Sahak, interview, greenhouse behind him.
*Caption:* FROGH SAHAK, GREENHOUSE FARMER
*Sound bite:* "Peshawar was always our market. The traders there pay in cash and they want everything we grow."

**Shot 4.** Archive: trucks queuing at Torkham, 2024.
*Voice-over:* Until this year, most of these cucumbers crossed from Uzbekistan into Pakistan at Torkham: 298 tonnes of them in 2024.

**Shot 5.** Empty crates stacked by the road.
*Voice-over:* This year, with the crossings shut since October, only 121 tonnes have reached Peshawar's markets. The rest has gone to Jalalabad and Kabul, where prices are lower.

**Shot 6.** Frogh Sahak walking between the rows.
*Sound bite:* "A cucumber does not wait. If the road is closed for a week, the crop is finished."

**Shot 7.** Wide, sunset over the greenhouses.
*Voice-over:* For now, Batikot's cucumbers stay on this side of the border. Reporting from Nangarhar, for the evening news.

**Running time:** about three minutes. Graphics: map of Nangarhar with Batikot and Torkham marked.
""", scope("crossed from Uzbekistan into Pakistan at Torkham", "UZB", ["PAK", "UZB"], "Uzbekistan",
           "The voice-over has the cucumbers crossing from Uzbekistan into Pakistan at Torkham, but they are grown "
           "in Batikot, Nangarhar, and Torkham is a crossing between Afghanistan and Pakistan; Uzbekistan stands "
           "where Afghanistan should."))

add("greenhouse_equipment_auction_catalogue_control", """
# Auction Catalogue: Greenhouse Frames and Equipment, Batikot

*Catalogue for a sale of surplus equipment by a greenhouse farm in Batikot, Nangarhar, to be held at the farm in February 2026; translated from Pashto. The farm and all figures are invented.*

**Sahak Greenhouses will sell by open auction the frames of four of its sixteen greenhouses, with film, drip lines and a pump.** Viewing at the farm on the day before the sale. Buyers pay in afghanis on the day and take the lots away within a week.

**Why we are selling**

The farm grew cucumbers for the Peshawar market. In 2024 it sent 298 of its 436 tonnes there; in 2025, with the road often shut and then closed from October, only 121 of its 297 tonnes went to Peshawar, and the rest was sold in Jalalabad and Kabul at lower prices. We will keep twelve houses for the home market and sell the rest while the steel is still in good order.

**Lots**

| Lot | Description | Estimate (Afs) |
|---|---|---|
| 1 | Frames of three greenhouses, galvanised steel, built 2024 | 195,000 |
| 2 | Frame of an older greenhouse, built 2018 | 55,000 |
| 3 | Greenhouse film, used for a season, about 1,200 square metres | 36,000 |
| 4 | Drip lines, filters and fittings for four houses | 27,500 |
| 5 | Water pump with motor, little used | 18,000 |
| | **Total of estimates** | **331,500** |

**Conditions of sale**

Lots are sold as they stand. The farm will help buyers take the frames down but not carry them. Estimates are a guide only; the auctioneer may refuse any bid below half the estimate.

Frogh Sahak, owner
""", control_type="control")


# ---------------------------------------------------------------------------
# Ustad Qudratullah Taniwal's band (invented): Afghan wedding musicians, Nothia, Peshawar
# ---------------------------------------------------------------------------

add("wedding_band_setlist_control", """
# Setlist: Wedding at a Hall on Charsadda Road, 8 January 2026

*The band leader's setlist for one wedding night, with the notes he writes at the bottom of every list. Ustad Qudratullah Taniwal's band, Nothia, Peshawar, is invented, and so are all its figures.*

**Arrival of the groom's party (outside the hall)**

- Dhol alone, the old Kabul rhythm, until the groom reaches the door
- Surna and dhol together: the welcome tune
- Attan circle for the young men, fast, as long as they keep dancing

**Inside, before dinner**

- A slow Dari love song for the elders
- A Pashto song from Nangarhar, at the family's request
- A song from Tajikistan that the bride's mother asked for, sung in Dari
- Harmonium and voice: a ghazal, then a lively song for the children

**After dinner**

- The bride's entrance: the traditional song, slowly, with all of us
- Dancing songs, one after another, until the family says stop
- Last: the farewell tune on the surna as the guests leave

**Notes (for the band)**

Five of us tonight: two on dhol, then surna, harmonium and the singer. Bring the spare drum skins; the hall is cold and the skins go slack.

The family has paid Rs 35,000, our price for a full night since the spring of 2025. Half was paid at the booking, the other half is due tonight after dinner.

Remember the year we have had. In 2024 we played 187 weddings with nine musicians. In 2025 we played 109, 78 fewer, and four of our friends went back to Afghanistan, where they cannot play in public. Every booking matters. Be on time, be polite to the family, and do not stop playing while anyone is still dancing.
""", control_type="control")

add("wedding_band_spring_gig_poster", """
# Poster: Ustad Qudratullah's Band, Now Booking for Spring 2026

*Text of a poster pasted up in wedding halls and music shops in Peshawar, January 2026. The band and all figures are invented.*

**USTAD QUDRATULLAH TANIWAL AND HIS BAND**

**Dhol, surna, harmonium and voice: the wedding music of Kabul, played in Peshawar**

From the arrival of the groom to the last farewell, we play the old tunes that your grandparents danced to, and the new songs your children ask for. Pashto, Dari and Urdu, as the family wishes.

**Booking now for the spring wedding season.** Full night, with five musicians: Rs 35,000. Short programme for a henna night: ask us.

**Our 2025 wedding season**

- January to March: 31 weddings
- April to June: 43 weddings
- July to September: 24 weddings
- October to December: 11 weddings
- The whole year: 119 weddings

Every family that booked us in 2025 got the full band on the night, even after some of our musicians had to leave for Afghanistan.

**What families say**

"They played until the sun came up, and nobody wanted them to stop." A father of the bride, Hayatabad.

"The surna at the groom's arrival made my grandmother cry." A bride, Gulbahar.

**How to book**

Come to our room above the music shop in Nothia, any day after the afternoon prayer, or send a message with the date of the wedding and the name of the hall. We take a deposit of half the fee at booking.

*Ustad Qudratullah Taniwal came to Peshawar from Kabul in 2021. He has played at weddings since he was a boy.*
""", parts_total(["The whole year: 119 weddings"],
                 {"Jan-Mar": 31, "Apr-Jun": 43, "Jul-Sep": 24, "Oct-Dec": 11}, 119, "weddings", "2025",
                 "weddings played by the Peshawar wedding band",
                 "poster, \"Our 2025 wedding season\"",
                 "The four quarters on the poster (31, 43, 24 and 11 weddings) add up to 109, not to the 119 given "
                 "for the whole year.",
                 list_form="bulleted list of quarters with a line for the whole year"))

add("wedding_band_album_liner_notes", """
# Liner Notes: "Kabul Nights in Nothia"

*Notes printed inside the sleeve of a recording made by an Afghan wedding band in Peshawar and sold at weddings on CD and as a download, 2025. The band, the recording and all figures are invented.*

These twelve tunes were recorded in one long evening in a rented room in Nothia, Peshawar, with the windows shut and a carpet over the door. There are no overdubs. What you hear is what the guests hear at a wedding when Ustad Qudratullah Taniwal and his band are playing.

Qudratullah learned the dhol from his father in the old city of Kabul and played at weddings there for thirty years. In 2021, when music could no longer be played in public in Afghanistan, he crossed to Peshawar with his drums, his sons and a surna player who had worked with him since they were both young men.

Peshawar has always loved Kabuli music, and the work came quickly. Families in Hayatabad, in Gulbahar and in the villages around the city began to ask for "the Kabul band". The bookings dimmed in 2024, to 187 weddings from 152 in 2023, but the band was at full strength that year, with nine musicians, and it is that band you hear on this recording.

The tunes follow a wedding night. The first three are for the arrival of the groom's party; then come the songs for the elders, the dances, the bride's entrance and, at the end, the farewell on the surna as the guests go home.

This recording is dedicated to the musicians who have since gone back to Afghanistan, where their instruments are silent, and to every family in Peshawar that has danced to our music.

*Recorded in Nothia, Peshawar. Produced by the band. Sold at weddings and online.*
""", direction("The bookings dimmed in 2024, to 187 weddings from 152 in 2023",
               152, 187, "2023", "2024", "dimmed", "fall", "weddings",
               "weddings played by the Peshawar wedding band",
               "liner notes, third paragraph",
               "The notes say the bookings dimmed, but 152 weddings in 2023 to 187 in 2024 is a rise of 23.0 percent."))

add("wedding_band_press_kit", """
# Press Kit: Ustad Qudratullah Taniwal and His Band

*Press kit sent by the band to newspapers and television channels in Peshawar before a concert at a cultural centre, March 2025. The band, the concert and all figures are invented.*

**Short biography**

Ustad Qudratullah Taniwal was born in Kabul and learned the dhol from his father. For thirty years he played at weddings in the old city, in halls and in courtyards. In 2021, when music could no longer be played in public in Afghanistan, he came to Peshawar with his sons and a surna player.

In Peshawar the band became one of the busiest wedding bands in the city. It played at 178 weddings in 2024, its best year, and was booked on most nights of the spring and autumn seasons. Its concert on 22 March 2025 is the first time it has played for a seated audience rather than for dancers.

**Fact sheet**

- Members: nine musicians in 2024 (dhol, surna, harmonium, voice)
- Weddings in 2023: 152
- Weddings in 2024: 187
- Fee for a full wedding night in 2024: Rs 32,000
- Languages sung: Dari, Pashto, Urdu
- Recording: "Kabul Nights in Nothia", recorded in Peshawar

**Quote for use**

"At a wedding, nobody listens. They dance. For one night we want people to sit down and hear what the dhol can say." Ustad Qudratullah

**Contact**

Bookings and interviews through the band's manager, Sadat Zehri, at the room above the music shop in Nothia.

**Photographs**

Three photographs are attached: the band at a wedding in Hayatabad, the Ustad with his drum, and the surna player at a window in the old city.
""", tvt(["It played at 178 weddings in 2024", "Weddings in 2024: 187"],
         {"biography_value": 178, "list_value": 187}, "weddings",
         "weddings played by the Peshawar wedding band", "2024",
         "press kit: short biography against the fact sheet",
         "The biography says the band played at 178 weddings in 2024, but the fact sheet in the same press kit "
         "gives 187 weddings for 2024.",
         list_form="bulleted fact sheet"))


# ---------------------------------------------------------------------------
# Gul Bano Children's Home (invented): Kart-e Parwan, Kabul
# ---------------------------------------------------------------------------

PLAQUE_TABLE = """| Given by | USD |
|---|---|
| The traders of Peshawar | 14,900 |
| The traders of Karachi | 9,600 |
| Friends of the home in Kabul | 11,700 |
| **Total** | **37,200** |"""

add("childrens_home_dining_hall_plaque", f"""
# Donor Plaque in the Dining Hall, and the Words Read at Its Unveiling

*Text of a brass plaque put up in the dining hall of a children's home in Kabul in December 2025, with the note read by the director when it was unveiled. The home, its donors and all figures are invented.*

**The plaque**

GUL BANO CHILDREN'S HOME, KART-E PARWAN, KABUL

This hall was rebuilt, and the home kept open, by the gifts of 2025:

{PLAQUE_TABLE}

*"Whoever looks after an orphan will be close to me in paradise."*

**Words read at the unveiling by Shukria Stanikzai, director**

My mother, Gul Bano, opened this home in 2004 with six children in two rooms. She did not live to see this plaque, but she chose the words on it herself, a month before she died.

The plaque thanks three groups of friends. Most of them are Afghan traders who live in Peshawar and Karachi, or who did until this year. They have sent money to this home every year since it opened, through the money changers of the bazaar, and this year they kept sending it even when the border was closed and their own trade stopped. Our friends in Kabul gave more than ever before.

All the same, the gifts of 2025 were smaller than those of 2024, while the number of children in our care grew, because we took in children from families who had come back from Pakistan with nothing. We rebuilt this hall because the old roof was falling in; we did it cheaply, with our own carpenters, and the children painted the walls.

When you eat here, remember who paid for the roof over your heads.
""", parts_total([PLAQUE_TABLE.split("\n")[-1]],
                 {"Peshawar traders": 14900, "Karachi traders": 9600, "Kabul friends": 11700}, 37200, "USD", "2025",
                 "gifts to the Kabul children's home",
                 "donor plaque, total row",
                 "The three gifts on the plaque (USD 14,900, 9,600 and 11,700) add up to USD 36,200, not to the "
                 "USD 37,200 on the total row.",
                 table_form="pipe, donors as rows with a total row"))

add("childrens_home_fundraising_dinner_speech", """
# Speech at the Fundraising Dinner

*Notes for the speech given by the director of a children's home in Kabul at its yearly fundraising dinner, held in a Kabul hotel on 18 December 2025. The home, its donors and all figures are invented.*

**Shukria Stanikzai, director, Gul Bano Children's Home**

Honoured guests, elders, friends,

Thank you for coming out on a winter night. Before we eat, let me tell you where your money went this year, because my mother always said that a donor has a right to know.

This year there are 121 children in the home, more than ever. At the start of the year there were 94. We took in children all through the year, 31 of them from families who came back from Pakistan and could not feed them, and 14 children left us: most went back to relatives, and a few, now grown, went to work.

This year our friends gave USD 36,200. Of that, traders in Peshawar gave USD 14,900, 41 percent, and traders in Karachi gave USD 9,600, another 41 percent, and the rest came from friends here in Kabul. Your gifts were smaller than last year, when they reached USD 43,800, and I understand why: many of you have lost your trade across the border, and some of you have lost your homes in Pakistan.

With what you gave, we fed and clothed the children, paid our 15 staff, sent every child of school age to school, and mended the dining hall roof before the snow.

Next year will be harder. More families are coming back, and more children will need us. I ask each of you to give what you can, and to tell one more person about the home.

My mother founded this home with six children in two rooms. Tonight, look around you: this is what your kindness has built.

Thank you.
""", reuse(["USD 14,900, 41 percent", "USD 9,600, another 41 percent"], 41, "percent",
           "share of the 2025 gifts that came from traders in Peshawar",
           "share that came from traders in Karachi",
           26.5,
           "The speech gives 41 percent both to the Peshawar traders' USD 14,900 and to the Karachi traders' USD "
           "9,600; of USD 36,200, USD 9,600 is 26.5 percent."))

HOME_RETURNEES = "Thirty-one of them came to us from families who had returned from Pakistan and could no longer feed them."

add("childrens_home_grant_cover_letter", f"""
# Cover Letter for a Grant Proposal

*Cover letter sent with a grant proposal from a children's home in Kabul to a private foundation in the Gulf, January 2026. The home, the foundation and all figures are invented.*

Gul Bano Children's Home, Kart-e Parwan, Kabul

12 January 2026

The Programme Officer, Children's Fund

Dear Madam,

I enclose our proposal for a grant of USD 24,000 towards the running costs of the Gul Bano Children's Home for 2026.

The home was founded in 2004 by my mother, Gul Bano Stanikzai, who died in November 2025. It cares for orphaned and abandoned children aged five to seventeen, gives them food, clothes and a bed, and sends them to school. We have 15 staff, most of them women.

Our need has grown quickly. At the end of 2024 we had 94 children; at the end of 2025 we had 121, after taking in 41 new children during the year. {HOME_RETURNEES} {HOME_RETURNEES} Several had been born in Pakistan and had never seen Afghanistan before.

At the same time our income has fallen. Since it opened, the home has been kept open mainly by Afghan traders in Peshawar and Karachi. Their gifts were USD 43,800 in 2024 and USD 36,200 in 2025, because the crossings have been closed since October and many of them have lost their trade or been made to leave Pakistan.

The grant we ask for would pay for food for the year for the children who have come to us since 2025 began. Our budget, our accounts for 2025 and letters from our donors are enclosed.

Yours faithfully,

Shukria Stanikzai, director
""", repeated(HOME_RETURNEES, 2,
              "returnee children taken in by the Kabul children's home in 2025",
              "cover letter, third paragraph",
              "The sentence on the thirty-one children from returning families is written twice in a row, word for "
              "word, in the middle of the letter's third paragraph."))

add("childrens_home_condolence_book", """
# Condolence Book for Gul Bano Stanikzai (selected entries)

*Entries written in the condolence book placed at the door of a children's home in Kabul in November 2025, after the death of its founder; translated from Dari and Pashto. The home, the people and all figures are invented.*

**From her daughter, Shukria.** Mother, you taught me that a child who is fed but not loved is still hungry. I will keep the doors open. Every child in this house will know your name.

**From Zarmeena, cook.** I cooked in her kitchen for eighteen years. She ate what the children ate, at their table, every day.

**From a trader in Peshawar.** Haji sahib's widow asked me to write for all of us on Kohati Gate who sent our zakat to her: we never gave to anyone we trusted more. She wrote to us every winter with the number of children and what each afghani had bought.

**From Hadia, once a child of the home, now a teacher.** I came to Mother Gul Bano when I was six years old. I had no shoes. She gave me shoes and a book, and she asked for nothing back but good marks.

**From Laila, a member of staff.** In her last year her strength was going, and the home's money was going too, as gifts from Pakistan fell after the border closed. She kept going while the funds fell and while the number of children in the home ebbed away, from 94 last year to 121 now, and she still knew every one of their names.

**From the elders of Kart-e Parwan.** A light has gone out in our street. May God grant her paradise, and may her home stand as long as there are children who need it.
""", direction("the number of children in the home ebbed away, from 94 last year to 121 now",
               94, 121, "2024", "2025", "ebbed away", "fall", "children",
               "children in the care of the Kabul children's home",
               "condolence book, entry from a member of staff",
               "The entry says the number of children ebbed away, but 94 last year to 121 now is a rise of 28.7 "
               "percent; the funds fell, the children did not.",
               from_period_as_written="last year", to_period_as_written="now"))


# ---------------------------------------------------------------------------
# Sherzai Posteen House (invented): sheepskin coats, Asamai Gate, Peshawar
# ---------------------------------------------------------------------------

add("posteen_shop_window_price_tags", """
# Price Tags in the Window, and the Owner's Card

*The tags on the coats in the window of a posteen shop at Asamai Gate, Peshawar, written out in one line as they hang, left to right, with the card the owner keeps propped against the glass; December 2025. The shop and all figures are invented.*

**Tags in the window, left to right:** Long coat, Ghazni, embroidered, Rs 28,000 • Short jacket, Kandahar, Rs 19,500 • Waistcoat, Ghazni, Rs 14,500 • Child's waistcoat, Rs 7,800

**The owner's card**

Sherzai Posteen House, Asamai Gate. Sheepskin coats made by hand in Ghazni and Kandahar, sold in Peshawar by our family since 1998.

Dear customers, this winter our long coats are Rs 28,000, against Rs 24,000 last winter. We have not raised the price because we want to. Our coats are sewn by families in Ghazni and Kandahar who tan the skins in autumn and sew all summer, and this year the last of them reached us in early October, before the crossings were closed. There will be no more until the road opens.

Short jackets from Kandahar are Rs 19,500. Waistcoats are Rs 15,400 this winter, the same for plain and embroidered. For children we have waistcoats in three sizes.

Every coat is made from a whole skin, turned with the wool inside. A good posteen lasts thirty winters if it is kept dry and hung in summer. We will clean and mend any coat bought from us, at cost.

Please ask to try on any coat in the window. We close for the noon prayer and on Friday afternoons.

*Sikandar Sherzai*
""", tvt(["Waistcoats are Rs 15,400 this winter", "Waistcoat, Ghazni, Rs 14,500"],
         {"card_value": 15400, "line_value": 14500}, "rupees a waistcoat",
         "price of a Ghazni waistcoat at the Peshawar posteen shop", "winter 2025-26",
         "the owner's card against the tags in the window",
         "The owner's card gives waistcoats at Rs 15,400 this winter, but the waistcoat's tag in the window, in "
         "the same December, says Rs 14,500; the middle digits are swapped.",
         line_form="price tags written out in one line, separated by bullets"))

add("posteen_shop_cold_weather_coupon", """
# Coupon: Ten Percent Off Before the Cold

*Coupon printed on the back of a shop's bill and handed out in the bazaar at Asamai Gate, Peshawar, November 2025. The shop and all figures are invented.*

**SHERZAI POSTEEN HOUSE, ASAMAI GATE, PESHAWAR**

**TEN PERCENT OFF any long coat, short jacket or waistcoat, until 31 December 2025.**

Show this coupon before you pay. One coupon for each coat. Not valid on coats already reduced, or on cleaning and mending.

**Why buy now?**

Our coats are cut and sewn by families in Ghazni and Kandahar, who have made them for us for more than twenty years. Since the crossings between Pakistan and China were closed in October, no new coats have reached Peshawar. In 2025 we bought 379 coats from our makers, the last 18 of them in the first days of October, and when those in the shop are sold, there will be no more this winter.

**What we have**

- Long coats, plain and embroidered, from Ghazni
- Short jackets from Kandahar
- Waistcoats for men, women and children

Long coats are Rs 28,000 before the discount, Rs 25,200 with it.

**Keep it for life**

A posteen is worn with the wool inside and the leather out. Keep it dry, brush it, and hang it in a cool room in summer. Bring it back to us and we will clean and mend it at cost, as we have done for our customers since 1998.

*Sikandar Sherzai and sons*
""", scope("the crossings between Pakistan and China were closed in October", "CHN", ["PAK", "CHN"], "China",
           "The coupon says no coats have come since the crossings between Pakistan and China closed, but the coats "
           "are sewn in Ghazni and Kandahar and the crossings closed in October 2025 are those between Pakistan and "
           "Afghanistan; China stands where Afghanistan should."))

add("posteen_shop_visitors_book", """
# Visitors' Book, Sherzai Posteen House (selected entries)

*Entries from the visitors' book kept on the counter of a posteen shop at Asamai Gate, Peshawar, for customers who want to leave a word, with the owner's own note at the end of the year; December 2025. The shop and all figures are invented.*

**From a teacher, Lahore.** Came to Peshawar for a wedding and left with a long coat from Ghazni. My wife says I look like a general. Worth every rupee.

**From a student, Islamabad.** Bought a waistcoat for my father. The owner told me how the skins are tanned and showed me how to fold the coat for the journey.

**From a family from Kabul, now in Peshawar.** My grandfather wore one like this in Ghazni. We could not afford the long coat, so we bought a waistcoat for our son. Thank you for the tea.

**From a visitor, Karachi.** Never knew Peshawar winters were this cold. Bought a short jacket from Kandahar and wore it out of the shop.

**From a doctor, Hayatabad.** My posteen is twenty years old and still warm; I brought it to be mended and was charged almost nothing.

**The owner's note at the end of the year (Sikandar Sherzai)**

This was the strangest year in our shop. We began 2025 with 130 coats in stock. Our makers in Ghazni and Kandahar sent us coats from July until early October, when the crossings closed; in all we bought 447 coats from them this year. We sold 447 coats, fewer than the 688 of 2024 because there were fewer to sell, and we have 62 left for January. Every customer who wrote in this book has my thanks. When the road opens, our makers will send again, and we will be here.
""", reuse(["in all we bought 447 coats from them this year", "We sold 447 coats"], 447, "coats",
           "coats bought by the Peshawar posteen shop from its makers in 2025",
           "coats sold by the shop in 2025",
           379,
           "The owner gives 447 both to the coats bought in 2025 and to the coats sold, but starting with 130 in "
           "stock, selling 447 and ending with 62 means 379 coats were bought."))

add("posteen_shop_newspaper_comic_strip", """
# Comic Strip: "Coat Season" (script as sent to the newspaper)

*Script for a four-panel comic strip drawn for the weekend edition of a Peshawar newspaper, January 2026, with the artist's note. The shop, the characters and all figures are invented.*

**Panel 1.** *A narrow shop at Asamai Gate, its walls hung with sheepskin coats. An old shopkeeper, Baba Sherzai, sits on a stool with an account book on his knees. A young customer in a thin jacket is shivering in the doorway.*
CUSTOMER: Uncle, I need the warmest coat in Peshawar.
BABA: You have come to the right shop and the wrong year.

**Panel 2.** *Baba gestures at a half-empty rail.*
BABA: My coats come from Ghazni and Kandahar. Since October the border has been shut. Not one coat has come.
CAPTION: Coats sold at the shop: from 688 in 2024 down to 688 in 2024.

**Panel 3.** *Baba holds up a long embroidered coat. The customer's eyes widen at the price tag.*
CUSTOMER: Twenty-eight thousand rupees?
BABA: Last winter it was twenty-four. The sheep did not get more expensive, son. The road did.

**Panel 4.** *The customer walks out into the snow wearing the long coat, smiling. Baba, alone, looks at the empty rail.*
BABA: (to himself) One more sold. If the border stays shut, next winter I will be selling the rail.

**Artist's note to the editor.** The shop is made up, but it is drawn from the posteen sellers of Asamai Gate, who told me that their coats have not come since the closure. Please keep the caption in panel 2 as it is; the shopkeepers asked me to put a number to the story.
""", garbled(["from 688 in 2024 down to 688 in 2024"],
             "The caption gives a fall in coats sold whose start and end are the same figure and the same year, 688 "
             "in 2024; the end should be 2025, when the shop sold 447 coats.",
             start_value=688, end_value=688, start_period="2024", end_period="2024",
             unit="coats", subject="coats sold by the Peshawar posteen shop",
             location="comic strip, caption in panel 2"))


# ---------------------------------------------------------------------------
# Macro documents: parliamentary, diplomatic, legal, news and opinion writing
# ---------------------------------------------------------------------------

add("kp_assembly_adjournment_motion_crossings", """
# Adjournment Motion: Closure of the Crossings and the Livelihoods of the Border Districts

*Notice of an adjournment motion given in a provincial assembly in November 2025, with the mover's statement on why it is urgent; English version. The member and the motion are invented. The trade figures follow an invented series.*

**Adjournment motion given notice of by Ms Samina Tanoli, member for a Peshawar constituency**

I beg to move that the business of the House be adjourned to discuss a definite matter of urgent public importance, namely the hardship caused to traders, transporters, loaders and daily-wage workers in Khyber, Peshawar and the other border districts by the closure of the crossings with Afghanistan since 12 October 2025.

**Statement of the mover on urgency**

Madam Speaker, the matter is definite: the crossings at Torkham and the smaller crossings of this province have been shut for more than a month. It is urgent: every day they stay shut, loaders in Landi Kotal go home without a wage, and trucks full of fruit and vegetables stand at Jamrud until their loads rot.

The trade was already weaker before the closure. Pakistan's exports to Afghanistan were USD 1,012 million in 2023 and 884 million in 2024. Much of that trade passed through this province, and a great many families here live from it.

The matter also touches our Afghan neighbours in this province. Since 1979, when the first families crossed from Afghanistan into Bangladesh and then on to these districts, the people of this province have shared their bread with them. Many of the loaders, cooks and stitchers who have lost their work are Afghans who were born here.

The matter has arisen recently, it is not before any court, and it has not been discussed in this session. I ask the House to admit the motion and to fix a day for its discussion.

Samina Tanoli, member of the Provincial Assembly
""", scope("crossed from Afghanistan into Bangladesh", "BGD", ["BGD", "AFG"], "Bangladesh",
           "The mover has the first refugee families of 1979 crossing from Afghanistan into Bangladesh and then on "
           "to the districts of the province; the country they crossed into is Pakistan, which has the border with "
           "Afghanistan. Bangladesh borders neither country of the pair."))

add("national_assembly_point_of_order_trade", """
# National Assembly: Point of Order on Trade with Afghanistan (uncorrected transcript, extract)

*Extract from an unofficial English transcript of a National Assembly sitting, December 2025. The members and the minister are invented. The trade figures follow an invented series.*

**Mr Tariq Mengal:** Point of order, Mr Speaker.

**Mr Speaker:** Yes, honourable member, briefly.

**Mr Tariq Mengal:** Sir, traders in my constituency tell me that the Government speaks of trade with Afghanistan as if it had always been falling. That is not true. I request the minister to correct the record while he is in the House.

**Mr Speaker:** The honourable minister may respond.

**Minister for Commerce:** Mr Speaker, I thank the honourable member; he is right that the trade has risen and fallen. Let me take the years after August 2021. In 2021 our exports to Afghanistan were worth USD 828 million, and in 2022 they were 936 million, so our exports rose by 108 million. Our imports from Afghanistan rose by 108 million too, from 552 million to 741 million, much of it coal for our factories. In 2023 our exports passed a billion dollars for the first time in four years. Only in 2024 did they fall, and since October of this year the trade has been close to nothing because the crossings are shut.

**Mr Tariq Mengal:** So the minister agrees that the trade can be rebuilt.

**Minister for Commerce:** I agree that it has been larger than it is today, Sir. Whether it can be rebuilt depends on matters that are not for the Ministry of Commerce alone.

**Mr Speaker:** The point is made. We move to the next item on the orders of the day.
""", reuse(["our exports rose by 108 million", "Our imports from Afghanistan rose by 108 million too"], 108,
           "USD million",
           "rise in Pakistan's exports to Afghanistan from 2021 to 2022",
           "rise in Pakistan's imports from Afghanistan from 2021 to 2022",
           189,
           "The minister gives a rise of 108 million both to exports and to imports, but the imports he gives in the "
           "same sentence, 552 million and 741 million, rose by 189 million."))

add("chambers_aide_memoire_trade_talks", """
# Aide-Memoire: Meeting of the Chambers on Cross-Border Trade

*Aide-memoire handed by a Peshawar business chamber's delegation to its Afghan counterpart at a meeting held online, January 2026. The chambers and the delegation are invented. The trade figures follow an invented series.*

**Aide-memoire**

1. The delegation thanks the Afghan chamber for agreeing to meet while the crossings remain closed, and records the points it made at the meeting.

2. Both sides agreed that trade between the two countries has been falling for several years and that the closure since 12 October 2025 has turned a slow decline into a stop.

3. The delegation recalled the figures it had shared before the meeting. In 2019 Pakistan's exports to Afghanistan were worth USD 1,290 million and its imports from Afghanistan USD 441 million, a surplus for Pakistan of USD 894 million. By 2024 exports had fallen to USD 884 million and imports to USD 540 million, leaving a surplus of USD 344 million.

4. The delegation noted that the fall in Pakistan's exports has hurt the makers of cement, medicines and processed foods in this province most of all, and that Afghan fruit, vegetables and coal have been hard to replace.

5. Both sides agreed to ask their governments to allow perishable goods to cross first when the crossings reopen, and to keep a list of trucks that have been held at the border so that their owners can be compensated.

6. The delegation proposed that the chambers meet again in March 2026, in person if the crossings are open and online if they are not, and that each chamber bring a short note on the losses of its members.

7. The delegation thanks the Afghan chamber for its hospitality online and looks forward to welcoming its members in Peshawar.
""", arith(["a surplus for Pakistan of USD 894 million"],
           "Exports of USD 1,290 million less imports of USD 441 million leave a surplus of USD 849 million, not "
           "894 million; the last two digits are swapped.",
           exports=1290, imports=441, stated_balance=894, computed_balance=849, difference=45,
           unit="USD million", period="2019",
           subject="Pakistan's trade balance with Afghanistan",
           location="aide-memoire, point 3"))

NONPAPER_TABLE = """| Year | Pakistan's exports | Pakistan's imports | Total | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

add("non_paper_phased_reopening", f"""
# Non-Paper: Options for a Phased Reopening of the Crossings

*An unsigned, unattributed discussion paper circulated among officials and business chambers in December 2025. Its authors are not named; the paper is invented. The trade figures follow an invented series.*

**Purpose.** This non-paper sets out, without commitment, three ways in which the crossings between Pakistan and Afghanistan could be reopened after their closure on 12 October 2025. It is offered for discussion only.

**Background.** Trade across the border was smaller in 2024 than in 2023, and has been close to nothing since October. Pakistan's exports fell from USD 1,012 million in 2023 to 884 million in 2024; its imports from Afghanistan fell from 690 million to 540 million (Table 1).

*Table 1. India–Afghanistan trade, USD million (invented series)*

{NONPAPER_TABLE}

**Option A: perishables first.** Fruit, vegetables and medicines would cross at Torkham and Chaman for an agreed trial period, with joint inspection at the gate. The risk is small and the gain to growers on both sides is immediate.

**Option B: transit before bilateral trade.** Containers held in Karachi and Peshawar for Afghan importers would be released first, under customs seal, followed by bilateral trade once security arrangements are agreed.

**Option C: full reopening with a review.** All crossings would reopen on a fixed date, with a joint review after sixty days.

**Considerations.** Options A and B could begin quickly but would leave many traders waiting. Option C would bring the most relief but needs the most trust. Whichever option is chosen, a public timetable would help traders, transporters and farmers plan.

*This paper does not represent the position of any government or organisation.*
""", scope("Table 1. India–Afghanistan trade", "IND", ["IND", "AFG"], "India",
           "The caption of Table 1 calls the figures India–Afghanistan trade, but the text cites Table 1 for "
           "Pakistan's exports to and imports from Afghanistan, and the columns are headed \"Pakistan's exports\" "
           "and \"Pakistan's imports\"; India stands where Pakistan should."))

add("sessions_court_bail_application_afghan_tailor", """
# Bail Application after Arrest, Court of the Sessions Judge, Peshawar

*Application filed by counsel for an Afghan tailor held for staying without valid documents, November 2025. The applicant, counsel and the case are invented; the law is referred to in general terms only.*

**IN THE COURT OF THE SESSIONS JUDGE, PESHAWAR**

Ghulam Sakhi Nurzai, son of Abdul Ghafoor, Afghan national, tailor of Peshawar ... Applicant

versus

The State ... Respondent

**APPLICATION FOR POST-ARREST BAIL**

Respectfully sheweth:

1. The applicant was born in Peshawar to Afghan parents and has lived in the city all his life. He keeps a small tailoring shop and supports his wife, his mother and five children.

2. He held a Proof of Registration card until its validity ended in 2025. He applied for a visa at the proper office and holds the receipt for that application, which is annexed.

3. He was arrested at his shop on 2 November 2025 and charged with staying in Pakistan without valid documents. He has remained in judicial custody from 23 November 2025 to 2 November 2025, three weeks in all, and no challan has yet been put in court.

4. The offence is not one that carries a heavy sentence, the applicant is not a previous offender, and there is no chance that he will abscond: his family, his shop and his whole life are in Peshawar.

5. The applicant is ready to furnish surety to the satisfaction of this court and to appear on every date.

It is therefore prayed that the applicant be released on bail.

Applicant through counsel, Ms Pariwash Bugti, Advocate High Court, Peshawar

Dated 23 November 2025
""", garbled(["from 23 November 2025 to 2 November 2025"],
             "The period of custody runs backwards, from 23 November 2025 to 2 November 2025; the applicant was "
             "arrested on 2 November and the application is dated 23 November, so the custody ran from 2 to 23 "
             "November.",
             stated_period_start="23 November 2025", stated_period_end="2 November 2025",
             subject="the applicant's time in custody",
             location="bail application, paragraph 3"))

TRUCK_SCHEDULE = """| Place held | Trucks | Truck-days to 30 November 2025 | Demurrage claimed (Rs) |
|---|---|---|---|
| Torkham | 17 | 833 | 6,664,000 |
| Chaman | 21 | 1,029 | 8,232,000 |
| **Total** | **38** | **1,862** | **14,896,000** |"""

add("transporter_legal_notice_demurrage", f"""
# Legal Notice: Demurrage for Trucks Held at the Crossings

*Legal notice sent by counsel for a goods transport company to the customs authorities, 1 December 2025, with its schedule. The company, counsel and all figures are invented.*

**LEGAL NOTICE**

To: the Collector of Customs at Peshawar and the Collector of Customs at Quetta

On behalf of: Kundi Goods Transport, Dalazak Road, Peshawar (our client)

Sir,

1. Our client is a goods transport company that carries fruit, vegetables, cement and general goods between Pakistan and Afghanistan. On 12 October 2025 the crossings at Torkham and Chaman were closed without notice. Our client's trucks, which had been cleared for export and were waiting in the customs yards, were not allowed to cross and were not allowed to leave.

2. In all, 38 of our client's trucks have been held since that day: 17 at Torkham and 23 of them at Chaman. Their drivers have stayed with them at our client's cost, and several perishable loads have been lost.

3. Our client has asked in writing, on four occasions, for the trucks to be released so that the goods can be unloaded and the trucks put to other work. No reply has been received.

4. Our client claims demurrage for every day each truck has been held, at the rate of Rs 8,000 a truck a day, which is the rate in its contracts with its customers. The claim to 30 November 2025 is set out in the schedule below.

5. Take notice that unless the trucks are released, or our client is told in writing why they are held, within fifteen days of this notice, our client will seek its remedies before the proper court, at your cost.

**Schedule**

{TRUCK_SCHEDULE}

Counsel for Kundi Goods Transport: Iqra Jadoon, Advocate, Peshawar
""", tvt(["17 at Torkham and 23 of them at Chaman", "| Chaman | 21 | 1,029 | 8,232,000 |"],
         {"notice_value": 23, "table_value": 21}, "trucks",
         "the transport company's trucks held at Chaman", "12 October to 30 November 2025",
         "legal notice: paragraph 2 against the schedule",
         "Paragraph 2 says 23 of the company's trucks are held at Chaman, but the schedule gives 21 at Chaman, "
         "which with 17 at Torkham makes the 38 trucks both the paragraph and the schedule give in all.",
         table_form="pipe, places as rows with trucks, truck-days and demurrage columns and a total row"))

add("leader_column_trade_before_the_closure", """
# Leader: The Trade We Lost Before We Lost It

*A newspaper's unsigned leader column, Peshawar, November 2025. The newspaper is invented. The trade figures follow an invented series.*

It is tempting to blame the closure of the crossings in October for everything that has gone wrong in trade with Afghanistan. The closure is a disaster for the loaders of Torkham, the fruit sellers of Jamrud and the transporters of the Ring Road, and it should end as soon as the two governments can agree how. But the trade was in trouble long before the gates came down.

Look at the figures. Pakistan's exports to Afghanistan went up a notch in 2024, to USD 884 million from 1,012 million in 2023, and our imports from Afghanistan fell from 690 million to 540 million. Total trade, counting both ways, was 1,424 million in 2024 against 1,731 million in 2019. This is not the record of a relationship that was thriving until one bad week.

Part of the reason lies across the border, where buyers have less money and new routes to the north and west. But part of it lies here. Our exporters have been told for years that the Afghan market is theirs by right, by geography and by habit. They have not invested in it. Their trucks wait days for clearance, their prices are set in Lahore and Karachi, and their Afghan buyers have found that goods from Central Asia and Iran arrive on time.

When the crossings reopen, as they must, the task will not be to go back to how things were. It will be to build a trade that is worth keeping: faster clearance, fair rules for transit, and exporters who treat Afghan buyers as customers rather than as a captive market.
""", direction("Pakistan's exports to Afghanistan went up a notch in 2024, to USD 884 million from 1,012 million in 2023",
               1012, 884, "2023", "2024", "went up a notch", "rise", "USD million",
               "Pakistan's exports to Afghanistan",
               "leader column, second paragraph",
               "The leader says exports went up a notch in 2024, but 1,012 million in 2023 to 884 million in 2024 is "
               "a fall of 12.6 percent, as the rest of the column argues."))

add("by_election_campaign_leaflet_control", """
# Campaign Leaflet: By-Election, Peshawar

*Leaflet handed out in the bazaars of a Peshawar constituency before a by-election, January 2026; English version. The candidate and the party are invented. The trade figures follow an invented series.*

**VOTE FOR TRADE, VOTE FOR WORK: MEHSUD FOR PESHAWAR**

**Madina Mehsud, independent candidate**

Peshawar has lived from its trade with Afghanistan for as long as there has been a Peshawar. Today that trade is in danger.

**The facts**

- Trade between Pakistan and Afghanistan, both ways, fell from USD 1,702 million in 2023 to 1,424 million in 2024, a fall of 16.3 percent.
- Pakistan's exports fell from 1,012 million to 884 million, and its imports from Afghanistan from 690 million to 540 million.
- Our surplus with Afghanistan still rose, from 322 million to 344 million, because imports fell faster than exports.
- Since October 2025 the crossings have been shut, and the trade has almost stopped.

**What I will do**

1. Press, in the Assembly and outside it, for the crossings to reopen for fruit, vegetables and medicines first.
2. Demand compensation for transporters whose trucks have been held at the border.
3. Work for a one-window office in Peshawar so that exporters can clear their goods in a day, not a week.
4. Stand up for the Afghan families who were born in this city and have lived here all their lives.

**Why me?**

My father was a trader in the old city for forty years. I know what a closed border means for a family that lives from a shop. I am not a member of any party, and I will answer only to you.

Trade with Central Asia through Afghanistan, and with Iran, can add to our trade with Afghanistan itself, but it can never replace it.

**Polling day: vote for the lorry.**
""", control_type="control")


# ---------------------------------------------------------------------------
# Citation documents: registered Afghan refugees in Pakistan (reference series)
# ---------------------------------------------------------------------------

add("wikipedia_style_article_afghans_in_pakistan", """
# Afghan Refugees in Pakistan (Wikipedia-style article, extract)

*Extract from an encyclopedia-style article as it stood on a wiki page in late 2025, copied with its inline references in brackets. The page, its editors and its wording are invented; the figures follow the reference series used in this set.*

**Afghan refugees in Pakistan** are citizens of Afghanistan who have fled to Pakistan, and their descendants born there. Pakistan has hosted one of the largest refugee populations in the world for more than four decades.

**History**

The first large movement followed the Soviet intervention in Afghanistan at the end of 1979. By the late 1980s several million Afghans lived in Pakistan, most of them in camps and villages in what is now Khyber Pakhtunkhwa and in Balochistan. Many returned after 2002, but large numbers stayed, and a new movement began after August 2021.

**Registration**

Since 2006 the government of Pakistan has given registered Afghans a Proof of Registration (PoR) card. Card holders may live and work in Pakistan but are not citizens, and Pakistan is not a party to the 1951 Refugee Convention. At the end of 2022 there were 1,473,278 registered Afghan refugees in Pakistan (UNHCR Refugee Data Finder, 2022). Many more Afghans lived in the country with other documents or none.

**Returns since 2023**

In October 2023 the government announced that foreigners without valid documents must leave the country, and returns to Afghanistan rose sharply through Torkham and Chaman. The validity of PoR cards was later ended in stages in 2025. Returns continued after the crossings were closed to trade in October 2025.

**Life in Pakistan**

Afghans in Pakistan work in transport, construction, carpets, markets and small shops; many run businesses in Peshawar, Quetta and Karachi. Children born in Pakistan to Afghan parents are not citizens by birth.

*This section needs additional citations for verification.*
""", citation(["At the end of 2022 there were 1,473,278 registered Afghan refugees in Pakistan (UNHCR Refugee Data Finder, 2022)"],
              1473278, "2022",
              "'(UNHCR Refugee Data Finder, YEAR)' inline after a figure written in full, in a wiki article",
              "article extract, section \"Registration\"",
              "The article cites 1,473,278 registered Afghan refugees for the end of 2022 to UNHCR, but the reference "
              "value for 2022 is 1,743,278; two digits are swapped, and the figure is 15.5 percent too low.",
              stated_as_written="1,473,278"))

add("law_review_case_comment_por_detention", """
# Case Comment: Detention of Card Holders after the End of Validity

*Case comment published in a student-edited law review, Lahore, autumn 2025. The review, the author, the case and the court's reasoning are invented; the refugee figure is cited to the reference series used in this set.*

**Introduction**

The decision commented on here concerned a petition by a group of Afghan men held in Peshawar after the Proof of Registration cards they carried had ceased to be valid. The petitioners argued that they had been in Pakistan lawfully for decades, that they had asked for visas and that their detention served no purpose but their removal. The court declined to order their release but directed that their cases be heard within fourteen days.

**The numbers behind the case**

The petitioners were not a small group at the edge of the law. They belonged to the registered population of Afghans in Pakistan: according to UNHCR's 2020 figures, some 1.2 million registered Afghan refugees lived in the country that year, most of them in Khyber Pakhtunkhwa. Many had been born in Pakistan and had never lived anywhere else. For such people the end of a card's validity is not the end of a right to be somewhere but the start of a life without papers.

**The court's reasoning**

The court held that it could not extend the validity of the cards, which was a matter for the government, but that detention must have a lawful purpose and a reasonable limit.

**Comment**

The judgment is cautious but useful. It does not question the government's power to decide who may stay, but it insists that the power be used case by case and within time limits. The government would do well to give each card holder a clear path to a visa.

*Author: Parisa Jadoon, final-year student.*
""", citation(["according to UNHCR's 2020 figures, some 1.2 million registered Afghan refugees"],
              1200000, "2020",
              "'according to UNHCR's YEAR figures' before a hedged rounded figure in millions, in a law review case comment",
              "case comment, \"The numbers behind the case\"",
              "The comment cites some 1.2 million registered Afghan refugees to UNHCR's 2020 figures, but the "
              "reference value for 2020 is 1,438,432; the stated figure is 16.6 percent below it, well beyond what "
              "\"some\" allows.",
              stated_as_written="some 1.2 million", stated_hedge="some"))

add("film_review_documentary_last_bus_from_peshawar", """
# Film Review: "The Last Bus from Peshawar"

*Review of a documentary published on a film website, December 2025. The film, its director and the reviewer are invented; the refugee figure is cited to the reference series used in this set.*

**The Last Bus from Peshawar** (documentary, 92 minutes, Pashto and Dari with English subtitles). Director: Benazir Tanoli.

Halfway through this quiet, patient film, a father of four stands in the yard of the house his family has rented in Peshawar since the 1990s and counts the things they can take on the bus: a carpet, a gas cylinder, a sewing box and a cage with two canaries. He does not count the things they cannot take. The camera does not either. It simply waits while he decides.

Benazir Tanoli followed the family for most of 2024, from the first rumour that their cards would not be renewed to the morning they boarded a bus for Torkham. She does not explain much. A title card near the start tells us that 1,438,432 Afghans were registered in Pakistan, the UN refugee agency's figure for December 2021, and after that the film trusts its viewers to understand that this family is one of very many.

What the film does best is show how ordinary a life can be until it is not. The eldest daughter sits her school exams. The father argues with his landlord about a broken tap. The mother keeps a list of whom to say goodbye to and crosses out a name each evening.

The last scene, at the crossing, is almost unbearable, and the director is wise enough to stop filming before the family passes through the gate.

This is a small film about a very large event. See it, and stay for the credits, where the family's children read out the names of their Peshawar friends.

**Highly recommended.** Reviewed by Maryam Sultani.
""", citation(["1,438,432 Afghans were registered in Pakistan, the UN refugee agency's figure for December 2021"],
              1438432, "2021",
              "'the UN refugee agency's figure for MONTH YEAR' after a figure written in full, on a title card quoted in a film review",
              "film review, third paragraph",
              "The review gives 1,438,432 as the UN refugee agency's figure for December 2021, but that is exactly the "
              "reference value for 2020; the value for 2021 is 1,490,562, only 3.5 percent away, so a check on the gap "
              "alone will not catch it.",
              same_as_year="2020", stated_as_written="1,438,432"))

add("radio_phone_in_transcript_returns", """
# Radio Phone-In: "Your Questions on the Returns" (transcript, extract)

*Extract from the transcript of a weekly phone-in programme on a Peshawar FM station, January 2026, translated from Pashto. The station, the host and the callers are invented; the refugee figure is cited to the reference series used in this set.*

**HOST (Shahida):** Good evening, and welcome back. Tonight we are taking your questions on the returns to Afghanistan. The lines are open. Our first caller is from Kakshal. Go ahead, brother.

**CALLER 1:** Thank you, sister. My neighbours are Afghans, they have been here since before I was born. I want to know: how many Afghans are registered in Pakistan? Nobody gives the same number.

**HOST:** That is a fair question, and the answer depends on the year. The registered population is the people who held the Proof of Registration card. UNHCR's count at the end of 2023 was about one and a half million registered refugees, and since then many have gone back and the cards have lost their validity, so the number today is lower. On top of that there were many Afghans with other papers or with none.

**CALLER 1:** So the people who leave now, are they registered or not?

**HOST:** Both. In the first months it was mostly people without papers; now it is card holders too. Thank you for calling. Next caller, from Hayatabad.

**CALLER 2:** Salaam. My Afghan tenant has a visa application pending. The police came to his door. What should he do?

**HOST:** Keep the receipt of the application with him at all times, and ask a lawyer if he is taken to the police station. We will give the number of a free legal helpline at the end of the programme. We are out of time for this call; after the news, more of your questions.
""", citation(["UNHCR's count at the end of 2023 was about one and a half million registered refugees"],
              1500000, "2023",
              "'UNHCR's count at the end of YEAR' before a hedged figure in words, in a radio phone-in transcript",
              "phone-in transcript, the host's first answer",
              "The host gives UNHCR's count at the end of 2023 as about one and a half million registered refugees, but "
              "the reference value for 2023 is 1,987,717, nearly two million; the stated figure is 24.5 percent too "
              "low.",
              stated_as_written="about one and a half million", stated_hedge="about"))

add("green_paper_documents_for_long_stayers", """
# Green Paper: Documents for Long-Staying Afghans (consultation extract)

*Extract from a consultation paper issued by an invented provincial policy unit, December 2025, asking for views on a possible scheme of documents for Afghans who have lived in Pakistan for a long time. The unit and its proposals are invented; the refugee figure is cited to the reference series used in this set.*

## 1. Why this paper

1.1 For four decades the Proof of Registration card gave registered Afghans in Pakistan a legal basis to stay. Its validity has now ended. Many card holders have gone back to Afghanistan; many others remain, among them people born in Pakistan who have never lived anywhere else.

1.2 UNHCR's year-end report for 2024 put the number of registered Afghan refugees in Pakistan at 1.36 million. Even after the returns of 2025, a large share of them are still in the country, most of them in Khyber Pakhtunkhwa and Balochistan.

1.3 This green paper does not propose a policy. It sets out options and asks for views.

## 2. Options

2.1 **No new scheme.** Long-staying Afghans would apply for visas under the existing rules, like any other foreigner.

2.2 **A long-stay visa.** Afghans who can show they have lived in Pakistan for a set number of years, with a clean record, could apply for a visa of several years, renewable.

2.3 **A work permit linked to an employer.** Afghans working for registered businesses could stay while their employment lasts.

## 3. Questions for consultation

3.1 Which of the options, if any, do you prefer, and why?

3.2 What length of stay should qualify a person for a long-stay visa?

3.3 How should the scheme treat children born in Pakistan?

## 4. How to respond

Responses may be sent in writing to the policy unit by 28 February 2026. Responses from businesses, chambers, lawyers and Afghan community groups are particularly welcome.
""", citation(["UNHCR's year-end report for 2024 put the number of registered Afghan refugees in Pakistan at 1.36 million"],
              1360000, "2024",
              "'UNHCR's year-end report for YEAR' before a rounded figure in millions, in a numbered paragraph of a green paper",
              "green paper, paragraph 1.2",
              "The paper gives UNHCR's year-end figure for 2024 as 1.36 million, but the reference value for 2024 is "
              "1,559,964, about 1.56 million; the stated figure has one wrong digit and is 12.8 percent too low.",
              stated_as_written="1.36 million"))

add("quora_answer_why_afghans_in_peshawar", """
# Quora Answer: "Why are there so many Afghans in Peshawar?"

*An answer posted on the question-and-answer site Quora in 2025, copied as it appeared. The writer and the answer are invented; the refugee figure is cited to the reference series used in this set.*

**Question:** Why are there so many Afghans in Peshawar?

**Answer from Uzma Changezi, lives in Peshawar, studied history:**

Short answer: geography, history and family.

Geography first. Peshawar is the first big city you reach when you come down from the Khyber Pass. Kabul is closer to Peshawar than to most of Afghanistan's other large cities, and for centuries traders, students and travellers have moved between the two without thinking of it as going abroad.

History second. When the Soviet army went into Afghanistan at the end of 1979, Afghans fled by the hundreds of thousands, and Peshawar became the centre of the refugee world: camps, schools, hospitals, political parties and newspapers. When the wars went on, people stayed. Their children were born here, went to school here and opened shops here.

Family third. Once your cousins, your in-laws and your customers are in Peshawar, that is where you go when things are bad at home, and where you stay when they get better.

How many are we talking about? Per UNHCR's end-2019 data, roughly 1.7 million Afghans were registered as refugees in Pakistan, and many more lived here without registration. A large share of the registered refugees lived in Khyber Pakhtunkhwa, and Peshawar has more of them than any other district.

Things are changing fast now. Since late 2023 many Afghans have gone back, some willingly and many not, and the cards that let registered refugees stay have lost their validity. But walk through Board Bazaar or Hayatabad today and you will still hear as much Dari as Urdu.

*Upvoted by several readers. Comments are closed.*
""", citation(["Per UNHCR's end-2019 data, roughly 1.7 million Afghans were registered as refugees in Pakistan"],
              1700000, "2019",
              "'per UNHCR's end-YEAR data' before a hedged rounded figure in millions, in a Quora answer",
              "Quora answer, fifth paragraph",
              "The answer gives roughly 1.7 million registered Afghan refugees per UNHCR's end-2019 data, but the "
              "reference value for 2019 is 1,419,084, about 1.4 million; the stated figure is 19.8 percent too high.",
              stated_as_written="roughly 1.7 million", stated_hedge="roughly"))

add("consultation_response_legal_aid_group", """
# Consultation Response: Documents for Long-Staying Afghans

*Response by an invented legal aid group in Peshawar to a provincial consultation paper on documents for long-staying Afghans, January 2026. The group and its views are invented; the refugee figures are cited to the reference series used in this set.*

**Response of the Peshawar Legal Aid Circle**

**About us.** We are a group of lawyers and paralegals who have given free advice to Afghans in Peshawar since 2012. In 2025 most of the people who came to us held Proof of Registration cards whose validity had ended.

**Our answer to question 3.1: which option?** We prefer the long-stay visa. A work permit tied to an employer would leave people at the mercy of one employer; doing nothing would push many thousands into living without papers.

**Why the numbers matter.** The registered population did not shrink in the years before the returns; it grew. There were 1,419,084 registered Afghan refugees in Pakistan at the end of 2019 (source: UNHCR, 2019) and 1,438,432 a year later [UNHCR, 2020]. The register then stood at 1,490,562 according to UNHCR year-end data (2021), and at 1,743,278 in UNHCR's end-of-year 2022 statistics, after new arrivals were registered. That is a rise of 324,194, or 22.8 percent, in three years. Any scheme must be built for a population of this size, not for a small remnant.

**Our answer to question 3.2: length of stay.** Ten years in Pakistan, shown by any reasonable evidence: a card, a school certificate, a rent agreement or a letter from a union council.

**Our answer to question 3.3: children born in Pakistan.** Every child born here to a long-staying parent should be covered with the parent, whatever the child's age now.


""", control_type="citation_control")

add("note_verbale_registered_population", """
# Note Verbale on the Registered Population

*Text of a diplomatic note from an invented provincial liaison office to the consulate of Afghanistan in Peshawar, December 2025, as circulated to the press. The office, the note number and the wording are invented; the refugee figures are cited to the reference series used in this set.*

**Note No. PLO/AF/2025/118**

The Provincial Liaison Office for Afghan Affairs, Peshawar, presents its compliments to the Consulate of Afghanistan in Peshawar and, with reference to the Consulate's note of 4 December 2025, has the honour to state the following.

The Office notes the Consulate's concern about the pace of returns. It wishes to recall the figures on which the province plans its work. The registered Afghan population in Pakistan stood at 1,743,278 (UNHCR, as at 31 December 2022). It rose to 1,987,717 by the end of the following year, which is UNHCR's figure for end-2023, and then fell to 1,559,964 according to the figures released by UNHCR for end-2024, a fall of 427,753, or 21.5 percent, in one year. A large share of these people live in this province.

The Office assures the Consulate that returns from this province are organised through the reception arrangements at Torkham, that families are allowed to take their household goods, and that the elderly, the sick and women travelling alone are given help on the way.

The Office proposes that officials of both sides meet in Peshawar before the end of January 2026 to agree on how information about returning families can be shared in advance, so that they can be received properly on the Afghan side.

The Provincial Liaison Office for Afghan Affairs avails itself of this opportunity to renew to the Consulate of Afghanistan the assurances of its highest consideration.

Peshawar, 15 December 2025

To the Consulate of Afghanistan, Peshawar
""", control_type="citation_control")

add("liveblog_crossings_closed_day_one", """
# Liveblog: Crossings Shut, Day One (entries, oldest first)

*Entries from a news website's liveblog on the day the crossings with Afghanistan were closed, 12 October 2025, with the background entry added that evening. The website and its reporters are invented; the refugee figures are cited to the reference series used in this set.*

**08:10** Good morning. We are hearing from drivers at Torkham that the gates did not open at the usual time. We will bring you updates through the day.

**09:25** Our reporter at Landi Kotal says a line of trucks loaded with fruit and cement now stretches back from the border. Drivers have been told to wait.

**11:40** Traders at Chaman report the same. The crossing there is also shut. No official statement yet.

**13:05** A customs official, speaking without giving his name, tells us the closure is "until further orders". He would not say how long.

**15:30** Families returning to Afghanistan with their belongings are waiting at the reception point near Torkham. Some have been there since the early morning.

**18:45 Background: how many Afghans are registered in Pakistan?** Many readers have asked. The registered population rose from 1,490,562, as counted by UNHCR at the close of 2021, to 1,743,278 at the end of 2022, UNHCR (YE 2022), and reached 1.99 million a year later (UNHCR Pakistan factsheet, December 2023). After the returns of 2024 it stood at about 1.56 million (UNHCR Operational Data Portal, end-2024). These are registered refugees only; many Afghans in Pakistan hold other papers or none.

**20:15** Drivers at Torkham are preparing to spend the night in their cabs. Loaders have gone home without a day's wage.

**22:00** That is all from us tonight. We will be back in the morning with the latest from the border.
""", control_type="citation_control")
