//! The report's charts, as data: each series read from the indicators, each source cited.

use std::collections::BTreeMap;

use chrono::Datelike;
use dyad_measure::indicators::{self, Inputs};
use dyad_measure::series::series;
use dyad_model::{AreaIncidents, Evidence, Period};
use dyad_project::Projection;

use crate::model::{Band, BorderMap, Chart, ChartSeries, MapArea, Mark};
use crate::references::References;

/// The middle of a period, as a fractional year.
pub fn midpoint(period: Period) -> f64 {
    let (start, end) = (period.start(), period.end());
    let middle = start + (end - start) / 2;
    middle.year() as f64 + (middle.ordinal0() as f64 + 0.5) / 366.0
}

/// The x of a yearly or monthly point: a year at its middle, a month at its middle.
fn x_of(period: Period) -> f64 {
    match period {
        Period::Year(y) => y as f64,
        other => midpoint(other),
    }
}

fn chart(id: &str, title: String, x_label: &str, y_label: &str) -> Chart {
    Chart {
        id: format!("chart-{id}"),
        title,
        x_label: x_label.to_string(),
        y_label: y_label.to_string(),
        log_y: false,
        bars: Vec::new(),
        series: Vec::new(),
        bands: Vec::new(),
        sources: Vec::new(),
        note: String::new(),
    }
}

fn cite_all<'e>(
    references: &mut References,
    chart: &mut Chart,
    evidence: impl IntoIterator<Item = &'e Evidence>,
) {
    for e in evidence {
        let id = references.cite(&e.provenance.source);
        if !chart.sources.contains(&id) {
            chart.sources.push(id);
        }
    }
}

/// The x of a day, as a fractional year.
fn year_fraction(day: chrono::NaiveDate) -> f64 {
    let days_in_year = if chrono::NaiveDate::from_ymd_opt(day.year(), 12, 31)
        .is_some_and(|last| last.ordinal() == 366)
    {
        366.0
    } else {
        365.0
    };
    day.year() as f64 + day.ordinal0() as f64 / days_in_year
}

/// Trade figures by flow and by the agency's basis, each drawn across the period it covers at its
/// monthly average (the figure over the months it covers), so that a month, a quarter, eight months of
/// a fiscal year and a whole year can be read on one linear scale. The figures themselves are not
/// changed: the tables and downloads give them as published.
pub fn trade(inputs: &Inputs<'_>, references: &mut References) -> Option<Chart> {
    let mut out = chart(
        "trade",
        format!(
            "Trade between {} and {}: every published figure as a monthly average over its period, by flow and basis",
            inputs.pair.first, inputs.pair.second
        ),
        "year",
        "USD million a month (figure ÷ months it covers)",
    );
    let mut groups: BTreeMap<(String, &str), Vec<&Evidence>> = BTreeMap::new();
    for e in inputs.evidence.iter().filter(|e| {
        matches!(
            e.observation.indicator.as_str(),
            "trade.exports" | "trade.imports"
        ) && e.observation.unit == "USD million"
            && e.observation.value.number.is_some_and(|v| v > 0.0)
            && e.observation.period.is_some()
    }) {
        let basis = if e.observation.basis.contains("customs") {
            "customs records"
        } else if e.observation.basis.contains("banking") {
            "banking-channel payments"
        } else {
            "basis not stated"
        };
        groups
            .entry((e.observation.subject.clone(), basis))
            .or_default()
            .push(e);
    }
    if groups.is_empty() {
        return None;
    }
    for (colour, ((subject, basis), items)) in groups.into_iter().enumerate() {
        let mut spans: Vec<(f64, f64, f64)> = items
            .iter()
            .filter_map(|e| {
                let period = e.observation.period?;
                let (start, end) = (period.start(), period.end());
                let months = ((end - start).num_days() + 1) as f64 / (365.25 / 12.0);
                let value = e.observation.value.number?;
                Some((
                    year_fraction(start),
                    year_fraction(end + chrono::Days::new(1)),
                    value / months.max(1.0 / 31.0),
                ))
            })
            .collect();
        spans.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.2.total_cmp(&b.2)));
        cite_all(references, &mut out, items.iter().copied());
        out.series.push(ChartSeries {
            label: format!("{subject}, {basis}"),
            mark: Mark::Spans,
            colour,
            points: spans
                .into_iter()
                .flat_map(|(start, end, y)| [(start, y), (end, y)])
                .collect(),
        });
    }
    out.note = "Each bar spans the period a published figure covers (a month, a quarter, part or all of a fiscal or calendar year) at its monthly average; flows and bases are never added together. Customs records and banking-channel payments measure different things and can differ several-fold.".to_string();
    Some(out)
}

