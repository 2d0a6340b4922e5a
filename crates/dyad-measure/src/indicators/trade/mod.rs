//! Trade between the pair: exports, imports, total and balance (the study's Table 1).

mod balance;
mod common;
mod exports;
mod imports;
mod total;

use crate::indicator::Indicator;
pub(crate) use common::table;

/// The trade indicators, one file each.
pub static INDICATORS: [&Indicator; 4] = [
    &exports::INDICATOR,
    &imports::INDICATOR,
    &total::INDICATOR,
    &balance::INDICATOR,
];
