# Twenty-second held-out set of synthetic documents ("heldout22").  Written
# from scratch after heldout21/, by a labeller session that had not opened
# dyad's implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout22.py), text,
# labels (list of defect dicts), control_type for controls.
# Registers not used before: a padlock makers' association's papers on Afghan
# hardware dealers; an umbrella maker's papers on Afghan wholesalers; a prayer
# mat weavers' cooperative; a candle maker's papers; a chocolate maker's
# papers; a cookware (pressure cooker) makers' association's papers (with the
# annual trade series); a henna packer's papers; a school for deaf children;
# a literacy centre for Afghan refugee women; and a refugee youth chess club.
#
# Invented figures shared with earlier sets: annual trade series (README:
# exports 936 / 1,012 / 884 and imports 741 / 690 / 540 for 2022-2024,
# balances 195 / 322 / 344, totals 1,677 / 1,702 / 1,424); reference refugee
# series (1,419,084 / 1,438,432 / 1,490,562 / 1,743,278 / 1,987,717 /
# 1,559,964 for 2019-2024).
#
# New invented figures, consistent with the above:
#   Sheikhupura Lock Makers' Association (invented, 72 workshops, 26 selling
#     to Afghan buyers through 35 hardware dealers), padlocks, thousand
#     pieces, 2024 / 2025: brass 186 / 214, iron 240 / 226, laminated steel
#     152 / 188, combination 42 / 52, total 620 / 680 (rise 60, 9.7 percent;
#     brass 31.5 percent of 2025; laminated steel up 36 or 23.7 percent; iron
#     down 14 or 5.8 percent); 2025 worth about Rs 38 crore (about Rs 560 a
#     lock); springs and key blanks from China.
#   Saya Umbrellas, Karachi (invented): umbrellas to Afghan wholesalers,
#     thousand / Rs million, 2025: Q1 38 / 22.8 (rain 30, sun 8), Q2 64 /
#     38.4 (rain 41, sun 23), Q3 71 / 42.6 (rain 19, sun 52), Q4 27 / 16.2
#     (rain 22, sun 5), total 200 / 120.0 (rain 112, sun 88; Rs 600 an
#     umbrella); 2023 196 thousand, 2024 172 thousand (fall 24, 12.2
#     percent); 14 Afghan wholesalers; 9 styles.
#   Multan Jaenamaz Weavers' Cooperative (invented, 63 weavers): prayer mats
#     to Afghan buyers, thousand mats, Jan-Apr 2024: 36, 49, 27, 16, total
#     128; Jan-Apr 2025: 42, 58, 31, 19, total 150 (rise 22, 17.2 percent;
#     February 38.7 percent); Rs million 2025: 29.4, 40.6, 21.7, 13.3, total
#     105.0 (Rs 700 a mat); dyes from Switzerland.
#   Shama Candles, Peshawar (invented): candles to Afghan distributors,
#     thousand packets: 2022 410, 2023 520 (+26.8 percent), 2024 465 (-10.6
#     percent), 2025 380 (-18.3 percent); 18 distributors; 6 kinds of candle;
#     paraffin wax from Saudi Arabia.
#   Shireen Confectionery, Lahore (invented): chocolate to Afghan
#     wholesalers, tonnes / US$ thousand: H1 2024 96 / 403, H2 2024 134 /
#     563, H1 2025 118 / 519, H2 2025 162 / 713; 2024 230 t / 966, 2025 280
#     t / 1,232 (rise 50 t or 21.7 percent; value up 266 or 27.5 percent;
#     US$ 4.4 a kilogram in 2025); 11 wholesalers; cocoa powder from Ivory
#     Coast by sea.
#   Hafizabad Cookware Makers' Association (invented, 47 units): pressure
#     cookers to Afghanistan, thousand, 2025: Q1 21, Q2 17, Q3 24, Q4 30,
#     total 92 (2024 80, rise 12 or 15.0 percent; Q4 32.6 percent);
#     aluminium circles from the United Arab Emirates.
#   Heena House, Shahdadpur (invented): henna to Afghan wholesalers, 2025,
#     thousand packs / Rs million: cones 240 / 24.0, powder 165 / 13.2, hair
#     henna 95 / 11.4, total 500 / 48.6 (2024 440 thousand packs, rise 60 or
#     13.6 percent; cones 48.0 percent; about Rs 97 a pack); 23 wholesalers;
#     12 tonnes of powder in store at the end of Q3 2025; cellophane from
#     Thailand.
#   Ishara School for Deaf Children, Peshawar (invented): pupils by home
#     district 2024 / 2025: Peshawar 124 / 142, Mardan 52 / 64, Swabi 32 /
#     38, Charsadda 28 / 36, total 236 / 280 (rise 44, 18.6 percent;
#     Peshawar 50.7 percent of 2025); 97 Afghan pupils; 19 teachers; 4 buses.
#   Harf Literacy Centre for Afghan Women, Mardan (invented): learners by
#     level 2024 / 2025: beginners 180 / 214, intermediate 120 / 146,
#     advanced 60 / 80, total 360 / 440 (rise 80, 22.2 percent); 26
#     teachers; 12 classrooms; 85 women on the waiting list in Sep 2025.
#   Shah Mat Chess Club, Quetta (invented, refugee youth): 62 players at
#     end-2024, 48 at end-2025 (fall 14, 22.6 percent), 17 of them girls; 30
#     chess sets; 5 tournaments in 2025.

HELDOUT22 = []
PAIR = ["PAK", "AFG"]
REFS = {"2019": 1419084, "2020": 1438432, "2021": 1490562,
        "2022": 1743278, "2023": 1987717, "2024": 1559964}


def change_pct(a, b):
    return round((b - a) / a * 100, 2)


def pdf_lines(rows, gap=4):
    """A table as it comes out of a PDF: no pipes, the first column padded on
    the right and the rest on the left, cells parted by runs of spaces."""
    widths = [max(len(r[k]) for r in rows) for k in range(len(rows[0]))]
    lines = []
    for r in rows:
        cells = [r[0].ljust(widths[0])] + [r[k].rjust(widths[k]) for k in range(1, len(r))]
        lines.append((" " * gap).join(cells).rstrip())
    return "\n".join(lines)


def line_of(table, start):
    found = [ln for ln in table.split("\n") if ln.startswith(start)]
    assert len(found) == 1, (start, found)
    return found[0]


def add(name, text, label=None, control_type=None):
    HELDOUT22.append(dict(name=name, control_type=control_type,
                          labels=[label] if label else [], text=text))


def direction(quote, a, b, pa, pb, word, stated, unit, subject, location, explanation, **extra):
    ev = {"from": a, "to": b, "change": b - a, "change_pct": change_pct(a, b),
          "from_period": pa, "to_period": pb}
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


def citation(quotes, stated, year, form, location, explanation, **extra):
    ev = {"stated": stated, "reference": REFS[year]}
    if "same_as_year" in extra:
        ev["same_as_year"] = extra.pop("same_as_year")
    ev.update({"indicator": "refugees.registered",
               "subject": "registered Afghan refugees in Pakistan", "period": year,
               "cited_source": "UNHCR", "citation_form": form, "location": location})
    ev.update(extra)
    return dict(kind="citation", quotes=quotes, explanation=explanation, expected_values=ev)


def tvt(quotes, text_value, table_value, unit, subject, period, location, explanation, **extra):
    ev = {"text_value": text_value, "table_value": table_value, "unit": unit,
          "subject": subject, "period": period}
    ev.update(extra)
    ev["location"] = location
    return dict(kind="text_vs_table", quotes=quotes, explanation=explanation, expected_values=ev)


def reuse(quotes, value, unit, q1, q2, expected, explanation, **extra):
    ev = {"value": value, "unit": unit, "quantity_1": q1, "quantity_2": q2,
          "expected_value_2": expected}
    ev.update(extra)
    return dict(kind="number_reuse", quotes=quotes, explanation=explanation, expected_values=ev)


def scope(quote, code, named_pair, named_as, explanation, **extra):
    ev = {"third_country": code, "named_pair": named_pair, "pair": PAIR, "named_as": named_as}
    ev.update(extra)
    return dict(kind="scope", quotes=[quote], explanation=explanation, expected_values=ev)


def garbled(quote, ev, explanation):
    return dict(kind="garbled", quotes=[quote], explanation=explanation, expected_values=ev)


# ---------------------------------------------------------------- tables

LOCKS = """| Kind of lock | 2024 | 2025 |
|---|---|---|
| Brass | 186 | 214 |
| Iron | 240 | 226 |
| Laminated steel | 152 | 188 |
| Combination | 42 | 52 |
| Total | 620 | 680 |"""

UMBRELLAS = pdf_lines([
    ["Quarter", "Umbrellas (thousand)", "Value (Rs m)"],
    ["Q1 2025", "38", "22.8"],
    ["Q2 2025", "64", "38.4"],
    ["Q3 2025", "71", "42.6"],
    ["Q4 2025", "27", "16.2"],
    ["Total", "200", "120.0"],
])

UMBRELLA_KINDS = pdf_lines([
    ["Quarter", "Rain (thousand)", "Sun (thousand)", "Total"],
    ["Q1 2025", "30", "8", "38"],
    ["Q2 2025", "41", "23", "64"],
    ["Q3 2025", "19", "52", "81"],
    ["Q4 2025", "22", "5", "27"],
])

MATS = pdf_lines([
    ["Month", "Mats (thousand)", "Value (Rs m)"],
    ["Jan 2025", "42", "29.4"],
    ["Feb 2025", "58", "40.6"],
    ["Mar 2025", "31", "21.7"],
    ["Apr 2025", "19", "13.3"],
    ["Total", "150", "105.0"],
])

MATS_TWO_YEARS = """| Month | 2024 | 2025 |
|---|---|---|
| Jan | 36 | 42 |
| Feb | 49 | 58 |
| Mar | 27 | 31 |
| Apr | 16 | 19 |
| Total | 128 | 150 |"""

