//! Property tests: a generated valid file parses to exactly the rows it was generated from.

use dyad_ingest::gdelt::{Filter, Match};
use dyad_ingest::{Format, Options, parse};
use proptest::prelude::*;

fn acled_row() -> impl Strategy<Value = (u32, (i32, u32, u32), usize, u16, String)> {
    (
        1u32..1_000_000,
        (1997i32..2030, 1u32..=12, 1u32..=28),
        0usize..6,
        0u16..2000,
        // Notes hold commas, quotes, newlines and non-ASCII text, as ACLED's do.
        "[a-zA-Z0-9 ,.\"'\n\u{0600}-\u{0620}éü-]{0,60}",
    )
}

const EVENT_TYPES: [&str; 6] = [
    "Battles",
    "Explosions/Remote violence",
    "Violence against civilians",
    "Protests",
    "Riots",
    "Strategic developments",
];

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn acled_exports_round_trip(rows in prop::collection::vec(acled_row(), 1..40), crlf in any::<bool>()) {
        let mut writer = csv::WriterBuilder::new()
            .terminator(if crlf { csv::Terminator::CRLF } else { csv::Terminator::Any(b'\n') })
            .from_writer(Vec::new());
        writer.write_record(["event_id_cnty", "event_date", "event_type", "sub_event_type", "actor1", "country", "fatalities", "notes"]).unwrap();
        for (i, (id, (y, m, d), kind, fatalities, notes)) in rows.iter().enumerate() {
            writer.write_record([
                format!("PAK{id}-{i}"),
                format!("{y:04}-{m:02}-{d:02}"),
                EVENT_TYPES[*kind].to_string(),
                String::new(),
                "Synthetic actor".to_string(),
                "Pakistan".to_string(),
                fatalities.to_string(),
                notes.clone(),
            ]).unwrap();
        }
        let bytes = writer.into_inner().unwrap();
        let parsed = parse(Format::Acled, "p.csv", &bytes, &Options::default()).unwrap();
        prop_assert_eq!(parsed.n_rows, rows.len() as u64);
        prop_assert_eq!(parsed.events.len(), rows.len());
        for (i, (record, (id, (y, m, d), _, fatalities, notes))) in parsed.events.iter().zip(&rows).enumerate() {
            prop_assert_eq!(&record.event.source_id, &format!("PAK{id}-{i}"));
            prop_assert_eq!(record.event.date_start.to_string(), format!("{y:04}-{m:02}-{d:02}"));
            prop_assert_eq!(record.event.fatalities, Some(f64::from(*fatalities)));
            prop_assert_eq!(&record.event.description, notes.trim());
            prop_assert_eq!(record.record, i as u64 + 1);
        }
    }

    #[test]
    fn gdelt_exports_keep_exactly_the_matching_rows(
        rows in prop::collection::vec((0usize..4, 0usize..4, 0usize..4, 1u8..=4, -100i32..=100, 0u32..500), 1..200),
        matching in prop::sample::select(vec![Match::Actors, Match::Places, Match::Either, Match::Both, Match::Involving]),
    ) {
        const ACTORS: [&str; 4] = ["PAK", "AFG", "USA", ""];
        const PLACES: [&str; 4] = ["PK", "AF", "IN", ""];
        let mut text = String::new();
        for (i, (a1, a2, place, quad, goldstein, mentions)) in rows.iter().enumerate() {
            let mut fields = vec![String::new(); 61];
            fields[0] = (i + 1).to_string();
            fields[1] = format!("2024{:02}15", i % 12 + 1);
            fields[7] = ACTORS[*a1].to_string();
            fields[17] = ACTORS[*a2].to_string();
            fields[26] = "190".to_string();
            fields[29] = quad.to_string();
            fields[30] = format!("{:.1}", f64::from(*goldstein) / 10.0);
            fields[31] = mentions.to_string();
            fields[34] = "-1.5".to_string();
            fields[53] = PLACES[*place].to_string();
            text.push_str(&fields.join("\t"));
            text.push('\n');
        }
        let options = Options { gdelt: Filter::for_pair("PAK", "AFG", matching).unwrap(), ..Options::default() };
        let parsed = parse(Format::GdeltEvents, "20240101000000.export.CSV", text.as_bytes(), &options).unwrap();
        prop_assert_eq!(parsed.n_rows, rows.len() as u64);
        let expected: Vec<String> = rows
            .iter()
            .enumerate()
            .filter(|(_, (a1, a2, place, ..))| {
                let dyad = (*a1 == 0 && *a2 == 1) || (*a1 == 1 && *a2 == 0);
                let in_pair = *place < 2;
                match matching {
                    Match::Actors => dyad,
                    Match::Places => in_pair,
                    Match::Either => dyad || in_pair,
                    Match::Both => dyad && in_pair,
                    Match::Involving => in_pair || *a1 < 2 || *a2 < 2,
                }
            })
            .map(|(i, _)| (i + 1).to_string())
            .collect();
        let kept: Vec<String> = parsed.events.iter().map(|e| e.event.source_id.clone()).collect();
        prop_assert_eq!(kept, expected);
        // Every directed event counts once in its direction's monthly aggregates.
        let directed = rows.iter().filter(|(a1, a2, ..)| (*a1 == 0 && *a2 == 1) || (*a1 == 1 && *a2 == 0)).count() as u64;
        let aggregated: u64 = parsed.aggregates.iter().filter(|a| a.subject.contains('→')).map(|a| a.n_events).sum();
        if matching != Match::Places && matching != Match::Both && matching != Match::Involving {
            prop_assert_eq!(aggregated, directed);
        }
    }

    #[test]
    fn figures_round_trip(values in prop::collection::vec((0u64..10_000_000_000, 0u32..1000, 1990i32..2030), 1..50)) {
        let mut text = String::from("indicator,subject,period,value,unit,publisher,dataset,vintage\n");
        for (whole, fraction, year) in &values {
            text.push_str(&format!("test.value,PAK,{year},{whole}.{fraction:03},persons,P,D,v\n"));
        }
        let parsed = parse(Format::Figures, "f.csv", text.as_bytes(), &Options::default()).unwrap();
        prop_assert_eq!(parsed.records.len(), values.len());
        for (record, (whole, fraction, year)) in parsed.records.iter().zip(&values) {
            let written = format!("{whole}.{fraction:03}");
            prop_assert_eq!(&record.observation.value.text, &written);
            prop_assert_eq!(record.observation.value.number, written.parse::<f64>().ok());
            prop_assert_eq!(record.observation.period, Some(dyad_model::Period::Year(*year)));
        }
    }
}

