//! Rolling-origin backtests, model choice, and projections as of a date.
//!
//! # The backtest
//! For a series of `n` values and each origin `k` from [`MIN_TRAIN`] to `n − 1`, every candidate model is
//! fitted to the values up to the origin and forecasts the next one. Training data are the series *as
//! published by the end of the origin period* when some release was dated by then and reaches the
//! origin ([`DataMode::RealTime`]); otherwise the latest release cut at the origin
//! ([`DataMode::LatestRelease`]). The actual value is always the latest release's.
//!
//! # The scores
//! - **MASE**: the mean over origins of |error| divided by the in-sample mean absolute one-step change
//!   of that origin's training data (Hyndman and Koehler 2006). Below 1 means better than the naive
//!   method's typical in-sample error.
//! - **Relative MAE**: the model's mean absolute error over the naive forecast's, at the same origins.
//! - **Coverage**: the share of origins whose actual value fell inside the 80% and 95% intervals.
//!
//! # The choice
//! The model with the lowest mean scaled error over the origins where every model could forecast wins;
//! a tie goes to the simpler model. The count model competes only for event counts. A model that could
//! not forecast at half the origins or more takes no part in the choice.

use std::collections::{BTreeMap, HashMap};

use chrono::NaiveDate;
use serde::Serialize;

use dyad_measure::indicators::{EventBase, Indicator, Inputs, Kind, release_date};
use dyad_measure::series::{Series, next, series};
use dyad_model::{EventMonth, Evidence, Pair, Period};

use crate::models::{Model, Scale, Step, forecast_on};

/// The fewest training values an origin needs.
pub const MIN_TRAIN: usize = 5;

/// Where an origin's training data came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DataMode {
    /// The releases published by the time the origin's value first appeared, within
    /// [`REAL_TIME_MONTHS`] of the origin's end: what a forecaster had then.
    RealTime,
    /// The earliest stored release that has the origin's value came out later than that: the real-time
    /// vintage is missing, and the series as that release gave it stands in.
    EarliestStored,
    /// No stored release with a date has the origin's value: the latest release, cut at the origin.
    LatestRelease,
}

/// How soon after its period a value must have been published for its release to count as real-time.
pub const REAL_TIME_MONTHS: u32 = 18;

/// The forecasts made at one origin.
#[derive(Debug, Clone, Serialize)]
pub struct OriginForecast {
    /// The last period of the training data.
    pub origin: Period,
    /// The period forecast.
    pub target: Period,
    /// The latest release's value for the target.
    pub actual: f64,
    /// The in-sample mean absolute one-step change of the training data.
    pub scale: f64,
    /// Where the training data came from.
    pub data: DataMode,
    /// The date the training data stood as published by: only releases dated by then were read.
    /// `None` when no dated release has the origin's value and the latest release stood in.
    pub as_of: Option<NaiveDate>,
    /// Each model's forecast, when it could make one.
    pub forecasts: BTreeMap<Model, Step>,
}

/// How one model did over the origins.
#[derive(Debug, Clone, Serialize)]
pub struct ModelScore {
    /// The model.
    pub model: Model,
    /// Origins it forecast at.
    pub n: usize,
    /// Mean absolute error.
    pub mae: f64,
    /// Mean absolute scaled error.
    pub mase: Option<f64>,
    /// MAE relative to the naive forecast at the same origins.
    pub relative_mae: Option<f64>,
    /// Share of actual values inside the 80% interval.
    pub coverage80: f64,
    /// Share inside the 95% interval.
    pub coverage95: f64,
}

/// A series' backtest.
#[derive(Debug, Clone, Serialize)]
pub struct Backtest {
    /// The indicator.
    pub indicator: &'static str,
    /// The subject.
    pub subject: String,
    /// Values in the series (latest release).
    pub n_points: usize,
    /// The first and last period of the series.
    pub span: Option<(Period, Period)>,
    /// The series as the latest release gives it: what the actual values come from.
    pub values: Vec<(Period, f64)>,
    /// Per origin.
    pub origins: Vec<OriginForecast>,
    /// Per model.
    pub scores: Vec<ModelScore>,
    /// The model chosen, if the backtest could choose.
    pub chosen: Option<Model>,
    /// Why.
    pub why: String,
}

