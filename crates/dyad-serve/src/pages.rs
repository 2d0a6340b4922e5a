//! The server's pages: server-rendered HTML that works without JavaScript, with the report's SVG charts.
//!
//! Overview (the five tables of a year, each cell with its source), indicators (a chart of every subject's
//! series, the recipe, the figures with their provenance, and downloads of exactly the chart's data),
//! sources and releases, documents (search, and each document's passages with their codes), the report,
//! and the claim audit (a form; submitting it needs the token).

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Arc;

use axum::extract::State as Extract;

use crate::{Path, Query};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use dyad_findings::model::{Chart, ChartSeries, Mark};
use dyad_measure::Indicator;
use serde::Deserialize;

use crate::snapshot::Rendered;
use crate::{Failure, State};

pub(crate) fn routes() -> axum::Router<State> {
    axum::Router::new()
        .route("/", get(overview))
        .route("/indicators", get(indicators))
        .route("/indicators/{name}", get(indicator_page))
        .route("/indicators/{name}/data.csv", get(indicator_csv))
        .route("/indicators/{name}/data.json", get(indicator_json))
        .route("/sources", get(sources))
        .route("/map", get(border_map))
        .route("/documents", get(documents))
        .route("/documents/{id}", get(document_page))
        .route("/documents/{id}/audit", get(document_audit))
        .route("/report", get(report))
        .route("/audit", get(audit_form).post(audit_submit))
}

const STYLESHEET: &str = "
:root { --ink: #222; --muted: #666; --rule: #ddd; --accent: #0072b2; }
* { box-sizing: border-box; }
body { font-family: -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: var(--ink);
  margin: 0; line-height: 1.5; font-size: 16px; overflow-wrap: anywhere; }
header { background: #f4f6f8; border-bottom: 1px solid var(--rule); padding: .6rem 1rem; }
header nav { display: flex; flex-wrap: wrap; gap: .4rem 1.2rem; align-items: baseline; }
header nav a { color: var(--ink); text-decoration: none; } header nav a.here { font-weight: 700; }
header nav .brand { font-weight: 700; color: var(--accent); }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .4rem 0; } h2 { font-size: 1.25rem; margin-top: 2rem; }
a { color: var(--accent); } .muted, .meta, figcaption { color: var(--muted); font-size: .9rem; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .6rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--rule); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
figure { margin: 1rem 0; } figure svg { width: 100%; height: auto; max-width: 760px; min-width: 620px; display: block; }
form.inline { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin: .6rem 0; }
input, select, textarea, button { font: inherit; padding: .3rem .5rem; }
textarea { width: 100%; min-height: 14rem; }
.snippet { margin: .2rem 0 1rem; } mark { background: #fff2a8; }
ol.sources li { margin-bottom: .2rem; }
input.filter { margin: .4rem .5rem .2rem 0; min-width: 16rem; }
.codes span { display: inline-block; background: #eef3f8; border-radius: 3px; padding: 0 .35rem; margin: 0 .3rem .2rem 0; font-size: .85rem; }
";

/// Small enhancements, served as a file so that the policy allows scripts from the site only: a choice
/// that filters a page applies at once, and long tables get a box that filters their rows. Every page
/// works without it.
const SCRIPT: &str = "'use strict';
document.querySelectorAll('[data-apply]').forEach(function (control) {
  control.addEventListener('change', function () {
    if (control.form) { control.form.requestSubmit(); }
  });
});
document.querySelectorAll('table[data-filter]').forEach(function (table) {
  var input = document.createElement('input');
  input.type = 'search';
  input.className = 'filter';
  input.placeholder = 'Filter rows';
  input.setAttribute('aria-label', 'Filter the rows of the table below');
  var box = table.closest('.scroll') || table;
  box.parentNode.insertBefore(input, box);
  var count = document.createElement('span');
  count.className = 'meta';
  box.parentNode.insertBefore(count, box);
  input.addEventListener('input', function () {
    var words = input.value.toLowerCase().split(/\\s+/).filter(Boolean);
    var shown = 0, rows = table.querySelectorAll('tbody tr');
    rows.forEach(function (row) {
      var text = row.textContent.toLowerCase();
      row.hidden = !words.every(function (word) { return text.indexOf(word) >= 0; });
      if (!row.hidden) { shown += 1; }
    });
    count.textContent = words.length ? ' ' + shown + ' of ' + rows.length + ' rows' : '';
  });
});
";

pub(crate) async fn script() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/javascript; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        SCRIPT,
    )
        .into_response()
}

pub(crate) async fn stylesheet() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/css; charset=utf-8"),
            (header::CACHE_CONTROL, "max-age=3600"),
        ],
        STYLESHEET,
    )
        .into_response()
}

