//! Figures of a year and a place against a table whose rows are years and whose columns are places.
//!
//! "| Year | Kabul | Home | Total |" with a row for 2024, and "in 2024 sixteen hundred tonnes crossed
//! to Kabul": the figure's own year names the row, the place its clause names the column, and the cell
//! there is what the text should say. The figure is flagged only when no cell of its row or of its
//! column is the figure, and the cell lies within a quarter of it.

use dyad_text::claims::{Extraction, Quantity, Table, lower_words};

use super::{
    against_table, agrees, clamped, figure_year, nearest_scale, period_of_label, years_in,
};
use crate::Finding;

/// Words that give a figure another reading than a cell's: a part of the year, a wish or a plan, a debt,
/// another firm, a count of something else.
const OTHER_READINGS: &[&str] = &[
    "first",
    "second",
    "last",
    "month",
    "months",
    "week",
    "weeks",
    "between",
    "since",
    "until",
    "alone",
    "hoped",
    "hope",
    "hoping",
    "target",
    "plan",
    "planned",
    "expects",
    "expected",
    "forecast",
    "owed",
    "owe",
    "owing",
    "rival",
    "other",
    "another",
    "waiting",
    "turned",
    "back",
    "empty",
    "would",
    "could",
    "might",
    "will",
    "should",
    "asked",
    "asking",
    "requested",
    "wanted",
    "wants",
];

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
        // A header the text also writes in lower case is a common noun ("Trucks"), no place; "home"
        // is the one place written in lower case.
        let places: Vec<(usize, String)> = place_headers(table)
            .into_iter()
            .filter(|(_, name)| {
                name == "home" || !text.contains(&format!(" {} ", name.to_lowercase()))
            })
            .collect();
        if places.is_empty() {
            continue;
        }
        // The table's caption above it, its header, and a caption on the line below it.
        let below = table.row_spans.last().map_or("", |&(_, end)| {
            let rest = text[end..].trim_start_matches(['\n', ' ']);
            let line = rest.split('\n').next().unwrap_or("");
            // Its first sentence only: the next may be the text's own.
            line.split(". ").next().unwrap_or(line)
        });
        let context = format!(
            "{} {}",
            super::table_context(text, table),
            below.to_lowercase()
        );
        for quantity in extraction
            .quantities
            .iter()
            .filter(|q| !q.in_table && q.unit == "count" && q.value > 0.0)
        {
            let Some(year) = figure_year::own_year(text, extraction, quantity) else {
                continue;
            };
            let Some((_, row)) = rows.iter().find(|(y, _)| *y == year) else {
                continue;
            };
            // The place the figure's clause names: one of the table's, and one only.
            let clause = figure_clause(text, extraction, quantity);
            // A clause of a part of the year, a wish, a plan, a debt, another firm or another
            // figure of its own ("out of its 1,600 tonnes") is no statement of the cell.
            let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
            let words = lower_words(clamped(text, sentence_start, sentence_end));
            // A span's words ("Since 2018 we have supplied a dealer …, who took 40,000 … in
            // 2024") speak of another period only in the figure's own clause; so do months ("…
            // to Kandahar, mostly between December and March" is the year's).
            let clause_start = clamped(text, sentence_start, quantity.start)
                .rfind([',', ';'])
                .map_or(sentence_start, |at| sentence_start + at + 1);
            let own_clause = lower_words(clamped(text, clause_start, quantity.start));
            let whole_clause = lower_words(clamped(
                text,
                clause_start,
                clamped(text, quantity.end, sentence_end)
                    .find([',', ';'])
                    .map_or(sentence_end, |at| quantity.end + at),
            ));
            // Before the figure, in any clause, they are another period unless the figure's own
            // clause names its year after it ("who took 40,000 … in 2024").
            let before = lower_words(clamped(text, sentence_start, quantity.start));
            let year_after = !years_in(clamped(
                text,
                quantity.end,
                clamped(text, quantity.end, sentence_end)
                    .find([',', ';'])
                    .map_or(sentence_end, |at| quantity.end + at),
            ))
            .is_empty();
            let a_month = |w: &String| {
                dyad_text::claims::month_number(w).is_some_and(|_| w.len() >= 3 && w != "may")
            };
            let another_reading = words.iter().any(|w| {
                let span_word = matches!(w.as_str(), "since" | "until" | "between");
                OTHER_READINGS.contains(&w.as_str()) && !span_word
                    || span_word && (own_clause.contains(w) || !year_after && before.contains(w))
            }) || whole_clause.iter().chain(&before).any(a_month);
            // "32 trucks of 15 tonnes": loads of a size, whose product is the figure.
            let size = super::stated_products::load_size(text, extraction, quantity);
            // Loads beside a rest ("…; the rest went as part-loads") are a part of the cell.
            if size.is_some()
                && words
                    .iter()
                    .any(|w| matches!(w.as_str(), "rest" | "remaining" | "remainder" | "part"))
            {
                continue;
            }
            let product;
            let (quantity, measured) = match size {
                Some(size) => {
                    product = Quantity {
                        value: quantity.value * size.value,
                        precision: quantity.value * size.precision,
                        ..quantity.clone()
                    };
                    (&product, size)
                }
                None => (quantity, quantity),
            };
            let another_figure = extraction.quantities.iter().any(|q| {
                q.start != quantity.start
                    && !std::ptr::eq(q, measured)
                    && !q.in_table
                    && !a_pack_size(text, q)
                    && q.unit == quantity.unit
                    && q.start >= sentence_start
                    && q.end <= sentence_end
                    && years_in(&text[q.start..q.end]).is_empty()
            });
            if another_reading || another_figure {
                continue;
            }
            // What the figure counts, when it says, is what the table counts ("tonnes" in "sales
            // by year, tonnes").
            // "Pieces" and "units" count whatever the table counts.
            if let Some(measure) = super::measure_of(text, extraction, measured) {
                let noun = measure.split(" of ").next().unwrap_or(&measure);
                let stem = &noun[..noun.len().min(5)];
                let generic = matches!(
                    noun,
                    "piece" | "pieces" | "unit" | "units" | "item" | "items"
                );
                if !generic && !context.contains(stem) {
                    continue;
                }
            }
            let lowered_clause = clause.to_lowercase();
            let named: Vec<usize> = places
                .iter()
                .filter(|(_, name)| {
                    if name == "home" {
                        names_place(&lowered_clause, name)
                    } else {
                        names_place(clause, name)
                    }
                })
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
                    "the text gives `{}`{} for {} in {year} but the table gives `{cell_text}`",
                    &text[quantity.start..measured.end.max(quantity.end)],
                    if size.is_some() {
                        format!(" ({} in all)", quantity.value)
                    } else {
                        String::new()
                    },
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
            // "To Kandahar", "At home", "To Lahore (t)": the place after its preposition, before
            // its unit.
            let name = name.split('(').next().unwrap_or(name).trim();
            let name = [
                "To ", "From ", "In ", "At ", "Sent to ", "Sold in ", "Sold at ",
            ]
            .iter()
            .find_map(|lead| name.strip_prefix(lead))
            .unwrap_or(name);
            if name == "home" {
                return Some((column, name.to_string()));
            }
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

/// Containers a pack size counts the pieces of.
const PACKS: &[&str] = &[
    "cartons", "boxes", "bags", "sacks", "crates", "bales", "packs", "packets", "cases", "bundles",
];

/// Whether a figure is the size of a pack ("trucked in cartons of 50"): how the goods travel, no
/// second figure of the clause's year.
fn a_pack_size(text: &str, quantity: &Quantity) -> bool {
    let lead = lower_words(clamped(
        text,
        quantity.start.saturating_sub(20),
        quantity.start,
    ));
    matches!(lead.as_slice(), [.., pack, of] if of == "of" && PACKS.contains(&pack.as_str()))
}

/// The clause a figure stands in: from the last comma or semicolon before it to the next after it, in
/// its sentence. A relative clause ("a dealer in Ghazni, Afghanistan, who took 40,000") runs back to
/// the start of its sentence or the semicolon before it, for the place its noun names.
fn figure_clause<'t>(text: &'t str, extraction: &Extraction, quantity: &Quantity) -> &'t str {
    let (start, end) = extraction.sentences[quantity.sentence];
    let before = clamped(text, start, quantity.start);
    let mut clause_start = before.rfind([',', ';']).map_or(start, |at| start + at + 1);
    let relative = lower_words(clamped(text, clause_start, quantity.start))
        .first()
        .is_some_and(|w| matches!(w.as_str(), "who" | "which"));
    if relative {
        clause_start = before.rfind(';').map_or(start, |at| start + at + 1);
    }
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

#[cfg(test)]
mod tests {
    use dyad_model::claim::CheckKind;

    use crate::consistency::tests::kinds_found;

    #[test]
    fn places_after_a_preposition_and_sales_at_home() {
        let table = "**Printed sheet: carriers sold**\n\n| Year | To Kandahar | At home | Total |\n|---|---|---|---|\n| 2023 | 32,000 | 22,000 | 54,000 |\n| 2024 | 36,000 | 24,000 | 60,000 |\n\n";
        assert_eq!(
            kinds_found(&format!(
                "{table}- Green note: \"Home sales 2024: 26,000 pieces.\"\n"
            )),
            [CheckKind::TextVsTable]
        );
        assert_eq!(
            kinds_found(&format!(
                "{table}In 2024 we sent 38,000 carriers to Kandahar.\n"
            )),
            [CheckKind::TextVsTable]
        );
        assert!(
            kinds_found(&format!(
                "{table}- Green note: \"Home sales 2024: 24,000 pieces.\"\n"
            ))
            .is_empty()
        );
    }
}
