//! `refugees.asylum_seekers`: asylum seekers from the second country in the first, at the end of the year.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "refugees.asylum_seekers",
    title: "Asylum seekers from the second country in the first, at the end of the year",
    unit: "persons",
    table: "refugees",
    frequency: Frequency::Annual,
    kind: Kind::Level,
    subject: "origin→asylum, `AFG→PAK`",
    recipe: Recipe {
        reads: READS,
        filters: &["`asylum_seekers` with origin the second country and asylum the first"],
        aggregation: "one stock per year, as published",
        periods: "the end-year stock of the calendar year; a Mid-Year Trends figure is a stock at 30 June and ranks after it",
        preference: PREFERENCE,
    },
    caveats: &["UNHCR revises past years; every release is kept."],
    references: REFERENCES,
    subjects: stock_subject,
    cell: |inputs, _, period| row(inputs, period, "Asylum seekers"),
    figures: |inputs, subject, period| {
        overlapping(inputs.matching("refugees.asylum_seekers", subject), period)
    },
    periods: |inputs, subject| years_of(inputs.matching("refugees.asylum_seekers", subject)),
};
