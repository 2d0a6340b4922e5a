//! Public opinion on the relationship in each country of the pair (the study's Table 5).

#[macro_use]
mod common;
mod relationship_negative;
mod relationship_neutral;
mod relationship_positive;
mod support_joint_counter_terrorism;
mod support_trade;

use crate::indicator::Indicator;
pub(crate) use common::table;

/// The opinion indicators, one file each.
pub static INDICATORS: [&Indicator; 5] = [
    &relationship_positive::INDICATOR,
    &relationship_negative::INDICATOR,
    &relationship_neutral::INDICATOR,
    &support_trade::INDICATOR,
    &support_joint_counter_terrorism::INDICATOR,
];
