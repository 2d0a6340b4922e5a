//! The documents' readings by theme and lens: for each theme, how many coded passages take it, a few
//! quoted, and for each lens the passages that read the theme through it, one of them quoted.
//!
//! Readings come only from coded passages. A lens no passage of a theme takes is said to be absent, never
//! filled with a sentence of the report's own. Quotes are chosen by a fixed order (passages with more
//! lens codes first, then the newer, then by document and passage), so the same codes give the same
//! report.

use std::collections::BTreeSet;

use dyad_model::codebook::{CitedPassage, Code, CodeName, Lens, Theme};
use serde::Serialize;

/// How many passages of a theme the report quotes.
const QUOTES_PER_THEME: usize = 2;
/// The longest quote, in characters, before it is cut at a word with an ellipsis.
const QUOTE_CHARS: usize = 260;

/// Words quoted from a passage, with where they stand.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Quote {
    /// The words, cut to a short quote around the first words the code's rules matched.
    pub text: String,
    /// The document's title.
    pub title: String,
    /// The document's date, or empty.
    pub date: String,
    /// The document's address, or empty.
    pub url: String,
    /// The document's id and the passage's number, `3:12`.
    pub passage: String,
    /// The page and characters, as a reader finds them.
    pub locator: String,
}

/// How the passages of a theme read it through one lens.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct LensReading {
    /// The lens.
    pub lens: Lens,
    /// The theme's passages coded with the lens.
    pub passages: usize,
    /// One of them, quoted; `None` when no passage reads the theme through this lens.
    pub quote: Option<Quote>,
}

/// What the coded documents say on one theme.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ThemeReading {
    /// The theme.
    pub theme: Theme,
    /// Passages coded with it.
    pub passages: usize,
    /// Documents those passages come from.
    pub documents: usize,
    /// A few of them, quoted.
    pub quotes: Vec<Quote>,
    /// The three lenses, in order.
    pub lenses: Vec<LensReading>,
}

/// The readings of every theme, in the report's order, from `passages` (each with one coder's codes).
pub fn readings(passages: &[CitedPassage]) -> Vec<ThemeReading> {
    let mut ordered: Vec<&CitedPassage> = passages.iter().collect();
    ordered.sort_by(|a, b| {
        lens_count(b)
            .cmp(&lens_count(a))
            .then_with(|| b.date.cmp(&a.date))
            .then_with(|| (a.document_id, a.passage).cmp(&(b.document_id, b.passage)))
    });
    Theme::ALL
        .into_iter()
        .map(|theme| {
            let theme_code = CodeName::theme(theme);
            let of_theme: Vec<&CitedPassage> = ordered
                .iter()
                .copied()
                .filter(|passage| code_of(passage, &theme_code).is_some())
                .collect();
            let documents: BTreeSet<i64> = of_theme.iter().map(|p| p.document_id).collect();
            let quotes = of_theme
                .iter()
                .take(QUOTES_PER_THEME)
                .map(|passage| quote(passage, &theme_code))
                .collect();
            // Each lens quotes a passage not quoted yet on this theme, when it has one.
            let mut quoted: BTreeSet<(i64, u32)> = of_theme
                .iter()
                .take(QUOTES_PER_THEME)
                .map(|p| (p.document_id, p.passage))
                .collect();
            let lenses = Lens::ALL
                .into_iter()
                .map(|lens| {
                    let lens_code = CodeName::lens(lens);
                    let with_lens: Vec<&&CitedPassage> = of_theme
                        .iter()
                        .filter(|passage| code_of(passage, &lens_code).is_some())
                        .collect();
                    let chosen = with_lens
                        .iter()
                        .find(|p| !quoted.contains(&(p.document_id, p.passage)))
                        .or(with_lens.first());
                    if let Some(passage) = chosen {
                        quoted.insert((passage.document_id, passage.passage));
                    }
                    LensReading {
                        lens,
                        passages: with_lens.len(),
                        quote: chosen.map(|passage| quote(passage, &lens_code)),
                    }
                })
                .collect();
            ThemeReading {
                theme,
                passages: of_theme.len(),
                documents: documents.len(),
                quotes,
                lenses,
            }
        })
        .collect()
}

fn lens_count(passage: &CitedPassage) -> usize {
    passage
        .codes
        .iter()
        .filter(|code| code.name.as_lens().is_some())
        .count()
}

fn code_of<'a>(passage: &'a CitedPassage, name: &CodeName) -> Option<&'a Code> {
    passage.codes.iter().find(|code| &code.name == name)
}

