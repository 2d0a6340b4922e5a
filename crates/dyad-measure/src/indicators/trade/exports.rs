//! `trade.exports`: exports from the first country of the pair to the second.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = Indicator {
    name: "trade.exports",
    title: "Exports from the first country of the pair to the second",
    unit: "USD million",
    table: "trade",
    frequency: Frequency::Annual,
    kind: Kind::Level,
    subject: "the flow, `PAK→AFG`",
    recipe: recipe("one figure chosen per year; none is added to another"),
    caveats: CAVEATS,
    references: REFERENCES,
    subjects: |inputs| vec![inputs.pair.forward()],
    cell: |inputs, _, period| row(inputs, period, 0, "Exports"),
    figures: flow_figures,
    periods: flow_periods,
};
