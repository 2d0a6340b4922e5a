//! Reads documents (plain text, Markdown with YAML front matter, HTML pages, PDFs with a text layer) into
//! a [`Document`] with its passages.
//!
//! What it reads: the bytes of one file and what the person adding it states about it ([`Stated`]: kind,
//! title, date, publisher, URL). Each format has its own module, which turns the bytes into plain text,
//! paragraphs separated by blank lines, and reads what the file says about itself (front matter, `<meta>`
//! tags). What is stated wins over what the file says. The text is then cut into passages by
//! [`dyad_text::segment`], each with its character span.
//!
//! Inputs: UTF-8 bytes (a byte-order mark is dropped), or a PDF. A text file in another encoding is
//! refused with the position of its first bad byte rather than read wrongly.
//!
//! Caveats: a document must have a kind ([`DocumentKind`]); when neither the caller nor the file names
//! it, the file is refused with a hint, because a guessed kind would silently mislead every count by
//! kind. Dates are kept as `YYYY-MM-DD`, `YYYY-MM` or `YYYY`: a timestamp is cut to its day as written,
//! without moving it to another time zone.
//!
//! References: CommonMark (through pulldown-cmark), YAML 1.2 (through saphyr), the WHATWG HTML parsing
//! algorithm (through html5ever, by way of scraper), PDF's text layer (through pdf-extract).

mod html;
mod markdown;
mod pdf;
mod text;

use dyad_model::document::{Document, DocumentFormat, DocumentKind};

use crate::sha256_hex;

/// The names of the document formats this build reads, as the command line and the test fixtures
/// name them.
pub const FORMAT_NAMES: [&str; 4] = ["text", "markdown", "html", "pdf"];

/// What the person adding a document states about it. Each field given here wins over what the file
/// says about itself.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Stated {
    /// Its kind.
    pub kind: Option<DocumentKind>,
    /// Its title.
    pub title: Option<String>,
    /// When it was published: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
    pub date: Option<String>,
    /// Its publisher or site.
    pub publisher: Option<String>,
    /// Where it was published.
    pub url: Option<String>,
}

/// What a file says about itself, as its format's reader finds it. Empty fields were not found.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Found {
    pub title: String,
    /// The date as written, checked by [`read`].
    pub date: String,
    /// Where the date was read, for an error message: `front matter \`date\` (line 3)`.
    pub date_origin: String,
    pub publisher: String,
    pub author: String,
    pub url: String,
    pub licence: String,
    /// The kind as written, checked by [`read`].
    pub kind: String,
    /// Where the kind was read, for an error message.
    pub kind_origin: String,
}

/// A format reader's result: the text, paragraphs separated by blank lines, and what the file said.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Extracted {
    pub text: String,
    /// For a paginated document, the character offset at which each page begins.
    pub page_starts: Vec<u32>,
    pub found: Found,
}

