//! Builds the export tables of stored observations and events, and writes any export table as a
//! SQLite file of its own.

use std::path::Path;

use dyad_model::table::{ColumnKind, Datum, ExportTable};
use dyad_model::{Pair, Period};

use crate::{ObservationFilter, Store, StoreError};

/// The columns of the observations export.
const OBSERVATION_COLUMNS: [(&str, ColumnKind); 26] = [
    ("indicator", ColumnKind::Text),
    ("subject", ColumnKind::Text),
    ("period", ColumnKind::Text),
    ("period_start", ColumnKind::Date),
    ("period_end", ColumnKind::Date),
    ("value", ColumnKind::Number),
    ("value_text", ColumnKind::Text),
    ("value_low", ColumnKind::Number),
    ("value_high", ColumnKind::Number),
    ("approximate", ColumnKind::Integer),
    ("unit", ColumnKind::Text),
    ("concept", ColumnKind::Text),
    ("basis", ColumnKind::Text),
    ("agency", ColumnKind::Text),
    ("status", ColumnKind::Text),
    ("note", ColumnKind::Text),
    ("publisher", ColumnKind::Text),
    ("dataset", ColumnKind::Text),
    ("vintage", ColumnKind::Text),
    ("vintage_date", ColumnKind::Date),
    ("url", ColumnKind::Text),
    ("licence", ColumnKind::Text),
    ("locator", ColumnKind::Text),
    ("file_name", ColumnKind::Text),
    ("file_sha256", ColumnKind::Text),
    ("ingested_at", ColumnKind::Text),
];

/// The type of each column of the events export, by name.
fn event_column_kind(name: &str) -> ColumnKind {
    match name {
        "date_start" | "date_end" => ColumnKind::Date,
        "latitude" | "longitude" | "fatalities" | "fatalities_low" | "fatalities_high"
        | "goldstein" | "tone" => ColumnKind::Number,
        "quad_class" | "mentions" | "record" | "deleted_later" => ColumnKind::Integer,
        _ => ColumnKind::Text,
    }
}

/// What an export of stored rows keeps.
#[derive(Debug, Clone, Default)]
pub struct ExportFilter<'a> {
    /// An indicator name, or a prefix ending in `.` (observations only).
    pub indicator: Option<&'a str>,
    /// Only rows about either country of this pair.
    pub pair: Option<&'a Pair>,
    /// Only rows about periods (or events) that end on or after this period starts.
    pub since: Option<Period>,
}

impl Store {
    /// Every stored observation that `filter` keeps, with its provenance, one row each.
    pub fn observation_table(&self, filter: &ExportFilter<'_>) -> Result<ExportTable, StoreError> {
        let evidence = self.evidence(&ObservationFilter {
            indicator: filter.indicator,
            ..ObservationFilter::default()
        })?;
        let mut table = ExportTable::new("observations", &OBSERVATION_COLUMNS);
        table.rows = evidence
            .iter()
            .filter(|e| {
                filter
                    .pair
                    .is_none_or(|pair| pair.is_about(&e.observation.subject))
            })
            .filter(|e| {
                filter.since.is_none_or(|since| {
                    e.observation
                        .period
                        .is_some_and(|p| p.end() >= since.start())
                })
            })
            .map(|e| {
                let (o, p) = (&e.observation, &e.provenance);
                vec![
                    Datum::text(&o.indicator),
                    Datum::text(&o.subject),
                    o.period.map_or(Datum::Text("undated".into()), |x| {
                        Datum::Text(x.to_string())
                    }),
                    o.period
                        .map_or(Datum::Null, |x| Datum::Text(x.start().to_string())),
                    o.period
                        .map_or(Datum::Null, |x| Datum::Text(x.end().to_string())),
                    Datum::number(o.value.number),
                    Datum::text(&o.value.text),
                    Datum::number(o.value.low),
                    Datum::number(o.value.high),
                    Datum::Integer(i64::from(o.value.approximate)),
                    Datum::text(&o.unit),
                    Datum::text(&o.concept),
                    Datum::text(&o.basis),
                    Datum::text(&o.agency),
                    Datum::text(o.status.as_str()),
                    Datum::text(&o.note),
                    Datum::text(&p.source.publisher),
                    Datum::text(&p.source.dataset),
                    Datum::text(&p.source.vintage),
                    Datum::text(&p.source.vintage_date),
                    Datum::text(&p.source.url),
                    Datum::text(&p.source.licence),
                    Datum::text(&p.locator),
                    Datum::text(&p.file_name),
                    Datum::text(&p.file_sha256),
                    Datum::text(&p.ingested_at),
                ]
            })
            .collect();
        Ok(table)
    }

