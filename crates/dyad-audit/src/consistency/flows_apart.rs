//! A balance of trade stated apart from the flows that make it, written with one flow's figure.
//!
//! "In 2024 Pakistan's exports … came to USD 884 million. … In 2024 these imports came to USD 344
//! million. … The surplus in 2024 was USD 344 million": the text gives each flow and the balance of one
//! year in sentences of their own, and the balance is not exports less imports (884 − 344 = 540) but is
//! written as one of them. The year's flows must each have one figure in the text, and the balance's
//! sentence none of them (a sentence with all three is rule 3's).
//!
//! A balance that is no flow's figure but a slip of the pen of their difference ("a surplus of USD
//! 443 million" where USD 942 million less USD 509 million is 433) is a sum done wrong, reported as
//! arithmetic.

use dyad_text::claims::{Extraction, Quantity};

use dyad_model::claim::CheckKind;

use super::{clamped, flow_before, one_digit_apart, prose_period, reused, tolerance, transposed};
use crate::Finding;

/// **A balance written as one of its flows.** See the module's doc.
pub(super) fn balance_apart(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let flows: Vec<(&Quantity, &'static str, String)> = extraction
        .quantities
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.in_table && matches!(q.unit, "USD" | "PKR" | "AFN"))
        .filter_map(|(index, q)| {
            let (sentence_start, _) = extraction.sentences[q.sentence];
            let flow = flow_before(clamped(text, sentence_start, q.start))?;
            // A flow of no year of its own, no end of a change, is of the one year a title names
            // ("# Trade with Afghanistan in 2020").
            let period = prose_period(text, extraction, index).or_else(|| {
                if extraction
                    .changes
                    .iter()
                    .any(|c| c.from == index || c.to == index)
                {
                    return None;
                }
                super::title_year(text).map(|year| year.to_string())
            })?;
            Some((q, flow, period))
        })
        .collect();
    for (balance, _, period) in flows.iter().filter(|(_, flow, _)| *flow == "balance") {
        // The one figure of a flow for the balance's year and currency, from other sentences.
        let one_of = |name: &str| -> Option<&Quantity> {
            let figures: Vec<&Quantity> = flows
                .iter()
                .filter(|(q, flow, p)| {
                    *flow == name
                        && p == period
                        && q.unit == balance.unit
                        && q.sentence != balance.sentence
                })
                .map(|(q, _, _)| *q)
                .collect();
            let first = *figures.first()?;
            figures
                .iter()
                .all(|q| q.value == first.value)
                .then_some(first)
        };
        let in_its_sentence = flows.iter().any(|(q, flow, _)| {
            q.sentence == balance.sentence && matches!(*flow, "exports" | "imports")
        });
        let (Some(exports), Some(imports)) = (one_of("exports"), one_of("imports")) else {
            continue;
        };
        if in_its_sentence {
            continue;
        }
        let difference = (exports.value - imports.value).abs();
        let allowed = tolerance(exports) + tolerance(imports) + tolerance(balance);
        if (difference - balance.value).abs() <= allowed {
            continue;
        }
        let written = |q: &Quantity| &text[q.start..q.end];
        let Some((flow, copy)) = [("exports", exports), ("imports", imports)]
            .into_iter()
            .find(|(_, q)| written(q) == written(balance))
        else {
            // Not a flow's figure: a balance written as a slip of the pen of the difference ("a
            // surplus of USD 443 million" where 942 less 509 is 433) is a sum done wrong.
            // The difference at the balance's scale ("USD 443 million" is written in millions).
            let balance_digits: String = written(balance)
                .chars()
                .filter(char::is_ascii_digit)
                .collect();
            let scale = balance_digits
                .parse::<f64>()
                .ok()
                .filter(|n| *n > 0.0)
                .map_or(1.0, |n| balance.value / n);
            let at_scale = difference / scale;
            // A balance of a wider measure ("on goods and services", "including transit") or with
            // another partner ("With Iran, Pakistan ran a deficit") is not these flows' difference.
            let said = super::sentence_text(text, extraction, balance.sentence);
            let words: Vec<&str> = said
                .split(|c: char| !c.is_alphanumeric())
                .filter(|w| !w.is_empty())
                .collect();
            let wider = words.iter().any(|w| {
                matches!(
                    w.to_ascii_lowercase().as_str(),
                    "services"
                        | "including"
                        | "includes"
                        | "transit"
                        | "overall"
                        | "world"
                        | "global"
                )
            });
            let another_partner = words.windows(2).any(|w| {
                matches!(
                    w[0].to_ascii_lowercase().as_str(),
                    "with" | "to" | "from" | "against"
                ) && w[1].starts_with(char::is_uppercase)
                    && !w[1].starts_with("Afghan")
                    && !w[1].starts_with("Pakistan")
            });
            let difference_written = format!("{}", at_scale.round());
            if !wider
                && !another_partner
                && (at_scale - at_scale.round()).abs() < 1e-6
                && (one_digit_apart(&balance_digits, &difference_written)
                    || transposed(&balance_digits, &difference_written))
            {
                findings.push(Finding::new(
                    text,
                    CheckKind::Arithmetic,
                    (balance.start, balance.end),
                    vec![exports.value, imports.value, balance.value],
                    vec![
                        extraction.claim(text, balance),
                        extraction.claim(text, exports),
                        extraction.claim(text, imports),
                    ],
                    format!(
                        "exports of `{}` and imports of `{}` leave a balance of {difference_written}{}, not `{}`",
                        written(exports),
                        written(imports),
                        match scale {
                            1e3 => " thousand",
                            1e6 => " million",
                            1e9 => " billion",
                            _ => "",
                        },
                        written(balance)
                    ),
                ));
            }
            continue;
        };
        let balance_is = format!("the balance, which its flows make {difference}");
        let (first, second) = if copy.start < balance.start {
            ((copy, flow), (*balance, balance_is.as_str()))
        } else {
            ((*balance, balance_is.as_str()), (copy, flow))
        };
        findings.push(reused(
            text,
            extraction,
            (first.0, second.0),
            (first.1, second.1),
        ));
    }
}
