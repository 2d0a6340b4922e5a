//! Directions said apart from their figures: a clause that says a year's measure rose or fell, checked against the two years' figures its paragraph gives.
//!
//! "Nine thousand bales in 2023. Ten thousand four hundred in 2024. … our business took a dip in
//! 2024": the clause names the year and its direction and no figure; the figures stand, each with its
//! own year, in the sentences before it. The clause's years are read from its words ("in 2024" is
//! against the year before, "2024 was a leaner year than 2023", "a step down from 2022" after a
//! figure of 2023, "2025 outgrew 2024, at 2,500 tonnes against 3,600"), and its figures from the
//! paragraph up to the clause's sentence: one figure of each year, of one unit, or the check stays
//! silent.

use dyad_model::claim::{CheckKind, Hedge};
use dyad_text::claims::{
    Direction, Extraction, Quantity, direction_of, idiom_directions, lower_words,
};

use super::figure_year::own_year;
use super::{blank_lines, clamped, figures_in, own_stretch, years_in};
use crate::Finding;

/// Comparatives that say a measure stood higher or lower than before: "2024 was a leaner year than
/// 2023", "rosin got pricier in 2025". The second field says whether the word speaks of a price.
/// Words that judge rather than measure ("slower", "quieter", "poorer", "stronger") are left out: a
/// slower clearance is a longer wait, a larger figure.
const COMPARATIVES: &[(&str, Direction, bool)] = &[
    ("pricier", Direction::Up, true),
    ("dearer", Direction::Up, true),
    ("costlier", Direction::Up, true),
    ("cheaper", Direction::Down, true),
    ("busier", Direction::Up, false),
    ("bigger", Direction::Up, false),
    ("larger", Direction::Up, false),
    ("fuller", Direction::Up, false),
    ("leaner", Direction::Down, false),
    ("smaller", Direction::Down, false),
    ("thinner", Direction::Down, false),
    ("slacker", Direction::Down, false),
    ("fatter", Direction::Up, false),
    ("plumper", Direction::Up, false),
    ("slimmer", Direction::Down, false),
    ("skinnier", Direction::Down, false),
    ("higher", Direction::Up, false),
    ("lower", Direction::Down, false),
];

/// Verbs by which one year beats or trails another: "2025 outgrew 2024".
const OUTDOING: &[(&str, Direction)] = &[
    ("outgrew", Direction::Up),
    ("outsold", Direction::Up),
    ("outstripped", Direction::Up),
    ("outpaced", Direction::Up),
    ("outdid", Direction::Up),
    ("outperformed", Direction::Up),
    ("surpassed", Direction::Up),
    ("eclipsed", Direction::Up),
    ("bettered", Direction::Up),
    ("exceeded", Direction::Up),
    ("overtook", Direction::Up),
    ("trailed", Direction::Down),
    ("lagged", Direction::Down),
];

/// Words that make a clause no statement of what happened: a negation, a condition, a forecast.
const NOT_SAID: &[&str] = &[
    "not",
    "no",
    "never",
    "nor",
    "neither",
    "hardly",
    "barely",
    "if",
    "unless",
    "whether",
    "would",
    "could",
    "might",
    "may",
    "should",
    "will",
    "expect",
    "expected",
    "expects",
    "forecast",
    "forecasts",
    "projected",
    "projection",
    "plan",
    "planned",
    "hope",
    "hoped",
    "target",
    "likely",
    "feared",
    "fear",
    "predicted",
    "budget",
    "budgeted",
    // A wish, a claim or an impression: "wanted a busier season", "insisted that trade grew", "felt
    // like a busier year", "failed to grow".
    "hoping",
    "hopes",
    "want",
    "wanted",
    "wants",
    "wish",
    "wished",
    "insisted",
    "insists",
    "claimed",
    "claims",
    "claim",
    "felt",
    "feel",
    "feels",
    "seemed",
    "seems",
    "say",
    "says",
    "thought",
    "believe",
    "believed",
    "failed",
    "refused",
    "nothing",
    "nobody",
    "none",
    "instead",
    "otherwise",
    "headline",
    "asked",
    // "grown in importance" speaks of no figure.
    "importance",
    "significance",
    "stature",
    "standing",
    "popularity",
    "reputation",
    "prominence",
];

/// Words that name a year's trade in general: a clause of them speaks of any of its figures of goods
/// or of money.
const GENERAL: &[&str] = &["business", "sales", "trade", "turnover", "orders", "order"];

/// Words that name a year's money: a clause of them speaks of its sums only.
const MONEY_WORDS: &[&str] = &["earnings", "takings", "income", "revenue", "revenues"];

/// Words that name a measure other than the figures': a clause of them speaks of something else
/// ("Demand for our rice was stronger", "Afghanistan's share of our sales rose").
const OTHER_MEASURES: &[&str] = &[
    "demand",
    "supply",
    "share",
    "shares",
    "percent",
    "proportion",
    "profit",
    "profits",
    "margin",
    "margins",
    "interest",
    "quality",
    "value",
];

/// **Direction, said apart from its figures.** See the module's doc.
pub(super) fn directions_said_apart(
    text: &str,
    extraction: &Extraction,
    findings: &mut Vec<Finding>,
) {
    let blanks = blank_lines(text);
    for (sentence, &(start, end)) in extraction.sentences.iter().enumerate() {
        // Most sentences say no direction: one look at their words, without a copy, passes them over.
        if !may_say_a_direction(&text[start..end]) {
            continue;
        }
        for (clause_start, clause_end) in clauses(text, start, end) {
            let clause = &text[clause_start..clause_end];
            let Some(said) = said_of_years(text, extraction, (clause_start, (start, end)), clause)
            else {
                continue;
            };
            // The nearest paragraph that gives the two figures serves: the clause's own, then the
            // one before, then the one before that.
            let Some(((from, to), (from_year, to_year))) = (0..3).find_map(|back| {
                figures_of(
                    text,
                    extraction,
                    &said,
                    (
                        window_start(text, &blanks, clause_start, back),
                        clause_start,
                        clause_end,
                        sentence,
                    ),
                    &blanks,
                )
            }) else {
                continue;
            };
            // A change the extraction read between the same two years, with the clause's direction
            // as its verb, is judged by the direction check itself.
            if extraction.changes.iter().any(|change| {
                change.verb == Some(said.direction)
                    && change.from_year == Some(from_year)
                    && change.to_year == Some(to_year)
                    && extraction.quantities[change.to].sentence == sentence
            }) {
                continue;
            }
            // A year ago and now are the two times of a clause that names no year.
            let times = if said.relative && to_year < 1000 {
                ("a year ago".to_string(), "now".to_string())
            } else {
                (format!("in {from_year}"), format!("in {to_year}"))
            };
            // A clause that announces the figures after it spans them too ("that market is
            // slipping away: … 5,400 khes … in 2023, falling to 6,600 in 2024").
            let span_end = if said.of_the_next_clause {
                clause_end.max(from.end).max(to.end)
            } else {
                clause_end
            };
            findings.extend(contradicted(
                text,
                extraction,
                said.direction,
                (from, to),
                times,
                (clause_start, span_end),
            ));
        }
    }
    half_changes(text, extraction, &blanks, findings);
    said_after_a_change(text, extraction, findings);
}

/// Words that open a clause saying what a change before it amounts to.
const AMOUNTS_TO: &[&str] = &[
    "which means",
    "which meant",
    "meaning",
    "a year in which",
    "the year in which",
    "so that",
    "showing that",
    "in other words",
];

