//! Writes and reads the REFI-QDA exchange formats: the codebook (`.qdc`) and the project (`project.qde`
//! inside a `.qdpx`), so that dyad's codebook and codes open in NVivo, ATLAS.ti, MAXQDA and QualCoder.
//!
//! The codebook has two uncodable parent codes, "Themes" and "Lenses", over the codebook's codes; each
//! code's description holds its definition, inclusion and exclusion criteria, examples and rules, and
//! starts with a line `dyad code: FAMILY:KEY` so that reading it back finds the code's key. GUIDs are
//! derived from the codebook's name and the code's key (and, in a project, from the document's SHA-256
//! and the selection), so the same codebook and codes always give the same file. In a project, text
//! selections count Unicode characters of the plain-text source, which is the document's extracted text
//! exactly as dyad stores it, so the offsets are those of dyad's passages and codes.

use std::collections::BTreeMap;

use dyad_model::codebook::{CodeFamily, CodeName};
use quick_xml::Writer;
use quick_xml::XmlVersion;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};
use sha2::{Digest, Sha256};

use crate::codebook::Codebook;

/// The codebook format's namespace.
pub const CODEBOOK_NAMESPACE: &str = "urn:QDA-XML:codebook:1.0";
/// The project format's namespace.
pub const PROJECT_NAMESPACE: &str = "urn:QDA-XML:project:1.0";

/// A GUID derived from `seed`: the first 16 bytes of its SHA-256, written as a GUID.
pub fn guid(seed: &str) -> String {
    let digest = Sha256::digest(seed.as_bytes());
    let hex: String = digest[..16]
        .iter()
        .map(|byte| format!("{byte:02X}"))
        .collect();
    format!(
        "{}-{}-{}-{}-{}",
        &hex[0..8],
        &hex[8..12],
        &hex[12..16],
        &hex[16..20],
        &hex[20..32]
    )
}

/// A code as an exchange file lists it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExchangeCode {
    /// What it names.
    pub name: CodeName,
    /// Its title.
    pub title: String,
    /// Its colour, `#RRGGBB`.
    pub color: Option<String>,
    /// Its description.
    pub description: String,
}

/// The codes of `codebook`, followed by `extra` codes (people's codes the codebook lacks), as an
/// exchange file lists them.
pub fn exchange_codes(codebook: &Codebook, extra: &[CodeName]) -> Vec<ExchangeCode> {
    let mut codes: Vec<ExchangeCode> = codebook
        .codes
        .iter()
        .map(|code| {
            let mut description = format!("dyad code: {}\n{}", code.name, code.definition);
            let mut list = |heading: &str, items: &[String]| {
                if !items.is_empty() {
                    description.push_str(&format!("\n{heading}:"));
                    for item in items {
                        description.push_str(&format!("\n- {item}"));
                    }
                }
            };
            list("Includes", &code.include);
            list("Excludes", &code.exclude);
            list("Examples", &code.examples);
            let rules: Vec<String> = code
                .rules
                .iter()
                .map(|rule| {
                    let terms: Vec<&str> = rule.terms.iter().map(|t| t.source.as_str()).collect();
                    let mut text =
                        format!("{} (weight {}): {}", rule.id, rule.weight, terms.join(", "));
                    if !rule.near.is_empty() {
                        let near: Vec<&str> = rule.near.iter().map(|t| t.source.as_str()).collect();
                        text.push_str(&format!(" NEAR/{} {}", rule.within, near.join(", ")));
                    }
                    if rule.skip_negated {
                        text.push_str(" (not when negated)");
                    }
                    text
                })
                .collect();
            list(
                &format!("Rules (applied at a score of {})", code.min_score),
                &rules,
            );
            ExchangeCode {
                name: code.name.clone(),
                title: code.title.clone(),
                color: code.color.clone(),
                description,
            }
        })
        .collect();
    for name in extra {
        if codes.iter().all(|code| &code.name != name) {
            codes.push(ExchangeCode {
                name: name.clone(),
                title: name.key.clone(),
                color: None,
                description: format!("dyad code: {name}\nApplied by people; not in the codebook."),
            });
        }
    }
    codes
}

type XmlWriter = Writer<Vec<u8>>;

fn start(writer: &mut XmlWriter, name: &str, attributes: &[(&str, &str)]) {
    let mut element = BytesStart::new(name);
    for attribute in attributes {
        element.push_attribute(*attribute);
    }
    writer
        .write_event(Event::Start(element))
        .expect("writing to memory");
}

fn empty(writer: &mut XmlWriter, name: &str, attributes: &[(&str, &str)]) {
    let mut element = BytesStart::new(name);
    for attribute in attributes {
        element.push_attribute(*attribute);
    }
    writer
        .write_event(Event::Empty(element))
        .expect("writing to memory");
}

