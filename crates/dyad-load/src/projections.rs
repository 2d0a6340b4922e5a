//! Turns the projections a stored document states into figures of status `projection`, cited to the
//! document, so that the scorecard scores them against what happened.
//!
//! The figures are one "file" whose identity is the hash of the document and of the reader's version:
//! storing them again is a no-op. Trade is stored in USD million and refugees in persons, as the bundled
//! evidence is, and each figure's locator gives the document and the characters of its words.

use dyad_audit::projections::{StatedProjection, projections};
use dyad_model::SourceRef;
use dyad_model::observation::{Observation, Status, Value};
use dyad_model::pair::Pair;
use dyad_model::parsed::{Parsed, Record};
use dyad_store::StoredDocument;
use sha2::{Digest, Sha256};

/// A document's projections, ready to store as one file.
#[derive(Debug)]
pub struct DocumentProjections {
    /// The figures, under the document as their source.
    pub parsed: Parsed,
    /// The identity of the run: the document's hash and the reader's version.
    pub sha256: String,
    /// The name the evidence base lists.
    pub name: String,
    /// What was found, in order of position.
    pub found: Vec<StatedProjection>,
}

/// The projections `document` states about `pair`, as figures cited to it.
pub fn document_projections(document: &StoredDocument, pair: &Pair) -> DocumentProjections {
    let summary = &document.summary;
    let written = summary.date.get(..4).and_then(|year| year.parse().ok());
    let text = &document.text;
    let extraction = dyad_text::claims::extract(text);
    let found = projections(text, &extraction, pair, written);
    let source = SourceRef::new(
        if summary.publisher.is_empty() {
            "publisher not stated"
        } else {
            &summary.publisher
        },
        &summary.title,
        if summary.date.is_empty() {
            "undated"
        } else {
            &summary.date
        },
        &summary.date,
    );
    let records = found
        .iter()
        .enumerate()
        .filter_map(|(index, projection)| {
            let (value, unit) = match projection.unit {
                "USD" => (projection.value / 1e6, "USD million"),
                _ => (projection.value, "persons"),
            };
            let locator =
                dyad_text::claims::Extraction::locator(text, projection.span.0, projection.span.1);
            Some(Record {
                observation: Observation {
                    indicator: projection.indicator.to_string(),
                    subject: projection.subject.clone(),
                    period: Some(projection.period),
                    value: Value::parse_number(&format!("{value}")).ok()?,
                    unit: unit.to_string(),
                    concept: String::new(),
                    basis: "stated in the document".to_string(),
                    agency: summary.publisher.clone(),
                    status: Status::Projection,
                    note: format!("“{}”", projection.sentence),
                },
                source: source.clone(),
                locator: format!(
                    "document {} ({}), characters {}..{}",
                    summary.id, summary.file_name, locator.start, locator.end
                ),
                record: index as u64 + 1,
            })
        })
        .collect();
    let mut hasher = Sha256::new();
    hasher.update(b"dyad document projections ");
    hasher.update(env!("CARGO_PKG_VERSION").as_bytes());
    hasher.update(summary.sha256.as_bytes());
    let sha256 = format!("{:x}", hasher.finalize());
    DocumentProjections {
        parsed: Parsed {
            source: Some(source),
            n_rows: found.len() as u64,
            records,
            ..Parsed::default()
        },
        sha256,
        name: format!(
            "projections stated in document {}: {}",
            summary.id, summary.title
        ),
        found,
    }
}
