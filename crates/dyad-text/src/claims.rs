//! Finds the numeric claims of a text: quantities with their units, scale words and hedges, changes
//! between two quantities, year ranges, cited sources and Markdown pipe tables.
//!
//! Everything here works on byte offsets into the text it was given, so that a caller can cut the exact
//! words back out; [`Extraction::locator`] turns a span into a [`Locator`] counted in characters. A number
//! whose unit or role cannot be read is kept as it is written and marked `unplaced`: it is listed, never
//! guessed at.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

use dyad_model::claim::{Claim, ClaimSubject, Hedge};
use dyad_model::document::Locator;
use dyad_model::period::Period;
use regex::Regex;

/// A number the text states, with the words around it that give it a unit, a scale and a hedge.
#[derive(Debug, Clone, PartialEq)]
pub struct Quantity {
    /// First byte of the words (hedge and currency included).
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The value in the unit's base (dollars, persons, percent points).
    pub value: f64,
    /// `USD`, `PKR`, `percent`, `fraction` or `count`.
    pub unit: &'static str,
    /// The step the number was written to, in the same base.
    pub precision: f64,
    /// The hedge word before it, if any.
    pub hedge: Hedge,
    /// The index of its sentence in [`Extraction::sentences`].
    pub sentence: usize,
    /// Whether it stands in a table row rather than in prose.
    pub in_table: bool,
    /// True when nothing around it says what it counts (no unit, no noun after it).
    pub unplaced: bool,
}

/// Which way words say a quantity moved.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    /// "rose", "grew", "increased".
    Up,
    /// "fell", "declined", "eased".
    Down,
}

/// A change between two stated quantities: "rose from X in 2021 to Y in 2022".
#[derive(Debug, Clone, PartialEq)]
pub struct Change {
    /// First byte of the whole statement (the verb, when there is one).
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
    /// Index of the quantity it starts from, in [`Extraction::quantities`].
    pub from: usize,
    /// Index of the quantity it ends at.
    pub to: usize,
    /// The year of the start, when stated.
    pub from_year: Option<i32>,
    /// The year of the end, when stated.
    pub to_year: Option<i32>,
    /// The direction its verb asserts, if it has one.
    pub verb: Option<Direction>,
    /// A percentage the same sentence gives as the size of this change ("a rise of 24 percent"), signed
    /// by its words.
    pub stated_percent: Option<usize>,
}

/// A year range written "from Y1 to Y2" or "between Y1 and Y2".
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct YearRange {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The first year.
    pub from: i32,
    /// The second year.
    pub to: i32,
    /// What orders the range's start within its year: the month (1–12) for months, the month × 100 +
    /// the day for days, the half (1–2) for half-years; 0 for years.
    pub from_month: u32,
    /// The same for its end.
    pub to_month: u32,
}

impl YearRange {
    /// Whether the range ends before it starts: "2024–2021", "FY 2024-23", "December 2024 to July 2024".
    pub fn runs_backwards(&self) -> bool {
        (self.to, self.to_month) < (self.from, self.from_month)
    }
}

/// A range of values, "between 1.2 million and 1.5 million".
#[derive(Debug, Clone, PartialEq)]
pub struct ValueRange {
    /// First byte of "between".
    pub start: usize,
    /// One past the last byte of the upper value.
    pub end: usize,
    /// Index of the lower quantity in [`Extraction::quantities`].
    pub low: usize,
    /// Index of the upper quantity.
    pub high: usize,
}

/// A change stated by how much rather than between two values: "fell by a third" (ratio 2/3),
/// "doubled" (2), "halved" (0.5), "rose by 24 percent" (1.24).
#[derive(Debug, Clone, PartialEq)]
pub struct RelativeChange {
    /// First byte of the verb.
    pub start: usize,
    /// One past the last byte of the statement.
    pub end: usize,
    /// The direction the words assert.
    pub direction: Direction,
    /// The end value over the start value that the words imply.
    pub ratio: f64,
}

/// One cell of a pipe table.
#[derive(Debug, Clone, PartialEq)]
pub struct TableCell {
    /// The cell's text without emphasis marks.
    pub text: String,
    /// Its number, when the whole cell is one.
    pub value: Option<f64>,
    /// First byte of the cell's text.
    pub start: usize,
    /// One past its last byte.
    pub end: usize,
}

/// A table: a Markdown pipe table (a header row, a delimiter row and body rows), or a table whose rows
/// are lines of a label and numbers separated by spaces, as PDF extraction leaves a table it flattened.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    /// The header cells.
    pub header: Vec<TableCell>,
    /// The body rows, in order.
    pub rows: Vec<Vec<TableCell>>,
    /// The line spans of the body rows.
    pub row_spans: Vec<(usize, usize)>,
    /// The header line's span, for a table recovered from lines of numbers (`None` for a pipe table, or
    /// when no header line was found).
    pub header_span: Option<(usize, usize)>,
}

impl Table {
    /// The byte spans of the table's lines: its header line (when it has one) and its rows.
    pub fn line_spans(&self) -> Vec<(usize, usize)> {
        self.header_span
            .iter()
            .copied()
            .chain(self.row_spans.iter().copied())
            .collect()
    }
}

/// Everything [`extract`] finds in one text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Extraction {
    /// Sentence spans, in order; each table row is a sentence of its own.
    pub sentences: Vec<(usize, usize)>,
    /// The quantities, in order of position (years used as dates are not quantities).
    pub quantities: Vec<Quantity>,
    /// Calendar years used as dates, with their spans, in order of position.
    pub years: Vec<(usize, usize, i32)>,
    /// Pakistan fiscal years ("FY2022-23", "fiscal year 2022-23"), by the year they start in, with their
    /// spans, in order of position.
    pub fiscal_years: Vec<(usize, usize, i32)>,
    /// Changes between quantities.
    pub changes: Vec<Change>,
    /// Year ranges.
    pub year_ranges: Vec<YearRange>,
    /// Ranges of values, "between X and Y".
    pub ranges: Vec<ValueRange>,
    /// Changes stated as a ratio or a share, "fell by a third", "doubled", "rose by 24 percent".
    pub relative_changes: Vec<RelativeChange>,
    /// Sources cited in parentheses, "(UNHCR, 2023)", with their spans.
    pub citations: Vec<(usize, usize, String)>,
    /// Pipe tables.
    pub tables: Vec<Table>,
}

static NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)
        (?P<hedge>(?-u:\b)(?:roughly|nearly|almost|about|around|approximately|an\ estimated|some|just\ over|a\ little\ over|slightly\ over|a\ little\ more\ than|slightly\ more\ than|just\ above|well\ over|over|above|upwards\ of|more\ than|at\ least|up\ to|close\ to|just\ under|under|below|less\ than|fewer\ than)\s+|~\s?|(?-u:\b)(?:approx\.|circa|ca\.)\s?)?
        # A currency may be written joined to its number (Rs3.6bn); without one, a number starts a word.
        (?:(?P<currency>US\$\s?|\$\s?|(?-u:\b)USD\s?|(?-u:\b)Rs\.?\s?|(?-u:\b)PKR\s?|(?-u:\b)Afs?\.?\s|(?-u:\b)AFN\s?)|(?-u:\b))
        (?P<number>\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?|\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)
        (?:\s?(?P<scale>trillion|billion|million|thousand|lakhs?|lacs?|crores?|trn|tr|tn|bn|mn|m|k)(?-u:\b))?
        (?:\s?(?P<percent>%|percent(?-u:\b)|per\ cent(?-u:\b)|pc(?-u:\b)))?",
    )
    .expect("the number pattern is valid")
});

static FRACTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?P<hedge>(?-u:\b)(?:roughly|nearly|almost|about|around|over|more than|at least|up to|close to|less than)\s+)?(?-u:\b)(?P<fraction>(?:one|two|three|four|five|six|seven|eight|nine)[-\ ](?:thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)|a\ (?:third|quarter|fifth|sixth|eighth|tenth)|half)(?-u:\b)",
    )
    .expect("the fraction pattern is valid")
});

/// A part of a scale in words: "half a million", "a quarter of a million", "three quarters of a
/// billion". A count, not a share.
static PART_OF_A_SCALE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?P<hedge>(?-u:\b)(?:roughly|nearly|almost|about|around|over|more than|at least|up to|close to|less than|some)\s+)?(?-u:\b)(?P<part>half|a\ quarter\ of|quarter\ of|three[-\ ]quarters\ of)\s+a\s+(?P<scale>million|billion|lakh|crore)(?-u:\b)",
    )
    .expect("the part of a scale pattern is valid")
});

/// A share written as so many in so many, in words: "six in ten", "three out of every four", "one in
/// five", "sixty-four in the hundred".
static IN_EVERY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?P<hedge>(?-u:\b)(?:roughly|nearly|almost|about|around|over|more than|at least|close to|less than|fewer than)\s+)?(?-u:\b)(?P<n>(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\ ](?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\s+(?:in|out\s+of)\s+(?:every\s+)?(?P<d>three|four|five|ten|twenty|(?:a|the)\s+hundred)(?-u:\b)",
    )
    .expect("the share-in-words pattern is valid")
});

/// Numbers written in words, before a scale, "percent" or a plural noun: "two decades", "seven years",
/// "three million", "forty-five percent". "One" alone is left out: it is more often a pronoun.
static NUMBER_WORDS: LazyLock<Regex> = LazyLock::new(|| {
    // The rest of a number after its scale ("ten thousand FOUR HUNDRED", "two hundred and FIFTY"),
    // and a scale after the rest ("two hundred and fifty THOUSAND").
    const BELOW_HUNDRED: &str = r"(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\ ](?:one|two|three|four|five|six|seven|eight|nine)(?-u:\b))?
        |one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?-u:\b)";
    let rest = |name: &str| {
        format!(
            r"(?:\s+(?:and\s+)?(?P<{name}>{BELOW_HUNDRED}(?:\s+hundred(?-u:\b)(?:\s+and\s+{BELOW_HUNDRED})?)?)
            (?:\s+(?P<{name}_scale>thousand|million)(?-u:\b))?)?"
        )
    };
    Regex::new(&format!(
        r"(?ix)
        (?P<hedge>(?-u:\b)(?:roughly|nearly|almost|about|around|approximately|some|over|more\ than|at\ least|up\ to|close\ to|under|less\ than|fewer\ than)\s+)?
        (?-u:\b)(?:(?P<words>(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)\ and\ a\ (?:half|quarter)
          |(?:zero|one|two|three|four|five|six|seven|eight|nine|ten)\ point(?:\ (?:zero|one|two|three|four|five|six|seven|eight|nine))+
          |(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[-\ ](?:one|two|three|four|five|six|seven|eight|nine)(?-u:\b))?
          |two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)(?-u:\b)
          (?:\s+(?P<scale>(?:hundred\s+)?(?:thousand|million|billion)|hundred|lakh|crore)(?-u:\b){rest})?
        |(?P<literal>a\ dozen|a\ hundred|one\ hundred|a\ thousand|one\ thousand|a\ million|one\ million|a\ billion|one\ billion)(?-u:\b){literal_rest})
        (?P<percent>\s+(?:percent|per\ cent)(?-u:\b))?",
        rest = rest("rest"),
        literal_rest = rest("literal_rest"),
    ))
    .expect("the number-word pattern is valid")
});

/// What a scale word after a figure multiplies it by, in lower case: "million" and "mn" 1e6, "lakh"
/// 1e5, "k" 1e3.
fn scale_value(word: &str) -> Option<f64> {
    Some(match word {
        "trillion" | "trn" | "tr" | "tn" => 1e12,
        "billion" | "bn" => 1e9,
        "crore" | "crores" => 1e7,
        "million" | "mn" | "m" => 1e6,
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        "thousand" | "k" => 1e3,
        _ => return None,
    })
}

/// The two ends of a range that write their scale and their currency once, on one end: "from 690 to
/// 540 million dollars", "from USD 690 to 540 million", "between 1.2 and 1.5 million tonnes". The bare
/// end takes the scale of the other when the two are of one size on it, and an end without a
/// currency the other's.
fn share_a_range_s_scale(text: &str, quantities: &mut [Quantity]) {
    // The scale word the other end is written with ("540 million"); a bare "m" or "k" is left out.
    let scale_of_written = |written: &str| -> Option<f64> {
        let last = written.rsplit(' ').next()?.to_ascii_lowercase();
        scale_value(&last).filter(|_| !matches!(last.as_str(), "m" | "k"))
    };
    for at in 1..quantities.len() {
        let (head, tail) = quantities.split_at_mut(at);
        let (first, second) = (&mut head[at - 1], &mut tail[0]);
        if first.sentence != second.sentence || first.in_table || second.in_table {
            continue;
        }
        if !matches!(
            &text[first.end..second.start],
            " to " | " and " | "–" | "-" | " – " | " - "
        ) {
            continue;
        }
        let lead = text[..first.start].trim_end().to_ascii_lowercase();
        if !(lead.ends_with("from") || lead.ends_with("between")) {
            continue;
        }
        let first_written = &text[first.start..first.end];
        let second_written = &text[second.start..second.end];
        let bare = first_written.ends_with(|c: char| c.is_ascii_digit())
            && first_written.chars().any(|c| c.is_ascii_digit());
        let Some(multiplier) = scale_of_written(second_written) else {
            continue;
        };
        if !bare || first.value >= 1000.0 || matches!(first.unit, "percent" | "fraction") {
            continue;
        }
        let on_scale = second.value / multiplier;
        if on_scale <= 0.0 || first.value <= 0.0 {
            continue;
        }
        let ratio = first.value / on_scale;
        if !(0.1..=10.0).contains(&ratio) {
            continue;
        }
        first.value *= multiplier;
        first.precision *= multiplier;
        match (first.unit, second.unit) {
            ("count", "USD" | "PKR" | "AFN") => first.unit = second.unit,
            ("USD" | "PKR" | "AFN", "count") => second.unit = first.unit,
            _ => {}
        }
    }
}

/// Whether `text` starts with `prefix`, ignoring ASCII case, reading no more of it than `prefix` is long.
fn starts_with_ignoring_case(text: &str, prefix: &str) -> bool {
    text.as_bytes()
        .get(..prefix.len())
        .is_some_and(|head| head.eq_ignore_ascii_case(prefix.as_bytes()))
}

/// Whether `text` ends with `suffix`, ignoring ASCII case, reading no more of it than `suffix` is long.
fn ends_with_ignoring_case(text: &str, suffix: &str) -> bool {
    text.len() >= suffix.len()
        && text.as_bytes()[text.len() - suffix.len()..].eq_ignore_ascii_case(suffix.as_bytes())
}

/// Whether a number names a span of the calendar rather than counts: "the first nine months of 2024",
/// "the past 12 months".
fn names_a_span(text: &str, start: usize, next_word: &str) -> bool {
    let before = text[..start].trim_end();
    let previous = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("")
        .to_ascii_lowercase();
    if !matches!(
        previous.as_str(),
        "first" | "last" | "past" | "next" | "final" | "the"
    ) || !matches!(
        next_word,
        "months" | "weeks" | "days" | "quarters" | "years"
    ) {
        return false;
    }
    // "… of 2024", "… to June": the span is dated; "the past 20 years" alone is a duration, a claim.
    let after = &text[start..];
    let after = after.get(..after.len().min(48)).unwrap_or(after);
    let after_unit = after
        .split_once(next_word)
        .map_or("", |(_, rest)| rest)
        .trim_start()
        .to_ascii_lowercase();
    ["of ", "to ", "ending ", "ended "]
        .iter()
        .any(|w| after_unit.starts_with(w))
}

/// The value of a number written in words, lower case, as [`NUMBER_WORDS`] matches it: "seventeen",
/// "two and a half", "forty-five".
pub fn word_value(words: &str) -> Option<f64> {
    const UNITS: [&str; 20] = [
        "zero",
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    let words = words.split_whitespace().collect::<Vec<_>>().join(" ");
    // "one and a half", "two and a quarter".
    if let Some((whole, part)) = words.split_once(" and a ") {
        let whole = if whole == "one" {
            1.0
        } else {
            word_value(whole)?
        };
        return match part {
            "half" => Some(whole + 0.5),
            "quarter" => Some(whole + 0.25),
            _ => None,
        };
    }
    // "one point four": a whole number and its decimals read out digit by digit.
    if let Some((whole, decimals)) = words.split_once(" point ") {
        let whole = if whole == "one" {
            1.0
        } else {
            word_value(whole)?
        };
        let mut digits = String::new();
        for word in decimals.split(' ') {
            let digit = UNITS.iter().take(10).position(|w| *w == word)?;
            digits.push(char::from(b'0' + digit as u8));
        }
        return format!("{whole}.{digits}").parse().ok();
    }
    match words.as_str() {
        "a dozen" => return Some(12.0),
        "a hundred" | "one hundred" => return Some(100.0),
        "a thousand" | "one thousand" => return Some(1e3),
        "a million" | "one million" => return Some(1e6),
        "a billion" | "one billion" => return Some(1e9),
        _ => {}
    }
    let mut total = 0.0;
    for part in words.split(['-', ' ']) {
        total += match UNITS.iter().position(|w| *w == part) {
            Some(n) => n as f64,
            None => 20.0 + 10.0 * TENS.iter().position(|w| *w == part)? as f64,
        };
    }
    Some(total)
}

/// A source and year in parentheses or brackets: "(UNHCR, 2023)", "(UNHCR 2023)", "[UNHCR, 2022]".
static CITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[(\[](?P<source>[A-Z][A-Za-z&.' ]{1,60}?),?\s+(?P<year>(?:19|20)\d{2})[)\]]")
        .expect("the citation pattern is valid")
});

/// A parenthesis that a publisher of statistics opens, with a year somewhere in it: "(UNHCR Operational
/// Data Portal, end-2023)", "(Source: UNHCR, 31 Dec 2021)", "(UNHCR's year-end report for 2019)".
static PUBLISHER_CITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)[(\[](?:[Ss]ource:\s*|[Ss]ee\s+)?(?:the\s+)?
        (?P<source>UNHCR|IOM|OCHA|UNODC|UNICEF|WFP|PBS|ACLED|UCDP|World\ Bank|IMF|UN\ [Rr]efugee\ [Aa]gency)(?:'s|’s)?
        [^\[\]\n]{0,60}?(?-u:\b)(?P<year>(?:19|20)\d{2})(?-u:\b)[^\[\]\n]{0,20}?[)\]]",
    )
    .expect("the publisher citation pattern is valid")
});

/// Words besides month names before a year in parentheses that make it a date, not a source:
/// "(FY 2023)", "(End 2023)".
const NOT_SOURCES: &[&str] = &[
    "FY", "CY", "H", "Q", "End", "Mid", "Since", "From", "In", "As", "At", "By", "The",
];

/// A source named in prose before the figures it gives: "according to UNHCR's 2020 figures", "UNHCR
/// data for 2019 show". Only organisations that publish statistics, by their short names.
static PROSE_CITATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?-u:\b)(?P<back>[Aa]ccording\ to\ |[Aa]s\ reported\ by\ |[Aa]s\ counted\ by\ |[Pp]er\ |[Gg]oing\ by\ |[Bb]ased\ on\ )?(?:the\ )?
        (?P<source>UNHCR|IOM|OCHA|UNODC|UNICEF|WFP|PBS|ACLED|UCDP|World\ Bank|IMF|UN\ [Rr]efugee\ [Aa]gency)(?:'s|’s)?
        (?:\s+(?:(?:end-of-year\s+|year-end\s+|end-?|mid-?)?(?P<year1>(?:19|20)\d{2})\s+(?:data|figures?|statistics|numbers|count|register)(?-u:\b)
          |(?:(?:year-end\s+|end-of-year\s+|annual\s+)?report|data|figures?|statistics|stats|numbers|count|register|tally)\s+(?:for|as\ of|as\ on|as\ at|at|by|of)\s+(?:the\ end\ of\ |end-?|mid-?|[A-Z][a-z]{2,8}\ |\d{1,2}[./]\d{1,2}[./])?(?P<year2>(?:19|20)\d{2})(?-u:\b)
          |\((?:YE\s?|[Ee]nd-)?(?P<year3>(?:19|20)\d{2})[a-z]?\)
          |(?:(?:registered|counted|recorded)\s+)?(?:at|by)\s+(?:the\s+)?(?:close|end)\s+of\s+(?P<year4>(?:19|20)\d{2})(?-u:\b)
          |(?:year-end\s+|end-of-year\s+|mid-year\s+)?(?:data|figures?|statistics|numbers|count|tally)\s*\((?:YE\s?|[Ee]nd-)?(?P<year5>(?:19|20)\d{2})\)
          |Global\ Trends(?:\ [Rr]eport)?\ (?P<year6>(?:19|20)\d{2})(?-u:\b)))?",
    )
    .expect("the prose citation pattern is valid")
});

const SUPERSCRIPTS: [char; 10] = ['⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹'];

/// The superscript form of a digit.
fn superscript(digit: char) -> char {
    digit
        .to_digit(10)
        .map_or(digit, |d| SUPERSCRIPTS[d as usize])
}

/// The superscript form of a note's letter, a to e.
fn superscript_letter(letter: char) -> Option<char> {
    let at = "abcde".find(letter)?;
    ['ᵃ', 'ᵇ', 'ᶜ', 'ᵈ', 'ᵉ'].get(at).copied()
}

/// The digit a superscript digit stands for.
fn superscript_digit(c: char) -> Option<usize> {
    SUPERSCRIPTS.iter().position(|s| *s == c)
}

/// A quotation attributed by a dash to a publisher of statistics and a year: `" — UNHCR, end-2022`.
static DASH_ATTRIBUTION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)[—–]\s*(?P<source>UNHCR|IOM|OCHA|UNODC|UNICEF|WFP|PBS|ACLED|UCDP|World\ Bank|IMF)(?:'s|’s)?
        [^\n]{0,40}?(?-u:\b)(?P<year>(?:19|20)\d{2})(?-u:\b)",
    )
    .expect("the dash attribution pattern is valid")
});

/// A source line that names a publisher of statistics and a date before anything else: "Source: UNHCR,
/// 31 December 2021; …", "*Sources:* UNHCR year-end statistics 2023", "Data: UNHCR, Pakistan: registered
/// Afghan refugees, 31 Dec 2022", or a chart's or a table's caption that ends with one ("Chart:
/// Registered Afghan refugees, end of year. Source: UNHCR, 31 December 2023.").
static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xm)^[*_\ ]*(?:(?:Chart|Figure|Graph|Table|Map)(?-u:\b)[^\n]{0,160}?\.\s+)?(?:Sources?|Data|Data\ sources?|Figures|Sources?\ (?:of|for)\ the\ [a-z]+(?:\ [a-z]+)?\ figures?):[*_]?\s*(?:the\ )?
        (?P<source>UNHCR|IOM|OCHA|UNODC|UNICEF|WFP|PBS|ACLED|UCDP|World\ Bank|IMF|UN\ [Rr]efugee\ [Aa]gency)(?:'s|’s)?
        [^;\n(\[]{0,60}?(?-u:\b)(?P<year>(?:19|20)\d{2})(?-u:\b)",
    )
    .expect("the source line pattern is valid")
});

/// Figures a publisher of statistics released for a year, named in prose: "according to figures released
/// by UNHCR for 2024", "citing data published by IOM at the end of 2023", "Figures released by UNHCR
/// for end-2021 counted …".
static PROSE_RELEASED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)(?-u:\b)(?P<back>[Aa]ccording\ to\ |[Cc]iting\ |[Gg]oing\ by\ |[Bb]ased\ on\ )?(?:[Tt]he\ )?(?:[Ll]atest\ |[Oo]fficial\ )?(?:[Ff]igures|[Dd]ata|[Nn]umbers|[Ss]tatistics)\s+
        (?:released|published|compiled|issued|reported)\s+by\s+(?:the\ )?
        (?P<source>UNHCR|IOM|OCHA|UNODC|UNICEF|WFP|PBS|ACLED|UCDP|World\ Bank|IMF|UN\ [Rr]efugee\ [Aa]gency)
        \s+(?:for|in|as\ of|at\ the\ end\ of)\s+(?:end-?)?(?P<year>(?:19|20)\d{2})(?-u:\b)",
    )
    .expect("the released-by citation pattern is valid")
});

/// The short name of a publisher of statistics as a citation names it.
fn statistics_publisher(name: &str) -> &str {
    if name.to_ascii_lowercase().starts_with("un refugee") {
        "UNHCR"
    } else {
        name
    }
}

/// The four-digit years (1900–2099) a short text names, in order.
fn extract_years(text: &str) -> Vec<i32> {
    static YEAR: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(r"(?:19|20)\d{2}").expect("the year pattern is valid"));
    YEAR.find_iter(text)
        .filter(|m| {
            let before = text[..m.start()].chars().next_back();
            let after = text[m.end()..].chars().next();
            !before.is_some_and(|c| c.is_ascii_digit())
                && !after.is_some_and(|c| c.is_ascii_digit())
        })
        .filter_map(|m| m.as_str().parse().ok())
        .collect()
}

/// Whether the number at `start..end` numbers a section or paragraph: it starts its line (after any
/// `#`, `*` or spaces), is written with points ("2.4", "8.3.1"), and a capitalised word follows it
/// ("**2.4 Afghan Citizen Card holders.**", "7.8 Fresh and dried fruit").
fn is_section_number(text: &str, start: usize, end: usize) -> bool {
    let line_start = text[..start].rfind('\n').map_or(0, |i| i + 1);
    // Markup, or markup and the first parts of the same number ("8.3." before "1").
    let lead = text[line_start..start].trim_start_matches(['#', '*', '_', ' ', '\t']);
    let lead_is_markup = lead.is_empty()
        || lead.ends_with('.') && lead.chars().all(|c| c.is_ascii_digit() || c == '.');
    // "8.3.1": the number pattern stops at the second point.
    let mut end = end;
    while text[end..].starts_with('.') && text[end + 1..].starts_with(|c: char| c.is_ascii_digit())
    {
        end += 1 + text[end + 1..]
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(text.len() - end - 1);
    }
    let dotted = !lead.is_empty() || text[start..end].contains('.');
    let rest = text[end..].trim_start_matches(['.', '*']);
    let capital_follows =
        rest.starts_with(' ') && rest.trim_start().starts_with(|c: char| c.is_uppercase());
    lead_is_markup && dotted && capital_follows
}

/// A Markdown footnote's text: `[^1]: UNHCR, registered refugees, end-2023.`
static FOOTNOTE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?m)^(?:\[\^(?P<label>[^\]\s]+)\]:|\[(?P<number>\d{1,3})\]|(?P<plain>\d{1,3})\.|(?P<letter>[a-e])/)[ \t]*(?P<text>.+)$")
        .expect("the footnote pattern is valid")
});

/// A fiscal year by its two calendar years ("FY2022-23", "FY24/25") or by the one it ends in ("FY2025",
/// "FY25": Pakistan names a fiscal year after the June it closes).
pub static FISCAL_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)FY\s?((?:19|20)?\d{2})(?:[-–/]((?:19|20)?\d{2}))?(?-u:\b)")
        .expect("the fiscal year pattern is valid")
});

/// The calendar year a fiscal year starts in, from [`FISCAL_YEAR`]'s two groups: its first year, and its
/// second if it is written ("FY2022-23" → 2022, "FY2025" → 2024, "FY25" → 2024).
pub fn fiscal_start(first: &str, second: Option<&str>) -> Option<i32> {
    let first: i32 = first.parse().ok()?;
    let first = if first < 100 { 2000 + first } else { first };
    Some(if second.is_some() { first } else { first - 1 })
}

static YEAR_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:from|between)\s+(?:end-|mid-|the\ end\ of\ )?((?:19|20)\d{2})\s+(?:to|and|until)\s+(?:end-|mid-|the\ end\ of\ )?((?:19|20)\d{2})(?-u:\b)|(?-u:\b)((?:19|20)\d{2})\s?[–—-]\s?((?:19|20)\d{2})(?-u:\b)|\(((?:19|20)\d{2})\s+to\s+((?:19|20)\d{2})\)",
    )
    .expect("the year range pattern is valid")
});

/// A range of Solar Hijri years, the Afghan calendar's, said to be years: "in each of the three years
/// from 1404 to 1402", "the years between 1401 and 1403", "from 1400 to 1402 SH".
static HIJRI_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)years?\s+(?P<a>(?:from|between)\s+(?P<from>1[34]\d{2})\s+(?:to|and|until)\s+(?P<to>1[34]\d{2}))(?-u:\b)|(?-u:\b)(?P<b>(?:from|between)\s+(?P<from2>1[34]\d{2})\s+(?:to|and|until)\s+(?P<to2>1[34]\d{2})\s*(?:SH|AP|solar))(?-u:\b)",
    )
    .expect("the Hijri range pattern is valid")
});

/// A range of fiscal years or seasons: "from FY2025-26 to FY2023-24", "between FY24 and FY26", "from
/// the 2023/24 season to the 2022/23 season".
static FISCAL_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)(?-u:\b)(?:from|between)\s+(?:the\s+)?(?:FY\s?(\d{2}|\d{4})(?:[-–/](\d{2}|\d{4}))?|((?:19|20)\d{2})[/–-](\d{2})(?:\s+season)?)\s+(?:to|and|until)\s+(?:the\s+)?(?:FY\s?(\d{2}|\d{4})(?:[-–/](\d{2}|\d{4}))?|((?:19|20)\d{2})[/–-](\d{2})(?:\s+season)?)(?-u:\b)",
    )
    .expect("the fiscal range pattern is valid")
});

static CALENDAR_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?-u:\b)CY\s?((?:19|20)\d{2})(?-u:\b)")
        .expect("the calendar year pattern is valid")
});

/// The month a half or a quarter of a year starts in: 7 for "H2", 4 for "Q2".
fn part_start_month(part: &str) -> Option<u32> {
    let n: u32 = part.get(1..)?.parse().ok()?;
    match part.as_bytes().first()?.to_ascii_uppercase() {
        b'H' if (1..=2).contains(&n) => Some((n - 1) * 6 + 1),
        b'Q' if (1..=4).contains(&n) => Some((n - 1) * 3 + 1),
        _ => None,
    }
}

/// The month of the solar hijri year a name says, 1–12 (Hamal, the first, starts at the March equinox),
/// in the spellings Afghan documents use.
fn solar_month(name: &str) -> Option<u32> {
    const MONTHS: [&[&str]; 12] = [
        &["Hamal"],
        &["Sawr", "Saur", "Sor"],
        &["Jawza", "Jauza", "Jowza"],
        &["Saratan", "Sarattan"],
        &["Asad"],
        &["Sunbula", "Sonbola", "Sonbula"],
        &["Mizan"],
        &["Aqrab"],
        &["Qaws", "Qaus", "Qous"],
        &["Jadi", "Jaddi", "Jadey"],
        &["Dalw", "Dalu"],
        &["Hut", "Hoot", "Hout"],
    ];
    MONTHS
        .iter()
        .position(|names| names.contains(&name))
        .map(|i| i as u32 + 1)
}

/// The month a name or abbreviation says, 1–12.
pub fn month_number(name: &str) -> Option<u32> {
    const MONTHS: [&str; 12] = [
        "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
    ];
    let lower = name.to_ascii_lowercase();
    let number = MONTHS.iter().position(|m| lower.starts_with(m))? as u32 + 1;
    let full = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ][number as usize - 1];
    (lower.len() == 3 || full.starts_with(lower.trim_end_matches('.')) || lower == "sept")
        .then_some(number)
}

/// A part of a year: a month, a quarter or a half, with its calendar year when it is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct PartOfYear {
    /// Months in the part: 1 for a month, 3 for a quarter, 6 for a half.
    pub months: u32,
    /// The month it starts in, 1–12.
    pub first_month: u32,
    /// The calendar year, when the words name one.
    pub year: Option<i32>,
}

impl PartOfYear {
    /// Whether two parts may be the same period: the same months, in the same year when both name one.
    pub fn may_be(&self, other: &PartOfYear) -> bool {
        (self.months, self.first_month) == (other.months, other.first_month)
            && (self.year.is_none() || other.year.is_none() || self.year == other.year)
    }
}

/// A part of a year as words name it: "Q2", "the second quarter", "first half", "Apr–Jun", "August",
/// each with an optional year after it ("Q2 2025", "August 2025", "the first half of 2024").
static PART_OF_YEAR: LazyLock<Regex> = LazyLock::new(|| {
    const MONTH: &str = r"Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?";
    Regex::new(&format!(
        r"(?-u:\b)(?:(?P<ordinal>(?i:first|second|third|fourth|1st|2nd|3rd|4th|last|final))\s+(?P<part>(?i:quarter|half))|(?P<edge>(?i:first|last|final))\s+(?P<count>(?i:three|six))\s+months|(?P<code>[QH][1-4])|(?P<from>{MONTH})\.?\s*(?:[-–—]|\s(?:to|through)\s)\s*(?P<to>{MONTH})|(?i:between)\s+(?P<between>{MONTH})\s+and\s+(?P<and>{MONTH})|(?P<month>{MONTH}))(?-u:\b)\.?(?:,?\s+(?:of\s+)?(?P<year>(?:19|20)\d{{2}})(?-u:\b))?"
    ))
    .expect("the part of a year pattern is valid")
});

/// What a [`PART_OF_YEAR`] match names, or `None` for a span of months that is no quarter or half
/// ("Jan–Sep").
fn part_of_year_named(found: &regex::Captures<'_>) -> Option<PartOfYear> {
    let ordinal = |word: &str| match word.to_ascii_lowercase().as_str() {
        "first" | "1st" => Some(1),
        "second" | "2nd" => Some(2),
        "third" | "3rd" => Some(3),
        "fourth" | "4th" => Some(4),
        _ => None,
    };
    let last = |word: &str| matches!(word.to_ascii_lowercase().as_str(), "last" | "final");
    let (months, first_month) = if let Some(ordinal_word) = found.name("ordinal") {
        let half = found["part"].eq_ignore_ascii_case("half");
        // "the last quarter", "the final half": the year's last part.
        let n = match ordinal(ordinal_word.as_str()) {
            Some(n) => n,
            None if last(ordinal_word.as_str()) => {
                if half {
                    2
                } else {
                    4
                }
            }
            None => return None,
        };
        if half {
            (n <= 2).then_some((6, (n - 1) * 6 + 1))?
        } else {
            (3, (n - 1) * 3 + 1)
        }
    } else if let (Some(edge), Some(count)) = (found.name("edge"), found.name("count")) {
        // "the first three months", "the last six months".
        let months = if count.as_str().eq_ignore_ascii_case("six") {
            6
        } else {
            3
        };
        let first_month = if last(edge.as_str()) { 13 - months } else { 1 };
        (months, first_month)
    } else if let Some(code) = found.name("code") {
        let months = if code.as_str().starts_with('H') { 6 } else { 3 };
        (months, part_start_month(code.as_str())?)
    } else if let (Some(from), Some(to)) = (
        found.name("from").or(found.name("between")),
        found.name("to").or(found.name("and")),
    ) {
        let (from, to) = (month_number(from.as_str())?, month_number(to.as_str())?);
        let months = (to + 1).checked_sub(from)?;
        (matches!(months, 3 | 6) && (from - 1) % months == 0).then_some((months, from))?
    } else {
        (1, month_number(found.name("month")?.as_str())?)
    };
    Some(PartOfYear {
        months,
        first_month,
        year: found.name("year").and_then(|y| y.as_str().parse().ok()),
    })
}

/// The parts of a year a stretch of prose names, with their byte spans, in order. A span of months
/// that is no quarter or half is listed as `None`, as a period the figure near it may belong to. "May"
/// counts only with its year or after a preposition ("in May"), as it is a verb far more often; a
/// quarter or half of a fiscal year ("Q2
/// FY25", "the first half of FY2024") is none of a calendar year's, and is listed as `None`.
pub fn parts_of_year(text: &str) -> Vec<(usize, usize, Option<PartOfYear>)> {
    PART_OF_YEAR
        .captures_iter(text)
        .filter(|found| {
            let whole = found.get(0).expect("a match has a span");
            let after_preposition = ["in ", "In ", "of ", "during ", "until ", "since ", "by "]
                .iter()
                .any(|p| text[..whole.start()].ends_with(p));
            // "May" is a verb, and a short name may be a person's ("Gul Jan"): alone, they count only
            // after a preposition.
            let doubtful = found
                .name("month")
                .is_some_and(|m| m.as_str() == "May" || m.as_str().len() == 3);
            !doubtful || found.name("year").is_some() || after_preposition
        })
        .map(|found| {
            let whole = found.get(0).expect("a match has a span");
            let after = text[whole.end()..].trim_start_matches([' ', '-', '–', '/']);
            let lowered_after = after.to_ascii_lowercase();
            let before =
                &text[text.floor_char_boundary(whole.start().saturating_sub(8))..whole.start()];
            // A fiscal year's part: "Q2 FY25", "Q1-FY25", "FY25 Q1", "of the fiscal year", "the first
            // quarter of 2024-25".
            let fiscal = after.starts_with("FY")
                || lowered_after.starts_with("of fy")
                || [
                    "of the fiscal",
                    "of fiscal",
                    "of this fiscal",
                    "of the current fiscal",
                ]
                .iter()
                .any(|w| lowered_after.starts_with(w))
                || before.contains("FY")
                || found.name("year").is_some_and(|year| {
                    text[year.end()..]
                        .strip_prefix(['-', '–', '/'])
                        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
                });
            // "the last quarter", "the last six months" with no year may mean the latest ones before
            // the writing, not the year's last: a part only with its year ("of 2025", "of the
            // year").
            let last_without_year = whole.as_str().to_ascii_lowercase().starts_with("last")
                && found.name("year").is_none()
                && !lowered_after.starts_with("of the year");
            let part = if fiscal || last_without_year {
                None
            } else {
                part_of_year_named(&found)
            };
            (whole.start(), whole.end(), part)
        })
        .collect()
}

/// The part of a year a table's row label or column header is, when that is all it says: "Q2 2025",
/// "Aug 2025", "Jul–Sep", "2025 Q3", "H1 2024".
pub fn part_of_year_label(label: &str) -> Option<PartOfYear> {
    let trimmed = label.trim().trim_matches('*').trim();
    if trimmed.len() > 24 {
        return None;
    }
    // A year written first ("2025 Q3", "2025-Q3").
    let (year_first, rest) = match trimmed.get(..4).and_then(|y| y.parse::<i32>().ok()) {
        Some(year) if (1900..=2100).contains(&year) => {
            (Some(year), trimmed[4..].trim_start_matches([' ', '-', '/']))
        }
        _ => (None, trimmed),
    };
    let found = PART_OF_YEAR.captures(rest)?;
    let whole = found.get(0).expect("a match has a span");
    let leftover = format!("{}{}", &rest[..whole.start()], &rest[whole.end()..]);
    if leftover.chars().any(char::is_alphanumeric) {
        return None;
    }
    let mut part = part_of_year_named(&found)?;
    part.year = part.year.or(year_first);
    Some(part)
}

