//! Sets every figure that could fill an indicator's cell side by side: which one the indicator's rule
//! chose, and how far apart they are. `dyad compare` and the server print it; the rule is here once.

use serde::Serialize;

use dyad_model::{Evidence, Period};

use crate::cell::Cell;
use crate::indicator::{Indicator, Inputs};

/// One subject's figures for a period, and the indicator's choice among them.
#[derive(Debug, Clone, Serialize)]
pub struct Comparison {
    /// The subject.
    pub subject: String,
    /// The cell the indicator fills, with the figures it rests on.
    pub chosen: Cell,
    /// Every figure that overlaps the period.
    pub figures: Vec<Evidence>,
    /// The smallest value among them.
    pub min: Option<f64>,
    /// The largest.
    pub max: Option<f64>,
}

impl Comparison {
    /// Whether `figure` is one the chosen value rests on (the chosen figure, or a part of a derived one).
    pub fn is_chosen(&self, figure: &Evidence) -> bool {
        self.chosen.evidence.iter().any(|e| e == figure)
    }

    /// The spread between the smallest and the largest value, as a share of the chosen value, when
    /// there are two or more values and the chosen one is not zero.
    pub fn spread(&self) -> Option<f64> {
        let (min, max, chosen) = (self.min?, self.max?, self.chosen.value?);
        let n_values = self
            .figures
            .iter()
            .filter(|f| f.observation.value.number.is_some())
            .count();
        (chosen != 0.0 && n_values > 1).then(|| (max - min) / chosen.abs())
    }
}

/// The comparison of `indicator`'s figures for `subject` over `period`, or `None` when it has none.
pub fn compare(
    indicator: &Indicator,
    inputs: &Inputs<'_>,
    subject: &str,
    period: Period,
) -> Option<Comparison> {
    let figures = (indicator.figures)(inputs, subject, period);
    if figures.is_empty() {
        return None;
    }
    let values = figures.iter().filter_map(|f| f.observation.value.number);
    let min = values.clone().reduce(f64::min);
    let max = values.reduce(f64::max);
    Some(Comparison {
        subject: subject.to_string(),
        chosen: (indicator.cell)(inputs, subject, period),
        figures,
        min,
        max,
    })
}
