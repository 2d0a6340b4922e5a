//! The monthly cooperation–conflict index for each direction of the pair, from GDELT's Goldstein scores
//! and QuadClasses.

mod common;
mod goldstein_mean;
mod net_cooperation;

use crate::indicator::Indicator;

/// The relations indicators, one file each.
pub static INDICATORS: [&Indicator; 2] = [&goldstein_mean::INDICATOR, &net_cooperation::INDICATOR];
