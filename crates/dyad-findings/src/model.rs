//! The report as data: everything a renderer shows, already measured, chosen and cited.

use serde::Serialize;

use dyad_measure::ResultTable;
pub use dyad_model::codebook::{Lens, Theme};

/// One cited piece of evidence.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Citation {
    /// The reference it belongs to.
    pub reference: String,
    /// What it says: the figure, its period and release.
    pub text: String,
    /// Where in the source it stands.
    pub locator: String,
}

/// A finding: a statement generated from measured evidence by a stated rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// Its anchor id, `finding-…`.
    pub id: String,
    /// Its theme.
    pub theme: Theme,
    /// A one-line headline.
    pub headline: String,
    /// The statement, with its numbers.
    pub text: String,
    /// The rule that produced it: trend, change, disagreement, gap, revision, projection error, …
    pub rule: String,
    /// The evidence it rests on.
    pub citations: Vec<Citation>,
    /// Whether it is in the summary.
    pub in_summary: bool,
}

/// A theme with no evidence, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct NoEvidence {
    /// The theme.
    pub theme: Theme,
    /// What is missing and how to fill it.
    pub reason: String,
}

/// A recommendation, traced to the findings that motivate it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Recommendation {
    /// Its anchor id, `rec-…`.
    pub id: String,
    /// The recommendation.
    pub text: String,
    /// The ids of the findings behind it.
    pub because: Vec<String>,
}

/// How a chart draws a series.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Mark {
    /// A line through the points.
    Line,
    /// A thin grey line, for older releases.
    Faint,
    /// Points only, for figures of unequal periods.
    Points,
    /// A horizontal span per pair of points, `(start, y)` then `(end, y)`: a figure drawn across the
    /// period it covers.
    Spans,
}

/// One series of a chart.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ChartSeries {
    /// The legend label.
    pub label: String,
    /// How it is drawn.
    pub mark: Mark,
    /// The palette index (0–7, colour-blind-safe).
    pub colour: usize,
    /// (x, y) points.
    pub points: Vec<(f64, f64)>,
}

/// A shaded interval band (a projection fan).
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Band {
    /// The legend label.
    pub label: String,
    /// The palette index.
    pub colour: usize,
    /// (x, low, high).
    pub points: Vec<(f64, f64, f64)>,
}

/// A chart, as data.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    /// Its anchor id, `chart-…`.
    pub id: String,
    /// The caption.
    pub title: String,
    /// The x axis label.
    pub x_label: String,
    /// The y axis label, with the unit.
    pub y_label: String,
    /// Whether the y axis is logarithmic.
    pub log_y: bool,
    /// Horizontal bars (label, value) instead of series, for categorical charts.
    pub bars: Vec<(String, f64)>,
    /// The series.
    pub series: Vec<ChartSeries>,
    /// The bands.
    pub bands: Vec<Band>,
    /// The references of its data.
    pub sources: Vec<String>,
    /// What the reader must know.
    pub note: String,
}

/// The border security incidents of one year by border area, as the map of the border draws them: one
/// source's counts, by the recipe of the security table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct BorderMap {
    /// The year drawn: the year asked for, or the latest before it with located incidents.
    pub year: i32,
    /// The year asked for.
    pub asked: i32,
    /// The source counted (`ACLED`, `UCDP GED`, `GDELT`): the best-ranked one with incidents that year.
    pub source: String,
    /// The areas, in the border table's order; GDELT's are first-level codes (`PK01`).
    pub areas: Vec<MapArea>,
    /// The countries of the pair in whose border areas the evidence base holds no incident of the source
    /// that year: their areas are not drawn.
    pub not_covered: Vec<String>,
    /// The releases read, `; `-separated (the first and last of many).
    pub releases: String,
    /// The period the source covers that year, as the security table's figure gives it (`2021`, or a
    /// part of the year).
    pub period: String,
    /// The references of its data.
    pub sources: Vec<String>,
}

