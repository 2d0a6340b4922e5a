//! `dyad tables`: prints the study's five result tables for a year.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::args::{Format, TablesArgs};
use crate::output::{with_separators, write_rows};
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &TablesArgs) -> Result<ExitCode> {
    let loaded = super::load(settings, &args.pair)?;
    let pair = &loaded.pair;
    let tables = dyad_measure::build_tables(&loaded.inputs(), args.year);
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            let document = dyad_measure::tables::tables_document(pair, args.year, &tables);
            serde_json::to_writer_pretty(&mut out, &document)?;
            writeln!(out)?;
        }
        Format::Csv => {
            let headers = [
                "table",
                "row",
                "column",
                "value",
                "unit",
                "status",
                "source",
                "vintage",
                "period",
                "agency",
                "concept",
                "basis",
                "locator",
                "note",
                "alternatives",
                "disagreeing",
            ];
            let rows: Vec<Vec<String>> = tables
                .iter()
                .flat_map(|t| &t.cells)
                .map(|c| {
                    vec![
                        c.table.to_string(),
                        c.row.clone(),
                        c.column.clone(),
                        c.value_text.clone(),
                        c.unit.clone(),
                        c.status.to_string(),
                        c.source.clone(),
                        c.vintage.clone(),
                        c.period.clone(),
                        c.agency.clone(),
                        c.concept.clone(),
                        c.basis.clone(),
                        c.locator.clone(),
                        c.note.clone(),
                        c.alternatives.to_string(),
                        c.disagreeing.to_string(),
                    ]
                })
                .collect();
            write_rows(&mut out, Format::Csv, &headers, &rows)?;
        }
        Format::Table | Format::Markdown => {
            for (index, table) in tables.iter().enumerate() {
                let heading = format!("Table {}. {}", index + 1, table.title);
                if args.format == Format::Markdown {
                    writeln!(out, "## {heading}\n")?;
                } else {
                    writeln!(out, "{heading}")?;
                }
                let rows: Vec<Vec<String>> = table
                    .cells
                    .iter()
                    .map(|c| {
                        let value = if c.value_text.is_empty() {
                            "—".to_string()
                        } else {
                            format!("{} {}", with_separators(&c.value_text), c.unit)
                        };
                        let agency = if c.agency.is_empty() {
                            String::new()
                        } else {
                            format!(" [{}; {}]", c.agency, c.basis)
                        };
                        let source = if c.source.is_empty() {
                            String::new()
                        } else {
                            format!("{} ({}){agency}", c.source, c.vintage)
                        };
                        vec![
                            c.row.clone(),
                            c.column.clone(),
                            value,
                            c.period.clone(),
                            c.status.to_string(),
                            source,
                            c.note.clone(),
                        ]
                    })
                    .collect();
                write_rows(
                    &mut out,
                    args.format,
                    &[
                        "Row",
                        "Column",
                        "Value",
                        "Period",
                        "Status",
                        "Source (vintage)",
                        "Note",
                    ],
                    &rows,
                )?;
                writeln!(out)?;
            }
        }
    }
    Ok(ExitCode::SUCCESS)
}
