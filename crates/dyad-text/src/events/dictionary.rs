//! Shared pieces of the PETRARCH-2 dictionary readers: errors with positions, dates and comment stripping.
//!
//! The four dictionary formats (verbs, actors, agents, discards) are flat text files with `#` comments.
//! Each reader here is strict: a line it cannot read is a [`DictionaryError`] naming the file, the line
//! and what was expected, and a reader collects every such error of a file before failing, so one run
//! shows them all. A date restriction in a form the format does not define is such an error: an actor
//! code that silently applied at every date would be worse than no code at all.

use std::fmt;

/// One line of a dictionary that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DictionaryError {
    /// A line the format does not define.
    #[error("{file}: line {line}: {problem} in `{text}`\nhint: {hint}")]
    Line {
        /// The dictionary file, as the caller named it.
        file: String,
        /// The 1-based line in the file.
        line: usize,
        /// The line or pattern as written.
        text: String,
        /// What is wrong with it.
        problem: String,
        /// How to fix it.
        hint: &'static str,
    },
    /// A date restriction outside the three documented forms.
    #[error(
        "{file}: line {line}: date restriction `{restriction}` is not `<DATE`, `>DATE` or `DATE-DATE`\nhint: dates are YYMMDD or YYYYMMDD (dictionaries.rst, actor dictionary); fix the entry, a code that held at every date would be wrong"
    )]
    DateRestriction {
        /// The dictionary file, as the caller named it.
        file: String,
        /// The 1-based line in the file.
        line: usize,
        /// The restriction as written.
        restriction: String,
    },
}

impl DictionaryError {
    /// The line the error is on (1-based).
    pub fn line(&self) -> usize {
        match self {
            DictionaryError::Line { line, .. } | DictionaryError::DateRestriction { line, .. } => {
                *line
            }
        }
    }
}

/// Every error of one dictionary file, in line order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DictionaryErrors(pub Vec<DictionaryError>);

impl fmt::Display for DictionaryErrors {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, error) in self.0.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{error}")?;
        }
        Ok(())
    }
}

impl std::error::Error for DictionaryErrors {}

/// A calendar date as `YYYYMMDD`, the form date restrictions compare in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub u32);

impl Date {
    /// Reads `YYYY-MM-DD` or `YYYYMMDD`.
    pub fn parse_iso(text: &str) -> Option<Date> {
        let digits: String = text.chars().filter(|c| *c != '-').collect();
        if digits.len() != 8 || !digits.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        if text.contains('-') && text.len() != 10 {
            return None;
        }
        Date::from_digits(&digits)
    }

    /// Reads a dictionary date: `YYMMDD` or `YYYYMMDD`.
    ///
    /// Two-digit years up to 30 are 20YY and the rest 19YY. The published files use six digits for
    /// dates from 1932 (`320101`, Zahir Shah) to 2014 (`140608`), so the pivot has to fall between
    /// 14 and 32; 30 keeps the file's dates right and leaves six-digit dates usable until 2030.
    pub fn parse_dictionary(text: &str) -> Option<Date> {
        if !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        match text.len() {
            8 => Date::from_digits(text),
            6 => {
                let year: u32 = text[..2].parse().ok()?;
                let century = if year <= 30 { "20" } else { "19" };
                Date::from_digits(&format!("{century}{text}"))
            }
            _ => None,
        }
    }

    fn from_digits(digits: &str) -> Option<Date> {
        let value: u32 = digits.parse().ok()?;
        let month = value / 100 % 100;
        let day = value % 100;
        if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
            return None;
        }
        Some(Date(value))
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let value = self.0;
        write!(
            f,
            "{:04}-{:02}-{:02}",
            value / 10000,
            value / 100 % 100,
            value % 100
        )
    }
}

/// The lines of a dictionary with their 1-based numbers, leaving out `<!-- … -->` comments, which the
/// validation dictionaries use for their headers, on one line or over several.
pub(crate) fn content_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut in_comment = false;
    text.lines().enumerate().filter_map(move |(index, line)| {
        let trimmed = line.trim();
        if in_comment {
            in_comment = !trimmed.contains("-->");
            return None;
        }
        if trimmed.starts_with("<!--") {
            in_comment = !trimmed.contains("-->");
            return None;
        }
        Some((index + 1, line))
    })
}

/// The part of a line before its `#` comment, trimmed at the end.
///
/// A `#` inside brackets is part of a code (`[###]` in the validation verbs), not a comment.
pub(crate) fn strip_comment(line: &str) -> &str {
    let mut depth = 0i32;
    for (at, c) in line.char_indices() {
        match c {
            '[' => depth += 1,
            ']' => depth -= 1,
            '#' if depth <= 0 => return line[..at].trim_end(),
            _ => {}
        }
    }
    line.trim_end()
}

/// A phrase of a dictionary as words: `_` and blanks separate words, a trailing `_` says "this exact
/// word, no plural or longer form".
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Phrase {
    /// Upper-case words.
    pub words: Vec<String>,
    /// Whether the last word must match exactly (the phrase ended with `_`).
    pub exact: bool,
}

impl Phrase {
    /// Reads `WORD_WORD_` or `WORD WORD`; `None` when no word is left.
    pub fn parse(text: &str) -> Option<Phrase> {
        let text = text.trim();
        let exact = text.ends_with('_');
        let words: Vec<String> = text
            .split(|c: char| c == '_' || c.is_whitespace())
            .filter(|word| !word.is_empty())
            .map(str::to_uppercase)
            .collect();
        if words.is_empty() {
            return None;
        }
        Some(Phrase { words, exact })
    }
}

impl fmt::Display for Phrase {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.words.join(" "))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: Option<&str>) {
        let got = Date::parse_dictionary(input).map(|date| date.to_string());
        assert_eq!(got.as_deref(), expect, "{input}");
    }

    #[test]
    fn dictionary_dates() {
        check("320101", Some("1932-01-01"));
        check("140608", Some("2014-06-08"));
        check("070723", Some("2007-07-23"));
        check("20210815", Some("2021-08-15"));
        check("9008223", None);
        check("201005011", None);
        check("1920030320", None);
        check("201313", None);
        check("2021081a", None);
    }

    #[test]
    fn iso_dates() {
        assert_eq!(Date::parse_iso("2021-08-15"), Some(Date(20210815)));
        assert_eq!(Date::parse_iso("20210815"), Some(Date(20210815)));
        assert_eq!(Date::parse_iso("2021-8-15"), None);
        assert_eq!(Date::parse_iso("2021-13-01"), None);
    }

    #[test]
    fn phrases() {
        let phrase = Phrase::parse("MAZAR-I-SHARIF_").unwrap();
        assert_eq!(phrase.words, ["MAZAR-I-SHARIF"]);
        assert!(phrase.exact);
        let phrase = Phrase::parse("islamic_republic_of_afghanistan").unwrap();
        assert_eq!(phrase.to_string(), "ISLAMIC REPUBLIC OF AFGHANISTAN");
        assert!(!phrase.exact);
        assert_eq!(Phrase::parse(" _ "), None);
    }
}
