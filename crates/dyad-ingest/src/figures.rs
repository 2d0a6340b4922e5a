//! Reads dyad's tidy figures CSV: one figure per row, typed in from any PDF, web page or table.
//!
//! # What it reads
//! A UTF-8 CSV file (a byte-order mark and CRLF line ends are accepted) with a header row. Columns are
//! matched by name, in any order:
//!
//! | column | required | meaning |
//! |---|---|---|
//! | `indicator` | yes | dotted lower-case name, such as `refugees.registered` |
//! | `subject` | yes | `PAK`, `PAK→AFG` (or `PAK->AFG`), `PAK-AFG`, `PAK/Punjab`, an actor pair |
//! | `period` | yes | `2023`, `FY2022-23`, `2023-H1`, `2023-Q2`, `2023-05`, `2022-07-01..2023-02-28`, or `undated` |
//! | `value` | yes | a number (`1987717`, `13.4`), `~1600` (approximate), `88-175` (range); any text when the unit is `text` |
//! | `unit` | yes | `persons`, `USD million`, `percent`, `events`, `deaths`, `text`, … |
//! | `publisher` | yes | who published the figure |
//! | `dataset` | yes | the dataset or document it comes from |
//! | `vintage` | yes | the release: a label or a publication date |
//! | `status` | no | `observed` (the default), `estimate`, `projection` or `claimed` |
//! | `concept`, `basis`, `agency` | no | what is counted, how, and by which agency |
//! | `vintage_date` | no | the release date, `YYYY-MM-DD` |
//! | `url`, `licence`, `locator`, `note` | no | where to find it, its terms, where in the source, remarks |
//!
//! # Inputs
//! The file's bytes and its name (for messages).
//!
//! # Caveats
//! - Numbers never carry thousands separators: `1,234` is rejected rather than guessed.
//! - A figure without a date must say `undated`; an empty period is an error, so that a forgotten
//!   period cannot pass as an undated one.
//!
//! # References
//! The bundled evidence in `data/pak-afg/` is written in this format by `cargo xtask data`.

use std::collections::HashMap;

use dyad_model::observation::VALUE_FORMS;
use dyad_model::pair::normalize_subject;
use dyad_model::period::PERIOD_FORMS;
use dyad_model::{Observation, Period, SourceRef, Status, Value};

use crate::{LineCounter, Mode, Parsed, Quarantined, Record, RowError};

/// Every column the format knows, required ones first.
pub const COLUMNS: [&str; 17] = [
    "indicator",
    "subject",
    "period",
    "value",
    "unit",
    "publisher",
    "dataset",
    "vintage",
    "status",
    "concept",
    "basis",
    "agency",
    "vintage_date",
    "url",
    "licence",
    "locator",
    "note",
];

const N_REQUIRED: usize = 8;

/// Why a figures file could not be read.
#[derive(Debug, thiserror::Error)]
pub enum FiguresError {
    /// The bytes are not CSV, or a record is malformed.
    #[error("{file}: {message}")]
    Csv {
        /// The file.
        file: String,
        /// What the CSV reader said, with its position.
        message: String,
    },
    /// A required column is missing, or a column is unknown.
    #[error("{file}: line 1: {message}\nhint: the columns are {}", COLUMNS.join(", "))]
    Header {
        /// The file.
        file: String,
        /// What is wrong with the header.
        message: String,
    },
    /// A row is bad (strict mode).
    #[error("{error}\nhint: {hint}")]
    Row {
        /// The positioned error.
        error: Box<RowError>,
        /// How to fix it.
        hint: String,
    },
    /// The file has a header but no figure.
    #[error("{file}: the file has no figures")]
    Empty {
        /// The file.
        file: String,
    },
}

fn hint_for(field: &str) -> String {
    match field {
        "period" => format!("write the period as {PERIOD_FORMS}, or `undated`"),
        "value" => format!("write {VALUE_FORMS}; use unit `text` for a statement"),
        "status" => "use observed, estimate, projection or claimed".to_string(),
        "indicator" => "write a dotted lower-case name such as `trade.exports`".to_string(),
        "vintage_date" => "write the date as YYYY-MM-DD, or leave it empty".to_string(),
        _ => format!("fill in `{field}`: every figure records what it is and who published it"),
    }
}

fn valid_indicator(name: &str) -> bool {
    let mut parts = name.split('.');
    let first_ok = parts
        .next()
        .is_some_and(|p| p.starts_with(|c: char| c.is_ascii_lowercase()));
    let all_ok = name.split('.').all(|p| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    });
    first_ok && all_ok && name.contains('.')
}

struct RowReader<'a> {
    file: &'a str,
    columns: &'a HashMap<&'static str, usize>,
    record: &'a csv::StringRecord,
    line: u64,
    number: u64,
}