/// One area on the map of the border.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MapArea {
    /// The area's name as the border table writes it, or GDELT's first-level code.
    pub area: String,
    /// The country it lies in (ISO alpha-3).
    pub country: String,
    /// Incidents counted (0 where the source covers the country and counted none).
    pub incidents: f64,
    /// Deaths in them; `None` for a source without death counts.
    pub fatalities: Option<f64>,
}

/// One row of the coverage of an indicator.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coverage {
    /// The indicator.
    pub indicator: String,
    /// The subject.
    pub subject: String,
    /// Periods with a value.
    pub n_values: usize,
    /// First and last period with a value.
    pub span: String,
    /// Periods inside the span without a value.
    pub gaps: String,
}

/// Two figures for the same cell that disagree.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Disagreement {
    /// The table and row.
    pub cell: String,
    /// The chosen value and its source.
    pub chosen: String,
    /// How many others disagree, and the largest difference.
    pub others: String,
    /// The references involved.
    pub references: Vec<String>,
}

/// A figure a later release revised.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Revision {
    /// The indicator and subject.
    pub series: String,
    /// The period.
    pub period: String,
    /// The first release's value and label.
    pub first: String,
    /// The latest release's value and label.
    pub latest: String,
    /// The change in percent.
    pub change_pct: f64,
    /// The reference.
    pub reference: String,
}

/// One series' backtest accuracy.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Accuracy {
    /// The indicator and subject.
    pub series: String,
    /// The model chosen.
    pub model: String,
    /// Backtest origins.
    pub origins: usize,
    /// MASE of the chosen model.
    pub mase: Option<f64>,
    /// 80% interval coverage.
    pub coverage80: Option<f64>,
    /// 95% interval coverage.
    pub coverage95: Option<f64>,
}

/// A bibliographic entry for one dataset or page.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reference {
    /// Its key and anchor id, `ref-…`.
    pub id: String,
    /// The publisher (the author, for a dataset).
    pub publisher: String,
    /// The dataset's title.
    pub title: String,
    /// The releases read, oldest first.
    pub releases: Vec<String>,
    /// The year of the newest dated release, if any.
    pub year: Option<i32>,
    /// The web address.
    pub url: String,
    /// The licence and attribution the source asks for.
    pub licence: String,
    /// How many stored figures or events of it the evidence base holds.
    pub n_items: usize,
}

/// The method and limitations, generated from provenance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Method {
    /// What the report read.
    pub scope: Vec<String>,
    /// Coverage and gaps per indicator.
    pub coverage: Vec<Coverage>,
    /// Cells whose sources disagree.
    pub disagreements: Vec<Disagreement>,
    /// Revisions between releases.
    pub revisions: Vec<Revision>,
    /// Projection accuracy from backtests.
    pub accuracy: Vec<Accuracy>,
    /// Limitations stated by rule.
    pub limitations: Vec<String>,
}

/// The whole report.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Report {
    /// The pair, `PAK-AFG`.
    pub pair: String,
    /// The year the tables describe.
    pub year: i32,
    /// What the as-of date is, in words.
    pub as_of: String,
    /// The five tables.
    pub tables: Vec<ResultTable>,
    /// For each table cell (by table index, then cell index), the references it rests on.
    pub cell_references: Vec<Vec<Vec<String>>>,
    /// The charts.
    pub charts: Vec<Chart>,
    /// Charts the report would draw but cannot, with why: `(title, reason)`.
    pub charts_missing: Vec<(String, String)>,
    /// The map of incidents along the border, when event data locate any.
    pub border_map: Option<BorderMap>,
    /// The findings.
    pub findings: Vec<Finding>,
    /// Themes without evidence.
    pub no_evidence: Vec<NoEvidence>,
    /// The recommendations.
    pub recommendations: Vec<Recommendation>,
    /// Method and limitations.
    pub method: Method,
    /// The references, in the order of first citation.
    pub references: Vec<Reference>,
    /// What the coded documents say on each theme, through each lens.
    pub readings: Vec<crate::readings::ThemeReading>,
    /// The coder of those readings.
    pub coder: String,
}
