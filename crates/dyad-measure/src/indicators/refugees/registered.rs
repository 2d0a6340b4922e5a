//! `refugees.registered`: registered refugees from the second country living in the first.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "refugees.registered",
    title: "Registered refugees from the second country living in the first",
    unit: "persons",
    table: "refugees",
    frequency: Frequency::Annual,
    kind: Kind::Level,
    subject: "origin→asylum, `AFG→PAK`",
    recipe: Recipe {
        reads: READS,
        filters: &["origin the second country, asylum the first"],
        aggregation: "one stock per year, as published",
        periods: "the stock at the end of the calendar year",
        preference: PREFERENCE,
    },
    caveats: CAVEATS,
    references: REFERENCES,
    subjects: stock_subject,
    cell: |inputs, _, period| row(inputs, period, "Registered refugees"),
    figures: registered_figures,
    periods: |inputs, subject| years_of(inputs.matching("refugees.registered", subject)),
};