/// **A direction said of a change in the clause after it.** A change without a verb of direction
/// ("our sales went from 22,000 carriers in 2023 to 24,000 in 2024"), then a clause that says what it
/// amounts to ("which means the home trade slipped", "a year in which the home trade shrank"): one
/// direction, said of trade in general or of what the figures count.
fn said_after_a_change(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for change in &extraction.changes {
        if change.verb.is_some() {
            continue;
        }
        let (from, to) = (
            &extraction.quantities[change.from],
            &extraction.quantities[change.to],
        );
        let (_, sentence_end) = extraction.sentences[to.sentence];
        let after = clamped(text, change.end, sentence_end);
        // The change's end may carry its year ("to 24,000 in 2024"); then the comma.
        let Some(comma) = after.find(',') else {
            continue;
        };
        if !years_in(&after[..comma])
            .iter()
            .all(|y| Some(*y) == change.to_year)
            || after[..comma].split_whitespace().count() > 3
        {
            continue;
        }
        let rest = after[comma + 1..].trim_start();
        let rest_start = super::offset_in(text, rest);
        let lowered = rest.to_lowercase();
        let Some(lead) = AMOUNTS_TO.iter().find(|w| lowered.starts_with(*w)) else {
            continue;
        };
        let clause_len = rest[lead.len()..]
            .find([',', ';', '.', ':'])
            .map_or(rest.len(), |at| lead.len() + at);
        let clause = &rest[..clause_len];
        let words = lower_words(clause);
        // "for want of buyers" is a lack, no wish.
        let silenced = words.iter().enumerate().any(|(at, w)| {
            SILENCING.contains(w.as_str()) && !(w == "want" && at > 0 && words[at - 1] == "for")
        });
        if silenced || clause.contains("n't") {
            continue;
        }
        let mut directions: Vec<Direction> = words
            .iter()
            .filter_map(|w| direction_of(w))
            .chain(idiom_directions(clause))
            .collect();
        directions.dedup();
        let [direction] = directions[..] else {
            continue;
        };
        // Not of another measure ("the surplus grew", "the trade's share slipped"), nor the end of
        // a fall ("the slump is over"), nor of a place the change does not name ("trade through
        // Bandar Abbas rose"), nor after a change of prices.
        let (sentence_start, _) = extraction.sentences[to.sentence];
        let change_words = lower_words(clamped(text, sentence_start, change.end));
        let other = words.iter().any(|w| {
            matches!(
                w.as_str(),
                "surplus"
                    | "deficit"
                    | "balance"
                    | "gap"
                    | "over"
                    | "ended"
                    | "behind"
                    | "past"
                    | "through"
                    | "via"
                    | "price"
                    | "prices"
            )
        }) || change_words.iter().any(|w| {
            matches!(
                w.as_str(),
                "price" | "prices" | "rate" | "rates" | "cost" | "costs" | "wage" | "wages"
            )
        });
        let foreign_name = dyad_text::claims::word_spans(clause)
            .into_iter()
            .skip(1)
            .filter(|(_, w)| w.len() >= 3 && w.starts_with(char::is_uppercase))
            .any(|(_, w)| !change_words.contains(&w.to_lowercase()));
        // A trade the clause qualifies ("the home trade") is the change's only when the change's
        // sentence says so too ("At home, … our sales went from").
        let qualified_elsewhere = words
            .windows(2)
            .filter(|w| GENERAL.contains(&w[1].as_str()))
            .any(|w| {
                !matches!(
                    w[0].as_str(),
                    "the" | "our" | "their" | "its" | "this" | "that"
                ) && !change_words.contains(&w[0])
            });
        if other || foreign_name || qualified_elsewhere {
            continue;
        }
        let noun = |q: &Quantity| {
            lower_words(clamped(text, q.end, q.end + 30))
                .into_iter()
                .next()
                .unwrap_or_default()
        };
        let general = words.iter().any(|w| GENERAL.contains(&w.as_str()));
        let named = [noun(from), noun(to)]
            .iter()
            .any(|n| n.len() >= 4 && words.iter().any(|w| w == n));
        if !(general || named) {
            continue;
        }
        let times = match (change.from_year, change.to_year) {
            (Some(a), Some(b)) => (format!("in {a}"), format!("in {b}")),
            _ => ("at first".to_string(), "after".to_string()),
        };
        findings.extend(contradicted(
            text,
            extraction,
            direction,
            (from, to),
            times,
            (rest_start, rest_start + clause_len),
        ));
    }
}

/// Where the figures of a clause's years may stand: its paragraph and the `back` paragraphs before
/// it (a dialogue gives each speaker a paragraph), never across a heading.
fn window_start(text: &str, blanks: &[(usize, usize)], clause_start: usize, back: usize) -> usize {
    let paragraph_start = blanks
        .iter()
        .rev()
        .filter(|&&(_, line_end)| line_end <= clause_start)
        .nth(back)
        .map_or(0, |&(_, line_end)| line_end);
    let heading_end = text[paragraph_start..clause_start]
        .match_indices('\n')
        .filter(|(at, _)| text[paragraph_start + at + 1..].starts_with('#'))
        .map(|(at, _)| {
            let line_start = paragraph_start + at + 1;
            line_start + text[line_start..].find('\n').unwrap_or(0)
        })
        .next_back();
    heading_end.unwrap_or(paragraph_start)
}

/// A finding when two figures go the other way from the direction said of them, beyond their
/// rounding; `times` says when each figure is, for the explanation.
fn contradicted(
    text: &str,
    extraction: &Extraction,
    said: Direction,
    (from, to): (&Quantity, &Quantity),
    (from_when, to_when): (String, String),
    span: (usize, usize),
) -> Option<Finding> {
    let step = |q: &Quantity| match q.hedge {
        Hedge::None => q.precision / 2.0,
        _ => q.precision,
    };
    let actual = if to.value > from.value + step(from) + step(to) {
        Direction::Up
    } else if to.value < from.value - step(from) - step(to) {
        Direction::Down
    } else {
        return None;
    };
    if actual == said {
        return None;
    }
    let words = if said == Direction::Up {
        "a rise"
    } else {
        "a fall"
    };
    Some(Finding::new(
        text,
        CheckKind::Direction,
        span,
        vec![from.value, to.value],
        vec![extraction.claim(text, from), extraction.claim(text, to)],
        format!(
            "the words say {words}, but the figures go from `{}` {from_when} to `{}` {to_when}",
            &text[from.start..from.end],
            &text[to.start..to.end]
        ),
    ))
}

/// **Half a change.** A clause that says its measure rose or fell to one figure, and no figure it
/// started from ("This year our bales ascended to 16,300", "In 2023 they fell to USD 884 million"),
/// against the figure of the year before given earlier in its paragraph ("In 2024 we sold 27,900
/// bales"): one figure of that year, of the same unit, that counts what the clause names.
fn half_changes(
    text: &str,
    extraction: &Extraction,
    blanks: &[(usize, usize)],
    findings: &mut Vec<Finding>,
) {
    for (at, to) in extraction.quantities.iter().enumerate() {
        if to.in_table || to.value <= 0.0 || matches!(to.unit, "percent" | "fraction") {
            continue;
        }
        // Read further only after "<word of direction> to": most figures follow no such words.
        let near = lower_words(clamped(text, to.start.saturating_sub(40), to.start));
        if !matches!(&near[..], [.., verb, last] if last == "to" && direction_of(verb).is_some()) {
            continue;
        }
        // The figure follows "to", after a word of direction in its clause, with no "from".
        let (sentence_start, sentence_end) = extraction.sentences[to.sentence];
        let Some(&(clause_start, clause_end)) = clauses(text, sentence_start, sentence_end)
            .iter()
            .find(|&&(start, end)| start <= to.start && to.end <= end)
        else {
            continue;
        };
        let lead = &text[clause_start..to.start];
        let words = lower_words(lead);
        let [.., verb, last] = &words[..] else {
            continue;
        };
        let Some(direction) = direction_of(verb) else {
            continue;
        };
        if last != "to"
            || words
                .iter()
                .any(|w| NOT_SAID.contains(&w.as_str()) || w == "from")
            || figures_in(extraction, (clause_start, clause_end))
                .iter()
                .any(|q| {
                    q.sentence == to.sentence
                        && !std::ptr::eq(q, to)
                        && q.start < clause_end
                        && clause_start < q.end
                        && years_in(&text[q.start..q.end]).is_empty()
                })
            || extraction.changes.iter().any(|change| change.to == at)
        {
            continue;
        }
        // The clause's year: one it names, or this year, the text's own.
        let clause_words = format!(
            " {} ",
            lower_words(&text[clause_start..clause_end]).join(" ")
        );
        let to_year = match years_in(&text[clause_start..clause_end])[..] {
            [year] => year,
            [] if [" this year ", " now "]
                .iter()
                .any(|w| clause_words.contains(w)) =>
            {
                let Some(year) = super::document_year(text) else {
                    continue;
                };
                year
            }
            _ => continue,
        };
        // The figure of the year before, earlier in the window: one of that year and unit, whose
        // measure the clause names.
        let window = window_start(text, blanks, clause_start, 2);
        let measure = |q: &Quantity| {
            lower_words(clamped(text, q.end, q.end + 30))
                .into_iter()
                .next()
                .unwrap_or_default()
        };
        let earlier: Vec<&Quantity> = figures_in(extraction, (window, clause_start))
            .iter()
            .filter(|q| q.start >= window && q.end <= clause_start && !q.in_table)
            .filter(|q| q.unit == to.unit && years_in(&text[q.start..q.end]).is_empty())
            .filter(|q| own_year(text, extraction, q) == Some(to_year - 1))
            .collect();
        let [from] = earlier[..] else {
            continue;
        };
        // The measure is the verb's own subject: "our bales ascended to", not "the bales we sent to
        // Kandahar rose to" (a part of them) or "the sheep we kept back rose to".
        let named = measure(from);
        let subject = words[..words.len() - 2].iter().rev().find(|w| {
            !matches!(
                w.as_str(),
                "had" | "have" | "has" | "was" | "were" | "then" | "also"
            )
        });
        if named.len() < 3 || subject != Some(&named) {
            continue;
        }
        findings.extend(contradicted(
            text,
            extraction,
            direction,
            (from, to),
            (format!("in {}", to_year - 1), format!("in {to_year}")),
            (clause_start, clause_end),
        ));
    }
}

