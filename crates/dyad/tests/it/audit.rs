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
    assert!(run.stderr.contains("valid UTF-8"), "{}", run.stderr);
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
