//! One deed of one doer on one day or in one period, told twice in prose with two figures.
//!
//! "Our members bought 2.4 million tonnes of Afghan coal in FY2024-25 … The 2.8 million tonnes our
//! members bought from Afghanistan in FY2024-25 came by truck": the same doer ("members"), the same
//! deed ("bought") and the same period give the same figure, so two figures apart beyond their
//! rounding are a slip. So are "the afghani … closed Thursday at Rs 4.06" and "The afghani ended
//! Thursday at Rs 4.16": to close and to end a day's trading are one deed.
//!
//! Each figure is read with the verb that governs it (right before it, or in the clause just after
//! its noun: "the 2.8 million tonnes our members bought"), the doer that verb's words name, and the
//! times its stretch names (a weekday, a month, a year, a fiscal year). Two figures are one deed's
//! when verb, doer, times and unit agree, their stretches name the same places, and no third figure
//! is the same deed's. Only values within a quarter of each other, or written with a slip of the pen,
//! are read as one figure stated twice; a plan, a wish or a correction says nothing of what was done.

use dyad_text::claims::{Extraction, Quantity, lower_words};

use super::{
    a_correction, a_difference, agrees, clamped, one_digit_apart, singular, stated_twice,
    transposed, word_after,
};
use crate::Finding;

/// Verbs of a deed, by the deed they name: to close and to end a day's trading are one.
const DEEDS: &[(&str, &str)] = &[
    ("closed", "close"),
    ("ended", "close"),
    ("finished", "close"),
    ("settled", "close"),
    ("bought", "buy"),
    ("purchased", "buy"),
    ("sold", "sell"),
    ("exported", "export"),
    ("imported", "import"),
    ("shipped", "ship"),
    ("dispatched", "ship"),
    ("paid", "pay"),
    ("received", "receive"),
    ("collected", "collect"),
    ("earned", "earn"),
    ("produced", "produce"),
    ("harvested", "produce"),
    ("handled", "handle"),
    ("registered", "register"),
    ("issued", "issue"),
    ("hosted", "host"),
];

/// Words that only lead a noun: the doer is the word after them.
const LEADS: &[&str] = &[
    "the", "our", "its", "their", "his", "her", "my", "your", "a", "an", "this", "that", "these",
    "those", "all",
];

/// Words that make a sentence a plan, a wish or a forecast rather than a deed done.
const NOT_DONE: &[&str] = &[
    "will", "would", "could", "should", "may", "might", "plan", "plans", "planned", "target",
    "expect", "expects", "expected", "forecast", "budget", "hope", "aim", "if",
];

/// What a figure is the deed of: the deed, its doer, what a count counts, the times and the places
/// its stretch names; and the verb and times as written, to report.
struct Deed {
    verb: String,
    when: String,
    deed: &'static str,
    doer: String,
    noun: String,
    times: Vec<String>,
    places: Vec<String>,
    qualifiers: Vec<(String, String)>,
}

impl Deed {
    /// Whether two figures are one deed's.
    fn same_as(&self, other: &Deed) -> bool {
        self.deed == other.deed
            && self.doer == other.doer
            && self.noun == other.noun
            && self.times == other.times
            && self.places == other.places
            // What each says of its goods, purpose, place or party by the same preposition ("of
            // coal", "of wheat"; "For buyers", "For sellers") must meet.
            && self.qualifiers.iter().all(|(prep, _)| {
                let of = |deed: &Deed| -> Vec<String> {
                    deed.qualifiers
                        .iter()
                        .filter(|(p, _)| p == prep)
                        .map(|(_, w)| w.clone())
                        .collect()
                };
                let (mine, theirs) = (of(self), of(other));
                theirs.is_empty() || mine.iter().any(|w| theirs.contains(w))
            })
    }
}

/// Whether a word names a time: a weekday, a month, a year or a fiscal year.
fn a_time(word: &str) -> bool {
    let lowered = word.to_lowercase();
    matches!(
        lowered.as_str(),
        "monday" | "tuesday" | "wednesday" | "thursday" | "friday" | "saturday" | "sunday"
    ) || lowered.len() >= 3 && dyad_text::claims::month_number(&lowered).is_some()
        || lowered.starts_with("fy") && lowered[2..].starts_with(|c: char| c.is_ascii_digit())
        || lowered.len() == 4
            && lowered
                .parse::<i32>()
                .is_ok_and(|year| (1900..=2100).contains(&year))
}

/// The deed of a verb, if it is one.
fn deed_of(word: &str) -> Option<&'static str> {
    DEEDS
        .iter()
        .find(|(verb, _)| *verb == word)
        .map(|(_, deed)| *deed)
}

/// The clause a figure stands in: its sentence cut at the commas, semicolons and colons around it.
fn clause_of<'t>(text: &'t str, extraction: &Extraction, q: &Quantity) -> (&'t str, &'t str) {
    let (start, end) = extraction.sentences[q.sentence];
    let before = clamped(text, start, q.start);
    let before = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    let after = clamped(text, q.end, end);
    let after = after.split([',', ';', ':']).next().unwrap_or(after);
    (before, after)
}

