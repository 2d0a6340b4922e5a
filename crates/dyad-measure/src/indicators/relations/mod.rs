//! The monthly cooperation–conflict index for each direction of the pair, from GDELT's Goldstein scores
//! and QuadClasses, and from the events dyad codes from the stored documents.

mod common;
mod documents_goldstein_mean;
mod goldstein_mean;
mod net_cooperation;

use crate::indicator::Indicator;

/// The relations indicators, one file each.
pub static INDICATORS: [&Indicator; 3] = [
    &goldstein_mean::INDICATOR,
    &net_cooperation::INDICATOR,
    &documents_goldstein_mean::INDICATOR,
];
