# Sixty-sixth held-out set of synthetic documents ("heldout66").  Written from
# scratch after heldout65/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout66.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: a toothpaste maker at Rahim Yar Khan that sells to a
# distributor in Pul-i-Khumri (Baghlan) through Torkham and the Salang; a
# lubricant blender at the Gadoon Amazai Industrial Estate (Swabi) that sells
# to a dealer in Sheberghan (Jawzjan); an okra grower in Sorkh Rod district
# (Nangarhar) who sells through a commission agent in Peshawar and in
# Jalalabad; a heart hospital in Hayatabad, Peshawar, that treats Afghan
# patients; a moulded-sandal works at Larkana that sells to a shoe wholesaler
# in Tarinkot (Uruzgan) through Chaman; and macro documents on the trade
# series, the crossings, connectivity and the register.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Cholistan Oral Care (Pvt) Ltd, Rahim Yar Khan (invented), begun 2011; 160
#     staff; Dandasa Fresh toothpaste, 100 g tube; carton of 144 tubes, truck
#     of 1,000 cartons (144,000 tubes); output 2023 30.0, 2024 36.0, 2025 33.0
#     million tubes; to Baghlan Star Trading, Pul-i-Khumri (since 2019) 4.32 /
#     5.76 / 3.6 million tubes (30 / 40 / 25 trucks), at home 25.68 / 30.24 /
#     29.4 million; 2025 trucks by quarter 8 / 6 / 5 / 6; ex-factory export
#     price Rs 180 (2024) and Rs 195 (2025) a tube; road about 1,340 km.
#     Landed cost 2025 a tube: 195 + freight 4.5 + clearing 1.5 + Afghan duty
#     and fees 19.5 (ten percent) + freight 3.5 = Rs 224.
#   Gadoon Lubricants (Pvt) Ltd, Gadoon Amazai Industrial Estate, Swabi
#     (invented), begun 2008; 120 staff; 4-litre cans, cartons of 6 cans (24
#     litres), 208-litre drums; truck of 1,000 cartons (24,000 litres); sales
#     2023 18.0, 2024 21.6, 2025 20.4 million litres; to Jawzjan Motor Oils,
#     Sheberghan 1.44 / 2.16 / 1.92 million litres (60 / 90 / 80 trucks);
#     2025 mix diesel engine oil 55, petrol engine oil 25, gear oil 12,
#     hydraulic oil 8 percent; October 2025 blending 990 / 450 / 216 / 144
#     thousand litres (1,800); Rs 2,400 a 4-litre can of diesel oil (Rs 600 a
#     litre), drum Rs 120,640 (Rs 580 a litre); road about 780 km.
#   Haji Rahmatullah's farm, Sorkh Rod district, Nangarhar (invented); okra
#     20 jeribs in 2023 and 2024, 24 in 2025; 180 / 200 / 240 tonnes; to Gul
#     Zaman & Sons, commission agents, Peshawar 100 / 120 / 160 t (25 / 30 /
#     40 trucks of 4 t, 400 crates of 10 kg), in Jalalabad 80 t each year;
#     Peshawar 2025 by month June 24 t (6 trucks, Rs 220 a kg), July 56 (14,
#     Rs 150), August 48 (12, Rs 120), September 32 (8, Rs 160); commission 7
#     percent; Sorkh Rod growers' association (36 farms) okra to Peshawar
#     2,400 t (2024) and 2,880 t (2025).
#   Tatara Heart Hospital, Hayatabad, Peshawar (invented), begun 2014; 180
#     beds; Afghan patients 2023 3,600, 2024 4,800, 2025 4,200 (Nangarhar
#     1,680, Kabul 1,050, Kunar 420, Laghman 336, Paktia 294, others 420);
#     angioplasties on Afghan patients 840 (2024) and 960 (2025); two
#     attendants a patient on average; angioplasty with one stent Rs 450,000
#     (stent 180,000, catheter laboratory 150,000, coronary care 75,000,
#     medicines and tests 45,000).
#   Indus Chappal Works, Larkana (invented), begun 2004; 85 workers; moulded
#     sandals, sack of 30 dozen (360 pairs), truck of 150 sacks (54,000 pairs,
#     4,500 dozen); output 2023 2.4, 2024 2.7, 2025 3.0 million pairs; to
#     Uruzgan Shoe House, Tarinkot 270,000 / 432,000 / 378,000 pairs (5 / 8 /
#     7 trucks); Rs 220 (2024) and Rs 240 (2025) a pair, Rs 2,880 a dozen in
#     2025 (Rs 12.96 million a truck); road about 880 km by Sibi, Quetta,
#     Chaman, Kandahar.
#   Macro documents: crossings' daily trucks in 2025 (Torkham 620 out / 380
#     in, Chaman 410 / 290, Ghulam Khan 140 / 60, Angoor Adda 45 / 25); the
#     ministries, committees, newspapers, firms, universities and people are
#     invented and kept consistent within each document.

HELDOUT66 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT66)

# ---------------------------------------------------------------------------
# Cholistan Oral Care (invented), toothpaste maker, Rahim Yar Khan
# ---------------------------------------------------------------------------

add("rahim_yar_khan_toothpaste_export_committee", """
# Export Committee Minutes, 14 January 2026

*Minutes of a meeting at an invented toothpaste maker in Rahim Yar Khan. The company, its distributor and every figure are invented.*

**Present.** Managing director (chair), export manager, finance manager, factory manager and logistics officer.

**1. Shipments to Pul-i-Khumri in 2025.** The export manager presented the year's dispatches to Baghlan Star Trading, the company's distributor in Baghlan province since 2019. Every truck carried 1,000 cartons of 144 tubes of Dandasa Fresh, 100 g.

| Quarter 2025 | Trucks | Tubes (million) |
|---|---|---|
| Q1 | 8 | 1.152 |
| Q2 | 6 | 0.864 |
| Q3 | 5 | 0.720 |
| Q4 | 6 | 0.864 |
| Total | 25 | 3.600 |

He said the third quarter was the weakest, with four trucks, because the Salang road was shut for repairs for most of August and Baghlan Star would not hold stock at the border. The year's 25 trucks compare with 40 in 2024.

**2. Prices and credit.** The finance manager reported that the ex-factory price of Rs 195 a tube, up from Rs 180, had held all year, but that Baghlan Star has asked for 60 days' credit instead of 30. The committee agreed to 45 days for 2026, against a bank guarantee.

**3. Route.** The logistics officer asked that trucks leave on Saturdays so that they reach Torkham before the Monday queue. The road to Pul-i-Khumri is about 1,340 km, four days in good weather.

**4. Plan for 2026.** The committee set a target of 32 trucks and asked the factory manager whether the second filling line can give the extra tubes, about a million, without a third shift. He will report at the February meeting.
""", tvt(["the third quarter was the weakest, with four trucks", "| Q3 | 5 | 0.720 |"],
        {"minutes_value": 4, "table_value": 5}, "trucks of 144,000 tubes",
        "trucks of toothpaste sent to Baghlan Star Trading, Pul-i-Khumri, in the third quarter", "Q3 2025",
        "item 1 of the minutes against the Q3 row of its table",
        "The table gives five trucks (0.720 million tubes, five loads of 144,000) in the third quarter of 2025, and its total of 25 trucks is the sum of 8, 6, 5 and 6. The export manager's remark under the table puts the third quarter at four trucks. The minutes give two counts for the same quarter."))

add("rahim_yar_khan_toothpaste_landed_cost", """
# Landed-Cost Sheet, Annex to Proforma Invoice PI-2025-031

*Annex sent by an invented toothpaste maker in Rahim Yar Khan to its distributor in Pul-i-Khumri, March 2025. Both firms and every figure are invented.*

**Goods.** Dandasa Fresh toothpaste, 100 g tubes, 1,000 cartons of 144 tubes: one full truck of 144,000 tubes, delivered to the buyer's warehouse on the Kunduz road, Pul-i-Khumri.

**Basis.** Freight from Rahim Yar Khan to Torkham is Rs 648,000 for the truck, and freight from Torkham to Pul-i-Khumri Rs 504,000 for a local truck after transshipment. Afghan customs duty and fees are taken at ten percent of the invoice value. Clearing on the Pakistani side covers the export declaration, the weighbridge, the scanner and the agent's fee.

| Item | Rs a tube |
|---|---|
| Ex-factory price | 195.0 |
| Freight, Rahim Yar Khan to Torkham | 4.5 |
| Clearing and Pakistani export documents | 1.5 |
| Afghan customs duty and fees | 19.5 |
| Freight, Torkham to Pul-i-Khumri | 3.5 |
| Total landed cost | 226.0 |

**Notes.**

- Prices are in Pakistani rupees; the buyer converts at the rate of the day of payment.
- The sheet assumes the truck clears Torkham within two days. Each further day of waiting adds Rs 15,000 for the truck.
- The buyer's usual shelf price in Baghlan is 75 afghanis a tube.
- Payment: 25 percent with the order, the rest within 30 days of delivery.

*Prepared by the export desk; valid for orders placed before 30 June 2025.*
""", parts_total(["| Total landed cost | 226.0 |"],
                 {"ex-factory price": 195.0, "freight to Torkham": 4.5, "clearing and export documents": 1.5,
                  "Afghan customs duty and fees": 19.5, "freight Torkham to Pul-i-Khumri": 3.5},
                 226.0, "Rs a tube", "Mar 2025",
                 "landed cost of a tube of Dandasa Fresh at Pul-i-Khumri",
                 "'Total landed cost' row of the cost table",
                 "The five rows of the cost table (195.0, 4.5, 1.5, 19.5 and 3.5 rupees a tube) add up to Rs 224.0, but the 'Total landed cost' row gives Rs 226.0. The rows themselves agree with the basis paragraph (Rs 648,000 and Rs 504,000 over 144,000 tubes; duty at ten percent of Rs 195)."))

add("rahim_yar_khan_toothpaste_job_advert", """
# Job Opening: Export Sales Officer (Afghanistan)

*Advertisement of an invented toothpaste maker in Rahim Yar Khan, posted on a jobs website in November 2025. The company and every figure are invented.*

**About us.** Cholistan Oral Care (Pvt) Ltd has made toothpaste in Rahim Yar Khan since 2011. Our 160 staff made 36 million tubes of Dandasa Fresh in 2024, and we have sold in Afghanistan through one distributor in Pul-i-Khumri since 2019. From July 2025 to February 2025 the factory ran a third shift to keep up with Afghan and home orders, and we now want someone to look after the Afghan market full time.

**The role.** You will:

- plan monthly dispatches with our distributor, Baghlan Star Trading, and with the logistics officer (25 to 40 trucks a year);
- follow every truck from the factory gate to Torkham and on to Pul-i-Khumri, a road of about 1,340 km;
- keep the distributor's price lists, credit and stock reports up to date;
- visit Baghlan and Kabul at least twice a year;
- find one or two new distributors in northern Afghanistan by the end of 2026.

**You have.** A degree in business or commerce; three years in sales of consumer goods; Pashto or Dari as well as Urdu and English; a valid passport.

**We offer.** A salary of Rs 180,000 to Rs 220,000 a month, depending on experience, with a car allowance, medical cover for your family and a yearly bonus of up to two months' pay.

**How to apply.** Send a CV and a one-page note on how you would grow our sales in northern Afghanistan by 15 December 2025. Only short-listed candidates will be called for interview.
""", garbled(["From July 2025 to February 2025 the factory ran a third shift"],
            "The advertisement says the factory ran a third shift 'from July 2025 to February 2025': the period ends five months before it begins.",
            stated_period_start="Jul 2025", stated_period_end="Feb 2025",
            subject="period in which the toothpaste factory ran a third shift",
            location="paragraph 'About us'"))

add("rahim_yar_khan_toothpaste_voice_note", """
# Voice Note from Pul-i-Khumri, Transcribed

*A voice note sent in Dari by the owner of an invented distribution firm in Pul-i-Khumri to his supplier, an invented toothpaste maker in Rahim Yar Khan, in December 2025, transcribed and put into English by the supplier's export desk. Both firms and every figure are invented.*

Salaam, brother, I hope all is well in Rahim Yar Khan and that the cold has not reached you yet. It has reached us.

I am sending this because you asked for next year's plan before your meeting. First, this year. This year we took 25 trucks from you, and you know each truck is one thousand cartons and each carton 144 tubes. So we sold about 25 million tubes of Dandasa in Baghlan, Kunduz and Samangan, less what is still in my store. It was a hard year. The Salang was closed in August, the afghani moved, and the Iranian paste came in cheaper from Herat.

Next year I want 32 trucks, if the price stays at 195 rupees. If you go to 200 rupees I can take only 28. I also want the small tube, the 50 gram one, for the villages: my salesmen say a family in Dahana-i-Ghori will buy two small tubes before it buys one big one.

Second, credit. Your finance manager says 45 days. Forty-five is fine, but the guarantee from my bank costs me money every month. Can we make it 30 days without the guarantee for the first six trucks, and then see?

Third, the posters. The Dari posters you sent in spring were good, but the shops want the price printed on them. Please print 75 afghanis.

Call me after Friday prayers. Khuda hafiz.
""", reuse(["This year we took 25 trucks from you", "we sold about 25 million tubes of Dandasa"], 25, "mixed",
           "trucks of toothpaste taken by the Pul-i-Khumri distributor in 2025",
           "tubes of toothpaste those trucks held, in millions", 3.6,
           "The distributor says he took 25 trucks in 2025, each of 1,000 cartons of 144 tubes, that is 144,000 tubes a truck and 3.6 million tubes in all. In the next sentence he puts the year's tubes at 'about 25 million', the number of trucks, about seven times what the trucks carried.",
           tubes_per_truck=144000, period="2025"))

