# Eleventh held-out set of synthetic documents ("heldout11").  Written from
# scratch after heldout10/, by a labeller who had not opened dyad's
# implementation or history and had not seen any of its results.
# Every entry: name (topic slug, numbered later by build_heldout11.py), text,
# labels (list of defect dicts), control_type for controls.
# The texts imitate registers not used before: diplomatic cables released in
# summary form (SUMMARY, numbered paragraphs, COMMENT), a trade fair's
# brochure pages (key numbers, exhibitor profile, organiser's message,
# sponsorship page, facts and figures, post-show report), university
# examination papers with a marking scheme and model answers, a freight
# forwarder's rate card with notes and commentary, the annual report of a
# border management agency (foreword, year at a glance, chapters with chart
# captions, finance, statistical annex), a stockbroker's equity research
# notes on a listed logistics company (investment summary, key findings,
# valuation, flash note), the company's results call transcript, a mid-term
# evaluation report of a host-community project (summary, method, context,
# relevance, efficiency, results), consultancy terms of reference, letters
# to the editor, and data-journalism "by the numbers" lists.
# Defects are hidden in new places: a cable's SUMMARY against its body, a
# cable's COMMENT, a brochure's key-numbers list against its growth table,
# an organiser's message, a sponsors' tour paragraph, a chart caption against
# a PDF-extracted table, a director general's foreword, a "year at a glance"
# list, a model answer in a marking scheme, an examination question, a
# passage quoted in an examination paper, a rate card's validity condition, a
# worked landed-cost example, a forwarder's market commentary, an investment
# summary against a segment table, a valuation paragraph, a key-findings
# bullet, a CFO's and a CEO's answers on a results call, an evaluation's
# executive summary against its indicator table and its scope note, a ToR's
# background and scope of work, readers' letters and a "by the numbers" list.
# PDF-extracted tables are laid out by pdf_table(), as in heldout10_data.py.
#
# Invented figures shared with earlier sets (see heldout3-10_data.py):
# annual trade series (README); FY2024 (FY2023-24) exports 956, imports 620,
# balance 336, two-way 1,576; FY2025 (July 2024-June 2025) exports 893,
# imports 498, balance 395, two-way 1,391; H2 2024 (Jul-Dec 2024) exports
# 445, imports 253; transit containers 52,000 FY2024, 31,200 FY2025; returns
# 2024 676,000 (Torkham 412,000, Spin Boldak-Chaman 231,000, other 33,000),
# Jan-Jun 2025 320,000 (Q1 141,000, Q2 179,000); attacks attributed to
# groups based in Afghanistan 158 (2023), 212 (2024); closure days 2024
# Torkham 46, Chaman 31, Ghulam Khan 22, Angoor Adda 17; road freight for a
# 40ft container Jan 2024 -> Jan 2025: Karachi-Kabul via Torkham 2,900 ->
# 3,400, Karachi-Kandahar via Chaman 2,300 -> 2,650, Karachi-Jalalabad
# 2,600 -> 3,000, Peshawar-Kabul 1,100 -> 1,250; detention at Torkham USD
# 120 a day; marine cargo premium Karachi-Kabul via Torkham 0.60 percent
# (2024); trucks per day Torkham 1,150 (2023), 820 (2024).
#
# New invented figures, consistent with the above:
#   Khyber Trade Expo (Peshawar), 2023 / 2024 editions: exhibitors 142 / 186
#     (+31.0 %), of which from Afghanistan 31 / 47 (+51.6 %); visitors
#     11,800 / 14,300 (+21.2 %; 2024: trade visitors 9,100, general public
#     5,200); business-to-business meetings 860 / 1,120 (+30.2 %); deals
#     signed USD 26 / 38 million (+46.2 %); floor space 7,200 sq m in 2024,
#     9,600 sq m planned for the 2025 edition (18-20 November 2025).
#     Exhibitors in 2024 by sector: food and agro-processing 52 (28.0 %),
#     pharmaceuticals and health 34 (18.3 %), construction materials 41
#     (22.0 %), textiles and garments 29 (15.6 %), other 30 (16.1 %); total
#     186 (100.0).  Stand prices 2025: shell booth of 9 sq m Rs 95,000 (Rs
#     66,500 for Afghan exhibitors, 30 % off), raw space Rs 8,500 per sq m.
#   Freight forwarder's rate card (Indus Gateway Logistics), USD per 40ft
#     container by road, Jan 2025 -> Jul 2025 (valid 1 July-31 December
#     2025): Karachi-Kabul via Torkham 3,400 -> 3,250 (-4.4 %),
#     Karachi-Kandahar via Chaman 2,650 -> 2,550 (-3.8 %), Karachi-Jalalabad
#     3,000 -> 2,880 (-4.0 %), Peshawar-Kabul 1,250 -> 1,200 (-4.0 %); 20ft
#     from July 2025: 2,300, 1,800, 2,050, 850.  Fuel surcharge 6 % of base
#     freight (USD 195 on Karachi-Kabul); port handling at Karachi USD 140 a
#     box; border clearance USD 85 a truck at Torkham, USD 70 at Chaman;
#     detention USD 120 a day at Torkham, USD 100 at Chaman, after two free
#     days.  Landed cost of one 40ft box Karachi-Kabul: 3,250 + 195 + 140 +
#     85 = 3,670.
#   Border Management Directorate (an invented agency), 2023/24 (FY2024) /
#     2024/25 (FY2025): travellers processed, thousand, both directions:
#     Torkham 968 / 742 (-23.3 %), Chaman 654 / 516 (-21.1 %), Ghulam Khan 52
#     / 38 (-26.9 %), Angoor Adda 21 / 14 (-33.3 %); total 1,695 / 1,310
#     (-22.7 %).  Forged or fraudulent travel documents detected 1,240 /
#     1,580 (+27.4 %).  Budget 2024/25, Rs million, allocated / spent:
#     employee-related 4,200 / 4,100 (97.6 %), operating 2,900 / 2,700
#     (93.1 %), IT and equipment 1,600 / 1,300 (81.3 %), construction 1,100
#     / 900 (81.8 %); total 9,800 / 9,000 (91.8 %).  Lanes of the integrated
#     border management system: Torkham 14, Chaman 10.
#   Margalla Logistics Ltd (MLL, an invented listed company), Rs bn, FY24 /
#     FY25 (July-June): revenue from Afghan transit 6.2 / 3.9 (-37.1 %),
#     domestic haulage 9.8 / 10.2 (+4.1 %), warehousing 2.6 / 2.0 (-23.1 %);
#     total 18.6 / 16.1 (-13.4 %); FY25 shares 24.2 / 63.4 / 12.4 (100.0).
#     Afghan transit containers moved 9,880 / 6,240 (-36.8 %; 19.0 / 20.0 %
#     of all transit containers).  Net profit Rs 1.03 bn / 0.72 bn (-30.1 %)
#     on 250 million shares: EPS Rs 4.12 / 2.88; dividend Rs 2.00 / 1.50 a
#     share.  FY26 forecasts: revenue Rs 17.4 bn (+8.1 %), EPS Rs 3.40
#     (+18.1 %).  Target price Rs 58, last close Rs 44.60 (upside 30.0 %,
#     13.1 times FY26 earnings).  Fleet 640 trucks, 210 of them on Afghan
#     routes; 40 new prime movers bought from Italy in FY25.
#   Host Community Resilience Project (an invented project in Khyber and
#     Bajaur districts, January 2023-December 2025, funded by Denmark), USD
#     thousand, budget / spent to 30 June 2025: livelihood grants 2,600 /
#     1,720 (66.2 %), water and sanitation 1,500 / 910 (60.7 %), vocational
#     training 1,300 / 740 (56.9 %), management and monitoring 1,100 / 530
#     (48.2 %); total 6,500 / 3,900 (60.0 %).  Indicators, end-2025 target /
#     achieved at 30 June 2025: host households receiving small grants 3,000
#     / 2,140 (71.3 %); water schemes rehabilitated 120 / 86 (71.7 %); young
#     people completing vocational training 2,400 / 1,650 (68.8 %), Afghan
#     share of trainees 40 / 37 percent.
#   Terms of reference for a study of border closures: level of effort 220
#     person-days (team leader 40, trade economist 35, survey specialist 25,
#     four enumerators 30 each = 120); ceiling USD 68,000; payments 20 / 40
#     / 40 percent; survey of 300 traders.
#   Figures used in one document only: expo sponsorship packages Rs 2.5 /
#     1.2 / 0.6 million and more than 400 participants at the 2024 business
#     forum; the Directorate's request of Rs 11,200 million and 300 posts for
#     2025/26 and eleven officers suspended; MLL's FY26 dividend forecast Rs
#     1.75; the evaluation's sample of 240 grant recipients and 81 of 86
#     water schemes found working; a ToR's survey of 600 refugee households
#     (300 each in Peshawar and Quetta).

HELDOUT11 = []


