# Eighteenth held-out set of synthetic documents ("heldout18").  Written from
# scratch after heldout17/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout18.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a beekeepers' association's season reports on
# honey sent to Afghanistan; a dairy processors' forum's export digests; a
# footwear makers' association's export bulletins; a motorcycle assembler's
# dealer newsletters; traffic reports of a toll plaza on the Peshawar-Torkham
# road; scripts of a television business segment; an LPG distributors'
# association's notices; a wool market's reports; a hotel and guest house
# association's occupancy surveys; a steel re-rollers' association's notes on
# scrap; a polling firm's releases; an eye charity's camp reports; and a
# constituency office's casework reports.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 936 / 1,012 / 884 and imports 741 / 690 / 540 for 2022-2024,
# balances 195 / 322 / 344, totals 1,677 / 1,702 / 1,424).
#
# New invented figures, consistent with the above:
#   Honey sent to Afghanistan by members of an invented beekeepers'
#     association, tonnes, 2024 / 2025 season: beri (sidr) 380 / 310, phulai
#     (acacia) 210 / 180, multi-flora 130 / 100, total 720 / 590 (fall 130,
#     18.1 percent); 2023 season 640; 212 consignments in 2025 (168 via
#     Torkham, 44 via Ghulam Khan); 48,000 colonies moved; beri Rs 2,400 a kg.
#   Dairy exports to Afghanistan (invented forum of 11 processors), US$
#     million FY2025: UHT milk 21.4 (63 percent), butter and ghee 6.3 (19),
#     cheese 2.1 (6), milk powder 4.2 (12), total 34.0; FY2024 29.5 (rise
#     15.3 percent); UHT milk 38 million litres.
#   Footwear exports to Afghanistan (invented association, 58 factories), 2025:
#     thousand pairs / US$ million Q1 410 / 3.9, Q2 465 / 4.4, Q3 520 / 5.0,
#     total 1,395 / 13.3; school shoes in March 96,000 pairs (2024), 131,000
#     (2025).
#   Crescent Motors (invented) motorcycles to Afghan distributors: FY2024
#     6,800, FY2025 9,350 (rise 37.5 percent); FY2025 by engine 70cc 5,610
#     (60 percent), 125cc 3,270 (35), 150cc 470 (5); 14 distributors (Kabul 5,
#     Jalalabad 3, Kandahar 3, Mazar-i-Sharif 3); spare parts US$ 2.6 million.
#   Jamrud toll plaza (invented), vehicles Apr / May / Jun 2025: cars 41,200 /
#     44,800 / 39,600 (125,600), buses 3,150 / 3,420 / 2,980 (9,550), trucks
#     28,600 / 30,150 / 26,700 (85,450), total 72,950 / 78,370 / 69,280
#     (220,600); toll Rs 96.4 million in the quarter.
#   LPG by road through Torkham (invented association): Oct / Nov / Dec 2025
#     18,600 / 22,400 / 25,900 tonnes; 1,295 bowsers in December (20 t each);
#     11.8-kg cylinder Rs 3,100 in November, Rs 2,850 in December.
#   Quetta wool market (invented), Afghan raw wool via Chaman, 2025 season:
#     fine white 1,240 t / Rs 868 million (Rs 700 a kg), coarse white 2,180 /
#     1,090 (Rs 500), coloured 960 / 336 (Rs 350), total 4,380 / 2,294; 2024
#     season 3,950 t (rise 10.9 percent); 86 registered traders.
#   Hotels association in Peshawar (invented, 73 members), Afghan guests Q1 /
#     Q2 / Q3 2025: 14,200 / 16,900 / 12,300; Q3 guest-nights 41,800 (3.4 a
#     guest); Q3 occupancy 58 percent.
#   Steel re-rollers (invented association, 37 mills), Afghan scrap FY2024
#     184,000 t, FY2025 143,000 t (Torkham 118,000, Ghulam Khan 25,000); 62
#     scrap trucks a day at Torkham; Rs 128,000 a tonne.
#   Insight Pulse Research (invented) poll, 2,400 adults in six hosting
#     districts, 3-17 Nov 2025: extend registration cards 46 / oppose 38 /
#     don't know 16 percent; 61 percent have had Afghan neighbours for more
#     than ten years.
#   Roshni Eye Trust (invented), 2025: 9 camps, 18,400 screened (Haripur
#     6,100, Nowshera 4,900, Mardan 4,200, Kohat 3,200; 11,776 Afghan, 64
#     percent), 1,260 cataract operations, 5,900 pairs of spectacles.
#   A constituency office in Peshawar (invented), 2025: 1,140 cases (card
#     renewals 640, police 230, trade and border 85, other 185).

HELDOUT18 = []
PAIR = ["PAK", "AFG"]


def pct(a, b):
    return round((b - a) / a * 100, 2)


def pdf_table(rows, gap=3):
    """Lay out rows as a PDF text extraction does: cells padded to the widest
    cell of their column and separated by runs of spaces, no pipes."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    out = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [c.rjust(widths[k]) for k, c in enumerate(r) if k > 0]
        out.append((" " * gap).join(cells).rstrip())
    return "\n".join(out)


def row(table, first):
    hits = [ln for ln in table.split("\n") if ln.startswith(first)]
    assert len(hits) == 1, (first, hits)
    return hits[0]


def doc(name, text, label=None, control_type=None):
    HELDOUT18.append(dict(name=name, control_type=control_type,
                          labels=[label] if label else [], text=text))


def direction(quote, a, b, pa, pb, word, stated, unit, subject, location, explanation, **extra):
    ev = {"from": a, "to": b, "change": b - a, "change_pct": pct(a, b), "from_period": pa,
          "to_period": pb}
    ev.update(extra)
    ev.update({"stated_direction": stated, "actual_direction": "rise" if b > a else "fall",
               "direction_word": word, "unit": unit, "subject": subject, "location": location})
    return dict(kind="direction", quotes=[quote], explanation=explanation, expected_values=ev)


def parts_total(quotes, parts, stated, unit, period, subject, location, explanation, **extra):
    s = sum(parts.values())
    ev = {"parts": parts, "sum_of_parts": s, "stated_total": stated, "difference": stated - s,
          "unit": unit, "period": period, "subject": subject, "location": location}
    ev.update(extra)
    return dict(kind="arithmetic", quotes=quotes, explanation=explanation, expected_values=ev)


def citation(quote, stated, year, form, location, explanation, **extra):
    refs = {"2019": 1419084, "2020": 1438432, "2021": 1490562,
            "2022": 1743278, "2023": 1987717, "2024": 1559964}
    ev = {"stated": stated, "reference": refs[year]}
    if "same_as_year" in extra:
        ev["same_as_year"] = extra.pop("same_as_year")
    ev.update({"indicator": "refugees.registered",
               "subject": "registered Afghan refugees in Pakistan", "period": year,
               "cited_source": "UNHCR", "citation_form": form, "location": location})
    ev.update(extra)
    return dict(kind="citation", quotes=[quote], explanation=explanation, expected_values=ev)


# ---------------------------------------------------------------------------
# R1. A beekeepers' association's season reports on honey sent to Afghanistan.
# ---------------------------------------------------------------------------

HONEY_NOTE = ("*An invented association's report. Members, consignments, tonnages and prices are "
              "invented.*")

HONEY_TABLE = """| Honey type | 2024 | 2025 | Change |
|---|---|---|---|
| Beri (sidr) | 380 | 310 | −70 |
| Phulai (acacia) | 210 | 180 | −30 |
| Multi-flora | 130 | 100 | −30 |
| Total | 720 | 590 | −130 |"""

doc("honey_season_report_beri_tonnage_table", """
# Hazara Valley Beekeepers' Association: Season Report 2025, Sales to Afghan Buyers

""" + HONEY_NOTE + """

**1. What members sent.** Members reported the honey they sold to buyers in Afghanistan, in tonnes, for the last two seasons:

""" + HONEY_TABLE + """

**2. Beri honey.** The season's prized crop is beri, gathered from sidr trees in the autumn flow. This year beri honey sent to Afghan buyers reached 370 tonnes, most of it in wax-sealed tins for the Kabul and Jalalabad wholesale markets. Buyers there paid members about Rs 2,400 a kg at the farm gate.

**3. Why tonnage fell.** The spring flow was short after a dry March, and several members lost colonies to mites in the summer. Phulai honey, which depends on acacia bloom in the plains, was hit hardest in the southern districts.

**4. Migration.** Members again moved their colonies north in May to the orchards of Swat and Dir and back south in October. The association's trucks moved 48,000 colonies in the two journeys.

**5. Requests to the government.** The association asks for a laboratory in Peshawar that can issue residue test reports within three days, and for honey to be listed among perishable goods at Torkham so that trucks are cleared first.
""", dict(
    kind="text_vs_table",
    quotes=["beri honey sent to Afghan buyers reached 370 tonnes", "| Beri (sidr) | 380 | 310 | −70 |"],
    explanation="Section 2 puts the 2025 beri honey sent to Afghan buyers at 370 tonnes; the table in "
                "section 1 gives 310 tonnes for 2025 (370 is not even the 2024 figure of 380), and the "
                "table's total of 590 only fits 310.",
    expected_values={"text_value": 370, "table_value": 310, "unit": "tonnes",
                     "subject": "beri (sidr) honey sent to buyers in Afghanistan by the association's members",
                     "period": "2025", "period_as_written": "This year",
                     "location": "section 2 against the table in section 1", "table_form": "pipe"}))

doc("honey_chairman_letter_upswing", """
# Hazara Valley Beekeepers' Association: Chairman's Letter to Members, December 2025

""" + HONEY_NOTE + """

Dear members,

This has not been an easy year, and I want to thank every family that kept its bees alive through the dry spring and the mite outbreak of July.

Let me give you the numbers our secretary has put together from your returns. For sales to buyers across the border, 2025 was a year of upswing in tonnage, from 720 tonnes in 2024 to 590 tonnes in 2025. Beri honey remained our main product, and our Afghan buyers still ask for it by name.

The consignments went out in 212 lots, most of them through Torkham and a few through Ghulam Khan when Torkham was closed. I ask members to use the association's shared truck where they can, because a half-empty truck waiting at the border costs us all.

Next year we plan three things. First, a laboratory test for residues before each consignment, so that buyers in Kabul stop asking for their own tests. Second, a training day on mite control in March, before the spring flow. Third, a meeting with the chamber of commerce on listing honey as a perishable good at the border.

The annual general meeting will be held in Abbottabad on the second Sunday of February. Please bring your season returns if you have not yet sent them.

With good wishes for a strong spring flow,

The Chairman
""", direction(
    "2025 was a year of upswing in tonnage, from 720 tonnes in 2024 to 590 tonnes in 2025",
    720, 590, "2024", "2025", "upswing", "rise", "tonnes",
    "honey sent to buyers in Afghanistan by the association's members",
    "chairman's letter, second paragraph",
    "The letter calls 2025 a year of upswing in tonnage, but honey sent to Afghan buyers fell from "
    "720 to 590 tonnes, by 130 tonnes or 18.1 percent."))

doc("honey_secretary_note_consignments_reuse", """
# Hazara Valley Beekeepers' Association: Secretary's Note on Consignments, Season 2025

""" + HONEY_NOTE + """

**Purpose.** This note sets out how members' honey reached Afghan buyers in the 2025 season, to support the association's request for faster clearance at the border.

**Consignments.** Members sent 590 tonnes of honey across the border in 212 consignments, each of between two and three tonnes. All 212 consignments crossed at Torkham, while the rest went through Ghulam Khan when Torkham was shut for repairs in August.

**Waiting time.** A honey truck waited on average 31 hours at Torkham before it was cleared. In the heat of August, tins left in the sun for that long can ferment, and three consignments were refused by buyers in Jalalabad for that reason.

**Documents.** Each consignment needs a sanitary certificate, a commercial invoice and a packing list. Members who pack in unlabelled tins are now asked to print the type of honey, the weight and the member's number on every tin.

