//! `refugees.others_of_concern`: others of concern to UNHCR from the second country in the first, at the end of the year.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "refugees.others_of_concern",
    title: "Others of concern to UNHCR from the second country in the first, at the end of the year",
    unit: "persons",
    table: "refugees",
    frequency: Frequency::Annual,
    kind: Kind::Level,
    subject: "origin→asylum, `AFG→PAK`",
    recipe: Recipe {
        reads: READS,
        filters: &["`ooc` with origin the second country and asylum the first"],
        aggregation: "one stock per year, as published",
        periods: "the end-year stock of the calendar year; a Mid-Year Trends figure is a stock at 30 June and ranks after it",
        preference: PREFERENCE,
    },
    caveats: &["UNHCR revises past years; every release is kept."],
    references: REFERENCES,
    subjects: stock_subject,
    cell: |inputs, _, period| row(inputs, period, "Others of concern"),
    figures: |inputs, subject, period| {
        overlapping(
            inputs.matching("refugees.others_of_concern", subject),
            period,
        )
    },
    periods: |inputs, subject| years_of(inputs.matching("refugees.others_of_concern", subject)),
};