impl RowReader<'_> {
    fn field(&self, name: &str) -> &str {
        self.columns
            .get(name)
            .and_then(|&i| self.record.get(i))
            .map_or("", str::trim)
    }

    fn error(&self, field: &str, expected: impl Into<String>) -> RowError {
        RowError {
            file: self.file.to_string(),
            line: self.line,
            record: self.number,
            field: field.to_string(),
            value: self.field(field).to_string(),
            expected: expected.into(),
        }
    }

    fn required(&self, name: &str) -> Result<String, RowError> {
        let value = self.field(name);
        if value.is_empty() {
            Err(self.error(name, "a value, not an empty field"))
        } else {
            Ok(value.to_string())
        }
    }

    fn figure(&self) -> Result<Record, RowError> {
        let indicator = self.required("indicator")?;
        if !valid_indicator(&indicator) {
            return Err(self.error(
                "indicator",
                "a dotted lower-case name such as `trade.exports`",
            ));
        }
        let subject = normalize_subject(&self.required("subject")?);
        let period_text = self.required("period")?;
        let period = if period_text == "undated" {
            None
        } else {
            Some(
                period_text
                    .parse::<Period>()
                    .map_err(|e| self.error("period", format!("a period ({})", e.reason)))?,
            )
        };
        let unit = self.required("unit")?;
        let value_text = self.required("value")?;
        let value = if unit == "text" {
            Value::text(&value_text)
        } else {
            Value::parse_number(&value_text)
                .map_err(|e| self.error("value", format!("a number ({})", e.reason)))?
        };
        let status = match self.field("status") {
            "" => Status::Observed,
            text => text.parse::<Status>().map_err(|_| {
                self.error("status", "one of observed, estimate, projection, claimed")
            })?,
        };
        let vintage_date = self.field("vintage_date");
        if !vintage_date.is_empty() && chrono_date(vintage_date).is_none() {
            return Err(self.error("vintage_date", "a date written YYYY-MM-DD"));
        }
        Ok(Record {
            observation: Observation {
                indicator,
                subject,
                period,
                value,
                unit,
                concept: self.field("concept").to_string(),
                basis: self.field("basis").to_string(),
                agency: self.field("agency").to_string(),
                status,
                note: self.field("note").to_string(),
            },
            source: SourceRef {
                publisher: self.required("publisher")?,
                dataset: self.required("dataset")?,
                vintage: self.required("vintage")?,
                vintage_date: vintage_date.to_string(),
                url: self.field("url").to_string(),
                licence: self.field("licence").to_string(),
            },
            locator: self.field("locator").to_string(),
            record: self.number,
        })
    }
}

fn chrono_date(text: &str) -> Option<()> {
    // A single day parses as a one-day range; anything else is not a date.
    match text.parse::<Period>() {
        Ok(Period::Range(start, end)) if start == end && text.len() == 10 => Some(()),
        _ => None,
    }
}

/// Reads a figures file.
pub fn parse(file: &str, bytes: &[u8], mode: Mode) -> Result<Parsed, FiguresError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut reader = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
    let csv_error = |error: csv::Error| FiguresError::Csv {
        file: file.to_string(),
        message: describe_csv_error(&error),
    };
    let headers = reader.headers().map_err(csv_error)?.clone();
    let mut columns: HashMap<&'static str, usize> = HashMap::new();
    for (index, name) in headers.iter().enumerate() {
        let name = name.trim();
        let Some(&known) = COLUMNS.iter().find(|c| **c == name) else {
            return Err(FiguresError::Header {
                file: file.to_string(),
                message: format!("column `{name}` is not a figures column"),
            });
        };
        if columns.insert(known, index).is_some() {
            return Err(FiguresError::Header {
                file: file.to_string(),
                message: format!("column `{name}` appears twice"),
            });
        }
    }
    if let Some(missing) = COLUMNS[..N_REQUIRED]
        .iter()
        .find(|c| !columns.contains_key(**c))
    {
        return Err(FiguresError::Header {
            file: file.to_string(),
            message: format!("required column `{missing}` is missing"),
        });
    }
    let mut parsed = Parsed::default();
    let mut record = csv::StringRecord::new();
    let mut lines = LineCounter::new(bytes);
    let mut number = 0;
    loop {
        match reader.read_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(error) => return Err(csv_error(error)),
        }
        number += 1;
        let line = record.position().map_or(0, |p| lines.line_at(p.byte()));
        let row = RowReader {
            file,
            columns: &columns,
            record: &record,
            line,
            number,
        };
        match row.figure() {
            Ok(figure) => parsed.records.push(figure),
            Err(error) => match mode {
                Mode::Strict => {
                    let hint = hint_for(&error.field);
                    return Err(FiguresError::Row {
                        error: Box::new(error),
                        hint,
                    });
                }
                Mode::Lenient => parsed.quarantined.push(Quarantined {
                    error,
                    raw: record.iter().collect::<Vec<_>>().join(","),
                }),
            },
        }
    }
    if number == 0 {
        return Err(FiguresError::Empty {
            file: file.to_string(),
        });
    }
    Ok(parsed)
}

