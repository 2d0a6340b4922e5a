//! The examples in README.md, run as written.

use crate::Context;

fn readme() -> String {
    std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap()
}

fn block<'a>(text: &'a str, language: &str) -> &'a str {
    let start = text
        .find(&format!("```{language}\n"))
        .unwrap_or_else(|| panic!("README has a {language} block"))
        + language.len()
        + 4;
    let end = start + text[start..].find("```").unwrap();
    &text[start..end]
}

#[test]
fn the_first_two_commands_are_the_main_job_and_the_tests() {
    let text = readme();
    let commands: Vec<&str> = block(&text, "sh")
        .lines()
        .map(|l| l.split('#').next().unwrap().trim())
        .collect();
    assert_eq!(commands[0], "cargo run --release -p dyad -- tables");
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
    assert_eq!(run.stderr.trim_end(), block(&text, "text").trim_end());
}
