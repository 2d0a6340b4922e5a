//! Reads stored events, in every release, and the monthly event aggregates, with their provenance.

use chrono::NaiveDate;
use dyad_model::{Actor, Event, EventCategory, EventEvidence, EventMeasures, EventMonth, Period};

use crate::{Store, StoreError, provenance_at};

/// The columns of a stored event (alias `e`) that [`event_at`] reads, first in a query.
pub(crate) const EVENT_COLUMNS: &str = "e.id, e.source_id, e.date_start, e.date_end, e.date_precision, e.actor1,
    e.actor1_country, e.actor1_code, e.actor2, e.actor2_country, e.actor2_code, e.source_type, e.category,
    e.country, e.admin1, e.admin2, e.location, e.latitude, e.longitude, e.fatalities, e.fatalities_low,
    e.fatalities_high, e.goldstein, e.quad_class, e.mentions, e.tone, e.description";

/// How many columns [`EVENT_COLUMNS`] names.
pub(crate) const EVENT_WIDTH: usize = 27;

/// The event of a row that starts with [`EVENT_COLUMNS`], with its row id; the inner error says what
/// stored value could not be read back.
pub(crate) fn event_at(row: &rusqlite::Row<'_>) -> rusqlite::Result<(i64, Result<Event, String>)> {
    let text = |i: usize| row.get::<_, String>(i);
    let actor = |i: usize| -> rusqlite::Result<Actor> {
        Ok(Actor {
            name: text(i)?,
            country: text(i + 1)?,
            code: text(i + 2)?,
        })
    };
    let id = row.get::<_, i64>(0)?;
    let (start, end, category) = (text(2)?, text(3)?, text(12)?);
    let quad_class = row.get::<_, Option<i64>>(23)?;
    let mut event = Event {
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
    };
    let checked = (|| {
        let date = |text: &str| {
            NaiveDate::parse_from_str(text, "%Y-%m-%d")
                .map_err(|e| format!("event date `{text}`: {e}"))
        };
        event.date_start = date(&start)?;
        event.date_end = date(&end)?;
        event.category = EventCategory::from_name(&category)
            .ok_or_else(|| format!("unknown event category `{category}`"))?;
        event.measures.quad_class = match quad_class {
            None => None,
            Some(q) => Some(u8::try_from(q).map_err(|_| format!("QuadClass {q} out of range"))?),
        };
        Ok(())
    })();
    Ok((id, checked.map(|()| event)))
}

impl Store {
    /// Every stored event, in every release, with its provenance and whether a later deletions file
    /// names it. Measures choose among releases; the store keeps them all.
    pub fn events(&self) -> Result<Vec<EventEvidence>, StoreError> {
        let sql = format!(
            "SELECT {EVENT_COLUMNS}, s.publisher, s.dataset, s.url, s.licence, v.label, v.released, f.sha256,
                    f.name, f.ingested_at, e.record,
                    EXISTS (SELECT 1 FROM event_deletion d WHERE d.source_id = e.source_id)
             FROM event e JOIN vintage v ON v.id = e.vintage_id JOIN source s ON s.id = v.source_id
             JOIN file f ON f.id = e.file_id"
        );
        let mut statement = self.connection.prepare(&sql).map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map([], |row| {
                let (id, event) = event_at(row)?;
                let locator = format!("record {}", row.get::<_, i64>(EVENT_WIDTH + 9)?);
                Ok((
                    id,
                    event,
                    provenance_at(row, EVENT_WIDTH, locator)?,
                    row.get::<_, bool>(EVENT_WIDTH + 10)?,
                ))
            })
            .map_err(|e| self.sqlite(e))?;
        let mut events = Vec::new();
        for row in rows {
            let (id, event, provenance, deleted_later) = row.map_err(|e| self.sqlite(e))?;
            let event = event.map_err(|message| self.corrupt_event(id, message))?;
            let item = EventEvidence {
                event,
                provenance,
                deleted_later,
            };
            events.push((item.event.date_start, id, item));
        }
        // By date, then in the order stored. Sorted here rather than by SQLite, whose sorter compares the
        // dates as text and spills hundreds of thousands of wide rows to a temporary file.
        events.sort_unstable_by_key(|(date, id, _)| (*date, *id));
        Ok(events.into_iter().map(|(_, _, item)| item).collect())
    }

