//! Prints rows as aligned text, Markdown or CSV. Data goes to stdout; messages go to stderr.

use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicU16, Ordering};

use anyhow::Result;
use comfy_table::{Cell, Color, ColumnConstraint, ContentArrangement, Table, Width, presets};
use unicode_width::UnicodeWidthStr;

/// The width tables are fitted to, 0 for none (whole lines).
static WIDTH: AtomicU16 = AtomicU16::new(0);

/// Whether statuses and flags are coloured: on a terminal, unless `NO_COLOR` is set.
static COLOUR: AtomicBool = AtomicBool::new(false);

/// Colours statuses and flags when standard output is a terminal and `NO_COLOR` is not set to
/// something (<https://no-color.org>).
pub fn set_colour_from_environment() {
    let asked_not = std::env::var_os("NO_COLOR").is_some_and(|value| !value.is_empty());
    COLOUR.store(
        std::io::stdout().is_terminal() && !asked_not,
        Ordering::Relaxed,
    );
}

/// The colour of a cell that holds a status or a flag, and nothing else.
fn status_colour(text: &str) -> Option<Color> {
    match text.trim() {
        "missing" | "contradicted" | "out of scope" => Some(Color::Red),
        "projection" | "projected" | "claimed" => Some(Color::Cyan),
        "estimate" | "disagreeing" | "internally inconsistent" | "unverifiable" => {
            Some(Color::Yellow)
        }
        "supported" => Some(Color::Green),
        _ => None,
    }
}

/// A row's cells, statuses and flags coloured when colour is on.
fn styled(row: &[String]) -> Vec<Cell> {
    let colour = COLOUR.load(Ordering::Relaxed);
    row.iter()
        .map(|text| {
            let cell = Cell::new(text);
            match status_colour(text).filter(|_| colour) {
                Some(colour) => cell.fg(colour),
                None => cell,
            }
        })
        .collect()
}

/// Sets the width tables are fitted to: `None` prints whole lines.
pub fn set_width(width: Option<u16>) {
    WIDTH.store(width.unwrap_or(0), Ordering::Relaxed);
}

/// The terminal's width when standard output is one (`COLUMNS` first, as shells set it), else none.
pub fn terminal_width() -> Option<u16> {
    if !std::io::stdout().is_terminal() {
        return None;
    }
    std::env::var("COLUMNS")
        .ok()
        .and_then(|columns| columns.parse().ok())
        .or_else(|| Table::new().width())
        .filter(|width| *width >= 20)
}

/// Headers of columns that hold details rather than the figure itself: when a table does not fit, they
/// move, in this order, into numbered footnotes below it.
const DETAIL_COLUMNS: &[&str] = &[
    "note",
    "notes",
    "source (vintage)",
    "sources",
    "source",
    "url",
    "locator",
    "file",
    "licence",
];

/// The width a table takes with every cell on one line: its cells, their padding and its borders.
fn natural_width(headers: &[String], rows: &[Vec<String>]) -> usize {
    let widest = |column: usize| {
        rows.iter()
            .filter_map(|row| row.get(column))
            .chain(headers.get(column))
            .map(|cell| cell.lines().map(UnicodeWidthStr::width).max().unwrap_or(0))
            .max()
            .unwrap_or(0)
    };
    (0..headers.len()).map(|c| widest(c) + 3).sum::<usize>() + 1
}

/// The widest word of a column that must not be broken: any word with a digit, a dot or an underscore
/// (numbers, dates, periods, codes and indicator names hold no space) unless it is an address, and any
/// plain word up to 14 characters. A column at least this wide never
/// breaks one; longer words without digits (addresses, long compounds) may break.
fn widest_word(headers: &[String], rows: &[Vec<String>], column: usize) -> usize {
    rows.iter()
        .filter_map(|row| row.get(column))
        .chain(headers.get(column))
        .flat_map(|cell| cell.split_whitespace())
        .map(|word| (word, word.width()))
        .filter(|(word, width)| {
            let code_like = word
                .chars()
                .any(|c| c.is_ascii_digit() || c == '.' || c == '_');
            code_like && !word.contains('/') || *width <= 14
        })
        .map(|(_, width)| width)
        .max()
        .unwrap_or(1)
}

