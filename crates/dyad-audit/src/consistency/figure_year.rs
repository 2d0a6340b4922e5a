//! The year a figure's own words give it, read from its clause rather than its sentence.
//!
//! [`super::prose_period`] dates a figure for the checks that key figures by measure and period: a
//! change's years, then the year after the figure, then the nearest before it in the sentence.
//! `own_year` is stricter, for checks that set two figures of two years against each other: the year
//! its own clause opens with ("In 2023 I took 900,000 tins"), a range of years ("Between 2021 and
//! 2023") giving it none, and a year that leads on into the next figure ("and in 2024 it was 1.02
//! million") given to that figure. Tried in its place, `prose_period` found two fewer defects of the
//! labelled sets (three lost, one gained) and flagged one of the seventeenth review's correct
//! passages.

use dyad_text::claims::{Extraction, Quantity, lower_words};

use super::{clamped, figures_in, offset_in, own_stretch, sentence_text, years_in};

/// The one year a figure's own words give it: the year after it before the next figure or the end of
/// its clause ("9,000 bales in 2023"), or else the one year of its own stretch of the sentence, or else
/// the one year its sentence names before its figures ("Year 2025: thirty tonnes, Rs 365 a kilo").
pub(super) fn own_year(text: &str, extraction: &Extraction, quantity: &Quantity) -> Option<i32> {
    let stretch = own_stretch(text, extraction, quantity);
    let stretch_start = offset_in(text, stretch);
    let stretch_end = stretch_start + stretch.len();
    let whole_after = clamped(text, quantity.end, stretch_end);
    let mut segments = whole_after.split([';', ',', '.', ':']);
    let after = segments.next().unwrap_or("");
    // "In 2023 I took 900,000 tins": a year in the figure's own clause before it is its year.
    let clause_lead = clamped(text, stretch_start, quantity.start);
    let clause_lead = clause_lead
        .rsplit([';', ',', ':', '.'])
        .next()
        .unwrap_or("")
        .rsplit(" and ")
        .next()
        .unwrap_or("");
    let mut lead_years = years_in(clause_lead);
    lead_years.dedup();
    // "Between 2021 and 2023 we sold 1,100": a range of years gives its figure no one year.
    let lead_words = lower_words(
        clamped(text, stretch_start, quantity.start)
            .rsplit([';', ',', ':', '.'])
            .next()
            .unwrap_or(""),
    );
    let ranged = lead_words.iter().enumerate().any(|(at, w)| {
        matches!(
            w.as_str(),
            "between" | "since" | "until" | "till" | "through"
        ) || w == "from"
            && lead_words
                .get(at + 1)
                .is_some_and(|next| !years_in(next).is_empty())
    });
    if ranged {
        return None;
    }
    if let [year] = lead_years[..] {
        return Some(year);
    }
    // "Rs 2,900 a kilo now, in January 2026": a date of its own after a comma, at the end of the
    // sentence, is the figure's; "boxes; in 2025, 1.5 million" gives the next figure its year.
    let (_, sentence_end) = extraction.sentences[quantity.sentence];
    if years_in(after).is_empty()
        && whole_after.starts_with(|c: char| c != ';')
        && after.len() < whole_after.len()
        && whole_after[after.len()..].starts_with(',')
        && stretch_end >= sentence_end
        && let Some(next) = segments.next()
    {
        let words = lower_words(next);
        let month = words.len() == 3 && dyad_text::claims::month_number(&words[1]).is_some();
        if (words.len() == 2 || month)
            && words[0] == "in"
            && let [year] = years_in(words.last().map_or("", String::as_str))[..]
        {
            return Some(year);
        }
    }
    let after_words = lower_words(after);
    if let Some(at) = after_words.iter().position(|w| years_in(w).len() == 1) {
        // The year stands close after the figure: "bales in 2023", "tonnes in Sindh and Punjab in
        // 2024"; but a year that leads on into the next figure ("tins from you and in 2024 it was
        // 1.02 million") is that figure's.
        let leads_on = after.len() == whole_after.len()
            && stretch_end < sentence_end
            && after_words.len() > at + 1
            && at >= 2
            && after_words[at - 1] == "in"
            && matches!(
                after_words[at - 2].as_str(),
                "and" | "but" | "while" | "whereas"
            );
        // A year far after the figure is another clause's, unless nothing breaks between them.
        let joined = !after_words[..at]
            .iter()
            .any(|w| matches!(w.as_str(), "and" | "but" | "while" | "whereas" | "when"));
        if (at <= 6 || at <= 9 && joined) && !leads_on {
            return years_in(&after_words[at]).first().copied();
        }
        return None;
    }
    let lead = clamped(text, stretch_start, quantity.start);
    let lead = lead.rsplit([';', '.']).next().unwrap_or("");
    let mut years = years_in(lead);
    years.dedup();
    if let [year] = years[..] {
        return Some(year);
    }
    if !years.is_empty() {
        return None;
    }
    // The sentence's one year, named before all its figures.
    let (sentence_start, _) = extraction.sentences[quantity.sentence];
    let sentence = sentence_text(text, extraction, quantity.sentence);
    let mut years = years_in(sentence);
    years.dedup();
    let [year] = years[..] else {
        return None;
    };
    let first_figure = figures_in(extraction, (sentence_start, quantity.end))
        .iter()
        .filter(|q| q.sentence == quantity.sentence && !q.in_table)
        .filter(|q| years_in(&text[q.start..q.end]).is_empty())
        .map(|q| q.start)
        .min()?;
    let year_at = sentence_start + sentence.find(&year.to_string())?;
    (year_at < first_figure).then_some(year)
}
