//! The one rule for what counts as a revision: the same figure published again with another value.
//!
//! A figure is "the same" when the indicator, subject, exact period, concept, basis, unit, status and
//! source (publisher and dataset) agree: only the release differs. So a mid-year stock followed by an
//! end-year stock, a flow beside a stock, an estimate beside an observation, or one publisher beside
//! another is never called a revision. `dyad history`, the report's method section and its findings all
//! read revisions through [`release_series`], so they cannot disagree.

use std::cmp::Ordering;
use std::collections::BTreeMap;

use dyad_model::{Evidence, Period, Status};

use crate::select::{TOLERANCE, relative_difference};

/// What makes two figures releases of the same figure.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SeriesKey {
    /// The indicator.
    pub indicator: String,
    /// The subject.
    pub subject: String,
    /// The exact period (undated figures form no series).
    pub period: Period,
    /// What is counted.
    pub concept: String,
    /// How it is counted (`end-year stock`, `mid-year stock`, …).
    pub basis: String,
    /// The unit.
    pub unit: String,
    /// The figure's status.
    pub status: Status,
    /// The publisher.
    pub publisher: String,
    /// The dataset.
    pub dataset: String,
}

impl SeriesKey {
    /// The key of a dated figure; an undated one belongs to no series.
    pub fn of(evidence: &Evidence) -> Option<SeriesKey> {
        let observation = &evidence.observation;
        let source = &evidence.provenance.source;
        Some(SeriesKey {
            indicator: observation.indicator.clone(),
            subject: observation.subject.clone(),
            period: observation.period?,
            concept: observation.concept.clone(),
            basis: observation.basis.clone(),
            unit: observation.unit.clone(),
            status: observation.status,
            publisher: source.publisher.clone(),
            dataset: source.dataset.clone(),
        })
    }
}

/// Releases in the order they came out: by release date, then by label.
pub fn release_order(a: &Evidence, b: &Evidence) -> Ordering {
    let (a, b) = (&a.provenance.source, &b.provenance.source);
    (&a.vintage_date, &a.vintage).cmp(&(&b.vintage_date, &b.vintage))
}

/// How one release of a figure compares with the release before it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    /// The first release of the figure.
    First,
    /// The same value as the release before.
    Unchanged,
    /// Another value: the relative change, or `None` when the value before was zero or not a number.
    Revised(Option<f64>),
}

impl Change {
    /// As `dyad history` prints it: `first release`, `unchanged`, `revised +41.2%`.
    pub fn describe(self) -> String {
        match self {
            Change::First => "first release".to_string(),
            Change::Unchanged => "unchanged".to_string(),
            Change::Revised(Some(change)) => format!("revised {:+.1}%", change * 100.0),
            Change::Revised(None) => "revised".to_string(),
        }
    }
}

/// Every release of one figure, oldest first, each with its change on the one before.
#[derive(Debug, Clone)]
pub struct ReleaseSeries<'e> {
    /// What the releases share.
    pub key: SeriesKey,
    /// The releases and their changes.
    pub releases: Vec<(&'e Evidence, Change)>,
}

impl ReleaseSeries<'_> {
    /// The relative change from the first release to the latest, when both are numbers and the first
    /// is not zero.
    pub fn net_change(&self) -> Option<f64> {
        let first = self.releases.first()?.0.observation.value.number?;
        let last = self.releases.last()?.0.observation.value.number?;
        relative_difference(first, last)
    }

    /// Whether the latest release revised the first by more than the tolerance of the selection rule:
    /// the revisions the report lists.
    pub fn is_revised(&self) -> bool {
        self.releases.len() > 1 && self.net_change().is_some_and(|c| c.abs() > TOLERANCE)
    }
}

