//! Measures the event coder: accuracy on PETRARCH-2's unit-test records and on the PLOVER gold
//! records, and speed on the unit-test sentences repeated.
//!
//! `DYAD_SHARED_DATA=/path/to/shared cargo run --release -p dyad-text --example events_accuracy -- unittest [dev|test|all] | plover | bench`
//!
//! The unit-test records are coded with their own validation dictionaries; records of the PARSING,
//! COMPOUND and ERROR categories test what needs a full parse (or a reader's error), and are left out.
//! PLOVER records are coded with the Phoenix dictionaries and dyad's pair dictionary, and compared at
//! the PLOVER category and its quad, with source and target compared by their country code.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Instant;

use dyad_text::events::Date;
use dyad_text::events::actors::{ActorDictionary, AgentDictionary, DiscardList};
use dyad_text::events::cameo::{Plover, QuadClass, root};
use dyad_text::events::coder::{Coder, DictionarySet, PAIR_DICTIONARY, PAIR_DICTIONARY_NAME};
use dyad_text::events::verbs::VerbDictionary;

fn read(path: &Path) -> String {
    std::fs::read_to_string(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

fn shared() -> PathBuf {
    PathBuf::from(
        std::env::var_os("DYAD_SHARED_DATA")
            .expect("DYAD_SHARED_DATA names the shared data folder"),
    )
}

/// Validation or production dictionaries, read leniently (the bad lines are counted on stderr).
fn coder(production: bool) -> Coder {
    let folder = shared();
    let (dir, verbs, actors, agents, discards): (&str, &str, Vec<&str>, &str, &str) = if production
    {
        (
            "text/event-dictionaries",
            "CAMEO.2.0.txt",
            vec![
                "Phoenix.Countries.actors.txt",
                "Phoenix.International.actors.txt",
                "Phoenix.MilNonState.actors.txt",
            ],
            "Phoenix.agents.txt",
            "Phoenix.discards.txt",
        )
    } else {
        (
            "text/event-unittest",
            "PETR.Validate.verbs.txt",
            vec!["PETR.Validate.actors.txt"],
            "PETR.Validate.agents.txt",
            "PETR.Validate.discards.txt",
        )
    };
    let dir = folder.join(dir);
    let (verb_dictionary, errors) = VerbDictionary::parse_lenient(verbs, &read(&dir.join(verbs)));
    let mut n_bad = errors.len();
    let mut actor_dictionary = ActorDictionary::default();
    for name in actors {
        let (one, errors) = ActorDictionary::parse_lenient(name, &read(&dir.join(name)));
        n_bad += errors.len();
        actor_dictionary.extend(one);
    }
    if production {
        actor_dictionary.extend(
            ActorDictionary::parse(PAIR_DICTIONARY_NAME, PAIR_DICTIONARY)
                .expect("the pair dictionary reads"),
        );
    }
    let (agent_dictionary, errors) =
        AgentDictionary::parse_lenient(agents, &read(&dir.join(agents)));
    n_bad += errors.len();
    let discard_list =
        DiscardList::parse(discards, &read(&dir.join(discards))).expect("discards read");
    eprintln!("dictionaries: {n_bad} bad lines left out");
    Coder::new(DictionarySet {
        verb_file: verbs.to_string(),
        verbs: verb_dictionary,
        actors: actor_dictionary,
        agent_file: agents.to_string(),
        agents: agent_dictionary,
        discards: discard_list,
    })
}

/// The value of `name="…"` (or `'…'`) in a tag.
fn attribute<'a>(tag: &'a str, name: &str) -> Option<&'a str> {
    // The file writes `date = "…"` as well as `date="…"`.
    let mut search = 0;
    let rest = loop {
        let at = tag[search..].find(name)? + search;
        let after = tag[at + name.len()..].trim_start();
        let before_ok = at == 0 || tag[..at].ends_with(char::is_whitespace);
        if let (true, Some(value)) = (before_ok, after.strip_prefix('=')) {
            break value.trim_start();
        }
        search = at + name.len();
    };
    let quote = rest.chars().next()?;
    let rest = &rest[1..];
    Some(&rest[..rest.find(quote)?])
}

struct Record {
    id: String,
    category: String,
    date: Date,
    text: String,
    /// (source, target, code); empty for a record that expects no event.
    gold: Vec<(String, String, String)>,
}

