//! Golden-file tests: every file under `test_data/<format>/ok/` parses to what its `.expected` file
//! says, every file under `test_data/<format>/err/` fails with the error its `.expected` file says, and
//! each file's format is detected from its name and bytes.
//!
//! After an intended change, rerun with `UPDATE_EXPECT=1` to rewrite the expectations, then review the
//! difference. A file named `*.noheader.*` is read with `--no-header`, and one named `*.lenient.*` in
//! lenient mode, its quarantined rows listed with their errors.

use std::fmt::Write;
use std::path::{Path, PathBuf};

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

fn cases() -> Vec<(Format, PathBuf, bool)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let mut cases = Vec::new();
    for format in Format::ALL {
        for (kind, ok) in [("ok", true), ("err", false)] {
            let dir = root.join(format.name()).join(kind);
            let Ok(entries) = std::fs::read_dir(&dir) else {
                continue;
            };
            let mut paths: Vec<PathBuf> = entries
                .map(|e| e.unwrap().path())
                .filter(|p| p.extension().is_none_or(|e| e != "expected"))
                .collect();
            paths.sort();
            cases.extend(paths.into_iter().map(|p| (format, p, ok)));
        }
    }
    cases
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
