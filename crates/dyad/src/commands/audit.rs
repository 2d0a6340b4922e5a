//! `dyad audit FILE…`: reads each text and prints what `dyad_audit::audit` finds in it.
//!
//! The JSON output has the schema id `dyad.audit/1`:
//!
//! ```text
//! { "schema": "dyad.audit/1", "pair": "PAK-AFG",
//!   "files": [ { "file": "brief.md", "error": null,
//!                "findings": [ { "kind": "arithmetic", "verdict": "internally_inconsistent",
//!                                "text": "24 percent", "span": { "start": 412, "end": 422, "line": 7 },
//!                                "values": [1743278.0, 1987717.0, 24.0],
//!                                "explanation": "from `1,743,278` to `1,987,717` is …" } ] } ] }
//! ```
//!
//! `span` counts characters from the start of the file (end exclusive); `line` is 1-based. `kind` is
//! one of `text_vs_table`, `arithmetic`, `garbled`, `number_reuse`, `direction`, `scope`, and with
//! `--evidence` also `citation` and `evidence`, whose items add `relative_difference` (when contradicted)
//! and `observations` (each with `indicator`, `subject`, `period`, `value`, `source` and `release`).
//! `verdict` is one of `internally_inconsistent`, `out_of_scope`, `supported`, `contradicted` and
//! `unverifiable`. A file that cannot be read has `error` set and no findings, and the others are still
//! audited.
//!
//! `--format html` writes one self-contained page per text (`dyad_report::audit`): the text with each
//! judged claim highlighted by its verdict, linked to its finding, explanation and evidence. Markdown and
//! plain text are audited as written; HTML and PDF as their extracted text; `--doc ID` audits a stored
//! document's text. A text over 20 MB, with no letters, or mostly in a non-Latin script is refused whole.
//!
//! Exit code: 2 when a file could not be read, else 1 when a finding's kind is among `--fail-on` (a
//! supported or unverifiable claim never fails), else 0.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result};
use dyad_audit::{AuditConfig, Finding, audit, audit_with_evidence};
use dyad_model::claim::{CheckKind, VerdictKind};
use dyad_model::observation::Evidence;

use crate::args::{AuditArgs, AuditFormat, AuditKind};
use crate::settings::Settings;

/// A file's text and what the audit found in it.
type Audited = (String, Vec<Finding>);

/// Whether `--fail-on` names a finding's kind (a claim the evidence supports, or cannot judge, never
/// fails).
fn fails_on(kinds: &[AuditKind], finding: &Finding) -> bool {
    if matches!(
        finding.verdict,
        VerdictKind::Supported | VerdictKind::Unverifiable
    ) {
        return false;
    }
    let check = finding.check;
    kinds.iter().any(|kind| match kind {
        AuditKind::Any => true,
        AuditKind::TextVsTable => check == CheckKind::TextVsTable,
        AuditKind::Arithmetic => check == CheckKind::Arithmetic,
        AuditKind::Garbled => check == CheckKind::Garbled,
        AuditKind::NumberReuse => check == CheckKind::NumberReuse,
        AuditKind::Direction => check == CheckKind::Direction,
        AuditKind::Scope => check == CheckKind::Scope,
        AuditKind::Citation => check == CheckKind::Citation,
        AuditKind::Evidence => check == CheckKind::Evidence,
    })
}

fn kind_name(check: CheckKind) -> String {
    serde_json::to_value(check)
        .ok()
        .and_then(|v| v.as_str().map(str::to_string))
        .unwrap_or_default()
}

/// Where each line of a text starts, in characters: read once, so that each finding's line and
/// column cost a binary search rather than a pass over the text.
struct LineStarts(Vec<usize>);

impl LineStarts {
    fn of(text: &str) -> LineStarts {
        let mut starts = vec![0];
        starts.extend(
            text.chars()
                .enumerate()
                .filter(|(_, c)| *c == '\n')
                .map(|(at, _)| at + 1),
        );
        LineStarts(starts)
    }

    /// The 1-based line and column of a character offset.
    fn line_and_column(&self, offset: u32) -> (usize, usize) {
        let offset = offset as usize;
        let line = self.0.partition_point(|start| *start <= offset);
        (line, offset - self.0[line - 1] + 1)
    }
}

