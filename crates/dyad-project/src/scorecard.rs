//! Scores projections against what happened: dyad's own one-step projections from its backtests, and
//! the projections documents make, entered as `claimed` or `projection` figures.
//!
//! A document's figure is scored when its indicator is one dyad measures and the indicator's cell for
//! the same subject and year is filled from observed or estimated figures (the cell's rule ranks those
//! before claims, so a claim never scores against itself). Claims whose period has no such value yet
//! are listed as unscored, with the reason.

use serde::Serialize;

use dyad_measure::indicators::{self, Frequency};
use dyad_model::{Period, Status};

use crate::backtest::{Backtest, OriginForecast, Vintages};

/// One projection and what happened.
#[derive(Debug, Clone, Serialize)]
pub struct Score {
    /// Who projected: `dyad (model)` or a document's publisher and dataset.
    pub by: String,
    /// When: the origin for dyad, the release for a document.
    pub made: String,
    /// The indicator.
    pub indicator: String,
    /// The subject.
    pub subject: String,
    /// The period projected.
    pub period: String,
    /// The projected value.
    pub projected: f64,
    /// The projection's interval, if it gave one: the 95% interval for dyad, the published range for a
    /// document.
    pub interval: Option<(f64, f64)>,
    /// What happened, if known.
    pub actual: Option<f64>,
    /// Where the actual value comes from.
    pub actual_source: String,
    /// projected − actual.
    pub error: Option<f64>,
    /// (projected − actual) / actual × 100.
    pub pct_error: Option<f64>,
    /// Whether the actual value fell inside the interval.
    pub interval_held: Option<bool>,
    /// Why it is not scored, when it is not.
    pub note: String,
}

/// When dyad's projection at an origin was made, as the data it read say: "as of" the date its
/// releases were published by, or "in hindsight" when no dated release had the origin's value and the
/// latest release, cut at the origin, stood in.
fn made_as_of(origin: &OriginForecast) -> String {
    match origin.as_of {
        Some(date) => format!("as of {date}, with data to {}", origin.origin),
        None => format!(
            "in hindsight, from the latest release cut at {}",
            origin.origin
        ),
    }
}

/// How many of each series' latest backtest origins to list for dyad.
const DYAD_ORIGINS: usize = 3;

/// Scores every document projection in the evidence and dyad's latest backtest projections.
pub fn scorecard(vintages: &Vintages<'_>, backtests: &[Backtest]) -> Vec<Score> {
    let inputs = vintages.latest();
    let mut scores = Vec::new();
    for claim in inputs
        .evidence
        .iter()
        .filter(|e| matches!(e.observation.status, Status::Claimed | Status::Projection))
    {
        let observation = &claim.observation;
        let Some(indicator) = indicators::find(&observation.indicator) else {
            continue;
        };
        let Some(number) = observation.value.number else {
            continue;
        };
        let source = &claim.provenance.source;
        // An undated claim is listed, unscored: it belongs to the scorecard even if it cannot be scored.
        let Some(period) = observation.period else {
            scores.push(Score {
                by: format!("{}: {}", source.publisher, source.dataset),
                made: if source.vintage_date.is_empty() {
                    source.vintage.clone()
                } else {
                    source.vintage_date.clone()
                },
                indicator: observation.indicator.clone(),
                subject: observation.subject.clone(),
                period: "undated".to_string(),
                projected: number,
                interval: None,
                actual: None,
                actual_source: String::new(),
                error: None,
                pct_error: None,
                interval_held: None,
                note: "the claim names no period, so nothing can score it".to_string(),
            });
            continue;
        };
        let mut score = Score {
            by: format!("{}: {}", source.publisher, source.dataset),
            made: if source.vintage_date.is_empty() {
                source.vintage.clone()
            } else {
                source.vintage_date.clone()
            },
            indicator: observation.indicator.clone(),
            subject: observation.subject.clone(),
            period: period.to_string(),
            projected: number,
            // A point value is stored with low = high; only a published range is an interval.
            interval: observation
                .value
                .low
                .zip(observation.value.high)
                .filter(|(lo, hi)| lo < hi),
            actual: None,
            actual_source: String::new(),
            error: None,
            pct_error: None,
            interval_held: None,
            note: String::new(),
        };
        let target = match (indicator.frequency, period) {
            (Frequency::Annual, Period::Year(_)) | (Frequency::Monthly, Period::Month(..)) => {
                Some(period)
            }
            _ => None,
        };
        let Some(target) = target else {
            score.note = format!(
                "the claim is for {period}, and the indicator is measured by {}",
                if indicator.frequency == Frequency::Annual {
                    "calendar year"
                } else {
                    "month"
                }
            );
            scores.push(score);
            continue;
        };
        let cell = (indicator.cell)(inputs, &observation.subject, target);
        match cell.value {
            Some(actual)
                if !matches!(cell.status.as_str(), "claimed" | "projection")
                    && cell.period == target.to_string() =>
            {
                score.actual = Some(actual);
                score.actual_source = format!("{} ({})", cell.source, cell.vintage);
                score.error = Some(number - actual);
                score.pct_error = (actual != 0.0).then(|| (number - actual) / actual.abs() * 100.0);
                score.interval_held = score.interval.map(|(lo, hi)| lo <= actual && actual <= hi);
            }
            _ => {
                score.note = format!(
                    "no observed value for {target} yet{}",
                    if cell.note.is_empty() {
                        String::new()
                    } else {
                        format!(": {}", cell.note)
                    }
                );
            }
        }
        scores.push(score);
    }
    for backtest in backtests {
        let Some(model) = backtest.chosen else {
            continue;
        };
        let origins = &backtest.origins;
        for origin in origins
            .iter()
            .skip(origins.len().saturating_sub(DYAD_ORIGINS))
        {
            let Some(step) = origin.forecasts.get(&model) else {
                continue;
            };
            scores.push(Score {
                by: format!("dyad ({})", model.name()),
                made: made_as_of(origin),
                indicator: backtest.indicator.to_string(),
                subject: backtest.subject.clone(),
                period: origin.target.to_string(),
                projected: step.mean,
                interval: Some((step.lo95, step.hi95)),
                actual: Some(origin.actual),
                actual_source: "the latest release".to_string(),
                error: Some(step.mean - origin.actual),
                pct_error: (origin.actual != 0.0)
                    .then(|| (step.mean - origin.actual) / origin.actual.abs() * 100.0),
                interval_held: Some(step.lo95 <= origin.actual && origin.actual <= step.hi95),
                note: String::new(),
            });
        }
    }
    scores
}

