//! `dyad events extract` and `dyad events explain`, with small dictionaries of the published names
//! written into the temporary folder.

use crate::Context;

/// Writes a dictionary folder with the five files `dyad events` reads, and returns its path.
fn dictionaries(context: &Context) -> String {
    let folder = context.dir.path().join("dictionaries");
    std::fs::create_dir_all(&folder).unwrap();
    let files = [
        (
            "CAMEO.2.0.txt",
            "---  ACCUSE   [112]  ---\nACCUSE\n---  ATTACK   [190]  ---\nSHELL {SHELLS SHELLED SHELLING}\n",
        ),
        (
            "Phoenix.Countries.actors.txt",
            "PAKISTAN_ [PAK]\nAFGHANISTAN_ [AFG]\n",
        ),
        (
            "Phoenix.International.actors.txt",
            "UNITED_NATIONS_ [IGOUNO]\n",
        ),
        ("Phoenix.MilNonState.actors.txt", "TALIBAN_ [AFGREB]\n"),
        ("Phoenix.agents.txt", "FOREIGN_MINISTER [~GOVFRM]\n"),
        ("Phoenix.discards.txt", "WORLD CUP\n"),
    ];
    for (name, text) in files {
        std::fs::write(folder.join(name), text).unwrap();
    }
    folder.display().to_string()
}

#[test]
fn the_taliban_are_coded_by_the_date_of_the_text() {
    let context = Context::new();
    let folder = dictionaries(&context);
    let file = context.write(
        "news.txt",
        "The Taliban shelled Pakistan. Islamabad accused Kabul.",
    );
    let file = file.display().to_string();
    let before = context.run(&[
        "events",
        "extract",
        &file,
        "--date",
        "2021-08-01",
        "--format",
        "csv",
        "--dictionaries",
        &folder,
    ]);
    assert_eq!(before.code, Some(0), "{}", before.stderr);
    assert!(
        before
            .stdout
            .contains(",AFGREB,The Taliban,PAK,Pakistan,190,-10,4,FIGHT"),
        "{}",
        before.stdout
    );
    let after = context.run(&[
        "events",
        "extract",
        &file,
        "--date",
        "2021-09-01",
        "--format",
        "csv",
        "--dictionaries",
        &folder,
    ]);
    assert!(
        after
            .stdout
            .contains(",AFGGOV,The Taliban,PAK,Pakistan,190,-10,4,FIGHT"),
        "{}",
        after.stdout
    );
    assert!(
        after
            .stdout
            .contains(",PAKGOV,Islamabad,AFGGOV,Kabul,112,-2,3,DISAPPROVE"),
        "{}",
        after.stdout
    );
}

#[test]
fn explain_shows_what_fired_and_errors_say_how_to_fix() {
    let context = Context::new();
    let folder = dictionaries(&context);
    let run = context.run(&[
        "events",
        "explain",
        "Lt. Gen. Asim Munir accused Afghanistan.",
        "--date",
        "2024-01-01",
        "--dictionaries",
        &folder,
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("actor PAKMIL `Asim Munir`"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("from pair_dictionary.txt:"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("event PAKMIL AFG 112"),
        "{}",
        run.stdout
    );
    let bad = context.run(&[
        "events",
        "explain",
        "x",
        "--date",
        "2024-13-01",
        "--dictionaries",
        &folder,
    ]);
    assert_eq!(bad.code, Some(2));
    assert!(
        bad.stderr.contains("hint: write it as YYYY-MM-DD"),
        "{}",
        bad.stderr
    );
    let missing = context.run(&[
        "events",
        "extract",
        "no-such.txt",
        "--date",
        "2024-01-01",
        "--dictionaries",
        &folder,
    ]);
    assert_eq!(missing.code, Some(2), "{}", missing.stderr);
    assert!(missing.stderr.contains("no-such.txt"), "{}", missing.stderr);
}