/// The registered refugee stock in every release, with the projection fan.
pub fn refugees(
    inputs: &Inputs<'_>,
    projection: Option<&Projection>,
    references: &mut References,
) -> Option<Chart> {
    let subject = inputs.pair.backward();
    release_chart(
        inputs,
        ReleaseChart {
            indicator: "refugees.registered",
            subject: &subject,
            id: "refugees",
            title: format!(
                "Registered refugees from {} in {}: every UNHCR release, and a projection",
                inputs.pair.second, inputs.pair.first
            ),
            x_label: "year (end-year stock)",
            y_label: "persons",
        },
        // End-year stocks only: a mid-year figure is another quantity.
        &|e| {
            !e.observation.basis.contains("mid-year")
                && e.observation
                    .period
                    .and_then(|p| p.calendar_year())
                    .is_some()
        },
        projection,
        references,
    )
}

/// What a release chart shows and how it is labelled.
#[derive(Debug, Clone)]
pub struct ReleaseChart<'a> {
    /// The indicator whose figures are drawn.
    pub indicator: &'a str,
    /// The subject.
    pub subject: &'a str,
    /// The chart's id, without `chart-`.
    pub id: &'a str,
    /// Its title.
    pub title: String,
    /// The x axis label.
    pub x_label: &'a str,
    /// The y axis label, with the unit.
    pub y_label: &'a str,
}

/// An indicator's figures for one subject in every release (the newest as a line, the older faint, so
/// that their differences show as revisions), with the projection fan when one is given. `keep` chooses
/// the figures drawn.
pub fn release_chart(
    inputs: &Inputs<'_>,
    what: ReleaseChart<'_>,
    keep: &dyn Fn(&Evidence) -> bool,
    projection: Option<&Projection>,
    references: &mut References,
) -> Option<Chart> {
    let mut out = chart(what.id, what.title, what.x_label, what.y_label);
    let mut releases: BTreeMap<(String, String), Vec<&Evidence>> = BTreeMap::new();
    for e in inputs.matching(what.indicator, what.subject) {
        if !keep(e) || e.observation.period.is_none() || e.observation.value.number.is_none() {
            continue;
        }
        releases
            .entry((
                e.provenance.source.vintage_date.clone(),
                e.provenance.source.vintage.clone(),
            ))
            .or_default()
            .push(e);
    }
    let n = releases.len();
    if n == 0 {
        return None;
    }
    for (index, ((date, label), items)) in releases.into_iter().enumerate() {
        let newest = index + 1 == n;
        let mut points: Vec<(f64, f64)> = items
            .iter()
            .filter_map(|e| Some((x_of(e.observation.period?), e.observation.value.number?)))
            .collect();
        points.sort_by(|a, b| a.0.total_cmp(&b.0));
        cite_all(references, &mut out, items.iter().copied());
        out.series.push(ChartSeries {
            label: if newest {
                format!("release {label} ({date}), the newest")
            } else if index == 0 {
                format!("older releases, from {label} ({date})")
            } else {
                String::new()
            },
            mark: if newest { Mark::Line } else { Mark::Faint },
            colour: 4,
            points,
        });
    }
    if let Some(projection) = projection.filter(|p| !p.steps.is_empty()) {
        let (Some(last), Some(value)) = (projection.last_period, projection.last_value) else {
            return Some(out);
        };
        let start = (x_of(last), value, value);
        let mut p95 = vec![start];
        let mut p80 = vec![start];
        let mut mean = vec![(start.0, value)];
        for (period, step) in &projection.steps {
            let x = x_of(*period);
            p95.push((x, step.lo95.max(0.0), step.hi95));
            p80.push((x, step.lo80.max(0.0), step.hi80));
            mean.push((x, step.mean));
        }
        let model = projection.model.map_or("no model", |m| m.name());
        out.bands.push(Band {
            label: "95% interval".to_string(),
            colour: 0,
            points: p95,
        });
        out.bands.push(Band {
            label: "80% interval".to_string(),
            colour: 0,
            points: p80,
        });
        out.series.push(ChartSeries {
            label: format!("projection ({model})"),
            mark: Mark::Line,
            colour: 5,
            points: mean,
        });
        out.note = format!(
            "Grey lines are earlier releases; their differences are revisions. The projection starts from the {} value and uses the model its backtest chose: {}.",
            last, projection.why
        );
    }
    Some(out)
}

