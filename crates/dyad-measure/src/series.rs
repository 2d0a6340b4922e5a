//! An indicator's values over time for one subject: the series that projections and backtests read.

use chrono::NaiveDate;
use serde::Serialize;

use dyad_model::Period;

use crate::cell::Cell;
use crate::indicators::{Frequency, Indicator, Inputs};

/// One value of a series, with the cell that explains it.
#[derive(Debug, Clone, Serialize)]
pub struct Point {
    /// The period: a calendar year or a month.
    pub period: Period,
    /// The value.
    pub value: f64,
    /// The cell it came from: source, vintage, status, note.
    pub cell: Cell,
}

/// An indicator's values for one subject, in period order.
#[derive(Debug, Clone, Serialize)]
pub struct Series {
    /// The indicator's name.
    pub indicator: &'static str,
    /// The subject.
    pub subject: String,
    /// The periods with a value for exactly that period.
    pub points: Vec<Point>,
    /// Periods left out, and why (no figure, or a figure for another period such as a fiscal year).
    pub skipped: Vec<(Period, String)>,
    /// The as-of date of the inputs, if any.
    pub as_of: Option<NaiveDate>,
}

impl Series {
    /// The values, in order.
    pub fn values(&self) -> Vec<f64> {
        self.points.iter().map(|p| p.value).collect()
    }

    /// The longest run of consecutive periods at the end of the series: models need equally spaced
    /// values, so a gap ends what they may read.
    pub fn recent_run(&self) -> &[Point] {
        let mut start = self.points.len();
        while start > 0 {
            if start < self.points.len() {
                let (earlier, later) = (self.points[start - 1].period, self.points[start].period);
                if next(earlier) != later {
                    break;
                }
            }
            start -= 1;
        }
        &self.points[start..]
    }
}

/// The period after `period` (a year or a month).
pub fn next(period: Period) -> Period {
    match period {
        Period::Year(y) => Period::Year(y + 1),
        Period::Month(y, 12) => Period::Month(y + 1, 1),
        Period::Month(y, m) => Period::Month(y, m + 1),
        other => other,
    }
}

/// The series of `indicator` for `subject`.
///
/// A period enters only when the indicator's cell holds a number for exactly that period: a fiscal-year
/// trade figure in a calendar-year cell, or a partly covered year of event data, is left out and listed
/// in [`Series::skipped`].
pub fn series(indicator: &'static Indicator, inputs: &Inputs<'_>, subject: &str) -> Series {
    let mut points = Vec::new();
    let mut skipped = Vec::new();
    for period in (indicator.periods)(inputs, subject) {
        if inputs.as_of.is_some_and(|d| period.end() > d) {
            skipped.push((period, "not over by the as-of date".to_string()));
            continue;
        }
        let cell = (indicator.cell)(inputs, subject, period);
        let exact = match indicator.frequency {
            Frequency::Annual => cell.period == period.to_string(),
            Frequency::Monthly => cell.column == period.to_string(),
        };
        match cell.value {
            Some(value) if exact => points.push(Point {
                period,
                value,
                cell,
            }),
            Some(_) => skipped.push((period, format!("the figure covers {}", cell.period))),
            None => skipped.push((period, cell.note.clone())),
        }
    }
    // One series, one basis: a figure counted another way (a mid-year stock among end-year ones,
    // another event source) would break it. The basis most points share is kept.
    let mut bases: Vec<(&str, usize)> = Vec::new();
    for point in &points {
        match bases.iter_mut().find(|(b, _)| *b == point.cell.basis) {
            Some(entry) => entry.1 += 1,
            None => bases.push((&point.cell.basis, 1)),
        }
    }
    let modal = bases
        .iter()
        .max_by_key(|(_, n)| *n)
        .map(|(b, _)| b.to_string())
        .unwrap_or_default();
    let (kept, other): (Vec<Point>, Vec<Point>) =
        points.into_iter().partition(|p| p.cell.basis == modal);
    for point in other {
        skipped.push((
            point.period,
            format!(
                "its basis `{}` differs from the series' `{modal}`",
                point.cell.basis
            ),
        ));
    }
    let points = kept;
    skipped.sort_by_key(|(p, _)| *p);
    Series {
        indicator: indicator.name,
        subject: subject.to_string(),
        points,
        skipped,
        as_of: inputs.as_of,
    }
}
