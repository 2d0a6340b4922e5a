//! `dyad report`: the files it writes, their structure, their references, and byte-identical reruns.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use crate::Context;

fn read(dir: &Path, name: &str) -> String {
    std::fs::read_to_string(dir.join(name)).unwrap_or_else(|e| panic!("{name}: {e}"))
}

/// Runs `dyad report ARGS --out DIR/out`, asserts it succeeded, and returns the folder.
fn report(context: &Context, args: &[&str]) -> PathBuf {
    let out = context.dir.path().join("out");
    let mut all = vec!["report"];
    all.extend_from_slice(args);
    all.extend(["--out", out.to_str().unwrap()]);
    let run = context.run(&all);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    out
}

/// The values of `attribute="…"` in `html`.
fn attributes<'a>(html: &'a str, attribute: &str) -> Vec<&'a str> {
    let needle = format!(" {attribute}=\"");
    html.match_indices(&needle)
        .map(|(i, _)| {
            let rest = &html[i + needle.len()..];
            &rest[..rest.find('"').unwrap()]
        })
        .collect()
}

#[test]
fn the_2023_report_has_every_table_chart_theme_and_reference() {
    let context = Context::new();
    let out = report(&context, &["--year", "2023"]);
    for name in [
        "report.html",
        "report.md",
        "references.bib",
        "references.json",
    ] {
        assert!(out.join(name).exists(), "{name} is written");
    }
    let html = read(&out, "report.html");

    // Self-contained: no scripts, no external fonts, styles or images.
    assert!(!html.contains("<script"));
    assert!(!html.contains("<link"));
    assert!(!html.contains("<img"));
    assert!(!html.contains("@import") && !html.contains("url("));
    assert!(attributes(&html, "src").is_empty());
    assert!(html.contains("@media print"));

    // The five tables, at least six charts, each with a caption that names its source.
    for table in ["trade", "refugees", "security", "connectivity", "opinion"] {
        assert!(
            html.contains(&format!("<table id=\"table-{table}\">")),
            "table {table}"
        );
    }
    let figures = html.matches("<figure id=\"chart-").count();
    assert!(figures >= 6, "{figures} charts");
    // The charts of the evidence, the map of the border (UCDP GED's districts of 2021, the latest year
    // the bundled events locate), and the theme × lens matrix of the coded documents.
    assert_eq!(html.matches("<figure id=\"border-map\">").count(), 1);
    assert!(html.contains(">North Waziristan 47</text>"));
    assert_eq!(html.matches("<svg").count(), figures + 2);
    assert_eq!(html.matches("<figcaption>").count(), figures + 2);
    assert!(html.contains("<figure id=\"theme-lens\">"));
    for caption in html.split("<figure id=\"chart-").skip(1) {
        let caption = &caption[caption.find("<figcaption>").unwrap()..];
        let caption = &caption[..caption.find("</figcaption>").unwrap()];
        // Every chart cites its sources: by name when there are a few, by number when many.
        assert!(
            caption.contains("Source: <a href=\"#ref-")
                || caption.contains("Sources: <a href=\"#ref-"),
            "{caption}"
        );
        assert!(
            caption.len() < 2_500,
            "a caption of {} bytes",
            caption.len()
        );
    }
    // Charts have axis labels: the y labels the builder gave.
    assert!(html.contains("persons") && html.contains("incidents per year"));

    // Every internal link lands on an element of the page, and every id is unique.
    let ids: Vec<&str> = attributes(&html, "id");
    let unique: BTreeSet<&str> = ids.iter().copied().collect();
    assert_eq!(unique.len(), ids.len(), "duplicate ids");
    for href in attributes(&html, "href") {
        let target = href
            .strip_prefix('#')
            .unwrap_or_else(|| panic!("an external link: {href}"));
        assert!(unique.contains(target), "a broken link to #{target}");
    }

    // Every theme has findings or says it has no evidence.
    for theme in [
        "theme-trust",
        "theme-security",
        "theme-trade",
        "theme-refugees",
        "theme-geopolitics",
        "theme-perception",
        "theme-opportunities",
    ] {
        let start = html.find(&format!("<section id=\"{theme}\">")).unwrap();
        let body = &html[start..start + html[start..].find("</section>").unwrap()];
        assert!(
            body.contains("<article class=\"finding\"")
                || body.contains("<strong>No evidence.</strong>"),
            "{theme}"
        );
    }
    assert!(html.contains("<strong>No evidence.</strong> No survey in the evidence base asks people in Pakistan or Afghanistan"));

    // The lens readings come from coded passages: each theme's readings quote passages by their
    // document and number, and a lens no passage takes is said to be absent, not filled in.
    let readings: Vec<&str> = html.split("<div class=\"readings\">").skip(1).collect();
    assert_eq!(readings.len(), 7);
    let security = html
        .split("<section id=\"theme-security\">")
        .nth(1)
        .unwrap();
    let security = &security[..security.find("</section>").unwrap()];
    assert!(security.contains("<dt>Realism</dt><dd>"), "{security}");
    assert!(security.contains("passages read the theme through this lens; for example <q>"));
    assert!(security.contains("(passage "), "{security}");
    assert!(html.contains("No stored document reads this theme through"));

    // Every finding names its rule and cites a reference; every recommendation traces to findings.
    for article in html.split("<article class=\"finding\"").skip(1) {
        let article = &article[..article.find("</article>").unwrap()];
        assert!(article.contains("<p class=\"rule\">Rule: "), "{article}");
        assert!(article.contains("href=\"#ref-"), "{article}");
    }
    let recommendations = html
        .split("<section id=\"recommendations\">")
        .nth(1)
        .unwrap();
    let recommendations = &recommendations[..recommendations.find("</section>").unwrap()];
    assert!(recommendations.matches("<li id=\"rec-").count() >= 3);
    for item in recommendations.split("<li id=\"rec-").skip(1) {
        assert!(item.contains("Because: <a href=\"#finding-"), "{item}");
    }

    // Every table cell with a value cites a reference entry.
    for table in html.split("<table id=\"table-").skip(1) {
        let table = &table[..table.find("</table>").unwrap()];
        for row in table.split("<tr class=\"").skip(1) {
            if row.starts_with("missing") {
                continue;
            }
            assert!(
                row.contains("href=\"#ref-"),
                "a figure without a reference: {row}"
            );
        }
    }

    // The numbers that must show.
    assert!(html.contains("1,987,717"));
    assert!(html.contains("+14.0%"));
    assert!(html.contains("UNHCR revised its 2022 figure by +13.3%"));
    assert!(html.contains("from 259 to 752"));

    // The references: one BibTeX entry and one CSL-JSON item per list entry, same keys.
    let listed = html.split("<ol class=\"references\">").nth(1).unwrap();
    let n_refs = listed[..listed.find("</ol>").unwrap()]
        .matches("<li id=\"ref-")
        .count();
    let bib = read(&out, "references.bib");
    assert_eq!(bib.matches("@misc{").count(), n_refs);
    let csl: serde_json::Value = serde_json::from_str(&read(&out, "references.json")).unwrap();
    assert_eq!(csl.as_array().unwrap().len(), n_refs);
    for item in csl.as_array().unwrap() {
        let key = item["id"].as_str().unwrap();
        assert!(bib.contains(&format!("@misc{{{key},")), "{key}");
        assert!(html.contains(&format!("id=\"ref-{key}\"")), "{key}");
    }

    // The Markdown report has its charts beside it.
    let markdown = read(&out, "report.md");
    let linked: Vec<&str> = markdown
        .split("](charts/")
        .skip(1)
        .map(|rest| &rest[..rest.find(')').unwrap()])
        .collect();
    assert_eq!(linked.len(), figures + 2);
    assert!(linked.contains(&"theme-lens.svg") && linked.contains(&"border-map.svg"));
    for file in linked {
        assert!(out.join("charts").join(file).exists(), "{file}");
    }
}

