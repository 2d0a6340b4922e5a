//! `security.militant_activities`: attacks by non-state armed groups in the border areas.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = security_indicator!(
    "security.militant_activities",
    "Attacks by non-state armed groups in the border areas",
    "Militant activities",
    "incidents",
    Kind::Count,
    "events meeting the militant recipe and neither earlier one, per source and year"
);
