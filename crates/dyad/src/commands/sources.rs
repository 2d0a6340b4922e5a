//! `dyad sources`: lists every source with its vintages and how many figures and events each holds.

use std::io::Write;
use std::process::ExitCode;

use anyhow::Result;

use crate::args::{Format, SourcesArgs};
use crate::output::write_rows;
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &SourcesArgs) -> Result<ExitCode> {
    let store = super::open_evidence(settings)?;
    let sources = store.sources()?;
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        let document: Vec<serde_json::Value> = sources
            .iter()
            .map(|s| {
                serde_json::json!({
                    "publisher": s.publisher,
                    "dataset": s.dataset,
                    "licence": s.licence,
                    "vintages": s.vintages.iter().map(|v| serde_json::json!({
                        "vintage": v.label,
                        "released": v.released,
                        "observations": v.n_observations,
                        "events": v.n_events,
                        "differing_copies": v.n_differing_copies,
                    })).collect::<Vec<_>>(),
                })
            })
            .collect();
        serde_json::to_writer_pretty(&mut out, &document)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = sources
        .iter()
        .flat_map(|s| {
            s.vintages.iter().map(|v| {
                vec![
                    s.publisher.clone(),
                    s.dataset.clone(),
                    v.label.clone(),
                    v.released.clone(),
                    v.n_observations.to_string(),
                    v.n_events.to_string(),
                    v.n_differing_copies.to_string(),
                ]
            })
        })
        .collect();
    write_rows(
        &mut out,
        args.format,
        &[
            "Publisher",
            "Dataset",
            "Vintage",
            "Released",
            "Figures",
            "Events",
            "Differing copies",
        ],
        &rows,
    )?;
    Ok(ExitCode::SUCCESS)
}