def doc(name, text, labels=(), control_type=None):
    HELDOUT11.append({"name": name, "text": text.strip() + "\n", "labels": list(labels),
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

CABLE_NOTE = ("*In the style of a diplomatic cable from a European embassy to its foreign ministry, "
              "released in summary form. The embassy, its officers and its contacts are not named; "
              "trade and transit figures follow this set's invented series.*")

# =================================================================== diplomatic cables

doc("cable_trade_summary_exports", f"""
# Cable: Pakistan/Afghanistan: Trade Slumps as the Border Stays Tense

{CABLE_NOTE}

CLASSIFICATION: RESTRICTED. FROM: EMBASSY ISLAMABAD. TO: MINISTRY, SOUTH ASIA DESK. INFO: EMBASSY KABUL. DATE: 14 AUGUST 2025. SUBJECT: PAKISTAN/AFGHANISTAN: TRADE SLUMPS AS BORDER STAYS TENSE.

1. SUMMARY: Pakistan's exports to Afghanistan fell to USD 839 mn in FY2025 (July 2024 to June 2025), and imports from Afghanistan fell faster. Business contacts in Peshawar blame the repeated closures at Torkham rather than weak demand in Afghanistan. END SUMMARY.

2. Figures released this week by Pakistan's statistics bureau show two-way trade of USD 1,391 mn in the year to end-June 2025, against USD 1,576 mn a year earlier, a fall of 11.7 percent.

3. On the export side, Pakistan's exports to Afghanistan came to USD 893 mn, down from USD 956 mn. Imports from Afghanistan dropped to USD 498 mn from USD 620 mn, almost one-fifth lower, so that Pakistan's surplus widened to USD 395 mn from USD 336 mn.

4. The president of a Peshawar traders' association told us that the forty-six days of closure at Torkham in 2024 had cost his members more than any tariff. In January truckers quoted USD 3,400 for a 40ft container from Karachi to Kabul via Torkham, up from USD 2,900 a year before.

5. Afghan trade officials told EMBASSY KABUL that importers there are turning to Iranian ports, and to Central Asian suppliers for flour and cement.

6. COMMENT: Both capitals say they want trade to grow, but neither has offered a concession on the crossings. We see no early recovery. END COMMENT.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Pakistan's exports to Afghanistan fell to USD 839 mn in FY2025",
               "Pakistan's exports to Afghanistan came to USD 893 mn"],
    "explanation": "The cable's SUMMARY puts Pakistan's FY2025 exports to Afghanistan at USD 839 mn; paragraph 3 gives USD 893 mn for the same flow and year, which agrees with the surplus of USD 395 mn on imports of USD 498 mn and with two-way trade of USD 1,391 mn. The digits are transposed in the summary.",
    "expected_values": {"summary_value": 839, "body_value": 893, "unit": "USD million",
                        "text_as_written": "USD 839 mn",
                        "subject": "PAK→AFG exports", "period": "FY2025",
                        "location": "cable SUMMARY against a body paragraph"},
}])

doc("cable_returns_comment_twice", f"""
# Cable: Afghanistan: Returns from Pakistan Pick Up Again

{CABLE_NOTE}

CLASSIFICATION: RESTRICTED. FROM: EMBASSY KABUL. TO: MINISTRY, SOUTH ASIA DESK. INFO: EMBASSY ISLAMABAD. DATE: 9 JULY 2025. SUBJECT: AFGHANISTAN: RETURNS FROM PAKISTAN PICK UP AGAIN.

1. SUMMARY: Some 320,000 Afghans came back from Pakistan in the first half of 2025, more of them in the second quarter than in the first. The de facto authorities are struggling to receive them, and donor funding has not kept pace. END SUMMARY.

2. Border officials at Torkham told us that one hundred and forty-one thousand people returned between January and March and 179,000 between April and June, a rise of 27 percent from one quarter to the next. Most came through Torkham and Spin Boldak.

3. The whole of 2024 saw 676,000 returns, 412,000 of them through Torkham. At the pace of the second quarter, 2025 would roughly match that figure by the end of the year.

4. Reception centres at Torkham and Spin Boldak offer a cash grant, a meal and onward transport. Staff at Torkham said the centre there had been built for far smaller numbers, and families now wait two or three days for transport to their home districts.

5. COMMENT: Pakistan has not announced an end date for its drive against undocumented foreigners, and Afghan officials expect more returns after the summer. We recommend that the Ministry raise reception capacity with other donors at the next coordination meeting in Kabul. We recommend that the Ministry raise reception capacity with other donors at the next coordination meeting in Kabul. END COMMENT.
""", [{
    "kind": "garbled",
    "quotes": ["We recommend that the Ministry raise reception capacity with other donors at the next coordination meeting in Kabul. We recommend that the Ministry raise reception capacity with other donors at the next coordination meeting in Kabul."],
    "explanation": "The recommendation in the cable's COMMENT is pasted twice in a row, word for word.",
    "expected_values": {"repeated_sentence": "We recommend that the Ministry raise reception capacity with other donors at the next coordination meeting in Kabul.",
                        "occurrences": 2, "location": "cable COMMENT"},
}])

doc("cable_transit_imports_reuse", f"""
# Cable: Pakistan: Afghan Transit Trade Dwindles

{CABLE_NOTE}

CLASSIFICATION: RESTRICTED. FROM: EMBASSY ISLAMABAD. TO: MINISTRY, SOUTH ASIA DESK; TRADE DEPARTMENT. DATE: 22 JULY 2025. SUBJECT: PAKISTAN: AFGHAN TRANSIT TRADE DWINDLES, BILATERAL TRADE DOWN.

1. SUMMARY: Afghan transit containers cleared through Karachi and Port Qasim fell by two-fifths in FY2025, and bilateral trade also declined. Customs officers expect no recovery while the list of goods barred from transit stays in force. END SUMMARY.

2. According to the Federal Board of Revenue, 31,200 transit containers were cleared in FY2025 (July 2024 to June 2025), against 52,000 in FY2024. Officials attribute the drop to the negative list of goods that may no longer move in transit and to the bank guarantee now required for each consignment.

3. Bilateral trade fell as well. Pakistan's exports to Afghanistan were USD 893 mn in FY2025 and imports from Afghanistan USD 893 mn, leaving a surplus of USD 395 mn in Pakistan's favour. A business daily ran the story under the headline "Exports to Afghanistan shrank 6.6pc".

4. Transit traders in Peshawar told us that many Afghan importers now route goods through Bandar Abbas and Chabahar, which they described as slower but more predictable. Two clearing agents said they had laid off half their staff since the negative list was extended.

5. COMMENT: Pakistan's customs service sees the transit regime mainly as a smuggling risk, and the Ministry of Commerce has not pushed back. Unless the negative list is shortened, we expect Karachi's share of Afghan transit to keep shrinking. END COMMENT.
""", [{
    "kind": "number_reuse",
    "quotes": ["Pakistan's exports to Afghanistan were USD 893 mn in FY2025",
               "imports from Afghanistan USD 893 mn"],
    "explanation": "USD 893 mn is given for both Pakistan's exports to Afghanistan and its imports from Afghanistan in FY2025; with the surplus of USD 395 mn stated in the same sentence, imports must have been USD 498 mn.",
    "expected_values": {"value": 893, "unit": "USD million",
                        "value_as_written": "USD 893 mn",
                        "quantity_1": "PAK→AFG exports, FY2025",
                        "quantity_2": "AFG→PAK imports, FY2025",
                        "expected_value_2": 498},
}])

doc("cable_por_cards_2022", f"""
# Cable: Pakistan: Proof of Registration Cards Extended Again, Briefly

{CABLE_NOTE}

CLASSIFICATION: RESTRICTED. FROM: EMBASSY ISLAMABAD. TO: MINISTRY, SOUTH ASIA DESK; MIGRATION DEPARTMENT. DATE: 3 APRIL 2025. SUBJECT: PAKISTAN: PROOF OF REGISTRATION CARDS EXTENDED AGAIN, BRIEFLY.

1. SUMMARY: The federal cabinet has extended the validity of the Proof of Registration (PoR) cards held by registered Afghan refugees by three months, to 30 June 2025. Officials gave no assurance of a further extension. END SUMMARY.

2. The PoR card is the only document that gives registered Afghans a legal stay in Pakistan. UNHCR data as of end-2022 put their number at 1,438,432, most of them in Khyber Pakhtunkhwa and Balochistan. Holders of the Afghan Citizen Card, issued to unregistered Afghans in 2017, are not covered by the decision and have been told to leave.

3. A senior official of the Ministry of States and Frontier Regions told us that the short extension was meant to give provinces time to map where card holders live and work. He did not rule out a phased return of card holders from the second half of the year.

4. Police in Islamabad and Rawalpindi have stepped up checks in neighbourhoods with many Afghan residents. Contacts in the Afghan community described arrests of card holders whose cards had been left at home, most of them released within a day.

5. COMMENT: Three-month extensions keep registered refugees in a state of constant uncertainty. We suggest that the Ministry, with like-minded partners, ask for a longer extension and for a written assurance that card holders will not be removed while their cards are valid. END COMMENT.
""", [{
    "kind": "citation",
    "quotes": ["UNHCR data as of end-2022 put their number at 1,438,432"],
    "explanation": "The cable cites UNHCR data as of end-2022 for 1,438,432 registered Afghan refugees. The reference value for end-2022 is 1,743,278; 1,438,432 is the end-2020 value, 17.5 percent lower.",
    "expected_values": {"stated": 1438432, "reference": 1743278, "same_as_year": "2020",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2022",
                        "cited_source": "UNHCR data as of end-2022",
                        "citation_form": "'UNHCR data as of end-YYYY' in a cable paragraph",
                        "location": "numbered cable paragraph"},
}])

doc("cable_refugee_register_control", f"""
# Cable: Pakistan: The Refugee Register Shrinks

{CABLE_NOTE}

CLASSIFICATION: RESTRICTED. FROM: EMBASSY ISLAMABAD. TO: MINISTRY, SOUTH ASIA DESK; MIGRATION DEPARTMENT. INFO: EMBASSY KABUL. DATE: 20 FEBRUARY 2025. SUBJECT: PAKISTAN: THE REFUGEE REGISTER SHRINKS.

1. SUMMARY: The number of registered Afghan refugees in Pakistan fell by more than 400,000 during 2024, the first large fall in years. Officials and refugee leaders give different reasons. END SUMMARY.

2. UNHCR's end-2024 figure of 1,559,964 registered Afghan refugees is 427,753 below UNHCR's end-2023 figure of 1,987,717, a fall of about 21.5 percent. The register had grown in each of the four years before.

3. Officials of the Chief Commissionerate for Afghan Refugees told us that most of the fall reflects returns and the removal of records that could not be verified. Refugee elders in Peshawar said that many families left out of fear of arrest rather than by choice.

4. Returns were high throughout 2024: 676,000 Afghans went back, 412,000 of them through Torkham and 231,000 through Spin Boldak-Chaman. Not all of them were registered refugees; many held no documents at all.

5. The cards of registered refugees are due to expire on 31 March 2025. No decision on an extension had been taken when this cable was drafted.

6. COMMENT: A smaller register does not mean a smaller population of Afghans in Pakistan, and officials themselves concede that the unregistered population is not known. We will report on the cabinet's decision on the cards. END COMMENT.
""", control_type="citation_control")

# =================================================================== trade fair brochure

EXPO_NOTE = ("*In the style of a trade fair's brochure for exhibitors and sponsors. The fair, its "
             "organiser (Khyber Expo Services) and all its figures are invented.*")

doc("expo_key_numbers_deals", f"""
# Khyber Trade Expo 2025: Why Exhibit

{EXPO_NOTE}

**4th Khyber Trade Expo, 18–20 November 2025, Frontier Exhibition Centre, Peshawar.** The business-to-business fair that brings buyers from Afghanistan and Central Asia to meet manufacturers from across Pakistan.

**Key numbers from 2024**

- 186 exhibitors, 47 of them from Afghanistan
- 14,300 visitors over three days
- 1,120 pre-arranged business meetings
- USD 83 million in deals signed on the show floor or within a month

**Why exhibit?** Afghan importers still prefer to meet suppliers in person before placing large orders, and many of them now find the journey to Lahore or Karachi too long. In Peshawar they are a day's drive from Kabul and Jalalabad. Our matchmaking team arranges meetings with buyers from your sector before the fair opens, and a business lounge with interpreters in Dari and Pashto is open to all exhibitors.

**Growth since 2023**

| Indicator | 2023 | 2024 | Change (%) |
|---|---|---|---|
| Exhibitors | 142 | 186 | 31.0 |
| from Afghanistan | 31 | 47 | 51.6 |
| Visitors | 11,800 | 14,300 | 21.2 |
| Business meetings | 860 | 1,120 | 30.2 |
| Deals signed (USD mn) | 26 | 38 | 46.2 |

**2025 plans.** Floor space grows to 9,600 square metres from 7,200, with a new hall for construction materials. Shell booths of nine square metres cost Rs 95,000; Afghan exhibitors pay Rs 66,500. Early-bird bookings close on 31 August.
""", [{
    "kind": "text_vs_table",
    "quotes": ["USD 83 million in deals signed", "| Deals signed (USD mn) | 26 | 38 | 46.2 |"],
    "explanation": "The key-numbers list puts deals signed at the 2024 fair at USD 83 million; the growth table gives USD 38 million for 2024, which its change column (+46.2 percent on 26) confirms. The digits are transposed in the list.",
    "expected_values": {"text_value": 83, "table_value": 38, "unit": "USD million",
                        "text_as_written": "USD 83 million",
                        "subject": "deals signed at the Khyber Trade Expo", "period": "2024",
                        "location": "brochure key-numbers list against a table", "table_form": "pipe"},
}])

doc("expo_exhibitor_profile_shares", f"""
# Khyber Trade Expo 2025: Exhibitor Profile

{EXPO_NOTE}

**Who exhibits.** The 2024 edition brought together 186 exhibitors from eleven cities in Pakistan and from Kabul, Jalalabad, Kandahar and Mazar-i-Sharif. By sector, the exhibitors were food and agro-processing 28%, construction materials 22%, pharmaceuticals and health 18%, textiles and garments 16% and other sectors 19%. The "other" group includes packaging, solar equipment, logistics firms and two banks offering trade finance.

**Who visits.** Of the 14,300 visitors, 9,100 registered as trade visitors: importers, wholesalers, distributors and the procurement staff of hospitals and building contractors. The rest came on the open day, which is popular with families from Peshawar and with Afghan students.

**Where buyers come from.** Most foreign buyers travel from Kabul, Jalalabad and Kandahar. The organiser also invites small delegations from Tashkent and Dushanbe, whose importers are interested in pharmaceuticals, fruit juices and building materials.

**What buyers want.** In the 2024 exit survey, buyers asked most often for rice, wheat flour, medicines, cement and steel bars, and for suppliers able to deliver to Kabul within a week. Many said they would order more if payment through banks were easier.

**Booking a stand.** Space in every sector hall is allocated in order of booking. Exhibitors who took part in 2024 keep their priority until 31 July. A shell booth of nine square metres costs Rs 95,000 and raw space Rs 8,500 per square metre.
""", [{
    "kind": "arithmetic",
    "quotes": ["food and agro-processing 28%, construction materials 22%, pharmaceuticals and health 18%, textiles and garments 16% and other sectors 19%"],
    "explanation": "The sector shares of the 186 exhibitors add up to 103 percent. The 30 exhibitors of other sectors make 16.1 percent, not 19.",
    "expected_values": {"shares_pct": {"Food and agro-processing": 28, "Construction materials": 22,
                                       "Pharmaceuticals and health": 18, "Textiles and garments": 16,
                                       "Other sectors": 19},
                        "sum_pct": 103, "unit": "percent of exhibitors", "period": "2024",
                        "subject": "exhibitors at the Khyber Trade Expo by sector"},
}])

doc("expo_post_show_visitors_reuse", f"""
# Khyber Trade Expo 2024: Post-Show Report

{EXPO_NOTE}

**Summary.** The 3rd Khyber Trade Expo (12–14 November 2024) welcomed 14,300 visitors, 9,100 trade visitors and 9,100 members of the public on the open day. 186 exhibitors took part, up from 142 in 2023, and 47 of them came from Afghanistan despite the difficulties at the border.

**Business results.** Exhibitors held 1,120 pre-arranged business meetings with buyers, against 860 at the previous fair. Deals worth USD 38 million were signed on the show floor or reported to the organiser within a month, up from USD 26 million. Pharmaceuticals and food processing accounted for most of the value.

**Exhibitor satisfaction.** In the exit survey, most exhibitors rated the fair good or very good, and a clear majority said they would return in 2025. The most common complaints concerned parking, the late issue of visitor badges on the first morning and the slow internet connection in the halls.

**Afghan participation.** Afghan exhibitors crossed at Torkham with group visas arranged by the organiser. Two trucks of exhibits were held at the border for four days, and the organiser has since agreed a procedure with customs for temporary imports of exhibits.

**Looking ahead.** The 2025 edition will add a hall for construction materials and bring the floor space to 9,600 square metres. Exhibitors of 2024 can book their stands from 1 June 2025.
""", [{
    "kind": "number_reuse",
    "quotes": ["9,100 trade visitors", "9,100 members of the public"],
    "explanation": "9,100 is given for both the trade visitors and the members of the public on the open day; with 14,300 visitors in all, the public numbered 5,200.",
    "expected_values": {"value": 9100, "unit": "visitors",
                        "quantity_1": "trade visitors at the Khyber Trade Expo, 2024",
                        "quantity_2": "members of the public on the open day, 2024",
                        "expected_value_2": 5200},
}])

doc("expo_organiser_message_dipped", f"""
# Khyber Trade Expo 2025: A Message from the Organiser

{EXPO_NOTE}

Dear exhibitors and partners,

When we opened the first Khyber Trade Expo three years ago, many people told us that nobody would come to a trade fair in Peshawar while the border was so often closed. They were wrong. Even though visitor numbers dipped from 11,800 in 2023 to 14,300 in 2024, as the closures at Torkham kept many Afghan buyers at home, deals signed at the fair rose from USD 26 million to USD 38 million. Quality, not quantity, is what our exhibitors tell us they value.

This year we are adding a hall for construction materials, because Afghan contractors asked for it, and we are bringing the floor space to 9,600 square metres. We are also working with the chambers of commerce in Peshawar and Jalalabad to arrange group visas for Afghan buyers, so that fewer of them are turned back at the border.

I thank the Government of Khyber Pakhtunkhwa for its support, our sponsors for their confidence, and above all the 186 exhibitors of 2024, 47 of whom travelled from Afghanistan.

We look forward to welcoming you to Peshawar from 18 to 20 November 2025.

With warm regards,

*Chief Executive, Khyber Expo Services*
""", [{
    "kind": "direction",
    "quotes": ["visitor numbers dipped from 11,800 in 2023 to 14,300 in 2024"],
    "explanation": "The organiser's message says visitor numbers dipped, but the figures it gives show a rise from 11,800 to 14,300 (+21.2 percent).",
    "expected_values": {"from": 11800, "to": 14300, "change": 2500, "change_pct": 21.19,
                        "from_period": "2023", "to_period": "2024",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "dipped", "unit": "visitors",
                        "subject": "visitors to the Khyber Trade Expo",
                        "location": "organiser's message"},
}])

doc("expo_sponsorship_morocco_crossing", f"""
# Khyber Trade Expo 2025: Sponsorship Opportunities

{EXPO_NOTE}

Put your brand in front of 186 exhibitors and more than 14,000 visitors, and in front of the buyers from Kabul, Jalalabad and Kandahar who come to Peshawar to place orders.

**Platinum partner (one only), Rs 2.5 million.** Naming rights to the main hall, a 54 square metre stand, the opening speech at the business forum and your logo on every badge and banner.

**Gold sponsor (three), Rs 1.2 million.** A 36 square metre stand, a session at the business forum and a full-page advertisement in the catalogue.

**Silver sponsor (six), Rs 0.6 million.** An 18 square metre stand and your logo on the website and in the catalogue.

**Pavilion sponsor.** In 2025 the fertiliser pavilion will be sponsored by a group of Peshawar importers who bring in phosphate fertiliser from Morocco and sell it to farmers on both sides of the border. Other sector pavilions are still open for sponsorship.

**Sponsors' tour.** On the day after the fair, sponsors are invited on a guided visit to the customs terminal at Torkham, the busiest Morocco–Afghanistan crossing, with a briefing by the collector of customs on the new integrated border management system.

**Business forum.** The forum on the first morning brings together ministers, chamber presidents and bankers from both countries to discuss payments, transit and visas. In 2024 it drew more than 400 participants.

To reserve a package, contact the partnerships team by 15 September 2025.
""", [{
    "kind": "scope",
    "quotes": ["Torkham, the busiest Morocco–Afghanistan crossing"],
    "explanation": "Torkham is a Pakistan–Afghanistan crossing. The brochure names Morocco as the other side; Morocco appears correctly elsewhere only as the origin of phosphate fertiliser.",
    "expected_values": {"third_country": "MAR", "named_pair": ["MAR", "AFG"], "pair": PAIR,
                        "named_as": "Morocco–Afghanistan crossing",
                        "not_a_defect": "phosphate fertiliser from Morocco"},
}])

doc("expo_facts_figures_control", f"""
# Khyber Trade Expo 2025: Facts and Figures for Exhibitors

{EXPO_NOTE}

**The 2024 edition in brief.** 186 exhibitors took part, almost a third more than the 142 of 2023. About a quarter of them (47) came from Afghanistan, most from Kabul and Jalalabad. Food and agro-processing firms were the largest group, with 28 percent of the stands, and construction materials came second.

**Exhibitors by sector, 2024**

| Sector | Exhibitors | Share (%) |
|---|---|---|
| Food and agro-processing | 52 | 28.0 |
| Construction materials | 41 | 22.0 |
| Pharmaceuticals and health | 34 | 18.3 |
| Textiles and garments | 29 | 15.6 |
| Other | 30 | 16.1 |
| Total | 186 | 100.0 |

**Visitors and deals.** The fair drew 14,300 visitors, 9,100 of them trade visitors and 5,200 members of the public on the open day. Exhibitors reported deals worth USD 38 million, almost half as much again as the USD 26 million of 2023, and held 1,120 pre-arranged meetings with buyers.

**The 2025 edition.** The fair runs from 18 to 20 November 2025 at the Frontier Exhibition Centre in Peshawar. Floor space grows by a third, to 9,600 square metres from 7,200, with a new hall for construction materials. A shell booth of nine square metres costs Rs 95,000, or Rs 66,500 for Afghan exhibitors, who receive a 30 percent discount.

**Getting there.** Peshawar is a day's drive from Kabul through Torkham. The organiser arranges group visas for registered Afghan exhibitors and buyers and a shuttle between the hotels and the fair.
""", control_type="control")

# =================================================================== examination paper with marking scheme

EXAM_NOTE = ("*In the style of a university's annual examination paper with the examiners' marking "
             "scheme. The university, the course and the questions are invented; trade figures follow "
             "this set's series.*")

doc("exam_marking_scheme_imports_change", f"""
# B.Com. Part II Annual Examination 2025: Economy of Pakistan (Paper VI)

{EXAM_NOTE}

**Section C, Question 7 (10 marks).** Study Table 3 and answer all parts of the question.

**Table 3: Pakistan's trade with Afghanistan, US$ million (fiscal years, July–June)**

| Item | FY2024 | FY2025 |
|---|---|---|
| Exports to Afghanistan | 956 | 893 |
| Imports from Afghanistan | 620 | 498 |
| Total trade | 1,576 | 1,391 |
| Balance | 336 | 395 |

(a) Calculate the percentage change in Pakistan's imports from Afghanistan between FY2024 and FY2025. (2 marks)

(b) Explain why Pakistan's trade surplus with Afghanistan widened although its exports fell. (3 marks)

(c) Give two reasons for the fall in bilateral trade in FY2025. (5 marks)

**Marking scheme (for examiners only)**

(a) Percentage change = (498 − 620) ÷ 498 × 100 = −24.5 percent. Award one mark for the correct method and one for the answer; accept answers between −24 and −25.

(b) Imports fell by more than exports in absolute terms (by 122 against 63), so the gap between them grew from 336 to 395. Award full marks only if both changes are given.

(c) Any two of: the closures of Torkham and Chaman (Torkham alone was closed for 46 days in 2024); restrictions on goods allowed to move in transit; payment difficulties, since few banks will handle transfers to Afghanistan; Afghan importers switching to Iranian and Central Asian suppliers. Award up to 2.5 marks for each reason that is explained and not merely named.
""", [{
    "kind": "arithmetic",
    "quotes": ["(498 − 620) ÷ 498 × 100 = −24.5 percent"],
    "explanation": "The model answer divides the change by the new value instead of the old one. Imports fell from 620 to 498, a change of −19.7 percent, not −24.5 percent; the scheme even tells examiners to accept only answers between −24 and −25.",
    "expected_values": {"from": 620, "to": 498, "computed_change_pct": -19.68, "stated_change_pct": -24.5,
                        "unit": "USD million", "subject": "AFG→PAK imports",
                        "from_period": "FY2024", "to_period": "FY2025",
                        "location": "marking scheme model answer"},
}])

doc("exam_question_years_backwards", f"""
# B.A. Economics Annual Examination 2025: Regional Economic Relations (Paper IV)

{EXAM_NOTE}

**Question 5 (12 marks).** The table shows Pakistan's trade with Afghanistan in calendar years, US$ million.

| Year | Exports | Imports | Balance |
|---|---|---|---|
| 2019 | 1,290 | 441 | 849 |
| 2020 | 942 | 509 | 433 |
| 2021 | 828 | 552 | 276 |
| 2022 | 936 | 741 | 195 |
| 2023 | 1,012 | 690 | 322 |
| 2024 | 884 | 540 | 344 |

(a) Describe the trend in Pakistan's imports from Afghanistan from 2024 to 2019. (4 marks)

(b) In which year was Pakistan's trade surplus with Afghanistan smallest? Suggest one reason. (3 marks)

(c) Calculate the percentage change in imports between 2021 and 2022, and comment on it. (5 marks)

**Marking scheme**

(a) Imports rose every year from 441 in 2019 to 741 in 2022, then fell to 690 in 2023 and 540 in 2024. Credit candidates who link the rise to coal and the later fall to border closures and the switch to other coal suppliers.

(b) 2022, when the surplus was 195. Accept any one reason: the jump in coal imports, or higher prices of Afghan goods after the change of government in Kabul.

(c) (741 − 552) ÷ 552 × 100 = 34.2 percent. Award two marks for the calculation and up to three for a comment that links the rise to coal imports.

*Examiners should not penalise candidates who round to whole numbers.*
""", [{
    "kind": "garbled",
    "quotes": ["from 2024 to 2019"],
    "explanation": "Part (a) asks for the trend in imports over a period that runs backwards, from 2024 to 2019; the table and the marking scheme describe 2019 to 2024.",
    "expected_values": {"stated_period_start": "2024", "stated_period_end": "2019",
                        "subject": "Pakistan's imports from Afghanistan",
                        "location": "examination question"},
}])

doc("exam_model_answer_surplus_narrowed", f"""
# B.Com. Part I Annual Examination 2025: Business Economics (Paper III)

{EXAM_NOTE}

**Question 4 (8 marks).** The table shows Pakistan's trade with Afghanistan, US$ million.

| Item | calendar 2023 | calendar 2024 |
|---|---|---|
| Exports | 1,012 | 884 |
| Imports | 690 | 540 |
| Balance | 322 | 344 |

(a) By how much did exports and imports each change between calendar 2023 and calendar 2024? (2 marks)

(b) What happened to Pakistan's trade surplus with Afghanistan, and why? (3 marks)

(c) Suggest one policy that could raise Pakistan's exports to Afghanistan. (3 marks)

**Marking scheme**

(a) Exports fell by 128 and imports by 150. One mark each.

(b) Because imports fell by more than exports, the surplus narrowed from US$ 322 million in 2023 to US$ 344 million in 2024. Award one mark for the direction, one for the figures and one for the reason.

(c) Any reasonable policy, for example keeping Torkham open around the clock, faster clearance of trucks, easier visas for Afghan traders or barter arrangements where banking channels are closed. Award three marks for a policy that is explained with reference to the table.

*Candidates who use percentage changes in part (a) instead of absolute changes should receive full marks if the figures are correct.*
""", [{
    "kind": "direction",
    "quotes": ["the surplus narrowed from US$ 322 million in 2023 to US$ 344 million in 2024"],
    "explanation": "The model answer says the surplus narrowed, but it rose from US$ 322 million to US$ 344 million, as the table shows and as the answer's own reason (imports fell by more than exports) implies.",
    "expected_values": {"from": 322, "to": 344, "change": 22, "change_pct": 6.83,
                        "from_period": "2023", "to_period": "2024",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "narrowed", "unit": "USD million",
                        "subject": "Pakistan's trade balance with Afghanistan",
                        "location": "marking scheme model answer"},
}])

doc("exam_passage_refugees_2019", f"""
# M.A. Development Studies Annual Examination 2025: Migration and Development (Paper II)

{EXAM_NOTE}

**Question 2 (15 marks).** Read the passage and answer the questions that follow.

> At the end of 2019 Pakistan hosted 1.6 million registered Afghan refugees (Source: UNHCR, 31 December 2019), most of them in Khyber Pakhtunkhwa and Balochistan. Many had lived in Pakistan for more than thirty years. Refugees worked as day labourers, traders, transporters and shopkeepers, and some Afghan families ran large businesses in Peshawar and Quetta. Yet few of them could open a bank account or own property in their own name.

(a) Identify two ways in which Afghan refugees contributed to the economy of Khyber Pakhtunkhwa. (4 marks)

(b) Explain why the lack of access to banks and property matters for the refugees' economic integration. (5 marks)

(c) Discuss one argument for and one against allowing registered refugees to work formally in Pakistan. (6 marks)

**Marking scheme**

(a) Any two of: labour in construction and agriculture; trade and transport links with Afghanistan; small businesses that employ Pakistanis; spending in local markets. Two marks each.

(b) Without bank accounts, refugees keep savings in cash or with money dealers, cannot borrow to grow a business and cannot prove their income. Without property they cannot offer collateral. Reward answers that mention the risks this creates for the refugees and for the tax base.

(c) For: more tax revenue and fewer people in informal work. Against: competition for low-skilled jobs in areas of high unemployment. Credit balanced answers that use evidence from the passage.
""", [{
    "kind": "citation",
    "quotes": ["At the end of 2019 Pakistan hosted 1.6 million registered Afghan refugees (Source: UNHCR, 31 December 2019)"],
    "explanation": "The passage cites UNHCR for 1.6 million registered Afghan refugees at the end of 2019; the reference value for end-2019 is 1,419,084, so the figure is 12.7 percent too high.",
    "expected_values": {"stated": 1600000, "stated_as_written": "1.6 million", "reference": 1419084,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2019",
                        "cited_source": "Source: UNHCR, 31 December 2019",
                        "citation_form": "'(Source: UNHCR, DD Month YYYY)' in a quoted examination passage",
                        "location": "examination passage"},
}])

doc("exam_trade_table_control", f"""
# B.Com. Part II Supplementary Examination 2025: Economy of Pakistan (Paper VI)

{EXAM_NOTE}

**Question 6 (10 marks).** The table shows Pakistan's trade with Afghanistan, US$ million, calendar years.

| Year | Exports | Imports | Total trade | Balance |
|---|---|---|---|---|
| 2021 | 828 | 552 | 1,380 | 276 |
| 2022 | 936 | 741 | 1,677 | 195 |
| 2023 | 1,012 | 690 | 1,702 | 322 |
| 2024 | 884 | 540 | 1,424 | 344 |

(a) Calculate the change in total trade between calendar 2023 and calendar 2024, in US$ million and as a fraction. (3 marks)

(b) In which year shown was the surplus largest? (2 marks)

(c) Calculate the percentage change in exports between 2023 and 2024 and give one reason for it. (5 marks)

**Marking scheme**

(a) Total trade fell by US$ 278 million, from 1,702 to 1,424, a decline of roughly one-sixth (16.3 percent). Accept "about a sixth" or "about 16 percent".

(b) 2024, with a surplus of US$ 344 million. Candidates who choose 2023 (US$ 322 million) receive no mark.

(c) (884 − 1,012) ÷ 1,012 × 100 = −12.6 percent. Award two marks for the calculation and up to three for a reason, for example the closures of Torkham and Chaman in 2024 or weaker demand for Pakistani flour once Afghanistan bought more from Kazakhstan.

*A candidate who gives the answer to part (c) as "a fall of about one-eighth" should receive full marks for the calculation.*
""", control_type="control")

# =================================================================== freight forwarder's rate card

RATE_NOTE = ("*In the style of a freight forwarder's rate card for road haulage to Afghanistan, with "
             "notes and a market commentary. The forwarder (Indus Gateway Logistics) and its rates "
             "are invented; earlier rates follow this set's series.*")

doc("rate_card_peshawar_kabul_note", f"""
# Indus Gateway Logistics: Road Freight Rate Card No. 7, Afghanistan Routes

{RATE_NOTE}

**Rates for one 40ft container, port or depot to consignee's gate, USD, excluding customs duties and taxes**

| Route (40ft) | Jan 2025 | Jul 2025 | Change (%) |
|---|---|---|---|
| Karachi–Kabul via Torkham | 3,400 | 3,250 | -4.4 |
| Karachi–Jalalabad via Torkham | 3,000 | 2,880 | -4.0 |
| Karachi–Kandahar via Chaman | 2,650 | 2,550 | -3.8 |
| Peshawar–Kabul via Torkham | 1,250 | 1,200 | -4.0 |

**Notes**

1. A fuel surcharge of 6 percent of the base freight is added to every invoice.
2. Two free days are allowed at the border. Detention after that is charged at USD 120 a day at Torkham and USD 100 a day at Chaman.
3. Border clearance is charged at USD 85 per truck at Torkham and USD 70 at Chaman.
4. Cargo insurance is arranged on request at 0.60 percent of the insured value.

**Commentary.** With fewer Afghan transit boxes moving through Karachi, trucks are easier to find and we have passed the saving on. Every route is cheaper than in January. Our shortest route is also the cheapest: Peshawar–Kabul now costs USD 1,150 per 40ft box, and most of our Peshawar customers deliver within two days when Torkham is open. On the long routes from Karachi, transit times are six to eight days to Kabul and five to seven to Kandahar, but closures at the border can add a week or more, and detention then quickly eats up the saving. We advise clients to build the detention charge into their quotations to Afghan buyers.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Peshawar–Kabul now costs USD 1,150 per 40ft box", "| Peshawar–Kabul via Torkham | 1,250 | 1,200 | -4.0 |"],
    "explanation": "The commentary gives the July 2025 rate for Peshawar–Kabul as USD 1,150 per 40ft box; the rate table gives USD 1,200, which its change column (-4.0 percent on 1,250) confirms.",
    "expected_values": {"text_value": 1150, "table_value": 1200, "unit": "USD per 40ft container",
                        "subject": "road freight rate Peshawar–Kabul via Torkham", "period": "Jul 2025",
                        "location": "rate card commentary against its rate table", "table_form": "pipe"},
}])