/// The words that leave a clause unread: [`NOT_SAID`] and [`OTHER_MEASURES`], looked up at once.
static SILENCING: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| NOT_SAID.iter().chain(OTHER_MEASURES).copied().collect());

/// The words of direction this check reads besides the verbs and idioms of change: its comparatives,
/// verbs of outdoing, nouns of fortune, and "up" and "down".
static OWN_WORDS: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        COMPARATIVES
            .iter()
            .map(|(w, _, _)| *w)
            .chain(OUTDOING.iter().map(|(w, _)| *w))
            .chain([
                "up",
                "down",
                "comedown",
                "letdown",
                "downturn",
                "downswing",
                "slump",
                "upswing",
                "upturn",
                "boom",
            ])
            .collect()
    });

/// Whether a stretch of text holds a word that may say a direction: a verb or noun of change, a
/// comparative, a verb of outdoing, "up" or "down", or the last word of an idiom.
fn may_say_a_direction(stretch: &str) -> bool {
    stretch
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 2 && w.bytes().all(|b| b.is_ascii_alphabetic()))
        .any(|w| {
            let lowered;
            let w = if w.bytes().any(|b| b.is_ascii_uppercase()) {
                lowered = w.to_ascii_lowercase();
                lowered.as_str()
            } else {
                w
            };
            OWN_WORDS.contains(w)
                || direction_of(w).is_some()
                || dyad_text::claims::ends_an_idiom(w)
        })
}

/// What a clause says of its years.
struct Said {
    direction: Direction,
    /// Whether the clause speaks of a price ("pricier", "the price").
    of_a_price: bool,
    /// The year the clause's direction ends in, and the year it starts from when the clause names
    /// it; a clause of one year ("took a dip in 2024") starts from the year before.
    to_year: Option<i32>,
    from_year: Option<i32>,
    /// The clause's words, lower case.
    words: Vec<String>,
    /// Whether the clause hangs on the figure before it ("USD 1,012 million in 2023, a step down from
    /// 2022").
    appositive: bool,
    /// Two figures after the clause, the first of its `to_year` and the second of its `from_year`
    /// ("2025 outgrew 2024, at 2,500 tonnes sold against 3,600").
    figures_after: bool,
    /// A clause that names no year says the direction of the two figures of the clause after it, each
    /// with its own year ("Our cutting has inched higher: we cut 4,720 stones in 2025, against 7,850
    /// in 2024").
    of_the_next_clause: bool,
    /// The index in `words` of the clause's first word of direction (its length when only an idiom
    /// says it).
    direction_at: usize,
    /// A clause whose subject is its first year ("2024 was a leaner year for us than 2023", "2025
    /// outgrew 2024"): it speaks of the year's trade as a whole.
    year_subject: bool,
    /// A clause that names no year and ends no colon ("bananas are cheaper than last year", "Plate
    /// is back on the up.") says the direction of two figures of one kind in its sentence or the one
    /// before or after it in its paragraph: of two years, or one said to be of a year ago and the
    /// other of now.
    relative: bool,
}

/// The clauses of a sentence: its stretches between commas, semicolons, colons, dashes, brackets,
/// full stops and "but".
fn clauses(text: &str, start: usize, end: usize) -> Vec<(usize, usize)> {
    let sentence = &text[start..end];
    let mut found = Vec::new();
    let mut from = 0;
    let bytes = sentence.as_bytes();
    let mut at = 0;
    while at < sentence.len() {
        let c = bytes[at];
        // A comma or full stop between digits is part of a number.
        let in_number = (c == b',' || c == b'.')
            && at > 0
            && bytes[at - 1].is_ascii_digit()
            && bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
        let cut = match c {
            b',' | b';' | b':' | b'(' | b')' | b'.' | b'!' | b'?' if !in_number => Some(1),
            _ if sentence[at..].starts_with(" but ") => Some(5),
            _ if sentence[at..].starts_with('—') => Some('—'.len_utf8()),
            _ => None,
        };
        match cut {
            Some(length) => {
                let piece = &sentence[from..at];
                let trimmed = piece.trim_start();
                let lead = piece.len() - trimmed.len();
                if !trimmed.trim_end().is_empty() {
                    found.push((
                        start + from + lead,
                        start + from + lead + trimmed.trim_end().len(),
                    ));
                }
                at += length;
                from = at;
            }
            None => at += 1,
        }
        while !sentence.is_char_boundary(at) {
            at += 1;
        }
    }
    let piece = &sentence[from..];
    let trimmed = piece.trim_start();
    if !trimmed.trim_end().is_empty() {
        let lead = piece.len() - trimmed.len();
        found.push((
            start + from + lead,
            start + from + lead + trimmed.trim_end().len(),
        ));
    }
    found
}

