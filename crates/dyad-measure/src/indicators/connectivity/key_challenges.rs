//! `connectivity.key_challenges`: key challenges a project faces, as a cited statement.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "connectivity.key_challenges",
    title: "Key challenges a project faces, as a cited statement",
    unit: "text",
    table: "connectivity",
    frequency: Frequency::Annual,
    kind: Kind::Fact,
    subject: "a project: CPEC, APTTA, CASA-1000, TAPI, or PAK-AFG for bilateral agreements",
    recipe: Recipe {
        reads: &[
            "`connectivity.key_challenges` figures entered with `dyad ingest figures`, each citing its page",
        ],
        filters: &["the project's subject"],
        aggregation: "none: one cited statement",
        periods: "known by the end of the year",
        preference: PREFERENCE,
    },
    caveats: &[
        "No bundled source states challenges in a citable form; the cell stays empty until a cited statement is entered.",
    ],
    references: REFERENCES,
    subjects: projects,
    cell: |inputs, project, period| fact_cell(inputs, project, period, "Key challenges"),
    figures: |inputs, project, _| facts(inputs, project, CHALLENGES),
    periods: |inputs, project| years(inputs, project, CHALLENGES),
};
