# Thirteenth held-out set of synthetic documents ("heldout13").  Written from
# scratch after heldout12/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout13.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate registers not used before: a fruit-market commission
# agent's weekly letter to growers and buyers (translated from Urdu, with an
# arrivals table and a rate list), a regulator's summary of consultation
# comments and responses, a survey codebook with variable entries and
# frequency tables, a commercial arbitration award, a newspaper's live blog
# with time stamps, a cooperative society's annual general meeting papers
# (notice, chairman's review, accounts, resolutions), a memorandum of
# understanding between two chambers with articles and an annex of targets,
# a bank's credit committee memorandum on a fleet loan, the release notes
# (changelog) of an open trade-data portal, an e-mail exchange between
# journalists and a statistics cell, and a tax ombudsman's findings on a
# complaint.
# PDF-extracted tables are laid out by pdf_table(), as in heldout12_data.py.
#
# Invented figures shared with earlier sets (see heldout3-12_data.py):
# annual trade series (README); FY2024 (FY2023-24) exports 956, imports 620,
# balance 336, two-way 1,576; FY2025 (July 2024-June 2025) exports 893,
# imports 498, balance 395, two-way 1,391; quarters of FY2025: exports 227,
# 218, 212, 236, imports 131, 122, 118, 127, balances 96, 96, 94, 109;
# imports by product FY2025 coal 168, fresh fruit 96, dried fruit 71,
# vegetables 58, cotton 39, other 66; exports by product FY2025 rice 212;
# transit containers 52,000 FY2024, 31,200 FY2025; returns 2024 676,000,
# Jan-Jun 2025 320,000 (Q1 141,000, Q2 179,000); trucks per day Torkham
# 1,150 (2023), 820 (2024), Chaman 610, 470; customs clearance at Torkham,
# hours per export truck, Jan 2025 38, Feb 2025 44; detention at Torkham USD
# 120 a day; closure days 2024 Torkham 46, Chaman 31; registered refugees by
# province at end-2024, thousand: Khyber Pakhtunkhwa 811.2, Balochistan
# 374.4.
#
# New invented figures, consistent with the above:
#   Peshawar fruit mandi (a commission agent's letters), arrivals of Afghan
#     produce, trucks, weeks to 6 Sep / 13 Sep / 20 Sep 2025: grapes 142 /
#     118 / 96, pomegranates 36 / 58 / 84, apples 24 / 31 / 37, tomatoes 64 /
#     52 / 47; total 266 / 259 / 264.  Rates, Rs per maund of 40 kg, same
#     weeks: Kishmishi grapes 6,800 / 7,400 / 7,900, Taifi grapes 8,200 /
#     8,600 / 9,000, Kandahari pomegranates 9,600 / 9,200 / 8,700, Afghan
#     apples 5,400 / 5,400 / 5,200, tomatoes 3,200 / 2,800 / 2,600.
#     Commission 6 percent; market fee Rs 40 per crate; five 8 kg crates of
#     grapes to a maund.  Week to 27 Sep 2025: Afghan apples Rs 5,000,
#     apples from Poland Rs 7,800; Torkham shut two days.
#   Consultation: comments and responses: Transit Trade Facilitation Board
#     (invented), draft Afghan Transit Cargo (Electronic Tracking)
#     Regulations, 2025; consultation 1-31 July 2025: 38 respondents (chambers
#     and trade associations 14, transporters 9, shipping lines 6, customs
#     agents 7, NGOs and others 2), 64 written comments (tracking fee 21, time
#     limits 17, deposit 11, data protection 6, other 9).  Draft -> final:
#     tracking fee Rs 3,500 -> 2,800 per trip (-20 %), tracker deposit Rs
#     25,000 -> 15,000, time limit Karachi-Torkham 6 -> 7 days, Karachi-Chaman
#     5 -> 6 days.  Fee income on FY2025's 31,200 containers: Rs 109.2 million
#     at the draft fee, Rs 87.36 million at the final fee.
#   Survey codebook: Frontier Institute for Trade Studies (invented), Cross-
#     Border Traders Survey 2025 (CBTS-25), fieldwork 3 March-18 April 2025, N
#     = 400 traders (Peshawar 170, Quetta 130, Karachi 100).  Frequencies: q7
#     main crossing 2024 Torkham 216 (54.0 %), Chaman 148 (37.0), Ghulam Khan
#     26 (6.5), Angoor Adda 10 (2.5); q9 main export good rice 92 (23.0),
#     wheat flour 60 (15.0), medicines 44 (11.0), cement 28 (7.0), fruit and
#     vegetables 76 (19.0), other 100 (25.0); q12 months of 2024 with a
#     shipment held up by a closure: valid n 372, missing 28, mean 5.8, median
#     6; q15 main payment channel hawala 184 (46.0), bank transfer 124 (31.0),
#     cash at the border 92 (23.0); q18 volume in 2024 against 2023 fell 268
#     (67.0), about the same 84 (21.0), rose 48 (12.0); q22 respondent
#     Pakistani 336 (84.0), Afghan with PoR card 52 (13.0), Afghan with other
#     documents 12 (3.0).
#   Arbitration award: Peshawar Centre for Commercial Arbitration
#     (invented), case PCCA/2025/017, Zarif Rice Mills (Pvt) Ltd, Peshawar
#     (Claimant) v. Hotak Trading Company, Kabul (Respondent).  Contract of 10
#     October 2024: 1,200 tonnes of sella rice at USD 620 a tonne CPT Torkham
#     = USD 744,000.  Deliveries 15 November 2024 to 20 March 2025 in five
#     consignments: 240 (15 Nov 2024), 230 (19 Dec 2024), 210 (24 Jan 2025),
#     200 (21 Feb 2025), 170 (20 Mar 2025) = 1,050 tonnes, invoiced USD
#     651,000; paid USD 520,000; unpaid USD 131,000. Detention 84 truck-days
#     at USD 120 (this set's Torkham rate) = USD 10,080. Costs of the
#     arbitration USD 6,500.  Award USD 147,580.  Counterclaim for 150
#     undelivered tonnes (USD 45 a tonne, USD 6,750) dismissed.
#   Live blog: Khyber Post (an invented newspaper) live blogs.  Reopening of
#     Torkham to cargo after an eleven-day closure (an invented Monday in
#     November 2025): trucks crossed by 11:00 212; by 15:00 430 (outbound 270,
#     inbound 160); by 19:00 560 (outbound 340, inbound 220); about 1,400
#     trucks queued at dawn between Landi Kotal and Jamrud.
#   Cooperative society AGM papers: Frontier Dry Fruit Importers'
#     Cooperative Society Ltd, Peshawar (invented), 38th annual general
#     meeting, financial year ended 30 June 2025 (FY2025).  Members 298 ->
#     312.  Members' imports of dried fruit from Afghanistan FY2025 US$ 20.0
#     million (28.2 % of the national US$ 71 million): almonds 7.0 (35.0 %),
#     raisins 5.2 (26.0), walnuts 3.4 (17.0), pine nuts 2.6 (13.0), other 1.8
#     (9.0).  Sales through the society's auction hall Rs 5,520 million
#     (FY2024) -> Rs 4,860 million (FY2025, -12.0 %).  Income, Rs million,
#     FY2024 / FY2025: commission 146 / 128, warehouse rent 38 / 41, other 9 /
#     7; total 193 / 176; expenditure 151 / 149; surplus 42 / 27 (-35.7 %).
#     Dividend on share capital 8 % -> 6 %.
#   Memorandum of understanding: MoU between the Khyber Gateway Chamber of
#     Commerce and Industry, Peshawar, and the Eastern Zone Traders' Chamber,
#     Jalalabad (both invented), signed 18 June 2025 for three years.  Annex A
#     targets: two-way trade US$ 1,391 million (FY2025) -> US$ 2,000 million
#     (FY2027, +43.8 %); trucks a day at Torkham 820 (2024) -> 1,100
#     (end-2026, +34.1 %); customs clearance at Torkham 44 hours per export
#     truck (Feb 2025) -> 24 hours (-45.5 %); two joint trade fairs a year;
#     three delegations each way a year; 400 business-to-business meetings a
#     year; joint secretariat of four staff, cost shared 50 / 50.
#   Bank credit committee memorandum: Tarbela Bank Ltd (invented), credit
#     committee memorandum on Barakzai Goods Carriers (Pvt) Ltd (BGC, an
#     invented haulier), Peshawar.  Fleet 84 trucks, 52 of them on Afghan
#     routes (61.9 %).  Revenue, Rs million, FY2024 / FY2025 (years to June):
#     Afghan routes 1,020 / 760 (-25.5 %), domestic 590 / 660 (+11.9 %); total
#     1,610 / 1,420 (-11.8 %).  EBITDA 262 / 238; net profit 71 / 49; existing
#     debt Rs 210 million.  Proposed term finance Rs 360 million (80 % of a
#     project cost of Rs 450 million: 24 prime movers at Rs 15.5 million =
#     372, 24 trailers at Rs 2.75 million = 66, registration, trackers and
#     insurance 12), five years with six months' grace, KIBOR + 2.5 %; sponsor
#     equity Rs 90 million; minimum projected DSCR 1.6 times.
#   Data portal release notes: Border Economy Data Hub (an invented open-
#     data portal run by the invented Indus Open Data Collective).  Versions:
#     v4.0 15 July 2025, v4.1 12 August 2025, v4.2 9 September 2025, v4.3 14
#     October 2025.  FY2025 preliminary (v4.1) -> revised (v4.2), US$ million:
#     exports 889 -> 893 (Apr-Jun 2025 quarter 232 -> 236), imports 502 -> 498
#     (Apr-Jun 2025 131 -> 127), balance 387 -> 395, two-way 1,391 unchanged.
#     Series in the portal 1,240 (v4.1) -> 1,310 (v4.2).  Trucks a day by
#     crossing, 2023 / 2024: Torkham 1,150 / 820, Chaman 610 / 470, Ghulam
#     Khan 140 / 105, Angoor Adda 52 / 41 (heldout12); total 1,952 / 1,436.
#   E-mail exchanges: Monthly trade in the quarter April-June 2025 (new;
#     adds up to this set's quarter), US$ million: exports April 74, May 79,
#     June 83 (= 236); imports 41, 42, 44 (= 127); balance 33, 37, 39 (= 109).
#     The Khyber Post is the invented newspaper of the live blogs; the
#     statistics cell is invented.
#   Tax ombudsman's findings: Office of the Tax Ombudsman (style of),
#     complaint by Shifa Pharma Exports (Pvt) Ltd, Peshawar (invented),
#     exporter of medicines to Afghanistan. Sales tax refund claims for the
#     tax periods July-December 2024, Rs million: July 2.9, August 3.4,
#     September 3.1, October 3.3, November 2.8, December 3.1 (= 18.6);
#     sanctioned 14.2 after 212 days; withheld 4.4. Pending refund claims of
#     exporters to Afghanistan at the regional tax office: 41 (30 June 2024)
#     -> 63 (30 June 2025).
#   Figures used in one document only: about 1,400 trucks queued at Torkham
#     at dawn on the reopening day and Rs 25,000 a day per waiting truck;
#     187 members present and 41 by proxy at the cooperative's meeting;
#     the codebook's 53 respondents answering 12 months, nine traders using
#     letters of credit, years in trade mean 17.4 and median 15; BGC's 60
#     trips a month lost to closures in 2024, diesel at about 45 percent of
#     operating cost, keyman insurance of Rs 50 million per director, 18
#     quarterly instalments; interest of eight per centum on the award; the
#     Board's two-year retention of tracking data; the portal's 70 new series.

HELDOUT13 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT13.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
                      "control_type": control_type})


def pdf_table(rows):
    """Lay out rows as a PDF text extraction would: first column left-aligned,
    the others right-aligned, at least three spaces between cells."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [r[k].rjust(widths[k] + 3) for k in range(1, len(r))]
        lines.append("".join(cells).rstrip())
    return lines


def row_of(lines, start):
    """The one PDF-extracted line that starts with `start`."""
    found = [ln for ln in lines if ln.startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


PAIR = ["PAK", "AFG"]

# =================================================================== Commission agent's weekly letter

MANDI_NOTE = ("*In the style of a fruit-market commission agent's weekly letter to growers and buyers, "
              "translated from Urdu. The firm, the auctions, the arrivals and the rates are invented.*")

doc("mandi_letter_pomegranate_arrivals", f"""
# Haji Gul Rehman & Sons, Commission Agents, Peshawar Fruit Mandi: Weekly Letter, Week to 13 September 2025

{MANDI_NOTE}

Respected growers, buyers and friends, Assalam-o-Alaikum.

**Arrivals.** The grape season from Kandahar and Kabul is now past its best. Afghan grape arrivals at our mandi fell from 142 trucks in the week to 6 September to 118 trucks this week, while the first Kandahari pomegranates came in strongly: arrivals jumped from 36 to 85 trucks. Apples from Wardak are still few and small. Tomato arrivals dropped because the road beyond Jalalabad was blocked by a landslide for two days.

**Arrivals of Afghan produce at the Peshawar fruit mandi (trucks, week to)**

| Item | 6 Sep 2025 | 13 Sep 2025 | Change |
|---|---|---|---|
| Grapes | 142 | 118 | -24 |
| Pomegranates | 36 | 58 | +22 |
| Apples | 24 | 31 | +7 |
| Tomatoes | 64 | 52 | -12 |
| Total | 266 | 259 | -7 |

**Rates.** Kishmishi grapes sold at Rs 7,400/- per maund of 40 kg at Thursday's auction, against Rs 6,800/- a week earlier, because fewer trucks came in. Pomegranates opened lower than last year; good red Kandahari fruit fetched Rs 9,200/- per maund on Saturday.

**Advice to growers.** Please send pomegranates graded by size and colour. Mixed crates are bought at a discount of Rs 400/- to Rs 600/- per maund, and buyers from Lahore and Karachi now ask for graded lots only. Our commission stays at 6 percent of the sale price, and the market committee's fee at Rs 40 per crate.

**Payments.** Sale proceeds are paid within three days of the auction. Growers who want payment in Kabul through our associate there should tell our munshi before the lot is sold.

With respect and prayers,
Haji Gul Rehman & Sons, shop 14, fruit mandi, Peshawar
""", labels=[{
    "kind": "text_vs_table",
    "quotes": ["arrivals jumped from 36 to 85 trucks", "| Pomegranates | 36 | 58 | +22 |"],
    "explanation": "The letter says pomegranate arrivals jumped from 36 to 85 trucks in the week to 13 September 2025, but its own arrivals table gives 58 trucks for that week (a change of +22).",
    "expected_values": {"text_value": 85, "table_value": 58, "unit": "trucks a week",
                        "subject": "arrivals of Afghan pomegranates at the Peshawar fruit mandi",
                        "period": "13 Sep 2025", "period_as_written": "this week",
                        "location": "letter's arrivals paragraph against its arrivals table",
                        "table_form": "pipe"}}])

doc("mandi_letter_grape_rate_percent", """
# Haji Gul Rehman & Sons, Commission Agents: Rate List and Market Letter, Week to 13 September 2025

*In the style of a fruit-market commission agent's weekly rate list with a short letter, translated from Urdu. The firm, the auctions and the rates are invented.*

Respected clients,

Below is our rate list for Afghan produce sold at our shop in the Peshawar fruit mandi. Rates are the average of the morning auctions, in rupees per maund of 40 kg, for fruit of good quality in standard crates.

**Rate list (Rs per maund, week to)**

| Item | 6 Sep 2025 | 13 Sep 2025 | Change (Rs) |
|---|---|---|---|
| Kishmishi grapes | 6,800 | 7,400 | +600 |
| Taifi grapes | 8,200 | 8,600 | +400 |
| Kandahari pomegranates | 9,600 | 9,200 | -400 |
| Afghan apples | 5,400 | 5,400 | 0 |
| Tomatoes | 3,200 | 2,800 | -400 |

**Market letter.** Grapes were the story of the week. With fewer trucks at the gate, Kishmishi grapes gained Rs 600/- a maund, a rise of about 12 percent in a single week, and the Taifi variety followed. Buyers from Rawalpindi stayed away on Wednesday, or the gain would have been larger.

Pomegranates are cheaper because supply is rising fast. Early fruit is small and pale; the better colour will come in October. We advise growers with cold storage to hold part of the crop for three weeks.

Tomatoes fell by Rs 400/- a maund as Swat tomatoes reached the market at the same time as the Afghan trucks. Apples were unchanged.

**Charges.** Commission 6 percent of the sale price; market committee fee Rs 40 per crate; labour as per the mandi schedule. A maund of grapes is five crates of 8 kg.