/// The site's icon: a small square in the accent colour, so that browsers asking for one get one.
const ICON: &str = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 16 16\"><rect width=\"16\" height=\"16\" rx=\"3\" fill=\"#0072b2\"/><text x=\"8\" y=\"12\" font-size=\"11\" text-anchor=\"middle\" fill=\"#fff\" font-family=\"sans-serif\">d</text></svg>";

pub(crate) async fn icon() -> Response {
    (
        [
            (header::CONTENT_TYPE, "image/svg+xml"),
            (header::CACHE_CONTROL, "max-age=86400"),
        ],
        ICON,
    )
        .into_response()
}

pub(crate) fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

/// Escapes a query-string value.
fn url_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (byte as char).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

const SECTIONS: [(&str, &str); 7] = [
    ("/", "Overview"),
    ("/indicators", "Indicators"),
    ("/map", "Border map"),
    ("/sources", "Sources"),
    ("/documents", "Documents"),
    ("/audit", "Audit"),
    ("/report", "Report"),
];

/// A page: the header with the sections, a title and the body.
fn page(here: &str, title: &str, body: &str) -> String {
    let mut nav = String::from("<a class=\"brand\" href=\"/\">dyad</a>");
    for (path, name) in SECTIONS {
        let _ = write!(
            nav,
            "<a href=\"{path}\"{}>{name}</a>",
            if path == here {
                " class=\"here\" aria-current=\"page\""
            } else {
                ""
            }
        );
    }
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{} · dyad</title><link rel=\"stylesheet\" href=\"/assets/dyad.css\"><script src=\"/assets/dyad.js\" defer></script></head><body><header><nav>{nav}</nav></header><main><h1>{}</h1>\n{body}</main></body></html>\n",
        escape(title),
        escape(title)
    )
}

fn html(rendered: Rendered) -> Response {
    (
        [(header::CONTENT_TYPE, rendered.content_type)],
        rendered.body.as_ref().clone(),
    )
        .into_response()
}

fn rendered_html(text: String) -> Rendered {
    Rendered {
        content_type: "text/html; charset=utf-8",
        body: Arc::new(text.into_bytes()),
    }
}

/// Renders `key` for the current generation on a blocking thread, from the cache when it can.
async fn cached(
    state: &State,
    key: String,
    render: impl FnOnce(&crate::Snapshot, &crate::Config) -> Result<Rendered, Failure> + Send + 'static,
) -> Result<Rendered, Failure> {
    let snapshot = state.snapshots.current().await?;
    let state = Arc::clone(state);
    tokio::task::spawn_blocking(move || {
        state.snapshots.cached(&key, snapshot.generation, || {
            render(&snapshot, &state.config)
        })
    })
    .await
    .map_err(Failure::internal)?
}

pub(crate) async fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        [(header::CONTENT_TYPE, "text/html; charset=utf-8")],
        page(
            "",
            "Not found",
            "<p>No page has this address. The sections are above.</p>",
        ),
    )
        .into_response()
}

#[derive(Debug, Deserialize)]
pub(crate) struct YearQuery {
    year: Option<i32>,
}

/// The year asked, checked.
pub(crate) fn year_of(query: &YearQuery, default: i32) -> Result<i32, Failure> {
    match query.year {
        None => Ok(default),
        Some(year) if (1990..=2100).contains(&year) => Ok(year),
        Some(year) => Err(Failure::new(
            StatusCode::BAD_REQUEST,
            format!("the year {year} is out of range: ask for a year from 1990 to 2100"),
        )),
    }
}

