//! Compares claims with the evidence base: supported, contradicted (by how much) or unverifiable.
//!
//! Only a claim whose indicator and year the words make plain is compared. The indicator is read by a
//! small table of word rules ([`RULES`]); the year is the cited source's ("(UNHCR, 2023)"), else the one
//! year its sentence names, else the end of the change it belongs to. A claim cited to a source is judged
//! by the `citation` check, any other by the `evidence` check. Every verdict carries the observations
//! it was compared with.

use dyad_model::claim::{CheckKind, VerdictKind};
use dyad_model::observation::{Evidence, Status};
use dyad_model::period::Period;
use dyad_text::claims::{Extraction, Quantity};

use crate::Finding;
use crate::consistency::agrees;

/// A word rule: a count whose sentence holds, for each group of `words`, one of its words (lower case;
/// a word ending in `*` is a prefix, any other a whole word) is a figure of `indicator`.
pub struct IndicatorRule {
    /// The indicator.
    pub indicator: &'static str,
    /// The groups of words: one word of every group must appear in the sentence.
    pub words: &'static [&'static [&'static str]],
    /// The unit of the claim (`count` or `USD`).
    pub unit: &'static str,
}

/// The indicators a claim can be matched to. Few on purpose: a rule that matched loosely would compare
/// a claim with the wrong series and call it contradicted.
pub const RULES: &[IndicatorRule] = &[IndicatorRule {
    indicator: "refugees.registered",
    words: &[&["regist*"], &["refugee*", "afghan", "afghans"]],
    unit: "count",
}];

/// Words that may follow a count of people: the count is then of them.
const PEOPLE_WORDS: &[&str] = &[
    "registered",
    "refugees",
    "refugee",
    "afghans",
    "afghan",
    "people",
    "persons",
    "individuals",
    "proof",
    "por",
    "card",
    "cardholders",
    "holders",
    "in",
    "at",
    "by",
    "as",
    "were",
    "was",
    "and",
];

/// Units of time, singular: a number before one is a duration.
const TIME_WORDS: &[&str] = &["year", "month", "week", "day", "decade", "hour", "quarter"];

/// The indicator a quantity's sentence names, by [`RULES`].
fn indicator_of(sentence: &str, quantity: &Quantity) -> Option<&'static str> {
    let lowered = sentence.to_lowercase();
    let words: Vec<&str> = lowered
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    RULES
        .iter()
        .find(|rule| {
            rule.unit == quantity.unit
                && rule.words.iter().all(|group| {
                    group.iter().any(|needle| {
                        words.iter().any(|w| match needle.strip_suffix('*') {
                            Some(prefix) => w.starts_with(prefix),
                            None => w == needle,
                        })
                    })
                })
        })
        .map(|rule| rule.indicator)
}

/// What a claim is read as, for comparing with the evidence base.
struct Reading {
    indicator: &'static str,
    /// The subject, when the words give one (a trade flow); `None` compares with every subject.
    subject: Option<String>,
    period: Period,
    cited: Option<String>,
}

/// A count of registered refugees: by [`RULES`], dated by its citation, change or sentence.
fn refugee_reading(
    text: &str,
    extraction: &Extraction,
    index: usize,
    regions: &[String],
) -> Option<Reading> {
    let quantity = &extraction.quantities[index];
    let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
    let (year, cited) = year_of(text, extraction, index)?;
    let sentence = &text[sentence_start..sentence_end];
    // The size of a change ("a rise of 19,348", "fell by 40,000") is no count of the register.
    let lead = crate::consistency::clamped(text, sentence_start, quantity.start)
        .trim_end()
        .to_lowercase();
    let lead_words: Vec<&str> = lead.split_whitespace().rev().take(2).collect();
    if lead_words.first() == Some(&"by")
        || lead_words.first() == Some(&"of")
            && lead_words.get(1).is_some_and(|w| {
                [
                    "rise", "fall", "increase", "decrease", "drop", "decline", "change", "growth",
                    "gain", "loss",
                ]
                .contains(w)
            })
    {
        return None;
    }
    // A count UNHCR is cited for, in a sentence about a register ("the registered population stood at
    // 14,90,562 (UNHCR …, 2020)"), is of registered refugees: UNHCR names whom it counts.
    // The sentence before, in the same paragraph, may name what the figures count ("Line chart of
    // registered Afghan refugees. The line starts at 1.2 million …").
    // So may the question an answer replies to ("**Q.** How many Afghans held Proof of Registration
    // cards at the end of 2019? **A.** Close to 1.1 million, according to UNHCR (YE2019)"): the
    // answer's marker, a sentence of its own, stands between them.
    let bare = |index: usize| {
        let (start, end) = extraction.sentences[index];
        text[start..end].trim().trim_matches('*').trim().to_string()
    };
    let question = quantity
        .sentence
        .checked_sub(2)
        .filter(|&q| matches!(bare(q + 1).as_str(), "A." | "A:" | "A" | "Answer:"))
        .filter(|&q| bare(q).ends_with('?'));
    let with_previous = match question {
        Some(q) => &text[extraction.sentences[q].0..sentence_end],
        None => quantity
            .sentence
            .checked_sub(1)
            .map(|previous| extraction.sentences[previous].0)
            .filter(|start| !text[*start..sentence_start].contains("\n\n"))
            .map_or(sentence, |start| &text[start..sentence_end]),
    };
    let cited_to_unhcr =
        cited.as_deref().is_some_and(|c| c.starts_with("UNHCR")) && quantity.unit == "count" && {
            let lowered = with_previous.to_lowercase();
            [
                "regist",
                "por ",
                "por card",
                "refugee",
                "card holder",
                "cardholder",
            ]
            .iter()
            .any(|w| lowered.contains(w))
        };
    // A count of people who went home ("refugees who returned home from Pakistan in 2023: 56,797")
    // is a flow, no count of the register.
    // … in the figure's own clause ("At the end of 2021, the year the Taliban returned to power,
    // nearly 1.8 million …" is a count of the register).
    let clause = crate::consistency::clamped(text, sentence_start, quantity.start)
        .rsplit([',', ';'])
        .next()
        .unwrap_or("");
    let lead_words = dyad_text::claims::lower_words(clause);
    if lead_words
        .iter()
        .any(|w| w.starts_with("return") || w.starts_with("deport") || w.starts_with("repatriat"))
        && !lead_words
            .iter()
            .any(|w| w.starts_with("regist") || w == "stock")
    {
        return None;
    }
    let indicator =
        indicator_of(sentence, quantity).or(cited_to_unhcr.then_some("refugees.registered"))?;
    // A number with nothing after it to say what it counts is compared only when a source is cited
    // right after it ("had reached 1,987,717 (UNHCR, 2022)"): its sentence's words place it.
    let cited_right_after = extraction.citations.iter().any(|(start, _, _)| {
        *start >= quantity.end && text[quantity.end..*start].trim().is_empty()
    });
    if quantity.unplaced && !cited_right_after && !cited_to_unhcr {
        return None;
    }
    // A table note's marker right after the figure ("1,473,278 a/") is no word of what it counts.
    let after = text[quantity.end..].trim_start();
    let marker =
        after.len() >= 2 && after.as_bytes()[0].is_ascii_lowercase() && after.as_bytes()[1] == b'/';
    let next_word: String = if marker { "" } else { after }
        .chars()
        .take_while(|c| c.is_alphabetic())
        .collect::<String>()
        .to_lowercase();
    // A span of time ("in the three years to 2021") is no count of people, nor is a count of something
    // else ("12,000 trucks"), whatever its sentence says.
    // A preposition right after the figure ("some twelve lakh on the register", "1.27 million of us
    // on the register") names no noun.
    let following = dyad_text::claims::lower_words(after);
    let no_noun = match following.as_slice() {
        [on, the, register, ..] if on == "on" => {
            matches!(the.as_str(), "the" | "its" | "their")
                && matches!(
                    register.as_str(),
                    "register" | "registers" | "rolls" | "books"
                )
        }
        // "1.27 million of us on the register": the people who speak.
        [of, us, on, ..] if of == "of" && matches!(us.as_str(), "us" | "them") && on == "on" => {
            true
        }
        [word, ..] => matches!(word.as_str(), "still" | "remained" | "stayed"),
        [] => false,
    };
    if TIME_WORDS.contains(&next_word.trim_end_matches('s'))
        || !next_word.is_empty() && !no_noun && !PEOPLE_WORDS.contains(&next_word.as_str())
    {
        return None;
    }
    // "3 Afghan refugee villages": adjectives of the register before a head that counts no people.
    let phrase: Vec<String> = text[quantity.end..]
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .take(4)
        .map(str::to_lowercase)
        .collect();
    let head = phrase.iter().find(|w| {
        !matches!(
            w.as_str(),
            "registered" | "afghan" | "refugee" | "pakistani"
        )
    });
    if phrase
        .first()
        .is_some_and(|w| matches!(w.as_str(), "afghan" | "registered" | "refugee"))
        && head.is_some_and(|h| {
            !PEOPLE_WORDS.contains(&h.as_str())
                && !matches!(
                    h.as_str(),
                    "nationals"
                        | "citizens"
                        | "men"
                        | "women"
                        | "children"
                        | "lived"
                        | "live"
                        | "living"
                        | "remained"
                        | "who"
                        | "had"
                        | "have"
                        | "are"
                        | "is"
                        | "then"
                )
                && h.ends_with('s')
        })
    {
        return None;
    }
    // A province or city named in the label of the figure's line ("- Khyber Pakhtunkhwa, end of
    // 2023: 822,508 …") or in the question an answer replies to is that part's count; a speaker's
    // city in the sentence ("A Peshawar official said 2.4 million …") is not.
    let line_start = text[..quantity.start].rfind('\n').map_or(0, |i| i + 1);
    let lead_of_figure = text[line_start..quantity.start]
        .rfind(':')
        .map_or("", |colon| &text[line_start..line_start + colon]);
    // A label: a few words, not a sentence that ends before the colon.
    let lead_of_figure =
        if lead_of_figure.split_whitespace().count() <= 8 && !lead_of_figure.contains(". ") {
            lead_of_figure
        } else {
            ""
        };
    let asked = question.map(|q| {
        let (start, end) = extraction.sentences[q];
        &text[start..end]
    });
    let a_part_named = regions.iter().any(|region| {
        crate::consistency::contains_word(lead_of_figure, region)
            || asked.is_some_and(|a| crate::consistency::contains_word(a, region))
    });
    if a_part_named || names_a_part_of_the_country(text, extraction, quantity, regions) {
        return None;
    }
    Some(Reading {
        indicator,
        subject: None,
        period: Period::Year(year),
        cited,
    })
}

