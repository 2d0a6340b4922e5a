# Hand-entered numeric claims for the 13 White House documents.
# Each entry: doc key, approximate line, quote (whitespace-normalised; the
# resolver matches any run of whitespace, including a hard wrap or NBSP,
# and maps ' to the typographic apostrophe), number_text, value, unit, about,
# and optional keyword fields.
DOCS = {
    "A": "2021-04-14-remarks-by-president-biden-on-the-way-forward-in-afghanistan.md",
    "B": "2021-05-24-statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-meeting-with-national-s.md",
    "C": "2021-06-25-fact-sheet-continued-u-s-support-for-a-peaceful-stable-afghanistan.md",
    "D": "2021-08-06-press-briefing-by-press-secretary-jen-psaki-august-6-2021.md",
    "E": "2021-08-14-statement-by-president-joe-biden-on-afghanistan.md",
    "F": "2021-08-31-remarks-by-president-biden-on-the-end-of-the-war-in-afghanistan.md",
    "G": "2022-02-11-fact-sheet-executive-order-to-preserve-certain-afghanistan-central-bank-assets-for-the-people-of-afghanistan..md",
    "H": "2022-08-01-background-press-call-by-a-senior-administration-official-on-a-u-s-counterterrorism-operation.md",
    "I": "2022-08-01-remarks-by-president-biden-on-a-successful-counterterrorism-operation-in-afghanistan.md",
    "J": "2023-01-31-statement-by-nsc-spokesperson-adrienne-watson-on-the-terrorist-attack-on-pakistan-mosque.md",
    "K": "2023-11-02-press-briefing-by-press-secretary-karine-jean-pierre-and-nsc-coordinator-for-strategic-communications-john-ki.md",
    "L": "2023-12-19-press-briefing-by-press-secretary-karine-jean-pierre-and-nsc-coordinator-for-strategic-communications-john-ki.md",
    "M": "2024-02-07-notice-on-the-continuation-of-the-national-emergency-with-respect-to-the-widespread-humanitarian-crisis-in-af.md",
}

CLAIMS = []

VAGUE = "vague magnitude word; value is the lower bound of the order of magnitude"
HYPO = "hypothetical or rhetorical figure, not an assertion about what happened"
FIG = "figure of speech"
TRIVIAL = "small count of little factual weight"


def c(doc, line, quote, number_text, value, unit, about, h=None, ind=None, s=None,
      p=None, src=None, proj=False, unc=False, un=None, vh=None, note=None):
    CLAIMS.append(dict(doc=doc, line_hint=line, quote=quote, number_text=number_text,
                       value=value, value_high=vh, unit=unit, unit_note=un, hedge=h,
                       about=about, indicator=ind, subject=s, period=p,
                       cited_source=src, is_projection=proj, uncertain=unc, note=note))


# ---------------------------------------------------------------- A 2021-04-14
A = "A"
c(A, 19, "killed 2,977 innocent souls", "2,977", 2977, "people",
  "people killed in the 11 September 2001 attacks", s="US", p="2001-09-11")
c(A, 30, "More than seven years later", "More than seven years", 7, "years",
  "time from the October 2001 strikes to Biden's 2008 trip to Afghanistan", h="more than", p="2001..2008")
c(A, 47, "close to 10 years", "close to 10 years", 10, "years",
  "time it took to carry out the commitment to get bin Laden", h="close to")
c(A, 50, "That was 10 years ago", "10 years", 10, "years",
  "time since bin Laden was killed", p="2011..2021")
c(A, 51, "Laden a decade ago", "a decade", 10, "years", "time since bin Laden was killed", p="2011..2021")
c(A, 51, "for a decade since", "a decade", 10, "years",
  "time the US has stayed in Afghanistan since bin Laden's death", s="US→AFG", p="2011..2021")
c(A, 56, "Over the past 20 years", "20 years", 20, "years",
  "period over which the terrorist threat dispersed", p="2001..2021")
c(A, 62, "keeping thousands of troops", "thousands", 1000, "troops",
  "US troops kept in Afghanistan", s="US→AFG", unc=True, note=VAGUE)
c(A, 63, "at a cost of billions each year", "billions", 1e9, "USD",
  "annual cost of the US troop presence in Afghanistan", s="US→AFG", un="per year", unc=True, note=VAGUE)
c(A, 70, "two Republicans", "two", 2, "count", "Republican presidents who presided over US troops in Afghanistan", un="US presidents")
c(A, 70, "two Democrats", "two", 2, "count", "Democratic presidents who presided over US troops in Afghanistan", un="US presidents")
c(A, 83, "just three months after my inauguration", "three months", 3, "other",
  "time from the January 2021 inauguration to the 1 May 2021 withdrawal deadline", un="months", p="2021-01-20..2021-05-01")
c(A, 102, "for almost 20 years", "almost 20 years", 20, "years",
  "time allies and partners have served in Afghanistan", h="almost", p="2001..2021")
c(A, 130, "nearly two decades of combat", "nearly two decades", 20, "years",
  "duration of US combat deployments in Afghanistan", h="nearly", p="2001..2021")
c(A, 134, "less than 1 percent of Americans", "less than 1 percent", 1, "percent",
  "share of Americans who serve in the armed forces", h="less than", s="US")
c(A, 135, "The remaining 99 percent", "99 percent", 99, "percent",
  "share of Americans who do not serve in the armed forces", s="US")
c(A, 149, "over 300,000 Afghan personnel", "over 300,000", 300000, "troops",
  "standing Afghan security force trained and equipped by the US and partners", h="over", s="AFG", p="2021-04")
c(A, 149, "hundreds of thousands", "hundreds of thousands", 100000, "troops",
  "Afghan personnel trained over the past two decades", s="AFG", unc=True, note=VAGUE)
c(A, 150, "over the past two decades", "two decades", 20, "years",
  "period over which Afghan forces were trained", p="2001..2021")
c(A, 168, "We gave that argument a decade", "a decade", 10, "years",
  "time the argument for military leverage was tried")
c(A, 169, "98,000 troops in Afghanistan", "98,000", 98000, "troops",
  "US troop level in Afghanistan at its height", s="US→AFG",
  note="period not stated; the figure matches the 2010-2011 peak")
c(A, 169, "a few thousand", "a few thousand", 1000, "troops",
  "later, reduced US troop level in Afghanistan", s="US→AFG", unc=True, note=VAGUE)
c(A, 183, "happened 20 years ago", "20 years", 20, "years", "time since the 9/11 attacks", p="2001..2021")
c(A, 202, "for the next 20 years", "20 years", 20, "years",
  "time horizon of the battles to come", proj=True, unc=True, note=HYPO)
c(A, 203, "not the last 20", "the last 20", 20, "years", "the past 20 years of war", p="2001..2021")
c(A, 206, "my three predecessors", "three", 3, "count", "presidents before Biden who dealt with the war", un="US presidents")
c(A, 212, "That was seven years ago", "seven years", 7, "years", "time since NATO's 2014 declaration", p="2014..2021")
c(A, 214, "One more year", "One more year", 1, "years", "hypothetical extension of the stay", proj=True, unc=True, note=HYPO)
c(A, 214, "two more years", "two more years", 2, "years", "hypothetical extension of the stay", proj=True, unc=True, note=HYPO)
c(A, 214, "ten more years", "ten more years", 10, "years", "hypothetical extension of the stay", proj=True, unc=True, note=HYPO)
c(A, 215, "Ten, twenty, thirty billion dollars more", "Ten, twenty, thirty billion dollars", 1e10, "USD",
  "hypothetical extra spending in Afghanistan", vh=3e10, proj=True, unc=True, note=HYPO)
