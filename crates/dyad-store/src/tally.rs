//! Keeps the tallies of stored events that the measures read instead of the events: per file, day,
//! country and recipe key, how many events count in the newest release and in each as-of cut.
//!
//! The recipe ([`TallyRecipe`]) is given by the caller: the store knows nothing of what a key means.
//! Each file's ingest updates the tallies in its own transaction. An event whose id no other release
//! of its source holds, and that no deletions file names, counts alone: the file's events are added
//! as they are stored. Otherwise (a new release of events already stored, a deletions file, a file that
//! joins a release already stored) the events the file touched are recounted in every release of their
//! source: what they count now is added and what they counted before the file is taken away, so the
//! cost follows the file, not the evidence base. Tallies made under another recipe, or by a write
//! without one, are stale: readers are told so, and the next write with a recipe rebuilds them all.
//!
//! The rows of undated releases (GDELT's batches) are not kept by file but merged as they are written:
//! per source, days, country and key (`event_tally_undated`), with each file's part per year, country
//! and key (`event_tally_file`), which names the files a count lists.

use std::collections::HashMap;

use chrono::{Datelike, NaiveDate};
use dyad_model::event::release_date;
use dyad_model::{Event, EventTally, SourceRef, TallyRecipe};
use rusqlite::{Transaction, params};

use crate::events::{EVENT_COLUMNS, EVENT_WIDTH, event_at};
use crate::{Store, StoreError, provenance_at, source_at};

/// A tally row's identity within its file: first and last day, country, key and `until`.
type RowKey = (NaiveDate, NaiveDate, String, String, Option<NaiveDate>);

/// A tally row's counts, or a change to them: latest, deaths latest, in cuts, deaths in cuts, stored.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    n_latest: i64,
    fatalities_latest: f64,
    n_cut: i64,
    fatalities_cut: f64,
    n_stored: i64,
}

impl Counts {
    fn is_zero(&self) -> bool {
        self.n_latest == 0
            && self.n_cut == 0
            && self.n_stored == 0
            && self.fatalities_latest == 0.0
            && self.fatalities_cut == 0.0
    }
}

/// The tallies of one ingest, kept as its events are stored.
#[derive(Debug)]
pub(crate) struct Tallying {
    recipe: Option<TallyRecipe>,
    /// The file's events by first and last day and the index of their country and key in `kinds`: how
    /// many, and their deaths.
    added: HashMap<(NaiveDate, NaiveDate, usize), (u64, f64)>,
    /// The countries and keys met, in the order met: a file has few.
    kinds: Vec<(String, String)>,
    /// Whether the file stored any event.
    stored_events: bool,
    /// Whether the file's events joined a release stored before, so that some may have been dropped
    /// as copies after they were counted here.
    joined_release: bool,
}

impl Tallying {
    pub(crate) fn new(recipe: Option<TallyRecipe>) -> Tallying {
        Tallying {
            recipe,
            added: HashMap::new(),
            kinds: Vec::new(),
            stored_events: false,
            joined_release: false,
        }
    }

    /// Counts one event the file stored, with its key when the caller computed it under the same
    /// recipe.
    pub(crate) fn add(&mut self, event: &Event, source: &SourceRef, key: Option<&str>) {
        self.stored_events = true;
        let Some(recipe) = self.recipe else {
            return;
        };
        // The key is copied only for a country and key not met before: a file has few.
        let computed;
        let key = match key {
            Some(key) => key,
            None => {
                computed = (recipe.key)(event, source);
                computed.as_str()
            }
        };
        let kind = match self
            .kinds
            .iter()
            .position(|(country, k)| *country == event.country && k == key)
        {
            Some(kind) => kind,
            None => {
                self.kinds.push((event.country.clone(), key.to_string()));
                self.kinds.len() - 1
            }
        };
        let entry = self
            .added
            .entry((event.date_start, event.date_end, kind))
            .or_default();
        entry.0 += 1;
        entry.1 += event.fatalities.unwrap_or(0.0);
    }

    /// Notes that the file's events were moved into a release stored before.
    pub(crate) fn joined_release(&mut self) {
        self.joined_release = true;
    }

