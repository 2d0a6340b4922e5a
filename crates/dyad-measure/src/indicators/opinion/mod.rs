//! Public opinion on the relationship in each country of the pair (the study's Table 5).

use dyad_model::Period;

use super::{Frequency, Indicator, Inputs, Kind, Recipe, overlapping, year_of, years_of};
use crate::tables::{Cell, opinion_table};

const READS: &[&str] = &[
    "`opinion.<item>` figures from survey toplines (`dyad ingest` of a survey file, or figures entered with their question wording), by country surveyed",
];
const PREFERENCE: &str =
    "a wave in the calendar year first; observed before claimed; then the newest release";
const CAVEATS: &[&str] = &[
    "No open survey in the bundled evidence asks these items about the Pakistan–Afghanistan relationship; the cells stay empty until such toplines are ingested.",
    "Toplines from different surveys differ in wording, sample and mode and are not comparable without care.",
];
const REFERENCES: &[&str] = &[
    "Pew Research Center, Global Attitudes Survey: methods.",
    "AAPOR, Standard Definitions (response rates and disclosure).",
];

fn countries(inputs: &Inputs<'_>) -> Vec<String> {
    vec![inputs.pair.first.clone(), inputs.pair.second.clone()]
}

fn item_cell(inputs: &Inputs<'_>, country: &str, period: Period, row: &str) -> Cell {
    let year = year_of(period);
    opinion_table(&inputs.evidence, inputs.pair, year)
        .cells
        .into_iter()
        .find(|c| c.row == row && c.column == country)
        .unwrap_or_else(|| {
            Cell::empty(
                "opinion",
                row,
                country,
                "percent",
                format!("`{country}` is not a country of the pair"),
            )
        })
}

macro_rules! opinion_indicator {
    ($name:literal, $title:literal, $row:literal) => {
        Indicator {
            name: $name,
            title: $title,
            unit: "percent",
            table: "opinion",
            frequency: Frequency::Annual,
            kind: Kind::Rate,
            subject: "the country surveyed, `PAK` or `AFG`",
            recipe: Recipe {
                reads: READS,
                filters: &["the item's indicator and the country surveyed"],
                aggregation: "the share of respondents, as published; no weighting or pooling across surveys",
                periods: "the survey wave's year",
                preference: PREFERENCE,
            },
            caveats: CAVEATS,
            references: REFERENCES,
            subjects: countries,
            cell: |inputs, country, period| item_cell(inputs, country, period, $row),
            figures: |inputs, country, period| overlapping(inputs.matching($name, country), period),
            periods: |inputs, country| years_of(inputs.matching($name, country)),
        }
    };
}

mod relationship_negative;
mod relationship_neutral;
mod relationship_positive;
mod support_joint_counter_terrorism;
mod support_trade;

/// The opinion indicators, one file each.
pub static INDICATORS: [&Indicator; 5] = [
    &relationship_positive::INDICATOR,
    &relationship_negative::INDICATOR,
    &relationship_neutral::INDICATOR,
    &support_trade::INDICATOR,
    &support_joint_counter_terrorism::INDICATOR,
];
