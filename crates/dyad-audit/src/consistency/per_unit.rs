//! Sizes per unit a text states and the totals a count of units makes with them.
//!
//! "This year we took 25 trucks, and each truck is one thousand cartons and each carton 144 tubes. So
//! we sold about 25 million tubes": each truck holds 144,000 tubes, and 25 trucks 3.6 million. "The
//! crop covered 24 jeribs and gave 240 tonnes, or 24 tonnes a jerib": 240 tonnes over 24 jeribs are
//! 10 a jerib. A size per unit is read from "each truck is 1,000 cartons", "cartons of 144 tubes"
//! and "24 tonnes a jerib"; sizes chain (trucks to cartons to tubes).
//!
//! And a rate given for two units of time: "the crossing clears about 200 trucks a day … At an
//! average of 200 trucks an hour, …": a flow of 200 an hour is 4,800 a day, so one figure was copied
//! into the other's place.
//!
//! A total that the count and the sizes do not make is a slip. When one of the figures is written
//! with another's numeral ("25 trucks … 25 million tubes", "24 jeribs … 24 tonnes a jerib"), that
//! number is given twice; otherwise the product is wrong, reported only when the words tie the total
//! to the count ("So we sold …", "…, or …", "in all").
//!
//! Things the text pairs one to one ("one kit for each clinic", "every student has a bed") count
//! alike: 12 clinics are 12 kits, and 48 students need 48 beds. A count written with a size's numeral
//! ("Each coach seats 45 passengers … ran 45 coaches a week") is read against its size however far,
//! and against the one total of its noun before it. A running total over the years ("Altogether
//! 12,000 students") beyond what a yearly intake since a year can make, written with another
//! figure's numeral, is that figure given again.

use std::collections::HashSet;
use std::ops::RangeInclusive;

use dyad_model::claim::{CheckKind, Hedge};
use dyad_text::claims::{Extraction, Quantity, lower_words};

use super::{allowed_range, clamped, reused, singular, word_after, written_digits};
use crate::Finding;

/// A size per unit: "each truck is 1,000 cartons" makes `unit` "truck", `size` the 1,000 and `noun`
/// "carton".
struct Size<'e> {
    unit: String,
    size: &'e Quantity,
    noun: String,
}

/// Verbs between "each truck" and its size.
const HOLDS: &[&str] = &[
    "seat",
    "carry",
    "hold",
    "contain",
    "take",
    "seats",
    "seated",
    "fits",
    "is",
    "was",
    "carries",
    "carried",
    "holds",
    "held",
    "has",
    "had",
    "contains",
    "contained",
    "takes",
    "took",
    "packs",
];

/// Nouns of people: a coach that seats 45 passengers carries travellers, members or fans, so a total
/// of any of them is a total of its passengers.
const PEOPLE: &[&str] = &[
    "passenger",
    "traveller",
    "person",
    "people",
    "member",
    "guest",
    "fan",
    "supporter",
    "pilgrim",
    "visitor",
    "tourist",
    "delegate",
    "spectator",
];

/// Whether a total's noun counts what a size counts: the same noun, or two nouns of people.
fn counts_the_same(total_noun: &str, noun: &str) -> bool {
    total_noun == noun || PEOPLE.contains(&total_noun) && PEOPLE.contains(&noun)
}

