//! Is the evidence base: a SQLite file of sources, vintages, ingested files and observations.
//!
//! The store is the only crate that speaks SQL. It opens the file in WAL mode, applies the versioned
//! migrations in [`migrations`], loads each ingested file in one transaction, and answers the queries
//! the measures and commands need. It knows no file format: parsers hand it model values.
//!
//! Guarantees:
//! - An ingest either stores every figure of a file or none: a failure rolls the transaction back.
//! - A file is identified by the SHA-256 of its bytes. The same bytes twice is a no-op that says so.
//! - A newer vintage adds rows and never deletes or updates older ones. No statement here updates or
//!   deletes an observation.

pub mod migrations;

use std::path::Path;

use chrono::NaiveDate;
use dyad_ingest::Parsed;
use dyad_model::{
    Actor, Event, EventCategory, EventEvidence, EventMeasures, EventMonth, Evidence, Observation,
    Period, Provenance, SourceRef, Status, Value,
};
use rusqlite::{Connection, OptionalExtension, Transaction, params};

/// The provenance columns of a query, in the order `publisher, dataset, url, licence, vintage label,
/// released, file sha256, file name, ingested_at`, starting at column `at`.
fn provenance_at(
    row: &rusqlite::Row<'_>,
    at: usize,
    locator: String,
) -> rusqlite::Result<Provenance> {
    Ok(Provenance {
        source: SourceRef {
            publisher: row.get(at)?,
            dataset: row.get(at + 1)?,
            url: row.get(at + 2)?,
            licence: row.get(at + 3)?,
            vintage: row.get(at + 4)?,
            vintage_date: row.get(at + 5)?,
        },
        locator,
        file_sha256: row.get(at + 6)?,
        file_name: row.get(at + 7)?,
        ingested_at: row.get(at + 8)?,
    })
}

/// Every table that holds evidence, for counts and before/after comparisons.
pub const TABLES: [&str; 10] = [
    "file",
    "source",
    "vintage",
    "observation",
    "quarantine",
    "event",
    "event_deletion",
    "event_month",
    "event_mention",
    "event_conflict",
];

/// An error of the evidence base.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// SQLite failed.
    #[error("evidence base `{path}`: {source}")]
    Sqlite {
        /// The database file.
        path: String,
        /// What SQLite said.
        source: rusqlite::Error,
    },
    /// The file was written by a newer dyad.
    #[error(
        "evidence base `{path}` has schema version {found}, newer than this dyad knows ({known})"
    )]
    TooNew {
        /// The database file.
        path: String,
        /// The version in the file.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// A stored value could not be read back.
    #[error("evidence base `{path}`: observation {id}: {message}")]
    Corrupt {
        /// The database file.
        path: String,
        /// The observation's row id.
        id: i64,
        /// What is wrong.
        message: String,
    },
    /// An ingest was driven out of order by its caller, and was rolled back.
    #[error("evidence base `{path}`: the ingest of file {file_id} was rolled back: {message}")]
    OutOfOrder {
        /// The database file.
        path: String,
        /// The id the file would have had.
        file_id: i64,
        /// What was out of order.
        message: String,
    },
}

/// How many rows of each kind an ingest stored.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Counts {
    /// Rows read from the file.
    pub n_rows: u64,
    /// Rows left out by a filter.
    pub n_filtered: u64,
    /// Figures that were new to the evidence base.
    pub n_figures_new: usize,
    /// Figures identical to one already stored (same figure, source and vintage).
    pub n_figures_known: usize,
    /// Events that were new.
    pub n_events_new: usize,
    /// Events already stored for the same release.
    pub n_events_known: usize,
    /// Of those, the events whose copy here differs from the stored one: the release keeps the stored
    /// copy, and this file's is kept in `event_conflict`.
    pub n_events_differing: usize,
    /// Deletion notices stored.
    pub n_deletions: usize,
    /// Monthly aggregates stored.
    pub n_aggregates: usize,
    /// Mentions stored.
    pub n_mentions: usize,
    /// Rows quarantined.
    pub n_quarantined: usize,
}

/// What an ingest did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestOutcome {
    /// The file was stored.
    Stored(Counts),
    /// The same bytes were ingested before; nothing changed.
    AlreadyIngested {
        /// The name the file had then.
        name: String,
        /// When it was ingested.
        ingested_at: String,
    },
}

/// A source with its vintages, for `dyad sources`.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceSummary {
    /// The publisher.
    pub publisher: String,
    /// The dataset.
    pub dataset: String,
    /// The licence.
    pub licence: String,
    /// Its vintages, oldest first.
    pub vintages: Vec<VintageSummary>,
}

/// One vintage of a source and what it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VintageSummary {
    /// The release's label.
    pub label: String,
    /// Its release date, `YYYY-MM-DD`, or empty when unknown.
    pub released: String,
    /// Observations stored under it.
    pub n_observations: u64,
    /// Events stored under it.
    pub n_events: u64,
    /// Copies of its events that differ from the stored ones, kept in `event_conflict`.
    pub n_differing_copies: u64,
}

/// Which observations to read.
#[derive(Debug, Clone, Default)]
pub struct Filter<'a> {
    /// An indicator name, or a prefix ending in `.` (`trade.`).
    pub indicator: Option<&'a str>,
    /// A subject.
    pub subject: Option<&'a str>,
    /// Only observations whose period overlaps this one.
    pub overlapping: Option<Period>,
}

/// One value of an exported row.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// No value.
    Null,
    /// A whole number.
    Integer(i64),
    /// A number.
    Number(f64),
    /// Text.
    Text(String),
}

