//! Reads GDELT 2.0 event exports and mentions files, streaming, on every core.
//!
//! # What it reads
//! - **Events export**: 61 tab-separated columns, no header, one event per line, in files named
//!   `YYYYMMDDHHMMSS.export.CSV`, plain or zipped (`.CSV.zip`). Columns are taken by position (the
//!   GDELT 2.0 event codebook order). Event codes are strings with leading zeros (`0871`), actors carry
//!   CAMEO country codes, and places FIPS 10-4 country codes.
//! - **Mentions**: 16 tab-separated columns, no header (`GlobalEventID, EventTimeDate, MentionTimeDate,
//!   MentionType, MentionSourceName, MentionIdentifier, SentenceID, Actor1CharOffset, Actor2CharOffset,
//!   ActionCharOffset, InRawText, Confidence, MentionDocLen, MentionDocTone, MentionDocTranslationInfo,
//!   Extras`), or the same columns re-saved as comma-separated CSV with a header.
//!
//! # What it keeps
//! The events that match the pair filter ([`Filter`]): by actors (actor 1 and actor 2 are the two
//! countries, in either order), by places (the action takes place in either country), either, or both.
//! For them it also keeps additive monthly aggregates per subject: `PAK→AFG` and `AFG→PAK` for events
//! between the two (actor 1's country → actor 2's), `in PAK` and `in AFG` for events placed in either,
//! except that a filter on actors alone gives no place aggregates and one on places alone no direction
//! aggregates.
//!
//! # Inputs
//! Any reader; nothing is held in memory beyond a few 1 MiB chunks per file, whatever the file's size.
//! Zipped files are inflated as a stream.
//!
//! # Caveats
//! - Every row is checked, matching or not: 61 fields, an 8-digit `SQLDATE` that is a real date, a
//!   QuadClass of 1–4 and numeric Goldstein, mentions and tone. A bad row stops the file in strict mode.
//! - The month of an aggregate is the month of the event (`SQLDATE`), not of the batch (`DATEADDED`).
//!
//! # References
//! GDELT 2.0 Event Database codebook; the CAMEO codebook. GDELT data are open, with citation of the GDELT
//! Project.

use std::collections::HashMap;
use std::io::{BufRead, Read};
use std::ops::ControlFlow;
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use dyad_model::{
    Actor, Concordance, Event, EventCategory, EventMeasures, Period, Scheme, SourceRef,
    parsed::Diagnostic,
};
use sha2::{Digest, Sha256};

pub use dyad_model::parsed::Mention;

use crate::values::ValueKind;

use crate::{
    EventRecord, IngestError, Mode, MonthAggregate, Options, Parsed, Quarantined, RowError,
};

/// An optional field read as a value of `kind`: empty is none; anything else must be one.
fn checked_optional(
    row: &crate::table::Row<'_>,
    column: &str,
    kind: ValueKind,
) -> Result<Option<f64>, RowError> {
    match row.get(column) {
        "" => Ok(None),
        text => kind
            .read(text)
            .map(Some)
            .ok_or_else(|| row.error(column, kind.expected(), "")),
    }
}

/// The dataset name of GDELT's event exports, which its mentions files refer to.
pub const EVENTS_DATASET: &str = "GDELT 2.0 Events";

/// Columns of the events export, by position.
mod col {
    pub const ID: usize = 0;
    pub const SQLDATE: usize = 1;
    pub const ACTOR1_CODE: usize = 5;
    pub const ACTOR1_NAME: usize = 6;
    pub const ACTOR1_COUNTRY: usize = 7;
    pub const ACTOR2_CODE: usize = 15;
    pub const ACTOR2_NAME: usize = 16;
    pub const ACTOR2_COUNTRY: usize = 17;
    pub const EVENT_CODE: usize = 26;
    pub const QUAD_CLASS: usize = 29;
    pub const GOLDSTEIN: usize = 30;
    pub const NUM_MENTIONS: usize = 31;
    pub const AVG_TONE: usize = 34;
    pub const ACTION_NAME: usize = 52;
    pub const ACTION_COUNTRY: usize = 53;
    pub const ACTION_ADM1: usize = 54;
    pub const ACTION_ADM2: usize = 55;
    pub const ACTION_LAT: usize = 56;
    pub const ACTION_LONG: usize = 57;
    pub const DATEADDED: usize = 59;
    pub const SOURCE_URL: usize = 60;
}

/// The number of columns of a GDELT 2.0 events export.
pub const N_COLUMNS: usize = 61;

/// The names of the columns the checks name in errors.
fn column_name(index: usize) -> &'static str {
    match index {
        col::ID => "GlobalEventID",
        col::SQLDATE => "SQLDATE",
        col::QUAD_CLASS => "QuadClass",
        col::GOLDSTEIN => "GoldsteinScale",
        col::NUM_MENTIONS => "NumMentions",
        col::AVG_TONE => "AvgTone",
        col::DATEADDED => "DATEADDED",
        _ => "column",
    }
}

/// Which events to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Match {
    /// Actor 1 and actor 2 are the pair's two countries, in either order.
    Actors,
    /// The action takes place in either country.
    Places,
    /// Either of the above.
    #[default]
    Either,
    /// Both of the above.
    Both,
    /// Any event touching the pair: either actor from either country, or the action in either country.
    Involving,
}

/// The pair filter: the two countries under the codes GDELT uses for actors and places.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    /// ISO alpha-3 codes of the two countries, focal first.
    pub iso3: [String; 2],
    /// Their CAMEO codes (actors).
    pub cameo: [String; 2],
    /// Their FIPS 10-4 codes (places).
    pub fips: [String; 2],
    /// Which events to keep.
    pub matching: Match,
}

impl Default for Filter {
    fn default() -> Filter {
        Filter::for_pair("PAK", "AFG", Match::Either)
            .expect("Pakistan and Afghanistan are in the concordance")
    }
}

impl Filter {
    /// The filter for two countries given by ISO alpha-3 code.
    pub fn for_pair(
        first: &str,
        second: &str,
        matching: Match,
    ) -> Result<Filter, dyad_model::LookupError> {
        let concordance = Concordance::bundled();
        let a = concordance.by_code(Scheme::Iso3, first)?;
        let b = concordance.by_code(Scheme::Iso3, second)?;
        Ok(Filter {
            iso3: [a.iso3.clone(), b.iso3.clone()],
            cameo: [a.cameo.clone(), b.cameo.clone()],
            fips: [a.fips.clone(), b.fips.clone()],
            matching,
        })
    }

    /// The subjects of the aggregates, by index: a→b, b→a, in a, in b.
    fn subjects(&self) -> [String; 4] {
        [
            format!("{}→{}", self.iso3[0], self.iso3[1]),
            format!("{}→{}", self.iso3[1], self.iso3[0]),
            format!("in {}", self.iso3[0]),
            format!("in {}", self.iso3[1]),
        ]
    }

    /// The direction index (0 or 1) when the actors are the pair, and the place index (2 or 3) when the
    /// action is in one of the countries.
    fn classify(&self, fields: &[&[u8]; N_COLUMNS]) -> (Option<usize>, Option<usize>) {
        // Codes are a few bytes: compared in place, they cost less than a call to `memcmp`.
        let same =
            |a: &[u8], b: &str| a.len() == b.len() && a.iter().zip(b.bytes()).all(|(x, y)| *x == y);
        let (a1, a2) = (fields[col::ACTOR1_COUNTRY], fields[col::ACTOR2_COUNTRY]);
        let [c0, c1] = &self.cameo;
        let direction = if same(a1, c0) && same(a2, c1) {
            Some(0)
        } else if same(a1, c1) && same(a2, c0) {
            Some(1)
        } else {
            None
        };
        let place = fields[col::ACTION_COUNTRY];
        let place = if same(place, &self.fips[0]) {
            Some(2)
        } else if same(place, &self.fips[1]) {
            Some(3)
        } else {
            None
        };
        (direction, place)
    }

    fn keeps_fields(
        &self,
        fields: &[&[u8]; N_COLUMNS],
        direction: Option<usize>,
        place: Option<usize>,
    ) -> bool {
        if self.matching == Match::Involving {
            let in_pair = |code: &[u8]| self.cameo.iter().any(|c| c.as_bytes() == code);
            return place.is_some()
                || in_pair(fields[col::ACTOR1_COUNTRY])
                || in_pair(fields[col::ACTOR2_COUNTRY]);
        }
        self.keeps(direction, place)
    }

    fn keeps(&self, direction: Option<usize>, place: Option<usize>) -> bool {
        match self.matching {
            Match::Actors => direction.is_some(),
            Match::Places => place.is_some(),
            Match::Either => direction.is_some() || place.is_some(),
            Match::Both => direction.is_some() && place.is_some(),
            Match::Involving => unreachable!("decided in `keeps_fields`"),
        }
    }
}

/// How many bytes one pass reads before it hands the lines to the workers. 1 MiB rather than 4 MiB: with
/// six larger chunks in flight, the kernel's copy into them took most of the reading thread's time on this
/// machine (40% of all samples against 4% with 1 MiB), and 10 M rows ingested 0.3 s slower.
const CHUNK: usize = 1 << 20;

