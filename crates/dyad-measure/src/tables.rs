//! The study's five result tables for one year: trade, refugees, security incidents, connectivity and
//! public opinion.
//!
//! # What it measures
//! Each table has fixed rows (the study's) and context rows (the nearest figures the evidence holds when
//! the study's own item has no open source). A cell is filled by [`crate::select::choose`] or derived
//! from filled cells by arithmetic stated in its note; an empty cell says why it is empty.
//!
//! # Inputs
//! Evidence from the store: `trade.*`, `refugees.*`, `security.*`, `conflict.*`, `connectivity.*`,
//! `opinion.*` observations about the pair.
//!
//! # Caveats
//! - Trade figures of different periods, agencies or bases are never added together: a total or balance
//!   is derived only from an exports and an imports figure of the same period, agency and basis.
//! - The study's security categories have no exact counterpart in open data; the cells say which
//!   published category fills them.
//!
//! # References
//! The study's Tables 1–5; `../shared/reference` notes on sources and categories.

use serde::Serialize;

use dyad_model::{Evidence, Pair, Period};

use crate::indicators::{self, Inputs, border_subject};
use crate::select::{Candidate, Choice, choose, relative_difference};

/// One cell of a result table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    /// The table's id: `trade`, `refugees`, `security`, `connectivity` or `opinion`.
    pub table: &'static str,
    /// The row label.
    pub row: String,
    /// The column label.
    pub column: String,
    /// The number, if the cell holds one.
    pub value: Option<f64>,
    /// The value as published (or as derived), for display.
    pub value_text: String,
    /// The unit.
    pub unit: String,
    /// `observed`, `estimate`, `projection`, `claimed`; `derived` when computed from other cells;
    /// `missing` when empty.
    pub status: String,
    /// The source: publisher and dataset.
    pub source: String,
    /// The vintage (release) of the figure.
    pub vintage: String,
    /// The period the figure covers, which may differ from the table's year.
    pub period: String,
    /// The agency behind the figure, when named.
    pub agency: String,
    /// What is counted.
    pub concept: String,
    /// How it is counted.
    pub basis: String,
    /// Where in the source the figure stands.
    pub locator: String,
    /// How the cell was filled, or why it is empty.
    pub note: String,
    /// Other figures for the same cell and period.
    pub alternatives: usize,
    /// Alternatives that disagree by more than the tolerance.
    pub disagreeing: usize,
    /// The largest disagreement, in percent of the chosen value.
    pub max_disagreement_pct: Option<f64>,
}

/// One result table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Table {
    /// The table's id.
    pub id: &'static str,
    /// Its title.
    pub title: String,
    /// Its cells, row by row.
    pub cells: Vec<Cell>,
}

impl Cell {
    pub(crate) fn empty(
        table: &'static str,
        row: &str,
        column: &str,
        unit: &str,
        reason: impl Into<String>,
    ) -> Cell {
        Cell {
            table,
            row: row.to_string(),
            column: column.to_string(),
            value: None,
            value_text: String::new(),
            unit: unit.to_string(),
            status: "missing".to_string(),
            source: String::new(),
            vintage: String::new(),
            period: String::new(),
            agency: String::new(),
            concept: String::new(),
            basis: String::new(),
            locator: String::new(),
            note: reason.into(),
            alternatives: 0,
            disagreeing: 0,
            max_disagreement_pct: None,
        }
    }

    pub(crate) fn from_evidence(
        table: &'static str,
        row: &str,
        column: &str,
        evidence: &Evidence,
    ) -> Cell {
        let observation = &evidence.observation;
        let source = &evidence.provenance.source;
        Cell {
            table,
            row: row.to_string(),
            column: column.to_string(),
            value: observation.value.number,
            value_text: observation.value.text.clone(),
            unit: observation.unit.clone(),
            status: observation.status.to_string(),
            source: format!("{}: {}", source.publisher, source.dataset),
            vintage: source.vintage.clone(),
            period: observation
                .period
                .map_or_else(|| "undated".to_string(), |p| p.to_string()),
            agency: observation.agency.clone(),
            concept: observation.concept.clone(),
            basis: observation.basis.clone(),
            locator: evidence.provenance.locator.clone(),
            note: String::new(),
            alternatives: 0,
            disagreeing: 0,
            max_disagreement_pct: None,
        }
    }