#[cfg(test)]
mod tests {
    use dyad_model::{Evidence, Observation, Pair, Provenance, SourceRef, Value};

    use super::*;

    fn figure(indicator: &str, period: &str, value: f64, status: Status, by: &str) -> Evidence {
        Evidence {
            observation: Observation {
                indicator: indicator.into(),
                subject: if indicator.starts_with("trade") {
                    "PAK→AFG"
                } else {
                    "AFG→PAK"
                }
                .into(),
                period: (period != "undated").then(|| period.parse().unwrap()),
                value: Value::parse_number(&value.to_string()).unwrap(),
                unit: "persons".into(),
                concept: "Afghans in Pakistan: refugees".into(),
                basis: "end-year stock".into(),
                agency: String::new(),
                status,
                note: String::new(),
            },
            provenance: Provenance::of(SourceRef::new(by, "Table 2", "2022", "2022-12-01")),
        }
    }

    /// The document rows of the scorecard: (period, projected, actual, note is empty).
    fn check(evidence: &[Evidence], expect: &[(&str, f64, Option<f64>, bool)]) {
        let pair: Pair = "PAK-AFG".parse().unwrap();
        let vintages = Vintages::new(&pair, evidence, dyad_measure::EventBase::none(), &[]);
        let found: Vec<(String, f64, Option<f64>, bool)> = scorecard(&vintages, &[])
            .into_iter()
            .map(|s| (s.period, s.projected, s.actual, s.note.is_empty()))
            .collect();
        let expect: Vec<(String, f64, Option<f64>, bool)> = expect
            .iter()
            .map(|(p, v, a, n)| (p.to_string(), *v, *a, *n))
            .collect();
        assert_eq!(found, expect);
    }

    #[test]
    fn a_documents_projection_is_scored_against_the_observed_figure() {
        let observed = figure(
            "refugees.registered",
            "2023",
            1_987_717.0,
            Status::Observed,
            "UNHCR",
        );
        let claim = figure(
            "refugees.registered",
            "2023",
            2_500_000.0,
            Status::Projection,
            "A study",
        );
        check(
            &[observed, claim],
            &[("2023", 2_500_000.0, Some(1_987_717.0), true)],
        );
    }

    #[test]
    fn claims_that_cannot_be_scored_are_listed_with_the_reason() {
        check(
            &[
                // Nothing observed yet for 2030.
                figure(
                    "refugees.registered",
                    "2030",
                    3_000_000.0,
                    Status::Claimed,
                    "A study",
                ),
                // No period at all.
                figure(
                    "refugees.registered",
                    "undated",
                    1_820.0,
                    Status::Claimed,
                    "A paper",
                ),
                // A fiscal year against an indicator measured by calendar year.
                figure(
                    "trade.exports",
                    "FY2023-24",
                    1_400.0,
                    Status::Projection,
                    "A study",
                ),
            ],
            &[
                ("2030", 3_000_000.0, None, false),
                ("undated", 1_820.0, None, false),
                ("FY2023-24", 1_400.0, None, false),
            ],
        );
    }

    #[test]
    fn a_claim_is_never_scored_against_another_claim() {
        check(
            &[
                figure(
                    "refugees.registered",
                    "2023",
                    2_100_000.0,
                    Status::Claimed,
                    "A paper",
                ),
                figure(
                    "refugees.registered",
                    "2023",
                    2_500_000.0,
                    Status::Projection,
                    "A study",
                ),
            ],
            &[
                ("2023", 2_100_000.0, None, false),
                ("2023", 2_500_000.0, None, false),
            ],
        );
    }
}
