//! Reads observations with their provenance, and the sources and releases that hold them.

use dyad_model::{Evidence, Observation, Period, Status, Value};

use crate::{Store, StoreError, provenance_at};

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
pub struct ObservationFilter<'a> {
    /// An indicator name, or a prefix ending in `.` (`trade.`).
    pub indicator: Option<&'a str>,
    /// A subject.
    pub subject: Option<&'a str>,
    /// Only observations whose period overlaps this one.
    pub overlapping: Option<Period>,
}

impl Store {
    /// Reads the observations that match `filter`, with their provenance, in a stable order.
    pub fn evidence(&self, filter: &ObservationFilter<'_>) -> Result<Vec<Evidence>, StoreError> {
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
                table: "observation",
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

    /// Lists every source with its vintages and observation counts.
    pub fn sources(&self) -> Result<Vec<SourceSummary>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT s.publisher, s.dataset, s.licence, v.label, v.released,
                     (SELECT count(*) FROM observation o WHERE o.vintage_id = v.id),
                     v.n_events,
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
}
