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

use dyad_model::observation::VALUE_FORMS;
use dyad_model::pair::normalize_subject;
use dyad_model::period::PERIOD_FORMS;
use dyad_model::{Observation, Period, SourceRef, Status, Value};

use crate::table::{Layout, Row, Table, collect};
use crate::{IngestError, Mode, Parsed, Record, RowError};

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
    let first_ok = name.starts_with(|c: char| c.is_ascii_lowercase());
    let all_ok = name.split('.').all(|p| {
        !p.is_empty()
            && p.chars()
                .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    });
    first_ok && all_ok && name.contains('.')
}

fn is_iso_day(text: &str) -> bool {
    // A single day parses as a one-day range; anything else is not a date.
    matches!(text.parse::<Period>(), Ok(Period::Range(start, end)) if start == end && text.len() == 10)
}

fn read_figure(row: &Row<'_>) -> Result<Record, RowError> {
    let with_hint = |mut error: RowError| {
        error.hint = hint_for(&error.field);
        error
    };
    let fail = |field: &str, expected: String| with_hint(row.error(field, expected, ""));
    let required = |column: &str| row.required(column).map(str::to_string).map_err(with_hint);
    let indicator = required("indicator")?;
    if !valid_indicator(&indicator) {
        return Err(fail(
            "indicator",
            "a dotted lower-case name such as `trade.exports`".to_string(),
        ));
    }
    let subject = normalize_subject(&required("subject")?);
    let period_text = required("period")?;
    let period = if period_text == "undated" {
        None
    } else {
        Some(
            period_text
                .parse::<Period>()
                .map_err(|e| fail("period", format!("a period ({})", e.reason)))?,
        )
    };
    let unit = required("unit")?;
    let value_text = required("value")?;
    let value = if unit == "text" {
        Value::text(&value_text)
    } else {
        Value::parse_number(&value_text)
            .map_err(|e| fail("value", format!("a number ({})", e.reason)))?
    };
    let status = match row.get("status") {
        "" => Status::Observed,
        text => text.parse::<Status>().map_err(|_| {
            fail(
                "status",
                "one of observed, estimate, projection, claimed".to_string(),
            )
        })?,
    };
    let vintage_date = row.get("vintage_date");
    if !vintage_date.is_empty() && !is_iso_day(vintage_date) {
        return Err(fail(
            "vintage_date",
            "a date written YYYY-MM-DD".to_string(),
        ));
    }
    Ok(Record {
        observation: Observation {
            indicator,
            subject,
            period,
            value,
            unit,
            concept: row.get("concept").to_string(),
            basis: row.get("basis").to_string(),
            agency: row.get("agency").to_string(),
            status,
            note: row.get("note").to_string(),
        },
        source: SourceRef {
            publisher: required("publisher")?,
            dataset: required("dataset")?,
            vintage: required("vintage")?,
            vintage_date: vintage_date.to_string(),
            url: row.get("url").to_string(),
            licence: row.get("licence").to_string(),
        },
        locator: row.get("locator").to_string(),
        record: row.number,
    })
}

/// Reads a figures file.
pub fn parse(file: &str, bytes: &[u8], mode: Mode) -> Result<Parsed, IngestError> {
    let mut table = Table::new(file, bytes, &Layout::default())?;
    let header_error = |message: String| IngestError::Header {
        file: file.to_string(),
        message,
        hint: format!("the columns are {}", COLUMNS.join(", ")),
    };
    let mut seen = Vec::new();
    for name in table.names() {
        if !COLUMNS.contains(&name.as_str()) {
            return Err(header_error(format!(
                "column `{name}` is not a figures column"
            )));
        }
        if seen.contains(name) {
            return Err(header_error(format!("column `{name}` appears twice")));
        }
        seen.push(name.clone());
    }
    if let Some(missing) = COLUMNS[..N_REQUIRED]
        .iter()
        .find(|c| !seen.iter().any(|s| s == *c))
    {
        return Err(header_error(format!(
            "required column `{missing}` is missing"
        )));
    }
    let (records, quarantined, n_rows) = collect(
        &mut table,
        &crate::Options {
            mode,
            ..crate::Options::default()
        },
        read_figure,
    )?;
    Ok(Parsed {
        n_rows,
        records,
        quarantined,
        ..Parsed::default()
    })
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
            "t.csv: record 1 (line 2): it has 9 fields, expected 8 as in the header; the row may be truncated or have a stray delimiter",
        );
        check_err(
            "refugees.registered,AFG→PAK,2023,n/a,persons,UNHCR,population,GT2023",
            "t.csv: record 1 (line 2): field `value` (column 4) is `n/a`, expected a number (it is not a number)",
        );
        check_err(
            "refugees.registered,AFG→PAK,FY2023,5,persons,UNHCR,population,GT2023",
            "t.csv: record 1 (line 2): field `period` (column 3) is `FY2023`, expected a period (a fiscal year is written FY2022-23)",
        );
        check_err(
            "Refugees,AFG→PAK,2023,5,persons,UNHCR,population,GT2023",
            "t.csv: record 1 (line 2): field `indicator` (column 1) is `Refugees`, expected a dotted lower-case name such as `trade.exports`",
        );
        check_err(
            "refugees.registered,AFG→PAK,,5,persons,UNHCR,population,GT2023",
            "t.csv: record 1 (line 2): field `period` (column 3) is ``, expected a value, not an empty field",
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
        assert!(matches!(empty, IngestError::Empty { .. }));
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
