//! `dyad indicators`, `compare`, `project`, `backtest`, `scorecard`, and the security cells the
//! recipes fill.

use serde_json::Value;

use crate::{Context, cell};

fn fixture(name: &str) -> String {
    format!("{}/tests/fixtures/{name}", env!("CARGO_MANIFEST_DIR"))
}

fn json(run: &crate::Run) -> Value {
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap_or_else(|e| panic!("{e}: {}", run.stdout))
}

#[test]
fn indicators_list_and_recipe() {
    let context = Context::new();
    let run = context.run(&["indicators", "--format", "csv"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    insta::assert_snapshot!("indicators_list", run.stdout);
    let show = context.run(&["indicators", "show", "security.cross_border_attacks"]);
    assert_eq!(show.code, Some(0), "{}", show.stderr);
    insta::assert_snapshot!("indicators_show_cross_border", show.stdout);
    let unknown = context.run(&["indicators", "show", "refugees.registerd"]);
    assert_eq!(unknown.code, Some(2));
    assert!(
        unknown
            .stderr
            .contains("did you mean `refugees.registered`"),
        "{}",
        unknown.stderr
    );
}

#[test]
fn security_cells_come_from_the_bundled_ged_until_2021_and_from_ingested_acled() {
    let context = Context::new();
    // 2015: the bundled UCDP GED table covers it, so every recipe cell has a value from UCDP.
    let document = json(&context.run(&["tables", "--year", "2015", "--format", "json"]));
    for row in [
        "Cross-border attacks",
        "Militant activities",
        "Counter-terrorism operations",
        "Total incidents",
    ] {
        let cell = cell(&document, "security", row);
        assert_eq!(cell["status"], "estimate", "{row}: {cell}");
        assert!(cell["value"].is_number(), "{row}: {cell}");
        assert!(
            cell["note"]
                .as_str()
                .unwrap()
                .starts_with("UCDP GED; by dyad's recipe"),
            "{row}: {cell}"
        );
    }
    let parts: f64 = [
        "Cross-border attacks",
        "Militant activities",
        "Counter-terrorism operations",
    ]
    .iter()
    .map(|row| cell(&document, "security", row)["value"].as_f64().unwrap())
    .sum();
    assert_eq!(
        cell(&document, "security", "Total incidents")["value"].as_f64(),
        Some(parts)
    );
    // 2023: nothing shipped covers it until ACLED events are ingested.
    let before = json(&context.run(&["tables", "--year", "2023", "--format", "json"]));
    assert_eq!(
        cell(&before, "security", "Cross-border attacks")["status"],
        "missing"
    );
    let ingest = context.run(&[
        "ingest",
        "acled",
        &fixture("acled_border_2023.csv"),
        "--version",
        "2024-01-15",
    ]);
    assert_eq!(ingest.code, Some(0), "{}", ingest.stderr);
    let after = json(&context.run(&["tables", "--year", "2023", "--format", "json"]));
    for (row, expected) in [
        // Kurram (interstate clash) and Chaman (shelling "across the border").
        ("Cross-border attacks", 2.0),
        // North Waziristan (operation) and Khyber (arrests).
        ("Counter-terrorism operations", 2.0),
        // Bajaur, Chitral and Nangarhar; Quetta is not a border district, and a protest is no incident.
        ("Militant activities", 3.0),
        ("Total incidents", 7.0),
        ("Deaths in these incidents", 86.0),
    ] {
        let cell = cell(&after, "security", row);
        assert_eq!(cell["value"].as_f64(), Some(expected), "{row}: {cell}");
        assert!(
            cell["source"].as_str().unwrap().contains("ACLED"),
            "{row}: {cell}"
        );
        assert_eq!(cell["period"], "2023", "{row}: {cell}");
    }
}

#[test]
fn compare_shows_every_release_and_the_spread() {
    let context = Context::new();
    let document = json(&context.run(&[
        "compare",
        "refugees.registered",
        "--period",
        "2022",
        "--format",
        "json",
    ]));
    let subject = &document["subjects"][0];
    assert_eq!(subject["subject"], "AFG→PAK");
    assert_eq!(subject["figures"].as_array().unwrap().len(), 12);
    assert_eq!(subject["min"], 1539046.0);
    assert_eq!(subject["max"], 1743278.0);
    assert_eq!(subject["chosen"]["value"], 1743278.0);
    assert_eq!(subject["chosen"]["disagreeing"], 2);
    let text = context.run(&["compare", "refugees.registered", "--period", "2022"]);
    assert!(
        text.stdout
            .contains("spread 1539046 to 1743278 (11.7% of the chosen value)"),
        "{}",
        text.stdout
    );
    let nothing = context.run(&["compare", "trade.exports", "--period", "1990"]);
    assert_eq!(nothing.code, Some(2));
    assert!(
        nothing
            .stderr
            .contains("no figure of `trade.exports` overlaps 1990")
    );
}

#[test]
fn the_2024_projection_as_of_2023_reads_only_releases_published_by_then() {
    let context = Context::new();
    let document = json(&context.run(&[
        "project",
        "refugees.registered",
        "--as-of",
        "2023",
        "--horizon",
        "1",
        "--format",
        "json",
    ]));
    assert_eq!(document["as_of"], "2023-12-31");
    // UNHCR published 2023's end-year stock in June 2024, so the latest value known is 2022's, as
    // revised in the GT2022 release of June 2023 and repeated by the mid-year release of October 2023.
    assert_eq!(document["last_period"], "2022");
    assert_eq!(document["last_value"], 1743278.0);
    assert_eq!(document["last_vintage"], "MY2023 (b6cc487)");
    let steps = document["steps"].as_array().unwrap();
    assert_eq!(steps.len(), 1);
    assert_eq!(steps[0][0], "2024");
    let step = &steps[0][1];
    assert_eq!(step["h"], 2);
    for (lo, hi) in [
        ("lo95", "lo80"),
        ("lo80", "mean"),
        ("mean", "hi80"),
        ("hi80", "hi95"),
    ] {
        assert!(step[lo].as_f64() <= step[hi].as_f64(), "{step}");
    }
    let notes: Vec<&str> = document["notes"]
        .as_array()
        .unwrap()
        .iter()
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(
        notes
            .iter()
            .any(|n| n.contains("released after 2023-12-31")),
        "{notes:?}"
    );
    assert!(document["why"].as_str().unwrap().contains("backtest"));
    // Every figure the backtest read was released by the as-of date: no origin reaches 2023.
    let origins = document["backtest"]["origins"].as_array().unwrap();
    assert!(!origins.is_empty());
    assert!(
        origins
            .iter()
            .all(|o| o["target"].as_str().unwrap() <= "2022")
    );
    // Before any release, the vintage is missing and the command says so.
    let early = context.run(&["project", "refugees.registered", "--as-of", "2019"]);
    assert_eq!(early.code, Some(1));
    assert!(
        early
            .stdout
            .contains("no release of this series published by 2019-12-31 has a value"),
        "{}",
        early.stdout
    );
}

#[test]
fn backtest_reports_mase_and_coverage_per_series() {
    let context = Context::new();
    let document = json(&context.run(&["backtest", "--format", "json"]));
    let all = document.as_array().unwrap();
    let registered = all
        .iter()
        .find(|b| b["indicator"] == "refugees.registered")
        .expect("the refugee series is backtested");
    assert_eq!(registered["n_points"], 26);
    let origins = registered["origins"].as_array().unwrap();
    assert_eq!(origins.len(), 21);
    // The origin 2022 used the first release of 2022 (1,539,046), not the revision.
    let real_time: Vec<&Value> = origins
        .iter()
        .filter(|o| o["data"] == "real_time")
        .collect();
    assert!(real_time.iter().any(|o| o["origin"] == "2022"));
    for score in registered["scores"].as_array().unwrap() {
        let c80 = score["coverage80"].as_f64().unwrap();
        let c95 = score["coverage95"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&c80) && c80 <= c95, "{score}");
    }
    assert!(registered["chosen"].is_string());
    // Every bundled series with at least 8 values is there, the GED-based security ones included.
    assert!(
        all.iter()
            .any(|b| b["indicator"] == "security.border_incidents_total")
    );
    assert!(all.iter().all(|b| b["n_points"].as_u64().unwrap() >= 8));
}

#[test]
fn scorecard_scores_a_documents_projection_against_unhcr() {
    let context = Context::new();
    let ingest = context.run(&["ingest", "figures", &fixture("study_claims.csv")]);
    assert_eq!(ingest.code, Some(0), "{}", ingest.stderr);
    let document = json(&context.run(&["scorecard", "--format", "json"]));
    let scores = document.as_array().unwrap();
    let refugees = scores
        .iter()
        .find(|s| s["by"] == "Synthetic study: Table 2 projection" && s["period"] == "2024")
        .expect("the refugee projection is scored");
    assert_eq!(refugees["projected"], 1400000.0);
    assert_eq!(refugees["actual"], 1559964.0);
    assert_eq!(refugees["error"], -159964.0);
    assert!((refugees["pct_error"].as_f64().unwrap() - (-10.254)).abs() < 0.001);
    assert!(refugees["interval_held"].is_null());
    let later = scores
        .iter()
        .find(|s| s["period"] == "2030")
        .expect("the 2030 range is listed");
    assert!(later["actual"].is_null());
    assert!(
        later["note"]
            .as_str()
            .unwrap()
            .starts_with("no observed value for 2030")
    );
    let border = scores
        .iter()
        .find(|s| s["indicator"] == "security.cross_border_attacks" && s["by"] != "dyad")
        .expect("the security projection is listed");
    assert!(border["actual"].is_null(), "{border}");
    // dyad's own one-step projections are scored too, each with its 95% interval.
    let own: Vec<&Value> = scores
        .iter()
        .filter(|s| s["by"].as_str().unwrap().starts_with("dyad ("))
        .collect();
    assert!(!own.is_empty());
    assert!(own.iter().all(|s| s["interval_held"].is_boolean()));
}

#[test]
fn the_cooperation_conflict_index_counts_a_batch_once() {
    let context = Context::new();
    let data = format!(
        "{}/../dyad-ingest/test_data/gdelt/ok",
        env!("CARGO_MANIFEST_DIR")
    );
    let plain = format!("{data}/20240105000000.export.CSV");
    let zipped = format!("{data}/20240105000000.export.CSV.zip");
    let ingest = context.run(&["ingest", "gdelt", &plain, &zipped]);
    assert_eq!(ingest.code, Some(0), "{}", ingest.stderr);
    let document = json(&context.run(&[
        "compare",
        "relations.goldstein_mean",
        "--period",
        "2024-01",
        "--subject",
        "PAK->AFG",
        "--format",
        "json",
    ]));
    let chosen = &document["subjects"][0]["chosen"];
    // One material-conflict event with Goldstein −2.5, though two files carried it.
    assert_eq!(chosen["value"], -2.5);
    assert!(
        chosen["note"]
            .as_str()
            .unwrap()
            .contains("1 events; QuadClass 1–4: 0 / 0 / 0 / 1"),
        "{chosen}"
    );
    let net = json(&context.run(&[
        "compare",
        "relations.net_cooperation",
        "--period",
        "2024-02",
        "--subject",
        "PAK->AFG",
        "--format",
        "json",
    ]));
    assert_eq!(net["subjects"][0]["chosen"]["value"], -100.0);
}

#[test]
fn accuracy_md_is_the_backtest_output() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../ACCURACY.md");
    let text = std::fs::read_to_string(path).unwrap();
    let (start, end) = ("<!-- backtest:start -->\n", "\n<!-- backtest:end -->");
    let from = text.find(start).expect("ACCURACY.md has the start marker") + start.len();
    let to = text.find(end).expect("ACCURACY.md has the end marker");
    let context = Context::new();
    let run = context.run(&["backtest", "--format", "markdown"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let printed = run.stdout.trim_end();
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        let updated = format!("{}{printed}{}", &text[..from], &text[to..]);
        std::fs::write(path, updated).unwrap();
        return;
    }
    assert_eq!(
        &text[from..to],
        printed,
        "ACCURACY.md is out of date: rerun with UPDATE_EXPECT=1"
    );
}
