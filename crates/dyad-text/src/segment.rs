//! Cuts a document's extracted text into passages, each with its character span and page.
//!
//! A passage is a paragraph: a run of lines between blank lines (a line of spaces, tabs or no-break
//! spaces is blank). The whole of a short document is one passage, because a three-line statement read
//! as three passages would scatter one thought over three units of coding. A very long paragraph (a PDF
//! page whose lines were never separated, a transcript with no breaks) is cut at sentence ends into
//! passages of about [`Config::longest_passage_chars`], so that a search hit or a code points to words a
//! reader can find. A passage never spans two pages, so its page is exact. Paragraphs with no letter or
//! digit (`###`, `* * *`) are no passages.
//!
//! Spans count `char`s of the text (see [`Locator`]), and each passage's text is exactly the text's
//! characters `start..end`: the text is never rewritten here.

use dyad_model::document::{Locator, Passage};
use unicode_segmentation::UnicodeSegmentation;

/// How to cut text into passages.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Config {
    /// A document whose paragraphs hold this many characters or fewer in all is one passage.
    pub short_document_chars: usize,
    /// A paragraph longer than this is cut at sentence ends (or, for a sentence longer still, between
    /// words) into passages no longer than this.
    pub longest_passage_chars: usize,
}

impl Default for Config {
    fn default() -> Config {
        // About a short press statement, and about three long paragraphs of a report: long enough that a
        // passage is a unit of meaning, short enough that a search snippet points into it usefully.
        Config {
            short_document_chars: 400,
            longest_passage_chars: 2000,
        }
    }
}

/// A span of the text in bytes, before it becomes a passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct ByteSpan {
    start: usize,
    end: usize,
}

/// Cuts `text` into passages. `page_starts` gives, for a paginated document, the character offset at which
/// each page begins, page 1 first (its first offset is normally 0); it is empty for a document without
/// pages, whose passages then have no page.
pub fn segment(text: &str, page_starts: &[u32], config: &Config) -> Vec<Passage> {
    let page_byte_starts = byte_offsets_of_chars(text, page_starts);
    let mut paragraphs: Vec<ByteSpan> = Vec::new();
    for paragraph in paragraphs_of(text) {
        for piece in split_at(paragraph, &page_byte_starts) {
            if let Some(trimmed) = trim(text, piece)
                && text[trimmed.start..trimmed.end]
                    .chars()
                    .any(char::is_alphanumeric)
            {
                paragraphs.push(trimmed);
            }
        }
    }
    let n_chars_in_paragraphs: usize = paragraphs
        .iter()
        .map(|span| text[span.start..span.end].chars().count())
        .sum();
    let spans: Vec<ByteSpan> = match (paragraphs.first(), paragraphs.last()) {
        (Some(first), Some(last))
            if paragraphs.len() > 1
                && n_chars_in_paragraphs <= config.short_document_chars
                && page_of(&page_byte_starts, first.start)
                    == page_of(&page_byte_starts, last.start) =>
        {
            vec![ByteSpan {
                start: first.start,
                end: last.end,
            }]
        }
        _ => paragraphs
            .into_iter()
            .flat_map(|span| cut_long(text, span, config.longest_passage_chars))
            .collect(),
    };
    let mut counter = CharCounter::default();
    spans
        .into_iter()
        .enumerate()
        .map(|(index, span)| {
            let start = counter.char_offset(text, span.start);
            let end = counter.char_offset(text, span.end);
            Passage {
                number: u32::try_from(index + 1).unwrap_or(u32::MAX),
                locator: Locator {
                    page: page_of(&page_byte_starts, span.start),
                    start,
                    end,
                },
                text: text[span.start..span.end].to_string(),
            }
        })
        .collect()
}

/// The runs of non-blank lines of `text`, as byte spans that include their line ends.
fn paragraphs_of(text: &str) -> Vec<ByteSpan> {
    let mut paragraphs = Vec::new();
    let mut open: Option<usize> = None;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, open) {
            (false, None) => open = Some(at),
            (true, Some(start)) => {
                paragraphs.push(ByteSpan { start, end: at });
                open = None;
            }
            _ => {}
        }
        at += line.len();
    }
    if let Some(start) = open {
        paragraphs.push(ByteSpan {
            start,
            end: text.len(),
        });
    }
    paragraphs
}