/// Adds one series per subject of an indicator (those with at least `min_points` values), citing every
/// value's sources; `colour` maps the subject's index to a palette index.
fn add_subject_series(
    out: &mut Chart,
    inputs: &Inputs<'_>,
    indicator: &'static indicators::Indicator,
    references: &mut References,
    min_points: usize,
    colour: fn(usize) -> usize,
) {
    for (index, subject) in (indicator.subjects)(inputs).into_iter().enumerate() {
        let data = series(indicator, inputs, &subject);
        if data.points.len() < min_points.max(1) {
            continue;
        }
        for point in &data.points {
            for id in references.cite_cell(&point.cell.source) {
                if !out.sources.contains(&id) {
                    out.sources.push(id);
                }
            }
        }
        out.series.push(ChartSeries {
            label: subject,
            mark: Mark::Line,
            colour: colour(index),
            points: data
                .points
                .iter()
                .map(|p| (x_of(p.period), p.value))
                .collect(),
        });
    }
}

/// Host-province shares over time, each year from the newest release that has it.
pub fn provinces(inputs: &Inputs<'_>, references: &mut References) -> Option<Chart> {
    let indicator = indicators::find("refugees.province_share")?;
    let mut out = chart(
        "provinces",
        format!(
            "Where registered refugees from {} live in {}: share by province",
            inputs.pair.second, inputs.pair.first
        ),
        "year",
        "percent of the registered refugees placed",
    );
    add_subject_series(&mut out, inputs, indicator, references, 1, |i| i % 8);
    (!out.series.is_empty()).then_some(out)
}

/// The three security categories by source, from the recipes.
pub fn security(inputs: &Inputs<'_>, references: &mut References) -> Option<Chart> {
    let mut out = chart(
        "security",
        format!(
            "Border security incidents along the {}–{} border, by category and source (dyad's recipes)",
            inputs.pair.first, inputs.pair.second
        ),
        "year",
        "incidents per year",
    );
    let categories = [
        ("security.cross_border_attacks", "Cross-border attacks", 5),
        ("security.militant_activities", "Militant activities", 1),
        ("security.ct_operations", "Counter-terrorism operations", 2),
    ];
    for (indicator, label, colour) in categories {
        let mut by_source: BTreeMap<&str, Vec<&Evidence>> = BTreeMap::new();
        for e in inputs.security.iter().filter(|e| {
            e.observation.indicator == indicator
                && matches!(e.observation.period, Some(Period::Year(_)))
        }) {
            let source = dyad_measure::events::EventSource::of(&e.provenance.source)
                .map_or("event data", |s| s.name());
            by_source.entry(source).or_default().push(e);
        }
        for (dataset, items) in by_source {
            let mut points: Vec<(f64, f64)> = items
                .iter()
                .filter_map(|e| Some((x_of(e.observation.period?), e.observation.value.number?)))
                .collect();
            points.sort_by(|a, b| a.0.total_cmp(&b.0));
            cite_all(references, &mut out, items.iter().copied());
            out.series.push(ChartSeries {
                label: format!("{label} ({dataset})"),
                mark: Mark::Line,
                colour,
                points,
            });
        }
    }
    out.note = "Counted in Pakistan's border districts and Afghanistan's border provinces; an event counts in one category only. The bundled UCDP GED subset covers events located in Pakistan, 1989–2021.".to_string();
    (!out.series.is_empty()).then_some(out)
}