/// Ranges of periods other than plain years: of months ("between December 2024 and July 2024",
/// "Jan–Jun 2024"), of fiscal years ("FY 2024-23" runs from 2024 to 2023; "FY2023/24–FY2022/23") and of
/// calendar years written "CY2024–CY2021".
fn period_ranges(text: &str) -> Vec<YearRange> {
    static MONTHS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)(?-u:\b)(?:(?:from|between)\s+)?(?P<m1>[a-z]{3,9})\.?\s+(?P<y1>(?:19|20)\d{2})\s+(?:to|and|until)\s+(?P<m2>[a-z]{3,9})\.?\s+(?P<y2>(?:19|20)\d{2})(?-u:\b)",
        )
        .expect("the month range pattern is valid")
    });
    static FISCAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)(?-u:\b)FY\s?(?P<y1>(?:19|20)\d{2})[-–/](?P<e1>\d{2}(?:\d{2})?)
            (?:(?:\s?[–—-]\s?|\s+(?:to|until|through)\s+)FY\s?(?P<y2>(?:19|20)\d{2})[-–/]\d{2}(?:\d{2})?)?(?-u:\b)",
        )
        .expect("the fiscal range pattern is valid")
    });
    static CALENDAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:CY\s?(?P<y1>(?:19|20)\d{2})\s?[–—-]\s?CY\s?(?P<y2>(?:19|20)\d{2})|(?:from|between)\s+(?:FY|CY)\s?(?P<y3>(?:19|20)\d{2})\s+(?:to|and)\s+(?:FY|CY)\s?(?P<y4>(?:19|20)\d{2}))(?-u:\b)",
        )
        .expect("the calendar range pattern is valid")
    });
    static DAYS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?-u:\b)(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+(?P<y1>(?:19|20)\d{2})\s*(?:[–—-]|(?i:to|and|until))\s*(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?\s+(?P<y2>(?:19|20)\d{2})(?-u:\b)",
        )
        .expect("the date range pattern is valid")
    });
    // Days with a year on one end or none: "from 26 October to 10 October", "between 3 March and 1
    // March 2025".
    static DAYS_OF_ONE_YEAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?-u:\b)(?i:from|between)\s+(?P<d1>\d{1,2})\s+(?P<m1>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?(?:\s+(?P<y1>(?:19|20)\d{2}))?\s+(?i:to|and|until)\s+(?P<d2>\d{1,2})\s+(?P<m2>[A-Z][a-z]{2,8}|[A-Z]{3,9})\.?(?:\s+(?P<y2>(?:19|20)\d{2}))?(?-u:\b)",
        )
        .expect("the date range pattern without years is valid")
    });
    static HALVES: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:(?:from|between)\s+)?(?P<h1>[12])H\s?(?:FY)?(?:20)?(?P<y1>\d{2})\s*(?:[–—-]|to|and|until)\s*(?P<h2>[12])H\s?(?:FY)?(?:20)?(?P<y2>\d{2})(?-u:\b)",
        )
        .expect("the half-year range pattern is valid")
    });
    static NUMERIC_DAYS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?-u:\b)(?P<d1>\d{1,2})[/.](?P<m1>\d{1,2})[/.](?P<y1>(?:19|20)\d{2})\s*(?:[–—-]|to|and|until)\s*(?P<d2>\d{1,2})[/.](?P<m2>\d{1,2})[/.](?P<y2>(?:19|20)\d{2})(?-u:\b)",
        )
        .expect("the numeric date range pattern is valid")
    });
    static PARTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)(?-u:\b)(?:(?:from|between)\s+)?(?:end-)?(?P<m1>[HQ][1-4])\s+(?:FY\s?)?(?P<y1>(?:19|20)\d{2})\s*(?:[–—-]|to|and|until)\s*(?:end-)?(?P<m2>[HQ][1-4])\s+(?:FY\s?)?(?P<y2>(?:19|20)\d{2})(?-u:\b)",
        )
        .expect("the half and quarter range pattern is valid")
    });
    static SHORT_FISCAL: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)(?-u:\b)(?:from|between)\s+(?P<y1>(?:19|20)\d{2})[-–/]\d{2}(?:\d{2})?\s+(?:to|and|until)\s+(?P<y2>(?:19|20)\d{2})[-–/]\d{2}(?:\d{2})?(?-u:\b)",
        )
        .expect("the fiscal year range pattern is valid")
    });
    // Months and quarters written short, with the year joined on: "from Sep-2025 to Jan-2025",
    // "between Jul-25 and Mar-25", "from Q2FY2026 to Q4FY2025", "from Q3'24 to Q1'24". Two-digit years
    // are of 2000–2099; a quarter of a fiscal year is ordered within that fiscal year.
    static SHORT_MONTHS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)(?-u:\b)(?:(?:from\s+)?(?P<m1>[a-z]{3,9})[-'’/](?P<y1>(?:20)?\d{2})\s+(?:to|until)
            |between\s+(?P<n1>[a-z]{3,9})[-'’/](?P<z1>(?:20)?\d{2})\s+and)
            \s+(?P<m2>[a-z]{3,9})[-'’/](?P<y2>(?:20)?\d{2})(?-u:\b)",
        )
        .expect("the short month range pattern is valid")
    });
    static SHORT_PARTS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)(?-u:\b)(?:from|between)\s+(?P<m1>[HQ][1-4])\s?(?P<s1>FY|CY)?\s?'?(?P<y1>(?:20)?\d{2})
            \s+(?:to|and|until)\s+(?P<m2>[HQ][1-4])\s?(?P<s2>FY|CY)?\s?'?(?P<y2>(?:20)?\d{2})(?-u:\b)",
        )
        .expect("the short quarter range pattern is valid")
    });
    static SOLAR_BETWEEN: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)(?-u:\b)(?:from|between)\s+(?P<y1>1[34]\d{2})\s+(?:to|and|until)\s+(?P<y2>1[34]\d{2})(?-u:\b)")
            .expect("the solar year range pattern is valid")
    });
    static PERIODS_TO: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)(?-u:\b)(?:between|from)\s+the\s+(?:quarter|half|year|(?:three|six|twelve)\s+months)\s+(?:to|ended|ending)\s+(?P<m1>[a-z]{3,9})\.?\s+(?P<y1>(?:19|20)\d{2})
            \s+(?:and|to|until)\s+the\s+(?:quarter|half|year|(?:three|six|twelve)\s+months)\s+(?:to|ended|ending)\s+(?P<m2>[a-z]{3,9})\.?\s+(?P<y2>(?:19|20)\d{2})(?-u:\b)",
        )
        .expect("the range of periods ending in a month pattern is valid")
    });
    // Spans of months, each with its year: "from October–December 2025 to January–March 2025"; the
    // range runs from the first span's first month to the second span's.
    static MONTH_SPANS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?ix)(?-u:\b)(?:from|between)\s+(?P<m1>[a-z]{3,9})\.?\s*[–—-]\s*[a-z]{3,9}\.?\s+(?P<y1>(?:19|20)\d{2})
            \s+(?:to|and|until)\s+(?P<m2>[a-z]{3,9})\.?\s*[–—-]\s*[a-z]{3,9}\.?\s+(?P<y2>(?:19|20)\d{2})(?-u:\b)",
        )
        .expect("the range of spans of months pattern is valid")
    });
    static SOLAR_MONTHS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?-u:\b)(?P<m1>[A-Z][a-z]{2,7})\s+(?P<y1>1[34]\d{2})\s*(?:[–—-]|to|and|until)\s*(?P<m2>[A-Z][a-z]{2,7})\s+(?P<y2>1[34]\d{2})(?-u:\b)",
        )
        .expect("the solar month range pattern is valid")
    });
    static SOLAR: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?-u:\b)(?P<y1>1[34]\d{2})\s?[–—-]\s?(?P<y2>1[34]\d{2})\s*(?:SH|AP)(?-u:\b)")
            .expect("the solar year range pattern is valid")
    });
    let mut ranges = Vec::new();
    let mut push = |whole: regex::Match<'_>, from: (i32, u32), to: (i32, u32)| {
        ranges.push(YearRange {
            start: whole.start(),
            end: whole.end(),
            from: from.0,
            to: to.0,
            from_month: from.1,
            to_month: to.1,
        });
    };
    for found in MONTHS.captures_iter(text) {
        let (Some(m1), Some(m2)) = (month_number(&found["m1"]), month_number(&found["m2"])) else {
            continue;
        };
        let (Ok(y1), Ok(y2)) = (found["y1"].parse(), found["y2"].parse()) else {
            continue;
        };
        push(found.get(0).expect("match 0"), (y1, m1), (y2, m2));
    }
    for found in FISCAL.captures_iter(text) {
        let Ok(y1) = found["y1"].parse::<i32>() else {
            continue;
        };
        let whole = found.get(0).expect("match 0");
        // "FY2024-25 compared to FY2023-24" sets two years side by side: no range.
        let lead = text[..whole.start()].to_ascii_lowercase();
        let lead = lead.trim_end();
        // "from FY2025-26 to FY2023-24" is read with the other ranges "from" opens.
        let side_by_side = whole.as_str().contains(" to ")
            && [
                "compared", "compare", "relative", "similar", "equal", "close", "from", "between",
            ]
            .iter()
            .any(|w| lead.ends_with(w));
        if side_by_side {
            continue;
        }
        match found.name("y2").map(|y| y.as_str().parse::<i32>()) {
            // Two fiscal years: the range is from the first's start to the second's.
            Some(Ok(y2)) => push(whole, (y1, 0), (y2, 0)),
            Some(Err(_)) => {}
            // One fiscal year: its end must be the next year.
            None => {
                let e1 = &found["e1"];
                let end: i32 = match e1.len() {
                    2 => y1 / 100 * 100 + e1.parse::<i32>().unwrap_or(0),
                    _ => e1.parse().unwrap_or(0),
                };
                if end < y1 {
                    push(whole, (y1, 0), (end, 0));
                }
            }
        }
    }
    for found in CALENDAR.captures_iter(text) {
        let years = found
            .name("y1")
            .zip(found.name("y2"))
            .or(found.name("y3").zip(found.name("y4")));
        let Some((Ok(y1), Ok(y2))) = years.map(|(a, b)| (a.as_str().parse(), b.as_str().parse()))
        else {
            continue;
        };
        push(found.get(0).expect("match 0"), (y1, 0), (y2, 0));
    }
    // Days: months count in hundredths of a year, days in the rest ("31 Dec 2024 – 15 Sep 2023").
    for found in DAYS.captures_iter(text) {
        let (Some(m1), Some(m2)) = (month_number(&found["m1"]), month_number(&found["m2"])) else {
            continue;
        };
        let (Ok(y1), Ok(y2), Ok(d1), Ok(d2)) = (
            found["y1"].parse(),
            found["y2"].parse(),
            found["d1"].parse::<u32>(),
            found["d2"].parse::<u32>(),
        ) else {
            continue;
        };
        push(
            found.get(0).expect("match 0"),
            (y1, m1 * 100 + d1),
            (y2, m2 * 100 + d2),
        );
    }
    // Days with a year on one end or none: a span into an earlier month runs into the next year
    // ("from 26 December to 10 January"), so only days of one month can run backwards.
    for found in DAYS_OF_ONE_YEAR.captures_iter(text) {
        let (Some(m1), Some(m2)) = (month_number(&found["m1"]), month_number(&found["m2"])) else {
            continue;
        };
        let (Ok(d1), Ok(d2)) = (found["d1"].parse::<u32>(), found["d2"].parse::<u32>()) else {
            continue;
        };
        let year = |name: &str| {
            found
                .name(name)
                .and_then(|y| y.as_str().parse::<i32>().ok())
        };
        // A span of a whole year ("runs from 21 March to 20 March", "valid for one year, from 10
        // October to 9 October") ends the day before it starts, a year on.
        let whole = found.get(0).expect("match 0");
        let before =
            &text[text.floor_char_boundary(whole.start().saturating_sub(60))..whole.start()];
        let after = &text[whole.end()..text.floor_char_boundary(whole.end() + 24)];
        let a_year_on = m1 == m2 && d2 + 1 == d1
            || before.to_ascii_lowercase().contains("year")
            || ["next year", "following year", "year after"]
                .iter()
                .any(|w| after.to_ascii_lowercase().contains(w));
        if a_year_on {
            continue;
        }
        let wraps = i32::from(m2 < m1);
        let (y1, y2) = match (year("y1"), year("y2")) {
            // Both years: read above.
            (Some(_), Some(_)) => continue,
            (Some(y1), None) => (y1, y1 + wraps),
            (None, Some(y2)) => (y2 - wraps, y2),
            (None, None) => (0, wraps),
        };
        push(
            found.get(0).expect("match 0"),
            (y1, m1 * 100 + d1),
            (y2, m2 * 100 + d2),
        );
    }
    // Dates written day/month/year ("30/09/2024 – 01/07/2024").
    for found in NUMERIC_DAYS.captures_iter(text) {
        let parse = |name: &str| found[name].parse::<u32>().ok();
        let (Some(d1), Some(m1), Some(d2), Some(m2)) =
            (parse("d1"), parse("m1"), parse("d2"), parse("m2"))
        else {
            continue;
        };
        let (Ok(y1), Ok(y2)) = (found["y1"].parse(), found["y2"].parse()) else {
            continue;
        };
        if (1..=12).contains(&m1) && (1..=12).contains(&m2) {
            push(
                found.get(0).expect("match 0"),
                (y1, m1 * 100 + d1),
                (y2, m2 * 100 + d2),
            );
        }
    }
    // Fiscal years written without "FY": "between 2023-24 and 2022-23".
    for found in SHORT_FISCAL.captures_iter(text) {
        let (Ok(y1), Ok(y2)) = (found["y1"].parse(), found["y2"].parse()) else {
            continue;
        };
        push(found.get(0).expect("match 0"), (y1, 0), (y2, 0));
    }
    // Halves and quarters, by the month they start ("between H2 2024 and H1 2024", "Q3 2024–Q1 2024");
    // periods named by the month they end in ("between the quarter to June 2025 and the quarter to
    // September 2024"); and months of the solar hijri calendar ("from Sawr 1404 to Qaws 1403").
    type MonthOf = fn(&str) -> Option<u32>;
    let months: [(&Regex, MonthOf); 4] = [
        (&PARTS, part_start_month),
        (&PERIODS_TO, month_number),
        (&MONTH_SPANS, month_number),
        (&SOLAR_MONTHS, solar_month),
    ];
    for (pattern, month) in months {
        for found in pattern.captures_iter(text) {
            let (Some(m1), Some(m2)) = (month(&found["m1"]), month(&found["m2"])) else {
                continue;
            };
            let (Ok(y1), Ok(y2)) = (found["y1"].parse(), found["y2"].parse()) else {
                continue;
            };
            push(
                found.get(0).expect("match 0"),
                (y1, m1 * 100),
                (y2, m2 * 100),
            );
        }
    }
    // Two digits are a year of 2020–2040 only ("Jul-25"); "Mar-29 to Apr-02" may be days.
    let short_year = |written: &str| -> Option<i32> {
        let year: i32 = written.parse().ok()?;
        match year {
            20..=40 => Some(2000 + year),
            0..=99 => None,
            _ => Some(year),
        }
    };
    for found in SHORT_MONTHS.captures_iter(text) {
        let first = |a: &str, b: &str| found.name(a).or(found.name(b)).map_or("", |m| m.as_str());
        let (Some(m1), Some(m2)) = (month_number(first("m1", "n1")), month_number(&found["m2"]))
        else {
            continue;
        };
        let (Some(y1), Some(y2)) = (short_year(first("y1", "z1")), short_year(&found["y2"])) else {
            continue;
        };
        push(
            found.get(0).expect("match 0"),
            (y1, m1 * 100),
            (y2, m2 * 100),
        );
    }
    for found in SHORT_PARTS.captures_iter(text) {
        // A fiscal quarter and a calendar one are not ordered by their numbers.
        let scheme = |name: &str| found.name(name).map(|m| m.as_str());
        if scheme("s1") != scheme("s2") {
            continue;
        }
        let (Some(m1), Some(m2)) = (
            part_start_month(&found["m1"]),
            part_start_month(&found["m2"]),
        ) else {
            continue;
        };
        let (Some(y1), Some(y2)) = (short_year(&found["y1"]), short_year(&found["y2"])) else {
            continue;
        };
        push(
            found.get(0).expect("match 0"),
            (y1, m1 * 100),
            (y2, m2 * 100),
        );
    }
    // Solar hijri years: "between 1403 and 1402" in a text that writes them, and "1402–1401 SH".
    if [" SH", "(SH", "SH)"].iter().any(|w| text.contains(w))
        || text.to_ascii_lowercase().contains("solar")
    {
        for found in SOLAR_BETWEEN.captures_iter(text) {
            let (Ok(y1), Ok(y2)) = (found["y1"].parse(), found["y2"].parse()) else {
                continue;
            };
            push(found.get(0).expect("match 0"), (y1, 0), (y2, 0));
        }
    }
    for found in SOLAR.captures_iter(text) {
        let (Ok(y1), Ok(y2)) = (found["y1"].parse(), found["y2"].parse()) else {
            continue;
        };
        push(found.get(0).expect("match 0"), (y1, 0), (y2, 0));
    }
    // Half-years written 2H24, in the years 2000–2099.
    for found in HALVES.captures_iter(text) {
        let (Ok(h1), Ok(y1), Ok(h2), Ok(y2)) = (
            found["h1"].parse::<u32>(),
            found["y1"].parse::<i32>(),
            found["h2"].parse::<u32>(),
            found["y2"].parse::<i32>(),
        ) else {
            continue;
        };
        push(
            found.get(0).expect("match 0"),
            (2000 + y1, h1),
            (2000 + y2, h2),
        );
    }
    ranges
}

/// Words that assert a rise, as the verb of a change.
const UP_WORDS: &[&str] = &[
    // "Orders ramped up", "prices were bumped up", "spiking from" ("accelerated" and "quickened"
    // may speed a decline).
    "ramped",
    "bumped",
    "spiking",
    "leapfrogged",
    "billowed",
    // "The roll vaulted to 52", "bales ascended to 16,300".
    "vaulted",
    "ascended",
    "buoyed",
    // "Women at the frames broadened to 26", "imports heightened to USD 741 million", "the gap
    // deepened", "the duty was raised to 12 percent".
    "broadened",
    "broadening",
    // Verbs of enlarging, by their past forms: "sales augmented", "the fleet was bolstered".
    "augmented",
    "amplified",
    "magnified",
    "inflated",
    "upped",
    "bolstered",
    "proliferated",
    "enlarged",
    "exploded",
    "galloped",
    "hoisted",
    "regained",
    "swollen",
    "mounting",
    "jumping",
    "sprang",
    "heightened",
    "heightening",
    "deepened",
    "deepening",
    "intensified",
    "boosted",
    "raised",
    "elevated",
    "stiffened",
    // "Badges sprouted", "orders multiplied", "the market bloomed".
    "sprouted",
    "sprouting",
    "multiplied",
    "bloomed",
    "catapulted",
    "catapulting",
    "rose",
    "risen",
    "rise",
    "rising",
    "grew",
    "grown",
    "grow",
    "growing",
    "increased",
    "increase",
    "climbed",
    "jumped",
    "gained",
    "expanded",
    "recovered",
    "surged",
    "soared",
    "uptick",
    "ballooned",
    "firmed",
    "rebounded",
    "increasing",
    "jump",
    "jumps",
    "surge",
    "gains",
    "recovery",
    "rebound",
    "widened",
    "up",
    "climb",
    "climbs",
    "rises",
    "grows",
    "increases",
    "lengthened",
    "swelled",
    "thickened",
    "fattened",
    "brightened",
    "strengthened",
    "bounced",
    "reviving",
    "revived",
    "recovering",
    "climbing",
    "surging",
    "soaring",
    "leapt",
    "leaped",
    "leaping",
    "rallied",
    "rallying",
    "spiked",
    "skyrocketed",
    "rocketed",
    "escalated",
    "boomed",
    "mounted",
    "perked",
    "mushroomed",
    "mushrooming",
    "lifted",
    "upswing",
    "upswings",
    "upturn",
    "upsurge",
    "uptrend",
    "escalating",
    "escalation",
    "spurt",
    "spurted",
    "spurting",
    "hike",
    "hiked",
    "hikes",
    "swelling",
    "swell",
    "swells",
    "soar",
    "soars",
    "rocketing",
    "skyrocketing",
    "ballooning",
    "balloons",
    "widening",
    "widens",
    "expansion",
    "expanding",
    "expands",
    "growth",
    "comeback",
    "blossomed",
    "blossoming",
    "zoomed",
    "zooming",
    "flourished",
    "flourishing",
    "thrived",
    "thriving",
    "burgeoned",
    "burgeoning",
    "snowballed",
    "snowballing",
    "buoyant",
    "brisk",
    "bulged",
    "bulging",
];
/// Words of rise and fall whose other senses are common ("collapsed", "escalated", "a sliding scale",
/// "sunk costs"): they assert a change only right before its "from", "to" or "by".
const FIGURATIVE: &[&str] = &[
    "mounted",
    "collapsed",
    "escalated",
    "receded",
    "sliding",
    "sunk",
    "sinking",
    "boomed",
    "rallied",
    "rallying",
    "waned",
    "waning",
    "ebbed",
    "ebbing",
    "sagged",
    "sagging",
    "leapt",
    "leaped",
    "leaping",
    "dipping",
    "lifted",
    "faded",
    "fading",
    "escalation",
    "swell",
    "crashed",
    "crashing",
    "growth",
    "expansion",
    "reduction",
    "reduced",
    "hike",
    "hiked",
    "hikes",
    "escalating",
    "slides",
    "sinks",
    "widening",
    "upsurge",
    "expanding",
    "swelling",
    "upswing",
    "upswings",
    "upturn",
    "uptrend",
    "spurt",
    "shrinkage",
    "contraction",
    "contracting",
    "downswing",
    "downtrend",
    "erosion",
    "eroding",
    "falloff",
    "collapse",
    "collapses",
    "comeback",
    "flagging",
    "flourished",
    "flourishing",
    "thrived",
    "thriving",
    "burgeoned",
    "burgeoning",
    "faltered",
    "faltering",
    "deteriorated",
    "deteriorating",
    "evaporated",
    "ailing",
    "struggling",
    "crumbled",
    "crumbling",
    "sluggish",
    "subdued",
    "languished",
    "languishing",
    "buoyant",
    "brisk",
    "wilted",
    "wilting",
    "tailspin",
    "atrophied",
    "haemorrhaged",
    "hemorrhaged",
    "drooped",
    "drooping",
    "deflated",
    "drained",
    "draining",
];

/// Nouns of rise and fall: followed by "in" or "of", they say the direction of their measure ("a
/// shrinkage in guests", "an upswing in tonnage").
const DIRECTION_NOUNS: &[&str] = &[
    "hike",
    "hikes",
    "upsurge",
    "upswing",
    "upswings",
    "upturn",
    "uptrend",
    "spurt",
    "growth",
    "expansion",
    "escalation",
    "increase",
    "rise",
    "surge",
    "jump",
    "shrinkage",
    "contraction",
    "downswing",
    "downtrend",
    "downturn",
    "erosion",
    "falloff",
    "reduction",
    "decline",
    "fall",
    "drop",
    "slump",
    "collapse",
    "comeback",
    "recovery",
    "rebound",
];

/// Idioms of rise and fall of more words than one, each read by its last word and the words before
/// it: "flew off the shelves" rises, "took a tumble" falls. They are English idioms of size said of a
/// business or a count, listed so that a writer's turn of phrase is read without a rule of its own.
const DIRECTION_IDIOMS: &[(&str, Direction)] = &[
    ("through the roof", Direction::Up),
    ("new highs", Direction::Up),
    ("new high", Direction::Up),
    ("fresh highs", Direction::Up),
    ("fresh high", Direction::Up),
    ("record highs", Direction::Up),
    ("record high", Direction::Up),
    ("all time high", Direction::Up),
    ("all time highs", Direction::Up),
    ("leaps and bounds", Direction::Up),
    ("flew off the shelves", Direction::Up),
    ("flying off the shelves", Direction::Up),
    ("flies off the shelves", Direction::Up),
    ("fly off the shelves", Direction::Up),
    ("like hot cakes", Direction::Up),
    ("like hotcakes", Direction::Up),
    ("on the up", Direction::Up),
    ("on the increase", Direction::Up),
    ("shot up", Direction::Up),
    ("shot past", Direction::Up),
    ("shoots up", Direction::Up),
    ("ramped up", Direction::Up),
    ("stepped up", Direction::Up),
    ("scaled up", Direction::Up),
    ("bounced back", Direction::Up),
    ("sprang back", Direction::Up),
    ("sprung back", Direction::Up),
    ("turned the corner", Direction::Up),
    ("picked up speed", Direction::Up),
    ("picked up pace", Direction::Up),
    ("hit its stride", Direction::Up),
    ("hit their stride", Direction::Up),
    ("found its feet", Direction::Up),
    ("found their feet", Direction::Up),
    ("in full swing", Direction::Up),
    ("off the charts", Direction::Up),
    ("sky high", Direction::Up),
    ("up a gear", Direction::Up),
    ("into high gear", Direction::Up),
    ("into top gear", Direction::Up),
    ("into overdrive", Direction::Up),
    ("up a notch", Direction::Up),
    ("shot in the arm", Direction::Up),
    ("new heights", Direction::Up),
    ("raced ahead", Direction::Up),
    ("pulled ahead", Direction::Up),
    ("shot ahead", Direction::Up),
    ("leapt ahead", Direction::Up),
    ("made up ground", Direction::Up),
    ("regained ground", Direction::Up),
    ("clawed back", Direction::Up),
    ("took flight", Direction::Up),
    ("took wing", Direction::Up),
    ("on a high", Direction::Up),
    ("in the ascendant", Direction::Up),
    ("got a boost", Direction::Up),
    ("received a boost", Direction::Up),
    ("welcome boost", Direction::Up),
    ("headed upwards", Direction::Up),
    ("moved upwards", Direction::Up),
    ("trended upwards", Direction::Up),
    ("crept up", Direction::Up),
    ("inched up", Direction::Up),
    ("edged up", Direction::Up),
    ("ticked up", Direction::Up),
    ("shot upward", Direction::Up),
    ("marched ahead", Direction::Up),
    ("galloped ahead", Direction::Up),
    ("sped ahead", Direction::Up),
    ("powered ahead", Direction::Up),
    ("stormed ahead", Direction::Up),
    ("charged ahead", Direction::Up),
    ("pushed ahead", Direction::Up),
    ("sprinted ahead", Direction::Up),
    ("steamed ahead", Direction::Up),
    ("ploughed ahead", Direction::Up),
    ("pressed ahead", Direction::Up),
    ("streaked ahead", Direction::Up),
    ("bounded ahead", Direction::Up),
    ("zoomed ahead", Direction::Up),
    ("went up a notch", Direction::Up),
    ("took off like a rocket", Direction::Up),
    ("shot through the roof", Direction::Up),
    ("hollowed out", Direction::Down),
    ("emptied out", Direction::Down),
    ("filled up", Direction::Up),
    ("trickled off", Direction::Down),
    ("caved in", Direction::Down),
    ("dribbled off", Direction::Down),
    ("out of road", Direction::Down),
    ("second wind", Direction::Up),
    ("ran down", Direction::Down),
    ("wound up lower", Direction::Down),
    ("slid back", Direction::Down),
    ("sank back", Direction::Down),
    ("fell behind", Direction::Down),
    ("dropped back", Direction::Down),
    ("drifted lower", Direction::Down),
    ("drifted up", Direction::Up),
    ("drifted down", Direction::Down),
    ("slid lower", Direction::Down),
    ("shot upwards", Direction::Up),
    ("took a tumble", Direction::Down),
    ("taken a tumble", Direction::Down),
    ("takes a tumble", Direction::Down),
    ("took a dive", Direction::Down),
    ("took a nosedive", Direction::Down),
    ("into a slide", Direction::Down),
    ("into a tailspin", Direction::Down),
    ("into a spin", Direction::Down),
    ("into freefall", Direction::Down),
    ("into free fall", Direction::Down),
    ("in free fall", Direction::Down),
    ("through the floor", Direction::Down),
    ("off the cliff", Direction::Down),
    ("on the skids", Direction::Down),
    ("hit a wall", Direction::Down),
    ("hit the buffers", Direction::Down),
    ("to a halt", Direction::Down),
    ("to a standstill", Direction::Down),
    ("to a trickle", Direction::Down),
    ("fell back", Direction::Down),
    ("fell off", Direction::Down),
    ("dropped off", Direction::Down),
    ("trailed off", Direction::Down),
    ("tapered off", Direction::Down),
    ("out of gas", Direction::Down),
    ("ran dry", Direction::Down),
    ("lost steam", Direction::Down),
    ("lost its shine", Direction::Down),
    ("lost their shine", Direction::Down),
    ("lost its lustre", Direction::Down),
    ("lost their lustre", Direction::Down),
    ("lost its luster", Direction::Down),
    ("took a knock", Direction::Down),
    ("took a beating", Direction::Down),
    ("took a battering", Direction::Down),
    ("took a hammering", Direction::Down),
    ("down the drain", Direction::Down),
    ("down the tubes", Direction::Down),
    ("down the pan", Direction::Down),
    ("new lows", Direction::Down),
    ("new low", Direction::Down),
    ("fresh lows", Direction::Down),
    ("fresh low", Direction::Down),
    ("record lows", Direction::Down),
    ("record low", Direction::Down),
    ("all time low", Direction::Down),
    ("all time lows", Direction::Down),
    ("went backwards", Direction::Down),
    ("gone backwards", Direction::Down),
    ("slipped back", Direction::Down),
    ("eased back", Direction::Down),
    ("pulled back", Direction::Down),
    ("scaled back", Direction::Down),
    ("dialled back", Direction::Down),
    ("dialed back", Direction::Down),
    ("wound down", Direction::Down),
    ("thinned out", Direction::Down),
    ("like a stone", Direction::Down),
    ("like a rock", Direction::Down),
    ("cooled off", Direction::Down),
    ("bottomed out", Direction::Down),
    ("fell flat", Direction::Down),
    ("went quiet", Direction::Down),
    ("on the slide", Direction::Down),
    ("on the wane", Direction::Down),
    ("on the decline", Direction::Down),
    ("on the way down", Direction::Down),
    ("at a low ebb", Direction::Down),
    ("crept down", Direction::Down),
    ("inched down", Direction::Down),
    ("edged down", Direction::Down),
    ("ticked down", Direction::Down),
    ("trended downwards", Direction::Down),
    ("headed downwards", Direction::Down),
    ("moved downwards", Direction::Down),
    ("came down", Direction::Down),
    ("bottom fell out", Direction::Down),
    ("ran thin", Direction::Down),
    ("running thin", Direction::Down),
    ("runs thin", Direction::Down),
    ("wore thin", Direction::Down),
    ("worn thin", Direction::Down),
    ("grew thin", Direction::Down),
    ("dried to a trickle", Direction::Down),
    ("lost pace", Direction::Down),
    ("fell out of favour", Direction::Down),
    ("went out of fashion", Direction::Down),
    ("sprang up", Direction::Up),
    ("sprung up", Direction::Up),
    ("shot skyward", Direction::Up),
    ("went through the ceiling", Direction::Up),
    ("gained ground", Direction::Up),
    ("came into fashion", Direction::Up),
    ("caught on", Direction::Up),
    ("tailed off", Direction::Down),
    ("tailing off", Direction::Down),
    ("slimmed down", Direction::Down),
    ("thinned down", Direction::Down),
    ("pared down", Direction::Down),
    ("gathered strength", Direction::Up),
    ("gained strength", Direction::Up),
    ("grew stronger", Direction::Up),
    ("went from strength to strength", Direction::Up),
    ("picked up steam", Direction::Up),
    ("found its stride", Direction::Up),
    ("lost strength", Direction::Down),
    ("grew weaker", Direction::Down),
    ("gave ground", Direction::Down),
    ("given ground", Direction::Down),
    ("gives ground", Direction::Down),
    ("giving ground", Direction::Down),
    ("ceded ground", Direction::Down),
    ("ran aground", Direction::Down),
    ("run aground", Direction::Down),
    ("runs aground", Direction::Down),
    ("went aground", Direction::Down),
    ("on the rocks", Direction::Down),
    ("hit the rocks", Direction::Down),
    ("came unstuck", Direction::Down),
    ("came apart", Direction::Down),
    ("fell apart", Direction::Down),
    ("fell to pieces", Direction::Down),
    ("off a cliff", Direction::Down),
    ("lost altitude", Direction::Down),
    ("went downhill", Direction::Down),
    ("gone downhill", Direction::Down),
    ("going downhill", Direction::Down),
    ("fizzled out", Direction::Down),
    ("off the boil", Direction::Down),
    ("lost its sparkle", Direction::Down),
    ("lost its edge", Direction::Down),
    ("shrank back", Direction::Down),
    ("pared back", Direction::Down),
    ("rolled back", Direction::Down),
    ("made headway", Direction::Up),
    ("gained traction", Direction::Up),
    ("gathered steam", Direction::Up),
    ("surged ahead", Direction::Up),
    ("climbed higher", Direction::Up),
    ("new peaks", Direction::Up),
    ("lost its way", Direction::Down),
];

/// The directions of the idioms of change in a stretch of text ("went through the roof", "on the
/// up"), in order.
pub fn idiom_directions(text: &str) -> Vec<Direction> {
    let words = word_spans(text);
    (0..words.len())
        .filter_map(|at| idiom_ending_at(&words, at).map(|(direction, _)| direction))
        .collect()
}

/// The direction of the idiom that ends at word `at` of `words`, if one does, and its number of words.
type ByLastWord = HashMap<&'static str, Vec<(Vec<&'static str>, Direction)>>;

/// The idioms of change by their last word.
static BY_LAST_WORD: LazyLock<ByLastWord> = LazyLock::new(|| {
    let mut by_last = ByLastWord::new();
    for &(idiom, direction) in DIRECTION_IDIOMS {
        let parts: Vec<&'static str> = idiom.split(' ').collect();
        let last = parts[parts.len() - 1];
        by_last.entry(last).or_default().push((parts, direction));
    }
    by_last
});

/// Whether a word, in lower case, ends an idiom of change ("roof" of "through the roof"): a text
/// without one holds no idiom, and is not read for them.
pub fn ends_an_idiom(word: &str) -> bool {
    word == "away" || BY_LAST_WORD.contains_key(word)
}

/// The stems of the verbs that fall with "away", in any tense: "melted away", "is wasting away",
/// "trade withers away".
const AWAY_STEMS: &[&str] = &[
    "melt", "wast", "wither", "ebb", "fad", "fritter", "dwindl", "trickl", "drift", "slip", "bled",
    "bleed", "dribbl", "leak", "drain", "fell", "fall", "tail", "trail",
];

fn idiom_ending_at(words: &[(usize, &str)], at: usize) -> Option<(Direction, usize)> {
    let last = words[at].1.to_ascii_lowercase();
    if last == "away" {
        let verb = words.get(at.checked_sub(1)?)?.1.to_ascii_lowercase();
        return AWAY_STEMS
            .iter()
            .any(|stem| verb.starts_with(stem))
            .then_some((Direction::Down, 2));
    }
    BY_LAST_WORD
        .get(last.as_str())?
        .iter()
        .find_map(|(parts, direction)| {
            let first = (at + 1).checked_sub(parts.len())?;
            words[first..=at]
                .iter()
                .zip(parts)
                .all(|((_, word), part)| word.eq_ignore_ascii_case(part))
                .then_some((*direction, parts.len()))
        })
}

/// Words that assert a fall.
const DOWN_WORDS: &[&str] = &[
    // "The herd was culled", "orders dented", "demand dampened", "trade tailed off" ("winnowed"
    // and "thinning" are as often said of threshing and of orchards).
    "culled",
    "seeped",
    "regressed",
    "dented",
    "dampened",
    "tailed",
    "decreasing",
    "collapsing",
    // "Bookings dimmed in 2024", "sales abated", "the price lessened".
    "dimmed",
    "abated",
    // "Shipments descended to 620 tonnes", "the price sputtered", "the duty was lowered", "they
    // cut their orders from 400 tonnes to 300".
    "cut",
    "descended",
    "descending",
    // Verbs of cutting down, by their past forms: "orders were trimmed", "the stock was whittled".
    "trimmed",
    "lopped",
    "axed",
    "gutted",
    "sapped",
    "depleted",
    "downsized",
    "throttled",
    "reined",
    "pruned",
    "pared",
    "whittled",
    "shaved",
    "curtailed",
    "curbed",
    "squeezed",
    "toppled",
    "dived",
    "stuttered",
    "slimmed",
    "dissipated",
    "sputtered",
    "sputtering",
    "lowered",
    "lightened",
    // "Buying unravelled between 2024 and 2025", "interest fizzled".
    "unravelled",
    "unraveled",
    "unravelling",
    "unraveling",
    "fizzled",
    "fell",
    "fallen",
    "fall",
    "declined",
    "decline",
    "declining",
    "dropped",
    "drop",
    "decreased",
    "decrease",
    "eased",
    "easing",
    "slipped",
    "shrank",
    "shrunk",
    "contracted",
    "plunged",
    "tumbled",
    "slumped",
    "dipped",
    "eroded",
    "slid",
    "slide",
    "slump",
    "losses",
    "narrowed",
    "tapered",
    "thinned",
    "softened",
    "downturn",
    "down",
    "lower",
    "dip",
    "dips",
    "falls",
    "declines",
    "drops",
    "shrinks",
    "shortened",
    "weakened",
    "falling",
    "moderated",
    "moderating",
    "cooled",
    "retreated",
    "subsided",
    "shrinking",
    "dropping",
    "slipping",
    "narrowing",
    "plunging",
    "weakening",
    "sagged",
    "sagging",
    "ebbed",
    "ebbing",
    "sank",
    "sunk",
    "sinking",
    "plummeted",
    "plummeting",
    "collapsed",
    "dwindled",
    "backslid",
    "backsliding",
    "darkened",
    "slowed",
    "buckled",
    "dwindling",
    "waned",
    "waning",
    "receded",
    "slackened",
    "tumbling",
    "slumping",
    "sliding",
    "dipping",
    "nosedived",
    "nosediving",
    "withered",
    "withering",
    "faded",
    "fading",
    "shrinkage",
    "contraction",
    "contracting",
    "downswing",
    "downtrend",
    "reduction",
    "reduced",
    "lessened",
    "diminished",
    "diminishing",
    "dwindle",
    "plummet",
    "plummets",
    "plunge",
    "plunges",
    "tumble",
    "tumbles",
    "slumps",
    "slides",
    "crashed",
    "crashing",
    "slashed",
    "erosion",
    "eroding",
    "retreating",
    "receding",
    "falloff",
    "slackening",
    "sinks",
    "collapse",
    "collapses",
    "flagging",
    "faltered",
    "faltering",
    "deteriorated",
    "deteriorating",
    "evaporated",
    "freefall",
    "ailing",
    "struggling",
    "crumbled",
    "crumbling",
    "sluggish",
    "subdued",
    "languished",
    "languishing",
    "cratered",
    "tanked",
    "wilted",
    "wilting",
    "tailspin",
    "shrivelled",
    "shriveled",
    "shrivelling",
    "atrophied",
    "haemorrhaged",
    "hemorrhaged",
    "drooped",
    "drooping",
    "deflated",
    "drained",
    "draining",
    "skidded",
    "skidding",
];

