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

#[test]
fn events_coded_from_documents_are_stored_under_their_own_source_and_feed_the_index_from_documents()
{
    let context = Context::new();
    let folder = dictionaries(&context);
    let note = context.write(
        "note.md",
        "---\ntitle: \"Border note\"\ndate: '2023-11-02'\nkind: news\n---\n\nPakistan accused Afghanistan of sheltering militants. Pakistan shelled Afghanistan near the border.\n",
    );
    let run = context.run(&["docs", "add", note.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let args = [
        "events",
        "extract",
        "--docs",
        "--store",
        "--dictionaries",
        &folder,
        "--format",
        "json",
    ];
    let run = context.run(&args);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains("stored under \"dyad text events\""),
        "{}",
        run.stderr
    );
    let events: serde_json::Value = serde_json::from_str(&run.stdout).unwrap();
    let ours: Vec<&serde_json::Value> = events
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["description"].as_str().unwrap().contains("(Border note)"))
        .collect();
    let codes: Vec<&str> = ours
        .iter()
        .map(|e| e["source_type"].as_str().unwrap())
        .collect();
    assert_eq!(codes, vec!["CAMEO 112", "CAMEO 190"], "{ours:?}");
    for event in &ours {
        assert_eq!(event["date_start"], "2023-11-02");
        assert_eq!(event["actor1"]["country"], "PAK");
        assert_eq!(event["actor2"]["country"], "AFG");
    }
    // The span the description gives is the sentence's, in the document's characters.
    let listed: serde_json::Value =
        serde_json::from_str(&context.run(&["docs", "list", "--format", "json"]).stdout).unwrap();
    let id = listed
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["title"] == "Border note")
        .unwrap()["id"]
        .to_string();
    let shown: serde_json::Value = serde_json::from_str(
        &context
            .run(&["docs", "show", &id, "--format", "json"])
            .stdout,
    )
    .unwrap();
    let passage = &shown["passages"][0];
    let span = regex::Regex::new(r"chars (\d+)–(\d+): (.*)$").unwrap();
    for event in &ours {
        let found = span
            .captures(event["description"].as_str().unwrap())
            .unwrap();
        let (start, end): (u64, u64) = (found[1].parse().unwrap(), found[2].parse().unwrap());
        let from = (start - passage["start"].as_u64().unwrap()) as usize;
        let words: String = passage["text"]
            .as_str()
            .unwrap()
            .chars()
            .skip(from)
            .take((end - start) as usize)
            .collect();
        assert_eq!(words, &found[3]);
    }
    // The same documents and dictionaries again: nothing changes.
    let again = context.run(&args);
    assert!(again.stderr.contains("nothing changed"), "{}", again.stderr);
    // The index from documents has the month; the GDELT index does not take these events.
    let out = context.dir.path().join("indicators");
    let run = context.run(&[
        "export",
        "indicators",
        "--indicator",
        "relations.",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let table = std::fs::read_to_string(out.join("indicators.csv")).unwrap();
    let rows: Vec<&str> = table.lines().filter(|l| l.contains("2023-11")).collect();
    assert!(
        rows.iter()
            .any(|l| l.starts_with("relations.documents_goldstein_mean") && l.contains("PAK→AFG")),
        "{table}"
    );
    assert!(
        !rows
            .iter()
            .any(|l| l.starts_with("relations.goldstein_mean")),
        "{table}"
    );
}
