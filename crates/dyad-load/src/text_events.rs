//! Turns the events the dictionary coder finds in stored documents into events and monthly aggregates
//! the evidence base keeps beside dataset events, under their own source.
//!
//! Each event is dated by its document (a document dated by its month or year only gives its first day,
//! with that precision), carries its CAMEO code, Goldstein score and QuadClass, and points to its words:
//! document, passage and character span, and the sentence. Monthly aggregates are per direction of two
//! countries (`PAK→AFG`: the source actor Pakistani, the target Afghan), as GDELT's are, so the
//! cooperation–conflict index can be read from documents as well as from news events. A run is one
//! "file" whose identity is the hash of the coder's identity (its version and the dictionaries' hashes)
//! and of the documents coded: coding the same documents again with the same dictionaries is a no-op.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use dyad_model::event::{TEXT_EVENTS_DATASET, TEXT_EVENTS_PUBLISHER};
use dyad_model::parsed::{EventRecord, MonthAggregate, Parsed};
use dyad_model::{Actor, Event, EventCategory, EventMeasures, Period, SourceRef};
use dyad_store::StoredDocument;
use dyad_text::events::Date;
use dyad_text::events::coder::Coder;
use sha2::{Digest, Sha256};

/// Events coded from documents, ready to store as one file.
#[derive(Debug)]
pub struct TextEvents {
    /// The events and monthly aggregates, under the text-events source.
    pub parsed: Parsed,
    /// The run's identity: the hash of the coder and the documents.
    pub sha256: String,
    /// The run's name, as the evidence base lists it.
    pub name: String,
    /// The documents coded.
    pub documents: usize,
    /// The documents left out because they have no date, by title.
    pub undated: Vec<String>,
}

/// The last day of the period a document's date names: the day itself, or its month's or year's end.
fn period_end(day: NaiveDate, precision: &str) -> NaiveDate {
    match precision {
        "year" => NaiveDate::from_ymd_opt(day.year(), 12, 31).unwrap_or(day),
        "month" => {
            let (year, month) = if day.month() == 12 {
                (day.year() + 1, 1)
            } else {
                (day.year(), day.month() + 1)
            };
            NaiveDate::from_ymd_opt(year, month, 1)
                .and_then(|next| next.pred_opt())
                .unwrap_or(day)
        }
        _ => day,
    }
}

/// A document's date as the coder and an event need it: the day, and how precise it is.
fn document_date(date: &str) -> Option<(NaiveDate, &'static str)> {
    let parts: Vec<&str> = date.split('-').collect();
    let number = |i: usize| parts.get(i).and_then(|p| p.parse::<u32>().ok());
    let year = parts.first()?.parse::<i32>().ok()?;
    match parts.len() {
        1 => NaiveDate::from_ymd_opt(year, 1, 1).map(|d| (d, "year")),
        2 => NaiveDate::from_ymd_opt(year, number(1)?, 1).map(|d| (d, "month")),
        3 => NaiveDate::from_ymd_opt(year, number(1)?, number(2)?).map(|d| (d, "day")),
        _ => None,
    }
}

/// The country of a CAMEO actor code (`PAKGOV` → `PAK`), when its first three letters name one.
fn country_of(code: &str) -> String {
    let prefix = code.get(..3).unwrap_or("");
    let known = dyad_model::country::Concordance::bundled()
        .by_code(dyad_model::country::Scheme::Cameo, prefix)
        .is_ok();
    if known {
        prefix.to_string()
    } else {
        String::new()
    }
}

