//! Codes every stored document's passages with a codebook and stores the codes, replacing the codebook's
//! earlier ones in one transaction.

use dyad_store::{PassageKey, Recoded, Store, StoreError, StoredCodebook};
use dyad_text::codebook::{Codebook, Coding};
use rayon::prelude::*;

/// One document's passages read, and the codes applied to them.
type DocumentCoding = (Vec<PassageKey>, Vec<(PassageKey, dyad_model::Code)>);

/// Codes every passage of every stored document with `codebook` (documents coded in parallel), and
/// replaces the codebook's stored codes and readings with the new ones. `text` is the codebook's file,
/// stored beside its codes.
pub fn code_documents(
    store: &mut Store,
    codebook: &Codebook,
    text: &str,
) -> Result<Recoded, StoreError> {
    let documents = store.documents(&Default::default())?;
    let mut stored = Vec::with_capacity(documents.len());
    for summary in &documents {
        if let Some(document) = store.document(summary.id)? {
            stored.push((summary.id, summary.title.clone(), document.passages));
        }
    }
    let coding = Coding::new(codebook);
    let coded: Vec<DocumentCoding> = stored
        .par_iter()
        .map(|(id, title, passages)| {
            let read = passages
                .iter()
                .map(|passage| PassageKey {
                    document: *id,
                    passage: passage.number,
                })
                .collect();
            let codes = passages
                .iter()
                .zip(coding.code_document(title, passages))
                .flat_map(|(passage, codes)| {
                    let key = PassageKey {
                        document: *id,
                        passage: passage.number,
                    };
                    codes.into_iter().map(move |code| (key, code))
                })
                .collect();
            (read, codes)
        })
        .collect();
    let (read, codes): (Vec<_>, Vec<_>) = coded.into_iter().unzip();
    let read: Vec<PassageKey> = read.into_iter().flatten().collect();
    let codes: Vec<_> = codes.into_iter().flatten().collect();
    store.replace_machine_codes(
        &StoredCodebook {
            name: &codebook.name,
            version: &codebook.version,
            sha256: &codebook.sha256,
            text,
        },
        &codebook.coder(),
        &read,
        &codes,
    )
}