/// A noun's plural, as a report writes it: "coaches", "boxes", "trucks"; "people" stays.
pub(super) fn plural(noun: &str) -> String {
    if noun == "people" {
        noun.to_string()
    } else if ["ch", "sh", "x", "s"].iter().any(|end| noun.ends_with(end)) {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

/// Units of time: "200 trucks a day" is a rate, no size.
const TIMES: &[&str] = &[
    "day",
    "hour",
    "week",
    "month",
    "year",
    "season",
    "shift",
    "night",
    "minute",
    "fortnight",
];

/// Words that make a size a bound or a plan, or a total only part of the count's: "up to 1,000
/// cartons", "will carry", "including local sales".
const NOT_EXACT: &[&str] = &[
    "up",
    "capacity",
    "can",
    "could",
    "maximum",
    "most",
    "will",
    "would",
    "should",
    "including",
    "plus",
    "besides",
    "excluding",
    "except",
    "rest",
    "remaining",
    "other",
    "others",
    "also",
    "target",
    "plan",
    "planned",
];

/// Whether words make a figure a bound, a plan or a part ([`NOT_EXACT`]); "most" only as "at most"
/// ("most of them from Kandahar" is no bound).
fn not_exact(words: &[String]) -> bool {
    words.iter().enumerate().any(|(i, w)| {
        NOT_EXACT.contains(&w.as_str()) && (w != "most" || i > 0 && words[i - 1] == "at")
    })
}

/// The unit a figure is the size of, as its words say: "each truck (is) 1,000 cartons", "cartons of
/// 144 tubes", "24 tonnes a jerib", "150 sacks to a truck".
fn size_of<'e>(text: &str, extraction: &'e Extraction, index: usize) -> Option<Size<'e>> {
    let quantities = &extraction.quantities;
    let size = &quantities[index];
    if size.in_table || size.unit != "count" || matches!(size.hedge, Hedge::Over | Hedge::Under) {
        return None;
    }
    // No word after the size ("packed 25 to a bundle" reads "to") may still name its noun before it.
    let first_word = word_after(text, extraction, size);
    let noun = first_word
        .as_deref()
        .map_or_else(|| "to".to_string(), singular);
    let (sentence_start, sentence_end) = extraction.sentences[size.sentence];
    let lead = lower_words(clamped(
        text,
        sentence_start.max(size.start.saturating_sub(40)),
        size.start,
    ));
    // Within its sentence: "bales of 20 packs. Each truck …" gives the packs no truck.
    let after = lower_words(clamped(text, size.end, (size.end + 40).min(sentence_end)));
    // "the blankets are packed 25 to a bundle": the noun is the clause's subject before its verb.
    if noun == "to"
        && let [to, a, unit, ..] = after.as_slice()
        && to == "to"
        && matches!(a.as_str(), "a" | "an" | "each")
        && let Some((subject, verb)) = match lead.as_slice() {
            [.., subject, be, verb] if matches!(be.as_str(), "are" | "were" | "is" | "was") => {
                Some((subject, verb))
            }
            [.., subject, verb] => Some((subject, verb)),
            _ => None,
        }
        && matches!(
            verb.as_str(),
            "packed" | "loaded" | "stacked" | "bundled" | "tied" | "baled" | "boxed"
        )
        && subject.len() >= 4
        && subject.ends_with('s')
    {
        let (unit, noun) = (singular(unit), singular(subject));
        return (unit != noun && !TIMES.contains(&unit.as_str())).then_some(Size {
            unit,
            size,
            noun,
        });
    }
    first_word.as_ref()?;
    let each = |w: &str| matches!(w, "each" | "every" | "per");
    let unit = match (lead.as_slice(), after.as_slice()) {
        // "each truck is 1,000 cartons", "and each carton 144 tubes".
        ([.., e, unit, verb], _) if each(e) && HOLDS.contains(&verb.as_str()) => unit.clone(),
        ([.., e, unit], _) if each(e) => unit.clone(),
        // "A 20-foot container takes 25 tonnes": one unit, a few words of its kind between the
        // article and it.
        ([.., unit, verb], _)
            if HOLDS.contains(&verb.as_str())
                && one_unit_phrase(&lead[..lead.len() - 1])
                && !TIMES.contains(&singular(unit).as_str()) =>
        {
            unit.clone()
        }
        // "your trucks carry 1,000 cartons each".
        ([.., unit, verb], [_, e, ..]) if e == "each" && HOLDS.contains(&verb.as_str()) => {
            unit.clone()
        }
        // "24 tonnes a jerib", "150 sacks to a truck".
        (_, [_, a, unit, ..]) if matches!(a.as_str(), "a" | "an" | "per" | "each" | "every") => {
            unit.clone()
        }
        (_, [_, to, a, unit, ..]) if to == "to" && matches!(a.as_str(), "a" | "an") => unit.clone(),
        // "1,000 cartons of 144 tubes".
        _ => units_of_a_size(text, extraction, index)?,
    };
    let unit = singular(&unit);
    (unit != noun && !TIMES.contains(&unit.as_str())).then_some(Size { unit, size, noun })
}

