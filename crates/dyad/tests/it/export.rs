//! `dyad export`.

use serde_json::Value;

use crate::Context;

#[test]
fn observations_as_csv_and_sqlite_with_a_datapackage() {
    let context = Context::new();
    let out = context.dir.path().join("out");
    let run = context.run(&["export", "observations", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut reader = csv::Reader::from_path(out.join("observations.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    for column in [
        "indicator",
        "subject",
        "period",
        "value",
        "unit",
        "status",
        "publisher",
        "dataset",
        "vintage",
        "locator",
        "file_sha256",
    ] {
        assert!(headers.iter().any(|h| h == column), "{column}");
    }
    let n_csv = reader.records().count();
    let package: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("datapackage.json")).unwrap())
            .unwrap();
    assert_eq!(package["profile"], "tabular-data-package");
    let resource = &package["resources"][0];
    assert_eq!(resource["path"], "observations.csv");
    let fields = resource["schema"]["fields"].as_array().unwrap();
    assert_eq!(fields.len(), headers.len());
    assert!(
        fields
            .iter()
            .any(|f| f["name"] == "value" && f["type"] == "number")
    );
    assert!(
        resource["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["title"] == "UNHCR"
                && s["licence"].as_str().unwrap().starts_with("CC BY 4.0"))
    );

    let db = context.dir.path().join("db");
    let run = context.run(&[
        "export",
        "observations",
        "--format",
        "sqlite",
        "--indicator",
        "refugees.registered",
        "--since",
        "2023",
        "--out",
        db.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let connection = rusqlite::Connection::open(db.join("observations.sqlite")).unwrap();
    let (n, value): (i64, f64) = connection
        .query_row(
            "SELECT (SELECT count(*) FROM observations), value FROM observations WHERE period = '2023' AND vintage LIKE 'Global Trends 2025, flows corrected%'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!(value, 1_987_717.0);
    assert!(
        n > 0 && (n as usize) < n_csv,
        "filters narrow the export: {n} of {n_csv}"
    );
}

#[test]
fn documents_take_no_pair_or_indicator() {
    // The documents export itself is tested with `dyad docs` (tests/it/docs.rs).
    let context = Context::new();
    let run = context.run(&["export", "documents", "--pair", "PAK-AFG"]);
    assert_eq!(run.code, Some(2));
    assert_eq!(
        run.stderr,
        "error: `--pair` does not apply to documents\nhint: export documents with `--since` only\n"
    );
}

#[test]
fn indicators_export_their_chosen_values_with_sources_and_licences() {
    let context = Context::new();
    let out = context.dir.path().join("indicators");
    let run = context.run(&[
        "export",
        "indicators",
        "--indicator",
        "refugees.",
        "--since",
        "2022",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut reader = csv::Reader::from_path(out.join("indicators.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    assert!(
        rows.iter()
            .all(|r| r[column("indicator")].starts_with("refugees."))
    );
    assert!(
        rows.iter()
            .all(|r| r[column("period_asked")].parse::<i32>().unwrap() >= 2022)
    );
    let stock = rows
        .iter()
        .find(|r| {
            &r[column("indicator")] == "refugees.registered" && &r[column("period_asked")] == "2022"
        })
        .expect("the 2022 stock is exported");
    // The chosen value is the revised one, and the row says how many releases disagree with it.
    assert_eq!(&stock[column("value")], "1743278.0");
    assert_eq!(&stock[column("disagreeing")], "2");
    assert_eq!(&stock[column("publisher")], "UNHCR");
    let package: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("datapackage.json")).unwrap())
            .unwrap();
    let sources = package["resources"][0]["sources"].as_array().unwrap();
    assert!(
        sources
            .iter()
            .any(|s| s["title"] == "UNHCR"
                && s["licence"].as_str().unwrap().starts_with("CC BY 4.0"))
    );
}