async fn overview(
    Extract(state): Extract<State>,
    Query(query): Query<YearQuery>,
) -> Result<Response, Failure> {
    let year = year_of(&query, state.config.year)?;
    let rendered = cached(&state, format!("overview {year}"), move |snapshot, config| {
        let inputs = snapshot.inputs(&config.pair);
        let tables = dyad_measure::build_tables(&inputs, year);
        let mut body = format!(
            "<form class=\"inline\" method=\"get\" action=\"/\"><label for=\"year\">Year</label><input id=\"year\" name=\"year\" type=\"number\" min=\"1990\" max=\"2100\" value=\"{year}\" data-apply><button type=\"submit\">Show</button></form><p class=\"meta\">The study's five tables for {} in {year}. Each value carries a numbered source; the figures' provenance is in <a href=\"/api/v1/tables?year={year}\">the JSON</a>.</p>",
            escape(&config.pair.to_string())
        );
        for table in &tables {
            let rows: Vec<&str> = ordered(table.cells.iter().map(|c| c.row.as_str()));
            let columns: Vec<&str> = ordered(table.cells.iter().map(|c| c.column.as_str()));
            let mut sources: Vec<String> = Vec::new();
            let _ = write!(
                body,
                "<h2 id=\"table-{}\">{}</h2><div class=\"scroll\"><table><thead><tr><th></th>",
                table.id,
                escape(&table.title)
            );
            for column in &columns {
                let _ = write!(body, "<th>{}</th>", escape(column));
            }
            let _ = write!(body, "</tr></thead><tbody>");
            for row in &rows {
                let _ = write!(body, "<tr><th>{}</th>", escape(row));
                for column in &columns {
                    let cell = table.cells.iter().find(|c| c.row == *row && c.column == *column);
                    match cell {
                        Some(cell) if !cell.value_text.is_empty() => {
                            let source = format!("{} ({})", cell.source, cell.vintage);
                            let number = match sources.iter().position(|s| *s == source) {
                                Some(at) => at + 1,
                                None => {
                                    sources.push(source);
                                    sources.len()
                                }
                            };
                            let _ = write!(
                                body,
                                "<td class=\"num\">{} <sup><a href=\"#{}-source-{number}\">{number}</a></sup></td>",
                                escape(&cell.value_text),
                                table.id
                            );
                        }
                        Some(cell) => {
                            let _ = write!(body, "<td class=\"muted\" title=\"{}\">–</td>", escape(&cell.note));
                        }
                        None => body.push_str("<td></td>"),
                    }
                }
                body.push_str("</tr>");
            }
            body.push_str("</tbody></table></div>");
            if !sources.is_empty() {
                body.push_str("<ol class=\"sources muted\">");
                for (index, source) in sources.iter().enumerate() {
                    let _ = write!(body, "<li id=\"{}-source-{}\">{}</li>", table.id, index + 1, escape(source));
                }
                body.push_str("</ol>");
            }
        }
        Ok(rendered_html(page("/", "Pakistan–Afghanistan: the five tables", &body)))
    })
    .await?;
    Ok(html(rendered))
}

/// The map of the border: incidents by border area in a year, the counts as a table, and their sources.
async fn border_map(
    Extract(state): Extract<State>,
    Query(query): Query<YearQuery>,
) -> Result<Response, Failure> {
    let year = year_of(&query, state.config.year)?;
    let rendered = cached(&state, format!("map {year}"), move |snapshot, config| {
        let inputs = snapshot.inputs(&config.pair);
        let mut references =
            dyad_findings::References::new(inputs.evidence.iter().chain(&inputs.security));
        let mut body = format!(
            "<form class=\"inline\" method=\"get\" action=\"/map\"><label for=\"year\">Year</label><input id=\"year\" name=\"year\" type=\"number\" min=\"1990\" max=\"2100\" value=\"{year}\" data-apply><button type=\"submit\">Show</button></form>"
        );
        match dyad_findings::charts::border_map(&inputs, year, &mut references) {
            None => {
                let _ = write!(
                    body,
                    "<p class=\"no-evidence\">No event data locate a border security incident in {year} or before: ingest ACLED, UCDP GED or GDELT events (<code>dyad ingest acled FILE</code>).</p>"
                );
            }
            Some(map) => {
                let _ = write!(
                    body,
                    "<figure id=\"border-map\"><div class=\"scroll\">{}</div><figcaption>{}</figcaption></figure><p class=\"meta\">The counts as <a href=\"/api/v1/border-map?year={year}\">JSON</a>, each area's with its provenance.</p>",
                    dyad_report::map::draw(&map),
                    escape(&dyad_report::map_caption(&map))
                );
                let table = dyad_report::map_table(&map);
                let _ = write!(
                    body,
                    "<div class=\"scroll\"><table data-filter><caption>{}</caption><thead><tr>",
                    escape(&table.title)
                );
                for header in &table.headers {
                    let _ = write!(body, "<th>{}</th>", escape(header));
                }
                body.push_str("</tr></thead><tbody>");
                for (_, cells) in &table.rows {
                    body.push_str("<tr>");
                    for cell in cells {
                        let _ = write!(
                            body,
                            "<td{}>{}</td>",
                            if cell.numeric { " class=\"num\"" } else { "" },
                            escape(&cell.text)
                        );
                    }
                    body.push_str("</tr>");
                }
                body.push_str("</tbody></table></div><h2>Sources</h2><ol class=\"sources muted\">");
                for reference in references.into_cited() {
                    let _ = write!(body, "<li>{}</li>", escape(&dyad_report::describe(&reference)));
                }
                body.push_str("</ol>");
            }
        }
        Ok(rendered_html(page(
            "/map",
            "Incidents along the border",
            &body,
        )))
    })
    .await?;
    Ok(html(rendered))
}