    pub(crate) fn from_choice(
        table: &'static str,
        row: &str,
        column: &str,
        choice: &Choice<'_>,
        year: i32,
    ) -> Cell {
        let mut cell = Cell::from_evidence(table, row, column, choice.chosen);
        cell.alternatives = choice.n_alternatives;
        cell.disagreeing = choice.n_disagreeing;
        cell.max_disagreement_pct = choice.max_difference_pct;
        let mut notes = Vec::new();
        if choice
            .chosen
            .observation
            .period
            .and_then(|p| p.calendar_year())
            != Some(year)
        {
            notes.push(format!(
                "no figure for calendar {year}; this one covers {}",
                cell.period
            ));
        }
        if choice.n_disagreeing > 0 {
            let shown: Vec<String> = choice
                .disagreements
                .iter()
                .take(3)
                .map(|d| {
                    let other = &d.evidence.observation;
                    let basis = if other.basis == choice.chosen.observation.basis {
                        String::new()
                    } else {
                        format!(", {}", other.basis)
                    };
                    format!(
                        "{} in {}{basis} ({:+.1}%)",
                        other.value.text, d.evidence.provenance.source.vintage, d.difference_pct
                    )
                })
                .collect();
            let more = choice.n_disagreeing.saturating_sub(shown.len());
            notes.push(format!(
                "{} other figure(s) for the same period disagree: {}{}",
                choice.n_disagreeing,
                shown.join("; "),
                if more > 0 {
                    format!("; and {more} more")
                } else {
                    String::new()
                }
            ));
        }
        if choice.n_other_periods > 0 {
            notes.push(format!(
                "{} figure(s) for other periods overlapping {year} not shown",
                choice.n_other_periods
            ));
        }
        cell.note = notes.join("; ");
        cell
    }

    pub(crate) fn derived(
        table: &'static str,
        row: &str,
        column: &str,
        value: f64,
        unit: &str,
        note: String,
        from: &[&Cell],
    ) -> Cell {
        let first = from[0];
        let mut sources: Vec<&str> = from.iter().map(|c| c.source.as_str()).collect();
        sources.dedup();
        let mut vintages: Vec<&str> = from.iter().map(|c| c.vintage.as_str()).collect();
        vintages.dedup();
        Cell {
            table,
            row: row.to_string(),
            column: column.to_string(),
            value: Some(value),
            // Shares and changes are shown to one decimal, as rounded; counts and amounts as computed.
            value_text: if unit == "percent" {
                format!("{value:.1}")
            } else {
                format_number(value)
            },
            unit: unit.to_string(),
            status: "derived".to_string(),
            source: sources.join("; "),
            vintage: vintages.join("; "),
            period: first.period.clone(),
            agency: first.agency.clone(),
            concept: first.concept.clone(),
            basis: first.basis.clone(),
            locator: String::new(),
            note,
            alternatives: 0,
            disagreeing: 0,
            max_disagreement_pct: None,
        }
    }
}

/// Groups the whole part of a number written in decimal with commas: `1987717` → `1,987,717`,
/// `-159964.5` → `-159,964.5`. Text that is not a plain decimal number is returned unchanged.
pub fn with_separators(text: &str) -> String {
    let (sign, body) = match text.strip_prefix('-') {
        Some(rest) => ("-", rest),
        None => ("", text),
    };
    let (whole, fraction) = match body.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (body, None),
    };
    let plain = !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()));
    if !plain || whole.len() <= 3 {
        return text.to_string();
    }
    let mut grouped = String::new();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (whole.len() - i) % 3 == 0 {
            grouped.push(',');
        }
        grouped.push(c);
    }
    match fraction {
        Some(f) => format!("{sign}{grouped}.{f}"),
        None => format!("{sign}{grouped}"),
    }
}

/// Formats a derived number: whole numbers plainly, others to three decimals without trailing zeros.
pub fn format_number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        let text = format!("{value:.3}");
        text.trim_end_matches('0').trim_end_matches('.').to_string()
    }
}

fn matching<'a>(evidence: &'a [Evidence], indicator: &str, subject: &str) -> Vec<&'a Evidence> {
    evidence
        .iter()
        .filter(|e| e.observation.indicator == indicator && e.observation.subject == subject)
        .collect()
}

