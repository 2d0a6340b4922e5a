//! Reads a PDF's text layer, page by page, so that every passage carries the page it stands on.
//!
//! Inputs: a PDF with a text layer (one made from a word processor or a web page, or a scan that was
//! run through OCR). The text of each page comes from pdf-extract, pure Rust; lines separated by a blank
//! line are paragraphs, and the lines of a paragraph are joined, except the lines of a table of numbers
//! (two or more rows of a label and numbers, and the line naming the columns above them), which stay one
//! line each so that the claim audit can read the table.
//!
//! Caveats:
//! - pdf-extract panics on some malformed files, and can take very long on others. It runs on a thread
//!   of its own (named [`READER_THREAD`]) inside `catch_unwind`, with a time limit: a panic is reported
//!   as the file being unreadable, and a file still being read after [`TIME_LIMIT`] is refused (its
//!   thread is left to finish on its own; the caller's work goes on). The panic's message is kept for
//!   the error, and not printed by the default hook.
//! - A PDF with no text on any page (a scan without OCR) is refused: "no text layer: run OCR first".
//!   Nothing is stored for it.
//! - A word broken over two lines with a hyphen is joined (`govern-` / `ment` → `government`), unless the
//!   document writes the compound with its hyphen elsewhere and never without (`well-known`): the
//!   document's own words decide, not a guess.
//! - Running headers and footers are dropped: a line (digits aside, so `Page 3 of 40` matches `Page 4 of
//!   40`) among the first or last two lines of at least half the pages of a document of three pages or
//!   more, and a lone page number at a page's top or foot.
//! - The title is the first line when it is short enough to be one, as for plain text: the PDF's own
//!   metadata title is more often a file name than the document's title.
//!
//! References: ISO 32000-1 (PDF 1.7), §9 "Text"; pdf-extract (github.com/jrmuizel/pdf-extract).

use std::sync::Once;
use std::sync::mpsc;
use std::time::Duration;

use super::{Blocks, DocumentError, Extracted, Found};

/// The name of the thread that reads PDFs.
pub const READER_THREAD: &str = "dyad-pdf-reader";

/// How long a PDF may take to read.
pub const TIME_LIMIT: Duration = Duration::from_secs(60);

/// A first line longer than this is text, not a title.
const LONGEST_TITLE_CHARS: usize = 150;

/// What went wrong on a guarded thread.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Guarded {
    /// The work panicked, with this message.
    Panicked(String),
    /// The work was still running at the limit.
    TimedOut,
}

/// Keeps the default panic hook quiet for the reader thread, whose panics are caught and reported as
/// errors; every other thread's panics are printed as before.
fn quiet_reader_panics() {
    static INSTALLED: Once = Once::new();
    INSTALLED.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() != Some(READER_THREAD) {
                previous(info);
            }
        }));
    });
}

/// Runs `work` on a thread of its own, catching a panic and giving up after `limit`.
pub(crate) fn run_guarded<T: Send + 'static>(
    work: impl FnOnce() -> T + Send + 'static,
    limit: Duration,
) -> Result<T, Guarded> {
    quiet_reader_panics();
    let (sender, receiver) = mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name(READER_THREAD.to_string())
        .spawn(move || {
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work));
            // The receiver is gone when the caller gave up waiting; nothing is left to tell.
            let _ = sender.send(outcome);
        });
    if let Err(error) = spawned {
        return Err(Guarded::Panicked(format!(
            "no thread could be started: {error}"
        )));
    }
    match receiver.recv_timeout(limit) {
        Ok(Ok(value)) => Ok(value),
        Ok(Err(panic)) => Err(Guarded::Panicked(
            panic
                .downcast_ref::<&str>()
                .map(|text| text.to_string())
                .or_else(|| panic.downcast_ref::<String>().cloned())
                .unwrap_or_else(|| "an unknown panic".to_string()),
        )),
        Err(mpsc::RecvTimeoutError::Timeout) => Err(Guarded::TimedOut),
        Err(mpsc::RecvTimeoutError::Disconnected) => Err(Guarded::Panicked(
            "the reader stopped without a result".into(),
        )),
    }
}

