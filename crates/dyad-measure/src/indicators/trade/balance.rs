//! `trade.balance`: trade balance, from the first country's side.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "trade.balance",
    title: "Trade balance, from the first country's side",
    unit: "USD million",
    table: "trade",
    frequency: Frequency::Annual,
    kind: Kind::Rate,
    subject: "the pair, `PAK-AFG`",
    recipe: recipe(
        "exports − imports when both chosen figures share period, agency and basis; else missing",
    ),
    caveats: CAVEATS,
    references: REFERENCES,
    subjects: |inputs| vec![inputs.pair.to_string()],
    cell: |inputs, _, period| row(inputs, period, 3, "Balance"),
    figures: pair_figures,
    periods: pair_periods,
};
