//! `dyad docs add|list|show|search`: the document archive and its full-text search.
//!
//! `add` reads each file with `dyad_ingest::documents` and stores it with `Store::add_document`, one
//! transaction per document; a bad file is reported and the rest go on, and the exit code tells (2).
//! `search` checks the query with `dyad_store::SearchQuery` before the evidence base sees it.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use dyad_ingest::documents::{Stated, format_of, format_of_name};
use dyad_model::document::{DocumentFormat, DocumentKind};
use dyad_store::{
    DocumentFilter, DocumentOutcome, DocumentSummary, SearchHit, SearchOptions, SearchQuery,
    StoredDocument,
};

use crate::args::{
    DocsAddArgs, DocsArgs, DocsCommand, DocsFormat, DocsListArgs, DocsSearchArgs, DocsShowArgs,
    KindArg,
};
use crate::output::write_rows;
use crate::settings::Settings;

/// The marks around each match in a search snippet.
const MARKS: (&str, &str) = ("«", "»");

pub fn run(settings: &Settings, args: &DocsArgs) -> Result<ExitCode> {
    match &args.command {
        DocsCommand::Add(args) => add(settings, args),
        DocsCommand::List(args) => list(settings, args),
        DocsCommand::Show(args) => show(settings, args),
        DocsCommand::Search(args) => search(settings, args),
    }
}

/// The model's kind for a command-line kind.
pub fn kind(arg: KindArg) -> DocumentKind {
    match arg {
        KindArg::Agreement => DocumentKind::Agreement,
        KindArg::Statement => DocumentKind::Statement,
        KindArg::Policy => DocumentKind::Policy,
        KindArg::Report => DocumentKind::Report,
        KindArg::Article => DocumentKind::Article,
        KindArg::News => DocumentKind::News,
    }
}

/// `--since PERIOD` as the first day of that period, `YYYY-MM-DD`.
fn since_day(since: Option<&str>) -> Result<Option<String>> {
    since
        .map(|text| Ok(super::period("--since", text)?.start().to_string()))
        .transpose()
}

/// A document's kind, format and title, as `dyad docs add` names a document it added.
type Described = (DocumentKind, DocumentFormat, String);

/// What `dyad docs add` was asked to do, resolved.
struct AddSettings {
    files: Vec<PathBuf>,
    stated: Stated,
}

/// The files a path stands for: itself, or a folder's document files, in any subfolder, sorted. Hidden
/// files and folders are left out, and so are a folder's files that no document format names by their
/// extension.
fn document_files(path: &Path, files: &mut Vec<PathBuf>) -> Result<()> {
    if !path.is_dir() {
        files.push(path.to_path_buf());
        return Ok(());
    }
    let mut entries: Vec<PathBuf> = std::fs::read_dir(path)
        .with_context(|| format!("reading the folder `{}`", path.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| {
            !p.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        })
        .collect();
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            document_files(&entry, files)?;
        } else if format_of_name(&entry.to_string_lossy()).is_some() {
            files.push(entry);
        }
    }
    Ok(())
}

fn resolve_add(args: &DocsAddArgs) -> Result<AddSettings> {
    let mut files = Vec::new();
    for path in &args.paths {
        document_files(path, &mut files)?;
    }
    if files.is_empty() {
        bail!(
            "no document was found in {}\nhint: dyad reads .txt, .md, .html and .pdf files",
            args.paths
                .iter()
                .map(|p| format!("`{}`", p.display()))
                .collect::<Vec<_>>()
                .join(", ")
        );
    }
    // A title, a date or an address describes one document: given for several, it would be false of
    // all but one of them.
    for (flag, given) in [
        ("--title", args.title.is_some()),
        ("--date", args.date.is_some()),
        ("--url", args.url.is_some()),
    ] {
        if given && files.len() > 1 {
            bail!(
                "`{flag}` describes one document, but {} files were given\nhint: add that file on its own with `{flag}`",
                files.len()
            );
        }
    }
    Ok(AddSettings {
        files,
        stated: Stated {
            kind: args.kind.map(kind),
            title: args.title.clone(),
            date: args.date.clone(),
            publisher: args.publisher.clone(),
            url: args.url.clone(),
        },
    })
}

