//! `opinion.relationship_negative`: share with a negative view of the relationship.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = opinion_indicator!(
    "opinion.relationship_negative",
    "Share with a negative view of the relationship",
    "Negative view of the relationship"
);
