# Seventy-first held-out set of synthetic documents ("heldout71").  Written from
# scratch after heldout70/, by a labeller session that had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout71.py), text,
# labels (list of defect dicts), control_type for controls.
# New registers: three small enterprises, three texts each: a cricket bat
# workshop in Sialkot selling to a sports shop in Mehtarlam (Laghman) through
# Torkham; an edible oil packer in Quetta selling to a wholesaler in Tarinkot
# (Uruzgan) through Chaman; and a sewing machine assembler in Gujranwala
# selling to a dealer in Khost through Ghulam Khan; then thirty-three
# documents on the trade series, crossings, transit, food, health, education
# and travel, and nine on the register of refugees.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 1,290 / 942 / 828 / 936 / 1,012 / 884 and imports 441 / 509 / 552 /
# 741 / 690 / 540 for 2019-2024, balances 849 / 433 / 276 / 195 / 322 / 344,
# totals 1,731 / 1,451 / 1,380 / 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Zafar Willow Works, Sialkot (invented): Kashmir willow cricket bats, 24 to
#     a carton; to Laghman Sports House, Mehtarlam 3,600 (2024) and 4,320
#     (2025) bats; 2025 by quarter 1,440 / 960 / 720 / 1,200 (60 / 40 / 30 /
#     50 cartons, 180 in all); ex-works Rs 4,200 (2024) and Rs 4,500 (2025);
#     Mehtarlam shop price 1,900 (2024) and 2,150 (2025) afghanis.
#   Bolan Edible Oils, Quetta (invented): cooking oil in 5-litre bottles, four
#     to a carton, 1,000 cartons a truck; to Uruzgan Food Store, Tarinkot 28
#     trucks (2024) and 34 trucks (2025); 2025 by quarter 9 / 7 / 8 / 10
#     trucks; October-December 4 / 3 / 3 trucks; carton price Rs 10,400;
#     freight Rs 540,000 a trip.
#   Noor Sewing Machines, Gujranwala (invented): household machines Rs 21,500,
#     industrial Rs 48,000; 240 machines a truck; to Khost Tailoring Supplies
#     1,200 (2024) and 1,680 (2025) machines.
#   Other documents: insulin vials to Kabul by quarter of 2025 (55,200 in
#     boxes of 200); Afghan patients at a rehabilitation centre (1,910); jute
#     sacks (10,000 a month); chamber members' exports by product, first
#     halves of 2024 and 2025; a cold store at Landi Kotal (3,460 t);
#     crockery buyers' payments; tiles by size; vaccinated sheep and goats in
#     Kurram (18,400 / 23,000); an exhibition budget; seed, linen, exchange
#     rates, a shed lease, vacuum flasks, coaches (45 seats, 28 a week),
#     chromite (400 t a month), instrument kits (216 in kits of 12), tea
#     (1,750 kg a month in chests of 35 kg), hostel rooms (48 students, 4 beds
#     a room), motorcycle tyres, almonds at Chaman (1,240 / 1,415 t), pupils,
#     dental patients, livestock at Badini, flour, ceiling fans, apples at
#     Angoor Adda, embroidery and Peshawar-Kabul flights; the ministries,
#     hospitals, firms, associations and people are invented and kept
#     consistent within each document.

HELDOUT71 = []
from heldout_labels import (  # noqa: F401
    PAIR, REFS, adder, arith, change_pct, citation, direction, garbled, line_of, parts_total, pdf_lines, scope, tvt,
    repeated, reuse,
)

add = adder(HELDOUT71)

# ---------------------------------------------------------------------------
# Zafar Willow Works (invented), cricket bats, Sialkot -> Mehtarlam
# ---------------------------------------------------------------------------

add("sialkot_bat_workshop_export_ledger", """
# Export Ledger 2025: Bats for Laghman

*Page from the export ledger of an invented cricket bat workshop in Sialkot, with the owner's notes, January 2026. The workshop, its buyer and every figure are invented.*

Zafar Willow Works turns Kashmir willow into bats for club and school players. Since 2023 its one foreign buyer has been Laghman Sports House of Mehtarlam, which supplies clubs across Laghman and Nangarhar. Bats are packed 24 to a carton and go by road to Peshawar and through Torkham.

| Quarter of 2025 | Bats | Cartons |
|---|---|---|
| Jan-Mar | 1,440 | 60 |
| Apr-Jun | 960 | 40 |
| Jul-Sep | 720 | 30 |
| Oct-Dec | 1,200 | 50 |
| Total | 4,440 | 180 |

**Owner's notes.**

- In 2024 we sent Laghman 3,600 bats, so the buyer's orders are still growing.
- The first quarter is always the busiest, as clubs buy before the spring tournaments.
- Summer heat and the monsoon slowed the third quarter, when willow clefts dry slowly.
- Our ex-works price for a full-size Kashmir willow bat was Rs 4,500 in 2025, against Rs 4,200 in 2024, because seasoned clefts cost more.
- The buyer pays by bank transfer to Peshawar within 45 days.

**For 2026.** Laghman Sports House wants junior bats in sizes 4 to 6. We will need a second press for handles before March.
""", parts_total(["| Total | 4,440 | 180 |"],
                 {"Jan-Mar": 1440, "Apr-Jun": 960, "Jul-Sep": 720, "Oct-Dec": 1200}, 4440, "bats", "2025",
                 "cricket bats sent to Laghman Sports House, Mehtarlam",
                 "'Total' row of the table, bats column",
                 "The four quarterly rows add up to 4,320 bats, but the 'Total' row gives 4,440. The cartons column agrees with the rows: 180 cartons of 24 bats is 4,320 bats, so the total of bats is 120 too high."))

add("mehtarlam_cricket_blog_bat_review", """
# Review: The Zafar "Kashmir Classic" Bat

*Review posted on an invented Dari-language cricket blog based in Mehtarlam, Laghman, December 2025. Translated. The blog, the bat, the shop and every figure are invented.*

Walk into any sports shop in Mehtarlam and you will see the Kashmir Classic, a full-size Kashmir willow bat made in Sialkot and sold here by Laghman Sports House. I have used one for a full season with my club.

**Weight and pick-up.** My bat weighs 1.18 kg. It feels lighter than that because the shoulders are shaved well and the handle is slim.

**Grains and middle.** There are six straight grains on the face. The sweet spot sits low, which suits our slow, low pitches in Laghman.

**Durability.** After about 40 net sessions and 14 matches there are only surface marks. Knock it in for at least six hours before use, as the label says, and oil the face lightly once a month.

**Price.** Its price softened from 1,900 afghanis in 2024 to 2,150 afghanis in 2025, and the shop says Pakistani makers are paying more for willow. That is still far cheaper than an English willow bat, which costs 8,000 afghanis or more in Jalalabad.

**Verdict.** Four stars out of five. A fine bat for club players and older school pupils. Juniors should wait: the shop says smaller sizes are coming next year.
""", direction("softened from 1,900 afghanis in 2024 to 2,150 afghanis in 2025", 1900, 2150, "2024", "2025",
               "softened", "fall", "afghanis a bat", "shop price of a Kashmir willow cricket bat, Mehtarlam",
               "paragraph 'Price'",
               "The review says the bat's price 'softened' from 1,900 afghanis in 2024 to 2,150 afghanis in 2025. That is a rise of 250 afghanis, or 13.16 percent, not a fall; the same sentence says makers are paying more for willow."))

add("laghman_cricket_club_equipment_minutes_control", """
# Minutes: Equipment Meeting of a Cricket Club in Mehtarlam

*Minutes of an invented cricket club in Mehtarlam, Laghman, 18 January 2026. Translated from Pashto. The club and every figure are invented.*

**Present:** the captain, the treasurer, the coach and nine players.

**1. Kit for the new season.** The coach said the club needs new bats, pads and balls before the spring tournament in Jalalabad. He had asked Laghman Sports House for prices. The shop sells the Sialkot-made Kashmir Classic at 2,150 afghanis.

**2. Costs.** The treasurer read out the costs:

- 12 bats at 2,150 afghanis: 25,800 afghanis.
- 6 pairs of batting pads at 1,400 afghanis: 8,400 afghanis.
- 36 leather balls at 300 afghanis: 10,800 afghanis.
- Total: 45,000 afghanis.

**3. Money available.** The club has 38,000 afghanis from members' fees. A local businessman has promised 7,000 afghanis, which would cover the whole cost.

**4. Decision.** The meeting agreed to buy all the items listed. The captain will collect them from the shop after the businessman's gift is received, and the treasurer will keep the receipts.

**5. Other business.** Two players will attend a coaching course in Kabul in March. The club thanked the coach for his work with the under-16 team.

**Next meeting:** after the spring tournament.
""", control_type="control")

# ---------------------------------------------------------------------------
# Bolan Edible Oils (invented), cooking oil, Quetta -> Tarinkot
# ---------------------------------------------------------------------------

add("quetta_cooking_oil_packer_board_report", """
# Quarterly Report to the Board: Exports to Uruzgan

*Report of an invented edible oil packer in the Quetta industrial area to its board, January 2026. The firm, its buyer and every figure are invented.*

Bolan Edible Oils packs refined cooking oil in 5-litre bottles, four to a carton. Its biggest export buyer is Uruzgan Food Store, a wholesaler in Tarinkot. Each truck carries 1,000 cartons and goes through Chaman, Spin Boldak and Kandahar.

| Quarter of 2025 | Trucks | Cartons |
|---|---|---|
| Jan-Mar | 9 | 9,000 |
| Apr-Jun | 7 | 7,000 |
| Jul-Sep | 8 | 8,000 |
| Oct-Dec | 10 | 10,000 |
| Total | 34 | 34,000 |

**Highlights.**

- The year's 34 trucks compare with 28 in 2024.
- In the third quarter, 9,000 cartons left for Tarinkot despite two closures at Chaman in August.
- Demand rose in the last quarter as the buyer stocked up for winter, when the road from Kandahar is slow.

**Prices.** The carton price to the buyer was Rs 10,400 in 2025. Palm oil costs at Karachi were steady for most of the year.

**Risks.** The buyer asks for 60 days to pay instead of 30. Management recommends 45 days with a bank guarantee.

**Request to the board.** Approve a second filling line to keep up with winter demand.
""", tvt(["In the third quarter, 9,000 cartons left for Tarinkot", "| Jul-Sep | 8 | 8,000 |"],
        {"text_value": 9000, "table_value": 8000}, "cartons",
        "cartons of cooking oil sent to Uruzgan Food Store, Tarinkot", "Q3 2025",
        "second item of 'Highlights' against the Jul-Sep row of the table",
        "The table gives 8 trucks and 8,000 cartons for July to September 2025, and its totals of 34 trucks and 34,000 cartons add up with that row. The highlights say 9,000 cartons left in the third quarter. The report gives two values for the same quarter's shipments."))

