//! Regional connectivity projects: investment, expected trade and key challenges, as cited facts known
//! by a year (the study's Table 4).

use dyad_model::{Evidence, Period};

use super::{Frequency, Indicator, Inputs, Kind, Recipe, year_of};
use crate::tables::{Cell, PROJECTS, connectivity_table};

const READS: &[&str] = &[
    "`connectivity.*` figures: cost estimates, announced and invested amounts, financing, trade targets and statements of challenges, each citing its page (ADB, World Bank, RECCA, the press)",
];
const PREFERENCE: &str = "the latest dated fact known by the end of the year (its period starts by then); an undated fact only when no dated one is; among facts of the same date, by indicator name";
const CAVEATS: &[&str] = &[
    "These are cited facts, not series: costs are estimates of their date, and a later estimate supersedes an earlier one rather than adding to it.",
    "Announced investment is not disbursed investment.",
];
const REFERENCES: &[&str] = &[
    "Asian Development Bank, TAPI Natural Gas Pipeline project documents.",
    "World Bank, CASA-1000 project documents (P145054 and additional financing).",
];

fn projects(_: &Inputs<'_>) -> Vec<String> {
    PROJECTS.iter().map(|p| p.to_string()).collect()
}

fn fact_cell(inputs: &Inputs<'_>, project: &str, period: Period, column: &str) -> Cell {
    let year = year_of(period);
    let row = if project == "PAK-AFG" {
        "Bilateral trade agreements"
    } else {
        project
    };
    connectivity_table(&inputs.evidence, year)
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

fn facts(inputs: &Inputs<'_>, project: &str, prefixes: &[&str]) -> Vec<Evidence> {
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

fn years(inputs: &Inputs<'_>, project: &str, prefixes: &[&str]) -> Vec<Period> {
    let mut years: Vec<Period> = facts(inputs, project, prefixes)
        .iter()
        .filter_map(|e| e.observation.period)
        .map(|p| Period::Year(year_of(p)))
        .collect();
    years.sort();
    years.dedup();
    years
}

const INVESTMENT: &[&str] = &[
    "connectivity.cost_estimate",
    "connectivity.announced",
    "connectivity.investment",
];
const TRADE: &[&str] = &[
    "connectivity.expected_trade",
    "connectivity.bilateral_trade_target",
];
const CHALLENGES: &[&str] = &["connectivity.key_challenges"];
const STATUS: &[&str] = &["connectivity.status"];

mod expected_trade;
mod investment;
mod key_challenges;
mod status;

/// The connectivity indicators, one file each.
pub static INDICATORS: [&Indicator; 4] = [
    &investment::INDICATOR,
    &expected_trade::INDICATOR,
    &key_challenges::INDICATOR,
    &status::INDICATOR,
];
