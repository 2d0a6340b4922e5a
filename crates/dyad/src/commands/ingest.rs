//! `dyad ingest figures FILE…`: loads tidy figures files, one transaction per file.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use dyad_ingest::{Mode, Quarantined};
use dyad_store::IngestOutcome;

use crate::args::IngestArgs;
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &IngestArgs) -> Result<ExitCode> {
    let mut store = super::open_evidence(settings)?;
    let mode = if args.lenient {
        Mode::Lenient
    } else {
        Mode::Strict
    };
    let mut n_failed = 0;
    let mut all_quarantined: Vec<Quarantined> = Vec::new();
    let mut stderr = std::io::stderr().lock();
    for path in &args.files {
        let name = path.display().to_string();
        let result = std::fs::read(path)
            .with_context(|| format!("reading `{name}`"))
            .and_then(|bytes| super::ingest_bytes(&mut store, &name, &bytes, mode));
        match result {
            Ok((
                IngestOutcome::Stored {
                    n_records,
                    n_new,
                    n_known,
                    n_quarantined,
                },
                quarantined,
            )) => {
                writeln!(
                    stderr,
                    "{name}: {n_records} figures read, {n_new} new, {n_known} already in the evidence base, {n_quarantined} quarantined"
                )?;
                for row in &quarantined {
                    writeln!(stderr, "  quarantined: {}", row.error)?;
                }
                all_quarantined.extend(quarantined);
            }
            Ok((
                IngestOutcome::AlreadyIngested {
                    name: earlier,
                    ingested_at,
                },
                _,
            )) => {
                writeln!(
                    stderr,
                    "{name}: already ingested (as `{earlier}`, at {ingested_at}); nothing changed"
                )?;
            }
            Err(error) => {
                n_failed += 1;
                // Report this file and go on with the rest; the exit code tells.
                crate::report(&error.context(format!(
                    "`{name}` was not ingested; the evidence base is unchanged"
                )));
            }
        }
    }
    if let Some(report) = &args.quarantine_report {
        let mut writer = csv::Writer::from_path(report)
            .with_context(|| format!("writing `{}`", report.display()))?;
        writer.write_record([
            "file", "record", "line", "field", "value", "expected", "row",
        ])?;
        for row in &all_quarantined {
            let e = &row.error;
            writer.write_record([
                &e.file,
                &e.record.to_string(),
                &e.line.to_string(),
                &e.field,
                &e.value,
                &e.expected,
                &row.raw,
            ])?;
        }
        writer.flush()?;
        writeln!(
            stderr,
            "quarantine report: {} rows in `{}`",
            all_quarantined.len(),
            report.display()
        )?;
    }
    Ok(if n_failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
