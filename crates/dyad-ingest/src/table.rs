//! Reads delimited tables by column name, with true line numbers, for every CSV-like format.
//!
//! The formats differ in their columns, not in how a table is read: a byte-order mark is dropped,
//! CRLF and LF are both line ends, quoted fields may hold delimiters, quotes and newlines, and every
//! row error names its file, record, line and field. [`collect`] applies strict or lenient mode the same
//! way for all of them.
//!
//! A header is not a row: a header that cannot be read by name (a column named twice) is an error in
//! lenient mode too, since no row of the table could be read with certainty.
//!
//! Spreadsheets that re-save a CSV may break a record over two lines with an unquoted line break, and pad
//! both halves with empty fields to the header's width. Such a record is never repaired by guessing: a short
//! bad record followed by a line that fills in what it lacks is reported as split over those two lines,
//! an error in strict mode and one quarantined record (both lines) in lenient mode.

use std::io::Read;
use std::str::FromStr;

use crate::{IngestError, Mode, Quarantined, RowError};

/// A reader that notes where its line ends fall, to turn the byte offsets of records into 1-based line
/// numbers; it also drops a UTF-8 byte-order mark at the start, so that offsets count from after it.
///
/// The csv crate's own line count is off by one after CRLF line ends, and its record offset then points
/// at the `\n` of the previous line end; counting from the bytes gives the line a text editor shows. Only
/// the line ends not yet passed are kept, so a file of any size is followed in the memory of one buffer.
#[derive(Debug)]
pub struct Lines<R> {
    inner: R,
    /// Bytes handed out so far.
    pulled: u64,
    /// Offsets of the line ends handed out but not yet passed by [`Lines::line_at`].
    ahead: std::collections::VecDeque<u64>,
    line: u64,
    /// The first bytes, read to look for a byte-order mark, until they are handed out.
    head: Option<Vec<u8>>,
    /// Whether the bytes handed out since the current record's start are kept (a lenient read keeps
    /// them, to read again the lines a quote that is never closed swallowed).
    keep: bool,
    /// Those bytes, from offset `kept_from`.
    kept: Vec<u8>,
    kept_from: u64,
    /// Bytes to hand out again before the rest of `inner`, from `replay_at`.
    replay: Vec<u8>,
    replay_at: usize,
}

impl<R: Read> Lines<R> {
    /// Follows the lines of `inner`.
    pub fn new(inner: R) -> Lines<R> {
        Lines {
            inner,
            pulled: 0,
            ahead: std::collections::VecDeque::new(),
            line: 1,
            head: None,
            keep: false,
            kept: Vec::new(),
            kept_from: 0,
            replay: Vec::new(),
            replay_at: 0,
        }
    }

    /// Forgets the kept bytes before offset `byte` (a record's start).
    fn release(&mut self, byte: u64) {
        if byte > self.kept_from {
            let n = ((byte - self.kept_from) as usize).min(self.kept.len());
            self.kept.drain(..n);
            self.kept_from += n as u64;
        }
    }

    /// Starts the lines again at offset `byte` of those handed out, which begins line `line`: the bytes
    /// kept from there are handed out again, and offsets count from them.
    fn restart_at(&mut self, byte: u64, line: u64) {
        let from = ((byte.saturating_sub(self.kept_from)) as usize).min(self.kept.len());
        let mut replay = self.kept.split_off(from);
        replay.extend_from_slice(&self.replay[self.replay_at..]);
        self.replay = replay;
        self.replay_at = 0;
        self.kept.clear();
        self.kept_from = 0;
        self.pulled = 0;
        self.ahead.clear();
        self.line = line;
    }

    /// The line on which a record starting at `byte` begins. Offsets must not decrease between calls.
    pub fn line_at(&mut self, byte: u64) -> u64 {
        // A record never starts on a line end: one at `byte` itself is the previous line's.
        while self.ahead.front().is_some_and(|&end| end <= byte) {
            self.ahead.pop_front();
            self.line += 1;
        }
        self.line
    }

    fn fill_head(&mut self) -> std::io::Result<()> {
        if self.pulled > 0 || self.head.is_some() {
            return Ok(());
        }
        let mut head = Vec::with_capacity(3);
        (&mut self.inner).take(3).read_to_end(&mut head)?;
        if head == b"\xEF\xBB\xBF" {
            head.clear();
        }
        self.head = Some(head);
        Ok(())
    }
}

impl<R: Read> Read for Lines<R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        self.fill_head()?;
        let n_read = match self.head.as_mut() {
            Some(head) if !head.is_empty() => {
                let n = head.len().min(buffer.len());
                buffer[..n].copy_from_slice(&head[..n]);
                head.drain(..n);
                n
            }
            _ if self.replay_at < self.replay.len() => {
                let rest = &self.replay[self.replay_at..];
                let n = rest.len().min(buffer.len());
                buffer[..n].copy_from_slice(&rest[..n]);
                self.replay_at += n;
                if self.replay_at == self.replay.len() {
                    self.replay = Vec::new();
                    self.replay_at = 0;
                }
                n
            }
            _ => self.inner.read(buffer)?,
        };
        if self.keep {
            self.kept.extend_from_slice(&buffer[..n_read]);
        }
        let start = self.pulled;
        self.ahead
            .extend(memchr::memchr_iter(b'\n', &buffer[..n_read]).map(|at| start + at as u64));
        self.pulled += n_read as u64;
        Ok(n_read)
    }
}

/// Column names to their 0-based index. Every field of every row is looked up by name, so the hash is
/// foldhash's fast one rather than the default SipHash: the keys are the file's own header, not an
/// adversary's choice of many colliding names.
type Columns = std::collections::HashMap<String, usize, foldhash::fast::RandomState>;

/// How a table is laid out.
#[derive(Debug, Clone)]
pub struct Layout<'a> {
    /// The field delimiter.
    pub delimiter: u8,
    /// Whether the first row names the columns. Without one, `columns` names them.
    pub has_header: bool,
    /// The column names to use when the file has no header.
    pub columns: &'a [&'a str],
    /// Skip rows whose every non-empty field is a `#tag` (HXL hashtag rows in HDX files).
    pub skip_hash_rows: bool,
    /// Lines of the file before these bytes (a preamble cut off before the header), so that line numbers
    /// count from the top of the file.
    pub lines_before: u64,
}