add("tarinkot_wholesaler_email_to_quetta_packer", """
# Email: December Delivery and Spring Order

*Email from an invented wholesaler in Tarinkot, Uruzgan, to its supplier in Quetta, 6 January 2026. Translated from Pashto. The firms and every figure are invented.*

**From:** Uruzgan Food Store, Tarinkot

**To:** Bolan Edible Oils, Quetta

**Subject:** December delivery and spring order

Dear Haji sahib,

Thank you for the December delivery. Each carton holds 4 bottles of 5 litres, and your trucks carry 1,000 cartons each, so our godown staff can check loads quickly.

In December we received 3,000 cartons in all, which arrived on 4 trucks. Every carton was sealed and only nine bottles were cracked; we will send you photos for the insurance.

**Sales.** Cooking oil sold well in Tarinkot this winter. Families buy one bottle at a time, but shopkeepers from Dehrawood and Chora now take whole cartons.

**Spring order.** For March to May we want 9,000 cartons, three trucks a month. Please keep the green caps; our customers know them.

**Payment.** We have transferred Rs 31.2 million for the December delivery through the bank in Kandahar.

**Road.** The road from Kandahar to Tarinkot is open, but drivers should leave Chaman early to reach us before dark.

With respect,

Uruzgan Food Store
""", reuse(["Each carton holds 4 bottles", "which arrived on 4 trucks"], 4, "bottles / trucks",
           "5-litre bottles in one carton of cooking oil",
           "trucks that brought the December 2025 delivery to Tarinkot", 3,
           "The email says each carton holds 4 bottles, and a sentence later that the December delivery arrived on 4 trucks. With 1,000 cartons to a truck, as the same paragraph says, the 3,000 cartons of December filled 3 trucks; the number of bottles in a carton has been reused for the number of trucks.",
           period="Dec 2025", cartons_in_december=3000))

add("quetta_transporter_cooking_oil_trip_ledger_control", """
# Trip Ledger: Cooking Oil, Quetta to Tarinkot, October-December 2025

*Ledger summary of an invented goods transport company in Quetta, sent to its client, January 2026. The company, its client and every figure are invented.*

We carried Bolan Edible Oils' cartons from Quetta to Uruzgan Food Store in Tarinkot, through Chaman, Spin Boldak and Kandahar. Each truck carried 1,000 cartons. The agreed freight was Rs 540,000 a trip, covering fuel, tolls, the driver and the cleaner, but not border charges.

| Month | Trips | Cartons | Freight (Rs '000) |
|---|---|---|---|
| October | 4 | 4,000 | 2,160 |
| November | 3 | 3,000 | 1,620 |
| December | 3 | 3,000 | 1,620 |
| Total | 10 | 10,000 | 5,400 |

**Notes.**

- A round trip took six days on average; the longest, in November, took nine because Chaman was shut for a day.
- No carton was lost. Nine cracked bottles in the December load were noted on the delivery slip.
- Border charges of Rs 38,000 a trip were paid by the client directly.

**Payment.** Rs 3.78 million has been received for October and November. The December freight of Rs 1.62 million is due by 31 January.

**Next quarter.** We can offer the same rate until the end of June if the client books at least nine trips.
""", control_type="control")

# ---------------------------------------------------------------------------
# Noor Sewing Machines (invented), Gujranwala -> Khost
# ---------------------------------------------------------------------------

add("gujranwala_sewing_machine_expo_brochure", """
# Noor Sewing Machines at the Lahore Expo

*Brochure of an invented sewing machine assembler in Gujranwala, handed out at a trade expo in Lahore, November 2025. The firm and every figure are invented.*

**Who we are.** Noor Sewing Machines has assembled household and industrial machines in Gujranwala since 1998. We cast the heads, machine the shafts and assemble every machine in our own hall.

**Our machines.**

- Household straight-stitch machine, hand or foot operated: Rs 21,500.
- Industrial lockstitch machine with table and clutch motor: Rs 48,000.

**Abroad.** Since 2022 we have sold in Afghanistan through Khost Tailoring Supplies, which serves tailors in Khost and Paktia. Our machines reach Khost by road through Bannu, Miranshah and Ghulam Khan. In 2024 we sent 1,200 machines there, five trucks of 240, and orders this year are larger.

**Warranty.** Every machine comes with a two-year warranty on the shaft and gears. Every machine comes with a two-year warranty on the shaft and gears. Needles, belts and bobbins are not covered.

**Training.** We train dealers' mechanics free of charge at our Gujranwala hall for one week, with meals and a bed in our guest house.

**Visit us.** Hall 3, stand 41. Ask for a demonstration and our dealer price list.
""", repeated("Every machine comes with a two-year warranty on the shaft and gears.", 2,
              "warranty on Noor sewing machines", "paragraph 'Warranty'",
              "The sentence on the two-year warranty is printed twice, word for word, one copy straight after the other."))

add("khost_tailoring_centre_committee_minutes", """
# Minutes of the Management Committee, a Women's Tailoring Centre in Khost

*Minutes of an invented tailoring training centre in Khost, 12 January 2026. Translated from Pashto. The centre and every figure are invented.*

Present: the director, the two trainers, the accountant and two elders from the district shura.

1. **New machines.** The director reported that 20 household machines made by Noor Sewing Machines of Gujranwala had been delivered by Khost Tailoring Supplies. They came through the Pakistan–Tajikistan crossing at Ghulam Khan in late December and were unpacked without damage.
2. **Cost.** The accountant said the machines cost 6,200 afghanis each, 124,000 afghanis in all, paid from a gift by Khost traders. The traders asked for a letter of thanks.
3. **Trainees.** The spring course will take 40 trainees in two shifts, morning and afternoon, so that each trainee has a machine of her own during her shift.
4. **Servicing.** The dealer's mechanic, trained by the maker in Gujranwala, will oil and check the machines every three months at no charge for the first year.
5. **Old machines.** The eight old hand machines will be given to graduates who cannot buy their own.
6. **Next meeting.** After the first month of the spring course.

The director closed the meeting with thanks to the elders for their support.
""", scope("the Pakistan–Tajikistan crossing at Ghulam Khan", "TJK", ["PAK", "TJK"], "Tajikistan",
           "The minutes call Ghulam Khan 'the Pakistan–Tajikistan crossing'. Ghulam Khan, in North Waziristan, links Pakistan with Khost in Afghanistan, where the centre is; Tajikistan has no border with Pakistan.",
           stands_for="AFG", crossing="Ghulam Khan", location="item 1 ('New machines')"))

add("gujranwala_sewing_machine_proforma_invoice_control", """
# Proforma Invoice No. NSM-2026-004

*Proforma invoice of an invented sewing machine assembler in Gujranwala to its buyer in Khost, 20 January 2026. The firms and every figure are invented.*

**Seller:** Noor Sewing Machines, G.T. Road, Gujranwala.

**Buyer:** Khost Tailoring Supplies, Khost.

**Goods and charges.**

- 180 household straight-stitch machines at Rs 21,500: Rs 3,870,000.
- 60 industrial lockstitch machines at Rs 48,000: Rs 2,880,000.
- Value of goods: Rs 6,750,000.
- Road freight, Gujranwala to Ghulam Khan, one truck: Rs 95,000.
- Amount of this invoice: Rs 6,845,000.

**Packing.** One machine to a carton, 240 cartons, one truck. Industrial tables are packed flat, four to a bundle, in 15 bundles.

**Payment.** 30 percent in advance, Rs 2,053,500, by bank transfer; the remaining Rs 4,791,500 before the truck leaves Gujranwala.

**Delivery.** Within 21 days of the advance, to the Pakistani side of Ghulam Khan. Border charges and onward freight to Khost are for the buyer.

**Validity.** This proforma is valid until 28 February 2026. Prices are as in our November 2025 list.
""", control_type="control")

# ---------------------------------------------------------------------------
# Trade, crossings, transit, food, health, education and travel
# ---------------------------------------------------------------------------

add("lahore_pharma_distributor_insulin_memo", """
# Memo: Insulin Shipments to Kabul, 2025

*Internal memo of an invented pharmaceutical distributor in Lahore, from the export manager to the chief executive, January 2026. The firm, its buyer and every figure are invented.*

**Subject:** cold-chain shipments of insulin to our Kabul buyer in 2025

1. We ship human insulin in 10 ml vials to a registered importer in Kabul. The vials travel in insulated cold boxes of 200 vials, kept between 2 and 8 degrees, by refrigerated van through Torkham.
2. Shipments last year, by quarter, were as follows.

| Quarter of 2025 | Vials | Cold boxes |
|---|---|---|
| Jan-Mar | 12,000 | 60 |
| Apr-Jun | 14,400 | 72 |
| Jul-Sep | 13,200 | 66 |
| Oct-Dec | 15,600 | 78 |
| Total | 55,200 | 276 |

3. The third quarter's 12,300 vials were the hardest to move: two vans waited at Torkham for more than a day in August, and the driver replaced the ice packs at Landi Kotal.
4. No box arrived above the safe range. The buyer's pharmacist reads the data logger in every box and sends us the readings.
5. For 2026 the buyer wants a van every month instead of one every six weeks. We need two more data loggers and a standby van.

Please approve the purchase of the loggers before the end of February.
""", tvt(["The third quarter's 12,300 vials", "| Jul-Sep | 13,200 | 66 |"],
        {"text_value": 12300, "table_value": 13200}, "vials of insulin",
        "insulin vials shipped to a Kabul importer", "Q3 2025",
        "item 3 of the memo against the Jul-Sep row of the table",
        "The table gives 13,200 vials for July to September 2025, which is 66 boxes of 200, and the total of 55,200 adds up with that row. Item 3 speaks of the third quarter's 12,300 vials, the same figure with two digits swapped."))

add("peshawar_limb_centre_annual_report_extract", """
# Annual Report 2025: Afghan Patients at Our Limb and Mobility Centre

*Extract from the annual report of an invented physical rehabilitation centre in Peshawar, February 2026. The centre and every figure are invented.*

Our centre treats patients from Khyber Pakhtunkhwa and from eastern Afghanistan, who come through Torkham with a medical visa or a referral letter from a clinic in Jalalabad. Afghan patients pay only for their own travel and lodging.

| Service, 2025 | Afghan patients |
|---|---|
| Physiotherapy courses | 1,420 |
| Artificial limbs fitted | 184 |
| Orthopaedic braces | 210 |
| Wheelchairs fitted | 96 |
| Total | 1,910 |

**From the workshop.** The workshop fitted 106 wheelchairs for Afghan patients, most of them children with cerebral palsy who need a seat shaped to the body. Each chair takes two days to build.

**Waiting times.** An artificial leg takes about three weeks from the first cast to the final fitting. Many families cannot stay that long in Peshawar, so we now do the cast and the fitting in two short visits.

**Staff.** Our 14 physiotherapists and 6 prosthetic technicians include two Afghan graduates trained at the centre.

**Funding.** Gifts from traders in Peshawar and Jalalabad paid for about a third of the cost of treating Afghan patients in 2025.
""", tvt(["The workshop fitted 106 wheelchairs", "| Wheelchairs fitted | 96 |"],
        {"text_value": 106, "table_value": 96}, "wheelchairs",
        "wheelchairs fitted for Afghan patients at the centre", "2025",
        "paragraph 'From the workshop' against the 'Wheelchairs fitted' row of the table",
        "The table gives 96 wheelchairs fitted for Afghan patients in 2025, and its total of 1,910 adds up with that row. The paragraph on the workshop says 106 were fitted. The report gives two values for the same year's wheelchairs."))