    /// Brings the tallies up to date with the file `file_id`, whose events (if any) are in `vintage_id`,
    /// at the end of its transaction. The file's event rows are those above `marks.0`, its deletion
    /// rows those above `marks.1`.
    pub(crate) fn finish(
        self,
        transaction: &Transaction<'_>,
        file_id: i64,
        marks: (i64, i64),
        vintage_id: Option<i64>,
        n_deletions: usize,
    ) -> rusqlite::Result<()> {
        let (first_event, first_deletion) = marks;
        let stored: String = transaction.query_row(
            "SELECT recipe FROM event_tally_recipe WHERE id = 1",
            [],
            |row| row.get(0),
        )?;
        let changed_events = self.stored_events || n_deletions > 0 || self.joined_release;
        let Some(recipe) = self.recipe else {
            if changed_events && !stored.is_empty() {
                set_recipe(transaction, "")?;
            }
            return Ok(());
        };
        let version = recipe_version(recipe);
        if stored != version {
            rebuild(transaction, recipe)?;
            return set_recipe(transaction, &version);
        }
        if !changed_events {
            return Ok(());
        }
        let Some(vintage_id) = vintage_id else {
            return Ok(());
        };
        let source: i64 = transaction.query_row(
            "SELECT source_id FROM vintage WHERE id = ?1",
            [vintage_id],
            |row| row.get(0),
        )?;
        // Another release's copy of one of this file's events, or a deletion naming one: looked for
        // event by event only when another release of the source holds events (its tallies say so,
        // being current here), or deletions are stored.
        let shared = self.joined_release
            || n_deletions > 0
            || other_release_or_deletions(transaction, source, vintage_id)?
                && transaction.query_row(
                "SELECT EXISTS (
                     SELECT 1 FROM event e
                     WHERE e.id > ?3 AND e.file_id = ?1 AND (
                         EXISTS (SELECT 1 FROM event o JOIN vintage ov ON ov.id = o.vintage_id
                                 WHERE o.source_id = e.source_id AND o.vintage_id <> e.vintage_id
                                   AND ov.source_id = ?2)
                         OR EXISTS (SELECT 1 FROM event_deletion d WHERE d.source_id = e.source_id)))",
                params![file_id, source, first_event],
                |row| row.get(0),
            )?;
        if shared {
            return recount(transaction, recipe, file_id, first_event, first_deletion);
        }
        if self.added.is_empty() {
            return Ok(());
        }
        let released: String = transaction.query_row(
            "SELECT released FROM vintage WHERE id = ?1",
            [vintage_id],
            |row| row.get(0),
        )?;
        let published = release_date(&released);
        let kinds = self.kinds;
        let mut rows: HashMap<RowKey, Counts> = HashMap::new();
        for ((start, end, kind), (n, deaths)) in self.added {
            let (country, key) = kinds[kind].clone();
            let n = n as i64;
            rows.insert(
                (start, end, country, key, None),
                Counts {
                    n_latest: n,
                    fatalities_latest: deaths,
                    n_cut: if published.is_some() { n } else { 0 },
                    fatalities_cut: if published.is_some() { deaths } else { 0.0 },
                    n_stored: n,
                },
            );
        }
        add_rows(transaction, &HashMap::from([((vintage_id, file_id), rows)]))
    }
}

/// Whether another release of `source` than `vintage_id` has tallies, or any deletion is stored: each
/// asked on its own, the cheapest first, since SQLite runs every branch of an `OR` of subqueries. An
/// undated release's parts are found by their key's prefix at once; the dated releases' rows through
/// the source's releases, which are few when they are dated.
fn other_release_or_deletions(
    transaction: &Transaction<'_>,
    source: i64,
    vintage_id: i64,
) -> rusqlite::Result<bool> {
    let other_release = |sql: &str| -> rusqlite::Result<bool> {
        transaction.query_row(sql, params![source, vintage_id], |row| row.get(0))
    };
    Ok(other_release(
        "SELECT EXISTS (SELECT 1 FROM event_tally_file WHERE source_id = ?1 AND vintage_id <> ?2)",
    )? || transaction.query_row("SELECT EXISTS (SELECT 1 FROM event_deletion)", [], |row| {
        row.get(0)
    })? || other_release(
        "SELECT EXISTS (SELECT 1 FROM vintage v JOIN event_tally t ON t.vintage_id = v.id
                        WHERE v.source_id = ?1 AND v.id <> ?2)",
    )?)
}