/// Whether words end in a phrase of one unit: "a 20 foot container", "one trailer", an article and at
/// most two words of its kind before the noun, none of them a conjunction or a pronoun.
fn one_unit_phrase(words: &[String]) -> bool {
    let Some(article) = words
        .iter()
        .rposition(|w| matches!(w.as_str(), "a" | "an" | "one"))
    else {
        return false;
    };
    let phrase = &words[article + 1..];
    (1..=3).contains(&phrase.len())
        && phrase.iter().all(|w| {
            !matches!(
                w.as_str(),
                "and"
                    | "or"
                    | "but"
                    | "it"
                    | "they"
                    | "that"
                    | "which"
                    | "who"
                    | "he"
                    | "she"
                    | "we"
            )
        })
        && phrase.last().is_some_and(|noun| noun.len() >= 3)
}

/// The units a figure is the size of each of, when a count of them comes right before it: "eight
/// trucks of 600 motors", "1,000 cartons of 144 tubes" (the plural: "trucks", "cartons").
pub(super) fn units_of_a_size(text: &str, extraction: &Extraction, index: usize) -> Option<String> {
    let size = &extraction.quantities[index];
    let before = extraction.quantities[..index]
        .iter()
        .rev()
        .take_while(|q| q.sentence == size.sentence)
        .find(|q| !q.in_table)?;
    let units = word_after(text, extraction, before)?;
    let link = lower_words(clamped(text, before.end, size.start));
    (before.unit == "count" && link == [units.clone(), "of".to_string()]).then_some(units)
}

/// The range a stated figure allows, its hedge and rounding read as [`allowed_range`] reads them.
fn range_of(quantity: &Quantity) -> (f64, f64) {
    let (low, high) = allowed_range(quantity);
    (low.max(0.0), high)
}

/// **Figures per unit: sizes and the totals they make, and rates per unit of time.** See the
/// module's doc.
pub(super) fn per_unit(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    per_unit_totals(text, extraction, findings);
    one_rate_for_two_times(text, extraction, findings);
    total_beyond_the_years(text, extraction, findings);
}

/// Nouns of what a yearly intake offers: a total of people who took them counts the same.
const PLACES: &[&str] = &["place", "seat", "scholarship", "slot", "spot", "admission"];

/// Nouns of people who take places: students, scholars, trainees.
const TAKERS: &[&str] = &[
    "student",
    "scholar",
    "graduate",
    "trainee",
    "apprentice",
    "fellow",
    "cadet",
];

/// Words that make a figure a total over the years: "altogether", "in all", "so far", "to date".
fn said_as_a_running_total(words: &[String]) -> bool {
    words
        .iter()
        .any(|w| matches!(w.as_str(), "altogether" | "overall"))
        || words.windows(2).any(|w| {
            matches!(
                (w[0].as_str(), w[1].as_str()),
                ("in", "all") | ("in", "total") | ("so", "far") | ("to", "date")
            )
        })
}

/// A total over the years that a yearly count cannot make, written with another figure's numeral:
/// "150 places a year since 2010 … a monthly stipend of Rs 12,000 … Altogether 12,000 students have
/// held the scholarship": sixteen intakes of 150 to 2025 are 2,400 at most, and 12,000 is the
/// stipend's numeral. The yearly count's sentence names the year it runs since; the text's last year
/// ends the span; the total, said as one ("altogether", "in all", "so far"), counts the same (or
/// people who take the places) and is over one and a half times what the years can make.
fn total_beyond_the_years(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let quantities = &extraction.quantities;
    let Some(last_year) = super::years_in(text)
        .into_iter()
        .filter(|y| *y >= 1900)
        .max()
    else {
        return;
    };
    for yearly in quantities {
        if yearly.in_table || yearly.unit != "count" || yearly.hedge == Hedge::Under {
            continue;
        }
        let Some((noun, time)) = rate_per_time(text, extraction, yearly) else {
            continue;
        };
        if time != "year" {
            continue;
        }
        let said = lower_words(super::sentence_text(text, extraction, yearly.sentence));
        let Some(since) = said.windows(2).find_map(|w| {
            (w[0] == "since")
                .then(|| w[1].parse::<i32>().ok())
                .flatten()
                // The text must name a later year to end the span: "since 2010" alone runs to a
                // present it does not date.
                .filter(|y| (1900..last_year).contains(y))
        }) else {
            continue;
        };
        let most = yearly.value * f64::from(last_year - since + 1);
        let (_, yearly_high) = range_of(yearly);
        let most_allowed = most * yearly_high / yearly.value.max(1.0);
        for total in quantities {
            if total.in_table
                || total.unit != "count"
                || total.sentence == yearly.sentence
                || total.hedge == Hedge::Under
                || total.value < most_allowed * 1.5
            {
                continue;
            }
            let Some(total_noun) = word_after(text, extraction, total).map(|w| singular(&w)) else {
                continue;
            };
            let same = counts_the_same(&total_noun, &noun)
                || PLACES.contains(&noun.as_str()) && TAKERS.contains(&total_noun.as_str());
            let total_said = lower_words(super::sentence_text(text, extraction, total.sentence));
            if !same || !said_as_a_running_total(&total_said) {
                continue;
            }
            // The numeral it was written with: another figure's, of another unit or noun.
            let digits = written_digits(text, total);
            let Some(source) = quantities.iter().find(|q| {
                !q.in_table
                    && q.start != total.start
                    && q.start != yearly.start
                    && !digits.is_empty()
                    && written_digits(text, q) == digits
                    && (q.unit != total.unit
                        || word_after(text, extraction, q).map(|w| singular(&w))
                            != Some(total_noun.clone()))
            }) else {
                continue;
            };
            let (first, second) = if source.start <= total.start {
                (source, total)
            } else {
                (total, source)
            };
            let role = |q: &Quantity| {
                if q.start == total.start {
                    format!(
                        "the total of {}, though `{}` {} a year from {since} to {last_year} make at most {most}",
                        plural(&total_noun),
                        &text[yearly.start..yearly.end],
                        plural(&noun)
                    )
                } else {
                    format!("another figure (`{}`)", &text[q.start..q.end])
                }
            };
            findings.push(reused(
                text,
                extraction,
                (first, second),
                (&role(first), &role(second)),
            ));
            break;
        }
    }
}

