//! `dyad history`.

use crate::Context;

#[test]
fn every_release_of_the_2022_refugee_figure() {
    let context = Context::new();
    let run = context.run(&[
        "history",
        "refugees.registered",
        "--subject",
        "AFG->PAK",
        "--period",
        "2022",
        "--format",
        "csv",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(
        rows.len(),
        12,
        "twelve releases of the refugees package carry 2022"
    );
    assert_eq!((&rows[0][2], &rows[0][9]), ("1539046", "first release"));
    let revision = rows
        .iter()
        .find(|r| &r[2] == "1743278")
        .expect("the revision");
    assert_eq!(&revision[7], "Global Trends 2022, released 2023-06-14");
    assert_eq!(&revision[9], "revised +13.3%");
    assert!(rows.iter().filter(|r| &r[9] == "unchanged").count() >= 9);
}

#[test]
fn an_unknown_indicator_says_where_to_look() {
    let context = Context::new();
    let run = context.run(&["history", "refugees.nothing"]);
    assert_eq!(run.code, Some(2));
    insta::assert_snapshot!(run.stderr, @r"
    error: no figure of `refugees.nothing` is stored and no indicator has that name
    hint: did you mean `refugees.change`, `refugees.registered`, `refugees.others_of_concern`? `dyad indicators` lists the indicators, `dyad sources` what the evidence base holds
    ");
}

#[test]
fn a_bad_period_is_positioned() {
    let context = Context::new();
    let run = context.run(&["history", "refugees.registered", "--period", "FY2022"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("`FY2022` is not a period: a fiscal year is written FY2022-23"),
        "{}",
        run.stderr
    );
}

/// What `dyad history` shows of one figure's releases: the values in release order and their changes.
#[derive(Debug, Default)]
struct Shown {
    values: Vec<f64>,
    changes: Vec<String>,
}

#[test]
fn history_and_the_reports_method_section_agree_on_every_revision() {
    let context = Context::new();
    let out = context.dir.path().join("report");
    let report = context.run(&["report", "--format", "md", "--out", out.to_str().unwrap()]);
    assert_eq!(report.code, Some(0), "{}", report.stderr);
    let markdown = std::fs::read_to_string(out.join("report.md")).unwrap();
    // The method section's revisions: `| indicator · subject | period | … |` rows under its heading.
    let section = markdown
        .split("### Revisions between releases")
        .nth(1)
        .expect("the report lists revisions");
    let mut listed: std::collections::BTreeSet<(String, String, String)> = Default::default();
    for line in section.lines().skip(4) {
        let Some(row) = line.strip_prefix("| ") else {
            break;
        };
        let fields: Vec<&str> = row.split(" | ").collect();
        let (indicator, subject) = fields[0].split_once(" · ").unwrap();
        listed.insert((indicator.into(), subject.into(), fields[1].into()));
    }
    assert!(!listed.is_empty());

    // Every indicator the evidence base holds figures of, from the observations export.
    let export = context.dir.path().join("export");
    let run = context.run(&[
        "export",
        "observations",
        "--format",
        "csv",
        "--out",
        export.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut reader = csv::Reader::from_path(export.join("observations.csv")).unwrap();
    let mut indicators: Vec<String> = reader
        .records()
        .map(|r| r.unwrap()[0].to_string())
        .collect();
    indicators.sort();
    indicators.dedup();

    let mut revised_in_history: std::collections::BTreeSet<(String, String, String)> =
        Default::default();
    for indicator in &indicators {
        let run = context.run(&["history", indicator, "--format", "json"]);
        assert_eq!(run.code, Some(0), "{indicator}: {}", run.stderr);
        let rows: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
        // A figure's releases are consecutive rows from its first release on.
        let mut figures: Vec<((String, String), Shown)> = Vec::new();
        for row in &rows {
            let observation = &row["observation"];
            let change = row["change"].as_str().unwrap().to_string();
            if change == "first release" {
                let period = observation["period"]
                    .as_str()
                    .unwrap_or("undated")
                    .to_string();
                let subject = observation["subject"].as_str().unwrap().to_string();
                figures.push(((subject, period), Shown::default()));
            }
            let shown = &mut figures.last_mut().expect("a first release first").1;
            if let Some(value) = observation["value"]["number"].as_f64() {
                shown.values.push(value);
            }
            shown.changes.push(change);
        }
        for ((subject, period), shown) in figures {
            let (Some(first), Some(last)) = (shown.values.first(), shown.values.last()) else {
                continue;
            };
            if shown.changes.len() > 1 && *first != 0.0 && ((last - first) / first).abs() > 0.005 {
                assert!(
                    shown.changes.iter().any(|c| c.starts_with("revised")),
                    "{indicator} {subject} {period}: the values moved but no release says revised"
                );
                revised_in_history.insert((indicator.clone(), subject, period));
            }
        }
    }
    assert_eq!(
        listed, revised_in_history,
        "the report's method section and `dyad history` list different revisions"
    );
}
