//! Codes every stored document's passages with a codebook and stores the codes, replacing the codebook's
//! earlier ones in one transaction; and reads the coded passages back for the report and the server.

use std::collections::{BTreeMap, HashMap};

use dyad_store::{
    CodeFilter, DocumentSummary, PassageKey, Recoded, Store, StoreError, StoredCodebook,
};
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

/// The codebook whose codes the report reads and that codes new passages: the last to code under the
/// bundled codebook's name (so that an analyst's edited copy of the same name keeps its place), or the
/// bundled one.
pub fn house_codebook(store: &Store) -> Result<(Codebook, String), StoreError> {
    let bundled = Codebook::bundled();
    if let Some(text) = store.latest_codebook(&bundled.name)?
        && let Ok(codebook) = Codebook::parse(&text)
    {
        return Ok((codebook, text));
    }
    Ok((bundled, dyad_text::codebook::BUNDLED.to_string()))
}

/// The coder whose codes the report reads (the house codebook's, see [`house_codebook`]) and the passages
/// it coded: what the report's readings by theme and lens are built from, for the command and the server.
pub fn house_readings(
    store: &Store,
) -> Result<(String, Vec<dyad_model::CitedPassage>), StoreError> {
    let coder = house_codebook(store)?.0.coder().label();
    let passages = cited_passages(store, &coder)?;
    Ok((coder, passages))
}

/// The passages `coder` coded, each with its document and that coder's codes, for the report.
pub fn cited_passages(
    store: &Store,
    coder: &str,
) -> Result<Vec<dyad_model::CitedPassage>, StoreError> {
    let summaries: HashMap<i64, DocumentSummary> = store
        .documents(&Default::default())?
        .into_iter()
        .map(|summary| (summary.id, summary))
        .collect();
    let mut passages: BTreeMap<PassageKey, dyad_model::CitedPassage> = BTreeMap::new();
    for stored in store.codes(&CodeFilter {
        passage: None,
        coders: vec![coder.to_string()],
    })? {
        let Some(summary) = summaries.get(&stored.key.document) else {
            continue;
        };
        passages
            .entry(stored.key)
            .or_insert_with(|| dyad_model::CitedPassage {
                document_id: stored.key.document,
                passage: stored.key.passage,
                title: summary.title.clone(),
                date: summary.date.clone(),
                publisher: summary.publisher.clone(),
                url: summary.url.clone(),
                locator: stored.passage_locator,
                text: stored.passage_text.clone(),
                codes: Vec::new(),
            })
            .codes
            .push(stored.code);
    }
    Ok(passages.into_values().collect())
}

/// Codes the stored passages that no codebook of the house codebook's name has read, with the version
/// of that name that coded last: on first use, and after documents are added. Returns the coder
/// (`name version`) when it coded, `None` when every passage was read already.
pub fn code_unread(store: &mut Store) -> Result<Option<String>, StoreError> {
    if store.passages_unread_by_codebook(&Codebook::bundled().name)? == 0 {
        return Ok(None);
    }
    let (codebook, text) = house_codebook(store)?;
    code_documents(store, &codebook, &text)?;
    Ok(Some(format!("{} {}", codebook.name, codebook.version)))
}
