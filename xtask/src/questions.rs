//! Reads the question file of the New America / Terror Free Tomorrow FATA poll (2010), whose wording the
//! bundled survey rows quote.
//!
//! The file comes from Development Seed's site for the poll and is not valid JSON: a `]` after group Q17
//! closes nothing, and group Q7 has two keys named `Q7g` (the Afghan Taliban item, data column Q7f, and
//! the federal government item). A JSON parser either refuses the file or keeps only the second `Q7g`,
//! which loses the one item the bundled table most needs. The file is pretty-printed with one member a
//! line, so it is read line by line instead, keeping every key in the order written; a line the reading
//! does not expect inside a group is an error, so a changed layout stops the derivation rather than
//! shifting wording onto the wrong item.

use anyhow::{Result, bail};

/// One question group: a stem, its items and its answer scale.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Group {
    /// The group's id, `Q7`.
    pub id: String,
    /// The stem read out before the items: `How favorable is your opinion of the following groups?`.
    pub text: String,
    /// The items, in the order written, duplicate keys kept.
    pub items: Vec<Item>,
    /// The answer options, in the order written.
    pub answers: Vec<String>,
}

/// One item of a group.
#[derive(Debug, Clone, PartialEq)]
pub struct Item {
    /// The key the file gives it (not always the data column's name).
    pub key: String,
    /// The item's wording.
    pub name: String,
}

/// Where in a group the reading is.
#[derive(Clone, Copy, PartialEq)]
enum Part {
    Head,
    Questions,
    Answers,
}

/// A `"key": "value"` or `"key": {` line, trimmed of its trailing comma.
fn member(line: &str) -> Option<(&str, Option<&str>)> {
    let line = line.trim().trim_end_matches(',').trim_end();
    let rest = line.strip_prefix('"')?;
    let (key, value) = rest.split_once("\": ")?;
    let value = value.trim();
    if let Some(text) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
        Some((key, Some(text)))
    } else {
        Some((key, None))
    }
}

/// Whether a `group` value names a question group (`Q7`) rather than an answer's side (`positive`).
fn is_question_group(value: &str) -> bool {
    value.starts_with('Q') && value[1..].starts_with(|c: char| c.is_ascii_digit())
}

/// Reads every question group of the file.
pub fn read(text: &str) -> Result<Vec<Group>> {
    let mut groups: Vec<Group> = Vec::new();
    let mut part = Part::Head;
    for (index, line) in text.lines().enumerate() {
        let line_number = index + 1;
        let Some((key, value)) = member(line) else {
            continue;
        };
        match (key, value) {
            ("group", Some(id)) if is_question_group(id) => {
                groups.push(Group {
                    id: id.to_string(),
                    ..Group::default()
                });
                part = Part::Head;
            }
            _ if groups.is_empty() => {
                bail!("line {line_number}: `{key}` stands before the first question group")
            }
            ("text", Some(text)) if part == Part::Head => {
                groups.last_mut().expect("a group").text = text.to_string();
            }
            ("questions", None) => part = Part::Questions,
            ("answers", None) => part = Part::Answers,
            ("name", Some(name)) => {
                let group = groups.last_mut().expect("a group");
                match part {
                    Part::Questions => match group.items.last_mut() {
                        Some(item) if item.name.is_empty() => item.name = name.to_string(),
                        _ => bail!(
                            "line {line_number}: a name `{name}` in group {} follows no item key",
                            group.id
                        ),
                    },
                    Part::Answers => group.answers.push(name.to_string()),
                    Part::Head => bail!(
                        "line {line_number}: a name `{name}` in group {} before its questions",
                        group.id
                    ),
                }
            }
            (key, None) if part == Part::Questions && key.starts_with('Q') => {
                groups.last_mut().expect("a group").items.push(Item {
                    key: key.to_string(),
                    name: String::new(),
                });
            }
            // The rest (`id`, `shortname`, `display`, an answer's side) says how the site showed an item,
            // not what was asked.
            _ => {}
        }
    }
    Ok(groups)
}

/// The stem, the item's wording and the answer options of the `occurrence`-th item keyed `key` in
/// `group` (0 for the first).
pub fn find<'g>(
    groups: &'g [Group],
    group: &str,
    key: &str,
    occurrence: usize,
) -> Result<(&'g Group, &'g Item)> {
    let Some(found) = groups.iter().find(|g| g.id == group) else {
        bail!("the question file has no group `{group}`");
    };
    match found.items.iter().filter(|i| i.key == key).nth(occurrence) {
        Some(item) => Ok((found, item)),
        None => bail!(
            "the question file's group `{group}` has no item keyed `{key}` (occurrence {})",
            occurrence + 1
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = r#"[
    {
        "group": "Q7",
        "id": "opinion-groups",
        "text": "How favorable is your opinion of the following groups?",
        "questions": {
            "Q7g": {
                "name": "Aghan Taliban",
                "display": [
                    "agency"
                ]
            },
            "Q7g": {
                "name": "Federal Pakistani Government in Islamabad",
                "display": [
                    "agency"
                ]
            }
        },
        "answers": [
            {
                "name": "Very favorable",
                "group": "positive"
            },
            {
                "name": "Refused"
            }
        ]
    },
    {
        "group": "Q17",
        "text": "Do you think American drone strikes for the most part accurately kill militants or mostly kill civilians?",
        "questions": {
            "Q17": {
                "name": "Do you think American drone strikes for the most part accurately kill militants or mostly kill civilians?"
            }
        }
        ]
    }
]"#;

    #[test]
    fn duplicate_keys_are_kept_in_order_and_a_stray_bracket_is_no_obstacle() {
        let groups = read(SAMPLE).unwrap();
        assert_eq!(groups.len(), 2);
        let (group, first) = find(&groups, "Q7", "Q7g", 0).unwrap();
        assert_eq!(
            group.text,
            "How favorable is your opinion of the following groups?"
        );
        assert_eq!(first.name, "Aghan Taliban");
        assert_eq!(
            find(&groups, "Q7", "Q7g", 1).unwrap().1.name,
            "Federal Pakistani Government in Islamabad"
        );
        assert_eq!(group.answers, ["Very favorable", "Refused"]);
        assert!(find(&groups, "Q7", "Q7g", 2).is_err());
        assert!(find(&groups, "Q8", "Q8g", 0).is_err());
        assert_eq!(groups[1].items.len(), 1);
    }

    #[test]
    fn a_name_outside_an_item_stops_the_reading() {
        let broken = "{\n\"group\": \"Q1\",\n\"name\": \"stray\"\n}";
        let error = read(broken).unwrap_err().to_string();
        assert!(error.contains("line 3"), "{error}");
    }
}