CANDLES = """| Year | Packets (thousand) | Change (%) |
|---|---|---|
| 2022 | 410 | — |
| 2023 | 520 | +26.8 |
| 2024 | 465 | −10.6 |
| 2025 | 380 | −18.3 |"""

CHOCOLATE = """| Half-year | Tonnes | US$ thousand |
|---|---|---|
| H1 2024 | 96 | 403 |
| H2 2024 | 134 | 563 |
| H1 2025 | 118 | 519 |
| H2 2025 | 162 | 713 |"""

TRADE = """| Year | Pakistan's exports | Pakistan's imports | Total trade | Balance |
|---|---|---|---|---|
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |"""

COOKERS = """| Quarter | Pressure cookers (thousand) |
|---|---|
| Q1 2025 | 21 |
| Q2 2025 | 17 |
| Q3 2025 | 24 |
| Q4 2025 | 30 |
| Total | 92 |"""

HENNA = """| Product | Thousand packs | Rs million |
|---|---|---|
| Henna cones | 240 | 24.0 |
| Henna powder | 165 | 13.2 |
| Hair henna | 95 | 11.4 |
| Total | 500 | 48.6 |"""

PUPILS = """| Home district | 2024 | 2025 |
|---|---|---|
| Peshawar | 124 | 142 |
| Mardan | 52 | 64 |
| Swabi | 32 | 38 |
| Charsadda | 28 | 36 |
| Total | 236 | 280 |"""

PUPILS_BAD = PUPILS.replace("| Total | 236 | 280 |", "| Total | 236 | 290 |")

LEARNERS = """| Level | 2024 | 2025 |
|---|---|---|
| Beginners | 180 | 214 |
| Intermediate | 120 | 146 |
| Advanced | 60 | 80 |
| Total | 360 | 440 |"""


# ---------------------------------------------------------------- padlocks

add("lock_makers_yearly_statement_control", f"""# Sheikhupura Lock Makers' Association: Yearly Statement on Afghan Sales, 2025

*An invented association. Member figures are invented.*

**Who sells to Afghanistan.** Of the association's 72 member workshops, 26 sold padlocks to Afghan buyers in 2025, working through 35 hardware dealers in Kabul, Jalalabad and Mazar-i-Sharif.

**Padlocks sold to Afghan dealers, thousand pieces:**

{LOCKS}

**Volume.** Members sold 680 thousand padlocks to Afghan dealers in 2025, up 60 thousand or 9.7 percent on 2024. Brass locks made up 214 thousand of them, or 31.5 percent of the year's sales.

**Mix.** Laminated steel locks gained 36 thousand pieces, or 23.7 percent, as Afghan shopkeepers asked for locks that are hard to cut. Plain iron locks lost 14 thousand pieces, or 5.8 percent.

**Value.** The year's Afghan sales were worth about Rs 38 crore, or roughly Rs 560 a lock.

**Inputs.** Springs and key blanks still come from China, while the brass bodies are cast in the town from scrap.

**Next year.** The association will ask the chamber of commerce for stall space at a hardware fair in Kabul in the spring of 2026.
""", control_type="control")

add("lock_makers_bulletin_laminated_steel", f"""# Lock Makers' Bulletin: Steel Locks Find Favour in Kabul

*An invented association bulletin. Figures are invented.*

**Steel.** Afghan shopkeepers now ask first for laminated steel padlocks, which take far longer to cut than cast iron. Members sold 198 thousand laminated steel locks to Afghan dealers in 2025, and several workshops bought a second press to keep up with orders.

**Padlocks sold to Afghan dealers, thousand pieces:**

{LOCKS}

**Iron.** Plain iron locks are still the cheapest line, and most of them go to village shops in Nangarhar and Laghman.

**Brass.** Brass locks remain the choice of jewellers and cloth merchants in the old bazaars of Kabul, who like a heavy lock that looks good on a shutter.

**Orders.** Dealers in Mazar-i-Sharif have asked for locks sold with three keys instead of two. Members who can supply these should write to the secretariat before the end of January.

**Payment.** The secretariat reminds members to insist on advance payment for new dealers until they have cleared two orders on time.
""", tvt(["Members sold 198 thousand laminated steel locks to Afghan dealers in 2025",
          "| Laminated steel | 152 | 188 |"],
         198, 188, "thousand pieces", "laminated steel padlocks sold to Afghan dealers by members",
         "2025", "'Steel' paragraph against the table by kind of lock",
         "The text gives 198 thousand laminated steel locks for 2025; the table's 2025 column gives 188 thousand.",
         table_form="pipe"))

add("lock_makers_note_on_lock_mix", """# Note to the Executive Committee: The Afghan Lock Mix in 2025

*An invented association note. Figures are invented.*

1. Members sold 680 thousand padlocks to Afghan hardware dealers in 2025, the most in any year since the association began keeping records.

2. By kind, brass locks were 31 percent of the pieces sold, iron 33 percent, laminated steel 28 percent and combination locks 18 percent.

3. Combination locks are a small line but a useful one. Afghan dealers sell them to traders who keep goods in shared godowns and do not want to hand out keys.

4. Laminated steel needs more press time than any other kind. Workshops that added presses this year should be able to meet demand in 2026 without night shifts.

5. Brass prices are the main worry. Scrap has become dearer, and the brass workshops have asked whether the association can buy scrap in bulk on their behalf.

6. The committee is asked to approve a small study of bulk scrap buying, to be reported at the next meeting.
""", dict(kind="arithmetic",
          quotes=["brass locks were 31 percent of the pieces sold, iron 33 percent, laminated steel 28 percent and combination locks 18 percent"],
          explanation="The four kinds make up all padlocks sold, but the shares add up to 110 percent; from the table the combination share is about 7.6 percent (52 of 680 thousand), not 18.",
          expected_values={"shares_pct": {"brass": 31, "iron": 33, "laminated steel": 28, "combination": 18},
                           "sum_pct": 110, "unit": "percent of padlocks sold", "period": "2025",
                           "subject": "padlocks sold to Afghan dealers by kind",
                           "location": "note, item 2"}))

add("lock_makers_newsletter_scrap_twice", """# Lock Makers' Newsletter: Brass, Scrap and the Afghan Trade

*An invented association newsletter. Figures are invented.*

**Scrap.** Brass scrap has become dearer since the foundries of Gujranwala began buying it for taps and valves. Brass scrap has become dearer since the foundries of Gujranwala began buying it for taps and valves. Several members have raised the price of their brass locks for Afghan dealers by about a tenth.

**Dealers.** Our Kabul dealers say the higher price has not yet cost them customers, because jewellers and cloth merchants care more about weight and finish than about a few rupees.

**Keys.** Members are asked to stamp a workshop mark on every key blank. Dealers in Jalalabad complain that keys from different workshops look alike and are sometimes mixed up in the boxes.

**Packing.** Cartons for Afghanistan should carry the lock count on two sides, so that customs staff at Torkham can check them without opening them.

**Training.** Nine apprentices finished the association's course in lock assembly in November. A new course for fifteen apprentices starts in February.

**Annual dinner.** The annual dinner will be held on the second Saturday of March. Members who sell to Afghanistan are invited to bring their Afghan dealers.
""", garbled("Brass scrap has become dearer since the foundries of Gujranwala began buying it for taps and valves. Brass scrap has become dearer since the foundries of Gujranwala began buying it for taps and valves.",
             {"repeated_sentence": "Brass scrap has become dearer since the foundries of Gujranwala began buying it for taps and valves.",
              "occurrences": 2, "subject": "rising price of brass scrap", "location": "newsletter, 'Scrap' paragraph"},
             "The same sentence about dearer brass scrap is printed twice in a row."))

add("lock_makers_circular_dealers_reuse", """# Circular to Members: Registering Afghan Dealers

*An invented association circular. Figures are invented.*

**Why this circular.** Afghan customs now ask for the name of the importing dealer on every invoice for hardware, and a few of our cartons were held at Torkham in November for want of it.

**Who it concerns.** At present 26 of the association's 72 workshops sell padlocks to Afghan buyers. Together they sell through 26 hardware dealers in Kabul, Jalalabad and Mazar-i-Sharif, some of whom buy from several workshops at once.

**What members should do.** Each workshop should send the secretariat the full name, city and tax number of every Afghan dealer it supplies. The secretariat will keep one list and share it with the clearing agents at Torkham.

**Invoices.** From 1 February 2026 every invoice for Afghanistan should carry the dealer's tax number under his name. Invoices without it will be returned by the agents.

**Questions.** Members who are not sure how to find a dealer's tax number should ask the dealer to send a photograph of his trade licence.
""", reuse(["26 of the association's 72 workshops sell padlocks to Afghan buyers",
            "they sell through 26 hardware dealers in Kabul, Jalalabad and Mazar-i-Sharif"],
           26, "workshops / dealers", "member workshops selling padlocks to Afghan buyers",
           "Afghan hardware dealers the member workshops sell through", 35,
           "26 is the number of member workshops that sell to Afghanistan; the association's yearly statement gives 35 Afghan hardware dealers, and the circular reuses 26 for them."))

add("lock_makers_shipping_notice_tallinn", """# Notice to Members: Cartons Held at the Border

*An invented association notice. Figures are invented.*

**What happened.** In the first week of December about forty cartons of padlocks waited three days at Torkham while Afghan customs checked the lock counts against the invoices.

**Why.** The secretariat's log of padlock cartons trucked from Sheikhupura to Tallinn through Torkham shows that most of the held cartons had a count on the invoice that did not match the count on the box.

**What to do.** Members should count locks, not boxes of locks, on the invoice, and write the same count on two sides of every carton. Where a carton holds locks of two kinds, both counts should be shown.

**Agents.** The clearing agents at Torkham have agreed to check cartons at the yard in Landi Kotal before trucks leave for the crossing, for a small fee per truck.

**Dealers.** Our dealers in Kabul and Jalalabad have been told of the delay and have accepted it this time. They have asked that it not happen again before the spring season.

**Contact.** Members with held cartons should call the secretariat, which will keep a list for the agents.
""", scope("padlock cartons trucked from Sheikhupura to Tallinn through Torkham", "EST", ["PAK", "EST"],
           "to Tallinn through Torkham",
           "The cartons cross Torkham to Afghan dealers; the notice names Tallinn, the Estonian capital, as the destination, which puts Estonia in Afghanistan's place in the pair."))


