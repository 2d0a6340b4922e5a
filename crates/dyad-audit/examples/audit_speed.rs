//! Measures how fast the claim audit reads text, without PDF extraction: megabytes of text a second.
//!
//! `cargo run --release -p dyad-audit --example audit_speed`
//!
//! The texts are the labelled briefs of `data/eval/claims/` (every `.md` of its folders). Three shapes:
//! each brief audited on its own, the set repeated to at least 10 MB; one long document made of the
//! briefs joined, about 1 MB, to show that the cost grows with the text and not with its square; and a
//! roll of about 1 MB, thousands of labelled lines ("- Village 12: 40 women") with sentences that name
//! them and give their figures again, often otherwise, so that findings run into the thousands.

use std::path::Path;
use std::time::Instant;

use dyad_audit::{AuditConfig, audit};
use dyad_model::pair::Pair;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../data/eval/claims");
    let mut texts = Vec::new();
    for folder in ["synthetic", "heldout", "heldout2", "heldout3"] {
        let Ok(entries) = std::fs::read_dir(root.join(folder)) else {
            continue;
        };
        for entry in entries {
            let path = entry.expect("a readable entry").path();
            if path.extension().is_some_and(|e| e == "md") {
                texts.push(std::fs::read_to_string(&path).expect("a readable brief"));
            }
        }
    }
    texts.sort();
    let config = AuditConfig::for_pair(Pair {
        first: "PAK".to_string(),
        second: "AFG".to_string(),
    });
    let bytes_once: usize = texts.iter().map(String::len).sum();
    let repeats = (10_000_000usize).div_ceil(bytes_once);
    let start = Instant::now();
    let mut findings = 0;
    for _ in 0..repeats {
        for text in &texts {
            findings += audit(text, &config).len();
        }
    }
    let seconds = start.elapsed().as_secs_f64();
    let megabytes = (bytes_once * repeats) as f64 / 1e6;
    println!(
        "briefs one by one: {} texts × {repeats}, {megabytes:.1} MB, {findings} findings, {seconds:.2} s, {:.1} MB/s",
        texts.len(),
        megabytes / seconds
    );

    let mut long = String::new();
    while long.len() < 1_000_000 {
        for text in &texts {
            long.push_str(text);
            long.push_str("\n\n");
        }
    }
    let start = Instant::now();
    let extraction = dyad_text::claims::extract(&long);
    println!(
        "  of which extraction: {:.2} s ({} quantities)",
        start.elapsed().as_secs_f64(),
        extraction.quantities.len()
    );
    audit_one("one long document", &long, &config);

    // A roll: figures from a fixed linear congruential sequence, so every run reads the same text.
    let mut state: u64 = 20_261_204;
    let mut next = |below: u64| {
        state = state
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        (state >> 33) % below
    };
    let mut roll = String::new();
    let mut line = 0;
    while roll.len() < 1_000_000 {
        roll.push_str(&format!("- Village {line}: {} women\n", 10 + next(80)));
        if line % 3 == 0 {
            roll.push_str(&format!(
                "\nThe {} women of Village {line} walk far. Sales rose from {} sets in 2024 to {} in 2025.\n\n",
                10 + next(80),
                10 + next(80),
                10 + next(80)
            ));
        }
        line += 1;
    }
    audit_one("a roll of labelled lines", &roll, &config);
}

/// Audits one text, timed, and prints its size, findings and speed under `name`.
fn audit_one(name: &str, text: &str, config: &AuditConfig) {
    let start = Instant::now();
    let findings = audit(text, config).len();
    let seconds = start.elapsed().as_secs_f64();
    let megabytes = text.len() as f64 / 1e6;
    println!(
        "{name}: {megabytes:.2} MB, {findings} findings, {seconds:.2} s, {:.1} MB/s",
        megabytes / seconds
    );
}