doc("rate_card_landed_cost_total", f"""
# Indus Gateway Logistics: What Does a Box to Kabul Really Cost?

{RATE_NOTE}

Afghan buyers increasingly ask Pakistani exporters for a price delivered to Kabul rather than at Karachi or at the border. Exporters who quote only our base freight are often surprised by the final invoice. The example below shows the charges we add for one 40ft container moved by road from Karachi to Kabul via Torkham under Rate Card No. 7, which took effect on 1 July 2025.

**Worked example: one 40ft container, Karachi to Kabul via Torkham**

| Item | USD |
|---|---|
| Base freight, Karachi–Kabul via Torkham | 3,250 |
| Fuel surcharge (6% of base freight) | 195 |
| Port handling, Karachi | 140 |
| Border clearance, Torkham | 85 |
| Total per box | 3,760 |

The example assumes that the truck crosses within the two free days allowed at the border. Each further day at Torkham costs USD 120 in detention, so a week of waiting beyond the free days would add USD 840 to the bill, roughly a quarter of the base freight.

Customs duties and taxes in Afghanistan are not included and are paid by the consignee in Kabul. Cargo insurance, which we recommend for all high-value loads, is charged separately at 0.60 percent of the insured value.

For comparison, the base freight on the same route was USD 3,400 in January 2025 and USD 2,900 in January 2024. Exporters who still use old quotations should update them.

*Rates are valid for bookings confirmed in writing. Please contact our Karachi office for rates to Mazar-i-Sharif and Herat.*
""", [{
    "kind": "arithmetic",
    "quotes": ["| Total per box | 3,760 |"],
    "explanation": "The worked example's items (3,250 + 195 + 140 + 85) add up to USD 3,670, not the USD 3,760 given as the total per box.",
    "expected_values": {"parts": {"Base freight": 3250, "Fuel surcharge": 195, "Port handling": 140,
                                  "Border clearance": 85},
                        "sum_of_parts": 3670, "stated_total": 3760, "difference": 90,
                        "unit": "USD per 40ft container", "period": "Jul 2025", "table_form": "pipe",
                        "location": "worked example table"},
}])

