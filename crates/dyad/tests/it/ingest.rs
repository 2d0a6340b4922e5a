//! `dyad ingest figures`.

use std::time::Duration;

use crate::{Context, dump};

const HEADER: &str =
    "indicator,subject,period,value,unit,publisher,dataset,vintage,vintage_date,locator\n";

fn rows(n_rows: usize, bad_at: Option<usize>) -> String {
    let mut text = String::from(HEADER);
    for i in 1..=n_rows {
        let value = if Some(i) == bad_at {
            "12,5".to_string()
        } else {
            i.to_string()
        };
        let value = if value.contains(',') {
            format!("\"{value}\"")
        } else {
            value
        };
        // A hundred years of months per subject keeps every figure distinct.
        let (subject, month) = ((i - 1) / 1200, (i - 1) % 1200);
        text.push_str(&format!(
            "test.count,PAK/{subject},{}-{:02},{value},events,Test publisher,Test dataset,v1,2024-01-01,row {i}\n",
            1900 + month / 12,
            month % 12 + 1
        ));
    }
    text
}

#[test]
fn ingests_reports_and_is_idempotent() {
    let context = Context::new();
    let file = context.write("figures.csv", &rows(30, None));
    let first = context.run(&["ingest", "figures", file.to_str().unwrap()]);
    assert_eq!(first.code, Some(0), "{}", first.stderr);
    assert_eq!(
        first.stderr,
        "[TEMP]/figures.csv: 30 figures read, 30 new, 0 already in the evidence base, 0 quarantined\n"
    );
    let before = dump(&context.database());
    let again = context.run(&["ingest", "figures", file.to_str().unwrap()]);
    assert_eq!(again.code, Some(0));
    assert_eq!(
        again.stderr,
        "[TEMP]/figures.csv: already ingested (as `[TEMP]/figures.csv`, at [TIME]); nothing changed\n"
    );
    assert_eq!(dump(&context.database()), before);
    // Known bytes are not even parsed: read as another format, they are still the same stored file.
    let as_acled = context.run(&["ingest", "acled", file.to_str().unwrap()]);
    assert_eq!(as_acled.code, Some(0), "{}", as_acled.stderr);
    assert!(
        as_acled.stderr.contains("already ingested"),
        "{}",
        as_acled.stderr
    );
    assert_eq!(dump(&context.database()), before);
    let history = context.run(&["history", "test.count", "--period", "1900-03"]);
    assert!(
        history.stdout.contains("Test publisher: Test dataset"),
        "{}",
        history.stdout
    );
}

