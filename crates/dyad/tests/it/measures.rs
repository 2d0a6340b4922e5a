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
    // 2015: the bundled UCDP GED table covers it, so every recipe cell GED can fill has a value from
    // UCDP; GED does not record who initiated a clash, so its clashes with the state are a row apart.
    let document = json(&context.run(&["tables", "--year", "2015", "--format", "json"]));
    for row in [
        "Cross-border attacks",
        "Militant activities",
        "State–non-state clashes (initiator unknown)",
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
    assert_eq!(
        cell(&document, "security", "Counter-terrorism operations")["status"],
        "missing"
    );
    let parts: f64 = [
        "Cross-border attacks",
        "Militant activities",
        "State–non-state clashes (initiator unknown)",
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
    assert_eq!(
        document["last_vintage"],
        "Mid-Year Trends 2023, released 2023-10-25"
    );
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
    let context = Context::new();
    let run = context.run(&["backtest", "--format", "markdown"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    crate::check_marked_block("ACCURACY.md", "backtest", run.stdout.trim_end());
}

#[test]
fn the_real_ged_file_counts_the_same_incidents_as_the_bundled_aggregates() {
    // The file is looked up first, so that a missing one fails here, naming it, rather than later as an
    // ingest error of the binary.
    let Some(file) = crate::shared_data::shared_file("conflict/ucdp_ged_pakistan_hdx.csv") else {
        return;
    };
    let context = Context::new();
    let rows = [
        "Cross-border attacks",
        "Militant activities",
        "State–non-state clashes (initiator unknown)",
        "Total incidents",
        "Deaths in these incidents",
    ];
    let values = |year: &str| -> Vec<(f64, String)> {
        let document = json(&context.run(&["tables", "--year", year, "--format", "json"]));
        rows.iter()
            .map(|row| {
                let cell = cell(&document, "security", row);
                (
                    cell["value"].as_f64().unwrap(),
                    cell["source"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    let years = ["2008", "2014", "2021"];
    let before: Vec<Vec<(f64, String)>> = years.iter().map(|y| values(y)).collect();
    let ingest = context.run(&["ingest", "ucdp-ged", file.to_str().unwrap()]);
    assert_eq!(ingest.code, Some(0), "{}", ingest.stderr);
    let after: Vec<Vec<(f64, String)>> = years.iter().map(|y| values(y)).collect();
    for ((year, before), after) in years.iter().zip(&before).zip(&after) {
        // The same 6,416 events, read one by one instead of from the district aggregates: the same
        // counts, now from the ingested file (whose years replace the aggregates', so none counts twice).
        let counts = |v: &Vec<(f64, String)>| v.iter().map(|(n, _)| *n).collect::<Vec<_>>();
        assert_eq!(counts(before), counts(after), "{year}");
        assert!(
            before.iter().all(|(_, s)| s.ends_with("(GED), Pakistan")),
            "{year}: {before:?}"
        );
        assert!(
            after.iter().all(|(_, s)| !s.ends_with(", Pakistan")),
            "{year}: {after:?}"
        );
    }
    assert!(
        before[1][2].0 > 0.0,
        "the GED years hold counter-terrorism operations"
    );
}

#[test]
fn trade_as_a_share_of_gdp_needs_a_calendar_year_total_and_wdi_gdp() {
    let context = Context::new();
    let figures = context.write(
        "figures.csv",
        "indicator,subject,period,value,unit,status,basis,agency,publisher,dataset,vintage,vintage_date\n\
         trade.exports,PAK->AFG,2030,1000,USD million,observed,customs records,PBS,Test office,Test trade,r1,2031-02-01\n\
         trade.imports,AFG->PAK,2030,500,USD million,observed,customs records,PBS,Test office,Test trade,r1,2031-02-01\n\
         wdi.ny.gdp.mktp.cd,PAK,2030,300000000000,current US$,observed,,,World Bank,World Development Indicators,2031-07,2031-07-01\n\
         wdi.ny.gdp.mktp.cd,PAK,2023,337000000000,current US$,observed,,,World Bank,World Development Indicators,2031-07,2031-07-01\n\
         connectivity.status,TAPI,2029,construction resumed on the Afghan section,text,observed,,,Test page,Test news,2029-09-01,2029-09-01\n",
    );
    let ingest = context.run(&["ingest", "figures", figures.to_str().unwrap()]);
    assert_eq!(ingest.code, Some(0), "{}", ingest.stderr);
    let share = json(&context.run(&[
        "compare",
        "trade.gdp_share",
        "--period",
        "2030",
        "--subject",
        "PAK",
        "--format",
        "json",
    ]));
    let chosen = &share["subjects"][0]["chosen"];
    // (1,000 + 500) USD million / 300 billion current US$ × 100.
    assert_eq!(chosen["value"], 0.5, "{chosen}");
    assert_eq!(chosen["status"], "derived");
    // Without Afghanistan's GDP there is nothing to compare, and the command says so.
    let afghanistan = context.run(&[
        "compare",
        "trade.gdp_share",
        "--period",
        "2030",
        "--subject",
        "AFG",
    ]);
    assert_eq!(afghanistan.code, Some(2));
    assert!(
        afghanistan
            .stderr
            .contains("no figure of `trade.gdp_share` overlaps 2030")
    );
    // For 2023 the bundled total covers July 2023 to May 2024, so it is not divided by 2023's GDP.
    let fiscal = json(&context.run(&[
        "compare",
        "trade.gdp_share",
        "--period",
        "2023",
        "--subject",
        "PAK",
        "--format",
        "json",
    ]));
    let chosen = &fiscal["subjects"][0]["chosen"];
    assert!(chosen["value"].is_null(), "{chosen}");
    assert!(
        chosen["note"]
            .as_str()
            .unwrap()
            .contains("covers 2023-07-01..2024-05-31, not calendar 2023"),
        "{chosen}"
    );
    let tables = json(&context.run(&["tables", "--year", "2030", "--format", "json"]));
    let status = tables["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["table"] == "connectivity" && c["row"] == "TAPI" && c["column"] == "Status")
        .expect("the connectivity table has a status column");
    assert_eq!(
        status["value_text"],
        "construction resumed on the Afghan section"
    );
    assert_eq!(status["period"], "2029");
}

#[test]
fn another_pair_gets_no_border_counts_from_this_border() {
    let context = Context::new();
    let document = json(&context.run(&[
        "tables", "--pair", "IND-PAK", "--year", "2015", "--format", "json",
    ]));
    let cross = cell(&document, "security", "Cross-border attacks");
    assert_eq!(cross["status"], "missing");
    assert!(
        cross["note"]
            .as_str()
            .unwrap()
            .contains("no border geography for IND-PAK"),
        "{cross}"
    );
    // The same year for the pair whose border the table holds is counted.
    let own = json(&context.run(&["tables", "--year", "2015", "--format", "json"]));
    assert!(cell(&own, "security", "Total incidents")["value"].is_number());
}