c(A, 216, "the trillion we’ve already spent", "the trillion", 1e12, "USD",
  "cumulative US spending on the war in Afghanistan", s="US→AFG", p="2001..2021")
c(A, 247, "two hundred and forty-", "two hundred and forty-", 240, "troops",
  "unfinished spoken number, corrected in the transcript", unc=True,
  note="incomplete spoken number; see the 2,448 entry")
c(A, 247, "<s>2,488</s>", "2,488", 2488, "troops",
  "misspoken death toll struck through in the transcript", ind="conflict.deaths", s="US→AFG", unc=True,
  note="struck-through figure; the transcript's correction is 2,448")
c(A, 248, r"\[2,448\] U.S. troops and personnel who have died", "2,448", 2448, "troops",
  "US troops and personnel killed in Operations Enduring Freedom and Freedom's Sentinel",
  ind="conflict.deaths", s="US→AFG", p="2001..2021-04-14", note="US personnel only, not all conflict deaths")
c(A, 250, "20,722 have been wounded", "20,722", 20722, "troops",
  "US troops and personnel wounded in Operations Enduring Freedom and Freedom's Sentinel", s="US→AFG", p="2001..2021-04-14")
c(A, 252, "the first President in 40 years", "40 years", 40, "years",
  "time since a president last had a child serving in a war zone")

# ---------------------------------------------------------------- C 2021-06-25
C = "C"
c(C, 26, "nearly $88 billion in security assistance", "nearly $88 billion", 88e9, "USD",
  "US security assistance to Afghanistan since 2002", h="nearly", s="US→AFG", p="since 2002")
c(C, 27, "$36 billion in civilian assistance", "$36 billion", 36e9, "USD",
  "US civilian assistance to Afghanistan since 2002", s="US→AFG", p="since 2002")
c(C, 27, "$787 million specifically intended to support Afghan women and girls", "$787 million", 787e6, "USD",
  "part of US civilian assistance meant for Afghan women and girls", s="US→AFG", p="since 2002")
c(C, 29, "nearly $3.9 billion in humanitarian assistance", "nearly $3.9 billion", 3.9e9, "USD",
  "US humanitarian assistance to Afghanistan since 2002", h="nearly", s="US→AFG", p="since 2002")
c(C, 37, "three million doses of Johnson and Johnson vaccine", "three million", 3e6, "count",
  "COVID-19 vaccine doses the US will donate to Afghanistan via COVAX", un="vaccine doses", s="US→AFG", proj=True)
c(C, 45, "over 300 oxygen cylinders", "over 300", 300, "count",
  "oxygen cylinders ordered by USAID for Afghanistan", un="oxygen cylinders", h="over", s="US→AFG", p="2021-06")
c(C, 48, "oxygen plants in four hospitals", "four", 4, "count",
  "hospitals where USAID plans to install oxygen plants", un="hospitals", s="US→AFG", proj=True)
c(C, 50, "$3.7 million to train clinicians", "$3.7 million", 3.7e6, "USD",
  "USAID investment to train clinicians for severe COVID-19 cases", s="US→AFG", proj=True)
c(C, 51, "the five hardest hit urban cities", "five", 5, "count",
  "Afghan cities covered by the clinician training", un="cities", s="AFG")
c(C, 57, "$40 million to directly help Afghanistan", "$40 million", 40e6, "USD",
  "State Department and USAID COVID-19 response funding for Afghanistan in the past year", s="US→AFG", p="2020-06..2021-06")
c(C, 58, "$90 million in other COVID-related development", "$90 million", 90e6, "USD",
  "COVID-related development assistance expedited through the World Bank", s="US→AFG", p="2020-06..2021-06")
c(C, 61, "$38 million in emergency", "$38 million", 38e6, "USD",
  "USAID emergency COVID-19 supplemental funding committed to WFP for Afghanistan", s="US→AFG", proj=True)
c(C, 63, "approximately 1.2 million COVID-impacted vulnerable people", "approximately 1.2 million", 1.2e6, "people",
  "COVID-affected vulnerable people whose food needs the WFP funding addresses", h="approximately", s="AFG", proj=True)
c(C, 64, "over a million people most affected", "over a million", 1e6, "people",
  "people WFP will reach with in-kind food assistance", h="over", s="AFG", proj=True)
c(C, 66, "for four months", "four months", 4, "other", "duration of WFP food assistance", un="months", proj=True)
c(C, 68, "more than 164,000 children", "more than 164,000", 164000, "people",
  "children WFP will reach with malnutrition treatment", h="more than", s="AFG", proj=True)
c(C, 68, "nearly 28,000 pregnant and lactating women", "nearly 28,000", 28000, "people",
  "pregnant and lactating women WFP will reach with malnutrition treatment", h="nearly", s="AFG", proj=True)
c(C, 72, "more than $266 million in new humanitarian assistance", "more than $266 million", 266e6, "USD",
  "new US humanitarian assistance announced for Afghanistan", h="more than", s="US→AFG", p="2021", proj=True)
c(C, 73, "an estimated 18 million people in Afghanistan", "an estimated 18 million", 18e6, "people",
  "people in Afghanistan with pressing humanitarian needs", h="estimated", s="AFG", p="2021")
c(C, 74, "more than 4.8 million internally displaced Afghans", "more than 4.8 million", 4.8e6, "people",
  "internally displaced Afghans", h="more than", s="AFG", p="2021",
  note="internally displaced, not refugees in Pakistan")
c(C, 88, "over $3 billion to ASFF in 2021", "over $3 billion", 3e9, "USD",
  "Congressional appropriation to the Afghanistan Security Forces Fund", h="over", s="US→AFG", p="FY2021")
c(C, 89, "over $3.3 billion for 2022", "over $3.3 billion", 3.3e9, "USD",
  "President's budget request for the Afghanistan Security Forces Fund", h="over", s="US→AFG", p="FY2022", proj=True)
c(C, 95, "additional $300 million in civilian assistance for Afghanistan in 2021", "$300 million", 300e6, "USD",
  "additional US civilian assistance announced for Afghanistan", s="US→AFG", p="2021", proj=True)
c(C, 97, "additional $364 million in development assistance", "$364 million", 364e6, "USD",
  "additional development assistance requested for State and USAID", s="US→AFG", p="FY2022", proj=True)
c(C, 102, "past 20 years", "20 years", 20, "years", "period of gains the funding is meant to sustain", p="2001..2021")
c(C, 123, "more than 40-year war", "more than 40-year", 40, "years", "length of Afghanistan's war", h="more than", s="AFG")

# ---------------------------------------------------------------- D 2021-08-06
D = "D"
c(D, 34, "in almost a year", "almost a year", 1, "years",
  "time since monthly job growth was last this fast", h="almost", s="US")
c(D, 35, "more than 1 million Americans have re-entered the labor force", "more than 1 million", 1e6, "people",
  "Americans who re-entered the labour force since January", h="more than", s="US", p="2021-01..2021-07")
c(D, 37, "from 5.9", "5.9", 5.9, "percent", "US unemployment rate before the latest report", s="US", p="2021-06")
c(D, 37, "to 5.4 percent", "5.4 percent", 5.4, "percent", "US unemployment rate in the latest report", s="US", p="2021-07")
c(D, 41, "over 4 million new jobs", "over 4 million", 4e6, "count",
  "jobs created under the administration", un="jobs", h="over", s="US", p="2021-01..2021-07")
