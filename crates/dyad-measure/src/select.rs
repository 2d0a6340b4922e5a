//! The rule that chooses one figure for a cell when several sources or vintages give one.
//!
//! # The rule
//! A measured cell is filled from observations only: figures the source counted or recorded. An
//! `estimate` fills it only when no observation overlaps the year, and the cell says so. A `claimed` or
//! `projection` figure never fills one: claims and forecasts belong to the scorecard, the claim audit
//! and the projection columns. An undated figure fills no cell of any year: whether it is about that year
//! is unknown.
//!
//! Among the figures left, those whose period overlaps the cell's year, in order:
//! 1. **Period class.** A figure for exactly that calendar year comes first; then a full fiscal year, then
//!    any shorter period. A fiscal year is never relabelled as a calendar year: the cell keeps the
//!    figure's own period.
//! 2. **Status.** Observed before estimate, estimate before claimed, claimed before projection.
//! 3. **Coverage.** Within a class, the figure covering more days of the year first.
//! 4. **Preference.** An indicator may rank sources or bases (for example customs records before
//!    banking-channel payments for goods trade); lower ranks win.
//! 5. **Recency.** The newest vintage wins, by release date and then by label.
//!
//! Figures for the same period that the rule did not choose are *alternatives*; those whose value
//! differs from the chosen one by more than [`TOLERANCE`] *disagree*, and the cell reports how many and
//! by how much.

use std::cmp::Ordering;

use dyad_model::{Evidence, Period, Status};

/// Relative difference below which two figures count as agreeing (0.5%).
pub const TOLERANCE: f64 = 0.005;

/// A figure that could fill a cell, with the indicator's preference rank for it.
#[derive(Debug, Clone)]
pub struct Candidate<'a> {
    /// The figure.
    pub evidence: &'a Evidence,
    /// The indicator's preference: lower is better.
    pub preference: u8,
}

/// The chosen figure and what the others say.
#[derive(Debug, Clone)]
pub struct Choice<'a> {
    /// The figure chosen by the rule.
    pub chosen: &'a Evidence,
    /// Other figures for the same period (other sources or vintages).
    pub n_alternatives: usize,
    /// Alternatives whose value differs by more than the tolerance.
    pub n_disagreeing: usize,
    /// The largest relative difference among the disagreeing ones, in percent of the chosen value.
    pub max_difference_pct: Option<f64>,
    /// The disagreeing figures, largest difference first.
    pub disagreements: Vec<Disagreement<'a>>,
    /// Figures for other periods overlapping the year, not compared.
    pub n_other_periods: usize,
}

/// A figure for the same period that differs from the chosen one.
#[derive(Debug, Clone)]
pub struct Disagreement<'a> {
    /// The other figure.
    pub evidence: &'a Evidence,
    /// `(other − chosen) / |chosen|`, in percent.
    pub difference_pct: f64,
}

fn period_rank(period: &Period, year: i32) -> (u8, i64) {
    let year_period = Period::Year(year);
    if period.calendar_year() == Some(year) {
        (0, 0)
    } else if period.is_full_year() {
        (1, -period.overlap_days(&year_period))
    } else {
        (2, -period.overlap_days(&year_period))
    }
}

fn order(a: &Candidate<'_>, b: &Candidate<'_>, year: i32) -> Ordering {
    let (ea, eb) = (a.evidence, b.evidence);
    let period_a = ea
        .observation
        .period
        .map_or((3, 0), |p| period_rank(&p, year));
    let period_b = eb
        .observation
        .period
        .map_or((3, 0), |p| period_rank(&p, year));
    let status = |e: &Evidence| {
        dyad_model::Status::ALL
            .iter()
            .position(|s| *s == e.observation.status)
    };
    period_a
        .0
        .cmp(&period_b.0)
        .then_with(|| status(ea).cmp(&status(eb)))
        .then_with(|| period_a.1.cmp(&period_b.1))
        .then_with(|| a.preference.cmp(&b.preference))
        .then_with(|| {
            eb.provenance
                .source
                .vintage_date
                .cmp(&ea.provenance.source.vintage_date)
        })
        .then_with(|| {
            eb.provenance
                .source
                .vintage
                .cmp(&ea.provenance.source.vintage)
        })
}

/// Whether a figure of this status may fill a measured cell at all.
pub fn fills_measured_cells(status: Status) -> bool {
    matches!(status, Status::Observed | Status::Estimate)
}

/// Chooses a figure for `year` by the rule above: observations overlapping the year, or estimates when
/// there is no observation; never a claim, a projection or an undated figure.
pub fn choose<'a>(candidates: &[Candidate<'a>], year: i32) -> Option<Choice<'a>> {
    let year_period = Period::Year(year);
    let dated: Vec<&Candidate<'a>> = candidates
        .iter()
        .filter(|c| {
            c.evidence
                .observation
                .period
                .is_some_and(|p| p.overlap_days(&year_period) > 0)
        })
        .collect();
    let of_status = |status: Status| -> Vec<&Candidate<'a>> {
        dated
            .iter()
            .copied()
            .filter(|c| c.evidence.observation.status == status)
            .collect()
    };
    let mut usable = of_status(Status::Observed);
    if usable.is_empty() {
        usable = of_status(Status::Estimate);
    }
    usable.sort_by(|a, b| order(a, b, year));
    let chosen = usable.first()?.evidence;
    let same_period: Vec<&Evidence> = usable[1..]
        .iter()
        .map(|c| c.evidence)
        .filter(|e| {
            e.observation.period == chosen.observation.period
                && e.observation.unit == chosen.observation.unit
        })
        .collect();
    let mut disagreements: Vec<Disagreement<'a>> = same_period
        .iter()
        .filter_map(|e| {
            let difference = relative_difference(
                chosen.observation.value.number?,
                e.observation.value.number?,
            )?;
            (difference.abs() > TOLERANCE).then_some(Disagreement {
                evidence: e,
                difference_pct: difference * 100.0,
            })
        })
        .collect();
    disagreements.sort_by(|a, b| b.difference_pct.abs().total_cmp(&a.difference_pct.abs()));
    Some(Choice {
        chosen,
        n_alternatives: same_period.len(),
        n_disagreeing: disagreements.len(),
        max_difference_pct: disagreements.first().map(|d| d.difference_pct.abs()),
        n_other_periods: usable.len() - 1 - same_period.len(),
        disagreements,
    })
}