    pub(crate) fn corrupt_event(&self, id: i64, message: String) -> StoreError {
        self.corrupt_row("event", id, message)
    }

    pub(crate) fn corrupt_row(&self, table: &'static str, id: i64, message: String) -> StoreError {
        StoreError::Corrupt {
            path: self.path.clone(),
            table,
            id,
            message,
        }
    }

    /// Merges the monthly aggregates of undated batches again from those stored, in one transaction:
    /// what each ingest keeps, made from scratch (for a check, or after a repair).
    pub fn rebuild_month_merges(&mut self) -> Result<(), StoreError> {
        let path = self.path.clone();
        let sqlite = |source| StoreError::from_sqlite(path.clone(), source);
        let transaction = self.write_transaction()?;
        transaction
            .execute_batch(concat!(
                "DELETE FROM event_month_undated;",
                crate::migrations::merge_undated_months!()
            ))
            .map_err(sqlite)?;
        transaction.commit().map_err(sqlite)
    }

    /// Every stored monthly event aggregate, with its provenance, in the order of subject, month,
    /// release date, release label and row. A dataset's undated batches (GDELT's) come merged per
    /// source, subject and month ([`EventMonth::batches`]): each batch once, citing the first batch
    /// (by label) and its file.
    pub fn event_months(&self) -> Result<Vec<EventMonth>, StoreError> {
        let sqlite = |e| self.sqlite(e);
        let corrupt =
            |table: &'static str, id: i64, e: dyad_model::PeriodError| StoreError::Corrupt {
                path: self.path.clone(),
                table,
                id,
                message: e.to_string(),
            };
        // Each month's sort key beside it: release date, label and row.
        let mut months: Vec<((String, String, i64), EventMonth)> = Vec::new();
        // The other aggregates, read release by release (the `CROSS JOIN` keeps that order, so that
        // the merged batches' rows are never scanned).
        let sql = "SELECT m.id, m.subject, m.month, m.n_events, m.n_quad_1, m.n_quad_2, m.n_quad_3, m.n_quad_4,
                          m.goldstein_sum, s.publisher, s.dataset, s.url, s.licence, v.label, v.released, f.sha256,
                          f.name, f.ingested_at
                   FROM vintage v JOIN source s ON s.id = v.source_id
                   CROSS JOIN event_month m ON m.vintage_id = v.id
                   JOIN file f ON f.id = m.file_id
                   WHERE v.released <> '' OR s.dataset = ?1";
        let mut statement = self.connection.prepare(sql).map_err(sqlite)?;
        let mut rows = statement
            .query([dyad_model::event::TEXT_EVENTS_DATASET])
            .map_err(sqlite)?;
        while let Some(row) = rows.next().map_err(sqlite)? {
            let id: i64 = row.get(0).map_err(sqlite)?;
            let provenance = provenance_at(row, 9, String::new()).map_err(sqlite)?;
            let item = month_at(row, 1, 3, 8, provenance, 1)
                .map_err(sqlite)?
                .map_err(|e| corrupt("event_month", id, e))?;
            let key = (
                item.provenance.source.vintage_date.clone(),
                item.provenance.source.vintage.clone(),
                id,
            );
            months.push((key, item));
        }
        let sql = "SELECT u.id, u.subject, u.month, u.n_events, u.n_quad_1, u.n_quad_2, u.n_quad_3, u.n_quad_4,
                          u.goldstein_micro / 1000000.0, s.publisher, s.dataset, s.url, s.licence, u.first_label, '', f.sha256,
                          f.name, f.ingested_at, u.n_batches, u.n_stored, u.last_label, u.labels
                   FROM event_month_undated u JOIN source s ON s.id = u.source_id
                   JOIN file f ON f.id = u.first_file_id";
        let mut statement = self.connection.prepare(sql).map_err(sqlite)?;
        let mut rows = statement.query([]).map_err(sqlite)?;
        while let Some(row) = rows.next().map_err(sqlite)? {
            let id: i64 = row.get(0).map_err(sqlite)?;
            let provenance = provenance_at(row, 9, String::new()).map_err(sqlite)?;
            let n_batches: i64 = row.get(18).map_err(sqlite)?;
            let n_stored: i64 = row.get(19).map_err(sqlite)?;
            let first = provenance.source.vintage.clone();
            let labels: String = row.get(21).map_err(sqlite)?;
            let labels: Vec<String> =
                serde_json::from_str(&labels).map_err(|e| StoreError::Corrupt {
                    path: self.path.clone(),
                    table: "event_month_undated",
                    id,
                    message: format!("labels `{labels}`: {e}"),
                })?;
            let mut item = month_at(row, 1, 3, 8, provenance, n_stored.max(0) as u64)
                .map_err(sqlite)?
                .map_err(|e| corrupt("event_month_undated", id, e))?;
            item.batches = Some(dyad_model::MergedBatches {
                count: n_batches.max(0) as u64,
                last: row.get(20).map_err(sqlite)?,
                labels,
            });
            months.push(((String::new(), first, 0), item));
        }
        months.sort_by(|(a_key, a), (b_key, b)| {
            (a.subject.as_str(), a.month, a_key).cmp(&(b.subject.as_str(), b.month, b_key))
        });
        Ok(months.into_iter().map(|(_, month)| month).collect())
    }
}