impl Backtest {
    /// The chosen model's score.
    pub fn chosen_score(&self) -> Option<&ModelScore> {
        self.scores.iter().find(|s| Some(s.model) == self.chosen)
    }

    /// How many origins used stored releases as they stood then (real-time or earliest stored).
    pub fn vintage_origins(&self) -> usize {
        self.origins
            .iter()
            .filter(|o| o.data != DataMode::LatestRelease)
            .count()
    }

    /// How many origins used real-time releases.
    pub fn real_time_origins(&self) -> usize {
        self.origins
            .iter()
            .filter(|o| o.data == DataMode::RealTime)
            .count()
    }
}

/// The stored evidence, and the inputs as they stood at each date asked for, built once per date.
pub struct Vintages<'a> {
    pair: &'a Pair,
    evidence: &'a [Evidence],
    events: &'a EventBase,
    months: &'a [EventMonth],
    latest: Inputs<'a>,
    cache: HashMap<NaiveDate, Inputs<'a>>,
}

impl<'a> Vintages<'a> {
    /// Everything stored.
    pub fn new(
        pair: &'a Pair,
        evidence: &'a [Evidence],
        events: &'a EventBase,
        months: &'a [EventMonth],
    ) -> Vintages<'a> {
        Vintages {
            pair,
            evidence,
            events,
            months,
            latest: Inputs::new(pair, evidence, events, months),
            cache: HashMap::new(),
        }
    }

    /// The inputs with every release.
    pub fn latest(&self) -> &Inputs<'a> {
        &self.latest
    }

    /// The inputs as published by `date`.
    pub fn as_of(&mut self, date: NaiveDate) -> &Inputs<'a> {
        let (pair, evidence, events, months) = (self.pair, self.evidence, self.events, self.months);
        self.cache
            .entry(date)
            .or_insert_with(|| Inputs::as_of(pair, evidence, events, months, date))
    }
}

/// The scale an indicator's values live on: shares between 0 and 100, counts and levels at zero or
/// more, changes and balances anywhere.
pub fn scale_of(indicator: &Indicator) -> Scale {
    match indicator.kind {
        Kind::Share => Scale::Percent,
        Kind::Count | Kind::Level => Scale::NonNegative,
        Kind::Rate | Kind::Fact => Scale::Unbounded,
    }
}

fn candidates(indicator: &Indicator, values: &[f64]) -> Vec<Model> {
    Model::ALL
        .into_iter()
        .filter(|m| {
            *m != Model::CountTrend
                || (indicator.kind == Kind::Count
                    && values.iter().all(|v| *v >= 0.0 && v.fract() == 0.0))
        })
        .collect()
}

fn mean_abs_change(values: &[f64]) -> f64 {
    if values.len() < 2 {
        return 0.0;
    }
    values.windows(2).map(|w| (w[1] - w[0]).abs()).sum::<f64>() / (values.len() - 1) as f64
}

/// The release dates of the indicator's figures for exactly the origin period, oldest first.
fn release_dates(
    vintages: &Vintages<'_>,
    indicator: &'static Indicator,
    subject: &str,
    origin: Period,
) -> Vec<NaiveDate> {
    let mut dates: Vec<NaiveDate> = (indicator.figures)(vintages.latest(), subject, origin)
        .iter()
        .filter(|e| e.observation.period == Some(origin))
        .filter_map(|e| release_date(&e.provenance.source.vintage_date))
        .collect();
    dates.sort_unstable();
    dates.dedup();
    dates
}