/// The distinct values of `items`, in their first order.
fn ordered<'a>(items: impl Iterator<Item = &'a str>) -> Vec<&'a str> {
    let mut seen: Vec<&str> = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}

async fn indicators(Extract(state): Extract<State>) -> Result<Response, Failure> {
    let rendered = cached(&state, "indicators".to_string(), |snapshot, config| {
        let inputs = snapshot.inputs(&config.pair);
        let mut body = String::from("<div class=\"scroll\"><table data-filter><thead><tr><th>Indicator</th><th>What it measures</th><th>Unit</th><th>Table</th><th>Subjects with values</th></tr></thead><tbody>");
        for indicator in dyad_measure::indicators::all() {
            let _ = write!(
                body,
                "<tr><td><a href=\"/indicators/{}\">{}</a></td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td></tr>",
                url_encode(indicator.name),
                escape(indicator.name),
                escape(indicator.title),
                escape(indicator.unit),
                escape(indicator.table),
                (indicator.subjects)(&inputs).len()
            );
        }
        body.push_str("</tbody></table></div>");
        Ok(rendered_html(page("/indicators", "Indicators", &body)))
    })
    .await?;
    Ok(html(rendered))
}

/// The indicator named `name`, or 404.
pub(crate) fn find_indicator(name: &str) -> Result<&'static Indicator, Failure> {
    dyad_measure::indicators::find(name).ok_or_else(|| {
        Failure::new(
            StatusCode::NOT_FOUND,
            format!("no indicator is named `{name}`: `/api/v1/indicators` lists them"),
        )
    })
}

/// One value of an indicator's series, with its provenance: the rows of the chart's data.
#[derive(Debug, Clone, serde::Serialize)]
pub(crate) struct SeriesRow {
    pub indicator: &'static str,
    pub subject: String,
    pub period: String,
    pub value: f64,
    pub unit: &'static str,
    pub status: String,
    pub source: String,
    pub release: String,
    pub locator: String,
}

/// Every subject's series of `indicator`, as rows.
pub(crate) fn series_rows(
    indicator: &'static Indicator,
    inputs: &dyad_measure::Inputs<'_>,
) -> Vec<SeriesRow> {
    let mut rows = Vec::new();
    for subject in (indicator.subjects)(inputs) {
        let series = dyad_measure::series::series(indicator, inputs, &subject);
        for point in series.points {
            rows.push(SeriesRow {
                indicator: indicator.name,
                subject: subject.clone(),
                period: point.period.to_string(),
                value: point.value,
                unit: indicator.unit,
                status: serde_json::to_value(point.cell.status)
                    .ok()
                    .and_then(|v| v.as_str().map(str::to_string))
                    .unwrap_or_default(),
                source: point.cell.source.clone(),
                release: point.cell.vintage.clone(),
                locator: point.cell.locator.clone(),
            });
        }
    }
    rows
}

/// The citation line of an indicator's data.
fn citation(indicator: &Indicator, rows: &[SeriesRow]) -> String {
    let sources: Vec<&str> = ordered(rows.iter().map(|r| r.source.as_str()));
    format!(
        "dyad, indicator `{}` ({}), from {}.",
        indicator.name,
        indicator.title,
        if sources.is_empty() {
            "no stored figure".to_string()
        } else {
            sources.join("; ")
        }
    )
}

#[derive(Debug, Deserialize)]
pub(crate) struct SubjectQuery {
    subject: Option<String>,
}

