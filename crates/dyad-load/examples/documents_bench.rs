//! Times the documents half on synthetic input: reading and storing a corpus of passages, coding them with
//! the bundled codebook, full-text search latency at that size, and reading a PDF of many pages.
//!
//! ```sh
//! cargo xtask gen-passages --passages 100000      # target/bench/passages, ≈ 50 MB
//! cargo xtask gen-pdf --pages 100                 # target/bench/report-100.pdf
//! cargo run --release -p dyad-load --example documents_bench -- target/bench/passages target/bench/report-100.pdf
//! ```
//!
//! Coding runs on rayon's pool (all cores); every figure is printed with the processor it ran on.

use std::path::{Path, PathBuf};
use std::time::Instant;

use dyad_ingest::documents::{Stated, read};
use dyad_model::DocumentFormat;
use dyad_store::{DocumentFilter, SearchOptions, SearchQuery, Store};
use dyad_text::codebook::{Codebook, Coding};
use rayon::prelude::*;

fn cpu_model() -> String {
    std::fs::read_to_string("/proc/cpuinfo")
        .ok()
        .and_then(|info| {
            info.lines()
                .find(|line| line.starts_with("model name"))
                .and_then(|line| line.split_once(':'))
                .map(|(_, model)| model.trim().to_string())
        })
        .unwrap_or_else(|| "unknown".to_string())
}

fn percentile(sorted: &[f64], share: f64) -> f64 {
    let at = ((sorted.len() as f64 - 1.0) * share).round() as usize;
    sorted[at]
}

