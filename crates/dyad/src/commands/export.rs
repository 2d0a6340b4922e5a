//! `dyad export observations|events|indicators --format csv|parquet|sqlite`: tidy files with provenance, described by
//! a Frictionless `datapackage.json`, for R, pandas and anything else that reads CSV, Parquet or SQLite.
//!
//! This module is the only user of the `parquet` crate. Parquet files are written without Arrow: each
//! column is an optional UTF-8 string, double or 64-bit integer, which pandas and R's arrow read directly.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, Result, bail};
use dyad_model::{Concordance, Pair, Period};
use dyad_store::{Cell, Filter};

use crate::args::{ExportArgs, ExportFormat, ExportWhat};
use crate::settings::Settings;

/// The type of an exported column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Text,
    Number,
    Integer,
    Date,
}

impl Kind {
    fn frictionless(self) -> &'static str {
        match self {
            Kind::Text => "string",
            Kind::Number => "number",
            Kind::Integer => "integer",
            Kind::Date => "date",
        }
    }

    fn sql(self) -> &'static str {
        match self {
            Kind::Text | Kind::Date => "TEXT",
            Kind::Number => "REAL",
            Kind::Integer => "INTEGER",
        }
    }
}

/// A table to export: named, typed columns and rows.
struct Export {
    name: &'static str,
    columns: Vec<(String, Kind)>,
    rows: Vec<Vec<Cell>>,
}

fn text(value: &str) -> Cell {
    if value.is_empty() {
        Cell::Null
    } else {
        Cell::Text(value.to_string())
    }
}

fn number(value: Option<f64>) -> Cell {
    value.map_or(Cell::Null, Cell::Number)
}

/// Whether a subject is about either country of the pair: its code, or its name in an actor's.
fn about_pair(subject: &str, pair: &Pair) -> bool {
    let concordance = Concordance::bundled();
    [&pair.first, &pair.second].iter().any(|code| {
        let name = concordance
            .by_code(dyad_model::Scheme::Iso3, code)
            .map(|c| c.name.clone())
            .unwrap_or_default();
        subject.contains(code.as_str()) || (!name.is_empty() && subject.contains(&name))
    })
}

fn observations(
    store: &dyad_store::Store,
    args: &ExportArgs,
    pair: Option<&Pair>,
    since: Option<Period>,
) -> Result<Export> {
    let evidence = store.evidence(&Filter {
        indicator: args.indicator.as_deref(),
        ..Filter::default()
    })?;
    let columns: Vec<(String, Kind)> = [
        ("indicator", Kind::Text),
        ("subject", Kind::Text),
        ("period", Kind::Text),
        ("period_start", Kind::Date),
        ("period_end", Kind::Date),
        ("value", Kind::Number),
        ("value_text", Kind::Text),
        ("value_low", Kind::Number),
        ("value_high", Kind::Number),
        ("approximate", Kind::Integer),
        ("unit", Kind::Text),
        ("concept", Kind::Text),
        ("basis", Kind::Text),
        ("agency", Kind::Text),
        ("status", Kind::Text),
        ("note", Kind::Text),
        ("publisher", Kind::Text),
        ("dataset", Kind::Text),
        ("vintage", Kind::Text),
        ("vintage_date", Kind::Date),
        ("url", Kind::Text),
        ("licence", Kind::Text),
        ("locator", Kind::Text),
        ("file_name", Kind::Text),
        ("file_sha256", Kind::Text),
        ("ingested_at", Kind::Text),
    ]
    .into_iter()
    .map(|(name, kind)| (name.to_string(), kind))
    .collect();
    let rows = evidence
        .iter()
        .filter(|e| pair.is_none_or(|p| about_pair(&e.observation.subject, p)))
        .filter(|e| {
            since.is_none_or(|s| e.observation.period.is_some_and(|p| p.end() >= s.start()))
        })
        .map(|e| {
            let (o, p) = (&e.observation, &e.provenance);
            vec![
                text(&o.indicator),
                text(&o.subject),
                o.period
                    .map_or(Cell::Text("undated".into()), |x| Cell::Text(x.to_string())),
                o.period
                    .map_or(Cell::Null, |x| Cell::Text(x.start().to_string())),
                o.period
                    .map_or(Cell::Null, |x| Cell::Text(x.end().to_string())),
                number(o.value.number),
                text(&o.value.text),
                number(o.value.low),
                number(o.value.high),
                Cell::Integer(i64::from(o.value.approximate)),
                text(&o.unit),
                text(&o.concept),
                text(&o.basis),
                text(&o.agency),
                text(o.status.as_str()),
                text(&o.note),
                text(&p.source.publisher),
                text(&p.source.dataset),
                text(&p.source.vintage),
                text(&p.source.vintage_date),
                text(&p.source.url),
                text(&p.source.licence),
                text(&p.locator),
                text(&p.file_name),
                text(&p.file_sha256),
                text(&p.ingested_at),
            ]
        })
        .collect();
    Ok(Export {
        name: "observations",
        columns,
        rows,
    })
}