doc("rate_card_validity_backwards", f"""
# Indus Gateway Logistics: Rate Card No. 7, Container Sizes and Conditions

{RATE_NOTE}

**Road freight, port or depot to consignee's gate, USD per container, from 1 July 2025**

| Route | 20ft | 40ft |
|---|---|---|
| Karachi–Kabul via Torkham | 2,300 | 3,250 |
| Karachi–Jalalabad via Torkham | 2,050 | 2,880 |
| Karachi–Kandahar via Chaman | 1,800 | 2,550 |
| Peshawar–Kabul via Torkham | 850 | 1,200 |

**Conditions**

1. This rate card is valid from 31 December 2025 to 1 July 2025 and replaces Rate Card No. 6. Bookings confirmed before 1 July 2025 are charged at the old rates.
2. A fuel surcharge of 6 percent of the base freight applies to all routes and is reviewed every month against the official diesel price.
3. Rates assume a cargo weight of up to 20 tonnes in a 20ft and 26 tonnes in a 40ft container. Heavier loads need a special permit and are quoted on request.
4. Two free days are allowed at the border, after which detention is charged at USD 120 a day at Torkham and USD 100 a day at Chaman.
5. The consignee must hold a valid import licence in Afghanistan. Trucks refused entry are returned to Peshawar or Quetta at the shipper's cost.
6. Dangerous goods, livestock and refrigerated cargo are not carried under this rate card.

*Indus Gateway Logistics (Pvt) Ltd acts as a carrier's agent. Our liability for loss or damage is limited as set out in our standard trading conditions, available on request.*
""", [{
    "kind": "garbled",
    "quotes": ["valid from 31 December 2025 to 1 July 2025"],
    "explanation": "The validity period of the rate card runs backwards, from 31 December 2025 to 1 July 2025; the table heading and the next sentence show that the rates apply from 1 July 2025.",
    "expected_values": {"stated_period_start": "31 Dec 2025", "stated_period_end": "1 Jul 2025",
                        "as_written": {"stated_period_start": "31 December 2025",
                                       "stated_period_end": "1 July 2025"},
                        "subject": "validity of a freight rate card",
                        "location": "rate card conditions"},
}])

doc("rate_card_chaman_firmed", f"""
# Indus Gateway Logistics: Market Commentary, July 2025

{RATE_NOTE}

**Rates.** Our new rate card, No. 7, cuts road freight on every Afghan route for the second half of 2025. Karachi–Kabul via Torkham falls to USD 3,250 per 40ft container from USD 3,400 in January. Rates on the Chaman route have firmed, from USD 2,650 in January to USD 2,550 in July 2025, because fewer Kandahar-bound boxes are competing for the same trucks.

**Volumes.** Afghan transit volumes through Karachi remain low. Customs cleared 31,200 transit containers in FY2025, against 52,000 the year before, and many Afghan importers now use Iranian ports. With more trucks than loads, hauliers are accepting lower rates, especially for the return journey.

**Border.** Torkham has been open without interruption since the end of May, but queues of loaded trucks on the Pakistani side still reach several kilometres on some days. We recommend that clients allow for at least one day of waiting at the border.

**Charges at the border**

| Charge | Torkham | Chaman |
|---|---|---|
| Border clearance, USD per truck | 85 | 70 |
| Detention after two free days, USD per day | 120 | 100 |

**Outlook.** If Afghan transit traffic does not recover, rates may fall further in the new year. A long closure at either crossing would, however, reverse the trend within days, as hauliers would again charge for waiting time.

*Indus Gateway Logistics, Karachi and Peshawar.*
""", [{
    "kind": "direction",
    "quotes": ["Rates on the Chaman route have firmed, from USD 2,650 in January to USD 2,550 in July 2025"],
    "explanation": "'Firmed' says the rate rose, but the figures show a cut from USD 2,650 to USD 2,550 (-3.8 percent), in line with the commentary's own opening that every route is cheaper.",
    "expected_values": {"from": 2650, "to": 2550, "change": -100, "change_pct": -3.77,
                        "from_period": "Jan 2025", "to_period": "Jul 2025",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "firmed", "unit": "USD per 40ft container",
                        "subject": "road freight rate Karachi–Kandahar via Chaman",
                        "location": "market commentary"},
}])

doc("rate_card_brazil_border_post", f"""
# Indus Gateway Logistics: Notes for Shippers of Transit Cargo

{RATE_NOTE}

**Which cargo we carry.** Most of the transit cargo we move for Afghan importers arrives at Karachi by sea: bagged sugar shipped from Brazil, edible oil from Malaysia and Indonesia, tea from Kenya and used tyres from the Gulf. We carry it in sealed containers from the port to the consignee's gate in Kabul, Jalalabad or Kandahar.

**Documents.** For each container we need the bill of lading, the commercial invoice, the packing list, the transit declaration filed with Pakistan Customs and the bank guarantee or insurance guarantee now required for transit goods. Missing documents are the most common cause of delay at Karachi.

**Seals and tracking.** Every transit container is fitted with a customs tracker and sealed at the port. Our drivers may not open or change the seal; a broken seal is reported to customs at once.

**At the border.** Two free days are allowed at the border. Detention at the Brazil–Afghanistan border post at Torkham is charged at USD 120 a day after that, and at USD 100 a day at Chaman. Clearance at Torkham costs USD 85 per truck.

**Rates.** Under Rate Card No. 7, valid for the second half of 2025, a 40ft container from Karachi to Kabul via Torkham costs USD 3,250 and a 20ft container USD 2,300. A fuel surcharge of 6 percent is added to the base freight.

**Insurance.** We recommend cargo insurance for all transit goods. Cover is arranged at 0.60 percent of the insured value and includes theft and pilferage on the road.

*Contact our transit desk in Karachi for bookings and for rates to destinations beyond Kabul.*
""", [{
    "kind": "scope",
    "quotes": ["the Brazil–Afghanistan border post at Torkham"],
    "explanation": "Torkham is a crossing on the Pakistan–Afghanistan border. The notes name Brazil as the other side; Brazil appears correctly elsewhere only as the origin of sugar shipped to Karachi.",
    "expected_values": {"third_country": "BRA", "named_pair": ["BRA", "AFG"], "pair": PAIR,
                        "named_as": "Brazil–Afghanistan border post",
                        "not_a_defect": "bagged sugar shipped from Brazil"},
}])

_RATES = pdf_table([
    ["Route", "Jan 2025", "Jul 2025", "Change %"],
    ["Karachi–Kabul (Torkham)", "3,400", "3,250", "-4.4"],
    ["Karachi–Jalalabad (Torkham)", "3,000", "2,880", "-4.0"],
    ["Karachi–Kandahar (Chaman)", "2,650", "2,550", "-3.8"],
    ["Peshawar–Kabul (Torkham)", "1,250", "1,200", "-4.0"],
])

doc("rate_card_pdf_control", """
# Indus Gateway Logistics: Rate Card No. 7 at a Glance

""" + RATE_NOTE + """

Rate Card No. 7 applies to bookings confirmed between 1 July and 31 December 2025. The table below is copied from the PDF version sent to clients.

Road freight, USD per 40ft container, port or depot to consignee's gate

""" + "\n".join(_RATES) + """

**What changed.** All four routes are about 4 percent cheaper than in January. Karachi–Kabul via Torkham now costs USD 3,250, USD 150 less than before, and the Chaman route fell least, by 3.8 percent. Rates remain well above those of early 2024: in January 2024 a 40ft box from Karachi to Kabul cost USD 2,900, so today's rate is still 12.1 percent higher.

**Full cost of a box to Kabul.** Base freight of USD 3,250, a fuel surcharge of USD 195 (6 percent), port handling at Karachi of USD 140 and border clearance at Torkham of USD 85 add up to USD 3,670, before any detention.

**Detention.** Two free days are allowed at the border. After that we charge USD 120 a day at Torkham and USD 100 a day at Chaman.

**Why rates fell.** Afghan transit volumes through Karachi dropped by two-fifths in FY2025, from 52,000 to 31,200 containers, leaving more trucks than loads on the Afghan routes.

*Indus Gateway Logistics (Pvt) Ltd, Karachi.*
""", control_type="control")

# =================================================================== border management agency annual report

BMD_NOTE = ("*In the style of the annual report of a border management agency. The Border Management "
            "Directorate and its figures are invented; closure days and returns follow this set's "
            "series. The reporting year 2024/25 runs from July 2024 to June 2025.*")

_TRAVELLERS = pdf_table([
    ["Crossing", "2023/24", "2024/25", "Change %"],
    ["Torkham", "968", "742", "-23.3"],
    ["Chaman", "654", "516", "-21.1"],
    ["Ghulam Khan", "52", "38", "-26.9"],
    ["Angoor Adda", "21", "14", "-33.3"],
    ["Total", "1,695", "1,310", "-22.7"],
])

doc("bmd_chart_caption_chaman", """
# Border Management Directorate: Annual Report 2024/25, Chapter 2: Crossing Points

""" + BMD_NOTE + """

**2.1 Overview.** The Directorate staffs the immigration and document-checking counters at the four formal crossings on the western border: Torkham, Chaman, Ghulam Khan and Angoor Adda. Cargo clearance remains the responsibility of Pakistan Customs.

**2.2 Traffic.** Fewer travellers crossed at every point in 2024/25. The main reasons were the closures of Torkham and Chaman, the visa requirement introduced for Afghan nationals at Chaman, and the departure of many Afghans who had lived in Pakistan and no longer travel back and forth.

Table 2.1: Travellers processed, thousand, both directions

""" + "\n".join(_TRAVELLERS) + """

Figure 3. Travellers processed at Chaman fell to 561 thousand in 2024/25, from 654 thousand the year before. (Chart not reproduced.)

**2.3 Infrastructure.** Torkham now has 14 lanes of the integrated border management system and Chaman 10. Each lane records a traveller's photograph, fingerprints and travel document, and the data are checked against the national watch list within seconds.

**2.4 Outlook.** Traffic in 2025/26 will depend above all on whether the crossings stay open. The Directorate plans to add four lanes at Torkham and to open a separate counter for patients and their attendants.
""", [{
    "kind": "text_vs_table",
    "quotes": ["Travellers processed at Chaman fell to 561 thousand in 2024/25", row_of(_TRAVELLERS, "Chaman")],
    "explanation": "The caption of Figure 3 puts travellers processed at Chaman in 2024/25 at 561 thousand; Table 2.1 gives 516 thousand, which its total (1,310) and its change column (-21.1 percent on 654) confirm. The digits are transposed in the caption.",
    "expected_values": {"text_value": 561, "table_value": 516, "unit": "thousand travellers",
                        "subject": "travellers processed at Chaman, both directions", "period": "2024/25",
                        "location": "chart caption against a PDF-extracted table", "table_form": "pdf_text"},
}])