add("kabul_flour_mill_jute_sack_tender", """
# Invitation to Bid: Jute Sacks for a Flour Mill

*Tender notice of an invented flour mill in Kabul, published in a Pakistani trade newspaper, January 2026. The mill and every figure are invented.*

**Summary.** The mill invites sealed bids from manufacturers in Pakistan for the supply of 50,000 jute sacks, to be delivered to the mill gate at Pul-e-Charkhi, Kabul, through Torkham.

**Background.** The mill grinds about 500 tonnes of wheat a month and packs its flour in 50 kg jute sacks, about 10,000 sacks a month. The sacks in this tender cover four months, April to July 2026.

**Schedule of requirements.**

1. Item: hessian jute sacks, plain weave, 50 kg capacity, 44 by 28 inches.
2. Quantity: 40,000 sacks, in bales of 250.
3. Printing: the mill's name in green on one side.
4. Delivery: in four equal monthly lots, the first by 5 April 2026.

**Bids.** Prices in US dollars, delivered to the mill gate, with all border charges paid. Each bid must include a bank guarantee of 2 percent of its value and a sample of ten sacks.

**Closing date.** Bids close at noon on 15 February 2026 and will be opened the same afternoon in the presence of bidders who attend.
""", tvt(["supply of 50,000 jute sacks", "Quantity: 40,000 sacks"],
        {"summary_value": 50000, "schedule_value": 40000}, "jute sacks",
        "jute sacks sought by the Kabul flour mill in this tender", "Apr-Jul 2026",
        "section 'Summary' against item 2 of the schedule of requirements (no table)",
        "The summary asks for 50,000 jute sacks, the schedule for 40,000. The background agrees with the schedule: about 10,000 sacks a month for four months is 40,000. The notice gives two values for the same quantity."))

CHAMBER_PDF = pdf_lines([
    ["Product", "H1 2024", "H1 2025"],
    ["Cement", "41.6", "38.2"],
    ["Medicines", "36.4", "44.9"],
    ["Rice", "58.7", "61.3"],
    ["Textiles", "22.5", "19.8"],
    ["Total", "159.2", "164.2"],
])

add("peshawar_chamber_afghan_trade_committee_minutes", """
# Minutes of the Afghanistan Trade Committee

*Minutes of an invented traders' chamber in Peshawar, meeting of 22 January 2026. The chamber, its members and every figure are invented; the table was pasted from the committee's PDF paper.*

The chairman opened the meeting at 11 am with 17 members present. The secretary presented his paper on exports to Afghanistan by members of the chamber, first half of each year, in USD million:

""" + CHAMBER_PDF + """

**Discussion.** Members agreed that medicines were the bright spot. Medicines rose to USD 49.4 million in the first half of 2025 as Afghan importers turned to Pakistani generics. Cement lost ground because builders in Kabul now buy more from plants inside Afghanistan. Rice gained a little, and textiles fell as Afghan buyers turned to cheaper cloth from elsewhere.

**Decisions.**

1. The secretary will ask the drug regulator to speed up export certificates for medicines.
2. A delegation of five members will visit Jalalabad in March to meet importers.
3. The committee will meet again in April with figures for the full year.

The meeting ended at 1 pm.
""", tvt(["Medicines rose to USD 49.4 million", line_of(CHAMBER_PDF, "Medicines")],
        {"text_value": 49.4, "table_value": 44.9}, "USD million",
        "exports of medicines to Afghanistan by members of the chamber", "H1 2025",
        "paragraph 'Discussion' against the Medicines row of the PDF-extracted table",
        "The table gives USD 44.9 million of medicines exported in the first half of 2025, and its total of 164.2 adds up with that row. The discussion says medicines rose to USD 49.4 million in the same half-year."))

add("landi_kotal_cold_store_press_note", """
# Press Note: Cold Store Near Torkham Fills Up for Winter

*Press note of an invented cold storage company at Landi Kotal, Khyber district, 3 December 2025. The company and every figure are invented.*

Landi Kotal, 3 December. Frontier Cold Chain, which opened a cold store near Torkham in 2024, says its chambers are almost full as traders hold Afghan produce for the winter market in Peshawar and Lahore.

| Produce in store, 1 Dec 2025 | Tonnes |
|---|---|
| Apples | 1,240 |
| Onions | 860 |
| Potatoes | 1,050 |
| Carrots | 310 |
| Total | 3,460 |

The store can hold 3,600 tonnes in six chambers, so it is now 96 percent full. Apples from Wardak take the coldest chambers. Onions, at 680 tonnes, come mostly from Nangarhar and will go to Punjab in January, when prices there usually rise.

The company charges Rs 1,800 a tonne a month. Traders say storage lets them avoid selling at the low prices of harvest time, and farmers across the border get paid for crops that would otherwise rot.

The company plans a seventh chamber for 2026 and is talking to banks about a loan. It also wants the authorities at Torkham to give refrigerated trucks a separate lane.
""", tvt(["Onions, at 680 tonnes", "| Onions | 860 |"],
        {"text_value": 680, "table_value": 860}, "tonnes",
        "onions held in the Landi Kotal cold store", "1 Dec 2025",
        "paragraph under the table against its Onions row",
        "The table gives 860 tonnes of onions in store on 1 December 2025, and its total of 3,460 adds up with that row. The paragraph under it says onions stood at 680 tonnes, the same figure with two digits swapped."))

add("economics_podcast_show_notes_2020_trade", """
# Show Notes: Episode 41, "The Year the Trucks Stopped"

*Show notes of an invented Urdu-language economics podcast, published with the episode, March 2025. The podcast and its guest are invented; the trade figures follow the series used throughout these texts.*

In this episode we look back at 2020, when Covid closures hit trade between Pakistan and Afghanistan. Our guest is a customs broker from Peshawar who has worked at Torkham for 22 years.

**Key numbers from the episode.**

- Pakistan's exports to Afghanistan fell from USD 1,290 million in 2019 to USD 942 million in 2020, a drop of about 27 percent.
- Imports from Afghanistan rose from USD 441 million to USD 509 million over the same two years.
- That left Pakistan with a surplus of USD 443 million in 2020.
- Torkham was shut to goods for several weeks in the spring of 2020 and worked longer hours once it reopened.

**Chapters.**

- 00:00 Introduction
- 03:15 The spring closures
- 14:40 Why imports held up
- 27:05 What traders learned
- 38:30 Listener questions

**Reading list.** Our guest recommends the chamber of commerce's annual trade review and the provincial government's reports on border trade.

**Next episode.** Transit trade through Karachi and what it means for Pakistani truckers. Send us your questions by voice note before Friday.
""", arith(["a surplus of USD 443 million"],
           "The notes give exports of USD 942 million and imports of USD 509 million for 2020. Exports minus imports is USD 433 million, not the USD 443 million stated.",
           exports=942, imports=509, computed_balance=433, stated_balance=443,
           stated_as_written="USD 443 million", unit="USD million", period="2020",
           subject="Pakistan's goods trade balance with Afghanistan", location="third item of 'Key numbers'"))

add("lahore_housewares_magazine_crockery_payment_survey", """
# Survey: How Afghan Shopkeepers Pay for Pakistani Crockery

*Article in an invented trade magazine for the ceramics and housewares trade, Lahore, December 2025. The magazine, the survey and every figure are invented.*

Last autumn our reporters spoke to 200 shopkeepers in Kabul, Jalalabad and Kandahar who sell crockery made in Gujrat and Karachi. We asked each of them how they pay their Pakistani suppliers, and allowed one answer only.

**How they pay.** Of the 200 shopkeepers, 46 percent pay in cash carried across the border, 31 percent use hawala dealers, 18 percent pay by bank transfer and 9 percent buy on credit from Pakistani wholesalers.

**Why.** Shopkeepers said bank transfers take up to two weeks and charge high fees. Hawala is fast but costs more when the rupee moves.

**What they buy.** Dinner sets of 72 pieces are the best sellers before weddings; tea sets and glass bowls sell all year round.

**What they want.** Most asked for lighter packing, since breakages on the road through Torkham or Chaman can reach 5 percent of a load. Several asked for Dari labels on the boxes.

**Our view.** Suppliers who offer 30 days' credit to trusted shopkeepers could win a larger part of the Afghan market. But they should insure their loads: one Gujrat supplier told us he lost Rs 400,000 when a truck overturned near Jalalabad last year.
""", arith(["46 percent pay in cash carried across the border, 31 percent use hawala dealers, 18 percent pay by bank transfer and 9 percent buy on credit"],
           "Each shopkeeper gave one answer only, so the four shares should add up to 100 percent. 46 + 31 + 18 + 9 = 104 percent.",
           shares_pct={"cash": 46, "hawala": 31, "bank transfer": 18, "credit": 9}, sum_pct=104,
           period="autumn 2025", unit="percent of shopkeepers surveyed",
           subject="Afghan crockery shopkeepers by way of paying Pakistani suppliers",
           location="paragraph 'How they pay'"))

add("gujrat_tile_factory_loading_manifest", """
# Loading Manifest: Floor Tiles for Mazar-e-Sharif

*Loading manifest of an invented ceramic tile factory in Gujrat, Punjab, for one truck, 14 January 2026. The factory, the buyer and every figure are invented.*

**Consignee:** an invented building supplies shop in Mazar-e-Sharif.

**Route:** Gujrat, Peshawar, Torkham, Kabul, the Salang tunnel, Mazar-e-Sharif.

| Tile size | Cartons | Square metres |
|---|---|---|
| 60 x 60 cm | 500 | 720 |
| 40 x 40 cm | 625 | 800 |
| 30 x 30 cm | 300 | 297 |
| Total | 1,425 | 1,871 |

**Carton contents.** A carton of 60 x 60 cm tiles holds 4 tiles, or 1.44 square metres. A carton of 40 x 40 cm tiles holds 8 tiles, or 1.28 square metres. A carton of 30 x 30 cm tiles holds 11 tiles, or 0.99 square metres.

**Loading.** The large tiles go at the front, on their edges. Do not stack the small cartons more than eight high.

**Documents.** The invoice, packing list, certificate of origin and the importer's licence travel with the driver.

**Driver's note.** Count the cartons with the shop's staff at Mazar-e-Sharif and write any broken cartons on this sheet before you leave. Sign and return one copy to the factory.
""", parts_total(["| Total | 1,425 | 1,871 |"],
                 {"60 x 60 cm": 720, "40 x 40 cm": 800, "30 x 30 cm": 297}, 1871, "square metres", "14 Jan 2026",
                 "floor tiles loaded on one truck for Mazar-e-Sharif",
                 "'Total' row of the table, square metres column",
                 "The three rows give 720, 800 and 297 square metres, which add up to 1,817, and each row agrees with the carton contents stated below the table. The 'Total' row gives 1,871 square metres. The cartons column adds up correctly to 1,425."))

