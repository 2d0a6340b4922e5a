//! What the indicators of this family share: their sources, preference rule, recipe text and helpers.

pub(super) use dyad_model::{Evidence, Period};

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

pub(super) fn projects(_: &Inputs<'_>) -> Vec<String> {
    PROJECTS.iter().map(|p| p.to_string()).collect()
}

pub(super) fn fact_cell(inputs: &Inputs<'_>, project: &str, period: Period, column: &str) -> Cell {
    let year = year_of(period);
    let row = if project == "PAK-AFG" {
        "Bilateral trade agreements"
    } else {
        project
    };
    table(&inputs.evidence, year)
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
pub(super) const TRADE: &[&str] = &[
    "connectivity.expected_trade",
    "connectivity.bilateral_trade_target",
];
pub(super) const CHALLENGES: &[&str] = &["connectivity.key_challenges"];
pub(super) const STATUS: &[&str] = &["connectivity.status"];

/// The projects of the study's connectivity table, and the indicators that measure each column.
pub(crate) const PROJECTS: [&str; 5] = ["CPEC", "APTTA", "CASA-1000", "TAPI", "PAK-AFG"];

pub(crate) fn table(evidence: &[Evidence], year: i32) -> ResultTable {
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
    ResultTable {
        id: T,
        title: format!("Regional connectivity initiatives, as known by {year}"),
        cells,
    }
}
