//! Prices of one thing against a table's column of prices, by year.
//!
//! "| Year | Fans sold | … | Price (Rs a fan) |" with a row for 2024, and "In 2024 we sold at Rs 9,000
//! a fan ex-factory": a sum of money paid for one of a thing ("a fan", "per tonne", "each"), in the
//! year its own words give, is the cell of that year's row under the table's one column of prices of
//! that thing. The figure is flagged only when no cell of that column is the figure (a price of
//! another year is another slip), the cell lies within a quarter of it, and its own clause gives it no
//! other reading (a reseller's price, a plan, an offer).

use dyad_model::claim::Hedge;
use dyad_text::claims::{Extraction, Quantity, Table, lower_words};

use super::{
    against_table, agrees, clamped, figure_year, header_scale, own_stretch, period_of_label,
    singular,
};
use crate::Finding;

/// Words of a figure's clause that make it another price than the table's.
const OTHER_PRICES: &[&str] = &[
    "average",
    "averaged",
    "retail",
    "wholesale",
    "resell",
    "resells",
    "resold",
    "imported",
    "brands",
    "brand",
    "rival",
    "rivals",
    "competitor",
    "competitors",
    "target",
    "plan",
    "planned",
    "hope",
    "hoped",
    "offer",
    "offered",
    "offers",
    "asked",
    "asking",
    "quoted",
    "quote",
    "bid",
    "market",
    "shops",
    "shop",
    "dealer",
    "dealers",
    "freight",
    "duty",
    "tax",
    "fee",
    "fees",
    "transport",
    "cost",
    "costs",
    "wage",
    "wages",
    "paid",
    "pay",
    "pays",
    "bought",
    "buy",
];

/// Words that name a column as one of prices.
const PRICE_WORDS: &[&str] = &["price", "prices", "rate"];

/// The thing a sum of money is said to be the price of one of: "Rs 9,000 a fan", "USD 90 per tonne",
/// "Rs 620 each" (the thing then unnamed, "").
fn priced_thing(text: &str, quantity: &Quantity) -> Option<String> {
    let words = lower_words(clamped(text, quantity.end, quantity.end + 24));
    match words.as_slice() {
        [each, ..] if each == "each" || each == "apiece" => Some(String::new()),
        [a, thing, ..] if matches!(a.as_str(), "a" | "an" | "per") => Some(singular(thing)),
        _ => None,
    }
}

/// The one column of a table whose header says it holds prices of the thing, in the figure's
/// currency: "Price (Rs a fan)", "Price per tonne (USD)", "Unit price (Rs)".
fn price_column(table: &Table, thing: &str, unit: &str) -> Option<usize> {
    let columns: Vec<usize> = table
        .header
        .iter()
        .enumerate()
        .skip(1)
        .filter(|(_, header)| {
            let words = lower_words(&header.text);
            let a_price = words.iter().any(|w| PRICE_WORDS.contains(&w.as_str()));
            // A price of another thing ("Price (Rs a bale)") is no price of this one.
            let per: Vec<String> = words
                .windows(2)
                .filter(|pair| matches!(pair[0].as_str(), "a" | "an" | "per"))
                .map(|pair| singular(&pair[1]))
                .collect();
            let of_the_thing = per.is_empty() || thing.is_empty() || per.iter().any(|p| p == thing);
            a_price && of_the_thing && header_scale(&header.text).1 == unit
        })
        .map(|(column, _)| column)
        .collect();
    match columns.as_slice() {
        [one] => Some(*one),
        _ => None,
    }
}

/// Prose prices of one thing against the cell of their year in a table's column of such prices.
pub(super) fn unit_price_column(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    if extraction.tables.is_empty() {
        return;
    }
    for quantity in &extraction.quantities {
        if quantity.in_table
            || quantity.hedge != Hedge::None
            || !matches!(quantity.unit, "USD" | "PKR" | "AFN")
        {
            continue;
        }
        let Some(thing) = priced_thing(text, quantity) else {
            continue;
        };
        // The figure's own clause, up to its first comma after it.
        let stretch = own_stretch(text, extraction, quantity);
        let stretch_start = super::offset_in(text, stretch);
        let clause_end = clamped(text, quantity.end, stretch_start + stretch.len())
            .find([',', ';', ':'])
            .map_or(stretch_start + stretch.len(), |at| quantity.end + at);
        let clause = clamped(text, stretch_start, clause_end);
        if lower_words(clause)
            .iter()
            .any(|w| OTHER_PRICES.contains(&w.as_str()))
        {
            continue;
        }
        let Some(year) = figure_year::own_year(text, extraction, quantity) else {
            continue;
        };
        let year = year.to_string();
        for table in &extraction.tables {
            let Some(column) = price_column(table, &thing, quantity.unit) else {
                continue;
            };
            let scale = header_scale(&table.header[column].text).0;
            let cells: Vec<(Option<String>, &str, f64)> = table
                .rows
                .iter()
                .filter_map(|row| {
                    let label = row.first()?;
                    let cell = row.get(column)?;
                    Some((
                        period_of_label(&label.text),
                        cell.text.as_str(),
                        cell.value? * scale,
                    ))
                })
                .collect();
            let [(_, cell_text, value)] = cells
                .iter()
                .filter(|(period, _, _)| period.as_deref() == Some(year.as_str()))
                .collect::<Vec<_>>()[..]
            else {
                continue;
            };
            if cells.iter().any(|(_, _, other)| agrees(quantity, *other))
                || (quantity.value - value).abs() > value.abs() * 0.25
            {
                continue;
            }
            findings.push(against_table(
                text,
                extraction,
                quantity,
                *value,
                format!(
                    "the text gives `{}` for one in {year} but the table's column `{}` gives `{cell_text}`",
                    &text[quantity.start..quantity.end],
                    table.header[column].text.trim()
                ),
            ));
            break;
        }
    }
}
