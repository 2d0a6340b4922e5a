//! Renders a report to HTML, Markdown, BibTeX and CSL-JSON, and a claim audit to HTML; it computes nothing.
//!
//! The input is a [`dyad_findings::Report`], in which every number is measured, chosen and cited. This
//! crate lays it out: one self-contained HTML file with inline SVG charts, a print stylesheet and no
//! scripts, fonts or images from elsewhere; the same content in Markdown with the charts as SVG files
//! beside it; and the references for reference managers. The same report gives the same bytes.

pub mod audit;
pub mod bib;
pub mod html;
pub mod map;
pub mod markdown;
pub mod svg;

use dyad_findings::{BorderMap, Reference, Report};
use dyad_measure::Cell;

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
    let mut charts: Vec<(String, String)> = report
        .charts
        .iter()
        .map(|c| svg::draw(c).map(|text| (format!("{}.svg", c.id), text)))
        .collect::<Result<_, _>>()
        .map_err(RenderError)?;
    if let Some(border) = &report.border_map {
        charts.push(("border-map.svg".to_string(), map::draw(border)));
    }
    let html = html::render(report, &charts, generator);
    if report.readings.iter().any(|r| r.passages > 0) {
        charts.push((
            "theme-lens.svg".to_string(),
            svg::lens_matrix(&report.readings),
        ));
    }
    Ok(Rendered {
        html,
        markdown: markdown::render(report, generator),
        bibtex: bib::bibtex(&report.references),
        csl_json: bib::csl_json(&report.references),
        charts,
    })
}

/// One cell of a table, independent of the output format.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct TextCell {
    /// The text.
    pub text: String,
    /// The references it cites, shown after the text.
    pub references: Vec<String>,
    /// Whether it is a number (right-aligned in HTML).
    pub numeric: bool,
    /// Whether its sources disagree (flagged ⚑).
    pub flagged: bool,
}

impl TextCell {
    fn plain(text: impl Into<String>) -> TextCell {
        TextCell {
            text: text.into(),
            ..TextCell::default()
        }
    }

    fn number(text: impl Into<String>) -> TextCell {
        TextCell {
            text: text.into(),
            numeric: true,
            ..TextCell::default()
        }
    }

    fn cites(references: Vec<String>) -> TextCell {
        TextCell {
            references,
            ..TextCell::default()
        }
    }
}

/// A table, independent of the output format: the five result tables and those of the method section.
#[derive(Debug, Clone, PartialEq)]
pub struct TextTable {
    /// The anchor id.
    pub id: String,
    /// The heading or caption.
    pub title: String,
    /// The column headings.
    pub headers: Vec<&'static str>,
    /// The rows, each with a class (`missing` for an empty cell of a result table).
    pub rows: Vec<(String, Vec<TextCell>)>,
    /// What to say when there are no rows.
    pub empty: &'static str,
}

fn percent(value: Option<f64>) -> String {
    value.map_or("–".to_string(), |v| format!("{:.0}%", v * 100.0))
}

/// A cell's value for display: thousands separators for whole numbers, the unit after it.
pub fn value_text(cell: &Cell) -> String {
    if cell.value_text.is_empty() {
        return "—".to_string();
    }
    let shown = dyad_measure::format::with_separators(&cell.value_text);
    if cell.unit == "text" || cell.unit.is_empty() {
        shown
    } else {
        format!("{shown} {}", cell.unit)
    }
}