c(D, 41, "832,000 on average", "832,000", 832000, "count",
  "average monthly job gains over the last three months", un="jobs per month", s="US", p="2021-05..2021-07")
c(D, 42, "for the last three months", "three months", 3, "other", "averaging window for job gains", un="months")
c(D, 42, "for the last two months", "two months", 2, "other", "months with upward revisions", un="months")
c(D, 43, "over the first six months", "six months", 6, "other", "first six months of the administration", un="months", p="2021-01..2021-07")
c(D, 43, "almost 700,000 per month", "almost 700,000", 700000, "count",
  "average monthly job creation in the first six months", un="jobs per month", h="almost", s="US", p="2021-01..2021-07")
c(D, 45, "first six months in history", "six months", 6, "other", "comparison window with other presidents", un="months")
c(D, 47, "1.1 million jobs", "1.1 million", 1.1e6, "count",
  "jobs created in the previous administration's first six months", un="jobs", s="US", p="2017-01..2017-07")
c(D, 48, "in their first six months", "six months", 6, "other", "comparison window", un="months")
c(D, 51, "the last 18 months", "18 months", 18, "other", "period of pandemic losses recouped", un="months", p="2020-02..2021-07")
c(D, 71, "an average of $50 per person per month", "$50", 50, "USD",
  "average premium saving from the American Rescue Plan", un="per person per month", s="US", p="2021")
c(D, 75, "Five months later", "Five months", 5, "other", "time since the special enrolment period opened", un="months")
c(D, 75, "more than 2 million Americans have signed up", "more than 2 million", 2e6, "people",
  "Americans who signed up for health coverage in the special enrolment period", h="more than", s="US", p="2021-02..2021-08")
c(D, 86, "821,000 total vaccinations", "821,000", 821000, "count",
  "COVID-19 vaccinations recorded in one day", un="vaccine doses", s="US", p="2021-08-06")
c(D, 87, "more than 800,000 total shots", "more than 800,000", 800000, "count",
  "COVID-19 shots per day on two days in a row", un="vaccine doses", h="more than", s="US", p="2021-08-05..2021-08-06")
c(D, 90, "more than 3.2 million Americans have gotten newly vaccinated", "more than 3.2 million", 3.2e6, "people",
  "Americans newly vaccinated over the past seven days", h="more than", s="US", p="2021-07-31..2021-08-06")
c(D, 91, "over the past seven days", "seven days", 7, "other", "window for new vaccinations", un="days")
c(D, 113, "Two of those three states", "Two", 2, "count",
  "states with vaccine requirements led by Republican governors", un="states", s="US")
c(D, 114, "three states", "three", 3, "count", "states that announced vaccination requirements", un="states", s="US")
c(D, 117, "roughly 85,000 employees", "roughly 85,000", 85000, "people",
  "United Airlines employees who must be vaccinated", h="roughly", s="US", p="2021-08")
c(D, 205, "100 percent of schools", "100 percent", 100, "percent",
  "share of schools the administration aims to open in the fall", s="US", proj=True)
c(D, 246, "30,000-foot standpoint", "30,000-foot", 30000, "other",
  "idiom for a broad view", un="feet", unc=True, note=FIG)
c(D, 255, "eight days ago", "eight days", 8, "other", "time since the President's speech on vaccination", un="days")
c(D, 325, "After 20 years at war", "20 years", 20, "years", "length of the war in Afghanistan", s="US→AFG", p="2001..2021")
c(D, 397, "over 900,000 jobs created", "over 900,000", 900000, "count",
  "jobs created in the latest monthly report", un="jobs", h="over", s="US", p="2021-07")
c(D, 412, "4 million jobs created over six months", "4 million", 4e6, "count",
  "jobs created over six months", un="jobs", s="US", p="2021-01..2021-07")
c(D, 412, "over six months", "six months", 6, "other", "window for the 4 million jobs", un="months")
c(D, 425, "two young children", "two", 2, "count", "the press secretary's children", un="children", unc=True, note=TRIVIAL)
c(D, 445, "two days ago", "two days", 2, "other", "time since the press secretary's daughter's remark", un="days", unc=True, note=TRIVIAL)
c(D, 599, "as long as a month at least", "a month at least", 1, "other",
  "wait reported by unaccompanied children before talking to a sponsor", un="months", h="at least", s="US",
  src="children's accounts to attorneys and advocates")
c(D, 660, "a series of six measures", "six", 6, "count", "economic measures the President laid out", un="measures", s="US")
c(D, 690, "tens of millions of people", "tens of millions", 1e7, "people",
  "people helped by further Child Tax Credit benefits", s="US", proj=True, unc=True, note=VAGUE)
c(D, 733, "those two votes", "two", 2, "count", "votes on the reconciliation and infrastructure bills", un="votes", unc=True, note=TRIVIAL)
c(D, 773, "in the Senate for 36 years", "36 years", 36, "years", "Biden's time in the Senate", p="1973..2009")
c(D, 795, "87 percent of battleground voters surveyed", "87 percent", 87, "percent",
  "battleground voters more likely to back a pro-infrastructure candidate", s="US", src="a poll (the DCCC's own poll)")
c(D, 861, "for a month and a half", "a month and a half", 1.5, "other",
  "time since some states ended federal unemployment benefits", un="months", s="US")
c(D, 880, "tens of thousands have recently expired", "tens of thousands", 10000, "count",
  "vaccine doses that expired in places like Alabama", un="vaccine doses", s="US", unc=True, note=VAGUE)
c(D, 886, "only about 2.5 percent", "about 2.5 percent", 2.5, "percent",
  "share of vaccine doses that have gone to waste", h="about", s="US", p="2021-08")
c(D, 921, "killed a British and Romanian national", "a British and Romanian national", 2, "people",
  "people killed in the Mercer Street tanker attack", p="2021-07-29", unc=True, note="count is implicit")
c(D, 948, "the 2.5 percent", "2.5 percent", 2.5, "percent", "share of wasted doses (restated in a question)", s="US")
c(D, 975, "a quarter trillion dollars", "a quarter trillion dollars", 2.5e11, "USD",
  "addition to the deficit from the infrastructure bill", s="US", src="Congressional Budget Office", proj=True)
c(D, 976, "over the next 10 years", "10 years", 10, "years", "CBO scoring window", proj=True)
c(D, 986, "a $30 billion deficit a year", "$30 billion", 3e10, "USD",
  "annual deficit effect in the CBO score", un="per year", s="US", src="Congressional Budget Office", proj=True)
c(D, 986, "for eight years", "eight years", 8, "years", "period of the $30 billion a year deficit", proj=True)
c(D, 988, "over $200 billion in lower costs", "over $200 billion", 2e11, "USD",
  "lower cost of emergency programmes than CBO estimated", h="over", s="US", p="past year")
c(D, 990, "over $60 billion in higher spectrum revenue", "over $60 billion", 6e10, "USD",
  "higher spectrum auction revenue than CBO anticipated", h="over", s="US", p="2021-02")
c(D, 1273, "the two or three Republican governors", "two or three", 2, "count",
  "Republican governors handling COVID well (asked in a question)", un="governors", vh=3, unc=True, note=HYPO)

# ---------------------------------------------------------------- E 2021-08-14
E = "E"
c(E, 15, "approximately 5,000 U.S. troops", "approximately 5,000", 5000, "troops",
  "US troops authorised to deploy for the drawdown and evacuation", h="approximately", s="US→AFG", p="2021-08", proj=True)