/// Whether a count's own clause places it in a part of the country ("811.2 thousand registered refugees
/// in Khyber Pakhtunkhwa", "in Quetta district"): a province's or a district's figure, which the national
/// series neither supports nor contradicts.
fn names_a_part_of_the_country(
    text: &str,
    extraction: &Extraction,
    quantity: &Quantity,
    regions: &[String],
) -> bool {
    let (_, sentence_end) = extraction.sentences[quantity.sentence];
    let quantities = &extraction.quantities;
    let next_start = quantities
        .get(quantities.partition_point(|q| q.start < quantity.end))
        .map_or(sentence_end, |q| q.start.min(sentence_end));
    let clause = crate::consistency::clamped(text, quantity.end, next_start);
    // A reference's marker ("Pakistan.[1]") ends the clause too.
    let clause = clause.split([',', ';', '(', '[']).next().unwrap_or("");
    let words: Vec<&str> = clause.split_whitespace().collect();
    // A place is a name in capitals after "in": not the country, a month, or an acronym ("in PoR").
    words.windows(2).any(|pair| {
        let place = pair[1].trim_matches(|c: char| !c.is_alphanumeric());
        let place = place
            .strip_suffix("'s")
            .or_else(|| place.strip_suffix("’s"))
            .unwrap_or(place);
        pair[0] == "in"
            && place.starts_with(char::is_uppercase)
            && place.chars().skip(1).any(char::is_lowercase)
            && !matches!(place, "Pakistan" | "Afghanistan")
            && dyad_text::claims::month_number(place).is_none()
    }) || {
        // "Peshawar district alone had 327.2 thousand", "Khyber Pakhtunkhwa still held 811.2 thousand":
        // the words just before the figure.
        let before =
            crate::consistency::clamped(text, quantity.start.saturating_sub(40), quantity.start)
                .rsplit(['.', ';', ':', ','])
                .next()
                .unwrap_or("");
        // A region named as a place, not as a speaker or an office ("A Peshawar official said").
        let names_region = |words: &str, region: &str| {
            words.match_indices(region).any(|(at, _)| {
                let after = &words[at + region.len()..];
                let whole_word = !after.starts_with(char::is_alphanumeric)
                    && !words[..at].ends_with(char::is_alphanumeric);
                let next = after.split_whitespace().next().unwrap_or("").to_lowercase();
                whole_word
                    && !matches!(
                        next.as_str(),
                        "official"
                            | "officials"
                            | "office"
                            | "spokesman"
                            | "spokesperson"
                            | "authorities"
                            | "government"
                            | "police"
                    )
            })
        };
        if regions
            .iter()
            .any(|region| names_region(before, region) || names_region(clause, region))
        {
            return true;
        }
        let before = before.to_lowercase();
        let clause = clause.to_lowercase();
        ["province", "provincial", "district", "tehsil"]
            .iter()
            .any(|w| {
                clause.split_whitespace().any(|x| x == *w)
                    || before.split_whitespace().any(|x| x == *w)
            })
    }
}

/// A sum of money traded between two named countries in one stated period: "Pakistan's exports to
/// Afghanistan were USD 1,012 million in FY2022-23" is `trade.exports` of the flow `PAK→AFG`;
/// "imports from" is `trade.imports` of the flow into the importer. The flow comes from the countries the
/// sentence names before the figure, in their order; the period from the sentence's one year or fiscal year.
fn trade_reading(text: &str, extraction: &Extraction, index: usize) -> Option<Reading> {
    let quantity = &extraction.quantities[index];
    if quantity.unit != "USD" {
        return None;
    }
    let (sentence_start, _) = extraction.sentences[quantity.sentence];
    let indicator = match crate::consistency::flow_before(crate::consistency::clamped(
        text,
        sentence_start,
        quantity.start,
    ))? {
        "exports" => "trade.exports",
        "imports" => "trade.imports",
        _ => return None,
    };
    let claim = extraction.claim(text, quantity);
    let subject = claim.about.subject.filter(|s| s.contains('→'))?;
    let period = claim.about.period?;
    Some(Reading {
        indicator,
        subject: Some(subject),
        period,
        cited: None,
    })
}

/// What one unit of an observation is in a claim's base unit: a figure in "USD million" is a million
/// dollars; `None` when the two are not the same kind of unit.
fn unit_scale(observation_unit: &str, claim_unit: &str) -> Option<f64> {
    match (claim_unit, observation_unit) {
        ("USD", "USD") => Some(1.0),
        ("USD", "USD thousand") => Some(1e3),
        ("USD", "USD million") => Some(1e6),
        ("USD", "USD billion") => Some(1e9),
        ("USD", _) => None,
        ("count", "persons" | "people" | "count") => Some(1.0),
        ("count", _) => None,
        _ => None,
    }
}

/// The year a figure's own words give right after it, before the next figure, in its clause: "at the
/// end of 2019", "in 2024", "for 2023".
fn own_year_after(
    text: &str,
    extraction: &Extraction,
    quantity: &Quantity,
    next_quantity_start: usize,
) -> Option<i32> {
    extraction
        .years
        .iter()
        .find(|(start, _, _)| {
            *start >= quantity.end
                && *start < next_quantity_start
                && *start - quantity.end <= 60
                && {
                    let before = text[quantity.end..*start].to_ascii_lowercase();
                    let last = before
                        .trim_end()
                        .rsplit(char::is_whitespace)
                        .next()
                        .unwrap_or("");
                    ["in", "of", "end", "end-", "for", "during"].contains(&last)
                        && !before.contains([',', ';', '('])
                }
        })
        .map(|(_, _, year)| *year)
}

