//! Reads documents: segmentation, codebook coding, inter-coder reliability; no IO.
//!
//! Qualitative evidence about the two countries' relations (statements, press releases, parliamentary
//! debates) is read by people who code it against a codebook. Before such codes can count as evidence, the
//! coders have to be shown to agree beyond chance. [`reliability`] measures that agreement: percent
//! agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha at four levels of measurement, a per-code
//! analysis of a codebook-coded sheet, and the parser of such a sheet. Every function takes text or values
//! and returns values; reading files is the caller's work.

pub mod events;
pub mod reliability;
