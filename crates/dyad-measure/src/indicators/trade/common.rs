//! What the indicators of this family share: their sources, preference rule, recipe text and helpers.

pub(super) use dyad_model::{Evidence, Pair, Period};

pub(super) use crate::cell::{Cell, ResultTable};
pub(super) use crate::indicator::{
    Frequency, Indicator, Inputs, Kind, Recipe, overlapping, row_of, year_of, years_of,
};
pub(super) use crate::indicator::{candidates, matching};
pub(super) use crate::select::choose;

pub(super) const READS: &[&str] = &[
    "`trade.exports` and `trade.imports` figures: State Bank of Pakistan (banking-channel payments), Pakistan Bureau of Statistics and customs records, Afghanistan's ministry and NSIA, UN Comtrade (reporter and partner flows)",
    "fields: value, unit (USD million), period, agency, concept, basis",
];
pub(super) const PREFERENCE: &str = "among figures overlapping the year: a figure for exactly the calendar year, then a full fiscal year, then shorter periods; observed before estimate before claimed before projection; more days of the year covered; customs records before other bases before banking-channel payments, and the reporter's own record before its partner's mirror record; then the newest release";
pub(super) const PERIODS: &str = "each figure keeps its own period: a fiscal year (July–June) is never relabelled as a calendar year, and the cell says which period it shows; total and balance are computed only from an exports and an imports figure of the same period, agency and basis";
pub(super) const CAVEATS: &[&str] = &[
    "After August 2021 the State Bank's banking-channel figures miss most trade settled outside banks; they can differ from customs figures by two orders of magnitude.",
    "Mirror figures (the partner's records) differ from the reporter's through valuation (FOB/CIF), timing and transit trade.",
    "Most bundled figures are reported in the press, citing an agency; the row names the article.",
];
pub(super) const REFERENCES: &[&str] = &[
    "UN Statistics Division, International Merchandise Trade Statistics: Concepts and Definitions 2010 (IMTS 2010), on reporter and partner flows.",
    "State Bank of Pakistan, export and import receipts and payments by country.",
];

pub(super) fn flow_figures(inputs: &Inputs<'_>, subject: &str, period: Period) -> Vec<Evidence> {
    let mut items = inputs.matching("trade.exports", subject);
    items.extend(inputs.matching("trade.imports", subject));
    overlapping(items, period)
}

pub(super) fn flow_periods(inputs: &Inputs<'_>, subject: &str) -> Vec<Period> {
    let mut items = inputs.matching("trade.exports", subject);
    items.extend(inputs.matching("trade.imports", subject));
    years_of(items)
}

pub(super) fn pair_figures(inputs: &Inputs<'_>, _subject: &str, period: Period) -> Vec<Evidence> {
    let mut all = flow_figures(inputs, &inputs.pair.forward(), period);
    all.extend(flow_figures(inputs, &inputs.pair.backward(), period));
    all.extend(overlapping(
        inputs.matching("trade.total", &inputs.pair.to_string()),
        period,
    ));
    all
}

pub(super) fn pair_periods(inputs: &Inputs<'_>, _subject: &str) -> Vec<Period> {
    let mut periods = flow_periods(inputs, &inputs.pair.forward());
    periods.extend(flow_periods(inputs, &inputs.pair.backward()));
    periods.sort();
    periods.dedup();
    periods
}

pub(super) fn row(inputs: &Inputs<'_>, period: Period, index: usize, label: &str) -> Cell {
    let year = year_of(period);
    let mut cells = table(&inputs.evidence, inputs.pair, year).cells;
    if index < cells.len() {
        cells.swap_remove(index)
    } else {
        row_of(cells, label, "trade", "USD million", year)
    }
}

pub(super) const fn recipe(aggregation: &'static str) -> Recipe {
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

/// Goods trade is best measured by customs records; the State Bank's banking-channel payments miss most
/// trade settled outside banks after 2021, so they rank last. Within a basis, the focal country's own
/// records (its exports, its imports) come before the counterpart's mirror records.
pub(super) fn trade_preference(evidence: &Evidence, focal: &str) -> u8 {
    let observation = &evidence.observation;
    let (origin, destination) = observation.subject.split_once('→').unwrap_or(("", ""));
    let reporter = if observation.indicator == "trade.exports" {
        origin
    } else {
        destination
    };
    let basis_rank = if observation.basis.contains("customs") {
        0
    } else if observation.basis.contains("banking") {
        2
    } else {
        1
    };
    basis_rank * 2 + u8::from(reporter != focal)
}

pub(crate) fn table(evidence: &[Evidence], pair: &Pair, year: i32) -> ResultTable {
    const T: &str = "trade";
    let column = year.to_string();
    let flow = |direction: String, row: &str| -> Cell {
        let mut items = matching(evidence, "trade.exports", &direction);
        items.extend(matching(evidence, "trade.imports", &direction));
        match choose(
            &candidates(&items, |e| trade_preference(e, &pair.first)),
            year,
        ) {
            Some(choice) => Cell::from_choice(T, row, &column, &choice, year),
            None => Cell::empty(
                T,
                row,
                &column,
                "USD million",
                format!("no trade figure for {direction} overlaps {year}"),
            ),
        }
    };
    let exports = flow(pair.forward(), &format!("Exports {}", pair.forward()));
    let imports = flow(pair.backward(), &format!("Imports {}", pair.backward()));
    let comparable = exports.value.is_some()
        && imports.value.is_some()
        && exports.period == imports.period
        && exports.basis == imports.basis
        && exports.agency == imports.agency
        && exports.unit == imports.unit;
    let (total, balance) = if comparable {
        let (x, m) = (exports.value.unwrap_or(0.0), imports.value.unwrap_or(0.0));
        (
            Cell::derived(
                T,
                "Total trade",
                &column,
                x + m,
                &exports.unit,
                "exports + imports, same period, agency and basis".into(),
                &[&exports, &imports],
            ),
            Cell::derived(
                T,
                "Balance",
                &column,
                x - m,
                &exports.unit,
                format!("exports − imports, from {}'s side", pair.first),
                &[&exports, &imports],
            ),
        )
    } else {
        let reason = "exports and imports come from different periods, agencies or bases, so they are not combined";
        let total_items = matching(evidence, "trade.total", &pair.to_string());
        let total = match choose(
            &candidates(&total_items, |e| trade_preference(e, &pair.first)),
            year,
        ) {
            Some(choice) => {
                let mut cell = Cell::from_choice(T, "Total trade", &column, &choice, year);
                cell.note = [cell.note.as_str(), "a published total"]
                    .iter()
                    .filter(|s| !s.is_empty())
                    .copied()
                    .collect::<Vec<_>>()
                    .join("; ");
                cell
            }
            None => Cell::empty(T, "Total trade", &column, "USD million", reason),
        };
        (
            total,
            Cell::empty(T, "Balance", &column, "USD million", reason),
        )
    };
    ResultTable {
        id: T,
        title: format!("Trade between {} and {}, {year}", pair.first, pair.second),
        cells: vec![exports, imports, total, balance],
    }
}