# ---------------------------------------------------------------- umbrellas

add("umbrella_maker_sales_statement_third_quarter", f"""# Saya Umbrellas: Afghan Sales Statement, 2025

*An invented company. Sales are invented.*

Saya Umbrellas of Karachi sells rain and sun umbrellas in 9 styles to 14 Afghan wholesalers. The quarterly figures below are taken from the export invoices.

Table 1. Umbrellas sold to Afghan wholesalers, 2025

{UMBRELLAS}

**The year.** Afghan sales came to 200 thousand umbrellas worth Rs 120.0 million, or Rs 600 an umbrella on average.

**Spring.** The second quarter carried the rain umbrellas that Kabul shops stock for the spring showers.

**Summer.** The third quarter, when sun umbrellas sell in the bazaars of Kabul and Kandahar, brought 64 thousand umbrellas, most of them in the large beach size with a silver lining.

**Winter.** The fourth quarter is always the quietest, as the Afghan winter brings snow rather than rain.

**Prices.** The company kept its prices unchanged through the year, although the cost of fabric rose in the autumn.
""", tvt(["The third quarter, when sun umbrellas sell in the bazaars of Kabul and Kandahar, brought 64 thousand umbrellas", line_of(UMBRELLAS, "Q3 2025")],
         64, 71, "thousand umbrellas", "umbrellas sold to Afghan wholesalers", "Q3 2025",
         "'Summer' paragraph against the PDF-extracted Table 1",
         "The text gives 64 thousand umbrellas for the third quarter, which is the second quarter's figure; Table 1 gives 71 thousand for the third quarter.",
         table_form="pdf", period_as_written="The third quarter"))

add("umbrella_maker_sales_team_note_sun_umbrellas", f"""# Note for the Sales Team: Rain and Sun Umbrellas for Afghanistan

*An invented company note. Figures are invented.*

This note splits our Afghan sales in 2025 between rain and sun umbrellas, so that the team can plan the 2026 range with the wholesalers.

Umbrellas sold to Afghan wholesalers by kind, 2025

{UMBRELLA_KINDS}

**Rain umbrellas.** Rain umbrellas lead in the first two quarters. Wholesalers in Kabul want black and navy canopies with a wooden handle, and they ask for a strong frame that can take the spring winds.

**Sun umbrellas.** Sun umbrellas carry the third quarter. The big sellers are the wide silver-lined canopies that shopkeepers and traffic police use, and the small folding ones sold to women at the bazaar.

**The fourth quarter.** Sales fall away once the weather turns cold. The team should use these months to collect orders for the spring.

**For 2026.** Wholesalers have asked for a cheaper folding rain umbrella and for sun umbrellas in lighter colours. The design office will show samples at the January meeting.
""", parts_total([line_of(UMBRELLA_KINDS, "Q3 2025")], {"Rain umbrellas": 19, "Sun umbrellas": 52}, 81,
                 "thousand umbrellas", "Q3 2025", "umbrellas sold to Afghan wholesalers in the third quarter",
                 "note, PDF-extracted table, Q3 2025 row, 'Total' column",
                 "In the Q3 2025 row, 19 thousand rain umbrellas and 52 thousand sun umbrellas make 71 thousand, not the 81 thousand in the 'Total' column.",
                 table_form="pdf"))

add("umbrella_maker_wholesaler_note_styles_reuse", """# Saya Umbrellas: Note on Afghan Wholesalers and the Range

*An invented company note. Figures are invented.*

**Our wholesalers.** Saya Umbrellas sells through 14 Afghan wholesalers, of whom eight are in Kabul, three in Kandahar and the rest in Herat and Jalalabad. Most have bought from us for more than five years.

**Our range.** For these buyers the company offers 14 styles of umbrella, from the plain black rain umbrella to the wide silver-lined sun umbrella used by shopkeepers.

**What sells.** The black rain umbrella with a wooden handle is still the best seller. The folding sun umbrella has grown popular with women shoppers in Kabul, and the Herat wholesalers now ask for it in every order.

**Credit.** Wholesalers who have bought from us for three years or more may pay half on delivery and half after sixty days. New wholesalers pay in full before the goods leave Karachi.

**Samples.** Each wholesaler receives one sample of every new style in January, carried by our agent in Peshawar.

**Returns.** Umbrellas with broken ribs or torn canopies may be returned with the next order and will be replaced.
""", reuse(["Saya Umbrellas sells through 14 Afghan wholesalers", "the company offers 14 styles of umbrella"],
           14, "wholesalers / styles", "Afghan wholesalers the company sells through",
           "styles of umbrella the company offers", 9,
           "14 is the number of Afghan wholesalers; the company's sales statement gives 9 styles, and the note reuses 14 for the range."))

add("umbrella_maker_annual_letter_spurt", """# Saya Umbrellas: Letter to Our Afghan Wholesalers

*An invented company letter. Figures are invented.*

Dear friends,

Thank you for another year of trade. This letter looks back at the last three years and sets out our plans for 2026.

**Looking back.** Afghan orders showed a spurt in 2024, going from 196 thousand umbrellas in 2023 to 172 thousand in 2024. In 2025 they came to 200 thousand, the best year we have had with you.

**Prices.** We held our prices for the whole of 2025, although fabric and steel ribs cost more in the second half. We will try to hold them again until June 2026.

**Delivery.** Most of your orders cleared Torkham in two days this year. We now send a photograph of every loaded truck to the wholesaler on the day it leaves Karachi.

**New styles.** In January our agent will bring samples of a cheaper folding rain umbrella and of sun umbrellas in pale green and cream.

With our thanks and good wishes,

The Export Desk, Saya Umbrellas, Karachi
""", direction("Afghan orders showed a spurt in 2024, going from 196 thousand umbrellas in 2023 to 172 thousand in 2024",
               196, 172, "2023", "2024", "spurt", "rise", "thousand umbrellas",
               "umbrellas ordered by Afghan wholesalers", "letter, 'Looking back' paragraph",
               "'A spurt' says orders jumped in 2024, but they fell from 196 to 172 thousand umbrellas (down 24 thousand, 12.2 percent)."))

add("umbrella_maker_export_memo_caricom", """# Export Memo: Umbrella Trucks and the Winter Route

*An invented company memo. Figures are invented.*

**To:** Export desk. **From:** Logistics.

**Route.** From December the company's trucks for Kandahar will use Chaman rather than Torkham, because the Kandahar wholesalers want the goods delivered to their own godowns rather than collected in Kabul.

**Costs.** The Chaman route is shorter for Kandahar but the clearing agents there charge more per truck. The logistics team estimates that the change saves about a day on each shipment.

**Paperwork.** The new agent at Chaman has asked that our invoices for Saya's umbrella exports to CARICOM by road through Chaman show the wholesaler's tax number and the count of umbrellas by style.

**Packing.** Umbrellas for the winter route must be packed in plastic sleeves inside the cartons, since the trucks may wait in snow or rain at the border.

**Kabul.** Trucks for Kabul, Jalalabad and Herat wholesalers continue through Torkham as before.

**Review.** The logistics team will report on the first three trucks by the end of January.
""", scope("Saya's umbrella exports to CARICOM by road through Chaman", "CARICOM", ["PAK", "CARICOM"],
           "to CARICOM by road through Chaman",
           "Trucks through Chaman carry umbrellas to Afghan wholesalers in Kandahar; the memo names CARICOM, the Caribbean Community, as the buyer side, putting a regional body in Afghanistan's place."))


# ---------------------------------------------------------------- prayer mats

add("prayer_mat_cooperative_spring_review_control", f"""# Multan Jaenamaz Weavers' Cooperative: Spring Review, 2025

*An invented cooperative. Figures are invented.*

The cooperative's 63 weavers make prayer mats on hand looms and sell most of them to Afghan buyers in the months before Ramadan.

Prayer mats sold to Afghan buyers, January to April 2025

{MATS}

**The season.** Members sold 150 thousand prayer mats to Afghan buyers from January to April 2025, against 128 thousand in the same months of 2024, a rise of 22 thousand or 17.2 percent.

**February.** Ramadan began on the first of March, so February was the busiest month, with 58 thousand mats or 38.7 percent of the season's sales.

**Price.** The season's mats earned Rs 105.0 million, or Rs 700 a mat on average.

**Dyes.** The deep red and green dyes that Afghan buyers prefer still come from Switzerland through a Karachi importer.

**After Ramadan.** Sales slow sharply in March and April, and weavers turn to wall hangings and cushion covers for the local market.
""", control_type="control")

add("prayer_mat_cooperative_bulletin_february", f"""# Weavers' Bulletin: The February Rush

*An invented cooperative bulletin. Figures are invented.*

**The rush.** In February 2025 members sent 49 thousand mats to Afghan buyers, as shopkeepers in Kabul and Kandahar stocked up for Ramadan. Several weavers worked on their looms late into the evening for the whole month.

**Prayer mats sold to Afghan buyers, thousand mats, January to April:**

{MATS_TWO_YEARS}

**Designs.** The mat with a mihrab arch in deep red remains the best seller, but buyers in Kandahar now ask for a plain green mat with a narrow border.

**Thread.** The cooperative bought cotton thread in bulk in December, which kept the price steady through the rush.

**Payment.** Two Kabul buyers paid late for their February orders. The committee has told them that further orders will need payment in advance.

**Next season.** Ramadan will begin in the middle of February in 2026, so the rush will come earlier. Weavers should plan to finish most of their orders by the end of January.
""", tvt(["In February 2025 members sent 49 thousand mats to Afghan buyers", "| Feb | 49 | 58 |"],
         49, 58, "thousand mats", "prayer mats sold to Afghan buyers", "Feb 2025",
         "'The rush' paragraph against the table by month",
         "The text gives 49 thousand mats for February 2025, which is the February 2024 figure; the table's 2025 column gives 58 thousand.",
         table_form="pipe", period_as_written="February 2025"))

