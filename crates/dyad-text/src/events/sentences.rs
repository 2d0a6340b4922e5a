//! Splits text into sentences and sentences into tokens, with character spans.
//!
//! A sentence ends at `.`, `!` or `?` (and any closing quotes or brackets after it) followed by a blank,
//! unless the word before the stop is a known abbreviation (`Gen.`, `Lt.`, `Mr.`, `U.S.`) or a single
//! letter (an initial). An abbreviation that really ends a sentence ("… sanctions on the U.S. The
//! next …") is therefore read as running on; that costs one joined sentence, where splitting after every
//! `Gen.` would cut every sentence that names an officer. Spans count characters, not bytes, as dyad's
//! `Locator` does.

/// Words that end with a stop but do not end a sentence, lower case without the stop.
const ABBREVIATIONS: &[&str] = &[
    "gen", "lt", "col", "maj", "brig", "capt", "cpt", "sgt", "adm", "cmdr", "mr", "mrs", "ms",
    "dr", "prof", "st", "jr", "sr", "sen", "rep", "gov", "pres", "amb", "vs", "etc", "e.g", "i.e",
    "mt", "ft", "inc", "co", "corp", "ltd", "jan", "feb", "mar", "apr", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "u.k", "u.n", "u.s.a", "e.u", "approx", "dept", "govt", "hon",
    "rev", "messrs",
];

/// A sentence of a text: its text and where it is.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sentence<'a> {
    /// The sentence, trimmed.
    pub text: &'a str,
    /// The first character in the whole text.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

/// Splits text into sentences.
pub fn split_sentences(text: &str) -> Vec<Sentence<'_>> {
    let chars: Vec<(usize, char)> = text.char_indices().collect();
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index].1;
        let mut boundary = None;
        if matches!(c, '.' | '!' | '?') {
            let mut after = index + 1;
            while after < chars.len()
                && matches!(
                    chars[after].1,
                    '"' | '\'' | ')' | ']' | '”' | '’' | '.' | '!' | '?'
                )
            {
                after += 1;
            }
            let at_blank = after >= chars.len() || chars[after].1.is_whitespace();
            if at_blank && !(c == '.' && ends_with_abbreviation(&chars, start, index)) {
                boundary = Some(after);
            }
        } else if c == '\n' && index + 1 < chars.len() && chars[index + 1].1 == '\n' {
            // A blank line ends a paragraph, and so a sentence, with or without a stop.
            boundary = Some(index);
        }
        if let Some(end) = boundary {
            push_sentence(text, &chars, start, end, &mut sentences);
            start = end;
            index = end.max(index + 1);
        } else {
            index += 1;
        }
    }
    push_sentence(text, &chars, start, chars.len(), &mut sentences);
    sentences
}

fn push_sentence<'a>(
    text: &'a str,
    chars: &[(usize, char)],
    start: usize,
    end: usize,
    out: &mut Vec<Sentence<'a>>,
) {
    let mut first = start;
    let mut last = end;
    while first < last && chars[first].1.is_whitespace() {
        first += 1;
    }
    while last > first && chars[last - 1].1.is_whitespace() {
        last -= 1;
    }
    if first == last {
        return;
    }
    let byte_start = chars[first].0;
    let byte_end = chars.get(last).map_or(text.len(), |(at, _)| *at);
    out.push(Sentence {
        text: &text[byte_start..byte_end],
        start: first,
        end: last,
    });
}

/// Whether the word ending just before `stop` is an abbreviation or an initial.
fn ends_with_abbreviation(chars: &[(usize, char)], start: usize, stop: usize) -> bool {
    let mut first = stop;
    while first > start
        && !chars[first - 1].1.is_whitespace()
        && !matches!(chars[first - 1].1, '(' | '"' | '“')
    {
        first -= 1;
    }
    let word: String = chars[first..stop]
        .iter()
        .map(|(_, c)| c.to_ascii_lowercase())
        .collect();
    if word.chars().count() == 1 && word.chars().all(char::is_alphabetic) {
        return true;
    }
    ABBREVIATIONS.contains(&word.as_str())
}

