//! Stores one file in one transaction: its figures, events, deletions, aggregates, mentions and
//! quarantined rows, under the source and release each names, keyed by the file's SHA-256.

use chrono::NaiveDate;
use dyad_model::SourceRef;
use dyad_model::parsed::{EventRecord, Parsed};
use rusqlite::{OptionalExtension, Transaction, TransactionBehavior, params};

use crate::tally::Tallying;
use crate::{Store, StoreError};

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

impl Store {
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
        self.check_before_write()?;
        let path = self.path.clone();
        let sqlite = |source| StoreError::from_sqlite(path.clone(), source);
        // A write transaction from the start: a deferred one reads first and then fails at once with
        // "database is locked" when another process writes, without waiting the busy timeout.
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
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
            let marks: (i64, i64) = transaction.query_row(
                "SELECT (SELECT ifnull(max(id), 0) FROM event), (SELECT ifnull(max(id), 0) FROM event_deletion)",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )?;
            Ok((file_id, vintages, events_vintage, marks))
        })()
        .map_err(sqlite)?;
        let (file_id, vintages, events_vintage, (first_event, first_deletion)) = opened;
        Ok(Begun::Open(Ingest {
            transaction,
            path,
            file_id,
            vintages,
            events_vintage,
            n_events_offered: 0,
            counts: Counts::default(),
            conflict: None,
            tally: Some(Tallying::new(self.tally)),
            first_event,
            first_deletion,
        }))
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
        let stored: Option<(i64, String)> = transaction
            .prepare_cached("SELECT id, released FROM vintage WHERE source_id = ?1 AND label = ?2")?
            .query_row(params![source_id, source.vintage], |row| {
                Ok((row.get(0)?, row.get(1)?))
            })
            .optional()?;
        let vintage_id: i64 = match stored {
            // One release has one date: a file that dates it otherwise is refused, not quietly filed.
            Some((_, released))
                if !source.vintage_date.is_empty()
                    && !released.is_empty()
                    && released != source.vintage_date =>
            {
                return Err(rusqlite::Error::ToSqlConversionFailure(Box::new(
                    ReleaseDateConflict {
                        release: source.vintage.clone(),
                        stored: released,
                        offered: source.vintage_date.clone(),
                    },
                )));
            }
            Some((id, _)) => id,
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
    /// A figure the file gives another value than its release already holds, when one does.
    conflict: Option<ReleaseConflict>,
    /// The tallies of the file's events, until they are stored at its end.
    tally: Option<Tallying>,
    /// The largest event row id before this file: its events' rows lie above it.
    first_event: i64,
    /// The largest deletion row id before this file: its deletions' rows lie above it.
    first_deletion: i64,
}

/// A release a file dates otherwise than the evidence base does.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("release `{release}` is dated {stored} in the evidence base, and {offered} by this file")]
pub struct ReleaseDateConflict {
    /// The release.
    pub release: String,
    /// The date stored.
    pub stored: String,
    /// The date this file gives.
    pub offered: String,
}

/// A figure a file gives another value than the same release already holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReleaseConflict {
    /// The release.
    pub release: String,
    /// The figure: indicator, subject and period.
    pub figure: String,
    /// The value stored.
    pub stored: String,
    /// The file that stored it.
    pub stored_in: String,
    /// The value this file gives.
    pub offered: String,
    /// The record of this file that gives it.
    pub record: u64,
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