/// Whether the citation at `at` stands on a source line ("Source: …", "*Sources:* …") that covers a
/// figure ending at `from`: no heading and no other source line lies between them, and they are at
/// most 1,500 bytes apart. A line that names its figure ("Source of the refugee figure: …") covers,
/// anywhere later in the text, a figure whose sentence (`said`) says that word.
fn source_line_covers(text: &str, from: usize, at: usize, said: &str) -> bool {
    if at < from {
        return false;
    }
    let line_start = text[..at].rfind('\n').map_or(0, |i| i + 1);
    let line_end = text[at..].find('\n').map_or(text.len(), |i| at + i);
    let line = text[line_start..line_end]
        .trim_start_matches(['*', '_', ' '])
        .to_ascii_lowercase();
    let named = ["source of the ", "source for the "]
        .iter()
        .find_map(|lead| line.strip_prefix(lead))
        .and_then(|rest| rest.split_once(" figure"))
        .map(|(what, _)| what.trim().to_string());
    if let Some(what) = named.filter(|w| w.len() >= 4 && !w.contains(' ')) {
        let stem = what.trim_end_matches('s');
        return said.to_ascii_lowercase().contains(stem);
    }
    if at - from > 1500 {
        return false;
    }
    let is_source_line = |line: &str| {
        let lowered = line
            .trim_start_matches(['*', '_', ' '])
            .to_ascii_lowercase();
        ["source", "data:", "data source", "figures:"]
            .iter()
            .any(|w| lowered.starts_with(w))
            // A chart's or a table's caption that ends with its source ("Chart: Registered Afghan
            // refugees, end of year. Source: UNHCR, 31 December 2023.").
            || ["chart", "figure", "graph", "table", "map"]
                .iter()
                .any(|w| lowered.starts_with(w))
                && lowered.contains(". source:")
    };
    if line_start < from || !is_source_line(&text[line_start..line_end]) {
        return false;
    }
    // A heading, another source line or a figure's or table's caption starts another block.
    !text[from..line_start].lines().skip(1).any(|line| {
        let line = line.trim().trim_start_matches(['*', '_']);
        let lowered = line.to_ascii_lowercase();
        is_source_line(line)
            || line.starts_with('#')
            || (line.len() > 4 && line.ends_with("**"))
            || ["figure ", "table ", "chart ", "graph ", "map "]
                .iter()
                .any(|w| lowered.starts_with(w))
    })
}

