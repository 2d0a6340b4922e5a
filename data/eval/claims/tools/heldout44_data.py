# Forty-fourth held-out set of synthetic documents ("heldout44").  Written from
# scratch after heldout43/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout44.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a namda (felt rug) workshop in Dhaki Nalbandi,
# Peshawar, that felted Afghan wool; a dambura maker in Chindawol, Kabul, who
# sold instruments in Quetta; an onion seed company on Brewery Road, Quetta,
# that sold seed to growers in Kandahar; a licorice root yard at Samarkhel,
# Jalalabad, that shipped root to an extract plant in Lahore; a zardozi
# embroidery house in Anarkali, Lahore, with Afghan embroiderers; a linseed oil
# press in Aino Mina, Kandahar, that sold oil cake to dairies in Quetta; a tent
# house in Kechi Baig, Quetta, that dressed Afghan families' weddings; and
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
#   Osmani Namda, Dhaki Nalbandi, Peshawar (invented), founded 1979 by Ustad
#     Rustam Osmani, run by Wajid Osmani: namdas made 2023 1,840, 2024 2,060,
#     2025 1,310 (-36.4 percent); Afghan wool bought 2024 9,600 kg, 2025 5,700
#     kg (by quarter 2,100 / 1,900 / 1,500 / 200); Afghan wool Rs 640 a kg,
#     Punjab wool Rs 780; workers 22 at the end of 2024 (14 Afghan), 13 at the
#     end of 2025 (5 Afghan); large namda Rs 14,500, small Rs 6,200; piece rate
#     Rs 450 a small namda, Rs 900 a large one; a felter's pay for November
#     2025: basic Rs 32,000, piece-work Rs 6,500, overtime Rs 3,800 (Rs 42,300).
#   Rasuli Dambura Workshop, Chindawol, Kabul (invented), master Jamshid
#     Rasuli, son Muzammil: instruments made 2023 310, 2024 345, 2025 208; sold
#     to Quetta 140 / 165 / 40, sold in Kabul 170 / 180 / 168; string sets
#     from Lahore 900 in 2024, 520 in 2025; plain dambura Afs 7,500, inlaid Afs
#     12,000 (deposit 40 percent, Afs 4,800; balance Afs 7,200); mulberry wood
#     from Bamyan.
#   Yousufi Seeds, Brewery Road, Quetta (invented), owner Kashif Yousufi,
#     Kandahar agent Gul Agha Habibi: onion seed sold 2023 4,200 kg, 2024
#     4,650, 2025 2,900; to Kandahar growers 2,600 / 2,950 / 1,100, in Pakistan
#     1,600 / 1,700 / 1,800; price Rs 7,500 a kg in 2024, Rs 9,000 in 2025;
#     germination test of four lots of 100 seeds: 86 / 80 / 88 / 82 (336).
#   Sharifi Licorice Yard, Samarkhel, Jalalabad (invented), owner Esmatullah
#     Sharifi, buyer an extract plant in Lahore (Adnan Chaudhry): root shipped
#     2023 620 tonnes, 2024 710, 2025 260 (by month 41 / 49 / 57 / 33 / 62 / 18
#     tonnes on 5 / 6 / 7 / 4 / 8 / 2 lorries); collectors 85 in 2024, 40 in
#     2025; USD 480 a tonne; bales of 50 kg.
#   Mughal Zardozi House, Anarkali, Lahore (invented), owner Amna Mughal:
#     pieces 2023 1,150, 2024 1,320, 2025 870; bridal shawls to Kabul buyers
#     380 / 420 / 90; Afghan embroiderers 26 at the end of 2024, 9 at the end
#     of 2025; shawl Rs 45,000; head embroiderer Mastura Azizi, Rs 48,000 a
#     month.
#   Rahmani Kohlu, Aino Mina, Kandahar (invented), owner Bahram Rahmani:
#     linseed pressed 2023 312 tonnes, 2024 348, 2025 266; oil cake to Quetta
#     dairies 214 tonnes in 2024, 58 in 2025; yield of seed 31 percent oil, 64
#     percent cake, 5 percent waste (one lab report prints 8); rent Afs 26,000 a month, deposit three
#     months (Afs 78,000).
#   Haider Tent House, Kechi Baig, Quetta (invented), owner Moiz Haider:
#     bookings 2023 410, 2024 455, 2025 300; for Afghan families 190 in 2024,
#     70 in 2025; workers 18 at the end of 2024 (11 Afghan), 10 at the end of
#     2025 (3 Afghan); chairs 1,200, shamianas 35.
#   Sherpao Freight Carriers (invented): two trucks of 250 bags each (500).

HELDOUT44 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT44)


# ---------------------------------------------------------------------------
# Osmani Namda (invented): a felt rug workshop in Dhaki Nalbandi, Peshawar
# ---------------------------------------------------------------------------

add("namda_workshop_mission_statement_control", """
# Osmani Namda: Our Mission

*Mission statement printed on the back of a felt rug workshop's price card, Peshawar, January 2026. The workshop, its people and all figures are invented.*

**Osmani Namda, Dhaki Nalbandi, Peshawar. Felt by hand since 1979.**

**Who we are.** Ustad Rustam Osmani began pressing namdas in a single room off the lane. His grandson Wajid runs the workshop today, and the felting is still done on the floor, by rolling wet wool under reed mats and the weight of the felters' arms.

**What we believe.** A namda should outlast the family that buys it. We use no glue and no backing cloth, and we dye with colours that do not run.

**Where our wool comes from.** For most of our history the best wool came from Afghan traders in Kunduz, carried to Peshawar through Torkham. Since the crossings closed in October we have bought wool from Punjab as well, at Rs 780 a kilo against the Rs 640 we paid for Afghan wool, and it felts less tightly.

**Where we stand.** We made 2,060 namdas in 2024 and 1,310 in 2025, a fall of 36.4 percent. At the end of 2024 we had 22 felters and dyers, fourteen of them Afghans; now we have thirteen, and five are Afghans. Those who went home to Kunduz and Baghlan took decades of skill with them.

**What we promise.** Every rug is checked twice before it leaves the lane. A large namda costs Rs 14,500 and a small one Rs 6,200, and we will keep those prices through the winter.

**What we ask.** Tell us when a rug fails you. We would rather mend it than lose you.
""", control_type="control")

add("namda_workshop_wool_bin_card", """
# Osmani Namda: Wool Bin Card, 2025

*Bin card for Afghan wool kept in the store of a felt rug workshop in Peshawar, with the storekeeper's note, copied for the owner in January 2026. The workshop, its staff and all figures are invented.*

**Item:** raw wool, Afghan, washed, in 50 kg sacks
**Store:** back room, Dhaki Nalbandi
**Kept by:** Aqsa Gondal, storekeeper

| Quarter of 2025 | Received (kg) |
|---|---|
| January–March | 2,100 |
| April–June | 1,900 |
| July–September | 1,500 |
| October–December | 200 |
| Total | 5,700 |

**Storekeeper's note to Wajid Osmani**

The last Afghan wool came in on the first days of October, just before the crossings closed, which is why the final quarter is so thin. Counting every sack that came through the door, we took in 5,200 kg of Afghan wool in 2025, against 9,600 kg in 2024. The traders in Kunduz say they have wool ready but no road to send it by.

We are now mixing Punjab wool into the small namdas. It costs Rs 780 a kilo against the Rs 640 we paid for Afghan wool, and the felters say it needs longer under the mats. For the large rugs I have kept back what Afghan wool remains, about three sacks, which should last until the end of February if orders stay as they are.

Moths were found in one sack in the summer; it was burned and is not counted above. The store has since been swept and limed, and the sacks now stand on planks off the floor.

Please sign the card when you have checked it.

Received and checked: ______________
""", tvt(["we took in 5,200 kg of Afghan wool in 2025", "| Total | 5,700 |"],
        {"note_value": 5200, "table_value": 5700}, "kilograms of wool",
        "Afghan wool received by the workshop", "2025", "storekeeper's note, second paragraph, against the bin card's total row",
        "The storekeeper's note says 5,200 kg of Afghan wool came in during 2025, but the bin card's quarters add to, and its total row gives, 5,700 kg.",
        table_form="pipe, quarters as rows with one received column and a total row"))

add("namda_workshop_felter_wage_slip", """
# Osmani Namda: Wage Slip, November 2025

*Wage slip of a felter at a felt rug workshop in Peshawar, November 2025. The workshop, the felter and all figures are invented.*

**Osmani Namda, Dhaki Nalbandi, Peshawar**

**Name:** Waleed Kohistani
**Post:** felter, senior grade
**Month:** November 2025
**Days worked:** 25

| Earnings | Rs |
|---|---|
| Basic pay | 32,000 |
| Piece-work | 6,500 |
| Overtime | 3,800 |
| Total earnings | 43,300 |

**Notes from the office**

Piece-work this month is lower than in the summer, because we made fewer large namdas; the rate is unchanged at Rs 450 for each small namda and Rs 900 for each large one. Overtime was paid for the three Saturdays before the wedding orders went out.

The workshop has fewer hands than a year ago. At the end of 2024 there were 22 of us on the floor; now there are thirteen, after most of the Afghan felters went back to Kunduz with their families. Those who remain have taken on more rolling, and the overtime reflects it.

Your advance of October will be recovered in two parts, in December and January, as you asked.

Wages are paid in cash at the counter on the last working day of the month. If a figure on this slip looks wrong, bring the slip to the office within a week and we will check it against the piece-work book.

Issued by: Kiran Baig, accounts
""", parts_total(["| Total earnings | 43,300 |"],
                 {"Basic pay": 32000, "Piece-work": 6500, "Overtime": 3800}, 43300, "rupees",
                 "November 2025", "a felter's earnings for the month", "wage slip table, total row",
                 "Basic pay of Rs 32,000, piece-work of Rs 6,500 and overtime of Rs 3,800 add to Rs 42,300, not the Rs 43,300 the slip gives as total earnings.",
                 table_form="pipe, two columns, earnings as rows with a total row"))

add("namda_workshop_vacancy_notice", """
# Vacancy Notice: Felters Wanted

*Notice posted at the gate of a felt rug workshop in Peshawar, December 2025. The workshop and all figures are invented.*

**Osmani Namda, Dhaki Nalbandi, Peshawar, needs felters.**

Since the crossings closed in October, most of our Afghan felters have gone home to Kunduz and Baghlan, and we have orders we cannot finish. We are looking for men and women who can lay and roll wool, or who are willing to learn.

**What the work is.** Laying dyed wool in patterns on a reed mat, wetting it with hot soapy water, and rolling it under the arms and feet until the fibres lock. A small namda takes a morning. A large namda takes twice the wool and twice the rolling, and is paid at twice the rate.

**What we pay.**

- Rs 450 for each small namda finished and passed by the ustad
- Rs 450 for each large namda finished and passed
- a basic wage of Rs 32,000 a month for those who work the full month
- tea and a midday meal every working day

**Hours.** From half past seven to four, Saturday to Thursday, with Friday off.

**Who may apply.** Anyone over eighteen. Afghan applicants who still hold papers are welcome; the workshop will help with the forms.

**Training.** Beginners work beside an experienced felter for their first weeks and are paid the basic wage while they learn.

Ask for Wajid Osmani at the gate, any morning except Friday. Please bring a copy of your identity card or registration document.
""", reuse(["- Rs 450 for each small namda finished and passed by the ustad", "- Rs 450 for each large namda finished and passed"],
           450, "rupees", "piece rate for a small namda", "piece rate for a large namda, said to be paid at twice the rate", 900,
           "The notice says a large namda is paid at twice the rate of a small one, but gives Rs 450 for both; twice Rs 450 is Rs 900."))

