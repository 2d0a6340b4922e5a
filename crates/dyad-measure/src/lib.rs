//! Builds dyad's measures from evidence: indicators with written recipes, the five result tables of the
//! study for any year, and side-by-side comparison of sources.
//!
//! The analytic core does no IO: it takes the evidence the store returned and gives back cells whose
//! every value carries its unit, status, source and vintage, or the reason it is empty. When several
//! figures could fill a cell, [`select`] chooses one by a written rule and counts the others that
//! disagree. [`indicators`] names every measure and its recipe; [`events`] holds the recipes that turn
//! event data into border security incidents; [`geography`] is the border they read.

pub mod cell;
pub mod compare;
pub mod events;
pub mod export;
mod fatalities;
pub mod format;
pub mod geography;
pub mod indicator;
pub mod indicators;
pub mod revisions;
pub mod select;
pub mod series;
pub mod tables;
pub mod validate;

pub use cell::{Cell, CellStatus, ResultTable};
pub use indicator::{EventBase, Indicator, Inputs};
pub use select::{Candidate, Choice, Disagreement, choose};
pub use series::{Point, Series, series};
pub use tables::build_tables;
