//! `dyad ingest [FORMAT] FILE…`: loads files as published, one transaction per file.

use std::io::Write;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use dyad_ingest::gdelt::{Filter, Match};
use dyad_ingest::{Format, Mode, Options, Quarantined};
use dyad_model::Pair;
use dyad_store::IngestOutcome;
use indicatif::{ProgressBar, ProgressStyle};

use crate::args::{IngestArgs, MatchArg};
use crate::settings::Settings;

/// Splits `[FORMAT] FILE…` into the format, if named, and the files; a folder stands for the files in it.
fn format_and_files(items: &[String]) -> Result<(Option<Format>, Vec<PathBuf>)> {
    let Some(first) = items.first() else {
        bail!("no file given\nhint: dyad ingest [FORMAT] FILE…")
    };
    let (format, paths) = match Format::from_name(first) {
        // A file that happens to be called like a format is still a file.
        Some(format) if !std::path::Path::new(first).exists() => {
            if items.len() == 1 {
                bail!("no file given after the format `{first}`\nhint: dyad ingest {first} FILE…");
            }
            (Some(format), &items[1..])
        }
        _ => (None, items),
    };
    let mut files = Vec::new();
    for path in paths.iter().map(PathBuf::from) {
        if path.is_dir() {
            let mut inside: Vec<PathBuf> = std::fs::read_dir(&path)
                .with_context(|| format!("reading the folder `{}`", path.display()))?
                .filter_map(|entry| entry.ok().map(|e| e.path()))
                .filter(|p| {
                    p.is_file()
                        && !p
                            .file_name()
                            .is_some_and(|n| n.to_string_lossy().starts_with('.'))
                })
                .collect();
            inside.sort();
            files.extend(inside);
        } else {
            files.push(path);
        }
    }
    Ok((format, files))
}

fn summary(name: &str, format: Format, outcome: &IngestOutcome) -> String {
    match outcome {
        IngestOutcome::AlreadyIngested {
            name: earlier,
            ingested_at,
        } => {
            format!("{name}: already ingested (as `{earlier}`, at {ingested_at}); nothing changed")
        }
        IngestOutcome::Stored(c) if format == Format::Figures => format!(
            "{name}: {} figures read, {} new, {} already in the evidence base, {} quarantined",
            c.n_rows, c.n_figures_new, c.n_figures_known, c.n_quarantined
        ),
        IngestOutcome::Stored(c) => {
            // Rows kept: read, not left out by the filter, not quarantined.
            let kept = c.n_rows - c.n_filtered - c.n_quarantined as u64;
            let stored: Vec<String> = [
                (c.n_events_new, "events new"),
                (c.n_events_known, "events already stored"),
                (
                    c.n_events_differing,
                    "of them differing from the stored copy (the stored copy stands; this file's is kept in `event_conflict`)",
                ),
                (c.n_figures_new, "figures new"),
                (c.n_figures_known, "figures already stored"),
                (c.n_deletions, "deletion notices"),
                (c.n_aggregates, "monthly aggregates"),
                (c.n_mentions, "mentions"),
            ]
            .into_iter()
            .filter(|(n, _)| *n > 0)
            .map(|(n, what)| format!("{n} {what}"))
            .collect();
            format!(
                "{name} ({format}): {} rows read, {kept} kept, {} quarantined; stored: {}",
                c.n_rows,
                c.n_quarantined,
                if stored.is_empty() {
                    "nothing".to_string()
                } else {
                    stored.join(", ")
                }
            )
        }
    }
}

/// The progress bar, told of each file and of the bytes read.
struct Bar<'b>(&'b ProgressBar);

impl dyad_load::Progress for Bar<'_> {
    fn file(&self, name: &str) {
        self.0.set_message(name.to_string());
    }

    fn bytes(&self, n_bytes: u64) {
        self.0.inc(n_bytes);
    }
}

