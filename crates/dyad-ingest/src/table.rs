//! Reads delimited tables by column name, with true line numbers, for every CSV-like format.
//!
//! The formats differ in their columns, not in how a table is read: a byte-order mark is dropped,
//! CRLF and LF are both line ends, quoted fields may hold delimiters, quotes and newlines, and every
//! row error names its file, record, line and field. [`collect`] applies strict or lenient mode the same
//! way for all of them.

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
        }
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
            _ => self.inner.read(buffer)?,
        };
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
    reader: csv::Reader<Lines<R>>,
    columns: Columns,
    names: Vec<String>,
    record: csv::StringRecord,
    number: u64,
    skip_hash_rows: bool,
    /// Line ends in the file when known in advance (bytes in memory), to reserve for its rows.
    n_line_ends: usize,
}

/// One row of a table, with what is needed to position an error in it.
pub struct Row<'t> {
    file: &'t str,
    columns: &'t Columns,
    names: &'t [String],
    record: &'t csv::StringRecord,
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
        csv::ErrorKind::UnequalLengths {
            pos,
            expected_len,
            len,
        } => format!(
            "{}: it has {len} fields, expected {expected_len} as in the header; the row may be truncated or have a stray delimiter",
            position(pos, lines)
        ),
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
    pub fn from_reader(
        file: &'a str,
        reader: R,
        layout: &Layout<'_>,
    ) -> Result<Table<'a, R>, IngestError> {
        let mut lines = Lines::new(reader);
        lines.line += layout.lines_before;
        let mut reader = csv::ReaderBuilder::new()
            .delimiter(layout.delimiter)
            .has_headers(layout.has_header)
            .flexible(false)
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
        let mut columns = Columns::default();
        for (index, name) in names.iter().enumerate() {
            columns.entry(name.clone()).or_insert(index);
        }
        Ok(Table {
            file,
            reader,
            columns,
            names,
            record: csv::StringRecord::new(),
            number: 0,
            skip_hash_rows: layout.skip_hash_rows,
            n_line_ends: 0,
        })
    }

    /// The column names, as read from the header or given.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Gives the columns new names, in order (for sources whose headers say the same thing in other words).
    pub fn rename(&mut self, names: &[String]) {
        self.names = names.to_vec();
        self.columns.clear();
        for (index, name) in self.names.iter().enumerate() {
            self.columns.entry(name.clone()).or_insert(index);
        }
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

    /// Reads the next row, or `None` at the end.
    pub fn next_row(&mut self) -> Result<Option<Row<'_>>, IngestError> {
        loop {
            match self.reader.read_record(&mut self.record) {
                Ok(false) => return Ok(None),
                Ok(true) => {}
                Err(error) => {
                    return Err(malformed(
                        self.file,
                        &error,
                        self.reader.get_mut(),
                        self.number + 1,
                    ));
                }
            }
            if self.skip_hash_rows && is_hashtag_row(&self.record) {
                continue;
            }
            self.number += 1;
            let line = self
                .record
                .position()
                .map_or(0, |p| self.reader.get_mut().line_at(p.byte()));
            return Ok(Some(Row {
                file: self.file,
                columns: &self.columns,
                names: &self.names,
                record: &self.record,
                line,
                number: self.number,
            }));
        }
    }
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
    while let Some(row) = table.next_row()? {
        n_rows += 1;
        // Progress displays read this counter; a thousand rows at a time keeps it off the hot path.
        if n_rows % 1024 == 0
            && let Some(rows_read) = &options.rows_read
        {
            rows_read.fetch_add(1024, std::sync::atomic::Ordering::Relaxed);
        }
        match read(&row) {
            Ok(value) => good.push(value),
            Err(error) => match options.mode {
                Mode::Strict => return Err(error.into()),
                Mode::Lenient => quarantined.push(Quarantined {
                    error,
                    raw: row.raw(),
                }),
            },
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