/// The consecutive run of values ending exactly at `origin`, from a series.
fn run_to(series: &Series, origin: Period) -> Vec<f64> {
    let upto: Vec<&dyad_measure::Point> = series
        .points
        .iter()
        .filter(|p| p.period <= origin)
        .collect();
    match upto.last() {
        Some(last) if last.period == origin => {
            let mut values = vec![last.value];
            let mut expected = last.period;
            for point in upto.iter().rev().skip(1) {
                if next(point.period) != expected {
                    break;
                }
                values.push(point.value);
                expected = point.period;
            }
            values.reverse();
            values
        }
        _ => Vec::new(),
    }
}

/// The training values at an origin: the series as it stood when the origin's value was first
/// published, read from the releases dated by then, when some dated release has it; else the latest
/// release cut at the origin.
fn training(
    vintages: &mut Vintages<'_>,
    indicator: &'static Indicator,
    subject: &str,
    latest: &Series,
    k: usize,
) -> (Vec<f64>, DataMode, Option<NaiveDate>) {
    let origin = latest.points[k - 1].period;
    // The first release whose series reaches the origin: a release may carry the period in another
    // basis (a mid-year stock) that the series does not take.
    for date in release_dates(vintages, indicator, subject, origin)
        .into_iter()
        .take(4)
    {
        let run = run_to(&series(indicator, vintages.as_of(date), subject), origin);
        if run.len() >= MIN_TRAIN {
            let deadline = origin
                .end()
                .checked_add_months(chrono::Months::new(REAL_TIME_MONTHS))
                .unwrap_or(origin.end());
            let mode = if date <= deadline {
                DataMode::RealTime
            } else {
                DataMode::EarliestStored
            };
            return (run, mode, Some(date));
        }
    }
    let start = consecutive_start(latest, k);
    (
        latest.points[start..k].iter().map(|p| p.value).collect(),
        DataMode::LatestRelease,
        None,
    )
}

/// The first index of the consecutive run of periods that ends at index `k − 1`.
fn consecutive_start(series: &Series, k: usize) -> usize {
    let mut start = k - 1;
    while start > 0 && next(series.points[start - 1].period) == series.points[start].period {
        start -= 1;
    }
    start
}

/// Backtests one series of `indicator` for `subject`.
pub fn backtest(
    vintages: &mut Vintages<'_>,
    indicator: &'static Indicator,
    subject: &str,
) -> Backtest {
    let latest = series(indicator, vintages.latest(), subject);
    let n = latest.points.len();
    let mut origins = Vec::new();
    let models = candidates(indicator, &latest.values());
    for k in MIN_TRAIN..n {
        if next(latest.points[k - 1].period) != latest.points[k].period {
            continue;
        }
        let (train, data, as_of) = training(vintages, indicator, subject, &latest, k);
        if train.len() < MIN_TRAIN {
            continue;
        }
        let forecasts: BTreeMap<Model, Step> = models
            .iter()
            .filter_map(|m| {
                forecast_on(*m, &train, 1, scale_of(indicator))
                    .ok()
                    .map(|s| (*m, s[0]))
            })
            .collect();
        origins.push(OriginForecast {
            origin: latest.points[k - 1].period,
            target: latest.points[k].period,
            actual: latest.points[k].value,
            scale: mean_abs_change(&train),
            data,
            as_of,
            forecasts,
        });
    }
    let scores: Vec<ModelScore> = models.iter().filter_map(|m| score(*m, &origins)).collect();
    let (chosen, why) = choose(&scores, &origins, &models);
    Backtest {
        indicator: indicator.name,
        subject: subject.to_string(),
        n_points: n,
        span: latest
            .points
            .first()
            .zip(latest.points.last())
            .map(|(a, b)| (a.period, b.period)),
        values: latest.points.iter().map(|p| (p.period, p.value)).collect(),
        origins,
        scores,
        chosen,
        why,
    }
}

