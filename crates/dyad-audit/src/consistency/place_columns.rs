//! Figures of a year and a place against a table whose rows are years and whose columns are places.
//!
//! "| Year | Kabul | Home | Total |" with a row for 2024, and "in 2024 sixteen hundred tonnes crossed
//! to Kabul": the figure's own year names the row, the place its clause names the column, and the cell
//! there is what the text should say. The figure is flagged only when no cell of its row or of its
//! column is the figure, and the cell lies within a quarter of it.

use dyad_text::claims::{Extraction, Quantity, Table};

use super::{against_table, agrees, clamped, nearest_scale, period_of_label, said_apart};
use crate::Finding;

/// Column headers that name no place: what a table of years counts besides places.
const NOT_PLACES: &[&str] = &[
    "Total", "Year", "Home", "Other", "Others", "Rest", "All", "Exports", "Imports", "Sales",
];

/// **Text against table, by a year's row and a place's column.** See the module's doc.
pub(super) fn place_columns(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for table in &extraction.tables {
        let rows: Vec<(i32, &Vec<dyad_text::claims::TableCell>)> = table
            .rows
            .iter()
            .filter_map(|row| {
                let year = period_of_label(&row.first()?.text)?.parse::<i32>().ok()?;
                Some((year, row))
            })
            .collect();
        // A table of years: every row a year, two at least.
        if rows.len() < 2 || rows.len() != table.rows.len() {
            continue;
        }
        let places = place_headers(table);
        if places.is_empty() {
            continue;
        }
        for quantity in extraction
            .quantities
            .iter()
            .filter(|q| !q.in_table && q.unit == "count" && q.value > 0.0)
        {
            let Some(year) = said_apart::own_year(text, extraction, quantity) else {
                continue;
            };
            let Some((_, row)) = rows.iter().find(|(y, _)| *y == year) else {
                continue;
            };
            // The place the figure's clause names: one of the table's, and one only.
            let clause = figure_clause(text, extraction, quantity);
            let named: Vec<usize> = places
                .iter()
                .filter(|(_, name)| names_place(clause, name))
                .map(|(column, _)| *column)
                .collect();
            let [column] = named[..] else {
                continue;
            };
            let Some(cell_value) = row.get(column).and_then(|cell| cell.value) else {
                continue;
            };
            let scale = nearest_scale(cell_value, quantity.value);
            // Any cell of the figure's row or of the place's column that is the figure: it may be read
            // another way.
            let in_row = row
                .iter()
                .skip(1)
                .filter_map(|cell| cell.value)
                .any(|value| agrees(quantity, value * scale));
            let in_column = table
                .rows
                .iter()
                .filter_map(|r| r.get(column).and_then(|cell| cell.value))
                .any(|value| agrees(quantity, value * scale));
            let table_value = cell_value * scale;
            if in_row
                || in_column
                || (quantity.value - table_value).abs() > table_value.abs() * 0.25
            {
                continue;
            }
            let cell_text = &row[column].text;
            findings.push(against_table(
                text,
                extraction,
                quantity,
                table_value,
                format!(
                    "the text gives `{}` for {} in {year} but the table gives `{cell_text}`",
                    &text[quantity.start..quantity.end],
                    table.header[column].text.trim()
                ),
            ));
        }
    }
}

/// The columns whose headers are the names of places: one capitalised word or two, not a word every
/// table of years has.
fn place_headers(table: &Table) -> Vec<(usize, String)> {
    table
        .header
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(column, cell)| {
            let name = cell.text.trim().trim_matches('*').trim();
            let words: Vec<&str> = name.split_whitespace().collect();
            let place = (1..=2).contains(&words.len())
                && words.iter().all(|w| {
                    w.starts_with(char::is_uppercase)
                        && w.chars().skip(1).all(|c| c.is_lowercase())
                        && w.len() >= 4
                })
                && !NOT_PLACES.contains(&words[0]);
            place.then(|| (column, name.to_string()))
        })
        .collect()
}

/// The clause a figure stands in: from the last comma or semicolon before it to the next after it, in
/// its sentence.
fn figure_clause<'t>(text: &'t str, extraction: &Extraction, quantity: &Quantity) -> &'t str {
    let (start, end) = extraction.sentences[quantity.sentence];
    let before = clamped(text, start, quantity.start);
    let clause_start = before.rfind([',', ';']).map_or(start, |at| start + at + 1);
    let after = clamped(text, quantity.end, end);
    let clause_end = after.find([',', ';']).map_or(end, |at| quantity.end + at);
    clamped(text, clause_start, clause_end)
}

/// Whether a clause names a place as a word of its own: "crossed to Kabul", not "Kabulis".
fn names_place(clause: &str, place: &str) -> bool {
    clause.match_indices(place).any(|(at, _)| {
        let before = clause[..at].chars().next_back();
        let after = clause[at + place.len()..].chars().next();
        before.is_none_or(|c| !c.is_alphanumeric()) && after.is_none_or(|c| !c.is_alphanumeric())
    })
}
