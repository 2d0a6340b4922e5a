//! A person's age, or another count, given again as the years they have worked at a trade.
//!
//! "Mr Abdul Ghani, aged 46, … has driven this road for 46 years": no one has driven, taught or
//! traded since the day they were born, so a figure that is both a person's age and the length of
//! their working life was copied from one to the other. And "My father opened this workshop in 1985
//! … Tonight there are 70 craftsmen … For 70 years he has run the workshop": the years since a dated
//! start are the text's own year less the start's, and the figure given them is another count's.

use dyad_text::claims::{Extraction, Quantity, lower_words};

use super::{clamped, reused};
use crate::Finding;

/// Verbs of a working life: what a person does for years as a trade, not what they do from birth
/// ("lived", "known").
const WORKED: &[&str] = &[
    "driven",
    "drove",
    "driving",
    "worked",
    "working",
    "taught",
    "teaching",
    "traded",
    "trading",
    "served",
    "serving",
    "run",
    "ran",
    "running",
    "farmed",
    "farming",
    "managed",
    "practised",
    "practiced",
    "hauled",
    "carved",
    "woven",
    "weaving",
    "baked",
    "baking",
    "stitched",
    "sewn",
    "fished",
    "mined",
    "dug",
    "cooked",
    "sold",
    "selling",
    "kept",
    "carried",
    "led",
    "painted",
    "repaired",
    "built",
    "cut",
];

/// **Number reuse.** See the module's doc. The age is "aged N", "N years old", "N-year-old" or
/// "age N"; the working years are "for N years" within five words of a verb of work; both in the
/// same paragraph or the next.
pub(super) fn age_given_to_years_of_work(
    text: &str,
    extraction: &Extraction,
    findings: &mut Vec<Finding>,
) {
    let counts: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.unit == "count" && (14.0..=110.0).contains(&q.value))
        .collect();
    for age in counts.iter().filter(|q| is_an_age(text, q)) {
        for years in counts
            .iter()
            .filter(|q| q.start > age.end && q.value == age.value)
        {
            if years.sentence > age.sentence + 6 {
                break;
            }
            if worked_for(text, years) {
                findings.push(reused(
                    text,
                    extraction,
                    (age, years),
                    ("a person's age", "the years of their work"),
                ));
                return;
            }
        }
    }
}

/// Verbs that date the start of a working life or a business: "opened this workshop in 1985".
const STARTED: &[&str] = &[
    "opened",
    "founded",
    "started",
    "established",
    "began",
    "set",
    "launched",
];

/// **Number reuse.** A working span ("for 70 years he has run the workshop") that the text's dated
/// start makes another length (opened in 1985, in a text whose latest year is 2025: forty years), given
/// the figure of another count said in the same sentence or the two before ("70 craftsmen").
pub(super) fn span_given_another_count(
    text: &str,
    extraction: &Extraction,
    findings: &mut Vec<Finding>,
) {
    let Some(now) = extraction.years.iter().map(|(_, _, year)| *year).max() else {
        return;
    };
    for (index, span) in extraction.quantities.iter().enumerate() {
        if span.in_table
            || span.unit != "count"
            || !clamped(text, span.end, span.end + 6).eq_ignore_ascii_case(" years")
            || !(worked_for(text, span) || works_after(text, span))
        {
            continue;
        }
        // The dated start, in the sentence or the three before: a verb of starting and one year.
        let first = span.sentence.saturating_sub(3);
        let started = (first..=span.sentence).rev().find_map(|sentence| {
            let (start, end) = extraction.sentences[sentence];
            let words = lower_words(&text[start..end]);
            let years: Vec<i32> = extraction
                .years
                .iter()
                .filter(|(at, _, _)| (start..end).contains(at))
                .map(|(_, _, year)| *year)
                .collect();
            match years.as_slice() {
                [year] if words.iter().any(|w| STARTED.contains(&w.as_str())) => Some(*year),
                _ => None,
            }
        });
        let Some(started) = started.filter(|year| *year < now) else {
            continue;
        };
        let since = f64::from(now - started);
        if (span.value - since).abs() <= 1.0 {
            continue;
        }
        let other = extraction.quantities[..index].iter().rev().find(|q| {
            !q.in_table
                && q.unit == "count"
                && q.value == span.value
                && q.sentence + 2 >= span.sentence
                && !worked_for(text, q)
        });
        if let Some(other) = other {
            findings.push(reused(
                text,
                extraction,
                (other, span),
                ("another count", &format!("the years since {started}")),
            ));
        }
    }
}

