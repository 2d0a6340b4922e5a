//! Golden-file tests: every file under `test_data/<format>/ok/` parses to what its `.expected` file
//! says, every file under `test_data/<format>/err/` fails with the error its `.expected` file says, and
//! each file's format is detected from its name and bytes.
//!
//! After an intended change, rerun with `UPDATE_EXPECT=1` to rewrite the expectations, then review the
//! difference. A file named `*.noheader.*` is read with `--no-header`, and one named `*.lenient.*` in
//! lenient mode, its quarantined rows listed with their errors.
//!
//! Every format of `dyad_ingest::detect::FORMAT_NAMES` must have a `test_data/<format>/ok/` folder with at
//! least one case, and every folder of `test_data/` must be a format's: the test fails naming the folder
//! otherwise. The document formats' folders (`dyad_ingest::documents::FORMAT_NAMES`) count as formats'
//! here; `tests/documents.rs` reads them and checks that each has its cases.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use dyad_ingest::detect::FORMAT_NAMES;
use dyad_ingest::{Format, Mode, Options, Parsed, detect, parse};

fn render(parsed: &Parsed) -> String {
    let mut out = String::new();
    if let Some(source) = &parsed.source {
        writeln!(
            out,
            "source: {} | {} | {}",
            source.publisher, source.dataset, source.vintage
        )
        .unwrap();
    }
    writeln!(
        out,
        "rows {} | figures {} | events {} | deletions {} | aggregates {} | mentions {} | diagnostics {} | quarantined {}",
        parsed.n_rows,
        parsed.records.len(),
        parsed.events.len(),
        parsed.deletions.len(),
        parsed.aggregates.len(),
        parsed.mentions.len(),
        parsed.diagnostics.len(),
        parsed.quarantined.len()
    )
    .unwrap();
    for record in &parsed.records {
        let o = &record.observation;
        let period = o
            .period
            .map_or_else(|| "undated".to_string(), |p| p.to_string());
        writeln!(
            out,
            "figure #{}: {} | {} | {} | {} {} | {} | {} | {} | {}",
            record.record,
            o.indicator,
            o.subject,
            period,
            o.value.text,
            o.unit,
            o.status,
            o.concept,
            o.basis,
            record.source.vintage
        )
        .unwrap();
    }
    for record in &parsed.events {
        let e = &record.event;
        writeln!(
            out,
            "event #{}: {} | {}..{} | {} ({}; {}) – {} ({}; {}) | {} → {} | {} / {} / {} | {:?},{:?} | deaths {:?} [{:?}, {:?}] | {:?} | {:?}",
            record.record,
            e.source_id,
            e.date_start,
            e.date_end,
            e.actor1.name,
            e.actor1.country,
            e.actor1.code,
            e.actor2.name,
            e.actor2.country,
            e.actor2.code,
            e.source_type,
            e.category,
            e.country,
            e.admin1,
            e.location,
            e.latitude,
            e.longitude,
            e.fatalities,
            e.fatalities_low,
            e.fatalities_high,
            e.measures,
            e.description
        )
        .unwrap();
    }
    for deletion in &parsed.deletions {
        writeln!(
            out,
            "deletion #{}: {} at {}",
            deletion.record, deletion.source_id, deletion.deleted_at
        )
        .unwrap();
    }
    for a in &parsed.aggregates {
        writeln!(
            out,
            "aggregate: {} {} | events {} | quad {:?} | goldstein {} | tone {} | mentions {}",
            a.subject,
            a.month.map(|m| m.to_string()).unwrap_or_default(),
            a.n_events,
            a.n_by_quad_class,
            a.goldstein_sum,
            a.tone_sum,
            a.mentions_sum
        )
        .unwrap();
    }
    for m in &parsed.mentions {
        writeln!(
            out,
            "mention: {} | {} | {} | {:?} | {:?}",
            m.event_id, m.mention_time, m.source_name, m.confidence, m.doc_tone
        )
        .unwrap();
    }
    for d in &parsed.diagnostics {
        writeln!(
            out,
            "diagnostic: record {} (line {}): {}",
            d.record, d.line, d.message
        )
        .unwrap();
    }
    for q in &parsed.quarantined {
        writeln!(out, "quarantined: {}", q.error).unwrap();
        if !q.error.hint.is_empty() {
            writeln!(out, "  hint: {}", q.error.hint).unwrap();
        }
        writeln!(out, "  raw: {:?}", q.raw).unwrap();
    }
    out
}