/// Why a document could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DocumentError {
    /// The bytes are not UTF-8.
    #[error(
        "{file}: the byte at offset {offset} (line {line}) is not UTF-8\nhint: save the file as UTF-8 and add it again"
    )]
    NotUtf8 {
        /// The file.
        file: String,
        /// The offset of the first bad byte.
        offset: usize,
        /// Its 1-based line.
        line: usize,
    },
    /// The YAML front matter of a Markdown file does not parse.
    #[error(
        "{file}: line {line}, column {column}: the front matter is not valid YAML: {message}\nhint: the front matter is the YAML between the first two `---` lines; quote a value that holds `: ` or starts with a special character"
    )]
    FrontMatter {
        /// The file.
        file: String,
        /// The 1-based line in the file.
        line: usize,
        /// The 1-based column.
        column: usize,
        /// What the YAML parser said.
        message: String,
    },
    /// The front matter opens with `---` but never closes.
    #[error(
        "{file}: line 1: the front matter opened by `---` is never closed\nhint: end the front matter with a line `---`"
    )]
    UnclosedFrontMatter {
        /// The file.
        file: String,
    },
    /// A date, stated or read from the file, is not a date.
    #[error("{file}: {origin} is `{value}`, expected a date YYYY-MM-DD (or YYYY-MM, or YYYY)")]
    BadDate {
        /// The file.
        file: String,
        /// Where the date came from: `` `--date` ``, `front matter `date` (line 3)`.
        origin: String,
        /// The value.
        value: String,
    },
    /// The file names a kind dyad does not know.
    #[error(
        "{file}: {origin} is `{value}`, expected one of {}\nhint: pass `--kind KIND` to state it",
        kind_names()
    )]
    UnknownKind {
        /// The file.
        file: String,
        /// Where the kind came from.
        origin: String,
        /// The value.
        value: String,
    },
    /// Neither the caller nor the file names the document's kind.
    #[error(
        "{file}: the kind of document is not known\nhint: pass `--kind KIND`, where KIND is one of {}, or write `kind: KIND` in its front matter",
        kind_names()
    )]
    NoKind {
        /// The file.
        file: String,
    },
    /// Nothing readable was found.
    #[error(
        "{file}: no text was found in the document\nhint: an HTML page whose text is drawn by scripts has none to read: save the page as the browser shows it, or its text"
    )]
    NoText {
        /// The file.
        file: String,
    },
    /// A PDF could not be read.
    #[error("{file}: the PDF could not be read: {message}")]
    Pdf {
        /// The file.
        file: String,
        /// What went wrong.
        message: String,
    },
    /// A PDF has no text on any page: a scan that was never run through OCR.
    #[error(
        "{file}: no text layer: run OCR first ({n_pages} {}, none with text)\nhint: a scanned PDF is pictures of pages; OCR (for example `ocrmypdf in.pdf out.pdf`) adds the text layer dyad reads",
        if *n_pages == 1 { "page" } else { "pages" }
    )]
    NoTextLayer {
        /// The file.
        file: String,
        /// How many pages it has.
        n_pages: usize,
    },
    /// The format cannot be told from the file's name or first bytes.
    #[error(
        "{file}: the document format could not be recognised from its name or first bytes\nhint: dyad reads .txt, .md, .html and .pdf files"
    )]
    Unrecognised {
        /// The file.
        file: String,
    },
}

/// The kinds, as an error message lists them.
fn kind_names() -> String {
    DocumentKind::ALL
        .iter()
        .map(|kind| kind.as_str())
        .collect::<Vec<_>>()
        .join(", ")
}

/// The format of a file named `file_name` whose bytes begin with `first_bytes`: by its extension, else by
/// its first bytes. A file with no known extension and no telling start is plain text if it is UTF-8
/// without NUL bytes, and nothing otherwise.
pub fn format_of(file_name: &str, first_bytes: &[u8]) -> Option<DocumentFormat> {
    if let Some(format) = format_of_name(file_name) {
        return Some(format);
    }
    let start = first_bytes
        .strip_prefix(b"\xEF\xBB\xBF")
        .unwrap_or(first_bytes);
    let leading = start.trim_ascii_start();
    let lowercase: Vec<u8> = leading
        .iter()
        .take(16)
        .map(u8::to_ascii_lowercase)
        .collect();
    if start.starts_with(b"%PDF-") {
        return Some(DocumentFormat::Pdf);
    }
    if lowercase.starts_with(b"<!doctype html") || lowercase.starts_with(b"<html") {
        return Some(DocumentFormat::Html);
    }
    if start.starts_with(b"---\n") || start.starts_with(b"---\r\n") {
        return Some(DocumentFormat::Markdown);
    }
    // A file cut in the middle of a character at the end of the sample is still text.
    let valid = match std::str::from_utf8(start) {
        Ok(_) => true,
        Err(error) => error.error_len().is_none(),
    };
    (valid && !start.contains(&0)).then_some(DocumentFormat::Text)
}

/// The format a file's extension names, if any.
pub fn format_of_name(file_name: &str) -> Option<DocumentFormat> {
    let extension = std::path::Path::new(file_name)
        .extension()?
        .to_string_lossy()
        .to_ascii_lowercase();
    match extension.as_str() {
        "txt" | "text" => Some(DocumentFormat::Text),
        "md" | "markdown" | "mdown" => Some(DocumentFormat::Markdown),
        "html" | "htm" | "xhtml" => Some(DocumentFormat::Html),
        "pdf" => Some(DocumentFormat::Pdf),
        _ => None,
    }
}