/// Whether a figure opens a working span said before its verb: "For 70 years he has run the workshop".
fn works_after(text: &str, quantity: &Quantity) -> bool {
    // Read only a figure followed by "years".
    if !clamped(text, quantity.end, quantity.end + 6).eq_ignore_ascii_case(" years") {
        return false;
    }
    let before = lower_words(clamped(
        text,
        quantity.start.saturating_sub(12),
        quantity.start,
    ));
    let after = lower_words(clamped(text, quantity.end, quantity.end + 48));
    before.last().is_some_and(|w| w == "for")
        && after.first().is_some_and(|w| w == "years")
        && after
            .iter()
            .skip(1)
            .take(5)
            .any(|w| WORKED.contains(&w.as_str()))
}

/// Whether a figure is a person's age: "aged 46", "age 46", "46 years old", "46-year-old".
fn is_an_age(text: &str, quantity: &Quantity) -> bool {
    let before = lower_words(clamped(
        text,
        quantity.start.saturating_sub(12),
        quantity.start,
    ));
    let after = clamped(text, quantity.end, quantity.end + 16).to_lowercase();
    matches!(before.last().map(String::as_str), Some("aged" | "age"))
        || after.starts_with(" years old")
        || after.starts_with("-year-old")
        || after.starts_with(" year-old")
}

/// Whether a figure is the length of a working life: "for 46 years" with a verb of work within the
/// five words before "for".
fn worked_for(text: &str, quantity: &Quantity) -> bool {
    let after = clamped(text, quantity.end, quantity.end + 8).to_lowercase();
    if !after.starts_with(" years") {
        return false;
    }
    let before = lower_words(clamped(
        text,
        quantity.start.saturating_sub(60),
        quantity.start,
    ));
    let [.., last] = &before[..] else {
        return false;
    };
    last == "for"
        && before
            .iter()
            .rev()
            .skip(1)
            .take(5)
            .any(|w| WORKED.contains(&w.as_str()))
}

#[cfg(test)]
mod tests {
    use dyad_model::claim::CheckKind;

    use crate::consistency::tests::kinds_found as kinds;

    #[test]
    fn an_age_given_again_as_the_years_of_a_trade() {
        assert_eq!(
            kinds("Haji Karim, aged 52, says he has traded dried fruit at Chaman for 52 years."),
            [CheckKind::NumberReuse]
        );
        // Years of a working life short of the age, or years of living somewhere, are no slip.
        assert!(
            kinds("Haji Karim, aged 52, says he has traded dried fruit at Chaman for 32 years.")
                .is_empty()
        );
        assert!(kinds("Haji Karim, aged 52, has lived in Chaman for 52 years.").is_empty());
    }

    #[test]
    fn another_count_given_to_the_years_since_a_dated_start() {
        let speech = |years: &str| {
            format!(
                "Speech of December 2025. My father opened this workshop in 1985 with three apprentices. Tonight there are 70 craftsmen at these tables. For {years} years he has run the workshop himself."
            )
        };
        assert_eq!(kinds(&speech("70")), [CheckKind::NumberReuse]);
        // The years since 1985 are forty; a figure that is no other count's is left alone.
        assert!(kinds(&speech("40")).is_empty());
        assert!(kinds(&speech("50")).is_empty());
    }
}
