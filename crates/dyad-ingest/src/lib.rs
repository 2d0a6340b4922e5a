//! Reads published files into dyad's model values, with diagnostics that name the file, line and field.
//!
//! Each format has its own module. A parser takes the bytes of one file and returns what it holds
//! ([`Parsed`]: figures, events, deletions, monthly aggregates) and, in lenient mode, the rows it set
//! aside; it never touches the evidence base. Strict mode (the default) stops at the first bad row.
//! [`detect`] names the format of a file from its name and first bytes. [`documents`] reads text
//! documents (plain text, Markdown, HTML) into a `Document` with its passages.

// A row error carries the file, position, field, value, expectation and hint: that is the point of it.
// It is only built on the cold path of a bad row, so its size costs nothing worth boxing for.
#![allow(clippy::result_large_err)]

pub mod acled;
pub mod comtrade;
pub mod detect;
pub mod documents;
pub mod figures;
pub mod gdelt;
pub mod record;
pub mod survey;
pub mod table;
pub mod ucdp;
pub mod unhcr;
pub mod values;
pub mod wdi;

pub use dyad_model::parsed::{
    Deletion, Diagnostic, EventRecord, MonthAggregate, Parsed, Quarantined, Record, RowError,
};
use sha2::{Digest, Sha256};

pub use detect::{Format, detect};
pub use table::Lines;

/// What to do with a bad row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Stop at the first bad row: the file is rejected whole.
    #[default]
    Strict,
    /// Keep the good rows and quarantine the bad ones, each with its error. A bad header (a required
    /// column missing, two columns of one name) still fails the file: a header is not a row, and no row
    /// can be read with certainty under it.
    Lenient,
}

/// The SHA-256 of a file's bytes, in lower-case hex: the identity of an ingested file.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// The SHA-256 of a text file's content, with its byte-order mark dropped, its line ends written `\n`
/// and its trailing line ends dropped: what names a release the file does not name, so that a re-save that
/// changes only line ends (a CRLF copy) is recognised as the same release. The file's identity stays the
/// hash of its bytes ([`sha256_hex`]).
pub fn content_sha256(bytes: &[u8]) -> String {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut hasher = Sha256::new();
    let mut pending_line_ends = 0usize;
    let mut index = 0;
    while index < bytes.len() {
        let byte = bytes[index];
        if byte == b'\r' || byte == b'\n' {
            // `\r\n`, `\r` and `\n` each end one line.
            if byte == b'\r' && bytes.get(index + 1) == Some(&b'\n') {
                index += 1;
            }
            pending_line_ends += 1;
        } else {
            for _ in 0..pending_line_ends {
                hasher.update(b"\n");
            }
            pending_line_ends = 0;
            let end = bytes[index..]
                .iter()
                .position(|b| *b == b'\r' || *b == b'\n')
                .map_or(bytes.len(), |offset| index + offset);
            hasher.update(&bytes[index..end]);
            index = end;
            continue;
        }
        index += 1;
    }
    hasher
        .finalize()
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// A reader that hashes what passes through it, so that a streamed file is read once.
pub struct Hashing<R> {
    inner: R,
    hasher: Sha256,
}

impl<R: std::io::Read> Hashing<R> {
    /// Wraps `inner`.
    pub fn new(inner: R) -> Hashing<R> {
        Hashing {
            inner,
            hasher: Sha256::new(),
        }
    }

    /// The SHA-256 of everything read so far, in lower-case hex.
    pub fn finish(self) -> String {
        self.hasher
            .finalize()
            .iter()
            .map(|byte| format!("{byte:02x}"))
            .collect()
    }
}

impl<R: std::io::Read> std::io::Read for Hashing<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let n_read = self.inner.read(buffer)?;
        self.hasher.update(&buffer[..n_read]);
        Ok(n_read)
    }
}