/// The map of the border for `year`: the incidents of the best-ranked source by border area, in that
/// year or, when no source locates any then, the latest year before it that has some.
pub fn border_map(
    inputs: &Inputs<'_>,
    year: i32,
    references: &mut References,
) -> Option<BorderMap> {
    use dyad_measure::events::EventSource;
    let rank = |a: &AreaIncidents| EventSource::of(&a.provenance.source).map_or(9, |s| s.rank());
    let drawn = inputs
        .areas
        .iter()
        .filter(|a| a.year <= year && a.incidents > 0.0)
        .min_by_key(|a| (std::cmp::Reverse(a.year), rank(a)))?;
    let (drawn_year, source) = (drawn.year, drawn.source.as_str());
    let counted: Vec<&AreaIncidents> = inputs
        .areas
        .iter()
        .filter(|a| a.year == drawn_year && a.source == source)
        .collect();
    let covered = |country: &str| counted.iter().any(|a| a.country == country);
    let pair = [inputs.pair.first.as_str(), inputs.pair.second.as_str()];
    let mut areas = Vec::new();
    if source == EventSource::Gdelt.name() {
        // GDELT's units are first-level codes: those the border table names, in its order.
        for area in dyad_measure::geography::border_areas() {
            if covered(&area.country) && !areas.iter().any(|m: &MapArea| m.area == area.gdelt_adm1)
            {
                let found = counted.iter().find(|a| a.area == area.gdelt_adm1);
                areas.push(MapArea {
                    area: area.gdelt_adm1.clone(),
                    country: area.country.clone(),
                    incidents: found.map_or(0.0, |a| a.incidents),
                    fatalities: None,
                });
            }
        }
    } else {
        for area in dyad_measure::geography::border_areas() {
            if covered(&area.country) {
                let found = counted.iter().find(|a| a.area == area.name);
                areas.push(MapArea {
                    area: area.name.clone(),
                    country: area.country.clone(),
                    incidents: found.map_or(0.0, |a| a.incidents),
                    fatalities: Some(found.and_then(|a| a.fatalities).unwrap_or(0.0)),
                });
            }
        }
    }
    let mut releases: Vec<&str> = counted
        .iter()
        .flat_map(|a| a.releases.split("; "))
        .collect();
    releases.sort_unstable();
    releases.dedup();
    // Many releases are named by their number, first and last, as the counts name them.
    let releases = if releases.len() > 5 {
        dyad_measure::events::releases_by_range(releases)
    } else {
        releases.join("; ")
    };
    // The period the source covers that year, as the security table's figure gives it: a part of the
    // year when the source covers no more.
    let period = inputs
        .security
        .iter()
        .filter(|e| e.observation.indicator == "security.border_incidents_total")
        .filter(|e| EventSource::of(&e.provenance.source).is_some_and(|s| s.name() == source))
        .filter_map(|e| e.observation.period)
        .find(|p| p.start().year() == drawn_year)
        .map_or_else(|| drawn_year.to_string(), |p| p.to_string());
    let mut sources = Vec::new();
    for a in &counted {
        let id = references.cite(&a.provenance.source);
        if !sources.contains(&id) {
            sources.push(id);
        }
    }
    Some(BorderMap {
        year: drawn_year,
        asked: year,
        source: source.to_string(),
        areas,
        not_covered: pair
            .iter()
            .filter(|c| !covered(c))
            .map(|c| (*c).to_string())
            .collect(),
        releases,
        period,
        sources,
    })
}