    /// Every stored event that `filter` keeps, with its release and file, in the order of the events'
    /// dates. The pair keeps events with either country as an actor's country or as the place.
    pub fn event_table(&self, filter: &ExportFilter<'_>) -> Result<ExportTable, StoreError> {
        let since = filter.since.map(|s| s.start().to_string());
        let sql = "SELECT e.source_id, e.date_start, e.date_end, e.date_precision, e.actor1, e.actor1_country, e.actor1_code,
                          e.actor2, e.actor2_country, e.actor2_code, e.source_type, e.category, e.country, e.admin1, e.admin2,
                          e.location, e.latitude, e.longitude, e.fatalities, e.fatalities_low, e.fatalities_high, e.goldstein,
                          e.quad_class, e.mentions, e.tone, e.description, s.publisher, s.dataset, v.label AS vintage,
                          v.released AS vintage_date, s.licence, e.record, f.name AS file_name, f.sha256 AS file_sha256,
                          f.ingested_at,
                          EXISTS (SELECT 1 FROM event_deletion d WHERE d.source_id = e.source_id) AS deleted_later
                   FROM event e JOIN vintage v ON v.id = e.vintage_id JOIN source s ON s.id = v.source_id
                   JOIN file f ON f.id = e.file_id
                   WHERE ?1 IS NULL OR e.date_end >= ?1
                   ORDER BY e.date_start, e.id";
        let mut statement = self.connection.prepare(sql).map_err(|e| self.sqlite(e))?;
        let columns: Vec<(String, ColumnKind)> = statement
            .column_names()
            .map(|name| (name.to_string(), event_column_kind(name)))
            .collect();
        let n_columns = columns.len();
        let rows = statement
            .query_map([since], |row| {
                (0..n_columns)
                    .map(|i| {
                        Ok(match row.get_ref(i)? {
                            rusqlite::types::ValueRef::Null => Datum::Null,
                            rusqlite::types::ValueRef::Integer(n) => Datum::Integer(n),
                            rusqlite::types::ValueRef::Real(x) => Datum::Number(x),
                            rusqlite::types::ValueRef::Text(t) => {
                                Datum::Text(String::from_utf8_lossy(t).into_owned())
                            }
                            rusqlite::types::ValueRef::Blob(b) => {
                                Datum::Text(format!("{} bytes", b.len()))
                            }
                        })
                    })
                    .collect::<Result<Vec<Datum>, rusqlite::Error>>()
            })
            .map_err(|e| self.sqlite(e))?;
        let mut table = ExportTable {
            name: "events",
            columns,
            rows: Vec::new(),
        };
        let places: Vec<usize> = ["actor1_country", "actor2_country", "country"]
            .into_iter()
            .filter_map(|name| table.column(name))
            .collect();
        for row in rows {
            let row = row.map_err(|e| self.sqlite(e))?;
            let kept = filter.pair.is_none_or(|pair| {
                places.iter().any(|&at| {
                    matches!(&row[at], Datum::Text(code) if *code == pair.first || *code == pair.second)
                })
            });
            if kept {
                table.rows.push(row);
            }
        }
        Ok(table)
    }
}

/// The SQL type of a column.
fn sql_type(kind: ColumnKind) -> &'static str {
    match kind {
        ColumnKind::Text | ColumnKind::Date => "TEXT",
        ColumnKind::Number => "REAL",
        ColumnKind::Integer => "INTEGER",
    }
}

/// Writes `table` into a new SQLite file at `path`, replacing any file there, in one transaction, so
/// that the file holds exactly what was asked for.
pub fn write_sqlite(table: &ExportTable, path: &Path) -> Result<(), StoreError> {
    write_sqlite_tables(std::slice::from_ref(table), path)
}

/// Writes `tables` into a new SQLite file at `path`, one SQL table each, replacing any file there, in one
/// transaction.
pub fn write_sqlite_tables(tables: &[ExportTable], path: &Path) -> Result<(), StoreError> {
    let sqlite = |source| StoreError::from_sqlite(path.display().to_string(), source);
    match std::fs::remove_file(path) {
        Ok(()) => {}
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => {}
        Err(error) => {
            return Err(StoreError::Io {
                path: path.display().to_string(),
                source: error,
            });
        }
    }
    let mut connection = rusqlite::Connection::open(path).map_err(sqlite)?;
    let transaction = connection.transaction().map_err(sqlite)?;
    for table in tables {
        write_table(&transaction, table).map_err(sqlite)?;
    }
    transaction.commit().map_err(sqlite)
}

/// Creates `table` and fills it, inside the export's transaction.
fn write_table(
    transaction: &rusqlite::Transaction<'_>,
    table: &ExportTable,
) -> rusqlite::Result<()> {
    let columns: Vec<String> = table
        .columns
        .iter()
        .map(|(name, kind)| format!("\"{}\" {}", name.replace('"', "\"\""), sql_type(*kind)))
        .collect();
    transaction.execute_batch(&format!(
        "CREATE TABLE \"{}\" ({});",
        table.name,
        columns.join(", ")
    ))?;
    {
        let placeholders = vec!["?"; table.columns.len()].join(", ");
        let mut insert = transaction.prepare(&format!(
            "INSERT INTO \"{}\" VALUES ({placeholders})",
            table.name
        ))?;
        for row in &table.rows {
            let values = row.iter().map(|datum| match datum {
                Datum::Null => rusqlite::types::Value::Null,
                Datum::Integer(n) => rusqlite::types::Value::Integer(*n),
                Datum::Number(x) => rusqlite::types::Value::Real(*x),
                Datum::Text(t) => rusqlite::types::Value::Text(t.clone()),
            });
            insert.execute(rusqlite::params_from_iter(values))?;
        }
    }
    Ok(())
}
