//! Refugees from the second country of the pair in the first: the registered stock, its change,
//! returns and host-province shares (the study's Table 2).

mod change;
mod common;
mod province_share;
mod registered;
mod returned;

use crate::indicator::Indicator;
pub(crate) use common::table;

/// The refugees indicators, one file each.
pub static INDICATORS: [&Indicator; 4] = [
    &registered::INDICATOR,
    &change::INDICATOR,
    &returned::INDICATOR,
    &province_share::INDICATOR,
];