fn end(writer: &mut XmlWriter, name: &str) {
    writer
        .write_event(Event::End(BytesEnd::new(name)))
        .expect("writing to memory");
}

fn text_element(writer: &mut XmlWriter, name: &str, text: &str) {
    start(writer, name, &[]);
    writer
        .write_event(Event::Text(BytesText::new(text)))
        .expect("writing to memory");
    end(writer, name);
}

fn new_writer() -> XmlWriter {
    let mut writer = Writer::new_with_indent(Vec::new(), b' ', 2);
    writer
        .write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))
        .expect("writing to memory");
    writer
}

/// The GUID of a code of the codebook named `codebook`.
pub fn code_guid(codebook: &str, name: &CodeName) -> String {
    guid(&format!("dyad code {codebook} {name}"))
}

/// Writes the `<Codes>` tree: the uncodable family parents, each over its codes.
fn write_codes(writer: &mut XmlWriter, codebook: &str, codes: &[ExchangeCode]) {
    start(writer, "Codes", &[]);
    for (family, title, about) in [
        (
            CodeFamily::Theme,
            "Themes",
            "What a passage is about: the study's themes.",
        ),
        (
            CodeFamily::Lens,
            "Lenses",
            "How a passage frames the relationship: lenses of international relations.",
        ),
    ] {
        let parent_guid = guid(&format!("dyad family {codebook} {}", family.key()));
        start(
            writer,
            "Code",
            &[
                ("guid", &parent_guid),
                ("name", title),
                ("isCodable", "false"),
            ],
        );
        text_element(writer, "Description", about);
        for code in codes.iter().filter(|code| code.name.family == family) {
            let code_guid = code_guid(codebook, &code.name);
            let mut attributes = vec![
                ("guid", code_guid.as_str()),
                ("name", code.title.as_str()),
                ("isCodable", "true"),
            ];
            if let Some(color) = &code.color {
                attributes.push(("color", color));
            }
            start(writer, "Code", &attributes);
            text_element(writer, "Description", &code.description);
            end(writer, "Code");
        }
        end(writer, "Code");
    }
    end(writer, "Codes");
}

/// The codebook as a REFI-QDA codebook file (`.qdc`).
pub fn codebook_qdc(codebook: &Codebook, origin: &str) -> String {
    let mut writer = new_writer();
    start(
        &mut writer,
        "CodeBook",
        &[("xmlns", CODEBOOK_NAMESPACE), ("origin", origin)],
    );
    write_codes(&mut writer, &codebook.name, &exchange_codes(codebook, &[]));
    end(&mut writer, "CodeBook");
    String::from_utf8(writer.into_inner()).expect("the writer writes UTF-8")
}

/// A coded span of a source, for a project file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Selection {
    /// The first character, counted in the source's plain text.
    pub start: u32,
    /// One past the last character.
    pub end: u32,
    /// The code applied.
    pub code: CodeName,
    /// The coder's label (a person's name, or `rule:` and the codebook).
    pub coder: String,
}

/// A document, for a project file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProjectSource<'a> {
    /// The document's SHA-256: its GUID's seed.
    pub sha256: &'a str,
    /// Its title.
    pub name: &'a str,
    /// What is known of it: publisher, date, address, licence.
    pub description: String,
    /// Its coded spans.
    pub selections: Vec<Selection>,
}

impl ProjectSource<'_> {
    /// The source's GUID, which also names its plain-text file in the `.qdpx` (`sources/GUID.txt`).
    pub fn guid(&self) -> String {
        guid(&format!("dyad source {}", self.sha256))
    }
}

