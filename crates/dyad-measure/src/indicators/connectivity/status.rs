//! `connectivity.status`: a project's status (planned, under construction, operating, suspended), as last cited by a year.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "connectivity.status",
    title: "A project's status (planned, under construction, operating, suspended), as last cited by a year",
    unit: "text",
    table: "connectivity",
    frequency: Frequency::Annual,
    kind: Kind::Fact,
    subject: "a project: CPEC, APTTA, CASA-1000, TAPI, or PAK-AFG for bilateral agreements",
    recipe: Recipe {
        reads: &[
            "`connectivity.status` figures entered with `dyad ingest figures`, each citing its page",
        ],
        filters: &["the project's subject"],
        aggregation: "none: one cited statement",
        periods: "known by the end of the year: the latest dated statement whose period starts by then",
        preference: PREFERENCE,
    },
    caveats: &[
        "Status is what the cited page says at its date; a project can be announced, restarted and suspended several times.",
    ],
    references: REFERENCES,
    subjects: projects,
    cell: |inputs, project, period| fact_cell(inputs, project, period, "Status"),
    figures: |inputs, project, _| facts(inputs, project, STATUS),
    periods: |inputs, project| years(inputs, project, STATUS),
};