fn unit_test_records() -> Vec<Record> {
    let text = read(&shared().join("text/event-unittest/PETR.UnitTest.records.xml"));
    let mut records = Vec::new();
    for chunk in text.split("<Sentence ").skip(1) {
        let header = &chunk[..chunk.find('>').expect("tag")];
        let mut gold = Vec::new();
        for coding in chunk.split("<EventCoding").skip(1) {
            let tag = &coding[..coding.find('>').expect("tag")];
            if let (Some(source), Some(target), Some(code)) = (
                attribute(tag, "sourcecode"),
                attribute(tag, "targetcode"),
                attribute(tag, "eventcode"),
            ) {
                gold.push((source.to_string(), target.to_string(), code.to_string()));
            }
        }
        let body = chunk
            .split("<Text>")
            .nth(1)
            .and_then(|rest| rest.split("</Text>").next())
            .unwrap_or("");
        records.push(Record {
            id: attribute(header, "id").unwrap_or("").to_string(),
            category: attribute(header, "category").unwrap_or("").to_string(),
            date: Date::parse_iso(attribute(header, "date").unwrap_or("")).expect("dated"),
            text: body.split_whitespace().collect::<Vec<_>>().join(" "),
            gold,
        });
    }
    records
}

/// Precision and recall counts at one level.
#[derive(Default)]
struct Score {
    n_predicted: usize,
    n_gold: usize,
    n_right_predicted: usize,
    n_right_gold: usize,
}

impl Score {
    fn add<T: PartialEq>(&mut self, predicted: &[T], gold: &[T]) {
        self.n_predicted += predicted.len();
        self.n_gold += gold.len();
        self.n_right_predicted += predicted.iter().filter(|p| gold.contains(p)).count();
        self.n_right_gold += gold.iter().filter(|g| predicted.contains(g)).count();
    }

    fn line(&self, name: &str) -> String {
        let precision = self.n_right_predicted as f64 / self.n_predicted.max(1) as f64;
        let recall = self.n_right_gold as f64 / self.n_gold.max(1) as f64;
        format!(
            "| {name} | {precision:.3} ({}/{}) | {recall:.3} ({}/{}) |",
            self.n_right_predicted, self.n_predicted, self.n_right_gold, self.n_gold
        )
    }
}

/// Which half of the kept unit-test records to score. Within each category, records alternate in
/// file order: the first, third, … are the tuning half (`dev`), the second, fourth, … the held-out
/// half (`test`), so both halves have every category in the same proportion.
#[derive(Clone, Copy, PartialEq)]
enum Split {
    Dev,
    Test,
    All,
}

fn unittest(split: Split) {
    let coder = coder(false);
    let records = unit_test_records();
    let mut seen_in_category: BTreeMap<&str, usize> = BTreeMap::new();
    let kept: Vec<&Record> = records
        .iter()
        .filter(|r| {
            !matches!(
                r.category.as_str(),
                "PARSING" | "COMPOUND" | "COMPOUNDx" | "ERROR"
            )
        })
        .filter(|r| {
            let n = seen_in_category.entry(r.category.as_str()).or_default();
            *n += 1;
            match split {
                Split::Dev => !(*n).is_multiple_of(2),
                Split::Test => (*n).is_multiple_of(2),
                Split::All => true,
            }
        })
        .collect();
    let name = match split {
        Split::Dev => "tuning half (dev)",
        Split::Test => "held-out half (test)",
        Split::All => "all",
    };
    println!(
        "records: {} in the file; PARSING, COMPOUND and ERROR left out; {} kept in the {name}",
        records.len(),
        kept.len()
    );
    let mut exact = Score::default();
    let mut by_root = Score::default();
    let mut by_quad = Score::default();
    let mut by_category: BTreeMap<&str, Score> = BTreeMap::new();
    for record in &kept {
        let coded = coder.code_text(&record.text, record.date);
        let predicted: Vec<(String, String, String)> = coded
            .iter()
            .flat_map(|sentence| &sentence.events)
            .map(|event| {
                let target = event
                    .target
                    .as_ref()
                    .map_or("---".to_string(), |t| t.code.clone());
                (event.source.code.clone(), target, event.cameo.clone())
            })
            .collect();
        let level = |events: &[(String, String, String)],
                     f: &dyn Fn(&str) -> String|
         -> Vec<(String, String, String)> {
            events
                .iter()
                .map(|(s, t, c)| (s.clone(), t.clone(), f(c)))
                .collect()
        };
        exact.add(&predicted, &record.gold);
        let root_of = |code: &str| root(code).unwrap_or(code).to_string();
        let quad_of =
            |code: &str| QuadClass::of(code).map_or(code.to_string(), |q| q.number().to_string());
        by_root.add(&level(&predicted, &root_of), &level(&record.gold, &root_of));
        by_quad.add(&level(&predicted, &quad_of), &level(&record.gold, &quad_of));
        by_category
            .entry(record.category.as_str())
            .or_default()
            .add(&level(&predicted, &root_of), &level(&record.gold, &root_of));
        if std::env::var_os("VERBOSE").is_some() {
            println!(
                "{} {:?} => {:?} :: {}",
                record.id, record.gold, predicted, record.text
            );
        }
    }
    println!("| level (source and target both right) | precision | recall |\n|---|---|---|");
    println!("{}", exact.line("exact CAMEO code"));
    println!("{}", by_root.line("CAMEO root"));
    println!("{}", by_quad.line("QuadClass"));
    println!("\nby category, at root level:\n| category | precision | recall |\n|---|---|---|");
    for (category, score) in &by_category {
        println!("{}", score.line(category));
    }
}