We pray for your prosperity. Send your lots early in the week for the best prices.

Haji Gul Rehman & Sons
""", labels=[{
    "kind": "arithmetic",
    "quotes": ["Kishmishi grapes gained Rs 600/- a maund, a rise of about 12 percent in a single week"],
    "explanation": "The rate list shows Kishmishi grapes going from Rs 6,800 to Rs 7,400 a maund, a gain of Rs 600, which is 8.8 percent, not about 12 percent.",
    "expected_values": {"from": 6800, "to": 7400, "computed_change_pct": 8.82, "stated_change_pct": 12.0,
                        "from_period": "6 Sep 2025", "to_period": "13 Sep 2025",
                        "unit": "Rs per maund (40 kg)", "subject": "auction rate of Kishmishi grapes at the Peshawar fruit mandi",
                        "location": "market letter under the rate list"}}])

doc("mandi_letter_taifi_sagged", """
# Haji Gul Rehman & Sons, Commission Agents: Weekly Letter, Week to 20 September 2025

*In the style of a fruit-market commission agent's weekly letter to growers, translated from Urdu. The firm, the auctions and the rates are invented.*

Respected growers and buyers,

Thanks be to God, trade was brisk this week, though the weather in Peshawar stayed hot and fruit did not keep well in the afternoon auctions.

**Grapes.** The season is ending. Only late Kishmishi and Taifi grapes from the Kandahar belt are still coming, and buyers are paying more for what remains. Kishmishi grapes climbed again, from Rs 7,400/- to Rs 7,900/- per maund. Taifi grapes sagged from Rs 8,600/- to Rs 9,000/- per maund, the highest rate our shop has recorded for Taifi this season. Growers who still have grapes on the vine should pick and send them within ten days.

**Pomegranates.** Kandahari pomegranates are arriving in larger numbers, and the rate came down from Rs 9,200/- to Rs 8,700/- per maund. Colour is improving. Lots with cracked fruit were sold at half the rate of sound fruit, so please sort before packing.

**Apples and tomatoes.** Afghan apples eased to Rs 5,200/- per maund from Rs 5,400/- as the first Swat apples reached the market. Tomatoes were down to Rs 2,600/-.

**Rate list (Rs per maund of 40 kg, average of morning auctions)**

| Item | 13 Sep 2025 | 20 Sep 2025 | Change (Rs) |
|---|---|---|---|
| Kishmishi grapes | 7,400 | 7,900 | +500 |
| Taifi grapes | 8,600 | 9,000 | +400 |
| Kandahari pomegranates | 9,200 | 8,700 | -500 |
| Afghan apples | 5,400 | 5,200 | -200 |
| Tomatoes | 2,800 | 2,600 | -200 |

**Notice.** The mandi will be closed on the coming Friday afternoon for cleaning of the drains by the market committee. Lots arriving that day will be auctioned on Saturday morning.

With prayers for your health and good business,
Haji Gul Rehman & Sons, shop 14
""", labels=[{
    "kind": "direction",
    "quotes": ["Taifi grapes sagged from Rs 8,600/- to Rs 9,000/- per maund"],
    "explanation": "The letter says Taifi grapes 'sagged', but the rate went up from Rs 8,600 to Rs 9,000 a maund (+400 in the rate list), and the next clause calls it the highest Taifi rate of the season.",
    "expected_values": {"from": 8600, "to": 9000, "change": 400, "change_pct": 4.65,
                        "from_period": "13 Sep 2025", "to_period": "20 Sep 2025",
                        "stated_direction": "fall", "actual_direction": "rise", "direction_word": "sagged",
                        "unit": "Rs per maund (40 kg)", "subject": "auction rate of Taifi grapes at the Peshawar fruit mandi",
                        "location": "letter's grape paragraph above its rate list"}}])

doc("mandi_letter_arrivals_control", """
# Haji Gul Rehman & Sons, Commission Agents: Arrivals Note, Week to 20 September 2025

*In the style of a fruit-market commission agent's weekly note on arrivals, translated from Urdu. The firm, the arrivals and the rates are invented; national import figures follow this set's series.*

Respected growers and buyers,

**Arrivals of Afghan produce at the Peshawar fruit mandi (trucks, week to)**

| Item | 13 Sep 2025 | 20 Sep 2025 | Change |
|---|---|---|---|
| Grapes | 118 | 96 | -22 |
| Pomegranates | 58 | 84 | +26 |
| Apples | 31 | 37 | +6 |
| Tomatoes | 52 | 47 | -5 |
| Total | 259 | 264 | +5 |

**What the numbers say.** Total arrivals hardly moved, but the mix changed. Grape trucks fell by 22 to 96, down almost a fifth in one week, and pomegranate trucks rose by 26 to 84, up by almost half. Next week, for the first time this season, pomegranates should outnumber grapes at the gate.

**The bigger picture.** Fresh fruit is one of the few Afghan goods whose trade with Pakistan has held up. Pakistan imported US$ 96 million of fresh fruit from Afghanistan in the fiscal year to June 2025, second only to coal at US$ 168 million. Most of it comes through Torkham to Peshawar and through Chaman to Quetta, and a good part of it passes through the hands of commission agents like us before it reaches the cities of Punjab.

**Rates.** Kandahari pomegranates averaged Rs 8,700/- per maund and Kishmishi grapes Rs 7,900/-. Pomegranate rates will fall further as supply grows; grape rates will rise until the last trucks arrive.

**Reminder.** Our commission is 6 percent of the sale price. The market committee's fee is Rs 40 per crate, payable by the buyer. Growers sending fruit through another agent's truck should write our shop number, 14, clearly on every crate.

Haji Gul Rehman & Sons
""", control_type="control")

doc("mandi_letter_apples_poland_border", """
# Haji Gul Rehman & Sons, Commission Agents: Weekly Letter, Week to 27 September 2025

*In the style of a fruit-market commission agent's weekly letter, translated from Urdu. The firm, the auctions and the rates are invented.*

Respected growers and buyers,

**Closure.** This week began badly. The Poland–Afghanistan border at Torkham was shut to cargo for two days after a dispute between the border forces, and about forty of our growers' trucks stood in the queue at Landi Kotal with fruit ripening in the heat. When the gate opened on Tuesday, the trucks came through together and the mandi was flooded for a day.

**Pomegranates.** Kandahari pomegranates are now the main Afghan fruit at our shop. Sound fruit of good colour sold well; lots that had waited at the border lost weight and colour and fetched much less. We thank the growers who kept their trucks back in Jalalabad until the road was open.

**Apples.** Afghan apples sold at Rs 5,000/- per maund, against Rs 5,200/- a week earlier. Buyers say that cold-stored apples from Poland, which arrive by sea at Karachi and reach Peshawar by rail and road, sold at Rs 7,800/- per maund in the wholesale market this week. The imported fruit is larger, better packed and keeps longer, and Afghan growers must improve their grading and crates if they want the same buyers.

**Advice.** Do not pick apples before they are ready in the hope of beating the imports. Early apples lose weight in storage and are bought at low rates. Please use new crates with ventilation holes; old crates bruise the fruit.

**Charges and payments.** Commission 6 percent; market fee Rs 40 per crate. Payments within three days of sale, as usual.

With prayers,
Haji Gul Rehman & Sons, shop 14, Peshawar fruit mandi
""", labels=[{
    "kind": "scope",
    "quotes": ["The Poland–Afghanistan border at Torkham"],
    "explanation": "Torkham is on the Pakistan–Afghanistan border; the letter names Poland as one side of it. Poland is named correctly later as the origin of imported apples.",
    "expected_values": {"third_country": "POL", "named_pair": ["POL", "AFG"], "pair": PAIR,
                        "named_as": "Poland–Afghanistan border",
                        "not_a_defect": "cold-stored apples from Poland"}}])

# =================================================================== Consultation: comments and responses

CONSULT_NOTE = ("*In the style of a regulator's summary of consultation comments and responses. The Board, "
                "the draft regulations and the respondents are invented; transit figures follow this set's "
                "series.*")

doc("consultation_respondents_reuse", f"""
# Transit Trade Facilitation Board: Draft Afghan Transit Cargo (Electronic Tracking) Regulations, 2025, Summary of Consultation

{CONSULT_NOTE}

**1. Background.** The draft regulations would require every container of Afghan transit cargo leaving Karachi or Port Qasim to carry an electronic tracker until it exits at the border. The draft was published on the Board's website for comment from 1 to 31 July 2025.

**2. Who responded.** The Board received 64 written comments from 64 respondents. Fourteen were chambers of commerce or trade associations, nine were transporters, six were shipping lines, seven were customs agents and two were non-governmental organisations. Several respondents sent more than one comment, and two asked to meet the Board in person, which was arranged.

**3. Main themes.** The tracking fee drew the most comments (21), followed by the time limits for the journey to the border (17), the tracker deposit (11) and the protection of tracking data (6). Nine comments raised other points, among them the language of the tracker's alarm messages and the training of drivers.

**4. The Board's main changes.**

- The tracking fee is reduced from Rs 3,500 to Rs 2,800 per trip.
- The refundable deposit per tracker is reduced from Rs 25,000 to Rs 15,000.
- The time limit for Karachi to Torkham is extended from six to seven days, and for Karachi to Chaman from five to six days.
- Tracking data will be kept for two years and shared only with customs and the border agencies.

**5. Effect on revenue.** Afghan transit containers cleared at Karachi and Port Qasim numbered 31,200 in the fiscal year to June 2025. At that volume the reduced fee would bring in about Rs 87 million a year, against about Rs 109 million at the draft rate; the Board considers the lower figure sufficient to run the monitoring centre.

**6. Next steps.** The final regulations will be sent for notification in October 2025, with a three-month transition during which containers without trackers will be allowed to move under the present bond system.
""", labels=[{
    "kind": "number_reuse",
    "quotes": ["64 written comments", "from 64 respondents"],
    "explanation": "64 is given both as the number of written comments and as the number of respondents, but the next sentence's categories (14 + 9 + 6 + 7 + 2) add up to 38 respondents, and several respondents sent more than one comment.",
    "expected_values": {"value": 64, "unit": "count", "quantity_1": "written comments received in the consultation",
                        "quantity_2": "respondents to the consultation", "expected_value_2": 38}}])

doc("consultation_fee_response_repeated", f"""
# Transit Trade Facilitation Board: Consultation on the Draft Tracking Regulations, Comments on the Tracking Fee and the Board's Responses

{CONSULT_NOTE}

This annex summarises the 21 comments received on the tracking fee in the draft Afghan Transit Cargo (Electronic Tracking) Regulations, 2025, grouped by theme, with the Board's response to each group.

1. **The fee is too high (nine comments, mostly from chambers and transporters).** Respondents said that a fee of Rs 3,500 per trip, added to port charges, freight and border costs, would push more Afghan importers to route cargo through Iran. *Board's response:* The Board accepts that the fee should be lower. The tracking fee is reduced from Rs 3,500 to Rs 2,800 per trip, a cut of 20 percent. The tracking fee is reduced from Rs 3,500 to Rs 2,800 per trip, a cut of 20 percent. At the 31,200 containers cleared in the fiscal year to June 2025, the lower fee still covers the running cost of the monitoring centre.

2. **The fee should be charged per container, not per trip (five comments, shipping lines).** A truck sometimes carries two 20ft containers. *Board's response:* Not accepted. The tracker is fitted to the truck's load, and one tracker can seal two 20ft boxes on one trailer, so a per-trip fee is cheaper for the trade.

3. **The fee should be refundable if a container reaches the border on time (four comments, customs agents).** *Board's response:* Not accepted. The fee pays for the service whether or not a container is late; a refundable deposit already exists for the tracker itself, now reduced from Rs 25,000 to Rs 15,000.

4. **The fee should be paid in Afghanistan (three comments, transporters).** *Board's response:* Not accepted for now. The fee will be collected with the port charges in Karachi; payment through Afghan banks may be considered later.

The Board thanks all respondents. A list of respondents who agreed to be named is at Annex C.
""", labels=[{
    "kind": "garbled",
    "quotes": ["The tracking fee is reduced from Rs 3,500 to Rs 2,800 per trip, a cut of 20 percent. The tracking fee is reduced from Rs 3,500 to Rs 2,800 per trip, a cut of 20 percent."],
    "explanation": "The Board's response to the first group of comments states the same sentence twice, word for word, one after the other.",
    "expected_values": {"repeated_sentence": "The tracking fee is reduced from Rs 3,500 to Rs 2,800 per trip, a cut of 20 percent.",
                        "occurrences": 2, "subject": "tracking fee for Afghan transit containers",
                        "location": "Board's response in a consultation annex"}}])

doc("consultation_household_goods_citation_control", f"""
# Transit Trade Facilitation Board: Consultation on the Draft Tracking Regulations, Comments on Returnees' Household Goods

{CONSULT_NOTE}

**Comment 47 (a non-governmental organisation working with Afghan families in Peshawar and Quetta).** The respondent asked that trucks carrying the household goods of Afghans returning home be exempt from trackers, fees and deposits. It set out its reasons as follows.

Pakistan hosted 1,987,717 registered Afghan refugees as counted by UNHCR at the close of 2023. By the end of the following year the register stood at 1,559,964 (UNHCR, as at 31 December 2024), a fall of 427,753, or about 21.5 percent, in one year. Many more Afghans without refugee registration also left: returns from Pakistan reached 676,000 in 2024 and 320,000 in the first half of 2025. Most families leave with a few belongings loaded on a hired truck or a pickup: bedding, utensils, a sewing machine, sometimes a refrigerator. Such loads are not commercial cargo, and a fee of Rs 2,800 per trip would fall on families who have often sold everything else to pay for the journey.

The respondent added that delays at the border already cost returning families money, because truck owners charge for each extra day of waiting, and that a tracker deposit of Rs 15,000 would be beyond the means of most of them.

**Board's response.** Accepted in part. The regulations apply to Afghan transit cargo moving under customs bond from the seaports, not to goods carried across the border by returning families, which are cleared at the border as personal effects. To remove any doubt, a new sub-regulation states that household goods of returning Afghan families, carried in a vehicle hired for that purpose and not moving under a transit bond, are outside the scope of the regulations. No fee or deposit applies to them.

**Comment 48 (a customs agent, Quetta)** asked for the same treatment for the goods of traders who are closing their shops in Pakistan. *Board's response:* Not accepted; commercial stock is cargo and is cleared as such.
""", control_type="citation_control")

doc("consultation_shipping_lines_ethiopia_transit", f"""
# Transit Trade Facilitation Board: Consultation on the Draft Tracking Regulations, Comments from Shipping Lines

{CONSULT_NOTE}

Six shipping lines responded to the consultation, sending eleven comments between them. Their main points and the Board's responses are summarised below.

**Comment 12 (a container line calling weekly at Karachi).** The line supports electronic tracking in principle. It pointed to the experience of landlocked countries elsewhere: Ethiopia, which moves almost all of its sea trade through the port of Djibouti, tracks transit boxes along the corridor, and the line says this has cut the time its containers spend inland. It argued, however, that the draft time limit of six days from Karachi to Torkham is too short when the border is closed or slow, and that a container held at the border through no fault of the carrier should not be penalised. *Board's response:* Accepted in part. The limit is extended to seven days, and days on which the border is closed to cargo will not be counted.

**Comment 13 (the same line).** The line asked who would pay for a tracker damaged on the road. *Board's response:* The transporter, as the party in control of the truck, unless the damage is shown to have happened at the port.

**Comment 19 (a feeder operator).** The operator noted that transit traffic has fallen sharply: 31,200 Afghan transit containers were cleared at Karachi and Port Qasim in the fiscal year to June 2025, against 52,000 a year earlier, and more boxes now go through Iranian ports. It asked the Board not to add costs under the Ethiopia–Afghanistan Transit Trade Agreement of 2010 that would speed this shift. *Board's response:* Noted. The tracking fee has been reduced from Rs 3,500 to Rs 2,800 per trip and the tracker deposit from Rs 25,000 to Rs 15,000.