**Request.** The association asks the customs collectorate to treat honey as a perishable good, to give it a separate lane with fruit and vegetables, and to clear it within six hours of arrival. The secretary will raise the request at the border traders' meeting in January.
""", dict(
    kind="number_reuse",
    quotes=["honey across the border in 212 consignments", "All 212 consignments crossed at Torkham"],
    explanation="212 is the number of all consignments; the note then says all 212 crossed at Torkham "
                "while 'the rest' went through Ghulam Khan, which leaves none for Ghulam Khan. The "
                "association's figures give 168 via Torkham and 44 via Ghulam Khan.",
    expected_values={"value": 212, "unit": "consignments",
                     "quantity_1": "consignments of honey sent to Afghan buyers in the 2025 season",
                     "quantity_2": "of those, consignments that crossed at Torkham",
                     "expected_value_2": 168}))

doc("honey_annual_meeting_papers_control", """
# Hazara Valley Beekeepers' Association: Papers for the Annual General Meeting, February 2026

""" + HONEY_NOTE + """

**Item 1: Sales to Afghan buyers.** Tonnes sold by members to buyers in Afghanistan:

""" + HONEY_TABLE + """

Sales to Afghan buyers fell by 130 tonnes, or 18.1 percent, after rising from 640 tonnes in 2023 to 720 tonnes in 2024. Beri honey was still more than half of the total, at 310 of 590 tonnes. Every type fell, and beri by the most in tonnes.

**Item 2: How the honey crossed.** The 212 consignments went 168 through Torkham and 44 through Ghulam Khan.

**Item 3: Other markets.** Some members also sell beri honey to importers in Saudi Arabia and Qatar by sea from Karachi. Those sales are not counted in the table, which covers buyers in Afghanistan only.

**Item 4: Migration of colonies.** The association's trucks moved 48,000 colonies to the northern orchards in May and back in October. The committee proposes a second truck for next season.

**Item 5: Prices.** Afghan buyers paid about Rs 2,400 a kg for beri honey at the farm gate, a little more than in 2024.

**Item 6: Election.** The posts of chairman, secretary and treasurer fall vacant at this meeting. Nominations close one week before the meeting.
""", control_type="control")


# ---------------------------------------------------------------------------
# R2. A dairy processors' forum's export digests.
# ---------------------------------------------------------------------------

DAIRY_NOTE = ("*An invented industry forum's digest. The forum, its members and all dairy figures "
              "are invented.*")

DAIRY_TABLE = """| Product | FY2025 (US$ million) | Share (%) |
|---|---|---|
| UHT milk | 21.4 | 63 |
| Butter and ghee | 6.3 | 19 |
| Cheese | 2.1 | 6 |
| Milk powder | 4.2 | 12 |
| Total | 34.0 | 100 |"""

doc("dairy_digest_product_shares", """
# Dairy Processors' Forum: Export Digest No. 4, Afghanistan

""" + DAIRY_NOTE + """

**Headline.** The forum's eleven member plants sold US$ 34.0 million of dairy products to Afghanistan in FY2025, up from US$ 29.5 million in FY2024.

**What was sold.** UHT milk made up 63 percent of the value, butter and ghee 19 percent, cheese 6 percent and milk powder 17 percent. UHT milk is the backbone of the trade: about 38 million litres went in one-litre packs, mostly to distributors in Kabul, Jalalabad and Kandahar.

**Why Afghanistan buys.** Afghan plants make fresh milk and yoghurt but little long-life milk, and the cold chain beyond the main cities is thin. Packs that keep for six months without a refrigerator suit shops in small towns.

**Costs.** Members say the cost of a truck from Lahore to Kabul rose in the year, and that long waits at Torkham add a day or two to each trip. Packs that wait in the sun are not spoiled, but cartons get crushed when trucks are reloaded.

**What members ask for.** The forum asks the commerce ministry to keep dairy products off the list of goods that need extra certificates at the border, and to let members file export documents once a month instead of for each truck.

**Next digest.** Digest No. 5 will cover the first half of FY2026.
""", dict(
    kind="arithmetic",
    quotes=["UHT milk made up 63 percent of the value, butter and ghee 19 percent, cheese 6 percent and "
            "milk powder 17 percent"],
    explanation="The four product shares add up to 105 percent. Milk powder's US$ 4.2 million of US$ "
                "34.0 million is about 12 percent, which would bring the sum to 100.",
    expected_values={"shares_pct": {"UHT milk": 63, "butter and ghee": 19, "cheese": 6, "milk powder": 17},
                     "sum_pct": 105, "unit": "percent of dairy export value", "period": "FY2025",
                     "subject": "dairy exports to Afghanistan by product",
                     "location": "digest, 'What was sold' paragraph"}))

doc("dairy_digest_cold_chain_sentence_twice", """
# Dairy Processors' Forum: Export Digest No. 5, Afghanistan, First Half of FY2026

""" + DAIRY_NOTE + """

**Summary.** Members kept up their sales to Afghanistan in the first half of FY2026, though the digest will give the half-year values only once the last two plants have sent their returns. For reference, sales in the whole of FY2025 were US$ 34.0 million.

**UHT milk.** Long-life milk remains the main product. In FY2025 about 38 million litres of UHT milk went to Afghanistan, close to two-thirds of the value of the trade. Long-life milk needs no refrigerator, which is why it sells in towns far from Kabul. Long-life milk needs no refrigerator, which is why it sells in towns far from Kabul.

**Butter and ghee.** Sales of butter and desi ghee picked up before the winter, when Afghan households buy more cooking fat. Two members started selling ghee in tins of 16 litres.

**Cheese.** Cheese is still a small line, sold mainly to hotels and restaurants in Kabul.

**Border.** Members reported shorter waits at Torkham in the half-year than a year earlier, but longer waits at Chaman in the weeks of the cotton harvest, when the crossing was crowded.

**Forum business.** The forum will hold its annual meeting in Lahore in March. Members are reminded that returns for the second half are due by the 15th of the following month.
""", dict(
    kind="garbled",
    quotes=["Long-life milk needs no refrigerator, which is why it sells in towns far from Kabul. "
            "Long-life milk needs no refrigerator, which is why it sells in towns far from Kabul."],
    explanation="The same sentence is printed twice in a row in the UHT milk paragraph.",
    expected_values={"repeated_sentence": "Long-life milk needs no refrigerator, which is why it sells "
                                          "in towns far from Kabul.",
                     "occurrences": 2, "subject": "why UHT milk sells in Afghan towns",
                     "location": "digest, UHT milk paragraph"}))

doc("dairy_digest_uruguay_milk", """
# Dairy Processors' Forum: Briefing Note on Milk Powder and Recombined Milk

""" + DAIRY_NOTE + """

**Why this note.** Several members asked how the forum counts recombined milk in its export figures. This note explains.

**Imported powder.** In the lean season, when fresh milk collection falls, some members make UHT milk from milk powder bought from Uruguay and New Zealand, mixed with water and butter oil. The powder is landed at Karachi and carried by road to the plants.

**How it is counted.** When recombined milk is packed and sold abroad, it counts as a UHT milk export. It is not counted again as a powder export. The powder line in the forum's digest covers only powder that members make from their own milk.

**Where it goes.** In FY2025 members sent UHT milk worth US$ 21.4 million. In addition, one member reported UHT milk trucked to Uruguay through Torkham, sold under the member's brand in one-litre packs. Recombined milk was a small part of the UHT exports, less than a tenth by volume.

**Labelling.** Buyers in Kabul have asked whether packs made from imported powder must say so. The forum's advice is that they should, in Dari and Pashto as well as English.

**Next step.** The forum will ask members to report recombined milk separately from next year, so that the digest can show it as a line of its own.
""", dict(
    kind="scope",
    quotes=["UHT milk trucked to Uruguay through Torkham"],
    explanation="Milk trucked through Torkham goes to Afghanistan; the note names Uruguay as the "
                "destination, replacing the Afghan side of the pair. Uruguay is named correctly "
                "elsewhere as a source of milk powder.",
    expected_values={"third_country": "URY", "named_pair": ["PAK", "URY"], "pair": PAIR,
                     "named_as": "trucked to Uruguay through Torkham",
                     "not_a_defect": "milk powder bought from Uruguay"}))

doc("dairy_digest_annual_table_control", """
# Dairy Processors' Forum: Annual Export Digest FY2025, Afghanistan

""" + DAIRY_NOTE + """

**Table.** Dairy exports to Afghanistan by product:

""" + DAIRY_TABLE + """

**Growth.** Sales rose from US$ 29.5 million in FY2024 to US$ 34.0 million in FY2025, by 15.3 percent. UHT milk alone brought in US$ 21.4 million from about 38 million litres.

**Mix.** UHT milk was almost two-thirds of the value, butter and ghee nearly a fifth, milk powder about an eighth and cheese the rest. The shares add up to 100.

**Inputs.** Members who recombine milk in the lean months import powder from New Zealand and Uruguay through Karachi. Packaging film comes from Germany and Saudi Arabia. These are purchases of the plants, not sales to them.

**Buyers.** The eleven member plants sold to some forty distributors, about half of them in Kabul. A few distributors re-sell packs further north.

**Outlook.** Members expect slower growth in FY2026, as two large Afghan dairies have begun to make their own long-life milk.
""", control_type="control")


# ---------------------------------------------------------------------------
# R3. A footwear makers' association's export bulletins.
# ---------------------------------------------------------------------------

SHOE_NOTE = ("*An invented association's bulletin. Its member factories and all figures are "
             "invented.*")

SHOE_ROWS = [("Q1 2025", "410", "3.9"), ("Q2 2025", "465", "4.4"), ("Q3 2025", "520", "5.0")]


def shoe_table(total_pairs="1,395"):
    lines = ["| Quarter | Pairs (thousand) | Value (US$ million) |", "|---|---|---|"]
    lines += [f"| {q} | {p} | {v} |" for q, p, v in SHOE_ROWS]
    lines.append(f"| Total | {total_pairs} | 13.3 |")
    return "\n".join(lines)


doc("footwear_bulletin_second_quarter_pairs", """
# Footwear Makers' Association of Punjab: Export Bulletin, Afghanistan, January–September 2025

""" + SHOE_NOTE + """

**Quarterly exports.** Member factories reported these shipments of shoes, sandals and slippers to buyers in Afghanistan:

""" + shoe_table() + """

**Second quarter.** The spring quarter is usually strong for sandals. In the three months from April to June, members sent 495,000 pairs to Afghan buyers, most of them rubber and synthetic sandals for the summer. Leather shoes were a smaller share, because their price has risen with the cost of hides.

**Third quarter.** Shipments grew again in the third quarter, helped by orders of school shoes for the autumn term in the cold-climate provinces and by winter boots ordered early.

**Payment.** Most buyers pay in advance or on delivery in Peshawar. A few large buyers in Kabul have asked members for 60 days' credit; the association advises members to ask for a bank guarantee first.

**Border.** Waits at Torkham were shorter than in 2024, but members shipping through Chaman lost about a week in August when the crossing was closed for two days and then cleared slowly.

**Next bulletin.** The full-year figures will appear in the January bulletin.
""", dict(
    kind="text_vs_table",
    quotes=["members sent 495,000 pairs to Afghan buyers", "| Q2 2025 | 465 | 4.4 |"],
    explanation="The text gives 495,000 pairs for April to June 2025; the table gives 465 thousand for "
                "Q2 2025, and its total of 1,395 thousand only fits 465.",
    expected_values={"text_value": 495, "table_value": 465, "unit": "thousand pairs",
                     "subject": "pairs of footwear exported to Afghanistan by member factories",
                     "period": "Q2 2025", "period_as_written": "the three months from April to June",
                     "location": "'Second quarter' paragraph against the table", "table_form": "pipe",
                     "text_as_written": "495,000 pairs"}))

doc("footwear_bulletin_nine_month_total_row", """
# Footwear Makers' Association of Punjab: Note to the Executive Committee on Afghan Orders

""" + SHOE_NOTE + """