/// The version stored beside the tallies: the recipe's name and a hash of the data its keys read.
fn recipe_version(recipe: TallyRecipe) -> String {
    format!("{}#{:016x}", recipe.version, recipe.data)
}

fn set_recipe(transaction: &Transaction<'_>, version: &str) -> rusqlite::Result<()> {
    transaction.execute(
        "UPDATE event_tally_recipe SET recipe = ?1 WHERE id = 1",
        [version],
    )?;
    Ok(())
}

/// Adds changes to the tallies: a dated release's rows by file, an undated release's merged across its
/// source's files, with each file's part in its year, country and key. A row left with nothing to count
/// is removed.
fn add_rows(
    transaction: &Transaction<'_>,
    tallies: &HashMap<(i64, i64), HashMap<RowKey, Counts>>,
) -> rusqlite::Result<()> {
    let mut dated = transaction.prepare_cached(
        "INSERT INTO event_tally (vintage_id, file_id, date_start, date_end, country, key, until, n_latest,
             fatalities_latest, n_cut, fatalities_cut, n_stored)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (file_id, date_start, date_end, country, key, until) DO UPDATE SET
             n_latest = n_latest + excluded.n_latest,
             fatalities_latest = fatalities_latest + excluded.fatalities_latest,
             n_cut = n_cut + excluded.n_cut,
             fatalities_cut = fatalities_cut + excluded.fatalities_cut,
             n_stored = n_stored + excluded.n_stored
         RETURNING id, n_latest = 0 AND n_cut = 0 AND n_stored = 0",
    )?;
    let mut undated = transaction.prepare_cached(
        "INSERT INTO event_tally_undated (source_id, date_start, date_end, country, key, n_latest,
             fatalities_latest, n_stored)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (source_id, date_start, date_end, country, key) DO UPDATE SET
             n_latest = n_latest + excluded.n_latest,
             fatalities_latest = fatalities_latest + excluded.fatalities_latest,
             n_stored = n_stored + excluded.n_stored
         RETURNING id, n_latest = 0 AND n_stored = 0",
    )?;
    let mut part = transaction.prepare_cached(
        "INSERT INTO event_tally_file (source_id, year, country, key, file_id, vintage_id, n_latest, n_stored)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
         ON CONFLICT (source_id, year, country, key, file_id) DO UPDATE SET
             n_latest = n_latest + excluded.n_latest,
             n_stored = n_stored + excluded.n_stored
         RETURNING n_latest = 0 AND n_stored = 0",
    )?;
    let mut release =
        transaction.prepare_cached("SELECT source_id, released FROM vintage WHERE id = ?1")?;
    // A recount can take a row's events all away.
    let mut emptied: Vec<(&str, i64)> = Vec::new();
    let mut parts_emptied: Vec<(i64, i32, &str, &str, i64)> = Vec::new();
    for (&(vintage_id, file_id), rows) in tallies {
        let (source, released): (i64, String) =
            release.query_row([vintage_id], |row| Ok((row.get(0)?, row.get(1)?)))?;
        let is_dated = release_date(&released).is_some();
        // An undated file's part in each year, country and key of its source.
        let mut parts: HashMap<(i32, &str, &str), (i64, i64)> = HashMap::new();
        for ((start, end, country, key, until), counts) in rows {
            if counts.is_zero() {
                continue;
            }
            let (id, empty): (i64, bool) = if is_dated {
                dated.query_row(
                    params![
                        vintage_id,
                        file_id,
                        start.to_string(),
                        end.to_string(),
                        country,
                        key,
                        until.map(|d| d.to_string()).unwrap_or_default(),
                        counts.n_latest,
                        counts.fatalities_latest,
                        counts.n_cut,
                        counts.fatalities_cut,
                        counts.n_stored,
                    ],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )?
            } else {
                // No as-of cut reads an undated release: its copies are never counted in cuts.
                debug_assert!(until.is_none() && counts.n_cut == 0);
                let part = parts.entry((start.year(), country, key)).or_default();
                part.0 += counts.n_latest;
                part.1 += counts.n_stored;
                undated.query_row(
                    params![
                        source,
                        start.to_string(),
                        end.to_string(),
                        country,
                        key,
                        counts.n_latest,
                        counts.fatalities_latest,
                        counts.n_stored,
                    ],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )?
            };
            if empty {
                emptied.push((
                    if is_dated {
                        "event_tally"
                    } else {
                        "event_tally_undated"
                    },
                    id,
                ));
            }
        }
        for ((year, country, key), (n_latest, n_stored)) in parts {
            if n_latest == 0 && n_stored == 0 {
                continue;
            }
            let empty: bool = part.query_row(
                params![
                    source, year, country, key, file_id, vintage_id, n_latest, n_stored
                ],
                |row| row.get(0),
            )?;
            if empty {
                parts_emptied.push((source, year, country, key, file_id));
            }
        }
    }
    // A merged row emptied by one file may be filled again by another: each is removed only if it is
    // empty once all are added.
    for (table, id) in emptied {
        transaction
            .prepare_cached(&format!(
                "DELETE FROM {table} WHERE id = ?1 AND n_latest = 0 AND n_stored = 0{}",
                if table == "event_tally" {
                    " AND n_cut = 0"
                } else {
                    ""
                }
            ))?
            .execute([id])?;
    }
    let mut remove = transaction.prepare_cached(
        "DELETE FROM event_tally_file
         WHERE source_id = ?1 AND year = ?2 AND country = ?3 AND key = ?4 AND file_id = ?5
           AND n_latest = 0 AND n_stored = 0",
    )?;
    for (source, year, country, key, file_id) in parts_emptied {
        remove.execute(params![source, year, country, key, file_id])?;
    }
    Ok(())
}