/// `span` cut at every page start inside it.
fn split_at(span: ByteSpan, page_byte_starts: &[usize]) -> Vec<ByteSpan> {
    let mut pieces = Vec::new();
    let mut start = span.start;
    for &page_start in page_byte_starts {
        if page_start > start && page_start < span.end {
            pieces.push(ByteSpan {
                start,
                end: page_start,
            });
            start = page_start;
        }
    }
    pieces.push(ByteSpan {
        start,
        end: span.end,
    });
    pieces
}

/// `span` without the white space at either end, or nothing if it is all white space.
fn trim(text: &str, span: ByteSpan) -> Option<ByteSpan> {
    let inside = &text[span.start..span.end];
    let trimmed_start = inside.trim_start();
    if trimmed_start.is_empty() {
        return None;
    }
    let start = span.start + (inside.len() - trimmed_start.len());
    let end = start + trimmed_start.trim_end().len();
    Some(ByteSpan { start, end })
}

/// `span` as it is, or cut into pieces of at most `longest` characters: at sentence ends where a sentence
/// fits, between words where one does not.
fn cut_long(text: &str, span: ByteSpan, longest: usize) -> Vec<ByteSpan> {
    let inside = &text[span.start..span.end];
    if longest == 0 || inside.chars().count() <= longest {
        return vec![span];
    }
    let mut units: Vec<ByteSpan> = Vec::new();
    for (offset, sentence) in inside.split_sentence_bound_indices() {
        let sentence_span = ByteSpan {
            start: span.start + offset,
            end: span.start + offset + sentence.len(),
        };
        if sentence.chars().count() <= longest {
            units.push(sentence_span);
        } else {
            units.extend(
                sentence
                    .split_word_bound_indices()
                    .map(|(word_offset, word)| ByteSpan {
                        start: sentence_span.start + word_offset,
                        end: sentence_span.start + word_offset + word.len(),
                    }),
            );
        }
    }
    // Sentences are gathered greedily: a piece takes the next unit while the piece stays within the limit.
    let mut pieces: Vec<ByteSpan> = Vec::new();
    let mut piece: Option<(ByteSpan, usize)> = None;
    for unit in units {
        let n_unit_chars = text[unit.start..unit.end].chars().count();
        piece = match piece {
            Some((open, n_chars)) if n_chars + n_unit_chars <= longest => Some((
                ByteSpan {
                    start: open.start,
                    end: unit.end,
                },
                n_chars + n_unit_chars,
            )),
            Some((open, _)) => {
                pieces.push(open);
                Some((unit, n_unit_chars))
            }
            None => Some((unit, n_unit_chars)),
        };
    }
    pieces.extend(piece.map(|(open, _)| open));
    pieces
        .into_iter()
        .filter_map(|piece| trim(text, piece))
        .collect()
}

/// The byte offsets of the characters at `char_offsets` (sorted), clamped to the text's end.
fn byte_offsets_of_chars(text: &str, char_offsets: &[u32]) -> Vec<usize> {
    let mut boundaries = text
        .char_indices()
        .map(|(byte_index, _)| byte_index)
        .chain(std::iter::once(text.len()))
        .enumerate()
        .peekable();
    char_offsets
        .iter()
        .map(|&wanted| {
            while let Some(&(char_index, byte_index)) = boundaries.peek() {
                if char_index >= wanted as usize {
                    return byte_index;
                }
                boundaries.next();
            }
            text.len()
        })
        .collect()
}

/// The 1-based page that byte `at` lies on, or none for a document without pages.
fn page_of(page_byte_starts: &[usize], at: usize) -> Option<u32> {
    if page_byte_starts.is_empty() {
        return None;
    }
    let n_started = page_byte_starts
        .iter()
        .take_while(|&&start| start <= at)
        .count();
    Some(u32::try_from(n_started.max(1)).unwrap_or(u32::MAX))
}

/// Turns increasing byte offsets into character offsets, counting each character once.
#[derive(Default)]
struct CharCounter {
    byte: usize,
    chars: u32,
}

