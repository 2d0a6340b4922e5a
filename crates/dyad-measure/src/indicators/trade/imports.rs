//! `trade.imports`: imports of the first country of the pair from the second.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "trade.imports",
    title: "Imports of the first country of the pair from the second",
    unit: "USD million",
    table: "trade",
    frequency: Frequency::Annual,
    kind: Kind::Level,
    subject: "the flow, `AFG→PAK`",
    recipe: recipe("one figure chosen per year; none is added to another"),
    caveats: CAVEATS,
    references: REFERENCES,
    subjects: |inputs| vec![inputs.pair.backward()],
    cell: |inputs, _, period| row(inputs, period, 1, "Imports"),
    figures: flow_figures,
    periods: flow_periods,
};
