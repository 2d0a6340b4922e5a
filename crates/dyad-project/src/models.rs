//! The forecasting models: naive, drift, linear trend, damped-trend exponential smoothing and a count
//! model, each giving point forecasts with 80% and 95% prediction intervals.
//!
//! - **Naive**: the last value. Intervals from the spread of one-step changes, widening with √h.
//! - **Drift**: the last value plus the mean change per period. Intervals as in Hyndman and Athanasopoulos,
//!   *Forecasting: Principles and Practice* (3rd ed.), §5.5: σ̂·√(h(1 + h/(T−1))).
//! - **Linear trend**: ordinary least squares on time, with Student-t prediction intervals that include
//!   the uncertainty of the fitted line.
//! - **Damped trend (ETS A,Ad,N)**: exponential smoothing with an additive damped trend, fitted by
//!   maximum likelihood with the `augurs-ets` crate, which also gives its intervals.
//! - **Count trend**: a Poisson regression of the count on time with a log link, fitted by iteratively
//!   reweighted least squares; when the counts vary more than a Poisson would (Pearson dispersion
//!   above 1), intervals come from a negative binomial of the same mean and variance φ·μ.
//!
//! # Scales
//! Counts and levels cannot fall below zero, and shares stay between 0 and 100, so their intervals must
//! too: an interval of −865,722 to 867,856 returned refugees says nothing and always "holds". The
//! additive models therefore run on the series' own scale ([`Scale`]): on ln(1 + y) for a series of
//! non-negative values and on the logit of y/100 for a share, with point and interval transformed back.
//! Back-transformed, the point forecast is the median, and the intervals are asymmetric as the data's
//! errors are. The count model already works on the count's scale.

use augurs_core::Predict;
use augurs_ets::model::{ErrorComponent, ModelType, SeasonalComponent, TrendComponent, Unfit};
use serde::Serialize;
use statrs::distribution::{
    ContinuousCDF, DiscreteCDF, NegativeBinomial, Normal, Poisson, StudentsT,
};

/// A forecasting model.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Model {
    /// The last value.
    Naive,
    /// The last value plus the mean change.
    Drift,
    /// A straight line fitted by least squares.
    LinearTrend,
    /// Exponential smoothing with an additive damped trend.
    DampedTrend,
    /// A Poisson (or negative binomial) regression on time, for counts.
    CountTrend,
}

impl Model {
    /// Every model, simplest first: ties in accuracy go to the simpler one.
    pub const ALL: [Model; 5] = [
        Model::Naive,
        Model::Drift,
        Model::LinearTrend,
        Model::DampedTrend,
        Model::CountTrend,
    ];

    /// The name printed.
    pub fn name(self) -> &'static str {
        match self {
            Model::Naive => "naive",
            Model::Drift => "drift",
            Model::LinearTrend => "linear trend",
            Model::DampedTrend => "damped trend ETS(A,Ad,N)",
            Model::CountTrend => "count trend (Poisson/negative binomial)",
        }
    }

    /// The fewest values the model needs.
    pub fn min_points(self) -> usize {
        match self {
            Model::Naive => 2,
            Model::Drift | Model::CountTrend => 3,
            Model::LinearTrend => 4,
            // Five parameters (α, β, φ, level, trend) and room to estimate them.
            Model::DampedTrend => 8,
        }
    }
}

/// The scale a series' values live on, which its forecasts and intervals keep to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Scale {
    /// Any real number: changes, balances, indices.
    Unbounded,
    /// Zero or more: counts, stocks and flows.
    NonNegative,
    /// A share in percent, from 0 to 100.
    Percent,
}

/// A share is kept this far from 0% and 100% before its logit is taken, so that a series that touches
/// either end still has a finite transform.
const SHARE_MARGIN: f64 = 0.001;

impl Scale {
    fn forward(self, y: f64) -> f64 {
        match self {
            Scale::Unbounded => y,
            Scale::NonNegative => y.ln_1p(),
            Scale::Percent => {
                let p = (y / 100.0).clamp(SHARE_MARGIN, 1.0 - SHARE_MARGIN);
                (p / (1.0 - p)).ln()
            }
        }
    }