#[test]
fn the_same_evidence_gives_the_same_bytes() {
    let context = Context::new();
    let first = context.dir.path().join("first");
    let second = context.dir.path().join("second");
    for out in [&first, &second] {
        let run = context.run(&["report", "--out", out.to_str().unwrap()]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    for name in [
        "report.html",
        "report.md",
        "references.bib",
        "references.json",
    ] {
        assert_eq!(
            read(&first, name),
            read(&second, name),
            "{name} differs between runs"
        );
    }
    let charts: Vec<_> = std::fs::read_dir(first.join("charts")).unwrap().collect();
    assert!(charts.len() >= 6);
    for entry in charts {
        let name = entry.unwrap().file_name();
        assert_eq!(
            std::fs::read(first.join("charts").join(&name)).unwrap(),
            std::fs::read(second.join("charts").join(&name)).unwrap()
        );
    }
}

#[test]
fn markdown_snapshot_of_the_2023_report() {
    let context = Context::new();
    let out = report(&context, &["--format", "md"]);
    assert!(
        !out.join("report.html").exists(),
        "only the formats asked for"
    );
    insta::assert_snapshot!("report_2023_markdown", read(&out, "report.md"));
}

#[test]
fn as_of_reads_only_releases_dated_by_then() {
    let context = Context::new();
    let out = report(
        &context,
        &["--year", "2022", "--as-of", "2023-06", "--format", "md"],
    );
    let markdown = read(&out, "report.md");
    assert!(markdown.contains("Evidence: releases dated by 2023-06-30."));
    // By June 2023 UNHCR had released 2022's stock twice; the revision of 2025 is not yet known.
    assert!(
        markdown.contains("1,743,278"),
        "the GT2022 release of 2023-06-14 is read"
    );
    assert!(
        !markdown.contains("1,987,717"),
        "2023's stock was released in 2024"
    );
    assert!(markdown.contains("whose release has no date were left out"));
}

#[test]
fn the_cooperation_chart_appears_once_gdelt_events_are_ingested() {
    let context = Context::new();
    let out = report(&context, &["--format", "html"]);
    let before = read(&out, "report.html");
    assert!(!before.contains("id=\"chart-cooperation\""));
    assert!(before.contains("The cooperation–conflict index (PAK–AFG): no chart."));
    let data = format!(
        "{}/../dyad-ingest/test_data/gdelt/ok",
        env!("CARGO_MANIFEST_DIR")
    );
    let ingest = context.run(&[
        "ingest",
        "gdelt",
        &format!("{data}/20240105000000.export.CSV"),
    ]);
    assert_eq!(ingest.code, Some(0), "{}", ingest.stderr);
    report(&context, &["--format", "html"]);
    let after = read(&out, "report.html");
    assert!(after.contains("<figure id=\"chart-cooperation\">"));
    assert!(
        after.contains("Source: <a href=\"#ref-the-gdelt-project-gdelt-2-0-events\""),
        "the chart cites GDELT"
    );
    // The trust theme now reads the index.
    assert!(after.contains("on the Goldstein scale"));
}