c(E, 39, "evacuate thousands of those", "thousands", 1000, "people",
  "Afghans who helped the US, to be evacuated", s="AFG", proj=True, unc=True, note=VAGUE)
c(E, 45, "20 years ago", "20 years", 20, "years", "time since the US went to Afghanistan", p="2001..2021")
c(E, 47, "over a decade ago", "over a decade", 10, "years", "time since bin Laden's death", h="over", p="2011..2021")
c(E, 48, "10 years later", "10 years", 10, "years", "time from bin Laden's death to Biden's presidency", p="2011..2021")
c(E, 52, "Over our country’s 20 years at war", "20 years", 20, "years", "length of the war in Afghanistan", s="US→AFG", p="2001..2021")
c(E, 53, "nearly $1 trillion dollars", "nearly $1 trillion", 1e12, "USD",
  "US investment in the war in Afghanistan", h="nearly", s="US→AFG", p="2001..2021")
c(E, 54, "over 300,000 Afghan soldiers and police", "over 300,000", 300000, "troops",
  "Afghan soldiers and police trained by the US", h="over", s="AFG", p="2001..2021")
c(E, 56, "One more year", "One more year", 1, "years", "hypothetical extension of the US presence", unc=True, note=HYPO)
c(E, 56, "five more years", "five more years", 5, "years", "hypothetical extension of the US presence", unc=True, note=HYPO)
c(E, 67, "bare minimum of 2,500", "2,500", 2500, "troops",
  "US forces in Afghanistan when the previous president left office", s="US→AFG", p="2021-01")
c(E, 72, "two Republicans", "two", 2, "count", "Republican presidents who presided over US troops in Afghanistan", un="US presidents")
c(E, 72, "two Democrats", "two", 2, "count", "Democratic presidents who presided over US troops in Afghanistan", un="US presidents")

# ---------------------------------------------------------------- F 2021-08-31
F = "F"
c(F, 14, "ended 20 years of war", "20 years", 20, "years", "length of the war in Afghanistan", s="US→AFG", p="2001..2021")
c(F, 17, "more than 120,000 people evacuated to safety", "more than 120,000", 120000, "people",
  "people evacuated from Kabul in the airlift", h="more than", s="AFG", p="2021-08-14..2021-08-31")
c(F, 18, "more than double what most experts thought were possible", "more than double", 2, "other",
  "ratio of evacuees to what experts expected", un="ratio", h="more than")
c(F, 37, "Twenty servicemembers were wounded", "Twenty", 20, "troops",
  "US service members wounded during the evacuation mission", s="US→AFG", p="2021-08")
c(F, 38, "Thirteen heroes gave their lives", "Thirteen", 13, "troops",
  "US service members killed during the evacuation mission (Kabul airport attack)", ind="security.deaths", s="AFG",
  p="2021-08-26", note="US service members only; the attack killed many Afghans too")
c(F, 47, "more than 300,000 Afghan National Security Forces", "more than 300,000", 300000, "troops",
  "Afghan National Security Forces trained and equipped by the US", h="more than", s="AFG", p="2001..2021")
c(F, 48, "over the past two decades", "two decades", 20, "years", "period of training Afghan forces", p="2001..2021")
c(F, 59, "after two decades of fighting", "two decades", 20, "years", "time Afghan forces fought", p="2001..2021")
c(F, 60, "losing thousands of their own", "thousands", 1000, "troops",
  "Afghan security force members killed", ind="conflict.deaths", s="AFG", p="2001..2021", unc=True, note=VAGUE)
c(F, 70, "alongside of us for 20 years", "20 years", 20, "years", "time Afghans worked with the US", p="2001..2021")
c(F, 71, "authorized 6,000 troops", "6,000", 6000, "troops",
  "US troops sent to secure Kabul airport", s="US→AFG", p="2021-08")
c(F, 78, "reached out 19 times", "19 times", 19, "count",
  "times the US warned Americans in Afghanistan to leave", un="outreach messages", p="2021-03..2021-08")
c(F, 80, "17 days ago", "17 days", 17, "other", "time since the evacuation started", un="days", p="2021-08-14")
c(F, 81, "around 5,000 Americans", "around 5,000", 5000, "people",
  "Americans in Afghanistan who decided late to leave", h="around", s="AFG", p="2021-08")
c(F, 86, "more than 5,500 Americans out", "more than 5,500", 5500, "people",
  "Americans evacuated by Operation Allies Refuge", h="more than", s="AFG", p="2021-08-14..2021-08-31")
c(F, 86, "We got out thousands of citizens", "thousands", 1000, "people",
  "allied citizens and diplomats evacuated", unc=True, note=VAGUE)
c(F, 89, "totaling roughly 2,500 people", "roughly 2,500", 2500, "people",
  "US embassy locally employed staff and families evacuated", h="roughly", s="AFG", p="2021-08")
c(F, 90, "thousands of Afghan translators", "thousands", 1000, "people",
  "Afghan translators, interpreters and others evacuated", s="AFG", unc=True, note=VAGUE)
c(F, 93, "about 100 to 200 Americans remain", "about 100 to 200", 100, "people",
  "Americans remaining in Afghanistan who want to leave", vh=200, h="about", s="AFG", p="2021-08-31")
c(F, 98, "<s>Ninety</s>", "Ninety", 90, "percent", "misspoken figure struck through in the transcript",
  unc=True, note="struck-through figure; correction is ninety-eight")
c(F, 98, r"\[Ninety-eight\] percent", "Ninety-eight percent", 98, "percent",
  "share of Americans in Afghanistan who wanted to leave and could", s="AFG", p="2021-08")
c(F, 111, "over 100 countries", "over 100", 100, "count",
  "countries committed to holding the Taliban to its commitments", un="countries", h="over", p="2021-08")
c(F, 132, "release of 5,000 prisoners", "5,000", 5000, "people",
  "prisoners released under the US-Taliban agreement", s="AFG", p="2020")
c(F, 137, "nearly half of the country", "nearly half", 0.5, "other",
  "share of Afghanistan the Taliban controlled or contested", un="fraction", h="nearly", s="AFG", p="2021-01")
c(F, 146, "another tens of thousands more troops", "tens of thousands", 10000, "troops",
  "troops that would have been needed to stay", proj=True, unc=True, note=HYPO + "; " + VAGUE)
c(F, 160, "continue with 6,000 troops", "6,000", 6000, "troops",
  "US troops on the ground in Kabul", s="US→AFG", p="2021-08")
c(F, 163, "In the 17 days that we operated", "17 days", 17, "other",
  "length of the Kabul evacuation operation", un="days", p="2021-08-14..2021-08-31")
c(F, 168, "more than 5,500 Americans were airlifted", "more than 5,500", 5500, "people",
  "Americans airlifted out of Afghanistan", h="more than", s="AFG", p="2021-08-14..2021-08-31")
c(F, 171, "airlifted 100,000 of them", "100,000", 100000, "people",
  "Afghans airlifted by the US and partners", s="AFG", p="2021-08-14..2021-08-31")
c(F, 179, "evacuated tens of thousands", "tens of thousands", 10000, "people",
  "people evacuated by the airlift", s="AFG", unc=True, note=VAGUE)
c(F, 196, "thousands of American troops", "thousands", 1000, "troops",
  "troops that an earlier evacuation would have required", proj=True, unc=True, note=HYPO + "; " + VAGUE)
c(F, 196, "evacuating more than 120,000 people", "more than 120,000", 120000, "people",
  "people evacuated (restated inside a counterfactual)", h="more than", s="AFG", p="2021-08-14..2021-08-31")
