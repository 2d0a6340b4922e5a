//! `dyad tables`.

use serde_json::Value;

use crate::{Context, cell};

#[test]
fn json_for_2023_carries_the_figures_that_must_show() {
    let context = Context::new();
    let run = context.run(&["tables", "--year", "2023", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let document: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(document["schema"], "dyad.tables/1");
    assert_eq!(document["pair"], "PAK-AFG");
    for cell in document["cells"].as_array().unwrap() {
        for field in [
            "table", "row", "column", "value", "unit", "status", "source", "vintage",
        ] {
            assert!(cell.get(field).is_some(), "cell lacks `{field}`: {cell}");
        }
    }
    let registered = cell(&document, "refugees", "Registered refugees");
    assert_eq!(registered["value"], 1987717.0);
    assert_eq!(
        registered["source"],
        "UNHCR: Refugee Data Finder: population"
    );
    assert_eq!(registered["status"], "observed");
    let change = cell(&document, "refugees", "Change on previous year");
    assert_eq!(change["value_text"], "14.0");
    assert_eq!(change["status"], "derived");
    let ttp = cell(
        &document,
        "security",
        "Context: battle deaths, Government of Pakistan – TTP",
    );
    assert_eq!(ttp["value"], 752.0);
    assert!(
        ttp["source"]
            .as_str()
            .unwrap()
            .starts_with("Uppsala Conflict Data Program")
    );
    let exports = cell(&document, "trade", "Exports PAK→AFG");
    assert_eq!(exports["basis"], "customs records");
    assert!(!exports["agency"].as_str().unwrap().is_empty());
    assert_eq!(exports["period"], "2023-07-01..2024-05-31");
    assert!(
        exports["note"]
            .as_str()
            .unwrap()
            .contains("no figure for calendar 2023")
    );
    let cross_border = cell(&document, "security", "Cross-border attacks");
    assert_eq!(cross_border["status"], "missing");
    assert!(cross_border["value"].is_null());
    assert!(
        !cross_border["note"].as_str().unwrap().is_empty(),
        "an empty cell says why"
    );
}

#[test]
fn province_shares_of_2021_match_unhcr() {
    let context = Context::new();
    let run = context.run(&["tables", "--year", "2021", "--format", "json"]);
    let document: Value = serde_json::from_str(&run.stdout).unwrap();
    for (province, share) in [
        ("Khyber Pakhtunkhwa", "49.4"),
        ("Balochistan", "26.2"),
        ("Punjab", "14.8"),
        ("Sindh", "5.6"),
        ("Islamabad", "3.7"),
    ] {
        assert_eq!(
            cell(&document, "refugees", &format!("Share: {province}"))["value_text"],
            share,
            "{province}"
        );
    }
}

#[test]
fn markdown_snapshot_of_2023() {
    let context = Context::new();
    let run = context.run(&["tables", "--year", "2023", "--format", "markdown"]);
    assert_eq!(run.code, Some(0));
    insta::assert_snapshot!("tables_2023_markdown", run.stdout);
}

#[test]
fn csv_has_one_row_per_cell() {
    let context = Context::new();
    let json: Value = serde_json::from_str(
        &context
            .run(&["tables", "--year", "2022", "--format", "json"])
            .stdout,
    )
    .unwrap();
    let csv = context
        .run(&["tables", "--year", "2022", "--format", "csv"])
        .stdout;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.records().count(),
        json["cells"].as_array().unwrap().len()
    );
}

#[test]
fn a_bad_pair_is_an_error_with_a_hint() {
    let context = Context::new();
    let run = context.run(&["tables", "--pair", "PAK_AFG"]);
    assert_eq!(run.code, Some(2));
    // The pair is parsed once, by the argument parser, for every command.
    assert!(
        run.stderr.starts_with("error: invalid value 'PAK_AFG' for '--pair <PAIR>': `PAK_AFG` is not a country pair; write two ISO alpha-3 codes joined by `-`, as in `PAK-AFG`"),
        "{}",
        run.stderr
    );
}