impl Default for Layout<'_> {
    fn default() -> Self {
        Layout {
            delimiter: b',',
            has_header: true,
            columns: &[],
            skip_hash_rows: false,
            lines_before: 0,
        }
    }
}

/// A table being read, from bytes in memory or from any reader.
pub struct Table<'a, R = &'a [u8]> {
    file: &'a str,
    /// Always present; taken only while it is rebuilt after a quote that is never closed.
    reader: Option<csv::Reader<Lines<R>>>,
    /// The field delimiter, to rebuild the reader.
    delimiter: u8,
    columns: Columns,
    names: Vec<String>,
    record: csv::StringRecord,
    /// The line `record` starts on.
    line: u64,
    /// The record after `record`, read early to see whether it completes a short record before it.
    ahead: csv::StringRecord,
    /// The line `ahead` starts on, while it holds a record not yet handed out.
    ahead_line: Option<u64>,
    /// The fields every record must have: the header's, or without a header the first record's.
    n_fields: Option<usize>,
    number: u64,
    skip_hash_rows: bool,
    /// Line ends in the file when known in advance (bytes in memory), to reserve for its rows.
    n_line_ends: usize,
    /// The line of the record just skipped because its bytes are not UTF-8, until taken.
    not_utf8: Option<u64>,
    /// A record that is not UTF-8, met while looking ahead for a short record's completion: its line
    /// and error, handed out as the next record's.
    ahead_not_utf8: Option<(u64, IngestError)>,
}

/// One row of a table, with what is needed to position an error in it.
pub struct Row<'t> {
    file: &'t str,
    columns: &'t Columns,
    names: &'t [String],
    record: &'t csv::StringRecord,
    /// The fields a row of this table has.
    n_fields: usize,
    /// The 1-based line the row starts on.
    pub line: u64,
    /// The 1-based record number, headers and skipped rows not counted.
    pub number: u64,
}

/// Whether a row is an HXL hashtag row: every non-empty field is a `#tag`, and there is at least one.
fn is_hashtag_row(record: &csv::StringRecord) -> bool {
    let mut tags = record
        .iter()
        .map(str::trim)
        .filter(|f| !f.is_empty())
        .peekable();
    tags.peek().is_some() && tags.all(|f| f.starts_with('#'))
}

/// Strips a UTF-8 byte-order mark.
pub fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// Describes a CSV error; `record` is the number of the data record being read (0 for the header).
fn malformed<R: Read>(
    file: &str,
    error: &csv::Error,
    lines: &mut Lines<R>,
    record: u64,
) -> IngestError {
    let position = |pos: &Option<csv::Position>, lines: &mut Lines<R>| {
        let line = pos.as_ref().map_or(0, |p| lines.line_at(p.byte()));
        if record == 0 {
            format!("line {line} (the header)")
        } else {
            format!("record {record} (line {line})")
        }
    };
    let message = match error.kind() {
        csv::ErrorKind::Utf8 { pos, .. } => format!(
            "{}: the text is not UTF-8; save the file as UTF-8",
            position(pos, lines)
        ),
        _ => error.to_string(),
    };
    IngestError::Malformed {
        file: file.to_string(),
        message,
    }
}

impl<'a> Table<'a> {
    /// Opens a table over `bytes`.
    pub fn new(
        file: &'a str,
        bytes: &'a [u8],
        layout: &Layout<'_>,
    ) -> Result<Table<'a>, IngestError> {
        let mut table = Table::from_reader(file, bytes, layout)?;
        table.n_line_ends = memchr::memchr_iter(b'\n', bytes).count();
        Ok(table)
    }
}