fn candidates<'a>(
    items: &[&'a Evidence],
    preference: impl Fn(&Evidence) -> u8,
) -> Vec<Candidate<'a>> {
    items
        .iter()
        .map(|e| Candidate {
            evidence: e,
            preference: preference(e),
        })
        .collect()
}

/// Builds the five tables for the pair and `year` from the inputs.
pub fn build_tables(inputs: &Inputs<'_>, year: i32) -> Vec<Table> {
    let (evidence, pair) = (&inputs.evidence, inputs.pair);
    vec![
        trade_table(evidence, pair, year),
        refugee_table(evidence, pair, year),
        security_table(inputs, year),
        connectivity_table(evidence, year),
        opinion_table(evidence, pair, year),
    ]
}

/// Goods trade is best measured by customs records; the State Bank's banking-channel payments miss most
/// trade settled outside banks after 2021, so they rank last. Within a basis, the focal country's own
/// records (its exports, its imports) come before the counterpart's mirror records.
fn trade_preference(evidence: &Evidence, focal: &str) -> u8 {
    let observation = &evidence.observation;
    let (origin, destination) = observation.subject.split_once('→').unwrap_or(("", ""));
    let reporter = if observation.indicator == "trade.exports" {
        origin
    } else {
        destination
    };
    let basis_rank = if observation.basis.contains("customs") {
        0
    } else if observation.basis.contains("banking") {
        2
    } else {
        1
    };
    basis_rank * 2 + u8::from(reporter != focal)
}

pub(crate) fn trade_table(evidence: &[Evidence], pair: &Pair, year: i32) -> Table {
    const T: &str = "trade";
    let column = year.to_string();
    let flow = |direction: String, row: &str| -> Cell {
        let mut items = matching(evidence, "trade.exports", &direction);
        items.extend(matching(evidence, "trade.imports", &direction));
        match choose(
            &candidates(&items, |e| trade_preference(e, &pair.first)),
            year,
        ) {
            Some(choice) => Cell::from_choice(T, row, &column, &choice, year),
            None => Cell::empty(
                T,
                row,
                &column,
                "USD million",
                format!("no trade figure for {direction} overlaps {year}"),
            ),
        }
    };
    let exports = flow(pair.forward(), &format!("Exports {}", pair.forward()));
    let imports = flow(pair.backward(), &format!("Imports {}", pair.backward()));
    let comparable = exports.value.is_some()
        && imports.value.is_some()
        && exports.period == imports.period
        && exports.basis == imports.basis
        && exports.agency == imports.agency
        && exports.unit == imports.unit;
    let (total, balance) = if comparable {
        let (x, m) = (exports.value.unwrap_or(0.0), imports.value.unwrap_or(0.0));
        (
            Cell::derived(
                T,
                "Total trade",
                &column,
                x + m,
                &exports.unit,
                "exports + imports, same period, agency and basis".into(),
                &[&exports, &imports],
            ),
            Cell::derived(
                T,
                "Balance",
                &column,
                x - m,
                &exports.unit,
                format!("exports − imports, from {}'s side", pair.first),
                &[&exports, &imports],
            ),
        )
    } else {
        let reason = "exports and imports come from different periods, agencies or bases, so they are not combined";
        let total_items = matching(evidence, "trade.total", &pair.to_string());
        let total = match choose(
            &candidates(&total_items, |e| trade_preference(e, &pair.first)),
            year,
        ) {
            Some(choice) => {
                let mut cell = Cell::from_choice(T, "Total trade", &column, &choice, year);
                cell.note = [cell.note.as_str(), "a published total"]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join("; ");
                cell
            }
            None => Cell::empty(T, "Total trade", &column, "USD million", reason),
        };
        (
            total,
            Cell::empty(T, "Balance", &column, "USD million", reason),
        )
    };
    Table {
        id: T,
        title: format!("Trade between {} and {}, {year}", pair.first, pair.second),
        cells: vec![exports, imports, total, balance],
    }
}

/// End-year stocks before mid-year ones; otherwise the newest vintage decides.
fn refugee_preference(evidence: &Evidence) -> u8 {
    u8::from(evidence.observation.basis.contains("mid-year"))
}

