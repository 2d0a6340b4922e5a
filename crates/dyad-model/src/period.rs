//! Periods as sources write them: calendar years, Pakistan fiscal years, halves, quarters, months and
//! date ranges.
//!
//! Every period knows its first and last day, so two periods can be compared by overlap. A fiscal year
//! keeps its own kind: `FY2022-23` is never the same value as `2022` or `2023`, and nothing here converts
//! one into the other. Measures that want a calendar figure must say how they treat a fiscal one.

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};
use serde::{Serialize, Serializer};

/// A span of time that a figure refers to.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Period {
    /// A calendar year, January to December: `2023`.
    Year(i32),
    /// Pakistan's fiscal year, July to June, named by the year it starts in: `FY2022-23` is `FiscalYear(2022)`.
    FiscalYear(i32),
    /// A calendar half-year: `2023-H1`.
    Half(i32, u8),
    /// A calendar quarter: `2023-Q2`.
    Quarter(i32, u8),
    /// A calendar month: `2023-05`.
    Month(i32, u8),
    /// Any other span, inclusive at both ends: `2022-07-01..2023-02-28`.
    Range(NaiveDate, NaiveDate),
}

/// The kind of a period, as stored beside it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum PeriodKind {
    /// A calendar year.
    Year,
    /// A Pakistan fiscal year (July–June).
    FiscalYear,
    /// A calendar half-year.
    Half,
    /// A calendar quarter.
    Quarter,
    /// A calendar month.
    Month,
    /// A date range.
    Range,
}

impl PeriodKind {
    /// The name stored in the evidence base.
    pub fn as_str(self) -> &'static str {
        match self {
            PeriodKind::Year => "year",
            PeriodKind::FiscalYear => "fiscal_year",
            PeriodKind::Half => "half",
            PeriodKind::Quarter => "quarter",
            PeriodKind::Month => "month",
            PeriodKind::Range => "range",
        }
    }
}

/// Why a period could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a period: {reason}")]
pub struct PeriodError {
    /// The text as given.
    pub text: String,
    /// What was wrong with it.
    pub reason: String,
}

/// The forms a period may be written in, for hints in error messages.
pub const PERIOD_FORMS: &str = "2023, FY2022-23, 2023-H1, 2023-Q2, 2023-05, 2022-07-01..2023-02-28, 2021-03..2021-06 or 2000..2022";

fn ymd(year: i32, month: u32, day: u32) -> NaiveDate {
    // The callers build dates from validated parts, so this cannot fail for years in the supported range.
    NaiveDate::from_ymd_opt(year, month, day).expect("valid calendar date")
}

fn last_day_of_month(year: i32, month: u32) -> NaiveDate {
    let (next_year, next_month) = if month == 12 {
        (year + 1, 1)
    } else {
        (year, month + 1)
    };
    ymd(next_year, next_month, 1)
        .pred_opt()
        .expect("a day before the first of a month")
}

impl Period {
    /// The first day the period covers.
    pub fn start(&self) -> NaiveDate {
        match *self {
            Period::Year(y) => ymd(y, 1, 1),
            Period::FiscalYear(y) => ymd(y, 7, 1),
            Period::Half(y, h) => ymd(y, if h == 1 { 1 } else { 7 }, 1),
            Period::Quarter(y, q) => ymd(y, u32::from(q) * 3 - 2, 1),
            Period::Month(y, m) => ymd(y, u32::from(m), 1),
            Period::Range(start, _) => start,
        }
    }

    /// The last day the period covers.
    pub fn end(&self) -> NaiveDate {
        match *self {
            Period::Year(y) => ymd(y, 12, 31),
            Period::FiscalYear(y) => ymd(y + 1, 6, 30),
            Period::Half(y, h) => last_day_of_month(y, if h == 1 { 6 } else { 12 }),
            Period::Quarter(y, q) => last_day_of_month(y, u32::from(q) * 3),
            Period::Month(y, m) => last_day_of_month(y, u32::from(m)),
            Period::Range(_, end) => end,
        }
    }

    /// The kind of the period.
    pub fn kind(&self) -> PeriodKind {
        match self {
            Period::Year(_) => PeriodKind::Year,
            Period::FiscalYear(_) => PeriodKind::FiscalYear,
            Period::Half(..) => PeriodKind::Half,
            Period::Quarter(..) => PeriodKind::Quarter,
            Period::Month(..) => PeriodKind::Month,
            Period::Range(..) => PeriodKind::Range,
        }
    }

