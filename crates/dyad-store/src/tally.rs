//! Keeps the tallies of stored events that the measures read instead of the events: per file, day,
//! country and recipe key, how many events count in the newest release and in each as-of cut.
//!
//! The recipe ([`TallyRecipe`]) is given by the caller: the store knows nothing of what a key means.
//! Each file's ingest updates the tallies in its own transaction. An event whose id no other release
//! of its source holds, and that no deletions file names, counts alone: the file's events are added
//! as they are stored. Otherwise (a new release of events already stored, a deletions file, a file that
//! joins a release already stored) the source's tallies are rebuilt from its events, one event id at a
//! time in the order of the id index. Tallies made under another recipe, or by a write without one, are
//! stale: readers are told so, and the next write with a recipe rebuilds them all.

use std::collections::HashMap;

use chrono::NaiveDate;
use dyad_model::event::release_date;
use dyad_model::{Event, EventTally, SourceRef, TallyRecipe};
use rusqlite::{Transaction, params};

use crate::events::{EVENT_COLUMNS, EVENT_WIDTH, event_at};
use crate::{Store, StoreError, provenance_at, source_at};

/// A tally row's identity within its file: first and last day, country, key and `until`.
type RowKey = (NaiveDate, NaiveDate, String, String, Option<NaiveDate>);

/// A tally row's counts: latest, deaths latest, in cuts, deaths in cuts, stored.
#[derive(Debug, Clone, Copy, Default)]
struct Counts {
    n_latest: u64,
    fatalities_latest: f64,
    n_cut: u64,
    fatalities_cut: f64,
    n_stored: u64,
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
        let key = match key {
            Some(key) => key.to_string(),
            None => (recipe.key)(event, source),
        };
        let kind = match self
            .kinds
            .iter()
            .position(|(country, k)| *country == event.country && *k == key)
        {
            Some(kind) => kind,
            None => {
                self.kinds.push((event.country.clone(), key));
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
    /// at the end of its transaction.
    pub(crate) fn finish(
        self,
        transaction: &Transaction<'_>,
        file_id: i64,
        first_event: i64,
        vintage_id: Option<i64>,
        n_deletions: usize,
    ) -> rusqlite::Result<()> {
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
        if stored != recipe.version {
            rebuild(transaction, recipe, None)?;
            return set_recipe(transaction, recipe.version);
        }
        if !changed_events {
            return Ok(());
        }
        let mut sources: Vec<i64> = Vec::new();
        if n_deletions > 0 {
            let mut statement = transaction.prepare(
                "SELECT DISTINCT v.source_id FROM event_deletion d JOIN event e ON e.source_id = d.source_id
                 JOIN vintage v ON v.id = e.vintage_id WHERE d.file_id = ?1",
            )?;
            let found = statement.query_map([file_id], |row| row.get(0))?;
            for source in found {
                sources.push(source?);
            }
        }
        if let Some(vintage_id) = vintage_id {
            let source: i64 = transaction.query_row(
                "SELECT source_id FROM vintage WHERE id = ?1",
                [vintage_id],
                |row| row.get(0),
            )?;
            // Another release's copy of one of this file's events, or a deletion naming one: looked
            // for event by event only when another release of the source holds events (its tallies say so,
            // being current here), or deletions are stored.
            let shared: bool = self.joined_release
                || transaction.query_row(
                    "SELECT EXISTS (SELECT 1 FROM vintage v JOIN event_tally t ON t.vintage_id = v.id
                                    WHERE v.source_id = ?1 AND v.id <> ?2)
                         OR EXISTS (SELECT 1 FROM event_deletion)",
                    params![source, vintage_id],
                    |row| row.get::<_, bool>(0),
                )? && transaction.query_row(
                    "SELECT EXISTS (
                         SELECT 1 FROM event e
                         WHERE e.id > ?4 AND e.vintage_id = ?1 AND e.file_id = ?2 AND (
                             EXISTS (SELECT 1 FROM event o JOIN vintage ov ON ov.id = o.vintage_id
                                     WHERE o.source_id = e.source_id AND o.vintage_id <> e.vintage_id
                                       AND ov.source_id = ?3)
                             OR EXISTS (SELECT 1 FROM event_deletion d WHERE d.source_id = e.source_id)))",
                    params![vintage_id, file_id, source, first_event],
                    |row| row.get(0),
                )?;
            if shared {
                sources.push(source);
            } else if !self.added.is_empty() {
                let released: String = transaction.query_row(
                    "SELECT released FROM vintage WHERE id = ?1",
                    [vintage_id],
                    |row| row.get(0),
                )?;
                let published = release_date(&released);
                let kinds = self.kinds;
                let rows = self
                    .added
                    .into_iter()
                    .map(|((start, end, kind), (n, deaths))| {
                        let (country, key) = kinds[kind].clone();
                        let counts = Counts {
                            n_latest: n,
                            fatalities_latest: deaths,
                            n_cut: if published.is_some() { n } else { 0 },
                            fatalities_cut: if published.is_some() { deaths } else { 0.0 },
                            n_stored: n,
                        };
                        ((start, end, country, key, None), counts)
                    });
                add_rows(transaction, vintage_id, file_id, rows)?;
            }
        }
        sources.sort_unstable();
        sources.dedup();
        if !sources.is_empty() {
            rebuild(transaction, recipe, Some(&sources))?;
        }
        Ok(())
    }
}

