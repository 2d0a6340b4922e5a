//! Holds what a parser reads from one file: figures, events, deletions, aggregates, mentions and bad rows.
//!
//! These are the values that cross from the parsers (`dyad-ingest`) to the evidence base (`dyad-store`),
//! so that neither crate knows the other. Nothing here names a file format: each value says what it is,
//! and the source and release it came from.

use crate::{Event, Observation, Period, SourceRef};

/// One figure read from a file, with the source it cites and where it stood.
#[derive(Debug, Clone, PartialEq)]
pub struct Record {
    /// The figure itself.
    pub observation: Observation,
    /// The source and release it cites.
    pub source: SourceRef,
    /// Where in the original source the figure stands.
    pub locator: String,
    /// The 1-based record number in this file.
    pub record: u64,
}

/// One event read from a file.
#[derive(Debug, Clone, PartialEq)]
pub struct EventRecord {
    /// The event.
    pub event: Event,
    /// The 1-based record number in this file.
    pub record: u64,
}

/// A deletion notice: the source withdrew an event in this release.
#[derive(Debug, Clone, PartialEq)]
pub struct Deletion {
    /// The source's identifier of the withdrawn event.
    pub source_id: String,
    /// When the source deleted it, as the source writes it.
    pub deleted_at: String,
    /// The 1-based record number in this file.
    pub record: u64,
}

/// Additive monthly totals of events for one subject (a direction of the pair, or a place).
///
/// Sums rather than means are kept so that totals from many files add up; a mean is a sum over a count.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct MonthAggregate {
    /// `PAK→AFG` (actor 1's country → actor 2's), or `in PAK` for events placed in a country.
    pub subject: String,
    /// The month, as a [`Period::Month`].
    pub month: Option<Period>,
    /// Events.
    pub n_events: u64,
    /// Events by QuadClass 1–4 (verbal cooperation, material cooperation, verbal conflict, material conflict).
    pub n_by_quad_class: [u64; 4],
    /// Sum of Goldstein scores.
    pub goldstein_sum: f64,
    /// Sum of average tones.
    pub tone_sum: f64,
    /// Sum of mentions.
    pub mentions_sum: u64,
}

/// A problem worth reporting that does not make a row bad, such as a total that is not the sum of its parts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    /// The 1-based line of the row.
    pub line: u64,
    /// The 1-based record number.
    pub record: u64,
    /// What was noticed.
    pub message: String,
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
    /// The source and release the file's events, deletions and aggregates belong to. Figures carry their own.
    pub source: Option<SourceRef>,
    /// Rows read (data records, not counting headers).
    pub n_rows: u64,
    /// Rows read but left out by a filter (GDELT events of other countries); neither kept nor bad.
    pub n_filtered: u64,
    /// Figures.
    pub records: Vec<Record>,
    /// Events.
    pub events: Vec<EventRecord>,
    /// Deletion notices.
    pub deletions: Vec<Deletion>,
    /// Monthly aggregates.
    pub aggregates: Vec<MonthAggregate>,
    /// Mentions of stored events (GDELT mentions files).
    pub mentions: Vec<Mention>,
    /// The dataset whose stored events the mentions refer to: only mentions of its events are kept.
    pub mentions_of: Option<String>,
    /// Rows that are good but noteworthy.
    pub diagnostics: Vec<Diagnostic>,
    /// The bad rows, in lenient mode.
    pub quarantined: Vec<Quarantined>,
}

/// A problem with one field of one row, positioned in its file.
///
/// It reads `file: record 3 (line 4): field `x` (column 7) is `y`, expected z`; records of a JSON file,
/// which have no useful line or column, read `file: record 3: field `data[2].x` is …`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "{file}: record {record}{}: field `{field}`{} is {}, expected {expected}",
    if *line == 0 { String::new() } else { format!(" (line {line})") },
    column.map(|c| format!(" (column {c})")).unwrap_or_default(),
    shown_value(value)
)]
pub struct RowError {
    /// The file's name as given.
    pub file: String,
    /// The 1-based line the record starts on.
    pub line: u64,
    /// The 1-based number of the record, the header not counted.
    pub record: u64,
    /// The field's name.
    pub field: String,
    /// The field's 1-based column, where the file has columns.
    pub column: Option<usize>,
    /// The value found.
    pub value: String,
    /// What was expected instead.
    pub expected: String,
    /// How to fix it (may be empty).
    pub hint: String,
}

/// The longest value an error message shows whole, in characters.
const SHOWN_VALUE: usize = 120;

/// A value as an error message shows it: whole in backticks when short; a long one (a field that
/// swallowed the rest of a file behind an unclosed quote) cut after its first characters, with its
/// length, so that one message never runs to megabytes.
fn shown_value(value: &str) -> String {
    let n_chars = value.chars().count();
    if n_chars <= SHOWN_VALUE {
        return format!("`{value}`");
    }
    let start: String = value.chars().take(SHOWN_VALUE).collect();
    format!(
        "`{start}…` ({n_chars} characters, {} bytes, cut here)",
        value.len()
    )
}

/// One mention of an event in a document.
#[derive(Debug, Clone, PartialEq)]
pub struct Mention {
    /// The event's GlobalEventID.
    pub event_id: String,
    /// When the mention was found (`YYYYMMDDHHMMSS`).
    pub mention_time: String,
    /// The kind of source (1 web, 2 citation only, 3 core, …).
    pub mention_type: String,
    /// The source's name (`dawn.com`).
    pub source_name: String,
    /// The document's URL or identifier.
    pub identifier: String,
    /// GDELT's confidence in the extraction, 10–100.
    pub confidence: Option<f64>,
    /// The tone of the document.
    pub doc_tone: Option<f64>,
}

#[cfg(test)]
mod shown_value_tests {
    use super::RowError;

    #[test]
    fn a_long_value_is_cut_with_its_length() {
        let error = RowError {
            file: "f.csv".to_string(),
            line: 3,
            record: 2,
            field: "value".to_string(),
            column: Some(4),
            value: "9".repeat(50_000_000),
            expected: "a number".to_string(),
            hint: String::new(),
        };
        let message = error.to_string();
        assert!(message.len() < 400, "{} bytes", message.len());
        assert!(message.contains("(50000000 characters, 50000000 bytes, cut here)"));
        let short = RowError {
            value: "x".to_string(),
            ..error
        };
        assert_eq!(
            short.to_string(),
            "f.csv: record 2 (line 3): field `value` (column 4) is `x`, expected a number"
        );
    }
}
