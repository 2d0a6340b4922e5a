//! The published PETRARCH-2 dictionaries, read whole: every file parses (the actor files' known bad
//! date restrictions are named line by line) and the counts are those observed in the files.
//!
//! The folder is named by `DYAD_SHARED_DATA`. When it is unset the test prints why it is skipped; when
//! it is set and the folder or a file is missing, it fails naming the path (see `tests/shared_data.rs`
//! at the workspace root).

#[path = "../../../tests/shared_data.rs"]
mod shared_data;

use dyad_text::events::actors::{ActorDictionary, AgentDictionary, DiscardList};
use dyad_text::events::verbs::VerbDictionary;

fn read(relative: &str) -> Option<String> {
    let path = shared_data::shared_file(relative)?;
    Some(
        std::fs::read_to_string(&path)
            .unwrap_or_else(|error| panic!("{}: {error}", path.display())),
    )
}

const FOLDER: &str = "text/event-dictionaries";

/// `file:line` of each error, to compare with the lines known to be bad.
fn lines(file: &str, errors: &[dyad_text::events::DictionaryError]) -> Vec<String> {
    errors
        .iter()
        .map(|error| format!("{file}:{}", error.line()))
        .collect()
}

#[test]
fn the_published_dictionaries_parse_with_the_observed_counts() {
    let Some(verbs_text) = read(&format!("{FOLDER}/CAMEO.2.0.txt")) else {
        return;
    };
    // Four pattern lines do not read: two with a stray `)`, two naming synonym sets that the file
    // never defines. The strict reading fails on them; the lenient one leaves them out.
    let (verbs, verb_errors) = VerbDictionary::parse_lenient("CAMEO.2.0.txt", &verbs_text);
    assert_eq!(
        lines("CAMEO.2.0.txt", &verb_errors),
        [
            "CAMEO.2.0.txt:2374",
            "CAMEO.2.0.txt:7606",
            "CAMEO.2.0.txt:8443",
            "CAMEO.2.0.txt:8444"
        ]
    );
    assert!(VerbDictionary::parse("CAMEO.2.0.txt", &verbs_text).is_err());
    let counts = (
        verbs.synsets.len(),
        verbs.blocks.len(),
        verbs.n_verbs(),
        verbs.n_patterns(),
        verbs.transformations.len(),
    );
    assert_eq!(
        counts,
        (40, 397, 1817, 4664, 8),
        "synsets, blocks, verbs, patterns, transformations"
    );

    // The actor files hold date restrictions the format does not define (seven-, nine- and ten-digit
    // dates, a bare date, a range that ends before it starts) and three lines of company revenue
    // pasted after a code: each is named, and the entries are left out by the lenient reading.
    let mut bad = Vec::new();
    let mut actors = ActorDictionary::default();
    let mut per_file = Vec::new();
    for name in [
        "Phoenix.Countries.actors.txt",
        "Phoenix.International.actors.txt",
        "Phoenix.MilNonState.actors.txt",
    ] {
        let text = read(&format!("{FOLDER}/{name}")).expect("the folder is named");
        let (dictionary, errors) = ActorDictionary::parse_lenient(name, &text);
        assert_eq!(
            ActorDictionary::parse(name, &text).is_err(),
            !errors.is_empty()
        );
        per_file.push((dictionary.entries.len(), dictionary.n_phrases()));
        bad.extend(lines(name, &errors));
        actors.extend(dictionary);
    }
    assert_eq!(
        per_file,
        [(18382, 25810), (7837, 7899), (1021, 1793)],
        "entries and phrases per file"
    );
    assert_eq!(
        bad,
        [
            "Phoenix.Countries.actors.txt:2039",
            "Phoenix.Countries.actors.txt:14190",
            "Phoenix.Countries.actors.txt:18010",
            "Phoenix.Countries.actors.txt:22508",
            "Phoenix.Countries.actors.txt:22519",
            "Phoenix.Countries.actors.txt:31715",
            "Phoenix.Countries.actors.txt:43613",
            "Phoenix.Countries.actors.txt:51384",
            "Phoenix.International.actors.txt:40",
            "Phoenix.International.actors.txt:3696",
            "Phoenix.International.actors.txt:3726",
            "Phoenix.International.actors.txt:6605",
        ]
    );
    let date = dyad_text::events::Date::parse_iso("2010-01-01").unwrap();
    let pakistan = actors
        .entries
        .iter()
        .find(|entry| entry.phrases[0].words == ["PAKISTAN"])
        .expect("Pakistan");
    assert_eq!(pakistan.code_on(date), Some("PAK"));
    let taliban = actors
        .entries
        .iter()
        .find(|entry| entry.phrases.iter().any(|p| p.words == ["TALIBAN"]))
        .expect("Taliban");
    assert_eq!(taliban.code_on(date), Some("AFGREB"));

    // One agent line has no code (`ISLAMIC_EXTREMIST`, line 1927).
    let agents_text = read(&format!("{FOLDER}/Phoenix.agents.txt")).expect("named");
    let (agents, agent_errors) = AgentDictionary::parse_lenient("Phoenix.agents.txt", &agents_text);
    assert_eq!(
        lines("Phoenix.agents.txt", &agent_errors),
        ["Phoenix.agents.txt:1927"]
    );
    assert_eq!(
        agents.entries.len(),
        5140,
        "agent phrases with plurals and sets expanded"
    );
    let discards_text = read(&format!("{FOLDER}/Phoenix.discards.txt")).expect("named");
    let discards = DiscardList::parse("Phoenix.discards.txt", &discards_text)
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(discards.entries.len(), 506);
    assert_eq!(
        discards
            .entries
            .iter()
            .filter(|discard| discard.story)
            .count(),
        64
    );
}

#[test]
fn the_unit_test_dictionaries_parse() {
    let folder = "text/event-unittest";
    let Some(verbs) = read(&format!("{folder}/PETR.Validate.verbs.txt")) else {
        return;
    };
    // The validation verbs hold lines PETRARCH's own reader passes over: a block header with two
    // codes and two verb phrases written with a blank (`LASH OUT`, `RULE OUT`).
    let (verbs, errors) = VerbDictionary::parse_lenient("PETR.Validate.verbs.txt", &verbs);
    for error in &errors {
        eprintln!("{error}");
    }
    assert_eq!(
        lines("PETR.Validate.verbs.txt", &errors),
        [
            "PETR.Validate.verbs.txt:447",
            "PETR.Validate.verbs.txt:688",
            "PETR.Validate.verbs.txt:1025"
        ]
    );
    let actors_text = read(&format!("{folder}/PETR.Validate.actors.txt")).expect("named");
    let actors = ActorDictionary::parse("PETR.Validate.actors.txt", &actors_text)
        .unwrap_or_else(|error| panic!("{error}"));
    let agents_text = read(&format!("{folder}/PETR.Validate.agents.txt")).expect("named");
    let agents = AgentDictionary::parse("PETR.Validate.agents.txt", &agents_text)
        .unwrap_or_else(|error| panic!("{error}"));
    let discards_text = read(&format!("{folder}/PETR.Validate.discards.txt")).expect("named");
    let discards = DiscardList::parse("PETR.Validate.discards.txt", &discards_text)
        .unwrap_or_else(|error| panic!("{error}"));
    assert_eq!(
        (
            verbs.blocks.len(),
            verbs.n_patterns(),
            actors.entries.len(),
            agents.entries.len(),
            discards.entries.len()
        ),
        (260, 472, 129, 165, 9)
    );
}