/// The evidence base.
pub struct Store {
    connection: Connection,
    path: String,
}

impl Store {
    /// Opens (or creates) the evidence base at `path`, in WAL mode, migrated to the newest schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let path_text = path.display().to_string();
        let sqlite = |source| StoreError::Sqlite {
            path: path_text.clone(),
            source,
        };
        let connection = Connection::open(path).map_err(sqlite)?;
        // Large pages make bulk event ingests cheaper: fewer B-tree pages to split, and fewer, larger frames
        // to log and then copy into the database at the checkpoint. 64 KiB against 16 KiB took a 1 M-event
        // ACLED ingest from 3.62 s to 3.13 s, and changed neither `dyad tables` nor `dyad report`. It only
        // takes effect on a new, empty file, before it turns to WAL.
        connection
            .pragma_update(None, "page_size", 65_536)
            .map_err(sqlite)?;
        connection
            .pragma_update(None, "journal_mode", "WAL")
            .map_err(sqlite)?;
        connection
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(sqlite)?;
        connection
            .pragma_update(None, "foreign_keys", "ON")
            .map_err(sqlite)?;
        // A large ingest is one transaction; with SQLite's default 2 MB page cache its pages spill to the
        // write-ahead log and are read back again and again. 96 MB keeps most of a large file's pages in
        // memory until it commits, and bounds what the cache can take of a run's memory.
        connection
            .pragma_update(None, "cache_size", -98_304)
            .map_err(sqlite)?;
        connection
            .busy_timeout(std::time::Duration::from_secs(10))
            .map_err(sqlite)?;
        let mut store = Store {
            connection,
            path: path_text,
        };
        migrations::migrate(&mut store.connection, &store.path)?;
        Ok(store)
    }

    fn sqlite(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.connection
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|e| self.sqlite(e))
    }

    /// Whether a file with these bytes was ingested.
    pub fn has_file(&self, sha256: &str) -> Result<bool, StoreError> {
        self.connection
            .query_row("SELECT 1 FROM file WHERE sha256 = ?1", [sha256], |_| Ok(()))
            .optional()
            .map(|found| found.is_some())
            .map_err(|e| self.sqlite(e))
    }

    /// Whether any file of exactly this many bytes was ingested: when none was, a file of that size is
    /// new whatever its bytes, and can be stored before its hash is known ([`Ingest::name_bytes`]).
    pub fn has_file_of_size(&self, size: u64) -> Result<bool, StoreError> {
        self.connection
            .query_row("SELECT 1 FROM file WHERE size = ?1", [size as i64], |_| {
                Ok(())
            })
            .optional()
            .map(|found| found.is_some())
            .map_err(|e| self.sqlite(e))
    }

    /// Stores one file, whose parse is whole, in one transaction.
    pub fn ingest(
        &mut self,
        file: &FileHeader<'_>,
        parsed: &Parsed,
    ) -> Result<IngestOutcome, StoreError> {
        match self.begin(file, parsed.source.as_ref())? {
            Begun::AlreadyIngested(outcome) => Ok(outcome),
            Begun::Open(ingest) => ingest.finish(parsed),
        }
    }

    /// Opens the transaction of one file's ingest, for storing its events in batches as they are read
    /// ([`Ingest::add_events`]) and the rest at the end ([`Ingest::finish`]). Nothing is visible to
    /// others until the end, and dropping the [`Ingest`] unfinished rolls everything back.
    ///
    /// `events_source` is the source the events will be stored under. Its release may be provisional
    /// (a parser can only name some releases after the last row): `finish` renames it to the one the
    /// parser returns, or, when that release is already stored, moves this file's events into it, where
    /// an event already stored for the release is counted as known, as [`Store::ingest`] counts it.
    ///
    /// The same bytes ingested before give [`Begun::AlreadyIngested`], and nothing is written.
    pub fn begin(
        &mut self,
        file: &FileHeader<'_>,
        events_source: Option<&SourceRef>,
    ) -> Result<Begun<'_>, StoreError> {
        let path = self.path.clone();
        let sqlite = |source| StoreError::Sqlite {
            path: path.clone(),
            source,
        };
        let transaction = self.connection.transaction().map_err(sqlite)?;
        let previous: Option<(String, String)> = transaction
            .query_row(
                "SELECT name, ingested_at FROM file WHERE sha256 = ?1",
                [file.sha256],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .optional()
            .map_err(sqlite)?;
        if let Some((name, ingested_at)) = previous {
            return Ok(Begun::AlreadyIngested(IngestOutcome::AlreadyIngested {
                name,
                ingested_at,
            }));
        }
        let opened = (|| {
            transaction.execute(
                "INSERT INTO file (sha256, name, size, format, ingested_at, n_records, n_new, n_quarantined)
                 VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'), 0, 0, 0)",
                params![file.sha256, file.name, file.size as i64, file.format],
            )?;
            let file_id = transaction.last_insert_rowid();
            let mut vintages = Vintages { last: None };
            let events_vintage = events_source
                .map(|source| Ok::<_, rusqlite::Error>((source.clone(), vintages.id(&transaction, source)?)))
                .transpose()?;
            Ok((file_id, vintages, events_vintage))
        })()
        .map_err(sqlite)?;
        let (file_id, vintages, events_vintage) = opened;
        Ok(Begun::Open(Ingest {
            transaction,
            path,
            file_id,
            vintages,
            events_vintage,
            n_events_offered: 0,
            counts: Counts::default(),
        }))
    }

    /// Reads the observations that match `filter`, with their provenance, in a stable order.
    pub fn evidence(&self, filter: &Filter<'_>) -> Result<Vec<Evidence>, StoreError> {
        let mut sql = String::from(
            "SELECT o.id, o.indicator, o.subject, o.period, o.value, o.value_low, o.value_high, o.value_text,
                    o.approximate, o.unit, o.concept, o.basis, o.agency, o.status, o.note, o.locator,
                    s.publisher, s.dataset, s.url, s.licence, v.label, v.released, f.sha256, f.name, f.ingested_at
             FROM observation o
             JOIN vintage v ON v.id = o.vintage_id
             JOIN source s ON s.id = v.source_id
             JOIN file f ON f.id = o.file_id
             WHERE 1 = 1",
        );
        let mut values: Vec<String> = Vec::new();
        if let Some(indicator) = filter.indicator {
            if let Some(prefix) = indicator.strip_suffix('.') {
                sql.push_str(" AND (o.indicator = ? OR substr(o.indicator, 1, length(?)) = ?)");
                let with_dot = format!("{prefix}.");
                values.extend([prefix.to_string(), with_dot.clone(), with_dot]);
            } else {
                sql.push_str(" AND o.indicator = ?");
                values.push(indicator.to_string());
            }
        }
        if let Some(subject) = filter.subject {
            sql.push_str(" AND o.subject = ?");
            values.push(subject.to_string());
        }
        if let Some(period) = filter.overlapping {
            sql.push_str(" AND o.period_start <= ? AND o.period_end >= ?");
            values.push(period.end().to_string());
            values.push(period.start().to_string());
        }
        sql.push_str(" ORDER BY o.indicator, o.subject, o.period_start, o.period_end, v.released, v.label, o.id");
        let mut statement = self.connection.prepare(&sql).map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map(rusqlite::params_from_iter(values.iter()), |row| {
                Ok((
                    row.get::<_, i64>(0)?,
                    row.get::<_, Option<String>>(3)?,
                    row.get::<_, String>(13)?,
                    Evidence {
                        observation: Observation {
                            indicator: row.get(1)?,
                            subject: row.get(2)?,
                            period: None,
                            value: Value {
                                number: row.get(4)?,
                                low: row.get(5)?,
                                high: row.get(6)?,
                                text: row.get(7)?,
                                approximate: row.get(8)?,
                            },
                            unit: row.get(9)?,
                            concept: row.get(10)?,
                            basis: row.get(11)?,
                            agency: row.get(12)?,
                            status: Status::Observed,
                            note: row.get(14)?,
                        },
                        provenance: provenance_at(row, 16, row.get(15)?)?,
                    },
                ))
            })
            .map_err(|e| self.sqlite(e))?;
        let mut evidence = Vec::new();
        for row in rows {
            let (id, period, status, mut item) = row.map_err(|e| self.sqlite(e))?;
            let corrupt = |message: String| StoreError::Corrupt {
                path: self.path.clone(),
                id,
                message,
            };
            item.observation.period = match period {
                Some(text) => Some(
                    text.parse()
                        .map_err(|e: dyad_model::PeriodError| corrupt(e.to_string()))?,
                ),
                None => None,
            };
            item.observation.status = status.parse().map_err(corrupt)?;
            evidence.push(item);
        }
        Ok(evidence)
    }

    /// Every stored event with its release and file, for export: the column names and the rows, in the
    /// order of the events' dates. `since`, a date `YYYY-MM-DD`, keeps events that end on or after it.
    pub fn event_rows(
        &self,
        since: Option<&str>,
    ) -> Result<(Vec<String>, Vec<Vec<Cell>>), StoreError> {
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
        let columns: Vec<String> = statement.column_names().map(str::to_string).collect();
        let n_columns = columns.len();
        let rows = statement
            .query_map([since], |row| {
                (0..n_columns)
                    .map(|i| {
                        Ok(match row.get_ref(i)? {
                            rusqlite::types::ValueRef::Null => Cell::Null,
                            rusqlite::types::ValueRef::Integer(n) => Cell::Integer(n),
                            rusqlite::types::ValueRef::Real(x) => Cell::Number(x),
                            rusqlite::types::ValueRef::Text(t) => {
                                Cell::Text(String::from_utf8_lossy(t).into_owned())
                            }
                            rusqlite::types::ValueRef::Blob(b) => {
                                Cell::Text(format!("{} bytes", b.len()))
                            }
                        })
                    })
                    .collect::<Result<Vec<Cell>, rusqlite::Error>>()
            })
            .map_err(|e| self.sqlite(e))?;
        let rows = rows
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.sqlite(e))?;
        Ok((columns, rows))
    }

    /// Every stored event, in every release, with its provenance and whether a later deletions file
    /// names it. Measures choose among releases; the store keeps them all.
    pub fn events(&self) -> Result<Vec<EventEvidence>, StoreError> {
        let sql = "SELECT e.id, e.source_id, e.date_start, e.date_end, e.date_precision, e.actor1, e.actor1_country,
                          e.actor1_code, e.actor2, e.actor2_country, e.actor2_code, e.source_type, e.category, e.country,
                          e.admin1, e.admin2, e.location, e.latitude, e.longitude, e.fatalities, e.fatalities_low,
                          e.fatalities_high, e.goldstein, e.quad_class, e.mentions, e.tone, e.description, e.record,
                          s.publisher, s.dataset, s.url, s.licence, v.label, v.released, f.sha256, f.name,
                          f.ingested_at,
                          EXISTS (SELECT 1 FROM event_deletion d WHERE d.source_id = e.source_id)
                   FROM event e JOIN vintage v ON v.id = e.vintage_id JOIN source s ON s.id = v.source_id
                   JOIN file f ON f.id = e.file_id";
        let mut statement = self.connection.prepare(sql).map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map([], |row| {
                let text = |i: usize| row.get::<_, String>(i);
                let actor = |i: usize| -> rusqlite::Result<Actor> {
                    Ok(Actor {
                        name: text(i)?,
                        country: text(i + 1)?,
                        code: text(i + 2)?,
                    })
                };
                Ok((
                    row.get::<_, i64>(0)?,
                    [text(2)?, text(3)?, text(12)?],
                    row.get::<_, Option<i64>>(23)?,
                    EventEvidence {
                        event: Event {
                            source_id: text(1)?,
                            date_start: NaiveDate::MIN,
                            date_end: NaiveDate::MIN,
                            date_precision: text(4)?,
                            actor1: actor(5)?,
                            actor2: actor(8)?,
                            source_type: text(11)?,
                            category: EventCategory::Other,
                            country: text(13)?,
                            admin1: text(14)?,
                            admin2: text(15)?,
                            location: text(16)?,
                            latitude: row.get(17)?,
                            longitude: row.get(18)?,
                            fatalities: row.get(19)?,
                            fatalities_low: row.get(20)?,
                            fatalities_high: row.get(21)?,
                            description: text(26)?,
                            measures: EventMeasures {
                                goldstein: row.get(22)?,
                                quad_class: None,
                                mentions: row.get(24)?,
                                tone: row.get(25)?,
                            },
                        },
                        provenance: provenance_at(
                            row,
                            28,
                            format!("record {}", row.get::<_, i64>(27)?),
                        )?,
                        deleted_later: row.get(37)?,
                    },
                ))
            })
            .map_err(|e| self.sqlite(e))?;
        let mut events = Vec::new();
        for row in rows {
            let (id, [start, end, category], quad_class, mut item) =
                row.map_err(|e| self.sqlite(e))?;
            let corrupt = |message: String| StoreError::Corrupt {
                path: self.path.clone(),
                id,
                message,
            };
            let date = |text: &str| {
                NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    .map_err(|e| corrupt(format!("event date `{text}`: {e}")))
            };
            item.event.date_start = date(&start)?;
            item.event.date_end = date(&end)?;
            item.event.category = EventCategory::from_name(&category)
                .ok_or_else(|| corrupt(format!("unknown event category `{category}`")))?;
            item.event.measures.quad_class = match quad_class {
                None => None,
                Some(q) => Some(
                    u8::try_from(q).map_err(|_| corrupt(format!("QuadClass {q} out of range")))?,
                ),
            };
            events.push((item.event.date_start, id, item));
        }
        // By date, then in the order stored. Sorted here rather than by SQLite, whose sorter compares the
        // dates as text and spills hundreds of thousands of wide rows to a temporary file.
        events.sort_unstable_by_key(|(date, id, _)| (*date, *id));
        Ok(events.into_iter().map(|(_, _, item)| item).collect())
    }

    /// Every stored monthly event aggregate, with its provenance.
    pub fn event_months(&self) -> Result<Vec<EventMonth>, StoreError> {
        let sql = "SELECT m.id, m.subject, m.month, m.n_events, m.n_quad_1, m.n_quad_2, m.n_quad_3, m.n_quad_4,
                          m.goldstein_sum, s.publisher, s.dataset, s.url, s.licence, v.label, v.released, f.sha256,
                          f.name, f.ingested_at
                   FROM event_month m JOIN vintage v ON v.id = m.vintage_id JOIN source s ON s.id = v.source_id
                   JOIN file f ON f.id = m.file_id
                   ORDER BY m.subject, m.month, v.released, v.label, m.id";
        let mut statement = self.connection.prepare(sql).map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map([], |row| {
                let text = |i: usize| row.get::<_, String>(i);
                let count = |i: usize| row.get::<_, i64>(i).map(|n| n.max(0) as u64);
                Ok((
                    row.get::<_, i64>(0)?,
                    text(2)?,
                    EventMonth {
                        subject: text(1)?,
                        month: Period::Year(0),
                        n_events: count(3)?,
                        n_by_quad_class: [count(4)?, count(5)?, count(6)?, count(7)?],
                        goldstein_sum: row.get(8)?,
                        provenance: provenance_at(row, 9, String::new())?,
                    },
                ))
            })
            .map_err(|e| self.sqlite(e))?;
        let mut months = Vec::new();
        for row in rows {
            let (id, month, mut item) = row.map_err(|e| self.sqlite(e))?;
            item.month =
                month
                    .parse()
                    .map_err(|e: dyad_model::PeriodError| StoreError::Corrupt {
                        path: self.path.clone(),
                        id,
                        message: e.to_string(),
                    })?;
            item.provenance.locator = format!("{} {}", item.subject, month);
            months.push(item);
        }
        Ok(months)
    }

    /// Lists every source with its vintages and observation counts.
    pub fn sources(&self) -> Result<Vec<SourceSummary>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT s.publisher, s.dataset, s.licence, v.label, v.released,
                     (SELECT count(*) FROM observation o WHERE o.vintage_id = v.id),
                     (SELECT count(*) FROM event e WHERE e.vintage_id = v.id),
                     (SELECT count(*) FROM event_conflict c WHERE c.vintage_id = v.id)
                 FROM source s JOIN vintage v ON v.source_id = s.id
                 ORDER BY s.publisher, s.dataset, v.released, v.label",
            )
            .map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map([], |row| {
                Ok((
                    row.get::<_, String>(0)?,
                    row.get::<_, String>(1)?,
                    row.get::<_, String>(2)?,
                    VintageSummary {
                        label: row.get(3)?,
                        released: row.get(4)?,
                        n_observations: row.get::<_, i64>(5)? as u64,
                        n_events: row.get::<_, i64>(6)? as u64,
                        n_differing_copies: row.get::<_, i64>(7)? as u64,
                    },
                ))
            })
            .map_err(|e| self.sqlite(e))?;
        let mut sources: Vec<SourceSummary> = Vec::new();
        for row in rows {
            let (publisher, dataset, licence, vintage) = row.map_err(|e| self.sqlite(e))?;
            match sources.last_mut() {
                Some(last) if last.publisher == publisher && last.dataset == dataset => {
                    last.vintages.push(vintage)
                }
                _ => sources.push(SourceSummary {
                    publisher,
                    dataset,
                    licence,
                    vintages: vec![vintage],
                }),
            }
        }
        Ok(sources)
    }

    /// The tables of the evidence base and how many rows each holds.
    pub fn counts(&self) -> Result<Vec<(&'static str, i64)>, StoreError> {
        TABLES
            .iter()
            .map(|table| {
                let n: i64 = self
                    .connection
                    .query_row(&format!("SELECT count(*) FROM {table}"), [], |row| {
                        row.get(0)
                    })
                    .map_err(|e| self.sqlite(e))?;
                Ok((*table, n))
            })
            .collect()
    }
}