c(F, 213, "one of two choices", "two", 2, "count", "options the administration faced", un="choices", unc=True, note=TRIVIAL)
c(F, 215, "thousands of more troops", "thousands", 1000, "troops",
  "troops the alternative would have sent", proj=True, unc=True, note=HYPO + "; " + VAGUE)
c(F, 218, "we only have one", "one", 1, "count", "vital national interest in Afghanistan", un="interests", unc=True, note=TRIVIAL)
c(F, 225, "May 2nd, 2011 — over a decade ago", "over a decade", 10, "years", "time since bin Laden was killed", h="over", p="2011..2021")
c(F, 236, "Afghanistan over a decade ago", "over a decade", 10, "years", "time since the US met its goal in Afghanistan", h="over")
c(F, 237, "stayed for another decade", "another decade", 10, "years", "further time the US stayed", p="2011..2021")
c(F, 251, "thousands of American troops", "thousands", 1000, "troops",
  "US troops deployed to Afghanistan", s="US→AFG", unc=True, note=VAGUE)
c(F, 252, "billions of dollars a year", "billions", 1e9, "USD",
  "annual US spending in Afghanistan", un="per year", s="US→AFG", unc=True, note=VAGUE)
c(F, 265, "murdered 13 of our servicemembers", "13", 13, "troops",
  "US service members killed in the ISIS-K attack at Kabul airport", ind="security.deaths", s="AFG", p="2021-08-26",
  note="US service members only")
c(F, 265, "dozens of innocent Afghans", "dozens", 24, "people",
  "Afghans killed in the ISIS-K attack at Kabul airport", ind="security.deaths", s="AFG", p="2021-08-26",
  unc=True, note=VAGUE)
c(F, 272, "two decades ago", "two decades", 20, "years", "time since 2001")
c(F, 287, "another decade in Afghanistan", "another decade", 10, "years",
  "hypothetical further decade of war", proj=True, unc=True, note=HYPO)
c(F, 290, "the last two decades", "two decades", 20, "years", "period of the foreign policy being left behind", p="2001..2021")
c(F, 292, "there are two that are paramount", "two", 2, "count", "lessons the President draws", un="lessons", unc=True, note=TRIVIAL)
c(F, 336, "After 20 years of war in Afghanistan", "20 years", 20, "years", "length of the war", s="US→AFG", p="2001..2021")
c(F, 340, "more than $2 trillion spent in Afghanistan", "more than $2 trillion", 2e12, "USD",
  "US spending on the war in Afghanistan", h="more than", s="US→AFG", p="2001..2021")
c(F, 341, "over $300 million a day", "over $300 million", 3e8, "USD",
  "daily cost of the war", un="per day", h="over", s="US→AFG", p="2001..2021", src="researchers at Brown University")
c(F, 342, "a day for 20 years", "20 years", 20, "years", "period of the daily cost", p="2001..2021", src="researchers at Brown University")
c(F, 342, "for two decades — yes", "two decades", 20, "years", "period of the daily cost (restated)", p="2001..2021")
c(F, 343, "$300 million a day for two decades.", "$300 million", 3e8, "USD",
  "daily cost of the war (restated)", un="per day", s="US→AFG", p="2001..2021", src="researchers at Brown University")
c(F, 345, "the number of $1 trillion", "$1 trillion", 1e12, "USD",
  "lower estimate of total war spending", s="US→AFG", p="2001..2021", src="as many say")
c(F, 345, "$150 million a day", "$150 million", 1.5e8, "USD",
  "daily cost implied by the $1 trillion figure", un="per day", s="US→AFG", p="2001..2021")
c(F, 346, "a day for two decades", "two decades", 20, "years", "period of the $150 million daily cost", p="2001..2021")
c(F, 350, "after 800,000 Americans serving in Afghanistan", "800,000", 800000, "troops",
  "Americans who served in Afghanistan", s="US→AFG", p="2001..2021")
c(F, 351, "20,744 American servicemen and women injured", "20,744", 20744, "troops",
  "US service members injured in Afghanistan", s="US→AFG", p="2001..2021")
c(F, 352, "the loss of 2,461 American personnel", "2,461", 2461, "troops",
  "US personnel killed in Afghanistan", ind="conflict.deaths", s="US→AFG", p="2001..2021-08-31",
  note="US personnel only, not all conflict deaths")
c(F, 353, "13 lives lost just this week", "13", 13, "troops",
  "US service members killed in the Kabul airport attack", ind="security.deaths", s="AFG", p="2021-08-26",
  note="US service members only")
c(F, 354, "open another decade of warfare", "another decade", 10, "years",
  "hypothetical further decade of war", proj=True, unc=True, note=HYPO)
c(F, 356, "If you’re 20 years old today", "20 years", 20, "years", "age of someone who has never known peace; length of the war")
c(F, 362, "the 1 percent of this country", "1 percent", 1, "percent", "share of Americans who serve in uniform", s="US")
c(F, 365, "for a full year", "a full year", 1, "years", "Beau Biden's service in Iraq", unc=True, note=TRIVIAL)
c(F, 384, "18 veterans, on average, who die by suicide every single day", "18", 18, "people",
  "US veterans who die by suicide each day", un="per day", s="US")
c(F, 391, "As we close 20 years of war", "20 years", 20, "years", "length of the war", p="2001..2021")

# ---------------------------------------------------------------- G 2022-02-11
G = "G"
c(G, 19, "access to $3.5 billion of those assets", "$3.5 billion", 3.5e9, "USD",
  "Afghan central bank assets the US will seek to make available for the Afghan people", s="AFG", proj=True)
c(G, 28, "more than $3.5 billion in DAB assets would remain", "more than $3.5 billion", 3.5e9, "USD",
  "Afghan central bank assets that would stay in the US under litigation", h="more than", s="AFG", proj=True)
c(G, 48, "poverty rates above 50 percent", "above 50 percent", 50, "percent",
  "Afghan poverty rate before August 2021", h="above", s="AFG", p="before 2021-08")
c(G, 49, "about 75 percent of public expenditures", "about 75 percent", 75, "percent",
  "share of Afghan public spending financed by donor grants", h="about", s="AFG", p="before 2021-08")
c(G, 50, "50 percent of the government’s budget", "50 percent", 50, "percent",
  "share of the Afghan government budget financed by donor grants", s="AFG", p="before 2021-08")
c(G, 50, "A two-year long drought", "two-year", 2, "years", "length of the drought", s="AFG", p="before 2021-08")
c(G, 51, "40 percent of their usual yields", "40 percent", 40, "percent",
  "crop yields during the drought relative to normal", s="AFG", p="before 2021-08")
c(G, 53, "just 10-20% of adults holding bank accounts", "10-20%", 10, "percent",
  "share of Afghan adults with bank accounts", vh=20, s="AFG", p="before 2021-08")
c(G, 61, "economic contraction of 30%", "30%", 30, "percent",
  "expected contraction of Afghanistan's economy", s="AFG", src="IMF", proj=True, p="2021-2022")
c(G, 82, "more than $308 million in humanitarian", "more than $308 million", 308e6, "USD",
  "new US humanitarian contribution announced for Afghanistan", h="more than", s="US→AFG", p="2022-01", proj=True)
c(G, 83, "more than $516 million since mid-August", "more than $516 million", 516e6, "USD",
  "US humanitarian assistance provided since mid-August 2021", h="more than", s="US→AFG", p="2021-08-15..2022-02-11")
