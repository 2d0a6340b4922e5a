//! Reads a Markdown document: its YAML front matter for what it says about itself, and its body as
//! plain text, one paragraph per block.
//!
//! Inputs: CommonMark with tables, footnotes and strikethrough, optionally opened by YAML front matter
//! between two `---` lines. The fields read are `title`; `date` (or `published_time`, `published`);
//! `source_url` (or `url`, `canonical_url`); `publisher` (or `site_name`, `site`); `author` (or
//! `authors`, a list joined by commas); `licence` (or `license`, `rights`); and `kind`.
//!
//! Caveats:
//! - Hard-wrapped lines of a paragraph are joined by a space; a hard line break (two trailing spaces or
//!   a backslash) stays a line break inside the paragraph.
//! - A line holding only spaces and no-break spaces is blank. CommonMark counts a no-break space as
//!   text, so a transcript that separates its paragraphs with such lines (the White House's do) would
//!   otherwise read as one paragraph of hundreds of lines.
//! - Text struck through (`~~…~~`, `<s>`, `<del>`, `<strike>`) is dropped: a publisher strikes what was
//!   not meant, as the White House strikes its transcripts' slips and writes the right word after them in
//!   brackets. Images (their alt text), HTML comments and tags are dropped too; the text between tags
//!   is kept.
//! - Table cells are joined by ` | `, one row per paragraph.
//!
//! References: CommonMark 0.31 (spec.commonmark.org), YAML 1.2.2 (yaml.org/spec/1.2.2).

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag, TagEnd};
use saphyr::{LoadableYamlNode, Scalar, Yaml};

use super::{Blocks, DocumentError, Extracted, Found};

/// The front matter's text, the line it starts on, and the body after it.
struct Split<'a> {
    front_matter: Option<&'a str>,
    body: &'a str,
}

/// Splits a Markdown file into its front matter (if it opens with a `---` line) and its body.
fn split_front_matter<'a>(file: &str, text: &'a str) -> Result<Split<'a>, DocumentError> {
    let Some(after_opening) = text
        .strip_prefix("---\n")
        .or_else(|| text.strip_prefix("---\r\n"))
    else {
        return Ok(Split {
            front_matter: None,
            body: text,
        });
    };
    let mut at = 0;
    for line in after_opening.split_inclusive('\n') {
        let bare = line.trim_end();
        if bare == "---" || bare == "..." {
            return Ok(Split {
                front_matter: Some(&after_opening[..at]),
                body: &after_opening[at + line.len()..],
            });
        }
        at += line.len();
    }
    Err(DocumentError::UnclosedFrontMatter { file: file.into() })
}

/// A scalar (or a list of scalars, joined by commas) as text.
fn scalar_text(value: &Yaml<'_>) -> Option<String> {
    match value {
        Yaml::Value(Scalar::String(text)) => Some(text.to_string()),
        Yaml::Value(Scalar::Integer(number)) => Some(number.to_string()),
        Yaml::Value(Scalar::FloatingPoint(number)) => Some(number.to_string()),
        Yaml::Value(Scalar::Boolean(flag)) => Some(flag.to_string()),
        Yaml::Representation(text, _, _) => Some(text.to_string()),
        Yaml::Tagged(_, inner) => scalar_text(inner),
        Yaml::Sequence(items) => {
            let texts: Vec<String> = items.iter().filter_map(scalar_text).collect();
            (!texts.is_empty()).then(|| texts.join(", "))
        }
        _ => None,
    }
}

/// What the front matter says: the first of `keys` it holds, with where it was read.
struct FrontMatter<'a> {
    yaml: &'a str,
    mapping: Option<Yaml<'a>>,
}

impl FrontMatter<'_> {
    /// The value of the first of `keys` present, and a description of where it was read.
    fn field(&self, keys: &[&str]) -> Option<(String, String)> {
        let mapping = self.mapping.as_ref()?;
        keys.iter().find_map(|key| {
            let value = scalar_text(mapping.as_mapping_get(key)?)?;
            // The file line of the key: the front matter starts on line 2.
            let origin = match self
                .yaml
                .lines()
                .position(|line| line.starts_with(&format!("{key}:")))
            {
                Some(index) => format!("front matter `{key}` (line {})", index + 2),
                None => format!("front matter `{key}`"),
            };
            Some((value, origin))
        })
    }
}

/// Reads the front matter's YAML, or the position of its first error.
fn parse_front_matter<'a>(file: &str, yaml: &'a str) -> Result<FrontMatter<'a>, DocumentError> {
    let documents = Yaml::load_from_str(yaml).map_err(|error| DocumentError::FrontMatter {
        file: file.into(),
        line: error.marker().line() + 1,
        column: error.marker().col() + 1,
        message: error.info().to_string(),
    })?;
    let mapping = match documents.into_iter().next() {
        None => None,
        Some(mapping @ Yaml::Mapping(_)) => Some(mapping),
        Some(Yaml::Value(Scalar::Null)) => None,
        Some(_) => {
            return Err(DocumentError::FrontMatter {
                file: file.into(),
                line: 2,
                column: 1,
                message: "it is not a list of `name: value` lines".into(),
            });
        }
    };
    Ok(FrontMatter { yaml, mapping })
}