/// The direction a clause without figures says of its years, if it says one only and names them.
fn said_of_years(
    text: &str,
    extraction: &Extraction,
    (clause_start, sentence): (usize, (usize, usize)),
    clause: &str,
) -> Option<Said> {
    let clause_end = clause_start + clause.len();
    // A clause with a figure of its own is read by the change extraction; "those two years" counts
    // the years the clause speaks of, no figure.
    if figures_in(extraction, (clause_start, clause_end))
        .iter()
        .any(|q| {
            q.start < clause_end
                && clause_start < q.end
                && years_in(&text[q.start..q.end]).is_empty()
                && !(clamped(text, q.end, q.end + 7).starts_with(" years")
                    && ["those ", "these ", "the "]
                        .iter()
                        .any(|w| clamped(text, q.start.saturating_sub(w.len()), q.start) == *w))
        })
    {
        return None;
    }
    if !may_say_a_direction(clause) {
        return None;
    }
    let words = lower_words(clause);
    // A question or a quotation asserts nothing of the text's own: the sentence ends in "?", or
    // the clause stands inside quotation marks.
    let asked = text[sentence.0..sentence.1].trim_end().ends_with('?');
    let quoted = text[sentence.0..clause_start]
        .chars()
        .filter(|c| matches!(c, '"' | '\u{201c}' | '\u{201d}'))
        .count()
        % 2
        == 1
        || text[sentence.0..clause_start].contains(" '")
            && !text[sentence.0..clause_start].contains("' ");
    // "a dip that we hope the new year will mend": a wish in a relative clause after the direction
    // leaves the direction said.
    let first_said = words
        .iter()
        .position(|w| OWN_WORDS.contains(w.as_str()) || direction_of(w).is_some());
    let relative_after = first_said.and_then(|at| {
        words[at..]
            .iter()
            .position(|w| matches!(w.as_str(), "that" | "which"))
            .map(|offset| at + offset)
    });
    let read_words = &words[..relative_after.unwrap_or(words.len())];
    if read_words.iter().any(|w| SILENCING.contains(w.as_str()))
        || clause.contains("n't")
        || clause.contains("n’t")
        || asked
        || quoted
    {
        return None;
    }
    let mut directions: Vec<Direction> = Vec::new();
    let mut of_a_price = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "price"
                | "prices"
                | "rate"
                | "rates"
                | "bill"
                | "bills"
                | "cost"
                | "costs"
                | "charge"
                | "charges"
                | "fare"
                | "fares"
                | "rent"
                | "tariff"
        )
    });
    let mut outdoing = false;
    let mut comparative = false;
    let written = dyad_text::claims::word_spans(clause);
    let mut first_direction_at: Option<usize> = None;
    for (at, word) in words.iter().enumerate() {
        if first_direction_at.is_none() && !directions.is_empty() {
            first_direction_at = Some(at - 1);
        }
        let before = at.checked_sub(1).map_or("", |i| words[i].as_str());
        let after = words.get(at + 1).map_or("", String::as_str);
        // "to climb in 2025" is an aim, not a change.
        if before == "to" {
            continue;
        }
        if let Some(&(_, direction, price)) = COMPARATIVES.iter().find(|(w, _, _)| w == word) {
            // Said of the measure ("rosin got pricier", "2024 was a leaner year"), not of another
            // noun ("a bigger building", "higher studies", "Lower Dir").
            let capitalised = written
                .iter()
                .find(|(_, w)| w.eq_ignore_ascii_case(word))
                .is_some_and(|(_, w)| w.starts_with(char::is_uppercase));
            let predicative = matches!(
                before,
                "was"
                    | "were"
                    | "is"
                    | "are"
                    | "got"
                    | "grew"
                    | "became"
                    | "become"
                    | "turned"
                    | "been"
                    | "be"
                    | "much"
                    | "far"
                    | "even"
                    | "bit"
                    | "slightly"
                    | "still"
                    | "inched"
                    | "edged"
                    | "crept"
                    | "moved"
                    | "went"
                    | "ran"
            );
            let of_a_period = matches!(after, "year" | "season" | "month" | "quarter");
            if capitalised || !(predicative || of_a_period) {
                continue;
            }
            directions.push(direction);
            of_a_price |= price;
            comparative = true;
        } else if let Some(direction) = {
            // "2024 was a comedown after 2023", "Bannu had an upswing in 2025", "then came the
            // downswing".
            let came_the = before == "the"
                && at >= 2
                && matches!(words[at - 2].as_str(), "came" | "come" | "comes");
            match word.as_str() {
                "comedown" | "letdown" | "downturn" | "downswing" | "slump"
                    if matches!(before, "a" | "an") || came_the =>
                {
                    Some(Direction::Down)
                }
                "upswing" | "upturn" | "boom" if matches!(before, "a" | "an") || came_the => {
                    Some(Direction::Up)
                }
                _ => None,
            }
        } {
            directions.push(direction);
        } else if let Some(&(_, direction)) = OUTDOING.iter().find(|(w, _)| w == word) {
            directions.push(direction);
            outdoing = true;
        } else if matches!(word.as_str(), "up" | "down") {
            // "Up" and "down" say a direction after a verb of moving or a step ("a step down",
            // "went up"), not in "shut down" or "set up".
            if matches!(
                before,
                "step"
                    | "went"
                    | "was"
                    | "were"
                    | "is"
                    | "are"
                    | "came"
                    | "moved"
                    | "edged"
                    | "ticked"
                    | "crept"
                    | "inched"
                    | "notch"
                    | "gone"
                    | "come"
                    | "knocked"
                    | "marked"
            ) {
                directions.push(if word == "up" {
                    Direction::Up
                } else {
                    Direction::Down
                });
            }
        } else if let Some(direction) = direction_of(word) {
            // A word after a possessive is a noun, no change: "our cutting".
            if !matches!(before, "our" | "their" | "its" | "his" | "her" | "my") {
                directions.push(direction);
            }
        }
    }
    // Where the clause first says its direction, in its words: what it speaks of stands before.
    let direction_at = first_direction_at
        .or((!directions.is_empty()).then(|| words.len() - 1))
        .unwrap_or(words.len());
    directions.extend(idiom_directions(clause));
    directions.dedup();
    let [direction] = directions[..] else {
        return None;
    };
    // The clause's years, with the word before each.
    let years: Vec<(i32, String)> = words
        .iter()
        .enumerate()
        .filter(|(_, w)| w.len() == 4)
        .filter_map(|(at, w)| {
            let year = w
                .parse::<i32>()
                .ok()
                .filter(|y| (1990..=2100).contains(y))?;
            let before = at
                .checked_sub(1)
                .map_or(String::new(), |i| words[i].clone());
            Some((year, before))
        })
        .collect();
    let mut said = Said {
        direction,
        of_a_price,
        to_year: None,
        from_year: None,
        words: words.clone(),
        appositive: false,
        figures_after: false,
        of_the_next_clause: false,
        relative: false,
        year_subject: false,
        direction_at,
    };
    match years.as_slice() {
        // "Our cutting has inched higher: we cut …": a clause that names no year says the direction
        // of the figures after its colon or dash.
        [] if text[clause_end..].starts_with([':', '—']) => said.of_the_next_clause = true,
        // "The circle's sales are mushrooming, 9,600 pairs in 2024 and 6,000 pairs in 2025": after
        // a comma, a clause that opens with a figure.
        [] if text[clause_end..].starts_with(',')
            && text[clause_end + 1..]
                .trim_start()
                .starts_with(|c: char| c.is_ascii_digit()) =>
        {
            said.of_the_next_clause = true;
        }
        [] => said.relative = true,
        // "took a dip in 2024", "got pricier in 2025"; a verb of outdoing takes another thing as its
        // object here ("almonds outsold walnuts in 2024").
        [(year, before)]
            if before == "in" && !compared_with_another(&words, comparative) && !outdoing =>
        {
            said.to_year = Some(*year);
            said.from_year = Some(year - 1);
        }
        // "a step down from 2022", "a rise on 2023", after the figure of the later year.
        [(year, before)]
            if matches!(before.as_str(), "from" | "on" | "over" | "than")
                && matches!(words.first().map(String::as_str), Some("a" | "an")) =>
        {
            said.from_year = Some(*year);
            said.appositive = true;
        }
        [(first, first_before), (second, second_before)] if first != second => {
            let first_at = words.iter().position(|w| *w == first.to_string())?;
            let second_at = words.iter().rposition(|w| *w == second.to_string())?;
            let between = &words[first_at + 1..second_at];
            if (first_before == "from" && second_before == "to")
                || (first_before == "between" && second_before == "and")
            {
                said.from_year = Some(*first);
                said.to_year = Some(*second);
            } else if (outdoing && between.iter().any(|w| OUTDOING.iter().any(|(o, _)| o == w)))
                || (comparative && second_before == "than")
                // "in 2022 fell short of 2021", "2024 was a comedown after 2023", "2025 came in
                // below 2024": the first year set against the second.
                || (!matches!(first_before.as_str(), "from" | "since" | "between")
                    && (matches!(second_before.as_str(), "behind" | "below" | "above" | "past" | "after" | "over")
                        || second_before == "of" && between.iter().any(|w| w == "short")))
            {
                // "2025 outgrew 2024 only in profit": a measure named after the years is another.
                if words[second_at + 1..]
                    .iter()
                    .any(|w| matches!(w.as_str(), "in" | "only" | "by"))
                {
                    return None;
                }
                said.to_year = Some(*first);
                said.from_year = Some(*second);
                said.year_subject = first_at == 0;
                // The clause is the sentence's opening words, its figures after it.
                said.figures_after = true;
            } else {
                return None;
            }
        }
        _ => return None,
    }
    Some(said)
}

/// A comparative with no "than" and one year ("cheaper in 2025") compares with the year before; a
/// comparative with "than" and one year ("cheaper in 2025 than in Kabul") compares with something
/// else.
fn compared_with_another(words: &[String], comparative: bool) -> bool {
    comparative && words.iter().any(|w| w == "than")
}