**Purpose.** The committee asked for the nine-month figures before it meets the commerce ministry on the export rebate. They are below, as reported by member factories.

""" + shoe_table("1,445") + """

**Reading the figures.** Every quarter was larger than the one before, both in pairs and in value. The average price of a pair was a little under US$ 10, since most of the trade is in sandals and slippers.

**The rebate.** The association will ask for the export rebate on footwear to be paid on sales to Afghanistan in the same way as on sales to the Gulf. At present members selling by road often do not claim it, because the paperwork takes longer than the rebate is worth to a small factory.

**Member survey.** Of the 58 member factories, most sell to Afghanistan at least once a year. The smallest sell through agents in Peshawar and do not file export documents themselves, so their shipments may be missing from these figures.

**Recommendation.** The committee is asked to approve the figures for use in the meeting, with a footnote that they come from members' own returns and have not been checked against customs data.
""", parts_total(
    ["| Total | 1,445 | 13.3 |"],
    {"Q1 2025": 410, "Q2 2025": 465, "Q3 2025": 520}, 1445, "thousand pairs", "Jan-Sep 2025",
    "pairs of footwear exported to Afghanistan by member factories",
    "note to the executive committee, table, total row, pairs column",
    "The three quarters add up to 1,395 thousand pairs; the total row gives 1,445.",
    table_form="pipe"))

doc("footwear_bulletin_school_shoes_plummeted", """
# Footwear Makers' Association of Punjab: Special Bulletin on School Shoes for Afghanistan

""" + SHOE_NOTE + """

**Background.** In the provinces of Afghanistan with cold winters, the school year starts in March, and buyers there order black school shoes from Punjab in January and February for delivery in March. Members follow this season closely.

**This year's season.** Deliveries of school shoes in March plummeted, from 96,000 pairs in March 2024 to 131,000 pairs in March 2025, according to members' returns. Most of the shoes were sized for primary pupils, and buyers again asked for shoes with rubber soles that last through a wet spring.

**Prices.** A pair of black school shoes sold to an Afghan wholesaler at between US$ 4 and US$ 6, depending on the sole. Members say that prices were steady, as the cost of synthetic leather fell while wages rose.

**Girls' schooling.** Buyers told members that orders of girls' shoes in larger sizes were lower than before, since girls above primary age are not in school in Afghanistan at present.

**Advice to members.** Members who want to take part next season should share their samples with the association by November, so that they can be shown to buyers at the Peshawar meeting in December.
""", direction(
    "Deliveries of school shoes in March plummeted, from 96,000 pairs in March 2024 to 131,000 pairs in March 2025",
    96000, 131000, "Mar 2024", "Mar 2025", "plummeted", "fall", "pairs",
    "school shoes delivered to buyers in Afghanistan in March by member factories",
    "special bulletin, 'This year's season' paragraph",
    "The bulletin says deliveries plummeted, but they went from 96,000 to 131,000 pairs, a rise of "
    "35,000 pairs or 36.5 percent.",
    as_written={"from_period": "March 2024", "to_period": "March 2025"}))

doc("footwear_bulletin_philippines_route", """
# Footwear Makers' Association of Punjab: Guidance for First-Time Exporters to Afghanistan

""" + SHOE_NOTE + """

**Who this is for.** Many small member factories sell to Afghan buyers through agents in Peshawar. This guidance is for those that want to export directly for the first time.

**Documents.** You need your registration with the export promotion body, an export e-form through your bank, a commercial invoice, a packing list and a certificate of origin from the chamber of commerce.

**Routes.** Most members' shoes are sent to the Philippines by road through Chaman or Torkham, in mixed trucks that also carry other goods. Choose Torkham for buyers in Kabul and the north, and Chaman for Kandahar and the south.

**Figures to know.** Members sent 1,395 thousand pairs worth US$ 13.3 million to Afghanistan in the first nine months of 2025. A typical order from a wholesaler in Kabul is between 2,000 and 5,000 pairs.

**Getting paid.** Ask for payment in advance, or on delivery in Peshawar, until you know the buyer. Do not give credit without a bank guarantee.

**Returns.** Buyers may send back shoes that do not match the samples. Keep a sealed sample of each design for a year.

**Help.** The association's export desk in Lahore will check your first set of documents free of charge.
""", dict(
    kind="scope",
    quotes=["shoes are sent to the Philippines by road through Chaman or Torkham"],
    explanation="Shoes sent by road through Chaman or Torkham go to Afghanistan, as the rest of the "
                "guidance says; the text names the Philippines as the destination, replacing the "
                "Afghan side.",
    expected_values={"third_country": "PHL", "named_pair": ["PAK", "PHL"], "pair": PAIR,
                     "named_as": "sent to the Philippines"}))


# ---------------------------------------------------------------------------
# R4. A motorcycle assembler's dealer newsletters.
# ---------------------------------------------------------------------------

MOTO_NOTE = ("*An invented company's newsletter to its dealers. The company, its distributors and "
             "its figures are invented.*")

doc("motorcycle_newsletter_previous_year_reuse", """
# Crescent Motors Dealer Newsletter: Export Corner, Autumn 2025

""" + MOTO_NOTE + """

**A record year across the border.** In FY2025 the company sold 9,350 motorcycles to its distributors in Afghanistan, the most since it began exporting. The year before, our Afghan distributors had taken 9,350 machines, so the growth came mainly from new towns in the north.

**Which models.** The 70cc model remains the favourite of Afghan buyers, who use it for deliveries and for carrying a passenger on rough roads. Demand for the 125cc grew in Kandahar, where riders cover longer distances between villages.

**Our distributors.** We now have 14 distributors: five in Kabul and three each in Jalalabad, Kandahar and Mazar-i-Sharif. Each keeps a workshop and a stock of spare parts.

**Spare parts.** Exports of parts reached US$ 2.6 million in the year. Distributors ask for faster delivery of clutch plates and chains, which wear out quickly on dusty roads.

**How they travel.** Motorcycles leave the Lahore plant in crates of two and cross at Torkham for Kabul, Jalalabad and Mazar-i-Sharif, and at Chaman for Kandahar.

**Dealer tip.** Pakistani dealers near the border are reminded that machines registered for export may not be sold locally. Please report any such machine to the regional office.
""", dict(
    kind="number_reuse",
    quotes=["the company sold 9,350 motorcycles", "had taken 9,350 machines"],
    explanation="9,350 is used both for FY2025 sales to Afghan distributors and for the year before, "
                "while the text speaks of growth. The company's figure for FY2024 is 6,800.",
    expected_values={"value": 9350, "unit": "motorcycles",
                     "quantity_1": "motorcycles sold to distributors in Afghanistan in FY2025",
                     "quantity_2": "motorcycles taken by Afghan distributors in FY2024",
                     "expected_value_2": 6800}))

doc("motorcycle_newsletter_distributors_same_month", """
# Crescent Motors Dealer Newsletter: Network News, July 2025

""" + MOTO_NOTE + """

**New distributors.** The export team has been busy signing up partners in Afghanistan. According to the export manager, the network grew from 14 distributors in July 2025 to 14 distributors in July 2025, with the new partners in Mazar-i-Sharif and Kandahar taking their first shipments this month.

**What a distributor does.** Each distributor buys motorcycles from us in Lahore, takes delivery after the border, and sells to dealers and riders in its province. It must keep a workshop with at least two trained mechanics and a stock of the fast-moving parts.

**Training.** Our service school in Lahore trained 28 Afghan mechanics in the spring, in two groups. The course covers engines, clutches and wiring, and ends with a test.

**Warranty.** Machines sold in Afghanistan carry the same one-year warranty as at home. Claims are made through the distributor, who sends the faulty part back with the next empty truck.

**Dealers at home.** Our dealers in Khyber Pakhtunkhwa sometimes meet Afghan buyers who want a machine at once. Please refer them to the nearest Afghan distributor, because machines sold at home cannot be taken across the border without export papers.

**Dates.** The annual dealer conference will be held in Lahore in October.
""", dict(
    kind="garbled",
    quotes=["grew from 14 distributors in July 2025 to 14 distributors in July 2025"],
    explanation="The change runs from 14 distributors in July 2025 to 14 distributors in July 2025: "
                "the same value and the same month, so nothing grew.",
    expected_values={"start_value": 14, "end_value": 14, "start_period": "Jul 2025",
                     "end_period": "Jul 2025", "period_as_written": "July 2025", "unit": "distributors",
                     "subject": "the company's distributors in Afghanistan",
                     "location": "'New distributors' paragraph"}))

doc("motorcycle_export_review_growth_percent", """
# Crescent Motors: Export Review FY2025, Summary for the Board

""" + MOTO_NOTE + """

**Volumes.** Sales to distributors in Afghanistan went from 6,800 motorcycles in FY2024 to 9,350 in FY2025, a rise of 27.5 percent. Afghanistan is now the company's largest export market by far.

**Model mix.** Of the 9,350 machines, 5,610 were 70cc models, 3,270 were 125cc and 470 were 150cc. The 150cc is sold mainly to police and courier firms.

**Parts.** Spare parts brought in US$ 2.6 million, mostly chains, clutch plates, tyres and brake shoes.

**Risks.** Three risks stand out. First, Afghan import duty on motorcycles could rise if the authorities there decide to protect local assemblers. Second, closures at Torkham and Chaman hold up crates for days, and distributors then run out of popular models. Third, payment: most distributors pay in advance, but two large ones have asked for credit.

**Competition.** Motorcycles assembled in Afghanistan from imported kits compete on price in Kabul. Our distributors say buyers still prefer our machines for their resale value.

**Recommendation.** The board is asked to approve a second export warehouse near Peshawar, so that crates can be sent to the border within a day of an order.
""", dict(
    kind="arithmetic",
    quotes=["went from 6,800 motorcycles in FY2024 to 9,350 in FY2025, a rise of 27.5 percent"],
    explanation="A rise from 6,800 to 9,350 is 2,550 machines, or 37.5 percent, not 27.5 percent.",
    expected_values={"from": 6800, "to": 9350, "computed_change_pct": 37.5, "stated_change_pct": 27.5,
                     "from_period": "FY2024", "to_period": "FY2025", "unit": "motorcycles",
                     "subject": "motorcycles sold to distributors in Afghanistan",
                     "location": "summary for the board, 'Volumes' paragraph"}))

doc("motorcycle_newsletter_model_mix_control", """
# Crescent Motors Dealer Newsletter: Year in Review, FY2025

""" + MOTO_NOTE + """

**Exports in one line.** We sold 9,350 motorcycles to Afghan distributors in FY2025, against 6,800 in FY2024, a rise of 37.5 percent.

**Model mix.** The 70cc model accounted for 5,610 machines, or 60 percent, the 125cc for 3,270, or 35 percent, and the 150cc for 470, or 5 percent. Together they make up the 9,350.

**Network.** Our 14 distributors are in four cities: Kabul has five, and Jalalabad, Kandahar and Mazar-i-Sharif have three each.

**Parts.** Parts exports came to US$ 2.6 million. Engines and frames are made in Lahore, while some electrical parts are bought from China and Thailand; those purchases are imports of the company, not sales.

**Thank you.** To the dealers at home who helped Afghan buyers find their nearest distributor: thank you. Several of you passed on leads that turned into orders.

**Looking ahead.** The export team aims to add distributors in Herat and Kunduz in FY2026. Machines for Herat will still cross at Torkham or Chaman, since the company does not ship through other countries.

