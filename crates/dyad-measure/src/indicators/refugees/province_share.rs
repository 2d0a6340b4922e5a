//! `refugees.province_share`: share of the registered refugees living in each host province.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "refugees.province_share",
    title: "Share of the registered refugees living in each host province",
    unit: "percent",
    table: "refugees",
    frequency: Frequency::Annual,
    kind: Kind::Share,
    subject: "a province of the first country, or `not placed in a province`",
    recipe: Recipe {
        reads: READS,
        filters: &[
            "places within the first country; refugee villages placed in their province through the hand-kept village table, the rest `not placed in a province`",
        ],
        aggregation: "persons in the province / persons in all places of the same release × 100, rounded to one decimal",
        periods: "calendar years; all provinces of a year from one release, the newest that has the year",
        preference: "the newest release that has the year, for all provinces at once, so shares add up to 100",
    },
    caveats: &[
        "From 2018 UNHCR records part of the refugees at named refugee villages; those not placed with confidence count as `not placed in a province` (7.4% in 2023).",
        "The province breakdown can differ from the country stock of another release.",
    ],
    references: REFERENCES,
    subjects: provinces,
    cell: |inputs, subject, period| {
        let label = format!("Share: {subject}");
        row(inputs, period, &label)
    },
    figures: |inputs, subject, period| {
        overlapping(
            inputs.matching(
                "refugees.registered_by_province",
                &province_key(inputs, subject),
            ),
            period,
        )
    },
    periods: |inputs, subject| {
        years_of(inputs.matching(
            "refugees.registered_by_province",
            &province_key(inputs, subject),
        ))
    },
};
