//! `dyad history INDICATOR`: every vintage of a figure, oldest release first, with what each revised.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Result, bail};
use dyad_measure::revisions::{Change, release_series};
use dyad_model::Period;
use dyad_model::pair::normalize_subject;
use dyad_store::ObservationFilter;

use crate::args::{Format, HistoryArgs};
use crate::output::{Field, figure_value, write_fields};
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &HistoryArgs) -> Result<ExitCode> {
    let period: Option<Period> = match &args.period {
        Some(text) => Some(super::period("--period", text)?),
        None => None,
    };
    let subject = args.subject.as_deref().map(normalize_subject);
    let store = super::open_evidence(settings)?;
    let evidence = store.evidence(&ObservationFilter {
        indicator: Some(&args.indicator),
        subject: subject.as_deref(),
        overlapping: period,
    })?;
    if evidence.is_empty() {
        // A name no figure and no indicator has is most likely a typo: suggest the nearest indicators.
        let near = dyad_measure::indicators::closest(&args.indicator);
        if dyad_measure::indicators::find(&args.indicator).is_none()
            && !store_has_indicator(&store, &args.indicator)?
        {
            bail!(
                "no figure of `{}` is stored and no indicator has that name\nhint: did you mean {}? `dyad indicators` lists the indicators, `dyad sources` what the evidence base holds",
                args.indicator,
                near.iter()
                    .map(|n| format!("`{n}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
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
    // One series per figure (the revision rule of `dyad_measure::revisions`, which the report's method
    // section reads too); within it, releases in the order they came out.
    let series = release_series(&evidence);
    let mut listed: Vec<(&dyad_model::Evidence, String)> = Vec::new();
    let mut rows = Vec::new();
    // An undated figure belongs to no series: nothing is compared with it, so each is its own first
    // release.
    let undated = evidence
        .iter()
        .filter(|e| e.observation.period.is_none())
        .map(|e| (e, Change::First));
    for (item, change) in series
        .iter()
        .flat_map(|s| s.releases.iter().copied())
        .chain(undated)
    {
        let o = &item.observation;
        let source = &item.provenance.source;
        rows.push(vec![
            Field::text(o.subject.clone()),
            Field::text(
                o.period
                    .map_or_else(|| "undated".to_string(), |p| p.to_string()),
            ),
            figure_value(&o.value),
            Field::text(o.unit.clone()),
            Field::text(o.status.to_string()),
            Field::text(o.basis.clone()),
            Field::text(format!("{}: {}", source.publisher, source.dataset)),
            Field::text(source.vintage.clone()),
            Field::text(source.vintage_date.clone()),
            Field::text(change.describe()),
            Field::Percent(match change {
                Change::Revised(Some(fraction)) => Some(fraction * 100.0),
                Change::Unchanged => Some(0.0),
                _ => None,
            }),
        ]);
        listed.push((item, change.describe()));
    }
    let headers = [
        "Subject", "Period", "Value", "Unit", "Status", "Basis", "Source", "Vintage", "Released",
        "Change", "Change %",
    ];
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        let document: Vec<serde_json::Value> = listed
            .iter()
            .map(|(e, change)| serde_json::json!({"observation": e.observation, "provenance": e.provenance, "change": change}))
            .collect();
        serde_json::to_writer_pretty(&mut out, &document)?;
        writeln!(out)?;
    } else {
        write_fields(&mut out, args.format, &headers, &rows)?;
    }
    Ok(ExitCode::SUCCESS)
}

/// Whether any figure of `indicator` (or of the family, for a name ending in `.`) is stored at all.
fn store_has_indicator(store: &dyad_store::Store, indicator: &str) -> Result<bool> {
    Ok(!store
        .evidence(&ObservationFilter {
            indicator: Some(indicator),
            ..ObservationFilter::default()
        })?
        .is_empty())
}
