//! A table's column of arrows or words of direction checked against its two columns of years.
//!
//! "| Buyer | 2024 (t) | 2025 (t) | Arrow |" with "| Dealers of Kabul | 16 | 26 | ▲ |": each row's
//! marker says which way its figure went from the earlier year's column to the later's. A row whose
//! marker points up while its later figure is the smaller (or down while it is the larger) is flagged
//! at the marker. The table must have exactly two columns that each name one year, and every filled
//! cell of the marker column must be a marker, so that a column of notes is never read as one.

use dyad_text::claims::{Direction, Extraction, Table, lower_words};

use super::{clamped, years_in};
use crate::Finding;
use dyad_model::claim::CheckKind;

/// The direction a cell of a marker column says: an arrow, or a short phrase of direction. `None`
/// for a marker of no change ("=", "steady"), and no marker at all for anything else (the outer
/// `Option`).
fn marker(cell: &str) -> Option<Option<Direction>> {
    let cell = cell.trim().trim_matches('*').trim().to_lowercase();
    let up = Some(Some(Direction::Up));
    let down = Some(Some(Direction::Down));
    match cell.as_str() {
        "▲" | "↑" | "⬆" | "△" | "⇧" | "↗" | "up" | "rising" | "rose" | "higher"
        | "heading north" | "north" | "going up" | "climbing" | "growing" | "grew" => up,
        "▼" | "↓" | "⬇" | "▽" | "⇩" | "↘" | "down" | "falling" | "fell" | "lower"
        | "heading south" | "south" | "going down" | "sliding" | "shrinking" | "shrank" => down,
        "=" | "→" | "↔" | "steady" | "flat" | "same" | "unchanged" | "level" => Some(None),
        _ => None,
    }
}

/// **Direction, by a table's column of markers.** See the module's doc.
pub(super) fn trend_columns(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for table in &extraction.tables {
        check_table(text, table, findings);
    }
}

fn check_table(text: &str, table: &Table, findings: &mut Vec<Finding>) {
    // The columns that each name one year, in the order of their years.
    let mut year_columns: Vec<(i32, usize)> = table
        .header
        .iter()
        .enumerate()
        .skip(1)
        .filter_map(|(at, cell)| match years_in(&cell.text)[..] {
            [year] => Some((year, at)),
            _ => None,
        })
        .collect();
    year_columns.sort_unstable();
    let [(first_year, earlier), (second_year, later)] = year_columns[..] else {
        return;
    };
    if first_year == second_year {
        return;
    }
    // The one column whose filled cells are all markers.
    let marker_columns: Vec<usize> = (1..table.header.len())
        .filter(|&at| at != earlier && at != later)
        .filter(|&at| {
            let cells: Vec<&str> = table
                .rows
                .iter()
                .filter_map(|row| row.get(at))
                .map(|cell| cell.text.trim())
                .filter(|cell| !cell.is_empty())
                .collect();
            !cells.is_empty() && cells.iter().all(|cell| marker(cell).is_some())
        })
        .collect();
    let [column] = marker_columns[..] else {
        return;
    };
    // Markers of another measure than the year columns' ("Price", "Outlook"), of ranks (where a
    // smaller number is a move up), or of a forecast, say nothing of the two years' figures; nor
    // do they when the lines above the table say so ("the arrows show the price").
    let words_of = |at: usize| lower_words(&table.header[at].text);
    let context = lower_words(&super::table_context(text, table));
    let elsewhere = |w: &String| {
        matches!(
            w.as_str(),
            "price"
                | "prices"
                | "rank"
                | "ranks"
                | "ranking"
                | "outlook"
                | "forecast"
                | "expected"
                | "next"
                | "target"
                | "share"
                | "rate"
        )
    };
    if words_of(column).iter().any(elsewhere)
        || words_of(earlier).iter().any(elsewhere)
        || words_of(later).iter().any(elsewhere)
        || context.iter().any(elsewhere)
    {
        return;
    }
    for row in &table.rows {
        let (Some(from), Some(to), Some(cell)) = (
            row.get(earlier).and_then(|c| c.value),
            row.get(later).and_then(|c| c.value),
            row.get(column),
        ) else {
            continue;
        };
        let Some(Some(said)) = marker(&cell.text) else {
            continue;
        };
        let went = if to > from {
            Direction::Up
        } else if to < from {
            Direction::Down
        } else {
            continue;
        };
        if went == said {
            continue;
        }
        let label = row.first().map_or("", |c| c.text.as_str());
        let word = |d: Direction| match d {
            Direction::Up => "a rise",
            Direction::Down => "a fall",
        };
        findings.push(Finding::new(
            text,
            CheckKind::Direction,
            (cell.start, cell.end),
            vec![from, to],
            Vec::new(),
            format!(
                "the row `{label}` marks {} with `{}`, but its figures go from {from} in {first_year} to {to} in {second_year}",
                word(said),
                clamped(text, cell.start, cell.end).trim()
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use dyad_model::claim::CheckKind;

    use crate::consistency::tests::kinds_found;

    #[test]
    fn a_marker_that_points_the_other_way_from_its_row() {
        let table = |arrow: &str| {
            format!(
                "Our buyers this year against last.\n\n| Buyer | 2024 (t) | 2025 (t) | Arrow |\n|---|---|---|---|\n| Karachi | 72 | 15 | {arrow} |\n| Kabul | 16 | 26 | ▲ |\n"
            )
        };
        assert_eq!(kinds_found(&table("▲")), [CheckKind::Direction]);
        assert!(kinds_found(&table("▼")).is_empty());
        assert_eq!(
            kinds_found(
                "| On the map | 2024 | 2025 | Which way |\n|---|---|---|---|\n| Tonnes to Peshawar | 300 | 60 | down |\n| The whole harvest | 540 | 420 | heading north |\n"
            ),
            [CheckKind::Direction]
        );
        // A column of notes is no column of markers; nor is a table of three years.
        assert!(
            kinds_found(
                "| Buyer | 2024 | 2025 | Note |\n|---|---|---|---|\n| Karachi | 72 | 15 | up to March |\n| Kabul | 16 | 26 | up |\n"
            )
            .is_empty()
        );
        assert!(
            kinds_found(
                "| Buyer | 2023 | 2024 | 2025 | Arrow |\n|---|---|---|---|---|\n| Karachi | 10 | 72 | 15 | ▲ |\n"
            )
            .is_empty()
        );
    }
}
