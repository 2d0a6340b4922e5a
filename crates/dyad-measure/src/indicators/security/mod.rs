//! Border security incidents from event data, by dyad's recipes per source (the study's Table 3).
//!
//! The recipes themselves are in [`crate::events`]; this file names the indicators and chooses, for
//! each period, among the sources that count it.

#[macro_use]
mod common;
mod border_incident_deaths;
mod border_incidents_total;
mod cross_border_attacks;
mod ct_operations;
mod militant_activities;
mod state_nonstate_clashes;

use crate::indicator::Indicator;
pub(crate) use common::{choose_among_sources, table};

/// The security indicators, one file each.
pub static INDICATORS: [&Indicator; 6] = [
    &cross_border_attacks::INDICATOR,
    &militant_activities::INDICATOR,
    &ct_operations::INDICATOR,
    &state_nonstate_clashes::INDICATOR,
    &border_incidents_total::INDICATOR,
    &border_incident_deaths::INDICATOR,
];