/// Why a file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    /// The bytes are not well-formed CSV, JSON or archive, at a position.
    #[error("{file}: {message}")]
    Malformed {
        /// The file.
        file: String,
        /// What is wrong, with its position.
        message: String,
    },
    /// A required column is missing, or the header is not the format's.
    #[error("{file}: line 1: {message}\nhint: {hint}")]
    Header {
        /// The file.
        file: String,
        /// What is wrong with the header.
        message: String,
        /// How to fix it.
        hint: String,
    },
    /// A row is bad (strict mode).
    #[error("{error}{}", if error.hint.is_empty() { String::new() } else { format!("\nhint: {}", error.hint) })]
    Row {
        /// The positioned error.
        error: Box<RowError>,
    },
    /// The file holds no data rows.
    #[error("{file}: the file has no data rows")]
    Empty {
        /// The file.
        file: String,
    },
    /// No known format matches the file.
    #[error("{file}: the format could not be recognised from its name or first bytes\nhint: name the format: dyad ingest FORMAT FILE, where FORMAT is one of {}", detect::FORMAT_NAMES.join(", "))]
    Unrecognised {
        /// The file.
        file: String,
    },
}

impl From<RowError> for IngestError {
    fn from(error: RowError) -> IngestError {
        IngestError::Row {
            error: Box::new(error),
        }
    }
}

/// What the parsers need to know beyond the bytes.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Strict or lenient.
    pub mode: Mode,
    /// The file has no header row (UCDP candidate releases).
    pub no_header: bool,
    /// The release of the file, when it does not say (`22.1`, `2024-10-01`).
    pub version: Option<String>,
    /// The pair and the filter for GDELT.
    pub gdelt: gdelt::Filter,
    /// The indicator of a file that does not name it (WDI long CSVs), as a WDI code.
    pub indicator: Option<String>,
    /// When the release came out (`YYYY-MM-DD`), when the file does not say.
    pub released: Option<String>,
    /// The file's [`content_sha256`], for naming a release the file does not name.
    pub file_sha256: Option<String>,
    /// A counter of the rows read so far, for progress displays of long, streamed reads.
    pub rows_read: Option<std::sync::Arc<std::sync::atomic::AtomicU64>>,
}

/// Reads `bytes` as `format`.
pub fn parse(
    format: Format,
    file: &str,
    bytes: &[u8],
    options: &Options,
) -> Result<Parsed, IngestError> {
    match format {
        Format::Figures => figures::parse(file, bytes, options.mode),
        Format::Acled => acled::parse_csv(file, bytes, options),
        Format::AcledJson => acled::parse_json(file, bytes, options),
        Format::AcledDeletions => acled::parse_deletions(file, bytes, options),
        Format::UcdpGed => ucdp::parse_ged(file, bytes, options),
        Format::UcdpBrd => ucdp::parse_brd(file, bytes, options),
        Format::UcdpAcd => ucdp::parse_acd(file, bytes, options),
        Format::GdeltEvents => gdelt::parse_events(file, bytes, options),
        Format::GdeltMentions => gdelt::parse_mentions(file, bytes, options),
        Format::Unhcr => unhcr::parse(file, bytes, options),
        Format::Wdi => wdi::parse(file, bytes, options),
        Format::Survey => survey::parse(file, bytes, options),
        Format::Comtrade => comtrade::parse(file, bytes, options),
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_line_end_only_re_save_has_the_same_content_hash() {
        let unix = b"year,refugees\n2022,1743278\n2023,1987717\n";
        let windows = b"\xEF\xBB\xBFyear,refugees\r\n2022,1743278\r\n2023,1987717\r\n\r\n";
        let old_mac = b"year,refugees\r2022,1743278\r2023,1987717";
        let edited = b"year,refugees\n2022,1743278\n2023,1987718\n";
        let hash = super::content_sha256(unix);
        assert_eq!(super::content_sha256(windows), hash);
        assert_eq!(super::content_sha256(old_mac), hash);
        assert_ne!(super::content_sha256(edited), hash);
        // A blank line inside the text is content.
        assert_ne!(
            super::content_sha256(b"a\n\nb\n"),
            super::content_sha256(b"a\nb\n")
        );
    }

    #[test]
    fn hashes_are_sha256() {
        assert_eq!(
            super::sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