add("namda_workshop_travelogue", """
# In the Lane of the Felt Makers

*From a travelogue of a week in old Peshawar, published in a Lahore weekend magazine, January 2026. The writer, the magazine, the workshop and all figures are invented.*

The lane of Dhaki Nalbandi is too narrow for a rickshaw, so I walked, following the smell of wet wool. Halfway down, a door stood open on a room where four men were rolling a bundle of reed matting across the floor, back and forth, in time.

This is Osmani Namda, where felt rugs have been pressed by hand since 1979. Wajid Osmani, the founder's grandson, unrolled the mat for me when they had finished: inside lay a namda the colour of pomegranate, its pattern of vines already locked into the felt.

He told me the workshop made 2,060 namdas in 2024 and 1,310 in 2025. The difference is the border. "The best wool was Afghan," he said, "from the sheep of Kunduz." By his own book, the wool the workshop buys from Afghan traders ratcheted up from 9,600 kg in 2024 to 5,700 kg last year, and what little came in arrived before the crossings closed in October.

He has turned to wool from Punjab, which costs more and felts less tightly. "You can feel it under the hand," he said, and made me feel it. I could not, but the felters laughed and said I would after a month.

Of the 22 felters and dyers who worked here at the end of 2024, thirteen remain. The empty places along the wall are where the Afghan felters used to sit.

I bought a small namda for Rs 6,200. It lies by my bed now, and smells, faintly, of that lane.
""", direction("the wool the workshop buys from Afghan traders ratcheted up from 9,600 kg in 2024 to 5,700 kg last year",
               9600, 5700, "2024", "2025", "ratcheted up", "rise", "kilograms of Afghan wool",
               "Afghan wool bought by the workshop", "travelogue, fourth paragraph",
               "The travelogue says the Afghan wool the workshop buys ratcheted up, but it went from 9,600 kg to 5,700 kg, a fall.",
               to_period_as_written="last year"))


# ---------------------------------------------------------------------------
# Rasuli Dambura Workshop (invented): an instrument maker in Chindawol, Kabul
# ---------------------------------------------------------------------------

add("dambura_workshop_visitor_book_control", """
# Rasuli Dambura Workshop: From the Visitor Book

*Entries copied from the visitor book of a dambura maker's workshop in Chindawol, Kabul, between October and December 2025, with the master's reply. The workshop, the visitors and all figures are invented.*

**Entry, 14 October 2025.** Came to collect my inlaid dambura, ordered in the spring. Ustad Jamshid tuned it in front of me and played a song from Bamyan. Worth every afghani of the Afs 12,000. — Majid Qaderi, Kabul

**Entry, 2 November 2025.** I teach music to boys in Dasht-e Barchi. We bought four plain damburas at Afs 7,500 each, Afs 30,000 for the set, and the ustad added spare strings for nothing. — Ammar Jafri, teacher

**Entry, 20 November 2025.** Visited with my father, who played in Quetta for thirty years. He says the sound of a Rasuli dambura carries across a wedding hall without a microphone. — Tahmina Hussaini

**Entry, 9 December 2025.** We are researchers writing on instrument makers. Thank you for the tea and for your patience with our questions. — two visitors from a Kabul university

**Reply from the master, written at the back of the book**

Thank you all. This has been a hard year. We made 345 damburas in 2024 and 208 in 2025; in 2024 we sent 165 to our buyers in Quetta, who play them at Hazara weddings there, and in 2025 only 40 went, most before the crossings closed in October. The strings we use come from Lahore, and we had 900 sets from there in 2024 but 520 in 2025.

The mulberry wood still comes from Bamyan, and my son Muzammil is learning to carve the necks. Come back in spring.

— Jamshid Rasuli
""", control_type="control")

add("dambura_workshop_tuning_guide", """
# How to Tune and Care for Your Dambura

*Guide printed on a card and tucked into the case of each instrument sold by a dambura maker in Chindawol, Kabul, 2025 edition. The workshop and all figures are invented.*

**Rasuli Dambura Workshop, Chindawol, Kabul**

Thank you for choosing a Rasuli dambura. Each instrument is carved from a single block of mulberry wood from Bamyan, and the neck and bowl are never glued.

**Tuning.** A dambura has two strings. Tune them a fourth apart, the lower string first, then the upper to match. Turn the pegs slowly: mulberry pegs swell in damp weather and shrink in dry, and a peg forced in winter may crack the head.

**Strings.** Our strings come from a maker in Lahore. Since the crossings between Pakistan and Afghanistan closed in October, new sets have been slow to reach Kabul. We received 520 sets from Lahore in 2025, against 900 in 2024. We received 520 sets from Lahore in 2025, against 900 in 2024. Please look after the strings you have, and wipe them with a dry cloth after playing.

**The bowl.** Keep the instrument out of the sun and away from the stove. If the soundboard cracks, bring it back: we repair our own damburas without charge for five years.

**Carrying.** Always carry the dambura in its case, neck up. Do not lean it against a wall where children play.

**Our prices for 2025.** A plain dambura costs Afs 7,500 and an inlaid one Afs 12,000, with a deposit on orders.

**Where to find us.** Ask for Ustad Jamshid Rasuli in Chindawol, behind the old mosque, any day but Friday. Our buyers in Quetta can also take repairs and send them on when the road opens.

We hope your dambura brings music to your house for many years.
""", repeated("We received 520 sets from Lahore in 2025, against 900 in 2024.", 2,
              "string sets received from Lahore", "tuning guide, paragraph on strings",
              "The sentence on the string sets received from Lahore is printed twice, word for word, one copy straight after the other."))

add("dambura_workshop_eid_card_quetta", """
# Eid Greetings from Chindawol

*Eid card sent by a dambura maker in Kabul to his buyers and players in Quetta, March 2026, with a letter folded inside. The workshop, the buyers and all figures are invented.*

**Eid Mubarak from the Rasuli Dambura Workshop, Chindawol, Kabul**

To our friends at the music shop on Mezan Chowk, and to every player in Quetta who has carried one of our damburas to a wedding,

May this Eid bring you peace and full houses.

**The letter inside**

Dear Talha Sahib and friends,

I write to thank you for twenty years of custom. Your shop has sold our instruments to the Hazara players of Quetta since my father's time, and in 2024 you took 165 of the 345 damburas we made, nearly half of everything that left this workshop.

This year has been different. Since the crossings between Pakistan and Tajikistan closed in October, we have not been able to send a single instrument to Quetta, and in all of 2025 only 40 reached you, every one of them before the closure. In Kabul we sold 168, so the workshop's year came to 208 damburas in all.

I am told that the dambura is played in Tajikistan too, in the Badakhshan mountains, though the tunings differ from ours. A trader there has asked for a price. But my heart is with the players of Quetta, and I will keep your place.

When the road opens, the first crate will be yours. It holds eleven inlaid damburas already finished, wrapped in felt, with strings from Lahore.

With respect and prayers,

Jamshid Rasuli, and my son Muzammil
""", scope("Since the crossings between Pakistan and Tajikistan closed in October", "TJK", ["PAK", "TJK"], "Tajikistan",
           "The card says the crossings between Pakistan and Tajikistan closed, cutting the Kabul workshop off from Quetta; the crossings that closed, on the road from Kabul to Quetta, are those between Pakistan and Afghanistan. Tajikistan does not border Pakistan.",
           not_a_defect="I am told that the dambura is played in Tajikistan too"))

add("dambura_workshop_exhibition_catalogue", """
# Strings of the Hindu Kush: Exhibition Catalogue, Entry 7

*Entry from the catalogue of an exhibition of Afghan instrument makers at a Kabul cultural centre, February 2026. The exhibition, the centre, the workshop and all figures are invented.*

**Entry 7. Rasuli Dambura Workshop, Chindawol, Kabul**

On show: an inlaid dambura of mulberry wood, with a bone nut and a bowl carved from a single block (lent by the workshop; for sale at Afs 12,000).

The Rasuli family has made damburas in Chindawol for three generations. Ustad Jamshid Rasuli learned from his father and now teaches his son Muzammil, who carved the neck of the instrument on show.

The workshop's fortunes have followed the road to Quetta, where Hazara players bought many of its instruments. In 2024 the workshop made 354 damburas, its best year, and its buyers in Quetta took nearly half of them. In 2025 the closure of the crossings in October cut the Quetta trade to a trickle, while sales in Kabul held steady.

| Year | Damburas made | Sold to Quetta | Sold in Kabul |
|---|---|---|---|
| 2023 | 310 | 140 | 170 |
| 2024 | 345 | 165 | 180 |
| 2025 | 208 | 40 | 168 |

*Figures supplied by the workshop.*

The exhibition places the Rasuli dambura beside a rubab from Kabul's old city and a ghichak from Badakhshan, to show how the instruments of one country share woods, tunings and players. Visitors are invited to ask the attendant to play the dambura on show; it is tuned each morning.

Curator's note: the workshop's strings come from a maker in Lahore, and the master told us his stock is running low. The exhibition thanks him for lending a finished instrument at such a time.
""", tvt(["In 2024 the workshop made 354 damburas", "| 2024 | 345 | 165 | 180 |"],
         {"catalogue_value": 354, "table_value": 345}, "damburas", "damburas made by the workshop", "2024",
         "catalogue entry, third paragraph, against the table's 2024 row",
         "The catalogue text says the workshop made 354 damburas in 2024; its table gives 345 (165 to Quetta and 180 in Kabul), two digits swapped.",
         table_form="pipe, years as rows with made, sold-to-Quetta and sold-in-Kabul columns"))

add("dambura_workshop_booking_form", """
# Booking Form: Inlaid Dambura

*Booking form filled in at a dambura maker's workshop in Kabul, January 2026. The workshop, the customer and all figures are invented.*

**Rasuli Dambura Workshop, Chindawol, Kabul**

**Booking number:** RD-117
**Date:** 11 January 2026

**Customer:** Sajid Herawi
**Address:** Deh Bori, Kabul
**Telephone:** on file

**Instrument:** inlaid dambura, mulberry wood, bone inlay on the bowl and along the neck, standard length

**Price and payment**

- Price of the instrument: Afs 12,000
- Deposit on booking, 40 percent of the price: Afs 4,800
- Balance due on delivery: Afs 4,800

**Delivery:** about eight weeks from booking. Inlaid instruments take longer than plain ones because the bone is cut and set by hand, and the master will not hurry the glue of the inlay.

**Strings:** two strings from Lahore are fitted at delivery. Our stock of string sets is low since the crossings closed in October, so spare strings cannot be promised.

**Conditions**

1. The deposit is not returned if the customer cancels after the carving has begun.
2. If the workshop cannot deliver within three months, the deposit is returned in full.
3. The customer may inspect the instrument before paying the balance and may ask for changes to the tuning and the action.
4. The workshop repairs its own instruments without charge for five years from delivery.

Signed for the workshop: Muzammil Rasuli

Signed by the customer: Sajid Herawi
""", reuse(["- Deposit on booking, 40 percent of the price: Afs 4,800", "- Balance due on delivery: Afs 4,800"],
           4800, "afghanis", "deposit of 40 percent of the price", "balance due on delivery", 7200,
           "The form gives Afs 4,800 both for the deposit of 40 percent of the Afs 12,000 price and for the balance due on delivery; the balance should be Afs 7,200."))


# ---------------------------------------------------------------------------
# Yousufi Seeds (invented): an onion seed company on Brewery Road, Quetta
# ---------------------------------------------------------------------------

add("onion_seed_company_agency_agreement_control", """
# Agency Agreement: Onion Seed for Kandahar

*Agency agreement between an onion seed company in Quetta and its agent in Kandahar, renewed in January 2026. The company, the agent and all figures are invented.*

**This agreement** is made at Quetta between Yousufi Seeds, Brewery Road, Quetta (the Company), through its owner Kashif Yousufi, and Gul Agha Habibi of Kandahar (the Agent).

**1. Appointment.** The Company appoints the Agent as its sole agent for onion seed among the growers of Kandahar province, as it has done each season since 2016.

**2. Record of the agency.** The parties record that the Company sold 4,650 kg of onion seed in 2024, of which 2,950 kg went to Kandahar growers through the Agent and 1,700 kg to growers in Pakistan; and that in 2025 it sold 2,900 kg, of which 1,100 kg went through the Agent, before the crossings closed in October, and 1,800 kg in Pakistan.

**3. Price.** Seed is sold to the Agent at Rs 9,000 a kilo, the Company's list price for 2025, against Rs 7,500 in 2024. The rise follows the cost of the mother bulbs and of the drying shed.

**4. Commission.** The Agent earns five percent of the price of every kilo he sells.

**5. Quality.** The Company tests each lot for germination before sale and will replace any lot that fails its stated rate.

**6. The border.** While the crossings between Pakistan and Afghanistan stay closed, neither party is bound to deliver or to take delivery, and this agreement continues.

**7. Term.** This agreement runs until the end of the 2026 sowing season.

Signed: Kashif Yousufi, for the Company
Signed: Gul Agha Habibi, Agent
""", control_type="control")

