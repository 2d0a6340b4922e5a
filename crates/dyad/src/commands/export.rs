//! `dyad export observations|events|indicators|documents --format csv|parquet|sqlite`: tidy files with provenance,
//! described by a Frictionless `datapackage.json`, for R, pandas and anything else that reads CSV, Parquet or SQLite.
//! Documents export as two tables, `documents` and `passages` (two files, or two tables of one SQLite file).
//!
//! This module is the only user of the `parquet` crate. Parquet files are written without Arrow: each
//! column is an optional UTF-8 string, double or 64-bit integer, which pandas and R's arrow read directly.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use dyad_model::table::{ColumnKind, Datum, ExportTable};
use dyad_model::{Pair, Period};
use dyad_store::{DocumentFilter, ExportFilter};

use crate::args::{ExportArgs, ExportFormat, ExportWhat};
use crate::settings::Settings;

fn write_csv(export: &ExportTable, path: &Path) -> Result<()> {
    let mut writer =
        csv::Writer::from_path(path).with_context(|| format!("writing `{}`", path.display()))?;
    writer.write_record(export.columns.iter().map(|(name, _)| name.as_str()))?;
    for row in &export.rows {
        writer.write_record(row.iter().map(|cell| match cell {
            Datum::Null => String::new(),
            Datum::Integer(n) => n.to_string(),
            // Shortest text that reads back to the same double: no figure is rounded on the way out.
            Datum::Number(x) => format!("{x:?}"),
            Datum::Text(t) => t.clone(),
        }))?;
    }
    writer
        .flush()
        .with_context(|| format!("writing `{}`", path.display()))?;
    Ok(())
}

fn write_parquet(export: &ExportTable, path: &Path) -> Result<()> {
    use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;

    let fields: Vec<String> = export
        .columns
        .iter()
        .map(|(name, kind)| match kind {
            ColumnKind::Text | ColumnKind::Date => format!("OPTIONAL BYTE_ARRAY {name} (UTF8);"),
            ColumnKind::Number => format!("OPTIONAL DOUBLE {name};"),
            ColumnKind::Integer => format!("OPTIONAL INT64 {name};"),
        })
        .collect();
    let schema = Arc::new(parquet::schema::parser::parse_message_type(&format!(
        "message {} {{ {} }}",
        export.name,
        fields.join(" ")
    ))?);
    let file =
        std::fs::File::create(path).with_context(|| format!("writing `{}`", path.display()))?;
    let properties = Arc::new(
        WriterProperties::builder()
            .set_compression(parquet::basic::Compression::SNAPPY)
            .build(),
    );
    let mut writer = SerializedFileWriter::new(file, schema, properties)?;
    // One row group per 100,000 rows keeps memory flat for large exports.
    for chunk in export.rows.chunks(100_000) {
        let mut group = writer.next_row_group()?;
        for (index, (_, kind)) in export.columns.iter().enumerate() {
            let mut column = group.next_column()?.context("a column for every field")?;
            let levels: Vec<i16> = chunk
                .iter()
                .map(|row| i16::from(!matches!(row[index], Datum::Null)))
                .collect();
            match kind {
                ColumnKind::Text | ColumnKind::Date => {
                    let values: Vec<ByteArray> = chunk
                        .iter()
                        .filter_map(|row| match &row[index] {
                            Datum::Text(t) => Some(ByteArray::from(t.as_str())),
                            Datum::Integer(n) => Some(ByteArray::from(n.to_string().as_str())),
                            Datum::Number(x) => Some(ByteArray::from(format!("{x:?}").as_str())),
                            Datum::Null => None,
                        })
                        .collect();
                    column
                        .typed::<ByteArrayType>()
                        .write_batch(&values, Some(&levels), None)?;
                }
                ColumnKind::Number => {
                    let values: Vec<f64> = chunk
                        .iter()
                        .filter_map(|row| match row[index] {
                            Datum::Number(x) => Some(x),
                            Datum::Integer(n) => Some(n as f64),
                            _ => None,
                        })
                        .collect();
                    let levels: Vec<i16> = chunk
                        .iter()
                        .map(|row| {
                            i16::from(matches!(row[index], Datum::Number(_) | Datum::Integer(_)))
                        })
                        .collect();
                    column
                        .typed::<DoubleType>()
                        .write_batch(&values, Some(&levels), None)?;
                }
                ColumnKind::Integer => {
                    let values: Vec<i64> = chunk
                        .iter()
                        .filter_map(|row| {
                            if let Datum::Integer(n) = row[index] {
                                Some(n)
                            } else {
                                None
                            }
                        })
                        .collect();
                    let levels: Vec<i16> = chunk
                        .iter()
                        .map(|row| i16::from(matches!(row[index], Datum::Integer(_))))
                        .collect();
                    column
                        .typed::<Int64Type>()
                        .write_batch(&values, Some(&levels), None)?;
                }
            }
            let _ = levels;
            column.close()?;
        }
        group.close()?;
    }
    writer.close()?;
    Ok(())
}