#[derive(Debug, Default)]
struct Partial {
    n_lines: u64,
    /// Line ends in the bytes read, blank lines included, for numbering the lines of the chunks after.
    n_line_ends: u64,
    events: Vec<EventRecord>,
    aggregates: [HashMap<(i32, u32), MonthAggregate>; 4],
    bad: Vec<Quarantined>,
    /// Lines of kept events whose bytes are not all UTF-8: their text fields were read with the
    /// replacement character, and the reader says so.
    not_utf8: Vec<u64>,
}

/// The last of the leading fields a row's checks and its event use (AvgTone).
const LAST_FRONT_FIELD: usize = col::AVG_TONE;
/// The first of the trailing fields they use (ActionGeo_FullName).
const FIRST_BACK_FIELD: usize = col::ACTION_NAME;

/// Counts the tabs in `bytes` eight bytes at a time, in plain integer arithmetic: a span of a few dozen
/// short fields holds too many for a vectorised count's set-up to pay.
fn count_tabs(bytes: &[u8]) -> usize {
    const LOW_SEVEN: u64 = u64::from_ne_bytes([0x7f; 8]);
    const TABS: u64 = u64::from_ne_bytes([b'\t'; 8]);
    const ONES: u64 = u64::from_ne_bytes([1; 8]);
    let words = bytes.chunks_exact(8);
    let rest = words.remainder();
    let mut n_tabs = 0;
    for word in words {
        let x = u64::from_ne_bytes(word.try_into().expect("eight bytes")) ^ TABS;
        // The high bit of a byte ends set only when the byte was a tab (no carry crosses a byte); the
        // multiplication sums the bits into the top byte.
        let found = !(((x & LOW_SEVEN) + LOW_SEVEN) | x | LOW_SEVEN) >> 7;
        n_tabs += (found.wrapping_mul(ONES) >> 56) as usize;
    }
    n_tabs + rest.iter().filter(|&&byte| byte == b'\t').count()
}

/// Calls `visit` with each line of `bytes` (without its line end) and its fields, or, for a line without
/// 61 fields, its number of fields. `visit` returns whether to go on.
///
/// Only the fields a row's checks, filter and event use are located: 0–34 from the front and 52–60 from
/// the back. The tabs between the two (fields 35–51, the actors' geography, left empty and never read) are
/// counted eight bytes at a time ([`count_tabs`]), which proves with the tabs found at either end that the
/// line has 61.
fn for_each_line<'a>(
    bytes: &'a [u8],
    mut visit: impl FnMut(&'a [u8], Result<&[&'a [u8]; N_COLUMNS], usize>) -> bool,
) {
    const N_BACK: usize = N_COLUMNS - FIRST_BACK_FIELD;
    const N_MIDDLE_TABS: usize = N_COLUMNS - 1 - (LAST_FRONT_FIELD + 1) - N_BACK;
    let mut fields: [&[u8]; N_COLUMNS] = [&[]; N_COLUMNS];
    let mut start = 0;
    while start < bytes.len() {
        let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
        let raw = &bytes[start..end];
        start = end + 1;
        let line = raw.strip_suffix(b"\r").unwrap_or(raw);
        // The leading fields are short (a few bytes each): a plain scan finds their tabs faster than a
        // vectorised search started afresh for each.
        let (mut field_start, mut n_front) = (0, 0);
        for (at, &byte) in line.iter().enumerate() {
            if byte == b'\t' {
                fields[n_front] = &line[field_start..at];
                field_start = at + 1;
                n_front += 1;
                if n_front > LAST_FRONT_FIELD {
                    break;
                }
            }
        }
        let (mut field_end, mut n_back) = (line.len(), 0);
        if n_front > LAST_FRONT_FIELD {
            for tab in memchr::memrchr_iter(b'\t', &line[field_start..]).take(N_BACK) {
                let tab = field_start + tab;
                fields[N_COLUMNS - 1 - n_back] = &line[tab + 1..field_end];
                field_end = tab;
                n_back += 1;
            }
        }
        // With every front and back tab found, the middle holds the rest; otherwise count them all.
        let n_tabs = if n_back == N_BACK {
            n_front + n_back + count_tabs(&line[field_start..field_end])
        } else {
            count_tabs(line)
        };
        let outcome = if n_tabs == N_COLUMNS - 1 {
            debug_assert_eq!(n_tabs - n_front - n_back, N_MIDDLE_TABS);
            Ok(&fields)
        } else {
            Err(n_tabs + 1)
        };
        if !visit(line, outcome) {
            return;
        }
    }
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn parse_number<T: std::str::FromStr>(bytes: &[u8]) -> Option<T> {
    std::str::from_utf8(bytes).ok()?.parse().ok()
}

fn parse_day(bytes: &[u8]) -> Option<NaiveDate> {
    if bytes.len() != 8 || !bytes.iter().all(u8::is_ascii_digit) {
        return None;
    }
    let number = |range: std::ops::Range<usize>| -> u32 {
        bytes[range]
            .iter()
            .fold(0, |acc, b| acc * 10 + u32::from(b - b'0'))
    };
    NaiveDate::from_ymd_opt(number(0..4) as i32, number(4..6), number(6..8))
        .filter(|d| (1900..=2100).contains(&d.year()))
}

struct LineError {
    field: String,
    column: Option<usize>,
    value: String,
    expected: String,
}

/// A row's checked fields. The two decimals are kept as text: every row's syntax is checked, but only a
/// kept row needs their exact value, and exact decimal parsing is the costliest check of a row.
struct Checked<'a> {
    date: NaiveDate,
    quad_class: u8,
    mentions: u32,
    goldstein: &'a [u8],
    tone: &'a [u8],
}

impl Checked<'_> {
    fn goldstein(&self) -> f64 {
        // The syntax was checked; Rust's reader accepts every decimal the check does, and zero is never used.
        parse_number(self.goldstein).unwrap_or_default()
    }

    fn tone(&self) -> f64 {
        parse_number(self.tone).unwrap_or_default()
    }
}

/// Checks the syntax of a decimal (`-2.5`, `7`, `0.83`, `1e-3`) and returns its value roughly: exact
/// enough to test a range, and cheaper than exact parsing.
fn rough_decimal(bytes: &[u8]) -> Option<f64> {
    let (negative, body) = match bytes.split_first() {
        Some((b'-', rest)) => (true, rest),
        Some((b'+', rest)) => (false, rest),
        _ => (false, bytes),
    };
    // One pass over the digits and the point, which an exponent (rare) ends. The value takes the whole
    // digits and six decimals at most.
    let (mut value, mut n_digits, mut n_decimals, mut exponent) = (0.0f64, 0, None::<usize>, None);
    for (at, &byte) in body.iter().enumerate() {
        match byte {
            b'0'..=b'9' => {
                n_digits += 1;
                match &mut n_decimals {
                    None => value = value * 10.0 + f64::from(byte - b'0'),
                    Some(n) if *n < 6 => {
                        value = value * 10.0 + f64::from(byte - b'0');
                        *n += 1;
                    }
                    Some(_) => {}
                }
            }
            b'.' if n_decimals.is_none() => n_decimals = Some(0),
            b'e' | b'E' => {
                exponent = Some(&body[at + 1..]);
                break;
            }
            _ => return None,
        }
    }
    if n_digits == 0 {
        return None;
    }
    // Exact powers of ten, as `powi` gives them, without its call.
    const POWERS: [f64; 7] = [1.0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6];
    value /= POWERS[n_decimals.unwrap_or(0)];
    if let Some(exponent) = exponent {
        let digits = exponent
            .strip_prefix(b"-")
            .or_else(|| exponent.strip_prefix(b"+"))
            .unwrap_or(exponent);
        if digits.is_empty() || digits.len() > 3 || !digits.iter().all(u8::is_ascii_digit) {
            return None;
        }
        let power: i32 = std::str::from_utf8(exponent).ok()?.parse().ok()?;
        // Zero stays zero whatever the power (10^310 is infinite, and zero times it is not a number).
        // The power is applied in two halves, so that a value near the ends of the range (23e-309)
        // is not lost to a power of ten that alone underflows to zero or overflows to infinity.
        if value != 0.0 {
            let half = power / 2;
            value = value * 10f64.powi(half) * 10f64.powi(power - half);
        }
    }
    Some(if negative { -value } else { value })
}

fn check<'a>(fields: &[&'a [u8]; N_COLUMNS]) -> Result<Checked<'a>, LineError> {
    let fail = |index: usize, expected: &str| LineError {
        field: column_name(index).to_string(),
        column: Some(index + 1),
        value: text(fields[index]),
        expected: expected.to_string(),
    };
    if fields[col::ID].is_empty() || !fields[col::ID].iter().all(u8::is_ascii_digit) {
        return Err(fail(col::ID, "a numeric event id"));
    }
    let date = parse_day(fields[col::SQLDATE])
        .ok_or_else(|| fail(col::SQLDATE, "a date written YYYYMMDD"))?;
    let quad_class = match fields[col::QUAD_CLASS] {
        [digit @ b'1'..=b'4'] => digit - b'0',
        _ => return Err(fail(col::QUAD_CLASS, "1, 2, 3 or 4")),
    };
    // The rough value is exact to six decimals, and Goldstein scores have one: the range test is exact.
    if !rough_decimal(fields[col::GOLDSTEIN]).is_some_and(|g| (-10.0..=10.0).contains(&g)) {
        return Err(fail(col::GOLDSTEIN, "a number from -10 to 10"));
    }
    let mentions = parse_number::<u32>(fields[col::NUM_MENTIONS])
        .ok_or_else(|| fail(col::NUM_MENTIONS, "a whole number"))?;
    if rough_decimal(fields[col::AVG_TONE]).is_none() {
        return Err(fail(col::AVG_TONE, "a number"));
    }
    Ok(Checked {
        date,
        quad_class,
        mentions,
        goldstein: fields[col::GOLDSTEIN],
        tone: fields[col::AVG_TONE],
    })
}

