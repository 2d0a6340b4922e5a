//! Is the evidence base: a SQLite file of sources, vintages, ingested files, observations, events and
//! documents with their passages, searchable in full text.
//!
//! The store is the only crate that speaks SQL. It opens the file in WAL mode, applies the versioned
//! migrations in [`migrations`], loads each ingested file in one transaction, and answers the queries
//! the measures and commands need. It knows no file format: parsers hand it model values.
//!
//! Guarantees:
//! - An ingest either stores every figure of a file or none: a failure rolls the transaction back.
//! - A file is identified by the SHA-256 of its bytes. The same bytes twice is a no-op that says so. So is
//!   a document.
//! - A newer vintage adds rows and never deletes or updates older ones. No statement here updates or
//!   deletes an observation.

mod codes;
mod documents;
mod events;
mod export;
mod ingest;
pub mod migrations;
mod observations;
mod open;
pub mod query;
mod tally;

use dyad_model::{Provenance, SourceRef};
use rusqlite::Connection;

pub use codes::{Added, CODE_COLUMNS, CodeFilter, PassageKey, Recoded, StoredCode, StoredCodebook};
pub use documents::{
    DocumentFilter, DocumentOutcome, DocumentSummary, SearchHit, SearchOptions, StoredDocument,
};
pub use export::{ExportFilter, write_sqlite, write_sqlite_tables};
pub use ingest::{
    Begun, Counts, FileHeader, HASH_PENDING, Ingest, IngestOutcome, ReleaseConflict,
    ReleaseDateConflict,
};
pub use observations::{ObservationFilter, SourceSummary, VintageSummary};
pub use query::{QueryError, SearchQuery};

/// The source and release columns of a query, in the order `publisher, dataset, url, licence, vintage
/// label, released`, starting at column `at`.
fn source_at(row: &rusqlite::Row<'_>, at: usize) -> rusqlite::Result<SourceRef> {
    Ok(SourceRef {
        publisher: row.get(at)?,
        dataset: row.get(at + 1)?,
        url: row.get(at + 2)?,
        licence: row.get(at + 3)?,
        vintage: row.get(at + 4)?,
        vintage_date: row.get(at + 5)?,
    })
}

/// The provenance columns of a query: those of [`source_at`], then `file sha256, file name,
/// ingested_at`, starting at column `at`.
fn provenance_at(
    row: &rusqlite::Row<'_>,
    at: usize,
    locator: String,
) -> rusqlite::Result<Provenance> {
    Ok(Provenance {
        source: source_at(row, at)?,
        locator,
        file_sha256: row.get(at + 6)?,
        file_name: row.get(at + 7)?,
        ingested_at: row.get(at + 8)?,
    })
}

impl Store {
    /// Runs `read` in one read transaction, so that everything it reads is of one state of the evidence
    /// base, whatever other processes commit meanwhile.
    pub fn reading<T>(
        &self,
        read: impl FnOnce(&Store) -> Result<T, StoreError>,
    ) -> Result<T, StoreError> {
        self.connection
            .execute_batch("BEGIN DEFERRED")
            .map_err(|e| self.sqlite(e))?;
        let result = read(self);
        let _ = self.connection.execute_batch("COMMIT");
        result
    }

    /// The evidence base's generation: a number every committed change (a file, a document, a coding, a
    /// person's codes) raises. Two equal readings mean that nothing a reader sees has changed.
    pub fn generation(&self) -> Result<i64, StoreError> {
        self.connection
            .query_row("SELECT value FROM generation WHERE id = 1", [], |row| {
                row.get(0)
            })
            .map_err(|e| self.sqlite(e))
    }
}

