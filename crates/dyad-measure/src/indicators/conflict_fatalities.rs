//! Deaths in political violence in each country of the pair, by the kind of actor that initiated it.

use std::collections::BTreeMap;

use chrono::Datelike;
use dyad_model::{Evidence, Observation, Period, Status, Value};

use super::{Frequency, Indicator, Inputs, Kind, Recipe, overlapping, years_of};
use crate::events::{EventSource, Fact};
use crate::format::format_number;

/// The kinds of actor, as subjects are named: `PAK: state forces`.
const TYPES: [&str; 3] = ["state forces", "non-state armed groups", "other actors"];

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
            if name.starts_with("Government of") {
                TYPES[0]
            } else {
                TYPES[1]
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
                    indicator: INDICATOR.name.to_string(),
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

fn subjects(inputs: &Inputs<'_>) -> Vec<String> {
    [&inputs.pair.first, &inputs.pair.second]
        .iter()
        .flat_map(|c| TYPES.iter().map(move |t| format!("{c}: {t}")))
        .collect()
}

fn matching<'i>(inputs: &'i Inputs<'_>, subject: &str) -> Vec<&'i Evidence> {
    inputs
        .fatalities
        .iter()
        .filter(|e| e.observation.subject == subject)
        .collect()
}

/// Deaths by actor type.
pub static INDICATOR: Indicator = Indicator {
    name: "conflict.fatalities_by_actor",
    title: "Deaths in political violence by the kind of actor that initiated it (actor 1, side A)",
    unit: "deaths",
    table: "",
    frequency: Frequency::Annual,
    kind: Kind::Count,
    subject: "a country and actor type: `PAK: state forces`, `PAK: non-state armed groups`, `PAK: other actors`",
    recipe: Recipe {
        reads: &[
            "ACLED events: inter1, fatalities, country",
            "UCDP GED events or the bundled GED table: side_a, best, the country located in",
        ],
        filters: &[
            "located in the country; every event type (GDELT codes no deaths and is not read)",
            "ACLED inter1 1 state forces, 2–3 non-state armed groups, others other actors; UCDP side A `Government of …` state forces, else non-state armed groups",
        ],
        aggregation: "sum of best-estimate deaths per source, country, actor type and year",
        periods: "calendar years by the event's start date",
        preference: "ACLED, then UCDP GED; the other source's figure is shown as an alternative",
    },
    caveats: &[
        "UCDP's side A is the government in state-based conflicts whoever attacked; it is not the initiator of each event.",
        "Deaths are counted where events happened, not by the victims' nationality.",
    ],
    references: &[
        "ACLED Codebook: actor types and interaction codes.",
        "UCDP GED Codebook: sides and fatality estimates.",
    ],
    subjects,
    cell: |inputs, subject, period| {
        let year = super::year_of(period);
        super::security::choose_among_sources(
            &overlapping(matching(inputs, subject), period),
            "conflict",
            subject,
            year,
            "deaths",
            format!("no ACLED or UCDP events located in the country in {year}"),
        )
    },
    figures: |inputs, subject, period| overlapping(matching(inputs, subject), period),
    periods: |inputs, subject| years_of(matching(inputs, subject)),
};