fn set_recipe(transaction: &Transaction<'_>, version: &str) -> rusqlite::Result<()> {
    transaction.execute(
        "UPDATE event_tally_recipe SET recipe = ?1 WHERE id = 1",
        [version],
    )?;
    Ok(())
}

fn add_rows(
    transaction: &Transaction<'_>,
    vintage_id: i64,
    file_id: i64,
    rows: impl IntoIterator<Item = (RowKey, Counts)>,
) -> rusqlite::Result<()> {
    let mut insert = transaction.prepare_cached(
        "INSERT INTO event_tally (vintage_id, file_id, date_start, date_end, country, key, until, n_latest,
             fatalities_latest, n_cut, fatalities_cut, n_stored)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
         ON CONFLICT (file_id, date_start, date_end, country, key, until) DO UPDATE SET
             n_latest = n_latest + excluded.n_latest,
             fatalities_latest = fatalities_latest + excluded.fatalities_latest,
             n_cut = n_cut + excluded.n_cut,
             fatalities_cut = fatalities_cut + excluded.fatalities_cut,
             n_stored = n_stored + excluded.n_stored",
    )?;
    for ((start, end, country, key, until), counts) in rows {
        insert.execute(params![
            vintage_id,
            file_id,
            start.to_string(),
            end.to_string(),
            country,
            key,
            until.map(|d| d.to_string()).unwrap_or_default(),
            counts.n_latest as i64,
            counts.fatalities_latest,
            counts.n_cut as i64,
            counts.fatalities_cut,
            counts.n_stored as i64,
        ])?;
    }
    Ok(())
}

/// One stored copy of an event, as a rebuild orders its releases.
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

/// Rebuilds the tallies of the events of `sources` (every source when `None`) from the events.
fn rebuild(
    transaction: &Transaction<'_>,
    recipe: TallyRecipe,
    sources: Option<&[i64]>,
) -> rusqlite::Result<()> {
    let filter = match sources {
        None => {
            transaction.execute("DELETE FROM event_tally", [])?;
            String::new()
        }
        Some(sources) => {
            let list = sources
                .iter()
                .map(i64::to_string)
                .collect::<Vec<_>>()
                .join(", ");
            transaction.execute(
                &format!(
                    "DELETE FROM event_tally WHERE vintage_id IN (SELECT id FROM vintage WHERE source_id IN ({list}))"
                ),
                [],
            )?;
            format!("WHERE v.source_id IN ({list})")
        }
    };
    // In the order of the source's id, which the events' identity index holds, so that each event's
    // copies come together.
    let sql = format!(
        "SELECT {EVENT_COLUMNS}, s.publisher, s.dataset, s.url, s.licence, v.label, v.released, v.source_id,
                e.vintage_id, e.file_id,
                EXISTS (SELECT 1 FROM event_deletion d WHERE d.source_id = e.source_id)
         FROM event e
         JOIN vintage v ON v.id = e.vintage_id JOIN source s ON s.id = v.source_id
         {filter}
         ORDER BY e.source_id"
    );
    let mut statement = transaction.prepare(&sql)?;
    let mut rows = statement.query([])?;
    let mut tallies: HashMap<(i64, i64), HashMap<RowKey, Counts>> = HashMap::new();
    // The copies of the current event id, by source.
    let mut current: Option<String> = None;
    let mut copies: HashMap<i64, (bool, Vec<Copy>)> = HashMap::new();
    while let Some(row) = rows.next()? {
        let (id, event) = event_at(row)?;
        let event = event.map_err(|message| {
            rusqlite::Error::FromSqlConversionFailure(
                0,
                rusqlite::types::Type::Text,
                format!("event {id}: {message}").into(),
            )
        })?;
        let at = EVENT_WIDTH;
        let source = source_at(row, at)?;
        let source_row: i64 = row.get(at + 6)?;
        let deleted: bool = row.get(at + 9)?;
        if current.as_deref() != Some(event.source_id.as_str()) {
            for (_, (deleted, chain)) in copies.drain() {
                count_chain(chain, deleted, &mut tallies);
            }
            current = Some(event.source_id.clone());
        }
        let key = (recipe.key)(&event, &source);
        let entry = copies.entry(source_row).or_insert((deleted, Vec::new()));
        entry.1.push(Copy {
            release: (source.vintage_date, source.vintage),
            vintage_id: row.get(at + 7)?,
            file_id: row.get(at + 8)?,
            start: event.date_start,
            end: event.date_end,
            country: event.country,
            key,
            fatalities: event.fatalities.unwrap_or(0.0),
        });
    }
    for (_, (deleted, chain)) in copies.drain() {
        count_chain(chain, deleted, &mut tallies);
    }
    for ((vintage_id, file_id), rows) in tallies {
        add_rows(transaction, vintage_id, file_id, rows)?;
    }
    Ok(())
}

