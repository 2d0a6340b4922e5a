//! `dyad compare INDICATOR --period P`: every source and vintage of an indicator for a period, side by
//! side, with the value the indicator chooses and the spread.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Result, bail};

use crate::args::{CompareArgs, Format};
use crate::output::{with_separators, write_rows};
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &CompareArgs) -> Result<ExitCode> {
    let indicator = super::indicator(&args.indicator)?;
    let period = super::period("--period", &args.period)?;
    let loaded = super::load(settings, &args.pair)?;
    let inputs = loaded.inputs();
    let subjects = match &args.subject {
        Some(asked) => vec![super::subject(indicator, &inputs, Some(asked))?],
        None => (indicator.subjects)(&inputs),
    };
    let mut rows = Vec::new();
    let mut summaries = Vec::new();
    let mut json = Vec::new();
    for subject in &subjects {
        let figures = (indicator.figures)(&inputs, subject, period);
        if figures.is_empty() {
            continue;
        }
        let cell = (indicator.cell)(&inputs, subject, period);
        for figure in &figures {
            let o = &figure.observation;
            let source = &figure.provenance.source;
            let chosen = cell.value == o.value.number
                && cell.vintage == source.vintage
                && cell.source == format!("{}: {}", source.publisher, source.dataset)
                && cell.period == o.period.map(|p| p.to_string()).unwrap_or_default();
            rows.push(vec![
                subject.clone(),
                o.period.map_or_else(|| "undated".into(), |p| p.to_string()),
                with_separators(&o.value.text),
                o.unit.clone(),
                o.status.to_string(),
                format!("{}: {}", source.publisher, source.dataset),
                source.vintage.clone(),
                source.vintage_date.clone(),
                o.basis.clone(),
                if chosen {
                    "chosen".into()
                } else {
                    String::new()
                },
            ]);
        }
        let values: Vec<f64> = figures
            .iter()
            .filter_map(|f| f.observation.value.number)
            .collect();
        let (min, max) = values
            .iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| {
                (lo.min(*v), hi.max(*v))
            });
        let spread = match cell.value {
            Some(chosen) if chosen != 0.0 && values.len() > 1 => {
                format!(
                    "; spread {} to {} ({:.1}% of the chosen value)",
                    dyad_measure::format::format_number(min),
                    dyad_measure::format::format_number(max),
                    (max - min) / chosen.abs() * 100.0
                )
            }
            _ => String::new(),
        };
        summaries.push(match cell.value {
            Some(_) => format!(
                "{subject}: {} figure(s); chosen {} {} ({}, {}){spread}{}",
                figures.len(),
                with_separators(&cell.value_text),
                cell.unit,
                cell.source,
                cell.vintage,
                if cell.disagreeing > 0 {
                    format!("; {} disagree beyond the tolerance", cell.disagreeing)
                } else {
                    String::new()
                }
            ),
            None => format!(
                "{subject}: {} figure(s); no value chosen: {}",
                figures.len(),
                cell.note
            ),
        });
        json.push(serde_json::json!({
            "subject": subject,
            "chosen": cell,
            "figures": figures,
            "min": (!values.is_empty()).then_some(min),
            "max": (!values.is_empty()).then_some(max),
        }));
    }
    if rows.is_empty() {
        bail!(
            "no figure of `{}` overlaps {period}\nhint: `dyad history {}` lists every period it has",
            indicator.name,
            indicator.name
        );
    }
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        serde_json::to_writer_pretty(
            &mut out,
            &serde_json::json!({"indicator": indicator.name, "period": period.to_string(), "subjects": json}),
        )?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    write_rows(
        &mut out,
        args.format,
        &[
            "Subject", "Period", "Value", "Unit", "Status", "Source", "Vintage", "Released",
            "Basis", "Chosen",
        ],
        &rows,
    )?;
    if args.format != Format::Csv {
        writeln!(out)?;
        for summary in summaries {
            writeln!(out, "{summary}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