add("prayer_mat_cooperative_notice_dyeing_shed", """# Notice to Weavers: The Dyeing Shed

*An invented cooperative notice. Figures are invented.*

**Closure.** The cooperative's dyeing shed was closed from 28 February 2025 to 12 February 2025 while the old boiler was taken out and a new one put in.

**Why it mattered.** The closure came in the last weeks before Ramadan, when Afghan buyers order the most mats. Weavers who had not dyed their thread in advance had to buy dyed thread in the market at a higher price.

**What the committee has decided.** From next season the cooperative will keep a stock of dyed thread in the three colours most asked for by Afghan buyers, deep red, green and navy, before the rush begins.

**The new boiler.** The new boiler uses less gas and heats the dye baths in half the time, so the shed can now dye thread for two looms in a morning.

**Safety.** Only the two trained dyers may light the boiler. Weavers should not enter the shed while the baths are hot.

**Questions.** Weavers with questions about the stock of dyed thread should speak to the cooperative's secretary.
""", garbled("was closed from 28 February 2025 to 12 February 2025",
             {"stated_period_start": "28 Feb 2025", "stated_period_end": "12 Feb 2025",
              "as_written": {"stated_period_start": "28 February 2025", "stated_period_end": "12 February 2025"},
              "subject": "closure of the cooperative's dyeing shed", "location": "notice, 'Closure' paragraph"},
             "The closure runs backwards: it ends on 12 February 2025, before it begins on 28 February 2025."))

add("prayer_mat_cooperative_letter_hit_the_skids", """# Letter From the Chair of the Weavers' Cooperative

*An invented cooperative letter. Figures are invented.*

Dear members,

**The season.** Our Afghan sales hit the skids this spring, going from 128 thousand mats in January to April 2024 to 150 thousand mats in the same months of 2025. I thank every weaver who worked long hours in February.

**Our buyers.** We now sell to buyers in Kabul, Kandahar, Ghazni and Jalalabad. The Ghazni buyer is new this year and came to us through a relative of one of our weavers.

**Young weavers.** Eleven girls finished the cooperative's weaving course in the autumn, and seven of them now have looms of their own at home.

**The shed.** The new boiler in the dyeing shed has worked well. It uses less gas than the old one, which will save the cooperative money over the winter.

**Next year.** Ramadan comes earlier in 2026. I ask members to begin their mats for Afghan buyers in December, so that we are not caught short.

With best wishes,

The Chair, Multan Jaenamaz Weavers' Cooperative
""", direction("Our Afghan sales hit the skids this spring, going from 128 thousand mats in January to April 2024 to 150 thousand mats in the same months of 2025",
               128, 150, "Jan-Apr 2024", "Jan-Apr 2025", "hit the skids", "fall", "thousand mats",
               "prayer mats sold to Afghan buyers in January to April", "chair's letter, 'The season' paragraph",
               "'Hit the skids' says sales collapsed, but they rose from 128 to 150 thousand mats (up 22 thousand, 17.2 percent)."))

add("prayer_mat_cooperative_newsletter_senegal", """# Weavers' Newsletter: Visitors, Trucks and Looms

*An invented cooperative newsletter. Figures are invented.*

**A visitor.** A Senegalese buyer who visited the cooperative in January ordered mats for a mosque in Dakar. His order will go by sea from Karachi and is not part of our Afghan trade.

**The trucks.** The secretary keeps a record of the cooperative's mat trucks that cross Chaman for Senegal, and it shows that each truck waited less than a day at the border this spring, against two or three days a year ago.

**Kandahar.** Buyers in Kandahar prefer the Chaman route because the mats reach their shops a day sooner than by way of Kabul.

**Looms.** Four old looms were repaired in the autumn with a grant from the district council. The cooperative now has enough looms for every member who wants to weave at home.

**Training.** The weaving course for girls will run again from March, with places for twelve trainees.

**Meeting.** The general meeting will be held after Eid. Members will be asked to approve the accounts and to elect a new treasurer.
""", scope("the cooperative's mat trucks that cross Chaman for Senegal", "SEN", ["PAK", "SEN"], "cross Chaman for Senegal",
           "Trucks crossing Chaman carry mats to Afghan buyers in Kandahar; the newsletter names Senegal as the destination, putting it in Afghanistan's place in the pair.",
           not_a_defect="A Senegalese buyer who visited the cooperative in January ordered mats for a mosque in Dakar"))


# ---------------------------------------------------------------- candles

add("candle_maker_dealer_letter_zoomed", """# Shama Candles: Letter to Our Afghan Distributors

*An invented company letter. Figures are invented.*

Dear distributors,

**Sales.** Our Afghan sales zoomed in 2024, reaching 465 thousand packets against 520 thousand in 2023. In 2025 they came to 380 thousand packets.

**Why.** Many households in Kabul and Jalalabad now own small solar lamps and rechargeable lights, and they buy candles only for the longest power cuts and for weddings.

**What we will do.** We will put more weight on the lines that lamps cannot replace: the tall white candles for weddings, the scented candles for guest rooms and the slow-burning candles for mosques and shrines.

**Packing.** From January every packet will carry the burning time in Dari and Pashto as well as in English.

**Prices.** Wax has become cheaper this year, and we will pass part of the saving on to you from the first order of 2026.

Our agent in Jalalabad will visit each of you in February with samples of the new wedding candle.

With thanks for your trust,

The Sales Office, Shama Candles, Peshawar
""", direction("Our Afghan sales zoomed in 2024, reaching 465 thousand packets against 520 thousand in 2023",
               520, 465, "2023", "2024", "zoomed", "rise", "thousand packets",
               "candles sold by the company to Afghan distributors", "letter, 'Sales' paragraph",
               "'Zoomed' says sales shot up in 2024, but they fell from 520 to 465 thousand packets (down 55 thousand, 10.6 percent); the later year is named first."))

add("candle_maker_range_note_kinds_reuse", """# Shama Candles: Note on the Afghan Range

*An invented company note. Figures are invented.*

**Distributors.** Shama Candles sells to 18 distributors in Afghanistan, most of them in Kabul, Jalalabad and Kunduz. Each distributor supplies grocers and general stores in his own city.

**The range.** For the Afghan market we make 18 kinds of candle, from the short household candle sold in packets of twelve to the tall white candle used at weddings.

**Best sellers.** The household candle still makes up most of the volume, but the scented candles for guest rooms have the best margin.

**Wax.** Our paraffin wax comes from Saudi Arabia through an importer in Karachi. Wicks are bought from a mill in Faisalabad.

**Heat.** Candles soften in the summer heat, so packets for Afghanistan are sent in the early morning between May and August.

**Samples.** Distributors who want to try a new kind may ask for a carton of samples with their next order at no charge.
""", reuse(["Shama Candles sells to 18 distributors in Afghanistan", "we make 18 kinds of candle"],
           18, "distributors / kinds", "Afghan distributors the company sells to",
           "kinds of candle the company makes for the Afghan market", 6,
           "18 is the number of Afghan distributors; the company's sales history gives 6 kinds of candle, and the note reuses 18 for the range."))

add("candle_maker_summer_circular_wax_twice", """# Circular to Staff: Summer Dispatch to Afghanistan

*An invented company circular. Figures are invented.*

**Heat.** Wax softens in the summer heat, so packets for Afghanistan travel in the cool of the night. Wax softens in the summer heat, so packets for Afghanistan travel in the cool of the night. From May to August trucks will leave the yard after ten in the evening and should reach Torkham before sunrise.

**Loading.** Cartons must be stacked no more than six high, and the heaviest cartons go at the bottom. The loading team should leave a gap along the sides of the truck so that air can move between the cartons.

**Covers.** Every truck must carry a white sheet over the cartons. Dark covers take up the sun and soften the top layer of candles.

**At the border.** If a truck has to wait in the sun at Torkham, the driver should call the dispatch office, which will ask the clearing agent to move it into the shade of the yard.

**Complaints.** Any distributor who reports bent or melted candles should be sent a replacement carton with the next truck.
""", garbled("Wax softens in the summer heat, so packets for Afghanistan travel in the cool of the night. Wax softens in the summer heat, so packets for Afghanistan travel in the cool of the night.",
             {"repeated_sentence": "Wax softens in the summer heat, so packets for Afghanistan travel in the cool of the night.",
              "occurrences": 2, "subject": "night dispatch of candles in summer", "location": "circular, 'Heat' paragraph"},
             "The same sentence about wax softening and night dispatch is printed twice in a row."))

add("candle_maker_sales_history_control", f"""# Shama Candles: Afghan Sales, 2022 to 2025

*An invented company. Sales are invented.*

Shama Candles of Peshawar has sold candles in Afghanistan since 2014 through 18 distributors, and it makes 6 kinds of candle for the Afghan market.

**Candles sold to Afghan distributors:**

{CANDLES}

**The rise.** Sales grew from 410 thousand packets in 2022 to 520 thousand in 2023, a gain of 26.8 percent, when long power cuts in Kabul kept candles in demand.

**The fall.** Since then sales have dropped, by 10.6 percent in 2024 and by 18.3 percent in 2025, to 380 thousand packets. Households that once burned candles every evening now use small solar lamps.

**What holds up.** Wedding candles and scented candles have held their volumes, and their share of the company's Afghan sales has grown.

**Wax.** The company buys paraffin wax from Saudi Arabia through a Karachi importer, and the price of wax fell during 2025.

**Plans.** The company will cut its range of household candles and add a larger wedding candle in 2026.
""", control_type="control")


# ---------------------------------------------------------------- chocolate