**Comment 22 (a line's agent in Karachi)** asked for a single window for tracker fitting inside the port. *Board's response:* Accepted; fitting bays will be set up at both ports before the regulations take effect.
""", labels=[{
    "kind": "scope",
    "quotes": ["the Ethiopia–Afghanistan Transit Trade Agreement of 2010"],
    "explanation": "The transit agreement of 2010 under which Afghan cargo moves through Karachi is between Afghanistan and Pakistan; the comment names Ethiopia as one side of it. Ethiopia is named correctly earlier, for its own transit through Djibouti.",
    "expected_values": {"third_country": "ETH", "named_pair": ["ETH", "AFG"], "pair": PAIR,
                        "named_as": "Ethiopia–Afghanistan Transit Trade Agreement",
                        "not_a_defect": "Ethiopia, which moves almost all of its sea trade through the port of Djibouti"}}])

# =================================================================== Survey codebook

CODEBOOK_NOTE = ("*In the style of a survey codebook (data dictionary with frequencies). The institute, the "
                 "survey and its results are invented; national figures follow this set's series.*")

CB_Q15 = pdf_table([
    ["Value label", "n", "Percent", "Cum. %"],
    ["1 Hawala or hundi", "184", "46.0", "46.0"],
    ["2 Bank transfer", "124", "31.0", "77.0"],
    ["3 Cash at the border", "92", "23.0", "100.0"],
    ["Total", "410", "100.0", "–"],
])

doc("codebook_payment_channel_total", f"""
# CBTS-25 Codebook, Section D: Payments and Finance

{CODEBOOK_NOTE}

**Study:** Cross-Border Traders Survey 2025 (CBTS-25), Frontier Institute for Trade Studies, Peshawar. **Universe:** traders who shipped goods to or received goods from Afghanistan at least once in 2023 or 2024. **Sample:** N = 400 (Peshawar 170, Quetta 130, Karachi 100). **Fieldwork:** 3 March to 18 April 2025, face to face. **File:** cbts25_main.sav, one record per trader.

### q15 PAYCHAN: Main payment channel

**Question text:** "Thinking of your shipments to or from Afghanistan in 2024, how were you paid, or how did you pay, most of the time?" (read out; one answer)

**Type:** numeric, single choice. **Universe:** all respondents. **Missing values:** none; interviewers were told to probe until one channel was named.

{chr(10).join(CB_Q15)}

**Notes for users.** Code 1 covers informal transfers through money dealers on both sides of the border. Code 2 includes letters of credit, which only nine traders reported. Code 3 covers cash carried by drivers or by the trader in person. Analysts comparing this variable with bank data should note that many traders who named hawala also hold bank accounts and use them for domestic business.

### q16 PAYDELAY: Days until payment

**Question text:** "On average, how many days after delivery were you paid?" (open numeric; exporters only)

**Type:** numeric, days. **Universe:** respondents who exported to Afghanistan in 2024. **Range:** 0 to 180. **Special codes:** 888 = paid in advance; 999 = refused. Recode special codes to missing before computing means.

### q17 CREDITUSE: Trade credit

**Question text:** "Did you sell on credit to Afghan buyers in 2024?" **Codes:** 1 yes, always; 2 yes, sometimes; 3 no. **Universe:** exporters. See the technical report for frequencies, which are weighted by city.
""", labels=[{
    "kind": "arithmetic",
    "quotes": [row_of(CB_Q15, "Total")],
    "explanation": "The frequency table's total row gives n = 410, but its three codes add to 184 + 124 + 92 = 400, the survey's sample size, and the percentages are worked on 400.",
    "expected_values": {"parts": {"hawala or hundi": 184, "bank transfer": 124, "cash at the border": 92},
                        "sum_of_parts": 400, "stated_total": 410, "difference": 10,
                        "unit": "respondents", "period": "2024",
                        "subject": "main payment channel of cross-border traders (q15)",
                        "location": "codebook frequency table, total row", "table_form": "pdf"}}])

doc("codebook_main_crossing_table", """
# CBTS-25 Codebook, Section B: Routes and Crossings

*In the style of a survey codebook (data dictionary with frequencies). The institute, the survey and its results are invented; crossing-level trade figures follow this set's series.*

**Study:** Cross-Border Traders Survey 2025 (CBTS-25), Frontier Institute for Trade Studies. **Sample:** N = 400 traders in Peshawar, Quetta and Karachi. **Weights:** none in this section; all figures are unweighted counts.

### q7 MAINXING: Main crossing used in 2024

**Question text:** "Through which border crossing did most of your shipments pass in 2024?" (one answer; show card B2)

**Type:** numeric, single choice. **Universe:** all respondents. **Missing values:** none.

**Summary.** Torkham is the main crossing for 54.0 percent of traders (n = 261), followed by Chaman. The two southern crossings in Khyber Pakhtunkhwa together account for fewer than one trader in ten, which matches their small share of recorded trade. Most Karachi-based traders named Chaman, because their goods go north by the Quetta road.

| Code | Label | n | Percent |
|---|---|---|---|
| 1 | Torkham | 216 | 54.0 |
| 2 | Chaman | 148 | 37.0 |
| 3 | Ghulam Khan | 26 | 6.5 |
| 4 | Angoor Adda | 10 | 2.5 |
| | Total | 400 | 100.0 |

**Notes for users.** The card listed seven crossings; the other three were named by no respondent and are not shown. Traders who used two crossings equally were asked to name the one used for their largest shipment.

### q8 XINGDAYS: Days to cross

**Question text:** "For a typical shipment in 2024, how many days did your truck wait at the border before crossing?" **Type:** numeric, days. **Range:** 0 to 30. **Universe:** all respondents. **Special codes:** 98 = don't know. Analysts should note that waiting times were recalled a year after the event and are likely to be rounded to whole weeks.
""", labels=[{
    "kind": "text_vs_table",
    "quotes": ["(n = 261)", "| 1 | Torkham | 216 | 54.0 |"],
    "explanation": "The variable summary gives the number of traders naming Torkham as n = 261, but the frequency table gives 216, which is the figure that matches 54.0 percent of 400.",
    "expected_values": {"text_value": 261, "table_value": 216, "unit": "respondents",
                        "subject": "traders naming Torkham as their main crossing in 2024 (q7)",
                        "period": "2024", "location": "codebook variable summary against its frequency table",
                        "table_form": "pipe"}}])

doc("codebook_closure_months_missing_reuse", """
# CBTS-25 Codebook, Section C: Closures and Delays

*In the style of a survey codebook (data dictionary with frequencies). The institute, the survey and its results are invented; closure figures follow this set's series.*

**Study:** Cross-Border Traders Survey 2025 (CBTS-25). **Sample:** N = 400. **Reference period for this section:** calendar 2024.

### q12 CLOSEMON: Months with a shipment held up by a closure

**Question text:** "In how many months of 2024 was at least one of your shipments held up because the border was closed?" (open numeric, 0 to 12)

**Type:** numeric, months. **Universe:** respondents who shipped at least once in 2024. **Valid n:** 372. **Missing:** 372 (system missing; respondents who made no shipment in 2024 were routed past this question by the filter at q11).

**Statistics.** Mean 5.8; median 6; minimum 0; maximum 12. Fifty-three respondents answered 12, meaning that every month of the year brought at least one held-up shipment; nearly all of them ship perishable goods through Torkham.

**Context for users.** The answers are broadly consistent with recorded closures: Torkham was shut to cargo on 46 days in 2024 and Chaman on 31, spread over many separate episodes. A trader with shipments every week could easily be caught in most months of the year. Answers of zero come mostly from Karachi traders who ship by the Chaman road in a few large consignments.

### q13 CLOSECOST: Cost of the longest hold-up

**Question text:** "Thinking of the longest hold-up in 2024, about how much did it cost you in rupees, counting detention, spoiled goods and lost orders?" **Type:** numeric, rupees. **Universe:** q12 > 0. **Special codes:** 9999998 = don't know, 9999999 = refused. Interviewers were told to accept a rounded figure.

### q14 CLOSEINFO: How traders learn of closures

**Codes:** 1 drivers or clearing agents by phone; 2 WhatsApp groups; 3 television or radio; 4 official notice; 5 other. Multiple answers allowed; each code is a separate 0/1 variable (q14_1 to q14_5).
""", labels=[{
    "kind": "number_reuse",
    "quotes": ["**Valid n:** 372", "**Missing:** 372"],
    "explanation": "The same 372 is given as the valid n and as the number of missing cases for q12; with N = 400 respondents, the missing cases should number 400 - 372 = 28.",
    "expected_values": {"value": 372, "unit": "respondents",
                        "quantity_1": "valid responses to q12 (months of 2024 with a held-up shipment)",
                        "quantity_2": "missing cases for q12 (respondents who made no shipment in 2024)",
                        "expected_value_2": 28}}])

doc("codebook_respondent_documents_2023", """
# CBTS-25 Codebook, Section F: Respondent Profile

*In the style of a survey codebook (data dictionary with frequencies). The institute, the survey and its results are invented.*

**Study:** Cross-Border Traders Survey 2025 (CBTS-25), Frontier Institute for Trade Studies. **Sample:** N = 400.

### q22 NATDOC: Nationality and documents

**Question text:** "May I ask which identity document you hold?" (show card F1; one answer)

**Type:** numeric, single choice. **Universe:** all respondents. **Missing values:** none.

| Code | Label | n | Percent |
|---|---|---|---|
| 1 | Pakistani CNIC | 336 | 84.0 |
| 2 | Afghan, Proof of Registration card | 52 | 13.0 |
| 3 | Afghan, other document | 12 | 3.0 |

**Sampling note.** Afghan traders were not sampled separately. They entered the survey through the same lists of market associations as Pakistani traders, so their share reflects their presence on those lists. When the frame was built, registered Afghan refugees in Pakistan numbered 2.3 million, according to UNHCR data as of end-2023, and many Afghan families in Peshawar and Quetta have run shops in the main markets for decades. Because the question was asked in early 2025, after many Afghans had left Pakistan, the share of Afghan respondents is probably lower than it would have been a year earlier.

**Sensitivity.** This variable is restricted in the public-use file. Codes 2 and 3 are merged into a single code 2 ("Afghan national") to protect respondents, and the city variable is removed for them.

### q23 YEARSTRADE: Years in cross-border trade

**Type:** numeric, years. **Range:** 1 to 52. **Universe:** all respondents. Mean 17.4; median 15. Respondents who inherited a business were told to count from the year they themselves began trading.

### q24 LANG: Language of interview

**Codes:** 1 Pashto; 2 Urdu; 3 Dari; 4 other. Recorded by the interviewer.
""", labels=[{
    "kind": "citation",
    "quotes": ["registered Afghan refugees in Pakistan numbered 2.3 million, according to UNHCR data as of end-2023"],
    "explanation": "The sampling note cites UNHCR for 2.3 million registered Afghan refugees at end-2023; the reference figure for end-2023 is 1,987,717, so the cited figure is about 15.7 percent too high.",
    "expected_values": {"stated": 2300000, "stated_as_written": "2.3 million", "reference": 1987717,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR", "citation_form": "UNHCR data as of end-2023",
                        "location": "codebook sampling note under a frequency table"}}])

CB_Q18 = pdf_table([
    ["Value label", "n", "Percent", "Cum. %"],
    ["1 Fell", "268", "67.0", "67.0"],
    ["2 About the same", "84", "21.0", "88.0"],
    ["3 Rose", "48", "12.0", "100.0"],
    ["Total", "400", "100.0", "–"],
])

doc("codebook_goods_and_volumes_control", f"""
# CBTS-25 Codebook, Section E: Goods and Volumes

{CODEBOOK_NOTE}

**Study:** Cross-Border Traders Survey 2025 (CBTS-25), Frontier Institute for Trade Studies. **Sample:** N = 400 traders (Peshawar 170, Quetta 130, Karachi 100).

### q9 MAINGOOD: Main good traded

**Question text:** "What was the main good you sent to Afghanistan in 2024, by value?" (one answer; field-coded)

| Code | Label | n | Percent |
|---|---|---|---|
| 1 | Rice | 92 | 23.0 |
| 2 | Wheat flour | 60 | 15.0 |
| 3 | Medicines | 44 | 11.0 |
| 4 | Cement | 28 | 7.0 |
| 5 | Fruit and vegetables | 76 | 19.0 |
| 6 | Other | 100 | 25.0 |

**Notes for users.** Rice is the most common main good, named by almost a quarter of traders, in line with its place as Pakistan's largest single export to Afghanistan (US$ 212 million in the fiscal year to June 2025). Fruit and vegetable traders are over-represented compared with their share of export value, because many small traders deal in them. The field code "Other" includes plastics, footwear, cooking oil and auto parts.

### q18 VOLCHG: Volume in 2024 against 2023

**Question text:** "Compared with 2023, did the quantity you shipped in 2024 rise, fall or stay about the same?"

{chr(10).join(CB_Q18)}

**Notes for users.** Two-thirds of traders reported a fall, which agrees with the recorded fall in Pakistan's exports to Afghanistan from US$ 1,012 million in 2023 to US$ 884 million in 2024, down 12.6 percent. Only about one trader in eight reported a rise; most of them trade medicines or rice.

### q19 VOLPCT: Size of the change

**Universe:** q18 = 1 or 3. **Type:** numeric, percent, signed. Respondents who could not give a figure were coded 999 and should be treated as missing.
""", control_type="control")

# =================================================================== Arbitration award

ARB_NOTE = ("*In the style of a commercial arbitration award, abridged. The centre, the parties, the "
            "contract and the sums are invented; the detention rate follows this set's series.*")

doc("arbitration_rice_quantity_reuse", f"""
# Peshawar Centre for Commercial Arbitration: Final Award in Case PCCA/2025/017 (abridged)

{ARB_NOTE}

**Parties.** Zarif Rice Mills (Pvt) Ltd, Peshawar (the Claimant), and Hotak Trading Company, Kabul (the Respondent).

**Sole arbitrator.** Appointed by the Centre on 2 May 2025 under Article 9 of its Rules, the parties having failed to agree on an arbitrator within thirty days.

**A. The contract.** By a contract dated 10 October 2024, the Claimant agreed to sell and the Respondent to buy 1,200 tonnes of sella rice at USD 620 per tonne, carriage paid to Torkham, a total contract value of USD 744,000. Payment was due within forty-five days of each delivery, by transfer to the Claimant's account in Peshawar.

**B. Performance.** It is common ground that the Claimant delivered 1,200 tonnes in five consignments between November 2024 and March 2025, and that the Respondent accepted every consignment without complaint as to quality. The Claimant invoiced USD 651,000 for the rice delivered. The Respondent paid USD 520,000 and has paid nothing since April 2025.

**C. The Respondent's case.** The Respondent says that it withheld payment because the Claimant failed to deliver the full contract quantity, and that the shortfall forced it to buy rice elsewhere at a higher price. It says further that closures of the border in the winter of 2024-25 were not its responsibility and that it should not pay for trucks held at Torkham.

**D. Findings.** The arbitrator finds that the contract allowed the Claimant to deliver in instalments and that the Respondent never gave notice that the final instalment was late. The Respondent's withholding of payment for goods it had accepted was a breach of contract. The balance of USD 131,000 is due.

**E. Award.** The Respondent shall pay the Claimant USD 131,000.00 (United States Dollars one hundred and thirty-one thousand only), with simple interest at eight per centum per annum from 1 May 2025 until payment, and shall bear the costs of the arbitration.

Given at Peshawar on 14 August 2025.
""", labels=[{
    "kind": "number_reuse",
    "quotes": ["buy 1,200 tonnes of sella rice", "the Claimant delivered 1,200 tonnes"],
    "explanation": "1,200 tonnes is given both as the contract quantity and as the quantity delivered, yet the Respondent's complaint is a shortfall against the contract quantity, and the invoice of USD 651,000 at USD 620 a tonne for the rice delivered means 1,050 tonnes were delivered.",
    "expected_values": {"value": 1200, "unit": "tonnes", "quantity_1": "contract quantity of sella rice",
                        "quantity_2": "quantity of sella rice delivered", "expected_value_2": 1050,
                        "value_as_written": "1,200 tonnes"}}])

doc("arbitration_award_heads_total", f"""
# Peshawar Centre for Commercial Arbitration: Final Award in Case PCCA/2025/017, Part VI (Quantum) and Dispositive Part

{ARB_NOTE}

**VI. Quantum**

43. Having found the Respondent liable, the arbitrator turns to the sums claimed. The Claimant claims under three heads: the unpaid price, detention of its trucks at Torkham, and the costs of this arbitration.

44. *Unpaid price.* The Claimant delivered 1,050 tonnes of sella rice at the contract price of USD 620 per tonne, and invoiced USD 651,000. The Respondent paid USD 520,000. The balance of USD 131,000 is proved by the invoices and bank statements and is not disputed as to amount.

45. *Detention.* The Claimant's trucks were held on the Pakistani side at Torkham for a total of 84 truck-days while the Respondent delayed the customs documents on the Afghan side. The Claimant paid its transporter USD 120 per truck per day, the usual detention rate at Torkham, and the arbitrator allows USD 10,080 under this head.

46. *Costs.* The Centre's fees and the arbitrator's fees, paid by the Claimant in advance, come to USD 6,500. Following the usual rule, costs follow the event.

47. *Counterclaim.* The Respondent's counterclaim of USD 6,750 for 150 tonnes it says it had to buy elsewhere is dismissed. The Respondent never called for the final 150 tonnes and cannot complain that they were not sent.

**VII. Award**

48. For these reasons, the arbitrator awards and directs as follows:

a/ the Respondent shall pay the Claimant USD 131,000 as the unpaid price;
b/ the Respondent shall pay the Claimant USD 10,080 for detention at Torkham;
c/ the Respondent shall reimburse the Claimant's costs of the arbitration of USD 6,500;
d/ the total sum awarded, USD 157,580, shall be paid within sixty days of this award, failing which it shall carry simple interest at eight per centum per annum;
e/ the counterclaim is dismissed.

Given at Peshawar on 14 August 2025. The seat of the arbitration is Peshawar.
""", labels=[{
    "kind": "arithmetic",
    "quotes": ["the total sum awarded, USD 157,580"],
    "explanation": "The three heads awarded, USD 131,000 + 10,080 + 6,500, add up to USD 147,580, not the USD 157,580 given as the total sum awarded.",
    "expected_values": {"parts": {"unpaid price": 131000, "detention at Torkham": 10080, "costs of the arbitration": 6500},
                        "sum_of_parts": 147580, "stated_total": 157580, "difference": 10000,
                        "unit": "USD", "period": "14 Aug 2025",
                        "subject": "sum awarded to the Claimant, case PCCA/2025/017",
                        "location": "dispositive part of an arbitration award"}}])

doc("arbitration_delivery_period_backwards", f"""
# Peshawar Centre for Commercial Arbitration: Final Award in Case PCCA/2025/017, Part II (The Facts)

{ARB_NOTE}

**II. The facts**

8. The Claimant is a rice mill in Peshawar that has sold to Afghan buyers since 2009. The Respondent is a trading house in Kabul that imports rice, flour and cooking oil from Pakistan and distributes them in the eastern provinces of Afghanistan.

9. On 10 October 2024 the parties signed a contract for 1,200 tonnes of sella rice at USD 620 per tonne, carriage paid to Torkham. Delivery was to be in monthly instalments "as called for by the Buyer", and payment within forty-five days of each delivery.

10. The Claimant made five deliveries, between 20 March 2025 and 15 November 2024, totalling 1,050 tonnes. Each consignment was inspected at Torkham by the Respondent's agent, who signed the delivery note without reservation.

11. The Respondent paid for the first three consignments in full but made only a part payment on the fourth and nothing on the fifth. By 30 April 2025 it had paid USD 520,000 against invoices of USD 651,000.

12. In the same months, the border at Torkham was closed to cargo on several occasions. Trucks carrying the Claimant's rice were held on the Pakistani side for a total of 84 truck-days, for which the Claimant paid its transporter a detention charge.

13. On 15 April 2025 the Claimant wrote to the Respondent demanding payment. The Respondent replied on 21 April 2025 that it would pay "when the full contract quantity is received". The Claimant did not reply to that letter and sent no further rice, the Respondent never having called for the last instalment.

14. On 2 May 2025 the Claimant filed a request for arbitration with the Centre under the arbitration clause of the contract, which provides for a sole arbitrator, the Rules of the Centre and the law of Pakistan.
""", labels=[{
    "kind": "garbled",
    "quotes": ["between 20 March 2025 and 15 November 2024"],
    "explanation": "The delivery period is written backwards: it runs from 15 November 2024 to 20 March 2025, after the contract of 10 October 2024, but the award puts the later date first.",
    "expected_values": {"stated_period_start": "20 Mar 2025", "stated_period_end": "15 Nov 2024",
                        "as_written": {"stated_period_start": "20 March 2025", "stated_period_end": "15 November 2024"},
                        "subject": "period of the Claimant's deliveries of sella rice",
                        "location": "statement of facts in an arbitration award"}}])

doc("arbitration_delivery_schedule_table", f"""
# Peshawar Centre for Commercial Arbitration: Final Award in Case PCCA/2025/017, Part V (Liability)

{ARB_NOTE}

**V. Liability**

31. The Respondent's main defence is that the Claimant failed to deliver the contract quantity and that the Respondent was therefore entitled to withhold payment. The arbitrator does not accept it.

32. The deliveries are recorded in the delivery notes signed at Torkham by the Respondent's own agent, which both parties produced. They are summarised in the schedule below.

**Schedule 2: Deliveries of sella rice under the contract of 10 October 2024**

| Consignment | Date of delivery note | Tonnes | Invoice (USD) |
|---|---|---|---|
| 1 | 15 Nov 2024 | 240 | 148,800 |
| 2 | 19 Dec 2024 | 230 | 142,600 |
| 3 | 24 Jan 2025 | 210 | 130,200 |
| 4 | 21 Feb 2025 | 200 | 124,000 |
| 5 | 20 Mar 2025 | 170 | 105,400 |
| Total | | 1,050 | 651,000 |

33. The contract provided for delivery "as called for by the Buyer". The Respondent called for each of the five consignments by letter and never called for a sixth. Having received and accepted 1,005 tonnes without objection, it cannot now say that it was excused from paying for them because 150 further tonnes did not arrive.

34. Nor does the contract make payment for one instalment depend on the delivery of the next. Clause 6 says in terms that "each delivery shall be paid for separately within forty-five days". By the dates in Schedule 2, payment for the fifth consignment was due by 4 May 2025 at the latest.

35. The Respondent's reliance on the closures of the border is also misplaced. Closures may explain delay in delivery; they cannot excuse non-payment for goods already received in Kabul.

36. The arbitrator therefore holds the Respondent liable for the unpaid balance of the invoices, USD 131,000, and turns in Part VI to detention and costs.
""", labels=[{
    "kind": "text_vs_table",
    "quotes": ["accepted 1,005 tonnes without objection", "| Total | | 1,050 | 651,000 |"],
    "explanation": "Paragraph 33 says the Respondent accepted 1,005 tonnes, but Schedule 2 of the same award records five deliveries totalling 1,050 tonnes, invoiced at USD 651,000 (1,050 x 620).",
    "expected_values": {"text_value": 1005, "table_value": 1050, "unit": "tonnes",
                        "subject": "sella rice delivered and accepted under the contract",
                        "period": "Nov 2024-Mar 2025", "location": "award's reasoning against its delivery schedule",
                        "table_form": "pipe"}}])

# =================================================================== Live blog

LIVE_NOTE = ("*In the style of a newspaper's live blog, newest entries at the bottom. The newspaper, its "
             "reporters and the day's counts are invented; other figures follow this set's series.*")

doc("live_blog_torkham_reopening_totals_reuse", f"""
# Live: Torkham Reopens to Cargo After Eleven Days

{LIVE_NOTE}

**06:45** Good morning. The gates at Torkham are due to open to cargo at seven after an eleven-day closure. Our reporter at the border counted about 1,400 trucks in the queue at dawn, stretching back from the zero point past Landi Kotal towards Jamrud.

**07:20** The first loaded truck, carrying cement, has crossed into Afghanistan. Drivers cheered. Customs staff say they have doubled the number of officers on the export lanes for the day.

**09:05** Clearing agents tell us the system is slow because hundreds of goods declarations filed during the closure are being processed at once. Perishable goods have been given priority: trucks carrying fruit and vegetables are being waved to the front of both queues.

**11:00** Our count: 212 trucks have crossed in both directions since the gates opened.

**13:30** A short pause while officials from both sides met at the zero point. Trade resumed at 13:50.

**15:00** Officials have given us a breakdown: 270 trucks out to Afghanistan and 160 in from Afghanistan since the morning, 430 in all.

**17:10** A transporter from Peshawar, who has had three trucks waiting since the closure began, tells us each truck has cost him about Rs 25,000 a day in driver wages, parking and lost trips. "Today is good, but we need the border to stay open," he said.

**19:00** The customs station's figures for the day are in: 340 trucks left for Afghanistan and 340 trucks arrived from Afghanistan, for a total of 560 crossings, against an average of 820 a day last year. Officials say the queue will take at least three more days to clear.

**19:15** That is where we leave it for today. Our reporters will be back at the border tomorrow morning.
""", labels=[{
    "kind": "number_reuse",
    "quotes": ["340 trucks left for Afghanistan", "340 trucks arrived from Afghanistan"],
    "explanation": "The same 340 is given for trucks leaving for Afghanistan and for trucks arriving from it, but the same entry's total of 560 crossings means 560 - 340 = 220 trucks arrived; the 15:00 entry already had 160 inbound.",
    "expected_values": {"value": 340, "unit": "trucks", "quantity_1": "trucks leaving Pakistan for Afghanistan through Torkham on the reopening day",
                        "quantity_2": "trucks arriving from Afghanistan through Torkham on the reopening day",
                        "expected_value_2": 220}}])

doc("live_blog_torkham_reopening_same_count", f"""
# Live: Trade Resumes at Torkham, Traders Count the Cost

{LIVE_NOTE}

**07:05** The gates are open. After eleven days in which no cargo crossed, trucks are moving at Torkham again this morning.

**08:30** We spoke to an exporter of medicines in Peshawar, whose consignment for a Kabul hospital has been waiting at Landi Kotal since the closure began. "The medicines were in a refrigerated trailer, so the diesel bill alone has been enormous," he said.

**10:10** How big is the trade that stopped? Pakistan exported US$ 893 million of goods to Afghanistan in the fiscal year to June 2025 and imported US$ 498 million, and most of it passes through Torkham. At that rate, an eleven-day stoppage holds up roughly US$ 27 million of exports if nothing is diverted, although some traders moved their trucks to Chaman during the closure.

**12:15** Progress report from our reporter at the zero point: traffic is building steadily, up from 212 trucks by 11:00 to 212 trucks by 11:00, and customs say they expect to reach their normal pace by the afternoon.

**14:40** The chamber of commerce in Peshawar has called for a joint mechanism to keep trade moving when the border forces of the two countries disagree. It says closures this year have already cost its members more than the whole of last year.

**16:00** A correction to an earlier entry: the medicines exporter we spoke to at 08:30 sells to a private hospital in Kabul, not a government one.

**18:30** By 19:00 the customs station expects about 560 trucks to have crossed in both directions. That would still be well below last year's average of 820 a day at Torkham.

**18:45** We are closing the blog for today. Thank you for following.
""", labels=[{
    "kind": "garbled",
    "quotes": ["up from 212 trucks by 11:00 to 212 trucks by 11:00"],
    "explanation": "The entry reports traffic as 'building steadily' from one count to another, but the start and end are the same figure at the same time (212 trucks by 11:00).",
    "expected_values": {"start_value": 212, "end_value": 212, "start_period": "11:00", "end_period": "11:00",
                        "period_as_written": "by 11:00", "unit": "trucks crossed",
                        "subject": "trucks crossing Torkham on the reopening day",
                        "location": "live blog entry"}}])

doc("live_blog_traffic_shot_up", f"""
# Live: Torkham Open Again, What the Numbers Tell Us

{LIVE_NOTE}

**07:00** Trucks are rolling at Torkham this morning after an eleven-day closure. We will bring you updates from the border and some background on the trade through the day.

**08:15** Background: Torkham is the busiest crossing on the border with Afghanistan. It handles more than half of Pakistan's exports to Afghanistan; Chaman, on the road from Quetta to Kandahar, carries most of the rest.

**09:40** Background, continued: Daily traffic at Torkham shot up from 1,150 trucks a day in 2023 to 820 in 2024, according to the customs figures we have seen. At Chaman the average went from 610 to 470 trucks a day over the same two years.

**11:20** Our reporter has met a driver from Jalalabad who says he has been stuck on the Afghan side with a load of coal for nine days. "We slept in the cab. The owner sent us money for food twice," he said.

**13:05** Readers ask why the border keeps closing. Closures in recent years have followed disputes over construction near the zero point, firing between the border forces, and changes in document rules. In 2024 Torkham was closed to cargo on 46 days and Chaman on 31.

**15:00** Traffic has reached 430 trucks in both directions since this morning, officials say.

**16:30** Clearing agents say customs clearance for an export truck at Torkham took 44 hours on average in February this year, up from 38 hours in January. They fear that the backlog from the closure will push it higher this month.

**18:50** Final count for today: 560 crossings. We are closing the blog here; thank you for reading.
""", labels=[{
    "kind": "direction",
    "quotes": ["Daily traffic at Torkham shot up from 1,150 trucks a day in 2023 to 820 in 2024"],
    "explanation": "'Shot up' is used for a fall: daily traffic at Torkham went from 1,150 trucks in 2023 down to 820 in 2024 (-28.7 percent).",
    "expected_values": {"from": 1150, "to": 820, "change": -330, "change_pct": -28.7,
                        "from_period": "2023", "to_period": "2024",
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "shot up",
                        "unit": "trucks a day", "subject": "average trucks crossing per day at Torkham",
                        "location": "background entry in a live blog"}}])

doc("live_blog_returns_deadline_2021", f"""
# Live: Families Head for Torkham as the Deadline Passes

{LIVE_NOTE}

**08:00** Good morning from Torkham, where the crossing point for returning Afghans opened early today. Our reporters saw a line of pickups and small trucks loaded with bedding, cupboards and chickens stretching back several hundred metres.

**09:20** A man from Peshawar's Board Bazaar, who asked us not to use his name, told us he was born in Pakistan and had never been to Afghanistan. "My children speak Pashto with a Peshawar accent," he said. "I don't know what we will find there."

**10:45** Some context. Pakistan has hosted Afghan refugees for more than four decades. Registered refugees alone numbered about 1.3 million, per UNHCR's end-2021 count, and many more Afghans lived in the country with other documents or none. Since late 2023, hundreds of thousands have left.

**12:00** Officials at the holding centre say that on busy days this month more than 2,000 people have crossed here. Families are given a small cash grant on the Afghan side.

**13:30** How many have gone? Returns from Pakistan reached 676,000 in 2024, and 141,000 more Afghans returned in the first three months of this year.

**15:10** An aid worker on the Afghan side told us by phone that families arriving this week need shelter and winter clothing most. Many have no home to go back to.

**16:40** Traders say the departures are hitting businesses in Peshawar, where Afghan shopkeepers and labourers are a large part of the wholesale markets.

**18:00** We are ending our live coverage for today. Our correspondent in Jalalabad will report tomorrow on what awaits the families who crossed.
""", labels=[{
    "kind": "citation",
    "quotes": ["about 1.3 million, per UNHCR's end-2021 count"],
    "explanation": "The entry cites UNHCR's end-2021 count as about 1.3 million registered refugees; the reference figure for end-2021 is 1,490,562, so the cited figure is about 12.8 percent too low, beyond what 'about' allows.",
    "expected_values": {"stated": 1300000, "stated_as_written": "1.3 million", "stated_hedge": "about",
                        "reference": 1490562, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2021", "cited_source": "UNHCR", "citation_form": "per UNHCR's end-2021 count",
                        "location": "context entry in a live blog"}}])

doc("live_blog_hosting_seminar_2020", f"""
# Live: "Forty-Five Years of Hosting", a Day of Talks in Peshawar

{LIVE_NOTE}

**09:30** Welcome to our live coverage of a one-day conference at a Peshawar university on Pakistan's experience of hosting Afghans since 1979. Speakers include former officials, researchers, traders and two Afghan students.

**09:55** The vice-chancellor opened the day by recalling that many of the university's own graduates were born in the refugee camps of Khyber Pakhtunkhwa.

**10:40** First panel, on numbers. A demographer warned that figures on Afghans in Pakistan are often mixed up: registered refugees, holders of other cards, and people with no documents are counted by different bodies. She showed a slide with the registered population at about 1.75 million, citing UNHCR's tally for December 2020, and said the register has risen and fallen since then with each drive to issue or renew cards.

**11:30** A question from the floor: how many have left? The panel said returns from Pakistan reached 676,000 in 2024 and 320,000 in the first half of 2025, but that not all of those were registered refugees.

**12:45** Lunch. We will be back for the afternoon panel on trade.

**14:10** Second panel, on trade and livelihoods. A Peshawar trader said Afghan shopkeepers in the city's dried fruit and carpet markets have been leaving, and that some Pakistani wholesalers are losing their best customers and suppliers at the same time.

**15:00** An economist put the trade in context: Pakistan's exports to Afghanistan were US$ 893 million in the fiscal year to June 2025, down from US$ 956 million a year earlier, while imports fell from US$ 620 million to US$ 498 million.

**16:20** Closing remarks. The organisers said they would publish the papers as a book next year and called for a single public register of all Afghans in Pakistan, whatever their documents.

**16:35** That's all from us today.
""", labels=[{
    "kind": "citation",
    "quotes": ["about 1.75 million, citing UNHCR's tally for December 2020"],
    "explanation": "The slide puts registered Afghan refugees at about 1.75 million, citing UNHCR's tally for December 2020; the reference figure for end-2020 is 1,438,432, so the cited figure is about 21.7 percent too high.",
    "expected_values": {"stated": 1750000, "stated_as_written": "1.75 million", "stated_hedge": "about",
                        "reference": 1438432, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2020", "cited_source": "UNHCR",
                        "citation_form": "UNHCR's tally for December 2020",
                        "location": "panel summary in a live blog"}}])

# =================================================================== Cooperative society AGM papers

AGM_NOTE = ("*In the style of a cooperative society's annual general meeting papers. The society, its "
            "members and its accounts are invented; national import figures follow this set's series.*")

doc("agm_chairman_review_chile_raisins", f"""
# Frontier Dry Fruit Importers' Cooperative Society Ltd: 38th Annual General Meeting, Chairman's Review

{AGM_NOTE}

Honourable members,

It is my duty to present the society's review for the financial year ended 30 June 2025. I will be brief, because the accounts and the auditor's report are before you, and because the year was one we would all rather forget.

**Trade.** Our members imported dried fruit worth US$ 20.0 million from Afghanistan during the year, out of a national total of US$ 71 million. Chile–Afghanistan trade in dried fruit through Torkham and Chaman was interrupted again and again: every closure left our members' trucks of almonds and raisins waiting in the sun, and every week of waiting meant lost orders in Lahore and Karachi.

**Competition.** At the same time, our buyers have found other sources. Cheaper raisins from Chile, shipped in containers to Karachi, now sit on the shelves of the big stores in Lahore beside our Afghan raisins. They are uniform in size, well packed and reliably supplied. Your committee believes that Afghan fruit is better in taste, but taste alone will not keep buyers who need steady deliveries.

**The society's finances.** Sales through our auction hall fell to Rs 4,860 million, and the society's income with them. The surplus for the year is Rs 27 million, and the committee proposes a dividend of 6 percent on share capital, against 8 percent last year.

**Membership.** Despite the difficulties, fourteen new members joined, bringing our number to 312. Many of them are young traders from families who have been in this business for generations.

**Looking ahead.** Your committee will ask the general body to approve a new cold store at Hayatabad, to be financed from reserves and a loan, so that members can hold stock through closures. We will also press the authorities, with the other chambers and associations, for a standing arrangement to let perishable goods cross when the border is shut to other cargo.

I thank the members of the managing committee, our staff and, above all, you, the members, for your loyalty in a hard year.

Chairman, managing committee
""", labels=[{
    "kind": "scope",
    "quotes": ["Chile–Afghanistan trade in dried fruit through Torkham and Chaman"],
    "explanation": "Dried fruit that crosses at Torkham and Chaman is trade between Afghanistan and Pakistan; the review names Chile as one side of it. Chile is named correctly in the next paragraph as the origin of competing raisins.",
    "expected_values": {"third_country": "CHL", "named_pair": ["CHL", "AFG"], "pair": PAIR,
                        "named_as": "Chile–Afghanistan trade",
                        "not_a_defect": "Cheaper raisins from Chile"}}])

doc("agm_members_imports_shares", f"""
# Frontier Dry Fruit Importers' Cooperative Society Ltd: Annual Report 2024-25, Members' Trade

{AGM_NOTE}

**1. Members' imports.** Members reported imports of dried fruit from Afghanistan worth US$ 20.0 million in the financial year ended 30 June 2025. Pakistan as a whole imported US$ 71 million of dried fruit from Afghanistan in the same year, so the society's members handled a little over a quarter of the national trade.

**Table 3: Members' imports of dried fruit from Afghanistan, FY2025**

| Product | US$ million | Share (%) |
|---|---|---|
| Almonds | 7.0 | 35.0 |
| Raisins | 5.2 | 29.0 |
| Walnuts | 3.4 | 17.0 |
| Pine nuts | 2.6 | 13.0 |
| Other (apricots, figs, pistachios) | 1.8 | 9.0 |
| Total | 20.0 | 100.0 |

**2. Products.** Almonds remain our members' largest line, most of them from Kandahar and Uruzgan. Raisins, both the green and the red kinds, come second. Pine nuts are a small trade by value but the most profitable per kilogram, and two members now export part of their pine nuts onward by air.

**3. Prices.** Prices paid to Afghan suppliers rose for walnuts and pine nuts during the year and fell for raisins. Members say that raisin prices in Pakistan are held down by imported raisins landed at Karachi.

**4. Payments.** Most members still pay their Afghan suppliers through money dealers. The committee has asked two banks to offer a simpler service for small importers, and will report on the talks at the next general meeting.

**5. Storage.** The society's warehouse at Hayatabad was full for most of the winter, when closures at the border held up sales and members kept stock longer than usual. Warehouse rent was the only source of income that grew during the year.
""", labels=[{
    "kind": "arithmetic",
    "quotes": ["| Raisins | 5.2 | 29.0 |", "| Total | 20.0 | 100.0 |"],
    "explanation": "The share column adds up to 103.0 percent although the total row says 100.0; raisins at US$ 5.2 million of 20.0 are 26.0 percent, not 29.0.",
    "expected_values": {"shares_pct": {"almonds": 35.0, "raisins": 29.0, "walnuts": 17.0, "pine nuts": 13.0, "other": 9.0},
                        "sum_pct": 103.0, "unit": "percent of members' dried fruit imports", "period": "FY2025",
                        "subject": "members' imports of dried fruit from Afghanistan by product",
                        "location": "annual report table with a share column and a total row", "table_form": "pipe"}}])

doc("agm_accounts_commission_income", f"""
# Frontier Dry Fruit Importers' Cooperative Society Ltd: Notice of the 38th Annual General Meeting and Treasurer's Note

{AGM_NOTE}

**Notice.** The 38th annual general meeting of the society will be held at the society's hall, Hayatabad, Peshawar, on Sunday 12 October 2025 at 10:00, to transact the following business:

1. To confirm the minutes of the 37th annual general meeting.
2. To receive and adopt the audited accounts for the financial year ended 30 June 2025, with the auditor's and the managing committee's reports.
3. To approve a dividend on share capital.
4. To elect five members of the managing committee in place of those retiring by rotation.
5. To consider any other business with the permission of the chair.

**Treasurer's note on the accounts.** The society earns most of its income as commission on sales through its auction hall. With sales down from Rs 5,520 million to Rs 4,860 million, commission income fell to Rs 182 million in 2024-25, and total income declined by Rs 17 million. Warehouse rent rose, because members stored more stock during the closures at the border. Expenditure was held almost level.

**Summary of income (Rs million)**

| Item | FY2024 | FY2025 |
|---|---|---|
| Commission on auction sales | 146 | 128 |
| Warehouse rent | 38 | 41 |
| Other income | 9 | 7 |
| Total income | 193 | 176 |

**Result.** After expenditure of Rs 149 million, the surplus for the year is Rs 27 million, against Rs 42 million in FY2024. The managing committee recommends a dividend of 6 percent on paid-up share capital.

**Proxies.** A member unable to attend may appoint another member as proxy. Proxy forms must reach the secretary at least 48 hours before the meeting. No member may hold more than two proxies.

By order of the managing committee,
Honorary Secretary
""", labels=[{
    "kind": "text_vs_table",
    "quotes": ["commission income fell to Rs 182 million", "| Commission on auction sales | 146 | 128 |"],
    "explanation": "The treasurer's note says commission income fell to Rs 182 million in 2024-25, but the income summary gives Rs 128 million for FY2025 (from 146); 182 would be a rise, and only 128 fits the stated fall of Rs 17 million in total income.",
    "expected_values": {"text_value": 182, "table_value": 128, "unit": "PKR million",
                        "subject": "society's commission income on auction sales",
                        "period": "FY2025", "period_as_written": "2024-25",
                        "location": "treasurer's note against the income summary", "table_form": "pipe"}}])

doc("agm_minutes_sales_rallied", f"""
# Frontier Dry Fruit Importers' Cooperative Society Ltd: Draft Minutes of the 38th Annual General Meeting

{AGM_NOTE}

The 38th annual general meeting was held at the society's hall, Hayatabad, on Sunday 12 October 2025. The chairman presided. 187 members were present in person and 41 by proxy; the quorum was complete.

**Item 1.** The minutes of the 37th annual general meeting were read and confirmed without change.

**Item 2: Accounts.** The treasurer presented the audited accounts for the financial year ended 30 June 2025. He said that sales through the auction hall rallied to Rs 4,860 million in 2024-25 from Rs 5,520 million the year before, and that the society's surplus had come down from Rs 42 million to Rs 27 million. Asked by a member why the surplus had fallen more steeply than sales, he explained that most of the society's costs are salaries, rent and electricity, which do not fall when trade falls. The accounts were adopted unanimously.

**Item 3: Dividend.** On a motion from the managing committee, seconded from the floor, the meeting approved a dividend of 6 percent on paid-up share capital for FY2025, against 8 percent for FY2024. Two members asked for the dividend to be passed and the money kept for the new cold store; the motion was carried by a large majority.

**Item 4: Elections.** Five members were elected unopposed to the managing committee. The chairman welcomed the first woman member of the committee in the society's history.

**Item 5: Any other business.** A member asked the committee to press the authorities to let perishable and semi-perishable goods cross the border during closures. The chairman said the society had written to the chief secretary and would keep pressing with the chambers. Another member asked about the proposed cold store; the chairman replied that a costed plan would be put to a special general meeting.

The meeting ended with a prayer for members who had died during the year.
""", labels=[{
    "kind": "direction",
    "quotes": ["sales through the auction hall rallied to Rs 4,860 million in 2024-25 from Rs 5,520 million the year before"],
    "explanation": "'Rallied' is used for a fall: sales through the auction hall went from Rs 5,520 million in FY2024 down to Rs 4,860 million in FY2025 (-12.0 percent), and the same minute goes on to speak of trade falling.",
    "expected_values": {"from": 5520, "to": 4860, "change": -660, "change_pct": -11.96,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "as_written": {"to_period": "2024-25"},
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "rallied",
                        "unit": "PKR million", "subject": "sales through the cooperative's auction hall",
                        "location": "draft minutes of an annual general meeting"}}])

AGM_IE = pdf_table([
    ["Rs million", "FY2024", "FY2025", "Change %"],
    ["Total income", "193", "176", "-8.8"],
    ["Expenditure", "151", "149", "-1.3"],
    ["Surplus", "42", "27", "-35.7"],
])

doc("agm_auditor_summary_control", f"""
# Frontier Dry Fruit Importers' Cooperative Society Ltd: Summary of Audited Accounts, Year Ended 30 June 2025

{AGM_NOTE}

**Auditor's opinion.** In our opinion the accounts give a true and fair view of the society's affairs as at 30 June 2025 and of its surplus for the year then ended, in accordance with the cooperative societies law and the society's bye-laws.

**Income and expenditure account (summary)**

{chr(10).join(AGM_IE)}

**Notes.**

1. Income fell by Rs 17 million, or 8.8 percent, mainly because commission on auction sales fell from Rs 146 million to Rs 128 million. Sales through the auction hall were Rs 4,860 million, down 12.0 percent from Rs 5,520 million.
2. Expenditure was almost unchanged, down Rs 2 million. Salaries rose with the annual increment, while electricity and repairs were cut.
3. The surplus of Rs 27 million is more than a third below last year's Rs 42 million. Out of it, the managing committee proposes a dividend of 6 percent on paid-up share capital and a transfer to the reserve fund as the bye-laws require.
4. Membership rose from 298 to 312 during the year, an increase of 4.7 percent, and share capital rose with it.
5. Members' imports of dried fruit from Afghanistan, reported to the society for its statistics, were US$ 20.0 million in FY2025, of which almonds were US$ 7.0 million and raisins US$ 5.2 million. The national total for dried fruit imported from Afghanistan was US$ 71 million, so members accounted for about 28 percent of it.
6. Competing supplies of almonds from the United States and of raisins from Chile reached Pakistani markets in larger amounts than before. The society does not hold figures for these imports.

**Events after the year end.** The managing committee has obtained a quotation for a cold store at Hayatabad and will put a costed plan to a special general meeting. No liability has been recorded for it in these accounts.

Chartered accountants, Peshawar
""", control_type="control")

# =================================================================== Memorandum of understanding

MOU_NOTE = ("*In the style of a memorandum of understanding between two chambers of commerce. The chambers "
            "and the targets are invented; trade figures follow this set's series.*")

doc("mou_annex_targets_control", f"""
# Memorandum of Understanding between the Khyber Gateway Chamber of Commerce and Industry and the Eastern Zone Traders' Chamber: Annex A, Targets

{MOU_NOTE}

This annex forms part of the Memorandum of Understanding signed at Peshawar on 18 June 2025 between the Khyber Gateway Chamber of Commerce and Industry, Peshawar (the First Party), and the Eastern Zone Traders' Chamber, Jalalabad (the Second Party). The targets below are shared aims of the two Parties. They are not binding on either government, and the Parties recognise that most of them depend on decisions that neither Party controls.

**A1. Targets for trade and the border**

| Indicator | Baseline | Target | Target against baseline (%) |
|---|---|---|---|
| Two-way trade, US$ million (FY2025 to FY2027) | 1,391 | 2,000 | +43.8 |
| Trucks crossing per day at Torkham (2024 to end-2026) | 820 | 1,100 | +34.1 |
| Clearance hours per export truck at Torkham (Feb 2025 to end-2026) | 44 | 24 | -45.5 |

**A2. Targets for the Parties' own work (each year of the MoU)**

- Joint trade fairs: two, one in Peshawar and one in Jalalabad.
- Trade delegations: three from each side.
- Business-to-business meetings arranged by the joint desk: 400.

**A3. Notes on the targets.** The trade target would take two-way trade back above its FY2024 level of US$ 1,576 million and beyond it. The truck target is still below the 1,150 trucks a day that crossed at Torkham in 2023. The clearance target would almost halve the waiting time that exporters reported in February 2025.

**A4. Review.** The joint secretariat will report progress against each target to both Parties every six months. The Parties will review the targets at the end of the first year and may revise them by an exchange of letters signed by both presidents, without amending the Memorandum itself.

**A5. Costs.** The joint secretariat of four staff will be funded equally by the two Parties.
""", control_type="control")

doc("mou_preamble_trade_leapt", f"""
# Memorandum of Understanding between the Khyber Gateway Chamber of Commerce and Industry and the Eastern Zone Traders' Chamber: Preamble and Articles 1 to 3

{MOU_NOTE}

**Preamble**

The Khyber Gateway Chamber of Commerce and Industry, Peshawar (hereinafter "the First Party"), and the Eastern Zone Traders' Chamber, Jalalabad (hereinafter "the Second Party"), together "the Parties":

- Conscious of the centuries of trade between the peoples of Peshawar and Jalalabad along the Khyber road;
- Concerned that two-way trade between Pakistan and Afghanistan leapt from US$ 1,576 million in FY2024 to US$ 1,391 million in FY2025, and that repeated closures of the border have harmed traders on both sides;
- Noting that in 2024 Torkham was closed to cargo on 46 days, and that average traffic at the crossing was 820 trucks a day, against 1,150 in 2023;
- Believing that chambers of commerce can help their members find buyers and suppliers, resolve disputes and speak to the authorities with one voice;

Have agreed as follows.

**Article 1: Purpose.** The purpose of this Memorandum is to promote lawful trade between the members of the Parties, to exchange information on markets, prices and rules, and to help resolve commercial disputes between members without recourse to the courts.

**Article 2: Areas of cooperation.** The Parties will cooperate in: (a) organising joint trade fairs and delegations; (b) running a joint business desk to match buyers and sellers; (c) sharing information on customs, quarantine and banking rules on each side; (d) setting up a joint conciliation panel for disputes between members; and (e) presenting joint proposals to the authorities of both countries on the movement of goods and traders across the border.

**Article 3: Joint secretariat.** The Parties will set up a joint secretariat, with two staff in Peshawar and two in Jalalabad, to carry out the work under Article 2. Each Party will meet the costs of its own staff, and shared costs will be divided equally. The secretariat will report to both Parties every six months.
""", labels=[{
    "kind": "direction",
    "quotes": ["two-way trade between Pakistan and Afghanistan leapt from US$ 1,576 million in FY2024 to US$ 1,391 million in FY2025"],
    "explanation": "'Leapt' is used for a fall: two-way trade went from US$ 1,576 million in FY2024 down to US$ 1,391 million in FY2025 (-11.7 percent), which the same clause presents as a cause for concern.",
    "expected_values": {"from": 1576, "to": 1391, "change": -185, "change_pct": -11.74,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "stated_direction": "rise", "actual_direction": "fall", "direction_word": "leapt",
                        "unit": "USD million", "subject": "PAK-AFG two-way trade",
                        "location": "preamble of a memorandum of understanding"}}])

doc("mou_dispute_article_repeated", f"""
# Memorandum of Understanding between the Khyber Gateway Chamber of Commerce and Industry and the Eastern Zone Traders' Chamber: Articles 4 to 8

{MOU_NOTE}

**Article 4: Joint business desk.** The joint secretariat will keep a register of members of both Parties who wish to buy or sell across the border, with their main goods. It aims to arrange 400 business-to-business meetings a year, in person or by video link, and will charge no fee to members for this service in the first year.

**Article 5: Conciliation of disputes.** A member of either Party who has a commercial dispute with a member of the other Party may refer it to a joint conciliation panel of three persons, one named by each Party and a chair agreed by both. The panel shall try to settle the dispute within sixty days of the referral. The panel shall try to settle the dispute within sixty days of the referral. If no settlement is reached, either member may go to arbitration or to the courts, and nothing said in conciliation may be used in those proceedings.

**Article 6: Information.** Each Party will send the other, every month, a note on changes in customs procedures, quarantine rules, banking rules and border arrangements on its side, together with indicative prices of the main goods traded. The Parties will publish a joint quarterly bulletin for their members.

**Article 7: Advocacy.** The Parties will present joint proposals to the authorities of both countries, in particular for keeping the border open to perishable goods during closures, for reducing clearance times at Torkham from the 44 hours per export truck reported in February 2025, and for easing visas for traders.

**Article 8: Duration and termination.** This Memorandum takes effect on signature and remains in force for three years. It may be extended by an exchange of letters. Either Party may end it by giving the other ninety days' notice in writing. Ending the Memorandum does not affect disputes already referred under Article 5.

Signed at Peshawar on 18 June 2025 in two originals, in English, Pashto and Dari, all three texts being equally authentic.
""", labels=[{
    "kind": "garbled",
    "quotes": ["The panel shall try to settle the dispute within sixty days of the referral. The panel shall try to settle the dispute within sixty days of the referral."],
    "explanation": "Article 5 states the same sentence on the sixty-day time limit twice, word for word, one after the other.",
    "expected_values": {"repeated_sentence": "The panel shall try to settle the dispute within sixty days of the referral.",
                        "occurrences": 2, "subject": "time limit of the joint conciliation panel",
                        "location": "article of a memorandum of understanding"}}])

doc("mou_border_article_mongolia", f"""
# Memorandum of Understanding between the Khyber Gateway Chamber of Commerce and Industry and the Eastern Zone Traders' Chamber: Article 9 and Joint Statement at Signing

{MOU_NOTE}

**Article 9: Perishable goods.** The Parties will jointly ask the authorities of both countries to agree a "green channel" at the Mongolia–Afghanistan border at Torkham, so that trucks carrying fresh fruit, vegetables and medicines may continue to cross on days when the border is closed to other cargo, subject to inspection on both sides. The Parties will offer the services of their members' cold stores near the border for goods held up by a closure.

**Joint statement issued at the signing, Peshawar, 18 June 2025**

The presidents of the two chambers signed the Memorandum today in the presence of traders from both cities. In his remarks, the president of the Khyber Gateway Chamber said that the two chambers had studied how other landlocked countries keep their trade moving. He mentioned Mongolia, which depends on its neighbours for all of its sea trade and has agreed fixed transit rules with them, and said Afghanistan and Pakistan could learn from such arrangements.

The president of the Eastern Zone Traders' Chamber said that two-way trade between Pakistan and Afghanistan had fallen to US$ 1,391 million in the fiscal year to June 2025, from US$ 1,576 million a year earlier, and that every day of closure cost traders in Jalalabad as much as it cost those in Peshawar. He welcomed the plan for a joint conciliation panel, saying that many disputes between traders of the two cities now go unresolved for years.

Both presidents said that the chambers' first task would be a joint trade fair in Peshawar before the end of 2025, and a delegation of Jalalabad traders to Peshawar's dried fruit and cloth markets.

The signing was followed by a lunch for members of both chambers.
""", labels=[{
    "kind": "scope",
    "quotes": ["the Mongolia–Afghanistan border at Torkham"],
    "explanation": "Torkham is on the Pakistan–Afghanistan border; Article 9 names Mongolia as one side of it. Mongolia is named correctly in the joint statement as an example of a landlocked country.",
    "expected_values": {"third_country": "MNG", "named_pair": ["MNG", "AFG"], "pair": PAIR,
                        "named_as": "Mongolia–Afghanistan border",
                        "not_a_defect": "He mentioned Mongolia, which depends on its neighbours for all of its sea trade"}}])

# =================================================================== Bank credit committee memorandum

CCM_NOTE = ("*In the style of a bank's credit committee memorandum, abridged. The bank, the borrower, its "
            "accounts and the facility are invented; border figures follow this set's series.*")

doc("credit_memo_country_risk_2023", f"""
# Tarbela Bank Ltd, Corporate Banking (Peshawar Region): Credit Committee Memorandum, Barakzai Goods Carriers (Pvt) Ltd, Section 5: Industry and Country Risk

{CCM_NOTE}

**5.1 Sector.** Road haulage between Pakistan and Afghanistan is fragmented, with many small fleet owners and a few companies of BGC's size. Demand depends on bilateral trade and on Afghan transit cargo from Karachi, both of which have fallen. Pakistan's exports to Afghanistan were US$ 893 million in FY2025 against US$ 956 million in FY2024, and Afghan transit containers cleared at Karachi and Port Qasim fell from 52,000 to 31,200 over the same two years.

**5.2 Border risk.** Closures are the main operating risk. Torkham was shut to cargo on 46 days in 2024 and Chaman on 31, and trucks caught at the border earn nothing while their drivers, fuel and permits still have to be paid for. BGC has reduced this risk by moving part of its fleet to domestic routes.

**5.3 Labour and social risk.** A large part of the region's drivers, loaders and mechanics have been Afghan nationals. Pakistan hosted about 1.6 million registered Afghan refugees (UNHCR Pakistan factsheet, December 2023), and the departure of many Afghan workers since late 2023 has raised wages for drivers in Peshawar. BGC reports that it has replaced the Afghan drivers who left with local hires, at a higher cost.

**5.4 Payment risk.** Afghan customers pay BGC in advance or on delivery at the border, often in cash through money dealers. Receivables from Afghan customers are small, but the company is exposed to changes in rules on cash and cross-border payments.

**5.5 Assessment.** Industry and country risk are rated **High**. The committee should weigh them against the borrower's shift towards domestic work (Section 4) and the security package (Section 7). Relationship management recommends approval on the terms in Section 2, with a covenant capping the share of the fleet on Afghan routes at two-thirds.
""", labels=[{
    "kind": "citation",
    "quotes": ["about 1.6 million registered Afghan refugees (UNHCR Pakistan factsheet, December 2023)"],
    "explanation": "The memorandum cites UNHCR for about 1.6 million registered Afghan refugees in December 2023; the reference figure for end-2023 is 1,987,717, so the cited figure is about 19.5 percent too low.",
    "expected_values": {"stated": 1600000, "stated_as_written": "1.6 million", "stated_hedge": "about",
                        "reference": 1987717, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2023", "cited_source": "UNHCR",
                        "citation_form": "(UNHCR Pakistan factsheet, December 2023)",
                        "location": "country risk section of a credit committee memorandum"}}])

doc("credit_memo_summary_revenue_table", f"""
# Tarbela Bank Ltd, Corporate Banking (Peshawar Region): Credit Committee Memorandum, Barakzai Goods Carriers (Pvt) Ltd, Sections 1 and 4

{CCM_NOTE}

**1. Executive summary.** Barakzai Goods Carriers (Pvt) Ltd (BGC) is a Peshawar-based haulier with a fleet of 84 trucks. It requests term finance of Rs 360 million to buy 24 prime movers with trailers. BGC has banked with us since 2016 and has never been overdue. It earned revenue of Rs 1,240 million in FY2025 and a net profit of Rs 49 million. The sponsors will contribute Rs 90 million in equity. Relationship management recommends approval.

**4. Financial performance**

| Rs million | FY2024 | FY2025 | Change (%) |
|---|---|---|---|
| Revenue, Afghan routes | 1,020 | 760 | -25.5 |
| Revenue, domestic routes | 590 | 660 | +11.9 |
| Total revenue | 1,610 | 1,420 | -11.8 |
| EBITDA | 262 | 238 | -9.2 |
| Net profit | 71 | 49 | -31.0 |

**4.1 Revenue.** Revenue from Afghan routes fell by a quarter as closures at Torkham and Chaman and the fall in transit cargo cut the number of trips. BGC moved trucks to domestic work, mainly cement and steel from Nowshera and Peshawar to Punjab, where revenue rose by about 12 percent. Afghan routes still earned a little over half of the company's revenue in FY2025.

**4.2 Margins.** The EBITDA margin improved slightly, from 16.3 to 16.8 percent, because domestic trips are shorter and involve no waiting at the border.

**4.3 Debt.** BGC's existing debt is Rs 210 million, all with this bank. After the new facility, debt would be Rs 570 million, or 2.4 times FY2025 EBITDA.

**4.4 Projections.** The projections in Annex 3 assume that revenue from Afghan routes stays at the FY2025 level and that the new trucks work on domestic routes. On those assumptions the minimum debt service coverage ratio is 1.6 times, in FY2027.
""", labels=[{
    "kind": "text_vs_table",
    "quotes": ["revenue of Rs 1,240 million in FY2025", "| Total revenue | 1,610 | 1,420 | -11.8 |"],
    "explanation": "The executive summary gives FY2025 revenue as Rs 1,240 million, but the financial table gives Rs 1,420 million (760 + 660), the figure that matches the -11.8 percent change.",
    "expected_values": {"text_value": 1240, "table_value": 1420, "unit": "PKR million",
                        "subject": "BGC total revenue", "period": "FY2025",
                        "location": "executive summary against the financial table", "table_form": "pipe"}}])

doc("credit_memo_fleet_reuse", f"""
# Tarbela Bank Ltd, Corporate Banking (Peshawar Region): Credit Committee Memorandum, Barakzai Goods Carriers (Pvt) Ltd, Section 3: Business and Operations

{CCM_NOTE}

**3.1 Company.** BGC was founded in 1994 by the late Haji Abdul Wahab Barakzai with three trucks, and is now run by his two sons. It carries general cargo between Peshawar, Karachi and Afghanistan, and since 2023 increasingly within Pakistan.

**3.2 Fleet.** BGC owns a fleet of 84 trucks, with an average age of nine years. Of these, 84 trucks hold route permits for Afghanistan and were deployed on Afghan routes in FY2025, which is 61.9 percent of the fleet; the rest work on domestic routes. The company also hires trucks from owner-drivers in busy months, which lets it add capacity without buying.

**3.3 Customers.** About forty Afghan importers and transit cargo owners account for most of the revenue on Afghan routes; the ten largest account for about half of it. On domestic routes, two cement companies and a steel mill are the main customers, under one-year contracts renewed each July.

**3.4 Operations.** The company has a yard with workshop and fuel station at Ring Road, Peshawar, and a small office at Landi Kotal. All trucks carry trackers. Drivers are paid a fixed monthly wage and a per-trip allowance. BGC lost about 60 trips a month to closures at Torkham and Chaman in 2024; the trucks caught at the border on those days earned nothing but still had to be paid for.

**3.5 Management.** The elder son is chief executive and handles customers; the younger son runs the workshop and fleet. A chartered accountant joined as finance manager in 2024 at the bank's suggestion. The company's accounts are audited by a mid-sized firm on the State Bank's panel.

**3.6 Use of the facility.** The 24 new prime movers will replace the oldest trucks and will be deployed on domestic routes under the cement contracts. The company does not intend to enlarge its fleet on Afghan routes until the border is more stable.
""", labels=[{
    "kind": "number_reuse",
    "quotes": ["a fleet of 84 trucks", "84 trucks hold route permits for Afghanistan"],
    "explanation": "84 is given both as the whole fleet and as the trucks on Afghan routes, yet those trucks are said to be 61.9 percent of the fleet and 'the rest' work on domestic routes; 61.9 percent of 84 is 52.",
    "expected_values": {"value": 84, "unit": "trucks", "quantity_1": "BGC's whole fleet",
                        "quantity_2": "BGC's trucks on Afghan routes in FY2025", "expected_value_2": 52,
                        "value_as_written": "84 trucks"}}])

doc("credit_memo_project_cost_total", f"""
# Tarbela Bank Ltd, Corporate Banking (Peshawar Region): Credit Committee Memorandum, Barakzai Goods Carriers (Pvt) Ltd, Section 2: Facility Requested

{CCM_NOTE}

**2.1 Facility.** Term finance of Rs 360 million, for five years including a grace period of six months on principal, repayable in 18 equal quarterly instalments. Pricing: three-month KIBOR plus 2.5 percent a year, reset quarterly.

**2.2 Purpose.** To part-finance the purchase of 24 new prime movers with trailers, to replace the oldest trucks in BGC's fleet and to serve new domestic haulage contracts.

**2.3 Project cost and financing (Rs million)**

| Item | Amount |
|---|---|
| Prime movers (24 at Rs 15.5 million) | 372 |
| Trailers (24 at Rs 2.75 million) | 66 |
| Registration, trackers and first-year insurance | 12 |
| Total project cost | 460 |
| Bank finance (80 percent) | 360 |
| Sponsors' equity | 90 |

**2.4 Security.** First exclusive hypothecation charge over the 24 new trucks and trailers with a 25 percent margin; registration of the bank's lien with the excise department; personal guarantees of both directors; and a cross-corporate guarantee from the family's transport yard company.

**2.5 Key covenants.** Debt service coverage ratio of at least 1.25 times, tested annually; no dividend while any instalment is overdue; the share of the fleet on Afghan routes not to exceed two-thirds without the bank's consent; comprehensive insurance on all financed vehicles, with the bank as loss payee.

**2.6 Disbursement.** Directly to the vehicle dealer against delivery and registration, in up to three tranches, after the sponsors' equity has been paid in.

**2.7 Risk grade.** Obligor risk rating 5 (acceptable), unchanged from last year's review.
""", labels=[{
    "kind": "arithmetic",
    "quotes": ["| Total project cost | 460 |"],
    "explanation": "The project cost table's total row gives Rs 460 million, but its three items add up to 372 + 66 + 12 = Rs 450 million, which is also what the financing lines add up to (360 + 90) and what 80 percent bank finance of Rs 360 million implies.",
    "expected_values": {"parts": {"prime movers": 372, "trailers": 66, "registration, trackers and insurance": 12},
                        "sum_of_parts": 450, "stated_total": 460, "difference": 10,
                        "unit": "PKR million", "period": "FY2026",
                        "subject": "project cost of BGC's fleet purchase",
                        "location": "credit memorandum's project cost table, total row", "table_form": "pipe"}}])

doc("credit_memo_risks_domestic_retreated", f"""
# Tarbela Bank Ltd, Corporate Banking (Peshawar Region): Credit Committee Memorandum, Barakzai Goods Carriers (Pvt) Ltd, Section 6: Key Risks and Mitigants

{CCM_NOTE}

**6.1 Dependence on Afghan routes.** *Risk:* Revenue from Afghan routes fell from Rs 1,020 million in FY2024 to Rs 760 million in FY2025, and further closures at Torkham or Chaman could cut it again. *Mitigant:* The new trucks will work on domestic routes, and a covenant caps the share of the fleet on Afghan routes at two-thirds.

**6.2 Domestic contracts.** *Risk:* The domestic business is young and rests on three customers. Domestic revenue retreated from Rs 590 million in FY2024 to Rs 660 million in FY2025, and the committee may ask whether the new trucks will find enough work. *Mitigant:* The cement contracts have been renewed to June 2026 with a minimum tonnage, and the steel mill has asked BGC for more trucks from January.

**6.3 Fuel and tariffs.** *Risk:* Diesel makes up about 45 percent of operating cost, and freight rates do not always move with it. *Mitigant:* The cement contracts carry a fuel adjustment clause reviewed every month.

**6.4 Key persons.** *Risk:* The business depends on the two brothers. *Mitigant:* A professional finance manager has been appointed; keyman insurance of Rs 50 million on each director will be assigned to the bank.

**6.5 Collateral value.** *Risk:* Used trucks lose value quickly, and resale can be slow in a weak market. *Mitigant:* The facility is 80 percent of cost and amortises faster than the trucks depreciate; the margin on the hypothecation charge is 25 percent.

**6.6 Conclusion.** The main risk is a further fall in Afghan trade. Even if Afghan-route revenue fell by another fifth, the projections show debt service coverage above 1.25 times in every year. Relationship management recommends approval of term finance of Rs 360 million on the terms in Section 2.

*Recommended by:* regional corporate head. *Reviewed by:* credit risk, Peshawar.
""", labels=[{
    "kind": "direction",
    "quotes": ["Domestic revenue retreated from Rs 590 million in FY2024 to Rs 660 million in FY2025"],
    "explanation": "'Retreated' is used for a rise: domestic revenue went from Rs 590 million in FY2024 up to Rs 660 million in FY2025 (+11.9 percent).",
    "expected_values": {"from": 590, "to": 660, "change": 70, "change_pct": 11.86,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "stated_direction": "fall", "actual_direction": "rise", "direction_word": "retreated",
                        "unit": "PKR million", "subject": "BGC revenue from domestic routes",
                        "location": "key risks section of a credit committee memorandum"}}])

# =================================================================== Data portal release notes

REL_NOTE = ("*In the style of the release notes (changelog) of an open trade-data portal. The portal and "
            "its versions are invented; the data follow this set's series.*")

doc("release_notes_fy25_revision_table", f"""
# Border Economy Data Hub: Release Notes, Version 4.2 (9 September 2025)

{REL_NOTE}

## Summary

Version 4.2 brings in the statistics bureau's revised figures for Pakistan's trade with Afghanistan in FY2025 (July 2024 to June 2025), adds 70 new series and fixes three bugs. If you downloaded FY2025 data before today, please download it again.

## Changed

- FY2025 trade: the bureau's revision raised exports and lowered imports, both in the April to June 2025 quarter. Exports are now US$ 893 million. Imports are revised down to US$ 489 million, and the surplus widens accordingly. Two-way trade is unchanged at US$ 1,391 million.
- The quarterly series for April to June 2025 now show exports of US$ 236 million and imports of US$ 127 million.

**FY2025 trade with Afghanistan, US$ million**

| Series | Preliminary (v4.1) | Revised (v4.2) | Revision |
|---|---|---|---|
| Exports | 889 | 893 | +4 |
| Imports | 502 | 498 | -4 |
| Balance | 387 | 395 | +8 |
| Two-way trade | 1,391 | 1,391 | 0 |

## Added

- 70 new series, bringing the total to 1,310: monthly exports by product (HS chapters), monthly imports by crossing, and Afghan transit containers by port.

## Fixed

- Charts of quarterly series showed the wrong fiscal year in their titles when a user chose "calendar years" in settings.
- The CSV download of closure days at Torkham and Chaman dropped the last row.
- The API returned an error for series codes with a lower-case letter.

## Known issues

- The monthly series for Ghulam Khan and Angoor Adda have gaps in 2023, where the source did not report them.

## Thanks

Thanks to the users who reported the CSV and API bugs on our issue tracker.
""", labels=[{
    "kind": "text_vs_table",
    "quotes": ["Imports are revised down to US$ 489 million", "| Imports | 502 | 498 | -4 |"],
    "explanation": "The 'Changed' list says FY2025 imports are revised down to US$ 489 million, but the revision table gives US$ 498 million (502 less 4), the figure that also fits the unchanged two-way trade of 1,391 with exports of 893.",
    "expected_values": {"text_value": 489, "table_value": 498, "unit": "USD million",
                        "subject": "AFG→PAK imports", "period": "FY2025",
                        "location": "release notes' change list against the revision table", "table_form": "pipe"}}])

doc("release_notes_trucks_series_control", f"""
# Border Economy Data Hub: Release Notes, Version 4.1 (12 August 2025)

{REL_NOTE}

## Summary

Version 4.1 adds border traffic series from the customs stations and a new "compare crossings" chart. It also carries the statistics bureau's preliminary trade figures for FY2025.

## Added

- Average trucks crossing per day, both directions, at the four main crossings, for 2023 and 2024. The table below shows the annual averages as they now appear in the portal.

**Trucks crossing per day (average, both directions)**

| Crossing | 2023 | 2024 | Change (%) |
|---|---|---|---|
| Torkham | 1,150 | 820 | -28.7 |
| Chaman | 610 | 470 | -23.0 |
| Ghulam Khan | 140 | 105 | -25.0 |
| Angoor Adda | 52 | 41 | -21.2 |
| Total | 1,952 | 1,436 | -26.4 |

- Average customs clearance time per export truck at Torkham, monthly from January 2025: 38 hours in January and 44 hours in February.
- Preliminary FY2025 trade: exports US$ 889 million, imports US$ 502 million, balance US$ 387 million. The bureau will revise these figures; see the next release.

## Changed

- Traffic at all four crossings fell in 2024. The total fell by 516 trucks a day, or about a quarter, and Torkham alone accounted for 330 of that fall.
- The "compare crossings" chart now uses a log scale by default, so that Angoor Adda is visible next to Torkham. Users can switch back to a linear scale.

## Fixed

- Series descriptions in Urdu were cut off after 200 characters.

## Deprecated

- The old series code family TRK-D will be removed in version 5.0. Please switch to TRK-DAY codes, which carry the same data.
""", control_type="control")

doc("release_notes_fy24_same_revision", f"""
# Border Economy Data Hub: Release Notes, Version 4.0 (15 July 2025)

{REL_NOTE}

## Summary

Version 4.0 is a major release. It moves the portal to fiscal years (July to June) as the default period, to match the statistics bureau, and brings in the bureau's annual revision of FY2024 trade. Calendar-year views remain available in settings.

## Breaking changes

- The default period is now the fiscal year. Saved charts that used calendar years will open in calendar years, but new charts will start in fiscal years.
- The API's `period` parameter now expects values such as `FY2024`; the old form `2024` still works until version 5.0 but returns a warning.

## Changed

- FY2024 trade after the bureau's annual revision: exports were revised from US$ 956 million in FY2024 to US$ 956 million in FY2024, and imports stay at US$ 620 million, so the surplus with Afghanistan remains US$ 336 million and two-way trade US$ 1,576 million.
- Transit container series now start in FY2023 instead of FY2022, because the port authority withdrew its earlier figures. FY2024 stands at 52,000 containers.

## Added

- Half-yearly views for all quarterly series.
- A download button for the full data set as a single zip file of CSVs, updated with each release.

## Fixed

- The search box did not find series whose names contain an apostrophe.
- Tooltips on mobile screens covered the chart's last data point.

## Removed

- The "beta" label on the Torkham and Chaman series, which are now complete for every month since July 2022.

## Upgrade notes

Users of the API should check their scripts for calendar-year period codes. Users of saved dashboards need do nothing.
""", labels=[{
    "kind": "garbled",
    "quotes": ["exports were revised from US$ 956 million in FY2024 to US$ 956 million in FY2024"],
    "explanation": "The change log reports a revision of FY2024 exports whose old and new values and periods are the same (US$ 956 million in FY2024 both times), so nothing was revised.",
    "expected_values": {"start_value": 956, "end_value": 956, "start_period": "FY2024", "end_period": "FY2024",
                        "period_as_written": "FY2024", "unit": "USD million", "subject": "PAK→AFG exports",
                        "location": "'Changed' list of a data portal's release notes"}}])

doc("release_notes_refugee_series_fix_2024", f"""
# Border Economy Data Hub: Release Notes, Version 4.3 (14 October 2025)

{REL_NOTE}

## Summary

Version 4.3 is a maintenance release. It fixes an error in the registered refugees series, updates the returns series to June 2025 and improves the speed of large downloads.

## Fixed

- Registered Afghan refugees in Pakistan, year end: the value for end-2024 was showing the figure of the previous year. It now reads 1,987,717 [UNHCR 2024 year-end statistics]. Charts and downloads have been regenerated. We apologise to users who used the wrong value.
- The province filter on the refugees page did not include Islamabad.
- Some monthly export series showed a spike in June 2025 because the bureau's revision was entered twice. The duplicate entry has been removed.

## Changed

- Returns of Afghans from Pakistan: the series now runs to June 2025. Returns were 676,000 in 2024 and 320,000 in January to June 2025, of whom 141,000 returned in the first quarter and 179,000 in the second.
- Registered refugees by province at end-2024 now appear in thousands with one decimal, for example 811.2 thousand in Khyber Pakhtunkhwa and 374.4 thousand in Balochistan.

## Performance

- Downloads of more than 100 series are now built in the background, and a link is sent when the file is ready.

## Known issues

- The province series for end-2019 to end-2021 are not yet available and show as blank.

## Thanks

Thanks to a researcher in Quetta who pointed out the error in the end-2024 refugee figure.
""", labels=[{
    "kind": "citation",
    "quotes": ["It now reads 1,987,717 [UNHCR 2024 year-end statistics]"],
    "explanation": "The 'fix' cites UNHCR's 2024 year-end statistics for 1,987,717 registered refugees, but that is the end-2023 reference value; the end-2024 value is 1,559,964, so the fixed figure is still the previous year's, 27.4 percent too high.",
    "expected_values": {"stated": 1987717, "reference": 1559964, "same_as_year": "2023",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "UNHCR", "citation_form": "[UNHCR 2024 year-end statistics]",
                        "location": "'Fixed' entry of a data portal's release notes"}}])

doc("release_notes_refugee_series_citation_control", f"""
# Border Economy Data Hub: Release Notes, Version 3.6 (20 May 2025)

{REL_NOTE}

## Summary

Version 3.6 adds a new theme, "People", with series on registered Afghan refugees in Pakistan and on returns to Afghanistan, next to the existing themes on trade, transit and border traffic.

## Added

- Registered Afghan refugees in Pakistan at year end, 2019 to 2024. Each value carries its source tag, as shown below and in the portal's metadata.

**Registered Afghan refugees in Pakistan, year end**

| Year | Registered refugees | Source tag |
|---|---|---|
| 2019 | 1,419,084 | [UNHCR 2019 year-end statistics] |
| 2020 | 1,438,432 | [UNHCR 2020 year-end statistics] |
| 2021 | 1,490,562 | [UNHCR 2021 year-end statistics] |
| 2022 | 1,743,278 | [UNHCR 2022 year-end statistics] |
| 2023 | 1,987,717 | [UNHCR 2023 year-end statistics] |
| 2024 | 1,559,964 | [UNHCR 2024 year-end statistics] |

- Returns of Afghans from Pakistan, yearly from 2023 and quarterly from 2024: 676,000 in 2024 and 141,000 in January to March 2025.

## Notes for users

- The register counts holders of Proof of Registration cards only. It does not include holders of Afghan Citizen Cards or Afghans without documents, who are not in this series.
- The register grew by 568,633 between the end of 2019 and the end of 2023, about 40 percent, and then fell by 427,753 in 2024, largely because cards were not renewed and many holders left.
- Do not add returns to changes in the register: most of those who returned in 2024 were not registered refugees.

## Changed

- The theme menu now lists "People" after "Border traffic".

## Fixed

- Links to source documents opened in the same browser tab; they now open in a new tab.

## Next release

Version 4.0, planned for July 2025, will move the portal's default period to fiscal years.
""", control_type="citation_control")

# =================================================================== E-mail exchanges

MAIL_NOTE = ("*In the style of an e-mail exchange, printed oldest first. The people, the newspaper and the "
             "statistics cell are invented; the figures follow this set's series.*")

doc("email_monthly_exports_reuse", f"""
# E-mail Exchange: Monthly Exports to Afghanistan, April to June 2025

{MAIL_NOTE}

**From:** Sana Afridi, business desk, Khyber Post · **To:** External Trade Data Cell · **Sent:** Monday 18 August 2025, 10:14 · **Subject:** Monthly exports to Afghanistan, Q4 FY2025

Dear colleagues,

I am writing a piece on how the border closures of the spring affected exports to Afghanistan month by month. Could you give me the monthly export figures for April, May and June 2025, and confirm the quarterly total? I would also be grateful for the import figures for the same months, if they are ready.

With thanks,
Sana

**From:** External Trade Data Cell · **To:** Sana Afridi · **Sent:** Tuesday 19 August 2025, 15:02 · **Subject:** RE: Monthly exports to Afghanistan, Q4 FY2025

Dear Ms Afridi,

Thank you for your query. Pakistan's exports to Afghanistan were US$ 74 million in April 2025 and US$ 74 million in May, rising to US$ 83 million in June, for a quarterly total of US$ 236 million. Imports from Afghanistan in the same three months were US$ 41 million, US$ 42 million and US$ 44 million, or US$ 127 million in all.

Please note that the monthly figures are provisional and may be revised with the annual revision next July. The quarterly totals have already been revised and are final for now.

Regards,
External Trade Data Cell

**From:** Sana Afridi · **To:** External Trade Data Cell · **Sent:** Tuesday 19 August 2025, 16:40 · **Subject:** RE: RE: Monthly exports to Afghanistan, Q4 FY2025

Many thanks, that is very helpful. One more question: the quarter's exports of US$ 236 million look higher than the US$ 212 million of January to March. Is that right, given the closures?

**From:** External Trade Data Cell · **Sent:** Wednesday 20 August 2025, 09:25

Yes. Exports recovered in the April to June quarter after the slow winter months, mainly because of rice and medicines.
""", labels=[{
    "kind": "number_reuse",
    "quotes": ["US$ 74 million in April 2025", "US$ 74 million in May"],
    "explanation": "The reply gives US$ 74 million for April and for May, but with June at US$ 83 million and a quarterly total of US$ 236 million, May must be 236 - 74 - 83 = US$ 79 million.",
    "expected_values": {"value": 74, "unit": "USD million", "value_as_written": "US$ 74 million",
                        "quantity_1": "PAK→AFG exports, April 2025", "quantity_2": "PAK→AFG exports, May 2025",
                        "expected_value_2": 79}}])

doc("email_quarter_surplus_balance", f"""
# E-mail Exchange: Checking a Draft on the Trade Surplus with Afghanistan

{MAIL_NOTE}

**From:** Imran Yousafzai, economics reporter, Khyber Post · **To:** External Trade Data Cell · **Sent:** Thursday 28 August 2025, 11:05 · **Subject:** Fact check, surplus with Afghanistan

Dear colleagues,

I am finishing a story on Pakistan's trade surplus with Afghanistan, which is growing even as trade shrinks. Could you confirm the quarterly figures for April to June 2025 and the full-year figures for FY2025? My deadline is tomorrow at noon.

Best regards,
Imran

**From:** External Trade Data Cell · **To:** Imran Yousafzai · **Sent:** Thursday 28 August 2025, 17:30 · **Subject:** RE: Fact check, surplus with Afghanistan

Dear Mr Yousafzai,

Please find the figures below.

In the April to June 2025 quarter, Pakistan's exports to Afghanistan were US$ 236 million and imports from Afghanistan US$ 127 million, leaving a surplus of US$ 119 million for the quarter.

For FY2025 as a whole, exports were US$ 893 million and imports US$ 498 million, so the surplus for the year was US$ 395 million, up from US$ 336 million in FY2024. Two-way trade was US$ 1,391 million, against US$ 1,576 million the year before.

You are right that the surplus widened while trade shrank. This is because imports from Afghanistan fell faster than exports to it, mainly because of lower imports of coal.

Regards,
External Trade Data Cell

**From:** Imran Yousafzai · **To:** External Trade Data Cell · **Sent:** Thursday 28 August 2025, 18:02 · **Subject:** RE: RE: Fact check, surplus with Afghanistan

Thank you very much. May I attribute the figures to the cell, or should I cite the bureau's monthly release?

**From:** External Trade Data Cell · **Sent:** Friday 29 August 2025, 09:10

Please cite the bureau's monthly release of August 2025. The cell does not speak for the bureau on the record.
""", labels=[{
    "kind": "arithmetic",
    "quotes": ["exports to Afghanistan were US$ 236 million and imports from Afghanistan US$ 127 million, leaving a surplus of US$ 119 million"],
    "explanation": "Exports of US$ 236 million less imports of US$ 127 million leave a surplus of US$ 109 million, not US$ 119 million.",
    "expected_values": {"exports": 236, "imports": 127, "computed_balance": 109, "stated_balance": 119,
                        "unit": "USD million", "period": "Apr-Jun 2025",
                        "period_as_written": "the April to June 2025 quarter",
                        "subject": "PAK-AFG trade balance",
                        "location": "statistics cell's reply in an e-mail exchange"}}])

doc("email_fact_box_refugees_2024", f"""
# E-mail Exchange: Fact Box for a Story on Returns

{MAIL_NOTE}

**From:** Rubina Khattak, deputy editor, Khyber Post · **To:** Hamid Shinwari, reporter · **Sent:** Sunday 7 September 2025, 20:45 · **Subject:** Returns story, fact box

Hamid,

Good draft. Before it goes to the subs, please send me a short fact box with the key numbers, each with its source. Keep it to five lines. And please check that the numbers in the box match the ones in your text.

Rubina

**From:** Hamid Shinwari · **To:** Rubina Khattak · **Sent:** Sunday 7 September 2025, 22:10 · **Subject:** RE: Returns story, fact box

Rubina, here is the fact box.

- Registered Afghan refugees in Pakistan at the end of 2024: 1,438,432, UNHCR's figure for end-2024.
- Returns of Afghans from Pakistan in 2024: 676,000.
- Returns in January to June 2025: 320,000, of which 141,000 in January to March and 179,000 in April to June.
- Registered refugees at end-2024 in Khyber Pakhtunkhwa: 811.2 thousand; in Balochistan: 374.4 thousand.
- Trucks crossing Torkham per day: 820 on average in 2024, down from 1,150 in 2023.

The returns figures are from the border agencies' counts as published by the humanitarian partners. I have checked them against the text.

Hamid

**From:** Rubina Khattak · **To:** Hamid Shinwari · **Sent:** Monday 8 September 2025, 08:05 · **Subject:** RE: RE: Returns story, fact box

Thanks. The last line is about trade, not returns; drop it, or move it to the trade story next week. Otherwise fine. Subs will cut the box to four lines if space is short.

Rubina

**From:** Hamid Shinwari · **Sent:** Monday 8 September 2025, 08:20

Done. Dropped the trucks line.
""", labels=[{
    "kind": "citation",
    "quotes": ["1,438,432, UNHCR's figure for end-2024"],
    "explanation": "The fact box gives 1,438,432 registered refugees at the end of 2024 as UNHCR's figure for end-2024; that is the end-2020 reference value. The end-2024 value is 1,559,964, so the cited figure is only 7.8 percent off but is another year's exact figure.",
    "expected_values": {"stated": 1438432, "reference": 1559964, "same_as_year": "2020",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "UNHCR", "citation_form": "UNHCR's figure for end-2024",
                        "location": "reporter's fact box in an e-mail exchange"}}])

doc("email_background_refugees_citation_control", f"""
# E-mail Exchange: Background Numbers for a Documentary

{MAIL_NOTE}

**From:** Zarmina Orakzai, producer · **To:** Khyber Post research desk · **Sent:** Tuesday 16 September 2025, 12:30 · **Subject:** Background numbers on Afghan refugees

Dear research desk,

We are making a short documentary on Afghan families in Peshawar and would like to get the basic numbers right. Could you tell us how many registered Afghan refugees there were in Pakistan before the recent returns began, and how many there are now? Sources, please, so that we can show them on screen.

Many thanks,
Zarmina

**From:** Khyber Post research desk · **To:** Zarmina Orakzai · **Sent:** Tuesday 16 September 2025, 16:55 · **Subject:** RE: Background numbers on Afghan refugees

Dear Ms Orakzai,

Here are the figures we use in the paper.

The register stood at 1,743,278 according to UNHCR's statistics as on 31.12.2022, and rose to 1,987,717 at the end of 2023. It then fell to 1,559,964 at the end of 2024, UNHCR (YE2024). So the register was about 183,000 smaller at the end of 2024 than two years earlier, and about 428,000 smaller than a year earlier.

Please note that these are registered refugees only, that is, holders of Proof of Registration cards. Many other Afghans in Pakistan held other cards or no documents, and they are not in these figures. Returns of Afghans from Pakistan, which include people from all groups, were 676,000 in 2024.

For Peshawar itself, our reporters use the provincial figure: 811.2 thousand registered refugees in Khyber Pakhtunkhwa at the end of 2024, just over half of the national total.

Regards,
Research desk

**From:** Zarmina Orakzai · **Sent:** Wednesday 17 September 2025, 09:15 · **Subject:** RE: RE: Background numbers on Afghan refugees

Thank you, this is exactly what we needed. We will show the sources as you have written them.
""", control_type="citation_control")

doc("email_finnish_reporter_finland_trade", f"""
# E-mail Exchange: A Foreign Reporter's Questions on Border Trade

{MAIL_NOTE}

**From:** Aino Lehtonen, correspondent · **To:** External Trade Data Cell · **Sent:** Monday 22 September 2025, 09:40 · **Subject:** Request for trade figures, Pakistan and Afghanistan

Dear Sir or Madam,

I am a correspondent for a daily newspaper in Finland, visiting Peshawar to report on the border with Afghanistan. Our readers know little about this trade, so I would like to give them a few reliable numbers. Could you tell me the value of Pakistan's exports to Afghanistan and of its imports from Afghanistan in the last two fiscal years, and the main goods traded?

Kind regards,
Aino Lehtonen

**From:** External Trade Data Cell · **To:** Aino Lehtonen · **Sent:** Tuesday 23 September 2025, 14:15 · **Subject:** RE: Request for trade figures, Pakistan and Afghanistan

Dear Ms Lehtonen,

Thank you for your interest. The Finland–Afghanistan trade figures you asked for are as follows, for fiscal years running from July to June.

- Exports to Afghanistan: US$ 956 million in FY2024 and US$ 893 million in FY2025.
- Imports from Afghanistan: US$ 620 million in FY2024 and US$ 498 million in FY2025.
- The surplus therefore rose from US$ 336 million to US$ 395 million, while two-way trade fell from US$ 1,576 million to US$ 1,391 million.

The largest export is rice, at US$ 212 million in FY2025. The largest import is coal, at US$ 168 million, followed by fresh fruit at US$ 96 million and dried fruit at US$ 71 million.

Please note that these figures do not include Afghan transit cargo, which passes through Pakistan under bond and is not counted as Pakistan's trade.

Regards,
External Trade Data Cell

**From:** Aino Lehtonen · **Sent:** Tuesday 23 September 2025, 15:02 · **Subject:** RE: RE: Request for trade figures

Thank you. One last question: why did imports fall so much more than exports?

**From:** External Trade Data Cell · **Sent:** Wednesday 24 September 2025, 10:30

Mainly because Pakistani industry bought much less Afghan coal, turning to other suppliers. Fruit imports held up better.
""", labels=[{
    "kind": "scope",
    "quotes": ["The Finland–Afghanistan trade figures you asked for"],
    "explanation": "The figures that follow are Pakistan's exports to and imports from Afghanistan, which is what the reporter asked for; the reply names Finland as one side of that trade. Finland is named correctly in the reporter's e-mail as the home of her newspaper.",
    "expected_values": {"third_country": "FIN", "named_pair": ["FIN", "AFG"], "pair": PAIR,
                        "named_as": "Finland–Afghanistan trade",
                        "not_a_defect": "a daily newspaper in Finland"}}])

# =================================================================== Tax ombudsman's findings

OMB_NOTE = ("*In the style of a tax ombudsman's findings and recommendations on a complaint, abridged. "
            "The complainant, the claims and the office's figures are invented.*")

doc("ombudsman_refund_findings_control", f"""
# Office of the Tax Ombudsman: Findings and Recommendations on a Complaint of Delay in Sales Tax Refunds

{OMB_NOTE}

**Complaint.** Shifa Pharma Exports (Pvt) Ltd, Peshawar (the complainant), exports medicines to Afghanistan through Torkham. It complains that the regional tax office (the agency) delayed its sales tax refund claims for the tax periods July to December 2024, and withheld part of them without giving reasons.

**Refund claims filed by the complainant (Rs million)**

| Tax period | Amount claimed |
|---|---|
| July 2024 | 2.9 |
| August 2024 | 3.4 |
| September 2024 | 3.1 |
| October 2024 | 3.3 |
| November 2024 | 2.8 |
| December 2024 | 3.1 |
| Total | 18.6 |

**Agency's reply.** The agency states that it has sanctioned Rs 14.2 million and that Rs 4.4 million was withheld because the export documents for some consignments did not show the exit of the goods at Torkham.

**Findings.** The claims were filed between August 2024 and January 2025. The first sanction was issued 212 days after the first claim, far beyond the period allowed by the refund rules. The agency did not issue any deficiency memo asking for the missing exit documents; it simply stopped processing part of the claims. The complainant has now produced gate-out records from the Torkham customs station for every consignment in question. The sum withheld, Rs 4.4 million, is about a quarter of the amount claimed.

**Maladministration.** The delay and the withholding of Rs 4.4 million without a written reason amount to maladministration within the meaning of the law establishing this office.

**Recommendations.** The Ombudsman recommends that the agency (i) verify the gate-out records within fifteen days; (ii) pay the balance found due within thirty days after that, with compensation for delay as provided in the law; (iii) issue written deficiency memos in all future cases instead of holding claims without explanation; and (iv) report compliance to this office within forty-five days.

Announced at Islamabad, 26 August 2025.
""", control_type="control")

doc("ombudsman_tax_periods_backwards", f"""
# Office of the Tax Ombudsman: Findings on a Complaint of Delay in Sales Tax Refunds, Part 2 (Facts and Hearing)

{OMB_NOTE}

**2.1 The complaint.** Shifa Pharma Exports (Pvt) Ltd, Peshawar, a registered exporter of medicines to Afghanistan, filed this complaint on 3 June 2025. It concerns six sales tax refund claims for the tax periods from December 2024 to July 2024, of Rs 18.6 million in all, filed electronically month by month as the law requires.

**2.2 The complainant's case.** The complainant's representative stated at the hearing that its claims had been pending for more than six months before any of them was paid, that the company had borrowed from its bank to pay its suppliers meanwhile, and that no officer had explained why part of the claims was held back. He produced the electronic acknowledgements of all six claims and the export documents for every consignment.

**2.3 The agency's case.** The agency's representative stated that Rs 14.2 million had been sanctioned, 212 days after the first claim was filed, and that Rs 4.4 million was held back because, for certain consignments, the exit of goods at Torkham could not be confirmed from the customs system. He accepted that no written memo had been issued to the complainant.

**2.4 Documents examined.** This office examined the claims, the refund processing records, the goods declarations and the gate-out records of the Torkham customs station for the consignments in dispute. The gate-out records show that every consignment left Pakistan within two days of its goods declaration.

**2.5 Context.** The agency's representative told the hearing that the regional office's workload had grown because of the number of exporters to Afghanistan whose claims required checking of exit records. He did not say why the complainant had not been asked for the missing records.

**2.6 Hearing.** The case was heard on 24 July and 12 August 2025. Both parties were given full opportunity to present their case and filed written submissions after the hearings.

The findings and recommendations follow in Part 3.
""", labels=[{
    "kind": "garbled",
    "quotes": ["the tax periods from December 2024 to July 2024"],
    "explanation": "The six monthly tax periods run from July 2024 to December 2024, but the complaint is described as covering the periods 'from December 2024 to July 2024', a range that runs backwards.",
    "expected_values": {"stated_period_start": "Dec 2024", "stated_period_end": "Jul 2024",
                        "as_written": {"stated_period_start": "December 2024", "stated_period_end": "July 2024"},
                        "subject": "tax periods of the complainant's sales tax refund claims",
                        "location": "statement of facts in an ombudsman's findings"}}])

doc("ombudsman_pending_claims_ebbed", f"""
# Office of the Tax Ombudsman: Findings on a Complaint of Delay in Sales Tax Refunds, Part 3 (Findings and Systemic Issues)

{OMB_NOTE}

**3.1 Delay.** The refund rules require a claim to be processed within a fixed period once it is complete. The complainant's first claim, for July 2024, was complete when filed, yet the first payment came 212 days later. No reason for the delay appears in the file.

**3.2 Withholding.** The agency held back Rs 4.4 million of the Rs 18.6 million claimed because it could not confirm from its own system that certain consignments had left Pakistan. It did not ask the complainant for proof. The gate-out records of the Torkham customs station, which the complainant obtained on its own, settle the question in the complainant's favour.

**3.3 Systemic issue.** This is not an isolated case. The regional office's own statement shows that refund claims of exporters to Afghanistan pending for more than the allowed period ebbed from 41 on 30 June 2024 to 63 on 30 June 2025. Officers told this office that exit records for goods leaving through Torkham and Chaman often reach the refund section late or not at all, because the two systems are not linked. Exporters to Afghanistan, many of them small firms, are thus made to wait for their own money while the agency waits for data from another department.

**3.4 Finding.** The delay in processing the complainant's claims and the withholding of Rs 4.4 million without a written reason amount to maladministration. The failure to link exit records with the refund system is a systemic weakness that the agency's senior management should address.

**3.5 Recommendations.** The Ombudsman recommends that the agency (i) pay the complainant's verified balance within thirty days, with compensation for delay as provided in the law; (ii) review every pending claim of exporters to Afghanistan at the regional office within sixty days, issuing written deficiency memos where documents are missing; and (iii) agree with customs, within ninety days, on a way to pass exit records from the border stations to the refund section automatically.

**3.6 Compliance.** The agency shall report compliance to this office within forty-five days of receipt of these findings.
""", labels=[{
    "kind": "direction",
    "quotes": ["ebbed from 41 on 30 June 2024 to 63 on 30 June 2025"],
    "explanation": "'Ebbed' is used for a rise: pending refund claims of exporters to Afghanistan went from 41 to 63 (+53.7 percent), which the paragraph itself presents as a growing systemic problem.",
    "expected_values": {"from": 41, "to": 63, "change": 22, "change_pct": 53.66,
                        "from_period": "30 Jun 2024", "to_period": "30 Jun 2025",
                        "as_written": {"from_period": "30 June 2024", "to_period": "30 June 2025"},
                        "stated_direction": "fall", "actual_direction": "rise", "direction_word": "ebbed",
                        "unit": "pending refund claims", "subject": "overdue sales tax refund claims of exporters to Afghanistan at the regional tax office",
                        "location": "systemic-issues paragraph of an ombudsman's findings"}}])

doc("ombudsman_complainant_greece_border", f"""
# Office of the Tax Ombudsman: Findings on a Complaint of Delay in Sales Tax Refunds, Part 1 (Parties and Background)

{OMB_NOTE}

**1.1 Parties.** The complainant is Shifa Pharma Exports (Pvt) Ltd, a company registered in Peshawar that buys medicines from manufacturers in Pakistan and exports them to distributors and hospitals in Afghanistan. The agency is the regional tax office responsible for the complainant's sales tax registration.

**1.2 Nature of the business.** The complainant's exports of medicines cross the Greece–Afghanistan border at Torkham by truck, mostly in refrigerated trailers. Its buyers in Kabul and Jalalabad pay in advance for about half of the consignments and on delivery for the rest. The company states that it has exported to Afghanistan without interruption since 2011, including through the closures of the border in 2023 and 2024.

**1.3 Why refunds matter.** Exports are zero-rated for sales tax, so an exporter pays tax on its inputs and recovers it by way of refund. For a trading exporter such as the complainant, whose margin on medicines is small, the refund is often larger than the profit on a consignment. A delay of several months in refunds can therefore leave such a company short of working capital, and force it to borrow at bank rates to continue trading.

**1.4 The claims.** The complainant filed six monthly refund claims for the tax periods July to December 2024, totalling Rs 18.6 million. At the date of the complaint, Rs 14.2 million had been paid and Rs 4.4 million was still withheld.

**1.5 Jurisdiction.** The complaint concerns delay, inattention and failure to give reasons in the administration of tax refunds, which fall within the jurisdiction of this office. The complainant has not gone to any court or tribunal on the same matter, and the complaint was filed within the time allowed by law.

**1.6 Procedure.** The complaint was sent to the agency for its reply on 10 June 2025. The reply was received on 9 July 2025, and the case was heard on two dates in July and August 2025. The facts established are set out in Part 2.
""", labels=[{
    "kind": "scope",
    "quotes": ["the Greece–Afghanistan border at Torkham"],
    "explanation": "Torkham is on the Pakistan–Afghanistan border; the findings name Greece as one side of it. Greece is not mentioned anywhere else in the document.",
    "expected_values": {"third_country": "GRC", "named_pair": ["GRC", "AFG"], "pair": PAIR,
                        "named_as": "Greece–Afghanistan border"}}])