add("kurram_livestock_office_vaccination_press_release", """
# Press Release: Border Flocks Vaccinated in Kurram

*Press release of an invented district livestock office in Kurram, 10 January 2026. The office and every figure are invented.*

Parachinar, 10 January. The district livestock office has finished its winter vaccination of sheep and goats in villages along the border with Paktia and Khost.

Teams vaccinated the animals against goat plague and sheep pox. The number of animals vaccinated rose from 18,400 in 2024 to 23,000 in 2025, a rise of 30 percent, because two more teams joined the campaign and because herders brought flocks that had grazed across the border in summer.

There were six teams in 2025, against four in 2024. Each team had a veterinary officer and two assistants and worked from a pickup with a cold box. The vaccines were free for herders.

The officer in charge said that flocks moving between Kurram and Paktia spread disease on both sides of the border. He asked the veterinary department in Gardez to run its own campaign at the same time next winter.

From 1 February 2026, animals brought to the Parachinar market must carry a vaccination tag. Herders whose animals were missed may bring them to the veterinary hospital in Parachinar on any working day.
""", arith(["rose from 18,400 in 2024 to 23,000 in 2025, a rise of 30 percent"],
           "From 18,400 to 23,000 is a rise of 4,600, or 25.0 percent, not 30 percent.",
           **{"from": 18400, "to": 23000, "computed_change_pct": 25.0, "stated_change_pct": 30,
              "stated_as_written": "30 percent", "unit": "sheep and goats vaccinated",
              "from_period": "2024", "to_period": "2025",
              "subject": "sheep and goats vaccinated in Kurram's border villages",
              "location": "second paragraph"}))

add("peshawar_traders_exhibition_budget_note", """
# Budget Note: Pakistan–Afghanistan Traders' Exhibition, Peshawar

*Budget note of the invented organising committee of a three-day exhibition, circulated to sponsors, December 2025. The committee, the exhibition and every figure are invented.*

The exhibition will bring 60 Pakistani and Afghan exhibitors to a hall in Peshawar for three days in March 2026. Afghan exhibitors will travel through Torkham with business visas arranged by the committee.

**Costs.**

- Hall rent for three days and a setting-up day: Rs 850,000.
- Stalls, 60 at Rs 9,500: Rs 570,000.
- Security and crowd control: Rs 240,000.
- Publicity in Urdu, Pashto and Dari: Rs 315,000.
- Catering for exhibitors and guests: Rs 410,000.
- Total: Rs 2,395,000.

**Income.** Each exhibitor pays Rs 30,000 for a stall, which brings in Rs 1.8 million. The rest will come from sponsors; we ask each sponsor for Rs 100,000 and will print its name on every banner.

**Visitors.** We expect about 8,000 visitors over three days, mostly traders from Peshawar, Mardan and Jalalabad.

**Timeline.** Stall booking closes on 31 January, and the hall will be set up on 1 March.
""", parts_total(["Total: Rs 2,395,000"],
                 {"hall_rent": 850000, "stalls": 570000, "security": 240000, "publicity": 315000, "catering": 410000},
                 2395000, "Rs", "Mar 2026", "budgeted costs of a traders' exhibition in Peshawar",
                 "list of costs",
                 "The five costs listed add up to Rs 2,385,000, not the Rs 2,395,000 given as the total."))

add("peshawar_seed_company_wheat_crop_advisory", """
# Crop Advisory: Sowing Certified Wheat Seed This Autumn

*Advisory of an invented seed company in Peshawar for Afghan growers who buy its certified wheat seed through dealers in Jalalabad, October 2025. Translated into Pashto for the growers. The company and every figure are invented.*

Dear growers,

Our certified wheat seed reaches dealers in Jalalabad through Torkham in 40 kg bags. Please follow this advice to get the best from it.

**When to sow.** In the plains of Nangarhar, sow between 1 and 20 November. Late sowing lowers the yield for every week of delay.

**How much seed.** Use 50 kg of seed an acre if you sow with a drill, and 60 kg if you broadcast by hand.

**Water.** Give the first irrigation 20 to 25 days after sowing, when the crown roots form. Give the first irrigation 20 to 25 days after sowing, when the crown roots form. Do not let water stand in the field.

**Fertiliser.** Apply one bag of DAP an acre at sowing, and two bags of urea in two doses, with the first and second irrigations.

**Seed treatment.** Our seed is already treated against smut. Do not wash it before sowing, and keep it away from children and animals.

**Storage.** Keep unsown seed in a dry room, off the floor and away from fertiliser.

Our field staff will visit dealers in Jalalabad and Kama in the second week of November. Bring your questions to them.
""", repeated("Give the first irrigation 20 to 25 days after sowing, when the crown roots form.", 2,
              "timing of the first irrigation of wheat", "paragraph 'Water'",
              "The sentence on the first irrigation is printed twice, word for word, one copy straight after the other."))

add("kabul_hospital_linen_tender_notice", """
# Tender Notice: Hospital Linen from Pakistani Mills

*Tender notice of an invented private hospital in Kabul, sent to textile mills in Faisalabad and Karachi, January 2026. The hospital and every figure are invented.*

The hospital, which has 220 beds, invites offers from textile mills in Pakistan for the following hospital linen.

**Items.**

1. Bed sheets, white cotton, 90 by 60 inches: 1,800 pieces.
2. Pillow covers, white cotton: 900 pieces.
3. Patient gowns, blue, in three sizes: 1,200 pieces.
4. Theatre drapes, green, washable at high heat: 400 pieces.

**Delivery.** In three lots to the hospital's store in Kabul, through Torkham, during the supply period from 1 April 2026 to 28 February 2026. Each lot must come with a quality certificate from the mill.

**Offers.** Prices in US dollars, delivered to Kabul, valid for 120 days. Mills must send two samples of each item with their offer.

**Payment.** 20 percent when the first lot arrives, and the rest after each lot is inspected.

**Closing date.** Offers must reach the hospital by 10 March 2026. The hospital may accept offers for some items only.
""", garbled(["from 1 April 2026 to 28 February 2026"],
             "The supply period is said to run from 1 April 2026 to 28 February 2026, so it ends before it begins; offers close on 10 March 2026, after the stated end.",
             stated_period_start="1 April 2026", stated_period_end="28 February 2026",
             subject="supply period for hospital linen", location="paragraph 'Delivery'"))

add("peshawar_money_changers_weekly_rate_note", """
# Weekly Rate Note: Afghani and Rupee at Chowk Yadgar

*Weekly note of an invented money changers' association in Peshawar's Chowk Yadgar, sent to members and traders, 10 January 2026. The association and every rate are invented.*

**The week.** Trade through Torkham was steady, and Afghan importers bought rupees to pay for flour, medicines and cement. Demand for afghanis came mainly from Pakistani exporters paying drivers and agents in Jalalabad.

**Afghani.** Against the rupee, the afghani firmed from Rs 4.12 on 9 January 2026 to Rs 4.12 on 9 January 2026, helped by dollar auctions in Kabul.

**Dollar.** The open-market dollar traded between Rs 281 and Rs 283 all week, with little demand from importers.

**Spreads.** Members quoted buying and selling rates within 2 paisa of each other for sums above Rs 500,000.

**Reminders.**

- Record the identity card number of every customer who changes more than Rs 100,000.
- Do not accept torn or taped afghani notes; banks in Jalalabad refuse them.
- The association's annual meeting is on 24 January at 3 pm in the community hall.
""", garbled(["firmed from Rs 4.12 on 9 January 2026 to Rs 4.12 on 9 January 2026"],
             "The note describes the afghani as having firmed, but the start and end of the change are the same rate on the same day, Rs 4.12 on 9 January 2026.",
             start_value=4.12, end_value=4.12, start_period="9 January 2026", end_period="9 January 2026",
             unit="Rs per afghani", subject="open-market rate of the afghani against the rupee, Peshawar",
             location="paragraph 'Afghani'"))

add("nowshera_bonded_shed_lease_summary", """
# Lease Summary: Bonded Shed for Afghan Transit Goods, Nowshera

*Summary of a lease prepared by an invented property agent for a freight company, February 2026. The parties and every figure are invented.*

**Parties.** An invented landlord in Nowshera leases a covered shed to an invented freight company that stores Afghan transit goods before they leave for Torkham.

**Terms.**

1. Premises: a shed of 12,000 square feet with a loading platform for three trucks, on the G.T. Road near Nowshera.
2. Term: ten months, from May 2026 to February 2026, with an option to renew for two more years.
3. Rent: Rs 360,000 a month, paid in advance by the fifth of each month.
4. Deposit: two months' rent, Rs 720,000, returned at the end of the lease.
5. Customs: the shed must meet the customs rules for bonded storage; the tenant pays for the customs guard.
6. Repairs: the landlord repairs the roof and walls; the tenant repairs the floor and the platform.
7. Notice: either side may end the lease with two months' notice after the first six months.

**Agent's note.** The rent works out at Rs 30 a square foot a month, in line with sheds on the same road. The tenant should ask for the roof to be checked before the monsoon.
""", garbled(["from May 2026 to February 2026"],
             "The term is said to run from May 2026 to February 2026, so it ends before it begins; the same item calls it a term of ten months.",
             stated_period_start="May 2026", stated_period_end="February 2026",
             subject="term of the lease of a bonded shed", location="item 2 ('Term') of the terms"))

add("karkhano_housewares_vacuum_flask_season_report", """
# Winter Season Report: Vacuum Flasks for Kabul

*Report of an invented housewares wholesaler in Peshawar's Karkhano market to its partners, March 2025. The firm and every figure are invented.*

Kabul shops buy vacuum flasks from us every winter, when families keep green tea hot through the day. We buy the flasks from a maker in Karachi and send them through Torkham in cartons of 12.

**Sales.** Sales of flasks to Kabul shops went from 6,400 in winter 2024-25 to 6,400 in winter 2024-25, and the 1.8-litre flask with a pump top was again the favourite.

**Prices.** We sold the 1.8-litre flask at Rs 2,300 and the 1-litre flask at Rs 1,450. The Karachi maker raised its price by Rs 150 a flask in December, and we did not pass the rise on.

**Problems.**

- Breakages on the road reached 3 percent of cartons, mostly glass-lined flasks.
- Two Kabul shops paid 40 days late.
- A truck was held at Torkham for four days in January while papers were checked.

**Next winter.** Steel-lined flasks break less often and sell for more. We will order 600 cartons from Karachi in October, half of them steel-lined.
""", garbled(["went from 6,400 in winter 2024-25 to 6,400 in winter 2024-25"],
             "The sentence reports a change in flask sales but gives the same figure, 6,400, for the same season, winter 2024-25, at both ends.",
             start_value=6400, end_value=6400, start_period="winter 2024-25", end_period="winter 2024-25",
             unit="vacuum flasks", subject="vacuum flasks sold to Kabul shops",
             location="paragraph 'Sales'"))