/// One stored copy of an event, as a rebuild orders its releases.
#[derive(Clone)]
struct Copy {
    release: (String, String),
    vintage_id: i64,
    file_id: i64,
    start: NaiveDate,
    end: NaiveDate,
    country: String,
    key: String,
    fatalities: f64,
}

/// The tallies of some files, by release and file.
type Tallies = HashMap<(i64, i64), HashMap<RowKey, Counts>>;

/// Rebuilds every tally from the events.
fn rebuild(transaction: &Transaction<'_>, recipe: TallyRecipe) -> rusqlite::Result<()> {
    transaction.execute_batch(
        "DELETE FROM event_tally; DELETE FROM event_tally_undated; DELETE FROM event_tally_file;",
    )?;
    // In the order of the source's id, which the events' identity index holds, so that each event's
    // copies come together.
    let sql = format!(
        "SELECT {EVENT_COLUMNS}, s.publisher, s.dataset, s.url, s.licence, v.label, v.released, v.source_id,
                e.vintage_id, e.file_id, 1, 0,
                EXISTS (SELECT 1 FROM event_deletion d WHERE d.source_id = e.source_id)
         FROM event e JOIN vintage v ON v.id = e.vintage_id JOIN source s ON s.id = v.source_id
         ORDER BY e.source_id"
    );
    let mut tallies = Tallies::new();
    walk_chains(
        transaction,
        &sql,
        [],
        recipe,
        |old, new, deleted_before, deleted_now| {
            debug_assert!(old.is_empty() && !deleted_before);
            count_chain(new, deleted_now, 1, &mut tallies);
        },
    )?;
    add_rows(transaction, &tallies)
}

