//! Golden-file tests of the document readers: every file under `test_data/<format>/ok/` of a document
//! format reads to the document its `.expected` file shows (what it says about itself, and each passage
//! with its span), every file under `err/` fails with the error its `.expected` file says, and each
//! file's format is told from its name and first bytes.
//!
//! Each case is read with the kind `report` stated, as `dyad docs add --kind report` would, unless its
//! name holds `.unstated.`, when nothing is stated. After an intended change, rerun with
//! `UPDATE_EXPECT=1` and review the difference. Every document format must have an `ok` case.

use std::fmt::Write;
use std::path::{Path, PathBuf};

use dyad_ingest::documents::{FORMAT_NAMES, Stated, format_of, read};
use dyad_model::document::{Document, DocumentFormat, DocumentKind};

fn render(document: &Document) -> String {
    let mut out = String::new();
    writeln!(out, "title: {}", document.title).unwrap();
    writeln!(
        out,
        "kind: {} | format: {} | date: {} | publisher: {} | author: {} | licence: {}",
        document.kind.as_str(),
        document.format.as_str(),
        document.date,
        document.publisher,
        document.author,
        document.licence
    )
    .unwrap();
    writeln!(out, "url: {}", document.url).unwrap();
    writeln!(
        out,
        "characters: {} | passages: {}",
        document.text.chars().count(),
        document.passages.len()
    )
    .unwrap();
    for passage in &document.passages {
        writeln!(
            out,
            "passage {} ({}): {}",
            passage.number,
            passage.locator,
            passage.text.replace('\n', "⏎")
        )
        .unwrap();
    }
    out
}

/// The case files of one folder, sorted: every file but the `.expected` ones.
fn case_paths(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut paths: Vec<PathBuf> = entries
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_none_or(|e| e != "expected"))
        .collect();
    paths.sort();
    paths
}

#[test]
fn golden_documents() {
    let update = std::env::var_os("UPDATE_EXPECT").is_some();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("test_data");
    let mut failures = Vec::new();
    let mut n_cases = 0;
    for name in FORMAT_NAMES {
        let format = DocumentFormat::parse(name).expect("every document format name parses");
        let ok_cases = case_paths(&root.join(name).join("ok"));
        if ok_cases.is_empty() {
            failures.push(format!("{name}: the document format has no ok case"));
        }
        let err_cases = case_paths(&root.join(name).join("err"));
        for (path, ok) in ok_cases
            .into_iter()
            .map(|p| (p, true))
            .chain(err_cases.into_iter().map(|p| (p, false)))
        {
            n_cases += 1;
            let bytes = std::fs::read(&path).unwrap();
            let file = path.file_name().unwrap().to_string_lossy().into_owned();
            let told = format_of(&file, &bytes[..bytes.len().min(8192)]);
            if told != Some(format) {
                failures.push(format!(
                    "{}: told as {told:?}, expected {name}",
                    path.display()
                ));
            }
            let stated = if file.contains(".unstated.") {
                Stated::default()
            } else {
                Stated {
                    kind: Some(DocumentKind::Report),
                    ..Stated::default()
                }
            };
            let actual = match read(&file, &bytes, format, &stated) {
                Ok(document) if ok => {
                    // Every passage is its document's characters at its span.
                    let characters: Vec<char> = document.text.chars().collect();
                    for passage in &document.passages {
                        let at = &characters
                            [passage.locator.start as usize..passage.locator.end as usize];
                        assert_eq!(at.iter().collect::<String>(), passage.text, "{file}");
                    }
                    render(&document)
                }
                Err(error) if !ok => format!("error: {error}\n"),
                Ok(document) => format!("UNEXPECTED SUCCESS\n{}", render(&document)),
                Err(error) => format!("UNEXPECTED ERROR: {error}\n"),
            };
            let expected_path = PathBuf::from(format!("{}.expected", path.display()));
            if update {
                std::fs::write(&expected_path, &actual).unwrap();
            }
            let expected = std::fs::read_to_string(&expected_path).unwrap_or_default();
            if expected != actual || actual.starts_with("UNEXPECTED") {
                failures.push(format!(
                    "{}:\n--- expected\n{expected}--- actual\n{actual}",
                    path.display()
                ));
            }
        }
    }
    assert!(n_cases >= 10, "the fixtures are found ({n_cases} cases)");
    assert!(
        failures.is_empty(),
        "{} document cases differ (rerun with UPDATE_EXPECT=1 and review):\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// Inputs on which a reader once panicked, found by the `documents` fuzz target: each reads, or is
/// refused with an error, and never panics.
#[test]
fn inputs_the_fuzzer_found() {
    use dyad_ingest::documents::{Stated, read};
    use dyad_model::document::DocumentFormat;
    // Raw HTML in Markdown whose text starts with a byte-order mark, three bytes long.
    let markdown: &[u8] = b"\t\ny<??<\x01\r<?<\x01\r\x01\t\x08\n\n#=\n\xef\xbb\xbf\n\t[\x00\t";
    let _ = read(
        "fuzz.md",
        markdown,
        DocumentFormat::Markdown,
        &Stated::default(),
    );
    let _ = read(
        "fuzz.md",
        "<b>\u{feff}x</b>".as_bytes(),
        DocumentFormat::Markdown,
        &Stated::default(),
    );
}
