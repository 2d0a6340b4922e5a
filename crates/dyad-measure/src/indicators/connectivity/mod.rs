//! Regional connectivity projects: investment, expected trade and key challenges, as cited facts known
//! by a year (the study's Table 4).

mod common;
mod expected_trade;
mod investment;
mod key_challenges;
mod status;

use crate::indicator::Indicator;
pub(crate) use common::table;

/// The connectivity indicators, one file each.
pub static INDICATORS: [&Indicator; 4] = [
    &investment::INDICATOR,
    &expected_trade::INDICATOR,
    &key_challenges::INDICATOR,
    &status::INDICATOR,
];