/// Two years each given a clause of "when" with its figure: "between 2023, when you took 12,400
/// boards, and 2024, when you took 11,200", or one year's clause and the other's after a semicolon
/// ("petered out in 2025, when wholesalers took 445 thousand packets; in 2024 they had taken 398
/// thousand").
static YEAR_CLAUSES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?xi)(?-u:\b)
        (?:between\s+(?P<a1>(?:19|20)\d{2}),\s+when\s+(?P<c1>(?:[^,;.]|\d[,.]\d){3,90}?),\s+and\s+(?P<a2>(?:19|20)\d{2}),\s+when\s+(?P<c2>(?:[^,;.]|\d[,.]\d){3,90}?)(?:,\s|\.\s|\.$|;|$)
          |in\s+(?P<b1>(?:19|20)\d{2}),\s+when\s+(?P<d1>[^;]{3,120}?);\s+in\s+(?P<b2>(?:19|20)\d{2}),?\s+(?P<d2>[a-z\ ]{0,30}?(?:had|was|were)\s+(?:[^;.]|\d\.\d){1,60}?)(?:\.\s|\.$|;|$))",
    )
    .expect("the year clauses pattern is valid")
});

/// Changes between two years whose figures stand each in a clause of its own year ([`YEAR_CLAUSES`]),
/// the direction read from the words of the sentence outside those clauses when they say one only.
fn year_clause_changes(text: &str, extraction: &Extraction) -> Vec<Change> {
    let mut found = Vec::new();
    for &(start, end) in &extraction.sentences {
        let sentence = &text[start..end];
        for captures in YEAR_CLAUSES.captures_iter(sentence) {
            let whole = captures.get(0).expect("match 0 always exists");
            let (year_a, clause_a, year_b, clause_b) = match (
                captures.name("a1"),
                captures.name("c1"),
                captures.name("a2"),
                captures.name("c2"),
            ) {
                (Some(a1), Some(c1), Some(a2), Some(c2)) => (a1, c1, a2, c2),
                _ => match (
                    captures.name("b1"),
                    captures.name("d1"),
                    captures.name("b2"),
                    captures.name("d2"),
                ) {
                    (Some(b1), Some(d1), Some(b2), Some(d2)) => (b1, d1, b2, d2),
                    _ => continue,
                },
            };
            // The one figure of each clause.
            let figure_in = |clause: regex::Match<'_>| {
                let (from, to) = (start + clause.start(), start + clause.end());
                let inside: Vec<usize> = extraction
                    .quantities
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| q.start >= from && q.end <= to && !q.in_table)
                    .map(|(i, _)| i)
                    .collect();
                match inside.as_slice() {
                    [one] => Some(*one),
                    _ => None,
                }
            };
            let (Some(figure_a), Some(figure_b)) = (figure_in(clause_a), figure_in(clause_b))
            else {
                continue;
            };
            let (Ok(a), Ok(b)) = (
                year_a.as_str().parse::<i32>(),
                year_b.as_str().parse::<i32>(),
            ) else {
                continue;
            };
            if a == b
                || extraction.quantities[figure_a].unit != extraction.quantities[figure_b].unit
            {
                continue;
            }
            // The words outside the clauses say the direction: one only.
            let outside = format!(
                "{} {}",
                &sentence[..clause_a.start().min(clause_b.start())],
                &sentence[clause_a.end().max(clause_b.end())..]
            );
            let words = lower_words(&outside);
            let mut directions: Vec<Direction> = words
                .iter()
                .enumerate()
                .filter_map(|(i, w)| match w.as_str() {
                    "out" if i > 0 && words[i - 1].starts_with("petered") => Some(Direction::Down),
                    other => direction_of(other),
                })
                .collect();
            directions.dedup();
            let verb = match directions.as_slice() {
                [one] => Some(*one),
                _ => None,
            };
            let (from, to, from_year, to_year) = if a < b {
                (figure_a, figure_b, a, b)
            } else {
                (figure_b, figure_a, b, a)
            };
            found.push(Change {
                start: start + whole.start(),
                end: start + whole.end(),
                from,
                to,
                from_year: Some(from_year),
                to_year: Some(to_year),
                verb,
                stated_percent: None,
            });
        }
    }
    found
}

/// The size of a change said by the sentence after it: "… 7,200 fans in all, against … 5,600 fans, in
/// 2024. That is an increase of 35 percent, …". The next sentence opens "That is" (or "This is",
/// "That was", "This was") and a noun of change with "of" and a percentage; the change is the last of
/// its sentence and has no size of its own.
fn size_in_the_next_sentence(text: &str, extraction: &Extraction, found: &mut [Change]) {
    static NEXT: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?i)^\s*(?:that|this)(?:\s+is|\s+was|'s)\s+(?:a|an)\s+(?:[a-z]+\s+)?(?P<noun>increase|rise|growth|gain|jump|fall|drop|decline|decrease|loss)\s+of\s+$",
        )
        .expect("the next sentence's size pattern is valid")
    });
    let quantities = &extraction.quantities;
    // The last end of a change in each sentence.
    let mut last_end: HashMap<usize, usize> = HashMap::new();
    for change in found.iter() {
        let end = last_end.entry(quantities[change.to].sentence).or_default();
        *end = (*end).max(change.end);
    }
    for change in found.iter_mut() {
        let to = &quantities[change.to];
        let sentence = to.sentence;
        let last_of_its_sentence = last_end.get(&sentence) == Some(&change.end);
        if change.stated_percent.is_some() || !last_of_its_sentence {
            continue;
        }
        let Some((next_start, _)) = extraction.sentences.get(sentence + 1).copied() else {
            continue;
        };
        // The next sentence's first figure, by halving: figures are in order of sentence.
        let first = quantities.partition_point(|q| q.sentence <= sentence);
        let Some(size) = quantities[first..]
            .iter()
            .take_while(|q| q.sentence == sentence + 1)
            .position(|q| !q.in_table)
            .map(|i| first + i)
            .filter(|&i| matches!(quantities[i].unit, "percent" | "fraction"))
        else {
            continue;
        };
        let lead = &text[next_start..quantities[size].start];
        let Some(said) = NEXT.captures(lead) else {
            continue;
        };
        let verb = direction_of(&said["noun"].to_ascii_lowercase()).or(
            match &said["noun"].to_ascii_lowercase()[..] {
                "increase" | "growth" | "gain" | "jump" => Some(Direction::Up),
                _ => Some(Direction::Down),
            },
        );
        change.stated_percent = Some(size);
        change.verb = change.verb.or(verb);
    }
}

/// The word right after a figure, lower case, letters only: what a bare count counts ("80 trucks").
fn noun_after(text: &str, quantity: &Quantity) -> String {
    text[quantity.end..]
        .trim_start()
        .chars()
        .take_while(char::is_ascii_alphabetic)
        .collect::<String>()
        .to_ascii_lowercase()
}

/// A count set against an earlier one with a count of another noun in apposition between: "7,200
/// fans in all, against seven trucks, 5,600 fans, in 2024". The change runs from the later-named figure
/// of the first's noun to the first.
fn apposed_changes(text: &str, extraction: &Extraction, found: &mut Vec<Change>) {
    let quantities = &extraction.quantities;
    let mut ends: HashSet<usize> = found.iter().flat_map(|c| [c.from, c.to]).collect();
    for index in 0..quantities.len().saturating_sub(2) {
        let [first, aside, second] = [0, 1, 2].map(|i| &quantities[index + i]);
        if [first, aside, second]
            .iter()
            .any(|q| q.in_table || q.sentence != first.sentence)
            || first.unit != second.unit
            || ends.contains(&index)
            || ends.contains(&(index + 2))
        {
            continue;
        }
        let noun = noun_after(text, first);
        let aside_noun = noun_after(text, aside);
        let link = text[first.end..aside.start].to_ascii_lowercase();
        let apposition = text[aside.end..second.start].to_ascii_lowercase();
        let against = link.trim_end().ends_with("against");
        let apposed = apposition.trim() == format!("{aside_noun},")
            && apposition.trim_start().starts_with(aside_noun.as_str());
        if noun.len() < 3
            || aside_noun.len() < 3
            || noun == aside_noun
            || noun_after(text, second) != noun
            || !against
            || !apposed
        {
            continue;
        }
        let (_, sentence_end) = extraction.sentences[first.sentence];
        let from_year = extraction
            .years
            .iter()
            .find(|(at, _, _)| *at >= second.end && *at < sentence_end && *at - second.end < 30)
            .map(|(_, _, year)| *year);
        ends.extend([index, index + 2]);
        found.push(Change {
            start: first.start,
            end: second.end,
            from: index + 2,
            to: index,
            from_year,
            to_year: None,
            verb: None,
            stated_percent: None,
        });
    }
}

/// Two figures set against two earlier ones of the same two nouns, and one change said of both: "80
/// trucks carried 2,400 tonnes, against 90 trucks and 2,700 tonnes in 2024, a fall of 8 percent", "6.0
/// million nappies in 20 trucks against 7.5 million in 25 trucks, down a quarter". Each pair is a
/// change from the later-named figure to the earlier-named one. The size and direction said after them
/// are given to both only when the two pairs move alike (within a point); otherwise to neither.
fn paired_changes(text: &str, extraction: &Extraction, found: &mut Vec<Change>) {
    let quantities = &extraction.quantities;
    // The figures that already end a change, looked up rather than searched for.
    let mut ends: HashSet<usize> = found.iter().flat_map(|c| [c.from, c.to]).collect();
    for index in 0..quantities.len().saturating_sub(3) {
        let [a1, a2, b1, b2] = [0, 1, 2, 3].map(|i| &quantities[index + i]);
        let sentence = a1.sentence;
        if [a1, a2, b1, b2]
            .iter()
            .any(|q| q.in_table || q.sentence != sentence || q.value <= 0.0)
            || a1.unit != b1.unit
            || a2.unit != b2.unit
            || (index..index + 4).any(|i| ends.contains(&i))
        {
            continue;
        }
        let (n1, n2) = (noun_after(text, a1), noun_after(text, a2));
        let (m1, m2) = (noun_after(text, b1), noun_after(text, b2));
        // Two nouns, each given again (the first may be left out: "7.5 million in 25 trucks").
        let nouns = n1.len() >= 3
            && n2.len() >= 3
            && n1 != n2
            && (m1 == n1 || ["in", "and", "with", "on"].contains(&m1.as_str()))
            && m2 == n2;
        let against = text[a2.end..b1.start].to_ascii_lowercase();
        let against = against.trim_end().trim_end_matches(['$', ' ']);
        let against = ["against", "compared with", "compared to", "versus"]
            .iter()
            .any(|w| {
                against
                    .trim_end_matches(|c: char| c.is_ascii_alphabetic() && c.is_ascii_uppercase())
                    .ends_with(w)
            });
        let joined = {
            let link = text[b1.end..b2.start].to_ascii_lowercase();
            let words: Vec<&str> = link.split_whitespace().collect();
            words.len() <= 3
                && words
                    .iter()
                    .any(|w| matches!(*w, "and" | "in" | "with" | "on"))
        };
        if !nouns || !against || !joined {
            continue;
        }
        // The size said right after: ", a fall of 8 percent", ", down a quarter".
        let (_, sentence_end) = extraction.sentences[sentence];
        let percent = quantities
            .get(index + 4)
            .filter(|q| q.sentence == sentence && matches!(q.unit, "percent" | "fraction"));
        let lead = percent.map(|q| text[b2.end..q.start].to_ascii_lowercase());
        let said_direction = lead.as_deref().and_then(|lead| {
            let (_, after_comma) = lead.rsplit_once(',')?;
            let words: Vec<&str> = after_comma
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty())
                .collect();
            (words.len() <= 4)
                .then(|| words.iter().find_map(|w| direction_of(w)))
                .flatten()
        });
        let from_year = extraction
            .years
            .iter()
            .find(|(at, _, _)| *at >= b2.end && *at < percent.map_or(sentence_end, |q| q.start))
            .map(|(_, _, year)| *year);
        let change_of = |from: &Quantity, to: &Quantity| (to.value - from.value) / from.value;
        let alike = (change_of(b1, a1) - change_of(b2, a2)).abs() <= 0.01
            || change_of(b1, a1).signum() == change_of(b2, a2).signum() && said_direction.is_none();
        ends.extend(index..index + 4);
        for (from, to) in [(index + 2, index), (index + 3, index + 1)] {
            found.push(Change {
                start: a1.start,
                end: b2.end,
                from,
                to,
                from_year,
                to_year: None,
                verb: said_direction.filter(|_| alike),
                stated_percent: percent
                    .filter(|_| alike && said_direction.is_some())
                    .map(|_| index + 4),
            });
        }
    }
}

/// The words of a text, lower case: its runs of letters and digits.
pub fn lower_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// The English name of month `number` (1 to 12), capitalised.
pub fn month_name(number: u32) -> Option<&'static str> {
    MONTHS[..12]
        .get(usize::try_from(number).ok()?.checked_sub(1)?)
        .copied()
}

/// Month names, in full and then abbreviated: a number right after one is a day of a date.
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// Words that number a part of a text or a law rather than count anything.
const NUMBERED: &[&str] = &[
    "Section",
    "Article",
    "Chapter",
    "Resolution",
    "Order",
    "Title",
    "Clause",
    "Annex",
    "Table",
    "Figure",
    "No",
];

/// Besides [`NUMBERED`], the stages of a plan or a programme, named by a number of one or two digits ("in
/// Year 2", "Phase 3"): "Lot 5,000" is a figure.
const STAGES: &[&str] = &[
    "Year",
    "Phase",
    "Stage",
    "Wave",
    "Round",
    "Component",
    "Package",
    "Lot",
    "Part",
    "Schedule",
    "Appendix",
    "Question",
    // Places and things numbered in a yard, a plant or a fleet: "Bay 12 holds 21 pallets".
    "Bay",
    "Tier",
    "Gate",
    "Room",
    "Ward",
    "Shed",
    "Block",
    "Platform",
    "Counter",
    "Berth",
    "Chamber",
    "Kiln",
    "Truck",
    "Batch",
    "Grade",
];

/// The end of a YAML front matter block (`---` lines at the very start), or 0 when there is none: its
/// dates and times are metadata, not claims.
fn front_matter_end(text: &str) -> usize {
    let Some(rest) = text.strip_prefix("---\n") else {
        return 0;
    };
    rest.find("\n---").map_or(0, |at| 4 + at + "\n---".len())
}

/// Reads the claims of a text. Pure: the same text gives the same extraction.
pub fn extract(text: &str) -> Extraction {
    let mut loose = loose_tables(text);
    loose.extend(inline_registers(text));
    let mut loose_lines: Vec<(usize, usize)> = loose.iter().flat_map(Table::line_spans).collect();
    loose_lines.sort_unstable();
    let mut extraction = Extraction {
        sentences: sentences_around(text, &loose_lines),
        ..Extraction::default()
    };
    extraction.tables = tables(text);
    extraction.tables.extend(loose);
    let mut table_lines: Vec<(usize, usize)> = table_line_spans(text);
    table_lines.extend(loose_lines);
    let front_matter_end = front_matter_end(text);
    table_lines.sort_unstable();
    let in_table = |at: usize| {
        let after = table_lines.partition_point(|&(s, _)| s <= at);
        after
            .checked_sub(1)
            .is_some_and(|index| at < table_lines[index].1)
    };

    // A text that writes solar hijri years ("1402 SH", "the solar year 1403") may name them bare.
    let solar_context = [" SH", "(SH", "SH)"].iter().any(|w| text.contains(w))
        || text.to_ascii_lowercase().contains("solar");
    for found in NUMBER.captures_iter(text) {
        let whole = found.get(0).expect("match 0 always exists");
        let number = found.name("number").expect("the number group is required");
        // A Markdown footnote's marker ("register,[^1]") is no figure, nor a reference's number in
        // brackets ("refugees [2]").
        if (text[..number.start()].ends_with("[^")
            || text[..number.start()].ends_with('[') && number.as_str().len() <= 3)
            && text[number.end()..].starts_with(']')
        {
            continue;
        }
        let digits = number.as_str().replace(',', "");
        // Nine digits or more, bare, in prose are a code ("SCAN 6917004123", a phone or an ID card
        // number), no figure: prose writes a figure that long with separators or a scale.
        let in_prose = !text[..number.start()]
            .rsplit('\n')
            .next()
            .unwrap_or("")
            .trim_start()
            .starts_with('|');
        if in_prose
            && number.as_str().len() >= 9
            && number.as_str().bytes().all(|b| b.is_ascii_digit())
            && found.name("currency").is_none()
            && found.name("scale").is_none()
        {
            continue;
        }
        let Ok(mut value) = digits.parse::<f64>() else {
            continue;
        };
        let decimals = digits.split('.').nth(1).map_or(0, str::len);
        let mut precision = 10f64.powi(-(decimals as i32));
        let currency = found
            .name("currency")
            .map(|m| m.as_str().trim().to_ascii_lowercase());
        let scale = found.name("scale").map(|m| m.as_str().to_ascii_lowercase());
        // A bare "m" or "k" is a scale after a currency ("US$ 717m"), or on a count when a plural word
        // follows it ("1.6m registered refugees"); "2,600 m of fence" and "5 k" are no scales.
        let plural_follows = |end: usize| {
            let word: String = text[end..]
                .strip_prefix(' ')
                .unwrap_or("")
                .chars()
                .take_while(char::is_ascii_lowercase)
                .collect();
            let next: String = text[end..]
                .trim_start()
                .split(' ')
                .nth(1)
                .unwrap_or("")
                .chars()
                .take_while(char::is_ascii_alphabetic)
                .collect();
            word.ends_with('s') || next.ends_with('s') && !word.is_empty()
        };
        // "1.3m" written close after a decimal reads as millions too: a length would not be.
        let attached_to_decimal = found
            .name("scale")
            .is_some_and(|m| m.start() == number.end() && number.as_str().contains('.'));
        let scale = scale.filter(|s| {
            !matches!(s.as_str(), "m" | "k")
                || currency.is_some()
                || attached_to_decimal
                || found.name("scale").is_some_and(|m| plural_follows(m.end()))
        });
        let multiplier = scale.as_deref().and_then(scale_value).unwrap_or(1.0);
        let following = &text[number.end()..];
        let scale_after = found.name("scale").map_or(number.end(), |m| m.end());
        let scale_words_after = &text[scale_after..];
        let after_unit = found
            .name("percent")
            .or(found.name("scale").filter(|_| multiplier != 1.0))
            .map_or(number.end(), |m| m.end());
        value *= multiplier;
        precision *= multiplier;
        let unit = if found.name("percent").is_some() {
            "percent"
        } else if let Some(currency) = &currency {
            if currency.starts_with("rs") || currency.starts_with("pkr") {
                "PKR"
            } else if currency.starts_with("af") {
                "AFN"
            } else {
                "USD"
            }
        } else if following.trim_start().starts_with("USD")
            || starts_with_ignoring_case(scale_words_after.trim_start(), "dollars")
            || starts_with_ignoring_case(scale_words_after.trim_start(), "us dollars")
            || starts_with_ignoring_case(scale_words_after.trim_start(), "u.s. dollars")
        {
            "USD"
        } else if starts_with_ignoring_case(scale_words_after.trim_start(), "afghani") {
            "AFN"
        } else {
            "count"
        };
        // A year of the solar hijri calendar, which Afghanistan's statistics use ("in 1402", "1401 SH",
        // "the solar year 1402"): a date, kept with the years so that changes and periods read it.
        let solar_year = unit == "count"
            && multiplier == 1.0
            && !number.as_str().contains([',', '.'])
            && (1300.0..=1499.0).contains(&value)
            && {
                let after = text[number.end()..].trim_start();
                // "Over 1402–1401 SH": a range of solar years, whatever word comes before it.
                let range_follows = after
                    .strip_prefix(['–', '-'])
                    .and_then(|rest| rest.get(..4))
                    .and_then(|y| y.parse::<u32>().ok())
                    .is_some_and(|y| (1300..=1499).contains(&y));
                if found.name("hedge").is_some() && !range_follows {
                    false
                } else {
                    range_follows || {
                        let mut from = number.start().saturating_sub(16);
                        while !text.is_char_boundary(from) {
                            from += 1;
                        }
                        let before = text[from..number.start()].to_ascii_lowercase();
                        let before = before.trim_end();
                        after.starts_with("SH")
                            || after.starts_with("AP")
                            || starts_with_ignoring_case(after, "solar")
                            || before.ends_with("solar year")
                            || ((before.ends_with(" in")
                                || before.ends_with(" year")
                                || before.ends_with(" of"))
                                && {
                                    // "in 1400 households" counts households.
                                    let next: String = after
                                        .chars()
                                        .take_while(char::is_ascii_lowercase)
                                        .collect();
                                    !(next.len() >= 4 && next.ends_with('s'))
                                })
                            || solar_context
                                && ["between", " and", " from", " to"]
                                    .iter()
                                    .any(|w| before.ends_with(w))
                            || before.ends_with(['–', '-'])
                                && before
                                    .trim_end_matches(['–', '-'])
                                    .rsplit(|c: char| !c.is_ascii_digit())
                                    .next()
                                    .and_then(|y| y.parse::<u32>().ok())
                                    .is_some_and(|y| (1300..=1499).contains(&y))
                    }
                }
            };
        if solar_year {
            extraction
                .years
                .push((number.start(), number.end(), value as i32));
            continue;
        }
        // "Membership melted away over 2025, …": "over" a year that ends its clause is the span of
        // that year, not a bound on a count.
        let over_a_year = found
            .name("hedge")
            .is_some_and(|hedge| hedge.as_str().trim().eq_ignore_ascii_case("over"))
            && (1990.0..=2100.0).contains(&value)
            && {
                let after = &text[number.end()..];
                after.is_empty()
                    || after.starts_with([',', '.', ';', ':', ')'])
                    || after.starts_with(" and ")
            };
        let is_year = unit == "count"
            && multiplier == 1.0
            && !number.as_str().contains([',', '.'])
            && (1900.0..=2100.0).contains(&value)
            && (found.name("hedge").is_none() || over_a_year);
        // A year followed by "-23" is a fiscal year; either way it is a date, not a quantity.
        if is_year {
            let year = value as i32;
            let next_two = format!("-{:02}", (year + 1) % 100);
            // The dozen characters before it are enough to see "FY" or "fiscal year ".
            let mut from = number.start().saturating_sub(12);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let lowered_before = text[from..number.start()].to_lowercase();
            // "FY2022-23", "FY 2023–24", "fiscal year 2022/23".
            let after_year = &text[number.end()..];
            let pair_written = ["-", "–", "/"]
                .iter()
                .map(|dash| format!("{dash}{}", &next_two[1..]))
                .find(|written| after_year.starts_with(written.as_str()));
            let fiscal = pair_written.is_some()
                && (lowered_before.trim_end().ends_with("fy")
                    || lowered_before.ends_with("fiscal year "));
            if let Some(written) = pair_written.filter(|_| fiscal) {
                let end = number.end() + written.len();
                extraction.fiscal_years.push((number.start(), end, year));
            } else {
                extraction.years.push((number.start(), number.end(), year));
            }
            continue;
        }
        // Part of a name or a code ("FY2022-23", "COVID-19", "Q2"), a clock time ("2:29"), a date
        // ("May 1", "9/11"), an ordinal ("20th") or a numbered clause ("Section 60") is no quantity. A
        // sum of rupees may end in "/-" ("Rs 8,600/-"), which closes it.
        let before = &text[..number.start()];
        let after = &text[number.end()..];
        // The second year of a pair written with a dash ("2023–24"): a date.
        let second_of_a_pair = before.ends_with('–')
            && number.as_str().len() == 2
            && before[..before.len() - '–'.len_utf8()]
                .get(before.len().saturating_sub(7)..)
                .and_then(|year| year.parse::<u32>().ok())
                .zip(number.as_str().parse::<u32>().ok())
                .is_some_and(|(year, next)| (year + 1) % 100 == next);
        // A date written with dots ("31.12.2023"): the day and month read as a decimal.
        let dotted_date = after.len() >= 5
            && after.as_bytes()[0] == b'.'
            && after.as_bytes()[1..5].iter().all(u8::is_ascii_digit)
            && !after.as_bytes().get(5).is_some_and(u8::is_ascii_digit);
        if before.ends_with(['-', '/', ':'])
            || second_of_a_pair
            || dotted_date
            || before.ends_with(|c: char| c.is_ascii_alphabetic())
                && found.name("currency").is_none()
            || after.starts_with([':', '/']) && !after.starts_with("/-")
            || after.starts_with(|c: char| c.is_ascii_alphabetic())
                && found.name("scale").is_none()
                && found.name("percent").is_none()
            || number.start() < front_matter_end
            || is_section_number(text, number.start(), number.end())
        {
            continue;
        }
        let previous_word = before
            .trim_end_matches([' ', '\u{a0}'])
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        let word_after = after
            .trim_start_matches([' ', '\u{a0}'])
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        // "31 Dec 2021": a day before its month is a date.
        let day_of_month = found.name("scale").is_none()
            && found.name("percent").is_none()
            && (1.0..=31.0).contains(&value)
            && MONTHS.contains(&word_after);
        // A stage or a numbered part is named by a small whole number ("Year 2", "Phase 3").
        let numbered = NUMBERED.contains(&previous_word)
            || STAGES.contains(&previous_word)
                && found.name("scale").is_none()
                && found.name("percent").is_none()
                && number.as_str().len() <= 2
                && number.as_str().chars().all(|c| c.is_ascii_digit());
        // A number after a month name is its day or its year ("August 14", "June 2024"); one that can
        // be neither is a figure of that month ("In August 1,380 boxes left").
        let day_or_year_of_month = MONTHS.contains(&previous_word)
            && ((1.0..=31.0).contains(&value)
                || number.as_str().len() == 4
                    && number.as_str().chars().all(|c| c.is_ascii_digit())
                    && (1900.0..=2100.0).contains(&value));
        if found.name("currency").is_none()
            && found.name("hedge").is_none()
            && (day_or_year_of_month || numbered || day_of_month)
        {
            continue;
        }
        let next_word = text[after_unit..]
            .trim_start()
            .split(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("");
        if unit == "count" && names_a_span(text, number.start(), next_word) {
            continue;
        }
        let unplaced = unit == "count" && next_word.is_empty();
        let hedge = found
            .name("hedge")
            .map_or(Hedge::None, |m| hedge_of(m.as_str()));
        let start = whole.start();
        let end = after_unit.max(number.end());
        extraction.quantities.push(Quantity {
            start,
            end,
            value,
            unit,
            precision,
            hedge,
            sentence: sentence_of(&extraction.sentences, start),
            in_table: in_table(start),
            unplaced,
        });
    }
    let mut scale_parts: Vec<(usize, usize)> = Vec::new();
    for found in PART_OF_A_SCALE.captures_iter(text) {
        let whole = found.get(0).expect("match 0 always exists");
        // Money is written with its currency ("US$ half a million" is rare); a count is read alone.
        let before = text[..whole.start()].trim_end();
        let after = text[whole.end()..].trim_start();
        let money_after = ["dollars", "rupees", "afghanis", "euros", "pounds"]
            .iter()
            .any(|w| starts_with_ignoring_case(after, w));
        if before.ends_with('$') || ends_with_ignoring_case(before, "rs") || money_after {
            continue;
        }
        let part = found["part"].to_ascii_lowercase();
        // Read as if written "0.5 million" or "0.25 million": to its last digit.
        let (part, step) = if part.starts_with("half") {
            (0.5, 0.1)
        } else if part.starts_with("three") {
            (0.75, 0.05)
        } else {
            (0.25, 0.05)
        };
        let scale = match found["scale"].to_ascii_lowercase().as_str() {
            "million" => 1e6,
            "billion" => 1e9,
            "lakh" => 1e5,
            _ => 1e7,
        };
        let hedge = found
            .name("hedge")
            .map_or(Hedge::None, |m| hedge_of(m.as_str()));
        scale_parts.push((whole.start(), whole.end()));
        extraction.quantities.push(Quantity {
            start: whole.start(),
            end: whole.end(),
            value: part * scale,
            unit: "count",
            precision: step * scale,
            hedge,
            sentence: sentence_of(&extraction.sentences, whole.start()),
            in_table: in_table(whole.start()),
            unplaced: false,
        });
    }
    for found in FRACTION.captures_iter(text) {
        // "half" of "half a million" is read above.
        let at = found.get(0).expect("match 0 always exists").start();
        if scale_parts
            .iter()
            .any(|(start, end)| *start <= at && at < *end)
        {
            continue;
        }
        let word = found.name("fraction").expect("required").as_str();
        let lowered = word.to_ascii_lowercase().replace('-', " ");
        // "two-fifths" is 2/5: a numerator in words over a denominator in words.
        let value = match lowered.split_once(' ') {
            Some((numerator, denominator)) => {
                let n = match numerator {
                    "a" | "one" => 1.0,
                    "two" => 2.0,
                    "three" => 3.0,
                    "four" => 4.0,
                    "five" => 5.0,
                    "six" => 6.0,
                    "seven" => 7.0,
                    "eight" => 8.0,
                    _ => 9.0,
                };
                let d = match denominator.trim_end_matches('s') {
                    "third" => 3.0,
                    "quarter" => 4.0,
                    "fifth" => 5.0,
                    "sixth" => 6.0,
                    "eighth" => 8.0,
                    _ => 10.0,
                };
                100.0 * n / d
            }
            None => 50.0,
        };
        let whole = found.get(0).expect("match 0 always exists");
        // "for the two quarters", "three quarters of 2024": quarters of a year, unless "of" a whole
        // follows ("three quarters of trade").
        if lowered.ends_with("quarters") {
            let after = text[whole.end()..].to_ascii_lowercase();
            let of_a_whole = after.starts_with(" of ")
                && !after[4..].starts_with(|c: char| c.is_ascii_digit())
                && !after[4..].starts_with("the year")
                && !after[4..].starts_with("fy");
            if !of_a_whole {
                continue;
            }
        }
        // "The second half of 2024", "the first half", "a half-year" are periods, not shares.
        if lowered == "half" {
            let before = text[..whole.start()].trim_end();
            let after = &text[whole.end()..];
            // "which half", "either half": a half asked about or named, not a share given.
            let named_half = ["which", "what", "either", "neither"].iter().any(|w| {
                ends_with_ignoring_case(before, w)
                    && !before[..before.len() - w.len()].ends_with(|c: char| c.is_alphanumeric())
            });
            if named_half
                || ends_with_ignoring_case(before, "first")
                || ends_with_ignoring_case(before, "second")
                || starts_with_ignoring_case(after, "-year")
                || starts_with_ignoring_case(after, " year")
                || after.starts_with(" of the year")
                || (after.starts_with(" of ") && after[4..].starts_with(['1', '2']))
            {
                continue;
            }
        }
        let hedge = found
            .name("hedge")
            .map_or(Hedge::None, |m| hedge_of(m.as_str()));
        extraction.quantities.push(Quantity {
            start: whole.start(),
            end: whole.end(),
            value,
            unit: "fraction",
            precision: 5.0,
            hedge,
            sentence: sentence_of(&extraction.sentences, whole.start()),
            in_table: false,
            unplaced: false,
        });
    }
    let mut shares_in_words: Vec<(usize, usize)> = Vec::new();
    for found in IN_EVERY.captures_iter(text) {
        let whole = found.get(0).expect("match 0 always exists");
        let (Some(n), Some(d)) = (
            word_value(&found["n"].to_ascii_lowercase()),
            word_value(
                &found["d"]
                    .to_ascii_lowercase()
                    .replace("a hundred", "one hundred")
                    .replace("the hundred", "one hundred"),
            ),
        ) else {
            continue;
        };
        if n >= d || whole.start() < front_matter_end {
            continue;
        }
        let hedge = found
            .name("hedge")
            .map_or(Hedge::None, |m| hedge_of(m.as_str()));
        shares_in_words.push((whole.start(), whole.end()));
        extraction.quantities.push(Quantity {
            start: whole.start(),
            end: whole.end(),
            value: 100.0 * n / d,
            unit: "fraction",
            precision: 5.0,
            hedge,
            sentence: sentence_of(&extraction.sentences, whole.start()),
            in_table: false,
            unplaced: false,
        });
    }
    for found in NUMBER_WORDS.captures_iter(text) {
        let whole = found.get(0).expect("match 0 always exists");
        // A figure spelled out in quotation marks after its digits ("1,987,717: \"one million, nine
        // hundred and eighty-seven thousand …\"") says the figure again, in pieces that are no
        // figures of their own.
        if spelled_out_in_quotes(text, whole.start()) {
            continue;
        }
        // "four buyers" of "three in every four buyers" is the share's, read above.
        if shares_in_words
            .iter()
            .any(|(start, end)| whole.start() < *end && *start < whole.end())
        {
            continue;
        }
        let words = found
            .name("words")
            .or(found.name("literal"))
            .map_or(String::new(), |m| m.as_str().to_ascii_lowercase());
        let rest = found.name("rest").or(found.name("literal_rest"));
        let rest_scale = found
            .name("rest_scale")
            .or(found.name("literal_rest_scale"));
        let scale = found.name("scale").map(|m| m.as_str().to_ascii_lowercase());
        let percent = found.name("percent").is_some();
        // What follows says what is counted: a scale, "percent", or a plural noun.
        let next_word: String = text[whole.end()..]
            .strip_prefix(' ')
            .unwrap_or("")
            .chars()
            .take_while(|c| c.is_ascii_alphabetic())
            .collect();
        // Plurals without an "s": "forty women".
        let plural_after = matches!(next_word.as_str(), "women" | "men" | "children" | "people")
            || next_word.len() >= 4
                && next_word.ends_with('s')
                && next_word.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(
                    next_word.as_str(),
                    "thus"
                        | "was"
                        | "has"
                        | "this"
                        | "less"
                        | "unless"
                        | "thirds"
                        | "quarters"
                        | "fifths"
                        | "tenths"
                );
        // A number with a scale and a rest ("one million five hundred thousand hold cards") counts.
        let scaled_literal = found.name("literal_rest").is_some();
        let counts_something = scale.is_some() || percent || plural_after || scaled_literal;
        // "from nine medals in 2024 to six in 2025": the end of a change whose start, in words, said
        // what it counts.
        let end_of_a_change = || {
            let mut from = whole.start().saturating_sub(80);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let lead = text[from..whole.start()].to_ascii_lowercase();
            lead.ends_with(" to ")
                && lead.rsplit_once("from ").is_some_and(|(_, rest)| {
                    !rest.contains(['.', ';'])
                        && rest.split_whitespace().next().is_some_and(|word| {
                            // Or in digits: "from 26 at the end of last year to nine now", but not
                            // from a year.
                            word_value(word).is_some()
                                || word.replace(',', "").parse::<u32>().is_ok()
                                    && !is_year_word(word)
                                    // Not an address, a date or an hour: "from 14 Saddar Road",
                                    // "from 15 Ramadan", "from 9 in the morning".
                                    && rest.split_whitespace().nth(1).is_some_and(|next| {
                                        !next.starts_with(char::is_uppercase)
                                    })
                                    && ![
                                        "morning", "afternoon", "evening", "night", "noon",
                                        "o'clock",
                                    ]
                                    .iter()
                                    .any(|w| rest.contains(w))
                        })
                })
        };
        if !(counts_something || end_of_a_change())
            || whole.start() < front_matter_end
            || names_a_span(text, whole.start(), &next_word)
        {
            continue;
        }
        // "one and a half" counts only before a scale ("one and a half million").
        if words.contains(" and a ") && scale.is_none() {
            continue;
        }
        let Some(mut value) = word_value(&words) else {
            continue;
        };
        // "three hundred thousand": every scale word multiplies.
        // What a scale word multiplies by: "hundred" 100, "lakh" 100,000; any other word 1.
        let scale_of = |word: &str| match word {
            "hundred" => 100.0,
            "thousand" => 1e3,
            "lakh" => 1e5,
            "crore" => 1e7,
            "million" => 1e6,
            "billion" => 1e9,
            _ => 1.0,
        };
        let multiplier: f64 = scale.as_deref().map_or(1.0, |scale| {
            scale.split_whitespace().map(scale_of).product()
        });
        value *= multiplier;
        // The rest after the scale adds what is below it: "four hundred" of "ten thousand four
        // hundred", "fifty" of "two hundred and fifty". A rest as large as the scale's step is no
        // part of the number, and the number is not read.
        if let Some(rest) = rest {
            let rest = rest.as_str().to_ascii_lowercase();
            let rest = rest.split_whitespace().collect::<Vec<_>>().join(" ");
            let below = match rest.split_once(" hundred") {
                Some((hundreds, tail)) => {
                    let tail = tail.trim_start().trim_start_matches("and").trim();
                    word_value(hundreds)
                        .map(|h| 100.0 * h)
                        .zip(if tail.is_empty() {
                            Some(0.0)
                        } else {
                            word_value(tail)
                        })
                        .map(|(h, t)| h + t)
                }
                None => word_value(&rest),
            };
            // The step below which the rest counts: the scale's, or that of the number's own last word
            // ("one million five hundred thousand").
            let step = scale
                .as_deref()
                .or_else(|| words.rsplit(' ').next())
                .and_then(|scale| scale.rsplit(' ').next())
                .map_or(1.0, scale_of);
            let rest_scale = rest_scale.map_or(1.0, |m| scale_of(&m.as_str().to_ascii_lowercase()));
            match below {
                // "two hundred and fifty thousand": the whole so far is counted in the later scale.
                Some(below) if below < step && rest_scale > step => {
                    value = (value + below) * rest_scale;
                }
                // "two million three hundred thousand": the rest is counted in it.
                Some(below) if below * rest_scale < step => value += below * rest_scale,
                _ => continue,
            }
            // "two thousand and twenty-three" is a year, said in words.
            if rest_scale == 1.0
                && step == 1e3
                && (1990.0..=2100.0).contains(&value)
                && !plural_after
            {
                continue;
            }
        }
        let unit = if percent {
            "percent"
        } else if next_word == "dollars" {
            "USD"
        } else {
            "count"
        };
        let start = whole.start();
        // "a million Afghans", "a dozen trucks" speak loosely; "a hundred and fifteen thousand",
        // written out to its rest, does not.
        let hedge = found.name("hedge").map(|m| hedge_of(m.as_str())).unwrap_or(
            if words.starts_with("a ") && rest.is_none() {
                Hedge::About
            } else {
                Hedge::None
            },
        );
        // "one point four million" is written to a tenth of a million.
        let decimals = words
            .split_once(" point ")
            .map_or(0, |(_, d)| d.split(' ').count());
        extraction.quantities.push(Quantity {
            start,
            end: whole.end(),
            value,
            unit,
            // "one and a quarter million" is written to a quarter of a million.
            // A number with its rest after the scale is written out to its last unit.
            precision: if rest.is_some() {
                1.0
            } else if words.ends_with(" and a quarter") {
                multiplier * 0.25
            } else if words.ends_with(" and a half") {
                multiplier * 0.5
            } else {
                multiplier * 10f64.powi(-(decimals as i32))
            },
            hedge,
            sentence: sentence_of(&extraction.sentences, start),
            in_table: in_table(start),
            unplaced: false,
        });
    }
    extraction.quantities.sort_by_key(|q| q.start);
    // A fraction after a whole number and "and" ("two and a half", "one and a quarter") is part of a
    // mixed number: the whole takes its value and its span.
    extraction
        .quantities
        .sort_by_key(|q| (q.start, std::cmp::Reverse(q.end)));
    let mut mixed: Vec<usize> = Vec::new();
    for at in 1..extraction.quantities.len() {
        let (whole, part) = (&extraction.quantities[at - 1], &extraction.quantities[at]);
        let joined = text
            .get(whole.end..part.start)
            .is_some_and(|between| between.eq_ignore_ascii_case(" and "));
        let written = text[part.start..part.end].to_ascii_lowercase();
        if part.unit == "fraction"
            && whole.unit == "count"
            && joined
            && written.starts_with("a ")
            && whole.value.fract() == 0.0
        {
            let (value, end) = (part.value / 100.0, part.end);
            let whole = &mut extraction.quantities[at - 1];
            whole.value += value;
            whole.end = end;
            whole.precision = whole.precision.min(value);
            mixed.push(at);
        }
    }
    for at in mixed.into_iter().rev() {
        extraction.quantities.remove(at);
    }
    // … and so is "half" in "two and a half" when the whole is a small number in words that is no
    // figure of its own.
    extraction.quantities.retain(|q| {
        if q.unit != "fraction" {
            return true;
        }
        let before = text[..q.start].to_ascii_lowercase();
        let Some(head) = before.strip_suffix(" and a ") else {
            return true;
        };
        let whole = head
            .rsplit(|c: char| !c.is_ascii_alphanumeric())
            .next()
            .unwrap_or("");
        !(whole.chars().all(|c| c.is_ascii_digit()) && !whole.is_empty()
            || word_value(whole).is_some())
    });
    // A fraction inside a number in words ("a quarter" of "one and a quarter million") is part of it.
    let spans: Vec<(usize, usize)> = extraction
        .quantities
        .iter()
        .map(|q| (q.start, q.end))
        .collect();
    extraction.quantities.retain(|q| {
        q.unit != "fraction"
            || !spans.iter().any(|&(start, end)| {
                start <= q.start && q.end <= end && (start, end) != (q.start, q.end)
            })
    });
    // No two quantities share a byte: of two that overlap, the one that starts first (the longer,
    // when both start together) stands, so the words between two figures are always a slice.
    extraction
        .quantities
        .sort_by_key(|q| (q.start, std::cmp::Reverse(q.end)));
    let mut kept_end = 0;
    extraction.quantities.retain(|q| {
        let keep = q.start >= kept_end;
        if keep {
            kept_end = q.end;
        }
        keep
    });
    share_a_range_s_scale(text, &mut extraction.quantities);
    // "FY2022-23" holds no word boundary before its year, so the number pattern never sees it.
    for found in FISCAL_YEAR.captures_iter(text) {
        let whole = found.get(0).expect("match 0 always exists");
        if let Some(year) = fiscal_start(&found[1], found.get(2).map(|m| m.as_str())) {
            extraction
                .fiscal_years
                .push((whole.start(), whole.end(), year));
        }
    }
    extraction.fiscal_years.sort();
    for found in CITATION.captures_iter(text) {
        let whole = found.get(0).expect("match 0 always exists");
        let source = found["source"].trim();
        let first_word = source.split(' ').next().unwrap_or_default();
        if MONTHS.contains(&first_word) || NOT_SOURCES.contains(&first_word) {
            continue;
        }
        let source = format!("{source}, {}", &found["year"]);
        extraction
            .citations
            .push((whole.start(), whole.end(), source));
    }
    // Citations that name a publisher of statistics and a year: a parenthesis it opens, a quotation it
    // is credited with by a dash, and figures it released.
    for pattern in [
        &*PUBLISHER_CITATION,
        &*DASH_ATTRIBUTION,
        &*PROSE_RELEASED_BY,
        &*SOURCE_LINE,
    ] {
        for found in pattern.captures_iter(text) {
            let whole = found.get(0).expect("match 0 always exists");
            if extraction
                .citations
                .iter()
                .any(|(start, _, _)| *start == whole.start())
            {
                continue;
            }
            let source = format!(
                "{}, {}",
                statistics_publisher(&found["source"]),
                &found["year"]
            );
            extraction
                .citations
                .push((whole.start(), whole.end(), source));
        }
    }
    for found in PROSE_CITATION.captures_iter(text) {
        let whole = found.get(0).expect("match 0 always exists");
        // Inside a parenthesis already read as a citation.
        if extraction
            .citations
            .iter()
            .any(|(start, end, _)| *start < whole.start() && whole.end() <= *end)
        {
            continue;
        }
        let source = statistics_publisher(&found["source"]);
        // A source with no year counts only in a form that gives it for the figures around it.
        let source = match found
            .name("year1")
            .or(found.name("year2"))
            .or(found.name("year3"))
            .or(found.name("year4"))
            .or(found.name("year5"))
            // "Global Trends 2020" reports the end of its own year.
            .or(found.name("year6"))
        {
            Some(year) => format!("{source}, {}", year.as_str()),
            None if found.name("back").is_some() => source.to_string(),
            None => continue,
        };
        extraction
            .citations
            .push((whole.start(), whole.end(), source));
    }
    // A footnote marker cites what its footnote names: a publisher of statistics and a year.
    // What a note cites: a publisher of statistics, and its first year.
    let note_source = |note: &str| -> Option<String> {
        let publisher = PROSE_CITATION
            .captures_iter(note)
            .map(|c| statistics_publisher(c.name("source").map_or("", |m| m.as_str())))
            .next()?;
        Some(match extract_years(note).into_iter().next() {
            Some(year) => format!("{publisher}, {year}"),
            None => publisher.to_string(),
        })
    };
    let footnotes: Vec<(String, String)> = FOOTNOTE
        .captures_iter(text)
        .filter_map(|found| {
            let source = note_source(&found["text"])?;
            // A note numbered "4." is cited by a superscript ⁴ or by "[4]"; a numbered paragraph
            // without one cites nothing.
            let markers = match (
                found.name("label"),
                found.name("number"),
                found.name("plain"),
            ) {
                (Some(label), _, _) => vec![format!("[^{}]", label.as_str())],
                (None, Some(number), _) => vec![format!("[{}]", number.as_str())],
                (None, None, Some(number)) => vec![
                    number.as_str().chars().map(superscript).collect(),
                    format!("[{}]", number.as_str()),
                ],
                // A table note "a/ …" is cited by a superscript letter ᵃ.
                (None, None, None) => {
                    let letter = found.name("letter")?.as_str().chars().next()?;
                    vec![superscript_letter(letter)?.to_string()]
                }
            };
            Some(
                markers
                    .into_iter()
                    .map(|marker| (marker, source.clone()))
                    .collect::<Vec<_>>(),
            )
        })
        .flatten()
        .collect();
    // A numbered note "2. UNHCR, …" may be cited in words: "(note 2)", "(see note 2)". Each is the
    // note of its number that follows it, else the last one before it; one pass over the text.
    static NOTE_IN_WORDS: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"\((?:see )?[Nn]ote (\d{1,3})\)").expect("the note-in-words pattern is valid")
    });
    let numbered_notes: Vec<(usize, &str, String)> = FOOTNOTE
        .captures_iter(text)
        .filter_map(|found| {
            let number = found.name("plain")?.as_str();
            let at = found.get(0).expect("match 0 always exists").start();
            Some((at, number, note_source(&found["text"])?))
        })
        .collect();
    if !numbered_notes.is_empty() {
        for found in NOTE_IN_WORDS.captures_iter(text) {
            let whole = found.get(0).expect("match 0 always exists");
            let number = &found[1];
            let of_number = numbered_notes.iter().filter(|(_, n, _)| *n == number);
            if let Some((_, _, source)) = of_number
                .clone()
                .find(|(note_at, _, _)| *note_at > whole.start())
                .or_else(|| of_number.clone().next_back())
            {
                extraction
                    .citations
                    .push((whole.start(), whole.end(), source.clone()));
            }
        }
    }
    // A table note "a/ …" may be cited by "a/" itself, set after a figure or a word, or in brackets
    // ("(a/)"). Each marker is the note of its letter that follows it (a table's notes follow the
    // table), else the last one before it.
    let letter_notes: Vec<(usize, char, String)> = FOOTNOTE
        .captures_iter(text)
        .filter_map(|found| {
            let letter = found.name("letter")?.as_str().chars().next()?;
            let at = found.get(0).expect("match 0 always exists").start();
            Some((at, letter, note_source(&found["text"])?))
        })
        .collect();
    let mut letters: Vec<char> = letter_notes.iter().map(|(_, letter, _)| *letter).collect();
    letters.sort_unstable();
    letters.dedup();
    for letter in letters {
        // "(note a)" and "(see note a)" cite it in words.
        for form in [
            format!(" {letter}/"),
            format!("({letter}/"),
            format!("(note {letter})"),
            format!("(see note {letter})"),
            format!("(note {letter}/)"),
        ] {
            for (at, _) in text.match_indices(form.as_str()) {
                let mut end = at + form.len();
                if !form.ends_with(')') && text[end..].starts_with(|c: char| c.is_alphanumeric()) {
                    continue;
                }
                // "(a/)": the bracket closes the marker.
                if form.starts_with('(') && text[end..].starts_with(')') {
                    end += 1;
                }
                let of_letter = letter_notes.iter().filter(|(_, l, _)| *l == letter);
                let Some((_, _, source)) = of_letter
                    .clone()
                    .find(|(note_at, _, _)| *note_at > at)
                    .or_else(|| of_letter.clone().next_back())
                else {
                    continue;
                };
                // A bracketed marker starts at its bracket; " a/" after its space.
                let start = if form.starts_with('(') { at } else { at + 1 };
                extraction.citations.push((start, end, source.clone()));
            }
        }
    }
    for (marker, source) in &footnotes {
        for (at, _) in text.match_indices(marker.as_str()) {
            // The note itself starts its line; "¹" is not the start of "¹⁰".
            if at == 0
                || text[..at].ends_with('\n')
                || text[at + marker.len()..].starts_with(|c: char| superscript_digit(c).is_some())
            {
                continue;
            }
            extraction
                .citations
                .push((at, at + marker.len(), source.clone()));
        }
    }
    extraction.citations.sort();
    for found in YEAR_RANGE.captures_iter(text) {
        let whole = found.get(0).expect("match 0 always exists");
        // "from 2019 to 2023", "between 2019 and 2023", "2019–2023", or "(2019 to 2023)" in brackets.
        let years = found
            .get(1)
            .zip(found.get(2))
            .or_else(|| found.get(3).zip(found.get(4)))
            .or_else(|| found.get(5).zip(found.get(6)));
        let Some((Ok(from), Ok(to))) = years.map(|(a, b)| (a.as_str().parse(), b.as_str().parse()))
        else {
            continue;
        };
        extraction.year_ranges.push(YearRange {
            start: whole.start(),
            end: whole.end(),
            from,
            to,
            from_month: 0,
            to_month: 0,
        });
    }
    for found in HIJRI_RANGE.captures_iter(text) {
        let (Some(range), Some(from), Some(to)) = (
            found.name("a").or_else(|| found.name("b")),
            found.name("from").or_else(|| found.name("from2")),
            found.name("to").or_else(|| found.name("to2")),
        ) else {
            continue;
        };
        if let (Ok(from), Ok(to)) = (from.as_str().parse(), to.as_str().parse()) {
            extraction.year_ranges.push(YearRange {
                start: range.start(),
                end: range.end(),
                from,
                to,
                from_month: 0,
                to_month: 0,
            });
        }
    }
    // A range of fiscal years, by the calendar years they start in.
    for found in FISCAL_RANGE.captures_iter(text) {
        let whole = found.get(0).expect("match 0 always exists");
        // A fiscal year "FY2025-26" or a season "2023/24", by the year it starts in.
        let start_of = |fiscal: usize, split: usize| match found.get(fiscal) {
            Some(first) => fiscal_start(first.as_str(), found.get(fiscal + 1).map(|m| m.as_str())),
            None => found
                .get(split)
                .and_then(|first| first.as_str().parse().ok()),
        };
        let from = start_of(1, 3);
        let to = start_of(5, 7);
        if let (Some(from), Some(to)) = (from, to) {
            extraction.year_ranges.push(YearRange {
                start: whole.start(),
                end: whole.end(),
                from,
                to,
                from_month: 0,
                to_month: 0,
            });
        }
    }
    // Calendar years written "CY2023" are years.
    for found in CALENDAR_YEAR.captures_iter(text) {
        let whole = found.get(0).expect("match 0 always exists");
        if let Ok(year) = found[1].parse() {
            extraction.years.push((whole.start(), whole.end(), year));
        }
    }
    extraction.years.sort();
    extraction.year_ranges.extend(period_ranges(text));
    extraction.year_ranges.sort_by_key(|r| (r.start, r.end));
    extraction.year_ranges.dedup_by_key(|r| r.start);
    // "edged up to USD 956 million": after a verb of motion "up" is its direction and "to" its end,
    // not the hedge "up to" of the figure.
    for quantity in &mut extraction.quantities {
        let written = &text[quantity.start..quantity.end];
        let Some(rest) = written
            .get(..6)
            .filter(|w| w.eq_ignore_ascii_case("up to "))
            .map(|_| &written[6..])
        else {
            continue;
        };
        let verb = text[..quantity.start]
            .trim_end()
            .rsplit(|c: char| !c.is_alphabetic())
            .next()
            .unwrap_or("")
            .to_ascii_lowercase();
        let of_motion = matches!(
            verb.as_str(),
            "edged"
                | "crept"
                | "inched"
                | "moved"
                | "went"
                | "shot"
                | "picked"
                | "ticked"
                | "crawled"
                | "edges"
                | "creeps"
                | "inches"
                | "moves"
                | "goes"
                | "shoots"
                | "picks"
                | "ticks"
                | "marched"
                | "headed"
                | "climbed"
                | "jumped"
                | "leapt"
                | "surged"
                | "stepped"
                | "ramped"
                | "marches"
                | "climbs"
                | "drifted"
                | "drifts"
        );
        if of_motion {
            quantity.start = quantity.end - rest.len();
            quantity.hedge = Hedge::None;
        }
    }
    carry_currency(text, &mut extraction);
    extraction.changes = changes(text, &extraction);
    let by_years = year_clause_changes(text, &extraction);
    for change in by_years {
        if !extraction.changes.iter().any(|c| {
            (c.from, c.to) == (change.from, change.to) || (c.from, c.to) == (change.to, change.from)
        }) {
            extraction.changes.push(change);
        }
    }
    extraction.changes.sort_by_key(|c| c.start);
    // In order of position, so that the changes of a sentence can be found by halving.
    extraction.changes.sort_by_key(|change| change.start);
    extraction.ranges = value_ranges(text, &extraction);
    extraction.relative_changes = relative_changes(text, &extraction);
    extraction
}