#[test]
fn a_bad_thousandth_row_rejects_the_file_and_changes_nothing() {
    let context = Context::new();
    // Create the evidence base (and load the bundled evidence) first.
    assert_eq!(context.run(&["sources"]).code, Some(0));
    let before = dump(&context.database());
    let file = context.write("bad.csv", &rows(1500, Some(1000)));
    let run = context.run(&["ingest", "figures", file.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    insta::assert_snapshot!(run.stderr, @r"
    error: `[TEMP]/bad.csv` was not ingested; the evidence base is unchanged
      Caused by: [TEMP]/bad.csv: record 1000 (line 1001): field `value` (column 4) is `12,5`, expected a number (it contains a comma; write numbers without thousands separators)
    hint: write a plain number such as 1987717 or 13.4 (no thousands separators), ~1600 for an approximate one, or 88-175 for a range; use unit `text` for a statement
    ");
    assert_eq!(dump(&context.database()), before);
}

#[test]
fn lenient_mode_quarantines_with_a_report() {
    let context = Context::new();
    let file = context.write("some-bad.csv", &rows(10, Some(4)));
    let report = context.dir.path().join("quarantine.csv");
    let run = context.run(&[
        "ingest",
        "figures",
        "--lenient",
        "--quarantine-report",
        report.to_str().unwrap(),
        file.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains("10 figures read") || run.stderr.contains("9 figures read"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("1 quarantined"));
    let written = std::fs::read_to_string(&report).unwrap();
    let mut reader = csv::Reader::from_reader(written.as_bytes());
    let quarantined: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(quarantined.len(), 1);
    assert_eq!(
        (
            &quarantined[0][1],
            &quarantined[0][2],
            &quarantined[0][3],
            &quarantined[0][4],
            &quarantined[0][5]
        ),
        ("4", "5", "value", "4", "12,5")
    );
    let connection = rusqlite::Connection::open(context.database()).unwrap();
    let stored: i64 = connection
        .query_row("SELECT count(*) FROM quarantine", [], |r| r.get(0))
        .unwrap();
    assert_eq!(stored, 1);
}

#[test]
fn a_batch_goes_on_past_a_bad_file_and_exits_2() {
    let context = Context::new();
    let bad = context.write("a-bad.csv", "indicator,subject\n");
    let good = context.write("b-good.csv", &rows(3, None));
    let missing = context.dir.path().join("missing.csv");
    let run = context.run(&[
        "ingest",
        "figures",
        bad.to_str().unwrap(),
        missing.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("required column `period` is missing"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("reading `[TEMP]/missing.csv`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("b-good.csv: 3 figures read, 3 new"),
        "{}",
        run.stderr
    );
}

#[test]
fn files_read_at_once_are_stored_and_reported_in_the_order_given() {
    let context = Context::new();
    // Each file holds other figures; `d` and `e` repeat the bytes of `b`, one read on each reading
    // thread, so only the order given decides which name the bytes are stored under.
    let figures = |first: usize| {
        rows(first + 3, None)
            .lines()
            .enumerate()
            .filter(|(i, _)| *i == 0 || *i > first)
            .map(|(_, line)| format!("{line}\n"))
            .collect::<String>()
    };
    let names = ["a", "b", "c-bad", "d", "e", "f", "g"];
    let paths: Vec<String> = names
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let text = match *name {
                "c-bad" => "indicator,subject\n".to_string(),
                "d" | "e" => figures(3),
                _ => figures(3 * i),
            };
            let path = context.write(&format!("{name}.csv"), &text);
            path.to_str().unwrap().to_string()
        })
        .collect();
    let mut args = vec!["ingest", "figures"];
    args.extend(paths.iter().map(String::as_str));
    let run = context.run(&args);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    let mentioned: Vec<&str> = run
        .stderr
        .lines()
        .filter(|line| !line.starts_with(' '))
        .filter_map(|line| {
            // Each file's summary or error names it first.
            let after = line.split_once("[TEMP]/")?.1;
            after.split_once(".csv").map(|(name, _)| name)
        })
        .collect();
    assert_eq!(mentioned, names, "{}", run.stderr);
    for duplicate in ["d", "e"] {
        assert!(
            run.stderr.contains(&format!(
                "[TEMP]/{duplicate}.csv: already ingested (as `[TEMP]/b.csv`"
            )),
            "{}",
            run.stderr
        );
    }
    let connection = rusqlite::Connection::open(context.database()).unwrap();
    let files: Vec<String> = connection
        .prepare("SELECT name FROM file WHERE name NOT LIKE 'bundled/%' ORDER BY id")
        .unwrap()
        .query_map([], |row| row.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let stored: Vec<String> = ["a", "b", "f", "g"]
        .iter()
        .map(|n| format!("{}/{n}.csv", context.dir.path().display()))
        .collect();
    assert_eq!(files, stored);
}

#[test]
fn a_killed_ingest_leaves_a_consistent_evidence_base() {
    let context = Context::new();
    assert_eq!(context.run(&["sources"]).code, Some(0));
    let n_rows = 200_000;
    let file = context.write("large.csv", &rows(n_rows, None));
    let count = || -> (i64, i64) {
        let connection = rusqlite::Connection::open(context.database()).unwrap();
        let ok: String = connection
            .query_row("PRAGMA integrity_check", [], |r| r.get(0))
            .unwrap();
        assert_eq!(ok, "ok");
        let observations: i64 = connection
            .query_row(
                "SELECT count(*) FROM observation WHERE indicator = 'test.count'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let files: i64 = connection
            .query_row(
                "SELECT count(*) FROM file WHERE name LIKE '%large.csv'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        (observations, files)
    };
    let wal = context.home().join("evidence.sqlite-wal");
    let wal_size = || std::fs::metadata(&wal).map_or(0, |m| m.len());
    let mut killed_mid_write = false;
    for _attempt in 0..3 {
        let start_size = wal_size();
        let mut child = context
            .command(&["ingest", "figures", file.to_str().unwrap()])
            .spawn()
            .unwrap();
        // Wait until the ingest's transaction has spilled pages into the write-ahead log, then kill it.
        let deadline = std::time::Instant::now() + Duration::from_secs(120);
        while child.try_wait().unwrap().is_none()
            && wal_size() < start_size + (4 << 20)
            && std::time::Instant::now() < deadline
        {
            std::thread::sleep(Duration::from_millis(2));
        }
        let running = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL on Unix
        child.wait().unwrap();
        let (observations, files) = count();
        // All of the file or none of it, and the file is recorded exactly when its rows are.
        assert!(
            observations == 0 || observations == n_rows as i64,
            "{observations} rows after a kill"
        );
        assert_eq!(files, i64::from(observations > 0));
        if running && observations == 0 {
            killed_mid_write = true;
            break;
        }
    }
    assert!(
        killed_mid_write,
        "a kill should land while the ingest's transaction was writing"
    );
    let finish = context.run(&["ingest", "figures", file.to_str().unwrap()]);
    assert_eq!(finish.code, Some(0), "{}", finish.stderr);
    assert_eq!(count(), (n_rows as i64, 1));
}

fn fixture(path: &str) -> String {
    format!(
        "{}/../dyad-ingest/test_data/{path}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn event_files_are_detected_and_stored_with_their_releases() {
    let context = Context::new();
    let acled = fixture("acled/ok/export_31_columns.csv");
    let run = context.run(&["ingest", &acled]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(run.stderr.ends_with("export_31_columns.csv (acled): 4 rows read, 4 kept, 0 quarantined; stored: 4 events new\n"), "{}", run.stderr);
    // A deletions list is a new release: it records the withdrawals and deletes nothing.
    let deletions = fixture("acled-deletions/ok/deletions.csv");
    let run = context.run(&["ingest", &deletions]);
    assert!(
        run.stderr.contains(
            "(acled-deletions): 2 rows read, 2 kept, 0 quarantined; stored: 2 deletion notices"
        ),
        "{}",
        run.stderr
    );
    let connection = rusqlite::Connection::open(context.database()).unwrap();
    let count = |sql: &str| -> i64 { connection.query_row(sql, [], |r| r.get(0)).unwrap() };
    assert_eq!(count("SELECT count(*) FROM event"), 4);
    assert_eq!(count("SELECT count(*) FROM event_deletion"), 2);
    assert_eq!(
        count("SELECT count(DISTINCT vintage_id) FROM event_deletion"),
        1
    );
    let zipped = fixture("gdelt/ok/20240105000000.export.CSV.zip");
    let run = context.run(&["ingest", &zipped, "--match", "actors"]);
    assert!(run.stderr.contains("(gdelt): 5 rows read, 3 kept, 0 quarantined; stored: 3 events new, 3 monthly aggregates\n"), "{}", run.stderr);
    let headerless = fixture("ucdp-ged/ok/candidate_v25_0_3.noheader.csv");
    let run = context.run(&[
        "ingest",
        "ucdp-ged",
        "--no-header",
        "--version",
        "25.0.3",
        &headerless,
    ]);
    assert!(
        run.stderr.contains("(ucdp-ged): 2 rows read, 2 kept"),
        "{}",
        run.stderr
    );
    let sources = context.run(&["sources", "--format", "csv"]);
    assert!(
        sources
            .stdout
            .contains("UCDP Georeferenced Event Dataset (GED),25.0.3"),
        "{}",
        sources.stdout
    );
    assert!(
        sources
            .stdout
            .contains("The GDELT Project,GDELT 2.0 Events,batch 20240105000000"),
        "{}",
        sources.stdout
    );
}

#[test]
fn an_unknown_format_lists_the_known_ones() {
    let context = Context::new();
    let file = context.write(
        "explorer.csv",
        "Country,Event month,Event Type,Events\nPakistan,2024-01,Battles,10\n",
    );
    let run = context.run(&["ingest", file.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    insta::assert_snapshot!(run.stderr, @r"
    error: `[TEMP]/explorer.csv` was not ingested; the evidence base is unchanged
      Caused by: [TEMP]/explorer.csv: the format could not be recognised from its name or first bytes
    hint: name the format: dyad ingest FORMAT FILE, where FORMAT is one of figures, acled, acled-json, acled-deletions, ucdp-ged, ucdp-brd, ucdp-acd, gdelt, gdelt-mentions, unhcr, wdi, survey, comtrade
    ");
}

/// Ingests `good`, then each corrupt fixture: each must fail with its positioned message and leave every
/// table of the evidence base as it was.
fn check_corrupt_files_change_nothing(good: &str, cases: &[(&str, &str)]) {
    let context = Context::new();
    assert_eq!(context.run(&["ingest", &fixture(good)]).code, Some(0));
    let before = dump(&context.database());
    for (path, message) in cases {
        let run = context.run(&["ingest", &fixture(path)]);
        assert_eq!(run.code, Some(2), "{path}");
        assert!(run.stderr.contains(message), "{path}: {}", run.stderr);
        assert_eq!(
            dump(&context.database()),
            before,
            "{path} changed the evidence base"
        );
    }
}

#[test]
fn corrupt_event_files_change_nothing() {
    check_corrupt_files_change_nothing(
        "acled/ok/export_31_columns.csv",
        &[
            (
                "gdelt/err/truncated_row.export.CSV",
                "record 3 (line 3): field `row` is `30 fields`",
            ),
            (
                "gdelt/err/impossible_date.export.CSV",
                "record 4 (line 4): field `SQLDATE` (column 2) is `20240231`",
            ),
            (
                "acled/err/fatalities_not_a_number.csv",
                "record 2 (line 4): field `fatalities` (column 29) is `n/a`",
            ),
            (
                "ucdp-ged/err/impossible_date.csv",
                "record 2 (line 4): field `date_start` (column 39) is `2024-02-30`",
            ),
            (
                "ucdp-brd/err/deaths_not_a_number.csv",
                "record 2 (line 3): field `bd_best` (column 13) is `forty`",
            ),
        ],
    );
}

#[test]
fn lenient_event_ingest_keeps_the_good_rows() {
    let context = Context::new();
    let report = context.dir.path().join("q.csv");
    let run = context.run(&[
        "ingest",
        "--lenient",
        "--quarantine-report",
        report.to_str().unwrap(),
        &fixture("gdelt/err/impossible_date.export.CSV"),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("(gdelt): 5 rows read, 3 kept, 1 quarantined"),
        "{}",
        run.stderr
    );
    let written = std::fs::read_to_string(report).unwrap();
    assert!(written.contains("SQLDATE,2,20240231"), "{written}");
}

#[test]
fn every_real_event_file_ingests_with_the_right_counts() {
    let Some(shared) = crate::shared_data::shared_folder() else {
        return;
    };
    let context = Context::new();
    for (name, summary) in [
        (
            "ucdp_ged_pakistan_hdx.csv",
            "(ucdp-ged): 6416 rows read, 6416 kept, 0 quarantined; stored: 6416 events new",
        ),
        (
            "ucdp_brd_conflict_v24_1.csv",
            "(ucdp-brd): 1920 rows read, 1920 kept, 0 quarantined",
        ),
        (
            "ucdp_prio_armed_conflict_v24_1.csv",
            "(ucdp-acd): 2686 rows read, 2686 kept, 0 quarantined",
        ),
        (
            "gdelt2_export_20191024143000.export.CSV",
            "(gdelt): 2111 rows read, 18 kept, 0 quarantined",
        ),
    ] {
        let path = crate::shared_data::require(&shared, &format!("conflict/{name}"));
        let run = context.run(&["ingest", path.to_str().unwrap()]);
        assert_eq!(run.code, Some(0), "{name}: {}", run.stderr);
        assert!(run.stderr.contains(summary), "{name}: {}", run.stderr);
    }
}

#[test]
fn two_releases_of_a_unhcr_table_are_two_vintages_and_the_tables_use_the_newer() {
    let context = Context::new();
    let table = |refugees: &str| {
        format!(
            "\"year\",\"coo_name\",\"coo\",\"coo_iso\",\"coa_name\",\"coa\",\"coa_iso\",\"refugees\",\"asylum_seekers\",\"returned_refugees\",\"idps\",\"returned_idps\",\"stateless\",\"ooc\",\"oip\",\"hst\"\n2031,\"Afghanistan\",\"AFG\",\"AFG\",\"Pakistan\",\"PAK\",\"PAK\",{refugees},10,0,0,0,0,0,,0\n2030,\"Afghanistan\",\"AFG\",\"AFG\",\"Pakistan\",\"PAK\",\"PAK\",1000000,10,0,0,0,0,0,,0\n"
        )
    };
    let older = context.write("population_2032-06.csv", &table("1200000"));
    let newer = context.write("population_2033-06.csv", &table("1250000"));
    let run = context.run(&[
        "ingest",
        "--version",
        "GT2031",
        "--released",
        "2032-06-14",
        older.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let run = context.run(&[
        "ingest",
        "--version",
        "GT2032",
        "--released",
        "2033-06-14",
        newer.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let history = context.run(&[
        "history",
        "refugees.registered",
        "--subject",
        "AFG->PAK",
        "--period",
        "2031",
        "--format",
        "csv",
    ]);
    let mut reader = csv::Reader::from_reader(history.stdout.as_bytes());
    let rows: Vec<(String, String, String)> = reader
        .records()
        .map(|r| r.unwrap())
        .map(|r| (r[2].to_string(), r[7].to_string(), r[9].to_string()))
        .collect();
    assert_eq!(
        rows,
        [
            (
                "1200000".to_string(),
                "GT2031".to_string(),
                "first release".to_string()
            ),
            (
                "1250000".to_string(),
                "GT2032".to_string(),
                "revised +4.2%".to_string()
            )
        ]
    );
    let tables = context.run(&["tables", "--year", "2031", "--format", "json"]);
    let document: serde_json::Value = serde_json::from_str(&tables.stdout).unwrap();
    let cell = document["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["row"] == "Registered refugees")
        .unwrap()
        .clone();
    assert_eq!(cell["value"], 1_250_000.0);
    assert_eq!(cell["vintage"], "GT2032");
    assert_eq!(cell["disagreeing"], 1);
    let change = document["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["row"] == "Change on previous year")
        .unwrap()
        .clone();
    assert_eq!(change["value_text"], "25.0");
}

#[test]
fn corrupt_statistics_files_change_nothing() {
    check_corrupt_files_change_nothing(
        "unhcr/ok/population_package_table.csv",
        &[
            (
                "unhcr/err/finder_bad_count.csv",
                "record 2 (line 17): field `refugees` (column 6) is `3,000,000`",
            ),
            (
                "unhcr/err/package_year_out_of_range.csv",
                "record 2 (line 3): field `year` (column 1) is `22`",
            ),
            (
                "wdi/err/truncated_row.csv",
                "record 1 (line 6): it has 5 fields, expected 7",
            ),
            (
                "survey/err/share_not_a_number.csv",
                "record 1 (line 2): field `share` (column 6) is `fifty`",
            ),
            (
                "comtrade/err/code_not_in_use.json",
                "record 2: field `data[1].reporterCode` is `588`",
            ),
        ],
    );
}

const ACLED_HEADER: &str = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp\n";

/// A synthetic ACLED export of `n_rows` events, numbered from `first + 1`, whose row `bad_at` (1-based)
/// has a fatality count that is not a number. Each event takes two lines (its notes hold a line end), so
/// row `i` starts on line `2i`. An event's content follows from its number, the same in every export that
/// holds it. The newest timestamp is 2024-06-10 once a thousand events are written.
fn acled_rows(first: usize, n_rows: usize, bad_at: Option<usize>) -> String {
    let mut text = String::from(ACLED_HEADER);
    for i in 1..=n_rows {
        let n = first + i;
        let fatalities = if Some(i) == bad_at {
            "n/a".to_string()
        } else {
            (n % 7).to_string()
        };
        text.push_str(&format!(
            "SYN{n},2024-05-{:02},2024,1,Political violence,Battles,Armed clash,Synthetic Forces,,1,Synthetic Group,,2,12,,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,Khyber,,Town {n},34.0,71.0,1,Synthetic source,National,\"Event {n},\nover two lines.\",{fatalities},,{}\n",
            n % 28 + 1,
            1_718_000_000 - (n % 1000)
        ));
    }
    text
}

/// Events in the evidence base.
fn n_events(context: &Context) -> i64 {
    rusqlite::Connection::open(context.database())
        .unwrap()
        .query_row("SELECT count(*) FROM event", [], |r| r.get(0))
        .unwrap()
}

#[test]
fn a_large_acled_export_is_stored_while_it_is_read_and_all_or_nothing() {
    // 10,000 events: the parser hands them over in several batches, stored as they come.
    let context = Context::new();
    assert_eq!(context.run(&["sources"]).code, Some(0));
    let before = dump(&context.database());
    let bad = context.write("bad.csv", &acled_rows(0, 10_000, Some(9_000)));
    let run = context.run(&["ingest", "acled", bad.to_str().unwrap()]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.contains("record 9000 (line 18000): field `fatalities` (column 29) is `n/a`, expected a whole number"),
        "{}",
        run.stderr
    );
    assert_eq!(
        dump(&context.database()),
        before,
        "batches stored before the bad row were kept"
    );

    let report = context.dir.path().join("q.csv");
    let lenient = context.run(&[
        "ingest",
        "acled",
        "--lenient",
        "--quarantine-report",
        report.to_str().unwrap(),
        bad.to_str().unwrap(),
    ]);
    assert_eq!(lenient.code, Some(0), "{}", lenient.stderr);
    assert!(
        lenient.stderr.contains(
            "(acled): 10000 rows read, 9999 kept, 1 quarantined; stored: 9999 events new"
        ),
        "{}",
        lenient.stderr
    );
    assert_eq!(n_events(&context), 9_999);
    assert!(
        std::fs::read_to_string(&report)
            .unwrap()
            .contains("fatalities,29,n/a")
    );
    let sources = context.run(&["sources"]);
    assert!(
        sources
            .stdout
            .contains("export with events updated up to 2024-06-10"),
        "{}",
        sources.stdout
    );
    assert!(
        !sources.stdout.contains("being ingested"),
        "{}",
        sources.stdout
    );

    // The same bytes again, under their name or another, change nothing: a stored file has their size,
    // so they are hashed before anything is parsed.
    let stored = dump(&context.database());
    let copy = context.write("copy.csv", &acled_rows(0, 10_000, Some(9_000)));
    for path in [&bad, &copy] {
        let again = context.run(&["ingest", "acled", "--lenient", path.to_str().unwrap()]);
        assert_eq!(again.code, Some(0), "{}", again.stderr);
        assert!(
            again
                .stderr
                .contains("already ingested (as `[TEMP]/bad.csv`"),
            "{}",
            again.stderr
        );
        assert_eq!(dump(&context.database()), stored);
    }
}

#[test]
fn a_later_export_of_the_same_release_joins_it_and_revised_copies_are_kept_apart() {
    let context = Context::new();
    let first = context.write("first.csv", &acled_rows(0, 5_000, None));
    assert_eq!(
        context
            .run(&["ingest", "acled", first.to_str().unwrap()])
            .code,
        Some(0)
    );
    // Overlapping events, the same newest timestamp: the same release, 2,000 events of it new.
    let second = context.write("second.csv", &acled_rows(3_000, 5_000, None));
    let run = context.run(&["ingest", "acled", second.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains("5000 rows read, 5000 kept, 0 quarantined; stored: 3000 events new, 2000 events already stored"),
        "{}",
        run.stderr
    );
    assert!(!run.stderr.contains("differing"), "{}", run.stderr);
    assert_eq!(n_events(&context), 8_000);
    let connection = rusqlite::Connection::open(context.database()).unwrap();
    let releases: i64 = connection
        .query_row(
            "SELECT count(*) FROM vintage v JOIN source s ON s.id = v.source_id WHERE s.dataset = 'ACLED events'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(releases, 1);

    // The same release a third time: events 7001–8000 held already, two of them revised in place, and
    // event 8999 given twice, the second time at another place.
    let mut revised = acled_rows(7_000, 2_000, None)
        .replace(",Town 7001,", ",Town 7001 (revised),")
        .replace(",Town 7500,", ",Elsewhere,");
    let repeated = acled_rows(8_998, 1, None);
    revised.push_str(&repeated[ACLED_HEADER.len()..].replace(",Town 8999,", ",Town 8999 again,"));
    let third = context.write("third.csv", &revised);
    let run = context.run(&["ingest", "acled", third.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains("2001 rows read, 2001 kept, 0 quarantined; stored: 1000 events new, 1001 events already stored, 3 of them differing from the stored copy"),
        "{}",
        run.stderr
    );
    let location = |id: &str| -> String {
        connection
            .query_row(
                "SELECT location FROM event WHERE source_id = ?1",
                [id],
                |r| r.get(0),
            )
            .unwrap()
    };
    // The release keeps the copies stored first; the others are kept whole beside it.
    assert_eq!(location("SYN7001"), "Town 7001");
    assert_eq!(location("SYN8999"), "Town 8999");
    let mut kept = connection
        .prepare(
            "SELECT c.source_id, c.record, json_extract(c.content, '$.location'), f.name
             FROM event_conflict c JOIN file f ON f.id = c.file_id ORDER BY c.source_id",
        )
        .unwrap();
    let kept: Vec<(String, i64, String, String)> = kept
        .query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    let third = third.display().to_string();
    let conflict = |id: &str, record: i64, place: &str| {
        (id.to_string(), record, place.to_string(), third.clone())
    };
    assert_eq!(
        kept,
        [
            conflict("SYN7001", 1, "Town 7001 (revised)"),
            conflict("SYN7500", 500, "Elsewhere"),
            conflict("SYN8999", 2001, "Town 8999 again"),
        ]
    );
    // `dyad sources` counts them beside the release's events.
    let sources = context.run(&["sources", "--format", "csv"]);
    assert!(
        sources
            .stdout
            .contains("ACLED events,export with events updated up to 2024-06-10,,0,9000,3\n"),
        "{}",
        sources.stdout
    );
}

/// The stored files of a format, oldest first: name and SHA-256.
fn stored_files(context: &Context, format: &str) -> Vec<(String, String)> {
    rusqlite::Connection::open(context.database())
        .unwrap()
        .prepare("SELECT name, sha256 FROM file WHERE format = ?1 ORDER BY id")
        .unwrap()
        .query_map([format], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .map(Result::unwrap)
        .collect()
}

#[test]
fn gdelt_exports_stream_into_their_batch_and_one_of_a_stored_size_is_hashed_first() {
    let context = Context::new();
    let text = std::fs::read_to_string(fixture("gdelt/ok/20240105000000.export.CSV")).unwrap();
    // The same size, other bytes: the first event's source moved to a name of equal length.
    let other = text.replacen("news.example.org/1\n", "news.example.net/1\n", 1);
    assert_eq!((text.len(), text != other), (other.len(), true));
    for folder in ["a", "b", "c"] {
        std::fs::create_dir(context.dir.path().join(folder)).unwrap();
    }
    let first = context.write("a/20240105000000.export.CSV", &text);
    let copy = context.write("b/20240105000000.export.CSV", &text);
    let revised = context.write("c/20240105000000.export.CSV", &other);
    let names: Vec<&str> = [&first, &copy, &revised]
        .iter()
        .map(|p| p.to_str().unwrap())
        .collect();
    let mut args = vec!["ingest", "gdelt"];
    args.extend(&names);
    let run = context.run(&args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let summaries: Vec<&str> = run
        .stderr
        .lines()
        .filter(|l| l.starts_with("[TEMP]"))
        .collect();
    assert_eq!(
        summaries,
        [
            "[TEMP]/a/20240105000000.export.CSV (gdelt): 5 rows read, 4 kept, 0 quarantined; stored: 4 events new, 5 monthly aggregates",
            "[TEMP]/b/20240105000000.export.CSV: already ingested (as `[TEMP]/a/20240105000000.export.CSV`, at [TIME]); nothing changed",
            "[TEMP]/c/20240105000000.export.CSV (gdelt): 5 rows read, 4 kept, 0 quarantined; stored: 4 events already stored, 1 of them differing from the stored copy (the stored copy stands; this file's is kept in `event_conflict`), 5 monthly aggregates",
        ],
        "{}",
        run.stderr
    );
    let connection = rusqlite::Connection::open(context.database()).unwrap();
    assert_eq!(
        stored_files(&context, "gdelt"),
        [
            (
                names[0].to_string(),
                dyad_ingest::sha256_hex(text.as_bytes())
            ),
            (
                names[2].to_string(),
                dyad_ingest::sha256_hex(other.as_bytes())
            ),
        ]
    );
    let releases: Vec<String> = connection
        .prepare("SELECT DISTINCT v.label FROM event e JOIN vintage v ON v.id = e.vintage_id")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    assert_eq!(releases, ["batch 20240105000000"]);
}

#[test]
fn streamed_files_are_stored_under_the_hash_of_their_bytes() {
    let context = Context::new();
    let text = acled_rows(0, 5_000, None);
    // The same size, other bytes: the first event's town is renamed in a name of equal length.
    let other = text.replacen("Town 1,", "City 1,", 1);
    assert_eq!(text.len(), other.len());
    assert_ne!(text, other);
    let first = context.write("first.csv", &text);
    let second = context.write("second.csv", &other);
    for path in [&first, &second] {
        let run = context.run(&["ingest", "acled", path.to_str().unwrap()]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
    }
    let connection = rusqlite::Connection::open(context.database()).unwrap();
    // The first was hashed while it was parsed; the second, of a size already stored, before.
    assert_eq!(
        stored_files(&context, "acled"),
        [
            (
                first.display().to_string(),
                dyad_ingest::sha256_hex(text.as_bytes())
            ),
            (
                second.display().to_string(),
                dyad_ingest::sha256_hex(other.as_bytes())
            ),
        ]
    );
    // The renamed town is the second file's only new event in the release.
    assert_eq!(n_events(&context), 5_000);
    let towns: i64 = connection
        .query_row(
            "SELECT count(*) FROM event WHERE location IN ('Town 1', 'City 1')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert_eq!(
        towns, 1,
        "the second export's SYN1 is already in the release"
    );
}

#[test]
fn a_file_read_from_standard_input_or_a_pipe_ingests_and_its_format_is_detected() {
    use std::io::Write as _;
    let context = Context::new();
    let figures = "indicator,subject,period,value,unit,status,publisher,dataset,vintage,vintage_date\ntrade.exports,PAK->AFG,2019,100,USD million,observed,P,D,v1,2024-01-01\n";
    let piped = |args: &[&str], text: &str| {
        let mut child = context
            .command(args)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        child
            .stdin
            .take()
            .unwrap()
            .write_all(text.as_bytes())
            .unwrap();
        let output = child.wait_with_output().unwrap();
        (
            output.status.code(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    };
    // No format named: it is detected from the first bytes, which the pipe gives only once.
    let (code, stderr) = piped(&["ingest", "-"], figures);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("-: 1 figures read, 1 new"), "{stderr}");
    // The same bytes again through `/dev/stdin` are known.
    let (code, stderr) = piped(&["ingest", "figures", "/dev/stdin"], figures);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stderr.contains("already ingested"), "{stderr}");
}