/// Two figures, the start and the end of a change, and their years.
type YearPair<'e> = ((&'e Quantity, &'e Quantity), (i32, i32));

/// The two figures a clause's direction speaks of, and their years: from the paragraph up to the
/// clause's sentence, one figure of each year in one unit; or, for an appositive, the figure just
/// before it and one of the year it names; or two figures after the clause set against each other.
fn figures_of<'e>(
    text: &str,
    extraction: &'e Extraction,
    said: &Said,
    (paragraph_start, clause_start, clause_end, sentence): (usize, usize, usize, usize),
    blanks: &[(usize, usize)],
) -> Option<YearPair<'e>> {
    let (_, sentence_end) = extraction.sentences[sentence];
    let prose = |q: &&Quantity| {
        !q.in_table
            && q.value > 0.0
            && !matches!(q.unit, "percent" | "fraction")
            && years_in(&text[q.start..q.end]).is_empty()
    };
    if said.figures_after {
        // "2025 outgrew 2024, at 2,500 tonnes sold against 3,600": the next clause sets two figures
        // against each other, the first the clause's first year's.
        let after: Vec<&Quantity> = figures_in(extraction, (clause_end, sentence_end))
            .iter()
            .filter(|q| q.start >= clause_end && q.end <= sentence_end)
            .filter(prose)
            .collect();
        if let [first, second, ..] = after[..] {
            let between = clamped(text, first.end, second.start).to_lowercase();
            let joined = [
                " against ",
                " versus ",
                " vs ",
                " compared with ",
                " compared to ",
            ]
            .iter()
            .any(|w| between.contains(w));
            let lead = clamped(text, clause_end, first.start);
            if joined
                && first.unit == second.unit
                && years_in(lead).is_empty()
                && years_in(&between).is_empty()
                && !lead.contains(['.', ';'])
            {
                return Some(((second, first), (said.from_year?, said.to_year?)));
            }
        }
    }
    // The clause after this one, to the sentence's end, when this one names no year.
    let (window_start, window_end) = if said.of_the_next_clause {
        let next = clauses(text, clause_end, sentence_end);
        let &(next_start, _) = next.first()?;
        let opens_next = figures_in(extraction, (clause_end, sentence_end))
            .iter()
            .find(|q| q.start >= clause_end && q.end <= sentence_end)
            .is_some_and(|q| {
                next.first()
                    .is_some_and(|&(_, e)| q.start >= next_start && q.end <= e)
            });
        if !opens_next {
            return None;
        }
        (clause_end, sentence_end)
    } else if said.relative {
        // The sentence before and the one after, within the clause's own paragraph.
        let paragraph = super::paragraph_around(text, blanks, clause_start, clause_end);
        let paragraph_start = super::offset_in(text, paragraph);
        let paragraph_end = paragraph_start + paragraph.len();
        let start = extraction.sentences[sentence.saturating_sub(2)]
            .0
            .max(paragraph_start);
        let end = extraction
            .sentences
            .get(sentence + 1)
            .map_or(sentence_end, |&(_, end)| end)
            .min(paragraph_end);
        (start, end)
    } else {
        // The rest of the sentence serves too ("2024 was a comedown after 2023: the works sold 1,600
        // kg in 2023 and 1,900 kg in 2024"), unless it turns to a contrast.
        let rest = clamped(text, clause_end, sentence_end);
        let turns = lower_words(rest).iter().any(|w| {
            matches!(
                w.as_str(),
                "though"
                    | "although"
                    | "while"
                    | "but"
                    | "yet"
                    | "even"
                    | "still"
                    | "despite"
                    | "whereas"
                    | "however"
            )
        });
        (
            paragraph_start,
            if turns { clause_start } else { sentence_end },
        )
    };
    // A figure's time: its own year, or for a clause that names none, a year ago (1) or now (2).
    // Years serve a clause that names no year only when it speaks of time itself ("has strengthened
    // year on year", "cheaper than last year", "that year the works saw a surge", "between those
    // two years the trade was wasting away"); a running trend ("keeps sagging") may speak of the
    // time since the later year, and does not serve.
    let of_time = {
        let words = format!(" {} ", said.words.join(" "));
        [
            " year on year ",
            " last year ",
            " a year ago ",
            " this year ",
            " now ",
            " today ",
            " that year ",
            " those two years ",
            " those years ",
        ]
        .iter()
        .any(|w| words.contains(w))
            && !words.contains(" last year s ")
    };
    // A clause right after the later of two figures of its sentence, with only that figure's noun
    // and year between ("who had taken 70 tonnes in 2024 and 5 tonnes in 2025, saw his orders
    // climb"; "in 2024 we sent 60,000, a dip"), speaks of their years.
    let (sentence_start, _) = extraction.sentences[sentence];
    let right_after = said.relative
        && figures_in(extraction, (sentence_start, clause_start))
            .iter()
            .rfind(|q| q.end <= clause_start && !q.in_table)
            .is_some_and(|last| {
                let gap = clamped(text, last.end, clause_start);
                lower_words(gap).len() <= 3 && gap.trim_end().ends_with(',')
            });
    let time = |q: &Quantity| {
        if said.relative {
            relative_time(text, extraction, q).or_else(|| {
                (of_time || right_after)
                    .then(|| own_year(text, extraction, q))
                    .flatten()
            })
        } else {
            own_year(text, extraction, q)
        }
    };
    let before: Vec<(&Quantity, i32)> = figures_in(extraction, (window_start, window_end))
        .iter()
        .filter(|q| q.start >= window_start && q.end <= window_end)
        .filter(|q| q.end <= clause_start || q.start >= clause_end)
        .filter(prose)
        .filter_map(|q| Some((q, time(q)?)))
        .collect();
    // Right after two figures, the clause speaks of those two, the last before it.
    let before: Vec<(&Quantity, i32)> = if right_after && before.len() > 2 {
        let earlier: Vec<(&Quantity, i32)> = before
            .iter()
            .copied()
            .filter(|(q, _)| q.end <= clause_start)
            .collect();
        earlier[earlier.len().saturating_sub(2)..].to_vec()
    } else {
        before
    };
    let (from_year, to_year, last) = if said.appositive {
        // The figure just before the clause, with its own year right after it.
        let (last, year) = *before.last()?;
        let gap = clamped(text, last.end, clause_start);
        if gap.len() > 24 || !gap.contains(&year.to_string()) {
            return None;
        }
        (said.from_year?, year, Some(last))
    } else if said.of_the_next_clause || said.relative {
        // Two figures of one kind with two years, the earlier the start.
        let mut years: Vec<i32> = before.iter().map(|(_, y)| *y).collect();
        years.sort_unstable();
        years.dedup();
        let [from_year, to_year] = years[..] else {
            return None;
        };
        (from_year, to_year, None)
    } else {
        (said.from_year?, said.to_year?, None)
    };
    if from_year == to_year {
        return None;
    }
    // Figures of one kind: one unit, a price a unit or not.
    let per_unit = |q: &Quantity| {
        let after = clamped(text, q.end, q.end + 12).to_lowercase();
        [" a ", " an ", " per ", " each", "/"]
            .iter()
            .any(|w| after.starts_with(w))
    };
    // A figure followed by nothing of its own ("… and it is Rs 165,000 today", "Rs 1,650, so") is of
    // the kind of the figure it is set against.
    let says_no_kind = |q: &Quantity| {
        let after = clamped(text, q.end, q.end + 12);
        !after.starts_with(' ')
            || lower_words(after)
                .first()
                .is_none_or(|w| matches!(w.as_str(), "now" | "today"))
    };
    let measure = |q: &Quantity| {
        lower_words(clamped(text, q.end, q.end + 30))
            .into_iter()
            .next()
            .unwrap_or_default()
    };
    let mut pairs = Vec::new();
    for &(candidate, year) in &before {
        if year != to_year || last.is_some_and(|last| !std::ptr::eq(last, candidate)) {
            continue;
        }
        let of_year = |wanted: i32| {
            let alike: Vec<&Quantity> = before
                .iter()
                .filter(|(q, y)| {
                    *y == wanted
                        && q.unit == candidate.unit
                        && (per_unit(q) == per_unit(candidate)
                            || says_no_kind(q)
                            || says_no_kind(candidate))
                        && match (
                            price_basis(text, extraction, q),
                            price_basis(text, extraction, candidate),
                        ) {
                            (Some(a), Some(b)) => a == b,
                            _ => true,
                        }
                })
                .map(|(q, _)| *q)
                .collect();
            match alike[..] {
                [one] => Some(one),
                _ => None,
            }
        };
        if let (Some(from), Some(to)) = (of_year(from_year), of_year(to_year)) {
            pairs.push((from, to));
        }
    }
    pairs.dedup_by(|a, b| std::ptr::eq(a.0, b.0) && std::ptr::eq(a.1, b.1));
    // A price's words speak of prices; other words of totals. Among several kinds, the clause names
    // the one it means by its measure.
    let money = |q: &Quantity| !matches!(q.unit, "count");
    if said.of_a_price {
        pairs.retain(|(from, _)| money(from));
        if pairs.len() > 1 {
            pairs.retain(|(from, _)| per_unit(from));
        }
    } else if pairs.iter().any(|(from, _)| !per_unit(from)) {
        pairs.retain(|(from, _)| !per_unit(from));
    }
    // Prices a unit serve words that name no price only by a word of their own sentences ("Plate is
    // back on the up" over the price of plate), never by words of trade in general.
    let prices_by_name = !said.of_a_price && pairs.iter().all(|(from, _)| per_unit(from));
    if pairs.len() > 1 {
        pairs.retain(|(from, _)| said.words.contains(&measure(from)));
    }
    let [(from, to)] = pairs[..] else {
        return None;
    };
    // The two figures measure one thing: the same noun, unit of weight or flow of trade where both
    // name one, and a figure that names none says nothing after it but its time ("Ten thousand four
    // hundred in 2024.").
    let (measure_from, measure_to) = (
        super::measure_of(text, extraction, from),
        super::measure_of(text, extraction, to),
    );
    let elliptic = |q: &Quantity| {
        let after = clamped(text, q.end, q.end + 24).trim_start();
        after.is_empty()
            || after.starts_with(['.', ',', ';', ':', '!', ')'])
            || lower_words(after).first().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "in" | "a"
                        | "an"
                        | "per"
                        | "each"
                        | "now"
                        | "today"
                        | "last"
                        | "this"
                        | "against"
                )
            })
    };
    // "1,600 kg of resin in 2023 and 1,900 kg in 2024": a unit without its good is the good's.
    let same_measure = |a: &str, b: &str| {
        a == b || a.split(" of ").next() == Some(b) || b.split(" of ").next() == Some(a)
    };
    match (&measure_from, &measure_to) {
        (Some(a), Some(b)) if !same_measure(a, b) => return None,
        // An appositive ("a drop on 2023") reaches back to a figure that must say it measures the same.
        (None, _) | (_, None) if said.appositive => return None,
        (Some(_), None) if !elliptic(to) => return None,
        (None, Some(_)) if !elliptic(from) => return None,
        (None, None) if !(elliptic(from) && elliptic(to)) => return None,
        _ => {}
    }
    // The figures' sentences and the one before each ("A hard year on the road to Kandahar. Our
    // friends … took 260,000 cartons in 2024"), without the clause.
    let figure_text: String = [from.sentence, to.sentence]
        .iter()
        .flat_map(|&s| [s.saturating_sub(1), s])
        .map(|s| {
            let (s_start, s_end) = extraction.sentences[s];
            format!(
                "{} {}",
                clamped(text, s_start, clause_start.min(s_end)),
                clamped(text, clause_end.max(s_start), s_end)
            )
        })
        .collect::<Vec<_>>()
        .join(" ");
    let figure_words = lower_words(&figure_text);
    // A place or a name the clause gives must be one of the figures' ("Traffic at Torkham increased"
    // is not Chaman's 700 vehicles a day), and two countries stand in the same order ("Afghan exports
    // to Pakistan" are not "Pakistan's exports to Afghanistan").
    let clause_text = clamped(text, clause_start, clause_end);
    let names: Vec<&str> = dyad_text::claims::word_spans(clause_text)
        .into_iter()
        .skip(1)
        .map(|(_, w)| w)
        .filter(|w| w.starts_with(char::is_uppercase) && w.len() >= 3)
        .filter(|w| dyad_text::claims::month_number(&w.to_lowercase()).is_none())
        .collect();
    let unknown_name = names.iter().any(|name| {
        let name = name.to_lowercase();
        let stem = &name[..name.len().min(6)];
        !figure_words.iter().any(|w| w.starts_with(stem))
    });
    // Figures after the clause's own colon are the ones it announces.
    let announced = text[clause_end..].starts_with(':')
        && [from, to]
            .iter()
            .all(|q| q.sentence == sentence && q.start >= clause_end);
    let clause_countries = country_order(clause_text);
    let reversed = clause_countries.len() == 2
        && country_order(&figure_text).get(..2) != Some(&clause_countries[..]);
    if unknown_name && !announced || reversed {
        return None;
    }
    // The clause names what the figures measure: their noun ("bales"), their good ("dried" hips),
    // their flow ("exports"), trade in general ("our business"), a year as its subject ("2024 was a
    // leaner year"), or for sums the year's money ("takings") or the price its figures' sentences
    // name ("the Kiti price"). Figures after the clause's colon, and an appositive, are its own.
    let named_measure = [&measure_from, &measure_to]
        .iter()
        .filter_map(|m| m.as_deref())
        .flat_map(|m| {
            let noun = m.rsplit(" of ").next().unwrap_or(m);
            lower_words(noun)
        })
        .any(|noun| {
            said.words[..said.direction_at].iter().any(|w| {
                let stem = &noun[..noun.len().min(noun.len().saturating_sub(1).max(4))];
                w.starts_with(stem) && w.len() <= noun.len() + 2
            })
        });
    let subject = &said.words[..said.direction_at];
    let general = subject.iter().any(|w| GENERAL.contains(&w.as_str()))
        || money(from) && subject.iter().any(|w| MONEY_WORDS.contains(&w.as_str()));
    let price_named = said.of_a_price
        && money(from)
        && said.words.iter().any(|w| {
            w.len() >= 4
                && w.chars().all(char::is_alphabetic)
                && COMPARATIVES.iter().all(|(c, _, _)| c != w)
                && !matches!(
                    w.as_str(),
                    "price"
                        | "prices"
                        | "rate"
                        | "rates"
                        | "than"
                        | "last"
                        | "year"
                        | "this"
                        | "have"
                        | "been"
                )
                && [from, to].iter().all(|q| {
                    let (s_start, s_end) = extraction.sentences[q.sentence];
                    let mut words = lower_words(clamped(text, s_start, clause_start.min(s_end)));
                    words.extend(lower_words(clamped(text, clause_end.max(s_start), s_end)));
                    words.contains(w)
                })
        });
    // A name the clause gives its subject that the figures' own sentence gives them ("Bannu had an
    // upswing in 2025" over "Bannu: 2024, 170 tonnes. 2025, 20 tonnes.").
    let figures_own: Vec<String> = [from.sentence, to.sentence]
        .iter()
        .flat_map(|&s| {
            let (s_start, s_end) = extraction.sentences[s];
            let mut words = lower_words(clamped(text, s_start, clause_start.min(s_end)));
            words.extend(lower_words(clamped(text, clause_end.max(s_start), s_end)));
            words
        })
        .collect();
    let subject_named = dyad_text::claims::word_spans(clause_text)
        .into_iter()
        .take(said.direction_at)
        .filter(|(_, w)| w.starts_with(char::is_uppercase) && w.len() >= 4)
        // A country of the pair names no one's figures in particular.
        .filter(|(_, w)| !w.starts_with("Pakistan") && !w.starts_with("Afghan"))
        .any(|(_, w)| figures_own.contains(&w.to_lowercase()));
    // A clause without years that speaks of the years themselves ("between those two years the
    // trade was wasting away", "that year the works saw a surge") names the figures by trade in
    // general or by a subject their own sentence gives them ("the works sold …").
    let years_said = said.relative && (of_time || right_after) && to_year >= 1000;
    // … and says nothing the figures do not ("the works' payroll", "a slump in its sales of cooking
    // oil").
    let stop = |w: &str| {
        w.len() < 4
            || matches!(
                w,
                "that"
                    | "this"
                    | "those"
                    | "these"
                    | "year"
                    | "years"
                    | "between"
                    | "with"
                    | "from"
                    | "have"
                    | "been"
                    | "were"
                    | "ours"
                    | "their"
                    | "seen"
                    | "away"
            )
    };
    // … up to a clause of its own ("… climb even as the border closed").
    let own_part = said
        .words
        .iter()
        .position(|w| {
            matches!(
                w.as_str(),
                "even" | "as" | "while" | "though" | "although" | "because" | "since" | "when"
            )
        })
        .filter(|&at| at > said.direction_at)
        .map_or(&said.words[..], |at| &said.words[..at]);
    let all_said = own_part
        .iter()
        .filter(|w| {
            !stop(w)
                && dyad_text::claims::direction_of(w).is_none()
                && idiom_directions(&format!("{w} away")).is_empty()
        })
        .all(|w| figures_own.contains(w) || GENERAL.contains(&w.as_str()));
    let subject_shared =
        years_said && all_said && subject.iter().any(|w| !stop(w) && figures_own.contains(w));
    // "…, a dip": a noun of change set after the later figure is said of it.
    let apposed = right_after && matches!(said.words.first().map(String::as_str), Some("a" | "an"));
    let speaks = said.appositive
        || apposed
        || subject_named
        || subject_shared
        || said.of_the_next_clause
        || announced
        || named_measure
        // Trade in general names the figures of a year's goods or flow, not a sum of another
        // thing, and not for a clause without years (a review showed such clauses speak of a
        // town, a product or a season of their own as often as of the figures before them).
        || general && !prices_by_name && (!said.relative || (years_said || right_after) && all_said)
        || said.year_subject
        || price_named;
    if !speaks {
        return None;
    }
    Some(((from, to), (from_year, to_year)))
}

