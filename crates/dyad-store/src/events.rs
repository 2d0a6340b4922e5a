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
                        table: "event_month",
                        id,
                        message: e.to_string(),
                    })?;
            item.provenance.locator = format!("{} {}", item.subject, month);
            months.push(item);
        }
        Ok(months)
    }
}