async fn indicator_page(
    Extract(state): Extract<State>,
    Path(name): Path<String>,
    Query(query): Query<SubjectQuery>,
) -> Result<Response, Failure> {
    let indicator = find_indicator(&name)?;
    let key = format!("indicator {name} {:?}", query.subject);
    let rendered = cached(&state, key, move |snapshot, config| {
        let inputs = snapshot.inputs(&config.pair);
        let rows = series_rows(indicator, &inputs);
        let mut by_subject: BTreeMap<&str, Vec<(f64, f64)>> = BTreeMap::new();
        for row in &rows {
            if let Ok(period) = row.period.parse::<dyad_model::Period>() {
                by_subject
                    .entry(row.subject.as_str())
                    .or_default()
                    .push((dyad_findings::charts::midpoint(period), row.value));
            }
        }
        let mut body = format!(
            "<p>{} <span class=\"muted\">Unit: {}. Table: {}.</span></p>",
            escape(indicator.title),
            escape(indicator.unit),
            escape(if indicator.table.is_empty() { "none" } else { indicator.table })
        );
        if by_subject.is_empty() {
            body.push_str("<p class=\"muted\">No stored figure gives this indicator a value yet.</p>");
        } else {
            let chart = Chart {
                id: format!("chart-{}", indicator.name.replace('.', "-")),
                title: indicator.title.to_string(),
                x_label: "year".to_string(),
                y_label: indicator.unit.to_string(),
                log_y: false,
                bars: Vec::new(),
                series: by_subject
                    .iter()
                    .enumerate()
                    .map(|(index, (subject, points))| ChartSeries {
                        label: subject.to_string(),
                        mark: if points.len() > 1 { Mark::Line } else { Mark::Points },
                        colour: index % 8,
                        points: points.clone(),
                    })
                    .collect(),
                bands: Vec::new(),
                sources: Vec::new(),
                note: String::new(),
            };
            let svg = dyad_report::svg::draw(&chart).map_err(Failure::internal)?;
            let _ = write!(
                body,
                "<figure><div class=\"scroll\">{svg}</div><figcaption>{} by subject. Data: <a href=\"/indicators/{}/data.csv\">CSV</a> · <a href=\"/indicators/{}/data.json\">JSON</a>. Cite as: {}</figcaption></figure>",
                escape(indicator.title),
                url_encode(indicator.name),
                url_encode(indicator.name),
                escape(&citation(indicator, &rows))
            );
        }
        body.push_str(&release_section(
            snapshot,
            config,
            indicator,
            query.subject.as_deref(),
        )?);
        let recipe = &indicator.recipe;
        let _ = write!(
            body,
            "<h2>Recipe</h2><dl><dt>Aggregation</dt><dd>{}</dd><dt>Periods</dt><dd>{}</dd><dt>When sources disagree</dt><dd>{}</dd></dl>",
            escape(recipe.aggregation),
            escape(recipe.periods),
            escape(recipe.preference)
        );
        if !indicator.caveats.is_empty() {
            body.push_str("<h2>Caveats</h2><ul>");
            for caveat in indicator.caveats {
                let _ = write!(body, "<li>{}</li>", escape(caveat));
            }
            body.push_str("</ul>");
        }
        if !rows.is_empty() {
            body.push_str("<h2>Figures and their sources</h2><div class=\"scroll\"><table data-filter><thead><tr><th>Subject</th><th>Period</th><th>Value</th><th>Status</th><th>Source</th><th>Release</th></tr></thead><tbody>");
            for row in &rows {
                let _ = write!(
                    body,
                    "<tr><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
                    escape(&row.subject),
                    escape(&row.period),
                    escape(&dyad_measure::format::format_number(row.value)),
                    escape(&row.status),
                    escape(&row.source),
                    escape(&row.release)
                );
            }
            body.push_str("</tbody></table></div>");
        }
        Ok(rendered_html(page("/indicators", indicator.name, &body)))
    })
    .await?;
    Ok(html(rendered))
}

/// One subject's figures in every release, with a projection fan, and the form that chooses the subject.
fn release_section(
    snapshot: &crate::Snapshot,
    config: &crate::Config,
    indicator: &'static Indicator,
    asked: Option<&str>,
) -> Result<String, Failure> {
    let inputs = snapshot.inputs(&config.pair);
    let subjects = (indicator.subjects)(&inputs);
    let Some(subject) = snapshot.subject_of(&config.pair, indicator, asked)? else {
        return Ok(String::new());
    };
    let subject = subject.as_str();
    let mut vintages = snapshot.vintages(&config.pair);
    let projection = dyad_project::project(&mut vintages, indicator, subject, None, 3);
    let mut references = dyad_findings::References::new(snapshot.evidence.iter());
    let chart = dyad_findings::charts::release_chart(
        &inputs,
        dyad_findings::charts::ReleaseChart {
            indicator: indicator.name,
            subject,
            id: "releases",
            title: format!("{subject}: every release, and a projection"),
            x_label: "period",
            y_label: indicator.unit,
        },
        &|_| true,
        Some(&projection),
        &mut references,
    );
    let mut body = format!(
        "<h2>Every release of one subject</h2><form class=\"inline\" method=\"get\"><label for=\"subject\">Subject</label><select id=\"subject\" name=\"subject\" data-apply>{}</select><button type=\"submit\">Show</button></form>",
        subjects
            .iter()
            .map(|s| format!(
                "<option value=\"{}\"{}>{}</option>",
                escape(s),
                if s == subject { " selected" } else { "" },
                escape(s)
            ))
            .collect::<String>()
    );
    match chart {
        Some(chart) => {
            let svg = dyad_report::svg::draw(&chart).map_err(Failure::internal)?;
            let _ = write!(
                body,
                "<figure><div class=\"scroll\">{svg}</div><figcaption>{}</figcaption></figure>",
                escape(if chart.note.is_empty() {
                    "Grey lines are earlier releases; their differences are revisions. No projection could be made for this subject."
                } else {
                    &chart.note
                })
            );
        }
        None => body.push_str(
            "<p class=\"muted\">No stored figure of this subject has a period and a number.</p>",
        ),
    }
    Ok(body)
}