pub fn run(settings: &Settings, args: &IngestArgs) -> Result<ExitCode> {
    let (format, files) = format_and_files(&args.items)?;
    let pair: &Pair = &args.pair;
    let matching = match args.matching {
        MatchArg::Actors => Match::Actors,
        MatchArg::Places => Match::Places,
        MatchArg::Either => Match::Either,
        MatchArg::Both => Match::Both,
        MatchArg::Involving => Match::Involving,
    };
    let options = Options {
        mode: if args.lenient {
            Mode::Lenient
        } else {
            Mode::Strict
        },
        no_header: args.no_header,
        version: args.version.clone(),
        released: match &args.released {
            Some(date) if date.len() == 10 && date.parse::<dyad_model::Period>().is_ok() => {
                Some(date.clone())
            }
            Some(date) => bail!("`--released {date}` is not a date\nhint: write it as YYYY-MM-DD"),
            None => None,
        },
        indicator: args.indicator.clone(),
        file_sha256: None,
        gdelt: Filter::for_pair(&pair.first, &pair.second, matching)?,
        rows_read: Some(std::sync::Arc::new(std::sync::atomic::AtomicU64::new(0))),
    };
    let rows_read = options.rows_read.clone().expect("set above");
    // The quarantine report is opened before anything is stored: a path that cannot be written fails
    // the command while the evidence base is still as it was, rather than after the files are committed.
    let mut report_writer = match &args.quarantine_report {
        Some(report) => Some(
            csv::Writer::from_path(report)
                .with_context(|| format!("writing the quarantine report `{}`", report.display()))
                .context("nothing was ingested")?,
        ),
        None => None,
    };
    let mut store = super::open_evidence(settings)?;
    // One bar for the whole batch, on standard error; hidden when that is not a terminal.
    let total_bytes: u64 = files
        .iter()
        .map(|p| std::fs::metadata(p).map(|m| m.len()).unwrap_or(0))
        .sum();
    let bar = ProgressBar::new(total_bytes);
    let rows_for_display = rows_read.clone();
    bar.set_style(
        ProgressStyle::with_template(
            "{msg}: {rows} rows [{bar:30}] {binary_bytes}/{binary_total_bytes} ({binary_bytes_per_sec}, {eta})",
        )
        .expect("a valid template")
        .with_key("rows", move |_: &indicatif::ProgressState, out: &mut dyn std::fmt::Write| {
            let _ = write!(out, "{}", rows_for_display.load(std::sync::atomic::Ordering::Relaxed));
        })
        .progress_chars("=> "),
    );
    // Parsing a file held in memory reads no bytes for a while: a steady tick keeps the row count moving.
    bar.enable_steady_tick(std::time::Duration::from_millis(200));
    let say = |line: &str| {
        if bar.is_hidden() {
            eprintln!("{line}");
        } else {
            bar.println(line);
        }
    };
    let mut n_failed = 0;
    let mut all_quarantined: Vec<Quarantined> = Vec::new();
    // The files are read and parsed two at a time while this thread stores them in the order given,
    // each in its own transaction.
    let progress = Bar(&bar);
    dyad_load::load_files(
        &mut store,
        &settings.database(),
        &files,
        format,
        &options,
        &progress,
        |done| match done.result {
            Ok((format, outcome, parsed)) => {
                let name = &done.name;
                say(&summary(name, format, &outcome));
                for diagnostic in parsed.diagnostics.iter().take(20) {
                    say(&format!(
                        "  note: {name}: record {} (line {}): {}",
                        diagnostic.record, diagnostic.line, diagnostic.message
                    ));
                }
                if parsed.diagnostics.len() > 20 {
                    say(&format!(
                        "  note: and {} more",
                        parsed.diagnostics.len() - 20
                    ));
                }
                for row in &parsed.quarantined {
                    say(&format!("  quarantined: {}", row.error));
                }
                all_quarantined.extend(parsed.quarantined);
            }
            Err(error) => {
                n_failed += 1;
                // Report this file and go on with the rest; the exit code tells.
                bar.suspend(|| {
                    crate::report(&anyhow::Error::from(error).context(format!(
                        "`{}` was not ingested; the evidence base is unchanged",
                        done.name
                    )))
                });
            }
        },
    )?;
    bar.finish_and_clear();
    let mut stderr = std::io::stderr().lock();
    if let (Some(report), Some(mut writer)) = (&args.quarantine_report, report_writer.take()) {
        writer.write_record([
            "file", "record", "line", "field", "column", "value", "expected", "row",
        ])?;
        for row in &all_quarantined {
            let e = &row.error;
            writer.write_record([
                &e.file,
                &e.record.to_string(),
                &e.line.to_string(),
                &e.field,
                &e.column.map(|c| c.to_string()).unwrap_or_default(),
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
    if files.len() > 1 {
        writeln!(
            stderr,
            "{} of {} files ingested",
            files.len() - n_failed,
            files.len()
        )?;
    }
    Ok(if n_failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}
