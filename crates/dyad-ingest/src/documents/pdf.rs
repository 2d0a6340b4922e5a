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
//! - A word broken over two lines with a hyphen stays broken (`govern- ment`): a hyphen at a line's end
//!   may belong to the word (`well-known`), and dropping it would be a guess.
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
    let mut text = String::new();
    let mut page_starts = Vec::with_capacity(pages.len());
    let mut n_chars = 0u32;
    for page in &pages {
        let mut blocks = Blocks::default();
        let lines: Vec<&str> = page.lines().collect();
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
    let title = text
        .lines()
        .next()
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
                let above = lines[index - 1].trim();
                kept[index - 1] = !above.is_empty() && above.len() <= 160;
            }
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_tables_rows_and_header_are_kept_apart_from_prose() {
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