/// `(other - chosen) / |chosen|`, or `None` when the chosen value is zero.
pub fn relative_difference(chosen: f64, other: f64) -> Option<f64> {
    (chosen != 0.0).then(|| (other - chosen) / chosen.abs())
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_model::{Observation, Provenance, SourceRef, Status, Value};

    fn evidence(period: &str, value: f64, vintage: &str, date: &str, status: Status) -> Evidence {
        Evidence {
            observation: Observation {
                indicator: "x.y".into(),
                subject: "PAK".into(),
                period: if period == "undated" {
                    None
                } else {
                    Some(period.parse().unwrap())
                },
                value: Value::parse_number(&value.to_string()).unwrap(),
                unit: "persons".into(),
                concept: String::new(),
                basis: String::new(),
                agency: String::new(),
                status,
                note: String::new(),
            },
            provenance: Provenance::of(SourceRef::new("P", "D", vintage, date)),
        }
    }

    fn pick(items: &[Evidence], year: i32) -> (String, usize, usize, Option<f64>, usize) {
        let candidates: Vec<Candidate<'_>> = items
            .iter()
            .map(|e| Candidate {
                evidence: e,
                preference: 0,
            })
            .collect();
        let choice = choose(&candidates, year).expect("a choice");
        let max = choice.max_difference_pct.map(|d| (d * 10.0).round() / 10.0);
        (
            choice.chosen.observation.value.text.clone(),
            choice.n_alternatives,
            choice.n_disagreeing,
            max,
            choice.n_other_periods,
        )
    }

    #[test]
    fn newest_vintage_wins_and_revisions_disagree() {
        let items = [
            evidence("2022", 1539046.0, "first", "2023-04-26", Status::Observed),
            evidence("2022", 1743278.0, "GT2022", "2023-06-14", Status::Observed),
            evidence("2022", 1743278.0, "later", "2024-06-17", Status::Observed),
        ];
        assert_eq!(pick(&items, 2022), ("1743278".into(), 2, 1, Some(11.7), 0));
    }

    #[test]
    fn calendar_year_beats_fiscal_year_beats_part_year() {
        let items = [
            evidence(
                "2022-07-01..2023-02-28",
                3.0,
                "a",
                "2023-03-01",
                Status::Observed,
            ),
            evidence("FY2022-23", 2.0, "b", "2023-09-01", Status::Observed),
            evidence("2023", 1.0, "c", "2024-01-01", Status::Observed),
        ];
        assert_eq!(pick(&items, 2023).0, "1");
        assert_eq!(pick(&items[..2], 2023).0, "2");
        assert_eq!(pick(&items[..1], 2023), ("3".into(), 0, 0, None, 0));
    }

    fn candidates(items: &[Evidence]) -> Vec<Candidate<'_>> {
        items
            .iter()
            .map(|e| Candidate {
                evidence: e,
                preference: 0,
            })
            .collect()
    }

    #[test]
    fn a_projection_or_claim_never_replaces_an_observed_figure() {
        // The study's projection of FY2023-24 exports, and a claim, against the observed figure.
        let items = [
            evidence(
                "FY2023-24",
                1400.0,
                "study",
                "2024-01-01",
                Status::Projection,
            ),
            evidence("2023", 1820.0, "claim", "2024-01-01", Status::Claimed),
            evidence(
                "2023-01..2023-06",
                989.0,
                "obs",
                "2023-08-01",
                Status::Observed,
            ),
        ];
        assert_eq!(pick(&items, 2023).0, "989");
        // Alone, neither fills the cell: they belong to the scorecard.
        assert!(choose(&candidates(&items[..2]), 2023).is_none());
    }

    #[test]
    fn an_estimate_fills_a_cell_only_where_no_observation_does() {
        let items = [
            evidence("2023", 5.0, "est", "2024-01-01", Status::Estimate),
            evidence(
                "2023-01..2023-03",
                2.0,
                "obs",
                "2023-05-01",
                Status::Observed,
            ),
        ];
        assert_eq!(pick(&items, 2023).0, "2");
        assert_eq!(pick(&items[..1], 2023).0, "5");
    }

    #[test]
    fn an_undated_figure_fills_no_cell_of_any_year() {
        let undated = [
            evidence("undated", 1820.0, "u", "", Status::Observed),
            evidence("2010", 6.0, "old", "", Status::Observed),
        ];
        for year in [1800, 2013, 2020, 2025, 2030] {
            assert!(choose(&candidates(&undated[..1]), year).is_none(), "{year}");
        }
        assert_eq!(pick(&undated, 2010).0, "6");
        assert!(choose(&candidates(&undated), 2024).is_none());
        assert!(choose(&[], 2024).is_none());
    }
}
