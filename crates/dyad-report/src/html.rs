//! The report as one self-contained HTML file: inline SVG, inline CSS with a print stylesheet, no
//! scripts, and every internal link pointing at an element of the page.

use std::fmt::Write;

use dyad_findings::{Report, Theme};

use crate::{describe, reference_number};

/// Escapes text for HTML content and attributes.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            _ => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
:root { --ink: #1b1b1b; --muted: #5a5a5a; --rule: #d0d0d0; --accent: #0072b2; --missing: #fbeee6; }
* { box-sizing: border-box; }
body { font-family: -apple-system, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif; color: var(--ink);
  max-width: 68rem; margin: 0 auto; padding: 1.5rem; line-height: 1.5; font-size: 15px; overflow-wrap: anywhere; }
h1 { font-size: 1.7rem; margin-bottom: .2rem; } h2 { border-bottom: 2px solid var(--rule); padding-bottom: .2rem; margin-top: 2.5rem; }
h3 { margin-top: 1.8rem; } h4 { margin: 1rem 0 .3rem; }
a { color: var(--accent); } .meta, .muted, figcaption, .rule, .because { color: var(--muted); font-size: .9em; }
nav ol { columns: 2; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; width: 100%; margin: .8rem 0 1.5rem; font-size: .88em; }
caption { text-align: left; font-weight: 600; padding: .3rem 0; }
th, td { border-bottom: 1px solid var(--rule); padding: .3rem .4rem; text-align: left; vertical-align: top; }
th { background: #f4f4f4; } td.num { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
tr.missing td { background: var(--missing); } .flag { color: #d55e00; font-weight: 600; }
figure { margin: 1.2rem 0 2rem; break-inside: avoid; } figure svg { width: 100%; height: auto; max-width: 760px; min-width: 620px; display: block; }
article.finding { border-left: 4px solid var(--accent); padding: .2rem 0 .2rem 1rem; margin: 1rem 0; break-inside: avoid; }
dl.lenses dt { font-weight: 600; } dl.lenses dd { margin: 0 0 .4rem 1rem; }
blockquote { margin: .4rem 0 .6rem 1rem; padding-left: .8rem; border-left: 3px solid var(--rule); }
.readings { break-inside: avoid-page; }
p.no-evidence { background: var(--missing); padding: .5rem .8rem; }
ol.references li { margin-bottom: .4rem; word-break: break-word; }
@media print {
  body { max-width: none; padding: 0; font-size: 10.5pt; }
  nav { display: none; }
  a { color: inherit; text-decoration: none; }
  h2, h3, h4, caption, figcaption { break-after: avoid; }
  table, figure, article, blockquote { break-inside: avoid; }
  .scroll { overflow: visible; } figure svg { min-width: 0; }
  tr.missing td { background: none; font-style: italic; }
}
";

fn cite_links(report: &Report, ids: &[String]) -> String {
    ids.iter()
        .map(|id| {
            format!(
                "<a href=\"#{}\">[{}]</a>",
                escape(id),
                reference_number(report, id)
            )
        })
        .collect::<Vec<_>>()
        .join(" ")
}

/// Writes a table: a caption or heading, the rows, or the table's empty message.
fn table(out: &mut String, report: &Report, table: &crate::TextTable, caption: bool) {
    if !caption {
        let _ = writeln!(
            out,
            "<h3 id=\"{}\">{}</h3>",
            escape(&table.id),
            escape(&table.title)
        );
        if table.rows.is_empty() {
            let _ = writeln!(out, "<p>{}</p>", escape(table.empty));
            return;
        }
        let _ = writeln!(out, "<div class=\"scroll\"><table>");
    } else {
        let _ = writeln!(
            out,
            "<div class=\"scroll\"><table id=\"{}\"><caption>{}</caption>",
            escape(&table.id),
            escape(&table.title)
        );
    }
    let headers: String = table
        .headers
        .iter()
        .map(|h| format!("<th>{}</th>", escape(h)))
        .collect();
    let _ = writeln!(out, "<thead><tr>{headers}</tr></thead><tbody>");
    for (class, cells) in &table.rows {
        if class.is_empty() {
            let _ = write!(out, "<tr>");
        } else {
            let _ = write!(out, "<tr class=\"{}\">", escape(class));
        }
        for cell in cells {
            let _ = write!(
                out,
                "<td{}>{}{}{}</td>",
                if cell.numeric { " class=\"num\"" } else { "" },
                escape(&cell.text),
                if cell.flagged {
                    " <span class=\"flag\" title=\"sources disagree\">⚑</span>"
                } else {
                    ""
                },
                if cell.references.is_empty() {
                    String::new()
                } else {
                    format!(
                        "{}{}",
                        if cell.text.is_empty() { "" } else { " " },
                        cite_links(report, &cell.references)
                    )
                }
            );
        }
        let _ = writeln!(out, "</tr>");
    }
    let _ = writeln!(out, "</tbody></table></div>");
}

fn tables(out: &mut String, report: &Report) {
    let _ = writeln!(out, "<section id=\"tables\"><h2>2. The five tables</h2>");
    let _ = writeln!(
        out,
        "<p class=\"muted\">Each cell shows its source and status. Empty cells say why; <span class=\"flag\">⚑</span> marks cells whose sources disagree beyond 0.5%.</p>"
    );
    for t in crate::result_tables(report) {
        table(out, report, &t, true);
    }
    let _ = writeln!(out, "</section>");
}

fn charts(out: &mut String, report: &Report, svgs: &[(String, String)]) {
    let _ = writeln!(out, "<section id=\"charts\"><h2>3. Charts</h2>");
    for (chart, (_, svg)) in report.charts.iter().zip(svgs) {
        let _ = writeln!(out, "<figure id=\"{}\">", escape(&chart.id));
        // A chart keeps a width at which its labels stay legible; a narrow screen scrolls it.
        out.push_str("<div class=\"scroll\">");
        out.push_str(svg);
        out.push_str("</div>");
        // A few sources are named; many are given as their numbers in the references, so that the
        // caption stays a caption.
        let named = chart.sources.len() <= 3;
        let sources: Vec<String> = chart
            .sources
            .iter()
            .map(|id| {
                let number = reference_number(report, id);
                if named {
                    let name = crate::reference_name(report, id);
                    format!(
                        "<a href=\"#{}\">{} [{number}]</a>",
                        escape(id),
                        escape(&name)
                    )
                } else {
                    format!("<a href=\"#{}\">[{number}]</a>", escape(id))
                }
            })
            .collect();
        let _ = writeln!(
            out,
            "<figcaption><strong>{}</strong>{} {}: {}.</figcaption></figure>",
            escape(&chart.title),
            if chart.note.is_empty() {
                String::new()
            } else {
                format!(" {}", escape(&chart.note))
            },
            if named { "Source" } else { "Sources" },
            sources.join(if named { "; " } else { " " })
        );
    }
    if let Some(map) = &report.border_map {
        let svg = svgs
            .iter()
            .find(|(name, _)| name == "border-map.svg")
            .map_or("", |(_, svg)| svg.as_str());
        let _ = writeln!(
            out,
            "<figure id=\"border-map\"><div class=\"scroll\">{svg}</div><figcaption><strong>Incidents along the border, {}.</strong> {} Source: {}.</figcaption></figure>",
            map.year,
            escape(&crate::map_caption(map)),
            cite_links(report, &map.sources)
        );
        table(out, report, &crate::map_table(map), true);
    }
    for (title, reason) in &report.charts_missing {
        let _ = writeln!(
            out,
            "<p class=\"no-evidence\"><strong>{}: no chart.</strong> {}</p>",
            escape(title),
            escape(reason)
        );
    }
    let _ = writeln!(out, "</section>");
}

fn findings(out: &mut String, report: &Report) {
    let _ = writeln!(
        out,
        "<section id=\"findings\"><h2>4. Findings by theme</h2>"
    );
    let coded: usize = report.readings.iter().map(|r| r.passages).sum();
    if coded > 0 {
        let _ = writeln!(out, "<figure id=\"theme-lens\"><div class=\"scroll\">");
        out.push_str(&crate::svg::lens_matrix(&report.readings));
        out.push_str("</div>");
        let _ = writeln!(
            out,
            "<figcaption><strong>Coded passages by theme and lens.</strong> Passages of the stored documents coded with each theme, and how many of them read it through each lens (share of the theme's passages). Coder: {}.</figcaption></figure>",
            escape(&report.coder)
        );
    }
    for theme in Theme::ALL {
        let _ = writeln!(
            out,
            "<section id=\"{}\"><h3>{}</h3>",
            theme.id(),
            theme.title()
        );
        for gap in report.no_evidence.iter().filter(|g| g.theme == theme) {
            let _ = writeln!(
                out,
                "<p class=\"no-evidence\"><strong>No evidence.</strong> {}</p>",
                escape(&gap.reason)
            );
        }
        for f in report.findings.iter().filter(|f| f.theme == theme) {
            let _ = writeln!(
                out,
                "<article class=\"finding\" id=\"{}\"><h4>{}</h4>",
                escape(&f.id),
                escape(&f.headline)
            );
            let _ = writeln!(out, "<p>{}</p>", escape(&f.text));
            let _ = writeln!(out, "<p class=\"rule\">Rule: {}.</p>", escape(&f.rule));
            if !f.citations.is_empty() {
                let _ = writeln!(out, "<ul class=\"evidence\">");
                for c in &f.citations {
                    let _ = writeln!(
                        out,
                        "<li>{} <a href=\"#{}\">[{}]</a>{}</li>",
                        escape(&c.text),
                        escape(&c.reference),
                        reference_number(report, &c.reference),
                        if c.locator.is_empty() {
                            String::new()
                        } else {
                            format!(" <span class=\"muted\">({})</span>", escape(&c.locator))
                        }
                    );
                }
                let _ = writeln!(out, "</ul>");
            }
            let _ = writeln!(out, "</article>");
        }
        if let Some(reading) = report.readings.iter().find(|r| r.theme == theme) {
            readings(out, reading);
        }
        let _ = writeln!(out, "</section>");
    }
    let _ = writeln!(out, "</section>");
}

fn quote(quote: &dyad_findings::readings::Quote) -> String {
    // The report links only within itself; the document is found by its title, or its passage id.
    let title = escape(&quote.title);
    format!(
        "<q>{}</q> <span class=\"muted\">— <cite>{title}</cite>{}, {} (passage {})</span>",
        escape(&quote.text),
        if quote.date.is_empty() {
            String::new()
        } else {
            format!(", {}", escape(&quote.date))
        },
        escape(&quote.locator),
        escape(&quote.passage)
    )
}

/// What the coded documents say on a theme, and through which lenses.
fn readings(out: &mut String, reading: &dyad_findings::readings::ThemeReading) {
    let _ = writeln!(out, "<div class=\"readings\"><h4>In the documents</h4>");
    if reading.passages == 0 {
        let _ = writeln!(
            out,
            "<p class=\"no-evidence\">{}</p></div>",
            crate::NO_READING
        );
        return;
    }
    let _ = writeln!(out, "<p>{}</p>", crate::reading_summary(reading));
    for q in &reading.quotes {
        let _ = writeln!(out, "<blockquote>{}</blockquote>", quote(q));
    }
    let _ = writeln!(out, "<dl class=\"lenses\">");
    for lens in &reading.lenses {
        let sentence = escape(&crate::lens_sentence(reading, lens));
        let _ = match &lens.quote {
            Some(q) => writeln!(
                out,
                "<dt>{}</dt><dd>{sentence} {}</dd>",
                lens.lens.name(),
                quote(q)
            ),
            None => writeln!(
                out,
                "<dt>{}</dt><dd class=\"muted\">{sentence}</dd>",
                lens.lens.name()
            ),
        };
    }
    let _ = writeln!(out, "</dl></div>");
}

fn method(out: &mut String, report: &Report) {
    let m = &report.method;
    let _ = writeln!(
        out,
        "<section id=\"method\"><h2>6. Method and limitations</h2><ul>"
    );
    for line in &m.scope {
        let _ = writeln!(out, "<li>{}</li>", escape(line));
    }
    let _ = writeln!(out, "</ul>");
    let links: Vec<String> = crate::method_tables(report)
        .iter()
        .map(|t| format!("<a href=\"#{}\">{}</a>", escape(&t.id), escape(&t.title)))
        .collect();
    let _ = writeln!(
        out,
        "<p>{} {}.</p>",
        escape(crate::APPENDIX_NOTE),
        links.join(", ")
    );
    let _ = writeln!(out, "<h3 id=\"limitations\">Limitations</h3><ul>");
    for l in &m.limitations {
        let _ = writeln!(out, "<li>{}</li>", escape(l));
    }
    let _ = writeln!(out, "</ul></section>");
}

/// The report as HTML.
pub fn render(report: &Report, svgs: &[(String, String)], generator: &str) -> String {
    let mut out = String::new();
    let title = format!("dyad report: {}, {}", report.pair, report.year);
    let _ = writeln!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"{}\">\n<title>{}</title>\n<style>{STYLE}</style>\n</head>\n<body>",
        escape(generator),
        escape(&title)
    );
    let _ = writeln!(
        out,
        "<header><h1>{}</h1><p class=\"meta\">Evidence: {}. Generated by {}. Every figure links to its reference; every finding names its rule.</p></header>",
        escape(&title),
        escape(&report.as_of),
        escape(generator)
    );
    let _ = writeln!(
        out,
        "<nav><h2 class=\"first\">Contents</h2><ol><li><a href=\"#summary\">Summary</a></li><li><a href=\"#tables\">The five tables</a></li><li><a href=\"#charts\">Charts</a></li><li><a href=\"#findings\">Findings by theme</a></li><li><a href=\"#recommendations\">Recommendations</a></li><li><a href=\"#method\">Method and limitations</a></li><li><a href=\"#references\">References</a></li><li><a href=\"#appendix\">Appendix: detail tables</a></li></ol></nav>"
    );
    let _ = writeln!(out, "<section id=\"summary\"><h2>1. Summary</h2><ul>");
    for f in report.findings.iter().filter(|f| f.in_summary) {
        let _ = writeln!(
            out,
            "<li><strong>{}:</strong> <a href=\"#{}\">{}</a></li>",
            f.theme.title(),
            escape(&f.id),
            escape(&f.headline)
        );
    }
    for gap in &report.no_evidence {
        let _ = writeln!(
            out,
            "<li><strong>{}:</strong> <a href=\"#{}\">no evidence</a></li>",
            gap.theme.title(),
            gap.theme.id()
        );
    }
    let _ = writeln!(out, "</ul></section>");
    tables(&mut out, report);
    charts(&mut out, report, svgs);
    findings(&mut out, report);
    let _ = writeln!(
        out,
        "<section id=\"recommendations\"><h2>5. Recommendations</h2><ol>"
    );
    for r in &report.recommendations {
        let because: Vec<String> = r
            .because
            .iter()
            .map(|id| {
                format!(
                    "<a href=\"#{}\">{}</a>",
                    escape(id),
                    escape(crate::headline_of(report, id))
                )
            })
            .collect();
        let _ = writeln!(
            out,
            "<li id=\"{}\">{} <span class=\"because\">Because: {}.</span></li>",
            escape(&r.id),
            escape(&r.text),
            because.join("; ")
        );
    }
    let _ = writeln!(out, "</ol></section>");
    method(&mut out, report);
    let _ = writeln!(
        out,
        "<section id=\"references\"><h2>7. References</h2><ol class=\"references\">"
    );
    for r in &report.references {
        let _ = writeln!(
            out,
            "<li id=\"{}\">{}</li>",
            escape(&r.id),
            escape(&describe(r))
        );
    }
    let _ = writeln!(out, "</ol></section>");
    let _ = writeln!(
        out,
        "<section id=\"appendix\"><h2>Appendix: detail tables</h2>"
    );
    for t in crate::method_tables(report) {
        table(&mut out, report, &t, false);
    }
    let _ = writeln!(out, "</section>\n</body>\n</html>");
    out
}
