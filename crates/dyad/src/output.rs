//! Prints rows as aligned text, Markdown or CSV. Data goes to stdout; messages go to stderr.

use std::io::Write;

use anyhow::Result;
use comfy_table::{ContentArrangement, Table, presets};

/// Writes `rows` under `headers` in the given text format (`Table`, `Markdown` or `Csv`).
pub fn write_rows(
    out: &mut impl Write,
    format: crate::args::Format,
    headers: &[&str],
    rows: &[Vec<String>],
) -> Result<()> {
    use crate::args::Format;
    match format {
        Format::Table => {
            let mut table = Table::new();
            table
                .load_style(presets::UTF8_FULL_CONDENSED)
                .set_content_arrangement(ContentArrangement::Dynamic)
                .set_header(headers);
            for row in rows {
                table.add_row(row);
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