/// Counts the copies of one event of one source, in its releases: the newest counts when every release
/// is read; in a cut to a date, the newest copy published and begun by then. A copy begun by `start`
/// and published on `p` is read from `max(p, start)` until the first later copy is.
fn count_chain(
    mut chain: Vec<Copy>,
    deleted: bool,
    tallies: &mut HashMap<(i64, i64), HashMap<RowKey, Counts>>,
) {
    chain.sort_by(|a, b| a.release.cmp(&b.release));
    let read_from: Vec<Option<NaiveDate>> = chain
        .iter()
        .map(|c| release_date(&c.release.0).map(|p| p.max(c.start)))
        .collect();
    let last = chain.len() - 1;
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
        counts.n_stored += 1;
        if !deleted && i == last {
            counts.n_latest += 1;
            counts.fatalities_latest += copy.fatalities;
        }
        if counted_in_cuts {
            counts.n_cut += 1;
            counts.fatalities_cut += copy.fatalities;
        }
    }
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
        Ok(any_event && self.tally.is_none_or(|recipe| recipe.version != stored))
    }

    /// The tallies of the stored events under the store's recipe, or `None` when they are stale (made
    /// under another recipe, or by a write without one, or no recipe was given): the caller then reads
    /// the events themselves. An evidence base with no events has empty tallies.
    pub fn event_tallies(&self) -> Result<Option<Vec<EventTally>>, StoreError> {
        if self.tallies_stale()? {
            return Ok(None);
        }
        let mut statement = self
            .connection
            .prepare(
                "SELECT s.publisher, s.dataset, s.url, s.licence, v.label, v.released, f.sha256, f.name,
                        f.ingested_at, t.id, t.date_start, t.date_end, t.country, t.key, t.until, t.n_latest,
                        t.fatalities_latest, t.n_cut, t.fatalities_cut, t.n_stored
                 FROM event_tally t JOIN vintage v ON v.id = t.vintage_id JOIN source s ON s.id = v.source_id
                 JOIN file f ON f.id = t.file_id
                 ORDER BY t.id",
            )
            .map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map([], |row| {
                let count = |i: usize| row.get::<_, i64>(i).map(|n| n.max(0) as u64);
                Ok((
                    row.get::<_, i64>(9)?,
                    [
                        row.get::<_, String>(10)?,
                        row.get::<_, String>(11)?,
                        row.get::<_, String>(14)?,
                    ],
                    EventTally {
                        provenance: provenance_at(row, 0, String::new())?,
                        date_start: NaiveDate::MIN,
                        date_end: NaiveDate::MIN,
                        country: row.get(12)?,
                        key: row.get(13)?,
                        n_latest: count(15)?,
                        fatalities_latest: row.get(16)?,
                        n_cut: count(17)?,
                        fatalities_cut: row.get(18)?,
                        until: None,
                        n_stored: count(19)?,
                    },
                ))
            })
            .map_err(|e| self.sqlite(e))?;
        let mut tallies = Vec::new();
        for row in rows {
            let (id, [start, end, until], mut tally) = row.map_err(|e| self.sqlite(e))?;
            let date = |text: &str| {
                NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    .map_err(|e| self.corrupt_event(id, format!("tally date `{text}`: {e}")))
            };
            tally.date_start = date(&start)?;
            tally.date_end = date(&end)?;
            tally.until = if until.is_empty() {
                None
            } else {
                Some(date(&until)?)
            };
            tallies.push(tally);
        }
        Ok(Some(tallies))
    }

    /// Rebuilds every tally from the stored events under the store's recipe, in one transaction:
    /// what the next write would do to stale tallies, for a caller that wants them current now.
    pub fn rebuild_tallies(&mut self) -> Result<(), StoreError> {
        let Some(recipe) = self.tally else {
            return Ok(());
        };
        self.check_before_write()?;
        let path = self.path.clone();
        let sqlite = |source| StoreError::from_sqlite(path.clone(), source);
        let transaction = self
            .connection
            .transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        rebuild(&transaction, recipe, None).map_err(sqlite)?;
        set_recipe(&transaction, recipe.version).map_err(sqlite)?;
        transaction.commit().map_err(sqlite)
    }
}