/// Recounts the events a file touched (its events' ids and those its deletions name), in every
/// release of their source: what they count now, less what they counted before the file.
fn recount(
    transaction: &Transaction<'_>,
    recipe: TallyRecipe,
    file_id: i64,
    first_event: i64,
    first_deletion: i64,
) -> rusqlite::Result<()> {
    transaction.execute_batch(
        "CREATE TEMP TABLE IF NOT EXISTS tally_touched (source_id TEXT PRIMARY KEY);
         DELETE FROM tally_touched;",
    )?;
    transaction.execute(
        "INSERT OR IGNORE INTO tally_touched SELECT source_id FROM event WHERE id > ?1 AND file_id = ?2",
        params![first_event, file_id],
    )?;
    transaction.execute(
        "INSERT OR IGNORE INTO tally_touched SELECT source_id FROM event_deletion WHERE id > ?1",
        [first_deletion],
    )?;
    let sql = format!(
        "SELECT {EVENT_COLUMNS}, s.publisher, s.dataset, s.url, s.licence, v.label, v.released, v.source_id,
                e.vintage_id, e.file_id, e.id > ?1,
                EXISTS (SELECT 1 FROM event_deletion d WHERE d.source_id = e.source_id AND d.id <= ?2),
                EXISTS (SELECT 1 FROM event_deletion d WHERE d.source_id = e.source_id)
         FROM tally_touched t JOIN event e ON e.source_id = t.source_id
         JOIN vintage v ON v.id = e.vintage_id JOIN source s ON s.id = v.source_id
         ORDER BY t.source_id"
    );
    let mut tallies = Tallies::new();
    walk_chains(
        transaction,
        &sql,
        [first_event, first_deletion],
        recipe,
        |old, new, deleted_before, deleted_now| {
            count_chain(old, deleted_before, -1, &mut tallies);
            count_chain(new, deleted_now, 1, &mut tallies);
        },
    )?;
    transaction.execute("DELETE FROM tally_touched", [])?;
    add_rows(transaction, &tallies)
}

/// Reads the copies of events in the order of their ids (`sql` selects [`EVENT_COLUMNS`], the source
/// and release, the source's row id, the copy's release and file, whether the copy is new, and whether
/// a deletion named the id before and now), and calls `chain` once per event id and source with the
/// copies stored before the file, all copies, and the two deletion states.
fn walk_chains<P: rusqlite::Params>(
    transaction: &Transaction<'_>,
    sql: &str,
    params: P,
    recipe: TallyRecipe,
    mut chain: impl FnMut(Vec<Copy>, Vec<Copy>, bool, bool),
) -> rusqlite::Result<()> {
    let mut statement = transaction.prepare(sql)?;
    let mut rows = statement.query(params)?;
    // The copies of the current event id, by source: before the file, all, deleted before, now.
    type Chains = HashMap<i64, (Vec<Copy>, Vec<Copy>, bool, bool)>;
    let mut current: Option<String> = None;
    let mut copies: Chains = HashMap::new();
    let mut flush = |copies: &mut Chains| {
        for (_, (old, new, before, now)) in copies.drain() {
            chain(old, new, before, now);
        }
    };
    while let Some(row) = rows.next()? {
        let (id, event) = event_at(row)?;
        let event = event.map_err(|message| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                Box::new(CorruptEvent { id, message }),
            )
        })?;
        let at = EVENT_WIDTH;
        let source = source_at(row, at)?;
        let source_row: i64 = row.get(at + 6)?;
        let is_new: bool = row.get(at + 9)?;
        let deleted_before: bool = row.get(at + 10)?;
        let deleted_now: bool = row.get(at + 11)?;
        if current.as_deref() != Some(event.source_id.as_str()) {
            flush(&mut copies);
            current = Some(event.source_id.clone());
        }
        let key = (recipe.key)(&event, &source);
        let copy = Copy {
            release: (source.vintage_date, source.vintage),
            vintage_id: row.get(at + 7)?,
            file_id: row.get(at + 8)?,
            start: event.date_start,
            end: event.date_end,
            country: event.country,
            key,
            fatalities: event.fatalities.unwrap_or(0.0),
        };
        let entry = copies.entry(source_row).or_insert((
            Vec::new(),
            Vec::new(),
            deleted_before,
            deleted_now,
        ));
        if !is_new {
            entry.0.push(copy.clone());
        }
        entry.1.push(copy);
    }
    flush(&mut copies);
    Ok(())
}

/// A stored event that cannot be read back, met while tallying.
#[derive(Debug)]
pub(crate) struct CorruptEvent {
    pub(crate) id: i64,
    pub(crate) message: String,
}

impl std::fmt::Display for CorruptEvent {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "event {}: {}", self.id, self.message)
    }
}

impl std::error::Error for CorruptEvent {}

