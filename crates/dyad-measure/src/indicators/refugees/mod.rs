//! Refugees from the second country of the pair in the first: the registered stock, its change,
//! returns and host-province shares (the study's Table 2).

use dyad_model::{Evidence, Period};

use super::{Frequency, Indicator, Inputs, Kind, Recipe, overlapping, row_of, year_of, years_of};
use crate::tables::{Cell, refugee_table};

const READS: &[&str] = &[
    "UNHCR Refugee Data Finder, population table: `refugees` (refugees under UNHCR's mandate), `returned_refugees`, by country of origin and asylum, every release kept as a vintage",
    "UNHCR Refugee Data Finder, demographics by location: persons by place within Pakistan (provinces, and refugee villages placed in their province by `data/reference/pak_refugee_villages.csv`)",
];
const PREFERENCE: &str = "a figure for exactly the calendar year only (a stock at another date is another figure); an end-year stock before a Mid-Year Trends stock; then the newest release, so revisions replace first releases while both stay stored";
const CAVEATS: &[&str] = &[
    "UNHCR counts Proof-of-Registration card holders as refugees; Afghan Citizen Card holders and undocumented Afghans appear under other categories or not at all.",
    "UNHCR revises past years: the 2022 stock moved from 1,539,046 to 1,743,278 between releases; `dyad history` lists every release.",
    "The end-year stock is at 31 December; a Mid-Year Trends release gives a mid-year stock, marked in its basis.",
];
const REFERENCES: &[&str] = &[
    "UNHCR, Refugee Data Finder: methodology (https://www.unhcr.org/refugee-statistics/methodology/).",
    "Government of Pakistan and UNHCR, Proof of Registration card renewal and verification exercises.",
];

fn stock_subject(inputs: &Inputs<'_>) -> Vec<String> {
    vec![inputs.pair.backward()]
}

fn registered_figures(inputs: &Inputs<'_>, subject: &str, period: Period) -> Vec<Evidence> {
    overlapping(inputs.matching("refugees.registered", subject), period)
}

fn returned_figures(inputs: &Inputs<'_>, subject: &str, period: Period) -> Vec<Evidence> {
    overlapping(inputs.matching("refugees.returned", subject), period)
}

fn row(inputs: &Inputs<'_>, period: Period, label: &str) -> Cell {
    let year = year_of(period);
    row_of(
        refugee_table(&inputs.evidence, inputs.pair, year).cells,
        label,
        "refugees",
        "persons",
        year,
    )
}

fn province_prefix(inputs: &Inputs<'_>) -> String {
    format!("{}/", inputs.pair.first)
}

fn provinces(inputs: &Inputs<'_>) -> Vec<String> {
    let prefix = province_prefix(inputs);
    let mut names: Vec<String> = inputs
        .evidence
        .iter()
        .filter(|e| e.observation.indicator == "refugees.registered_by_province")
        .filter_map(|e| e.observation.subject.strip_prefix(&prefix))
        .map(|p| {
            if p == "unassigned" {
                "not placed in a province".to_string()
            } else {
                p.to_string()
            }
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

fn province_key(inputs: &Inputs<'_>, subject: &str) -> String {
    let place = if subject == "not placed in a province" {
        "unassigned"
    } else {
        subject
    };
    format!("{}{place}", province_prefix(inputs))
}

mod change;
mod province_share;
mod registered;
mod returned;

/// The refugees indicators, one file each.
pub static INDICATORS: [&Indicator; 4] = [
    &registered::INDICATOR,
    &change::INDICATOR,
    &returned::INDICATOR,
    &province_share::INDICATOR,
];
