//! Holds dyad's domain types: countries and the concordance, country pairs, periods, observations and events.
//!
//! Every other crate of the workspace speaks these types. This crate does no IO: the concordance table
//! is compiled in, and parsing a string is the most it does with outside data.

pub mod country;
pub mod event;
pub mod observation;
pub mod pair;
pub mod period;

pub use country::{Concordance, Country, LookupError, Scheme};
pub use event::{Actor, Event, EventCategory, EventEvidence, EventMeasures, EventMonth};
pub use observation::{Evidence, Observation, Provenance, SourceRef, Status, Value, ValueError};
pub use pair::Pair;
pub use period::{Period, PeriodError, PeriodKind};