/// Every table that holds evidence, for counts and before/after comparisons.
pub const TABLES: [&str; 15] = [
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
    "document",
    "passage",
    "codebook",
    "code",
    "passage_reading",
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
    /// A file beside the evidence base could not be written or removed.
    #[error("`{path}`: {source}")]
    Io {
        /// The file.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// Another process held the evidence base for writing longer than the busy timeout.
    #[error(
        "evidence base `{path}`: another dyad process has been writing to it for over {seconds} s\nhint: wait for that ingest to finish and run the command again"
    )]
    Busy {
        /// The database file.
        path: String,
        /// How long this process waited.
        seconds: u64,
    },
    /// A file gives a figure another value than its release already holds: nothing of it was stored.
    #[error(
        "evidence base `{path}`: record {} gives {} as `{}` in release `{}`, which already holds `{}` from `{}`; nothing of the file was stored\nhint: a changed file is a new release: give it its own `--version` (and `--released`)",
        conflict.record, conflict.figure, conflict.offered, conflict.release, conflict.stored, conflict.stored_in
    )]
    ReleaseConflict {
        /// The database file.
        path: String,
        /// What differs.
        conflict: Box<ingest::ReleaseConflict>,
    },
    /// A file dates a stored release otherwise: nothing of it was stored.
    #[error(
        "evidence base `{path}`: {conflict}; nothing of the file was stored\nhint: drop `--released`, or give the file its own `--version` if it is another release"
    )]
    ReleaseDate {
        /// The database file.
        path: String,
        /// The two dates.
        conflict: ingest::ReleaseDateConflict,
    },
    /// A read-only evidence base needs a migration it cannot be given.
    #[error(
        "evidence base `{path}` is read-only and at schema version {found}, older than this dyad's ({known})\nhint: open it once where it can be written, or copy it to a writable folder"
    )]
    ReadOnlyOutdated {
        /// The database file.
        path: String,
        /// The version in the file.
        found: i64,
        /// The newest version this build knows.
        known: i64,
    },
    /// The disk holding the evidence base is full: nothing was written.
    #[error(
        "evidence base `{path}`: the disk is full; nothing was written\nhint: free some space and run the command again"
    )]
    DiskFull {
        /// The database file.
        path: String,
    },
    /// The file is another program's database, which dyad never migrates.
    #[error(
        "`{path}` is not a dyad evidence base: {detail}\nhint: point `--home` at a folder of its own, or move that file away"
    )]
    NotDyad {
        /// The database file.
        path: String,
        /// What shows it is not dyad's.
        detail: String,
    },
    /// The file is damaged: its check before a write failed, and nothing was written.
    #[error(
        "evidence base `{path}` is damaged ({detail}); nothing was written\nhint: restore the file from a backup, or rebuild it: move it aside and ingest the published files again (`dyad ingest`); reading it may still work for what is not damaged"
    )]
    Damaged {
        /// The database file.
        path: String,
        /// What SQLite's check found first.
        detail: String,
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
    #[error(
        "evidence base `{path}`: {table} row {id}: {message}\nhint: restore the evidence base from a backup, or rebuild it by ingesting the files again"
    )]
    Corrupt {
        /// The database file.
        path: String,
        /// The table the row is in.
        table: &'static str,
        /// The row's id.
        id: i64,
        /// What is wrong.
        message: String,
    },
    /// A stored document could not be read back.
    #[error("evidence base `{path}`: document {id}: {message}")]
    CorruptDocument {
        /// The database file.
        path: String,
        /// The document's id.
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

impl StoreError {
    /// What SQLite said, as the error a person can act on: a wait past the busy timeout and a full disk
    /// are said in words; anything else keeps SQLite's message.
    pub fn from_sqlite(path: String, source: rusqlite::Error) -> StoreError {
        match source.sqlite_error_code() {
            Some(rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked) => {
                StoreError::Busy {
                    path,
                    seconds: open::BUSY_TIMEOUT.as_secs(),
                }
            }
            Some(rusqlite::ErrorCode::DiskFull) => StoreError::DiskFull { path },
            _ => match &source {
                rusqlite::Error::FromSqlConversionFailure(_, _, inner)
                    if inner.downcast_ref::<tally::CorruptEvent>().is_some() =>
                {
                    let corrupt = inner
                        .downcast_ref::<tally::CorruptEvent>()
                        .expect("checked above");
                    StoreError::Corrupt {
                        path,
                        table: "event",
                        id: corrupt.id,
                        message: corrupt.message.clone(),
                    }
                }
                rusqlite::Error::ToSqlConversionFailure(inner) => {
                    match inner.downcast_ref::<ingest::ReleaseDateConflict>() {
                        Some(conflict) => StoreError::ReleaseDate {
                            path,
                            conflict: conflict.clone(),
                        },
                        None => StoreError::Sqlite { path, source },
                    }
                }
                _ => StoreError::Sqlite { path, source },
            },
        }
    }
}

/// The evidence base.
pub struct Store {
    pub(crate) connection: Connection,
    pub(crate) path: String,
    /// Whether the file passed its check before this process's first write.
    pub(crate) checked: bool,
    /// The recipe events are tallied by, when the caller gave one.
    pub(crate) tally: Option<dyad_model::TallyRecipe>,
}
impl Store {
    pub(crate) fn sqlite(&self, source: rusqlite::Error) -> StoreError {
        StoreError::from_sqlite(self.path.clone(), source)
    }

    /// A write transaction that holds the write lock from its start, after [`Store::check_before_write`].
    pub(crate) fn write_transaction(&mut self) -> Result<rusqlite::Transaction<'_>, StoreError> {
        self.check_before_write()?;
        let path = self.path.clone();
        self.connection
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(|source| StoreError::from_sqlite(path, source))
    }

    /// Checks the file before this process's first write (SQLite's `quick_check`: every page and
    /// index entry read once, about 7 ms a megabyte here), so that a damaged evidence base is never
    /// written to. Later writes of the same process are not checked again.
    pub(crate) fn check_before_write(&mut self) -> Result<(), StoreError> {
        if self.checked {
            return Ok(());
        }
        let damaged = |detail: String| StoreError::Damaged {
            path: self.path.clone(),
            detail,
        };
        let found: Vec<String> = {
            let mut statement = self
                .connection
                .prepare("PRAGMA quick_check(3)")
                .map_err(|e| damaged(e.to_string()))?;
            statement
                .query_map([], |row| row.get::<_, String>(0))
                .and_then(|rows| rows.collect::<Result<Vec<_>, _>>())
                .map_err(|e| damaged(e.to_string()))?
        };
        if found != ["ok"] {
            return Err(damaged(
                found
                    .join("\n")
                    .lines()
                    .filter(|line| !line.starts_with("***"))
                    .collect::<Vec<_>>()
                    .join("; "),
            ));
        }
        self.checked = true;
        Ok(())
    }

    /// The schema version of the open file.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        self.connection
            .pragma_query_value(None, "user_version", |row| row.get(0))
            .map_err(|e| self.sqlite(e))
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