add("rahim_yar_khan_toothpaste_chairmans_review", """
# Chairman's Review, Annual Report 2025

*Review by the chairman of an invented toothpaste maker in Rahim Yar Khan, from its annual report for 2025. The company and every figure are invented.*

Dear shareholders,

2025 was a year in which we made less and earned more a tube. Output at the Rahim Yar Khan plant came to 33.0 million tubes of toothpaste, against 36.0 million in 2024, because we ran two shifts for most of the year instead of three and because our Afghan distributor took fewer trucks.

**Home market.** Sales at home grew to 29,400 thousand tubes in 2025 from 30,240 thousand in 2024, as the large retail chains in Punjab and Sindh held their orders through the summer. The new 50-gram tube, sold mainly in southern Punjab, made up about a tenth of home sales in its first year.

**Afghanistan.** Our distributor in Pul-i-Khumri took 25 trucks, or 3.6 million tubes, against 40 trucks in 2024. The Salang tunnel was closed for repairs for much of August, and toothpaste made in Iran has become cheaper in the northern provinces. At Rs 195 a tube, up from Rs 180, our export revenue was Rs 702 million.

**Costs.** The price of imported calcium carbonate and of laminated tubes rose by about 12 percent. We passed on part of the rise and kept the rest, so the gross margin fell by two points.

**Outlook.** The board expects 2026 to bring better Afghan orders; our distributor has asked for 32 trucks. We will also look for a second distributor in Mazar-i-Sharif.

I thank our 160 staff for a difficult year, and you for your patience.

*Chairman, Board of Directors, March 2026*
""", direction("Sales at home grew to 29,400 thousand tubes in 2025 from 30,240 thousand in 2024",
              30240, 29400, "2024", "2025", "grew", "rise", "thousand tubes",
              "home sales of Cholistan Oral Care's toothpaste", "paragraph 'Home market'",
              "Home sales went from 30,240 thousand tubes in 2024 to 29,400 thousand in 2025, a fall of 840 thousand tubes (2.78 percent), which also follows from the review's own output and export figures (33.0 less 3.6 million). The review says home sales 'grew'."))

add("rahim_yar_khan_toothpaste_distributor_faq_control", """
# Questions from Afghan Distributors: Our Answers

*Page of the export pages of an invented toothpaste maker's website, Rahim Yar Khan, January 2026. The company and every figure are invented.*

**How is Dandasa Fresh packed?** In 100 g tubes, 144 tubes to a carton. A full truck takes 1,000 cartons, so 144,000 tubes.

**What is the smallest order?** One full truck. We do not send part loads across the border, because the clearing cost is the same for a part load as for a full one.

**How long does the toothpaste keep?** 36 months from the date of filling, printed on every tube. Please sell the oldest stock first.

**How long does delivery take?** We load within 10 days of the advance payment. The road from Rahim Yar Khan to Torkham takes two days, and a truck to Pul-i-Khumri another two in good weather.

**What does it cost?** Rs 195 a tube ex-factory in 2025. Afghan duty and fees are about ten percent of that.

**How much do you sell in Afghanistan?** In 2024 our distributor in Pul-i-Khumri took 40 trucks, or 5.76 million tubes: 16 percent of the 36 million tubes we made that year. In 2025 it took 25 trucks, or 3.6 million tubes, a fall of 37.5 percent, mainly because the Salang was closed in August.

**Will you appoint more distributors?** Yes. We are looking for one in Mazar-i-Sharif and one in Kabul. Write to the export desk with your firm's licence, your warehouse space and the districts you cover.

**Do you print in Dari and Pashto?** Yes: cartons and leaflets in both, and posters on request.
""", control_type="control")

# ---------------------------------------------------------------------------
# Gadoon Lubricants (invented), lubricant blender, Gadoon Amazai, Swabi
# ---------------------------------------------------------------------------

add("gadoon_lubricants_plant_monthly_report", """
# Blending Plant: Monthly Report for October 2025

*Report by the plant manager of an invented lubricant blender at the Gadoon Amazai Industrial Estate, Swabi, to the company's directors. The company and every figure are invented.*

**Summary.** The plant blended 1.8 million litres in October, a tenth more than in September, on two shifts and with no lost-time accident. Base oil stock at month end was enough for 19 days.

**Blending by product.**

| Product | Thousand litres |
|---|---|
| Diesel engine oil 15W-40 | 990 |
| Petrol engine oil 20W-50 | 450 |
| Gear oil 85W-140 | 216 |
| Hydraulic oil 68 | 144 |
| Total | 1,800 |

**Comment.** Diesel engine oil, at 960,000 litres, again took more than half of the month's blending, because the Afghan order for winter was filled in October: 12 trucks for Jawzjan Motor Oils in Sheberghan, each of 1,000 cartons of six four-litre cans. Petrol engine oil was a quarter of the total, as in most months. Gear oil rose with the start of the wheat-sowing season, when tractor owners change their oil.

**Filling and packing.** The can line filled 6,100 cartons in its best week. The drum line was stopped for two days to change a pump seal; drums for the hydraulic-oil customers in Mardan were filled on the third day.

**Quality.** All 46 batches passed viscosity and flash-point tests at the first attempt. One customer complaint (a leaking can lid) was traced to a supplier's lot and the lot was returned.

**Next month.** Blending should fall to about 1.5 million litres, since the Afghan winter order is complete. Maintenance will replace the second blending kettle's agitator motor.
""", tvt(["Diesel engine oil, at 960,000 litres", "| Diesel engine oil 15W-40 | 990 |"],
        {"comment_value": 960, "table_value": 990}, "thousand litres",
        "diesel engine oil 15W-40 blended at the Gadoon plant", "Oct 2025",
        "paragraph 'Comment' against the diesel row of the blending table",
        "The blending table gives 990 thousand litres of diesel engine oil in October 2025, and its total of 1,800 is the sum of 990, 450, 216 and 144. The comment under the table gives the same product and month as 960,000 litres. The report gives two volumes for the same blend."))

add("gadoon_lubricants_investor_teaser", """
# Project Indus Oil: Investor Teaser

*Two-page teaser circulated by an invented corporate-finance adviser for the sale of a minority stake in an invented lubricant blender at Gadoon Amazai, Swabi, January 2026. The adviser, the company and every figure are invented.*

**The opportunity.** A 35 percent stake in a profitable, family-owned blender of engine, gear and hydraulic oils, with a plant of 30 million litres a year and a brand known across Khyber Pakhtunkhwa and northern Afghanistan.

**Highlights.**

- Sales of 20.4 million litres in 2025, up from 18.0 million in 2023.
- 120 staff; plant built in 2008 and extended in 2019.
- Exports to northern Afghanistan through one dealer in Sheberghan since 2016: 1.92 million litres in 2025, 80 trucks.
- Own can-making and filling line for four-litre cans; drums bought in.

**Sales mix, 2025, by volume.** Diesel engine oil made up 55 percent of litres sold, petrol engine oil 25 percent, gear oil 14 percent and hydraulic oil 8 percent. Diesel engine oil sells mostly to transport fleets and tractor owners; petrol engine oil to motorcycle and car workshops.

**Why now.** The founding family wants capital for a second blending kettle and a drum line, which would lift capacity to 40 million litres a year and let the company sell 208-litre drums to mines and factories in Afghanistan.

**Numbers.** Revenue and profit figures are in the information memorandum, available after signing a confidentiality agreement. The company has no long-term debt.

**Process.** Non-binding offers by 31 March 2026; site visits in April. Contact the adviser's Islamabad office.
""", arith(["Diesel engine oil made up 55 percent of litres sold, petrol engine oil 25 percent, gear oil 14 percent and hydraulic oil 8 percent"],
          "The teaser splits 2025 sales by volume into four products, 55, 25, 14 and 8 percent of litres sold. Together they make 102 percent of the whole.",
          shares_pct={"diesel engine oil": 55, "petrol engine oil": 25, "gear oil": 14, "hydraulic oil": 8},
          sum_pct=102, period="2025", unit="percent of litres sold",
          subject="sales mix of Gadoon Lubricants by product", location="paragraph 'Sales mix, 2025, by volume'"))

add("gadoon_lubricants_safety_data_sheet", """
# Safety Data Sheet (Extract): Gadoon Turbo Diesel 15W-40

*Extract from the data sheet of an invented lubricant blender at Gadoon Amazai, Swabi, issued for its export cans to Afghanistan, revised September 2025. The company, the product and every figure are invented.*

**1. Product and supplier.** Heavy-duty diesel engine oil, SAE 15W-40, API CI-4. Sold in four-litre cans (six to a carton) and in 208-litre drums. Export labels in Dari and Pashto for the dealer in Sheberghan, Jawzjan.

**2. Hazards.** Not classified as dangerous. Used oil may contain harmful combustion products; avoid long skin contact.

**4. First aid.** Skin: wash with soap and water. Eyes: rinse for ten minutes. If swallowed: do not make the person vomit; seek medical help.

**5. Fire.** Use foam, dry powder or carbon dioxide; do not use a water jet.

**7. Storage.** Store cans under cover, below 40 degrees Celsius, and no more than five cartons high. Keep drums on their sides on wooden cradles, bungs at three and nine o'clock.

**9. Physical properties.** Amber liquid with a mild odour. Kinematic viscosity 14.5 square millimetres a second at 100 degrees Celsius. Density 0.88 kg a litre at 15 degrees Celsius. Flash point, Cleveland open cup, 228 degrees Celsius. Flash point, Cleveland open cup, 228 degrees Celsius. Pour point minus 27 degrees Celsius.

**13. Disposal.** Used oil must go to a licensed re-refiner; never burn it in open pits or pour it on the ground.

**14. Transport.** Not regulated for road transport. A full truck of 1,000 cartons weighs about 23 tonnes with packing.

*Issued by the quality manager. This extract does not replace the full sheet.*
""", repeated("Flash point, Cleveland open cup, 228 degrees Celsius.", 2,
              "flash point of Gadoon Turbo Diesel 15W-40", "section 9 'Physical properties'",
              "Section 9 states the flash point twice, word for word, in two sentences that follow each other."))

add("gadoon_lubricants_insurance_claim", """
# Claim Letter: Overturned Truck on the Salang Road

*Letter from an invented lubricant blender at Gadoon Amazai, Swabi, to its invented marine and transit insurer, December 2025. The firms, the people and every figure are invented.*

To the Claims Manager,

**Policy and consignment.** Under our open transit policy, we give notice of a loss on consignment 2025/74, one truck of 1,000 cartons of Gadoon Turbo Diesel 15W-40, six four-litre cans to a carton, invoiced to Jawzjan Motor Oils, Sheberghan, at Rs 2,400 a can.

**What happened.** On 3 December 2025, at about 6 am, the Afghan truck that had taken over the load at Torkham slid on ice near the southern approach to the Salang tunnel and turned onto its side. The driver was unhurt. Our dealer's staff reached the truck the same afternoon, and a surveyor from Kabul inspected the load on 4 December.

**The loss.** The surveyor found that 240 cartons were crushed and their cans split, and that the rest of the load was sound. The sound cartons were reloaded onto a second truck and delivered to Sheberghan on 6 December. We therefore claim for a loss of 240 litres of oil, at the invoice value of Rs 3,456,000, together with the surveyor's fee of Rs 85,000 and the cost of the second truck, Rs 190,000.

**Documents enclosed.**

- Commercial invoice and packing list for consignment 2025/74.
- Afghan transit and customs papers from Torkham.
- Surveyor's report with photographs.
- Delivery receipt signed in Sheberghan for the cartons delivered.
- Invoice of the second truck.

We ask that the claim be settled in rupees to our account in Swabi. Please write to the undersigned if you need anything further.

*Finance Manager*
""", reuse(["240 cartons were crushed", "a loss of 240 litres of oil"], 240, "mixed",
           "cartons of diesel engine oil crushed when the truck overturned",
           "litres of oil lost in those cartons", 5760,
           "The surveyor found 240 cartons crushed, each of six four-litre cans, that is 24 litres a carton and 5,760 litres in all; the claimed value of Rs 3,456,000 is 1,440 cans at Rs 2,400. The next sentence claims for 'a loss of 240 litres of oil', the number of cartons.",
           litres_per_carton=24, period="3 Dec 2025"))

