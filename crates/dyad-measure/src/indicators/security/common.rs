//! What the indicators of this family share: their sources, preference rule, recipe text and helpers.

pub(super) use dyad_model::{Evidence, Period};

pub(super) use crate::cell::{Cell, ResultTable};
pub(super) use crate::events::source_preference;
pub(super) use crate::format::format_number;
pub(super) use crate::indicator::{
    Frequency, Indicator, Inputs, Kind, Recipe, border_subject, overlapping, years_of,
};
pub(super) use crate::indicator::{candidates, matching};
pub(super) use crate::select::{Candidate, choose};

pub(super) const READS: &[&str] = &[
    "ACLED events: event_type, sub_event_type, actor1, actor2, inter1, country, admin1, admin2, notes, fatalities",
    "UCDP GED events, or the bundled GED table (year × type of violence × dyad × adm_1 × adm_2): type_of_violence, side_a, side_b, adm_1, adm_2, best",
    "GDELT 2.0 Events: Actor1/2CountryCode, Actor1Code, EventCode, EventRootCode, QuadClass, ActionGeo_ADM1Code",
    "the border areas: data/reference/border_areas.csv",
];
pub(super) const FILTERS: &[&str] = &[
    "in a border area: one of Pakistan's 15 districts along the border, or one of Afghanistan's 11 provinces along it (GDELT: the first-level unit they lie in)",
    "ACLED cross-border: Battles or Explosions/Remote violence between `… Forces of Pakistan` and `… Forces of Afghanistan`, or whose notes say cross-border, across the border or Durand",
    "ACLED counter-terrorism: `… Forces of Pakistan` as actor 1 in Battles, Explosions/Remote violence, or Strategic developments: Arrests",
    "ACLED militant: inter1 2 (rebel group) or 3 (political militia) in Battles, Explosions/Remote violence or Violence against civilians",
    "UCDP GED cross-border: type 1 between Government of Afghanistan and Government of Pakistan; militant: type 2, or type 3 by a non-state side A; GED does not record who initiated a clash, so a type 1 event between Government of Pakistan and a non-state side is neither a counter-terrorism operation nor a militant attack but a state–non-state clash (initiator unknown), and GED fills no counter-terrorism row",
    "GDELT cross-border: actors AFG and PAK, QuadClass 4; counter-terrorism: actor 1 PAK with MIL or COP, root 19 or code 173; militant: root 18 or 20 by an actor coded REB or INS",
    "which rows each source can fill: ACLED and GDELT fill cross-border, counter-terrorism and militant (they name the acting side); UCDP GED fills cross-border, militant and state–non-state clashes (initiator unknown)",
    "an event counts in the first category it meets, in the order cross-border, counter-terrorism, militant, state–non-state clash",
];
pub(super) const PREFERENCE: &str = "each source's count is its own figure; a figure for the whole calendar year before one for part of it; then ACLED, UCDP GED, GDELT in that order; figures of other sources for the same period are shown as alternatives, and disagreement beyond 0.5% is flagged";
pub(super) const PERIODS: &str = "calendar years, by the event's start date; a source covers a year when it holds any event located in either country that year, and covers it whole when its events run to within 31 days of both ends; a partly covered year gives a figure for the covered days only";
pub(super) const CAVEATS: &[&str] = &[
    "The study's categories have no exact counterpart in any dataset: these recipes are dyad's operational definitions, written out so they can be argued with.",
    "UCDP records only events with at least one death in organised violence; ACLED records events without deaths; GDELT codes news reports and counts one incident many times. Counts from different sources are not interchangeable.",
    "The bundled UCDP GED subset covers events located in Pakistan only, 1989–2021: Afghanistan's side of the border needs an ingested GED, ACLED or GDELT file.",
    "GDELT places events no finer than a province: on Pakistan's side its border area is all of Khyber Pakhtunkhwa, the former FATA and Balochistan.",
];
pub(super) const REFERENCES: &[&str] = &[
    "Raleigh, C., Linke, A., Hegre, H. and Karlsen, J. (2010), Introducing ACLED, Journal of Peace Research 47(5); ACLED Codebook.",
    "Sundberg, R. and Melander, E. (2013), Introducing the UCDP Georeferenced Event Dataset, Journal of Peace Research 50(4).",
    "Leetaru, K. and Schrodt, P. (2013), GDELT: Global Data on Events, Location and Tone; CAMEO codebook (Schrodt 2012).",
];