/// Reads the document in `bytes`, read from the file named `file`, as `format`, with what the caller
/// `stated` about it.
pub fn read(
    file: &str,
    bytes: &[u8],
    format: DocumentFormat,
    stated: &Stated,
) -> Result<Document, DocumentError> {
    let sha256 = sha256_hex(bytes);
    let extracted = match format {
        DocumentFormat::Text => text::extract(&utf8(file, bytes)?),
        DocumentFormat::Markdown => markdown::extract(file, &utf8(file, bytes)?)?,
        DocumentFormat::Html => html::extract(&utf8(file, bytes)?),
        DocumentFormat::Pdf => pdf::extract(file, bytes)?,
    };
    if !extracted.text.chars().any(char::is_alphanumeric) {
        return Err(DocumentError::NoText { file: file.into() });
    }
    let found = &extracted.found;
    let kind = match (stated.kind, found.kind.trim()) {
        (Some(kind), _) => kind,
        (None, "") => return Err(DocumentError::NoKind { file: file.into() }),
        (None, written) => DocumentKind::parse(&written.to_lowercase()).ok_or_else(|| {
            DocumentError::UnknownKind {
                file: file.into(),
                origin: found.kind_origin.clone(),
                value: written.into(),
            }
        })?,
    };
    let date = match (&stated.date, found.date.trim()) {
        (Some(date), _) => normalise_date(date).ok_or_else(|| DocumentError::BadDate {
            file: file.into(),
            origin: "`--date`".into(),
            value: date.clone(),
        })?,
        (None, "") => String::new(),
        (None, written) => normalise_date(written).ok_or_else(|| DocumentError::BadDate {
            file: file.into(),
            origin: found.date_origin.clone(),
            value: written.into(),
        })?,
    };
    // Titles and names are shown on one line: no-break spaces (the White House's `\_`) and line breaks
    // become plain spaces.
    let title = match (&stated.title, found.title.trim()) {
        (Some(title), _) => tidy_block(title, false),
        (None, "") => file_stem(file),
        (None, written) => tidy_block(written, false),
    };
    let passages = dyad_text::segment::segment(
        &extracted.text,
        &extracted.page_starts,
        &dyad_text::segment::Config::default(),
    );
    Ok(Document {
        sha256,
        file_name: file.to_string(),
        format,
        kind,
        title,
        date,
        publisher: tidy_block(
            stated.publisher.as_deref().unwrap_or(&found.publisher),
            false,
        ),
        author: tidy_block(&found.author, false),
        url: stated
            .url
            .clone()
            .unwrap_or_else(|| found.url.trim().to_string()),
        licence: found.licence.trim().to_string(),
        text: extracted.text,
        passages,
    })
}

/// The text of `bytes`, without a byte-order mark, or the position of the first byte that is not UTF-8.
fn utf8(file: &str, bytes: &[u8]) -> Result<String, DocumentError> {
    let without_mark = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(without_mark) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => {
            let valid = &without_mark[..error.valid_up_to()];
            Err(DocumentError::NotUtf8 {
                file: file.into(),
                offset: error.valid_up_to() + (bytes.len() - without_mark.len()),
                line: 1 + valid.iter().filter(|&&byte| byte == b'\n').count(),
            })
        }
    }
}

/// The file's name without its folder and extension: the title of last resort.
fn file_stem(file: &str) -> String {
    std::path::Path::new(file).file_stem().map_or_else(
        || file.to_string(),
        |stem| stem.to_string_lossy().into_owned(),
    )
}

/// `text` as a date of one of the three forms dyad keeps, or nothing. A timestamp
/// (`2021-08-14 15:48:04-04:00`, `2021-08-14T19:48:04Z`) is cut to its day as written.
pub fn normalise_date(text: &str) -> Option<String> {
    let text = text.trim();
    let day_part = match text.get(..10) {
        Some(day) if text.len() > 10 && matches!(text.as_bytes()[10], b'T' | b't' | b' ') => day,
        _ => text,
    };
    let valid = match day_part.len() {
        4 => day_part.bytes().all(|byte| byte.is_ascii_digit()),
        7 => chrono::NaiveDate::parse_from_str(&format!("{day_part}-01"), "%Y-%m-%d").is_ok(),
        10 => chrono::NaiveDate::parse_from_str(day_part, "%Y-%m-%d").is_ok(),
        _ => false,
    };
    valid.then(|| day_part.to_string())
}