/// Bytes between the checkpoints of a character index.
const CHECKPOINT: usize = 4096;

/// Characters counted before every [`CHECKPOINT`]-th byte of one text (at the character boundary at or
/// before it), so that a locator far into a long text counts from the checkpoint, not from the start.
struct CharIndex {
    pointer: usize,
    length: usize,
    /// For checkpoint `k`: the boundary byte at or before `k * CHECKPOINT`, and the characters before it.
    checkpoints: Vec<(usize, usize)>,
}

thread_local! {
    static INDEX: std::cell::RefCell<Option<CharIndex>> = const { std::cell::RefCell::new(None) };
}

/// Runs `work` with a character index of `text`, which [`Extraction::locator`] uses for spans of this
/// text while `work` runs: the cost of a locator then stays small however far into the text it falls.
/// The index is dropped when `work` returns (or panics), and an index of an enclosing call is restored.
pub fn with_char_index<T>(text: &str, work: impl FnOnce() -> T) -> T {
    let mut checkpoints = Vec::with_capacity(text.len() / CHECKPOINT + 1);
    let (mut byte, mut chars) = (0, 0);
    for k in 0..=text.len() / CHECKPOINT {
        let mut target = (k * CHECKPOINT).min(text.len());
        while !text.is_char_boundary(target) {
            target -= 1;
        }
        chars += text[byte..target].chars().count();
        byte = target;
        checkpoints.push((byte, chars));
    }
    let index = CharIndex {
        pointer: text.as_ptr() as usize,
        length: text.len(),
        checkpoints,
    };
    struct Restore(Option<CharIndex>);
    impl Drop for Restore {
        fn drop(&mut self) {
            let previous = self.0.take();
            INDEX.with_borrow_mut(|index| *index = previous);
        }
    }
    let _restore = Restore(INDEX.with_borrow_mut(|slot| slot.replace(index)));
    work()
}

impl Extraction {
    /// The locator of a byte span of `text`, counted in characters as [`Locator`] is.
    pub fn locator(text: &str, start: usize, end: usize) -> Locator {
        let start_chars = INDEX.with_borrow(|index| match index {
            // Inside `with_char_index` for this very text (borrowed for the whole scope, so no other
            // text can stand at its address with its length): count on from the checkpoint before.
            Some(index)
                if index.pointer == text.as_ptr() as usize && index.length == text.len() =>
            {
                let (byte, chars) = index.checkpoints[start / CHECKPOINT];
                chars + text[byte..start].chars().count()
            }
            _ => text[..start].chars().count(),
        });
        let start_chars = start_chars as u32;
        let end_chars = start_chars + text[start..end].chars().count() as u32;
        Locator {
            page: None,
            start: start_chars,
            end: end_chars,
        }
    }

    /// The quantities as model claims, with the year and cited source of their sentence when it has
    /// exactly one of each.
    pub fn claims(&self, text: &str) -> Vec<Claim> {
        with_char_index(text, || {
            self.quantities
                .iter()
                .map(|quantity| self.claim(text, quantity))
                .collect()
        })
    }

    /// One quantity as a model claim.
    pub fn claim(&self, text: &str, quantity: &Quantity) -> Claim {
        let (sentence_start, sentence_end) = self.sentences[quantity.sentence];
        // Years are in order of position: a sentence's are found by halving.
        let in_sentence = |spans: &[(usize, usize, i32)]| -> Vec<i32> {
            let first = spans.partition_point(|(s, _, _)| *s < sentence_start);
            spans[first..]
                .iter()
                .take_while(|(s, _, _)| *s < sentence_end)
                .map(|(_, _, y)| *y)
                .collect()
        };
        let years = in_sentence(&self.years);
        let fiscal_years = in_sentence(&self.fiscal_years);
        let citations: Vec<&String> = self
            .citations
            .iter()
            .filter(|(s, _, _)| sentence_start <= *s && *s < sentence_end)
            .map(|(_, _, c)| c)
            .collect();
        Claim {
            locator: Self::locator(text, quantity.start, quantity.end),
            text: text[quantity.start..quantity.end].to_string(),
            value: quantity.value,
            unit: quantity.unit.to_string(),
            precision: quantity.precision,
            hedge: quantity.hedge,
            about: ClaimSubject {
                indicator: None,
                period: match (years.as_slice(), fiscal_years.as_slice()) {
                    ([year], []) => Some(Period::Year(*year)),
                    ([], [year]) => Some(Period::FiscalYear(*year)),
                    _ => None,
                },
                subject: subject_of(&text[sentence_start..quantity.start.max(sentence_start)])
                    .or_else(|| subject_of(&text[sentence_start..sentence_end])),
                cited_source: match citations.as_slice() {
                    [citation] => Some((*citation).clone()),
                    _ => None,
                },
            },
            projection: false,
        }
    }

    /// The numbers that say nothing of what they count: listed for a reader, never compared.
    pub fn unplaced(&self) -> impl Iterator<Item = &Quantity> + '_ {
        self.quantities.iter().filter(|q| q.unplaced)
    }

    /// The quantities of one sentence, by index.
    pub fn in_sentence(&self, sentence: usize) -> impl Iterator<Item = usize> + '_ {
        // Quantities are in order of position, so their sentences are in order too.
        let first = self.quantities.partition_point(|q| q.sentence < sentence);
        let end = self.quantities.partition_point(|q| q.sentence <= sentence);
        first..end
    }
}

/// The countries a text names, by ISO alpha-3 code, in order of their first mention. Names are the
/// concordance's short names ("Iran" for "Iran (Islamic Republic of)") and adjectives the text forms from
/// them ("Pakistani", "Afghan").
pub fn countries_named(text: &str) -> Vec<&'static str> {
    /// Every country's short name and, where it ends in "-istan", its stem ("Afghan"), in one automaton:
    /// pattern `2k` is name `k`, pattern `2k + 1` its stem (or the name again when it has none).
    struct Names {
        codes: Vec<&'static str>,
        matcher: aho_corasick::AhoCorasick,
    }
    static NAMES: LazyLock<Names> = LazyLock::new(|| {
        let concordance = dyad_model::country::Concordance::bundled();
        let mut codes = Vec::new();
        let mut patterns = Vec::new();
        for country in concordance.countries() {
            let short = country.name.split(" (").next().unwrap_or(&country.name);
            if short.len() >= 4 {
                let stem = short.trim_end_matches("istan");
                // "Afghan" and "Pakistani" name their countries as surely as the names do.
                let stem = if stem.len() >= 4 && stem.len() < short.len() {
                    stem
                } else {
                    short
                };
                codes.push(country.iso3.as_str());
                patterns.push(short.to_string());
                patterns.push(stem.to_string());
            }
        }
        let matcher = aho_corasick::AhoCorasick::new(&patterns).expect("country names build");
        Names { codes, matcher }
    });
    let names = &*NAMES;
    // The first place each name is found, else its stem.
    let mut first_name = vec![None; names.codes.len()];
    let mut first_stem = vec![None; names.codes.len()];
    for found in names.matcher.find_overlapping_iter(text) {
        let pattern = found.pattern().as_usize();
        let slot = if pattern % 2 == 0 {
            &mut first_name[pattern / 2]
        } else {
            &mut first_stem[pattern / 2]
        };
        slot.get_or_insert(found.start());
    }
    let mut found: Vec<(usize, &'static str)> = Vec::new();
    for (index, code) in names.codes.iter().enumerate() {
        if let Some(at) = first_name[index].or(first_stem[index]) {
            let boundary_before = !text[..at]
                .chars()
                .next_back()
                .is_some_and(char::is_alphanumeric);
            if boundary_before && !found.iter().any(|(_, c)| c == code) {
                found.push((at, code));
            }
        }
    }
    found.sort();
    found.into_iter().map(|(_, code)| code).collect()
}

/// The subject a stretch of text states: a flow `A→B` when it speaks of exports ("Pakistan's exports to
/// Afghanistan", A named first) or imports ("Pakistan's imports from Afghanistan", B named first) between
/// two named countries, else the one country it names, else nothing.
fn subject_of(words: &str) -> Option<String> {
    let countries = countries_named(words);
    let lowered = words.to_lowercase();
    match countries.as_slice() {
        [first, second] if lowered.contains("export") => Some(format!("{first}→{second}")),
        [first, second] if lowered.contains("import") => Some(format!("{second}→{first}")),
        [only] => Some((*only).to_string()),
        _ => None,
    }
}

/// The runs of letters of a text, each with its byte offset.
pub fn word_spans(text: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut start = None;
    for (at, c) in text.char_indices() {
        match (c.is_alphabetic(), start) {
            (true, None) => start = Some(at),
            (false, Some(s)) => {
                words.push((s, &text[s..at]));
                start = None;
            }
            _ => {}
        }
    }
    if let Some(s) = start {
        words.push((s, &text[s..]));
    }
    words
}

fn hedge_of(words: &str) -> Hedge {
    let words = words.trim().to_ascii_lowercase();
    match words.as_str() {
        "nearly" | "almost" | "up to" | "close to" | "just under" => Hedge::Nearly,
        "just over" | "a little over" | "slightly over" | "a little more than"
        | "slightly more than" | "just above" => Hedge::JustOver,
        "over" | "well over" | "above" | "upwards of" | "more than" | "at least" => Hedge::Over,
        "under" | "below" | "less than" | "fewer than" => Hedge::Under,
        _ => Hedge::About,
    }
}

/// Whether a word asserts a rise or a fall.
pub fn direction_of(word: &str) -> Option<Direction> {
    // The lists, read once into one table: a word is looked up, not searched for.
    static DIRECTIONS: LazyLock<HashMap<&'static str, Direction>> = LazyLock::new(|| {
        let mut table = HashMap::new();
        // A word on both lists is read as a rise, as the lists were read before.
        for &word in DOWN_WORDS {
            table.insert(word, Direction::Down);
        }
        for &word in UP_WORDS {
            table.insert(word, Direction::Up);
        }
        table
    });
    if word.len() > 64 {
        return None;
    }
    if word.bytes().any(|b| b.is_ascii_uppercase()) {
        DIRECTIONS.get(word.to_ascii_lowercase().as_str()).copied()
    } else {
        DIRECTIONS.get(word).copied()
    }
}

fn sentence_of(sentences: &[(usize, usize)], at: usize) -> usize {
    // Sentences are in order and do not overlap: the one that holds `at` is the last that starts at or
    // before it, if it has not ended.
    let after = sentences.partition_point(|&(s, _)| s <= at);
    match after.checked_sub(1) {
        Some(index) if at < sentences[index].1 => index,
        _ => sentences.len().saturating_sub(1),
    }
}

/// Splits text into sentences. Lines are first joined into blocks, as Markdown reads them: a blank line
/// ends a block, and a table row, a heading or a list item starts one (a table row is a block of its own),
/// so a hard-wrapped paragraph is one block. A block then splits after a full stop, question or
/// exclamation mark followed by white space and a capital.
pub fn sentences(text: &str) -> Vec<(usize, usize)> {
    sentences_around(text, &loose_table_line_spans(text))
}

/// The sentences of `text`, each line in `table_lines` (byte spans of tables whose rows are not pipe rows)
/// a sentence of its own; a line that holds several spans (a register written on one line) gives a
/// sentence for each.
fn sentences_around(text: &str, table_lines: &[(usize, usize)]) -> Vec<(usize, usize)> {
    let mut blocks: Vec<(usize, usize)> = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let line_end = line_start + line.len();
        let content = line.trim();
        let content_end = line_start + line.trim_end().len();
        let from = table_lines.partition_point(|&(start, _)| start < line_start);
        let pieces: Vec<(usize, usize)> = table_lines[from..]
            .iter()
            .copied()
            .take_while(|&(start, _)| start < line_end)
            .collect();
        if pieces.len() > 1 {
            blocks.extend(open.take());
            blocks.extend(pieces);
            line_start = line_end;
            continue;
        }
        let is_table = content.starts_with('|')
            || table_lines
                .iter()
                .any(|&(start, end)| start <= line_start && line_start < end);
        let starts_block = is_table
            || content.starts_with('#')
            || content.starts_with("> ")
            || is_list_item(content);
        if content.is_empty() || starts_block {
            blocks.extend(open.take());
        }
        if !content.is_empty() {
            let content_start = line_start + (line.len() - line.trim_start().len());
            open = match open {
                Some((block_start, _)) => Some((block_start, content_end)),
                None => Some((content_start, content_end)),
            };
            // A table row or a heading never continues on the next line.
            if is_table || content.starts_with('#') {
                blocks.extend(open.take());
            }
        }
        line_start = line_end;
    }
    blocks.extend(open);

    let bytes = text.as_bytes();
    let mut spans = Vec::new();
    for (block_start, block_end) in blocks {
        let mut start = block_start;
        let mut at = block_start;
        while at < block_end {
            if matches!(bytes[at], b'.' | b'?' | b'!') && !ends_with_abbreviation(&text[start..at])
            {
                // Closing emphasis, quotes or a bracket may follow the stop ("Registration.** The").
                let closers = text[at + 1..block_end]
                    .bytes()
                    .take_while(|b| matches!(b, b'*' | b'_' | b'"' | b')'))
                    .count();
                let stop_end = at + 1 + closers;
                let rest = &text[stop_end..block_end];
                let next = rest.trim_start();
                let gap = rest.len() - next.len();
                if gap > 0
                    && next
                        .chars()
                        .next()
                        .is_some_and(|c| c.is_uppercase() || matches!(c, '*' | '"' | '“'))
                {
                    spans.push((start, stop_end));
                    start = stop_end + gap;
                    at = start;
                    continue;
                }
            }
            at += 1;
        }
        if block_end > start {
            spans.push((start, block_end));
        }
    }
    spans
}

/// Whether a figure is a numbered item's marker at the start of its line ("2. According to UNHCR …",
/// "3) The register …"): a short whole number, a full stop or a bracket and a space, then a capital
/// or emphasis. It stays a quantity (other checks read items by their numbers), but it states no
/// figure of the evidence.
pub fn is_item_number(text: &str, quantity: &Quantity) -> bool {
    let before = &text[..quantity.start];
    let line_start = before.rsplit('\n').next().unwrap_or(before);
    let number = &text[quantity.start..quantity.end];
    // The marker as `is_list_item` reads it, then a capital or emphasis.
    let opens_item = is_list_item(&text[quantity.start..])
        && text[quantity.end + 2.min(text.len() - quantity.end)..]
            .starts_with(|c: char| c.is_uppercase() || c == '*' || c == '"');
    line_start
        .trim_start_matches([' ', '\t', '*', '#', '>'])
        .is_empty()
        && number.len() <= 2
        && number.chars().all(|c| c.is_ascii_digit())
        && opens_item
}

/// Whether a line (its leading spaces trimmed) opens an item of a list: a bullet ("- ", "* ", "+ ",
/// "• ", "· ") or a number ("1. Text", "1) Text").
pub fn is_list_item(line: &str) -> bool {
    let digits = line.chars().take_while(char::is_ascii_digit).count();
    ["- ", "* ", "+ ", "• ", "· "]
        .iter()
        .any(|marker| line.starts_with(marker))
        || digits > 0 && (line[digits..].starts_with(". ") || line[digits..].starts_with(") "))
}

fn ends_with_abbreviation(before: &str) -> bool {
    // "1." opening a numbered item ends nothing.
    if !before.is_empty() && before.chars().all(|c| c.is_ascii_digit()) {
        return true;
    }
    let last = before.rsplit(' ').next().unwrap_or("");
    matches!(
        last,
        "Rs" | "e.g" | "i.e" | "Mr" | "Dr" | "St" | "No" | "U.S"
    )
}

fn table_line_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        if line.trim_start().starts_with('|') {
            spans.push((start, start + line.len()));
        }
        start += line.len();
    }
    spans
}

/// The number a table cell holds, when the whole cell (emphasis, currency and percent sign aside) is one.
pub fn cell_number(cell: &str) -> Option<f64> {
    // A note's marker after the number ("227ᵃ", "1,743,278¹", "96*") is no part of it; a minus sign
    // may be the typographic one.
    let cleaned = cell
        .trim()
        .trim_matches('*')
        .trim_end_matches(|c: char| superscript_digit(c).is_some() || "ᵃᵇᶜᵈᵉ†‡".contains(c))
        .trim_start_matches("USD")
        .trim_start_matches('$')
        .trim_end_matches('%')
        .trim()
        .replace('−', "-");
    let cleaned = cleaned.as_str();
    // A change column's rise may carry its sign ("+22").
    let cleaned = cleaned.strip_prefix('+').unwrap_or(cleaned);
    if cleaned.is_empty()
        || !cleaned
            .chars()
            .all(|c| c.is_ascii_digit() || ",.-".contains(c))
    {
        return None;
    }
    cleaned.replace(',', "").parse().ok()
}

/// The lines of `text` without their line ends, each with the byte at which it starts.
pub fn lines_at(text: &str) -> Vec<(usize, &str)> {
    let mut lines = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        lines.push((start, line.trim_end_matches(['\n', '\r'])));
        start += line.len();
    }
    lines
}

/// Reads every pipe table: a row of cells, a delimiter row of dashes, then rows until a line that is
/// not a table row.
pub fn tables(text: &str) -> Vec<Table> {
    let lines = lines_at(text);
    let mut found = Vec::new();
    let mut index = 0;
    while index + 1 < lines.len() {
        let (header_start, header) = lines[index];
        let (_, delimiter) = lines[index + 1];
        let is_delimiter = delimiter.trim_start().starts_with('|')
            && delimiter.contains('-')
            && delimiter
                .chars()
                .all(|c| matches!(c, '|' | '-' | ':' | ' '));
        if !header.trim_start().starts_with('|') || !is_delimiter {
            index += 1;
            continue;
        }
        let mut table = Table {
            header: cells(header_start, header),
            rows: Vec::new(),
            row_spans: Vec::new(),
            header_span: None,
        };
        index += 2;
        while index < lines.len() && lines[index].1.trim_start().starts_with('|') {
            let (row_start, row) = lines[index];
            table.rows.push(cells(row_start, row));
            table.row_spans.push((row_start, row_start + row.len()));
            index += 1;
        }
        drop_code_column(&mut table);
        found.push(table);
    }
    found
}

/// Drops a first column of codes ("Code", "No.", "#", or no name, above 1, 2, 3 …) before a column of
/// labels, as codebooks and schedules print them: the label column then names the rows, and the codes
/// are not figures of the table. The total row, whose code cell is empty, keeps its label.
fn drop_code_column(table: &mut Table) {
    let Some(first) = table.header.first() else {
        return;
    };
    let named_as_codes = matches!(
        first.text.to_lowercase().trim_end_matches('.'),
        "" | "code" | "#" | "no" | "sr" | "sr. no" | "s. no" | "s.no" | "serial" | "item no"
    );
    let codes = table.rows.iter().all(|row| {
        row.len() >= 3
            && row[1].value.is_none()
            && !row[1].text.is_empty()
            && (row[0].text.is_empty()
                || row[0].text.len() <= 3 && row[0].text.chars().all(|c| c.is_ascii_digit()))
    });
    if named_as_codes && codes && table.header.len() >= 3 && !table.rows.is_empty() {
        table.header.remove(0);
        for row in &mut table.rows {
            row.remove(0);
        }
    }
}

fn cells(line_start: usize, line: &str) -> Vec<TableCell> {
    let mut result = Vec::new();
    let mut offset = 0;
    let pieces: Vec<&str> = line.split('|').collect();
    for (position, piece) in pieces.iter().enumerate() {
        let piece_start = line_start + offset;
        offset += piece.len() + 1;
        // The pieces before the first bar and after the last are not cells.
        if position == 0 || position == pieces.len() - 1 && piece.trim().is_empty() {
            continue;
        }
        let leading = piece.len() - piece.trim_start().len();
        let trimmed = piece.trim();
        let text = trimmed.trim_matches('*').trim().to_string();
        result.push(TableCell {
            value: cell_number(trimmed),
            text,
            start: piece_start + leading,
            end: piece_start + leading + trimmed.len(),
        });
    }
    result
}

/// A number standing alone as a table cell: `1,234`, `-5.2`, `(17)`, `12%`, `$4.5`.
static CELL_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\(?[-−+]?(?:US)?\$?(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?%?\)?$")
        .expect("the cell number pattern is valid")
});

/// Whether a word among a row's numbers marks an empty cell, as statistical tables print one: a dash,
/// two dots, or "n/a".
fn is_empty_cell(word: &str) -> bool {
    matches!(word, "-" | "–" | "—" | ".." | "…" | "n/a" | "n.a.")
}

