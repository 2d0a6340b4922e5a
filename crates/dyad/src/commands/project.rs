//! `dyad project INDICATOR`: point forecasts with 80% and 95% intervals, the model and why.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::args::{Format, ProjectArgs};
use crate::output::{Field, shown, write_fields};
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &ProjectArgs) -> Result<ExitCode> {
    let indicator = super::indicator(&args.indicator)?;
    let as_of = match &args.as_of {
        Some(text) => Some(super::period("--as-of", text)?.end()),
        None => None,
    };
    let loaded = super::load(settings, &args.pair)?;
    let mut vintages = loaded.vintages();
    let subject = super::subject(indicator, vintages.latest(), args.subject.as_deref())?;
    let projection = dyad_project::project(
        &mut vintages,
        indicator,
        &subject,
        as_of,
        usize::from(args.horizon),
    );
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &projection)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<Field>> = projection
        .steps
        .iter()
        .map(|(period, step)| {
            vec![
                Field::text(period.to_string()),
                Field::Number(Some(step.mean)),
                Field::Range(Some((step.lo80, step.hi80))),
                Field::Range(Some((step.lo95, step.hi95))),
                Field::Number(Some(step.h as f64)),
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
        write_fields(
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
