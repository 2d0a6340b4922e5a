//! `opinion.support_trade`: share supporting trade with the other country.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = opinion_indicator!(
    "opinion.support_trade",
    "Share supporting trade with the other country",
    "Support for trade"
);
