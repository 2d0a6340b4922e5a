//! The evidence base's tallies of events give the measures exactly what reading every event gives, at
//! every as-of date, whatever order releases, re-releases and deletions arrive in. These tests drive the
//! library (store and measures) on generated events; `tables_are_the_same_from_kept_and_rebuilt_tallies`
//! checks the binary's output.

use chrono::{Datelike, NaiveDate};
use dyad_measure::indicators::published_by;
use dyad_measure::{EventBase, Inputs};
use dyad_model::parsed::{Deletion, EventRecord, Parsed};
use dyad_model::{
    Actor, AreaIncidents, Event, EventCategory, EventMeasures, EventTally, Evidence, Pair, Period,
    SourceRef,
};
use dyad_store::{FileHeader, Store};

use crate::Context;

/// A small deterministic generator (xorshift), so that a failure can be replayed.
struct Rng(u64);

impl Rng {
    fn below(&mut self, n: u64) -> u64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        self.0 % n
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len() as u64) as usize]
    }
}

const ACLED: (&str, &str) = ("ACLED", "ACLED events");
const GED: (&str, &str) = (
    "Uppsala Conflict Data Program (UCDP)",
    "UCDP Georeferenced Event Dataset (GED)",
);
const GDELT: (&str, &str) = ("The GDELT Project", "GDELT 2.0 Events");

fn day(rng: &mut Rng) -> NaiveDate {
    NaiveDate::from_ymd_opt(2021, 1, 1).unwrap() + chrono::Days::new(rng.below(4 * 365))
}

/// One event of `source` with id `id`, drawn so that every recipe's branches are met: border and
/// inland places, state and non-state actors, cross-border notes, both countries and a third.
fn event(rng: &mut Rng, source: (&str, &str), id: &str) -> Event {
    let start = day(rng);
    let country = rng.pick(&["PAK", "PAK", "AFG", "AFG", "IRN"]);
    let state = |c: &str| match c {
        "PAK" => "Military Forces of Pakistan (2018-)",
        _ => "Military Forces of Afghanistan (2021-)",
    };
    let mut e = Event {
        source_id: id.to_string(),
        date_start: start,
        date_end: start + chrono::Days::new(if source == GED { rng.below(3) } else { 0 }),
        date_precision: String::new(),
        actor1: Actor::default(),
        actor2: Actor::default(),
        source_type: String::new(),
        category: EventCategory::Other,
        country: country.to_string(),
        admin1: String::new(),
        admin2: String::new(),
        location: String::new(),
        latitude: None,
        longitude: None,
        fatalities: Some(rng.below(6) as f64),
        fatalities_low: None,
        fatalities_high: None,
        description: String::new(),
        measures: EventMeasures::default(),
    };
    if source == ACLED {
        let (admin1, admin2) = match country {
            "PAK" => (
                rng.pick(&["Khyber Pakhtunkhwa", "Balochistan", "Punjab"]),
                rng.pick(&["Khyber", "North Waziristan", "Chaman", "Lahore"]),
            ),
            _ => (rng.pick(&["Kunar", "Nangarhar", "Kabul", "Kandahar"]), ""),
        };
        e.admin1 = admin1.to_string();
        e.admin2 = admin2.to_string();
        e.category = [
            EventCategory::Battle,
            EventCategory::RemoteViolence,
            EventCategory::ViolenceAgainstCivilians,
            EventCategory::Other,
        ][rng.below(4) as usize];
        e.source_type = rng
            .pick(&[
                "Battles: Armed clash",
                "Strategic developments: Arrests",
                "Explosions/Remote violence: Remote explosive/landmine/IED",
            ])
            .to_string();
        let other = if country == "PAK" { "AFG" } else { "PAK" };
        e.actor1 = match rng.below(3) {
            0 => Actor {
                name: state(country).to_string(),
                country: String::new(),
                code: "1".into(),
            },
            1 => Actor {
                name: "TTP: Tehreek-i-Taliban Pakistan".into(),
                country: String::new(),
                code: "2".into(),
            },
            _ => Actor {
                name: "Civilians".into(),
                country: String::new(),
                code: "7".into(),
            },
        };
        e.actor2 = Actor {
            name: state(other).to_string(),
            country: String::new(),
            code: "1".into(),
        };
        if rng.below(5) == 0 {
            e.description = "Shelling across the border near the Durand Line.".into();
        }
    } else if source == GED {
        e.admin1 = rng
            .pick(&["Khyber Pakhtunkhwa province", "Balochistan province"])
            .to_string();
        e.admin2 = rng
            .pick(&[
                "North Waziristan district",
                "Quetta district",
                "Khyber district",
            ])
            .to_string();
        let violence = rng.below(3) + 1;
        e.source_type = format!("type_of_violence {violence}");
        e.category = EventCategory::from_ucdp(violence as u8);
        e.actor1.name = rng
            .pick(&["Government of Pakistan", "TTP", "IS"])
            .to_string();
        e.actor2.name = rng
            .pick(&["Government of Afghanistan", "TTP", "Civilians"])
            .to_string();
    } else {
        e.admin1 = rng.pick(&["PK01", "PK02", "AF34", "AF13"]).to_string();
        e.actor1 = Actor {
            name: String::new(),
            country: rng.pick(&["PAK", "AFG"]).to_string(),
            code: rng
                .pick(&["PAKMIL", "AFGINS", "PAKCOP", "PAKGOV"])
                .to_string(),
        };
        e.actor2.country = rng.pick(&["AFG", "PAK", ""]).to_string();
        e.source_type = rng.pick(&["190", "183", "173", "040"]).to_string();
        e.measures.quad_class = Some(rng.below(4) as u8 + 1);
        e.fatalities = None;
    }
    e
}

