//! `opinion.support_joint_counter_terrorism`: share supporting joint counter-terrorism with the other country.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = opinion_indicator!(
    "opinion.support_joint_counter_terrorism",
    "Share supporting joint counter-terrorism with the other country",
    "Support for joint counter-terrorism"
);
