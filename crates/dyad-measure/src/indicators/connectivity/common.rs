//! What the indicators of this family share: their sources, preference rule, recipe text and helpers.

pub(super) use dyad_model::{Evidence, Pair, Period};

pub(super) use crate::cell::{Cell, ResultTable};
pub(super) use crate::indicator::{Frequency, Indicator, Inputs, Kind, Recipe, year_of};

pub(super) const READS: &[&str] = &[
    "`connectivity.*` figures: cost estimates, announced and invested amounts, financing, trade targets and statements of challenges, each citing its page (ADB, World Bank, RECCA, the press)",
];
pub(super) const PREFERENCE: &str = "the latest dated fact known by the end of the year (its period starts by then); an undated fact only when no dated one is; among facts of the same date, by indicator name";
pub(super) const CAVEATS: &[&str] = &[
    "These are cited facts, not series: costs are estimates of their date, and a later estimate supersedes an earlier one rather than adding to it.",
    "Announced investment is not disbursed investment.",
];
pub(super) const REFERENCES: &[&str] = &[
    "Asian Development Bank, TAPI Natural Gas Pipeline project documents.",
    "World Bank, CASA-1000 project documents (P145054 and additional financing).",
];

pub(super) fn projects(inputs: &Inputs<'_>) -> Vec<String> {
    PROJECTS
        .iter()
        .filter(|p| joins(p, inputs.pair))
        .map(|p| p.to_string())
        .collect()
}

pub(super) fn fact_cell(inputs: &Inputs<'_>, project: &str, period: Period, column: &str) -> Cell {
    let year = year_of(period);
    let row = if project == "PAK-AFG" {
        "Bilateral trade agreements"
    } else {
        project
    };
    table(&inputs.evidence, inputs.pair, year)
        .cells
        .into_iter()
        .find(|c| c.row == row && c.column == column)
        .unwrap_or_else(|| {
            Cell::empty(
                "connectivity",
                row,
                column,
                "",
                format!("`{project}` is not one of the study's projects"),
            )
        })
}

pub(super) fn facts(inputs: &Inputs<'_>, project: &str, prefixes: &[&str]) -> Vec<Evidence> {
    inputs
        .evidence
        .iter()
        .filter(|e| e.observation.subject == project)
        .filter(|e| {
            prefixes
                .iter()
                .any(|p| e.observation.indicator.starts_with(p))
        })
        .cloned()
        .collect()
}

pub(super) fn years(inputs: &Inputs<'_>, project: &str, prefixes: &[&str]) -> Vec<Period> {
    let mut years: Vec<Period> = facts(inputs, project, prefixes)
        .iter()
        .filter_map(|e| e.observation.period)
        .map(|p| Period::Year(year_of(p)))
        .collect();
    years.sort();
    years.dedup();
    years
}

pub(super) const INVESTMENT: &[&str] = &[
    "connectivity.cost_estimate",
    "connectivity.announced",
    "connectivity.investment",
];
pub(super) const TRADE: &[&str] = &["connectivity.expected_trade"];
pub(super) const CHALLENGES: &[&str] = &["connectivity.key_challenges"];
pub(super) const STATUS: &[&str] = &["connectivity.status"];

/// The projects of the study's connectivity table, and the indicators that measure each column.
pub(crate) const PROJECTS: [&str; 5] = ["CPEC", "APTTA", "CASA-1000", "TAPI", "PAK-AFG"];

/// The countries each project joins (ISO alpha-3): a project is shown for a pair only when it joins both
/// countries of the pair. CPEC counts Afghanistan because the three governments agreed to extend the
/// corridor to it (trilateral foreign ministers' dialogues of 2017 and 2023), which is why the study lists it.
const PARTICIPANTS: [(&str, &[&str]); 5] = [
    ("CPEC", &["CHN", "PAK", "AFG"]),
    ("APTTA", &["AFG", "PAK"]),
    ("CASA-1000", &["KGZ", "TJK", "AFG", "PAK"]),
    ("TAPI", &["TKM", "AFG", "PAK", "IND"]),
    ("PAK-AFG", &["PAK", "AFG"]),
];

/// Whether `project` joins both countries of `pair`.
pub(super) fn joins(project: &str, pair: &Pair) -> bool {
    PARTICIPANTS
        .iter()
        .find(|(name, _)| *name == project)
        .is_some_and(|(_, countries)| {
            countries.contains(&pair.first.as_str()) && countries.contains(&pair.second.as_str())
        })
}

pub(crate) fn table(evidence: &[Evidence], pair: &Pair, year: i32) -> ResultTable {
    const T: &str = "connectivity";
    let year_end = Period::Year(year).end();
    let mut cells = Vec::new();
    for project in PROJECTS.into_iter().filter(|p| joins(p, pair)) {
        let row = if project == "PAK-AFG" {
            "Bilateral trade agreements".to_string()
        } else {
            project.to_string()
        };
        // The latest dated fact known by the end of the year. An undated fact fills no year's cell:
        // whether it was known by then is unknown. The cell counts those left out.
        let undated = |test: &dyn Fn(&str) -> bool| -> usize {
            evidence
                .iter()
                .filter(|e| e.observation.subject == project && test(&e.observation.indicator))
                .filter(|e| e.observation.period.is_none())
                .count()
        };
        let known_by_year = |test: &dyn Fn(&str) -> bool| -> Option<&Evidence> {
            evidence
                .iter()
                .filter(|e| e.observation.subject == project && test(&e.observation.indicator))
                .filter(|e| e.observation.period.is_some_and(|p| p.start() <= year_end))
                .max_by(|a, b| {
                    let start = |e: &Evidence| e.observation.period.map(|p| p.start());
                    start(a)
                        .cmp(&start(b))
                        .then_with(|| b.observation.indicator.cmp(&a.observation.indicator))
                })
        };
        let is_investment = |i: &str| {
            i.starts_with("connectivity.cost_estimate")
                || i.starts_with("connectivity.announced")
                || i.starts_with("connectivity.investment")
        };
        // A trade target (a level to reach) is not an expected increase, so it never fills that column.
        let is_trade = |i: &str| i.starts_with("connectivity.expected_trade");
        let is_challenge = |i: &str| i.starts_with("connectivity.key_challenges");
        let is_status = |i: &str| i.starts_with("connectivity.status");
        let investment = (known_by_year(&is_investment), undated(&is_investment));
        let trade = (known_by_year(&is_trade), undated(&is_trade));
        let challenges = (known_by_year(&is_challenge), undated(&is_challenge));
        let status = (known_by_year(&is_status), undated(&is_status));
        for (column, (found, n_undated), unit, reason) in [
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
                "no cited expected increase in trade known by this year (a trade target is a level to reach, not an increase, and is not shown here)",
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
                None if n_undated > 0 => Cell::empty(
                    T,
                    &row,
                    column,
                    unit,
                    format!(
                        "{reason}; {n_undated} undated fact(s) left out: without a date, whether they were known by {year} is unknown"
                    ),
                ),
                None => Cell::empty(T, &row, column, unit, reason),
            });
        }
    }
    ResultTable {
        id: T,
        title: format!("Regional connectivity initiatives, as known by {year}"),
        cells,
    }
}