/// One file to ingest: its name and what its parser would return.
struct File {
    name: String,
    parsed: Parsed,
}

fn file(
    name: &str,
    source: (&str, &str),
    release: &str,
    released: &str,
    events: Vec<Event>,
    deletions: &[&str],
) -> File {
    File {
        name: name.to_string(),
        parsed: Parsed {
            source: Some(SourceRef::new(source.0, source.1, release, released)),
            events: events
                .into_iter()
                .enumerate()
                .map(|(i, event)| EventRecord {
                    event,
                    record: i as u64 + 1,
                })
                .collect(),
            deletions: deletions
                .iter()
                .enumerate()
                .map(|(i, id)| Deletion {
                    source_id: id.to_string(),
                    deleted_at: "2024-05-01".into(),
                    record: i as u64 + 1,
                })
                .collect(),
            ..Parsed::default()
        },
    }
}

/// Releases of three sources: ACLED in three dated releases (the later ones re-release most events,
/// some changed, and add new ones), an undated ACLED release, a deletions file, UCDP GED dated by year,
/// and undated GDELT batches, one of which repeats another's events under a new label.
fn files(seed: u64) -> Vec<File> {
    let mut rng = Rng(seed);
    let ids = |prefix: &str, range: std::ops::Range<u32>| -> Vec<String> {
        range.map(|i| format!("{prefix}{i}")).collect()
    };
    let mut make = |source, ids: &[String]| -> Vec<Event> {
        ids.iter().map(|id| event(&mut rng, source, id)).collect()
    };
    let acled_1 = make(ACLED, &ids("PAK", 0..300));
    // The second release keeps two thirds of the first, redrawn (dates, places and deaths change),
    // and adds a hundred.
    let mut acled_2 = make(ACLED, &ids("PAK", 100..400));
    // Some copies keep their first release's content.
    for (e, first) in acled_2.iter_mut().zip(&acled_1[100..]).step_by(3) {
        *e = first.clone();
    }
    let acled_3 = make(ACLED, &ids("PAK", 350..450));
    let acled_undated = make(ACLED, &ids("PAK", 380..420));
    let ged = make(GED, &ids("ged-", 0..150));
    let ged_again = make(GED, &ids("ged-", 100..200));
    let gdelt_1 = make(GDELT, &ids("", 1_000..1_200));
    let gdelt_2 = make(GDELT, &ids("", 1_200..1_400));
    vec![
        file(
            "acled-1.csv",
            ACLED,
            "2023-03-01",
            "2023-03-01",
            acled_1,
            &[],
        ),
        file(
            "acled-2.csv",
            ACLED,
            "2024-02-01",
            "2024-02-01",
            acled_2,
            &[],
        ),
        file("acled-3.csv", ACLED, "2024-03", "2024-03", acled_3, &[]),
        file(
            "acled-undated.csv",
            ACLED,
            "mirror copy",
            "",
            acled_undated,
            &[],
        ),
        file(
            "acled-deleted.csv",
            ACLED,
            "deletions 2024-05",
            "2024-05-01",
            Vec::new(),
            &["PAK5", "PAK150", "PAK360", "PAK999"],
        ),
        file("ged-23.1.csv", GED, "23.1", "2023", ged, &[]),
        file("ged-24.1.csv", GED, "24.1", "2024-06-01", ged_again, &[]),
        file(
            "gdelt-1.csv",
            GDELT,
            "batch 20240101000000",
            "",
            gdelt_1.clone(),
            &[],
        ),
        file(
            "gdelt-2.csv",
            GDELT,
            "batch 20240102000000",
            "",
            gdelt_2,
            &[],
        ),
        file(
            "gdelt-1-again.csv",
            GDELT,
            "batch 20240103000000",
            "",
            gdelt_1,
            &[],
        ),
    ]
}

