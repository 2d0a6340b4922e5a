//! Figures an analyst can trust: each test is named after a defect an independent recheck found, and
//! runs the real binary on the bundled evidence, with a study's projection and claims ingested beside it.

use crate::{Context, cell};

/// The figures file README shows: a study's projection of FY2023-24 exports, a claimed refugee count for
/// 2024, and an undated statement.
fn with_readme_figures() -> Context {
    let readme =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../../README.md")).unwrap();
    let example = readme
        .split("```csv\n")
        .nth(1)
        .and_then(|rest| rest.split("```").next())
        .expect("README shows a figures file");
    let context = Context::new();
    context.write("figures.csv", example);
    // An undated claimed total, and a claim and a projection for 2023 of figures that were observed.
    context.write(
        "claims.csv",
        "indicator,subject,period,value,unit,status,publisher,dataset,vintage,vintage_date\n\
         trade.total,PAK-AFG,undated,1820,USD million,claimed,A paper,Text,2024,2024-02-01\n\
         refugees.registered,AFG->PAK,2023,2500000,persons,projection,A paper,Table 3,2022,2022-12-01\n\
         trade.exports,PAK->AFG,2023,1700,USD million,claimed,A paper,Text,2024,2024-02-01\n",
    );
    for file in ["figures.csv", "claims.csv"] {
        let run = context.run(&["ingest", "figures", file]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    context
}

fn tables(context: &Context, pair: &str, year: i32) -> serde_json::Value {
    let run = context.run(&[
        "tables",
        "--pair",
        pair,
        "--year",
        &year.to_string(),
        "--format",
        "json",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

#[test]
fn a_projection_or_claim_never_replaces_an_observed_figure() {
    let context = with_readme_figures();
    let document = tables(&context, "PAK-AFG", 2023);
    let exports = cell(&document, "trade", "Exports PAK→AFG");
    assert_eq!(
        (exports["value"].as_f64(), exports["status"].as_str()),
        (Some(989.0), Some("observed"))
    );
    let refugees = cell(&document, "refugees", "Registered refugees");
    assert_eq!(refugees["value"].as_f64(), Some(1_987_717.0));
    // Total and balance are derived from the observed flows again.
    assert_eq!(cell(&document, "trade", "Total trade")["status"], "derived");
    assert_eq!(cell(&document, "trade", "Balance")["status"], "derived");
    for item in document["cells"].as_array().unwrap() {
        let status = item["status"].as_str().unwrap();
        assert!(
            !matches!(status, "claimed" | "projection"),
            "a {status} figure fills {} / {}",
            item["table"],
            item["row"]
        );
    }
    // The claims and projections are scored instead.
    let run = context.run(&["scorecard", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let scores: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    let scored = |indicator: &str, projected: f64| {
        scores
            .iter()
            .find(|s| s["indicator"] == indicator && s["projected"].as_f64() == Some(projected))
            .unwrap_or_else(|| panic!("{indicator} {projected} is not in the scorecard"))
            .clone()
    };
    assert_eq!(
        scored("refugees.registered", 2_500_000.0)["actual"].as_f64(),
        Some(1_987_717.0)
    );
    assert_eq!(scored("trade.exports", 1400.0)["period"], "FY2023-24");
    assert!(scored("trade.exports", 1700.0)["note"].as_str().is_some());
}

#[test]
fn an_undated_figure_fills_no_cell_of_any_year() {
    let context = with_readme_figures();
    for year in [1800, 2013, 2020, 2023, 2025, 2030] {
        let document = tables(&context, "PAK-AFG", year);
        for item in document["cells"].as_array().unwrap() {
            assert_ne!(
                item["period"], "undated",
                "{year}: {} / {} is filled by an undated figure",
                item["table"], item["row"]
            );
            assert_ne!(
                item["value"].as_f64(),
                Some(1820.0),
                "{year}: the undated claim shows"
            );
        }
    }
}

#[test]
fn another_pair_shows_none_of_this_pairs_data() {
    let context = Context::new();
    for year in [2021, 2023] {
        let document = tables(&context, "PAK-IND", year);
        for item in document["cells"].as_array().unwrap() {
            if item["status"] == "missing" {
                continue;
            }
            let text = serde_json::to_string(item).unwrap();
            assert!(
                !text.contains("Afghan") && !text.contains("AFG"),
                "{year}: PAK-IND shows a figure about Afghanistan: {text}"
            );
        }
    }
}

#[test]
fn no_interval_of_a_count_or_share_goes_below_zero() {
    let context = Context::new();
    let run = context.run(&["scorecard", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let scores: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    let mut checked = 0;
    for score in &scores {
        let indicator = score["indicator"].as_str().unwrap();
        let Some(interval) = score["interval"].as_array() else {
            continue;
        };
        // Every scored indicator but the change in refugees and the trade balance is a count, a
        // level or a share.
        if matches!(
            indicator,
            "refugees.change"
                | "trade.balance"
                | "relations.goldstein_mean"
                | "relations.net_cooperation"
        ) {
            continue;
        }
        let low = interval[0].as_f64().unwrap();
        assert!(
            low >= 0.0,
            "{indicator} {}: interval from {low}",
            score["period"]
        );
        if indicator.ends_with("share") {
            assert!(interval[1].as_f64().unwrap() <= 100.0);
        }
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} intervals checked");
}

#[test]
fn the_scorecard_reads_no_release_from_the_future() {
    let context = Context::new();
    let run = context.run(&["scorecard", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let scores: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).unwrap();
    let mut checked = 0;
    // The series whose values are stored figures, so that `dyad history` shows every release of them;
    // the backtest's own unit test covers every series.
    let stored = |s: &&serde_json::Value| {
        s["by"] == "dyad (naive)"
            && matches!(
                s["indicator"].as_str(),
                Some("refugees.registered" | "refugees.returned")
            )
    };
    for score in scores.iter().filter(stored) {
        let made = score["made"].as_str().unwrap();
        if made.starts_with("in hindsight") {
            continue;
        }
        // "as of 2023-04-26, with data to 2022": the naive projection is the value of 2022 as some
        // release published by 2023-04-26 gave it.
        let (date, origin) = made
            .strip_prefix("as of ")
            .and_then(|rest| rest.split_once(", with data to "))
            .unwrap_or_else(|| panic!("`{made}` says neither as of when nor in hindsight"));
        let history = context.run(&[
            "history",
            score["indicator"].as_str().unwrap(),
            "--subject",
            score["subject"].as_str().unwrap(),
            "--period",
            origin,
            "--format",
            "json",
        ]);
        assert_eq!(history.code, Some(0), "{}", history.stderr);
        let releases: Vec<serde_json::Value> = serde_json::from_str(&history.stdout).unwrap();
        let projected = score["projected"].as_f64().unwrap();
        let published_by_then = releases.iter().any(|r| {
            r["observation"]["period"] == origin
                && r["provenance"]["source"]["vintage_date"]
                    .as_str()
                    .unwrap_or("")
                    <= date
                && !r["provenance"]["source"]["vintage_date"]
                    .as_str()
                    .unwrap_or("")
                    .is_empty()
                && (r["observation"]["value"]["number"].as_f64().unwrap() - projected).abs()
                    < 0.05 * projected.abs().max(1.0)
        });
        assert!(
            published_by_then,
            "{} {} made {made}: {projected} is in no release published by {date}",
            score["indicator"], score["subject"]
        );
        checked += 1;
    }
    assert!(checked >= 3, "only {checked} rows checked");
}

#[test]
fn security_categories_claim_no_more_than_the_source_knows() {
    // 2019 is covered by the bundled UCDP GED table alone, which does not record who initiated a clash.
    let context = Context::new();
    let document = tables(&context, "PAK-AFG", 2019);
    let operations = cell(&document, "security", "Counter-terrorism operations");
    assert_eq!(operations["status"], "missing");
    assert!(
        operations["note"]
            .as_str()
            .unwrap()
            .contains("does not record who initiated a clash"),
        "{operations}"
    );
    let clashes = cell(
        &document,
        "security",
        "State–non-state clashes (initiator unknown)",
    );
    assert!(clashes["value"].as_f64().unwrap() > 0.0, "{clashes}");
    // The total still counts every incident once, the clashes among them.
    let total = cell(&document, "security", "Total incidents")["value"]
        .as_f64()
        .unwrap();
    let parts: f64 = [
        "Cross-border attacks",
        "Militant activities",
        "State–non-state clashes (initiator unknown)",
    ]
    .iter()
    .map(|row| cell(&document, "security", row)["value"].as_f64().unwrap())
    .sum();
    assert_eq!(total, parts);
    // The recipe says which rows each source can fill.
    let run = context.run(&["indicators", "show", "security.ct_operations"]);
    assert!(
        run.stdout.contains("GED fills no counter-terrorism row"),
        "{}",
        run.stdout
    );
}

#[test]
fn a_row_that_changes_source_between_years_says_so() {
    let context = Context::new();
    // SATP counts 365 militant attacks in 2022; for 2023 only CRSS has a count.
    let document = tables(&context, "PAK-AFG", 2023);
    let attacks = cell(
        &document,
        "security",
        "Context: militant attacks in all Pakistan (published)",
    );
    assert_eq!(attacks["value"].as_f64(), Some(586.0));
    let note = attacks["note"].as_str().unwrap();
    assert!(
        note.contains("break in source: 2022 comes from South Asia Terrorism Portal (SATP) (365)"),
        "{note}"
    );
    // A year whose source is the same as the year before's carries no such note.
    let fatalities = cell(
        &document,
        "security",
        "Context: violence-related fatalities",
    );
    assert!(
        !fatalities["note"]
            .as_str()
            .unwrap()
            .contains("break in source"),
        "{fatalities}"
    );
}

#[test]
fn one_fiscal_year_figure_filling_two_calendar_years_is_marked() {
    let context = Context::new();
    let (a, b) = (
        tables(&context, "PAK-AFG", 2021),
        tables(&context, "PAK-AFG", 2022),
    );
    let (exports_2021, exports_2022) = (
        cell(&a, "trade", "Exports PAK→AFG"),
        cell(&b, "trade", "Exports PAK→AFG"),
    );
    // The same FY2021-22 figure fills both years, and each cell says so.
    assert_eq!(exports_2021["period"], "FY2021-22");
    assert_eq!(exports_2022["period"], "FY2021-22");
    assert_eq!(exports_2021["also_covers"], serde_json::json!([2022]));
    assert_eq!(exports_2022["also_covers"], serde_json::json!([2021]));
    assert!(
        exports_2022["note"]
            .as_str()
            .unwrap()
            .contains("no change between those years can be read from it")
    );
    // A calendar-year figure is not marked.
    let refugees = cell(&b, "refugees", "Registered refugees");
    assert!(refugees.get("also_covers").is_none(), "{refugees}");
}

#[test]
fn the_indicators_export_has_no_gaps() {
    let context = Context::new();
    let out = context.dir.path().join("export");
    let run = context.run(&[
        "export",
        "indicators",
        "--format",
        "csv",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut reader = csv::Reader::from_path(out.join("indicators.csv")).unwrap();
    let headers = reader.headers().unwrap().clone();
    let at = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    for indicator in ["refugees.asylum_seekers", "refugees.others_of_concern"] {
        assert!(
            rows.iter().any(|r| &r[at("indicator")] == indicator),
            "{indicator} is missing from the export"
        );
    }
    // A derived value names every publisher, licence and locator it rests on.
    let total = rows
        .iter()
        .find(|r| &r[at("indicator")] == "trade.total" && &r[at("period")] == "FY2021-22")
        .expect("trade.total for FY2021-22");
    assert_eq!(total[at("status")].to_string(), "derived");
    assert!(total[at("publisher")].contains("; "), "{total:?}");
    assert!(!total[at("licence")].is_empty(), "{total:?}");
    assert!(!total[at("locator")].is_empty(), "{total:?}");
    for row in &rows {
        assert!(
            !row[at("locator")].is_empty(),
            "a row without a locator: {row:?}"
        );
    }
}

#[test]
fn release_names_are_the_publishers_not_commit_messages() {
    let context = Context::new();
    let run = context.run(&["sources", "--format", "csv"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let commit = regex::Regex::new(r"\b[0-9a-f]{7,40}\b").unwrap();
    let mut n_releases = 0;
    for row in reader.records().map(Result::unwrap) {
        let release = &row[2];
        assert!(
            !commit.is_match(release),
            "release `{release}` of {} names a commit",
            &row[0]
        );
        n_releases += 1;
    }
    assert!(n_releases > 20);
    assert!(
        run.stdout
            .contains("Mid-Year Trends 2023, released 2023-10-25"),
        "{}",
        run.stdout
    );
}