/// Finds or creates a source and its vintage, remembering the last pair for runs of rows from one.
struct Vintages {
    last: Option<(String, String, String, i64)>,
}

impl Vintages {
    fn id(&mut self, transaction: &Transaction<'_>, source: &SourceRef) -> rusqlite::Result<i64> {
        if let Some((publisher, dataset, vintage, id)) = &self.last
            && (publisher, dataset, vintage)
                == (&source.publisher, &source.dataset, &source.vintage)
        {
            return Ok(*id);
        }
        let source_id: i64 = match transaction
            .prepare_cached("SELECT id FROM source WHERE publisher = ?1 AND dataset = ?2")?
            .query_row(params![source.publisher, source.dataset], |row| row.get(0))
            .optional()?
        {
            Some(id) => id,
            None => {
                transaction
                    .prepare_cached("INSERT INTO source (publisher, dataset, url, licence) VALUES (?1, ?2, ?3, ?4)")?
                    .execute(params![source.publisher, source.dataset, source.url, source.licence])?;
                transaction.last_insert_rowid()
            }
        };
        let vintage_id: i64 = match transaction
            .prepare_cached("SELECT id FROM vintage WHERE source_id = ?1 AND label = ?2")?
            .query_row(params![source_id, source.vintage], |row| row.get(0))
            .optional()?
        {
            Some(id) => id,
            None => {
                transaction
                    .prepare_cached(
                        "INSERT INTO vintage (source_id, label, released) VALUES (?1, ?2, ?3)",
                    )?
                    .execute(params![source_id, source.vintage, source.vintage_date])?;
                transaction.last_insert_rowid()
            }
        };
        self.last = Some((
            source.publisher.clone(),
            source.dataset.clone(),
            source.vintage.clone(),
            vintage_id,
        ));
        Ok(vintage_id)
    }
}