/// The unit of time a figure is a rate per ("200 trucks a day" gives "day"), with what it counts.
fn rate_per_time(
    text: &str,
    extraction: &Extraction,
    quantity: &Quantity,
) -> Option<(String, String)> {
    let after = lower_words(clamped(text, quantity.end, quantity.end + 40));
    match after.as_slice() {
        [noun, per, time, ..]
            if matches!(per.as_str(), "a" | "an" | "per" | "every" | "each")
                && TIMES.contains(&time.as_str())
                && word_after(text, extraction, quantity).as_deref() == Some(noun.as_str()) =>
        {
            Some((singular(noun), time.clone()))
        }
        _ => None,
    }
}

/// One figure of one thing given as a rate per two units of time in one sentence or the next, with
/// nothing between them that sets two flows side by side (another place, "but", "against").
fn one_rate_for_two_times(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let rates: Vec<(&Quantity, String, String)> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.unit == "count")
        .filter_map(|q| rate_per_time(text, extraction, q).map(|(noun, time)| (q, noun, time)))
        .collect();
    for (position, (first, noun, time)) in rates.iter().enumerate() {
        for (second, other_noun, other_time) in &rates[position + 1..] {
            if second.sentence > first.sentence + 1 {
                break;
            }
            let digits = written_digits(text, first);
            if digits.is_empty()
                || digits != written_digits(text, second)
                || first.value != second.value
                || noun != other_noun
                || time == other_time
            {
                continue;
            }
            let between = clamped(text, first.end, second.start);
            let said: Vec<String> = (first.sentence..=second.sentence)
                .flat_map(|s| lower_words(super::sentence_text(text, extraction, s)))
                .collect();
            let side_by_side = lower_words(between).iter().any(|w| {
                matches!(
                    w.as_str(),
                    "but" | "while" | "whereas" | "against" | "compared" | "than" | "versus" | "or"
                )
            });
            // A capitalised word inside a sentence (a place, a firm) may name another flow.
            let another_name = between
                .split(['.', '!', '?', ';', ':'])
                .flat_map(|clause| clause.split_whitespace().skip(1))
                .any(|w| w.starts_with(char::is_uppercase) && w != "I");
            let bound = said.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "can" | "could" | "capacity" | "up" | "maximum" | "most" | "target" | "plan"
                )
            });
            // Two things set apart by their words ("The new scanner … The old manual lane …").
            let contrast = |q: &Quantity| -> Vec<String> {
                let (start, _) = extraction.sentences[q.sentence];
                lower_words(clamped(text, start, q.start))
                    .into_iter()
                    .filter(|w| {
                        matches!(
                            w.as_str(),
                            "new" | "old" | "former" | "previous" | "other" | "second" | "manual"
                        )
                    })
                    .collect()
            };
            let (first_marks, second_marks) = (contrast(first), contrast(second));
            let set_apart = !second_marks.is_empty() && first_marks != second_marks;
            if side_by_side || another_name || bound || set_apart {
                continue;
            }
            findings.push(reused(
                text,
                extraction,
                (first, second),
                (
                    &format!("{noun}s a {time}"),
                    &format!(
                        "{noun}s a{} {other_time}",
                        if other_time.starts_with('h') { "n" } else { "" }
                    ),
                ),
            ));
        }
    }
}