fn main() {
    let args: Vec<PathBuf> = std::env::args().skip(1).map(PathBuf::from).collect();
    let folder = args
        .first()
        .expect("the folder `cargo xtask gen-passages` wrote");
    let mut files: Vec<PathBuf> = std::fs::read_dir(folder)
        .expect("a readable folder")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    files.sort();
    println!(
        "processor: {cpu_model}; rayon threads: {}",
        rayon::current_num_threads(),
        cpu_model = cpu_model()
    );

    // Reading: Markdown to text, then passages.
    let started = Instant::now();
    let bytes: Vec<(String, Vec<u8>)> = files
        .iter()
        .map(|path| {
            (
                path.display().to_string(),
                std::fs::read(path).expect("readable"),
            )
        })
        .collect();
    let megabytes = bytes.iter().map(|(_, b)| b.len()).sum::<usize>() as f64 / 1e6;
    let documents: Vec<_> = bytes
        .par_iter()
        .map(|(name, bytes)| {
            read(name, bytes, DocumentFormat::Markdown, &Stated::default()).expect("a document")
        })
        .collect();
    let read_seconds = started.elapsed().as_secs_f64();
    let n_passages: usize = documents.iter().map(|d| d.passages.len()).sum();
    println!(
        "read {} documents, {n_passages} passages, {megabytes:.1} MB in {read_seconds:.2} s",
        documents.len()
    );

    // Storing: one transaction a document, with the full-text index.
    let home = tempfile::tempdir().expect("a temporary folder");
    let mut store = Store::open(&home.path().join("evidence.sqlite")).expect("a store");
    let started = Instant::now();
    for document in &documents {
        store.add_document(document).expect("stored");
    }
    let store_seconds = started.elapsed().as_secs_f64();
    println!(
        "stored them in {store_seconds:.2} s: {:.0} passages/s",
        n_passages as f64 / store_seconds
    );

    // Coding alone: the codebook over every passage, documents in parallel.
    let codebook = Codebook::bundled();
    let coding = Coding::new(&codebook);
    let mut best = f64::INFINITY;
    let mut n_codes = 0;
    for _ in 0..3 {
        let started = Instant::now();
        n_codes = documents
            .par_iter()
            .map(|document| {
                coding
                    .code_document(&document.title, &document.passages)
                    .iter()
                    .map(Vec::len)
                    .sum::<usize>()
            })
            .sum::<usize>();
        best = best.min(started.elapsed().as_secs_f64());
    }
    println!(
        "coding: {n_passages} passages, {n_codes} codes, best of 3 {best:.3} s: {:.0} passages/s",
        n_passages as f64 / best
    );

    // Coding and storing, as `dyad code` does it.
    let started = Instant::now();
    let recoded = dyad_load::code_documents(&mut store, &codebook, dyad_text::codebook::BUNDLED)
        .expect("coded");
    let code_seconds = started.elapsed().as_secs_f64();
    println!(
        "dyad code (read passages, code, replace codes): {} codes in {code_seconds:.2} s: {:.0} passages/s",
        recoded.added,
        recoded.passages as f64 / code_seconds
    );

    // Search latency by kind of query. Query words are chosen by how many passages hold them: topical
    // words (in 0.1% to 3% of passages) as searches mostly use, and, apart, the corpus's most common
    // content words (in about a third of passages), the worst case for ranking.
    let mut frequency: std::collections::HashMap<String, usize> = Default::default();
    for passage in documents.iter().flat_map(|d| &d.passages) {
        let mut seen: std::collections::HashSet<String> = Default::default();
        for word in passage
            .text
            .split(|c: char| !c.is_alphabetic())
            .filter(|w| w.len() > 3)
        {
            let word = word.to_lowercase();
            if seen.insert(word.clone()) {
                *frequency.entry(word).or_default() += 1;
            }
        }
    }
    let mut topical: Vec<(&String, usize)> = frequency
        .iter()
        .filter(|&(_, &n)| n * 1000 >= n_passages && n * 100 <= 3 * n_passages)
        .map(|(w, &n)| (w, n))
        .collect();
    topical.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    let pick: Vec<String> = (0..8)
        .map(|i| topical[i * (topical.len() - 1) / 7].0.clone())
        .collect();
    let phrases: Vec<String> = (0..8)
        .map(|i| {
            let passage = &documents[(i * 127 + 5) % documents.len()].passages[i % 10];
            let after = passage.text.split(", near ").nth(1).expect("made-up words");
            let two: Vec<&str> = after.split_whitespace().take(2).collect();
            format!("\"{} {}\"", two[0], two[1].trim_end_matches('.'))
        })
        .collect();
    let booleans: Vec<String> = (0..8)
        .map(|i| {
            let (a, b, c) = (&pick[i], &pick[(i + 3) % 8], &pick[(i + 5) % 8]);
            match i % 4 {
                0 => format!("{a} AND {b}"),
                1 => format!("{a} OR {b}"),
                2 => format!("{a} NOT {b}"),
                _ => format!("({a} OR {b}) AND {c}"),
            }
        })
        .collect();
    let common: Vec<String> = [
        "refugees",
        "wheat",
        "militants",
        "customs",
        "railway",
        "floods",
        "visa",
        "schedule",
    ]
    .iter()
    .map(|w| w.to_string())
    .collect();
    let share = |word: &str| {
        100.0 * frequency.get(&word.to_lowercase()).copied().unwrap_or(0) as f64 / n_passages as f64
    };
    println!(
        "topical words: {} (in {:.2}% to {:.2}% of passages); common words in {:.0}% to {:.0}%",
        pick.join(", "),
        pick.iter().map(|w| share(w)).fold(f64::INFINITY, f64::min),
        pick.iter().map(|w| share(w)).fold(0.0, f64::max),
        common
            .iter()
            .map(|w| share(w))
            .fold(f64::INFINITY, f64::min),
        common.iter().map(|w| share(w)).fold(0.0, f64::max),
    );
    for (kind, texts) in [
        ("one topical word", &pick),
        ("phrase", &phrases),
        ("boolean", &booleans),
        ("one common word (worst case)", &common),
    ] {
        let mut times = Vec::new();
        for _ in 0..10 {
            for text in texts {
                let query = SearchQuery::parse(text).expect("a valid query");
                let started = Instant::now();
                let hits = store
                    .search(
                        &query,
                        &SearchOptions {
                            filter: DocumentFilter::default(),
                            limit: 20,
                            marks: ("«", "»"),
                        },
                    )
                    .expect("searched");
                times.push(started.elapsed().as_secs_f64() * 1000.0);
                assert!(hits.len() <= 20);
            }
        }
        times.sort_by(f64::total_cmp);
        println!(
            "search, {kind}: {} queries, p50 {:.1} ms, p95 {:.1} ms",
            times.len(),
            percentile(&times, 0.5),
            percentile(&times, 0.95)
        );
    }

    // A PDF of many pages.
    if let Some(pdf) = args.get(1) {
        let bytes = std::fs::read(pdf).expect("a readable PDF");
        let mut times = Vec::new();
        let mut pages = 0;
        for _ in 0..3 {
            let started = Instant::now();
            let document = read(
                &pdf.display().to_string(),
                &bytes,
                DocumentFormat::Pdf,
                &Stated {
                    kind: Some(dyad_model::DocumentKind::Report),
                    ..Stated::default()
                },
            )
            .expect("a PDF with text");
            times.push(started.elapsed().as_secs_f64());
            pages = document
                .passages
                .iter()
                .filter_map(|p| p.locator.page)
                .max()
                .unwrap_or(0);
        }
        times.sort_by(f64::total_cmp);
        println!(
            "PDF {}: {pages} pages read in {:.2} s (median of 3)",
            Path::new(pdf).display(),
            times[1]
        );
    }
}