/// The year a claim is for, and whether a cited source gave it.
fn year_of(text: &str, extraction: &Extraction, index: usize) -> Option<(i32, Option<String>)> {
    let quantity = &extraction.quantities[index];
    let (_, sentence_end) = extraction.sentences[quantity.sentence];
    let next_quantity_start = extraction
        .quantities
        .get(index + 1)
        .filter(|q| q.sentence == quantity.sentence)
        .map_or(sentence_end, |q| q.start);
    // A citation between this number and the next one in its sentence is this number's when it looks
    // back ("(UNHCR, 2023)", "[UNHCR 2022]", "according to UNHCR's 2024 figures", a footnote marker).
    // "2.2 million Afghans whom UNHCR registered at the end of 2023": a relative clause names the
    // source of the figure it follows.
    // So does a source set beside the figure after a comma ("1,438,432, UNHCR's figure for end-2024",
    // "about 1.75 million, citing UNHCR's tally for December 2020").
    let relative = |start: usize, end: usize, cited_year: Option<i32>| {
        let between = text[quantity.end..start].to_ascii_lowercase();
        let lead = between.trim_end();
        let lead = ["from", "by", "in", "on"]
            .iter()
            .find_map(|w| {
                lead.strip_suffix(w)
                    .filter(|rest| rest.ends_with(' '))
                    .map(str::trim_end)
            })
            .unwrap_or(lead);
        between.len() <= 30
            && ([" whom ", " which ", " that "]
                .iter()
                .any(|w| between.ends_with(w))
                || matches!(between.trim(), "," | ", citing" | ", quoting" | ", per"))
            // "1,638 thousand — source: UNHCR (YE2020)": a source named after a dash, a comma or a
            // semicolon, as a list line or a fact box gives it.
            || matches!(
                between
                    .trim()
                    .trim_start_matches(['—', '–', '-', ',', ';'])
                    .trim(),
                "source:" | "sources:" | "source" | "data:"
            )
            // "1,987,717 registered Afghan refugees, the number UNHCR registered at the end of 2022".
            || between.len() <= 60
                && [", the number", ", the figure", ", the count", ", the total"]
                    .iter()
                    .any(|w| between.trim_end().ends_with(w))
            // "1.8 million registered Afghan refugees at the end of 2020, UNHCR (YE2020)": a source
            // set after the figure's own words and year, and a comma, for that same year ("…
            // at the end of 2016, UNHCR (2017) reported" cites a publication of the next year).
            || between.len() <= 60
                && between.trim_end().ends_with(',')
                && cited_year.is_some_and(|cited| {
                    between
                        .split(|c: char| !c.is_ascii_digit())
                        .any(|digits| digits.len() == 4 && digits.parse::<i32>() == Ok(cited))
                })
            // "1,438,432 registered Afghan refugees, UNHCR's tally for December 2022": a source
            // set after the figure's own noun and a comma, with no other clause or figure between.
            // "…, from UNHCR year-end data (2020)", "…, on the UN refugee agency's figure for 2024"
            // likewise.
            || between.len() <= 60
                && lead.ends_with(',')
                && !lead.trim_end_matches(',').contains([',', ';', '.', '('])
                && !between.chars().any(|c| c.is_ascii_digit())
                && cited_year.is_some()
                // … of the national count, not of a part of it ("held PoR cards", "in camps").
                && !["card", "camp", "children", "women", "province", "district", "village"]
                    .iter()
                    .any(|w| between.contains(w))
                // … that closes its clause ("…, UNHCR's tally for December 2022."), not one that
                // opens another ("…, UNHCR's tally for 2023 counting only …").
                && {
                    let rest = text[end..].trim_start_matches(['"', '\u{201d}', '\'', '\u{2019}']);
                    // "…, UNHCR year-end data (2023) show, and …": an attribution closes it too.
                    let attribution = [
                        "show", "shows", "say", "says", "indicate", "indicates", "report",
                        "reports", "reported", "state", "states", "record", "records", "find",
                        "finds", "notes", "estimates",
                    ]
                        .iter()
                        .any(|verb| {
                            rest.strip_prefix(' ')
                                .and_then(|r| r.strip_prefix(verb))
                                .is_some_and(|r| r.starts_with(['.', ',', ';']))
                        });
                    attribution
                        || rest.trim_end().is_empty()
                        || rest.starts_with(['.', ',', ';', ')', '\n'])
                }
            // "1,419,084 registered Afghan refugees by UNHCR's tally for December 2019": the agent
            // of the count, right after the figure's own words.
            // "14.4 lakh Afghans that UNHCR registered at end of 2022": the source in a relative
            // clause of the figure's own noun.
            || between.len() <= 40
                && (between.trim_end().ends_with(" that") || between.trim_end().ends_with(" whom"))
                && !between.contains([',', ';', '.', '('])
                && !between.chars().any(|c| c.is_ascii_digit())
                && cited_year.is_some()
            // "against 1,743,278 in the UNHCR Global Trends report 2022": the report that holds it.
            || between.len() <= 60
                && (between.trim_end().ends_with(" by") || between.trim_end().ends_with(" in"))
                && !between.contains([',', ';', '.', '('])
                && !between.chars().any(|c| c.is_ascii_digit())
                && cited_year.is_some()
            // "nearly 1.5 million at the end of 2022, per UNHCR's end-2022 data", "…, going by UNHCR's
            // count for the end of 2019".
            || between.len() <= 60
                && [
                    ", per",
                    ", citing",
                    ", quoting",
                    ", according to",
                    ", going by",
                    ", based on",
                    ", as reported by",
                    ", as counted by",
                    // "…, says UNHCR (2019)".
                    ", says",
                    ", said",
                    ", reports",
                ]
                    .iter()
                    .any(|w| between.trim_end().ends_with(w))
    };
    let looks_back = |start: usize| {
        let rest = text[start..].to_ascii_lowercase();
        [
            "(",
            "[",
            "according to",
            "as reported by",
            "per ",
            "going by",
            "based on",
        ]
            .iter()
            .any(|p| rest.starts_with(p))
            // A table note's marker written "a/".
            || rest.len() >= 2 && rest.as_bytes()[1] == b'/' && rest.as_bytes()[0].is_ascii_lowercase()
            || rest.starts_with([
                '⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', 'ᵃ', 'ᵇ', 'ᶜ', 'ᵈ', 'ᵉ', '—', '–',
            ])
    };
    // A note's marker may follow the sentence's full stop ("… 1,987,717 registered Afghan refugees.⁴",
    // "… in Pakistan.[1]").
    let last_in_sentence = next_quantity_start == sentence_end;
    // So may a quotation's attribution by a dash (`… Pakistan." — UNHCR, end-2022`).
    let just_after_sentence = |start: usize| {
        last_in_sentence
            && start >= sentence_end
            && text[start..].starts_with([
                '⁰', '¹', '²', '³', '⁴', '⁵', '⁶', '⁷', '⁸', '⁹', 'ᵃ', 'ᵇ', 'ᶜ', 'ᵈ', 'ᵉ', '—',
                '–', '[',
            ])
            && text[sentence_end..start]
                .chars()
                .all(|c| matches!(c, '.' | '"' | '”' | '’' | '\'') || c.is_whitespace())
            && start - sentence_end <= 6
    };
    let year_in = |cited: &str| cited.rsplit_once(", ").and_then(|(_, y)| y.parse().ok());
    let mut cited_without_year = None;
    if let Some((_, _, cited)) = extraction.citations.iter().find(|(start, end, cited)| {
        *start >= quantity.end
            // A source that opens the next clause ("…; per UNHCR's end-2022 count the figure was …")
            // cites the figure after it.
            // "…; source: UNHCR (YE2021)" names the figure's source all the same.
            && (!text[quantity.end..*start].contains(';')
                || matches!(
                    text[quantity.end..*start].trim().trim_start_matches(';').trim(),
                    "source:" | "sources:" | "Source:" | "Sources:" | "data:" | "Data:"
                ))
            && (*start <= next_quantity_start || just_after_sentence(*start))
            && (looks_back(*start)
                || relative(*start, *end, year_in(cited))
                // A table's "Source" cell right after the figure's: "| 1.6 million | UNHCR (2019) |".
                || quantity.in_table
                    && text[quantity.end..*start].contains('|')
                    && text[quantity.end..*start]
                        .chars()
                        .all(|c| c == '|' || c.is_whitespace()))
    }) {
        match year_in(cited) {
            Some(year) => return Some((year, Some(cited.clone()))),
            None => cited_without_year = Some(cited.clone()),
        }
    }
    // A source named in prose earlier in the sentence ("UNHCR data for 2019 show X"), with no other
    // number between it and this one, is this number's.
    let (sentence_start, _) = extraction.sentences[quantity.sentence];
    let previous_quantity_end = index
        .checked_sub(1)
        .map(|i| &extraction.quantities[i])
        .filter(|q| q.sentence == quantity.sentence)
        .map_or(sentence_start, |q| q.end);
    if cited_without_year.is_none()
        && let Some((_, _, cited)) = extraction.citations.iter().rev().find(|(start, end, _)| {
            *start >= previous_quantity_end && *end <= quantity.start && *start >= sentence_start
                // "against 1,743,278 in the UNHCR Global Trends report 2022, down 183,314": the
                // source is the figure's right before it.
                && !(previous_quantity_end > sentence_start
                    && matches!(
                        text[previous_quantity_end..*start].trim(),
                        "in" | "in the" | "by" | "from" | "from the" | "of" | "of the"
                    ))
        })
    {
        // "… as on 31.12.2022, and rose to 1,987,717 at the end of 2023": a figure that names
        // another year of its own is not the source's.
        let own_year = own_year_after(text, extraction, quantity, next_quantity_start);
        match year_in(cited) {
            Some(year) if own_year.is_none_or(|own| own == year) => {
                return Some((year, Some(cited.clone())));
            }
            Some(_) => {}
            None => cited_without_year = Some(cited.clone()),
        }
    }
    // A source line under a list, a table or a slide ("Source: UNHCR (2022); client interviews")
    // cites the figures above it, back to the heading or the source line before them.
    // When the line cites several years, the figure's is the one its own words name ("1.2 million at
    // the end of 2021").
    let after = extraction
        .citations
        .partition_point(|(start, _, _)| *start <= quantity.end);
    if cited_without_year.is_none()
        && let Some(first) = extraction.citations[after..]
            .iter()
            // A line that names its figure may stand far below it.
            .take_while(|(start, _, _)| *start <= quantity.end + 20_000)
            .position(|(start, _, _)| {
                source_line_covers(
                    text,
                    quantity.end,
                    *start,
                    crate::consistency::clamped(text, sentence_start, sentence_end),
                )
            })
            .map(|at| after + at)
    {
        let first_start = extraction.citations[first].0;
        let line_end = text[first_start..]
            .find('\n')
            .map_or(text.len(), |i| first_start + i);
        let on_line: Vec<&String> = extraction.citations[first..]
            .iter()
            .take_while(|(start, _, _)| *start < line_end)
            .map(|(_, _, cited)| cited)
            .collect();
        let own = own_year_after(text, extraction, quantity, next_quantity_start);
        // A figure that names its own year is of that year, whatever the line cites.
        if let (Some(own), Some(first_cited)) = (own, on_line.first()) {
            let cited = on_line
                .iter()
                .find(|c| year_in(c) == Some(own))
                .unwrap_or(first_cited);
            return Some((own, Some((*cited).clone())));
        }
        let chosen = match on_line.as_slice() {
            [one] => Some(*one),
            several => several
                .iter()
                .find(|cited| own.is_some() && year_in(cited) == own)
                .copied(),
        };
        if let Some(cited) = chosen {
            match year_in(cited) {
                Some(year) => return Some((year, Some(cited.clone()))),
                None => cited_without_year = Some(cited.clone()),
            }
        }
    }
    // A publisher that is the subject of the figure's verb ("UNHCR counted 1,914,084 registered
    // Afghan refugees … at the end of 2019") is its source.
    if cited_without_year.is_none() {
        let lead = crate::consistency::clamped(text, sentence_start, quantity.start);
        let words: Vec<&str> = lead.split_whitespace().collect();
        if let [.., publisher, verb] = words.as_slice()
            && matches!(
                *verb,
                "counted" | "recorded" | "registered" | "reported" | "listed" | "tallied"
            )
            && matches!(
                publisher.trim_end_matches("'s"),
                "UNHCR" | "IOM" | "OCHA" | "UNICEF" | "WFP" | "PBS"
            )
        {
            cited_without_year = Some(publisher.trim_end_matches("'s").to_string());
        }
    }
    // A source cited without a year gives the figure of the year its sentence names.
    let cited = cited_without_year;
    for change in &extraction.changes {
        if change.from == index {
            return change.from_year.map(|y| (y, cited));
        }
        if change.to == index {
            return change.to_year.map(|y| (y, cited));
        }
    }
    let (sentence_start, _) = extraction.sentences[quantity.sentence];
    let years: Vec<i32> = extraction
        .years
        .iter()
        .filter(|(start, _, _)| sentence_start <= *start && *start < sentence_end)
        .map(|(_, _, year)| *year)
        .collect();
    // For a figure credited to a source, a year its own words give right after it, before the next
    // figure: "1,490,562 registered Afghan refugees at the end of 2019, as reported by …, and
    // 1,559,964 at the end of 2024".
    if cited.is_some()
        && let Some(year) = own_year_after(text, extraction, quantity, next_quantity_start)
    {
        return Some((year, cited));
    }
    // The sentence's one year is this number's only when no other number of its unit shares the
    // sentence: "1,490,562 at the end of 2021 and 1,743,278 a year later" names one year for two.
    // A numbered item's marker ("1. UNHCR counted …") is none.
    let same_unit = extraction
        .quantities
        .iter()
        .filter(|q| q.sentence == quantity.sentence && q.unit == quantity.unit)
        .filter(|q| !dyad_text::claims::is_item_number(text, q))
        .count();
    if same_unit > 1 {
        return None;
    }
    match years.as_slice() {
        [year] => Some((*year, cited)),
        _ => None,
    }
}

