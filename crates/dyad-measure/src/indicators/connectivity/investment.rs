//! `connectivity.investment`: investment or cost of a connectivity project, as last cited by a year.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "connectivity.investment",
    title: "Investment or cost of a connectivity project, as last cited by a year",
    unit: "USD million",
    table: "connectivity",
    frequency: Frequency::Annual,
    kind: Kind::Fact,
    subject: "a project: CPEC, APTTA, CASA-1000, TAPI, or PAK-AFG for bilateral agreements",
    recipe: Recipe {
        reads: READS,
        filters: &[
            "indicators starting `connectivity.cost_estimate`, `connectivity.announced` or `connectivity.investment`",
        ],
        aggregation: "none: one cited fact",
        periods: "known by the end of the year",
        preference: PREFERENCE,
    },
    caveats: CAVEATS,
    references: REFERENCES,
    subjects: projects,
    cell: |inputs, project, period| fact_cell(inputs, project, period, "Investment"),
    figures: |inputs, project, _| facts(inputs, project, INVESTMENT),
    periods: |inputs, project| years(inputs, project, INVESTMENT),
};
