//! `dyad code`, `dyad codes show|export|import|matrix`, `dyad codebook show|export` and `dyad reliability`:
//! codebook coding of the stored passages, people's coding, their exchange with QDA tools, and agreement.
//!
//! Coding is `dyad_load::code_documents`; the codebook and its coder are `dyad_text::codebook`; the
//! matrix is `dyad_text::matrix`; the REFI-QDA files are `dyad_text::refi`; agreement is
//! `dyad_text::reliability`. This file reads files, resolves passages and prints.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::Write;
use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result, anyhow, bail};
use dyad_model::codebook::{Code, CodeFamily, CodeName, Coder, Lens, Theme};
use dyad_model::document::{Locator, Passage};
use dyad_model::table::Datum;
use dyad_store::{CodeFilter, PassageKey, Store, StoredCode};
use dyad_text::codebook::{Codebook, Coding, ScopeVerdict};
use dyad_text::matrix::{CodedPassage, cross};
use dyad_text::reliability::{
    CodeScores, CodedSheet, Coefficient, Level, code_reliability, cohen_kappa, fleiss_kappa,
    krippendorff_alpha, parse_sheet, percent_agreement,
};

use crate::args::{
    CodeArgs, CodebookCommand, CodebookExportArgs, CodebookShowArgs, CodesCommand, CodesExportArgs,
    CodesFormat, CodesImportArgs, CodesMatrixArgs, CodesShowArgs, DocsFormat, MatrixBy,
    ReliabilityArgs,
};
use crate::output::write_rows;
use crate::settings::Settings;

/// The codebook at `path`, or the bundled one, with its file's text.
pub fn load_codebook(path: Option<&Path>) -> Result<(Codebook, String)> {
    let Some(path) = path else {
        return Ok((
            Codebook::bundled(),
            dyad_text::codebook::BUNDLED.to_string(),
        ));
    };
    let text = std::fs::read_to_string(path)
        .with_context(|| format!("reading the codebook `{}`", path.display()))?;
    let codebook = Codebook::parse(&text)
        .map_err(|error| anyhow!("codebook `{}`: {error}", path.display()))?;
    Ok((codebook, text))
}

/// `dyad code`.
pub fn code(settings: &Settings, args: &CodeArgs) -> Result<ExitCode> {
    let (codebook, text) = load_codebook(args.codebook.as_deref())?;
    let mut store = super::open_evidence(settings)?;
    let recoded = dyad_load::code_documents(&mut store, &codebook, &text)?;
    let label = codebook.coder().label();
    let codes = store.codes(&CodeFilter {
        passage: None,
        coders: vec![label.clone()],
    })?;
    let mut stderr = std::io::stderr().lock();
    writeln!(
        stderr,
        "coded {} passages with {label}: {} codes ({} codes of an earlier coding by `{}` replaced)",
        recoded.passages, recoded.added, recoded.removed, codebook.name
    )?;
    let mut out = std::io::stdout().lock();
    let rows: Vec<Vec<String>> = codebook
        .codes
        .iter()
        .map(|definition| {
            let passages: BTreeSet<PassageKey> = codes
                .iter()
                .filter(|stored| stored.code.name == definition.name)
                .map(|stored| stored.key)
                .collect();
            vec![
                definition.name.family.key().to_string(),
                definition.name.key.clone(),
                definition.title.clone(),
                passages.len().to_string(),
            ]
        })
        .collect();
    write_rows(
        &mut out,
        crate::args::Format::Table,
        &["Family", "Code", "Title", "Passages"],
        &rows,
    )?;
    Ok(ExitCode::SUCCESS)
}

pub fn run(settings: &Settings, command: &CodesCommand) -> Result<ExitCode> {
    match command {
        CodesCommand::Show(args) => show(settings, args),
        CodesCommand::Export(args) => export(settings, args),
        CodesCommand::Import(args) => import(settings, args),
        CodesCommand::Matrix(args) => matrix(settings, args),
    }
}

/// `DOC:PASSAGE` as a passage key.
fn passage_key(text: &str) -> Result<PassageKey> {
    let parsed = text.split_once(':').and_then(|(document, passage)| {
        Some(PassageKey {
            document: document.trim().parse().ok()?,
            passage: passage.trim().parse().ok()?,
        })
    });
    parsed.ok_or_else(|| {
        anyhow!(
            "`{text}` is not a passage\nhint: name a passage as DOCUMENT:PASSAGE, such as `3:12`; `dyad docs list` gives documents' ids and `dyad docs show ID` their passages"
        )
    })
}