doc("bmd_finance_budget_total", """
# Border Management Directorate: Annual Report 2024/25, Chapter 6: Finance

""" + BMD_NOTE + """

**6.1 Budget.** The Directorate's budget for 2024/25 was Rs 9,800 million, unchanged in real terms from the year before. By the end of the year it had spent Rs 9,300 million, or 94.9 percent of its allocation. Unspent funds lapsed to the Federal Consolidated Fund.

**Table 6.1: Budget and spending by head, 2024/25**

| Head | Allocated (Rs mn) | Spent (Rs mn) | Utilisation ratio (%) |
|---|---|---|---|
| Employee-related | 4,200 | 4,100 | 97.6 |
| Operating | 2,900 | 2,700 | 93.1 |
| IT and equipment | 1,600 | 1,300 | 81.3 |
| Construction | 1,100 | 900 | 81.8 |
| Total | 9,800 | 9,300 | 94.9 |

*Source note: Directorate accounts, unaudited. The utilisation ratio is spending as a percentage of the allocation.*

**6.2 Under-spending.** Utilisation was lowest on IT and equipment and on construction. Delivery of biometric kits for the new lanes at Torkham slipped into the next year, and work on the staff housing at Chaman stopped for two months while the crossing was closed.

**6.3 Audit.** The Auditor General's team examined the accounts for 2023/24 during the year. Its three observations, on the custody of seized documents, on overtime claims and on a delayed contract for generators, have been answered, and two have been settled.

**6.4 Requirements for 2025/26.** The Directorate has asked for Rs 11,200 million, mainly for the four additional lanes at Torkham and for 300 new posts.
""", [{
    "kind": "arithmetic",
    "quotes": ["| Total | 9,800 | 9,300 | 94.9 |"],
    "explanation": "The Spent column of Table 6.1 adds up to Rs 9,000 million (4,100 + 2,700 + 1,300 + 900), not the Rs 9,300 million of the total row; the total's utilisation ratio (94.9) and the text follow the wrong total.",
    "expected_values": {"parts": {"Employee-related": 4100, "Operating": 2700, "IT and equipment": 1300,
                                  "Construction": 900},
                        "sum_of_parts": 9000, "stated_total": 9300, "difference": 300,
                        "unit": "PKR million", "period": "2024/25", "table_form": "pipe"},
}])

doc("bmd_year_at_glance_same_year", """
# Border Management Directorate: Annual Report 2024/25, The Year at a Glance

""" + BMD_NOTE + """

**The year at a glance**

- 1.31 million travellers processed at the four crossings, 22.7 percent fewer than in 2023/24
- Torkham: travellers down from 742 thousand in 2024/25 to 742 thousand in 2024/25
- Chaman: travellers down from 654 thousand to 516 thousand
- 1,580 forged or fraudulent travel documents detected, against 1,240 the year before
- 14 lanes of the integrated border management system at Torkham and 10 at Chaman
- Torkham closed for 46 days and Chaman for 31 days in calendar 2024

**Highlights.** The integrated border management system now covers every counter at Torkham and Chaman. Travellers' data are shared in real time with the immigration service at the airports, so that a person refused entry at one point is flagged at all others.

**Challenges.** The closures of the crossings left staff idle for weeks at a time and then faced them with long queues when the gates reopened. Counters at Ghulam Khan and Angoor Adda still rely on paper registers, and power cuts at Chaman interrupted the biometric system on several days.

**Priorities for 2025/26.** Four more lanes at Torkham, biometric counters at Ghulam Khan, a separate counter for patients and their attendants, and training for all counter staff in the detection of forged documents.
""", [{
    "kind": "garbled",
    "quotes": ["travellers down from 742 thousand in 2024/25 to 742 thousand in 2024/25"],
    "explanation": "The Torkham bullet gives the same value and the same year at both ends of a fall; the start should be the 2023/24 figure.",
    "expected_values": {"start_value": 742, "end_value": 742, "start_period": "FY2025", "end_period": "FY2025",
                        "period_as_written": "2024/25", "unit": "thousand travellers",
                        "subject": "travellers processed at Torkham", "location": "year-at-a-glance list"},
}])

doc("bmd_crossing_points_reuse", """
# Border Management Directorate: Annual Report 2024/25, Chapter 3: Travellers

""" + BMD_NOTE + """

**3.1 Numbers.** The Directorate processed 1.31 million travellers at the four crossings in 2024/25, both directions together. Torkham processed 742 thousand travellers and Chaman 742 thousand, while Ghulam Khan (38 thousand) and Angoor Adda (14 thousand) handled the rest. Traffic fell at every crossing, most steeply at Angoor Adda, where a third of the previous year's travellers were lost.

**3.2 Who travels.** Most travellers at Torkham are traders, drivers' assistants and patients with their attendants. At Chaman, until the visa requirement took effect, most were residents of the border districts on both sides who crossed daily for work or family reasons. Since then their numbers have dropped sharply, and the Directorate's counters at Chaman now see mostly drivers and traders.

**3.3 Refusals.** Counter staff refused entry to travellers whose documents were forged, expired or did not match the traveller, and to those on the national watch list. Refusals rose over the year, partly because the new biometric lanes make it harder to travel on another person's passport.

**3.4 Waiting times.** Average waiting time at the Torkham counters was under an hour on normal days but rose to several hours after each reopening of the crossing. The Directorate has asked the provincial government for a covered waiting area for women and children.
""", [{
    "kind": "number_reuse",
    "quotes": ["Torkham processed 742 thousand travellers", "Chaman 742 thousand"],
    "explanation": "742 thousand is given for travellers at both Torkham and Chaman; with 1.31 million in all and 38 and 14 thousand at the two smaller crossings, Chaman handled 516 thousand.",
    "expected_values": {"value": 742, "unit": "thousand travellers",
                        "value_as_written": "742 thousand",
                        "quantity_1": "travellers processed at Torkham, 2024/25",
                        "quantity_2": "travellers processed at Chaman, 2024/25",
                        "expected_value_2": 516},
}])

doc("bmd_foreword_forged_declined", """
# Border Management Directorate: Annual Report 2024/25, Foreword by the Director General

""" + BMD_NOTE + """

It is my privilege to present the Directorate's annual report for 2024/25, a year in which our officers worked under unusual pressure.

The year was marked by closures at Torkham and Chaman. Each time the gates reopened, our counters faced queues of thousands of travellers, and staff worked double shifts for days at a time. I thank every officer who did so without complaint.

The integrated border management system proved its worth. Each of the 14 lanes at Torkham and the 10 at Chaman now checks a traveller's fingerprints and documents against the national watch list. Detections of forged and fraudulent travel documents declined from 1,240 in 2023/24 to 1,580 in 2024/25, and I see this as evidence that the new lanes work: documents that passed unnoticed before are now caught.

Traffic fell at all four crossings, to 1.31 million travellers from 1.695 million. This reflects the closures and the new visa requirement at Chaman more than any change in the work of the Directorate.

We spent most of our budget but fell short on equipment and construction, because deliveries and building work were delayed by the closures. These funds have been requested again for 2025/26.

Next year we will add four lanes at Torkham, bring biometric counters to Ghulam Khan, and open a separate counter for patients and their attendants. I am confident that the Directorate will meet these goals.

*Director General, Border Management Directorate*
""", [{
    "kind": "direction",
    "quotes": ["Detections of forged and fraudulent travel documents declined from 1,240 in 2023/24 to 1,580 in 2024/25"],
    "explanation": "The foreword says detections declined, but its own figures show a rise from 1,240 to 1,580 (+27.4 percent), which the next clause (more documents are now caught) also implies.",
    "expected_values": {"from": 1240, "to": 1580, "change": 340, "change_pct": 27.42,
                        "from_period": "2023/24", "to_period": "2024/25",
                        "stated_direction": "fall", "actual_direction": "rise",
                        "direction_word": "declined", "unit": "documents detected",
                        "subject": "forged and fraudulent travel documents detected at the western crossings",
                        "location": "Director General's foreword"},
}])

doc("bmd_documents_refugees_factsheet", """
# Border Management Directorate: Annual Report 2024/25, Chapter 4: Documents and Integrity

""" + BMD_NOTE + """

**4.1 Forged documents.** Counter staff detected 1,580 forged or fraudulent travel documents in 2024/25, against 1,240 the year before. Most were Pakistani passports or identity cards obtained in another person's name; a smaller number were Afghan passports with altered visas.

**4.2 Refugee cards.** The Directorate does not register refugees, but its counters check the cards of registered Afghan refugees who travel to Afghanistan and back. At the end of 2024 Pakistan hosted about 1.3 million registered Afghan refugees (UNHCR Pakistan factsheet, December 2024), each holding a Proof of Registration card. Card holders need a visa and a passport to cross, like other Afghan nationals, and those who leave without them are recorded as departures.

**4.3 Returns.** In calendar 2024, 676,000 Afghans returned from Pakistan, 412,000 of them through Torkham and 231,000 through Chaman. Returnees crossed at separate gates staffed by the Directorate, where their particulars were recorded before they entered Afghanistan.

**4.4 Integrity.** Eleven officers were suspended during the year on suspicion of taking bribes to let travellers pass without checks. Three cases have been sent to the Federal Investigation Agency. Body cameras will be issued to all counter staff at Torkham in 2025/26.

**4.5 Training.** All counter staff at Torkham and Chaman completed a five-day course on document examination, with trainers from the national passport office.
""", [{
    "kind": "citation",
    "quotes": ["about 1.3 million registered Afghan refugees (UNHCR Pakistan factsheet, December 2024)"],
    "explanation": "The report cites UNHCR's Pakistan factsheet of December 2024 for about 1.3 million registered Afghan refugees; the reference value for end-2024 is 1,559,964, so the figure is 16.7 percent too low.",
    "expected_values": {"stated": 1300000, "stated_as_written": "about 1.3 million", "stated_hedge": "about",
                        "reference": 1559964, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2024", "cited_source": "UNHCR Pakistan factsheet, December 2024",
                        "citation_form": "'(UNHCR Pakistan factsheet, Month YYYY)'",
                        "location": "annual report chapter"},
}])

doc("bmd_travellers_pdf_control", """
# Border Management Directorate: Annual Report 2024/25, Annex A: Statistics

""" + BMD_NOTE + """

**A.1 Travellers.** The table is reproduced from the printed report. The number of travellers processed at the four crossings fell by 22.7 percent, to 1.31 million from 1.695 million. Torkham still handled well over half of all travellers (742 of 1,310 thousand, or 56.6 percent), and Angoor Adda lost a third of its traffic.

Table A.1: Travellers processed, thousand, both directions

""" + "\n".join(_TRAVELLERS) + """

**A.2 Documents.** Forged or fraudulent travel documents detected rose by 27.4 percent, from 1,240 in 2023/24 to 1,580 in 2024/25.

**A.3 Finance.** The Directorate spent Rs 9,000 million of its allocation of Rs 9,800 million, or 91.8 percent.

| Head | Allocated (Rs mn) | Spent (Rs mn) | Utilisation ratio (%) |
|---|---|---|---|
| Employee-related | 4,200 | 4,100 | 97.6 |
| Operating | 2,900 | 2,700 | 93.1 |
| IT and equipment | 1,600 | 1,300 | 81.3 |
| Construction | 1,100 | 900 | 81.8 |
| Total | 9,800 | 9,000 | 91.8 |

**A.4 Closures.** In calendar 2024 Torkham was closed to traffic for 46 days, Chaman for 31, Ghulam Khan for 22 and Angoor Adda for 17.
""", control_type="control")

# =================================================================== stockbroker's equity research and results call

EQ_NOTE = ("*In the style of a stockbroker's equity research note. The broker (Saddar Securities), the "
           "listed company Margalla Logistics Ltd (MLL) and all company figures are invented; market-wide "
           "transit figures follow this set's series. MLL's financial year runs from July to June.*")

doc("equity_review_transit_revenue_summary", f"""
# Saddar Securities | Margalla Logistics Ltd (MLL): FY25 Results Review | BUY, TP Rs58

{EQ_NOTE}

**Investment summary.** MLL's FY25 results were weak, as we expected. Afghan transit revenue fell to Rs3.6bn from Rs6.2bn, and total revenue slipped 13.4% to Rs16.1bn. Domestic haulage, now more than three-fifths of revenue, cushioned the fall. We keep our Buy rating and our target price of Rs58.

**Revenue by segment (Rs bn)**

| Segment | FY24 | FY25 | Change (%) |
|---|---|---|---|
| Afghan transit | 6.2 | 3.9 | -37.1 |
| Domestic haulage | 9.8 | 10.2 | 4.1 |
| Warehousing | 2.6 | 2.0 | -23.1 |
| Total | 18.6 | 16.1 | -13.4 |

**Key findings**

- MLL moved 6,240 Afghan transit containers, against 9,880 in FY24. As all transit containers cleared fell to 31,200 from 52,000, MLL's share rose to 20.0% from 19.0%.
- Net profit fell 30.1% to Rs0.72bn, or Rs2.88 a share (FY24: Rs4.12). The board declared a dividend of Rs1.50 a share, against Rs2.00.
- Warehousing lost two large transit clients, and its revenue dropped by almost a quarter.
- Management expects no recovery in transit before the negative list of transit goods is shortened.

**Our view.** The domestic business is growing and carries better margins than transit, so a smaller transit book is not all bad news. We forecast FY26 revenue of Rs17.4bn and EPS of Rs3.40.

**Risks.** Longer closures at Torkham and Chaman; a further cut in the list of goods allowed in transit; higher diesel prices; delays in payments from Afghan clients.

*Analyst certification and disclosures are on the last page of the full report.*
""", [{
    "kind": "text_vs_table",
    "quotes": ["Afghan transit revenue fell to Rs3.6bn from Rs6.2bn", "| Afghan transit | 6.2 | 3.9 | -37.1 |"],
    "explanation": "The investment summary puts MLL's FY25 Afghan transit revenue at Rs3.6bn; the segment table gives Rs3.9bn, which its total (16.1) and its change column (-37.1 percent on 6.2) confirm.",
    "expected_values": {"text_value": 3.6, "table_value": 3.9, "unit": "PKR billion",
                        "text_as_written": "Rs3.6bn",
                        "subject": "MLL revenue from Afghan transit", "period": "FY2025",
                        "location": "investment summary against a segment table", "table_form": "pipe"},
}])