/// Groups figures into series of releases of the same figure, in key order. Undated figures are left
/// out: without a period there is nothing to revise.
pub fn release_series(evidence: &[Evidence]) -> Vec<ReleaseSeries<'_>> {
    let mut groups: BTreeMap<SeriesKey, Vec<&Evidence>> = BTreeMap::new();
    for item in evidence {
        if let Some(key) = SeriesKey::of(item) {
            groups.entry(key).or_default().push(item);
        }
    }
    groups
        .into_iter()
        .map(|(key, mut items)| {
            items.sort_by(|a, b| release_order(a, b));
            let mut releases = Vec::with_capacity(items.len());
            let mut before: Option<&Evidence> = None;
            for item in items {
                let change = match before {
                    None => Change::First,
                    Some(previous) => {
                        match (
                            previous.observation.value.number,
                            item.observation.value.number,
                        ) {
                            (Some(a), Some(b)) if a == b => Change::Unchanged,
                            (Some(a), Some(b)) => Change::Revised(relative_difference(a, b)),
                            _ if previous.observation.value.text == item.observation.value.text => {
                                Change::Unchanged
                            }
                            _ => Change::Revised(None),
                        }
                    }
                };
                releases.push((item, change));
                before = Some(item);
            }
            ReleaseSeries { key, releases }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_model::{Observation, Provenance, SourceRef, Value};

    fn figure(period: &str, basis: &str, value: f64, released: &str, publisher: &str) -> Evidence {
        Evidence {
            observation: Observation {
                indicator: "refugees.registered".into(),
                subject: "AFG→PAK".into(),
                period: Some(period.parse().unwrap()),
                value: Value::parse_number(&value.to_string()).unwrap(),
                unit: "persons".into(),
                concept: "refugees".into(),
                basis: basis.into(),
                agency: String::new(),
                status: Status::Observed,
                note: String::new(),
            },
            provenance: Provenance::of(SourceRef::new(
                publisher,
                "population",
                &format!("release {released}"),
                released,
            )),
        }
    }

    /// The changes of each series, as `dyad history` prints them, series by series.
    fn check(evidence: &[Evidence], expect: &[&[&str]]) {
        let series = release_series(evidence);
        let found: Vec<Vec<String>> = series
            .iter()
            .map(|s| s.releases.iter().map(|(_, c)| c.describe()).collect())
            .collect();
        assert_eq!(found, expect);
    }

    #[test]
    fn a_later_release_of_the_same_figure_is_a_revision() {
        let e = [
            figure("2022", "end-year stock", 1_539_046.0, "2023-04-26", "UNHCR"),
            figure("2022", "end-year stock", 1_743_278.0, "2024-06-17", "UNHCR"),
            figure("2022", "end-year stock", 1_743_278.0, "2025-06-12", "UNHCR"),
        ];
        check(&e, &[&["first release", "revised +13.3%", "unchanged"]]);
        assert!(release_series(&e)[0].is_revised());
    }

    #[test]
    fn a_change_of_reference_date_is_not_a_revision() {
        let e = [
            figure("2023", "mid-year stock", 2_080_000.0, "2023-10-25", "UNHCR"),
            figure("2023", "end-year stock", 1_987_717.0, "2024-06-17", "UNHCR"),
        ];
        check(&e, &[&["first release"], &["first release"]]);
    }

    #[test]
    fn another_publisher_is_another_series() {
        let e = [
            figure("2022", "incidents", 365.0, "2023-01-05", "SATP"),
            figure("2022", "incidents", 586.0, "2024-01-05", "CRSS"),
        ];
        check(&e, &[&["first release"], &["first release"]]);
        assert!(release_series(&e).iter().all(|s| !s.is_revised()));
    }

    #[test]
    fn a_change_within_the_tolerance_is_shown_but_not_listed() {
        let e = [
            figure("2021", "end-year stock", 1_000_000.0, "2022-06-01", "UNHCR"),
            figure("2021", "end-year stock", 1_004_000.0, "2023-06-01", "UNHCR"),
        ];
        check(&e, &[&["first release", "revised +0.4%"]]);
        assert!(!release_series(&e)[0].is_revised());
    }
}