add("onion_seed_company_germination_lab_report", """
# Germination Test Report: Red Onion Seed, Lot Q-25

*Laboratory report on a germination test of onion seed for a seed company in Quetta, September 2025. The laboratory, the company and all figures are invented.*

**Client:** Yousufi Seeds, Brewery Road, Quetta
**Sample:** red onion seed, harvest of 2025, drawn from the sacks of one lot
**Method:** four replicates of 100 seeds on moist blotting paper at 20 degrees, counted on the twelfth day
**Tested by:** Wasim Zaidi, seed analyst

| Replicate | Seeds germinated |
|---|---|
| A | 86 |
| B | 80 |
| C | 88 |
| D | 82 |
| Total | 346 |

**Remarks**

The seedlings were normal and vigorous, with few abnormal shoots. Replicates B and D were slower than the others, which we put down to the moisture of the paper rather than to the seed. The lot is fit for sale as first-quality onion seed.

**Note for the client**

The company has told us that this lot was meant for growers in Kandahar, whose orders have waited since the crossings closed in October. Seed kept in its sealed tins, in a cool and dry store, should hold its germination for a year; we advise a fresh test before the lot is sold next season, because onion seed loses vigour faster than most vegetable seed.

A second sample, of the white onion seed, will be tested next week.

Signed: Wasim Zaidi, seed analyst
""", parts_total(["| Total | 346 |"], {"A": 86, "B": 80, "C": 88, "D": 82}, 346, "seeds germinated",
                 "September 2025 test", "seeds germinated in a test of four replicates of 100 seeds",
                 "germination table, total row",
                 "The four replicates (86, 80, 88 and 82 seeds) add to 336, not the 346 the report gives as the total.",
                 table_form="pipe, replicates as rows with one germinated column and a total row"))

add("onion_seed_company_radio_call_in", """
# Farm Hour: A Grower Calls In

*Transcript of a call to a Quetta farm radio programme's call-in hour, November 2025. The programme, the callers and all figures are invented.*

**Host (Shakoor):** Our next caller is on the line from Pishin. You are on the Farm Hour.

**Caller:** Thank you. I grow onions on the edge of town, and every year I buy my seed from Yousufi Seeds on Brewery Road. I want to ask about the price of seed.

**Host:** Go ahead.

**Caller:** I have the seed company's owner here with me in the shop, so he can answer for himself.

**Kashif Yousufi:** Yes, the price of a kilo of our onion seed sputtered from Rs 7,500 last year to Rs 9,000 this year, and growers should know why. The mother bulbs cost more, the drying shed needs diesel, and since the crossings closed in October our buyers in Kandahar cannot take their seed, so the costs fall on fewer kilos.

**Host:** How much did you sell across the border before the closure?

**Kashif Yousufi:** In 2024 our agent sold 2,950 kg to growers in Kandahar. In 2025 it was 1,100 kg, all before October.

**Caller:** So will the price come down next year?

**Kashif Yousufi:** Only if the road opens. I would rather sell more seed at a lower price than less seed at a high one.

**Host:** Thank you both. Listeners, if you have a question about seed, call us after the news.
""", direction("the price of a kilo of our onion seed sputtered from Rs 7,500 last year to Rs 9,000 this year",
               7500, 9000, "2024", "2025", "sputtered", "fall", "rupees a kilo of onion seed",
               "the company's price for a kilo of onion seed", "radio call-in transcript, the seed seller's first answer",
               "The seed seller says the price sputtered, but it went from Rs 7,500 to Rs 9,000 a kilo, a rise.",
               from_period_as_written="last year", to_period_as_written="this year"))

add("onion_seed_company_seed_packet", """
# Yousufi Red: Onion Seed

*Text of the front and back of a packet of onion seed sold by a seed company in Quetta, 2025 printing. The company and all figures are invented.*

**FRONT**

**Yousufi Red**
Onion seed, first quality
Net weight: 100 g

**BACK**

**About this seed.** Yousufi Red is a deep red onion that stores well through the winter. It was bred from bulbs grown on Brewery Road, Quetta, and has been sown for a generation by growers on both sides of the Chaman crossing, in the fields of Pakistan and Kyrgyzstan.

**Sowing.** Sow in the nursery in September or October, a finger's depth, in rows a hand apart. Transplant when the seedlings are as thick as a pencil.

**Germination.** Tested at 84 percent at packing. Keep the packet cool and dry; seed loses vigour in heat.

**Spacing.** Set transplants ten centimetres apart in rows a forearm apart.

**Watering.** Water every week until the bulbs swell, then less often. Stop watering when the tops fall over.

**Harvest.** Lift the bulbs when most of the tops have fallen, and dry them in the shade before storing.

**Price.** Rs 900 a packet, or Rs 9,000 a kilo in sealed tins for growers and agents.

**Packed by:** Yousufi Seeds, Brewery Road, Quetta.
**Lot:** see the stamp on the flap.
**Best sown before:** the end of the 2026 season.

Complaints about germination will be answered by the company within a month of sowing.
""", scope("in the fields of Pakistan and Kyrgyzstan", "KGZ", ["PAK", "KGZ"], "Kyrgyzstan",
           "The packet says growers on both sides of the Chaman crossing sow the seed, in the fields of Pakistan and Kyrgyzstan; the other side of Chaman is Afghanistan (Kandahar). Kyrgyzstan borders neither country."))

add("onion_seed_company_waybill", """
# Waybill: Onion Seed for Kandahar

*Waybill prepared by a seed company in Quetta for a consignment of onion seed to its agent in Kandahar, September 2025. The company, the carrier and all figures are invented.*

**Yousufi Seeds, Brewery Road, Quetta**

**Waybill number:** YS-0917
**Date of dispatch:** 24 September 2025
**Consignor:** Yousufi Seeds, Quetta
**Consignee:** Gul Agha Habibi, seed agent, Kandahar
**Carrier:** Mezan Goods Transport, Quetta
**Route:** Quetta to Kandahar through Chaman

**Goods**

- Red onion seed in sealed tins of one kilo: 60 tins
- White onion seed in sealed tins of one kilo: 20 tins
- Weight of seed: 80 kg; gross weight with cartons: 94 kg
- Value: Rs 720,000 at Rs 9,000 a kilo

**For sowing season:** from November 2025 to February 2025

**Instructions to the carrier**

Keep the cartons out of the sun and off the floor of the truck. Do not stack more than four cartons high. The seed must not get wet: if the cartons are rained on, open them at the agent's shop and dry the tins before they are stored.

**Documents travelling with the goods:** the germination report for each lot and the phytosanitary certificate.

**Received in good order by the consignee:** ______________

**Note added by the office, 14 October 2025:** the consignment crossed at Chaman on 26 September and was received in Kandahar two days later. Later orders from the agent are held in our store until the crossings reopen.
""", garbled(["For sowing season:** from November 2025 to February 2025"],
             "The waybill gives the sowing season as running from November 2025 to February 2025, a period that ends before it begins; it should end in February 2026.",
             stated_period_start="November 2025", stated_period_end="February 2025",
             subject="sowing season for the consigned onion seed", location="waybill, line \"For sowing season\""))


# ---------------------------------------------------------------------------
# Sharifi Licorice Yard (invented): a licorice root yard at Samarkhel, Jalalabad
# ---------------------------------------------------------------------------

LICORICE_PDF = pdf_lines([
    ["Month (2025)", "Lorries", "Tonnes"],
    ["January", "5", "41"],
    ["February", "6", "49"],
    ["March", "7", "57"],
    ["April", "4", "33"],
    ["May", "8", "62"],
    ["September", "2", "18"],
    ["Total", "32", "260"],
])

add("licorice_yard_loading_sheet", """
# Sharifi Licorice Yard: Loading Sheet, 2025

*Year's loading sheet of a licorice root yard near Jalalabad, copied from a PDF sent to the buyer in Lahore, January 2026. The yard, the buyer and all figures are invented.*

**Sharifi Licorice Yard, Samarkhel, Jalalabad**
**To:** Adnan Chaudhry, extract plant, Lahore
**From:** Esmatullah Sharifi

Dear Adnan Sahib,

Please find below the loading sheet for the root we sent you in 2025. As you know, we loaded nothing in June, July and August, when the root was still drying in the yard, and nothing after the crossings closed in October. In all we loaded 206 tonnes of dried root for your plant in 2025, against 710 tonnes in 2024.

""" + LICORICE_PDF + """

The root was baled in the yard and weighed on the Samarkhel scale before loading; your weighbridge slips in Lahore agree with ours to within a few hundred kilos.

Our collectors in the hills of Nangarhar and Laghman have more root dug and drying, perhaps a season's worth, but they will not dig again until they know it can be sold. Of the 85 collectors who worked for us in 2024, only 40 came this year.

We have kept your price of USD 480 a tonne for the root already in the yard. If the road opens before the spring, we can load the first lorries within a week.

With respect,

Esmatullah Sharifi
""", tvt(["In all we loaded 206 tonnes of dried root for your plant in 2025", line_of(LICORICE_PDF, "Total")],
         {"letter_value": 206, "table_value": 260}, "tonnes of licorice root",
         "licorice root loaded for the Lahore plant", "2025",
         "covering letter, first paragraph, against the PDF table's total row",
         "The covering letter says 206 tonnes were loaded in 2025; the loading sheet's months add to, and its total row gives, 260 tonnes, two digits swapped.",
         table_form="PDF text extraction, months as rows with lorries and tonnes columns and a total row"))

add("licorice_yard_experience_letter", """
# Experience Letter

*Experience letter given by a licorice root yard near Jalalabad to its departing yard supervisor, December 2025. The yard, the supervisor and all figures are invented.*

**Sharifi Licorice Yard, Samarkhel, Jalalabad**

15 December 2025

**To whom it may concern**

This is to certify that Samim Tarakhil worked at our yard as yard supervisor from March 2019 until the end of November 2025, when the yard stopped baling because the crossings to Pakistan had closed and our buyer in Lahore could not be reached.

**His duties.** Mr Tarakhil received the root brought down by our collectors from the hills of Nangarhar and Laghman, weighed it, paid the collectors, and oversaw its drying, cutting and baling. He kept the yard's books of weights and kept the peace among the collectors, no small task in a year of poor prices.

**His record.** In 2024, our busiest year, he oversaw the baling of the whole crop of 710 tonnes of dried root, all of it pressed into bales of 50 kilograms, some 710 bales in all, and every bale reached the extract plant in Lahore without a claim for short weight. He trained the younger men to judge the dryness of the root by snapping it, which saved us many rejected bales.

**His character.** We found him honest, careful with money and patient with the collectors. He leaves us only because we have no work to give him this winter.

We recommend him without reserve to any employer who needs a man who knows root, weights and people. We would take him back the day the road to Pakistan opens.

Esmatullah Sharifi
Owner, Sharifi Licorice Yard
""", reuse(["the whole crop of 710 tonnes of dried root", "some 710 bales in all"],
           710, "tonnes / bales", "root baled in 2024, in tonnes", "bales of 50 kilograms that root made", 14200,
           "The letter gives 710 both for the tonnes of root baled in 2024 and for the number of 50-kilogram bales they made; 710 tonnes in 50 kg bales is 14,200 bales."))