    fn back(self, z: f64) -> f64 {
        match self {
            Scale::Unbounded => z,
            Scale::NonNegative => z.exp_m1().max(0.0),
            Scale::Percent => 100.0 / (1.0 + (-z).exp()),
        }
    }

    /// Whether every value of `y` lies on this scale.
    fn holds(self, y: &[f64]) -> bool {
        match self {
            Scale::Unbounded => true,
            Scale::NonNegative => y.iter().all(|v| *v >= 0.0),
            Scale::Percent => y.iter().all(|v| (0.0..=100.0).contains(v)),
        }
    }
}

/// Forecasts `horizon` steps of `y` with `model` on the series' own scale: the additive models are fitted
/// to the transformed values and their points and intervals transformed back, so that no interval leaves
/// the scale. A series with a value off its scale (a negative count) is forecast as it is and its
/// intervals cut at the scale's ends.
pub fn forecast_on(
    model: Model,
    y: &[f64],
    horizon: usize,
    scale: Scale,
) -> Result<Vec<Step>, ModelError> {
    let steps = if scale == Scale::Unbounded || model == Model::CountTrend || !scale.holds(y) {
        forecast(model, y, horizon)?
    } else {
        let transformed: Vec<f64> = y.iter().map(|v| scale.forward(*v)).collect();
        forecast(model, &transformed, horizon)?
            .into_iter()
            .map(|step| Step {
                h: step.h,
                mean: scale.back(step.mean),
                lo80: scale.back(step.lo80),
                hi80: scale.back(step.hi80),
                lo95: scale.back(step.lo95),
                hi95: scale.back(step.hi95),
            })
            .collect()
    };
    let (low, high) = match scale {
        Scale::Unbounded => (f64::NEG_INFINITY, f64::INFINITY),
        Scale::NonNegative => (0.0, f64::INFINITY),
        Scale::Percent => (0.0, 100.0),
    };
    let keep = |v: f64| v.clamp(low, high);
    Ok(steps
        .into_iter()
        .map(|step| Step {
            h: step.h,
            mean: keep(step.mean),
            lo80: keep(step.lo80),
            hi80: keep(step.hi80),
            lo95: keep(step.lo95),
            hi95: keep(step.hi95),
        })
        .collect())
}

/// A forecast for one step ahead of the data: the point and the 80% and 95% intervals.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Step {
    /// Steps ahead of the last value (1 is the next period).
    pub h: usize,
    /// The point forecast.
    pub mean: f64,
    /// The 80% interval.
    pub lo80: f64,
    /// Upper end of the 80% interval.
    pub hi80: f64,
    /// The 95% interval.
    pub lo95: f64,
    /// Upper end of the 95% interval.
    pub hi95: f64,
}

/// Why a model could not forecast.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ModelError {
    /// Too few values.
    #[error("{model} needs at least {needed} values, the series has {got}")]
    TooShort {
        /// The model.
        model: &'static str,
        /// Values needed.
        needed: usize,
        /// Values given.
        got: usize,
    },
    /// The model does not apply to these values.
    #[error("{0}")]
    NotApplicable(String),
    /// The fit failed.
    #[error("{model} could not be fitted: {message}")]
    Fit {
        /// The model.
        model: &'static str,
        /// The fitting library's message.
        message: String,
    },
}

fn z(level: f64) -> f64 {
    Normal::new(0.0, 1.0)
        .expect("the standard normal")
        .inverse_cdf(0.5 + level / 2.0)
}

fn normal_steps(means: &[f64], sds: &[f64]) -> Vec<Step> {
    let (z80, z95) = (z(0.80), z(0.95));
    means
        .iter()
        .zip(sds)
        .enumerate()
        .map(|(i, (&mean, &sd))| Step {
            h: i + 1,
            mean,
            lo80: mean - z80 * sd,
            hi80: mean + z80 * sd,
            lo95: mean - z95 * sd,
            hi95: mean + z95 * sd,
        })
        .collect()
}

fn sd(values: &[f64], dof_lost: usize) -> f64 {
    let n = values.len();
    if n <= dof_lost {
        return 0.0;
    }
    let mean = values.iter().sum::<f64>() / n as f64;
    let ss: f64 = values.iter().map(|v| (v - mean).powi(2)).sum();
    (ss / (n - dof_lost) as f64).sqrt()
}