c(G, 95, "one million additional COVID-19 vaccine doses", "one million", 1e6, "count",
  "additional COVID-19 vaccine doses given via COVAX", un="vaccine doses", s="US→AFG", p="2022-01..2022-02")
c(G, 96, "total donation to 4.3 million doses", "4.3 million", 4.3e6, "count",
  "total COVID-19 vaccine doses donated by the US", un="vaccine doses", s="US→AFG", p="to 2022-02")
c(G, 112, "reached 8 million people", "8 million", 8e6, "people",
  "people reached by WFP food assistance", s="AFG", p="2021-12")
c(G, 116, "$280 million in funds", "$280 million", 280e6, "USD",
  "ARTF funds transferred out to UN organisations", s="AFG", p="2021-12..2022-02")

# ---------------------------------------------------------------- H 2022-08-01 call
H = "H"
c(H, 213, "Two Hellfire missiles", "Two", 2, "count", "missiles fired at al-Zawahiri", un="missiles", s="AFG", p="2022-07-30")
c(H, 248, "ended two decades of war in Afghanistan", "two decades", 20, "years", "length of the war", p="2001..2021")
c(H, 285, "There were zero American personnel", "zero", 0, "troops",
  "US personnel on the ground in Kabul during the strike", s="AFG", p="2022-07-31")
c(H, 297, "targeted on one individual", "one", 1, "count", "people targeted by the strike", un="people",
  unc=True, note=TRIVIAL)

# ---------------------------------------------------------------- I 2022-08-01 remarks
I = "I"
c(I, 21, "murdered 2,977 people", "2,977", 2977, "people", "people killed in the 9/11 attacks", s="US", p="2001-09-11")
c(I, 25, "which killed 17 American sailors", "17", 17, "people", "US sailors killed in the USS Cole bombing", p="2000-10")
c(I, 26, "wounded dozens more", "dozens", 24, "people", "people wounded in the USS Cole bombing", p="2000-10",
  unc=True, note=VAGUE)
c(I, 29, "killing 224", "224", 224, "people", "people killed in the Kenya and Tanzania embassy bombings", p="1998-08")
c(I, 29, "wounding over 4,500 others", "over 4,500", 4500, "people",
  "people wounded in the Kenya and Tanzania embassy bombings", h="over", p="1998-08")
c(I, 33, "bin Laden 11 years ago", "11 years", 11, "years", "time since bin Laden was killed", p="2011..2022")
c(I, 64, "one week ago", "one week", 1, "other", "time since the final approval of the strike", un="weeks", p="2022-07-25")
c(I, 75, "almost a year ago", "almost a year", 1, "years", "time since the end of the military mission", h="almost", p="2021-08..2022-08")
c(I, 76, "after 20 years of war", "20 years", 20, "years", "length of the war", p="2001..2021")
c(I, 77, "thousands of boots on the ground", "thousands", 1000, "troops",
  "US troops no longer needed in Afghanistan", s="US→AFG", unc=True, note=VAGUE)

# ---------------------------------------------------------------- J 2023-01-31
c("J", 13, "risen to 100 people", "100", 100, "people",
  "death toll of the terrorist attack on a mosque in Peshawar", ind="security.deaths", s="PAK",
  p="2023-01-30..2023-01-31", src="reports today")

# ---------------------------------------------------------------- K 2023-11-02
K = "K"
c(K, 55, "10 Days of 10 Drugs", "10 Drugs", 10, "count", "drugs selected for Medicare price negotiation (series title)",
  un="drugs", s="US", unc=True, note="number inside a series title")
c(K, 55, "10 Days of 10 Drugs", "10 Days", 10, "other", "length of the briefing series (title)",
  un="days", unc=True, note="number inside a series title")
c(K, 60, "hundreds of thousands of Medicare beneficiaries", "hundreds of thousands", 100000, "people",
  "Medicare beneficiaries who paid for Farxiga out of pocket", s="US", p="2022", unc=True, note=VAGUE)
c(K, 61, "average of up to 448 bucks", "448 bucks", 448, "USD",
  "average out-of-pocket spending on Farxiga per beneficiary", h="up to", s="US", p="2022")
c(K, 62, "nearly $400 million on lobbying", "nearly $400 million", 4e8, "USD",
  "pharmaceutical industry lobbying spending", h="nearly", s="US", p="2022")
c(K, 73, "capped at 35 bucks a month", "35 bucks", 35, "USD", "cap on insulin cost for seniors", un="per month", s="US")
c(K, 79, "scores of current and former", "scores", 20, "people",
  "national security officials who criticised the blockade", s="US", unc=True, note=VAGUE)
c(K, 80, "hundreds of military spouses", "hundreds", 100, "people",
  "military spouses and families who spoke out", s="US", unc=True, note=VAGUE)
c(K, 82, "nearly 380 military appointments", "nearly 380", 380, "count",
  "military appointments blocked by Senator Tuberville", un="appointments", h="nearly", s="US", p="2023-11")
c(K, 94, "100 percent wrong", "100 percent", 100, "percent", "quoted senator's judgement of the blockade",
  unc=True, note=FIG)
c(K, 139, "74 U.S. citizens and family members", "74", 74, "people",
  "US citizens and family members who reached the Egyptian side from Gaza", s="PSE", p="2023-11-02")
c(K, 140, "the five Americans who departed Gaza yesterday", "five", 5, "people",
  "Americans who left Gaza the day before", s="PSE", p="2023-11-01")
c(K, 167, "an additional 55 trucks", "55", 55, "count", "aid trucks that entered Gaza via Rafah", un="trucks", s="PSE", p="2023-11-01")
c(K, 173, "55 more trucks", "55", 55, "count", "aid trucks that entered Gaza via Rafah (restated)", un="trucks", s="PSE", p="2023-11-01")
c(K, 173, "more than 220 total since the 21st", "more than 220", 220, "count",
  "aid trucks that entered Gaza since 21 October", un="trucks", h="more than", s="PSE", p="2023-10-21..2023-11-01")
c(K, 179, "two bilateral meetings — actually", "two", 2, "count", "bilateral meetings of the President that day", un="meetings", unc=True, note=TRIVIAL)
c(K, 190, "those two bilateral meetings", "two", 2, "count", "bilateral meetings (restated)", un="meetings", unc=True, note=TRIVIAL)
c(K, 200, "this two-day summit", "two-day", 2, "other", "length of the Americas Partnership summit", un="days")
c(K, 221, "one such pause", "one", 1, "count", "humanitarian pauses already arranged", un="pauses", unc=True, note=TRIVIAL)
c(K, 222, "those two Americans out", "two", 2, "people", "American hostages released by Hamas", p="2023-10-20")
c(K, 240, "is 100 percent committed", "100 percent", 100, "percent", "the President's commitment to diplomacy", unc=True, note=FIG)
c(K, 283, "375 officers", "375", 375, "count", "officers whose promotions are on hold", un="officers", s="US", p="2023-11-02")
c(K, 283, "379 positions", "379", 379, "count", "positions affected by the hold", un="positions", s="US", p="2023-11-02")
c(K, 330, "four really critical national security urgent needs", "four", 4, "count",
  "needs covered by the supplemental request", un="categories", s="US")
c(K, 333, "All four are important", "All four", 4, "count", "needs in the supplemental request (restated)", un="categories", s="US")
c(K, 342, "want to see them all four together", "all four", 4, "count", "needs in the supplemental request (question)", un="categories", s="US")
c(K, 394, "70-something dual citizens", "70-something", 70, "people",
  "dual citizens who left Gaza that day (as quoted from the President)", vh=79, h="-something", s="PSE", p="2023-11-02")