fn iso3_of_cameo(code: &[u8]) -> String {
    let code = text(code);
    Concordance::bundled()
        .by_code(Scheme::Cameo, &code)
        .map(|c| c.iso3.clone())
        .unwrap_or(code)
}

fn to_event(fields: &[&[u8]; N_COLUMNS], checked: &Checked) -> Event {
    let concordance = Concordance::bundled();
    let optional = |index: usize| parse_number::<f64>(fields[index]);
    Event {
        source_id: text(fields[col::ID]),
        date_start: checked.date,
        date_end: checked.date,
        date_precision: "day".to_string(),
        actor1: Actor {
            name: text(fields[col::ACTOR1_NAME]),
            country: iso3_of_cameo(fields[col::ACTOR1_COUNTRY]),
            code: text(fields[col::ACTOR1_CODE]),
        },
        actor2: Actor {
            name: text(fields[col::ACTOR2_NAME]),
            country: iso3_of_cameo(fields[col::ACTOR2_COUNTRY]),
            code: text(fields[col::ACTOR2_CODE]),
        },
        source_type: text(fields[col::EVENT_CODE]),
        category: EventCategory::from_cameo(&text(fields[col::EVENT_CODE])),
        country: concordance
            .by_code(Scheme::Fips, &text(fields[col::ACTION_COUNTRY]))
            .map(|c| c.iso3.clone())
            .unwrap_or_else(|_| text(fields[col::ACTION_COUNTRY])),
        admin1: text(fields[col::ACTION_ADM1]),
        admin2: text(fields[col::ACTION_ADM2]),
        location: text(fields[col::ACTION_NAME]),
        latitude: optional(col::ACTION_LAT),
        longitude: optional(col::ACTION_LONG),
        fatalities: None,
        fatalities_low: None,
        fatalities_high: None,
        description: text(fields[col::SOURCE_URL]),
        measures: EventMeasures {
            goldstein: Some(checked.goldstein()),
            quad_class: Some(checked.quad_class),
            mentions: Some(checked.mentions),
            tone: Some(checked.tone()),
        },
    }
}

/// Processes whole lines; `first_line` is the 1-based number of the first.
fn process_lines(
    file: &str,
    lines: &[u8],
    first_line: u64,
    filter: &Filter,
    mode: Mode,
) -> Partial {
    let mut partial = Partial::default();
    let mut line_number = first_line;
    for_each_line(lines, |line, split| {
        let this_line = line_number;
        line_number += 1;
        if line.is_empty() {
            // Blank lines carry no event.
            return true;
        }
        partial.n_lines += 1;
        let outcome = split
            .map_err(|n_fields| LineError {
                field: "row".to_string(),
                column: None,
                value: format!("{n_fields} fields"),
                expected: format!("{N_COLUMNS} tab-separated fields; the row may be truncated"),
            })
            .and_then(|fields| check(fields).map(|checked| (fields, checked)));
        match outcome {
            Ok((fields, checked)) => {
                let (direction, place) = filter.classify(fields);
                if filter.keeps_fields(fields, direction, place) {
                    let key = (checked.date.year(), checked.date.month());
                    // A filter on actors alone aggregates by direction only, and one on places by place only:
                    // a place total of the events between the pair would pass for a total of the place.
                    let direction = direction.filter(|_| filter.matching != Match::Places);
                    let place = place.filter(|_| filter.matching != Match::Actors);
                    for subject in [direction, place].into_iter().flatten() {
                        let aggregate = partial.aggregates[subject].entry(key).or_default();
                        aggregate.n_events += 1;
                        aggregate.n_by_quad_class[usize::from(checked.quad_class - 1)] += 1;
                        aggregate.goldstein_sum += checked.goldstein();
                        aggregate.tone_sum += checked.tone();
                        aggregate.mentions_sum += u64::from(checked.mentions);
                    }
                    if std::str::from_utf8(line).is_err() {
                        partial.not_utf8.push(this_line);
                    }
                    partial.events.push(EventRecord {
                        event: to_event(fields, &checked),
                        record: this_line,
                    });
                }
                true
            }
            Err(error) => {
                partial.bad.push(Quarantined {
                    error: RowError {
                        file: file.to_string(),
                        line: this_line,
                        record: this_line,
                        field: error.field,
                        column: error.column,
                        value: error.value,
                        expected: error.expected,
                        hint: "GDELT 2.0 exports have 61 tab-separated fields and no header; check that the file is a complete, unmodified export".to_string(),
                    },
                    raw: text(line),
                });
                mode != Mode::Strict
            }
        }
    });
    // Every line visited ends with a line end, except a last one the bytes end without.
    partial.n_line_ends =
        (line_number - first_line) - u64::from(!lines.is_empty() && !lines.ends_with(b"\n"));
    partial
}

/// Fills `buffer[filled..]` from `reader` until it is full or the stream ends; returns the new length
/// and whether the stream ended.
fn fill(
    reader: &mut dyn Read,
    buffer: &mut [u8],
    mut filled: usize,
) -> std::io::Result<(usize, bool)> {
    while filled < buffer.len() {
        match reader.read(&mut buffer[filled..]) {
            Ok(0) => return Ok((filled, true)),
            Ok(n_read) => filled += n_read,
            Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
            Err(error) => return Err(error),
        }
    }
    Ok((filled, false))
}

/// How many chunks may be read ahead of the workers and the hash: memory stays under this many chunks,
/// whatever the size of the file.
const CHUNKS_IN_FLIGHT: usize = 6;

thread_local! {
    static SPARE_BUFFERS: std::cell::RefCell<Vec<Vec<u8>>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// What comes back to the reading thread. A chunk is shared by the worker that parses it and, for a
/// plain file, the thread that hashes it; each hands its share back, and the buffer is free again when
/// the second share arrives.
enum Back {
    /// A worker's: the chunk's number, its share of the buffer, and what it found.
    Parsed(usize, Arc<Vec<u8>>, Box<Partial>),
    /// The hashing thread's share of a buffer.
    Hashed(Arc<Vec<u8>>),
}

/// What the hashing thread is given, in the file's order.
enum ToHash {
    /// These bytes of a chunk that a worker parses too.
    Shared(Arc<Vec<u8>>, std::ops::Range<usize>),
    /// The bytes of a line too long to keep, copied as read, hashed and then dropped.
    Owned(Vec<u8>),
}

/// Takes a share of a buffer back; the buffer is free when no one else holds it.
fn take_back(back: Back, in_order: &mut InOrder, free: &mut Vec<Vec<u8>>) {
    let chunk = match back {
        Back::Parsed(index, chunk, partial) => {
            in_order.keep(index, *partial);
            chunk
        }
        Back::Hashed(chunk) => chunk,
    };
    if let Ok(buffer) = Arc::try_unwrap(chunk) {
        free.push(buffer);
    }
}

fn merge(total: &mut Partial, partial: Partial, line_offset: u64) {
    total.n_lines += partial.n_lines;
    total.events.extend(partial.events.into_iter().map(|mut e| {
        e.record += line_offset;
        e
    }));
    for (subject, months) in partial.aggregates.into_iter().enumerate() {
        for (key, aggregate) in months {
            let sum = total.aggregates[subject].entry(key).or_default();
            sum.n_events += aggregate.n_events;
            for quad in 0..4 {
                sum.n_by_quad_class[quad] += aggregate.n_by_quad_class[quad];
            }
            sum.goldstein_sum += aggregate.goldstein_sum;
            sum.tone_sum += aggregate.tone_sum;
            sum.mentions_sum += aggregate.mentions_sum;
        }
    }
    total.bad.extend(partial.bad.into_iter().map(|mut q| {
        q.error.line += line_offset;
        q.error.record += line_offset;
        q
    }));
    total
        .not_utf8
        .extend(partial.not_utf8.into_iter().map(|line| line + line_offset));
}

/// Where the findings of a file's chunks go, in the file's order: the totals, and the kept events, handed
/// on in batches.
struct Sink<'e> {
    /// Everything found so far but the events already handed on.
    total: Partial,
    /// Events kept so far, handed on or not.
    n_kept: u64,
    batch_size: usize,
    emit: &'e mut dyn FnMut(Vec<EventRecord>) -> ControlFlow<()>,
    /// Whether `emit` asked to stop.
    stopped: bool,
}

