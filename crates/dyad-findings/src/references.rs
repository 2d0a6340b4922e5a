//! The report's references: one entry per dataset or page the evidence came from, with the releases
//! read, the licence, and a stable key.

use std::collections::BTreeMap;

use dyad_model::{Evidence, SourceRef};

use crate::model::Reference;

/// The key a cell or figure names its source by: `publisher: dataset`.
pub fn source_key(source: &SourceRef) -> String {
    format!("{}: {}", source.publisher, source.dataset)
}

fn slug(text: &str) -> String {
    let mut slug = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            slug.push(c.to_ascii_lowercase());
        } else if !slug.ends_with('-') && !slug.is_empty() {
            slug.push('-');
        }
    }
    slug.trim_end_matches('-').to_string()
}

/// The references known, and the order in which the report first cites them.
#[derive(Debug, Default)]
pub struct References {
    entries: BTreeMap<String, Reference>,
    cited: Vec<String>,
}

impl References {
    /// Registers every source of `evidence`, with its releases.
    pub fn new<'e>(evidence: impl IntoIterator<Item = &'e Evidence>) -> References {
        let mut entries: BTreeMap<String, Reference> = BTreeMap::new();
        let mut used_ids: BTreeMap<String, String> = BTreeMap::new();
        for e in evidence {
            let source = &e.provenance.source;
            let key = source_key(source);
            let entry = entries.entry(key.clone()).or_insert_with(|| {
                // The publisher's short name, if it gives one in parentheses, keeps keys short.
                let short = source
                    .publisher
                    .strip_suffix(')')
                    .and_then(|p| p.rsplit_once(" ("))
                    .map(|(_, acronym)| acronym)
                    .filter(|a| !a.contains(' ') && a.len() <= 8)
                    .unwrap_or(source.publisher.as_str());
                let mut id: String = format!("ref-{}-{}", slug(short), slug(&source.dataset))
                    .chars()
                    .take(60)
                    .collect();
                id = id.trim_end_matches('-').to_string();
                let base = id.clone();
                let mut n = 2;
                while used_ids.get(&id).is_some_and(|k| *k != key) {
                    id = format!("{base}-{n}");
                    n += 1;
                }
                used_ids.insert(id.clone(), key.clone());
                Reference {
                    id,
                    publisher: source.publisher.clone(),
                    title: source.dataset.clone(),
                    releases: Vec::new(),
                    year: None,
                    url: source.url.clone(),
                    licence: source.licence.clone(),
                    n_items: 0,
                }
            });
            entry.n_items += 1;
            for release in source.vintage.split("; ") {
                let release = if release == source.vintage_date {
                    release.to_string()
                } else {
                    SourceRef {
                        vintage: release.to_string(),
                        ..source.clone()
                    }
                    .release()
                };
                if !release.is_empty() && !entry.releases.contains(&release) {
                    entry.releases.push(release);
                }
            }
            let year = source
                .vintage_date
                .get(..4)
                .and_then(|y| y.parse::<i32>().ok());
            if year > entry.year {
                entry.year = year;
            }
            if entry.url.is_empty() {
                entry.url = source.url.clone();
            }
        }
        for entry in entries.values_mut() {
            entry.releases.sort();
        }
        References {
            entries,
            cited: Vec::new(),
        }
    }

    /// Cites a source; returns its reference id.
    pub fn cite(&mut self, source: &SourceRef) -> String {
        self.cite_key(&source_key(source))
    }

    /// Cites a source by its key (`publisher: dataset`, as cells name it); returns its reference id.
    /// A key the evidence never named gets an entry of its own, so nothing cited is left without one.
    pub fn cite_key(&mut self, key: &str) -> String {
        if !self.entries.contains_key(key) {
            let (publisher, title) = key.split_once(": ").unwrap_or((key, ""));
            self.entries.insert(
                key.to_string(),
                Reference {
                    id: format!("ref-{}", slug(key)).chars().take(60).collect(),
                    publisher: publisher.to_string(),
                    title: title.to_string(),
                    releases: Vec::new(),
                    year: None,
                    url: String::new(),
                    licence: String::new(),
                    n_items: 0,
                },
            );
        }
        if !self.cited.iter().any(|k| k == key) {
            self.cited.push(key.to_string());
        }
        self.entries[key].id.clone()
    }

    /// Cites every source a cell names (`a: b; c: d`), returning their ids.
    pub fn cite_cell(&mut self, sources: &str) -> Vec<String> {
        if sources.is_empty() {
            return Vec::new();
        }
        let mut ids = Vec::new();
        for key in self.split_keys(sources) {
            let id = self.cite_key(&key);
            if !ids.contains(&id) {
                ids.push(id);
            }
        }
        ids
    }

    /// Splits a cell's source list into known keys; a dataset name may itself hold `; `, so known keys
    /// are matched first.
    fn split_keys(&self, sources: &str) -> Vec<String> {
        let mut keys = Vec::new();
        let mut rest = sources;
        while !rest.is_empty() {
            let known = self
                .entries
                .keys()
                .filter(|k| rest.starts_with(k.as_str()))
                .max_by_key(|k| k.len());
            let (key, tail) = match known {
                Some(k) => (k.clone(), &rest[k.len()..]),
                None => match rest.split_once("; ") {
                    Some((head, tail)) => (head.to_string(), tail),
                    None => (rest.to_string(), ""),
                },
            };
            keys.push(key);
            rest = tail.strip_prefix("; ").unwrap_or(tail);
        }
        keys
    }

    /// The cited references, in the order of first citation.
    pub fn into_cited(self) -> Vec<Reference> {
        self.cited
            .iter()
            .map(|key| self.entries[key].clone())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_splitting() {
        assert_eq!(
            slug("UNHCR: Refugee Data Finder, population"),
            "unhcr-refugee-data-finder-population"
        );
        let source = SourceRef {
            publisher: "Uppsala Conflict Data Program (UCDP)".into(),
            dataset: "UCDP Battle-Related Deaths Dataset (dyadic)".into(),
            vintage: "24.1".into(),
            vintage_date: String::new(),
            url: String::new(),
            licence: "CC BY 4.0".into(),
        };
        let evidence = Evidence {
            observation: dyad_model::Observation {
                indicator: "x".into(),
                subject: "y".into(),
                period: None,
                value: dyad_model::Value::text("1"),
                unit: String::new(),
                concept: String::new(),
                basis: String::new(),
                agency: String::new(),
                status: dyad_model::Status::Observed,
                note: String::new(),
            },
            provenance: dyad_model::Provenance {
                source,
                locator: String::new(),
                file_sha256: String::new(),
                file_name: String::new(),
                ingested_at: String::new(),
            },
        };
        let mut references = References::new([&evidence]);
        let ids = references.cite_cell(
            "Uppsala Conflict Data Program (UCDP): UCDP Battle-Related Deaths Dataset (dyadic); Somebody: Something",
        );
        assert_eq!(
            ids,
            [
                "ref-ucdp-ucdp-battle-related-deaths-dataset-dyadic",
                "ref-somebody-something"
            ]
        );
        let cited = references.into_cited();
        assert_eq!(cited.len(), 2);
        assert_eq!(cited[0].releases, ["24.1"]);
        assert_eq!(cited[0].licence, "CC BY 4.0");
    }
}