impl<'a, R: Read> Table<'a, R> {
    /// Opens a table over `reader`, read as the rows are asked for: a file of any size is read in the
    /// memory of one buffer. Reading errors are reported as malformed input at the record being read.
    ///
    /// A header that names two columns alike is refused, in either mode, since one of them would be
    /// read and the other silently passed over.
    pub fn from_reader(
        file: &'a str,
        reader: R,
        layout: &Layout<'_>,
    ) -> Result<Table<'a, R>, IngestError> {
        let mut lines = Lines::new(reader);
        lines.line += layout.lines_before;
        // Kept until the mode is known: a lenient read keeps them (see `keep_records`).
        lines.keep = true;
        // The reader takes records of any length: the table checks each against the header itself, so
        // that a short record can be told apart from one split over two lines before it is reported.
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(layout.delimiter)
            .has_headers(layout.has_header)
            .flexible(true)
            .buffer_capacity(1 << 18)
            .from_reader(lines);
        let names: Vec<String> = if layout.has_header {
            let headers = reader.headers().cloned();
            headers
                .map_err(|e| malformed(file, &e, reader.get_mut(), 0))?
                .iter()
                .map(|h| h.trim().to_string())
                .collect()
        } else {
            layout.columns.iter().map(|c| c.to_string()).collect()
        };
        let columns = index_columns(file, &names, &names)?;
        Ok(Table {
            file,
            reader: Some(reader),
            delimiter: layout.delimiter,
            columns,
            n_fields: layout.has_header.then_some(names.len()),
            names,
            record: csv::StringRecord::new(),
            line: 0,
            ahead: csv::StringRecord::new(),
            ahead_line: None,
            number: 0,
            skip_hash_rows: layout.skip_hash_rows,
            n_line_ends: 0,
            not_utf8: None,
            ahead_not_utf8: None,
        })
    }

    /// The column names, as read from the header or given.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Gives the columns new names, in order (for sources whose headers say the same thing in other words).
    /// Two columns that the new names make alike are refused, as in a header.
    pub fn rename(&mut self, names: &[String]) -> Result<(), IngestError> {
        self.columns = index_columns(self.file, names, &self.names)?;
        self.names = names.to_vec();
        Ok(())
    }

    /// Fails unless every one of `required` is a column; the hint lists them.
    pub fn require(&self, required: &[&str], format: &str) -> Result<(), IngestError> {
        if let Some(missing) = required.iter().find(|c| !self.columns.contains_key(**c)) {
            return Err(IngestError::Header {
                file: self.file.to_string(),
                message: format!("required column `{missing}` is missing"),
                hint: format!("{format} files have the columns {}", required.join(", ")),
            });
        }
        Ok(())
    }

    /// Reads the next row, or `None` at the end. A row with more or fewer fields than the header is an
    /// error here; [`collect`] reads rows its own way, to tell a record split over two lines from one that
    /// is only short.
    pub fn next_row(&mut self) -> Result<Option<Row<'_>>, IngestError> {
        if self.next_record()? {
            if let Some(error) = self.row().wrong_length() {
                return Err(error);
            }
            return Ok(Some(self.row()));
        }
        Ok(None)
    }

    /// Moves to the next record, of whatever length; `false` at the end.
    fn next_record(&mut self) -> Result<bool, IngestError> {
        if let Some((line, error)) = self.ahead_not_utf8.take() {
            self.number += 1;
            self.not_utf8 = Some(line);
            return Err(error);
        }
        let line = match self.ahead_line.take() {
            Some(line) => {
                std::mem::swap(&mut self.record, &mut self.ahead);
                line
            }
            None => match read_record(
                self.reader.as_mut().expect("the reader is present"),
                self.file,
                self.skip_hash_rows,
                self.number + 1,
                &mut self.record,
            ) {
                Ok(Some(line)) => line,
                Ok(None) => return Ok(false),
                Err((error, not_utf8)) => {
                    // A record whose bytes are not UTF-8 is consumed whole; its number is spent.
                    if not_utf8.is_some() {
                        self.number += 1;
                        self.not_utf8 = not_utf8;
                    }
                    return Err(error);
                }
            },
        };
        self.n_fields.get_or_insert(self.record.len());
        self.number += 1;
        self.line = line;
        if let (Some(position), Some(reader)) = (self.record.position(), self.reader.as_mut()) {
            reader.get_mut().release(position.byte());
        }
        Ok(true)
    }

    /// Whether to keep the bytes of each record while it is read, so that [`Table::unclosed_quote`]
    /// can read again what a quote that is never closed swallowed: a lenient read keeps them, a strict
    /// one, which stops at such a record, does not.
    fn keep_records(&mut self, keep: bool) {
        if let Some(reader) = self.reader.as_mut() {
            let lines = reader.get_mut();
            lines.keep = keep;
            if !keep {
                lines.kept = Vec::new();
            }
        }
    }

    /// When a field of the current record holds a line break and the record is ragged, or a line inside
    /// the field holds a whole record's delimiters, a quote on its first line was most likely never
    /// closed and swallowed the lines after it: the first line alone is returned (to be set aside), and
    /// reading starts again at the next line, as if the record had ended there. `None` when the record
    /// is not of that kind, or its bytes were not kept.
    fn unclosed_quote(&mut self) -> Option<String> {
        let n_fields = self.n_fields?;
        // A field that holds a line break is a quoted one; it swallowed records when the record came
        // out ragged, or when a line inside it has a whole record's delimiters.
        let delimiter = char::from(self.delimiter);
        let swallowed = |field: &str| {
            field.contains('\n')
                && (self.record.len() != n_fields
                    || n_fields >= 3
                        && field
                            .lines()
                            .skip(1)
                            .any(|line| line.matches(delimiter).count() == n_fields - 1))
        };
        if !self.record.iter().any(swallowed) {
            return None;
        }
        let start = self.record.position()?.byte();
        if !self.reader.as_mut()?.get_mut().keep
            || start < self.reader.as_mut()?.get_mut().kept_from
        {
            return None;
        }
        let reader = self.reader.take()?;
        let mut lines = reader.into_inner();
        let mut from = (start - lines.kept_from) as usize;
        // After a CRLF line end the reader's offset points at the `\n` before the record.
        if lines.kept.get(from) == Some(&b'\n') {
            from += 1;
        }
        let Some(end) = lines
            .kept
            .get(from..)
            .and_then(|rest| memchr::memchr(b'\n', rest))
        else {
            self.reader = Some(self.rebuilt(lines));
            return None;
        };
        let first_line = String::from_utf8_lossy(&lines.kept[from..from + end])
            .trim_end_matches('\r')
            .to_string();
        lines.restart_at(lines.kept_from + (from + end + 1) as u64, self.line + 1);
        lines.keep = true;
        self.reader = Some(self.rebuilt(lines));
        self.ahead_line = None;
        Some(first_line)
    }

    /// A reader of records without a header over `lines`.
    fn rebuilt(&self, lines: Lines<R>) -> csv::Reader<Lines<R>> {
        csv::ReaderBuilder::new()
            .delimiter(self.delimiter)
            .has_headers(false)
            .flexible(true)
            .buffer_capacity(1 << 18)
            .from_reader(lines)
    }

    /// The current record.
    fn row(&self) -> Row<'_> {
        Row {
            file: self.file,
            columns: &self.columns,
            names: &self.names,
            record: &self.record,
            n_fields: self.n_fields.unwrap_or(self.record.len()),
            line: self.line,
            number: self.number,
        }
    }

    /// Looks at the record after a short bad one to see whether the two are one record broken over two
    /// lines.
    ///
    /// The next line completes the short one when its own fields before their padding fit in what the
    /// short one lacks (one field is shared, the one the line break fell in) and it is not a record on its
    /// own: it has the wrong number of fields, or `read` refuses it. A next record that `read` takes is
    /// handed back, read, so that it is read once; one that does not fit is left for [`Table::next_record`].
    fn completion<T>(
        &mut self,
        short: &BadRecord,
        read: &mut impl FnMut(&Row<'_>) -> Result<T, RowError>,
    ) -> Result<Completion<T>, IngestError> {
        let line = match read_record(
            self.reader.as_mut().expect("the reader is present"),
            self.file,
            self.skip_hash_rows,
            self.number + 1,
            &mut self.ahead,
        ) {
            Ok(Some(line)) => line,
            Ok(None) => return Ok(Completion::None),
            // The next record is not UTF-8: it completes nothing, and is handed out in its turn.
            Err((error, Some(line))) => {
                self.ahead_not_utf8 = Some((line, error));
                return Ok(Completion::None);
            }
            Err((error, None)) => return Err(error),
        };
        self.ahead_line = Some(line);
        let n_fields = self.n_fields.unwrap_or(self.ahead.len());
        let next = Row {
            file: self.file,
            columns: &self.columns,
            names: &self.names,
            record: &self.ahead,
            n_fields,
            line,
            number: self.number + 1,
        };
        let n_values = next.n_values();
        // A line with no values completes nothing, and one with the header's width of them is a record.
        if n_values == 0 || n_values >= n_fields || short.n_values + n_values > n_fields + 1 {
            return Ok(Completion::None);
        }
        if next.record.len() == n_fields
            && let Ok(value) = read(&next)
        {
            self.ahead_line = None;
            self.number += 1;
            return Ok(Completion::Kept(value));
        }
        let raw = next.raw();
        self.ahead_line = None;
        Ok(Completion::Split {
            error: RowError {
                file: self.file.to_string(),
                line: short.line,
                record: short.number,
                field: "row".to_string(),
                column: None,
                value: format!("{} fields", short.n_values),
                expected: if short.padded {
                    format!(
                        "{n_fields} fields as in the header (the {} after them are empty)",
                        n_fields - short.n_values
                    )
                } else {
                    format!("{n_fields} fields as in the header")
                },
                hint: format!(
                    "the record appears split over lines {first} and {line} by an unquoted line break: line {first} stops after {} fields, and line {line}, no record on its own, holds {n_values} more; join the two lines into one record of {n_fields} fields{}, or quote the field that holds the line break, and read the file again",
                    short.n_values,
                    if short.padded {
                        " without the empty fields that pad them"
                    } else {
                        ""
                    },
                    first = short.line,
                ),
            },
            raw: format!("{}\n{raw}", short.raw),
        })
    }
}