add("gadoon_lubricants_podcast_notes", """
# Show Notes: "Border Business", Episode 38, Oil over the Hindu Kush

*Notes for an episode of an invented Urdu business podcast, posted in November 2025. The podcast, the guest's company and every figure are invented.*

**In this episode.** We talk to the managing director of Gadoon Lubricants, a blender of engine oil at the Gadoon Amazai Industrial Estate in Swabi, about selling to northern Afghanistan.

**What we covered.**

- 00:02 How a family that began by trading used oil in Peshawar came to build a blending plant in 2008.
- 00:09 Why Sheberghan: the company's dealer there, Jawzjan Motor Oils, has sold its oil since 2016, mostly to truck fleets and the owners of tractors and generators.
- 00:17 The road: Swabi to Peshawar, Torkham, Kabul, the Salang and Mazar-i-Sharif, about 780 km. In 2025 every one of the 80 trucks crossed from Pakistan into Turkmenistan at Torkham, where the load is moved to an Afghan truck.
- 00:26 Competition: most of the diesel sold in Sheberghan comes in from Turkmenistan through Aqina, but engine oil is a different market, where Pakistani, Iranian and Emirati brands fight on price.
- 00:34 Packing for the cold: why cans, not drums, and why the winter order leaves in October.
- 00:41 Money: payment by bank transfer through Kabul, and the three weeks it can take.
- 00:48 What next: drums for mines, and a second dealer in Kunduz.

**Numbers from the episode.** 80 trucks to Sheberghan in 2025, each of 1,000 cartons of 24 litres, so 1.92 million litres, against 90 trucks in 2024. The company sold 20.4 million litres in all.

**Listen** on the usual apps. Next week: a Quetta firm that ships onions to Kandahar.
""", scope("every one of the 80 trucks crossed from Pakistan into Turkmenistan at Torkham", "TKM", ["PAK", "TKM"],
           "Turkmenistan",
           "The notes say the Sheberghan trucks crossed 'from Pakistan into Turkmenistan at Torkham'. Torkham is a crossing between Pakistan and Afghanistan, and the road the notes give runs on to Kabul, the Salang and Mazar-i-Sharif; Turkmenistan stands in Afghanistan's place. Turkmenistan is named correctly elsewhere, as the source of diesel that enters Afghanistan through Aqina.",
           stands_for="AFG", crossing="Torkham",
           not_a_defect="most of the diesel sold in Sheberghan comes in from Turkmenistan through Aqina",
           location="list 'What we covered', item 00:17"))

add("gadoon_lubricants_dealer_price_list_control", """
# Price List for Afghan Dealers, 2026

*Price list of an invented lubricant blender at Gadoon Amazai, Swabi, sent to its dealer in Sheberghan in January 2026. The company, the dealer and every figure are invented.*

**Prices, ex-works Swabi, in Pakistani rupees.**

| Product | Pack | Rs a pack | Rs a litre |
|---|---|---|---|
| Diesel engine oil 15W-40 | 4-litre can | 2,400 | 600 |
| Diesel engine oil 15W-40 | 208-litre drum | 120,640 | 580 |
| Petrol engine oil 20W-50 | 4-litre can | 2,200 | 550 |
| Gear oil 85W-140 | 4-litre can | 2,600 | 650 |
| Hydraulic oil 68 | 208-litre drum | 104,000 | 500 |

**Terms.**

- Cans are sold by the carton of six; a carton of diesel engine oil is therefore Rs 14,400.
- The smallest order is a full truck: 1,000 cartons of cans, or 110 drums.
- The drum of diesel engine oil works out at Rs 580 a litre, Rs 20 a litre less than the can, because it needs no can, carton or filling time.
- Prices are unchanged from the 2025 list except for gear oil, up from Rs 2,400 to Rs 2,600 a can (8.3 percent), after the rise in the price of imported base oil.

**Your 2025 orders.** You took 80 trucks in 2025, or 1.92 million litres, against 90 trucks in 2024, a fall of about 11 percent. We understand the reasons, the Salang closure and the new Iranian brands, and have kept your discount at 5 percent for 2026.

**Payment.** 40 percent with the order, 60 percent within 45 days of delivery at Sheberghan, by bank transfer.

*Sales Department, Gadoon Lubricants (Pvt) Ltd*
""", control_type="control")

# ---------------------------------------------------------------------------
# Haji Rahmatullah's farm (invented), okra grower, Sorkh Rod, Nangarhar
# ---------------------------------------------------------------------------

add("sorkh_rod_okra_loan_appraisal", """
# Loan Appraisal: Seasonal Loan for an Okra Grower

*Appraisal written by a loan officer of an invented rural finance company in Jalalabad, February 2026. The company, the farmer and every figure are invented.*

**Applicant.** Haji Rahmatullah, farmer of Sorkh Rod district, Nangarhar, a client since 2021 who has repaid three seasonal loans on time. He grows okra in summer and wheat in winter on land he owns and rents near the Kabul river.

**Request.** AFN 600,000 for twelve months, to buy seed, fertiliser and 2,000 new plastic crates, and to pay pickers in June and July, before the first payments from Peshawar arrive.

**Past seasons (from his sale slips and the commission agent's accounts).**

| Season | Okra jeribs | Okra tonnes | Trucks to Peshawar |
|---|---|---|---|
| 2023 | 20 | 180 | 25 |
| 2024 | 20 | 200 | 30 |
| 2025 | 24 | 240 | 40 |

**How he sells.** Okra is picked every other day, packed in crates of 10 kg and sent by Mazda truck, 400 crates or four tonnes a load, over Torkham to Gul Zaman & Sons in Peshawar's vegetable market, who sell it at auction for a 7 percent commission. What does not go to Peshawar is sold in Jalalabad, 80 tonnes in each of the last three seasons. In 2024 he sent 32 trucks to Peshawar, and the agent's accounts show that every one was paid within three weeks.

**Risks.** Torkham closures in the picking season are the main risk: a truck held for two days loses most of its value. Prices in Peshawar also swing widely, from Rs 120 to Rs 220 a kg in 2025. The applicant has a second income from wheat and a shop in Sorkh Rod bazaar.

**Recommendation.** Approve AFN 600,000 at the standard rate, repayable in two instalments, in October 2026 and in February 2027, with his brother as guarantor.
""", tvt(["In 2024 he sent 32 trucks to Peshawar", "| 2024 | 20 | 200 | 30 |"],
        {"text_value": 32, "table_value": 30}, "Mazda trucks of four tonnes",
        "trucks of okra sent by the applicant to Peshawar", "2024",
        "paragraph 'How he sells' against the 2024 row of the table of past seasons",
        "The table of past seasons gives 30 trucks to Peshawar in 2024, which also fits its 200 tonnes less the 80 sold in Jalalabad (120 tonnes in four-tonne loads). The paragraph below says he sent 32 trucks that year. The appraisal gives two counts for the same season."))

add("sorkh_rod_okra_sms_price_alerts", """
# Market Price Alerts, Week of 14 July 2025

*SMS alerts sent by an invented market information service to vegetable growers in Nangarhar who subscribe to it, collected for the service's weekly log. The service and every figure are invented; prices are for grade-A produce at the morning auction.*

The service sends one alert each market day at 9 am, in Pashto, to about 1,900 subscribers in Sorkh Rod, Behsud, Kama and the neighbouring districts. This log gives the English of each alert.

- Mon 14 Jul: Okra, Peshawar, Rs 165 a kg, down from Rs 180 on Saturday. Okra, Jalalabad, 38 afghanis a kg. Torkham open; 20 to 30 hours' wait for perishables.
- Tue 15 Jul: Okra, Peshawar, up from Rs 150 a kg to Rs 150 a kg. Okra, Jalalabad, 36 afghanis. Torkham open; perishables lane working.
- Wed 16 Jul: Okra, Peshawar, Rs 140 a kg after heavy arrivals from Punjab. Tomato, Peshawar, Rs 95 a kg. Torkham open.
- Thu 17 Jul: Okra, Peshawar, Rs 145 a kg. Okra, Jalalabad, 35 afghanis. Rain expected in the Khyber Pass tomorrow afternoon.
- Sat 19 Jul: Okra, Peshawar, Rs 155 a kg. Okra, Jalalabad, 37 afghanis. Torkham closed for two hours in the morning for a flag meeting; reopened at 11 am.

**Note for subscribers.** Prices in Peshawar are before the commission agent's cut, usually 7 percent, and before unloading and market fees. The average Peshawar price this week was about Rs 151 a kg, lower than the July average of last year. Growers who can hold okra for a day in the shade lose about a tenth of its weight.

*To stop the alerts, reply STOP. To add a crop, reply with its name.*
""", garbled(["Okra, Peshawar, up from Rs 150 a kg to Rs 150 a kg"],
            "The Tuesday alert says okra in Peshawar went 'up from Rs 150 a kg to Rs 150 a kg': a rise that starts and ends at the same price on the same market day.",
            start_value=150, end_value=150, start_period="15 Jul 2025", end_period="15 Jul 2025",
            unit="Rs a kg", subject="grade-A okra price at the Peshawar morning auction",
            location="alert of Tuesday 15 July"))

add("sorkh_rod_okra_agronomist_visit", """
# Field Visit Report: Okra, Sorkh Rod

*Report by an agronomist of an invented horticulture project in Nangarhar after a visit to a client farm, October 2025. The project, the farmer and every figure are invented.*

**Farm.** Haji Rahmatullah, Sorkh Rod district. Visited on 7 October 2025, after the last picking, with the district extension worker.

**Season in brief.** The farmer planted okra in late April on land along a canal of the Kabul river, using a hybrid seed sold by the project's input dealers for the second year. The crop covered 24 jeribs and gave 240 tonnes over the season, or 24 tonnes a jerib, which the farmer says is the best yield he has had. Picking began on 12 June and ended on 28 September.

**Observations.**

- Rows were 60 cm apart with plants every 30 cm, as advised; weeding was done by hand three times.
- Furrow irrigation every five to six days; two waterings were missed in July when the canal was closed for cleaning.
- Yellow vein mosaic was seen on about 5 percent of plants in August; the farmer pulled the worst ones.
- Pickers were paid AFN 300 a day; up to 18 pickers worked at the peak.
- Crates of 10 kg were used throughout; the farmer bought 600 new crates this year.

**Sales.** Two thirds of the crop, 160 tonnes, went to a commission agent in Peshawar in 40 Mazda loads; the rest was sold in Jalalabad.

**Advice for 2026.** Keep the hybrid seed, sow a week earlier to catch the high June prices, and replace whitefly-infested plants early. The farmer should also ask the irrigation association for the canal cleaning dates in advance.

*Agronomist, Horticulture Value Chains Project*
""", reuse(["The crop covered 24 jeribs", "or 24 tonnes a jerib"], 24, "mixed",
           "jeribs of okra on the farm in 2025", "okra yield, in tonnes a jerib", 10,
           "The report says 24 jeribs gave 240 tonnes, which is 10 tonnes a jerib. It then gives the yield as '24 tonnes a jerib', the number of jeribs; 24 tonnes a jerib on 24 jeribs would be 576 tonnes.",
           tonnes=240, period="2025"))

add("sorkh_rod_okra_growers_agm_minutes", """
# Minutes of the Annual General Meeting, Sorkh Rod Vegetable Growers' Association

*Minutes of the annual meeting of an invented growers' association in Nangarhar, held in Sorkh Rod on 20 November 2025, translated from Pashto. The association, its members and every figure are invented.*

**Attendance.** 31 of the association's 36 member farms were represented. The district agriculture officer attended as a guest.

**1. Chairman's report.** The chairman, Haji Rahmatullah, reported on the 2025 season. Members' okra shipments to Peshawar eased to 2,880 tonnes in 2025 from 2,400 tonnes in 2024, because three members planted okra for the first time and the hybrid seed did well. Jalalabad took most of the rest. Tomato shipments to Peshawar were about the same as last year.

**2. Torkham.** Members lost 11 truckloads during the closure of late June, when trucks waited up to four days. The meeting asked the chairman to press, with the chamber in Jalalabad, for a permanent lane for perishables at Torkham.

**3. Crates.** The association's crate pool bought 5,000 crates in 2025. The meeting agreed a hire charge of AFN 5 a crate a trip, to cover losses.

**4. Accounts.** The treasurer reported income of AFN 410,000 (member fees and crate hire) and spending of AFN 365,000, leaving AFN 45,000 to carry forward. The accounts were approved.

**5. Elections.** The chairman and treasurer were re-elected for two years. A new secretary, a member from the Kabul river side of the district, was elected.

**6. Any other business.** A member asked whether the association could sell directly in Islamabad. The chairman said that, with the commission agents in Peshawar paying within three weeks, the members should first learn the Islamabad market from one trial truck in 2026.

*Recorded by the secretary.*
""", direction("Members' okra shipments to Peshawar eased to 2,880 tonnes in 2025 from 2,400 tonnes in 2024",
              2400, 2880, "2024", "2025", "eased", "fall", "tonnes",
              "okra sent to Peshawar by members of the Sorkh Rod growers' association", "item 1, chairman's report",
              "Shipments went from 2,400 tonnes in 2024 to 2,880 tonnes in 2025, a rise of 480 tonnes (20 percent), and the same sentence explains it by new growers and a good seed. The minutes say shipments 'eased'."))

