//! Events from text: the PETRARCH-2 dictionaries, dyad's own pair dictionary, and a shallow coder of
//! who did what to whom in a sentence.
//!
//! The dictionaries are read as published ([`verbs`], [`actors`]) with every unreadable line an error;
//! the coder matches actors by the longest dictionary phrase and verbs by the verb dictionary's
//! patterns, without a parser. Everything takes text and returns values.

pub mod actors;
pub mod cameo;
pub mod coder;
pub mod dictionary;
pub mod sentences;
pub mod verbs;

pub use dictionary::{Date, DictionaryError, DictionaryErrors, Phrase};