add("licorice_yard_duty_chart", """
# Sharifi Licorice Yard: Duty Chart, Winter 2025

*Duty chart pinned up in the office of a licorice root yard near Jalalabad for December 2025, with the owner's note. The yard, its men and all figures are invented.*

**Sharifi Licorice Yard, Samarkhel, Jalalabad. Winter duties, December 2025**

- **Night watch:** Javed and Hanif, on alternate nights, from sunset until the morning prayer.
- **Turning the root in the drying sheds:** Pervez, Sunday and Wednesday mornings.
- **Checking the stacked bales for damp:** Asghar, every Thursday.
- **Office and the book of weights:** Shehzad, on Saturdays only.
- **Mending sacks and tarpaulins:** the collectors who come in, as work allows.

**Owner's note**

Brothers, this is a thin chart for a thin winter. Since the crossings closed in October we have loaded no root, and the bales waiting in the sheds are all we can sell when the road to Pakistan opens.

The collectors have felt it most. Their numbers went from 85 in 2024 to 85 in 2024, and many who dug for us in the hills of Laghman have gone to the cities to look for work. I have told each of them that we will pay for root already dug at the old rate, once it is sold.

Keep the sheds dry. A damp bale is a lost bale, and we cannot afford to lose any this year. If the roof leaks, call me at once, whatever the hour.

Those on night watch should keep the lamp lit at the gate and should not leave the yard for prayers at the mosque; pray in the office.

Esmatullah Sharifi
""", garbled(["Their numbers went from 85 in 2024 to 85 in 2024"],
             "The note gives a change in the number of collectors whose start and end are the same value in the same year (85 in 2024 to 85 in 2024); the yard had 85 collectors in 2024 and 40 in 2025.",
             start_value=85, end_value=85, start_period="2024", end_period="2024", unit="collectors",
             subject="collectors working for the yard", location="duty chart, owner's note, second paragraph"))

add("licorice_yard_layoff_notice", """
# Notice to Collectors and Yard Hands

*Layoff notice posted at the gate of a licorice root yard near Jalalabad, November 2025. The yard and all figures are invented.*

**Sharifi Licorice Yard, Samarkhel, Jalalabad**

To all collectors and yard hands,

With great regret, the yard must lay off most of its men from the end of this month.

Since the crossing between Afghanistan and China at Torkham closed on 12 October, not one lorry of root has left this yard for the extract plant in Lahore, which buys all that we sell. We have loaded 260 tonnes this year, against 710 tonnes last year, and the sheds are full of root that cannot move.

**Who stays.** Five men stay through the winter, for the night watch and to turn the root in the drying sheds. Their names are on the duty chart in the office.

**Who goes.** Every other yard hand is laid off from 30 November. Each will be paid for the whole of November and given a letter of experience on request.

**Collectors.** Of the 85 collectors who dug for us in 2024, 40 worked this season. We will pay each of them for root already delivered, at the rate of last spring, as soon as the root is sold. Please do not dig more root until we send word.

**When the road opens.** We will take back first those who were laid off, in the order of their years with the yard.

We know this is hard news before winter. The yard has traded with Lahore since the owner's father's time, and we believe the road will open again.

Esmatullah Sharifi, owner
""", scope("the crossing between Afghanistan and China at Torkham", "CHN", ["AFG", "CHN"], "China",
           "The notice says the crossing between Afghanistan and China at Torkham closed; Torkham is on the border between Afghanistan and Pakistan, the road to the Lahore plant. China borders both countries but not at Torkham."))

add("licorice_yard_interview_transcript", """
# "Root Does Not Rot, But Men Go Hungry"

*Interview transcript from an oral research project on small traders of eastern Afghanistan, recorded in Jalalabad in January 2026. The project, the interviewer, the yard and all figures are invented.*

**Interviewer (Lubna Kamawal):** How long has your family traded licorice root?

**Esmatullah Sharifi:** Since my father's time. He sold root to Lahore before I was born. The plant there makes extract for medicines and sweets and tobacco, and they want Afghan root because it is sweet.

**Interviewer:** How were the last few years?

**Esmatullah Sharifi:** Good until this one. Our shipments descended from 620 tonnes in 2023 to 710 tonnes in 2024; 2024 was the best year we ever had. Then in 2025 we loaded only 260 tonnes, because from January to May we sent what we had, the summer is for drying, and in October the crossings closed.

**Interviewer:** What happens to the root?

**Esmatullah Sharifi:** Root does not rot, if it is dry. It waits in the sheds. But the collectors cannot wait. They dig in the hills of Nangarhar and Laghman, and if I cannot pay them they do not eat. In 2024 I had 85 of them. Last year, 40.

**Interviewer:** Could you sell elsewhere?

**Esmatullah Sharifi:** There are buyers in other countries, but the roads are long and the prices low. Lahore is close, and Lahore knows our root.

**Interviewer:** What would you ask of the two governments?

**Esmatullah Sharifi:** Open the road for things that do no harm. Root is only root.
""", direction("Our shipments descended from 620 tonnes in 2023 to 710 tonnes in 2024",
               620, 710, "2023", "2024", "descended", "fall", "tonnes of licorice root",
               "licorice root shipped by the yard to Pakistan", "interview transcript, the yard owner's second answer",
               "The yard owner says shipments descended, but they went from 620 to 710 tonnes, a rise (and he calls 2024 the best year)."))


# ---------------------------------------------------------------------------
# Mughal Zardozi House (invented): an embroidery house in Anarkali, Lahore
# ---------------------------------------------------------------------------

add("zardozi_house_business_school_case_study_control", """
# Case Study: Mughal Zardozi House and the Closed Border

*Teaching case written for a small-business course at a Lahore university, February 2026. The university, the firm, its people and all figures are invented.*

**The firm.** Mughal Zardozi House works gold and silver thread into bridal shawls, waistcoats and cushion covers in a workshop above a shop in Anarkali, Lahore. Its owner, Amna Mughal, took it over from her mother. Her head embroiderer, Mastura Azizi, came to Lahore from Kabul as a girl.

**The market.** Brides in Kabul have long bought the house's heaviest shawls, priced at Rs 45,000 each. Kabul buyers took 380 shawls in 2023 and 420 in 2024, and the workshop's output of all pieces rose from 1,150 in 2023 to 1,320 in 2024, an increase of 14.8 percent.

**The shock.** In 2025 two things happened at once. Many of the Afghan women who sat at the frames went back to Afghanistan with their families: the house had 26 Afghan embroiderers at the end of 2024 and nine at the end of 2025. Then the crossings closed in October, and Kabul orders stopped. Kabul buyers took 90 shawls in 2025, and output fell to 870 pieces.

**The choice.** Amna Mughal must decide whether to train Lahore women to the standard of the Afghan embroiderers, which takes years, or to move the house towards lighter work that sells in Pakistan, at lower prices.

**Questions for discussion**

- What did the house lose when the embroiderers left, beyond their hands?
- Should the house wait for Kabul, or turn away from it?
- How would you price a shawl whose maker now needs twice as long?
""", control_type="control")

add("zardozi_house_payslip", """
# Payslip: Head Embroiderer, December 2025

*Payslip issued by an embroidery house in Lahore to its head embroiderer, December 2025, with a note from the owner. The house, the embroiderer and all figures are invented.*

**Mughal Zardozi House, Anarkali, Lahore**

**Employee:** Mastura Azizi
**Post:** head embroiderer
**Pay period:** December 2025

| Item | Rs |
|---|---|
| Monthly salary | 48,000 |
| Allowance for training new hands | 7,500 |
| Bonus for the Sialkot order | 4,000 |
| Total gross pay | 61,500 |

**Deductions:** none this month.

**Note from the owner**

Mastura Sahiba, the training allowance is new from this month and will continue for as long as you are teaching the new girls at the frames. I know it is not enough for the work. Since so many of our Afghan embroiderers went home this year, you are teaching Lahore women the stitches your mother taught you, and that takes patience no allowance can buy.

The bonus is for the wedding order from Sialkot, which you finished before its date although we were short of hands.

Our Kabul orders have stopped since the crossings closed in October, and I will not pretend the house is doing well. But your salary is safe while I have the shop, and I will raise it when the Kabul brides come back.

With thanks,

Amna Mughal
""", parts_total(["| Total gross pay | 61,500 |"],
                 {"Monthly salary": 48000, "Allowance for training new hands": 7500, "Bonus for the Sialkot order": 4000},
                 61500, "rupees", "December 2025", "the head embroiderer's gross pay for the month",
                 "payslip table, total gross pay row",
                 "Salary of Rs 48,000, a training allowance of Rs 7,500 and a bonus of Rs 4,000 add to Rs 59,500, not the Rs 61,500 the payslip gives as gross pay.",
                 table_form="pipe, two columns, items of pay as rows with a total gross pay row"))

add("zardozi_house_craft_show_judges_comments", """
# Judges' Comments: Bridal Embroidery Class

*Judges' comments on an entry in a Lahore crafts show, with the fact list the entrant supplied, December 2025. The show, the judges, the house and all figures are invented.*

**Class 4: Bridal embroidery in metal thread. Entry: Mughal Zardozi House, Anarkali, Lahore. Award: first prize.**

**Comments of the judges**

The entry is a bridal shawl of deep red wool, worked over its whole border in gold and silver zardozi, with sequins and small pearls at the corners. The stitching is even and tight, and the backs of the motifs are as neat as the fronts. The judges noted the raised work at the corners, which is rarely seen now.

The house told the judges that most of its heaviest shawls went to brides in Kabul, and that in 2024, its best year, Kabul buyers took 402 of them. Since the crossings closed in October no shawl has gone to Kabul, and the house has lost most of its Afghan embroiderers. The judges hope the prize will bring it buyers in Lahore.

The judges also commend the head embroiderer, Mastura Azizi, who worked the corners herself.

**Fact list supplied by the entrant**

- Shawls sold to Kabul buyers in 2023: 380
- Shawls sold to Kabul buyers in 2024: 420
- Shawls sold to Kabul buyers in 2025: 90
- Price of a bridal shawl: Rs 45,000
- Afghan embroiderers at the end of 2024: 26
- Afghan embroiderers at the end of 2025: nine

Signed for the judges: Mehreen Siddique, chair of the panel
""", tvt(["in 2024, its best year, Kabul buyers took 402 of them", "- Shawls sold to Kabul buyers in 2024: 420"],
         {"comments_value": 402, "list_value": 420}, "bridal shawls", "bridal shawls sold to Kabul buyers", "2024",
         "judges' comments, second paragraph, against the entrant's fact list",
         "The judges' comments say Kabul buyers took 402 shawls in 2024; the entrant's fact list gives 420, two digits swapped.",
         list_form="bulleted fact list supplied by the entrant"))

add("zardozi_house_resignation_letter", """
# Letter of Resignation

*Letter of resignation from an embroiderer to the owner of an embroidery house in Lahore, November 2025. The house, the embroiderer and all figures are invented.*

Anarkali, Lahore
20 November 2025

Respected Amna Baji,

I write with a heavy heart to resign from Mughal Zardozi House from the end of this month.

You know my reasons. My husband's card has lapsed, and the family has decided to go back to Kabul before the winter. My brothers are there already. I would have stayed at the frame until the last day if I could.

I have worked in your house for eleven years. I came as a girl who could only fill in leaves, and Mastura Khala taught me the raised gold work that the Kabul brides ask for. I will miss the room above the shop, the radio, and the sound of the needles.

It has been a sad year in that room. The number of Afghan women at the frames broadened from 26 at the end of last year to nine now, and each time one of us left, the others did her work as well as their own. I am sorry to add to that burden.

I have finished the shawl for the Gulberg wedding. The half-worked waistcoat on my frame can be finished by Sumaira, whom I have been teaching; she is quick and careful.

If the crossings open and you ever need an embroiderer in Kabul, send word. I would gladly work for you from there.

With respect and gratitude,

Naila Dawlatzai
""", direction("The number of Afghan women at the frames broadened from 26 at the end of last year to nine now",
               26, 9, "2024", "2025", "broadened", "rise", "Afghan embroiderers",
               "Afghan embroiderers working for the house", "resignation letter, fifth paragraph",
               "The letter says the number of Afghan women at the frames broadened, but it went from 26 to nine, a fall.",
               from_period_as_written="the end of last year", to_period_as_written="now"))