add("sorkh_rod_okra_value_chain_summary", """
# Summary: The Okra Value Chain from Nangarhar

*Two-page summary of a study by an invented Kabul research NGO, December 2025. The NGO, the study and every figure are invented.*

**Why okra.** Okra is one of the few summer vegetables that Nangarhar's farmers can sell abroad at a good price. In June, before Punjab's main crop reaches the market, a kilo in Peshawar can fetch Rs 220.

**The chain.** Growers in districts such as Sorkh Rod pick every other day and pack in 10 kg crates. A commission agent in Jalalabad or the grower himself loads a Mazda truck of 400 crates, and okra from Sorkh Rod reaches Iran's wholesale markets within a day by way of Torkham, where it is sold at auction by commission agents for 6 to 8 percent. Payment comes back through money changers in Jalalabad, usually within three weeks.

**What we found.** We followed 42 growers through the 2025 season.

- The median grower sent 9 trucks abroad and sold the rest in Jalalabad.
- Growers lost an average of 11 percent of their crop to delays at the border, almost all during closures.
- Growers who used shared crates lost less to bruising than those who used sacks.

**Elsewhere in Afghanistan.** The west has its own route: Herat's growers sell tomatoes into Iran through Islam Qala, but okra is grown there only for local markets.

**Recommendations.**

- A lane for perishables, open every day, at Torkham.
- A cool store of 200 tonnes near Jalalabad, so that growers can wait out short closures.
- Price information by SMS for all growers, not only subscribers.

*The full study, with its survey tables, is available from the NGO's Kabul office.*
""", scope("okra from Sorkh Rod reaches Iran's wholesale markets within a day by way of Torkham", "IRN", ["AFG", "IRN"],
           "Iran",
           "The summary says okra from Sorkh Rod 'reaches Iran's wholesale markets within a day by way of Torkham'. Torkham leads from Nangarhar into Pakistan, and the rest of the paragraph (prices in rupees in Peshawar, commission agents) describes the Pakistani market; Iran stands in Pakistan's place. Iran is named correctly later, as the market Herat's growers reach through Islam Qala.",
           stands_for="PAK", crossing="Torkham",
           not_a_defect="Herat's growers sell tomatoes into Iran through Islam Qala",
           location="paragraph 'The chain'"))

add("sorkh_rod_okra_account_sale_control", """
# Account Sale: Okra, September 2025

*Monthly account sent by an invented firm of commission agents in Peshawar's vegetable market to a grower in Sorkh Rod, Nangarhar. The firm, the grower and every figure are invented.*

To Haji Rahmatullah, Sorkh Rod. Account of okra received and sold for you in September 2025.

**Received.** 8 Mazda trucks, 3,200 crates of 10 kg, 32 tonnes in all. Two trucks arrived late after the rain of 17 September and were sold at the evening auction.

**Sold.** 32,000 kg at an average of Rs 160 a kg: gross Rs 5,120,000.

**Deductions.**

- Commission at 7 percent: Rs 358,400.
- Unloading at Rs 20 a crate: Rs 64,000.
- Market fee at 1 percent: Rs 51,200.

**Net to you.** Rs 4,646,400, which we will pay through the money changer in Jalalabad by 10 October, as usual.

**The month in the market.** The price rose in September, from Rs 120 a kg in August to Rs 160, as Punjab's okra ran out and the cooler weather cut supply from Sindh. Over the season we sold 160 tonnes for you in 40 trucks, against 120 tonnes in 30 trucks in 2024, a rise of a third.

**For next season.** Buyers in Peshawar now ask for okra no longer than a finger. Please tell your pickers. We will again advance the cost of crates for June if you need it.

*Gul Zaman & Sons, Commission Agents*
""", control_type="control")

# ---------------------------------------------------------------------------
# Tatara Heart Hospital (invented), Hayatabad, Peshawar
# ---------------------------------------------------------------------------

add("hayatabad_heart_hospital_annual_report_afghan_patients", """
# Annual Report 2025: Patients from Afghanistan

*Page from the annual report of an invented private heart hospital in Hayatabad, Peshawar. The hospital and every figure are invented.*

Patients from Afghanistan have come to us since the hospital opened in 2014, most of them on medical visas issued in Kabul and Jalalabad. In 2025 we registered 4,200 Afghan patients, 12.5 percent fewer than the 4,800 of 2024, when a backlog of patients from the border closures of 2023 reached us.

**Where they came from.**

| Province | Patients | Share (%) |
|---|---|---|
| Nangarhar | 1,680 | 40 |
| Kabul | 1,050 | 25 |
| Kunar | 420 | 10 |
| Laghman | 336 | 8 |
| Paktia | 294 | 7 |
| Other provinces | 420 | 10 |
| Total | 4,200 | 100 |

Nangarhar, a short drive from Torkham, again sent the most. Kabul sent 1,150 patients, a quarter of the total, many of them referred by cardiologists there for surgery that is not yet offered in the city. Patients from Kunar and Laghman usually came through Jalalabad.

**What we did for them.** Afghan patients had 960 angioplasties and 240 bypass operations in 2025. The average stay after a bypass was seven days. Our Afghan patients' desk, with two Dari and Pashto speakers, helped with visas, money transfers and guest houses for attendants.

**Problems.** Border closures still interrupt treatment: 37 patients missed a follow-up visit in 2025 because they could not cross. Visa extensions take a week or more.

**2026.** We will open a follow-up clinic by video link with a partner hospital in Jalalabad, so that patients need not cross the border for routine checks.
""", tvt(["Kabul sent 1,150 patients, a quarter of the total", "| Kabul | 1,050 | 25 |"],
        {"text_value": 1150, "table_value": 1050}, "patients",
        "Afghan patients of Tatara Heart Hospital from Kabul province", "2025",
        "paragraph under the table against the table's Kabul row",
        "The table gives 1,050 patients from Kabul in 2025, 25 percent of 4,200, and its column adds up to 4,200. The paragraph below gives 1,150 patients from Kabul and calls them a quarter of the total, which 1,150 is not. The page gives two counts for the same province and year."))

add("hayatabad_heart_hospital_welfare_appeal", """
# An Appeal from the Patients' Welfare Society

*Appeal letter of an invented welfare society attached to an invented heart hospital in Hayatabad, Peshawar, sent to donors before Ramadan 2026. The society, the hospital, the patient and every figure are invented.*

Dear friend,

Last autumn a farmer from Kunar, whom we will call Gul Khan, arrived at our emergency room with a heart attack. He had crossed at Torkham with his son at dawn, and the doctors opened his blocked artery within an hour. He went home a week later. His family had sold two cows to pay for the journey, and could pay nothing towards the treatment. The Patients' Welfare Society paid for it, with your zakat and donations.

**What an angioplasty costs.** For a patient who needs one stent, the hospital's package price is:

- The stent itself: Rs 190,000
- Catheter laboratory, doctors and nurses: Rs 150,000
- Three nights in the coronary care unit: Rs 75,000
- Medicines and tests: Rs 45,000
- Total: Rs 450,000

**What we did in 2025.** The society paid in full or in part for 146 patients, 58 of them from Afghanistan. We spent Rs 38.6 million, all of it on treatment; the hospital meets our office costs.

**What we ask.** Our aim for 2026 is to help 180 patients. A gift of Rs 75,000 pays for a patient's stay in coronary care; a gift of Rs 450,000 pays for a whole angioplasty. Any amount helps.

**How to give.** By bank transfer to the society's account, by cheque, or at the society's desk in the hospital lobby. Receipts are issued for zakat and for tax.

With thanks and prayers,

*Honorary Secretary, Patients' Welfare Society*
""", parts_total(["- Total: Rs 450,000"],
                 {"stent": 190000, "catheter laboratory, doctors and nurses": 150000,
                  "three nights in coronary care": 75000, "medicines and tests": 45000},
                 450000, "Rs", "2025",
                 "package price of an angioplasty with one stent",
                 "'Total' line of the list 'What an angioplasty costs'",
                 "The four items of the package (Rs 190,000, 150,000, 75,000 and 45,000) add up to Rs 460,000, but the list's 'Total' line, and the appeal's later 'Rs 450,000 pays for a whole angioplasty', give Rs 450,000."))

add("hayatabad_heart_hospital_superintendent_memo", """
# Memo: Afghan Patients and Visa Extensions

*Internal memo from the medical superintendent of an invented heart hospital in Hayatabad, Peshawar, to heads of department, 1 December 2025. The hospital and every figure are invented.*

To: Heads of Cardiology, Cardiac Surgery, Nursing and Admissions
From: Medical Superintendent
Subject: Afghan patients whose visas run out during treatment

**Background.** Most Afghan patients arrive on a medical visa of 30 days for the patient and two attendants. Patients who need surgery, or who have complications, often need more time, and an extension must be sought from the authorities in Peshawar before the visa runs out. When we are late, patients and their families are fined or sent back before treatment is complete.

**The numbers.** The Afghan patients' desk has kept a record since October. Since 1 October, 212 Afghan patients have been admitted and 38 of them needed an extension. Since 1 October, 212 Afghan patients have been admitted and 38 of them needed an extension. Of the 38, nine applied late and six had to pay fines.

**What changes from today.**

- Admissions will record the visa's end date on the front sheet of every Afghan patient's file.
- Any consultant who expects a stay of more than 20 days must tell the Afghan patients' desk on the day of admission.
- The desk will apply for extensions ten days before a visa runs out, with a letter from the treating consultant.
- Nursing will tell the desk of any transfer to intensive care the same day.

**Attendants.** Attendants' visas run with the patient's, and the same rules apply to them.

Please brief your staff this week. The desk's extension is 214.
""", repeated("Since 1 October, 212 Afghan patients have been admitted and 38 of them needed an extension.", 2,
              "Afghan patients admitted since 1 October 2025 and those who needed a visa extension",
              "paragraph 'The numbers'",
              "The paragraph 'The numbers' states the same sentence twice in a row, word for word."))

add("hayatabad_heart_hospital_attendants_hostel_note", """
# Note to the Board: A Hostel for Attendants

*Note by the director of operations of an invented heart hospital in Hayatabad, Peshawar, for the board meeting of February 2026. The hospital and every figure are invented.*

**Proposal.** To build a hostel of 120 beds on the hospital's vacant plot behind the car park, for the attendants of patients from outside Peshawar, above all from Afghanistan.

**The need.** On average each Afghan patient comes with two attendants, usually a son and a brother or a wife. In 2025 our 4,200 Afghan patients came with 4,200 attendants, most of whom stayed in the guest houses of Hayatabad and Karkhano market at Rs 3,000 to Rs 5,000 a night. Many sleep in the corridors in the first nights, which our nurses report as a risk to infection control.

**Design.** Two storeys, separate wings for men and women and for families, a kitchen where attendants can cook, and a prayer room. The architect's estimate is Rs 96 million.

**Running costs.** We would charge Rs 1,500 a bed a night, which would cover cleaning, security and utilities at an occupancy of 70 percent. The hostel would not be a profit centre.

**Funding.** The Patients' Welfare Society has offered Rs 30 million, and two Afghan traders in Peshawar have promised Rs 15 million between them. The rest, Rs 51 million, would come from the hospital's reserves.

**Timing.** Building would take 14 months from approval.

**Decision sought.** The board is asked to approve the hostel in principle and to allow the director of operations to seek building approval from the development authority.
""", reuse(["our 4,200 Afghan patients", "came with 4,200 attendants"], 4200, "mixed",
           "Afghan patients of the hospital in 2025", "attendants who came with them", 8400,
           "The note says that each Afghan patient comes on average with two attendants, and that the hospital had 4,200 Afghan patients in 2025, which gives about 8,400 attendants. It gives the attendants as 4,200, the number of patients.",
           attendants_per_patient=2, period="2025"))

add("hayatabad_heart_hospital_talk_show", """
# Talk Show Transcript: "Seehat aur Sarhad"

*Part of the transcript of an invented weekly health programme on an invented Peshawar television channel, January 2026, translated from Urdu. The channel, the hospital and every figure are invented.*

**HOST:** Welcome back. With me is the chief cardiologist of a private heart hospital in Hayatabad, which treats thousands of patients from across the border every year. Doctor sahib, how many Afghans come to you?

**CARDIOLOGIST:** Last year, 4,200. In 2024 it was 4,800, because patients who could not come during the closures of 2023 came the next year.

**HOST:** And what do they come for?

**CARDIOLOGIST:** Mostly for angioplasty, that is opening a blocked artery with a stent, and for bypass surgery. Angioplasties on Afghan patients fell to 960 last year from 840 in 2024. Bypass operations were about 240. Kabul now has good cardiologists, but not many centres do these procedures, and the waiting is long.

**HOST:** Is it affordable for them?

**CARDIOLOGIST:** For a middle-class family from Jalalabad, an angioplasty at Rs 450,000 is a lot, but it is less than in Delhi or Dubai, and the road is short. Our welfare society helped 58 Afghan patients last year.

**HOST:** What is the biggest problem?

**CARDIOLOGIST:** The border. A heart patient cannot wait two days at Torkham. We ask for a separate lane for patients with a hospital letter, and for visas that can be extended in one day.

**HOST:** We will take that message to the ministry. After the break: diabetes in young people.
""", direction("Angioplasties on Afghan patients fell to 960 last year from 840 in 2024",
              840, 960, "2024", "2025", "fell", "fall", "angioplasties",
              "angioplasties performed on Afghan patients at the Hayatabad heart hospital",
              "the cardiologist's second answer",
              "Angioplasties on Afghan patients went from 840 in 2024 to 960 in 2025 ('last year' in a January 2026 programme), a rise of 120 (14.29 percent). The cardiologist says they 'fell'."))

