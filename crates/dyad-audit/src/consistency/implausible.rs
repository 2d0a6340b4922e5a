//! Figures that what they measure cannot have, written with another figure's numeral.
//!
//! "A trailer carries 22 pallets … The load must be kept cold … held at 22 °C": a cold load is not
//! carried at room temperature, and 22 is the pallets' numeral. "A wooden crate holds 16 kg … A truck
//! from Kandahar reaches the mandi after a 16-day journey": no road journey within the region takes
//! more than a week, and 16 is the crate's numeral. Each rule knows one bound of the world (a cold
//! load below 15 °C, a road journey within a week); a figure beyond it is reported only when another
//! figure of the text, of another thing, is written with the same numeral, so that the slip has a
//! source.

use dyad_text::claims::{Extraction, Quantity, lower_words};

use super::{clamped, reused, sentence_text, singular, word_after, written_digits};
use crate::Finding;

/// Words that say a load is carried cold.
const COLD: &[&str] = &[
    "cold",
    "chilled",
    "refrigerated",
    "reefer",
    "reefers",
    "frozen",
    "cool",
    "cooled",
];

/// The warmest a load kept cold is carried at, in degrees Celsius (chocolate travels at 15 to 18).
const WARMEST_COLD_LOAD: f64 = 20.0;

/// The longest a road journey within the region takes, in days.
const LONGEST_ROAD_JOURNEY: f64 = 7.0;

/// Words of a road vehicle: the journey is by road.
const VEHICLES: &[&str] = &[
    "truck", "trucks", "lorry", "lorries", "trailer", "trailers", "coach", "coaches", "bus",
    "buses", "van", "vans", "convoy",
];

/// Words that make days a wait or a closure, not a journey's length.
const WAITS: &[&str] = &[
    "wait", "waited", "waiting", "stuck", "held", "closed", "closure", "queue", "queued",
    "stranded", "delayed", "delay",
];

/// Another figure of the text written with the same numeral, of another unit or thing.
fn source_of<'e>(text: &str, extraction: &'e Extraction, q: &Quantity) -> Option<&'e Quantity> {
    let digits = written_digits(text, q);
    if digits.is_empty() {
        return None;
    }
    let noun = word_after(text, extraction, q).map(|w| singular(&w));
    extraction.quantities.iter().find(|other| {
        !other.in_table
            && other.start != q.start
            && written_digits(text, other) == digits
            && word_after(text, extraction, other).map(|w| singular(&w)) != noun
    })
}

/// Reports `q` as another figure's numeral given for what it measures, `what`, when another figure
/// of the text is written with its numeral.
fn report_if_sourced(
    text: &str,
    extraction: &Extraction,
    q: &Quantity,
    what: &str,
    findings: &mut Vec<Finding>,
) {
    let Some(source) = source_of(text, extraction, q) else {
        return;
    };
    let source_is = format!("another figure (`{}`)", &text[source.start..source.end]);
    if source.start < q.start {
        findings.push(reused(text, extraction, (source, q), (&source_is, what)));
    } else {
        findings.push(reused(text, extraction, (q, source), (what, &source_is)));
    }
}

/// **Figures beyond what they measure can be.** See the module's doc.
pub(super) fn implausible(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let quantities = &extraction.quantities;
    for q in quantities
        .iter()
        .filter(|q| !q.in_table && q.unit == "count")
    {
        let after = clamped(text, q.end, q.end + 16);
        let rest = after.trim_start();
        // A temperature: "22 °C", "22°C", "22 degrees".
        let celsius = rest.starts_with("°C")
            || rest.starts_with("ºC")
            || rest.starts_with("degrees C")
            || lower_words(rest).first().is_some_and(|w| w == "degrees");
        if celsius && q.value > WARMEST_COLD_LOAD {
            // The load is said to be kept cold in the figure's sentence or the one before it.
            let cold = (q.sentence.saturating_sub(1)..=q.sentence).any(|s| {
                lower_words(sentence_text(text, extraction, s))
                    .iter()
                    .any(|w| COLD.contains(&w.as_str()))
            });
            // The figure is the setting the load is held at ("held at 22 °C", "set to 22 °C"), not
            // a bound ("below 25 °C"), the air's ("reached 42 °C") or below zero ("−18 °C").
            let lead = lower_words(clamped(text, q.start.saturating_sub(24), q.start));
            let held = matches!(
                lead.as_slice(),
                [.., verb, at] if matches!(verb.as_str(), "held" | "kept" | "keep" | "hold" | "maintained" | "set")
                    && matches!(at.as_str(), "at" | "to")
            );
            let below_zero = text[..q.start].ends_with(['-', '−', '–']);
            if cold && held && !below_zero {
                report_if_sourced(
                    text,
                    extraction,
                    q,
                    &format!(
                        "the temperature of a load kept cold, above the {WARMEST_COLD_LOAD} °C any cold load is carried at"
                    ),
                    findings,
                );
            }
            continue;
        }
        // A road journey's length in days: "a 16-day journey", "the trip takes 16 days".
        if q.value <= LONGEST_ROAD_JOURNEY
            || !(after.starts_with("-day") || rest.starts_with("day"))
        {
            continue;
        }
        let words = lower_words(clamped(text, q.end, q.end + 24));
        let hyphened = after.starts_with("-day") && words.get(1).is_some_and(|w| journey_word(w));
        let lead = lower_words(clamped(text, q.start.saturating_sub(40), q.start));
        let takes = words.first().is_some_and(|w| w == "days")
            && lead
                .iter()
                .rev()
                .take(4)
                .any(|w| matches!(w.as_str(), "takes" | "took" | "lasts" | "lasted"))
            && lead.iter().any(|w| journey_word(w));
        if !(hyphened || takes) {
            continue;
        }
        let said = lower_words(sentence_text(text, extraction, q.sentence));
        let by_road = said.iter().any(|w| VEHICLES.contains(&w.as_str()));
        let a_wait = said.iter().any(|w| WAITS.contains(&w.as_str()));
        // A journey by sea, rail or air, a tour with its stops, or one from beyond the region may
        // take longer.
        let not_by_road_alone =
            said.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "sea"
                        | "ship"
                        | "ships"
                        | "voyage"
                        | "rail"
                        | "train"
                        | "wagons"
                        | "flight"
                        | "tour"
                        | "stops"
                        | "pilgrims"
                        | "permit"
                        | "visa"
                )
            }) || third_state_named(sentence_text(text, extraction, q.sentence));
        if by_road && !a_wait && !not_by_road_alone {
            report_if_sourced(
                text,
                extraction,
                q,
                &format!(
                    "the days of a road journey, beyond the {LONGEST_ROAD_JOURNEY} days any road journey in the region takes"
                ),
                findings,
            );
        }
    }
}

/// Whether a word names a journey.
fn journey_word(word: &str) -> bool {
    matches!(
        word,
        "journey" | "trip" | "drive" | "ride" | "haul" | "road"
    )
}

/// Whether a sentence names a state or a capital beyond the pair ("from Istanbul through Iran"): a
/// journey from there is no road journey within the region.
fn third_state_named(sentence: &str) -> bool {
    sentence
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.starts_with(char::is_uppercase))
        .any(|w| {
            super::NAMES_AND_CAPITALS
                .iter()
                .any(|(code, name)| name == w && !matches!(code.as_str(), "PAK" | "AFG"))
        })
}
