//! `dyad scorecard`: past projections, dyad's own and documents', against what happened.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::args::{Format, ScorecardArgs};
use crate::output::{Field, write_fields};
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
    let rows: Vec<Vec<Field>> = scores
        .iter()
        .map(|s| {
            vec![
                Field::text(&s.by),
                Field::text(&s.made),
                Field::text(&s.indicator),
                Field::text(&s.subject),
                Field::text(&s.period),
                Field::Number(Some(s.projected)),
                Field::Range(s.interval),
                Field::Number(s.actual),
                Field::Number(s.error),
                Field::Percent(s.pct_error),
                Field::text(match s.interval_held {
                    Some(true) => "yes",
                    Some(false) => "no",
                    None => "",
                }),
                Field::text(if s.note.is_empty() {
                    &s.actual_source
                } else {
                    &s.note
                }),
            ]
        })
        .collect();
    write_fields(
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