fn score(model: Model, origins: &[OriginForecast]) -> Option<ModelScore> {
    let used: Vec<(&OriginForecast, &Step)> = origins
        .iter()
        .filter_map(|o| o.forecasts.get(&model).map(|s| (o, s)))
        .collect();
    if used.is_empty() {
        return None;
    }
    let n = used.len() as f64;
    let mae = used
        .iter()
        .map(|(o, s)| (o.actual - s.mean).abs())
        .sum::<f64>()
        / n;
    let scale = used.iter().map(|(o, _)| o.scale).sum::<f64>() / n;
    let mase = (scale > 0.0).then_some(mae / scale);
    let naive: Vec<f64> = used
        .iter()
        .filter_map(|(o, _)| {
            o.forecasts
                .get(&Model::Naive)
                .map(|s| (o.actual - s.mean).abs())
        })
        .collect();
    let relative_mae = (naive.len() == used.len())
        .then(|| naive.iter().sum::<f64>() / n)
        .filter(|m| *m > 0.0)
        .map(|naive_mae| mae / naive_mae);
    let inside = |lo: fn(&Step) -> f64, hi: fn(&Step) -> f64| {
        used.iter()
            .filter(|(o, s)| lo(s) <= o.actual && o.actual <= hi(s))
            .count() as f64
            / n
    };
    Some(ModelScore {
        model,
        n: used.len(),
        mae,
        mase,
        relative_mae,
        coverage80: inside(|s| s.lo80, |s| s.hi80),
        coverage95: inside(|s| s.lo95, |s| s.hi95),
    })
}

fn choose(
    scores: &[ModelScore],
    origins: &[OriginForecast],
    models: &[Model],
) -> (Option<Model>, String) {
    if origins.len() < 3 {
        return (
            None,
            format!(
                "{} backtest origin(s); at least 3 are needed to choose a model",
                origins.len()
            ),
        );
    }
    let eligible: Vec<Model> = models
        .iter()
        .copied()
        .filter(|m| {
            scores
                .iter()
                .any(|s| s.model == *m && s.n * 2 > origins.len())
        })
        .collect();
    let common: Vec<&OriginForecast> = origins
        .iter()
        .filter(|o| eligible.iter().all(|m| o.forecasts.contains_key(m)))
        .collect();
    let scale: f64 = common.iter().map(|o| o.scale).sum();
    if common.is_empty() || scale == 0.0 {
        return (
            None,
            "no origin where the models could all be compared on a series that moves: the training values never change".to_string(),
        );
    }
    let mut ranked: Vec<(f64, Model)> = eligible
        .iter()
        .map(|m| {
            let error = common
                .iter()
                .map(|o| (o.actual - o.forecasts[m].mean).abs())
                .sum::<f64>()
                / scale;
            (error, *m)
        })
        .collect();
    ranked.sort_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    let Some(&(_, best)) = ranked.first() else {
        return (None, "no model could forecast at most origins".to_string());
    };
    let table: Vec<String> = ranked
        .iter()
        .map(|(e, m)| format!("{} {:.2}", m.name(), e))
        .collect();
    (
        Some(best),
        format!(
            "lowest scaled one-step error (MASE) over {} common origins: {}",
            common.len(),
            table.join(", ")
        ),
    )
}

/// A projection of one series.
#[derive(Debug, Clone, Serialize)]
pub struct Projection {
    /// The indicator.
    pub indicator: &'static str,
    /// The subject.
    pub subject: String,
    /// The as-of date, if any.
    pub as_of: Option<NaiveDate>,
    /// The last period with a value in the data used.
    pub last_period: Option<Period>,
    /// That value.
    pub last_value: Option<f64>,
    /// The release that value came from.
    pub last_vintage: String,
    /// The model used.
    pub model: Option<Model>,
    /// Why that model.
    pub why: String,
    /// The forecasts, one per target period.
    pub steps: Vec<(Period, Step)>,
    /// What the reader must know: missing vintages, gaps, periods left out.
    pub notes: Vec<String>,
    /// The backtest the choice rests on.
    pub backtest: Backtest,
}

