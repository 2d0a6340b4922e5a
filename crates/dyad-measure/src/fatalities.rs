//! Adds up deaths in political violence by country, year and the kind of actor that initiated it, from
//! the common facts that events and the bundled GED aggregates become.

use std::collections::BTreeMap;

use chrono::Datelike;
use dyad_model::{Evidence, Observation, Period, Status, Value};

use crate::events::{EventSource, Fact};
use crate::format::format_number;

/// The indicator the sums are figures of.
pub(crate) const INDICATOR_NAME: &str = "conflict.fatalities_by_actor";

/// The kinds of actor, as subjects are named: `PAK: state forces`.
/// The fourth is for UCDP GED's state-based conflict events, whose initiator GED does not record: side A
/// of such a dyad is always the government by UCDP's convention, not because it attacked.
pub(crate) const TYPES: [&str; 4] = [
    "state forces",
    "non-state armed groups",
    "other actors",
    "state-based clashes, initiator not recorded",
];

fn actor_type(fact: &Fact<'_>) -> &'static str {
    let (name, _, code) = fact.actor1;
    match fact.source {
        EventSource::Acled => match code.trim() {
            "1" => TYPES[0],
            "2" | "3" => TYPES[1],
            c if c.to_lowercase().starts_with("state") => TYPES[0],
            c if c.to_lowercase().contains("rebel") || c.to_lowercase().contains("militia") => {
                TYPES[1]
            }
            _ => TYPES[2],
        },
        EventSource::UcdpGed => {
            let violence = fact.source_type.trim_start_matches("type_of_violence ");
            match violence {
                // State-based: GED records the dyad, not who struck first.
                "1" => TYPES[3],
                // One-sided violence: side A is the perpetrator.
                "3" if name.starts_with("Government of") => TYPES[0],
                _ => TYPES[1],
            }
        }
        EventSource::Gdelt => TYPES[2],
    }
}

/// Source, year, country and actor type.
type Key<'f> = (EventSource, i32, &'f str, &'static str);

/// Deaths by source, year, country and actor type, as figures of `conflict.fatalities_by_actor`.
pub(crate) fn from_facts(facts: &[Fact<'_>]) -> Vec<Evidence> {
    // Deaths, events, and the first fact for its provenance.
    let mut sums: BTreeMap<Key<'_>, (f64, f64, &Fact<'_>)> = BTreeMap::new();
    for fact in facts.iter().filter(|f| f.source != EventSource::Gdelt) {
        let key = (
            fact.source,
            fact.dates.0.year(),
            fact.place.0,
            actor_type(fact),
        );
        let entry = sums.entry(key).or_insert((0.0, 0.0, fact));
        entry.0 += fact.fatalities;
        entry.1 += fact.events;
    }
    sums.into_iter()
        .map(|((source, year, country, kind), (deaths, events, fact))| {
            let mut provenance = fact.provenance.clone();
            provenance.locator = format!(
                "{} events in {country}, {year}, actor 1 {kind}: {} events",
                source.name(),
                format_number(events)
            );
            Evidence {
                observation: Observation {
                    indicator: INDICATOR_NAME.to_string(),
                    subject: format!("{country}: {kind}"),
                    period: Some(Period::Year(year)),
                    value: Value {
                        text: format_number(deaths),
                        number: Some(deaths),
                        low: None,
                        high: None,
                        approximate: false,
                    },
                    unit: "deaths".to_string(),
                    concept: "deaths in events initiated by this kind of actor".to_string(),
                    basis: format!("{} events located in the country", source.name()),
                    agency: String::new(),
                    status: Status::Estimate,
                    note: String::new(),
                },
                provenance,
            }
        })
        .collect()
}