impl Sink<'_> {
    /// Adds the findings of the next chunk, whose lines follow `line_offset` lines, and hands on a batch
    /// when one is full. Returns whether to go on, or, in strict mode, the first bad row.
    fn add(&mut self, partial: Partial, line_offset: u64, mode: Mode) -> Result<bool, IngestError> {
        self.n_kept += partial.events.len() as u64;
        merge(&mut self.total, partial, line_offset);
        // The chunks come in order, and a worker stops at its chunk's first bad row: this is the file's.
        if mode == Mode::Strict
            && let Some(first_bad) = self.total.bad.first()
        {
            return Err(first_bad.error.clone().into());
        }
        if self.total.events.len() >= self.batch_size {
            return Ok(self.hand_on());
        }
        Ok(true)
    }

    /// Hands on the events held; returns whether to go on.
    fn hand_on(&mut self) -> bool {
        if !self.total.events.is_empty() && !self.stopped {
            let events = std::mem::take(&mut self.total.events);
            self.stopped = (self.emit)(events).is_break();
        }
        !self.stopped
    }
}

/// Chunks parsed but waiting for those before them: `waiting[0]` is chunk number `next`, the next to add,
/// which follows `line_offset` lines. It holds no more than the chunks in flight, whatever the file's size.
#[derive(Default)]
struct InOrder {
    waiting: std::collections::VecDeque<Option<Partial>>,
    next: usize,
    line_offset: u64,
}

impl InOrder {
    fn keep(&mut self, index: usize, partial: Partial) {
        let at = index - self.next;
        if self.waiting.len() <= at {
            self.waiting.resize_with(at + 1, || None);
        }
        self.waiting[at] = Some(partial);
    }

    /// Adds to `sink` every chunk whose turn has come; returns whether to go on.
    fn advance(&mut self, sink: &mut Sink<'_>, mode: Mode) -> Result<bool, IngestError> {
        while let Some(Some(_)) = self.waiting.front() {
            let partial = self
                .waiting
                .pop_front()
                .flatten()
                .expect("the front chunk is in");
            let line_offset = self.line_offset;
            self.line_offset += partial.n_line_ends;
            let go_on = sink.add(partial, line_offset, mode)?;
            self.next += 1;
            if !go_on {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// Reads one events stream into `sink`.
///
/// This thread reads chunks that end at a line end and hands each to a worker of the pool, which parses it
/// alone with line numbers counted from the chunk's start, and (when `hasher` is given) to a thread that
/// hashes the chunks in the file's order; reading, hashing and parsing thus overlap on every core. This
/// thread no longer hashes, and waits only when the hash (which costs as much as the parse on some
/// processors) or the workers fall `CHUNKS_IN_FLIGHT` chunks behind. The
/// findings come back in any order and are added to `sink` in the file's order, as soon as those before
/// them are in, with their line numbers made absolute from the line ends of the chunks before. In strict
/// mode, reading stops once a worker finds a bad row; it also stops when `sink`'s consumer has gone.
fn scan(
    file: &str,
    reader: &mut dyn Read,
    options: &Options,
    sink: &mut Sink<'_>,
    hasher: Option<&mut Sha256>,
) -> Result<(), IngestError> {
    let read_error = |e: std::io::Error| IngestError::Malformed {
        file: file.to_string(),
        message: format!("reading failed: {e}"),
    };
    let (back_sender, back_receiver) = std::sync::mpsc::channel::<Back>();
    let found_bad = std::sync::atomic::AtomicBool::new(false);
    let mut in_order = InOrder::default();
    // Buffers are kept between files read on one thread: zeroing fresh ones costs as much as hashing.
    let mut free: Vec<Vec<u8>> = SPARE_BUFFERS.with_borrow_mut(std::mem::take);
    let mut n_allocated = free.len();
    let mut carry: Vec<u8> = Vec::new();
    let outcome = std::thread::scope(|threads| {
        let to_hasher = hasher.map(|hasher| {
            // Bounded, so that copies of an over-long line (lenient mode) cannot pile up ahead of
            // the hash; shared chunks are bounded by the buffers already.
            let (sender, receiver) = std::sync::mpsc::sync_channel::<ToHash>(CHUNKS_IN_FLIGHT);
            let back = back_sender.clone();
            threads.spawn(move || {
                for bytes in receiver {
                    match bytes {
                        ToHash::Shared(chunk, range) => {
                            hasher.update(&chunk[range]);
                            // The receiver outlives this thread, so sending cannot fail.
                            let _ = back.send(Back::Hashed(chunk));
                        }
                        ToHash::Owned(bytes) => hasher.update(&bytes),
                    }
                }
            });
            sender
        });
        let hash = |bytes: ToHash| {
            if let Some(to_hasher) = &to_hasher {
                // The hashing thread runs until `to_hasher` is dropped below, so sending cannot fail.
                let _ = to_hasher.send(bytes);
            }
        };
        let outcome = rayon::in_place_scope(|scope| -> Result<(), IngestError> {
            let mut index = 0;
            loop {
                while let Ok(back) = back_receiver.try_recv() {
                    take_back(back, &mut in_order, &mut free);
                }
                if !in_order.advance(sink, options.mode)?
                    || (options.mode == Mode::Strict
                        && found_bad.load(std::sync::atomic::Ordering::Relaxed))
                {
                    return Ok(());
                }
                let mut buffer = loop {
                    match free.pop() {
                        Some(buffer) => break buffer,
                        None if n_allocated < CHUNKS_IN_FLIGHT => {
                            n_allocated += 1;
                            break vec![0u8; CHUNK];
                        }
                        None => {
                            let back = back_receiver.recv().expect("a buffer is still held");
                            take_back(back, &mut in_order, &mut free);
                        }
                    }
                };
                let carried = carry.len();
                buffer[..carried].copy_from_slice(&carry);
                let (filled, at_end) = fill(reader, &mut buffer, carried).map_err(read_error)?;
                let complete = if at_end {
                    filled
                } else {
                    memchr::memrchr(b'\n', &buffer[..filled]).map_or(0, |i| i + 1)
                };
                if complete == 0 && !at_end {
                    if options.mode == Mode::Strict {
                        return Err(IngestError::Malformed {
                            file: file.to_string(),
                            message: format!(
                                "a line is longer than {CHUNK} bytes; a GDELT row is under 2 KB\nhint: the file may be damaged or not a GDELT events file; read it with --lenient to set such lines aside and keep the rest"
                            ),
                        });
                    }
                    // Lenient: the line is read to its end, hashed but not kept, and set aside in its
                    // place in the file's order, as a chunk of one bad line.
                    hash(ToHash::Owned(buffer[carried..filled].to_vec()));
                    let start: String =
                        String::from_utf8_lossy(&buffer[..filled.min(200)]).into_owned();
                    let mut length = filled;
                    let mut rest: Option<Vec<u8>> = None;
                    loop {
                        let (n_filled, at_end) =
                            fill(reader, &mut buffer, 0).map_err(read_error)?;
                        hash(ToHash::Owned(buffer[..n_filled].to_vec()));
                        match memchr::memchr(b'\n', &buffer[..n_filled]) {
                            Some(end) => {
                                length += end;
                                rest = Some(buffer[end + 1..n_filled].to_vec());
                                break;
                            }
                            None => length += n_filled,
                        }
                        if at_end {
                            break;
                        }
                    }
                    let bad = Quarantined {
                        error: RowError {
                            file: file.to_string(),
                            line: 1,
                            record: 1,
                            field: "row".to_string(),
                            column: None,
                            value: format!("a line of {length} bytes"),
                            expected: format!(
                                "a line of at most {CHUNK} bytes (GDELT rows are under 2 KB)"
                            ),
                            hint: "the file may be damaged there: its line ends may be missing"
                                .to_string(),
                        },
                        raw: start,
                    };
                    in_order.keep(
                        index,
                        Partial {
                            n_lines: 1,
                            n_line_ends: u64::from(rest.is_some()),
                            bad: vec![bad],
                            ..Partial::default()
                        },
                    );
                    index += 1;
                    carry.clear();
                    carry.extend_from_slice(rest.as_deref().unwrap_or_default());
                    free.push(buffer);
                    if rest.is_none() {
                        return Ok(());
                    }
                    continue;
                }
                carry.clear();
                carry.extend_from_slice(&buffer[complete..filled]);
                let chunk = Arc::new(buffer);
                hash(ToHash::Shared(Arc::clone(&chunk), carried..filled));
                let sender = back_sender.clone();
                let found_bad = &found_bad;
                let this_index = index;
                scope.spawn(move |_| {
                    let partial =
                        process_lines(file, &chunk[..complete], 1, &options.gdelt, options.mode);
                    if let Some(rows_read) = &options.rows_read {
                        rows_read.fetch_add(partial.n_lines, std::sync::atomic::Ordering::Relaxed);
                    }
                    if !partial.bad.is_empty() {
                        found_bad.store(true, std::sync::atomic::Ordering::Relaxed);
                    }
                    // The receiver outlives the scope, so sending cannot fail.
                    let _ = sender.send(Back::Parsed(this_index, chunk, Box::new(partial)));
                });
                index += 1;
                if at_end {
                    return Ok(());
                }
            }
        });
        drop(to_hasher);
        outcome
    });
    drop(back_sender);
    for back in back_receiver {
        take_back(back, &mut in_order, &mut free);
    }
    SPARE_BUFFERS.with_borrow_mut(|spare| *spare = free);
    outcome?;
    if sink.stopped {
        return Ok(());
    }
    in_order.advance(sink, options.mode).map(drop)
}

/// A buffered reader that can look a given number of bytes ahead, across the end of its buffer, which
/// `BufReader` cannot: a zip entry's local header must be seen whole before the zip reader is given it.
struct Peeking<R> {
    inner: R,
    buffer: Vec<u8>,
    /// The first byte of `buffer` not yet consumed.
    at: usize,
    /// One past the last byte of `buffer` read in.
    end: usize,
}

impl<R: Read> Peeking<R> {
    fn new(inner: R) -> Peeking<R> {
        Peeking {
            inner,
            buffer: vec![0; 1 << 16],
            at: 0,
            end: 0,
        }
    }

    /// The next `n` bytes, or fewer at the end of the stream, without consuming them.
    fn peek(&mut self, n: usize) -> std::io::Result<&[u8]> {
        if self.end - self.at < n {
            self.buffer.copy_within(self.at..self.end, 0);
            self.end -= self.at;
            self.at = 0;
            if self.buffer.len() < n {
                self.buffer.resize(n, 0);
            }
            while self.end < n {
                match self.inner.read(&mut self.buffer[self.end..]) {
                    Ok(0) => break,
                    Ok(n_read) => self.end += n_read,
                    Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(error) => return Err(error),
                }
            }
        }
        Ok(&self.buffer[self.at..self.end.min(self.at + n)])
    }

    fn into_inner(self) -> R {
        self.inner
    }
}

impl<R: Read> Read for Peeking<R> {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        let available = std::io::BufRead::fill_buf(self)?;
        let n = available.len().min(out.len());
        out[..n].copy_from_slice(&available[..n]);
        std::io::BufRead::consume(self, n);
        Ok(n)
    }
}

impl<R: Read> std::io::BufRead for Peeking<R> {
    fn fill_buf(&mut self) -> std::io::Result<&[u8]> {
        if self.at == self.end {
            self.at = 0;
            self.end = loop {
                match self.inner.read(&mut self.buffer) {
                    Ok(n_read) => break n_read,
                    Err(error) if error.kind() == std::io::ErrorKind::Interrupted => {}
                    Err(error) => return Err(error),
                }
            };
        }
        Ok(&self.buffer[self.at..self.end])
    }

    fn consume(&mut self, n: usize) {
        self.at = (self.at + n).min(self.end);
    }
}

/// What the next local header of a zip stream holds, seen without consuming it unless it is read here.
enum LocalEntry {
    /// A deflated entry whose sizes follow its data; its header has been consumed, its data is next.
    Streamed {
        /// The entry's name.
        name: String,
    },
    /// An encrypted entry.
    Encrypted {
        /// The entry's name.
        name: String,
    },
    /// Anything else: left to the zip reader.
    Other,
}

/// Looks at the local file header at the front of `reader` (ZIP application note, 4.3.7): an entry
/// with general purpose bit 3 (sizes in a data descriptor after the data) and method 8 (deflate) has its
/// header consumed and is returned for inflating; an encrypted one (bit 0) is named; any other header is
/// left in place.
fn streamed_entry<R: Read>(reader: &mut Peeking<R>) -> std::io::Result<LocalEntry> {
    const FIXED: usize = 30;
    let head = reader.peek(FIXED)?;
    if head.len() < FIXED || !head.starts_with(b"PK\x03\x04") {
        return Ok(LocalEntry::Other);
    }
    let u16_at = |at: usize| u16::from_le_bytes([head[at], head[at + 1]]);
    let (flags, method) = (u16_at(6), u16_at(8));
    let (name_length, extra_length) = (usize::from(u16_at(26)), usize::from(u16_at(28)));
    let header_length = FIXED + name_length + extra_length;
    let head = reader.peek(header_length)?;
    if head.len() < header_length {
        return Ok(LocalEntry::Other);
    }
    let name = String::from_utf8_lossy(&head[FIXED..FIXED + name_length]).into_owned();
    if flags & 1 != 0 {
        return Ok(LocalEntry::Encrypted { name });
    }
    if flags & 8 == 0 || method != 8 {
        return Ok(LocalEntry::Other);
    }
    reader.consume(header_length);
    Ok(LocalEntry::Streamed { name })
}

/// Reads past the data descriptor after a streamed entry's data: an optional signature, the CRC-32 and
/// the two sizes, of 4 bytes each (or 8 in a ZIP64 archive, told by what follows: the next header's
/// signature). Returns the stated CRC-32 and uncompressed size, to check what was inflated.
fn skip_data_descriptor<R: Read>(reader: &mut Peeking<R>) -> std::io::Result<(u32, u64)> {
    let head = reader.peek(28)?;
    let signed = head.starts_with(b"PK\x07\x08");
    let start = if signed { 4 } else { 0 };
    let next_header = |at: usize| {
        head.get(at..at + 4)
            .is_some_and(|s| s.starts_with(b"PK\x03\x04") || s.starts_with(b"PK\x01\x02"))
    };
    let u32_at =
        |at: usize| u32::from_le_bytes([head[at], head[at + 1], head[at + 2], head[at + 3]]);
    let (length, size) = if next_header(start + 12) {
        (start + 12, u64::from(u32_at(start + 8)))
    } else if next_header(start + 20) {
        let (low, high) = (u64::from(u32_at(start + 12)), u64::from(u32_at(start + 16)));
        (start + 20, low | high << 32)
    } else {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            "no data descriptor where an entry's data ends",
        ));
    };
    let crc = u32_at(start);
    reader.consume(length);
    Ok((crc, size))
}

/// The batch a file belongs to, from the 14-digit time in its name (`20191024143000.export.CSV`).
fn batch_of(file: &str) -> Option<String> {
    let name = file.rsplit(['/', '\\']).next().unwrap_or(file);
    name.split(|c: char| !c.is_ascii_digit())
        .find(|run| run.len() == 14)
        .map(str::to_string)
}

/// Tells `progress` how many bytes each read took from the file, and hashes them when asked to.
struct Counting<'a> {
    inner: &'a mut dyn Read,
    progress: &'a mut dyn FnMut(u64),
    hasher: Option<Sha256>,
}