/// Projects a series to the `horizon` periods after the as-of period (or after the last value when
/// there is no as-of date), with the model its backtest chooses on the data available then.
pub fn project(
    vintages: &mut Vintages<'_>,
    indicator: &'static Indicator,
    subject: &str,
    as_of: Option<NaiveDate>,
    horizon: usize,
) -> Projection {
    let inputs = match as_of {
        Some(date) => vintages.as_of(date).clone(),
        None => vintages.latest().clone(),
    };
    let data = series(indicator, &inputs, subject);
    let mut notes = Vec::new();
    if let Some(date) = as_of {
        if inputs.undated_left_out > 0 {
            notes.push(format!(
                "{} stored figures or events have no release date, so whether they were published by {date} is unknown; they were left out",
                inputs.undated_left_out
            ));
        }
        if inputs.later_left_out > 0 {
            notes.push(format!(
                "{} stored figures or events were released after {date} and were left out",
                inputs.later_left_out
            ));
        }
    }
    let run = data.recent_run();
    if run.len() < data.points.len() {
        notes.push(format!(
            "the series has a gap before {}; only the {} consecutive values from then are modelled",
            run.first().map_or(String::new(), |p| p.period.to_string()),
            run.len()
        ));
    }
    // Backtest on the same data: a vintage-free copy of the store as it stood.
    let backtest = {
        let mut frozen = Vintages {
            pair: vintages.pair,
            evidence: vintages.evidence,
            events: vintages.events,
            months: vintages.months,
            latest: inputs.clone(),
            cache: HashMap::new(),
        };
        if let Some(date) = as_of {
            // Every origin's real-time data must also be as of no later than the projection's date.
            for (key, value) in &vintages.cache {
                if *key <= date {
                    frozen.cache.insert(*key, value.clone());
                }
            }
        }
        backtest(&mut frozen, indicator, subject)
    };
    let values: Vec<f64> = run.iter().map(|p| p.value).collect();
    let Some(last) = run.last() else {
        notes.push(match as_of {
            Some(date) => format!(
                "no release of this series published by {date} has a value: the vintage is missing"
            ),
            None => "the series has no value".to_string(),
        });
        return Projection {
            indicator: indicator.name,
            subject: subject.to_string(),
            as_of,
            last_period: None,
            last_value: None,
            last_vintage: String::new(),
            model: None,
            why: String::new(),
            steps: Vec::new(),
            notes,
            backtest,
        };
    };
    let (model, why) = match backtest.chosen {
        Some(model) => (model, format!("chosen by backtest: {}", backtest.why)),
        None => (
            Model::Naive,
            format!(
                "naive, the default, because the backtest could not choose: {}",
                backtest.why
            ),
        ),
    };
    // Targets: the `horizon` periods after the as-of period, or after the last value.
    let first_target = match as_of {
        Some(date) => match last.period {
            Period::Month(..) => {
                let month: Period = date
                    .format("%Y-%m")
                    .to_string()
                    .parse()
                    .unwrap_or(last.period);
                next(month)
            }
            _ => Period::Year(chrono::Datelike::year(&date) + 1),
        },
        None => next(last.period),
    };
    let mut steps_needed = 1;
    let mut cursor = next(last.period);
    while cursor < first_target {
        cursor = next(cursor);
        steps_needed += 1;
    }
    if steps_needed > 1 {
        notes.push(format!(
            "the latest value available is for {}, so the first target is {steps_needed} steps ahead",
            last.period
        ));
    }
    let total = steps_needed + horizon.max(1) - 1;
    let scale = scale_of(indicator);
    let (model, why, all_steps) = match forecast_on(model, &values, total, scale) {
        Ok(steps) => (Some(model), why, steps),
        Err(error) => match forecast_on(Model::Naive, &values, total, scale) {
            Ok(steps) => (
                Some(Model::Naive),
                format!("naive, because {} failed: {error}", model.name()),
                steps,
            ),
            Err(naive_error) => (None, naive_error.to_string(), Vec::new()),
        },
    };
    let mut period = last.period;
    let mut steps = Vec::new();
    for step in all_steps {
        period = next(period);
        if period >= first_target {
            steps.push((period, step));
        }
    }
    Projection {
        indicator: indicator.name,
        subject: subject.to_string(),
        as_of,
        last_period: Some(last.period),
        last_value: Some(last.value),
        last_vintage: last.cell.vintage.clone(),
        model,
        why,
        steps,
        notes,
        backtest,
    }
}