/// The sizes a text states, and for each count of units the chain of sizes from its unit down (one
/// size per unit: two sizes for one unit leave it open), with the count's unit.
fn counts_and_their_sizes<'e>(
    text: &str,
    extraction: &'e Extraction,
    sizes: &'e [Size<'e>],
    one_to_one: &[(String, String)],
) -> Vec<(&'e Quantity, String, Vec<&'e Size<'e>>)> {
    let mut found = Vec::new();
    if sizes.is_empty() {
        return found;
    }
    for count in &extraction.quantities {
        if count.in_table || count.unit != "count" || count.hedge != Hedge::None {
            continue;
        }
        let Some(plural) = word_after(text, extraction, count) else {
            continue;
        };
        let unit = singular(&plural);
        if unit == plural || sizes.iter().any(|s| s.size.start == count.start) {
            continue;
        }
        let near = |sentence: usize| {
            (count.sentence.saturating_sub(3)..=count.sentence + 2).contains(&sentence)
        };
        let mut chain: Vec<&Size<'_>> = Vec::new();
        // A unit with no size of its own takes the size of what the text gives one of to each
        // ("one kit for each clinic": 12 clinics are 12 kits).
        // A size however far whose numeral the count is written with ("Each coach seats 45
        // passengers … ran 45 coaches a week") is read as near.
        let alike = |s: &Size<'_>| {
            let digits = written_digits(text, count);
            !digits.is_empty() && written_digits(text, s.size) == digits
        };
        let near = |s: &Size<'_>| near(s.size.sentence) || alike(s);
        let sized = |u: &str| sizes.iter().any(|s| s.unit == u && near(s));
        let mut from = if sized(&unit) {
            unit.clone()
        } else {
            one_to_one
                .iter()
                .find_map(|(x, y)| {
                    (y == &unit && sized(x))
                        .then(|| x.clone())
                        .or_else(|| (x == &unit && sized(y)).then(|| y.clone()))
                })
                .unwrap_or_else(|| unit.clone())
        };
        while chain.len() < 3 {
            let of_unit: Vec<&Size<'_>> =
                sizes.iter().filter(|s| s.unit == from && near(s)).collect();
            let [size] = of_unit.as_slice() else {
                break;
            };
            if chain.iter().any(|s| s.noun == size.noun) {
                break;
            }
            from = size.noun.clone();
            chain.push(size);
        }
        if !chain.is_empty() {
            found.push((count, unit, chain));
        }
    }
    found
}

/// Every size a text states.
fn sizes_in<'e>(text: &str, extraction: &'e Extraction) -> Vec<Size<'e>> {
    (0..extraction.quantities.len())
        .filter_map(|i| size_of(text, extraction, i))
        .collect()
}

/// The starts of the figures that are the count or a size of units whose product is a total of the
/// text near it ("24 trucks …, and each truck carries 24 pallets. So 576 pallets crossed"): a numeral
/// of one of them written for another is no slip.
pub(super) fn factors_that_hold(text: &str, extraction: &Extraction) -> HashSet<usize> {
    let sizes = sizes_in(text, extraction);
    let quantities = &extraction.quantities;
    let mut holding = HashSet::new();
    for (count, _, chain) in
        counts_and_their_sizes(text, extraction, &sizes, &one_to_one_pairs(text))
    {
        // The figures of the sentence before the count to two after it, by halving.
        let from = quantities.partition_point(|q| q.sentence + 1 < count.sentence);
        let to = quantities.partition_point(|q| q.sentence <= count.sentence + 2);
        for depth in 1..=chain.len() {
            let links = &chain[..depth];
            let product = count.value * links.iter().map(|s| s.size.value).product::<f64>();
            let noun = &links[depth - 1].noun;
            let made = quantities[from..to].iter().any(|q| {
                !q.in_table
                    && super::agrees(q, product)
                    && word_after(text, extraction, q).is_some_and(|w| singular(&w) == *noun)
            });
            if made {
                holding.insert(count.start);
                holding.extend(links.iter().map(|s| s.size.start));
            }
        }
    }
    holding
}

