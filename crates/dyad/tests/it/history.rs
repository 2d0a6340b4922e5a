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
    assert_eq!((&rows[0][2], &rows[0][9]), ("1,539,046", "first release"));
    let revision = rows
        .iter()
        .find(|r| &r[2] == "1,743,278")
        .expect("the revision");
    assert_eq!(&revision[7], "GT2022 (12b0e39)");
    assert_eq!(&revision[9], "revised +13.3%");
    assert!(rows.iter().filter(|r| &r[9] == "unchanged").count() >= 9);
}

#[test]
fn an_unknown_indicator_says_where_to_look() {
    let context = Context::new();
    let run = context.run(&["history", "refugees.nothing"]);
    assert_eq!(run.code, Some(2));
    insta::assert_snapshot!(run.stderr, @r"
    error: no figure of `refugees.nothing` matches
    hint: `dyad sources` lists what the evidence base holds
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