add("peshawar_kabul_coach_service_timetable", """
# Timetable and Notes: Peshawar–Kabul Coach Service

*Timetable leaflet of an invented coach company in Peshawar, January 2026. The company and every figure are invented.*

Our air-conditioned coaches run from the Peshawar terminal to Kabul through Torkham and Jalalabad. Each coach seats 45 passengers, with a toilet and a hostess on board.

**Departures.** Four coaches leave Peshawar every day of the week, at 6 am, 8 am, 10 am and noon. The same coaches return from Kabul the next morning.

**Journey time.** About nine hours, including the border. Passengers cross Torkham on foot with their hand baggage and rejoin the coach on the Afghan side.

**Fares.** Rs 9,500 one way and Rs 17,000 return. Children under five travel free on a parent's lap.

**Baggage.** 30 kg in the hold for each passenger. Extra baggage is charged at Rs 200 a kg.

**Documents.** A passport with a valid Afghan visa, or a Pakistani visa for Afghan passengers returning to Kabul. We do not carry passengers without papers.

**December.** Every coach left full in December: the company ran 45 coaches a week to Kabul, carrying 1,260 passengers a week on that leg.

**Bookings.** At the terminal, by phone, or through our agents in Jalalabad and Kabul. Seats are held for 24 hours.
""", reuse(["Each coach seats 45 passengers", "ran 45 coaches a week"], 45, "passengers / coaches",
           "seats on one coach", "coaches run each week in December 2025", 28,
           "The leaflet says each coach seats 45 passengers, and later that the company ran 45 coaches a week. Four departures a day is 28 coaches a week, and 1,260 passengers a week in full coaches of 45 is also 28; the number of seats has been reused for the number of coaches.",
           period="Dec 2025", passengers_a_week=1260))

add("khost_chromite_trader_shipping_note", """
# Shipping Note: Chromite Ore from Khost

*Note of an invented mining trader in Khost to its buyer in Karachi, December 2025. Translated from Pashto. The firms and every figure are invented.*

Dear sir,

We confirm the contract for chromite ore from our leases in the hills near Khost. The ore will go by road through Ghulam Khan and Bannu, and on to your yard in Karachi.

**Quantity.** We will ship 400 tonnes a month from January to June 2026, 2,400 tonnes in all. Each truck carries 25 tonnes of ore in bulk, covered with tarpaulin. To meet the contract we will send 25 trucks a month, starting in the first week of January.

**Grade.** Every lot will be hand-sorted at the mine. A sample from each truck will be sealed at Ghulam Khan in front of your agent.

**Testing.** Your laboratory in Karachi will test the samples. The price will be adjusted for grade as the contract says.

**Price.** USD 210 a tonne, delivered to your yard, with the weight taken at the Karachi weighbridge.

**Documents.** Each truck will carry an export permit from the ministry of mines in Kabul, a certificate of origin and a weighbridge slip from Ghulam Khan.

We look forward to a long partnership.

With regards
""", reuse(["Each truck carries 25 tonnes of ore", "we will send 25 trucks a month"], 25, "tonnes / trucks",
           "tonnes of chromite ore on one truck", "trucks sent each month", 16,
           "The note says each truck carries 25 tonnes, and a sentence later that 25 trucks will be sent each month. The contract is for 400 tonnes a month, which at 25 tonnes a truck is 16 trucks; the load of a truck has been reused for the number of trucks.",
           period="Jan-Jun 2026", tonnes_a_month=400))

add("quetta_doctors_association_clinic_kits_note", """
# Note to Donors: Instrument Kits for Clinics in Kandahar

*Note of an invented association of doctors in Quetta to its donors, November 2025. The association and every figure are invented.*

Thanks to your gifts, the association has sent instrument kits to small clinics in Kandahar province, where patients otherwise travel to Quetta for minor surgery.

**What we sent.** Each kit holds 12 instruments: scissors, forceps, needle holders, scalpel handles and retractors, in a steel box that can go into a steriliser. In October we sent 216 instruments through Chaman, one kit for each clinic, and 12 clinics in Kandahar have now received them.

**Cost.** Each kit cost Rs 38,500, bought from a maker of surgical instruments in Sialkot who gave us a discount.

**Training.** Two of our surgeons spent a week in Kandahar city showing clinic staff how to clean, pack and sterilise the instruments, and how to keep a log of their use.

**What the clinics say.** Doctors at the clinics in Spin Boldak and Arghandab wrote to thank you. They now stitch wounds and drain abscesses that they used to send away.

**Next.** We hope to send kits to clinics in Helmand and Zabul in the spring. Each kit will cost about Rs 40,000 with transport.
""", reuse(["Each kit holds 12 instruments", "12 clinics in Kandahar have now received them"], 12, "instruments / clinics",
           "instruments in one kit", "clinics in Kandahar that received a kit", 18,
           "The note says each kit holds 12 instruments and that 12 clinics received kits. The same sentence says 216 instruments were sent, one kit to each clinic: 216 instruments in kits of 12 make 18 kits, so 18 clinics; the size of a kit has been reused for the number of clinics.",
           period="Oct 2025", instruments_sent=216))

add("karachi_tea_blender_kabul_account_note", """
# Account Note: Black Tea for a Kabul Wholesaler

*Note of an invented tea blender in Karachi to its sales staff, January 2026. The firm, its buyer and every figure are invented.*

**The account.** Our Kabul wholesaler buys our strong black blend for the bazaars of Kabul and Parwan. We pack it in plywood chests of 35 kg, lined with foil. The chests go by road from Karachi to Torkham and on to Kabul, on a shared truck with other buyers' goods.

**Volumes.** The buyer takes 1,750 kg a month, or 21 tonnes a year. That means 35 chests a month, which we load in the first week of each month.

**Price.** Rs 1,650 a kg at our warehouse. The buyer pays freight from Karachi.

**Payment.** The buyer pays within 30 days through a bank in Kabul. He has never paid late.

**Notes for staff.**

- Keep the chests off damp floors; tea takes up smells and moisture.
- Send a sample from each blend to the buyer before loading.
- Tell the buyer at once if the truck will be late; his shops run low in winter.

**Next step.** The buyer wants a cheaper green tea for Parwan. Please ask our blending room for a sample by the end of February.
""", reuse(["chests of 35 kg", "That means 35 chests a month"], 35, "kg / chests",
           "kilograms of tea in one chest", "chests sent to the Kabul buyer each month", 50,
           "The note says each chest holds 35 kg and that the buyer's 1,750 kg a month 'means 35 chests a month'. 1,750 kg in chests of 35 kg is 50 chests; the weight of a chest has been reused for the number of chests.",
           period="2026", kg_a_month=1750))

add("quetta_medical_college_afghan_students_hostel_notice", """
# Notice: Hostel Rooms for Afghan Medical Students

*Notice of an invented private medical college in Quetta, January 2026. The college and every figure are invented.*

This year the college has admitted 48 Afghan students to its five-year medical course, most of them from Kandahar, Helmand and Zabul. They crossed at Chaman with student visas and began classes on 5 January.

**Rooms.** Each room has 4 beds, a study table for each student and a shared bathroom. So that every Afghan student has a bed, the hostel has set aside 4 rooms on its second floor.

**Fees.** The hostel fee is Rs 18,000 a month, including three meals a day. Students who pay for the whole year in advance get one month free.

**Rules.** The gates close at 9 pm. Visitors may meet students in the common room on Fridays between 2 pm and 5 pm.

**Travel home.** The college will run a bus to Chaman before each vacation and collect students from the border when classes resume.

**Help.** Two senior students who speak Pashto and Dari will help the new students with their visas, bank accounts and phone connections.

Students with questions may see the hostel warden in room 7 of the main building.
""", reuse(["Each room has 4 beds", "the hostel has set aside 4 rooms"], 4, "beds / rooms",
           "beds in one hostel room", "hostel rooms set aside for Afghan students", 12,
           "The notice says each room has 4 beds and that 4 rooms have been set aside so that every one of the 48 Afghan students has a bed. 48 students at 4 to a room need 12 rooms; the number of beds has been reused for the number of rooms.",
           period="Jan 2026", students=48))

add("provincial_assembly_question_afghan_imports", """
# Assembly Question and Written Answer: Imports from Afghanistan

*Question and written answer in an invented sitting of a provincial assembly, November 2024. The member, the department and the sitting are invented; the trade figures follow the series used throughout these texts.*

**Question.** Will the minister for industries and commerce state the value of goods imported from Afghanistan in 2021 and 2022, and the main goods imported?

**Answer.**

(a) According to the department's figures, imports from Afghanistan shrank from USD 552 million in 2021 to USD 741 million in 2022.

(b) The main goods were coal, fresh and dried fruit, vegetables and cotton. Coal was the largest single item in 2022, a year of high coal prices.

(c) Most goods came through Torkham and Chaman; smaller amounts came through Ghulam Khan and Kharlachi.

(d) Pakistan's exports to Afghanistan in the same years were USD 828 million and USD 936 million, so the surplus narrowed from USD 276 million to USD 195 million.

**Supplementary question.** The member asked whether the department would publish figures for each crossing. The minister said a report would be laid before the house in the next session, and that the department was working with customs to collect monthly figures.

**Supplementary question.** Another member asked what the department was doing about delays at Torkham. The minister said this was a federal matter but that the province had written to the federal government twice in 2024.
""", direction("shrank from USD 552 million in 2021 to USD 741 million in 2022", 552, 741, "2021", "2022",
               "shrank", "fall", "USD million", "Pakistan's imports from Afghanistan",
               "part (a) of the answer",
               "The answer says imports 'shrank' from USD 552 million in 2021 to USD 741 million in 2022. That is a rise of USD 189 million, or 34.24 percent; part (d) of the same answer, where the surplus narrows, agrees with a rise."))