/// What a sum of money is the price of, when its words say: the unit after it ("Rs 178,000 a tonne"
/// is a tonne's) or the one its lead counts ("a 40 kg bag of walnuts fetched Rs 32,000" is a bag's, "a
/// kilo of walnuts fetches Rs 900" a kilo's).
fn price_basis(text: &str, extraction: &Extraction, quantity: &Quantity) -> Option<String> {
    if matches!(quantity.unit, "count" | "percent" | "fraction") {
        return None;
    }
    const TIMES: &[&str] = &[
        "year", "month", "week", "day", "time", "while", "lot", "few",
    ];
    let after = lower_words(clamped(text, quantity.end, quantity.end + 24));
    if let [article, unit, ..] = &after[..]
        && matches!(article.as_str(), "a" | "an" | "per" | "each")
        && !TIMES.contains(&unit.as_str())
    {
        return Some(unit.clone());
    }
    // The lead runs from the start of the figure's clause of its sentence, across other figures ("a
    // 40 kg bag").
    let (sentence_start, _) = extraction.sentences[quantity.sentence];
    let lead = clamped(text, sentence_start, quantity.start);
    let lead = lower_words(lead.rsplit([';', '.', ':']).next().unwrap_or(""));
    let at = lead
        .iter()
        .rposition(|w| matches!(w.as_str(), "a" | "an" | "per" | "each"))?;
    let rest = &lead[at + 1..];
    let noun = match rest.iter().take(5).position(|w| w == "of") {
        Some(of) if of > 0 => rest[of - 1].clone(),
        _ => rest
            .iter()
            .find(|w| w.chars().all(char::is_alphabetic))?
            .clone(),
    };
    (!TIMES.contains(&noun.as_str())).then_some(noun)
}

