//! Turns the bytes of a file given to the claim audit into the text it reads: Markdown and plain text as
//! written, HTML and PDF as dyad extracts them for the archive, refusing what it cannot read.

use dyad_model::DocumentFormat;

/// The largest file the audit reads: a long report is a few megabytes of text.
pub const MAX_AUDIT_BYTES: usize = 20 * 1024 * 1024;

/// Why a file cannot be audited; each says what to do.
#[derive(Debug, thiserror::Error)]
pub enum AuditInputError {
    /// The file is over [`MAX_AUDIT_BYTES`].
    #[error(
        "`{name}` is {:.1} MB, over the audit's limit of {} MB\nhint: audit the report's chapters as separate files",
        *.bytes as f64 / 1e6,
        MAX_AUDIT_BYTES / 1024 / 1024
    )]
    TooLarge {
        /// The file.
        name: String,
        /// Its size.
        bytes: usize,
    },
    /// Text that is not UTF-8.
    #[error(
        "`{name}`: byte {at}: the file is not UTF-8 text\nhint: the audit reads Markdown, plain text, HTML and PDF; save a word-processor file as one of them"
    )]
    NotUtf8 {
        /// The file.
        name: String,
        /// The first byte that is not.
        at: usize,
    },
    /// No text layer (a scanned PDF), or nothing but markup.
    #[error("`{name}` has no text to audit\nhint: a scanned PDF has no text layer; run OCR first")]
    NoText {
        /// The file.
        name: String,
    },
    /// A text mostly in another script than Latin.
    #[error(
        "`{name}` is mostly in a script other than Latin ({other} of {letters} letters), and the audit reads English\nhint: audit an English version of the text; no partial result is given"
    )]
    OtherScript {
        /// The file.
        name: String,
        /// Letters counted.
        letters: usize,
        /// Of those, letters of other scripts.
        other: usize,
    },
    /// The HTML or PDF could not be read.
    #[error(transparent)]
    Extract(#[from] dyad_ingest::documents::DocumentError),
}

/// The text of the file `name` with these bytes, as the audit reads it.
pub fn audit_text(name: &str, bytes: &[u8]) -> Result<String, AuditInputError> {
    if bytes.len() > MAX_AUDIT_BYTES {
        return Err(AuditInputError::TooLarge {
            name: name.to_string(),
            bytes: bytes.len(),
        });
    }
    let format = dyad_ingest::documents::format_of(name, &bytes[..bytes.len().min(64)]);
    let text = match format {
        Some(format @ (DocumentFormat::Html | DocumentFormat::Pdf)) => {
            dyad_ingest::documents::read(
                name,
                bytes,
                format,
                &dyad_ingest::documents::Stated {
                    kind: Some(dyad_model::DocumentKind::Report),
                    ..Default::default()
                },
            )?
            .text
        }
        _ => String::from_utf8(bytes.to_vec()).map_err(|error| AuditInputError::NotUtf8 {
            name: name.to_string(),
            at: error.utf8_error().valid_up_to(),
        })?,
    };
    readable(name, &text)?;
    Ok(text)
}

/// Refuses a text the claim extraction cannot read ([`dyad_audit::readable`]), saying why.
pub fn readable(name: &str, text: &str) -> Result<(), AuditInputError> {
    match dyad_audit::readable(text) {
        Ok(()) => Ok(()),
        Err(dyad_audit::Unreadable::NoText) => Err(AuditInputError::NoText {
            name: name.to_string(),
        }),
        Err(dyad_audit::Unreadable::OtherScript { letters, other }) => {
            Err(AuditInputError::OtherScript {
                name: name.to_string(),
                letters,
                other,
            })
        }
    }
}
