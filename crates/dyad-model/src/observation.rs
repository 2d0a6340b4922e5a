//! Observations: one value of one indicator, for one subject and period, from one source at one vintage.
//!
//! A value keeps the text it was published as beside the number read from it, so that nothing a source
//! wrote is lost: `~1600` stays approximate, `88-175` stays a range, and a number is never rounded on the
//! way in.

use std::fmt;
use std::str::FromStr;

use serde::Serialize;

use crate::period::Period;

/// How sure the source is of a figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Counted or recorded by the source.
    Observed,
    /// Estimated by the source (modelled, imputed or extrapolated).
    Estimate,
    /// A forecast of a period that had not happened when it was made.
    Projection,
    /// Asserted in a document without the underlying data.
    Claimed,
}

impl Status {
    /// All statuses, in the order they are preferred when sources compete.
    pub const ALL: [Status; 4] = [
        Status::Observed,
        Status::Estimate,
        Status::Claimed,
        Status::Projection,
    ];

    /// The name stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Observed => "observed",
            Status::Estimate => "estimate",
            Status::Projection => "projection",
            Status::Claimed => "claimed",
        }
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl FromStr for Status {
    type Err = String;

    fn from_str(text: &str) -> Result<Status, String> {
        Status::ALL
            .into_iter()
            .find(|status| status.as_str() == text)
            .ok_or_else(|| format!("`{text}` is not a status; expected one of observed, estimate, projection, claimed"))
    }
}

/// A value as published, and what can be read from it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Value {
    /// The text exactly as the source wrote it (after trimming white space).
    pub text: String,
    /// The number, when the text is one; for a range, its midpoint.
    pub number: Option<f64>,
    /// The lower end of a range, or the number itself.
    pub low: Option<f64>,
    /// The upper end of a range, or the number itself.
    pub high: Option<f64>,
    /// Whether the source marked the number as approximate (`~`, `about`).
    pub approximate: bool,
}

/// Why a value could not be read as a number where one was required.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a number: {reason}")]
pub struct ValueError {
    /// The text as given.
    pub text: String,
    /// What was wrong with it.
    pub reason: &'static str,
}

/// The forms a numeric value may take, for hints in error messages.
pub const VALUE_FORMS: &str = "a plain number such as 1987717 or 13.4 (no thousands separators), ~1600 for an approximate one, or 88-175 for a range";

fn plain_number(text: &str) -> Option<f64> {
    let body = text.strip_prefix('-').unwrap_or(text);
    // Only digits, one decimal point and an exponent: a comma or a currency sign is an error, not noise,
    // because `1,234` could be a thousands separator or a decimal comma.
    let valid = !body.is_empty()
        && body
            .chars()
            .next()
            .is_some_and(|c| c.is_ascii_digit() || c == '.')
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, '.' | 'e' | 'E' | '+' | '-'));
    if !valid {
        return None;
    }
    text.parse::<f64>().ok().filter(|n| n.is_finite())
}

impl Value {
    /// A value that is text only, such as a statement of a project's challenges.
    pub fn text(text: &str) -> Value {
        Value {
            text: text.trim().to_string(),
            number: None,
            low: None,
            high: None,
            approximate: false,
        }
    }

    /// Reads a numeric value: a number, an approximate number (`~1600`) or a range (`88-175`).
    pub fn parse_number(raw: &str) -> Result<Value, ValueError> {
        let text = raw.trim();
        let fail = |reason| ValueError {
            text: text.to_string(),
            reason,
        };
        if text.is_empty() {
            return Err(fail("it is empty"));
        }
        let (approximate, body) = match text.strip_prefix('~') {
            Some(rest) => (true, rest.trim_start()),
            None => (false, text),
        };
        if let Some(number) = plain_number(body) {
            return Ok(Value {
                text: text.to_string(),
                number: Some(number),
                low: Some(number),
                high: Some(number),
                approximate,
            });
        }
        // A range is two non-negative numbers joined by a hyphen; a leading minus is a sign, not a range.
        if let Some((low_text, high_text)) = body.split_once('-').filter(|(low, _)| !low.is_empty())
        {
            let (Some(low), Some(high)) = (
                plain_number(low_text.trim()),
                plain_number(high_text.trim()),
            ) else {
                return Err(fail("it is neither a number nor a range of two numbers"));
            };
            if high < low {
                return Err(fail("the range's upper end is below its lower end"));
            }
            return Ok(Value {
                text: text.to_string(),
                number: Some((low + high) / 2.0),
                low: Some(low),
                high: Some(high),
                approximate,
            });
        }
        if body.contains(',') {
            return Err(fail(
                "it contains a comma; write numbers without thousands separators",
            ));
        }
        Err(fail("it is not a number"))
    }
}

