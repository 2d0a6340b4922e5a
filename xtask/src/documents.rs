//! Derives the bundled documents, `data/documents/whitehouse/*.md`, from the White House pages in the
//! shared data folder.
//!
//! Each published Markdown file is read with dyad's own document reader, and its text is written again as
//! plain paragraphs (Markdown with every special character escaped), under new front matter that states
//! the kind, date, publisher, source URL and licence, and names the file it was derived from with its
//! SHA-256. The derivation then reads its own output back and fails unless the text is the published
//! file's text exactly, so that a passage's span means the same in the bundled copy as in the original.

use std::path::Path;

use anyhow::{Context, Result, bail};
use dyad_ingest::documents::{Stated, read};
use dyad_model::document::{Document, DocumentFormat, DocumentKind};

use crate::Derived;

/// The published pages' folder under the shared data folder.
const SOURCE_FOLDER: &str = "documents/whitehouse";

/// Who published them.
const PUBLISHER: &str = "The White House";

/// Their status: works of the United States Government.
const LICENCE: &str = "Public domain: a work of the United States Government (17 U.S.C. § 105)";

/// The kind of document each White House section publishes. A section missing here stops the derivation:
/// its kind must be chosen on purpose.
fn kind_of_section(section: &str) -> Option<DocumentKind> {
    match section {
        // Statements, fact sheets, remarks and briefings are all the government speaking for itself.
        "statements-releases" | "speeches-remarks" | "press-briefings" => {
            Some(DocumentKind::Statement)
        }
        // Executive orders, notices and proclamations are instruments of policy.
        "presidential-actions" => Some(DocumentKind::Policy),
        _ => None,
    }
}

/// The value of a top-level `key: value` line of a front matter, as written.
fn front_matter_line<'a>(text: &'a str, key: &str) -> Option<&'a str> {
    let front_matter = text.strip_prefix("---\n")?.split("\n---\n").next()?;
    front_matter
        .lines()
        .find_map(|line| line.strip_prefix(&format!("{key}:")))
        .map(str::trim)
}

/// `text` as a YAML double-quoted scalar.
fn yaml_quoted(text: &str) -> String {
    format!("\"{}\"", text.replace('\\', "\\\\").replace('"', "\\\""))
}

/// One line of text written so that Markdown reads it back as the same characters: every character
/// that Markdown could take for syntax is escaped, and so is a first character that could open a list,
/// a heading or a rule.
fn markdown_line(line: &str) -> String {
    let mut written = String::with_capacity(line.len() + 8);
    let starts_with_number = line
        .find(|c: char| !c.is_ascii_digit())
        .filter(|&at| at > 0 && matches!(line.as_bytes()[at], b'.' | b')'));
    for (at, character) in line.char_indices() {
        let special = matches!(
            character,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '&' | '!'
        ) || (at == 0 && matches!(character, '-' | '+' | '=' | ' '))
            || starts_with_number == Some(at);
        if special {
            written.push('\\');
        }
        written.push(character);
    }
    written
}

/// The derived file of one published page.
fn derived_text(
    source_name: &str,
    published: &[u8],
    document: &Document,
    kind: DocumentKind,
) -> String {
    let mut text = String::new();
    text.push_str("---\n");
    text.push_str(&format!("title: {}\n", yaml_quoted(&document.title)));
    text.push_str(&format!("kind: {}\n", kind.as_str()));
    text.push_str(&format!("date: '{}'\n", document.date));
    text.push_str(&format!("publisher: {}\n", yaml_quoted(PUBLISHER)));
    text.push_str(&format!("source_url: {}\n", document.url));
    text.push_str(&format!("licence: {}\n", yaml_quoted(LICENCE)));
    text.push_str(&format!(
        "derived_from: {}\n",
        yaml_quoted(&format!(
            "{SOURCE_FOLDER}/{source_name} (sha256 {}), its text as dyad reads it",
            dyad_ingest::sha256_hex(published)
        ))
    ));
    text.push_str("---\n");
    for (index, paragraph) in document.text.split("\n\n").enumerate() {
        if index > 0 {
            text.push('\n');
        }
        // A line break inside a paragraph is written as Markdown's hard break, a backslash at the end.
        let lines: Vec<String> = paragraph.split('\n').map(markdown_line).collect();
        text.push_str(&lines.join("\\\n"));
        text.push('\n');
    }
    text
}

