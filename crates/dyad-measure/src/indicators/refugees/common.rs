//! What the indicators of this family share: their sources, preference rule, recipe text and helpers.

pub(super) use dyad_model::{Evidence, Pair, Period};

pub(super) use crate::cell::{Cell, ResultTable};
pub(super) use crate::format::format_number;
pub(super) use crate::indicator::{
    Frequency, Indicator, Inputs, Kind, Recipe, overlapping, row_of, year_of, years_of,
};
pub(super) use crate::indicator::{candidates, matching};
pub(super) use crate::select::{Choice, choose, relative_difference};

pub(super) const READS: &[&str] = &[
    "UNHCR Refugee Data Finder, population table: `refugees` (refugees under UNHCR's mandate), `returned_refugees`, by country of origin and asylum, every release kept as a vintage",
    "UNHCR Refugee Data Finder, demographics by location: persons by place within Pakistan (provinces, and refugee villages placed in their province by `data/reference/pak_refugee_villages.csv`)",
];
pub(super) const PREFERENCE: &str = "a figure for exactly the calendar year only (a stock at another date is another figure); an end-year stock before a Mid-Year Trends stock; then the newest release, so revisions replace first releases while both stay stored";
pub(super) const CAVEATS: &[&str] = &[
    "UNHCR counts Proof-of-Registration card holders as refugees; Afghan Citizen Card holders and undocumented Afghans appear under other categories or not at all.",
    "UNHCR revises past years: the 2022 stock moved from 1,539,046 to 1,743,278 between releases; `dyad history` lists every release.",
    "The end-year stock is at 31 December; a Mid-Year Trends release gives a mid-year stock, marked in its basis.",
];
pub(super) const REFERENCES: &[&str] = &[
    "UNHCR, Refugee Data Finder: methodology (https://www.unhcr.org/refugee-statistics/methodology/).",
    "Government of Pakistan and UNHCR, Proof of Registration card renewal and verification exercises.",
];

pub(super) fn stock_subject(inputs: &Inputs<'_>) -> Vec<String> {
    vec![inputs.pair.backward()]
}

pub(super) fn registered_figures(
    inputs: &Inputs<'_>,
    subject: &str,
    period: Period,
) -> Vec<Evidence> {
    overlapping(inputs.matching("refugees.registered", subject), period)
}

pub(super) fn returned_figures(
    inputs: &Inputs<'_>,
    subject: &str,
    period: Period,
) -> Vec<Evidence> {
    overlapping(inputs.matching("refugees.returned", subject), period)
}

pub(super) fn row(inputs: &Inputs<'_>, period: Period, label: &str) -> Cell {
    let year = year_of(period);
    row_of(
        table(&inputs.evidence, inputs.pair, year).cells,
        label,
        "refugees",
        "persons",
        year,
    )
}

pub(super) fn province_prefix(inputs: &Inputs<'_>) -> String {
    format!("{}/", inputs.pair.backward())
}

pub(super) fn provinces(inputs: &Inputs<'_>) -> Vec<String> {
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

pub(super) fn province_key(inputs: &Inputs<'_>, subject: &str) -> String {
    let place = if subject == "not placed in a province" {
        "unassigned"
    } else {
        subject
    };
    format!("{}{place}", province_prefix(inputs))
}

/// End-year stocks before mid-year ones; otherwise the newest vintage decides.
pub(super) fn refugee_preference(evidence: &Evidence) -> u8 {
    u8::from(evidence.observation.basis.contains("mid-year"))
}

pub(crate) fn table(evidence: &[Evidence], pair: &Pair, year: i32) -> ResultTable {
    const T: &str = "refugees";
    let column = year.to_string();
    // Refugees from the counterpart living in the focal country: AFG→PAK for the pair PAK-AFG.
    let subject = pair.backward();
    let pick = |indicator: &str, at: i32| -> Option<Choice<'_>> {
        let items: Vec<&Evidence> = matching(evidence, indicator, &subject)
            .into_iter()
            .filter(|e| e.observation.period.and_then(|p| p.calendar_year()) == Some(at))
            .collect();
        // Only figures for exactly that calendar year: a stock at another date is another figure.
        choose(&candidates(&items, refugee_preference), at)
    };
    let mut cells = Vec::new();
    let registered = match pick("refugees.registered", year) {
        Some(choice) => Cell::from_choice(T, "Registered refugees", &column, &choice, year),
        None => Cell::empty(
            T,
            "Registered refugees",
            &column,
            "persons",
            format!("no UNHCR figure for {subject} in {year}"),
        ),
    };
    let change = match (registered.value, pick("refugees.registered", year - 1)) {
        (Some(now), Some(before)) => match before
            .chosen
            .observation
            .value
            .number
            .and_then(|b| relative_difference(b, now))
        {
            Some(change) => {
                let previous = Cell::from_choice(T, "", "", &before, year - 1);
                Cell::derived(
                    T,
                    "Change on previous year",
                    &column,
                    (change * 1000.0).round() / 10.0,
                    "percent",
                    format!(
                        "({} − {}) / {}; {} release for {}",
                        registered.value_text,
                        previous.value_text,
                        previous.value_text,
                        previous.vintage,
                        year - 1
                    ),
                    &[&registered, &previous],
                )
            }
            None => Cell::empty(
                T,
                "Change on previous year",
                &column,
                "percent",
                format!("the {} figure is zero", year - 1),
            ),
        },
        _ => Cell::empty(
            T,
            "Change on previous year",
            &column,
            "percent",
            format!("needs figures for both {} and {year}", year - 1),
        ),
    };
    cells.push(registered);
    cells.push(change);
    for (indicator, row) in [
        ("refugees.asylum_seekers", "Asylum seekers"),
        ("refugees.returned", "Returned refugees (during the year)"),
        ("refugees.others_of_concern", "Others of concern"),
    ] {
        cells.push(match pick(indicator, year) {
            Some(choice) => Cell::from_choice(T, row, &column, &choice, year),
            None => Cell::empty(T, row, &column, "persons", format!("no figure for {year}")),
        });
    }
    cells.extend(province_shares(evidence, pair, year, &column));
    ResultTable {
        id: T,
        title: format!("Refugees from {} in {}, {year}", pair.second, pair.first),
        cells,
    }
}