/// Every indicator's chosen value for every subject and period, with the source and release it came from.
fn indicators(settings: &Settings, args: &ExportArgs, since: Option<Period>) -> Result<Export> {
    let loaded = super::load(settings, args.pair.as_deref().unwrap_or("PAK-AFG"))?;
    let inputs = loaded.inputs();
    let licences: std::collections::BTreeMap<String, String> = loaded
        .evidence
        .iter()
        .map(|e| {
            let s = &e.provenance.source;
            (format!("{}: {}", s.publisher, s.dataset), s.licence.clone())
        })
        .collect();
    let columns: Vec<(String, Kind)> = [
        ("indicator", Kind::Text),
        ("subject", Kind::Text),
        ("period_asked", Kind::Text),
        ("period", Kind::Text),
        ("value", Kind::Number),
        ("value_text", Kind::Text),
        ("unit", Kind::Text),
        ("status", Kind::Text),
        ("agency", Kind::Text),
        ("concept", Kind::Text),
        ("basis", Kind::Text),
        ("publisher", Kind::Text),
        ("source", Kind::Text),
        ("vintage", Kind::Text),
        ("licence", Kind::Text),
        ("locator", Kind::Text),
        ("note", Kind::Text),
        ("alternatives", Kind::Integer),
        ("disagreeing", Kind::Integer),
        ("max_disagreement_pct", Kind::Number),
    ]
    .into_iter()
    .map(|(name, kind)| (name.to_string(), kind))
    .collect();
    let mut rows = Vec::new();
    for indicator in dyad_measure::indicators::all() {
        if let Some(prefix) = args.indicator.as_deref()
            && indicator.name != prefix
            && !(prefix.ends_with('.') && indicator.name.starts_with(prefix))
        {
            continue;
        }
        for subject in (indicator.subjects)(&inputs) {
            for period in (indicator.periods)(&inputs, &subject) {
                if since.is_some_and(|s| period.end() < s.start()) {
                    continue;
                }
                let cell = (indicator.cell)(&inputs, &subject, period);
                if cell.status == "missing" {
                    continue;
                }
                let publisher = cell.source.split(": ").next().unwrap_or_default();
                rows.push(vec![
                    text(indicator.name),
                    text(&subject),
                    text(&period.to_string()),
                    text(&cell.period),
                    number(cell.value),
                    text(&cell.value_text),
                    text(&cell.unit),
                    text(&cell.status),
                    text(&cell.agency),
                    text(&cell.concept),
                    text(&cell.basis),
                    text(publisher),
                    text(&cell.source),
                    text(&cell.vintage),
                    text(licences.get(&cell.source).map_or("", String::as_str)),
                    text(&cell.locator),
                    text(&cell.note),
                    Cell::Integer(cell.alternatives as i64),
                    Cell::Integer(cell.disagreeing as i64),
                    number(cell.max_disagreement_pct),
                ]);
            }
        }
    }
    Ok(Export {
        name: "indicators",
        columns,
        rows,
    })
}