c(K, 403, "yesterday, it was five", "five", 5, "people", "Americans who left Gaza the day before", s="PSE", p="2023-11-01")
c(K, 404, "it’s 74", "74", 74, "people", "Americans who left Gaza so far that day", s="PSE", p="2023-11-02")
c(K, 505, "200 Isra- —", "200", 200, "people", "Israeli hostages held by Hamas (sentence broken off)",
  s="PSE", p="2023-11", unc=True, note="sentence broken off")
c(K, 628, "a hundred times already", "a hundred times", 100, "count", "times the point has been repeated",
  un="times", unc=True, note=FIG)
c(K, 672, "a list of 400 Americans", "400", 400, "people",
  "Americans cleared to leave Gaza", s="PSE", p="2023-11", src="The Independent")
c(K, 674, "between 500 and 700 Americans in Gaza", "between 500 and 700", 500, "people",
  "Americans in Gaza", vh=700, s="PSE", p="2023-11", src="prior reports")
c(K, 678, "There are 400 cleared to leave", "400", 400, "people", "Americans cleared to leave Gaza (restated)", s="PSE", p="2023-11")
c(K, 678, "several hundred more", "several hundred", 200, "people",
  "Americans in Gaza not yet cleared", s="PSE", unc=True, note=VAGUE)
c(K, 685, "somewhere between 1,000 and 1,200 U.S. citizens", "between 1,000 and 1,200", 1000, "people",
  "US citizens, dual nationals, permanent residents and family members in Gaza", vh=1200,
  h="somewhere between", s="PSE", p="2023-11")
c(K, 688, "about 400 families", "about 400", 400, "count", "families among the Americans in Gaza",
  un="families", h="about", s="PSE", p="2023-11")
c(K, 692, "there have been 400 that have gotten through", "400", 400, "people",
  "Americans who have got through the clearance process", s="PSE", p="2023-11")
c(K, 780, "195 that were killed at Jabalia", "195", 195, "people",
  "people killed in the strike on Jabalia", s="PSE", p="2023-10-31")
c(K, 875, "the two Americans that got out", "two", 2, "people", "American hostages released", p="2023-10-20")
c(K, 882, "those two Americans, and", "two", 2, "people", "American hostages released (restated)", p="2023-10-20")
c(K, 892, "mounted 19 simultaneous strikes", "19", 19, "count",
  "simultaneous strikes on Israeli forces claimed by Hezbollah", un="strikes", p="2023-11-02", src="Hezbollah")
c(K, 936, "over the past three weeks", "three weeks", 3, "other", "time the US has opposed a ceasefire", un="weeks")
c(K, 985, "200 hostages", "200", 200, "people", "hostages held by Hamas", s="PSE", p="2023-11")
c(K, 1045, "at least seven were killed", "at least seven", 7, "people",
  "hostages killed in strikes on Jabalia", h="at least", s="PSE", p="2023-11", src="Hamas")
c(K, 1047, "at least three with foreign passports", "at least three", 3, "people",
  "killed hostages holding foreign passports", h="at least", s="PSE", p="2023-11", src="Hamas")
c(K, 1048, "of those three", "three", 3, "people", "killed hostages with foreign passports (restated)", s="PSE", src="Hamas")
c(K, 1087, "each of those four categories", "four", 4, "count", "categories in the supplemental request", un="categories", s="US")
c(K, 1154, "a year ago", "a year", 1, "years", "time since the antisemitism task force was set up", p="2022-12..2023-11")
c(K, 1158, "a hundred actions", "a hundred", 100, "count",
  "actions agencies took against antisemitism", un="actions", s="US", p="2023")
c(K, 1194, "380 service — or positions", "380", 380, "count", "military positions on hold", un="positions", s="US", p="2023-11")
c(K, 1263, "about two weeks away", "about two weeks", 2, "other", "time until a possible government shutdown", un="weeks", h="about", s="US")
c(K, 1273, "they have two weeks.", "two weeks", 2, "other", "time Congress has to avoid a shutdown", un="weeks", s="US")
c(K, 1273, "Congress has two weeks", "two weeks", 2, "other", "time Congress has to avoid a shutdown (restated)", un="weeks", s="US")
c(K, 1274, "they have two weeks to honor", "two weeks", 2, "other", "time Congress has to avoid a shutdown (restated)", un="weeks", s="US")
c(K, 1380, "has done more than two dozen", "more than two dozen", 24, "count",
  "executive actions on gun violence", un="executive actions", h="more than", s="US")
c(K, 1380, "more than two doz- — dozen executive actions", "more than two dozen", 24, "count",
  "executive actions on gun violence (self-correction)", un="executive actions", h="more than", s="US")
c(K, 1400, "the two dozens executive action", "two dozens", 24, "count",
  "executive actions on gun violence (restated)", un="executive actions", s="US")
c(K, 1419, "$334 million going into community policing", "$334 million", 334e6, "USD",
  "funding for community policing announced that morning", s="US", p="2023-11")
c(K, 1447, "$1.4 billion isn’t enough", "$1.4 billion", 1.4e9, "USD",
  "supplemental request to help cities with migrant arrivals", s="US", proj=True)
c(K, 1448, "They’re asking for $5 billion", "$5 billion", 5e9, "USD",
  "what the mayors ask for to deal with migrant arrivals", s="US", proj=True, src="the mayors")
c(K, 1451, "request for $5 billion", "$5 billion", 5e9, "USD", "mayors' request (restated)", s="US", proj=True, src="the mayors")
c(K, 1462, "that that $1.4 billion", "$1.4 billion", 1.4e9, "USD", "supplemental request for cities (restated)", s="US", proj=True)
c(K, 1470, "speak to the $5 billion", "$5 billion", 5e9, "USD", "mayors' request (restated)", s="US", proj=True, src="the mayors")
c(K, 1471, "on top of the $1.4 billion", "$1.4 billion", 1.4e9, "USD", "supplemental request for cities (restated)", s="US", proj=True)

# ---------------------------------------------------------------- L 2023-12-19
L = "L"
c(L, 23, "less than half of a percent", "less than half of a percent", 0.5, "percent",
  "flight cancellation rate over Thanksgiving", h="less than", s="US", p="2023-11")
c(L, 24, "or half a percent", "half a percent", 0.5, "percent", "flight cancellation rate over Thanksgiving (restated)", s="US", p="2023-11")
c(L, 35, "$750 million in passenger relief and penalties", "$750 million", 7.5e8, "USD",
  "Southwest's total relief and penalties for the 2022 holiday meltdown", s="US", p="2022-12")
c(L, 36, "$140 million penalty", "$140 million", 1.4e8, "USD", "civil penalty on Southwest", s="US")
c(L, 37, "over $600 million in refunds", "over $600 million", 6e8, "USD",
  "refunds and reimbursements Southwest already paid", h="over", s="US")
c(L, 41, "$90 million to compensate", "$90 million", 9e7, "USD",
  "Southwest reserve for future passengers", s="US", proj=True)
c(L, 60, "less than two weeks since", "less than two weeks", 2, "other",
  "time since the Red Sea coalition was announced", un="weeks", h="less than")
c(L, 85, "44 signatories", "44", 44, "count", "signatories of the joint statement on Houthi attacks", un="signatories", p="2023-12-19")
c(L, 90, "43 countries", "43", 43, "count", "countries represented at Secretary Austin's meeting", un="countries", p="2023-12-19")
c(L, 95, "Some six countries border the Red Sea", "Some six", 6, "count", "countries bordering the Red Sea", un="countries", h="some")
c(L, 95, "10 to 15 percent of all global trade", "10 to 15 percent", 10, "percent",
  "share of global trade passing through the Red Sea", vh=15)
