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

/// The 1-based line and column of a character offset.
fn line_and_column(text: &str, offset: u32) -> (usize, usize) {
    let before: String = text.chars().take(offset as usize).collect();
    let line = before.matches('\n').count() + 1;
    let column = before.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1;
    (line, column)
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

pub fn run(settings: &Settings, args: &AuditArgs) -> Result<ExitCode> {
    let config = AuditConfig::for_pair(args.pair.clone());
    let evidence = observations(settings, args)?;
    let mut audited: Vec<(String, Result<Audited>)> = Vec::new();
    for path in &args.files {
        let name = path.display().to_string();
        let result = std::fs::read_to_string(path)
            .with_context(|| {
                format!(
                    "cannot read `{name}` as text\nhint: `dyad audit` reads Markdown or plain text in UTF-8; convert a PDF or a word-processor file to text first"
                )
            })
            .map(|text| {
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

    let mut out = std::io::stdout().lock();
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
                let mut items = Vec::new();
                for finding in findings {
                    let (line, column) = line_and_column(text, finding.span.start);
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
    } else {
        let n_findings: usize = audited
            .iter()
            .filter_map(|(_, r)| r.as_ref().ok())
            .map(|(_, f)| f.len())
            .sum();
        eprintln!(
            "{n_findings} finding(s) in {} file(s)",
            audited.iter().filter(|(_, r)| r.is_ok()).count()
        );
    }
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
    use super::line_and_column;

    fn check(text: &str, offset: u32, expect: (usize, usize)) {
        assert_eq!(
            line_and_column(text, offset),
            expect,
            "{text:?} at {offset}"
        );
    }

    #[test]
    fn positions() {
        check("abc", 0, (1, 1));
        check("ab\ncd", 4, (2, 2));
        check("é\nx", 2, (2, 1));
    }
}