/// Forecasts `horizon` steps after the last of `y` with `model`.
pub fn forecast(model: Model, y: &[f64], horizon: usize) -> Result<Vec<Step>, ModelError> {
    if y.len() < model.min_points() {
        return Err(ModelError::TooShort {
            model: model.name(),
            needed: model.min_points(),
            got: y.len(),
        });
    }
    if y.iter().any(|v| !v.is_finite()) {
        return Err(ModelError::NotApplicable(
            "the series has a value that is not a finite number".into(),
        ));
    }
    let n = y.len();
    let last = y[n - 1];
    let changes: Vec<f64> = y.windows(2).map(|w| w[1] - w[0]).collect();
    match model {
        Model::Naive => {
            // Residuals of the naive method are the changes; their mean is not removed.
            let sigma = (changes.iter().map(|c| c * c).sum::<f64>() / changes.len() as f64).sqrt();
            let means = vec![last; horizon];
            let sds: Vec<f64> = (1..=horizon).map(|h| sigma * (h as f64).sqrt()).collect();
            Ok(normal_steps(&means, &sds))
        }
        Model::Drift => {
            let slope = (last - y[0]) / (n - 1) as f64;
            let sigma = sd(&changes, 1);
            let t = (n - 1) as f64;
            let means: Vec<f64> = (1..=horizon).map(|h| last + slope * h as f64).collect();
            let sds: Vec<f64> = (1..=horizon)
                .map(|h| {
                    let h = h as f64;
                    sigma * (h * (1.0 + h / t)).sqrt()
                })
                .collect();
            Ok(normal_steps(&means, &sds))
        }
        Model::LinearTrend => {
            let t: Vec<f64> = (0..n).map(|i| i as f64).collect();
            let t_mean = t.iter().sum::<f64>() / n as f64;
            let y_mean = y.iter().sum::<f64>() / n as f64;
            let sxx: f64 = t.iter().map(|ti| (ti - t_mean).powi(2)).sum();
            let sxy: f64 = t
                .iter()
                .zip(y)
                .map(|(ti, yi)| (ti - t_mean) * (yi - y_mean))
                .sum();
            let slope = sxy / sxx;
            let intercept = y_mean - slope * t_mean;
            let residuals: Vec<f64> = t
                .iter()
                .zip(y)
                .map(|(ti, yi)| yi - (intercept + slope * ti))
                .collect();
            let s = (residuals.iter().map(|r| r * r).sum::<f64>() / (n - 2) as f64).sqrt();
            let student = StudentsT::new(0.0, 1.0, (n - 2) as f64)
                .map_err(|e| ModelError::NotApplicable(e.to_string()))?;
            let (t80, t95) = (student.inverse_cdf(0.90), student.inverse_cdf(0.975));
            Ok((1..=horizon)
                .map(|h| {
                    let t0 = (n - 1 + h) as f64;
                    let mean = intercept + slope * t0;
                    let se = s * (1.0 + 1.0 / n as f64 + (t0 - t_mean).powi(2) / sxx).sqrt();
                    Step {
                        h,
                        mean,
                        lo80: mean - t80 * se,
                        hi80: mean + t80 * se,
                        lo95: mean - t95 * se,
                        hi95: mean + t95 * se,
                    }
                })
                .collect())
        }
        Model::DampedTrend => damped_trend(y, horizon),
        Model::CountTrend => count_trend(y, horizon),
    }
}