fn show(settings: &Settings, args: &CodesShowArgs) -> Result<ExitCode> {
    let key = passage_key(&args.passage)?;
    let (codebook, _) = load_codebook(args.codebook.as_deref())?;
    let store = super::open_evidence(settings)?;
    let Some(document) = store.document(key.document)? else {
        bail!(
            "no document has the id {}\nhint: `dyad docs list` gives the ids",
            key.document
        );
    };
    let Some(index) = document
        .passages
        .iter()
        .position(|passage| passage.number == key.passage)
    else {
        bail!(
            "document {} has no passage {} (it has {})\nhint: `dyad docs show {}` lists its passages",
            key.document,
            key.passage,
            document.passages.len(),
            key.document
        );
    };
    let passage = &document.passages[index];
    let stored = store.codes(&CodeFilter {
        passage: Some(key),
        coders: Vec::new(),
    })?;
    // The codebook explains the passage as it reads it in its document, so that the scope of the
    // passages just before it counts.
    let explanation = Coding::new(&codebook)
        .score_document(&document.summary.title, &document.passages[..=index])
        .pop()
        .expect("one coding per passage");
    let mut out = std::io::stdout().lock();
    if args.format == DocsFormat::Json {
        let shown = serde_json::json!({
            "document": {"id": key.document, "title": document.summary.title, "sha256": document.summary.sha256,
                         "kind": document.summary.kind.as_str(), "date": document.summary.date},
            "passage": {"number": passage.number, "page": passage.locator.page, "start": passage.locator.start,
                        "end": passage.locator.end, "text": passage.text},
            "codes": stored.iter().map(|s| &s.code).collect::<Vec<_>>(),
            "explanation": {"codebook": codebook.coder().label(), "scope": explanation.scope,
                            "scored": explanation.scored},
        });
        serde_json::to_writer_pretty(&mut out, &shown)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "passage {key} of \"{}\" ({}, {}), {}",
        document.summary.title,
        document.summary.kind.as_str(),
        if document.summary.date.is_empty() {
            "undated"
        } else {
            &document.summary.date
        },
        passage.locator
    )?;
    writeln!(out)?;
    writeln!(out, "{}", passage.text)?;
    writeln!(out)?;
    if stored.is_empty() {
        writeln!(
            out,
            "No code is stored for this passage. (`dyad code` codes every passage with the codebook.)"
        )?;
    } else {
        let rows: Vec<Vec<String>> = stored
            .iter()
            .map(|s| {
                vec![
                    s.code.name.family.key().to_string(),
                    s.code.name.key.clone(),
                    s.code.coder.label(),
                    s.code
                        .score
                        .map_or(String::new(), |score| format!("{score}")),
                    if s.code.locator.start == passage.locator.start
                        && s.code.locator.end == passage.locator.end
                    {
                        "whole passage".to_string()
                    } else {
                        s.code.locator.to_string()
                    },
                ]
            })
            .collect();
        writeln!(out, "Stored codes:")?;
        write_rows(
            &mut out,
            crate::args::Format::Table,
            &["Family", "Code", "Coder", "Score", "Words"],
            &rows,
        )?;
    }
    writeln!(out)?;
    writeln!(out, "Why, by {}:", codebook.coder().label())?;
    match &explanation.scope {
        ScopeVerdict::Unscoped => writeln!(out, "  scope: the codebook codes every passage")?,
        ScopeVerdict::Title { words } => {
            writeln!(out, "  scope: the document's title names \"{words}\"")?
        }
        ScopeVerdict::Named { passage: at, words } => writeln!(
            out,
            "  scope: passage {at} names \"{}\" ({})",
            words.text, words.locator
        )?,
        ScopeVerdict::OutOfScope => {
            let context = codebook.scope.as_ref().map_or(0, |scope| scope.context);
            writeln!(
                out,
                "  scope: OUT — neither this passage nor the {context} before it names the pair, its region or its armed groups, so no code is applied"
            )?
        }
    }
    if explanation.scored.is_empty() {
        writeln!(out, "  no rule of the codebook fired on this passage")?;
    }
    for scored in &explanation.scored {
        let score = scored.code.score.unwrap_or(0.0);
        writeln!(
            out,
            "  {} {}: score {score} {} {} → {}",
            scored.code.name.family.key(),
            scored.code.name.key,
            if score >= scored.min_score {
                "≥"
            } else {
                "<"
            },
            scored.min_score,
            if scored.applied {
                "applied"
            } else {
                "not applied"
            }
        )?;
        for hit in &scored.code.hits {
            let matches: Vec<String> = hit
                .matches
                .iter()
                .map(|words| {
                    words
                        .iter()
                        .map(|w| format!("\"{}\" ({})", w.text, w.locator))
                        .collect::<Vec<_>>()
                        .join(" near ")
                })
                .collect();
            writeln!(
                out,
                "    {} ×{} (weight {}): {}",
                hit.rule,
                hit.matches.len(),
                hit.weight,
                matches.join("; ")
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn datum_text(datum: &Datum) -> String {
    match datum {
        Datum::Null => String::new(),
        Datum::Integer(n) => n.to_string(),
        Datum::Number(x) => format!("{x:?}"),
        Datum::Text(t) => t.clone(),
    }
}

fn export(settings: &Settings, args: &CodesExportArgs) -> Result<ExitCode> {
    let store = super::open_evidence(settings)?;
    let table = store.code_table(&CodeFilter {
        passage: None,
        coders: args.coders.clone(),
    })?;
    let mut bytes = Vec::new();
    match args.format {
        CodesFormat::Csv => {
            let mut writer = csv::Writer::from_writer(&mut bytes);
            writer.write_record(table.columns.iter().map(|(name, _)| name.as_str()))?;
            for row in &table.rows {
                writer.write_record(row.iter().map(datum_text))?;
            }
            writer.flush()?;
        }
        CodesFormat::Json | CodesFormat::Table => {
            let rows: Vec<serde_json::Value> = table
                .rows
                .iter()
                .map(|row| {
                    let object: serde_json::Map<String, serde_json::Value> = table
                        .columns
                        .iter()
                        .zip(row)
                        .map(|((name, _), datum)| {
                            let value = match datum {
                                Datum::Null => serde_json::Value::Null,
                                Datum::Integer(n) => serde_json::json!(n),
                                Datum::Number(x) => serde_json::json!(x),
                                Datum::Text(t) => serde_json::json!(t),
                            };
                            (name.clone(), value)
                        })
                        .collect();
                    serde_json::Value::Object(object)
                })
                .collect();
            if args.format == CodesFormat::Table {
                bail!(
                    "`codes export` writes CSV or JSON\nhint: use `--format csv` or `--format json`; `dyad codes show DOC:PASSAGE` prints a passage's codes"
                );
            }
            serde_json::to_writer_pretty(&mut bytes, &rows)?;
            bytes.push(b'\n');
        }
    }
    match &args.out {
        Some(path) => {
            std::fs::write(path, &bytes)
                .with_context(|| format!("writing `{}`", path.display()))?;
            writeln!(
                std::io::stderr().lock(),
                "{}: {} codes",
                path.display(),
                table.rows.len()
            )?;
        }
        None => std::io::stdout().lock().write_all(&bytes)?,
    }
    Ok(ExitCode::SUCCESS)
}

/// The stored documents' passages, by document id, and the ids by SHA-256.
struct Passages {
    by_document: HashMap<i64, Vec<Passage>>,
    by_sha256: HashMap<String, i64>,
}

impl Passages {
    fn read(store: &Store) -> Result<Passages> {
        let mut by_document = HashMap::new();
        let mut by_sha256 = HashMap::new();
        for summary in store.documents(&Default::default())? {
            if let Some(document) = store.document(summary.id)? {
                by_document.insert(summary.id, document.passages);
                by_sha256.insert(summary.sha256.clone(), summary.id);
            }
        }
        Ok(Passages {
            by_document,
            by_sha256,
        })
    }
}

fn import(settings: &Settings, args: &CodesImportArgs) -> Result<ExitCode> {
    let name = args.file.display().to_string();
    let bytes = std::fs::read(&args.file).with_context(|| format!("reading `{name}`"))?;
    let text = String::from_utf8(bytes).map_err(|error| {
        anyhow!(
            "{name}: byte {}: the file is not UTF-8\nhint: save the sheet as CSV UTF-8",
            error.utf8_error().valid_up_to()
        )
    })?;
    let mut store = super::open_evidence(settings)?;
    let passages = Passages::read(&store)?;
    let bundled = Codebook::bundled();
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .from_reader(text.as_bytes());
    let headers = reader
        .headers()
        .with_context(|| format!("{name}: line 1: reading the header"))?
        .clone();
    let column = |wanted: &str| headers.iter().position(|header| header.trim() == wanted);
    let document_column = column("document_id");
    let sha_column = column("document_sha256");
    let required = |wanted: &'static str| {
        column(wanted).ok_or_else(|| {
            anyhow!(
                "{name}: line 1: the header has no `{wanted}` column\nhint: import reads the layout `dyad codes export` writes: document_id (or document_sha256), passage, start, end, code, family, coder"
            )
        })
    };
    if document_column.is_none() && sha_column.is_none() {
        bail!(
            "{name}: line 1: the header has neither `document_id` nor `document_sha256`\nhint: name each row's document by one of them, as `dyad codes export` writes"
        );
    }
    let (start_column, end_column, code_column, coder_column) = (
        column("start"),
        column("end"),
        required("code")?,
        required("coder")?,
    );
    let (passage_column, family_column) = (column("passage"), column("family"));
    let mut errors: Vec<String> = Vec::new();
    let mut codes: Vec<(PassageKey, Code)> = Vec::new();
    let mut read: Vec<(PassageKey, String)> = Vec::new();
    for record in reader.records() {
        let record = match record {
            Ok(record) => record,
            Err(error) => {
                let line = error.position().map_or(0, |p| p.line());
                errors.push(format!("{name}: line {line}: {error}"));
                continue;
            }
        };
        let line = record.position().map_or(0, |p| p.line());
        let field = |index: Option<usize>| {
            index
                .and_then(|index| record.get(index))
                .map(str::trim)
                .unwrap_or("")
        };
        let at = |column_name: &str, message: String| {
            format!("{name}: line {line}, column `{column_name}`: {message}")
        };
        let document = if !field(document_column).is_empty() {
            match field(document_column).parse::<i64>() {
                Ok(id) if passages.by_document.contains_key(&id) => id,
                _ => {
                    errors.push(at(
                        "document_id",
                        format!(
                            "no stored document has the id `{}`\nhint: `dyad docs list` gives the ids",
                            field(document_column)
                        ),
                    ));
                    continue;
                }
            }
        } else if let Some(&id) = passages.by_sha256.get(field(sha_column)) {
            id
        } else {
            errors.push(at(
                "document_sha256",
                format!(
                    "no stored document has the SHA-256 `{}`\nhint: add the document with `dyad docs add` first",
                    field(sha_column)
                ),
            ));
            continue;
        };
        let coder = field(Some(coder_column)).to_string();
        if coder.is_empty() {
            errors.push(at(
                "coder",
                "is empty\nhint: name the person who coded".to_string(),
            ));
            continue;
        }
        if coder.starts_with("rule:") {
            errors.push(at(
                "coder",
                format!("`{coder}` is a codebook's coder\nhint: import reads people's coding; `dyad code` makes a codebook's codes"),
            ));
            continue;
        }
        let document_passages = &passages.by_document[&document];
        let number = |text: &str, column_name: &str| -> Result<u32, String> {
            text.parse::<u32>().map_err(|_| {
                at(
                    column_name,
                    format!("`{text}` is not a character offset (a whole number from 0)"),
                )
            })
        };
        let (start_text, end_text) = (field(start_column), field(end_column));
        let code_key = field(Some(code_column));
        let passage = if start_text.is_empty() && end_text.is_empty() {
            // A reading without a span: the passage column names it.
            match field(passage_column).parse::<u32>() {
                Ok(number) => document_passages.iter().find(|p| p.number == number),
                Err(_) => None,
            }
        } else {
            let (start, end) = match (number(start_text, "start"), number(end_text, "end")) {
                (Ok(start), Ok(end)) => (start, end),
                (Err(error), _) | (_, Err(error)) => {
                    errors.push(error);
                    continue;
                }
            };
            if end <= start {
                errors.push(at(
                    "end",
                    format!("the span {start}–{end} is empty or runs backwards"),
                ));
                continue;
            }
            let found = document_passages
                .iter()
                .find(|p| p.locator.start <= start && end <= p.locator.end);
            if found.is_none() {
                let nearest: Vec<String> = document_passages
                    .iter()
                    .filter(|p| p.locator.end > start && p.locator.start < end)
                    .map(|p| format!("{} ({}–{})", p.number, p.locator.start, p.locator.end))
                    .collect();
                errors.push(at(
                    "start",
                    format!(
                        "characters {start}–{end} of document {document} do not lie within one passage{}\nhint: a code lies within one passage; split it, or see the passages' spans with `dyad docs show {document} --format json`",
                        if nearest.is_empty() {
                            " (they are past the document's end)".to_string()
                        } else {
                            format!(": they cross passages {}", nearest.join(", "))
                        }
                    ),
                ));
                continue;
            }
            found.map(|p| (p, start, end)).map(|(p, _, _)| p)
        };
        let Some(passage) = passage else {
            errors.push(at(
                "passage",
                format!(
                    "document {document} has no passage `{}`\nhint: give the code's `start` and `end`, or the number of a passage `dyad docs show {document}` lists",
                    field(passage_column)
                ),
            ));
            continue;
        };
        if let Ok(stated) = field(passage_column).parse::<u32>()
            && stated != passage.number
        {
            errors.push(at(
                "passage",
                format!(
                    "says passage {stated}, but characters {}–{} are in passage {}",
                    start_text, end_text, passage.number
                ),
            ));
            continue;
        }
        let key = PassageKey {
            document,
            passage: passage.number,
        };
        read.push((key, coder.clone()));
        if code_key.is_empty() {
            continue;
        }
        let family = match field(family_column) {
            "" => match bundled
                .codes
                .iter()
                .find(|definition| definition.name.key == code_key)
            {
                Some(definition) => definition.name.family,
                None => {
                    errors.push(at(
                        "family",
                        format!("is empty, and `{code_key}` is not a code of the bundled codebook\nhint: say whether the code is a `theme` or a `lens`"),
                    ));
                    continue;
                }
            },
            family => {
                match CodeFamily::from_key(family) {
                    Some(family) => family,
                    None => {
                        errors.push(at(
                        "family",
                        format!("`{family}` is not a family\nhint: a code's family is `theme` or `lens`"),
                    ));
                        continue;
                    }
                }
            }
        };
        let locator = if start_text.is_empty() {
            passage.locator
        } else {
            Locator {
                page: passage.locator.page,
                start: start_text.parse().expect("checked above"),
                end: end_text.parse().expect("checked above"),
            }
        };
        codes.push((
            key,
            Code {
                name: CodeName {
                    family,
                    key: code_key.to_string(),
                },
                locator,
                coder: Coder::Person { name: coder },
                score: None,
                hits: Vec::new(),
            },
        ));
    }
    if !errors.is_empty() {
        let shown: Vec<&str> = errors.iter().take(10).map(String::as_str).collect();
        bail!(
            "{} rows of `{name}` could not be read, so nothing was imported:\n{}{}",
            errors.len(),
            shown.join("\n"),
            if errors.len() > 10 {
                format!("\n… and {} more", errors.len() - 10)
            } else {
                String::new()
            }
        );
    }
    let added = store.add_person_codes(&read, &codes)?;
    writeln!(
        std::io::stderr().lock(),
        "{name}: {} codes added, {} already stored; {} new passage readings",
        added.added,
        added.already,
        added.read
    )?;
    Ok(ExitCode::SUCCESS)
}

/// The year of a document's date, or `undated`.
fn year_of(date: &str) -> String {
    match date.get(..4) {
        Some(year) if year.chars().all(|c| c.is_ascii_digit()) => year.to_string(),
        _ => "undated".to_string(),
    }
}

/// The passages of `codes`, each with its themes and the column values `by` gives it.
pub fn coded_passages(codes: &[StoredCode], by: MatrixBy) -> Vec<CodedPassage> {
    let mut passages: BTreeMap<PassageKey, CodedPassage> = BTreeMap::new();
    for stored in codes {
        let passage = passages.entry(stored.key).or_insert_with(|| CodedPassage {
            themes: BTreeSet::new(),
            columns: match by {
                MatrixBy::Lens => BTreeSet::new(),
                MatrixBy::Year => BTreeSet::from([year_of(&stored.date)]),
                MatrixBy::Kind => BTreeSet::from([stored.kind.clone()]),
            },
        });
        match stored.code.name.family {
            CodeFamily::Theme => {
                passage.themes.insert(stored.code.name.key.clone());
            }
            CodeFamily::Lens if by == MatrixBy::Lens => {
                passage.columns.insert(stored.code.name.key.clone());
            }
            CodeFamily::Lens => {}
        }
    }
    passages.into_values().collect()
}

fn matrix(settings: &Settings, args: &CodesMatrixArgs) -> Result<ExitCode> {
    let store = super::open_evidence(settings)?;
    let coder = match &args.coder {
        Some(coder) => coder.clone(),
        None => dyad_load::house_codebook(&store)?.0.coder().label(),
    };
    let codes = store.codes(&CodeFilter {
        passage: None,
        coders: vec![coder.clone()],
    })?;
    if codes.is_empty() {
        bail!(
            "no code by `{coder}` is stored\nhint: run `dyad code`, or name a coder that `dyad codes export` lists with `--coder`"
        );
    }
    let passages = coded_passages(&codes, args.by);
    let themes: Vec<String> = Theme::ALL.iter().map(|t| t.key().to_string()).collect();
    let columns: Vec<String> = match args.by {
        MatrixBy::Lens => Lens::ALL.iter().map(|l| l.key().to_string()).collect(),
        MatrixBy::Year | MatrixBy::Kind => passages
            .iter()
            .flat_map(|p| p.columns.iter().cloned())
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect(),
    };
    let result = cross(&passages, &themes, &columns);
    let by_name = match args.by {
        MatrixBy::Lens => "lens",
        MatrixBy::Year => "year",
        MatrixBy::Kind => "kind",
    };
    let mut out = std::io::stdout().lock();
    match args.format {
        CodesFormat::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &serde_json::json!({"coder": coder, "by": by_name, "matrix": result}),
            )?;
            writeln!(out)?;
        }
        CodesFormat::Csv => {
            let rows: Vec<Vec<String>> = result
                .cells
                .iter()
                .zip(result.themes.iter().flat_map(|theme| {
                    let total = result.theme_passages[result
                        .themes
                        .iter()
                        .position(|t| t == theme)
                        .expect("a theme of the matrix")];
                    std::iter::repeat_n(total, result.columns.len())
                }))
                .map(|(cell, total)| {
                    vec![
                        cell.theme.clone(),
                        cell.column.clone(),
                        cell.passages.to_string(),
                        total.to_string(),
                        format!("{:?}", cell.share),
                    ]
                })
                .collect();
            write_rows(
                &mut out,
                crate::args::Format::Csv,
                &["theme", by_name, "passages", "theme_passages", "share"],
                &rows,
            )?;
        }
        CodesFormat::Table => {
            let mut headers = vec!["Theme".to_string(), "Passages".to_string()];
            headers.extend(result.columns.iter().cloned());
            let rows: Vec<Vec<String>> = result
                .themes
                .iter()
                .enumerate()
                .map(|(index, theme)| {
                    let mut row = vec![theme.clone(), result.theme_passages[index].to_string()];
                    for column in &result.columns {
                        let cell = result.cell(theme, column).expect("every cell is there");
                        row.push(if cell.passages == 0 {
                            "0".to_string()
                        } else {
                            format!("{} ({:.0}%)", cell.passages, cell.share * 100.0)
                        });
                    }
                    row
                })
                .collect();
            let header_refs: Vec<&str> = headers.iter().map(String::as_str).collect();
            writeln!(
                out,
                "Passages coded with each theme and each {by_name}, by {coder} (share of the theme's passages):"
            )?;
            write_rows(&mut out, crate::args::Format::Table, &header_refs, &rows)?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

pub fn codebook(command: &CodebookCommand) -> Result<ExitCode> {
    match command {
        CodebookCommand::Show(args) => codebook_show(args),
        CodebookCommand::Export(args) => codebook_export(args),
    }
}

fn codebook_show(args: &CodebookShowArgs) -> Result<ExitCode> {
    let (codebook, _) = load_codebook(args.codebook.as_deref())?;
    let mut out = std::io::stdout().lock();
    if args.format == DocsFormat::Json {
        serde_json::to_writer_pretty(&mut out, &codebook)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(
        out,
        "{} {} ({}): {}",
        codebook.name,
        codebook.version,
        codebook.coder().label(),
        codebook.description
    )?;
    if let Some(scope) = &codebook.scope {
        let terms: Vec<&str> = scope.terms.iter().map(|t| t.source.as_str()).collect();
        writeln!(
            out,
            "scope: a passage, or one of the {} before it, names one of: {}",
            scope.context,
            terms.join(", ")
        )?;
    }
    for code in &codebook.codes {
        writeln!(out)?;
        writeln!(
            out,
            "{} — {} (applied at a score of {})",
            code.name, code.title, code.min_score
        )?;
        writeln!(out, "  {}", code.definition)?;
        for (heading, items) in [
            ("includes", &code.include),
            ("excludes", &code.exclude),
            ("example", &code.examples),
        ] {
            for item in items {
                writeln!(out, "  {heading}: {item}")?;
            }
        }
        for rule in &code.rules {
            let terms: Vec<&str> = rule.terms.iter().map(|t| t.source.as_str()).collect();
            let near = if rule.near.is_empty() {
                String::new()
            } else {
                let near: Vec<&str> = rule.near.iter().map(|t| t.source.as_str()).collect();
                format!(" NEAR/{} {}", rule.within, near.join(", "))
            };
            writeln!(
                out,
                "  rule {} (weight {}{}): {}{near}",
                rule.id,
                rule.weight,
                if rule.skip_negated {
                    ", not when negated"
                } else {
                    ""
                },
                terms.join(", ")
            )?;
        }
    }
    Ok(ExitCode::SUCCESS)
}

fn codebook_export(args: &CodebookExportArgs) -> Result<ExitCode> {
    let (codebook, _) = load_codebook(args.codebook.as_deref())?;
    let origin = format!(
        "dyad {} ({})",
        env!("CARGO_PKG_VERSION"),
        codebook.coder().label()
    );
    let xml = dyad_text::refi::codebook_qdc(&codebook, &origin);
    std::fs::write(&args.qdc, xml).with_context(|| format!("writing `{}`", args.qdc.display()))?;
    writeln!(
        std::io::stderr().lock(),
        "{}: the REFI-QDA codebook of {} codes",
        args.qdc.display(),
        codebook.codes.len()
    )?;
    Ok(ExitCode::SUCCESS)
}

fn coefficient(value: &Coefficient) -> String {
    match value {
        Coefficient::Value(value) => format!("{value:.3}"),
        Coefficient::Undefined(reason) => format!("– ({reason})"),
    }
}

fn score_cells(scores: &CodeScores) -> [String; 4] {
    [
        scores
            .agreement
            .proportion
            .value()
            .map_or("–".to_string(), |value| format!("{:.1}%", value * 100.0)),
        scores
            .cohen_kappa
            .as_ref()
            .map_or("–".to_string(), |kappa| coefficient(&kappa.coefficient)),
        scores
            .fleiss_kappa
            .as_ref()
            .map_or("–".to_string(), |kappa| coefficient(&kappa.coefficient)),
        coefficient(&scores.alpha.coefficient),
    ]
}

pub fn reliability(settings: &Settings, args: &ReliabilityArgs) -> Result<ExitCode> {
    let full = match &args.table {
        Some(path) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading `{}`", path.display()))?;
            parse_sheet(&text).map_err(|error| anyhow!("{}: {error}", path.display()))?
        }
        None => {
            let store = super::open_evidence(settings)?;
            let mut sheet = CodedSheet::new();
            for (key, coder) in store.readings()? {
                sheet.read(&key.to_string(), &coder);
            }
            for stored in store.codes(&CodeFilter::default())? {
                sheet.apply(
                    &stored.key.to_string(),
                    &stored.code.coder.label(),
                    &stored.code.name.key,
                );
            }
            sheet
        }
    };
    for coder in &args.coders {
        if !full.coders().contains(coder) {
            bail!(
                "no coder `{coder}` has coded\nhint: the coders are {}",
                full.coders()
                    .iter()
                    .map(|c| format!("`{c}`"))
                    .collect::<Vec<_>>()
                    .join(", ")
            );
        }
    }
    // Keep the coders and codes asked for: a reading stays a reading even when none of its codes is kept.
    let mut sheet = CodedSheet::new();
    for unit in full.units() {
        for coder in full.coders() {
            if !args.coders.is_empty() && !args.coders.contains(coder) {
                continue;
            }
            if let Some(codes) = full.codes_applied(unit, coder) {
                sheet.read(unit, coder);
                for code in codes {
                    if args.codes.is_empty() || args.codes.iter().any(|c| c == code) {
                        sheet.apply(unit, coder, code);
                    }
                }
            }
        }
    }
    if sheet.coders().len() < 2 {
        bail!(
            "reliability compares two coders or more; {} coded\nhint: import a person's coding with `dyad codes import`, or give a sheet with `--table`",
            sheet.coders().len()
        );
    }
    let result = code_reliability(&sheet);
    // Single-choice coding (each coder gave each unit read exactly one code) is also one nominal
    // variable whose categories are the codes: the layout of the textbooks' worked examples.
    let single = sheet.single_code_ratings().ok().map(|ratings| {
        let two = sheet.coders().len() == 2;
        serde_json::json!({
            "agreement": percent_agreement(&ratings),
            "cohen_kappa": if two { cohen_kappa(&ratings).ok() } else { None },
            "fleiss_kappa": fleiss_kappa(&ratings).ok(),
            "alpha": krippendorff_alpha(&ratings, Level::Nominal).ok(),
        })
    });
    let mut out = std::io::stdout().lock();
    if args.format == DocsFormat::Json {
        serde_json::to_writer_pretty(
            &mut out,
            &serde_json::json!({"coders": sheet.coders(), "reliability": result, "single_code": single}),
        )?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    writeln!(out, "Coders: {}", sheet.coders().join(", "))?;
    if let Ok(ratings) = sheet.single_code_ratings() {
        let two = sheet.coders().len() == 2;
        let kappa = |kappa: Option<dyad_text::reliability::Kappa>| {
            kappa.map_or("–".to_string(), |k| coefficient(&k.coefficient))
        };
        writeln!(
            out,
            "Each coder gave each unit one code, so the codes are also one nominal variable: agreement {}, Cohen's κ {}, Fleiss' κ {}, Krippendorff's α {}.",
            percent_agreement(&ratings)
                .proportion
                .value()
                .map_or("–".to_string(), |v| format!("{:.1}%", v * 100.0)),
            kappa(if two {
                cohen_kappa(&ratings).ok()
            } else {
                None
            }),
            kappa(fleiss_kappa(&ratings).ok()),
            krippendorff_alpha(&ratings, Level::Nominal)
                .map_or("–".to_string(), |alpha| coefficient(&alpha.coefficient))
        )?;
    }
    let mut rows: Vec<Vec<String>> = result
        .codes
        .iter()
        .map(|code| {
            let mut row = vec![code.code.clone(), code.scores.alpha.units.to_string()];
            row.extend(score_cells(&code.scores));
            row.push(code.disagreements.len().to_string());
            row
        })
        .collect();
    let mut overall = vec!["all codes (pooled)".to_string(), String::new()];
    overall.extend(score_cells(&result.overall));
    overall.push(
        result
            .codes
            .iter()
            .map(|c| c.disagreements.len())
            .sum::<usize>()
            .to_string(),
    );
    rows.push(overall);
    write_rows(
        &mut out,
        crate::args::Format::Table,
        &[
            "Code",
            "Units",
            "Agreement",
            "Cohen's κ",
            "Fleiss' κ",
            "Krippendorff's α",
            "Disagreements",
        ],
        &rows,
    )?;
    writeln!(
        out,
        "Left out: {} units no coder coded (uncoded text is not agreement), {} units only one coder read.",
        result.uncoded_units.len(),
        result.single_coder_units.len()
    )?;
    let disagreements: Vec<Vec<String>> = result
        .codes
        .iter()
        .flat_map(|code| {
            code.disagreements.iter().map(move |d| {
                vec![
                    d.unit.clone(),
                    code.code.clone(),
                    d.applied_by.join(", "),
                    d.not_applied_by.join(", "),
                ]
            })
        })
        .collect();
    if !disagreements.is_empty() {
        writeln!(out)?;
        writeln!(out, "Where the coders disagree:")?;
        write_rows(
            &mut out,
            crate::args::Format::Table,
            &["Unit", "Code", "Applied by", "Not applied by"],
            &disagreements,
        )?;
    }
    Ok(ExitCode::SUCCESS)
}