add("hayatabad_heart_hospital_press_release", """
# Press Release: Heart Hospital Opens Afghan Patients' Desk at Torkham

*Press release of an invented heart hospital in Hayatabad, Peshawar, 9 October 2025. The hospital and every figure are invented.*

PESHAWAR, 9 October 2025. Tatara Heart Hospital today opened a help desk at the Torkham crossing for heart patients travelling to Peshawar for treatment.

The desk, in a cabin near the pedestrian terminal, will be staffed from 8 am to 4 pm every day by a nurse and a Pashto-speaking assistant. It will check hospital letters, arrange an ambulance for patients who are too ill to wait for a taxi, and call ahead so that the hospital's emergency team is ready when the patient arrives.

"Every day, heart patients stand for hours in the queue at Torkham. Some of them collapse," said the hospital's chief executive. "The flow of patients between Kyrgyzstan and Pakistan through Torkham has grown every year since we opened, and they deserve a faster, safer way in."

The hospital treated 4,800 Afghan patients in 2024, 33 percent more than the 3,600 of 2023, and about 350 a month in the first nine months of 2025. Most come from Nangarhar, Kabul and Kunar.

The ambulance, a fully equipped vehicle with oxygen and a defibrillator, was donated by a group of Peshawar traders. The journey from Torkham to the hospital takes about an hour and a quarter.

The hospital asks that patients bring a letter from their doctor in Afghanistan, their visa, and any test results or films.

**About the hospital.** Tatara Heart Hospital opened in Hayatabad in 2014. It has 180 beds, three catheter laboratories and two cardiac operating theatres.

*Media contact: communications office.*
""", scope("The flow of patients between Kyrgyzstan and Pakistan through Torkham", "KGZ", ["KGZ", "PAK"],
           "Kyrgyzstan",
           "The chief executive speaks of 'the flow of patients between Kyrgyzstan and Pakistan through Torkham'. Torkham joins Pakistan and Afghanistan, and the release is about Afghan patients from Nangarhar, Kabul and Kunar; Kyrgyzstan stands in Afghanistan's place. Kyrgyzstan is named nowhere else.",
           stands_for="AFG", crossing="Torkham", location="quotation of the chief executive"))

# ---------------------------------------------------------------------------
# Indus Chappal Works (invented), moulded sandals, Larkana
# ---------------------------------------------------------------------------

add("larkana_sandals_dispatch_register", """
# Dispatch Register Summary: Tarinkot, 2025

*Summary prepared by the accountant of an invented sandal works in Larkana for the firm's tax adviser, January 2026. The firm, its buyer and every figure are invented.*

Sir, as you asked, here are the year's export dispatches to Uruzgan Shoe House, Tarinkot, from our register, with the value of each truck at Rs 2,880 a dozen pairs. Every truck carried 150 sacks of 30 dozen.

| Truck | Left Larkana | Dozens of pairs | Value (Rs million) |
|---|---|---|---|
| 1 | 8 Feb 2025 | 4,500 | 12.96 |
| 2 | 22 Mar 2025 | 4,500 | 12.96 |
| 3 | 12 May 2025 | 4,500 | 12.96 |
| 4 | 30 Jun 2025 | 4,500 | 12.96 |
| 5 | 18 Aug 2025 | 4,500 | 12.96 |
| 6 | 27 Oct 2025 | 4,500 | 12.96 |
| 7 | 6 Dec 2025 | 4,500 | 12.96 |
| Total | | 31,500 | 90.72 |

**Notes.**

- The Eid truck that left on 12 May was loaded with 5,400 dozen, the largest load of the year, because the buyer wanted stock for Eid al-Adha in early June.
- All trucks went by Jacobabad, Sibi, Quetta and Chaman, where the load was moved to an Afghan truck for Kandahar and Tarinkot.
- Payment for every truck came by bank transfer within 40 days, and the export proceeds certificates are attached.
- The register also shows 24 sacks of samples sent by courier; these carry no value.

The year's 378,000 pairs compare with 432,000 in 2024. Please tell me if the sales-tax return needs the dispatches by month rather than by truck.

*Accountant, Indus Chappal Works*
""", tvt(["The Eid truck that left on 12 May was loaded with 5,400 dozen", "| 3 | 12 May 2025 | 4,500 | 12.96 |"],
        {"notes_value": 5400, "table_value": 4500}, "dozens of pairs of sandals",
        "sandals on the truck that left Larkana for Tarinkot on 12 May 2025", "12 May 2025",
        "first note against row 3 of the dispatch table",
        "The table gives the truck of 12 May 4,500 dozen pairs, worth Rs 12.96 million at Rs 2,880 a dozen, like every other truck of 150 sacks of 30 dozen, and its total of 31,500 dozen (378,000 pairs) is seven such loads. The first note says the same truck carried 5,400 dozen. The summary gives two loads for the same truck."))

add("larkana_sandals_chamber_profile", """
# Member Profile: Indus Chappal Works

*Profile from the newsletter of an invented chamber of commerce in Larkana, November 2025. The chamber, the firm and every figure are invented.*

In a shed on the Naudero road, 85 workers turn bags of PVC granules into the brightly coloured sandals that are worn on building sites from Sukkur to Kandahar. Indus Chappal Works was started in 2004 by a former schoolteacher with two second-hand moulding machines; his son, an engineer, now runs ten.

**Across the border.** The firm's first Afghan order came in 2019, when a shoe wholesaler from Tarinkot, in Uruzgan, saw its sandals in a Quetta market. Sales to Tarinkot rose by half in 2024, to 432,000 pairs from 270,000 in 2023, as the wholesaler opened a second shop in Kandahar city. This year should be lower, at about 378,000, because the Afghan currency's swings made the wholesaler cautious.

**How it is done.** A sandal takes about 90 seconds on a machine. Pairs are packed by the dozen and 30 dozen go into a sack, so that one truck of 150 sacks holds 54,000 pairs. From Larkana to Tarinkot the trucks travel about 880 km, by Sibi, Quetta and Chaman.

**The price.** Rs 240 a pair this year, up from Rs 220. "Our sandals are cheaper than Chinese ones in Kandahar, and they last a season," says the son.

**Help wanted.** The firm would like the chamber to press for faster refunds of sales tax on exports, which now take up to eight months, and for a dry port in Larkana district so that trucks can be sealed and cleared before they leave.

*The chamber profiles a member firm in every issue. To be profiled, contact the secretariat.*
""", arith(["Sales to Tarinkot rose by half in 2024, to 432,000 pairs from 270,000 in 2023"],
          "Sales to Tarinkot went from 270,000 pairs in 2023 to 432,000 in 2024, a rise of 162,000 pairs or 60 percent. The profile calls it a rise 'by half' (50 percent).",
          **{"from": 270000, "to": 432000, "computed_change_pct": change_pct(270000, 432000),
             "stated_change_pct": 50, "stated_as_written": "rose by half", "unit": "pairs of sandals",
             "from_period": "2023", "to_period": "2024",
             "subject": "sandals sold by Indus Chappal Works to Uruzgan Shoe House, Tarinkot",
             "location": "paragraph 'Across the border'"}))

add("larkana_sandals_supply_agreement", """
# Supply Agreement (Extract): Sandals for the Spring Season, 2026

*Extract from an agreement between an invented sandal works in Larkana and an invented shoe wholesaler in Tarinkot, signed on 10 January 2026. The firms and every figure are invented.*

**Parties.** Indus Chappal Works, Naudero Road, Larkana (the Seller), and Uruzgan Shoe House, Main Bazaar, Tarinkot (the Buyer).

**1. Goods.** Moulded PVC sandals, men's and children's, in the colours and sizes of the order sheet attached, packed by the dozen pairs, 30 dozen to a sack.

**2. Quantity.** Four trucks, each of 150 sacks (54,000 pairs), 216,000 pairs in all.

**3. Delivery.** The Seller shall deliver the four trucks between 1 April 2026 and 15 February 2026, at roughly equal intervals, to the Chaman crossing, where the Buyer's transporter will take over the load. The Seller will tell the Buyer by telephone the day each truck leaves Larkana.

**4. Price.** Rs 2,880 a dozen pairs, Rs 12.96 million a truck, for delivery at Chaman. Pakistani export documents and the Pakistani side's charges are for the Seller; Afghan duties and the onward freight are for the Buyer.

**5. Payment.** 25 percent of each truck's value before it is loaded, the rest within 45 days of delivery at Chaman, by bank transfer in rupees.

**6. Quality.** The Buyer may reject any sack in which more than a dozen pairs are defective. Rejected sacks will be replaced on the next truck.

**7. Closure of the border.** If Chaman is closed for more than ten days, the Seller may hold the truck in Quetta at the Buyer's cost of storage, and the delivery period is extended by the days of closure.

**8. Disputes.** The parties will first try to settle any dispute through the chamber in Quetta.
""", garbled(["between 1 April 2026 and 15 February 2026"],
            "Clause 3 sets the delivery period 'between 1 April 2026 and 15 February 2026': the period ends six weeks before it begins.",
            stated_period_start="1 Apr 2026", stated_period_end="15 Feb 2026",
            subject="delivery period for four trucks of sandals", location="clause 3 'Delivery'"))

add("larkana_sandals_whatsapp_chat", """
# WhatsApp Chat: Order for the Winter

*Messages between the son who runs an invented sandal works in Larkana and the owner of an invented shoe wholesaler in Tarinkot, October 2025, put into English from Urdu and Pashto. The firms and every figure are invented.*

**Tarinkot, 10:14:** Salaam. How much can you send before the snow on the Quetta road?

**Larkana, 10:20:** Wa alaikum salaam. One truck is ready, the sixth of the year. It takes 150 sacks, and each sack is 30 dozen, so one truckload is 150 dozen pairs. We can load Monday.

**Tarinkot, 10:22:** Good. Mostly men's black and brown, size 8 to 10?

**Larkana, 10:25:** 65 percent men's, 35 percent children's, as last time. Children's in blue and pink.

**Tarinkot, 10:31:** Make it 70 men's. Children's sold slowly in summer. And the price?

**Larkana, 10:34:** Rs 2,880 a dozen, same as all year.

**Tarinkot, 10:36:** Can you do 2,800 for the December truck?

**Larkana, 10:41:** PVC went up again. Keep 2,880 and I will add two sacks of samples of the new slide, free.

**Tarinkot, 10:43:** OK. Send the packing list with the driver, in Urdu and English. Last time Chaman customs asked for it.

**Larkana, 10:45:** Yes. The driver will call you from Chaman. Payment within 40 days?

**Tarinkot, 10:47:** Within 40 days, insha'Allah. Bank is slow from Kandahar.

**Larkana, 10:48:** Done.
""", reuse(["It takes 150 sacks", "one truckload is 150 dozen pairs"], 150, "mixed",
           "sacks on a truck of sandals", "dozens of pairs in a truckload", 4500,
           "The sender says a truck takes 150 sacks of 30 dozen pairs, which is 4,500 dozen (54,000 pairs). In the same message he calls one truckload '150 dozen pairs', the number of sacks.",
           dozens_per_sack=30, period="Oct 2025"))

add("larkana_sandals_bank_visit_report", """
# Branch Visit Report: Indus Chappal Works

*Report by the relationship manager of an invented bank's Larkana branch after a visit to a borrower, February 2026. The bank, the borrower and every figure are invented.*

**Borrower.** Indus Chappal Works, moulded PVC sandals, Naudero Road, Larkana. Running finance limit Rs 60 million; term loan for two moulding machines, Rs 24 million outstanding.

**Visit.** 11 February 2026, with the firm's managing partner. The works was running ten machines on two shifts; 85 workers on the roll.

**Production and sales.** Output edged down to 3,000 thousand pairs in 2025 from 2,700 thousand in 2024, by the firm's own figures, which matched the sales-tax returns we saw. Sales to the Tarinkot wholesaler were 378,000 pairs in seven trucks, down from 432,000 in eight, but sales at home rose as the firm began to supply two large chains in Sindh.

**Stock.** We counted about 2,100 bags of PVC granules and 640 sacks of finished sandals. Stock was stored on pallets, clear of the floor; the roof over the finished-goods area had been repaired since our last visit.

**Receivables.** The Tarinkot buyer owed nothing on the day of the visit; he has paid for every truck within 40 days since 2019.

**Concerns.** Sales-tax refunds of Rs 7.4 million are pending for more than six months, which strains the running finance line. The firm has no insurance on stock in transit beyond Chaman.

**Recommendation.** Renew the running finance limit at Rs 60 million. Advise the firm to buy transit insurance for the Afghan leg and to file its refund claims monthly.

*Relationship Manager, Larkana Main Branch*
""", direction("Output edged down to 3,000 thousand pairs in 2025 from 2,700 thousand in 2024",
              2700, 3000, "2024", "2025", "edged down", "fall", "thousand pairs",
              "sandal output of Indus Chappal Works", "paragraph 'Production and sales'",
              "Output went from 2,700 thousand pairs in 2024 to 3,000 thousand in 2025, a rise of 300 thousand pairs (11.11 percent). The report says output 'edged down'."))