/// Words of `text` in lines of at most `width` (a longer word has a line of its own), the first after
/// `first`, the others indented to line up with it.
fn wrapped(first: &str, text: &str, width: usize) -> String {
    let indent = " ".repeat(first.width());
    let mut lines = Vec::new();
    let mut line = first.to_string();
    let mut empty = true;
    for word in text.split_whitespace() {
        if !empty && line.width() + 1 + word.width() > width {
            lines.push(std::mem::replace(&mut line, indent.clone()));
            empty = true;
        }
        if !empty {
            line.push(' ');
        }
        // A word longer than a whole line (an address) is cut where the line ends.
        let mut rest = word;
        while line.width() + rest.width() > width && rest.chars().count() > 1 {
            let room = width.saturating_sub(line.width()).max(1);
            let cut = rest
                .char_indices()
                .nth(room)
                .map_or(rest.len(), |(at, _)| at);
            line.push_str(&rest[..cut]);
            lines.push(std::mem::replace(&mut line, indent.clone()));
            rest = &rest[cut..];
        }
        line.push_str(rest);
        empty = false;
    }
    lines.push(line);
    lines.join("\n")
}

/// Prints a table fitted to `width` columns: detail columns move into numbered footnotes (the same text
/// once) until the rest fits, and no column is narrower than its widest word, so that no number, date
/// or period is ever broken across lines.
fn write_fitted(
    out: &mut impl Write,
    headers: &[&str],
    rows: &[Vec<String>],
    width: u16,
) -> Result<()> {
    let mut headers: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    let mut rows: Vec<Vec<String>> = rows.to_vec();
    let mut footnotes: Vec<String> = Vec::new();
    // Each distinct text once, by its number.
    let mut numbers: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    let mut references: Vec<Vec<usize>> = vec![Vec::new(); rows.len()];
    for detail in DETAIL_COLUMNS {
        if natural_width(&headers, &rows) <= usize::from(width) {
            break;
        }
        // A header names a detail column when one of its words is the detail ("Actual from / note").
        let Some(column) = headers.iter().position(|h| {
            h.to_lowercase()
                .split(|c: char| !c.is_alphanumeric())
                .any(|word| word == *detail)
                || h.to_lowercase() == *detail
        }) else {
            continue;
        };
        let header = headers.remove(column);
        for (row, refs) in rows.iter_mut().zip(&mut references) {
            if column >= row.len() {
                continue;
            }
            let cell = row.remove(column);
            if cell.trim().is_empty() {
                continue;
            }
            let note = format!("{header}: {cell}");
            let number = *numbers.entry(note.clone()).or_insert_with(|| {
                footnotes.push(note);
                footnotes.len()
            });
            refs.push(number);
        }
    }
    if !footnotes.is_empty() {
        headers.push("See".to_string());
        for (row, refs) in rows.iter_mut().zip(&references) {
            let cell: Vec<String> = refs.iter().map(|n| format!("[{n}]")).collect();
            row.push(cell.join(" "));
        }
    }
    let lower: Vec<usize> = (0..headers.len())
        .map(|column| widest_word(&headers, &rows, column) + 2)
        .collect();
    if lower.iter().sum::<usize>() + headers.len() + 1 > usize::from(width) {
        // Too many columns to fit side by side without breaking a number: one block per row.
        write_blocks(out, &headers, &rows, usize::from(width))?;
    } else {
        write_table(out, &headers, &rows, &lower, width)?;
    }
    for (number, note) in footnotes.iter().enumerate() {
        writeln!(
            out,
            "{}",
            wrapped(&format!("[{}] ", number + 1), note, usize::from(width))
        )?;
    }
    Ok(())
}

/// Each row as a block of `Header: value` lines, wrapped to `width`, headers aligned.
fn write_blocks(
    out: &mut impl Write,
    headers: &[String],
    rows: &[Vec<String>],
    width: usize,
) -> Result<()> {
    let label_width = headers.iter().map(|h| h.width()).max().unwrap_or(0);
    for (index, row) in rows.iter().enumerate() {
        let rule = format!("── {} ", index + 1);
        writeln!(
            out,
            "{rule}{}",
            "─".repeat(width.saturating_sub(rule.width()).min(40))
        )?;
        for (header, cell) in headers.iter().zip(row) {
            if cell.trim().is_empty() {
                continue;
            }
            let label = format!("{header}:{} ", " ".repeat(label_width - header.width()));
            writeln!(out, "{}", wrapped(&label, cell, width))?;
        }
    }
    Ok(())
}

