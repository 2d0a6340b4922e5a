//! Projects indicators forward with prediction intervals, chooses each series' model by rolling-origin
//! backtests, and scores projections (dyad's own and documents') against what happened.
//!
//! Like the measures, this crate does no IO. A projection *as of* a date reads only the figures whose
//! release is dated by then ([`dyad_measure::Inputs::as_of`]); a backtest origin for which no release
//! had been published uses the latest release cut at the origin, and says so.

pub mod backtest;
pub mod models;
pub mod scorecard;

pub use backtest::{
    Backtest, DataMode, ModelScore, OriginForecast, Projection, Vintages, backtest, backtest_all,
    project,
};
pub use models::{Model, ModelError, Step, forecast};
pub use scorecard::{Score, scorecard};