fn describe_csv_error(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::UnequalLengths {
            pos,
            expected_len,
            len,
        } => format!(
            "record {} (line {}): it has {len} fields, expected {expected_len} as in the header",
            pos.as_ref().map_or(0, |p| p.record()),
            pos.as_ref().map_or(0, |p| p.line())
        ),
        csv::ErrorKind::Utf8 { pos, .. } => format!(
            "record {} (line {}): the text is not UTF-8; save the file as UTF-8",
            pos.as_ref().map_or(0, |p| p.record()),
            pos.as_ref().map_or(0, |p| p.line())
        ),
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HEADER: &str = "indicator,subject,period,value,unit,publisher,dataset,vintage";

    fn check_ok(row: &str, expect: impl Fn(&Record)) {
        let text = format!("{HEADER}\n{row}\n");
        let parsed =
            parse("t.csv", text.as_bytes(), Mode::Strict).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parsed.records.len(), 1);
        expect(&parsed.records[0]);
    }

    fn check_err(row: &str, expected_message: &str) {
        let text = format!("{HEADER}\n{row}\n");
        let error = parse("t.csv", text.as_bytes(), Mode::Strict).unwrap_err();
        assert_eq!(error.to_string().lines().next().unwrap(), expected_message);
    }

    #[test]
    fn reads_rows() {
        check_ok(
            "refugees.registered,AFG->PAK,2023,1987717,persons,UNHCR,population,GT2023",
            |f| {
                assert_eq!(f.observation.subject, "AFG→PAK");
                assert_eq!(f.observation.period, Some(Period::Year(2023)));
                assert_eq!(f.observation.value.number, Some(1987717.0));
                assert_eq!(f.observation.status, Status::Observed);
                assert_eq!(f.source.vintage, "GT2023");
            },
        );
        check_ok(
            "connectivity.key_challenges,TAPI,undated,security of the route,text,A,B,C",
            |f| {
                assert_eq!(f.observation.period, None);
                assert_eq!(f.observation.value.number, None);
                assert_eq!(f.observation.value.text, "security of the route");
            },
        );
    }

    #[test]
    fn positions_bad_rows() {
        check_err(
            "refugees.registered,AFG→PAK,2023,1,987,persons,UNHCR,population,GT2023",
            "t.csv: record 1 (line 2): it has 9 fields, expected 8 as in the header",
        );
        check_err(
            "refugees.registered,AFG→PAK,2023,n/a,persons,UNHCR,population,GT2023",
            "t.csv: record 1 (line 2): field `value` is `n/a`, expected a number (it is not a number)",
        );
        check_err(
            "refugees.registered,AFG→PAK,FY2023,5,persons,UNHCR,population,GT2023",
            "t.csv: record 1 (line 2): field `period` is `FY2023`, expected a period (a fiscal year is written FY2022-23)",
        );
        check_err(
            "Refugees,AFG→PAK,2023,5,persons,UNHCR,population,GT2023",
            "t.csv: record 1 (line 2): field `indicator` is `Refugees`, expected a dotted lower-case name such as `trade.exports`",
        );
        check_err(
            "refugees.registered,AFG→PAK,,5,persons,UNHCR,population,GT2023",
            "t.csv: record 1 (line 2): field `period` is ``, expected a value, not an empty field",
        );
    }

    #[test]
    fn header_problems() {
        let missing = parse("t.csv", b"indicator,subject\nx.y,PAK\n", Mode::Strict).unwrap_err();
        assert_eq!(
            missing.to_string().lines().next().unwrap(),
            "t.csv: line 1: required column `period` is missing"
        );
        let unknown = parse(
            "t.csv",
            format!("{HEADER},colour\n").as_bytes(),
            Mode::Strict,
        )
        .unwrap_err();
        assert!(
            unknown
                .to_string()
                .contains("column `colour` is not a figures column")
        );
        let empty = parse("t.csv", format!("{HEADER}\n").as_bytes(), Mode::Strict).unwrap_err();
        assert!(matches!(empty, FiguresError::Empty { .. }));
    }

    #[test]
    fn lenient_quarantines_and_keeps_going() {
        let text = format!(
            "\u{feff}{HEADER}\r\na.b,PAK,2020,1,persons,P,D,V\r\na.b,PAK,2020,x,persons,P,D,V\r\na.b,PAK,2021,2,persons,P,D,V\r\n"
        );
        let parsed = parse("t.csv", text.as_bytes(), Mode::Lenient).unwrap();
        assert_eq!(parsed.records.len(), 2);
        assert_eq!(parsed.quarantined.len(), 1);
        assert_eq!(parsed.quarantined[0].error.line, 3);
        assert_eq!(parsed.quarantined[0].error.field, "value");
        assert_eq!(parsed.records[1].record, 3);
    }
}