pub(super) fn province_shares(
    evidence: &[Evidence],
    pair: &Pair,
    year: i32,
    column: &str,
) -> Vec<Cell> {
    const T: &str = "refugees";
    let prefix = format!("{}/", pair.backward());
    let in_year: Vec<&Evidence> = evidence
        .iter()
        .filter(|e| {
            e.observation.indicator == "refugees.registered_by_province"
                && e.observation.subject.starts_with(&prefix)
                && e.observation.period.and_then(|p| p.calendar_year()) == Some(year)
        })
        .collect();
    // All provinces of one year must come from one release, or the shares would not add up: take the
    // newest release that has the year.
    let Some(newest) = in_year
        .iter()
        .map(|e| {
            (
                &e.provenance.source.vintage_date,
                &e.provenance.source.vintage,
            )
        })
        .max()
    else {
        return vec![Cell::empty(
            T,
            "Host province shares",
            column,
            "percent",
            format!("no province breakdown for {year}"),
        )];
    };
    let release: Vec<&Evidence> = in_year
        .into_iter()
        .filter(|e| {
            (
                &e.provenance.source.vintage_date,
                &e.provenance.source.vintage,
            ) == newest
        })
        .collect();
    let total: f64 = release
        .iter()
        .filter_map(|e| e.observation.value.number)
        .sum();
    if total <= 0.0 {
        return vec![Cell::empty(
            T,
            "Host province shares",
            column,
            "percent",
            "the provinces sum to zero",
        )];
    }
    let mut shares: Vec<(f64, Cell)> = release
        .iter()
        .map(|e| {
            let persons = e.observation.value.number.unwrap_or(0.0);
            let place = e.observation.subject.trim_start_matches(&prefix);
            let share = (persons / total * 1000.0).round() / 10.0;
            let base = Cell::from_evidence(T, "", "", e);
            let row = if place == "unassigned" {
                "Share: not placed in a province".to_string()
            } else {
                format!("Share: {place}")
            };
            let mut cell = Cell::derived(
                T,
                &row,
                column,
                share,
                "percent",
                format!(
                    "{} of {} persons in the release's province breakdown",
                    e.observation.value.text,
                    format_number(total)
                ),
                &[&base],
            );
            cell.locator = base.locator;
            (persons, cell)
        })
        .collect();
    shares.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| a.1.row.cmp(&b.1.row)));
    shares.into_iter().map(|(_, cell)| cell).collect()
}

/// A stock of persons UNHCR publishes per year, shown as a row of the refugees table: asylum seekers,
/// others of concern.
macro_rules! stock_indicator {
    ($name:literal, $title:literal, $column:literal, $row:literal) => {
        Indicator {
            name: $name,
            title: $title,
            unit: "persons",
            table: "refugees",
            frequency: Frequency::Annual,
            kind: Kind::Level,
            subject: "origin→asylum, `AFG→PAK`",
            recipe: Recipe {
                reads: READS,
                filters: &[concat!(
                    "`",
                    $column,
                    "` with origin the second country and asylum the first"
                )],
                aggregation: "one stock per year, as published",
                periods: "the end-year stock of the calendar year; a Mid-Year Trends figure is a stock at 30 June and ranks after it",
                preference: PREFERENCE,
            },
            caveats: &["UNHCR revises past years; every release is kept."],
            references: REFERENCES,
            subjects: stock_subject,
            cell: |inputs, _, period| row(inputs, period, $row),
            figures: |inputs, subject, period| overlapping(inputs.matching($name, subject), period),
            periods: |inputs, subject| years_of(inputs.matching($name, subject)),
        }
    };
}