fn damped_trend(y: &[f64], horizon: usize) -> Result<Vec<Step>, ModelError> {
    let fail = |e: &dyn std::fmt::Display| ModelError::Fit {
        model: Model::DampedTrend.name(),
        message: e.to_string(),
    };
    if y.iter().all(|v| *v == y[0]) {
        return Err(ModelError::NotApplicable(
            "a constant series has no trend to damp".into(),
        ));
    }
    let fitted = Unfit::new(ModelType {
        error: ErrorComponent::Additive,
        trend: TrendComponent::Additive,
        season: SeasonalComponent::None,
    })
    .damped(true)
    .fit(y)
    .map_err(|e| fail(&e))?;
    let at = |level: f64| fitted.predict(horizon, level).map_err(|e| fail(&e));
    let (f80, f95) = (at(0.80)?, at(0.95)?);
    let (Some(i80), Some(i95)) = (f80.intervals, f95.intervals) else {
        return Err(ModelError::NotApplicable(
            "the fitted model gave no intervals".into(),
        ));
    };
    let steps: Vec<Step> = (0..horizon)
        .map(|i| Step {
            h: i + 1,
            mean: f80.point[i],
            lo80: i80.lower[i],
            hi80: i80.upper[i],
            lo95: i95.lower[i],
            hi95: i95.upper[i],
        })
        .collect();
    if steps.iter().any(|s| {
        ![s.mean, s.lo80, s.hi80, s.lo95, s.hi95]
            .iter()
            .all(|v| v.is_finite())
    }) {
        return Err(ModelError::NotApplicable(
            "the fitted model gave a forecast that is not a finite number".into(),
        ));
    }
    Ok(steps)
}

/// A Poisson regression `log μ_t = a + b·t` fitted by iteratively reweighted least squares, with its
/// Pearson dispersion.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct CountFit {
    /// Intercept, on the log scale, at t = 0 (the first value).
    pub intercept: f64,
    /// Growth per period, on the log scale.
    pub slope: f64,
    /// Pearson χ² / (n − 2), at least 1.
    pub dispersion: f64,
}

/// Fits the count model.
pub fn fit_counts(y: &[f64]) -> Result<CountFit, ModelError> {
    if y.iter().any(|v| *v < 0.0 || v.fract() != 0.0) {
        return Err(ModelError::NotApplicable(
            "the count model needs whole numbers of zero or more".into(),
        ));
    }
    let n = y.len();
    let total: f64 = y.iter().sum();
    if total == 0.0 {
        return Err(ModelError::NotApplicable(
            "every count is zero, so there is no rate to fit".into(),
        ));
    }
    let t: Vec<f64> = (0..n).map(|i| i as f64).collect();
    let (mut a, mut b) = ((total / n as f64).ln(), 0.0_f64);
    for _ in 0..100 {
        // Weighted least squares on the working response z = η + (y − μ)/μ with weights μ.
        let mut sums = [0.0_f64; 5]; // Σw, Σwt, Σwt², Σwz, Σwtz
        for (ti, yi) in t.iter().zip(y) {
            let eta = a + b * ti;
            let mu = eta.exp().max(1e-10);
            let zi = eta + (yi - mu) / mu;
            sums[0] += mu;
            sums[1] += mu * ti;
            sums[2] += mu * ti * ti;
            sums[3] += mu * zi;
            sums[4] += mu * ti * zi;
        }
        let det = sums[0] * sums[2] - sums[1] * sums[1];
        if det.abs() < 1e-12 {
            return Err(ModelError::Fit {
                model: Model::CountTrend.name(),
                message: "the weighted normal equations are singular".into(),
            });
        }
        let new_b = (sums[0] * sums[4] - sums[1] * sums[3]) / det;
        let new_a = (sums[3] - new_b * sums[1]) / sums[0];
        let converged = (new_a - a).abs() < 1e-10 && (new_b - b).abs() < 1e-10;
        a = new_a;
        b = new_b;
        if converged {
            break;
        }
    }
    if !a.is_finite() || !b.is_finite() {
        return Err(ModelError::Fit {
            model: Model::CountTrend.name(),
            message: "the fit diverged".into(),
        });
    }
    let pearson: f64 = t
        .iter()
        .zip(y)
        .map(|(ti, yi)| {
            let mu = (a + b * ti).exp();
            (yi - mu).powi(2) / mu
        })
        .sum();
    let dispersion = if n > 2 {
        (pearson / (n - 2) as f64).max(1.0)
    } else {
        1.0
    };
    Ok(CountFit {
        intercept: a,
        slope: b,
        dispersion,
    })
}