pub(crate) fn refugee_table(evidence: &[Evidence], pair: &Pair, year: i32) -> Table {
    const T: &str = "refugees";
    let column = year.to_string();
    // Refugees from the counterpart living in the focal country: AFG→PAK for the pair PAK-AFG.
    let subject = pair.backward();
    let pick = |indicator: &str, at: i32| -> Option<Choice<'_>> {
        let items: Vec<&Evidence> = matching(evidence, indicator, &subject)
            .into_iter()
            .filter(|e| e.observation.period.and_then(|p| p.calendar_year()) == Some(at))
            .collect();
        // Only figures for exactly that calendar year: a stock at another date is another figure.
        choose(&candidates(&items, refugee_preference), at)
    };
    let mut cells = Vec::new();
    let registered = match pick("refugees.registered", year) {
        Some(choice) => Cell::from_choice(T, "Registered refugees", &column, &choice, year),
        None => Cell::empty(
            T,
            "Registered refugees",
            &column,
            "persons",
            format!("no UNHCR figure for {subject} in {year}"),
        ),
    };
    let change = match (registered.value, pick("refugees.registered", year - 1)) {
        (Some(now), Some(before)) => match before
            .chosen
            .observation
            .value
            .number
            .and_then(|b| relative_difference(b, now))
        {
            Some(change) => {
                let previous = Cell::from_choice(T, "", "", &before, year - 1);
                Cell::derived(
                    T,
                    "Change on previous year",
                    &column,
                    (change * 1000.0).round() / 10.0,
                    "percent",
                    format!(
                        "({} − {}) / {}; {} release for {}",
                        registered.value_text,
                        previous.value_text,
                        previous.value_text,
                        previous.vintage,
                        year - 1
                    ),
                    &[&registered, &previous],
                )
            }
            None => Cell::empty(
                T,
                "Change on previous year",
                &column,
                "percent",
                format!("the {} figure is zero", year - 1),
            ),
        },
        _ => Cell::empty(
            T,
            "Change on previous year",
            &column,
            "percent",
            format!("needs figures for both {} and {year}", year - 1),
        ),
    };
    cells.push(registered);
    cells.push(change);
    for (indicator, row) in [
        ("refugees.asylum_seekers", "Asylum seekers"),
        ("refugees.returned", "Returned refugees (during the year)"),
        ("refugees.others_of_concern", "Others of concern"),
    ] {
        cells.push(match pick(indicator, year) {
            Some(choice) => Cell::from_choice(T, row, &column, &choice, year),
            None => Cell::empty(T, row, &column, "persons", format!("no figure for {year}")),
        });
    }
    cells.extend(province_shares(evidence, pair, year, &column));
    Table {
        id: T,
        title: format!("Refugees from {} in {}, {year}", pair.second, pair.first),
        cells,
    }
}

fn province_shares(evidence: &[Evidence], pair: &Pair, year: i32, column: &str) -> Vec<Cell> {
    const T: &str = "refugees";
    let prefix = format!("{}/", pair.first);
    let in_year: Vec<&Evidence> = evidence
        .iter()
        .filter(|e| {
            e.observation.indicator == "refugees.registered_by_province"
                && e.observation.subject.starts_with(&prefix)
                && e.observation.period.and_then(|p| p.calendar_year()) == Some(year)
        })
        .collect();
    // All provinces of one year must come from one release, or the shares would not add up: take the
    // newest release that has the year.
    let Some(newest) = in_year
        .iter()
        .map(|e| {
            (
                &e.provenance.source.vintage_date,
                &e.provenance.source.vintage,
            )
        })
        .max()
    else {
        return vec![Cell::empty(
            T,
            "Host province shares",
            column,
            "percent",
            format!("no province breakdown for {year}"),
        )];
    };
    let release: Vec<&Evidence> = in_year
        .into_iter()
        .filter(|e| {
            (
                &e.provenance.source.vintage_date,
                &e.provenance.source.vintage,
            ) == newest
        })
        .collect();
    let total: f64 = release
        .iter()
        .filter_map(|e| e.observation.value.number)
        .sum();
    if total <= 0.0 {
        return vec![Cell::empty(
            T,
            "Host province shares",
            column,
            "percent",
            "the provinces sum to zero",
        )];
    }
    let mut shares: Vec<(f64, Cell)> = release
        .iter()
        .map(|e| {
            let persons = e.observation.value.number.unwrap_or(0.0);
            let place = e.observation.subject.trim_start_matches(&prefix);
            let share = (persons / total * 1000.0).round() / 10.0;
            let base = Cell::from_evidence(T, "", "", e);
            let row = if place == "unassigned" {
                "Share: not placed in a province".to_string()
            } else {
                format!("Share: {place}")
            };
            let mut cell = Cell::derived(
                T,
                &row,
                column,
                share,
                "percent",
                format!(
                    "{} of {} persons in the release's province breakdown",
                    e.observation.value.text,
                    format_number(total)
                ),
                &[&base],
            );
            cell.locator = base.locator;
            (persons, cell)
        })
        .collect();
    shares.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.row.cmp(&b.1.row)));
    shares.into_iter().map(|(_, cell)| cell).collect()
}