/// A CSV field, quoted when it must be.
fn csv_field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

async fn indicator_csv(
    Extract(state): Extract<State>,
    Path(name): Path<String>,
) -> Result<Response, Failure> {
    let indicator = find_indicator(&name)?;
    let rendered = cached(
        &state,
        format!("indicator.csv {name}"),
        move |snapshot, config| {
            let rows = series_rows(indicator, &snapshot.inputs(&config.pair));
            let mut text =
                String::from("indicator,subject,period,value,unit,status,source,release,locator\n");
            for row in &rows {
                let fields = [
                    row.indicator.to_string(),
                    row.subject.clone(),
                    row.period.clone(),
                    format!("{:?}", row.value),
                    row.unit.to_string(),
                    row.status.clone(),
                    row.source.clone(),
                    row.release.clone(),
                    row.locator.clone(),
                ];
                let line: Vec<String> = fields.iter().map(|f| csv_field(f)).collect();
                text.push_str(&line.join(","));
                text.push('\n');
            }
            Ok(Rendered {
                content_type: "text/csv; charset=utf-8",
                body: Arc::new(text.into_bytes()),
            })
        },
    )
    .await?;
    let mut response = html(rendered);
    if let Ok(value) =
        HeaderValue::from_str(&format!("attachment; filename=\"{}.csv\"", indicator.name))
    {
        response
            .headers_mut()
            .insert(header::CONTENT_DISPOSITION, value);
    }
    Ok(response)
}

async fn indicator_json(
    Extract(state): Extract<State>,
    Path(name): Path<String>,
) -> Result<Response, Failure> {
    let indicator = find_indicator(&name)?;
    let rendered = cached(
        &state,
        format!("indicator.json {name}"),
        move |snapshot, config| {
            let rows = series_rows(indicator, &snapshot.inputs(&config.pair));
            let document = serde_json::json!({
                "indicator": indicator,
                "citation": citation(indicator, &rows),
                "series": rows,
            });
            Ok(Rendered {
                content_type: "application/json",
                body: Arc::new(serde_json::to_vec_pretty(&document).map_err(Failure::internal)?),
            })
        },
    )
    .await?;
    Ok(html(rendered))
}

async fn sources(Extract(state): Extract<State>) -> Result<Response, Failure> {
    let snapshot = state.snapshots.current().await?;
    let generation = snapshot.generation;
    let shared = Arc::clone(&state);
    let sources = state
        .snapshots
        .with_store(|store| store.sources().map_err(Failure::internal))
        .await?;
    let rendered = shared.snapshots.cached("sources", generation, || {
        let mut body = String::from("<div class=\"scroll\"><table data-filter><thead><tr><th>Publisher</th><th>Dataset</th><th>Licence</th><th>Release</th><th>Released</th><th>Figures</th><th>Events</th></tr></thead><tbody>");
        for source in &sources {
            for vintage in &source.vintages {
                let _ = write!(
                    body,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
                    escape(&source.publisher),
                    escape(&source.dataset),
                    escape(&source.licence),
                    escape(&vintage.label),
                    escape(&vintage.released),
                    vintage.n_observations,
                    vintage.n_events
                );
            }
        }
        body.push_str("</tbody></table></div>");
        Ok(rendered_html(page("/sources", "Sources and releases", &body)))
    })?;
    Ok(html(rendered))
}

#[derive(Debug, Deserialize)]
pub(crate) struct SearchQueryParams {
    pub(crate) q: Option<String>,
}