fn ingest(store: &mut Store, file: &File) {
    // A stand-in for the file's hash: one per name.
    let named: String = file.name.bytes().map(|b| format!("{b:02x}")).collect();
    let sha = format!("{named:0>64}");
    store
        .ingest(
            &FileHeader {
                name: &file.name,
                sha256: &sha,
                size: 1,
                format: "test",
            },
            &file.parsed,
        )
        .expect("the file is stored");
}

/// What the measures make of the events: the recipe figures, fatalities and counts by border area, with
/// the counts left out.
fn measured(
    inputs: &Inputs<'_>,
) -> (
    Vec<Evidence>,
    Vec<Evidence>,
    Vec<AreaIncidents>,
    usize,
    usize,
) {
    (
        inputs.security.clone(),
        inputs.fatalities.clone(),
        inputs.areas.clone(),
        inputs.undated_left_out,
        inputs.later_left_out,
    )
}

fn dates() -> Vec<NaiveDate> {
    [
        "2022-06-30",
        "2023-03-01",
        "2023-12-31",
        "2024-01-31",
        "2024-02-01",
        "2024-03-31",
        "2024-05-01",
        "2024-06-01",
        "2025-12-31",
    ]
    .iter()
    .map(|d| d.parse().unwrap())
    .collect()
}