/// Keeps the copies of a file's events (file ?3, rows above ?4) that were left under the provisional
/// release (?2) because the release they joined (?1) holds them already.
static KEEP_LEFT_OVER_EVENTS: std::sync::LazyLock<String> = std::sync::LazyLock::new(|| {
    format!(
        "INSERT INTO event_conflict (vintage_id, source_id, file_id, record, content)
         SELECT ?1, source_id, file_id, record, {} FROM event WHERE id > ?4 AND vintage_id = ?2 AND file_id = ?3",
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
        StoreError::from_sqlite(self.path.clone(), source)
    }

    /// Stores a batch of events under the source given to [`Store::begin`].
    pub fn add_events(&mut self, events: &[EventRecord]) -> Result<(), StoreError> {
        let Some((_, vintage_id)) = self.events_vintage else {
            return Err(StoreError::OutOfOrder {
                path: self.path.clone(),
                file_id: self.file_id,
                message: "events were given for a file begun without a source for them".to_string(),
            });
        };
        let source = self.events_vintage.as_ref().map(|(s, _)| s.clone());
        self.insert_events(events, vintage_id, source.as_ref(), None)
            .map_err(|e| self.sqlite(e))
    }

    /// [`Ingest::add_events`], with each event's tally key computed by the caller under the store's
    /// recipe ([`Store::tally_recipe`]), so that a reading thread can do that work.
    pub fn add_keyed_events(
        &mut self,
        events: &[EventRecord],
        keys: &[String],
    ) -> Result<(), StoreError> {
        let Some((source, vintage_id)) = self.events_vintage.clone() else {
            return Err(StoreError::OutOfOrder {
                path: self.path.clone(),
                file_id: self.file_id,
                message: "events were given for a file begun without a source for them".to_string(),
            });
        };
        if keys.len() != events.len() {
            return Err(StoreError::OutOfOrder {
                path: self.path.clone(),
                file_id: self.file_id,
                message: format!(
                    "{} events were given with {} keys",
                    events.len(),
                    keys.len()
                ),
            });
        }
        self.insert_events(events, vintage_id, Some(&source), Some(keys))
            .map_err(|e| self.sqlite(e))
    }

    fn insert_events(
        &mut self,
        events: &[EventRecord],
        vintage_id: i64,
        source: Option<&SourceRef>,
        keys: Option<&[String]>,
    ) -> rusqlite::Result<()> {
        let mut insert_event = self.transaction.prepare_cached(&INSERT_EVENT)?;
        let (mut start, mut end) = ([0u8; 10], [0u8; 10]);
        for (i, record) in events.iter().enumerate() {
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
                n_new => {
                    self.counts.n_events_new += n_new;
                    if let (Some(tally), Some(source)) = (self.tally.as_mut(), source) {
                        tally.add(e, source, keys.map(|keys| keys[i].as_str()));
                    }
                }
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
        let outcome = match self.store(parsed) {
            Ok(outcome) => outcome,
            Err(error) => {
                return Err(match self.conflict.take() {
                    Some(conflict) => StoreError::ReleaseConflict {
                        path: self.path.clone(),
                        conflict: Box::new(conflict),
                    },
                    None => self.sqlite(error),
                });
            }
        };
        self.transaction
            .commit()
            .map_err(|e| StoreError::from_sqlite(self.path.clone(), e))?;
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
                    "UPDATE OR IGNORE event SET vintage_id = ?1 WHERE id > ?4 AND vintage_id = ?2 AND file_id = ?3",
                    params![target, provisional_id, self.file_id, self.first_event],
                )?;
                // The events left over are those the release holds already: their copies are kept aside,
                // with those set aside while the file was read, until they are compared with the stored ones.
                transaction.execute(
                    &KEEP_LEFT_OVER_EVENTS,
                    params![target, provisional_id, self.file_id, self.first_event],
                )?;
                transaction.execute(
                    "UPDATE event_conflict SET vintage_id = ?1 WHERE vintage_id = ?2",
                    params![target, provisional_id],
                )?;
                let duplicates = transaction.execute(
                    "DELETE FROM event WHERE id > ?3 AND vintage_id = ?1 AND file_id = ?2",
                    params![provisional_id, self.file_id, self.first_event],
                )?;
                debug_assert_eq!(moved + duplicates, self.counts.n_events_new);
                if let Some(tally) = self.tally.as_mut() {
                    tally.joined_release();
                }
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
        // A release says one thing of one figure: another value for the same figure in the same release
        // (a re-saved file edited under the same `--version`) is refused, not stored beside it.
        let mut other_value = transaction.prepare_cached(
            "SELECT value_text, (SELECT name FROM file f WHERE f.id = o.file_id) FROM observation o
             WHERE vintage_id = ?1 AND indicator = ?2 AND subject = ?3 AND ifnull(period, '') = ?4 AND unit = ?5
               AND concept = ?6 AND basis = ?7 AND agency = ?8 AND status = ?9 AND value_text <> ?10
             LIMIT 1",
        )?;
        for record in &parsed.records {
            let vintage_id = self.vintages.id(transaction, &record.source)?;
            let observation = &record.observation;
            let period = observation.period;
            let conflict: Option<(String, String)> = other_value
                .query_row(
                    params![
                        vintage_id,
                        observation.indicator,
                        observation.subject,
                        period.map(|p| p.to_string()).unwrap_or_default(),
                        observation.unit,
                        observation.concept,
                        observation.basis,
                        observation.agency,
                        observation.status.as_str(),
                        observation.value.text,
                    ],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?;
            if let Some((stored, stored_in)) = conflict {
                self.conflict = Some(ReleaseConflict {
                    release: record.source.vintage.clone(),
                    figure: format!(
                        "{} {} {}",
                        observation.indicator,
                        observation.subject,
                        period.map_or_else(|| "undated".to_string(), |p| p.to_string())
                    ),
                    stored,
                    stored_in,
                    offered: observation.value.text.clone(),
                    record: record.record,
                });
                return Err(rusqlite::Error::StatementChangedRows(0));
            }
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
        drop(other_value);
        self.counts.n_figures_known = parsed.records.len() - self.counts.n_figures_new;

        let mut events_vintage = None;
        if let Some(source) = &parsed.source {
            let vintage_id = self.settle_release(source)?;
            events_vintage = Some(vintage_id);
            self.insert_events(&parsed.events, vintage_id, Some(source), None)?;
            self.counts.n_events_known = self.n_events_offered - self.counts.n_events_new;
            self.transaction.execute(
                "UPDATE vintage SET n_events = n_events + ?1 WHERE id = ?2",
                params![self.counts.n_events_new as i64, vintage_id],
            )?;
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
            // The aggregates of an undated batch are merged with its source's as they are stored.
            let batch = if parsed.aggregates.is_empty() {
                None
            } else {
                crate::events::undated_batch(transaction, vintage_id)?
            };
            for aggregate in &parsed.aggregates {
                let quads = aggregate.n_by_quad_class.map(|n| n as i64);
                let month = aggregate.month.map(|m| m.to_string()).unwrap_or_default();
                insert_month.execute(params![
                    aggregate.subject,
                    month,
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
                if let Some(batch) = &batch {
                    crate::events::merge_month(
                        transaction,
                        batch,
                        transaction.last_insert_rowid(),
                        (&aggregate.subject, &month),
                        aggregate,
                        file_id,
                    )?;
                }
            }
            self.counts.n_aggregates = parsed.aggregates.len();
            // Only mentions of stored events of the dataset they refer to are kept: a mentions file
            // covers every event of its batch, most of them of no interest to the pair.
            let mentions_of = parsed.mentions_of.as_deref().unwrap_or_default();
            let mut insert_mention = transaction.prepare_cached(
                "INSERT INTO event_mention (event_source_id, mention_time, mention_type, source_name, identifier, confidence, doc_tone,
                     vintage_id, file_id)
                 SELECT ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9
                 WHERE EXISTS (SELECT 1 FROM event e JOIN vintage v ON v.id = e.vintage_id JOIN source s ON s.id = v.source_id
                               WHERE s.dataset = ?10 AND e.source_id = ?1)",
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
                    mentions_of,
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
        if let Some(tally) = self.tally.take() {
            tally.finish(
                &self.transaction,
                file_id,
                (self.first_event, self.first_deletion),
                events_vintage,
                self.counts.n_deletions,
            )?;
        }
        let transaction = &self.transaction;
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