/// Reads the next record that is not skipped into `record`; the line it starts on, or `None` at the end.
/// `number` is the record's number, for a reading error. A record whose bytes are not UTF-8 is an error
/// that carries its line too: the reader has passed it, and a lenient read goes on after it.
fn read_record<R: Read>(
    reader: &mut csv::Reader<Lines<R>>,
    file: &str,
    skip_hash_rows: bool,
    number: u64,
    record: &mut csv::StringRecord,
) -> Result<Option<u64>, (IngestError, Option<u64>)> {
    loop {
        match reader.read_record(record) {
            Ok(false) => return Ok(None),
            Ok(true) => {}
            Err(error) => {
                let not_utf8 = match error.kind() {
                    csv::ErrorKind::Utf8 { pos, .. } => Some(
                        pos.as_ref()
                            .map_or(0, |p| reader.get_mut().line_at(p.byte())),
                    ),
                    _ => None,
                };
                return Err((malformed(file, &error, reader.get_mut(), number), not_utf8));
            }
        }
        if skip_hash_rows && is_hashtag_row(record) {
            continue;
        }
        return Ok(Some(
            record
                .position()
                .map_or(0, |p| reader.get_mut().line_at(p.byte())),
        ));
    }
}

/// Indexes columns by name, refusing two columns of one name: fields are looked up by name, so one of
/// them would be read and the other silently passed over. `spelled` are the names as the header wrote
/// them, which differ from `names` where a format reads its headers in its own words.
///
/// Unnamed columns may repeat: spreadsheets add them for trailing delimiters, and nothing is read by an
/// empty name.
fn index_columns(file: &str, names: &[String], spelled: &[String]) -> Result<Columns, IngestError> {
    let mut columns = Columns::default();
    for (index, name) in names.iter().enumerate() {
        if name.is_empty() {
            continue;
        }
        if let Some(&first) = columns.get(name) {
            let as_written = match (spelled.get(first), spelled.get(index)) {
                (Some(a), Some(b)) if a != name || b != name => {
                    format!(" (written `{a}` and `{b}`)")
                }
                _ => String::new(),
            };
            return Err(IngestError::Header {
                file: file.to_string(),
                message: format!(
                    "columns {} and {} are both named `{name}`{as_written}",
                    first + 1,
                    index + 1
                ),
                hint: "each column needs a name of its own, or it is unknown which one holds the values; rename or remove one of the two and read the file again".to_string(),
            });
        }
        columns.insert(name.clone(), index);
    }
    Ok(columns)
}

/// A bad record, kept while the record after it is looked at.
struct BadRecord {
    line: u64,
    number: u64,
    /// Its fields up to the last that holds a value (all of them when it has too few).
    n_values: usize,
    /// The fields a record of its table has.
    n_fields: usize,
    /// Whether it has the header's number of fields, those after its values empty.
    padded: bool,
    /// The fields it has, empty ones included.
    n_fields_found: usize,
    raw: String,
}

impl BadRecord {
    fn of(row: &Row<'_>) -> BadRecord {
        BadRecord {
            line: row.line,
            number: row.number,
            n_values: row.n_values(),
            n_fields: row.n_fields,
            padded: row.record.len() == row.n_fields,
            n_fields_found: row.record.len(),
            raw: row.raw(),
        }
    }
}

/// What follows a short bad record.
enum Completion<T> {
    /// The next line completes it: the two lines are one record split by a line break.
    Split { error: RowError, raw: String },
    /// The next record stands on its own, and was read.
    Kept(T),
    /// Nothing to do with it: the end of the table, or a record left to be read in turn.
    None,
}