impl Read for Counting<'_> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let n_read = self.inner.read(buffer)?;
        (self.progress)(n_read as u64);
        if let Some(hasher) = &mut self.hasher {
            hasher.update(&buffer[..n_read]);
        }
        Ok(n_read)
    }
}

/// Reads a GDELT events export (plain or zipped) from a stream, and returns what it holds with the
/// SHA-256 of the stream's bytes. `progress` is told of every byte read from `reader`.
pub fn parse_events_from(
    file: &str,
    reader: &mut dyn Read,
    options: &Options,
    progress: &mut dyn FnMut(u64),
) -> Result<(Parsed, String), IngestError> {
    let mut events = Vec::new();
    let (mut parsed, sha256) =
        parse_events_in_batches(file, reader, options, usize::MAX, progress, &mut |batch| {
            events.extend(batch);
            ControlFlow::Continue(())
        })?;
    parsed.events = events;
    Ok((parsed, sha256))
}

/// The release a GDELT export's events belong to: its batch, from `--version`, else from the file's name
/// (`20191024143000.export.CSV`). Known before the file is read.
pub fn release(file: &str, options: &Options) -> SourceRef {
    let batch = options
        .version
        .clone()
        .or_else(|| batch_of(file))
        .unwrap_or_else(|| "of unknown date".to_string());
    SourceRef {
        publisher: "The GDELT Project".to_string(),
        dataset: EVENTS_DATASET.to_string(),
        vintage: format!("batch {batch}"),
        vintage_date: String::new(),
        url: "https://www.gdeltproject.org/data.html".to_string(),
        licence: "GDELT data are open for any use, with citation of the GDELT Project".to_string(),
    }
}