pub(crate) fn security_table(inputs: &Inputs<'_>, year: i32) -> Table {
    const T: &str = "security";
    let (evidence, pair) = (&inputs.evidence[..], inputs.pair);
    let column = year.to_string();
    let focal = pair.first.as_str();
    let pick = |indicator: &str, row: &str, unit: &str, reason: &str| -> Cell {
        let items = matching(evidence, indicator, focal);
        let exact: Vec<&Evidence> = items
            .into_iter()
            .filter(|e| e.observation.period.is_some())
            .collect();
        match choose(&candidates(&exact, |_| 0), year) {
            Some(choice) => Cell::from_choice(T, row, &column, &choice, year),
            None => Cell::empty(T, row, &column, unit, reason),
        }
    };
    // The study's rows, from dyad's recipes over event data in the border areas.
    let subject = border_subject(pair);
    let period = Period::Year(year);
    let recipe_row = |indicator: &str| -> Cell {
        let found = indicators::find(indicator).expect("security indicators are registered");
        (found.cell)(inputs, &subject, period)
    };
    let mut cells: Vec<Cell> = [
        "security.cross_border_attacks",
        "security.militant_activities",
        "security.ct_operations",
        "security.border_incidents_total",
        "security.border_incident_deaths",
    ]
    .into_iter()
    .map(recipe_row)
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
    Table {
        id: T,
        title: format!("Security incidents in {}, {year}", pair.first),
        cells,
    }
}

/// The projects of the study's connectivity table, and the indicators that measure each column.
pub(crate) const PROJECTS: [&str; 5] = ["CPEC", "APTTA", "CASA-1000", "TAPI", "PAK-AFG"];

pub(crate) fn connectivity_table(evidence: &[Evidence], year: i32) -> Table {
    const T: &str = "connectivity";
    let year_end = Period::Year(year).end();
    let mut cells = Vec::new();
    for project in PROJECTS {
        let row = if project == "PAK-AFG" {
            "Bilateral trade agreements".to_string()
        } else {
            project.to_string()
        };
        let known_by_year = |test: &dyn Fn(&str) -> bool| -> Option<&Evidence> {
            evidence
                .iter()
                .filter(|e| e.observation.subject == project && test(&e.observation.indicator))
                .filter(|e| e.observation.period.is_none_or(|p| p.start() <= year_end))
                // The latest dated fact known by the end of the year; an undated fact only when no dated one is.
                .max_by(|a, b| {
                    let start = |e: &Evidence| e.observation.period.map(|p| p.start());
                    start(a)
                        .cmp(&start(b))
                        .then_with(|| b.observation.indicator.cmp(&a.observation.indicator))
                })
        };
        let investment = known_by_year(&|i: &str| {
            i.starts_with("connectivity.cost_estimate")
                || i.starts_with("connectivity.announced")
                || i.starts_with("connectivity.investment")
        });
        let trade = known_by_year(&|i: &str| {
            i.starts_with("connectivity.expected_trade") || i.contains("trade_target")
        });
        let challenges = known_by_year(&|i: &str| i.starts_with("connectivity.key_challenges"));
        let status = known_by_year(&|i: &str| i.starts_with("connectivity.status"));
        for (column, found, unit, reason) in [
            (
                "Investment",
                investment,
                "USD million",
                "no cited cost or investment figure known by this year",
            ),
            (
                "Expected trade increase",
                trade,
                "USD million",
                "no cited trade expectation or target known by this year",
            ),
            (
                "Key challenges",
                challenges,
                "text",
                "no cited statement of challenges in the evidence base; enter one with `dyad ingest figures`",
            ),
            (
                "Status",
                status,
                "text",
                "no cited statement of the project's status (planned, under construction, operating, suspended) known by this year; enter one with `dyad ingest figures`",
            ),
        ] {
            cells.push(match found {
                Some(evidence) => {
                    let mut cell = Cell::from_evidence(T, &row, column, evidence);
                    cell.note = format!(
                        "{} ({}); latest cited fact known by {year}",
                        evidence.observation.concept, cell.period
                    );
                    cell
                }
                None => Cell::empty(T, &row, column, unit, reason),
            });
        }
    }
    Table {
        id: T,
        title: format!("Regional connectivity initiatives, as known by {year}"),
        cells,
    }
}

