//! Tests of the evidence base fed by the real parsers: what `dyad-load` joins, on real SQLite files in a temporary folder.

use dyad_ingest::{Mode, Record, figures, sha256_hex};
use dyad_model::Period;
use dyad_store::{Counts, FileHeader, IngestOutcome, ObservationFilter as Filter, Store};

const HEADER: &str = "indicator,subject,period,value,unit,publisher,dataset,vintage,vintage_date\n";

fn figures_file(n_rows: usize, vintage: &str, offset: usize) -> String {
    let mut text = String::from(HEADER);
    for i in 0..n_rows {
        text.push_str(&format!(
            "test.count,PAK,{}-{:02},{},events,Publisher,Dataset,{vintage},2024-01-01\n",
            1900 + i / 12,
            i % 12 + 1,
            i + offset
        ));
    }
    text
}

fn stored(n_rows: u64, n_new: usize, n_known: usize) -> IngestOutcome {
    IngestOutcome::Stored(Counts {
        n_rows,
        n_figures_new: n_new,
        n_figures_known: n_known,
        ..Counts::default()
    })
}

fn ingest(store: &mut Store, name: &str, text: &str) -> IngestOutcome {
    let parsed = figures::parse(name, text.as_bytes(), Mode::Strict).unwrap();
    let sha256 = sha256_hex(text.as_bytes());
    store
        .ingest(
            &FileHeader {
                name,
                sha256: &sha256,
                size: text.len() as u64,
                format: "figures",
            },
            &parsed,
        )
        .unwrap()
}

/// Everything a reader can see, in a stable order, for before/after comparisons.
fn snapshot(store: &Store) -> String {
    format!(
        "{:?}\n{:?}\n{:?}",
        store.counts().unwrap(),
        store.sources().unwrap(),
        store.evidence(&Filter::default()).unwrap()
    )
}

#[test]
fn opens_in_wal_mode_at_the_newest_schema() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.sqlite");
    let store = Store::open(&path).unwrap();
    assert_eq!(
        store.schema_version().unwrap(),
        dyad_store::migrations::latest_version()
    );
    drop(store);
    let raw = rusqlite::Connection::open(&path).unwrap();
    let mode: String = raw
        .pragma_query_value(None, "journal_mode", |row| row.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

#[test]
fn reingesting_the_same_bytes_is_a_no_op() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("e.sqlite")).unwrap();
    let text = figures_file(10, "v1", 0);
    assert_eq!(ingest(&mut store, "a.csv", &text), stored(10, 10, 0));
    let before = snapshot(&store);
    match ingest(&mut store, "renamed.csv", &text) {
        IngestOutcome::AlreadyIngested { name, .. } => assert_eq!(name, "a.csv"),
        other => panic!("expected a no-op, got {other:?}"),
    }
    assert_eq!(snapshot(&store), before);
}

#[test]
fn the_same_figure_in_another_file_is_not_stored_twice() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("e.sqlite")).unwrap();
    ingest(&mut store, "a.csv", &figures_file(3, "v1", 0));
    let mut overlapping = figures_file(4, "v1", 0);
    overlapping.push_str("test.other,AFG,2020,1,events,Publisher,Dataset,v1,2024-01-01\n");
    assert_eq!(ingest(&mut store, "b.csv", &overlapping), stored(5, 2, 3));
}

#[test]
fn a_newer_vintage_adds_and_never_deletes() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("e.sqlite")).unwrap();
    ingest(&mut store, "old.csv", &figures_file(5, "v1", 0));
    ingest(&mut store, "new.csv", &figures_file(5, "v2", 100));
    let filter = Filter {
        indicator: Some("test.count"),
        subject: Some("PAK"),
        overlapping: Some(Period::Month(1900, 3)),
    };
    let found = store.evidence(&filter).unwrap();
    let values: Vec<(String, String)> = found
        .iter()
        .map(|e| {
            (
                e.provenance.source.vintage.clone(),
                e.observation.value.text.clone(),
            )
        })
        .collect();
    assert_eq!(
        values,
        [
            ("v1".to_string(), "2".to_string()),
            ("v2".to_string(), "102".to_string())
        ]
    );
    let sources = store.sources().unwrap();
    assert_eq!(sources.len(), 1);
    assert_eq!(
        sources[0]
            .vintages
            .iter()
            .map(|v| v.n_observations)
            .collect::<Vec<_>>(),
        [5, 5]
    );
}