doc("equity_valuation_upside", f"""
# Saddar Securities | Margalla Logistics Ltd (MLL): Valuation Update

{EQ_NOTE}

**Valuation.** We value MLL on a blend of discounted cash flow and 15 times forward earnings. On that basis our Rs58 target price offers 23% upside from the last close of Rs44.60, and we reiterate our Buy rating. At the current price the stock trades on 13.1 times our FY26 EPS estimate of Rs3.40, below its five-year average.

**Earnings and dividends**

| Rs per share | FY24 | FY25 | FY26F |
|---|---|---|---|
| EPS | 4.12 | 2.88 | 3.40 |
| EPS growth (%) | n/a | -30.1 | 18.1 |
| Dividend | 2.00 | 1.50 | 1.75 |

**What drives our estimates.** We expect domestic haulage to keep growing at high single digits as MLL moves more cement, fertiliser and grain inside Pakistan. For Afghan transit we assume volumes flat at FY25's 6,240 containers, with no recovery until the negative list of transit goods is shortened. Our FY26 revenue estimate is Rs17.4bn, up 8.1% on FY25's Rs16.1bn.

**Balance sheet.** Net debt is modest, and the new prime movers bought in FY25 were paid for from cash. Receivables from Afghan clients, though, have lengthened, and we would like to see them fall before raising our target.

**Upside risks.** A lasting reopening of the crossings; a shorter negative list; a tender win for the state grain agency's domestic haulage.

**Downside risks.** New closures at Torkham and Chaman; bad debts on Afghan receivables; diesel prices.

*Prices as at the close of trading on 19 September 2025.*
""", [{
    "kind": "arithmetic",
    "quotes": ["our Rs58 target price offers 23% upside from the last close of Rs44.60"],
    "explanation": "From a price of Rs44.60, a target of Rs58 is 30.0 percent higher, not 23 percent; 23.1 percent is the gap measured against the target instead of the price.",
    "expected_values": {"from": 44.6, "to": 58, "computed_change_pct": 30.04, "stated_change_pct": 23,
                        "unit": "PKR per share", "subject": "MLL upside from last close to target price",
                        "period": "19 Sep 2025", "location": "valuation paragraph"},
}])

doc("equity_key_findings_warehousing_reuse", f"""
# Saddar Securities | Margalla Logistics Ltd (MLL): FY25 Key Findings

{EQ_NOTE}

**Key findings**

- Revenue: Rs16.1bn (FY24: Rs18.6bn), down 13.4%. Afghan transit brought in Rs3.9bn and warehousing Rs3.9bn, with domestic haulage contributing Rs10.2bn.
- Transit volumes: 6,240 containers, 20.0% of all Afghan transit containers cleared at Karachi and Port Qasim.
- Profit: net profit Rs0.72bn, EPS Rs2.88; dividend Rs1.50 a share.
- Fleet: 640 trucks, 210 of them on Afghan routes; 40 new prime movers added during the year.

**Transit.** The fall in transit revenue came from volumes, not rates: MLL carried 37% fewer transit boxes, while average revenue per box was almost unchanged. Clients moved cargo to Iranian ports, and a longer negative list of goods barred from transit hit MLL's tyre and fabric clients.

**Domestic.** Domestic haulage grew by 4.1%, helped by a new cement contract in Punjab. Margins in this business are higher than on the Afghan routes, where trucks often wait days at the border.

**Warehousing.** Two large transit clients closed their bonded warehouses in Karachi, and warehousing revenue fell by almost a quarter.

**Outlook.** We expect revenue of Rs17.4bn in FY26. Our target price of Rs58 is unchanged, and we keep our Buy rating.
""", [{
    "kind": "number_reuse",
    "quotes": ["Afghan transit brought in Rs3.9bn", "warehousing Rs3.9bn"],
    "explanation": "Rs3.9bn is given for both Afghan transit and warehousing revenue; with total revenue of Rs16.1bn and domestic haulage of Rs10.2bn in the same bullet, warehousing brought in Rs2.0bn.",
    "expected_values": {"value": 3.9, "unit": "PKR billion", "value_as_written": "Rs3.9bn",
                        "quantity_1": "MLL revenue from Afghan transit, FY25",
                        "quantity_2": "MLL revenue from warehousing, FY25",
                        "expected_value_2": 2.0},
}])

doc("equity_flash_transit_recovered", f"""
# Saddar Securities | Flash Note: MLL Posts FY25 Results, Dividend Cut

{EQ_NOTE}

**Results in brief.** Margalla Logistics announced its FY25 results after the market closed yesterday. Revenue fell 13.4% to Rs16.1bn, and net profit fell 30.1% to Rs0.72bn (EPS Rs2.88, against Rs4.12 in FY24). The board cut the final dividend to Rs1.50 a share from Rs2.00. The results were close to our estimates.

**Transit.** MLL's transit volumes recovered to 6,240 containers in FY25 from 9,880 in FY24, and Afghan transit revenue came to Rs3.9bn. The company kept its share of the market, since all Afghan transit containers cleared at Karachi and Port Qasim fell even more steeply, to 31,200 from 52,000.

**Domestic haulage.** Revenue rose to Rs10.2bn from Rs9.8bn. The company now earns more than three-fifths of its revenue inside Pakistan.

**Warehousing.** Revenue dropped to Rs2.0bn from Rs2.6bn.

**Our take.** Neutral for the stock. The dividend cut was expected, and the balance sheet remains sound. We keep our Buy rating and target price of Rs58 (last close Rs44.60), and will host a call with management next week.

*This flash note has not been reviewed by the research committee. Please see the full report for disclosures.*
""", [{
    "kind": "direction",
    "quotes": ["MLL's transit volumes recovered to 6,240 containers in FY25 from 9,880 in FY24"],
    "explanation": "'Recovered' says transit volumes rose, but they fell from 9,880 to 6,240 containers (-36.8 percent), as the next sentence about the market falling 'even more steeply' also implies.",
    "expected_values": {"from": 9880, "to": 6240, "change": -3640, "change_pct": -36.84,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "as_written": {"from_period": "FY24", "to_period": "FY25"},
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "recovered", "unit": "transit containers",
                        "subject": "Afghan transit containers moved by MLL",
                        "location": "flash note paragraph"},
}])

doc("equity_initiation_control", f"""
# Saddar Securities | Margalla Logistics Ltd (MLL): Initiation of Coverage | BUY, TP Rs58

{EQ_NOTE}

**Investment summary.** MLL is Pakistan's largest listed road haulier, with 640 trucks, 210 of them (about a third) on Afghan routes. Afghan transit, once its most profitable business, shrank to under a quarter of revenue in FY25, from a third in FY24, as transit trade through Karachi collapsed. We initiate with a Buy rating and a target price of Rs58, 30.0% above the last close of Rs44.60.

**Revenue by segment**

| Rs bn | FY24 | FY25 | Change (%) | Share FY25 (%) |
|---|---|---|---|---|
| Afghan transit | 6.2 | 3.9 | -37.1 | 24.2 |
| Domestic haulage | 9.8 | 10.2 | 4.1 | 63.4 |
| Warehousing | 2.6 | 2.0 | -23.1 | 12.4 |
| Total | 18.6 | 16.1 | -13.4 | 100.0 |

**Key findings**

- MLL moved 6,240 Afghan transit containers in FY25, 20.0% of the 31,200 cleared at Karachi and Port Qasim, against 9,880 (19.0% of 52,000) in FY24.
- Net profit fell 30.1% to Rs0.72bn; EPS was Rs2.88, against Rs4.12.
- The stock trades on 13.1 times our FY26 EPS estimate of Rs3.40.

**Why Buy.** Domestic haulage is growing, earns better margins and now makes up more than three-fifths of revenue. If the border crossings reopen for good, transit volumes could recover quickly, and MLL has kept its trucks and its share of the market.

**Risks.** Closures at Torkham and Chaman, a longer negative list for transit goods and late payments from Afghan clients.
""", control_type="control")

CALL_NOTE = ("*In the style of an edited transcript of a listed company's results call. Margalla "
             "Logistics Ltd (MLL), its managers and the analysts are invented; MLL's financial year runs "
             "from July to June, and FY24/25 is the year to end-June 2025.*")

doc("results_call_transit_same_year", f"""
# Margalla Logistics Ltd: FY24/25 Results Call, Edited Transcript

{CALL_NOTE}

**Operator:** Good afternoon and welcome to the results call of Margalla Logistics for the financial year 2024/25. I will now hand over to the Chief Financial Officer.

**Chief Financial Officer:** Thank you. Revenue for FY24/25 was Rs16.1bn, down 13.4%. Domestic haulage grew to Rs10.2bn, but Afghan transit fell to Rs3.9bn from Rs6.2bn, and warehousing to Rs2.0bn. On volumes, our transit volume went from 6,240 boxes in FY24/25 to 6,240 boxes in FY24/25, while the market as a whole fell by two-fifths. Net profit was Rs0.72bn, or Rs2.88 a share, and the board has proposed a dividend of Rs1.50.

**Analyst (brokerage A):** Thank you. How much of the transit decline was rates and how much volume?

**Chief Financial Officer:** Almost all volume. Revenue per box was close to last year's.

**Analyst (brokerage B):** Are Afghan clients paying on time?

**Chief Executive:** Most are. A few clients who lost business after the closures have asked for longer terms, and we have been careful. We have stopped carrying for two of them until they settle.

**Analyst (brokerage A):** What do you expect for FY25/26?

**Chief Executive:** Growth in domestic haulage, which is where our new trucks are going. On transit, we will keep our share and be ready if the border reopens for good, but we are not planning on a recovery.

**Operator:** That concludes today's call.
""", [{
    "kind": "garbled",
    "quotes": ["went from 6,240 boxes in FY24/25 to 6,240 boxes in FY24/25"],
    "explanation": "The CFO gives the same figure and the same year at both ends of the change in transit volume; the start should be the previous year's figure.",
    "expected_values": {"start_value": 6240, "end_value": 6240, "start_period": "FY2025", "end_period": "FY2025",
                        "period_as_written": "FY24/25", "unit": "transit containers",
                        "subject": "Afghan transit containers moved by MLL",
                        "location": "results call transcript"},
}])

doc("results_call_italy_route", f"""
# Margalla Logistics Ltd: FY24/25 Results Call, Questions and Answers

{CALL_NOTE}

**Analyst (brokerage C):** Could you say more about capital spending? You bought a lot of new trucks in a bad year.

**Chief Executive:** We did. We took delivery of 40 prime movers from Italy during the year, mainly to replace trucks that were more than fifteen years old. The new trucks use a third less fuel per kilometre, and they are going to the domestic cement and fertiliser routes, not to Afghanistan. We paid for them from cash.

**Analyst (brokerage C):** And the Afghan fleet?

**Chief Executive:** We have 210 trucks on Afghan routes out of 640. Our Italy–Afghanistan route through Chaman was the hardest hit, because Chaman was shut for 31 days in 2024 and the new visa rules slowed our drivers even when it was open. On Torkham we did better, although 46 days of closure last year cost us a great deal in detention.

**Analyst (brokerage D):** Is there any sign of the transit negative list being shortened?

**Chief Executive:** Not yet. We have made our case through the chamber in Karachi. The government's concern is smuggling, and we understand that, but tracking every container should answer it.

**Analyst (brokerage D):** Finally, the dividend. Rs1.50 a share against Rs2.00 last year. Is that the new normal?

**Chief Financial Officer:** The payout ratio is about the same as last year, roughly half of earnings. If earnings recover, the dividend will follow.

**Operator:** Thank you. That concludes the question session.
""", [{
    "kind": "scope",
    "quotes": ["Our Italy–Afghanistan route through Chaman"],
    "explanation": "Chaman is a crossing on the Pakistan–Afghanistan border. The chief executive names Italy as the other side; Italy appears correctly elsewhere only as the origin of the new prime movers.",
    "expected_values": {"third_country": "ITA", "named_pair": ["ITA", "AFG"], "pair": PAIR,
                        "named_as": "Italy–Afghanistan route",
                        "not_a_defect": "40 prime movers from Italy"},
}])

# =================================================================== mid-term evaluation report

EV_NOTE = ("*In the style of a mid-term evaluation report of a development project. The Host Community "
           "Resilience Project, its implementing NGO (Hujra Development Foundation, HDF), the evaluators "
           "and all project figures are invented. The project runs from January 2023 to December 2025; "
           "figures are to 30 June 2025.*")

EV_INDICATORS = """| Indicator | Target (end-2025) | Achieved (30 June 2025) | Achieved (%) |
|---|---|---|---|
| Host households receiving small grants | 3,000 | 2,140 | 71.3 |
| Water schemes rehabilitated | 120 | 86 | 71.7 |
| Young people completing vocational training | 2,400 | 1,650 | 68.8 |
| Afghan share of trainees (%) | 40 | 37 | n/a |"""

EV_BUDGET_ROWS = """| Output | Budget (USD '000) | Spent (USD '000) | Utilisation ratio (%) |
|---|---|---|---|
| Livelihood grants | 2,600 | 1,720 | 66.2 |
| Water and sanitation | 1,500 | 910 | 60.7 |
| Vocational training | 1,300 | 740 | 56.9 |
| Management and monitoring | 1,100 | 530 | 48.2 |
| Total | 6,500 | 3,900 | 60.0 |"""