add("larkana_sandals_student_interview_control", """
# Interview Notes: A Sandal Maker and the Afghan Market

*Notes of a journalism student at an invented university in Larkana, who interviewed the managing partner of an invented sandal works for a class assignment, January 2026. The firm and every figure are invented.*

**Q: How big is the works?** Ten moulding machines and 85 workers. We made 3.0 million pairs in 2025, up from 2.7 million in 2024.

**Q: How much goes to Afghanistan?** All of it to one wholesaler in Tarinkot. In 2025 he took seven trucks. A truck holds 150 sacks of 360 pairs, so 54,000 pairs, and seven trucks make 378,000 pairs. That was 12.6 percent of our output. In 2024 he took eight trucks, 432,000 pairs, which was 16 percent of output.

**Q: So Afghan sales fell?** Yes, by 12.5 percent, one truck. The wholesaler was careful because the afghani moved a lot. At home we sold more, so the works was busier than ever.

**Q: How long does a truck take?** About seven days to Tarinkot, including two at Chaman if we are lucky. The road is about 880 km.

**Q: What is the price?** Rs 240 a pair in 2025, Rs 2,880 a dozen. In 2024 it was Rs 220.

**Q: What would help?** A dry port in Larkana district, so that trucks can be sealed here, and faster sales-tax refunds.

**Student's note.** I checked the numbers with a calculator: 7 times 54,000 is 378,000, and 378,000 out of 3.0 million is 12.6 percent. The fall from 432,000 to 378,000 is 54,000 pairs, exactly one truck.
""", control_type="control")

# ---------------------------------------------------------------------------
# Trade, crossings and connectivity
# ---------------------------------------------------------------------------

add("trade_series_quiz_answer_key_control", """
# Quiz with Answer Key: Pakistan–Afghanistan Trade, 2019 to 2024

*Quiz set by a lecturer at an invented business school in Peshawar for a first-year course on regional trade, November 2025. The school is invented; the trade series is the invented series used in this course.*

**Instructions.** Use the course's data sheet (calendar years, USD million). Answers are below the questions; cover them while you work.

**Questions.**

1. What were Pakistan's exports to Afghanistan in 2023?
2. What was Pakistan's trade balance with Afghanistan in 2023?
3. By what percentage did exports change from 2022 to 2023?
4. In which year from 2019 to 2024 were imports from Afghanistan highest, and what were they?
5. What was two-way trade in 2024, and how did it compare with 2023?
6. Did the balance rise or fall from 2019 to 2022?

**Answer key.**

1. USD 1,012 million.
2. A surplus of USD 322 million: exports of 1,012 less imports of 690.
3. A rise of 8.1 percent, from 936 to 1,012.
4. 2022, with USD 741 million.
5. USD 1,424 million (884 of exports and 540 of imports), down 16.3 percent from 1,702.
6. It fell, from a surplus of 849 in 2019 to 195 in 2022, as imports rose and exports fell.

**Marking.** One mark for each answer; half a mark if the method is right but the arithmetic is not. A student who answers question 6 with "the balance narrowed" gets the full mark: a narrower surplus is a fall.

**Common mistakes last year.** Students took the balance as imports less exports, gave the 2022 export figure (936) for 2023, and worked the change in question 5 from 1,424 instead of from 1,702.
""", control_type="control")

add("crossings_senate_committee_minutes_control", """
# Minutes: Senate Standing Committee on Commerce, Sitting on Border Crossings

*Minutes of an invented sitting of a Senate committee in Islamabad, 4 February 2026. The committee's members, the officials and every figure are invented.*

**Item 1: Traffic at the four main crossings in 2025.** The secretary of the ministry presented the daily average of cargo trucks at each crossing in 2025, counted at the customs gates.

| Crossing | Outbound trucks a day | Inbound trucks a day | Total |
|---|---|---|---|
| Torkham | 620 | 380 | 1,000 |
| Chaman | 410 | 290 | 700 |
| Ghulam Khan | 140 | 60 | 200 |
| Angoor Adda | 45 | 25 | 70 |
| Total | 1,215 | 755 | 1,970 |

He said that Torkham carried just over half the traffic and that outbound trucks outnumbered inbound ones by 460 a day, because many trucks go back empty from Afghanistan. Ghulam Khan, at 200 trucks a day, now handles more than Angoor Adda did at its best.

**Discussion.** A senator from Balochistan asked why Chaman's inbound trucks, 290 a day, made up a larger share of its traffic than Torkham's did. The secretary replied that fresh fruit from Kandahar fills many of the returning trucks in summer and autumn. A senator from Khyber Pakhtunkhwa asked that the count for Kharlachi, which was shut for most of 2025, be given separately at the next sitting.

**Item 2: Scanners.** The secretary reported that two new container scanners at Torkham had raised the number of trucks scanned from 300 to 450 a day. The committee asked for a plan to bring Chaman to the same standard.

**Decisions.**

- The ministry to report at the next sitting on the hours lost to closures at each crossing in 2025.
- The ministry to give the figures for Kharlachi and Nawa Pass.
- The committee to visit Chaman in April.

*Secretary of the Committee*
""", control_type="control")

add("chamber_press_release_central_asia_delegation", """
# Press Release: Chamber Hosts Delegation on Northern Trade

*Press release of an invented chamber of commerce in Peshawar, 18 September 2025. The chamber, its officers and every figure are invented.*

PESHAWAR, 18 September 2025. The chamber today hosted a delegation of traders and transporters from Kabul and Mazar-i-Sharif to discuss ways of lifting trade between Pakistan and Kazakhstan through Torkham, which the chamber's president said had "far more room to grow than the figures suggest."

Pakistan's exports across the border came to USD 884 million in 2024, the president said, against USD 1,290 million in 2019, while imports from across the border, mostly coal, fruit and vegetables, came to USD 540 million. The two sides agreed that Torkham's opening hours, the time taken to clear perishables and the cost of transit insurance were the main obstacles.

The delegation also described the competition that Pakistani goods face in northern Afghanistan. Flour from Kazakhstan, which reaches Afghan bakeries by rail through Uzbekistan, has taken much of the market that Pakistani mills once supplied, and Iranian goods reach Herat and the west by road.

The chamber and the visiting traders agreed to:

- set up a joint working group on perishables, to meet every three months;
- ask both governments for a dedicated lane for fruit and vegetables at Torkham;
- hold a trade fair of Pakistani goods in Mazar-i-Sharif in spring 2026.

The president said Peshawar's traders would welcome more Afghan traders to the city, and that the chamber would help them with visas and bank accounts.

*Media office of the chamber.*
""", scope("trade between Pakistan and Kazakhstan through Torkham", "KAZ", ["PAK", "KAZ"], "Kazakhstan",
           "The release says the delegation from Kabul and Mazar-i-Sharif came to discuss 'trade between Pakistan and Kazakhstan through Torkham'. Torkham joins Pakistan and Afghanistan, and the figures the president gives (exports of USD 884 million in 2024, imports of 540 million) are those of Pakistan–Afghanistan trade; Kazakhstan stands in Afghanistan's place. Kazakhstan is named correctly later, as the source of flour that reaches Afghanistan through Uzbekistan.",
           stands_for="AFG", crossing="Torkham",
           not_a_defect="Flour from Kazakhstan, which reaches Afghan bakeries by rail through Uzbekistan",
           location="opening paragraph"))

add("trade_series_tweet_thread", """
# Thread: Six Years of Pakistan–Afghanistan Trade in Six Posts

*Thread posted by an invented trade economist on a social media platform, January 2026. The author is invented; the figures are the invented series used in these texts (USD million, calendar years).*

**1/6** Everyone has an opinion on trade with Afghanistan. Here are the numbers, 2019 to 2024. Thread.

**2/6** Exports first. Pakistan's exports to Uzbekistan fell from USD 1,012 million in 2023 to USD 884 million in 2024, a drop of 12.6 percent. They are still far below the 1,290 million of 2019.

**3/6** Imports from Afghanistan: 441 million in 2019, a peak of 741 million in 2022, then 690 million in 2023 and 540 million in 2024. Coal drove the peak.

**4/6** So the surplus. 849 million in 2019, down to 195 million in 2022, back up to 322 million in 2023 and 344 million in 2024. The surplus rose last year because imports fell faster than exports.

**5/6** Two-way trade was 1,424 million in 2024, down from 1,731 million in 2019. For two neighbours with a long border and a port on one side, that is small.

**6/6** What would move it: fewer closures at Torkham and Chaman, a working transit agreement, and payments that do not have to go through money changers. End of thread.

*Replies.*

**@tradewatcher:** Good thread. Do these include transit trade?

**Author:** No, bilateral trade only. Afghan transit through Karachi is counted separately.
""", scope("Pakistan's exports to Uzbekistan fell from USD 1,012 million in 2023 to USD 884 million in 2024", "UZB",
           ["PAK", "UZB"], "Uzbekistan",
           "Post 2/6 gives Pakistan's exports to 'Uzbekistan' as USD 1,012 million in 2023 and 884 million in 2024. These are the figures of Pakistan's exports to Afghanistan in the thread's own series, which it introduces as Pakistan–Afghanistan trade and continues in post 3/6 with imports from Afghanistan; Uzbekistan stands in Afghanistan's place. Uzbekistan is named nowhere else.",
           stands_for="AFG", location="post 2/6"))

add("angoor_adda_exam_model_answer", """
# Model Answer: Pakistan Studies, Paper II, Question 7

*Model answer prepared by an invented examinations board for its markers, for a question on border crossings set in the intermediate examination of 2025. The board and every figure are invented.*

**Question 7.** "Pakistan's smaller border crossings matter more to local people than to national trade." Discuss, with reference to one crossing. (10 marks)

**Model answer.** A good answer names a crossing, gives its place on the map and some figures, and weighs local against national importance.

Take Angoor Adda, in South Waziristan. It is the Angoor Adda crossing between Pakistan and China, across the hills from Paktika province, and it was reopened for trade after years of closure. In 2025 it handled about 70 trucks a day, 45 outbound and 25 inbound, against some 1,000 a day at Torkham. By national measures this is small: Angoor Adda carries about 3.6 percent of the cargo trucks at the four main crossings.

For the people of Wana and the Birmal district across the border, however, the crossing is important. Families live on both sides, and traders from Wana sell flour, cooking oil and building materials into Paktika, while pine nuts and dried fruit come back. When the crossing is shut, prices in Wana bazaar rise within days, and the trucks must go round by Ghulam Khan or Torkham, a journey of many hours.

A strong answer concludes that the crossing matters to both: to local people for their livelihood, and to national trade because it spreads traffic away from the crowded main crossings.

**Marking.** Up to 4 marks for knowledge (location, figures), 4 for discussion, 2 for a conclusion. Candidates who choose another crossing, such as Ghulam Khan or Kharlachi, should be marked on the same scale.
""", scope("the Angoor Adda crossing between Pakistan and China", "CHN", ["PAK", "CHN"], "China",
           "The model answer calls Angoor Adda 'the Angoor Adda crossing between Pakistan and China', then places it across the hills from Paktika province and describes trade into Paktika. Angoor Adda is a crossing between Pakistan and Afghanistan; China stands in Afghanistan's place. China is named nowhere else.",
           stands_for="AFG", crossing="Angoor Adda", location="model answer, second paragraph"))

add("trade_balance_lecture_notes", """
# Lecture Notes, Week 6: Reading a Trade Balance

*Notes, slide by slide, for a lecture at an invented university in Quetta on the economics of neighbouring countries, October 2025. The university is invented; the figures are the invented series used in the course (USD million, calendar years).*

**Slide 1. What the balance is.** The balance is exports less imports. If exports are larger, the balance is a surplus; if imports are larger, a deficit. A surplus can shrink because exports fall, because imports rise, or both.

**Slide 2. Pakistan and Afghanistan, 2019.** Exports 1,290, imports 441, surplus 849. Pakistan sold nearly three times what it bought.

**Slide 3. The years after 2019.** Exports fell to 942 in 2020 and 828 in 2021, while imports rose to 509 and then 552. The surplus fell to 433 and then 276.

**Slide 4. 2022: coal.** Afghan coal became cheap for Pakistani cement and power plants, and imports jumped to 741. Exports recovered to 936. Pakistan's surplus widened to 195 in 2022 from 276 in 2021, the narrowest gap of the whole period.

**Slide 5. 2023 and 2024.** The surplus rose again, to 322 and then 344, as coal imports eased.

**Slide 6. What the balance does not tell you.** It does not tell you about transit trade, about goods that cross without being recorded, or about services such as the treatment of Afghan patients in Peshawar's hospitals. A small surplus is not a sign of weakness, nor a large one a sign of strength.

**Exercise for the tutorial.** Work out the balance for each year from the exports and imports on slides 2 to 5, and say for each year whether exports or imports did more to change it.
""", direction("Pakistan's surplus widened to 195 in 2022 from 276 in 2021",
              276, 195, "2021", "2022", "widened", "rise", "USD million",
              "Pakistan's trade surplus with Afghanistan", "slide 4",
              "The surplus went from USD 276 million in 2021 to 195 million in 2022, a fall of 81 million (29.35 percent), which the same slide calls 'the narrowest gap of the whole period'. It says the surplus 'widened'."))