fn events(store: &dyad_store::Store, pair: Option<&Pair>, since: Option<Period>) -> Result<Export> {
    let since_text = since.map(|s| s.start().to_string());
    let (names, rows) = store.event_rows(since_text.as_deref())?;
    let kind_of = |name: &str| match name {
        "date_start" | "date_end" => Kind::Date,
        "latitude" | "longitude" | "fatalities" | "fatalities_low" | "fatalities_high"
        | "goldstein" | "tone" => Kind::Number,
        "quad_class" | "mentions" | "record" | "deleted_later" => Kind::Integer,
        _ => Kind::Text,
    };
    let columns: Vec<(String, Kind)> = names.iter().map(|n| (n.clone(), kind_of(n))).collect();
    let position = |name: &str| names.iter().position(|n| n == name);
    let (actor1, actor2, country) = (
        position("actor1_country"),
        position("actor2_country"),
        position("country"),
    );
    let rows = rows
        .into_iter()
        .filter(|row| {
            let Some(pair) = pair else { return true };
            [actor1, actor2, country].into_iter().flatten().any(|i| matches!(&row[i], Cell::Text(code) if *code == pair.first || *code == pair.second))
        })
        .collect();
    Ok(Export {
        name: "events",
        columns,
        rows,
    })
}

fn write_csv(export: &Export, path: &Path) -> Result<()> {
    let mut writer =
        csv::Writer::from_path(path).with_context(|| format!("writing `{}`", path.display()))?;
    writer.write_record(export.columns.iter().map(|(name, _)| name.as_str()))?;
    for row in &export.rows {
        writer.write_record(row.iter().map(|cell| match cell {
            Cell::Null => String::new(),
            Cell::Integer(n) => n.to_string(),
            // Shortest text that reads back to the same double: no figure is rounded on the way out.
            Cell::Number(x) => format!("{x:?}"),
            Cell::Text(t) => t.clone(),
        }))?;
    }
    writer
        .flush()
        .with_context(|| format!("writing `{}`", path.display()))?;
    Ok(())
}