impl CharCounter {
    fn char_offset(&mut self, text: &str, byte: usize) -> u32 {
        if byte < self.byte {
            *self = CharCounter::default();
        }
        let n_between = text[self.byte..byte].chars().count();
        self.chars += u32::try_from(n_between).unwrap_or(u32::MAX);
        self.byte = byte;
        self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each passage as `number [page] start..end: text`, one a line.
    fn render(passages: &[Passage]) -> String {
        passages
            .iter()
            .map(|passage| {
                let page = passage
                    .locator
                    .page
                    .map_or_else(String::new, |page| format!(" p{page}"));
                format!(
                    "{}{page} {}..{}: {}",
                    passage.number,
                    passage.locator.start,
                    passage.locator.end,
                    passage.text.replace('\n', "⏎")
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    }

    fn check_with(text: &str, page_starts: &[u32], config: Config, expect: &str) {
        let passages = segment(text, page_starts, &config);
        // Every passage is exactly the text's characters at its span.
        let chars: Vec<char> = text.chars().collect();
        for passage in &passages {
            let sliced: String = chars
                [passage.locator.start as usize..passage.locator.end as usize]
                .iter()
                .collect();
            assert_eq!(sliced, passage.text);
        }
        assert_eq!(render(&passages), expect);
    }

    fn check(text: &str, expect: &str) {
        let config = Config {
            short_document_chars: 0,
            ..Config::default()
        };
        check_with(text, &[], config, expect);
    }

    #[test]
    fn paragraphs_are_runs_of_lines_between_blank_lines() {
        check(
            "One.\nStill one.\n\nTwo.",
            "1 0..15: One.⏎Still one.\n2 17..21: Two.",
        );
        check(
            "\n\n  Indented.  \n \t \nNext.\n\n",
            "1 4..13: Indented.\n2 20..25: Next.",
        );
        // A line of no-break spaces is blank, as the White House transcripts write paragraph breaks.
        check(
            "Q    Yes.  \n\u{a0}  \nMS. PSAKI:  Welcome.",
            "1 0..9: Q    Yes.\n2 16..36: MS. PSAKI:  Welcome.",
        );
        check("", "");
        check("\n \n", "");
    }

    #[test]
    fn paragraphs_without_a_letter_or_digit_are_no_passages() {
        check(
            "Text.\n\n###\n\n* * *\n\nMore.",
            "1 0..5: Text.\n2 19..24: More.",
        );
    }

    #[test]
    fn spans_count_characters_not_bytes() {
        check(
            "Ça va.\n\nKabul’s “road”.",
            "1 0..6: Ça va.\n2 8..23: Kabul’s “road”.",
        );
    }

    #[test]
    fn a_short_document_is_one_passage() {
        let config = Config {
            short_document_chars: 40,
            longest_passage_chars: 2000,
        };
        check_with(
            "Title\n\nA short statement.\n\n###",
            &[],
            config,
            "1 0..25: Title⏎⏎A short statement.",
        );
        check_with(
            "A paragraph long enough.\n\nAnd another one, too long.",
            &[],
            config,
            "1 0..24: A paragraph long enough.\n2 26..52: And another one, too long.",
        );
        // One paragraph alone is simply itself.
        check_with("Alone.", &[], config, "1 0..6: Alone.");
    }

    #[test]
    fn long_paragraphs_are_cut_at_sentence_ends() {
        let config = Config {
            short_document_chars: 0,
            longest_passage_chars: 33,
        };
        check_with(
            "First sentence here. Second one. Third sentence is longer.",
            &[],
            config,
            "1 0..32: First sentence here. Second one.\n2 33..58: Third sentence is longer.",
        );
        check_with(
            "Averyveryverylongwordthatneverstops and more words",
            &[],
            Config {
                short_document_chars: 0,
                longest_passage_chars: 10,
            },
            "1 0..35: Averyveryverylongwordthatneverstops\n2 36..44: and more\n3 45..50: words",
        );
    }

    #[test]
    fn passages_never_span_two_pages() {
        let text = "Page one text.\n\nStarts on one\nends on two.\n\nPage two.";
        let second_page = text.find("ends").unwrap() as u32;
        check_with(
            text,
            &[0, second_page],
            Config::default(),
            "1 p1 0..14: Page one text.\n2 p1 16..29: Starts on one\n3 p2 30..42: ends on two.\n4 p2 44..53: Page two.",
        );
        // A short paginated document is one passage only when it sits on one page.
        check_with(
            "Tiny.\n\nPage.",
            &[0],
            Config::default(),
            "1 p1 0..12: Tiny.⏎⏎Page.",
        );
    }
}