impl<'t> Row<'t> {
    /// The trimmed value of a column, or `""` when the column is absent.
    pub fn get(&self, column: &str) -> &'t str {
        self.columns
            .get(column)
            .and_then(|&i| self.record.get(i))
            .map_or("", str::trim)
    }

    /// Whether the table has this column.
    pub fn has(&self, column: &str) -> bool {
        self.columns.contains_key(column)
    }

    /// An error about `field` in this row.
    pub fn error(
        &self,
        field: &str,
        expected: impl Into<String>,
        hint: impl Into<String>,
    ) -> RowError {
        RowError {
            file: self.file.to_string(),
            line: self.line,
            record: self.number,
            field: field.to_string(),
            column: self.columns.get(field).map(|index| index + 1),
            value: self.get(field).to_string(),
            expected: expected.into(),
            hint: hint.into(),
        }
    }

    /// The value of a column that must not be empty.
    pub fn required(&self, column: &str) -> Result<&'t str, RowError> {
        match self.get(column) {
            "" => Err(self.error(column, "a value, not an empty field", "")),
            value => Ok(value),
        }
    }

    /// Parses a column that must hold a `T`.
    pub fn parse<T: FromStr>(&self, column: &str, expected: &str) -> Result<T, RowError> {
        self.get(column)
            .parse()
            .map_err(|_| self.error(column, expected, ""))
    }

    /// Parses a column that may be empty.
    pub fn parse_optional<T: FromStr>(
        &self,
        column: &str,
        expected: &str,
    ) -> Result<Option<T>, RowError> {
        match self.get(column) {
            "" => Ok(None),
            text => text
                .parse()
                .map(Some)
                .map_err(|_| self.error(column, expected, "")),
        }
    }

    /// The row's fields joined by commas, for a quarantine report.
    pub fn raw(&self) -> String {
        self.record.iter().collect::<Vec<_>>().join(",")
    }

    /// The row's fields up to the last that holds a value: all of them when it has fewer than the header,
    /// else up to its last non-empty one, since a spreadsheet pads a short row to the header's width.
    fn n_values(&self) -> usize {
        if self.record.len() < self.n_fields {
            return self.record.len();
        }
        (0..self.record.len())
            .rev()
            .find(|&index| !self.record[index].trim().is_empty())
            .map_or(0, |index| index + 1)
    }

    /// The error for a row with more or fewer fields than the header, if it has.
    fn wrong_length(&self) -> Option<IngestError> {
        // A field that holds a line break came from a quote: one never closed swallows the lines after it.
        let cause = if self.record.iter().any(|f| f.contains('\n')) {
            format!(
                "a quote on line {} seems never to be closed, so the lines after it were read into one field; close or double the quote (`\"\"` inside a quoted field), or read the file with --lenient to set that line aside",
                self.line
            )
        } else {
            "the row may be truncated or have a stray delimiter".to_string()
        };
        (self.record.len() != self.n_fields).then(|| IngestError::Malformed {
            file: self.file.to_string(),
            message: format!(
                "record {} (line {}): it has {} fields, expected {} as in the header; {cause}",
                self.number,
                self.line,
                self.record.len(),
                self.n_fields
            ),
        })
    }

    /// The column names.
    pub fn names(&self) -> &[String] {
        self.names
    }
}