fn write_parquet(export: &Export, path: &Path) -> Result<()> {
    use parquet::data_type::{ByteArray, ByteArrayType, DoubleType, Int64Type};
    use parquet::file::properties::WriterProperties;
    use parquet::file::writer::SerializedFileWriter;

    let fields: Vec<String> = export
        .columns
        .iter()
        .map(|(name, kind)| match kind {
            Kind::Text | Kind::Date => format!("OPTIONAL BYTE_ARRAY {name} (UTF8);"),
            Kind::Number => format!("OPTIONAL DOUBLE {name};"),
            Kind::Integer => format!("OPTIONAL INT64 {name};"),
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
                .map(|row| i16::from(!matches!(row[index], Cell::Null)))
                .collect();
            match kind {
                Kind::Text | Kind::Date => {
                    let values: Vec<ByteArray> = chunk
                        .iter()
                        .filter_map(|row| match &row[index] {
                            Cell::Text(t) => Some(ByteArray::from(t.as_str())),
                            Cell::Integer(n) => Some(ByteArray::from(n.to_string().as_str())),
                            Cell::Number(x) => Some(ByteArray::from(format!("{x:?}").as_str())),
                            Cell::Null => None,
                        })
                        .collect();
                    column
                        .typed::<ByteArrayType>()
                        .write_batch(&values, Some(&levels), None)?;
                }
                Kind::Number => {
                    let values: Vec<f64> = chunk
                        .iter()
                        .filter_map(|row| match row[index] {
                            Cell::Number(x) => Some(x),
                            Cell::Integer(n) => Some(n as f64),
                            _ => None,
                        })
                        .collect();
                    let levels: Vec<i16> = chunk
                        .iter()
                        .map(|row| {
                            i16::from(matches!(row[index], Cell::Number(_) | Cell::Integer(_)))
                        })
                        .collect();
                    column
                        .typed::<DoubleType>()
                        .write_batch(&values, Some(&levels), None)?;
                }
                Kind::Integer => {
                    let values: Vec<i64> = chunk
                        .iter()
                        .filter_map(|row| {
                            if let Cell::Integer(n) = row[index] {
                                Some(n)
                            } else {
                                None
                            }
                        })
                        .collect();
                    let levels: Vec<i16> = chunk
                        .iter()
                        .map(|row| i16::from(matches!(row[index], Cell::Integer(_))))
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

fn write_sqlite(export: &Export, path: &Path) -> Result<()> {
    let mut connection = rusqlite::Connection::open(path)
        .with_context(|| format!("writing `{}`", path.display()))?;
    let transaction = connection.transaction()?;
    let columns: Vec<String> = export
        .columns
        .iter()
        .map(|(name, kind)| format!("\"{name}\" {}", kind.sql()))
        .collect();
    transaction.execute_batch(&format!(
        "DROP TABLE IF EXISTS {0}; CREATE TABLE {0} ({1});",
        export.name,
        columns.join(", ")
    ))?;
    {
        let placeholders = vec!["?"; export.columns.len()].join(", ");
        let mut insert = transaction.prepare(&format!(
            "INSERT INTO {} VALUES ({placeholders})",
            export.name
        ))?;
        for row in &export.rows {
            let values: Vec<rusqlite::types::Value> = row
                .iter()
                .map(|cell| match cell {
                    Cell::Null => rusqlite::types::Value::Null,
                    Cell::Integer(n) => rusqlite::types::Value::Integer(*n),
                    Cell::Number(x) => rusqlite::types::Value::Real(*x),
                    Cell::Text(t) => rusqlite::types::Value::Text(t.clone()),
                })
                .collect();
            insert.execute(rusqlite::params_from_iter(values))?;
        }
    }
    transaction.commit()?;
    Ok(())
}

fn datapackage(export: &Export, file_name: &str, format: ExportFormat) -> serde_json::Value {
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
    let licence_column = export
        .columns
        .iter()
        .position(|(name, _)| name == "licence");
    let publisher_column = export
        .columns
        .iter()
        .position(|(name, _)| name == "publisher");
    let mut sources: Vec<(String, String)> = Vec::new();
    if let (Some(l), Some(p)) = (licence_column, publisher_column) {
        for row in &export.rows {
            if let (Cell::Text(publisher), licence) = (&row[p], &row[l]) {
                let licence = if let Cell::Text(t) = licence {
                    t.clone()
                } else {
                    String::new()
                };
                if !sources.iter().any(|(known, _)| known == publisher) {
                    sources.push((publisher.clone(), licence));
                }
            }
        }
    }
    sources.sort();
    resource["sources"] = serde_json::json!(
        sources
            .iter()
            .map(|(publisher, licence)| serde_json::json!({"title": publisher, "licence": licence}))
            .collect::<Vec<_>>()
    );
    serde_json::json!({
        "profile": "tabular-data-package",
        "name": format!("dyad-{}", export.name),
        "title": format!("dyad export: {}", export.name),
        "resources": [resource],
    })
}

pub fn run(settings: &Settings, args: &ExportArgs) -> Result<ExitCode> {
    let pair: Option<Pair> = match &args.pair {
        Some(text) => Some(
            text.parse()
                .with_context(|| format!("reading `--pair {text}`"))?,
        ),
        None => None,
    };
    let since: Option<Period> = match &args.since {
        Some(text) => Some(
            text.parse()
                .with_context(|| format!("reading `--since {text}`"))?,
        ),
        None => None,
    };
    let store = super::open_evidence(settings)?;
    let export = match args.what {
        ExportWhat::Observations => observations(&store, args, pair.as_ref(), since)?,
        ExportWhat::Events => events(&store, pair.as_ref(), since)?,
        ExportWhat::Indicators => indicators(settings, args, since)?,
        ExportWhat::Documents => {
            bail!("the evidence base holds no documents yet\nhint: export observations or events")
        }
    };
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("creating `{}`", args.out.display()))?;
    let extension = match args.format {
        ExportFormat::Csv => "csv",
        ExportFormat::Parquet => "parquet",
        ExportFormat::Sqlite => "sqlite",
    };
    let file_name = format!("{}.{extension}", export.name);
    let path: PathBuf = args.out.join(&file_name);
    match args.format {
        ExportFormat::Csv => write_csv(&export, &path)?,
        ExportFormat::Parquet => write_parquet(&export, &path)?,
        ExportFormat::Sqlite => {
            // A fresh file each time, so that an export is exactly what was asked for.
            let _ = std::fs::remove_file(&path);
            write_sqlite(&export, &path)?;
        }
    }
    let package_path = args.out.join("datapackage.json");
    let package = datapackage(&export, &file_name, args.format);
    std::fs::write(
        &package_path,
        serde_json::to_string_pretty(&package)? + "\n",
    )
    .with_context(|| format!("writing `{}`", package_path.display()))?;
    writeln!(
        std::io::stderr(),
        "{}: {} rows; described in {}",
        path.display(),
        export.rows.len(),
        package_path.display()
    )?;
    Ok(ExitCode::SUCCESS)
}