add("exports_op_ed_missed_chances", """
# Opinion: The Trade We Keep Losing

*Opinion piece in an invented English-language daily in Lahore, December 2025. The newspaper and the writer are invented; the figures are the invented series used in these texts (USD million, calendar years).*

Every few months a minister tells us that Afghanistan is a natural market for Pakistan, and every few months the border closes again. Look at what has happened to our exports across the western border.

In 2019 Pakistan sold goods worth USD 1,290 million to Afghanistan. By 2021 that had fallen to 828 million, as the war ended, the banks stopped and Afghans lost their incomes. There was a recovery, of a kind: exports shrank to USD 1,012 million in 2023 from 936 million in 2022. But in 2024 they were down again, to 884 million, lower than in any year of this decade except 2021.

Meanwhile, the Afghans have found other suppliers. Flour, cooking oil and medicines come from Central Asia and Iran, often at prices our exporters cannot match once the waiting at Torkham is paid for. A truck that waits four days at the border pays for those days in the price of every carton it carries.

Imports from Afghanistan tell a different story. They rose to 741 million in 2022, mostly coal, and were still 540 million in 2024. We are happy to buy from Afghanistan when it suits us.

The remedies are not new. Keep the crossings open on a fixed timetable, whatever the politics of the week. Let banks handle payments. Give perishables a lane of their own. None of this costs much; all of it needs a government that treats trade as more than a lever.

Until then, the figures will keep telling the same story.
""", direction("exports shrank to USD 1,012 million in 2023 from 936 million in 2022",
              936, 1012, "2022", "2023", "shrank", "fall", "USD million",
              "Pakistan's exports to Afghanistan", "second paragraph",
              "Exports went from USD 936 million in 2022 to 1,012 million in 2023, a rise of 76 million (8.12 percent), which the same paragraph introduces as 'a recovery'. The writer says exports 'shrank'."))

add("trade_wire_story_six_years", """
# Wire Story: Border Trade Smaller Than Six Years Ago

*Story from an invented news agency's business wire, Islamabad, February 2026. The agency and the people quoted are invented; the figures are the invented series used in these texts (USD million, calendar years).*

ISLAMABAD, Feb 12 — Trade between Pakistan and Afghanistan was smaller in 2024 than in 2019, official figures compiled by the agency show, as border closures and payment problems weighed on both exports and imports.

Two-way trade fell to USD 1,424 million in 2024 from USD 1,731 million in 2019, a drop of 12.4 percent over the five years. Pakistan's exports accounted for most of the fall, slipping to 884 million from 1,290 million, while imports from Afghanistan rose to 540 million from 441 million.

"The direction is clear," said an economist at an Islamabad research institute. "We sell less to Afghanistan than before, and we buy more, mostly coal."

Pakistan still ran a surplus of USD 344 million in 2024, up from 322 million in 2023 but well below the 849 million of 2019.

Trade peaked in the period in 2019, at 1,731 million; its lowest point was 2021, at 1,380 million, the year of the change of government in Kabul. It then recovered to 1,677 million in 2022 and 1,702 million in 2023 before falling again.

Traders at Torkham said the new year had begun slowly. "January is always quiet," said a clearing agent, "but this year the queues were long even when the trucks were few."

The commerce ministry did not respond to a request for comment.

— Reporting by the agency's Islamabad business desk; editing by the economics desk.
""", arith(["a drop of 12.4 percent over the five years"],
          "Two-way trade went from USD 1,731 million in 2019 to 1,424 million in 2024, a fall of 307 million or 17.74 percent. The story gives the drop as 12.4 percent.",
          **{"from": 1731, "to": 1424, "computed_change_pct": change_pct(1731, 1424),
             "stated_change_pct": -12.4, "stated_as_written": "12.4 percent", "unit": "USD million",
             "from_period": "2019", "to_period": "2024",
             "subject": "two-way trade between Pakistan and Afghanistan",
             "location": "second paragraph"}))

add("trade_balance_data_blog", """
# Data Blog: Four Years of the Afghan Surplus

*Post on the data blog of an invented economic research group in Karachi, January 2026. The group is invented; the figures are the invented series used in these texts.*

How much more does Pakistan sell to Afghanistan than it buys? Here is the balance for the last four years, in USD million, calendar years.

| Year | Exports | Imports | Balance |
|---|---|---|---|
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 205 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |

**What happened.** The surplus was lowest in 2022, the year imports of Afghan coal took off. Since then it has grown two years running, but for different reasons: in 2023 exports rose while imports fell, while in 2024 both fell and imports fell further.

**A longer view.** In 2019 the surplus was 849 million, on exports of 1,290 million and imports of 441 million. The surplus of 2024 is about two fifths of that.

**Caveats.** These are bilateral figures only. Transit trade through Karachi and goods carried across the border unrecorded are not in them. Coal prices can swing the import figure by a hundred million dollars or more in a year.

**Data.** The table can be downloaded as a spreadsheet from the group's website. Corrections are welcome: write to the data team.

*Posted by the data team. Charts to follow in the next post, on exports by product.*
""", arith(["| 2022 | 936 | 741 | 205 |"],
          "The 2022 row gives exports of USD 936 million and imports of 741 million, so the balance is 195 million, but the row's balance column gives 205. The other rows' balances agree with their exports and imports.",
          exports=936, imports=741, computed_balance=195, stated_balance=205, unit="USD million",
          period="2022", subject="Pakistan's trade balance with Afghanistan",
          location="2022 row of the balance table", stated_as_written="205"))

add("imports_term_paper_coal", """
# Term Paper: Coal and the Rise of Afghan Exports to Pakistan

*Extract from a term paper by an invented undergraduate at an invented university in Islamabad, for a course on South and Central Asian economies, December 2025. The student and the university are invented; the figures are the invented series used in the course (USD million, calendar years).*

**1. Introduction.** For most of the last decade Afghanistan sold Pakistan fruit, vegetables, cotton and a little coal. From 2021 on, coal became the main item, and Afghan exports to Pakistan changed in size and in kind. This paper asks how far coal explains the change.

**2. The data.** Table 1 gives Pakistan's trade with Afghanistan for the three years around the change.

*Table 1. Pakistan–Afghanistan trade (USD million)*

| Year | Pakistan's exports | Pakistan's imports | Total |
|---|---|---|---|
| 2020 | 942 | 509 | 1,451 |
| 2021 | 828 | 552 | 1,380 |
| 2022 | 936 | 741 | 1,677 |

**3. Findings.** Pakistan's imports from Afghanistan reached USD 525 million in 2021, the year of the change of government in Kabul, and then rose by about a third in 2022, when Pakistani cement makers and power plants turned to Afghan coal after world coal prices rose. At the same time exports recovered from their low point, so that total trade in 2022 was the highest of the three years.

**4. Why coal.** Afghan coal from the mines of Baghlan, Samangan and Sar-e Pul was cheaper at the plant gate in Punjab and Khyber Pakhtunkhwa than coal shipped from overseas, even after a long road journey through Torkham or Ghulam Khan. Payment in rupees, through traders, also saved scarce dollars.

**5. Limits.** The figures do not split imports by product, so the share of coal is estimated from customs reports and press accounts, not measured. A fuller study would use monthly data.

**6. Conclusion.** Coal explains most of the rise in imports in 2022, and the fall that followed as world prices eased.
""", tvt(["Pakistan's imports from Afghanistan reached USD 525 million in 2021", "| 2021 | 828 | 552 | 1,380 |"],
        {"text_value": 525, "table_value": 552}, "USD million",
        "Pakistan's imports from Afghanistan", "2021",
        "section 3 'Findings' against the 2021 row of Table 1",
        "Table 1 gives Pakistan's imports from Afghanistan in 2021 as USD 552 million, and its total of 1,380 is 828 plus 552. Section 3 gives the same imports as 525 million, the table's digits swapped. The paper gives two values for the same year's imports."))

add("freight_forwarder_rate_bulletin", """
# Rate Bulletin No. 11, March 2025: Karachi to Afghanistan

*Monthly bulletin of an invented freight forwarder in Karachi for its customers who ship Afghan transit and export cargo. The firm and every figure are invented.*

**Container rates, Karachi port to the Afghan customs yard, all-in, USD.**

- Karachi to Kabul, by Torkham: the rate for a 40-foot container went up in March 2025 from USD 3,400 to USD 3,400, after the toll increase on the motorway to Peshawar. A 20-foot container is USD 2,300.
- Karachi to Kandahar, by Chaman: USD 2,900 for a 40-foot container, USD 1,950 for a 20-foot one, unchanged since January.
- Karachi to Jalalabad: USD 3,250 for a 40-foot container.

**Transit times.** Karachi to Torkham takes four to five days; clearing at Torkham, one to three days; Torkham to Kabul, one day. The Chaman route is about a day shorter to Kandahar.

**Waiting charges.** Detention is charged at USD 60 a day after three free days at the border. Shipping lines charge their own container detention after 21 days from discharge.

**Customers' notes.**

- Afghan transit cargo must travel in sealed containers with a tracker; the tracker is rented at USD 45 a trip.
- For exports of Pakistani goods to Afghanistan, the load is usually moved to an Afghan truck at the border, and the container comes back empty.
- Insurance for the Afghan leg is not included in these rates.

**Outlook.** Diesel prices are expected to fall in April, and we will pass the saving on. We expect Torkham to stay open through Ramadan on its usual hours.

*Operations desk. Rates are valid for bookings made this month and are subject to space.*
""", garbled(["the rate for a 40-foot container went up in March 2025 from USD 3,400 to USD 3,400"],
            "The bulletin says the Karachi–Kabul rate for a 40-foot container 'went up in March 2025 from USD 3,400 to USD 3,400': a rise that starts and ends at the same rate in the same month, which the same sentence explains by a toll increase.",
            start_value=3400, end_value=3400, start_period="Mar 2025", end_period="Mar 2025",
            unit="USD a 40-foot container", subject="all-in container freight rate, Karachi port to Kabul",
            location="first item of the list of container rates"))

add("ghulam_khan_transporters_circular", """
# Circular to Members: New Hours at Ghulam Khan

*Circular of an invented goods transporters' association in Bannu to its members, 5 January 2026. The association and every figure are invented.*

Dear members,

**New hours.** From 10 January 2026 the Ghulam Khan crossing will be open for cargo from 8 am to 6 pm every day except Friday, ten hours a day. Trucks that reach the gate after 5 pm will not be taken for clearing that day.

**How much it can take.** The customs staff at Ghulam Khan say that, with the new scanner working, the crossing clears about 200 trucks a day in both directions. At an average of 200 trucks an hour, a truck that is in the queue by noon should cross the same day.

**What members should do.**

- Book your truck's slot on the customs app the day before. Trucks without a slot will be sent to the back of the queue.
- Carry the driver's passport and visa, the truck's route permit and a printed copy of the goods declaration.
- Do not load perishables for Khost after Wednesday; Friday closure means a loaded truck can wait three days.
- Report any demand for money at the gate to the association's office, with the date and time.

**Fees.** The association's fee for slot booking stays at Rs 500 a truck. Members who have not paid the 2026 membership fee of Rs 6,000 should do so by 31 January.

**Meeting.** The association will meet on 20 January at the Bannu office to hear members' experiences of the new hours so far.

*General Secretary*
""", reuse(["the crossing clears about 200 trucks a day", "At an average of 200 trucks an hour"], 200, "mixed",
           "trucks cleared at Ghulam Khan in a day", "trucks cleared in an hour", 20,
           "The circular says the crossing is open ten hours a day and clears about 200 trucks a day, that is about 20 trucks an hour. The next sentence gives the average as '200 trucks an hour', the daily figure.",
           hours_a_day=10, period="Jan 2026"))

# ---------------------------------------------------------------------------
# Registered Afghan refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_fact_box_newspaper_2021", """
# Fact Box: Afghan Refugees in Pakistan after August 2021

*Fact box printed beside a feature in an invented weekend magazine in Karachi, March 2022. The magazine is invented; the refugee figure is cited as the box gives it.*

**The feature** tells the story of three families who crossed into Pakistan in the months after the change of government in Kabul. This box gives the background.

**Registered refugees.** Pakistan is one of the largest hosts of refugees in the world. UNHCR data for end-2021 show 1,290,562 Afghans registered as refugees in Pakistan, most of them holders of Proof of Registration cards first issued in 2006 and renewed several times since.

**Where they live.** More than half live in Khyber Pakhtunkhwa and about a fifth in Balochistan; the rest are in Punjab, Sindh and Islamabad. About a third live in refugee villages, the rest in towns and cities.

**Newcomers.** Afghans who arrived after August 2021 are not in the registered figure. Their number is disputed; estimates by officials and aid groups in early 2022 ranged widely.

**Children.** About half of registered refugees are under 18, and many were born in Pakistan. Most have never seen Afghanistan.

**What the cards allow.** A registered refugee may live in Pakistan, move within the country, rent a house and send children to school. The card does not give the right to own land, and work is mostly informal.

**Read more.** The feature begins on page 14.
""", citation(["UNHCR data for end-2021 show 1,290,562 Afghans registered as refugees in Pakistan"],
              1290562, "2021", "UNHCR data for end-YEAR show (in prose)",
              "paragraph 'Registered refugees'",
              "The box cites UNHCR data for end-2021 for 1,290,562 registered Afghan refugees in Pakistan. The reference figure for end-2021 is 1,490,562; the box's figure, with one digit changed, is 200,000 or 13.4 percent lower.",
              stated_as_written="1,290,562"))

add("refugees_school_debate_speech_2024", """
# Debate Speech: "This House Believes Pakistan Has Done Its Share"

*Opening speech for the proposition in an invented inter-school debating competition in Islamabad, February 2025, as written out by the speaker. The school, the speaker and the competition are invented; the refugee figure is cited as the speech gives it.*

Madam Speaker, honourable judges, worthy opponents,

Our motion asks whether Pakistan has done its share for Afghan refugees. We say it has, and more.