/// What [`FileHeader::sha256`] says of a file whose hash is computed while it is stored, and given to
/// [`Ingest::name_bytes`] before the end.
pub const HASH_PENDING: &str = "(being hashed)";

/// The identity of a file being ingested.
#[derive(Debug, Clone, Copy)]
pub struct FileHeader<'a> {
    /// The file's name, as the user gave it.
    pub name: &'a str,
    /// The SHA-256 of its bytes, or [`HASH_PENDING`].
    pub sha256: &'a str,
    /// Its size in bytes.
    pub size: u64,
    /// The format it is read as (`figures`, `acled`, `gdelt`, …).
    pub format: &'a str,
}

/// What [`Store::begin`] found.
// One is made per file ingested: boxing the larger variant would save nothing worth the indirection.
#[allow(clippy::large_enum_variant)]
pub enum Begun<'s> {
    /// These bytes were ingested before: nothing was written.
    AlreadyIngested(IngestOutcome),
    /// The file's transaction is open.
    Open(Ingest<'s>),
}

/// One file's ingest under way: an open transaction. Dropped unfinished, it rolls back.
pub struct Ingest<'s> {
    transaction: Transaction<'s>,
    path: String,
    file_id: i64,
    vintages: Vintages,
    /// The source the events are stored under so far, and its vintage's id.
    events_vintage: Option<(SourceRef, i64)>,
    /// Events given to store, new or not.
    n_events_offered: usize,
    counts: Counts,
}