pub(super) fn figures(
    inputs: &Inputs<'_>,
    indicator: &str,
    subject: &str,
    period: Period,
) -> Vec<Evidence> {
    overlapping(
        inputs
            .security
            .iter()
            .filter(|e| e.observation.indicator == indicator && e.observation.subject == subject)
            .collect(),
        period,
    )
}

/// The study's rows that dyad's recipes fill, in the table's order: indicator, row label and unit.
pub(super) const RECIPE_ROWS: [(&str, &str, &str); 6] = [
    (
        "security.cross_border_attacks",
        "Cross-border attacks",
        "incidents",
    ),
    (
        "security.militant_activities",
        "Militant activities",
        "incidents",
    ),
    (
        "security.ct_operations",
        "Counter-terrorism operations",
        "incidents",
    ),
    (
        "security.state_nonstate_clashes",
        "State–non-state clashes (initiator unknown)",
        "incidents",
    ),
    (
        "security.border_incidents_total",
        "Total incidents",
        "incidents",
    ),
    (
        "security.border_incident_deaths",
        "Deaths in these incidents",
        "deaths",
    ),
];

/// The cell of a recipe indicator for a period, chosen among the sources that count it.
pub(crate) fn cell(
    inputs: &Inputs<'_>,
    indicator: &str,
    subject: &str,
    period: Period,
    row: &str,
    unit: &str,
) -> Cell {
    let found = figures(inputs, indicator, subject, period);
    let year = crate::indicator::year_of(period);
    // A year covered only by a source that cannot tell this category apart says so, rather than that
    // no event data cover the year.
    let combined = figures(inputs, "security.state_nonstate_clashes", subject, period);
    let untold = indicator == "security.ct_operations" && found.is_empty() && !combined.is_empty();
    choose_among_sources(
        &found,
        "security",
        row,
        year,
        unit,
        if untold {
            format!(
                "UCDP GED, the only source for {year}, does not record who initiated a clash, so it cannot count operations apart from militant attacks: its {} clash(es) between Pakistan's forces and non-state groups are in the row `State–non-state clashes (initiator unknown)`",
                combined
                    .iter()
                    .filter_map(|e| e.observation.value.number)
                    .map(format_number)
                    .collect::<Vec<_>>()
                    .join(" or ")
            )
        } else if crate::geography::covers(&inputs.pair.first, &inputs.pair.second) {
            format!(
                "no event data covers {year}: ingest ACLED, UCDP GED or GDELT events for the pair"
            )
        } else {
            format!(
                "dyad holds no border geography for {}: add its border areas to data/reference/border_areas.csv",
                inputs.pair
            )
        },
    )
}

/// The cell for `year` chosen among figures that event sources gave, by the sources' rank; the note
/// names the source used and what the others said.
pub(crate) fn choose_among_sources(
    found: &[Evidence],
    table: &'static str,
    row: &str,
    year: i32,
    unit: &str,
    reason: String,
) -> Cell {
    let candidates: Vec<Candidate<'_>> = found
        .iter()
        .map(|e| Candidate {
            evidence: e,
            preference: source_preference(e),
        })
        .collect();
    let name = |e: &Evidence| {
        crate::events::EventSource::of(&e.provenance.source).map_or("event data", |s| s.name())
    };
    match choose(&candidates, year) {
        Some(choice) => {
            let mut cell = Cell::from_choice(table, row, &year.to_string(), &choice, year);
            let alternatives: Vec<String> = found
                .iter()
                .filter(|e| !std::ptr::eq(*e, choice.chosen))
                .filter(|e| e.observation.period == choice.chosen.observation.period)
                .map(|e| format!("{} {}", name(e), e.observation.value.text))
                .collect();
            let mut notes = vec![format!("{}; by dyad's recipe", name(choice.chosen))];
            if !alternatives.is_empty() {
                notes.push(format!("other sources: {}", alternatives.join(", ")));
            }
            if !cell.note.is_empty() {
                notes.push(cell.note.clone());
            }
            cell.note = notes.join("; ");
            cell
        }
        None => Cell::empty(table, row, &year.to_string(), unit, reason),
    }
}