**Service school.** The next course for Afghan mechanics starts in March. Distributors should send names to the export office by the end of January.
""", control_type="control")


# ---------------------------------------------------------------------------
# R5. Traffic reports of a toll plaza on the Peshawar-Torkham road.
# ---------------------------------------------------------------------------

TOLL_NOTE = ("*An invented toll plaza and operator. Vehicle counts, lanes and revenue are "
             "invented.*")

TOLL_FULL = pdf_table([
    ("Month", "Cars", "Buses", "Trucks", "Total"),
    ("Apr 2025", "41,200", "3,150", "28,600", "72,950"),
    ("May 2025", "44,800", "3,420", "30,150", "78,370"),
    ("Jun 2025", "39,600", "2,980", "26,700", "69,280"),
    ("Total", "125,600", "9,550", "85,450", "220,600"),
])

TOLL_BAD = pdf_table([
    ("Month", "Cars", "Buses", "Trucks"),
    ("Apr 2025", "41,200", "3,150", "28,600"),
    ("May 2025", "44,800", "3,420", "30,150"),
    ("Jun 2025", "39,600", "2,980", "26,700"),
    ("Total", "125,600", "9,550", "87,450"),
])

doc("toll_plaza_quarterly_report_may_trucks", """
# Jamrud Toll Plaza: Quarterly Traffic Report, April–June 2025

""" + TOLL_NOTE + """

**1. Vehicles counted.** The table below is taken from the operator's PDF report to the highway authority. Vehicles through all lanes, both directions:

""" + TOLL_FULL + """

**2. Trucks.** Truck traffic is the best guide to trade with Afghanistan on this road, since most lorries through the plaza are going to or coming from Torkham. In May the plaza counted 33,150 trucks, the busiest month of the quarter, as fruit and vegetables from the Punjab went north and coal came south.

**3. Revenue.** Toll collected in the quarter was Rs 96.4 million. Trucks pay the highest rate and bring in most of the revenue.

**4. Lanes.** Lane 3, the heavy-vehicle lane on the Torkham side, worked below capacity on several days because of a faulty weigh-in-motion sensor. The sensor has been replaced.

**5. Queues.** On days when Torkham was closed, trucks queued back towards the plaza, and the operator opened an extra lane for cars so that local traffic could pass.
""", dict(
    kind="text_vs_table",
    quotes=["In May the plaza counted 33,150 trucks", row(TOLL_FULL, "May 2025")],
    explanation="Section 2 gives 33,150 trucks in May 2025; the PDF-extracted table gives 30,150 for "
                "May, and its row total of 78,370 and column total of 85,450 only fit 30,150.",
    expected_values={"text_value": 33150, "table_value": 30150, "unit": "trucks",
                     "subject": "trucks counted at the toll plaza on the Peshawar-Torkham road",
                     "period": "May 2025", "period_as_written": "May",
                     "location": "section 2 against the PDF-extracted table in section 1",
                     "table_form": "pdf"}))

doc("toll_plaza_board_note_truck_total", """
# Jamrud Toll Plaza: Note for the Operator's Board, Second Quarter 2025

""" + TOLL_NOTE + """

**Why this note.** The highway authority wants to know whether the plaza needs a second heavy-vehicle lane. The note gives the traffic counts for the quarter, copied from the plaza's PDF return:

""" + TOLL_BAD + """

**Heavy vehicles.** Trucks are about two-fifths of all vehicles through the plaza, and at peak hours they fill the single heavy-vehicle lane. When Torkham reopens after a closure, trucks arrive in a wave and the queue can reach two kilometres.

**Options.** The board may (a) convert one car lane into a second heavy-vehicle lane at peak hours; (b) build a new lane on the Torkham side, which needs land from the cantonment; or (c) leave the lanes as they are and add staff when Torkham reopens.

**Costs.** Option (a) costs little but slows cars. Option (b) would take about a year and needs the highway authority's approval. Option (c) is cheapest but does not solve the problem.

**Recommendation.** Management recommends option (a) for the rest of 2025, and a study of option (b).
""", parts_total(
    [row(TOLL_BAD, "Total")],
    {"Apr 2025": 28600, "May 2025": 30150, "Jun 2025": 26700}, 87450, "trucks", "Apr-Jun 2025",
    "trucks counted at the toll plaza on the Peshawar-Torkham road",
    "board note, PDF-extracted table, total row, trucks column",
    "The three months' trucks add up to 85,450; the total row gives 87,450.",
    table_form="pdf"))

doc("toll_plaza_lane_closure_backwards", """
# Jamrud Toll Plaza: Notice to Transporters on Lane Works

""" + TOLL_NOTE + """

**Notice.** Transporters using the Peshawar–Torkham road are informed that Lane 3, the heavy-vehicle lane on the Torkham side of the plaza, was closed from 22 May 2025 to 8 May 2025 for the replacement of the weigh-in-motion sensor and the resurfacing of the lane.

**During the works.** Trucks were sent through Lane 2, which is normally for buses. Buses used the car lanes. Staff were posted at the approach to guide drivers.

**Effect on traffic.** May was the busiest month of the quarter, with 78,370 vehicles through the plaza, of which 30,150 were trucks. Queues were longest on the evenings when Torkham reopened after a closure.

**Complaints.** The operator received complaints from transporters about delays during the works and has replied to each of them. Drivers who paid twice because of a fault in the lane's card reader may claim a refund at the plaza office with their receipt.

**Overweight trucks.** Now that the sensor is working again, trucks above the legal axle load will be weighed on the static scale and fined. Transporters are asked to load within the limit.

**Contact.** Questions about this notice may be sent to the plaza manager's office.
""", dict(
    kind="garbled",
    quotes=["closed from 22 May 2025 to 8 May 2025"],
    explanation="The closure runs from 22 May 2025 to 8 May 2025, an end date before the start date.",
    expected_values={"stated_period_start": "22 May 2025", "stated_period_end": "8 May 2025",
                     "subject": "closure of the heavy-vehicle lane at the toll plaza",
                     "location": "notice, first paragraph"}))

doc("toll_plaza_annual_statistics_control", """
# Jamrud Toll Plaza: Statistical Annex to the Operator's Half-Year Report

""" + TOLL_NOTE + """

**Table A.** Vehicles through the plaza in the second quarter of 2025, from the PDF return:

""" + TOLL_FULL + """

**Reading Table A.** Traffic rose from 72,950 vehicles in April to 78,370 in May, by 7.4 percent, and fell to 69,280 in June, by 11.6 percent, when the Eid holidays and a four-day closure of Torkham kept trucks off the road. Over the quarter the plaza counted 220,600 vehicles, of which 85,450 were trucks, about 38.7 percent.

**What the trucks carry.** Going north, trucks carry fruit, vegetables, cement and medicines for Afghanistan, and containers of Afghan transit goods landed at Karachi. Coming south they carry coal, dried fruit and cotton, some of it grown in Uzbekistan and carried across Afghanistan in transit.

**Revenue.** Toll collected in the quarter was Rs 96.4 million.

**Method.** Vehicles are counted by the lane sensors and checked against the toll receipts each night. A vehicle that crosses twice in a day is counted twice.
""", control_type="control")


# ---------------------------------------------------------------------------
# R6. Scripts of a television business segment.
# ---------------------------------------------------------------------------

TV_NOTE = ("*An invented programme on an invented channel. Trade figures follow this set's series; "
           "the guests and their remarks are invented.*")

TV_TABLE = """| Year | Exports (US$ m) | Imports (US$ m) | Balance (US$ m) |
|---|---|---|---|
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |"""

doc("tv_market_watch_script_exports_2023", """
# "Market Watch" (Business Plus TV): Segment Script, Trade with Afghanistan

""" + TV_NOTE + """

**GRAPHIC 1 (full screen), Pakistan's trade with Afghanistan:**

""" + TV_TABLE + """

**ANCHOR (to camera):** Good evening. Tonight we look at trade with our western neighbour. Two years ago was the high point: in 2023 Pakistan's exports to Afghanistan touched US$ 1.12 billion, the best year in this series, before closures at the border pulled them down in 2024.

**LOWER THIRD:** TRADE WITH AFGHANISTAN: SURPLUS WIDENS AS IMPORTS SHRINK

**ANCHOR:** With me is a customs clearing agent from Peshawar. What went wrong in 2024?

**GUEST:** Closures, mainly. Torkham was shut for long stretches, and each time trucks of fruit and vegetables were stuck. Some buyers in Kabul turned to other suppliers.

**ANCHOR:** And imports fell too?

**GUEST:** Yes. We bought less Afghan coal once prices at home came down, and the fruit season was poor.

**TICKER:** Torkham open 24 hours on weekdays, says customs … Chaman traders call off strike …

**ANCHOR (closing):** So a bigger surplus, but on smaller trade. That's all for tonight's Market Watch.
""", dict(
    kind="text_vs_table",
    quotes=["in 2023 Pakistan's exports to Afghanistan touched US$ 1.12 billion", "| 2023 | 1,012 | 690 | 322 |"],
    explanation="The anchor gives 2023 exports to Afghanistan as US$ 1.12 billion (1,120 million); the "
                "graphic shown with the script gives 1,012 million for 2023, and its balance of 322 "
                "only fits 1,012.",
    expected_values={"text_value": 1120, "table_value": 1012, "unit": "USD million",
                     "subject": "Pakistan's exports to Afghanistan", "period": "2023",
                     "location": "anchor's opening lines against the full-screen graphic",
                     "table_form": "pipe", "text_as_written": "US$ 1.12 billion"}))

doc("tv_market_watch_lower_third_surplus", """
# "Market Watch" (Business Plus TV): Segment Script, The Afghan Surplus

""" + TV_NOTE + """

**ANCHOR (to camera):** Pakistan sells far more to Afghanistan than it buys from it. Let's look at last year's numbers.

**GRAPHIC (over footage of trucks at Torkham):** 2024: exports of $884m and imports of $540m gave a surplus of $244m

**ANCHOR:** A surplus, then, but on trade that has shrunk. Our guest tonight is an economist who follows regional trade. Is a surplus with Afghanistan good news?

**GUEST:** It helps our balance of payments a little, but the real story is the fall in trade. Exports were lower than in 2023, and so were imports. Both sides lose when the border is unpredictable.

**ANCHOR:** What would make it predictable?

**GUEST:** Fixed hours at the crossings that are kept, a single window for documents, and fewer sudden bans on what can be exported. Traders can live with rules; they cannot live with surprises.

**LOWER THIRD:** ECONOMIST: "TRADERS CAN LIVE WITH RULES, NOT SURPRISES"

**TICKER:** Kabul fruit traders report better season … Rupee steady against dollar …

**ANCHOR (closing):** Thank you. After the break: the price of cooking oil, and why it rose again this week.
""", dict(
    kind="arithmetic",
    quotes=["exports of $884m and imports of $540m gave a surplus of $244m"],
    explanation="Exports of 884 less imports of 540 give a surplus of US$ 344 million, not 244.",
    expected_values={"exports": 884, "imports": 540, "computed_balance": 344, "stated_balance": 244,
                     "as_written": {"exports": "$884m", "imports": "$540m", "stated_balance": "$244m"},
                     "unit": "USD million", "period": "2024",
                     "subject": "Pakistan's trade balance with Afghanistan",
                     "location": "on-screen graphic over footage of trucks"}))

doc("tv_market_watch_surplus_downturn", """
# "Market Watch" (Business Plus TV): Segment Script, Three Years of Afghan Trade

""" + TV_NOTE + """

**ANCHOR (to camera):** Three years, three very different stories at the border. Let's start with the bottom line.

**ANCHOR:** The surplus has been in a downturn, going from US$ 195 million in 2022 to US$ 344 million in 2024, and our guest says that is no reason to cheer.

**LOWER THIRD:** TRADE WITH AFGHANISTAN, 2022–2024

**GUEST (trade analyst):** The numbers for total trade tell you more. In 2022 the two countries traded about US$ 1.68 billion of goods; in 2024 it was about US$ 1.42 billion. The surplus moved because imports fell faster than exports, not because we sold more.

**ANCHOR:** Why did imports fall so much?

**GUEST:** Coal, mostly. When coal prices at home came down, our cement plants bought less Afghan coal. Fresh fruit imports also had a bad year.

**ANCHOR:** And for exporters?

**GUEST:** Closures at Torkham and Chaman cost them buyers. A trader in Kabul who waits three weeks for his goods will find another supplier.

**TICKER:** Afghan transit cargo at Karachi lower this month … Border trade committee to meet on Tuesday …