/// The columns that make an event's content: all but its identity (source id, release) and provenance.
const EVENT_CONTENT: [&str; 25] = [
    "date_start",
    "date_end",
    "date_precision",
    "actor1",
    "actor1_country",
    "actor1_code",
    "actor2",
    "actor2_country",
    "actor2_code",
    "source_type",
    "category",
    "country",
    "admin1",
    "admin2",
    "location",
    "latitude",
    "longitude",
    "fatalities",
    "fatalities_low",
    "fatalities_high",
    "goldstein",
    "quad_class",
    "mentions",
    "tone",
    "description",
];

/// Inserts an event unless its release holds it already: ?1 its source id, ?2 to ?26 its content (in the
/// order of [`EVENT_CONTENT`]), ?27 the release, ?28 the file and ?29 the record.
static INSERT_EVENT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    let slots: Vec<String> = (1..=EVENT_CONTENT.len() + 4)
        .map(|n| format!("?{n}"))
        .collect();
    format!(
        "INSERT OR IGNORE INTO event (source_id, {}, vintage_id, file_id, record) VALUES ({})",
        EVENT_CONTENT.join(", "),
        slots.join(", ")
    )
});

/// An event's content as a JSON object, from `value(i)` for the `i`th column of [`EVENT_CONTENT`]. Built
/// by SQLite from the stored columns or the bound values alike, so that equal contents give equal text.
fn content_json(value: impl Fn(usize) -> String) -> String {
    let pairs: Vec<String> = EVENT_CONTENT
        .iter()
        .enumerate()
        .map(|(index, column)| format!("'{column}', {}", value(index)))
        .collect();
    format!("json_object({})", pairs.join(", "))
}

