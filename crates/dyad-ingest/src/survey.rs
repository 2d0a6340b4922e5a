//! Reads survey toplines: the share of respondents giving each response to each question.
//!
//! # What it reads
//! A CSV with one row per survey, country, wave, question and response. Columns are matched by name,
//! with the names survey houses and harmonised files use:
//!
//! | meaning | columns accepted |
//! |---|---|
//! | survey | `survey` |
//! | country | `country`, `country_iso3` (a code or a name) |
//! | wave | `wave` (a year or a label) |
//! | fieldwork | `fieldwork_start`, `fieldwork_end` (optional, `YYYY-MM-DD`) |
//! | question | `question` |
//! | response | `response` |
//! | share, in percent | `share`, `weighted_pct` |
//! | unweighted n | `n`, `n_unweighted` (optional); `n_valid_unweighted` (optional) |
//! | margin of error, in points | `margin_of_error` (optional) |
//!
//! # Inputs
//! The bytes and name; `--version` and `--released` name the release.
//!
//! # Caveats
//! These are diagnostics, not errors: the row is kept and the note says what looks wrong.
//! - A share outside 0–100.
//! - The responses to one question in one wave summing far from 100 (by more than 2 points).
//! - A response's share jumping by more than 40 points against both the wave before and the wave after,
//!   in the same direction. This catches a mislabelled variable, such as the harmonised Pew file's 2013
//!   Pakistan view of China (3.6% "very favourable" between 60.3% and 53.0%).
//!
//! # References
//! Pew Research Center Global Attitudes Survey toplines; survey reporting practice (AAPOR).

use std::collections::BTreeMap;

use dyad_model::{Concordance, Observation, Period, SourceRef, Status, Value};

use crate::table::{Layout, Row, Table, collect};
use crate::{Diagnostic, IngestError, Options, Parsed, Record, RowError};

/// The first of `names` that is a column, with its value in this row.
fn first<'t>(row: &Row<'t>, names: &[&'static str]) -> (&'static str, &'t str) {
    names
        .iter()
        .find(|name| row.has(name))
        .map_or(("", ""), |name| (*name, row.get(name)))
}

/// A lower-case name for indicator parts: `opi_CHN` → `opi_chn`, `Pew Global Attitudes` → `pew`.
fn slug(text: &str, first_word_only: bool) -> String {
    let text = if first_word_only {
        text.split_whitespace().next().unwrap_or(text)
    } else {
        text
    };
    let slug: String = text
        .to_lowercase()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    slug.trim_matches('_').to_string()
}

/// Survey, country and question: one series of toplines.
type SeriesKey = (String, String, String);

struct Topline {
    record: Record,
    key: SeriesKey,
    response: String,
    wave: String,
    share: f64,
    line: u64,
}

fn read_row(
    row: &Row<'_>,
    options: &Options,
    fallback: &str,
    file_name: &str,
) -> Result<Topline, RowError> {
    let survey = row.required("survey")?;
    let (country_column, country_text) = first(row, &["country", "country_iso3"]);
    if country_text.is_empty() {
        return Err(row.error(
            if country_column.is_empty() {
                "country"
            } else {
                country_column
            },
            "a country code or name",
            "",
        ));
    }
    let country = Concordance::bundled()
        .resolve(country_text)
        .map(|c| c.iso3.clone())
        .map_err(|e| {
            row.error(
                country_column,
                "a country the concordance knows",
                e.to_string(),
            )
        })?;
    let wave = row.required("wave")?;
    let period = match (row.get("fieldwork_start"), row.get("fieldwork_end")) {
        ("", _) | (_, "") => {
            let year: i32 = wave.get(..4).and_then(|y| y.parse().ok()).ok_or_else(|| {
                row.error(
                    "wave",
                    "a wave that starts with its year, or fieldwork dates",
                    "add fieldwork_start and fieldwork_end",
                )
            })?;
            Period::Year(year)
        }
        (start, end) => {
            // Blame the field that is wrong: a date that does not read, else the end for coming first.
            // Written YYYY-MM-DD in full: chrono alone also takes "2023-1-5".
            let is_date = |text: &str| {
                text.len() == 10 && chrono::NaiveDate::parse_from_str(text, "%Y-%m-%d").is_ok()
            };
            let (field, expected) = if !is_date(start) {
                ("fieldwork_start", "a date written YYYY-MM-DD")
            } else if !is_date(end) {
                ("fieldwork_end", "a date written YYYY-MM-DD")
            } else {
                ("fieldwork_end", "a date on or after fieldwork_start")
            };
            format!("{start}..{end}")
                .parse()
                .map_err(|_| row.error(field, expected, ""))?
        }
    };
    let question = row.required("question")?;
    let response = row.required("response")?;
    let (share_column, share_text) = first(row, &["share", "weighted_pct"]);
    let value = Value::parse_number(share_text).map_err(|e| {
        row.error(
            share_column,
            format!("a share in percent ({})", e.reason),
            "",
        )
    })?;
    let (_, n) = first(row, &["n", "n_unweighted"]);
    let mut notes = vec![format!("question {question}")];
    if !n.is_empty() {
        let valid = row.get("n_valid_unweighted");
        notes.push(if valid.is_empty() {
            format!("n {n} (unweighted)")
        } else {
            format!("n {n} of {valid} valid (unweighted)")
        });
    }
    if !row.get("margin_of_error").is_empty() {
        notes.push(format!(
            "margin of error ±{} points",
            row.get("margin_of_error")
        ));
    }
    let share = value.number.unwrap_or(0.0);
    let record = Record {
        observation: Observation {
            indicator: format!("opinion.{}.{}", slug(survey, true), slug(question, false)),
            subject: country.clone(),
            period: Some(period),
            value,
            unit: "percent".to_string(),
            concept: response.to_string(),
            basis: "share of respondents".to_string(),
            agency: String::new(),
            status: Status::Observed,
            note: notes.join("; "),
        },
        source: SourceRef {
            publisher: survey.to_string(),
            dataset: "survey toplines".to_string(),
            vintage: options
                .version
                .clone()
                .unwrap_or_else(|| fallback.to_string()),
            vintage_date: options.released.clone().unwrap_or_default(),
            url: String::new(),
            licence: "as the survey's terms say; cite the survey".to_string(),
        },
        locator: format!("{file_name} record {}", row.number),
        record: row.number,
    };
    Ok(Topline {
        record,
        key: (survey.to_string(), country, question.to_string()),
        response: response.to_string(),
        wave: wave.to_string(),
        share,
        line: row.line,
    })
}