/// Prepositions whose object says which goods, purpose, place or party a deed is of.
const QUALIFYING: &[&str] = &[
    "of", "for", "at", "from", "to", "via", "through", "by", "with",
];

/// What a stretch's prepositions qualify it by: each preposition with the stem (six letters) of the
/// first word after it that is no article, number or time ("of Afghan coal" gives `of`, "afghan").
fn qualifiers_in(words: &[String]) -> Vec<(String, String)> {
    let mut found = Vec::new();
    for (at, word) in words.iter().enumerate() {
        if !QUALIFYING.contains(&word.as_str()) {
            continue;
        }
        let object = words[at + 1..]
            .iter()
            .take(3)
            .find(|w| !LEADS.contains(&w.as_str()) && !w.starts_with(|c: char| c.is_ascii_digit()));
        if let Some(object) = object
            && !a_time(object)
            && !QUALIFYING.contains(&object.as_str())
        {
            found.push((word.clone(), object.chars().take(6).collect()));
        }
    }
    found
}

/// The phrase that opens a figure's sentence before its first comma when it starts with a
/// preposition ("At Torkham,", "For buyers,", "From Kunar,"): it qualifies every deed of the sentence.
fn leading_phrase<'t>(text: &'t str, extraction: &Extraction, q: &Quantity) -> &'t str {
    let (start, end) = extraction.sentences[q.sentence];
    let sentence = clamped(text, start, end);
    let opening = sentence.trim_start_matches(|c: char| !c.is_alphanumeric());
    let Some((phrase, _)) = opening.split_once(',') else {
        return "";
    };
    let first = lower_words(phrase);
    if phrase.len() < 60
        && first
            .first()
            .is_some_and(|w| QUALIFYING.contains(&w.as_str()))
    {
        phrase
    } else {
        ""
    }
}

/// The stems of the capitalised words of a stretch that are not times, cut to six letters so a
/// country and its people's adjective are one ("Afghanistan", "Afghan").
fn places_in(words: &str) -> Vec<String> {
    let mut places: Vec<String> = words
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| !w.is_empty())
        .skip(1)
        .filter(|w| w.starts_with(char::is_uppercase) && !a_time(w))
        .map(|w| w.to_lowercase().chars().take(6).collect())
        .filter(|w: &String| {
            !matches!(
                w.as_str(),
                "rs" | "usd" | "pkr" | "afn" | "i" | "millio" | "billio" | "thousa"
            )
        })
        .collect();
    places.sort();
    places.dedup();
    places
}

/// The deed a figure is part of, as [`Deed`] reads it.
fn deed_of_figure(text: &str, extraction: &Extraction, q: &Quantity) -> Option<Deed> {
    // Most figures have no verb of a deed near them: a look at the raw words first.
    let near = clamped(text, q.start.saturating_sub(48), q.end + 64).to_ascii_lowercase();
    if !DEEDS.iter().any(|(verb, _)| near.contains(verb)) {
        return None;
    }
    // A part of a whole said before ("Of that, the plant shipped 160,000 tonnes") is no deed of its
    // own.
    let opening = lower_words(leading_phrase(text, extraction, q));
    if opening.first().is_some_and(|w| w == "of") {
        return None;
    }
    let (before, after) = clause_of(text, extraction, q);
    let lead = lower_words(before);
    let rest = lower_words(after);
    // The verb right before the figure, with at most two words between ("closed Thursday at"), or
    // in the clause after its noun ("tonnes our members bought").
    let verb_before = lead
        .iter()
        .rev()
        .take(3)
        .position(|w| deed_of(w).is_some())
        .map(|back| lead.len() - 1 - back);
    let (verb, deed, doer, stretch) = if let Some(at) = verb_before {
        let verb = lead[at].clone();
        let deed = deed_of(&verb)?;
        // The doer: the word before the verb, or when the verb opens a second clause of its
        // sentence ("The afghani firmed … and closed"), the sentence's first noun.
        let doer = match lead[..at]
            .iter()
            .rev()
            .find(|w| !LEADS.contains(&w.as_str()))
        {
            Some(word) if word != "and" => word.clone(),
            _ => {
                let (start, _) = extraction.sentences[q.sentence];
                lower_words(clamped(text, start, q.start))
                    .into_iter()
                    .find(|w| !LEADS.contains(&w.as_str()))?
            }
        };
        // The verb's own words, up to the clause's end after the figure.
        let from = before
            .to_ascii_lowercase()
            .rfind(lead[at].as_str())
            .unwrap_or(0);
        let stretch = format!("{} {}", &before[from..], after);
        (verb, deed, doer, stretch)
    } else {
        // "The 2.8 million tonnes our members bought from Afghanistan in FY2024-25": the noun, at
        // most two words of the doer, the verb; the stretch ends at the first time after it.
        let at = rest.iter().take(5).position(|w| deed_of(w).is_some())?;
        let verb = rest[at].clone();
        let deed = deed_of(&verb)?;
        let doer = rest
            .get(1..at)?
            .iter()
            .rev()
            .find(|w| !LEADS.contains(&w.as_str()))?
            .clone();
        let words: Vec<&str> = after.split_whitespace().collect();
        let time_at = words
            .iter()
            .enumerate()
            .skip(at + 1)
            .take(6)
            .find(|(_, w)| a_time(w.trim_matches(|c: char| !c.is_alphanumeric() && c != '-')))
            .map(|(i, _)| i)?;
        (verb, deed, doer, words[..=time_at].join(" "))
    };
    let written: Vec<&str> = stretch
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .filter(|w| a_time(w))
        .collect();
    let when = written.join(" ");
    let mut times: Vec<String> = written.iter().map(|w| w.to_lowercase()).collect();
    times.sort();
    times.dedup();
    // What a count counts: "tonnes" of "2.4 million tonnes".
    let noun = if q.unit == "count" {
        singular(&word_after(text, extraction, q)?)
    } else {
        String::new()
    };
    let leading = leading_phrase(text, extraction, q);
    let mut qualifying = lower_words(leading);
    qualifying.extend(lower_words(&stretch));
    let qualifiers = qualifiers_in(&qualifying);
    let mut places = places_in(&stretch);
    places.extend(places_in(&format!(". {leading}")));
    places.sort();
    places.dedup();
    (!times.is_empty()).then_some(Deed {
        verb,
        when,
        deed,
        doer,
        noun,
        times,
        places,
        qualifiers,
    })
}