/// What is wrong with the fixture folders under `root` for the formats `names`, one line each: a format
/// whose `ok/` folder is missing or holds no case, and a folder that is no format's. Reading only the
/// folders that exist would let a format lose (or never get) its fixtures without any test failing, and a
/// misspelt folder would be silently ignored.
fn fixture_folder_problems(root: &Path, names: &[&str]) -> Vec<String> {
    let mut problems = Vec::new();
    for name in names {
        let ok = root.join(name).join("ok");
        if case_paths(&ok).is_empty() {
            problems.push(format!(
                "{}: format `{name}` has no ok case (add a file that parses and its `.expected`)",
                ok.display()
            ));
        }
    }
    let entries = std::fs::read_dir(root).unwrap_or_else(|e| panic!("{}: {e}", root.display()));
    let mut unknown: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| {
            p.file_name()
                .is_none_or(|n| !names.iter().any(|name| n == *name))
        })
        .collect();
    unknown.sort();
    problems.extend(
        unknown
            .iter()
            .map(|p| format!("{}: the folder is no format's", p.display())),
    );
    problems
}

/// The case files of one `ok/` or `err/` folder, sorted: every file but the `.expected` ones. A missing
/// folder has none.
fn case_paths(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_none_or(|e| e != "expected"))
        .collect();
    paths.sort();
    paths
}

fn cases() -> Vec<(Format, PathBuf, bool)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let names: Vec<&str> = FORMAT_NAMES
        .iter()
        .chain(dyad_ingest::documents::FORMAT_NAMES.iter())
        .copied()
        .collect();
    let problems = fixture_folder_problems(&root, &names);
    assert!(problems.is_empty(), "{}", problems.join("\n"));
    let mut cases = Vec::new();
    for format in Format::ALL {
        for (kind, ok) in [("ok", true), ("err", false)] {
            let paths = case_paths(&root.join(format.name()).join(kind));
            cases.extend(paths.into_iter().map(|p| (format, p, ok)));
        }
    }
    cases
}

#[test]
fn a_format_without_an_ok_case_or_a_stray_folder_is_named() {
    // A fixture tree of its own, in the temporary folder cargo gives integration tests. A run that failed
    // may have left one behind, so it starts from nothing.
    let root = Path::new(env!("CARGO_TARGET_TMPDIR")).join("golden-fixture-folders");
    let _ = std::fs::remove_dir_all(&root);
    for (file, text) in [
        ("whole/ok/a.csv", "x"),
        ("whole/ok/a.csv.expected", "x"),
        ("only-errors/err/b.csv", "x"),
        ("only-expected/ok/c.csv.expected", "x"),
        ("misspelt/ok/d.csv", "x"),
    ] {
        let path = root.join(file);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }
    let names = ["whole", "only-errors", "only-expected", "absent"];
    let problems = fixture_folder_problems(&root, &names);
    let named = |what: &str| {
        problems
            .iter()
            .any(|p| p.starts_with(&root.join(what).display().to_string()))
    };
    assert!(named("only-errors/ok"), "{problems:?}");
    assert!(named("only-expected/ok"), "{problems:?}");
    assert!(named("absent/ok"), "{problems:?}");
    assert!(named("misspelt"), "{problems:?}");
    assert_eq!(problems.len(), 4, "{problems:?}");
    std::fs::remove_dir_all(&root).unwrap();
}

#[test]
fn golden_files() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let cases = cases();
    assert!(
        cases.len() >= 30,
        "the fixtures are found ({} cases)",
        cases.len()
    );
    let mut failures = Vec::new();
    for (format, path, ok) in cases {
        let bytes = std::fs::read(&path).unwrap();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        let options = Options {
            no_header: name.contains(".noheader."),
            mode: if name.contains(".lenient.") {
                Mode::Lenient
            } else {
                Mode::Strict
            },
            ..Options::default()
        };
        if !options.no_header && !name.starts_with("missing") {
            let detected = detect(&name, &bytes[..bytes.len().min(8192)]);
            if detected != Some(format) {
                failures.push(format!(
                    "{}: detected as {detected:?}, expected {format}",
                    path.display()
                ));
            }
        }
        let actual = match parse(format, &name, &bytes, &options) {
            Ok(parsed) if ok => render(&parsed),
            Err(error) if !ok => format!("error: {error}\n"),
            Ok(parsed) => format!("UNEXPECTED SUCCESS\n{}", render(&parsed)),
            Err(error) => format!("UNEXPECTED ERROR: {error}\n"),
        };
        let expected_path = PathBuf::from(format!("{}.expected", path.display()));
        if update {
            std::fs::write(&expected_path, &actual).unwrap();
        }
        let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
        if expected != actual || actual.starts_with("UNEXPECTED") {
            failures.push(format!(
                "{}:\n--- expected\n{expected}--- actual\n{actual}",
                path.display()
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} golden files differ (rerun with UPDATE_EXPECT=1 and review):\n{}",
        failures.len(),
        failures.join("\n")
    );
}