/// Codes `documents` with `coder`, whose identity (its version and the dictionaries' hashes) is
/// `coder_id`.
pub fn text_events(documents: &[StoredDocument], coder: &Coder, coder_id: &str) -> TextEvents {
    let mut hasher = Sha256::new();
    hasher.update(coder_id.as_bytes());
    let mut events = Vec::new();
    let mut undated = Vec::new();
    let mut coded_documents = 0;
    // (direction, month) → aggregate.
    let mut months: BTreeMap<(String, Period), MonthAggregate> = BTreeMap::new();
    for document in documents {
        let summary = &document.summary;
        let Some((day, precision)) = document_date(&summary.date) else {
            undated.push(summary.title.clone());
            continue;
        };
        coded_documents += 1;
        hasher.update(summary.sha256.as_bytes());
        let date = Date((day.year() as u32) * 10_000 + day.month() * 100 + day.day());
        for passage in &document.passages {
            for sentence in coder.code_text(&passage.text, date) {
                for (index, coded) in sentence.events.iter().enumerate() {
                    // The coder counts a sentence's start in characters of the passage.
                    let start = passage.locator.start as usize + sentence.start;
                    let end = start + sentence.text.chars().count();
                    let target = coded.target.as_ref();
                    let actor = |code: &str, words: &str| Actor {
                        name: words.to_string(),
                        country: country_of(code),
                        code: code.to_string(),
                    };
                    let event = Event {
                        source_id: format!(
                            "{}:{}:{start}:{index}",
                            &summary.sha256[..12],
                            passage.number
                        ),
                        date_start: day,
                        date_end: period_end(day, precision),
                        date_precision: precision.to_string(),
                        actor1: actor(&coded.source.code, &coded.source.text),
                        actor2: target.map_or_else(Actor::default, |t| actor(&t.code, &t.text)),
                        source_type: format!("CAMEO {}", coded.cameo),
                        category: EventCategory::from_cameo(&coded.cameo),
                        country: String::new(),
                        admin1: String::new(),
                        admin2: String::new(),
                        location: String::new(),
                        latitude: None,
                        longitude: None,
                        fatalities: None,
                        fatalities_low: None,
                        fatalities_high: None,
                        description: format!(
                            "document {} ({}), passage {}, chars {start}–{end}: {}",
                            summary.id, summary.title, passage.number, sentence.text
                        ),
                        measures: EventMeasures {
                            goldstein: coded.goldstein,
                            quad_class: coded.quad_class.map(|q| q.number()),
                            mentions: Some(1),
                            tone: None,
                        },
                    };
                    let (from, to) = (&event.actor1.country, &event.actor2.country);
                    // A document dated by its year alone has no month to count its events in.
                    if !from.is_empty() && !to.is_empty() && from != to && precision != "year" {
                        let month = Period::Month(day.year(), day.month() as u8);
                        let aggregate = months
                            .entry((format!("{from}→{to}"), month))
                            .or_insert_with(|| MonthAggregate {
                                subject: format!("{from}→{to}"),
                                month: Some(month),
                                ..MonthAggregate::default()
                            });
                        aggregate.n_events += 1;
                        if let Some(q) = event.measures.quad_class {
                            aggregate.n_by_quad_class[usize::from(q.clamp(1, 4) - 1)] += 1;
                        }
                        aggregate.goldstein_sum += event.measures.goldstein.unwrap_or(0.0);
                        aggregate.mentions_sum += 1;
                    }
                    events.push(EventRecord {
                        record: events.len() as u64 + 1,
                        event,
                    });
                }
            }
        }
    }
    let sha256 = format!("{:x}", hasher.finalize());
    let release = format!("{coder_id} · documents {}", &sha256[..12]);
    let parsed = Parsed {
        source: Some(SourceRef::new(
            TEXT_EVENTS_PUBLISHER,
            TEXT_EVENTS_DATASET,
            &release,
            "",
        )),
        n_rows: events.len() as u64,
        events,
        aggregates: months.into_values().collect(),
        ..Parsed::default()
    };
    TextEvents {
        parsed,
        name: format!("{TEXT_EVENTS_DATASET} ({coded_documents} documents)"),
        sha256,
        documents: coded_documents,
        undated,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_documents_date_gives_the_day_and_its_precision() {
        assert_eq!(
            document_date("2023-11-02"),
            Some((NaiveDate::from_ymd_opt(2023, 11, 2).unwrap(), "day"))
        );
        assert_eq!(
            document_date("2023-11"),
            Some((NaiveDate::from_ymd_opt(2023, 11, 1).unwrap(), "month"))
        );
        assert_eq!(
            document_date("2023"),
            Some((NaiveDate::from_ymd_opt(2023, 1, 1).unwrap(), "year"))
        );
        assert_eq!(document_date(""), None);
        let day = |y, m, d| NaiveDate::from_ymd_opt(y, m, d).unwrap();
        assert_eq!(period_end(day(2023, 1, 1), "year"), day(2023, 12, 31));
        assert_eq!(period_end(day(2024, 2, 1), "month"), day(2024, 2, 29));
        assert_eq!(period_end(day(2023, 12, 1), "month"), day(2023, 12, 31));
        assert_eq!(period_end(day(2023, 5, 7), "day"), day(2023, 5, 7));
        assert_eq!(document_date("2023-13-01"), None);
    }

    #[test]
    fn a_code_names_its_country_only_when_its_prefix_is_one() {
        assert_eq!(country_of("PAKGOV"), "PAK");
        assert_eq!(country_of("AFGREB"), "AFG");
        assert_eq!(country_of("IGOUNO"), "");
        assert_eq!(country_of("---"), "");
    }
}