async fn documents(
    Extract(state): Extract<State>,
    Query(params): Query<SearchQueryParams>,
) -> Result<Response, Failure> {
    let query_text = params.q.unwrap_or_default();
    let mut body = format!(
        "<form class=\"inline\" method=\"get\" action=\"/documents\" role=\"search\"><label for=\"q\">Search the passages</label><input id=\"q\" name=\"q\" type=\"search\" value=\"{}\" placeholder=\"Pakistan AND Taliban\"><button type=\"submit\">Search</button></form>",
        escape(&query_text)
    );
    if query_text.trim().is_empty() {
        let snapshot = state.snapshots.current().await?;
        body.push_str("<div class=\"scroll\"><table data-filter><thead><tr><th>Date</th><th>Kind</th><th>Title</th><th>Publisher</th><th>Passages</th></tr></thead><tbody>");
        for document in &snapshot.documents {
            let _ = write!(
                body,
                "<tr><td>{}</td><td>{}</td><td><a href=\"/documents/{}\">{}</a></td><td>{}</td><td class=\"num\">{}</td></tr>",
                escape(&document.date),
                document.kind.as_str(),
                document.id,
                escape(&document.title),
                escape(&document.publisher),
                document.n_passages
            );
        }
        body.push_str("</tbody></table></div>");
    } else {
        let hits = crate::api::search(&state, &query_text, 20).await?;
        let _ = write!(
            body,
            "<p class=\"meta\">{} passage(s), best first.</p>",
            hits.len()
        );
        for hit in &hits {
            // The snippet's marks are the private-use characters search is asked for; the text is escaped
            // first, so that only these become markup.
            let snippet = escape(&hit.snippet)
                .replace('\u{e000}', "<mark>")
                .replace('\u{e001}', "</mark>");
            let _ = write!(
                body,
                "<h2><a href=\"/documents/{}#passage-{}\">{}</a></h2><p class=\"meta\">{} · passage {} · {}</p><p class=\"snippet\">{snippet}</p>",
                hit.document_id,
                hit.passage,
                escape(&hit.title),
                escape(&hit.date),
                hit.passage,
                hit.locator
            );
        }
    }
    Ok(html(rendered_html(page("/documents", "Documents", &body))))
}

async fn document_page(
    Extract(state): Extract<State>,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    let snapshot = state.snapshots.current().await?;
    let document = stored_document(&state, id).await?;
    let summary = &document.summary;
    let mut body = format!(
        "<p class=\"meta\">{} · {} · {}{} · <a href=\"/documents/{id}/audit\">audit its claims</a></p>",
        escape(summary.kind.as_str()),
        escape(if summary.date.is_empty() {
            "undated"
        } else {
            &summary.date
        }),
        escape(&summary.publisher),
        if summary.url.is_empty() {
            String::new()
        } else {
            format!(" · {}", escape(&summary.url))
        }
    );
    // The coded passages of this document, once, by number.
    let mut coded: std::collections::HashMap<u32, Vec<String>> = std::collections::HashMap::new();
    for cited in snapshot.passages.iter().filter(|p| p.document_id == id) {
        coded
            .entry(cited.passage)
            .or_default()
            .extend(cited.codes.iter().map(|c| c.name.to_string()));
    }
    for passage in &document.passages {
        let codes = coded.remove(&passage.number).unwrap_or_default();
        let _ = write!(
            body,
            "<p id=\"passage-{}\"><span class=\"muted\">¶ {}{}</span> {}</p>{}",
            passage.number,
            passage.number,
            passage
                .locator
                .page
                .map_or(String::new(), |p| format!(", p. {p}")),
            escape(&passage.text),
            if codes.is_empty() {
                String::new()
            } else {
                format!(
                    "<p class=\"codes\">{}</p>",
                    codes
                        .iter()
                        .map(|c| format!("<span>{}</span>", escape(c)))
                        .collect::<String>()
                )
            }
        );
    }
    Ok(html(rendered_html(page(
        "/documents",
        &summary.title,
        &body,
    ))))
}

/// The report's page allows its own inline stylesheet, and still no script.
const SELF_STYLED_POLICY: &str = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

fn self_styled(rendered: Rendered) -> Response {
    let mut response = html(rendered);
    response.headers_mut().insert(
        header::CONTENT_SECURITY_POLICY,
        HeaderValue::from_static(SELF_STYLED_POLICY),
    );
    response
}

async fn report(Extract(state): Extract<State>) -> Result<Response, Failure> {
    let rendered = cached(&state, "report".to_string(), |snapshot, config| {
        let mut vintages = snapshot.vintages(&config.pair);
        let options = dyad_findings::Options {
            year: config.year,
            as_of: None,
            undated_left_out: 0,
            passages: snapshot.passages.clone(),
            coder: snapshot.coder.clone(),
        };
        let report = dyad_findings::build(&mut vintages, &options);
        let rendered = dyad_report::render(
            &report,
            &format!("dyad serve {}", env!("CARGO_PKG_VERSION")),
        )
        .map_err(Failure::internal)?;
        Ok(rendered_html(rendered.html))
    })
    .await?;
    Ok(self_styled(rendered))
}

