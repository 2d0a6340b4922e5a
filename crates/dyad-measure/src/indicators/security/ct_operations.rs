//! `security.ct_operations`: operations by Pakistan's forces against non-state armed groups in the border areas.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = security_indicator!(
    "security.ct_operations",
    "Operations by Pakistan's forces against non-state armed groups in the border areas",
    "Counter-terrorism operations",
    "incidents",
    Kind::Count,
    "events meeting the counter-terrorism recipe and not the cross-border one, per source and year"
);