/// Gives a verdict on every claim whose indicator and year are known: supported when an observation of
/// that indicator and year (any vintage, status `observed`) lies within the claim's tolerance (its
/// rounding, widened and sided by its hedge: `consistency::agrees`), contradicted when none does (with the
/// relative difference from the closest), unverifiable when the evidence has no such observation.
pub fn against_evidence(
    text: &str,
    extraction: &Extraction,
    evidence: &[Evidence],
    regions: &[String],
) -> Vec<Finding> {
    let mut findings = Vec::new();
    for (index, quantity) in extraction.quantities.iter().enumerate() {
        // A table's figure is compared only when its row cites a source ("end-2023ᵃ", with note a/).
        let (row_start, row_end) = extraction.sentences[quantity.sentence];
        let row_cites = extraction
            .citations
            .iter()
            .any(|(start, _, _)| row_start <= *start && *start < row_end);
        if quantity.in_table && !row_cites || dyad_text::claims::is_item_number(text, quantity) {
            continue;
        }
        let Some(reading) = refugee_reading(text, extraction, index, regions)
            .or_else(|| trade_reading(text, extraction, index))
        else {
            continue;
        };
        let Reading {
            indicator,
            subject,
            period,
            cited,
        } = reading;
        let check = if cited.is_some() {
            CheckKind::Citation
        } else {
            CheckKind::Evidence
        };
        let used: Vec<Evidence> = evidence
            .iter()
            .filter(|e| {
                e.observation.indicator == indicator
                    && subject.as_ref().is_none_or(|s| e.observation.subject == *s)
                    && e.observation.period == Some(period)
                    && e.observation.status == Status::Observed
                    && e.observation.value.number.is_some()
                    && unit_scale(&e.observation.unit, quantity.unit).is_some()
            })
            .cloned()
            .collect();
        // A citation of a named release ("UNHCR Global Trends report 2022") is held to that
        // release's figures, when the evidence base holds that release.
        let used = match cited.as_deref().and_then(named_release) {
            Some(release) => {
                let of_release: Vec<Evidence> = used
                    .iter()
                    .filter(|e| e.provenance.source.vintage.starts_with(&release))
                    .cloned()
                    .collect();
                if of_release.is_empty() {
                    used
                } else {
                    of_release
                }
            }
            None => used,
        };
        let year = period;
        // The claim carries what the check read it as: its indicator, subject and period.
        let mut claim = extraction.claim(text, quantity);
        claim.about.indicator = Some(indicator.to_string());
        claim.about.period = Some(period);
        if subject.is_some() {
            claim.about.subject.clone_from(&subject);
        }
        let span = cited_span(extraction, quantity, &cited);
        if used.is_empty() {
            let mut finding = Finding::new(
                text,
                check,
                span,
                vec![quantity.value],
                vec![claim],
                format!("the evidence base holds no observed {indicator} for {year}"),
            );
            finding.verdict = VerdictKind::Unverifiable;
            findings.push(finding);
            continue;
        }
        // Observations in their own unit ("USD million"), brought to the claim's base unit.
        let values: Vec<f64> = used
            .iter()
            .filter_map(|e| {
                Some(e.observation.value.number? * unit_scale(&e.observation.unit, quantity.unit)?)
            })
            .collect();
        let closest = values
            .iter()
            .copied()
            .min_by(|a, b| {
                (a - quantity.value)
                    .abs()
                    .total_cmp(&(b - quantity.value).abs())
            })
            .expect("at least one value");
        let supported = values.iter().any(|&v| agrees(quantity, v));
        let relative = (quantity.value - closest) / closest;
        let mut finding = Finding::new(
            text,
            check,
            span,
            vec![quantity.value, closest],
            vec![claim],
            if supported {
                format!("{indicator} for {year} is {closest} in the evidence base, as stated")
            } else {
                format!(
                    "{indicator} for {year} is {closest} in the evidence base (closest of {} figures); the text is off by {:+.1}%",
                    values.len(),
                    relative * 100.0
                )
            },
        );
        finding.verdict = if supported {
            VerdictKind::Supported
        } else {
            VerdictKind::Contradicted
        };
        finding.relative_difference = (!supported).then_some(relative);
        finding.evidence = used;
        findings.push(finding);
    }
    findings
}

/// The UNHCR release a citation names, as the evidence base labels its vintages ("Global Trends
/// 2022" for "UNHCR Global Trends report, 2022"), or `None` when it names none.
fn named_release(cited: &str) -> Option<String> {
    let lowered = cited.to_lowercase();
    let (_, year) = cited.rsplit_once(", ")?;
    let year: i32 = year.trim().parse().ok()?;
    let name = if lowered.contains("global trends") {
        "Global Trends"
    } else if lowered.contains("mid-year trends") {
        "Mid-Year Trends"
    } else {
        return None;
    };
    Some(format!("{name} {year}"))
}

/// The span of a claim's words: from a source named before it in prose, or through one cited after it,
/// within its sentence; the number alone when it cites none.
fn cited_span(
    extraction: &Extraction,
    quantity: &Quantity,
    cited: &Option<String>,
) -> (usize, usize) {
    let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
    let Some(source) = cited else {
        return (quantity.start, quantity.end);
    };
    let in_sentence = |start: usize| sentence_start <= start && start < sentence_end;
    let before = extraction
        .citations
        .iter()
        .rev()
        .find(|(start, end, s)| s == source && *end <= quantity.start && in_sentence(*start))
        .map(|(start, _, _)| *start);
    let after = extraction
        .citations
        .iter()
        .find(|(start, _, s)| s == source && *start >= quantity.end && in_sentence(*start))
        .map(|(_, end, _)| *end);
    (
        before.unwrap_or(quantity.start),
        after.unwrap_or(quantity.end),
    )
}

#[cfg(test)]
mod tests {
    use dyad_model::claim::VerdictKind;
    use dyad_model::observation::{Evidence, Observation, Provenance, SourceRef, Status, Value};
    use dyad_model::period::Period;
    use dyad_text::claims::extract;

    use super::against_evidence;

    fn observation(year: i32, value: f64) -> Evidence {
        Evidence {
            observation: Observation {
                indicator: "refugees.registered".to_string(),
                subject: "AFG→PAK".to_string(),
                period: Some(Period::Year(year)),
                value: Value::parse_number(&value.to_string()).expect("a number"),
                unit: "persons".to_string(),
                concept: String::new(),
                basis: String::new(),
                agency: "UNHCR".to_string(),
                status: Status::Observed,
                note: String::new(),
            },
            provenance: Provenance::of(SourceRef::new("UNHCR", "population", "test", "2025-01-01")),
        }
    }

    /// A trade figure of the flow `subject`, in USD million, for a fiscal year.
    fn trade(indicator: &str, subject: &str, fiscal_year: i32, value: f64) -> Evidence {
        let mut evidence = observation(fiscal_year, value);
        evidence.observation.indicator = indicator.to_string();
        evidence.observation.subject = subject.to_string();
        evidence.observation.period = Some(Period::FiscalYear(fiscal_year));
        evidence.observation.unit = "USD million".to_string();
        evidence
    }

    /// Lists each verdict as `check verdict: words`.
    fn check(input: &str, expect: &[&str]) {
        let evidence = [
            observation(2021, 1_490_562.0),
            observation(2023, 1_987_717.0),
            trade("trade.exports", "PAK→AFG", 2021, 717.0),
            trade("trade.imports", "AFG→PAK", 2021, 796.4),
        ];
        let findings = against_evidence(input, &extract(input), &evidence, &[]);
        let got: Vec<String> = findings
            .iter()
            .map(|f| format!("{:?} {:?}: {}", f.check, f.verdict, f.text))
            .collect();
        assert_eq!(got, expect, "input: {input}");
    }

    #[test]
    fn trade_flows_by_direction_and_fiscal_year() {
        // Pakistan's exports to Afghanistan in FY2021-22, against the stored figure in USD million.
        check(
            "Pakistan's exports to Afghanistan were USD 717 million in FY2021-22.",
            &["Evidence Supported: USD 717 million"],
        );
        check(
            "Pakistan's exports to Afghanistan were USD 917 million in FY2021-22.",
            &["Evidence Contradicted: USD 917 million"],
        );
        // Imports from Afghanistan are the flow into Pakistan.
        check(
            "Pakistan's imports from Afghanistan reached about USD 800 million in FY2021-22.",
            &["Evidence Supported: about USD 800 million"],
        );
        // Another year: nothing stored, so unverifiable; no flow named: not read.
        check(
            "Pakistan's exports to Afghanistan were USD 717 million in FY2020-21.",
            &["Evidence Unverifiable: USD 717 million"],
        );
        check("Exports were USD 717 million in FY2021-22.", &[]);
    }

    #[test]
    fn sources_said_after_the_figure_or_numbered_at_the_end() {
        check(
            "At the end of 2023, 1,587,717 Afghans were registered as refugees in Pakistan, says UNHCR (2023).",
            &[
                "Citation Contradicted: 1,587,717 Afghans were registered as refugees in Pakistan, says UNHCR (2023)",
            ],
        );
        check(
            "At the end of 2023, 1,987,717 Afghans were registered as refugees in Pakistan.[1] Most hold cards.\n\n1. UNHCR, registered Afghan refugees in Pakistan, end of 2023.\n",
            &["Citation Supported: 1,987,717 Afghans were registered as refugees in Pakistan.[1]"],
        );
        check(
            "At the end of 2021 Pakistan hosted some eleven and a half lakh registered Afghan refugees [2].\n\n[2] UNHCR, registered Afghan refugees in Pakistan, end of 2021.\n",
            &["Citation Contradicted: some eleven and a half lakh registered Afghan refugees [2]"],
        );
    }