/// The smallest count whose cumulative probability reaches `p`, by bisection on the distribution's
/// CDF (statrs' generic inverse can fail to bracket when the CDF rounds short of `p`).
fn discrete_quantile(cdf: impl Fn(u64) -> f64, p: f64, cap: u64) -> u64 {
    let (mut lo, mut hi) = (0u64, 1u64);
    while hi < cap && cdf(hi) < p {
        lo = hi;
        hi = hi.saturating_mul(2);
    }
    let mut hi = hi.min(cap);
    if cdf(lo) >= p {
        return lo;
    }
    while hi - lo > 1 {
        let mid = lo + (hi - lo) / 2;
        if cdf(mid) >= p {
            hi = mid;
        } else {
            lo = mid;
        }
    }
    hi
}

/// Above this mean the count's quantiles come from the normal approximation of the same mean and
/// variance, which differs from the exact quantile by less than one count in a thousand there, and
/// costs no incomplete-gamma evaluations.
const NORMAL_ABOVE: f64 = 1000.0;

fn count_quantile(mean: f64, dispersion: f64, p: f64) -> f64 {
    if mean <= 0.0 {
        return 0.0;
    }
    let sd = (mean * dispersion).sqrt();
    let normal_guess = mean
        + sd * Normal::new(0.0, 1.0)
            .expect("the standard normal")
            .inverse_cdf(p);
    if mean > NORMAL_ABOVE {
        return normal_guess.round().max(0.0);
    }
    // No quantile lies beyond 60 standard deviations above the mean.
    let cap = (mean + 60.0 * sd + 10.0) as u64;
    if dispersion > 1.0 + 1e-9 {
        let r = mean / (dispersion - 1.0);
        if let Ok(nb) = NegativeBinomial::new(r, 1.0 / dispersion) {
            return discrete_quantile(|k| nb.cdf(k), p, cap) as f64;
        }
    }
    Poisson::new(mean).map_or(mean, |d| discrete_quantile(|k| d.cdf(k), p, cap) as f64)
}