/// Reads every row of `table` through `read`, stopping at the first bad row in strict mode and
/// quarantining bad rows in lenient mode, and counting rows into `options.rows_read` as it goes. A table
/// without data rows is an error: nothing could be stored from it.
pub fn collect<T, R: Read>(
    table: &mut Table<'_, R>,
    options: &crate::Options,
    read: impl FnMut(&Row<'_>) -> Result<T, RowError>,
) -> Result<(Vec<T>, Vec<Quarantined>, u64), IngestError> {
    let mut good = Vec::new();
    let (quarantined, n_rows) = collect_in_batches(table, options, usize::MAX, read, |batch| {
        good = batch;
        std::ops::ControlFlow::Continue(())
    })?;
    Ok((good, quarantined, n_rows))
}

/// A ragged row's error, as a quarantined row carries it.
fn row_length_error(bad: &BadRecord, file: &str) -> RowError {
    RowError {
        file: file.to_string(),
        line: bad.line,
        record: bad.number,
        field: "row".to_string(),
        column: None,
        value: format!("{} fields", bad.n_fields_found),
        expected: format!("{} fields as in the header", bad.n_fields),
        hint: "the row may be truncated or have a stray delimiter".to_string(),
    }
}

/// Reads every row of `table` as [`collect`] does, but hands the good values to `emit` in batches of up
/// to `batch_size` as it goes, so that a consumer can store them while the rest is read. `emit` may stop
/// the reading by returning `Break` (its consumer went away); the counts then cover the rows read so far.
/// Returns the quarantined rows and the number of rows read.
pub fn collect_in_batches<T, R: Read>(
    table: &mut Table<'_, R>,
    options: &crate::Options,
    batch_size: usize,
    mut read: impl FnMut(&Row<'_>) -> Result<T, RowError>,
    mut emit: impl FnMut(Vec<T>) -> std::ops::ControlFlow<()>,
) -> Result<(Vec<Quarantined>, u64), IngestError> {
    // Rows are at most line ends: reserving for them spares copying a vector of a million events as it grows.
    let capacity = match table.n_line_ends {
        0 => batch_size.min(4096),
        n_line_ends => batch_size.min(n_line_ends),
    };
    let mut good = Vec::with_capacity(capacity);
    let mut quarantined = Vec::new();
    let mut n_rows = 0;
    table.keep_records(options.mode == Mode::Lenient);
    let count_row = |n_rows: &mut u64| {
        *n_rows += 1;
        // Progress displays read this counter; a thousand rows at a time keeps it off the hot path.
        if n_rows.is_multiple_of(1024)
            && let Some(rows_read) = &options.rows_read
        {
            rows_read.fetch_add(1024, std::sync::atomic::Ordering::Relaxed);
        }
    };
    loop {
        match table.next_record() {
            Ok(true) => {}
            Ok(false) => break,
            // A row that is not UTF-8 stops a strict read; a lenient one sets it aside and goes on.
            Err(error) => match table.not_utf8.take() {
                Some(line) if options.mode == Mode::Lenient => {
                    count_row(&mut n_rows);
                    quarantined.push(Quarantined {
                        error: RowError {
                            file: table.file.to_string(),
                            line,
                            record: table.number,
                            field: "row".to_string(),
                            column: None,
                            value: "bytes that are not UTF-8".to_string(),
                            expected: "UTF-8 text".to_string(),
                            hint: "the row was saved in another encoding (often Latin-1 or Windows-1252); save the file as UTF-8".to_string(),
                        },
                        raw: String::new(),
                    });
                    continue;
                }
                _ => return Err(error),
            },
        }
        count_row(&mut n_rows);
        // A quote never closed swallows the lines after it into one ragged record: a lenient read sets
        // its first line aside and reads the rest again.
        if options.mode == Mode::Lenient
            && let Some(first_line) = table.unclosed_quote()
        {
            quarantined.push(Quarantined {
                error: RowError {
                    file: table.file.to_string(),
                    line: table.line,
                    record: table.number,
                    field: "row".to_string(),
                    column: None,
                    value: "a quoted field that is never closed".to_string(),
                    expected: "a closing quote on the same line, or a quote doubled inside a quoted field"
                        .to_string(),
                    hint: "a `\"` on this line opens a quoted field that no later quote closes, which swallowed the lines after it; the lines after it were read again on their own".to_string(),
                },
                raw: first_line,
            });
            continue;
        }
        let row = table.row();
        // A row of the wrong length is not handed to `read`: its fields would sit under the wrong names.
        let failure = match row.wrong_length() {
            Some(length_error) => Some(Err(length_error)),
            None => match read(&row) {
                Ok(value) => {
                    good.push(value);
                    None
                }
                Err(error) => Some(Ok(error)),
            },
        };
        if let Some(failure) = failure {
            let bad = BadRecord::of(&row);
            let completion = if bad.n_values > 0 && bad.n_values < bad.n_fields {
                table.completion(&bad, &mut read)?
            } else {
                Completion::None
            };
            let (error, raw, kept) = match (completion, failure) {
                (Completion::Split { error, raw }, _) => (error, raw, None),
                // A ragged row (truncated, or with a stray delimiter) stops a strict read; a lenient one
                // sets it aside with its position and keeps the rest of the file.
                (_, Err(length_error)) if options.mode == Mode::Strict => return Err(length_error),
                (_, Err(_)) => (row_length_error(&bad, table.file), bad.raw, None),
                (Completion::Kept(value), Ok(error)) => (error, bad.raw, Some(value)),
                (Completion::None, Ok(error)) => (error, bad.raw, None),
            };
            match options.mode {
                Mode::Strict => return Err(error.into()),
                Mode::Lenient => quarantined.push(Quarantined { error, raw }),
            }
            if let Some(value) = kept {
                count_row(&mut n_rows);
                good.push(value);
            }
        }
        if good.len() >= batch_size {
            let full = std::mem::replace(&mut good, Vec::with_capacity(capacity));
            if emit(full).is_break() {
                return Ok((quarantined, n_rows));
            }
        }
    }
    if n_rows == 0 {
        return Err(IngestError::Empty {
            file: table.file.to_string(),
        });
    }
    // The last batch is handed over even when empty, so that a consumer of one batch always gets it.
    let _ = emit(good);
    Ok((quarantined, n_rows))
}

/// The delimiter among `candidates` that splits a table's header, its first line, into the most fields,
/// counting only those outside quotes; the first candidate when they tie. Spreadsheets save CSV with their
/// locale's list separator, which is `;` wherever the decimal mark is a comma.
pub fn header_delimiter(bytes: &[u8], candidates: &[u8]) -> u8 {
    let mut counts = vec![0usize; candidates.len()];
    let mut quoted = false;
    for &byte in strip_bom(bytes) {
        match byte {
            b'"' => quoted = !quoted,
            b'\n' | b'\r' if !quoted => break,
            _ if !quoted => {
                if let Some(index) = candidates.iter().position(|&c| c == byte) {
                    counts[index] += 1;
                }
            }
            _ => {}
        }
    }
    let mut best = 0;
    for index in 1..candidates.len() {
        if counts[index] > counts[best] {
            best = index;
        }
    }
    candidates.get(best).copied().unwrap_or(b',')
}

/// Reads a date as sources write them: `2024-05-16`, `2024-05-16 00:00:00.000`, `16 May 2024`,
/// `16-May-2024`, or `16-05-2024` (day first). Years outside 1900–2100 are refused.
pub fn parse_date(text: &str) -> Option<chrono::NaiveDate> {
    let text = text.trim();
    if let Some(date) = iso_date(text) {
        return Some(date).filter(|date| (1900..=2100).contains(&chrono::Datelike::year(date)));
    }
    let date_part = text
        .split_once(' ')
        .filter(|(d, _)| d.len() == 10 && d.as_bytes()[4] == b'-')
        .map_or(text, |(d, _)| d);
    let formats = [
        "%Y-%m-%d", "%d %B %Y", "%d %b %Y", "%d-%B-%Y", "%d-%b-%Y", "%d-%m-%Y", "%d/%m/%Y",
        "%Y%m%d",
    ];
    formats
        .iter()
        .find_map(|format| chrono::NaiveDate::parse_from_str(date_part, format).ok())
        .filter(|date| (1900..=2100).contains(&chrono::Datelike::year(date)))
}

/// Reads exactly `YYYY-MM-DD` without going through a format string: most event files write every date
/// so, and the general parser costs a large share of reading them. `None` leaves the text to the others.
fn iso_date(text: &str) -> Option<chrono::NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> Option<u32> {
        bytes[range].iter().try_fold(0u32, |n, &b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        })
    };
    let year = i32::try_from(number(0..4)?).ok()?;
    chrono::NaiveDate::from_ymd_opt(year, number(5..7)?, number(8..10)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines_of(text: &str) -> Vec<u64> {
        let mut table = Table::new("t.csv", text.as_bytes(), &Layout::default()).unwrap();
        let mut lines = Vec::new();
        while let Some(row) = table.next_row().unwrap() {
            lines.push(row.line);
        }
        lines
    }

    #[test]
    fn line_numbers_for_every_line_end() {
        assert_eq!(lines_of("h,a\n1,2\n3,4\n"), [2, 3]);
        assert_eq!(lines_of("h,a\r\n1,2\r\n3,4\r\n"), [2, 3]);
        assert_eq!(lines_of("h,a\n\"x\ny\",2\n3,4\n"), [2, 4]);
        assert_eq!(lines_of("\u{feff}h,a\r\n\"x\r\ny\",2\r\n3,4"), [2, 4]);
    }

    #[test]
    fn dates_as_sources_write_them() {
        let check = |text: &str, expected: Option<&str>| {
            assert_eq!(
                parse_date(text).map(|d| d.to_string()).as_deref(),
                expected,
                "{text}"
            );
        };
        check("2024-05-16", Some("2024-05-16"));
        check("2021-12-31 00:00:00.000", Some("2021-12-31"));
        check("16 May 2025", Some("2025-05-16"));
        check("16-May-2025", Some("2025-05-16"));
        check("16-05-2025", Some("2025-05-16"));
        check("20191024", Some("2019-10-24"));
        check("0025-05-16", None);
        check("2024-02-30", None);
        check("yesterday", None);
    }

    proptest::proptest! {
        #[test]
        fn iso_dates_read_as_the_general_parser_reads_them(y in 0u32..10_000, m in 0u32..14, d in 0u32..33) {
            let text = format!("{y:04}-{m:02}-{d:02}");
            let general = chrono::NaiveDate::parse_from_str(&text, "%Y-%m-%d")
                .ok()
                .filter(|date| (1900..=2100).contains(&chrono::Datelike::year(date)));
            proptest::prop_assert_eq!(parse_date(&text), general);
        }
    }

    #[test]
    fn batches_hand_over_every_row_once_in_order() {
        let mut text = String::from("n\n");
        for i in 1..=10 {
            text.push_str(&format!("{i}\n"));
        }
        let read = |row: &Row<'_>| row.parse::<u32>("n", "a number");
        let options = crate::Options::default();
        let mut table = Table::new("t.csv", text.as_bytes(), &Layout::default()).unwrap();
        let mut batches = Vec::new();
        let (quarantined, n_rows) = collect_in_batches(&mut table, &options, 3, read, |batch| {
            batches.push(batch);
            std::ops::ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!((quarantined.len(), n_rows), (0, 10));
        assert_eq!(
            batches,
            [vec![1, 2, 3], vec![4, 5, 6], vec![7, 8, 9], vec![10]]
        );
        let mut table = Table::new("t.csv", text.as_bytes(), &Layout::default()).unwrap();
        let (all, _, _) = collect(&mut table, &options, read).unwrap();
        assert_eq!(all, batches.concat());
        // A consumer that goes away stops the reading.
        let mut table = Table::new("t.csv", text.as_bytes(), &Layout::default()).unwrap();
        let (_, n_read) = collect_in_batches(&mut table, &options, 3, read, |_| {
            std::ops::ControlFlow::Break(())
        })
        .unwrap();
        assert_eq!(n_read, 3);
    }

    #[test]
    fn duplicate_column_names_are_refused() {
        use crate::{Format, Mode, Options};
        let check = |format: Format, header: &str, message: &str| {
            // A header is not a row: lenient mode refuses it too.
            for mode in [Mode::Strict, Mode::Lenient] {
                let options = Options {
                    mode,
                    ..Options::default()
                };
                let text = format!("{header}\n");
                let error = crate::parse(format, "d.csv", text.as_bytes(), &options)
                    .unwrap_err()
                    .to_string();
                assert_eq!(
                    error,
                    format!(
                        "d.csv: line 1: {message}\nhint: each column needs a name of its own, or it is unknown which one holds the values; rename or remove one of the two and read the file again"
                    ),
                    "{format}, {mode:?}"
                );
            }
        };
        check(
            Format::Acled,
            "event_id_cnty,event_date,year,time_precision,event_type,country,year",
            "columns 3 and 7 are both named `year`",
        );
        check(
            Format::AcledDeletions,
            "event_id_cnty,deleted_timestamp,event_id_cnty",
            "columns 1 and 3 are both named `event_id_cnty`",
        );
        check(
            Format::Comtrade,
            "refYear,reporterCode,partnerCode,flowCode,primaryValue,primaryValue",
            "columns 5 and 6 are both named `primaryValue`",
        );
        check(
            Format::Comtrade,
            "refYear,reporterCode,partnerCode,flowCode,primaryValue,cifValue,CIFValue",
            "columns 6 and 7 are both named `cifvalue` (written `cifValue` and `CIFValue`)",
        );
        check(
            Format::Survey,
            "country_iso3,wave,question,response,share,wave",
            "columns 2 and 6 are both named `wave`",
        );
        check(
            Format::UcdpGed,
            "id,year,type_of_violence,dyad_name,side_a,side_b,best,best",
            "columns 7 and 8 are both named `best`",
        );
        check(
            Format::UcdpBrd,
            "conflict_id,dyad_id,year,bd_best,bd_low,bd_high,year",
            "columns 3 and 7 are both named `year`",
        );
        check(
            Format::UcdpAcd,
            "conflict_id;location;side_a;side_b;year;intensity_level;year",
            "columns 5 and 7 are both named `year`",
        );
        check(
            Format::Unhcr,
            "year,coo_name,coo,coo_iso,coa_name,coa,coa_iso,refugees,coo_iso",
            "columns 4 and 9 are both named `coo_iso`",
        );
        check(
            Format::Wdi,
            "Country Name,Country Code,Indicator Name,Indicator Code,2021,2022,2021",
            "columns 5 and 7 are both named `2021`",
        );
        check(
            Format::Figures,
            "indicator,subject,period,value,unit,publisher,dataset,vintage,value",
            "columns 4 and 9 are both named `value`",
        );
        check(
            Format::GdeltMentions,
            "GLOBALEVENTID,EventTimeDate,MentionTimeDate,GLOBALEVENTID",
            "columns 1 and 4 are both named `GLOBALEVENTID`",
        );
    }

    #[test]
    fn unnamed_columns_may_repeat() {
        // Spreadsheets write a trailing delimiter or two; nothing is read by an empty name.
        let mut table = Table::new("t.csv", b"a,b,,\n1,2,,\n", &Layout::default()).unwrap();
        assert_eq!(table.next_row().unwrap().unwrap().get("b"), "2");
    }

    /// Reads `text` leniently, a row being good when its column `b` is not empty; the kept values of `a`,
    /// and each quarantined record as `record/line: raw`.
    fn lenient(text: &str) -> (Vec<String>, Vec<String>, u64) {
        let options = crate::Options {
            mode: Mode::Lenient,
            ..crate::Options::default()
        };
        let mut table = Table::new("t.csv", text.as_bytes(), &Layout::default()).unwrap();
        let (kept, quarantined, n_rows) = collect(&mut table, &options, |row| {
            row.required("b").map(|_| row.get("a").to_string())
        })
        .unwrap();
        let quarantined = quarantined
            .iter()
            .map(|q| format!("{}/{}: {}", q.error.record, q.error.line, q.raw))
            .collect();
        (kept, quarantined, n_rows)
    }

    #[test]
    fn a_quote_never_closed_sets_aside_its_line_and_keeps_the_rest() {
        // Line 3 opens a quote that nothing closes: before, it swallowed every line after it.
        let text = "a,b,c\n1,x,y\n2,\"open,y\n3,x,y\n4,,y\n5,x,y\n";
        let (kept, quarantined, n_rows) = lenient(text);
        assert_eq!(kept, ["1", "3", "5"]);
        // The unclosed line alone is set aside, and the bad row after it keeps its own line number.
        assert_eq!(quarantined, ["2/3: 2,\"open,y", "4/5: 4,,y"]);
        assert_eq!(n_rows, 5);
        // CRLF line ends, and a quote that a later quote closes: the swallowed lines are read again too.
        let text = "a,b,c\r\n1,x,y\r\n2,\"open,y\r\n3,x,y\r\n4,\"q\",y\r\n5,x,y\r\n";
        let (kept, quarantined, _) = lenient(text);
        assert_eq!(kept, ["1", "3", "4", "5"], "{quarantined:?}");
        assert_eq!(quarantined, ["2/3: 2,\"open,y"]);
        // A quoted field that holds a line break in a good record is kept whole.
        let (kept, quarantined, _) = lenient("a,b,c\n1,\"two\nlines\",y\n2,x,y\n");
        assert_eq!(
            (kept, quarantined),
            (vec!["1".to_string(), "2".to_string()], vec![])
        );
    }

    #[test]
    fn a_quote_never_closed_is_found_far_into_a_large_file() {
        // Past the reader's first buffer, so that the kept bytes are trimmed as records pass.
        let mut text = String::from("a,b,c\n");
        for i in 0..20_000 {
            text.push_str(&format!("{i},xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx,y\n"));
        }
        text.push_str("bad,\"open,y\n");
        for i in 20_000..20_010 {
            text.push_str(&format!("{i},x,y\n"));
        }
        let (kept, quarantined, _) = lenient(&text);
        assert_eq!(kept.len(), 20_010);
        assert_eq!(quarantined, ["20001/20002: bad,\"open,y"]);
    }

    #[test]
    fn a_record_split_over_two_lines_is_one_bad_record() {
        let header = "a,b,c,d,e\n";
        // Broken inside its first field, unpadded: 2 fields, then 4 that end it.
        let (kept, quarantined, n_rows) = lenient(&format!("{header}1,x\ny,3,4,5\n6,x,1,1,1\n"));
        assert_eq!(kept, ["6"]);
        assert_eq!(quarantined, ["1/2: 1,x\ny,3,4,5"]);
        assert_eq!(n_rows, 2);
        // Padded to the header's width, as a spreadsheet saves it.
        let (kept, quarantined, _) = lenient(&format!("{header}1,,,,\n,,3,4,\n6,x,1,1,1\n"));
        assert_eq!(kept, ["6"]);
        assert_eq!(quarantined, ["1/2: 1,,,,\n,,3,4,"]);
        // Strict mode names both lines.
        let mut table = Table::new(
            "t.csv",
            b"a,b,c,d,e\n6,x,1,1,1\n1,x\ny,3,4,5\n",
            &Layout::default(),
        )
        .unwrap();
        let error = collect(&mut table, &crate::Options::default(), |row| {
            row.required("b").map(|_| ())
        })
        .unwrap_err()
        .to_string();
        assert!(
            error.starts_with("t.csv: record 2 (line 3): field `row` is `2 fields`, expected 5 fields as in the header\nhint: the record appears split over lines 3 and 4"),
            "{error}"
        );
    }

    #[test]
    fn a_sparse_good_row_after_a_short_bad_one_is_kept() {
        let header = "a,b,c,d,e\n";
        // The second row could complete the first, but it reads on its own: it is kept, and read once.
        let (kept, quarantined, n_rows) = lenient(&format!("{header}1,,,,\n2,x,,,\n3,x,1,1,1\n"));
        assert_eq!(kept, ["2", "3"]);
        assert_eq!(quarantined, ["1/2: 1,,,,"]);
        assert_eq!(n_rows, 3);
        // A short row followed by a full one is only short: a lenient read sets it aside and keeps the
        // full one; a strict read stops at it.
        let bytes = b"a,b,c,d,e\n1,x\n3,x,1,1,1\n";
        let mut table = Table::new("t.csv", bytes, &Layout::default()).unwrap();
        let options = crate::Options {
            mode: Mode::Lenient,
            ..crate::Options::default()
        };
        let (kept, quarantined, _) = collect(&mut table, &options, |row| {
            row.required("a").map(str::to_string)
        })
        .unwrap();
        assert_eq!(kept, ["3"]);
        assert_eq!(quarantined.len(), 1);
        assert_eq!(quarantined[0].error.value, "2 fields");
        assert_eq!(quarantined[0].error.line, 2);
        let mut table = Table::new("t.csv", bytes, &Layout::default()).unwrap();
        let error = collect(&mut table, &crate::Options::default(), |row| {
            row.required("b").map(|_| ())
        })
        .unwrap_err()
        .to_string();
        assert_eq!(
            error,
            "t.csv: record 1 (line 2): it has 2 fields, expected 5 as in the header; the row may be truncated or have a stray delimiter"
        );
    }

    #[test]
    fn header_delimiters() {
        let check = |head: &str, expected: u8| {
            assert_eq!(header_delimiter(head.as_bytes(), b",;"), expected, "{head}");
        };
        check("a,b,c\n1;2;3", b',');
        check("a;b;c\r\n1,2", b';');
        check("\u{feff}a;b", b';');
        check("\"x;y\",b", b',');
        check("abc", b',');
    }

    #[test]
    fn truncated_rows_are_positioned() {
        let mut table = Table::new("t.csv", b"a,b,c\n1,2,3\n4,5\n", &Layout::default()).unwrap();
        assert!(table.next_row().unwrap().is_some());
        let error = table.next_row().err().unwrap();
        assert_eq!(
            error.to_string(),
            "t.csv: record 2 (line 3): it has 2 fields, expected 3 as in the header; the row may be truncated or have a stray delimiter"
        );
    }
}