add("chocolate_maker_half_year_report_first_half", f"""# Shireen Confectionery: Afghan Sales by Half-Year

*An invented company. Sales are invented.*

Shireen Confectionery of Lahore sells chocolate bars and filled chocolates to 11 wholesalers in Kabul, Herat and Mazar-i-Sharif.

**Chocolate sold to Afghan wholesalers:**

{CHOCOLATE}

**First half.** In the first half of 2025 we sent 162 tonnes of chocolate to Afghan wholesalers, helped by strong demand for gift boxes before Eid al-Fitr at the end of March.

**Second half.** The second half is always the stronger one, as wholesalers stock up for weddings in the autumn and for the winter, when chocolate keeps well on the road.

**Prices.** In 2025 we earned about US$ 4.4 a kilogram on our Afghan sales, slightly more than in 2024, because gift boxes made up a larger part of the orders.

**Wholesalers.** Two Herat wholesalers asked for smaller bars that schoolchildren can buy with pocket money. The product team is testing a bar of half the usual weight.
""", tvt(["In the first half of 2025 we sent 162 tonnes of chocolate to Afghan wholesalers", "| H1 2025 | 118 | 519 |"],
         162, 118, "tonnes", "chocolate sold to Afghan wholesalers", "H1 2025",
         "'First half' paragraph against the half-year table",
         "The text gives 162 tonnes for the first half of 2025, which is the second half's figure; the table gives 118 tonnes for H1 2025.",
         table_form="pipe", period_as_written="the first half of 2025"))

add("chocolate_maker_board_note_year_total", """# Note to the Board: Afghan Sales in 2025

*An invented company note. Figures are invented.*

**Summary.** The Afghan business had its best year. Chocolate sales to Afghan wholesalers came to US$ 519 thousand in the first half and US$ 713 thousand in the second, or US$ 1.33 million for the year.

**Volume.** We sent 280 tonnes in 2025, against 230 tonnes in 2024. The gain came mostly from gift boxes and filled chocolates, which sell at higher prices than plain bars.

**Wholesalers.** We now sell to 11 wholesalers. None of them was late in paying in 2025, and two have asked for larger credit limits.

**Risks.** The main risks are the summer heat, which forces us to pause shipments in the hottest months, and closures at Torkham, which can leave trucks waiting for days.

**Proposal.** Management proposes to buy two refrigerated trucks in 2026, which would let us ship in the summer and serve the wholesalers all year.

**Decision sought.** The board is asked to approve the purchase of the trucks within the budget set out in the annex.
""", parts_total(["Chocolate sales to Afghan wholesalers came to US$ 519 thousand in the first half and US$ 713 thousand in the second, or US$ 1.33 million for the year"],
                 {"H1 2025": 519, "H2 2025": 713}, 1330, "USD thousand", "2025",
                 "chocolate sales to Afghan wholesalers by value", "board note, 'Summary' paragraph",
                 "US$ 519 thousand and US$ 713 thousand make US$ 1,232 thousand (about US$ 1.23 million), not US$ 1.33 million.",
                 as_written={"H1 2025": "US$ 519 thousand", "H2 2025": "US$ 713 thousand",
                             "stated_total": "US$ 1.33 million"}))

add("chocolate_maker_owner_letter_faltering", """# A Letter From the Owner of Shireen Confectionery

*An invented company letter. Figures are invented.*

To everyone who works at Shireen,

**Afghanistan.** I want to thank the packing hall and the dispatch team for our faltering Afghan trade, which went from 230 tonnes in 2024 to 280 tonnes in 2025. Your care with the packing meant that almost no cartons were returned.

**Gift boxes.** The gift boxes that the design team created last year have been our best new product. Wholesalers in Kabul say that families now give them at weddings instead of sweets in tins.

**The summer.** The summer pause in shipments is costly, and I have asked the board to buy two refrigerated trucks. If the board agrees, we will ship to Afghanistan in every month of 2026.

**Staff.** Thirty-two of you have now worked here for more than ten years. We will mark this with a dinner in January.

**Thanks.** Thank you again for a good year.

With warm regards,

The Owner, Shireen Confectionery, Lahore
""", direction("our faltering Afghan trade, which went from 230 tonnes in 2024 to 280 tonnes in 2025",
               230, 280, "2024", "2025", "faltering", "fall", "tonnes",
               "chocolate sold by the company to Afghan wholesalers", "owner's letter, 'Afghanistan' paragraph",
               "'Faltering' says the Afghan trade weakened, but it grew from 230 to 280 tonnes (up 50 tonnes, 21.7 percent)."))

add("chocolate_maker_export_note_ivorian", """# Export Note: Chocolate for Afghanistan and Where Our Inputs Come From

*An invented company note. Figures are invented.*

**Inputs.** Cocoa powder comes from Ivory Coast by sea through Karachi, and milk powder and sugar are bought in Pakistan. The price of cocoa rose sharply in 2024 and eased a little in 2025.

**Our Afghan sales.** In 2025 the company sent 280 tonnes of chocolate to 11 Afghan wholesalers, worth US$ 1,232 thousand.

**The border.** The Pakistani–Ivorian chocolate trade through Torkham was slowed in October, when trucks waited four days during a closure of the crossing. Two wholesalers in Kabul ran short of gift boxes in the week before a holiday.

**Paperwork.** Afghan customs now ask for a health certificate for every consignment of food. The quality office issues one for each truck before it leaves Lahore.

**Labels.** Labels for Afghanistan show the ingredients and the best-before date in Dari, Pashto and English.

**Next steps.** The export team will visit the Kabul and Herat wholesalers in February to agree orders for the spring.
""", scope("The Pakistani–Ivorian chocolate trade through Torkham", "CIV", ["PAK", "CIV"],
           "The Pakistani–Ivorian chocolate trade",
           "The trade that crosses Torkham is the company's chocolate sales to Afghan wholesalers; the note calls it Pakistani–Ivorian, putting Ivory Coast in Afghanistan's place.",
           not_a_defect="Cocoa powder comes from Ivory Coast by sea through Karachi"))

add("chocolate_maker_notice_summer_pause", """# Notice to Afghan Wholesalers: The Summer Pause

*An invented company notice. Figures are invented.*

**The pause.** As in earlier years, Shireen Confectionery paused chocolate shipments to Afghanistan from August 2025 to June 2025, because trucks without cooling cannot keep chocolate firm on the road to Kabul in the hottest weeks.

**Orders.** Wholesalers who want stock for the summer should place larger orders in the spring, which we will ship before the pause begins.

**Next year.** The company hopes to buy two refrigerated trucks in 2026. If it does, there will be no summer pause, and wholesalers will be able to order in every month.

**Gift boxes.** Orders of gift boxes for the autumn weddings may be placed now. They will be shipped in the first week after the pause ends.

**Prices.** Prices for the autumn will stay at the spring level.

**Contact.** Wholesalers with questions should write to the export desk in Lahore or speak to our agent in Kabul, who visits each wholesaler once a month.
""", garbled("from August 2025 to June 2025",
             {"stated_period_start": "Aug 2025", "stated_period_end": "Jun 2025",
              "as_written": {"stated_period_start": "August 2025", "stated_period_end": "June 2025"},
              "subject": "summer pause of chocolate shipments to Afghanistan", "location": "notice, 'The pause' paragraph"},
             "The pause runs backwards: it ends in June 2025, before it begins in August 2025."))


# ---------------------------------------------------------------- cookware and the trade series

add("cookware_makers_market_note_control", f"""# Hafizabad Cookware Makers' Association: Market Note on Afghanistan

*An invented association. Member figures are invented; the trade table repeats the invented series used across these papers, in US$ million.*

**Pakistan's trade with Afghanistan, US$ million:**

{TRADE}

**The wider trade.** Two-way trade edged up from US$ 1,677 million in 2022 to US$ 1,702 million in 2023, a gain of US$ 25 million or 1.5 percent. In 2024 it dropped by US$ 278 million, or 16.3 percent. Pakistan's surplus grew each year, from US$ 195 million to US$ 322 million and then US$ 344 million.

**Pressure cookers sent to Afghanistan by members, 2025:**

{COOKERS}

**Our trade.** The association's 47 units sent 92 thousand pressure cookers to Afghanistan in 2025, 12 thousand or 15.0 percent more than in 2024. The fourth quarter, when families cook more at home in the cold, brought 30 thousand, or 32.6 percent of the year.

**Metal.** Members press their cookers from aluminium circles bought from the United Arab Emirates.

**Outlook.** Members expect steady orders in 2026 if the crossings stay open through the winter.
""", control_type="control")

add("cookware_makers_fact_sheet_exports_2024", f"""# Fact Sheet: Pakistan's Trade With Afghanistan

*An invented association fact sheet. The trade table repeats the invented series used across these papers.*

**Pakistan's trade with Afghanistan, US$ million:**

{TRADE}

**Exports.** Pakistan's exports to Afghanistan came to about US$ 0.94 billion in 2024, and household goods such as cookware, plastics and crockery made up a growing share of them.

**Imports.** Imports from Afghanistan, mostly coal, fruit and vegetables, fell from US$ 690 million in 2023 to US$ 540 million in 2024.

**Balance.** Pakistan has run a surplus in every year shown. The surplus was US$ 344 million in 2024.

**Our members.** The association's 47 units sent 92 thousand pressure cookers to Afghanistan in 2025. Most go to wholesalers in Kabul and Jalalabad, who sell them on to shops in the provinces.

**Crossings.** Almost all members' cookers cross at Torkham. A few units that sell to Kandahar use Chaman.

**Sources.** Trade figures are from the association's own compilation. Member figures are from the secretariat's survey of units.
""", tvt(["Pakistan's exports to Afghanistan came to about US$ 0.94 billion in 2024", "| 2024 | 884 | 540 | 1,424 | 344 |"],
         940, 884, "USD million", "Pakistan's exports to Afghanistan", "2024",
         "'Exports' paragraph against the trade table",
         "The text gives about US$ 0.94 billion (940 million) for 2024 exports, close to the 2022 figure of 936; the table gives US$ 884 million for 2024.",
         table_form="pipe", text_as_written="US$ 0.94 billion"))

