//! `dyad events extract FILE… | explain SENTENCE`: events coded from text by `dyad_text::events`.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};
use dyad_text::events::Date;
use dyad_text::events::coder::{CodedSentence, Coder, DictionarySet};

use crate::args::{EventsCommand, EventsCommon, Format};
use crate::output::write_rows;
use crate::settings::Settings;

/// The published files a coder reads from the dictionary folder.
const VERBS: &str = "CAMEO.2.0.txt";
const ACTORS: [&str; 3] = [
    "Phoenix.Countries.actors.txt",
    "Phoenix.International.actors.txt",
    "Phoenix.MilNonState.actors.txt",
];
const AGENTS: &str = "Phoenix.agents.txt";
const DISCARDS: &str = "Phoenix.discards.txt";

pub fn run(settings: &Settings, command: &EventsCommand) -> Result<ExitCode> {
    match command {
        EventsCommand::Extract(args) => {
            let (coder, date, coder_id) = prepare(&args.common)?;
            if args.docs || !args.doc.is_empty() {
                documents(settings, &coder, &coder_id, args)
            } else {
                extract(&coder, date, &args.files, args.format)
            }
        }
        EventsCommand::Explain(args) => {
            let (coder, date, _) = prepare(&args.common)?;
            explain(&coder, date, &args.sentence)
        }
    }
}

/// Codes stored documents, each as of its own date, and prints or stores the events.
fn documents(
    settings: &Settings,
    coder: &Coder,
    coder_id: &str,
    args: &crate::args::EventsExtractArgs,
) -> Result<ExitCode> {
    let mut store = super::open_evidence(settings)?;
    let ids: Vec<i64> = if args.docs {
        store
            .documents(&Default::default())?
            .iter()
            .map(|d| d.id)
            .collect()
    } else {
        args.doc.clone()
    };
    let mut stored = Vec::with_capacity(ids.len());
    for id in ids {
        match store.document(id)? {
            Some(document) => stored.push(document),
            None => bail!("no document has the id {id}\nhint: `dyad docs list` gives the ids"),
        }
    }
    let coded = dyad_load::text_events(&stored, coder, coder_id);
    let mut stderr = std::io::stderr().lock();
    for title in &coded.undated {
        writeln!(
            stderr,
            "note: `{title}` has no date, so its events cannot be dated and it was left out"
        )?;
    }
    let events = &coded.parsed.events;
    let mut out = std::io::stdout().lock();
    match args.format {
        Format::Json => {
            serde_json::to_writer_pretty(
                &mut out,
                &events.iter().map(|r| &r.event).collect::<Vec<_>>(),
            )?;
            writeln!(out)?;
        }
        format => {
            let rows: Vec<Vec<String>> = events
                .iter()
                .map(|record| {
                    let event = &record.event;
                    vec![
                        event.date_start.to_string(),
                        event.actor1.code.clone(),
                        event.actor2.code.clone(),
                        event.source_type.clone(),
                        event
                            .measures
                            .goldstein
                            .map_or(String::new(), |g| g.to_string()),
                        event.description.clone(),
                    ]
                })
                .collect();
            write_rows(
                &mut out,
                format,
                &[
                    "Date",
                    "Source",
                    "Target",
                    "Event",
                    "Goldstein",
                    "Where and what",
                ],
                &rows,
            )?;
        }
    }
    writeln!(
        stderr,
        "{} events in {} documents",
        events.len(),
        coded.documents
    )?;
    if args.store {
        let outcome = store.ingest(
            &dyad_store::FileHeader {
                name: &coded.name,
                sha256: &coded.sha256,
                size: 0,
                format: "text-events",
            },
            &coded.parsed,
        )?;
        match outcome {
            dyad_store::IngestOutcome::Stored(counts) => writeln!(
                stderr,
                "stored under \"{}\": {} new events, {} already stored, {} monthly aggregates",
                dyad_model::event::TEXT_EVENTS_DATASET,
                counts.n_events_new,
                counts.n_events_known,
                counts.n_aggregates
            )?,
            dyad_store::IngestOutcome::AlreadyIngested { ingested_at, .. } => writeln!(
                stderr,
                "these documents were coded with these dictionaries and stored at {ingested_at}; nothing changed"
            )?,
        }
    }
    Ok(ExitCode::SUCCESS)
}