/// The five result tables.
pub fn result_tables(report: &Report) -> Vec<TextTable> {
    report
        .tables
        .iter()
        .enumerate()
        .map(|(t, table)| TextTable {
            id: format!("table-{}", table.id),
            title: format!("Table {}. {}", t + 1, table.title),
            headers: vec![
                "Row", "Column", "Value", "Period", "Status", "Source", "Note",
            ],
            rows: table
                .cells
                .iter()
                .enumerate()
                .map(|(c, cell)| {
                    (
                        cell.status.to_string(),
                        vec![
                            TextCell::plain(&cell.row),
                            TextCell::plain(&cell.column),
                            TextCell {
                                text: value_text(cell),
                                numeric: true,
                                flagged: cell.disagreeing > 0,
                                references: Vec::new(),
                            },
                            TextCell::plain(&cell.period),
                            TextCell::plain(cell.status.as_str()),
                            TextCell {
                                text: cell.source.clone(),
                                references: report.cell_references[t][c].clone(),
                                ..TextCell::default()
                            },
                            TextCell::plain(&cell.note),
                        ],
                    )
                })
                .collect(),
            empty: "",
        })
        .collect()
}

/// What the map of the border shows, in words: the year and source, why an earlier year is drawn, and the
/// countries the source locates nothing in.
pub fn map_caption(map: &BorderMap) -> String {
    let mut caption = format!(
        "Border security incidents in {} by border area, counted by dyad's recipe in {} events (releases {}); each circle's area is proportional to its count.",
        map.period, map.source, map.releases
    );
    if map.year != map.asked {
        caption.push_str(&format!(
            " The evidence base holds no incident located in a border area in {}; {} is the latest year before it that has some.",
            map.asked, map.year
        ));
    }
    if map.source == "GDELT" {
        caption.push_str(" GDELT places events no finer than a first-level unit, so each circle stands for a whole unit (PK01 is the former FATA, PK02 Balochistan, PK03 Khyber Pakhtunkhwa), not a district.");
    }
    for country in &map.not_covered {
        caption.push_str(&format!(
            " The evidence base holds no {} incident in {country}'s border areas in {}, so they are not drawn.",
            map.source, map.year
        ));
    }
    caption.push_str(" Boundaries: Natural Earth (public domain), first-level units before 2018; districts placed at UCDP GED event locations.");
    caption
}

/// The counts behind the map of the border, one row per area.
pub fn map_table(map: &BorderMap) -> TextTable {
    TextTable {
        id: "border-map-counts".into(),
        title: format!("Incidents by border area, {} ({})", map.year, map.source),
        headers: vec!["Area", "Country", "Incidents", "Deaths"],
        rows: map
            .areas
            .iter()
            .map(|a| {
                (
                    String::new(),
                    vec![
                        TextCell::plain(&a.area),
                        TextCell::plain(&a.country),
                        TextCell::number(dyad_measure::format::format_number(a.incidents)),
                        TextCell::number(
                            a.fatalities
                                .map_or("–".to_string(), dyad_measure::format::format_number),
                        ),
                    ],
                )
            })
            .collect(),
        empty: "No border area has a count.",
    }
}

/// The sentence of the method section that points to the appendix; the renderers follow it with a link
/// to each of [`method_tables`].
pub const APPENDIX_NOTE: &str =
    "The detail tables behind these choices are in the appendix, after the references:";