fn count_trend(y: &[f64], horizon: usize) -> Result<Vec<Step>, ModelError> {
    let fit = fit_counts(y)?;
    let n = y.len();
    Ok((1..=horizon)
        .map(|h| {
            let mean = (fit.intercept + fit.slope * (n - 1 + h) as f64).exp();
            let q = |p: f64| count_quantile(mean, fit.dispersion, p);
            Step {
                h,
                mean,
                lo80: q(0.10),
                hi80: q(0.90),
                lo95: q(0.025),
                hi95: q(0.975),
            }
        })
        .collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64, tolerance: f64) -> bool {
        (a - b).abs() <= tolerance
    }

    #[test]
    fn naive_and_drift_by_hand() {
        let y = [10.0, 12.0, 11.0, 15.0];
        let naive = forecast(Model::Naive, &y, 2).unwrap();
        assert_eq!(naive[0].mean, 15.0);
        // Changes 2, −1, 4: RMS = √(21/3) = √7.
        let sigma = 7.0_f64.sqrt();
        assert!(close(naive[0].hi95 - 15.0, 1.959964 * sigma, 1e-4));
        assert!(close(
            naive[1].hi95 - 15.0,
            1.959964 * sigma * 2f64.sqrt(),
            1e-4
        ));
        let drift = forecast(Model::Drift, &y, 1).unwrap();
        // Slope (15 − 10) / 3.
        assert!(close(drift[0].mean, 15.0 + 5.0 / 3.0, 1e-12));
        // sd of changes around their mean 5/3 with n − 1 = 2: √(((1/3)² + (8/3)² + (7/3)²)/2).
        let s = ((1.0f64 / 9.0 + 64.0 / 9.0 + 49.0 / 9.0) / 2.0).sqrt();
        assert!(close(
            drift[0].hi80 - drift[0].mean,
            1.281552 * s * (1.0f64 + 1.0 / 3.0).sqrt(),
            1e-4
        ));
    }

    #[test]
    fn linear_trend_matches_the_textbook_interval() {
        // y = 1, 3, 2, 5, 4 at t = 0..4: slope 0.8, intercept 1.4, residuals −0.4, 0.8, −1, 1.2, −0.6, SS 3.6 on 3 df.
        let y = [1.0, 3.0, 2.0, 5.0, 4.0];
        let step = forecast(Model::LinearTrend, &y, 1).unwrap()[0];
        assert!(close(step.mean, 1.4 + 0.8 * 5.0, 1e-12));
        let s = (3.6f64 / 3.0).sqrt();
        let se = s * (1.0 + 0.2 + (5.0f64 - 2.0).powi(2) / 10.0).sqrt();
        // t(0.975, 3) = 3.182446.
        assert!(close(step.hi95 - step.mean, 3.182446 * se, 1e-4));
        assert!(step.lo80 > step.lo95 && step.hi80 < step.hi95);
    }

    #[test]
    fn count_fit_solves_the_score_equations() {
        let y = [3.0, 5.0, 4.0, 9.0, 8.0, 14.0, 13.0, 21.0];
        let fit = fit_counts(&y).unwrap();
        let (mut s0, mut s1) = (0.0, 0.0);
        for (t, yi) in y.iter().enumerate() {
            let mu = (fit.intercept + fit.slope * t as f64).exp();
            s0 += yi - mu;
            s1 += t as f64 * (yi - mu);
        }
        assert!(s0.abs() < 1e-6 && s1.abs() < 1e-6, "{s0} {s1}");
        assert!(fit.slope > 0.0);
        // A constant rate: the intercept is the log of the mean, the slope zero.
        let flat = fit_counts(&[4.0, 4.0, 4.0, 4.0]).unwrap();
        assert!(close(flat.intercept, 4f64.ln(), 1e-9) && close(flat.slope, 0.0, 1e-9));
        assert_eq!(flat.dispersion, 1.0);
        let steps = forecast(Model::CountTrend, &y, 2).unwrap();
        assert!(steps[0].lo95 <= steps[0].lo80 && steps[0].hi80 <= steps[0].hi95);
        assert!(steps[0].lo80 <= steps[0].mean && steps[0].mean <= steps[0].hi80);
        assert!(fit_counts(&[1.5, 2.0, 3.0]).is_err());
        // Quantiles of a Poisson(4): P(X ≤ 0) = 0.018, P(X ≤ 1) = 0.092, P(X ≤ 7) = 0.949, P(X ≤ 8) = 0.979.
        assert_eq!(count_quantile(4.0, 1.0, 0.025), 1.0);
        assert_eq!(count_quantile(4.0, 1.0, 0.975), 8.0);
        assert_eq!(count_quantile(4.0, 1.0, 0.01), 0.0);
        // Overdispersed: wider than the Poisson.
        assert!(count_quantile(4.0, 3.0, 0.975) > 8.0);
        assert!(count_quantile(1e6, 50.0, 0.975).is_finite());
        // The exact and the normal quantile agree near the switch: within 0.1% of the mean.
        let exact = discrete_quantile(
            |k| Poisson::new(NORMAL_ABOVE).unwrap().cdf(k),
            0.975,
            10_000,
        ) as f64;
        let normal = count_quantile(NORMAL_ABOVE + 1e-9, 1.0, 0.975);
        assert!(
            (exact - normal).abs() <= NORMAL_ABOVE * 0.001,
            "{exact} {normal}"
        );
        assert!(fit_counts(&[0.0, 0.0, 0.0]).is_err());
    }

    #[test]
    fn damped_trend_levels_off_and_nests_its_intervals() {
        let y: Vec<f64> = (0..20)
            .map(|i| 100.0 + 5.0 * i as f64 + if i % 2 == 0 { 3.0 } else { -3.0 })
            .collect();
        let steps = forecast(Model::DampedTrend, &y, 30).unwrap();
        let increments: Vec<f64> = steps.windows(2).map(|w| w[1].mean - w[0].mean).collect();
        // Damping: the forecast rises by less and less.
        assert!(increments.last().unwrap() < increments.first().unwrap());
        assert!(
            steps.iter().all(|s| s.lo95 <= s.lo80
                && s.lo80 <= s.mean
                && s.mean <= s.hi80
                && s.hi80 <= s.hi95)
        );
        assert!(matches!(
            forecast(Model::DampedTrend, &y[..5], 1),
            Err(ModelError::TooShort { .. })
        ));
    }
}