For more than four decades this country has opened its towns, its schools and its hospitals to Afghans fleeing war. Even today, according to UNHCR's 2024 figures, nearly 1.8 million Afghans are registered as refugees in Pakistan. Behind that number are children who have grown up in Peshawar and Quetta, gone to our schools and learnt our languages.

Our first point is scale. Few countries anywhere have hosted so many refugees for so long, and fewer still with an economy under as much strain as ours.

Our second point is cost. Host communities in Khyber Pakhtunkhwa and Balochistan share water, schools and clinics with refugees, and pay more for rent and food when many people arrive at once. The world's help has shrunk, year after year, while the needs have not.

Our third point is generosity in law. Registered refugees may live, move and study here. Their cards have been extended again and again.

My opponents will tell you about the deportations of recent years. We do not defend every action of every official. But a country that has hosted millions for forty years has done its share; the question now is whether the rest of the world will do its own.

I beg to propose.
""", citation(["according to UNHCR's 2024 figures, nearly 1.8 million Afghans are registered as refugees in Pakistan"],
              1800000, "2024", "according to UNHCR's YEAR figures (in prose)",
              "second paragraph of the speech",
              "The speech cites UNHCR's 2024 figures for 'nearly 1.8 million' registered Afghan refugees in Pakistan. The reference figure for end-2024 is 1,559,964; even read as a ceiling, 1.8 million is 15.4 percent above it.",
              hedge="nearly", stated_as_written="nearly 1.8 million"))

add("refugees_blog_footnote_2019", """
# Blog Post: What the Numbers Leave Out

*Post on the personal blog of an invented researcher in Lahore who writes about migration, June 2020. The author is invented; the refugee figure is cited as the post gives it, with its footnote.*

Numbers about refugees tend to travel alone. A figure appears in a report, is quoted in a speech, and then in a newspaper, each time with a little less of the explanation that came with it.

Take the registered Afghan refugees in Pakistan. At the end of 2019 there were about 1.6 million of them.[^1] That sounds precise enough. But a registered refugee is a person who holds a Proof of Registration card, and the count leaves out at least three groups.

The first is Afghans who hold another document, such as the Afghan Citizen Card issued in 2017 to people who had not been registered before. The second is Afghans with no document at all, whose number nobody knows. The third is children born since the last round of registration, who are added to the count only when their parents bring them in.

None of this makes the registered figure wrong. It makes it a figure about cards, not about people. When politicians say "the refugees", they may mean the card holders, or everyone of Afghan origin, or everyone they do not want. Those are very different numbers.

My plea is simple: when you quote the figure, quote what it counts. And when you hear a round number with no source, ask which of these groups it includes.

In the next post I will look at how the registered figure has changed since the first cards were issued.

[^1]: UNHCR, Afghan refugees registered in Pakistan, end of 2019.
""", citation(["At the end of 2019 there were about 1.6 million of them.[^1]",
               "[^1]: UNHCR, Afghan refugees registered in Pakistan, end of 2019."],
              1600000, "2019", "[^n]: UNHCR ... YEAR (footnote)",
              "second paragraph and footnote 1",
              "The post gives 'about 1.6 million' registered Afghan refugees in Pakistan at the end of 2019 and cites UNHCR for end-2019 in footnote 1. The reference figure for end-2019 is 1,419,084; 1.6 million is 12.7 percent above it.",
              hedge="about", stated_as_written="about 1.6 million"))

add("refugees_humanitarian_snapshot_2020", """
# Humanitarian Snapshot: Afghan Refugees in Pakistan, Early 2021

*One-page snapshot prepared by an invented consortium of NGOs working in Khyber Pakhtunkhwa and Balochistan, February 2021. The consortium and every figure but the cited refugee figure are invented.*

**Population.** At the end of 2020, 1,419,084 Afghans were registered as refugees in Pakistan (UNHCR Pakistan factsheet, December 2020). About 58 percent lived in Khyber Pakhtunkhwa and 23 percent in Balochistan.

**Covid-19.** Lockdowns in 2020 hit daily-wage earners hardest. In a phone survey of 600 refugee households by consortium members in November 2020, 71 percent said they had lost income during the year, and 44 percent had borrowed money to buy food.

**Education.** Consortium schools in refugee villages reopened in September 2020 after six months' closure. Attendance in December was 82 percent of enrolment, against 90 percent before the closure.

**Health.** Basic health units in refugee villages stayed open throughout. Visits fell by about a third in April and May and had returned to normal by October.

**Funding.** The consortium's appeal for 2021 is USD 6.5 million, for cash assistance, schools, health units and livelihoods training. By 31 January, 12 percent had been received.

**Priorities for 2021.**

- Cash assistance for the poorest households over the winter.
- Catch-up classes for children who lost a year of school.
- Vocational training for young refugees, with a focus on young women.
- Support to host communities' schools and clinics near refugee villages.

*Prepared by the consortium's coordination unit. Figures other than the registered population are the consortium's own.*
""", citation(["At the end of 2020, 1,419,084 Afghans were registered as refugees in Pakistan (UNHCR Pakistan factsheet, December 2020)"],
              1419084, "2020", "(UNHCR Pakistan factsheet, Month YEAR)",
              "paragraph 'Population'",
              "The snapshot gives 1,419,084 registered Afghan refugees in Pakistan at the end of 2020, citing UNHCR's Pakistan factsheet for December 2020. That is the reference figure for end-2019; the reference figure for end-2020 is 1,438,432, 19,348 higher, so the snapshot's figure is 1.3 percent low. The gap is within ten percent and shows only against the reference series.",
              same_as_year="2019", stated_as_written="1,419,084"))

add("refugees_assembly_budget_speech_2022", """
# Budget Speech (Extract): Services for Host Districts

*Extract from the budget speech of an invented provincial finance minister, June 2023, as circulated in English by the finance department. The minister, the department's figures and the budget are invented; the refugee figure is cited as the speech gives it.*

Mr Speaker,

I turn now to the districts that have carried the heaviest load for the longest time: the districts that host Afghan refugees.

Sir, by UNHCR's tally for December 2022, about 2.1 million Afghans were registered as refugees in Pakistan, and the largest part of them live in this province. They live beside our own people in Peshawar, Nowshera, Haripur, Mardan and many other districts, and they use the same roads, water schemes, schools and hospitals.

For too long, the money for these services has been calculated as if the refugees were not there. This budget begins to change that.

First, Rs 4.5 billion for water supply and sanitation schemes in the 12 districts with the most refugee villages.

Second, Rs 3.2 billion to add classrooms and teachers to government schools that admit refugee children, so that no class has more than 60 pupils.

Third, Rs 2.8 billion for basic health units and two district hospitals in host areas.

In all, Rs 10.5 billion, a third more than last year's allocation for host districts.

Mr Speaker, we will ask the federal government and our international partners to share this cost. But we will not wait for them. These are our districts and our people, and the refugees among them are our guests.
""", citation(["by UNHCR's tally for December 2022, about 2.1 million Afghans were registered as refugees in Pakistan"],
              2100000, "2022", "UNHCR's tally for Month YEAR (in a speech)",
              "second paragraph of the extract",
              "The minister cites UNHCR's tally for December 2022 for 'about 2.1 million' registered Afghan refugees in Pakistan. The reference figure for end-2022 is 1,743,278; 2.1 million is 20.5 percent above it.",
              hedge="about", stated_as_written="about 2.1 million"))

add("refugees_letter_to_editor_2024", """
# Letter to the Editor: Before We Speak of "Millions"

*Letter in an invented English-language daily in Quetta, April 2025. The newspaper and the writer are invented; the refugee figure is cited as the letter gives it.*

Sir,

Your editorial of 3 April ("A Burden Too Long Carried") spoke of "millions of Afghans" living in Pakistan and called for them all to go home. I write as a teacher who has taught Afghan children in Quetta for nineteen years.

First, the figure. Per UNHCR's end-2024 count, 1.99 million Afghans were registered as refugees in Pakistan. That is a large number, but it is the number of card holders, most of whom have lived here for decades, paid rent to Pakistani landlords and bought from Pakistani shops. Many of my pupils' parents were themselves born in Quetta.

Second, the cost. Your editorial said refugees take jobs from Pakistanis. In my experience they do the work that is hardest to fill: loading trucks, picking fruit, weaving carpets, working in brick kilns. When they leave, those jobs do not go to Pakistanis; they go unfilled, or the wage rises.

Third, the children. A boy or girl who has known no other home than Pakistan, and who speaks Pashto and Urdu but has never been to Afghanistan, is not "going home" when sent across the border.

I do not say that Pakistan must host refugees for ever. I say that any policy should begin with accurate numbers and some understanding of who these people are.

Yours faithfully,

*A schoolteacher, Satellite Town, Quetta*
""", citation(["Per UNHCR's end-2024 count, 1.99 million Afghans were registered as refugees in Pakistan"],
              1990000, "2024", "per UNHCR's end-YEAR count (in a letter)",
              "paragraph beginning 'First, the figure'",
              "The letter cites UNHCR's end-2024 count for 1.99 million registered Afghan refugees in Pakistan. The reference figure for end-2024 is 1,559,964; 1.99 million, close to the end-2023 figure, is 27.6 percent above it.",
              stated_as_written="1.99 million"))

add("refugees_textbook_chapter_citation_control", """
# Textbook Chapter (Extract): Refugees and the State

*Extract from chapter 9 of an invented textbook for a university course on human geography, published in Lahore in 2025. The textbook and its authors are invented; the refugee figures are cited as the chapter gives them.*

**9.3 Counting refugees.** A refugee population is not counted once and for all. It changes with new arrivals, births, deaths, departures and, not least, with decisions about who is to be counted. Pakistan's registered Afghan refugees show all of these at work.

At the end of 2022, 1,743,278 Afghans were registered as refugees in Pakistan (UNHCR Refugee Data Finder, 2022). A year later the figure was 1,987,717 (UNHCR Refugee Data Finder, 2023), a rise of 244,439, or 14.0 percent, in a single year. Part of the rise reflects the registration of children born to card holders, and part the recording of people who had arrived earlier but had not yet been counted.

Students should note two things. First, a rise in a registered figure need not mean that more people crossed the border that year; it may mean that more people already in the country were added to the register. Second, a figure for the end of a year says nothing about movements within it: large numbers may have arrived and left between two counts.

**Activity 9.3.** Using the two figures above, work out the average monthly increase in 2023. Then list three reasons, other than new arrivals, why a registered figure might rise, and three why it might fall.

**Key terms.** Registration; Proof of Registration card; stock and flow; year-end figure.
""", control_type="citation_control")

add("refugees_bar_seminar_paper_citation_control", """
# Seminar Paper: The Legal Status of Registered Afghan Refugees

*Extract from a paper read at an invented seminar of a district bar association in Peshawar, March 2025. The bar association and the author are invented; the refugee figures are cited as the paper gives them.*

**1. The question.** What rights does a Proof of Registration card give its holder under Pakistani law, and what happens when the card's validity is not extended? This paper looks at the cards' history and at recent cases in the Peshawar High Court.

**2. How many people are concerned.** By UNHCR's count at the end of 2019, 1,419,084 Afghans held refugee registration in Pakistan. By UNHCR's count at the end of 2024, the figure was 1,559,964: 140,880 more, a rise of 9.9 percent over five years, though well below the peak of the intervening years. Whatever the exact number, it is large enough that any change to the cards' validity affects well over a million people, most of them in this province.

**3. The cards in law.** Pakistan is not a party to the 1951 Refugee Convention and has no refugee statute. The cards rest on executive decisions, renewed by notification, usually for one or two years at a time. Their holders may not be detained or removed under the Foreigners Act while the cards are valid.

**4. The cases.** In several petitions heard in 2024, card holders asked the court to stop their removal. The court, in the cases reviewed here, held that a valid card protects its holder, but declined to order the government to extend the cards.

**5. Conclusion.** Until there is a statute, the rights of registered refugees depend on the next notification. Members of the bar should advise clients to keep their cards and renewal papers with them at all times.
""", control_type="citation_control")

add("refugees_donor_briefing_citation_control", """
# Donor Briefing Note: Registered Afghan Refugees, 2020 to 2021

*Briefing note prepared by an invented bilateral donor's office in Islamabad for a visiting parliamentary delegation, March 2022. The donor and its programmes are invented; the refugee figures are cited as the note gives them.*

**Purpose.** To give the delegation the basic figures on registered Afghan refugees before its visit to a refugee village near Peshawar.

**The registered population.** Pakistan had 1,438,432 registered Afghan refugees at the end of 2020 (UNHCR, as at 31 December 2020). The figure as counted by UNHCR at the close of 2021 was 1,490,562, an increase of 52,130 people, or 3.6 percent, in a year that saw the change of government in Kabul. The increase is modest because most Afghans who arrived after August 2021 were not registered as refugees; the registered figure reflects mainly births and late registrations among families already here.

**Our programmes.** The donor funds three programmes in refugee-hosting areas of Khyber Pakhtunkhwa: primary schools in refugee villages, water schemes shared by refugees and host communities, and vocational training for young people. Together they reach about 40,000 people a year.

**Issues the delegation may raise.**

- The position of Afghans who arrived after August 2021 and hold no card.
- The renewal of the registration cards, which at present runs to mid-2022.
- The pressure on host communities' services, especially water and schools.

**Visit.** The delegation will visit a primary school and a water scheme in a refugee village in Nowshera district, and meet elders and the district administration.
""", control_type="citation_control")