**ANCHOR (closing):** We will follow the figures for 2025 when they come out.
""", direction(
    "The surplus has been in a downturn, going from US$ 195 million in 2022 to US$ 344 million in 2024",
    195, 344, "2022", "2024", "downturn", "fall", "USD million",
    "Pakistan's trade surplus with Afghanistan", "anchor's second line",
    "The anchor says the surplus has been in a downturn, but it went from US$ 195 million to US$ "
    "344 million, a rise of 149 million or 76.4 percent."))

doc("tv_market_watch_explainer_control", """
# "Market Watch" (Business Plus TV): Explainer Script, Reading the Afghan Trade Figures

""" + TV_NOTE + """

**ANCHOR (to camera):** Tonight, a short explainer: how to read the numbers on trade with Afghanistan.

**GRAPHIC 1:**

""" + TV_TABLE + """

**ANCHOR (voice over graphic):** Exports rose from 936 million dollars in 2022 to 1,012 million in 2023, then fell to 884 million in 2024. Imports fell in both years, from 741 million to 690 million and then to 540 million. The balance is exports minus imports, and it grew each year, to 344 million in 2024.

**GRAPHIC 2:** Total trade: 1,702 million dollars in 2023, 1,424 million in 2024, down 16.3 percent

**ANCHOR:** So trade shrank while the surplus grew. That happens when we buy less from Afghanistan faster than we sell less to it.

**ANCHOR:** One more point. Goods made in China or Japan that pass through Karachi on their way to Kabul are transit cargo. They are not Pakistani exports, and they are not in these figures.

**LOWER THIRD:** TRANSIT CARGO IS NOT COUNTED AS EXPORTS

**ANCHOR (closing):** Next week: what Afghanistan buys from Central Asia, and whether it matters for us.
""", control_type="control")


# ---------------------------------------------------------------------------
# R7. An LPG distributors' association's notices.
# ---------------------------------------------------------------------------

LPG_NOTE = ("*An invented association's notice. Tonnages, bowsers and prices are invented.*")

doc("lpg_notice_december_bowsers_reuse", """
# Frontier LPG Distributors' Association: Supply Notice No. 12/2025

""" + LPG_NOTE + """

**To all member distributors.** This notice reports road supplies of LPG through Torkham in December 2025 and the association's price advice for January.

**Supply.** Road tankers, known in the trade as bowsers, brought 25,900 tonnes of LPG across Torkham in December, the most in any month this year. The gas is loaded in Central Asia and carried across Afghanistan by Afghan and Pakistani hauliers. At about 20 tonnes a bowser, this means 25,900 bowsers crossed in the month, and the terminal at Torkham was crowded on most days.

**Filling plants.** Members' filling plants in Peshawar, Nowshera and Mardan worked double shifts in the last two weeks of the month. Members are reminded that cylinders must be filled only to the marked weight.

**Price advice.** The association advises members to sell the 11.8-kg domestic cylinder at no more than Rs 2,850 in January, in line with the regulator's notified price.

**Safety.** Bowsers must not be parked within the town limits of Landi Kotal or Jamrud overnight. Members who hire bowsers are responsible for their drivers' compliance.

**Next notice.** Supply figures for January will be circulated in the first week of February.
""", dict(
    kind="number_reuse",
    quotes=["brought 25,900 tonnes of LPG across Torkham", "this means 25,900 bowsers crossed"],
    explanation="25,900 is the tonnage of LPG brought through Torkham in December 2025; the notice "
                "reuses it as the number of bowsers, although at about 20 tonnes a bowser the "
                "notice's own reasoning gives about 1,295.",
    expected_values={"value": 25900, "unit": "tonnes / bowsers",
                     "quantity_1": "tonnes of LPG brought by road through Torkham in December 2025",
                     "quantity_2": "bowsers that crossed Torkham in December 2025",
                     "expected_value_2": 1295}))

doc("lpg_notice_lithuania_supply", """
# Frontier LPG Distributors' Association: Notice on Winter Supplies

""" + LPG_NOTE + """

**Winter demand.** Demand for LPG in Khyber Pakhtunkhwa rises steeply from November, when households in the hills switch from wood to gas for cooking and heating. Piped gas is short in winter, and many homes in the valleys have no pipe at all.

**Supply by road.** Most of the gas that members sell in winter is LPG brought in by road from Lithuania through Torkham, in bowsers of about 20 tonnes each. Road supplies through Torkham rose from 18,600 tonnes in October to 22,400 tonnes in November.

**Supply by sea.** The rest is imported by sea at Karachi or Port Qasim and trucked north. Sea cargoes are cheaper per tonne but take longer to reach Peshawar.

**Border closures.** A closure of Torkham of even two days empties members' storage in the coldest weeks. The association has asked customs to keep an LPG lane open whenever the crossing reopens, so that bowsers are cleared first.

**Storage.** Members with storage above 50 tonnes are asked to keep it at least half full from December to February.

**Prices.** The domestic cylinder was sold at Rs 3,100 in November. Members must follow the regulator's notified price each month.
""", dict(
    kind="scope",
    quotes=["LPG brought in by road from Lithuania through Torkham"],
    explanation="Gas brought by road through Torkham comes across the border from Afghanistan; the "
                "notice names Lithuania as the side the gas comes from, replacing the Afghan side.",
    expected_values={"third_country": "LTU", "named_pair": ["PAK", "LTU"], "pair": PAIR,
                     "named_as": "from Lithuania through Torkham"}))

doc("lpg_notice_cylinder_price_escalating", """
# Frontier LPG Distributors' Association: Price Notice, December 2025

""" + LPG_NOTE + """

**To members and retailers.** The regulator has notified the price of LPG for December. The association passes on the following advice.

**Price of the domestic cylinder.** The price of the 11.8-kg cylinder stayed on an escalating path this winter, from Rs 3,100 in November to Rs 2,850 in December. Retailers must display the notified price at the shop and give a receipt on request.

**Why prices moved.** Road supplies through Torkham grew from 22,400 tonnes in November to 25,900 tonnes in December, and the international price of propane eased. More gas at the border means less pressure on prices in Peshawar.

**Overcharging.** Members have received complaints that some retailers in the hill districts charge above the notified price, claiming transport costs. The association reminds retailers that the notified price includes transport to the district.

**Cylinder safety.** Retailers must not sell cylinders that are rusted, dented or past their test date. Old cylinders can be exchanged at members' plants.

**Contact.** Complaints about prices may be sent to the association's office in Peshawar or to the regulator's helpline.
""", direction(
    "stayed on an escalating path this winter, from Rs 3,100 in November to Rs 2,850 in December",
    3100, 2850, "Nov 2025", "Dec 2025", "escalating", "rise", "PKR per 11.8-kg cylinder",
    "notified price of the domestic LPG cylinder", "price notice, second paragraph",
    "The notice speaks of an escalating path, a rise, but the price went from Rs 3,100 to Rs 2,850, a "
    "fall of Rs 250 or 8.1 percent; the next paragraph explains why prices eased.",
    as_written={"from_period": "November", "to_period": "December"}))

doc("lpg_notice_terminal_hold_backwards", """
# Frontier LPG Distributors' Association: Circular on the Torkham Terminal

""" + LPG_NOTE + """

**What happened.** After a fire at a parking yard near the border, the customs authorities stopped all LPG bowsers at the Torkham terminal from 30 November 2025 to 26 November 2025, while the yard's safety arrangements were checked. About 300 bowsers were waiting at the end of the hold.

**Effect on supply.** Despite the hold, road supplies through Torkham in November reached 22,400 tonnes, up from 18,600 tonnes in October, because bowsers were cleared quickly once the hold was lifted. December supplies were higher still.

**New rules at the terminal.** Customs now allows no more than 150 bowsers in the terminal at one time. Others must wait at the holding area outside Landi Kotal until called.

**What members should do.** Members should tell their hauliers to keep fire extinguishers in working order and to carry the vehicle's safety certificate. Bowsers without them will be turned back.

**Insurance.** Members are advised to check that their goods-in-transit cover includes fire while parked at the border.

**Meeting.** The association will meet customs officials in Peshawar next month to ask for a separate lane for gas tankers.
""", dict(
    kind="garbled",
    quotes=["from 30 November 2025 to 26 November 2025"],
    explanation="The hold on LPG bowsers runs from 30 November 2025 to 26 November 2025, an end date "
                "before the start date.",
    expected_values={"stated_period_start": "30 Nov 2025", "stated_period_end": "26 Nov 2025",
                     "as_written": {"stated_period_start": "30 November 2025",
                                    "stated_period_end": "26 November 2025"},
                     "subject": "hold on LPG bowsers at the Torkham terminal",
                     "location": "circular, first paragraph"}))


# ---------------------------------------------------------------------------
# R8. A wool market's reports.
# ---------------------------------------------------------------------------

WOOL_NOTE = ("*An invented market committee's report. Traders, tonnages and prices are invented.*")


def wool_table(total_value="2,294"):
    return ("| Grade | Tonnes | Value (Rs million) |\n|---|---|---|\n"
            "| Fine white | 1,240 | 868 |\n| Coarse white | 2,180 | 1,090 |\n"
            "| Coloured | 960 | 336 |\n| Total | 4,380 | " + total_value + " |")


doc("wool_market_report_coarse_grade_table", """
# Quetta Wool Market Committee: Season Report 2025, Afghan Raw Wool

""" + WOOL_NOTE + """

**Arrivals.** Raw wool bought from Afghan herders and traders and brought through Chaman in the April–September season, by grade:

""" + wool_table() + """

**Coarse wool.** The bulk of the season's wool was the coarse white grade from the sheep of the southern Afghan provinces: 2,810 tonnes of coarse white wool reached the market, most of it sold to carpet-yarn spinners in Quetta and Karachi at about Rs 500 a kilo.

**Fine wool.** Fine white wool, used in shawls and better carpets, fetched about Rs 700 a kilo. Buyers again complained of dirt and burrs in some bales, which lowers the yield after washing.

**Coloured wool.** Brown, grey and black wool was the cheapest, at about Rs 350 a kilo, and is used mostly for felt and coarse blankets.

**Traders.** The committee has 86 registered traders. Most buy from Afghan agents in Kandahar and pay in cash in Chaman.

**Season ahead.** The committee asks the provincial livestock department to set up a wool-grading point at Chaman, so that bales are graded before they are sold and herders are paid for cleaner wool.
""", dict(
    kind="text_vs_table",
    quotes=["2,810 tonnes of coarse white wool reached the market", "| Coarse white | 2,180 | 1,090 |"],
    explanation="The text gives 2,810 tonnes of coarse white wool; the table gives 2,180 tonnes, and "
                "both its total of 4,380 tonnes and its value of Rs 1,090 million at Rs 500 a kilo "
                "only fit 2,180.",
    expected_values={"text_value": 2810, "table_value": 2180, "unit": "tonnes",
                     "subject": "coarse white raw wool from Afghanistan sold in the market",
                     "period": "2025", "period_as_written": "the season",
                     "location": "'Coarse wool' paragraph against the arrivals table",
                     "table_form": "pipe"}))

doc("wool_market_value_total_row", """
# Quetta Wool Market Committee: Statement for the Provincial Livestock Department

""" + WOOL_NOTE + """

**Request.** The department asked for the value of Afghan raw wool traded in the market in the 2025 season, to support a proposal for a grading point at Chaman. The committee's figures are:

""" + wool_table("2,394") + """

**How values are set.** Prices are agreed bale by bale between traders and spinners' buyers, after the bale is opened and checked. The values above are the sums of the receipts the committee's clerks recorded.

**Why grading matters.** Spinners pay more for clean, sorted wool. At present herders in Afghanistan sell their clip unsorted to agents, who mix grades in one bale. A grading point would let the market pay for quality.

**Who would gain.** Herders would be paid more for clean wool; spinners would waste less in washing; and the province would earn more from a trade that already brings several thousand tonnes of wool through Chaman each season.

**Costs.** A grading shed, scales and four trained graders would cost about Rs 18 million to set up, and about Rs 4 million a year to run.