/// The monthly aggregate of a row: subject at `subject`, month after it, the five counts from `counts`,
/// the Goldstein sum at `goldstein`; the inner error is a month that cannot be read back.
fn month_at(
    row: &rusqlite::Row<'_>,
    subject: usize,
    counts: usize,
    goldstein: usize,
    mut provenance: dyad_model::Provenance,
    n_stored: u64,
) -> rusqlite::Result<Result<EventMonth, dyad_model::PeriodError>> {
    let count = |i: usize| row.get::<_, i64>(i).map(|n| n.max(0) as u64);
    let subject_text: String = row.get(subject)?;
    let month_text: String = row.get(subject + 1)?;
    let month: Period = match month_text.parse() {
        Ok(month) => month,
        Err(e) => return Ok(Err(e)),
    };
    provenance.locator = format!("{subject_text} {month_text}");
    Ok(Ok(EventMonth {
        subject: subject_text,
        month,
        n_events: count(counts)?,
        n_by_quad_class: [
            count(counts + 1)?,
            count(counts + 2)?,
            count(counts + 3)?,
            count(counts + 4)?,
        ],
        goldstein_sum: row.get(goldstein)?,
        n_stored,
        batches: None,
        provenance,
    }))
}

/// The source, label and file order of an undated batch whose monthly aggregates are merged: a release
/// with no date of a dataset's (not of the events coded from documents).
pub(crate) struct UndatedBatch {
    source_id: i64,
    label: String,
}

/// The batch `vintage_id` is, when its aggregates are merged.
pub(crate) fn undated_batch(
    transaction: &rusqlite::Transaction<'_>,
    vintage_id: i64,
) -> rusqlite::Result<Option<UndatedBatch>> {
    let (source_id, label, released, dataset): (i64, String, String, String) = transaction.query_row(
        "SELECT v.source_id, v.label, v.released, s.dataset FROM vintage v JOIN source s ON s.id = v.source_id
         WHERE v.id = ?1",
        [vintage_id],
        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?, row.get(3)?)),
    )?;
    Ok(
        (released.is_empty() && dataset != dyad_model::event::TEXT_EVENTS_DATASET)
            .then_some(UndatedBatch { source_id, label }),
    )
}

