//! `opinion.relationship_positive`: share with a positive view of the relationship.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = opinion_indicator!(
    "opinion.relationship_positive",
    "Share with a positive view of the relationship",
    "Positive view of the relationship"
);