#[test]
fn a_failure_at_the_thousandth_row_rolls_the_whole_file_back() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("e.sqlite");
    let mut store = Store::open(&path).unwrap();
    ingest(&mut store, "first.csv", &figures_file(20, "v1", 0));
    // Make SQLite itself refuse the 1,000th row of the next file, so that the failure happens inside the
    // ingest's transaction after 999 rows were written.
    let raw = rusqlite::Connection::open(&path).unwrap();
    raw.execute_batch(
        "CREATE TRIGGER refuse_row BEFORE INSERT ON observation WHEN NEW.value_text = '1999'
         BEGIN SELECT RAISE(ABORT, 'refused by the test'); END;",
    )
    .unwrap();
    drop(raw);
    let before = snapshot(&store);
    let text = figures_file(1500, "v2", 1000);
    let parsed = figures::parse("second.csv", text.as_bytes(), Mode::Strict).unwrap();
    let thousandth: &Record = &parsed.records[999];
    assert_eq!(thousandth.observation.value.text, "1999");
    let sha256 = sha256_hex(text.as_bytes());
    let error = store
        .ingest(
            &FileHeader {
                name: "second.csv",
                sha256: &sha256,
                size: text.len() as u64,
                format: "figures",
            },
            &parsed,
        )
        .unwrap_err();
    assert!(error.to_string().contains("refused by the test"), "{error}");
    assert_eq!(snapshot(&store), before);
    assert!(!store.has_file(&sha256).unwrap());
}