/// One figure with everything needed to trace it back to where it was published.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Observation {
    /// The indicator, such as `refugees.registered`.
    pub indicator: String,
    /// What the figure is about: a country (`PAK`), a direction of the pair (`PAK→AFG`), the pair
    /// (`PAK-AFG`), a province (`PAK/Khyber Pakhtunkhwa`), or a named actor pair.
    pub subject: String,
    /// The period the figure refers to, or `None` when the source does not date it.
    pub period: Option<Period>,
    /// The value as published.
    pub value: Value,
    /// The unit, such as `persons`, `USD million`, `percent`, `events`.
    pub unit: String,
    /// What exactly is counted (`goods`, `goods and services`, a response category).
    pub concept: String,
    /// How it is counted (`customs records`, `banking-channel payments`, `end-year stock`).
    pub basis: String,
    /// The agency that produced the figure, when it differs from the publisher that carried it.
    pub agency: String,
    /// How sure the source is.
    pub status: Status,
    /// A free note from the source or the person who entered it.
    pub note: String,
}

/// Where a source came from: its publisher, dataset and the release the figures belong to.
#[derive(Debug, Clone, Default, PartialEq, Eq, Hash, Serialize)]
pub struct SourceRef {
    /// Who published it (`UNHCR`, `The Nation (APP)`).
    pub publisher: String,
    /// Which dataset or document (`Refugee Data Finder: population`, an article title).
    pub dataset: String,
    /// The release label (`GT2022`, `v24.1`, a publication date).
    pub vintage: String,
    /// The release date, ISO `YYYY-MM-DD`, or empty when unknown.
    pub vintage_date: String,
    /// Where it can be found.
    pub url: String,
    /// The licence and the attribution it asks for.
    pub licence: String,
}

impl SourceRef {
    /// A source at a release, with no URL or licence yet.
    pub fn new(publisher: &str, dataset: &str, vintage: &str, vintage_date: &str) -> SourceRef {
        SourceRef {
            publisher: publisher.to_string(),
            dataset: dataset.to_string(),
            vintage: vintage.to_string(),
            vintage_date: vintage_date.to_string(),
            ..SourceRef::default()
        }
    }

    /// The release as a reader should see it: its label, with its date when the label does not already
    /// carry it (`Global Trends 2022, released 2023-06-14`; `22.1 (2022-06-01)`).
    pub fn release(&self) -> String {
        if self.vintage_date.is_empty() || self.vintage.contains(&self.vintage_date) {
            self.vintage.clone()
        } else {
            format!("{} ({})", self.vintage, self.vintage_date)
        }
    }
}

/// Where a stored figure came from: its source and release, the file it was read from, and where in it.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Provenance {
    /// The source and vintage.
    pub source: SourceRef,
    /// Where the figure stands in the original source (a row, a page, a record id).
    pub locator: String,
    /// The SHA-256 of the ingested file.
    pub file_sha256: String,
    /// The ingested file's name.
    pub file_name: String,
    /// When the file was ingested, as an RFC 3339 timestamp.
    pub ingested_at: String,
}

impl Provenance {
    /// The provenance of a figure of `source` known only by its source: no file or locator yet.
    pub fn of(source: SourceRef) -> Provenance {
        Provenance {
            source,
            ..Provenance::default()
        }
    }

    /// The order in which a count made of many files' events picks the one it cites, the last: the
    /// release's date and label as written, then the file's name, hash and time of ingest.
    pub fn cited_order(&self) -> (&str, &str, &str, &str, &str) {
        (
            self.source.vintage_date.as_str(),
            self.source.vintage.as_str(),
            self.file_name.as_str(),
            self.file_sha256.as_str(),
            self.ingested_at.as_str(),
        )
    }
}

/// An observation with its provenance, as the evidence base returns it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Evidence {
    /// The figure.
    pub observation: Observation,
    /// Where it came from.
    pub provenance: Provenance,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(
        input: &str,
        number: Option<f64>,
        low: Option<f64>,
        high: Option<f64>,
        approximate: bool,
    ) {
        let value = Value::parse_number(input).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(
            (value.number, value.low, value.high, value.approximate),
            (number, low, high, approximate),
            "{input}"
        );
        assert_eq!(value.text, input.trim());
    }

    fn check_err(input: &str, reason_part: &str) {
        let error = Value::parse_number(input).unwrap_err();
        assert!(error.reason.contains(reason_part), "{input}: {error}");
    }

    #[test]
    fn reads_numbers_as_published() {
        check(
            "1987717",
            Some(1987717.0),
            Some(1987717.0),
            Some(1987717.0),
            false,
        );
        check(" 13.389 ", Some(13.389), Some(13.389), Some(13.389), false);
        check("-79", Some(-79.0), Some(-79.0), Some(-79.0), false);
        check("2e+06", Some(2e6), Some(2e6), Some(2e6), false);
        check("~1600", Some(1600.0), Some(1600.0), Some(1600.0), true);
        check("88-175", Some(131.5), Some(88.0), Some(175.0), false);
        check("~ 10-12", Some(11.0), Some(10.0), Some(12.0), true);
    }

    #[test]
    fn rejects_what_is_not_a_number() {
        check_err("", "empty");
        check_err("1,987,717", "comma");
        check_err("n/a", "not a number");
        check_err("$544", "not a number");
        check_err("175-88", "below its lower end");
        check_err("12-abc", "neither a number nor a range");
        check_err("inf", "not a number");
    }

    #[test]
    fn status_round_trips() {
        for status in Status::ALL {
            assert_eq!(status.as_str().parse::<Status>().unwrap(), status);
        }
        assert!(
            "guess"
                .parse::<Status>()
                .unwrap_err()
                .contains("observed, estimate")
        );
    }
}