doc("evaluation_exec_summary_grants", f"""
# Mid-Term Evaluation of the Host Community Resilience Project: Summary and Findings

{EV_NOTE}

**Executive summary.** The Host Community Resilience Project supports Pakistani families in Khyber and Bajaur districts who live alongside large numbers of Afghan refugees and returnees in transit. By mid-2025, 2,410 host households had received small grants, 86 village water schemes had been rehabilitated and 1,650 young people, Pakistani and Afghan, had completed vocational training. The evaluation rates relevance as highly satisfactory, effectiveness as moderately satisfactory and efficiency as moderately unsatisfactory, mainly because spending is behind schedule.

**Findings on effectiveness.** Progress against the end-of-project targets is shown below. All three output indicators stand at around 70 percent of their targets, with thirty months of the project gone out of thirty-six. The share of Afghan trainees is slightly below its target, because some Afghan families left for Afghanistan during 2024.

{EV_INDICATORS}

**Grants.** Households used their grants mostly for livestock, small shops and sewing machines. In a sample of 240 grant recipients, most reported a higher income six months later, but women in Bajaur found it harder than men to reach markets.

**Water.** Rehabilitated schemes were working in 81 of the 86 villages visited. In the other five, pumps had failed and the village committees lacked the money for repairs.

**Recommendations.** Speed up spending on training and water before the end of 2025; set aside a fund for pump repairs; and give women in Bajaur grants for goods that can be sold from home.
""", [{
    "kind": "text_vs_table",
    "quotes": ["2,410 host households had received small grants",
               "| Host households receiving small grants | 3,000 | 2,140 | 71.3 |"],
    "explanation": "The executive summary says 2,410 host households had received small grants by mid-2025; the indicator table gives 2,140, which its percentage column (71.3 percent of 3,000) confirms. The digits are transposed in the summary.",
    "expected_values": {"summary_value": 2410, "table_value": 2140, "unit": "households",
                        "subject": "host households receiving small grants, Host Community Resilience Project",
                        "period": "January 2023 to June 2025",
                        "location": "executive summary against an indicator table", "table_form": "pipe"},
}])

doc("evaluation_scope_period_backwards", f"""
# Mid-Term Evaluation of the Host Community Resilience Project: Introduction and Method

{EV_NOTE}

**1.1 Purpose.** The evaluation was commissioned by the Hujra Development Foundation to judge whether the project is on track to meet its targets by December 2025, and to recommend changes for its final six months and for a possible second phase.

**1.2 Scope.** The evaluation covers the period from June 2025 to January 2023 and all four outputs of the project: small grants to host households, rehabilitation of village water schemes, vocational training for young Pakistanis and Afghans, and project management and monitoring. It covers both districts, Khyber and Bajaur.

**1.3 Method.** The team reviewed project documents and monitoring data, visited 86 villages with rehabilitated water schemes, surveyed a sample of 240 grant recipients and held twelve focus group discussions, six with women. It interviewed HDF staff, district officials, elders and the donor's representative in Islamabad.

**1.4 Criteria.** The evaluation uses the criteria of relevance, effectiveness, efficiency and sustainability, each rated on a six-point scale from highly unsatisfactory to highly satisfactory.

**1.5 Limitations.** Security restrictions in parts of Bajaur kept the team out of some villages for two weeks, and female enumerators could not travel to all of them. Monitoring data on income were self-reported and could not be checked against records. Some Afghan trainees had left for Afghanistan and could not be interviewed.

**1.6 Structure of the report.** Chapter 2 describes the project and its context, chapter 3 presents the findings by criterion, and chapter 4 sets out conclusions, lessons and recommendations.
""", [{
    "kind": "garbled",
    "quotes": ["from June 2025 to January 2023"],
    "explanation": "The evaluation period runs backwards, from June 2025 to January 2023; the project started in January 2023 and the evaluation's figures run to 30 June 2025.",
    "expected_values": {"stated_period_start": "Jun 2025", "stated_period_end": "Jan 2023",
                        "as_written": {"stated_period_start": "June 2025", "stated_period_end": "January 2023"},
                        "subject": "period covered by a mid-term evaluation",
                        "location": "scope paragraph of an evaluation report"},
}])

doc("evaluation_efficiency_spending_reuse", f"""
# Mid-Term Evaluation of the Host Community Resilience Project: Efficiency

{EV_NOTE}

**3.3 Efficiency (rated moderately unsatisfactory).** By 30 June 2025 the project had spent USD 3.9 million, 60 percent of its budget of USD 6.5 million: USD 1.72 million on livelihood grants, USD 1.72 million on water and sanitation, USD 0.74 million on vocational training and USD 0.53 million on management and monitoring. With six months left, spending is behind plan on every output.

**Why spending is slow.** Three causes stand out. First, the closures of Torkham in 2024 delayed the delivery of pumps and pipes ordered from Peshawar traders who import them from Afghanistan and Central Asia. Second, training centres in Bajaur were closed for several weeks during security operations. Third, HDF recruited its water engineer eight months late.

**Cost per result.** The average grant was close to the planned amount, and the cost of rehabilitating a water scheme was below the estimate in the project document, because village committees contributed labour. Training cost more per trainee than planned, since courses had to be repeated after the closures.

**Management costs.** Management and monitoring has the lowest spending rate of the four budget lines. This is not a sign of thrift: the monitoring officer's post was vacant for most of 2024, and the planned baseline survey for Bajaur was never carried out.

**Recommendation.** HDF should agree with the donor a no-cost extension of six months, or a revised plan that moves funds from management to water schemes, where demand from villages is high.
""", [{
    "kind": "number_reuse",
    "quotes": ["USD 1.72 million on livelihood grants", "USD 1.72 million on water and sanitation"],
    "explanation": "USD 1.72 million is given for spending on both livelihood grants and water and sanitation; with USD 3.9 million spent in all, USD 0.74 million on training and USD 0.53 million on management, water and sanitation took USD 0.91 million.",
    "expected_values": {"value": 1.72, "unit": "USD million", "value_as_written": "USD 1.72 million",
                        "quantity_1": "spending on livelihood grants to 30 June 2025",
                        "quantity_2": "spending on water and sanitation to 30 June 2025",
                        "expected_value_2": 0.91},
}])

doc("evaluation_danish_afghan_border", f"""
# Mid-Term Evaluation of the Host Community Resilience Project: The Project and Its Context

{EV_NOTE}

**2.1 The project.** The Host Community Resilience Project is funded by Denmark through its development cooperation programme and implemented by the Hujra Development Foundation. Its budget is USD 6.5 million over three years. It works in host communities along the Danish–Afghan border in Khyber and Bajaur districts, where villages have hosted Afghan refugees for decades and, since late 2023, have also seen large numbers of returnees passing through on their way to Afghanistan.

**2.2 Why host communities?** Much of the aid in the border districts goes to refugees and returnees. Pakistani families in the same villages, many of them as poor as their Afghan neighbours, often receive nothing, and local elders told the evaluators that this breeds resentment. The project was designed to ease that tension by improving water supply and incomes for the whole village.

**2.3 The context since 2023.** The drive against undocumented foreigners that began in late 2023 changed the project's setting. In 2024, 676,000 Afghans returned from Pakistan, 412,000 of them through Torkham in Khyber district. Many Afghan families in the project villages left, and some Afghan trainees did not finish their courses.

**2.4 The border economy.** Closures of Torkham, which was shut for 46 days in 2024, hit the local economy hard. Drivers, porters, small traders and hotel owners in Landi Kotal lost income, and the prices of goods from Afghanistan rose in local markets.

**2.5 Implications.** The evaluators find the project's focus on host communities more relevant now than when it was designed.
""", [{
    "kind": "scope",
    "quotes": ["the Danish–Afghan border in Khyber and Bajaur districts"],
    "explanation": "Khyber and Bajaur lie on the Pakistan–Afghanistan border. The report names Denmark (Danish) as the other side; Denmark appears correctly elsewhere only as the project's funder.",
    "expected_values": {"third_country": "DNK", "named_pair": ["DNK", "AFG"], "pair": PAIR,
                        "named_as": "Danish–Afghan border",
                        "not_a_defect": "funded by Denmark"},
}])

doc("evaluation_context_refugees_2021", f"""
# Mid-Term Evaluation of the Host Community Resilience Project: Relevance

{EV_NOTE}

**3.1 Relevance (rated highly satisfactory).** The project addresses a need that other programmes in the border districts leave aside: the needs of Pakistani host families.

**Refugees and hosts.** Khyber Pakhtunkhwa has hosted most of Pakistan's Afghan refugees for four decades. According to UNHCR's figure for end-2021, some 1.74 million registered Afghan refugees lived in Pakistan, over half of them in Khyber Pakhtunkhwa. In Khyber and Bajaur, refugee villages and host villages share the same springs, schools and markets, and disputes over water are common in dry years.

**Fit with government plans.** The project supports the provincial government's plan for the merged districts, which gives priority to water supply and jobs for young people. District officials in both districts told the evaluators that the project had filled gaps in their own programmes.

**Fit with the needs of women.** Women in the focus groups said that water schemes had saved them hours each day. They were less satisfied with the grants, which in Bajaur went mostly to men as heads of household.

**Changes in context.** The return of many Afghan families since late 2023 has changed the make-up of some villages, but it has not reduced the need for water and jobs among the Pakistani families who remain. In several villages, houses left by Afghan families have been taken over by relatives of host families, and demand for water has risen.

**Conclusion.** The project remains highly relevant. A second phase should keep its focus on host communities and include more grants designed for women.
""", [{
    "kind": "citation",
    "quotes": ["According to UNHCR's figure for end-2021, some 1.74 million registered Afghan refugees lived in Pakistan"],
    "explanation": "The report cites UNHCR's figure for end-2021 as some 1.74 million registered Afghan refugees; the reference value for end-2021 is 1,490,562, so the figure is 16.7 percent too high (it is close to the end-2022 value).",
    "expected_values": {"stated": 1740000, "stated_as_written": "some 1.74 million", "stated_hedge": "some",
                        "reference": 1490562, "indicator": "refugees.registered", "subject": "PAK",
                        "period": "2021", "cited_source": "UNHCR's figure for end-2021",
                        "citation_form": "'UNHCR's figure for end-YYYY'",
                        "location": "relevance section of an evaluation report"},
}])

doc("evaluation_findings_control", f"""
# Mid-Term Evaluation of the Host Community Resilience Project: Results and Spending at a Glance

{EV_NOTE}

**Results.** By 30 June 2025 the project had reached about seven in ten of its end-of-project targets. 2,140 host households had received small grants (71.3 percent of 3,000), 86 of 120 planned water schemes had been rehabilitated and 1,650 young people had completed vocational training, 68.8 percent of the target of 2,400. Afghans made up 37 percent of the trainees, against a target of 40 percent.

{EV_INDICATORS}

**Spending.** The project had spent USD 3.9 million of its USD 6.5 million budget, exactly 60 percent. Livelihood grants had the highest utilisation ratio, about two-thirds, and management and monitoring the lowest, under half.

{EV_BUDGET_ROWS}

**Assessment.** With six months left, the project is unlikely to spend its whole budget or to reach all its targets. The evaluators recommend a no-cost extension of six months, to June 2026, which HDF and the donor have agreed to consider.
""", control_type="control")

# =================================================================== consultancy terms of reference

TOR_NOTE = ("*In the style of terms of reference for a consultancy assignment. The programme that issues "
            "them (Regional Trade Facilitation Programme, RTFP) is invented; trade, closure and return "
            "figures follow this set's series.*")

doc("tor_closure_study_nepal", f"""
# Terms of Reference: Study of the Cost of Border Closures to Traders in Khyber Pakhtunkhwa and Balochistan

{TOR_NOTE}

**1. Background.** Trade between Pakistan and Afghanistan has suffered from repeated closures of the border crossings. In 2024 Torkham was closed for 46 days and Chaman for 31. Pakistan's exports to Afghanistan fell to USD 893 mn in FY2025 from USD 956 mn in FY2024, and the number of trucks crossing Torkham each day fell from 1,150 in 2023 to 820 in 2024. Traders, transporters and clearing agents say the closures cost them far more than duties do, but no study has put a figure on that cost.

**2. Objective.** To estimate the cost of closures to Pakistani traders and transporters and to propose measures that would reduce it.

**3. Scope of work.** The consultant will review existing data; survey 300 traders and transporters who use the Nepal–Afghanistan crossings at Torkham, Chaman and Ghulam Khan; interview customs officers, chambers of commerce and transporters' associations; and estimate losses from detention, spoilage, lost orders and idle trucks.

**4. Deliverables and payment.** Inception report within three weeks (20 percent of the fee); draft report within twelve weeks (40 percent); final report after comments (40 percent).

**5. Level of effort**

| Expert | Person-days |
|---|---|
| Team leader | 40 |
| Trade economist | 35 |
| Survey specialist | 25 |
| Enumerators (four) | 120 |
| Total | 220 |

**6. Qualifications.** The team leader should hold a postgraduate degree in economics and have led at least two studies of cross-border trade in South Asia, for example on the India–Nepal border. Knowledge of Pashto is an advantage.

**7. Budget and application.** The ceiling for this assignment is USD 68,000, including travel. Firms should send a technical and a financial proposal to RTFP by 30 September 2025.
""", [{
    "kind": "scope",
    "quotes": ["the Nepal–Afghanistan crossings at Torkham, Chaman and Ghulam Khan"],
    "explanation": "Torkham, Chaman and Ghulam Khan are crossings on the Pakistan–Afghanistan border. The ToR names Nepal as the other side; Nepal appears correctly elsewhere only in an example of earlier trade studies.",
    "expected_values": {"third_country": "NPL", "named_pair": ["NPL", "AFG"], "pair": PAIR,
                        "named_as": "Nepal–Afghanistan crossings",
                        "not_a_defect": "on the India–Nepal border"},
}])