/// Turns one block's raw text into one paragraph's: each run of white space becomes one space, or one
/// line break when it held a line break, and the ends are trimmed. A block so tidied holds no blank
/// line, so the segmenter never cuts it.
pub(crate) fn tidy_block(raw: &str, keep_line_breaks: bool) -> String {
    let mut tidied = String::with_capacity(raw.len());
    let mut pending: Option<char> = None;
    for character in raw.chars() {
        if character.is_whitespace() {
            let this = if character == '\n' && keep_line_breaks {
                '\n'
            } else {
                ' '
            };
            pending = Some(match pending {
                Some('\n') => '\n',
                _ => this,
            });
        } else {
            if let Some(space) = pending.take()
                && !tidied.is_empty()
            {
                tidied.push(space);
            }
            tidied.push(character);
        }
    }
    tidied
}

/// Gathers blocks of text into a document's text, paragraphs separated by one blank line.
#[derive(Debug, Default)]
pub(crate) struct Blocks {
    text: String,
    open: String,
    keep_line_breaks: bool,
}

impl Blocks {
    /// Blocks whose line breaks inside a paragraph are kept (Markdown's hard breaks, HTML's `<br>`).
    pub fn keeping_line_breaks() -> Blocks {
        Blocks {
            keep_line_breaks: true,
            ..Blocks::default()
        }
    }

    /// Adds text to the open block.
    pub fn push(&mut self, text: &str) {
        self.open.push_str(text);
    }

    /// Closes the open block and adds `text` as a block of its own, its line breaks kept (a table's rows).
    pub fn push_kept(&mut self, text: &str) {
        self.close();
        let tidied = tidy_block(text, true);
        if tidied.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        self.text.push_str(&tidied);
    }

    /// Closes the open block; an empty one leaves no trace.
    pub fn close(&mut self) {
        let tidied = tidy_block(&self.open, self.keep_line_breaks);
        self.open.clear();
        if tidied.is_empty() {
            return;
        }
        if !self.text.is_empty() {
            self.text.push_str("\n\n");
        }
        self.text.push_str(&tidied);
    }

    /// The document's text.
    pub fn finish(mut self) -> String {
        self.close();
        self.text
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_keep_their_day_as_written() {
        let check = |text: &str, expect: Option<&str>| {
            assert_eq!(normalise_date(text).as_deref(), expect, "{text}");
        };
        check("2021-08-14", Some("2021-08-14"));
        check(" 2021-08 ", Some("2021-08"));
        check("2021", Some("2021"));
        check("2021-08-14 15:48:04-04:00", Some("2021-08-14"));
        check("2021-08-14T23:30:00-04:00", Some("2021-08-14"));
        check("2021-02-30", None);
        check("2021-13", None);
        check("14 August 2021", None);
        check("", None);
    }

    #[test]
    fn blocks_collapse_white_space() {
        let check = |raw: &str, keep: bool, expect: &str| {
            assert_eq!(tidy_block(raw, keep), expect, "{raw:?}");
        };
        check("  Q    Yes.\u{a0}\u{a0}", false, "Q Yes.");
        check("one\ntwo  \n\n three", false, "one two three");
        check("one  \n  two", true, "one\ntwo");
        check("\n\n", true, "");
    }

    #[test]
    fn formats_are_told_by_extension_then_by_first_bytes() {
        let check = |name: &str, bytes: &[u8], expect: Option<DocumentFormat>| {
            assert_eq!(format_of(name, bytes), expect, "{name}");
        };
        check("a.md", b"", Some(DocumentFormat::Markdown));
        check("A.HTM", b"", Some(DocumentFormat::Html));
        check("notes.txt", b"\xff", Some(DocumentFormat::Text));
        check(
            "page",
            b"\n  <!DOCTYPE html><html>",
            Some(DocumentFormat::Html),
        );
        check(
            "post",
            b"---\ntitle: x\n---\n",
            Some(DocumentFormat::Markdown),
        );
        check(
            "README",
            "Plain words, “quoted”.".as_bytes(),
            Some(DocumentFormat::Text),
        );
        check("image.png", b"\x89PNG\r\n\x1a\n\0\0", None);
        check("scan", b"%PDF-1.4\n%\xe2\xe3", Some(DocumentFormat::Pdf));
    }

    #[test]
    fn a_bad_byte_is_named_with_its_line() {
        let error = read(
            "latin1.txt",
            b"caf\xc3\xa9\nna\xefve",
            DocumentFormat::Text,
            &Stated::default(),
        )
        .unwrap_err();
        assert_eq!(
            error.to_string(),
            "latin1.txt: the byte at offset 8 (line 2) is not UTF-8\nhint: save the file as UTF-8 and add it again"
        );
    }
}
