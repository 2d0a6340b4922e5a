//! Trade between the pair as a share of each country's GDP.

use dyad_model::{Evidence, Period};

use crate::cell::Cell;
use crate::indicator::{
    Frequency, Indicator, Inputs, Kind, Recipe, overlapping, year_of, years_of,
};
use crate::indicators::trade;

const GDP: &str = "wdi.ny.gdp.mktp.cd";

fn cell(inputs: &Inputs<'_>, country: &str, period: Period) -> Cell {
    let year = year_of(period);
    let column = year.to_string();
    let empty = |reason: String| {
        Cell::empty(
            "trade",
            &format!("Share of GDP: {country}"),
            &column,
            "percent",
            reason,
        )
    };
    let total = trade::table(&inputs.evidence, inputs.pair, year)
        .cells
        .swap_remove(2);
    let Some(trade) = total.value else {
        return empty(format!("no total trade for {year}: {}", total.note));
    };
    if total.period != year.to_string() {
        return empty(format!(
            "the total trade figure covers {}, not calendar {year}, and GDP is for the calendar year",
            total.period
        ));
    }
    let gdp: Vec<&Evidence> = inputs
        .matching(GDP, country)
        .into_iter()
        .filter(|e| e.observation.period == Some(Period::Year(year)))
        .collect();
    // The newest release of the year's GDP.
    let Some(gdp) = gdp.iter().max_by(|a, b| {
        (
            &a.provenance.source.vintage_date,
            &a.provenance.source.vintage,
        )
            .cmp(&(
                &b.provenance.source.vintage_date,
                &b.provenance.source.vintage,
            ))
    }) else {
        return empty(format!(
            "no World Bank GDP (current US$) for {country} in {year}: ingest a WDI file"
        ));
    };
    let Some(value) = gdp.observation.value.number.filter(|v| *v > 0.0) else {
        return empty(format!(
            "the GDP figure for {country} in {year} is not a positive number"
        ));
    };
    let share = trade * 1e6 / value * 100.0;
    let gdp_cell = Cell::from_evidence("trade", "", &column, gdp);
    let mut cell = Cell::derived(
        "trade",
        &format!("Share of GDP: {country}"),
        &column,
        (share * 1000.0).round() / 1000.0,
        "percent",
        format!(
            "total trade {} USD million / GDP {} current US$ ({}) × 100",
            total.value_text, gdp.observation.value.text, gdp_cell.vintage
        ),
        &[&total, &gdp_cell],
    );
    cell.value_text = format!("{:.3}", (share * 1000.0).round() / 1000.0);
    cell
}

/// Trade with the partner as a share of GDP.
pub static INDICATOR: Indicator = Indicator {
    name: "trade.gdp_share",
    title: "Total trade between the pair as a share of each country's GDP",
    unit: "percent",
    table: "",
    frequency: Frequency::Annual,
    kind: Kind::Share,
    subject: "a country of the pair, `PAK` or `AFG`",
    recipe: Recipe {
        reads: &[
            "`trade.total` as the trade indicator chooses it (USD million)",
            "World Bank WDI `NY.GDP.MKTP.CD`, GDP in current US$, for the country (`dyad ingest` of a WDI file)",
        ],
        filters: &["the country's GDP for the same calendar year"],
        aggregation: "total trade × 10⁶ / GDP × 100",
        periods: "calendar years only: a fiscal-year trade total is not divided by a calendar-year GDP",
        preference: "the trade total's own rule; the newest WDI release of the year's GDP",
    },
    caveats: &[
        "The same bilateral total weighs very differently on the two economies; compare within a country over time.",
        "Afghanistan's GDP after 2021 is estimated with large uncertainty, and WDI revises it.",
    ],
    references: &["World Bank, World Development Indicators: NY.GDP.MKTP.CD."],
    subjects: |inputs| vec![inputs.pair.first.clone(), inputs.pair.second.clone()],
    cell,
    figures: |inputs, country, period| overlapping(inputs.matching(GDP, country), period),
    periods: |inputs, country| years_of(inputs.matching(GDP, country)),
};
