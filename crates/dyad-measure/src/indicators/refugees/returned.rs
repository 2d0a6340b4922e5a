//! `refugees.returned`: refugees who returned from the first country to the second during the year.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "refugees.returned",
    title: "Refugees who returned from the first country to the second during the year",
    unit: "persons",
    table: "refugees",
    frequency: Frequency::Annual,
    kind: Kind::Level,
    subject: "origin→asylum, `AFG→PAK`",
    recipe: Recipe {
        reads: READS,
        filters: &[
            "`returned_refugees` with origin the second country and asylum the first (the country they returned from)",
        ],
        aggregation: "one flow per year, as published",
        periods: "returns during the calendar year",
        preference: PREFERENCE,
    },
    caveats: &[
        "UNHCR counts assisted voluntary repatriation; deportations and returns of undocumented Afghans (over half a million from Pakistan after October 2023) are not refugee returns and are not in this count.",
        "UNHCR revises past years; every release is kept.",
    ],
    references: REFERENCES,
    subjects: stock_subject,
    cell: |inputs, _, period| row(inputs, period, "Returned refugees"),
    figures: returned_figures,
    periods: |inputs, subject| years_of(inputs.matching("refugees.returned", subject)),
};
