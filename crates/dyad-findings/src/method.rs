//! The method and limitations section, generated from provenance: coverage, disagreements, revisions,
//! projection accuracy.

use dyad_measure::ResultTable;
use dyad_measure::indicators::{self, Inputs, Kind};
use dyad_measure::series::{next, series};
use dyad_model::Evidence;
use dyad_project::Backtest;

use crate::findings::number;
use crate::model::{Accuracy, Coverage, Disagreement, Revision};
use dyad_measure::revisions::release_series;

use crate::references::References;

/// Coverage and gaps of every indicator series with at least one value.
pub fn coverage(inputs: &Inputs<'_>) -> Vec<Coverage> {
    let mut rows = Vec::new();
    for indicator in indicators::all() {
        if indicator.kind == Kind::Fact {
            continue;
        }
        for subject in (indicator.subjects)(inputs) {
            let data = series(indicator, inputs, &subject);
            let (Some(first), Some(last)) = (data.points.first(), data.points.last()) else {
                continue;
            };
            let mut gaps = Vec::new();
            for pair in data.points.windows(2) {
                let expected = next(pair[0].period);
                if expected != pair[1].period {
                    gaps.push(format!("{expected}…{}", pair[1].period));
                }
            }
            rows.push(Coverage {
                indicator: indicator.name.to_string(),
                subject,
                n_values: data.points.len(),
                span: format!("{}–{}", first.period, last.period),
                gaps: if gaps.is_empty() {
                    "none".to_string()
                } else {
                    gaps.join(", ")
                },
            });
        }
    }
    rows
}

/// The cells of the tables whose alternatives disagree beyond the tolerance.
pub fn disagreements(tables: &[ResultTable], references: &mut References) -> Vec<Disagreement> {
    tables
        .iter()
        .flat_map(|t| t.cells.iter().map(move |c| (t, c)))
        .filter(|(_, c)| c.disagreeing > 0)
        .map(|(t, c)| Disagreement {
            cell: format!("{} · {} · {}", t.id, c.row, c.column),
            chosen: format!(
                "{} {} ({}, release {})",
                c.value_text, c.unit, c.source, c.vintage
            ),
            others: format!(
                "{} disagree, by up to {:+.1}%",
                c.disagreeing,
                c.max_disagreement_pct.unwrap_or(0.0)
            ),
            references: references.cite_cell(&c.source),
        })
        .collect()
}

/// Figures whose latest release differs from their first by more than the tolerance, largest first.
pub fn revisions(evidence: &[Evidence], references: &mut References) -> Vec<Revision> {
    let mut rows = Vec::new();
    for series in release_series(evidence) {
        if !series.is_revised() {
            continue;
        }
        let (first, last) = (
            series.releases[0].0,
            series.releases[series.releases.len() - 1].0,
        );
        let (a, b) = (
            first.observation.value.number.unwrap_or(0.0),
            last.observation.value.number.unwrap_or(0.0),
        );
        rows.push(Revision {
            series: format!("{} · {}", series.key.indicator, series.key.subject),
            period: series.key.period.to_string(),
            first: format!("{} ({})", number(a), first.provenance.source.vintage),
            latest: format!("{} ({})", number(b), last.provenance.source.vintage),
            change_pct: (b - a) / a * 100.0,
            reference: references.cite(&last.provenance.source),
        });
    }
    rows.sort_by(|a, b| {
        b.change_pct
            .abs()
            .total_cmp(&a.change_pct.abs())
            .then(a.series.cmp(&b.series))
            .then(a.period.cmp(&b.period))
    });
    rows
}

/// The backtest accuracy of each bundled series.
pub fn accuracy(backtests: &[Backtest]) -> Vec<Accuracy> {
    backtests
        .iter()
        .map(|b| {
            let chosen = b.chosen_score();
            Accuracy {
                series: format!("{} · {}", b.indicator, b.subject),
                model: b
                    .chosen
                    .map_or_else(|| "none".to_string(), |m| m.name().to_string()),
                origins: b.origins.len(),
                mase: chosen.and_then(|s| s.mase),
                coverage80: chosen.map(|s| s.coverage80),
                coverage95: chosen.map(|s| s.coverage95),
            }
        })
        .collect()
}