/// The project file (`project.qde`) of a `.qdpx`: users (one per coder), the codebook with any codes
/// people applied beyond it, and the sources with their coded selections. Each source's text is at
/// `internal://GUID.txt`, which the `.qdpx` holds as `sources/GUID.txt`.
pub fn project_qde(
    codebook: &Codebook,
    sources: &[ProjectSource<'_>],
    origin: &str,
    created: &str,
) -> String {
    let mut coders: Vec<&str> = sources
        .iter()
        .flat_map(|source| source.selections.iter().map(|s| s.coder.as_str()))
        .collect();
    coders.sort_unstable();
    coders.dedup();
    let users: BTreeMap<&str, String> = coders
        .iter()
        .map(|coder| (*coder, guid(&format!("dyad user {coder}"))))
        .collect();
    let mut extra: Vec<CodeName> = sources
        .iter()
        .flat_map(|source| source.selections.iter().map(|s| s.code.clone()))
        .collect();
    extra.sort();
    extra.dedup();
    let mut writer = new_writer();
    start(
        &mut writer,
        "Project",
        &[
            ("xmlns", PROJECT_NAMESPACE),
            ("name", "dyad evidence base"),
            ("origin", origin),
            ("creationDateTime", created),
        ],
    );
    if !users.is_empty() {
        start(&mut writer, "Users", &[]);
        for (coder, user_guid) in &users {
            empty(&mut writer, "User", &[("guid", user_guid), ("name", coder)]);
        }
        end(&mut writer, "Users");
    }
    start(&mut writer, "CodeBook", &[]);
    write_codes(
        &mut writer,
        &codebook.name,
        &exchange_codes(codebook, &extra),
    );
    end(&mut writer, "CodeBook");
    if !sources.is_empty() {
        start(&mut writer, "Sources", &[]);
        for source in sources {
            let source_guid = source.guid();
            let path = format!("internal://{source_guid}.txt");
            start(
                &mut writer,
                "TextSource",
                &[
                    ("guid", &source_guid),
                    ("name", source.name),
                    ("plainTextPath", &path),
                    ("creationDateTime", created),
                ],
            );
            text_element(&mut writer, "Description", &source.description);
            for (index, selection) in source.selections.iter().enumerate() {
                let selection_guid = guid(&format!(
                    "dyad selection {} {index} {} {} {} {}",
                    source.sha256, selection.start, selection.end, selection.code, selection.coder
                ));
                let user = &users[selection.coder.as_str()];
                let (start_text, end_text) =
                    (selection.start.to_string(), selection.end.to_string());
                start(
                    &mut writer,
                    "PlainTextSelection",
                    &[
                        ("guid", &selection_guid),
                        ("name", &selection.code.to_string()),
                        ("startPosition", &start_text),
                        ("endPosition", &end_text),
                        ("creatingUser", user),
                    ],
                );
                let coding_guid = guid(&format!("dyad coding {selection_guid}"));
                start(
                    &mut writer,
                    "Coding",
                    &[("guid", &coding_guid), ("creatingUser", user)],
                );
                empty(
                    &mut writer,
                    "CodeRef",
                    &[("targetGUID", &code_guid(&codebook.name, &selection.code))],
                );
                end(&mut writer, "Coding");
                end(&mut writer, "PlainTextSelection");
            }
            end(&mut writer, "TextSource");
        }
        end(&mut writer, "Sources");
    }
    text_element(
        &mut writer,
        "Description",
        "Written by dyad. Text selections count Unicode characters (code points) of each source's plain \
         text, the document's text as dyad extracted it; machine codes are by the coder named \
         rule:CODEBOOK@VERSION#HASH.",
    );
    end(&mut writer, "Project");
    String::from_utf8(writer.into_inner()).expect("the writer writes UTF-8")
}

/// A code read from a codebook file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ReadCode {
    /// Its GUID.
    pub guid: String,
    /// Its name (title).
    pub name: String,
    /// Whether it can be applied.
    pub codable: bool,
    /// Its colour.
    pub color: Option<String>,
    /// Its description.
    pub description: String,
    /// The names of the codes above it, outermost first.
    pub parents: Vec<String>,
    /// The dyad code its description names (`dyad code: FAMILY:KEY`), if any.
    pub dyad_code: Option<CodeName>,
}

/// Why a codebook file could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "byte {position}: {message}\nhint: a REFI-QDA codebook is XML whose root is <CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\">"
)]
pub struct QdcError {
    /// The byte offset where reading stopped.
    pub position: u64,
    /// What was wrong.
    pub message: String,
}