    /// How many days the period covers.
    pub fn days(&self) -> i64 {
        (self.end() - self.start()).num_days() + 1
    }

    /// How many days this period shares with `other`.
    pub fn overlap_days(&self, other: &Period) -> i64 {
        let start = self.start().max(other.start());
        let end = self.end().min(other.end());
        if end < start {
            0
        } else {
            (end - start).num_days() + 1
        }
    }

    /// Whether the period is exactly one calendar year, however it was written.
    ///
    /// A range from 1 January to 31 December is a calendar year; a fiscal year never is.
    pub fn calendar_year(&self) -> Option<i32> {
        match *self {
            Period::Year(y) => Some(y),
            Period::Range(start, end)
                if start.month() == 1 && start.day() == 1 && end == ymd(start.year(), 12, 31) =>
            {
                Some(start.year())
            }
            _ => None,
        }
    }

    /// Whether the period spans a full year of twelve months (a calendar or a fiscal year).
    pub fn is_full_year(&self) -> bool {
        matches!(self, Period::Year(_) | Period::FiscalYear(_)) || self.calendar_year().is_some()
    }
}

impl fmt::Display for Period {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match *self {
            Period::Year(y) => write!(f, "{y}"),
            Period::FiscalYear(y) => write!(f, "FY{y}-{:02}", (y + 1).rem_euclid(100)),
            Period::Half(y, h) => write!(f, "{y}-H{h}"),
            Period::Quarter(y, q) => write!(f, "{y}-Q{q}"),
            Period::Month(y, m) => write!(f, "{y}-{m:02}"),
            Period::Range(start, end) => write!(
                f,
                "{}..{}",
                start.format("%Y-%m-%d"),
                end.format("%Y-%m-%d")
            ),
        }
    }
}

impl Serialize for Period {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

fn parse_year(text: &str) -> Option<i32> {
    if text.len() == 4 && text.bytes().all(|b| b.is_ascii_digit()) {
        let year: i32 = text.parse().ok()?;
        (1800..=2200).contains(&year).then_some(year)
    } else {
        None
    }
}

/// One end of a range: a year, a month or a day. Returns the first and the last day it covers.
fn parse_range_end(text: &str) -> Option<(NaiveDate, NaiveDate)> {
    if let Some(year) = parse_year(text) {
        return Some((ymd(year, 1, 1), ymd(year, 12, 31)));
    }
    if let Ok(Period::Month(y, m)) = text.parse::<Period>() {
        return Some((ymd(y, u32::from(m), 1), last_day_of_month(y, u32::from(m))));
    }
    let day = NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()?;
    // chrono accepts one-digit months and days; the format asks for ISO dates only.
    (text.len() == 10).then_some((day, day))
}

impl FromStr for Period {
    type Err = PeriodError;

