//! `refugees.change`: change in the registered stock on the previous year.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "refugees.change",
    title: "Change in the registered stock on the previous year",
    unit: "percent",
    table: "refugees",
    frequency: Frequency::Annual,
    kind: Kind::Rate,
    subject: "origin→asylum, `AFG→PAK`",
    recipe: Recipe {
        reads: READS,
        filters: &["origin the second country, asylum the first"],
        aggregation: "(stock in the year − stock in the year before) / stock in the year before × 100, each stock chosen by the preference rule, rounded to one decimal",
        periods: "calendar years; both years must have an end-year figure",
        preference: PREFERENCE,
    },
    caveats: CAVEATS,
    references: REFERENCES,
    subjects: stock_subject,
    cell: |inputs, _, period| row(inputs, period, "Change on previous year"),
    figures: registered_figures,
    periods: |inputs, subject| years_of(inputs.matching("refugees.registered", subject)),
};