/// Counts the copies of one event of one source, in its releases: the newest counts when every release
/// is read; in a cut to a date, the newest copy published and begun by then. A copy begun by `start`
/// and published on `p` is read from `max(p, start)` until the first later copy is.
fn count_chain(mut chain: Vec<Copy>, deleted: bool, sign: i64, tallies: &mut Tallies) {
    if chain.is_empty() {
        return;
    }
    chain.sort_by(|a, b| a.release.cmp(&b.release));
    let read_from: Vec<Option<NaiveDate>> = chain
        .iter()
        .map(|c| release_date(&c.release.0).map(|p| p.max(c.start)))
        .collect();
    let last = chain.len() - 1;
    let weight = sign as f64;
    for (i, copy) in chain.into_iter().enumerate() {
        let until = read_from[i + 1..].iter().flatten().min().copied();
        let counted_in_cuts =
            !deleted && read_from[i].is_some_and(|from| until.is_none_or(|until| from < until));
        let counts = tallies
            .entry((copy.vintage_id, copy.file_id))
            .or_default()
            .entry((
                copy.start,
                copy.end,
                copy.country,
                copy.key,
                if counted_in_cuts { until } else { None },
            ))
            .or_default();
        counts.n_stored += sign;
        if !deleted && i == last {
            counts.n_latest += sign;
            counts.fatalities_latest += weight * copy.fatalities;
        }
        if counted_in_cuts {
            counts.n_cut += sign;
            counts.fatalities_cut += weight * copy.fatalities;
        }
    }
}

/// Countries and keys, each stored once and named by number.
#[derive(Default)]
struct Names {
    numbers: HashMap<String, u32>,
    list: Vec<String>,
}

impl Names {
    fn number(&mut self, written: &str) -> u32 {
        if let Some(n) = self.numbers.get(written) {
            return *n;
        }
        let n = self.list.len() as u32;
        self.numbers.insert(written.to_string(), n);
        self.list.push(written.to_string());
        n
    }

    fn name(&self, n: u32) -> String {
        self.list[n as usize].clone()
    }

    /// The name in column `i` of a row.
    fn read(
        &mut self,
        store: &Store,
        row: &rusqlite::Row<'_>,
        i: usize,
        table: &'static str,
        id: i64,
    ) -> Result<String, StoreError> {
        let n = self.number(text_at(store, row, i, table, id)?);
        Ok(self.name(n))
    }
}

/// The text in column `i` of row `id` of `table`.
fn text_at<'r>(
    store: &Store,
    row: &'r rusqlite::Row<'_>,
    i: usize,
    table: &'static str,
    id: i64,
) -> Result<&'r str, StoreError> {
    row.get_ref(i)
        .map_err(|e| store.sqlite(e))?
        .as_str()
        .map_err(|e| store.corrupt_row(table, id, e.to_string()))
}

impl Store {
    /// Gives the recipe the store tallies events by, from now on; without one, a write that stores
    /// events leaves the tallies stale.
    pub fn set_tally_recipe(&mut self, recipe: TallyRecipe) {
        self.tally = Some(recipe);
    }

    /// The recipe the store tallies events by, if it was given one: a reader may compute the keys of
    /// the events it hands over ([`crate::Ingest::add_keyed_events`]).
    pub fn tally_recipe(&self) -> Option<TallyRecipe> {
        self.tally
    }