/// Merges one stored aggregate (row `row_id`) of an undated batch into its source's month: counted
/// when it is the batch's first for the subject and month (a batch ingested plain and zipped is one),
/// and stored in any case.
pub(crate) fn merge_month(
    transaction: &rusqlite::Transaction<'_>,
    batch: &UndatedBatch,
    row_id: i64,
    (subject, month): (&str, &str),
    aggregate: &dyad_model::parsed::MonthAggregate,
    file_id: i64,
) -> rusqlite::Result<()> {
    use rusqlite::{OptionalExtension, params};
    let vintage_id: i64 = transaction.query_row(
        "SELECT vintage_id FROM event_month WHERE id = ?1",
        [row_id],
        |row| row.get(0),
    )?;
    let counted_before: bool = transaction.query_row(
        "SELECT EXISTS (SELECT 1 FROM event_month
                        WHERE vintage_id = ?1 AND subject = ?2 AND month = ?3 AND id < ?4)",
        params![vintage_id, subject, month, row_id],
        |row| row.get(0),
    )?;
    type Merged = (i64, i64, String, String, String, i64);
    let merged: Option<Merged> = transaction
        .prepare_cached(
            "SELECT id, n_batches, first_label, last_label, labels, first_file_id FROM event_month_undated
             WHERE source_id = ?1 AND subject = ?2 AND month = ?3",
        )?
        .query_row(params![batch.source_id, subject, month], |row| {
            Ok((
                row.get(0)?,
                row.get(1)?,
                row.get(2)?,
                row.get(3)?,
                row.get(4)?,
                row.get(5)?,
            ))
        })
        .optional()?;
    let quads = aggregate.n_by_quad_class.map(|n| n as i64);
    let label = batch.label.as_str();
    // The batches named, as they stand after this one: the first and last labels, the first's file,
    // and every label in order while there are no more than three.
    let (first_label, first_file, last_label, labels) = match merged {
        None => (
            label.to_string(),
            file_id,
            label.to_string(),
            serde_json::Value::from(vec![label]).to_string(),
        ),
        Some((id, ..)) if counted_before => {
            transaction
                .prepare_cached(
                    "UPDATE event_month_undated SET n_stored = n_stored + 1 WHERE id = ?1",
                )?
                .execute([id])?;
            return Ok(());
        }
        Some((_, n_batches, first, last, labels, first_file)) => {
            let labels = if n_batches < 3 {
                let mut list: Vec<String> = serde_json::from_str(&labels).map_err(|e| {
                    rusqlite::Error::FromSqlConversionFailure(
                        4,
                        rusqlite::types::Type::Text,
                        Box::new(e),
                    )
                })?;
                list.push(label.to_string());
                list.sort_unstable();
                serde_json::Value::from(list).to_string()
            } else {
                "[]".to_string()
            };
            let first_file = if label < first.as_str() {
                file_id
            } else {
                first_file
            };
            (
                first.min(label.to_string()),
                first_file,
                last.max(label.to_string()),
                labels,
            )
        }
    };
    // A new batch of the month: its counts added, the batches named anew.
    transaction
        .prepare_cached(
            "INSERT INTO event_month_undated (source_id, subject, month, n_events, n_quad_1, n_quad_2,
                 n_quad_3, n_quad_4, goldstein_micro, tone_sum, mentions_sum, n_batches, n_stored,
                 first_label, first_file_id, last_label, labels)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 1, 1, ?12, ?13, ?14, ?15)
             ON CONFLICT (source_id, subject, month) DO UPDATE SET
                 n_events = n_events + excluded.n_events, n_quad_1 = n_quad_1 + excluded.n_quad_1,
                 n_quad_2 = n_quad_2 + excluded.n_quad_2, n_quad_3 = n_quad_3 + excluded.n_quad_3,
                 n_quad_4 = n_quad_4 + excluded.n_quad_4,
                 goldstein_micro = goldstein_micro + excluded.goldstein_micro,
                 tone_sum = tone_sum + excluded.tone_sum,
                 mentions_sum = mentions_sum + excluded.mentions_sum, n_batches = n_batches + 1,
                 n_stored = n_stored + 1, first_label = excluded.first_label,
                 first_file_id = excluded.first_file_id, last_label = excluded.last_label,
                 labels = excluded.labels",
        )?
        .execute(params![
            batch.source_id,
            subject,
            month,
            aggregate.n_events as i64,
            quads[0],
            quads[1],
            quads[2],
            quads[3],
            dyad_model::event::goldstein_micro(aggregate.goldstein_sum),
            aggregate.tone_sum,
            aggregate.mentions_sum as i64,
            first_label,
            first_file,
            last_label,
            labels,
        ])?;
    Ok(())
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_merge_leaves_the_events_coded_from_documents_apart() {
        let sql = crate::migrations::merge_undated_months!();
        assert!(sql.contains(&format!("'{}'", dyad_model::event::TEXT_EVENTS_DATASET)));
    }
}