/// A line read as a row of a table of numbers: its label (which may be empty) and its numbers.
#[derive(Clone)]
struct LooseRow<'t> {
    label: Option<(usize, &'t str)>,
    numbers: Vec<(usize, &'t str)>,
}

impl<'t> LooseRow<'t> {
    /// The row with its first number, a year right after its label, taken into the label.
    fn label_with_year(mut self, line_start: usize, line: &'t str) -> Option<LooseRow<'t>> {
        let (label_start, label) = self.label?;
        let &(year_start, year) = self.numbers.first()?;
        let is_year = is_year_word(year);
        let gap = year_start.checked_sub(label_start + label.len())?;
        if !is_year || gap > 2 {
            return None;
        }
        self.numbers.remove(0);
        Some(LooseRow {
            label: Some((
                label_start,
                &line[label_start - line_start..year_start + year.len() - line_start],
            )),
            ..self
        })
    }
}

/// The words of `line` (which starts at byte `line_start`), with their byte offsets.
fn words_at(line_start: usize, line: &str) -> Vec<(usize, &str)> {
    let mut words = Vec::new();
    let mut rest = line;
    let mut offset = line_start;
    while let Some(start) = rest.find(|c: char| !c.is_whitespace()) {
        let after = &rest[start..];
        let length = after.find(char::is_whitespace).unwrap_or(after.len());
        words.push((offset + start, &after[..length]));
        offset += start + length;
        rest = &after[length..];
    }
    words
}

/// Reads a line as a row: a label of words (or a year) followed by two or more numbers, and nothing else.
fn loose_row(line_start: usize, line: &str) -> Option<LooseRow<'_>> {
    if line.trim_start().starts_with('|') {
        return None;
    }
    let words = words_at(line_start, line);
    let mut first_number = words
        .iter()
        .rposition(|(_, word)| !CELL_NUMBER.is_match(word) && !is_empty_cell(word))
        .map_or(0, |at| at + 1);
    // A dash right after the label separates it from the numbers ("Torkham – 1,200 1,450"): an empty
    // cell is one after a number, or one set out in its column two spaces or more from the label
    // ("Total                   -    1,140").
    let label_words_end = first_number;
    while words
        .get(first_number)
        .is_some_and(|(_, word)| is_empty_cell(word))
    {
        first_number += 1;
    }
    // … but a total with one figure keeps the dashes it sets in their columns, two spaces or more
    // from its label, as empty cells ("Total                   -    1,140").
    let label_end = label_words_end
        .checked_sub(1)
        .map(|last| words[last].0 + words[last].1.len());
    let a_total = label_words_end == 1
        && words[0].1.eq_ignore_ascii_case("total")
        && words.len() == first_number + 1
        && first_number > label_words_end
        && label_end.is_some_and(|end| words[label_words_end].0 >= end + 2);
    if a_total {
        first_number = label_words_end;
    }
    // "Paper cost, Rs 000   33,600": thousands of a currency, written as "000" after it, are the
    // label's unit.
    if first_number > 0
        && words
            .get(first_number)
            .is_some_and(|(_, w)| matches!(*w, "000" | "'000" | "’000" | "000s" | "000)"))
        && matches!(
            words[first_number - 1].1.trim_start_matches('('),
            "Rs" | "Rs." | "PKR" | "USD" | "US$" | "$" | "Afs" | "AFN"
        )
    {
        first_number += 1;
    }
    let mut numbers: Vec<(usize, &str)> = words[first_number..].to_vec();
    // A dash stands for an empty cell ("Total  410  100.0  –"); a line of dashes alone is no row.
    if numbers.iter().filter(|(_, w)| !is_empty_cell(w)).count() < 2 && !a_total {
        return None;
    }
    let label_words = &words[..first_number];
    let mut label = label_words.first().map(|&(start, _)| {
        let (last_start, last) = label_words[label_words.len() - 1];
        (
            start,
            &line[start - line_start..last_start + last.len() - line_start],
        )
    });
    // A row of numbers only, the first a year: the year names the row.
    if label.is_none() && numbers.len() >= 3 && is_year_word(numbers[0].1) {
        label = Some(numbers.remove(0));
    }
    // A year right after a month or a quarter ("Aug 2025", "Q2 2025") is part of the label: it stands
    // one or two spaces after the month, and further from the first figure.
    if let (Some((start, text)), Some((year_start, year))) = (label, numbers.first().copied()) {
        let last = text.rsplit([' ', '-', '–']).next().unwrap_or(text);
        let names_part = part_of_year_label(last).is_some_and(|part| part.year.is_none());
        let is_year = is_year_word(year);
        let gap_before = year_start.saturating_sub(start + text.len());
        let gap_after = numbers
            .get(1)
            .map_or(0, |(next, _)| next.saturating_sub(year_start + year.len()));
        if names_part && is_year && numbers.len() >= 3 && gap_before <= 2 && gap_after > gap_before
        {
            numbers.remove(0);
            label = Some((
                start,
                &line[start - line_start..year_start + year.len() - line_start],
            ));
        }
    }
    let label_is_words = label.is_none_or(|(_, text)| {
        text.chars().any(char::is_alphabetic) || text.chars().all(|c| c.is_ascii_digit())
    });
    // A label of a sentence's length is prose with numbers in it, not a row; so is one that ends on a
    // preposition before a year ("8. Pakistan's surplus in 2020 (3)", a crossword's clue).
    let short_label = label.is_none_or(|(_, text)| text.split_whitespace().count() <= 6);
    let prose_before_a_year = label.is_some_and(|(_, text)| {
        text.rsplit(' ').next().is_some_and(|last| {
            matches!(
                last.to_ascii_lowercase().as_str(),
                "in" | "of" | "for" | "from" | "to" | "since" | "by" | "until"
            )
        })
    }) && numbers.first().is_some_and(|(_, n)| is_year_word(n));
    if prose_before_a_year {
        return None;
    }
    (numbers.len() >= 2 && label_is_words && short_label).then_some(LooseRow { label, numbers })
}

/// A line of a short label and one figure, separated by two spaces or more: a row of a table of one
/// column of figures.
fn single_figure_row(line_start: usize, line: &str) -> Option<LooseRow<'_>> {
    let words = words_at(line_start, line);
    let (&(number_start, number), label_words) = words.split_last()?;
    let &(label_start, _) = label_words.first()?;
    let &(last_start, last) = label_words.last()?;
    let label_end = last_start + last.len();
    let gap = number_start.checked_sub(label_end)?;
    let label = &line[label_start - line_start..label_end - line_start];
    (CELL_NUMBER.is_match(number)
        && !is_empty_cell(number)
        && gap >= 2
        && label_words.len() <= 4
        && label.chars().any(char::is_alphabetic))
    .then_some(LooseRow {
        label: Some((label_start, label)),
        numbers: vec![(number_start, number)],
    })
}

/// Gives a scaled figure with no noun of its own the currency of the sum of money right before it in
/// its sentence, of the same scale: "to USD 884 million from 1,012 million in 2023", "exports of USD
/// 936 million and imports of 741 million". A figure with its own noun ("1.2 million people") keeps
/// it.
fn carry_currency(text: &str, extraction: &mut Extraction) {
    const SCALES: [&str; 4] = ["million", "billion", "bn", "mn"];
    const OPEN: [&str; 16] = [
        "in", "to", "from", "and", "a", "an", "the", "on", "for", "by", "over", "at", "of", "than",
        "against", "last",
    ];
    let scale_of = |written: &str| {
        let lowered = written.to_ascii_lowercase();
        SCALES
            .iter()
            .copied()
            .find(|scale| lowered.trim_end().ends_with(scale))
    };
    for index in 1..extraction.quantities.len() {
        let (before, after) = extraction.quantities.split_at_mut(index);
        let (money, figure) = (&before[index - 1], &mut after[0]);
        if figure.unit != "count"
            || !matches!(money.unit, "USD" | "PKR" | "AFN")
            || money.sentence != figure.sentence
            || money.in_table
            || figure.in_table
            || figure.start < money.end
            || figure.start - money.end > 60
            || text[money.end..figure.start].contains([';', '.', '(', ')'])
            // A clause set against the sum's is of another thing ("…, while its exports to Central
            // Asia were 310 million").
            || [" while ", " whereas ", " but "]
                .iter()
                .any(|w| text[money.end..figure.start].contains(w))
        {
            continue;
        }
        let (Some(scale), Some(money_scale)) = (
            scale_of(&text[figure.start..figure.end]),
            scale_of(&text[money.start..money.end]),
        ) else {
            continue;
        };
        // "million" and "mn" are one scale.
        let rank = |s: &str| if s.starts_with('b') { 9 } else { 6 };
        let next: String = text[figure.end..]
            .trim_start()
            .chars()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .to_ascii_lowercase();
        if rank(scale) != rank(money_scale) || !(next.is_empty() || OPEN.contains(&next.as_str())) {
            continue;
        }
        figure.unit = money.unit;
    }
}

/// Whether a word is a year as tables and registers write one: four digits, 1900 to 2100.
pub fn is_year_word(word: &str) -> bool {
    word.len() == 4
        && word
            .parse::<u32>()
            .is_ok_and(|y| (1900..=2100).contains(&y))
}

/// Recovers registers written on one line, as bulletins and notes print a short series: an optional
/// caption ending in a colon, then three or more items, each a short label and one figure, set apart by
/// semicolons (after a caption, or four items or more), middle dots or bullets ("Torkham arrivals by week ending: 2 Nov
/// 12,300; 9 Nov 19,400; 16 Nov 16,800", "Jan–Mar 380 · Apr–Jun 420 · Jul–Sep 510"). Each item is a
/// row of a table of one column, which the caption heads; each item's span is a sentence of its own.
pub fn inline_registers(text: &str) -> Vec<Table> {
    lines_at(text)
        .into_iter()
        .filter_map(|(line_start, line)| inline_register(line_start, line))
        .collect()
}

/// One line read as a register (see [`inline_registers`]).
fn inline_register(line_start: usize, line: &str) -> Option<Table> {
    let content = line.trim_end();
    let lead = content.len() - content.trim_start().len();
    if content.trim_start().starts_with(['|', '#']) || content.len() > 800 {
        return None;
    }
    // The caption: words up to the first colon, with no separator among them.
    let caption = content.find(':').filter(|&colon| {
        let words = &content[..colon];
        words.split_whitespace().count() <= 12 && !words.contains([';', '·', '•'])
    });
    let items_start = caption.map_or(lead, |colon| {
        colon + 1 + content[colon + 1..].len() - content[colon + 1..].trim_start_matches('*').len()
    });
    let body = &content[items_start..];
    let separator = if body.contains(" · ") {
        "·"
    } else if body.contains(" • ") {
        "•"
    } else if body.contains("; ") && (caption.is_some() || body.matches("; ").count() >= 3) {
        // Semicolons part clauses of prose too: without a caption, four items or more.
        ";"
    } else if caption.is_some() && body.matches(" / ").count() >= 2 {
        // "2023 18,600 / 2024 20,400 / 2025 17,520" after a caption.
        "/"
    } else {
        return None;
    };
    // Words that make an item a clause of prose ("exports fell to 1,200; imports …").
    const CLAUSE_WORDS: &[&str] = &[
        "to", "at", "by", "of", "was", "were", "is", "are", "from", "in", "on", "for", "with",
        "and", "the", "a", "an", "had", "has", "have", "rose", "fell", "reached", "stood",
    ];
    let cell = |start: usize, text: &str, value: Option<f64>| TableCell {
        text: text.to_string(),
        value,
        start,
        end: start + text.len(),
    };
    let mut rows = Vec::new();
    let mut row_spans = Vec::new();
    let mut offset = items_start;
    for piece in body.split(separator) {
        let piece_start = line_start + offset;
        offset += piece.len() + separator.len();
        let item = piece.trim().trim_end_matches('.');
        let item_start = piece_start + (piece.len() - piece.trim_start().len());
        let (label, number) = item.rsplit_once(' ')?;
        // "Shows in 2025: 121", "2024 — 31,400": a colon or a dash may close an item's label.
        let label = label
            .trim()
            .trim_end_matches([':', '—', '–', '-'])
            .trim_end();
        let words: Vec<&str> = label.split_whitespace().collect();
        // Dots and bullets part items only, so their labels may be phrases ("in refugee villages").
        let by_semicolons = separator == ";";
        // A year may name an item ("2024 20,400").
        let a_year = is_year_word(label);
        // "Share sold to each buyer: sherbet maker in Hyderabad, 70%; traders in Mazar, 25%": after a
        // caption, an item whose label closes with a comma is a label and its figure, which may hold
        // a preposition; only a verb makes it a clause.
        let comma_item = by_semicolons && caption.is_some() && label.ends_with(',');
        const VERBS: &[&str] = &[
            "was", "were", "is", "are", "had", "has", "have", "rose", "fell", "reached", "stood",
        ];
        let clause_words = if comma_item { VERBS } else { CLAUSE_WORDS };
        if !CELL_NUMBER.is_match(number)
            || words.is_empty()
            || words.len() > if by_semicolons && !comma_item { 4 } else { 6 }
            || !(label.chars().any(char::is_alphabetic) || a_year)
            // A comma only after a caption ("2025, to 9 October — 18,200").
            || label.contains(['(', ')', ':'])
            || label.contains(',') && caption.is_none()
            // A label that opens on a year may qualify it ("2025, to 9 October").
            || by_semicolons
                && !(caption.is_some() && is_year_word(words[0].trim_end_matches(',')))
                && words
                    .iter()
                    .any(|w| clause_words.contains(&w.to_lowercase().as_str()))
            // A verb's past ends a clause's subject: "imports climbed 900".
            || words
                .iter()
                .any(|w| w.starts_with(char::is_lowercase) && w.ends_with("ed"))
        {
            return None;
        }
        let number_start = item_start + item.len() - number.len();
        rows.push(vec![
            cell(item_start, label, None),
            cell(number_start, number, cell_number(number)),
        ]);
        row_spans.push((item_start, item_start + item.len()));
    }
    // A run of years alone is a list of years, not a register.
    let all_years = rows.iter().all(|row| is_year_word(&row[1].text));
    if rows.len() < 3 || all_years {
        return None;
    }
    let (header, header_span) = match caption {
        Some(colon) => {
            let written = content[lead..colon].trim_matches(['*', '-', ' ']);
            let start = line_start + lead + content[lead..colon].find(written).unwrap_or(0);
            (
                vec![
                    cell(line_start + lead, "", None),
                    cell(start, written, None),
                ],
                Some((line_start + lead, line_start + items_start)),
            )
        }
        None => (
            vec![
                cell(line_start + lead, "", None),
                TableCell {
                    text: "column 1".to_string(),
                    value: None,
                    start: line_start + lead,
                    end: line_start + lead,
                },
            ],
            None,
        ),
    };
    Some(Table {
        header,
        rows,
        row_spans,
        header_span,
    })
}

/// Whether the words at `at` lie inside a quotation of number words only, opened right after a figure
/// in digits: `1,987,717: "one million, nine hundred and eighty-seven thousand, seven hundred and
/// seventeen"`.
fn spelled_out_in_quotes(text: &str, at: usize) -> bool {
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let before = &text[line_start..at];
    let Some(open) = before.rfind(['"', '“']) else {
        return false;
    };
    // An opening mark: an even count of straight quotes before it on the line.
    if before[..open].matches('"').count() % 2 == 1 {
        return false;
    }
    let lead = before[..open]
        .trim_end()
        .trim_end_matches([':', ',', '(', '—', '–'])
        .trim_end();
    if !lead.ends_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let inside_start = open + before[open..].chars().next().map_or(1, char::len_utf8);
    let rest = &text[line_start + inside_start..];
    let Some(close) = rest.find(['"', '”']) else {
        return false;
    };
    rest[..close]
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .all(|w| {
            let w = w.to_ascii_lowercase();
            w == "and"
                || word_value(&w).is_some()
                || matches!(
                    w.as_str(),
                    "hundred" | "thousand" | "million" | "billion" | "lakh" | "crore"
                )
        })
}

/// Whether `line` reads as a row of a table of numbers: a short label (or a year) and two or more
/// numbers, and nothing else. PDF extraction keeps such lines apart when two or more stand together.
pub fn is_table_row(line: &str) -> bool {
    loose_row(0, line).is_some()
}

/// The spans of the lines of every table recovered from lines of numbers, and of the items of every
/// register written on one line, in order.
fn loose_table_line_spans(text: &str) -> Vec<(usize, usize)> {
    let mut spans: Vec<(usize, usize)> = loose_tables(text)
        .iter()
        .chain(inline_registers(text).iter())
        .flat_map(Table::line_spans)
        .collect();
    spans.sort_unstable();
    spans
}

/// Recovers tables whose rows are lines of a label and numbers separated by spaces (as PDF extraction
/// leaves them): two or more consecutive such lines with the same count of numbers, under a header line
/// whose column names, split at runs of two spaces or else at single spaces, match that count (with or
/// without a name for the label column). Without such a header, the columns are named by their position.
pub fn loose_tables(text: &str) -> Vec<Table> {
    let lines = lines_at(text);
    let mut found = Vec::new();
    let mut index = 0;
    while index < lines.len() {
        // A table of one column ("Month        Blocks sold" over "May        4,500"): a header of two
        // names set apart by a run of spaces, over three rows or more of a label and one figure.
        let one_column = || {
            let (start, line) = lines[index];
            let names = line.split("  ").filter(|p| !p.trim().is_empty()).count();
            names == 2
                && loose_header(start, line, 1).is_some()
                && (1..=3).all(|k| {
                    lines
                        .get(index + k)
                        .is_some_and(|(start, line)| single_figure_row(*start, line).is_some())
                })
        };
        let first = match loose_row(lines[index].0, lines[index].1) {
            Some(row) => Some(row),
            None if one_column() => {
                index += 1;
                single_figure_row(lines[index].0, lines[index].1)
            }
            None => None,
        };
        let Some(mut first) = first else {
            index += 1;
            continue;
        };
        // "Product  2024  2025" over rows of figures: a line of years alone heads the columns.
        let all_years =
            |row: &LooseRow<'_>| row.numbers.iter().all(|(_, number)| is_year_word(number));
        let mut header_line = index.checked_sub(1);
        if all_years(&first)
            && let Some(next_row) = lines
                .get(index + 1)
                .and_then(|(start, line)| loose_row(*start, line))
                .filter(|row| row.numbers.len() == first.numbers.len() && !all_years(row))
        {
            header_line = Some(index);
            index += 1;
            first = next_row;
        }
        // "Q1 2025        9,000": a part of a year and its year are one label, so that a "Total"
        // row with one number fits the table.
        let part_of_a_year = first.label.is_some_and(|(_, label)| {
            part_of_year_label(label).is_some_and(|part| part.year.is_none())
        });
        if part_of_a_year
            && first.numbers.len() >= 2
            && let Some(merged) = first
                .clone()
                .label_with_year(lines[index].0, lines[index].1)
        {
            first = merged;
        }
        let width = first.numbers.len();
        let mut rows = vec![(index, first)];
        let mut next = index + 1;
        while next < lines.len() {
            // A table of one column of figures (its labels parts of a year with their year) goes on
            // with rows of a label and one figure ("Total         48,000").
            let row = loose_row(lines[next].0, lines[next].1).or_else(|| {
                (width == 1)
                    .then(|| single_figure_row(lines[next].0, lines[next].1))
                    .flatten()
            });
            match row {
                Some(row) if row.numbers.len() == width => rows.push((next, row)),
                // A label followed by a year and the row's numbers ("Total 2025  460  270"): the year
                // is the label's.
                Some(row) if row.numbers.len() == width + 1 => {
                    match row.label_with_year(lines[next].0, lines[next].1) {
                        Some(row) => rows.push((next, row)),
                        None => break,
                    }
                }
                _ => break,
            }
            next += 1;
        }
        if rows.len() < 2 {
            index += 1;
            continue;
        }
        let header = header_line.and_then(|at| loose_header(lines[at].0, lines[at].1, width));
        let cell = |start: usize, text: &str| TableCell {
            text: text.to_string(),
            value: cell_number(text),
            start,
            end: start + text.len(),
        };
        let (header_cells, header_span) = match header {
            Some((cells, span)) => (cells, Some(span)),
            None => (
                std::iter::once(cell(lines[index].0, ""))
                    .chain((1..=width).map(|column| TableCell {
                        text: format!("column {column}"),
                        value: None,
                        start: lines[index].0,
                        end: lines[index].0,
                    }))
                    .collect(),
                None,
            ),
        };
        let mut table = Table {
            header: header_cells,
            rows: Vec::new(),
            row_spans: Vec::new(),
            header_span,
        };
        for (line, row) in rows {
            let (line_start, line_text) = lines[line];
            let label = row.label.map_or_else(
                || cell(line_start, ""),
                |(start, text)| TableCell {
                    value: None,
                    ..cell(start, text)
                },
            );
            table.rows.push(
                std::iter::once(label)
                    .chain(row.numbers.iter().map(|&(start, text)| cell(start, text)))
                    .collect(),
            );
            table
                .row_spans
                .push((line_start, line_start + line_text.len()));
        }
        found.push(table);
        index = next;
    }
    found
}

/// Reads a header line of `width` columns of numbers: its cells (the label column's first, empty when
/// the line names only the numbers' columns) and its span.
fn loose_header(
    line_start: usize,
    line: &str,
    width: usize,
) -> Option<(Vec<TableCell>, (usize, usize))> {
    let trimmed = line.trim();
    if trimmed.is_empty() || trimmed.len() > 160 || trimmed.starts_with('|') {
        return None;
    }
    let by_gaps: Vec<(usize, &str)> = {
        let mut pieces = Vec::new();
        let mut offset = 0;
        for piece in line.split("  ") {
            if !piece.trim().is_empty() {
                let lead = piece.len() - piece.trim_start().len();
                pieces.push((line_start + offset + lead, piece.trim()));
            }
            offset += piece.len() + 2;
        }
        pieces
    };
    let by_words = words_at(line_start, line);
    // Columns of words before the figures' ("Firing    Kiln    Loaded    Passed    Rejected" over
    // "F-103, 11 Feb    Large    1,200    1,104    96"): the rows' labels hold them all, and the header
    // names them together, set apart by runs of spaces.
    let by_gaps = if (width + 2..=width + 3).contains(&by_gaps.len()) && width >= 2 {
        let split = by_gaps.len() - width;
        let (first_start, _) = by_gaps[0];
        let (last_start, last) = by_gaps[split - 1];
        let label = (
            first_start,
            &line[first_start - line_start..last_start + last.len() - line_start],
        );
        std::iter::once(label)
            .chain(by_gaps[split..].iter().copied())
            .collect()
    } else {
        by_gaps
    };
    let names = [by_gaps, by_words]
        .into_iter()
        .find(|names| names.len() == width || names.len() == width + 1)?;
    // A header names its columns: years may be names ("2023   2024"), other numbers make it a row.
    let is_year = is_year_word;
    if names
        .iter()
        .any(|(_, name)| CELL_NUMBER.is_match(name) && !is_year(name))
    {
        return None;
    }
    let cell = |(start, text): (usize, &str)| TableCell {
        text: text.to_string(),
        value: None,
        start,
        end: start + text.len(),
    };
    let mut cells: Vec<TableCell> = Vec::new();
    if names.len() == width {
        cells.push(cell((line_start, "")));
    }
    cells.extend(names.into_iter().map(cell));
    Some((cells, (line_start, line_start + line.len())))
}

static MULTIPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<verb>doubled|tripled|trebled|quadrupled|halved|double|triple|treble|quadruple|halve|(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|fifty|hundred)fold)(?-u:\b)")
        .expect("the multiple pattern is valid")
});

static BY_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?-u:\b)(?P<verb>[a-z]+)\s+by\s+$").expect("the by-verb pattern is valid")
});

/// Finds "between X and Y" where X and Y are quantities of one unit, X first.
fn value_ranges(text: &str, extraction: &Extraction) -> Vec<ValueRange> {
    let quantities = &extraction.quantities;
    let mut found = Vec::new();
    for (index, low) in quantities.iter().enumerate() {
        let Some(high) = quantities.get(index + 1) else {
            break;
        };
        let before = text[..low.start].trim_end();
        let between = text[low.end..high.start].trim();
        if low.sentence == high.sentence
            && before
                .get(before.len().saturating_sub(7)..)
                .is_some_and(|end| end.eq_ignore_ascii_case("between"))
            && between.eq_ignore_ascii_case("and")
            && (low.unit == high.unit || high.unit != "count")
        {
            found.push(ValueRange {
                start: before.len() - "between".len(),
                end: high.end,
                low: index,
                high: index + 1,
            });
        }
    }
    found
}

/// Finds changes stated by how much: a verb of direction followed by "by" and a fraction or a
/// percentage ("fell by a third", "rose by 24 percent"), and the verbs of multiples ("doubled",
/// "halved").
fn relative_changes(text: &str, extraction: &Extraction) -> Vec<RelativeChange> {
    let mut found = Vec::new();
    for quantity in &extraction.quantities {
        if !matches!(quantity.unit, "fraction" | "percent") {
            continue;
        }
        let line_start = text[..quantity.start].rfind('\n').map_or(0, |at| at + 1);
        let Some(by) = BY_VERB.captures(&text[line_start..quantity.start]) else {
            continue;
        };
        let verb = by.name("verb").expect("required");
        let Some(direction) = direction_of(verb.as_str()) else {
            continue;
        };
        let share = quantity.value / 100.0;
        let ratio = match direction {
            Direction::Up => 1.0 + share,
            Direction::Down => 1.0 - share,
        };
        found.push(RelativeChange {
            start: line_start + verb.start(),
            end: quantity.end,
            direction,
            ratio,
        });
    }
    for multiple in MULTIPLE.captures_iter(text) {
        let verb = multiple.name("verb").expect("required");
        // "Double-door almirahs", "triple-layer cartons": a compound adjective, no multiple.
        if text[verb.end()..].starts_with(['-', '\u{2010}', '\u{2011}']) {
            continue;
        }
        // "the price of a double ralli", "each triple bed": an adjective after an article.
        let article_before = text[..verb.start()]
            .split_whitespace()
            .next_back()
            .is_some_and(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "a" | "an" | "the" | "each" | "every" | "per" | "one" | "our" | "your"
                )
            });
        if article_before
            && matches!(
                verb.as_str().to_ascii_lowercase().as_str(),
                "double" | "triple" | "treble" | "quadruple"
            )
        {
            continue;
        }
        let (direction, ratio) = match verb.as_str().to_lowercase().as_str() {
            "doubled" | "double" => (Direction::Up, 2.0),
            "tripled" | "trebled" | "triple" | "treble" => (Direction::Up, 3.0),
            "quadrupled" | "quadruple" => (Direction::Up, 4.0),
            "halved" | "halve" => (Direction::Down, 0.5),
            // "grown tenfold": the number before "fold".
            fold => {
                let times = match fold.trim_end_matches("fold") {
                    "two" => 2.0,
                    "three" => 3.0,
                    "four" => 4.0,
                    "five" => 5.0,
                    "six" => 6.0,
                    "seven" => 7.0,
                    "eight" => 8.0,
                    "nine" => 9.0,
                    "ten" => 10.0,
                    "twelve" => 12.0,
                    "twenty" => 20.0,
                    "fifty" => 50.0,
                    _ => 100.0,
                };
                (Direction::Up, times)
            }
        };
        found.push(RelativeChange {
            start: verb.start(),
            end: verb.end(),
            direction,
            ratio,
        });
    }
    found.sort_by_key(|change| change.start);
    found
}

/// An arrow from one figure to the next, with the period of the second, if given: "→", "-> FY2025".
static ARROW: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:→|->|–>)(?:\s*(?:fy|cy)?\s?(?:19|20)?\d{2}(?:\d{2})?(?:[-–/]\d{2}(?:\d{2})?)?)?$",
    )
    .expect("the arrow pattern is valid")
});

/// The words between a start given with its year and an end given in a later year, when one clause
/// between says what happened: " in 2022, hit new highs in 2023 at US$ ", " beds in 2024, our charpais
/// flew off the shelves in 2025, when ", " trainees in 2024, the centre scaled new heights in 2025 with
/// an intake of ". The clause has no comma, colon or semicolon of its own.
static DATED_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?x)^\s*(?:[a-z]{1,15}\s+){0,2}in\s+(?P<y1>(?:19|20)\d{2})\s*,\s*
        (?:(?:and\s+)?in\s+(?P<y3>(?:19|20)\d{2})\s*,?\s*)?
        [a-z'’\ -]{3,80}?(?:\s+in\s+(?P<y2>(?:19|20)\d{2}))?\s*
        (?:,\s*when\s+(?:[a-z]+\s+){0,3}|,?\s*(?:at|to|reaching)|\s*with\s+(?:an?\s+)?(?:intake|total|enrolment|enrollment|output|tally|haul|count|turnover|harvest)\s+of)
        \s*(?:usd|us\$|\$|rs\.?|pkr)?\s*$",
    )
    .expect("the dated start pattern is valid")
});

/// "318 transfers, up from 227": the end's noun before the link, which alone says the direction ("14
/// points, from 58" after "rose by" is a change's size, not its end). The noun may have a short
/// phrase of place or kind after it ("60 welders in Jalalabad, up from 52"), or only the phrase of
/// kind when both figures share the noun ("84 tonnes of raw nuts, up from 70 tonnes").
static NOUN_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:[a-z]{3,15}(?:\s+(?:in|on|at|across|for|of)\s+(?:[a-z]{2,15}\s+){0,2}[a-z]{2,15})?|of\s+(?:[a-z]{2,15}\s+){0,2}[a-z]{2,15})\s*,\s*(?:(?P<up>up)|(?P<down>down))\s+from\s*$",
    )
        .expect("the noun link pattern is valid")
});

/// "1,420 rickshaws sold against 1,860", "470 trucks a day on average in 2024 against 610", "11,000
/// skins in June 2025, against 9,000": what the first counts, in a few words, perhaps its period,
/// then a word of comparison.
static WORDS_LINK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s*(?:(?:[a-z]{1,15},?\s+){1,5}(?:in\s+(?:[a-z]{3,9}\s+|h[12]\s+|q[1-4]\s+)?(?:19|20)\d{2},?\s+|in\s+the\s+(?:first|second|third|fourth|last)\s+(?:quarter|half|month|week),?\s+)?(?:against|as\ against|compared\ with|compared\ to|versus)|(?:[a-z]{1,15}\s+){1,2}from|(?:[a-z]{1,15},?\s+){1,6}after)\s*(?:usd|us\$|\$|rs\.?|pkr)?\s*$",
    )
    .expect("the words link pattern is valid")
});

/// A quarter's or a half's code alone: "q3", "h1".
static PART_CODE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:q[1-4]|h[12])$").expect("the part code pattern is valid"));

/// What may stand between the end of a change and its start when the end comes first: "Z [in Y2],
/// compared with X", "Z, against X", "Z, from X", "Z, up from X", "Z in Y2 against X in Y1", "Z (X a
/// year earlier)". Returns the direction the words assert ("up from"), if any.
fn end_before_start(between: &str) -> Option<Option<Direction>> {
    static LINK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)^
            (?:\s*(?:[a-z]{3,15}\s+)?(?:(?:a|per)\s+[a-z]{3,10}\s+)?(?:in|at\ end-?|at\ the\ end\ of|by\ end-?|by\ the\ end\ of|during)\s*
              (?:the\s+)?(?:(?:first|second)\s+half\s+of\s+|h[12]\s+|q[1-4]\s+|[a-z]{3}[-–][a-z]{3}\s+|[a-z]{3,9}\.?\s+)?
              (?:(?:fy|cy)\s?(?:19|20)?\d{2}|(?:fiscal\ year\s+)?(?:1[34]|19|20)\d{2})(?:[-–/]\d{2}(?:\d{2})?)?
            |\s*(?:in\s+|over\s+)?the\s+(?:twelve|12)\s+months\s+(?:to|ended|ending)\s+(?:end-?)?[a-z]{3,9}\.?\s+(?:19|20)\d{2}
            |\s*(?:[a-z]{3,15}\s+)?(?:at\ the\ end\ of|by\ the\ end\ of|during|in|over|for)\s+(?:the|this|that)\s+(?:year|season|quarter|month|term|winter|summer|spring|autumn|harvest)
            |\s*(?:[a-z]{3,15}\s+)?(?:a|an|per)\s+(?:kilo|kilogram|kg|tonne|ton|litre|maund|sack|bag|piece|unit|dozen))?
            \s*,?\s*
            (?:compared\ with|compared\ to|against|as\ against|versus|vs\.?|from|after|\(|(?P<up>up)\ from|(?P<down>down)\ from
              |\(\s*(?:(?:fy|cy)\s?(?:19|20)?\d{2}|(?:19|20)\d{2})(?:[-–/]\d{2}(?:\d{2})?)?\s*:)
            \s*(?:usd|us\$|\$|rs\.?|pkr)?\s*$",
        )
        .expect("the link pattern is valid")
    });
    // "1,000 tonnes, where the season before he had taken 800": a clause that names the earlier
    // period and gives its figure last.
    static WHERE_LINK: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)^\s*(?:[a-z]{1,15}\s+){0,2}[a-z]{0,15},\s*(?:where|whereas|while)\s+(?:in\s+)?(?:the\s+)?
            (?:(?:season|year|month|quarter|week|harvest|crop)\s+(?:before|earlier)
              |(?:previous|last|prior)\s+(?:season|year|month|quarter|week|harvest|crop)
              |a\s+(?:season|year)\s+(?:earlier|before|ago))
            \s*,?\s+(?:[a-z]{1,15}\s+){1,3}had\s+(?:[a-z]{3,12}\s+)?(?:usd|us\$|\$|rs\.?|pkr)?\s*$",
        )
        .expect("the where link pattern is valid")
    });
    let captures = LINK
        .captures(between)
        .or_else(|| NOUN_LINK.captures(between))
        .or_else(|| WORDS_LINK.captures(between))
        .or_else(|| WHERE_LINK.captures(between))?;
    Some(if captures.name("up").is_some() {
        Some(Direction::Up)
    } else if captures.name("down").is_some() {
        Some(Direction::Down)
    } else {
        None
    })
}

/// Finds changes: "from X [in Y1] to Z [in Y2]" and "Z [in Y2], compared with X [in Y1]" (or "against",
/// "up from", "down from"), each with the verb before it. When both years are given, the earlier is
/// the start, whatever the order of the words.
/// Words that close a street address after its number: "14 Saddar Road", "3 Khyber Bazaar".
const ADDRESS_WORDS: &[&str] = &[
    "road", "street", "bazaar", "bazar", "lane", "avenue", "chowk", "market", "block", "sector",
    "gali", "mohalla", "square", "colony", "town", "house",
];

/// Months of the Islamic calendar, and of the Afghan solar one, by their common spellings: a number
/// right before one is a day ("15 Ramadan", "1 Hamal").
const OTHER_MONTHS: &[&str] = &[
    "muharram", "safar", "rabi", "jumada", "rajab", "shaban", "sha'ban", "ramadan", "ramazan",
    "shawwal", "dhul", "zil", "zulhijja", "hamal", "sawr", "jawza", "saratan", "asad", "sunbula",
    "mizan", "aqrab", "qaws", "jadi", "dalw", "hut",
];

/// Whether a plain number names a place, a day or an hour rather than an amount: a house number
/// ("from 14 Saddar Road"), a day of an Islamic or Afghan month ("from 15 Ramadan"), or a clock hour
/// ("from 9 in the morning", "9 o'clock", "9 am"). Such a figure starts no change.
fn names_no_amount(text: &str, quantity: &Quantity) -> bool {
    let written = &text[quantity.start..quantity.end];
    if quantity.unit != "count" || !written.chars().all(|c| c.is_ascii_digit()) {
        return false;
    }
    let mut end = text.len().min(quantity.end + 48);
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    let after = &text[quantity.end..end];
    let words: Vec<&str> = after
        .split(|c: char| !(c.is_alphanumeric() || c == '\''))
        .filter(|w| !w.is_empty())
        .take(4)
        .collect();
    let lower: Vec<String> = words.iter().map(|w| w.to_lowercase()).collect();
    let capital = words
        .first()
        .is_some_and(|w| w.starts_with(char::is_uppercase));
    let address = capital
        && lower
            .iter()
            .take(3)
            .any(|w| ADDRESS_WORDS.contains(&w.as_str()));
    let day = capital
        && lower
            .first()
            .is_some_and(|w| OTHER_MONTHS.contains(&w.as_str()));
    let hour = quantity.value <= 24.0
        && (matches!(
            lower.get(..3),
            Some([in_, the, part]) if in_ == "in" && the == "the"
                && matches!(part.as_str(), "morning" | "afternoon" | "evening" | "night")
        ) || lower
            .first()
            .is_some_and(|w| matches!(w.as_str(), "o'clock" | "am" | "pm"))
            || {
                // "6 a.m.", "9 P.M."
                let next = after.trim_start().as_bytes();
                next.len() >= 3
                    && matches!(next[0].to_ascii_lowercase(), b'a' | b'p')
                    && next[1] == b'.'
                    && next[2].eq_ignore_ascii_case(&b'm')
            });
    address || day || hour
}

