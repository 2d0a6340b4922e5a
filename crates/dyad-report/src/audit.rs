//! Renders a claim audit as one self-contained HTML page: the text with each judged claim highlighted by
//! its verdict, and beside it the findings with their explanation, the values compared and the evidence.
//!
//! Highlights are `<mark>` elements over the finding's span of the text (characters, as the audit counts
//! them), each linked to its finding and back. Overlapping findings are merged into one highlight that
//! links to each. No scripts, fonts or images from elsewhere.

use std::fmt::Write as _;

use dyad_audit::Finding;
use dyad_model::claim::VerdictKind;

fn escape(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A verdict's CSS class and the words a reader sees.
fn verdict_label(verdict: VerdictKind) -> (&'static str, &'static str) {
    match verdict {
        VerdictKind::Supported => ("supported", "supported"),
        VerdictKind::Contradicted => ("contradicted", "contradicted by the evidence"),
        VerdictKind::InternallyInconsistent => ("inconsistent", "internally inconsistent"),
        VerdictKind::OutOfScope => ("scope", "out of scope"),
        VerdictKind::Unverifiable => ("unverifiable", "unverifiable"),
    }
}

fn kind_label(finding: &Finding) -> String {
    serde_json::to_value(finding.check)
        .ok()
        .and_then(|v| v.as_str().map(|s| s.replace('_', " ")))
        .unwrap_or_default()
}

const STYLE: &str = "
:root { --ink: #222; --muted: #666; --rule: #ddd; }
body { font-family: -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: var(--ink);
  margin: 0 auto; padding: 1.5rem; max-width: 80rem; line-height: 1.55; font-size: 15px; }
h1 { font-size: 1.5rem; margin-bottom: .2rem; } .meta, .muted { color: var(--muted); font-size: .9em; }
.layout { display: grid; grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); gap: 2rem; align-items: start; }
@media (max-width: 900px) { .layout { grid-template-columns: 1fr; } }
.text { white-space: pre-wrap; overflow-wrap: anywhere; border: 1px solid var(--rule); padding: 1rem;
  border-radius: 4px; background: #fcfcfc; }
mark { padding: 0 .1em; border-radius: 2px; }
mark.inconsistent, li.inconsistent { background: #fde2c8; } mark.contradicted, li.contradicted { background: #f8c9c9; }
mark.scope, li.scope { background: #e3d7f5; } mark.supported, li.supported { background: #d3efd6; }
mark.unverifiable, li.unverifiable { background: #eeeeee; }
mark a { color: inherit; text-decoration: none; }
ol.findings { padding-left: 1.4rem; } ol.findings li { margin: 0 0 .8rem; padding: .4rem .6rem; border-radius: 4px; }
.verdict { font-weight: 600; } table { border-collapse: collapse; font-size: .85em; margin-top: .3rem; }
td, th { border: 1px solid var(--rule); padding: .15rem .4rem; text-align: left; } td.num { text-align: right; }
.counts span { margin-right: 1rem; }
@media print { .layout { display: block; } .text { white-space: pre-wrap; } }
";

/// The audit of `text` (from `name`) as an HTML page.
pub fn render(name: &str, text: &str, findings: &[Finding], generator: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::new();
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>Claim audit: {}</title><style>{STYLE}</style></head><body>\n",
        escape(name)
    );
    let _ = writeln!(
        out,
        "<h1>Claim audit: {}</h1><p class=\"meta\">{} finding(s). Written by {}. Each highlight is a claim the audit judged; its number leads to the finding.</p>",
        escape(name),
        findings.len(),
        escape(generator)
    );
    let mut counts: Vec<(&str, usize)> = Vec::new();
    for finding in findings {
        let (_, label) = verdict_label(finding.verdict);
        match counts.iter_mut().find(|(l, _)| *l == label) {
            Some((_, n)) => *n += 1,
            None => counts.push((label, 1)),
        }
    }
    if !counts.is_empty() {
        let _ = write!(out, "<p class=\"counts\">");
        for (label, n) in counts {
            let _ = write!(out, "<span>{n} {label}</span>");
        }
        let _ = writeln!(out, "</p>");
    }
    let _ = writeln!(out, "<div class=\"layout\"><div class=\"text\">");
    // Highlights: findings' spans merged where they overlap, in the text's order.
    let groups = highlights(findings, chars.len());
    let mut highlight_of = vec![0; findings.len()];
    let mut at = 0usize;
    for (start, end, members) in &groups {
        for &member in members {
            highlight_of[member] = members[0];
        }
        out.push_str(&escape(&chars[at..*start].iter().collect::<String>()));
        let (class, _) = verdict_label(findings[members[0]].verdict);
        let links: String = members
            .iter()
            .map(|m| format!("<a href=\"#finding-{}\">[{}]</a>", m + 1, m + 1))
            .collect();
        let _ = write!(
            out,
            "<mark class=\"{class}\" id=\"claim-{}\">{}<sup>{links}</sup></mark>",
            members[0] + 1,
            escape(&chars[*start..*end].iter().collect::<String>())
        );
        at = *end;
    }
    out.push_str(&escape(
        &chars[at.min(chars.len())..].iter().collect::<String>(),
    ));
    let _ = writeln!(out, "</div><div><h2>Findings</h2>");
    if findings.is_empty() {
        let _ = writeln!(
            out,
            "<p>No finding: the audit's checks found nothing inconsistent, out of scope or contradicted.</p>"
        );
    }
    let _ = writeln!(out, "<ol class=\"findings\">");
    for (number, finding) in findings.iter().enumerate() {
        let (class, label) = verdict_label(finding.verdict);
        let _ = write!(
            out,
            "<li class=\"{class}\" id=\"finding-{}\"><span class=\"verdict\">{}: {label}.</span> {} <a href=\"#claim-{}\" class=\"muted\">(in the text)</a><br><q>{}</q>",
            number + 1,
            escape(&kind_label(finding)),
            escape(&finding.explanation),
            highlight_of[number] + 1,
            escape(&finding.text)
        );
        if let Some(difference) = finding.relative_difference {
            let _ = write!(
                out,
                "<br><span class=\"muted\">Off by {:+.1}% of the closest figure.</span>",
                difference * 100.0
            );
        }
        if !finding.evidence.is_empty() {
            let _ = write!(
                out,
                "<table><thead><tr><th>Indicator</th><th>Subject</th><th>Period</th><th>Value</th><th>Source and release</th></tr></thead><tbody>"
            );
            for evidence in &finding.evidence {
                let observation = &evidence.observation;
                let _ = write!(
                    out,
                    "<tr><td>{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{} ({})</td></tr>",
                    escape(&observation.indicator),
                    escape(&observation.subject),
                    observation
                        .period
                        .as_ref()
                        .map_or(String::new(), ToString::to_string),
                    escape(&observation.value.text),
                    escape(&evidence.provenance.source.dataset),
                    escape(&evidence.provenance.source.release())
                );
            }
            let _ = write!(out, "</tbody></table>");
        }
        let _ = writeln!(out, "</li>");
    }
    let _ = writeln!(out, "</ol></div></div></body></html>");
    out
}

/// The highlights of `findings` over a text of `length` characters: `(start, end, findings)`, spans that
/// overlap merged into one, in the text's order.
fn highlights(findings: &[Finding], length: usize) -> Vec<(usize, usize, Vec<usize>)> {
    let mut order: Vec<usize> = (0..findings.len()).collect();
    order.sort_by_key(|&i| (findings[i].span.start, findings[i].span.end));
    let mut groups: Vec<(usize, usize, Vec<usize>)> = Vec::new();
    for index in order {
        let start = (findings[index].span.start as usize).min(length);
        let end = (findings[index].span.end as usize).min(length);
        match groups.last_mut() {
            Some(last) if start < last.1 => {
                last.1 = last.1.max(end);
                last.2.push(index);
            }
            _ => groups.push((start, end, vec![index])),
        }
    }
    groups
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_model::claim::CheckKind;
    use dyad_model::document::Locator;

    fn finding(start: u32, end: u32, verdict: VerdictKind) -> Finding {
        Finding {
            check: CheckKind::Arithmetic,
            verdict,
            span: Locator {
                page: None,
                start,
                end,
            },
            text: String::new(),
            values: Vec::new(),
            claims: Vec::new(),
            explanation: "why <b>".to_string(),
            evidence: Vec::new(),
            relative_difference: None,
        }
    }

    #[test]
    fn overlapping_findings_share_one_highlight_and_the_text_is_kept_whole() {
        let text = "Exports rose to 5 & fell to 4 <b>.";
        let findings = vec![
            finding(16, 17, VerdictKind::InternallyInconsistent),
            finding(16, 29, VerdictKind::Contradicted),
            finding(30, 33, VerdictKind::OutOfScope),
        ];
        let groups = highlights(&findings, text.chars().count());
        assert_eq!(groups, vec![(16, 29, vec![0, 1]), (30, 33, vec![2])]);
        let html = render("brief.md", text, &findings, "dyad test");
        assert_eq!(html.matches("<mark ").count(), 2);
        assert!(html.contains("href=\"#finding-2\">[2]</a>"));
        assert!(html.contains("id=\"finding-3\""));
        // Everything is escaped: the text's and the explanation's markup never becomes markup.
        assert!(html.contains("&lt;b&gt;") && !html.contains("<b>"));
        // The text reads the same with the highlights' markup taken out.
        let start = html.find("<div class=\"text\">").unwrap() + "<div class=\"text\">".len();
        let body = &html[start..html[start..].find("</div>").unwrap() + start];
        let plain = regex_free_strip(body);
        assert_eq!(
            plain
                .replace("&amp;", "&")
                .replace("&lt;", "<")
                .replace("&gt;", ">"),
            format!("\n{text}")
        );
    }

    /// Drops tags and the `[n]` links of highlights.
    fn regex_free_strip(html: &str) -> String {
        let mut out = String::new();
        let mut in_tag = false;
        let mut in_sup = 0;
        let mut rest = html;
        while let Some(c) = rest.chars().next() {
            if rest.starts_with("<sup>") {
                in_sup += 1;
            } else if rest.starts_with("</sup>") {
                in_sup -= 1;
            }
            match c {
                '<' => in_tag = true,
                '>' => in_tag = false,
                _ if !in_tag && in_sup == 0 => out.push(c),
                _ => {}
            }
            rest = &rest[c.len_utf8()..];
        }
        out
    }
}