add("cookware_makers_circular_surplus_2022", """# Circular to Members: How Big Is the Afghan Market?

*An invented association circular. The trade figures repeat the invented series used across these papers.*

**Why this circular.** Several new members have asked how large the Afghan market is and how it has changed. This circular gives the main figures.

**The wider trade.** In 2022 Pakistan sold US$ 936 million of goods to Afghanistan and bought US$ 741 million from it, a surplus for Pakistan of US$ 295 million. Exports rose to US$ 1,012 million in 2023 and then fell to US$ 884 million in 2024.

**Our share.** Pressure cookers are a small part of these exports, but they are one of the few household goods that Afghan shops cannot buy as cheaply from anywhere else.

**Our buyers.** Members sell mainly to wholesalers in Kabul and Jalalabad. A few units sell to Kandahar through Chaman.

**Advice to new members.** Start with one wholesaler and one model, insist on advance payment for the first orders, and use a clearing agent whom other members trust.

**Contact.** The secretariat can introduce new members to the clearing agents at Torkham.
""", dict(kind="arithmetic",
          quotes=["In 2022 Pakistan sold US$ 936 million of goods to Afghanistan and bought US$ 741 million from it, a surplus for Pakistan of US$ 295 million"],
          explanation="Exports of US$ 936 million less imports of US$ 741 million leave a surplus of US$ 195 million, not US$ 295 million.",
          expected_values={"exports": 936, "imports": 741, "computed_balance": 195, "stated_balance": 295,
                           "as_written": {"exports": "US$ 936 million", "imports": "US$ 741 million",
                                          "stated_balance": "US$ 295 million"},
                           "unit": "USD million", "period": "2022",
                           "subject": "Pakistan's trade balance with Afghanistan",
                           "location": "circular, 'The wider trade' paragraph"}))

add("cookware_makers_outlook_doldrums", """# Outlook for 2026: The Afghan Market for Cookware

*An invented association outlook. The trade figures repeat the invented series used across these papers.*

**The backdrop.** Pakistan's surplus with Afghanistan was in the doldrums in 2023, at US$ 322 million against US$ 195 million in 2022. It reached US$ 344 million in 2024, as imports from Afghanistan fell faster than exports.

**Demand.** Afghan families still cook with pressure cookers for pulses and meat, and the cookers last only a few years on the gas and wood fires used in villages. Replacement demand is steady.

**Competition.** Chinese cookers are cheaper, but Afghan wholesalers say their lids and valves wear out sooner. Our members compete on weight and on the thickness of the base.

**Risks.** Closures at Torkham are the main risk. A week's closure can leave a member's trucks waiting with no buyer paying for them.

**What members should do.** Keep one or two models that sell in every season, and offer the wholesalers spare gaskets and valves with each order.

**Our view.** Orders in 2026 should be close to those of 2025.
""", direction("Pakistan's surplus with Afghanistan was in the doldrums in 2023, at US$ 322 million against US$ 195 million in 2022",
               195, 322, "2022", "2023", "in the doldrums", "fall", "USD million",
               "Pakistan's trade surplus with Afghanistan", "outlook, 'The backdrop' paragraph",
               "'In the doldrums' says the surplus was weak in 2023, but it grew from US$ 195 million to US$ 322 million (up 127 million, 65.1 percent); the later year is named first.",
               as_written={"from": "US$ 195 million", "to": "US$ 322 million"}))

add("cookware_makers_bulletin_namibia", """# Cookware Makers' Bulletin: Winter Orders and the Border

*An invented association bulletin. Figures are invented.*

**Winter orders.** Members report strong orders for large pressure cookers from Kabul wholesalers, who expect families to cook more at home during the cold months.

**The border.** The secretariat's notes on cooker consignments that cross from Namibia into Afghanistan at Torkham show waiting times of one to two days in November, a little shorter than last winter.

**Gaskets.** Afghan wholesalers have asked for spare rubber gaskets with every order. Members who can pack a spare gasket with each cooker will find it easier to win repeat orders.

**Metal.** The price of aluminium circles rose in the autumn. Members who buy together through the association can still get the summer price until the end of December.

**Training.** A short course on valve testing will be held in the association's hall in January for workers from member units.

**Meeting.** The next general meeting will discuss a shared warehouse near the Torkham road, where members could store cookers for Afghan buyers during closures.
""", scope("cooker consignments that cross from Namibia into Afghanistan at Torkham", "NAM", ["NAM", "AFG"],
           "from Namibia into Afghanistan at Torkham",
           "Members' cookers cross Torkham from Pakistan into Afghanistan; the bulletin says they cross from Namibia, putting Namibia in Pakistan's place in the pair."))


# ---------------------------------------------------------------- henna

add("henna_packer_sales_summary_control", f"""# Heena House: Afghan Sales Summary, 2025

*An invented company. Sales are invented.*

Heena House of Shahdadpur grinds and packs henna grown in Sindh and sells it to 23 wholesalers in Afghanistan, who supply bridal shops and beauty parlours.

**Henna sold to Afghan wholesalers, 2025:**

{HENNA}

**Volume.** Afghan sales came to 500 thousand packs in 2025, up from 440 thousand in 2024, a rise of 60 thousand or 13.6 percent.

**Cones.** Ready-to-use henna cones were the largest line, with 240 thousand packs or 48.0 percent of the total. Brides in Kabul and Herat now prefer cones to mixing powder at home.

**Value.** The year's sales were worth Rs 48.6 million, or about Rs 97 a pack.

**Packing.** The cellophane for the cones comes from Thailand. Powder is packed in paper pouches made in Hyderabad.

**Plans.** The company will add a darker henna cone for the wedding season in 2026.
""", control_type="control")

add("henna_packer_letter_growth", """# Heena House: Letter to Afghan Wholesalers

*An invented company letter. Figures are invented.*

Dear friends,

**A good year.** Our sales to you grew from 440 thousand packs in 2024 to 500 thousand in 2025, a rise of 31.6 percent. We are grateful for your orders and for your patience when trucks were held at Torkham in October.

**Cones.** Henna cones are now our largest line. We have added a second filling machine so that cone orders can be met within a week.

**Powder.** Henna powder for hands and feet remains popular in the villages. We now grind it finer, which gives a darker stain.

**Hair henna.** Hair henna sells steadily to beauty parlours, and we will offer it in larger packs for parlours in 2026.

**Prices.** The harvest in Sindh was good this year, and prices for 2026 will stay as they are.

Our agent in Kabul will call on each of you in January to take orders for the spring weddings.

With our best wishes for the wedding season,

The Sales Office, Heena House, Shahdadpur
""", dict(kind="arithmetic",
          quotes=["grew from 440 thousand packs in 2024 to 500 thousand in 2025, a rise of 31.6 percent"],
          explanation="A rise from 440 to 500 thousand packs is 13.6 percent, not 31.6 percent (the digits are swapped).",
          expected_values={"from": 440, "to": 500, "computed_change_pct": 13.64, "stated_change_pct": 31.6,
                           "from_period": "2024", "to_period": "2025", "unit": "thousand packs",
                           "subject": "henna packs sold to Afghan wholesalers", "location": "letter, 'A good year' paragraph"}))

add("henna_packer_note_crore", f"""# Heena House: Note to the Partners on Afghan Sales

*An invented company note. Figures are invented.*

**Headline.** Afghan sales earned Rs 4.68 crore in 2025, the best year since the company began selling across the border.

**Henna sold to Afghan wholesalers, 2025:**

{HENNA}

**Cones.** Cones bring in half the revenue. The second filling machine has paid for itself within the year.

**Powder.** Powder earns less per pack, but it keeps the village wholesalers buying from us and not from Indian brands sold in Kabul.

**Credit.** Three wholesalers owe us for more than ninety days. The partners are asked whether to stop further supplies to them until they pay.

**Staff.** The packing hall now employs thirty women on two shifts during the wedding season.

**Decision sought.** The partners are asked to approve a darker cone for 2026 and a visit by the sales office to the wholesalers in Herat.
""", tvt(["Afghan sales earned Rs 4.68 crore in 2025", "| Total | 500 | 48.6 |"],
         46.8, 48.6, "Rs million", "henna sold to Afghan wholesalers by value", "2025",
         "'Headline' paragraph against the total row of the product table",
         "The text gives Rs 4.68 crore (Rs 46.8 million) for 2025; the table's total row gives Rs 48.6 million.",
         table_form="pipe", text_as_written="Rs 4.68 crore"))

add("henna_packer_bulletin_moldova", """# Heena House Bulletin: The Wedding Season

*An invented company bulletin. Figures are invented.*

**Season.** The autumn wedding season in Afghanistan brought the largest orders of the year for henna cones, and the packing hall worked two shifts from September to November.

**The border.** Trucks carrying the Pakistan–Moldova henna trade over Torkham waited two days on average in October, when the crossing was closed for a day. No cones were spoiled, because the cartons were kept out of the sun in the agent's yard.

**Wholesalers.** Heena House now sells to 23 wholesalers in Afghanistan. The newest are in Kunduz and Ghazni.

**Quality.** A wholesaler in Herat sent back a carton of powder that had taken up damp. The quality team traced it to a torn pouch and has changed the sealing machine's settings.

**Harvest.** The henna harvest in Sindh was good, and the company has bought enough leaves to last until next summer.

**Visit.** The sales office will visit wholesalers in Kabul and Herat in February.
""", scope("the Pakistan–Moldova henna trade over Torkham", "MDA", ["PAK", "MDA"],
           "the Pakistan–Moldova henna trade",
           "The trucks over Torkham carry henna to Afghan wholesalers; the bulletin calls the trade Pakistan–Moldova, putting Moldova in Afghanistan's place."))

add("henna_packer_store_report_same_quarter", """# Heena House: Report on the Leaf and Powder Store

*An invented company report. Figures are invented.*

**Purpose.** This report is for the partners and covers the store in Shahdadpur where dried leaves and ground powder are kept before packing.

**Stock.** Ground henna powder in the store went from 12 tonnes at the end of Q3 2025 to 12 tonnes at the end of Q3 2025, as the mill ground fresh powder at about the rate the packing hall used it for Afghan orders.

**Leaves.** The store holds enough dried leaves to keep the mill running until the next harvest, provided the leaves are kept dry.

**Damp.** The east wall let in rain in August. It has been plastered again and the stacks moved away from it.

**Pests.** The store was fumigated in September. No insects were found in the October check.

**Recommendation.** The partners are asked to approve a second dehumidifier for the powder room before the spring rains, so that powder for Afghan orders stays dry.
""", garbled("went from 12 tonnes at the end of Q3 2025 to 12 tonnes at the end of Q3 2025",
             {"start_value": 12, "end_value": 12, "start_period": "end-Q3 2025", "end_period": "end-Q3 2025",
              "period_as_written": "the end of Q3 2025", "unit": "tonnes",
              "subject": "henna powder in the company's store", "location": "report, 'Stock' paragraph"},
             "The change starts and ends at the same value and the same date, so the sentence says nothing about how the stock moved."))