/// A word or punctuation mark of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    /// Upper case, for matching dictionaries.
    pub word: String,
    /// The first character, counted in the sentence.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
}

impl Token {
    /// Whether the token is punctuation rather than a word.
    pub fn is_punctuation(&self) -> bool {
        !self.word.chars().any(char::is_alphanumeric)
    }
}

/// Splits a sentence into tokens: words keep inner `-`, `'` and `.` (`al-Qaeda`, `U.S.`); a possessive
/// `'s` is a token of its own; other punctuation is one token a mark.
pub fn tokenize(sentence: &str) -> Vec<Token> {
    let chars: Vec<char> = sentence
        .chars()
        .map(|c| if c == '’' { '\'' } else { c })
        .collect();
    let mut tokens = Vec::new();
    let mut index = 0;
    while index < chars.len() {
        let c = chars[index];
        if c.is_whitespace() {
            index += 1;
            continue;
        }
        if c.is_alphanumeric() {
            let start = index;
            while index < chars.len() {
                let c = chars[index];
                let joins = matches!(c, '-' | '\'' | '.' | '_')
                    && index + 1 < chars.len()
                    && chars[index + 1].is_alphanumeric();
                if c.is_alphanumeric() || joins {
                    index += 1;
                } else {
                    break;
                }
            }
            // `U.S.`: keep a final stop when the word already holds stops between single letters.
            if index < chars.len() && chars[index] == '.' && chars[start..index].contains(&'.') {
                let letters_only = chars[start..index]
                    .iter()
                    .all(|c| c.is_alphabetic() || *c == '.');
                if letters_only {
                    index += 1;
                }
            }
            let word: String = chars[start..index]
                .iter()
                .collect::<String>()
                .to_uppercase();
            if let Some(stem) = word.strip_suffix("'S") {
                let stem_end = index - 2;
                tokens.push(Token {
                    word: stem.to_string(),
                    start,
                    end: stem_end,
                });
                tokens.push(Token {
                    word: "'S".to_string(),
                    start: stem_end,
                    end: index,
                });
            } else {
                tokens.push(Token {
                    word,
                    start,
                    end: index,
                });
            }
        } else {
            tokens.push(Token {
                word: c.to_string(),
                start: index,
                end: index + 1,
            });
            index += 1;
        }
    }
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(input: &str, expect: &[&str]) {
        let got: Vec<&str> = split_sentences(input)
            .iter()
            .map(|sentence| sentence.text)
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn sentences() {
        check(
            "Lt. Gen. Ahmed Sharif spoke. Kabul denied it!",
            &["Lt. Gen. Ahmed Sharif spoke.", "Kabul denied it!"],
        );
        check(
            "Mr. Dar met U.S. envoys. They left.",
            &["Mr. Dar met U.S. envoys.", "They left."],
        );
        check(
            "He said \"no.\" Then he left",
            &["He said \"no.\"", "Then he left"],
        );
        check(
            "Pakistan's 3.5 percent. Next",
            &["Pakistan's 3.5 percent.", "Next"],
        );
        check("Title line\n\nBody text.", &["Title line", "Body text."]);
        check("  ", &[]);
        check("J. Smith arrived.", &["J. Smith arrived."]);
    }

    #[test]
    fn spans_count_characters() {
        let text = "Kābul said no. Islamabad agreed.";
        let sentences = split_sentences(text);
        assert_eq!((sentences[1].start, sentences[1].end), (15, 32));
        let piece: String = text.chars().skip(15).take(17).collect();
        assert_eq!(piece, sentences[1].text);
    }

    #[test]
    fn tokens() {
        let words: Vec<String> = tokenize("Pakistan's U.S.-backed al-Qaeda, (TTP) said.")
            .into_iter()
            .map(|t| t.word)
            .collect();
        assert_eq!(
            words,
            [
                "PAKISTAN", "'S", "U.S.", "-", "BACKED", "AL-QAEDA", ",", "(", "TTP", ")", "SAID",
                "."
            ]
        );
        let tokens = tokenize("the U.S. said");
        assert_eq!(tokens[1].word, "U.S.");
        assert_eq!((tokens[1].start, tokens[1].end), (4, 8));
    }
}
