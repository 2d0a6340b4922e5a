//! Holds documents and their passages, and the locator that points to exact words in them.
//!
//! A document is stored once per content hash. Its passages are paragraphs (or the whole of a short
//! document), each with its character span in the document's text and, for a PDF, its page, so that a
//! code, a claim or an event extracted from text can point back to the words it rests on.

use serde::Serialize;

/// What kind of text a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentKind {
    /// A signed agreement or memorandum.
    Agreement,
    /// A joint or official statement, remarks or a press briefing.
    Statement,
    /// A government policy paper.
    Policy,
    /// A think-tank, UN or agency report.
    Report,
    /// An analytical or scholarly article.
    Article,
    /// A news story.
    News,
}

impl DocumentKind {
    /// Every kind, in order.
    pub const ALL: [DocumentKind; 6] = [
        DocumentKind::Agreement,
        DocumentKind::Statement,
        DocumentKind::Policy,
        DocumentKind::Report,
        DocumentKind::Article,
        DocumentKind::News,
    ];

    /// The name used on the command line and in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentKind::Agreement => "agreement",
            DocumentKind::Statement => "statement",
            DocumentKind::Policy => "policy",
            DocumentKind::Report => "report",
            DocumentKind::Article => "article",
            DocumentKind::News => "news",
        }
    }

    /// The kind named `name`.
    pub fn parse(name: &str) -> Option<DocumentKind> {
        DocumentKind::ALL
            .into_iter()
            .find(|kind| kind.as_str() == name)
    }
}

/// The file format a document was read from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DocumentFormat {
    /// Plain text.
    Text,
    /// Markdown, possibly with YAML front matter.
    Markdown,
    /// An HTML page.
    Html,
    /// A PDF with a text layer.
    Pdf,
}

impl DocumentFormat {
    /// Every format, in order.
    pub const ALL: [DocumentFormat; 4] = [
        DocumentFormat::Text,
        DocumentFormat::Markdown,
        DocumentFormat::Html,
        DocumentFormat::Pdf,
    ];

    /// The name used on the command line, in the evidence base and in exports.
    pub fn as_str(self) -> &'static str {
        match self {
            DocumentFormat::Text => "text",
            DocumentFormat::Markdown => "markdown",
            DocumentFormat::Html => "html",
            DocumentFormat::Pdf => "pdf",
        }
    }

    /// The format named `name`.
    pub fn parse(name: &str) -> Option<DocumentFormat> {
        DocumentFormat::ALL
            .into_iter()
            .find(|format| format.as_str() == name)
    }
}

/// A document: its text as extracted, and what is known of where it came from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Document {
    /// The SHA-256 of the file's bytes: its identity.
    pub sha256: String,
    /// The file's name as given.
    pub file_name: String,
    /// The format it was read from.
    pub format: DocumentFormat,
    /// Its kind.
    pub kind: DocumentKind,
    /// Its title.
    pub title: String,
    /// When it was published, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), or empty when unknown.
    pub date: String,
    /// Its publisher or site.
    pub publisher: String,
    /// Its author(s), as written.
    pub author: String,
    /// Where it was published (the canonical URL).
    pub url: String,
    /// The terms it may be used under, as its publisher or the person adding it states them, or empty.
    pub licence: String,
    /// The text, as extracted: every passage's span indexes into it.
    pub text: String,
    /// Its passages, in order.
    pub passages: Vec<Passage>,
}

/// A paragraph of a document (or the whole of a short one).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Passage {
    /// Its 1-based number in the document.
    pub number: u32,
    /// Where it stands.
    pub locator: Locator,
    /// Its words.
    pub text: String,
}

/// Exact words in a document: a page (for a paginated document) and a character span.
///
/// Offsets count Unicode scalar values (`char`s) of the document's extracted text, not bytes, so that
/// they mean the same in R, Python and the browser; `start` is inclusive and `end` exclusive.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, serde::Deserialize,
)]
pub struct Locator {
    /// The 1-based page, for a paginated document.
    pub page: Option<u32>,
    /// The first character.
    pub start: u32,
    /// One past the last character.
    pub end: u32,
}

impl Locator {
    /// Whether `inner` lies within this span.
    pub fn contains(&self, inner: &Locator) -> bool {
        self.start <= inner.start && inner.end <= self.end
    }

    /// The span's length in characters.
    pub fn len(&self) -> u32 {
        self.end.saturating_sub(self.start)
    }

    /// Whether the span is empty.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

impl std::fmt::Display for Locator {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self.page {
            Some(page) => write!(formatter, "p. {page}, chars {}–{}", self.start, self.end),
            None => write!(formatter, "chars {}–{}", self.start, self.end),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn kinds_round_trip_through_their_names() {
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::parse(kind.as_str()), Some(kind));
        }
        assert_eq!(DocumentKind::parse("memo"), None);
    }

    #[test]
    fn formats_round_trip_through_their_names() {
        for format in DocumentFormat::ALL {
            assert_eq!(DocumentFormat::parse(format.as_str()), Some(format));
        }
        assert_eq!(DocumentFormat::parse("docx"), None);
    }

    #[test]
    fn a_span_contains_its_own_parts_only() {
        let passage = Locator {
            page: Some(3),
            start: 100,
            end: 180,
        };
        let words = Locator {
            page: Some(3),
            start: 120,
            end: 130,
        };
        let outside = Locator {
            page: Some(3),
            start: 170,
            end: 190,
        };
        assert!(passage.contains(&words));
        assert!(!passage.contains(&outside));
        assert_eq!(words.len(), 10);
        assert_eq!(passage.to_string(), "p. 3, chars 100–180");
    }
}