/// Reads the codes of a REFI-QDA codebook file, in document order.
pub fn read_qdc(xml: &str) -> Result<Vec<ReadCode>, QdcError> {
    let mut reader = quick_xml::Reader::from_str(xml);
    reader.config_mut().trim_text(false);
    let mut codes: Vec<ReadCode> = Vec::new();
    // The codes open around the reader, innermost last, by their index in `codes`.
    let mut open: Vec<usize> = Vec::new();
    let mut in_description = false;
    let mut saw_root = false;
    let error = |reader: &quick_xml::Reader<&[u8]>, message: String| QdcError {
        position: reader.buffer_position(),
        message,
    };
    loop {
        let event = reader
            .read_event()
            .map_err(|e| error(&reader, e.to_string()))?;
        match event {
            Event::Start(element) | Event::Empty(element)
                if element.local_name().into_inner() == "CodeBook" =>
            {
                let namespace = attribute(&element, "xmlns");
                if namespace.as_deref() != Some(CODEBOOK_NAMESPACE) {
                    return Err(error(
                        &reader,
                        format!(
                            "the root's namespace is {namespace:?}, not {CODEBOOK_NAMESPACE:?}"
                        ),
                    ));
                }
                saw_root = true;
            }
            Event::Start(ref element) | Event::Empty(ref element)
                if element.local_name().into_inner() == "Code" =>
            {
                let required = |name: &str| {
                    attribute(element, name).ok_or_else(|| {
                        error(&reader, format!("a <Code> lacks its `{name}` attribute"))
                    })
                };
                let code = ReadCode {
                    guid: required("guid")?,
                    name: required("name")?,
                    codable: required("isCodable")? == "true",
                    color: attribute(element, "color"),
                    description: String::new(),
                    parents: open
                        .iter()
                        .map(|&index| codes[index].name.clone())
                        .collect(),
                    dyad_code: None,
                };
                codes.push(code);
                if matches!(event, Event::Start(_)) {
                    open.push(codes.len() - 1);
                }
            }
            Event::End(element) if element.local_name().into_inner() == "Code" => {
                open.pop();
            }
            Event::Start(element) if element.local_name().into_inner() == "Description" => {
                in_description = true;
            }
            Event::End(element) if element.local_name().into_inner() == "Description" => {
                in_description = false;
            }
            Event::Text(text) if in_description => {
                if let Some(&index) = open.last() {
                    let text = text.xml_content(XmlVersion::Implicit1_0);
                    codes[index].description.push_str(&text);
                }
            }
            Event::GeneralRef(reference) if in_description => {
                if let Some(&index) = open.last() {
                    let name: &str = reference.as_ref();
                    let character = match name {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        _ => {
                            return Err(error(&reader, format!("an unknown entity `&{name};`")));
                        }
                    };
                    codes[index].description.push_str(character);
                }
            }
            Event::Eof => break,
            _ => {}
        }
    }
    if !saw_root {
        return Err(QdcError {
            position: 0,
            message: "there is no <CodeBook> element".to_string(),
        });
    }
    for code in &mut codes {
        code.dyad_code = code
            .description
            .lines()
            .next()
            .and_then(|line| line.strip_prefix("dyad code: "))
            .and_then(|name| name.split_once(':'))
            .and_then(|(family, key)| {
                Some(CodeName {
                    family: CodeFamily::from_key(family)?,
                    key: key.to_string(),
                })
            });
    }
    Ok(codes)
}

fn attribute(element: &BytesStart<'_>, name: &str) -> Option<String> {
    element
        .attributes()
        .flatten()
        .find(|attribute| attribute.key.as_ref() == name)
        .and_then(|attribute| {
            attribute
                .normalized_value(XmlVersion::Implicit1_0)
                .ok()
                .map(|value| value.to_string())
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn guids_are_stable_and_shaped_as_guids() {
        let first = guid("x");
        assert_eq!(first, guid("x"));
        assert_ne!(first, guid("y"));
        let parts: Vec<usize> = first.split('-').map(str::len).collect();
        assert_eq!(parts, vec![8, 4, 4, 4, 12]);
        assert!(first.chars().all(|c| c == '-' || c.is_ascii_hexdigit()));
    }

    #[test]
    fn the_codebook_reads_back_with_its_codes_keys_colours_and_definitions() {
        let codebook = Codebook::bundled();
        let xml = codebook_qdc(&codebook, "dyad test");
        let read = read_qdc(&xml).unwrap();
        let parents: Vec<&ReadCode> = read.iter().filter(|code| !code.codable).collect();
        assert_eq!(
            parents
                .iter()
                .map(|code| code.name.as_str())
                .collect::<Vec<_>>(),
            vec!["Themes", "Lenses"]
        );
        let codable: Vec<&ReadCode> = read.iter().filter(|code| code.codable).collect();
        assert_eq!(codable.len(), codebook.codes.len());
        for (read, code) in codable.iter().zip(&codebook.codes) {
            assert_eq!(read.dyad_code.as_ref(), Some(&code.name));
            assert_eq!(read.name, code.title);
            assert_eq!(read.color, code.color);
            assert!(read.description.contains(&code.definition));
            let family = match code.name.family {
                CodeFamily::Theme => "Themes",
                CodeFamily::Lens => "Lenses",
            };
            assert_eq!(read.parents, vec![family.to_string()]);
        }
    }

    #[test]
    fn a_file_of_another_format_is_refused() {
        let error = read_qdc("<Project xmlns=\"urn:QDA-XML:project:1.0\"/>").unwrap_err();
        assert!(error.message.contains("no <CodeBook>"), "{error}");
        let error = read_qdc("<CodeBook xmlns=\"urn:other\"><Codes/></CodeBook>").unwrap_err();
        assert!(error.message.contains("namespace"), "{error}");
        let error = read_qdc("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\"><Codes><Code name=\"x\" isCodable=\"true\"/></Codes></CodeBook>").unwrap_err();
        assert!(error.message.contains("`guid`"), "{error}");
    }
}