#[test]
fn filters_by_prefix_and_overlap() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("e.sqlite")).unwrap();
    let text = format!(
        "{HEADER}trade.exports,PAK→AFG,FY2022-23,1,USD million,P,D,v,\ntrade.imports,AFG→PAK,2021,2,USD million,P,D,v,\ntrademark.x,PAK,2022,3,x,P,D,v,\nconnectivity.note,TAPI,undated,hello,text,P,D,v,\n"
    );
    ingest(&mut store, "t.csv", &text);
    let trade = store
        .evidence(&Filter {
            indicator: Some("trade."),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(trade.len(), 2);
    let in_2023 = store
        .evidence(&Filter {
            overlapping: Some(Period::Year(2023)),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(in_2023.len(), 1);
    assert_eq!(
        in_2023[0].observation.period,
        Some(Period::FiscalYear(2022))
    );
    let undated = store
        .evidence(&Filter {
            indicator: Some("connectivity.note"),
            ..Filter::default()
        })
        .unwrap();
    assert_eq!(undated[0].observation.period, None);
    assert_eq!(undated[0].observation.value.text, "hello");
}

#[test]
fn events_and_monthly_aggregates_read_back_as_stored() {
    let dir = tempfile::tempdir().unwrap();
    let mut store = Store::open(&dir.path().join("evidence.sqlite")).unwrap();
    let data = concat!(env!("CARGO_MANIFEST_DIR"), "/../dyad-ingest/test_data");
    for (format, name) in [
        (dyad_ingest::Format::Acled, "acled/ok/export_31_columns.csv"),
        (
            dyad_ingest::Format::GdeltEvents,
            "gdelt/ok/20240105000000.export.CSV",
        ),
    ] {
        let bytes = std::fs::read(format!("{data}/{name}")).unwrap();
        let options = dyad_ingest::Options {
            version: Some("2024-06-10".to_string()),
            ..dyad_ingest::Options::default()
        };
        let parsed = dyad_ingest::parse(format, name, &bytes, &options).unwrap();
        store
            .ingest(
                &FileHeader {
                    name,
                    sha256: &sha256_hex(&bytes),
                    size: bytes.len() as u64,
                    format: format.name(),
                },
                &parsed,
            )
            .unwrap();
    }
    let events = store.events().unwrap();
    let first = events
        .iter()
        .find(|e| e.event.source_id == "SYN1")
        .expect("the ACLED event is stored");
    assert_eq!(first.event.date_start.to_string(), "2024-05-16");
    assert_eq!(first.event.category, dyad_model::EventCategory::Battle);
    assert_eq!(first.event.admin2, "North Waziristan");
    assert_eq!(
        first.event.actor1.name,
        "Military Forces of Pakistan (2018-)"
    );
    assert_eq!(first.event.fatalities, Some(4.0));
    assert!(
        first
            .event
            .description
            .contains("written over \"two\" lines")
    );
    assert_eq!(first.provenance.file_name, "acled/ok/export_31_columns.csv");
    assert!(!first.deleted_later);
    let gdelt = events
        .iter()
        .find(|e| e.provenance.source.publisher == "The GDELT Project")
        .expect("a GDELT event is stored");
    assert!(gdelt.event.measures.quad_class.is_some());
    assert!(gdelt.event.measures.goldstein.is_some());
    let months = store.event_months().unwrap();
    let january = months
        .iter()
        .find(|m| m.subject == "PAK→AFG" && m.month == Period::Month(2024, 1))
        .expect("the January aggregate is stored");
    assert_eq!(january.n_events, 1);
    assert_eq!(january.n_by_quad_class, [0, 0, 0, 1]);
    assert_eq!(january.goldstein_sum, -2.5);
}

/// The shipped ACLED fixture, parsed, with its bytes.
fn acled_fixture() -> (Vec<u8>, dyad_ingest::Parsed) {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../dyad-ingest/test_data/acled/ok/export_31_columns.csv"
    );
    let bytes = std::fs::read(path).unwrap();
    let parsed = dyad_ingest::acled::parse_csv("export.csv", &bytes, &Default::default()).unwrap();
    (bytes, parsed)
}

/// A new evidence base in a temporary folder (kept alive by the returned folder).
fn fresh() -> (tempfile::TempDir, Store) {
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(&dir.path().join("e.sqlite")).unwrap();
    (dir, store)
}

/// Stores the ACLED fixture whole, as `name`.
fn store_whole(store: &mut Store, name: &str, bytes: &[u8], parsed: &dyad_ingest::Parsed) {
    store
        .ingest(
            &FileHeader {
                name,
                sha256: &sha256_hex(bytes),
                size: bytes.len() as u64,
                format: "acled",
            },
            parsed,
        )
        .unwrap();
}

fn header<'a>(name: &'a str, sha256: &'a str) -> dyad_store::FileHeader<'a> {
    dyad_store::FileHeader {
        name,
        sha256,
        size: 1,
        format: "acled",
    }
}

fn open<'s>(store: &'s mut Store, file: &dyad_store::FileHeader<'_>) -> dyad_store::Ingest<'s> {
    let provisional = dyad_ingest::acled::provisional_source();
    match store.begin(file, Some(&provisional)).unwrap() {
        dyad_store::Begun::Open(ingest) => ingest,
        dyad_store::Begun::AlreadyIngested(outcome) => panic!("not new: {outcome:?}"),
    }
}

/// The labels of every stored vintage of `dataset`.
fn releases(store: &Store, dataset: &str) -> Vec<String> {
    store
        .sources()
        .unwrap()
        .into_iter()
        .filter(|s| s.dataset == dataset)
        .flat_map(|s| s.vintages.into_iter().map(|v| v.label))
        .collect()
}

#[test]
fn events_stored_in_batches_end_under_the_release_the_parser_names() {
    let (_dir, mut store) = fresh();
    let (bytes, mut parsed) = acled_fixture();
    let events = std::mem::take(&mut parsed.events);
    assert_eq!(events.len(), 4);
    let before = snapshot(&store);

    // A file begun before its hash is known cannot be finished without it, and nothing is kept.
    let mut ingest = open(&mut store, &header("export.csv", dyad_store::HASH_PENDING));
    ingest.add_events(&events[..1]).unwrap();
    let error = ingest.finish(&parsed).unwrap_err();
    assert!(
        error.to_string().contains("without the hash of its bytes"),
        "{error}"
    );
    assert_eq!(snapshot(&store), before);

    let mut ingest = open(&mut store, &header("export.csv", dyad_store::HASH_PENDING));
    ingest.add_events(&events[..1]).unwrap();
    ingest.add_events(&events[1..]).unwrap();
    assert_eq!(ingest.name_bytes(&sha256_hex(&bytes)).unwrap(), None);
    let outcome = ingest.finish(&parsed).unwrap();
    assert_eq!(
        outcome,
        IngestOutcome::Stored(Counts {
            n_rows: 4,
            n_events_new: 4,
            ..Counts::default()
        })
    );
    assert_eq!(
        releases(&store, "ACLED events"),
        ["export with events updated up to 2024-06-10"]
    );
    let stored = store.events().unwrap();
    assert_eq!(stored.len(), 4);
    assert!(stored.iter().all(|e| e.provenance.source.vintage
        == "export with events updated up to 2024-06-10"
        && e.provenance.file_sha256 == sha256_hex(&bytes)));
    assert_eq!(stored[0].event, events[0].event);
}

#[test]
fn a_second_file_of_a_stored_release_joins_it_and_counts_what_it_held() {
    let (_dir, mut store) = fresh();
    let (bytes, parsed) = acled_fixture();
    store_whole(&mut store, "first.csv", &bytes, &parsed);
    // Another export of the same release: three events the first held, and one it did not.
    let mut events = parsed.events.clone();
    events[3].event.source_id = "SYN99".to_string();
    let mut ingest = open(&mut store, &header("second.csv", &"b".repeat(64)));
    ingest.add_events(&events[..2]).unwrap();
    ingest.add_events(&events[2..]).unwrap();
    let rest = dyad_ingest::Parsed {
        events: Vec::new(),
        ..parsed.clone()
    };
    match ingest.finish(&rest).unwrap() {
        IngestOutcome::Stored(counts) => {
            assert_eq!((counts.n_events_new, counts.n_events_known), (1, 3));
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(
        releases(&store, "ACLED events"),
        ["export with events updated up to 2024-06-10"]
    );
    let stored = store.events().unwrap();
    assert_eq!(stored.len(), 5);
    let new = stored
        .iter()
        .find(|e| e.event.source_id == "SYN99")
        .unwrap();
    assert_eq!(new.provenance.file_name, "second.csv");
    // The events the release already held keep the file they came from.
    let old = stored.iter().find(|e| e.event.source_id == "SYN1").unwrap();
    assert_eq!(old.provenance.file_name, "first.csv");
}

/// The copies `event_conflict` keeps: source id, the record that gave the copy, and its location.
fn conflicts(store_path: &std::path::Path) -> Vec<(String, i64, String)> {
    let connection = rusqlite::Connection::open(store_path).unwrap();
    let mut statement = connection
        .prepare(
            "SELECT source_id, record, json_extract(content, '$.location') FROM event_conflict ORDER BY source_id, record",
        )
        .unwrap();
    statement
        .query_map([], |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn a_differing_copy_of_a_stored_event_is_kept_apart_and_counted() {
    let (dir, mut store) = fresh();
    let (bytes, parsed) = acled_fixture();
    store_whole(&mut store, "first.csv", &bytes, &parsed);
    let path = dir.path().join("e.sqlite");
    let original = store.events().unwrap();
    // A later export of the same release revises the place of its first event, and repeats its third
    // with another place; the others are the same.
    let mut revised = parsed.clone();
    revised.events[0].event.location = "Elsewhere".to_string();
    let mut repeat = revised.events[2].clone();
    repeat.event.location = "Repeated elsewhere".to_string();
    repeat.record = 5;
    revised.events.push(repeat);
    revised.n_rows += 1;
    let is_stored = |outcome: IngestOutcome| match outcome {
        IngestOutcome::Stored(counts) => counts,
        other => panic!("{other:?}"),
    };

    // Read whole: the events go straight to their release.
    let counts = is_stored(
        store
            .ingest(
                &FileHeader {
                    name: "whole.csv",
                    sha256: &"c".repeat(64),
                    size: 1,
                    format: "acled",
                },
                &revised,
            )
            .unwrap(),
    );
    assert_eq!(
        (
            counts.n_events_new,
            counts.n_events_known,
            counts.n_events_differing
        ),
        (0, 5, 2)
    );
    let first_location = &original[0].event.location;
    let third_location = &original[2].event.location;
    let first_id = original[0].event.source_id.clone();
    let third_id = original[2].event.source_id.clone();
    let mut expected = vec![
        (first_id, 1, "Elsewhere".to_string()),
        (third_id, 5, "Repeated elsewhere".to_string()),
    ];
    expected.sort();
    assert_eq!(conflicts(&path), expected);
    // The release keeps the copies stored first.
    assert_eq!(store.events().unwrap(), original);
    assert_eq!(&store.events().unwrap()[0].event.location, first_location);
    assert_eq!(&store.events().unwrap()[2].event.location, third_location);

    // Streamed under a provisional release, then joined to the stored one: the same outcome, beside
    // the first file's conflicts.
    let mut ingest = open(&mut store, &header("streamed.csv", &"d".repeat(64)));
    ingest.add_events(&revised.events[..3]).unwrap();
    ingest.add_events(&revised.events[3..]).unwrap();
    let rest = dyad_ingest::Parsed {
        events: Vec::new(),
        ..revised.clone()
    };
    let counts = is_stored(ingest.finish(&rest).unwrap());
    assert_eq!(
        (
            counts.n_events_new,
            counts.n_events_known,
            counts.n_events_differing
        ),
        (0, 5, 2)
    );
    let twice: Vec<_> = expected
        .iter()
        .flat_map(|c| [c.clone(), c.clone()])
        .collect();
    assert_eq!(conflicts(&path), twice);
    let release = store
        .sources()
        .unwrap()
        .into_iter()
        .find(|s| s.dataset == "ACLED events")
        .unwrap()
        .vintages
        .remove(0);
    assert_eq!((release.n_events, release.n_differing_copies), (4, 4));
    assert_eq!(store.events().unwrap(), original);
    assert_eq!(
        releases(&store, "ACLED events"),
        ["export with events updated up to 2024-06-10"]
    );
}

#[test]
fn an_unfinished_ingest_leaves_nothing() {
    let (_dir, mut store) = fresh();
    let (bytes, parsed) = acled_fixture();
    let before = snapshot(&store);
    let mut ingest = open(&mut store, &header("export.csv", &sha256_hex(&bytes)));
    ingest.add_events(&parsed.events).unwrap();
    drop(ingest);
    assert_eq!(snapshot(&store), before);
    assert!(store.events().unwrap().is_empty());
    assert!(!store.has_file(&sha256_hex(&bytes)).unwrap());
}

#[test]
fn bytes_stored_meanwhile_are_reported_and_not_stored_twice() {
    let (_dir, mut store) = fresh();
    let (bytes, parsed) = acled_fixture();
    let sha256 = sha256_hex(&bytes);
    assert!(!store.has_file_of_size(bytes.len() as u64).unwrap());
    store_whole(&mut store, "first.csv", &bytes, &parsed);
    assert!(store.has_file_of_size(bytes.len() as u64).unwrap());
    let before = snapshot(&store);
    let mut ingest = open(&mut store, &header("again.csv", dyad_store::HASH_PENDING));
    ingest.add_events(&parsed.events).unwrap();
    match ingest.name_bytes(&sha256).unwrap() {
        Some(IngestOutcome::AlreadyIngested { name, .. }) => assert_eq!(name, "first.csv"),
        other => panic!("{other:?}"),
    }
    drop(ingest);
    assert_eq!(snapshot(&store), before);
}