/// The text of a PDF, its pages' starts and a title.
pub(crate) fn extract(file: &str, bytes: &[u8]) -> Result<Extracted, DocumentError> {
    let owned = bytes.to_vec();
    let pages = run_guarded(
        move || pdf_extract::extract_text_from_mem_by_pages(&owned).map_err(|e| e.to_string()),
        TIME_LIMIT,
    )
    .map_err(|guarded| DocumentError::Pdf {
        file: file.into(),
        message: match guarded {
            Guarded::Panicked(message) => {
                format!("the PDF reader stopped with an internal error (`{message}`)")
            }
            Guarded::TimedOut => format!(
                "it was still being read after {} seconds",
                TIME_LIMIT.as_secs()
            ),
        },
    })?
    .map_err(|message| DocumentError::Pdf {
        file: file.into(),
        message,
    })?;
    if !pages
        .iter()
        .any(|page| page.chars().any(char::is_alphanumeric))
    {
        return Err(DocumentError::NoTextLayer {
            file: file.into(),
            n_pages: pages.len(),
        });
    }
    let furniture = running_lines(&pages);
    let vocabulary = vocabulary(&pages);
    let mut text = String::new();
    let mut page_starts = Vec::with_capacity(pages.len());
    let mut n_chars = 0u32;
    for page in &pages {
        let mut blocks = Blocks::default();
        let all: Vec<&str> = page.lines().collect();
        let edges = edge_lines(&all);
        let lines: Vec<&str> = all
            .iter()
            .enumerate()
            .filter(|(index, line)| {
                !(edges.contains(index)
                    && (furniture.contains(&shape_of(line))
                        || (pages.len() >= 3 && is_page_number(line))))
            })
            .map(|(_, line)| *line)
            .collect();
        let joined = dehyphenate(&lines, &vocabulary);
        let lines: Vec<&str> = joined.iter().map(String::as_str).collect();
        let kept = table_lines(&lines);
        let mut index = 0;
        while index < lines.len() {
            let line = lines[index];
            if kept[index] {
                // A table's rows (and its header) stay one line each, as a block of their own.
                let mut table = String::new();
                while index < lines.len() && kept[index] {
                    table.push_str(lines[index]);
                    table.push('\n');
                    index += 1;
                }
                blocks.push_kept(&table);
                continue;
            }
            if line.trim().is_empty() {
                blocks.close();
            } else {
                blocks.push(line);
                blocks.push("\n");
            }
            index += 1;
        }
        let page_text = blocks.finish();
        if page_text.is_empty() {
            page_starts.push(n_chars);
            continue;
        }
        if !text.is_empty() {
            text.push_str("\n\n");
            n_chars += 2;
        }
        page_starts.push(n_chars);
        n_chars += u32::try_from(page_text.chars().count()).unwrap_or(u32::MAX);
        text.push_str(&page_text);
    }
    // The title is the first line as printed, even when it runs as a header over every page.
    let title = pages
        .iter()
        .flat_map(|page| page.lines())
        .map(str::trim)
        .find(|line| !line.is_empty() && !is_page_number(line))
        .filter(|line| line.chars().count() <= LONGEST_TITLE_CHARS)
        .unwrap_or_default()
        .to_string();
    Ok(Extracted {
        text,
        page_starts,
        found: Found {
            title,
            ..Found::default()
        },
    })
}

/// The words of a document, in lower case, hyphenated compounds whole: the evidence for undoing a
/// hyphen at a line's end.
fn vocabulary(pages: &[String]) -> std::collections::HashSet<String> {
    pages
        .iter()
        .flat_map(|page| page.split(|c: char| !(c.is_alphabetic() || c == '-')))
        .map(|word| word.trim_matches('-').to_lowercase())
        .filter(|word| word.chars().count() > 1)
        .collect()
}