/// Keeps the copy of an event that an insert from [`INSERT_EVENT`] ignored, with the same parameters: its
/// content is [`INSERT_EVENT`]'s ?2 to ?26.
static INSERT_IGNORED_EVENT: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "INSERT INTO event_conflict (vintage_id, source_id, file_id, record, content) VALUES (?27, ?1, ?28, ?29, {})",
        content_json(|index| format!("?{}", index + 2))
    )
});

/// Keeps the copies of a file's events that were left under the provisional release (?2) because the
/// release they joined (?1) holds them already.
static KEEP_LEFT_OVER_EVENTS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "INSERT INTO event_conflict (vintage_id, source_id, file_id, record, content)
         SELECT ?1, source_id, file_id, record, {} FROM event WHERE vintage_id = ?2 AND file_id = ?3",
        content_json(|index| EVENT_CONTENT[index].to_string())
    )
});

/// Forgets the copies a file (?1) gave of events that turned out the same as the stored ones.
static FORGET_SAME_COPIES: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "DELETE FROM event_conflict WHERE file_id = ?1 AND content IS (
             SELECT {} FROM event s
             WHERE s.vintage_id = event_conflict.vintage_id AND s.source_id = event_conflict.source_id)",
        content_json(|index| format!("s.{}", EVENT_CONTENT[index]))
    )
});

/// A date as `YYYY-MM-DD`, written without the general formatter, which showed in profiles of large
/// ingests (two dates an event). Years outside 0–9999 go through it, for its sign and width.
fn date_text(date: NaiveDate, buffer: &mut [u8; 10]) -> std::borrow::Cow<'_, str> {
    use chrono::Datelike;
    let year = date.year();
    if !(0..=9999).contains(&year) {
        return std::borrow::Cow::Owned(date.to_string());
    }
    let digits = |buffer: &mut [u8], mut n: u32| {
        for slot in buffer.iter_mut().rev() {
            *slot = b'0' + (n % 10) as u8;
            n /= 10;
        }
    };
    digits(&mut buffer[0..4], year as u32);
    buffer[4] = b'-';
    digits(&mut buffer[5..7], date.month());
    buffer[7] = b'-';
    digits(&mut buffer[8..10], date.day());
    std::borrow::Cow::Borrowed(std::str::from_utf8(buffer).expect("ASCII digits and dashes"))
}