/// The coder from the dictionary folder, the date, and the coder's identity (dyad's version and the
/// dictionaries' hash).
fn prepare(common: &EventsCommon) -> Result<(Coder, Date, String)> {
    let date = match &common.date {
        Some(text) => Date::parse_iso(text).with_context(|| {
            format!("`--date {text}` is not a date\nhint: write it as YYYY-MM-DD, e.g. `--date 2021-09-01`")
        })?,
        None => today(),
    };
    let folder = match (&common.dictionaries, std::env::var_os("DYAD_SHARED_DATA")) {
        (Some(folder), _) => folder.clone(),
        (None, Some(shared)) if !shared.is_empty() => {
            PathBuf::from(shared).join("text/event-dictionaries")
        }
        _ => bail!(
            "no dictionary folder\nhint: pass `--dictionaries DIR` (the PETRARCH-2 files, CAMEO.2.0.txt and Phoenix.*) or set `DYAD_SHARED_DATA`"
        ),
    };
    let read = |name: &str| -> Result<(String, String)> {
        let path = folder.join(name);
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading `{}`", path.display()))?;
        Ok((name.to_string(), text))
    };
    let verbs = read(VERBS)?;
    let actors = ACTORS
        .iter()
        .map(|name| read(name))
        .collect::<Result<Vec<_>>>()?;
    let agents = read(AGENTS)?;
    let discards = read(DISCARDS)?;
    let actor_texts: Vec<(&str, &str)> = actors
        .iter()
        .map(|(n, t)| (n.as_str(), t.as_str()))
        .collect();
    let (set, errors) = DictionarySet::read(
        (&verbs.0, &verbs.1),
        &actor_texts,
        (&agents.0, &agents.1),
        (&discards.0, &discards.1),
    );
    if !errors.is_empty() {
        eprintln!(
            "note: {} dictionary lines do not read and were left out (the first: {})",
            errors.len(),
            errors[0].to_string().lines().next().unwrap_or("")
        );
    }
    // The dictionaries' identity: the hash of each file's name and hash, and of the pair dictionary.
    let mut identity = String::new();
    for (name, text) in std::iter::once(&verbs)
        .chain(&actors)
        .chain([&agents, &discards])
    {
        identity.push_str(&format!(
            "{name} {}\n",
            dyad_ingest::sha256_hex(text.as_bytes())
        ));
    }
    identity.push_str(&dyad_ingest::sha256_hex(
        dyad_text::events::coder::PAIR_DICTIONARY.as_bytes(),
    ));
    let digest = dyad_ingest::sha256_hex(identity.as_bytes());
    let coder_id = format!(
        "dyad {} coder, dictionaries {}",
        env!("CARGO_PKG_VERSION"),
        &digest[..12]
    );
    Ok((Coder::new(set), date, coder_id))
}

/// Today's date in UTC, from the system clock.
fn today() -> Date {
    let seconds = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |elapsed| elapsed.as_secs());
    // Days since 1970-01-01 to a civil date (Howard Hinnant's algorithm).
    let days = (seconds / 86_400) as i64 + 719_468;
    let era = days.div_euclid(146_097);
    let day_of_era = days.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    Date((year * 10_000 + month * 100 + day) as u32)
}

const HEADERS: [&str; 12] = [
    "file",
    "sentence",
    "start",
    "end",
    "source",
    "source words",
    "target",
    "target words",
    "cameo",
    "goldstein",
    "quad class",
    "plover",
];

fn extract(coder: &Coder, date: Date, files: &[PathBuf], format: Format) -> Result<ExitCode> {
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut json = Vec::new();
    let mut failed = false;
    for path in files {
        let text = match std::fs::read_to_string(path) {
            Ok(text) => text,
            Err(error) => {
                eprintln!("error: reading `{}`: {error}", path.display());
                failed = true;
                continue;
            }
        };
        let coded = coder.code_text(&text, date);
        for sentence in &coded {
            for note in &sentence.notes {
                eprintln!(
                    "{}: sentence {}: {note}",
                    path.display(),
                    sentence.index + 1
                );
            }
        }
        if format == Format::Json {
            json.push(file_json(path, &coded));
        } else {
            rows.extend(file_rows(path, &coded));
        }
    }
    let mut out = std::io::stdout().lock();
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut out, &json)?;
        writeln!(out)?;
    } else {
        write_rows(&mut out, format, &HEADERS, &rows)?;
    }
    Ok(if failed {
        ExitCode::from(2)
    } else {
        ExitCode::SUCCESS
    })
}