/// **One deed told twice with two figures.** See the module's doc.
pub(super) fn one_deed_twice(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let deeds: Vec<(&Quantity, Deed)> = extraction
        .quantities
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.in_table)
        .filter(|(index, _)| {
            !extraction
                .ranges
                .iter()
                .any(|range| range.low == *index || range.high == *index)
        })
        .filter_map(|(_, q)| Some((q, deed_of_figure(text, extraction, q)?)))
        .collect();
    for (position, (a, deed)) in deeds.iter().enumerate() {
        let same: Vec<&Quantity> = deeds
            .iter()
            .filter(|(q, other)| q.start != a.start && q.unit == a.unit && other.same_as(deed))
            .map(|(q, _)| *q)
            .collect();
        // Two figures of the deed, the other after this one, in another sentence.
        let [b] = same.as_slice() else {
            continue;
        };
        if b.start < a.start
            || b.sentence == a.sentence
            || deeds[..position].iter().any(|(q, _)| q.start == b.start)
        {
            continue;
        }
        if agrees(a, b.value) || agrees(b, a.value) {
            continue;
        }
        let (written_a, written_b) = (&text[a.start..a.end], &text[b.start..b.end]);
        let close = (a.value - b.value).abs() <= a.value.max(b.value) * 0.25;
        if !close && !transposed(written_a, written_b) && !one_digit_apart(written_a, written_b) {
            continue;
        }
        let not_done = |q: &Quantity| {
            lower_words(super::sentence_text(text, extraction, q.sentence))
                .iter()
                .any(|w| NOT_DONE.contains(&w.as_str()))
        };
        if not_done(a)
            || not_done(b)
            || a_difference(text, a)
            || a_difference(text, b)
            || a_correction(text, extraction, a.sentence)
            || a_correction(text, extraction, b.sentence)
        {
            continue;
        }
        findings.push(stated_twice(
            text,
            extraction,
            (a, b),
            &format!(
                "the figures of what {} {} ({})",
                deed.doer, deed.verb, deed.when
            ),
            ", the same deed of the same doer",
        ));
    }
}

/// Whether two figures' sentences set them apart: by the phrases that open them ("From Kunar, …" and
/// "From Nangarhar, …": one preposition, two objects), or by the places their own clauses name, each
/// naming some and none in common ("… in March 2024 at Torkham" and "… at Chaman"). A sentence that
/// opens with "Of these" or "Of that" makes its figure a part of another.
pub(super) fn qualified_apart(
    text: &str,
    extraction: &Extraction,
    a: &Quantity,
    b: &Quantity,
) -> bool {
    let (leading_a, leading_b) = (
        leading_phrase(text, extraction, a),
        leading_phrase(text, extraction, b),
    );
    let part = |leading: &str| lower_words(leading).first().is_some_and(|w| w == "of");
    if part(leading_a) || part(leading_b) {
        return true;
    }
    let (opening_a, opening_b) = (
        qualifiers_in(&lower_words(leading_a)),
        qualifiers_in(&lower_words(leading_b)),
    );
    let openings_apart = matches!(
        (opening_a.first(), opening_b.first()),
        (Some((p, x)), Some((q, y))) if p == q && x != y
    );
    let places = |q: &Quantity, leading: &str| {
        let (start, end) = super::clause_bounds(text, extraction, q);
        let mut places = places_in(&format!(". {}", clamped(text, start, end)));
        places.extend(places_in(&format!(". {leading}")));
        // The pair's own names ("Afghan transit containers") say whose, not where.
        places.retain(|p| !matches!(p.as_str(), "afghan" | "pakist"));
        places
    };
    let (places_a, places_b) = (places(a, leading_a), places(b, leading_b));
    let places_apart = !places_a.is_empty()
        && !places_b.is_empty()
        && !places_a.iter().any(|p| places_b.contains(p));
    openings_apart || places_apart
}