/// Undoes hyphenation at line ends: a line ending in a word fragment and `-` is joined with the first word
/// of the next line. The document's own words decide how: `govern-` and `ment` become `government` when
/// the document has `government` or lacks `govern-ment`; they keep the hyphen (`well-known`) when the
/// document writes the compound with one elsewhere. A next line that starts with a capital or a digit is
/// not a continuation, and both lines stay as they are.
fn dehyphenate(lines: &[&str], vocabulary: &std::collections::HashSet<String>) -> Vec<String> {
    // `None`: a line whose whole text moved up, which must leave no blank line (a paragraph's end).
    let mut out: Vec<Option<String>> = lines.iter().map(|line| Some(line.to_string())).collect();
    for index in 0..out.len().saturating_sub(1) {
        let Some(line) = out[index].as_deref().map(|l| l.trim_end().to_string()) else {
            continue;
        };
        let Some(stem) = line.strip_suffix('-') else {
            continue;
        };
        let fragment: String = stem
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<Vec<char>>()
            .into_iter()
            .rev()
            .collect();
        let Some(next) = out[index + 1]
            .as_deref()
            .map(|l| l.trim_start().to_string())
        else {
            continue;
        };
        // The next line's first word, with the punctuation after it (`ment.`), moves up.
        let token = next.split_whitespace().next().unwrap_or("").to_string();
        let rest: String = token.chars().take_while(|c| c.is_alphabetic()).collect();
        if fragment.is_empty() || rest.is_empty() || !rest.starts_with(|c: char| c.is_lowercase()) {
            continue;
        }
        let whole = format!("{fragment}{rest}").to_lowercase();
        let compound = format!("{fragment}-{rest}").to_lowercase();
        // Without the document's word either way, a prefix that makes compounds keeps its hyphen.
        const PREFIXES: [&str; 14] = [
            "anti", "counter", "cross", "cost", "co", "ex", "inter", "long", "multi", "non",
            "post", "pre", "self", "well",
        ];
        let keep_hyphen = (vocabulary.contains(&compound) && !vocabulary.contains(&whole))
            || (!vocabulary.contains(&whole)
                && PREFIXES.contains(&fragment.to_lowercase().as_str()));
        out[index] = Some(if keep_hyphen {
            format!("{stem}-{token}")
        } else {
            format!("{stem}{token}")
        });
        let rest = next[token.len()..].trim_start();
        out[index + 1] = (!rest.is_empty()).then(|| rest.to_string());
    }
    out.into_iter().flatten().collect()
}

/// How many lines at the top and at the foot of a page may be running headers, footers or page numbers.
const EDGE_LINES: usize = 2;

/// The indices of a page's first and last [`EDGE_LINES`] lines that hold text.
fn edge_lines(lines: &[&str]) -> Vec<usize> {
    let filled: Vec<usize> = (0..lines.len())
        .filter(|&i| !lines[i].trim().is_empty())
        .collect();
    let mut edges: Vec<usize> = filled.iter().take(EDGE_LINES).copied().collect();
    edges.extend(filled.iter().rev().take(EDGE_LINES));
    edges
}

/// A line with its digits made alike, so that `Page 3 of 40` and `Page 4 of 40` are the same running
/// line.
fn shape_of(line: &str) -> String {
    line.trim()
        .chars()
        .map(|c| if c.is_ascii_digit() { '#' } else { c })
        .collect()
}

/// Whether a line is only a page number: `7`, `- 7 -`, `Page 7`, `7 of 40`, `vii`.
fn is_page_number(line: &str) -> bool {
    let words: Vec<String> = line
        .trim()
        .trim_matches(|c: char| c == '-' || c == '–' || c.is_whitespace())
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    let number = |w: &str| {
        w.chars().all(|c| c.is_ascii_digit())
            || (w.len() <= 5 && w.chars().all(|c| matches!(c, 'i' | 'v' | 'x' | 'l')))
    };
    match words
        .iter()
        .map(String::as_str)
        .collect::<Vec<_>>()
        .as_slice()
    {
        [n] => number(n),
        ["page", n] => number(n),
        [n, "of", m] | ["page", n, "of", m] => number(n) && number(m),
        _ => false,
    }
}

/// The running lines of a document: a line (digits aside) at the top or foot of at least half of its
/// pages, when it has three pages or more. A title that a one-page document starts with is no running
/// line.
fn running_lines(pages: &[String]) -> std::collections::HashSet<String> {
    let mut counts: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    for page in pages {
        let lines: Vec<&str> = page.lines().collect();
        let mut seen = std::collections::HashSet::new();
        for index in edge_lines(&lines) {
            let shape = shape_of(lines[index]);
            if seen.insert(shape.clone()) {
                *counts.entry(shape).or_default() += 1;
            }
        }
    }
    let pages_with_text = pages.iter().filter(|p| !p.trim().is_empty()).count();
    counts
        .into_iter()
        .filter(|(_, n)| pages_with_text >= 3 && *n * 2 >= pages_with_text)
        .map(|(shape, _)| shape)
        .collect()
}

