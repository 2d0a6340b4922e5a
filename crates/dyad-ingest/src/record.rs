//! One record's fields, whether it came from a CSV row or a JSON object, and the JSON envelope the APIs
//! wrap records in (`{"data": [ … ]}`).
//!
//! ACLED's and UN Comtrade's APIs return the same fields as their CSV files, in JSON objects whose values
//! may be strings or numbers. Parsers written against [`Fields`] read both the same way.

use std::borrow::Cow;

use serde_json::Value as Json;

use crate::table::Row;
use crate::{IngestError, Options, Quarantined, RowError};

/// Named access to one record's fields, with positioned errors.
pub trait Fields {
    /// The field's value as text, trimmed; empty when absent or null. Borrowed where the record holds it
    /// as text, so that fields read only to be checked or converted cost no allocation.
    fn field(&self, name: &str) -> Cow<'_, str>;
    /// An error about `field` in this record.
    fn fail(&self, field: &str, expected: &str, hint: &str) -> RowError;
    /// The record's 1-based number.
    fn number(&self) -> u64;
}

impl Fields for Row<'_> {
    fn field(&self, name: &str) -> Cow<'_, str> {
        Cow::Borrowed(self.get(name))
    }

    fn fail(&self, field: &str, expected: &str, hint: &str) -> RowError {
        self.error(field, expected, hint)
    }

    fn number(&self) -> u64 {
        self.number
    }
}

/// One object of a JSON `data` array.
pub struct JsonRecord<'a> {
    /// The file's name.
    pub file: &'a str,
    /// The 1-based position in the array.
    pub index: u64,
    /// The object.
    pub object: &'a serde_json::Map<String, Json>,
}

impl Fields for JsonRecord<'_> {
    fn field(&self, name: &str) -> Cow<'_, str> {
        match self.object.get(name) {
            Some(Json::String(text)) => Cow::Borrowed(text.trim()),
            Some(Json::Number(number)) => Cow::Owned(number.to_string()),
            Some(Json::Bool(flag)) => Cow::Owned(flag.to_string()),
            _ => Cow::Borrowed(""),
        }
    }

    fn fail(&self, field: &str, expected: &str, hint: &str) -> RowError {
        RowError {
            file: self.file.to_string(),
            line: 0,
            record: self.index,
            field: format!("data[{}].{field}", self.index - 1),
            column: None,
            value: self.field(field).into_owned(),
            expected: expected.to_string(),
            hint: hint.to_string(),
        }
    }

    fn number(&self) -> u64 {
        self.index
    }
}

/// Parses a JSON document, with the position of any syntax error.
pub fn read_json(file: &str, bytes: &[u8]) -> Result<Json, IngestError> {
    serde_json::from_slice(crate::table::strip_bom(bytes)).map_err(|e| IngestError::Malformed {
        file: file.to_string(),
        message: format!(
            "line {}, column {}: the JSON is malformed: {e}",
            e.line(),
            e.column()
        ),
    })
}

/// The `data` array of an API response; `hint` says what the response should look like.
pub fn data_array<'a>(
    file: &str,
    document: &'a Json,
    hint: &str,
) -> Result<&'a Vec<Json>, IngestError> {
    document
        .get("data")
        .and_then(Json::as_array)
        .ok_or_else(|| IngestError::Header {
            file: file.to_string(),
            message: "the JSON has no `data` array".to_string(),
            hint: hint.to_string(),
        })
}

/// Reads every object of a response's `data` array through `read`, as [`crate::table::collect`] reads a
/// table's rows: strict mode stops at the first bad record, lenient mode quarantines it, and an empty array
/// is an error, since nothing could be stored from it. `hint` says what the response should look like.
pub fn collect_json<T>(
    file: &str,
    bytes: &[u8],
    hint: &str,
    options: &Options,
    mut read: impl FnMut(&JsonRecord<'_>) -> Result<T, RowError>,
) -> Result<(Vec<T>, Vec<Quarantined>, u64), IngestError> {
    let document = read_json(file, bytes)?;
    if let Some(error) = document
        .get("error")
        .and_then(Json::as_str)
        .filter(|e| !e.is_empty())
    {
        return Err(IngestError::Malformed {
            file: file.to_string(),
            message: format!("the response reports an error: {error}"),
        });
    }
    let rows = data_array(file, &document, hint)?;
    if rows.is_empty() {
        return Err(IngestError::Empty {
            file: file.to_string(),
        });
    }
    let mut good = Vec::with_capacity(rows.len());
    let mut quarantined = Vec::new();
    for (index, item) in rows.iter().enumerate() {
        let Some(object) = item.as_object() else {
            return Err(IngestError::Malformed {
                file: file.to_string(),
                message: format!("data[{index}] is not an object"),
            });
        };
        let record = JsonRecord {
            file,
            index: index as u64 + 1,
            object,
        };
        match read(&record) {
            Ok(value) => good.push(value),
            Err(error) if options.mode == crate::Mode::Lenient => quarantined.push(Quarantined {
                error,
                raw: item.to_string(),
            }),
            Err(error) => return Err(error.into()),
        }
    }
    Ok((good, quarantined, rows.len() as u64))
}
