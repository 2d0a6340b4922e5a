//! Properties of the border security recipes over generated events: each event counts once at most, the
//! total is the sum of the three categories for every source and year, deaths are counted only where the
//! source codes them, and a year's figure covers the year only when the source does.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use dyad_measure::events::{EventSource, Fact, border_incidents, classify};
use dyad_measure::geography::border_areas;
use dyad_model::{EventCategory, Period, Provenance, SourceRef};
use proptest::prelude::*;

fn provenance(source: EventSource) -> Provenance {
    let (publisher, dataset) = match source {
        EventSource::Acled => (
            "Armed Conflict Location & Event Data (ACLED)",
            "ACLED events",
        ),
        EventSource::UcdpGed => (
            "Uppsala Conflict Data Program (UCDP)",
            "UCDP Georeferenced Event Dataset (GED)",
        ),
        EventSource::Gdelt => ("The GDELT Project", "GDELT 2.0 Events"),
    };
    Provenance::of(SourceRef::new(publisher, dataset, "test", ""))
}

/// An event as plain data, before it is borrowed as a `Fact`.
#[derive(Debug, Clone)]
struct Event {
    source: EventSource,
    day: NaiveDate,
    country: String,
    admin1: String,
    admin2: String,
    actor1: (String, String, String),
    actor2: (String, String, String),
    source_type: String,
    category: EventCategory,
    quad_class: Option<u8>,
    fatalities: f64,
}

fn place() -> impl Strategy<Value = (String, String, String)> {
    let areas: Vec<(String, String, String)> = border_areas()
        .iter()
        .map(|a| {
            if a.level == "district" {
                (a.country.clone(), a.parent.clone(), a.name.clone())
            } else {
                (a.country.clone(), a.name.clone(), String::new())
            }
        })
        .collect();
    prop_oneof![
        proptest::sample::select(areas),
        Just((
            "PAK".to_string(),
            "Punjab".to_string(),
            "Lahore".to_string()
        )),
        Just(("AFG".to_string(), "Kabul".to_string(), "Kabul".to_string())),
    ]
}

fn actor() -> impl Strategy<Value = (String, String, String)> {
    proptest::sample::select(vec![
        (
            "Military Forces of Pakistan (2018-)".to_string(),
            "PAK".to_string(),
            "1".to_string(),
        ),
        (
            "Military Forces of Afghanistan (2021-)".to_string(),
            "AFG".to_string(),
            "1".to_string(),
        ),
        (
            "TTP: Tehreek-i-Taliban Pakistan".to_string(),
            "PAK".to_string(),
            "2".to_string(),
        ),
        (
            "Government of Pakistan".to_string(),
            "PAK".to_string(),
            "PAKMIL".to_string(),
        ),
        (
            "Government of Afghanistan".to_string(),
            "AFG".to_string(),
            "AFGGOV".to_string(),
        ),
        ("IS".to_string(), "AFG".to_string(), "AFGINS".to_string()),
        ("Civilians".to_string(), "PAK".to_string(), "7".to_string()),
    ])
}

fn event() -> impl Strategy<Value = Event> {
    (
        proptest::sample::select(vec![
            EventSource::Acled,
            EventSource::UcdpGed,
            EventSource::Gdelt,
        ]),
        (2019i32..2022, 1u32..366),
        place(),
        actor(),
        actor(),
        0usize..6,
        0u32..40,
    )
        .prop_map(
            |(source, (year, day), (country, admin1, admin2), actor1, actor2, kind, deaths)| {
                let day = NaiveDate::from_yo_opt(year, day.min(365)).unwrap();
                let (source_type, category, quad_class) = match source {
                    EventSource::Acled => {
                        let (t, c) = [
                            ("Battles: Armed clash", EventCategory::Battle),
                            (
                                "Explosions/Remote violence: Suicide bomb",
                                EventCategory::RemoteViolence,
                            ),
                            (
                                "Violence against civilians: Attack",
                                EventCategory::ViolenceAgainstCivilians,
                            ),
                            (
                                "Strategic developments: Arrests",
                                EventCategory::StrategicDevelopment,
                            ),
                            ("Protests: Peaceful protest", EventCategory::Protest),
                            ("Riots: Mob violence", EventCategory::Riot),
                        ][kind];
                        (t.to_string(), c, None)
                    }
                    EventSource::UcdpGed => {
                        let violence = kind % 3 + 1;
                        (
                            format!("type_of_violence {violence}"),
                            EventCategory::from_ucdp(violence as u8),
                            None,
                        )
                    }
                    EventSource::Gdelt => {
                        let code = ["190", "183", "173", "040", "112", "200"][kind];
                        let quad = match code.get(..2).and_then(|r| r.parse::<u8>().ok()) {
                            Some(1..=5) => 1,
                            Some(6..=9) => 2,
                            Some(10..=14) => 3,
                            _ => 4,
                        };
                        (
                            code.to_string(),
                            EventCategory::from_cameo(code),
                            Some(quad),
                        )
                    }
                };
                let gdelt_place = |country: &str,
                                   admin1: &str,
                                   admin2: &str|
                 -> (String, String, String) {
                    // GDELT writes the FIPS first-level code of the place.
                    let code = border_areas()
                        .iter()
                        .find(|a| a.country == country && (a.name == admin1 || a.name == admin2))
                        .map_or_else(|| format!("{}99", &country[..2]), |a| a.gdelt_adm1.clone());
                    (String::new(), code, String::new())
                };
                let (country, admin1, admin2) = if source == EventSource::Gdelt {
                    gdelt_place(&country, &admin1, &admin2)
                } else {
                    (country, admin1, admin2)
                };
                Event {
                    source,
                    day,
                    country,
                    admin1,
                    admin2,
                    actor1,
                    actor2,
                    source_type,
                    category,
                    quad_class,
                    fatalities: f64::from(deaths),
                }
            },
        )
}