/// Backtests every series of every indicator that has at least `min_points` values, in the order
/// of the indicator list and its subjects. Cited facts are not series and are skipped.
pub fn backtest_all(vintages: &mut Vintages<'_>, min_points: usize) -> Vec<Backtest> {
    let mut results = Vec::new();
    for indicator in dyad_measure::indicators::all() {
        if indicator.kind == Kind::Fact {
            continue;
        }
        for subject in (indicator.subjects)(vintages.latest()) {
            let points = series(indicator, vintages.latest(), &subject).points.len();
            if points >= min_points {
                results.push(backtest(vintages, indicator, &subject));
            }
        }
    }
    results
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_model::{Observation, Provenance, SourceRef, Status, Value};

    /// One end-year refugee figure of a release.
    fn figure(year: i32, value: f64, release: &str) -> Evidence {
        Evidence {
            observation: Observation {
                indicator: "refugees.registered".into(),
                subject: "AFG→PAK".into(),
                period: Some(Period::Year(year)),
                value: Value::parse_number(&value.to_string()).unwrap(),
                unit: "persons".into(),
                concept: "Afghans in Pakistan: refugees".into(),
                basis: "end-year stock".into(),
                agency: String::new(),
                status: Status::Observed,
                note: String::new(),
            },
            provenance: Provenance::of(SourceRef::new(
                "UNHCR",
                "Refugee Data Finder: population",
                &format!("release of {release}"),
                release,
            )),
        }
    }

    /// Releases a year apart, each adding a year and revising the one before by +10%.
    fn releases() -> Vec<Evidence> {
        let mut evidence = Vec::new();
        for last in 2016..=2022 {
            let release = format!("{}-06-15", last + 1);
            for year in 2008..=last {
                let base = 1_000_000.0 + 20_000.0 * f64::from(year - 2008);
                let revised = if year < last { base * 1.1 } else { base };
                evidence.push(figure(year, revised.round(), &release));
            }
        }
        evidence
    }

    #[test]
    fn every_origin_reads_only_releases_published_by_its_as_of_date() {
        let pair: Pair = "PAK-AFG".parse().unwrap();
        let evidence = releases();
        let mut vintages = Vintages::new(&pair, &evidence, EventBase::none(), &[]);
        let indicator = dyad_measure::indicators::find("refugees.registered").unwrap();
        let result = backtest(&mut vintages, indicator, "AFG→PAK");
        assert!(result.origins.len() >= 3, "{:?}", result.why);
        for origin in &result.origins {
            let date = origin.as_of.expect("every origin here has a dated release");
            // The naive forecast is the last training value: it must be the origin's value as the
            // releases published by the as-of date give it, which differs from the latest release's.
            let published = series(indicator, vintages.as_of(date), "AFG→PAK");
            let value_then = published
                .points
                .iter()
                .find(|p| p.period == origin.origin)
                .map(|p| p.value)
                .expect("the origin's value was published by the as-of date");
            // On the log scale the naive forecast comes back to the value up to rounding.
            let naive = origin.forecasts[&Model::Naive].mean;
            assert!(
                (naive - value_then).abs() < 1e-6 * value_then,
                "{naive} against {value_then}"
            );
            let latest_value = result
                .values
                .iter()
                .find(|(p, _)| *p == origin.origin)
                .map(|(_, v)| *v)
                .unwrap();
            // From 2016 on, each year was first published unrevised and revised a year later.
            if origin.origin >= Period::Year(2016) {
                assert_eq!(origin.data, DataMode::RealTime);
                assert_ne!(
                    value_then, latest_value,
                    "{}: read a later release",
                    origin.origin
                );
            }
            assert!(
                date > origin.origin.end(),
                "published after the period it reports"
            );
        }
    }
}
