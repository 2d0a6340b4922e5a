//! One cell of a result table: its value, where it comes from, and the figures it rests on.
//!
//! A cell is filled by the selection rule ([`crate::select::choose`]) from one figure, derived by stated
//! arithmetic from other cells, or left empty with the reason. It keeps the figures it rests on, so that
//! every consumer (the tables, the exports, the report, the audit) can cite them.

use std::fmt;

use chrono::Datelike;

use serde::Serialize;

use dyad_model::{Evidence, Status};

use crate::format::format_number;
use crate::select::Choice;
use crate::validate::Flag;

/// Where a cell's value comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum CellStatus {
    /// One figure, of this status.
    Figure(Status),
    /// Computed from other cells by the arithmetic its note states.
    Derived,
    /// Empty: the note says why.
    Missing,
}

impl CellStatus {
    /// The name printed and exported: a figure's status, `derived` or `missing`.
    pub fn as_str(self) -> &'static str {
        match self {
            CellStatus::Figure(status) => status.as_str(),
            CellStatus::Derived => "derived",
            CellStatus::Missing => "missing",
        }
    }

    /// Whether the cell holds no value.
    pub fn is_missing(self) -> bool {
        self == CellStatus::Missing
    }
}

impl fmt::Display for CellStatus {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(self.as_str())
    }
}

impl Serialize for CellStatus {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// One cell of a result table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Cell {
    /// The table's id: `trade`, `refugees`, `security`, `connectivity` or `opinion`.
    pub table: &'static str,
    /// The row label.
    pub row: String,
    /// The column label.
    pub column: String,
    /// The number, if the cell holds one.
    pub value: Option<f64>,
    /// The value as published (or as derived), for display.
    pub value_text: String,
    /// The unit.
    pub unit: String,
    /// Where the value comes from: a figure of a status, derived from other cells, or missing.
    pub status: CellStatus,
    /// The source: publisher and dataset.
    pub source: String,
    /// The vintage (release) of the figure.
    pub vintage: String,
    /// The period the figure covers, which may differ from the table's year.
    pub period: String,
    /// The agency behind the figure, when named.
    pub agency: String,
    /// What is counted.
    pub concept: String,
    /// How it is counted.
    pub basis: String,
    /// Where in the source the figure stands.
    pub locator: String,
    /// How the cell was filled, or why it is empty.
    pub note: String,
    /// Other figures for the same cell and period.
    pub alternatives: usize,
    /// Alternatives that disagree by more than the tolerance.
    pub disagreeing: usize,
    /// The largest disagreement, in percent of the chosen value.
    pub max_disagreement_pct: Option<f64>,
    /// Other calendar years the chosen figure's period covers (a fiscal year covers two): the same figure
    /// can fill their cells too, so no change between those years may be read from it.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub also_covers: Vec<i32>,
    /// What the validation rules ([`crate::validate`]) say against the figures the cell rests on, or
    /// against a newer figure the cell passed over because of them; the note says which.
    pub flags: Vec<Flag>,
    /// The figures the value rests on, with their provenance: the chosen one, or every figure a derived
    /// value was computed from. The claim audit and the exports read them; the printed cell does not.
    #[serde(skip)]
    pub evidence: Vec<Evidence>,
}

/// One result table.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ResultTable {
    /// The table's id.
    pub id: &'static str,
    /// Its title.
    pub title: String,
    /// Its cells, row by row.
    pub cells: Vec<Cell>,
}
impl Cell {
    pub(crate) fn empty(
        table: &'static str,
        row: &str,
        column: &str,
        unit: &str,
        reason: impl Into<String>,
    ) -> Cell {
        Cell {
            table,
            row: row.to_string(),
            column: column.to_string(),
            value: None,
            value_text: String::new(),
            unit: unit.to_string(),
            status: CellStatus::Missing,
            source: String::new(),
            vintage: String::new(),
            period: String::new(),
            agency: String::new(),
            concept: String::new(),
            basis: String::new(),
            locator: String::new(),
            note: reason.into(),
            alternatives: 0,
            disagreeing: 0,
            max_disagreement_pct: None,
            also_covers: Vec::new(),
            flags: Vec::new(),
            evidence: Vec::new(),
        }
    }

