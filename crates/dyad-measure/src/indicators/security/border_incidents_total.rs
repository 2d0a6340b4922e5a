//! `security.border_incidents_total`: all border security incidents: the three categories together.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = security_indicator!(
    "security.border_incidents_total",
    "All border security incidents: the three categories together",
    "Total incidents",
    "incidents",
    Kind::Count,
    "events meeting any of the three recipes, each once, per source and year; equal to the sum of the three rows of the same source"
);