/// Reads a GDELT events export as [`parse_events_from`] does, but hands its kept events to `emit` in the
/// file's order, as soon as the chunks before them are parsed, so that they can be stored while the rest
/// is read. A batch closes at the end of the first chunk that brings it to `batch_size` events, so it may
/// hold a chunk's events more (the last batch may hold fewer). Memory then holds a few chunks and batches,
/// whatever the size of the file. The result holds everything else: the release, the counts, the monthly
/// aggregates (a few per month) and the quarantined rows. `emit` may stop the reading by returning `Break`
/// (its consumer went away); the counts then cover the rows read so far.
pub fn parse_events_in_batches(
    file: &str,
    reader: &mut dyn Read,
    options: &Options,
    batch_size: usize,
    progress: &mut dyn FnMut(u64),
    emit: &mut dyn FnMut(Vec<EventRecord>) -> ControlFlow<()>,
) -> Result<(Parsed, String), IngestError> {
    let io_error = |e: std::io::Error| IngestError::Malformed {
        file: file.to_string(),
        message: e.to_string(),
    };
    let mut head = [0u8; 4];
    let mut n_head = 0;
    while n_head < head.len() {
        let n_read = reader.read(&mut head[n_head..]).map_err(io_error)?;
        if n_read == 0 {
            break;
        }
        n_head += n_read;
    }
    let head = &head[..n_head];
    // The head goes back in front of the stream, where the hash and the progress count see it once.
    let mut file_hasher = Sha256::new();
    let mut stream = head.chain(reader);
    let mut sink = Sink {
        total: Partial::default(),
        n_kept: 0,
        batch_size,
        emit,
        stopped: false,
    };
    let sha256 = if head == b"PK\x03\x04" {
        // Inflating is one stream per entry, so the compressed bytes are hashed as they are read.
        let mut buffered = Peeking::new(Counting {
            inner: &mut stream,
            progress,
            hasher: Some(file_hasher),
        });
        let mut n_entries = 0;
        let damaged = |message: String| IngestError::Malformed {
            file: file.to_string(),
            message,
        };
        loop {
            // An entry whose sizes follow its data (a data descriptor: archives written to a stream)
            // cannot be read by the zip reader without seeking; it is inflated here instead, since a
            // deflate stream knows where it ends.
            match streamed_entry(&mut buffered).map_err(|e| damaged(e.to_string()))? {
                LocalEntry::Streamed { name } => {
                    let mut inflated =
                        flate2::CrcReader::new(flate2::bufread::DeflateDecoder::new(&mut buffered));
                    let is_csv = name.to_ascii_lowercase().ends_with(".csv");
                    if is_csv {
                        n_entries += 1;
                        let entry_name = format!("{file}:{name}");
                        scan(&entry_name, &mut inflated, options, &mut sink, None)?;
                    }
                    std::io::copy(&mut inflated, &mut std::io::sink())
                        .map_err(|e| damaged(format!("the zip archive is damaged: {e}")))?;
                    let (crc, size) = (inflated.crc().sum(), u64::from(inflated.crc().amount()));
                    drop(inflated);
                    let (stated_crc, stated_size) = skip_data_descriptor(&mut buffered)
                        .map_err(|e| damaged(format!("the zip archive is damaged: {e}")))?;
                    // The CRC-32 and its byte count are 32 bits: sizes are compared on their low 32 bits.
                    if crc != stated_crc || size & 0xffff_ffff != stated_size & 0xffff_ffff {
                        return Err(damaged(format!(
                            "the zip archive is damaged: entry `{name}` does not match its checksum"
                        )));
                    }
                    if sink.stopped {
                        break;
                    }
                    continue;
                }
                LocalEntry::Encrypted { name } => {
                    return Err(damaged(format!(
                        "the zip archive is encrypted (entry `{name}`)\nhint: dyad reads archives as published, which are not encrypted; extract the file with its password and ingest the CSV"
                    )));
                }
                LocalEntry::Other => {}
            }
            let entry = zip::read::read_zipfile_from_stream(&mut buffered)
                .map_err(|e| damaged(format!("the zip archive is damaged: {e}")))?;
            let Some(mut entry) = entry else { break };
            let entry_name = entry.name().map(|n| n.into_owned()).unwrap_or_default();
            if !entry_name.to_ascii_lowercase().ends_with(".csv") {
                continue;
            }
            n_entries += 1;
            let name = format!("{file}:{entry_name}");
            scan(&name, &mut entry, options, &mut sink, None)?;
            if sink.stopped {
                break;
            }
        }
        // Read what follows the entries (the central directory) so that the hash covers every byte.
        std::io::copy(&mut buffered, &mut std::io::sink()).map_err(io_error)?;
        if n_entries == 0 {
            return Err(IngestError::Malformed {
                file: file.to_string(),
                message: "the zip archive holds no .CSV file".to_string(),
            });
        }
        let hasher = buffered.into_inner().hasher.expect("the zip reader hashes");
        hex(hasher.finalize().as_slice())
    } else {
        let mut counting = Counting {
            inner: &mut stream,
            progress,
            hasher: None,
        };
        scan(
            file,
            &mut counting,
            options,
            &mut sink,
            Some(&mut file_hasher),
        )?;
        hex(file_hasher.finalize().as_slice())
    };
    sink.hand_on();
    let total = sink.total;
    if total.n_lines == 0 {
        return Err(IngestError::Empty {
            file: file.to_string(),
        });
    }
    let subjects = options.gdelt.subjects();
    let mut aggregates = Vec::new();
    for (index, months) in total.aggregates.into_iter().enumerate() {
        let mut months: Vec<((i32, u32), MonthAggregate)> = months.into_iter().collect();
        months.sort_by_key(|(key, _)| *key);
        for ((year, month), mut aggregate) in months {
            aggregate.subject = subjects[index].clone();
            aggregate.month = Some(Period::Month(year, month as u8));
            aggregates.push(aggregate);
        }
    }
    // Bytes that are not UTF-8 (often Latin-1 from an edited copy) are read as U+FFFD, and said so.
    let diagnostics = total
        .not_utf8
        .iter()
        .map(|&line| Diagnostic {
            line,
            record: line,
            message: "the row holds bytes that are not UTF-8 (the file may have been saved as Latin-1); they were read as the replacement character �".to_string(),
        })
        .collect();
    let parsed = Parsed {
        source: Some(release(file, options)),
        n_rows: total.n_lines,
        n_filtered: total.n_lines - sink.n_kept - total.bad.len() as u64,
        aggregates,
        quarantined: total.bad,
        diagnostics,
        ..Parsed::default()
    };
    Ok((parsed, sha256))
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}

/// Reads a GDELT events export held in memory.
pub fn parse_events(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    parse_events_from(file, &mut &bytes[..], options, &mut |_| {}).map(|(parsed, _)| parsed)
}

/// The 16 columns of a mentions file.
pub const MENTION_COLUMNS: [&str; 16] = [
    "GlobalEventID",
    "EventTimeDate",
    "MentionTimeDate",
    "MentionType",
    "MentionSourceName",
    "MentionIdentifier",
    "SentenceID",
    "Actor1CharOffset",
    "Actor2CharOffset",
    "ActionCharOffset",
    "InRawText",
    "Confidence",
    "MentionDocLen",
    "MentionDocTone",
    "MentionDocTranslationInfo",
    "Extras",
];

