//! Trade between the pair: exports, imports, total and balance (the study's Table 1).

use dyad_model::{Evidence, Period};

use super::{Frequency, Indicator, Inputs, Kind, Recipe, overlapping, row_of, year_of, years_of};
use crate::tables::{Cell, trade_table};

const READS: &[&str] = &[
    "`trade.exports` and `trade.imports` figures: State Bank of Pakistan (banking-channel payments), Pakistan Bureau of Statistics and customs records, Afghanistan's ministry and NSIA, UN Comtrade (reporter and partner flows)",
    "fields: value, unit (USD million), period, agency, concept, basis",
];
const PREFERENCE: &str = "among figures overlapping the year: a figure for exactly the calendar year, then a full fiscal year, then shorter periods; observed before estimate before claimed before projection; more days of the year covered; customs records before other bases before banking-channel payments, and the reporter's own record before its partner's mirror record; then the newest release";
const PERIODS: &str = "each figure keeps its own period: a fiscal year (July–June) is never relabelled as a calendar year, and the cell says which period it shows; total and balance are computed only from an exports and an imports figure of the same period, agency and basis";
const CAVEATS: &[&str] = &[
    "After August 2021 the State Bank's banking-channel figures miss most trade settled outside banks; they can differ from customs figures by two orders of magnitude.",
    "Mirror figures (the partner's records) differ from the reporter's through valuation (FOB/CIF), timing and transit trade.",
    "Most bundled figures are reported in the press, citing an agency; the row names the article.",
];
const REFERENCES: &[&str] = &[
    "UN Statistics Division, International Merchandise Trade Statistics: Concepts and Definitions 2010 (IMTS 2010), on reporter and partner flows.",
    "State Bank of Pakistan, export and import receipts and payments by country.",
];

fn flow_figures(inputs: &Inputs<'_>, subject: &str, period: Period) -> Vec<Evidence> {
    let mut items = inputs.matching("trade.exports", subject);
    items.extend(inputs.matching("trade.imports", subject));
    overlapping(items, period)
}

fn flow_periods(inputs: &Inputs<'_>, subject: &str) -> Vec<Period> {
    let mut items = inputs.matching("trade.exports", subject);
    items.extend(inputs.matching("trade.imports", subject));
    years_of(items)
}

fn pair_figures(inputs: &Inputs<'_>, _subject: &str, period: Period) -> Vec<Evidence> {
    let mut all = flow_figures(inputs, &inputs.pair.forward(), period);
    all.extend(flow_figures(inputs, &inputs.pair.backward(), period));
    all.extend(overlapping(
        inputs.matching("trade.total", &inputs.pair.to_string()),
        period,
    ));
    all
}

fn pair_periods(inputs: &Inputs<'_>, _subject: &str) -> Vec<Period> {
    let mut periods = flow_periods(inputs, &inputs.pair.forward());
    periods.extend(flow_periods(inputs, &inputs.pair.backward()));
    periods.sort();
    periods.dedup();
    periods
}

fn row(inputs: &Inputs<'_>, period: Period, index: usize, label: &str) -> Cell {
    let year = year_of(period);
    let mut cells = trade_table(&inputs.evidence, inputs.pair, year).cells;
    if index < cells.len() {
        cells.swap_remove(index)
    } else {
        row_of(cells, label, "trade", "USD million", year)
    }
}

const fn recipe(aggregation: &'static str) -> Recipe {
    Recipe {
        reads: READS,
        filters: &[
            "the flow's direction: exports `PAK→AFG` are Pakistan's exports to Afghanistan, whoever reports them",
        ],
        aggregation,
        periods: PERIODS,
        preference: PREFERENCE,
    }
}

mod balance;
mod exports;
mod imports;
mod total;

/// The trade indicators, one file each.
pub static INDICATORS: [&Indicator; 4] = [
    &exports::INDICATOR,
    &imports::INDICATOR,
    &total::INDICATOR,
    &balance::INDICATOR,
];