/// Sizes per unit and the totals they make.
fn per_unit_totals(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let sizes: Vec<Size<'_>> = sizes_in(text, extraction)
        .into_iter()
        .filter(|s| !not_exact(&super::clause_words_of(text, extraction, s.size)))
        .collect();
    let one_to_one = one_to_one_pairs(text);
    for (count, unit, chain) in counts_and_their_sizes(text, extraction, &sizes, &one_to_one) {
        for depth in 1..=chain.len() {
            let links = &chain[..depth];
            let noun = &links[depth - 1].noun;
            check_total(
                text,
                extraction,
                (count, &unit),
                (links, &chain),
                (noun, &one_to_one),
                findings,
            );
        }
    }
}

/// What a count counts: the word after it made singular, or past an adjective of a people or a
/// place the head of its phrase ("48 Afghan students" counts students).
fn noun_counted(text: &str, extraction: &Extraction, q: &Quantity) -> Option<String> {
    let after = super::following_words(text, extraction, q);
    let first = after.split_whitespace().next()?;
    if first.starts_with(char::is_uppercase) {
        super::counted_head(text, q)
    } else {
        word_after(text, extraction, q).map(|w| singular(&w))
    }
}

/// Whether a count's phrase ends in the noun within six words, with no preposition, unit, verb,
/// number or stop between:
/// "1,080 picture and story books" counts books ("1,080 boxes of books" does not).
fn headed_by_the_noun(text: &str, q: &Quantity, noun: &str) -> bool {
    let after = clamped(text, q.end, q.end + 48);
    let phrase = after
        .split(['.', ',', ';', ':', '(', '\n'])
        .next()
        .unwrap_or("");
    let words = lower_words(phrase);
    words
        .iter()
        .take(6)
        // A preposition, an article, a unit of measure, a past tense or a number ends the phrase
        // ("1 kg packs travel in bales" counts packs).
        .take_while(|w| {
            !matches!(
                w.as_str(),
                "of" | "in"
                    | "to"
                    | "for"
                    | "from"
                    | "at"
                    | "with"
                    | "by"
                    | "on"
                    | "into"
                    | "per"
                    | "a"
                    | "an"
                    | "the"
                    | "each"
                    | "travel"
                    | "are"
                    | "were"
                    | "is"
                    | "was"
            ) && super::unit_named(w).is_none()
                && !w.ends_with("ed")
                && !w.starts_with(|c: char| c.is_ascii_digit())
        })
        .any(|w| singular(w) == noun)
}

/// Things a text pairs one to one: "one kit for each clinic", "one bed per student", "every student
/// has a bed". Each pair, both singular, in the order written.
fn one_to_one_pairs(text: &str) -> Vec<(String, String)> {
    let words = lower_words(text);
    let mut pairs = Vec::new();
    for w in words.windows(5) {
        match w {
            // "one kit for each clinic", "one bed per student", "one kit to every clinic".
            [one, x, link, each, y]
                if one == "one"
                    && matches!(link.as_str(), "for" | "to" | "per")
                    && matches!(each.as_str(), "each" | "every") =>
            {
                pairs.push((singular(x), singular(y)));
            }
            [one, x, per, y, _] if one == "one" && per == "per" => {
                pairs.push((singular(x), singular(y)));
            }
            // "every student has a bed", "each clinic received one kit".
            [each, y, verb, a, x]
                if matches!(each.as_str(), "each" | "every")
                    && matches!(
                        verb.as_str(),
                        "has" | "had" | "gets" | "got" | "receives" | "received"
                    )
                    && matches!(a.as_str(), "a" | "an" | "one") =>
            {
                pairs.push((singular(x), singular(y)));
            }
            _ => {}
        }
    }
    // "every Afghan student has a bed": one word of its kind before the noun.
    for w in words.windows(6) {
        if let [each, _, y, verb, a, x] = w
            && matches!(each.as_str(), "each" | "every")
            && matches!(verb.as_str(), "has" | "gets" | "receives")
            && matches!(a.as_str(), "a" | "an" | "one")
        {
            pairs.push((singular(x), singular(y)));
        }
    }
    pairs
}

/// Whether a text pairs two nouns one to one, either way round.
fn one_to_one_pair(pairs: &[(String, String)], a: &str, b: &str) -> bool {
    pairs
        .iter()
        .any(|(x, y)| x == a && y == b || x == b && y == a)
}