    pub(crate) fn from_evidence(
        table: &'static str,
        row: &str,
        column: &str,
        evidence: &Evidence,
    ) -> Cell {
        let observation = &evidence.observation;
        let source = &evidence.provenance.source;
        Cell {
            table,
            row: row.to_string(),
            column: column.to_string(),
            value: observation.value.number,
            value_text: observation.value.text.clone(),
            unit: observation.unit.clone(),
            status: CellStatus::Figure(observation.status),
            source: format!("{}: {}", source.publisher, source.dataset),
            vintage: source.vintage.clone(),
            period: observation
                .period
                .map_or_else(|| "undated".to_string(), |p| p.to_string()),
            agency: observation.agency.clone(),
            concept: observation.concept.clone(),
            basis: observation.basis.clone(),
            locator: evidence.provenance.locator.clone(),
            note: String::new(),
            alternatives: 0,
            disagreeing: 0,
            max_disagreement_pct: None,
            also_covers: Vec::new(),
            flags: Vec::new(),
            evidence: vec![evidence.clone()],
        }
    }

    pub(crate) fn from_choice(
        table: &'static str,
        row: &str,
        column: &str,
        choice: &Choice<'_>,
        year: i32,
    ) -> Cell {
        let mut cell = Cell::from_evidence(table, row, column, choice.chosen);
        cell.alternatives = choice.n_alternatives;
        cell.disagreeing = choice.n_disagreeing;
        cell.max_disagreement_pct = choice.max_difference_pct;
        let mut notes = Vec::new();
        if choice.chosen.observation.status == Status::Estimate {
            notes.push("an estimate: no observed figure overlaps the year".to_string());
        }
        if choice
            .chosen
            .observation
            .period
            .and_then(|p| p.calendar_year())
            != Some(year)
        {
            notes.push(format!(
                "no figure for calendar {year}; this one covers {}",
                cell.period
            ));
        }
        if let Some(period) = choice.chosen.observation.period
            && period.calendar_year() != Some(year)
        {
            let (first, last) = (period.start().year(), period.end().year());
            cell.also_covers = (first..=last).filter(|y| *y != year).collect();
            if !cell.also_covers.is_empty() {
                let years: Vec<String> = cell.also_covers.iter().map(i32::to_string).collect();
                notes.push(format!(
                    "the same figure covers {} too: no change between those years can be read from it",
                    years.join(" and ")
                ));
            }
        }
        if choice.n_disagreeing > 0 {
            let shown: Vec<String> = choice
                .disagreements
                .iter()
                .take(3)
                .map(|d| {
                    let other = &d.evidence.observation;
                    let basis = if other.basis == choice.chosen.observation.basis {
                        String::new()
                    } else {
                        format!(", {}", other.basis)
                    };
                    format!(
                        "{} in {}{basis} ({:+.1}%)",
                        other.value.text, d.evidence.provenance.source.vintage, d.difference_pct
                    )
                })
                .collect();
            let more = choice.n_disagreeing.saturating_sub(shown.len());
            notes.push(format!(
                "{} other figure(s) for the same period disagree: {}{}",
                choice.n_disagreeing,
                shown.join("; "),
                if more > 0 {
                    format!("; and {more} more")
                } else {
                    String::new()
                }
            ));
        }
        if choice.n_other_periods > 0 {
            notes.push(format!(
                "{} figure(s) for other periods overlapping {year} not shown",
                choice.n_other_periods
            ));
        }
        cell.note = notes.join("; ");
        cell
    }

    pub(crate) fn derived(
        table: &'static str,
        row: &str,
        column: &str,
        value: f64,
        unit: &str,
        note: String,
        from: &[&Cell],
    ) -> Cell {
        let first = from[0];
        let mut sources: Vec<&str> = from.iter().map(|c| c.source.as_str()).collect();
        sources.dedup();
        let mut vintages: Vec<&str> = from.iter().map(|c| c.vintage.as_str()).collect();
        vintages.dedup();
        Cell {
            table,
            row: row.to_string(),
            column: column.to_string(),
            value: Some(value),
            // Shares and changes are shown to one decimal, as rounded; counts and amounts as computed.
            value_text: if unit == "percent" {
                format!("{value:.1}")
            } else {
                format_number(value)
            },
            unit: unit.to_string(),
            status: CellStatus::Derived,
            source: sources.join("; "),
            vintage: vintages.join("; "),
            period: first.period.clone(),
            agency: first.agency.clone(),
            concept: first.concept.clone(),
            basis: first.basis.clone(),
            locator: String::new(),
            note,
            alternatives: 0,
            disagreeing: 0,
            max_disagreement_pct: None,
            also_covers: first.also_covers.clone(),
            flags: Vec::new(),
            evidence: from
                .iter()
                .flat_map(|c| c.evidence.iter().cloned())
                .collect(),
        }
    }
}
