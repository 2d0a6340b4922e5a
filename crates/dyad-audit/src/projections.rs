//! Finds the projections a text states: a figure its sentence puts in the future ("trade will reach USD 5
//! billion by 2025"), with the indicator, subject and year it is about, for the scorecard.

use dyad_model::pair::Pair;
use dyad_model::period::Period;
use dyad_text::claims::{Extraction, Quantity};

/// Words that put a sentence's figure in the future.
const FUTURE_WORDS: &[&str] = &[
    "will",
    "expected",
    "expects",
    "projected",
    "projects",
    "projection",
    "forecast",
    "forecasts",
    "target",
    "targets",
    "aim",
    "aims",
    "goal",
    "plans",
    "planned",
    "set to",
    "could reach",
    "likely to",
];

/// A projection stated in a text.
#[derive(Debug, Clone, PartialEq)]
pub struct StatedProjection {
    /// The indicator (`trade.total`, `trade.exports`, `trade.imports`, `refugees.registered`).
    pub indicator: &'static str,
    /// The subject, in the evidence base's form (`PAK-AFG`, `PAK→AFG`, `AFG→PAK`).
    pub subject: String,
    /// The year it is for.
    pub period: Period,
    /// The value in the claim's base unit (dollars, persons).
    pub value: f64,
    /// `USD` or `count`.
    pub unit: &'static str,
    /// The byte span of the figure.
    pub span: (usize, usize),
    /// The sentence that states it.
    pub sentence: String,
}

/// The projections of `text`: each figure in a sentence with a word of the future and a year after
/// `written` (the year the text was written; any year when unknown) that says what it is about: trade
/// between the pair (two-way, or a flow whose direction the sentence names) in dollars, or registered
/// refugees. A figure the words do not place is left out, never guessed.
pub fn projections(
    text: &str,
    extraction: &Extraction,
    pair: &Pair,
    written: Option<i32>,
) -> Vec<StatedProjection> {
    let mut found = Vec::new();
    for (index, quantity) in extraction.quantities.iter().enumerate() {
        if quantity.in_table || quantity.unplaced {
            continue;
        }
        let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
        let sentence = &text[sentence_start..sentence_end];
        let lowered = sentence.to_lowercase();
        let words: Vec<&str> = lowered
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        let future = FUTURE_WORDS.iter().any(|marker| {
            if marker.contains(' ') {
                lowered.contains(marker)
            } else {
                words.contains(marker)
            }
        });
        if !future {
            continue;
        }
        let Some(year) = target_year(extraction, quantity, written) else {
            continue;
        };
        let Some((indicator, subject)) = about(text, extraction, index, pair) else {
            continue;
        };
        found.push(StatedProjection {
            indicator,
            subject,
            period: Period::Year(year),
            value: quantity.value,
            unit: quantity.unit,
            span: (quantity.start, quantity.end),
            sentence: sentence.trim().to_string(),
        });
    }
    found
}

/// The year a future figure is for: the last year of its sentence after "by", "in" or "until" that is
/// later than the year the text was written.
fn target_year(extraction: &Extraction, quantity: &Quantity, written: Option<i32>) -> Option<i32> {
    let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
    extraction
        .years
        .iter()
        .filter(|(start, _, _)| sentence_start <= *start && *start < sentence_end)
        .map(|(_, _, year)| *year)
        .rfind(|year| written.is_none_or(|w| *year > w))
}

/// What a figure is about: trade in dollars (two-way, or a flow the sentence names), or a count of
/// registered refugees.
fn about(
    text: &str,
    extraction: &Extraction,
    index: usize,
    pair: &Pair,
) -> Option<(&'static str, String)> {
    let quantity = &extraction.quantities[index];
    let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
    let lowered = text[sentence_start..sentence_end].to_lowercase();
    match quantity.unit {
        "USD" => {
            let indicator = match crate::consistency::flow_before(crate::consistency::clamped(
                text,
                sentence_start,
                quantity.start,
            ))? {
                "trade" => {
                    return Some(("trade.total", format!("{}-{}", pair.first, pair.second)));
                }
                "exports" => "trade.exports",
                "imports" => "trade.imports",
                _ => return None,
            };
            let subject = extraction
                .claim(text, quantity)
                .about
                .subject
                .filter(|s| s.contains('→'))?;
            Some((indicator, subject))
        }
        "count" if lowered.contains("refugee") && lowered.contains("regist") => Some((
            "refugees.registered",
            format!("{}→{}", pair.second, pair.first),
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_text::claims::extract;

    fn found(text: &str, written: Option<i32>) -> Vec<String> {
        let pair = Pair {
            first: "PAK".to_string(),
            second: "AFG".to_string(),
        };
        projections(text, &extract(text), &pair, written)
            .iter()
            .map(|p| format!("{} {} {} {}", p.indicator, p.subject, p.period, p.value))
            .collect()
    }

    #[test]
    fn future_figures_with_what_they_are_about() {
        assert_eq!(
            found(
                "Bilateral trade is expected to reach USD 5 billion by 2025.",
                Some(2021)
            ),
            ["trade.total PAK-AFG 2025 5000000000"]
        );
        assert_eq!(
            found(
                "Pakistan's exports to Afghanistan will reach USD 2 billion in 2024.",
                Some(2022)
            ),
            ["trade.exports PAK→AFG 2024 2000000000"]
        );
        assert_eq!(
            found(
                "UNHCR projects 1.5 million registered refugees in 2025.",
                None
            ),
            ["refugees.registered AFG→PAK 2025 1500000"]
        );
        // The past, a year before the text was written, and a figure the words do not place: nothing.
        assert!(
            found(
                "Bilateral trade reached USD 1.5 billion in 2023.",
                Some(2024)
            )
            .is_empty()
        );
        assert!(
            found(
                "Bilateral trade will reach USD 5 billion by 2020.",
                Some(2021)
            )
            .is_empty()
        );
        assert!(found("Officials expect 300 trucks a day by 2025.", Some(2021)).is_empty());
    }
}