/// Reads a GDELT mentions file: raw (tab-separated, no header) or re-saved as CSV with a header.
pub fn parse_mentions(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    use crate::table::{Layout, Table, collect};
    let bytes = crate::table::strip_bom(bytes);
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let has_header = String::from_utf8_lossy(first_line)
        .to_ascii_lowercase()
        .starts_with("globaleventid");
    let lower: Vec<String> = MENTION_COLUMNS
        .iter()
        .map(|c| c.to_ascii_lowercase())
        .collect();
    let lower: Vec<&str> = lower.iter().map(String::as_str).collect();
    let layout = Layout {
        delimiter: if has_header { b',' } else { b'\t' },
        has_header,
        columns: &lower,
        ..Layout::default()
    };
    let mut table = Table::new(file, bytes, &layout)?;
    if has_header {
        let names: Vec<String> = table
            .names()
            .iter()
            .map(|n| n.to_ascii_lowercase())
            .collect();
        if names.len() != MENTION_COLUMNS.len() || names.iter().zip(&lower).any(|(a, b)| a != b) {
            return Err(IngestError::Header {
                file: file.to_string(),
                message: format!(
                    "the header has {} columns that are not the mentions columns",
                    names.len()
                ),
                hint: format!(
                    "a mentions file has the columns {}",
                    MENTION_COLUMNS.join(", ")
                ),
            });
        }
    }
    let (mentions, quarantined, n_rows) = collect(&mut table, options, |row| {
        let event_id = row.required("globaleventid")?;
        if !event_id.bytes().all(|b| b.is_ascii_digit()) {
            return Err(row.error("globaleventid", "a numeric event id", ""));
        }
        for column in ["eventtimedate", "mentiontimedate"] {
            let value = row.get(column);
            if value.len() != 14
                || !value.bytes().all(|b| b.is_ascii_digit())
                || parse_day(&value.as_bytes()[..8]).is_none()
            {
                return Err(row.error(column, "a timestamp written YYYYMMDDHHMMSS", ""));
            }
        }
        Ok(Mention {
            event_id: event_id.to_string(),
            mention_time: row.get("mentiontimedate").to_string(),
            mention_type: row.get("mentiontype").to_string(),
            source_name: row.get("mentionsourcename").to_string(),
            identifier: row.get("mentionidentifier").to_string(),
            confidence: checked_optional(row, "confidence", ValueKind::Percent)?,
            doc_tone: checked_optional(row, "mentiondoctone", ValueKind::Score)?,
        })
    })?;
    Ok(Parsed {
        source: Some(SourceRef {
            publisher: "The GDELT Project".to_string(),
            dataset: "GDELT 2.0 Mentions".to_string(),
            vintage: options.version.clone().unwrap_or_else(|| {
                format!(
                    "batch {}",
                    batch_of(file).unwrap_or_else(|| "of unknown date".into())
                )
            }),
            vintage_date: String::new(),
            url: "https://www.gdeltproject.org/data.html".to_string(),
            licence: "GDELT data are open for any use, with citation of the GDELT Project"
                .to_string(),
        }),
        n_rows,
        mentions,
        mentions_of: Some(EVENTS_DATASET.to_string()),
        quarantined,
        ..Parsed::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A synthetic export row with the given actors' countries, place, date and codes.
    pub(crate) fn row(
        id: u64,
        date: &str,
        actor1: &str,
        actor2: &str,
        place: &str,
        code: &str,
        quad: &str,
    ) -> String {
        let mut fields = vec![String::new(); N_COLUMNS];
        fields[col::ID] = id.to_string();
        fields[col::SQLDATE] = date.to_string();
        fields[2] = date[..6].to_string();
        fields[3] = date[..4].to_string();
        fields[col::ACTOR1_CODE] = actor1.to_string();
        fields[col::ACTOR1_COUNTRY] = actor1.to_string();
        fields[col::ACTOR2_CODE] = actor2.to_string();
        fields[col::ACTOR2_COUNTRY] = actor2.to_string();
        fields[col::EVENT_CODE] = code.to_string();
        fields[27] = code[..code.len().min(3)].to_string();
        fields[28] = code[..2].to_string();
        fields[col::QUAD_CLASS] = quad.to_string();
        fields[col::GOLDSTEIN] = "-2.5".to_string();
        fields[col::NUM_MENTIONS] = "4".to_string();
        fields[32] = "1".to_string();
        fields[33] = "4".to_string();
        fields[col::AVG_TONE] = "-3.25".to_string();
        fields[col::ACTION_COUNTRY] = place.to_string();
        fields[col::DATEADDED] = "20240102000000".to_string();
        fields[col::SOURCE_URL] = format!("https://example.org/{id}");
        fields.join("\t")
    }

    fn options(matching: Match) -> Options {
        Options {
            gdelt: Filter::for_pair("PAK", "AFG", matching).unwrap(),
            ..Options::default()
        }
    }

    fn sample() -> String {
        [
            row(1, "20240101", "PAK", "AFG", "AF", "190", "4"),
            row(2, "20240102", "AFG", "PAK", "PK", "0871", "2"),
            row(3, "20240103", "USA", "CHN", "PK", "042", "1"),
            row(4, "20240204", "PAK", "AFG", "US", "112", "3"),
            row(5, "20240205", "IND", "PAK", "IN", "190", "4"),
        ]
        .join("\n")
            + "\n"
    }

    #[test]
    fn filters_by_actors_places_either_and_both() {
        let kept = |matching| {
            let parsed = parse_events(
                "20240105000000.export.CSV",
                sample().as_bytes(),
                &options(matching),
            )
            .unwrap();
            assert_eq!(parsed.n_rows, 5);
            parsed
                .events
                .iter()
                .map(|e| e.event.source_id.clone())
                .collect::<Vec<_>>()
                .join(",")
        };
        assert_eq!(kept(Match::Actors), "1,2,4");
        assert_eq!(kept(Match::Places), "1,2,3");
        assert_eq!(kept(Match::Either), "1,2,3,4");
        assert_eq!(kept(Match::Both), "1,2");
        assert_eq!(kept(Match::Involving), "1,2,3,4,5");
    }

    #[test]
    fn aggregates_by_direction_and_month() {
        let parsed = parse_events(
            "20240105000000.export.CSV",
            sample().as_bytes(),
            &options(Match::Either),
        )
        .unwrap();
        let find = |subject: &str, month: u8| {
            parsed
                .aggregates
                .iter()
                .find(|a| a.subject == subject && a.month == Some(Period::Month(2024, month)))
                .cloned()
        };
        let forward = find("PAK→AFG", 1).unwrap();
        assert_eq!(
            (
                forward.n_events,
                forward.n_by_quad_class,
                forward.mentions_sum
            ),
            (1, [0, 0, 0, 1], 4)
        );
        assert_eq!(find("PAK→AFG", 2).unwrap().n_by_quad_class, [0, 0, 1, 0]);
        assert_eq!(find("AFG→PAK", 1).unwrap().n_events, 1);
        let in_pakistan = find("in PAK", 1).unwrap();
        assert_eq!(in_pakistan.n_events, 2);
        assert_eq!(in_pakistan.goldstein_sum, -5.0);
        assert_eq!(parsed.source.unwrap().vintage, "batch 20240105000000");
        let event = &parsed.events[1].event;
        assert_eq!(
            (event.source_type.as_str(), event.category),
            ("0871", EventCategory::Cooperation)
        );
        assert_eq!(event.country, "PAK");
        assert_eq!(parsed.events[1].record, 2);
    }

    #[test]
    fn corrupt_rows_are_positioned() {
        let truncated = sample().replacen(
            &row(3, "20240103", "USA", "CHN", "PK", "042", "1"),
            "3\t20240103\tx",
            1,
        );
        let error =
            parse_events("e.CSV", truncated.as_bytes(), &options(Match::Either)).unwrap_err();
        assert!(error.to_string().starts_with("e.CSV: record 3 (line 3): field `row` is `3 fields`, expected 61 tab-separated fields"), "{error}");
        let bad_date = sample().replace("20240204", "20241304");
        let error =
            parse_events("e.CSV", bad_date.as_bytes(), &options(Match::Either)).unwrap_err();
        assert!(error.to_string().starts_with("e.CSV: record 4 (line 4): field `SQLDATE` (column 2) is `20241304`, expected a date written YYYYMMDD"), "{error}");
        let bad_number = sample().replacen("\t4\t1\t4\t-3.25", "\tmany\t1\t4\t-3.25", 1);
        let error =
            parse_events("e.CSV", bad_number.as_bytes(), &options(Match::Either)).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("field `NumMentions` (column 32) is `many`"),
            "{error}"
        );
        let lenient = Options {
            mode: Mode::Lenient,
            ..options(Match::Either)
        };
        let parsed = parse_events("e.CSV", bad_date.as_bytes(), &lenient).unwrap();
        assert_eq!((parsed.events.len(), parsed.quarantined.len()), (3, 1));
    }

    #[test]
    fn lines_of_any_other_width_are_counted_whole() {
        let good = row(1, "20240101", "PAK", "AFG", "AF", "190", "4");
        let fields: Vec<&str> = good.split('\t').collect();
        assert_eq!(fields.len(), N_COLUMNS);
        // Widths around every boundary of the front, middle and back regions.
        for width in [1, 2, 34, 35, 36, 40, 43, 44, 45, 52, 53, 60, 62, 70, 122] {
            let line: String = (0..width)
                .map(|i| fields[i % N_COLUMNS])
                .collect::<Vec<_>>()
                .join("\t");
            let mut seen = Vec::new();
            for_each_line(line.as_bytes(), |_, split| {
                seen.push(split.map(|f| f.len()));
                true
            });
            assert_eq!(seen, [Err(width)], "{width} fields");
        }
        let mut seen = Vec::new();
        for_each_line(good.as_bytes(), |_, split| {
            let fields = split.unwrap();
            seen.push((
                fields[0].to_vec(),
                fields[col::AVG_TONE].to_vec(),
                fields[N_COLUMNS - 1].to_vec(),
            ));
            true
        });
        assert_eq!(seen.len(), 1);
        assert_eq!(seen[0].0, fields[0].as_bytes());
        assert_eq!(seen[0].1, fields[col::AVG_TONE].as_bytes());
        assert_eq!(seen[0].2, fields[N_COLUMNS - 1].as_bytes());
    }

    #[test]
    fn lines_are_numbered_across_chunks() {
        // Several chunks' worth of rows, with blank lines among them, a bad row far in, and no last line end.
        let good = row(1, "20240101", "PAK", "AFG", "AF", "190", "4");
        let bad = good.replace("20240101", "20241301");
        let mut text = String::new();
        let (mut line, mut bad_line) = (0u64, 0u64);
        while text.len() < 3 * CHUNK + CHUNK / 2 {
            line += 1;
            if line % 997 == 0 {
                text.push('\n');
            } else if bad_line == 0 && text.len() > 3 * CHUNK {
                bad_line = line;
                text.push_str(&bad);
                text.push('\n');
            } else {
                text.push_str(&good);
                text.push('\n');
            }
        }
        text.push_str(&good);
        let n_rows = line + 1 - line / 997;
        let error = parse_events("e.CSV", text.as_bytes(), &options(Match::Either)).unwrap_err();
        assert!(
            error.to_string().starts_with(&format!(
                "e.CSV: record {bad_line} (line {bad_line}): field `SQLDATE`"
            )),
            "{error}"
        );
        let lenient = Options {
            mode: Mode::Lenient,
            ..options(Match::Either)
        };
        let parsed = parse_events("e.CSV", text.as_bytes(), &lenient).unwrap();
        assert_eq!(parsed.n_rows, n_rows);
        assert_eq!(parsed.quarantined.len(), 1);
        assert_eq!(parsed.quarantined[0].error.line, bad_line);
        assert_eq!(parsed.events.len() as u64, n_rows - 1);
        assert_eq!(parsed.events.last().unwrap().record, line + 1);
    }

    #[test]
    fn events_are_handed_on_in_batches_in_the_files_order() {
        // Rows over several chunks, alternately kept and left out.
        let kept = row(1, "20240101", "PAK", "AFG", "AF", "190", "4");
        let other = row(1, "20240101", "USA", "GBR", "US", "190", "4");
        let mut text = String::new();
        let mut n_rows = 0;
        while text.len() < 3 * CHUNK + CHUNK / 2 {
            n_rows += 1;
            text.push_str(if n_rows % 2 == 0 { &other } else { &kept });
            text.push('\n');
        }
        let options = options(Match::Either);
        let whole = parse_events("e.CSV", text.as_bytes(), &options).unwrap();
        let mut batches: Vec<Vec<EventRecord>> = Vec::new();
        let (parsed, _) = parse_events_in_batches(
            "e.CSV",
            &mut text.as_bytes(),
            &options,
            1000,
            &mut |_| {},
            &mut |batch| {
                batches.push(batch);
                ControlFlow::Continue(())
            },
        )
        .unwrap();
        assert!(parsed.events.is_empty());
        assert!(batches.len() >= 3, "{} batches", batches.len());
        let (last, full) = batches.split_last().unwrap();
        assert!(full.iter().all(|b| b.len() >= 1000) && !last.is_empty());
        let records: Vec<u64> = batches.iter().flatten().map(|e| e.record).collect();
        let expected: Vec<u64> = whole.events.iter().map(|e| e.record).collect();
        assert_eq!(records, expected);
        assert_eq!(
            (parsed.n_rows, parsed.n_filtered),
            (whole.n_rows, whole.n_filtered)
        );
        assert_eq!(parsed.aggregates, whole.aggregates);

        // A consumer that goes away after the first batch stops the reading.
        let mut n_batches = 0;
        let (stopped, _) = parse_events_in_batches(
            "e.CSV",
            &mut text.as_bytes(),
            &options,
            1000,
            &mut |_| {},
            &mut |_| {
                n_batches += 1;
                ControlFlow::Break(())
            },
        )
        .unwrap();
        assert_eq!(n_batches, 1);
        assert!(
            stopped.n_rows < whole.n_rows,
            "{} rows read",
            stopped.n_rows
        );
    }

    /// A reader that hands out its bytes in short, uneven reads, as pipes and networks do.
    struct Uneven<'a> {
        bytes: &'a [u8],
        turn: usize,
    }

    impl std::io::Read for Uneven<'_> {
        fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
            self.turn += 1;
            let n = [1, 4093, 65_537, 7, 300_001][self.turn % 5]
                .min(out.len())
                .min(self.bytes.len());
            out[..n].copy_from_slice(&self.bytes[..n]);
            self.bytes = &self.bytes[n..];
            Ok(n)
        }
    }

    #[test]
    fn plain_exports_hash_every_byte_in_order() {
        // Over three chunks of rows, cut between lines and read unevenly, with no final line end.
        let mut rows = sample().repeat(3 * CHUNK / sample().len() + 2000);
        rows.pop();
        // A line longer than a chunk in the middle and at the end, set aside in lenient mode.
        let long = "x".repeat(CHUNK + 12_345);
        let damaged = format!("{}\n{long}\n{}\n{long}", &rows[..CHUNK + 77], sample());
        let lenient = Options {
            mode: Mode::Lenient,
            ..options(Match::Either)
        };
        for (bytes, options) in [
            (rows.as_bytes(), options(Match::Either)),
            (damaged.as_bytes(), lenient),
        ] {
            let mut reader = Uneven { bytes, turn: 0 };
            let (_, sha256) = parse_events_from(
                "20240105000000.export.CSV",
                &mut reader,
                &options,
                &mut |_| {},
            )
            .unwrap();
            assert_eq!(sha256, crate::sha256_hex(bytes), "{} bytes", bytes.len());
        }
        let empty = parse_events_from(
            "20240105000000.export.CSV",
            &mut &b""[..],
            &options(Match::Either),
            &mut |_| {},
        );
        assert!(matches!(empty, Err(IngestError::Empty { .. })));
    }

    #[test]
    fn zipped_exports_give_the_same_result() {
        use std::io::Write;
        let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
        archive
            .start_file(
                "20240105000000.export.CSV",
                zip::write::SimpleFileOptions::default(),
            )
            .unwrap();
        archive.write_all(sample().as_bytes()).unwrap();
        let bytes = archive.finish().unwrap().into_inner();
        let mut n_bytes = 0;
        let (zipped, sha256) = parse_events_from(
            "20240105000000.export.CSV.zip",
            &mut &bytes[..],
            &options(Match::Either),
            &mut |n| n_bytes += n,
        )
        .unwrap();
        assert_eq!(sha256, crate::sha256_hex(&bytes));
        let plain = parse_events(
            "20240105000000.export.CSV",
            sample().as_bytes(),
            &options(Match::Either),
        )
        .unwrap();
        assert_eq!(zipped.events, plain.events);
        assert_eq!(zipped.aggregates, plain.aggregates);
        assert_eq!(
            n_bytes,
            bytes.len() as u64,
            "every byte of the archive is read, so a hash covers it"
        );
    }

    proptest::proptest! {
        /// What the rough check accepts, Rust's exact reader accepts too (a kept row's decimals are read
        /// with it), and the two agree to the mantissa's sixth decimal.
        #[test]
        fn rough_decimals_are_rust_decimals(text in "[-+]?[0-9]{0,4}(\\.[0-9]{0,16})?([eE][-+]?[0-9]{1,3})?") {
            let exact = text.parse::<f64>();
            match rough_decimal(text.as_bytes()) {
                Some(rough) => {
                    let exact = exact.expect("Rust reads what the check accepts");
                    // The mantissa's decimals past the sixth are dropped, so its error is under 10^-6.
                    let power: i32 = text.split(['e', 'E']).nth(1).map_or(0, |p| p.parse().unwrap());
                    // Below the smallest normal float, both are as good as zero.
                    let tolerance =
                        1.000_001 * 10f64.powi(power - 6) + 1e-12 * exact.abs() + f64::MIN_POSITIVE;
                    proptest::prop_assert!(
                        rough == exact || (rough - exact).abs() <= tolerance,
                        "{text}: {rough} against {exact}"
                    );
                }
                // Only a mantissa without a digit is refused.
                None => proptest::prop_assert!(
                    !text.split(['e', 'E']).next().unwrap_or("").bytes().any(|b| b.is_ascii_digit()),
                    "{text} was refused"
                ),
            }
        }

        /// The word-at-a-time count is the plain count, whatever the bytes (high bytes and bytes next to
        /// tabs included) and wherever the span starts and ends.
        #[test]
        fn tabs_are_counted_as_a_plain_count_counts_them(
            bytes in proptest::collection::vec(proptest::prop_oneof![proptest::strategy::Just(b'\t'), proptest::strategy::Just(0x89u8), proptest::strategy::Just(0u8), proptest::num::u8::ANY], 0..80)
        ) {
            let plain = bytes.iter().filter(|&&b| b == b'\t').count();
            proptest::prop_assert_eq!(count_tabs(&bytes), plain);
        }

        /// Any text at all: never a panic, and never accepted unless Rust accepts it.
        #[test]
        fn rough_decimals_accept_nothing_rust_refuses(text in "[-+.eE0-9a-z]{0,12}") {
            if rough_decimal(text.as_bytes()).is_some() {
                proptest::prop_assert!(text.parse::<f64>().is_ok(), "{text}");
            }
        }
    }

    #[test]
    fn rough_decimals() {
        let check = |text: &str, expected: Option<f64>| {
            assert_eq!(rough_decimal(text.as_bytes()), expected, "{text}")
        };
        check("-2.5", Some(-2.5));
        check("10", Some(10.0));
        check("+7.0", Some(7.0));
        check("0.83", Some(0.83));
        check("-3.12345678901234", Some(-3.123456));
        check("1e-3", Some(0.001));
        check(".5", Some(0.5));
        check("", None);
        check("-", None);
        check(".", None);
        check("1.2.3", None);
        check("ten", None);
        check("1e", None);
        check("nan", None);
        check("inf", None);
        for text in [
            "-2.5",
            "10",
            "+7.0",
            "0.83",
            "-3.12345678901234",
            "1e-3",
            ".5",
            "5.",
            "-.5",
            "1.e5",
            "+1E+2",
        ] {
            assert!(text.parse::<f64>().is_ok(), "{text} is a Rust decimal too");
        }
    }

    #[test]
    fn mentions_raw_and_resaved() {
        let raw = "555\t20160701210000\t20170701234500\t1\tdawn.com\thttp://x\t4\t-1\t996\t988\t1\t100\t2579\t0.83\tsrclc:ara\t\n";
        let parsed = parse_mentions("m.CSV", raw.as_bytes(), &Options::default()).unwrap();
        assert_eq!(parsed.mentions[0].source_name, "dawn.com");
        let resaved = format!(
            "{}\n{}",
            MENTION_COLUMNS.join(",").to_lowercase(),
            raw.replace('\t', ",")
        );
        let parsed = parse_mentions("m.csv", resaved.as_bytes(), &Options::default()).unwrap();
        assert_eq!(parsed.mentions[0].confidence, Some(100.0));
    }

    #[test]
    fn a_mentions_confidence_or_tone_off_its_scale_is_refused() {
        let row = |confidence: &str, tone: &str| {
            format!(
                "555\t20160701210000\t20170701234500\t1\tdawn.com\thttp://x\t4\t-1\t996\t988\t1\t{confidence}\t2579\t{tone}\tsrclc:ara\t\n"
            )
        };
        for (confidence, tone, field) in [
            ("NaN", "0.8", "confidence"),
            ("-5", "0.8", "confidence"),
            ("250", "0.8", "confidence"),
            ("100", "inf", "mentiondoctone"),
        ] {
            let error = parse_mentions(
                "m.CSV",
                row(confidence, tone).as_bytes(),
                &Options::default(),
            )
            .err()
            .unwrap_or_else(|| panic!("{confidence} {tone} was read"))
            .to_string();
            assert!(error.contains(&format!("field `{field}`")), "{error}");
        }
        assert!(parse_mentions("m.CSV", row("", "").as_bytes(), &Options::default()).is_ok());
    }
}
