//! `security.cross_border_attacks`: attacks across the border between the two states' forces.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = security_indicator!(
    "security.cross_border_attacks",
    "Attacks across the border between the two states' forces",
    "Cross-border attacks",
    "incidents",
    Kind::Count,
    "events (UCDP GED aggregates: their event counts) meeting the cross-border recipe, per source and year"
);
