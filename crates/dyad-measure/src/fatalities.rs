//! Adds up deaths in political violence by country, year and the kind of actor that initiated it, from
//! the common facts that events and the bundled GED aggregates become.

use std::collections::BTreeMap;

use chrono::Datelike;
use dyad_model::{Evidence, Observation, Period, Provenance, Status, Value};

use crate::events::{Counted, EventSource, cited};
use crate::format::format_number;

/// The indicator the sums are figures of.
pub(crate) const INDICATOR_NAME: &str = "conflict.fatalities_by_actor";

/// Source, year, country and actor type.
type Key<'f> = (EventSource, i32, &'f str, &'static str);

/// Deaths by source, year, country and actor type, as figures of `conflict.fatalities_by_actor`.
pub(crate) fn from_counted(facts: &[Counted<'_>]) -> Vec<Evidence> {
    // Deaths, events, and the provenance cited.
    let mut sums: BTreeMap<Key<'_>, (f64, f64, Option<&Provenance>)> = BTreeMap::new();
    for fact in facts.iter().filter(|f| f.source != EventSource::Gdelt) {
        let key = (
            fact.source,
            fact.dates.0.year(),
            fact.country,
            fact.actor_kind,
        );
        let entry = sums.entry(key).or_insert((0.0, 0.0, None));
        entry.0 += fact.fatalities;
        entry.1 += fact.events;
        entry.2 = cited(entry.2, fact.provenance);
    }
    sums.into_iter()
        .filter_map(|(key, (deaths, events, provenance))| Some((key, deaths, events, provenance?)))
        .map(
            |((source, year, country, kind), deaths, events, provenance)| {
                let mut provenance = provenance.clone();
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
            },
        )
        .collect()
}
