//! `opinion.relationship_neutral`: share with a neutral view of the relationship.

use super::common::*;

/// The indicator.
pub static INDICATOR: Indicator = opinion_indicator!(
    "opinion.relationship_neutral",
    "Share with a neutral view of the relationship",
    "Neutral view of the relationship"
);