/// The pair's countries in the order a text first names them, by the stems of their names
/// ("Pakistan's", "Afghan").
fn country_order(text: &str) -> Vec<&'static str> {
    let mut order = Vec::new();
    for (_, word) in dyad_text::claims::word_spans(text) {
        let country = if word.starts_with("Pakistan") {
            "PAK"
        } else if word.starts_with("Afghan") {
            "AFG"
        } else {
            continue;
        };
        if !order.contains(&country) {
            order.push(country);
        }
    }
    order
}

/// Whether a figure's own words place it a year ago (1) or now (2): "Last August a dozen cost Rs 140
/// and this August it is Rs 180", "a year ago the board said Rs 178,000 … and it is Rs 165,000
/// today". A year ago wins over "this" ("on this Monday a year ago").
fn relative_time(text: &str, extraction: &Extraction, quantity: &Quantity) -> Option<i32> {
    let stretch = own_stretch(text, extraction, quantity);
    let stretch_start = super::offset_in(text, stretch);
    // The lead runs back to the figure of the same unit before it in the sentence, across others
    // ("Last August a dozen cost Rs 140").
    let (sentence_start, _) = extraction.sentences[quantity.sentence];
    let lead_start = figures_in(extraction, (sentence_start, quantity.start))
        .iter()
        .filter(|q| q.sentence == quantity.sentence && !q.in_table && q.unit == quantity.unit)
        .filter(|q| q.end <= quantity.start)
        .map(|q| q.end)
        .max()
        .unwrap_or(sentence_start);
    let lead = clamped(text, lead_start, quantity.start);
    let lead = lead.rsplit([';', '.']).next().unwrap_or("");
    let after = clamped(text, quantity.end, stretch_start + stretch.len());
    let after = after.split([';', ',', '.', '—']).next().unwrap_or("");
    // The figure's lead says its time before the words after it do.
    time_marker(lead).or_else(|| time_marker(after))
}

