//! `refugees.asylum_seekers`: asylum seekers from the second country in the first, at the end of the year.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = stock_indicator!(
    "refugees.asylum_seekers",
    "Asylum seekers from the second country in the first, at the end of the year",
    "asylum_seekers",
    "Asylum seekers"
);