/// Checks that the tallies give what the events give: with every release, at each date, and at a
/// date after a cut to another.
fn assert_same(store: &Store, what: &str) {
    let pair = Pair {
        first: "PAK".into(),
        second: "AFG".into(),
    };
    let events = EventBase::Events(store.events().unwrap());
    let tallies: Vec<EventTally> = store
        .event_tallies()
        .unwrap()
        .unwrap_or_else(|| panic!("{what}: the tallies are current"));
    let stored = match &events {
        EventBase::Events(list) => list.len(),
        EventBase::Tallies { .. } => unreachable!(),
    };
    // The undated GDELT batches' rows are merged across their files; no dated release's are.
    let gdelt_files: std::collections::BTreeSet<&str> = match &events {
        EventBase::Events(list) => list
            .iter()
            .filter(|e| e.provenance.source.publisher == GDELT.0)
            .map(|e| e.provenance.file_name.as_str())
            .collect(),
        EventBase::Tallies { .. } => unreachable!(),
    };
    assert!(
        tallies.iter().all(|t| t.merged.is_empty()
            || dyad_model::event::release_date(&t.provenance.source.vintage_date).is_none()),
        "{what}: only undated releases are merged"
    );
    if gdelt_files.len() >= 2 {
        assert!(
            tallies.iter().any(|t| t.merged.len() >= 2),
            "{what}: the rows of {} GDELT files are merged",
            gdelt_files.len()
        );
    }
    let rows = tallies.len();
    let tallies = EventBase::Tallies {
        rows: tallies.into(),
        cut: None,
    };
    let from_events = measured(&Inputs::new(&pair, &[], &events, &[]));
    let from_tallies = measured(&Inputs::new(&pair, &[], &tallies, &[]));
    assert!(
        from_events.0.len() >= 10 && from_events.1.len() >= 4,
        "{what}: the generated events make figures"
    );
    // The counts by area add up to each source's yearly total, and name no place away from the border.
    let areas = &from_events.2;
    for total in from_events
        .0
        .iter()
        .filter(|e| e.observation.indicator == "security.border_incidents_total")
    {
        let source = dyad_measure::events::EventSource::of(&total.provenance.source)
            .expect("a recipe figure names its source")
            .name();
        let year = total.observation.period.expect("a period").start().year();
        let summed: f64 = areas
            .iter()
            .filter(|a| a.source == source && a.year == year)
            .map(|a| a.incidents)
            .sum();
        assert_eq!(
            Some(summed),
            total.observation.value.number,
            "{what}: {source}'s incidents of {year} by area"
        );
    }
    assert!(
        areas.iter().any(|a| a.area == "Khyber") && areas.iter().all(|a| a.incidents > 0.0),
        "{what}: areas are counted"
    );
    assert!(
        !areas
            .iter()
            .any(|a| ["Lahore", "Quetta", "Kabul", "AF13", ""].contains(&a.area.as_str())),
        "{what}: no area away from the border"
    );
    assert_eq!(from_events, from_tallies, "{what}: every release");
    for year in 2021..=2025 {
        let table = |base: &EventBase| {
            format!(
                "{:?}",
                dyad_measure::build_tables(&Inputs::new(&pair, &[], base, &[]), year)
            )
        };
        assert_eq!(
            table(&events),
            table(&tallies),
            "{what}: the tables of {year}"
        );
    }
    for date in dates() {
        let a = measured(&Inputs::as_of(&pair, &[], &events, &[], date));
        let b = measured(&Inputs::as_of(&pair, &[], &tallies, &[], date));
        assert_eq!(a, b, "{what}: as of {date}");
        // A report cut to a date whose backtests cut again.
        let (cut_events, cut_tallies) = (
            published_by(date, &[], &events, &[]),
            published_by(date, &[], &tallies, &[]),
        );
        assert_eq!(
            (cut_events.undated_left_out, cut_events.later_left_out),
            (cut_tallies.undated_left_out, cut_tallies.later_left_out),
            "{what}: left out by a cut to {date}"
        );
        for earlier in dates() {
            let a = measured(&Inputs::as_of(&pair, &[], &cut_events.events, &[], earlier));
            let b = measured(&Inputs::as_of(
                &pair,
                &[],
                &cut_tallies.events,
                &[],
                earlier,
            ));
            assert_eq!(a, b, "{what}: cut to {date}, then as of {earlier}");
        }
    }
    assert!(
        rows < stored,
        "{what}: {rows} tally rows for {stored} stored events"
    );
}

#[test]
fn tallies_count_what_the_events_count_in_any_order_of_ingest() {
    for seed in [7, 1_234_567] {
        let all = files(seed);
        // As published; then newest first, with the deletions before the events they name.
        let orders: [Vec<usize>; 2] =
            [(0..all.len()).collect(), vec![4, 9, 2, 8, 1, 6, 0, 3, 5, 7]];
        for (n, order) in orders.iter().enumerate() {
            let home = tempfile::tempdir().unwrap();
            let mut store = Store::open(&home.path().join("evidence.sqlite")).unwrap();
            store.set_tally_recipe(dyad_measure::events::TALLY);
            for (i, &index) in order.iter().enumerate() {
                ingest(&mut store, &all[index]);
                if i % 3 == 2 || i + 1 == order.len() {
                    assert_same(
                        &store,
                        &format!("seed {seed}, order {n}, after {} files", i + 1),
                    );
                }
            }
            // Rebuilt from scratch, the tallies are the same rows as those kept file by file.
            let kept = store.event_tallies().unwrap().unwrap();
            store.rebuild_tallies().unwrap();
            let rebuilt = store.event_tallies().unwrap().unwrap();
            let sorted = |mut rows: Vec<EventTally>| {
                rows.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
                rows
            };
            assert_eq!(sorted(kept), sorted(rebuilt), "seed {seed}, order {n}");
        }
    }
}

