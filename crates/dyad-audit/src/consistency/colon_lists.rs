//! A whole counted before a colon and its parts listed after it.
//!
//! "We cleared 412 outbound trucks: 86 of cement, 134 of fresh fruit and vegetables, 41 of poultry
//! feed, 23 of medicines, 19 of steel bars and 97 of other goods.": the whole names its noun, and
//! each part is a count of that noun by kind, its noun left out ("86 of cement") or said again ("86
//! trucks of cement"). The list runs to the end of the sentence with three parts or more, so that it
//! gives every part. It is flagged when the parts do not add up to the whole.

use dyad_model::claim::{CheckKind, Hedge};
use dyad_text::claims::{Extraction, Quantity, lower_words};

use super::{clamped, singular};
use crate::Finding;

/// Words that make a list some of the whole's parts, not all of them.
const SOME_OF: &[&str] = &[
    "including",
    "include",
    "includes",
    "among",
    "such",
    "notably",
    "mainly",
    "mostly",
    "largest",
    "biggest",
    "top",
    "main",
    "rest",
    "remaining",
    "remainder",
    "others",
];

/// **A whole before a colon and its parts after it.** See the module's doc.
pub(super) fn colon_lists(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for (sentence, &(start, end)) in extraction.sentences.iter().enumerate() {
        let said = &text[start..end];
        let Some(colon) = said.find(": ") else {
            continue;
        };
        let colon = start + colon;
        let figures: Vec<&Quantity> = extraction
            .in_sentence(sentence)
            .map(|i| &extraction.quantities[i])
            .filter(|q| !q.in_table)
            .collect();
        // The whole: the last figure before the colon, a plain count with its noun right after it.
        let Some(whole) = figures.iter().rev().find(|q| q.end <= colon) else {
            continue;
        };
        let lead_to_colon = lower_words(clamped(text, whole.end, colon));
        let Some(noun) = lead_to_colon.last().map(|w| singular(w)) else {
            continue;
        };
        if whole.unit != "count" || whole.hedge != Hedge::None || lead_to_colon.len() > 3 {
            continue;
        }
        let parts: Vec<&Quantity> = figures
            .iter()
            .copied()
            .filter(|q| q.start > colon)
            .collect();
        // Every part a count of the whole's noun by kind: "86 of cement" or "86 trucks of cement",
        // each opening its item.
        let by_kind = |q: &&Quantity| {
            let after = lower_words(clamped(text, q.end, q.end + 24));
            q.unit == "count"
                && q.hedge == Hedge::None
                && match after.as_slice() {
                    // "180 of them women", "340 of the households": groups that may overlap, or
                    // parts of another whole.
                    [of, whose, ..]
                        if of == "of"
                            && matches!(
                                whose.as_str(),
                                "them" | "the" | "whom" | "which" | "these"
                            ) =>
                    {
                        false
                    }
                    [of, ..] if of == "of" => true,
                    [own, of, ..] if of == "of" => singular(own) == noun,
                    _ => false,
                }
        };
        let rest = text[colon..end].to_lowercase();
        let some_of = lower_words(&rest)
            .iter()
            .chain(lead_to_colon.iter())
            .any(|w| SOME_OF.contains(&w.as_str()));
        // A part inside brackets, or one given of another ("192 of mixed goods, 12 of them sent
        // back"), is a part of a part.
        let nested = rest.contains('(') || rest.contains(" of them") || rest.contains(" of which");
        if parts.len() < 3 || !parts.iter().all(by_kind) || some_of || nested || rest.contains(';')
        {
            continue;
        }
        let sum: f64 = parts.iter().map(|q| q.value).sum();
        if (sum - whole.value).abs() < 0.5 {
            continue;
        }
        let last = parts.last().expect("three parts");
        findings.push(Finding::new(
            text,
            CheckKind::Arithmetic,
            (whole.start, last.end),
            parts.iter().map(|q| q.value).chain([whole.value]).collect(),
            std::iter::once(whole)
                .chain(parts.iter())
                .map(|q| extraction.claim(text, q))
                .collect(),
            format!(
                "the parts listed after `{}` add up to {sum}",
                &text[whole.start..whole.end]
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use dyad_model::claim::CheckKind;

    use crate::consistency::tests::kinds_found;

    #[test]
    fn a_whole_before_a_colon_and_its_parts() {
        assert_eq!(
            kinds_found(
                "We cleared 412 outbound trucks: 86 of cement, 134 of fresh fruit, 41 of poultry feed, 23 of medicines, 19 of steel bars and 97 of other goods."
            ),
            [CheckKind::Arithmetic]
        );
        for clean in [
            "We cleared 400 outbound trucks: 86 of cement, 134 of fresh fruit, 41 of poultry feed, 23 of medicines, 19 of steel bars and 97 of other goods.",
            // Some of the parts, said so.
            "We cleared 412 outbound trucks, including: 86 of cement, 134 of fresh fruit and 41 of poultry feed.",
            // Two parts may leave the rest unsaid.
            "We cleared 412 outbound trucks: 86 of cement and 134 of fresh fruit.",
            // Parts of another noun.
            "We cleared 412 outbound trucks: 86 tonnes of cement, 134 tonnes of fruit and 41 tonnes of feed.",
        ] {
            assert!(kinds_found(clean).is_empty(), "{clean}");
        }
    }
}
