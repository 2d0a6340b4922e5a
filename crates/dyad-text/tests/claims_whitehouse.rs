//! Measures claim extraction on real prose: the 343 hand-labelled numeric claims of 13 White House
//! documents (`data/eval/claims/whitehouse_claims.jsonl`), whose texts are in the shared data folder
//! under `documents/whitehouse/`.
//!
//! Run `DYAD_SHARED_DATA=../shared/data cargo test -p dyad-text --test claims_whitehouse -- --nocapture`.
//! Without the variable the test is skipped. It prints, per unit, how many labelled claims written in
//! digits an extracted quantity overlaps (recall), and how many extracted quantities overlap no labelled
//! claim (extra numbers: ordinals, names with numbers and the like, which the labels leave out). Claims
//! written in words ("seven years", "two decades") are scored apart, since the extractor reads number
//! words only before a scale, "percent" or a plural noun.

#[path = "../../../tests/shared_data.rs"]
mod shared_data;

use std::collections::BTreeMap;
use std::path::Path;

use dyad_text::claims::extract;

#[test]
fn extraction_on_white_house_documents() {
    let Some(folder) = shared_data::shared_folder() else {
        return;
    };
    let labels_path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../data/eval/claims/whitehouse_claims.jsonl");
    let labels = std::fs::read_to_string(labels_path).expect("the labelled White House claims");
    // Per document: the byte spans of the labelled claims, with their unit and whether written in digits.
    let mut by_document: BTreeMap<String, Vec<(usize, usize, String, bool)>> = BTreeMap::new();
    let mut texts: BTreeMap<String, String> = BTreeMap::new();
    for line in labels.lines() {
        let row: serde_json::Value = serde_json::from_str(line).expect("a JSON row");
        if row["uncertain"].as_bool().unwrap_or(false) {
            continue;
        }
        let document = row["doc"].as_str().expect("doc").to_string();
        let text = texts.entry(document.clone()).or_insert_with(|| {
            let bytes = shared_data::read(&folder, &format!("documents/whitehouse/{document}"));
            String::from_utf8(bytes).expect("UTF-8")
        });
        let quote = row["quote_raw"]
            .as_str()
            .or(row["quote"].as_str())
            .expect("quote");
        let wanted_line = row["line"].as_u64().unwrap_or(0) as usize;
        // The quote's occurrence that starts on its labelled line.
        let Some(start) = text
            .match_indices(quote)
            .map(|(at, _)| at)
            .find(|&at| text[..at].matches('\n').count() + 1 == wanted_line)
        else {
            continue;
        };
        let number_text = row["number_text"].as_str().unwrap_or_default();
        let in_digits = number_text.chars().any(|c| c.is_ascii_digit());
        let unit = row["unit"].as_str().unwrap_or("other").to_string();
        by_document.entry(document).or_default().push((
            start,
            start + quote.len(),
            unit,
            in_digits,
        ));
    }

    let mut per_unit: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut words_only = 0;
    let mut words_found = 0;
    let mut extracted = 0;
    let mut extra = 0;
    for (document, claims) in &by_document {
        let text = &texts[document];
        let extraction = extract(text);
        for (start, end, unit, in_digits) in claims {
            let found = extraction
                .quantities
                .iter()
                .any(|q| q.start < *end && *start < q.end);
            if !in_digits {
                words_only += 1;
                words_found += usize::from(found);
                continue;
            }
            let entry = per_unit.entry(unit.clone()).or_default();
            entry.0 += 1;
            entry.1 += usize::from(found);
        }
        for quantity in &extraction.quantities {
            extracted += 1;
            if !claims
                .iter()
                .any(|(start, end, _, _)| quantity.start < *end && *start < quantity.end)
            {
                extra += 1;
                if std::env::var_os("DYAD_SHOW_EXTRA").is_some() {
                    let from = text.floor_char_boundary(quantity.start.saturating_sub(20));
                    let to = text.ceil_char_boundary((quantity.end + 20).min(text.len()));
                    println!("extra: {:?}", &text[from..to]);
                }
            }
        }
    }
    println!("\nclaim extraction on the White House documents (claims not marked uncertain):");
    println!("| unit | claims in digits | found | recall |");
    println!("|---|---|---|---|");
    let (mut all, mut found) = (0, 0);
    for (unit, (n_claims, n_found)) in &per_unit {
        all += n_claims;
        found += n_found;
        println!(
            "| {unit} | {n_claims} | {n_found} | {:.2} |",
            *n_found as f64 / *n_claims as f64
        );
    }
    println!(
        "| all | {all} | {found} | {:.2} |",
        found as f64 / all.max(1) as f64
    );
    println!(
        "claims in words only: {words_only}, found: {words_found} ({:.2})",
        words_found as f64 / words_only.max(1) as f64
    );
    println!("quantities extracted: {extracted}, of which outside every labelled claim: {extra}");
    assert!(all > 0, "no labelled claim was located in the documents");
}
