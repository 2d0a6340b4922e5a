//! The study's five result tables for one year: trade, refugees, security incidents, connectivity and
//! public opinion.
//!
//! # What it measures
//! Each table has fixed rows (the study's) and context rows (the nearest figures the evidence holds when
//! the study's own item has no open source). A cell is filled by [`crate::select::choose`] or derived
//! from filled cells by arithmetic stated in its note; an empty cell says why it is empty.
//!
//! # Inputs
//! Evidence from the store: `trade.*`, `refugees.*`, `security.*`, `conflict.*`, `connectivity.*`,
//! `opinion.*` observations about the pair.
//!
//! # Caveats
//! - Trade figures of different periods, agencies or bases are never added together: a total or balance
//!   is derived only from an exports and an imports figure of the same period, agency and basis.
//! - The study's security categories have no exact counterpart in open data; the cells say which
//!   published category fills them.
//!
//! # References
//! The study's Tables 1–5; `../shared/reference` notes on sources and categories.

use crate::cell::ResultTable;
use crate::indicators::{self, Inputs};

/// Builds the five tables for the pair and `year` from the inputs.
pub fn build_tables(inputs: &Inputs<'_>, year: i32) -> Vec<ResultTable> {
    let (evidence, pair) = (&inputs.evidence, inputs.pair);
    vec![
        indicators::trade::table(evidence, pair, year),
        indicators::refugees::table(evidence, pair, year),
        indicators::security::table(inputs, year),
        indicators::connectivity::table(evidence, pair, year),
        indicators::opinion::table(evidence, pair, year),
    ]
}
