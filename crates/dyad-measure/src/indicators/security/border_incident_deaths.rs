//! `security.border_incident_deaths`: deaths in border security incidents.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = security_indicator!(
    "security.border_incident_deaths",
    "Deaths in border security incidents",
    "Deaths in these incidents",
    "deaths",
    Kind::Count,
    "the best estimate of deaths (ACLED fatalities, UCDP best) summed over the events of the total; GDELT codes no deaths and gives no figure"
);