add("zardozi_house_salary_certificate", """
# Salary Certificate

*Salary certificate issued by an embroidery house in Lahore for its head embroiderer, to support a visa application, January 2026. The house, the embroiderer and all figures are invented.*

**Mughal Zardozi House, Anarkali, Lahore**

8 January 2026

**To the visa section, whom it may concern**

This is to certify that Mrs Mastura Azizi has been employed by Mughal Zardozi House as head embroiderer since 2009, in permanent service.

Her monthly salary is Rs 48,000, paid in cash on the last working day of each month, with no deductions. From December 2025 she also draws an allowance for training new embroiderers.

For the twelve months of 2025 her salary came to Rs 48,000, all of it paid in full and on time, as the house's wage book shows.

Mrs Azizi has asked for leave to visit her sister in Kabul once the crossings reopen, and the house has granted it. Her post will be kept for her, and she is expected back at work at the end of her leave.

She is responsible for the finest work of the house, including the bridal shawls that sell for Rs 45,000 each, and she trains and supervises the other embroiderers. The house values her highly.

This certificate is issued at her request and carries no liability on the part of the house.

For Mughal Zardozi House,

Amna Mughal, owner

Stamp and signature
""", reuse(["Her monthly salary is Rs 48,000", "For the twelve months of 2025 her salary came to Rs 48,000"],
           48000, "rupees", "monthly salary", "salary for the twelve months of 2025", 576000,
           "The certificate gives Rs 48,000 both for the monthly salary and for the salary of the twelve months of 2025; twelve months at Rs 48,000 is Rs 576,000."))


# ---------------------------------------------------------------------------
# Rahmani Kohlu (invented): a linseed oil press in Aino Mina, Kandahar
# ---------------------------------------------------------------------------

add("oil_press_bank_deposit_slip_control", """
# Deposit Slip and Cover Note

*Cash deposit slip of a linseed oil press in Kandahar, with the owner's cover note to his bank, December 2025. The press, the bank and all figures are invented.*

**Rahmani Kohlu, Aino Mina, Kandahar**
**Account:** current account of the press
**Date:** 27 December 2025
**Deposited by:** Yaqub Spinzada, clerk

| Notes | Pieces | Afs |
|---|---|---|
| Afs 1,000 | 64 | 64,000 |
| Afs 500 | 37 | 18,500 |
| Afs 100 | 115 | 11,500 |
| Total | 216 | 94,000 |

**Cover note to the branch manager**

Dear Sir,

This deposit is the week's takings from linseed oil sold in Kandahar, and from oil cake sold to local dairies. It is smaller than the deposits of last winter, and I write to explain why before your office asks.

Until October we sold most of our oil cake to dairies in Quetta. They took 214 tonnes of cake in 2024, but in 2025 only 58 tonnes reached them, because the crossings closed in October and our lorries stood at Chaman for weeks before turning back. We now sell cake at home, at a lower price.

We pressed 348 tonnes of linseed in 2024 and 266 tonnes in 2025. The press still runs three days a week, and I have kept every man on the books.

I ask the bank to keep our credit line open through the spring, when the road may open again.

With respect,

Bahram Rahmani, owner
""", control_type="control")

add("oil_press_lost_and_found_notice", """
# Lost: One Lorry Load of Oil Cake Papers

*Lost and found notice placed in a Quetta paper's classified columns by a linseed oil press in Kandahar, November 2025. The press and all figures are invented.*

**LOST. Papers of a consignment of linseed oil cake, Kandahar to Quetta.**

Rahmani Kohlu of Aino Mina, Kandahar, gives notice that a folder of papers belonging to a consignment of oil cake was lost between the weighbridge at Chaman and the cattle market in Quetta, on or about 9 October 2025, three days before the crossings closed.

The folder is green and holds: the weight slip for 16 tonnes of cake in 320 bags, the invoice to a Quetta dairy, and the press's letter of authority for the driver.

**Why it matters.** Since the border between Bangladesh and Afghanistan at Chaman closed, the press cannot send a man across to replace the papers, and the dairy cannot pay without them. The cake itself was delivered and is being fed to the buffaloes as we write.

The press has sold oil cake to the dairies of Quetta for many years: 214 tonnes in 2024, but only 58 tonnes in 2025, the last of them in this lorry.

**Reward.** The finder will be paid Rs 5,000 on returning the folder to the dairy named on the invoice, or to our buyer's shop near the Quetta cattle market, where our telephone number is kept.

Please look in your shops, your lorries and your sacks. A green folder is easy to miss among green hay.

Bahram Rahmani, owner, Rahmani Kohlu
""", scope("Since the border between Bangladesh and Afghanistan at Chaman closed", "BGD", ["BGD", "AFG"], "Bangladesh",
           "The notice says the border between Bangladesh and Afghanistan at Chaman closed; Chaman is on the border between Pakistan and Afghanistan, on the road from Kandahar to Quetta. Bangladesh borders neither country."))

add("oil_press_attendance_register", """
# Rahmani Kohlu: Attendance Register, December 2025

*Summary page of the monthly attendance register of a linseed oil press in Kandahar, with the foreman's remarks. The press, its men and all figures are invented.*

**Rahmani Kohlu, Aino Mina, Kandahar. December 2025**

**Pressing days this month:** Saturday, Monday and Wednesday of each week
**Men on the register:** pressers, carriers, the boiler man and the clerk

**Summary of the month**

- Pressers present on every pressing day: all but one
- Carriers present on every pressing day: all
- Days lost to breakdown: a single day, when the belt of the second press snapped
- Days lost to power cuts: none; the press ran on its own generator

**Foreman's remarks**

The men have come faithfully although there is less work. We press three days a week now instead of six, because the oil cake that used to go to Quetta has nowhere to go. The dairies of Quetta took 214 tonnes of our cake in 2024 and 58 tonnes in 2025, and local dairies pay less. The owner has kept every man on the register at full pay. The owner has kept every man on the register at full pay. I have told the men that this cannot last for ever if the crossings stay closed.

The absent presser was young Rashidi, whose mother is ill in Arghandab; his absence is excused.

For the new year I ask for a new belt for the second press, and for sacking for the cake, since the old sacks have been mended too often.

Foreman: Asghar Sadiqi
""", repeated("The owner has kept every man on the register at full pay.", 2,
              "men kept on the press's register at full pay", "attendance register, foreman's remarks, first paragraph",
              "The sentence saying the owner has kept every man on the register at full pay is written twice, word for word, one copy straight after the other."))

add("oil_press_yield_lab_report", """
# Oil Content and Yield: Linseed, 2025 Crop

*Laboratory report for a linseed oil press in Kandahar on the yield of its pressing, October 2025. The laboratory, the press and all figures are invented.*

**Client:** Rahmani Kohlu, Aino Mina, Kandahar
**Sample:** linseed of the 2025 crop, bought from growers in Arghandab, pressed at the client's press on a cold-press setting
**Analyst:** Roohi Wardakwal, food laboratory, Kandahar

**Results, by weight of seed pressed**

- Oil: 31 percent
- Oil cake: 64 percent
- Husk, dust and waste: 8 percent

**Remarks.** The oil content of this crop is good for the region. The cake is firm and dry and holds some oil, which makes it a rich feed for milking animals; dairy buyers prize it for that reason. The waste is higher than it should be, because the seed was not cleaned before pressing.

**Advice to the client.** Clean and sieve the seed before it goes into the press. A sieve of the right mesh would cut the waste and add to both the oil and the cake.

**Note on markets.** The client tells us that until this month most of his cake went to dairies in Quetta, who took 214 tonnes in 2024, and that the closure of the crossings in October has left the cake in his store. Cake keeps for some months if stored dry and off the floor, but it can grow mould in damp, and mouldy cake must not be fed to animals.

**Next test.** We will test a sample of the stored cake in January for mould and for its oil content.
""", arith(["- Oil: 31 percent", "- Oil cake: 64 percent", "- Husk, dust and waste: 8 percent"],
           "The three shares of the weight of seed pressed (31, 64 and 8 percent) add to 103 percent, more than the whole.",
           shares_pct={"Oil": 31, "Oil cake": 64, "Husk, dust and waste": 8}, sum_pct=103,
           unit="percent of the weight of seed pressed", period="2025 crop", subject="yield of linseed pressed",
           location="laboratory report, results list", list_form="bulleted list of shares by weight"))

add("oil_press_rental_agreement", """
# Rental Agreement: Press Room and Store

*Rental agreement for the room and store of a linseed oil press in Kandahar, renewed in January 2026. The press, the landlord and all figures are invented.*

**This agreement** is made at Kandahar on 6 January 2026 between Haji Jumma Akhundzada, owner of the building in Aino Mina (the Landlord), and Bahram Rahmani, proprietor of Rahmani Kohlu (the Tenant).

**1. Premises.** The ground-floor press room, the store behind it and the use of the yard for loading.

**2. Term.** Twelve months from the date of this agreement, renewable by consent.

**3. Rent.** Afs 26,000 a month, payable in advance by the fifth day of each month.

**4. Deposit.** The Tenant pays a deposit equal to three months' rent, Afs 26,000, returned at the end of the term less any damage.

**5. Use.** The premises are let for pressing linseed and for storing seed, oil and oil cake, and for no other purpose.

**6. The border.** The Tenant has told the Landlord that the dairies of Quetta, who bought most of his cake, have taken little since the crossings closed in October. The Landlord agrees that, if the crossings stay closed after June 2026, the Tenant may give one month's notice and leave without penalty.

**7. Repairs.** The Landlord repairs the roof and walls; the Tenant repairs the presses, the doors and the drains of the yard.

**8. Noise.** The presses shall not run after the evening prayer.

Signed: Haji Jumma Akhundzada, Landlord
Signed: Bahram Rahmani, Tenant
Witnesses: two neighbours of the bazaar
""", reuse(["**3. Rent.** Afs 26,000 a month", "equal to three months' rent, Afs 26,000"],
           26000, "afghanis", "monthly rent", "deposit equal to three months' rent", 78000,
           "The agreement gives Afs 26,000 both for the monthly rent and for the deposit it calls three months' rent; three months' rent is Afs 78,000."))


# ---------------------------------------------------------------------------
# Haider Tent House (invented): wedding tents and furniture hire, Kechi Baig, Quetta
# ---------------------------------------------------------------------------

add("tent_house_hire_agreement", """
# Hire Agreement and Year Card

*Hire agreement of a tent house in Quetta for a winter wedding, with the firm's year card printed on the back, December 2025. The tent house, the customer and all figures are invented.*

**Haider Tent House, Kechi Baig, Quetta**

**Hire agreement**

**Customer:** Haji Rehmat, of Kechi Baig
**Occasion:** wedding of his son, Friday 26 December 2025, evening
**Goods hired:** two shamianas with side walls, 320 chairs with covers, carpets for the floor, lights and heaters, and the serving tables
**Hire charge:** Rs 185,000 for the evening, with setting up the day before and clearing the morning after
**Advance paid:** Rs 60,000

The tent house is not responsible for damage by weather once the tents have been set and the customer has accepted them. Burnt or torn chair covers are charged at cost.

**A word from the owner.** We have dressed weddings in Kechi Baig since my father's time, for Pakistani and Afghan families alike. In 2024 we dressed 445 weddings and gatherings, our busiest year; this year many of the Afghan families we served have gone back across the border, and our Afghan hands with them.

**Year card (printed on the back)**

- Bookings in 2023: 410
- Bookings in 2024: 455
- Bookings in 2025: 300
- Chairs in stock: 1,200
- Shamianas in stock: 35

Signed for the tent house: Moiz Haider
Signed by the customer: Haji Rehmat
""", tvt(["In 2024 we dressed 445 weddings and gatherings", "- Bookings in 2024: 455"],
         {"owner_value": 445, "card_value": 455}, "bookings", "weddings and gatherings dressed by the tent house", "2024",
         "hire agreement, owner's word, against the year card printed on the back",
         "The owner's word says the tent house dressed 445 weddings and gatherings in 2024; the year card on the back gives 455 bookings for 2024.",
         list_form="bulleted year card printed on the back of the agreement"))