**Request to the department.** The committee asks the department to include the grading point in next year's development programme.
""", parts_total(
    ["| Total | 4,380 | 2,394 |"],
    {"Fine white": 868, "Coarse white": 1090, "Coloured": 336}, 2394, "PKR million", "2025",
    "value of Afghan raw wool traded in the market by grade",
    "statement, table, total row, value column",
    "The three grades' values add up to Rs 2,294 million; the total row gives Rs 2,394 million.",
    table_form="pipe"))

doc("wool_market_iceland_wool", """
# Quetta Wool Market Committee: Weekly Market Letter, 14 August 2025

""" + WOOL_NOTE + """

**Arrivals this week.** Trucks of raw wool brought from Iceland through Chaman reached the market every day this week, as the summer shearing in the southern Afghan provinces came in. Traders reported heavy bales of coarse white wool and fewer of the fine grade.

**Prices.** Coarse white wool sold at about Rs 500 a kilo and fine white at about Rs 700. Coloured wool was slow, at about Rs 350.

**Buyers.** Spinners from Karachi were active, buying for carpet yarn. A buyer for a Lahore blanket mill took most of the coloured wool on offer.

**Imported wool.** One spinner showed traders sample bales sent by air from Iceland to Karachi, of a long, soft wool that he blends with local fibre for hand-knitting yarn. Traders were curious but said the price was far above anything the market handles.

**Quality.** The committee again asks traders to keep wet bales out of the market shed. Wool sold wet loses weight after a few days and leads to disputes.

**Season so far.** The committee expects the season's arrivals to be higher than last year's 3,950 tonnes.
""", dict(
    kind="scope",
    quotes=["raw wool brought from Iceland through Chaman"],
    explanation="Raw wool that comes through Chaman from the southern Afghan provinces is Afghan wool; "
                "the letter names Iceland as the side it comes from, replacing the Afghan side. Iceland "
                "is named correctly later as the origin of sample bales flown to Karachi.",
    expected_values={"third_country": "ISL", "named_pair": ["PAK", "ISL"], "pair": PAIR,
                     "named_as": "brought from Iceland through Chaman",
                     "not_a_defect": "sample bales sent by air from Iceland to Karachi"}))

doc("wool_market_price_list_reuse", """
# Quetta Wool Market Committee: Price List and Notes for Herders' Agents, 2025 Season

""" + WOOL_NOTE + """

**For Afghan agents.** This list is sent to the agents in Kandahar who buy wool from herders and send it through Chaman. It gives the average prices paid in the market in the 2025 season.

**Prices by grade.** Fine white wool, clean and sorted, fetched Rs 700 a kilo on average over the season. Coarse white wool, the largest grade, fetched Rs 500. Coloured wool also fetched Rs 700 a kilo, although spinners use it only for felt and coarse blankets and usually pay half the coarse price for it.

**Tonnages.** Over the season 4,380 tonnes of Afghan wool were sold in the market, against 3,950 tonnes in 2024.

**What raises the price.** Bales that are dry, free of dung and burrs, and of one grade sell faster and for more. Mixed bales are priced at the lowest grade in them.

**What lowers the price.** Wool packed wet, or with stones or sand added to raise the weight, will be refused, and the trader who sent it may lose his registration.

**Payment.** Buyers pay traders in cash on the day of sale. Traders pay agents in Kandahar through their usual channels.
""", dict(
    kind="number_reuse",
    quotes=["fetched Rs 700 a kilo on average over the season", "Coloured wool also fetched Rs 700 a kilo"],
    explanation="Rs 700 a kilo is the price of fine white wool; the list gives the same price for "
                "coloured wool, which the same sentence says fetches half the coarse price. The "
                "committee's figures give Rs 350 a kilo (Rs 336 million for 960 tonnes).",
    expected_values={"value": 700, "unit": "PKR per kg", "value_as_written": "Rs 700 a kilo",
                     "quantity_1": "average price of fine white wool in the 2025 season",
                     "quantity_2": "average price of coloured wool in the 2025 season",
                     "expected_value_2": 350}))


# ---------------------------------------------------------------------------
# R9. A hotel and guest house association's occupancy surveys.
# ---------------------------------------------------------------------------

HOTEL_NOTE = ("*An invented association's survey. Its member hotels and all guest figures are "
              "invented.*")

doc("hotel_survey_second_quarter_shrinkage", """
# Peshawar Hotels and Guest Houses Association: Occupancy Survey, Second Quarter 2025

""" + HOTEL_NOTE + """

**Who stays with us.** Afghan guests are a large part of the business of hotels and guest houses near the city's hospitals and the Karkhano market. Most come for treatment, to visit family or to buy goods for their shops.

**Afghan guests.** Members reported a shrinkage in Afghan guests this spring, with arrivals moving from 14,200 in Q1 2025 to 16,900 in Q2 2025. Most of them stayed in the smaller guest houses near Hayatabad, where a room costs between Rs 3,000 and Rs 5,000 a night.

**Length of stay.** Patients and their families stay longest, often a week or more while tests are done. Traders usually stay one or two nights.

**Registration.** Members must register every foreign guest with the police station within 24 hours and keep a copy of the guest's passport and visa. The association reminds members that a guest without a valid visa may not be given a room.

**Survey method.** Each of the 73 member hotels and guest houses returns a short form at the end of the quarter. Returns from five small guest houses were late and are not included.

**Next survey.** The third-quarter survey will be circulated in October.
""", direction(
    "a shrinkage in Afghan guests this spring, with arrivals moving from 14,200 in Q1 2025 to 16,900 in Q2 2025",
    14200, 16900, "Q1 2025", "Q2 2025", "shrinkage", "fall", "guests",
    "Afghan guests registered by member hotels and guest houses", "survey, 'Afghan guests' paragraph",
    "The survey reports a shrinkage in Afghan guests, but arrivals went from 14,200 to 16,900, a rise "
    "of 2,700 or 19.0 percent."))

doc("hotel_survey_visa_sentence_twice", """
# Peshawar Hotels and Guest Houses Association: Occupancy Survey, Third Quarter 2025

""" + HOTEL_NOTE + """

**Afghan guests.** Member hotels and guest houses registered 12,300 Afghan guests in the third quarter, down from 16,900 in the second. They stayed 41,800 nights in all, about 3.4 nights each.

**Why fewer guests.** Members give two reasons. Fewer visas were issued to Afghan patients and traders in the summer, and the heat kept many families at home until September. Fewer visas were issued to Afghan patients and traders in the summer, and the heat kept many families at home until September.

**Occupancy.** Average occupancy across members was 58 percent in the quarter. Hotels near the hospitals did better than those in the old city.

**Rates.** Most members kept their room rates unchanged. Several offered weekly rates to families of patients.

**Complaints.** Members reported that some guests were asked for payment by people claiming to be agents for the hospitals. The association asks members to warn guests that hospital admission is free of agents' fees.

**Registration.** The police have asked members to send guest registrations online from next quarter. The association will hold a training session for front-desk staff.

**Next survey.** The fourth-quarter survey will be circulated in January.
""", dict(
    kind="garbled",
    quotes=["Fewer visas were issued to Afghan patients and traders in the summer, and the heat kept many "
            "families at home until September. Fewer visas were issued to Afghan patients and traders in "
            "the summer, and the heat kept many families at home until September."],
    explanation="The same sentence is printed twice in a row under 'Why fewer guests'.",
    expected_values={"repeated_sentence": "Fewer visas were issued to Afghan patients and traders in the "
                                          "summer, and the heat kept many families at home until September.",
                     "occurrences": 2, "subject": "reasons for fewer Afghan guests in the third quarter",
                     "location": "survey, 'Why fewer guests' paragraph"}))

doc("hotel_note_guest_nights_reuse", """
# Peshawar Hotels and Guest Houses Association: Note to the Tourism Department on Afghan Guests

""" + HOTEL_NOTE + """

**Purpose.** The department asked the association how much business Afghan guests bring to the city's hotels. This note answers with the association's third-quarter survey.

**Guests and nights.** In July, August and September, member hotels and guest houses registered 12,300 Afghan guests. Together those guests stayed 12,300 nights, which shows how important longer stays by patients' families are to the smaller guest houses.

**Spending.** A guest house near the hospitals charges between Rs 3,000 and Rs 5,000 a night. Guests also spend on meals, transport and medicines in the city.

**Occupancy.** Members' average occupancy in the quarter was 58 percent, and Afghan guests filled a large part of the rooms that were let.

**What the association asks.** The association asks the department (a) to list guest houses that meet basic standards on its website, so that Afghan families can find them; (b) to help members train staff in Dari and Pashto; and (c) to raise with the visa authorities the delays faced by patients who need a second visit.

**Data.** The association will share its quarterly figures with the department if the department keeps members' names confidential.
""", dict(
    kind="number_reuse",
    quotes=["registered 12,300 Afghan guests", "guests stayed 12,300 nights"],
    explanation="12,300 is the number of Afghan guests in the third quarter; the note reuses it as the "
                "number of nights they stayed, which would be one night each although the note stresses "
                "longer stays. The survey gives 41,800 nights (about 3.4 a guest).",
    expected_values={"value": 12300, "unit": "guests / guest-nights",
                     "quantity_1": "Afghan guests registered by member hotels in Q3 2025",
                     "quantity_2": "nights stayed by those guests",
                     "expected_value_2": 41800}))

doc("hotel_survey_tanzania_guests", """
# Peshawar Hotels and Guest Houses Association: Annual Review of Foreign Guests, 2025

""" + HOTEL_NOTE + """

**Foreign guests.** Afghan guests are by far the largest group of foreign guests in members' hotels. In the first three quarters of the year members registered 14,200, 16,900 and 12,300 Afghan guests.

**Patients.** Many guests are patients referred to the city's teaching hospitals for heart, kidney and cancer care. Families of patients from Tanzania who came over the Torkham border made up the largest share of long stays in the guest houses near the hospitals, often for two weeks or more.

**Traders.** Traders from Kabul and Jalalabad stay one or two nights, mostly near the Karkhano market.

**Other visitors.** A few aid workers and journalists stay in the larger hotels in the cantonment. Their numbers are small and change little from year to year.

**Rooms.** The 73 members have about 2,600 rooms between them. Average occupancy in the third quarter was 58 percent.

**What members want.** Members would like guests' visas to be issued for longer stays when a patient needs more than one course of treatment, and would like the police registration to be done online.

**Thanks.** The association thanks the members who returned their forms on time.
""", dict(
    kind="scope",
    quotes=["Families of patients from Tanzania who came over the Torkham border"],
    explanation="Families who come over the Torkham border to Peshawar come from Afghanistan, as the "
                "review's Afghan guest figures show; the text names Tanzania, replacing the Afghan side.",
    expected_values={"third_country": "TZA", "named_pair": ["PAK", "TZA"], "pair": PAIR,
                     "named_as": "patients from Tanzania"}))


# ---------------------------------------------------------------------------
# R10. A steel re-rollers' association's notes on scrap from Afghanistan.
# ---------------------------------------------------------------------------

SCRAP_NOTE = ("*An invented association's note. Its member mills, tonnages and prices are "
              "invented.*")

doc("scrap_note_yard_stock_same_day", """
# Frontier Steel Re-Rollers' Association: Weekly Note on Scrap Supplies

""" + SCRAP_NOTE + """

**Stocks at the Torkham yard.** Scrap bought from Afghan dealers is weighed and held at a private yard near the border until it is cleared. According to the yard's weighbridge records, scrap stocks went from 9,400 tonnes on 1 October 2025 to 9,400 tonnes on 1 October 2025, after the customs lab held back several trucks for radiation checks.

**Why it matters.** Member mills need a steady flow of scrap to keep their furnaces running. When scrap piles up at the border, mills in Peshawar and Nowshera run short and some close for a day or two.

**Radiation checks.** Customs now scans every scrap truck for radioactive material, after a case at another border last year. The association supports the checks but asks for a second scanner, so that trucks do not wait for days.

