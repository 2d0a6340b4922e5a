//! Holds claims found in documents and the verdicts of the audit, each with the evidence it used.
//!
//! A claim is a number (or a change between numbers) that a text asserts about something, at the exact
//! words that assert it. A verdict compares it with the text's own other statements and tables, or with
//! the evidence base, and never stands without what it was compared with.

use serde::Serialize;

use crate::document::Locator;
use crate::observation::Evidence;
use crate::period::Period;

/// How loosely a claim states its number, which sets how far from it the truth may lie.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Hedge {
    /// Stated plainly: the truth lies within the stated precision.
    None,
    /// "about", "roughly", "some": on either side.
    About,
    /// "nearly", "almost", "up to": at or a little under.
    Nearly,
    /// "over", "more than", "at least": at or above.
    Over,
    /// "just over", "a little more than": at or a little above.
    JustOver,
    /// "under", "less than", "at most": at or below.
    Under,
}

/// What a claimed number is about, as far as the text says.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
pub struct ClaimSubject {
    /// The indicator (`trade.exports`), when the words name one.
    pub indicator: Option<String>,
    /// The subject (`PAK→AFG`, `AFG`), when stated.
    pub subject: Option<String>,
    /// The period, when stated or clearly implied.
    pub period: Option<Period>,
    /// The source the text attributes the number to ("UNHCR, 2023").
    pub cited_source: Option<String>,
}

/// A numeric assertion found in a document.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Claim {
    /// The words that assert it.
    pub locator: Locator,
    /// Those words.
    pub text: String,
    /// The number, in the unit's base (USD, persons, percent points).
    pub value: f64,
    /// The unit (`USD`, `persons`, `percent`, …).
    pub unit: String,
    /// The smallest step the number was written to (`1.9 billion` → 1e8), which sets the tolerance.
    pub precision: f64,
    /// The hedge, if any.
    pub hedge: Hedge,
    /// What it is about.
    pub about: ClaimSubject,
    /// Whether it is a forecast or target rather than a statement of fact.
    pub projection: bool,
}

/// The kinds of check an audit makes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CheckKind {
    /// The text states a quantity one way and a table another.
    TextVsTable,
    /// A table's total, balance, shares or stated change do not add up.
    Arithmetic,
    /// A statement contradicts itself: the same start and end, a period that runs backwards.
    Garbled,
    /// One number used for two different quantities close together.
    NumberReuse,
    /// Words of direction that contradict the numbers.
    Direction,
    /// A claim compared with the evidence base.
    Evidence,
    /// A claim attributed to a source whose data say otherwise.
    Citation,
    /// A party outside the pair named as one of its sides.
    Scope,
}

/// What an audit concluded about a claim.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VerdictKind {
    /// The evidence agrees within the claim's tolerance.
    Supported,
    /// The evidence disagrees beyond it.
    Contradicted,
    /// The text disagrees with itself.
    InternallyInconsistent,
    /// The claim names parties outside the pair.
    OutOfScope,
    /// Nothing to compare it with.
    Unverifiable,
}

/// A verdict on one claim, with everything it was compared with.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    /// The check that gave it.
    pub check: CheckKind,
    /// The conclusion.
    pub kind: VerdictKind,
    /// The claim judged.
    pub claim: Claim,
    /// Other claims of the same text it was compared with.
    pub compared_claims: Vec<Claim>,
    /// Observations of the evidence base it was compared with, with their provenance.
    pub evidence: Vec<Evidence>,
    /// By how much it is off, as a share of the evidence's value, when contradicted.
    pub relative_difference: Option<f64>,
    /// One sentence saying why.
    pub explanation: String,
}