/// The Frictionless resource that describes `export`, written to `file_name`.
fn resource(export: &ExportTable, file_name: &str, format: ExportFormat) -> serde_json::Value {
    let fields: Vec<serde_json::Value> = export
        .columns
        .iter()
        .map(|(name, kind)| serde_json::json!({"name": name, "type": kind.frictionless()}))
        .collect();
    let (format_name, media_type) = match format {
        ExportFormat::Csv => ("csv", "text/csv"),
        ExportFormat::Parquet => ("parquet", "application/vnd.apache.parquet"),
        ExportFormat::Sqlite => ("sqlite", "application/vnd.sqlite3"),
    };
    let mut resource = serde_json::json!({
        "name": export.name,
        "path": file_name,
        "format": format_name,
        "mediatype": media_type,
        "schema": {"fields": fields},
        "description": format!("{} rows exported by dyad, each with its source, release, file and locator", export.rows.len()),
    });
    if format == ExportFormat::Sqlite {
        resource["dialect"] = serde_json::json!({"table": export.name});
    }
    if format == ExportFormat::Csv {
        resource["encoding"] = serde_json::json!("utf-8");
    }
    // Every source's licence, as the rows carry it, so that attribution travels with the data.
    let sources = export.publishers_and_licences();
    resource["sources"] = serde_json::json!(
        sources
            .iter()
            .map(|(publisher, licence)| serde_json::json!({"title": publisher, "licence": licence}))
            .collect::<Vec<_>>()
    );
    resource
}

/// The data package of one export, named after `name`, with a resource per table.
fn datapackage(name: &str, resources: Vec<serde_json::Value>) -> serde_json::Value {
    serde_json::json!({
        "profile": "tabular-data-package",
        "name": format!("dyad-{name}"),
        "title": format!("dyad export: {name}"),
        "resources": resources,
    })
}

pub fn run(settings: &Settings, args: &ExportArgs) -> Result<ExitCode> {
    let pair = args.pair.as_ref();
    let since: Option<Period> = match &args.since {
        Some(text) => Some(
            text.parse()
                .with_context(|| format!("reading `--since {text}`"))?,
        ),
        None => None,
    };
    let filter = ExportFilter {
        indicator: args.indicator.as_deref(),
        pair,
        since,
    };
    if args.what == ExportWhat::Qdpx {
        return qdpx(settings, args);
    }
    if let Some(file) = &args.file {
        bail!(
            "`{}` names a file, but only `qdpx` exports to one\nhint: the tables go into the folder `--out` names",
            file.display()
        );
    }
    if args.what == ExportWhat::Documents {
        for (flag, given) in [
            ("--pair", args.pair.is_some()),
            ("--indicator", args.indicator.is_some()),
        ] {
            if given {
                bail!(
                    "`{flag}` does not apply to documents\nhint: export documents with `--since` only"
                );
            }
        }
    }
    let tables: Vec<ExportTable> = match args.what {
        ExportWhat::Observations => {
            vec![super::open_evidence(settings)?.observation_table(&filter)?]
        }
        ExportWhat::Events => vec![super::open_evidence(settings)?.event_table(&filter)?],
        ExportWhat::Indicators => {
            let default_pair: Pair = "PAK-AFG".parse()?;
            let loaded = super::load(settings, pair.unwrap_or(&default_pair))?;
            vec![dyad_measure::export::indicator_table(
                &loaded.inputs(),
                args.indicator.as_deref(),
                since,
            )]
        }
        ExportWhat::Codes => vec![super::open_evidence(settings)?.code_table(&Default::default())?],
        ExportWhat::Qdpx => unreachable!("written above"),
        ExportWhat::Documents => {
            let store = super::open_evidence(settings)?;
            let since_day = since.map(|period| period.start().to_string());
            let document_filter = DocumentFilter {
                kind: None,
                since: since_day.as_deref(),
            };
            vec![
                store.document_table(&document_filter)?,
                store.passage_table(&document_filter)?,
            ]
        }
    };
    let package_name = tables.first().map_or("export", |table| table.name);
    // An export that matched nothing is said, with exit code 1 as a search that found nothing, and leaves
    // no empty file behind.
    if tables.iter().all(|table| table.rows.is_empty()) {
        writeln!(
            std::io::stderr(),
            "nothing matched: the {package_name} export has no row{}{}{}\nhint: `dyad indicators` lists the indicators, `dyad sources` what the evidence base holds",
            args.indicator
                .as_deref()
                .map(|i| format!(" for `--indicator {i}`"))
                .unwrap_or_default(),
            args.pair
                .as_ref()
                .map(|p| format!(" for `--pair {p}`"))
                .unwrap_or_default(),
            args.since
                .as_deref()
                .map(|s| format!(" since `{s}`"))
                .unwrap_or_default(),
        )?;
        return Ok(ExitCode::from(1));
    }
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("creating `{}`", args.out.display()))?;
    let extension = match args.format {
        ExportFormat::Csv => "csv",
        ExportFormat::Parquet => "parquet",
        ExportFormat::Sqlite => "sqlite",
    };
    let mut resources = Vec::new();
    let mut written = Vec::new();
    if args.format == ExportFormat::Sqlite {
        // One SQLite file holds every table of the export, so that they can be joined in place.
        let file_name = format!("{package_name}.{extension}");
        let path: PathBuf = args.out.join(&file_name);
        dyad_store::write_sqlite_tables(&tables, &path)?;
        for table in &tables {
            resources.push(resource(table, &file_name, args.format));
            written.push((path.clone(), table));
        }
    } else {
        for table in &tables {
            let file_name = format!("{}.{extension}", table.name);
            let path: PathBuf = args.out.join(&file_name);
            match args.format {
                ExportFormat::Csv => write_csv(table, &path)?,
                ExportFormat::Parquet => write_parquet(table, &path)?,
                ExportFormat::Sqlite => unreachable!("written above"),
            }
            resources.push(resource(table, &file_name, args.format));
            written.push((path, table));
        }
    }
    let package_path = args.out.join("datapackage.json");
    let package = datapackage(package_name, resources);
    std::fs::write(
        &package_path,
        serde_json::to_string_pretty(&package)? + "\n",
    )
    .with_context(|| format!("writing `{}`", package_path.display()))?;
    for (path, table) in written {
        let what = if tables.len() > 1 {
            format!(" ({})", table.name)
        } else {
            String::new()
        };
        writeln!(
            std::io::stderr(),
            "{}{what}: {} rows; described in {}",
            path.display(),
            table.rows.len(),
            package_path.display()
        )?;
    }
    Ok(ExitCode::SUCCESS)
}

