//! Scratch: dumps quantities and findings of a file (never commit).
use dyad_audit::AuditConfig;
use dyad_model::pair::Pair;
fn main() {
    let path = std::env::args().nth(1).unwrap();
    let grep = std::env::args().nth(2).unwrap_or_default();
    let text = std::fs::read_to_string(&path).unwrap();
    let ex = dyad_text::claims::extract(&text);
    for q in &ex.quantities {
        let s = &text[q.start..q.end];
        let (a, b) = ex.sentences[q.sentence];
        let sent = &text[a..b];
        if grep.is_empty() || sent.contains(&grep) {
            println!(
                "Q {:?} {} {} s{} tab={} `{}`",
                s,
                q.unit,
                q.value,
                q.sentence,
                q.in_table,
                &sent[..sent.len().min(90)]
            );
        }
    }
    if std::env::var("CHANGES").is_ok() {
        for c in &ex.changes {
            println!(
                "C {:?} from {} to {} pct {:?} years {:?} {:?}",
                &text[c.start..c.end],
                c.from,
                c.to,
                c.stated_percent,
                c.from_year,
                c.to_year
            );
        }
    }
    if std::env::var("SENT").is_ok() {
        for (a, b) in &ex.sentences {
            println!("S {:?}", &text[*a..*b]);
        }
    }
    if std::env::var("CITES").is_ok() {
        for c in &ex.citations {
            println!("CIT {:?} {:?}", &text[c.0..c.1], c.2);
        }
    }
    if std::env::var("TABLES").is_ok() {
        for t in &ex.tables {
            println!(
                "T header {:?}",
                t.header.iter().map(|c| c.text.clone()).collect::<Vec<_>>()
            );
            for r in &t.rows {
                println!(
                    "T row {:?}",
                    r.iter()
                        .map(|c| (c.text.clone(), c.value))
                        .collect::<Vec<_>>()
                );
            }
        }
    }
    let config = AuditConfig::for_pair(Pair {
        first: "PAK".into(),
        second: "AFG".into(),
    });
    let evidence = if std::env::var("CITE").is_ok() {
        bundled_refugees()
    } else {
        Vec::new()
    };
    for f in dyad_audit::audit_with_evidence(&text, &config, &evidence) {
        println!(
            "F {:?} {:?} `{}`: {}",
            f.check,
            f.verdict,
            f.text.replace('\n', "⏎"),
            f.explanation
        );
    }
}

use dyad_model::observation::{Evidence, Observation, Provenance, SourceRef, Value};
use std::collections::BTreeMap;
use std::path::Path;
fn bundled_refugees() -> Vec<Evidence> {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/pak-afg/unhcr_afghans_in_pakistan.csv");
    let mut reader = csv::Reader::from_path(path).expect("the bundled UNHCR table");
    let mut evidence = Vec::new();
    for record in reader.deserialize::<BTreeMap<String, String>>() {
        let row = record.expect("a well-formed row");
        let field = |name: &str| row.get(name).cloned().unwrap_or_default();
        let (Ok(value), Ok(status)) = (
            Value::parse_number(&field("value")),
            field("status").parse(),
        ) else {
            continue;
        };
        evidence.push(Evidence {
            observation: Observation {
                indicator: field("indicator"),
                subject: field("subject"),
                period: field("period").parse().ok(),
                value,
                unit: field("unit"),
                concept: field("concept"),
                basis: field("basis"),
                agency: field("agency"),
                status,
                note: field("note"),
            },
            provenance: Provenance::of(SourceRef::new(
                &field("publisher"),
                &field("dataset"),
                &field("vintage"),
                &field("vintage_date"),
            )),
        });
    }
    evidence
}