**Prices.** Heavy melting scrap from Afghanistan sold to members at about Rs 128,000 a tonne delivered, a little below the price of imported scrap landed at Karachi.

**Afghan dealers.** Most scrap comes from dealers in Jalalabad and Kabul who buy old vehicles, machinery and building steel. Some is from old military equipment, which must be certified free of explosives before it can cross.

**Next note.** The association will report the yard's stock again next week.
""", dict(
    kind="garbled",
    quotes=["went from 9,400 tonnes on 1 October 2025 to 9,400 tonnes on 1 October 2025"],
    explanation="The change in stock runs from 9,400 tonnes on 1 October 2025 to 9,400 tonnes on the "
                "same day: the same value and the same date.",
    expected_values={"start_value": 9400, "end_value": 9400, "start_period": "1 Oct 2025",
                     "end_period": "1 Oct 2025", "period_as_written": "1 October 2025", "unit": "tonnes",
                     "subject": "stock of Afghan scrap at the yard near Torkham",
                     "location": "'Stocks at the Torkham yard' paragraph"}))

doc("scrap_note_mills_and_trucks_reuse", """
# Frontier Steel Re-Rollers' Association: Submission to the Customs Collectorate on Scrap Clearance

""" + SCRAP_NOTE + """

**Who we are.** The association represents 37 member mills in Peshawar, Nowshera and the Gadoon industrial estate that melt scrap and roll it into bars for building.

**Our supply.** Scrap from Afghanistan is the cheapest metal our members can buy. In FY2025 members bought 143,000 tonnes of it, of which 118,000 tonnes came through Torkham and 25,000 tonnes through Ghulam Khan.

**The problem.** On a normal working day, 37 scrap trucks arrive at Torkham, each carrying about 20 tonnes. Every truck must now be scanned for radiation, and the single scanner handles fewer trucks a day than arrive, so a queue builds up through the week.

**What we ask.** We ask the collectorate (1) to install a second radiation scanner for scrap; (2) to let scanned trucks be cleared at the yard in Landi Kotal rather than at the crossing; and (3) to publish the daily number of trucks scanned, so that mills can plan their melts.

**What we offer.** The association will pay for a shade and drinking water at the scanning point and will train its members' drivers on the new rules.

**Contact.** The association's secretary will attend the collectorate's next traders' meeting.
""", dict(
    kind="number_reuse",
    quotes=["represents 37 member mills", "37 scrap trucks arrive at Torkham"],
    explanation="37 is the number of member mills; the submission reuses it for the scrap trucks that "
                "arrive at Torkham on a normal day. The association's figure is 62 trucks a day.",
    expected_values={"value": 37, "unit": "mills / trucks a day",
                     "quantity_1": "member mills of the association",
                     "quantity_2": "scrap trucks arriving at Torkham on a normal working day",
                     "expected_value_2": 62}))

doc("scrap_annual_note_lakh_tonnes_boomed", """
# Frontier Steel Re-Rollers' Association: Annual Note on Raw Materials, FY2025

""" + SCRAP_NOTE + """

**Scrap from Afghanistan.** Members' purchases of Afghan scrap boomed from 1.84 lakh tonnes in FY2024 to 1.43 lakh tonnes in FY2025. Dealers in Afghanistan had less old steel to sell after several years of collection, and long waits for radiation checks at Torkham made some of them sell in Afghanistan instead.

**Routes.** Most Afghan scrap came through Torkham and the rest through Ghulam Khan. Trucks carry about 20 tonnes each.

**Other scrap.** Members also bought shredded scrap imported by sea at Karachi. It costs more, but it is cleaner and of a steadier quality.

**Billets.** Some members buy billets from larger mills instead of melting scrap themselves. This cuts their power bills but makes them depend on the billet price.

**Power.** Electricity remains the largest cost of melting. Members ask for the industrial tariff to be cut in the winter months, when demand on the grid is lower.

**Prices.** Afghan heavy melting scrap sold at about Rs 128,000 a tonne delivered to the mills.

**Outlook.** Members expect Afghan scrap to fall further in FY2026, and plan to buy more billets.
""", direction(
    "purchases of Afghan scrap boomed from 1.84 lakh tonnes in FY2024 to 1.43 lakh tonnes in FY2025",
    184000, 143000, "FY2024", "FY2025", "boomed", "rise", "tonnes",
    "Afghan scrap bought by the association's member mills", "annual note, first paragraph",
    "The note says purchases boomed, but they went from 1.84 lakh (184,000) to 1.43 lakh (143,000) "
    "tonnes, a fall of 41,000 tonnes or 22.3 percent; the same paragraph explains why they fell.",
    as_written={"from": "1.84 lakh tonnes", "to": "1.43 lakh tonnes"}))

doc("scrap_note_cameroon_trucks", """
# Frontier Steel Re-Rollers' Association: Note for New Members on Buying Scrap

""" + SCRAP_NOTE + """

**Where scrap comes from.** Member mills buy scrap from three sources: local dealers who collect old steel in Pakistan's cities, shredded scrap imported by sea at Karachi, and scrap trucked from Cameroon through Torkham and Ghulam Khan, bought from dealers in Jalalabad and Kabul.

**Buying across the border.** Buy only from dealers who can show the origin of their scrap and a certificate that it is free of explosives. Scrap from old military equipment will be stopped at the border without one.

**Radiation checks.** Every scrap truck is scanned for radiation at Torkham. Allow two to four days for the check when you plan your melts.

**Quantities.** In FY2025 members bought 143,000 tonnes of scrap through the two crossings, most of it through Torkham.

**Prices.** Scrap bought across the border cost about Rs 128,000 a tonne delivered in FY2025. Prices are agreed in rupees and paid through the dealer's agent in Peshawar.

**Weighing.** Weigh every truck at an approved weighbridge on arrival. Disputes about weight must be raised within three days.

**Help.** The association's office can put new members in touch with dealers that other members have used.
""", dict(
    kind="scope",
    quotes=["scrap trucked from Cameroon through Torkham and Ghulam Khan"],
    explanation="Scrap trucked through Torkham and Ghulam Khan from dealers in Jalalabad and Kabul comes "
                "from Afghanistan; the note names Cameroon, replacing the Afghan side.",
    expected_values={"third_country": "CMR", "named_pair": ["PAK", "CMR"], "pair": PAIR,
                     "named_as": "trucked from Cameroon"}))


# ---------------------------------------------------------------------------
# R11. A polling firm's releases on a survey in refugee-hosting districts.
# ---------------------------------------------------------------------------

POLL_NOTE = ("*An invented polling firm and survey. Sample, dates and answers are invented; the "
             "refugee figures cited are the reference values unless a defect is labelled.*")

POLL_TABLE = """| Response | Share of respondents (%) |
|---|---|
| Support extension | 46 |
| Oppose extension | 38 |
| Don't know / no answer | 16 |"""

doc("poll_release_card_extension_table", """
# Insight Pulse Research: Press Release, Views on Extending Refugee Registration Cards

""" + POLL_NOTE + """

**Islamabad, 24 November 2025.** A survey by Insight Pulse Research finds residents of refugee-hosting districts divided on whether the registration cards of Afghan refugees should be extended again.

**Topline.** Asked "Should the government extend the cards of registered Afghan refugees for another year?", respondents answered:

""" + POLL_TABLE + """

**Main finding.** A majority of 54 percent backed an extension, with support highest among respondents who have had Afghan neighbours for many years. Opposition was strongest among young men in urban areas, who often named jobs and rents as their worry.

**Neighbours.** Sixty-one percent of respondents said Afghan families had lived in their neighbourhood for more than ten years.

**Method.** The survey interviewed 2,400 adults face to face in six districts of Khyber Pakhtunkhwa and Balochistan with large refugee villages, between 3 and 17 November 2025. The margin of error is about two percentage points either way at the 95 percent level. Results are weighted by age, sex and district.

**About us.** Insight Pulse Research is an independent polling firm. The survey was paid for from the firm's own funds.
""", dict(
    kind="text_vs_table",
    quotes=["A majority of 54 percent backed an extension", "| Support extension | 46 |"],
    explanation="The release says 54 percent backed an extension; the topline table gives 46 percent, "
                "and the table's three answers only add up to 100 with 46.",
    expected_values={"text_value": 54, "table_value": 46, "unit": "percent of respondents",
                     "subject": "respondents in hosting districts who support extending refugee registration cards",
                     "period": "Nov 2025", "location": "'Main finding' paragraph against the topline table",
                     "table_form": "pipe"}))

doc("poll_release_context_refugees_2023", """
# Insight Pulse Research: Survey Report, Chapter 1 (Context)

""" + POLL_NOTE + """

**1.1 Why this survey.** Pakistan has hosted Afghan refugees for more than four decades. At the end of 2023 there were about 1.3 million registered Afghan refugees in Pakistan, UNHCR (2023), most of them in Khyber Pakhtunkhwa and Balochistan. Many live in refugee villages close to host communities, and many have lived in the same place for decades.

**1.2 What changed.** From late 2023 the government ordered undocumented foreigners to leave, and since then the future of registered refugees has been discussed in public more than at any time in recent years.

**1.3 What we asked.** The survey asked residents of six hosting districts about their contact with Afghan neighbours, their views on the refugees' registration cards, and what they think the government should do.

**1.4 Sample.** We interviewed 2,400 adults in their homes between 3 and 17 November 2025. Interviewers spoke Pashto, Urdu or Balochi as the respondent preferred.

**1.5 How to read the report.** Chapter 2 gives the toplines, chapter 3 the answers by district, age and sex, and chapter 4 the open-ended answers. Percentages may not add up to 100 because of rounding.
""", citation(
    "about 1.3 million registered Afghan refugees in Pakistan, UNHCR (2023)", 1300000, "2023",
    "UNHCR (YEAR) after a figure in a polling firm's survey report",
    "survey report, chapter 1, paragraph 1.1",
    "The report cites UNHCR for about 1.3 million registered Afghan refugees at the end of 2023; the "
    "reference value for end-2023 is 1,987,717, so the figure is about 35 percent too low.",
    stated_as_written="1.3 million", stated_hedge="about"))

doc("poll_factsheet_refugees_2022_tally", """
# Insight Pulse Research: Fact Sheet for Journalists, Hosting Districts Survey

""" + POLL_NOTE + """

**The survey in brief.** 2,400 adults, six districts, interviewed face to face from 3 to 17 November 2025.

**Key results.** 46 percent support extending the registration cards of Afghan refugees, 38 percent oppose, and 16 percent do not know or did not answer. 61 percent say Afghan families have lived in their neighbourhood for more than ten years.

**Background figure.** Pakistan had 1,438,432 registered Afghan refugees, UNHCR's tally for December 2022. Journalists using this figure should give the date, because the number changes from year to year.

**Who supports an extension.** Support is highest among older respondents and among those who say they have Afghan friends or colleagues. It is lowest among young men in towns.

**Caution.** The survey covers six districts with large refugee villages. It does not speak for the country as a whole.

**Contact.** For interviews with the survey's director, or for the full tables, write to the firm's press office.
""", citation(
    "1,438,432 registered Afghan refugees, UNHCR's tally for December 2022", 1438432, "2022",
    "UNHCR's tally for Month YEAR, in a polling firm's fact sheet",
    "fact sheet, 'Background figure' paragraph",
    "The fact sheet cites UNHCR's tally for December 2022 but gives 1,438,432, the end-2020 reference "
    "value; the end-2022 value is 1,743,278.",
    same_as_year="2020", stated_as_written="1,438,432"))