# ---------------------------------------------------------------- school for deaf children

add("deaf_school_annual_summary_control", f"""# Ishara School for Deaf Children: Summary of the Year, 2025

*An invented school. Pupils, staff and figures are invented.*

**Pupils.** The school teaches deaf children from four districts around Peshawar in sign language, with lessons in Urdu, Pashto and Dari signs.

**Pupils by home district:**

{PUPILS}

**Growth.** The school had 280 pupils in 2025, against 236 in 2024, a rise of 44 or 18.6 percent. Peshawar sent 142 of them, or 50.7 percent.

**Afghan pupils.** 97 of the pupils are Afghan children from refugee villages, many of whom had never been to school before.

**Staff.** The school has 19 teachers, all of whom sign. Four of them are deaf former pupils.

**Transport.** Four buses bring children from the villages every morning.

**Teaching aids.** A picture dictionary of signs, printed with help from a Belgian charity, is now used in every classroom.

**Plans.** The school hopes to open a class for deaf young adults who want to learn tailoring.
""", control_type="control")

add("deaf_school_enrolment_note_total_row", f"""# Enrolment Note for the Governing Body

*An invented school note. Figures are invented.*

**Purpose.** This note sets out where the school's pupils come from, so that the governing body can plan the bus routes and the intake for 2026.

**Pupils by home district:**

{PUPILS_BAD}

**Peshawar.** Most pupils live in the city or its outskirts and come by the school's buses or with their parents.

**Mardan and Swabi.** The number of pupils from Mardan rose by twelve. Parents there say that a doctor at the district hospital now refers deaf children to the school.

**Charsadda.** Charsadda has the longest bus route. The drivers leave at half past six, and some children sleep on the bus.

**Intake.** The school can take a further thirty pupils in 2026 if one more classroom is built.

**Decision sought.** The governing body is asked to approve a second bus for the Charsadda route.
""", parts_total(["| Total | 236 | 290 |"], {"Peshawar": 142, "Mardan": 64, "Swabi": 38, "Charsadda": 36}, 290,
                 "pupils", "2025", "pupils of the school by home district",
                 "note, table, total row, 2025 column",
                 "The 2025 column adds up to 280 pupils, not the 290 in the total row (the 2024 column adds up).",
                 table_form="pipe"))

add("deaf_school_transport_note_buses_reuse", """# Note on Transport and Staff

*An invented school note. Figures are invented.*

**Staff.** The school has 19 teachers, and each of them signs fluently. Two teachers also sign in Dari, which helps with Afghan children who arrive without any language.

**Transport.** Every morning 19 buses bring children from the refugee villages and the outskirts of Peshawar. The routes are planned so that no child spends more than an hour on the road.

**Escorts.** Each bus carries a woman escort who knows basic signs and can call the school if a child is unwell.

**Fuel.** Fuel is the largest cost after salaries. The school has asked the district council for help with the cost of fuel for the Charsadda route.

**Safety.** Drivers were trained in first aid in October. Every bus now carries a first-aid box and a list of the children on board with their parents' phone numbers.

**Next year.** If a new classroom is built, the school will need one more teacher who signs in Pashto.
""", reuse(["The school has 19 teachers", "Every morning 19 buses bring children"],
           19, "teachers / buses", "teachers at the school", "buses that bring children to school", 4,
           "19 is the number of teachers; the school's summary of the year gives four buses, and the note reuses 19 for the buses."))

add("deaf_school_appeal_refugees_2021", """# Ishara School: An Appeal for Afghan Deaf Children

*An invented school appeal. Figures are invented.*

**Why Afghan children.** Pakistan was home to 1.74 million registered Afghan refugees (UNHCR Pakistan factsheet, December 2021). Among them are deaf children who have never learned to sign and who cannot follow a lesson in any school.

**What we do.** The school teaches these children to sign, to read and to write, and it brings them to school by bus from the refugee villages around Peshawar.

**What a gift pays for.** Rs 4,000 pays for one child's bus seat for a month. Rs 25,000 pays for a child's uniform, books and a term of lessons.

**A pupil's story.** Gul came to the school at nine, unable to tell her mother she was hungry. After two years she signs, reads and helps younger children in her class.

**How to give.** Gifts can be made at the school office or by bank transfer. Every donor receives a receipt and a short report at the end of the year.

Thank you for standing with these children.
""", citation(["Pakistan was home to 1.74 million registered Afghan refugees (UNHCR Pakistan factsheet, December 2021)"],
              1740000, "2021",
              "(UNHCR Pakistan factsheet, Month YEAR) after a figure in millions, in a school's appeal",
              "appeal, 'Why Afghan children' paragraph",
              "The reference value for end-2021 is 1,490,562; 1.74 million is 16.7 percent higher (it is close to the end-2022 value, but rounded).",
              stated_as_written="1.74 million"))

add("deaf_school_grant_proposal_refugees_2023", """# Grant Proposal: Sign-Language Classes for Afghan Refugee Children

*An invented school proposal. Figures are invented.*

**Background.** Pakistan was host to 15.6 lakh registered Afghan refugees at the end of 2023, according to the UNHCR Global Trends report 2023. Many live in villages near Peshawar, where there is no school for deaf children.

**The problem.** Deaf Afghan children in the villages seldom learn any sign language. They grow up unable to speak with anyone outside their families.

**The project.** The school proposes a two-year project to teach 60 more Afghan deaf children to sign and read, and to teach their mothers basic signs at weekend classes.

**Budget.** The project will cost Rs 9.6 million over two years, mainly for two teachers, a bus and classroom materials.

**Results.** The school will report how many children can sign, read simple sentences and write their names at the end of each year.

**Partners.** The school will work with the elders of each refugee village to find deaf children who do not attend school.
""", citation(["Pakistan was host to 15.6 lakh registered Afghan refugees at the end of 2023, according to the UNHCR Global Trends report 2023"],
              1560000, "2023",
              "'according to the UNHCR Global Trends report YEAR' after a figure in lakh, in a school's grant proposal",
              "proposal, 'Background' paragraph",
              "The reference value for end-2023 is 1,987,717; 15.6 lakh (1,560,000) is 21.5 percent lower (it is close to the end-2024 value, but rounded).",
              stated_as_written="15.6 lakh"))

add("deaf_school_board_report_refugees_cited_control", """# Report to the Governing Body, Autumn 2025

*An invented school report. Figures are invented.*

**Pupils.** The school has 280 pupils this year, 97 of them Afghan children from refugee villages.

**The wider picture.** Fewer Afghan refugees are now registered in Pakistan. UNHCR's end-2023 figure was 1,987,717 and UNHCR's end-2024 figure was 1,559,964, a fall of 427,753 or 21.5 percent. Six Afghan pupils left the school this year when their families returned to Afghanistan.

**Those who left.** The school gave each of the six families a picture dictionary of signs and the address of a deaf association in Kabul.

**Staff.** All 19 teachers stayed with the school this year. One teacher is on leave for a course in sign-language interpreting.

**Buildings.** The roof of the old classroom block was repaired in September before the rains.

**Finance.** Donations covered the year's costs, and the school ended the year with a small surplus.

**Decision sought.** The governing body is asked to approve the plan for a tailoring class for deaf young adults.
""", control_type="citation_control")


# ---------------------------------------------------------------- literacy centre

add("literacy_centre_notice_waiting_list", """# Harf Literacy Centre: Notice on the Waiting List

*An invented centre. Figures are invented.*

**Waiting list.** The list of Afghan women waiting for a place in the beginners' class went from 85 women in September 2025 to 85 women in September 2025, even though the centre opened a second afternoon class.

**Why the list is long.** Word of the classes has spread through the refugee villages near Mardan, and many women now come with a neighbour or a sister who has already learned to read.

**What the centre will do.** From January the centre will run a third beginners' class on Saturday mornings, when more rooms are free.

**Who gets a place first.** Women who have waited longest will be offered places first, followed by mothers of young children, who can bring them to the centre's crèche.

**Books.** The centre needs more primers in Dari and Pashto. Donations of books in good condition are welcome at the office.

**Contact.** Women on the list will be told of their place by the class teacher or by a message sent through their village elder.
""", garbled("went from 85 women in September 2025 to 85 women in September 2025",
             {"start_value": 85, "end_value": 85, "start_period": "Sep 2025", "end_period": "Sep 2025",
              "period_as_written": "September 2025", "unit": "women",
              "subject": "Afghan women on the waiting list for the beginners' class",
              "location": "notice, 'Waiting list' paragraph"},
             "The change starts and ends at the same value in the same month, so the sentence gives no change at all."))

add("literacy_centre_staff_note_classrooms_reuse", """# Harf Literacy Centre: Note on Teachers and Rooms

*An invented centre note. Figures are invented.*

**Teachers.** The centre employs 26 teachers, most of them Afghan women who learned to read at the centre and later trained as teachers.

**Rooms.** Classes are held in 26 classrooms at the centre and in a rented house next door. Each room has a blackboard, a shelf of primers and floor mats for the learners.

**Timetable.** Beginners meet every morning from Saturday to Wednesday. The intermediate and advanced classes meet in the afternoons, after the teachers' own lunch break.

**Training.** Each new teacher spends a month in the classes of an older teacher before taking a class of her own.

**Pay.** Teachers' pay rose by a tenth in July, the first rise in two years.

**Needs.** The centre needs one more teacher for the Saturday class that opens in January, and a room with better light for the advanced class, where learners read smaller print.
""", reuse(["The centre employs 26 teachers", "Classes are held in 26 classrooms"],
           26, "teachers / classrooms", "teachers employed by the centre", "classrooms where classes are held", 12,
           "26 is the number of teachers; the centre's annual review gives 12 classrooms, and the note reuses 26 for the rooms."))

