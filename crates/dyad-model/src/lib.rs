//! Holds dyad's domain types: countries, pairs, periods, observations, events, documents, codes and claims.
//!
//! Every other crate of the workspace speaks these types. This crate does no IO: the concordance table
//! is compiled in, and parsing a string is the most it does with outside data.

pub mod claim;
pub mod codebook;
pub mod country;
pub mod document;
pub mod event;
pub mod observation;
pub mod pair;
pub mod parsed;
pub mod period;
pub mod table;

pub use claim::{CheckKind, Claim, Hedge, Verdict, VerdictKind};
pub use codebook::{
    CitedPassage, Code, CodeFamily, CodeName, Coder, Lens, MatchedWords, RuleHit, Theme,
};
pub use country::{Concordance, Country, LookupError, Scheme};
pub use document::{Document, DocumentFormat, DocumentKind, Locator, Passage};
pub use event::{
    Actor, AreaIncidents, Event, EventCategory, EventEvidence, EventMeasures, EventMonth,
    EventTally, MergedBatches, TallyRecipe,
};
pub use observation::{Evidence, Observation, Provenance, SourceRef, Status, Value, ValueError};
pub use pair::Pair;
pub use period::{Period, PeriodError, PeriodKind};
