//! Sums of numbered items that a later line names by their numbers.
//!
//! "**1. Stock.** … Rs 14.0 million", "**2. Cash** … Rs 2.5 million", "**3. Money owed to us** … Rs
//! 5.5 million, of which …", then "**4. Wealth on which zakat is due** (items 1 to 3): Rs 23.0
//! million": the line that names a run of items ("items 1 to 3", "lines 2 through 5") sums the first
//! figure of each item's own line, in its unit. It is flagged when the sum misses the figure beyond
//! the rounding of every figure; an item whose line has no figure of that unit leaves the sum unread.

use dyad_model::claim::CheckKind;
use dyad_text::claims::{Extraction, Quantity, lower_words};

use super::{clamped, tolerance};
use crate::Finding;

/// The run of items a line names: "items 1 to 3", "lines 2 through 5", "items 1–4", with the byte
/// where the phrase starts and where it ends.
fn runs_named(text: &str) -> Vec<(usize, usize, u32, u32)> {
    let lowered = text.to_ascii_lowercase();
    let mut runs = Vec::new();
    for noun in ["items ", "lines "] {
        for (at, _) in lowered.match_indices(noun) {
            let rest = &lowered[at + noun.len()..];
            let first_len = rest.chars().take_while(char::is_ascii_digit).count();
            let Ok(first) = rest[..first_len].parse::<u32>() else {
                continue;
            };
            let after = &rest[first_len..];
            let Some(link) = [" to ", " through ", "-", "–", " – "]
                .iter()
                .find(|link| after.starts_with(**link))
            else {
                continue;
            };
            let tail = &after[link.len()..];
            let last_len = tail.chars().take_while(char::is_ascii_digit).count();
            let Ok(last) = tail[..last_len].parse::<u32>() else {
                continue;
            };
            if first < last && last - first < 20 {
                let end = at + noun.len() + first_len + link.len() + last_len;
                runs.push((at, end, first, last));
            }
        }
    }
    runs
}

/// The line of a numbered item: one that opens, past emphasis or a list's marker, with the number
/// and a full stop or bracket ("**1. Stock.**", "2) Cash"), and the byte where its words start.
fn item_line(text: &str, number: u32) -> Option<(usize, usize)> {
    let mut found = None;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_start_matches([' ', '*', '#', '-', '\t']);
        let lead = line.len() - body.len();
        let number_text = number.to_string();
        if let Some(rest) = body.strip_prefix(number_text.as_str())
            && (rest.starts_with(". ") || rest.starts_with(") ") || rest.starts_with(".**"))
        {
            // Two lines of one number: not a list the run can name.
            if found.is_some() {
                return None;
            }
            found = Some((offset + lead + number_text.len() + 1, offset + line.len()));
        }
        offset += line.len();
    }
    found
}

/// **Arithmetic of numbered items.** See the module's doc.
pub(super) fn numbered_items(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let prose: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table)
        .collect();
    for (start, end, first, last) in runs_named(text) {
        let line_end = text[end..].find('\n').map_or(text.len(), |at| end + at);
        let line_start = text[..start].rfind('\n').map_or(0, |at| at + 1);
        // The sum: the first figure after the run, on its line, a sum of money, with nothing but a
        // word of summing between ("(items 1 to 3): Rs 23.0 million", "items 2 through 4 came to
        // …"). A line that names an average, a change or a count of something else, or that holds
        // another figure before the run ("For our 10 trucks, items 1 to 3 came to …"), is no sum.
        let Some(total) = prose
            .iter()
            .find(|q| q.start >= end && q.end <= line_end && q.unit != "percent")
        else {
            continue;
        };
        let link_words = lower_words(&text[end..total.start]);
        let summing = link_words.iter().all(|w| {
            matches!(
                w.as_str(),
                "came"
                    | "come"
                    | "comes"
                    | "to"
                    | "is"
                    | "are"
                    | "total"
                    | "totals"
                    | "sum"
                    | "make"
                    | "makes"
                    | "of"
                    | "in"
                    | "all"
            )
        });
        let lead = lower_words(&text[line_start..start]);
        let another_reading = lead.iter().any(|w| {
            matches!(
                w.as_str(),
                "average"
                    | "mean"
                    | "change"
                    | "rise"
                    | "fall"
                    | "errors"
                    | "error"
                    | "less"
                    | "minus"
                    | "difference"
            )
        });
        // The line's own number ("4." of "**4. Wealth …") is no figure.
        let line = &text[line_start..start];
        let body = line.trim_start_matches([' ', '*', '#', '-', '\t']);
        let number_end = line_start
            + (line.len() - body.len())
            + body.chars().take_while(char::is_ascii_digit).count();
        let figure_before = prose.iter().any(|q| {
            q.start >= line_start && q.end <= start && q.unit != "percent" && q.end > number_end
        });
        if !matches!(total.unit, "USD" | "PKR" | "AFN")
            || !summing
            || another_reading
            || figure_before
        {
            continue;
        }
        let mut parts: Vec<&Quantity> = Vec::new();
        for number in first..=last {
            let Some((words, item_end)) = item_line(text, number) else {
                break;
            };
            // Items stand before the line that sums them.
            if item_end > start {
                break;
            }
            // The item's first sum that is no price of one ("400 bags at Rs 35,000 each: Rs 14.0
            // million").
            let a_price = |q: &Quantity| {
                let after = lower_words(clamped(text, q.end, q.end + 16));
                matches!(
                    after.first().map(String::as_str),
                    Some("each" | "a" | "an" | "per" | "apiece")
                )
            };
            match prose.iter().find(|q| {
                q.start >= words && q.end <= item_end && q.unit == total.unit && !a_price(q)
            }) {
                Some(part) => parts.push(part),
                None => break,
            }
        }
        if parts.len() != (last - first + 1) as usize {
            continue;
        }
        let sum: f64 = parts.iter().map(|q| q.value).sum();
        let allowed = parts.iter().map(|q| tolerance(q)).sum::<f64>() + tolerance(total);
        if (sum - total.value).abs() <= allowed {
            continue;
        }
        let written = &text[total.start..total.end];
        findings.push(Finding::new(
            text,
            CheckKind::Arithmetic,
            (start, total.end),
            parts.iter().map(|q| q.value).chain([total.value]).collect(),
            parts
                .iter()
                .chain([total])
                .map(|q| extraction.claim(text, q))
                .collect(),
            format!(
                "items {first} to {last} add up to {sum}, not `{written}` ({})",
                total.value
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use dyad_model::claim::CheckKind;

    use crate::consistency::tests::kinds_found;

    #[test]
    fn a_line_that_sums_items_by_their_numbers() {
        let items = "**1. Stock.** Finished goods at cost: Rs 14.0 million.\n\n**2. Cash** at the bank: Rs 2.5 million.\n\n**3. Owed to us** by dealers: Rs 5.5 million, of which Rs 3.0 million by one dealer.\n\n";
        assert_eq!(
            kinds_found(&format!(
                "{items}**4. Wealth due** (items 1 to 3): Rs 23.0 million.\n"
            )),
            [CheckKind::Arithmetic]
        );
        assert!(
            kinds_found(&format!(
                "{items}**4. Wealth due** (items 1 to 3): Rs 22.0 million.\n"
            ))
            .is_empty()
        );
        // An item with no sum of money leaves the run unread.
        assert!(
            kinds_found("1. Stock: 40 crates.\n2. Cash: Rs 2.5 million.\n3. Total (items 1 to 2): Rs 9 million.\n")
                .is_empty()
        );
    }
}