/// The derived name of a published file: its name with any dots before the extension dropped.
fn derived_name(source_name: &str) -> String {
    let stem = source_name.strip_suffix(".md").unwrap_or(source_name);
    format!("{}.md", stem.trim_end_matches('.'))
}

/// Derives every bundled document.
pub fn derive(shared: &Path) -> Result<Vec<Derived>> {
    let folder = shared.join(SOURCE_FOLDER);
    let mut names: Vec<String> = std::fs::read_dir(&folder)
        .with_context(|| format!("reading `{}`", folder.display()))?
        .map(|entry| Ok(entry?.file_name().to_string_lossy().into_owned()))
        .collect::<Result<Vec<String>>>()?
        .into_iter()
        .filter(|name| name.ends_with(".md"))
        .collect();
    names.sort();
    if names.is_empty() {
        bail!("`{}` holds no Markdown page", folder.display());
    }
    let mut derived = Vec::new();
    for name in names {
        let path = folder.join(&name);
        let published =
            std::fs::read(&path).with_context(|| format!("reading `{}`", path.display()))?;
        let published_text = String::from_utf8_lossy(&published);
        let section = front_matter_line(&published_text, "tags").unwrap_or_default();
        let Some(kind) = kind_of_section(section) else {
            bail!(
                "{}: the White House section `{section}` has no kind\nhint: name its kind in xtask/src/documents.rs (kind_of_section)",
                path.display()
            );
        };
        let document = read(
            &name,
            &published,
            DocumentFormat::Markdown,
            &Stated {
                kind: Some(kind),
                ..Stated::default()
            },
        )
        .with_context(|| format!("reading `{}`", path.display()))?;
        if document.url.is_empty() || document.date.is_empty() {
            bail!(
                "{}: the page names no source URL or no date",
                path.display()
            );
        }
        let text = derived_text(&name, &published, &document, kind);
        let derived_path = format!("data/documents/whitehouse/{}", derived_name(&name));
        let read_back = read(
            &derived_path,
            text.as_bytes(),
            DocumentFormat::Markdown,
            &Stated::default(),
        )
        .with_context(|| format!("reading back `{derived_path}`"))?;
        if read_back.text != document.text
            || read_back.title != document.title
            || read_back.kind != kind
            || read_back.date != document.date
            || read_back.url != document.url
        {
            let at = read_back
                .text
                .chars()
                .zip(document.text.chars())
                .position(|(a, b)| a != b)
                .unwrap_or(read_back.text.len().min(document.text.len()));
            bail!(
                "{derived_path}: read back, it differs from `{}` (text at character {at}, or its title, kind, date or URL)",
                path.display()
            );
        }
        derived.push(Derived {
            path: derived_path,
            text,
        });
    }
    Ok(derived)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn markdown_syntax_is_escaped() {
        let check = |line: &str, expect: &str| assert_eq!(markdown_line(line), expect, "{line}");
        check("Plain words.", "Plain words.");
        check("[2,448] *not* <s>", "\\[2,448\\] \\*not\\* \\<s\\>");
        check("- a list?", "\\- a list?");
        check("12. A number", "12\\. A number");
        check("2:15 P.M.", "2:15 P.M.");
        check("A & B", "A \\& B");
    }

    #[test]
    fn derived_names_lose_stray_dots() {
        assert_eq!(derived_name("a-b..md"), "a-b.md");
        assert_eq!(derived_name("a-b.md"), "a-b.md");
    }
}
