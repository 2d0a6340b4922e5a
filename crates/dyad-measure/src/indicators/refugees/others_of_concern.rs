//! `refugees.others_of_concern`: others of concern to UNHCR from the second country in the first, at the end of the year.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = stock_indicator!(
    "refugees.others_of_concern",
    "Others of concern to UNHCR from the second country in the first, at the end of the year",
    "ooc",
    "Others of concern"
);