proptest! {
    #[test]
    fn totals_are_sums_and_deaths_are_only_where_coded(events in proptest::collection::vec(event(), 0..120)) {
        let provenances: Vec<Provenance> = events.iter().map(|e| provenance(e.source)).collect();
        let facts: Vec<Fact<'_>> = events
            .iter()
            .zip(&provenances)
            .map(|(e, p)| Fact {
                source: e.source,
                dates: (e.day, e.day),
                place: (&e.country, &e.admin1, &e.admin2),
                actor1: (&e.actor1.0, &e.actor1.1, &e.actor1.2),
                actor2: (&e.actor2.0, &e.actor2.1, &e.actor2.2),
                source_type: &e.source_type,
                category: e.category,
                quad_class: e.quad_class,
                description: "",
                events: 1.0,
                fatalities: e.fatalities,
                provenance: p,
            })
            .collect();
        let figures = border_incidents(&facts, "PAK-AFG border");
        // Group the figures by source and period.
        let mut by_key: BTreeMap<(String, String), BTreeMap<String, f64>> = BTreeMap::new();
        for f in &figures {
            let key = (
                f.provenance.source.dataset.clone(),
                f.observation.period.map(|p| p.to_string()).unwrap_or_default(),
            );
            by_key
                .entry(key)
                .or_default()
                .insert(f.observation.indicator.clone(), f.observation.value.number.unwrap());
        }
        for ((dataset, period), values) in &by_key {
            let part = |name: &str| values.get(name).copied().unwrap_or(0.0);
            prop_assert_eq!(
                part("security.border_incidents_total"),
                part("security.cross_border_attacks")
                    + part("security.ct_operations")
                    + part("security.militant_activities")
                    + part("security.state_nonstate_clashes"),
                "{} {}", dataset, period
            );
            // A source fills only the categories it can tell apart: GED never counts operations, and only
            // GED needs the combined row.
            prop_assert_eq!(
                values.contains_key("security.ct_operations"),
                !dataset.starts_with("UCDP"),
                "{} {}", dataset, period
            );
            prop_assert_eq!(
                values.contains_key("security.state_nonstate_clashes"),
                dataset.starts_with("UCDP"),
                "{} {}", dataset, period
            );
            prop_assert_eq!(
                values.contains_key("security.border_incident_deaths"),
                !dataset.starts_with("GDELT"),
                "{} {}", dataset, period
            );
        }
        // The total over all figures is the number of events the recipes classify.
        let classified = facts.iter().filter(|f| classify(f).is_some()).count() as f64;
        let total: f64 = figures
            .iter()
            .filter(|f| f.observation.indicator == "security.border_incidents_total")
            .filter_map(|f| f.observation.value.number)
            .sum();
        prop_assert_eq!(total, classified);
        // A figure is for the whole year only when the source's events reach within a month of both ends.
        for f in &figures {
            let period = f.observation.period.unwrap();
            let year = period.start().year();
            let days: Vec<NaiveDate> = events
                .iter()
                .filter(|e| e.day.year() == year && provenance(e.source).source.dataset == f.provenance.source.dataset)
                .map(|e| e.day)
                .collect();
            let (first, last) = (days.iter().min().unwrap(), days.iter().max().unwrap());
            let whole = first.ordinal() <= 32 && last.ordinal() >= Period::Year(year).end().ordinal() - 31;
            prop_assert_eq!(matches!(period, Period::Year(_)), whole, "{:?} from {} to {}", period, first, last);
        }
    }
}
