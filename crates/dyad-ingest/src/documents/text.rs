//! Reads a plain-text document: paragraphs are runs of lines between blank lines, and the lines of a
//! paragraph, hard-wrapped as plain text usually is, are joined into one.
//!
//! Inputs: UTF-8 text, any line ends. Caveats: a plain-text file says nothing about itself, so its title
//! is its first line when that line is short enough to be one (a first line of a paragraph's length is
//! text, not a title), and everything else must be stated.

use super::{Blocks, Extracted, Found};

/// A first line longer than this is the start of the text, not its title.
const LONGEST_TITLE_CHARS: usize = 150;

/// The text of a plain-text document, and its title if its first line looks like one.
pub(crate) fn extract(text: &str) -> Extracted {
    let mut blocks = Blocks::default();
    for line in text.lines() {
        if line.trim().is_empty() {
            blocks.close();
        } else {
            blocks.push(line);
            blocks.push("\n");
        }
    }
    let first_line = text.lines().map(str::trim).find(|line| !line.is_empty());
    let title = first_line
        .filter(|line| line.chars().count() <= LONGEST_TITLE_CHARS)
        .unwrap_or_default();
    Extracted {
        text: blocks.finish(),
        page_starts: Vec::new(),
        found: Found {
            title: title.to_string(),
            ..Found::default()
        },
    }
}

#[cfg(test)]
mod tests {
    fn check(text: &str, expect_title: &str, expect_text: &str) {
        let extracted = super::extract(text);
        assert_eq!(extracted.found.title, expect_title);
        assert_eq!(extracted.text, expect_text);
    }

    #[test]
    fn hard_wrapped_lines_join_into_paragraphs() {
        check(
            "Border talks\r\n\r\nThe two delegations met\r\nat Torkham.\r\n \r\nNo date was set.\n",
            "Border talks",
            "Border talks\n\nThe two delegations met at Torkham.\n\nNo date was set.",
        );
        check("\n\n", "", "");
        let long_first_line = "word ".repeat(40);
        check(&long_first_line, "", long_first_line.trim());
    }
}