/// Lines holding only white space (no-break spaces included) made empty, so that CommonMark sees them as
/// the paragraph breaks they are meant to be.
fn blank_lines_emptied(body: &str) -> String {
    let mut emptied = String::with_capacity(body.len());
    for line in body.split_inclusive('\n') {
        if line.trim().is_empty() {
            if line.ends_with('\n') {
                emptied.push('\n');
            }
        } else {
            emptied.push_str(line);
        }
    }
    emptied
}

/// The tags whose text inline HTML strikes out.
fn is_strike_tag(name: &str) -> bool {
    matches!(name, "s" | "del" | "strike")
}

/// Walks raw HTML inside Markdown: tags are dropped (a `<br>` becomes a line break, a strike tag opens or
/// closes struck text), comments are dropped, and the text between tags is kept unless struck.
fn raw_html(html: &str, blocks: &mut Blocks, n_struck: &mut usize, in_comment: &mut bool) {
    let mut rest = html;
    while !rest.is_empty() {
        if *in_comment {
            match rest.find("-->") {
                Some(end) => {
                    rest = &rest[end + 3..];
                    *in_comment = false;
                }
                None => return,
            }
            continue;
        }
        if let Some(after) = rest.strip_prefix("<!--") {
            *in_comment = true;
            rest = after;
            continue;
        }
        if rest.starts_with('<')
            && let Some(end) = rest.find('>')
        {
            let tag = &rest[1..end];
            let closing = tag.starts_with('/');
            let name: String = tag
                .trim_start_matches('/')
                .chars()
                .take_while(char::is_ascii_alphanumeric)
                .collect::<String>()
                .to_ascii_lowercase();
            if is_strike_tag(&name) {
                if closing {
                    *n_struck = n_struck.saturating_sub(1);
                } else {
                    *n_struck += 1;
                }
            } else if name == "br" && *n_struck == 0 {
                blocks.push("\n");
            }
            rest = &rest[end + 1..];
            continue;
        }
        // The text runs to the next tag; its first character may take more than one byte.
        let first = rest.chars().next().map_or(1, char::len_utf8);
        let text_end = rest[first..].find('<').map_or(rest.len(), |at| at + first);
        if *n_struck == 0 {
            blocks.push(&rest[..text_end]);
        }
        rest = &rest[text_end..];
    }
}

