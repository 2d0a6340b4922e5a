//! The references as BibTeX and as CSL-JSON, for the reference managers researchers use.

use dyad_findings::Reference;

/// The citation key: the reference id without its `ref-` prefix.
pub fn key(reference: &Reference) -> &str {
    reference.id.trim_start_matches("ref-")
}

fn tex(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        match c {
            '&' | '%' | '$' | '#' | '_' | '{' | '}' => {
                out.push('\\');
                out.push(c);
            }
            '~' => out.push_str("\\textasciitilde{}"),
            '^' => out.push_str("\\textasciicircum{}"),
            '\\' => out.push_str("\\textbackslash{}"),
            _ => out.push(c),
        }
    }
    out
}

/// BibTeX: one `@misc` entry per reference, the publisher as a corporate author.
pub fn bibtex(references: &[Reference]) -> String {
    let mut out = String::new();
    for r in references {
        out.push_str(&format!("@misc{{{},\n", key(r)));
        out.push_str(&format!("  author = {{{{{}}}}},\n", tex(&r.publisher)));
        out.push_str(&format!("  title = {{{{{}}}}},\n", tex(&r.title)));
        if let Some(year) = r.year {
            out.push_str(&format!("  year = {{{year}}},\n"));
        }
        if !r.url.is_empty() {
            out.push_str(&format!("  url = {{{}}},\n", r.url));
        }
        let mut note = Vec::new();
        if !r.releases.is_empty() {
            note.push(format!("Releases: {}", r.releases.join("; ")));
        }
        if !r.licence.is_empty() {
            note.push(format!("Licence: {}", r.licence));
        }
        if !note.is_empty() {
            out.push_str(&format!("  note = {{{}}},\n", tex(&note.join(". "))));
        }
        out.push_str("}\n\n");
    }
    out
}

/// CSL-JSON: one `dataset` item per reference.
pub fn csl_json(references: &[Reference]) -> String {
    let items: Vec<serde_json::Value> = references
        .iter()
        .map(|r| {
            let mut item = serde_json::json!({
                "id": key(r),
                "type": "dataset",
                "author": [{"literal": r.publisher}],
                "title": r.title,
            });
            if let Some(year) = r.year {
                item["issued"] = serde_json::json!({"date-parts": [[year]]});
            }
            if !r.url.is_empty() {
                item["URL"] = serde_json::json!(r.url);
            }
            if !r.releases.is_empty() {
                item["version"] = serde_json::json!(r.releases.join("; "));
            }
            if !r.licence.is_empty() {
                item["note"] = serde_json::json!(format!("Licence: {}", r.licence));
            }
            item
        })
        .collect();
    let mut text = serde_json::to_string_pretty(&items).unwrap_or_else(|_| "[]".to_string());
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reference() -> Reference {
        Reference {
            id: "ref-unhcr-refugee-data-finder-population".into(),
            publisher: "UNHCR".into(),
            title: "Refugee Data Finder: population & demographics_2".into(),
            releases: vec!["Global Trends 2022, released 2023-06-14".into()],
            year: Some(2026),
            url: "https://www.unhcr.org/refugee-statistics/".into(),
            licence: "CC BY 4.0".into(),
            n_items: 1,
        }
    }

    #[test]
    fn bibtex_escapes_and_keys() {
        let text = bibtex(&[reference()]);
        assert!(text.starts_with("@misc{unhcr-refugee-data-finder-population,\n"));
        assert!(text.contains("title = {{Refugee Data Finder: population \\& demographics\\_2}}"));
        assert!(text.contains("year = {2026}"));
        assert_eq!(text.matches('{').count(), text.matches('}').count());
    }

    #[test]
    fn csl_json_is_an_array_of_datasets() {
        let value: serde_json::Value = serde_json::from_str(&csl_json(&[reference()])).unwrap();
        assert_eq!(value[0]["type"], "dataset");
        assert_eq!(value[0]["id"], "unhcr-refugee-data-finder-population");
        assert_eq!(value[0]["issued"]["date-parts"][0][0], 2026);
        assert_eq!(value[0]["author"][0]["literal"], "UNHCR");
    }
}