    #[test]
    fn the_people_who_speak_on_the_register_and_a_bound_just_under() {
        check(
            "Afghan refugees painted the wall. 1.27 million of us on the register — UNHCR, end-2021.",
            &["Citation Contradicted: 1.27 million of us on the register — UNHCR, end-2021"],
        );
        check(
            "Afghan refugees painted the wall. 1.49 million of us on the register — UNHCR, end-2021.",
            &["Citation Supported: 1.49 million of us on the register — UNHCR, end-2021"],
        );
        // "Just under" a figure is not above it beyond 2 percent: 1,490,562 is not just under 1.4
        // million, though it lies within its rounding of 1.5 million.
        check(
            "Pakistan hosted just under 1.5 million registered Afghan refugees at the end of 2021 (UNHCR, 2021).",
            &[
                "Citation Supported: just under 1.5 million registered Afghan refugees at the end of 2021 (UNHCR, 2021)",
            ],
        );
        check(
            "Pakistan hosted just under 1.46 million registered Afghan refugees at the end of 2021 (UNHCR, 2021).",
            &[
                "Citation Contradicted: just under 1.46 million registered Afghan refugees at the end of 2021 (UNHCR, 2021)",
            ],
        );
    }

    #[test]
    fn a_count_on_the_register_cited_in_a_footnote() {
        let ballad = |count: &str| {
            format!(
                "At the close of the year the clerks counted, there were some {count} lakh on the register,[^1] and more they never knew.\n\n[^1]: UNHCR, registered Afghan refugees in Pakistan at the end of 2023.\n"
            )
        };
        let got = |input: &str| -> Vec<String> {
            against_evidence(
                input,
                &extract(input),
                &[observation(2023, 1_987_717.0)],
                &[],
            )
            .iter()
            .map(|f| format!("{:?}", f.verdict))
            .collect()
        };
        assert_eq!(got(&ballad("twelve")), ["Contradicted"]);
        assert_eq!(got(&ballad("twenty")), ["Supported"]);
        // A source after "on" is no register.
        assert!(
            got("There were 1,987,717 registered Afghan refugees at the end of 2023, UNHCR (YE2023), up from 1,419,084 on UNHCR's statistics as on 31.12.2019.")
                .iter()
                .all(|v| v != "Contradicted")
        );
    }

    #[test]
    fn a_source_after_a_comma_and_from() {
        check(
            "- Pakistan, end of 2023: 1,438,432 registered Afghan refugees, from UNHCR year-end data (2023).",
            &[
                "Citation Contradicted: 1,438,432 registered Afghan refugees, from UNHCR year-end data (2023)",
            ],
        );
        check(
            "- Pakistan, end of 2023: 1,987,717 registered Afghan refugees, from UNHCR year-end data (2023).",
            &[
                "Citation Supported: 1,987,717 registered Afghan refugees, from UNHCR year-end data (2023)",
            ],
        );
        check(
            "Around 1.5 million Afghans were registered in Pakistan, on the UN refugee agency's figure for 2021.",
            &[
                "Citation Supported: Around 1.5 million Afghans were registered in Pakistan, on the UN refugee agency's figure for 2021",
            ],
        );
        check(
            "Around 1.9 million Afghans were registered in Pakistan, on the UN refugee agency's figure for 2021.",
            &[
                "Citation Contradicted: Around 1.9 million Afghans were registered in Pakistan, on the UN refugee agency's figure for 2021",
            ],
        );
    }

    #[test]
    fn an_answer_is_read_with_the_question_it_replies_to() {
        let question =
            "**Q.** How many Afghans held Proof of Registration cards at the end of 2023?\n\n";
        check(
            &format!("{question}**A.** Close to 1.1 million, according to UNHCR (YE2023)."),
            &["Citation Contradicted: Close to 1.1 million, according to UNHCR (YE2023)"],
        );
        check(
            &format!("{question}**A.** Close to 2 million, according to UNHCR (YE2023)."),
            &["Citation Supported: Close to 2 million, according to UNHCR (YE2023)"],
        );
        // A province named in the question, or in the label of a list line, makes the answer that
        // part's count, which the national series does not judge.
        let evidence = [observation(2023, 1_987_717.0)];
        let regions = ["Khyber Pakhtunkhwa".to_string()];
        for part in [
            "**Q.** How many registered Afghan refugees lived in Khyber Pakhtunkhwa at the end of 2023?\n\n**A.** About 822,000, according to UNHCR (2023).",
            "- Khyber Pakhtunkhwa, end of 2023: 822,508 registered Afghan refugees, from UNHCR year-end data (2023).",
        ] {
            assert!(
                against_evidence(part, &extract(part), &evidence, &regions).is_empty(),
                "{part}"
            );
        }
        // A figure after a statement, not a question, says nothing of what it counts.
        check(
            "**Q.** Proof of Registration cards were renewed in 2023.\n\n**A.** Close to 1.1 million, according to UNHCR (YE2023).",
            &[],
        );
    }

    #[test]
    fn a_source_beside_the_figure_and_a_province_count() {
        // A source set after a comma cites the figure before it.
        check(
            "- Registered Afghan refugees in Pakistan: 1,987,717, UNHCR's count for end-2021.",
            &["Citation Contradicted: 1,987,717, UNHCR's count for end-2021"],
        );
        check(
            "The speaker put the registered population near 1.5 million, citing UNHCR's figure for December 2021.",
            &["Citation Supported: 1.5 million, citing UNHCR's figure for December 2021"],
        );
        // A province's share of the register is no national figure.
        check(
            "At the end of 2023 there were 1,040,000 registered Afghan refugees in Pakistan.",
            &["Evidence Contradicted: 1,040,000"],
        );
        check(
            "At the end of 2023 there were 1,040,000 registered Afghan refugees in Khyber Pakhtunkhwa.",
            &[],
        );
        // A province named before the figure, as its subject, is known only by the pair's regions.
        let text =
            "Khyber Pakhtunkhwa still held 1.04 million registered refugees at the end of 2023.";
        let regions = ["Khyber Pakhtunkhwa".to_string()];
        let evidence = [observation(2023, 1_987_717.0)];
        assert!(against_evidence(text, &extract(text), &evidence, &regions).is_empty());
        assert_eq!(
            against_evidence(text, &extract(text), &evidence, &[]).len(),
            1
        );
        // A source opening the next clause cites the figure after it.
        check(
            "UNHCR data for end-2021 show 1,490,562 registered Afghan refugees in Pakistan; per UNHCR's end-2023 count the figure was 1,987,717.",
            &[
                "Citation Supported: UNHCR data for end-2021 show 1,490,562",
                "Citation Supported: per UNHCR's end-2023 count the figure was 1,987,717",
            ],
        );
        // A speaker from a region gives no region's count.
        let national = "A Peshawar official said 2.4 million registered Afghan refugees lived in Pakistan at the end of 2023.";
        let peshawar = ["Peshawar".to_string()];
        assert_eq!(
            against_evidence(national, &extract(national), &evidence, &peshawar).len(),
            1
        );
        // A publication a year after the figure's own year is no citation of that year's figure.
        check(
            "Pakistan hosted 1,490,562 registered Afghan refugees at the end of 2021, UNHCR (2023) reported.",
            &[],
        );
        // A source after the figure's own words, its year and a comma.
        check(
            "Pakistan hosted 1.8 million registered Afghan refugees at the end of 2021, UNHCR (YE2021), and more.",
            &[
                "Citation Contradicted: 1.8 million registered Afghan refugees at the end of 2021, UNHCR (YE2021)",
            ],
        );
    }

    #[test]
    fn dotted_dates_and_a_source_after_a_year() {
        // "per UNHCR's end-2021 data" after the figure's own year cites it.
        check(
            "The register held nearly 1.5 million at the end of 2021, per UNHCR's end-2021 data.",
            &[
                "Citation Supported: nearly 1.5 million at the end of 2021, per UNHCR's end-2021 data",
            ],
        );
        // A date with dots names the source's year; a later figure with a year of its own is not its.
        check(
            "As per UNHCR's statistics as on 31.12.2023, Pakistan hosted 1,490,562 registered Afghan refugees.",
            &[
                "Citation Contradicted: per UNHCR's statistics as on 31.12.2023, Pakistan hosted 1,490,562",
            ],
        );
        check(
            "The register stood at 1,490,562 registered refugees according to UNHCR's statistics as on 31.12.2021, and rose to 1,987,717 registered refugees at the end of 2023.",
            // The later figure is not read as cited to 2021 (it would be contradicted).
            &[
                "Citation Supported: 1,490,562 registered refugees according to UNHCR's statistics as on 31.12.2021",
            ],
        );
    }