fn add(settings: &Settings, args: &DocsAddArgs) -> Result<ExitCode> {
    let add_settings = resolve_add(args)?;
    let mut store = super::open_evidence(settings)?;
    let mut stderr = std::io::stderr().lock();
    let (mut n_added, mut n_known, mut n_failed) = (0usize, 0usize, 0usize);
    for path in &add_settings.files {
        let name = path.display().to_string();
        // What was stored, and for a new document its kind, format and title, to say so.
        let added = (|| -> Result<(DocumentOutcome, Option<Described>)> {
            let bytes = std::fs::read(path).with_context(|| format!("reading `{name}`"))?;
            // Known bytes are not read again: the stored document stands, whatever the flags say now.
            if let Some(stored) = store.stored_document(&dyad_ingest::sha256_hex(&bytes))? {
                return Ok((stored, None));
            }
            let format = format_of(&name, &bytes[..bytes.len().min(8192)]).ok_or_else(|| {
                dyad_ingest::documents::DocumentError::Unrecognised { file: name.clone() }
            })?;
            let document =
                dyad_ingest::documents::read(&name, &bytes, format, &add_settings.stated)?;
            let outcome = store.add_document(&document)?;
            Ok((
                outcome,
                Some((document.kind, document.format, document.title)),
            ))
        })();
        match added {
            Ok((DocumentOutcome::Added { id, n_passages }, described)) => {
                n_added += 1;
                let (kind, format, title) =
                    described.context("a document just added is described")?;
                let passages = if n_passages == 1 {
                    "passage"
                } else {
                    "passages"
                };
                writeln!(
                    stderr,
                    "{name}: added as document {id} ({}, {}), {n_passages} {passages}: {title}",
                    kind.as_str(),
                    format.as_str(),
                )?;
            }
            Ok((
                DocumentOutcome::AlreadyStored {
                    id,
                    file_name,
                    ingested_at,
                },
                _,
            )) => {
                n_known += 1;
                writeln!(
                    stderr,
                    "{name}: already stored as document {id} (from `{file_name}`, at {ingested_at}); nothing changed"
                )?;
            }
            Err(error) => {
                n_failed += 1;
                // Report this file and go on with the rest; the exit code tells.
                crate::report(&error.context(format!(
                    "`{name}` was not added; the evidence base is unchanged"
                )));
            }
        }
    }
    if add_settings.files.len() > 1 {
        writeln!(
            stderr,
            "{} files: {n_added} added, {n_known} already stored, {n_failed} failed",
            add_settings.files.len()
        )?;
    }
    if n_added > 0
        && let Some(codebook) = dyad_load::code_unread(&mut store)?
    {
        writeln!(
            stderr,
            "the new passages are coded with the codebook {codebook} (`dyad codes show DOC:PASSAGE` explains a passage's codes)"
        )?;
    }
    Ok(if n_failed == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::from(2)
    })
}

fn summary_json(summary: &DocumentSummary) -> serde_json::Value {
    serde_json::json!({
        "id": summary.id,
        "title": summary.title,
        "kind": summary.kind.as_str(),
        "date": summary.date,
        "publisher": summary.publisher,
        "author": summary.author,
        "url": summary.url,
        "licence": summary.licence,
        "file": summary.file_name,
        "format": summary.format.as_str(),
        "sha256": summary.sha256,
        "passages": summary.n_passages,
        "characters": summary.n_chars,
        "ingested_at": summary.ingested_at,
    })
}