    /// Whether events are stored and their tallies are not current under the store's recipe (or no
    /// recipe was given): reading them would fall back to every event until they are rebuilt.
    pub fn tallies_stale(&self) -> Result<bool, StoreError> {
        let (stored, any_event): (String, bool) = self
            .connection
            .query_row(
                "SELECT recipe, EXISTS (SELECT 1 FROM event) FROM event_tally_recipe WHERE id = 1",
                [],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .map_err(|e| self.sqlite(e))?;
        Ok(any_event
            && self
                .tally
                .is_none_or(|recipe| recipe_version(recipe) != stored))
    }

    /// The tallies of the stored events under the store's recipe, or `None` when they are stale (made
    /// under another recipe, or by a write without one, or no recipe was given): the caller then reads
    /// the events themselves. An evidence base with no events has empty tallies. The rows of dated
    /// releases come by file; those of undated releases merged across their source's files, each with
    /// the files whose events count in its source's year, country and key.
    pub fn event_tallies(&self) -> Result<Option<Vec<EventTally>>, StoreError> {
        use std::sync::Arc;
        if self.tallies_stale()? {
            return Ok(None);
        }
        let sqlite = |e| self.sqlite(e);
        // The provenance of each file once, shared by its rows: a GDELT evidence base has a file per
        // quarter hour, and its rows would otherwise each carry nine strings.
        let mut files: HashMap<i64, Arc<dyad_model::Provenance>> = HashMap::new();
        let provenance_sql =
            "SELECT s.publisher, s.dataset, s.url, s.licence, v.label, v.released, f.sha256,
                    f.name, f.ingested_at, f.id
             FROM file f JOIN vintage v ON v.id = ?2 JOIN source s ON s.id = v.source_id
             WHERE f.id = ?1";
        let mut provenance = self.connection.prepare(provenance_sql).map_err(sqlite)?;
        let mut file_provenance = |file: i64, vintage: i64, table: &'static str| {
            if let Some(known) = files.get(&file) {
                return Ok(Arc::clone(known));
            }
            let read = provenance
                .query_row(params![file, vintage], |row| {
                    provenance_at(row, 0, String::new())
                })
                .map_err(|e| match e {
                    rusqlite::Error::QueryReturnedNoRows => self.corrupt_row(
                        table,
                        file,
                        format!("file {file} or release {vintage} is not stored"),
                    ),
                    e => self.sqlite(e),
                })?;
            let read = Arc::new(read);
            files.insert(file, Arc::clone(&read));
            Ok::<_, StoreError>(read)
        };
        // Countries and keys are few: each is read once into a table, and the rows name them by number.
        let mut names = Names::default();
        let text = |row: &rusqlite::Row<'_>, i: usize, table: &'static str, id: i64| {
            text_at(self, row, i, table, id).map(str::to_string)
        };
        let date = |row: &rusqlite::Row<'_>, i: usize, table: &'static str, id: i64| {
            let written = text_at(self, row, i, table, id)?;
            written
                .parse::<NaiveDate>()
                .map_err(|e| self.corrupt_row(table, id, format!("date `{written}`: {e}")))
        };
        let count = |row: &rusqlite::Row<'_>, i: usize| -> Result<u64, StoreError> {
            Ok(row.get::<_, i64>(i).map_err(sqlite)?.max(0) as u64)
        };
        let mut tallies: Vec<EventTally> = Vec::new();
        // The rows of dated releases, by file.
        {
            let mut statement = self
                .connection
                .prepare(
                    "SELECT t.file_id, t.id, t.date_start, t.date_end, t.country, t.key, t.until, t.n_latest,
                            t.fatalities_latest, t.n_cut, t.fatalities_cut, t.n_stored, t.vintage_id
                     FROM event_tally t
                     ORDER BY t.id",
                )
                .map_err(sqlite)?;
            let mut rows = statement.query([]).map_err(sqlite)?;
            while let Some(row) = rows.next().map_err(sqlite)? {
                let table = "event_tally";
                let id: i64 = row.get(1).map_err(sqlite)?;
                let file: i64 = row.get(0).map_err(sqlite)?;
                let vintage: i64 = row.get(12).map_err(sqlite)?;
                let until = text(row, 6, table, id)?;
                let until = if until.is_empty() {
                    None
                } else {
                    Some(date(row, 6, table, id)?)
                };
                tallies.push(EventTally {
                    provenance: file_provenance(file, vintage, table)?,
                    date_start: date(row, 2, table, id)?,
                    date_end: date(row, 3, table, id)?,
                    country: names.read(self, row, 4, table, id)?,
                    key: names.read(self, row, 5, table, id)?,
                    n_latest: count(row, 7)?,
                    fatalities_latest: row.get(8).map_err(sqlite)?,
                    n_cut: count(row, 9)?,
                    fatalities_cut: row.get(10).map_err(sqlite)?,
                    until,
                    n_stored: count(row, 11)?,
                    merged: Arc::from([]),
                });
            }
        }
        // Each undated file's part in its source's years, countries and keys: the files whose events
        // count there, and those that store any, each list in the order a count cites them by.
        type Group = (i64, i32, u32, u32);
        let mut counted: HashMap<Group, Vec<Arc<dyad_model::Provenance>>> = HashMap::new();
        let mut stored: HashMap<Group, Vec<Arc<dyad_model::Provenance>>> = HashMap::new();
        {
            let mut statement = self
                .connection
                .prepare(
                    "SELECT source_id, year, country, key, file_id, vintage_id, n_latest
                     FROM event_tally_file",
                )
                .map_err(sqlite)?;
            let mut rows = statement.query([]).map_err(sqlite)?;
            while let Some(row) = rows.next().map_err(sqlite)? {
                let table = "event_tally_file";
                let file: i64 = row.get(4).map_err(sqlite)?;
                let group: Group = (
                    row.get(0).map_err(sqlite)?,
                    row.get(1).map_err(sqlite)?,
                    names.number(text_at(self, row, 2, table, file)?),
                    names.number(text_at(self, row, 3, table, file)?),
                );
                let provenance = file_provenance(file, row.get(5).map_err(sqlite)?, table)?;
                if count(row, 6)? > 0 {
                    counted
                        .entry(group)
                        .or_default()
                        .push(Arc::clone(&provenance));
                }
                stored.entry(group).or_default().push(provenance);
            }
        }
        let by_citation = |mut list: Vec<Arc<dyad_model::Provenance>>| {
            list.sort_by(|a, b| a.cited_order().cmp(&b.cited_order()));
            Arc::<[Arc<dyad_model::Provenance>]>::from(list)
        };
        let counted: HashMap<Group, Arc<[Arc<dyad_model::Provenance>]>> = counted
            .into_iter()
            .map(|(group, list)| (group, by_citation(list)))
            .collect();
        let stored: HashMap<Group, Arc<[Arc<dyad_model::Provenance>]>> = stored
            .into_iter()
            .map(|(group, list)| (group, by_citation(list)))
            .collect();
        // The rows of undated releases, merged per source, days, country and key: no as-of cut reads
        // them, so what a cut counts (`n_cut`, `until`) stays empty. A row cites the file that sorts last
        // among those whose events count in its group, or, when none does, among those that store any.
        let mut statement = self
            .connection
            .prepare(
                "SELECT id, source_id, date_start, date_end, country, key, n_latest, fatalities_latest,
                        n_stored
                 FROM event_tally_undated
                 ORDER BY id",
            )
            .map_err(sqlite)?;
        let mut rows = statement.query([]).map_err(sqlite)?;
        while let Some(row) = rows.next().map_err(sqlite)? {
            let table = "event_tally_undated";
            let id: i64 = row.get(0).map_err(sqlite)?;
            let date_start = date(row, 2, table, id)?;
            let (country, key) = (
                names.number(text_at(self, row, 4, table, id)?),
                names.number(text_at(self, row, 5, table, id)?),
            );
            let group: Group = (row.get(1).map_err(sqlite)?, date_start.year(), country, key);
            let merged = counted
                .get(&group)
                .cloned()
                .unwrap_or_else(|| Arc::from([]));
            let cited = merged
                .last()
                .or_else(|| stored.get(&group).and_then(|list| list.last()))
                .cloned()
                .ok_or_else(|| {
                    self.corrupt_row(table, id, "no file stores its events".to_string())
                })?;
            tallies.push(EventTally {
                provenance: cited,
                date_start,
                date_end: date(row, 3, table, id)?,
                country: names.name(country),
                key: names.name(key),
                n_latest: count(row, 6)?,
                fatalities_latest: row.get(7).map_err(sqlite)?,
                n_cut: 0,
                fatalities_cut: 0.0,
                until: None,
                n_stored: count(row, 8)?,
                merged,
            });
        }
        Ok(Some(tallies))
    }

    /// Rebuilds every tally from the stored events under the store's recipe, in one transaction:
    /// what the next write would do to stale tallies, for a caller that wants them current now.
    pub fn rebuild_tallies(&mut self) -> Result<(), StoreError> {
        let Some(recipe) = self.tally else {
            return Ok(());
        };
        let path = self.path.clone();
        let sqlite = |source| StoreError::from_sqlite(path.clone(), source);
        let transaction = self.write_transaction()?;
        // Another process may have rebuilt them while this one waited for the write lock.
        let version = recipe_version(recipe);
        let stored: String = transaction
            .query_row(
                "SELECT recipe FROM event_tally_recipe WHERE id = 1",
                [],
                |row| row.get(0),
            )
            .map_err(sqlite)?;
        if stored != version {
            rebuild(&transaction, recipe).map_err(sqlite)?;
            set_recipe(&transaction, &version).map_err(sqlite)?;
        }
        transaction.commit().map_err(sqlite)
    }
}