add("jalalabad_tyre_dealer_price_message", """
# Price Message: Motorcycle Tyres from Pakistan

*Price message of an invented tyre dealer in Jalalabad, sent to shopkeepers in Nangarhar and Kunar, January 2026. Translated from Pashto. The dealer and every figure are invented.*

Dear shopkeepers, here are our prices and terms for January.

**Rear tyres.** The price of a Pakistani-made 2.75-17 rear tyre firmed from 1,450 afghanis in November 2025 to 1,320 afghanis in December 2025, as more trucks came through Torkham once the roadworks near Landi Kotal ended. We keep the December price for January.

**Other sizes.**

- 2.50-17 front tyre: 1,180 afghanis.
- 3.00-18 rear tyre for heavy motorcycles: 1,640 afghanis.
- 17-inch tube: 280 afghanis.

**Bulk.** Shopkeepers who take 20 tyres or more in one order get one tyre free.

**Delivery.** Free delivery to Asadabad, Kama and Behsud on Saturdays. Orders must reach us by Thursday evening.

**Warranty.** We replace any tyre with a factory fault within three months. Tyres cut on stones are not covered.

**Payment.** Cash or mobile money. Shopkeepers with an account may pay within two weeks.

Thank you for your trust.
""", direction("firmed from 1,450 afghanis in November 2025 to 1,320 afghanis in December 2025", 1450, 1320,
               "November 2025", "December 2025", "firmed", "rise", "afghanis a tyre",
               "dealer's price of a Pakistani-made motorcycle rear tyre, Jalalabad",
               "paragraph 'Rear tyres'",
               "The message says the tyre's price 'firmed' from 1,450 afghanis in November 2025 to 1,320 afghanis in December 2025. That is a fall of 130 afghanis, or 8.97 percent, not a rise; the same sentence gives the reason for a fall, more trucks coming through Torkham."))

add("chaman_dry_fruit_association_season_report", """
# Season Report 2025: Almonds at Chaman

*Report of an invented dry fruit traders' association in Chaman to its members, January 2026. The association and every figure are invented.*

The 2025 season was better than many members feared after the poor crop of 2024.

**Almonds.** Almond arrivals from Kandahar and Uruzgan dipped from 1,240 tonnes in 2024 to 1,415 tonnes in 2025, as orchards recovered from the late frost that had damaged the blossom a year earlier.

**Quality.** Most almonds were of the thin-shelled kind that buyers in Karachi and Lahore prefer. Fewer lots were rejected for mould than in 2024.

**Border.** Chaman was shut to goods for eleven days in the season, mostly in October. Members lost money on trucks that waited in the heat at Spin Boldak.

**Prices.** Shelled almonds sold in Karachi at Rs 2,900 to Rs 3,400 a kg, depending on size.

**Requests to the authorities.**

1. Keep the crossing open for perishable and dry fruit during the harvest months.
2. Build a covered yard at Chaman where trucks can wait out of the sun.
3. Accept the Afghan phytosanitary certificate without a second test at Chaman.

**Annual meeting.** Members are invited to the annual meeting at the association's office on 15 February.
""", direction("dipped from 1,240 tonnes in 2024 to 1,415 tonnes in 2025", 1240, 1415, "2024", "2025",
               "dipped", "fall", "tonnes", "almond arrivals at Chaman from Kandahar and Uruzgan",
               "paragraph 'Almonds'",
               "The report says almond arrivals 'dipped' from 1,240 tonnes in 2024 to 1,415 tonnes in 2025. That is a rise of 175 tonnes, or 14.11 percent, not a fall; the same sentence says orchards recovered."))

add("peshawar_girls_school_principal_letter", """
# Letter to Parents from the Principal

*Letter of the principal of an invented private girls' school in Peshawar to parents, January 2026. The school and every figure are invented.*

Dear parents,

I hope your families are well after the winter break. As the new term begins, I would like to share some news.

**Our pupils.** The school has taught girls from Afghan families since it opened in 1996. The number of Afghan pupils at the school grew from 347 in 2024 to 312 in 2025, as several families returned to Afghanistan during the year. We wish them well, and we have sent their records to schools in Jalalabad and Kabul where parents asked us to.

**Results.** All 58 girls in our matriculation class passed, and nine of them scored above 1,000 marks.

**Fees.** Fees stay the same this year. Families who are facing hardship may apply to the fee committee in confidence.

**New this term.** A science laboratory, paid for by former pupils, opens in February. We have also hired a second teacher of English.

**Dates.** Parent-teacher meetings are on 7 and 8 February. The spring examinations begin on 16 March.

With warm regards,

The Principal
""", direction("grew from 347 in 2024 to 312 in 2025", 347, 312, "2024", "2025",
               "grew", "rise", "pupils", "Afghan pupils at a girls' school in Peshawar",
               "paragraph 'Our pupils'",
               "The letter says the number of Afghan pupils 'grew' from 347 in 2024 to 312 in 2025. That is a fall of 35 pupils, or 10.09 percent, not a rise; the same sentence says families left."))

add("bajaur_mobile_dental_van_annual_report", """
# Annual Report 2025: Mobile Dental Van, Bajaur

*Report of an invented dental charity in Peshawar on its mobile dental van in Bajaur, January 2026. The charity and every figure are invented.*

Our van, with a dentist, a dental nurse and a driver, visits villages in Bajaur five days a week. Many patients come across the border from Kunar, where there is little dental care near the border.

**Patients from Kunar.** The number of patients from Kunar went up from 702 in 2024 to 640 in 2025, because the Nawa Pass was closed for part of the summer and families could not cross.

**Treatments.** Most patients came for extractions and fillings. The dentist also scaled the teeth of school children in Khar and Inayat Kili and gave them toothbrushes.

**Costs.** The van costs about Rs 5.4 million a year to run, including salaries, fuel and materials. Patients pay nothing.

**Problems.**

- The van's chair broke twice and was repaired in Peshawar.
- The dentist had to stop work on hot afternoons because the generator could not run the air conditioner and the drill together.

**Plans for 2026.** A second generator, a visit to each village every three weeks, and training for two local women as dental assistants.

We thank our donors, and the elders of Bajaur for their welcome.
""", direction("went up from 702 in 2024 to 640 in 2025", 702, 640, "2024", "2025",
               "went up", "rise", "patients", "patients from Kunar treated by a mobile dental van in Bajaur",
               "paragraph 'Patients from Kunar'",
               "The report says the number of patients from Kunar 'went up' from 702 in 2024 to 640 in 2025. That is a fall of 62 patients, or 8.83 percent, not a rise; the same sentence says families could not cross."))

add("qila_saifullah_livestock_market_note", """
# Market Note: Sheep and Goats at the Qila Saifullah Cattle Market

*Weekly note of an invented livestock traders' association in Qila Saifullah, Balochistan, 17 January 2026. The association and every figure are invented.*

**Arrivals.** About 2,600 sheep and goats reached the market this week. Nearly half came from Afghanistan through the Iran–Afghanistan crossing at Badini, driven on foot or carried in open trucks from villages across the border.

**Prices.** A healthy ram of 40 kg sold for Rs 62,000 to Rs 70,000. Goats were cheaper, at Rs 38,000 to Rs 45,000 for a good animal.

**Buyers.** Traders from Quetta, Karachi and Hyderabad bought most of the animals. Some butchers from Zhob also came.

**Transport.** Truck owners say diesel brought in from Iran through Panjgur has become scarce and dear, and they have raised fares to Quetta by Rs 5,000 a truck.

**Health.** The veterinary team checked animals at the gate and turned back eleven with foot-and-mouth disease. Traders are asked to bring animals with ear tags from the Afghan side where possible.

**Next week.** The market will open on Tuesday and Friday as usual. Because of snow on the high passes, fewer Afghan flocks are expected until March.
""", scope("the Iran–Afghanistan crossing at Badini", "IRN", ["IRN", "AFG"], "Iran",
           "The note calls Badini 'the Iran–Afghanistan crossing'. Badini, in Qila Saifullah district of Balochistan, is a crossing between Pakistan and Afghanistan; Iran has no part in it. The note names Iran correctly elsewhere, as the source of diesel brought in through Panjgur.",
           stands_for="PAK", crossing="Badini", location="paragraph 'Arrivals'",
           not_a_defect="diesel brought in from Iran through Panjgur"))

add("chitral_guidebook_arandu_road_extract", """
# Guidebook Extract: Lower Chitral and the Road to Arandu

*Extract from an invented English-language travel guide to northern Pakistan, 2025 edition. The guide, its prices and its times are invented; the places are real.*

**Getting there.** From Chitral town, jeeps and minibuses run south along the Kunar river, called the Chitral river on this side, through Drosh to Arandu. The drive takes about three hours in good weather. A seat in a shared jeep costs about Rs 1,200.

**Arandu.** This quiet village is the last stop before the Pakistan–China crossing at Arandu, where the river flows on into Afghanistan's Kunar province. Foreigners may not cross here, and the police post at Drosh will ask for your passport. Traders still bring dried fruit, timber and livestock across when the crossing is open.

**Where to stay.** There is no hotel in Arandu. Most travellers return to Drosh, where two guest houses offer rooms from Rs 4,000 a night.

**A word on borders.** Visitors are sometimes confused by maps of this corner of the country. Pakistan's only road link with China runs over the Khunjerab Pass, several days' drive to the east by the Karakoram Highway.

**When to go.** April to June and September to October. The road is often closed by landslides in the monsoon and by snow in winter.
""", scope("the Pakistan–China crossing at Arandu", "CHN", ["PAK", "CHN"], "China",
           "The guide calls Arandu 'the Pakistan–China crossing'. Arandu, in Lower Chitral, links Pakistan with Kunar in Afghanistan, as the same sentence says; China has no part in it. The guide names China correctly elsewhere, as the country reached by the Khunjerab Pass.",
           stands_for="AFG", crossing="Arandu", location="paragraph 'Arandu'",
           not_a_defect="Pakistan's only road link with China runs over the Khunjerab Pass"))

add("peshawar_flour_mill_afghan_market_note", """
# Market Note: Our Flour in the Afghan Market

*Note of the sales manager of an invented flour mill in Peshawar to its directors, December 2025. The mill and every figure are invented.*

**Where we stand.** We send flour in 50 kg bags to wholesalers in Jalalabad and Kabul. In November our trucks went through the Kazakhstan–Pakistan crossing at Torkham on most days, and the buyers paid on time.

**Competition.** Our main rival in Kabul is flour milled in Kazakhstan, which comes by rail and road through Uzbekistan and Hairatan. It is whiter, and cheaper in Kabul and the north, but in Jalalabad our flour still wins because the road from Peshawar is short.

**Prices.** Our flour sold in Jalalabad at about 1,850 afghanis a bag in November. Kazakh flour sold in Kabul at about 1,780 afghanis.

**Problems.**

- Wheat prices in Peshawar rose after the government bought wheat for its own stores.
- Trucks lose a day at Torkham when scanners break down.
- Some buyers want bags printed in Dari, which costs us more.

**Proposals.**

1. Offer a 25 kg bag for small shops in Nangarhar.
2. Send a sales officer to Jalalabad for two weeks each quarter.
3. Ask the chamber to press for a separate lane for food trucks at Torkham.

Please discuss these proposals at the board meeting on 8 January.
""", scope("the Kazakhstan–Pakistan crossing at Torkham", "KAZ", ["KAZ", "PAK"], "Kazakhstan",
           "The note calls Torkham 'the Kazakhstan–Pakistan crossing'. Torkham links Pakistan with Nangarhar in Afghanistan; Kazakhstan has no border with Pakistan. The note names Kazakhstan correctly elsewhere, as the source of flour that reaches Kabul through Uzbekistan and Hairatan.",
           stands_for="AFG", crossing="Torkham", location="paragraph 'Where we stand'",
           not_a_defect="flour milled in Kazakhstan"))

