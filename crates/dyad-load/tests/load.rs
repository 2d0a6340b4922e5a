//! `load_files` on the formats' shipped fixtures: every file reported once, in the order given, whatever
//! thread read it.

use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};

use dyad_ingest::{Format, Options};
use dyad_load::{FileDone, LoadError, Progress};
use dyad_store::{IngestOutcome, Store};

#[derive(Default)]
struct Seen {
    files: Mutex<Vec<String>>,
    bytes: AtomicU64,
}

impl Progress for Seen {
    fn file(&self, name: &str) {
        self.files.lock().unwrap().push(name.to_string());
    }

    fn bytes(&self, n_bytes: u64) {
        self.bytes.fetch_add(n_bytes, Ordering::Relaxed);
    }
}

fn fixture(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../dyad-ingest/test_data")
        .join(path)
}

#[test]
fn a_batch_is_stored_in_the_order_given_and_goes_on_past_a_bad_file() {
    let dir = tempfile::tempdir().unwrap();
    let database = dir.path().join("evidence.sqlite");
    let mut store = Store::open(&database).unwrap();
    let acled = fixture("acled/ok/export_31_columns.csv");
    let copy = dir.path().join("copy.csv");
    std::fs::copy(&acled, &copy).unwrap();
    let files = [
        fixture("gdelt/ok/20240105000000.export.CSV"),
        acled.clone(),
        dir.path().join("missing.csv"),
        copy,
        fixture("ucdp-ged/ok/GEDEvent_v24_1.csv"),
    ];
    let seen = Seen::default();
    let mut done: Vec<FileDone> = Vec::new();
    dyad_load::load_files(
        &mut store,
        &database,
        &files,
        None,
        &Options::default(),
        &seen,
        |file| done.push(file),
    )
    .unwrap();

    let names: Vec<String> = files.iter().map(|p| p.display().to_string()).collect();
    assert_eq!(
        done.iter().map(|d| d.name.clone()).collect::<Vec<_>>(),
        names
    );
    let mut started = seen.files.into_inner().unwrap();
    started.sort();
    let mut expected = names.clone();
    expected.sort();
    assert_eq!(started, expected);

    let formats: Vec<Option<Format>> = done
        .iter()
        .map(|d| d.result.as_ref().ok().map(|(format, _, _)| *format))
        .collect();
    assert_eq!(
        formats,
        [
            Some(Format::GdeltEvents),
            Some(Format::Acled),
            None,
            Some(Format::Acled),
            Some(Format::UcdpGed)
        ]
    );
    let events_new = |index: usize| match &done[index].result {
        Ok((_, IngestOutcome::Stored(counts), _)) => counts.n_events_new,
        other => panic!("{}: {other:?}", names[index]),
    };
    assert!(events_new(0) > 0 && events_new(4) > 0);
    assert_eq!(events_new(1), 4);
    assert!(matches!(done[2].result, Err(LoadError::Read { .. })));
    match &done[3].result {
        Ok((_, IngestOutcome::AlreadyIngested { name, .. }, _)) => {
            assert_eq!(name, &names[1])
        }
        other => panic!("{other:?}"),
    }
    // Every byte of the files stored was reported; the copy's, if its reading stopped early, may not be.
    let size = |path: &PathBuf| std::fs::metadata(path).unwrap().len();
    let stored: u64 = [0, 1, 4].iter().map(|&i| size(&files[i])).sum();
    let reported = seen.bytes.load(Ordering::Relaxed);
    assert!(
        (stored..=stored + size(&files[3])).contains(&reported),
        "{reported} bytes reported"
    );
}