/// The observations about the pair, when `--evidence` asks for them.
fn observations(settings: &Settings, args: &AuditArgs) -> Result<Vec<Evidence>> {
    if !args.evidence {
        return Ok(Vec::new());
    }
    let store = super::open_evidence(settings)?;
    let all = store.evidence(&dyad_store::ObservationFilter::default())?;
    Ok(all
        .into_iter()
        .filter(|e| args.pair.is_about(&e.observation.subject))
        .collect())
}

/// The text of a file to audit ([`dyad_load::audit_text`]).
fn text_of(path: &std::path::Path) -> Result<String> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).with_context(|| {
        format!(
            "cannot read `{name}` as text\nhint: `dyad audit` reads Markdown, plain text, HTML and PDF files, or a stored document with `--doc ID`"
        )
    })?;
    Ok(dyad_load::audit_text(&name, &bytes)?)
}

/// Refuses a text the claim extraction cannot read, saying why.
fn check_readable(name: &str, text: &str) -> Result<()> {
    Ok(dyad_load::readable(name, text)?)
}

/// Stores the projections each document of `--doc` states, one file per document, and says what was
/// stored.
fn store_projections(settings: &Settings, args: &AuditArgs) -> Result<()> {
    let mut store = super::open_evidence(settings)?;
    let mut stderr = std::io::stderr().lock();
    for &id in &args.doc {
        let Some(document) = store.document(id)? else {
            continue;
        };
        let stated = dyad_load::document_projections(&document, &args.pair);
        if stated.found.is_empty() {
            writeln!(stderr, "document {id}: no projection stated")?;
            continue;
        }
        let outcome = store.ingest(
            &dyad_store::FileHeader {
                name: &stated.name,
                sha256: &stated.sha256,
                size: 0,
                format: "document-projections",
            },
            &stated.parsed,
        )?;
        match outcome {
            dyad_store::IngestOutcome::Stored(counts) => writeln!(
                stderr,
                "document {id}: {} projection(s) stored ({} new); `dyad scorecard` scores them",
                stated.found.len(),
                counts.n_figures_new
            )?,
            dyad_store::IngestOutcome::AlreadyIngested { ingested_at, .. } => writeln!(
                stderr,
                "document {id}: its projections were stored at {ingested_at}; nothing changed"
            )?,
        }
    }
    Ok(())
}