async fn audit_form(Extract(state): Extract<State>) -> Result<Response, Failure> {
    let note = if state.config.token.is_some() {
        "Upload a file or paste a text; the audit needs this server's token."
    } else {
        "This server is read-only: it was started without a token, so it accepts no upload. Stored documents can be audited below."
    };
    let snapshot = state.snapshots.current().await?;
    let mut documents = String::new();
    for document in &snapshot.documents {
        let _ = write!(
            documents,
            "<li><a href=\"/documents/{}/audit\">{}</a> <span class=\"muted\">{}</span></li>",
            document.id,
            escape(&document.title),
            escape(&document.date)
        );
    }
    let body = format!(
        "<p class=\"meta\">{note} The audit checks the numbers a text asserts against its own tables and statements, and against the evidence.</p><form method=\"post\" action=\"/audit\" enctype=\"multipart/form-data\"><p><label for=\"file\">A file (Markdown, plain text, HTML or PDF, up to {} MB)</label> <input id=\"file\" name=\"file\" type=\"file\" accept=\".md,.markdown,.txt,.html,.htm,.pdf,text/plain,text/markdown,text/html,application/pdf\"></p><label for=\"text\">or a text (Markdown or plain text)</label><textarea id=\"text\" name=\"text\"></textarea><p><label for=\"token\">Token</label> <input id=\"token\" name=\"token\" type=\"password\" autocomplete=\"off\"> <button type=\"submit\">Audit</button></p></form><h2>Audit a stored document</h2><ul>{documents}</ul>",
        crate::BODY_LIMIT / 1024 / 1024
    );
    Ok(html(rendered_html(page("/audit", "Claim audit", &body))))
}

/// The stored document of that id, or a 404.
async fn stored_document(state: &State, id: i64) -> Result<dyad_store::StoredDocument, Failure> {
    state
        .snapshots
        .with_store(move |store| store.document(id).map_err(Failure::internal))
        .await?
        .ok_or_else(|| {
            Failure::new(
                StatusCode::NOT_FOUND,
                format!("no document has the id {id}"),
            )
        })
}

/// An audit of a stored document: reading what is stored writes nothing, so it needs no token.
async fn document_audit(
    Extract(state): Extract<State>,
    Path(id): Path<i64>,
) -> Result<Response, Failure> {
    let document = stored_document(&state, id).await?;
    dyad_load::readable(&document.summary.title, &document.text)
        .map_err(|error| Failure::new(StatusCode::UNPROCESSABLE_ENTITY, error.to_string()))?;
    let findings = crate::api::run_audit(&state, document.text.clone()).await?;
    let page = dyad_report::audit::render(
        &document.summary.title,
        &document.text,
        &findings,
        &format!("dyad serve {}", env!("CARGO_PKG_VERSION")),
    );
    Ok(self_styled(rendered_html(page)))
}

/// An audit of an uploaded file or a pasted text, sent as a form (`multipart/form-data`): the file when
/// one was chosen, else the text; the token in the form or the `Authorization` header.
async fn audit_submit(
    Extract(state): Extract<State>,
    headers: HeaderMap,
    mut form: axum::extract::Multipart,
) -> Result<Response, Failure> {
    let bad_form = |error: axum::extract::multipart::MultipartError| {
        Failure::new(
            error.status(),
            format!("the form could not be read: {}", error.body_text()),
        )
    };
    let (mut token, mut text, mut file) = (String::new(), String::new(), None);
    while let Some(field) = form.next_field().await.map_err(bad_form)? {
        match field.name().unwrap_or_default() {
            "token" => token = field.text().await.map_err(bad_form)?,
            "text" => text = field.text().await.map_err(bad_form)?,
            "file" => {
                let name = field.file_name().unwrap_or_default().to_string();
                let bytes = field.bytes().await.map_err(bad_form)?;
                if !bytes.is_empty() {
                    file = Some((name, bytes.to_vec()));
                }
            }
            _ => {}
        }
    }
    crate::authorize(&state, &headers, Some(&token))?;
    let (title, text) = match file {
        Some((name, bytes)) => {
            // The name keeps only its extension, which says the format; nothing is written under it.
            let extension = std::path::Path::new(&name)
                .extension()
                .and_then(|e| e.to_str())
                .map(str::to_ascii_lowercase);
            let as_read: &'static str = match extension.as_deref() {
                Some("md" | "markdown") => "upload.md",
                Some("html" | "htm") => "upload.html",
                Some("pdf") => "upload.pdf",
                _ => "upload.txt",
            };
            let text = crate::api::uploaded_text(as_read, bytes).await?;
            (format!("the uploaded file `{name}`"), text)
        }
        None if !text.trim().is_empty() => ("the submitted text".to_string(), text),
        None => {
            return Err(Failure::new(
                StatusCode::UNPROCESSABLE_ENTITY,
                "choose a file or paste a text to audit",
            ));
        }
    };
    let findings = crate::api::run_audit(&state, text.clone()).await?;
    let page = dyad_report::audit::render(
        &title,
        &text,
        &findings,
        &format!("dyad serve {}", env!("CARGO_PKG_VERSION")),
    );
    Ok(self_styled(rendered_html(page)))
}
