//! `dyad history INDICATOR`: every vintage of a figure, oldest release first, with what each revised.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use dyad_model::Period;
use dyad_model::pair::normalize_subject;
use dyad_store::ObservationFilter;

use crate::args::{Format, HistoryArgs};
use crate::output::{with_separators, write_rows};
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &HistoryArgs) -> Result<ExitCode> {
    let period: Option<Period> = match &args.period {
        Some(text) => Some(
            text.parse()
                .with_context(|| format!("reading `--period {text}`"))?,
        ),
        None => None,
    };
    let subject = args.subject.as_deref().map(normalize_subject);
    let store = super::open_evidence(settings)?;
    let mut evidence = store.evidence(&ObservationFilter {
        indicator: Some(&args.indicator),
        subject: subject.as_deref(),
        overlapping: period,
    })?;
    if evidence.is_empty() {
        bail!(
            "no figure of `{}` matches{}{}\nhint: `dyad sources` lists what the evidence base holds",
            args.indicator,
            subject
                .map(|s| format!(" subject `{s}`"))
                .unwrap_or_default(),
            args.period
                .as_ref()
                .map(|p| format!(" period `{p}`"))
                .unwrap_or_default()
        );
    }
    // One series per subject, period and concept; within it, releases in the order they came out.
    evidence.sort_by(|a, b| {
        let key = |e: &dyad_model::Evidence| {
            (
                e.observation.subject.clone(),
                e.observation.period.map(|p| (p.start(), p.end())),
                e.observation.concept.clone(),
                e.provenance.source.vintage_date.clone(),
                e.provenance.source.vintage.clone(),
            )
        };
        key(a).cmp(&key(b))
    });
    let mut rows = Vec::new();
    let mut previous: Option<(String, Option<Period>, String, Option<f64>)> = None;
    for item in &evidence {
        let o = &item.observation;
        let series = (o.subject.clone(), o.period, o.concept.clone());
        let change = match &previous {
            Some((subject, period, concept, value))
                if (subject, period, concept) == (&series.0, &series.1, &series.2) =>
            {
                match (value, o.value.number) {
                    (Some(before), Some(now)) if before == &now => "unchanged".to_string(),
                    (Some(before), Some(now)) if *before != 0.0 => {
                        format!("revised {:+.1}%", (now - before) / before.abs() * 100.0)
                    }
                    _ => "revised".to_string(),
                }
            }
            _ => "first release".to_string(),
        };
        previous = Some((series.0, series.1, series.2, o.value.number));
        let source = &item.provenance.source;
        rows.push(vec![
            o.subject.clone(),
            o.period
                .map_or_else(|| "undated".to_string(), |p| p.to_string()),
            with_separators(&o.value.text),
            o.unit.clone(),
            o.status.to_string(),
            o.basis.clone(),
            format!("{}: {}", source.publisher, source.dataset),
            source.vintage.clone(),
            source.vintage_date.clone(),
            change,
        ]);
    }
    let headers = [
        "Subject", "Period", "Value", "Unit", "Status", "Basis", "Source", "Vintage", "Released",
        "Change",
    ];
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        let document: Vec<serde_json::Value> = evidence
            .iter()
            .zip(&rows)
            .map(|(e, row)| serde_json::json!({"observation": e.observation, "provenance": e.provenance, "change": row[9]}))
            .collect();
        serde_json::to_writer_pretty(&mut out, &document)?;
        writeln!(out)?;
    } else {
        write_rows(&mut out, args.format, &headers, &rows)?;
    }
    Ok(ExitCode::SUCCESS)
}
