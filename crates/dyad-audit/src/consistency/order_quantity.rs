//! The quantity of a tender or an order, given in its schedule and again in prose with another value.
//!
//! "The mill invites sealed bids … for the supply of 50,000 jute sacks … 2. Quantity: 40,000 sacks, in
//! bales of 250": a notice that asks for one lot states its quantity once in its schedule, so prose
//! that names the supply, order or purchase of the same goods with another figure contradicts it.
//! Only a text with one line labelled "Quantity" is read, and only prose figures of the same noun
//! right after "supply of", "order for" and the like; a rate ("10,000 sacks a month") is no quantity
//! of the order.
//!
//! So is the size of a single lot, consignment or shipment that a text speaks of as one thing
//! throughout ("one lot of urea fertiliser, 4,200 bags … The lot of 4,800 bags will be sold whole").

use dyad_text::claims::{Extraction, Quantity, lower_words};

use super::{agrees, clamped, singular, stated_twice, word_after};
use crate::Finding;

/// Words that name what an order's quantity is of, right before "of" or "for".
const ORDERS: &[&str] = &["supply", "order", "purchase", "procurement", "tender"];

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
        // Another order than this one: "Its last order for 8,000 tarpaulins, placed in 2023".
        let another_order = lead
            .iter()
            .rev()
            .take(4)
            .any(|w| ONE_OF_SEVERAL.contains(&w.as_str()) || w == "past")
            || !super::years_in(super::sentence_text(text, extraction, q.sentence)).is_empty();
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
            || another_order
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

/// Words for one lot of goods that a text may speak of as one thing throughout.
const LOTS: &[&str] = &["lot", "consignment", "shipment", "cargo", "batch", "parcel"];

/// Words that make a lot one of several: "each lot", "the second consignment", "another batch".
const ONE_OF_SEVERAL: &[&str] = &[
    "each",
    "every",
    "another",
    "other",
    "first",
    "second",
    "third",
    "next",
    "last",
    "previous",
    "earlier",
    "later",
    "new",
    "old",
    "smaller",
    "larger",
    "bigger",
    "remaining",
];

/// **One lot given two sizes.** "The collectorate will sell one lot of urea fertiliser, 4,200 bags
/// of 50 kg each … The lot of 4,800 bags will be sold whole": a text that speaks of a single lot
/// (never of lots, nor of a lot among others) gives its size once, so two sizes of the same goods are
/// a slip. A size is read from "lot of 4,800 bags" and from "one lot of urea fertiliser, 4,200 bags".
pub(super) fn one_lot_twice(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let words = lower_words(text);
    for lot in LOTS {
        let plural = format!("{lot}s");
        let said = words.iter().filter(|w| w.as_str() == *lot).count();
        // A text that names the lot twenty times or more speaks of many.
        if said > 20 {
            continue;
        }
        // "A consignment of 6,000 bags … A consignment of 4,000 bags": each new one is brought in
        // with an article; "this year's shipment", "the first truck's cargo" is one of several; a
        // lot "split" is several after.
        let introduced = words
            .windows(2)
            .filter(|w| w[1] == *lot && matches!(w[0].as_str(), "a" | "an"))
            .count();
        let possessed = text.match_indices(lot).any(|(at, _)| {
            let before = text[..at].trim_end();
            before.ends_with("'s") || before.ends_with("’s")
        });
        if said < 2
            || introduced > 1
            || possessed
            || words.iter().any(|w| w.starts_with("split"))
            || words.contains(&plural)
            || words
                .windows(2)
                .any(|w| w[1] == *lot && ONE_OF_SEVERAL.contains(&w[0].as_str()))
            // "Lot 2", "lot No. 14": numbered lots are several.
            || words.windows(2).any(|w| {
                w[0] == *lot && (w[1].parse::<u32>().is_ok() || matches!(w[1].as_str(), "no" | "number"))
            })
        {
            continue;
        }
        let sizes: Vec<(&Quantity, String)> = extraction
            .quantities
            .iter()
            .filter(|q| {
                !q.in_table && q.unit == "count" && q.hedge == dyad_model::claim::Hedge::None
            })
            .filter_map(|q| {
                let (sentence_start, _) = extraction.sentences[q.sentence];
                // Only a figure whose sentence names the lot before it: a look at the raw words
                // first.
                let prefix = clamped(text, sentence_start, q.start);
                let capitalised = format!("{}{}", lot[..1].to_ascii_uppercase(), &lot[1..]);
                if !prefix.contains(lot) && !prefix.contains(&capitalised) {
                    return None;
                }
                let lead = lower_words(prefix);
                let at = lead.iter().rposition(|w| w == lot)?;
                let between = &lead[at + 1..];
                // "lot of 4,800 bags", or "one lot of urea fertiliser, 4,200 bags" (its goods in
                // at most three words, then the size after a comma).
                let right_after = between.len() == 1 && between[0] == "of";
                let apposed = between.first().is_some_and(|w| w == "of")
                    && (2..=4).contains(&between.len())
                    && clamped(text, sentence_start, q.start)
                        .trim_end()
                        .ends_with(',');
                if !(right_after || apposed) {
                    return None;
                }
                let noun = singular(&word_after(text, extraction, q)?);
                Some((q, noun))
            })
            .collect();
        for (position, (a, noun)) in sizes.iter().enumerate() {
            let Some((b, _)) = sizes[position + 1..]
                .iter()
                .find(|(b, other)| other == noun && b.sentence != a.sentence)
            else {
                continue;
            };
            if agrees(a, b.value) || agrees(b, a.value) {
                continue;
            }
            findings.push(stated_twice(
                text,
                extraction,
                (a, b),
                &format!("the sizes of the one {lot}"),
                "",
            ));
            return;
        }
    }
}
