//! Renders a report to HTML, Markdown, BibTeX and CSL-JSON; it computes nothing.
//!
//! The input is a [`dyad_findings::Report`], in which every number is measured, chosen and cited. This
//! crate lays it out: one self-contained HTML file with inline SVG charts, a print stylesheet and no
//! scripts, fonts or images from elsewhere; the same content in Markdown with the charts as SVG files
//! beside it; and the references for reference managers. The same report gives the same bytes.

pub mod bib;
pub mod html;
pub mod markdown;
pub mod svg;

use dyad_findings::{Reference, Report};

/// Everything rendered, ready to write.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// `report.html`.
    pub html: String,
    /// `report.md`.
    pub markdown: String,
    /// `references.bib`.
    pub bibtex: String,
    /// `references.json` (CSL-JSON).
    pub csl_json: String,
    /// The charts as SVG files, `(file name, text)`, for the Markdown report.
    pub charts: Vec<(String, String)>,
}

/// An error while drawing a chart.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RenderError(pub String);

impl std::fmt::Display for RenderError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "drawing a chart failed: {}", self.0)
    }
}

impl std::error::Error for RenderError {}

/// Renders the report in every format.
pub fn render(report: &Report, generator: &str) -> Result<Rendered, RenderError> {
    let charts: Vec<(String, String)> = report
        .charts
        .iter()
        .map(|c| svg::draw(c).map(|text| (format!("{}.svg", c.id), text)))
        .collect::<Result<_, _>>()
        .map_err(RenderError)?;
    Ok(Rendered {
        html: html::render(report, &charts, generator),
        markdown: markdown::render(report, generator),
        bibtex: bib::bibtex(&report.references),
        csl_json: bib::csl_json(&report.references),
        charts,
    })
}

/// A table of the method section, independent of the output format.
#[derive(Debug, Clone, PartialEq)]
pub struct TextTable {
    /// The anchor id.
    pub id: &'static str,
    /// The heading.
    pub title: &'static str,
    /// The column headings.
    pub headers: Vec<&'static str>,
    /// Which columns hold numbers (right-aligned in HTML).
    pub numeric: Vec<bool>,
    /// The rows: each cell's text, and the reference ids the last column cites.
    pub rows: Vec<(Vec<String>, Vec<String>)>,
    /// What to say when there are no rows.
    pub empty: &'static str,
}

fn percent(value: Option<f64>) -> String {
    value.map_or("–".to_string(), |v| format!("{:.0}%", v * 100.0))
}

/// The method section's tables: coverage, disagreements, revisions, accuracy, licences.
pub fn method_tables(report: &Report) -> Vec<TextTable> {
    let m = &report.method;
    vec![
        TextTable {
            id: "coverage",
            title: "Coverage and gaps per indicator",
            headers: vec!["Indicator", "Subject", "Values", "Span", "Gaps"],
            numeric: vec![false, false, true, false, false],
            rows: m
                .coverage
                .iter()
                .map(|c| {
                    (
                        vec![
                            c.indicator.clone(),
                            c.subject.clone(),
                            c.n_values.to_string(),
                            c.span.clone(),
                            c.gaps.clone(),
                        ],
                        Vec::new(),
                    )
                })
                .collect(),
            empty: "No indicator has a value.",
        },
        TextTable {
            id: "disagreements",
            title: "Sources that disagree",
            headers: vec!["Cell", "Chosen", "Others", "References"],
            numeric: vec![false; 4],
            rows: m
                .disagreements
                .iter()
                .map(|d| {
                    (
                        vec![d.cell.clone(), d.chosen.clone(), d.others.clone()],
                        d.references.clone(),
                    )
                })
                .collect(),
            empty: "No cell of the tables has sources that disagree beyond 0.5%.",
        },
        TextTable {
            id: "revisions",
            title: "Revisions between releases",
            headers: vec![
                "Series",
                "Period",
                "First release",
                "Latest release",
                "Change",
                "Reference",
            ],
            numeric: vec![false, false, true, true, true, false],
            rows: m
                .revisions
                .iter()
                .map(|r| {
                    (
                        vec![
                            r.series.clone(),
                            r.period.clone(),
                            r.first.clone(),
                            r.latest.clone(),
                            format!("{:+.1}%", r.change_pct),
                        ],
                        vec![r.reference.clone()],
                    )
                })
                .collect(),
            empty: "No stored figure was revised beyond 0.5% between releases.",
        },
        TextTable {
            id: "accuracy",
            title: "Projection accuracy (rolling-origin backtests, one step ahead)",
            headers: vec![
                "Series",
                "Model chosen",
                "Origins",
                "MASE",
                "80% coverage",
                "95% coverage",
            ],
            numeric: vec![false, false, true, true, true, true],
            rows: m
                .accuracy
                .iter()
                .map(|a| {
                    (
                        vec![
                            a.series.clone(),
                            a.model.clone(),
                            a.origins.to_string(),
                            a.mase.map_or("–".to_string(), |v| format!("{v:.2}")),
                            percent(a.coverage80),
                            percent(a.coverage95),
                        ],
                        Vec::new(),
                    )
                })
                .collect(),
            empty: "No series has enough values to backtest.",
        },
        TextTable {
            id: "licences",
            title: "Licences and attributions",
            headers: vec!["Source", "Licence and attribution", "Reference"],
            numeric: vec![false; 3],
            rows: report
                .references
                .iter()
                .map(|r| {
                    (
                        vec![
                            format!("{}: {}", r.publisher, r.title),
                            if r.licence.is_empty() {
                                "not stated by the source".to_string()
                            } else {
                                r.licence.clone()
                            },
                        ],
                        vec![r.id.clone()],
                    )
                })
                .collect(),
            empty: "No source is cited.",
        },
    ]
}

/// The number a reference is cited by: its place in the list, from 1.
pub fn reference_number(report: &Report, id: &str) -> usize {
    report
        .references
        .iter()
        .position(|r| r.id == id)
        .map_or(0, |i| i + 1)
}

/// A reference's one-line description: publisher, year, title, releases, address, licence.
pub fn describe(reference: &Reference) -> String {
    let mut parts = vec![format!(
        "{}{}. {}.",
        reference.publisher,
        reference
            .year
            .map(|y| format!(" ({y})"))
            .unwrap_or_default(),
        reference.title
    )];
    if !reference.releases.is_empty() {
        let shown: Vec<&str> = reference
            .releases
            .iter()
            .map(String::as_str)
            .take(4)
            .collect();
        let more = reference.releases.len().saturating_sub(shown.len());
        parts.push(format!(
            "Release{}: {}{}.",
            if reference.releases.len() > 1 {
                "s"
            } else {
                ""
            },
            shown.join("; "),
            if more > 0 {
                format!("; and {more} more")
            } else {
                String::new()
            }
        ));
    }
    if !reference.url.is_empty() {
        parts.push(format!("{}.", reference.url));
    }
    if !reference.licence.is_empty() {
        parts.push(format!("Licence and attribution: {}.", reference.licence));
    }
    parts.join(" ")
}