/// The text of a Markdown document and what its front matter says.
pub(crate) fn extract(file: &str, text: &str) -> Result<Extracted, DocumentError> {
    let split = split_front_matter(file, text)?;
    let front_matter = match split.front_matter {
        Some(yaml) => parse_front_matter(file, yaml)?,
        None => FrontMatter {
            yaml: "",
            mapping: None,
        },
    };
    let body = blank_lines_emptied(split.body);
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_DEFINITION_LIST;
    let mut blocks = Blocks::keeping_line_breaks();
    // Struck text and images can nest; a count tells when the last of them closes.
    let mut n_struck = 0usize;
    let mut in_comment = false;
    let mut first_heading: Option<String> = None;
    let mut in_first_heading = false;
    let mut n_cells_in_row = 0usize;
    for event in Parser::new_ext(&body, options) {
        match event {
            Event::Start(Tag::Strikethrough | Tag::Image { .. }) => n_struck += 1,
            Event::End(TagEnd::Strikethrough | TagEnd::Image) => {
                n_struck = n_struck.saturating_sub(1);
            }
            Event::Start(Tag::Heading {
                level: HeadingLevel::H1,
                ..
            }) if first_heading.is_none() => {
                blocks.close();
                first_heading = Some(String::new());
                in_first_heading = true;
            }
            Event::End(TagEnd::Heading(_)) => {
                blocks.close();
                in_first_heading = false;
            }
            Event::Start(Tag::TableRow | Tag::TableHead) => {
                blocks.close();
                n_cells_in_row = 0;
            }
            Event::Start(Tag::TableCell) => {
                if n_cells_in_row > 0 {
                    blocks.push(" | ");
                }
                n_cells_in_row += 1;
            }
            Event::Start(
                Tag::Paragraph
                | Tag::Heading { .. }
                | Tag::BlockQuote(_)
                | Tag::CodeBlock(_)
                | Tag::HtmlBlock
                | Tag::List(_)
                | Tag::Item
                | Tag::FootnoteDefinition(_)
                | Tag::Table(_)
                | Tag::DefinitionList
                | Tag::DefinitionListTitle
                | Tag::DefinitionListDefinition,
            )
            | Event::End(
                TagEnd::Paragraph
                | TagEnd::BlockQuote(_)
                | TagEnd::CodeBlock
                | TagEnd::HtmlBlock
                | TagEnd::List(_)
                | TagEnd::Item
                | TagEnd::FootnoteDefinition
                | TagEnd::Table
                | TagEnd::TableHead
                | TagEnd::TableRow
                | TagEnd::DefinitionList
                | TagEnd::DefinitionListTitle
                | TagEnd::DefinitionListDefinition,
            )
            | Event::Rule => blocks.close(),
            Event::Text(words)
            | Event::Code(words)
            | Event::InlineMath(words)
            | Event::DisplayMath(words)
                if n_struck == 0 && !in_comment =>
            {
                blocks.push(&words);
                if in_first_heading && let Some(heading) = first_heading.as_mut() {
                    heading.push_str(&words);
                }
            }
            Event::Html(html) | Event::InlineHtml(html) => {
                raw_html(&html, &mut blocks, &mut n_struck, &mut in_comment);
            }
            Event::SoftBreak => blocks.push(" "),
            Event::HardBreak => blocks.push("\n"),
            _ => {}
        }
    }
    let mut found = Found::default();
    let field = |keys: &[&str]| front_matter.field(keys).unwrap_or_default();
    found.title = field(&["title"]).0;
    if found.title.trim().is_empty() {
        found.title = first_heading.unwrap_or_default();
    }
    (found.date, found.date_origin) = field(&["date", "published_time", "published"]);
    found.url = field(&["source_url", "url", "canonical_url"]).0;
    found.publisher = field(&["publisher", "site_name", "site"]).0;
    found.author = field(&["author", "authors"]).0;
    found.licence = field(&["licence", "license", "rights"]).0;
    (found.kind, found.kind_origin) = field(&["kind"]);
    Ok(Extracted {
        text: blocks.finish(),
        page_starts: Vec::new(),
        found,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(markdown: &str, expect: &str) {
        let extracted = extract("t.md", markdown).unwrap();
        assert_eq!(extracted.text, expect);
    }

    #[test]
    fn wrapped_lines_join_and_hard_breaks_stay() {
        check(
            "One line\nwrapped.\n\nNext  \nline.",
            "One line wrapped.\n\nNext\nline.",
        );
        check(
            "# Title\n\nText *with* **marks** and `code`.",
            "Title\n\nText with marks and code.",
        );
        check("- one\n- two\n\n> quoted", "one\n\ntwo\n\nquoted");
        check("| a | b |\n|---|---|\n| 1 | 2 |", "a | b\n\n1 | 2");
        check(
            "Escaped \\[sic\\] and \\###.\n\n\\###",
            "Escaped [sic] and ###.\n\n###",
        );
    }

    #[test]
    fn lines_of_no_break_spaces_are_paragraph_breaks() {
        check(
            "MS. PSAKI:  Hi.  \n\u{a0}  \nQ    Yes.",
            "MS. PSAKI: Hi.\n\nQ Yes.",
        );
    }

    #[test]
    fn struck_text_images_and_comments_are_dropped() {
        check(
            "there are <s>2,488</s>\n\\[2,448\\] troops\n\n<!-- -->\n\n~~wrong~~ right ![a chart](c.png)",
            "there are [2,448] troops\n\nright",
        );
        check("a<br>b <em>c</em>", "a\nb c");
    }

    #[test]
    fn front_matter_is_read_with_yaml_escapes() {
        let extracted = extract(
            "wh.md",
            "---\ntags: statements-releases\ndate: '2021-08-14'\nsource_url: https://example.org/s\ntitle: \"Statement by President Joe\\_Biden on\\\n  \\ Afghanistan\\u2019s Future\"\nauthors: [A, B]\n---\n \nBody.\n",
        )
        .unwrap();
        let found = extracted.found;
        assert_eq!(
            found.title,
            "Statement by President Joe\u{a0}Biden on Afghanistan\u{2019}s Future"
        );
        assert_eq!(found.date, "2021-08-14");
        assert_eq!(found.date_origin, "front matter `date` (line 3)");
        assert_eq!(found.url, "https://example.org/s");
        assert_eq!(found.author, "A, B");
        assert_eq!(extracted.text, "Body.");
    }

    #[test]
    fn without_a_title_the_first_heading_is_one() {
        let extracted = extract("t.md", "Intro.\n\n# The *real* title\n\nText.").unwrap();
        assert_eq!(extracted.found.title, "The real title");
    }

    #[test]
    fn bad_front_matter_is_placed() {
        let error = extract("bad.md", "---\ntitle: ok\ndate: [unclosed\n---\nBody").unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("bad.md: line 4, column 1: the front matter is not valid YAML"),
            "{error}"
        );
        let error = extract("open.md", "---\ntitle: x\nBody").unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("open.md: line 1: the front matter opened by `---` is never closed"),
            "{error}"
        );
    }
}