fn changes(text: &str, extraction: &Extraction) -> Vec<Change> {
    let quantities = &extraction.quantities;
    let mut found = Vec::new();
    for (index, first) in quantities.iter().enumerate() {
        let Some(second) = quantities.get(index + 1) else {
            break;
        };
        // "from Rs 3,400 last summer to 3,650 this summer", "from 3,400 afghanis … to 3,650": an end
        // written bare, its currency given once at the start, when "from … to" joins them (below).
        let money = |q: &Quantity| matches!(q.unit, "USD" | "PKR" | "AFN");
        let bare_end = money(first) && second.unit == "count" && {
            let after = text[second.end..].trim_start().to_ascii_lowercase();
            let next = after
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            after.is_empty()
                || after.starts_with(['.', ',', ';', ')'])
                || matches!(
                    next,
                    "this" | "last" | "in" | "by" | "on" | "at" | "now" | "today" | "a" | "per"
                )
        };
        if first.sentence != second.sentence
            || first.in_table
            || first.unit != second.unit && !bare_end
            || names_no_amount(text, first)
        {
            continue;
        }
        let (sentence_start, sentence_end) = extraction.sentences[first.sentence];
        let before_first = text[sentence_start..first.start].to_ascii_lowercase();
        let mut between = text[first.end..second.start].to_ascii_lowercase();
        // "18 days from 28 days": the noun both counts share is no part of the link.
        let noun: String = between
            .trim_start()
            .chars()
            .take_while(char::is_ascii_alphabetic)
            .collect();
        // So is a unit of two letters that both figures carry ("1.05 mt … 1.42 mt").
        let is_noun = noun.len() >= 3 || matches!(noun.as_str(), "mt" | "kt" | "km" | "kg");
        if is_noun && starts_with_ignoring_case(text[second.end..].trim_start(), &noun) {
            between = between.trim_start()[noun.len()..].to_string();
        }
        // "from X [in Y1] to Z": nothing between but the start's year, and no clause ends there ("from
        // X, so the surplus shrank to Z" is two statements). "X → Z" is a change too.
        // "to just 6,000", "to a mere 22,000": a word that belittles the end is no link of its own.
        let belittled = ["just", "only", "a mere", "merely", "barely"]
            .iter()
            .find_map(|w| between.trim_end().strip_suffix(w))
            .filter(|rest| rest.ends_with(' '))
            .map_or(between.trim_end(), str::trim_end);
        let to_stripped = belittled
            .strip_suffix(" to usd")
            .or_else(|| belittled.strip_suffix(" to"))
            .or_else(|| (belittled.trim() == "to").then_some(""));
        // "From 6,300 tonnes in 2023, purchases roared back to 5,600 tonnes in 2024": a sentence
        // that opens with its start, then names what changed, its verb and its end.
        let initial_from = before_first.trim().trim_start_matches('*').trim() == "from"
            && between.len() < 120
            && between.matches(',').count() == 1
            && between.find(',').is_some_and(|at| at < 25)
            && !between.contains([';', ':'])
            && (between.trim_end().ends_with(" to") || between.trim_end().ends_with(" at"));
        // "US$ 741 million in 2022, hit new highs in 2023 at US$ 690 million", "After 2,400 beds in
        // 2024, our charpais flew off the shelves in 2025, when 1,900 went …": the start with its year,
        // then in one clause what it did in a later year, then the end.
        // The end's year stands in the clause ("… in 2025 at"), before it ("and in 2025 their orders
        // drained away to"), or right after the end ("new cases bulged to 15 in 2025").
        let dated_end = DATED_START.captures(&between).and_then(|found| {
            let year = |name: &str| {
                found
                    .name(name)
                    .and_then(|y| y.as_str().parse::<i32>().ok())
            };
            let after_end = || {
                let after = text
                    .get(second.end..sentence_end)
                    .unwrap_or_default()
                    .trim_start()
                    .to_ascii_lowercase();
                let rest = after.strip_prefix("in ")?;
                rest.get(..4)?.parse::<i32>().ok()
            };
            let start_year = year("y1")?;
            let end_year = year("y2").or_else(|| year("y3")).or_else(after_end)?;
            (start_year < end_year).then_some(end_year)
        });
        let dated_start = dated_end.is_some();
        // "18 clear nights in 2024 and 12 in 2025": two figures, each with its own year, joined by
        // "and" in one clause.
        let years_and = {
            static YEAR_AND: LazyLock<Regex> = LazyLock::new(|| {
                // "… in 2019 and only USD 942 million in 2020", "in 2024 and, after the crossing
                // closed, a mere 22,000 in 2024".
                Regex::new(
                    r"^\s*(?:[a-z]{1,15}\s+){0,6}in\s+(?P<y1>(?:19|20)\d{2})(?:[-–/](?:\d{2}|(?:19|20)\d{2}))?\s+and(?:,\s*[a-z][a-z\ ]{2,40},)?(?:\s+(?:only|just|then|merely|barely|still|a\s+mere))?\s*$",
                )
                    .expect("the year-and pattern is valid")
            });
            let after = text
                .get(second.end..sentence_end)
                .unwrap_or_default()
                .to_ascii_lowercase();
            let second_year = after
                .strip_prefix(" in ")
                .and_then(|rest| rest.get(..4))
                .and_then(|y| y.parse::<i32>().ok());
            YEAR_AND.captures(&between).is_some_and(|found| {
                found["y1"].parse::<i32>().ok().is_some_and(|y1| {
                    // One year twice is a change only when the figure is given twice too: a slip
                    // the garbled check reads.
                    second_year.is_some_and(|y2| {
                        (y2 != y1 || first.value == second.value) && (1900..2100).contains(&y2)
                    })
                })
            })
        };
        // "Its price has softened over these years: USD 140 a tonne in 2023, USD 175 in 2025": two
        // figures, each of its own year, joined by a comma right after a colon, and nothing after
        // the second but its year.
        let years_comma = {
            static YEAR_COMMA: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"^\s*(?:[a-z]{1,15}\s+){0,4}in\s+(?P<y1>(?:19|20)\d{2}),\s*$")
                    .expect("the year-comma pattern is valid")
            });
            static LAST_YEAR: LazyLock<Regex> = LazyLock::new(|| {
                Regex::new(r"^\s*(?:[a-z]{1,15}\s+){0,4}in\s+(?P<y2>(?:19|20)\d{2})\s*\.?\s*$")
                    .expect("the closing-year pattern is valid")
            });
            let after = text
                .get(second.end..sentence_end)
                .unwrap_or_default()
                .to_ascii_lowercase();
            // "For buyers paying in dollars, the price has softened: Rs 140 …": a direction said in
            // other terms than the figures'.
            let other_terms = ["dollar", "terms", "real"]
                .iter()
                .any(|w| before_first.contains(w));
            before_first.trim_end().ends_with(':')
                && !other_terms
                && YEAR_COMMA.captures(&between).is_some_and(|found| {
                    LAST_YEAR.captures(&after).is_some_and(|last| {
                        found["y1"].parse::<i32>().ok() < last["y2"].parse::<i32>().ok()
                    })
                })
        };
        // "from an average of 2,840 …", "from a high of …": the start named by what kind of figure.
        let from_lead = {
            let lead = before_first.trim_end();
            lead.ends_with("from")
                || [
                    "from an average of",
                    "from a high of",
                    "from a low of",
                    "from a total of",
                    "from a peak of",
                    "from a level of",
                ]
                .iter()
                .any(|w| lead.ends_with(w))
        };
        // A colon between digits is a clock time's ("by 11:00"), not a clause's end.
        let plain_core = |core: &str| {
            let clause_colon = core.match_indices(':').any(|(at, _)| {
                !(core[..at].ends_with(|c: char| c.is_ascii_digit())
                    && core[at + 1..].starts_with(|c: char| c.is_ascii_digit()))
            });
            !clause_colon && !core.contains(';')
        };
        // An aside between two commas ("from 6 litres a second in spring 2023, before the silt was
        // cleared, to 15") leaves one change.
        let with_aside = from_lead
            && between.len() < 110
            && to_stripped.is_some_and(|core| {
                let core = core.trim_end();
                let Some((_, middle)) = core.strip_suffix(',').and_then(|c| c.split_once(','))
                else {
                    return false;
                };
                let words: Vec<&str> = middle.split_whitespace().collect();
                plain_core(core)
                    && (2..=7).contains(&words.len())
                    && !middle.contains([',', '(', ')'])
                    && !middle.contains(|c: char| c.is_ascii_digit())
                    // "from Rs 38,000 last year, for Afghan coal, to Rs 47,500".
                    && matches!(
                        words[0],
                        "before" | "after" | "when" | "once" | "while" | "following" | "for"
                    )
            });
        let dated_start = dated_start && !with_aside;
        let from_to = from_lead
            && between.len() < 60
            && to_stripped.is_some_and(|core| {
                let core = core.trim_end().trim_end_matches(',');
                !core.contains(',') && plain_core(core)
            })
            || with_aside
            // A chain of arrows ("828 → 936 → 870") is a series, not one change of its first step.
            || ARROW.is_match(between.trim())
                && !ARROW.is_match(
                    text.get(second.end..sentence_end)
                        .unwrap_or_default()
                        .trim_start()
                        .chars()
                        .take(2)
                        .collect::<String>()
                        .trim(),
                )
            || initial_from
            || dated_start
            || years_and
            || years_comma;
        // "rose 25 percent, from 40 percent of pupils in 2023 to 50 percent": a figure right before
        // "from" that opens a change of its own is that change's size, no end of another.
        let opens_a_change = || {
            quantities.get(index + 2).is_some_and(|third| {
                let link = text[second.end..third.start].to_ascii_lowercase();
                let link = link.trim_end();
                third.sentence == second.sentence
                    && third.unit == second.unit
                    && link.len() < 60
                    && (link.ends_with(" to") || link == "to")
                    && !link.contains([',', ';', ':'])
            })
        };
        let linked = if from_to {
            None
        } else {
            end_before_start(&between).filter(|_| {
                !(between.trim().trim_start_matches(',').trim() == "from" && opens_a_change())
            })
        };
        if !from_to && (linked.is_none() || first.unit != second.unit) {
            continue;
        }
        // "Sales fell by 30 sets in 2025, after two years of growth": an end after "by" is the size
        // of a change, no level, and a start that counts a span of time the end does not count is
        // how long something lasted.
        if !from_to {
            // A quantity may end past its sentence's end (a hedge before a page break): read
            // nothing then.
            let word_after = |q: &Quantity| {
                text.get(q.end..sentence_end)
                    .unwrap_or("")
                    .split(|c: char| !c.is_alphabetic())
                    .find(|w| !w.is_empty())
                    .unwrap_or("")
                    .to_ascii_lowercase()
            };
            let spans_time = |w: &str| {
                matches!(
                    w.trim_end_matches('s'),
                    "year" | "month" | "week" | "day" | "hour" | "decade" | "season"
                )
            };
            let a_size = before_first
                .split_whitespace()
                .next_back()
                .is_some_and(|w| w == "by");
            let a_span = spans_time(&word_after(second)) && !spans_time(&word_after(first));
            if a_size || a_span {
                continue;
            }
        }
        let linked_direction = linked.flatten();
        // "just over USD 1bn (USD 1,012m)" restates a figure more precisely: no change. So does a
        // parenthesis that gives the same value again; a hedged figure with a far one is a change.
        let close = |room: f64| (first.value - second.value).abs() <= room;
        let restated = between.trim_end().ends_with('(')
            && (close(first.precision.max(second.precision))
                || first.hedge != Hedge::None && close(first.value.abs() * 0.1 + first.precision));
        if restated {
            continue;
        }
        // … in the figure's own clause: "to USD 1,012 million, and fell only in 2024" gives 2024 to
        // the next clause.
        let year_after = |at: usize, limit: usize| {
            extraction
                .years
                .iter()
                .find(|(s, _, _)| *s >= at && *s < limit && *s - at < 25)
                .filter(|(s, _, _)| !text[at..*s].contains([',', ';']))
                .map(|(_, _, y)| *y)
        };
        let first_year = year_after(first.end, second.start);
        let after_second_limit = quantities
            .get(index + 2)
            .filter(|q| q.sentence == first.sentence)
            .map_or(sentence_end, |q| q.start);
        let second_year = year_after(second.end, after_second_limit.min(sentence_end));
        // "business grew in 2024, with 1,420 sold against 1,860 in 2023": when only the second
        // figure has its year, a different year named before the first in its sentence is the
        // first's.
        // A year anywhere in the words that link the two is the first's ("470 trucks a day on average
        // in 2024 against 610").
        let first_year = first_year.or_else(|| {
            (!from_to)
                .then(|| {
                    extraction
                        .years
                        .iter()
                        .find(|(s, _, _)| *s >= first.end && *s < second.start)
                        .map(|(_, _, y)| *y)
                })
                .flatten()
        });
        let first_year = first_year.or_else(|| {
            let second_year = second_year?;
            let (year_start, year_end, before) = extraction
                .years
                .iter()
                .rev()
                .find(|(s, _, _)| *s >= sentence_start && *s < first.start)
                .copied()?;
            // Not a year of contrast or bound ("Unlike in 2022", "since 2021"), nor one another
            // period stands after ("… this year, with …").
            let lead = text[sentence_start..year_start].to_ascii_lowercase();
            let lead_words: Vec<&str> = lead.split_whitespace().rev().take(2).collect();
            let bound = lead_words.iter().any(|w| {
                matches!(
                    w.trim_matches(|c: char| !c.is_ascii_alphabetic()),
                    "unlike" | "since" | "after" | "before" | "until" | "till" | "by" | "from"
                )
            });
            let between = text[year_end..first.start].to_ascii_lowercase();
            let later_period = [
                "this year",
                "last year",
                "that year",
                "next year",
                "a year later",
            ]
            .iter()
            .any(|w| between.contains(w));
            (!from_to && before != second_year && !bound && !later_period).then_some(before)
        });
        // A parenthesis or "against" joins a later and an earlier figure only when the words say which
        // is which: both years, or "earlier" after the second ("(USD 942m a year earlier)"); otherwise
        // it joins two parts or two quantities ("600,000 (400,000 of them children)").
        // A few words and "compared with" or "versus" join two things as often as two periods.
        // "…, to 80,000 eggs from 110,000": "to" before the first and "from" before the second say
        // which is the end and which the start.
        let to_then_from = before_first.trim_end().ends_with(" to")
            && between.trim_end().ends_with("from")
            && between.split_whitespace().count() <= 3;
        let loose_link = !from_to && !to_then_from && {
            let link = between.trim_end();
            WORDS_LINK.is_match(&between)
                || link.ends_with('(')
                || [
                    "against",
                    "against usd",
                    "against us$",
                    "against $",
                    "against rs",
                ]
                .iter()
                .any(|w| link.ends_with(w))
        };
        // "80 trucks in 2025, or 1.92 million litres, against 90 trucks in 2024": counts of two
        // nouns set side by side are no change from one to the other.
        if loose_link && first.unit == "count" {
            let (a, b) = (noun_after(text, first), noun_after(text, second));
            let nouns = |n: &str| n.len() >= 4 && n.ends_with('s');
            if nouns(&a) && nouns(&b) && a != b {
                continue;
            }
        }
        if loose_link {
            // Read to the clause's end, past a number word of the period ("twelve months earlier").
            let clause_rest = text.get(second.end..sentence_end).unwrap_or_default();
            let clause_rest =
                &clause_rest[..clause_rest.find([',', ';']).unwrap_or(clause_rest.len())];
            let after_second = clause_rest
                .get(..40)
                .unwrap_or(clause_rest)
                .to_ascii_lowercase();
            let years_known = first_year.is_some() && second_year.is_some();
            // The second's period said in words: "a year earlier", "(FY2024: …)", "in the twelve
            // months to June 2024".
            // "FY" as its own word or before a year, not inside "satisfy".
            let fiscal = after_second
                .split(|c: char| !c.is_ascii_alphanumeric())
                .any(|w| {
                    w == "fy" || w.starts_with("fy") && w[2..].chars().all(|c| c.is_ascii_digit())
                });
            // Or a part of the year: "in the third", "in Q3", "in June".
            let part_said = [
                "in the first",
                "in the second",
                "in the third",
                "in the fourth",
            ]
            .iter()
            .any(|w| after_second.trim_start().starts_with(w))
                || after_second
                    .split_whitespace()
                    .take(2)
                    .any(|w| month_number(w).is_some() || PART_CODE.is_match(w));
            let period_said = fiscal
                || part_said
                || [
                    "earlier",
                    "before",
                    "months to",
                    "year to",
                    "last year",
                    "previous",
                ]
                .iter()
                .any(|w| after_second.contains(w));
            // "Your orders caved in last year, when you took 4,000 … against 3,200 in 2024": a period
            // named relatively before the first, against the second's year.
            let relative_first = second_year.is_some() && {
                let lead = text[sentence_start..first.start].to_ascii_lowercase();
                // "The year's 2,400 tonnes, against 2,700 tonnes in 2024": the year written of.
                [
                    "this year",
                    "last year",
                    "this season",
                    "last season",
                    "the year's",
                ]
                .iter()
                .any(|w| lead.contains(w))
            };
            if !years_known && !period_said && !relative_first {
                continue;
            }
        }
        let end_first = match (first_year, second_year) {
            (Some(first), Some(second)) if first != second => first > second,
            _ => !from_to,
        };
        let (from, to, from_year, to_year) = if end_first {
            (index + 1, index, second_year, first_year)
        } else {
            (index, index + 1, first_year, second_year)
        };
        // "down from X a year earlier", "compared with X in the same quarter last year": the start is
        // the year before the end.
        let year_before = |q: &Quantity| {
            let after = text[q.end..sentence_end].to_ascii_lowercase();
            let after = after.get(..50).unwrap_or(&after);
            [
                "a year earlier",
                "a year before",
                "the year before",
                "the previous year",
                "last year",
                "a year ago",
            ]
            .iter()
            .any(|w| after.contains(w))
        };
        let mut from_year = from_year;
        if from_year.is_none() && year_before(&quantities[from]) {
            from_year = to_year.map(|y| y - 1);
        }

        // The verb is the nearest direction word before the change, within its clause.
        // A clause that holds nothing but "from" continues the one before it ("an increase in exports,
        // from X to Y"; "the caseload slipped in 2020: X in 2019 against Y in 2020").
        // A clause with no word but "from", "to", years or a unit ("climbed, 2023–2024 (US$ million):
        // 356 → 178") continues the one before it, up to three back.
        // "…, with arrivals moving from X to Y": a neutral verb of motion and its subject.
        let moving_clause = |clause: &str| {
            let words: Vec<&str> = clause
                .split(|c: char| !c.is_ascii_alphabetic())
                .filter(|w| !w.is_empty() && *w != "from")
                .collect();
            words.first() == Some(&"with")
                && words.len() <= 6
                && words
                    .last()
                    .is_some_and(|w| matches!(*w, "going" | "moving" | "shifting"))
        };
        let says_nothing = |clause: &str| {
            moving_clause(clause)
                || clause
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .filter(|w| !w.is_empty())
                    .all(|w| {
                        matches!(
                            w,
                            "from"
                                | "to"
                                | "us"
                                | "usd"
                                | "million"
                                | "billion"
                                | "pkr"
                                | "rs"
                                | "in"
                                | "mn"
                                | "bn"
                                | "reaching"
                                | "with"
                                | "ending"
                                | "ended"
                                | "closing"
                                | "the"
                                | "year"
                                | "it"
                                | "reached"
                                | "stood"
                                | "standing"
                                | "totalling"
                                | "totaling"
                                | "totalled"
                                | "at"
                                | "of"
                                | "going"
                                | "moving"
                                | "which"
                                | "went"
                                | "moved"
                                | "shifting"
                                | "shifted"
                                | "again"
                        )
                    })
        };
        let mut clause_at = before_first.len();
        let mut through_moving = false;
        let mut through_with = false;
        let mut through_when = false;
        for _ in 0..3 {
            let head = &before_first[..clause_at];
            let start = head.rfind([',', ';', ':']).map_or(0, |i| i + 1);
            clause_at = start;
            // "went off a cliff in 2025, when members sent 960 tonnes …": a clause of "when" after a
            // year names that year's figure for the clause before it.
            let year_before = head[..start.saturating_sub(1)].trim_end();
            let when_of_a_year = head[start..].trim_start().starts_with("when ")
                && (year_before
                    .rsplit(|c: char| !c.is_ascii_digit())
                    .next()
                    .is_some_and(|y| y.len() == 4 && (y.starts_with("19") || y.starts_with("20")))
                    || ["last year", "this year", "that year"]
                        .iter()
                        .any(|w| year_before.ends_with(w)));
            // "In 2025 your orders cratered: you took 6,000 …": a clause after a colon with no word
            // of direction of its own spells out the one before.
            let after_colon = start > 0
                && head.as_bytes()[start - 1] == b':'
                && head[start..].split_whitespace().count() <= 6
                && !head[start..]
                    .split(|c: char| !c.is_ascii_alphabetic())
                    .any(|w| direction_of(w).is_some());
            if start == 0 || !says_nothing(&head[start..]) && !when_of_a_year && !after_colon {
                break;
            }
            through_when |= when_of_a_year;
            through_moving |= moving_clause(&head[start..]);
            through_with |= head[start..].trim_start().starts_with("with");
            clause_at = start - 1;
        }
        // The verb of a sentence that opens with its start stands between the two figures.
        let through_second = if initial_from {
            text[sentence_start..second.start].to_ascii_lowercase()
        } else if dated_start {
            text[first.end..second.start].to_ascii_lowercase()
        } else {
            String::new()
        };
        let (clause, clause_start) = if initial_from {
            (through_second.as_str(), sentence_start)
        } else if dated_start {
            (through_second.as_str(), first.end)
        } else {
            let clause = &before_first[clause_at.min(before_first.len())..];
            (clause, sentence_start + before_first.len() - clause.len())
        };
        let words: Vec<(usize, &str)> = word_spans(clause);
        // A word with a sense besides size ("the republic collapsed", "a sliding scale", "as the
        // rupee rallied") says the change's direction only right before "from", "to" or "by".
        // "took off from X to Y" rises: "off" after a form of "take", right before "from" or "to".
        let direction_at = |at: usize| -> Option<Direction> {
            let (_, word) = words[at];
            // A participle after a determiner is an adjective, not the clause's verb: "the
            // trimmed fee lifted crossings", "the elevated road cut travel times".
            let after_determiner = at > 0
                && matches!(
                    words[at - 1].1.to_ascii_lowercase().as_str(),
                    "the" | "a" | "an" | "its" | "their" | "this" | "that" | "our" | "his" | "her"
                )
                && word.to_ascii_lowercase().ends_with("ed");
            // … and so is one before a noun and that noun's own verb: "a one-carat cut ruby now
            // sells at USD 92".
            let before_its_noun_and_verb = words.get(at + 2).is_some_and(|(_, w)| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "sells"
                        | "sold"
                        | "costs"
                        | "cost"
                        | "fetches"
                        | "fetched"
                        | "now"
                        | "is"
                        | "was"
                )
            }) && words.get(at + 1).is_some_and(|(_, w)| {
                !matches!(*w, "from" | "to" | "by" | "down" | "back" | "off")
            });
            if after_determiner || before_its_noun_and_verb {
                return None;
            }
            let next_is_from = words
                .get(at + 1)
                .is_some_and(|(_, next)| matches!(*next, "from" | "to" | "by"));
            // "trailed off in 2025, from …": the year between the words and the change's start.
            let off_then_year = word.eq_ignore_ascii_case("off")
                && words.get(at + 1).is_some_and(|(_, next)| *next == "in")
                && words
                    .get(at + 2)
                    .is_none_or(|(_, next)| matches!(*next, "from" | "to"));
            // "tailed off from X to Y" falls.
            if word.eq_ignore_ascii_case("off") {
                let verb = at
                    .checked_sub(1)
                    .map(|before| words[before].1.to_ascii_lowercase());
                let direction = match verb.as_deref() {
                    Some("took" | "taken" | "taking" | "takes" | "take") => Some(Direction::Up),
                    Some(
                        "tailed" | "tailing" | "tails" | "trickled" | "dribbled" | "tapered"
                        | "trailed" | "dropped" | "fell" | "cooled",
                    ) => Some(Direction::Down),
                    _ => None,
                };
                // "took off this year, from 160,000 … to …": a relative year between.
                let off_then_this_year = words.get(at + 1).is_some_and(|(_, w)| {
                    matches!(w.to_ascii_lowercase().as_str(), "this" | "last")
                }) && words.get(at + 2).is_some_and(|(_, w)| {
                    matches!(w.to_ascii_lowercase().as_str(), "year" | "season")
                }) && words
                    .get(at + 3)
                    .is_none_or(|(_, next)| matches!(*next, "from" | "to"));
                return direction.filter(|_| next_is_from || off_then_year || off_then_this_year);
            }
            // A noun of change about its measure ("a shrinkage in guests", "a year of upswing in
            // tonnage"), or an adjective of a trend ("an escalating path").
            let next = words.get(at + 1).map(|(_, next)| next.to_ascii_lowercase());
            let lowered = word.to_ascii_lowercase();
            // … unless what follows is an institution ("the collapse of the republic").
            let institution = words[at + 1..]
                .iter()
                .skip(1)
                .map(|(_, w)| w.to_ascii_lowercase())
                .find(|w| !matches!(w.as_str(), "the" | "a" | "an" | "afghan" | "pakistani"))
                .is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "republic"
                            | "government"
                            | "regime"
                            | "system"
                            | "talks"
                            | "deal"
                            | "state"
                            | "ceasefire"
                            | "agreement"
                            | "administration"
                            | "banking"
                            | "army"
                    )
                });
            // "made a brisk comeback", "staged a recovery": the noun is the subject's own change.
            let made_a = (1..=3).any(|back| {
                at.checked_sub(back).is_some_and(|i| {
                    matches!(
                        words[i].1.to_ascii_lowercase().as_str(),
                        "made" | "staged" | "mounted" | "makes" | "staging"
                    )
                })
            });
            let noun_of_measure = DIRECTION_NOUNS.contains(&lowered.as_str())
                && (matches!(next.as_deref(), Some("in" | "of")) || made_a)
                && !institution;
            // "on an upswing", "on a downswing": the idiom says the direction of what it is said of.
            let on_a = at >= 2
                && words[at - 2].1.eq_ignore_ascii_case("on")
                && matches!(
                    words[at - 1].1.to_ascii_lowercase().as_str(),
                    "a" | "an" | "the"
                );
            // "our flagging Afghan sales": an adjective of change before the measure it is said of.
            let of_a_measure = (1..=2).any(|ahead| {
                words.get(at + ahead).is_some_and(|(_, w)| {
                    matches!(
                        w.to_ascii_lowercase().as_str(),
                        "sales"
                            | "exports"
                            | "imports"
                            | "trade"
                            | "business"
                            | "revenue"
                            | "earnings"
                            | "turnover"
                            | "output"
                            | "production"
                            | "orders"
                            | "bookings"
                            | "demand"
                            | "arrivals"
                            | "traffic"
                            | "shipments"
                            | "volumes"
                    )
                })
            }) && matches!(
                lowered.as_str(),
                "flagging"
                    | "booming"
                    | "shrinking"
                    | "swelling"
                    | "faltering"
                    | "flourishing"
                    | "thriving"
                    | "burgeoning"
                    | "ailing"
                    | "struggling"
                    | "sagging"
                    | "slumping"
                    | "dwindling"
                    | "waning"
                    | "sinking"
            );
            let of_a_trend = of_a_measure
                || on_a && DIRECTION_NOUNS.contains(&lowered.as_str())
                || matches!(
                    next.as_deref(),
                    Some("path" | "trend" | "trajectory" | "course" | "curve" | "track" | "spiral")
                );
            // "a buoyant year for our sales", "a lean season": a year's adjective says its figures'
            // direction.
            let of_a_year = matches!(
                next.as_deref(),
                Some("year" | "season" | "quarter" | "month")
            );
            if of_a_year {
                match lowered.as_str() {
                    "buoyant" | "bumper" | "record" | "banner" | "stellar" | "booming"
                    | "strong" | "bountiful" | "vintage" => {
                        return Some(Direction::Up);
                    }
                    "lean" | "dismal" | "bleak" | "slack" | "sluggish" | "depressed"
                    | "anaemic" | "anemic" | "weak" | "poor" | "disappointing" | "tough"
                    | "slow" => {
                        return Some(Direction::Down);
                    }
                    _ => {}
                }
            }
            // Across "with X moving", only a noun of change about its measure carries over: a verb
            // of the clause before ("dealings declined, with traders moving from …") is another
            // thing's.
            if through_moving && !noun_of_measure {
                return None;
            }
            // Idioms of motion, said of the change's own measure: "headed south" falls, "went
            // north" rises, "went through the roof" rises. A direction on a map ("heading north
            // from Chaman", "headed South Waziristan's relief") and an idiom of another clause
            // ("prices went through the roof and sales went from …") are none.
            let before = |back: usize| {
                at.checked_sub(back)
                    .map(|i| words[i].1.to_ascii_lowercase())
                    .unwrap_or_default()
            };
            // "2025 was a bonanza for members' trade", "the season proved a washout": a noun of
            // fortune said of a year or of the measure.
            if matches!(before(1).as_str(), "a" | "an")
                && matches!(
                    before(2).as_str(),
                    "was" | "were" | "is" | "proved" | "been" | "became"
                )
            {
                match lowered.as_str() {
                    "bonanza" | "windfall" | "boom" => return Some(Direction::Up),
                    "washout" | "bust" | "flop" | "disaster" => return Some(Direction::Down),
                    _ => {}
                }
            }
            let moved = |verb: &str| {
                matches!(
                    verb,
                    "headed" | "heading" | "heads" | "went" | "gone" | "going" | "goes" | "moved"
                )
            };
            // An "and" of "between 2024 and 2025" joins two years, not two clauses.
            let another_clause_after = words[at + 1..].iter().enumerate().any(|(i, (_, w))| {
                w.eq_ignore_ascii_case("and")
                    && !words[at + 1..at + 1 + i]
                        .iter()
                        .any(|(_, b)| b.eq_ignore_ascii_case("between"))
            });
            // The clause is lowered: case is read from the text itself.
            let as_written = |i: usize| {
                words.get(i).map_or("", |(offset, w)| {
                    text.get(clause_start + offset..clause_start + offset + w.len())
                        .unwrap_or("")
                })
            };
            let capitalised = |i: usize| as_written(i).starts_with(char::is_uppercase);
            let a_place_follows = capitalised(at + 1)
                || matches!(
                    as_written(at + 1).to_ascii_lowercase().as_str(),
                    "to" | "through" | "via" | "across" | "into" | "towards"
                )
                || as_written(at + 1).eq_ignore_ascii_case("from") && capitalised(at + 2);
            if !another_clause_after && !capitalised(at) {
                if let Some((direction, _)) = idiom_ending_at(&words, at) {
                    return Some(direction);
                }
                match word {
                    // "lost their footing", "lost ground"; "gained ground", "gathered pace".
                    "footing" | "ground" if before(1) == "lost" || before(2) == "lost" => {
                        return Some(Direction::Down);
                    }
                    "ground" if before(1) == "gained" => return Some(Direction::Up),
                    // "on the mend" rises; "dried up" falls.
                    "mend" if before(1) == "the" && before(2) == "on" => {
                        return Some(Direction::Up);
                    }
                    "up" if matches!(before(1).as_str(), "dried" | "drying" | "dries") => {
                        return Some(Direction::Down);
                    }
                    "pace"
                        if matches!(before(1).as_str(), "gathered" | "gathering" | "gathers") =>
                    {
                        return Some(Direction::Up);
                    }
                    "south" if moved(&before(1)) && !a_place_follows => {
                        return Some(Direction::Down);
                    }
                    "north" if moved(&before(1)) && !a_place_follows => return Some(Direction::Up),
                    "roof" if before(1) == "the" && before(2) == "through" => {
                        return Some(Direction::Up);
                    }
                    // "hit the skids", "in the doldrums", "went into reverse", "fell off a cliff",
                    // "took a hit", "lost momentum", "ran out of steam", "petered out" fall;
                    // "from strength to strength", "gained momentum", "picked up steam" rise.
                    "skids" if before(1) == "the" && before(2).starts_with("hit") => {
                        return Some(Direction::Down);
                    }
                    // "hit rock bottom", "caved in" fall; "forged ahead", "a red-letter year" rise.
                    "bottom" if before(1) == "rock" && before(2).starts_with("hit") => {
                        return Some(Direction::Down);
                    }
                    "in" if before(1).starts_with("caved") => return Some(Direction::Down),
                    // "went great guns", "hit a purple patch", "roared back" rise; "came off the
                    // boil" falls.
                    "guns" if before(1) == "great" => return Some(Direction::Up),
                    "patch" if before(1) == "purple" => return Some(Direction::Up),
                    "back" if before(1).starts_with("roar") => return Some(Direction::Up),
                    // "thinned to a trickle" falls; "went up like a rocket" rises.
                    "trickle"
                        if before(1) == "a" && matches!(before(2).as_str(), "to" | "into") =>
                    {
                        return Some(Direction::Down);
                    }
                    "rocket" if before(1) == "a" && before(2) == "like" => {
                        return Some(Direction::Up);
                    }
                    // "spiralled upward", "trended downwards": a direction after a verb of motion.
                    "upward" | "upwards" | "downward" | "downwards"
                        if before(1).ends_with("ed") || moved(&before(1)) =>
                    {
                        return Some(if word.starts_with("up") {
                            Direction::Up
                        } else {
                            Direction::Down
                        });
                    }
                    "boil" if before(1) == "the" && before(2) == "off" => {
                        return Some(Direction::Down);
                    }
                    "ahead"
                        if before(1).starts_with("forged") || before(1).starts_with("surged") =>
                    {
                        return Some(Direction::Up);
                    }
                    "letter" if before(1) == "red" && next.as_deref() == Some("year") => {
                        return Some(Direction::Up);
                    }
                    "doldrums" if before(1) == "the" && before(2) == "in" => {
                        return Some(Direction::Down);
                    }
                    "reverse" if before(1) == "into" => return Some(Direction::Down),
                    "cliff" if before(1) == "a" && before(2) == "off" => {
                        return Some(Direction::Down);
                    }
                    "hit" if before(1) == "a" && before(2).starts_with("t") => {
                        return Some(Direction::Down);
                    }
                    "momentum" if before(1) == "lost" || before(1) == "losing" => {
                        return Some(Direction::Down);
                    }
                    "momentum" if before(1) == "gained" || before(1) == "gaining" => {
                        return Some(Direction::Up);
                    }
                    "steam" if before(1) == "of" && before(2) == "out" => {
                        return Some(Direction::Down);
                    }
                    "steam" if matches!(before(1).as_str(), "up" | "gathered" | "gathering") => {
                        return Some(Direction::Up);
                    }
                    "out"
                        if before(1).starts_with("petered") || before(1).starts_with("fizzled") =>
                    {
                        return Some(Direction::Down);
                    }
                    // "went downhill", "on a roll".
                    "downhill" if moved(&before(1)) => return Some(Direction::Down),
                    "roll" if before(1) == "a" && before(2) == "on" => return Some(Direction::Up),
                    // "edged higher", "drifted lower": a comparative after a verb of slow motion.
                    "higher" | "lower"
                        if matches!(
                            before(1).as_str(),
                            "edged"
                                | "inched"
                                | "crept"
                                | "ticked"
                                | "drifted"
                                | "trended"
                                | "moved"
                        ) =>
                    {
                        return Some(if word == "higher" {
                            Direction::Up
                        } else {
                            Direction::Down
                        });
                    }
                    "strength"
                        if before(1) == "to" && before(2) == "strength" && before(3) == "from" =>
                    {
                        return Some(Direction::Up);
                    }
                    _ => {}
                }
            }
            // "orders were sluggish", "sales stayed buoyant": an adjective said of the measure.
            let predicate = matches!(
                before(1).as_str(),
                "was" | "were" | "is" | "are" | "been" | "remained" | "stayed" | "looked"
            ) && lowered.ends_with(|c: char| c.is_ascii_alphabetic())
                && [
                    "sluggish",
                    "subdued",
                    "buoyant",
                    "brisk",
                    "languishing",
                    "ailing",
                    "struggling",
                ]
                .contains(&lowered.as_str());
            // "your orders wilted, going from X to Y": nothing but a link follows the word.
            let only_a_link_after = words
                .get(at + 1)
                .is_some_and(|(offset, _)| says_nothing(&clause[*offset..]));
            // "burgeoned in 2024, when they reached …": the year the clause of "when" is about.
            let of_the_when_year = through_when && {
                let (offset, word) = words[at];
                let rest = clause[offset + word.len()..].trim_start();
                rest.strip_prefix("in ").is_some_and(|r| {
                    r.get(..4)
                        .and_then(|y| y.parse::<i32>().ok())
                        .is_some_and(|y| (1900..2100).contains(&y))
                })
            };
            // "we hiked our price from X to Y": a price the verb acts on, then the change.
            let a_price_then_from = words.get(at + 1).is_some_and(|(_, w)| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "our" | "its" | "their" | "his" | "her" | "the" | "my" | "your"
                )
            }) && words.get(at + 2).is_some_and(|(_, w)| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "price"
                        | "prices"
                        | "rate"
                        | "rates"
                        | "fee"
                        | "fees"
                        | "duty"
                        | "tariff"
                        | "wage"
                        | "wages"
                        | "rent"
                        | "charge"
                        | "charges"
                        | "fare"
                        | "fares"
                )
            }) && words
                .get(at + 3)
                .is_some_and(|(_, w)| matches!(*w, "from" | "to" | "by"));
            direction_of(word).filter(|_| {
                !FIGURATIVE.contains(&lowered.as_str())
                    || predicate
                    || a_price_then_from
                    || only_a_link_after
                    || of_the_when_year
                    || next_is_from
                    || at + 1 == words.len()
                    || noun_of_measure
                    || of_a_trend
            })
        };
        // Twelve words back, and the words of a "with X moving" clause on top, not past a word that
        // opens a clause of its own ("Real wages fell 5 percent even as nominal pay went from …").
        let contrast = words
            .iter()
            .rposition(|(_, w)| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "whereas" | "while" | "although" | "though" | "but" | "yet"
                )
            })
            .or_else(|| {
                words
                    .windows(2)
                    .rposition(|pair| {
                        pair[0].1.eq_ignore_ascii_case("even")
                            && pair[1].1.eq_ignore_ascii_case("as")
                    })
                    .map(|at| at + 1)
            });
        let verb_at = (0..words.len())
            .rev()
            .take(if through_moving { 18 } else { 12 })
            .take_while(|&at| contrast.is_none_or(|c| at > c))
            .find(|&at| direction_at(at).is_some());
        // An idiom's statement starts at its first word ("bounced back to …").
        let verb_word = verb_at.map(|at| {
            let first = idiom_ending_at(&words, at).map_or(at, |(_, length)| at + 1 - length);
            &words[first]
        });
        // Without a verb, "up from" or "down from" says the direction.
        // "Lower fees drew 318 applicants, up from 227": the link after the end's noun says it, not a
        // word of the clause before.
        // "Export earnings rose …, with 1,420 trucks against 1,860": the clause before "with" speaks
        // of money, the change counts things; its verb is not theirs.
        let other_measure = through_with
            && first.unit == "count"
            && clause.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
                matches!(
                    w,
                    "earnings"
                        | "revenue"
                        | "revenues"
                        | "income"
                        | "value"
                        | "prices"
                        | "price"
                        | "receipts"
                        | "profits"
                        | "profit"
                )
            });
        // "…: 40 members at the end of the year, up from 30": the link's own word is nearer the
        // figures than any verb before them.
        let verb = if NOUN_LINK.is_match(&between) || other_measure || linked_direction.is_some() {
            linked_direction
        } else {
            verb_at.and_then(direction_at).or(linked_direction)
        };
        // The statement starts at its verb, or at "from" / "to" when it has none.
        let start = clause_start + verb_word.or(words.last()).map_or(0, |(offset, _)| *offset);
        // The size of the change: a percentage just before it ("fell by 3.5 percent, from X to Y"), or
        // one after it in the same statement ("X to Y, a rise of 24 percent").
        let before = index
            .checked_sub(1)
            .and_then(|i| Some((i, quantities.get(i)?)))
            .filter(|(_, q)| {
                q.sentence == first.sentence
                    && matches!(q.unit, "percent" | "fraction")
                    && {
                        // "fell by 3.5 percent, from", "slid by 40pc last fiscal year, from".
                        let between = text[q.end..first.start].to_ascii_lowercase();
                        let between = between.trim();
                        // Years may stand between ("rose by half between 2023 and 2024, from").
                        let digits_beside_years = between
                            .split(|c: char| !c.is_ascii_alphanumeric())
                            .filter(|w| {
                                !(w.len() == 4
                                    && w.parse::<i32>().is_ok_and(|y| (1900..2100).contains(&y)))
                            })
                            .any(|w| w.chars().any(|c| c.is_ascii_digit()));
                        // A verb of change between is another change's ("down 27.1 percent, so
                        // the surplus widened from").
                        let own_verb = between
                            .split(|c: char| !c.is_ascii_alphabetic())
                            .any(|w| direction_of(w).is_some());
                        // "fell by 19 percent to 0.29 mt from 0.41 mt": end first, then start.
                        !own_verb
                            && (between.ends_with("from")
                                || to_then_from && between.ends_with("to"))
                            && between.len() <= 40
                            && !between.contains([';', '(', ')'])
                            && !digits_beside_years
                    }
                    && {
                        // "fell by 28 percent", or the verb right before it with nothing but
                        // "from" after ("fell 28 percent, from"; not "grew 10 percent a year,
                        // from", a rate, nor "fell 19.6 percent against the dollar, from").
                        let lead = text[sentence_start..q.start].to_ascii_lowercase();
                        let lead = lead.trim_end();
                        // "fell 12.6 percent as well, from" says the same.
                        let plain_from = {
                            let gap = text[q.end..first.start]
                                .trim_matches(|c: char| c == ',' || c.is_whitespace());
                            let gap = ["as well", "too", "also"]
                                .iter()
                                .find_map(|w| {
                                    gap.strip_prefix(w).map(|rest| {
                                        rest.trim_matches(|c: char| c == ',' || c.is_whitespace())
                                    })
                                })
                                .unwrap_or(gap);
                            gap.eq_ignore_ascii_case("from")
                        };
                        // "became a quarter dearer, from Rs 150 to Rs 180": the size, a
                        // comparative, and the change.
                        let comparative_from = {
                            let gap = text[q.end..first.start].to_ascii_lowercase();
                            let words: Vec<&str> = gap
                                .split(|c: char| !c.is_ascii_alphabetic())
                                .filter(|w| !w.is_empty())
                                .collect();
                            matches!(
                                words.as_slice(),
                                [
                                    "more"
                                        | "higher"
                                        | "dearer"
                                        | "costlier"
                                        | "bigger"
                                        | "larger"
                                        | "less"
                                        | "lower"
                                        | "cheaper"
                                        | "smaller"
                                        | "fewer",
                                    "from"
                                ]
                            ) && gap.trim_start().starts_with(char::is_alphabetic)
                        };
                        lead.ends_with("by")
                            || comparative_from
                            || plain_from
                                && lead
                                    .rsplit(|c: char| !c.is_ascii_alphabetic())
                                    .next()
                                    .is_some_and(|w| direction_of(w).is_some())
                    }
            })
            .map(|(i, _)| i);
        let stated_percent = before.or_else(|| {
            quantities
                .iter()
                .enumerate()
                .skip(index + 2)
                .take_while(|(_, q)| q.sentence == first.sentence)
                .find(|(_, q)| {
                    // A percentage dated to another year than the change's end is another change's ("the
                    // jump of 53 percent in 2022").
                    let dated_otherwise = year_after(q.end, sentence_end)
                        .is_some_and(|year| Some(year) != first_year.max(second_year));
                    let lead = text[second.end..q.start].to_ascii_lowercase();
                    // Another clause ("…, and imports fell by 16 percent") is another statement, and a
                    // share a thing fell "to" is a level, not the size of a change.
                    // So is a clause of cause with its own subject ("…, because prices rose 10
                    // percent").
                    let other_clause = [
                        ";",
                        ", and ",
                        " while ",
                        ", whereas ",
                        " whereas ",
                        " because ",
                        " since ",
                        " as ",
                        " although ",
                        " though ",
                    ]
                    .iter()
                    .any(|w| lead.contains(w));
                    let level = lead.trim_end().ends_with(" to");
                    // "…, 18.7 percent more": the comparative after the percentage says it is the
                    // change's size.
                    let next_word = text[q.end..sentence_end]
                        .split(|c: char| !c.is_alphabetic())
                        .find(|w| !w.is_empty())
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    let comparative = matches!(
                        next_word.as_str(),
                        "more" | "higher" | "less" | "lower" | "fewer" | "up" | "down"
                    ) && lead.len() <= 40;
                    matches!(q.unit, "percent" | "fraction")
                        && !dated_otherwise
                        && !other_clause
                        && !level
                        && (comparative
                            || lead
                                .split(|c: char| !c.is_alphabetic())
                                .any(|w| direction_of(w).is_some() || w == "gain" || w == "loss"))
                })
                .map(|(i, _)| i)
        });
        found.push(Change {
            start,
            end: second.end,
            from,
            to,
            from_year,
            to_year: to_year.or(dated_end),
            verb,
            stated_percent,
        });
    }
    // "44 members, 19 girls and 25 boys, up from 35": a link back from the last of two parts that
    // follow their whole goes from the whole.
    for change in &mut found {
        let i = change.to;
        if change.from != i + 1 || i < 2 {
            continue;
        }
        let (whole, part, last) = (&quantities[i - 2], &quantities[i - 1], &quantities[i]);
        let same_sentence = whole.sentence == last.sentence && part.sentence == last.sentence;
        let apposition = text[whole.end..part.start].contains(',')
            && !text[whole.end..part.start].contains([';', '.'])
            && text[part.end..last.start].contains(" and ");
        let sums = (whole.value - part.value - last.value).abs()
            <= (whole.precision + part.precision + last.precision) / 2.0;
        if same_sentence && apposition && sums && whole.unit == last.unit {
            change.to = i - 2;
            change.start = change.start.min(whole.start);
        }
    }
    // "240 tonnes in 2025, 30 percent more than the 200 tonnes of 2024": a figure, the size of its
    // change in percent or as a fraction ("a fifth more"), and the figure it is compared with.
    for (index, window) in quantities.windows(3).enumerate() {
        let [level, percent, base] = window else {
            continue;
        };
        if level.in_table
            || level.sentence != base.sentence
            || level.unit != base.unit
            || level.unit == "percent"
            || !matches!(percent.unit, "percent" | "fraction")
            || found.iter().any(|c: &Change| {
                [c.from, c.to].contains(&index) || [c.from, c.to].contains(&(index + 2))
            })
        {
            continue;
        }
        let lead = text[level.end..percent.start].to_ascii_lowercase();
        let link = text[percent.end..base.start].to_ascii_lowercase();
        let link_words: Vec<&str> = link.split_whitespace().collect();
        let verb = match link_words.as_slice() {
            ["more" | "higher", "than", ..] => Direction::Up,
            ["less" | "lower" | "fewer", "than", ..] => Direction::Down,
            _ => continue,
        };
        let rest_ok = matches!(
            &link_words[2..],
            [] | ["the"] | ["in"] | ["in", "the"] | ["that", "of"]
        );
        // The percentage stands right after the comma ("240 tonnes of olives, 30 percent more"), not
        // after a clause of its own ("300 farmers, who now harvest 25 percent more").
        let after_comma = lead.rsplit(',').next().unwrap_or_default();
        if !rest_ok
            || lead.len() > 40
            || lead.contains([';', '.'])
            || !lead.contains(',')
            || !after_comma.trim().is_empty()
        {
            continue;
        }
        let (sentence_start, sentence_end) = extraction.sentences[level.sentence];
        let year_of = |from: usize, to: usize| -> Option<i32> {
            extraction
                .years
                .iter()
                .filter(|(at, _, _)| *at >= from && *at < to)
                .map(|(_, _, year)| *year)
                .next_back()
        };
        // The base's year right after it ("the 200 tonnes of 2024").
        let base_year = year_of(base.end, (base.end + 12).min(sentence_end));
        found.push(Change {
            start: level.start,
            end: base.end,
            from: index + 2,
            to: index,
            from_year: base_year,
            to_year: year_of(sentence_start, level.start),
            verb: Some(verb),
            stated_percent: Some(index + 1),
        });
    }
    paired_changes(text, extraction, &mut found);
    apposed_changes(text, extraction, &mut found);
    // "446,000 kilograms in 2024 and 371,000 kilograms in 2025, a fall of 12 percent": two figures,
    // each of its own year, and the size of the change between them after a comma.
    for (index, window) in quantities.windows(3).enumerate() {
        let [first, second, percent] = window else {
            continue;
        };
        if first.in_table
            || first.sentence != percent.sentence
            || first.unit != second.unit
            || first.unit == "percent"
            || percent.unit != "percent"
            || found.iter().any(|c: &Change| {
                [c.from, c.to].contains(&index) || [c.from, c.to].contains(&(index + 1))
            })
        {
            continue;
        }
        let year_between = |from: usize, to: usize| -> Option<(usize, i32)> {
            let years: Vec<(usize, i32)> = extraction
                .years
                .iter()
                .filter(|(at, _, _)| *at >= from && *at < to)
                .map(|(at, _, year)| (*at, *year))
                .collect();
            match years.as_slice() {
                [one] => Some(*one),
                _ => None,
            }
        };
        let (Some((first_at, first_year)), Some((second_at, second_year))) = (
            year_between(first.end, second.start),
            year_between(second.end, percent.start),
        ) else {
            continue;
        };
        // "… in 2024 and 371,000 …": the first year closes the first figure's words, before "and".
        let joined = text[first_at + 4..second.start].trim().to_ascii_lowercase();
        let link = text[second_at + 4..percent.start].to_ascii_lowercase();
        let link_words: Vec<&str> = link
            .split(|c: char| c.is_whitespace() || c == ',')
            .filter(|w| !w.is_empty())
            .collect();
        let verb = match link_words.as_slice() {
            ["a" | "an", "fall" | "drop" | "decline" | "decrease", "of"] | ["down"] => {
                Direction::Down
            }
            ["a" | "an", "rise" | "increase" | "gain" | "growth", "of"] | ["up"] => Direction::Up,
            _ => continue,
        };
        let first_words = text[first.end..first_at].to_ascii_lowercase();
        // The size closes its clause: "a fall of 9 percent in value", "down 31 percent on 2022" size
        // another change.
        let closes = text[percent.end..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ';' | ')' | '\n'));
        if joined != "and"
            || !closes
            || first_year == second_year
            || !link.trim_start().starts_with(',')
            || first_words.contains([',', ';', '.'])
            || first_words.len() > 48
        {
            continue;
        }
        // The change runs from the earlier year to the later.
        let (from, to, from_year, to_year) = if first_year < second_year {
            (index, index + 1, first_year, second_year)
        } else {
            (index + 1, index, second_year, first_year)
        };
        found.push(Change {
            start: first.start,
            end: percent.end,
            from,
            to,
            from_year: Some(from_year),
            to_year: Some(to_year),
            verb: Some(verb),
            stated_percent: Some(index + 2),
        });
    }
    // "In 2021 trade came to USD 1,380 million. A year later it was USD 1,677 million, up 12
    // percent": a figure of the next year, the size of its change right after it, and the figure of
    // the same unit just before it, in its sentence or the one before, as the change's start.
    for index in 1..quantities.len().saturating_sub(1) {
        let (base, level, percent) = (
            &quantities[index - 1],
            &quantities[index],
            &quantities[index + 1],
        );
        if level.in_table
            || base.in_table
            || level.unit != base.unit
            || matches!(level.unit, "percent" | "fraction")
            || percent.unit != "percent"
            || percent.sentence != level.sentence
            || !(level.sentence == base.sentence || level.sentence == base.sentence + 1)
            || found.iter().any(|c: &Change| {
                [c.from, c.to].contains(&index)
                    || [c.from, c.to].contains(&(index - 1))
                    || c.stated_percent == Some(index + 1)
            })
        {
            continue;
        }
        // "USD 1,677 million, up 12 percent", "3.4 million tonnes, down 8 percent": the size right
        // after the figure or its one unit's word.
        let link = text[level.end..percent.start].to_ascii_lowercase();
        let link = link.trim();
        let link = link
            .split_once(',')
            .filter(|(unit, _)| unit.chars().all(|c| c.is_ascii_alphabetic()))
            .map_or(link, |(_, rest)| rest.trim());
        let verb = match link {
            "up" => Direction::Up,
            "down" => Direction::Down,
            _ => continue,
        };
        if !text[level.end..percent.start].contains(',') {
            continue;
        }
        let closes = text[percent.end..]
            .trim_start()
            .chars()
            .next()
            .is_none_or(|c| matches!(c, '.' | ',' | ';' | '\n'));
        // The start's year: the one year of its sentence before it, and no other figure between.
        let (base_sentence_start, _) = extraction.sentences[base.sentence];
        let (level_sentence_start, _) = extraction.sentences[level.sentence];
        let years_of = |from: usize, to: usize| -> Vec<i32> {
            let mut years: Vec<i32> = extraction
                .years
                .iter()
                .filter(|(at, _, _)| *at >= from && *at < to)
                .map(|(_, _, year)| *year)
                .collect();
            years.dedup();
            years
        };
        let base_years = years_of(base_sentence_start, base.start);
        let [base_year] = base_years[..] else {
            continue;
        };
        // The level's year: "a year later", "the next year", or the year after the start's, named
        // in its clause before it; no other year between the two figures.
        let lead = text[level_sentence_start.max(base.end)..level.start].to_ascii_lowercase();
        let next_year = [
            "a year later",
            "the next year",
            "the following year",
            "a year on",
        ]
        .iter()
        .any(|phrase| lead.contains(phrase));
        let between = years_of(base.end, level.start);
        let level_year = match between[..] {
            [] if next_year => base_year + 1,
            [year] if year == base_year + 1 => year,
            _ => continue,
        };
        // The start is the one figure of its unit in its sentence, of the flow the end's clause
        // names ("The next year imports …" is no change from exports); and the size is a plain one,
        // not "once inflation is netted out".
        let (base_start, base_end) = extraction.sentences[base.sentence];
        let one_of_its_unit = quantities
            .iter()
            .filter(|q| q.start >= base_start && q.end <= base_end && q.unit == base.unit)
            .filter(|q| q.start != level.start)
            .count()
            == 1;
        let base_said = text[base_start..base_end].to_ascii_lowercase();
        const FLOWS: [&str; 6] = ["export", "import", "trade", "balance", "surplus", "deficit"];
        let other_flow = FLOWS
            .iter()
            .any(|flow| lead.contains(flow) && !base_said.contains(flow));
        let (_, level_end) = extraction.sentences[level.sentence];
        let rest = text[percent.end..level_end].to_ascii_lowercase();
        let adjusted = ["real", "inflation", "netted", "adjusted", "terms"]
            .iter()
            .any(|w| rest.contains(w));
        if !closes
            || lead.contains(';')
            || lead.len() > 60
            || !one_of_its_unit
            || other_flow
            || adjusted
        {
            continue;
        }
        found.push(Change {
            start: base.start,
            end: percent.end,
            from: index - 1,
            to: index,
            from_year: Some(base_year),
            to_year: Some(level_year),
            verb: Some(verb),
            stated_percent: Some(index + 1),
        });
    }
    size_in_the_next_sentence(text, extraction, &mut found);
    // A percentage that is itself the start or end of a change ("fell to 31,200 from 52,000, its
    // share rose to 20.0% from 19.0%") states no size of another.
    let ends: Vec<usize> = found.iter().flat_map(|c| [c.from, c.to]).collect();
    for change in &mut found {
        if change.stated_percent.is_some_and(|p| ends.contains(&p)) {
            change.stated_percent = None;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &str) {
        let extraction = extract(input);
        let got: Vec<String> = extraction
            .quantities
            .iter()
            .map(|q| {
                let mut line = format!("{} {}", q.value, q.unit);
                if q.hedge != Hedge::None {
                    line.push_str(&format!(" {:?}", q.hedge));
                }
                if q.unplaced {
                    line.push_str(" unplaced");
                }
                line
            })
            .collect();
        assert_eq!(got.join("; "), expect, "input: {input}");
    }

    #[test]
    fn numbers_in_words_with_a_rest_after_their_scale() {
        check("Ten thousand four hundred bales.", "10400 count");
        check(
            "some two hundred and fifty thousand returnees",
            "250000 count About",
        );
        check(
            "two million three hundred thousand Afghans",
            "2300000 count",
        );
        check(
            "one million five hundred thousand hold cards",
            "1500000 count",
        );
        // A year said in words is no count; "seven and eight percent" are two figures, as before.
        check("in two thousand and twenty-three the road closed", "");
        check("two thousand and fifty tonnes", "2050 count");
        check("between seven and eight percent", "8 percent");
    }

    #[test]
    fn quantities() {
        check("It cost $1.9 billion.", "1900000000 USD");
        check("some 1.42 million people", "1420000 count About");
        check("US$ 717m in aid", "717000000 USD");
        check("a share of 60%", "60 percent");
        check("Rs 2.3 trillion was spent", "2300000000000 PKR");
        check(
            "nearly two-thirds of trade",
            "66.66666666666667 fraction Nearly",
        );
        check("a fifth of the total", "20 fraction");
        check("more than 120,000 refugees", "120000 count Over");
        check("USD 521 million of exports", "521000000 USD");
        check("in 2023 and FY2022-23", "");
        check("The count was 418.", "418 count unplaced");
        assert_eq!(extract("The count was 418.").unplaced().count(), 1);
        check("24 percent and 7 per cent", "24 percent; 7 percent");
        check("at 2:29 P.M. on May 1, after 9/11, the 20th time", "");
        check("Section 60 holds 2,448 graves", "2448 count");
        check(
            "---\ntime: 2021-04-14 17:29:52\n---\nIt was 12 days.",
            "12 count",
        );
    }

    #[test]
    fn locators_are_the_same_with_and_without_the_index() {
        // Several checkpoints' worth of text with characters of one to four bytes.
        let text = "aé€😀 ".repeat(3_000);
        let boundary = |mut at: usize| {
            while !text.is_char_boundary(at) {
                at += 1;
            }
            at
        };
        let spans: Vec<(usize, usize)> = (0..text.len() - 50)
            .step_by(997)
            .map(|at| (boundary(at), boundary(at + 40)))
            .collect();
        assert!(spans.len() > 10);
        let plain: Vec<Locator> = spans
            .iter()
            .map(|&(start, end)| Extraction::locator(&text, start, end))
            .collect();
        let indexed: Vec<Locator> = with_char_index(&text, || {
            spans
                .iter()
                .map(|&(start, end)| Extraction::locator(&text, start, end))
                .collect()
        });
        assert_eq!(plain, indexed);
        // Another text of the same length is counted from its own start, never from the index.
        let other = "é".repeat(text.len() / 2);
        with_char_index(&text, || {
            assert_eq!(Extraction::locator(&other, 4, 6).start, 2);
        });
    }

    #[test]
    fn change_statements() {
        let text = "Exports declined from USD 936 million in 2022 to USD 1,012 million in 2023.";
        let extraction = extract(text);
        let change = &extraction.changes[0];
        assert_eq!(change.verb, Some(Direction::Down));
        assert_eq!((change.from_year, change.to_year), (Some(2022), Some(2023)));
        assert_eq!(extraction.quantities[change.to].value, 1_012e6);
        assert_eq!(
            &text[change.start..change.end],
            "declined from USD 936 million in 2022 to USD 1,012 million"
        );

        let text = "It had grown to 1,559,964, compared with 1,987,717 a year earlier.";
        let change = &extract(text).changes[0];
        assert_eq!(change.verb, Some(Direction::Up));
        assert_eq!((change.from, change.to), (1, 0));

        let text = "It rose from 1,743,278 to 1,987,717, a rise of 24 percent.";
        assert_eq!(extract(text).changes[0].stated_percent, Some(2));

        // Two figures each of its year, and the size of the change after a comma.
        let text = "Mills ground 446,000 kilograms in 2024 and 371,000 kilograms in 2025, a fall of 12 percent.";
        let change = &extract(text).changes[0];
        assert_eq!(
            (change.from, change.to, change.stated_percent),
            (0, 1, Some(2))
        );
        assert_eq!((change.from_year, change.to_year), (Some(2024), Some(2025)));
        assert_eq!(change.verb, Some(Direction::Down));
        // The later year first: the change still runs from the earlier.
        let text = "Mills ground 371,000 kilograms in 2025 and 446,000 kilograms in 2024, down 17 percent.";
        let change = &extract(text).changes[0];
        assert_eq!((change.from, change.to), (1, 0));
        // Two figures with no size of a change between them are no change.
        let text = "Mills ground 446,000 kilograms in 2024 and 371,000 kilograms in 2025, with 12 percent waste.";
        assert!(extract(text).changes.is_empty());

        // The end first, with its year, then the start; the years order them.
        let text =
            "The year brought an increase in exports, from USD 942 million to USD 828 million.";
        assert_eq!(extract(text).changes[0].verb, Some(Direction::Up));
        let text = "The caseload slipped in 2020: 1,419,084 at the end of 2019 against 1,438,432 at the end of 2020.";
        let change = &extract(text).changes[0];
        assert_eq!(change.verb, Some(Direction::Down));
        assert_eq!((change.from_year, change.to_year), (Some(2019), Some(2020)));
        let extraction = extract("Over 2023–2021, purchases climbed.");
        assert_eq!(
            (extraction.year_ranges[0].from, extraction.year_ranges[0].to),
            (2023, 2021)
        );
        let text = "Imports were USD 540 million in 2024, up from USD 690 million in 2023.";
        let change = &extract(text).changes[0];
        assert_eq!(change.verb, Some(Direction::Up));
        assert_eq!((change.from, change.to), (1, 0));
        assert_eq!((change.from_year, change.to_year), (Some(2023), Some(2024)));
        let text = "Exports slipped to 540 in 2022 against 690 in 2023.";
        let change = &extract(text).changes[0];
        assert_eq!(change.verb, Some(Direction::Down));
        assert_eq!((change.from, change.to), (0, 1));
        // The later figure first, its year before it in the sentence and a noun between the two.
        let text = "Our carpet trade shrank in 2025, with 3,150 rolls sold against 2,700 in 2024.";
        let change = &extract(text).changes[0];
        assert_eq!(change.verb, Some(Direction::Down));
        assert_eq!((change.from, change.to), (1, 0));
        assert_eq!((change.from_year, change.to_year), (Some(2024), Some(2025)));
        let text =
            "Torkham is busier, with 900 trucks a day on average in 2025 against 760 in 2024.";
        let change = &extract(text).changes[0];
        assert_eq!((change.from, change.to), (1, 0));
        assert_eq!((change.from_year, change.to_year), (Some(2024), Some(2025)));
        // A period in words after the earlier figure, past its number word.
        let text =
            "The caseload swelled, ending the year at 61,200 against 58,400 twelve months earlier.";
        let change = &extract(text).changes[0];
        assert_eq!(change.verb, Some(Direction::Up));
        assert_eq!((change.from, change.to), (1, 0));
        // Two quantities set side by side with no period for either are no change.
        assert!(
            extract("We sold 3,150 rolls of carpet against 2,700 rolls of felt.")
                .changes
                .is_empty()
        );
        // Nor are two joined by "compared with" or "versus" with no period said, nor a second
        // figure followed by a word that only holds "fy".
        for text in [
            "We sold 3,150 rolls of carpet compared with 2,700 rolls of felt.",
            "Demand slumped in May, with 1,200 tonnes of rice sold to Kabul versus 900 tonnes of sugar.",
            "We sold 3,150 rolls of carpet against 2,700 rolls of felt to satisfy buyers in Kabul.",
        ] {
            assert!(extract(text).changes.is_empty(), "{text}");
        }
        // A year of contrast before the first figure is not its year; "this year" is, set against
        // 2023.
        let text = "Unlike in 2022, truck traffic at Torkham fell this year, with 1,420 trucks a day crossing against 1,860 in 2023.";
        let change = &extract(text).changes[0];
        assert_eq!((change.from, change.to), (1, 0), "{text}");
        assert_eq!(
            (change.from_year, change.to_year),
            (Some(2023), None),
            "{text}"
        );
        assert_eq!(change.verb, Some(Direction::Down), "{text}");
        // The verb of a clause about money is not the verb of a count after "with".
        let text = "Export earnings rose in 2024 on higher prices, with 1,420 trucks against 1,860 in 2023.";
        assert_eq!(extract(text).changes[0].verb, None);
        // Numbers in words, before a scale, "percent" or a plural noun; not "one" or "the two of".
        let extraction = extract(
            "After two decades and some forty-five percent of the budget, three million people and a dozen trucks; the two of them, one way.",
        );
        let read: Vec<(f64, &str)> = extraction
            .quantities
            .iter()
            .map(|q| (q.value, q.unit))
            .collect();
        assert_eq!(
            read,
            [
                (2.0, "count"),
                (45.0, "percent"),
                (3e6, "count"),
                (12.0, "count")
            ]
        );
        assert_eq!(extraction.quantities[1].hedge, Hedge::About);
        let abbreviated = extract("About 1.6m registered refugees, and a 2,600 m fence.");
        let read: Vec<f64> = abbreviated.quantities.iter().map(|q| q.value).collect();
        assert_eq!(read, [1.6e6, 2600.0]);
        let scaled = extract("Some three hundred thousand refugees; two thirds of returnees.");
        let read: Vec<f64> = scaled.quantities.iter().map(|q| q.value).collect();
        assert_eq!(read, [3e5, 200.0 / 3.0]);
        // "just over" is a floor with a little room above it; "over" has none.
        let extraction = extract("Trade came to just over USD 1.1 billion, over USD 1 billion.");
        assert_eq!(extraction.quantities[0].hedge, Hedge::JustOver);
        assert_eq!(extraction.quantities[1].hedge, Hedge::Over);
        let extraction = extract("Slightly more than 40,000 families returned.");
        assert_eq!(extraction.quantities[0].hedge, Hedge::JustOver);
    }

    #[test]
    fn a_table_flattened_into_lines_of_numbers_is_recovered() {
        let text = "Table 2. Trade by crossing, USD million\nCrossing  Exports  Imports\nTorkham 512 201\nChaman 231 97\nGhulam Khan 82 40\nTotal 835 338\n\nThe table shows 835 in all.";
        let extraction = extract(text);
        assert_eq!(extraction.tables.len(), 1);
        let table = &extraction.tables[0];
        let header: Vec<&str> = table.header.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(header, vec!["Crossing", "Exports", "Imports"]);
        assert_eq!(table.rows.len(), 4);
        assert_eq!(table.rows[2][0].text, "Ghulam Khan");
        assert_eq!(table.rows[3][1].value, Some(835.0));
        assert_eq!(&text[table.rows[0][2].start..table.rows[0][2].end], "201");
        // The rows' numbers are table cells, and the prose after the table is prose.
        let prose: Vec<&Quantity> = extraction
            .quantities
            .iter()
            .filter(|q| !q.in_table)
            .collect();
        assert_eq!(prose.len(), 1, "{prose:?}");
        assert_eq!(prose[0].value, 835.0);
        // A line of years alone heads the columns, not a row to be summed.
        let years = "Product          2024    2025\nDumbbells          96     120\nKettlebells        24      30\nTotal             120     150\n";
        let table = &loose_tables(years)[0];
        let header: Vec<&str> = table.header.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(header, vec!["Product", "2024", "2025"]);
        assert_eq!(table.rows.len(), 3);
        assert_eq!(table.rows[0][0].text, "Dumbbells");
    }

    #[test]
    fn a_link_back_from_the_last_of_two_parts_goes_from_their_whole() {
        let text =
            "The club ended 2025 with 44 members, 19 girls and 25 boys, up from 35 a year earlier.";
        let extraction = extract(text);
        let change = &extraction.changes[0];
        assert_eq!(extraction.quantities[change.to].value, 44.0);
        assert_eq!(extraction.quantities[change.from].value, 35.0);
        // Parts that do not make the figure before them leave the link as it is.
        let text =
            "The club ended 2025 with 44 members, 12 girls and 25 boys, up from 35 a year earlier.";
        let extraction = extract(text);
        let change = &extraction.changes[0];
        assert_eq!(extraction.quantities[change.to].value, 25.0);
    }

    #[test]
    fn codes_signs_dashes_and_rupees_closed_by_a_slash_dash() {
        // A column of codes before the labels is dropped; a rise keeps its sign.
        let coded = "| No. | Item | 2024 | 2025 | Change |\n|---|---|---|---|---|\n| 1 | Salt | 40 | 52 | +12 |\n| | Total | 40 | 52 | +12 |\n";
        let table = &tables(coded)[0];
        let header: Vec<&str> = table.header.iter().map(|c| c.text.as_str()).collect();
        assert_eq!(header, vec!["Item", "2024", "2025", "Change"]);
        assert_eq!(table.rows[1][0].text, "Total");
        assert_eq!(table.rows[0][3].value, Some(12.0));
        // A first column that is no code (a crossing's name) stays.
        let named = "| No. | Item | 2024 |\n|---|---|---|\n| Torkham | Salt | 40 |\n";
        assert_eq!(tables(named)[0].header.len(), 3);
        // A dash is an empty cell of a row of numbers, not the end of its label.
        let flattened = "Item     n    Share   Cum.\nSalt    60     60.0   60.0\nSugar   40     40.0  100.0\nTotal  100    100.0      –\n";
        let table = &loose_tables(flattened)[0];
        assert_eq!(table.rows.len(), 3);
        assert_eq!(table.rows[2][0].text, "Total");
        assert_eq!(table.rows[2][3].value, None);
        assert!(loose_tables("Salt – – –\nSugar – – –\n").is_empty());
        // "/-" closes a sum of rupees; a date's slash still makes no quantity.
        check("sold at Rs 7,400/- a maund", "7400 PKR");
        check("on 9/11 the market closed", "");
    }

    #[test]
    fn a_part_of_a_scale_in_words_is_a_count() {
        check(
            "Nearly half a million Afghans returned, about a quarter of a million by Torkham, and three quarters of a lakh stayed.",
            "500000 count Nearly; 250000 count About; 75000 count",
        );
        // "half" alone stays a share, and money keeps its currency.
        check("Half of them returned.", "50 fraction");
    }

    #[test]
    fn a_figure_spelled_out_in_quotes_is_said_once() {
        let extraction = extract(
            "Refugees in Pakistan numbered 1,987,717 \"one million, nine hundred and eighty-seven thousand, seven hundred and seventeen\". Say it fast.",
        );
        let values: Vec<f64> = extraction.quantities.iter().map(|q| q.value).collect();
        assert_eq!(values, [1_987_717.0]);
        // Number words in quotes of their own are read.
        let extraction = extract("She said: \"about nine hundred families came\".");
        assert_eq!(extraction.quantities.len(), 1);
    }

    #[test]
    fn a_footnote_marker_is_no_figure() {
        let extraction = extract(
            "There were 1,200,000 on the register,[^1] and more.\n\n[^1]: UNHCR, end of 2019.\n",
        );
        let values: Vec<f64> = extraction.quantities.iter().map(|q| q.value).collect();
        assert_eq!(values, [1_200_000.0]);
    }

    #[test]
    fn loose_tables_with_words_before_the_figures() {
        // Thousands of a currency in the label, and columns of words before the figures.
        let costs = "Item                     2024      2025    Change %\nPaper, reams            4,200     3,100       -26.2\nPaper cost, Rs 000     33,600    29,450       -12.4\n";
        let table = &loose_tables(costs)[0];
        assert_eq!(table.header[3].text, "Change %");
        assert_eq!(table.rows[1][0].text, "Paper cost, Rs 000");
        assert_eq!(table.rows[1][1].value, Some(33600.0));
        let kiln = "Firing            Kiln    Loaded    Passed    Rejected\nF-101, 9 Feb     Large     1,180     1,121          59\nF-102, 10 Feb    Small       480       462          18\n";
        let table = &loose_tables(kiln)[0];
        assert_eq!(
            table
                .header
                .iter()
                .map(|h| h.text.as_str())
                .collect::<Vec<_>>(),
            ["Firing            Kiln", "Loaded", "Passed", "Rejected"]
        );
        assert_eq!(table.rows[1][3].value, Some(18.0));
    }

    #[test]
    fn a_flattened_table_of_one_column_under_its_header() {
        let text = "The season by month:\n\nMonth        Blocks sold\nMay                4,500\nJune               7,500\nJuly               8,000\nTotal             20,000\n\nJuly was the best month.";
        let tables = loose_tables(text);
        assert_eq!(tables.len(), 1);
        let table = &tables[0];
        assert_eq!(
            table
                .header
                .iter()
                .map(|c| c.text.as_str())
                .collect::<Vec<_>>(),
            ["Month", "Blocks sold"]
        );
        assert_eq!(table.rows.len(), 4);
        assert_eq!(table.rows[3][1].value, Some(20_000.0));
        // Without a header, or with two rows only, lines of a label and a figure are no table.
        assert!(
            loose_tables(
                "May                4,500\nJune               7,500\nJuly               8,000\n"
            )
            .is_empty()
        );
        assert!(
            loose_tables(
                "Month        Blocks sold\nMay                4,500\nJune               7,500\n"
            )
            .is_empty()
        );
    }

    #[test]
    fn a_scaled_figure_takes_the_currency_of_the_sum_before_it() {
        let units = |text: &str| -> Vec<&'static str> {
            extract(text).quantities.iter().map(|q| q.unit).collect()
        };
        assert_eq!(
            units("Exports rose to USD 884 million from 1,012 million in 2023."),
            ["USD", "USD"]
        );
        assert_eq!(
            units(
                "The surplus was USD 185 million, with exports of 936 million and imports of 741 million."
            ),
            ["USD", "USD", "USD"]
        );
        // A figure with its own noun, another scale, or past a full stop keeps its unit.
        assert_eq!(
            units("Aid of USD 884 million reached 1.2 million people."),
            ["USD", "count"]
        );
        assert_eq!(
            units("Exports were USD 884 million, against 12 thousand in 2023."),
            ["USD", "count"]
        );
        assert_eq!(
            units("Exports were USD 884 million. In 2023, 1,012 million."),
            ["USD", "count"]
        );
        assert_eq!(
            units(
                "The surplus was USD 520 million, while exports to Central Asia were 310 million."
            ),
            ["USD", "count"]
        );
    }

    #[test]
    fn a_register_written_on_one_line_is_a_table_of_one_column() {
        let text = "Intro.\n\nBales pressed by week ending: 4 Mar 1,200; 11 Mar 1,450; 18 Mar 1,310\n\nThe week ending 11 March was busiest, with 1,450 bales.";
        let tables = inline_registers(text);
        assert_eq!(tables.len(), 1);
        let table = &tables[0];
        assert_eq!(table.header[1].text, "Bales pressed by week ending");
        let labels: Vec<&str> = table.rows.iter().map(|r| r[0].text.as_str()).collect();
        assert_eq!(labels, ["4 Mar", "11 Mar", "18 Mar"]);
        assert_eq!(table.rows[1][1].value, Some(1450.0));
        assert_eq!(
            &text[table.row_spans[2].0..table.row_spans[2].1],
            "18 Mar 1,310"
        );
        // Each item is a sentence of its own, and its figures are the table's.
        let extraction = extract(text);
        let item = extraction
            .sentences
            .iter()
            .find(|(start, end)| &text[*start..*end] == "11 Mar 1,450");
        assert!(item.is_some(), "{:?}", extraction.sentences);
        let in_table: Vec<f64> = extraction
            .quantities
            .iter()
            .filter(|q| q.in_table && q.value > 100.0)
            .map(|q| q.value)
            .collect();
        assert_eq!(in_table, [1200.0, 1450.0, 1310.0]);
        // Dots separate items without a caption, and so do semicolons between four items or more.
        let dotted = inline_registers("Jan–Mar 380 · Apr–Jun 420 · Jul–Sep 510\n");
        assert_eq!(dotted.len(), 1);
        assert_eq!(dotted[0].header[1].text, "column 1");
        let days = inline_registers("Mon 1 Dec 250; Tue 240; Wed 255; week 745.\n");
        assert_eq!(days.len(), 1);
        assert_eq!(days[0].rows[0][0].text, "Mon 1 Dec");
        assert_eq!(days[0].rows[3][1].value, Some(745.0));
        assert!(inline_registers("Mon 1 Dec 250; Tue 240; week 490.\n").is_empty());
        let years =
            inline_registers("Meat cooked, kilograms: 2023 18,600 / 2024 20,400 / 2025 17,520.\n");
        assert_eq!(years[0].rows[2][0].text, "2025");
        assert_eq!(years[0].rows[2][1].value, Some(17_520.0));
        let card = inline_registers(
            "Card: Shows in 2025: 121 · in villages 58 · at return points near Torkham 22\n",
        );
        let labels: Vec<&str> = card[0].rows.iter().map(|r| r[0].text.as_str()).collect();
        assert_eq!(
            labels,
            [
                "Shows in 2025",
                "in villages",
                "at return points near Torkham"
            ]
        );
        // Clauses of prose set apart by semicolons are no register, nor is a list of two items or a
        // run of years.
        for prose in [
            "Trade: exports fell to 1,200; imports rose to 900; the balance stood at 300.\n",
            "Stock: Red 120; Blue 80\n",
            "Years: census 1998 · survey 2017 · census 2023\n",
            "The crossings opened on 2 Nov; trade resumed on 9 Nov; it stopped on 16 Nov.\n",
            "Exports dropped 1,200; imports climbed 900; duty slipped 300; trucks jumped 450.\n",
        ] {
            assert!(inline_registers(prose).is_empty(), "{prose}");
        }
    }

    #[test]
    fn years_name_rows_of_numbers_and_prose_with_numbers_is_no_table() {
        let text = "Year Exports Imports Total\n2021 1,200 500 1,700\n2022 1,100 600 1,800\n";
        let table = &loose_tables(text)[0];
        assert_eq!(table.header.len(), 4);
        assert_eq!(table.rows[1][0].text, "2022");
        assert_eq!(table.rows[1][3].value, Some(1800.0));
        let prose = "In 2021 exports fell from 1,200 to 1,100 while imports rose.\nBy 2022 imports rose to 600 and exports stayed near 1,100.\n";
        assert!(loose_tables(prose).is_empty());
        // One line of numbers is no table.
        assert!(loose_tables("Torkham 512 201\n").is_empty());
    }

    #[test]
    fn tables_and_citations() {
        let text = "Intro.\n\n| Crossing | Exports |\n|---|---|\n| Torkham | 512 |\n| **Total** | **825** |\n\nAfter (UNHCR, 2023).";
        let extraction = extract(text);
        let table = &extraction.tables[0];
        assert_eq!(table.header[1].text, "Exports");
        assert_eq!(table.rows[1][0].text, "Total");
        assert_eq!(table.rows[1][1].value, Some(825.0));
        assert_eq!(&text[table.rows[0][1].start..table.rows[0][1].end], "512");
        assert_eq!(extraction.citations[0].2, "UNHCR, 2023");
        assert!(extraction.quantities.iter().all(|q| q.in_table));
        let prose = extract(
            "UNHCR data for 2019 show 1.4 million; according to UNHCR's 2020 figures, 1,438,432.",
        );
        let sources: Vec<&str> = prose.citations.iter().map(|c| c.2.as_str()).collect();
        assert_eq!(sources, ["UNHCR, 2019", "UNHCR, 2020"]);
    }

    #[test]
    fn sentence_split() {
        let text = "One is Rs. 5 here. Two\nfollows.\n\nThree\n# Head\n| a | 1 |\n1. Item one\n2. Item two";
        let spans: Vec<&str> = sentences(text).iter().map(|&(s, e)| &text[s..e]).collect();
        assert_eq!(
            spans,
            [
                "One is Rs. 5 here.",
                "Two\nfollows.",
                "Three",
                "# Head",
                "| a | 1 |",
                "1. Item one",
                "2. Item two"
            ]
        );
    }

    #[test]
    fn ranges_and_relative_changes() {
        let text = "Estimates lie between 1.2 million and 1.5 million.";
        let range = &extract(text).ranges[0];
        assert_eq!(
            &text[range.start..range.end],
            "between 1.2 million and 1.5 million"
        );

        let check_ratio = |text: &str, words: &str, ratio: f64| {
            let extraction = extract(text);
            let change = &extraction.relative_changes[0];
            assert_eq!(&text[change.start..change.end], words, "{text}");
            assert!(
                (change.ratio - ratio).abs() < 1e-9,
                "{text}: {}",
                change.ratio
            );
        };
        check_ratio(
            "Exports fell by a third in 2023.",
            "fell by a third",
            2.0 / 3.0,
        );
        check_ratio("Imports rose by 24 percent.", "rose by 24 percent", 1.24);
        check_ratio("The number of returns doubled.", "doubled", 2.0);
        assert!(
            extract("Double-door cupboards went up in 2025, from 150 to 195.")
                .relative_changes
                .is_empty()
        );
        check_ratio("Trade halved after the closure.", "halved", 0.5);
        assert!(
            extract("It was a third of the total.")
                .relative_changes
                .is_empty()
        );
    }

    #[test]
    fn periods_of_claims() {
        let check_period = |text: &str, expect: Option<Period>| {
            let extraction = extract(text);
            let claims = extraction.claims(text);
            assert_eq!(claims[0].about.period, expect, "{text}");
        };
        check_period(
            "Exports were USD 825 million in FY2022-23.",
            Some(Period::FiscalYear(2022)),
        );
        check_period(
            "In fiscal year 2022-23 exports were USD 825 million.",
            Some(Period::FiscalYear(2022)),
        );
        check_period(
            "Exports were USD 936 million in 2022.",
            Some(Period::Year(2022)),
        );
        check_period("Exports were USD 936 million in 2022 and 2023.", None);
        let text = "There were 1,743,278 refugees (UNHCR, 2022).";
        assert_eq!(
            extract(text).claims(text)[0].about.cited_source.as_deref(),
            Some("UNHCR, 2022")
        );
    }

    #[test]
    fn subjects_of_claims() {
        let check_subject = |text: &str, expect: Option<&str>| {
            let claims = extract(text).claims(text);
            assert_eq!(claims[0].about.subject.as_deref(), expect, "{text}");
        };
        check_subject(
            "Pakistan's exports to Afghanistan were USD 936 million.",
            Some("PAK→AFG"),
        );
        check_subject(
            "Pakistan's imports from Afghanistan were USD 741 million.",
            Some("AFG→PAK"),
        );
        check_subject("Afghan refugees numbered 1,743,278.", Some("AFG"));
        check_subject("Exports were USD 936 million.", None);
    }

    #[test]
    fn year_ranges() {
        let extraction = extract("Across the years from 2023 to 2021, it grew.");
        assert_eq!(
            (extraction.year_ranges[0].from, extraction.year_ranges[0].to),
            (2023, 2021)
        );
    }

    #[test]
    fn south_asian_scales_and_groupings() {
        check("12 lakh registered refugees", "1200000 count");
        check("Rs 3,410 crore in duty", "34100000000 PKR");
        check("a register of 15,59,964 people", "1559964 count");
        check("rice made up 31 pc of the total", "31 percent");
        // Western grouping is unchanged.
        check("1,743,278 registered refugees", "1743278 count");
    }

    #[test]
    fn calendar_years_and_periods_that_run_backwards() {
        let extraction = extract("Exports slid in CY2022.");
        assert_eq!(
            extraction.years.iter().map(|y| y.2).collect::<Vec<_>>(),
            [2022]
        );
        for (text, backwards) in [
            ("Between December 2024 and July 2024 returns fell.", true),
            ("Between January 2024 and July 2024 returns fell.", false),
            ("In FY 2024-23 the duty fell.", true),
            (
                "The fee holds in each of the three years from 1404 to 1402.",
                true,
            ),
            (
                "CHAMAN GATE CLOSED TO GOODS FROM 29 NOVEMBER 2025 TO 3 NOVEMBER 2025",
                true,
            ),
            (
                "CHAMAN GATE CLOSED TO GOODS FROM 3 NOVEMBER 2025 TO 29 NOVEMBER 2025",
                false,
            ),
            (
                "The fee holds in each of the three years from 1402 to 1404.",
                false,
            ),
            ("Fees rose from 1402 to 1404 afghanis.", false),
            ("In FY 2023-24 the duty fell.", false),
            ("Over CY2024–CY2021 the fence was built.", true),
            ("Over FY2023/24–FY2022/23 it shrank.", true),
            ("Hours change from 2H 2025 to 1H 2025.", true),
            (
                "They stood in our shed from 26 October to 10 October.",
                true,
            ),
            (
                "They stood in our shed from 10 October to 26 October.",
                false,
            ),
            (
                "They stood in our shed from 26 December to 10 January.",
                false,
            ),
            (
                "They stood in our shed between 26 December 2025 and 10 January.",
                false,
            ),
            (
                "They stood in our shed from 26 October to 10 October 2025.",
                true,
            ),
            ("Hours change from 1H 2025 to 2H 2025.", false),
            (
                "Sales fell from October–December 2025 to January–March 2025.",
                true,
            ),
            (
                "Sales fell from October–December 2024 to January–March 2025.",
                false,
            ),
        ] {
            let extraction = extract(text);
            assert_eq!(
                extraction.year_ranges.iter().any(|r| r.runs_backwards()),
                backwards,
                "{text}"
            );
        }
    }

    #[test]
    fn a_capitalised_release_cites_and_list_items_are_sentences() {
        // "Figures released by UNHCR for end-2021" at a sentence's start cites UNHCR for 2021.
        let text = "Figures released by UNHCR for end-2021 counted 1.9 million registered Afghan refugees.";
        let extraction = extract(text);
        assert_eq!(
            extraction
                .citations
                .iter()
                .map(|(_, _, c)| c.as_str())
                .collect::<Vec<_>>(),
            ["UNHCR, 2021"]
        );
        // Items opened by "2)", "•" or "+" start sentences of their own.
        let text = "Border desk\n\n1) Torkham reopens; trucks cleared by evening\n2) Pakistan and Iran agree longer hours\n• Gold steady\n+ Rain";
        let extraction = extract(text);
        let sentences: Vec<&str> = extraction
            .sentences
            .iter()
            .map(|&(a, b)| &text[a..b])
            .collect();
        assert_eq!(
            sentences,
            [
                "Border desk",
                "1) Torkham reopens; trucks cleared by evening",
                "2) Pakistan and Iran agree longer hours",
                "• Gold steady",
                "+ Rain"
            ]
        );
    }

    #[test]
    fn numbered_items_open_with_their_numbers() {
        let text =
            "1. UNHCR counted 1,914,084 refugees.\n2) The register fell.\n3. 500 tonnes left.\n";
        let extraction = extract(text);
        let numbers: Vec<bool> = extraction
            .quantities
            .iter()
            .map(|q| is_item_number(text, q))
            .collect();
        let written: Vec<&str> = extraction
            .quantities
            .iter()
            .map(|q| &text[q.start..q.end])
            .collect();
        assert_eq!(written, ["1", "1,914,084", "2", "3", "500"]);
        assert_eq!(numbers, [true, false, true, false, false]);
    }

    #[test]
    fn citations_in_brackets_prose_and_footnotes() {
        let sources = |text: &str| -> Vec<String> {
            extract(text).citations.into_iter().map(|c| c.2).collect()
        };
        assert_eq!(sources("1,490,562 people [UNHCR, 2022]."), ["UNHCR, 2022"]);
        assert_eq!(sources("1.77 million (UNHCR 2023)."), ["UNHCR, 2023"]);
        // A month and a year in parentheses is a date, not a source.
        assert!(sources("the closure (June 2023) hurt").is_empty());
        assert_eq!(
            sources("12 lakh in 2019, as reported by the UN refugee agency."),
            ["UNHCR"]
        );
        assert_eq!(
            sources("UNHCR data for end-2020 show 1.25 million."),
            ["UNHCR, 2020"]
        );
        assert_eq!(
            sources(
                "1,743,278 at the end of 2023[^1].\n\n[^1]: UNHCR, refugees, end-2023 figures.\n"
            ),
            ["UNHCR, 2023"]
        );
        // A source with its year-end release in parentheses.
        assert_eq!(
            sources("1.8 million at the end of 2020, UNHCR (YE2020), and more."),
            ["UNHCR, 2020"]
        );
        assert_eq!(sources("UNHCR (end-2021) counts"), ["UNHCR, 2021"]);
        assert_eq!(
            sources(
                "About 14 lakh were registered.\n\nSource of the refugee figure: UNHCR, Pakistan, 31 December 2019."
            ),
            ["UNHCR, 2019"]
        );
        assert_eq!(
            sources(
                "About 13 lakh were registered.\n\n*Source for the refugee figure: UNHCR, Pakistan, 2024.*"
            ),
            ["UNHCR, 2024"]
        );
    }

    #[test]
    fn spoken_decimals_attached_scales_dates_and_solar_years() {
        let values = |text: &str| -> Vec<(f64, &'static str)> {
            extract(text)
                .quantities
                .iter()
                .map(|q| (q.value, q.unit))
                .collect()
        };
        assert_eq!(
            values("It stood at one point four million."),
            [(1.4e6, "count")]
        );
        assert_eq!(
            values("It was 1.3m (Source: UNHCR, 31 Dec 2021)."),
            [(1.3e6, "count")]
        );
        // A length keeps its unit: "2,600 m of fence" is no count of millions.
        assert_eq!(values("They built 2,600 m of fence."), [(2600.0, "count")]);
        assert_eq!(
            values("Exports fell from Af 66.0 billion in 1401 to 49.3 billion afghanis in 1402."),
            [(66e9, "AFN"), (49.3e9, "AFN")]
        );
        // "Afs", the afghani's common plural, is a currency too.
        assert_eq!(
            values("Rent is Afs 26,000 a month and Afs. 4,800 on booking."),
            [(26000.0, "AFN"), (4800.0, "AFN")]
        );
        assert_eq!(values("Transit slid to PKR 1.1tr."), [(1.1e12, "PKR")]);
        let solar = extract("Over 1402–1401 SH, imports fell; in 1400 households were surveyed.");
        assert_eq!(
            solar.years.iter().map(|y| y.2).collect::<Vec<_>>(),
            [1402, 1401]
        );
        assert_eq!(solar.quantities.len(), 1, "1400 households is a count");
        assert!(solar.year_ranges[0].runs_backwards());
        // A dated span is no count; a duration is.
        assert!(values("In the first nine months of 2024 trade fell.").is_empty());
        assert_eq!(
            values("Over the past 20 years trade grew."),
            [(20.0, "count")]
        );
    }

    #[test]
    fn currencies_written_joined_to_their_numbers() {
        check(
            "Revenue fell to Rs3.6bn from Rs6.2bn; PKR8.7bn and USD1.2m; code A4 and x9.",
            "3600000000 PKR; 6200000000 PKR; 8700000000 PKR; 1200000 USD",
        );
    }

    #[test]
    fn tildes_and_abbreviated_hedges() {
        check(
            "~1.3 mn refugees and approx. 600,000 returnees",
            "1300000 count About; 600000 count About",
        );
    }

    #[test]
    fn fiscal_years_by_both_years_or_by_the_one_they_end_in() {
        let starts = |text: &str| -> Vec<i32> {
            extract(text)
                .fiscal_years
                .iter()
                .map(|(_, _, y)| *y)
                .collect()
        };
        assert_eq!(starts("Exports fell in FY2022-23."), [2022]);
        assert_eq!(starts("Exports fell in FY24/25."), [2024]);
        assert_eq!(starts("Exports fell in FY2025."), [2024]);
        assert_eq!(starts("Exports fell in FY25 and FY 2026."), [2024, 2025]);
        assert!(starts("The FYI note of 2025.").is_empty());
    }

    #[test]
    fn a_change_written_end_first_with_the_earlier_period_in_parentheses() {
        let extraction = extract(
            "Exports edged up to USD 956 million in FY 2023-24 (FY 2022-23: USD 991 million).",
        );
        let change = &extraction.changes[0];
        assert_eq!(extraction.quantities[change.from].value, 991e6);
        assert_eq!(extraction.quantities[change.to].value, 956e6);
        let extraction = extract(
            "Returns surged to 278,000 in the second half of 2024 from 398,000 in the first.",
        );
        let change = &extraction.changes[0];
        assert_eq!(extraction.quantities[change.from].value, 398e3);
    }

    #[test]
    fn idioms_and_adjectives_of_rise_and_fall() {
        let verb = |text: &str| extract(text).changes.first().and_then(|c| c.verb);
        for (text, said) in [
            (
                "Kinnow sales hit the skids in 2025, going from 410 tonnes to 380 tonnes.",
                Direction::Down,
            ),
            (
                "The surplus was in the doldrums in 2024, at USD 300 million against USD 250 million in 2023.",
                Direction::Down,
            ),
            (
                "Bookings went into reverse, from 1,200 to 1,450.",
                Direction::Down,
            ),
            (
                "The roll vaulted to 52 children in 2025 from 78 the year before.",
                Direction::Up,
            ),
            (
                "Bookings dimmed in 2024, to 187 weddings from 152 in 2023.",
                Direction::Down,
            ),
            (
                "Sales abated from 24,200 saplings in 2024 to 25,300 in 2025.",
                Direction::Down,
            ),
            (
                "Our bales ascended from 27,900 in 2024 to 16,300 in 2025.",
                Direction::Up,
            ),
            (
                "In 2025 the felt we cut drifted up to 2,860 metres, against 4,230 metres in 2024.",
                Direction::Up,
            ),
            // A sum of money leaves its currency to the figure after it.
            (
                "Exports went up a notch in 2024, to USD 884 million from 1,012 million in 2023.",
                Direction::Up,
            ),
            // Each year's figure in a clause of "when" of its own.
            (
                "Between 2023, when you took 12,400 boards, and 2024, when you took 11,200, our orders snowballed.",
                Direction::Up,
            ),
            (
                "Afghan sales petered out in 2025, when wholesalers took 445 thousand packets; in 2024 they had taken 398 thousand.",
                Direction::Down,
            ),
            // A colon's clause spells out the one before; "fizzled out"; a vintage year; a
            // figurative verb of the year a clause of "when" is about.
            (
                "In 2025 your orders cratered: you took 6,000 samovars from us, against 5,000 the year before.",
                Direction::Down,
            ),
            (
                "Between 2024 and 2025 club orders fizzled out, going from 260 tonnes to 304.",
                Direction::Down,
            ),
            (
                "The twelve months to December 2024 were a vintage year: the roll went from 38 judoka to 35.",
                Direction::Up,
            ),
            (
                "Shipments burgeoned in 2024, when they reached 9,600 tonnes, after 10,300 tonnes in 2023.",
                Direction::Up,
            ),
            // A sentence that opens with its start: the verb stands between the figures.
            (
                "From 6,300 tonnes in 2023, purchases of sesame roared back to 5,600 tonnes in 2024.",
                Direction::Up,
            ),
            (
                "From 2,400 in 2024, your orders for ladders hit rock bottom in 2025 at 2,880.",
                Direction::Down,
            ),
            // "went great guns", "a purple patch", "melted away", "off the boil".
            (
                "Your orders went great guns in 2025, when you took 1,200 of our cutters, after 1,500 in 2024.",
                Direction::Up,
            ),
            (
                "Tank building hit a purple patch in 2025, when you finished 120 tanks, after 150 in 2024.",
                Direction::Up,
            ),
            (
                "Our orders came off the boil in 2025: 2,300, against 2,000 the year before.",
                Direction::Down,
            ),
            // "thinned to a trickle", "went up like a rocket".
            (
                "Our orders turned into a trickle, from 205 tonnes to 255 tonnes.",
                Direction::Down,
            ),
            (
                "The price of indigo was like a rocket this year, from Rs 3,200 a kilo to Rs 2,900.",
                Direction::Up,
            ),
            // "wasted away", "spiralled upward".
            (
                "Our sales at home wasted away as well, from 33,000 kg in 2024 to 36,000 kg in 2025.",
                Direction::Down,
            ),
            (
                "Exports spiralled upward in 2020, from USD 1,290 million in 2019 to USD 942 million in 2020.",
                Direction::Up,
            ),
            // "a red-letter year", "forged ahead", "catapulted".
            (
                "Purchases made 2024 a red-letter year: 9,200 tonnes, after 9,900 tonnes in 2023.",
                Direction::Up,
            ),
            (
                "Building forged ahead in 2025 with 540 stoves, after 610 in 2024.",
                Direction::Up,
            ),
            (
                "Applications catapulted in 2025 to 130, from 160 the year before.",
                Direction::Up,
            ),
            // A noun of fortune after a copula, and a word of a spin.
            (
                "2025 was a bonanza for our trade: 1,450 tonnes came in, after 1,640 tonnes in 2024.",
                Direction::Up,
            ),
            (
                "Between 2024 and 2025 demand went into a tailspin, from 2,450 pumps to 2,800.",
                Direction::Down,
            ),
            (
                "2024 was a stellar year for the club: it ended the year with 41 members, against 46 a year earlier.",
                Direction::Up,
            ),
            // A clause of "when" naming the figure of the year before it.
            (
                "Afghan demand went off a cliff in 2025, when members sent 960 tonnes, after 880 tonnes in 2024.",
                Direction::Down,
            ),
            // A figurative word with nothing but a link after it, and a year's adjective.
            (
                "Your orders wilted, going from 3,400 zippers to 3,900 zippers.",
                Direction::Down,
            ),
            (
                "2024 was an anaemic year for sales, with 410 tonnes against 380 tonnes in 2023.",
                Direction::Down,
            ),
            (
                "The clinic has gone from strength to strength, with 70 staff in 2025 against 88 in 2024.",
                Direction::Up,
            ),
            (
                "Our carpet business zoomed in 2025, reaching 2,100 rolls against 2,600 in 2024.",
                Direction::Up,
            ),
            (
                "The faltering Afghan trade in dates, which went from 300 tonnes to 340 tonnes, worried members.",
                Direction::Down,
            ),
            (
                "Orders lost momentum, moving from 80 to 95.",
                Direction::Down,
            ),
            (
                "Arrivals picked up steam, from 40 to 31 trucks a day.",
                Direction::Up,
            ),
            (
                "Exports edged higher to USD 700 million in 2025, from USD 740 million in 2024.",
                Direction::Up,
            ),
            (
                "Receipts firmed to Rs 12.1 billion in FY25 (FY24: Rs 13.0 billion).",
                Direction::Up,
            ),
            // Idioms of the lexicon, and a start given with its year before a clause of its own.
            (
                "Bookings came on in leaps and bounds in 2025: 48 firms booked, against 64 in 2024.",
                Direction::Up,
            ),
            (
                "Takings, Rs 9.1 million in 2023, went through the floor in 2024 at Rs 9.8 million.",
                Direction::Down,
            ),
            (
                "After 2,400 stoves in 2024, our stoves flew off the shelves in 2025, when 1,900 were sold.",
                Direction::Up,
            ),
            (
                "Enrolment took a tumble in 2025, to 36 at the end of the year from 30 at the end of 2024.",
                Direction::Down,
            ),
            // The end's year after the end, or before the clause.
            (
                "After 18 in 2024, new cases bulged to 15 in 2025.",
                Direction::Up,
            ),
            // "to X … from Y" says which is which; "between 2024 and 2025" is no second clause.
            (
                "In the last quarter sales soared, to 80,000 eggs from 110,000 in the third quarter.",
                Direction::Up,
            ),
            (
                "Sales of books trickled away between 2024 and 2025, from 1,980 copies to 2,520.",
                Direction::Down,
            ),
            (
                "Buyers abroad took 50 lutes in 2024, and in 2025 their orders drained away to 70.",
                Direction::Down,
            ),
            (
                "The price of a kit shot upward in 2025, to Rs 18,000 from Rs 21,000 in 2024.",
                Direction::Up,
            ),
            (
                "Visits trickled off from March 2025 to April 2025, from 30 to 41.",
                Direction::Down,
            ),
            (
                "The loom scheme ran out of road in 2025: we trained 60 weavers, against 45 in 2024.",
                Direction::Down,
            ),
            (
                "Orders for rugs found a second wind in 2025, at 70 against 90 in 2024.",
                Direction::Up,
            ),
            (
                "Crowds thickened in 2025: 400 came, against 520 in 2024.",
                Direction::Up,
            ),
            // The end's period, with its month or half, before "against".
            (
                "Crowds thickened this year: some 400 people came to our fairs in 2025, against 520 in 2024.",
                Direction::Up,
            ),
            (
                "Buying slimmed down: members took 1,100 hides in June 2025, against 900 in June 2024.",
                Direction::Down,
            ),
            (
                "Mood brightened, with 18 percent expecting better trade in the fourth quarter against 35 percent in the third.",
                Direction::Up,
            ),
            (
                "Bookings fattened in 2025, to 600 from 1,600 in 2024.",
                Direction::Up,
            ),
            (
                "Returns slowed in the second quarter: 179,000 people crossed back, after 141,000 in the first.",
                Direction::Down,
            ),
            (
                "After 84 trainees in 2024, the centre scaled new heights in 2025 with an intake of 72.",
                Direction::Up,
            ),
            (
                "Support marched up to 41 percent in Q4 2025, from 55 percent in Q3 2025.",
                Direction::Up,
            ),
            (
                "Our output headed up to 560 episodes in 2025 from 680 in 2024.",
                Direction::Up,
            ),
            (
                "Sign-ups trailed off in 2025, from 12,500 at the end of 2024 to 19,000 at the end of 2025.",
                Direction::Down,
            ),
            (
                "Your orders caved in last year, when you took 4,000 of our wheelbarrows against 3,200 in 2024.",
                Direction::Down,
            ),
            (
                "Imports buckled in 2022, going from USD 552 million in 2021 to USD 741 million.",
                Direction::Down,
            ),
            (
                "Exports backslid in 2022, to US$ 936 million from US$ 828 million a year earlier.",
                Direction::Down,
            ),
        ] {
            assert_eq!(verb(text), Some(said), "{text}");
        }
        for (text, said) in [
            (
                "Afghan orders were sluggish in 2025, at 300 crates against 260 in 2024.",
                Direction::Down,
            ),
            (
                "Kettle sales went downhill in 2025, with 900 sold against 800 in 2024.",
                Direction::Down,
            ),
            (
                "Our trade has been on a roll, from 75 thousand pieces in 2023 to 70 thousand in 2024.",
                Direction::Up,
            ),
            (
                "Orders crumbled from 40 lakh boxes to 44 lakh.",
                Direction::Down,
            ),
            (
                "2025 brought an upswing in Afghan sales, to 120 thousand mats from 135 thousand in 2024.",
                Direction::Up,
            ),
        ] {
            assert_eq!(verb(text), Some(said), "{text}");
        }
        // An adjective of another sense away from a copula says nothing.
        assert_eq!(
            verb("A sluggish customs queue held 300 trucks, against 260 the day before."),
            None
        );
        // "edged up to" is a verb and its direction, not the hedge "up to".
        let extraction =
            extract("Imports edged up to USD 610 million in 2025 from USD 640 million in 2024.");
        assert_eq!(
            &"Imports edged up to USD 610 million in 2025 from USD 640 million in 2024."
                [extraction.quantities[0].start..extraction.quantities[0].end],
            "USD 610 million"
        );
        assert_eq!(extraction.quantities[0].hedge, Hedge::None);
        assert_eq!(extraction.changes[0].verb, Some(Direction::Up));
        // The hedge stays where no verb of motion comes before it.
        let extraction = extract("The fund pays up to USD 5,000 a family.");
        assert_eq!(extraction.quantities[0].hedge, Hedge::Nearly);
        // Adjectives and idioms with another sense say nothing away from a measure or a change.
        assert!(
            extract("A thriving town of 40,000 people hosts 12,000 refugees.")
                .changes
                .is_empty()
        );
        assert_eq!(
            verb("The talks hit the skids; trade went from 300 to 340 tonnes."),
            None
        );
    }

    #[test]
    fn fractions_of_a_scale_in_words_and_lettered_notes_cited_in_words() {
        let extraction =
            extract("About one and a quarter million Afghans and two and a half million goats.");
        let read: Vec<(f64, f64)> = extraction
            .quantities
            .iter()
            .map(|q| (q.value, q.precision))
            .collect();
        assert_eq!(read, [(1_250_000.0, 250_000.0), (2_500_000.0, 500_000.0)]);
        // Without a scale, "one and a half" is no count.
        assert!(
            extract("It took one and a half days.")
                .quantities
                .iter()
                .all(|q| q.unit != "count")
        );
        let text = "Pakistan counted 1.4 million registered Afghan refugees (note a).\n\na/ UNHCR, registered Afghan refugees in Pakistan, 31 December 2021.\n";
        let extraction = extract(text);
        assert!(
            extraction
                .citations
                .iter()
                .any(|(start, _, cited)| &text[*start..*start + 8] == "(note a)"
                    && cited.ends_with("2021")),
            "{:?}",
            extraction.citations
        );
    }

    #[test]
    fn parts_of_a_year_in_prose_and_labels() {
        let part = |months, first_month, year| {
            Some(PartOfYear {
                months,
                first_month,
                year,
            })
        };
        let named = |text: &str| -> Vec<(String, Option<PartOfYear>)> {
            parts_of_year(text)
                .into_iter()
                .map(|(start, end, part)| (text[start..end].to_string(), part))
                .collect()
        };
        assert_eq!(
            named("In the second quarter of 2025, and in Q4, as in August and Jul–Sep 2024."),
            [
                ("second quarter of 2025".to_string(), part(3, 4, Some(2025))),
                ("Q4".to_string(), part(3, 10, None)),
                ("August".to_string(), part(1, 8, None)),
                ("Jul–Sep 2024".to_string(), part(3, 7, Some(2024))),
            ]
        );
        // A span that is no quarter or half is a period of its own; a fiscal quarter is none of a
        // calendar year's; "may" and "march" as words are no months.
        assert_eq!(
            named("From Jan to Sep, and in Q2 FY25, prices may march on."),
            [("Jan to Sep".to_string(), None), ("Q2".to_string(), None)]
        );
        assert_eq!(
            named("the first half of 2024"),
            [("first half of 2024".to_string(), part(6, 1, Some(2024)))]
        );
        for (label, expected) in [
            ("Q2 2025", part(3, 4, Some(2025))),
            ("2025 Q3", part(3, 7, Some(2025))),
            ("Aug 2025", part(1, 8, Some(2025))),
            ("Jan-Jun 2024", part(6, 1, Some(2024))),
            ("H2", part(6, 7, None)),
            ("May", part(1, 5, None)),
            ("Total", None),
            ("Q2 2025 (revised)", None),
            ("Sub-total H1 2025", None),
        ] {
            assert_eq!(part_of_year_label(label), expected, "{label}");
        }
        assert!(
            part(3, 4, Some(2025))
                .unwrap()
                .may_be(&part(3, 4, None).unwrap())
        );
        assert!(
            !part(3, 4, Some(2025))
                .unwrap()
                .may_be(&part(3, 4, Some(2024)).unwrap())
        );
        assert!(!part(3, 4, None).unwrap().may_be(&part(1, 4, None).unwrap()));
    }

    #[test]
    fn a_figure_after_a_month_and_a_year_in_a_flattened_label() {
        let values =
            |text: &str| -> Vec<f64> { extract(text).quantities.iter().map(|q| q.value).collect() };
        // A day or a year after a month is a date; a figure that can be neither is a count.
        assert_eq!(values("In August 1,380 boxes left."), [1380.0]);
        assert_eq!(values("In March 1500 families returned."), [1500.0]);
        assert_eq!(values("On August 14 the gate shut."), Vec::<f64>::new());
        let table = "Month      North   South\nJul 2025     110      70\nAug 2025     120      80\nTotal 2025   230     150\n";
        let tables = loose_tables(table);
        let labels: Vec<&str> = tables[0].rows.iter().map(|r| r[0].text.as_str()).collect();
        assert_eq!(labels, ["Jul 2025", "Aug 2025", "Total 2025"]);
        assert_eq!(tables[0].rows[2][1].value, Some(230.0));
        // Figures printed without separators after a month are no years of its label.
        let prices = "Month    Peshawar   Quetta   Lahore\nJan        1980      2050     1890\nFeb        2010      2090     1920\n";
        let tables = loose_tables(prices);
        assert_eq!(tables[0].rows[0][0].text, "Jan");
        assert_eq!(tables[0].rows[0][1].value, Some(1980.0));
        // A fiscal year's quarter, however written, is none of a calendar year's; so is a name.
        for text in [
            "the first quarter of 2024-25",
            "in Q1-FY25",
            "FY25 Q1",
            "the first half of fiscal year 2025",
        ] {
            assert!(
                parts_of_year(text)
                    .iter()
                    .all(|(_, _, part)| part.is_none()),
                "{text}"
            );
        }
        assert!(parts_of_year("Haji Gul Jan says").is_empty());
        assert_eq!(
            parts_of_year("between April and June")[0].2,
            Some(PartOfYear {
                months: 3,
                first_month: 4,
                year: None
            })
        );
        // The year's last parts, and its first or last three or six months.
        // "the last quarter" alone may be the latest before the writing: no part of the year.
        assert_eq!(parts_of_year("in the last quarter")[0].2, None);
        for (text, months, first_month, year) in [
            ("in the last three months of 2025", 3, 10, Some(2025)),
            ("in the first six months", 6, 1, None),
            ("in the final quarter", 3, 10, None),
            ("in the last half of 2024", 6, 7, Some(2024)),
        ] {
            assert_eq!(
                parts_of_year(text)[0].2,
                Some(PartOfYear {
                    months,
                    first_month,
                    year
                }),
                "{text}"
            );
        }
    }

    #[test]
    fn over_a_year_that_ends_its_clause_is_the_year() {
        let extraction = extract("Sales sagged over 2025, closing at 410 against 520 in 2024.");
        assert_eq!(
            extraction.years.iter().map(|y| y.2).collect::<Vec<_>>(),
            vec![2025, 2024]
        );
        assert_eq!(extraction.changes.len(), 1);
        // "over 2025 trucks" is a bound on a count.
        let extraction = extract("The yard held over 2025 trucks in May.");
        assert!(extraction.years.is_empty());
        assert_eq!(extraction.quantities[0].value, 2025.0);
    }

    #[test]
    fn short_months_quarters_and_school_years_run_backwards() {
        for (text, backwards) in [
            ("Rates hold from Oct-2026 to Feb-2026 for all.", true),
            ("Rates hold Aug-26 to Apr-26 for all.", true),
            ("Rates hold between Nov'26 and May'26 for all.", true),
            ("Rates hold from Q3FY2027 to Q1FY2027 for all.", true),
            ("Fees apply from 2027/2028 to 2026/2027.", true),
            ("Rates hold from Oct-2025 to Feb-2026 for all.", false),
            ("Rates hold from Q1FY2027 to Q3FY2027 for all.", false),
            ("Fees apply from 2026/2027 to 2027/2028.", false),
        ] {
            let ranges = period_ranges(text);
            assert_eq!(ranges.len(), 1, "{text}");
            assert_eq!(ranges[0].runs_backwards(), backwards, "{text}");
        }
        // A fiscal quarter against a calendar one is not ordered; two dates are no range.
        assert!(period_ranges("from Q3FY2027 to Q1CY2027").is_empty());
        assert!(period_ranges("The fairs of Aug-26 and Apr-26 were busy.").is_empty());
    }

    #[test]
    fn a_figure_a_percentage_more_than_another() {
        let extraction =
            extract("In 2025 we sold 300 rugs, 25 percent more than the 240 rugs of 2024.");
        let change = &extraction.changes[0];
        assert_eq!(
            (change.from, change.to, change.stated_percent),
            (2, 0, Some(1))
        );
        assert_eq!((change.from_year, change.to_year), (Some(2024), Some(2025)));
        assert_eq!(change.verb, Some(Direction::Up));
        // The size may be a fraction in words.
        let extraction =
            extract("In 2025 the clinic saw 1,350 patients, a fifth fewer than the 1,500 of 2024.");
        let change = &extraction.changes[0];
        assert_eq!(
            (change.from, change.to, change.stated_percent),
            (2, 0, Some(1))
        );
        assert_eq!(change.verb, Some(Direction::Down));
        // A share of a whole is no comparison.
        assert!(
            extract("We sold 300 rugs, a fifth of them to Kabul.")
                .changes
                .is_empty()
        );
        assert!(
            extract("We sold 300 rugs, 25 percent of them to Kabul.")
                .changes
                .is_empty()
        );
    }

    #[test]
    fn an_address_a_day_or_an_hour_starts_no_change() {
        for text in [
            "The shop moved from 14 Saddar Road to 3 Khyber Bazaar.",
            "Queues grew from 9 in the morning to 4 in the afternoon.",
            "Demand surged from 15 Ramadan to 1 Shawwal.",
            "The gate was open from 8 am to 6 pm.",
        ] {
            assert!(extract(text).changes.is_empty(), "{text}");
        }
        // Counts of a thing named with a capital are changes, and so are hours worked.
        for text in [
            "The market grew from 14 Afghan traders to 30 Afghan traders.",
            "Waiting times grew from 9 hours to 14 hours.",
        ] {
            assert_eq!(extract(text).changes.len(), 1, "{text}");
        }
        // A dash of three bytes just past the reach of the look after a figure.
        let text = format!("Sales went from 12 {}– to 14.", "x".repeat(45));
        assert_eq!(extract(&text).changes.len(), 1);
    }

    #[test]
    fn a_change_with_an_aside_between_its_ends() {
        let extraction =
            extract("Sales rose from 60 in 2023, when the shop opened, to 90 in 2025.");
        let change = &extraction.changes[0];
        assert_eq!((change.from, change.to), (0, 1));
        assert_eq!((change.from_year, change.to_year), (Some(2023), Some(2025)));
        assert_eq!(change.verb, Some(Direction::Up));
        // A clause with figures of its own, or one of another kind, is no aside.
        assert!(
            extract(
                "Sales rose from 60 in 2023, when the shop opened with 4 staff, to 90 in 2025."
            )
            .changes
            .iter()
            .all(|c| (c.from, c.to) != (0, 2))
        );
        assert!(
            extract("Sales were 60 in 2023, and the shop, to everyone's relief, grew.")
                .changes
                .is_empty()
        );
        // An aside of "for" what the start was.
        let extraction = extract(
            "The price of a tonne has lessened from Rs 38,000 last year, for Afghan coal, to Rs 47,500 this winter.",
        );
        let change = &extraction.changes[0];
        assert_eq!((change.from, change.to), (0, 1));
        assert_eq!(change.verb, Some(Direction::Down));
    }

    #[test]
    fn a_size_or_a_span_of_time_is_no_end_or_start() {
        assert!(
            extract("Sales fell by 30 sets in 2025, after two years of growth.")
                .changes
                .is_empty()
        );
        assert!(
            extract("We sold 30 sets in 2025, after 12 years of selling lamps.")
                .changes
                .is_empty()
        );
        assert_eq!(
            extract("We sold 30 sets in 2025, after 42 sets in 2024.")
                .changes
                .len(),
            1
        );
    }

    #[test]
    fn a_start_named_by_its_kind_and_a_size_before_an_end_first_change() {
        let change = &extract("Visits fell, from an average of 480 a week in 2024 to 390 in 2025.")
            .changes[0];
        assert_eq!((change.from, change.to), (0, 1));
        let extraction = extract("Orders fell by 12 percent to 440 in 2025 from 500 in 2024.");
        let change = &extraction.changes[0];
        assert_eq!(
            (change.from, change.to, change.stated_percent),
            (2, 1, Some(0))
        );
    }

    #[test]
    fn codes_are_no_figures_and_a_range_shares_its_scale() {
        let extraction = extract("- 07:42 SCAN 6917004123 carton IN, value 1,234,567,890 rupees.");
        let written: Vec<f64> = extraction.quantities.iter().map(|q| q.value).collect();
        assert_eq!(written, [1_234_567_890.0]);
        let read = |input: &str| -> Vec<(f64, &'static str)> {
            extract(input)
                .quantities
                .iter()
                .map(|q| (q.value, q.unit))
                .collect()
        };
        assert_eq!(
            read("Imports fell from 690 to 540 million dollars."),
            [(690e6, "USD"), (540e6, "USD")]
        );
        assert_eq!(
            read("Imports fell from USD 690 to 540 million."),
            [(690e6, "USD"), (540e6, "USD")]
        );
        // Ends of two sizes keep their own: 1,200 is no 1,200 million.
        assert_eq!(
            read("Sales rose from 1,200 to 1.5 million tonnes."),
            [(1200.0, "count"), (1.5e6, "count")]
        );
        // A number written out to its rest is exact.
        let words = extract("a hundred and fifteen thousand bags");
        assert_eq!(words.quantities[0].value, 115_000.0);
        assert_eq!(words.quantities[0].hedge, Hedge::None);
    }

    #[test]
    fn a_size_said_again_after_a_change() {
        let extraction = extract(
            "Exports fell 12.6 percent, from USD 1,012 million to 884 million. Imports fell 12.6 percent as well, from 690 to 540 million dollars.",
        );
        assert_eq!(extraction.changes.len(), 2);
        assert!(
            extraction
                .changes
                .iter()
                .all(|c| c.stated_percent.is_some())
        );
    }

    #[test]
    fn shares_in_words_out_of_a_hundred() {
        let extraction =
            extract("Sixty-four in the hundred went to Lahore and nine in the hundred to Kabul.");
        let shares: Vec<f64> = extraction
            .quantities
            .iter()
            .filter(|q| q.unit == "fraction")
            .map(|q| q.value)
            .collect();
        assert_eq!(shares, [64.0, 9.0]);
    }

    #[test]
    fn a_share_written_as_so_many_in_so_many() {
        let extraction =
            extract("Nearly three in every four buyers paid cash, and one in five paid by phone.");
        let shares: Vec<(f64, Hedge)> = extraction
            .quantities
            .iter()
            .map(|q| (q.value, q.hedge))
            .collect();
        assert_eq!(shares, vec![(75.0, Hedge::Nearly), (20.0, Hedge::None)]);
        assert!(
            extract("Five in five minutes is fast.")
                .quantities
                .iter()
                .all(|q| q.unit != "fraction")
        );
    }

    #[test]
    fn two_figures_each_with_its_year_joined_by_and() {
        let extraction = extract("The club had 18 clear nights in 2024 and 12 in 2025.");
        let change = &extraction.changes[0];
        assert_eq!((change.from, change.to), (0, 1));
        assert_eq!((change.from_year, change.to_year), (Some(2024), Some(2025)));
        // Two things in one year are no change.
        assert!(
            extract("The club had 18 members and 12 coaches in 2025.")
                .changes
                .is_empty()
        );
    }
}