/// A year ago (1) or now (2), as words say it.
fn time_marker(words: &str) -> Option<i32> {
    let words = format!(" {} ", lower_words(words).join(" "));
    // "last August", "this March": a month named with "last" or "this".
    let month_after = |lead: &str| {
        (1..=12)
            .filter_map(dyad_text::claims::month_name)
            .any(|m| words.contains(&format!(" {lead} {} ", m.to_lowercase())))
    };
    let earlier = [
        " a year ago ",
        " last year ",
        " a year earlier ",
        " a year before ",
        " the year before ",
        " the previous year ",
        " last season ",
        " a year back ",
    ]
    .iter()
    .any(|w| words.contains(w))
        || month_after("last");
    let later = [
        " this year ",
        " now ",
        " today ",
        " this season ",
        " these days ",
        " at present ",
        " currently ",
    ]
    .iter()
    .any(|w| words.contains(w))
        || month_after("this");
    match (earlier, later) {
        (true, _) => Some(1),
        (false, true) => Some(2),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use dyad_model::claim::CheckKind;

    use crate::audit;
    use crate::consistency::tests::pak_afg;

    /// The spans of the direction findings on `input`.
    fn directions(input: &str) -> Vec<String> {
        audit(input, &pak_afg())
            .into_iter()
            .filter(|f| f.check == CheckKind::Direction)
            .map(|f| f.text)
            .collect()
    }

    #[test]
    fn a_year_said_to_fall_against_its_figures_in_the_sentences_before() {
        let figures = "Our mill ground 8,000 sacks in 2023. It ground 9,100 sacks in 2024.";
        assert_eq!(
            directions(&format!(
                "{figures} In the end our business took a knock in 2024."
            )),
            ["In the end our business took a knock in 2024"]
        );
        // The same words with figures that fall, or said of another measure, are no finding.
        assert!(
            directions(
                "Our mill ground 9,100 sacks in 2023. It ground 8,000 sacks in 2024. In the end our business took a knock in 2024."
            )
            .is_empty()
        );
        assert!(directions(&format!("{figures} Our flour prices fell in 2024.")).is_empty());
    }

    #[test]
    fn clauses_that_speak_of_the_two_years_themselves() {
        assert_eq!(
            directions(
                "Pakistan sold Afghanistan goods worth USD 936 million in 2022. In 2023 the figure was USD 1,012 million. Between those two years the trade was wasting away, and so was our pay."
            ),
            ["Between those two years the trade was wasting away"]
        );
        assert_eq!(
            directions(
                "In 2024 the works sold 2.5 million boxes; in 2025, 1.5 million. That year the works saw a surge."
            ),
            ["That year the works saw a surge"]
        );
        // Figures that agree, a subject the figures' sentence does not give, and a running trend
        // (which may speak of the time since) are no finding.
        for passage in [
            "In 2024 the works sold 1.5 million boxes; in 2025, 2.5 million. That year the works saw a surge.",
            "In 2024 the works sold 2.5 million boxes; in 2025, 1.5 million. That year the village saw a surge of visitors.",
            "In 2022 the shop sold 700 tins of ghee and in 2023 it was 900. Since then business keeps sagging.",
        ] {
            assert!(directions(passage).is_empty(), "{passage}");
        }
    }

    #[test]
    fn a_clause_right_after_its_two_figures() {
        assert_eq!(
            directions(
                "In 2023 we sent 50,000 blocks north; in 2024 we sent 60,000, a dip that we hope the new year will mend."
            ),
            ["a dip that we hope the new year will mend"]
        );
        assert_eq!(
            directions(
                "The families bagged 100 tonnes in 2024 and 60 tonnes in 2025, and the buyer, who had taken 70 tonnes in 2024 and 5 tonnes in 2025, saw his orders climb even as the border closed."
            ),
            ["saw his orders climb even as the border closed"]
        );
        for passage in [
            "In 2023 we sent 50,000 blocks north; in 2024 we sent 40,000, a dip that we hope the new year will mend.",
            "The buyer, who had taken 5 tonnes in 2024 and 70 tonnes in 2025, saw his orders climb even as the border closed.",
            // A wish before the direction still silences it.
            "In 2023 we sent 50,000 blocks; in 2024 we sent 60,000, and we hope for a dip.",
        ] {
            assert!(directions(passage).is_empty(), "{passage}");
        }
    }

    #[test]
    fn what_a_change_without_a_verb_amounts_to() {
        assert_eq!(
            directions(
                "At home our sales went from 22,000 carriers in 2023 to 24,000 in 2024, which means the home trade slipped."
            ),
            ["which means the home trade slipped"]
        );
        assert_eq!(
            directions(
                "At home the cooperative's sales went from 120 tonnes in 2024 to 260 tonnes in 2025, a year in which the home trade shrank for want of buyers."
            ),
            ["a year in which the home trade shrank for want of buyers"]
        );
        for passage in [
            "At home our sales went from 22,000 carriers in 2023 to 24,000 in 2024, which means the home trade grew.",
            // Another measure, or a wish.
            "At home our sales went from 22,000 carriers in 2023 to 24,000 in 2024, which means prices fell.",
            "At home our sales went from 22,000 carriers in 2023 to 24,000 in 2024, which means we want the trade to slow.",
            // A trade the change's sentence does not name.
            "Our exports to Kabul went from 10,000 in 2023 to 16,000 in 2024, a year in which the home trade slipped badly.",
        ] {
            assert!(directions(passage).is_empty(), "{passage}");
        }
        // "to just 6,000" is the end of a change.
        assert_eq!(
            directions(
                "The orders from Kabul jumped in 2025, from 30,000 lanterns in 2024 to just 6,000."
            ),
            ["jumped in 2025, from 30,000 lanterns in 2024 to just 6,000"]
        );
    }

    #[test]
    fn figures_after_a_comma_or_the_downswing_that_came() {
        assert_eq!(
            directions("Our sales are mushrooming, 9,600 pairs in 2024 and 6,000 pairs in 2025."),
            ["Our sales are mushrooming, 9,600 pairs in 2024 and 6,000"]
        );
        assert_eq!(
            directions(
                "Then came the downswing: the merchant bought 2,700 caps in 2023 and 3,200 caps in 2024."
            ),
            ["Then came the downswing: the merchant bought 2,700 caps in 2023 and 3,200"]
        );
        for passage in [
            "Our sales are mushrooming, 6,000 pairs in 2024 and 9,600 pairs in 2025.",
            "Then came the downswing: the merchant bought 3,200 caps in 2023 and 2,700 caps in 2024.",
            "The crowd is growing, 40 of them at the gate already, and 2,000 tins were sold in 2024 against 1,500 in 2025.",
        ] {
            assert!(directions(passage).is_empty(), "{passage}");
        }
    }

    #[test]
    fn numbers_in_words_with_a_rest_count_as_one_figure() {
        assert_eq!(
            directions(
                "Seven thousand two hundred bales in 2023. Eight thousand one hundred in 2024. Our trade slipped in 2024."
            ),
            ["Our trade slipped in 2024"]
        );
    }

    #[test]
    fn two_years_set_against_each_other() {
        assert_eq!(
            directions(
                "The depot loaded 5,400 sacks in 2024 and 4,300 sacks in 2025. 2025 was a bigger year than 2024 for the loaders."
            ),
            ["2025 was a bigger year than 2024 for the loaders"]
        );
        assert_eq!(
            directions("2025 outpaced 2024 at the yard, with 610 trucks loaded against 700."),
            ["2025 outpaced 2024 at the yard"]
        );
        // A measure named after the years is another ("only in profit").
        assert!(
            directions("2025 outpaced 2024 only in profit, with 610 trucks loaded against 700.")
                .is_empty()
        );
    }

    #[test]
    fn a_step_after_a_figure_reaches_back_to_the_same_flow() {
        assert_eq!(
            directions(
                "Exports to Kabul were USD 410 million in 2022 and USD 455 million in 2023, a slide from 2022."
            ),
            ["a slide from 2022"]
        );
        // Imports of 2022 are no start for exports of 2023.
        assert!(
            directions(
                "Imports from Kabul were USD 410 million in 2022. Exports to Kabul were USD 455 million in 2023, a slide from 2022."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_colon_announces_the_figures_of_a_clause_without_years() {
        assert_eq!(
            directions(
                "Our order book got slimmer: we filled 900 orders in 2025, against 700 in 2024."
            ),
            ["Our order book got slimmer: we filled 900 orders in 2025, against 700"]
        );
    }

    #[test]
    fn a_year_ago_and_now() {
        assert_eq!(
            directions(
                "Rice is dearer than last year. A year ago a sack of rice cost Rs 9,000; now a sack of rice costs Rs 8,200."
            ),
            ["Rice is dearer than last year"]
        );
        // Prices of two different units say nothing of each other.
        assert!(
            directions(
                "Rice is dearer than last year. A year ago a sack of rice cost Rs 9,000; now a kilo of rice costs Rs 200."
            )
            .is_empty()
        );
    }

    #[test]
    fn a_figures_year_is_the_one_its_clause_opens_with() {
        // "In 2023 I bought 900 …": the year before the figure in its clause is its own; "and in 2024
        // it was" gives the next figure its year.
        assert_eq!(
            directions(
                "In 2023 I bought 900 crates of pears from you and in 2024 it was 1,050. Our trade took a knock in 2024."
            ),
            ["Our trade took a knock in 2024"]
        );
        assert!(
            directions(
                "In 2023 I bought 1,050 crates of pears from you and in 2024 it was 900. Our trade took a knock in 2024."
            )
            .is_empty()
        );
        // Rent is no trade, and a range of years gives its figure no year.
        assert!(
            directions(
                "In 2023 the rent was Rs 10,000 a month and in 2024 it was Rs 12,000. Our trade took a knock in 2024."
            )
            .is_empty()
        );
        assert!(
            directions(
                "Between 2021 and 2023 we sold 900 crates; in 2024 alone we sold 1,050. Our trade took a knock in 2024."
            )
            .is_empty()
        );
    }

    #[test]
    fn half_a_change_against_last_years_figure() {
        assert_eq!(
            directions("In 2024 we sold 3,300 carpets. In 2025 our carpets climbed to 2,900."),
            ["In 2025 our carpets climbed to 2,900"]
        );
        // A part of the measure is another measure.
        assert!(
            directions("In 2024 we sold 3,300 carpets. In 2025 the carpets we sent to Herat climbed to 2,900.")
                .is_empty()
        );
    }
}