fn plover() {
    let coder = coder(true);
    let text = read(&shared().join("text/gold/plover/PLOVER_GSR_CAMEO.txt"));
    let records: Vec<serde_json::Value> = serde_json::from_str(&text).expect("PLOVER gold is JSON");
    let mut category = Score::default();
    let mut quad = Score::default();
    // The same, on the records whose source or target is Pakistan or Afghanistan.
    let mut pair_category = Score::default();
    let mut pair_quad = Score::default();
    let mut n_pair_records = 0;
    let mut n_records = 0;
    for record in &records {
        let Some(event) = record["event"].as_str() else {
            continue;
        };
        let Some(gold_event) = Plover::parse(event) else {
            continue;
        };
        let Some(sentence) = record["text"].as_str() else {
            continue;
        };
        n_records += 1;
        let countries = |side: &str| -> Vec<String> {
            record[side].as_array().map_or(Vec::new(), |actors| {
                actors
                    .iter()
                    .filter_map(|actor| actor["code"].as_str().map(str::to_string))
                    .collect()
            })
        };
        let sources = countries("source");
        let targets = countries("target");
        let coded = coder.code_text(sentence, Date(20000101));
        // A predicted event is right when its PLOVER category (or quad) is the gold one and its source
        // and target countries are among the gold ones.
        let mut predicted_category = Vec::new();
        let mut predicted_quad = Vec::new();
        for event in coded.iter().flat_map(|sentence| &sentence.events) {
            let source = event.source.code.get(..3).unwrap_or("").to_string();
            let target = event
                .target
                .as_ref()
                .and_then(|t| t.code.get(..3))
                .unwrap_or("---")
                .to_string();
            let pair_right =
                sources.contains(&source) && (targets.is_empty() || targets.contains(&target));
            let key = if pair_right {
                "pair".to_string()
            } else {
                format!("{source}-{target}")
            };
            predicted_category.push((
                key.clone(),
                event
                    .plover
                    .map_or("-".to_string(), |p| p.name().to_string()),
            ));
            predicted_quad.push((
                key,
                event
                    .plover
                    .map_or("-".to_string(), |p| p.quad().number().to_string()),
            ));
        }
        let gold_category = [("pair".to_string(), gold_event.name().to_string())];
        let gold_quad = [("pair".to_string(), gold_event.quad().number().to_string())];
        category.add(&predicted_category, &gold_category);
        quad.add(&predicted_quad, &gold_quad);
        let about_pair = sources
            .iter()
            .chain(&targets)
            .any(|code| code.starts_with("PAK") || code.starts_with("AFG"));
        if about_pair {
            n_pair_records += 1;
            pair_category.add(&predicted_category, &gold_category);
            pair_quad.add(&predicted_quad, &gold_quad);
        }
    }
    println!("PLOVER records with an event: {n_records}");
    println!("| level (source and target countries right) | precision | recall |\n|---|---|---|");
    println!("{}", category.line("PLOVER category"));
    println!("{}", quad.line("PLOVER quad"));
    println!("\nthe {n_pair_records} records about Pakistan or Afghanistan:");
    println!("| level (source and target countries right) | precision | recall |\n|---|---|---|");
    println!("{}", pair_category.line("PLOVER category"));
    println!("{}", pair_quad.line("PLOVER quad"));
}

fn bench() {
    let coder = coder(true);
    let records = unit_test_records();
    let sentences: Vec<(&str, Date)> = records.iter().map(|r| (r.text.as_str(), r.date)).collect();
    let repeats = 100_000usize.div_ceil(sentences.len());
    let start = Instant::now();
    let mut n_sentences = 0usize;
    let mut n_events = 0usize;
    for _ in 0..repeats {
        for (text, date) in &sentences {
            for sentence in coder.code_text(text, *date) {
                n_sentences += 1;
                n_events += sentence.events.len();
            }
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    println!(
        "{n_sentences} sentences ({} records × {repeats}), {n_events} events, {seconds:.2} s, {:.0} sentences/s",
        sentences.len(),
        n_sentences as f64 / seconds
    );
}

fn main() {
    match std::env::args().nth(1).as_deref() {
        Some("unittest") => unittest(match std::env::args().nth(2).as_deref() {
            Some("dev") => Split::Dev,
            Some("test") => Split::Test,
            Some("all") | None => Split::All,
            Some(other) => panic!("unknown split {other}: dev, test or all"),
        }),
        Some("plover") => plover(),
        Some("bench") => bench(),
        _ => eprintln!("usage: events_accuracy unittest [dev|test|all] | plover | bench"),
    }
}