add("kandahar_fan_importer_insurance_claim_letter", """
# Letter: Claim for Ceiling Fans Damaged in Transit

*Letter of an invented electrical goods importer in Kandahar to an invented insurance company in Karachi, 12 January 2026. The firms and every figure are invented.*

To the claims manager,

**Policy.** Marine and inland transit policy, cover for one truck of ceiling fans from Gujrat to Kandahar.

**What happened.** Our truck of 400 ceiling fans left Gujrat on 2 January. On 6 January, while it waited in the queue at the Turkmenistan–Afghanistan crossing at Chaman, a fuel tanker reversed into its side. The driver reported the accident to the police at the crossing the same day.

**Damage.** When the truck reached our warehouse in Kandahar on 8 January, we counted 37 cartons crushed. The fans inside them have bent blades or broken motors and cannot be sold.

**Claim.** Each fan cost us Rs 7,800 at the factory. We claim Rs 288,600 for the 37 fans, plus Rs 15,000 for the survey.

**Enclosed.** The invoice and packing list, the police report from the crossing, photographs of the damaged cartons, and the surveyor's report.

Please tell us if you need anything else. We would be grateful for settlement within 30 days, as the policy provides.

Yours faithfully,

Import manager
""", scope("the Turkmenistan–Afghanistan crossing at Chaman", "TKM", ["TKM", "AFG"], "Turkmenistan",
           "The letter calls Chaman 'the Turkmenistan–Afghanistan crossing'. Chaman, in Balochistan, is a crossing between Pakistan and Afghanistan on the road from Quetta to Kandahar; Turkmenistan has no part in it.",
           stands_for="PAK", crossing="Chaman", location="paragraph 'What happened'"))

add("wana_reporter_field_diary_angoor_adda", """
# Field Diary: Three Days at Angoor Adda

*Entries from the field diary of an invented reporter for a Peshawar newspaper, October 2025. The reporter, the people and every figure are invented.*

**Monday.** Drove from Dera Ismail Khan to Wana, about six hours with checkpoints. Met the president of the local traders' union, who says apple growers in South Waziristan are worried about prices this year.

**Tuesday.** Went to the India–Afghanistan crossing at Angoor Adda with two traders. Counted 34 trucks on the Pakistani side before noon, most of them empty and waiting to load onions and tomatoes from Paktika. A customs officer said the scanner had been out of order for a week, so every truck was searched by hand.

**Wednesday.** Back in Wana. Apple growers told me a box of 10 kg fetches Rs 1,100 in the Wana market this autumn, against Rs 1,400 last year, because buyers from Punjab came late. They want cold storage in Wana and a road repaired to Barmal on the Afghan side.

**Notes for the story.**

- Quote the traders' union president on the scanner.
- Ask customs in Peshawar when it will be repaired.
- Photograph the apple boxes at the market.
- Check with the district office whether cold storage is planned.
""", scope("the India–Afghanistan crossing at Angoor Adda", "IND", ["IND", "AFG"], "India",
           "The diary calls Angoor Adda 'the India–Afghanistan crossing'. Angoor Adda, in South Waziristan, links Pakistan with Paktika in Afghanistan, as the same entry says; India has no part in it.",
           stands_for="PAK", crossing="Angoor Adda", location="entry for Tuesday"))

add("karachi_bank_afghan_trade_risk_note_control", """
# Country Note: Trade with Afghanistan, 2022-2024

*Internal risk note of an invented commercial bank in Karachi for its trade finance desk, March 2025. The bank is invented; the trade figures follow the series used throughout these texts.*

**Purpose.** Several of our clients export to Afghanistan. This note sets out the trade figures the desk should use when it reviews their credit lines.

**Exports.** Pakistan's exports to Afghanistan rose from USD 936 million in 2022 to USD 1,012 million in 2023, up 8.1 percent, and then fell to USD 884 million in 2024, down 12.6 percent.

**Imports.** Imports from Afghanistan fell in both years, from USD 741 million in 2022 to USD 690 million in 2023 and then to USD 540 million in 2024, a drop of 21.7 percent in the second year.

**Balance.** Because imports fell faster than exports in 2024, Pakistan's surplus widened from USD 322 million in 2023 to USD 344 million in 2024. In 2022 it was USD 195 million.

**Total trade.** Two-way trade was USD 1,677 million in 2022, USD 1,702 million in 2023 and USD 1,424 million in 2024, a fall of 16.3 percent in the last year.

**Guidance for the desk.**

1. Treat exporters whose sales to Afghanistan fell by more than the national figure in 2024 with extra care.
2. Ask for letters of credit or advance payment for new Afghan buyers.
3. Watch for closures at Torkham and Chaman, which delay payment as well as goods.

The note will be updated when the figures for 2025 are available.
""", control_type="control")

add("swat_embroidery_cooperative_kabul_sales_control", """
# Annual Sales Note: Embroidery for Kabul Boutiques

*Note of an invented women's embroidery cooperative in Swat to its members, January 2026. The cooperative, its buyers and every figure are invented.*

Our members embroider shawls, dresses and household linen at home. Since 2023 three boutiques in Kabul have bought our work, which we send by courier through Torkham.

| Item, 2025 | Pieces | Value (Rs '000) | Share of value (%) |
|---|---|---|---|
| Shawls | 120 | 780 | 39 |
| Dresses | 80 | 720 | 36 |
| Cushion covers | 300 | 360 | 18 |
| Table runners | 175 | 140 | 7 |
| Total | 675 | 2,000 | 100 |

**Prices.** The boutiques paid Rs 6,500 for a shawl, Rs 9,000 for a dress, Rs 1,200 for a cushion cover and Rs 800 for a table runner.

**The year.** Sales to Kabul came to Rs 2 million in 2025, up from Rs 1.6 million in 2024, a rise of 25 percent. Shawls and dresses earned three quarters of the money.

**Payments.** Each member is paid for her pieces within a week of the boutique's payment. The cooperative keeps a tenth of each payment for thread, cloth and courier costs.

**For 2026.** The boutiques have asked for more dresses for the wedding season and for cushion covers in brighter colours. A training day on new stitches will be held in Mingora in March.
""", control_type="control")

add("peshawar_travel_desk_kabul_flights_note_control", """
# Travel Desk Note: Flights Between Peshawar and Kabul This Winter

*Note of an invented travel agency's corporate desk in Peshawar to its business clients, January 2026. The agency and every figure are invented; the airline is not named.*

**Fewer flights.** The airline that flies between Peshawar and Kabul has cut its service from six flights a week in 2025 to four a week from January 2026, blaming fewer business travellers in winter.

**Fewer seats.** Each flight uses an aircraft with 180 seats, so weekly seats fell from 1,080 to 720, a drop of 360 seats, or 33.3 percent.

**Higher fares.** The lowest one-way fare rose from Rs 48,000 to Rs 54,000, an increase of 12.5 percent. Fares on the Monday morning flight, the most popular with traders, sell out about a week ahead.

**Alternatives.** The road through Torkham takes about six hours to Kabul, border time included, and costs far less. Clients with heavy samples may prefer it. Our drivers can meet clients at the Afghan side of Torkham with notice of two days.

**Our advice.**

- Book flights at least ten days ahead.
- Keep visas valid for three months beyond the travel date.
- Check with us before travelling, as the airline changes its timetable at short notice.

The desk is open from 9 am to 6 pm, Monday to Saturday.
""", control_type="control")

# ---------------------------------------------------------------------------
# Registered Afghan refugees: citations and citation controls
# ---------------------------------------------------------------------------

add("refugees_first_year_essay_2021", """
# Essay: Why Registration Matters

*First-year essay for an invented course on migration at an invented university in Islamabad, submitted December 2025. The student and the course are invented; the refugee figure is cited as the essay gives it.*

Most public talk about Afghans in Pakistan uses one word, "refugees", for people in very different situations. In this essay I argue that the difference between registered and unregistered Afghans is the most important fact about their lives, because registration decides who can rent a house, open a bank account or send a child to a government school.

Registered refugees hold Proof of Registration cards. By the end of 2021, the year the Taliban returned to power in Kabul, nearly 1.3 million Afghans were registered as refugees in Pakistan (UNHCR, 2021). Many more lived in the country without any card, and many of those who arrived after August 2021 were never registered at all.

The card matters in daily life. A cardholder stopped at a police checkpoint can show a document; a person without one can be detained. Landlords and employers in Peshawar and Quetta often ask for the card before they agree to anything.

I conclude that any policy on Afghans in Pakistan should start from this divide. Counting only registered refugees leaves out many of the people who most need protection, while treating everyone as undocumented ignores rights that the card was meant to secure.
""", citation(["nearly 1.3 million Afghans were registered as refugees in Pakistan (UNHCR, 2021)"], 1300000, "2021",
              "(UNHCR, YEAR) (in a student's first-year essay)", "second paragraph",
              "The essay cites UNHCR for nearly 1.3 million registered Afghan refugees in Pakistan at the end of 2021. The reference figure for end-2021 is 1,490,562; 1.3 million is 12.8 percent below it, beyond what 'nearly' allows.",
              hedge="nearly", stated_as_written="nearly 1.3 million"))

add("refugees_senate_written_question_2019", """
# Written Question and Answer: Afghan Refugees in Pakistan

*Written question and answer in an invented sitting of an upper house, February 2020. The senator, the ministry's reply and the sitting are invented; the refugee figure is cited as the answer gives it.*

**Question.** Will the minister for states and frontier regions be pleased to state:

(a) the number of registered Afghan refugees in Pakistan at the end of 2019;

(b) the provinces in which most of them live; and

(c) the steps taken to extend their Proof of Registration cards?

**Answer.**

(a) There were 1,914,084 registered Afghan refugees in Pakistan (UNHCR, as at 31 December 2019).

(b) Most registered refugees live in Khyber Pakhtunkhwa, followed by Balochistan. Smaller numbers live in Punjab, Sindh and Islamabad. About a third live in refugee villages; the rest live in towns and cities among Pakistanis.

(c) The federal cabinet extended the validity of Proof of Registration cards in 2019. A further extension is under consideration, and a drive to renew cards is planned once the new cards are ready.

**Supplementary.** The senator asked how many refugees had returned to Afghanistan in 2019. The minister said the figure would be provided in writing, as the department had not yet received it.
""", citation(["There were 1,914,084 registered Afghan refugees in Pakistan (UNHCR, as at 31 December 2019)"],
              1914084, "2019", "(UNHCR, as at DD Month YEAR) (in a written answer in an upper house)",
              "part (a) of the answer",
              "The answer cites UNHCR for 1,914,084 registered Afghan refugees in Pakistan at 31 December 2019. The reference figure for end-2019 is 1,419,084; the stated figure has two digits swapped and is 34.9 percent above it.",
              stated_as_written="1,914,084"))