/// A short quote of `passage` around the first words that `name`'s rules matched (or its opening, for a
/// person's code).
fn quote(passage: &CitedPassage, name: &CodeName) -> Quote {
    let chars: Vec<char> = passage.text.chars().collect();
    let focus = code_of(passage, name)
        .and_then(|code| code.hits.first())
        .and_then(|hit| hit.matches.first())
        .and_then(|words| words.first())
        .map_or(0, |words| {
            words.locator.start.saturating_sub(passage.locator.start) as usize
        });
    let text = if chars.len() <= QUOTE_CHARS {
        passage.text.clone()
    } else {
        // Start a little before the matched words, at a word; end at a word.
        let mut start = focus.saturating_sub(QUOTE_CHARS / 3);
        while start > 0 && !chars[start - 1].is_whitespace() {
            start -= 1;
        }
        let mut end = (start + QUOTE_CHARS).min(chars.len());
        while end < chars.len() && end > start && !chars[end - 1].is_whitespace() {
            end -= 1;
        }
        let words: String = chars[start..end].iter().collect();
        format!(
            "{}{}{}",
            if start > 0 { "…" } else { "" },
            words.trim(),
            if end < chars.len() { "…" } else { "" }
        )
    };
    Quote {
        text,
        title: passage.title.clone(),
        date: passage.date.clone(),
        url: passage.url.clone(),
        passage: format!("{}:{}", passage.document_id, passage.passage),
        locator: match passage.locator.page {
            Some(page) => format!("p. {page}, ¶ {}", passage.passage),
            None => format!("¶ {}", passage.passage),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_model::codebook::{Coder, MatchedWords, RuleHit};
    use dyad_model::document::Locator;

    fn code(name: CodeName, start: u32) -> Code {
        Code {
            name,
            locator: Locator {
                page: None,
                start: 0,
                end: 1000,
            },
            coder: Coder::Rule {
                codebook: "test@1#0".to_string(),
            },
            score: Some(2.0),
            hits: vec![RuleHit {
                rule: "r".to_string(),
                weight: 2.0,
                matches: vec![vec![MatchedWords {
                    text: "x".to_string(),
                    locator: Locator {
                        page: None,
                        start,
                        end: start + 1,
                    },
                }]],
            }],
        }
    }

    fn passage(id: i64, date: &str, text: &str, codes: Vec<Code>) -> CitedPassage {
        CitedPassage {
            document_id: id,
            passage: 1,
            title: format!("Document {id}"),
            date: date.to_string(),
            publisher: String::new(),
            url: String::new(),
            locator: Locator {
                page: None,
                start: 0,
                end: text.chars().count() as u32,
            },
            text: text.to_string(),
            codes,
        }
    }

    #[test]
    fn a_lens_no_passage_takes_is_absent_not_invented() {
        let passages = vec![
            passage(
                1,
                "2023-01-01",
                "Security talk.",
                vec![
                    code(CodeName::theme(Theme::Security), 0),
                    code(CodeName::lens(Lens::Realism), 0),
                ],
            ),
            passage(
                2,
                "2022-01-01",
                "More security talk.",
                vec![code(CodeName::theme(Theme::Security), 0)],
            ),
        ];
        let readings = readings(&passages);
        let security = readings
            .iter()
            .find(|r| r.theme == Theme::Security)
            .unwrap();
        assert_eq!((security.passages, security.documents), (2, 2));
        assert_eq!(security.lenses[0].lens, Lens::Realism);
        assert_eq!(security.lenses[0].passages, 1);
        assert_eq!(security.lenses[0].quote.as_ref().unwrap().passage, "1:1");
        assert_eq!(security.lenses[2].passages, 0);
        assert!(security.lenses[2].quote.is_none());
        let trade = readings.iter().find(|r| r.theme == Theme::Trade).unwrap();
        assert_eq!(trade.passages, 0);
        assert!(trade.quotes.is_empty());
    }

    #[test]
    fn a_long_passage_is_quoted_around_the_matched_words() {
        let text = format!(
            "{} The border was closed at Torkham. {}",
            "word ".repeat(120),
            "tail ".repeat(120)
        );
        let at = text.find("Torkham").unwrap() as u32;
        let passages = vec![passage(
            1,
            "2024",
            &text,
            vec![code(CodeName::theme(Theme::Trade), at)],
        )];
        let quote = &readings(&passages)[2].quotes[0];
        assert!(quote.text.contains("Torkham"), "{}", quote.text);
        assert!(quote.text.starts_with('…') && quote.text.ends_with('…'));
        assert!(quote.text.chars().count() <= QUOTE_CHARS + 2);
    }
}