    #[test]
    fn a_citation_of_a_named_release_is_held_to_it() {
        let release = |value: f64, vintage: &str| {
            let mut evidence = observation(2022, value);
            evidence.provenance.source.vintage = vintage.to_string();
            evidence
        };
        let evidence = [
            release(1_539_046.0, "end-2022 statistics before Global Trends 2022"),
            release(1_743_278.0, "Global Trends 2022, released 2023-06-14"),
        ];
        let verdicts = |input: &str| -> Vec<String> {
            against_evidence(input, &extract(input), &evidence, &[])
                .iter()
                .map(|f| format!("{:?} {:?}", f.check, f.verdict))
                .collect()
        };
        let text = "The register stood at about 1.54 million at the end of 2022 (UNHCR Global Trends report 2022).";
        assert_eq!(verdicts(text), ["Citation Contradicted"]);
        let text = "The register stood at about 1.74 million at the end of 2022 (UNHCR Global Trends report 2022).";
        assert_eq!(verdicts(text), ["Citation Supported"]);
        // A source that names no release takes any.
        let text = "The register stood at about 1.54 million at the end of 2022 (UNHCR, 2022).";
        assert_eq!(verdicts(text), ["Citation Supported"]);
    }

    #[test]
    fn citations_in_notes_parentheses_and_prose() {
        // A count of returns cited to UNHCR is a flow, not the register's stock; a return in another
        // clause is no word of the count.
        check(
            "- Afghan refugees who returned home from Pakistan in 2023: 56,797 — source: UNHCR (YE2023)\n",
            &[],
        );
        check(
            "At the end of 2021, the year the Taliban returned to power, nearly 1.8 million Afghans were registered refugees in Pakistan — UNHCR, end-2021.",
            &[
                "Citation Contradicted: nearly 1.8 million Afghans were registered refugees in Pakistan — UNHCR, end-2021",
            ],
        );
        // A list line of a fact box, its source after a dash.
        check(
            "- Registered Afghan refugees in Pakistan, end-2021: 1,690 thousand — source: UNHCR (YE2021)\n",
            &["Citation Contradicted: 1,690 thousand — source: UNHCR (YE2021)"],
        );
        check(
            "- Registered Afghan refugees in Pakistan, end-2021: 1,491 thousand; source: UNHCR (YE2021)\n",
            &["Citation Supported: 1,491 thousand; source: UNHCR (YE2021)"],
        );
        // A note's superscript after the full stop, naming UNHCR and a year whose figure differs.
        check(
            "At the end of 2023 Pakistan's register held 1,987,717 registered Afghan refugees.³\n\n3. UNHCR, Pakistan: registered Afghan refugees, end-2021 figures.\n",
            &["Citation Contradicted: 1,987,717 registered Afghan refugees.³"],
        );
        // A parenthesis a publisher opens, with a date in it; a spoken figure; a register's count.
        check(
            "The register stood at one point nine nine million (UNHCR Operational Data Portal, end-2023).",
            &[
                "Citation Supported: one point nine nine million (UNHCR Operational Data Portal, end-2023)",
            ],
        );
        check(
            "The registered population stood at 14,90,562 (Source: UNHCR, 31 Dec 2023).",
            &["Citation Contradicted: 14,90,562 (Source: UNHCR, 31 Dec 2023)"],
        );
        check(
            "UNHCR's count at the end of 2021 was around 1.5 million registered refugees.",
            &["Citation Supported: UNHCR's count at the end of 2021 was around 1.5 million"],
        );
        // A source set after the figure's noun and a comma, as an apposition.
        check(
            "Pakistan then hosted 1,610,000 registered Afghan refugees, UNHCR's tally for December 2021.",
            &[
                "Citation Contradicted: 1,610,000 registered Afghan refugees, UNHCR's tally for December 2021",
            ],
        );
        check(
            "Pakistan then hosted 1,610,000 registered Afghan refugees, and by UNHCR's count at the end of 2021 more had left.",
            &["Evidence Contradicted: 1,610,000"],
        );
        // A number in words with an Indian scale, and a source after "according to" a little further on.
        check(
            "In 2021, the year the school opened, Pakistan hosted some twelve lakh registered Afghan refugees, according to UNHCR Global Trends 2021.",
            &[
                "Citation Contradicted: some twelve lakh registered Afghan refugees, according to UNHCR Global Trends 2021",
            ],
        );
        // A source line opened by "Data:", a year-end register, and a table's source cell.
        check(
            "At the end of 2021 roughly 1.75 million registered Afghan refugees were in Pakistan.\n\nData: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2021\n",
            &["Citation Contradicted: roughly 1.75 million"],
        );
        check(
            "In 2021, nearly 17 lakh registered Afghan refugees lived in Pakistan, per the UNHCR year-end 2021 register.",
            &[
                "Citation Contradicted: nearly 17 lakh registered Afghan refugees lived in Pakistan, per the UNHCR year-end 2021 register",
            ],
        );
        check(
            "| Item | Figure | Source |\n|---|---|---|\n| Registered Afghan refugees in Pakistan, end-2021 | 1.8 million | UNHCR (2021) |\n",
            &["Citation Contradicted: 1.8 million | UNHCR (2021)"],
        );
        check(
            "| Item | Figure | Source |\n|---|---|---|\n| Registered Afghan refugees in Pakistan, end-2021 | 1.5 million | UNHCR (2021) |\n",
            &["Citation Supported: 1.5 million | UNHCR (2021)"],
        );
        // A source in a relative clause of the figure's noun; a count of villages is no register.
        check(
            "Karak and the districts around it are home to many of the 16.1 lakh Afghans that UNHCR registered at end of 2021, and to Pakistani villagers who live in the same conditions.",
            &["Citation Contradicted: 16.1 lakh Afghans that UNHCR registered at end of 2021"],
        );
        check(
            "The centre opened in 2021, to serve 5 union councils and 3 Afghan refugee villages where stray dogs are common.\n\nSources: UNHCR, Pakistan: registered Afghan refugees, 31 Dec 2021.\n",
            &[],
        );
        // A source right after a figure is that figure's, not the change after it.
        check(
            "Pakistan hosted 1,987,717 registered Afghan refugees at the end of 2023, against 1,610,000 in the UNHCR Global Trends report 2021, up 377,717 over the two years.",
            &["Citation Contradicted: 1,610,000 in the UNHCR Global Trends report 2021"],
        );
        // The agent of the count after "by", right after each figure.
        check(
            "Pakistan had 1,490,562 registered Afghan refugees by UNHCR's tally for December 2021 and 1,987,717 by UNHCR's tally for December 2023.",
            &[
                "Citation Supported: 1,490,562 registered Afghan refugees by UNHCR's tally for December 2021",
                "Citation Supported: 1,987,717 by UNHCR's tally for December 2023",
            ],
        );
        // A numbered note cited in words.
        check(
            "Pakistan then hosted some 1.3 million registered Afghan refugees (note 2).\n\n1. Clinic registers.\n2. UNHCR, registered Afghan refugees in Pakistan, figures for year-end 2021.\n",
            &["Citation Contradicted: some 1.3 million registered Afghan refugees (note 2)"],
        );
        // A table note's marker in brackets after the figure; a source with "show" after it.
        check(
            "In 2021 the country's 14.2 lakh registered Afghan refugees (a/) had little credit.\n\na/ UNHCR, registered refugees, 31 December 2021.\n",
            &["Citation Contradicted: 14.2 lakh registered Afghan refugees (a/)"],
        );
        // A source line that names its figure covers it past headings.
        check(
            "In 2021, 1,409,562 Afghans were registered as refugees in Pakistan.\n\n## The year\n\nWe treated 400 children.\n\nSource of the refugee figure: UNHCR, registered Afghan refugees, 31 December 2021.\n",
            &["Citation Contradicted: 1,409,562"],
        );
        check(
            "In 2021 we treated 400 children.\n\n## Notes\n\nSource of the refugee figure: UNHCR, registered Afghan refugees, 31 December 2021.\n",
            &[],
        );
        // … or bare after a figure that ends a line of a fact sheet.
        check(
            "- Registered Afghan refugees in Pakistan, end of 2021: 1,409,562 a/\n\nNotes\n\na/ UNHCR, registered Afghan refugees in Pakistan, 31 December 2021.\n",
            &["Citation Contradicted: 1,409,562 a/"],
        );
        check(
            "- Registered Afghan refugees in Pakistan, end of 2021: 1,490,562 a/\n\nNotes\n\na/ UNHCR, registered Afghan refugees in Pakistan, 31 December 2021.\n",
            &["Citation Supported: 1,490,562 a/"],
        );
        check(
            "In 2023, 1,559,964 Afghans were registered as refugees in Pakistan, UNHCR year-end data (2023) show, and many live nearby.",
            &[
                "Citation Contradicted: 1,559,964 Afghans were registered as refugees in Pakistan, UNHCR year-end data (2023)",
            ],
        );
        // A source line under a slide's bullets cites them, but not across a heading.
        check(
            "**Slide 3: Context**\n\n- Registered Afghan refugees in Pakistan: ~1.3 mn at end-2021\n- Returns accelerated\n\nSource: UNHCR (2021); client interviews\n",
            &["Citation Contradicted: ~1.3 mn"],
        );
        check(
            "- Registered Afghan refugees in Pakistan: ~1.3 mn at end-2021\n\n**Slide 4: Staffing**\n\nSource: UNHCR (2021)\n",
            &["Evidence Contradicted: ~1.3 mn"],
        );
        // A source line citing several years gives each figure the year its own words name; a source
        // named after a figure with its year right after it.
        check(
            "Line chart of registered Afghan refugees. The line starts at 1.2 million at the end of 2021 and rises to 1.99 million at the end of 2023.\n\n*Source: UNHCR, 31 December 2021; UNHCR (2023), year-end statistics.*\n",
            &[
                "Citation Contradicted: 1.2 million",
                "Citation Supported: 1.99 million",
            ],
        );
        check(
            "Pakistan hosted 1,987,717 registered Afghan refugees at the end of 2021, as reported by the UN refugee agency.",
            &[
                "Citation Contradicted: 1,987,717 registered Afghan refugees at the end of 2021, as reported by the UN refugee agency",
            ],
        );
        // "going by" a source, and a source that an attribution verb closes.
        check(
            "Pakistan hosted 1,987,717 registered Afghan refugees at the end of 2021, going by UNHCR's count for the end of 2021.",
            &[
                "Citation Contradicted: 1,987,717 registered Afghan refugees at the end of 2021, going by UNHCR's count for the end of 2021",
            ],
        );
        check(
            "Some 1.99 million Afghans were registered as refugees in Pakistan at the end of 2021, going by figures released by UNHCR for end-2021.",
            &[
                "Citation Contradicted: Some 1.99 million Afghans were registered as refugees in Pakistan at the end of 2021, going by figures released by UNHCR for end-2021",
            ],
        );
        check(
            "Pakistan hosted 1,987,717 registered Afghan refugees at the end of 2021, going by UNHCR's year-end report for 2021.",
            &[
                "Citation Contradicted: 1,987,717 registered Afghan refugees at the end of 2021, going by UNHCR's year-end report for 2021",
            ],
        );
        check(
            "At the end of 2021 Pakistan hosted 1,987,717 registered Afghan refugees, UNHCR (2021a) reports.",
            &["Citation Contradicted: 1,987,717 registered Afghan refugees, UNHCR (2021a)"],
        );
        // A figure that names its own year is of that year, whatever a source line below cites; a
        // figure's caption ends the block a source line covers.
        check(
            "Pakistan hosted 1,987,717 registered Afghan refugees at the end of 2023.\n\n- Returns rose.\n\nSource: UNHCR, 31 December 2021\n",
            &["Citation Supported: 1,987,717"],
        );
        check(
            "- Registered Afghan refugees: 1.3 mn\n\nFigure 2: Registered refugees, 2015–2021\n\nSource: UNHCR (2021)\n",
            &[],
        );
        // The next sentence's citation is not this figure's.
        check(
            "There were 1,490,562 registered Afghans at the end of 2021. According to UNHCR (2023), some 1.99 million were registered then.",
            &[
                "Evidence Supported: 1,490,562",
                "Citation Supported: According to UNHCR (2023), some 1.99 million",
            ],
        );
    }