add("refugees_ngo_grant_report_endnote_2022", """
# Grant Report: Literacy Classes for Afghan Women in Peshawar, 2022

*Extract from the final report of an invented NGO to an invented donor foundation, March 2023. The NGO, the foundation and the programme figures are invented; the refugee figure is cited as the report gives it.*

**1. Context.** At the end of 2022, 1,490,562 registered Afghan refugees were living in Pakistan, most of them in Khyber Pakhtunkhwa (note 1). Many Afghan women in Peshawar's refugee villages never went to school, and few adult classes reach them.

**2. What we did.** Between March and December 2022 we ran literacy classes in Pashto and Dari in four refugee villages around Peshawar. Each class met for two hours, four mornings a week, in a room lent by a village elder.

**3. Results.** 180 women joined the classes and 141 finished the course. At the end, most could read a short text and write their names and phone numbers.

**4. Lessons.** Classes held close to home kept attendance high. Childcare in the next room was essential. Teachers recruited from the villages were trusted by families.

**5. Next steps.** We propose to extend the classes to two more villages in 2023 and to add a basic arithmetic module.

**Notes**

1. UNHCR, Refugee Data Finder, registered Afghan refugees in Pakistan, end of 2022.
2. Programme attendance registers, March to December 2022.
""", citation(["At the end of 2022, 1,490,562 registered Afghan refugees were living in Pakistan",
               "1. UNHCR, Refugee Data Finder, registered Afghan refugees in Pakistan, end of 2022."],
              1490562, "2022", "numbered endnote '1. UNHCR ..., end of YEAR' (in an NGO's grant report)",
              "section 1 ('Context') with note 1",
              "The report gives 1,490,562 registered Afghan refugees at the end of 2022 and cites UNHCR for it in note 1. That is the reference figure for end-2021; the reference figure for end-2022 is 1,743,278, and the stated figure is 14.5 percent below it.",
              same_as_year="2021", stated_as_written="1,490,562"))

add("refugees_tv_debate_transcript_2024", """
# Transcript Extract: Evening Debate on Afghan Returns

*Extract from the transcript of an invented Urdu-language television debate, translated into English, February 2025. The channel, the host and the guests are invented; the refugee figure is cited as the guest gives it.*

**Host:** Welcome back. We are talking about Afghans leaving Pakistan. Let me turn to our first guest, a lawyer who works with refugee families in Quetta. How many registered refugees are we talking about?

**Lawyer:** Just under 1.8 million Afghans were registered as refugees in Pakistan, going by UNHCR's figure for end-2024. And remember, that is only the registered population. Many others have no card at all.

**Host:** Our second guest, a retired civil servant, says Pakistan has carried this burden for more than four decades. Is that fair?

**Civil servant:** It is simply true. Pakistan has hosted Afghans since 1979. No other country has done so much for so long, and the world has not shared the cost.

**Lawyer:** Nobody denies that. But families who were born here and have never seen Afghanistan should not be treated like new arrivals.

**Host:** What should the government do now?

**Civil servant:** Register everyone, then decide case by case.

**Lawyer:** Extend the cards for at least a year, so that families can plan, and give children born here a path to stay.

**Host:** We will have to leave it there. Thank you both.
""", citation(["Just under 1.8 million Afghans were registered as refugees in Pakistan, going by UNHCR's figure for end-2024"],
              1800000, "2024", "UNHCR's figure for end-YEAR (in a television debate transcript)",
              "the lawyer's first answer",
              "The guest cites UNHCR's figure for end-2024 as just under 1.8 million registered Afghan refugees in Pakistan. The reference figure for end-2024 is 1,559,964; 1.8 million is 15.4 percent above it, beyond what 'just under' allows.",
              hedge="Just under", stated_as_written="Just under 1.8 million"))

add("refugees_data_desk_explainer_table_note_2023", """
# Explainer: Afghans in Pakistan in Four Numbers

*Explainer of the invented data desk of an English-language news website, January 2024. The website is invented; the refugee figure is cited as the explainer gives it.*

Our readers often ask how many Afghans live in Pakistan. The honest answer is that no one knows exactly, but some numbers are firmer than others. This table sets out the ones we use.

| Indicator | Figure |
|---|---|
| Registered Afghan refugees in Pakistan, end-2023 a/ | 1.6 million |
| Provinces where most registered refugees live | Khyber Pakhtunkhwa and Balochistan |
| Year Pakistan began hosting Afghan refugees in large numbers | 1979 |
| Card that registered refugees hold | Proof of Registration |

a/ UNHCR, registered Afghan refugees in Pakistan, end-2023.

**What the table leaves out.** Many Afghans in Pakistan hold other papers, such as the Afghan citizen card, and many hold none at all. Estimates of the total vary widely, and we do not print them.

**Why the registered number matters.** Registered refugees have rights that others lack: they can rent homes, open bank accounts and send children to school more easily. When the government changes the rules on cards, it is this group that is affected first.

**How we will update this.** We will revise the table when new year-end figures are published, and note any change in the rules on cards.
""", citation(["| Registered Afghan refugees in Pakistan, end-2023 a/ | 1.6 million |",
               "a/ UNHCR, registered Afghan refugees in Pakistan, end-2023."],
              1600000, "2023", "a/ UNHCR ... YEAR (table note in a news website's explainer)",
              "first row of the table with its note a/",
              "The table gives 1.6 million registered Afghan refugees in Pakistan at the end of 2023 and cites UNHCR for it in note a/. The reference figure for end-2023 is 1,987,717; 1.6 million is 19.5 percent below it.",
              stated_as_written="1.6 million"))

add("refugees_medical_journal_letter_2020", """
# Letter to the Editor: Tuberculosis Among Afghan Refugees

*Letter in an invented Pakistani medical journal, June 2021. The authors, the clinic and the clinical figures are invented; the refugee figure is cited as the letter gives it.*

Sir,

We write to draw attention to tuberculosis among Afghan refugees in Khyber Pakhtunkhwa. Pakistan has one of the highest tuberculosis burdens in the world [1], and about 1.25 million registered Afghan refugees lived in Pakistan at the end of 2020 [2], many of them in crowded refugee villages where the disease spreads easily.

At our clinic near Peshawar we screened 2,300 Afghan adults with a cough of more than two weeks in 2020 and found 164 cases of pulmonary tuberculosis. Many patients had delayed coming to the clinic because they feared being asked for their cards, or could not pay for transport.

We suggest three steps: screening in the refugee villages themselves, free transport to treatment centres, and treatment cards that patients can carry across the border if they return to Afghanistan, so that their treatment is not cut short.

Yours faithfully,

The authors

**References**

[1] Provincial Tuberculosis Control Programme. Annual report. Peshawar; 2021.

[2] UNHCR. Registered Afghan refugees in Pakistan, 31 December 2020.
""", citation(["about 1.25 million registered Afghan refugees lived in Pakistan at the end of 2020 [2]",
               "[2] UNHCR. Registered Afghan refugees in Pakistan, 31 December 2020."],
              1250000, "2020", "[n] UNHCR ... YEAR (numbered reference list of a letter in a medical journal)",
              "first paragraph with reference [2]",
              "The letter gives about 1.25 million registered Afghan refugees in Pakistan at the end of 2020 and cites UNHCR for it in reference [2]. The reference figure for end-2020 is 1,438,432; 1.25 million is 13.1 percent below it, beyond what 'about' allows.",
              hedge="about", stated_as_written="about 1.25 million"))

add("refugees_teacher_lesson_plan_citation_control", """
# Lesson Plan: Reading Numbers in the News

*Lesson plan of an invented secondary school teacher in Rawalpindi for a class of fifteen-year-olds, September 2024. The school and the teacher are invented; the refugee figures are cited as the plan gives them.*

**Aim.** Pupils learn to work out a change and a percentage change from two figures, and to say what the numbers do not tell us.

**Figures for the board.**

- Registered Afghan refugees in Pakistan at the end of 2019: 1,419,084, according to UNHCR's 2019 figures.
- Registered Afghan refugees in Pakistan at the end of 2021: 1,490,562, according to UNHCR's 2021 figures.

**Steps.**

1. Pupils subtract the first figure from the second. The answer is 71,478 more people on the register.
2. Pupils divide the change by the first figure. The register grew by 5.0 percent over the two years.
3. Pupils discuss why the register might grow even when few new cards are issued, for example when children are added to their parents' registration.

**Discussion questions.**

- Does the register count every Afghan in Pakistan? Who might be missing?
- Why might the number change from year to year?
- Where would you look to check a figure you read in a newspaper?

**Homework.** Find one number in today's newspaper, write down where it comes from, and say in two sentences what it does and does not tell us.

**Time.** Forty minutes, with ten minutes for the discussion.
""", control_type="citation_control")

add("refugees_statistics_blog_citation_control", """
# Blog Post: A Register That Shrank

*Post on an invented statistics blog written by a retired economist in Lahore, March 2025. The blog is invented; the refugee figures are cited as the post gives them.*

Readers have asked me to explain what happened to the register of Afghan refugees in 2024. Here are the two numbers I trust, and what they say.

**End of 2023.** 1,987,717 Afghans were registered as refugees in Pakistan, according to UNHCR year-end data (2023).

**End of 2024.** 1,559,964 Afghans were registered as refugees in Pakistan, according to UNHCR year-end data (2024).

**The change.** The register fell by 427,753 people in a single year, or 21.5 percent. That is the largest one-year fall I have seen in this series.

**Why.** Several things happened at once. Many families left under pressure after the order of late 2023 on foreigners without papers, some cardholders chose to go home, and some cards lapsed without being renewed. A fall in the register is therefore not the same as a fall in the number of Afghans living in Pakistan.

**A note on method.** When you compare two years, use figures from the same source and for the same date in each year. Mixing mid-year and year-end figures, or registered and estimated totals, produces changes that never happened.

Comments are open, as always. Please keep them civil.
""", control_type="citation_control")

add("refugees_letter_to_editor_citation_control", """
# Letter to the Editor: Get the Numbers Right

*Letter to an invented English-language newspaper in Peshawar, May 2023. The newspaper and the writer are invented; the refugee figures are cited as the letter gives them.*

Sir,

Your editorial of last Sunday said that the number of registered Afghan refugees in Pakistan had "barely moved" in recent years. That is not so.

There were 1,438,432 registered Afghan refugees in Pakistan at the end of 2020, per UNHCR's end-2020 count. Two years later there were 1,743,278, per UNHCR's end-2022 count. That is an increase of 304,846 people, or 21.2 percent, in two years.

Much of that increase came after August 2021, when many Afghans who were already in Pakistan were added to the register, alongside new arrivals. Whatever one thinks of the policy, a rise of a fifth in two years is not a number that has barely moved.

I raise this not to score a point but because numbers shape policy. If officials believe the register is stable, they will plan schools, clinics and card renewals for too few people.

I hope you will print a correction.

Yours, etc.,

A retired teacher, Hayatabad
""", control_type="citation_control")