c(L, 96, "8 percent of global grain trade", "8 percent", 8, "percent", "share of global grain trade through the Red Sea")
c(L, 96, "12 percent of global seaborne oil trade", "12 percent", 12, "percent", "share of seaborne oil trade through the Red Sea")
c(L, 98, "40 to 50 percent of transits", "40 to 50 percent", 40, "percent",
  "share of Red Sea transits by Greek-, Chinese-, Japanese- and German-owned vessels", vh=50)
c(L, 147, "44 signatories on this joint statement", "44", 44, "count", "signatories of the joint statement (restated)", un="signatories")
c(L, 159, "involving one or two drones", "one or two", 1, "count", "drones usually used in attacks on ships", un="drones", vh=2)
c(L, 160, "took down 14 at one time", "14", 14, "count", "drones shot down by USS Carney in one engagement", un="drones", p="2023-12-16")
c(L, 168, "it’s one or two", "one or two", 1, "count", "drones usually used (restated)", un="drones", vh=2)
c(L, 168, "Fourteen at one time", "Fourteen", 14, "count", "drones shot down by USS Carney (restated)", un="drones", p="2023-12-16")
c(L, 180, "these 14 drones", "14", 14, "count", "drones shot down by USS Carney (restated)", un="drones", p="2023-12-16")
c(L, 205, "two Americans have been released in Venezuela", "two", 2, "people",
  "Americans reportedly released in Venezuela", p="2023-12", src="early reports")
c(L, 283, "about 8 Americans", "about 8", 8, "people", "American hostages still held in Gaza", h="about", s="PSE", p="2023-12-19")
c(L, 284, "some 140 total", "some 140", 140, "people", "hostages held by Hamas and other groups", h="some", s="PSE", p="2023-12-19")
c(L, 293, "two Christian Palestinian women were shot dead", "two", 2, "people",
  "women shot dead at a Gaza church", s="PSE", p="2023-12-16")
c(L, 295, "hundreds of people being rounded", "hundreds", 100, "people", "people rounded up by the Israeli army",
  s="PSE", unc=True, note=VAGUE)
c(L, 300, "round up hundreds of men", "hundreds", 100, "people", "men rounded up (restated)", s="PSE", unc=True, note=VAGUE)
c(L, 353, "20,000 Palestinians killed according to the Hamas-run health ministry", "20,000", 20000, "people",
  "Palestinians killed in Gaza", h="about to hit", s="PSE", p="2023-10-07..2023-12-19", src="Hamas-run health ministry")
c(L, 356, "milestone: 20,000 Palestinians killed", "20,000", 20000, "people",
  "Palestinians killed in Gaza (restated)", h="about to hit", s="PSE", p="2023-10-07..2023-12-19", src="Hamas-run health ministry")
c(L, 359, "many, many thousands of innocent", "many, many thousands", 1000, "people",
  "people killed or wounded in Israel and Gaza", unc=True, note=VAGUE)
c(L, 434, "three nation-states", "three", 3, "count", "Russia, China and North Korea", un="countries")
c(L, 641, "one more aid package", "one more", 1, "count", "Ukraine aid packages left before funds run out",
  un="aid packages", proj=True, unc=True, note=TRIVIAL)
c(L, 649, "one more security assistance package", "one more", 1, "count",
  "Ukraine security assistance packages left this year", un="aid packages", proj=True, unc=True, note=TRIVIAL)
c(L, 694, "more than 90 percent of its imports from China", "more than 90 percent", 90, "percent",
  "share of North Korea's imports coming from China", h="more than", src="federal estimates")
c(L, 720, "21 Pakistani soldiers were killed", "21", 21, "troops",
  "Pakistani soldiers killed in an attack the week before", ind="security.deaths", s="PAK", p="2023-12 (week before 2023-12-19)",
  note="reporter's figure; the questioner ties the weapons to Afghanistan")
c(L, 742, "the 21 soldiers that were killed in Pakistan", "21", 21, "troops",
  "Pakistani soldiers killed (restated)", ind="security.deaths", s="PAK", p="2023-12 (week before 2023-12-19)")
c(L, 753, "our 20 years in Afghanistan", "20 years", 20, "years", "length of the US presence in Afghanistan", s="US→AFG", p="2001..2021")
c(L, 924, "thousands of people", "thousands", 1000, "people", "people the Vice President's tour will bring together",
  s="US", proj=True, unc=True, note=VAGUE)
c(L, 949, "Hundreds of Jewish facilities", "Hundreds", 100, "count", "Jewish facilities that received false bomb threats",
  un="facilities", s="US", p="2023-12-16..2023-12-17", unc=True, note=VAGUE)
c(L, 960, "hundreds of emailed bomb threats", "hundreds", 100, "count", "emailed bomb threats to Jewish institutions",
  un="threats", s="US", p="2023-12-16..2023-12-17", unc=True, note=VAGUE)
c(L, 1111, "the last 10 days", "10 days", 10, "other", "period of active White House involvement in border talks", un="days", s="US")
c(L, 1116, "almost three years ago", "almost three years", 3, "years",
  "time since the first-day immigration proposal", h="almost", s="US", p="2021-01..2023-12")
c(L, 1120, "And three years, Congress did not act", "three years", 3, "years", "time Congress has not acted", s="US")
c(L, 1124, "languish for three years", "three years", 3, "years", "time the process languished", s="US")
c(L, 1124, "Three years.", "Three years", 3, "years", "time the process languished (repeated)", s="US")
c(L, 1129, "cuts of 2,000 Border Patrol", "2,000", 2000, "people", "Border Patrol cuts Republicans asked for", s="US")
c(L, 1137, "the last three years", "three years", 3, "years", "period of the administration (question)", s="US")
c(L, 1138, "the last two months", "two months", 2, "other", "time since the emergency supplemental was sent", un="months", s="US")
c(L, 1141, "about week, week and a half ago", "week, week and a half", 1, "other",
  "time since the White House signalled flexibility on asylum", un="weeks", vh=1.5, h="about")
c(L, 1162, "Almost three years — almost", "Almost three years", 3, "years",
  "time since the immigration bill was put forward", h="almost", s="US")
c(L, 1162, "almost three years that we put forward", "almost three years", 3, "years",
  "time since the immigration bill was put forward (repeated)", h="almost", s="US")
c(L, 1183, "a five-year-old boy", "five-year-old", 5, "years", "age of the boy who died in a Chicago migrant shelter", s="US")
c(L, 1278, "nearly half of voters", "nearly half", 0.5, "other", "share of voters who say the policies hurt them",
  un="fraction", h="nearly", s="US", src="Fox poll")
c(L, 1278, "46 percent", "46 percent", 46, "percent", "share of voters who say the administration's policies hurt them",
  s="US", p="2023-12", src="Fox poll")
c(L, 1280, "twice as likely", "twice", 2, "other", "ratio of voters expecting a worse vs better economy",
  un="ratio", s="US", src="Fox poll")
c(L, 1322, "more than 14 million applications", "more than 14 million", 14e6, "count",
  "applications to start a small business", un="applications", h="more than", s="US", p="2021..2023")

# ---------------------------------------------------------------- M 2024-02-07
c("M", 37, "for 1 year", "1 year", 1, "years",
  "period for which the national emergency on Afghanistan is continued", s="US→AFG", p="2024-02-11..2025-02-11", proj=True)