#[test]
fn tallies_written_without_the_recipe_are_stale_until_the_next_write() {
    let all = files(99);
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("evidence.sqlite");
    {
        // An older dyad, or a tool without the recipe, writes events.
        let mut store = Store::open(&path).unwrap();
        ingest(&mut store, &all[0]);
        ingest(&mut store, &all[1]);
    }
    let mut store = Store::open(&path).unwrap();
    store.set_tally_recipe(dyad_measure::events::TALLY);
    assert!(
        store.event_tallies().unwrap().is_none(),
        "stale tallies are never read"
    );
    // The next write with the recipe rebuilds every tally, the earlier files' too.
    ingest(&mut store, &all[4]);
    assert_same(&store, "after a rebuild of stale tallies");
    // A write without the recipe makes them stale again.
    let mut other = Store::open(&path).unwrap();
    ingest(&mut other, &all[2]);
    assert!(store.event_tallies().unwrap().is_none());
}

/// The binary reads the tallies kept file by file; made stale (as by an older dyad), they are rebuilt
/// once when the evidence base is next opened, and the tables it prints are the same bytes.
#[test]
fn tables_are_the_same_from_kept_and_rebuilt_tallies() {
    let context = Context::new();
    let all = files(2024);
    {
        // The bundled evidence first, through the binary, then the generated events under the recipe.
        assert_eq!(context.run(&["sources"]).code, Some(0));
        let mut store = Store::open(&context.home().join("evidence.sqlite")).unwrap();
        store.set_tally_recipe(dyad_measure::events::TALLY);
        for file in &all {
            ingest(&mut store, file);
        }
    }
    let tables = |year: &str| {
        let run = context.run(&["tables", "--year", year, "--format", "json"]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        (run.stdout, run.stderr)
    };
    let kept: Vec<(String, String)> = ["2022", "2023", "2024"].iter().map(|y| tables(y)).collect();
    assert!(
        kept[2].0.contains("ACLED recipe"),
        "the 2024 table counts the generated ACLED events"
    );
    assert!(!kept[0].1.contains("tallying"), "{}", kept[0].1);
    let connection = rusqlite::Connection::open(context.home().join("evidence.sqlite")).unwrap();
    connection
        .execute("UPDATE event_tally_recipe SET recipe = ''", [])
        .unwrap();
    drop(connection);
    let rebuilt: Vec<(String, String)> =
        ["2022", "2023", "2024"].iter().map(|y| tables(y)).collect();
    assert!(
        rebuilt[0].1.contains("tallying the stored events"),
        "the first command after the upgrade says it rebuilds: {}",
        rebuilt[0].1
    );
    assert!(!rebuilt[1].1.contains("tallying"), "only once");
    for (kept, rebuilt) in kept.iter().zip(&rebuilt) {
        assert_eq!(kept.0, rebuilt.0);
    }
}

/// An ACLED export ingested by the binary (its events' keys computed on the reading thread), then a
/// later export that re-releases them with one changed: the tallies kept file by file are the rows a
/// rebuild makes, and the table counts the newer copy once.
#[test]
fn ingested_exports_keep_the_tallies_a_rebuild_makes() {
    let context = Context::new();
    let first = format!(
        "{}/tests/fixtures/acled_border_2023.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(&first).unwrap();
    // The later export: newer timestamps, and the Kurram clash (2 deaths) now with 12.
    let later: String = text
        .lines()
        .map(|line| {
            let line = line.replace(",1700000000", ",1710000000");
            if line.starts_with("DYADT1,") {
                line.replace("border post.,2,", "border post.,12,")
            } else {
                line
            }
        })
        .map(|line| line + "\n")
        .collect();
    assert_ne!(later, text);
    let later = context.write("acled-later.csv", &later);
    for (path, version) in [
        (first.as_str(), "2024-01-15"),
        (later.to_str().unwrap(), "2024-03-01"),
    ] {
        let run = context.run(&["ingest", "acled", path, "--version", version]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    let mut store = Store::open(&context.home().join("evidence.sqlite")).unwrap();
    store.set_tally_recipe(dyad_measure::events::TALLY);
    let sorted = |mut rows: Vec<EventTally>| {
        rows.sort_by(|a, b| format!("{a:?}").cmp(&format!("{b:?}")));
        rows
    };
    let kept = sorted(store.event_tallies().unwrap().expect("current tallies"));
    // The rows as stored, file by file (the two undated releases' rows are merged when read): a row of
    // the first export stands for copies that are stored but no longer counted.
    let raw = rusqlite::Connection::open(context.home().join("evidence.sqlite")).unwrap();
    let superseded: i64 = raw
        .query_row(
            "SELECT COUNT(*) FROM event_tally_file WHERE n_stored > 0 AND n_latest = 0",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert!(
        superseded > 0,
        "the first export's copies are stored but no longer counted"
    );
    assert!(
        kept.iter().any(|t| t.n_stored > t.n_latest),
        "a merged row stands for the superseded copies too"
    );
    store.rebuild_tallies().unwrap();
    assert_eq!(kept, sorted(store.event_tallies().unwrap().unwrap()));
    let run = context.run(&["tables", "--year", "2023", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let tables: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    // 86 deaths in the first export; the newer copy of the Kurram clash adds 10, counted once.
    let deaths = crate::cell(&tables, "security", "Deaths in these incidents");
    assert_eq!(deaths["value"].as_f64(), Some(96.0), "{deaths}");
    let total = crate::cell(&tables, "security", "Total incidents");
    assert_eq!(total["value"].as_f64(), Some(7.0), "{total}");
}

/// Many undated batches whose events fall on the same days, places and codes: the merged rows stay as
/// many as after the first batch, each batch adds the same number of parts (its share per year, country
/// and key), and the measures still give what the events give.
#[test]
fn undated_batches_keep_one_row_per_day_country_and_key() {
    let mut rng = Rng(42);
    let days: Vec<NaiveDate> = ["2023-05-01", "2023-05-02", "2024-02-29"]
        .iter()
        .map(|d| d.parse().unwrap())
        .collect();
    let template: Vec<Event> = (0..30usize)
        .map(|i| {
            let mut e = event(&mut rng, GDELT, "template");
            e.date_start = days[i % days.len()];
            e.date_end = e.date_start;
            e
        })
        .collect();
    let home = tempfile::tempdir().unwrap();
    let mut store = Store::open(&home.path().join("evidence.sqlite")).unwrap();
    store.set_tally_recipe(dyad_measure::events::TALLY);
    let raw = rusqlite::Connection::open(home.path().join("evidence.sqlite")).unwrap();
    let rows = |table: &str| -> i64 {
        raw.query_row(&format!("SELECT COUNT(*) FROM {table}"), [], |row| {
            row.get(0)
        })
        .unwrap()
    };
    let mut after = Vec::new();
    for batch in 0..40usize {
        let events: Vec<Event> = template
            .iter()
            .enumerate()
            .map(|(i, e)| Event {
                source_id: format!("{}", batch * 100 + i),
                ..e.clone()
            })
            .collect();
        ingest(
            &mut store,
            &file(
                &format!("gdelt-{batch}.csv"),
                GDELT,
                &format!("batch 20240101{batch:06}"),
                "",
                events,
                &[],
            ),
        );
        after.push((
            rows("event_tally"),
            rows("event_tally_undated"),
            rows("event_tally_file"),
        ));
    }
    let (by_file, merged, parts) = after[0];
    assert!(merged > 3 && parts >= 3, "{after:?}");
    for (n, rows) in after.iter().enumerate() {
        assert_eq!(
            *rows,
            (by_file, merged, parts * (n as i64 + 1)),
            "after {} batches: no undated row is kept by file, and the merged rows do not grow",
            n + 1
        );
    }
    assert_eq!(by_file, 0, "no undated row is kept by file");
    let tallies = store.event_tallies().unwrap().unwrap();
    assert_eq!(tallies.len() as i64, merged);
    assert!(
        tallies
            .iter()
            .all(|t| t.merged.len() == 40 && t.n_latest % 40 == 0 && t.n_latest > 0),
        "each row counts its events in all 40 batches, and lists them"
    );
    // What the measures make of them, from the tallies and from every event, down to the releases listed.
    let pair = Pair {
        first: "PAK".into(),
        second: "AFG".into(),
    };
    let events = EventBase::Events(store.events().unwrap());
    let tallies = EventBase::Tallies {
        rows: tallies.into(),
        cut: None,
    };
    let from_events = measured(&Inputs::new(&pair, &[], &events, &[]));
    assert!(
        from_events
            .0
            .iter()
            .any(|e| e.provenance.source.vintage.starts_with("40 releases")),
        "{:?}",
        from_events.0
    );
    assert_eq!(
        from_events,
        measured(&Inputs::new(&pair, &[], &tallies, &[]))
    );
}

/// The monthly aggregates as stored, one per file, subject and month, in the order the measures
/// read them: what `Store::event_months` gave before a dataset's undated batches were merged.
fn months_row_by_row(path: &std::path::Path) -> Vec<dyad_model::EventMonth> {
    let connection = rusqlite::Connection::open(path).unwrap();
    let mut statement = connection
        .prepare(
            "SELECT m.subject, m.month, m.n_events, m.n_quad_1, m.n_quad_2, m.n_quad_3, m.n_quad_4,
                    m.goldstein_sum, s.publisher, s.dataset, s.url, s.licence, v.label, v.released,
                    f.sha256, f.name, f.ingested_at
             FROM event_month m JOIN vintage v ON v.id = m.vintage_id JOIN source s ON s.id = v.source_id
             JOIN file f ON f.id = m.file_id
             ORDER BY m.subject, m.month, v.released, v.label, m.id",
        )
        .unwrap();
    statement
        .query_map([], |row| {
            let subject: String = row.get(0)?;
            let month: String = row.get(1)?;
            let count = |i: usize| row.get::<_, i64>(i).map(|n| n as u64);
            Ok(dyad_model::EventMonth {
                subject: subject.clone(),
                month: month.parse().unwrap(),
                n_events: count(2)?,
                n_by_quad_class: [count(3)?, count(4)?, count(5)?, count(6)?],
                goldstein_sum: row.get(7)?,
                n_stored: 1,
                batches: None,
                provenance: dyad_model::Provenance {
                    source: SourceRef {
                        publisher: row.get(8)?,
                        dataset: row.get(9)?,
                        url: row.get(10)?,
                        licence: row.get(11)?,
                        vintage: row.get(12)?,
                        vintage_date: row.get(13)?,
                    },
                    locator: format!("{subject} {month}"),
                    file_sha256: row.get(14)?,
                    file_name: row.get(15)?,
                    ingested_at: row.get(16)?,
                },
            })
        })
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// A dataset's undated batches are merged per source, subject and month as they are stored; the
/// relations figures of every month, and what a cut leaves out, are those of reading the aggregates
/// one by one: batches out of order, one ingested twice (plain and zipped), a month with three batches
/// and one with many, and a dated release beside them.
#[test]
fn merged_monthly_aggregates_give_the_figures_of_every_batch() {
    let mut rng = Rng(5);
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("evidence.sqlite");
    let mut store = Store::open(&path).unwrap();
    let aggregate = |rng: &mut Rng, subject: &str, month: Period| {
        let quads = [rng.below(5), rng.below(5), rng.below(5), rng.below(5) + 1];
        dyad_model::parsed::MonthAggregate {
            subject: subject.to_string(),
            month: Some(month),
            n_events: quads.iter().sum(),
            n_by_quad_class: quads,
            goldstein_sum: (rng.below(200) as f64 - 100.0) / 10.0,
            tone_sum: 0.0,
            mentions_sum: rng.below(30),
        }
    };
    // Batches in an order that is not their labels', so that the first batch's file changes.
    let labels = [7, 2, 9, 4, 1, 8, 3, 6, 5, 0];
    let mut batches: Vec<(String, String, &str)> = labels
        .iter()
        .map(|n| {
            // A label may hold the separator of a list of labels.
            let suffix = if *n == 2 { "; resent" } else { "" };
            (
                format!("batch 2024010{n}000000{suffix}"),
                format!("gdelt-{n}.csv"),
                "",
            )
        })
        .collect();
    // The fourth batch again, zipped: another file of the same batch.
    batches.insert(4, (batches[3].0.clone(), "gdelt-4.csv.zip".to_string(), ""));
    // A dated release of the same dataset: never merged.
    batches.push((
        "export 2024-03".into(),
        "gdelt-dated.csv".into(),
        "2024-03-01",
    ));
    let mut written: std::collections::HashMap<String, Vec<dyad_model::parsed::MonthAggregate>> =
        Default::default();
    for (i, (label, name, released)) in batches.iter().enumerate() {
        // Every batch has January; only the first three have February; a zipped copy repeats its plain
        // file's aggregates.
        let aggregates = match written.get(label) {
            Some(same) => same.clone(),
            None => {
                let mut list = Vec::new();
                for subject in ["PAK→AFG", "AFG→PAK"] {
                    list.push(aggregate(&mut rng, subject, Period::Month(2024, 1)));
                    if i < 3 {
                        list.push(aggregate(&mut rng, subject, Period::Month(2024, 2)));
                    }
                }
                written.insert(label.clone(), list.clone());
                list
            }
        };
        let mut parsed = file(name, GDELT, label, released, Vec::new(), &[]).parsed;
        parsed.aggregates = aggregates;
        ingest(
            &mut store,
            &File {
                name: name.clone(),
                parsed,
            },
        );
    }
    let merged = store.event_months().unwrap();
    let by_row = months_row_by_row(&path);
    // What each ingest kept is what the merge (which the migration runs) makes from scratch.
    store.rebuild_month_merges().unwrap();
    assert_eq!(store.event_months().unwrap(), merged);
    assert!(
        merged.len() < by_row.len(),
        "{} merged, {} stored",
        merged.len(),
        by_row.len()
    );
    assert_eq!(
        merged.iter().map(|m| m.n_stored).sum::<u64>(),
        by_row.len() as u64,
        "every stored aggregate is counted once"
    );
    let pair = Pair {
        first: "PAK".into(),
        second: "AFG".into(),
    };
    let no_events = EventBase::Events(Vec::new());
    let figures = |months: &[dyad_model::EventMonth]| {
        let inputs = Inputs::new(&pair, &[], &no_events, months);
        let mut all = Vec::new();
        for name in ["relations.goldstein_mean", "relations.net_cooperation"] {
            let indicator = dyad_measure::indicators::find(name).unwrap();
            for subject in (indicator.subjects)(&inputs) {
                for period in (indicator.periods)(&inputs, &subject) {
                    all.extend((indicator.figures)(&inputs, &subject, period));
                }
            }
        }
        all
    };
    let (from_merged, from_rows) = (figures(&merged), figures(&by_row));
    assert_eq!(from_merged.len(), 8, "{from_merged:?}");
    assert!(
        from_merged
            .iter()
            .any(|f| f.provenance.source.vintage
                == "11 batches, batch 20240100000000 to export 2024-03"),
        "{from_merged:?}"
    );
    assert!(
        from_merged.iter().any(|f| f.provenance.source.vintage
            == "batch 20240102000000; resent; batch 20240107000000; batch 20240109000000"),
        "{from_merged:?}"
    );
    assert_eq!(from_merged, from_rows);
    for date in ["2024-01-31", "2024-03-01", "2024-06-30"] {
        let date: NaiveDate = date.parse().unwrap();
        let (a, b) = (
            published_by(date, &[], &no_events, &merged),
            published_by(date, &[], &no_events, &by_row),
        );
        assert_eq!(
            (a.undated_left_out, a.later_left_out),
            (b.undated_left_out, b.later_left_out),
            "left out by a cut to {date}"
        );
        assert_eq!(figures(&a.months), figures(&b.months), "cut to {date}");
    }
}