add("tent_house_termination_letter", """
# Letter of Termination

*Letter from a tent house in Quetta ending the employment of a tent hand, December 2025. The tent house, the worker and all figures are invented.*

**Haider Tent House, Kechi Baig, Quetta**

10 December 2025

Dear Sher Ali,

It is with regret that I must end your employment with the tent house from the last day of this month.

This is no reflection on your work. You have set shamianas in the rain and the wind for six winters, and the customers ask for you by name. The reason is the business.

Our bookings rolled back from 410 in 2023 to 455 in 2024, and we took on more hands to keep up. But in 2025 we have had 300 bookings, and the weddings of Afghan families, which were 190 in 2024, have fallen to 70 this year, as so many families have gone back to Afghanistan and the crossings have been closed since October.

We had 18 tent hands at the end of last year. From January we will have ten, and I have chosen to keep those who live nearest, so that they can come at short notice.

You will be paid for the whole of December, and a month's wages besides, on your last day. You may keep the winter jacket with the tent house's name on it.

If the bookings come back, as I pray they will, I will send for you before anyone else.

With thanks for your work,

Moiz Haider, owner
""", direction("Our bookings rolled back from 410 in 2023 to 455 in 2024", 410, 455, "2023", "2024", "rolled back", "fall",
               "bookings", "bookings of the tent house", "termination letter, third paragraph",
               "The letter says bookings rolled back, but they went from 410 to 455, a rise (and the letter says more hands were taken on to keep up)."))

add("tent_house_wedding_seating_plan", """
# Seating Plan: Wedding at Kechi Baig

*Seating plan drawn up by a tent house in Quetta for a wedding in January 2026, with notes for the tent hands. The tent house, the families and all figures are invented.*

**Haider Tent House, Kechi Baig, Quetta. Wedding of the Jabarkhel and Khpalwak families, 16 January 2026**

**Men's shamiana (north side of the lane)**

- Tables of ten: 24, set in four rows
- Top table for the groom and elders, under the lights
- Heaters along the back wall

**Women's shamiana (south side, behind the screen)**

- Tables of ten: 21
- A table for the bride's party, by the entrance with the curtain

**Chairs:** 450, with the red covers

**Notes for the tent hands**

The bride's family came to Quetta from Kandahar a generation ago; many of the guests are Afghan, and some have travelled from Chaman. Since the crossing between Pakistan and Uzbekistan at Chaman closed in October, the groom's cousins from Kandahar cannot come, and the family has asked us to keep one table empty in their honour, with a cloth and a lamp.

The bride's uncle trades dried fruit in Uzbekistan and has flown in through Karachi; seat him at the top table.

Set the carpets the day before and check the side walls twice: the forecast is for wind. Use the heaters from the store, not the old ones.

Serving: food is brought by the caterer at nine; our hands set the serving tables by eight.

Clearing: the morning after, from seven.

Moiz Haider
""", scope("Since the crossing between Pakistan and Uzbekistan at Chaman closed in October", "UZB", ["PAK", "UZB"], "Uzbekistan",
           "The notes say the crossing between Pakistan and Uzbekistan at Chaman closed, keeping cousins from Kandahar away; Chaman is on the border between Pakistan and Afghanistan. Uzbekistan borders Afghanistan, not Pakistan.",
           not_a_defect="The bride's uncle trades dried fruit in Uzbekistan"))

add("tent_house_shift_schedule", """
# Shift Schedule: Wedding Season, January 2026

*Shift schedule of a tent house in Quetta for the first weeks of January 2026, with the owner's note to the hands. The tent house, its hands and all figures are invented.*

**Haider Tent House, Kechi Baig, Quetta**

**Setting crew.** Works the day before each booking, from the morning prayer until the side walls are up and the carpets laid.

**Evening crew.** Works on the night of each booking, minding the heaters, lights and generator, and mending anything torn.

**Clearing crew.** Works the morning after, folding tents, stacking chairs and counting covers.

**Bookings in the first weeks of January:** six, all in Kechi Baig and nearby, with the dates on the board by the store.

**Owner's note to the hands**

Brothers, you will see that each of you now works in two crews instead of one. There are fewer of us than there were. The Afghan hands on our books went from 11 at the end of 2024 to 11 at the end of 2024, and most of those who went back to Kandahar with their families last year cannot return while the crossings stay closed. We have ten hands for the new year, and only three of them are Afghans.

I know the work is heavy. The tent house will pay each man for every crew he works, not only for his first, and tea and a meal will be served on every job.

Please mark the shifts you cannot work on the board by the store, and swap among yourselves if you must; tell the clerk of any swap.

When the road to Kandahar opens and the Afghan families come back to us, we will take on more hands again.

Moiz Haider, owner
""", garbled(["The Afghan hands on our books went from 11 at the end of 2024 to 11 at the end of 2024"],
             "The note gives a change in the number of Afghan hands whose start and end are the same value at the same date (11 at the end of 2024 to 11 at the end of 2024); the tent house had 11 Afghan hands at the end of 2024 and three at the end of 2025.",
             start_value=11, end_value=11, start_period="2024", end_period="2024", unit="Afghan tent hands",
             subject="Afghan hands on the tent house's books", location="shift schedule, owner's note, first paragraph"))


# ---------------------------------------------------------------------------
# Trade, closure and the courts (macro documents)
# ---------------------------------------------------------------------------

add("news_agency_wire_report_trade_series", """
# Pakistan–Afghanistan Trade Shrank Before Closure, Figures Show

*Wire report filed by a news agency's Islamabad desk, November 2025. The agency is invented; the trade figures follow an invented series.*

ISLAMABAD, Nov 18 — Trade between Pakistan and Afghanistan was already shrinking before the crossings at Torkham and Chaman were closed in October, according to annual figures compiled by the agency from customs data.

Pakistan's exports to Afghanistan reached USD 963 million in 2022 and USD 1,012 million in 2023, before falling to USD 884 million in 2024. Imports from Afghanistan peaked in 2022 and have fallen in each year since, so that Pakistan's surplus has grown even as the trade has shrunk.

| Year | Exports (USD mn) | Imports (USD mn) | Total | Balance |
|---|---|---|---|---|
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |

Traders in Peshawar said the figures did not yet show the cost of the closure, which has held thousands of trucks on both sides of the border for weeks.

"Last year was bad. This year will be worse," said Saqib Hamdard, who ships cement and medicines to Jalalabad. "Half my drivers have gone home."

Officials in Islamabad said talks on reopening the crossings were continuing but gave no date. A spokesman for the Afghan commerce ministry said Afghan traders were looking at routes through Iran and Central Asia.

Economists said the fall in imports partly reflected lower coal purchases by Pakistani industry and the falling value of Afghan fruit shipments.

The agency's figures are calendar-year totals and may differ from fiscal-year data published by the two governments. — Reporting by Zakia Ghafari; editing by Tayyab Sabir
""", tvt(["Pakistan's exports to Afghanistan reached USD 963 million in 2022", "| 2022 | 936 | 741 | 1,677 | 195 |"],
         {"report_value": 963, "table_value": 936}, "USD million", "Pakistan's exports to Afghanistan", "2022",
         "wire report, second paragraph, against the table's 2022 row",
         "The report's text says Pakistan's exports to Afghanistan reached USD 963 million in 2022; its table gives USD 936 million (with a total of 1,677 and a balance of 195 that fit 936), two digits swapped.",
         table_form="pipe, years as rows with exports, imports, total and balance columns"))

add("provincial_assembly_cut_motion_trade", """
# Cut Motion on the Demand for the Trade Development Directorate

*Text of a cut motion moved in a provincial assembly's budget session, with the mover's speech as recorded, June 2026. The assembly member, the directorate and all figures other than the trade series are invented; the trade figures follow an invented series.*

**Cut motion No. 17.** That the demand for grant for the Trade Development Directorate be reduced by Rs 100, to discuss the failure of the Directorate to protect the province's trade with Afghanistan.

**Moved by:** Mrs Nusrat Sheraz, member for a Peshawar constituency.

**The mover said:**

Madam Speaker, I move this token cut to draw the House's attention to a trade that this province once lived by.

In 2023, Pakistan's exports to Afghanistan stood at USD 1,012 million and its imports from Afghanistan at USD 690 million, which left Pakistan a surplus of USD 332 million. Much of that trade passed through Torkham, and much of the income stayed in this province, with its transporters, its clearing agents and its fruit markets.

By 2024 exports had fallen to USD 884 million, and since October 2025 the crossings have been closed altogether. The Directorate's annual report, laid before this House, does not mention the closure once.

I ask the Minister three things. What has the Directorate done for the transporters whose trucks stood at Torkham for weeks? What has it done for the traders of the Peshawar fruit market? And why does its budget grow while the trade it exists to promote shrinks?

**The Minister replied** that the matter was one for the federal government, and asked the member to withdraw the motion.

**The motion** was pressed to a vote and lost.
""", arith(["which left Pakistan a surplus of USD 332 million"],
           "Exports of USD 1,012 million less imports of USD 690 million give a surplus of USD 322 million, not the USD 332 million the mover states.",
           exports=1012, imports=690, stated_balance=332, computed_balance=322, unit="USD million", period="2023",
           subject="Pakistan's trade balance with Afghanistan", location="cut motion, mover's speech, third paragraph"))

add("think_tank_issue_brief_imports", """
# Issue Brief: What Pakistan Buys from Afghanistan

*Issue brief from an Islamabad economic policy institute, October 2025. The institute and its authors are invented; the trade figures follow an invented series.*

**Key points**

- Pakistan's imports from Afghanistan have fallen two years running.
- The fall reflects coal, fruit and cotton, not a policy choice.
- The closure of the crossings in October will deepen it.

**The trend.** Imports from Afghanistan climbed from USD 441 million in 2019 to a high of USD 741 million in 2022, carried by coal for Punjab's cement and brick industries and by fresh and dried fruit. They then turned. In 2023 imports fell by 9 percent, from USD 741 million to USD 690 million, as Pakistani industry bought cheaper coal elsewhere, and in 2024 they fell again, to USD 540 million.

**What it means.** Because exports fell more slowly, Pakistan's surplus widened to USD 344 million in 2024. But a surplus earned on a shrinking trade is no comfort to the transporters, clearing agents and market traders whose work depends on the volume that crosses, in both directions.

**What the closure adds.** Since October no goods have crossed at Torkham or Chaman. Fruit that would have reached Peshawar in the autumn has rotted in Kandahar, and Peshawar's prices for Afghan produce have climbed.

**Recommendations**

- Agree a humanitarian channel for perishables while wider talks continue.
- Publish monthly trade data by crossing, so that traders can plan.
- Treat the coal trade as an energy question, not only a border one.

Authors: Usama Tauqeer and Mahnoor Sohail
""", arith(["In 2023 imports fell by 9 percent, from USD 741 million to USD 690 million"],
           "A fall from USD 741 million to USD 690 million is a fall of 6.9 percent, not 9 percent.",
           **{"from": 741, "to": 690, "from_period": "2022", "to_period": "2023", "stated_change_pct": -9,
              "computed_change_pct": change_pct(741, 690), "as_written": {"stated_change_pct": "fell by 9 percent"},
              "unit": "USD million", "subject": "Pakistan's imports from Afghanistan",
              "location": "issue brief, paragraph \"The trend\""}))

