//! `connectivity.expected_trade`: trade a project or agreement is expected to bring, or its trade target.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "connectivity.expected_trade",
    title: "Trade a project or agreement is expected to bring, or its trade target",
    unit: "USD million",
    table: "connectivity",
    frequency: Frequency::Annual,
    kind: Kind::Fact,
    subject: "a project: CPEC, APTTA, CASA-1000, TAPI, or PAK-AFG for bilateral agreements",
    recipe: Recipe {
        reads: READS,
        filters: &["indicators starting `connectivity.expected_trade` or naming a trade target"],
        aggregation: "none: one cited fact",
        periods: "known by the end of the year",
        preference: PREFERENCE,
    },
    caveats: CAVEATS,
    references: REFERENCES,
    subjects: projects,
    cell: |inputs, project, period| fact_cell(inputs, project, period, "Expected trade increase"),
    figures: |inputs, project, _| facts(inputs, project, TRADE),
    periods: |inputs, project| years(inputs, project, TRADE),
};
