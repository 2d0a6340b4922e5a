//! `dyad project INDICATOR`: point forecasts with 80% and 95% intervals, the model and why.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;
use dyad_measure::format::format_number;

use crate::args::{Format, ProjectArgs};
use crate::output::{with_separators, write_rows};
use crate::settings::Settings;

/// A forecast value, rounded for print: counts and stocks to whole numbers, small values to two
/// decimals.
pub fn shown(value: f64) -> String {
    let rounded = if value.abs() >= 100.0 {
        value.round()
    } else {
        (value * 100.0).round() / 100.0
    };
    with_separators(&format_number(rounded))
}

pub fn run(settings: &Settings, args: &ProjectArgs) -> Result<ExitCode> {
    let indicator = super::indicator(&args.indicator)?;
    let as_of = match &args.as_of {
        Some(text) => Some(super::period("--as-of", text)?.end()),
        None => None,
    };
    let loaded = super::load(settings, &args.pair)?;
    let mut vintages = loaded.vintages();
    let subject = super::subject(indicator, vintages.latest(), args.subject.as_deref())?;
    let projection = dyad_project::project(&mut vintages, indicator, &subject, as_of, args.horizon);
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &projection)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = projection
        .steps
        .iter()
        .map(|(period, step)| {
            vec![
                period.to_string(),
                shown(step.mean),
                format!("{} – {}", shown(step.lo80), shown(step.hi80)),
                format!("{} – {}", shown(step.lo95), shown(step.hi95)),
                step.h.to_string(),
            ]
        })
        .collect();
    if args.format == Format::Table {
        writeln!(
            out,
            "{} for {}{}",
            indicator.name,
            subject,
            as_of.map(|d| format!(", as of {d}")).unwrap_or_default()
        )?;
        if let (Some(period), Some(value)) = (projection.last_period, projection.last_value) {
            writeln!(
                out,
                "last value: {} {} for {period} ({})",
                shown(value),
                indicator.unit,
                projection.last_vintage
            )?;
        }
        if let Some(model) = projection.model {
            writeln!(out, "model: {}; {}", model.name(), projection.why)?;
        }
    }
    if !rows.is_empty() {
        write_rows(
            &mut out,
            args.format,
            &[
                "Period",
                "Forecast",
                "80% interval",
                "95% interval",
                "Steps ahead",
            ],
            &rows,
        )?;
    }
    if args.format != Format::Csv {
        for note in &projection.notes {
            writeln!(out, "note: {note}")?;
        }
    }
    Ok(if projection.steps.is_empty() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}