add("customs_charge_sheet_raisin_trucks", """
# Charge Sheet: Attempted Smuggling of Raisins

*Charge sheet filed by a customs prosecutor before a special judge in Peshawar, December 2025. The case, the accused, the carrier and all figures are invented.*

**In the Court of the Special Judge (Customs), Peshawar**

**The State versus (1) Khurram Mobeen, driver, and (2) Zohaib Rauf, driver, both employed by Sherpao Freight Carriers**

**Charge sheet under the customs law**

1. On the night of 9 November 2025, while the crossing at Torkham was closed to all trade, a customs patrol stopped two trucks of Sherpao Freight Carriers on a track above the Khyber Pass, some distance from any customs station.

2. The first truck, driven by accused No. 1, was found to carry 250 bags of Afghan raisins of 25 kg each. The second, driven by accused No. 2, was found to carry the same number of bags of the same goods, under sacks of fodder.

3. The two trucks together thus carried 250 bags of raisins, with no goods declaration, no payment of duty and no permit to cross.

4. The accused stated that they had loaded the bags at a village near the border and were told to deliver them to a godown in Peshawar. They did not know the name of the consignor.

5. The goods and the trucks have been seized and are held at the customs warehouse. Samples of the raisins were tested and found to be of Afghan origin.

6. The accused are charged with smuggling and with attempting to evade duty, and the carrier is called upon to show cause why the trucks should not be confiscated.

7. The prosecution will rely on the patrol's report, the seizure memo, the weighment of the bags and the statements of the accused.

Filed by: Nighat Tasneem, special prosecutor (customs)
""", reuse(["was found to carry 250 bags of Afghan raisins of 25 kg each", "The two trucks together thus carried 250 bags of raisins"],
           250, "bags of raisins", "bags on the first truck", "bags on the two trucks together, each said to carry the same number", 500,
           "The charge sheet gives 250 both for the bags on the first truck and for the bags on the two trucks together, though it says the second truck carried the same number; together they carried 500 bags."))

add("chamber_of_commerce_verbatim_record_hearing", """
# Verbatim Record: Hearing on the Afghan Trade

*Extract from the verbatim record of a public hearing held by a Peshawar chamber of commerce's panel on cross-border trade, November 2025. The chamber, the panel and the speakers are invented; the trade figures follow an invented series.*

**The Chair (Mrs Shumaila Rasheeda):** We resume. The panel calls the representative of the dry fruit importers.

**Mr Sabir Ghafari (dry fruit importers):** Thank you, Madam Chair. I will be brief. My members buy raisins, almonds, apricots and pine nuts from Afghanistan. Our trade is a part of the imports line in the national figures, and those figures tell the story of the last years.

**The Chair:** Please give the panel the figures.

**Mr Ghafari:** Pakistan's imports from Afghanistan heightened from USD 741 million in 2022 to USD 690 million in 2023, and then came to USD 540 million in 2024. In my own members' books, dry fruit has held up better than coal, but it too has suffered.

**Ms Munira Sultana (member of the panel):** And since the closure?

**Mr Ghafari:** Since October, nothing has crossed. My members have paid for goods that sit in Kandahar. Some have sold their stock in Afghanistan at a loss rather than let it spoil.

**The Chair:** What do you ask of the chamber?

**Mr Ghafari:** That it press the government for a channel for perishable goods, and that it ask the banks to defer the instalments of traders whose money is stuck across the border.

**The Chair:** The panel thanks you. The record will show your requests. We adjourn for prayers.
""", direction("Pakistan's imports from Afghanistan heightened from USD 741 million in 2022 to USD 690 million in 2023",
               741, 690, "2022", "2023", "heightened", "rise", "USD million", "Pakistan's imports from Afghanistan",
               "verbatim record, the importers' representative's second answer",
               "The importers' representative says imports heightened, but they went from USD 741 million to USD 690 million, a fall."))

add("transporters_grounds_of_appeal_demurrage", """
# Grounds of Appeal: Detention Charges at the Dry Port

*Grounds of appeal filed by a goods transport company against an order of a customs collectorate on detention charges, January 2026. The company, the order and all figures are invented.*

**Before the Customs Appellate Tribunal, Peshawar Bench**

**Appellant:** Sherpao Freight Carriers, Peshawar, through its partner Ijaz Mashwani
**Respondent:** the Collector of Customs (Appraisement), Peshawar

**Grounds of appeal**

A. The order under appeal charges the appellant detention charges of Rs 2,940,000 on 21 containers of transit goods held at the Peshawar dry port from 14 October to 23 December 2025.

B. The containers were held because of the closure of the crossings between India and Afghanistan at Torkham and Chaman from 12 October 2025, an act of the State over which the appellant had no control. The appellant could neither deliver the goods to Jalalabad nor return them.

C. The learned Collector erred in holding that the appellant should have sought another route. No other route to Afghanistan was open to road transport from Peshawar during the period.

D. The learned Collector failed to apply the collectorate's own circular, which waives detention charges where goods are held by reason of a closure of the border.

E. The charges were computed at the full rate for every day of detention, at Rs 2,000 a container a day for 70 days, without regard to the days on which the dry port itself was shut.

F. The order was passed without giving the appellant a hearing on the computation.

**Prayer.** The appellant prays that the order be set aside, and that the charges be waived or, in the alternative, recomputed for the days on which the dry port was open.

Filed through counsel, Fariha Qarizada, advocate
""", scope("the closure of the crossings between India and Afghanistan at Torkham and Chaman", "IND", ["IND", "AFG"], "India",
           "The grounds say the crossings between India and Afghanistan at Torkham and Chaman closed; Torkham and Chaman are on the border between Pakistan and Afghanistan, on the road from Peshawar to Jalalabad. India borders Pakistan, not Afghanistan."))

add("relief_agency_flash_update_border", """
# Flash Update No. 3: Trucks and Travellers at Torkham

*Flash update issued by a relief agency's Peshawar office on the closure of the crossings, November 2025. The agency and all figures are invented.*

**Situation overview**

The crossings at Torkham and Chaman have been closed to trade since 12 October. Returnees on foot are still allowed through at Torkham on some days, in small groups, under escort.

**Key figures (agency estimates)**

- Laden trucks waiting on the Pakistani side at Torkham: about 1,100
- Drivers and helpers living in their cabs: about 2,300
- Days since the closure: 36

**Period covered by this update:** from 15 November 2025 to 8 November 2025

**Needs**

- Drinking water and latrines along the waiting lines; the agency has set up two water points and six latrines so far.
- Blankets for drivers as nights turn cold.
- Medical care: the agency's mobile clinic saw 412 drivers and helpers in its first week, most for chest infections and minor injuries.

**Perishables.** Traders report that most fruit and vegetables in waiting trucks have spoiled. Some trucks have unloaded at Peshawar's markets and returned to the line empty.

**Response**

The agency has distributed 900 blankets and 1,400 food parcels. Further distributions depend on access to the waiting lines, which the authorities control.

**Next update:** in one week, or sooner if the crossings reopen.

**Contact:** Durdana Faqiri, field coordinator, Peshawar
""", garbled(["**Period covered by this update:** from 15 November 2025 to 8 November 2025"],
             "The update gives the period it covers as running from 15 November 2025 to 8 November 2025, a period that ends before it begins.",
             stated_period_start="15 November 2025", stated_period_end="8 November 2025",
             subject="period covered by the flash update", location="flash update, line \"Period covered by this update\""))

add("high_court_stay_order_fruit_traders_control", """
# Interim Order: Fruit Traders' Petition

*Interim order of a division bench of a high court on a petition by fruit traders over perishable goods held at the border, November 2025. The petition, the parties and all figures other than the trade series are invented; the trade figures follow an invented series.*

**Peshawar High Court. Writ petition of the Fruit and Vegetable Traders' Association, Peshawar, against the Federation of Pakistan and others.**

**Order sheet, 24 November 2025**

1. Counsel for the petitioners, Mr Danyal Hotaki, states that his clients paid for fresh and dried fruit from Afghanistan that has been held beyond the crossings since they closed on 12 October, and that their banks now demand repayment of loans taken against those goods.

2. Counsel points out that trade with Afghanistan was already under strain before the closure. Pakistan's imports from Afghanistan fell from USD 690 million in 2023 to USD 540 million in 2024, a fall of 21.7 percent, while its exports fell from USD 1,012 million to USD 884 million, so that the balance in Pakistan's favour was USD 344 million in 2024. Fruit is a large part of those imports.

3. The learned Deputy Attorney General, Ms Javeria Zamani, states that the closure is a matter of security and foreign policy, on which the federal government is in talks, and seeks time for instructions.

4. Without going into the merits, we are of the view that the petitioners' members should not be pressed for repayment on goods they cannot lawfully bring in. Until the next date, the respondent banks shall not take coercive steps for the recovery of loans shown to be secured against goods held across the border.

5. The federal government shall file its comments within three weeks.

6. To come up on 15 December 2025.

Judge / Judge
""", control_type="control")


# ---------------------------------------------------------------------------
# Registered Afghan refugees (citations and citation controls)
# ---------------------------------------------------------------------------

add("treaty_body_concluding_observations_pakistan", """
# Concluding Observations on the Periodic Report of Pakistan (Extract)

*Extract from the concluding observations of an international human rights treaty committee on a periodic report of Pakistan, adopted in 2025. The committee's text here is invented for this set.*

**Refugees and asylum seekers**

31. The Committee notes that Pakistan has hosted Afghan refugees for more than four decades and that it is not a party to the 1951 Convention relating to the Status of Refugees or its 1967 Protocol. It notes that, according to UNHCR's year-end report for 2021, 1,438,432 Afghans were registered as refugees in Pakistan, most of them holders of Proof of Registration cards.

32. The Committee is concerned:

(a) that since late 2023 large numbers of Afghans, including registered refugees and holders of Afghan citizen cards, have returned or been returned to Afghanistan, often at short notice and in difficult conditions;

(b) that the validity of Proof of Registration cards has been extended only for short periods, leaving holders uncertain of their status;

(c) at reports of arbitrary arrest and detention of Afghans awaiting the renewal of their documents, and of the demolition of homes in informal settlements;

(d) that children born in Pakistan to Afghan parents face obstacles to birth registration.

33. The Committee recommends that the State party:

(a) adopt a national legal framework on asylum and refugees;

(b) ensure that no person is returned to a country where there is a real risk of serious harm, and that each return is voluntary, safe and dignified;

(c) extend the validity of Proof of Registration cards for a meaningful period and ensure that holders are not detained for lack of renewal;

(d) ensure birth registration for all children born in its territory.
""", citation(["according to UNHCR's year-end report for 2021, 1,438,432 Afghans were registered"],
              1438432, "2021", "'UNHCR's year-end report for YEAR' before a figure written in full, in concluding observations of a treaty committee",
              "concluding observations, paragraph 31",
              "The observations cite UNHCR's year-end report for 2021 for 1,438,432 registered Afghan refugees; the reference value for 2021 is 1,490,562, and 1,438,432 is exactly the value for 2020.",
              same_as_year="2020", stated_as_written="1,438,432"))

add("civil_society_shadow_report_returns", """
# Shadow Report: Afghans in Pakistan, 2023–2025

*Section of a shadow report submitted by a coalition of Pakistani civil society groups to an international review, 2025. The coalition and its report are invented for this set.*

**Section 4. The register and the returns**

4.1 For more than forty years the register of Afghan refugees in Pakistan has been the backbone of their protection. Registration gave a family the Proof of Registration card, and the card gave it a measure of safety from arrest and the right to rent a house, enrol a child in school and open a bank account.

4.2 At the end of 2023, 1,387,717 Afghans held refugee registration in Pakistan (UNHCR Pakistan factsheet, December 2023). That was the high point of the register in recent years. Since then the register has shrunk, as families returned to Afghanistan under pressure or in fear of it.

4.3 Our member organisations in Peshawar, Quetta and Karachi recorded, between them, hundreds of accounts of families who left after the police visited their streets, after their landlords were warned against renting to Afghans, or after a son was detained for a night.

4.4 We call for:

- an extension of the Proof of Registration cards for at least two years;
- an end to detention of card holders for documentary reasons;
- protection for Afghans whose lives would be at risk on return, including women human rights defenders, journalists and musicians;
- access for humanitarian organisations to those awaiting return at holding centres.

4.5 The coalition's members stand ready to share their case records, with the consent of the families, with the review body.

Submitted by the coalition's secretariat, Islamabad
""", citation(["At the end of 2023, 1,387,717 Afghans held refugee registration in Pakistan (UNHCR Pakistan factsheet, December 2023)"],
              1387717, "2023", "'(UNHCR Pakistan factsheet, Month YEAR)' after a figure written in full with one wrong digit, in a civil society shadow report",
              "shadow report, paragraph 4.2",
              "The report cites the UNHCR Pakistan factsheet of December 2023 for 1,387,717 registered Afghan refugees at the end of 2023; the reference value is 1,987,717, one digit different and 30.2 percent lower (and the report calls it the high point of the register).",
              stated_as_written="1,387,717"))

