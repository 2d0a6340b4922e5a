//! The document readers (text, Markdown, HTML, PDF) on any bytes: no panic, and a document that reads
//! has passages in order whose locators pick exactly their words out of its text.
#![no_main]

use dyad_ingest::documents::{Stated, read};
use dyad_model::document::DocumentFormat;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let format = match selector % 4 {
        0 => DocumentFormat::Text,
        1 => DocumentFormat::Markdown,
        2 => DocumentFormat::Html,
        _ => DocumentFormat::Pdf,
    };
    let _ = dyad_ingest::documents::format_of("fuzz", bytes);
    let Ok(document) = read("fuzz", bytes, format, &Stated::default()) else { return };
    let characters: Vec<char> = document.text.chars().collect();
    let mut previous_end = 0;
    for (index, passage) in document.passages.iter().enumerate() {
        assert_eq!(passage.number as usize, index + 1, "passages are numbered in order");
        let (start, end) = (passage.locator.start as usize, passage.locator.end as usize);
        assert!(start >= previous_end && start <= end && end <= characters.len(), "{start}..{end}");
        let words: String = characters[start..end].iter().collect();
        assert_eq!(words, passage.text, "a passage's locator picks its words");
        previous_end = end;
    }
});