/// The total of `noun` a count of units makes through `links`, checked against the one figure of
/// that noun near the count.
fn check_total(
    text: &str,
    extraction: &Extraction,
    (count, unit): (&Quantity, &str),
    (links, chain): (&[&Size<'_>], &[&Size<'_>]),
    (noun, one_to_one): (&str, &[(String, String)]),
    findings: &mut Vec<Finding>,
) {
    let quantities = &extraction.quantities;
    let digits = |q: &Quantity| Some(written_digits(text, q)).filter(|d| !d.is_empty());
    let alike = |a: &Quantity, b: &Quantity| digits(a).is_some() && digits(a) == digits(b);
    // A count written with the numeral of a size of its chain is read against the text's one total
    // before it, however far ("Some 1,350 members travelled … Each coach seated 45 passengers, and
    // 45 coaches left").
    let count_as_size = chain.iter().any(|s| alike(s.size, count));
    let narrow: RangeInclusive<usize> = count.sentence.saturating_sub(3)..=count.sentence + 2;
    let window: RangeInclusive<usize> = if count_as_size {
        0..=count.sentence + 2
    } else {
        narrow.clone()
    };
    let of_noun = |q: &&Quantity| {
        !q.in_table
            && q.unit == "count"
            && window.contains(&q.sentence)
            && (noun_counted(text, extraction, q).is_some_and(|w| {
                counts_the_same(&w, noun) || one_to_one_pair(one_to_one, &w, noun)
            }) || headed_by_the_noun(text, q, noun))
            && !chain.iter().any(|s| s.size.start == q.start)
    };
    // The figures of the window, by halving: figures are in order of sentence.
    let from = quantities.partition_point(|q| q.sentence < *window.start());
    let to = quantities.partition_point(|q| q.sentence <= count.sentence + 2);
    let mut totals: Vec<&Quantity> = quantities[from..to].iter().filter(of_noun).collect();
    // One total stated twice ("1,500 heavy wool blankets … The 1,500 blankets, which travelled in …")
    // is one total: the one nearest the count.
    if totals.len() > 1 && totals.iter().all(|q| q.value == totals[0].value) {
        totals.sort_by_key(|q| q.start.abs_diff(count.start));
        totals.truncate(1);
    }
    let near_from = quantities.partition_point(|q| q.sentence < *narrow.start());
    let near = &quantities[near_from..to];
    let [total] = totals.as_slice() else {
        return;
    };
    // A total before the count is its only as the same rate ("500 tonnes of powder a month … books
    // 25 containers a month").
    let rate_of = |q: &Quantity| {
        let after = lower_words(clamped(text, q.end, q.end + 48));
        after.windows(2).take(6).find_map(|w| {
            (matches!(w[0].as_str(), "a" | "an" | "per" | "each" | "every")
                && TIMES.contains(&w[1].as_str()))
            .then(|| w[1].clone())
        })
    };
    // … or a total in the count's own sentence ("shipped 1,200 bales …, in 30 trucks"), or a count
    // written with its own size's numeral ("1,350 members travelled. Each coach seated 45
    // passengers, and 45 coaches left").
    if total.start < count.start
        && total.sentence != count.sentence
        && (rate_of(count).is_none() || rate_of(count) != rate_of(total))
        && !count_as_size
    {
        return;
    }
    // No second count of the units near ("25 trucks this year and 40 last year", "6 trucks to Kabul
    // and 4 to Kandahar").
    let more_units = near.iter().any(|q| {
        !q.in_table
            && q.unit == "count"
            && q.start != count.start
            && q.start != total.start
            && narrow.contains(&q.sentence)
            && !chain.iter().any(|s| s.size.start == q.start)
            && word_after(text, extraction, q).is_none_or(|w| {
                singular(&w) == unit
                    || q.sentence == count.sentence && matches!(w.as_str(), "to" | "for" | "more")
            })
    });
    let count_said = lower_words(super::sentence_text(text, extraction, count.sentence));
    let total_said = lower_words(super::sentence_text(text, extraction, total.sentence));
    let not_all = |said: &[String]| {
        not_exact(said)
            || said
                .iter()
                .any(|w| super::stated_products::NOT_ALL_THE_LOADS.contains(&w.as_str()))
    };
    // A total of another year than the count's (a count of no year written with its size's numeral
    // is read as the total's).
    let total_years = super::years_in(super::sentence_text(text, extraction, total.sentence));
    let count_years = super::years_in(super::sentence_text(text, extraction, count.sentence));
    let other_year = total.sentence != count.sentence
        && !total_years.is_empty()
        && total_years != count_years
        && !(count_as_size && count_years.is_empty());
    // A modal of another clause of the total's sentence ("…, and packed them into boxes that can
    // stand on a shelf") says nothing of the total.
    let modal = |w: &String| matches!(w.as_str(), "can" | "could" | "will" | "would" | "should");
    let total_words: Vec<String> = total_said.iter().filter(|w| !modal(w)).cloned().collect();
    let total_clause = super::clause_words_of(text, extraction, total);
    if more_units
        || other_year
        || not_all(&count_said)
        || not_all(&total_words)
        || total_clause.iter().any(modal)
    {
        return;
    }
    let (mut low, mut high) = range_of(count);
    for link in links {
        let (l, h) = range_of(link.size);
        low *= l;
        high *= h;
    }
    let (total_low, total_high) = range_of(total);
    if total_high >= low && total_low <= high {
        return;
    }
    // What one unit holds, said again ("opened only one, and counted its 200 packets"): the total's
    // words point to one unit.
    let one_unit: f64 = links.iter().map(|s| s.size.value).product();
    let of_one = lower_words(clamped(text, total.start.saturating_sub(24), total.start))
        .iter()
        .rev()
        .take(3)
        .any(|w| matches!(w.as_str(), "its" | "one" | "each" | "single"))
        || total_said
            .windows(2)
            .any(|w| w[0] == "only" && w[1] == "one");
    if of_one && super::agrees(total, one_unit) {
        return;
    }
    let product = count.value * links.iter().map(|s| s.size.value).product::<f64>();
    let written = |q: &Quantity| &text[q.start..q.end];
    let path = links
        .iter()
        .map(|s| format!("`{}` a {}", written(s.size), s.unit))
        .collect::<Vec<_>>()
        .join(" and ");
    // A figure written with another's numeral: the count's in the total or in a size, or a size's
    // in the total.
    // Numerals only: words ("three thousand") are no digits written twice.
    let twice = if alike(total, count) {
        Some((count, *total))
    } else if let Some(size) = chain.iter().find(|s| alike(s.size, count)) {
        Some((count, size.size))
    } else {
        links
            .iter()
            .find(|s| alike(s.size, total))
            .map(|s| (s.size, *total))
    };
    if let Some((a, b)) = twice {
        // In the order they are written: a size may come before the count ("A container takes 25
        // tonnes …, and the agent books 25 containers").
        let (first, second) = if a.start <= b.start { (a, b) } else { (b, a) };
        let role = |q: &Quantity| match chain.iter().find(|s| s.size.start == q.start) {
            Some(size) => format!("the size of a {}", size.unit),
            None if q.start == count.start => format!("the count of {}", plural(unit)),
            None => format!("the total of {}", plural(noun)),
        };
        findings.push(reused(
            text,
            extraction,
            (first, second),
            (
                &role(first),
                &format!(
                    "{}, though `{}` at {path} make {product}, not `{}`",
                    role(second),
                    written(count),
                    written(total)
                ),
            ),
        ));
        return;
    }
    // Otherwise only a total the words tie to the count: in its sentence after ", or", opening its
    // own sentence with "So", or "in all".
    let between = clamped(text, count.end, total.start);
    let opening = lower_words(clamped(
        text,
        extraction.sentences[total.sentence].0,
        total.start,
    ));
    let after = lower_words(clamped(text, total.end, total.end + 40));
    let tied = total.sentence == count.sentence && between.contains(", or ")
        || total.sentence != count.sentence
            && opening
                .first()
                .is_some_and(|w| matches!(w.as_str(), "so" | "altogether" | "together" | "thus"))
        || after
            .windows(2)
            .take(3)
            .any(|w| w[0] == "in" && matches!(w[1].as_str(), "all" | "total"));
    if !tied {
        return;
    }
    findings.push(Finding::new(
        text,
        CheckKind::Arithmetic,
        (count.start.min(total.start), count.end.max(total.end)),
        vec![count.value, total.value, product],
        vec![extraction.claim(text, count), extraction.claim(text, total)],
        format!(
            "`{}` at {path} make {product}, not `{}`",
            written(count),
            written(total)
        ),
    ));
}