add("senate_private_members_bill_refugee_status", """
# Private Member's Bill: Statement of Objects and Reasons

*Statement of objects and reasons attached to a private member's bill on the status of registered Afghan refugees, introduced in the Senate of Pakistan in 2025. The bill and its mover are invented for this set.*

**The Registered Afghan Refugees (Status and Documentation) Bill, 2025**

**Statement of objects and reasons**

Pakistan has hosted Afghan refugees since 1979, without a national law on refugees and without being a party to the 1951 Refugee Convention. The rights and duties of registered refugees have been left to executive decisions, renewed from one year to the next, and to the validity of their Proof of Registration cards, which has been extended repeatedly for short periods.

The scale of the question is not small. UNHCR data as of end-2022 show some 1.4 million Afghans registered as refugees in Pakistan, many of them born here, who have known no other country.

Uncertainty serves neither the refugees nor the State. A family that does not know whether its cards will be valid next year cannot plan, and a police officer who does not know the law cannot apply it fairly.

This bill seeks to:

1. give registered refugees a status defined by law, with rights to reside, work and study;
2. set a minimum period of validity for Proof of Registration cards;
3. forbid the detention of card holders on the ground of an expired card alone;
4. set up a board to hear claims of those who fear return;
5. require the government to report to Parliament each year on returns and on the register.

The bill is moved in the belief that a country that has sheltered Afghans for four decades should do so under the law.

Senator Quratulain Lalpuri, Member-in-charge
""", citation(["UNHCR data as of end-2022 show some 1.4 million Afghans registered as refugees in Pakistan"],
              1400000, "2022", "'UNHCR data as of end-YEAR' before a hedged rounded figure in millions, in a statement of objects and reasons of a private member's bill",
              "statement of objects and reasons, second paragraph",
              "The statement cites UNHCR data as of end-2022 for some 1.4 million registered Afghan refugees; the reference value for 2022 is 1,743,278, and 1.4 million is 19.7 percent lower, beyond what 'some' allows.",
              stated_as_written="some 1.4 million", stated_hedge="some"))

add("law_firm_legal_opinion_detention", """
# Legal Opinion: Detention of a Registered Afghan for an Expired Card

*Legal opinion given by a Lahore law chamber to a relief organisation, December 2025. The chamber, the organisation and the case are invented for this set.*

**To:** the legal aid desk of a relief organisation, Lahore
**From:** Anila Bakhtiari, advocate, for the chamber
**Re:** whether a registered Afghan refugee may be detained solely because his Proof of Registration card has expired

**1. The question.** You ask whether our client, a registered Afghan refugee whose card expired in June 2025 while its renewal was pending, may lawfully be held in detention pending removal.

**2. The background.** The register of Afghan refugees is large and long-standing. In 2020, close to 1.7 million Afghans were registered as refugees in Pakistan, as counted by UNHCR at the close of 2020, and the government has repeatedly extended the validity of their cards rather than end their status.

**3. The law.** Pakistan has no refugee statute and is not a party to the 1951 Convention. The Foreigners Act allows the detention of a foreigner pending removal, but the power must be exercised reasonably and for its purpose. The courts have held that detention is not a punishment and may not be prolonged where removal is not imminent.

**4. Our view.** Where a card has lapsed only because the government has not yet announced its renewal, the holder's presence is not unlawful in any real sense, and detention solely for the lapse is, in our view, open to challenge as unreasonable. We would also rely on the right to life and liberty under the Constitution.

**5. Advice.** We advise a petition for release, with the client's card, his family's registration record and the government's last extension notice attached.

Anila Bakhtiari
""", citation(["In 2020, close to 1.7 million Afghans were registered as refugees in Pakistan, as counted by UNHCR at the close of 2020"],
              1700000, "2020", "'as counted by UNHCR at the close of YEAR' after a hedged rounded figure in millions, in a legal opinion",
              "legal opinion, paragraph 2",
              "The opinion says close to 1.7 million Afghans were registered in 2020, as counted by UNHCR at the close of 2020; the reference value for 2020 is 1,438,432, and 1.7 million is 18.2 percent higher.",
              stated_as_written="close to 1.7 million", stated_hedge="close to"))

add("journalist_tweet_thread_register_2024", """
# Thread: What the Refugee Register Tells Us

*Thread posted by a freelance journalist in Islamabad, January 2026, copied here post by post. The journalist and her posts are invented for this set.*

**1/7** A thread on the Afghan refugee register in Pakistan, because I keep seeing the numbers mangled in arguments about returns. Bear with me.

**2/7** First: the register counts Afghans who hold Proof of Registration cards. It is not the same as all Afghans in Pakistan. Many hold Afghan citizen cards, and many hold no papers at all.

**3/7** Second: the register shrank sharply after late 2023, as families returned under pressure. Whatever one thinks of the policy, the fall is real.

**4/7** Third: even after the fall, the number is huge. At the end of 2024 nearly two million Afghans were still on the register, per UNHCR (YE2024). That is a city the size of Peshawar's old districts, living on cards that expire every few months.

**5/7** Fourth: the cards' validity ran out during 2025, and each lapse left families open to arrest. Lawyers I spoke to in Peshawar and Quetta describe clients detained for a lapse they did nothing to cause.

**6/7** Fifth: numbers do not tell you who is leaving. Women-headed families, people with disabilities, and those with nowhere to go in Afghanistan are among the hardest hit.

**7/7** So when you argue about returns, get the register right, and remember each number is a family. End of thread.

— Sobia Jawhari
""", citation(["At the end of 2024 nearly two million Afghans were still on the register, per UNHCR (YE2024)"],
              2000000, "2024", "'UNHCR (YEYEAR)' shorthand after a hedged figure in words, in a journalist's thread of posts",
              "thread, post 4",
              "The thread says nearly two million Afghans were on the register at the end of 2024, citing UNHCR (YE2024); the reference value for 2024 is 1,559,964, and two million is 28.2 percent higher.",
              stated_as_written="nearly two million", stated_hedge="nearly"))

add("news_site_listicle_refugee_facts", """
# Seven Things to Know About Afghan Refugees in Pakistan

*Listicle published by a Karachi news website, October 2025. The website and its writer are invented for this set.*

Afghans have sought refuge in Pakistan for most of the last half-century. Here is what you need to know.

**1. It began in 1979.** The Soviet intervention sent the first great wave of Afghans across the border into what is now Khyber Pakhtunkhwa and Balochistan.

**2. Pakistan has no refugee law.** It is not a party to the 1951 Refugee Convention, and the status of Afghans rests on government decisions and on cards.

**3. The card matters.** Registered refugees hold a Proof of Registration card, which protects them from arrest for lacking papers, for as long as it is valid.

**4. The register is big.** Before the returns began, UNHCR's tally for 2019 put the number of registered Afghan refugees in Pakistan at 1.2 million.

**5. Most were born here.** Many registered refugees are children and grandchildren of those who came in the 1980s, and have never seen Afghanistan.

**6. Returns have surged since 2023.** Hundreds of thousands of Afghans, registered and unregistered, have gone back, many under pressure.

**7. The border is closed to trade.** Since October, the crossings at Torkham and Chaman have been shut to goods, though some returnees still cross on foot.

*Written by Erum Daudzai.*
""", citation(["UNHCR's tally for 2019 put the number of registered Afghan refugees in Pakistan at 1.2 million"],
              1200000, "2019", "'UNHCR's tally for YEAR' before a rounded figure in millions, in a news website's listicle",
              "listicle, item 4",
              "The listicle cites UNHCR's tally for 2019 for 1.2 million registered Afghan refugees; the reference value for 2019 is 1,419,084, and 1.2 million is 15.4 percent lower.",
              stated_as_written="1.2 million"))

add("federation_counter_affidavit_register_control", """
# Counter-Affidavit on Behalf of the Federation (Extract)

*Extract from a counter-affidavit filed on behalf of the federal government in a petition on the renewal of Proof of Registration cards, 2025. The petition, the deponent and the affidavit are invented for this set.*

**In the Islamabad High Court. Writ petition of Afghan card holders against the Federation of Pakistan.**

**Counter-affidavit of the deponent, a deputy secretary of the ministry concerned**

I, the deponent, state on oath as follows:

1. That I am conversant with the facts of the case and am authorised to swear this affidavit.

2. That the Government of Pakistan has hosted Afghan refugees for over four decades, at great cost and without the support it was promised.

3. That the register of Afghan refugees grew in the years before the present policy. There were 1,743,278 registered Afghan refugees in Pakistan at the end of 2022 (UNHCR Operational Data Portal, end-2022), and 1,987,717 at the end of 2023, according to UNHCR year-end data (2023): a rise of 244,439, or 14.0 percent, in a single year.

4. That the government, in the light of that growth and of the security situation, decided to review the validity of the cards, and has extended them on several occasions while the review continues.

5. That no card holder has been removed from the country solely for the lapse of his card, and that instructions to that effect have been issued to the police.

6. That the petition is misconceived and is liable to be dismissed.

**Verification.** Verified on oath at Islamabad that the contents of this affidavit are true and correct to the best of my knowledge and belief.

Deponent
""", control_type="citation_control")

add("newspaper_advice_column_register", """
# Ask Nadia: "My Father Says We Are Not on Any List"

*Advice column from a Peshawar newspaper's weekend pages, August 2025. The newspaper, the columnist and the letter are invented for this set.*

**Dear Nadia,** I am seventeen. My family came from Kunduz before I was born. My father says we are not on any list and that the police could take us at any time. My friends say there is a list and that we are on it. Who is right? — Worried in Board Bazaar

**Dear Worried,** Your friends may both be right and wrong, so let me explain.

There is a list. It is the register of Afghan refugees, and a family on it holds Proof of Registration cards. The register is large: the UN refugee agency's figure for 2020 was 1,438,432 registered Afghan refugees in Pakistan, and UNHCR's end-of-year 2021 statistics put it at 1,490,562, a rise of 52,130 in a year as babies were added to their parents' cards.

But not every Afghan is on it. Some families hold a different card, the Afghan citizen card; others were never registered. So the first thing is to look: does your father have a card with his photograph and the words Proof of Registration on it? Do you appear on it, or on your mother's?

If you do, you are on the register, though the card must be valid to protect you. If you do not, ask at a legal aid desk; several in Peshawar help Afghan families without charge.

Whatever you find, do not be ashamed of asking. Your father is worried because he loves you. Talk to him gently, and go to the desk together.

— Nadia
""", control_type="citation_control")

add("relief_network_needs_assessment_returnees", """
# Rapid Needs Assessment: Returnee Families in Nangarhar

*Summary of a rapid needs assessment by a network of relief organisations among families returned from Pakistan, published in January 2025. The network and its figures, other than the register, are invented for this set.*

**Background**

The number of registered Afghan refugees in Pakistan fell sharply in 2024. Figures released by UNHCR for end-2023 gave 1,987,717 registered Afghans; at UNHCR's count at the end of 2024 there were 1,559,964, a fall of 427,753, or 21.5 percent, in one year. Many of those who left the register returned to Nangarhar.

**Method**

Teams interviewed 640 returnee households in three districts of Nangarhar in December 2024, using a short questionnaire on shelter, food, work, documents and schooling.

**Main findings**

- Shelter: most families were living with relatives or in rented rooms; a minority were in tents.
- Food: more than half of households had cut the number of meals in the past month.
- Work: few household heads had found regular work; most relied on day labour.
- Documents: many children born in Pakistan had no Afghan identity papers.
- Schooling: girls above primary age were out of school, and boys often worked.

**Priorities**

1. Winter shelter and fuel for families in tents and unheated rooms.
2. Cash for food for the first weeks after return.
3. Help with civil documents for children born in Pakistan.
4. Support for livelihoods, starting with the skills families brought back.

**Contact:** Wajiha Tanai, assessment lead
""", control_type="citation_control")
