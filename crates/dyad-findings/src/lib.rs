//! Turns measured evidence into the report's content: findings by stated rules, recommendations traced to
//! them, chart data, the method and limitations, and the references, all as data for a renderer.
//!
//! Nothing here is written from nothing: every finding names the rule that produced it and cites the
//! figures it rests on ([`findings`]); every chart and table cell names its references; the method
//! section is generated from provenance ([`method`]). The same evidence and options give the same report,
//! in the same order: no clock, no hash-map order.

pub mod charts;
pub mod findings;
pub mod method;
pub mod model;
pub mod readings;
pub mod references;

use chrono::NaiveDate;
use dyad_measure::build_tables;
use dyad_project::Vintages;

pub use model::{
    Accuracy, Band, BorderMap, Chart, ChartSeries, Citation, Coverage, Disagreement, Finding, Lens,
    MapArea, Mark, Method, NoEvidence, Recommendation, Reference, Report, Revision, Theme,
};
pub use references::References;

/// What the report is about and as of when.
#[derive(Debug, Clone)]
pub struct Options {
    /// The year the tables describe.
    pub year: i32,
    /// The as-of date the evidence was cut at, if any; the caller has already cut it.
    pub as_of: Option<NaiveDate>,
    /// Figures left out by the cut because their release has no date.
    pub undated_left_out: usize,
    /// The stored documents' coded passages, each with one coder's codes.
    pub passages: Vec<dyad_model::CitedPassage>,
    /// That coder's label (`rule:CODEBOOK@VERSION#HASH`, or a person's name).
    pub coder: String,
}

/// Builds the report from the evidence as `vintages` holds it.
pub fn build(vintages: &mut Vintages<'_>, options: &Options) -> Report {
    let year = options.year;
    let backtests = dyad_project::backtest_all(vintages, 8);
    let projection = findings::project_refugees(vintages, year);
    let fan = projection_for_chart(vintages);
    let inputs = vintages.latest();
    let mut references = References::new(inputs.evidence.iter().chain(&inputs.security));
    let tables = build_tables(inputs, year);
    // Cite the tables first, so the references follow the report's order.
    let cell_references: Vec<Vec<Vec<String>>> = tables
        .iter()
        .map(|t| {
            t.cells
                .iter()
                .map(|c| references.cite_cell(&c.source))
                .collect()
        })
        .collect();
    let mut charts = Vec::new();
    let mut charts_missing = Vec::new();
    let pair = inputs.pair;
    for (built, title, reason) in [
        (
            charts::trade(inputs, &mut references),
            "Trade by flow and basis",
            "No trade figure in US dollars is in the evidence base",
        ),
        (
            charts::refugees(inputs, fan.as_ref(), &mut references),
            "Registered refugees in every release",
            "No UNHCR figure for the pair is in the evidence base",
        ),
        (
            charts::provinces(inputs, &mut references),
            "Host-province shares",
            "No province breakdown is in the evidence base",
        ),
        (
            charts::security(inputs, &mut references),
            "Border security incidents by category and source",
            "No event data covers the border: ingest ACLED, UCDP GED or GDELT events",
        ),
        (
            charts::deaths(inputs, &mut references),
            "Deaths in organised violence",
            "No UCDP-based country series is in the evidence base",
        ),
        (
            charts::fatalities_by_actor(inputs, &mut references),
            "Deaths by the kind of actor",
            "No ACLED or UCDP events with deaths are in the evidence base",
        ),
        (
            charts::cooperation(inputs, &mut references),
            "The cooperation–conflict index",
            "The index is computed from GDELT events between the pair's actors, and none are in the evidence base: ingest GDELT 2.0 exports (`dyad ingest gdelt FILE…`)",
        ),
        (
            charts::connectivity(inputs, year, &mut references),
            "Connectivity projects",
            "No cited cost or investment of a connectivity project is known by the year",
        ),
    ] {
        match built {
            Some(chart) => charts.push(chart),
            None => charts_missing.push((
                format!("{title} ({}–{})", pair.first, pair.second),
                format!("{reason}."),
            )),
        }
    }
    let border_map = charts::border_map(inputs, year, &mut references);
    let context = findings::Context {
        inputs,
        tables: &tables,
        year,
        refugee_projection: projection.as_ref(),
    };
    let (found, no_evidence) = findings::findings(&context, &mut references);
    let recommendations = findings::recommendations(&found);
    let disagreements = method::disagreements(&tables, &mut references);
    let revisions = method::revisions(&inputs.evidence, &mut references);
    let mut limitations = vec![
        "The study's security categories have no exact counterpart in open data; dyad counts them by written recipes (see `dyad indicators show security.cross_border_attacks`), which are operational definitions, not the study's own.".to_string(),
        "The bundled UCDP GED subset covers events located in Pakistan from 1989 to 2021; later years and Afghanistan's side of the border need ingested event data. ACLED's terms forbid redistributing its events, so none are bundled.".to_string(),
        "Trade figures come from agencies that count different things (customs records, banking-channel payments, mirror flows) and are mostly reported in the press; figures of different bases are never added.".to_string(),
        format!(
            "The readings by theme and lens come from the stored documents' passages as coded by {}: they report how those documents frame each theme, not how the relationship is; the coder's agreement with hand coding is in ACCURACY.md, and a lens no passage takes is reported as absent.",
            options.coder
        ),
    ];
    if let Some(date) = options.as_of {
        limitations.push(format!(
            "As of {date}: only releases dated by then are read; {} stored figures or events whose release has no date were left out, since whether they were out by then is unknown.",
            options.undated_left_out
        ));
    }
    let coverage = method::coverage(inputs);
    let method = model::Method {
        scope: vec![
            format!(
                "{} stored figures, and {} counts derived from event data by the security recipes.",
                inputs.evidence.len(),
                inputs.security.len()
            ),
            format!(
                "{} indicator series with values; the {} with at least 8 values are backtested.",
                coverage.len(),
                backtests.len()
            ),
        ],
        coverage,
        disagreements,
        revisions,
        accuracy: method::accuracy(&backtests),
        limitations,
    };
    Report {
        pair: inputs.pair.to_string(),
        year,
        as_of: match options.as_of {
            Some(date) => format!("releases dated by {date}"),
            None => "every release in the evidence base".to_string(),
        },
        tables,
        cell_references,
        charts,
        charts_missing,
        border_map,
        findings: found,
        no_evidence,
        recommendations,
        method,
        references: references.into_cited(),
        readings: readings::readings(&options.passages),
        coder: options.coder.clone(),
    }
}

/// The refugee projection drawn as the fan: from the latest data, three years ahead.
fn projection_for_chart(vintages: &mut Vintages<'_>) -> Option<dyad_project::Projection> {
    let indicator = dyad_measure::indicators::find("refugees.registered")?;
    let subject = vintages.latest().pair.backward();
    let projection = dyad_project::project(vintages, indicator, &subject, None, 3);
    (!projection.steps.is_empty()).then_some(projection)
}
