//! `trade.total`: total trade between the pair.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "trade.total",
    title: "Total trade between the pair",
    unit: "USD million",
    table: "trade",
    frequency: Frequency::Annual,
    kind: Kind::Level,
    subject: "the pair, `PAK-AFG`",
    recipe: recipe(
        "exports + imports when both chosen figures share period, agency and basis; else a published total for the year; else missing",
    ),
    caveats: CAVEATS,
    references: REFERENCES,
    subjects: |inputs| vec![inputs.pair.to_string()],
    cell: |inputs, _, period| row(inputs, period, 2, "Total"),
    figures: pair_figures,
    periods: pair_periods,
};