/// The method section's tables, printed in the appendix: coverage, disagreements, revisions, accuracy,
/// licences.
pub fn method_tables(report: &Report) -> Vec<TextTable> {
    let m = &report.method;
    let row = |cells: Vec<TextCell>| (String::new(), cells);
    vec![
        TextTable {
            id: "coverage".into(),
            title: "Coverage and gaps per indicator".into(),
            headers: vec!["Indicator", "Subject", "Values", "Span", "Gaps"],
            rows: m
                .coverage
                .iter()
                .map(|c| {
                    row(vec![
                        TextCell::plain(&c.indicator),
                        TextCell::plain(&c.subject),
                        TextCell::number(c.n_values.to_string()),
                        TextCell::plain(&c.span),
                        TextCell::plain(&c.gaps),
                    ])
                })
                .collect(),
            empty: "No indicator has a value.",
        },
        TextTable {
            id: "disagreements".into(),
            title: "Sources that disagree".into(),
            headers: vec!["Cell", "Chosen", "Others", "References"],
            rows: m
                .disagreements
                .iter()
                .map(|d| {
                    row(vec![
                        TextCell::plain(&d.cell),
                        TextCell::plain(&d.chosen),
                        TextCell::plain(&d.others),
                        TextCell::cites(d.references.clone()),
                    ])
                })
                .collect(),
            empty: "No cell of the tables has sources that disagree beyond 0.5%.",
        },
        TextTable {
            id: "revisions".into(),
            title: "Revisions between releases".into(),
            headers: vec![
                "Series",
                "Period",
                "First release",
                "Latest release",
                "Change",
                "Reference",
            ],
            rows: m
                .revisions
                .iter()
                .map(|r| {
                    row(vec![
                        TextCell::plain(&r.series),
                        TextCell::plain(&r.period),
                        TextCell::number(&r.first),
                        TextCell::number(&r.latest),
                        TextCell::number(format!("{:+.1}%", r.change_pct)),
                        TextCell::cites(vec![r.reference.clone()]),
                    ])
                })
                .collect(),
            empty: "No stored figure was revised beyond 0.5% between releases.",
        },
        TextTable {
            id: "accuracy".into(),
            title: "Projection accuracy (rolling-origin backtests, one step ahead)".into(),
            headers: vec![
                "Series",
                "Model chosen",
                "Origins",
                "MASE",
                "80% coverage",
                "95% coverage",
            ],
            rows: m
                .accuracy
                .iter()
                .map(|a| {
                    row(vec![
                        TextCell::plain(&a.series),
                        TextCell::plain(&a.model),
                        TextCell::number(a.origins.to_string()),
                        TextCell::number(a.mase.map_or("–".to_string(), |v| format!("{v:.2}"))),
                        TextCell::number(percent(a.coverage80)),
                        TextCell::number(percent(a.coverage95)),
                    ])
                })
                .collect(),
            empty: "No series has enough values to backtest.",
        },
        TextTable {
            id: "licences".into(),
            title: "Licences and attributions".into(),
            headers: vec!["Source", "Licence and attribution", "Reference"],
            rows: report
                .references
                .iter()
                .map(|r| {
                    row(vec![
                        TextCell::plain(format!("{}: {}", r.publisher, r.title)),
                        TextCell::plain(if r.licence.is_empty() {
                            "not stated by the source".to_string()
                        } else {
                            r.licence.clone()
                        }),
                        TextCell::cites(vec![r.id.clone()]),
                    ])
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

/// A reference's short name, `publisher, title`, for chart captions; empty for an unknown id.
pub fn reference_name(report: &Report, id: &str) -> String {
    report
        .references
        .iter()
        .find(|r| r.id == id)
        .map_or(String::new(), |r| format!("{}, {}", r.publisher, r.title))
}

/// A finding's headline, for links to it; the id itself for an unknown finding.
pub fn headline_of<'r>(report: &'r Report, id: &'r str) -> &'r str {
    report
        .findings
        .iter()
        .find(|f| f.id == id)
        .map_or(id, |f| f.headline.as_str())
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

/// The sentence that opens a theme's readings: how many passages of how many documents take it.
pub(crate) fn reading_summary(reading: &dyad_findings::readings::ThemeReading) -> String {
    format!(
        "{} passage{} of {} document{} coded with this theme.",
        reading.passages,
        if reading.passages == 1 { "" } else { "s" },
        reading.documents,
        if reading.documents == 1 { "" } else { "s" }
    )
}

/// What a lens reading says before its quote, or that no passage reads the theme through the lens.
pub(crate) fn lens_sentence(
    reading: &dyad_findings::readings::ThemeReading,
    lens: &dyad_findings::readings::LensReading,
) -> String {
    match lens.quote {
        Some(_) => format!(
            "{} of {} passages read the theme through this lens; for example",
            lens.passages, reading.passages
        ),
        None => format!(
            "No stored document reads this theme through {}.",
            lens.lens.name().to_lowercase()
        ),
    }
}

/// Said of a theme no passage is coded with.
pub(crate) const NO_READING: &str =
    "No passage of the stored documents is coded with this theme, so no lens reading can be given.";