impl Ingest<'_> {
    fn sqlite(&self, source: rusqlite::Error) -> StoreError {
        StoreError::Sqlite {
            path: self.path.clone(),
            source,
        }
    }

    /// Stores a batch of events under the source given to [`Store::begin`].
    pub fn add_events(&mut self, events: &[dyad_ingest::EventRecord]) -> Result<(), StoreError> {
        let Some((_, vintage_id)) = self.events_vintage else {
            return Err(StoreError::OutOfOrder {
                path: self.path.clone(),
                file_id: self.file_id,
                message: "events were given for a file begun without a source for them".to_string(),
            });
        };
        self.insert_events(events, vintage_id)
            .map_err(|e| self.sqlite(e))
    }

    fn insert_events(
        &mut self,
        events: &[dyad_ingest::EventRecord],
        vintage_id: i64,
    ) -> rusqlite::Result<()> {
        let mut insert_event = self.transaction.prepare_cached(&INSERT_EVENT)?;
        let (mut start, mut end) = ([0u8; 10], [0u8; 10]);
        for record in events {
            let e = &record.event;
            let values = params![
                e.source_id,
                date_text(e.date_start, &mut start),
                date_text(e.date_end, &mut end),
                e.date_precision,
                e.actor1.name,
                e.actor1.country,
                e.actor1.code,
                e.actor2.name,
                e.actor2.country,
                e.actor2.code,
                e.source_type,
                e.category.as_str(),
                e.country,
                e.admin1,
                e.admin2,
                e.location,
                e.latitude,
                e.longitude,
                e.fatalities,
                e.fatalities_low,
                e.fatalities_high,
                e.measures.goldstein,
                e.measures.quad_class,
                e.measures.mentions,
                e.measures.tone,
                e.description,
                vintage_id,
                self.file_id,
                record.record as i64,
            ];
            match insert_event.execute(values)? {
                // Already in the release: this copy is kept aside until it is compared with the stored one.
                0 => {
                    self.transaction
                        .prepare_cached(&INSERT_IGNORED_EVENT)?
                        .execute(values)?;
                }
                n_new => self.counts.n_events_new += n_new,
            }
        }
        self.n_events_offered += events.len();
        Ok(())
    }

    /// Gives the file begun with [`HASH_PENDING`] its SHA-256. When those bytes turn out to be stored
    /// already (which only another process could have done meanwhile, since no stored file had this
    /// size), this says so, and the caller drops the ingest, which rolls it back.
    pub fn name_bytes(&mut self, sha256: &str) -> Result<Option<IngestOutcome>, StoreError> {
        let named = (|| {
            let previous: Option<(String, String)> = self
                .transaction
                .query_row(
                    "SELECT name, ingested_at FROM file WHERE sha256 = ?1 AND id <> ?2",
                    params![sha256, self.file_id],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?;
            if let Some((name, ingested_at)) = previous {
                return Ok(Some(IngestOutcome::AlreadyIngested { name, ingested_at }));
            }
            self.transaction.execute(
                "UPDATE file SET sha256 = ?1 WHERE id = ?2",
                params![sha256, self.file_id],
            )?;
            Ok(None)
        })();
        named.map_err(|e| self.sqlite(e))
    }

    /// Stores the rest of what the parser read (figures, events, deletions, aggregates, mentions and
    /// quarantined rows), settles the events' release, and commits.
    pub fn finish(mut self, parsed: &Parsed) -> Result<IngestOutcome, StoreError> {
        let pending: bool = self
            .transaction
            .query_row(
                "SELECT sha256 = ?1 FROM file WHERE id = ?2",
                params![HASH_PENDING, self.file_id],
                |row| row.get(0),
            )
            .map_err(|e| self.sqlite(e))?;
        if pending {
            return Err(StoreError::OutOfOrder {
                path: self.path.clone(),
                file_id: self.file_id,
                message: "the file was about to be stored without the hash of its bytes"
                    .to_string(),
            });
        }
        let outcome = self.store(parsed).map_err(|e| self.sqlite(e))?;
        self.transaction.commit().map_err(|e| StoreError::Sqlite {
            path: self.path.clone(),
            source: e,
        })?;
        Ok(outcome)
    }

    /// Moves the events stored so far under a provisional release to `source`'s, and returns its id.
    fn settle_release(&mut self, source: &SourceRef) -> rusqlite::Result<i64> {
        let transaction = &self.transaction;
        let Some((provisional, provisional_id)) = self.events_vintage.take() else {
            return self.vintages.id(transaction, source);
        };
        if (
            &provisional.publisher,
            &provisional.dataset,
            &provisional.vintage,
        ) == (&source.publisher, &source.dataset, &source.vintage)
        {
            return Ok(provisional_id);
        }
        let existing: Option<i64> = transaction
            .query_row(
                "SELECT v.id FROM vintage v JOIN source s ON s.id = v.source_id
                 WHERE s.publisher = ?1 AND s.dataset = ?2 AND v.label = ?3",
                params![source.publisher, source.dataset, source.vintage],
                |row| row.get(0),
            )
            .optional()?;
        // The provisional vintage was made under the provisional source: same publisher and dataset, same row.
        let same_source =
            (&provisional.publisher, &provisional.dataset) == (&source.publisher, &source.dataset);
        match existing {
            // The usual case: a new release. Only the label was provisional.
            None if same_source => {
                transaction.execute(
                    "UPDATE vintage SET label = ?1, released = ?2 WHERE id = ?3",
                    params![source.vintage, source.vintage_date, provisional_id],
                )?;
                Ok(provisional_id)
            }
            // The release is stored already (another file of it): this file's events join it, and those
            // it already holds stay as they are. Only rows written in this transaction move.
            _ => {
                let target = match existing {
                    Some(id) => id,
                    None => self.vintages.id(transaction, source)?,
                };
                let moved = transaction.execute(
                    "UPDATE OR IGNORE event SET vintage_id = ?1 WHERE vintage_id = ?2 AND file_id = ?3",
                    params![target, provisional_id, self.file_id],
                )?;
                // The events left over are those the release holds already: their copies are kept aside,
                // with those set aside while the file was read, until they are compared with the stored ones.
                transaction.execute(
                    &KEEP_LEFT_OVER_EVENTS,
                    params![target, provisional_id, self.file_id],
                )?;
                transaction.execute(
                    "UPDATE event_conflict SET vintage_id = ?1 WHERE vintage_id = ?2",
                    params![target, provisional_id],
                )?;
                let duplicates = transaction.execute(
                    "DELETE FROM event WHERE vintage_id = ?1 AND file_id = ?2",
                    params![provisional_id, self.file_id],
                )?;
                debug_assert_eq!(moved + duplicates, self.counts.n_events_new);
                self.counts.n_events_new = moved;
                transaction.execute("DELETE FROM vintage WHERE id = ?1", [provisional_id])?;
                Ok(target)
            }
        }
    }

    fn store(&mut self, parsed: &Parsed) -> rusqlite::Result<IngestOutcome> {
        self.counts.n_rows = parsed.n_rows;
        self.counts.n_filtered = parsed.n_filtered;
        self.counts.n_quarantined = parsed.quarantined.len();
        let transaction = &self.transaction;
        let file_id = self.file_id;
        let mut insert_observation = transaction.prepare_cached(
            "INSERT OR IGNORE INTO observation (indicator, subject, period, period_kind, period_start, period_end, value, value_low,
                 value_high, value_text, approximate, unit, concept, basis, agency, status, note, vintage_id, file_id, locator)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)",
        )?;
        for record in &parsed.records {
            let vintage_id = self.vintages.id(transaction, &record.source)?;
            let observation = &record.observation;
            let period = observation.period;
            self.counts.n_figures_new += insert_observation.execute(params![
                observation.indicator,
                observation.subject,
                period.map(|p| p.to_string()),
                period.map(|p| p.kind().as_str()),
                period.map(|p| p.start().to_string()),
                period.map(|p| p.end().to_string()),
                observation.value.number,
                observation.value.low,
                observation.value.high,
                observation.value.text,
                observation.value.approximate,
                observation.unit,
                observation.concept,
                observation.basis,
                observation.agency,
                observation.status.as_str(),
                observation.note,
                vintage_id,
                file_id,
                record.locator,
            ])?;
        }
        drop(insert_observation);
        self.counts.n_figures_known = parsed.records.len() - self.counts.n_figures_new;

        if let Some(source) = &parsed.source {
            let vintage_id = self.settle_release(source)?;
            self.insert_events(&parsed.events, vintage_id)?;
            self.counts.n_events_known = self.n_events_offered - self.counts.n_events_new;
            // Copies the same as the stored ones are only "already stored"; the others stay, as conflicts.
            self.transaction
                .execute(&FORGET_SAME_COPIES, [self.file_id])?;
            let n_differing: i64 = self.transaction.query_row(
                "SELECT count(*) FROM event_conflict WHERE file_id = ?1",
                [self.file_id],
                |row| row.get(0),
            )?;
            self.counts.n_events_differing = n_differing as usize;
            let transaction = &self.transaction;
            let mut insert_deletion = transaction.prepare_cached(
                "INSERT INTO event_deletion (source_id, deleted_at, vintage_id, file_id, record) VALUES (?1, ?2, ?3, ?4, ?5)",
            )?;
            for deletion in &parsed.deletions {
                insert_deletion.execute(params![
                    deletion.source_id,
                    deletion.deleted_at,
                    vintage_id,
                    file_id,
                    deletion.record as i64
                ])?;
            }
            self.counts.n_deletions = parsed.deletions.len();
            let mut insert_month = transaction.prepare_cached(
                "INSERT INTO event_month (subject, month, n_events, n_quad_1, n_quad_2, n_quad_3, n_quad_4, goldstein_sum, tone_sum,
                     mentions_sum, vintage_id, file_id)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
            )?;
            for aggregate in &parsed.aggregates {
                let quads = aggregate.n_by_quad_class.map(|n| n as i64);
                insert_month.execute(params![
                    aggregate.subject,
                    aggregate.month.map(|m| m.to_string()).unwrap_or_default(),
                    aggregate.n_events as i64,
                    quads[0],
                    quads[1],
                    quads[2],
                    quads[3],
                    aggregate.goldstein_sum,
                    aggregate.tone_sum,
                    aggregate.mentions_sum as i64,
                    vintage_id,
                    file_id,
                ])?;
            }
            self.counts.n_aggregates = parsed.aggregates.len();
            // Only mentions of stored GDELT events are kept: a mentions file covers every event of its batch.
            let mut insert_mention = transaction.prepare_cached(
                "INSERT INTO event_mention (event_source_id, mention_time, mention_type, source_name, identifier, confidence, doc_tone,
                     vintage_id, file_id)
                 SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
                 WHERE EXISTS (SELECT 1 FROM event e JOIN vintage v ON v.id = e.vintage_id JOIN source s ON s.id = v.source_id
                               WHERE s.dataset = 'GDELT 2.0 Events' AND e.source_id = ?1)",
            )?;
            for mention in &parsed.mentions {
                self.counts.n_mentions += insert_mention.execute(params![
                    mention.event_id,
                    mention.mention_time,
                    mention.mention_type,
                    mention.source_name,
                    mention.identifier,
                    mention.confidence,
                    mention.doc_tone,
                    vintage_id,
                    file_id,
                ])?;
            }
        }
        let transaction = &self.transaction;
        let mut insert_quarantine = transaction.prepare_cached(
            "INSERT INTO quarantine (file_id, record, line, field, value, expected, raw) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
        )?;
        for row in &parsed.quarantined {
            let error = &row.error;
            insert_quarantine.execute(params![
                file_id,
                error.record as i64,
                error.line as i64,
                error.field,
                error.value,
                error.expected,
                row.raw
            ])?;
        }
        let counts = &self.counts;
        let n_new = counts.n_figures_new
            + counts.n_events_new
            + counts.n_deletions
            + counts.n_aggregates
            + counts.n_mentions;
        transaction.execute(
            "UPDATE file SET n_records = ?1, n_quarantined = ?2, n_new = ?3 WHERE id = ?4",
            params![
                parsed.n_rows as i64,
                parsed.quarantined.len() as i64,
                n_new as i64,
                file_id
            ],
        )?;
        Ok(IngestOutcome::Stored(*counts))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_written_as_chrono_writes_them() {
        let mut date = NaiveDate::from_ymd_opt(1899, 12, 25).unwrap();
        let mut buffer = [0u8; 10];
        while date < NaiveDate::from_ymd_opt(2101, 1, 5).unwrap() {
            assert_eq!(date_text(date, &mut buffer), date.to_string());
            date = date.succ_opt().unwrap();
        }
        for (y, m, d) in [
            (0, 1, 1),
            (9999, 12, 31),
            (-1, 6, 1),
            (10_000, 1, 1),
            (42, 3, 4),
        ] {
            let date = NaiveDate::from_ymd_opt(y, m, d).unwrap();
            assert_eq!(date_text(date, &mut buffer), date.to_string());
        }
    }
}
