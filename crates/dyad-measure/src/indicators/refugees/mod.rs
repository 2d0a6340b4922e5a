//! Refugees from the second country of the pair in the first: the registered stock, its change,
//! returns and host-province shares (the study's Table 2).

// The family's macros must be read before the files that use them.
#[macro_use]
mod common;

mod asylum_seekers;
mod change;
mod others_of_concern;
mod province_share;
mod registered;
mod returned;

use crate::indicator::Indicator;
pub(crate) use common::table;

/// The refugees indicators, one file each.
pub static INDICATORS: [&Indicator; 6] = [
    &registered::INDICATOR,
    &change::INDICATOR,
    &asylum_seekers::INDICATOR,
    &returned::INDICATOR,
    &others_of_concern::INDICATOR,
    &province_share::INDICATOR,
];