/// A table fitted to `width`, no column narrower than `lower` (its widest unbreakable word and padding).
fn write_table(
    out: &mut impl Write,
    headers: &[String],
    rows: &[Vec<String>],
    lower: &[usize],
    width: u16,
) -> Result<()> {
    let mut table = Table::new();
    table
        .load_style(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_width(width)
        .set_header(headers);
    for row in rows {
        table.add_row(styled(row));
    }
    // A boundary counts the cell's padding, one space on each side.
    table.set_constraints(
        lower
            .iter()
            .map(|&w| ColumnConstraint::LowerBoundary(Width::Fixed(w as u16))),
    );
    writeln!(out, "{table}")?;
    Ok(())
}

/// Writes `rows` under `headers` in the given text format (`Table`, `Markdown` or `Csv`).
pub fn write_rows(
    out: &mut impl Write,
    format: crate::args::Format,
    headers: &[&str],
    rows: &[Vec<String>],
) -> Result<()> {
    use crate::args::Format;
    match format {
        Format::Table if WIDTH.load(Ordering::Relaxed) > 0 => {
            write_fitted(out, headers, rows, WIDTH.load(Ordering::Relaxed))?;
        }
        Format::Table => {
            // Whole lines: piped, or asked for with `--wide`.
            let mut table = Table::new();
            table
                .load_style(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Disabled)
                .set_header(headers);
            for row in rows {
                table.add_row(styled(row));
            }
            writeln!(out, "{table}")?;
        }
        Format::Markdown => {
            writeln!(out, "| {} |", headers.join(" | "))?;
            writeln!(
                out,
                "|{}|",
                headers.iter().map(|_| "---").collect::<Vec<_>>().join("|")
            )?;
            for row in rows {
                let escaped: Vec<String> = row
                    .iter()
                    .map(|cell| cell.replace('|', "\\|").replace('\n', " "))
                    .collect();
                writeln!(out, "| {} |", escaped.join(" | "))?;
            }
        }
        Format::Csv => {
            let mut writer = csv::Writer::from_writer(Vec::new());
            writer.write_record(headers)?;
            for row in rows {
                writer.write_record(row)?;
            }
            out.write_all(&writer.into_inner().map_err(|e| e.into_error())?)?;
        }
        Format::Json => unreachable!("JSON output is built by each command"),
    }
    Ok(())
}

pub use dyad_measure::format::with_separators;

/// One value of an output row, typed so that each format can write it as its readers expect: a person
/// reads `1,539,046`, `736,346 – 1,580,730` and `-10.3%`; pandas and R read plain numbers, a range as two
/// columns, and a percentage without its sign.
#[derive(Debug, Clone, PartialEq)]
pub enum Field {
    /// Text, written as it is.
    Text(String),
    /// A number, or nothing.
    Number(Option<f64>),
    /// A range of two numbers (an interval), or nothing: two columns in CSV, `<header> low` and
    /// `<header> high`.
    Range(Option<(f64, f64)>),
    /// A percentage, or nothing: `+4.6%` for a person, `4.6` in CSV.
    Percent(Option<f64>),
    /// A ratio, or nothing: `0.73` (`–` when there is none) for a person, `0.73` in CSV.
    Ratio(Option<f64>),
    /// A share of 1, or nothing: `86%` for a person, `86` (percent) in CSV.
    Share(Option<f64>),
}

impl Field {
    /// Text.
    pub fn text(value: impl Into<String>) -> Field {
        Field::Text(value.into())
    }
}

/// A figure's value: its number (so that CSV gets it plain and a person with separators, never `2e+06`),
/// or its text as published when it is approximate or not a number.
pub fn figure_value(value: &dyad_model::Value) -> Field {
    match value.number {
        Some(number) if !value.approximate => Field::Number(Some(number)),
        _ => Field::text(with_separators(&value.text)),
    }
}

/// A number as a person reads it: whole numbers from 100 up, two decimals below, thousands separated.
pub fn shown(value: f64) -> String {
    let rounded = if value.abs() >= 100.0 {
        value.round()
    } else {
        (value * 100.0).round() / 100.0
    };
    with_separators(&dyad_measure::format::format_number(rounded))
}

/// A number as a program reads it: the shortest text that reads back to the same double.
fn plain(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// Writes typed `rows` under `headers`: for a person in `Table` and `Markdown`, plainly in `Csv`.
pub fn write_fields(
    out: &mut impl Write,
    format: crate::args::Format,
    headers: &[&str],
    rows: &[Vec<Field>],
) -> Result<()> {
    use crate::args::Format;
    if format != Format::Csv {
        let text: Vec<Vec<String>> = rows
            .iter()
            .map(|row| {
                row.iter()
                    .map(|field| match field {
                        Field::Text(text) => text.clone(),
                        Field::Number(value) => value.map_or_else(String::new, shown),
                        Field::Range(range) => range.map_or_else(String::new, |(low, high)| {
                            format!("{} – {}", shown(low), shown(high))
                        }),
                        Field::Percent(value) => {
                            value.map_or_else(String::new, |p| format!("{p:+.1}%"))
                        }
                        Field::Ratio(value) => {
                            value.map_or_else(|| "–".to_string(), |v| format!("{v:.2}"))
                        }
                        Field::Share(value) => {
                            value.map_or_else(String::new, |v| format!("{:.0}%", v * 100.0))
                        }
                    })
                    .collect()
            })
            .collect();
        return write_rows(out, format, headers, &text);
    }
    // In CSV a range is two columns; the first row decides which columns are ranges.
    let is_range: Vec<bool> = (0..headers.len())
        .map(|i| {
            rows.iter()
                .any(|row| matches!(row.get(i), Some(Field::Range(_))))
        })
        .collect();
    let mut csv_headers: Vec<String> = Vec::new();
    for (header, range) in headers.iter().zip(&is_range) {
        if *range {
            csv_headers.push(format!("{header} low"));
            csv_headers.push(format!("{header} high"));
        } else {
            csv_headers.push(header.to_string());
        }
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record(&csv_headers)?;
    for row in rows {
        let mut record: Vec<String> = Vec::new();
        for (index, field) in row.iter().enumerate() {
            match field {
                Field::Text(text) => record.push(text.clone()),
                Field::Number(value) | Field::Percent(value) | Field::Ratio(value) => {
                    record.push(value.map_or_else(String::new, plain))
                }
                Field::Share(value) => {
                    record.push(value.map_or_else(String::new, |v| plain(v * 100.0)))
                }
                Field::Range(range) => match range {
                    Some((low, high)) => {
                        record.push(plain(*low));
                        record.push(plain(*high));
                    }
                    None => record.extend([String::new(), String::new()]),
                },
            }
            if is_range[index] && !matches!(field, Field::Range(_)) {
                record.push(String::new());
            }
        }
        writer.write_record(&record)?;
    }
    out.write_all(&writer.into_inner().map_err(|e| e.into_error())?)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::{Field, write_fields};
    use crate::args::Format;

    fn written(format: Format) -> String {
        let rows = vec![
            vec![
                Field::text("2023"),
                Field::Number(Some(1_539_046.0)),
                Field::Range(Some((736_346.0, 1_580_730.4))),
                Field::Percent(Some(-10.3)),
            ],
            vec![
                Field::text("2024"),
                Field::Number(None),
                Field::Range(None),
                Field::Percent(None),
            ],
        ];
        let mut out = Vec::new();
        write_fields(
            &mut out,
            format,
            &["Period", "Projected", "Interval", "% error"],
            &rows,
        )
        .unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn csv_is_plain_numbers_with_a_range_in_two_columns() {
        assert_eq!(
            written(Format::Csv),
            "Period,Projected,Interval low,Interval high,% error\n2023,1539046,736346,1580730.4,-10.3\n2024,,,,\n"
        );
        let markdown = written(Format::Markdown);
        assert!(
            markdown.contains("| 2023 | 1,539,046 | 736,346 – 1,580,730 | -10.3% |"),
            "{markdown}"
        );
    }

    #[test]
    fn separators() {
        assert_eq!(super::with_separators("1987717"), "1,987,717");
        assert_eq!(super::with_separators("-79000"), "-79,000");
        assert_eq!(super::with_separators("752"), "752");
        assert_eq!(super::with_separators("13.389"), "13.389");
        assert_eq!(super::with_separators("1234.5"), "1,234.5");
        assert_eq!(super::with_separators("12a4567"), "12a4567");
        assert_eq!(super::with_separators("~1600"), "~1600");
    }
}