/// Reads a survey toplines file.
pub fn parse(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    let file_name = file.rsplit(['/', '\\']).next().unwrap_or(file).to_string();
    let fallback = match &options.file_sha256 {
        Some(sha) => format!("{file_name} ({})", &sha[..sha.len().min(12)]),
        None => file_name.clone(),
    };
    let mut table = Table::new(file, bytes, &Layout::default())?;
    let has = |names: &[&str]| names.iter().any(|n| table.names().iter().any(|c| c == n));
    for (what, names) in [
        ("survey", &["survey"][..]),
        ("country", &["country", "country_iso3"][..]),
        ("wave", &["wave"][..]),
        ("question", &["question"][..]),
        ("response", &["response"][..]),
        ("share", &["share", "weighted_pct"][..]),
    ] {
        if !has(names) {
            return Err(IngestError::Header {
                file: file.to_string(),
                message: format!("no column gives the {what} (`{}`)", names.join("` or `")),
                hint: "survey toplines have survey, country, wave, question, response and share columns".to_string(),
            });
        }
    }
    let (toplines, quarantined, n_rows) = collect(&mut table, options, |row| {
        read_row(row, options, &fallback, &file_name)
    })?;
    let mut diagnostics = Vec::new();
    for topline in &toplines {
        if !(0.0..=100.0).contains(&topline.share) {
            diagnostics.push(Diagnostic {
                line: topline.line,
                record: topline.record.record,
                message: format!(
                    "the share {} is outside 0–100",
                    topline.record.observation.value.text
                ),
            });
        }
    }
    // The responses to one question in one wave should add up to 100.
    // (series, wave) -> (sum of shares, line and record of the first response)
    let mut sums: BTreeMap<(&SeriesKey, &str), (f64, u64, u64)> = BTreeMap::new();
    for topline in &toplines {
        let entry = sums
            .entry((&topline.key, topline.wave.as_str()))
            .or_insert((0.0, topline.line, topline.record.record));
        entry.0 += topline.share;
    }
    for ((key, wave), (sum, line, record)) in &sums {
        if (sum - 100.0).abs() > 2.0 {
            diagnostics.push(Diagnostic {
                line: *line,
                record: *record,
                message: format!(
                    "the responses to {} in {} wave {wave} sum to {sum:.1}%, not 100%",
                    key.2, key.1
                ),
            });
        }
    }
    // A share far from both its neighbouring waves, in the same direction, suggests a mislabelled variable.
    let mut series: BTreeMap<(&SeriesKey, &str), Vec<&Topline>> = BTreeMap::new();
    for topline in &toplines {
        series
            .entry((&topline.key, topline.response.as_str()))
            .or_default()
            .push(topline);
    }
    for ((key, response), mut waves) in series {
        waves.sort_by(|a, b| a.wave.cmp(&b.wave));
        for window in waves.windows(3) {
            let (before, now, after) = (window[0].share, window[1].share, window[2].share);
            if (now - before).abs() > 40.0
                && (now - after).abs() > 40.0
                && (now - before).signum() == (now - after).signum()
            {
                diagnostics.push(Diagnostic {
                    line: window[1].line,
                    record: window[1].record.record,
                    message: format!(
                        "{} in {} wave {}: \"{response}\" is {now}%, against {before}% in {} and {after}% in {}; check the source for a mislabelled question",
                        key.2, key.1, window[1].wave, window[0].wave, window[2].wave
                    ),
                });
            }
        }
    }
    diagnostics.sort_by_key(|d| d.line);
    Ok(Parsed {
        n_rows,
        records: toplines.into_iter().map(|t| t.record).collect(),
        quarantined,
        diagnostics,
        ..Parsed::default()
    })
}
