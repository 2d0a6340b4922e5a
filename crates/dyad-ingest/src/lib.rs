//! Reads published files into dyad's model values, with diagnostics that name the file, line and field.
//!
//! Each format has its own module. A parser takes the bytes of one file and returns the figures it holds
//! and, in lenient mode, the rows it set aside; it never touches the evidence base. Strict mode (the
//! default) stops at the first bad row.

pub mod figures;

use sha2::{Digest, Sha256};

/// What to do with a bad row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Mode {
    /// Stop at the first bad row: the file is rejected whole.
    #[default]
    Strict,
    /// Keep the good rows and quarantine the bad ones, each with its error.
    Lenient,
}

/// The SHA-256 of a file's bytes, in lower-case hex: the identity of an ingested file.
pub fn sha256_hex(bytes: &[u8]) -> String {
    let digest = Sha256::digest(bytes);
    digest.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// One figure read from a file, with the source it cites and where it stood.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The figure itself.
    pub observation: dyad_model::Observation,
    /// The source and release it cites.
    pub source: dyad_model::SourceRef,
    /// Where in the original source the figure stands (from the `locator` column).
    pub locator: String,
    /// The 1-based record number in this file.
    pub record: u64,
}

/// A row set aside in lenient mode.
#[derive(Debug, Clone, PartialEq)]
pub struct Quarantined {
    /// Why it was set aside.
    pub error: RowError,
    /// The row's fields, joined by commas, for the quarantine report.
    pub raw: String,
}

/// The result of reading one file.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Parsed {
    /// The good rows.
    pub records: Vec<Record>,
    /// The bad rows, in lenient mode.
    pub quarantined: Vec<Quarantined>,
}

/// Turns byte offsets into 1-based line numbers, walking the bytes once for increasing offsets.
///
/// The csv crate's own line count is off by one after CRLF line ends, and its record offset then points
/// at the `\n` of the previous line end; counting from the bytes gives the line a text editor shows.
#[derive(Debug)]
pub struct LineCounter<'a> {
    bytes: &'a [u8],
    offset: usize,
    line: u64,
}

impl<'a> LineCounter<'a> {
    /// A counter over `bytes`, the same bytes the CSV reader reads.
    pub fn new(bytes: &'a [u8]) -> LineCounter<'a> {
        LineCounter {
            bytes,
            offset: 0,
            line: 1,
        }
    }

    /// The line on which a record starting at `byte` begins. Offsets must not decrease between calls.
    pub fn line_at(&mut self, byte: u64) -> u64 {
        let mut target = (byte as usize).min(self.bytes.len());
        // A record never starts on a line end: skip the one the reader's offset may point at.
        if self.bytes.get(target) == Some(&b'\n') {
            target += 1;
        }
        if target >= self.offset {
            self.line += self.bytes[self.offset..target]
                .iter()
                .filter(|&&b| b == b'\n')
                .count() as u64;
            self.offset = target;
        }
        self.line
    }
}

/// A problem with one field of one row, positioned in its file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{file}: record {record} (line {line}): field `{field}` is `{value}`, expected {expected}")]
pub struct RowError {
    /// The file's name as given.
    pub file: String,
    /// The 1-based line the record starts on.
    pub line: u64,
    /// The 1-based number of the record, the header not counted.
    pub record: u64,
    /// The field's name.
    pub field: String,
    /// The value found.
    pub value: String,
    /// What was expected instead.
    pub expected: String,
}

#[cfg(test)]
mod tests {
    #[test]
    fn hashes_are_sha256() {
        assert_eq!(
            super::sha256_hex(b"abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    fn lines_of(text: &str) -> Vec<u64> {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let mut counter = super::LineCounter::new(text.as_bytes());
        reader
            .records()
            .map(|r| counter.line_at(r.unwrap().position().unwrap().byte()))
            .collect()
    }

    #[test]
    fn line_numbers_for_every_line_end() {
        assert_eq!(lines_of("h,a\n1,2\n3,4\n"), [2, 3]);
        assert_eq!(lines_of("h,a\r\n1,2\r\n3,4\r\n"), [2, 3]);
        assert_eq!(lines_of("h,a\n\"x\ny\",2\n3,4\n"), [2, 4]);
    }
}
