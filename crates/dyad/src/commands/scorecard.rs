//! `dyad scorecard`: past projections, dyad's own and documents', against what happened.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use super::project::shown;
use crate::args::{Format, ScorecardArgs};
use crate::output::write_rows;
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &ScorecardArgs) -> Result<ExitCode> {
    let loaded = super::load(settings, &args.pair)?;
    let mut vintages = loaded.vintages();
    let backtests = dyad_project::backtest_all(&mut vintages, 8);
    let scores = dyad_project::scorecard(&vintages, &backtests);
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &scores)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = scores
        .iter()
        .map(|s| {
            vec![
                s.by.clone(),
                s.made.clone(),
                s.indicator.clone(),
                s.subject.clone(),
                s.period.clone(),
                shown(s.projected),
                s.interval.map_or_else(String::new, |(lo, hi)| {
                    format!("{} – {}", shown(lo), shown(hi))
                }),
                s.actual.map_or_else(String::new, shown),
                s.error.map_or_else(String::new, shown),
                s.pct_error
                    .map_or_else(String::new, |p| format!("{p:+.1}%")),
                match s.interval_held {
                    Some(true) => "yes".to_string(),
                    Some(false) => "no".to_string(),
                    None => String::new(),
                },
                if s.note.is_empty() {
                    s.actual_source.clone()
                } else {
                    s.note.clone()
                },
            ]
        })
        .collect();
    write_rows(
        &mut out,
        args.format,
        &[
            "By",
            "Made",
            "Indicator",
            "Subject",
            "Period",
            "Projected",
            "Interval",
            "Actual",
            "Error",
            "% error",
            "Interval held",
            "Actual from / note",
        ],
        &rows,
    )?;
    Ok(ExitCode::SUCCESS)
}