doc("tor_refugee_livelihoods_2024", f"""
# Terms of Reference: Study of the Livelihoods of Registered Afghan Refugees in Peshawar and Quetta

{TOR_NOTE}

**1. Background.** The registered Afghan refugee population in Pakistan stood at 1,987,717 at the end of 2024 (UNHCR, as at 31 December 2024). Most registered refugees live in Khyber Pakhtunkhwa and Balochistan, many of them in and around Peshawar and Quetta, where they work as labourers, traders, transporters and shopkeepers. Since late 2023, large numbers of Afghans have left Pakistan: 676,000 returned in 2024 alone. Traders in both cities report that the departures have left gaps in some markets, and that remaining refugee families have become more cautious about investing in their businesses.

**2. Objective.** To describe how registered refugee households in Peshawar and Quetta earn their living today, how this has changed since 2023, and what would help them to keep or improve their incomes while they remain in Pakistan.

**3. Scope of work.** The consultant will survey 600 registered refugee households, 300 in each city; hold focus group discussions with men, women and young people; interview employers, landlords and market associations; and review the rules that govern refugees' access to work, bank accounts and business registration.

**4. Deliverables.** An inception report with the survey design; a data set and a short descriptive report; a final report with recommendations for RTFP and its partners, presented at a workshop in Islamabad.

**5. Timing.** The assignment should start in November 2025 and end within five months.

**6. Ethics.** The consultant must obtain informed consent, keep respondents' identities confidential and avoid questions about legal status that could put respondents at risk.

**7. Team.** A team leader with experience of household surveys among displaced people; a labour economist; female and male enumerators who speak Pashto and Dari.
""", [{
    "kind": "citation",
    "quotes": ["stood at 1,987,717 at the end of 2024 (UNHCR, as at 31 December 2024)"],
    "explanation": "The ToR cites UNHCR as at 31 December 2024 for 1,987,717 registered Afghan refugees. The reference value for end-2024 is 1,559,964; 1,987,717 is the end-2023 value, 27.4 percent higher.",
    "expected_values": {"stated": 1987717, "reference": 1559964, "same_as_year": "2023",
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2024",
                        "cited_source": "UNHCR, as at 31 December 2024",
                        "citation_form": "'(UNHCR, as at DD Month YYYY)'",
                        "location": "background section of terms of reference"},
}])

# =================================================================== letters to the editor

LETTER_NOTE = ("*In the style of letters to the editor of an English-language daily in Pakistan. The "
               "writers are invented; figures follow this set's series.*")

doc("letter_surplus_fy2025", f"""
# Letters to the Editor: Trade with Afghanistan

{LETTER_NOTE}

**Don't blame the border alone**

SIR: Your editorial "Trade at the mercy of the gate" (12 August) rightly criticised the repeated closures at Torkham, but it gave the impression that our trade with Afghanistan is in free fall. The picture is more mixed.

In FY2025 Pakistan exported goods worth $893 million to Afghanistan and imported $498 million, a surplus of $495 million in our favour. Exports were lower than the year before, but the surplus was larger, because imports of Afghan coal and fruit fell even faster than our sales of rice, flour and medicines.

The real problem is that our exporters depend on a handful of products and a handful of crossings. When Torkham closes for weeks, as it did for 46 days last year, there is no other route that can take the trucks. Afghan importers have learnt the lesson and now buy more from Iran and Central Asia, even at higher prices, because those suppliers deliver on time.

If we want to keep the Afghan market, we need a border that stays open whatever the state of relations between the two governments, banks that will handle payments, and visas for traders that do not take weeks. Editorials about closures are welcome, but policy matters more than the gate.

*Hamid Ullah Khan, Peshawar*
""", [{
    "kind": "arithmetic",
    "quotes": ["In FY2025 Pakistan exported goods worth $893 million to Afghanistan and imported $498 million, a surplus of $495 million in our favour"],
    "explanation": "Exports of $893 million less imports of $498 million leave a surplus of $395 million, not $495 million.",
    "expected_values": {"exports": 893, "imports": 498, "computed_balance": 395, "stated_balance": 495,
                        "unit": "USD million", "period": "FY2025",
                        "as_written": {"exports": "$893 million", "imports": "$498 million",
                                       "stated_balance": "$495 million"},
                        "location": "letter to the editor"},
}])

doc("letter_imports_climbed", f"""
# Letters to the Editor: Who Gains from Afghan Trade?

{LETTER_NOTE}

**Buying more, selling less**

SIR: As a rice exporter who has sold to Kabul for twenty years, I read with interest the debate on your op-ed pages about trade with Afghanistan. One point has been missed.

While our exports shrank, imports from Afghanistan climbed from $620 million in FY2024 to $498 million in FY2025. Our own exports fell from $956 million to $893 million over the same period. The Afghan side, in other words, has done better out of the past year than we have, and our negotiators should keep this in mind when they are told that Pakistan must make concessions to keep trade flowing.

Exporters on our side face closures at the border, delays in clearance at Torkham and payments that arrive weeks late or not at all. Afghan coal and fruit, on the other hand, still find ready buyers in Punjab and Sindh. Our government should insist that any agreement on transit and border hours includes firm commitments on payments and on the treatment of Pakistani trucks in Afghanistan.

I do not argue for closing the border. I argue for a trade policy that looks after our exporters as carefully as it looks after security.

*Shafqat Mahmood Awan, Lahore*
""", [{
    "kind": "direction",
    "quotes": ["imports from Afghanistan climbed from $620 million in FY2024 to $498 million in FY2025"],
    "explanation": "The letter says imports from Afghanistan climbed, but its figures show a fall from $620 million to $498 million (-19.7 percent).",
    "expected_values": {"from": 620, "to": 498, "change": -122, "change_pct": -19.68,
                        "from_period": "FY2024", "to_period": "FY2025",
                        "stated_direction": "rise", "actual_direction": "fall",
                        "direction_word": "climbed", "unit": "USD million",
                        "subject": "AFG→PAK imports", "location": "letter to the editor"},
}])

doc("letter_refugees_2023", f"""
# Letters to the Editor: Refugees and Returns

{LETTER_NOTE}

**A question of numbers**

SIR: In the debate about the return of Afghans, numbers are thrown about carelessly. Some speakers on television talk of "four million Afghans", others of "a few hundred thousand". Both cannot be right, and the difference matters for policy.

The registered refugees, who hold Proof of Registration cards, are the best-counted group. Pakistan hosted 1.49 million registered Afghan refugees at the end of 2023 (UNHCR, 2023), most of them in Khyber Pakhtunkhwa and Balochistan. Holders of Afghan Citizen Cards and Afghans without any papers come on top of that, and their numbers are much less certain.

Returns are also counted with care at the crossings. In 2024, 676,000 Afghans went back, and another 320,000 in the first half of 2025. Not all of them were registered refugees; many had no documents at all.

My plea to politicians and television hosts is simple: say which group you mean, and give a source. A policy built on guesses will be unfair to the Afghans who have lived among us for decades and unconvincing to the Pakistanis who want to see the law enforced.

*Dr Sadia Rehman, Islamabad*

**Spare the students**

SIR: Among those leaving are Afghan students enrolled in our universities. Surely a way can be found to let them finish their degrees.

*Omar Farooq, Peshawar*
""", [{
    "kind": "citation",
    "quotes": ["Pakistan hosted 1.49 million registered Afghan refugees at the end of 2023 (UNHCR, 2023)"],
    "explanation": "The letter cites UNHCR for 1.49 million registered Afghan refugees at the end of 2023; the reference value for end-2023 is 1,987,717, so the figure is 25.0 percent too low (it is close to the end-2021 value).",
    "expected_values": {"stated": 1490000, "stated_as_written": "1.49 million", "reference": 1987717,
                        "indicator": "refugees.registered", "subject": "PAK", "period": "2023",
                        "cited_source": "UNHCR, 2023", "citation_form": "'(UNHCR, YYYY)'",
                        "location": "letter to the editor"},
}])

doc("letter_refugees_control", f"""
# Letters to the Editor: The Refugee Register

{LETTER_NOTE}

**Read the register carefully**

SIR: Your report on the refugee register (18 March) said that the number of registered Afghan refugees had "never been lower". That is not what the figures show.

Registered Afghan refugees in Pakistan numbered 1,743,278 at the end of 2022 (UNHCR, 2022) and 1,987,717 a year later (UNHCR, 2023), an increase of about 14 percent. By the end of 2024 the number had fallen to 1,559,964 (UNHCR, 2024), a drop of more than a fifth in a single year. That is a large fall, but the register is still larger than it was at the end of 2021, when it stood at 1,490,562 (UNHCR, 2021).

The drop in 2024 reflects returns to Afghanistan and the removal of records that could not be verified. It does not mean that fewer Afghans need protection, and the government should say clearly what will happen to card holders when the present extension ends.

*Farah Naz Qureshi, Rawalpindi*

**Thank you, Torkham**

SIR: Last month my father needed treatment in Peshawar, and the staff at Torkham let us through quickly on a medical visa. Credit where it is due.

*Abdul Wahid, Jalalabad*
""", control_type="citation_control")

# =================================================================== data-journalism "by the numbers" lists

NUM_NOTE = ("*In the style of a news site's data-journalism list. The site is not named; figures follow "
            "this set's series.*")

doc("numbers_returns_crossings_reuse", f"""
# The Great Return, by the Numbers

{NUM_NOTE}

Since late 2023, Pakistan has pressed undocumented Afghans to leave, and many registered refugees have gone too. Here is the story of the returns, and of the border they cross, in ten numbers.

- **676,000**: Afghans who returned from Pakistan in 2024.
- **412,000**: of them crossed at Torkham, on the road from Peshawar to Jalalabad.
- **412,000**: came through Spin Boldak-Chaman, on the road from Quetta to Kandahar; the remaining 33,000 used other crossings.
- **320,000**: returns in January–June 2025, almost half as many as in the whole of 2024.
- **179,000**: of those came in April–June, some 27 percent more than in January–March.
- **46**: days on which Torkham was closed in 2024. Chaman was closed for 31.
- **820**: trucks a day crossing at Torkham in 2024, down from 1,150 in 2023.
- **1.39 bn dollars**: two-way trade between Pakistan and Afghanistan in FY2025, down from 1.58 bn dollars the year before.
- **31,200**: Afghan transit containers cleared at Karachi and Port Qasim in FY2025, two-fifths fewer than in FY2024.
- **212**: attacks in Pakistan attributed by officials to groups based in Afghanistan in 2024, up from 158 in 2023.

**Why it matters.** Each of these numbers stands for families on the move, traders waiting at the border and towns on both sides that depend on the road. Returns slowed in the second half of 2024 but picked up again in 2025, and aid agencies in Afghanistan say they are not ready for another surge.

*Numbers are rounded. Returns are counted at the crossings and include deportations.*
""", [{
    "kind": "number_reuse",
    "quotes": ["**412,000**: of them crossed at Torkham", "**412,000**: came through Spin Boldak-Chaman"],
    "explanation": "412,000 is given for returns through both Torkham and Spin Boldak-Chaman in 2024; with 676,000 returns in all and 33,000 through other crossings, Spin Boldak-Chaman saw 231,000.",
    "expected_values": {"value": 412000, "unit": "persons returned",
                        "quantity_1": "returns from Pakistan through Torkham, 2024",
                        "quantity_2": "returns from Pakistan through Spin Boldak-Chaman, 2024",
                        "expected_value_2": 231000},
}])

doc("numbers_trade_new_zealand", f"""
# Pakistan–Afghanistan Trade, by the Numbers

{NUM_NOTE}

Trade across the Pakistan–Afghanistan border has had a difficult two years. These are the numbers behind the headlines.

- **USD 893 mn**: Pakistan's exports to Afghanistan in FY2025 (July 2024 to June 2025), down from USD 956 mn.
- **USD 498 mn**: Pakistan's imports from Afghanistan in the same year, down from USD 620 mn.
- **USD 395 mn**: Pakistan's surplus, the gap between the two.
- **USD 445 mn**: exports in Jul–Dec 2024 alone, the first half of the fiscal year.
- **2**: New Zealand–Afghanistan crossings, Torkham and Chaman, that carry most of the trade by road.
- **46 and 31**: days on which Torkham and Chaman were closed in 2024.
- **USD 3,250**: road freight for a 40ft container of transit cargo, for example milk powder from New Zealand, from Karachi to Kabul via Torkham under a forwarder's July 2025 rate card.
- **USD 120**: what a day of detention at Torkham adds to that bill once the free days are used up.
- **52,000 and 31,200**: Afghan transit containers cleared at Karachi and Port Qasim in FY2024 and FY2025.

**What to watch.** Traders say the single most useful step would be to keep Torkham open around the clock. Officials on both sides say they are working on it; the numbers above suggest they have not yet succeeded.

*Trade figures are rounded to the nearest million dollars. Freight rates are quoted by forwarders and vary with fuel prices.*
""", [{
    "kind": "scope",
    "quotes": ["New Zealand–Afghanistan crossings, Torkham and Chaman"],
    "explanation": "Torkham and Chaman are crossings on the Pakistan–Afghanistan border. The list names New Zealand as the other side; New Zealand appears correctly elsewhere only as the origin of milk powder moved in transit.",
    "expected_values": {"third_country": "NZL", "named_pair": ["NZL", "AFG"], "pair": PAIR,
                        "named_as": "New Zealand–Afghanistan crossings",
                        "not_a_defect": "milk powder from New Zealand"},
}])

doc("numbers_refugees_control", f"""
# Afghan Refugees in Pakistan, by the Numbers

{NUM_NOTE}

The number of Afghans registered as refugees in Pakistan has fallen sharply. Here is what the figures say, and what they do not.

- **1.56 million**: registered Afghan refugees in Pakistan at the end of 2024, according to UNHCR (2024).
- **1.99 million**: the figure a year earlier, at the end of 2023, according to UNHCR (2023). The register shrank by more than a fifth in a single year.
- **1.74 million**: the figure at the end of 2022, according to UNHCR (2022). The register grew by about 14 percent during 2023, before the fall.
- **676,000**: Afghans who returned from Pakistan in 2024, registered or not.
- **320,000**: returns in January–June 2025; one hundred and forty-one thousand of them in the first three months.
- **4**: formal crossings on the border where returnees are counted: Torkham, Chaman, Ghulam Khan and Angoor Adda.

**What the numbers do not say.** The register counts only refugees who hold Proof of Registration cards. Afghans with Afghan Citizen Cards and those without papers are not on it, and nobody knows their number with any precision.

**Where refugees live.** Most registered refugees live in Khyber Pakhtunkhwa and Balochistan, many of them in villages that were set up as camps in the 1980s and have long since become ordinary settlements.

*Figures are rounded. UNHCR counts registered refugees at the end of each calendar year.*
""", control_type="citation_control")