/// `dyad export qdpx FILE`: a REFI-QDA project of the stored documents, the bundled codebook (with any
/// code people applied beyond it) and every stored code, each document's text in `sources/GUID.txt`.
fn qdpx(settings: &Settings, args: &ExportArgs) -> Result<ExitCode> {
    use std::io::Write as _;

    let Some(file) = &args.file else {
        bail!("`dyad export qdpx` needs the file to write\nhint: `dyad export qdpx project.qdpx`");
    };
    for (flag, given) in [
        ("--pair", args.pair.is_some()),
        ("--indicator", args.indicator.is_some()),
        ("--since", args.since.is_some()),
    ] {
        if given {
            bail!(
                "`{flag}` does not apply to a QDA project\nhint: `dyad export qdpx FILE` writes every document and code"
            );
        }
    }
    let store = super::open_evidence(settings)?;
    let codebook = dyad_text::codebook::Codebook::bundled();
    let codes = store.codes(&Default::default())?;
    let mut documents = Vec::new();
    for summary in store.documents(&Default::default())? {
        if let Some(document) = store.document(summary.id)? {
            documents.push(document);
        }
    }
    let sources: Vec<dyad_text::refi::ProjectSource<'_>> = documents
        .iter()
        .map(|document| {
            let summary = &document.summary;
            let mut description = format!("{} ({})", summary.title, summary.kind.as_str());
            for (label, value) in [
                ("date", &summary.date),
                ("publisher", &summary.publisher),
                ("url", &summary.url),
                ("licence", &summary.licence),
                ("sha256", &summary.sha256),
            ] {
                if !value.is_empty() {
                    description.push_str(&format!("\n{label}: {value}"));
                }
            }
            dyad_text::refi::ProjectSource {
                sha256: &summary.sha256,
                name: &summary.title,
                description,
                selections: codes
                    .iter()
                    .filter(|stored| stored.key.document == summary.id)
                    .map(|stored| dyad_text::refi::Selection {
                        start: stored.code.locator.start,
                        end: stored.code.locator.end,
                        code: stored.code.name.clone(),
                        coder: stored.code.coder.label(),
                    })
                    .collect(),
            }
        })
        .collect();
    let created = chrono::Utc::now().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let origin = format!("dyad {}", env!("CARGO_PKG_VERSION"));
    let project = dyad_text::refi::project_qde(&codebook, &sources, &origin, &created);
    let out =
        std::fs::File::create(file).with_context(|| format!("writing `{}`", file.display()))?;
    let mut zip = zip::ZipWriter::new(out);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("project.qde", options)?;
    zip.write_all(project.as_bytes())?;
    for (document, source) in documents.iter().zip(&sources) {
        zip.start_file(format!("sources/{}.txt", source.guid()), options)?;
        zip.write_all(document.text.as_bytes())?;
    }
    zip.finish()
        .with_context(|| format!("writing `{}`", file.display()))?;
    writeln!(
        std::io::stderr().lock(),
        "{}: a REFI-QDA project of {} documents and {} codes",
        file.display(),
        documents.len(),
        codes.len()
    )?;
    Ok(ExitCode::SUCCESS)
}