/// Which lines of a page belong to a table of numbers: two or more consecutive rows (a label and numbers,
/// `dyad_text::claims::is_table_row`) and the line just above them, which names the columns. Joining
/// them into a paragraph, as prose lines are, would flatten the table into one run of numbers.
fn table_lines(lines: &[&str]) -> Vec<bool> {
    let rows: Vec<bool> = lines
        .iter()
        .map(|line| dyad_text::claims::is_table_row(line))
        .collect();
    let mut kept = vec![false; lines.len()];
    for index in 0..lines.len() {
        let beside =
            (index > 0 && rows[index - 1]) || rows.get(index + 1).copied().unwrap_or(false);
        if rows[index] && beside {
            kept[index] = true;
            if index > 0 && !rows[index - 1] {
                // The line above names the columns, unless it ends a sentence of the prose above.
                let above = lines[index - 1].trim();
                kept[index - 1] = !above.is_empty()
                    && above.len() <= 160
                    && !above.ends_with(['.', ',', ';', ':', '!', '?']);
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    #[test]
    fn hyphens_at_line_ends_are_undone_as_the_document_writes_its_words() {
        let pages = vec!["The govern-\nment said a well-known trader was well-\nknown. Kabul-\nBased, it said.\n".to_string()];
        let vocabulary = super::vocabulary(&pages);
        let lines: Vec<&str> = pages[0].lines().collect();
        let joined = super::dehyphenate(&lines, &vocabulary);
        assert_eq!(joined[0], "The government");
        assert_eq!(joined[1], "said a well-known trader was well-known.");
        // A capital after the hyphen is no continuation.
        assert_eq!(joined[2], "Kabul-");
        assert_eq!(joined[3], "Based, it said.");
        // A compound prefix keeps its hyphen when the document has neither form elsewhere.
        let lines = ["a counter-", "terrorism operation"];
        assert_eq!(
            super::dehyphenate(&lines, &super::vocabulary(&[String::new()]))[0],
            "a counter-terrorism"
        );
        // A line whose one word moved up leaves no blank line behind.
        let lines = ["a fragment-", "ed", "line goes on"];
        assert_eq!(
            super::dehyphenate(&lines, &super::vocabulary(&[lines.join("\n")])),
            vec!["a fragmented".to_string(), "line goes on".to_string()]
        );
    }

    #[test]
    fn running_headers_footers_and_page_numbers_are_found() {
        let topics = ["trade", "refugees", "the border", "water"];
        let pages: Vec<String> = (1..=4)
            .map(|n| {
                let topic = topics[n - 1];
                format!("Annual report 2023\nThis page is about {topic}.\nIt ends on {topic} too.\nPage {n} of 4\n")
            })
            .collect();
        let running = super::running_lines(&pages);
        assert!(running.contains("Annual report ####"));
        assert!(running.contains("Page # of #"));
        assert_eq!(running.len(), 2, "{running:?}");
        assert!(
            super::is_page_number("12")
                && super::is_page_number("- 3 -")
                && super::is_page_number("iv")
        );
        assert!(!super::is_page_number("12 trucks") && !super::is_page_number("Torkham"));
        // Two pages are too few to tell a running line from a repeated one.
        assert!(super::running_lines(&pages[..2]).is_empty());
    }

    #[test]
    fn a_tables_rows_and_header_are_kept_apart_from_prose() {
        // The end of a sentence just above a table is prose, not the table's header.
        let prose_above = [
            "Trade fell sharply as the",
            "border closed for weeks.",
            "Torkham 512 201",
            "Chaman 231 97",
        ];
        assert_eq!(
            super::table_lines(&prose_above),
            vec![false, false, true, true]
        );
        let lines = [
            "Trade fell in the year, as the",
            "crossings closed for weeks.",
            "Crossing Exports Imports",
            "Torkham 512 201",
            "Chaman 231 97",
            "Total 743 298",
            "After the table, prose 12 resumes.",
        ];
        assert_eq!(
            super::table_lines(&lines),
            vec![false, false, true, true, true, true, false]
        );
    }

    use super::*;

    #[test]
    fn a_panic_is_caught_and_named() {
        let outcome = run_guarded(|| -> u32 { panic!("bad xref") }, Duration::from_secs(5));
        assert_eq!(outcome, Err(Guarded::Panicked("bad xref".into())));
    }

    #[test]
    fn slow_work_is_given_up() {
        let outcome = run_guarded(
            || std::thread::sleep(Duration::from_secs(3)),
            Duration::from_millis(50),
        );
        assert_eq!(outcome, Err(Guarded::TimedOut));
        assert_eq!(run_guarded(|| 7, Duration::from_secs(5)), Ok(7));
    }
}