pub(crate) fn opinion_table(evidence: &[Evidence], pair: &Pair, year: i32) -> Table {
    const T: &str = "opinion";
    let mut cells = Vec::new();
    let items = [
        ("relationship_positive", "Positive view of the relationship"),
        ("relationship_negative", "Negative view of the relationship"),
        ("relationship_neutral", "Neutral view of the relationship"),
        ("support_trade", "Support for trade"),
        (
            "support_joint_counter_terrorism",
            "Support for joint counter-terrorism",
        ),
    ];
    for (item, row) in items {
        for country in [pair.first.as_str(), pair.second.as_str()] {
            let found = matching(evidence, &format!("opinion.{item}"), country);
            cells.push(match choose(&candidates(&found, |_| 0), year) {
                Some(choice) => Cell::from_choice(T, row, country, &choice, year),
                None => Cell::empty(
                    T,
                    row,
                    country,
                    "percent",
                    "no open survey in the evidence base asks this about the Pakistan–Afghanistan relationship; the bundled Pew toplines for Pakistan (2002–2015) have no Afghanistan item",
                ),
            });
        }
    }
    // Context: the nearest items open data has, favourable views of neighbours and powers in the
    // latest Pew wave up to the year.
    for (question, label) in [
        ("opi_chn", "China"),
        ("opi_usa", "the United States"),
        ("opi_ind", "India"),
        ("opi_irn", "Iran"),
    ] {
        let indicator = format!("opinion.pew.{question}");
        let waves: Vec<&Evidence> = matching(evidence, &indicator, &pair.first)
            .into_iter()
            .filter(|e| {
                e.observation
                    .period
                    .and_then(|p| p.calendar_year())
                    .is_some_and(|w| w <= year)
            })
            .collect();
        let Some(wave) = waves
            .iter()
            .filter_map(|e| e.observation.period.and_then(|p| p.calendar_year()))
            .max()
        else {
            continue;
        };
        let favourable: Vec<&&Evidence> = waves
            .iter()
            .filter(|e| e.observation.period.and_then(|p| p.calendar_year()) == Some(wave))
            .filter(|e| {
                matches!(
                    e.observation.concept.as_str(),
                    "Very favorable" | "Somewhat favorable"
                )
            })
            .collect();
        if favourable.len() != 2 {
            continue;
        }
        let parts: Vec<Cell> = favourable
            .iter()
            .map(|e| Cell::from_evidence(T, "", "", e))
            .collect();
        let sum: f64 = favourable
            .iter()
            .filter_map(|e| e.observation.value.number)
            .sum();
        let mut cell = Cell::derived(
            T,
            &format!("Context: favourable view of {label} (Pew {wave})"),
            &pair.first,
            (sum * 10.0).round() / 10.0,
            "percent",
            format!(
                "very + somewhat favourable: {} + {}; latest wave up to {year}",
                parts[0].value_text, parts[1].value_text
            ),
            &[&parts[0], &parts[1]],
        );
        cell.period = wave.to_string();
        cells.push(cell);
    }
    Table {
        id: T,
        title: format!("Public opinion on the relationship, {year}"),
        cells,
    }
}