/// Deaths in organised violence in each country (UCDP via Our World in Data).
pub fn deaths(inputs: &Inputs<'_>, references: &mut References) -> Option<Chart> {
    let mut out = chart(
        "deaths",
        format!(
            "Deaths in organised violence in {} and {}",
            inputs.pair.first, inputs.pair.second
        ),
        "year",
        "deaths per year",
    );
    for (colour, country) in [(4, &inputs.pair.first), (1, &inputs.pair.second)] {
        let items: Vec<&Evidence> = inputs
            .matching("conflict.deaths", country)
            .into_iter()
            .filter(|e| e.observation.concept.starts_with("all organized"))
            .filter(|e| matches!(e.observation.period, Some(Period::Year(_))))
            .collect();
        if items.is_empty() {
            continue;
        }
        // One value per year: the newest release.
        let mut by_year: BTreeMap<i32, &Evidence> = BTreeMap::new();
        for e in &items {
            if let Some(Period::Year(y)) = e.observation.period {
                by_year.insert(y, e);
            }
        }
        cite_all(references, &mut out, by_year.values().copied());
        out.series.push(ChartSeries {
            label: country.to_string(),
            mark: Mark::Line,
            colour,
            points: by_year
                .iter()
                .filter_map(|(y, e)| Some((*y as f64, e.observation.value.number?)))
                .collect(),
        });
    }
    (!out.series.is_empty()).then_some(out)
}

/// Deaths by the kind of actor that initiated the violence, from event data.
pub fn fatalities_by_actor(inputs: &Inputs<'_>, references: &mut References) -> Option<Chart> {
    let indicator = indicators::find("conflict.fatalities_by_actor")?;
    let mut out = chart(
        "actors",
        "Deaths in political violence by the kind of actor that initiated it, where the source records it".to_string(),
        "year",
        "deaths per year",
    );
    add_subject_series(&mut out, inputs, indicator, references, 2, |i| i % 8);
    out.note = "Events located in the country. ACLED names the initiating actor; UCDP GED does not record who initiated a state-based clash, so its deaths in those clashes are shown apart, never credited to either side.".to_string();
    (!out.series.is_empty()).then_some(out)
}

/// The latest cited investment or cost of each connectivity project known by the year.
pub fn connectivity(inputs: &Inputs<'_>, year: i32, references: &mut References) -> Option<Chart> {
    let indicator = indicators::find("connectivity.investment")?;
    let mut out = chart(
        "connectivity",
        format!("Connectivity projects: the latest cited cost or investment known by {year}"),
        "USD million",
        "",
    );
    for project in (indicator.subjects)(inputs) {
        let cell = (indicator.cell)(inputs, &project, Period::Year(year));
        if let Some(value) = cell.value.filter(|_| cell.unit == "USD million") {
            out.bars.push((
                format!("{} ({}, {})", cell.row, cell.concept, cell.period),
                value,
            ));
            let id = references.cite_key(&cell.source);
            if !out.sources.contains(&id) {
                out.sources.push(id);
            }
        }
    }
    out.note = "Costs are estimates of their date and announced investment is not disbursement; each bar is one cited fact.".to_string();
    (!out.bars.is_empty()).then_some(out)
}

/// The monthly cooperation–conflict index per direction, when GDELT events have been ingested.
pub fn cooperation(inputs: &Inputs<'_>, references: &mut References) -> Option<Chart> {
    let indicator = indicators::find("relations.goldstein_mean")?;
    let mut out = chart(
        "cooperation",
        format!(
            "Cooperation–conflict index between {} and {}: mean Goldstein score per month",
            inputs.pair.first, inputs.pair.second
        ),
        "month",
        "mean Goldstein score (−10 conflict to +10 cooperation)",
    );
    add_subject_series(&mut out, inputs, indicator, references, 1, |i| i * 4 + 1);
    let from_news = out.series.len();
    // The same index read from the stored documents, where dyad's coder found events between the pair.
    if let Some(documents) = indicators::find("relations.documents_goldstein_mean") {
        add_subject_series(&mut out, inputs, documents, references, 1, |i| i * 4 + 2);
        for series in &mut out.series[from_news..] {
            series.label = format!("{} (from documents)", series.label);
            series.mark = Mark::Points;
        }
        if out.series.len() > from_news {
            out.note = "Lines: GDELT's news events. Points: events dyad coded from the stored documents (`dyad events extract --store`), dated by their documents.".to_string();
        }
    }
    (!out.series.is_empty()).then_some(out)
}
