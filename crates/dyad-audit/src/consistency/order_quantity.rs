//! The quantity of a tender or an order, given in its schedule and again in prose with another value.
//!
//! "The mill invites sealed bids … for the supply of 50,000 jute sacks … 2. Quantity: 40,000 sacks, in
//! bales of 250": a notice that asks for one lot states its quantity once in its schedule, so prose
//! that names the supply, order or purchase of the same goods with another figure contradicts it.
//! Only a text with one line labelled "Quantity" is read, and only prose figures of the same noun
//! right after "supply of", "order for" and the like; a rate ("10,000 sacks a month") is no quantity
//! of the order.

use dyad_text::claims::{Extraction, Quantity, lower_words};

use super::{agrees, clamped, singular, stated_twice, word_after};
use crate::Finding;

/// Words that name what an order's quantity is of, right before "of" or "for".
const ORDERS: &[&str] = &[
    "supply",
    "order",
    "purchase",
    "procurement",
    "delivery",
    "tender",
];

/// The figure a line labelled "Quantity" gives ("2. Quantity: 40,000 sacks", "- **Qty:** 500
/// bags"), when the text has exactly one such line.
fn scheduled<'e>(text: &str, extraction: &'e Extraction) -> Option<&'e Quantity> {
    let mut found = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let start = offset;
        offset += line.len();
        let bare = line
            .trim_start()
            .trim_start_matches(|c: char| c.is_ascii_digit() || matches!(c, '.' | ')' | '-' | '*'))
            .trim_start()
            .trim_start_matches('*');
        let lowered = bare.to_ascii_lowercase();
        let Some(rest) = ["quantity required:", "quantity:", "qty:", "qty.:"]
            .iter()
            .find_map(|label| lowered.strip_prefix(label))
        else {
            continue;
        };
        if found.is_some() {
            return None;
        }
        let rest_at = start + (line.len() - rest.len());
        let rest_at = rest_at.min(offset);
        found = extraction
            .quantities
            .iter()
            .find(|q| !q.in_table && q.start >= rest_at && q.start < offset)
            .filter(|q| {
                clamped(text, rest_at, q.start)
                    .trim_matches(['*', ' '])
                    .is_empty()
            });
        found?;
    }
    found
}

/// **An order's quantity given twice.** See the module's doc.
pub(super) fn order_quantity(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let Some(ordered) = scheduled(text, extraction) else {
        return;
    };
    let Some(noun) = word_after(text, extraction, ordered).map(|w| singular(&w)) else {
        return;
    };
    for q in &extraction.quantities {
        if q.in_table || q.start == ordered.start || q.unit != ordered.unit {
            continue;
        }
        // The same goods, with "supply of", "order for" right before (a word of kind between:
        // "the supply of 50,000 jute sacks").
        let lead = lower_words(clamped(text, q.start.saturating_sub(40), q.start));
        let of_an_order = matches!(
            lead.as_slice(),
            [.., order, of] if ORDERS.contains(&order.as_str()) && matches!(of.as_str(), "of" | "for")
        );
        let words = lower_words(clamped(text, q.end, q.end + 48));
        let counted: Vec<String> = words.iter().take(3).map(|w| singular(w)).collect();
        let same_goods = counted.contains(&noun);
        let a_rate = words.windows(2).take(4).any(|w| {
            matches!(w[0].as_str(), "a" | "per" | "each" | "every")
                && matches!(
                    w[1].as_str(),
                    "day" | "week" | "month" | "year" | "season" | "lot" | "truck"
                )
        });
        if !of_an_order
            || !same_goods
            || a_rate
            || agrees(q, ordered.value)
            || agrees(ordered, q.value)
        {
            continue;
        }
        let (first, second) = if q.start < ordered.start {
            (q, ordered)
        } else {
            (ordered, q)
        };
        findings.push(stated_twice(
            text,
            extraction,
            (first, second),
            &format!(
                "the quantities of {} ordered",
                super::per_unit::plural(&noun)
            ),
            ", in the prose and in the schedule",
        ));
    }
}
