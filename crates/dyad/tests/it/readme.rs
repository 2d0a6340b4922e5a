//! The examples in README.md, run as written.

use crate::Context;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap()
}

/// Every fenced block of `language` in `text`, in order.
fn blocks<'a>(text: &'a str, language: &str) -> Vec<&'a str> {
    let fence = format!("```{language}\n");
    let mut found = Vec::new();
    let mut rest = text;
    while let Some(start) = rest.find(&fence) {
        let body = &rest[start + fence.len()..];
        let end = body.find("```").expect("a closed block");
        found.push(&body[..end]);
        rest = &body[end + 3..];
    }
    found
}

fn block<'a>(text: &'a str, language: &str) -> &'a str {
    blocks(text, language)
        .first()
        .copied()
        .unwrap_or_else(|| panic!("README has a {language} block"))
}

#[test]
fn the_ingest_summary_shown_is_the_one_printed() {
    let text = readme();
    let shown = blocks(&text, "text")
        .into_iter()
        .find(|b| b.contains("(ucdp-ged)"))
        .expect("README shows a summary");
    // The same shape as the real file's summary, which the real-data test checks in full.
    let context = Context::new();
    let fixture = format!(
        "{}/../dyad-ingest/test_data/ucdp-ged/ok/GEDEvent_v24_1.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let run = context.run(&["ingest", &fixture]);
    let printed = run
        .stderr
        .lines()
        .next()
        .unwrap()
        .rsplit('/')
        .next()
        .unwrap()
        .to_string();
    // The words after the file's name, with every number as `#`.
    let pattern = |line: &str| -> String {
        let after_name = line.split_once(" (").map_or("", |(_, rest)| rest);
        let mut shape = String::new();
        for c in after_name.chars() {
            if !c.is_ascii_digit() {
                shape.push(c);
            } else if !shape.ends_with('#') {
                shape.push('#');
            }
        }
        shape
    };
    assert_eq!(pattern(&printed), pattern(shown.trim()), "{printed}");
}

#[test]
fn the_first_two_commands_are_the_main_job_and_the_tests() {
    let text = readme();
    let commands: Vec<&str> = block(&text, "sh")
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .collect();
    assert_eq!(commands[0], "cargo run --release -p dyad -- report");
    assert_eq!(commands[1], "cargo test --workspace");
    let ci =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../.ci/run")).unwrap();
    assert!(
        ci.contains(commands[1]),
        ".ci/run runs the README's test command"
    );
}

#[test]
fn the_figures_example_loads_and_its_failure_reads_as_shown() {
    let text = readme();
    let example = block(&text, "csv");
    let context = Context::new();
    context.write("figures.csv", example);
    let run = context.run(&["ingest", "figures", "figures.csv"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(
        run.stderr,
        "figures.csv: 3 figures read, 3 new, 0 already in the evidence base, 0 quarantined\n"
    );
    let history = context.run(&[
        "history",
        "connectivity.key_challenges",
        "--subject",
        "TAPI",
    ]);
    assert!(
        history.stdout.contains("security of the route"),
        "{}",
        history.stdout
    );

    let broken = example.replacen("1400,USD million", "\"1,400\",USD million", 1);
    assert_ne!(broken, example);
    context.write("figures.csv", &broken);
    let other = Context::new();
    other.write("figures.csv", &broken);
    let run = other.run(&["ingest", "figures", "figures.csv"]);
    assert_eq!(run.code, Some(2));
    let shown = blocks(&text, "text")
        .into_iter()
        .find(|b| b.starts_with("error:"))
        .expect("README shows the error");
    assert_eq!(run.stderr.trim_end(), shown.trim_end());
}

#[test]
fn the_json_example_is_what_dyad_prints() {
    let text = readme();
    let shown: serde_json::Value =
        serde_json::from_str(block(&text, "json")).expect("the README's JSON is valid");
    let shown_cell = &shown["cells"][0];
    let context = Context::new();
    let run = context.run(&["tables", "--year", "2023", "--format", "json"]);
    let printed: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(printed["schema"], shown["schema"]);
    let cell = printed["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["table"] == shown_cell["table"] && c["row"] == shown_cell["row"])
        .expect("the README's cell is printed");
    for (field, value) in shown_cell.as_object().unwrap() {
        assert_eq!(&cell[field], value, "README field `{field}`");
    }
}

#[test]
fn the_audit_example_prints_what_is_shown() {
    let text = readme();
    let brief = blocks(&text, "md")
        .into_iter()
        .find(|b| b.contains("# Trade between Pakistan and Afghanistan, 2023"))
        .expect("README shows the audit example's brief");
    let shown = blocks(&text, "text")
        .into_iter()
        .find(|b| b.starts_with("brief.md:"))
        .expect("README shows the audit's output");
    let context = Context::new();
    context.write("brief.md", brief);
    let run = context.run(&["audit", "brief.md", "--evidence", "--fail-on", "any"]);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    assert_eq!(run.stdout, shown);
}

#[test]
fn the_documents_search_example_finds_bundled_passages() {
    let text = readme();
    let line = text
        .lines()
        .find(|line| line.starts_with("dyad docs search "))
        .expect("README shows a search");
    let query = line
        .strip_prefix("dyad docs search '")
        .and_then(|rest| rest.split_once('\''))
        .map(|(query, _)| query)
        .expect("the README's query is in single quotes");
    let context = Context::new();
    let run = context.run(&["docs", "search", query, "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let hits: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    assert!(!hits.as_array().unwrap().is_empty(), "{query}");
    let run = context.run(&["docs", "show", "5"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let run = context.run(&["docs", "search", "\"border"]);
    assert!(
        run.stderr
            .starts_with("error: the search query's double quote at column 1 is never closed"),
        "{}",
        run.stderr
    );
}
