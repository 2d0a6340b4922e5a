//! `security.state_nonstate_clashes`: clashes between Pakistan's forces and non-state armed groups in the
//! border areas, from a source that does not record which side initiated them.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = security_indicator!(
    "security.state_nonstate_clashes",
    "Clashes between Pakistan's forces and non-state armed groups whose initiator the source does not record",
    "State–non-state clashes (initiator unknown)",
    "incidents",
    Kind::Count,
    "UCDP GED type 1 events between Government of Pakistan and a non-state side, per year; ACLED and GDELT name the acting side, so their clashes are counted as counter-terrorism operations or militant attacks instead"
);