fn list(settings: &Settings, args: &DocsListArgs) -> Result<ExitCode> {
    let since = since_day(args.since.as_deref())?;
    let store = super::open_evidence(settings)?;
    let documents = store.documents(&DocumentFilter {
        kind: args.kind.map(kind),
        since: since.as_deref(),
    })?;
    let mut out = std::io::stdout().lock();
    if args.format == DocsFormat::Json {
        let listed: Vec<serde_json::Value> = documents.iter().map(summary_json).collect();
        serde_json::to_writer_pretty(&mut out, &listed)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = documents
        .iter()
        .map(|d| {
            vec![
                d.id.to_string(),
                d.date.clone(),
                d.kind.as_str().to_string(),
                d.title.clone(),
                d.publisher.clone(),
                d.n_passages.to_string(),
                d.file_name.clone(),
            ]
        })
        .collect();
    write_rows(
        &mut out,
        crate::args::Format::Table,
        &[
            "ID",
            "Date",
            "Kind",
            "Title",
            "Publisher",
            "Passages",
            "File",
        ],
        &rows,
    )?;
    Ok(ExitCode::SUCCESS)
}

fn show(settings: &Settings, args: &DocsShowArgs) -> Result<ExitCode> {
    let store = super::open_evidence(settings)?;
    let Some(StoredDocument {
        summary, passages, ..
    }) = store.document(args.id)?
    else {
        bail!(
            "no document has the id {}\nhint: `dyad docs list` gives the ids",
            args.id
        );
    };
    let mut out = std::io::stdout().lock();
    if args.format == DocsFormat::Json {
        let mut shown = summary_json(&summary);
        shown["passages"] = serde_json::json!(
            passages
                .iter()
                .map(|p| serde_json::json!({
                    "passage": p.number,
                    "page": p.locator.page,
                    "start": p.locator.start,
                    "end": p.locator.end,
                    "text": p.text,
                }))
                .collect::<Vec<_>>()
        );
        serde_json::to_writer_pretty(&mut out, &shown)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    for (label, value) in [
        ("document", summary.id.to_string()),
        ("title", summary.title.clone()),
        ("kind", summary.kind.as_str().to_string()),
        ("date", summary.date.clone()),
        ("publisher", summary.publisher.clone()),
        ("author", summary.author.clone()),
        ("url", summary.url.clone()),
        ("licence", summary.licence.clone()),
        (
            "file",
            format!("{} ({})", summary.file_name, summary.format.as_str()),
        ),
        ("sha256", summary.sha256.clone()),
        ("characters", summary.n_chars.to_string()),
        ("added", summary.ingested_at.clone()),
    ] {
        if !value.is_empty() {
            writeln!(out, "{label:>10}: {value}")?;
        }
    }
    writeln!(out)?;
    let rows: Vec<Vec<String>> = passages
        .iter()
        .map(|p| {
            vec![
                p.number.to_string(),
                p.locator
                    .page
                    .map_or_else(String::new, |page| page.to_string()),
                format!("{}–{}", p.locator.start, p.locator.end),
                p.text.clone(),
            ]
        })
        .collect();
    write_rows(
        &mut out,
        crate::args::Format::Table,
        &["Passage", "Page", "Characters", "Text"],
        &rows,
    )?;
    Ok(ExitCode::SUCCESS)
}

fn hit_json(hit: &SearchHit) -> serde_json::Value {
    serde_json::json!({
        "document": {
            "id": hit.document_id,
            "title": hit.title,
            "file": hit.file_name,
            "kind": hit.kind,
            "date": hit.date,
        },
        "passage": hit.passage,
        "page": hit.locator.page,
        "span": {"start": hit.locator.start, "end": hit.locator.end},
        "match": hit.first_match.map(|m| serde_json::json!({"start": m.start, "end": m.end})),
        "score": (hit.score * 1000.0).round() / 1000.0,
        "snippet": hit.snippet,
    })
}

fn search(settings: &Settings, args: &DocsSearchArgs) -> Result<ExitCode> {
    let query = SearchQuery::parse(&args.query)?;
    let since = since_day(args.since.as_deref())?;
    let store = super::open_evidence(settings)?;
    let hits = store.search(
        &query,
        &SearchOptions {
            filter: DocumentFilter {
                kind: args.kind.map(kind),
                since: since.as_deref(),
            },
            limit: args.limit,
            marks: MARKS,
        },
    )?;
    let mut out = std::io::stdout().lock();
    if args.format == DocsFormat::Json {
        let found: Vec<serde_json::Value> = hits.iter().map(hit_json).collect();
        serde_json::to_writer_pretty(&mut out, &found)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    if hits.is_empty() {
        writeln!(std::io::stderr(), "no passage matches `{}`", args.query)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = hits
        .iter()
        .map(|hit| {
            vec![
                format!("{:.2}", hit.score),
                if hit.date.is_empty() {
                    format!("{}: {}", hit.document_id, hit.title)
                } else {
                    format!("{}: {} ({})", hit.document_id, hit.title, hit.date)
                },
                hit.passage.to_string(),
                hit.locator
                    .page
                    .map_or_else(String::new, |page| page.to_string()),
                format!("{}–{}", hit.locator.start, hit.locator.end),
                hit.snippet.clone(),
            ]
        })
        .collect();
    write_rows(
        &mut out,
        crate::args::Format::Table,
        &[
            "Score",
            "Document",
            "Passage",
            "Page",
            "Characters",
            "Snippet",
        ],
        &rows,
    )?;
    Ok(ExitCode::SUCCESS)
}
