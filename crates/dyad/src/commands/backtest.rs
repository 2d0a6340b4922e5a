//! `dyad backtest [INDICATOR]`: rolling-origin backtests of the projection models, with per-origin
//! errors, MASE against naive, and interval coverage.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Result, bail};
use dyad_project::{Backtest, DataMode, Model};

use crate::args::{BacktestArgs, Format};
use crate::output::{Field, write_fields};
use crate::settings::Settings;

/// One summary row per series: the chosen model's scores beside naive's.
pub fn summary_rows(backtests: &[Backtest]) -> Vec<Vec<Field>> {
    backtests
        .iter()
        .map(|b| {
            let chosen = b.chosen_score();
            let naive = b.scores.iter().find(|s| s.model == Model::Naive);
            vec![
                Field::text(b.indicator),
                Field::text(&b.subject),
                Field::Number(Some(b.n_points as f64)),
                Field::text(b.span.map_or_else(String::new, |(a, z)| format!("{a}–{z}"))),
                Field::text(format!(
                    "{} ({} real-time, {} earliest stored)",
                    b.origins.len(),
                    b.real_time_origins(),
                    b.vintage_origins() - b.real_time_origins()
                )),
                Field::text(b.chosen.map_or("none", |m| m.name())),
                Field::Ratio(chosen.and_then(|s| s.mase)),
                Field::Ratio(naive.and_then(|s| s.mase)),
                Field::Ratio(chosen.and_then(|s| s.relative_mae)),
                Field::Share(chosen.map(|s| s.coverage80)),
                Field::Share(chosen.map(|s| s.coverage95)),
            ]
        })
        .collect()
}

/// The headers of [`summary_rows`].
pub const SUMMARY_HEADERS: [&str; 11] = [
    "Indicator",
    "Subject",
    "Values",
    "Span",
    "Origins",
    "Chosen model",
    "MASE",
    "MASE naive",
    "MAE / naive",
    "80% coverage",
    "95% coverage",
];

pub fn run(settings: &Settings, args: &BacktestArgs) -> Result<ExitCode> {
    let loaded = super::load(settings, &args.pair)?;
    let mut vintages = loaded.vintages();
    let backtests = match &args.indicator {
        None => dyad_project::backtest_all(&mut vintages, args.min_points),
        Some(name) => {
            let indicator = super::indicator(name)?;
            let subjects = match &args.subject {
                Some(s) => vec![super::subject(indicator, vintages.latest(), Some(s))?],
                None => (indicator.subjects)(vintages.latest()),
            };
            subjects
                .iter()
                .map(|s| dyad_project::backtest(&mut vintages, indicator, s))
                .collect()
        }
    };
    if backtests.iter().all(|b| b.origins.is_empty()) {
        bail!(
            "no series has enough values to backtest (an origin needs {} consecutive values before it)",
            dyad_project::backtest::MIN_TRAIN
        );
    }
    let mut out = std::io::stdout().lock();
    if args.format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &backtests)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    write_fields(
        &mut out,
        args.format,
        &SUMMARY_HEADERS,
        &summary_rows(&backtests),
    )?;
    if args.indicator.is_some() {
        for b in &backtests {
            if b.origins.is_empty() {
                continue;
            }
            writeln!(out, "\n{} for {}: {}", b.indicator, b.subject, b.why)?;
            let models: Vec<Model> = b.scores.iter().map(|s| s.model).collect();
            let mut headers: Vec<String> = vec![
                "Origin".into(),
                "Target".into(),
                "Data".into(),
                "Actual".into(),
            ];
            headers.extend(models.iter().map(|m| format!("{} error", m.name())));
            let rows: Vec<Vec<Field>> = b
                .origins
                .iter()
                .map(|o| {
                    let mut row = vec![
                        Field::text(o.origin.to_string()),
                        Field::text(o.target.to_string()),
                        Field::text(match o.data {
                            DataMode::RealTime => "real-time",
                            DataMode::EarliestStored => "earliest stored release",
                            DataMode::LatestRelease => "latest release",
                        }),
                        Field::Number(Some(o.actual)),
                    ];
                    row.extend(
                        models
                            .iter()
                            .map(|m| Field::Number(o.forecasts.get(m).map(|s| s.mean - o.actual))),
                    );
                    row
                })
                .collect();
            let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
            write_fields(&mut out, args.format, &header_refs, &rows)?;
            let score_rows: Vec<Vec<Field>> = b
                .scores
                .iter()
                .map(|s| {
                    vec![
                        Field::text(s.model.name()),
                        Field::Number(Some(s.n as f64)),
                        Field::Number(Some(s.mae)),
                        Field::Ratio(s.mase),
                        Field::Ratio(s.relative_mae),
                        Field::Share(Some(s.coverage80)),
                        Field::Share(Some(s.coverage95)),
                    ]
                })
                .collect();
            write_fields(
                &mut out,
                args.format,
                &[
                    "Model",
                    "Origins",
                    "MAE",
                    "MASE",
                    "MAE / naive",
                    "80% coverage",
                    "95% coverage",
                ],
                &score_rows,
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