fn file_rows(path: &Path, coded: &[CodedSentence]) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    for sentence in coded {
        for event in &sentence.events {
            let target = event.target.as_ref();
            rows.push(vec![
                path.display().to_string(),
                (sentence.index + 1).to_string(),
                sentence.start.to_string(),
                sentence.end.to_string(),
                event.source.code.clone(),
                event.source.text.clone(),
                target.map_or("---".to_string(), |t| t.code.clone()),
                target.map_or(String::new(), |t| t.text.clone()),
                event.cameo.clone(),
                event.goldstein.map_or(String::new(), |g| g.to_string()),
                event
                    .quad_class
                    .map_or(String::new(), |q| q.number().to_string()),
                event.plover.map_or(String::new(), |p| p.name().to_string()),
            ]);
        }
    }
    rows
}

fn file_json(path: &Path, coded: &[CodedSentence]) -> serde_json::Value {
    let actor = |mention: &dyad_text::events::coder::ActorMention| {
        serde_json::json!({
            "code": mention.code, "words": mention.text, "start": mention.start, "end": mention.end,
            "entries": mention.entries,
        })
    };
    let sentences: Vec<serde_json::Value> = coded
        .iter()
        .map(|sentence| {
            let events: Vec<serde_json::Value> = sentence
                .events
                .iter()
                .map(|event| {
                    serde_json::json!({
                        "source": actor(&event.source),
                        "target": event.target.as_ref().map(actor),
                        "cameo": event.cameo,
                        "goldstein": event.goldstein,
                        "quad_class": event.quad_class.map(|q| q.number()),
                        "plover": event.plover.map(|p| p.name()),
                        "verb": {"words": event.verb.text, "start": event.verb.start, "end": event.verb.end,
                                 "passive": event.verb.passive, "entries": event.verb.entries},
                    })
                })
                .collect();
            serde_json::json!({
                "index": sentence.index, "start": sentence.start, "end": sentence.end, "text": sentence.text,
                "events": events, "notes": sentence.notes,
            })
        })
        .collect();
    serde_json::json!({"file": path.display().to_string(), "sentences": sentences})
}

fn explain(coder: &Coder, date: Date, text: &str) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    writeln!(out, "date: {date}")?;
    for sentence in coder.code_text(text, date) {
        writeln!(
            out,
            "sentence {} [{}..{}]: {}",
            sentence.index + 1,
            sentence.start,
            sentence.end,
            sentence.text
        )?;
        for mention in &sentence.actors {
            writeln!(
                out,
                "  actor {} `{}` [{}..{}] from {}",
                mention.code,
                mention.text,
                mention.start,
                mention.end,
                mention.entries.join("; ")
            )?;
        }
        for verb in &sentence.verbs {
            let code = verb.code.as_deref().unwrap_or("no event");
            let passive = if verb.passive { ", passive" } else { "" };
            writeln!(
                out,
                "  verb `{}` [{}..{}] {code}{passive}: {}",
                verb.text,
                verb.start,
                verb.end,
                verb.entries.join("; ")
            )?;
        }
        for event in &sentence.events {
            let target = event.target.as_ref().map_or("---", |t| t.code.as_str());
            writeln!(
                out,
                "  event {} {} {} (Goldstein {}, quad {}, PLOVER {})",
                event.source.code,
                target,
                event.cameo,
                event.goldstein.map_or("–".to_string(), |g| g.to_string()),
                event
                    .quad_class
                    .map_or("–".to_string(), |q| q.number().to_string()),
                event.plover.map_or("–", |p| p.name()),
            )?;
        }
        for note in &sentence.notes {
            writeln!(out, "  note: {note}")?;
        }
    }
    Ok(ExitCode::SUCCESS)
}
