//! Concurrent use and damaged or foreign evidence bases: each test is named after a defect an
//! adversarial run found, and runs real processes against a temporary home.

use std::process::Stdio;

use crate::{Context, dump};

#[test]
fn four_processes_starting_on_a_new_home_at_once_all_succeed() {
    // Several rounds: a race shows up in some runs only.
    for round in 0..3 {
        let context = Context::new();
        let children: Vec<_> = (0..4)
            .map(|_| {
                context
                    .command(&["tables", "--format", "csv"])
                    .stdout(Stdio::null())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        for child in children {
            let output = child.wait_with_output().unwrap();
            assert!(
                output.status.success(),
                "round {round}: {}",
                String::from_utf8_lossy(&output.stderr)
            );
        }
        // The bundled evidence is stored once, whoever loaded it.
        let connection = rusqlite::Connection::open(context.database()).unwrap();
        let bundled: i64 = connection
            .query_row(
                "SELECT count(*) FROM file WHERE name LIKE 'bundled/%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        let distinct: i64 = connection
            .query_row(
                "SELECT count(DISTINCT name) FROM file WHERE name LIKE 'bundled/%'",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(
            bundled, distinct,
            "round {round}: a bundled table stored twice"
        );
    }
}

#[test]
fn two_ingests_into_one_home_at_once_both_land() {
    let context = Context::new();
    assert_eq!(context.run(&["tables"]).code, Some(0));
    let header =
        "indicator,subject,period,value,unit,status,publisher,dataset,vintage,vintage_date\n";
    let files: Vec<String> = (1..=2)
        .map(|i| {
            let path = context.write(
                &format!("f{i}.csv"),
                &format!("{header}trade.exports,PAK->AFG,201{i},{i}00,USD million,observed,P{i},D,v,2024-01-01\n"),
            );
            path.to_str().unwrap().to_string()
        })
        .collect();
    let children: Vec<_> = files
        .iter()
        .map(|file| {
            context
                .command(&["ingest", "figures", file])
                .stderr(Stdio::piped())
                .spawn()
                .unwrap()
        })
        .collect();
    for child in children {
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
    let connection = rusqlite::Connection::open(context.database()).unwrap();
    let landed: i64 = connection
        .query_row("SELECT count(*) FROM observation o JOIN vintage v ON v.id = o.vintage_id JOIN source s ON s.id = v.source_id WHERE s.publisher IN ('P1', 'P2')", [], |r| r.get(0))
        .unwrap();
    assert_eq!(landed, 2);
}

#[test]
fn another_programs_sqlite_file_is_refused_and_left_as_it_was() {
    let context = Context::new();
    std::fs::create_dir_all(context.home()).unwrap();
    {
        let other = rusqlite::Connection::open(context.database()).unwrap();
        other
            .execute_batch("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT); INSERT INTO notes (text) VALUES ('mine');")
            .unwrap();
    }
    let before = std::fs::read(context.database()).unwrap();
    let run = context.run(&["tables"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("is not a dyad evidence base: it holds other tables (notes)"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
    assert!(
        std::fs::read(context.database()).unwrap() == before,
        "the other program's file changed"
    );
    // A file with another program's application id is refused too.
    {
        let other = rusqlite::Connection::open(context.database()).unwrap();
        other
            .execute_batch("DROP TABLE notes; PRAGMA application_id = 1234;")
            .unwrap();
    }
    let run = context.run(&["ingest", "figures", "missing.csv"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("application id is 0x000004d2"),
        "{}",
        run.stderr
    );
}

#[test]
fn a_dyad_evidence_base_carries_dyads_application_id() {
    let context = Context::new();
    assert_eq!(context.run(&["tables"]).code, Some(0));
    let connection = rusqlite::Connection::open(context.database()).unwrap();
    let id: i32 = connection
        .pragma_query_value(None, "application_id", |r| r.get(0))
        .unwrap();
    assert_eq!(id.to_be_bytes(), *b"dyad");
}

#[test]
fn a_read_only_home_is_still_read() {
    let context = Context::new();
    assert_eq!(context.run(&["tables"]).code, Some(0));
    let expected = context.run(&["tables", "--year", "2023", "--format", "csv"]);
    let before = dump(&context.database());
    // Take write permission away. Root ignores permission bits, so as root the command runs as nobody.
    let set_mode = |path: &std::path::Path, mode: u32| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
    };
    set_mode(context.dir.path(), 0o755);
    set_mode(&context.database(), 0o444);
    set_mode(&context.home(), 0o555);
    let root = std::process::Command::new("id")
        .arg("-u")
        .output()
        .unwrap()
        .stdout
        == b"0\n";
    let mut command = if root {
        let mut command = std::process::Command::new("setpriv");
        command.args([
            "--reuid=65534",
            "--regid=65534",
            "--clear-groups",
            env!("CARGO_BIN_EXE_dyad"),
        ]);
        command
    } else {
        std::process::Command::new(env!("CARGO_BIN_EXE_dyad"))
    };
    let output = command
        .args(["tables", "--year", "2023", "--format", "csv", "--home"])
        .arg(context.home())
        .env_remove("DYAD_HOME")
        .output()
        .unwrap();
    set_mode(&context.home(), 0o755);
    set_mode(&context.database(), 0o644);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert_eq!(String::from_utf8_lossy(&output.stdout), expected.stdout);
    assert_eq!(dump(&context.database()), before);
}

/// A fixture of the parsers' golden cases, by path under `dyad-ingest/test_data/`.
fn golden(path: &str) -> Vec<u8> {
    std::fs::read(format!(
        "{}/../dyad-ingest/test_data/{path}",
        env!("CARGO_MANIFEST_DIR")
    ))
    .unwrap()
}

/// `text` with every line end written `\r\n`, as a spreadsheet on Windows re-saves it.
fn crlf(text: &[u8]) -> Vec<u8> {
    let unix = String::from_utf8_lossy(text).replace("\r\n", "\n");
    unix.replace('\n', "\r\n").into_bytes()
}

#[test]
fn a_line_end_only_re_save_is_not_a_new_release() {
    for (format, path) in [
        ("unhcr", "unhcr/ok/population_package_table.csv"),
        (
            "wdi",
            "wdi/ok/API_NY.GDP.MKTP.CD_DS2_en_csv_v2_synthetic.csv",
        ),
    ] {
        let context = Context::new();
        let original = golden(path);
        let name = path.rsplit('/').next().unwrap();
        let first = context.dir.path().join(name);
        std::fs::write(&first, &original).unwrap();
        let run = context.run(&["ingest", format, first.to_str().unwrap()]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let count = || -> i64 {
            rusqlite::Connection::open(context.database())
                .unwrap()
                .query_row("SELECT count(*) FROM observation", [], |r| r.get(0))
                .unwrap()
        };
        let (n_figures, n_releases) = (
            count(),
            dump(&context.database()).matches("\nvintage:").count(),
        );
        let copy = context.dir.path().join("copy").join(name);
        std::fs::create_dir_all(copy.parent().unwrap()).unwrap();
        std::fs::write(&copy, crlf(&original)).unwrap();
        let run = context.run(&["ingest", format, copy.to_str().unwrap()]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert_eq!(
            count(),
            n_figures,
            "{format}: a CRLF copy added figures: {}",
            run.stderr
        );
        assert_eq!(
            dump(&context.database()).matches("\nvintage:").count(),
            n_releases,
            "{format}: a CRLF copy is a new release"
        );
    }
}

#[test]
fn a_changed_value_under_the_same_release_is_refused() {
    let context = Context::new();
    let header =
        "indicator,subject,period,value,unit,status,publisher,dataset,vintage,vintage_date\n";
    let first = context.write(
        "first.csv",
        &format!(
            "{header}trade.exports,PAK->AFG,2019,100,USD million,observed,P,D,v1,2024-01-01\n"
        ),
    );
    assert_eq!(
        context
            .run(&["ingest", "figures", first.to_str().unwrap()])
            .code,
        Some(0)
    );
    let before = dump(&context.database());
    let edited = context.write(
        "edited.csv",
        &format!(
            "{header}trade.exports,PAK->AFG,2019,120,USD million,observed,P,D,v1,2024-01-01\n"
        ),
    );
    let run = context.run(&["ingest", "figures", edited.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("as `120` in release `v1`, which already holds `100`"),
        "{}",
        run.stderr
    );
    // A conflicting release date is refused as well.
    let redated = context.write(
        "redated.csv",
        &format!("{header}trade.exports,PAK->AFG,2018,90,USD million,observed,P,D,v1,2024-02-01\n"),
    );
    let run = context.run(&["ingest", "figures", redated.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains(
            "release `v1` is dated 2024-01-01 in the evidence base, and 2024-02-01 by this file"
        ),
        "{}",
        run.stderr
    );
    assert_eq!(dump(&context.database()), before);
}

#[test]
fn an_unwritable_quarantine_report_path_leaves_the_evidence_base_unchanged() {
    let context = Context::new();
    assert_eq!(context.run(&["tables"]).code, Some(0));
    let before = dump(&context.database());
    let header =
        "indicator,subject,period,value,unit,status,publisher,dataset,vintage,vintage_date\n";
    let file = context.write(
        "figures.csv",
        &format!("{header}trade.exports,PAK->AFG,2019,100,USD million,observed,P,D,v1,2024-01-01\ntrade.exports,PAK->AFG,2020,many,USD million,observed,P,D,v1,2024-01-01\n"),
    );
    let report = context.dir.path().join("no-such-folder").join("report.csv");
    let run = context.run(&[
        "ingest",
        "figures",
        file.to_str().unwrap(),
        "--lenient",
        "--quarantine-report",
        report.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr.contains("writing the quarantine report"),
        "{}",
        run.stderr
    );
    assert_eq!(dump(&context.database()), before);
    // With a path that can be written, the same command stores the good row and reports the bad one.
    let report = context.dir.path().join("report.csv");
    let run = context.run(&[
        "ingest",
        "figures",
        file.to_str().unwrap(),
        "--lenient",
        "--quarantine-report",
        report.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let written = std::fs::read_to_string(&report).unwrap();
    assert_eq!(written.lines().count(), 2, "{written}");
    assert!(written.contains("many"), "{written}");
}

#[test]
fn one_rule_for_each_kind_of_value_in_every_format() {
    let context = Context::new();
    // A UCDP BRD row with 1e300 deaths, which GED rejects; the parsers' own tests cover the other kinds.
    let brd = concat!(
        "conflict_id,dyad_id,location_inc,side_a,side_a_id,side_a_2nd,side_b,side_b_id,side_b_2nd,incompatibility,territory_name,year,bd_best,bd_low,bd_high,type_of_conflict,battle_location,gwno_a,gwno_a_2nd,gwno_b,gwno_b_2nd,gwno_loc,gwno_battle,region,version\n",
        "209,726,Pakistan,Government of Pakistan,,,TTP,,,2,,2023,1e300,700,800,3,Pakistan,770,,,,770,770,3,24.1\n",
    );
    let file = context.write("brd.csv", brd);
    let run = context.run(&["ingest", "ucdp-brd", file.to_str().unwrap()]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("is `1e300`, expected a whole number of deaths from 0 to 10,000,000"),
        "{}",
        run.stderr
    );
}

/// Ingests a figures file with `--lenient`, and gives the periods kept of publisher `P` and the
/// quarantine report's path.
fn lenient_figures(context: &Context, file: &std::path::Path) -> (Vec<String>, std::path::PathBuf) {
    let report = context.dir.path().join("quarantine.csv");
    let run = context.run(&[
        "ingest",
        "figures",
        file.to_str().unwrap(),
        "--lenient",
        "--quarantine-report",
        report.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let connection = rusqlite::Connection::open(context.database()).unwrap();
    let kept = connection
        .prepare("SELECT o.period FROM observation o JOIN vintage v ON v.id = o.vintage_id JOIN source s ON s.id = v.source_id WHERE s.publisher = 'P' ORDER BY o.period")
        .unwrap()
        .query_map([], |r| r.get(0))
        .unwrap()
        .map(Result::unwrap)
        .collect();
    (kept, report)
}

#[test]
fn lenient_keeps_every_good_row_of_a_file_with_one_ragged_row() {
    let context = Context::new();
    let header =
        "indicator,subject,period,value,unit,status,publisher,dataset,vintage,vintage_date\n";
    let file = context.write(
        "figures.csv",
        &format!(
            "{header}trade.exports,PAK->AFG,2017,100,USD million,observed,P,D,v1,2024-01-01\n\
             trade.exports,PAK->AFG,2018,110,USD million,observed,P,D,v1\n\
             trade.exports,PAK->AFG,2019,120,USD million,observed,P,D,v1,2024-01-01,stray\n\
             trade.exports,PAK->AFG,2020,130,USD million,observed,P,D,v1,2024-01-01\n"
        ),
    );
    let strict = context.run(&["ingest", "figures", file.to_str().unwrap()]);
    assert_eq!(strict.code, Some(2), "{}", strict.stderr);
    let (kept, report) = lenient_figures(&context, &file);
    assert_eq!(kept, ["2017", "2020"]);
    let written = std::fs::read_to_string(&report).unwrap();
    assert!(
        written.contains("9 fields") && written.contains("11 fields"),
        "{written}"
    );
}

#[test]
fn a_damaged_evidence_base_is_never_written_to() {
    let context = Context::new();
    assert_eq!(context.run(&["sources"]).code, Some(0));
    // 200 KB of garbage over the middle of the file, as a failing disk or a bad copy leaves it.
    let database = context.database();
    let mut bytes = std::fs::read(&database).unwrap();
    let (middle, length) = (bytes.len() / 2, bytes.len());
    let mut state = 0x2545_f491_u32;
    for byte in &mut bytes[middle..(middle + 200 * 1024).min(length)] {
        state ^= state << 13;
        state ^= state >> 17;
        state ^= state << 5;
        *byte = state as u8;
    }
    std::fs::write(&database, &bytes).unwrap();
    let figures = context.write(
        "figures.csv",
        "indicator,subject,period,value,unit,status,publisher,dataset,vintage,vintage_date\ntrade.exports,PAK->AFG,2019,100,USD million,observed,P,D,v1,2024-01-01\n",
    );
    let run = context.run(&["ingest", "figures", figures.to_str().unwrap()]);
    assert_eq!(run.code, Some(2), "{}", run.stderr);
    assert!(run.stderr.contains("is damaged"), "{}", run.stderr);
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
    assert_eq!(
        std::fs::read(&database).unwrap(),
        bytes,
        "nothing was written"
    );
}

#[test]
fn lenient_sets_aside_a_row_that_is_not_utf8_and_a_gdelt_line_over_a_mebibyte() {
    let context = Context::new();
    // A figures row saved in Latin-1 ("é" as one byte), between two good rows.
    let header =
        "indicator,subject,period,value,unit,status,publisher,dataset,vintage,vintage_date\n";
    let mut bytes = header.as_bytes().to_vec();
    bytes.extend_from_slice(
        b"trade.exports,PAK->AFG,2017,100,USD million,observed,P,D,v1,2024-01-01\n",
    );
    bytes.extend_from_slice(
        b"trade.exports,PAK->AFG,2018,110,USD million,observed,P,D\xe9,v1,2024-01-01\n",
    );
    bytes.extend_from_slice(
        b"trade.exports,PAK->AFG,2020,130,USD million,observed,P,D,v1,2024-01-01\n",
    );
    // A short row just before another Latin-1 row: looking ahead for the short row's end meets it.
    bytes.extend_from_slice(b"trade.exports,PAK->AFG,2021,140\n");
    bytes.extend_from_slice(
        b"trade.exports,PAK->AFG,2022,150,USD million,observed,P,D\xe9,v1,2024-01-01\n",
    );
    bytes.extend_from_slice(
        b"trade.exports,PAK->AFG,2023,160,USD million,observed,P,D,v1,2024-01-01\n",
    );
    let file = context.dir.path().join("latin1.csv");
    std::fs::write(&file, &bytes).unwrap();
    let strict = context.run(&["ingest", "figures", file.to_str().unwrap()]);
    assert_eq!(strict.code, Some(2));
    assert!(
        strict
            .stderr
            .contains("record 2 (line 3): the text is not UTF-8"),
        "{}",
        strict.stderr
    );
    let (kept, report) = lenient_figures(&context, &file);
    assert_eq!(kept, ["2017", "2020", "2023"]);
    let written = std::fs::read_to_string(&report).unwrap();
    assert!(
        written.contains("latin1.csv,2,3,row,,bytes that are not UTF-8"),
        "{written}"
    );
    assert!(
        written.contains("latin1.csv,5,6,row,,bytes that are not UTF-8"),
        "{written}"
    );

    // A GDELT file with a line of 1.5 MB between its rows.
    let fixture = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../dyad-ingest/test_data/gdelt/ok/20240105000000.export.CSV"),
    )
    .unwrap();
    let lines: Vec<&str> = fixture.lines().collect();
    let long = "x".repeat(1_500_000);
    let mut text = format!("{}\n{}\n{long}\n", lines[0], lines[1]);
    for line in &lines[2..] {
        text.push_str(line);
        text.push('\n');
    }
    let gdelt = context.write("20240105000000.export.CSV", &text);
    let strict = context.run(&["ingest", "gdelt", gdelt.to_str().unwrap()]);
    assert_eq!(strict.code, Some(2));
    assert!(
        strict
            .stderr
            .contains("a line is longer than 1048576 bytes"),
        "{}",
        strict.stderr
    );
    let run = context.run(&["ingest", "gdelt", gdelt.to_str().unwrap(), "--lenient"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("record 3 (line 3): field `row` is `a line of 1500000 bytes`"),
        "{}",
        run.stderr
    );
    // Every row the file holds besides the long line is read, and kept as the file alone keeps it.
    let alone = Context::new();
    let original = alone.run(&[
        "ingest",
        "gdelt",
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../dyad-ingest/test_data/gdelt/ok/20240105000000.export.CSV")
            .to_str()
            .unwrap(),
    ]);
    let kept = |stderr: &str| -> String {
        let at = stderr.find(" kept").expect("a count of kept rows");
        stderr[..at].rsplit(' ').next().unwrap().to_string()
    };
    assert_eq!(
        kept(&run.stderr),
        kept(&original.stderr),
        "{}",
        original.stderr
    );
    assert!(
        run.stderr
            .contains(&format!("{} rows read", lines.len() + 1)),
        "{}",
        run.stderr
    );
}

#[test]
fn gdelt_says_when_a_kept_row_is_not_utf8() {
    let context = Context::new();
    let fixture = std::fs::read(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../dyad-ingest/test_data/gdelt/ok/20240105000000.export.CSV"),
    )
    .unwrap();
    // A Latin-1 "é" in the place name of every row.
    let mut bytes = Vec::new();
    for line in fixture.split(|&b| b == b'\n').filter(|l| !l.is_empty()) {
        let mut fields: Vec<Vec<u8>> = line.split(|&b| b == b'\t').map(<[u8]>::to_vec).collect();
        fields[52].extend_from_slice(b" \xe9");
        bytes.extend_from_slice(&fields.join(&b'\t'));
        bytes.push(b'\n');
    }
    let file = context.dir.path().join("20240107000000.export.CSV");
    std::fs::write(&file, &bytes).unwrap();
    let run = context.run(&["ingest", "gdelt", file.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains("record 1 (line 1): the row holds bytes that are not UTF-8"),
        "{}",
        run.stderr
    );
}

/// An ACLED export (read as a stream) whose notes open a quote that nothing closes: strict mode names
/// the line and the cause; `--lenient` sets that line aside and keeps every event after it.
#[test]
fn a_quote_never_closed_costs_one_line_not_the_rest_of_the_file() {
    let context = Context::new();
    let fixture = format!(
        "{}/tests/fixtures/acled_border_2023.csv",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(fixture).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    // The notes of the second event open a quoted field that nothing closes.
    let broken: String = lines
        .iter()
        .enumerate()
        .map(|(i, line)| {
            if i == 2 {
                line.replacen(",Synthetic test event:", ",\"Synthetic test event:", 1)
            } else {
                line.to_string()
            }
        })
        .map(|line| line + "\n")
        .collect();
    assert_ne!(broken, text);
    let file = context.write("acled-quote.csv", &broken);
    let strict = context.run(&["ingest", "acled", file.to_str().unwrap()]);
    assert_eq!(strict.code, Some(2), "{}", strict.stderr);
    assert!(
        strict.stderr.contains("line 3") && strict.stderr.contains("never to be closed"),
        "{}",
        strict.stderr
    );
    let report = context.dir.path().join("quarantine.csv");
    let lenient = context.run(&[
        "ingest",
        "acled",
        file.to_str().unwrap(),
        "--lenient",
        "--quarantine-report",
        report.to_str().unwrap(),
    ]);
    assert_eq!(lenient.code, Some(0), "{}", lenient.stderr);
    let n_events = lines.len() - 2;
    let said = format!("{}{}", lenient.stdout, lenient.stderr);
    assert!(
        said.contains(&format!("stored: {n_events} events new")),
        "every event but the broken one is stored: {said}"
    );
    let written = std::fs::read_to_string(&report).unwrap();
    assert!(written.contains("never closed"), "{written}");
    assert_eq!(written.lines().count(), 2, "one line set aside: {written}");
}
