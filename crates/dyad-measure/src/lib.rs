//! Builds dyad's measures from evidence: for now, the five result tables of the study for any year.
//!
//! The analytic core does no IO: it takes the evidence the store returned and gives back tables whose
//! every cell carries its value, unit, status, source and vintage, or the reason it is empty. When
//! several figures could fill a cell, [`select`] chooses one by a written rule and counts the others
//! that disagree.

pub mod select;
pub mod tables;

pub use select::{Candidate, Choice, Disagreement, choose};
pub use tables::{Cell, Table, build_tables};