proptest! {
    /// Every decimal the GDELT reader's quick syntax check accepts, Rust's exact reader accepts too: the
    /// exact value of a kept row never falls back to zero.
    #[test]
    fn gdelt_decimals_checked_are_decimals_parsed(text in "[+-]?[0-9]{0,4}\\.?[0-9]{0,6}([eE][+-]?[0-9]{1,3})?") {
        let mut fields = vec![String::new(); 61];
        fields[0] = "1".into();
        fields[1] = "20240101".into();
        fields[7] = "PAK".into();
        fields[17] = "AFG".into();
        fields[26] = "190".into();
        fields[29] = "4".into();
        fields[30] = "1".into();
        fields[31] = "1".into();
        fields[34] = text.clone();
        let line = fields.join("\t") + "\n";
        if let Ok(parsed) = parse(Format::GdeltEvents, "p.CSV", line.as_bytes(), &Options::default()) {
            let tone = parsed.events[0].event.measures.tone.unwrap();
            prop_assert_eq!(Some(tone), text.parse::<f64>().ok(), "{}", text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(128))]

    /// Any text read as plain text, Markdown or HTML either fails with an error or gives passages that are
    /// the document's own characters at their spans, numbered from 1, in order and apart.
    #[test]
    fn documents_are_cut_from_their_own_text(
        text in "[a-zA-Z0-9 .,:*_#>|`~\\[\\]()!&<>/=\"'\n\t\u{a0}\u{2019}\u{0627}-\u{0629}-]{0,400}",
        format_index in 0usize..3,
    ) {
        use dyad_ingest::documents::{Stated, read};
        use dyad_model::document::{DocumentFormat, DocumentKind};
        let format = [DocumentFormat::Text, DocumentFormat::Markdown, DocumentFormat::Html][format_index];
        let stated = Stated { kind: Some(DocumentKind::News), ..Stated::default() };
        if let Ok(document) = read("fuzz", text.as_bytes(), format, &stated) {
            let characters: Vec<char> = document.text.chars().collect();
            let mut last_end = 0u32;
            for (index, passage) in document.passages.iter().enumerate() {
                prop_assert_eq!(passage.number as usize, index + 1);
                prop_assert!(passage.locator.start >= last_end, "passages overlap");
                prop_assert!(passage.locator.start < passage.locator.end, "an empty passage");
                let cut: String = characters[passage.locator.start as usize..passage.locator.end as usize]
                    .iter()
                    .collect();
                prop_assert_eq!(&cut, &passage.text);
                last_end = passage.locator.end;
            }
            prop_assert!(!document.passages.is_empty(), "a document with text has a passage");
        }
    }
}

/// A WDI file whose preamble is not UTF-8, on which the reader once sliced past its end (found by the
/// `parse_any` fuzz target; these are its bytes, read leniently as it read them): it reads or is refused,
/// and never panics.
#[test]
fn a_wdi_preamble_that_is_not_utf8() {
    let bytes: &[u8] = b"\x44\x61\x74\x61\x20\x53\x6f\x75\x72\x63\x65\x00\x00\x00\x0a\x0a\x45\xf1\x0a\xff\xff\xff\x3e\x6f\x0a\xff\xff\xff\x32\x2b\x2b\xee\x7e\x09\x3f\x00\x00\x2c\x2c\x2c\x0d\x0d\x0c\x0d\x0d\x0d\x0d\x0d\x0d\x23\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2b\x2b\x2b\x22\x2b\x0a\xd5\x00\xf2\xf2\xd4\xd4\xd4\xde\x2b\xb7\x0d\x2b\x2b\x2b\x2b\x2b\xb7\xb7\x61\x20\x5b\x0a\x2e\x6f\x07\x00\x00\x00\x00\x00\x75\xb7\xb7\x61\x20\x53\x2b\x2b\x2b\x2c\x2c\x2c\x2c\x2c\x0d\x0c\x0d\x0d\x0d\x0d\x23\x0d\x0d\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x0a\x0a\x3a\x2b\x2b\x2b\x2b\x0a\x22\xff\x0d\x0d\x0a\x2c\x0f\x00\x00\x09\x3f\x00\x00\x2c\x2c\x2c\x0d\x0d\x0c\x0d\x0d\x0d\x0d\x2c\x2c\x2c\x2c\x2c\x2c\x2c\x0a\x0a\x3a\x0a\x43\x6f\x75\x6e\x74\x72\x79\x20\x4e\x61\x6d\x65\x2c\x2c\x2c\x2c\x2c\x2c\x00\x2c\x2c\x2c\x2c\x2c\x61\x22\x2c\x00\x00\x00\x00\x2b";
    let options = dyad_ingest::Options {
        mode: dyad_ingest::Mode::Lenient,
        ..dyad_ingest::Options::default()
    };
    let _ = dyad_ingest::parse(dyad_ingest::Format::Wdi, "fuzz", bytes, &options);
}