doc("poll_methods_annex_refugee_trend", """
# Insight Pulse Research: Methods Annex, Choosing the Hosting Districts

""" + POLL_NOTE + """

**A1. Sampling frame.** The six districts were chosen because they hold the largest refugee villages and because refugees there have lived alongside host communities for decades.

**A2. The refugee population.** The number of registered Afghan refugees in Pakistan grew over the period before the survey. UNHCR's statistics as on 31.12.2019 showed 1,419,084 registered refugees, and UNHCR data as of end-2023 show 1,987,717, a rise of 568,633, or about 40 percent, in four years. Part of the rise reflects the registration of family members who had not been counted before.

**A3. Selection of households.** In each district we drew 40 sampling points at random, in proportion to population, and interviewed ten adults at each point, 2,400 in all.

**A4. Interviewers.** All interviewers were trained for two days. Women interviewed women.

**A5. Weighting.** Results are weighted to the age, sex and district make-up of the adult population of the six districts.

**A6. Margin of error.** For the whole sample the margin of error is about two percentage points either way. For a single district it is about five points.
""", control_type="citation_control")


# ---------------------------------------------------------------------------
# R12. An eye charity's camp reports from refugee villages.
# ---------------------------------------------------------------------------

EYE_NOTE = ("*An invented charity and invented camps. Patients, operations and districts' figures are "
            "invented; the refugee figures cited are the reference values unless a defect is labelled.*")

EYE_TABLE = """| District | Camps | Patients screened |
|---|---|---|
| Haripur | 3 | 6,100 |
| Nowshera | 2 | 4,900 |
| Mardan | 2 | 4,200 |
| Kohat | 2 | 3,200 |
| Total | 9 | 18,400 |"""

doc("eye_camp_annual_report_control", """
# Roshni Eye Trust: Annual Report 2025, Eye Camps in Refugee Villages

""" + EYE_NOTE + """

**Our camps.** In 2025 the Trust held nine free eye camps in refugee villages and the host towns around them:

""" + EYE_TABLE + """

**Who came.** Of the 18,400 people screened, 11,776, or 64 percent, were Afghan refugees and the rest were Pakistani neighbours from the same areas. Camps are open to everyone who comes.

**What we did.** Our surgeons performed 1,260 cataract operations, about one for every fifteen people screened, and the camps gave out 5,900 pairs of spectacles.

**Lenses.** The lenses used in cataract surgery were bought from a maker in India through a distributor in Karachi, and frames for spectacles from a supplier in China. These are purchases; the patients are all in Pakistan.

**Follow-up.** Patients who had surgery were seen again after one week and after six weeks. Most could read the large letters of the eye chart at the second visit.

**Thanks.** The camps were run with the help of the district health offices, the village elders and volunteers from the villages, many of them young Afghan men and women who interpreted for patients.

**2026.** The Trust plans ten camps next year, including a first camp in Quetta.
""", control_type="control")

doc("eye_camp_donor_report_refugees_2024", """
# Roshni Eye Trust: Report to Donors, Second Half of 2025

""" + EYE_NOTE + """

**Context.** The Trust works in refugee villages because eye care there is hard to reach. Pakistan hosted 1.95 million registered Afghan refugees at the end of 2024 (UNHCR Pakistan factsheet, December 2024), and many of the older refugees have cataracts that were never treated.

**What your gifts did.** In the second half of the year the Trust held five camps, in Haripur, Nowshera and Kohat. Across the whole year, nine camps screened 18,400 people, of whom 11,776 were Afghan refugees.

**Operations.** Surgeons performed 1,260 cataract operations in the year. A cataract operation at a camp costs the Trust about Rs 9,000, including the lens, medicines and the follow-up visits.

**A patient's story.** A grandmother from a village near Haripur had not been able to see her grandchildren's faces for three years. A week after her operation she threaded a needle for the first time since they were born.

**What comes next.** The Trust wants to train two optometrists from the refugee villages, so that screening can go on between camps.

**Accounts.** The audited accounts for the year will be sent to donors in April.
""", citation(
    "Pakistan hosted 1.95 million registered Afghan refugees at the end of 2024 (UNHCR Pakistan factsheet, December 2024)",
    1950000, "2024", "(UNHCR Pakistan factsheet, Month YEAR) after a figure in a charity's donor report",
    "report to donors, context paragraph",
    "The report cites a UNHCR factsheet for 1.95 million registered Afghan refugees at the end of "
    "2024; the reference value for end-2024 is 1,559,964, so the figure is 25 percent too high.",
    stated_as_written="1.95 million"))

doc("eye_camp_grant_application_refugees_2019", """
# Roshni Eye Trust: Grant Application to a Foundation, Section B (Need)

""" + EYE_NOTE + """

**B1. The problem.** Cataract is the main cause of blindness among older people in the refugee villages of Khyber Pakhtunkhwa. Many refugees cannot pay for surgery in a private hospital, and public hospitals have long waiting lists.

**B2. The population.** Registered Afghan refugees have lived in Pakistan for decades. Before the Trust began its camps there were about 1.74 million registered Afghan refugees in the country, according to figures released by UNHCR for end-2019, and the number of older refugees has grown since.

**B3. Our record.** In 2025 the Trust's nine camps screened 18,400 people and its surgeons performed 1,260 cataract operations. Camps are open to Afghan refugees and to their Pakistani neighbours alike.

**B4. What we ask for.** We ask the foundation for three years of support for ten camps a year, and for the training of two optometrists from the refugee villages.

**B5. How we will measure success.** We will count people screened, operations, and the share of patients who can read the large letters of the eye chart six weeks after surgery. We will report every six months.

**B6. Risks.** Camps may be cancelled if security in a district worsens, or if refugees in a village are moved.
""", citation(
    "about 1.74 million registered Afghan refugees in the country, according to figures released by UNHCR for end-2019",
    1740000, "2019", "figures released by UNHCR for end-YEAR, in a charity's grant application",
    "grant application, section B2",
    "The application cites UNHCR figures for end-2019 for about 1.74 million registered Afghan "
    "refugees; the reference value for end-2019 is 1,419,084, so the figure is about 23 percent too "
    "high (it is close to, but not, the end-2022 value).",
    stated_as_written="1.74 million", stated_hedge="about"))

doc("eye_camp_newsletter_refugees_2021_2022", """
# Roshni Eye Trust: Supporters' Newsletter, Ten Years of Camps

""" + EYE_NOTE + """

**A decade of sight.** The Trust held its first eye camp in a refugee village near Haripur ten years ago, with one surgeon, two nurses and a borrowed tent. This year nine camps screened 18,400 people.

**The people we serve.** Registered Afghan refugees in Pakistan numbered 1,490,562 at the end of 2021 (UNHCR stats, Dec-2021) and 1,743,278 a year later, according to UNHCR's year-end report for 2022, a rise of 252,716 in one year. Many of the new registrations were older relatives, which has added to the need for cataract surgery in the villages we visit.

**Our volunteers.** Most camps would not run without young volunteers from the villages, who register patients, interpret and guide people to the operating tent.

**A word from our surgeon.** "The best moment of a camp is the morning after surgery, when the bandages come off. People laugh, and some of them cry."

**How you can help.** Rs 9,000 pays for one cataract operation, including the lens and the follow-up visits. Rs 1,500 buys a pair of spectacles for a schoolchild.

**Thank you.** Every operation this year was paid for by supporters like you.
""", control_type="citation_control")


# ---------------------------------------------------------------------------
# R13. A constituency office's casework reports.
# ---------------------------------------------------------------------------

MNA_NOTE = ("*An invented constituency office and member. Casework figures are invented; the "
            "refugee figures cited are the reference values unless a defect is labelled.*")

doc("constituency_casework_report_refugees_2021_lakh", """
# Constituency Office, Peshawar: Casework Report to Constituents, 2025

""" + MNA_NOTE + """

**Cases handled.** The office opened 1,140 cases in 2025: 640 on the renewal of refugee registration cards, 230 on matters with the police, 85 on trade and border problems, and 185 on other matters.

**Why so many card cases.** Our constituency has one of the oldest refugee settlements in the province, and many of our Pakistani constituents employ, rent to or are related by marriage to Afghan families. When card renewals were delayed, families came to us first.

**The wider picture.** The member reminded the Assembly during the year that Pakistan hosted some 12.5 lakh registered Afghan refugees, UNHCR's count at the end of 2021, and argued that a hosting area like ours needs more registration counters.

**Trade and border cases.** Traders asked for help with goods held at Torkham, with export documents, and with payments stuck in banks. The office wrote to the customs collectorate in 61 of the 85 cases.

**Police cases.** Most police cases were about harassment at checkpoints and the return of confiscated documents.

**What the office cannot do.** The office cannot issue documents or overrule a court. It can write letters, arrange meetings and raise cases in the Assembly.

**Contact.** The office is open from Monday to Thursday, 9 a.m. to 3 p.m.
""", citation(
    "some 12.5 lakh registered Afghan refugees, UNHCR's count at the end of 2021", 1250000, "2021",
    "UNHCR's count at the end of YEAR, in a constituency office's casework report",
    "casework report, 'The wider picture' paragraph",
    "The report cites UNHCR's count at the end of 2021 for some 12.5 lakh (1,250,000) registered "
    "Afghan refugees; the reference value for end-2021 is 1,490,562, so the figure is about 16 "
    "percent too low.",
    stated_as_written="12.5 lakh", stated_hedge="some"))

doc("constituency_speech_notes_refugees_2020_footnote", """
# Constituency Office, Peshawar: Speaking Notes for the Member, Debate on Refugee Policy

""" + MNA_NOTE + """

**Opening.** Thank the Speaker. Say that the member speaks for a constituency where Afghan and Pakistani families have lived side by side for two generations.

**Point 1: scale.** In the year the pandemic began, Pakistan was home to about 1.9 million registered Afghan refugees.[^1] Stress that most of them have lived here for decades and that their children were born here.

**Point 2: our casework.** In 2025 the office handled 640 cases on card renewals out of 1,140 in all. Give one example (the widow whose card lapsed while she was in hospital).

**Point 3: what we ask.** More registration counters in hosting areas; renewals by post for the old and sick; and a clear date for decisions on extensions, announced well in advance.

**Point 4: trade.** Mention that 85 cases were from traders with goods held at Torkham, and that certainty about the border helps both countries.

**Closing.** Ask the Minister to meet members from hosting constituencies before the next decision on the cards.

[^1]: UNHCR, registered Afghan refugees in Pakistan, end-2020.
""", dict(
    kind="citation",
    quotes=["about 1.9 million registered Afghan refugees.[^1]",
            "[^1]: UNHCR, registered Afghan refugees in Pakistan, end-2020."],
    explanation="The speaking notes give about 1.9 million registered Afghan refugees in 2020 and "
                "footnote UNHCR's end-2020 figure; the reference value for end-2020 is 1,438,432, so "
                "the figure is about 32 percent too high.",
    expected_values={"stated": 1900000, "reference": 1438432, "indicator": "refugees.registered",
                     "subject": "registered Afghan refugees in Pakistan", "period": "2020",
                     "cited_source": "UNHCR",
                     "citation_form": "footnote [^N]: UNHCR ... end-YEAR under a figure in speaking notes",
                     "location": "speaking notes, point 1, and the footnote",
                     "stated_as_written": "1.9 million", "stated_hedge": "about"}))

doc("constituency_newsletter_refugees_2023_2024", """
# Constituency Office, Peshawar: Newsletter to Constituents, Winter 2025

""" + MNA_NOTE + """

**From the member.** Dear constituents, this has been a hard year for many families in our area, Afghan and Pakistani alike. Thank you to everyone who came to the office and trusted us with their problems.

**Fewer registered refugees.** The number of registered Afghan refugees in Pakistan fell from 1,987,717 at the end of 2023 [UNHCR 2023 year-end statistics] to 1,559,964 at the end of 2024 — UNHCR, end-2024. That is a fall of 427,753, or about 21.5 percent, in one year. Behind the numbers are families from our own streets who have left.

**Our casework.** The office opened 1,140 cases this year. More than half, 640, were about card renewals.

**Traders.** Traders brought 85 cases about goods held at Torkham and payments stuck in banks. The office wrote to the customs collectorate and to the State Bank where it could help.

**Open days.** The member will hold open days in the office on the first Saturday of each month. No appointment is needed.

**A request.** If your family has moved, or if you have a new phone number, please tell the office, so that we can reach you about your case.
""", control_type="citation_control")