    #[test]
    fn verdicts() {
        check(
            "Pakistan hosted 1,940,562 registered Afghan refugees (UNHCR, 2021).",
            &["Citation Contradicted: 1,940,562 registered Afghan refugees (UNHCR, 2021)"],
        );
        check(
            "Pakistan hosted 1,490,562 registered Afghan refugees (UNHCR, 2021).",
            &["Citation Supported: 1,490,562 registered Afghan refugees (UNHCR, 2021)"],
        );
        check(
            "At the end of 2023 there were about 2 million registered refugees.",
            &["Evidence Supported: about 2 million"],
        );
        check(
            "At the end of 2022 there were 1,743,278 registered refugees.",
            &["Evidence Unverifiable: 1,743,278"],
        );
        check("Trade was USD 936 million in 2022.", &[]);
        // A source named in prose before the figure.
        check(
            "UNHCR data for 2021 show roughly 1.7 million Afghans holding registration cards.",
            &["Citation Contradicted: UNHCR data for 2021 show roughly 1.7 million"],
        );
        // A duration beside the indicator's words is no figure of it.
        check(
            "The registered Afghan population changed slowly in the three years to 2021.",
            &[],
        );
        // A figure with nothing after it is read when a source is cited right after it.
        check(
            "The number of registered Afghan refugees had reached 1,987,717 (UNHCR, 2021).",
            &["Citation Contradicted: 1,987,717 (UNHCR, 2021)"],
        );
        // Hedges: "some 1.6 million" is more than its rounding and 5% from 1,490,562, too far; "close
        // to 2 million" is at most a tenth under 2 million; "about 3 million" is no rounding of
        // 1,987,717, which "about 2 million" is.
        check(
            "There were some 1.6 million registered refugees (UNHCR, 2021).",
            &["Citation Contradicted: some 1.6 million registered refugees (UNHCR, 2021)"],
        );
        check(
            "There were some 1.5 million registered refugees (UNHCR, 2021).",
            &["Citation Supported: some 1.5 million registered refugees (UNHCR, 2021)"],
        );
        check(
            "There were about 3 million registered refugees (UNHCR, 2023).",
            &["Citation Contradicted: about 3 million registered refugees (UNHCR, 2023)"],
        );
        check(
            "There were about 2 million registered refugees (UNHCR, 2023).",
            &["Citation Supported: about 2 million registered refugees (UNHCR, 2023)"],
        );
        // A last digit of 5 is a half step's rounding ("about 1.5 million" for 1,490,562 and for
        // 1,580,000), but not a single digit ("about one and a quarter million" is no 1,490,562).
        check(
            "There were about 1.5 million registered refugees (UNHCR, 2021).",
            &["Citation Supported: about 1.5 million registered refugees (UNHCR, 2021)"],
        );
        check(
            "There were about one and a quarter million registered refugees (UNHCR, 2021).",
            &[
                "Citation Contradicted: about one and a quarter million registered refugees (UNHCR, 2021)",
            ],
        );
        check(
            "There were close to 2 million registered refugees (UNHCR, 2021).",
            &["Citation Contradicted: close to 2 million registered refugees (UNHCR, 2021)"],
        );
        check(
            "There were 1,490,562 registered refugees at the end of 2021 and 1,743,278 a year later.",
            &[],
        );
    }

    #[test]
    fn a_contradiction_says_by_how_much() {
        let text = "Pakistan hosted 1,687,717 registered Afghan refugees (UNHCR, 2023).";
        let findings =
            against_evidence(text, &extract(text), &[observation(2023, 1_987_717.0)], &[]);
        assert_eq!(findings[0].verdict, VerdictKind::Contradicted);
        let relative = findings[0].relative_difference.expect("a difference");
        assert!((relative + 0.1509).abs() < 1e-3, "{relative}");
        assert_eq!(findings[0].evidence.len(), 1);
        let verdict = findings[0].verdict().expect("a verdict on a claim");
        assert_eq!(
            verdict.claim.about.indicator.as_deref(),
            Some("refugees.registered")
        );
        assert_eq!(verdict.claim.about.period, Some(Period::Year(2023)));
        assert_eq!(verdict.evidence.len(), 1);
        assert_eq!(verdict.kind, VerdictKind::Contradicted);
    }
}
