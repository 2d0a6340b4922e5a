//! Claim extraction and the audit on any text: no panic, spans on character boundaries inside the text,
//! and every finding's locator inside the text's characters.
#![no_main]

use dyad_audit::{AuditConfig, audit};
use dyad_model::pair::Pair;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let extraction = dyad_text::claims::extract(text);
    for quantity in &extraction.quantities {
        assert!(quantity.start <= quantity.end && quantity.end <= text.len());
        assert!(text.is_char_boundary(quantity.start) && text.is_char_boundary(quantity.end));
    }
    let config = AuditConfig::for_pair(Pair { first: "PAK".to_string(), second: "AFG".to_string() });
    let characters = text.chars().count() as u32;
    for finding in audit(text, &config) {
        assert!(finding.span.start <= finding.span.end && finding.span.end <= characters);
    }
});