pub(super) fn periods(inputs: &Inputs<'_>, indicator: &str, subject: &str) -> Vec<Period> {
    years_of(
        inputs
            .security
            .iter()
            .filter(|e| e.observation.indicator == indicator && e.observation.subject == subject),
    )
}

pub(super) const fn recipe(aggregation: &'static str) -> Recipe {
    Recipe {
        reads: READS,
        filters: FILTERS,
        aggregation,
        periods: PERIODS,
        preference: PREFERENCE,
    }
}

macro_rules! security_indicator {
    ($name:literal, $title:literal, $row:literal, $unit:literal, $kind:expr, $aggregation:literal) => {
        Indicator {
            name: $name,
            title: $title,
            unit: $unit,
            table: "security",
            frequency: Frequency::Annual,
            kind: $kind,
            subject: "the border of the pair, `PAK-AFG border`",
            recipe: recipe($aggregation),
            caveats: CAVEATS,
            references: REFERENCES,
            subjects: |inputs| vec![border_subject(inputs.pair)],
            cell: |inputs, subject, period| cell(inputs, $name, subject, period, $row, $unit),
            figures: |inputs, subject, period| figures(inputs, $name, subject, period),
            periods: |inputs, subject| periods(inputs, $name, subject),
        }
    };
}

pub(crate) fn table(inputs: &Inputs<'_>, year: i32) -> ResultTable {
    const T: &str = "security";
    let (evidence, pair) = (&inputs.evidence[..], inputs.pair);
    let column = year.to_string();
    let focal = pair.first.as_str();
    // A published series keeps its source from year to year where it can: the publisher of the year
    // before ranks first, and a change of publisher is said, since organisations count differently.
    let pick = |indicator: &str, row: &str, unit: &str, reason: &str| -> Cell {
        let items = matching(evidence, indicator, focal);
        let exact: Vec<&Evidence> = items
            .into_iter()
            .filter(|e| e.observation.period.is_some())
            .collect();
        let year_before = choose(&candidates(&exact, |_| 0), year - 1).filter(|c| {
            c.chosen.observation.period.and_then(|p| p.calendar_year()) == Some(year - 1)
        });
        let publisher_before = year_before
            .as_ref()
            .map(|c| c.chosen.provenance.source.publisher.as_str());
        let same_publisher_first = |e: &Evidence| {
            u8::from(Some(e.provenance.source.publisher.as_str()) != publisher_before)
        };
        match choose(&candidates(&exact, same_publisher_first), year) {
            Some(choice) => {
                let mut cell = Cell::from_choice(T, row, &column, &choice, year);
                if let Some(before) = &year_before
                    && before.chosen.provenance.source.publisher
                        != choice.chosen.provenance.source.publisher
                    && cell.period == column
                {
                    let break_note = format!(
                        "break in source: {} comes from {} ({}), {year} from {}; they count differently, so the two years are not compared",
                        year - 1,
                        before.chosen.provenance.source.publisher,
                        before.chosen.observation.value.text,
                        choice.chosen.provenance.source.publisher
                    );
                    cell.note = [cell.note.clone(), break_note]
                        .into_iter()
                        .filter(|n| !n.is_empty())
                        .collect::<Vec<_>>()
                        .join("; ");
                }
                cell
            }
            None => Cell::empty(T, row, &column, unit, reason),
        }
    };
    // The study's rows, from dyad's recipes over event data in the border areas.
    let subject = border_subject(pair);
    let period = Period::Year(year);
    let mut cells: Vec<Cell> = RECIPE_ROWS
        .into_iter()
        .map(|(indicator, row, unit)| cell(inputs, indicator, &subject, period, row, unit))
        .collect();
    // Context: the organisations' Pakistan-wide counts, as published.
    for (indicator, row, unit) in [
        (
            "security.militant_attacks",
            "Context: militant attacks in all Pakistan (published)",
            "incidents",
        ),
        (
            "security.ct_operations",
            "Context: counter-terrorism operations in all Pakistan (published)",
            "operations",
        ),
    ] {
        let cell = pick(indicator, row, unit, "");
        // Only a count for the year itself: a multi-year cumulative figure is no context for one year.
        if cell.value.is_some() && cell.period == column {
            cells.push(cell);
        }
    }
    let militant = pick("security.militant_attacks", "", "incidents", "");
    let operations = pick("security.ct_operations", "", "operations", "");
    let reported_total = pick(
        "security.incidents_total",
        "Context: incidents in all Pakistan (published)",
        "incidents",
        "",
    );
    if reported_total.value.is_some() && reported_total.period == column {
        let mut cell = reported_total;
        let mut notes = vec!["the total as published".to_string()];
        let same_release = militant.source == cell.source
            && operations.source == cell.source
            && militant.vintage == cell.vintage;
        if let (Some(x), Some(c)) = (militant.value, operations.value)
            && same_release
            && militant.period == cell.period
            && (x + c - cell.value.unwrap_or(0.0)).abs() > 0.5
        {
            notes.push(format!(
                "the same source's parts sum to {} ({} attacks + {} operations), not {}",
                format_number(x + c),
                militant.value_text,
                operations.value_text,
                cell.value_text
            ));
        }
        cell.note = [cell.note.clone()]
            .into_iter()
            .filter(|n| !n.is_empty())
            .chain(notes)
            .collect::<Vec<_>>()
            .join("; ");
        cells.push(cell);
    }
    // Context: fatalities in the published series, and UCDP battle deaths in dyads fought in either country.
    let fatalities = pick(
        "security.violence_fatalities",
        "Context: violence-related fatalities",
        "persons",
        "no published count for this year",
    );
    cells.push(fatalities);
    for country in [pair.first.as_str(), pair.second.as_str()] {
        let items = matching(evidence, "conflict.deaths", country);
        let organised: Vec<&Evidence> = items
            .into_iter()
            .filter(|e| e.observation.concept.starts_with("all organized"))
            .collect();
        let row = format!("Context: deaths in organised violence in {country}");
        let exact: Vec<Candidate<'_>> = candidates(&organised, |_| 0)
            .into_iter()
            .filter(|c| {
                c.evidence
                    .observation
                    .period
                    .and_then(|p| p.calendar_year())
                    == Some(year)
            })
            .collect();
        cells.push(match choose(&exact, year) {
            Some(choice) => Cell::from_choice(T, &row, &column, &choice, year),
            None => Cell::empty(
                T,
                &row,
                &column,
                "deaths",
                format!("no UCDP-based country figure for {year}"),
            ),
        });
    }
    let mut dyads: Vec<&Evidence> = evidence
        .iter()
        .filter(|e| {
            e.observation.indicator == "conflict.battle_deaths"
                && e.observation.period.and_then(|p| p.calendar_year()) == Some(year)
                // Only dyads with a side of the pair: `Government of Pakistan – TTP` for PAK-AFG and
                // PAK-IND alike, never `Government of Afghanistan – IS` for PAK-IND.
                && pair.is_about(&e.observation.subject)
        })
        .collect();
    dyads.sort_by(|a, b| {
        let value = |e: &Evidence| e.observation.value.number.unwrap_or(0.0);
        value(b)
            .total_cmp(&value(a))
            .then_with(|| a.observation.subject.cmp(&b.observation.subject))
    });
    let mut seen: Vec<&str> = Vec::new();
    for dyad in dyads {
        if seen.contains(&dyad.observation.subject.as_str()) {
            continue;
        }
        seen.push(&dyad.observation.subject);
        let items = matching(
            evidence,
            "conflict.battle_deaths",
            &dyad.observation.subject,
        );
        let exact: Vec<&Evidence> = items
            .into_iter()
            .filter(|e| e.observation.period.and_then(|p| p.calendar_year()) == Some(year))
            .collect();
        if let Some(choice) = choose(&candidates(&exact, |_| 0), year) {
            cells.push(Cell::from_choice(
                T,
                &format!("Context: battle deaths, {}", dyad.observation.subject),
                &column,
                &choice,
                year,
            ));
        }
    }
    if seen.is_empty() {
        cells.push(Cell::empty(
            T,
            "Context: battle deaths by dyad",
            &column,
            "deaths",
            format!("no UCDP dyad-year for {year}"),
        ));
    }
    ResultTable {
        id: T,
        title: format!("Security incidents in {}, {year}", pair.first),
        cells,
    }
}
