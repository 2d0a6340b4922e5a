//! `dyad compare INDICATOR --period P`: every source and vintage of an indicator for a period, side by
//! side, with the value the indicator chooses and the spread.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Result, bail};

use dyad_measure::compare::compare;
use dyad_measure::format::format_number;

use crate::args::{CompareArgs, Format};
use crate::output::{Field, figure_value, with_separators, write_fields};
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
        let Some(comparison) = compare(indicator, &inputs, subject, period) else {
            continue;
        };
        let cell = &comparison.chosen;
        for figure in &comparison.figures {
            let o = &figure.observation;
            let source = &figure.provenance.source;
            rows.push(vec![
                Field::text(subject.clone()),
                Field::text(o.period.map_or_else(|| "undated".into(), |p| p.to_string())),
                figure_value(&o.value),
                Field::text(o.unit.clone()),
                Field::text(o.status.to_string()),
                Field::text(format!("{}: {}", source.publisher, source.dataset)),
                Field::text(source.vintage.clone()),
                Field::text(source.vintage_date.clone()),
                Field::text(o.basis.clone()),
                Field::text(if comparison.is_chosen(figure) {
                    "chosen".into()
                } else {
                    String::new()
                }),
            ]);
        }
        let spread = match (comparison.spread(), comparison.min, comparison.max) {
            (Some(spread), Some(min), Some(max)) => format!(
                "; spread {} to {} ({:.1}% of the chosen value)",
                format_number(min),
                format_number(max),
                spread * 100.0
            ),
            _ => String::new(),
        };
        let n_figures = comparison.figures.len();
        summaries.push(match cell.value {
            Some(_) => format!(
                "{subject}: {n_figures} figure(s); chosen {} {} ({}, {}){spread}{}",
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
                "{subject}: {n_figures} figure(s); no value chosen: {}",
                cell.note
            ),
        });
        json.push(serde_json::json!({
            "subject": subject,
            "chosen": comparison.chosen,
            "figures": comparison.figures,
            "min": comparison.min,
            "max": comparison.max,
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
    write_fields(
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