    fn from_str(text: &str) -> Result<Period, PeriodError> {
        let fail = |reason: &str| PeriodError {
            text: text.to_string(),
            reason: reason.to_string(),
        };
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(fail("it is empty"));
        }
        if let Some((first, last)) = trimmed.split_once("..") {
            let (start, _) = parse_range_end(first)
                .ok_or_else(|| fail("the start of the range is not a year, month or date"))?;
            let (_, end) = parse_range_end(last)
                .ok_or_else(|| fail("the end of the range is not a year, month or date"))?;
            if end < start {
                return Err(fail("the range ends before it starts"));
            }
            return Ok(Period::Range(start, end));
        }
        if let Some(rest) = trimmed.strip_prefix("FY") {
            let (first, second) = rest
                .split_once('-')
                .ok_or_else(|| fail("a fiscal year is written FY2022-23"))?;
            let start =
                parse_year(first).ok_or_else(|| fail("a fiscal year is written FY2022-23"))?;
            let expected = (start + 1).rem_euclid(100);
            let ok = match second.len() {
                2 => second.parse::<i32>().ok() == Some(expected),
                4 => second.parse::<i32>().ok() == Some(start + 1),
                _ => false,
            };
            if !ok {
                return Err(fail(
                    "the two years of a fiscal year must follow each other, as in FY2022-23",
                ));
            }
            return Ok(Period::FiscalYear(start));
        }
        if let Some(year) = parse_year(trimmed) {
            return Ok(Period::Year(year));
        }
        let Some((year_text, rest)) = trimmed.split_once('-') else {
            return Err(fail("it matches none of the known forms"));
        };
        let year = parse_year(year_text)
            .ok_or_else(|| fail("it does not start with a year from 1800 to 2200"))?;
        if let Some(half) = rest.strip_prefix('H') {
            return match half {
                "1" => Ok(Period::Half(year, 1)),
                "2" => Ok(Period::Half(year, 2)),
                _ => Err(fail("a half-year is H1 or H2")),
            };
        }
        if let Some(quarter) = rest.strip_prefix('Q') {
            return match quarter.parse::<u8>() {
                Ok(q @ 1..=4) if quarter.len() == 1 => Ok(Period::Quarter(year, q)),
                _ => Err(fail("a quarter is Q1 to Q4")),
            };
        }
        if rest.len() == 2 && rest.bytes().all(|b| b.is_ascii_digit()) {
            return match rest.parse::<u8>() {
                Ok(m @ 1..=12) => Ok(Period::Month(year, m)),
                _ => Err(fail("a month is 01 to 12")),
            };
        }
        if rest.len() == 5 {
            if let Ok(day) = NaiveDate::parse_from_str(trimmed, "%Y-%m-%d") {
                return Ok(Period::Range(day, day));
            }
            return Err(fail("it is not a valid calendar date"));
        }
        Err(fail("it matches none of the known forms"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, display: &str, start: &str, end: &str) {
        let period: Period = input.parse().unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(period.to_string(), display, "display of {input}");
        assert_eq!(period.start().to_string(), start, "start of {input}");
        assert_eq!(period.end().to_string(), end, "end of {input}");
        let again: Period = display.parse().unwrap();
        assert_eq!(again, period, "round trip of {input}");
    }

    fn check_err(input: &str, reason_part: &str) {
        let error = input.parse::<Period>().unwrap_err();
        assert!(error.reason.contains(reason_part), "{input}: {error}");
    }

    #[test]
    fn parses_every_form() {
        check("2023", "2023", "2023-01-01", "2023-12-31");
        check("FY2022-23", "FY2022-23", "2022-07-01", "2023-06-30");
        check("FY1999-2000", "FY1999-00", "1999-07-01", "2000-06-30");
        check("2023-H2", "2023-H2", "2023-07-01", "2023-12-31");
        check("2024-Q1", "2024-Q1", "2024-01-01", "2024-03-31");
        check("2024-02", "2024-02", "2024-02-01", "2024-02-29");
        check("2023-02", "2023-02", "2023-02-01", "2023-02-28");
        check(
            "2022-07-01..2023-02-28",
            "2022-07-01..2023-02-28",
            "2022-07-01",
            "2023-02-28",
        );
        check(
            "2000..2022",
            "2000-01-01..2022-12-31",
            "2000-01-01",
            "2022-12-31",
        );
        check(
            "2025-01..2025-11",
            "2025-01-01..2025-11-30",
            "2025-01-01",
            "2025-11-30",
        );
        check(
            "2024-05-17",
            "2024-05-17..2024-05-17",
            "2024-05-17",
            "2024-05-17",
        );
    }

    #[test]
    fn rejects_bad_periods() {
        check_err("", "empty");
        check_err("FY2022-24", "follow each other");
        check_err("FY22-23", "FY2022-23");
        check_err("2023-Q5", "Q1 to Q4");
        check_err("2023-13", "01 to 12");
        check_err("2023-H3", "H1 or H2");
        check_err("2023-02-30", "valid calendar date");
        check_err("2024..2023", "ends before");
        check_err("last year", "known forms");
        check_err("23", "known forms");
    }

    #[test]
    fn fiscal_year_is_never_a_calendar_year() {
        let fiscal: Period = "FY2022-23".parse().unwrap();
        assert_eq!(fiscal.calendar_year(), None);
        assert!(fiscal.is_full_year());
        assert_ne!(fiscal, Period::Year(2022));
        assert_ne!(fiscal, Period::Year(2023));
        assert_eq!(fiscal.overlap_days(&Period::Year(2022)), 184);
        assert_eq!(fiscal.overlap_days(&Period::Year(2023)), 181);
        let spelled_out: Period = "2023-01-01..2023-12-31".parse().unwrap();
        assert_eq!(spelled_out.calendar_year(), Some(2023));
        assert_eq!(Period::Year(2024).days(), 366);
        assert_eq!(Period::Year(2020).overlap_days(&Period::Year(2021)), 0);
    }
}
