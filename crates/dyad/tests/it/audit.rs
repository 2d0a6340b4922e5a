//! `dyad audit`.

use serde_json::Value;

use crate::Context;

const BRIEF: &str = "# Refugees\n\nPakistan and Afghanistan share a long border.\n\nThe registered population rose from 1,743,278 at the end of 2022 to 1,987,717 at the end of 2023, a rise of 24 percent.\n";

const CONSISTENT: &str = "# Refugees\n\nThe registered population rose from 1,743,278 at the end of 2022 to 1,987,717 at the end of 2023, a rise of 14 percent.\n";

#[test]
fn flags_a_wrong_percentage_change_as_json() {
    let context = Context::new();
    let brief = context.write("brief.md", BRIEF);
    let run = context.run(&["audit", brief.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let document: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(document["schema"], "dyad.audit/1");
    let finding = &document["files"][0]["findings"][0];
    assert_eq!(finding["kind"], "arithmetic");
    assert_eq!(finding["verdict"], "internally_inconsistent");
    assert_eq!(finding["text"], "24 percent");
    assert_eq!(finding["span"]["line"], 5);
    assert_eq!(finding["values"].as_array().unwrap().len(), 3);
}

#[test]
fn exit_code_follows_fail_on() {
    let context = Context::new();
    let brief = context.write("brief.md", BRIEF);
    let clean = context.write("clean.md", CONSISTENT);
    let brief = brief.to_str().unwrap();
    let failing = context.run(&["audit", brief, "--fail-on", "arithmetic,scope"]);
    assert_eq!(failing.code, Some(1), "{}", failing.stderr);
    assert!(failing.stdout.contains("brief.md:5:"), "{}", failing.stdout);
    assert!(
        failing
            .stdout
            .contains(": arithmetic (internally_inconsistent): "),
        "{}",
        failing.stdout
    );
    let other_kind = context.run(&["audit", brief, "--fail-on", "direction"]);
    assert_eq!(other_kind.code, Some(0));
    let clean = context.run(&["audit", clean.to_str().unwrap(), "--fail-on", "any"]);
    assert_eq!(clean.code, Some(0), "{}", clean.stdout);
    assert_eq!(clean.stdout, "");
}

#[test]
fn an_unreadable_file_is_reported_and_the_rest_audited() {
    let context = Context::new();
    let brief = context.write("brief.md", BRIEF);
    let run = context.run(&["audit", "missing.md", brief.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("hint: `dyad audit` reads Markdown"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr
            .contains("error: cannot read `missing.md` as text"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.contains("brief.md:5:"), "{}", run.stdout);
    let binary = context.write("scan.pdf", "");
    std::fs::write(&binary, [0x25, 0x50, 0xff, 0xfe]).unwrap();
    let run = context.run(&["audit", binary.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("the PDF could not be read"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_cited_figure_is_compared_with_the_bundled_evidence() {
    let context = Context::new();
    let cited = context.write(
        "cited.md",
        "Pakistan and Afghanistan.\n\nPakistan hosted 1,940,562 registered Afghan refugees (UNHCR, 2021). It hosted 1,987,717 registered refugees at the end of 2023.\n",
    );
    let cited = cited.to_str().unwrap();
    let run = context.run(&["audit", cited, "--evidence", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let document: Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = document["files"][0]["findings"].as_array().unwrap();
    let citation = &findings[0];
    assert_eq!(citation["kind"], "citation");
    assert_eq!(citation["verdict"], "contradicted");
    assert_eq!(citation["values"][1], 1490562.0);
    assert!(!citation["observations"].as_array().unwrap().is_empty());
    assert!(citation["relative_difference"].as_f64().unwrap() > 0.3);
    assert_eq!(findings[1]["kind"], "evidence");
    assert_eq!(findings[1]["verdict"], "supported");
    let failing = context.run(&["audit", cited, "--evidence", "--fail-on", "citation"]);
    assert_eq!(failing.code, Some(1), "{}", failing.stderr);
    let supported_only = context.run(&["audit", cited, "--evidence", "--fail-on", "evidence"]);
    assert_eq!(supported_only.code, Some(0), "{}", supported_only.stdout);
}

/// The PDF fixture: a paragraph, then a table of trade by crossing whose total row adds exports wrongly
/// (512 + 231 + 82 = 825, printed 835), as a word processor's PDF holds it: one text line per row.
fn trade_table_pdf() -> std::path::PathBuf {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/trade-table.pdf")
}

#[test]
fn a_table_in_a_pdf_is_recovered_and_its_total_checked() {
    let context = Context::new();
    let pdf = trade_table_pdf();
    let run = context.run(&["audit", pdf.to_str().unwrap(), "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let document: Value = serde_json::from_str(&run.stdout).unwrap();
    let findings = document["files"][0]["findings"].as_array().unwrap();
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["kind"], "arithmetic");
    assert!(
        findings[0]["explanation"]
            .as_str()
            .unwrap()
            .contains("add up to 825, not the total `835` in column `Exports`"),
        "{}",
        findings[0]
    );
    // The imports column adds up, and is not flagged.
    assert_eq!(findings[0]["values"], serde_json::json!([825.0, 835.0]));
}

#[test]
fn the_html_audit_highlights_each_claim_beside_its_verdict() {
    let context = Context::new();
    let brief = context.write("brief.md", BRIEF);
    let page = context.dir.path().join("audit.html");
    let run = context.run(&[
        "audit",
        brief.to_str().unwrap(),
        "--format",
        "html",
        "--out",
        page.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let html = std::fs::read_to_string(&page).unwrap();
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_eq!(
        html.matches("<mark class=\"inconsistent\"").count(),
        1,
        "{html}"
    );
    assert!(html.contains(">24 percent<sup><a href=\"#finding-1\">[1]</a></sup></mark>"));
    assert!(html.contains("<li class=\"inconsistent\" id=\"finding-1\">"));
    assert!(html.contains("arithmetic: internally inconsistent."));
    // Self-contained: no script, and no link out of the page.
    assert!(!html.contains("<script") && !html.contains("href=\"http"));
}

#[test]
fn a_stored_document_is_audited_by_its_id_and_bad_texts_are_refused_whole() {
    let context = Context::new();
    let run = context.run(&["audit", "--doc", "3", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let document: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(document["files"][0]["file"], "document 3");
    assert!(document["files"][0]["error"].is_null());
    let run = context.run(&["audit", "--doc", "999"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("no document has the id 999"),
        "{}",
        run.stderr
    );
    let urdu = context.write(
        "urdu.txt",
        "پاکستان اور افغانستان کے درمیان تجارت میں 24 فیصد اضافہ ہوا۔\n",
    );
    let run = context.run(&["audit", urdu.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("script other than Latin"),
        "{}",
        run.stderr
    );
    assert!(run.stdout.is_empty(), "no partial result: {}", run.stdout);
    let empty = context.write("empty.md", "\n   \n");
    let run = context.run(&["audit", empty.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("has no text to audit"),
        "{}",
        run.stderr
    );
}

/// A document's projection goes to the scorecard, cited to the document, and is scored against what
/// happened; storing it again changes nothing.
#[test]
fn a_documents_projections_go_to_the_scorecard() {
    let context = Context::new();
    let file = context.write(
        "outlook.md",
        "---\ntitle: Refugee outlook\ndate: 2021-03-01\npublisher: Test Institute\n---\n\n# Refugee outlook\n\nThe agency expects 1.9 million registered refugees in Pakistan in 2023.\n",
    );
    let added = context.run(&["docs", "add", file.to_str().unwrap(), "--kind", "report"]);
    assert_eq!(added.code, Some(0), "{}", added.stderr);
    let listed = context.run(&["docs", "list", "--format", "json"]);
    let documents: serde_json::Value = serde_json::from_str(&listed.stdout).unwrap();
    let items = documents
        .as_array()
        .or_else(|| documents["documents"].as_array())
        .unwrap();
    let id = items
        .iter()
        .find(|d| d["title"] == "Refugee outlook")
        .unwrap()["id"]
        .to_string();
    let stored = context.run(&["audit", "--doc", &id, "--store-projections"]);
    assert_eq!(stored.code, Some(0), "{}", stored.stderr);
    assert!(
        stored.stderr.contains("1 projection(s) stored (1 new)"),
        "{}",
        stored.stderr
    );
    let again = context.run(&["audit", "--doc", &id, "--store-projections"]);
    assert!(again.stderr.contains("nothing changed"), "{}", again.stderr);
    let scorecard = context.run(&["scorecard", "--format", "csv"]);
    let row = scorecard
        .stdout
        .lines()
        .find(|line| line.starts_with("Test Institute: Refugee outlook"))
        .unwrap_or_else(|| panic!("{}", scorecard.stdout));
    // Made 2021-03-01, for 2023: 1.9 million projected against the 1,987,717 UNHCR counted.
    assert!(
        row.contains(",refugees.registered,AFG→PAK,2023,1900000,"),
        "{row}"
    );
    assert!(row.contains(",1987717,"), "{row}");
}