pub fn run(settings: &Settings, args: &AuditArgs) -> Result<ExitCode> {
    let config = AuditConfig::for_pair(args.pair.clone());
    let evidence = observations(settings, args)?;
    let mut texts: Vec<(String, Result<String>)> = args
        .files
        .iter()
        .map(|path| (path.display().to_string(), text_of(path)))
        .collect();
    if args.store_projections {
        store_projections(settings, args)?;
    }
    if !args.doc.is_empty() {
        let store = super::open_evidence(settings)?;
        for &id in &args.doc {
            let text = match store.document(id)? {
                Some(document) => {
                    check_readable(&document.summary.title, &document.text).map(|()| document.text)
                }
                None => Err(anyhow::anyhow!(
                    "no document has the id {id}\nhint: `dyad docs list` gives the ids"
                )),
            };
            texts.push((format!("document {id}"), text));
        }
    }
    if args.format == AuditFormat::Html && texts.len() > 1 && args.out.is_some() {
        anyhow::bail!(
            "`--out` names one page, but {} texts were given\nhint: audit one text per command with `--format html --out FILE`",
            texts.len()
        );
    }
    let mut audited: Vec<(String, Result<Audited>)> = Vec::new();
    for (name, text) in texts {
        let result = text.map(|text| {
            // Without `--evidence` no claim is compared with the evidence base, rather than every
            // one being called unverifiable against an empty one.
            let findings = if args.evidence {
                audit_with_evidence(&text, &config, &evidence)
            } else {
                audit(&text, &config)
            };
            (text, findings)
        });
        audited.push((name, result));
    }

    let mut out: Box<dyn Write> = match (&args.out, args.format) {
        (Some(path), _) => Box::new(std::io::BufWriter::new(
            std::fs::File::create(path).with_context(|| format!("writing `{}`", path.display()))?,
        )),
        (None, _) => Box::new(std::io::stdout().lock()),
    };
    let mut unreadable = false;
    let mut failing = false;
    let mut files_json = Vec::new();
    for (name, result) in &audited {
        match result {
            Err(error) => {
                unreadable = true;
                crate::report(error);
                files_json.push(serde_json::json!({
                    "file": name, "error": format!("{error:#}"), "findings": [],
                }));
            }
            Ok((text, findings)) => {
                failing |= findings.iter().any(|f| fails_on(&args.fail_on, f));
                if args.format == AuditFormat::Html {
                    let generator = format!("dyad {}", env!("CARGO_PKG_VERSION"));
                    out.write_all(
                        dyad_report::audit::render(name, text, findings, &generator).as_bytes(),
                    )?;
                }
                let mut items = Vec::new();
                let lines = LineStarts::of(text);
                for finding in findings {
                    let (line, column) = lines.line_and_column(finding.span.start);
                    let kind = kind_name(finding.check);
                    if args.format == AuditFormat::Text {
                        let verdict = serde_json::to_value(finding.verdict)?;
                        writeln!(
                            out,
                            "{name}:{line}:{column}: {kind} ({}): {}\n    > {}",
                            verdict.as_str().unwrap_or_default(),
                            finding.explanation,
                            finding.text.replace('\n', " ")
                        )?;
                    }
                    let mut item = serde_json::json!({
                        "kind": kind,
                        "verdict": finding.verdict,
                        "text": finding.text,
                        "span": { "start": finding.span.start, "end": finding.span.end, "line": line },
                        "values": finding.values,
                        "explanation": finding.explanation,
                    });
                    if matches!(finding.check, CheckKind::Citation | CheckKind::Evidence) {
                        item["relative_difference"] =
                            serde_json::json!(finding.relative_difference);
                        item["observations"] = finding
                            .evidence
                            .iter()
                            .map(|e| {
                                serde_json::json!({
                                    "indicator": e.observation.indicator,
                                    "subject": e.observation.subject,
                                    "period": e.observation.period.as_ref().map(ToString::to_string),
                                    "value": e.observation.value.number,
                                    "source": e.provenance.source.dataset,
                                    "release": e.provenance.source.release(),
                                })
                            })
                            .collect();
                    }
                    items.push(item);
                }
                files_json.push(serde_json::json!({
                    "file": name, "error": null, "findings": items,
                }));
            }
        }
    }
    if args.format == AuditFormat::Json {
        let document = serde_json::json!({
            "schema": "dyad.audit/1",
            "pair": format!("{}-{}", args.pair.first, args.pair.second),
            "files": files_json,
        });
        serde_json::to_writer_pretty(&mut out, &document)?;
        writeln!(out)?;
    } else if args.format == AuditFormat::Text {
        let n_findings: usize = audited
            .iter()
            .filter_map(|(_, r)| r.as_ref().ok())
            .map(|(_, f)| f.len())
            .sum();
        // The summary groups the findings by kind and verdict.
        let mut groups: std::collections::BTreeMap<(String, String), usize> = Default::default();
        for finding in audited
            .iter()
            .filter_map(|(_, r)| r.as_ref().ok())
            .flat_map(|(_, f)| f)
        {
            let verdict = serde_json::to_value(finding.verdict)?;
            *groups
                .entry((
                    kind_name(finding.check),
                    verdict.as_str().unwrap_or_default().replace('_', " "),
                ))
                .or_default() += 1;
        }
        let grouped: Vec<String> = groups
            .iter()
            .map(|((kind, verdict), n)| format!("{n} {kind} ({verdict})"))
            .collect();
        eprintln!(
            "{n_findings} finding(s) in {} file(s){}",
            audited.iter().filter(|(_, r)| r.is_ok()).count(),
            if grouped.is_empty() {
                String::new()
            } else {
                format!(": {}", grouped.join(", "))
            }
        );
    }
    out.flush()?;
    Ok(if unreadable {
        ExitCode::from(2)
    } else if failing {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

#[cfg(test)]
mod tests {
    use super::LineStarts;

    fn check(text: &str, offset: u32, expect: (usize, usize)) {
        assert_eq!(
            LineStarts::of(text).line_and_column(offset),
            expect,
            "{text:?} at {offset}"
        );
    }

    #[test]
    fn positions() {
        check("abc", 0, (1, 1));
        check("ab\ncd", 4, (2, 2));
        check("é\nx", 2, (2, 1));
        // The newline itself ends its line; an offset past the end stays on the last line.
        check("ab\ncd", 2, (1, 3));
        check("ab\ncd\n", 6, (3, 1));
    }
}
