//! Reads documents: segmentation, codebook coding, inter-coder reliability, claim extraction; no IO.
//!
//! Qualitative evidence about the two countries' relations (statements, press releases, parliamentary
//! debates) is read by people who code it against a codebook. Before such codes can count as evidence, the
//! coders have to be shown to agree beyond chance. [`reliability`] measures that agreement: percent
//! agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha at four levels of measurement, a per-code
//! analysis of a codebook-coded sheet, and the parser of such a sheet. [`segment`] cuts a document's text
//! into the passages that are searched, coded and cited, each with its character span. [`claims`] finds
//! the numbers a text asserts (with their units, hedges, periods, subjects and cited sources), the changes
//! between them and its Markdown tables, for the claim audit. Every function takes text or values and
//! returns values; reading files is the caller's work.

pub mod claims;
pub mod codebook;
pub mod events;
pub mod matrix;
pub mod refi;
pub mod reliability;
pub mod segment;
