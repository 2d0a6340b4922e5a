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

#[cfg(test)]
mod tests {
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