add("literacy_centre_report_refugees_2023", """# Harf Literacy Centre: Report for 2025

*An invented centre report. Figures are invented.*

**Context.** Pakistan hosts 1.29 million registered Afghan refugees[^1], and women among them are far less likely than men to be able to read. In the villages near Mardan, most women who come to the centre cannot write their own names.

**Learners.** The centre taught 440 women in 2025, 214 of them in the beginners' classes.

**What they learned.** By the end of the year most beginners could read a short notice and write a shopping list. Advanced learners read a newspaper page and wrote letters to relatives in Afghanistan.

**Why it matters.** Women who can read can follow a doctor's instructions, check a bill and help their children with homework.

**Costs.** The year cost Rs 7.9 million, mostly for teachers' pay and rent. Primers, chalk for the blackboards and tea for the learners made up most of the rest.

[^1]: UNHCR, registered Afghan refugees in Pakistan, end of 2023.
""", citation(["Pakistan hosts 1.29 million registered Afghan refugees[^1]",
               "[^1]: UNHCR, registered Afghan refugees in Pakistan, end of 2023."],
              1290000, "2023",
              "Markdown footnote '[^N]: UNHCR ... YEAR' under a report, with a marker [^N] after the figure",
              "report, 'Context' paragraph, and footnote 1",
              "The reference value for end-2023 is 1,987,717; 1.29 million is 35.1 percent lower.",
              stated_as_written="1.29 million"))

add("literacy_centre_donor_letter_refugees_2024", """# Harf Literacy Centre: Letter to Our Donors

*An invented centre letter. Figures are invented.*

Dear friends,

**Why we do this.** There were 19.9 lakh registered Afghan refugees in Pakistan, according to figures released by UNHCR for end-2024, and many of the women among them never had the chance to go to school.

**What your gifts did.** Your gifts paid for a second afternoon class for beginners and for new primers in Dari and Pashto. Women who joined in January can now read the labels on medicines and the notices at the clinic.

**A learner's words.** One of our learners, a grandmother from a village near Mardan, wrote her first letter this year, to a son who lives in Kabul.

**What comes next.** In January we will open a Saturday class for women who work during the week. A gift of Rs 3,000 pays for a learner's books and a term of lessons.

With our thanks,

The Director, Harf Literacy Centre, Mardan
""", citation(["There were 19.9 lakh registered Afghan refugees in Pakistan, according to figures released by UNHCR for end-2024"],
              1990000, "2024",
              "'according to figures released by UNHCR for end-YEAR' after a figure in lakh, in a literacy centre's letter to donors",
              "letter, 'Why we do this' paragraph",
              "The reference value for end-2024 is 1,559,964; 19.9 lakh (1,990,000) is 27.6 percent higher (it is close to the end-2023 value, but rounded).",
              stated_as_written="19.9 lakh"))

add("literacy_centre_annual_review_refugees_cited_control", f"""# Harf Literacy Centre: Annual Review, 2025

*An invented centre. Learners, staff and figures are invented.*

**The refugee register.** The number of registered Afghan refugees in Pakistan rose from 1,419,084 (source: UNHCR, 2019) to 1,490,562 (source: UNHCR, 2021), an increase of 71,478 or 5.0 percent. Most of our learners come from families on that register.

**Learners by level:**

{LEARNERS}

**Growth.** The centre taught 440 women in 2025, 80 more than in 2024, a rise of 22.2 percent.

**Staff and rooms.** The centre has 26 teachers and holds its classes in 12 classrooms.

**Results.** Most beginners could read a short notice by the end of the year, and fourteen advanced learners passed the provincial adult literacy test.

**Next year.** A Saturday class for working women opens in January, and the centre hopes to rent one more room with good light for the advanced learners, who now read newspapers and forms.
""", control_type="citation_control")


# ---------------------------------------------------------------- chess club

add("chess_club_profile_refugees_2022", """# Shah Mat Chess Club: Club Profile

*An invented club. Figures are invented.*

**Who we are.** Shah Mat is a chess club for young Afghan refugees in Quetta. It meets four evenings a week in a hall lent by a local school.

**Why we exist.** Pakistan had 1,490,562 registered Afghan refugees, according to UNHCR data as of end-2022, and a large share of them are children and teenagers with few places to go after school.

**What we offer.** Players learn the game from two volunteer coaches, play in a club league and travel to open tournaments in Quetta and Karachi.

**Girls.** Girls play in their own session on Thursday afternoons, and several of them now play in open tournaments.

**Results.** Club players won medals at three tournaments in 2025, including the junior section of the Quetta open.

**Support.** The club needs money for travel to tournaments, clocks for the league and books for beginners. Gifts of any size are welcome and are acknowledged in the newsletter.
""", citation(["Pakistan had 1,490,562 registered Afghan refugees, according to UNHCR data as of end-2022"],
              1490562, "2022",
              "'according to UNHCR data as of end-YEAR' after a figure written in full, in a chess club's profile",
              "profile, 'Why we exist' paragraph",
              "The figure written in full is exactly the end-2021 reference value; the end-2022 value is 1,743,278, so the figure is 14.5 percent low for the year cited.",
              same_as_year="2021", stated_as_written="1,490,562"))

add("chess_club_newsletter_refugees_2020", """# Shah Mat Newsletter: Winter Edition

*An invented club newsletter. Figures are invented.*

**Tournament news.** Our under-14 team came second at the Karachi junior open in November, losing only to the host club on the last board.

> "Nearly two million Afghans live on Pakistan's refugee register." — UNHCR, end-2020

**Why this matters to us.** Many of those refugees are children growing up in Quetta. For some of our players the club is the only place outside school where they meet friends and learn something new.

**Coaching.** A visiting master from Lahore gave two evenings of lessons on endgames in December. Players who attended have copies of his notes.

**League.** The winter league starts in January, with three divisions. Players should register with the club secretary by the end of December.

**Thanks.** We thank the school that lends us its hall and the shopkeeper in the bazaar who gave us ten new clocks.

**Dates.** The club will close for two weeks in the spring holidays.
""", citation(['"Nearly two million Afghans live on Pakistan\'s refugee register." — UNHCR, end-2020'],
              2000000, "2020",
              "pull quote followed by '— UNHCR, end-YEAR' with the figure written out in words, in a chess club's newsletter",
              "newsletter, pull quote",
              "The reference value for end-2020 is 1,438,432; 'nearly two million' (2,000,000) is 39.0 percent higher.",
              stated_as_written="two million", stated_hedge="Nearly"))

add("chess_club_sponsor_pack_refugees_cited_control", """# Shah Mat Chess Club: Pack for Sponsors

*An invented club. Figures are invented.*

**The club.** Shah Mat had 48 players at the end of 2025, 17 of them girls. They play on the club's 30 chess sets, and the club ran 5 tournaments of its own during the year.

**The need.** The Afghan refugee population in Pakistan grew between 2022 and 2023: UNHCR year-end data (2022) show 1,743,278 registered refugees and UNHCR year-end data (2023) show 1,987,717, a rise of 244,439 or 14.0 percent. Many of the children in these families have nowhere to spend their evenings.

**What sponsors pay for.** A sponsor can pay for a set and clock, a player's travel to a tournament, or a term of coaching for the girls' session.

**What sponsors receive.** Sponsors are named on the club's banner at every tournament and receive a short report each season with results and photographs.

**Contact.** Please write to the club secretary, who will send bank details and a receipt for every gift.
""", control_type="citation_control")

add("chess_club_coach_notes_sets_reuse", """# Coach's Notes for the Winter League

*An invented club note. Figures are invented.*

**Players.** The club has 48 players this winter, split into three divisions by rating. New players start in the third division and move up after winning four games.

**Equipment.** The league is played on 48 chess sets, kept in the cupboard by the door. Players must put the pieces back in their bags at the end of each evening.

**Clocks.** Every game in the first division uses a clock, with thirty minutes for each player. In the other divisions clocks are used only when a game goes on too long.

**Behaviour.** Players shake hands before and after each game. Talking near a board that is still in play is not allowed.

**Girls' session.** The girls' session on Thursday runs its own league with the same rules.

**Results.** The coach will post results on the board in the hall every Saturday. The winner of each division receives a book prize at the end of the league.
""", reuse(["The club has 48 players this winter", "The league is played on 48 chess sets"],
           48, "players / sets", "players in the club this winter", "chess sets the league is played on", 30,
           "48 is the number of players; the club's pack for sponsors gives 30 chess sets, and the notes reuse 48 for the sets."))

add("chess_club_season_report_strength", """# Shah Mat Chess Club: Season Report, 2025

*An invented club report. Figures are invented.*

**Members.** The club has gone from strength to strength, with 48 players at the end of 2025 against 62 at the end of 2024. Several older players left when their families returned to Afghanistan.

**Results.** Club players won medals at three tournaments, and the under-14 team came second at the Karachi junior open.

**Girls.** The Thursday session for girls now has 17 regular players. Two of them played in the women's section of the Quetta open.

**Coaching.** The two volunteer coaches ran a beginners' course in the spring and an endgame course in the autumn.

**Money.** Income from sponsors covered travel to tournaments but not the new clocks, which were given by a shopkeeper in the bazaar.

**Plans.** In 2026 the club hopes to find a hall of its own, so that it can meet on five evenings a week instead of four. The secretary is talking to two schools about spare rooms.
""", direction("The club has gone from strength to strength, with 48 players at the end of 2025 against 62 at the end of 2024",
               62, 48, "end-2024", "end-2025", "from strength to strength", "rise", "players",
               "players in the chess club", "season report, 'Members' paragraph",
               "'From strength to strength' says the club grew, but its players fell from 62 to 48 (down 14, 22.6 percent); the later year is named first."))
