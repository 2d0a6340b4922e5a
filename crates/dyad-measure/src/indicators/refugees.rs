//! Refugees from the second country of the pair in the first: the registered stock, its change,
//! returns and host-province shares (the study's Table 2).

use dyad_model::{Evidence, Period};

use super::{Frequency, Indicator, Inputs, Kind, Recipe, overlapping, row_of, year_of, years_of};
use crate::tables::{Cell, refugee_table};

const READS: &[&str] = &[
    "UNHCR Refugee Data Finder, population table: `refugees` (refugees under UNHCR's mandate), `returned_refugees`, by country of origin and asylum, every release kept as a vintage",
    "UNHCR Refugee Data Finder, demographics by location: persons by place within Pakistan (provinces, and refugee villages placed in their province by `data/reference/pak_refugee_villages.csv`)",
];
const PREFERENCE: &str = "a figure for exactly the calendar year only (a stock at another date is another figure); an end-year stock before a Mid-Year Trends stock; then the newest release, so revisions replace first releases while both stay stored";
const CAVEATS: &[&str] = &[
    "UNHCR counts Proof-of-Registration card holders as refugees; Afghan Citizen Card holders and undocumented Afghans appear under other categories or not at all.",
    "UNHCR revises past years: the 2022 stock moved from 1,539,046 to 1,743,278 between releases; `dyad history` lists every release.",
    "The end-year stock is at 31 December; a Mid-Year Trends release gives a mid-year stock, marked in its basis.",
];
const REFERENCES: &[&str] = &[
    "UNHCR, Refugee Data Finder: methodology (https://www.unhcr.org/refugee-statistics/methodology/).",
    "Government of Pakistan and UNHCR, Proof of Registration card renewal and verification exercises.",
];

fn stock_subject(inputs: &Inputs<'_>) -> Vec<String> {
    vec![inputs.pair.backward()]
}

fn registered_figures(inputs: &Inputs<'_>, subject: &str, period: Period) -> Vec<Evidence> {
    overlapping(inputs.matching("refugees.registered", subject), period)
}

fn returned_figures(inputs: &Inputs<'_>, subject: &str, period: Period) -> Vec<Evidence> {
    overlapping(inputs.matching("refugees.returned", subject), period)
}

fn row(inputs: &Inputs<'_>, period: Period, label: &str) -> Cell {
    let year = year_of(period);
    row_of(
        refugee_table(&inputs.evidence, inputs.pair, year).cells,
        label,
        "refugees",
        "persons",
        year,
    )
}

fn province_prefix(inputs: &Inputs<'_>) -> String {
    format!("{}/", inputs.pair.first)
}

fn provinces(inputs: &Inputs<'_>) -> Vec<String> {
    let prefix = province_prefix(inputs);
    let mut names: Vec<String> = inputs
        .evidence
        .iter()
        .filter(|e| e.observation.indicator == "refugees.registered_by_province")
        .filter_map(|e| e.observation.subject.strip_prefix(&prefix))
        .map(|p| {
            if p == "unassigned" {
                "not placed in a province".to_string()
            } else {
                p.to_string()
            }
        })
        .collect();
    names.sort();
    names.dedup();
    names
}

fn province_key(inputs: &Inputs<'_>, subject: &str) -> String {
    let place = if subject == "not placed in a province" {
        "unassigned"
    } else {
        subject
    };
    format!("{}{place}", province_prefix(inputs))
}

/// The refugee indicators.
pub static INDICATORS: [Indicator; 4] = [
    Indicator {
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
    },
    Indicator {
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
    },
    Indicator {
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
    },
    Indicator {
        name: "refugees.province_share",
        title: "Share of the registered refugees living in each host province",
        unit: "percent",
        table: "refugees",
        frequency: Frequency::Annual,
        kind: Kind::Rate,
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
    },
];
