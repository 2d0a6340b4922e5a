//! Stores a data file or a document given as bytes in memory (an upload to the server), as `dyad ingest`
//! and `dyad docs add` store files: parsed, hashed, and stored in one transaction.

use dyad_ingest::{Format, Options, Parsed};
use dyad_model::DocumentFormat;
use dyad_store::{DocumentOutcome, FileHeader, IngestOutcome, Store};

use crate::LoadError;

/// Parses `bytes` as `format` and stores them under `name`, keyed by their SHA-256: the same bytes twice
/// is a no-op that says so. Returns what was stored and what the parser read besides.
pub fn ingest_bytes(
    store: &mut Store,
    format: Format,
    name: &str,
    bytes: &[u8],
    options: &Options,
) -> Result<(IngestOutcome, Parsed), LoadError> {
    let sha256 = dyad_ingest::sha256_hex(bytes);
    let header = FileHeader {
        name,
        sha256: &sha256,
        size: bytes.len() as u64,
        format: format.name(),
    };
    // Bytes stored before are not parsed: the store says they are and changes nothing.
    let parsed = if store.has_file(&sha256)? {
        Parsed::default()
    } else {
        dyad_ingest::parse(format, name, bytes, options)?
    };
    let outcome = store.ingest(&header, &parsed)?;
    Ok((outcome, parsed))
}

/// Why a document given as bytes was not stored.
#[derive(Debug, thiserror::Error)]
pub enum DocumentBytesError {
    /// Its format is not one dyad reads.
    #[error(
        "`{name}` is not a document dyad reads\nhint: send Markdown, plain text, HTML or PDF, named with its extension"
    )]
    Format {
        /// The name given.
        name: String,
    },
    /// It could not be read.
    #[error(transparent)]
    Read(#[from] dyad_ingest::documents::DocumentError),
    /// The evidence base refused it.
    #[error(transparent)]
    Store(#[from] dyad_store::StoreError),
}

/// Reads `bytes` as the document `name` (Markdown with its front matter, plain text, HTML or PDF) and
/// stores it with its passages, then codes the passages not yet read under the house codebook, as
/// `dyad docs add` does.
pub fn add_document_bytes(
    store: &mut Store,
    name: &str,
    bytes: &[u8],
) -> Result<DocumentOutcome, DocumentBytesError> {
    let format: DocumentFormat =
        dyad_ingest::documents::format_of(name, &bytes[..bytes.len().min(8192)]).ok_or_else(
            || DocumentBytesError::Format {
                name: name.to_string(),
            },
        )?;
    let document = dyad_ingest::documents::read(
        name,
        bytes,
        format,
        &dyad_ingest::documents::Stated::default(),
    )?;
    let outcome = store.add_document(&document)?;
    if matches!(outcome, DocumentOutcome::Added { .. }) {
        crate::code_unread(store)?;
    }
    Ok(outcome)
}
