//! The internal-consistency checks: does a text agree with its own numbers?
//!
//! Each check is one function, and its doc states its rule. Tolerances follow the way a number is
//! written: a figure given to the unit may be off by half a unit, and a hedged one ("about", "nearly")
//! by more. A check flags only when no reading inside those tolerances makes the text agree.

use std::collections::{BTreeMap, HashMap, HashSet};

use dyad_model::claim::{CheckKind, Hedge};
use dyad_model::country::Concordance;
use dyad_text::claims::{
    Direction, Extraction, PartOfYear, Quantity, Table, TableCell, direction_of, is_year_word,
    lower_words, part_of_year_label, parts_of_year, word_spans,
};

use crate::{AuditConfig, Finding, Gazetteer};

/// The text between two bytes, or nothing when the first lies after the second (a figure outside the
/// sentence its index names, as odd input can leave it). A byte inside a character moves to that
/// character's edge, inwards, so that a window counted in bytes never loses the text around a dash.
pub(crate) fn clamped(text: &str, from: usize, to: usize) -> &str {
    let to = text.floor_char_boundary(to.min(text.len()));
    let from = text.ceil_char_boundary(from.min(to));
    text.get(from..to).unwrap_or("")
}

/// How far a value may lie from what was computed, given how it was written.
fn tolerance(quantity: &Quantity) -> f64 {
    let rounding = quantity.precision / 2.0;
    match quantity.hedge {
        Hedge::None => rounding,
        _ => rounding.max(quantity.value.abs() * 0.1),
    }
}

/// Whether `value` is one a quantity could have been written for, given its precision and its hedge:
///
/// - stated plainly, within half its last digit ("1.4 million": 1.35 to 1.45 million);
/// - "about", "roughly", "some": within its rounding or 5% of it, whichever is more ("about 1.3
///   million": 1.235 to 1.365 million; "about 3 million": 2.5 to 3.5 million, since 2.08 million
///   would have been written "about 2 million");
/// - "nearly", "close to": at most a tenth under it, and not above it beyond its rounding;
/// - "over", "more than": not under it beyond its rounding, and never more than 2% under: a bound
///   ("more than two million") is no rounded value, so 1.74 million is not more than two million;
///   "under", "less than": not over it, likewise;
/// - "just over", "a little more than": as "over", and at most 15% above it.
pub(crate) fn agrees(quantity: &Quantity, value: f64) -> bool {
    let (low, high) = allowed_range(quantity);
    value >= low && value <= high
}

/// The values a quantity could have been written for, as [`agrees`] reads its hedge: the lowest and
/// the highest (infinite for a bound).
fn allowed_range(quantity: &Quantity) -> (f64, f64) {
    let rounding = quantity.precision / 2.0;
    let stated = quantity.value;
    let bound_slack = rounding.min(stated.abs() * 0.02);
    match quantity.hedge {
        Hedge::None => (stated - rounding, stated + rounding),
        Hedge::About => {
            // A figure whose last digit is a 5 ("about 1,500", "about 1.5 million") is most often
            // rounded to the nearest half of the step above: its rounding is five steps wide.
            // The step of its last significant digit: "1,500" written in full steps by hundreds.
            let mut step = quantity.precision;
            while step > 0.0 && stated != 0.0 && (stated / (step * 10.0)).fract().abs() < 1e-9 {
                step *= 10.0;
            }
            let units = (stated / step).round();
            // Two significant digits at least: "about 5 million" is no half step.
            let rounding = if units >= 10.0 && units % 10.0 == 5.0 {
                rounding.max(step / 2.0 * 5.0)
            } else {
                rounding
            };
            let slack = rounding.max(stated.abs() * 0.05);
            (stated - slack, stated + slack)
        }
        Hedge::Nearly => (stated - stated.abs() * 0.1, stated + rounding),
        Hedge::Over => (stated - bound_slack, f64::INFINITY),
        // "Just over 1.1 million" is not 1.44 million: a little above, up to 15%.
        Hedge::JustOver => (stated - bound_slack, stated + stated.abs() * 0.15),
        Hedge::Under => (f64::NEG_INFINITY, stated + bound_slack),
    }
}

/// How far a value lies from the values a quantity allows: 0 when it agrees.
fn distance_from(quantity: &Quantity, value: f64) -> f64 {
    let (low, high) = allowed_range(quantity);
    (low - value).max(value - high).max(0.0)
}

/// Where a slice of `text` starts in it, in bytes: its address's distance from the text's.
fn offset_in(text: &str, slice: &str) -> usize {
    slice.as_ptr() as usize - text.as_ptr() as usize
}

fn sentence_text<'t>(text: &'t str, extraction: &Extraction, sentence: usize) -> &'t str {
    let (start, end) = extraction.sentences[sentence];
    &text[start..end]
}

/// The scale a table's header states for its numbers ("USD million" → 1e6), and the unit its numbers
/// are in.
fn header_scale(header: &str) -> (f64, &'static str) {
    let lowered = header.to_lowercase();
    let words: Vec<&str> = lowered
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    let has = |w: &str| words.contains(&w);
    let money = lowered.contains("usd")
        || lowered.contains('$')
        || lowered.contains("dollar")
        || ["afn", "afghani", "afghanis", "pkr", "rs", "rupee", "rupees"]
            .iter()
            .any(|w| has(w));
    let scale = if lowered.contains("billion") || has("bn") {
        1e9
    // "Sales (Rs m)", "US$ m": a bare "m" after a currency is millions.
    } else if lowered.contains("million") || has("mn") || has("mln") || money && has("m") {
        1e6
    } else if lowered.contains("crore") {
        1e7
    } else if lowered.contains("lakh") {
        1e5
    } else if lowered.contains("thousand") {
        1e3
    } else {
        1.0
    };
    let unit = if lowered.contains("usd") || lowered.contains('$') || lowered.contains("dollar") {
        "USD"
    } else if has("afn") || has("afghani") || has("afghanis") {
        "AFN"
    } else if has("pkr") || has("rs") || has("rupee") || has("rupees") {
        "PKR"
    } else if lowered.contains('%') || lowered.contains("percent") || lowered.contains("share") {
        "percent"
    } else {
        "count"
    };
    (scale, unit)
}

/// The years a table's header or row label names: calendar years, and the solar hijri years (1300–1499)
/// Afghanistan's statistics use.
fn years_in(text: &str) -> Vec<i32> {
    lower_words(text)
        .iter()
        .filter(|w| w.len() == 4)
        .filter_map(|w| w.parse::<i32>().ok())
        .filter(|y| (1900..=2100).contains(y) || (1300..=1499).contains(y))
        .collect()
}

/// [`years_in`], and fiscal years ("FY2024", "FY25") by the year they start in, as "2023-24" is read.
fn years_and_fiscal_years_in(text: &str) -> Vec<i32> {
    let mut years = years_in(text);
    years.extend(
        dyad_text::claims::FISCAL_YEAR
            .captures_iter(text)
            .filter_map(|c| dyad_text::claims::fiscal_start(&c[1], c.get(2).map(|m| m.as_str()))),
    );
    years
}

/// Which flow of trade the words before a number name last: `exports`, `imports`, `trade` (the two
/// together: "two-way trade", "a combined"), or `balance` ("a surplus of").
pub(crate) fn flow_before(text: &str) -> Option<&'static str> {
    let lowered = text.to_lowercase();
    // A flow named after "than" is compared with, not stated ("Imports fell faster than exports, from
    // …" states imports).
    let last = |words: &[&str]| {
        words
            .iter()
            .filter_map(|w| {
                lowered
                    .rmatch_indices(*w)
                    .map(|(at, _)| at)
                    .find(|&at| !lowered[..at].trim_end().ends_with("than"))
            })
            .max()
    };
    [
        (last(&["export", "sales", "sold", "sells"]), "exports"),
        (last(&["import", "bought", "buys", "purchases"]), "imports"),
        (last(&["surplus", "deficit", "balance"]), "balance"),
        (
            last(&[
                "two-way",
                "combined",
                "total trade",
                "bilateral trade",
                "trade between",
                "overall trade",
                "trade turnover",
                "trade volume",
                "volume of trade",
            ]),
            "trade",
        ),
    ]
    .into_iter()
    .filter_map(|(at, flow)| Some((at?, flow)))
    .max_by_key(|(at, _)| *at)
    .map(|(_, flow)| flow)
}

/// What a prose quantity measures, as a word a table's header or row label would use: the trade flow
/// of a sum of money, or what a count counts (singular). None for a percentage or an unplaced number.
fn measure_of(text: &str, extraction: &Extraction, quantity: &Quantity) -> Option<String> {
    let (sentence_start, _) = extraction.sentences[quantity.sentence];
    match quantity.unit {
        "USD" => flow_before(crate::consistency::clamped(
            text,
            sentence_start,
            quantity.start,
        ))
        .map(str::to_string),
        // A unit and what it weighs or holds: "1,480 kg of apricots" and "1,320 kilograms of
        // mulberries" are two measures.
        "count" if !quantity.unplaced => unit_of_measure_after(text, extraction, quantity)
            .map(|unit| {
                let rest = lower_words(clamped(text, quantity.end, quantity.end + 40));
                match rest.iter().position(|w| w == "of") {
                    Some(1) => rest
                        .get(2)
                        .map_or(unit.to_string(), |good| format!("{unit} of {good}")),
                    _ => unit.to_string(),
                }
            })
            .or_else(|| counted_head(text, quantity)),
        _ => None,
    }
}

/// What an end of a change counts when no noun follows it: the plural noun its clause opens with
/// before the verb ("baths sold fell from 47,900 in 2024" counts baths).
fn change_subject(text: &str, extraction: &Extraction, index: usize) -> Option<String> {
    let quantity = &extraction.quantities[index];
    if quantity.unit != "count" {
        return None;
    }
    let change = extraction
        .changes
        .iter()
        .find(|c| c.from == index || c.to == index)?;
    let (sentence_start, _) = extraction.sentences[quantity.sentence];
    let lead = clamped(text, sentence_start, change.start);
    let clause = lead.rsplit([',', ';', ':']).next().unwrap_or(lead);
    let words = lower_words(clause);
    // Past a participle of the noun ("baths sold", "pieces made").
    let mut rest = words.as_slice();
    while let [head @ .., last] = rest {
        if last.ends_with("ed")
            || matches!(
                last.as_str(),
                "sold" | "made" | "bought" | "built" | "grown" | "cut" | "sent"
            )
        {
            rest = head;
        } else {
            break;
        }
    }
    let (noun, before) = match rest {
        [.., before, noun] => (noun, Some(before)),
        [noun] => (noun, None),
        [] => return None,
    };
    // The subject itself, not an object in it ("households burning our briquettes rose").
    let an_object = before.is_some_and(|w| {
        w.ends_with("ing")
            || matches!(
                w.as_str(),
                "our"
                    | "their"
                    | "its"
                    | "his"
                    | "her"
                    | "my"
                    | "your"
                    | "to"
                    | "for"
                    | "with"
                    | "from"
                    | "in"
                    | "on"
                    | "at"
                    | "by"
            )
    });
    (noun.len() >= 4 && plural_noun(noun) && !an_object).then(|| noun.clone())
}

/// The unit of weight, volume or length right after a count, by one name for its short and long
/// forms: "640 kg marigold" and "460 kilograms" both measure kilograms.
fn unit_of_measure_after(
    text: &str,
    extraction: &Extraction,
    quantity: &Quantity,
) -> Option<&'static str> {
    Some(match word_after(text, extraction, quantity)?.as_str() {
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme"
        | "kilogrammes" => "kilogram",
        "t" | "tonne" | "tonnes" | "ton" | "tons" | "mt" => "tonne",
        "l" | "litre" | "litres" | "liter" | "liters" => "litre",
        "km" | "kilometre" | "kilometres" | "kilometer" | "kilometers" => "kilometre",
        "m" | "metre" | "metres" | "meter" | "meters" => "metre",
        _ => return None,
    })
}

/// Whether a header or row label names a measure: the flow's stem, or the counted noun as a word's
/// start ("day" in "Days closed to trade"). The two-way flow is a header that names trade or a total
/// but neither flow alone.
fn names_measure(label: &str, measure: &str) -> bool {
    let lowered = label.to_lowercase();
    // A unit with what it weighs ("tonne of watermelons") is named by the unit.
    let measure = measure.split(" of ").next().unwrap_or(measure);
    match measure {
        "exports" => lowered.contains("export") && !lowered.contains("import"),
        "imports" => lowered.contains("import") && !lowered.contains("export"),
        "balance" => ["balance", "surplus", "deficit"]
            .iter()
            .any(|word| lowered.contains(word)),
        "trade" => {
            (lowered.contains("trade") || lowered.contains("total"))
                && !lowered.contains("export")
                && !lowered.contains("import")
        }
        noun => lower_words(&lowered)
            .iter()
            .any(|word| word.starts_with(noun) && word.len() <= noun.len() + 2),
    }
}

/// The period a prose quantity is for, as a key: `2023` for a calendar year, `FY2023` for the fiscal
/// year that starts in 2023.
///
/// The year is its change's, else the year right after it ("USD 540 million in 2024"), else the
/// nearest year before it in its sentence ("In 2020, … trade dropped to X"), leaving out years that
/// open or close a span ("since 2019", "until 2021") and years in a range ("2019–2023"). A sentence
/// that names no year may name one fiscal year ("FY2023-24"). For a sentence with neither that says
/// "the same year" or "that year", the last year named before it; for one that says "for the year" or
/// "this year", the one year of the document's title.
fn prose_period(text: &str, extraction: &Extraction, index: usize) -> Option<String> {
    let quantity = &extraction.quantities[index];
    let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
    // Changes, years and fiscal years are in order of position: those of the sentence are found by
    // halving.
    let changes = {
        let first = extraction
            .changes
            .partition_point(|c| c.start < sentence_start);
        let end = extraction
            .changes
            .partition_point(|c| c.start < sentence_end);
        &extraction.changes[first..end.max(first)]
    };
    // A change's year for its end, when the change knows it; else the year its clause names.
    let mut end_of_a_change = false;
    for change in changes {
        let year = if change.from == index {
            change.from_year
        } else if change.to == index {
            change.to_year
        } else {
            continue;
        };
        match year {
            Some(year) => return Some(year.to_string()),
            // The start of a change whose own year is not written is of the period before the one
            // its sentence names ("fell by 6.6 percent in FY2025, from US$ 956 million to …").
            None if change.from == index => return None,
            None => end_of_a_change = true,
        }
    }
    // Ranges are in order of their start and a few words long: only those that start shortly
    // before a point can hold it.
    let in_range = |at: usize| {
        let after = extraction
            .year_ranges
            .partition_point(|range| range.start <= at);
        extraction.year_ranges[..after]
            .iter()
            .rev()
            .take_while(|range| range.start + 400 > at)
            .any(|range| at < range.end)
    };
    // Calendar and fiscal years of the sentence, as keys, in order of position.
    fn of_sentence(
        spans: &[(usize, usize, i32)],
        (sentence_start, sentence_end): (usize, usize),
    ) -> &[(usize, usize, i32)] {
        let first = spans.partition_point(|(s, _, _)| *s < sentence_start);
        let end = spans.partition_point(|(s, _, _)| *s < sentence_end);
        &spans[first..end.max(first)]
    }
    let sentence_span = (sentence_start, sentence_end);
    let mut points: Vec<(usize, String)> = of_sentence(&extraction.years, sentence_span)
        .iter()
        .map(|(start, _, year)| (*start, year.to_string()))
        .chain(
            of_sentence(&extraction.fiscal_years, sentence_span)
                .iter()
                .map(|(start, _, year)| (*start, format!("FY{year}"))),
        )
        .filter(|(start, _)| !in_range(*start))
        .filter(|(start, _)| {
            let before = lower_words(&text[sentence_start..*start]);
            let mut last = before.iter().rev().map(String::as_str);
            let (word, previous) = (last.next(), last.next());
            // A year of comparison ("last seen in 2019", "higher than in 2020") is no figure's period.
            let bounds_a_span =
                matches!(word, Some("since" | "until" | "till" | "before" | "after"));
            let compares = word == Some("in")
                && matches!(previous, Some("seen" | "than" | "as" | "like" | "unlike"));
            !(bounds_a_span || compares)
        })
        .collect();
    points.sort();
    let next_quantity = extraction
        .quantities
        .get(index + 1)
        .filter(|q| q.sentence == quantity.sentence)
        .map_or(sentence_end, |q| q.start);
    // A year right after the figure, in its own clause ("USD 540 million in 2024").
    let right_after = points.iter().find(|(start, _)| {
        *start >= quantity.end
            && *start < next_quantity
            && *start - quantity.end < 40
            && !text[quantity.end..*start].contains([',', ';', ':'])
    });
    // The nearest year before it, in its clause of the sentence: a semicolon starts another statement.
    let before = points
        .iter()
        .rev()
        .find(|(start, _)| *start < quantity.start)
        .filter(|(start, _)| !text[*start..quantity.start].contains(';'));
    // The end of a change of no year of its own does not take the year another figure owns ("USD 450
    // million in 2024, against USD 741 million in 2022, while exports fell only from USD 936 million
    // to USD 884 million"): its start would have it too.
    let owned = |at: usize| {
        extraction.quantities[..index]
            .iter()
            .rev()
            .take_while(|other| other.start + 200 >= at)
            .any(|other| {
                other.sentence == quantity.sentence
                    && other.end <= at
                    && at - other.end < 24
                    && !text[other.end..at].contains([',', ';'])
            })
    };
    let before = if end_of_a_change {
        points
            .iter()
            .rev()
            .filter(|(start, _)| *start < quantity.start)
            .take_while(|(start, _)| !text[*start..quantity.start].contains(';'))
            .find(|(start, _)| !owned(*start))
    } else {
        before
    };
    if let Some((_, period)) = right_after.or(before) {
        return Some(period.clone());
    }
    // With no year before it, the one year named between it and the sentence's next figure ("A total of
    // 65,500 visas were issued by the Embassy …, Kandahar and Mazar-i-Sharif in 2024, against 78,800 in
    // 2023").
    if let [(_, period)] = points
        .iter()
        .filter(|(start, _)| *start >= quantity.end && *start < next_quantity)
        .filter(|(start, _)| !text[quantity.end..*start].contains(';'))
        .filter(|(start, _)| {
            let words = lower_words(&text[quantity.end..*start]);
            matches!(
                words.last().map(String::as_str),
                Some("in" | "for" | "during" | "of" | "fy" | "cy")
            )
        })
        .collect::<Vec<_>>()
        .as_slice()
    {
        return Some(period.clone());
    }
    if let [(_, period)] = points.as_slice() {
        return Some(period.clone());
    }
    let names_a_period = !of_sentence(&extraction.years, sentence_span).is_empty()
        || !of_sentence(&extraction.fiscal_years, sentence_span).is_empty();
    if names_a_period {
        return None;
    }
    let sentence = text[sentence_start..sentence_end].to_lowercase();
    prose_year_by_reference(text, extraction, &sentence, sentence_start)
        .map(|year| year.to_string())
}

/// The year a sentence without one refers to: "the same year", "that year", "for the year" (or "this
/// year", "at the end of the year", "during the year": the one year of the document's title).
fn prose_year_by_reference(
    text: &str,
    extraction: &Extraction,
    sentence: &str,
    sentence_start: usize,
) -> Option<i32> {
    if sentence.contains("the same year") || sentence.contains("that year") {
        return extraction
            .years
            .iter()
            .rev()
            .find(|(start, _, _)| *start < sentence_start)
            .map(|(_, _, year)| *year);
    }
    // A stock at the year's end and a flow during it are two quantities: only the year's end and
    // "for the year" name the one period of a stock.
    const THE_YEAR: [&str; 5] = [
        "for the year",
        "this year",
        "the year's end",
        "end of the year",
        "year-end",
    ];
    // Whole phrases: "over the year" is not "over the years".
    let says = |phrase: &str| {
        sentence.match_indices(phrase).any(|(at, _)| {
            !sentence[at + phrase.len()..].starts_with(|c: char| c.is_alphanumeric())
        })
    };
    if THE_YEAR.iter().any(|phrase| says(phrase)) {
        return document_year(text);
    }
    // "Last year" is the year before the one the document was written in.
    if says("last year") && !says("last year's") {
        return document_year(text).map(|year| year - 1);
    }
    None
}

/// The year a document was written in: the one year of its title, else the year of the first date
/// ("February 2026") in the lines right under the title, as a byline or a note on the source gives it.
fn document_year(text: &str) -> Option<i32> {
    let title = text
        .lines()
        .find(|line| line.starts_with("# "))
        .unwrap_or_default();
    if let [year] = years_in(title).as_slice() {
        return Some(*year);
    }
    let head = clamped(text, 0, 600);
    let words: Vec<&str> = head
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    words.windows(2).find_map(|pair| {
        let month = dyad_text::claims::month_number(pair[0]).filter(|_| pair[0].len() >= 3)?;
        let year: i32 = pair[1].parse().ok().filter(|y| (1900..2100).contains(y))?;
        (month >= 1 && pair[0].starts_with(char::is_uppercase)).then_some(year)
    })
}

/// **Text against table.** Five rules, for one quantity stated twice with different values:
///
/// 1. A sentence names a table row's label (a place, a product) and states, in the table's unit and
///    within a quarter of it (a half, when what the figure counts is what the column header names), a
///    value that matches no cell of that row, while the sentence names no year other than the table's.
/// 2. Two prose statements of the same measure (a trade flow, by the words before a sum of money, or
///    what a count counts, by the word after it) for the same single year, in different sentences,
///    values within 15% of each other that neither's rounding or hedge reconciles. Values that far apart
///    are a slip rather than two quantities.
/// 3. A table whose rows (or columns) are years, and a prose statement of the measure its column
///    header (or row label) names for one of those years, within a quarter of the cell, that the prose
///    figure's rounding or hedge does not reconcile ("just over 1.1 billion" against 1,012 million). A
///    header that states no scale is read at the scale (units, thousands, millions, billions) that
///    brings the cell nearest the prose value.
/// 4. A table whose rows (or columns) are months, quarters or halves, and a prose figure for one of
///    them that names one of its columns (`part_of_year_rows`).
/// 5. A figure for a whole column, against the table's total row (`column_totals`).
///
/// A figure that is the size of a change or an addition ("the rise of 11,700", "2,400 more") is no
/// level (`a_difference`). A prose figure's year is the one its change or its sentence names; "the same year" is the last year
/// named before it, and "for the year" the one year of the document's title.
pub fn text_vs_table(text: &str, extraction: &Extraction) -> Vec<Finding> {
    let mut findings = Vec::new();
    // What each prose figure's own stretch of words says, and whether it is a part of a stated whole,
    // read once for every table.
    let said_of: Vec<Vec<String>> = extraction
        .quantities
        .iter()
        .map(|q| {
            if q.in_table {
                Vec::new()
            } else {
                lower_words(own_stretch(text, extraction, q))
            }
        })
        .collect();
    let part_of: Vec<bool> = extraction
        .quantities
        .iter()
        .map(|q| !q.in_table && part_of_stated_whole(text, q))
        .collect();
    // Which prose figures are the sizes of changes, not levels ("the rise of 11,700"), read once.
    let differences: Vec<bool> = extraction
        .quantities
        .iter()
        .map(|q| !q.in_table && a_difference(text, q))
        .collect();
    // The figures whose own stretch says a word, to find those that may name a row without reading
    // every figure for every row.
    let mut by_word: HashMap<&str, Vec<usize>> = HashMap::new();
    for (index, said) in said_of.iter().enumerate() {
        for word in said {
            by_word.entry(word.as_str()).or_default().push(index);
        }
    }
    // The sentences that say each row's name, found for every table's rows in one pass over the text.
    // Each name as written, and with its abbreviated months written out.
    let mut names: Vec<String> = extraction
        .tables
        .iter()
        .flat_map(|t| t.rows.iter().filter_map(|r| r.first()))
        .map(|l| row_name(&l.text))
        .filter(|name| name.len() >= 3)
        .flat_map(|name| std::iter::once(name.to_string()).chain(months_spelled_out(name)))
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut sentences_naming: HashMap<&str, Vec<usize>> = HashMap::new();
    if let Ok(matcher) = aho_corasick::AhoCorasick::new(&names) {
        for found in matcher.find_overlapping_iter(text) {
            let sentence = extraction
                .sentences
                .partition_point(|(start, _)| *start <= found.start())
                .saturating_sub(1);
            let list = sentences_naming
                .entry(names[found.pattern().as_usize()].as_str())
                .or_default();
            if list.last() != Some(&sentence) {
                list.push(sentence);
            }
        }
    }
    // The prose figures that may name a row: those of a sentence with its name, and those whose stretch
    // says one of its longer words. Each is confirmed by `RowName::named_by`.
    let candidates = |row: &RowName<'_>| -> Vec<usize> {
        let mut found: Vec<usize> = Vec::new();
        for name in std::iter::once(row.name).chain(row.spelled.as_deref()) {
            for &sentence in sentences_naming.get(name).into_iter().flatten() {
                found.extend(extraction.in_sentence(sentence));
            }
        }
        for word in &row.words {
            for form in [word.clone(), format!("{word}s")] {
                if let Some(indices) = by_word.get(form.as_str()) {
                    found.extend(indices);
                }
            }
        }
        found.sort_unstable();
        found.dedup();
        // A number joined to a word by a hyphen ("a 20-horsepower engine", "a 12-volt battery") is a
        // modifier, no figure for a row.
        found.retain(|&index| {
            let q = &extraction.quantities[index];
            !q.in_table
                && !text[q.end..]
                    .strip_prefix('-')
                    .is_some_and(|rest| rest.starts_with(|c: char| c.is_alphabetic()))
        });
        found
    };
    for table in &extraction.tables {
        // What the table says it counts: its header cells and the lines just above it (a caption).
        let context = table_context(text, table);
        let row_names: Vec<RowName<'_>> = RowName::of_rows(
            table
                .rows
                .iter()
                .filter_map(|r| r.first())
                .map(|l| l.text.as_str()),
        );
        let row_candidates: Vec<Vec<usize>> = row_names.iter().map(&candidates).collect();
        // A caption's scale ("thousand tonnes") is the table's when no column states its own unit.
        let units_by_column = table
            .header
            .iter()
            .skip(1)
            .any(|h| header_scale(&h.text) != (1.0, "count"));
        let caption_scale = if units_by_column {
            1.0
        } else {
            header_scale(&context).0
        };
        for (column, header) in table.header.iter().enumerate().skip(1) {
            // A header that names no unit or scale ("1403 SH") takes the caption's ("(AFN bn)").
            // Another value column with its own currency ("Duty (PKR bn)" beside "Containers") says
            // the columns have their units each: a column that names none counts.
            let units_by_column = table
                .header
                .iter()
                .skip(1)
                .any(|h| matches!(header_scale(&h.text).1, "USD" | "PKR" | "AFN"));
            let (scale, unit) = match header_scale(&header.text) {
                // Only a currency is taken from the caption: its other words ("Change (%)" among
                // the header cells) would make a count a percentage.
                (1.0, "count") if units_by_column => (1.0, "count"),
                (1.0, "count") => match header_scale(&context) {
                    money @ (_, "USD" | "PKR" | "AFN") => money,
                    _ => (1.0, "count"),
                },
                named => named,
            };
            let header_years = years_in(&header.text);
            // The table's cells, and which are totals: a figure written as one of them is that
            // cell's ("fell from 64 in the first half", the total), not a slip for another row.
            let table_cells: Vec<(f64, bool)> = table
                .rows
                .iter()
                .flat_map(|r| {
                    let total = r
                        .first()
                        .is_some_and(|l| l.text.to_lowercase().starts_with("total"));
                    r.iter()
                        .skip(1)
                        .filter_map(move |c| Some((c.value?, total)))
                })
                .collect();
            for (row, (candidates, this_row)) in table
                .rows
                .iter()
                .filter(|r| !r.is_empty())
                .zip(row_candidates.iter().zip(&row_names))
            {
                let (Some(label), Some(cell)) = (row.first(), row.get(column)) else {
                    continue;
                };
                let Some(cell_value) = cell.value else {
                    continue;
                };
                // Totals are checked by arithmetic, and rows of years by rule 3.
                if label.text.to_lowercase().starts_with("total")
                    || label.text.len() < 3
                    || period_of_label(&label.text).is_some()
                {
                    continue;
                }
                let row_values: Vec<f64> = row.iter().filter_map(|c| c.value).collect();
                // A row that states its own unit ("Deals signed (USD mn)") is read in it.
                let (scale, unit) = match header_scale(&label.text) {
                    (_, "count") => (scale, unit),
                    own => own,
                };
                for &index in candidates {
                    let quantity = &extraction.quantities[index];
                    // A part of a whole the sentence states ("81 of the 86 villages", "20.0% of the
                    // 31,200 cleared") is no row's value.
                    if quantity.unit != unit || part_of[index] || differences[index] {
                        continue;
                    }
                    // The column names what the sentence's figure counts ("61 days" against "Days
                    // closed"): the same measure of the same row, so the values may lie further apart.
                    let head = counted_head(text, quantity);
                    let same_measure = head
                        .as_ref()
                        .is_some_and(|noun| names_measure(&header.text, noun));
                    // "Eleven gardens in Pir Sabak" against a table with a "Gardens" column is no
                    // figure of its "Harvest (tonnes)" column.
                    let another_column_named = !same_measure
                        && head.as_ref().is_some_and(|noun| {
                            table
                                .header
                                .iter()
                                .skip(1)
                                .any(|h| names_measure(&h.text, noun))
                        });
                    if another_column_named {
                        continue;
                    }
                    // A count under a header that states no scale takes the caption's ("thousand
                    // tonnes"); with none there, the scale that brings the cell nearest the figure,
                    // only when the column names what the figure counts.
                    let scale = match (scale, unit, caption_scale) {
                        (1.0, "count", caption) if caption != 1.0 => caption,
                        (1.0, "count", _) if same_measure => {
                            nearest_scale(cell_value, quantity.value)
                        }
                        _ => scale,
                    };
                    let table_value = cell_value * scale;
                    // The figures first, as they cost least to compare: one that agrees with a cell
                    // of the row, or lies further from this one than any band, is no slip.
                    let another_cells = |totals_only: bool| {
                        table_cells
                            .iter()
                            .filter(|(_, total)| *total || !totals_only)
                            .any(|(v, _)| {
                                (v * scale - quantity.value).abs() <= quantity.precision / 2.0
                            })
                    };
                    // Swapped digits count further apart than the band, within three times, for the
                    // measure the column names, unless the figure is another cell's.
                    let within_three = quantity.value <= table_value.abs() * 3.0
                        && quantity.value * 3.0 >= table_value.abs();
                    let transposed = same_measure
                        && within_three
                        && transposed(&text[quantity.start..quantity.end], &cell.text)
                        && !another_cells(false);
                    // "climbed past 140 thousand": a floor, which a cell just above it meets.
                    let a_floor = lower_words(clamped(
                        text,
                        quantity.start.saturating_sub(12),
                        quantity.start,
                    ))
                    .last()
                    .is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "past" | "beyond" | "topped" | "passed" | "exceeded"
                        )
                    });
                    let meets_floor = |v: f64| v >= quantity.value && v <= quantity.value * 1.1;
                    // The figures first, as they cost least: a row's cell that agrees, or a figure
                    // far from this cell, ends the comparison unless a slip of row or year explains it.
                    let row_agrees = row_values.iter().any(|v| agrees(quantity, v * scale));
                    let far = (quantity.value - table_value).abs() > table_value.abs() * 0.5
                        && !transposed;
                    let in_a_change = || {
                        extraction
                            .changes
                            .iter()
                            .any(|c| c.from == index || c.to == index)
                    };
                    // "Metal frames accounted for 64 thousand pairs in 2025" where 64 is the row's
                    // 2024 cell and 58 its 2025 one: the figure's own words name this column's year,
                    // and only columns of other years hold it.
                    let wrong_year = row_agrees
                        && !header_years.is_empty()
                        && quantity.hedge == Hedge::None
                        && !in_a_change()
                        && {
                            let agreeing_columns: Vec<usize> = row
                                .iter()
                                .enumerate()
                                .skip(1)
                                .filter(|(_, c)| {
                                    c.value.is_some_and(|v| agrees(quantity, v * scale))
                                })
                                .map(|(i, _)| i)
                                .collect();
                            // The figure's own year: the first named right after it ("30 tonnes
                            // of them in 2024 and more again in 2025"), else those of its stretch.
                            let figure_years = {
                                let next = extraction
                                    .quantities
                                    .get(index + 1)
                                    .map_or(text.len(), |q| q.start);
                                let after =
                                    clamped(text, quantity.end, next.min(quantity.end + 40));
                                let after = after.split([',', ';', '.']).next().unwrap_or("");
                                match years_in(after).first() {
                                    Some(year) => vec![*year],
                                    None => {
                                        let mut years =
                                            years_in(own_stretch(text, extraction, quantity));
                                        years.dedup();
                                        years
                                    }
                                }
                            };
                            // Not an end of a change ("down from USD 271 million a year earlier").
                            figure_years == header_years
                                && !lower_words(own_stretch(text, extraction, quantity))
                                    .iter()
                                    .any(|w| {
                                        matches!(
                                            w.as_str(),
                                            "earlier" | "before" | "previous" | "ago" | "last"
                                        )
                                    })
                                && agreeing_columns.iter().all(|&i| {
                                    let years = table
                                        .header
                                        .get(i)
                                        .map_or(Vec::new(), |h| years_in(&h.text));
                                    !years.is_empty()
                                        && years.iter().all(|y| !header_years.contains(y))
                                })
                        };
                    // "Chaman, which handled 6,240 tonnes" where 6,240 is Torkham's cell of the
                    // column: the one other row's cell, not the row's own.
                    let wrong_row = far
                        && !row_agrees
                        && quantity.hedge == Hedge::None
                        && significant_digits(&text[quantity.start..quantity.end]) >= 3
                        && !in_a_change()
                        && table
                            .rows
                            .iter()
                            .filter(|r| !std::ptr::eq(*r, row))
                            .filter(|r| {
                                r.first()
                                    .is_some_and(|l| !l.text.to_lowercase().starts_with("total"))
                            })
                            .filter(|r| {
                                r.get(column)
                                    .and_then(|c| c.value)
                                    .is_some_and(|v| agrees(quantity, v * scale))
                            })
                            .count()
                            == 1;
                    // "In truck B, 610 cartons were partly decayed" where 610 is the row's cell under
                    // "Truck A": the sentence names this column, and no column that holds the figure.
                    let wrong_column = row_agrees
                        && header_years.is_empty()
                        && quantity.hedge == Hedge::None
                        && !in_a_change()
                        && {
                            let sentence =
                                sentence_text(text, extraction, quantity.sentence).to_lowercase();
                            let named = |h: &str| {
                                let h = h.trim().to_lowercase();
                                h.split_whitespace().count() >= 2 && contains_word(&sentence, &h)
                            };
                            named(&header.text)
                                && row.iter().enumerate().skip(1).all(|(i, c)| {
                                    !c.value.is_some_and(|v| agrees(quantity, v * scale))
                                        || table.header.get(i).is_some_and(|h| !named(&h.text))
                                })
                        };
                    if row_agrees && !wrong_year && !wrong_column
                        || a_floor && row_values.iter().any(|v| meets_floor(v * scale))
                        || another_cells(true)
                        || far && !wrong_row
                    {
                        continue;
                    }
                    // The sentence gives a cell of this row to another figure that is no end of a
                    // change with this one: this one is another thing ("USD 312 million in FY2023,
                    // while … came to USD 321 million").
                    let in_change_with = |other: usize| {
                        extraction.changes.iter().any(|c| {
                            (c.from, c.to) == (other, index) || (c.from, c.to) == (index, other)
                        })
                    };
                    let row_stated = extraction.in_sentence(quantity.sentence).any(|other| {
                        let other_quantity = &extraction.quantities[other];
                        other != index
                            && other_quantity.unit == quantity.unit
                            && !other_quantity.in_table
                            && !in_change_with(other)
                            && row_values.iter().any(|v| agrees(other_quantity, v * scale))
                    });
                    if row_stated {
                        continue;
                    }
                    let sentence = sentence_text(text, extraction, quantity.sentence);
                    let said = &said_of[index];
                    let naming = this_row.named_by(sentence, said);
                    if naming == 0 {
                        continue;
                    }
                    // The row the figure's words name best, when more than one is named.
                    let best = row_names
                        .iter()
                        .map(|row| row.named_by(sentence, said))
                        .max()
                        .unwrap_or(0);
                    if naming < best {
                        continue;
                    }
                    // A figure belongs to the row named nearest before it: "North Waziristan recorded
                    // 47 … and Khyber recorded 29" gives Khyber's 29.
                    let (sentence_start, _) = extraction.sentences[quantity.sentence];
                    let before = crate::consistency::clamped(text, sentence_start, quantity.start);
                    let nearest = table
                        .rows
                        .iter()
                        .filter_map(|r| r.first())
                        .map(|l| row_name(&l.text))
                        .filter(|name| name.len() >= 3)
                        .filter_map(|name| {
                            // In any case, as a word: "and shed B at Rs 52" names the row "Shed
                            // B"; "prices" does not name "Rice".
                            let (lowered, needle) = (before.to_lowercase(), name.to_lowercase());
                            lowered
                                .match_indices(&needle)
                                .filter(|(at, _)| {
                                    !lowered[..*at].ends_with(char::is_alphanumeric)
                                        && !lowered[at + needle.len()..]
                                            .starts_with(char::is_alphanumeric)
                                })
                                .last()
                                .map(|(at, _)| (at, name))
                        })
                        .max_by_key(|(at, _)| *at);
                    // … unless a row is named right after the figure, in its own words ("from 40
                    // tonnes at Torkham to 60 at Chaman" gives Chaman's 60).
                    let next_start = extraction
                        .quantities
                        .get(index + 1)
                        .map_or(text.len(), |q| q.start);
                    let right_after = lower_words(clamped(
                        text,
                        quantity.end,
                        next_start.min(quantity.end + 40),
                    ));
                    let right_after: Vec<&String> = right_after.iter().take(4).collect();
                    let named_after = table
                        .rows
                        .iter()
                        .filter_map(|r| r.first())
                        .map(|l| row_name(&l.text))
                        .filter(|name| name.len() >= 3)
                        .find(|name| {
                            let name = lower_words(name);
                            !name.is_empty()
                                && right_after
                                    .windows(name.len())
                                    .any(|w| w.iter().zip(&name).all(|(a, b)| *a == b))
                        });
                    match named_after {
                        Some(name) if name != row_name(&label.text) => continue,
                        Some(_) => {}
                        None => {
                            if nearest.is_some_and(|(_, name)| name != row_name(&label.text)) {
                                continue;
                            }
                        }
                    }
                    // A span of time ("twenty-four hours", "22 days", and the bare figures listed
                    // after one: "for 46 days, Chaman for 31") is compared only with a table that
                    // counts that unit of time.
                    if let Some(noun) = head_or_listed(text, extraction, quantity)
                        && TIME_UNITS.contains(&noun.trim_end_matches('s'))
                        && !context.contains(noun.trim_end_matches('s'))
                    {
                        continue;
                    }
                    // A sentence naming another year than the column's speaks of another period; a
                    // column that names no year is taken for the sentence's period only when it names
                    // the measure.
                    // A row whose label names its years ("Two-way trade (FY2025 to FY2027)") is
                    // another period's than a figure whose own words name none of them.
                    let label_years = years_and_fiscal_years_in(&label.text);
                    let own_years =
                        years_and_fiscal_years_in(own_stretch(text, extraction, quantity));
                    if !label_years.is_empty()
                        && !own_years.is_empty()
                        && !own_years.iter().any(|y| label_years.contains(y))
                    {
                        continue;
                    }
                    let sentence_years = years_in(sentence);
                    // The figure's own year: the last named before it in its sentence that is no
                    // year set against ("The season of 2024 was better than 2025, with 58,500").
                    let own_year = extraction
                        .years
                        .iter()
                        .filter(|(at, _, _)| *at >= sentence_start && *at < quantity.start)
                        .filter(|(at, _, _)| {
                            let lead = lower_words(clamped(text, at.saturating_sub(16), *at));
                            !lead.last().is_some_and(|w| {
                                matches!(w.as_str(), "than" | "against" | "over" | "versus")
                            })
                        })
                        .map(|(_, _, year)| *year)
                        .next_back();
                    let table_years = years_in(&context);
                    let other_year = if header_years.is_empty() {
                        !sentence_years.is_empty() && !same_measure
                            || own_year.is_some_and(|y| {
                                !table_years.is_empty() && !table_years.contains(&y)
                            })
                    } else {
                        sentence_years.iter().any(|y| !header_years.contains(y))
                    };
                    if other_year && !wrong_year {
                        continue;
                    }
                    // A survey's answer ("Don't know", "Agree") recurs under every question: a figure
                    // for it under another heading than the table's is another question's.
                    let answer = ANSWER_LABELS.contains(&label.text.trim().to_lowercase().as_str());
                    let table_at = table.line_spans().first().map_or(0, |(start, _)| *start);
                    let (a, b) = if table_at < quantity.start {
                        (table_at, quantity.start)
                    } else {
                        (quantity.start, table_at)
                    };
                    let heading_between = text[a..b].lines().skip(1).any(|line| {
                        let line = line.trim_start();
                        line.starts_with('#') || line.starts_with("**")
                    });
                    if answer && heading_between {
                        continue;
                    }
                    let band = if same_measure { 0.5 } else { 0.25 };
                    let close = (quantity.value - table_value).abs() <= table_value.abs() * band
                        || transposed
                        || wrong_row && same_measure;
                    if close {
                        findings.push(against_table(
                            text,
                            extraction,
                            quantity,
                            table_value,
                            format!(
                                "the text gives `{}` for {} but the table gives `{}`",
                                &text[quantity.start..quantity.end],
                                label.text,
                                cell.text
                            ),
                        ));
                    }
                }
            }
        }
    }

    // Rule 1b: a figure whose digits are a cell's with two neighbours swapped ("Rs 182 million" for a
    // cell of 128), where the figure's own words share a word with the cell's row or column, its years
    // are the column's, and no cell of any table is the figure.
    transposed_figures(text, extraction, &said_of, &mut findings);

    // Rule 4: rows or columns of months, quarters or halves.
    part_of_year_rows(text, extraction, &said_of, &part_of, &mut findings);

    // Rule 5: a figure for a whole column, against its total.
    column_totals(text, extraction, &said_of, &part_of, &mut findings);
    year_total(text, extraction, &part_of, &differences, &mut findings);

    // Rules 2 and 3 compare prose quantities keyed by what they measure and their year.
    let keyed: Vec<(usize, String, String)> = extraction
        .quantities
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.in_table)
        // An end of a range ("between 1.4 and 1.7 billion a year") is no figure for one period.
        .filter(|(index, _)| {
            !extraction
                .ranges
                .iter()
                .any(|range| range.low == *index || range.high == *index)
        })
        .filter_map(|(index, quantity)| {
            let measure = measure_of(text, extraction, quantity)
                .or_else(|| change_subject(text, extraction, index))?;
            let period = prose_period(text, extraction, index)?;
            Some((index, measure, period))
        })
        .collect();

    // The keyed quantities by period, and by measure and period, in order of position.
    let mut by_period: HashMap<&str, Vec<(usize, &str)>> = HashMap::new();
    let mut by_key: HashMap<(&str, &str), Vec<usize>> = HashMap::new();
    for (index, measure, period) in &keyed {
        by_period
            .entry(period.as_str())
            .or_default()
            .push((*index, measure.as_str()));
        by_key
            .entry((measure.as_str(), period.as_str()))
            .or_default()
            .push(*index);
    }

    // Rule 3: a table whose rows or columns are years, against a prose statement of the measure its
    // other header names. Every cell that could be the figure's is a candidate; the figure is flagged
    // only when none agrees with it, against the nearest.
    let mut candidates: BTreeMap<usize, Vec<(String, f64, String)>> = BTreeMap::new();
    for table in &extraction.tables {
        // A total row measures what the whole table does: its caption and header say what.
        let context = table_context(text, table);
        for (cell_text, cell_value, scale, year, label) in year_cells(table) {
            let Some(same_period) = by_period.get(year.as_str()) else {
                continue;
            };
            let is_total = label.to_lowercase().starts_with("total");
            for &(index, measure) in same_period {
                let quantity = &extraction.quantities[index];
                // "after two years in which it stayed close to US$ 1.7 billion": a span of years
                // is not the year the sentence names.
                let stretch = own_stretch(text, extraction, quantity).to_lowercase();
                let over_years = [
                    "years in which",
                    "years when",
                    "years during which",
                    "for years",
                ]
                .iter()
                .any(|w| stretch.contains(w));
                if over_years || differences[index] {
                    continue;
                }
                let named =
                    names_measure(&label, measure) || is_total && names_measure(&context, measure);
                if !named {
                    continue;
                }
                let unit = header_scale(&label).1;
                if unit != "count" && unit != quantity.unit {
                    continue;
                }
                let scale = if scale != 1.0 {
                    scale
                } else {
                    nearest_scale(cell_value, quantity.value)
                };
                let table_value = cell_value * scale;
                candidates.entry(index).or_default().push((
                    cell_text.clone(),
                    table_value,
                    year.clone(),
                ));
            }
        }
    }
    for (index, cells) in &candidates {
        let quantity = &extraction.quantities[*index];
        if cells.iter().any(|(_, value, _)| agrees(quantity, *value)) {
            continue;
        }
        let Some((cell_text, table_value, year)) = cells.iter().min_by(|a, b| {
            (a.1 - quantity.value)
                .abs()
                .total_cmp(&(b.1 - quantity.value).abs())
        }) else {
            continue;
        };
        let measure = keyed
            .iter()
            .find(|(i, _, _)| i == index)
            .map_or("", |(_, measure, _)| measure.as_str());
        let within_three =
            quantity.value <= table_value.abs() * 3.0 && quantity.value * 3.0 >= table_value.abs();
        if (quantity.value - table_value).abs() <= table_value.abs() * 0.25
            || within_three
                && (transposed(&text[quantity.start..quantity.end], cell_text)
                    || one_digit_more(&text[quantity.start..quantity.end], cell_text))
        {
            findings.push(against_table(
                text,
                extraction,
                quantity,
                *table_value,
                format!(
                    "the text gives `{}` for {measure} in {year} but the table gives `{cell_text}`",
                    &text[quantity.start..quantity.end],
                ),
            ));
        }
    }

    // Rule 2: the same measure and year stated twice in prose. The state words of each sentence
    // ("registered", "undocumented") are read once.
    let states: HashMap<usize, Vec<&str>> = keyed
        .iter()
        .map(|(index, _, _)| extraction.quantities[*index].sentence)
        .map(|sentence| {
            let words = lower_words(sentence_text(text, extraction, sentence));
            let found = STATES
                .iter()
                .copied()
                .filter(|state| words.iter().any(|w| w == state))
                .collect();
            (sentence, found)
        })
        .collect();
    let mut keys: Vec<&(&str, &str)> = by_key.keys().collect();
    keys.sort();
    for key in keys {
        let (measure, year) = *key;
        let indices = &by_key[key];
        // Two months of one year ("38 hours in January 2025 … 44 hours in February 2025") are two
        // periods: the months after each figure, read once.
        let months: HashMap<usize, Vec<u32>> = indices
            .iter()
            .map(|&index| {
                let q = &extraction.quantities[index];
                let named = lower_words(following_words(text, extraction, q))
                    .iter()
                    .take(6)
                    .filter(|w| w.as_str() != "may")
                    .filter_map(|w| dyad_text::claims::month_number(w))
                    .collect();
                (index, named)
            })
            .collect();
        for (position, first) in indices.iter().enumerate() {
            for second in &indices[position + 1..] {
                let (a, b) = (
                    &extraction.quantities[*first],
                    &extraction.quantities[*second],
                );
                if a.sentence == b.sentence || a.unit != b.unit {
                    continue;
                }
                // Two counts of one noun in different states ("registered" and "undocumented" Afghans)
                // are two quantities.
                let (states_a, states_b) = (&states[&a.sentence], &states[&b.sentence]);
                if !states_a.is_empty()
                    && !states_b.is_empty()
                    && !states_a.iter().any(|s| states_b.contains(s))
                {
                    continue;
                }
                let (months_a, months_b) = (&months[first], &months[second]);
                if !months_a.is_empty() && !months_b.is_empty() && months_a != months_b {
                    continue;
                }
                // A hedged figure is read by its hedge against a plain one; two hedged ones say too little.
                let disagree = match (a.hedge, b.hedge) {
                    (Hedge::None, Hedge::None) => {
                        (a.value - b.value).abs() > tolerance(a) + tolerance(b)
                    }
                    (Hedge::None, _) => !agrees(b, a.value),
                    (_, Hedge::None) => !agrees(a, b.value),
                    _ => false,
                };
                // Close values, or the same digits with two swapped ("1,480 tyres in 2025" …
                // "1,840 tyres in 2025"), are one figure written twice.
                let close = (a.value - b.value).abs() <= a.value.max(b.value) * 0.15;
                let (written_a, written_b) = (&text[a.start..a.end], &text[b.start..b.end]);
                // A whole named as one ("40 percent of the 50,000 kilograms") holds the other.
                let a_whole = |q: &Quantity| {
                    let lead = clamped(text, q.start.saturating_sub(8), q.start).to_lowercase();
                    ["of the ", "of our ", "of its ", "of all ", "out of "]
                        .iter()
                        .any(|w| lead.ends_with(w))
                };
                // A slip far from the figure's size is read only between clauses of one place
                // ("made 210 tonnes in 2024" is not "Sales to Jalalabad fell from 120 tonnes in
                // 2024").
                let slip = (transposed(written_a, written_b)
                    || one_digit_apart(written_a, written_b))
                    && !a_whole(a)
                    && !a_whole(b)
                    && (close || !clauses_name_other_places(text, extraction, (a, b)))
                    && (close || !series_of_their_own(text, extraction, (a, b)));
                if disagree && (close || slip) {
                    findings.push(stated_twice(
                        text,
                        extraction,
                        (a, b),
                        &format!("{measure} in {year}"),
                        "",
                    ));
                    // One finding for the first figure is enough.
                    break;
                }
            }
        }
    }
    // Rule 2b: the same measure stated twice in prose, once with no period of its own, with two digits
    // swapped ("USD 839 mn in FY2025" … "came to USD 893 mn"): a slip of the pen.
    let measured: Vec<(usize, String)> = extraction
        .quantities
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.in_table)
        .filter_map(|(index, q)| Some((index, measure_of(text, extraction, q)?)))
        .collect();
    let periods: HashMap<usize, &str> = keyed
        .iter()
        .map(|(index, _, period)| (*index, period.as_str()))
        .collect();
    let period_of = |index: usize| periods.get(&index).copied();
    for (position, (first, measure)) in measured.iter().enumerate() {
        for (second, other) in &measured[position + 1..] {
            let (a, b) = (
                &extraction.quantities[*first],
                &extraction.quantities[*second],
            );
            // Restatements lie within a few paragraphs of each other.
            if b.sentence > a.sentence + 20 {
                break;
            }
            let periods_apart =
                matches!((period_of(*first), period_of(*second)), (Some(x), Some(y)) if x != y);
            let one_period = period_of(*first).is_some() != period_of(*second).is_some();
            let within_three = a.value <= b.value * 3.0 && a.value * 3.0 >= b.value;
            if !same_measure(measure, other)
                || a.unit != b.unit
                || a.sentence == b.sentence
                || periods_apart
                || !one_period
                || !within_three
                || !transposed(&text[a.start..a.end], &text[b.start..b.end])
                || series_of_their_own(text, extraction, (a, b))
            {
                continue;
            }
            findings.push(stated_twice(
                text,
                extraction,
                (a, b),
                measure,
                ", the same digits with two swapped",
            ));
        }
    }
    headline_figures(text, extraction, &measured, &period_of, &mut findings);
    labelled_lines(text, extraction, &part_of, &mut findings);
    table_total_in_prose(text, extraction, &mut findings);
    month_total_in_prose(text, extraction, &mut findings);
    noun_total_in_prose(text, extraction, &mut findings);
    row_named_with_a_slip(text, extraction, &mut findings);
    findings.sort_by_key(|finding| finding.span.start);
    findings.dedup_by(|a, b| a.span == b.span);
    findings
}

/// Rule 7: a line that labels one figure, as a roll, a fact box or a delivery note does ("- Latamber:
/// 18 women", "Torkham: closed to cargo 41 days"), and a sentence elsewhere that names the label and
/// gives a figure of the same noun otherwise ("The 15 women of Latamber …"): within a quarter of it,
/// or its digits with one slip, of no other year, and no part of a whole the sentence states.
fn labelled_lines(
    text: &str,
    extraction: &Extraction,
    part_of: &[bool],
    findings: &mut Vec<Finding>,
) {
    let quantities = &extraction.quantities;
    // Each labelled line: its label, its one figure and that figure's noun, and whether the label
    // is itself the noun's phrase ("Documents typed in 2025").
    let mut labelled: Vec<(String, usize, String, bool)> = Vec::new();
    // Lines whose label a year closes, with the figure alone after it: the label whole, year and all,
    // and the figure.
    let mut year_labels: Vec<(String, usize)> = Vec::new();
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let content = line.trim_end();
        let item = content
            .trim_start()
            .trim_start_matches(['-', '*'])
            .trim_start();
        let Some((label, rest)) = item.split_once(':') else {
            continue;
        };
        let words = label.split_whitespace().count();
        // A year may close the label after its preposition ("Documents typed in 2025", not "Village
        // 1999"); no other number may stand in it.
        let label_words: Vec<&str> = label.split_whitespace().collect();
        let year_closes = matches!(
            label_words.as_slice(),
            [.., preposition, last] if matches!(*preposition, "in" | "for" | "during" | "of")
                && is_year_word(last)
        );
        let bare_label = if year_closes {
            label
                .trim_end()
                .rsplit_once(' ')
                .map_or("", |(words, _)| words)
        } else {
            label
        };
        // A label closed by a year may run longer: "Shawls sold to Kabul buyers in 2024".
        let longest = if year_closes { 6 } else { 4 };
        // A thing named by its number ("Truck 2", "Loom 5"): the number is its name, not a figure.
        let numbered = !year_closes
            && matches!(
                label_words.as_slice(),
                [noun, number] if noun.chars().all(char::is_alphabetic)
                    && (1..=3).contains(&number.len())
                    && number.chars().all(|c| c.is_ascii_digit())
            );
        let named = if numbered { label_words[0] } else { bare_label };
        if !(1..=longest).contains(&words.saturating_sub(usize::from(year_closes)))
            || !label.starts_with(|c: char| c.is_uppercase())
            || named.contains(|c: char| c.is_ascii_digit() || ",;.()".contains(c))
            || rest.split_whitespace().count() > 8
        {
            continue;
        }
        let end = start + content.len();
        // A numbered label's own number is no figure of the line.
        let colon = if numbered {
            start + (content.len() - item.len()) + label.len()
        } else {
            start
        };
        let first = quantities.partition_point(|q| q.start < colon);
        let inside: Vec<usize> = (first..quantities.len())
            .take_while(|&i| quantities[i].start < end)
            .filter(|&i| quantities[i].end <= end)
            .collect();
        let [index] = inside.as_slice() else {
            continue;
        };
        let figure = &quantities[*index];
        // The figure ends the line with its noun: "41 days", "18 women".
        let tail = clamped(text, figure.end, end);
        if figure.in_table || figure.unit != "count" || tail.split_whitespace().count() > 2 {
            continue;
        }
        // The noun after the figure ("41 days"), or the one that opens the label when the figure
        // stands alone ("Documents typed in 2025: 4,420").
        let own_noun = counted_head(text, figure);
        let noun_of_label = own_noun.is_none();
        if year_closes && noun_of_label && tail.trim().is_empty() {
            year_labels.push((label.trim().to_string(), *index));
        }
        let noun = own_noun.or_else(|| {
            (year_closes && tail.trim().is_empty())
                .then(|| phrase_head(bare_label))
                .flatten()
        });
        if let Some(noun) = noun {
            labelled.push((
                bare_label.trim().to_lowercase(),
                *index,
                noun,
                noun_of_label,
            ));
        }
    }
    // The prose counts by their noun, read once.
    let mut by_noun: HashMap<String, Vec<usize>> = HashMap::new();
    for (index, quantity) in quantities.iter().enumerate() {
        if !quantity.in_table
            && quantity.unit == "count"
            && !part_of[index]
            && let Some(noun) = counted_head(text, quantity)
        {
            by_noun.entry(noun).or_default().push(index);
        }
    }
    // Labels of a thing by its number ("village 12"), and the sentences that name each such pair of
    // words, read once: a roll of thousands of numbered lines must not test every label against
    // every sentence.
    let numbered_labels: HashSet<&str> = labelled
        .iter()
        .map(|(label, ..)| label.as_str())
        .filter(|label| is_numbered_label(label))
        .collect();
    let mut named_in: HashMap<String, Vec<usize>> = HashMap::new();
    if !numbered_labels.is_empty() {
        for (sentence, &(start, end)) in extraction.sentences.iter().enumerate() {
            for pair in lower_words(&text[start..end]).windows(2) {
                let key = format!("{} {}", pair[0], pair[1]);
                if numbered_labels.contains(key.as_str()) {
                    named_in.entry(key).or_default().push(sentence);
                }
            }
        }
    }
    let plain_labels: Vec<&str> = labelled
        .iter()
        .map(|(label, ..)| label.as_str())
        .filter(|label| !numbered_labels.contains(label))
        .collect();
    for (label, line_index, noun, noun_of_label) in &labelled {
        let figure = &quantities[*line_index];
        // A numbered label's candidates are the counts of its noun in the sentences that name it.
        let candidates: Vec<usize> = if numbered_labels.contains(label.as_str()) {
            let of_noun = by_noun.get(noun).map_or(&[][..], Vec::as_slice);
            named_in
                .get(label)
                .into_iter()
                .flatten()
                .flat_map(|&sentence| {
                    let first = of_noun.partition_point(|&i| quantities[i].sentence < sentence);
                    of_noun[first..]
                        .iter()
                        .take_while(move |&&i| quantities[i].sentence == sentence)
                        .copied()
                })
                .collect()
        } else {
            by_noun.get(noun).cloned().unwrap_or_default()
        };
        let numbered = numbered_labels.contains(label.as_str());
        for index in candidates {
            let quantity = &quantities[index];
            // A numbered thing's capacity, a load it will bring or what it would have made is no
            // statement of its line ("can hold no more than 560 cartons").
            if quantity.sentence == figure.sentence
                || numbered && another_time_or_mode(&clause_words_of(text, extraction, quantity))
            {
                continue;
            }
            let sentence = sentence_text(text, extraction, quantity.sentence).to_lowercase();
            // A label that is the noun's own phrase is named by its longer words, in the line's year
            // ("I typed 4,240 documents in 2025" for "Documents typed in 2025").
            let said = lower_words(&sentence);
            let names_label = if *noun_of_label {
                let line_years = years_in(sentence_text(text, extraction, figure.sentence));
                lower_words(label)
                    .iter()
                    .filter(|w| w.len() >= 4)
                    .all(|w| said.contains(w))
                    && !line_years.is_empty()
                    && years_in(&sentence) == line_years
            } else {
                contains_word(&sentence, label)
            };
            // The sentence names this label and no other.
            let names_another_numbered = !numbered_labels.is_empty()
                && said.windows(2).any(|pair| {
                    let key = format!("{} {}", pair[0], pair[1]);
                    key != *label && numbered_labels.contains(key.as_str())
                });
            if !names_label
                || names_another_numbered
                || plain_labels
                    .iter()
                    .any(|other| other != label && contains_word(&sentence, other))
                || sentence.trim_start().starts_with(label.as_str()) && sentence.contains(':')
            {
                continue;
            }
            let (written, line_written) = (
                &text[quantity.start..quantity.end],
                &text[figure.start..figure.end],
            );
            let close =
                (quantity.value - figure.value).abs() <= quantity.value.max(figure.value) * 0.25;
            let slip = transposed(written, line_written) || one_digit_apart(written, line_written);
            // The line's years: its own, else those of the lines that lead to its list ("In
            // 2024:").
            let line_years = {
                let own = years_in(sentence_text(text, extraction, figure.sentence));
                if own.is_empty() {
                    let before = &text[..figure.start];
                    let list_start = before.rfind("\n\n").unwrap_or(0);
                    let lead_start = before[..list_start].rfind("\n\n").unwrap_or(0);
                    years_in(clamped(text, lead_start, figure.start))
                } else {
                    own
                }
            };
            let years = years_in(&sentence);
            let other_year = !years.is_empty()
                && !line_years.is_empty()
                && !years.iter().any(|y| line_years.contains(y));
            // The sentence gives the line's figure too: the other is another quantity.
            let line_figure_said = extraction
                .in_sentence(quantity.sentence)
                .any(|other| other != index && agrees(&quantities[other], figure.value));
            if agrees(quantity, figure.value) || !(close || slip) || other_year || line_figure_said
            {
                continue;
            }
            let found = Extraction::locator(text, quantity.start, quantity.end);
            let already = findings
                .iter()
                .any(|f| f.span.start < found.end && found.start < f.span.end);
            if already {
                continue;
            }
            findings.push(stated_twice(
                text,
                extraction,
                (quantity, figure),
                &format!("{noun}s for `{label}`"),
                " on its own line",
            ));
        }
    }
    // A label of a year whose figure prose gives with a slip of its digits, in a sentence of that
    // year alone that names two of the label's longer words but not its noun ("Kabul buyers took
    // 402 of them" in 2024 for "Shawls sold to Kabul buyers in 2024: 420").
    // Rows of a table of two columns whose label a year closes count too ("| Pieces made in 2024 |
    // 6,150 |").
    for table in &extraction.tables {
        for row in &table.rows {
            let [label, cell] = row.as_slice() else {
                continue;
            };
            let words: Vec<&str> = label.text.split_whitespace().collect();
            let year_closes = matches!(
                words.as_slice(),
                [_, .., preposition, last] if matches!(*preposition, "in" | "for" | "during" | "of")
                    && is_year_word(last)
            );
            let figure = quantities
                .iter()
                .position(|q| q.start >= cell.start && q.end <= cell.end && q.in_table);
            if let (true, Some(index)) = (year_closes && cell.value.is_some(), figure) {
                year_labels.push((label.text.clone(), index));
            }
        }
        // A table of years by row: each cell is its column's figure for its row's year ("| 2024 |
        // 7,400 | 4,300 |" under "| Year | Stitched | To Jalalabad |").
        let year_rows = table.rows.len() >= 2
            && table.rows.iter().all(|row| {
                row.first()
                    .is_some_and(|c| is_year_word(c.text.trim().trim_matches('*')))
            });
        if year_rows {
            for row in &table.rows {
                let year = row[0].text.trim().trim_matches('*');
                for (column, cell) in row.iter().enumerate().skip(1) {
                    let Some(header) = table.header.get(column) else {
                        continue;
                    };
                    let figure = quantities
                        .iter()
                        .position(|q| q.start >= cell.start && q.end <= cell.end && q.in_table);
                    if let (Some(_), Some(index)) = (cell.value, figure) {
                        // A header of one longer word names its column only when that word is a
                        // name ("To Jalalabad"), not a measure ("Kilograms").
                        let words: Vec<&str> = header.text.split_whitespace().collect();
                        let named = words.iter().filter(|w| w.len() >= 4).count() >= 2
                            || words
                                .iter()
                                .skip(1)
                                .any(|w| w.len() >= 4 && w.starts_with(char::is_uppercase));
                        if named {
                            year_labels.push((format!("{} in {year}", header.text), index));
                        }
                    }
                }
            }
        }
    }
    // Lines whose label a part of a year closes ("- Rings received, July to September: 290").
    let mut line_start = 0;
    for line in text.split_inclusive('\n') {
        let start = line_start;
        line_start += line.len();
        let item = line.trim_end();
        let Some(item) = item
            .trim_start()
            .strip_prefix(['-', '*'])
            .map(str::trim_start)
        else {
            continue;
        };
        let Some((label, value)) = item.rsplit_once(':') else {
            continue;
        };
        let closes = dyad_text::claims::parts_of_year(label)
            .last()
            .is_some_and(|(_, end, part)| part.is_some() && label[*end..].trim().is_empty());
        if !closes || label.split_whitespace().count() > 10 || years_in(label).len() > 1 {
            continue;
        }
        let inside: Vec<usize> = quantities
            .iter()
            .enumerate()
            .filter(|(_, q)| q.start >= start && q.end <= start + line.len())
            .filter(|(_, q)| text[q.start..q.end].trim() == value.trim())
            .map(|(i, _)| i)
            .collect();
        if let [index] = inside[..] {
            year_labels.push((label.trim().to_string(), index));
        }
    }
    if year_labels.is_empty() {
        return;
    }
    // Words alike by their first five letters: "Afghans" and "Afghan", "trained" and "trainees".
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    let parts = |words: &str| -> Vec<PartOfYear> {
        parts_of_year(words)
            .into_iter()
            .filter_map(|(_, _, part)| part)
            .collect()
    };
    // The prose counts by value, and what each one's sentence says, read once: a label meets only
    // the figures within a quarter of its own.
    let mut prose: Vec<(f64, usize)> = quantities
        .iter()
        .enumerate()
        .filter(|(_, q)| {
            !q.in_table
                && q.unit == "count"
                && text[q.start..q.end].contains(|c: char| c.is_ascii_digit())
        })
        .map(|(index, q)| (q.value, index))
        .collect();
    prose.sort_by(|a, b| a.0.total_cmp(&b.0));
    let mut said_by_sentence: HashMap<usize, SentenceSays> = HashMap::new();
    let mut label_values: Vec<f64> = year_labels
        .iter()
        .map(|(_, index)| quantities[*index].value)
        .collect();
    label_values.sort_by(f64::total_cmp);
    for (label, line_index) in &year_labels {
        let figure = &quantities[*line_index];
        let line_years = years_in(label);
        let line_parts = parts(label);
        // The label's longer words, not its period's ("Rings received, July to September" names
        // rings received).
        let long: Vec<String> = lower_words(label)
            .into_iter()
            .filter(|w| {
                w.len() >= 4 && !is_year_word(w) && dyad_text::claims::month_number(w).is_none()
            })
            .map(|w| stem(&w))
            .collect();
        if long.is_empty() {
            continue;
        }
        let low = prose.partition_point(|(value, _)| *value < figure.value * 0.75);
        let high = prose.partition_point(|(value, _)| *value <= figure.value / 0.75);
        for &(_, index) in &prose[low..high] {
            let quantity = &quantities[index];
            // A part of a whole may be the label's own ("172 boys trained, and 128 of them were
            // Afghans" for "Afghan trainees in 2024").
            if quantity.sentence == figure.sentence {
                continue;
            }
            let (said, years, said_parts) = said_by_sentence
                .entry(quantity.sentence)
                .or_insert_with(|| {
                    let original = sentence_text(text, extraction, quantity.sentence);
                    (
                        lower_words(original).iter().map(|w| stem(w)).collect(),
                        years_in(original),
                        parts(original),
                    )
                });
            let named = long.iter().filter(|w| said.contains(w)).count();
            // Words the sentence before, in its paragraph, names count too when the sentence names
            // one ("… sent noql to … Peshawar and Quetta … In 2025 the Supplier sent only 4,900 kg
            // to the two cities" for "Sent to Peshawar and Quetta").
            let named = if named >= 1 && named < 2.min(long.len()) && quantity.sentence > 0 {
                let (before_start, _) = extraction.sentences[quantity.sentence - 1];
                let (own_start, _) = extraction.sentences[quantity.sentence];
                let before = clamped(text, before_start, own_start);
                if before.contains("\n\n") {
                    named
                } else {
                    let before: Vec<String> = lower_words(before).iter().map(|w| stem(w)).collect();
                    long.iter()
                        .filter(|w| said.contains(w) || before.contains(w))
                        .count()
                }
            } else {
                named
            };
            // The label's period: its year, or its part of a year with the same year or none.
            let same_period = *years == line_years
                && if line_parts.is_empty() {
                    !line_years.is_empty()
                } else {
                    line_parts.iter().all(|part| said_parts.contains(part))
                };
            // A label of no year read in a sentence of another ("last year we received 280").
            let other_year = line_years.is_empty()
                && [
                    "last year",
                    "previous year",
                    "year before",
                    "year earlier",
                    "next year",
                ]
                .iter()
                .any(|w| {
                    sentence_text(text, extraction, quantity.sentence)
                        .to_lowercase()
                        .contains(w)
                });
            if named < 2.min(long.len()) || !same_period || other_year {
                continue;
            }

            let (written, line_written) = (
                &text[quantity.start..quantity.end],
                &text[figure.start..figure.end],
            );
            // A slip of the digits that keeps the size ("402" for "420", not "4.2" for "40").
            let close =
                (quantity.value - figure.value).abs() <= quantity.value.max(figure.value) * 0.25;
            let slip = close
                && (transposed(written, line_written) || one_digit_apart(written, line_written));
            if !slip {
                continue;
            }
            // The line's own figure given in the sentence or the next: the other is another
            // quantity ("ordered 430 shawls and took 420 of them").
            let line_figure_said = [quantity.sentence, quantity.sentence + 1]
                .into_iter()
                .filter(|&s| s < extraction.sentences.len())
                .flat_map(|s| extraction.in_sentence(s))
                .map(|i| &quantities[i])
                .any(|q| !q.in_table && agrees(q, figure.value));
            if line_figure_said {
                continue;
            }
            // Another line's figure, or the line's own, said right.
            let (from, to) = allowed_range(quantity);
            let at = label_values.partition_point(|value| *value < from);
            let some_line_agrees = label_values.get(at).is_some_and(|value| *value <= to);
            let found = Extraction::locator(text, quantity.start, quantity.end);
            let already = findings
                .iter()
                .any(|f| f.span.start < found.end && found.start < f.span.end);
            if some_line_agrees || already {
                continue;
            }
            findings.push(stated_twice(
                text,
                extraction,
                (quantity, figure),
                &format!("the figures for `{label}`"),
                " on its own line",
            ));
        }
    }
}

/// What a sentence says for the labelled-figure pass: the stems of its words, its years and its parts of
/// a year.
type SentenceSays = (Vec<String>, Vec<i32>, Vec<PartOfYear>);

/// Rule 7b: a table of one measure over the parts of one year, with a total row, and a sentence that
/// gives the year's figure in the table's unit with a slip of the total's digits ("we took in 5,200
/// kg of Afghan wool in 2025" under "| Quarter of 2025 | Received (kg) |" whose total is 5,700).
fn table_total_in_prose(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for table in &extraction.tables {
        let [label_head, value_head] = table.header.as_slice() else {
            continue;
        };
        // The unit in the value column's brackets: "Received (kg)".
        let Some(unit) = value_head
            .text
            .split_once('(')
            .and_then(|(_, rest)| rest.split_once(')'))
            .map(|(unit, _)| unit.trim().to_lowercase())
            .filter(|unit| !unit.is_empty() && unit.chars().all(|c| c.is_alphabetic()))
        else {
            continue;
        };
        let Some(total_row) = table.rows.last() else {
            continue;
        };
        let [total_label, total] = total_row.as_slice() else {
            continue;
        };
        let (Some(total_value), true) = (
            total.value,
            total_label.text.trim().to_lowercase().starts_with("total"),
        ) else {
            continue;
        };
        // One year, in the header or the line right above the table.
        let above = {
            let table_start = label_head.start;
            let line_start = text[..table_start].rfind('\n').unwrap_or(0);
            let previous_start = text[..line_start]
                .trim_end()
                .rfind('\n')
                .map_or(0, |i| i + 1);
            clamped(text, previous_start, line_start)
        };
        let mut years = years_in(&label_head.text);
        years.extend(years_in(&value_head.text));
        if years.is_empty() {
            years = years_in(above);
        }
        let [year] = years[..] else {
            continue;
        };
        let total_written = text[total.start..total.end]
            .trim_matches(|c: char| !c.is_ascii_digit())
            .to_string();
        let row_values: Vec<f64> = table
            .rows
            .iter()
            .filter_map(|row| row.get(1).and_then(|cell| cell.value))
            .collect();
        for quantity in &extraction.quantities {
            if quantity.in_table || quantity.start < total.end {
                continue;
            }
            let after = lower_words(clamped(
                text,
                quantity.end,
                (quantity.end + 12).min(text.len()),
            ));
            if after.first() != Some(&unit) {
                continue;
            }
            // A part of what the table counts ("Of the wool we received, we sold 5,200 kg") is no
            // figure of the whole.
            let (sentence_start, _) = extraction.sentences[quantity.sentence];
            let opening = lower_words(clamped(text, sentence_start, quantity.start));
            if matches!(opening.get(..2), Some([of, _]) if of == "of") {
                continue;
            }
            // The year of the figure's own clause, and no other.
            let clause_end = text[quantity.end..]
                .find([',', '.', ';', '\n'])
                .map_or(text.len(), |i| quantity.end + i);
            if years_in(clamped(text, quantity.end, clause_end)) != [year] {
                continue;
            }
            let written = &text[quantity.start..quantity.end];
            let slip =
                transposed(written, &total_written) || one_digit_apart(written, &total_written);
            if !slip
                || quantity.value == total_value
                || row_values.iter().any(|&value| agrees(quantity, value))
            {
                continue;
            }
            findings.push(total_row_finding(
                text,
                extraction,
                quantity,
                total_value,
                format!(
                    "`{written}` {unit} for {year} is given as `{total_written}` in the table's total row"
                ),
 ));
        }
    }
}

/// A table's total row in a column that counts one noun ("| Colour | Waistcoats |" … "| Total | 240
/// |"), against a count of that noun in prose that is no row's figure and within a quarter of the total
/// or a slip of its digits ("This truck brings you 260 waistcoats"). A figure the prose explains is left
/// alone: one of another year than the table's, a part ("of the 240 waistcoats"), or one whose
/// difference from the total the paragraph states ("20 more follow next week").
fn noun_total_in_prose(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let tables = &extraction.tables;
    if tables.is_empty() {
        return;
    }
    let blanks = blank_lines(text);
    for table in tables {
        let Some((total_row, rows)) = table.rows.split_last() else {
            continue;
        };
        let total_label = total_row
            .first()
            .map_or(String::new(), |c| c.text.to_lowercase());
        if rows.len() < 2 || !total_label.trim().trim_matches('*').starts_with("total") {
            continue;
        }
        let table_years: Vec<i32> = table
            .header
            .iter()
            .flat_map(|h| years_in(&h.text))
            .chain(line_above(text, table).map(years_in).unwrap_or_default())
            .collect();
        let table_end = table.row_spans.last().map_or(0, |(_, end)| *end);
        let table_start = table.header.first().map_or(0, |h| h.start);
        for (column, header) in table.header.iter().enumerate().skip(1) {
            // A header of one plural noun, no measure and no scale.
            let words = lower_words(&header.text);
            let [noun] = words.as_slice() else {
                continue;
            };
            if noun.len() < 4
                || !noun.ends_with('s')
                || measure_named(noun).is_some()
                || matches!(
                    noun.as_str(),
                    "tonnes" | "tons" | "hours" | "days" | "years" | "months" | "weeks" | "percent"
                )
            {
                continue;
            }
            let (Some(total), Some(total_value)) = (
                total_row.get(column),
                total_row.get(column).and_then(|c| c.value),
            ) else {
                continue;
            };
            let total_written = total.text.trim_matches(|c: char| !c.is_ascii_digit());
            let row_values: Vec<f64> = rows
                .iter()
                .filter_map(|row| row.get(column).and_then(|cell| cell.value))
                .collect();
            let other_totals: Vec<f64> = tables
                .iter()
                .filter_map(|t| t.rows.last()?.get(column)?.value)
                .collect();
            // Figures within a few thousand bytes of the table, cheapest tests first: a long
            // document's other figures speak of other tables.
            let first = extraction
                .quantities
                .partition_point(|q| q.start + 4000 < table_start);
            let last = extraction
                .quantities
                .partition_point(|q| q.start < table_end + 4000);
            for (index, quantity) in extraction
                .quantities
                .iter()
                .enumerate()
                .take(last)
                .skip(first)
            {
                if quantity.in_table
                    || quantity.unit != "count"
                    || quantity.start >= table_start && quantity.start < table_end
                {
                    continue;
                }
                let written = &text[quantity.start..quantity.end];
                let slip =
                    transposed(written, total_written) || one_digit_apart(written, total_written);
                let close = (quantity.value - total_value).abs() <= total_value * 0.25;
                if !(slip || close) {
                    continue;
                }
                let after = lower_words(clamped(text, quantity.end, quantity.end + 24));
                if after.first() != Some(noun) {
                    continue;
                }
                if !(slip || close)
                    || agrees(quantity, total_value)
                    || row_values.iter().any(|&v| agrees(quantity, v))
                    || other_totals.iter().any(|&v| agrees(quantity, v))
                    || quantity.value < row_values.iter().copied().fold(0.0, f64::max)
                {
                    continue;
                }
                // A part of the total, or a figure of another year.
                let lead = lower_words(clamped(
                    text,
                    quantity.start.saturating_sub(12),
                    quantity.start,
                ));
                if lead.last().is_some_and(|w| w == "of") {
                    continue;
                }
                let said = sentence_text(text, extraction, quantity.sentence);
                let years = years_in(said);
                if !years.is_empty()
                    && !table_years.is_empty()
                    && years.iter().all(|y| !table_years.contains(y))
                {
                    continue;
                }
                // A plan or another period in words ("plans ten camps next year"), a capacity
                // ("can carry 300"), or a year the table does not name.
                let other_time = another_time_or_mode(&clause_words_of(text, extraction, quantity))
                    || table_years.is_empty() && !years.is_empty();
                // The sentence speaks of what the table is of: a word of five letters or more it
                // shares with the line above the table or the table's header, beyond the noun.
                let stem = |w: &str| w.chars().take(5).collect::<String>();
                let table_stems: Vec<String> = line_above(text, table)
                    .map(lower_words)
                    .unwrap_or_default()
                    .into_iter()
                    .chain(table.header.iter().flat_map(|h| lower_words(&h.text)))
                    .filter(|w| {
                        w.len() >= 5
                            && stem(w) != stem(noun)
                            && !FUNCTION_WORDS.contains(&w.as_str())
                            && !matches!(
                                w.as_str(),
                                "month"
                                    | "months"
                                    | "weeks"
                                    | "years"
                                    | "today"
                                    | "these"
                                    | "those"
                                    | "there"
                                    | "which"
                                    | "where"
                            )
                    })
                    .map(|w| stem(&w))
                    .collect();
                let of_the_table = lower_words(said)
                    .iter()
                    .filter(|w| w.len() >= 5)
                    .any(|w| table_stems.contains(&stem(w)));
                // A month the table does not name is another period.
                let table_months: Vec<u32> = months_of_table(text, table);
                let other_month = clause_words_of(text, extraction, quantity)
                    .iter()
                    .filter_map(|w| dyad_text::claims::month_number(w))
                    .any(|m| !table_months.contains(&m));
                if !of_the_table || other_month {
                    continue;
                }
                if other_time || !written.contains(|c: char| c.is_ascii_digit()) {
                    continue;
                }
                // What was asked for is not what the table counts ("Dealers ordered 610 cartons").
                let (sentence_start, _) = extraction.sentences[quantity.sentence];
                let lead_clause = clamped(text, sentence_start, quantity.start)
                    .rsplit([',', ';', ':'])
                    .next()
                    .unwrap_or("");
                let asked = lower_words(lead_clause).iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "ordered"
                            | "order"
                            | "orders"
                            | "asked"
                            | "requested"
                            | "booked"
                            | "wanted"
                            | "demanded"
                            | "sought"
                    )
                });
                // Another place than the table's ("39,500 returnees crossed from Iran at Islam
                // Qala" under a table of Torkham and Chaman).
                let table_words: Vec<String> = table
                    .header
                    .iter()
                    .chain(table.rows.iter().flatten())
                    .flat_map(|cell| lower_words(&cell.text))
                    .chain(line_above(text, table).map(lower_words).unwrap_or_default())
                    .collect();
                let words_of_sentence: Vec<&str> = said
                    .split(|c: char| !c.is_alphanumeric())
                    .filter(|w| !w.is_empty())
                    .collect();
                let elsewhere = words_of_sentence.windows(2).any(|pair| {
                    matches!(pair[0], "from" | "at" | "in" | "to" | "through" | "via")
                        && pair[1].starts_with(char::is_uppercase)
                        && dyad_text::claims::month_number(&pair[1].to_lowercase()).is_none()
                        && !table_words.contains(&pair[1].to_lowercase())
                });
                if asked || elsewhere {
                    continue;
                }
                // The paragraph gives the difference ("the other 20 follow next week").
                let difference = (quantity.value - total_value).abs();
                let paragraph = paragraph_around(text, &blanks, quantity.start, quantity.end);
                let (paragraph_start, paragraph_end) = (
                    offset_in(text, paragraph),
                    offset_in(text, paragraph) + paragraph.len(),
                );
                let explained = extraction.quantities.iter().enumerate().any(|(other, q)| {
                    other != index
                        && q.start >= paragraph_start
                        && q.end <= paragraph_end
                        && agrees(q, difference)
                });
                if explained {
                    continue;
                }
                findings.push(total_row_finding(
                    text,
                    extraction,
                    quantity,
                    total_value,
                    format!(
                        "`{written}` {noun} is given as `{}` in the table's total row",
                        total.text.trim()
                    ),
                ));
            }
        }
    }
}

/// A row named in prose by the words of its label no other row has ("the consignment of 14 August"
/// for "| 14 August 2025 |", "a double-sided ajrak" for "| Ajrak, double-sided |", "The khatai" for
/// "| Kulcha-e khatai |"), with a figure that fits one of its columns by its noun, measure or currency
/// ("65 chapans" under "Chapans sent", "Rs 4,200" under "Price (Rs)", "42 kilograms" under
/// "Kilograms") and is that cell's slip of one digit or two swapped, and no figure of the row.
fn row_named_with_a_slip(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    // Each sentence's words, read once, for the sentences near some table.
    let mut words_of: HashMap<usize, Vec<String>> = HashMap::new();
    for table in &extraction.tables {
        let labels: Vec<Vec<String>> = table
            .rows
            .iter()
            .map(|row| row.first().map_or(Vec::new(), |c| lower_words(&c.text)))
            .collect();
        let header_words: Vec<String> = table
            .header
            .iter()
            .flat_map(|h| lower_words(&h.text))
            .collect();
        let table_years: Vec<i32> = table
            .header
            .iter()
            .flat_map(|h| years_in(&h.text))
            .chain(
                table
                    .rows
                    .iter()
                    .filter_map(|r| r.first())
                    .flat_map(|c| years_in(&c.text)),
            )
            .collect();
        let table_end = table.row_spans.last().map_or(0, |(_, end)| *end);
        let table_start = table.header.first().map_or(0, |h| h.start);
        // Each row's words no other row has, and no header: a year shared by all rows is none.
        let distinctive_of: Vec<Vec<&String>> = (0..table.rows.len())
            .map(|row_index| {
                labels[row_index]
                    .iter()
                    .filter(|w| w.len() >= 4 || w.chars().all(|c| c.is_ascii_digit()))
                    .filter(|w| !is_year_word(w))
                    .filter(|w| {
                        labels
                            .iter()
                            .enumerate()
                            .all(|(other, words)| other == row_index || !words.contains(w))
                            && !header_words.contains(w)
                    })
                    .collect()
            })
            .collect();
        for (row_index, row) in table.rows.iter().enumerate() {
            if labels[row_index].first().is_some_and(|w| w == "total") {
                continue;
            }
            let distinctive = &distinctive_of[row_index];
            if distinctive.is_empty() || !distinctive.iter().any(|w| w.len() >= 4) {
                continue;
            }
            // Cells of levels: not a change or a share column, nor a signed cell.
            let cells: Vec<(usize, f64, &str)> = row
                .iter()
                .enumerate()
                .skip(1)
                .filter(|(column, cell)| {
                    let header = table.header.get(*column).map_or("", |h| h.text.as_str());
                    !is_rate(header)
                        && !is_change(header)
                        && !header.contains('%')
                        && !cell.text.trim_start().starts_with(['+', '-', '−'])
                })
                .filter_map(|(column, cell)| Some((column, cell.value?, cell.text.as_str())))
                .collect();
            // Sentences within a few thousand bytes of the table: a long document's prose far
            // away speaks of other tables.
            let first = extraction
                .sentences
                .partition_point(|&(_, end)| end + 4000 < table_start);
            let last = extraction
                .sentences
                .partition_point(|&(start, _)| start < table_end + 4000);
            for sentence in first..last.max(first) {
                let (start, end) = extraction.sentences[sentence];
                if start < table_end && end > table_start {
                    continue;
                }
                let said = words_of
                    .entry(sentence)
                    .or_insert_with(|| lower_words(&text[start..end]));
                if !distinctive.iter().all(|w| said.contains(w)) {
                    continue;
                }
                // A sentence that names other rows too gives each figure to the row named nearest
                // it ("from 760 trucks in February to 1,110 in June").
                let lowered = text[start..end].to_lowercase();
                let named_rows: Vec<(usize, Vec<usize>)> = distinctive_of
                    .iter()
                    .enumerate()
                    .filter(|(_, words)| {
                        !words.is_empty() && words.iter().all(|w| said.contains(w))
                    })
                    .filter_map(|(other, words)| {
                        let longest = words.iter().max_by_key(|w| w.len())?;
                        let at: Vec<usize> = lowered
                            .match_indices(longest.as_str())
                            .map(|(i, _)| i)
                            .collect();
                        Some((other, at))
                    })
                    .collect();
                let nearest_row = |offset: usize| {
                    named_rows
                        .iter()
                        .filter_map(|(row, at)| {
                            at.iter()
                                .map(|&i| i.abs_diff(offset))
                                .min()
                                .map(|d| (d, *row))
                        })
                        .min()
                        .map(|(_, row)| row)
                };
                // Another year than the table's is another row.
                let years = years_in(&text[start..end]);
                if !years.is_empty()
                    && !table_years.is_empty()
                    && years.iter().all(|y| !table_years.contains(y))
                {
                    continue;
                }
                for quantity in extraction
                    .in_sentence(sentence)
                    .map(|i| &extraction.quantities[i])
                {
                    let written = &text[quantity.start..quantity.end];
                    if quantity.in_table
                        || !written.contains(|c: char| c.is_ascii_digit())
                        || nearest_row(quantity.start - start) != Some(row_index)
                    {
                        continue;
                    }
                    if cells.iter().any(|(_, value, _)| agrees(quantity, *value)) {
                        continue;
                    }
                    let after = lower_words(clamped(text, quantity.end, quantity.end + 24));
                    let fits = |column: usize| {
                        let header = lower_words(&table.header[column].text);
                        match quantity.unit {
                            "PKR" => header
                                .iter()
                                .any(|w| w == "rs" || w == "pkr" || w == "rupees"),
                            "AFN" => header
                                .iter()
                                .any(|w| w == "afs" || w == "afn" || w == "afghanis"),
                            "USD" => header.iter().any(|w| w == "usd" || w == "us"),
                            "count" => after.first().is_some_and(|noun| {
                                noun.len() >= 3
                                    && header.iter().any(|w| w.len() >= 3 && stem(w) == stem(noun))
                            }),
                            _ => false,
                        }
                    };
                    let slipped = cells.iter().find(|(column, _, cell)| {
                        let (a, b) = (digits_of(written), digits_of(cell));
                        let swapped = a.len() == b.len()
                            && a.len() >= 2
                            && {
                                let differing: Vec<usize> =
                                    (0..a.len()).filter(|&i| a[i] != b[i]).collect();
                                matches!(differing.as_slice(), [i, j] if a[*i] == b[*j] && a[*j] == b[*i])
                            };
                        fits(*column) && (swapped || one_digit_apart(written, cell))
                    });
                    let Some((column, value, cell)) = slipped else {
                        continue;
                    };
                    // A price of last year, a plan or a stock is no statement of the cell.
                    if another_time_or_mode(&clause_words_of(text, extraction, quantity)) {
                        continue;
                    }
                    // A part of the row ("of which", "include") is no statement of it, nor is a
                    // mark passed ("climbed past 10,100 animals") or one compared with.
                    let lead = lower_words(clamped(
                        text,
                        quantity.start.saturating_sub(24),
                        quantity.start,
                    ));
                    if lead.last().is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "of" | "include"
                                | "includes"
                                | "including"
                                | "past"
                                | "beyond"
                                | "than"
                                | "pass"
                                | "passing"
                                | "passed"
                                | "exceeded"
                                | "surpassed"
                                | "topped"
                                | "target"
                                | "against"
                        )
                    }) {
                        continue;
                    }
                    let label = row.first().map_or("", |c| c.text.trim());
                    findings.push(against_table(
                        text,
                        extraction,
                        quantity,
                        *value,
                        format!(
                            "the text gives `{written}` for `{label}` but the table gives `{cell}` in `{}`",
                            table.header[*column].text.trim()
                        ),
                    ));
                }
            }
        }
    }
}

/// Whether a sentence's words set its figures in another time or mode than what a table or a line
/// records: a plan or target, a capacity or a condition, a year before or after, a stock held ("a
/// target of 650 cartons", "can carry 300", "would have made 13", "cost Rs 1,500 last year", "still
/// has 65 in stock").
fn another_time_or_mode(words: &[String]) -> bool {
    words.iter().any(|w| {
        matches!(
            w.as_str(),
            "plan"
                | "plans"
                | "planned"
                | "target"
                | "targets"
                | "aim"
                | "aims"
                | "goal"
                | "forecast"
                | "expect"
                | "expects"
                | "will"
                | "would"
                | "could"
                | "can"
                | "may"
                | "might"
                | "should"
                | "capacity"
                | "next"
                | "last"
                | "previous"
                | "earlier"
                | "ago"
                | "stock"
                | "without"
        )
    })
}

/// The words of a figure's own clause: from the last comma, semicolon or colon before it in its
/// sentence to the next comma or semicolon after it.
fn clause_words_of(text: &str, extraction: &Extraction, q: &Quantity) -> Vec<String> {
    let (start, end) = clause_bounds(text, extraction, q);
    lower_words(clamped(text, start, end))
}

/// The span of a figure's own clause, as [`clause_words_of`] reads it.
fn clause_bounds(text: &str, extraction: &Extraction, q: &Quantity) -> (usize, usize) {
    let (sentence_start, sentence_end) = extraction.sentences[q.sentence];
    let start = last_clause_break(clamped(text, sentence_start, q.start))
        .map_or(sentence_start, |i| sentence_start + i + 1);
    let end = clamped(text, q.end, sentence_end)
        .find([',', ';'])
        .map_or(sentence_end, |i| q.end + i);
    (start, end)
}

/// Whether a figure's sentence names a rest of a whole beside it ("the rest", "the remainder",
/// "remaining", "the others"): the figure is a part.
fn names_a_rest(text: &str, extraction: &Extraction, q: &Quantity) -> bool {
    let said = sentence_text(text, extraction, q.sentence).to_lowercase();
    ["the rest", "the remainder", "remaining", "the others"]
        .iter()
        .any(|w| said.contains(w))
}

/// A number written in digits or words ("1,300", "nine").
fn amount(word: &str) -> Option<f64> {
    word.replace(',', "")
        .parse::<f64>()
        .ok()
        .or_else(|| dyad_text::claims::word_value(word))
}

/// A number above zero, as [`amount`] reads it: a pack's size.
fn positive(word: &str) -> Option<f64> {
    amount(word).filter(|n| *n > 0.0)
}

/// The last comma, semicolon or colon of a stretch that ends a clause, not one inside a number
/// ("Afs 67,500").
fn last_clause_break(stretch: &str) -> Option<usize> {
    stretch
        .match_indices([',', ';', ':'])
        .map(|(i, _)| i)
        .rev()
        .find(|&i| {
            let before = stretch[..i].chars().next_back();
            let after = stretch[i + 1..].chars().next();
            !(before.is_some_and(|c| c.is_ascii_digit())
                && after.is_some_and(|c| c.is_ascii_digit()))
        })
}

/// The months a table names in its header, rows' labels or the line above it.
fn months_of_table(text: &str, table: &Table) -> Vec<u32> {
    table
        .header
        .iter()
        .chain(table.rows.iter().filter_map(|row| row.first()))
        .flat_map(|cell| lower_words(&cell.text))
        .chain(line_above(text, table).map(lower_words).unwrap_or_default())
        .filter_map(|w| dyad_text::claims::month_number(&w))
        .collect()
}

/// The finding of a prose figure that a table's total row gives otherwise.
fn total_row_finding(
    text: &str,
    extraction: &Extraction,
    quantity: &Quantity,
    total_value: f64,
    explanation: String,
) -> Finding {
    Finding::new(
        text,
        CheckKind::TextVsTable,
        (quantity.start, quantity.end),
        vec![quantity.value, total_value],
        vec![extraction.claim(text, quantity)],
        explanation,
    )
}

/// Whether a label names a thing by its number: a word and one to three digits ("truck 2").
fn is_numbered_label(label: &str) -> bool {
    matches!(
        label.split_whitespace().collect::<Vec<_>>().as_slice(),
        [noun, number] if noun.chars().all(char::is_alphabetic)
            && (1..=3).contains(&number.len())
            && number.chars().all(|c| c.is_ascii_digit())
    )
}

/// A table whose rows split one month ("1 to 7 December", "8 to 14 December", …) under a total row,
/// against a figure of a column's unit in prose for that month ("we pressed 610 cartons in December"
/// over a total of 560 cartons). The prose figure is the total's slip of the digits, or within a
/// quarter of it in a sentence that shares a word of five letters with the line above the table
/// ("Moulding hall … One press shift is one press running" and "we pressed").
fn month_total_in_prose(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let stem = |w: &str| w.chars().take(5).collect::<String>();
    for table in &extraction.tables {
        let Some((total_row, rows)) = table.rows.split_last() else {
            continue;
        };
        let total_label = total_row
            .first()
            .map_or(String::new(), |c| c.text.to_lowercase());
        if rows.len() < 2 || !total_label.trim().trim_matches('*').starts_with("total") {
            continue;
        }
        // Every row names one month, the same, and no other.
        let months: Vec<Vec<u32>> = rows
            .iter()
            .map(|row| {
                let mut named: Vec<u32> = row.first().map_or(Vec::new(), |c| {
                    lower_words(&c.text)
                        .iter()
                        .filter_map(|w| dyad_text::claims::month_number(w))
                        .collect()
                });
                named.dedup();
                named
            })
            .collect();
        let Some(&[month]) = months.first().map(Vec::as_slice) else {
            continue;
        };
        if months.iter().any(|m| m.as_slice() != [month]) {
            continue;
        }
        let above: Vec<String> = line_above(text, table)
            .map(|line| {
                lower_words(line)
                    .iter()
                    .filter(|w| w.len() >= 5 && dyad_text::claims::month_number(w).is_none())
                    .map(|w| stem(w))
                    .collect()
            })
            .unwrap_or_default();
        let table_end = table.row_spans.last().map_or(0, |(_, end)| *end);
        for (column, header) in table.header.iter().enumerate().skip(1) {
            // The column's unit: its one word ("Cartons"), or the word in its brackets.
            let unit = header
                .text
                .split_once('(')
                .and_then(|(_, rest)| rest.split_once(')'))
                .map_or(header.text.trim(), |(unit, _)| unit.trim())
                .to_lowercase();
            if unit.is_empty() || !unit.chars().all(char::is_alphabetic) {
                continue;
            }
            let Some(total) = total_row.get(column) else {
                continue;
            };
            let Some(total_value) = total.value else {
                continue;
            };
            let total_written = total.text.trim_matches(|c: char| !c.is_ascii_digit());
            let row_values: Vec<f64> = rows
                .iter()
                .filter_map(|row| row.get(column).and_then(|cell| cell.value))
                .collect();
            for quantity in &extraction.quantities {
                if quantity.in_table || quantity.start < table_end || quantity.unit != "count" {
                    continue;
                }
                let after = lower_words(clamped(text, quantity.end, quantity.end + 16));
                if after.first() != Some(&unit) {
                    continue;
                }
                // The figure's clause names the month, and no other.
                let clause_end = text[quantity.end..]
                    .find([',', '.', ';', '\n'])
                    .map_or(text.len(), |i| quantity.end + i);
                let named: Vec<u32> = lower_words(clamped(text, quantity.end, clause_end))
                    .iter()
                    .filter_map(|w| dyad_text::claims::month_number(w))
                    .collect();
                if named.is_empty() || named.iter().any(|&m| m != month) {
                    continue;
                }
                let written = &text[quantity.start..quantity.end];
                let slip =
                    transposed(written, total_written) || one_digit_apart(written, total_written);
                let close = (quantity.value - total_value).abs() <= total_value * 0.25;
                let sentence = lower_words(sentence_text(text, extraction, quantity.sentence));
                // Another year than the table's, a plan or another time is another figure.
                let table_years = line_above(text, table).map(years_in).unwrap_or_default();
                let years = years_in(sentence_text(text, extraction, quantity.sentence));
                let a_part = names_a_rest(text, extraction, quantity);
                if another_time_or_mode(&clause_words_of(text, extraction, quantity))
                    || a_part
                    || years.iter().any(|y| !table_years.contains(y))
                {
                    continue;
                }
                let of_the_table = sentence
                    .iter()
                    .filter(|w| w.len() >= 5 && **w != unit)
                    .any(|w| above.contains(&stem(w)));
                if !(slip || close && of_the_table)
                    || agrees(quantity, total_value)
                    || row_values.iter().any(|&value| agrees(quantity, value))
                {
                    continue;
                }
                findings.push(total_row_finding(
                    text,
                    extraction,
                    quantity,
                    total_value,
                    format!(
                        "`{written}` {unit} for the month is given as `{}` in the table's total row",
                        total.text.trim()
                    ),
 ));
            }
        }
    }
}

/// Rule 2c: a title's figure that the body states otherwise ("# Exports to Afghanistan slide to $864m"
/// over "exports to Afghanistan fell to $884 million in 2024"). The body's nearest figure of the
/// title's measure, for the title's period if it names one, in a sentence that shares another word of
/// five letters or more with the title, is within 15% and does not agree; no body figure of that
/// measure agrees with the title's.
fn headline_figures<'p>(
    text: &str,
    extraction: &Extraction,
    measured: &[(usize, String)],
    period_of: &dyn Fn(usize) -> Option<&'p str>,
    findings: &mut Vec<Finding>,
) {
    let Some(title) = text.lines().find(|line| line.starts_with("# ")) else {
        return;
    };
    let title_start = offset_in(text, title);
    let title_end = title_start + title.len();
    let long_words = |words: &str, measure: &str| -> HashSet<String> {
        lower_words(words)
            .into_iter()
            .filter(|w| w.len() >= 5 && !w.starts_with(measure))
            .collect()
    };
    for (index, measure) in measured {
        let head = &extraction.quantities[*index];
        if head.start < title_start || head.end > title_end || a_difference(text, head) {
            continue;
        }
        // A headline's threshold ("tops 100,000", "nears 50,000") is a bound, and its target, plan
        // or forecast is no measured figure.
        let lead = lower_words(clamped(text, title_start, head.start));
        let bound = lead.last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "tops"
                    | "top"
                    | "nears"
                    | "near"
                    | "passes"
                    | "crosses"
                    | "exceeds"
                    | "hits"
                    | "beats"
                    | "over"
                    | "above"
                    | "under"
                    | "below"
                    | "almost"
                    | "nearly"
            )
        });
        let aim = lower_words(title).iter().any(|w| {
            matches!(
                w.as_str(),
                "target"
                    | "targets"
                    | "aim"
                    | "aims"
                    | "aiming"
                    | "goal"
                    | "plan"
                    | "plans"
                    | "forecast"
                    | "expected"
                    | "expects"
                    | "projected"
                    | "budget"
                    | "seeks"
            )
        });
        if bound || aim {
            continue;
        }
        let title_words = long_words(title, measure);
        let mut body: Vec<&Quantity> = measured
            .iter()
            .filter(|(other, its)| same_measure(its, measure) && *other != *index)
            .filter(|(other, _)| extraction.quantities[*other].start >= title_end)
            .filter(|(other, _)| match (period_of(*index), period_of(*other)) {
                (Some(x), Some(y)) => x == y,
                _ => true,
            })
            .map(|(other, _)| &extraction.quantities[*other])
            .filter(|q| q.unit == head.unit)
            .collect();
        if body
            .iter()
            .any(|q| agrees(head, q.value) || agrees(q, head.value))
        {
            continue;
        }
        // The nearest within 15% that is a level, not the size of a change, in a sentence that
        // shares a word with the title.
        body.retain(|q| (q.value - head.value).abs() <= head.value.max(q.value) * 0.15);
        body.sort_by(|a, b| {
            (a.value - head.value)
                .abs()
                .total_cmp(&(b.value - head.value).abs())
        });
        let nearest = body.into_iter().find(|q| {
            let said = sentence_text(text, extraction, q.sentence);
            !long_words(said, measure).is_disjoint(&title_words) && !a_difference(text, q)
        });
        if let Some(nearest) = nearest {
            findings.push(stated_twice(
                text,
                extraction,
                (head, nearest),
                &format!("{measure} in the title and the text"),
                "",
            ));
        }
    }
}

/// Whether two measures are one: the same, or one unit with and without what it weighs ("tonne"
/// and "tonne of walnuts").
fn same_measure(a: &str, b: &str) -> bool {
    a == b
        || a.strip_prefix(b)
            .is_some_and(|rest| rest.starts_with(" of "))
        || b.strip_prefix(a)
            .is_some_and(|rest| rest.starts_with(" of "))
}

/// The finding of one measure stated twice in prose with two values: `what` names the measure (and its
/// period), `why` ends the explanation.
fn stated_twice(
    text: &str,
    extraction: &Extraction,
    (a, b): (&Quantity, &Quantity),
    what: &str,
    why: &str,
) -> Finding {
    Finding::new(
        text,
        CheckKind::TextVsTable,
        (a.start, a.end),
        vec![a.value, b.value],
        vec![extraction.claim(text, a), extraction.claim(text, b)],
        format!(
            "{what} are given as `{}` and later as `{}`{why}",
            &text[a.start..a.end],
            &text[b.start..b.end]
        ),
    )
}

/// The period a table's row label or column header names, as [`prose_period`] keys it: `2023`, or
/// `FY2023` for "FY2023-24", "FY23/24" and "FY2024".
fn period_of_label(text: &str) -> Option<String> {
    let trimmed = text.trim().trim_matches('*');
    if trimmed.len() > 12 {
        return None;
    }
    let digits = trimmed.trim_matches(|c: char| !c.is_ascii_digit());
    if trimmed.starts_with("FY") {
        let found = dyad_text::claims::FISCAL_YEAR.captures(trimmed)?;
        let start = dyad_text::claims::fiscal_start(&found[1], found.get(2).map(|m| m.as_str()))?;
        return Some(format!("FY{start}"));
    }
    digits
        .parse::<i32>()
        .ok()
        .filter(|year| (1900..=2100).contains(year))
        .map(|year| year.to_string())
}

/// The cells of a table that a period names, by its row label or its column header: each cell's text,
/// value, the scale its header states, the period, and the other header (the column's for a row of a
/// year, the row's label for a column of a year) that says what it measures.
fn year_cells(table: &Table) -> Vec<(String, f64, f64, String, String)> {
    let as_year = period_of_label;
    let mut cells = Vec::new();
    for row in &table.rows {
        let Some(label) = row.first() else {
            continue;
        };
        let row_year = as_year(&label.text);
        for (column, cell) in row.iter().enumerate().skip(1) {
            let (Some(value), Some(header)) = (cell.value, table.header.get(column)) else {
                continue;
            };
            // The scale may be stated in the header, or in the table's corner ("USD million").
            let corner = table
                .header
                .first()
                .map_or(1.0, |corner| header_scale(&corner.text).0);
            let scale = header_scale(&header.text).0.max(corner);
            if let Some(year) = &row_year {
                cells.push((
                    cell.text.clone(),
                    value,
                    scale,
                    year.clone(),
                    header.text.clone(),
                ));
            } else if let Some(year) = bracketed_period(&label.text) {
                // "Days closed (2024)": the label names both the measure and its period.
                cells.push((
                    cell.text.clone(),
                    value,
                    scale,
                    year,
                    row_name(&label.text).to_string(),
                ));
            } else if let Some(year) = as_year(&header.text) {
                let scale = header_scale(&label.text).0.max(scale);
                cells.push((cell.text.clone(), value, scale, year, label.text.clone()));
            }
        }
    }
    cells
}

/// A cell of a table whose rows (or columns) are parts of a year: its value and scale, the part, and
/// the other header that says what it measures (the column's for a row of a month, the row's label for
/// a column of a quarter).
struct PartCell<'t> {
    cell: &'t TableCell,
    value: f64,
    scale: f64,
    part: PartOfYear,
    other: &'t str,
}

/// The cells of a table that a month, quarter or half names by its row label or its column header,
/// when the table names two parts of a year or more.
fn part_of_year_cells(table: &Table) -> Vec<PartCell<'_>> {
    let corner = table
        .header
        .first()
        .map_or(1.0, |corner| header_scale(&corner.text).0);
    let header_parts: Vec<Option<PartOfYear>> = table
        .header
        .iter()
        .map(|h| part_of_year_label(&h.text))
        .collect();
    let mut cells = Vec::new();
    for row in &table.rows {
        let Some(label) = row.first() else {
            continue;
        };
        let row_part = part_of_year_label(&label.text);
        for (column, cell) in row.iter().enumerate().skip(1) {
            let (Some(value), Some(header)) = (cell.value, table.header.get(column)) else {
                continue;
            };
            let header_scale = header_scale(&header.text).0.max(corner);
            if let Some(part) = row_part {
                cells.push(PartCell {
                    cell,
                    value,
                    scale: header_scale,
                    part,
                    other: &header.text,
                });
            } else if let Some(Some(part)) = header_parts.get(column) {
                cells.push(PartCell {
                    cell,
                    value,
                    scale: self::header_scale(&label.text).0.max(header_scale),
                    part: *part,
                    other: &label.text,
                });
            }
        }
    }
    let first = cells.first().map(|c| c.part);
    if cells.iter().all(|c| Some(c.part) == first) {
        return Vec::new();
    }
    cells
}

/// Whether a figure's words (`said`, lower case) say a word, or its plural.
fn says_word(said: &[String], word: &str) -> bool {
    said.iter()
        .any(|s| s == word || s.strip_suffix('s') == Some(word))
}

/// Whether two words share a stem: "returned", "returns" and "returnees" (and "people" and
/// "persons") name one thing.
fn same_stem(a: &str, b: &str) -> bool {
    // A plural's "s" first ("crossings", "refugees"), then one ending of agent or verb ("returnee",
    // "returned", "crossing", "vehicle"), each leaving four letters at least.
    fn stem(word: &str) -> &str {
        let singular = word
            .strip_suffix('s')
            .filter(|rest| rest.len() >= 4)
            .unwrap_or(word);
        ["ee", "ing", "ed", "e"]
            .iter()
            .find_map(|suffix| singular.strip_suffix(suffix).filter(|rest| rest.len() >= 4))
            .unwrap_or(singular)
    }
    let people = |w: &str| matches!(w, "people" | "persons" | "individuals");
    a == b || a.strip_suffix('s') == Some(b) || stem(a) == stem(b) || people(a) && people(b)
}

/// Words that place a figure in another period than the one named near it: "a year earlier", "the
/// previous quarter", "since March".
const RELATIVE_PERIOD: &[&str] = &[
    "previous",
    "last",
    "earlier",
    "before",
    "next",
    "following",
    "prior",
    "later",
    "since",
    "until",
    "ago",
];

/// Words of a header that say nothing of what its figures count: scales, currencies, totals.
const HEADER_FILLER: &[&str] = &[
    "total",
    "value",
    "values",
    "number",
    "change",
    "share",
    "with",
    "from",
    "other",
    "million",
    "billion",
    "thousand",
    "thousands",
    "lakh",
    "crore",
    "dollars",
    "rupees",
    "percent",
    "average",
    "year",
    "month",
    "quarter",
];

/// The part of a year a prose figure is for: the one named right after it in its clause ("4,760
/// e-forms in the second quarter", "236 in the second" when the sentence names quarters), else the one
/// part named before it in its sentence that no earlier figure took as its own ("from 4,120 in the
/// first quarter to …" gives the first quarter to 4,120 only), with no other ordinal or word of
/// another period ("previous", "last") between them. `None` when the words leave it open.
fn part_of_year_of(
    text: &str,
    extraction: &Extraction,
    index: usize,
    mentions: &[(usize, usize, Option<PartOfYear>)],
) -> Option<PartOfYear> {
    let quantity = &extraction.quantities[index];
    let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
    let figures: Vec<&Quantity> = extraction
        .in_sentence(quantity.sentence)
        .map(|i| &extraction.quantities[i])
        .filter(|q| !q.in_table)
        .collect();
    let next_figure = figures
        .iter()
        .map(|q| q.start)
        .filter(|start| *start >= quantity.end)
        .min()
        .unwrap_or(sentence_end);
    // What the words right after a figure name, in its clause ("3.6 lakh people returned from
    // Pakistan to Afghanistan in January–June 2024"), read within the sentence only.
    // A clause ends at punctuation or at a conjunction ("… as the season peaked and shipments eased
    // in April–June" names another verb's period).
    let right_after = |end: usize| {
        let rest = clamped(text, end, sentence_end);
        let conjunction = [" and ", " as ", " while ", " but ", " then ", " whereas "]
            .iter()
            .filter_map(|w| rest.find(w))
            .min();
        let limit = rest
            .find([',', ';', ':', '.', '('])
            .into_iter()
            .chain(conjunction)
            .min()
            .map_or(sentence_end, |at| end + at)
            .min(end + 64)
            .min(sentence_end);
        (end, limit)
    };
    let (after_start, after_end) = right_after(quantity.end);
    let after_end = after_end.min(next_figure);
    // "3,320 a year earlier", "against the same quarter last year": another period than any named;
    // not the words of a part named ("the last three months of 2025").
    let after_lowered = clamped(text, quantity.end, next_figure).to_lowercase();
    let outside_mentions: String = clamped(text, after_start, after_end)
        .char_indices()
        .map(|(at, c)| {
            let at = after_start + at;
            if mentions.iter().any(|(s, e, _)| *s <= at && at < *e) {
                ' '
            } else {
                c
            }
        })
        .collect();
    if lower_words(&outside_mentions)
        .iter()
        .any(|w| RELATIVE_PERIOD.contains(&w.as_str()))
        || [
            "same period",
            "same quarter",
            "same month",
            "year-on-year",
            "year on year",
        ]
        .iter()
        .any(|w| after_lowered.contains(w))
    {
        return None;
    }
    // "640 tonnes were well above July": a part named after a word of comparison is the period the
    // figure is set against, not its own.
    let compared = |start: usize| {
        lower_words(clamped(text, quantity.end, start))
            .iter()
            .any(|w| COMPARISON_WORDS.contains(&w.as_str()))
    };
    if let Some((start, _, part)) = mentions
        .iter()
        .find(|(start, _, _)| *start >= after_start && *start < after_end)
        && !compared(*start)
    {
        return *part;
    }
    // "236 in the second", when the sentence names quarters (or halves) of one length.
    let lengths: HashSet<u32> = mentions
        .iter()
        .filter_map(|(_, _, p)| p.map(|p| p.months))
        .collect();
    let after_words = lower_words(clamped(text, after_start, after_end));
    if let ([preposition, the, ordinal], [months]) = (
        after_words.as_slice(),
        lengths.iter().copied().collect::<Vec<_>>().as_slice(),
    ) && matches!(preposition.as_str(), "in" | "for" | "during")
        && the == "the"
        && *months > 1
        && let Some(n) = ["first", "second", "third", "fourth"]
            .iter()
            .position(|w| w == ordinal)
    {
        let n = n as u32;
        return (n * months < 12).then_some(PartOfYear {
            months: *months,
            first_month: n * months + 1,
            year: None,
        });
    }
    // The one part named before it that no earlier figure took.
    // A span of time ("the three months from April to June") names its period for the figures after it.
    let taken = |start: usize| {
        figures.iter().any(|q| {
            let span_of_time = counted_head(text, q)
                .is_some_and(|noun| TIME_UNITS.contains(&noun.trim_end_matches('s')));
            q.end <= start && !span_of_time && {
                let (from, to) = right_after(q.end);
                start >= from && start < to
            }
        })
    };
    let (mention_start, mention_end, part) = mentions
        .iter()
        .rev()
        .find(|(_, end, _)| *end <= quantity.start && *end >= sentence_start)?;
    if taken(*mention_start) {
        return None;
    }
    let between = lower_words(clamped(text, *mention_end, quantity.start));
    // "the final quarter still brought US$ 246 mn, only modestly below the summer peak of US$ 271
    // mn": a figure set against another after a word of comparison is no longer the part's.
    let open = between.iter().any(|w| {
        matches!(w.as_str(), "first" | "second" | "third" | "fourth")
            || RELATIVE_PERIOD.contains(&w.as_str())
            || COMPARISON_WORDS.contains(&w.as_str())
    }) || clamped(text, *mention_end, quantity.start).contains(';');
    if open { None } else { *part }
}

/// Words that set a figure against another period: "above July", "more than in June", "against Q1".
const COMPARISON_WORDS: &[&str] = &[
    "above",
    "below",
    "than",
    "against",
    "compared",
    "versus",
    "exceeding",
    "behind",
];

/// Rule 4: a table whose rows (or columns) are months, quarters or halves of a year, and a prose
/// figure for one of them ([`part_of_year_of`]) that names one of its columns (or rows): by what the
/// figure counts ("4,760 e-forms" against "E-forms registered"), or by a word of the header in the
/// figure's own stretch ("1,380 boxes left for Chaman" against "Via Chaman"). As in rule 3, every
/// cell that could be the figure's is a candidate; the figure is flagged only when none agrees with
/// it, no cell of the table is it, and the nearest lies within a quarter of it (or holds its digits
/// with two swapped).
fn part_of_year_rows(
    text: &str,
    extraction: &Extraction,
    said_of: &[Vec<String>],
    part_of: &[bool],
    findings: &mut Vec<Finding>,
) {
    // Each table of parts of a year, with its cells, what it says it counts (its caption and header)
    // and whether its columns or rows state a currency each, read once.
    let tables: Vec<(Vec<PartCell<'_>>, String, String, bool)> = extraction
        .tables
        .iter()
        .map(|table| (table, part_of_year_cells(table)))
        .filter(|(_, cells)| !cells.is_empty())
        .map(|(table, cells)| {
            let units_by_column = table
                .header
                .iter()
                .skip(1)
                .chain(table.rows.iter().filter_map(|r| r.first()))
                .any(|h| matches!(header_scale(&h.text).1, "USD" | "PKR" | "AFN"));
            (
                cells,
                table_context(text, table),
                caption_of(text, table),
                units_by_column,
            )
        })
        .collect();
    if tables.is_empty() {
        return;
    }
    let range_end = |index: usize| {
        extraction
            .ranges
            .iter()
            .any(|range| range.low == index || range.high == index)
    };
    // "the last quarter" with no year may be the latest before the writing or the year's last; when
    // every table's latest quarter is October to December, the two are one.
    let fourth = PartOfYear {
        months: 3,
        first_month: 10,
        year: None,
    };
    let latest_quarter_is_the_fourth = tables.iter().all(|(cells, _, _, _)| {
        cells
            .iter()
            .filter(|c| c.part.months == 3)
            .map(|c| c.part.first_month)
            .max()
            .is_some_and(|first| first == 10)
    });
    let mut mentions_of: HashMap<usize, Vec<(usize, usize, Option<PartOfYear>)>> = HashMap::new();
    for (index, quantity) in extraction.quantities.iter().enumerate() {
        if quantity.in_table
            || part_of[index]
            || range_end(index)
            || !matches!(quantity.unit, "count" | "USD" | "PKR" | "AFN")
        {
            continue;
        }
        let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
        let mentions = mentions_of.entry(quantity.sentence).or_insert_with(|| {
            let sentence = &text[sentence_start..sentence_end];
            // … unless the sentence dates itself ("In its April 2024 bulletin …") or speaks of a
            // plan ("Our target for the last quarter").
            let dated = !years_in(sentence).is_empty()
                || lower_words(sentence).iter().any(|w| {
                    w.len() >= 3 && dyad_text::claims::month_number(w).is_some()
                        || matches!(
                            w.as_str(),
                            "target"
                                | "targets"
                                | "plan"
                                | "planned"
                                | "forecast"
                                | "expected"
                                | "projected"
                                | "goal"
                                | "aim"
                                | "budget"
                                | "budgeted"
                        )
                });
            parts_of_year(sentence)
                .into_iter()
                .map(|(start, end, part)| {
                    let named = sentence[start..end].to_lowercase();
                    let part = part.or_else(|| {
                        (latest_quarter_is_the_fourth
                            && !dated
                            && matches!(named.as_str(), "last quarter" | "the last quarter"))
                        .then_some(fourth)
                    });
                    (start + sentence_start, end + sentence_start, part)
                })
                .collect()
        });
        let Some(figure_part) = part_of_year_of(text, extraction, index, mentions) else {
            continue;
        };
        // "a further 10,400 Afghans returned on their own": another quantity than the table's.
        let lead = lower_words(clamped(
            text,
            quantity.start.saturating_sub(24),
            quantity.start,
        ));
        if lead
            .iter()
            .rev()
            .take(2)
            .any(|w| matches!(w.as_str(), "further" | "another" | "additional" | "extra"))
        {
            continue;
        }
        let sentence = &text[sentence_start..sentence_end];
        let sentence_years = years_in(sentence);
        let fiscal = dyad_text::claims::FISCAL_YEAR.is_match(sentence);
        // "7,400 passengers in the first quarter, 6,900 in the second": a bare count in a list takes
        // the noun of the count that opens it.
        let measure = measure_of(text, extraction, quantity).or_else(|| {
            let bare = quantity.unit == "count"
                && word_after(text, extraction, quantity)
                    .is_some_and(|w| matches!(w.as_str(), "in" | "for" | "at" | "during"));
            let first = extraction
                .in_sentence(quantity.sentence)
                .take_while(|&i| i < index)
                .map(|i| &extraction.quantities[i])
                .find(|q| q.unit == "count" && !q.in_table)?;
            let listed = clamped(text, first.end, quantity.start)
                .split(|c: char| c.is_ascii_digit())
                .all(|piece| !piece.contains([';', ':', '.']));
            (bare && listed)
                .then(|| measure_of(text, extraction, first))
                .flatten()
        });
        let said = &said_of[index];
        for (cells, context, caption, units_by_column) in &tables {
            let (context, caption, units_by_column) =
                (context.as_str(), caption.as_str(), *units_by_column);
            // How well the figure names a header: by what it counts (2), or by a word of it (1).
            let naming = |other: &str| -> usize {
                if measure.as_deref().is_some_and(|m| names_measure(other, m)) {
                    return 2;
                }
                let named = lower_words(other)
                    .iter()
                    .filter(|w| w.len() >= 4 && !HEADER_FILLER.contains(&w.as_str()))
                    .any(|w| said.iter().any(|s| same_stem(s, w)));
                usize::from(named)
            };
            let unit_of = |other: &str| match header_scale(other).1 {
                "count" if !units_by_column => match header_scale(context).1 {
                    money @ ("USD" | "PKR" | "AFN") => money,
                    _ => "count",
                },
                unit => unit,
            };
            // A sum of money in the one column of its currency ("Value (US$ mn)" in a table of
            // exports by quarter) is that column's, unless its words name another flow than the
            // table's.
            let money_columns: HashSet<&str> = cells
                .iter()
                .filter(|c| matches!(unit_of(c.other), "USD" | "PKR" | "AFN"))
                .filter(|c| unit_of(c.other) == quantity.unit)
                .map(|c| c.other)
                .collect();
            // Money of another kind (transit cargo, duty, aid) is no flow of trade's column.
            let of_a_flow = money_subject(text, extraction, quantity)
                .is_none_or(|subject| matches!(subject.as_str(), "exports" | "imports" | "trade"));
            let only_money_column = money_columns.len() == 1
                && of_a_flow
                && measure
                    .as_deref()
                    .is_none_or(|flow| names_measure(context, flow));
            // A count of what the caption counts ("54 calls in March" under "Calls answered at the
            // station, by month") is the table's one count column, or else its one "Total" column,
            // when no header names what the figure counts.
            let count_columns: Vec<&str> = {
                let mut columns: Vec<&str> = cells
                    .iter()
                    .filter(|c| unit_of(c.other) == "count")
                    .map(|c| c.other)
                    .collect();
                columns.sort_unstable();
                columns.dedup();
                columns
            };
            // Columns that are years ("| Month | 2024 | 2025 |") all count what the caption counts.
            // The caption proper, not a sentence of prose above the table; and a column whose header
            // says only how it counts ("Pieces (thousand)"), not a part of the whole ("Outbound").
            let caption_columns: Vec<&str> = if quantity.unit == "count"
                && measure.as_deref().is_some_and(|m| {
                    names_measure(caption, m) && !count_columns.iter().any(|c| names_measure(c, m))
                }) {
                let of_years = |c: &str| {
                    let words = lower_words(c);
                    !words.is_empty() && words.len() == years_in(c).len()
                };
                let generic = |c: &str| {
                    lower_words(c)
                        .iter()
                        .all(|w| GENERIC_HEADER.contains(&w.as_str()))
                };
                let totals: Vec<&str> = count_columns
                    .iter()
                    .copied()
                    .filter(|c| c.trim().to_lowercase().starts_with("total") && generic(c))
                    .collect();
                match count_columns.as_slice() {
                    [only] if generic(only) => vec![*only],
                    columns if columns.iter().all(|c| of_years(c)) => columns.to_vec(),
                    _ if totals.len() == 1 => totals,
                    _ => Vec::new(),
                }
            } else {
                Vec::new()
            };
            let naming = |other: &str| -> usize {
                match naming(other) {
                    0 if only_money_column && money_columns.contains(other) => 1,
                    0 if caption_columns.contains(&other) => 1,
                    named => named,
                }
            };
            let best = cells
                .iter()
                .filter(|c| unit_of(c.other) == quantity.unit)
                .map(|c| naming(c.other))
                .max()
                .unwrap_or(0);
            if best == 0 {
                continue;
            }
            let candidates: Vec<&PartCell<'_>> = cells
                .iter()
                .filter(|c| unit_of(c.other) == quantity.unit && naming(c.other) == best)
                .filter(|c| c.part.may_be(&figure_part))
                .filter(|c| {
                    // The cell's year: its part's, else one its other header names ("Trucks 2024"),
                    // else the caption's ("…, 2025").
                    let cell_years = match c.part.year {
                        Some(year) => vec![year],
                        None if !years_in(c.other).is_empty() => years_in(c.other),
                        None => years_in(context),
                    };
                    let figure_years = match figure_part.year {
                        Some(year) => vec![year],
                        None => sentence_years.clone(),
                    };
                    cell_years.is_empty()
                        || !fiscal
                            && (figure_years.is_empty()
                                || figure_years.iter().any(|y| cell_years.contains(y)))
                })
                .collect();
            let scaled = |c: &PartCell<'_>| {
                let scale = if c.scale != 1.0 {
                    c.scale
                } else if !units_by_column && header_scale(context).0 != 1.0 {
                    header_scale(context).0
                } else {
                    nearest_scale(c.value, quantity.value)
                };
                c.value * scale
            };
            // A figure that names two columns may be their sum ("3,010 trucks crossed at Torkham and
            // Chaman together").
            let sum_of_named: f64 = candidates.iter().map(|c| scaled(c)).sum();
            if candidates.is_empty()
                || candidates.iter().any(|c| agrees(quantity, scaled(c)))
                || candidates.len() > 1 && agrees(quantity, sum_of_named)
            {
                continue;
            }
            // The figure is another cell of the table. When it is the one cell of the figure's column
            // for another part of the year (or another year), the text took the wrong row: "162
            // tonnes in the first half" where 162 is the second half's.
            let agreeing: Vec<&PartCell<'_>> = cells
                .iter()
                .filter(|c| agrees(quantity, scaled(c)))
                .collect();
            if !agreeing.is_empty() {
                let [candidate] = candidates.as_slice() else {
                    continue;
                };
                let [other] = agreeing.as_slice() else {
                    continue;
                };
                let same_column = other.other == candidate.other;
                let same_part_other_year = other.part.may_be(&candidate.part)
                    && other.part.year.is_none()
                    && candidate.part.year.is_none()
                    && !years_in(other.other).is_empty()
                    && years_in(other.other) != years_in(candidate.other);
                // … unless the sentence names that part too ("between Q2 and Q3, from 520 to 610":
                // 520 is Q2's, as said).
                let change_end = extraction
                    .changes
                    .iter()
                    .any(|c| c.from == index || c.to == index);
                let named_too = change_end
                    && mentions
                        .iter()
                        .filter_map(|(_, _, part)| part.as_ref())
                        .any(|part| other.part.may_be(part) && !candidate.part.may_be(part));
                let another_part = same_column && !other.part.may_be(&candidate.part) && !named_too;
                // "the fourth quarter alone earned Rs 58 million" where 58 is the quarter's count
                // of pieces and its value is 69.6: the figure of a column of another unit.
                let another_unit = !same_column
                    && other.part.may_be(&candidate.part)
                    && candidate.part.may_be(&other.part)
                    && unit_of(other.other) != quantity.unit
                    && matches!(quantity.unit, "USD" | "PKR" | "AFN");
                if !(another_part || same_part_other_year || another_unit)
                    || quantity.hedge != Hedge::None
                {
                    continue;
                }
                findings.push(wrong_cell(
                    text,
                    extraction,
                    quantity,
                    (candidate, scaled(candidate)),
                    &format!(
                        "; `{}` is the table's figure for another row or column",
                        other.cell.text
                    ),
                ));
                break;
            }
            // The running total of the part's column up to it, given as the part's own figure
            // ("November alone brought 170 tonnes" where 170 is October and November together). A
            // figure said to run to a date ("by the end of November", "so far") is a running total.
            if let [candidate] = candidates.as_slice() {
                let column: Vec<&PartCell<'_>> = cells
                    .iter()
                    .filter(|c| c.other == candidate.other)
                    .collect();
                let upto = column
                    .iter()
                    .position(|c| std::ptr::eq(*c, *candidate))
                    .unwrap_or(0);
                let running: f64 = column[..=upto].iter().map(|c| scaled(c)).sum();
                let sentence = sentence_text(text, extraction, quantity.sentence).to_lowercase();
                let words = lower_words(&sentence);
                let by_a_month = words.windows(2).any(|pair| {
                    pair[0] == "by"
                        && (pair[1] == "the"
                            || pair[1] == "end"
                            || dyad_text::claims::month_number(&pair[1]).is_some())
                });
                let to_a_date = by_a_month
                    || [
                        "so far",
                        "to date",
                        "year-to-date",
                        "as of",
                        "as at",
                        "until",
                        "through",
                        "up to",
                        "in all",
                        "together",
                        "total",
                        "cumulative",
                        "running",
                    ]
                    .iter()
                    .any(|w| sentence.contains(w));
                if upto >= 1 && !to_a_date && agrees(quantity, running) {
                    findings.push(wrong_cell(
                        text,
                        extraction,
                        quantity,
                        (candidate, scaled(candidate)),
                        &format!(
                            "; `{}` is the running total of the rows up to it",
                            &text[quantity.start..quantity.end]
                        ),
                    ));
                    break;
                }
            }
            let Some(nearest) = candidates.iter().min_by(|a, b| {
                (scaled(a) - quantity.value)
                    .abs()
                    .total_cmp(&(scaled(b) - quantity.value).abs())
            }) else {
                continue;
            };
            let table_value = scaled(nearest);
            let figure = &text[quantity.start..quantity.end];
            let within_three = quantity.value <= table_value.abs() * 3.0
                && quantity.value * 3.0 >= table_value.abs();
            // Within a quarter of the cell, from the nearest value the figure's hedge allows
            // ("nearly half a million" against 398,000).
            if distance_from(quantity, table_value) <= table_value.abs() * 0.25
                || within_three
                    && (transposed(figure, &nearest.cell.text)
                        || one_digit_more(figure, &nearest.cell.text))
            {
                findings.push(wrong_cell(
                    text,
                    extraction,
                    quantity,
                    (nearest, table_value),
                    "",
                ));
                break;
            }
        }
    }
}

/// The finding of a figure for one part of a year that the table gives otherwise; `why` ends the
/// explanation.
fn wrong_cell(
    text: &str,
    extraction: &Extraction,
    quantity: &Quantity,
    (cell, table_value): (&PartCell<'_>, f64),
    why: &str,
) -> Finding {
    against_table(
        text,
        extraction,
        quantity,
        table_value,
        format!(
            "the text gives `{}` for {} but the table gives `{}`{why}",
            &text[quantity.start..quantity.end],
            cell.other.trim(),
            cell.cell.text
        ),
    )
}

/// A text-against-table finding on a prose figure, with the table's value and the explanation.
fn against_table(
    text: &str,
    extraction: &Extraction,
    quantity: &Quantity,
    table_value: f64,
    explanation: String,
) -> Finding {
    Finding::new(
        text,
        CheckKind::TextVsTable,
        (quantity.start, quantity.end),
        vec![quantity.value, table_value],
        vec![extraction.claim(text, quantity)],
        explanation,
    )
}

/// Rule 5: a figure for a whole column of a table with a total row ("Across all levels girls numbered
/// 26,900" against a "Girls" column whose total is 24,900): the figure's own stretch says a word of
/// one column's header and of no other's, its sentence names no row of the table and no year the
/// table's caption and headers do not, no cell of the table is the figure, and the total lies within
/// a quarter of it.
fn column_totals(
    text: &str,
    extraction: &Extraction,
    said_of: &[Vec<String>],
    part_of: &[bool],
    findings: &mut Vec<Finding>,
) {
    for table in &extraction.tables {
        // The last row labelled a total: an earlier one may be a category ("Total exports").
        let Some(total) = total_row(table) else {
            continue;
        };
        let context = table_context(text, table);
        let context_years = years_in(&context);
        let header_words: Vec<Vec<String>> = table
            .header
            .iter()
            .map(|h| {
                lower_words(row_name(&h.text))
                    .into_iter()
                    .filter(|w| w.len() >= 4 && !w.chars().any(|c| c.is_ascii_digit()))
                    .filter(|w| !HEADER_FILLER.contains(&w.as_str()))
                    .collect()
            })
            .collect();
        let rows: Vec<RowName<'_>> = RowName::of_rows(
            table
                .rows
                .iter()
                .filter_map(|r| r.first())
                .filter(|l| !l.text.trim().to_lowercase().starts_with("total"))
                .map(|l| l.text.as_str()),
        );
        let cells: Vec<f64> = table
            .rows
            .iter()
            .flat_map(|r| r.iter().skip(1).filter_map(|c| c.value))
            .collect();
        for (index, quantity) in extraction.quantities.iter().enumerate() {
            if quantity.in_table || part_of[index] || quantity.unit != "count" {
                continue;
            }
            let said = &said_of[index];
            let says = |words: &Vec<String>| words.iter().any(|w| says_word(said, w));
            let named: Vec<usize> = (1..table.header.len())
                .filter(|&column| says(&header_words[column]))
                .collect();
            let [column] = named.as_slice() else {
                continue;
            };
            let (Some(cell), Some(header)) = (total.get(*column), table.header.get(*column)) else {
                continue;
            };
            let Some(value) = cell.value else {
                continue;
            };
            if header_scale(&header.text) != (1.0, "count")
                || cells.iter().any(|v| agrees(quantity, *v))
                || (quantity.value - value).abs() > value.abs() * 0.25
            {
                continue;
            }
            // A figure of another thing ("300 trucks" beside a table of hours) or of another month
            // ("against 2,960 in August") is none of the total's.
            let counts_another =
                counted_head(text, quantity).is_some_and(|noun| !names_measure(&context, &noun));
            let own_stretch = own_stretch(text, extraction, quantity);
            // A word of wholeness says the figure is the column's, not a subset of it.
            let sentence_lowered =
                sentence_text(text, extraction, quantity.sentence).to_lowercase();
            let whole = [
                "in all",
                "altogether",
                "across all",
                "overall",
                "in total",
                "combined",
                "all told",
                "across both",
                "across the",
                "total of",
            ]
            .iter()
            .any(|w| sentence_lowered.contains(w));
            if !whole {
                continue;
            }
            let own_period = !parts_of_year(own_stretch).is_empty()
                || lower_words(own_stretch)
                    .iter()
                    .any(|w| RELATIVE_PERIOD.contains(&w.as_str()));
            let sentence = sentence_text(text, extraction, quantity.sentence);
            if counts_another
                || own_period
                || rows.iter().any(|row| row.named_by(sentence, said) > 0)
                || years_in(sentence)
                    .iter()
                    .any(|y| !context_years.contains(y))
            {
                continue;
            }
            findings.push(against_table(
                text,
                extraction,
                quantity,
                value,
                format!(
                    "the text gives `{}` for all {} but the table's total row gives `{}`",
                    &text[quantity.start..quantity.end],
                    header.text.trim(),
                    cell.text
                ),
            ));
        }
    }
}

/// Rule 5 for a year: a figure for the year that a table of one year's parts (products, districts, or
/// its months and quarters) totals in its total row ("Afghan sales earned Rs 4.68 crore in 2025" above
/// "Henna sold to Afghan wholesalers, 2025" whose "Rs million" total is 48.6; "treated 1,480 patients
/// in 2025" above quarters of 2025 whose "Patients" total is 1,640). A sum of money is read against the
/// table's one column of its currency, a count against the one column that names what it counts. The
/// sentence names the caption's year and no row, part of a year or other year, and no subset of the
/// whole ("new", "women", "of whom"); its figure is no cell of the table; the total lies within a
/// quarter of it or holds its digits with two swapped.
fn year_total(
    text: &str,
    extraction: &Extraction,
    part_of: &[bool],
    differences: &[bool],
    findings: &mut Vec<Finding>,
) {
    for table in &extraction.tables {
        let Some(total) = total_row(table) else {
            continue;
        };
        let context = table_context(text, table);
        let context_years = years_in(&context);
        let labels: Vec<&TableCell> = table
            .rows
            .iter()
            .filter_map(|r| r.first())
            .filter(|l| !l.text.trim().to_lowercase().starts_with("total"))
            .collect();
        // A table of one year's parts: the caption names one year, and a row names no other year.
        let of_the_year = |label: &TableCell| {
            let years = years_in(&label.text);
            years.is_empty() || years == context_years
        };
        if context_years.len() != 1
            || !labels.iter().all(|l| of_the_year(l))
            || table
                .header
                .iter()
                .skip(1)
                .any(|h| !years_in(&h.text).is_empty())
        {
            continue;
        }
        let of_parts = labels.iter().any(|l| part_of_year_label(&l.text).is_some());
        let rows: Vec<RowName<'_>> = if of_parts {
            Vec::new()
        } else {
            RowName::of_rows(labels.iter().map(|l| l.text.as_str()))
        };
        let cells: Vec<f64> = table
            .rows
            .iter()
            .flat_map(|r| r.iter().skip(1).filter_map(|c| c.value))
            .collect();
        // Figures near the table only: within a few thousand bytes of its first and last lines.
        let (table_start, table_end) = table
            .line_spans()
            .iter()
            .fold((usize::MAX, 0), |(lo, hi), (start, end)| {
                (lo.min(*start), hi.max(*end))
            });
        let near_from = extraction
            .quantities
            .partition_point(|q| q.start < table_start.saturating_sub(3000));
        for (index, quantity) in extraction.quantities.iter().enumerate().skip(near_from) {
            if quantity.start > table_end.saturating_add(3000) {
                break;
            }
            if quantity.in_table
                || part_of[index]
                || quantity.hedge != Hedge::None
                || !matches!(quantity.unit, "count" | "USD" | "PKR" | "AFN")
                || differences[index]
            {
                continue;
            }
            // The column: the one of the figure's currency, or the one count column that names
            // what the figure counts.
            let columns: Vec<(usize, f64)> = table
                .header
                .iter()
                .enumerate()
                .skip(1)
                .filter_map(|(column, h)| {
                    let (scale, unit) = header_scale(&h.text);
                    let fits = if quantity.unit == "count" {
                        unit == "count"
                            && measure_of(text, extraction, quantity)
                                .is_some_and(|m| names_measure(&h.text, &m))
                    } else {
                        unit == quantity.unit
                    };
                    fits.then_some((column, scale))
                })
                .collect();
            let [(column, scale)] = columns.as_slice() else {
                continue;
            };
            let Some(cell) = total.get(*column) else {
                continue;
            };
            let Some(value) = cell.value.map(|v| v * scale) else {
                continue;
            };
            // Money of another kind (duty, aid, transit cargo) is no sales total.
            if quantity.unit != "count"
                && money_subject(text, extraction, quantity).is_some_and(|subject| {
                    !matches!(subject.as_str(), "exports" | "imports" | "trade")
                })
            {
                continue;
            }
            let sentence = sentence_text(text, extraction, quantity.sentence);
            // The figure's own clause: its stretch up to the first comma or semicolon after it.
            let stretch = own_stretch(text, extraction, quantity);
            let stretch_start = offset_in(text, stretch);
            let clause_end = text[quantity.end..stretch_start + stretch.len()]
                .find([',', ';'])
                .map_or(stretch_start + stretch.len(), |at| quantity.end + at);
            let stretch = &text[stretch_start.min(quantity.start)..clause_end];
            let said = lower_words(stretch);
            let subset = said.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "new"
                        | "women"
                        | "men"
                        | "children"
                        | "girls"
                        | "boys"
                        | "female"
                        | "male"
                        | "only"
                        | "alone"
                        | "whom"
                        | "including"
                        | "among"
                        | "returning"
                )
            });
            // "for the year" with no year named is the caption's year.
            let the_year = years_in(sentence).is_empty()
                && [
                    "for the year",
                    "for the whole year",
                    "for the full year",
                    "over the year",
                ]
                .iter()
                .any(|w| stretch.to_lowercase().contains(w));
            // "The 2025 season brought us 540 trucks with 9,600 tonnes": the sentence's one year,
            // the caption's, for a figure whose own words name none.
            let sentence_year = years_in(stretch).is_empty() && {
                let mut years = years_in(sentence);
                years.dedup();
                years == context_years
            };
            if years_in(stretch) != context_years && !the_year && !sentence_year
                || years_in(sentence)
                    .iter()
                    .any(|y| !context_years.contains(y))
                || subset
                || !parts_of_year(stretch).is_empty()
                || rows.iter().any(|row| row.named_by(sentence, &said) > 0)
                || cells
                    .iter()
                    .any(|c| agrees(quantity, *c * scale) || agrees(quantity, *c))
                || agrees(quantity, value)
            {
                continue;
            }
            let figure = &text[quantity.start..quantity.end];
            let near = (quantity.value - value).abs() <= value.abs() * 0.25;
            // The total less one of its parts: a part of the year left out ("4,500 watches in 2025"
            // where the four quarters make 6,300 and the last is 1,800).
            let one_part_short = quantity.unit == "count"
                && of_parts
                && table.rows.len() >= 4
                && table
                    .rows
                    .iter()
                    .filter(|r| !std::ptr::eq(*r, total))
                    .filter_map(|r| r.get(*column).and_then(|c| c.value))
                    .any(|part| agrees(quantity, value - part * scale));
            if !near && !one_part_short && !transposed(figure, &cell.text) {
                continue;
            }
            findings.push(against_table(
                text,
                extraction,
                quantity,
                value,
                format!(
                    "the text gives `{figure}` for the year but the table's total row gives `{}` ({})",
                    cell.text,
                    table.header[*column].text.trim()
                ),
            ));
        }
    }
}

/// A table's total row: the last row labelled a total (an earlier one may be a category, "Total
/// exports").
fn total_row(table: &Table) -> Option<&Vec<TableCell>> {
    table.rows.iter().rev().find(|r| {
        r.first()
            .is_some_and(|l| l.text.trim().to_lowercase().starts_with("total"))
    })
}

/// The period a label names in brackets at its end: `2024` for "Days closed (2024)".
fn bracketed_period(label: &str) -> Option<String> {
    let inner = label.trim().strip_suffix(')')?.rsplit_once('(')?.1;
    period_of_label(inner)
}

/// Whether a figure as written and a cell hold the same three or more digits with two of them swapped
/// ("11,460" against `11,640`, "839" against `893`): a slip of the pen. Callers also require the values
/// to lie within three times each other.
fn transposed(figure: &str, cell: &str) -> bool {
    let (a, b) = (digits_of(figure), digits_of(cell));
    if a.len() != b.len() || a.len() < 2 {
        return false;
    }
    // Two digits swap by chance too often to tell (12 and 21): three or more are needed.
    if a.len() < 3 {
        return false;
    }
    let differing: Vec<usize> = (0..a.len()).filter(|&i| a[i] != b[i]).collect();
    matches!(differing.as_slice(), [i, j] if a[*i] == b[*j] && a[*j] == b[*i])
}

/// The digits of a figure as written, in order ("1,480" gives 1, 4, 8, 0).
fn digits_of(written: &str) -> Vec<char> {
    written.chars().filter(char::is_ascii_digit).collect()
}

/// Whether two figures are written with the same number of digits, two or more, and differ in one
/// digit only ("64" and "54", "6,900" and "5,900"): a slip of one key.
fn one_digit_apart(a: &str, b: &str) -> bool {
    let (a, b) = (digits_of(a), digits_of(b));
    a.len() == b.len() && a.len() >= 2 && a.iter().zip(&b).filter(|(x, y)| x != y).count() == 1
}

/// Whether one figure's digits are the other's with one stray digit added ("16" for "6", "1,480" for
/// "180"): a slip of one key too.
fn one_digit_more(a: &str, b: &str) -> bool {
    let (a, b) = (digits_of(a), digits_of(b));
    let (long, short) = if a.len() > b.len() { (a, b) } else { (b, a) };
    long.len() == short.len() + 1
        && !short.is_empty()
        && (0..long.len()).any(|skip| {
            long.iter()
                .enumerate()
                .filter(|(i, _)| *i != skip)
                .map(|(_, d)| d)
                .eq(short.iter())
        })
}

/// Rule 1b of [`text_vs_table`]: figures whose digits are a table cell's with two neighbouring digits
/// swapped.
fn transposed_figures(
    text: &str,
    extraction: &Extraction,
    said_of: &[Vec<String>],
    findings: &mut Vec<Finding>,
) {
    let digits = |s: &str| -> Vec<u8> { s.bytes().filter(u8::is_ascii_digit).collect() };
    let adjacent_swap = |a: &[u8], b: &[u8]| {
        let differing: Vec<usize> = (0..a.len().min(b.len()))
            .filter(|&i| a[i] != b[i])
            .collect();
        a.len() == b.len()
            && a.len() >= 2
            && matches!(differing.as_slice(), [i, j] if *j == i + 1 && a[*i] == b[*j] && a[*j] == b[*i])
    };
    // The prose figures by their digits sorted, so that each cell is compared only with figures of
    // the same digits.
    let mut by_digits: HashMap<Vec<u8>, Vec<(usize, Vec<u8>)>> = HashMap::new();
    for (index, quantity) in extraction.quantities.iter().enumerate() {
        let written = digits(&text[quantity.start..quantity.end]);
        // The size of a change ("12 thousand or 15.0 percent more than in 2024") is no cell's, nor
        // is a part of a whole the sentence states ("made up 4,200 of the 6,000").
        if quantity.in_table
            || written.len() < 2
            || a_difference(text, quantity)
            || part_of_stated_whole(text, quantity)
        {
            continue;
        }
        let mut key = written.clone();
        key.sort_unstable();
        by_digits.entry(key).or_default().push((index, written));
    }
    if by_digits.is_empty() {
        return;
    }
    // Each table's column units: a column's own, else a currency (only) from the caption, as rule 1
    // reads them, since a "Share (%)" beside a count must not make the count a percentage.
    let column_units = |table: &Table| -> Vec<(f64, &'static str)> {
        let caption = match header_scale(&table_context(text, table)) {
            money @ (_, "USD" | "PKR" | "AFN") => money,
            _ => (1.0, "count"),
        };
        let units_by_column = table
            .header
            .iter()
            .skip(1)
            .any(|h| matches!(header_scale(&h.text).1, "USD" | "PKR" | "AFN"));
        table
            .header
            .iter()
            .map(|header| match header_scale(&header.text) {
                (1.0, "count") if units_by_column => (1.0, "count"),
                (1.0, "count") => caption,
                named => named,
            })
            .collect()
    };
    let units: Vec<Vec<(f64, &'static str)>> = extraction.tables.iter().map(column_units).collect();
    // Every cell of every table at its own column's scale.
    let all_cells: Vec<f64> = extraction
        .tables
        .iter()
        .zip(&units)
        .flat_map(|(t, units)| {
            t.rows.iter().flat_map(move |row| {
                row.iter()
                    .enumerate()
                    .filter_map(move |(c, cell)| Some(cell.value? * units.get(c)?.0))
            })
        })
        .collect();
    for (table, units) in extraction.tables.iter().zip(&units) {
        for (column, header) in table.header.iter().enumerate().skip(1) {
            let (scale, unit) = units[column];
            let header_words = RowName::of(&header.text).words;
            let header_years = years_and_fiscal_years_in(&header.text);
            for row in &table.rows {
                let (Some(label), Some(cell)) = (row.first(), row.get(column)) else {
                    continue;
                };
                let Some(value) = cell.value else {
                    continue;
                };
                let cell_digits = digits(&cell.text);
                let mut key = cell_digits.clone();
                key.sort_unstable();
                let Some(figures) = by_digits.get(&key) else {
                    continue;
                };
                let label_words = RowName::of(&label.text).words;
                // A total row stands for what its column counts: the column's words name it.
                let is_total = label.text.to_lowercase().starts_with("total");
                let naming_words: Vec<&String> = if is_total {
                    label_words.iter().chain(&header_words).collect()
                } else {
                    label_words.iter().collect()
                };
                let cell_years: Vec<i32> = header_years
                    .iter()
                    .copied()
                    .chain(years_and_fiscal_years_in(&label.text))
                    .collect();
                for (index, written) in figures {
                    let (index, quantity) = (*index, &extraction.quantities[*index]);
                    let table_value = value * scale;
                    let within = |factor: f64| {
                        quantity.value <= table_value.abs() * factor
                            && quantity.value * factor >= table_value.abs()
                    };
                    let within_three = within(3.0);
                    if quantity.unit != unit
                        || !within(5.0)
                        || !adjacent_swap(written, &cell_digits)
                        || (quantity.value - table_value).abs() <= quantity.precision / 2.0
                    {
                        continue;
                    }
                    let said = &said_of[index];
                    let says = |words: &[&String], said: &[String]| {
                        words.iter().any(|w| {
                            let stem = w.strip_suffix('s').unwrap_or(w);
                            said.iter()
                                .any(|s| s.strip_suffix('s').unwrap_or(s) == stem)
                        })
                    };
                    // The row may be named by the heading the figure stands under ("District
                    // Profile: Haripur"), its column by the figure's own words.
                    let heading = lower_words(heading_above(text, quantity.start));
                    let header_refs: Vec<&String> = header_words.iter().collect();
                    let label_refs: Vec<&String> = label_words.iter().collect();
                    // Or, for three digits or more, by a word of its label in the figure's sentence
                    // ("Spoilage … was the largest cause: 54 claims for Rs 36.8 million") or in its
                    // paragraph's lead-in ("**Grade A white lumps.** … we propose US$ 154 a tonne").
                    let named_nearby = || {
                        let start = text[..quantity.start].rfind("\n\n").map_or(0, |at| at + 2);
                        let lead_in = text[start..quantity.start]
                            .strip_prefix("**")
                            .and_then(|rest| rest.split_once("**"))
                            .map_or("", |(lead, _)| lead);
                        let mut words =
                            lower_words(sentence_text(text, extraction, quantity.sentence));
                        words.extend(lower_words(lead_in));
                        words
                    };
                    let shares_word = says(&naming_words, said)
                        || says(&label_refs, &heading) && says(&header_refs, said)
                        || written.len() >= 3 && !is_total && says(&label_refs, &named_nearby());
                    let own_years =
                        years_and_fiscal_years_in(own_stretch(text, extraction, quantity));
                    let same_years = own_years.is_empty()
                        || cell_years.is_empty()
                        || own_years.iter().any(|y| cell_years.contains(y));
                    let another_cell = all_cells
                        .iter()
                        .any(|v| (v - quantity.value).abs() <= quantity.precision / 2.0);
                    // The cell's own value stated in the same sentence: the figure is another thing.
                    // Of the figure's own unit: "for more than three days" states no sum.
                    let cell_stated = extraction.in_sentence(quantity.sentence).any(|other| {
                        let other_quantity = &extraction.quantities[other];
                        other != index
                            && other_quantity.unit == quantity.unit
                            && agrees(other_quantity, table_value)
                    });
                    // A total row whose rows add up to the figure: the text is right and the
                    // total wrong, which the arithmetic check reports.
                    let rows_make_figure = is_total && {
                        let sum: f64 = table
                            .rows
                            .iter()
                            .take_while(|r| !std::ptr::eq(*r, row))
                            .filter_map(|r| r.get(column)?.value)
                            .sum();
                        (sum * scale - quantity.value).abs() <= quantity.precision / 2.0
                    };
                    // Two digits swap by chance too often: a figure of two digits must name the
                    // row itself (its label in the sentence, or the row's year among its own) and
                    // the column (a word of it, or its year).
                    let two_digits = written.len() == 2;
                    let strongly_named = {
                        let sentence =
                            sentence_text(text, extraction, quantity.sentence).to_lowercase();
                        let name = row_name(&label.text)
                            .trim_start_matches(|c: char| c.is_ascii_digit() || c == '.')
                            .trim()
                            .to_lowercase();
                        let label_period = years_and_fiscal_years_in(&label.text);
                        let row_named = name.len() >= 4 && contains_word(&sentence, &name)
                            || !label_period.is_empty()
                                && label_period.iter().all(|y| own_years.contains(y));
                        // A "Total" column counts what the caption counts ("Children treated in
                        // 2025, by home district"): the figure's noun in the caption names it.
                        let caption_total = header.text.trim().eq_ignore_ascii_case("total")
                            && counted_head(text, quantity).is_some_and(|noun| {
                                lower_words(&table_context(text, table))
                                    .iter()
                                    .any(|w| w.strip_suffix('s').unwrap_or(w) == noun || *w == noun)
                            });
                        let column_named = says(&header_refs, said)
                            || caption_total
                            || !header_years.is_empty()
                                && own_years.iter().any(|y| header_years.contains(y));
                        // The figure's own noun, when it has one, is the column's ("64 trucks" is
                        // no count of days). A column that names only its year ("| 2025 |") says
                        // nothing of the noun, unless the table counts a span of time ("| Days
                        // closed | 2023 | 2024 |") and the noun is no unit of time.
                        let counts_time = table.header.first().is_some_and(|h| {
                            lower_words(&h.text)
                                .iter()
                                .any(|w| TIME_UNITS.contains(&w.trim_end_matches('s')))
                        }) && counted_head(text, quantity)
                            .is_none_or(|noun| !TIME_UNITS.contains(&noun.trim_end_matches('s')));
                        let only_a_period = !header_years.is_empty()
                            && !counts_time
                            && header_words
                                .iter()
                                .all(|w| w.chars().any(|c| c.is_ascii_digit()));
                        let noun_fits = caption_total
                            || only_a_period
                            || counted_head(text, quantity).is_none_or(|noun| {
                                header_words
                                    .iter()
                                    .any(|w| w.strip_suffix('s').unwrap_or(w) == noun)
                            });
                        row_named && column_named && noun_fits
                    };
                    // A figure of three digits or more may take its row from its sentence, which
                    // names the row in full ("the concealed pine nuts … are worth USD 20,400").
                    // Or, for a row of a part of the year ("Q1 2025"), the figure's own words name
                    // that part ("in the first quarter").
                    let part_named = part_of_year_label(&label.text).is_some_and(|part| {
                        parts_of_year(own_stretch(text, extraction, quantity))
                            .iter()
                            .filter_map(|(_, _, named)| *named)
                            .any(|named| named.may_be(&part))
                    });
                    let row_in_sentence = {
                        let name = row_name(&label.text).to_lowercase();
                        name.len() >= 4
                            && !is_total
                            && contains_word(
                                &sentence_text(text, extraction, quantity.sentence).to_lowercase(),
                                &name,
                            )
                    } || part_named;
                    let shares_word = shares_word
                        || two_digits && strongly_named
                        || !two_digits && row_in_sentence;
                    // Further apart than three times only for a part of the year named and a
                    // column that names the figure's noun ("510 filters" for Q1's 150).
                    let far_but_named = part_named && says(&header_refs, said);
                    // A part the row includes ("The men's socks include 2,400 dozen pairs of
                    // winter socks" under a row of 4,200) is no statement of the row.
                    let included = lower_words(clamped(
                        text,
                        quantity.start.saturating_sub(24),
                        quantity.start,
                    ))
                    .last()
                    .is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "include" | "includes" | "included" | "including"
                        )
                    });
                    // A target, a plan or another time, or a part beside "the rest", is no
                    // statement of the cell.
                    let not_the_cell =
                        clause_words_of(text, extraction, quantity).iter().any(|w| {
                            matches!(
                                w.as_str(),
                                "target"
                                    | "targets"
                                    | "plan"
                                    | "plans"
                                    | "planned"
                                    | "goal"
                                    | "forecast"
                                    | "budget"
                                    | "budgeted"
                            )
                        }) || names_a_rest(text, extraction, quantity);
                    if !shares_word
                        || included
                        || not_the_cell
                        || !(within_three || far_but_named)
                        || !same_years
                        || another_cell
                        || cell_stated
                        || rows_make_figure
                        || two_digits && !strongly_named
                    {
                        continue;
                    }
                    // One slip found by rule 1 too is reported once, by `audit`.
                    findings.push(against_table(
                        text,
                        extraction,
                        quantity,
                        table_value,
                        format!(
                            "the text gives `{}` where the table gives `{}` for {} in `{}`: two digits swapped",
                            &text[quantity.start..quantity.end],
                            cell.text,
                            label.text,
                            header.text
                        ),
                    ));
                }
            }
        }
    }
}

/// The last Markdown heading line before byte `at`, or nothing.
fn heading_above(text: &str, at: usize) -> &str {
    let before = clamped(text, 0, at);
    let start = if before.starts_with('#') {
        Some(0)
    } else {
        before.rfind("\n#").map(|i| i + 1)
    };
    start.map_or("", |start| {
        let line = &before[start..];
        line.split('\n').next().unwrap_or("")
    })
}

/// Whether a figure is the size of a change or an addition, not a level: "the rise of 11,700", "an
/// increase of 230", "up by 40", "2,400 more children".
fn a_difference(text: &str, quantity: &Quantity) -> bool {
    let lead = lower_words(clamped(
        text,
        quantity.start.saturating_sub(24),
        quantity.start,
    ));
    // "2,400 more children", "a further 300": an addition, not a level. So is "12 thousand or 15.0
    // percent more than in 2024": the percentage in apposition is passed over.
    let next = lower_words(clamped(text, quantity.end, quantity.end + 16));
    let after = lower_words(clamped(text, quantity.end, quantity.end + 48));
    let past_share = match after.as_slice() {
        [or, whole, fraction, percent, rest @ ..]
            if or == "or"
                && whole.parse::<u32>().is_ok()
                && fraction.parse::<u32>().is_ok()
                && percent == "percent" =>
        {
            rest
        }
        [or, whole, percent, rest @ ..]
            if or == "or" && whole.parse::<u32>().is_ok() && percent == "percent" =>
        {
            rest
        }
        _ => &[],
    };
    let compared = matches!(
        past_share,
        [more, than, ..] if matches!(more.as_str(), "more" | "fewer" | "less" | "higher" | "lower") && than == "than"
    );
    if compared
        || next
            .first()
            .is_some_and(|w| matches!(w.as_str(), "more" | "additional" | "extra"))
        || lead
            .last()
            .is_some_and(|w| matches!(w.as_str(), "further" | "another" | "additional" | "extra"))
    {
        return true;
    }
    match lead.as_slice() {
        [.., change, of] if of == "of" => matches!(
            change.as_str(),
            "rise"
                | "increase"
                | "fall"
                | "drop"
                | "decline"
                | "growth"
                | "gain"
                | "loss"
                | "jump"
                | "dip"
                | "decrease"
                | "change"
                | "difference"
        ),
        [.., by] => by == "by",
        _ => false,
    }
}

/// Whether a figure is a part of a whole stated right after it: "81 of the 86", "20.0% of 31,200", "3
/// out of 5".
fn part_of_stated_whole(text: &str, quantity: &Quantity) -> bool {
    let after: String = text[quantity.end..]
        .trim_start()
        .chars()
        .take(16)
        .collect::<String>()
        .to_lowercase();
    let rest = after
        .strip_prefix("out of ")
        .or_else(|| after.strip_prefix("of "))
        .map(|rest| rest.strip_prefix("the ").unwrap_or(rest));
    rest.is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()))
}

/// What a figure counts, or, for a bare figure, what the nearest figure before it in its sentence
/// counts: "closed for 46 days, Chaman for 31" gives `day` for 31.
fn head_or_listed(text: &str, extraction: &Extraction, quantity: &Quantity) -> Option<String> {
    counted_head(text, quantity).or_else(|| {
        let quantities = &extraction.quantities;
        let at = quantities.partition_point(|q| q.start < quantity.start);
        quantities[..at]
            .iter()
            .rev()
            .take_while(|q| q.sentence == quantity.sentence)
            .filter(|q| q.unit == quantity.unit && q.end <= quantity.start)
            .find_map(|q| counted_head(text, q))
    })
}

/// A row label without what it adds in brackets: "Chaman" for "Chaman (CMN)".
fn row_name(label: &str) -> &str {
    label.split('(').next().unwrap_or(label).trim()
}

/// The words of a figure's sentence that belong to it alone: from the figure before it in the sentence
/// (or the sentence's start) to the figure after it (or the sentence's end).
fn own_stretch<'t>(text: &'t str, extraction: &Extraction, quantity: &Quantity) -> &'t str {
    let (start, end) = stretch_bounds(extraction, quantity);
    clamped(text, start, end)
}

/// The bounds of a figure's own stretch of its sentence ([`own_stretch`]): the end of the prose figure
/// before it (or the sentence's start) and the start of the one after it (or the sentence's end).
fn stretch_bounds(extraction: &Extraction, quantity: &Quantity) -> (usize, usize) {
    let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
    let quantities = &extraction.quantities;
    // Quantities are in order of position: the neighbours are found by halving, not by a scan.
    let at = quantities.partition_point(|q| q.start < quantity.start);
    let same_sentence = |q: &&Quantity| q.sentence == quantity.sentence && !q.in_table;
    let start = quantities[..at]
        .iter()
        .rev()
        .take_while(|q| q.sentence == quantity.sentence)
        .filter(same_sentence)
        .find(|q| q.end <= quantity.start)
        .map_or(sentence_start, |q| q.end);
    let end = quantities[at..]
        .iter()
        .take_while(|q| q.sentence == quantity.sentence)
        .filter(same_sentence)
        .find(|q| q.start >= quantity.end)
        .map_or(sentence_end, |q| q.start);
    (start, end)
}

/// A table row's name as a sentence may say it: its label without a bracketed code, and its longer
/// words.
struct RowName<'l> {
    name: &'l str,
    /// The name with an abbreviated month written out ("9 November" for "9 Nov"), as prose says it.
    spelled: Option<String>,
    words: Vec<String>,
    /// Whether another row of the table ends in the same head noun ("Fresh fruit", "Dried fruit"):
    /// the head then names neither.
    head_shared: bool,
}

impl<'l> RowName<'l> {
    fn of(label: &'l str) -> RowName<'l> {
        let name = row_name(label);
        let words = lower_words(name)
            .into_iter()
            .filter(|w| w.len() >= 4 && !matches!(w.as_str(), "with" | "from" | "other" | "total"))
            .collect();
        RowName {
            name,
            spelled: months_spelled_out(name),
            words,
            head_shared: false,
        }
    }

    /// The rows of a table, each knowing whether its head noun is another row's too.
    fn of_rows<'t>(labels: impl Iterator<Item = &'t str>) -> Vec<RowName<'t>> {
        let mut rows: Vec<RowName<'t>> = labels.map(RowName::of).collect();
        let heads: Vec<Option<String>> = rows.iter().map(|r| r.words.last().cloned()).collect();
        for (at, row) in rows.iter_mut().enumerate() {
            row.head_shared = heads[at].as_ref().is_some_and(|head| {
                heads
                    .iter()
                    .enumerate()
                    .any(|(other, h)| other != at && h.as_ref() == Some(head))
            });
        }
        rows
    }

    /// How well a sentence names the row: fully (the name as words), or by as many words as, in the
    /// figure's own stretch of it (`said`, lower case), it says of two or more of the longer words,
    /// when it says all but one of them ("households" and "cash" for "Households receiving cash"); 0
    /// when it does not name it.
    fn named_by(&self, sentence: &str, said: &[String]) -> usize {
        const FULLY: usize = usize::MAX;
        if self.name.len() >= 3 && contains_word(sentence, self.name)
            || self
                .spelled
                .as_ref()
                .is_some_and(|spelled| contains_word(sentence, spelled))
        {
            return FULLY;
        }
        // A name of one word may be written in lower case ("beri honey" for the row "Beri"), unless
        // it is a word any row could have.
        let one_word = !self.name.contains(char::is_whitespace);
        let generic = matches!(
            self.name.to_lowercase().as_str(),
            "other"
                | "others"
                | "all"
                | "rest"
                | "total"
                | "subtotal"
                | "misc"
                | "none"
                | "unknown"
        );
        // … in the figure's own words, and not of goods from a named place ("wheat from Kazakhstan").
        let lowered = self.name.to_lowercase();
        let from_elsewhere = sentence
            .match_indices("from ")
            .any(|(at, _)| sentence[at + 5..].starts_with(char::is_uppercase));
        if one_word
            && !generic
            && !from_elsewhere
            && self.name.len() >= 4
            && says_word(said, &lowered)
        {
            return FULLY;
        }
        if self.words.len() < 2 {
            return 0;
        }
        let n_said = self.words.iter().filter(|w| says_word(said, w)).count();
        // A label's last word is its head noun: "eggs" names "Table eggs", weakly.
        let head_said = self.words.last().is_some_and(|head| says_word(said, head));
        if n_said >= 2 && n_said + 1 >= self.words.len() {
            n_said
        } else if n_said == 1 && head_said && !self.head_shared && self.words.len() == 2 {
            1
        } else {
            0
        }
    }
}

/// A name with each abbreviated month written out ("9 Nov" as "9 November"), or `None` when it has no
/// abbreviated month.
fn months_spelled_out(name: &str) -> Option<String> {
    // Only a date's month: a row of a whole month ("Mar") is read by the rules of parts of a year,
    // and "14 March" is a day of it, not the month.
    if !name
        .split(' ')
        .any(|w| !w.is_empty() && w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 2)
    {
        return None;
    }
    let mut changed = false;
    let words: Vec<String> = name
        .split(' ')
        .map(|word| {
            let bare = word.trim_end_matches('.');
            match dyad_text::claims::month_number(bare).and_then(dyad_text::claims::month_name) {
                Some(full) if bare.len() <= 4 && bare.len() < full.len() => {
                    changed = true;
                    full.to_string()
                }
                _ => word.to_string(),
            }
        })
        .collect();
    changed.then(|| words.join(" "))
}

/// Of units, thousands, millions and billions, the scale that brings a cell nearest a figure.
fn nearest_scale(cell: f64, figure: f64) -> f64 {
    [1.0, 1e3, 1e6, 1e9]
        .into_iter()
        .min_by(|a, b| {
            ((cell * a) - figure)
                .abs()
                .total_cmp(&((cell * b) - figure).abs())
        })
        .expect("four scales")
}

pub(crate) fn contains_word(haystack: &str, needle: &str) -> bool {
    haystack.match_indices(needle).any(|(at, _)| {
        let before = haystack[..at].chars().next_back();
        let after = haystack[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// **Arithmetic.** The rules:
///
/// 1. A table row labelled "Total" differs from the sum of the rows above it (back to the previous
///    total) by more than half a unit per row.
/// 2. A table with export, import and balance columns has a balance that is not exports minus imports
///    (within one unit), or a total trade that is not their sum.
/// 3. A sentence stating exports, imports and a surplus, deficit or balance, each in US dollars, whose
///    balance is not the difference of the two.
/// 4. Shares of one whole, three or more percentages in one sentence without words of change, or a
///    table column of percentages without a total row, that add to more than 100 beyond their rounding.
/// 5. A change "from X to Y" given a size in percent ("a rise of 24 percent") that differs from
///    (Y − X) / X by more than the percentage's rounding (or a tenth of it, when hedged).
pub fn arithmetic(text: &str, extraction: &Extraction) -> Vec<Finding> {
    let mut findings = Vec::new();
    // A text that says its figures were rounded, read once for all its tables.
    let says_rounded = text.contains("rounded") || text.contains("Rounded");
    for table in &extraction.tables {
        table_arithmetic(text, table, says_rounded, &mut findings);
    }
    index_numbers(text, extraction, &mut findings);

    for sentence in 0..extraction.sentences.len() {
        let indices: Vec<usize> = extraction.in_sentence(sentence).collect();
        let quantities: Vec<&Quantity> = indices
            .iter()
            .map(|&i| &extraction.quantities[i])
            .filter(|q| !q.in_table)
            .collect();
        let (sentence_start, _) = extraction.sentences[sentence];
        // The words since the last number before it, at most 60 bytes back: what it is a sum of.
        let words_before = |q: &Quantity| {
            let previous_end = quantities
                .iter()
                .filter(|p| p.end <= q.start)
                .map(|p| p.end)
                .max()
                .unwrap_or(sentence_start);
            let from = q
                .start
                .saturating_sub(60)
                .max(sentence_start)
                .max(previous_end);
            let mut from = from;
            while !text.is_char_boundary(from) {
                from += 1;
            }
            text[from..q.start].to_lowercase()
        };

        // Rule 3: a balance in prose.
        let mut exports = None;
        let mut imports = None;
        let mut balance = None;
        let mut total = None;
        // Every figure of each flow: a sentence may give a flow's change before its level ("from USD
        // 690 million to USD 540 million, so that the balance … USD 344 million").
        let mut all_exports: Vec<&Quantity> = Vec::new();
        let mut all_imports: Vec<&Quantity> = Vec::new();
        // Sums of one currency: the first sum's.
        let currency = quantities
            .iter()
            .find(|q| matches!(q.unit, "USD" | "PKR" | "AFN"))
            .map(|q| q.unit);
        for quantity in quantities.iter().filter(|q| Some(q.unit) == currency) {
            let before = words_before(quantity);
            if ["combined", "two-way", "total trade", "bilateral trade of"]
                .iter()
                .any(|w| before.contains(w))
            {
                total = total.or(Some(*quantity));
            } else if [
                "surplus",
                "deficit",
                "balance",
                "ahead by",
                "behind by",
                "gap of",
            ]
            .iter()
            .filter_map(|w| before.rfind(w))
            .max()
            // … unless a flow is named after it, right before the figure ("The surplus widened in
            // 2023, when exports reached USD 1,012 million").
            .filter(|&at| {
                flow_before(&before).is_none()
                    || !["export", "import"]
                        .iter()
                        .any(|w| before.rfind(w).is_some_and(|flow_at| flow_at > at))
            })
            .is_some()
            {
                // The first of each is the one the sentence sets against the others; a later one
                // ("up from USD 195 million in 2022") is another year's.
                balance = balance.or(Some(*quantity));
            } else if let Some(flow) = flow_before(&before) {
                if flow == "exports" {
                    exports = exports.or(Some(*quantity));
                    all_exports.push(quantity);
                } else {
                    imports = imports.or(Some(*quantity));
                    all_imports.push(quantity);
                }
            }
        }
        // A change's end is of its start's flow ("exports fell from USD 1,012 million to USD 884
        // million"). Changes are in order of position: the sentence's are found by halving.
        let (_, sentence_end) = extraction.sentences[sentence];
        let sentence_changes = {
            let first = extraction
                .changes
                .partition_point(|c| c.start < sentence_start);
            let end = extraction
                .changes
                .partition_point(|c| c.start < sentence_end);
            &extraction.changes[first..end.max(first)]
        };
        for change in sentence_changes {
            let (from, to) = (
                &extraction.quantities[change.from],
                &extraction.quantities[change.to],
            );
            for flow in [&mut all_exports, &mut all_imports] {
                if flow.iter().any(|q| q.start == from.start)
                    && !flow.iter().any(|q| q.start == to.start)
                    && to.unit == from.unit
                {
                    flow.push(to);
                }
            }
        }
        // Whether some figure of each flow makes `whole` by `combine`, within their rounding.
        let some_pair_makes = |whole: &Quantity, combine: &dyn Fn(f64, f64) -> f64| {
            all_exports.iter().any(|e| {
                all_imports.iter().any(|i| {
                    let allowed = tolerance(e) + tolerance(i) + tolerance(whole);
                    (combine(e.value, i.value) - whole.value).abs() <= allowed
                })
            })
        };
        // One sum written for both flows is the number reuse check's to report: the total or the
        // balance then disagrees because of it.
        let one_figure_for_both = matches!((exports, imports), (Some(e), Some(i))
            if text[e.start..e.end] == text[i.start..i.end]);
        let (mut total, mut balance) = if one_figure_for_both {
            (None, None)
        } else {
            (total, balance)
        };
        // So is a balance or a total written as one of the flows ("a surplus of USD 344 million …
        // on imports of USD 344 million").
        let flows = [("exports", exports), ("imports", imports)];
        for (whole, name) in [(&mut balance, "the balance"), (&mut total, "the total")] {
            let Some(figure) = *whole else {
                continue;
            };
            let written = &text[figure.start..figure.end];
            if let Some((flow, copy)) = flows.iter().find_map(|(flow, q)| {
                q.filter(|q| text[q.start..q.end] == *written)
                    .map(|q| (*flow, q))
            }) {
                let (first, second) = if figure.start < copy.start {
                    ((figure, name), (copy, flow))
                } else {
                    ((copy, flow), (figure, name))
                };
                findings.push(reused(
                    text,
                    extraction,
                    (first.0, second.0),
                    (first.1, second.1),
                ));
                *whole = None;
            }
        }
        if let (Some(exports), Some(imports), Some(total)) = (exports, imports, total) {
            let sum = exports.value + imports.value;
            let allowed = tolerance(exports) + tolerance(imports) + tolerance(total);
            if (sum - total.value).abs() > allowed && !some_pair_makes(total, &|e, i| e + i) {
                findings.push(Finding::new(
                    text,
                    CheckKind::Arithmetic,
                    (total.start, total.end),
                    vec![exports.value, imports.value, total.value],
                    Vec::new(),
                    format!(
                        "exports `{}` and imports `{}` make {}, not `{}`",
                        &text[exports.start..exports.end],
                        &text[imports.start..imports.end],
                        sum,
                        &text[total.start..total.end]
                    ),
                ));
            }
        }
        if let (Some(exports), Some(imports), Some(balance)) = (exports, imports, balance) {
            let difference = (exports.value - imports.value).abs();
            let allowed = tolerance(exports) + tolerance(imports) + tolerance(balance);
            if (difference - balance.value).abs() > allowed
                && !some_pair_makes(balance, &|e, i| (e - i).abs())
            {
                findings.push(Finding::new(
                    text,
                    CheckKind::Arithmetic,
                    (balance.start, balance.end),
                    vec![exports.value, imports.value, balance.value],
                    Vec::new(),
                    format!(
                        "exports `{}` less imports `{}` is {}, not `{}`",
                        &text[exports.start..exports.end],
                        &text[imports.start..imports.end],
                        difference,
                        &text[balance.start..balance.end]
                    ),
                ));
            }
        }

        // Rule 4: shares of a whole in one sentence.
        let sentence_words = lower_words(sentence_text(text, extraction, sentence));
        // Shares listed after a colon are read by the words after it: "Profits and losses shall be
        // shared as follows: …" speaks of no change.
        let after_colon_at = quantities
            .iter()
            .filter(|q| matches!(q.unit, "percent" | "fraction"))
            .map(|q| q.start)
            .min()
            .and_then(|first| {
                clamped(text, sentence_start, first)
                    .rfind(':')
                    .map(|at| sentence_start + at)
            });
        let sentence_words = match after_colon_at {
            Some(at) => lower_words(clamped(text, at, extraction.sentences[sentence].1)),
            None => sentence_words,
        };
        // "made up" is how shares are introduced, so "up" alone does not mark a change here; "up from"
        // sets one share against another period's.
        // An answer a share gave is no change of the shares: "expected it to worsen", "expected
        // no change".
        // Only on a scale of one question, which offers no change as an answer: "… expected no
        // change and 55 percent expected it to worsen"; "expected prices to rise, … the rupee to
        // weaken" answers several questions.
        let one_scale = sentence_words
            .windows(2)
            .any(|pair| pair[0] == "no" && pair[1] == "change")
            || sentence_words.iter().any(|w| w == "unchanged")
            || sentence_words
                .windows(2)
                .any(|pair| pair[0] == "the" && pair[1] == "same");
        let answer = |at: usize| {
            one_scale
                && at > 0
                && (sentence_words[at - 1] == "to" && sentence_words[at] != "to"
                    || sentence_words[at - 1] == "no" && sentence_words[at] == "change")
        };
        let speaks_of_change = sentence_words.iter().enumerate().any(|(at, w)| {
            !answer(at)
                && ((direction_of(w).is_some() && w != "up")
                    || ["change", "higher", "more", "less", "points", "than"].contains(&w.as_str()))
        }) || sentence_words
            .windows(2)
            .any(|pair| pair[0] == "up" && pair[1] == "from");
        // Fractions in words ("a fifth") are shares too, among shares written in percent. Shares
        // written "six in ten" are of one whole only when the sentence names it ("Of the 4,400
        // locks, six in ten …"), not each of its own ("eight in ten households in Kandahar, seven
        // in ten in Helmand").
        let said = sentence_text(text, extraction, sentence).to_lowercase();
        let whole_named = said.contains("of the ") || said.contains("of our ");
        let all_shares: Vec<&&Quantity> = quantities
            .iter()
            .filter(|q| matches!(q.unit, "percent" | "fraction") && q.hedge == Hedge::None)
            .filter(|q| {
                let written = text[q.start..q.end].to_lowercase();
                whole_named || !(written.contains(" in ") || written.contains(" out of "))
            })
            .collect();
        // Shares of one whole stand in one clause: "export partners Pakistan 42%, India 40%, …;
        // import partners UAE 28%, Pakistan 15%" gives two wholes.
        let clause_of = |q: &Quantity| clamped(text, sentence_start, q.start).matches(';').count();
        let mut groups: Vec<Vec<&&Quantity>> = Vec::new();
        for share in &all_shares {
            match groups.last_mut() {
                Some(group) if clause_of(group[0]) == clause_of(share) => group.push(share),
                _ => groups.push(vec![share]),
            }
        }
        // A semicolon that only parts the items of one list ("rice made up 27 percent of the total;
        // wheat flour, 18 percent; …") leaves one share to a clause: the list is one whole.
        if groups.iter().any(|group| group.len() < 2) {
            groups = vec![all_shares];
        }
        for shares in groups {
            let in_percent = shares.iter().filter(|q| q.unit == "percent").count();
            // Or fractions alone: "half was thick root, two-fifths medium root and a fifth thin pieces".
            let all_fractions = shares.iter().all(|q| q.unit == "fraction");
            // Two shares are of one whole when the sentence says they make it up ("black cumin made up
            // 39 percent of the quarter's arrivals and white cumin 71 percent").
            let two_of_one_whole = shares.len() == 2
                && in_percent == 2
                && ["made up", "accounted for", "account for", "make up"]
                    .iter()
                    .any(|w| {
                        sentence_text(text, extraction, sentence)
                            .to_lowercase()
                            .contains(w)
                    })
                && clamped(text, shares[0].end, shares[1].start).contains(" and ")
                && !clamped(text, shares[0].end, shares[1].start).contains([';', '.'])
                && !clamped(text, shares[0].end, shares[1].start)
                    .chars()
                    .any(|c| c.is_ascii_digit());
            // Or the first names the whole and the second leaves it to the first: "Jalalabad took 60
            // per cent of the year's carts and Kabul 45 per cent".
            // … a whole of its own for no one ("92 percent of the children it had targeted" is
            // each province's own whole).
            let own_whole = shares.len() == 2
                && lower_words(clamped(text, shares[0].end, shares[1].start))
                    .iter()
                    .any(|w| {
                        matches!(
                            w.as_str(),
                            "it" | "its" | "their" | "that" | "which" | "who" | "whom"
                        )
                    });
            let elliptic_whole = shares.len() == 2
                && in_percent == 2
                && !own_whole
                && [" of the ", " of our ", " of all "]
                    .iter()
                    .any(|w| text[shares[0].end..].starts_with(w))
                && text[shares[1].end..]
                    .trim_start()
                    .starts_with(['.', ',', ';'])
                && {
                    let between = clamped(text, shares[0].end, shares[1].start);
                    between.contains(" and ")
                        && !between.contains([';', '.', ','])
                        && !between.chars().any(|c| c.is_ascii_digit())
                };
            // Rates of places, each share "in" a place of its own ("highest in Khyber Pakhtunkhwa, at 71
            // percent, … 52 percent in Punjab"), are no shares of one whole.
            // The place right after the share, else the nearest before it.
            let place_of = |q: &Quantity| -> Option<String> {
                let place = |pair: &[&str]| {
                    (pair[0] == "in" && pair[1].starts_with(|c: char| c.is_uppercase()))
                        .then(|| pair[1].trim_end_matches([',', '.', ';']).to_string())
                };
                let after: Vec<&str> = clamped(text, q.end, q.end + 30)
                    .split_whitespace()
                    .collect();
                let before: Vec<&str> = clamped(text, q.start.saturating_sub(40), q.start)
                    .split_whitespace()
                    .collect();
                after
                    .windows(2)
                    .take(1)
                    .find_map(place)
                    .or_else(|| before.windows(2).rev().find_map(place))
            };
            let places: HashSet<String> = shares.iter().filter_map(|q| place_of(q)).collect();
            // … unless a share names the whole they split ("60 per cent of the year's carts").
            let whole_of_shares = shares.iter().any(|q| text[q.end..].starts_with(" of "));
            // … or says the places split one whole ("… and 22 per cent in the other districts").
            let split_whole = sentence_words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "other" | "rest" | "elsewhere" | "remaining" | "remainder"
                )
            });
            // … or says where the members of one whole are ("59 percent are in Kandahar, 24 percent
            // in Helmand"): a share that is somewhere is a part of the whole, not a place's rate.
            // … the place named right after ("are in Kandahar", not "live in rented homes"), in a
            // sentence that sets no share against another ("against 65 percent in Quetta").
            let located = !sentence_words
                .iter()
                .any(|w| COMPARISON_WORDS.contains(&w.as_str()))
                && shares.iter().any(|q| {
                    let after: Vec<&str> = clamped(text, q.end, q.end + 32)
                        .split_whitespace()
                        .collect();
                    matches!(
                        after.get(..3),
                        Some([verb, at, place]) if matches!(*verb, "are" | "is" | "were" | "was" | "live" | "lived" | "lives" | "based")
                            && matches!(*at, "in" | "at")
                            && place.starts_with(char::is_uppercase)
                    )
                });
            let rates_of_places = places.len() >= 2 && !whole_of_shares && !split_whole && !located;
            if (shares.len() >= 3 && (in_percent >= 2 || all_fractions)
                || two_of_one_whole
                || elliptic_whole)
                && !rates_of_places
                && !speaks_of_change
            {
                let sum: f64 = shares.iter().map(|q| q.value).sum();
                // A fraction in words is exact ("half", "three-tenths"), unless hedged.
                let allowed: f64 = shares
                    .iter()
                    .map(|q| {
                        if q.unit == "fraction" && q.hedge == Hedge::None {
                            0.5
                        } else {
                            tolerance(q)
                        }
                    })
                    .sum();
                if sum > 100.0 + allowed {
                    let (first, last) = (shares[0], shares[shares.len() - 1]);
                    findings.push(Finding::new(
                        text,
                        CheckKind::Arithmetic,
                        (first.start, last.end),
                        shares.iter().map(|q| q.value).collect(),
                        Vec::new(),
                        format!("shares of one whole add up to {sum} percent"),
                    ));
                }
            }
        }
    }

    // Rule 8: a sum said in prose: "forty-six days … thirty-one days, eighty-seven days in all".
    for (index, total) in extraction.quantities.iter().enumerate() {
        if total.in_table || !matches!(total.unit, "count" | "USD" | "PKR" | "AFN") {
            continue;
        }
        let (sentence_start, sentence_end) = extraction.sentences[total.sentence];
        // The words after the total up to the next figure: "in all" after a later figure is that
        // figure's ("44 million, or 127 million in all").
        let next_start = extraction
            .quantities
            .get(index + 1)
            .map_or(sentence_end, |next| next.start);
        let mut limit = (total.end + 32)
            .min(sentence_end)
            .min(next_start)
            .max(total.end);
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        // "…, Rs 54.4 million; in all Rs 820 million": words after a semicolon are the next clause's.
        let after = clamped(text, total.end, limit)
            .split([';', ':'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        let before = clamped(
            text,
            total.start.saturating_sub(40).max(sentence_start),
            total.start,
        )
        .to_lowercase();
        // "a total of", "a combined total of", "a two-month total of"; not a whole of another period
        // ("an annual total of") nor a whole the parts only share ("of the total of").
        let before_words = lower_words(&before);
        let total_of = match before_words.as_slice() {
            [.., total, of] if total == "total" && of == "of" => {
                let head = &before_words[..before_words.len() - 2];
                // Up to two words between the article and "total" ("a two-month total of").
                head.iter()
                    .rev()
                    .take(3)
                    .position(|w| matches!(w.as_str(), "a" | "an"))
                    .is_some_and(|at| {
                        head.iter().rev().take(at).all(|w| {
                            !matches!(
                                w.as_str(),
                                "annual"
                                    | "yearly"
                                    | "national"
                                    | "provincial"
                                    | "overall"
                                    | "grand"
                            )
                        })
                    })
            }
            _ => false,
        };
        // "the total sum awarded, USD 157,580": the clause names its figure a total, with no other
        // figure between.
        let previous_end = index
            .checked_sub(1)
            .map(|i| extraction.quantities[i].end)
            .filter(|end| *end > sentence_start)
            .unwrap_or(sentence_start);
        let clause_before = clamped(text, previous_end.min(total.start), total.start);
        let clause_before = clause_before
            .rsplit([';', ':', '\n'])
            .next()
            .unwrap_or("")
            .to_lowercase();
        // "…; total adjusted claim, Rs 9.80 million": a list's item named a total.
        let named_total = clause_before.len() <= 40
            && (clause_before.contains("the total")
                || clause_before.trim_start().starts_with("total ")
                    && clause_before.split_whitespace().count() <= 3)
            && !clause_before.contains("of the total")
            && clause_before.trim_end().ends_with(',');
        // "519 thousand in the first half and 713 thousand in the second, or 1.33 million for the
        // year": a year's figure after figures for its parts.
        // "7,600 in the third, 22,900 by the end of September": the sum of the parts to a date.
        let year_of_its_parts = [
            "for the year",
            "for the whole year",
            "for the full year",
            "over the year",
            "over the whole year",
            "by the end of",
            "so far this year",
            "for the year to date",
        ]
        .iter()
        .any(|w| after.trim_start().starts_with(w))
            && !parts_of_year(sentence_text(text, extraction, total.sentence)).is_empty()
            // "by the end of September" only when the parts named reach September, and nothing
            // counts from an earlier start ("since it opened in 2023").
            && (!after.trim_start().starts_with("by the end of") || {
                // The parts named before the total, not the month it runs to.
                let sentence = clamped(text, sentence_start, total.start);
                let parts = parts_of_year(sentence);
                // "in the second", "in the third" after "the first quarter": quarters by ordinal.
                let length = parts
                    .iter()
                    .filter_map(|(_, _, part)| part.map(|p| p.months))
                    .max()
                    .unwrap_or(1);
                let words = lower_words(sentence);
                let by_ordinal = words
                    .windows(2)
                    .filter(|pair| pair[0] == "the")
                    .filter_map(|pair| match pair[1].as_str() {
                        "second" => Some(2),
                        "third" => Some(3),
                        "fourth" => Some(4),
                        _ => None,
                    })
                    .map(|n| n * length)
                    .filter(|end| length > 1 && *end <= 12);
                let last_month = parts
                    .iter()
                    .filter_map(|(_, _, part)| part.map(|p| p.first_month + p.months - 1))
                    .chain(by_ordinal)
                    .max();
                // "by the end of September": the fifth word.
                let named = lower_words(after.trim_start())
                    .get(4)
                    .and_then(|w| dyad_text::claims::month_number(w));
                named.is_some()
                    && named == last_month
                    && !lower_words(sentence_text(text, extraction, total.sentence))
                        .iter()
                        .any(|w| w == "since")
            });
        // "…; in all Rs 820 million": the clause opens with the words that make its figure the sum.
        let opens_with_sum = ["in all", "in total", "altogether"]
            .iter()
            .any(|w| clause_before.trim() == *w);
        // "…, bringing the total to 12.71 lakh": a running total, which may hold earlier figures the
        // sentence does not give; it is read only when its parts come near it (below).
        let brought_to = [
            "bringing the total to",
            "brings the total to",
            "taking the total to",
            "takes the total to",
            "raising the total to",
            "bringing the number to",
            "taking the number to",
        ]
        .iter()
        .any(|w| before.trim_end().ends_with(w))
            // … not when the total runs from an earlier start ("… since the campaign began"), nor
            // when a figure of its noun stands in the sentence before (the start it adds to).
            && !lower_words(clamped(text, total.end, (total.end + 40).min(sentence_end)))
                .iter()
                .any(|w| matches!(w.as_str(), "since" | "far" | "date"))
            && (total.sentence == 0 || {
                // The noun of the sentence's first figure ("150 families arrived … bringing the
                // total to 420"), against the figures of the sentence before.
                let noun = extraction
                    .in_sentence(total.sentence)
                    .next()
                    .and_then(|i| counted_head(text, &extraction.quantities[i]));
                noun.is_none()
                    || !extraction
                        .in_sentence(total.sentence - 1)
                        .any(|i| counted_head(text, &extraction.quantities[i]) == noun)
            });
        // "…, Rs 3,500 for wool, together Rs 14,000": the clause opens with "together".
        let together_before = clause_before.trim_start_matches([',', ' ']).trim_end() == "together";
        let said_total = brought_to
            || together_before
            || [
                "in all",
                "in total",
                "altogether",
                "combined",
                "in both directions",
                "both ways",
                "for the two",
                "for both",
                "taken together",
            ]
            .iter()
            .any(|w| after.contains(w))
            || total_of
            || named_total
            || opens_with_sum
            || year_of_its_parts;
        // A sentence that leaves a rest out of its parts ("the rest moving through Ghulam Khan")
        // does not say they make the whole.
        let sentence_said = sentence_text(text, extraction, total.sentence).to_lowercase();
        // Nor does one that picks some out ("the busiest days were Monday … and Tuesday …").
        let leaves_a_rest = [
            "the rest",
            "remaining",
            "the remainder",
            "others",
            "busiest",
            "largest",
            "biggest",
            "highest",
        ]
        .iter()
        .any(|w| sentence_said.contains(w));
        if !said_total || leaves_a_rest {
            continue;
        }
        let noun = counted_head(text, total);
        let sentence_first = extraction
            .quantities
            .partition_point(|q| q.sentence < total.sentence);
        let before_total = || {
            extraction.quantities[sentence_first.min(index)..index]
                .iter()
                .filter(|q| !q.in_table && q.unit == total.unit)
        };
        // A count after "through", "in" or "across" ("through 3 crossings") is where, not a part.
        let mut parts: Vec<&Quantity> = before_total()
            .filter(|q| total.unit != "count" || noun.is_none() || counted_head(text, q) == noun)
            .filter(|q| total.unit != "count" || !after_a_preposition_of_place(text, q))
            .collect();
        // A part that leaves its noun to the one before ("… made 3.8 million minutes, and ours made
        // 3.8 million on their networks, 6.1 million minutes in both directions") counts too, but
        // then only one figure given to two parts is reported.
        let mut elliptic = false;
        if parts.len() == 1 && total.unit == "count" && noun.is_some() {
            // A figure set against another ("against 420 in March 2024") is no part.
            let compared = |q: &Quantity| {
                let before = lower_words(clamped(text, q.start.saturating_sub(16), q.start));
                before.last().is_some_and(|w| {
                    matches!(
                        w.as_str(),
                        "against" | "versus" | "vs" | "from" | "than" | "with"
                    )
                })
            };
            let with_elided: Vec<&Quantity> = before_total()
                .filter(|q| !compared(q))
                .filter(|q| {
                    counted_head(text, q) == noun
                        || counted_head(text, q).is_none()
                            && word_after(text, extraction, q).is_none_or(|w| {
                                matches!(w.as_str(), "on" | "in" | "at" | "for" | "from" | "to")
                            })
                })
                .filter(|q| !after_a_preposition_of_place(text, q))
                .collect();
            if with_elided.len() >= 2 {
                parts = with_elided;
                elliptic = true;
            }
        }
        // A total that counts its parts by another noun ("340 trucks left … and 340 trucks arrived …,
        // for a total of 560 crossings") sums every count before it in its clause, when the word
        // right after each is one noun; it is reported only as one figure given to two parts.
        // "48 boys and 19 girls, 76 players in all": parts by sex add up to the whole, whatever
        // noun counts it.
        if parts.is_empty() && total.unit == "count" {
            let all: Vec<&Quantity> = before_total().collect();
            let heads: Vec<Option<String>> = all.iter().map(|q| counted_head(text, q)).collect();
            let by_sex = |head: &Option<String>| {
                head.as_deref().is_some_and(|h| {
                    matches!(
                        h,
                        "boy" | "boys" | "girl" | "girls" | "man" | "men" | "woman" | "women"
                    )
                })
            };
            if all.len() >= 2
                && heads.iter().all(by_sex)
                && heads.iter().collect::<HashSet<_>>().len() == heads.len()
            {
                parts = all;
            }
        }
        let by_another_noun = parts.is_empty() && total.unit == "count";
        if by_another_noun {
            let all: Vec<&Quantity> = before_total().collect();
            let first_word = all.first().and_then(|q| word_after(text, extraction, q));
            if all.len() >= 2
                && first_word.is_some()
                && all
                    .iter()
                    .all(|q| word_after(text, extraction, q) == first_word)
            {
                parts = all;
            }
        }
        // "300 lamps at Rs 1,400 each …, a total of Rs 420,000 for the lamps, Rs 90,000 for the
        // chimneys and Rs 20,000 for the wicks, or Rs 550,000 in all": the parts the sum is of start
        // at a list of amounts that "a total of" opens.
        if let Some(at) = parts.iter().rposition(|q| {
            let before = lower_words(clamped(text, q.start.saturating_sub(24), q.start));
            matches!(before.as_slice(), [.., total, of] if (total == "total" || total == "totals") && of == "of")
        }) {
            parts.drain(..at);
        }
        // A rate among the parts ("10,000 people a day … for 30 days, 300,000 in all", "64 bags of
        // 25 kg each, 1,600 kg in all") makes the total a product, not a sum.
        let is_rate = |q: &Quantity| {
            let after = lower_words(clamped(text, q.end, q.end + 24));
            let after: Vec<&str> = after.iter().map(String::as_str).collect();
            // "each" or "per" and its unit right after the figure or its noun, not "per customs
            // records"; "a day" likewise, not "a year after".
            after
                .iter()
                .take(2)
                .any(|w| matches!(*w, "each" | "apiece"))
                || after
                    .iter()
                    .take(2)
                    .position(|w| *w == "per")
                    .is_some_and(|at| {
                        after.get(at + 1).is_some_and(|unit| {
                            !matches!(*unit, "the" | "customs" | "unhcr" | "cent")
                        })
                    })
                || after.windows(2).take(2).any(|pair| {
                    pair[0] == "a"
                        && matches!(
                            pair[1],
                            "day" | "week" | "month" | "year" | "head" | "piece"
                        )
                })
                // "ten adults at each point".
                || after.windows(2).take(3).any(|pair| {
                    matches!(pair[0], "at" | "in" | "for" | "on" | "from") && pair[1] == "each"
                })
                // A price of one item: "Rs 45,000 for a below-knee limb", "Rs 900 for one".
                || matches!(total.unit, "USD" | "PKR" | "AFN")
                    && matches!(
                        after.get(..2),
                        Some(["for", "a" | "an" | "one"])
                    )
                || priced_count(text, extraction, q)
        };
        // Parts each of their own year ("USD 2.5 billion in 2011 and USD 1.9 billion in 2017") are a
        // series, not parts of one whole; nor does an average add up ("an average of 1,150 a day").
        let years_of = |q: &Quantity| years_and_fiscal_years_in(own_stretch(text, extraction, q));
        let a_series = parts.windows(2).any(|pair| {
            let (a, b) = (years_of(pair[0]), years_of(pair[1]));
            !a.is_empty() && !b.is_empty() && a != b
        });
        let an_average = lower_words(&before).last().is_some_and(|w| w == "of")
            && ["average", "mean"].iter().any(|w| before.contains(w));
        // A running total gathers a series on purpose ("… in 2023 and another … in 2024, bringing the
        // total to …").
        if parts.len() < 2
            || parts.iter().any(|q| is_rate(q))
            || a_series && !brought_to
            || an_average
        {
            continue;
        }
        let sum: f64 = parts.iter().map(|q| q.value).sum();
        let allowed = parts.iter().map(|q| tolerance(q)).sum::<f64>() + tolerance(total);
        if (sum - total.value).abs() <= allowed
            // A running total far above its parts holds earlier figures.
            || brought_to && (sum - total.value).abs() > total.value.abs() * 0.25
        {
            continue;
        }
        // Two parts written alike ("74 million in April and 74 million in May") whose sum misses the
        // total: one figure was given to two parts, which is the number reuse check's finding.
        let written = |q: &Quantity| &text[q.start..q.end];
        let twice = parts.iter().enumerate().find_map(|(at, first)| {
            parts[at + 1..]
                .iter()
                // The same figure, hedged or not ("Some 141,000 … and 141,000").
                .find(|second| second.value == first.value && second.precision == first.precision)
                .map(|second| (first, second))
        });
        // The value the second of the two would need for the total: a slip is likely when it is
        // near the figure written (within a factor of two), not when it is of another size.
        let twice = twice.filter(|(first, _)| {
            let needed = total.value - (sum - first.value);
            needed > 0.0
                && needed != first.value
                && needed <= first.value * 2.0
                && needed * 2.0 >= first.value
        });
        let in_one_clause = !clamped(text, parts[0].start, total.start).contains(';');
        // Parts that each name their own month ("420 cases … in June, 610 in July, 530 in August")
        // split the whole by period: their sum is the whole's, nouns left out or not.
        let month_of = |q: &Quantity| {
            lower_words(clamped(text, q.end, q.end + 60))
                .iter()
                .take(8)
                .find_map(|w| dyad_text::claims::month_number(w))
        };
        let months: Vec<Option<u32>> = parts.iter().map(|q| month_of(q)).collect();
        // … of one scale: "41 thousand tonnes in January, 38 in February" leaves the scale out too.
        let one_scale = parts
            .iter()
            .all(|q| q.value * 50.0 >= total.value / parts.len() as f64);
        // A total "since" an earlier start holds months the parts do not give.
        let since = lower_words(&sentence_said).iter().any(|w| w == "since");
        let by_month = months.iter().all(Option::is_some)
            && months.iter().collect::<HashSet<_>>().len() == months.len()
            && one_scale
            && !since;
        // Parts that each name their own place ("14,200 hectares in Pishin, 12,600 in Qila Abdullah
        // …") split the whole by place, as parts by month split it by period.
        let place_of = |q: &Quantity| {
            let rest = following_words(text, extraction, q);
            let mut words = rest.split_whitespace();
            let mut word = words.next()?;
            // The part's own noun, when it has one word ("14,200 hectares in Pishin").
            if counted_head(text, q).is_some() {
                word = words.next()?;
            }
            if !matches!(word, "in" | "at" | "from") {
                return None;
            }
            let place = words.next()?.trim_end_matches([',', ';']);
            let capital = place.chars().next().is_some_and(char::is_uppercase);
            let dated = place.chars().any(|c| c.is_ascii_digit())
                || dyad_text::claims::month_number(&place.to_lowercase()).is_some();
            (capital && !dated).then(|| place.to_string())
        };
        let places: Vec<Option<String>> = parts.iter().map(|q| place_of(q)).collect();
        // A part in brackets or "alone" is a part of another part ("(1,900 in Peshawar alone)").
        let nested = parts.iter().any(|q| {
            clamped(text, q.start.saturating_sub(2), q.start).contains('(')
                || lower_words(clamped(text, q.end, q.end + 32))
                    .iter()
                    .take(4)
                    .any(|w| w == "alone")
        });
        let by_place = !nested
            && places.iter().all(Option::is_some)
            && places.iter().collect::<HashSet<_>>().len() == places.len()
            && one_scale
            && !since;
        if (by_another_noun || elliptic && !by_month && !by_place)
            && (twice.is_none() || !in_one_clause)
        {
            continue;
        }
        let (kind, span, what) = match twice {
            Some((first, second)) => (
                CheckKind::NumberReuse,
                (first.start, second.end),
                format!(
                    "`{}` is given to two parts, which with the others add up to {}, not `{}`",
                    written(first),
                    sum,
                    written(total)
                ),
            ),
            None => (
                CheckKind::Arithmetic,
                (parts[0].start, total.end),
                format!("the parts add up to {}, not `{}`", sum, written(total)),
            ),
        };
        findings.push(Finding::new(
            text,
            kind,
            span,
            parts.iter().map(|q| q.value).chain([total.value]).collect(),
            Vec::new(),
            what,
        ));
    }

    // Rule 9: a list whose items each carry one share of a whole in brackets ("Rs 8.0 million (25%)"),
    // and a sentence after a list that says its items add up to a figure.
    list_sums(text, extraction, &mut findings);
    outcomes_of_a_whole(text, extraction, &mut findings);
    parts_after_a_colon(text, extraction, &mut findings);
    share_outside_its_places(text, extraction, &mut findings);
    labelled_list_total(text, extraction, &mut findings);

    // Rule 7: a multiple said by its verb ("more than doubled, from 112 to 212"), against the change
    // right after it in its sentence, widened or sided by a hedge before the verb.
    for relative in &extraction.relative_changes {
        // The change's first figure comes after the verb ("grown tenfold since 2021, from 6 trucks to
        // 36": the change is read from "grown", before the multiple).
        let Some(change) = extraction.changes.iter().find(|c| {
            let first = extraction.quantities[c.from.min(c.to)].start;
            first >= relative.end
                && text[relative.end..first].len() <= 60
                && !text[relative.end..first].contains(['.', ';'])
        }) else {
            continue;
        };
        let (from, to) = (
            &extraction.quantities[change.from],
            &extraction.quantities[change.to],
        );
        if from.value <= 0.0
            || !text[relative.start..relative.end]
                .chars()
                .all(char::is_alphabetic)
        {
            continue;
        }
        let ratio = to.value / from.value;
        let mut from_byte = relative.start.saturating_sub(16);
        while !text.is_char_boundary(from_byte) {
            from_byte += 1;
        }
        let hedge = text[from_byte..relative.start].to_lowercase();
        let implied = relative.ratio;
        let (low, high) = if ["more than", "over", "above"]
            .iter()
            .any(|h| hedge.trim_end().ends_with(h))
        {
            (implied * 0.98, f64::INFINITY)
        } else if ["nearly", "almost", "close to", "just under"]
            .iter()
            .any(|h| hedge.trim_end().ends_with(h))
        {
            (implied * 0.8, implied * 1.02)
        } else {
            (implied * 0.9, implied * 1.1)
        };
        if ratio < low || ratio > high {
            findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (relative.start, change.end),
                vec![from.value, to.value],
                vec![extraction.claim(text, from), extraction.claim(text, to)],
                format!(
                    "from `{}` to `{}` is {:.2} times the start, which `{}{}` does not say",
                    &text[from.start..from.end],
                    &text[to.start..to.end],
                    ratio,
                    [
                        "more than",
                        "over",
                        "above",
                        "nearly",
                        "almost",
                        "close to",
                        "just under"
                    ]
                    .iter()
                    .find(|h| hedge.trim_end().ends_with(*h))
                    .map_or(String::new(), |h| format!("{h} ")),
                    &text[relative.start..relative.end]
                ),
            ));
        }
    }

    // Rule 6: a stated multiple ("a 2.4-fold rise", "2.9 times as many") of a change's end over its start.
    for change in &extraction.changes {
        let (from, to) = (
            &extraction.quantities[change.from],
            &extraction.quantities[change.to],
        );
        if from.value <= 0.0 || to.value <= from.value {
            continue;
        }
        let (_, sentence_end) = extraction.sentences[from.sentence];
        let mut limit = (change.end + 60).min(sentence_end).max(change.end);
        while !text.is_char_boundary(limit) {
            limit -= 1;
        }
        let after = clamped(text, change.end, limit);
        let Some(at) = after.find("-fold").or_else(|| after.find(" times")) else {
            continue;
        };
        let written: String = after[..at]
            .chars()
            .rev()
            .take_while(|c| c.is_ascii_digit() || *c == '.')
            .collect::<String>()
            .chars()
            .rev()
            .collect();
        let Ok(stated) = written.parse::<f64>() else {
            continue;
        };
        let ratio = |a: f64, b: f64| b / a;
        let low = ratio(from.value + tolerance(from), to.value - tolerance(to));
        let high = ratio(from.value - tolerance(from), to.value + tolerance(to));
        let step = decimal_step(&written) / 2.0 + 1e-9;
        if stated < low - step || stated > high + step {
            let start = change.end + at - written.len();
            findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (start, change.end + at + "-fold".len().min(after.len() - at)),
                vec![from.value, to.value, stated],
                vec![extraction.claim(text, from), extraction.claim(text, to)],
                format!(
                    "from `{}` to `{}` is {:.2} times the start, not `{written}`",
                    &text[from.start..from.end],
                    &text[to.start..to.end],
                    to.value / from.value
                ),
            ));
        }
    }

    // Rule 6b: a multiple said before the two figures it compares ("two and a half times what they
    // were in 2022: 460 almirahs against 230"), or between them ("96 tonnes, half as much again as the
    // 80 tonnes of 2023").
    times_before_its_figures(text, extraction, &mut findings);
    multiple_between_figures(text, extraction, &mut findings);
    average_of_its_sentence(text, extraction, &mut findings);

    // Rule 5: a stated percentage change.
    // Whether a change's two values make the stated percentage, within the rounding of all three.
    let reconciles = |change: &dyad_text::claims::Change, stated: &Quantity| {
        let (from, to) = (
            &extraction.quantities[change.from],
            &extraction.quantities[change.to],
        );
        if from.value == 0.0 {
            return true;
        }
        let computed = (to.value - from.value) / from.value * 100.0;
        // The extremes the rounding of the two values allows.
        let low_from = from.value - tolerance(from);
        let high_from = from.value + tolerance(from);
        let candidates = [
            (to.value - tolerance(to) - high_from) / high_from * 100.0,
            (to.value + tolerance(to) - low_from) / low_from * 100.0,
            computed,
        ];
        let allowed = tolerance(stated);
        candidates
            .iter()
            .any(|c| (c.abs() - stated.value).abs() <= allowed)
            || (candidates[0].abs() - stated.value).signum()
                != (candidates[1].abs() - stated.value).signum()
    };
    for change in &extraction.changes {
        let Some(stated_index) = change.stated_percent else {
            continue;
        };
        let (from, to) = (
            &extraction.quantities[change.from],
            &extraction.quantities[change.to],
        );
        let stated = &extraction.quantities[stated_index];
        // A change from a value to itself in the same period is garbled, and said so once, there.
        let garbled = from.value == to.value
            && change.from_year.is_some()
            && change.from_year == change.to_year;
        if from.value == 0.0 || garbled {
            continue;
        }
        let computed = (to.value - from.value) / from.value * 100.0;
        // "down from 2,000 in 2024 and 2,400 in 2023: falls of 17 and 12.5 percent": sizes listed
        // for two changes of one sentence may be read to either; one that another change makes is
        // that change's.
        let anothers = extraction.changes.iter().any(|other| {
            !std::ptr::eq(other, change)
                && extraction.quantities[other.to].sentence == stated.sentence
                && reconciles(other, stated)
        });
        if !reconciles(change, stated) && !anothers {
            findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (stated.start, stated.end),
                vec![from.value, to.value, stated.value],
                vec![
                    extraction.claim(text, stated),
                    extraction.claim(text, from),
                    extraction.claim(text, to),
                ],
                format!(
                    "from `{}` to `{}` is a change of {:.1} percent, not `{}`",
                    &text[from.start..from.end],
                    &text[to.start..to.end],
                    computed,
                    &text[stated.start..stated.end]
                ),
            ));
        }
    }
    findings
}

/// An average its own sentence works out: "121 shows to 15,800 people, so that each show drew an
/// average audience of about 168" is 15,800 over 121, about 131. The average names what it is per
/// ("each show", "per show", "a show"), which is the noun of one count before it; the other count
/// before it is what is shared out. A figure given for the average that stands in one of the two
/// sentences before for something else was carried from there (number reuse).
fn average_of_its_sentence(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for (index, average) in extraction.quantities.iter().enumerate() {
        if average.in_table || average.unit != "count" {
            continue;
        }
        let lead = lower_words(clamped(
            text,
            average.start.saturating_sub(40),
            average.start,
        ));
        // "an average of 150", "an average audience of about 168": the figure closes the phrase
        // "average …of", with a hedge at most between.
        let Some(at) = lead.iter().rposition(|w| w == "average") else {
            continue;
        };
        let between: Vec<&str> = lead[at + 1..]
            .iter()
            .map(String::as_str)
            .filter(|w| {
                !matches!(
                    *w,
                    "about" | "around" | "some" | "roughly" | "nearly" | "almost"
                )
            })
            .collect();
        if !matches!(between.as_slice(), ["of"] | [_, "of"]) {
            continue;
        }
        let (sentence_start, _) = extraction.sentences[average.sentence];
        let before: Vec<&Quantity> = extraction
            .in_sentence(average.sentence)
            .filter(|&i| i < index)
            .map(|i| &extraction.quantities[i])
            .filter(|q| !q.in_table && q.unit == "count" && q.value >= 2.0)
            .collect();
        let [first, second] = before.as_slice() else {
            continue;
        };
        // What the average is per: "each show", "per show", "a show".
        let said = lower_words(clamped(text, sentence_start, average.end));
        // … of all of them: "each show in the refugee villages" is a part's average.
        let per: Vec<&String> = said
            .windows(3)
            .filter(|w| matches!(w[0].as_str(), "each" | "per"))
            .filter(|w| {
                !matches!(
                    w[2].as_str(),
                    "in" | "at" | "of" | "from" | "that" | "which" | "with" | "for" | "on"
                )
            })
            .map(|w| &w[1])
            .collect();
        let of_noun = |q: &Quantity| {
            counted_head(text, q).is_some_and(|noun| {
                per.iter()
                    .any(|p| noun == **p || noun.trim_end_matches('s') == p.as_str())
            })
        };
        let (shared, among) = match (of_noun(first), of_noun(second)) {
            (false, true) => (*first, *second),
            (true, false) => (*second, *first),
            _ => continue,
        };
        // An average with a noun of its own ("an average of 45 minutes") is of something else, and
        // one "of them" is a part's.
        if counted_head(text, average).is_some_and(|noun| Some(noun) != counted_head(text, shared))
            || text[average.end..].starts_with(" of ")
        {
            continue;
        }
        let worked_out = shared.value / among.value;
        let slack = match average.hedge {
            Hedge::None => average.precision / 2.0 + worked_out * 0.01,
            _ => (worked_out * 0.05).max(average.precision),
        };
        if (worked_out - average.value).abs() <= slack {
            continue;
        }
        let carried = extraction.quantities[..index].iter().rev().find(|q| {
            q.sentence + 2 >= average.sentence
                && !q.in_table
                && q.value == average.value
                && q.start != shared.start
                && q.start != among.start
        });
        findings.push(match carried {
            Some(earlier) => reused(
                text,
                extraction,
                (earlier, average),
                (
                    "another quantity",
                    "an average its sentence works out otherwise",
                ),
            ),
            None => Finding::new(
                text,
                CheckKind::Arithmetic,
                (shared.start.min(among.start), average.end),
                vec![shared.value, among.value, average.value],
                Vec::new(),
                format!(
                    "`{}` over `{}` is {:.1}, not `{}`",
                    &text[shared.start..shared.end],
                    &text[among.start..among.end],
                    worked_out,
                    &text[average.start..average.end]
                ),
            ),
        });
    }
}

/// The multiple a phrase ending in "times" states, in figures or words ("2.5 times", "two and a half
/// times"), with the byte where its number starts; "twice" is two.
fn multiple_ending_at(text: &str, times_at: usize) -> Option<(f64, usize, String)> {
    // The few words before it are enough.
    let mut from = times_at.saturating_sub(48);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let before = &text[from..times_at];
    // In figures: the token right before "times".
    let token_start = before
        .char_indices()
        .rev()
        .find(|(_, c)| c.is_whitespace())
        .map_or(0, |(at, c)| at + c.len_utf8());
    if let Ok(value) = before[token_start..].parse::<f64>() {
        return Some((value, from + token_start, before[token_start..].to_string()));
    }
    let words = word_spans(before);
    // The longest run of up to four words before "times" that reads as a number.
    (1..=4.min(words.len())).rev().find_map(|count| {
        let (start, _) = words[words.len() - count];
        let written = before[start..].trim();
        let value = written
            .parse::<f64>()
            .ok()
            .or_else(|| dyad_text::claims::word_value(&written.to_lowercase()))?;
        Some((value, from + start, written.to_string()))
    })
}

/// Rule 6b of [`arithmetic`]: "N times" (in figures or words) and, after it in its sentence, two
/// figures of one unit set against each other ("460 almirahs against 230", "USD 9 million compared
/// with USD 4 million"): the first over the second is the multiple, within the rounding of all three
/// (a tenth of it when the multiple is hedged: "almost", "nearly", "about", "some").
fn times_before_its_figures(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for (at, _) in text.match_indices(" times") {
        let after_word = text[at + " times".len()..].chars().next();
        if after_word.is_some_and(char::is_alphanumeric) {
            continue;
        }
        let Some((stated, start, written)) = multiple_ending_at(text, at) else {
            continue;
        };
        // A multiple compares ("three times what", "three times as many", "three times the"); "closed
        // four times in 2024" counts occasions.
        let next = lower_words(clamped(text, at + " times".len(), at + 24));
        let compares = next.first().is_some_and(|w| {
            matches!(
                w.as_str(),
                "what"
                    | "as"
                    | "the"
                    | "that"
                    | "those"
                    | "their"
                    | "its"
                    | "our"
                    | "more"
                    | "larger"
                    | "higher"
                    | "bigger"
                    | "greater"
                    | "than"
            )
        });
        if stated < 1.5 || !compares {
            continue;
        }
        let sentence = extraction
            .sentences
            .iter()
            .position(|(s, e)| *s <= at && at < *e);
        let Some(sentence) = sentence else {
            continue;
        };
        // The figures after the multiple in its own clause: not those after "while" or a semicolon.
        let figures: Vec<&Quantity> = extraction
            .in_sentence(sentence)
            .map(|i| &extraction.quantities[i])
            .filter(|q| !q.in_table && q.start > at && q.unit != "percent")
            .filter(|q| {
                let between = clamped(text, at, q.start).to_lowercase();
                ![", while", ", whereas", ";", " but "]
                    .iter()
                    .any(|w| between.contains(w))
            })
            .collect();
        let Some((first, second)) = figures.windows(2).find_map(|pair| {
            let link = lower_words(&text[pair[0].end..pair[1].start]);
            let set_against = link.len() <= 3
                && matches!(
                    link.iter()
                        .map(String::as_str)
                        .collect::<Vec<_>>()
                        .as_slice(),
                    [.., "against"] | [.., "compared", "with"] | [.., "versus"] | [.., "vs"]
                );
            (set_against && pair[0].unit == pair[1].unit).then_some((pair[0], pair[1]))
        }) else {
            continue;
        };
        if second.value <= 0.0 {
            continue;
        }
        let lead = lower_words(clamped(text, start.saturating_sub(16), start));
        let hedged = lead.last().is_some_and(|w| {
            matches!(
                w.as_str(),
                "almost" | "nearly" | "about" | "some" | "roughly"
            )
        });
        // "more than three times", "over twice", "at least three times": a floor, not a value.
        let last_two: Vec<&str> = lead
            .iter()
            .rev()
            .take(2)
            .rev()
            .map(String::as_str)
            .collect();
        let floor = lead.last().is_some_and(|w| w == "over")
            || last_two == ["more", "than"]
            || last_two == ["at", "least"];
        let low = (first.value - tolerance(first)) / (second.value + tolerance(second));
        let high = (first.value + tolerance(first)) / (second.value - tolerance(second));
        // A multiple in words is read to a twentieth of itself; in figures, to its last digit.
        let in_words = !written.chars().any(|c| c.is_ascii_digit());
        let slack = if hedged {
            stated * 0.1
        } else if in_words {
            stated * 0.05
        } else {
            decimal_step(&written) / 2.0 + 1e-9
        };
        let off = if floor {
            high < stated
        } else {
            stated < low - slack || stated > high + slack
        };
        if off {
            findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (start, second.end),
                vec![first.value, second.value, stated],
                vec![
                    extraction.claim(text, first),
                    extraction.claim(text, second),
                ],
                format!(
                    "`{}` against `{}` is {:.2} times, not `{written}`",
                    &text[first.start..first.end],
                    &text[second.start..second.end],
                    first.value / second.value
                ),
            ));
        }
    }
}

/// Rule 6c of [`arithmetic`]: a figure, then in apposition the multiple it is of a second figure of
/// its unit ("96 tonnes of cherries, half as much again as the 80 tonnes of 2023", "USD 9 million,
/// three times the USD 3 million of 2022"): the first over the second is the multiple, within the
/// rounding of all three (a twentieth of a multiple in words).
fn multiple_between_figures(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    const LINK_WORDS: &[&str] = &[
        "as", "much", "many", "large", "big", "high", "the", "that", "of", "than",
    ];
    let quantities = &extraction.quantities;
    for (index, first) in quantities.iter().enumerate() {
        // The next figure of its unit: a multiple's own number ("three" of "three times", "half")
        // may stand between.
        let Some(second) = quantities[index + 1..]
            .iter()
            .take(3)
            .find(|q| q.unit == first.unit)
        else {
            continue;
        };
        if first.in_table
            || first.sentence != second.sentence
            || first.unit != second.unit
            || first.unit == "percent"
            || second.value <= 0.0
        {
            continue;
        }
        // "66 per 1,000 live births": the base of a rate is no figure of its own.
        let before_first = lower_words(clamped(text, first.start.saturating_sub(12), first.start));
        if before_first
            .last()
            .is_some_and(|w| matches!(w.as_str(), "per" | "every"))
        {
            continue;
        }
        let between = &text[first.end..second.start];
        // ASCII lower case keeps every byte where it was, so offsets read here hold in `text`.
        let lowered = between.to_ascii_lowercase();
        let Some(comma) = lowered.find(", ") else {
            continue;
        };
        // Up to six words of the first figure's own phrase before the comma.
        if lowered[..comma].split_whitespace().count() > 6 || lowered[..comma].contains([';', '.'])
        {
            continue;
        }
        let phrase = &lowered[comma + 2..];
        let (stated, written, rest) = if let Some(rest) =
            ["half as much again", "half as many again", "half again"]
                .iter()
                .find_map(|w| phrase.strip_prefix(w))
        {
            (1.5, "half as much again".to_string(), rest)
        } else if let Some(rest) = phrase.strip_prefix("twice") {
            (2.0, "twice".to_string(), rest)
        } else if let Some(at) = phrase.find(" times") {
            let absolute = first.end + comma + 2 + at;
            let Some((value, start, written)) = multiple_ending_at(text, absolute) else {
                continue;
            };
            if start != first.end + comma + 2 {
                continue;
            }
            (value, written, &phrase[at + " times".len()..])
        } else {
            continue;
        };
        // The words that join the multiple to its base end with "as", "than", "the", "of" or "that"
        // ("twice the 33", "half as much again as the 80"), not with a span of time ("twice in the 8
        // weeks").
        let link = lower_words(rest);
        if link.is_empty()
            || link.len() > 5
            || !link.iter().all(|w| LINK_WORDS.contains(&w.as_str()))
        {
            continue;
        }
        let in_words = !written.chars().any(|c| c.is_ascii_digit());
        let slack = if in_words {
            stated * 0.05
        } else {
            decimal_step(&written) / 2.0 + 1e-9
        };
        let low = (first.value - tolerance(first)) / (second.value + tolerance(second));
        let high = (first.value + tolerance(first)) / (second.value - tolerance(second)).max(1e-9);
        if stated < low - slack || stated > high + slack {
            findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (first.start, second.end),
                vec![first.value, second.value, stated],
                vec![
                    extraction.claim(text, first),
                    extraction.claim(text, second),
                ],
                format!(
                    "`{}` is {:.2} times `{}`, not `{written}`",
                    &text[first.start..first.end],
                    first.value / second.value,
                    &text[second.start..second.end]
                ),
            ));
        }
    }
}

/// **Statements about one row of a table**, in a sentence that names the row (its label as words, in
/// any case) and no other row of that table:
///
/// 1. A change whose one end is the row's figure for a period and whose other end is not the row's
///    figure for the next period ("pomegranates … jumped from 36 to 85 trucks" beside a row of 36 and
///    58): `text_vs_table`, on the end that differs, when it lies within three times the cell.
/// 2. A percentage change stated without its ends ("gained Rs 600/- a maund, a rise of about 12
///    percent") against the row's two periods (6,800 and 7,400: 8.8 percent): `arithmetic`, with the
///    tolerance of the stated figure's rounding and hedge.
pub fn row_statements(text: &str, extraction: &Extraction) -> Vec<Finding> {
    let mut findings = Vec::new();
    let mut rows: Vec<(usize, usize)> = Vec::new();
    let mut names: Vec<&str> = Vec::new();
    for (t, table) in extraction.tables.iter().enumerate() {
        for (r, row) in table.rows.iter().enumerate() {
            let Some(label) = row.first() else {
                continue;
            };
            let name = row_name(&label.text);
            let lowered = name.to_lowercase();
            // A label that is an ordinary word of prose ("Other", "All") is no name.
            if name.len() < 3
                || lowered.starts_with("total")
                || GENERIC_LABELS.contains(&lowered.as_str())
                || period_of_label(&label.text).is_some()
            {
                continue;
            }
            rows.push((t, r));
            names.push(name);
        }
    }
    if names.is_empty() {
        return findings;
    }
    let Ok(matcher) = aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(&names)
    else {
        return findings;
    };
    let mut table_lines: Vec<(usize, usize)> = extraction
        .tables
        .iter()
        .flat_map(|t| t.line_spans())
        .collect();
    table_lines.sort_unstable();
    let in_table_line = |at: usize| {
        let after = table_lines.partition_point(|(start, _)| *start <= at);
        after > 0 && at < table_lines[after - 1].1
    };
    // The rows each sentence names, by table.
    let mut named: BTreeMap<(usize, usize), Vec<usize>> = BTreeMap::new();
    for found in matcher.find_overlapping_iter(text) {
        let (start, end) = (found.start(), found.end());
        let bounded = !text[..start].ends_with(char::is_alphanumeric)
            && !text[end..].starts_with(char::is_alphanumeric);
        if !bounded || in_table_line(start) {
            continue;
        }
        let sentence = extraction
            .sentences
            .partition_point(|(s, _)| *s <= start)
            .saturating_sub(1);
        let (t, r) = rows[found.pattern().as_usize()];
        let list = named.entry((sentence, t)).or_default();
        if !list.contains(&r) {
            list.push(r);
        }
    }
    // The changes of each sentence, found by halving: changes are in order of position.
    let changes_in = |sentence: usize| {
        let changes = &extraction.changes;
        let first = changes.partition_point(|c| extraction.quantities[c.from].sentence < sentence);
        changes[first..]
            .iter()
            .take_while(move |c| extraction.quantities[c.from].sentence == sentence)
    };
    for ((sentence, t), named_rows) in named {
        let [r] = named_rows[..] else {
            continue;
        };
        let table = &extraction.tables[t];
        let row = &table.rows[r];
        // The row's figures for its periods, in order: columns whose headers name a period (a year, a
        // fiscal year, a month, a quarter or half, a week), in one unit, none a change or a share.
        let periods: Vec<(usize, f64)> = (1..table.header.len())
            .filter(|c| {
                let header = &table.header[*c].text;
                !is_change(header) && header_scale(header).1 != "percent" && names_a_period(header)
            })
            .filter_map(|c| {
                Some((
                    c,
                    row.get(c)?.value? * header_scale(&table.header[c].text).0,
                ))
            })
            .collect();
        let one_unit = periods.windows(2).all(|pair| {
            header_scale(&table.header[pair[0].0].text)
                == header_scale(&table.header[pair[1].0].text)
        });
        if periods.len() < 2 || !one_unit {
            continue;
        }
        // A sentence that names a year none of the columns names speaks of another period too.
        let period_years: Vec<i32> = periods
            .iter()
            .flat_map(|(c, _)| years_and_fiscal_years_in(&table.header[*c].text))
            .collect();
        let sentence_years = years_and_fiscal_years_in(sentence_text(text, extraction, sentence));
        if sentence_years.iter().any(|y| !period_years.contains(y)) {
            continue;
        }
        let in_row = |q: &Quantity| periods.iter().any(|(_, v)| agrees(q, *v));
        let near = |q: &Quantity, v: f64| q.value <= v.abs() * 3.0 && q.value * 3.0 >= v.abs();
        // Rule 1: a change whose one end is the row's.
        for change in changes_in(sentence) {
            let (from, to) = (
                &extraction.quantities[change.from],
                &extraction.quantities[change.to],
            );
            if from.unit != "count" && !matches!(from.unit, "USD" | "PKR" | "AFN")
                || from.unit != to.unit
            {
                continue;
            }
            for pair in periods.windows(2) {
                let ((first_column, first), (second_column, second)) = (pair[0], pair[1]);
                let differs = if agrees(from, first) && !in_row(to) && near(to, second) {
                    Some((to, second_column))
                } else if agrees(to, second) && !in_row(from) && near(from, first) {
                    Some((from, first_column))
                } else {
                    None
                };
                let Some((stated, column)) = differs else {
                    continue;
                };
                findings.push(Finding::new(
                    text,
                    CheckKind::TextVsTable,
                    (stated.start, stated.end),
                    vec![
                        stated.value,
                        if column == first_column {
                            first
                        } else {
                            second
                        },
                    ],
                    vec![extraction.claim(text, stated)],
                    format!(
                        "the text gives `{}` for {} in `{}` but the table gives `{}`",
                        &text[stated.start..stated.end],
                        row[0].text,
                        table.header[column].text,
                        row[column].text
                    ),
                ));
                break;
            }
        }
        // Rule 2: a percentage change without its ends, against a row of two periods, when the
        // sentence also states the row's difference ("gained Rs 600/- a maund, a rise of about 12
        // percent"): that difference ties the percentage to the row.
        let [(first_column, first), (second_column, second)] = periods[..] else {
            continue;
        };
        if first == 0.0 || changes_in(sentence).next().is_some() {
            continue;
        }
        let difference = second - first;
        let Some(stated_difference) = extraction
            .in_sentence(sentence)
            .map(|i| &extraction.quantities[i])
            .find(|q| q.unit != "percent" && !q.in_table && agrees(q, difference.abs()))
        else {
            continue;
        };
        let (sentence_start, _) = extraction.sentences[sentence];
        // The percentage in the difference's own clause: "…, and the Chaman route fell by 3.8
        // percent" is another row's.
        let one_clause = |q: &Quantity| {
            let (a, b) = if q.start < stated_difference.start {
                (q.end, stated_difference.start)
            } else {
                (stated_difference.end, q.start)
            };
            let between = clamped(text, a, b).to_lowercase();
            ![";", ", and ", ", but ", " while ", " whereas "]
                .iter()
                .any(|w| between.contains(w))
        };
        for stated in extraction
            .in_sentence(sentence)
            .map(|i| &extraction.quantities[i])
            .filter(|q| q.unit == "percent" && !q.in_table && one_clause(q))
        {
            // The words around the percentage say it is a change, and which way.
            let before = lower_words(clamped(
                text,
                sentence_start.max(stated.start.saturating_sub(30)),
                stated.start,
            ));
            let after = lower_words(clamped(text, stated.end, stated.end + 16));
            let said = before
                .iter()
                .rev()
                .take(4)
                .chain(after.iter().take(2))
                .find_map(|w| match w.as_str() {
                    "rise" | "increase" | "gain" | "jump" | "growth" | "higher" | "more" => {
                        Some(Direction::Up)
                    }
                    "fall" | "decrease" | "drop" | "decline" | "lower" | "less" => {
                        Some(Direction::Down)
                    }
                    word => direction_of(word),
                });
            let Some(said) = said else {
                continue;
            };
            let computed = difference / first * 100.0;
            // A change the other way is the direction check's to report.
            if (computed < 0.0) != (said == Direction::Down) {
                continue;
            }
            let rounding = |column: usize| decimal_step(&row[column].text) / 2.0;
            let candidates = [
                (second - rounding(second_column) - (first + rounding(first_column)))
                    / (first + rounding(first_column))
                    * 100.0,
                (second + rounding(second_column) - (first - rounding(first_column)))
                    / (first - rounding(first_column))
                    * 100.0,
                computed,
            ];
            let reconciles = candidates
                .iter()
                .any(|c| (c.abs() - stated.value).abs() <= tolerance(stated));
            if !reconciles {
                findings.push(Finding::new(
                    text,
                    CheckKind::Arithmetic,
                    (stated.start, stated.end),
                    vec![first, second, stated.value],
                    vec![extraction.claim(text, stated)],
                    format!(
                        "{} went from `{}` to `{}` in the table, a change of {:.1} percent, not `{}`",
                        row[0].text,
                        row[first_column].text,
                        row[second_column].text,
                        computed,
                        &text[stated.start..stated.end]
                    ),
                ));
            }
        }
    }
    findings
}

/// The answers of a survey's questions, which each question's table repeats.
const ANSWER_LABELS: &[&str] = &[
    "yes",
    "no",
    "don't know",
    "don\u{2019}t know",
    "dont know",
    "not sure",
    "no answer",
    "refused",
    "agree",
    "disagree",
    "strongly agree",
    "strongly disagree",
    "neither",
    "better",
    "worse",
    "the same",
];

/// Row labels that are ordinary words of prose: a sentence that says one does not name the row.
const GENERIC_LABELS: &[&str] = &[
    "other",
    "others",
    "rest",
    "all",
    "unknown",
    "misc",
    "miscellaneous",
    "none",
    "some",
    "none of these",
];

/// Whether a column header names a period: a year, a fiscal year, a month, a quarter or half, a week.
fn names_a_period(header: &str) -> bool {
    if !years_and_fiscal_years_in(header).is_empty() {
        return true;
    }
    lower_words(header).iter().any(|w| {
        dyad_text::claims::month_number(w).is_some()
            || matches!(w.as_str(), "week" | "month" | "quarter" | "year")
            || compact_part_of_year(w)
            || ["q", "h"].iter().any(|p| {
                w.strip_prefix(p)
                    .is_some_and(|rest| matches!(rest, "1" | "2" | "3" | "4"))
            })
    })
}

/// Rule 9e of [`arithmetic`]: a list of labelled counts whose last item is their whole by its label
/// ("- Pakistani members: 34", "- Afghan members: 9", "- All members: 48"): the label opens on "All",
/// "Total" or "Both" and ends on the noun every other label ends on, and the others add up to it.
fn labelled_list_total(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for run in list_runs(text) {
        // Each item: its label's words and its one figure.
        let items: Vec<Option<(Vec<String>, &Quantity)>> = run
            .iter()
            .map(|&(start, end)| {
                let line = &text[start..end];
                let (label, _) = line.split_once(':')?;
                let colon = start + label.len();
                let first = extraction.quantities.partition_point(|q| q.start < colon);
                let figures: Vec<&Quantity> = extraction.quantities[first..]
                    .iter()
                    .take_while(|q| q.start < end)
                    .filter(|q| q.unit == "count")
                    .collect();
                let [figure] = figures.as_slice() else {
                    return None;
                };
                Some((lower_words(label), *figure))
            })
            .collect();
        let Some(Some((total_label, total))) = items.last() else {
            continue;
        };
        let others: Vec<&(Vec<String>, &Quantity)> =
            items[..items.len() - 1].iter().flatten().collect();
        let noun = total_label.last();
        if others.len() < 2
            || others.len() + 1 != items.len()
            || !matches!(
                total_label.first().map(String::as_str),
                Some("all" | "total" | "both")
            )
            || others
                .iter()
                .any(|(label, _)| label.last() != noun || label.len() < 2)
        {
            continue;
        }
        let sum: f64 = others.iter().map(|(_, q)| q.value).sum();
        let allowed = others.iter().map(|(_, q)| tolerance(q)).sum::<f64>() + tolerance(total);
        if (sum - total.value).abs() > allowed {
            findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (total.start, total.end),
                others
                    .iter()
                    .map(|(_, q)| q.value)
                    .chain([total.value])
                    .collect(),
                Vec::new(),
                format!(
                    "the items above add up to {sum}, not `{}`",
                    &text[total.start..total.end]
                ),
            ));
        }
    }
}

/// The runs of list items ("- …", "* …", "1. …") of a text: each item's byte span, in order.
fn list_runs(text: &str) -> Vec<Vec<(usize, usize)>> {
    let mut runs: Vec<Vec<(usize, usize)>> = Vec::new();
    let mut current: Vec<(usize, usize)> = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.trim_start();
        let numbered = content.chars().take_while(char::is_ascii_digit).count();
        let is_item = content.starts_with("- ")
            || content.starts_with("* ")
            || numbered > 0 && content[numbered..].starts_with(". ");
        // Only the top level of a list: an indented item is a part of the one above it.
        let indented = line.len() != content.len();
        if is_item && !indented {
            current.push((start, start + line.trim_end().len()));
        } else if !(current.is_empty() || is_item && indented) {
            runs.push(std::mem::take(&mut current));
        }
        start += line.len();
    }
    if !current.is_empty() {
        runs.push(current);
    }
    runs
}

/// The share of a whole given in brackets right after a figure, alone in them, perhaps after a unit of
/// a few words: "Rs 8.0 million (25%)", "Rs 3.00 per share (30 percent)". "(85% of capacity)" is a
/// rate of its own, not a share.
fn bracketed_share<'e>(
    text: &str,
    extraction: &'e Extraction,
    quantity: &Quantity,
) -> Option<&'e Quantity> {
    if quantity.unit == "percent" {
        return None;
    }
    let quantities = &extraction.quantities;
    let share = quantities.get(quantities.partition_point(|q| q.start < quantity.end))?;
    let between = clamped(text, quantity.end, share.start).trim_end();
    let unit = between.strip_suffix('(')?;
    let plain_unit = unit.split_whitespace().count() <= 3
        && !unit.contains(|c: char| c.is_ascii_digit() || ",;.()".contains(c));
    (share.unit == "percent" && plain_unit && text[share.end..].starts_with(')')).then_some(share)
}

/// Rule 9 of [`arithmetic`]: shares of a whole given item by item in a list, and a list's items said
/// to add up to a figure.
fn list_sums(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let quantities = &extraction.quantities;
    let in_span = |(start, end): (usize, usize)| -> Vec<&Quantity> {
        let first = quantities.partition_point(|q| q.start < start);
        quantities[first..]
            .iter()
            .take_while(|q| q.end <= end)
            .filter(|q| !q.in_table)
            .collect()
    };
    for run in list_runs(text) {
        if run.len() < 2 {
            continue;
        }
        let items: Vec<Vec<&Quantity>> = run.iter().map(|&span| in_span(span)).collect();
        // Shares: every item one amount and one percentage in brackets right after it.
        let shared: Option<Vec<(&Quantity, &Quantity)>> = items
            .iter()
            .map(|item| {
                item.iter()
                    .find_map(|q| Some((*q, bracketed_share(text, extraction, q)?)))
            })
            .collect();
        if let Some(shared) = shared {
            let sum: f64 = shared.iter().map(|(_, s)| s.value).sum();
            let allowed: f64 = shared.iter().map(|(_, s)| tolerance(s)).sum();
            let one_unit = shared.iter().all(|(a, _)| a.unit == shared[0].0.unit);
            if sum > 100.0 + allowed && one_unit {
                let whole: f64 = shared.iter().map(|(a, _)| a.value).sum();
                // The items whose share is not their amount's part of the whole.
                let off: Vec<&(&Quantity, &Quantity)> = shared
                    .iter()
                    .filter(|(a, s)| (a.value / whole * 100.0 - s.value).abs() > tolerance(s) + 0.5)
                    .collect();
                let (start, end) = match off.as_slice() {
                    [(a, s)] => (a.start, s.end),
                    _ => (run[0].0, run[run.len() - 1].1),
                };
                findings.push(Finding::new(
                    text,
                    CheckKind::Arithmetic,
                    (start, end),
                    shared.iter().map(|(_, s)| s.value).collect(),
                    Vec::new(),
                    format!("the list's shares add up to {sum} percent"),
                ));
            }
        }
        // Shares: three or more items, each a short label and one percentage alone ("- Crowns:
        // 15%"), read as Rule 4 reads three shares in a sentence: unless the list speaks of change,
        // or the lines before it say an answer could be given more than once.
        let labelled: Option<Vec<&Quantity>> = run
            .iter()
            .zip(&items)
            .map(|(&(start, _), item)| {
                let [share] = item.as_slice() else {
                    return None;
                };
                let label = clamped(text, start, share.start)
                    .trim_start_matches(['-', '*', ' '])
                    .trim_end()
                    .strip_suffix(':')?;
                let words = lower_words(label);
                let plain = (1..=5).contains(&words.len())
                    && !label.contains(|c: char| c.is_ascii_digit())
                    && !words.iter().any(|w| {
                        direction_of(w).is_some()
                            || ["change", "more", "less", "than"].contains(&w.as_str())
                    });
                let alone = clamped(
                    text,
                    share.end,
                    start + text[start..].find('\n').unwrap_or(text.len() - start),
                )
                .trim()
                .is_empty();
                (share.unit == "percent" && share.hedge == Hedge::None && plain && alone)
                    .then_some(*share)
            })
            .collect();
        let (run_start, _) = run[0];
        let lead = clamped(text, run_start.saturating_sub(300), run_start).to_lowercase();
        let several_answers = [
            "more than one",
            "several answers",
            "multiple",
            "could choose",
            "could name",
            "could pick",
            // Rates of their own, one for each place or group.
            "rate",
            "each",
            "by province",
            "by district",
            "by region",
            "by city",
            "coverage",
            "turnout",
            "literacy",
            "enrol",
        ]
        .iter()
        .any(|w| lead.contains(w));
        // The lead must say the items split one whole: what was made, sold or sent, by kind.
        let splits_a_whole = [
            "by kind",
            "by type",
            "by product",
            "by destination",
            "by source",
            "breakdown",
            "split",
            "share",
            "mix",
            "made",
            "woven",
            "produced",
            "built",
            "sold",
            "exported",
            "imported",
            "shipped",
            "bought",
            "sent",
            "delivered",
            "treated",
            "of which",
            "consist",
            "composition",
            "went to",
            "came from",
            // What was or will be spent, by head.
            "spend",
            "spent",
            "outlay",
            "of the money",
        ]
        .iter()
        .any(|w| lead.contains(w));
        if let Some(shares) =
            labelled.filter(|s| s.len() >= 3 && !several_answers && splits_a_whole)
        {
            let sum: f64 = shares.iter().map(|q| q.value).sum();
            let allowed: f64 = shares.iter().map(|q| tolerance(q)).sum();
            if sum > 100.0 + allowed {
                findings.push(Finding::new(
                    text,
                    CheckKind::Arithmetic,
                    (shares[0].start, shares[shares.len() - 1].end),
                    shares.iter().map(|q| q.value).collect(),
                    Vec::new(),
                    format!("the list's shares add up to {sum} percent"),
                ));
            }
        }
        // "The four items add up to Rs 2,500 million": the sentence right after the list.
        let (_, run_end) = run[run.len() - 1];
        let after = clamped(text, run_end, (run_end + 400).min(text.len()));
        let Some(said_at) = ["add up to", "adds up to", "sum to"]
            .iter()
            .filter_map(|w| after.find(w).map(|at| (at, w.len())))
            .min()
        else {
            continue;
        };
        // In the first sentence after the list, which names the list's items.
        let lead = after.len() - after.trim_start().len();
        let first_sentence_end = after[lead..]
            .find(". ")
            .or_else(|| after[lead..].find(".\n"))
            .map_or(after.len(), |at| lead + at);
        let sentence_before = after[..said_at.0].to_lowercase();
        let words_before = lower_words(&sentence_before);
        if said_at.0 > first_sentence_end
            || ![
                "items",
                "uses",
                "heads",
                "components",
                "parts",
                "lines",
                "these",
            ]
            .iter()
            .any(|w| words_before.iter().any(|x| x == w))
        {
            continue;
        }
        let said_from = run_end + said_at.0 + said_at.1;
        let Some(total) = quantities
            .iter()
            .find(|q| q.start >= said_from && q.start <= said_from + 40)
        else {
            continue;
        };
        let parts: Option<Vec<&Quantity>> = items
            .iter()
            .map(|item| {
                let mut same = item.iter().filter(|q| q.unit == total.unit);
                let first = same.next()?;
                same.next().is_none().then_some(*first)
            })
            .collect();
        let Some(parts) = parts else {
            continue;
        };
        let sum: f64 = parts.iter().map(|q| q.value).sum();
        let allowed = parts.iter().map(|q| tolerance(q)).sum::<f64>() + tolerance(total);
        if (sum - total.value).abs() > allowed {
            findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (parts[0].start, total.end),
                parts.iter().map(|q| q.value).chain([total.value]).collect(),
                Vec::new(),
                format!(
                    "the list's items add up to {sum}, not `{}`",
                    &text[total.start..total.end]
                ),
            ));
        }
    }
}

/// The finding of parts whose sum misses their whole: two parts written alike are one figure given to
/// both (number reuse); otherwise the sum is wrong (arithmetic).
fn parts_miss_their_whole(
    text: &str,
    extraction: &Extraction,
    whole: &Quantity,
    parts: &[&Quantity],
) -> Finding {
    let twice = parts.iter().enumerate().find_map(|(at, first)| {
        parts[at + 1..]
            .iter()
            .find(|second| text[first.start..first.end] == text[second.start..second.end])
            .map(|second| (*first, *second))
    });
    if let Some((first, second)) = twice {
        return reused(
            text,
            extraction,
            (first, second),
            ("one part", "another part of the same whole"),
        );
    }
    let sum: f64 = parts.iter().map(|q| q.value).sum();
    let last = parts[parts.len() - 1];
    Finding::new(
        text,
        CheckKind::Arithmetic,
        (whole.start, last.end),
        parts.iter().map(|q| q.value).chain([whole.value]).collect(),
        Vec::new(),
        format!(
            "the parts after `{}` add up to {sum}",
            &text[whole.start..whole.end]
        ),
    )
}

/// Rule 9b of [`arithmetic`]: a count of things and, after it in its sentence, the ways they went, each
/// a verb in "-ing" with a bare figure whose noun is the count's ("fought 64 bouts in 2025, winning 38,
/// losing 23 and drawing 7"): the figures are the whole's parts and add up to it. A figure with a noun
/// of its own ("training 40 teachers") counts something else.
fn outcomes_of_a_whole(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let quantities = &extraction.quantities;
    for (sentence, _) in extraction.sentences.iter().enumerate() {
        let indices: Vec<usize> = extraction.in_sentence(sentence).collect();
        for (position, &whole_index) in indices.iter().enumerate() {
            let whole = &quantities[whole_index];
            if whole.in_table || whole.unit != "count" || counted_head(text, whole).is_none() {
                continue;
            }
            // The parts: each right after a word in "-ing", with nothing after it but a comma, "and"
            // or the sentence's end, and nothing between two of them but ", ", " and " or ", and ".
            let mut parts: Vec<&Quantity> = Vec::new();
            for &index in &indices[position + 1..] {
                let part = &quantities[index];
                let lead = clamped(text, part.start.saturating_sub(20), part.start);
                let verb = lead.trim_end().rsplit(' ').next().unwrap_or("");
                let after = clamped(text, part.end, (part.end + 6).min(text.len()));
                let bare = after.is_empty()
                    || after.starts_with([',', '.', ';'])
                    || after.starts_with(" and ");
                let joined = match parts.last() {
                    None => clamped(text, whole.end, part.start).contains(", "),
                    Some(previous) => {
                        let between = clamped(text, previous.end, part.start);
                        let link = between.trim().trim_end_matches(verb).trim();
                        matches!(link, "," | "and" | ", and")
                    }
                };
                if part.unit != "count"
                    || !verb.ends_with("ing")
                    || verb.len() < 5
                    || !bare
                    || !joined
                {
                    break;
                }
                parts.push(part);
            }
            if parts.len() < 2 {
                continue;
            }
            let sum: f64 = parts.iter().map(|q| q.value).sum();
            let allowed = parts.iter().map(|q| tolerance(q)).sum::<f64>() + tolerance(whole);
            if (sum - whole.value).abs() <= allowed {
                continue;
            }
            findings.push(parts_miss_their_whole(text, extraction, whole, &parts));
        }
    }
}

/// Rule 9d of [`arithmetic`]: a share of a whole sample, then after a colon in its sentence the same
/// share in each of two or more places ("29% say their household was hit: 34% in Khyber Pakhtunkhwa
/// and 17% in Balochistan"). The whole's share is a weighted mean of its places', so it lies between
/// the least and the greatest of them when the places are the whole sample. The places listed may not be
/// all of it, so a share outside them is reported only when the same share stands in one of the three
/// sentences before: it was carried from there (number reuse).
fn share_outside_its_places(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let shares: Vec<(usize, &Quantity)> = extraction
        .quantities
        .iter()
        .enumerate()
        .filter(|(_, q)| !q.in_table && q.unit == "percent")
        .collect();
    for (position, &(index, whole)) in shares.iter().enumerate() {
        let (_, sentence_end) = extraction.sentences[whole.sentence];
        // The colon comes after the whole, with no figure between.
        let next_start = extraction
            .quantities
            .get(index + 1)
            .map_or(sentence_end, |q| q.start.min(sentence_end));
        let Some(colon) = clamped(text, whole.end, next_start).find(':') else {
            continue;
        };
        let list_end = clamped(text, whole.end + colon, sentence_end)
            .find(';')
            .map_or(sentence_end, |at| whole.end + colon + at);
        let parts: Vec<&Quantity> = shares[position + 1..]
            .iter()
            .map(|(_, q)| *q)
            .take_while(|q| q.sentence == whole.sentence && q.end <= list_end)
            .collect();
        // Each part is said of a place: "34% in Khyber Pakhtunkhwa".
        let places: Vec<Option<&str>> = parts
            .iter()
            .map(|q| {
                let rest = clamped(text, q.end, list_end).trim_start();
                let rest = ["in ", "among ", "for "]
                    .iter()
                    .find_map(|p| rest.strip_prefix(p))?;
                let place = rest.split([' ', ',', '.', ';']).next()?;
                let place = place.trim_end_matches("'s").trim_end_matches("’s");
                place
                    .starts_with(|c: char| c.is_uppercase())
                    .then_some(place)
            })
            .collect();
        if parts.len() < 2
            || places.iter().any(Option::is_none)
            || places.iter().collect::<HashSet<_>>().len() != places.len()
        {
            continue;
        }
        let low = parts.iter().map(|q| q.value).fold(f64::INFINITY, f64::min);
        let high = parts
            .iter()
            .map(|q| q.value)
            .fold(f64::NEG_INFINITY, f64::max);
        let sum: f64 = parts.iter().map(|q| q.value).sum();
        let slack = parts.iter().map(|q| tolerance(q)).fold(0.0, f64::max) + tolerance(whole);
        if (low - slack..=high + slack).contains(&whole.value) || (sum - whole.value).abs() <= slack
        {
            continue;
        }
        let carried = shares[..position].iter().rev().find(|(_, q)| {
            q.sentence + 3 >= whole.sentence
                && q.sentence < whole.sentence
                && q.value == whole.value
                && q.precision == whole.precision
        });
        // Only a share carried from another: the places listed may not be all the sample's, and the
        // whole may then lie outside them ("12% …: 31% in Khyber Pakhtunkhwa and 24% in
        // Balochistan", with Punjab and Sindh left out).
        if let Some((_, earlier)) = carried {
            findings.push(reused(
                text,
                extraction,
                (earlier, whole),
                (
                    "an earlier share",
                    "a share its places' shares do not bear out",
                ),
            ));
        }
    }
}

/// Rule 9c of [`arithmetic`]: a count of things, then after a colon in its sentence the parts it falls
/// into, each a bare figure with a place or a noun of its own ("230 sets to Afghan farmers: 110 for
/// farms in Nangarhar, 60 in Kunar and 40 in Laghman"): the parts add up to the whole. A list that
/// picks some out ("including", "the largest") or says what each part did ("12 had clinics") is no
/// partition.
fn parts_after_a_colon(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    const PLACES: &[&str] = &[
        "in", "for", "at", "to", "from", "on", "by", "via", "through", "into",
    ];
    const PICKS: &[&str] = &[
        "including",
        "include",
        "includes",
        "such",
        "among",
        "which",
        "rest",
        "others",
        "other",
        "mostly",
        "mainly",
        "chiefly",
        "largest",
        "biggest",
        "top",
        "most",
        "least",
        "each",
        "per",
        "every",
        "day",
        "week",
        "month",
    ];
    let quantities = &extraction.quantities;
    for (sentence, &(_, sentence_end)) in extraction.sentences.iter().enumerate() {
        let indices: Vec<usize> = extraction.in_sentence(sentence).collect();
        for (position, &whole_index) in indices.iter().enumerate() {
            let whole = &quantities[whole_index];
            if whole.in_table || whole.unit != "count" || counted_head(text, whole).is_none() {
                continue;
            }
            let rest = clamped(text, whole.end, sentence_end);
            let Some(colon) = rest.find(':') else {
                continue;
            };
            let lead = &rest[..colon];
            if lead.contains(|c: char| c.is_ascii_digit() || c == ';')
                || lead.split_whitespace().count() > 10
            {
                continue;
            }
            let after_colon = whole.end + colon + 1;
            // The counts after the colon, up to a figure of another unit ("…, at an average of Rs
            // 950,000 a set").
            let parts: Vec<&Quantity> = indices[position + 1..]
                .iter()
                .map(|&i| &quantities[i])
                .take_while(|q| q.unit == "count")
                .collect();
            if parts.len() < 2
                || parts.iter().any(|q| q.in_table || q.start < after_colon)
                || !clamped(text, after_colon, parts[0].start).trim().is_empty()
            {
                continue;
            }
            let last = parts[parts.len() - 1];
            // The list ends at the last part's clause.
            let list_end = clamped(text, last.end, sentence_end)
                .find([',', ';'])
                .map_or(sentence_end, |at| last.end + at);
            let listed = clamped(text, after_colon, list_end);
            if !years_in(listed).is_empty()
                || lower_words(listed)
                    .iter()
                    .chain(lower_words(lead).iter())
                    .any(|w| PICKS.contains(&w.as_str()))
            {
                continue;
            }
            // Each part: a place right after it, or a noun and then a place, a comma or the end.
            let placed = |q: &Quantity| {
                let words = lower_words(clamped(text, q.end, (q.end + 40).min(sentence_end)));
                let tail = clamped(text, q.end, (q.end + 40).min(sentence_end));
                match words.as_slice() {
                    [] => true,
                    [first, ..] if PLACES.contains(&first.as_str()) => true,
                    [_] => true,
                    [_, second, ..] => {
                        PLACES.contains(&second.as_str())
                            || second == "and"
                            || tail
                                .trim_start()
                                .split_once(' ')
                                .is_some_and(|(noun, _)| noun.ends_with(','))
                    }
                }
            };
            // "12 people: 7 who work in the shop, and 7 who go out at night": each part says what its
            // members do in a clause of its own.
            // … that do not overlap ("as several speak both").
            let overlap = lower_words(clamped(text, whole.end, sentence_end))
                .iter()
                .any(|w| matches!(w.as_str(), "both" | "also" | "overlap"));
            let relative = !overlap
                && parts.iter().all(|q| {
                    lower_words(clamped(text, q.end, q.end + 8))
                        .first()
                        .is_some_and(|w| w == "who")
                });
            let (between_words, tail_words) = if relative { (14, 14) } else { (6, 6) };
            // Between two parts only a place or a noun and ", ", " and " or ", and".
            let joined = parts.windows(2).all(|pair| {
                let between = clamped(text, pair[0].end, pair[1].start);
                let trimmed = between.trim_end();
                (trimmed.ends_with(',') || trimmed.ends_with(" and"))
                    && between.split_whitespace().count() <= between_words
            });
            let tail = if relative {
                clamped(text, last.end, sentence_end)
            } else {
                clamped(text, last.end, list_end)
            };
            if !joined
                || !(relative || parts.iter().all(|q| placed(q)))
                || !clamped(text, parts[parts.len() - 2].end, last.start).contains(" and ")
                || tail.split_whitespace().count() > tail_words
            {
                continue;
            }
            let sum: f64 = parts.iter().map(|q| q.value).sum();
            let allowed = parts.iter().map(|q| tolerance(q)).sum::<f64>() + tolerance(whole);
            // Parts that count another thing ("1,200 families: 7,400 people in Nowshera …", "3
            // workshops: 40 participants …"), or one larger than the whole, do not split it.
            let other_noun = !relative
                && counted_head(text, parts[0])
                    .is_some_and(|noun| Some(&noun) != counted_head(text, whole).as_ref());
            let larger = parts.iter().any(|q| q.value > whole.value);
            // The whole given again as a part is the number reuse check's to report.
            if (sum - whole.value).abs() <= allowed
                || parts.iter().any(|q| q.value == whole.value)
                || other_noun
                || larger
            {
                continue;
            }
            findings.push(parts_miss_their_whole(text, extraction, whole, &parts));
        }
    }
}

/// The finding of a balance or total that is not what exports and imports make it.
fn flows_finding(
    text: &str,
    span: (usize, usize),
    (exports, imports, stated): (f64, f64, f64),
    expected: f64,
    what: &str,
) -> Finding {
    Finding::new(
        text,
        CheckKind::Arithmetic,
        span,
        vec![exports, imports, stated],
        Vec::new(),
        format!("{what} is not {expected} from exports {exports} and imports {imports}"),
    )
}

/// Whether a column's figures add up over periods: not a price, a rate per unit, an average, a
/// median, a peak or a share.
fn adds_up_over_time(header: &str) -> bool {
    let lowered = header.to_lowercase();
    let words = lower_words(&lowered);
    !lowered.contains('%')
        && !words.windows(2).any(|pair| {
            matches!(pair[0].as_str(), "a" | "per" | "each") && !matches!(pair[1].as_str(), "total")
        })
        && !words.iter().any(|w| {
            matches!(
                w.as_str(),
                "price"
                    | "prices"
                    | "rate"
                    | "rates"
                    | "average"
                    | "avg"
                    | "mean"
                    | "median"
                    | "busiest"
                    | "peak"
                    | "maximum"
                    | "max"
                    | "minimum"
                    | "min"
                    | "share"
                    | "percent"
                    | "wait"
                    | "highest"
                    | "lowest"
            )
        })
}

/// Whether the last row of a table sums the rows above it by its label: "Total …", a year under rows
/// that are each part of it ("Year" under "Jan–Mar", "Apr–Jun" …), or a count of the rows above by
/// their period ("four weeks" under four rows).
fn sums_rows_above(label: &str, table: &Table, row_index: usize) -> bool {
    let lowered = label.trim().to_lowercase();
    if lowered.starts_with("total") {
        return true;
    }
    if row_index + 1 != table.rows.len() || row_index < 2 {
        return false;
    }
    let above = &table.rows[..row_index];
    let parts_of_a_year = above.iter().all(|row| {
        row.first().is_some_and(|l| {
            dyad_text::claims::part_of_year_label(&l.text).is_some_and(|part| part.months < 12)
        })
    });
    if matches!(
        lowered.as_str(),
        "year" | "full year" | "whole year" | "all year" | "the year"
    ) {
        return parts_of_a_year;
    }
    // "week" under the days of one week.
    let days_of_a_week = above.len() <= 7
        && above.iter().all(|row| {
            row.first().is_some_and(|l| {
                let day = l
                    .text
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .to_lowercase();
                ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
                    .iter()
                    .any(|d| day.starts_with(d))
            })
        });
    if matches!(lowered.as_str(), "week" | "the week" | "whole week") {
        return days_of_a_week;
    }
    match lowered.split_once(' ') {
        Some((count, "weeks" | "months" | "quarters" | "days")) => {
            let count = count
                .parse::<f64>()
                .ok()
                .or_else(|| dyad_text::claims::word_value(count));
            count == Some(row_index as f64)
        }
        _ => false,
    }
}

fn table_arithmetic(text: &str, table: &Table, says_rounded: bool, findings: &mut Vec<Finding>) {
    let n_columns = table.header.len();
    // Rule 1: total rows.
    let mut block_start = 0;
    for (row_index, row) in table.rows.iter().enumerate() {
        let is_total = row
            .first()
            .is_some_and(|c| sums_rows_above(&c.text, table, row_index));
        if !is_total {
            continue;
        }
        let block = &table.rows[block_start..row_index];
        block_start = row_index + 1;
        // Sub-totals: each is the sum of the rows since the last, and the total is the sum of the
        // sub-totals (or of the rows that are none).
        let is_subtotal = |row: &Vec<TableCell>| {
            row.first().is_some_and(|c| {
                let label = c.text.to_lowercase();
                label.starts_with("sub-total")
                    || label.starts_with("subtotal")
                    || label.starts_with("sub total")
            })
        };
        let has_subtotals = block.iter().any(is_subtotal);
        for (column, cell) in row.iter().enumerate().take(n_columns).skip(1) {
            let Some(total) = cell.value else {
                continue;
            };
            // Rates of change do not add up: a total's change is its own. Nor does a column that
            // adds up another as it goes ("Cum. %").
            if is_rate(&table.header[column].text) || running_sum(table, column) {
                continue;
            }
            // A period's row under its parts sums only what adds up over time: not a price, an
            // average, a median or a busiest day ("week 2,405" under a week's prices of a bag).
            let labelled_total = row
                .first()
                .is_some_and(|c| c.text.trim().to_lowercase().starts_with("total"));
            if !labelled_total && !adds_up_over_time(&table.header[column].text) {
                continue;
            }
            if has_subtotals {
                subtotals(
                    text,
                    table,
                    row_index - block.len(),
                    row_index,
                    column,
                    findings,
                );
                continue;
            }
            let parts: Option<Vec<f64>> = block
                .iter()
                .map(|r| r.get(column).and_then(|c| c.value))
                .collect();
            let Some(parts) = parts.filter(|p| p.len() >= 2) else {
                continue;
            };
            let sum: f64 = parts.iter().sum();
            let step = decimal_step(&cell.text);
            // Counts written whole, in a column of no scale or share ("Hours", "Trucks"), were not
            // rounded: they add up exactly.
            let whole_counts = {
                let header = &table.header[column].text;
                let (scale, unit) = header_scale(header);
                // Not a measure, which is rounded to its unit ("Tonnes"), nor a scale in short
                // ("(k)", "(Afs m)"), nor a table the text says was rounded.
                let measure = lower_words(header).iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "tonnes"
                            | "tonne"
                            | "tons"
                            | "ton"
                            | "kg"
                            | "kilograms"
                            | "kilos"
                            | "litres"
                            | "liters"
                            | "metres"
                            | "meters"
                            | "km"
                            | "acres"
                            | "hectares"
                            | "jeribs"
                            | "maunds"
                            | "k"
                            | "m"
                            | "mn"
                            | "bn"
                            | "lakh"
                            | "crore"
                            | "value"
                            | "usd"
                            | "afs"
                            | "rs"
                    )
                });
                scale == 1.0
                    && unit == "count"
                    && !measure
                    && !says_rounded
                    && !header.contains("000")
                    && !cell.text.contains('.')
                    && block
                        .iter()
                        .all(|r| r.get(column).is_some_and(|c| !c.text.contains('.')))
            };
            // Rounding errors of the parts and the total mostly cancel: each is at most half a step,
            // and their sum strays from zero like a random walk (its standard deviation is a step
            // times the square root of a twelfth of the figures). A step times the square root of
            // the figures is over three of those: a total further off is a slip, not rounding.
            let figures = parts.len() as f64 + 1.0;
            // A text that says its figures are rounded, or a column of shares, may miss by every
            // figure's half step.
            let header = table.header[column].text.to_lowercase();
            let shares =
                header.contains('%') || header.contains("share") || header.contains("percent");
            let slack = if whole_counts {
                0.5
            } else if says_rounded || shares {
                step * 0.5 * figures
            } else {
                step * (0.5 * figures).min(figures.sqrt())
            };
            if (sum - total).abs() > slack {
                let (start, end) = table.row_spans[row_index];
                findings.push(Finding::new(
                    text,
                    CheckKind::Arithmetic,
                    (start.min(cell.start), end),
                    vec![sum, total],
                    Vec::new(),
                    format!(
                        "the rows above add up to {sum}, not the total `{}` in column `{}`",
                        cell.text, table.header[column].text
                    ),
                ));
            }
        }
    }

    // Rule 1b: a "Total" column after two or more columns of one kind ("Rain (thousand)", "Sun
    // (thousand)", "Total"): each row's total is the sum of those columns. Flows of trade are rule
    // 2's.
    let total_column = table.header.iter().position(|h| {
        let lowered = h.text.trim().to_lowercase();
        lowered.starts_with("total") && !lowered.contains("trade")
    });
    let flows = table.header.iter().any(|h| {
        let lowered = h.text.to_lowercase();
        lowered.contains("export") || lowered.contains("import")
    });
    if let Some(total_column) = total_column.filter(|&c| c >= 3 && !flows) {
        let kinds: Vec<(f64, &str)> = table.header[1..total_column]
            .iter()
            .map(|h| header_scale(&h.text))
            .collect();
        let (total_scale, total_unit) = header_scale(&table.header[total_column].text);
        let one_kind = kinds.windows(2).all(|pair| pair[0] == pair[1])
            && kinds.first().is_some_and(|(scale, unit)| {
                *unit == total_unit && (total_scale == 1.0 || total_scale == *scale)
            })
            && (1..=total_column)
                .all(|c| !is_rate(&table.header[c].text) && !running_sum(table, c));
        if one_kind {
            for (row_index, row) in table.rows.iter().enumerate() {
                let parts: Option<Vec<f64>> = (1..total_column)
                    .map(|c| row.get(c).and_then(|cell| cell.value))
                    .collect();
                let (Some(parts), Some(cell)) = (parts, row.get(total_column)) else {
                    continue;
                };
                let Some(total) = cell.value else {
                    continue;
                };
                let sum: f64 = parts.iter().sum();
                let step = decimal_step(&cell.text);
                if (sum - total).abs() > step * 0.5 * (parts.len() as f64 + 1.0) {
                    let (start, end) = table.row_spans[row_index];
                    findings.push(Finding::new(
                        text,
                        CheckKind::Arithmetic,
                        (start, end),
                        vec![sum, total],
                        Vec::new(),
                        format!(
                            "the columns of this row add up to {sum}, not the total `{}` in column `{}`",
                            cell.text, table.header[total_column].text
                        ),
                    ));
                }
            }
        }
    }

    // Rule 2: balance and total trade columns.
    let column_of = |words: &[&str]| {
        table
            .header
            .iter()
            .position(|h| words.iter().any(|w| h.text.to_lowercase().contains(w)))
    };
    let exports = column_of(&["export"]);
    let imports = column_of(&["import"]);
    let balance = column_of(&["balance", "surplus"]);
    let total = column_of(&["total"]);
    if let (Some(exports), Some(imports)) = (exports, imports) {
        for (row_index, row) in table.rows.iter().enumerate() {
            let value = |column: usize| row.get(column).and_then(|c| c.value);
            let (Some(e), Some(i)) = (value(exports), value(imports)) else {
                continue;
            };
            let mut check = |column: Option<usize>, expected: f64, what: &str| {
                let Some(column) = column else { return };
                let Some(stated) = value(column) else { return };
                if (stated - expected).abs() > 1.0 {
                    let place = format!("`{}`", row[column].text);
                    findings.push(flows_finding(
                        text,
                        table.row_spans[row_index],
                        (e, i, stated),
                        expected,
                        &format!("{what} {place}"),
                    ));
                }
            };
            check(balance, e - i, "the balance");
            check(total, e + i, "the total");
        }
    }

    // Rule 2, turned: rows of exports, imports and a balance or total, a column per period.
    let row_of = |words: &[&str]| {
        table.rows.iter().position(|row| {
            row.first().is_some_and(|label| {
                let lowered = label.text.to_lowercase();
                words.iter().any(|w| lowered.contains(w))
            })
        })
    };
    let export_row = row_of(&["export"]);
    let import_row = row_of(&["import"]);
    if let (Some(exports), Some(imports)) = (export_row, import_row)
        && exports != imports
    {
        // A total is exports plus imports only in a table of those two flows (and their balance):
        // another row (transit trade, re-exports) may be part of it.
        let only_flows = table.rows.iter().all(|row| {
            row.first().is_some_and(|label| {
                let lowered = label.text.to_lowercase();
                ["export", "import", "balance", "surplus", "deficit", "total"]
                    .iter()
                    .any(|w| lowered.contains(w))
            })
        });
        let checks = [
            (row_of(&["balance", "surplus"]), "the balance", true),
            (
                row_of(&["total"]).filter(|_| only_flows),
                "the total",
                false,
            ),
        ];
        for (row_index, what, is_balance) in checks {
            let Some(row_index) = row_index.filter(|r| *r != exports && *r != imports) else {
                continue;
            };
            for column in (1..n_columns).filter(|c| !is_rate(&table.header[*c].text)) {
                let value = |row: usize| table.rows[row].get(column).and_then(|c| c.value);
                let (Some(e), Some(i), Some(stated)) =
                    (value(exports), value(imports), value(row_index))
                else {
                    continue;
                };
                let expected = if is_balance { e - i } else { e + i };
                if (stated - expected).abs() > 1.0 {
                    let cell = &table.rows[row_index][column];
                    findings.push(flows_finding(
                        text,
                        table.row_spans[row_index],
                        (e, i, stated),
                        expected,
                        &format!(
                            "{what} `{}` in column `{}`",
                            cell.text, table.header[column].text
                        ),
                    ));
                }
            }
        }
    }

    // Rule 4: a column of shares without a total row.
    let has_total = table.rows.iter().any(|r| {
        r.first()
            .is_some_and(|c| c.text.to_lowercase().starts_with("total"))
    });
    // Rule 5: a column of changes, across two period columns or down rows of periods.
    change_columns(text, table, findings);
    // Rule 6: an index column, "Index of exports (2019=100)", against the column it indexes.
    index_columns(text, table, findings);

    // Shares in rows of periods are each period's own ("coal, % of imports" by year): they make no whole.
    let rows_are_periods = table.rows.iter().all(|r| {
        r.first()
            .is_some_and(|c| !years_in(&c.text).is_empty() || part_of_year_label(&c.text).is_some())
    });
    if !has_total && !rows_are_periods {
        for column in 1..n_columns {
            let header = &table.header[column].text;
            // A cell above 100 is no share: the percent is another figure's of the header ("Trucks
            // a day at the crossings that carry 95% of the trade").
            let above_a_whole = table.rows.iter().any(|r| {
                r.get(column)
                    .and_then(|c| c.value)
                    .is_some_and(|v| v > 100.0)
            });
            if header_scale(header).1 != "percent"
                || is_change(header)
                || is_ratio(header)
                || ratio_of_columns(table, column)
                || running_sum(table, column)
                || above_a_whole
            {
                continue;
            }
            let values: Option<Vec<f64>> = table
                .rows
                .iter()
                .map(|r| r.get(column).and_then(|c| c.value))
                .collect();
            let Some(values) = values.filter(|v| v.len() >= 2) else {
                continue;
            };
            let sum: f64 = values.iter().sum();
            let step = table
                .rows
                .iter()
                .map(|r| decimal_step(&r[column].text))
                .fold(1.0, f64::min);
            if sum > 100.0 + step * 0.5 * values.len() as f64 {
                let start = table.row_spans[0].0;
                let end = table.row_spans[table.row_spans.len() - 1].1;
                findings.push(Finding::new(
                    text,
                    CheckKind::Arithmetic,
                    (start, end),
                    values,
                    Vec::new(),
                    format!(
                        "the shares in column `{}` add up to {sum} percent",
                        table.header[column].text
                    ),
                ));
            }
        }
    }
}

/// Whether a column adds up another as it goes down the rows ("Cum. %" beside "Percent"): its header
/// says so, or each cell is the one above it plus the other column's cell in its row.
fn running_sum(table: &Table, column: usize) -> bool {
    let header = table.header[column].text.to_lowercase();
    if header.starts_with("cum") || header.contains("cumulative") || header.contains("running") {
        return true;
    }
    let cell = |row: &Vec<TableCell>, at: usize| row.get(at).and_then(|c| c.value);
    (1..table.header.len())
        .filter(|other| *other != column)
        .any(|other| {
            // Each rounded part may carry half a step of rounding into the sum.
            let (mut sum, mut slack) = (0.0, 0.0);
            table.rows.len() >= 2
                && table.rows.iter().all(|row| {
                    let (Some(part), Some(running)) = (cell(row, other), cell(row, column)) else {
                        return false;
                    };
                    sum += part;
                    slack += decimal_step(&row[other].text) / 2.0;
                    (sum - running).abs() <= slack + decimal_step(&row[column].text) / 2.0 + 1e-9
                })
        })
}

/// Whether every row's cell of a percent column is, to its rounding, one of the row's other cells as a
/// percentage of another ("Achieved (%)" beside "Target" and "Achieved"): a rate of each row, not a
/// share of one whole.
fn ratio_of_columns(table: &Table, column: usize) -> bool {
    let mut pairs: Option<Vec<(usize, usize)>> = None;
    for row in &table.rows {
        let Some(cell) = row.get(column) else {
            return false;
        };
        let Some(stated) = cell.value else {
            return false;
        };
        let half_step = decimal_step(&cell.text) / 2.0 + 1e-9;
        let fits: Vec<(usize, usize)> = (1..row.len())
            .flat_map(|a| (1..row.len()).map(move |b| (a, b)))
            .filter(|&(a, b)| a != b && a != column && b != column)
            .filter(|&(a, b)| {
                let (Some(part), Some(whole)) = (row[a].value, row[b].value) else {
                    return false;
                };
                whole != 0.0 && (part / whole * 100.0 - stated).abs() <= half_step
            })
            .collect();
        pairs = Some(match pairs {
            None => fits,
            Some(kept) => kept.into_iter().filter(|p| fits.contains(p)).collect(),
        });
        if pairs.as_ref().is_some_and(Vec::is_empty) {
            return false;
        }
    }
    pairs.is_some_and(|p| !p.is_empty())
}

/// Checks a column headed "Index of X (YYYY=100)" in a table whose rows are years: each row's value of the
/// column that names X, over the base year's, times 100, allowing for the rounding of the cells.
fn index_columns(text: &str, table: &Table, findings: &mut Vec<Finding>) {
    for (column, header) in table.header.iter().enumerate() {
        let lowered = header.text.to_lowercase();
        let Some(rest) = lowered.split("index of").nth(1) else {
            continue;
        };
        let Some((measure, base)) = rest.split_once('(') else {
            continue;
        };
        let Some(base_year) = base
            .split_once("=100")
            .and_then(|(year, _)| year.trim().parse::<i32>().ok())
        else {
            continue;
        };
        let measure = measure.trim();
        let Some(of) = table.header.iter().position(|h| {
            let h = h.text.to_lowercase();
            !h.contains("index") && !measure.is_empty() && h.starts_with(measure)
        }) else {
            continue;
        };
        let year_of =
            |row: &Vec<TableCell>| row.first().and_then(|c| years_in(&c.text).first().copied());
        let Some(base_row) = table.rows.iter().find(|r| year_of(r) == Some(base_year)) else {
            continue;
        };
        let Some(base_value) = base_row.get(of).and_then(|c| c.value).filter(|v| *v > 0.0) else {
            continue;
        };
        let base_step = decimal_step(&base_row[of].text);
        for (row_index, row) in table.rows.iter().enumerate() {
            let (Some(value), Some(stated)) = (
                row.get(of).and_then(|c| c.value),
                row.get(column).filter(|c| c.value.is_some()),
            ) else {
                continue;
            };
            let stated_value = stated.value.unwrap_or_default();
            let step = decimal_step(&row[of].text);
            let low = (value - step / 2.0) / (base_value + base_step / 2.0) * 100.0;
            let high = (value + step / 2.0) / (base_value - base_step / 2.0) * 100.0;
            let allowed = decimal_step(&stated.text) / 2.0 + 1e-9;
            if stated_value < low - allowed || stated_value > high + allowed {
                let (start, end) = table.row_spans[row_index];
                findings.push(Finding::new(
                    text,
                    CheckKind::Arithmetic,
                    (start, end),
                    vec![value, base_value, stated_value],
                    Vec::new(),
                    format!(
                        "{value} against {base_value} in {base_year} is an index of {:.1}, not `{}` in column `{}`",
                        value / base_value * 100.0,
                        stated.text,
                        header.text
                    ),
                ));
            }
        }
    }
}

/// Checks a block of rows with sub-totals, in one column: each sub-total against the rows since the last
/// one, and the total (row `total_row`) against the sub-totals.
fn subtotals(
    text: &str,
    table: &Table,
    first_row: usize,
    total_row: usize,
    column: usize,
    findings: &mut Vec<Finding>,
) {
    let value = |row: usize| table.rows[row].get(column).and_then(|c| c.value);
    let label = |row: usize| {
        table.rows[row]
            .first()
            .map(|c| c.text.to_lowercase())
            .unwrap_or_default()
    };
    let mut since: Vec<f64> = Vec::new();
    let mut sub_sums: Vec<f64> = Vec::new();
    let mut items: Vec<f64> = Vec::new();
    let adds_up = |row: usize, parts: &[f64]| {
        let Some(stated) = value(row) else {
            return true;
        };
        let sum: f64 = parts.iter().sum();
        let step = decimal_step(&table.rows[row][column].text);
        parts.len() < 2 || (sum - stated).abs() <= step * 0.5 * (parts.len() as f64 + 1.0)
    };
    let check = |row: usize, parts: &[f64], what: &str, findings: &mut Vec<Finding>| {
        let Some(stated) = value(row) else { return };
        let sum: f64 = parts.iter().sum();
        if !adds_up(row, parts) {
            let (start, end) = table.row_spans[row];
            findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (start, end),
                vec![sum, stated],
                Vec::new(),
                format!(
                    "the {what} add up to {sum}, not `{}` in column `{}`",
                    table.rows[row][column].text, table.header[column].text
                ),
            ));
        }
    };
    for row in first_row..total_row {
        let lowered = label(row);
        if lowered.starts_with("sub-total")
            || lowered.starts_with("subtotal")
            || lowered.starts_with("sub total")
        {
            check(row, &since, "rows above the sub-total", findings);
            if let Some(v) = value(row) {
                sub_sums.push(v);
            }
            since.clear();
        } else if let Some(v) = value(row) {
            since.push(v);
            items.push(v);
        }
    }
    // Rows after the last sub-total stand beside the sub-totals in the total. A total that the rows
    // themselves add up to is right: a sub-total that does not is the slip, flagged above.
    sub_sums.extend(since);
    if !adds_up(total_row, &items) {
        check(total_row, &sub_sums, "sub-totals", findings);
    }
}

/// Checks each stated change in a column headed "Change" or "Growth": in percent when the header says so
/// ("Change (%)"), else as a difference. The change is between the two period columns before it
/// ("2023 | 2024 | Change (%)"), or, in a table whose rows are periods, from the row above in the column
/// before it. Rounding of the compared values is allowed for.
fn change_columns(text: &str, table: &Table, findings: &mut Vec<Finding>) {
    let rows_are_periods = table.rows.len() >= 2
        && table
            .rows
            .iter()
            .all(|r| r.first().is_some_and(|c| !years_in(&c.text).is_empty()));
    for column in 2..table.header.len() {
        let header = &table.header[column].text;
        if !is_change(header) {
            continue;
        }
        let lowered = header.to_lowercase();
        let in_percent = lowered.contains('%')
            || lowered.contains("percent")
            || lowered.contains("per cent")
            || lowered
                .split(|c: char| !c.is_alphanumeric())
                .any(|t| t == "pc");
        let is_period = |c: usize| {
            !is_rate(&table.header[c].text) && !years_in(&table.header[c].text).is_empty()
        };
        let across = column >= 3 && is_period(column - 1) && is_period(column - 2);
        if !across && !rows_are_periods {
            continue;
        }
        for (row_index, row) in table.rows.iter().enumerate() {
            let cell = |r: &Vec<TableCell>, c: usize| {
                r.get(c)
                    .and_then(|cell| cell.value.map(|v| (v, decimal_step(&cell.text))))
            };
            let Some(stated) = row.get(column).filter(|c| c.value.is_some()) else {
                continue;
            };
            let ((from, from_step), (to, to_step)) = if across {
                let (Some(a), Some(b)) = (cell(row, column - 2), cell(row, column - 1)) else {
                    continue;
                };
                (a, b)
            } else {
                let Some(previous) = row_index.checked_sub(1).map(|i| &table.rows[i]) else {
                    continue;
                };
                let (Some(a), Some(b)) = (cell(previous, column - 1), cell(row, column - 1)) else {
                    continue;
                };
                (a, b)
            };
            let value = stated.value.unwrap_or_default();
            let stated_step = decimal_step(&stated.text);
            let change = |a: f64, b: f64| {
                if in_percent {
                    (b - a) / a * 100.0
                } else {
                    b - a
                }
            };
            if in_percent && from == 0.0 {
                continue;
            }
            // The extremes the rounding of the two values allows.
            let (low, high) = [
                change(from + from_step / 2.0, to - to_step / 2.0),
                change(from - from_step / 2.0, to + to_step / 2.0),
            ]
            .into_iter()
            .fold((f64::INFINITY, f64::NEG_INFINITY), |(l, h), c| {
                (l.min(c), h.max(c))
            });
            let allowed = stated_step / 2.0 + 1e-9;
            if value < low - allowed || value > high + allowed {
                let (start, end) = table.row_spans[row_index];
                findings.push(Finding::new(
                    text,
                    CheckKind::Arithmetic,
                    (start, end),
                    vec![from, to, value],
                    Vec::new(),
                    format!(
                        "from {from} to {to} is a change of {}{}, not `{}` in column `{}`",
                        (change(from, to) * 10.0).round() / 10.0,
                        if in_percent { " percent" } else { "" },
                        stated.text,
                        header
                    ),
                ));
            }
        }
    }
}

/// Whether a column holds rates of change rather than amounts.
fn is_rate(header: &str) -> bool {
    is_change(header) || is_ratio(header)
}

/// Whether a column holds changes: "Change (%)", "Growth", "y/y".
fn is_change(header: &str) -> bool {
    let header = header.to_lowercase();
    ["change", "growth", "y/y", "yoy", "y-o-y"]
        .iter()
        .any(|w| header.contains(w))
}

/// Whether a column holds ratios, which add up to nothing: "per 1,000 residents", "reached per partner",
/// an index, an average.
fn is_ratio(header: &str) -> bool {
    let header = header.to_lowercase();
    header.split(|c: char| !c.is_alphanumeric()).any(|w| {
        matches!(
            w,
            "per" | "index" | "average" | "mean" | "ratio" | "rate" | "capita"
        )
    })
}

/// The step a cell's number was written to: 1 for `825`, 0.1 for `8.5`.
fn decimal_step(cell: &str) -> f64 {
    let digits: String = cell
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '.')
        .collect();
    let decimals = digits.split('.').nth(1).map_or(0, str::len);
    10f64.powi(-(decimals as i32))
}

/// The first time of day in `words` ("11:00", "9:30"): one or two digits, a colon and two digits.
fn clock_time(words: &str) -> Option<&str> {
    let bytes = words.as_bytes();
    words.match_indices(':').find_map(|(at, _)| {
        let before = bytes[..at]
            .iter()
            .rev()
            .take_while(|b| b.is_ascii_digit())
            .count();
        let after = bytes[at + 1..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count();
        ((1..=2).contains(&before) && after == 2).then(|| &words[at - before..at + 3])
    })
}

/// **Garbled statements.** The rules:
///
/// 1. A change whose start and end are the same value in the same year (or with no year at either end):
///    "from USD 828 million in 2021 to USD 828 million in 2021", or at the same time of day ("from 212
///    trucks by 11:00 to 212 trucks by 11:00").
/// 2. A period that runs backwards: "from 2023 to 2021", "between December 2024 and July 2024",
///    "FY 2024-23", "CY2024–CY2021".
/// 3. A sentence of eight words or more repeated word for word within the next two sentences, or
///    one of five to seven words repeated right after itself as a plain statement (a full stop, no
///    quotation, no speaker's "we" or "I", not after a colon); the finding spans both copies.
pub fn garbled(text: &str, extraction: &Extraction) -> Vec<Finding> {
    let mut findings = Vec::new();
    for change in &extraction.changes {
        let (from, to) = (
            &extraction.quantities[change.from],
            &extraction.quantities[change.to],
        );
        // The same value at the same stated period; a change without years says too little, unless
        // both ends are followed by the same words of time ("884 million dollars last year").
        let same_period = if change.from_year.is_some() {
            change.from_year == change.to_year
        } else {
            let words_after = |q: &Quantity| -> Vec<String> {
                text[q.end..]
                    .split(|c: char| !c.is_alphanumeric() && c != '-')
                    .filter(|w| !w.is_empty())
                    .map(str::to_lowercase)
                    .take_while(|w| !matches!(w.as_str(), "to" | "from" | "and" | "against"))
                    .take(6)
                    .collect()
            };
            let names_period = |w: &String| {
                matches!(
                    w.as_str(),
                    "year" | "month" | "week" | "quarter" | "half" | "yesterday" | "today"
                ) || w.contains('-') && w.chars().any(|c| c.is_ascii_digit())
                    || dyad_text::claims::month_number(w).is_some()
                    // "FY23", "H1", "Q3": a period by its name.
                    || ["fy", "cy", "h", "q"].iter().any(|p| {
                        w.strip_prefix(p).is_some_and(|rest| {
                            !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit())
                        })
                    })
                    || compact_part_of_year(w)
            };
            // The words up to the first that names a period, with a year right after a month: what
            // follows is no part of the date.
            let up_to_period = |words: Vec<String>| -> Option<Vec<String>> {
                // From the first preposition: "head in the week to 31 May" and "in the week to 31
                // May" name one period.
                let from = words
                    .iter()
                    .position(|w| {
                        matches!(w.as_str(), "in" | "during" | "for" | "at" | "by" | "on")
                    })
                    .unwrap_or(0);
                let words = words[from..].to_vec();
                let mut at = words.iter().position(names_period)?;
                if words
                    .get(at + 1)
                    .is_some_and(|w| w.len() == 4 && w.parse::<u32>().is_ok())
                {
                    at += 1;
                }
                Some(words[..=at].to_vec())
            };
            let (a, b) = (
                up_to_period(words_after(from)),
                up_to_period(words_after(to)),
            );
            // A clock time after each end ("212 trucks by 11:00 … 212 trucks by 11:00") names the
            // moment each count was taken.
            let clock_after = |q: &Quantity| {
                let mut end = (q.end + 24).min(text.len());
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                let words = &text[q.end..end];
                let words = words.split(" to ").next().unwrap_or(words);
                clock_time(words).map(str::to_string)
            };
            // … and with the same words after each ("at 18:00 on Sunday" is not "at 18:00 on Monday").
            let tail = |q: &Quantity, limit: usize| {
                let mut end = limit.min(q.end + 40).min(text.len()).max(q.end);
                while !text.is_char_boundary(end) {
                    end -= 1;
                }
                let words = &text[q.end..end];
                let words = words.split(" to ").next().unwrap_or(words);
                words
                    .split([',', ';', '.'])
                    .next()
                    .unwrap_or(words)
                    .trim()
                    .to_string()
            };
            let same_clock = clock_after(from).is_some()
                && clock_after(from) == clock_after(to)
                && tail(from, to.start) == tail(to, text.len());
            // A numbered round of a programme ("cohort 7", "batch 3") named after the start and
            // before or after the end: "Cohort 7 fitted 140 cameras, up from 140 for cohort 7".
            let round_in = |words: &[String]| -> Option<String> {
                words
                    .windows(2)
                    .find(|pair| {
                        ROUNDS.contains(&pair[0].as_str()) && pair[1].parse::<u32>().is_ok()
                    })
                    .map(|pair| pair.join(" "))
            };
            let (sentence_start, _) = extraction.sentences[to.sentence];
            let start_round = round_in(&words_after(from)[..words_after(from).len().min(4)]);
            let end_round = if to.start < from.start {
                round_in(&lower_words(&text[sentence_start.min(to.start)..to.start]))
            } else {
                round_in(&words_after(to)[..words_after(to).len().min(4)])
            };
            let same_round = start_round.is_some() && start_round == end_round;
            change.to_year.is_none() && (a.is_some() && a == b || same_clock || same_round)
        };
        if from.value == to.value && same_period {
            findings.push(Finding::new(
                text,
                CheckKind::Garbled,
                (change.start, change.end),
                vec![from.value, to.value],
                vec![extraction.claim(text, from), extraction.claim(text, to)],
                "the change starts and ends at the same value and period".to_string(),
            ));
        }
    }
    for range in &extraction.year_ranges {
        // "the gap between Q2 2025 and Q1 2025", "the only change between 2025/2026 and 2024/2025":
        // two periods compared, in either order.
        let compared = lower_words(clamped(text, range.start.saturating_sub(24), range.start))
            .iter()
            .any(|w| {
                matches!(
                    w.as_str(),
                    "gap" | "difference" | "change" | "comparison" | "contrast" | "compare"
                )
            });
        if range.runs_backwards() && !compared {
            findings.push(Finding::new(
                text,
                CheckKind::Garbled,
                (range.start, range.end),
                vec![f64::from(range.from), f64::from(range.to)],
                Vec::new(),
                format!(
                    "the period `{}` runs backwards",
                    &text[range.start..range.end]
                ),
            ));
        }
    }
    // "from 1.2 cubic metres a day in the winter of 2024–25 to 1.2 cubic metres a day in the winter of
    // 2024–25": a change whose start and end are the same words, figure and period alike, however the
    // change was read.
    // So is a span "between the 2025 spring intake and the 2025 spring intake".
    for &(start, end) in &extraction.sentences {
        let sentence = &text[start..end];
        let opens = ["from ", "between "].iter().flat_map(|open| {
            sentence.match_indices(open).map(move |(at, _)| {
                (
                    at,
                    open.len(),
                    if *open == "from " { " to " } else { " and " },
                )
            })
        });
        for (at, open_len, link) in opens {
            if at > 0 && sentence[..at].ends_with(|c: char| c.is_alphanumeric()) {
                continue;
            }
            let rest = &sentence[at + open_len..];
            let Some(stretch) = rest.match_indices(link).find_map(|(to_at, _)| {
                let stretch = &rest[..to_at];
                let after = &rest[to_at + link.len()..];
                (stretch.len() <= 90
                    && after.starts_with(stretch)
                    && !after[stretch.len()..].starts_with(|c: char| c.is_alphanumeric()))
                .then_some(stretch)
            }) else {
                continue;
            };
            let has_figure = stretch.chars().any(|c| c.is_ascii_digit());
            let already = findings.iter().any(|f: &Finding| {
                let found =
                    Extraction::locator(text, start + at, start + at + open_len + stretch.len());
                f.span.start < found.end && found.start < f.span.end
            });
            if !has_figure || stretch.split_whitespace().count() < 3 || already {
                continue;
            }
            let span_end = start + at + open_len + stretch.len() * 2 + link.len();
            findings.push(Finding::new(
                text,
                CheckKind::Garbled,
                (start + at, span_end),
                Vec::new(),
                Vec::new(),
                format!("the span runs from `{stretch}` to the same words"),
            ));
        }
    }
    for (index, &(start, end)) in extraction.sentences.iter().enumerate() {
        let sentence = text[start..end].trim_end();
        // A sentence may open with a list's number, a chat line's time and name, or a bold lead that
        // its copy does not repeat ("2. Keep every sack …. Keep every sack …."): a copy that ends
        // the sentence, after at most five words of such a lead, is the sentence again.
        let copy_of = |other: &str| -> bool {
            let other = other.trim_end();
            other.split_whitespace().count() >= 8
                && sentence.strip_suffix(other).is_some_and(|lead| {
                    lead.is_empty()
                        || lead.ends_with(char::is_whitespace)
                            && lead.split_whitespace().count() <= 5
                            // A list's number or a chat line's time: "2.", "[09:06] Admin:".
                            && lead.contains(|c: char| c.is_ascii_digit())
                })
        };
        let words = sentence.split_whitespace().count();
        if words < 5 {
            continue;
        }
        // Only a copy within the next two sentences is a slip; a sentence said again much later (a
        // spokesman giving the same answer twice in a briefing) is a repetition, not a garbled text.
        let repeat = if words >= 8 {
            extraction.sentences[index + 1..]
                .iter()
                .take(2)
                .find(|&&(s, e)| copy_of(&text[s..e]))
        } else {
            // A short sentence said twice is often meant: a chant, a refrain, a speaker's stress
            // ("We will not forget this. We will not forget this."). Right after itself, as a plain
            // statement of a notice or a card ("Take the tablets after food."), it is a slip.
            let lowered = lower_words(sentence);
            let spoken = lowered
                .iter()
                .any(|w| matches!(w.as_str(), "we" | "i" | "us" | "our" | "my" | "me"));
            let quoted = sentence.contains(['"', '\u{201c}', '\u{201d}', '!', '?']);
            let after_colon = text[..start].trim_end().ends_with(':');
            // "The loudspeaker … repeats the notice every hour": a repeat the text announces.
            let announced = index
                .checked_sub(1)
                .map(|previous| sentence_text(text, extraction, previous).to_lowercase())
                .is_some_and(|before| {
                    [
                        "repeat",
                        "same words",
                        "over and over",
                        "again and again",
                        "twice",
                    ]
                    .iter()
                    .any(|w| before.contains(w))
                });
            let plain = sentence.ends_with('.') && !spoken && !quoted && !after_colon && !announced;
            extraction
                .sentences
                .get(index + 1)
                .filter(|&&(s, e)| plain && text[s..e].trim_end() == sentence)
        };
        if let Some(&(_, repeat_end)) = repeat {
            findings.push(Finding::new(
                text,
                CheckKind::Garbled,
                (start, repeat_end),
                Vec::new(),
                Vec::new(),
                "a sentence is repeated word for word".to_string(),
            ));
        }
    }
    findings
}

/// The first word after a quantity, singular and lower case: what it counts. A capitalised word that
/// the text also writes in lower case is capitalised for a title ("10 Days of 10 Drugs"), which says
/// nothing of what is counted, and gives ""; one the text always capitalises is a name ("Afghans") and
/// counts.
fn counted_noun(text: &str, words_in_text: &HashSet<&str>, quantity: &Quantity) -> String {
    let mut rest = text[quantity.end..].trim_start();
    let mut word: String = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    // "55 more trucks" counts trucks: a word that only qualifies the count is passed over.
    while QUALIFIERS.contains(&word.to_lowercase().as_str()) {
        rest = rest[word.len()..].trim_start();
        word = rest.chars().take_while(|c| c.is_alphabetic()).collect();
    }
    if word.chars().next().is_some_and(char::is_uppercase)
        && words_in_text.contains(word.to_lowercase().as_str())
    {
        return String::new();
    }
    // "1,960 arriving", "1,960 cleared": a verb after the count says nothing of what it counts (a
    // noun after a count is plural).
    let word = word.to_lowercase();
    if verb_like(&word) {
        return String::new();
    }
    word.strip_suffix('s').map_or(word.clone(), str::to_string)
}

/// The head of the noun phrase after a count, singular and lower case: its last word before a
/// function word, a verb or punctuation, at most three words on ("52,000 Afghan transit containers in"
/// counts containers). None when the number is followed by nothing that says what it counts.
fn counted_head(text: &str, quantity: &Quantity) -> Option<String> {
    phrase_head(&text[quantity.end..])
}

/// The head of the noun phrase that opens `rest`, as [`counted_head`] reads it.
fn phrase_head(rest: &str) -> Option<String> {
    let mut head = None;
    let words: Vec<&str> = rest
        .split(|c: char| c.is_whitespace())
        .filter(|w| !w.is_empty())
        .take(3)
        .collect();
    for (position, word) in words.iter().copied().enumerate() {
        let bare: String = word.chars().take_while(|c| c.is_alphabetic()).collect();
        let lowered = bare.to_lowercase();
        // A verb or a pronoun after the count's noun ends the phrase ("6,900 boards sold", "the 48
        // handcarts you ordered").
        // A past participle may qualify the noun ("1,240 loaded trucks"); a past tense of its own
        // may not ("1,240 came back").
        let participle = lowered.ends_with("ed") || lowered.ends_with("ing");
        let verb_like = if participle {
            position > 0
        } else {
            verb_like(&lowered)
        } || PRONOUNS.contains(&lowered.as_str());
        if bare.is_empty()
            || FUNCTION_WORDS.contains(&lowered.as_str())
            || QUALIFIERS.contains(&lowered.as_str()) && position > 0
            || verb_like
        {
            break;
        }
        if !QUALIFIERS.contains(&lowered.as_str()) {
            head = Some(lowered.strip_suffix('s').unwrap_or(&lowered).to_string());
        }
        // A word that ends in punctuation ends the phrase, and so does a plural noun: what follows
        // it is most often a verb ("Our 6 nurses teach", "12 girls meet"), unless it is a plural
        // noun too ("40 women teachers", "12 measles cases").
        let plural_follows = words.get(position + 1).is_some_and(|next| {
            let next: String = next.chars().take_while(|c| c.is_alphabetic()).collect();
            next.chars().all(|c| c.is_lowercase()) && plural_noun(&next)
        });
        if bare.len() < word.len() || plural_noun(&lowered) && !plural_follows {
            break;
        }
    }
    head.filter(|noun| !says_nothing(noun))
}

/// Whether a word is a plural noun that heads its phrase: "nurses", "women"; not a plural that
/// qualifies another noun ("goods declarations", "customs officers") nor a word that only ends in s.
fn plural_noun(word: &str) -> bool {
    const QUALIFYING_PLURALS: &[&str] = &[
        "goods",
        "customs",
        "sales",
        "sports",
        "arms",
        "news",
        "savings",
        "works",
        "series",
        "species",
        "means",
        "clothes",
        "arts",
        "crafts",
        "parts",
        "dues",
        "earnings",
        "affairs",
        "relations",
    ];
    matches!(word, "women" | "men" | "children" | "people")
        || word.len() > 3
            && word.ends_with('s')
            && !["ss", "us", "is", "ous"]
                .iter()
                .any(|end| word.ends_with(end))
            && !QUALIFYING_PLURALS.contains(&word)
}

/// Personal pronouns, which open a clause of their own after a noun phrase.
const PRONOUNS: &[&str] = &["i", "we", "you", "he", "she", "it", "they"];

/// Words that set apart kinds of one counted thing: people registered or not, sent back or staying.
const STATES: &[&str] = &[
    "registered",
    "unregistered",
    "undocumented",
    "documented",
    "returned",
    "returnees",
    "deported",
    "expelled",
    "arrived",
    "new",
    "remaining",
    "killed",
    "injured",
    "wounded",
];

/// Words between a count and what it counts that only qualify the count.
const QUALIFIERS: &[&str] = &[
    "more",
    "fewer",
    "less",
    "additional",
    "other",
    "new",
    "extra",
    "further",
    "separate",
];

/// Words that follow a number without saying what it counts.
const FUNCTION_WORDS: &[&str] = &[
    "in",
    "at",
    "by",
    "to",
    "the",
    "and",
    "or",
    "from",
    "for",
    "of",
    "on",
    "a",
    "an",
    "than",
    "with",
    "year",
    "per",
    "percent",
    "which",
    "that",
    "was",
    "wa",
    "were",
    "is",
    "are",
    "had",
    "ha",
    "have",
    "compared",
    "against",
    "according",
    "over",
    "since",
    "between",
    "among",
    "through",
    "via",
    "across",
    "into",
    "during",
    "million",
    "billion",
];

/// The finding of one number given for two things: the two figures, and what each is for.
fn reused(
    text: &str,
    extraction: &Extraction,
    (first, second): (&Quantity, &Quantity),
    (first_is, second_is): (&str, &str),
) -> Finding {
    Finding::new(
        text,
        CheckKind::NumberReuse,
        (first.start, second.end),
        vec![first.value, second.value],
        vec![
            extraction.claim(text, first),
            extraction.claim(text, second),
        ],
        format!(
            "`{}` is given both for {first_is} and for {second_is}",
            &text[first.start..first.end]
        ),
    )
}

/// Whether the word after a number says nothing of what it counts: a number followed by a preposition
/// or a clause ("1,743,278 in 2019") cannot be shown to count something else.
fn says_nothing(noun: &str) -> bool {
    // "head" counts animals of any kind ("4,500 goats … 4,500 head").
    // Nor do the words of a worked sum ("884 minus 1,290", "divided by 884, which gives").
    noun.is_empty()
        || FUNCTION_WORDS.contains(&noun)
        // Short words say nothing, but the units of weight and distance do ("2,140 kg").
        || noun.len() < 3 && !matches!(noun, "kg" | "km")
        || matches!(
            noun,
            "head" | "minu" | "plu" | "divided" | "multiplied" | "time" | "give" | "equal" | "make"
        )
}

/// What a sum of money is for: a flow of trade by the words before it, else a thing of another kind
/// named in its clause before it (transit cargo, customs revenue, aid, investment).
fn money_subject(text: &str, extraction: &Extraction, quantity: &Quantity) -> Option<String> {
    let (sentence_start, _) = extraction.sentences[quantity.sentence];
    let before = crate::consistency::clamped(text, sentence_start, quantity.start).to_lowercase();
    let clause = before.rsplit([',', ';']).next().unwrap_or(&before);
    let other = [
        ("transit", "transit"),
        ("revenue", "revenue"),
        ("duties", "revenue"),
        ("duty", "revenue"),
        ("tax", "revenue"),
        ("aid", "aid"),
        ("assistance", "aid"),
        ("grant", "aid"),
        ("investment", "investment"),
        ("loan", "loan"),
    ]
    .iter()
    .find(|(word, _)| {
        clause
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| w == *word)
    })
    .map(|(_, kind)| (*kind).to_string());
    other.or_else(|| {
        // A label line ("Pakistan's exports to Afghanistan, 2024: USD 884 million"): the label's flow.
        let label = || {
            clause
                .trim_end()
                .ends_with(':')
                .then(|| flow_before(&before))
                .flatten()
        };
        let flow = flow_before(clause).or_else(label).or_else(|| {
            // "Two-way trade was USD 1,731 million in 2019. By 2024 it had come down to …": "it"
            // is the flow of the sentence before.
            let pronoun = lower_words(clause).iter().any(|w| w == "it");
            let previous = quantity.sentence.checked_sub(1)?;
            pronoun
                .then(|| flow_before(sentence_text(text, extraction, previous)))
                .flatten()
        })?;
        matches!(flow, "exports" | "imports" | "trade").then(|| flow.to_string())
    })
}

/// Sentences from one to another, not counting headings.
fn apart_sentences(text: &str, extraction: &Extraction, first: usize, second: usize) -> usize {
    (first + 1..second)
        .filter(|&s| {
            let sentence = sentence_text(text, extraction, s).trim();
            // A heading, or a bold lead-in alone ("**Pay.**").
            let lead_in = sentence.starts_with("**")
                && sentence.ends_with("**")
                && sentence.split_whitespace().count() <= 4;
            !sentence.starts_with('#') && !lead_in
        })
        .count()
        + 1
}

/// The label a dashboard line gives a number written after it ("Pedestrian crossings: 36,900"), as a
/// counted noun: the label's last word before any parenthesis, singular and lower case.
fn label_noun(text: &str, quantity: &Quantity) -> Option<String> {
    let line_start = text[..quantity.start].rfind('\n').map_or(0, |i| i + 1);
    let before = text[line_start..quantity.start].trim_end();
    let label = before.strip_suffix(':')?;
    let label = label.split('(').next().unwrap_or(label);
    let word: String = label
        .trim_end()
        .rsplit(|c: char| !c.is_alphabetic())
        .next()?
        .to_lowercase();
    let word = word.strip_suffix('s').unwrap_or(&word).to_string();
    // "Total, both crossings:" sums lines rather than naming a thing of its own.
    let sums = label
        .to_lowercase()
        .split(|c: char| !c.is_alphabetic())
        .any(|w| matches!(w, "total" | "both" | "all" | "overall" | "combined"));
    (!says_nothing(&word) && !sums).then_some(word)
}

/// The significant digits of a number as written: 3 for `676,000`, 4 for `1.08`.
fn significant_digits(written: &str) -> usize {
    let digits: String = written
        .chars()
        .filter(char::is_ascii_digit)
        .collect::<String>()
        .trim_start_matches('0')
        .to_string();
    let digits = if written.contains('.') {
        digits.as_str()
    } else {
        digits.trim_end_matches('0')
    };
    digits.len()
}

/// The digits of a number as written, without its currency, scale or unit: `29.6` for "Rs 29.6 billion"
/// and "29.6 per cent".
fn written_digits(text: &str, quantity: &Quantity) -> String {
    let written = &text[quantity.start..quantity.end];
    let start = written
        .find(|c: char| c.is_ascii_digit())
        .unwrap_or(written.len());
    written[start..]
        .chars()
        .take_while(|c| c.is_ascii_digit() || *c == ',' || *c == '.')
        .collect::<String>()
        .trim_end_matches(['.', ','])
        .to_string()
}

/// Whether a figure as written is one a text seldom gives twice by chance: three significant digits or
/// more ("412,000", "324"), or a decimal ("29.6", "6.6").
fn distinctive(digits: &str) -> bool {
    significant_digits(digits) >= 3 || digits.contains('.') && significant_digits(digits) >= 2
}

/// What a figure is said of: the content words of its clause before it and of an "of …" or "for …"
/// phrase after it, lower case, without words of function, change or measure.
fn subject_words(text: &str, extraction: &Extraction, quantity: &Quantity) -> HashSet<String> {
    const SKIP: &[&str] = &[
        "the",
        "and",
        "with",
        "from",
        "that",
        "this",
        "were",
        "was",
        "has",
        "have",
        "had",
        "been",
        "its",
        "their",
        "into",
        "over",
        "under",
        "about",
        "some",
        "more",
        "than",
        "less",
        "year",
        "percent",
        "cent",
        "million",
        "billion",
        "per",
        "usd",
        "fell",
        "rose",
        "grew",
        "dropped",
        "declined",
        "increased",
        "decreased",
        "came",
        "stood",
        "reached",
        "total",
        "totalled",
        "all",
        "also",
        "only",
        "further",
        "another",
        "same",
        "which",
        "while",
        "there",
        "they",
        "will",
        "would",
        "could",
        "said",
        "says",
        "by",
        "of",
        "in",
        "at",
        "to",
        "for",
        "a",
        "an",
        "is",
        "are",
        "be",
        "on",
        "as",
        "it",
        "or",
        "now",
        "fixed",
        "worth",
        "valued",
        "value",
        "amounted",
        "since",
        "after",
        "before",
        "during",
        "between",
        "against",
        "up",
        "down",
        "made",
        "compared",
    ];
    let (sentence_start, sentence_end) = extraction.sentences[quantity.sentence];
    let before = crate::consistency::clamped(text, sentence_start, quantity.start);
    let clause = before.rsplit([',', ';', ':', '(']).next().unwrap_or(before);
    let mut words: Vec<String> = clause
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| w.len() >= 3)
        .map(str::to_lowercase)
        .filter(|w| !SKIP.contains(&w.as_str()))
        .collect();
    let after = crate::consistency::clamped(text, quantity.end, sentence_end).trim_start();
    let after = after
        .get(..after.len().min(60))
        .unwrap_or(after)
        .to_lowercase();
    if let Some(rest) = after
        .strip_prefix("of ")
        .or_else(|| after.strip_prefix("for "))
        .or_else(|| after.strip_prefix("against "))
    {
        words.extend(
            rest.split(|c: char| !c.is_alphabetic())
                .filter(|w| w.len() >= 3)
                .filter(|w| !SKIP.contains(w))
                .take(3)
                .map(str::to_string),
        );
    }
    words.into_iter().collect()
}

/// A distinctive figure ([`distinctive`]) written the same twice within eight sentences, in prose, for
/// two things: in different units with three significant digits or more ("Rs 29.6 billion" and "29.6 per
/// cent", "Rs 412,000" and "412,000 returnees"), or as two percentages said of subjects that share no
/// word ("Port Qasim fell 30.2 per cent … Torkham fell 30.2 per cent"). A figure pointed back to ("the
/// 29.6 per cent fall") or restated ("68.5 on the index, that is, 68.5 percent") is the same thing.
/// Which quantities belong to a series written out in prose: four or more figures joined only by
/// commas and "and" ("271, 246, 241, 198 and 236", a chart's values in its alternative text). Each is a
/// point of one measure, not a thing of its own.
fn in_series(text: &str, extraction: &Extraction) -> Vec<bool> {
    let quantities = &extraction.quantities;
    let mut series = vec![false; quantities.len()];
    let joined = |a: &Quantity, b: &Quantity| {
        a.sentence == b.sentence
            && matches!(
                clamped(text, a.end, b.start).trim(),
                "," | "and" | ", and" | ";" | "/"
            )
    };
    let mut start = 0;
    for index in 1..=quantities.len() {
        let continues =
            index < quantities.len() && joined(&quantities[index - 1], &quantities[index]);
        if !continues {
            if index - start >= 4 {
                series[start..index].iter_mut().for_each(|s| *s = true);
            }
            start = index;
        }
    }
    series
}

fn reuse_by_subject(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    // A line of figures set apart by runs of spaces is a table as PDF extraction leaves it, even where
    // no header was found for it: its figures are the prose's, restated.
    let in_loose_table = |q: &Quantity| {
        let line_start = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
        let line_end = text[q.end..].find('\n').map_or(text.len(), |i| q.end + i);
        text[line_start..line_end].contains("   ")
    };
    let series = in_series(text, extraction);
    let figures: Vec<(&Quantity, String)> = extraction
        .quantities
        .iter()
        .enumerate()
        .filter(|(index, _)| !series[*index])
        .map(|(_, q)| q)
        .filter(|q| !q.in_table && matches!(q.unit, "count" | "percent" | "USD" | "PKR" | "AFN"))
        .filter(|q| !in_loose_table(q))
        .filter(|q| text[q.start..q.end].chars().any(|c| c.is_ascii_digit()))
        .map(|q| (q, written_digits(text, q)))
        .filter(|(_, digits)| distinctive(digits))
        .collect();
    for (position, (first, digits)) in figures.iter().enumerate() {
        for (second, other) in &figures[position + 1..] {
            if apart_sentences(text, extraction, first.sentence, second.sentence) > 8 {
                break;
            }
            if digits != other {
                continue;
            }
            let mut from = second.start.saturating_sub(12);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before_second = format!(" {}", text[from..second.start].trim_end().to_lowercase());
            if ["the", "these", "those", "this", "that", "same"]
                .iter()
                .any(|word| before_second.ends_with(&format!(" {word}")))
            {
                continue;
            }
            let money = |q: &Quantity| matches!(q.unit, "USD" | "PKR" | "AFN");
            // "68.5 on the index, that is, 68.5 percent" restates one figure in another unit.
            let restated = first.sentence == second.sentence && {
                let between = text[first.end..second.start].to_lowercase();
                ["that is", "i.e.", " or ", "equivalent", "equal to"]
                    .iter()
                    .any(|w| between.contains(w))
            };
            // Different units: a count and a sum of the same digits but another scale ("$884 million",
            // "884 containers") differ too; a count and a count are the other rule's. Three
            // significant digits at least: "1.4 million" and "1.4 percent" meet by chance.
            // A bare count of a sum's digits ("give half a point for 322") is the sum written short:
            // the count must say what it counts.
            let bare_count = [first, second].iter().any(|q| {
                q.unit == "count"
                    && counted_head(text, q).is_none_or(|head| {
                        matches!(
                            head.as_str(),
                            "without"
                                | "with"
                                | "than"
                                | "as"
                                | "before"
                                | "after"
                                | "but"
                                | "if"
                                | "minu"
                                | "plu"
                                | "divided"
                                | "time"
                                | "multiplied"
                                | "is"
                                | "wa"
                        )
                    })
            });
            // A bare figure of a list whose lead gives the list's money ("All are in USD million.")
            // is a sum of money.
            let money_by_lead = |q: &Quantity| {
                q.unit == "count" && {
                    let line_start = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
                    let item = text[line_start..].trim_start().starts_with(['-', '*', '•']);
                    let lead_end = text[..line_start].trim_end().rfind("\n\n").unwrap_or(0);
                    let lead_start = text[..lead_end].rfind("\n\n").unwrap_or(0);
                    let lead = clamped(text, lead_start, lead_end).to_lowercase();
                    item && ["usd", "us$", "rs ", "pkr", "rupees", "dollars"]
                        .iter()
                        .any(|w| lead.contains(w))
                        && ["million", "billion", "thousand", "crore", "lakh"]
                            .iter()
                            .any(|w| lead.contains(w))
                }
            };
            let one_kind = first.unit == second.unit
                || money(first) && money(second)
                || money_by_lead(first) && money(second)
                || money(first) && money_by_lead(second);
            let kinds_differ =
                !(one_kind || restated || bare_count) && significant_digits(digits) >= 3;
            // Two percentages said of subjects that share no word ("Port Qasim fell 30.2 per cent …
            // Torkham fell 30.2 per cent"); sums of money recur for one thing too often to tell.
            let same_kind_other_subject = first.unit == second.unit && first.unit == "percent" && {
                let (a, b) = (
                    subject_words(text, extraction, first),
                    subject_words(text, extraction, second),
                );
                !a.is_empty() && !b.is_empty() && a.is_disjoint(&b)
            };
            if !kinds_differ && !same_kind_other_subject {
                continue;
            }
            let describe = |q: &Quantity| {
                let mut words: Vec<String> =
                    subject_words(text, extraction, q).into_iter().collect();
                words.sort();
                if words.is_empty() {
                    q.unit.to_string()
                } else {
                    words.join(" ")
                }
            };
            findings.push(reused(
                text,
                extraction,
                (first, second),
                (&describe(first), &describe(second)),
            ));
        }
    }
}

/// Whether a word names a half or a quarter of a year the compact way: "q4fy25", "1hfy25", "h1cy2024".
fn compact_part_of_year(word: &str) -> bool {
    let bytes = word.as_bytes();
    let part = match bytes {
        [b'q' | b'h', d, ..] | [d, b'q' | b'h', ..] if (b'1'..=b'4').contains(d) => &word[2..],
        _ => return false,
    };
    let year = part
        .strip_prefix("fy")
        .or_else(|| part.strip_prefix("cy"))
        .unwrap_or(part);
    matches!(year.len(), 2 | 4) && year.chars().all(|c| c.is_ascii_digit())
}

/// Numbered rounds of a programme, each a period of its own ("cohort 7", "batch 3").
const ROUNDS: &[&str] = &[
    "cohort", "batch", "intake", "round", "phase", "wave", "cycle", "season", "term", "semester",
];

/// Words that say a figure stays the same, or is the same for several things: a repeat is then meant.
const SAMENESS: &[&str] = &[
    "unchanged",
    "same",
    "steady",
    "flat",
    "stable",
    "both",
    "each",
    "again",
    "remained",
    "held",
    "identical",
    "equal",
    "apiece",
    "respectively",
    "twice",
    "constant",
    "level",
    "matched",
    "every",
    "per",
    "all",
    "another",
    "similar",
    "likewise",
    "also",
    "target",
    "targets",
    "quota",
    "allocation",
    "planned",
    "set",
    "fixed",
    "cap",
    "ceiling",
    "capacity",
    "annual",
    "budgeted",
];

/// The periods a stretch of words names: years, halves and quarters ("H2", "Q1"), ordinals ("first",
/// "second") and months.
fn periods_named(stretch: &str) -> HashSet<String> {
    lower_words(stretch)
        .into_iter()
        .filter(|w| {
            (w.len() == 4 && w.parse::<i32>().is_ok_and(|y| (1900..=2100).contains(&y)))
                || matches!(w.as_str(), "h1" | "h2" | "q1" | "q2" | "q3" | "q4")
                || matches!(w.as_str(), "first" | "second" | "third" | "fourth")
                // "may" is a verb far more often than a month.
                || (w != "may" && dyad_text::claims::month_number(w).is_some())
        })
        .collect()
}

/// Whether a word after a count is a verb or a participle, not what it counts ("1,240 came back",
/// "64 arrived", "trucks bound for"): a noun after a count is plural.
fn verb_like(word: &str) -> bool {
    word.len() > 4 && (word.ends_with("ing") || word.ends_with("ed"))
        || matches!(
            word,
            "came"
                | "went"
                | "bound"
                | "left"
                | "made"
                | "took"
                | "got"
                | "paid"
                | "sent"
                | "held"
                | "ran"
                | "stood"
                | "fell"
                | "rose"
                | "sold"
                | "bought"
                | "brought"
                | "won"
                | "lost"
                | "kept"
                | "grew"
                | "gave"
                | "spent"
                | "built"
        )
}

/// Whether two counts are the two ends of one movement ("2,310 outbound … 2,310 inbound trucks",
/// "leaving … arriving"): what leaves one side of a crossing enters the other, so the counts agree by
/// right.
fn two_ends_of_a_crossing(text: &str, first: &Quantity, second: &Quantity) -> bool {
    let end_of = |q: &Quantity| -> Option<u8> {
        lower_words(clamped(text, q.end, q.end + 32))
            .iter()
            .take(3)
            .find_map(|w| match w.as_str() {
                "outbound" | "departing" | "leaving" => Some(0),
                "inbound" | "arriving" | "entering" => Some(1),
                _ => None,
            })
    };
    matches!((end_of(first), end_of(second)), (Some(a), Some(b)) if a != b)
}

/// The word before the head of what a figure counts, and the head: ("medical", "visa") for "31,400
/// were medical visas", ("young", "people") for "4,190 young people completed". The phrase runs from the
/// figure (after a "were" or "was") to a punctuation mark, a function word or a verb.
fn kind_and_head(text: &str, quantity: &Quantity) -> Option<(String, String)> {
    let mut phrase: Vec<String> = Vec::new();
    for word in text[quantity.end..].split_whitespace().take(6) {
        let bare: String = word.chars().take_while(|c| c.is_alphabetic()).collect();
        let lowered = bare.to_lowercase();
        if phrase.is_empty() && matches!(lowered.as_str(), "were" | "was" | "are" | "is") {
            continue;
        }
        let verb_like = !phrase.is_empty() && (lowered.ends_with("ed") || lowered.ends_with("ing"));
        if bare.is_empty() || FUNCTION_WORDS.contains(&lowered.as_str()) || verb_like {
            break;
        }
        phrase.push(lowered);
        if bare.len() < word.len() || phrase.len() == 3 {
            break;
        }
    }
    let [.., kind, head] = phrase.as_slice() else {
        return None;
    };
    (kind.len() >= 4 && !QUALIFIERS.contains(&kind.as_str())).then(|| {
        (
            kind.clone(),
            head.strip_suffix('s').unwrap_or(head).to_string(),
        )
    })
}

/// The words from a figure to the next figure of its sentence, or the sentence's end.
fn following_words<'t>(text: &'t str, extraction: &Extraction, quantity: &Quantity) -> &'t str {
    clamped(text, quantity.end, stretch_bounds(extraction, quantity).1)
}

/// One figure of three significant digits or more, written the same, given in one sentence or the next
/// for two periods ("141,000 in the first quarter and 141,000 in the second", "380 thousand tonnes in
/// H2 2024 … in H1 2025") or for two kinds of one thing ("31,400 were medical visas … 31,400 were
/// business visas"), with no word saying the figure holds for both ("unchanged", "each"), and not
/// pointing back to it ("the 141,000"). Figures that far apart in kind are seldom equal by chance.
fn reuse_side_by_side(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let figures: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.unit == "count" && q.value >= 100.0)
        .filter(|q| significant_digits(&text[q.start..q.end]) >= 3)
        .collect();
    for (position, first) in figures.iter().enumerate() {
        for second in &figures[position + 1..] {
            if second.sentence > first.sentence + 1 {
                break;
            }
            if first.value != second.value || first.precision != second.precision {
                continue;
            }
            let (first_sentence, second_sentence) = (
                sentence_text(text, extraction, first.sentence),
                sentence_text(text, extraction, second.sentence),
            );
            let same_said = |sentence: &str| {
                lower_words(sentence)
                    .iter()
                    .any(|w| SAMENESS.contains(&w.as_str()))
            };
            if same_said(first_sentence) || same_said(second_sentence) {
                continue;
            }
            let before_second =
                lower_words(clamped(text, second.start.saturating_sub(12), second.start));
            if before_second
                .last()
                .is_some_and(|w| matches!(w.as_str(), "the" | "these" | "those" | "this" | "that"))
            {
                continue;
            }
            // "**Valid n:** 372. **Missing:** 372": two fields of different names.
            let (first_field, second_field) = (field_label(text, first), field_label(text, second));
            let fields_differ = matches!((&first_field, &second_field),
                (Some(a), Some(b)) if complementary_fields(a, b));
            let (first_periods, second_periods) = (
                periods_named(following_words(text, extraction, first)),
                periods_named(following_words(text, extraction, second)),
            );
            let periods_differ = !first_periods.is_empty()
                && !second_periods.is_empty()
                && first_periods.is_disjoint(&second_periods);
            let kinds = (kind_and_head(text, first), kind_and_head(text, second));
            // The two ends of one crossing count the same vehicles: what leaves one side enters the
            // other ("2,310 outbound … 2,310 inbound trucks").
            let two_ends = two_ends_of_a_crossing(text, first, second);
            let kinds_differ =
                !two_ends && matches!(&kinds, (Some((a, x)), Some((b, y))) if x == y && a != b);
            if !(periods_differ || kinds_differ || fields_differ) {
                continue;
            }
            let what = |q: &Quantity, periods: &HashSet<String>| {
                let mut named: Vec<&String> = periods.iter().collect();
                named.sort();
                match kind_and_head(text, q) {
                    Some((kind, head)) if kinds_differ => format!("{kind} {head}s"),
                    _ if fields_differ && !periods_differ => {
                        field_label(text, q).unwrap_or_default()
                    }
                    _ => named
                        .iter()
                        .map(|p| p.as_str())
                        .collect::<Vec<_>>()
                        .join(" "),
                }
            };
            findings.push(reused(
                text,
                extraction,
                (first, second),
                (&what(first, &first_periods), &what(second, &second_periods)),
            ));
        }
    }
}

/// Whether two fields name the two sides of one whole ("Valid n" and "Missing", "Accepted" and
/// "Rejected"), which a figure fills only by a slip: fields that may well be equal ("Sanctioned posts"
/// and "Filled posts", "Respondents" and "Valid answers") are not.
fn complementary_fields(a: &str, b: &str) -> bool {
    const SIDES: &[(&str, &str)] = &[
        ("open", "resolved"),
        ("open", "closed"),
        ("pending", "resolved"),
        ("pending", "settled"),
        ("pending", "decided"),
        ("valid", "missing"),
        ("valid", "invalid"),
        ("answered", "skipped"),
        ("answered", "unanswered"),
        ("accepted", "rejected"),
        ("approved", "rejected"),
        ("passed", "failed"),
        ("inbound", "outbound"),
        ("arrivals", "departures"),
        ("exports", "imports"),
    ];
    let (a, b) = (lower_words(a), lower_words(b));
    let has = |words: &[String], w: &str| words.iter().any(|x| x == w);
    SIDES
        .iter()
        .any(|(x, y)| has(&a, x) && has(&b, y) || has(&a, y) && has(&b, x))
}

/// The name of the field a figure fills, when a label and a colon stand right before it ("**Valid n:**
/// 372", "Missing: 372"), in lower case.
fn field_label(text: &str, quantity: &Quantity) -> Option<String> {
    let before = clamped(text, quantity.start.saturating_sub(40), quantity.start);
    let before = before.trim_end().trim_end_matches(['*', '_']).trim_end();
    let label = before.strip_suffix(':')?;
    let label = label.trim_end_matches(['*', '_']);
    let start = label
        .rfind(['*', '_', '.', ';', '\n', '(', ')'])
        .map_or(0, |at| at + 1);
    let name = label[start..].trim().to_lowercase();
    (!name.is_empty() && name.chars().any(char::is_alphabetic)).then_some(name)
}

/// Whether a count follows a preposition of place ("through 3 crossings", "in 9 districts", "on 30
/// buses"): it says where, not how many of the thing a sum or a whole counts.
fn after_a_preposition_of_place(text: &str, quantity: &Quantity) -> bool {
    lower_words(clamped(
        text,
        quantity.start.saturating_sub(12),
        quantity.start,
    ))
    .last()
    .is_some_and(|w| {
        matches!(
            w.as_str(),
            "in" | "on" | "at" | "from" | "across" | "through"
        )
    })
}

/// The word right after a figure, before the next figure of its sentence, in lower case: what it counts
/// when it is a noun ("340 trucks left …").
fn word_after(text: &str, extraction: &Extraction, quantity: &Quantity) -> Option<String> {
    lower_words(following_words(text, extraction, quantity))
        .into_iter()
        .next()
}

/// A part given its whole's figure: "a fleet of 84 trucks. Of these, 84 trucks hold route permits …,
/// which is 61.9 percent of the fleet". The part follows "of these" (or "of them", "of which") within
/// the next two sentences, and its sentence says it is only a part of the whole.
fn part_as_whole(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let counts: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.unit == "count" && q.value >= 2.0)
        .collect();
    for (position, part) in counts.iter().enumerate() {
        let before = lower_words(clamped(text, part.start.saturating_sub(12), part.start));
        let after = lower_words(clamped(text, part.end, part.end + 12));
        // "all 14 of them" restates the whole.
        if before.last().is_some_and(|w| w == "all") {
            continue;
        }
        // "of these, 84 trucks …", or "318 of them from …".
        let of_these = matches!(
            before.as_slice(),
            [.., of, these] if of == "of" && matches!(these.as_str(), "these" | "them" | "which")
        ) || matches!(
            after.as_slice(),
            [of, them, ..] if of == "of" && matches!(them.as_str(), "these" | "them")
        );
        if !of_these {
            continue;
        }
        // "6,240 of them were women" after "6,240 active borrowers": as many as a whole just
        // before, written as a part of it.
        let after_of_them = matches!(
            after.as_slice(),
            [of, them, ..] if of == "of" && matches!(them.as_str(), "these" | "them")
        );
        let equal_whole = counts[..position]
            .iter()
            .rev()
            .take(20)
            .take_while(|q| apart_sentences(text, extraction, q.sentence, part.sentence) <= 4)
            .find(|q| q.value == part.value && q.sentence < part.sentence);
        // "116 days in all …, with Torkham alone accounting for 46 of them": a count before it in
        // its own sentence is what "them" counts; so is another group its sentence names ("the
        // crowd at Chaman"), and a sentence that says every one is meant ("completing the
        // exercise") restates the whole.
        let other_whole_in_sentence = counts[..position]
            .iter()
            .rev()
            .take_while(|q| q.sentence == part.sentence)
            // A whole is no smaller than its part: "two screenings" is not what "3,420 of them" counts.
            .any(|q| q.value > part.value);
        let part_sentence = lower_words(sentence_text(text, extraction, part.sentence));
        let another_group_or_every_one = part_sentence.iter().any(|w| {
            matches!(
                w.as_str(),
                "crowd"
                    | "group"
                    | "others"
                    | "another"
                    | "larger"
                    | "smaller"
                    | "completing"
                    | "completed"
                    | "every"
                    | "entire"
                    | "whole"
            )
        });
        let other_whole_in_sentence = other_whole_in_sentence || another_group_or_every_one;
        if let (true, false, Some(whole)) = (after_of_them, other_whole_in_sentence, equal_whole) {
            findings.push(reused(
                text,
                extraction,
                (whole, part),
                ("the whole", "a part of it"),
            ));
            continue;
        }
        // The whole is the nearest count before "of these" that counts the same noun, or the
        // nearest count at all when the part names no noun of its own ("of which 16 were in use").
        let part_noun = counted_head(text, part).is_some_and(|head| !verb_like(&head));
        // A count of places or vehicles after a preposition ("from traders in 9 districts", "on 30
        // buses") is no whole the parts divide.
        let whole = counts[..position]
            .iter()
            .rev()
            .take_while(|q| q.sentence + 2 >= part.sentence)
            .filter(|q| !after_a_preposition_of_place(text, q))
            .find(|q| {
                !part_noun || word_after(text, extraction, q) == word_after(text, extraction, part)
            });
        let Some(whole) = whole else {
            continue;
        };
        if whole.value == part.value && says_only_part(text, extraction, part) {
            findings.push(reused(
                text,
                extraction,
                (whole, part),
                ("the whole", "a part of it"),
            ));
            continue;
        }
        // "Of these, 27 are still open and 27 have been resolved": the two parts the sentence lists
        // are written alike and do not make their whole.
        let listed: Vec<&&Quantity> = counts[position..]
            .iter()
            .take_while(|q| q.sentence == part.sentence)
            .collect();
        // Only two sides that make the whole between them ("open" and "resolved"): "400 were medical
        // visas and 400 business visas" leaves room for other kinds.
        let sides = |q: &Quantity| lower_words(following_words(text, extraction, q)).join(" ");
        // "The other 20 were transit cargo": the next sentence names the rest of the whole.
        let next_names_rest = extraction
            .sentences
            .get(part.sentence + 1)
            .is_some_and(|&(a, b)| {
                let next = text[a..b].to_lowercase();
                [
                    "the other",
                    "another",
                    "a further",
                    "the remaining",
                    "the rest",
                ]
                .iter()
                .any(|w| next.starts_with(w))
            });
        if let [first, second] = listed.as_slice()
            && !next_names_rest
            && first.value == second.value
            && (first.value + second.value - whole.value).abs() > 0.5
            && text[first.start..first.end] == text[second.start..second.end]
            && complementary_fields(&sides(first), &sides(second))
        {
            findings.push(reused(
                text,
                extraction,
                (first, second),
                ("one part", "the other, which with it should make the whole"),
            ));
        }
    }
}

/// **Number reuse.** A part given as a share of a whole, and the rest of that whole given the part's
/// sum: "Deposit on booking, 40 percent of the price: Afs 4,800 … Balance due on delivery: Afs 4,800".
/// A part and its balance are equal only at half.
fn share_and_its_balance(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let quantities = &extraction.quantities;
    for (position, part) in quantities.iter().enumerate() {
        if part.in_table || !matches!(part.unit, "USD" | "PKR" | "AFN") || part.value < 10.0 {
            continue;
        }
        // The share of the part's sentence: "40 percent of the price".
        let share = extraction
            .in_sentence(part.sentence)
            .map(|i| &quantities[i])
            .find(|q| {
                q.unit == "percent"
                    && q.value > 0.0
                    && q.value < 100.0
                    && q.value != 50.0
                    && text[q.end..].starts_with(" of ")
            });
        let Some(share) = share else {
            continue;
        };
        for rest in quantities[position + 1..].iter().take(NEARBY_FIGURES) {
            if rest.sentence > part.sentence
                && apart_sentences(text, extraction, part.sentence, rest.sentence) > 3
            {
                break;
            }
            if rest.sentence == part.sentence
                || rest.in_table
                || rest.unit != part.unit
                || rest.value != part.value
                || text[rest.start..rest.end] != text[part.start..part.end]
            {
                continue;
            }
            let (sentence_start, _) = extraction.sentences[rest.sentence];
            // The words since the last sum of its unit before it: "The balance of Rs 60,000 was paid
            // in three parts of Rs 20,000" gives the balance Rs 60,000, not Rs 20,000.
            let lead_start = extraction
                .in_sentence(rest.sentence)
                .map(|i| &quantities[i])
                .filter(|q| q.end <= rest.start && q.unit == rest.unit)
                .map(|q| q.end)
                .max()
                .unwrap_or(sentence_start);
            let lead = lower_words(clamped(text, lead_start, rest.start));
            // "The balance", "the remainder", or "the rest" or "remaining" of a sum ("the remaining
            // amount"; not "the remaining rug").
            let of_a_sum = |i: usize| {
                lead.get(i + 1).is_none_or(|w| {
                    matches!(
                        w.as_str(),
                        "amount" | "sum" | "balance" | "payment" | "money" | "due" | "is" | "of"
                    )
                })
            };
            let balance = lead.iter().enumerate().any(|(i, w)| {
                matches!(w.as_str(), "balance" | "remainder" | "outstanding")
                    || w == "remaining" && of_a_sum(i)
            }) || lead
                .windows(2)
                .enumerate()
                .any(|(i, pair)| pair[0] == "the" && pair[1] == "rest" && of_a_sum(i + 1));
            // Its own share again ("the balance, another 40 percent") is a second instalment.
            let own_share = extraction
                .in_sentence(rest.sentence)
                .any(|i| quantities[i].unit == "percent");
            if balance && !own_share {
                findings.push(reused(
                    text,
                    extraction,
                    (part, rest),
                    (
                        &format!("{} of the whole", &text[share.start..share.end]),
                        "the balance",
                    ),
                ));
                break;
            }
        }
    }
}

/// **Number reuse.** Two kinds of one thing given one figure when the text says one is a multiple of
/// the other: "A large namda … is paid at twice the rate" over "Rs 450 for each small namda" and "Rs
/// 450 for each large namda". The two figures' words differ in one word only, and a sentence puts
/// that word beside "twice", "double", "half" or "three times".
fn kinds_said_unequal(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let figures: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| {
            !q.in_table
                && matches!(q.unit, "USD" | "PKR" | "AFN" | "count")
                && q.value >= 10.0
                && text[q.start..q.end].chars().any(|c| c.is_ascii_digit())
        })
        .collect();
    let words_after = |q: &Quantity| {
        let end = text[q.end..]
            .find(['.', ',', ';', ':', '\n'])
            .map_or(text.len(), |i| q.end + i);
        lower_words(clamped(text, q.end, end))
            .into_iter()
            .take(5)
            .collect::<Vec<_>>()
    };
    // Each sentence that says one thing is a multiple of another, with the words of what is
    // multiplied ("twice the rate", "three times as many rugs"); not one that says the two are the
    // same or denies it ("does not depend on size").
    let ratio_sentences: Vec<(Vec<String>, Vec<String>)> = (0..extraction.sentences.len())
        .map(|s| lower_words(sentence_text(text, extraction, s)))
        .filter(|words| {
            !words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "same" | "not" | "no" | "never" | "nor" | "doesn't" | "don't" | "isn't"
                )
            })
        })
        .filter_map(|words| {
            let mut multiplied = Vec::new();
            for (i, word) in words.iter().enumerate() {
                let ratio = matches!(word.as_str(), "twice" | "double" | "thrice" | "half")
                    || word == "times"
                        && i > 0
                        && matches!(words[i - 1].as_str(), "three" | "four" | "five");
                if ratio {
                    multiplied.extend(
                        words[i + 1..]
                            .iter()
                            .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()) && *w != "as")
                            .take(1)
                            .cloned(),
                    );
                }
            }
            (!multiplied.is_empty()).then_some((words, multiplied))
        })
        .collect();
    if ratio_sentences.is_empty() {
        return;
    }
    for (position, first) in figures.iter().enumerate() {
        for second in figures[position + 1..].iter().take(NEARBY_FIGURES) {
            if apart_sentences(text, extraction, first.sentence, second.sentence) > 3 {
                break;
            }
            if second.sentence == first.sentence
                || second.value != first.value
                || second.unit != first.unit
                || text[second.start..second.end] != text[first.start..first.end]
            {
                continue;
            }
            let (a, b) = (words_after(first), words_after(second));
            let shared = a.len().min(b.len());
            if shared < 3 {
                continue;
            }
            let differing: Vec<(&String, &String)> = a[..shared]
                .iter()
                .zip(&b[..shared])
                .filter(|(x, y)| x != y)
                .collect();
            let [(x, y)] = differing[..] else {
                continue;
            };
            let plain = |w: &str| w.len() >= 3 && w.chars().all(|c| c.is_ascii_lowercase());
            if !(plain(x) && plain(y))
                || FUNCTION_WORDS.contains(&x.as_str())
                || FUNCTION_WORDS.contains(&y.as_str())
            {
                continue;
            }
            // The multiplied thing is the figures' own: a sum's rate, price or pay, or the noun a
            // count counts ("twice the price" says nothing of how many rugs were sold).
            let money = first.unit != "count";
            let of_the_figures = |multiplied: &[String]| {
                multiplied.iter().any(|w| {
                    // Not the word that tells the two kinds apart ("Half of the Kabul buyers").
                    if w == x || w == y {
                        return false;
                    }
                    if money {
                        matches!(
                            w.as_str(),
                            "rate" | "price" | "pay" | "paid" | "fee" | "wage" | "cost" | "amount"
                        )
                    } else {
                        a.iter().chain(&b).any(|noun| noun == w)
                    }
                })
            };
            let said_unequal = ratio_sentences.iter().any(|(words, multiplied)| {
                words.iter().any(|w| w == x || w == y) && of_the_figures(multiplied)
            });
            if said_unequal {
                findings.push(reused(
                    text,
                    extraction,
                    (first, second),
                    (&format!("the {x} kind"), &format!("the {y} kind")),
                ));
            }
        }
    }
}

/// **Number reuse.** A figure said to be a multiple of another and given that other's figure: "- Time
/// at the bench: 3 hours" for one kind, and "- Time at the bench: three times as long as a small one,
/// 3 hours" for another. The two lines share their label; the second says "twice" or "N times as … as"
/// before its figure.
fn multiple_given_the_same_figure(
    text: &str,
    extraction: &Extraction,
    findings: &mut Vec<Finding>,
) {
    let quantities = &extraction.quantities;
    let line_of = |q: &Quantity| {
        let start = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
        let end = text[q.end..].find('\n').map_or(text.len(), |i| q.end + i);
        (start, end)
    };
    // The label before the line's colon, without its bullet.
    let label_of = |q: &Quantity| -> Option<String> {
        let (start, _) = line_of(q);
        let before = clamped(text, start, q.start);
        let (label, _) = before.split_once(':')?;
        let label = label
            .trim()
            .trim_start_matches(['-', '*'])
            .trim()
            .to_lowercase();
        (!label.is_empty() && label.split_whitespace().count() <= 6).then_some(label)
    };
    let unit_word = |q: &Quantity| {
        lower_words(clamped(text, q.end, (q.end + 16).min(text.len())))
            .into_iter()
            .next()
    };
    for (position, total) in quantities.iter().enumerate() {
        if total.in_table || !text[total.start..total.end].contains(|c: char| c.is_ascii_digit()) {
            continue;
        }
        let (line_start, _) = line_of(total);
        let lead = lower_words(clamped(text, line_start, total.start));
        let times = lead.windows(3).find_map(|w| {
            let factor = match w[0].as_str() {
                "twice" | "double" => Some(2.0),
                "thrice" => Some(3.0),
                word => dyad_text::claims::word_value(word)
                    .or_else(|| word.parse::<f64>().ok())
                    .filter(|_| w[1] == "times"),
            }?;
            (w[1] == "as" || w[1] == "times" && w[2] == "as").then_some(factor)
        });
        if !times.is_some_and(|factor| factor != 1.0) {
            continue;
        }
        let Some(label) = label_of(total) else {
            continue;
        };
        let earlier = quantities[..position]
            .iter()
            .rev()
            .take(NEARBY_FIGURES)
            .find(|q| {
                !q.in_table
                    && q.unit == total.unit
                    && q.value == total.value
                    && text[q.start..q.end] == text[total.start..total.end]
                    && unit_word(q) == unit_word(total)
                    && label_of(q).as_deref() == Some(label.as_str())
            });
        if let Some(earlier) = earlier {
            findings.push(reused(
                text,
                extraction,
                (earlier, total),
                (&format!("`{label}` of one kind"), "a multiple of it"),
            ));
        }
    }
}

/// How many figures ahead (or back) the reuse rules of a rate, a share's balance and a stated multiple
/// look for the figure given again: restatements lie a few sentences apart.
const NEARBY_FIGURES: usize = 64;

/// Words that make a figure the whole of its parts: "Rs 35,000 in all", "together they carried".
const TOTALLED: &[&str] = &[
    "in all",
    "together",
    "altogether",
    "in total",
    "all told",
    "between them",
    "combined",
];

/// The periods or things a figure is a rate of, each as its words: from the words right after it
/// ("Afs 26,000 a month", "Rs 35,000 a boy", "Rs 450 for each small namda", "Rs 18,000 a day for each
/// truck", "Afs 250 a bed a night"), an adjective of time before it in its clause or its line's label
/// ("her monthly salary is Rs 48,000", "- Daily wage: Rs 1,800"), or "each" opening its clause ("Each
/// carton holds 200 packets"). Periods come back as "day", "week", "month" or "year".
fn rate_units(text: &str, extraction: &Extraction, quantity: &Quantity) -> Vec<Vec<String>> {
    let mut units: Vec<Vec<String>> = Vec::new();
    let end = text[quantity.end..]
        .find(['.', ',', ';', ':', '\n', '('])
        .map_or(text.len(), |i| quantity.end + i);
    let after = lower_words(clamped(text, quantity.end, end.min(quantity.end + 48)));
    // Words of a figure after it ("a share", "a total") say what it is, not what it is per.
    let says_what = |unit: &[String]| {
        unit.iter().any(|w| {
            matches!(
                w.as_str(),
                "total" | "share" | "sum" | "lot" | "further" | "little" | "bit" | "few"
            )
        })
    };
    let mut at = 0;
    while at < after.len() {
        let lead = matches!(after[at].as_str(), "a" | "an" | "per" | "each" | "every");
        // The first right after the figure or its noun ("Rs 32,000 a month", "250 bags a truck");
        // the next after the first, or after "for" ("a day for each truck", "a bed a night").
        // … or after a noun of two words joined by "of" ("900 boxes of gum a shift").
        let placed = if units.is_empty() {
            (at <= 2 || at <= 4 && after.get(1).is_some_and(|w| w == "of"))
                && !(at > 1 && after[..at].iter().any(|w| w == "for"))
        } else {
            true
        };
        if lead && placed {
            let unit: Vec<String> = after[at + 1..]
                .iter()
                .take_while(|w| !FUNCTION_WORDS.contains(&w.as_str()) && !verb_like(w))
                .take(2)
                .cloned()
                .collect();
            if unit.is_empty() || says_what(&unit) {
                break;
            }
            at += unit.len() + 1;
            units.push(unit);
            continue;
        }
        if !units.is_empty() && after[at] != "for" {
            break;
        }
        at += 1;
    }
    let (sentence_start, _) = extraction.sentences[quantity.sentence];
    let line_start = text[..quantity.start].rfind('\n').map_or(0, |i| i + 1);
    let before = clamped(text, sentence_start.max(line_start), quantity.start);
    // The clause before the figure, or the label before its colon when the figure opens the value.
    let mut clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    if clause.trim().is_empty()
        && let Some(label) = before.trim_end().strip_suffix(':')
    {
        clause = label.rsplit([',', ';', ':']).next().unwrap_or(label);
    }
    let words = lower_words(clause);
    let period = [
        ("daily", "day"),
        ("weekly", "week"),
        ("monthly", "month"),
        ("yearly", "year"),
        ("annual", "year"),
    ]
    .iter()
    .find(|(adjective, _)| words.iter().any(|w| w == adjective))
    .map(|(_, period)| vec![(*period).to_string()]);
    units.extend(period);
    // A period counted per item in the clause or label before it: "Cut from the weekly wage for each
    // day absent: Rs 1,800".
    for pair in words.windows(2) {
        if matches!(pair[0].as_str(), "each" | "per" | "every")
            && matches!(pair[1].as_str(), "day" | "week" | "month" | "year")
        {
            units.push(vec![pair[1].clone()]);
        }
    }
    // "Each carton holds 200 packets", "From January every baker is paid".
    if let [each, noun, ..] = words.as_slice()
        && each == "each"
        && !FUNCTION_WORDS.contains(&noun.as_str())
    {
        units.push(vec![noun.clone()]);
    }
    for pair in words.windows(2) {
        if pair[0] == "every"
            && !FUNCTION_WORDS.contains(&pair[1].as_str())
            && !is_period(std::slice::from_ref(&pair[1]))
            && !pair[1].chars().any(|c| c.is_ascii_digit())
            && dyad_text::claims::word_value(&pair[1]).is_none()
        {
            units.push(vec![pair[1].clone()]);
        }
    }
    units.dedup();
    units
}

/// Whether a unit is a span of time.
fn is_period(unit: &[String]) -> bool {
    unit.len() == 1 && matches!(unit[0].as_str(), "day" | "week" | "month" | "year")
}

/// How many of `unit` a figure given again stands for: a count before the unit in the words before it
/// ("three months' rent, Afs 26,000" is 3, "for the twelve months of 2025" 12, "half a month's pay,
/// that is" 0.5) or after it in its clause ("Rs 18,000 a day for the six trucks" is 6); a count of the
/// unit in `context`, the sentences of the rate, when the figure is said to be a whole ("30 rings a
/// week for four weeks … 30 rings in all" is 4); or a longer period of the rate's own thing ("her
/// annual salary").
fn multiple_of(
    (clause, after): (&str, &str),
    (rate_sentence, context): (&str, &str),
    unit: &[String],
) -> Option<f64> {
    let plain = |w: &str| w.trim_end_matches("'s").trim_end_matches('\'').to_string();
    let is_unit = |w: &str| {
        let w = plain(w);
        unit.iter()
            .any(|u| w == *u || w == format!("{u}s") || w == format!("{u}es"))
    };
    // The count right before the unit, or before one word of it ("14 Afghan boys"): the nearest to
    // the figure ("Of the two boys …, together paid one boy's fee" counts one), and not a count "each
    // of" ("for each of the twelve months … she was paid").
    let counted = |words: &[String]| -> Option<f64> {
        words
            .iter()
            .enumerate()
            .skip(1)
            .rev()
            .find_map(|(i, word)| {
                if !is_unit(word) {
                    return None;
                }
                let each_of = words[..i]
                    .iter()
                    .rev()
                    .take(4)
                    .any(|w| matches!(w.as_str(), "each" | "every" | "per"));
                if each_of {
                    return None;
                }
                let previous = words[i - 1].as_str();
                // "half a month's".
                if previous == "a" && i >= 2 && words[i - 2] == "half" {
                    return Some(0.5);
                }
                amount(previous).or_else(|| {
                    (i >= 2)
                        .then(|| amount(&words[i - 2]))
                        .flatten()
                        .filter(|_| !FUNCTION_WORDS.contains(&previous))
                })
            })
    };
    // The whole the figure is ("in all", "together", "altogether", "in total"), said of the figure itself: right after it in its clause, or in the three words before it
    // ("200 packets in all", "altogether Rs 35,000"; not "together the two inspectors counted").
    let figure_totalled = {
        let near_before = lower_words(clause);
        // The clause ends with the figure's own words ("afs", "250"): five words take in three more.
        let near_before = near_before[near_before.len().saturating_sub(5)..].join(" ");
        let after = after.to_lowercase();
        TOTALLED
            .iter()
            .any(|w| contains_word(&after, w) || contains_word(&near_before, w))
    };
    let period = is_period(unit);
    // "With nine bakers, the bakery pays …": the whole of the units the figure is for.
    let clause_words = lower_words(clause);
    let with_count = clause_words
        .windows(3)
        .any(|w| w[0] == "with" && amount(&w[1]).is_some() && is_unit(&w[2]));
    if let Some(count) = counted(&clause_words).filter(|_| period || figure_totalled || with_count)
    {
        return Some(count);
    }
    // "for the six trucks" after the figure in its clause (not "for only one of the six").
    let after_words = lower_words(after);
    if let Some(at) = after_words.iter().position(|w| w == "for")
        && !after_words.get(at + 1).is_some_and(|w| {
            matches!(
                w.as_str(),
                "one" | "only" | "each" | "every" | "a" | "an" | "per" | "single"
            )
        })
        && let Some(count) = counted(&after_words[at..])
    {
        return Some(count);
    }
    // A whole of the units the rate's sentences count ("36 cartons … Each carton holds 200 packets,
    // so 200 packets in all").
    if figure_totalled && let Some(count) = counted(&lower_words(context)) {
        return Some(count);
    }
    // A longer period named as such, of the thing the rate's own sentence names: "her monthly salary
    // is Rs 48,000 … her annual salary, Rs 48,000" (not "an annual bonus of", which may be a month's
    // pay).
    if period {
        let rate_words = lower_words(rate_sentence);
        const LENGTHS: [(&str, f64); 4] = [
            ("day", 1.0),
            ("week", 7.0),
            ("month", 30.0),
            ("year", 365.0),
        ];
        let length = |name: &str| {
            LENGTHS
                .iter()
                .find(|(p, _)| *p == name)
                .map(|(_, days)| *days)
        };
        let rate_length = length(&unit[0])?;
        let lowered = clause.to_lowercase();
        let longer = [
            ("annual", "year"),
            ("yearly", "year"),
            ("a year's", "year"),
            ("monthly", "month"),
            ("a month's", "month"),
            ("weekly", "week"),
            ("a week's", "week"),
        ];
        // The rate's own thing, not another's ("the annual rent of the shed next door").
        let of_the_rate = |phrase: &str| {
            lowered.find(phrase).is_some_and(|at| {
                let next = lower_words(&lowered[at + phrase.len()..]);
                next.first()
                    .is_some_and(|noun| noun.len() >= 3 && rate_words.contains(noun))
                    && next.get(1).is_none_or(|w| w != "of")
            })
        };
        return longer
            .iter()
            .filter(|(phrase, _)| contains_word(&lowered, phrase) && of_the_rate(phrase))
            .filter_map(|(_, period)| length(period))
            .find(|&days| days > rate_length)
            .map(|days| days / rate_length);
    }
    None
}

/// **Number reuse.** A rate given again as a multiple of itself: "Afs 26,000 a month … a deposit equal
/// to three months' rent, Afs 26,000", "her monthly salary is Rs 48,000 … for the twelve months of
/// 2025 her salary came to Rs 48,000", "Rs 35,000 a boy … the fees of 14 boys, Rs 35,000 in all",
/// "Daily wage: Rs 1,800 … Monthly wage: Rs 1,800". A sum is its own multiple only once.
fn rate_as_its_multiple(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let figures: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| {
            !q.in_table
                && matches!(q.unit, "USD" | "PKR" | "AFN" | "count")
                && q.value >= 10.0
                && text[q.start..q.end].chars().any(|c| c.is_ascii_digit())
        })
        .collect();
    // Each sentence in lower case, and whether it says its figures are equal on purpose ("the same
    // again", "Rs 450 apiece"), read once: a long sentence holds many pairs.
    let mut sentences_said: HashMap<usize, (String, bool)> = HashMap::new();
    for (position, rate) in figures.iter().enumerate() {
        // Read only when a figure repeats it: most figures are never written twice.
        let mut units: Option<Vec<Vec<String>>> = None;
        // A restatement lies within a few sentences, and so within a few dozen figures: a text of
        // one endless sentence must not pair every figure with every other.
        for total in figures[position + 1..].iter().take(NEARBY_FIGURES) {
            if apart_sentences(text, extraction, rate.sentence, total.sentence) > 4 {
                break;
            }
            if total.value != rate.value
                || total.unit != rate.unit
                || text[total.start..total.end] != text[rate.start..rate.end]
            {
                continue;
            }
            let (sentence_start, sentence_end) = extraction.sentences[total.sentence];
            let (said, on_purpose) = sentences_said.entry(total.sentence).or_insert_with(|| {
                let said = clamped(text, sentence_start, sentence_end).to_lowercase();
                let on_purpose = lower_words(&said).iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "same"
                            | "unchanged"
                            | "again"
                            | "identical"
                            | "likewise"
                            | "apiece"
                            | "respectively"
                    )
                });
                (said, on_purpose)
            });
            if *on_purpose {
                continue;
            }
            // The figure's own clause: from the last break before it (the rate's, in one sentence)
            // to the next after it.
            let clause_start = text[sentence_start.max(rate.end)..total.start]
                .rfind([',', ';'])
                .map_or(sentence_start, |i| sentence_start.max(rate.end) + i + 1);
            if total.sentence == rate.sentence && clause_start <= rate.end {
                continue;
            }
            // The words before it: its sentence's, or those after the rate in one sentence.
            let clause = clamped(text, sentence_start.max(rate.end), total.end);
            // A figure "at" which something is left or sold is a rate again: "leave the rent at Rs
            // 180,000 for the first six months".
            if lower_words(clamped(text, total.start.saturating_sub(12), total.start))
                .last()
                .is_some_and(|w| w == "at")
            {
                continue;
            }
            let clause_end = text[total.end..sentence_end.max(total.end)]
                .find([',', ';', '.'])
                .map_or(sentence_end, |i| total.end + i);
            let after = clamped(text, total.end, clause_end);
            // The rate's sentences: the one before it and its own, up to the figure given again.
            let (rate_start, rate_end) = extraction.sentences[rate.sentence];
            let context_start = rate
                .sentence
                .checked_sub(1)
                .map_or(rate_start, |s| extraction.sentences[s].0);
            let context = clamped(text, context_start, rate_end.min(total.start));
            let rate_sentence = clamped(text, rate_start, rate_end);
            let units = units.get_or_insert_with(|| rate_units(text, extraction, rate));
            // A figure of a person the rate's thing has ("the driver's cousin … earned Rs 2,500 in
            // all" after "Each driver is paid Rs 2,500 a day") is another's; "a driver's pay" is not.
            let lowered_clause = clause.to_lowercase();
            let anothers = units.iter().any(|unit| {
                let [unit] = unit.as_slice() else {
                    return false;
                };
                !is_period(std::slice::from_ref(unit))
                    && ["'s ", "\u{2019}s "].iter().any(|mark| {
                        lowered_clause
                            .split(&format!("{unit}{mark}"))
                            .skip(1)
                            .any(|rest| {
                                lower_words(rest).first().is_some_and(|w| {
                                    matches!(
                                        w.as_str(),
                                        "cousin"
                                            | "brother"
                                            | "sister"
                                            | "son"
                                            | "daughter"
                                            | "wife"
                                            | "husband"
                                            | "father"
                                            | "mother"
                                            | "helper"
                                            | "assistant"
                                            | "friend"
                                            | "partner"
                                            | "apprentice"
                                            | "neighbour"
                                            | "neighbor"
                                    )
                                })
                            })
                    })
            });
            // Another sum of the unit between the rate and its figure given again in that
            // sentence ("pays Afs 67,500 a month in wages and Afs 7,500 a month in rent"), or a
            // rest beside it ("sends 80 cartons a day to Kabul and keeps the other 80"): the figure
            // is another item of a list.
            let total_clause_start = last_clause_break(clamped(text, sentence_start, total.start))
                .map_or(sentence_start, |i| sentence_start + i + 1);
            let listed = extraction
                .in_sentence(total.sentence)
                .map(|i| &extraction.quantities[i])
                .any(|q| {
                    // A sum's list runs over its sentence; a count's only over its clause (a
                    // list's number, "3.", is no count of it).
                    let from = if total.unit == "count" {
                        rate.end.max(total_clause_start)
                    } else {
                        rate.end
                    };
                    q.unit == total.unit
                        && q.start > from
                        && q.end <= total.start
                        && text[q.start..q.end].contains(|c: char| c.is_ascii_digit())
                })
                || extraction
                    .in_sentence(total.sentence)
                    .map(|i| &extraction.quantities[i])
                    .any(|q| {
                        q.start > total.end
                            && q.value == total.value
                            && lower_words(clamped(text, q.start.saturating_sub(16), q.start))
                                .last()
                                .is_some_and(|w| {
                                    matches!(w.as_str(), "other" | "rest" | "remaining")
                                })
                    });
            if anothers || listed {
                continue;
            }
            let total_units = rate_units(text, extraction, total);
            // The clause counts the rate's things in one of the figure's: "Each shift turns out 80
            // cartons … with two shifts a day the works turns out 80 cartons a day".
            let counted_per = units.iter().find_map(|unit| {
                let [unit] = unit.as_slice() else {
                    return None;
                };
                lower_words(clause)
                    .windows(4)
                    .find_map(|w| {
                        let count = amount(&w[0])?;
                        let of_unit = w[1] == *unit || w[1] == format!("{unit}s");
                        let per = matches!(w[2].as_str(), "a" | "per" | "each" | "every");
                        (of_unit
                            && per
                            && count != 1.0
                            && total_units.contains(&vec![w[3].clone()]))
                        .then(|| format!("one {unit}"))
                    })
                    // "… over our three shifts 900 boxes a day": the count of the rate's things right
                    // before a figure of a period.
                    .or_else(|| {
                        let before =
                            lower_words(clamped(text, clause_start.max(rate.end), total.start));
                        let [.., count, things] = before.as_slice() else {
                            return None;
                        };
                        let count = amount(count)?;
                        (things == &format!("{unit}s")
                            && count != 1.0
                            && !is_period(std::slice::from_ref(unit))
                            && !total_units.is_empty()
                            && total_units.iter().all(|u| is_period(u)))
                        .then(|| format!("one {unit}"))
                    })
            });
            if let Some(first_is) = counted_per {
                findings.push(reused(
                    text,
                    extraction,
                    (rate, total),
                    (&first_is, "a multiple of it"),
                ));
                break;
            }
            // The rate again ("Rs 48,000 a month for the twelve months"), unless it is given for
            // fewer things ("Rs 18,000 a day for each truck … Rs 18,000 a day for the six trucks") or
            // another period ("Daily wage … Monthly wage").
            let restated = !(total_units.is_empty()
                || total_units.iter().all(|u| units.contains(u))
                || total_units.iter().all(|u| is_period(u)) && units.iter().all(|u| is_period(u)));
            let to_check: Vec<&Vec<String>> =
                units.iter().filter(|u| !total_units.contains(u)).collect();
            if restated || !units.is_empty() && to_check.is_empty() {
                continue;
            }
            let multiple = if units.is_empty() {
                // "The first truck … carried 250 bags. The second … the same number of bags. The
                // two trucks together thus carried 250 bags": a part, matched, then the whole.
                let matched = clamped(text, rate.end, sentence_start.max(rate_end)).to_lowercase();
                let matched = [
                    "the same number",
                    "the same amount",
                    "the same quantity",
                    "as many",
                    "as much",
                ]
                .iter()
                .any(|w| matched.contains(w));
                (matched
                    && total.sentence != rate.sentence
                    && TOTALLED.iter().any(|w| contains_word(said, w)))
                .then(|| "one part".to_string())
            } else {
                to_check.iter().find_map(|unit| {
                    multiple_of((clause, after), (rate_sentence, context), unit)
                        .filter(|&times| times != 1.0)
                        .map(|_| format!("one {}", unit.join(" ")))
                })
            };
            if let Some(first_is) = multiple {
                findings.push(reused(
                    text,
                    extraction,
                    (rate, total),
                    (&first_is, "a multiple of it"),
                ));
                break;
            }
        }
    }
}

/// Whether two figures written alike are of two series: each set against a figure of its own, and the
/// two others differ ("made 3,200 tonnes of oil against 4,000" and "sold 2,300 tonnes, against 2,450
/// tonnes the year before"), or one of them is what is left of a whole ("The rest we sold in Herat
/// and Kabul: 24 tonnes"). A slip of the pen restates a figure; it does not bring its own comparison.
fn series_of_their_own(
    text: &str,
    extraction: &Extraction,
    (a, b): (&Quantity, &Quantity),
) -> bool {
    let compared = |q: &Quantity| -> Option<f64> {
        let at = extraction
            .quantities
            .partition_point(|other| other.start < q.end);
        let next = extraction
            .quantities
            .get(at)
            .filter(|other| other.sentence == q.sentence)?;
        let between = lower_words(clamped(text, q.end, next.start));
        let against = between.len() <= 8
            && between
                .iter()
                .any(|w| matches!(w.as_str(), "against" | "versus" | "vs" | "compared"))
            || between.ends_with(&["up".to_string(), "from".to_string()])
            || between.ends_with(&["down".to_string(), "from".to_string()]);
        (against && next.unit == q.unit).then_some(next.value)
    };
    matches!((compared(a), compared(b)), (Some(x), Some(y)) if x != y)
        || names_a_rest(text, extraction, a)
        || names_a_rest(text, extraction, b)
}

/// Whether the clauses of two figures name different places goods went to or came from: "made 210
/// tonnes in 2024" and "Sales to Jalalabad fell from 120 tonnes in 2024" are the whole and a part.
fn clauses_name_other_places(
    text: &str,
    extraction: &Extraction,
    (a, b): (&Quantity, &Quantity),
) -> bool {
    let places = |q: &Quantity| -> Vec<String> {
        let (start, end) = clause_bounds(text, extraction, q);
        let words: Vec<&str> = clamped(text, start, end)
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .collect();
        words
            .windows(2)
            .filter(|pair| {
                matches!(pair[0], "to" | "from")
                    && pair[1].len() >= 3
                    && pair[1].starts_with(char::is_uppercase)
                    && dyad_text::claims::month_number(&pair[1].to_lowercase()).is_none()
                    // A people's adjective ("to Afghan transport companies") is no place; a
                    // name in -stan is.
                    && (pair[1].ends_with("stan")
                        || !["an", "ani", "ese", "ish", "ian"]
                            .iter()
                            .any(|end| pair[1].ends_with(end)))
            })
            .map(|pair| pair[1].to_string())
            .collect()
    };
    places(a) != places(b)
}

/// **Number reuse.** A yield stated as a ratio of two goods ("from every ten kilograms of cane we get
/// one kilogram of shakkar"), and one figure given to both within a few sentences ("crushes 20 tonnes
/// of cane a day … the pans give us 20 tonnes of shakkar"): what goes in and what comes out differ by
/// the ratio.
fn input_and_output_given_one_figure(
    text: &str,
    extraction: &Extraction,
    findings: &mut Vec<Finding>,
) {
    // Each sentence's ratio: the good that goes in, the good that comes out.
    let mut ratios: Vec<(usize, String, String)> = Vec::new();
    for sentence in 0..extraction.sentences.len() {
        let said = sentence_text(text, extraction, sentence);
        if !said.contains(" of ") {
            continue;
        }
        let words = lower_words(said);
        // "<n> <measure> of <good>" at `at`: its size, measure and good.
        let measured = |at: usize| -> Option<(f64, &'static str, &String)> {
            let size = amount(words.get(at)?)?;
            let measure = measure_named(words.get(at + 1)?)?;
            (words.get(at + 2)? == "of").then_some(())?;
            Some((size, measure, good_after(&words[at + 3..])?))
        };
        for at in 0..words.len() {
            if !matches!(words[at].as_str(), "every" | "each") {
                continue;
            }
            let Some((size_in, measure, good_in)) = measured(at + 1) else {
                continue;
            };
            let out = (at + 5..words.len())
                .take(12)
                .find_map(|j| measured(j).filter(|(_, m, g)| *m == measure && *g != good_in));
            if let Some((size_out, _, good_out)) = out
                && size_out != size_in
            {
                ratios.push((sentence, good_in.clone(), good_out.clone()));
            }
        }
    }
    if ratios.is_empty() {
        return;
    }
    // The good a figure is of, by the last word of its phrase: "20 tonnes of cane", "300 kilograms
    // of raw wool from …" is wool.
    let good_of = |q: &Quantity| -> Option<String> {
        let after = lower_words(following_words(text, extraction, q));
        let of = after.iter().take(3).position(|w| w == "of")?;
        good_after(&after[of + 1..]).cloned()
    };
    // A stock held or a figure of another time is no output of the input beside it.
    let another_time = |q: &Quantity| {
        lower_words(sentence_text(text, extraction, q.sentence))
            .iter()
            .any(|w| {
                matches!(
                    w.as_str(),
                    "stock"
                        | "stocks"
                        | "store"
                        | "holds"
                        | "held"
                        | "still"
                        | "last"
                        | "earlier"
                        | "previous"
                        | "week"
                        | "month"
                        | "season"
                        | "year"
                )
            })
    };
    let figures: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.unit == "count" && q.value > 1.0)
        .collect();
    for (position, first) in figures.iter().enumerate() {
        // A stated ratio makes the pair unlikely by chance: a little further than a restatement.
        for second in figures[position + 1..].iter().take(NEARBY_FIGURES) {
            if apart_sentences(text, extraction, first.sentence, second.sentence) > 8 {
                break;
            }
            if text[first.start..first.end] != text[second.start..second.end] {
                continue;
            }
            let (Some(a), Some(b)) = (good_of(first), good_of(second)) else {
                continue;
            };
            if a == b || another_time(first) || another_time(second) {
                continue;
            }
            let near = |sentence: usize| {
                sentence + 4 >= first.sentence.min(second.sentence)
                    && sentence <= second.sentence.max(first.sentence) + 4
            };
            let stated = ratios.iter().any(|(sentence, good_in, good_out)| {
                near(*sentence)
                    && (a == *good_in && b == *good_out || a == *good_out && b == *good_in)
            });
            if stated {
                findings.push(reused(
                    text,
                    extraction,
                    (first, second),
                    (&format!("the {a}"), &format!("the {b}")),
                ));
                break;
            }
        }
    }
}

/// The good a phrase after "of" names: its first word, past an adjective of its state ("raw wool",
/// "clean wool" and "wool" are one good).
fn good_after(words: &[String]) -> Option<&String> {
    let first = words.first()?;
    let state = matches!(
        first.as_str(),
        "raw"
            | "clean"
            | "fresh"
            | "dried"
            | "dry"
            | "green"
            | "white"
            | "black"
            | "brown"
            | "refined"
            | "crude"
            | "whole"
            | "ground"
            | "washed"
            | "unwashed"
            | "loose"
    );
    if state {
        words
            .get(1)
            .filter(|w| !FUNCTION_WORDS.contains(&w.as_str()))
    } else {
        Some(first)
    }
}

/// Measures a price may be given per, by their words, and the name each is counted by.
const MEASURES: &[(&str, &str)] = &[
    ("kg", "kg"),
    ("kgs", "kg"),
    ("kilo", "kg"),
    ("kilos", "kg"),
    ("kilogram", "kg"),
    ("kilograms", "kg"),
    ("litre", "litre"),
    ("litres", "litre"),
    ("liter", "litre"),
    ("liters", "litre"),
    ("metre", "metre"),
    ("metres", "metre"),
    ("meter", "metre"),
    ("meters", "metre"),
    ("yard", "yard"),
    ("yards", "yard"),
    ("gram", "gram"),
    ("grams", "gram"),
    ("maund", "maund"),
    ("maunds", "maund"),
];

/// The measure a word names, by its one name: "kilos" is "kg".
fn measure_named(word: &str) -> Option<&'static str> {
    MEASURES
        .iter()
        .find(|(written, _)| *written == word)
        .map(|(_, name)| *name)
}

/// How much of which measure a price is given for: "Rs 3,600 a kg" is one kg, "Rs 3,600 a 40-kg bag"
/// forty, and "Afs 650 a box" two when its line or sentence says the boxes hold 2 kg ("in gift boxes
/// of 2 kg").
fn priced_measure(
    text: &str,
    extraction: &Extraction,
    q: &Quantity,
) -> Option<(f64, &'static str)> {
    let end = text[q.end..]
        .find(['.', ',', ';', ':', '\n', '('])
        .map_or(text.len(), |i| q.end + i);
    let after = lower_words(clamped(text, q.end, end.min(q.end + 40)));
    let after: Vec<&str> = after.iter().map(String::as_str).collect();
    match after.as_slice() {
        ["a" | "per" | "each" | "every", measure, ..] if measure_named(measure).is_some() => {
            Some((1.0, measure_named(measure)?))
        }
        // "a 40-kg bag", "per 50 kg sack".
        ["a" | "per" | "each" | "every", size, measure, _pack, ..] if positive(size).is_some() => {
            Some((positive(size)?, measure_named(measure)?))
        }
        // "a box": the size its line or sentence gives the pack ("boxes of 2 kg", "2-kg boxes").
        ["a" | "per" | "each" | "every", pack, ..] if pack.len() >= 3 => {
            pack_size(text, extraction, q, pack)
        }
        // "A tin of first cut therefore costs USD 46": the pack opens the clause, a verb of price
        // ends it.
        _ => {
            let (sentence_start, _) = extraction.sentences[q.sentence];
            let clause = clamped(text, sentence_start, q.start)
                .rsplit([',', ';', ':'])
                .next()
                .unwrap_or("");
            let words = lower_words(clause);
            let priced = words
                .last()
                .is_some_and(|w| matches!(w.as_str(), "costs" | "cost" | "fetches"))
                || words.ends_with(&["sells".to_string(), "for".to_string()]);
            match words.as_slice() {
                [lead, pack, ..]
                    if priced
                        && matches!(lead.as_str(), "a" | "an" | "one" | "each" | "every")
                        && pack.len() >= 3
                        && measure_named(pack).is_none() =>
                {
                    pack_size(text, extraction, q, pack)
                }
                _ => None,
            }
        }
    }
}

/// The size a text gives a pack near a figure: in the figure's line or sentence, or the sentence before
/// in its paragraph ("boxes of 2 kg", "sealed 25-kg tins").
fn pack_size(
    text: &str,
    extraction: &Extraction,
    q: &Quantity,
    pack: &str,
) -> Option<(f64, &'static str)> {
    let line_start = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
    let (sentence_start, _) = extraction.sentences[q.sentence];
    let lead_start = q
        .sentence
        .checked_sub(1)
        .map(|previous| extraction.sentences[previous].0)
        .filter(|start| !clamped(text, *start, sentence_start).contains("\n\n"))
        .unwrap_or(sentence_start);
    let lead = lower_words(clamped(text, line_start.max(lead_start), q.start));
    let plural = |w: &str| w == pack || w == format!("{pack}s") || w == format!("{pack}es");
    lead.windows(4).find_map(|w| {
        if plural(&w[0]) && w[1] == "of" {
            Some((positive(&w[2])?, measure_named(&w[3])?))
        } else if plural(&w[2]) {
            Some((positive(&w[0])?, measure_named(&w[1])?))
        } else {
            None
        }
    })
}

/// **Number reuse.** One price given for a pack and for one measure of what it holds: "Rs 3,600 a
/// 40-kg bag, which works out at Rs 3,600 a kg", "loose: Afs 650 a kg … in gift boxes of 2 kg: Afs 650
/// a box". The two are of one good: in one sentence, or in lines or sentences that open with its name.
fn price_of_a_pack_and_of_its_measure(
    text: &str,
    extraction: &Extraction,
    findings: &mut Vec<Finding>,
) {
    let prices: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && matches!(q.unit, "USD" | "PKR" | "AFN"))
        .collect();
    // The first two longer words of the figure's line, or of its sentence when the line is longer.
    let named = |q: &Quantity| -> Option<Vec<String>> {
        let line_start = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
        let (sentence_start, _) = extraction.sentences[q.sentence];
        let words: Vec<String> =
            lower_words(clamped(text, line_start.max(sentence_start), q.start))
                .into_iter()
                .filter(|w| w.len() >= 4 && w.chars().all(char::is_alphabetic))
                .take(2)
                .collect();
        (words.len() == 2).then_some(words)
    };
    for (position, first) in prices.iter().enumerate() {
        let mut first_measure = None;
        for second in prices[position + 1..].iter().take(NEARBY_FIGURES) {
            if apart_sentences(text, extraction, first.sentence, second.sentence) > 4 {
                break;
            }
            if text[first.start..first.end] != text[second.start..second.end] {
                continue;
            }
            let Some((first_size, measure)) =
                *first_measure.get_or_insert_with(|| priced_measure(text, extraction, first))
            else {
                break;
            };
            let Some((second_size, second_measure)) = priced_measure(text, extraction, second)
            else {
                continue;
            };
            // One good: the second worked out from the first ("which works out at", "therefore"),
            // or lines that open with the same two words ("Almond noql, loose" and "Almond noql,
            // in gift boxes").
            let derived = {
                let between = lower_words(clamped(text, first.end, second.start));
                between
                    .iter()
                    .any(|w| matches!(w.as_str(), "therefore" | "thus" | "hence" | "so"))
                    || between.windows(2).any(|pair| {
                        matches!(
                            (pair[0].as_str(), pair[1].as_str()),
                            ("works", "out") | ("work", "out") | ("which", "is") | ("that", "is")
                        )
                    })
            };
            let one_good = derived
                || first.sentence != second.sentence
                    && named(first).is_some_and(|name| named(second) == Some(name));
            let said = sentence_text(text, extraction, second.sentence).to_lowercase();
            let on_purpose = lower_words(&said).iter().any(|w| {
                matches!(
                    w.as_str(),
                    "same" | "again" | "likewise" | "either" | "whether"
                )
            });
            if measure == second_measure && first_size != second_size && one_good && !on_purpose {
                let describe = |size: f64| {
                    if size == 1.0 {
                        format!("one {measure}")
                    } else {
                        format!("a pack of {size} {measure}")
                    }
                };
                findings.push(reused(
                    text,
                    extraction,
                    (first, second),
                    (&describe(first_size), &describe(second_size)),
                ));
                break;
            }
        }
    }
}

/// Two sums or counts written alike, each with a different share of one whole after it in brackets
/// ("Rs 42 million (30 percent)" and "Rs 42 million (20 percent)"): one of the two is a slip.
fn same_figure_other_share(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let share_after = |q: &Quantity| bracketed_share(text, extraction, q).map(|share| share.value);
    // Or a share in words right before it: "about three in five of them, 412,000".
    let share_before = |q: &Quantity| -> Option<f64> {
        let before = lower_words(clamped(text, q.start.saturating_sub(30), q.start));
        let before: Vec<&str> = before.iter().map(String::as_str).collect();
        let before = match before.as_slice() {
            [rest @ .., "of", "them"] => rest,
            all => all,
        };
        let [.., part, "in", whole] = before else {
            return None;
        };
        let number = |w: &str| {
            [
                "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
            ]
            .iter()
            .position(|n| *n == w)
            .map(|i| i as f64 + 1.0)
        };
        Some(number(part)? / number(whole)? * 100.0)
    };
    let figures: Vec<(&Quantity, f64)> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.unit != "percent")
        .filter_map(|q| Some((q, share_after(q).or_else(|| share_before(q))?)))
        .collect();
    for (position, (first, first_share)) in figures.iter().enumerate() {
        for (second, second_share) in &figures[position + 1..] {
            if second.sentence > first.sentence + 6 {
                break;
            }
            // Each share of a whole the text states ("of the 2,000 trucks … 600 (30%); at Chaman,
            // where 1,500 crossed, 600 (40%)") is right for its own whole.
            let whole_stated = |value: f64, share: f64| {
                let whole = value * 100.0 / share;
                extraction
                    .quantities
                    .iter()
                    .any(|q| q.unit == first.unit && (q.value - whole).abs() <= whole * 0.05)
            };
            // A share in an indented item is of its parent, not of the list's whole.
            let indent = |q: &Quantity| {
                let line_start = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
                text[line_start..].len() - text[line_start..].trim_start().len()
            };
            if text[first.start..first.end] == text[second.start..second.end]
                && indent(first) == indent(second)
                && (first_share - second_share).abs() > 0.5
                && !(whole_stated(first.value, *first_share)
                    && whole_stated(second.value, *second_share))
            {
                findings.push(reused(
                    text,
                    extraction,
                    (first, second),
                    (
                        &format!("a share of {first_share:.0} percent"),
                        &format!("a share of {second_share:.0} percent"),
                    ),
                ));
            }
        }
    }
}

/// One figure, written alike, given to two of the pair's crossings in one sentence or the next
/// ("Torkham processed 742 thousand travellers and Chaman 742 thousand"): each figure's own clause
/// names one crossing, the two differ (the two ends of one crossing are one), and no word says the
/// figure holds for both ("each", "both", "also"). Figures of two significant digits or more.
fn one_figure_two_places(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    findings: &mut Vec<Finding>,
) {
    // The pair's crossings; the two ends of one crossing ("Chaman" and "Spin Boldak") are one place.
    let places: Vec<&str> = config.crossings.iter().map(String::as_str).collect();
    let one_crossing = |a: &str, b: &str| {
        let twin = |x: &str, y: &str| matches!((x, y), ("Chaman", "Spin Boldak"));
        a == b || twin(a, b) || twin(b, a)
    };
    // The place a figure's own clause names: the last one before it ("Torkham processed 742
    // thousand"), else the first after it ("412,000 came through Spin Boldak"); a name that ends
    // later wins, so a longer name wins over one inside it.
    let clause_break = |stretch: &str| {
        [", ", "; ", " and ", " while ", " but "]
            .iter()
            .filter_map(|w| stretch.rfind(w).map(|at| at + w.len()))
            .max()
            .unwrap_or(0)
    };
    let place_of = |q: &Quantity| -> Option<&str> {
        let (start, end) = stretch_bounds(extraction, q);
        let found = |stretch: &str, last: bool| -> Option<&str> {
            places
                .iter()
                .copied()
                .filter_map(|place| {
                    let mut found = stretch
                        .match_indices(place)
                        .map(|(at, _)| at)
                        .filter(|&at| {
                            !stretch[..at].ends_with(char::is_alphanumeric)
                                && !stretch[at + place.len()..].starts_with(char::is_alphanumeric)
                        });
                    let at = if last { found.last() } else { found.next() }?;
                    Some((at, place))
                })
                .max_by_key(|(at, place)| {
                    let key = if last {
                        (at + place.len()) as isize
                    } else {
                        -(*at as isize)
                    };
                    (key, place.len())
                })
                .map(|(_, place)| place)
        };
        let before = clamped(text, start, q.start);
        let before = &before[clause_break(before)..];
        let after = clamped(text, q.end, end);
        let after = &after[..[",", ";", " and ", " while ", " but "]
            .iter()
            .filter_map(|w| after.find(w))
            .min()
            .unwrap_or(after.len())];
        found(after, false)
            .filter(|_| {
                // "6,140 at Angoor Adda": a place right after the figure's noun is its own.
                let words = lower_words(after);
                words
                    .iter()
                    .take(3)
                    .any(|w| matches!(w.as_str(), "at" | "through" | "via" | "in" | "from"))
            })
            .or_else(|| found(before, true))
            .or_else(|| found(after, false))
    };
    let figures: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.unit != "percent" && q.value >= 10.0)
        .filter(|q| significant_digits(&text[q.start..q.end]) >= 2)
        .collect();
    let same_words = |q: &Quantity| {
        lower_words(sentence_text(text, extraction, q.sentence))
            .iter()
            .any(|w| SAMENESS.contains(&w.as_str()) || w == "respectively")
    };
    for (position, first) in figures.iter().enumerate() {
        // At most twenty figures on: a page of numbers read as one sentence stays linear.
        for second in figures[position + 1..].iter().take(20) {
            if second.sentence > first.sentence + 1 {
                break;
            }
            if (first.value, first.precision, first.unit)
                != (second.value, second.precision, second.unit)
            {
                continue;
            }
            let before = lower_words(clamped(text, second.start.saturating_sub(12), second.start));
            let points_back = before
                .last()
                .is_some_and(|w| matches!(w.as_str(), "all" | "the" | "these" | "those" | "this"));
            let (Some(a), Some(b)) = (place_of(first), place_of(second)) else {
                continue;
            };
            if one_crossing(a, b) || points_back || same_words(first) || same_words(second) {
                continue;
            }
            findings.push(reused(text, extraction, (first, second), (a, b)));
        }
    }
}

/// Words that name the part of a whole still to come: "US$ 37 million was outstanding".
const STILL_DUE: &[&str] = &[
    "outstanding",
    "pending",
    "unpaid",
    "unspent",
    "remaining",
    "remained",
    "overdue",
    "undisbursed",
];

/// A whole whose figure comes back as one of its parts, beside another part above nothing:
///
/// - parts listed after a colon in the whole's sentence ("about 640 trucks were held: 410 at Jamrud and
///   640 at Landi Kotal");
/// - in one of the next two sentences, one part and what is still due of the whole ("e-forms worth
///   US$ 251 million. By September US$ 251 million had been realised, and US$ 37 million was
///   outstanding").
///
/// Either way the parts cannot make the whole, and the repeated figure is the slip.
fn whole_among_its_parts(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let figures: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && matches!(q.unit, "count" | "USD" | "PKR" | "AFN"))
        .filter(|q| q.value >= 10.0)
        .collect();
    let written = |q: &Quantity| {
        text[q.start..q.end]
            .trim_start_matches(|c: char| !c.is_ascii_digit())
            .to_string()
    };
    // Quantities are in order of position: a figure's index is found by halving.
    let index_of = |q: &Quantity| {
        extraction
            .quantities
            .partition_point(|other| other.start < q.start)
    };
    // Each figure's period in its prose, read once: a figure meets many others.
    let mut periods: HashMap<usize, Option<String>> = HashMap::new();
    let mut period_of = |index: usize| {
        periods
            .entry(index)
            .or_insert_with(|| prose_period(text, extraction, index))
            .clone()
    };
    for (position, whole) in figures.iter().enumerate() {
        // Within two sentences, and a few dozen figures: one endless sentence must not pair every
        // figure with every other.
        let later = figures[position + 1..]
            .iter()
            .take(NEARBY_FIGURES)
            .take_while(|q| q.sentence <= whole.sentence + 2);
        for part in later {
            if part.unit != whole.unit || written(part) != written(whole) {
                continue;
            }
            // The other parts: after a colon in the whole's sentence, or in the part's sentence
            // (figures are in order of position, so the sentence's are found by halving).
            // A few dozen on either side of the part, as everywhere here.
            let part_at =
                position + 1 + figures[position + 1..].partition_point(|q| q.start < part.start);
            let first = figures
                .partition_point(|q| q.sentence < part.sentence)
                .max(part_at.saturating_sub(NEARBY_FIGURES));
            let end = figures
                .partition_point(|q| q.sentence <= part.sentence)
                .min(part_at + NEARBY_FIGURES);
            let others: Vec<&&Quantity> = figures[first..end.max(first)]
                .iter()
                .filter(|q| q.start != part.start)
                .filter(|q| q.unit == whole.unit && q.start > whole.end && q.value > 0.0)
                .collect();
            // "… to USD 540 million, so that …: exports of USD 884 million less imports of USD 540
            // million" restates a flow in a sum, no part of a whole.
            let restated_flow = {
                let flow_of = |q: &Quantity| {
                    flow_before(&clamped(text, q.start.saturating_sub(60), q.start).to_lowercase())
                };
                flow_of(whole).is_some() && flow_of(whole) == flow_of(part)
                    || lower_words(clamped(text, whole.end, part.start))
                        .iter()
                        .any(|w| matches!(w.as_str(), "less" | "minus" | "plus"))
            };
            let listed_after_colon = part.sentence == whole.sentence
                && !restated_flow
                && clamped(text, whole.end, part.start).contains(':')
                && others.iter().any(|q| {
                    let first = q.start.min(part.start);
                    let between = clamped(text, whole.end, first);
                    between.contains(':')
                        && !clamped(text, first, part.end.max(q.end)).contains(';')
                });
            let still_due = part.sentence > whole.sentence
                && others.iter().any(|q| {
                    q.start > part.end
                        && lower_words(following_words(text, extraction, q))
                            .iter()
                            .take(3)
                            .take_while(|w| w.as_str() != "and")
                            .any(|w| STILL_DUE.contains(&w.as_str()))
                });
            // "all 640", "the 640", "those US$ 251 million" point back to the whole.
            let before = lower_words(clamped(text, part.start.saturating_sub(12), part.start));
            let points_back = before
                .last()
                .is_some_and(|w| matches!(w.as_str(), "all" | "the" | "these" | "those" | "this"));
            // "All 212 consignments crossed at Torkham, while the rest went through Ghulam Khan": the
            // whole given to one part, with a rest beside it.
            let sentence_end = extraction.sentences[part.sentence].1;
            // The rest is of the same thing: "the rest went …", "the remaining consignments", not
            // "the remaining funds".
            let noun = counted_head(text, part);
            let rest_of_it = |after: &str, phrase: &str| {
                after.find(phrase).is_some_and(|at| {
                    let next = lower_words(&after[at + phrase.len()..]);
                    next.first().is_none_or(|w| {
                        noun.as_deref()
                            .is_some_and(|n| w.trim_end_matches('s') == n)
                            || matches!(
                                w.as_str(),
                                "went"
                                    | "were"
                                    | "was"
                                    | "are"
                                    | "is"
                                    | "crossed"
                                    | "came"
                                    | "of"
                                    | "through"
                                    | "via"
                                    | "at"
                                    | "used"
                                    | "took"
                            )
                    })
                })
            };
            let all_and_a_rest =
                part.sentence > whole.sentence && before.last().is_some_and(|w| w == "all") && {
                    let after = clamped(text, part.end, sentence_end).to_lowercase();
                    ["the rest", "the remaining", "the others", "the remainder"]
                        .iter()
                        .any(|w| rest_of_it(&after, w))
                };
            // An average equal to one of its months is no whole ("averaged 530 a month: 530 in
            // April, …"), and a figure of another period is another year's allocation.
            let lead = lower_words(clamped(text, whole.start.saturating_sub(24), whole.start));
            let after_whole = lower_words(clamped(text, whole.end, whole.end + 24));
            let an_average = lead
                .iter()
                .any(|w| w.starts_with("averag") || w == "mean" || w == "median")
                || after_whole.windows(2).take(3).any(|pair| {
                    matches!(pair[0].as_str(), "a" | "per")
                        && matches!(
                            pair[1].as_str(),
                            "day" | "week" | "month" | "quarter" | "year"
                        )
                });
            let periods_differ = matches!(
                (period_of(index_of(whole)), period_of(index_of(part))),
                (Some(a), Some(b)) if a != b
            );
            if an_average || periods_differ {
                continue;
            }
            // "Of the 8,400 pieces we made, 3,100 went to Herat … and 8,400 to you": the sentence
            // opens on the whole, and lists its parts after it.
            let sentence_start = extraction.sentences[whole.sentence].0;
            // Two short words at most: a longer opening is no "Of the".
            let opening = if whole.start - sentence_start <= 24 {
                lower_words(clamped(text, sentence_start, whole.start))
            } else {
                Vec::new()
            };
            // … and the repeated part goes where the others go ("… 1,200 to Mazar and 8,400 to
            // you"), not a thing all of it did ("and 6,200 carried the label").
            let first_after = |q: &Quantity| {
                lower_words(clamped(text, q.end, q.end + 16))
                    .into_iter()
                    .next()
            };
            let of_the_whole = part.sentence == whole.sentence
                && matches!(opening.as_slice(), [of, the] if of == "of" && matches!(the.as_str(), "the" | "its" | "our" | "their" | "his" | "her" | "all"))
                && clamped(text, whole.end, part.start).contains(',')
                && others
                    .iter()
                    .any(|q| q.start < part.start && first_after(q) == first_after(part));
            // "5,300 containers were held … 1,900 have since been released … the remaining 5,300
            // containers": what remains is the whole less what went between.
            let before_remaining = before.last().is_some_and(|w| w == "remaining")
                || before.ends_with(&["the".to_string(), "rest".to_string()]);
            let taken_between = figures.iter().any(|q| {
                q.start > whole.end
                    && q.end < part.start
                    && q.unit == whole.unit
                    && q.value > 0.0
                    && q.value < whole.value
                    && noun.is_some()
                    && (counted_head(text, q) == noun || counted_head(text, q).is_none())
            });
            // … when nothing came in between ("1,900 more had arrived").
            let added_between = lower_words(clamped(text, whole.end, part.start))
                .iter()
                .any(|w| matches!(w.as_str(), "more" | "arrived" | "joined" | "added" | "new"));
            let remaining_as_whole = part.sentence > whole.sentence
                && before_remaining
                && taken_between
                && !added_between;
            if (listed_after_colon || still_due || of_the_whole) && !points_back
                || all_and_a_rest
                || remaining_as_whole
            {
                findings.push(reused(
                    text,
                    extraction,
                    (whole, part),
                    ("the whole", "one of its parts"),
                ));
            }
        }
    }
}

/// "Last year we washed 371,000 kilograms. Of that, the hospitals sent 236,000 kilograms, the hotels
/// 89,000 kilograms and the wedding halls another 89,000 kilograms": a sentence that opens on "Of
/// that" splits the last count of its noun in the sentence before. Its parts may leave some out, but
/// they cannot add up to more than the whole.
fn parts_of_that(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for (sentence, &(start, end)) in extraction.sentences.iter().enumerate().skip(1) {
        let opening = lower_words(clamped(text, start, (start + 16).min(end)));
        if !matches!(opening.get(..2), Some([of, that]) if of == "of" && matches!(that.as_str(), "that" | "this" | "these" | "those" | "them"))
            || !clamped(text, start, (start + 16).min(end)).contains(',')
        {
            continue;
        }
        // A figure of an alternative or a bound ("two or three years old", "under two") says what
        // a part is, not how many it holds.
        let parts: Vec<&Quantity> = extraction
            .in_sentence(sentence)
            .map(|i| &extraction.quantities[i])
            .filter(|q| !q.in_table && q.unit == "count")
            .filter(|q| {
                let before = lower_words(clamped(text, q.start.saturating_sub(12), q.start));
                !text[q.end..].starts_with(" or ")
                    && !before.last().is_some_and(|w| {
                        matches!(w.as_str(), "or" | "under" | "over" | "than" | "aged" | "to")
                    })
            })
            .collect();
        // One noun for all, or none at all ("we had 52. Of those, 14 are under two and 21 …").
        let noun = parts.first().and_then(|q| counted_head(text, q));
        if parts.len() < 2 || parts.iter().any(|q| counted_head(text, q) != noun) {
            continue;
        }
        let Some(whole) = extraction
            .in_sentence(sentence - 1)
            .map(|i| &extraction.quantities[i])
            .filter(|q| !q.in_table && q.unit == "count")
            .filter(|q| counted_head(text, q) == noun)
            .last()
        else {
            continue;
        };
        // Parts may overlap ("31,000 tonnes through Torkham … 14,000 sold on credit"): only one
        // figure given to two parts past the whole is read.
        let sum: f64 = parts.iter().map(|q| q.value).sum();
        let allowed = parts.iter().map(|q| tolerance(q)).sum::<f64>() + tolerance(whole);
        if sum > whole.value + allowed {
            let finding = parts_miss_their_whole(text, extraction, whole, &parts);
            if finding.check == CheckKind::NumberReuse {
                findings.push(finding);
            }
        }
    }
}

/// "Our friends gave USD 36,200. Of that, Peshawar gave USD 14,900, 41 percent, and Karachi USD
/// 9,600, another 41 percent": a sentence that opens on "Of that" gives each amount its share of the
/// last sum of the sentence before, which the amount and the whole work out. A share given twice where
/// the amounts differ was carried (number reuse); otherwise a wrong share is arithmetic. And "USD
/// 18,630, thirty percent of the price, was paid … The balance of USD 18,630": what is left of the
/// whole is the whole less the part, so the part's figure given to it was carried too.
fn shares_of_that(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let quantities = &extraction.quantities;
    for (sentence, &(start, end)) in extraction.sentences.iter().enumerate().skip(1) {
        let opening = lower_words(clamped(text, start, (start + 20).min(end)));
        if !matches!(opening.get(..2), Some([of, that]) if of == "of" && matches!(that.as_str(), "that" | "this" | "these" | "those"))
        {
            continue;
        }
        let indices: Vec<usize> = extraction.in_sentence(sentence).collect();
        // Each amount and the share right after it: "USD 14,900, 41 percent", "…, another 41
        // percent", "…, thirty percent of the price".
        let pairs: Vec<(&Quantity, &Quantity)> = indices
            .windows(2)
            .map(|pair| (&quantities[pair[0]], &quantities[pair[1]]))
            .filter(|(amount, share)| {
                amount.unit != "percent" && share.unit == "percent" && {
                    let between = clamped(text, amount.end, share.start);
                    let words = lower_words(between);
                    between.trim_start().starts_with(',')
                        && words.len() <= 1
                        && words
                            .iter()
                            .all(|w| matches!(w.as_str(), "another" | "or" | "some"))
                }
            })
            .collect();
        if pairs.is_empty() {
            continue;
        }
        // The whole: the largest sum of the sentence before ("the sum of USD 62,100 …, at USD 230 a
        // bale"), larger than every amount.
        let unit = pairs[0].0.unit;
        let Some(whole) = extraction
            .in_sentence(sentence - 1)
            .map(|i| &quantities[i])
            .filter(|q| !q.in_table && q.unit == unit && q.value > 0.0)
            .max_by(|a, b| a.value.total_cmp(&b.value))
            .filter(|whole| pairs.iter().all(|(amount, _)| amount.value < whole.value))
        else {
            continue;
        };
        for (at, (amount, share)) in pairs.iter().enumerate() {
            let worked_out = amount.value / whole.value * 100.0;
            let slack = tolerance(share) + (amount.precision / 2.0) / whole.value * 100.0;
            if (worked_out - share.value).abs() > slack {
                let carried = pairs[..at].iter().find(|(_, earlier)| {
                    text[earlier.start..earlier.end] == text[share.start..share.end]
                });
                findings.push(match carried {
                    Some((_, earlier)) => reused(
                        text,
                        extraction,
                        (earlier, share),
                        ("one amount's share", "another amount's share"),
                    ),
                    None => Finding::new(
                        text,
                        CheckKind::Arithmetic,
                        (amount.start, share.end),
                        vec![amount.value, whole.value, share.value],
                        Vec::new(),
                        format!(
                            "`{}` of `{}` is {:.1} percent, not `{}`",
                            &text[amount.start..amount.end],
                            &text[whole.start..whole.end],
                            worked_out,
                            &text[share.start..share.end]
                        ),
                    ),
                });
                continue;
            }
            // What is left: "the balance of USD 18,630" in the next two sentences.
            let left = quantities.iter().find(|q| {
                q.sentence > sentence
                    && q.sentence <= sentence + 2
                    && q.unit == unit
                    && text[q.start..q.end] == text[amount.start..amount.end]
                    && {
                        let before = lower_words(clamped(text, q.start.saturating_sub(24), q.start));
                        matches!(before.as_slice(), [.., balance, of] if of == "of" && matches!(balance.as_str(), "balance" | "remainder" | "rest"))
                    }
            });
            if let Some(left) = left
                && (whole.value - amount.value - left.value).abs()
                    > tolerance(whole) + tolerance(left)
            {
                findings.push(reused(
                    text,
                    extraction,
                    (amount, left),
                    ("a part of the whole", "what the whole leaves after it"),
                ));
            }
        }
    }
}

/// "28 of our students sat the test, and 19 of them passed. The other 19 will sit it again": the others
/// of a whole are what the part leaves, so the part's figure given to them, where the two do not make
/// the whole, was carried over. The part is "N of them" (or "of these", "of those"), its whole the
/// larger count before it in its sentence or the one before; the others follow within a sentence.
fn the_others_as_the_part(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let counts: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.unit == "count" && q.value >= 2.0)
        .collect();
    for (position, part) in counts.iter().enumerate() {
        // "19 of them", or "25 jeribs of it" with the part's noun first.
        let after = lower_words(clamped(text, part.end, part.end + 24));
        let of_the_whole = |words: &[String]| matches!(words.get(..2), Some([of, them]) if of == "of" && matches!(them.as_str(), "them" | "these" | "those" | "it"));
        if !(of_the_whole(&after) || after.len() > 1 && of_the_whole(&after[1..])) {
            continue;
        }
        let Some(whole) = counts[..position]
            .iter()
            .rev()
            // … a sentence or two before (a bold lead-in is a sentence of its own).
            .take_while(|q| q.sentence + 2 >= part.sentence)
            .find(|q| q.value > part.value)
        else {
            continue;
        };
        let others = counts[position + 1..]
            .iter()
            .take_while(|q| q.sentence <= part.sentence + 2)
            .find(|q| {
                let before = lower_words(clamped(text, q.start.saturating_sub(16), q.start));
                matches!(before.as_slice(), [.., the, other] if the == "the" && matches!(other.as_str(), "other" | "remaining"))
            });
        let Some(others) = others else {
            continue;
        };
        // Other parts between them ("9 of them on Monday and 10 on Tuesday. The remaining 9")
        // leave the others less.
        let between: f64 = counts[position + 1..]
            .iter()
            .take_while(|q| q.start < others.start)
            .map(|q| q.value)
            .sum();
        let allowed = tolerance(part) + tolerance(others) + tolerance(whole);
        if others.value == part.value
            && text[others.start..others.end] == text[part.start..part.end]
            && (part.value + others.value - whole.value).abs() > allowed
            && (part.value + between + others.value - whole.value).abs() > allowed
        {
            findings.push(reused(
                text,
                extraction,
                (part, others),
                ("a part of a whole", "the rest of that whole"),
            ));
        }
    }
}

/// A count and a sum of money written with the same figure and scale in one sentence or the next
/// ("8.1 million day-old chicks …, worth US$ 8.1 million"): a count carried into the sum's place. Only
/// figures of two significant digits or more with a scale word count.
fn count_as_money(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    const SCALES: [&str; 5] = ["million", "billion", "thousand", "lakh", "crore"];
    let scaled = |q: &Quantity| {
        let written = text[q.start..q.end].to_lowercase();
        SCALES.iter().any(|s| written.contains(s)) && significant_digits(&written) >= 2
    };
    let figures: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.hedge == Hedge::None && scaled(q))
        .collect();
    for (position, first) in figures.iter().enumerate() {
        for second in &figures[position + 1..] {
            if second.sentence > first.sentence + 1 {
                break;
            }
            let money = |q: &Quantity| matches!(q.unit, "USD" | "PKR" | "AFN");
            let (count, sum) = match (money(first), money(second)) {
                (false, true) => (first, second),
                (true, false) => (second, first),
                _ => continue,
            };
            // The sum values the count ("worth", "valued at", "fetched"); a sum that pays for it ("a
            // grant … paid for 1.2 million doses") may equal it by design.
            let lead = clamped(text, sum.start.saturating_sub(24), sum.start).to_lowercase();
            let values_it = [
                "worth", "valued", "value of", "fetched", "earned", "earning", "sold for", "priced",
            ]
            .iter()
            .any(|w| lead.contains(w));
            if count.unit != "count"
                || (count.value, count.precision) != (sum.value, sum.precision)
                || counted_head(text, count).is_none()
                || !values_it
            {
                continue;
            }
            findings.push(reused(
                text,
                extraction,
                (first, second),
                ("a count", "a sum of money"),
            ));
        }
    }
}

/// A price of one thing and a count of those things written with the same figure within three
/// sentences ("Rs 6,000 a bed" … "we sent 6,000 beds"): the price carried into the count's place, or the
/// count into the price's. Figures of a hundred or more only, with no hedge.
fn price_as_count(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    // The thing a price is of: "Rs 6,000 a bed", "USD 40 per tonne", "Rs 150 each sheet".
    let priced = |q: &Quantity| -> Option<String> {
        if !matches!(q.unit, "USD" | "PKR" | "AFN") {
            return None;
        }
        let after = clamped(text, q.end, q.end + 30).to_lowercase();
        let rest = ["a ", "an ", "per ", "each "]
            .iter()
            .find_map(|lead| after.trim_start().strip_prefix(lead))?;
        phrase_head(rest)
    };
    let figures: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.hedge == Hedge::None && q.value >= 100.0)
        .collect();
    for (position, first) in figures.iter().enumerate() {
        for second in &figures[position + 1..] {
            if second.sentence > first.sentence + 3 {
                break;
            }
            if first.value != second.value || first.sentence == second.sentence {
                continue;
            }
            let pair = match (priced(first), priced(second)) {
                (Some(thing), None) if second.unit == "count" => Some((thing, second, "a price")),
                (None, Some(thing)) if first.unit == "count" => Some((thing, first, "a count")),
                _ => None,
            };
            let Some((thing, count, first_is)) = pair else {
                continue;
            };
            // A unit of measure ("Rs 5,000 a dozen" … "5,000 dozen") is priced and counted in round
            // figures alike; a thing is not.
            let measure = matches!(
                thing.as_str(),
                "dozen"
                    | "tonne"
                    | "ton"
                    | "kilo"
                    | "kilogram"
                    | "kg"
                    | "maund"
                    | "litre"
                    | "liter"
                    | "metre"
                    | "meter"
                    | "gram"
                    // "gross", as `phrase_head` drops its last "s".
                    | "gros"
                    | "hundred"
                    | "thousand"
                    | "lakh"
            );
            if measure || counted_head(text, count).as_deref() != Some(thing.as_str()) {
                continue;
            }
            let second_is = if first_is == "a price" {
                "a count"
            } else {
                "a price"
            };
            findings.push(reused(
                text,
                extraction,
                (first, second),
                (first_is, second_is),
            ));
        }
    }
}

/// Whether a sentence says one thing goes with each of another ("one to each counter", "one loaf to
/// each household", "one per family", "each of the"), or asks for as many more of a thing as there are
/// of another ("We need funds for 330 more shelters" after "330 families are still waiting"): two
/// counts it gives alike are equal on purpose.
fn one_for_each(sentence: &str) -> bool {
    let words = lower_words(sentence);
    let asks = words.iter().any(|w| {
        matches!(
            w.as_str(),
            "need" | "needs" | "needed" | "fund" | "funds" | "funding" | "appeal" | "ask"
        )
    });
    let as_many_more = sentence
        .split_whitespace()
        .collect::<Vec<_>>()
        .windows(3)
        .any(|w| {
            w[0].eq_ignore_ascii_case("for")
                && w[1].chars().next().is_some_and(|c| c.is_ascii_digit())
                && matches!(w[2], "more" | "new" | "extra" | "additional")
        });
    if asks && as_many_more {
        return true;
    }
    words.windows(4).any(|w| {
        w[0] == "one"
            && w[1..]
                .iter()
                .any(|x| matches!(x.as_str(), "each" | "every" | "per"))
    }) || words
        // "40 guests, one to a bed".
        .windows(3)
        .any(|w| w[0] == "one" && w[1] == "to" && w[2] == "a")
        || words
            .windows(3)
            .any(|w| w[0] == "each" && w[1] == "of" && w[2] == "the")
}

/// Units that measure one thing (its size, weight, power, heat) rather than count things. Spans of time
/// are left out: a course of five days run by five trainers, one a day, is equal on purpose.
const UNITS_OF_ONE_THING: &[&str] = &[
    "volt",
    "watt",
    "inch",
    "inche",
    "foot",
    "feet",
    "centimetre",
    "centimeter",
    "cm",
    "millimetre",
    "mm",
    "metre",
    "meter",
    "gram",
    "kilogram",
    "kg",
    "litre",
    "liter",
    "horsepower",
    "hp",
    "kilowatt",
    "kw",
    "kilometre",
    "kilometer",
    "km",
    "mile",
    "degree",
    "celsius",
];

/// Counted nouns of people and of bodies (shops, firms, villages): the size of a group.
const MEMBERS_OF_A_GROUP: &[&str] = &[
    "girl",
    "boy",
    "women",
    "woman",
    "men",
    "man",
    "children",
    "child",
    "teacher",
    "nurse",
    "student",
    "pupil",
    "trainee",
    "apprentice",
    "member",
    "volunteer",
    "worker",
    "farmer",
    "grower",
    "patient",
    "doctor",
    "coache",
    "player",
    "archer",
    "client",
    "customer",
    "buyer",
    "shop",
    "companie",
    "company",
    "firm",
    "dealer",
    "trader",
    "agent",
    "supplier",
    "familie",
    "family",
    "household",
    "village",
    "employer",
    "salon",
    "school",
    "partner",
    "tailor",
    "weaver",
    "cook",
    "chef",
    "baker",
    "welder",
    "carpenter",
    "driver",
    "mechanic",
    "guard",
    "clerk",
    "potter",
    "painter",
    "helper",
    "labourer",
    "porter",
    "engineer",
    "technician",
    "cashier",
    "accountant",
    "officer",
    "tutor",
    "instructor",
    "trainer",
    "craftsmen",
    "craftsman",
    "artisan",
    "clinic",
    "workshop",
    "factorie",
    "mill",
    "store",
    "stall",
    "cooperative",
    "club",
    "team",
];

/// **A measure of one thing given again as the size of a group.** "Each robot runs on a 12-volt
/// battery" … "Our 12 girls": a figure that measures one item (a unit of size, weight, power or time
/// right after it, or "each"/"every" opening its clause, or a rate: "180 eggs a year") and the same
/// figure, as written, counting people or bodies (girls, nurses, shops, firms) within eight sentences.
/// An item's measure and a group's size have nothing to do with each other, so the second is most often
/// the first copied.
fn measure_as_group(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    // The unit right after the figure, joined by a space or a hyphen ("15 litres", "a 12-volt").
    let unit_after = |q: &Quantity| -> Option<String> {
        let word = word_after(text, extraction, q)?;
        let word = word.strip_suffix('s').unwrap_or(&word).to_string();
        UNITS_OF_ONE_THING.contains(&word.as_str()).then_some(word)
    };
    // A clause that opens with "each" or "every" counts per item.
    let per_item = |q: &Quantity| {
        let (start, _) = extraction.sentences[q.sentence];
        let lead = clamped(text, start, q.start).to_lowercase();
        let clause = lead.rsplit([',', ';', ':']).next().unwrap_or_default();
        matches!(
            lower_words(clause).first().map(String::as_str),
            Some("each" | "every")
        )
    };
    let of_one_item = |q: &Quantity| -> bool {
        if unit_after(q).is_some() || per_item(q) {
            return true;
        }
        let (_, sentence_end) = extraction.sentences[q.sentence];
        let rate = lower_words(clamped(text, q.end, (q.end + 40).min(sentence_end)));
        // A rate per thing, right after the counted noun: "eight kits a litter", "12 arrows per
        // quiver"; not a rate in time ("300 loaves a day"), nor "a year ago".
        let word = |i: usize| rate.get(i).map_or("", String::as_str);
        matches!(word(1), "a" | "an" | "per" | "each")
            && !word(2).is_empty()
            && word(2).chars().all(|c| c.is_ascii_lowercase())
            && !TIME_UNITS.contains(&word(2))
            && !FUNCTION_WORDS.contains(&word(2))
            && !matches!(word(2), "few" | "further" | "total" | "third" | "half")
            && !matches!(word(3), "ago" | "earlier" | "later" | "before")
    };
    // People or bodies by their noun, or "all 50 of us".
    let group = |q: &Quantity| -> bool {
        counted_head(text, q).is_some_and(|head| MEMBERS_OF_A_GROUP.contains(&head.as_str()))
            || lower_words(clamped(text, q.end, q.end + 8)).starts_with(&["of".into(), "us".into()])
    };
    let counts: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| !q.in_table && q.unit == "count" && q.value >= 5.0)
        .collect();
    for (position, first) in counts.iter().enumerate() {
        for second in &counts[position + 1..] {
            if apart_sentences(text, extraction, first.sentence, second.sentence) > 8 {
                break;
            }
            if first.value != second.value
                || first.precision != second.precision
                || first.sentence == second.sentence
            {
                continue;
            }
            let (item, members) = if of_one_item(first) && !group(first) && group(second) {
                (first, second)
            } else if of_one_item(second) && !group(second) && group(first) {
                (second, first)
            } else {
                continue;
            };
            // A group counted by the week ("60 patients a week") is still a group; one measured
            // by a unit, or counted per item, is not.
            if unit_after(members).is_some() || per_item(members) {
                continue;
            }
            // "one loaf to each household": equal on purpose.
            if (first.sentence..=second.sentence)
                .any(|at| one_for_each(sentence_text(text, extraction, at)))
            {
                continue;
            }
            let measure = unit_after(item)
                .or_else(|| counted_head(text, item))
                .unwrap_or_else(|| "one item".to_string());
            let people = counted_head(text, members).unwrap_or_default();
            findings.push(reused(
                text,
                extraction,
                (first, second),
                (
                    &format!("a measure of one item ({measure})"),
                    &format!("the size of a group ({people})"),
                ),
            ));
        }
    }
}

/// Whether a figure's sentence says it is only a part of a whole: "the rest", "the remaining", or a
/// percentage of it other than 100 ("61.9 percent of the fleet").
fn says_only_part(text: &str, extraction: &Extraction, quantity: &Quantity) -> bool {
    let sentence = sentence_text(text, extraction, quantity.sentence).to_lowercase();
    sentence.contains("the rest")
        || sentence.contains("the remaining")
        // "of which 42 were settled … and 17 remain open": another part listed after it.
        || extraction.in_sentence(quantity.sentence).any(|index| {
            let q = &extraction.quantities[index];
            q.start > quantity.end && !q.in_table && q.unit == "count" && q.value > 0.0 && {
                let between = clamped(text, quantity.end, q.start).to_lowercase();
                between.contains(" and ") && !between.contains([';', '(', ')'])
            }
        })
        || extraction.in_sentence(quantity.sentence).any(|index| {
            let q = &extraction.quantities[index];
            q.unit == "percent"
                && q.value < 100.0
                && text[q.end..].trim_start().to_lowercase().starts_with("of ")
        })
}

/// **Number reuse.** The same count, written the same way and at least 10, stated in prose twice within
/// two sentences, each time for a different thing: the words right after the two (what each counts)
/// differ. A count repeated for the same thing ("418 incidents … the 418 incidents") is not flagged, nor
/// are percentages, which recur for good reasons. Money is flagged only as the same plain sum, given to
/// two figures or more, for exports and for imports in one sentence or the next. Headings between two
/// sentences do not count as sentences.
pub fn number_reuse(text: &str, extraction: &Extraction, config: &AuditConfig) -> Vec<Finding> {
    let mut findings = Vec::new();
    let counts: Vec<&Quantity> = extraction
        .quantities
        .iter()
        .filter(|q| {
            !q.in_table
                && q.unit == "count"
                && (!q.unplaced || label_noun(text, q).is_some())
                && q.value >= 5.0
        })
        // A number in words ("ten years … ten provinces") is a manner of speaking, not a figure.
        .filter(|q| text[q.start..q.end].chars().any(|c| c.is_ascii_digit()))
        .collect();
    // A sum of money given to two figures or more for both flows of trade, a sentence apart: exports
    // equal to imports to the last stated digit is a copied number far more often than a fact.
    // So is one sum given to a flow of trade and to a thing of another kind (transit cargo, customs
    // revenue, aid) within two sentences.
    let sums: Vec<(&Quantity, String)> = extraction
        .quantities
        .iter()
        .filter(|q| {
            !q.in_table && matches!(q.unit, "USD" | "PKR" | "AFN") && q.hedge == Hedge::None
        })
        .filter(|q| q.value / q.precision >= 10.0)
        .filter_map(|q| Some((q, money_subject(text, extraction, q)?)))
        .collect();
    for (position, (first, first_flow)) in sums.iter().enumerate() {
        let distinctive = significant_digits(&text[first.start..first.end]) >= 3;
        for (second, second_flow) in &sums[position + 1..] {
            let window = if distinctive { 8 } else { 2 };
            if apart_sentences(text, extraction, first.sentence, second.sentence) > window {
                break;
            }
            let flows = |f: &str| matches!(f, "exports" | "imports");
            let close = second.sentence <= first.sentence + 1;
            // Two-way trade holds both flows; two flows are told apart only a sentence apart.
            let (a, b) = (first_flow.as_str(), second_flow.as_str());
            let nested = (a == "trade" && flows(b)) || (b == "trade" && flows(a));
            // … but two-way trade said in so many words is more than one flow of the same year:
            // "sold Afghanistan goods worth US$ 884 million … Two-way trade that year came to US$
            // 884 million".
            let two_way = |q: &Quantity| {
                let (sentence_start, _) = extraction.sentences[q.sentence];
                let clause = clamped(text, sentence_start, q.start).to_lowercase();
                // Or the sentence before, when "it" stands for its flow.
                let before = q
                    .sentence
                    .checked_sub(1)
                    .filter(|_| lower_words(&clause).iter().any(|w| w == "it"))
                    .map(|s| sentence_text(text, extraction, s).to_lowercase())
                    .unwrap_or_default();
                [
                    "two-way",
                    "bilateral",
                    "total trade",
                    "combined",
                    "both ways",
                    "both directions",
                ]
                .iter()
                .any(|w| clause.contains(w) || before.contains(w))
            };
            let trade_side = if a == "trade" { first } else { second };
            let same_year = {
                let years = |q: &Quantity| years_in(sentence_text(text, extraction, q.sentence));
                let (x, y) = (years(first), years(second));
                x.is_empty() || y.is_empty() || x.iter().any(|year| y.contains(year))
            };
            let more_than_a_flow = nested && two_way(trade_side) && same_year;
            // "Pakistan's exports to Afghanistan … USD 884 million" and "Afghanistan's exports to
            // Pakistan … USD 884 million": one word, the two flows.
            let countries = |q: &Quantity| {
                let (sentence_start, _) = extraction.sentences[q.sentence];
                let line_start = text[..q.start].rfind('\n').map_or(0, |i| i + 1);
                dyad_text::claims::countries_named(clamped(
                    text,
                    sentence_start.max(line_start),
                    q.start,
                ))
            };
            let opposite_ways = a == "exports" && b == "exports" && same_year && {
                let (x, y) = (countries(first), countries(second));
                x.len() == 2 && y.len() == 2 && x[0] == y[1] && x[1] == y[0]
            };
            // "… were USD 1.1 billion as well", "… to get back to USD 2.5 billion": equal, or a
            // target set at a past level, on purpose.
            let on_purpose = [first, second].iter().any(|q| {
                let said = sentence_text(text, extraction, q.sentence).to_lowercase();
                let words = lower_words(&said);
                words.iter().any(|w| SAMENESS.contains(&w.as_str()))
                    || ["as well", "back to", "regain", "return to", "match"]
                        .iter()
                        .any(|w| said.contains(w))
            });
            let kinds_differ = opposite_ways && !on_purpose
                || a != b
                    && (!nested || more_than_a_flow && !on_purpose)
                    && (close || !(flows(a) && flows(b)));
            if first.value != second.value || first.unit != second.unit || !kinds_differ {
                continue;
            }
            findings.push(reused(
                text,
                extraction,
                (first, second),
                (first_flow, second_flow),
            ));
        }
    }
    // One distinctive figure, written the same, for two things of different kinds or subjects.
    reuse_by_subject(text, extraction, &mut findings);
    // One distinctive figure for two periods, or two kinds of one thing, side by side.
    reuse_side_by_side(text, extraction, &mut findings);
    part_as_whole(text, extraction, &mut findings);
    whole_among_its_parts(text, extraction, &mut findings);
    the_others_as_the_part(text, extraction, &mut findings);
    parts_of_that(text, extraction, &mut findings);
    shares_of_that(text, extraction, &mut findings);
    one_figure_two_places(text, extraction, config, &mut findings);
    count_as_money(text, extraction, &mut findings);
    price_as_count(text, extraction, &mut findings);
    measure_as_group(text, extraction, &mut findings);
    same_figure_other_share(text, extraction, &mut findings);
    rate_as_its_multiple(text, extraction, &mut findings);
    price_of_a_pack_and_of_its_measure(text, extraction, &mut findings);
    input_and_output_given_one_figure(text, extraction, &mut findings);
    share_and_its_balance(text, extraction, &mut findings);
    kinds_said_unequal(text, extraction, &mut findings);
    multiple_given_the_same_figure(text, extraction, &mut findings);
    // The words of the text as written, to tell a name from a capitalised common word.
    let words_in_text: HashSet<&str> = text
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // The starts of changes written start first: a level carried into a later change.
    let carried_starts: HashSet<usize> = extraction
        .changes
        .iter()
        .filter(|c| c.from < c.to)
        .map(|c| c.from)
        .collect();
    // Sentences apart, not counting headings.
    let apart = |first: usize, second: usize| {
        (first + 1..second)
            .filter(|&s| !sentence_text(text, extraction, s).starts_with('#'))
            .count()
            + 1
    };
    for (position, first) in counts.iter().enumerate() {
        for second in &counts[position + 1..] {
            // A number of three significant digits or more, in the thousands, is seldom the same for
            // two things by chance: it is looked for over a few more sentences.
            let written = &text[first.start..first.end];
            let distinctive = first.value >= 1000.0 && significant_digits(written) >= 3;
            // A figure under ten coincides often: only within three sentences, each a count of a
            // plural noun written right after it.
            let small = first.value < 10.0;
            if apart(first.sentence, second.sentence)
                > if distinctive {
                    8
                } else if small {
                    3
                } else {
                    5
                }
            {
                break;
            }
            // The same number as written, hedged or not ("some 74,500 … 74,500").
            if first.value != second.value || first.precision != second.precision {
                continue;
            }
            // A kit counted out per unit ("42 handcarts, 84 wheels, 42 tool boxes"): a multiple of
            // the figure between the two in one sentence says each unit comes with its own.
            let per_unit = first.sentence == second.sentence
                && extraction.in_sentence(first.sentence).any(|index| {
                    let q = &extraction.quantities[index];
                    q.start > first.end
                        && q.end < second.start
                        && q.unit == "count"
                        && q.value > first.value
                        && (q.value / first.value).fract() == 0.0
                });
            // "300 loaves a day … 300 families, one loaf to each household": equal on purpose.
            if per_unit
                || [first.sentence, second.sentence]
                    .iter()
                    .any(|&s| one_for_each(sentence_text(text, extraction, s)))
            {
                continue;
            }
            // … not a span of time ("9 days"), which small figures share by chance.
            let plural_after = |q: &Quantity| {
                let after = lower_words(clamped(text, q.end, q.end + 40));
                let time = after
                    .first()
                    .is_some_and(|w| TIME_UNITS.contains(&w.trim_end_matches('s')));
                !time
                    && after.iter().take(3).any(|w| {
                        matches!(w.as_str(), "children" | "people" | "women" | "men")
                            || w.len() >= 4 && w.ends_with('s') && !w.ends_with("ss")
                    })
            };
            if small && !(plural_after(first) && plural_after(second)) {
                continue;
            }
            // "30 boys and 30 girls": two small groups set side by side as equal, on purpose.
            let paired = first.value < 100.0 && first.sentence == second.sentence && {
                let between = lower_words(&text[first.end..second.start]);
                between.len() <= 4 && between.last().is_some_and(|w| w == "and")
            };
            if paired {
                continue;
            }
            // "Of the 1,217,000 returns" points back to a number already given: the same quantity.
            let mut from = second.start.saturating_sub(12);
            while !text.is_char_boundary(from) {
                from += 1;
            }
            let before_second = format!(" {}", text[from..second.start].trim_end().to_lowercase());
            if ["the", "these", "those", "this", "that"]
                .iter()
                .any(|word| before_second.ends_with(&format!(" {word}")))
            {
                continue;
            }
            // What each counts: the word after it, else the head of the phrase after it ("74,500
            // Afghan transit containers"), else a dashboard line's label.
            // Two lines of a dashboard are compared by their labels, and only with each other.
            let labelled = |q: &Quantity| q.unplaced && label_noun(text, q).is_some();
            if labelled(first) != labelled(second) {
                continue;
            }
            let noun = |q: &Quantity| {
                if labelled(q) {
                    return label_noun(text, q).unwrap_or_default();
                }
                // "Of the children we treated, 126 came from …", "Of the cooperative's 42 member
                // workshops, 27 are run by women": the clause before names what the figure counts.
                let (sentence_start, _) = extraction.sentences[q.sentence];
                let lead = clamped(text, sentence_start, q.start).trim_end();
                let lead = lead
                    .rsplit_once("**")
                    .map_or(lead, |(_, rest)| rest)
                    .trim_start();
                let lowered_lead = lead.to_lowercase();
                if lowered_lead.ends_with(',')
                    && ["of the ", "of our ", "of its ", "of their ", "of all the "]
                        .iter()
                        .any(|w| lowered_lead.starts_with(w))
                    && !lowered_lead.trim_end_matches(',').contains([',', ';'])
                {
                    let head = lower_words(&lowered_lead).into_iter().skip(2).find(|w| {
                        matches!(w.as_str(), "children" | "people" | "women" | "men")
                            || w.len() >= 4
                                && w.ends_with('s')
                                && !w.ends_with("ss")
                                && w.chars().all(|c| c.is_ascii_lowercase())
                    });
                    // Singular, as the other nouns are ("27 traders" counts "trader").
                    if let Some(head) = head {
                        return match head.as_str() {
                            "children" | "people" | "women" | "men" => head,
                            plural => plural.strip_suffix('s').unwrap_or(plural).to_string(),
                        };
                    }
                }
                let word = counted_noun(text, &words_in_text, q);
                if !says_nothing(&word) {
                    return word;
                }
                // "41 of them Afghan women" counts women; "all 14 of them" is its whole again.
                let rest = text[q.end..].trim_start();
                let all = lower_words(clamped(text, q.start.saturating_sub(8), q.start))
                    .last()
                    .is_some_and(|w| matches!(w.as_str(), "all" | "both" | "each"));
                if let Some(after) = ["of them ", "of whom ", "of these "]
                    .iter()
                    .find_map(|w| rest.strip_prefix(w))
                    .filter(|_| !all)
                {
                    // A plural noun only ("41 of them now working" names no noun).
                    return phrase_head(after)
                        .filter(|head| !verb_like(head))
                        .filter(|head| {
                            matches!(head.as_str(), "women" | "men" | "children" | "people")
                                || lower_words(after)
                                    .iter()
                                    .take(3)
                                    .any(|w| *w == format!("{head}s"))
                        })
                        .unwrap_or_default();
                }
                // "26 of the association's 72 workshops" counts workshops.
                if let Some(after) = ["of the ", "of our ", "of its ", "of their "]
                    .iter()
                    .find_map(|w| rest.strip_prefix(w))
                {
                    let head = after
                        .split_whitespace()
                        .take(5)
                        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()))
                        .take_while(|w| !FUNCTION_WORDS.contains(&w.to_lowercase().as_str()))
                        .filter(|w| {
                            w.len() >= 4
                                && w.ends_with('s')
                                && !w.ends_with("'s")
                                && w.chars().all(|c| c.is_ascii_lowercase())
                        })
                        .last();
                    return head
                        .map(|w| w.strip_suffix('s').unwrap_or(w).to_string())
                        .unwrap_or_default();
                }
                // The head must be a common noun as written ("transit containers"), not a title's
                // capitalised word ("10 Days of 10 Drugs").
                let after = clamped(text, q.end, text.floor_char_boundary(q.end + 48));
                counted_head(text, q)
                    .filter(|head| !verb_like(head))
                    .filter(|head| {
                        let at = after.to_lowercase().find(&format!(" {head}"));
                        at.and_then(|at| after.get(at + 1..))
                            .is_some_and(|word| word.starts_with(|c: char| c.is_lowercase()))
                    })
                    .unwrap_or_default()
            };
            // A unit's short and long names are one ("2,640 km … 2,640 kilometres").
            let unit_name = |noun: String| match noun.as_str() {
                "km" | "kilometer" => "kilometre".to_string(),
                "kg" | "kilogramme" => "kilogram".to_string(),
                _ => noun,
            };
            let (mut first_noun, mut second_noun) =
                (unit_name(noun(first)), unit_name(noun(second)));
            // "12 registration counters … 12 registration clerks": one first word, two heads, each a
            // plural noun as a count of ten or more is ("16,000 kg each" has no second head).
            let plural_head = |q: &Quantity| {
                let head = counted_head(text, q)?;
                let phrase = clamped(text, q.end, text.floor_char_boundary(q.end + 48));
                lower_words(phrase)
                    .iter()
                    .take(3)
                    .skip(1)
                    .any(|w| *w == format!("{head}s"))
                    .then_some(head)
            };
            // "12 counters … 12 officers, one to each counter" says they match.
            let one_each = [first.sentence, second.sentence]
                .iter()
                .any(|&s| one_for_each(sentence_text(text, extraction, s)));
            if first_noun == second_noun
                && !labelled(first)
                && !one_each
                && let (Some(a), Some(b)) = (plural_head(first), plural_head(second))
                && a != first_noun
                && b != second_noun
                && !verb_like(&a)
                && !verb_like(&b)
                && !a.starts_with(&b)
                && !b.starts_with(&a)
            {
                (first_noun, second_noun) = (a, b);
            }
            // "80 nurses, 35 of them women … 35 female nurses": a count of the whole's own kind
            // counts the same part again.
            let whole_head = |q: &Quantity| -> Option<String> {
                let rest = text[q.end..].trim_start();
                if !["of them ", "of whom ", "of these "]
                    .iter()
                    .any(|w| rest.starts_with(w))
                {
                    return None;
                }
                extraction
                    .in_sentence(q.sentence)
                    .map(|i| &extraction.quantities[i])
                    .filter(|w| w.end <= q.start && w.value > q.value && w.unit == q.unit)
                    .last()
                    .and_then(|w| counted_head(text, w))
            };
            let same_kind_as_whole = |part: &Quantity, other: &Quantity| {
                whole_head(part).is_some_and(|whole| {
                    counted_head(text, other).is_some_and(|head| head == whole)
                        || noun(other) == whole
                })
            };
            // "ended 2023 with 38 members … the roll went from 38 judoka to 35": a level carried into
            // the start of a later change is the same figure.
            let carried = carried_starts.contains(
                &extraction
                    .quantities
                    .partition_point(|other| other.start < second.start),
            );
            if carried {
                continue;
            }
            // "720 children …, 430 of them from Afghan refugee families … 430 children are on the
            // waiting list": a part described by a phrase of its own, and a count of the whole's kind
            // whose words name nothing of that phrase, are two groups.
            let described_part = |q: &Quantity| -> Option<Vec<String>> {
                let rest = text[q.end..].trim_start();
                let after = ["of them ", "of whom "]
                    .iter()
                    .find_map(|w| rest.strip_prefix(w))?;
                let phrase = after.split([',', ';', '.', '\n']).next().unwrap_or("");
                let words: Vec<String> = lower_words(phrase)
                    .into_iter()
                    .filter(|w| w.len() >= 4 && !FUNCTION_WORDS.contains(&w.as_str()))
                    .collect();
                (words.len() >= 2).then_some(words)
            };
            let another_group = |part: &Quantity, other: &Quantity| {
                described_part(part).is_some_and(|phrase| {
                    // The other's own clause.
                    let (sentence_start, sentence_end) = extraction.sentences[other.sentence];
                    let before = clamped(text, sentence_start, other.start);
                    let clause_start = before
                        .rfind([',', ';', ':'])
                        .map_or(sentence_start, |i| sentence_start + i + 1);
                    let after = clamped(text, other.end, sentence_end);
                    let clause_end = after
                        .find([',', ';', ':'])
                        .map_or(sentence_end, |i| other.end + i);
                    let said = lower_words(clamped(text, clause_start, clause_end));
                    same_kind_as_whole(part, other)
                        && described_part(other).is_none()
                        && !phrase.iter().any(|p| {
                            let stem: String = p.chars().take(5).collect();
                            said.iter().any(|w| w.starts_with(&stem))
                        })
                })
            };
            if another_group(first, second) || another_group(second, first) {
                let (part, other) = if described_part(first).is_some() {
                    (first, second)
                } else {
                    (second, first)
                };
                let whole = whole_head(part).unwrap_or_default();
                let phrase = text[part.end..]
                    .trim_start()
                    .split([',', ';', '.', '\n'])
                    .next()
                    .unwrap_or("");
                let phrase = ["of them ", "of whom "]
                    .iter()
                    .find_map(|w| phrase.strip_prefix(w))
                    .unwrap_or(phrase);
                // The other's words up to its clause's end: "children are on the waiting list".
                let other_words = text[other.end..]
                    .trim_start()
                    .split([',', ';', ':', '.', '\n'])
                    .next()
                    .unwrap_or("");
                let other_noun = if other_words.len() <= 60 && !other_words.is_empty() {
                    other_words
                        .split_whitespace()
                        .filter(|w| !matches!(*w, "are" | "were" | "is" | "was"))
                        .collect::<Vec<_>>()
                        .join(" ")
                } else {
                    noun(other)
                };
                let (a, b) = if part.start < other.start {
                    (format!("{whole} {phrase}"), other_noun)
                } else {
                    (other_noun, format!("{whole} {phrase}"))
                };
                findings.push(reused(text, extraction, (first, second), (&a, &b)));
                continue;
            }
            if same_kind_as_whole(first, second) || same_kind_as_whole(second, first) {
                continue;
            }
            if first_noun == second_noun
                || says_nothing(&first_noun)
                || says_nothing(&second_noun)
                || two_ends_of_a_crossing(text, first, second)
            {
                continue;
            }
            findings.push(reused(
                text,
                extraction,
                (first, second),
                (&first_noun, &second_noun),
            ));
        }
    }
    findings
}

/// **Direction.** A change whose verb says it rose ("rose", "grew") while its end is below its start,
/// or says it fell ("declined", "eased") while its end is above it; or, when its verb is silent or
/// agrees, whose stated size names the other direction ("from X to Y, a fall of 12 percent" over a
/// rise). One finding per change, spanning the words that contradict.
pub fn direction(text: &str, extraction: &Extraction) -> Vec<Finding> {
    let mut findings = Vec::new();
    for change in &extraction.changes {
        // A currency quoted by its price of a dollar falls as its figure rises ("the rupee crashed
        // from 180 to 300 against the dollar"): its words and figures go opposite ways by right. The
        // change is a rate when a dollar follows its own figures and its clause names a currency.
        let (sentence_start, _) = extraction.sentences[extraction.quantities[change.to].sentence];
        let last_end = extraction.quantities[change.from.max(change.to)].end;
        let after_figures = clamped(text, last_end, last_end + 30).to_lowercase();
        let before_change = clamped(text, sentence_start, change.start).to_lowercase();
        let a_rate = ["rupee", "afghani", "currency"]
            .iter()
            .any(|w| before_change.contains(w))
            && [
                "the dollar",
                "the us dollar",
                "per dollar",
                "a dollar",
                "one dollar",
            ]
            .iter()
            .any(|w| after_figures.contains(w));
        // The words before a stated percentage ("a fall of", "an increase of") assert a direction too.
        let stated = change.stated_percent.and_then(|index| {
            let quantity = &extraction.quantities[index];
            let to_end = extraction.quantities[change.from.max(change.to)].end;
            // A percentage before the change ("fell by 3.5 percent, from X to Y") is read by the words
            // before it in its sentence.
            let lead = if quantity.start >= to_end {
                &text[to_end..quantity.start]
            } else {
                &text[extraction.sentences[quantity.sentence].0..quantity.start]
            };
            let words = lower_words(lead);
            let said = words.iter().rev().find_map(|w| match w.as_str() {
                "gain" => Some(Direction::Up),
                "loss" => Some(Direction::Down),
                other => direction_of(other),
            })?;
            Some((said, quantity.end))
        });
        let (from, to) = (
            &extraction.quantities[change.from],
            &extraction.quantities[change.to],
        );
        // A direction is read from the figures' own steps: "about 1.44 million" is 1.43 to 1.45 million
        // for its direction, whatever its hedge allows for its size.
        let step = |q: &Quantity| match q.hedge {
            Hedge::None => q.precision / 2.0,
            _ => q.precision,
        };
        let rises = to.value > from.value + step(from) + step(to);
        let falls = to.value < from.value - step(from) - step(to);
        let actual = match (rises, falls) {
            (true, _) if a_rate => Direction::Down,
            (true, _) => Direction::Up,
            (_, true) if a_rate => Direction::Up,
            (_, true) => Direction::Down,
            _ => continue,
        };
        let contradicting = match (change.verb, stated) {
            (Some(verb), _) if verb != actual => Some((verb, change.end)),
            (_, Some((said, end))) if said != actual => Some((said, end)),
            (None, None) => heading_direction(text, extraction, change)
                .filter(|said| *said != actual)
                .map(|said| (said, change.end)),
            _ => None,
        };
        if let Some((verb, end)) = contradicting {
            let said = if verb == Direction::Up {
                "a rise"
            } else {
                "a fall"
            };
            findings.push(Finding::new(
                text,
                CheckKind::Direction,
                (change.start, end),
                vec![from.value, to.value],
                vec![extraction.claim(text, from), extraction.claim(text, to)],
                format!(
                    "the words say {said} but the value goes from `{}` to `{}`",
                    &text[from.start..from.end],
                    &text[to.start..to.end]
                ),
            ));
        }
    }
    findings
}

/// The direction a heading asserts over a change that has no words of its own ("**Slide 7: Dwell time
/// at Karachi is falling**" above "Average dwell time: FY2024 9.5 days → FY2025 14.2 days"): the heading
/// among the four lines above the change's line (a line that starts with `#` or is bold throughout),
/// when it says one direction only and shares two words of four letters or more with the change's
/// sentence.
fn heading_direction(
    text: &str,
    extraction: &Extraction,
    change: &dyad_text::claims::Change,
) -> Option<Direction> {
    // The heading of the change's own block: among the four lines above the change's line.
    let line_start = text[..change.start].rfind('\n').map_or(0, |i| i + 1);
    let heading = text[..line_start].lines().rev().take(4).find(|line| {
        let line = line.trim();
        line.starts_with('#') || (line.len() > 4 && line.starts_with("**") && line.ends_with("**"))
    })?;
    // A deck's "Slide 7" is no fall.
    let words = lower_words(heading);
    let words: Vec<&String> = words
        .iter()
        .enumerate()
        .filter(|(at, w)| {
            !(*w == "slide" && words.get(at + 1).is_some_and(|n| n.parse::<u32>().is_ok()))
        })
        .map(|(_, w)| w)
        .collect();
    let mut directions: Vec<Direction> = words.iter().filter_map(|w| direction_of(w)).collect();
    directions.dedup();
    let [said] = directions[..] else {
        return None;
    };
    let sentence = sentence_text(text, extraction, extraction.quantities[change.to].sentence);
    let sentence_words = lower_words(sentence);
    let shared = words
        .iter()
        .filter(|w| w.len() >= 4 && w.chars().all(char::is_alphabetic) && direction_of(w).is_none())
        .filter(|w| sentence_words.contains(w))
        .count();
    (shared >= 2).then_some(said)
}

/// The names a country goes by in prose: its short name and its one-word aliases.
fn country_names(concordance: &Concordance) -> Vec<(String, String)> {
    let mut names = Vec::new();
    for country in concordance.countries() {
        let short = country
            .name
            .split(" (")
            .next()
            .unwrap_or(&country.name)
            .to_string();
        if short.len() >= 4 {
            names.push((country.iso3.clone(), short));
        }
        for alias in &country.aliases {
            if alias.len() >= 4
                && !alias.contains(['(', ')'])
                && !alias.starts_with("the ")
                && alias.chars().next().is_some_and(char::is_uppercase)
            {
                names.push((country.iso3.clone(), alias.clone()));
            }
        }
    }
    // States the ISO list leaves out but conflict data and the news name (UCDP, the World Bank: XKX).
    names.push(("XKX".to_string(), "Kosovo".to_string()));
    names
}

/// **Arithmetic: an index number.** A figure given as an index on a base year ("taking 2024 as 100,
/// sales stood at 136.7 in 2025", "(2024 = 100)") against the figures of the base year and its own year
/// stated in prose in the same sentence or the one before: the index is 100 times their ratio, within
/// the rounding of all three.
fn index_numbers(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for (sentence, &(start, end)) in extraction.sentences.iter().enumerate() {
        let lowered = text[start..end].to_lowercase();
        for pattern in [" as 100", "= 100", "=100"] {
            for (at, _) in lowered.match_indices(pattern) {
                let after = at + pattern.len();
                if lowered[after..].starts_with(|c: char| c.is_ascii_digit() || c == '.') {
                    continue;
                }
                let head = lowered[..at].trim_end();
                let Some(base) = head
                    .len()
                    .checked_sub(4)
                    .and_then(|from| head.get(from..))
                    .filter(|_| {
                        !head[..head.len() - 4].ends_with(|c: char| c.is_ascii_alphanumeric())
                    })
                    .and_then(|y| y.parse::<i32>().ok())
                    .filter(|y| (1900..2100).contains(y))
                else {
                    continue;
                };
                let base_at = start + head.len() - 4;
                // The one year a figure's own words name, up to the base's phrase.
                let year_of = |q: &Quantity| {
                    // "2,310 tonnes … in 2025 and 1,980 tonnes in 2024": the year after a figure,
                    // up to the next figure or clause, is its own.
                    let next = extraction
                        .quantities
                        .iter()
                        .find(|other| other.start >= q.end)
                        .map_or(end, |other| other.start)
                        .min(if q.end <= base_at { base_at } else { end });
                    let after_it = clamped(text, q.end, next);
                    let after_it = after_it.split([';', ',', '.']).next().unwrap_or("");
                    if let [year] = years_in(after_it).as_slice() {
                        return Some(*year);
                    }
                    let stretch = own_stretch(text, extraction, q);
                    let stretch_start = offset_in(text, stretch);
                    let stretch_end = stretch_start + stretch.len();
                    let stretch = if q.end <= base_at {
                        clamped(text, stretch_start, stretch_end.min(base_at))
                    } else {
                        clamped(text, stretch_start.max(start + after), stretch_end)
                    };
                    let mut years = years_in(stretch);
                    years.dedup();
                    match years.as_slice() {
                        [year] => Some(*year),
                        _ => None,
                    }
                };
                // The figures the index is made of: before it, in this sentence or the one before.
                let first = extraction
                    .quantities
                    .partition_point(|q| q.sentence + 1 < sentence);
                let values: Vec<(&Quantity, i32)> = extraction.quantities[first..]
                    .iter()
                    .take_while(|q| q.end <= base_at)
                    .filter(|q| !q.in_table && q.value > 0.0 && q.hedge == Hedge::None)
                    .filter_map(|q| Some((q, year_of(q)?)))
                    .collect();
                let one_of = |year: i32| {
                    let of_year: Vec<&Quantity> = values
                        .iter()
                        .filter(|(_, y)| *y == year)
                        .map(|(q, _)| *q)
                        .collect();
                    match of_year.as_slice() {
                        [one] => Some(*one),
                        _ => None,
                    }
                };
                let Some(base_value) = one_of(base) else {
                    index_before_its_figures(
                        text,
                        extraction,
                        (sentence, end),
                        (base, base_at, start + after),
                        findings,
                    );
                    continue;
                };
                for index in extraction
                    .quantities
                    .iter()
                    .filter(|q| q.sentence == sentence && q.start >= start + after)
                    .filter(|q| !q.in_table && q.unit == "count" && q.hedge == Hedge::None)
                {
                    let Some(year) = year_of(index).filter(|y| *y != base) else {
                        continue;
                    };
                    let Some(value) = one_of(year).filter(|v| v.unit == base_value.unit) else {
                        continue;
                    };
                    findings.extend(index_finding(
                        text,
                        extraction,
                        (index, value, base_value),
                        base,
                        Some(year),
                    ));
                }
            }
        }
    }
}

/// An index given before its base and the two figures it is made of after it: "sales reached 121 on
/// our index (2023 = 100), with 11,000 tasbihs sold against 10,000". The figure before "against" (or
/// "compared with", "versus") is the index's year's, the one after it the base year's; the index is 100
/// times their ratio, within the rounding of all three.
fn index_before_its_figures(
    text: &str,
    extraction: &Extraction,
    (sentence, end): (usize, usize),
    (base, base_at, after): (i32, usize, usize),
    findings: &mut Vec<Finding>,
) {
    let in_sentence: Vec<&Quantity> = extraction
        .in_sentence(sentence)
        .map(|i| &extraction.quantities[i])
        .filter(|q| !q.in_table && q.hedge == Hedge::None && q.value > 0.0)
        .collect();
    // The index: the figure right before the base's phrase, with a word of an index between.
    let Some(index) = in_sentence
        .iter()
        .rev()
        .find(|q| q.end <= base_at)
        .filter(|q| q.unit == "count")
        .filter(|q| {
            let between = clamped(text, q.end, base_at).to_lowercase();
            between.contains("index") && between.len() <= 30
        })
    else {
        return;
    };
    let later: Vec<&&Quantity> = in_sentence
        .iter()
        .filter(|q| q.start >= after && q.end <= end && !matches!(q.unit, "percent"))
        .collect();
    let [value, base_value] = later.as_slice() else {
        return;
    };
    let link = clamped(text, value.end, base_value.start).to_lowercase();
    let compared = ["against", "compared with", "compared to", "versus"]
        .iter()
        .any(|w| link.contains(w));
    if !compared || link.len() > 40 || value.unit != base_value.unit {
        return;
    }
    findings.extend(index_finding(
        text,
        extraction,
        (index, value, base_value),
        base,
        None,
    ));
}

/// The finding of an index that is not 100 times its year's figure over its base year's, within the
/// rounding of all three; `year` is the index's year where the text names it.
fn index_finding(
    text: &str,
    extraction: &Extraction,
    (index, value, base_value): (&Quantity, &Quantity, &Quantity),
    base: i32,
    year: Option<i32>,
) -> Option<Finding> {
    let computed = 100.0 * value.value / base_value.value;
    let allowed = index.precision / 2.0
        + computed
            * (base_value.precision / 2.0 / base_value.value + value.precision / 2.0 / value.value)
        + 1e-9;
    if (index.value - computed).abs() <= allowed {
        return None;
    }
    let in_year = year.map_or(String::new(), |year| format!(" in {year}"));
    Some(Finding::new(
        text,
        CheckKind::Arithmetic,
        (index.start, index.end),
        vec![base_value.value, value.value, index.value],
        vec![extraction.claim(text, index)],
        format!(
            "taking {base} as 100, `{}`{in_year} against `{}` in {base} is an index of {computed:.1}, not `{}`",
            &text[value.start..value.end],
            &text[base_value.start..base_value.end],
            &text[index.start..index.end]
        ),
    ))
}

/// The capitals (and seats of government) of the world's states, kept by hand in `data/reference/`.
const CAPITALS_CSV: &str = include_str!("../../../data/reference/capitals.csv");

/// The capitals by state code, read once: a capital named as the end of goods' journey stands for its
/// state.
static CAPITALS: std::sync::LazyLock<Vec<(String, String)>> = std::sync::LazyLock::new(|| {
    CAPITALS_CSV
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut fields = line.split(',');
            let (code, city) = (fields.next()?, fields.next()?);
            Some((code.to_string(), city.to_string()))
        })
        .collect()
});

/// Units of time, singular: a count of them is a span of time.
const TIME_UNITS: [&str; 6] = ["minute", "hour", "day", "week", "month", "year"];

/// A table's caption: the nearest line above it that is not blank, when it is no sentence of prose
/// (it does not end in a full stop), in lower case; else nothing.
fn caption_of(text: &str, table: &dyad_text::claims::Table) -> String {
    let line = line_above(text, table).unwrap_or("");
    let bare = line.trim().trim_matches('*').trim();
    if bare.ends_with('.') {
        String::new()
    } else {
        bare.to_lowercase()
    }
}

/// The last line with words above a table (from the start of the table's first line): its caption
/// when it has one.
fn line_above<'t>(text: &'t str, table: &dyad_text::claims::Table) -> Option<&'t str> {
    let first = table
        .line_spans()
        .first()
        .map_or(0, |(start, _)| *start)
        .min(table.header.first().map_or(usize::MAX, |h| h.start))
        .min(text.len());
    let first = text[..first].rfind('\n').map_or(0, |i| i + 1);
    text[..first]
        .lines()
        .rev()
        .find(|line| !line.trim().is_empty())
}

/// Header words that say only how a count is kept, not what it counts: "Pieces (thousand)", "Number",
/// "Total".
const GENERIC_HEADER: &[&str] = &[
    "total",
    "number",
    "no",
    "count",
    "units",
    "unit",
    "pieces",
    "quantity",
    "volume",
    "tonnes",
    "tons",
    "t",
    "kg",
    "thousand",
    "thousands",
    "million",
    "lakh",
    "nos",
];

/// A table's header cells and the two lines above it, in lower case: what the table says it counts.
fn table_context(text: &str, table: &dyad_text::claims::Table) -> String {
    let first = table
        .line_spans()
        .first()
        .map_or(0, |(start, _)| *start)
        .min(table.header.first().map_or(usize::MAX, |h| h.start));
    let mut from = first;
    for _ in 0..3 {
        from = text[..from.saturating_sub(1)]
            .rfind('\n')
            .map_or(0, |i| i + 1);
    }
    let mut context = text[from..first].to_lowercase();
    for header in &table.header {
        context.push(' ');
        context.push_str(&header.text.to_lowercase());
    }
    context
}

/// Nouns that, after a country's adjective, name its government as a side: "the Afghan authorities".
const GOVERNMENT_NOUNS: [&str; 8] = [
    "authorities",
    "government",
    "officials",
    "forces",
    "border guards",
    "troops",
    "security forces",
    "delegation",
];

/// Nouns of a relation between two sides, written "X's dispute with Y".
const RELATION_NOUNS: [&str; 9] = [
    "dispute",
    "disputes",
    "ties",
    "relations",
    "relationship",
    "standoff",
    "row",
    "border talks",
    "tensions",
];

/// Sides other than countries' names: the capitals of states that deal with the region, by the code of
/// their state, unions of states, and the states' adjectives ("Afghan and Iranian border forces",
/// "Pakistani–Uzbek trade").
const OTHER_SIDES: [(&str, &str); 23] = [
    ("IND", "New Delhi"),
    ("IND", "Delhi"),
    ("IRN", "Tehran"),
    ("CHN", "Beijing"),
    ("USA", "Washington"),
    ("RUS", "Moscow"),
    ("TJK", "Dushanbe"),
    ("UZB", "Tashkent"),
    ("TKM", "Ashgabat"),
    ("SAU", "Riyadh"),
    ("QAT", "Doha"),
    ("TUR", "Ankara"),
    ("ARE", "Abu Dhabi"),
    ("GBR", "London"),
    ("EU", "European Union"),
    ("EU", "EU"),
    ("ARE", "UAE"),
    ("IND", "Indian"),
    ("IRN", "Iranian"),
    ("CHN", "Chinese"),
    ("UZB", "Uzbek"),
    ("TJK", "Tajik"),
    ("TKM", "Turkmen"),
];

/// The bundled countries' names, read once.
static COUNTRY_NAMES: std::sync::LazyLock<Vec<(String, String)>> =
    std::sync::LazyLock::new(|| country_names(Concordance::bundled()));

/// The countries' names and the capitals of the world, read once: at a crossing a capital stands for
/// its state.
static NAMES_AND_CAPITALS: std::sync::LazyLock<Vec<(String, String)>> =
    std::sync::LazyLock::new(|| {
        COUNTRY_NAMES
            .iter()
            .cloned()
            .chain(CAPITALS.iter().cloned())
            .collect()
    });

/// Every side a sentence may join to one of the pair: the countries' names, then the region's capitals
/// and unions, far unions ("a quota agreed between ECOWAS and Pakistan") and the capitals of the world
/// ("the accord signed by Kabul and Harare"); with the positions of each by its name's first word.
#[allow(clippy::type_complexity)]
static SIDES_BY_FIRST_WORD: std::sync::LazyLock<(
    Vec<(String, String)>,
    HashMap<String, Vec<usize>>,
)> = std::sync::LazyLock::new(|| {
    let sides: Vec<(String, String)> = COUNTRY_NAMES
        .iter()
        .cloned()
        .chain(
            OTHER_SIDES
                .iter()
                .chain(FAR_UNIONS.iter())
                .map(|(code, name)| (code.to_string(), name.to_string())),
        )
        .chain(
            CAPITALS
                .iter()
                .filter(|(_, capital)| capital.len() >= 4)
                .cloned(),
        )
        .collect();
    let mut by_first_word: HashMap<String, Vec<usize>> = HashMap::new();
    for (at, (_, name)) in sides.iter().enumerate() {
        // The header of the capitals' table is no side.
        if let Some(first) = name.split(' ').next().filter(|first| *first != "city") {
            by_first_word.entry(first.to_string()).or_default().push(at);
        }
    }
    (sides, by_first_word)
});

/// The blank lines of a text, as byte spans in order. A line of nothing but spaces is blank too
/// (transcripts mark paragraphs with "  \n  \n").
fn blank_lines(text: &str) -> Vec<(usize, usize)> {
    let mut blanks = Vec::new();
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            blanks.push((at, at + line.len()));
        }
        at += line.len();
    }
    blanks
}

/// The paragraph around a span: from the blank line before it to the blank line after it.
fn paragraph_around<'t>(
    text: &'t str,
    blanks: &[(usize, usize)],
    start: usize,
    end: usize,
) -> &'t str {
    let before = blanks.partition_point(|&(_, line_end)| line_end <= start);
    let paragraph_start = before.checked_sub(1).map_or(0, |i| blanks[i].1);
    let after = blanks.partition_point(|&(line_start, _)| line_start < end);
    let paragraph_end = blanks
        .get(after)
        .map_or(text.len(), |&(line_start, _)| line_start);
    &text[paragraph_start..paragraph_end.max(paragraph_start)]
}

/// **Scope.** In a text that names both countries of the pair, a sentence that joins one of them with a
/// third country as the two sides of something ("between Pakistan and India", "Pakistan and Iran set
/// up") in a paragraph that speaks of a place that belongs to the pair alone (a crossing on their
/// border), or in a sentence that also names the pair's other country, by name, by a word made from it
/// or by its capital ("the accord between Afghanistan and Tajikistan lets Afghan trucks cross Pakistani
/// territory"). A third
/// country named in passing, or joined to the pair in a longer list ("Pakistan, Afghanistan and
/// China"), is not flagged.
pub fn scope(text: &str, extraction: &Extraction, config: &AuditConfig) -> Vec<Finding> {
    let names: &[(String, String)] = &COUNTRY_NAMES;
    let mut findings = Vec::new();
    instruments_named_with_a_third(text, config, names, &mut findings);
    // At a crossing a capital stands for its state too ("to Tallinn through Torkham").
    third_state_at_a_crossing(text, config, &NAMES_AND_CAPITALS, &mut findings);
    third_state_owns_a_place(text, config, names, &mut findings);
    route_to_a_neighbour_through_a_crossing(text, extraction, config, names, &mut findings);
    caption_of_another_pair(text, extraction, config, names, &mut findings);
    flows_with_two_partners(text, extraction, config, names, &mut findings);
    third_state_mission(text, extraction, config, names, &mut findings);
    closure_with_a_third_blocks_the_other(text, extraction, config, names, &mut findings);
    period_terms(text, extraction, &mut findings);
    let pair_codes = [config.pair.first.as_str(), config.pair.second.as_str()];
    let pair_names: Vec<&(String, String)> = names
        .iter()
        .filter(|(code, _)| pair_codes.contains(&code.as_str()))
        .collect();
    // Each country of the pair is named somewhere: by its name, its capital or its adjective.
    let names_both = pair_codes.iter().all(|code| {
        pair_names
            .iter()
            .copied()
            .chain(config.capitals.iter())
            .chain(config.demonyms.iter())
            .any(|(c, name)| c == code && contains_word(text, name))
    });
    // Other sides than countries: the capitals of the region's other states, and unions of states.

    let blanks = blank_lines(text);
    for &(start, end) in &extraction.sentences {
        let sentence = &text[start..end];
        // Only a sentence at one of the pair's crossings, or one naming the pair in a text that names
        // both, can make a third state a side.
        let at_crossing = config
            .shared_places
            .iter()
            .any(|place| contains_word(sentence, place));
        let names_pair = names_both
            && pair_names
                .iter()
                .map(|(_, name)| name)
                .chain(config.capitals.iter().map(|(_, capital)| capital))
                .chain(config.demonyms.iter().map(|(_, demonym)| demonym))
                .any(|name| sentence.contains(name.as_str()));
        if !at_crossing && !names_pair {
            continue;
        }
        // The third countries are those whose name's first word is a word of the sentence, found
        // by the words through an index of first words.
        let (sides, by_first_word) = &*SIDES_BY_FIRST_WORD;
        let mut found: Vec<usize> = sentence
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .filter_map(|w| by_first_word.get(w))
            .flatten()
            .copied()
            .collect();
        found.sort_unstable();
        found.dedup();
        // A name of more words than one ("The Hague", "Port Louis") is there only in full.
        let thirds: Vec<&(String, String)> = found
            .into_iter()
            .map(|i| &sides[i])
            .filter(|(code, name)| {
                !pair_codes.contains(&code.as_str())
                    && (!name.contains(' ') || sentence.contains(name.as_str()))
            })
            .collect();
        // A crossing of the pair's names the pair by itself.
        if at_crossing {
            crossing_trade(
                text,
                (start, end),
                (&pair_names, &thirds),
                config,
                &mut findings,
            );
        }
        if !names_pair || thirds.is_empty() {
            continue;
        }
        // The pair is discussed where the paragraph speaks of a place of theirs alone.
        let paragraph = paragraph_around(text, &blanks, start, end);
        let shared_place = config
            .shared_places
            .iter()
            .any(|place| paragraph.contains(place.as_str()));
        for (pair_code, pair_name) in &pair_names {
            // The pair is discussed, too, where the sentence names the pair's other country, by its name
            // or a word made from it ("Pakistani territory").
            let other_named =
                pair_names
                    .iter()
                    .filter(|(code, _)| code != pair_code)
                    .any(|(_, other)| {
                        let stem: String = other.chars().take(6).collect();
                        stem.chars().count() == 6
                            && sentence
                                .split(|c: char| !c.is_alphanumeric())
                                .any(|word| word.starts_with(&stem))
                    })
                    || config
                        .capitals
                        .iter()
                        .chain(config.places.iter())
                        .any(|(code, place)| code != pair_code && contains_word(sentence, place));
            if !shared_place && !other_named {
                continue;
            }
            // The pair's other country given a clause of its own ("Islamabad and Tashkent signed a
            // transit agreement, and Afghanistan agreed to let the trucks cross") plays its own part:
            // the two joined are two sides of something else.
            let other_has_own_clause = pair_names
                .iter()
                .copied()
                .chain(config.capitals.iter())
                .filter(|(code, _)| code != pair_code)
                .any(|(_, other)| {
                    [", and ", " while ", ", but ", " whereas ", "; "]
                        .iter()
                        .any(|boundary| sentence.contains(&format!("{boundary}{other} ")))
                });
            if other_has_own_clause {
                continue;
            }
            // A side of the pair is named by its country, its capital, or its adjective with a noun
            // of government ("the Afghan authorities").
            let mut sides = vec![pair_name.clone()];
            sides.extend(
                config
                    .capitals
                    .iter()
                    .filter(|(code, _)| code == pair_code)
                    .map(|(_, capital)| capital.clone()),
            );
            for (_, demonym) in config.demonyms.iter().filter(|(code, _)| code == pair_code) {
                sides.extend(
                    GOVERNMENT_NOUNS
                        .iter()
                        .map(|noun| format!("{demonym} {noun}")),
                );
                sides.push(demonym.clone());
            }
            let sides: Vec<&String> = sides
                .iter()
                .filter(|s| contains_word(sentence, s))
                .collect();
            for (third_name, side) in thirds
                .iter()
                .flat_map(|t| sides.iter().map(move |s| (t, s)))
            {
                let third_code = third_name.0.as_str();
                let third_name = &third_name.1;
                let pair_name = side;
                // The border of two neighbours is theirs ("the Afghan–Iranian border").
                let neighbours = config.neighbours.iter().any(|(code, list)| {
                    code == pair_code && list.iter().any(|(c, _)| c == third_code)
                });
                let mut joins = vec![
                    format!("{pair_name} and {third_name}"),
                    format!("{pair_name} and the {third_name}"),
                    format!("{third_name} and {pair_name}"),
                    format!("{third_name} and the {pair_name}"),
                    format!("{pair_name}–{third_name}"),
                    format!("{third_name}–{pair_name}"),
                    format!("{pair_name}-{third_name}"),
                    format!("{third_name}-{pair_name}"),
                    format!("{pair_name}/{third_name}"),
                    format!("{third_name}/{pair_name}"),
                ];
                // "Kabul's dispute with Tehran": one side's relation with the other.
                for relation in RELATION_NOUNS {
                    joins.push(format!("{pair_name}'s {relation} with {third_name}"));
                    joins.push(format!("{third_name}'s {relation} with {pair_name}"));
                }
                // A dateline's "Kabul/Islamabad/Brussels" lists offices: a capital of the world
                // beyond the region's is a side only when joined by words.
                let far_capital = !OTHER_SIDES.iter().any(|(_, name)| name == third_name)
                    && CAPITALS.iter().any(|(_, capital)| capital == third_name);
                if far_capital {
                    joins.retain(|j| j.contains(" and "));
                }
                for joined in joins {
                    for (at, _) in sentence.match_indices(&joined) {
                        let after = sentence[at + joined.len()..].chars().next();
                        if after.is_some_and(char::is_alphanumeric) {
                            continue;
                        }
                        // "Afghanistan, Pakistan and Iran" lists three sides, which is no claim that
                        // the third is one of the pair's two; so does a chain of names joined by dashes
                        // ("the Turkmenistan–Afghanistan–Pakistan–India pipeline").
                        let after_joined = &sentence[at + joined.len()..];
                        if sentence[..at].trim_end().ends_with([',', '–', '-'])
                            || after_joined.starts_with(['–', '-'])
                        {
                            continue;
                        }
                        // The ends of a route ("the pipeline from Turkmenistan through Afghanistan to
                        // Pakistan and India") are places it reaches, not two sides.
                        let before_join = sentence[..at].trim_end().to_lowercase();
                        let route = [
                            "pipeline",
                            "railway",
                            "rail ",
                            "road",
                            "route",
                            "corridor",
                            "transmission",
                            "link",
                        ]
                        .iter()
                        .any(|w| sentence.to_lowercase().contains(w));
                        if route
                            && [" to", " via", " through", " from"]
                                .iter()
                                .any(|w| before_join.ends_with(w))
                        {
                            continue;
                        }
                        // Neighbours crossed between ("herders cross between Afghanistan and
                        // Tajikistan in the Pamirs", "the border between Afghanistan and Iran") are
                        // two sides of their own border.
                        let crossed_between = before_join.ends_with(" between") && {
                            let previous = lower_words(&before_join);
                            previous.len() >= 2
                                && matches!(
                                    previous[previous.len() - 2].as_str(),
                                    "cross"
                                        | "crosses"
                                        | "crossed"
                                        | "crossing"
                                        | "crossings"
                                        | "border"
                                        | "frontier"
                                )
                        };
                        // A crossing said not to exist ("There are no crossings between Pakistan
                        // and Tajikistan") makes the third no side.
                        let denied = crossed_between
                            && lower_words(&before_join)
                                .iter()
                                .rev()
                                .take(5)
                                .any(|w| matches!(w.as_str(), "no" | "not" | "never"));
                        if neighbours && crossed_between || denied {
                            continue;
                        }
                        // A journey across both ("trucked to Azerbaijan over Torkham, crossing
                        // Afghanistan and Turkmenistan") names the lands it crosses, not two sides.
                        if [" crossing", " transiting", " across", " traversing"]
                            .iter()
                            .any(|w| before_join.ends_with(w))
                        {
                            continue;
                        }
                        // Dashed names before a name are that name ("the China–Pakistan Economic
                        // Corridor"), not two sides.
                        let dashed = joined.contains(['–', '-']);
                        let name_follows = after_joined
                            .strip_prefix(' ')
                            .and_then(|rest| rest.chars().next())
                            .is_some_and(char::is_uppercase);
                        if dashed && name_follows {
                            continue;
                        }
                        let border_follows = after_joined.trim_start().starts_with("border")
                            || after_joined.trim_start().starts_with("frontier");
                        // Written dashed, as one border's name; "Afghan and Iranian border forces
                        // … near Chaman" still names two sides at the pair's crossing.
                        if neighbours && border_follows && dashed {
                            continue;
                        }
                        // A country can go by two names that match the same words; one finding.
                        let span = Extraction::locator(text, start + at, start + at + joined.len());
                        if findings.iter().any(|f: &Finding| f.span == span) {
                            continue;
                        }
                        findings.push(Finding::new(
                            text,
                            CheckKind::Scope,
                            (start + at, start + at + joined.len()),
                            Vec::new(),
                            Vec::new(),
                            format!(
                                "{third_name} is named as one side of the pair {}-{}",
                                config.pair.first, config.pair.second
                            ),
                        ));
                    }
                }
            }
        }
    }
    far_state_among_the_pairs_own(text, extraction, config, names, &mut findings);
    pairs_place_in_a_third_state(text, extraction, config, names, &mut findings);
    sides_of_the_border_line(text, extraction, config, names, &mut findings);
    crossing_on_a_third_border(text, extraction, config, names, &mut findings);
    third_state_shuts_a_crossing(text, extraction, config, names, &mut findings);
    national_attribute_of_a_far_state(text, extraction, config, names, &mut findings);
    far_state_owns_the_pairs_own(text, extraction, config, names, &mut findings);
    // A border with a state the pair's country does not border, unless another rule has read the same
    // words already.
    let mut borders = Vec::new();
    borders_with_a_non_neighbour(text, config, names, &mut borders);
    for border in borders {
        let overlaps = findings
            .iter()
            .any(|f| f.span.start < border.span.end && border.span.start < f.span.end);
        if !overlaps {
            findings.push(border);
        }
    }
    findings
}

/// The pair's own agreement or body named after one of the pair and a third country ("the
/// Armenia–Afghanistan Transit Trade Agreement of 2010"): the third is named as a side of it. A kind of
/// body other pairs have too (a joint economic commission) counts only in a paragraph that also names
/// the pair's other country, its capital, its adjective or one of its places.
fn instruments_named_with_a_third(
    text: &str,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    let pair_codes = [config.pair.first.as_str(), config.pair.second.as_str()];
    let blanks = blank_lines(text);
    for (instrument, own) in &config.instruments {
        for (at, _) in text.match_indices(instrument.as_str()) {
            let before = clamped(text, at.saturating_sub(60), at).trim_end();
            // The two names joined by a dash right before the instrument.
            let joined = before
                .rsplit(|c: char| c.is_whitespace() || c == '(')
                .next()
                .unwrap_or("");
            let Some((a, b)) = joined.split_once(['–', '-', '—', '/']) else {
                continue;
            };
            let code_of = |name: &str| {
                names
                    .iter()
                    .find(|(_, n)| n == name)
                    .map(|(code, _)| code.as_str())
            };
            let (Some(code_a), Some(code_b)) = (code_of(a), code_of(b)) else {
                continue;
            };
            let (pair_code, third) =
                match (pair_codes.contains(&code_a), pair_codes.contains(&code_b)) {
                    (true, false) => (code_a, b),
                    (false, true) => (code_b, a),
                    _ => continue,
                };
            if !own {
                let paragraph = paragraph_around(text, &blanks, at, at + instrument.len());
                let other_named = names
                    .iter()
                    .filter(|(code, _)| pair_codes.contains(&code.as_str()) && code != pair_code)
                    .map(|(_, name)| name)
                    // Its name or its capital: a city of its on a route ("a railway to Peshawar")
                    // is named by many a neighbour's story.
                    .chain(
                        config
                            .capitals
                            .iter()
                            .filter(|(code, _)| code != pair_code)
                            .map(|(_, name)| name),
                    )
                    .any(|name| contains_word(paragraph, name));
                // A document about two countries ("both countries", "each country") that names
                // the pair's other country and this third one nowhere else makes the body one of
                // its own sides.
                let lowered = text.to_lowercase();
                let two_countries = [
                    "both countries",
                    "each country",
                    "the two countries",
                    "either country",
                    "both governments",
                    "the two governments",
                ]
                .iter()
                .any(|w| lowered.contains(w));
                let third_once = text.matches(third).count() == 1;
                let other_in_document = names
                    .iter()
                    .filter(|(code, _)| pair_codes.contains(&code.as_str()) && code != pair_code)
                    .any(|(_, name)| contains_word(text, name));
                // … when the body's own paragraph is at the pair's border: one of its crossings, or a
                // place of the other country ("and the Nangarhar Traders' Union, Jalalabad").
                let at_the_border = config
                    .shared_places
                    .iter()
                    .any(|place| contains_word(paragraph, place))
                    || config
                        .places
                        .iter()
                        .any(|(code, place)| code != pair_code && contains_word(paragraph, place));
                if !(other_named
                    || two_countries && third_once && other_in_document && at_the_border)
                {
                    continue;
                }
            }
            // Where the joined names start: their slice lies inside `text`.
            let start = offset_in(text, joined).min(at);
            findings.push(Finding::new(
                text,
                CheckKind::Scope,
                (start, at + instrument.len()),
                Vec::new(),
                Vec::new(),
                format!(
                    "{third} is named as a side of the {instrument}, which is the pair {}-{}'s",
                    config.pair.first, config.pair.second
                ),
            ));
        }
    }
}

/// A land border of one of the pair with a state it does not border: "Ireland's border with
/// Afghanistan", "the Afghan–Croatian border at Torkham", "the Kenya–Afghanistan border".
fn borders_with_a_non_neighbour(
    text: &str,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    let pair_codes = [config.pair.first.as_str(), config.pair.second.as_str()];
    let pair_name = |code: &str| {
        names
            .iter()
            .find(|(c, _)| c == code)
            .map(|(_, name)| name.as_str())
    };
    let code_of = |name: &str| {
        names
            .iter()
            .find(|(_, n)| n == name)
            .map(|(c, _)| c.as_str())
    };
    for (pair_code, neighbours) in &config.neighbours {
        if !pair_codes.contains(&pair_code.as_str()) {
            continue;
        }
        let Some(own_name) = pair_name(pair_code) else {
            continue;
        };
        let own_adjectives: Vec<&str> = config
            .demonyms
            .iter()
            .filter(|(c, _)| c == pair_code)
            .map(|(_, a)| a.as_str())
            .collect();
        let is_neighbour_name = |name: &str| {
            code_of(name).is_some_and(|code| {
                code == pair_code.as_str() || neighbours.iter().any(|(c, _)| c == code)
            })
        };
        let is_neighbour_adjective = |word: &str| {
            own_adjectives.contains(&word) || neighbours.iter().any(|(_, a)| a == word)
        };
        // The state whose name opens `rest`, the longest that does.
        let named = |rest: &str| -> Option<&str> {
            names
                .iter()
                .filter(|(_, name)| {
                    rest.starts_with(name.as_str())
                        && !rest[name.len()..].starts_with(char::is_alphanumeric)
                })
                .max_by_key(|(_, name)| name.len())
                .map(|(_, name)| name.as_str())
        };
        // Of two states a crossing joins, the one that is not this country, when it is no neighbour
        // and not the pair's other.
        let far_side = |first: &str, second: &str| -> Option<String> {
            let other = if first == own_name {
                second
            } else if second == own_name {
                first
            } else {
                return None;
            };
            let pair_side = pair_codes.iter().any(|code| pair_name(code) == Some(other));
            (!pair_side && !is_neighbour_name(other)).then(|| other.to_string())
        };
        // Whether the words before `at` cross by land: a verb of crossing right before it, in a
        // sentence of no boat, flight or money, which cross seas and borders alike.
        let crossed_by_land = |at: usize| {
            let verb = lower_words(clamped(text, at.saturating_sub(24), at));
            // A verb of crossing, or a crossing or border itself ("the crossings between Pakistan
            // and Tajikistan closed", "the border between Pakistan and Uzbekistan was closed"): a
            // border joins neighbours only. The verb may have "here" or "there" after it ("crossed
            // here between").
            let crossing_word = |w: &String| {
                matches!(
                    w.as_str(),
                    "cross"
                        | "crosses"
                        | "crossed"
                        | "crossing"
                        | "crossings"
                        | "border"
                        | "frontier"
                )
            };
            let crossing = verb.last().is_some_and(crossing_word)
                || verb.len() >= 2
                    && matches!(verb[verb.len() - 1].as_str(), "here" | "there")
                    && crossing_word(&verb[verb.len() - 2]);
            let sentence_end = text[at..].find(['.', '\n']).map_or(text.len(), |i| at + i);
            let sentence_start = text[..at].rfind(['.', '\n']).map_or(0, |i| i + 1);
            // Said not to exist in its own clause: "There are no crossings between Pakistan and
            // Tajikistan" (not "Since the crossings between … closed, we have not …").
            let clause_end = text[at..sentence_end]
                .find([',', ';'])
                .map_or(sentence_end, |i| at + i);
            let clause_start = text[sentence_start..at]
                .rfind([',', ';', ':'])
                .map_or(sentence_start, |i| sentence_start + i + 1);
            let sentence_said = text[sentence_start..sentence_end].to_lowercase();
            let denied = lower_words(&text[clause_start..clause_end])
                .iter()
                .any(|w| matches!(w.as_str(), "no" | "not" | "never" | "neither" | "nor"))
                || [
                    "share a border",
                    "share no border",
                    "shares no border",
                    "mistake",
                    "false",
                    "wrong",
                    "myth",
                    "rumour",
                    "rumor",
                    "between them",
                    "no such",
                ]
                .iter()
                .any(|w| sentence_said.contains(w));
            crossing
                && !denied
                && !lower_words(&text[sentence_start..sentence_end])
                    .iter()
                    .any(|w| {
                        matches!(
                            w.as_str(),
                            "dhow"
                                | "dhows"
                                | "boat"
                                | "boats"
                                | "ship"
                                | "ships"
                                | "ferry"
                                | "sea"
                                | "flight"
                                | "flights"
                                | "flew"
                                | "plane"
                                | "remittances"
                                | "hawala"
                                | "money"
                                | "funds"
                                | "payments"
                        )
                    })
        };
        // "herds that cross between Pakistan and Bhutan": a crossing joins only states that border.
        for (at, _) in text.match_indices(" between ") {
            if !crossed_by_land(at) {
                continue;
            }
            let rest = &text[at + " between ".len()..];
            let rest = rest.strip_prefix("the ").unwrap_or(rest);
            let Some(first) = named(rest) else {
                continue;
            };
            let Some(second_rest) = rest[first.len()..].strip_prefix(" and ") else {
                continue;
            };
            let second_rest = second_rest.strip_prefix("the ").unwrap_or(second_rest);
            let Some(second) = named(second_rest) else {
                continue;
            };
            if let Some(other) = far_side(first, second) {
                let end = offset_in(text, second_rest) + second.len();
                findings.push(Finding::new(
                    text,
                    CheckKind::Scope,
                    (at + 1, end),
                    Vec::new(),
                    Vec::new(),
                    format!("{other} shares no border with {own_name}"),
                ));
            }
        }
        // "families crossed from Afghanistan into Bangladesh": on foot or by road, one crosses only
        // into a state that borders.
        for (at, _) in text.match_indices(" from ") {
            if !crossed_by_land(at) {
                continue;
            }
            let rest = &text[at + " from ".len()..];
            let Some(first) = named(rest) else {
                continue;
            };
            let Some(second_rest) = rest[first.len()..].strip_prefix(" into ") else {
                continue;
            };
            let Some(second) = named(second_rest) else {
                continue;
            };
            if let Some(other) = far_side(first, second) {
                let end = offset_in(text, second_rest) + second.len();
                findings.push(Finding::new(
                    text,
                    CheckKind::Scope,
                    (at + 1, end),
                    Vec::new(),
                    Vec::new(),
                    format!("{other} shares no border with {own_name}"),
                ));
            }
        }
        // "the Kenya–Afghanistan border", and its crossings ("the Pakistan–Kazakhstan Crossings
        // (Perishable Goods) Order"): land crossings join neighbours only.
        for noun in ["border", "frontier", "crossing", "Crossing"] {
            for (at, _) in text.match_indices(noun) {
                let after = &text[at + noun.len()..];
                if after.starts_with(|c: char| c.is_alphanumeric() && c != 's') {
                    continue;
                }
                // "X's border with Afghanistan".
                let before = clamped(text, at.saturating_sub(40), at);
                if let Some(rest) = after
                    .strip_prefix(" with ")
                    .or_else(|| after.strip_prefix("s with "))
                    && rest.starts_with(own_name)
                {
                    let owner = before.trim_end().strip_suffix("'s").unwrap_or("");
                    let word = owner
                        .rsplit(|c: char| c.is_whitespace())
                        .next()
                        .unwrap_or("");
                    // "British India's border with Afghanistan" is history, not a slip.
                    let historical = owner.trim_end_matches(word).trim_end().ends_with("British");
                    if code_of(word).is_some() && !is_neighbour_name(word) && !historical {
                        let start =
                            at - (before.len() - before.trim_end().len()) - "'s".len() - word.len();
                        findings.push(Finding::new(
                            text,
                            CheckKind::Scope,
                            (start, at + noun.len() + " with ".len() + own_name.len()),
                            Vec::new(),
                            Vec::new(),
                            format!("{word} shares no border with {own_name}"),
                        ));
                    }
                    continue;
                }
                // "the Kenya–Afghanistan border", "the Afghan–Croatian border".
                let joined = before
                    .trim_end()
                    .rsplit(|c: char| c.is_whitespace())
                    .next()
                    .unwrap_or("");
                let Some((a, b)) = joined.split_once(['–', '-', '—', '/']) else {
                    continue;
                };
                let other = if a == own_name || own_adjectives.contains(&a) {
                    b
                } else if b == own_name || own_adjectives.contains(&b) {
                    a
                } else {
                    continue;
                };
                let names_a_state = code_of(other).is_some() || is_state_adjective(other);
                let pair_side = pair_codes.iter().any(|code| {
                    pair_name(code) == Some(other)
                        || config.demonyms.iter().any(|(c, a)| c == code && a == other)
                });
                if names_a_state
                    && !pair_side
                    && !is_neighbour_name(other)
                    && !is_neighbour_adjective(other)
                {
                    let start = at - (before.len() - before.trim_end().len()) - joined.len();
                    findings.push(Finding::new(
                        text,
                        CheckKind::Scope,
                        (start, at + noun.len()),
                        Vec::new(),
                        Vec::new(),
                        format!("{other} shares no border with {own_name}"),
                    ));
                }
            }
        }
    }
}

/// Countries by code and name, as the scope check lists them.
type Names<'n> = [&'n (String, String)];

/// Peoples, regions and languages whose adjectives end as a state's do ("Baloch", "Punjabi", "Persian",
/// "Central Asian"): none of them is a third state.
const OUR_PEOPLES: &[&str] = &[
    "Baloch", "Balochi", "Baluch", "Baluchi", "Brahui", "Pashtun", "Pakhtun", "Pathan", "Punjabi",
    "Sindhi", "Kashmiri", "Hazara", "Afridi", "Shinwari", "Waziri", "Mohmand", "Chitrali",
    "Gilgiti", "Anglo", "Asian", "Persian", "Karachi", "Quetta",
];

/// The nouns after "X–Afghan" that make X one side of a relation at a place: trade, a border, a route.
const SIDE_NOUNS: &[&str] = &[
    "trade",
    "border",
    "frontier",
    "crossing",
    "crossings",
    "transit",
    "route",
    "routes",
    "corridor",
    "commerce",
    "exports",
    "imports",
];

/// Whether a capitalised word reads as the adjective of a state by its ending: "Swedish", "Dutch",
/// "Vietnamese", "Canadian", "Iraqi", "Swiss", but none of the pair's own peoples or places. The caller
/// also asks for a noun of trade or a border after it.
fn is_state_adjective(word: &str) -> bool {
    word.len() >= 4
        && word.starts_with(|c: char| c.is_uppercase())
        && word.chars().skip(1).all(|c| c.is_lowercase())
        && !OUR_PEOPLES.contains(&word)
        && !word.ends_with("stan")
        && ["ish", "ese", "ian", "an", "i", "ic", "ch", "ss"]
            .iter()
            .any(|ending| word.ends_with(ending))
}

/// Nouns of the bodies and services that work at a crossing: a third state's at one of the pair's own
/// crossings is a slip for one of the pair ("Romania's customs post at Torkham"). Soldiers are left
/// out: foreign troops stood at the crossings in the years before 2021.
const AT_A_CROSSING: &[&str] = &[
    "border",
    "customs",
    "post",
    "posts",
    "officials",
    "guards",
    "police",
    "authorities",
    "crews",
    "crew",
    "networks",
    "network",
    "operators",
    "staff",
];

/// States whose goods and people cross the pair's border though they border neither: on the transit
/// routes (Kazakhstan, Kyrgyzstan, Russia, and the corridor to the Caspian and the Black Sea:
/// Azerbaijan, Georgia, Turkey), or there in its recent history (the United States, Britain).
const KNOWN_AT_THE_BORDER: &[&str] = &["KAZ", "KGZ", "RUS", "AZE", "GEO", "TUR", "USA", "GBR"];

/// Unions of states no road through the pair's crossings reaches, by a code and their names: goods
/// "to ASEAN through Chaman" are bound for a third side. The European Union is left out: the corridor
/// through Turkey reaches it.
const FAR_UNIONS: &[(&str, &str)] = &[
    ("ASEAN", "ASEAN"),
    ("AU", "African Union"),
    ("GCC", "Gulf Cooperation Council"),
    ("GCC", "GCC"),
    ("MERCOSUR", "Mercosur"),
    ("ECOWAS", "ECOWAS"),
    ("SADC", "SADC"),
    ("CARICOM", "Caricom"),
];

/// The far union whose name the words open ("African Union by road" opens with the African Union).
fn far_union(words: &[&str]) -> Option<&'static str> {
    FAR_UNIONS.iter().find_map(|(code, name)| {
        let parts: Vec<&str> = name.split(' ').collect();
        (words.len() >= parts.len()
            && parts.iter().zip(words).all(|(part, word)| {
                let word = word.trim_end_matches(|c: char| !c.is_alphanumeric());
                // "CARICOM" and "Caricom" alike.
                word == *part || word.len() >= 4 && word.eq_ignore_ascii_case(part)
            }))
        .then_some(*code)
    })
}

/// A measure, a unit and a value and precision (as bits): figures written alike.
type WrittenAlike<'t> = (String, &'t str, u64, u64);

/// **Scope: a period named by two conventions.** One measure's figure, written alike (value and
/// precision), given for a fiscal year in one place and for a calendar year it overlaps in another
/// ("exports of US$ 1,012 million in FY2024" … "exports of US$ 1,012 million in 2024"): the text uses
/// two terms for one period, and at most one of them is right. Figures of three significant digits or
/// more only; the verdict is internally inconsistent.
fn period_terms(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    // Figures grouped by measure, unit and value as written, so that only figures written alike meet;
    // a figure of a month or a quarter ("June 2024", "the last month of FY2023-24") is no year's.
    let mut groups: HashMap<WrittenAlike<'_>, Vec<(usize, String)>> = HashMap::new();
    for (index, q) in extraction.quantities.iter().enumerate() {
        if q.in_table || significant_digits(&text[q.start..q.end]) < 3 {
            continue;
        }
        let Some(measure) = measure_of(text, extraction, q) else {
            continue;
        };
        let Some(period) = prose_period(text, extraction, index) else {
            continue;
        };
        let stretch = own_stretch(text, extraction, q);
        let of_a_part = !parts_of_year(stretch).is_empty()
            || lower_words(stretch)
                .iter()
                .any(|w| matches!(w.as_str(), "month" | "quarter" | "half" | "week"));
        if of_a_part {
            continue;
        }
        groups
            .entry((measure, q.unit, q.value.to_bits(), q.precision.to_bits()))
            .or_default()
            .push((index, period));
    }
    // One fiscal year (by the year it starts in) and a calendar year it overlaps.
    let fiscal_and_calendar = |fiscal: &str, calendar: &str| {
        let start = fiscal
            .strip_prefix("FY")
            .and_then(|y| y.parse::<i32>().ok());
        let year = calendar.parse::<i32>().ok();
        matches!((start, year), (Some(s), Some(y)) if y == s || y == s + 1)
    };
    let mut keys: Vec<_> = groups.keys().cloned().collect();
    keys.sort();
    for key in keys {
        let figures = &groups[&key];
        // One finding per group: its first figure of a fiscal year against the first of a calendar
        // year it overlaps.
        let pair = figures.iter().find_map(|(first, period)| {
            figures
                .iter()
                .find(|(_, other)| fiscal_and_calendar(period, other))
                .map(|(second, other)| (*first, period, *second, other))
        });
        let Some((fiscal_index, fiscal, calendar_index, calendar)) = pair else {
            continue;
        };
        let (first_index, second_index) = if fiscal_index < calendar_index {
            (fiscal_index, calendar_index)
        } else {
            (calendar_index, fiscal_index)
        };
        let (a, b) = (
            &extraction.quantities[first_index],
            &extraction.quantities[second_index],
        );
        let mut finding = Finding::new(
            text,
            CheckKind::Scope,
            (a.start, a.end),
            vec![a.value, b.value],
            vec![extraction.claim(text, a), extraction.claim(text, b)],
            format!(
                "`{}` of {} is given for {} and again for {}: two terms for one period",
                &text[a.start..a.end],
                key.0,
                show_period(fiscal),
                show_period(calendar)
            ),
        );
        finding.verdict = dyad_model::claim::VerdictKind::InternallyInconsistent;
        findings.push(finding);
    }
}

/// A period key as a reader writes it: "FY2023-24" for `FY2023`, "2024" for `2024`.
fn show_period(key: &str) -> String {
    match key.strip_prefix("FY").and_then(|y| y.parse::<i32>().ok()) {
        Some(start) => format!("FY{start}-{:02}", (start + 1) % 100),
        None => key.to_string(),
    }
}

/// The state a word names, by its name (or its possessive) or its adjective ("Austrian", from
/// "Austria").
fn state_of_word<'n>(word: &str, names: &'n [(String, String)]) -> Option<&'n str> {
    let word = word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’');
    let word = word
        .strip_suffix("'s")
        .or_else(|| word.strip_suffix("’s"))
        .unwrap_or(word);
    names
        .iter()
        .find(|(_, name)| {
            name == word
                || is_state_adjective(word)
                    && name.chars().count() >= 4
                    && !name.contains(' ')
                    && (name
                        .char_indices()
                        .last()
                        .is_some_and(|(last, _)| word.starts_with(&name[..last]))
                        // "Czech" for "Czechia".
                        || name.starts_with(word) && name.len() <= word.len() + 2)
        })
        // "Lebanese" from "Lebanon": a stem of five letters or more, when no name ends closer.
        .or_else(|| {
            names.iter().find(|(_, name)| {
                is_state_adjective(word)
                    && name.is_ascii()
                    && name.len() >= 7
                    && !name.contains(' ')
                    && word.starts_with(&name[..name.len() - 2])
            })
        })
        .map(|(code, _)| code.as_str())
}

/// **Scope.** A table whose columns give one country's exports to one partner and its imports from
/// another, one of the pair and the other a third state ("Exports to Kazakhstan | Imports from
/// Afghanistan"): a table of two flows is of one partner, so the third stands in the pair's place.
/// So does a sentence that joins the two flows by "and", the second leaving its verb to the first
/// ("exports to Uzbekistan fell from … to …, and imports from Afghanistan from … to …"), when the
/// document names the third state nowhere else.
fn flows_with_two_partners(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    let pair = [config.pair.first.as_str(), config.pair.second.as_str()];
    // The partner named right after a flow's preposition in `words`, with its span there.
    let partner_after = |words: &str, at: usize| {
        states_named(&words[at..], config, names, &|_| true)
            .into_iter()
            .find(|(from, _, _)| *from == 0)
            .map(|(from, to, code)| (at + from, at + to, code))
    };
    for &(start, end) in &extraction.sentences {
        let sentence = &text[start..end];
        // ASCII lower case keeps every byte where it was, so offsets found in it hold in the text.
        let lowered = sentence.to_ascii_lowercase();
        for (first_word, second_word) in [
            ("exports to ", "imports from "),
            ("imports from ", "exports to "),
        ] {
            let Some(first_at) = lowered.find(first_word) else {
                continue;
            };
            let Some(second_at) = lowered[first_at..]
                .find(&format!("and {second_word}"))
                .map(|i| first_at + i + 4)
            else {
                continue;
            };
            if lowered[first_at..second_at].contains(';') {
                continue;
            }
            let (Some(first), Some(second)) = (
                partner_after(sentence, first_at + first_word.len()),
                partner_after(sentence, second_at + second_word.len()),
            ) else {
                continue;
            };
            // The second flow leaves its verb to the first: a figure, or "from", right after it.
            let after_second = lowered[second.1..].trim_start();
            if !after_second.starts_with("from ")
                && !after_second.starts_with(|c: char| c.is_ascii_digit())
            {
                continue;
            }
            // The third stands in the first flow, where the pair's other was written over: a third
            // in the second flow is a comparison ("exports to Pakistan …, and imports from
            // Uzbekistan …, as Kabul turned north").
            let (third, other) = match (
                pair.contains(&first.2.as_str()),
                pair.contains(&second.2.as_str()),
            ) {
                (false, true) => (&first, &second),
                _ => continue,
            };
            let third_name = &sentence[third.0..third.1];
            if other.2 == third.2 || text.matches(third_name).count() != 1 {
                continue;
            }
            scope_once_per_sentence(
                text,
                extraction,
                findings,
                (start + third.0, start + third.1),
                format!(
                    "`{third_name}` ({}) is one partner of two flows joined as one pair's, the other with the pair",
                    third.2
                ),
            );
        }
    }
    for table in &extraction.tables {
        // Each header's flow and the partner named right after its preposition.
        let flows: Vec<(bool, usize, usize, String)> = table
            .header
            .iter()
            .filter_map(|cell| {
                let lowered = cell.text.to_ascii_lowercase();
                let (exports, at) =
                    match (lowered.find("exports to "), lowered.find("imports from ")) {
                        (Some(at), None) => (true, at + "exports to ".len()),
                        (None, Some(at)) => (false, at + "imports from ".len()),
                        _ => return None,
                    };
                let rest = &cell.text[at..];
                let (from, to, code) = states_named(rest, config, names, &|_| true)
                    .into_iter()
                    .find(|(from, _, _)| *from == 0)?;
                let start = cell.start + (cell.end - cell.start - cell.text.len()) + at;
                Some((exports, start + from, start + to, code))
            })
            .collect();
        for (position, (exports, start, end, code)) in flows.iter().enumerate() {
            if pair.contains(&code.as_str()) {
                continue;
            }
            // … in the column before the pair's other, as in a sentence.
            let beside_the_pair =
                flows[position + 1..]
                    .iter()
                    .any(|(other_exports, _, _, other)| {
                        other_exports != exports && pair.contains(&other.as_str())
                    });
            if beside_the_pair && text.get(*start..*end).is_some() {
                scope_once_per_sentence(
                    text,
                    extraction,
                    findings,
                    (*start, *end),
                    format!(
                        "`{}` ({code}) is one partner of a table whose other flow is with the pair",
                        &text[*start..*end]
                    ),
                );
            }
        }
    }
}

/// **Scope.** A table captioned as the trade of one of the pair with a third ("Table 1. Pakistan–Cyprus
/// trade, US$ million") whose figures the prose gives as the pair's own ("Pakistan's exports to
/// Afghanistan fell … from US$ 1,290 million", a cell of the table).
fn caption_of_another_pair(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    let pair_codes = [config.pair.first.as_str(), config.pair.second.as_str()];
    for table in &extraction.tables {
        let Some(caption) = line_above(text, table) else {
            continue;
        };
        let caption_start = offset_in(text, caption);
        let bare = caption.trim().trim_matches('*').trim();
        if !(bare.starts_with("Table")
            || bare.starts_with("Figure")
            || caption.trim().starts_with("**"))
        {
            continue;
        }
        // One of the pair joined to a third: "Pakistan–Cyprus".
        let joined = names
            .iter()
            .filter(|(code, _)| pair_codes.contains(&code.as_str()))
            .find_map(|(pair_code, pair_name)| {
                names
                    .iter()
                    .filter(|(code, _)| !pair_codes.contains(&code.as_str()))
                    .map(|(code, name)| (code.as_str(), name.as_str()))
                    .chain(FAR_UNIONS.iter().copied())
                    .find(|(_, third)| {
                        ["–", "-", "—"].iter().any(|dash| {
                            bare.contains(&format!("{pair_name}{dash}{third} "))
                                || bare.contains(&format!("{third}{dash}{pair_name} "))
                        })
                    })
                    .map(|(_, third)| (pair_code.as_str(), third))
            });
        let Some((pair_code, third)) = joined else {
            continue;
        };
        // The pair's other country, by the first six letters of a name or adjective of it.
        let other_stems: Vec<String> = names
            .iter()
            .chain(config.demonyms.iter())
            .filter(|(code, _)| pair_codes.contains(&code.as_str()) && code != pair_code)
            .map(|(_, name)| name.chars().take(6).collect())
            .filter(|stem: &String| stem.chars().count() == 6)
            .collect();
        let scale = header_scale(bare).0;
        let cells: Vec<f64> = table
            .rows
            .iter()
            .flat_map(|row| row.iter().skip(1).filter_map(|c| c.value))
            .collect();
        let stated_as_the_pairs = extraction.quantities.iter().any(|q| {
            !q.in_table
                && q.value.abs() >= 10.0
                && cells
                    .iter()
                    .any(|cell| agrees(q, cell * scale) || agrees(q, *cell))
                && {
                    let sentence = sentence_text(text, extraction, q.sentence);
                    other_stems
                        .iter()
                        .any(|stem| sentence.contains(stem.as_str()))
                }
        });
        // Or the paragraph right after the table reads it as the pair's: it names the pair's other
        // country and not the third ("**Reading the table.** Exports to Afghanistan have never
        // regained their 2019 level").
        let read_as_the_pairs = || {
            let table_end = table
                .line_spans()
                .last()
                .map_or(caption_start, |(_, end)| *end);
            let after = text[table_end..].trim_start();
            let paragraph = after.split("\n\n").next().unwrap_or("");
            // … and not the third by its capital ("Tehran has overtaken Kabul as a supplier").
            let third_code = names
                .iter()
                .find(|(_, name)| name == third)
                .map(|(code, _)| code.as_str());
            let third_capital = CAPITALS
                .iter()
                .filter(|(code, _)| Some(code.as_str()) == third_code)
                .any(|(_, city)| paragraph.contains(city.as_str()));
            other_stems
                .iter()
                .any(|stem| paragraph.contains(stem.as_str()))
                && !paragraph.contains(third)
                && !third_capital
        };
        if !stated_as_the_pairs && !read_as_the_pairs() {
            continue;
        }
        let start = caption_start + (caption.len() - caption.trim_start().len());
        findings.push(Finding::new(
            text,
            CheckKind::Scope,
            (start, start + caption.trim().len()),
            Vec::new(),
            Vec::new(),
            format!(
                "the table's caption names {third} as the other side of {pair_code}'s trade, but the text gives its figures as the pair's"
            ),
        ));
    }
}

/// **Scope.** A province, district or city of the pair given to a third state by its possessive:
/// "the dry hills around Qalat, in Guatemala's Zabul province".
fn third_state_owns_a_place(
    text: &str,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    let pair_codes = [config.pair.first.as_str(), config.pair.second.as_str()];
    let places: Vec<&str> = config
        .shared_places
        .iter()
        .chain(config.regions.iter())
        .map(String::as_str)
        .collect();
    for (at, possessive) in text.match_indices("'s ").chain(text.match_indices("’s ")) {
        let owner_start = text[..at]
            .rfind(|c: char| !c.is_alphabetic())
            .map_or(0, |i| {
                i + text[i..].chars().next().map_or(1, char::len_utf8)
            });
        let owner = &text[owner_start..at];
        let Some(code) = state_of_word(owner, names) else {
            continue;
        };
        if pair_codes.contains(&code) || !owner.starts_with(char::is_uppercase) {
            continue;
        }
        let rest = &text[at + possessive.len()..];
        let Some(place) = places.iter().find(|place| {
            rest.starts_with(*place)
                && rest[place.len()..]
                    .split_whitespace()
                    .next()
                    .is_some_and(|w| {
                        matches!(
                            w.trim_end_matches(|c: char| !c.is_alphabetic()),
                            "province" | "district" | "city" | "valley"
                        )
                    })
        }) else {
            continue;
        };
        findings.push(Finding::new(
            text,
            CheckKind::Scope,
            (owner_start, at + possessive.len() + place.len()),
            Vec::new(),
            Vec::new(),
            format!(
                "{place} is the pair's, but `{owner}` ({code}) is named as the state it lies in"
            ),
        ));
    }
}

/// **Scope.** A closure of the crossings of one of the pair with a third state, said to keep goods
/// from the pair's other country: "Since Turkmenistan closed its crossings with Afghanistan on 12
/// October, I cannot say when the gilims will reach Karachi", "Since the closure of the crossings
/// between Pakistan and India, our dealers in Kabul have received nothing". What stops goods between
/// the pair is the pair's own border.
fn closure_with_a_third_blocks_the_other(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    let pair = [config.pair.first.as_str(), config.pair.second.as_str()];
    for &(start, end) in &extraction.sentences {
        let sentence = &text[start..end];
        let words = lower_words(sentence);
        let closed = words.iter().any(|w| {
            matches!(
                w.as_str(),
                "closed" | "closure" | "shut" | "shutting" | "sealed" | "closing"
            )
        });
        let crossing = words.iter().any(|w| {
            matches!(
                w.as_str(),
                "crossing" | "crossings" | "border" | "borders" | "frontier"
            )
        });
        // Goods kept from arriving: nothing received, a place they cannot reach.
        let says_kept = |stretch: &str| {
            lower_words(stretch).iter().any(|w| {
                matches!(
                    w.as_str(),
                    "nothing" | "cannot" | "unable" | "stuck" | "stranded" | "halted"
                )
            }) || stretch.contains("can't")
        };
        let blocked = says_kept(sentence);
        if !(closed && crossing && blocked) {
            continue;
        }
        let states = states_named(sentence, config, names, &|_| true);
        let mut thirds: Vec<&str> = states
            .iter()
            .map(|(_, _, code)| code.as_str())
            .filter(|code| !pair.contains(code))
            .collect();
        thirds.dedup();
        // The one of the pair named as a country, not by a city ("our dealers in Kabul").
        let sides: Vec<&str> = pair
            .iter()
            .copied()
            .filter(|code| {
                names
                    .iter()
                    .any(|(c, name)| c == code && contains_word(sentence, name))
            })
            .collect();
        let (&[third], &[side]) = (thirds.as_slice(), sides.as_slice()) else {
            continue;
        };
        let Some(&far) = pair.iter().find(|code| **code != side) else {
            continue;
        };
        // A city of the pair's other country in the clause that says the goods are kept, its
        // capital among them ("I cannot say when the gilims will reach Karachi"); not goods bound
        // for the third state itself ("trucks from Peshawar bound for Tashkent have been stuck").
        let other_place = sentence
            .split([',', ';'])
            .filter(|clause| says_kept(clause))
            .any(|clause| {
                config
                    .places
                    .iter()
                    .chain(config.capitals.iter())
                    .any(|(code, place)| code == far && contains_word(clause, place))
            });
        let third_mentions = states_named(sentence, config, names, &|code| code == third).len();
        if !other_place || third_mentions > 1 {
            continue;
        }
        let Some((from, to, _)) = states.iter().find(|(_, _, code)| code == third) else {
            continue;
        };
        let named = &sentence[*from..*to];
        scope_once_per_sentence(
            text,
            extraction,
            findings,
            (start + from, start + to),
            format!(
                "goods between the pair are kept by their own border, not by one with `{named}` ({third})"
            ),
        );
    }
}

/// **Scope.** A third state's mission in one of the pair's capitals issuing the other's visas: "visas
/// issued by the Czech embassy in Kabul for travel to Pakistan", or such a mission in a paragraph whose
/// visas the other's own missions issue ("Pakistan's missions in Afghanistan issued 31,400 medical
/// visas"). A third state's own visas ("the German embassy in Islamabad issued visas to Afghans") are
/// not flagged.
fn third_state_mission(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    const MISSIONS: [&str; 4] = ["embassy", "consulate", "high commission", "mission"];
    let blanks = blank_lines(text);
    for &(start, end) in &extraction.sentences {
        let sentence = &text[start..end];
        // Lowered by ASCII only, so that every offset is the sentence's.
        let lowered = sentence.to_ascii_lowercase();
        // A mission that says it cannot issue a visa issues none.
        let denies = [
            "cannot",
            "can't",
            "does not",
            "do not",
            "no longer",
            "not issue",
        ]
        .iter()
        .any(|w| lowered.contains(w));
        if !lowered.contains("visa") || denies {
            continue;
        }
        for mission in MISSIONS {
            for (at, _) in lowered.match_indices(&format!(" {mission} in ")) {
                let head = sentence[..at].trim_end();
                let word_start = head.rfind(char::is_whitespace).map_or(0, |i| i + 1);
                let state_word = &head[word_start..];
                if state_word.is_empty() {
                    continue;
                }
                let Some(third) = state_of_word(state_word, names) else {
                    continue;
                };
                let after = &sentence[at + mission.len() + 5..];
                // The capital the mission is in, and the pair's other country.
                let Some((host, _)) = config
                    .capitals
                    .iter()
                    .find(|(_, capital)| after.starts_with(capital.as_str()))
                else {
                    continue;
                };
                if [config.pair.first.as_str(), config.pair.second.as_str()].contains(&third) {
                    continue;
                }
                let others: Vec<&String> = names
                    .iter()
                    .chain(config.demonyms.iter())
                    .filter(|(code, _)| {
                        code != host && [&config.pair.first, &config.pair.second].contains(&code)
                    })
                    .map(|(_, name)| name)
                    .collect();
                let for_the_other = others.iter().any(|other| {
                    ["for travel to ", "to enter ", "to visit ", "for entry to "]
                        .iter()
                        .any(|phrase| sentence.contains(&format!("{phrase}{other}")))
                        || sentence.contains(&format!("{other} visa"))
                });
                // The paragraph says the other's missions issue visas of the kind the sentence names
                // ("medical visas"): the third state's mission is named in their place.
                let paragraph = paragraph_around(text, &blanks, start, end);
                let kind = lower_words(sentence)
                    .windows(2)
                    .find(|pair| {
                        matches!(pair[1].as_str(), "visa" | "visas")
                            && pair[0].chars().all(char::is_alphabetic)
                            && !matches!(pair[0].as_str(), "the" | "of" | "these" | "issued")
                    })
                    .map(|pair| format!("{} visa", pair[0]));
                let others_issue = kind.is_some_and(|kind| {
                    paragraph.to_ascii_lowercase().contains(&kind)
                        && others.iter().any(|other| {
                            paragraph.contains(&format!("{other}'s missions"))
                                || paragraph.contains(&format!("{other}'s embassy"))
                        })
                        && paragraph.to_ascii_lowercase().matches(&kind).count() >= 2
                });
                if !(for_the_other || others_issue) {
                    continue;
                }
                let from = start + word_start;
                let to = start
                    + at
                    + mission.len()
                    + 5
                    + config
                        .capitals
                        .iter()
                        .find(|(code, _)| code == host)
                        .map_or(0, |(_, capital)| capital.len());
                findings.push(Finding::new(
                    text,
                    CheckKind::Scope,
                    (from, to),
                    Vec::new(),
                    Vec::new(),
                    format!(
                        "the visas are the pair's, but `{state_word}` ({third}) is named as the state whose {mission} issues them"
                    ),
                ));
            }
        }
    }
}

/// States with a standing part in the pair's affairs, besides the pair's neighbours and the states on
/// its transit routes: the Gulf and the Middle East, South Asia, the donors and the states that kept
/// troops in Afghanistan, and the large economies. A sentence may set any of them beside the pair's
/// places for many reasons, so the rule of [`far_state_among_the_pairs_own`] leaves them out.
const STATES_WITH_A_PART: &[&str] = &[
    "SAU", "QAT", "ARE", "KWT", "OMN", "BHR", "IRQ", "SYR", "JOR", "ISR", "PSE", "LBN", "YEM",
    "EGY", "BGD", "LKA", "NPL", "BTN", "MDV", "MMR", "THA", "MYS", "IDN", "JPN", "KOR", "DEU",
    "FRA", "ITA", "ESP", "NLD", "BEL", "NOR", "SWE", "DNK", "FIN", "CHE", "AUT", "IRL", "POL",
    "CAN", "AUS", "NZL", "UKR", "BRA", "MEX", "ZAF", "ARG",
];

/// Words that give a far state a part of its own in a sentence about the pair's places: another way
/// in (by sea or air), a visitor or customer from it, a supplier, maker or funder in it, a comparison
/// with it. With one of them the sentence is left to the narrower scope rules.
const PARTS_OF_ITS_OWN: &[&str] = &[
    // Another way in than the pair's land border.
    "sea",
    "seaborne",
    "ship",
    "ships",
    "shipped",
    "shipping",
    "vessel",
    "port",
    "container",
    "containers",
    "air",
    "airfreight",
    "flown",
    "flight",
    "flights",
    "courier",
    "transhipped",
    "rail",
    "railway",
    "transit",
    // The pair's seaports, where goods of every state land.
    "karachi",
    "qasim",
    "gwadar",
    // A visitor or a customer.
    "visit",
    "visited",
    "visiting",
    "visitor",
    "visitors",
    "fellowship",
    "course",
    "studied",
    "studying",
    "trained",
    "training",
    "scholarship",
    "conference",
    "tourist",
    "tourists",
    "envoy",
    "envoys",
    "ambassador",
    "ambassadors",
    "diplomat",
    "diplomats",
    "delegation",
    "delegations",
    // A collector, a team of its own, a side in a match.
    "collected",
    "collector",
    "collectors",
    "collection",
    "prt",
    "reconstruction",
    "win",
    "victory",
    "match",
    "embassy",
    "embassies",
    "consulate",
    "consulates",
    "asked",
    "enquiry",
    "enquiries",
    "inquiry",
    "sample",
    "samples",
    "website",
    "importer",
    "importers",
    "buyer",
    "buyers",
    "customer",
    "customers",
    "client",
    "clients",
    "order",
    "ordered",
    // A supplier, maker, funder or financier.
    "made",
    "printed",
    "supplied",
    "supplier",
    "vendor",
    "manufactured",
    "built",
    "funded",
    "funds",
    "donor",
    "donors",
    "grant",
    "gift",
    "sponsored",
    "reinsurer",
    "insurer",
    "lessor",
    "correspondent",
    // A comparison.
    "elsewhere",
    "landlocked",
    "like",
    "unlike",
    "compared",
    "whereas",
    "compete",
    "competes",
    "competing",
    "competition",
    "competitors",
    "rival",
    "rivals",
];

/// The states' names of more words than one, the capitals of four letters or more and the far unions,
/// by code, with one automaton that finds them all (leftmost, longest).
static WHOLE_NAMES: std::sync::LazyLock<(Vec<String>, Gazetteer)> =
    std::sync::LazyLock::new(|| {
        let mut codes = Vec::new();
        let mut patterns = Vec::new();
        for (code, name) in COUNTRY_NAMES
            .iter()
            .filter(|(_, name)| name.contains(' '))
            .chain(CAPITALS.iter().filter(|(_, city)| city.len() >= 4))
        {
            codes.push(code.clone());
            patterns.push(name.clone());
        }
        // The adjectives of names of two words: "Costa Rican", "Sierra Leonean", "Sri Lankan".
        for (code, name) in COUNTRY_NAMES.iter().filter(|(_, name)| name.contains(' ')) {
            let adjective = if name.ends_with('a') {
                format!("{name}n")
            } else if name.ends_with('e') {
                format!("{name}an")
            } else {
                continue;
            };
            codes.push(code.clone());
            patterns.push(adjective);
        }
        // Short names of states of more words than one, as they are commonly written.
        for (code, name) in SHORT_NAMES {
            codes.push(code.to_string());
            patterns.push(name.to_string());
        }
        for (code, name) in FAR_UNIONS {
            codes.push(code.to_string());
            patterns.push(name.to_string());
        }
        (codes, Gazetteer::new(patterns))
    });

/// Short names of states whose names have more words than one.
const SHORT_NAMES: [(&str, &str); 8] = [
    ("BIH", "Bosnia"),
    ("BIH", "Bosnian"),
    ("TTO", "Trinidad"),
    ("ATG", "Antigua"),
    ("COD", "Congo"),
    ("COG", "Congo-Brazzaville"),
    ("TLS", "Timor"),
    ("KNA", "St Kitts"),
];

/// The states' names of one word, by name.
static ONE_WORD_NAMES: std::sync::LazyLock<HashMap<String, String>> =
    std::sync::LazyLock::new(|| {
        COUNTRY_NAMES
            .iter()
            .filter(|(_, name)| !name.contains(' '))
            .map(|(code, name)| (name.clone(), code.clone()))
            .collect()
    });

/// The offsets and codes of far states a sentence names: by name, by a capital of four letters or
/// more, by a far union, or by an adjective before a noun ("the Guyanese identity card"). Far states
/// are those neither of the pair, nor its neighbours, nor on its routes, nor with a standing part.
fn far_states_named(
    sentence: &str,
    config: &AuditConfig,
    names: &[(String, String)],
) -> Vec<(usize, usize, String)> {
    let near = |code: &str| {
        code == config.pair.first
            || code == config.pair.second
            || config
                .neighbours
                .iter()
                .any(|(_, list)| list.iter().any(|(c, _)| c == code))
            || KNOWN_AT_THE_BORDER.contains(&code)
            || STATES_WITH_A_PART.contains(&code)
            || OTHER_SIDES.iter().any(|(c, _)| *c == code)
            || THIRD_ADJECTIVES.iter().any(|(c, _)| *c == code)
    };
    states_named(sentence, config, names, &|code| !near(code))
}

/// The offsets and codes of the states a sentence names, as [`far_states_named`] reads them, that
/// `keep` keeps.
fn states_named(
    sentence: &str,
    config: &AuditConfig,
    names: &[(String, String)],
    keep: &dyn Fn(&str) -> bool,
) -> Vec<(usize, usize, String)> {
    let mut found = Vec::new();
    // Names of more words than one, capitals and far unions, whole, through one automaton.
    let (codes, wholes) = &*WHOLE_NAMES;
    for (start, end, index) in wholes.found_in(sentence) {
        if keep(&codes[index]) {
            found.push((start, end, codes[index].clone()));
        }
    }
    // One-word names, and adjectives followed by a noun.
    let words = word_spans(sentence);
    for (i, &(at, word)) in words.iter().enumerate() {
        if !word.starts_with(char::is_uppercase) {
            continue;
        }
        let code = match ONE_WORD_NAMES.get(word) {
            Some(code) => code.as_str(),
            None => {
                // An adjective stands before a noun in lower case, and after no capitalised word
                // but at the sentence's start ("President Ghani said" is a man).
                let next = words.get(i + 1).map_or("", |(_, w)| *w);
                let noun_follows = next.starts_with(char::is_lowercase)
                    && !matches!(
                        next,
                        "and"
                            | "or"
                            | "said"
                            | "says"
                            | "told"
                            | "was"
                            | "is"
                            | "has"
                            | "had"
                            | "who"
                            | "of"
                            | "in"
                            | "to"
                            | "the"
                            | "a"
                            | "an"
                            | "at"
                            | "on"
                    );
                let after_a_name = i > 0 && words[i - 1].1.starts_with(char::is_uppercase);
                // The pair's own names ("Chaman") are no adjectives of a state ("Chad").
                let own = config.gazetteer.contains(word);
                if !is_state_adjective(word) || !noun_follows || after_a_name || own {
                    continue;
                }
                // A short stem ("Cha" of Chad) makes an adjective only with a demonym's ending
                // ("Togolese", "Fijian"), never of a place's name ("Chamkani").
                let Some(code) = state_of_word(word, names) else {
                    continue;
                };
                let stem = names
                    .iter()
                    .filter(|(c, _)| c == code)
                    .map(|(_, name)| {
                        name.chars()
                            .zip(word.chars())
                            .take_while(|(a, b)| a == b)
                            .count()
                    })
                    .max()
                    .unwrap_or(0);
                if stem < 4 && !word.ends_with("ese") && !word.ends_with("ian") {
                    continue;
                }
                code
            }
        };
        if keep(code) {
            found.push((at, at + word.len(), code.to_string()));
        }
    }
    found
}

/// Whether the text uses a name for a person somewhere: "Lima is sixteen", "Lima's family", "Miss
/// Lima", "Lima smiled". A capital or a state that is also a given name is then no state where it stands.
fn named_as_a_person(text: &str, name: &str) -> bool {
    const KIN: &[&str] = &[
        "family",
        "father",
        "mother",
        "uncle",
        "aunt",
        "brother",
        "sister",
        "husband",
        "wife",
        "son",
        "daughter",
        "parents",
        "children",
        "friend",
        "friends",
        "teacher",
        "grandmother",
        "grandfather",
        "cousin",
    ];
    text.match_indices(name).any(|(at, _)| {
        let after = &text[at + name.len()..];
        let before = text[..at].trim_end();
        let next_word = |rest: &str| {
            rest.split(|c: char| !c.is_alphanumeric())
                .find(|w| !w.is_empty())
                .map(str::to_lowercase)
        };
        let possessive = ["'s ", "\u{2019}s "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .and_then(next_word)
            .is_some_and(|w| KIN.contains(&w.as_str()));
        let age = after
            .strip_prefix(" is ")
            .and_then(next_word)
            .is_some_and(|w| {
                w.chars().all(|c| c.is_ascii_digit()) || dyad_text::claims::word_value(&w).is_some()
            });
        // Not "said": a capital speaks for its government ("Tallinn said").
        let speaks = [" smiles", " laughs", " smiled", " laughed"]
            .iter()
            .any(|w| after.starts_with(w));
        // "Sofia, a teacher from Kabul": an appositive that is no place noun.
        let appositive = [", a ", ", an "]
            .iter()
            .find_map(|p| after.strip_prefix(p))
            .and_then(next_word)
            .is_some_and(|w| {
                !matches!(
                    w.as_str(),
                    "city"
                        | "town"
                        | "capital"
                        | "country"
                        | "port"
                        | "state"
                        | "province"
                        | "district"
                        | "village"
                        | "place"
                        | "market"
                        | "hub"
                        | "member"
                )
            });
        let titled = ["Miss", "Mr", "Mrs", "Ms", "Dr"]
            .iter()
            .any(|t| before.ends_with(t) || before.ends_with(&format!("{t}.")));
        possessive || age || speaks || titled || appositive
    })
}

/// **Scope.** A far third state set among the pair's own places, waters, languages, currency,
/// documents or bodies (the gazetteer): "Khulm, Vanuatu", "the Kabul River, which rises in Monaco",
/// "the child's tazkira, the Guyanese identity card". The state is named within eight words of one of
/// them in one sentence, or in a bold lead that heads a paragraph about them ("**Dealers in Belize.**
/// We have eight dealers … in Logar"), and the sentence gives the state no part of its own (a way in by
/// sea or air, a visitor, a customer, a supplier, a funder, a comparison). Sentences another scope rule
/// has flagged are left to it.
fn far_state_among_the_pairs_own(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    if config.gazetteer.is_empty() {
        return;
    }
    // Each name's span: distances are counted from its end when it stands before the state.
    let anchors = |stretch: &str| -> Vec<(usize, usize)> {
        config
            .gazetteer
            .found_in(stretch)
            .map(|(start, end, _)| (start, end))
            .collect()
    };
    // A possessive's "s" is no word of its own ("Bosnia's national programme").
    let word_count = |stretch: &str| {
        lower_words(stretch)
            .iter()
            .filter(|w| w.as_str() != "s")
            .count()
    };
    let sentences = &extraction.sentences;
    let mut flagged = Vec::new();
    for (index, &(start, end)) in sentences.iter().enumerate() {
        let sentence = &text[start..end];
        let own = anchors(sentence);
        // A bold lead ("**Dealers in Belize.**") heads the sentence after it in its paragraph.
        let lead = sentence.starts_with("**") && sentence.trim_end().ends_with("**");
        let heads = lead
            && sentences
                .get(index + 1)
                .is_some_and(|&(next_start, next_end)| {
                    !text[end..next_start].contains("\n\n")
                        && !anchors(&text[next_start..next_end]).is_empty()
                });
        if own.is_empty() && !heads {
            continue;
        }
        if let Some((from, to, code)) = given_to_a_far_state(sentence, config, names) {
            flagged.push(scope_finding(
                text,
                (start + from, start + to),
                format!(
                    "one of the pair's own is given, in apposition, to `{}` ({code}), a third state",
                    &sentence[from..to]
                ),
            ));
            continue;
        }
        if lower_words(sentence)
            .iter()
            .any(|w| PARTS_OF_ITS_OWN.contains(&w.as_str()))
        {
            continue;
        }
        let thirds = far_states_named(sentence, config, names);
        for (from, to, code) in thirds {
            // Within eight words, in one clause.
            let near_own = own.iter().any(|&(at, at_end)| {
                let (a, b) = if at < from { (at_end, from) } else { (to, at) };
                let between = &sentence[a.min(b)..b.max(a)];
                // A table's cells are fields of their own ("| Kabul Cardamom | Vietnam |").
                word_count(between) <= 8 && !between.contains([';', '|'])
            });
            if !(near_own || heads) || named_as_a_person(text, &sentence[from..to]) {
                continue;
            }
            let span = (start + from, start + to);
            if sentence_flagged(text, findings.iter().chain(flagged.iter()), (start, end)) {
                continue;
            }
            flagged.push(scope_finding(
                text,
                span,
                format!(
                    "`{}` ({code}) is a far third state, named among the pair's own places and bodies",
                    &text[span.0..span.1]
                ),
            ));
        }
    }
    findings.extend(flagged);
}

/// **Scope.** A third state made a side of the line the pair's border follows
/// (`AuditConfig::border_line`): "the Durand Line, which separates Turkmenistan from Afghanistan", "the
/// Durand Line between China and Afghanistan", "China's frontier with Afghanistan, the Durand Line".
fn sides_of_the_border_line(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    let Some(line) = config.border_line.as_deref() else {
        return;
    };
    let pair = [config.pair.first.as_str(), config.pair.second.as_str()];
    let thirds =
        |stretch: &str| states_named(stretch, config, names, &|code| !pair.contains(&code));
    for (at, _) in text.match_indices(line) {
        let end = at + line.len();
        let Some(&(sentence_start, sentence_end)) = extraction.sentences.get(
            extraction
                .sentences
                .partition_point(|(s, _)| *s <= at)
                .saturating_sub(1),
        ) else {
            continue;
        };
        // After the name: "…, which separates X from Y", "… between X and Y", up to the clause's end.
        let after = clamped(text, end, sentence_end);
        let after_lowered = after.to_ascii_lowercase();
        let sides_after = [
            "which separates ",
            "that separates ",
            "which divides ",
            "that divides ",
            "between ",
        ]
        .iter()
        .find_map(|w| {
            let lead = after_lowered.trim_start_matches([',', ' ']);
            lead.strip_prefix(w).map(|rest| after.len() - rest.len())
        })
        .map(|from| {
            let clause = &after[from..];
            let clause = &clause[..clause.find([',', ';', '.']).unwrap_or(clause.len())];
            (end + from, clause)
        });
        // Before it, in apposition: "X's frontier with Y, the Durand Line".
        let before = clamped(text, sentence_start, at);
        let sides_before = before
            .strip_suffix("the ")
            .unwrap_or(before)
            .trim_end()
            .strip_suffix(',')
            .and_then(|lead| {
                let clause_start = lead.rfind([',', ';']).map_or(0, |i| i + 1);
                let clause = &lead[clause_start..];
                let lowered = clause.to_ascii_lowercase();
                [
                    "frontier with",
                    "border with",
                    "border between",
                    "frontier between",
                ]
                .iter()
                .any(|w| lowered.contains(w))
                .then_some((sentence_start + clause_start, clause))
            });
        for (offset, clause) in [sides_after, sides_before].into_iter().flatten() {
            // "between Afghanistan and what was then British India": the line's side in its day.
            let lowered = clause.to_ascii_lowercase();
            if lowered.contains("british") || lowered.contains(" then ") {
                continue;
            }
            let Some((from, to, code)) = thirds(clause).into_iter().next() else {
                continue;
            };
            let span = (offset + from, offset + to);
            if sentence_flagged(text, findings.iter(), (sentence_start, sentence_end)) {
                continue;
            }
            findings.push(scope_finding(
                text,
                span,
                format!(
                    "`{}` ({code}) is made a side of the {line}, the pair's own border",
                    &text[span.0..span.1]
                ),
            ));
        }
    }
}

/// **Scope.** One of the pair's crossings set on a border with a third state: "Trucks wait at Chaman, on
/// Pakistan's border with Iran". The crossings (`AuditConfig::crossings`) lie on the pair's own border.
fn crossing_on_a_third_border(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    let pair = [config.pair.first.as_str(), config.pair.second.as_str()];
    for crossing in &config.crossings {
        for (at, _) in text.match_indices(crossing.as_str()) {
            // The border named first: "Pakistan's border with Uzbekistan at Torkham".
            let before = clamped(text, at.saturating_sub(60), at);
            // Or the state crossed into there: "before crossing into Iran at Torkham" (not goods
            // "headed into Uzbekistan", which the crossing only seals).
            if let Some(lead) = before.strip_suffix(" at ") {
                let entered = [
                    "crossing into ",
                    "crossed into ",
                    "cross into ",
                    "crosses into ",
                    "entering ",
                    "enter ",
                    "enters ",
                    "entered ",
                ]
                .iter()
                .filter_map(|w| lead.rfind(w).map(|i| i + w.len()))
                .max()
                .or_else(|| {
                    // "cross from Peshawar into Uzbekistan at Torkham": a verb of crossing earlier
                    // in the clause.
                    let into = lead.rfind(" into ")?;
                    let clause_start = lead[..into].rfind([',', ';', '.']).map_or(0, |i| i + 1);
                    let clause = lower_words(&lead[clause_start..into]);
                    // Goods in transit cross into Pakistan at Torkham on their way elsewhere.
                    (clause.iter().any(|w| {
                        matches!(w.as_str(), "cross" | "crossed" | "crosses" | "crossing")
                    }) && !clause.iter().any(|w| w == "transit"))
                    .then_some(into + " into ".len())
                });
                if let Some(state_at) = entered {
                    let state = &lead[state_at..];
                    let named = states_named(state, config, names, &|code| !pair.contains(&code))
                        .into_iter()
                        .find(|(from, to, _)| *from == 0 && *to == state.len());
                    if let Some((_, to, code)) = named {
                        let offset = offset_in(text, state);
                        let span = (offset, offset + to);
                        scope_once_per_sentence(
                            text,
                            extraction,
                            findings,
                            span,
                            format!(
                                "{crossing} leads into the pair's other country, not into `{}` ({code})",
                                &text[span.0..span.1]
                            ),
                        );
                        continue;
                    }
                }
            }
            // Or the two states the border or crossing is "between": "the crossing between
            // Afghanistan and China at Torkham", "the border between Bangladesh and Afghanistan at
            // Chaman", "the Chaman crossing between Pakistan and Iran". Both sides must be states,
            // one of them a third.
            let sides_before = before.strip_suffix(" at ").and_then(|lead| {
                let sides_at = lead.rfind(" between ")? + " between ".len();
                let noun = lower_words(&lead[..sides_at - " between ".len()]);
                noun.last()
                    .is_some_and(|w| {
                        matches!(
                            w.as_str(),
                            "border" | "borders" | "frontier" | "crossing" | "crossings"
                        )
                    })
                    .then(|| &lead[sides_at..])
            });
            let sides_after = {
                let end = at + crossing.len();
                let after = clamped(text, end, (end + 60).min(text.len()));
                [
                    " crossing between ",
                    " border crossing between ",
                    " crossing point between ",
                    // "held at Chaman, on the border between Iran and Afghanistan".
                    ", on the border between ",
                    ", on the frontier between ",
                    " on the border between ",
                ]
                .iter()
                .find_map(|w| after.strip_prefix(w))
                .map(|rest| {
                    // The sides end with the second state's name.
                    let stop = rest
                        .find(" and ")
                        .and_then(|and| {
                            let second = &rest[and + " and ".len()..];
                            let second = second.strip_prefix("the ").unwrap_or(second);
                            let found = states_named(second, config, names, &|_| true)
                                .into_iter()
                                .find(|(from, _, _)| *from == 0)?;
                            Some(offset_in(rest, second) + found.1)
                        })
                        .unwrap_or(0);
                    &rest[..stop]
                })
                .filter(|sides| !sides.is_empty())
            };
            let mut placed = false;
            for sides in [sides_before, sides_after].into_iter().flatten() {
                let strip =
                    |s: &'_ str| -> String { s.trim().trim_start_matches("the ").to_string() };
                let every = states_named(sides, config, names, &|_| true);
                let whole_side = |side: &str| {
                    let side = strip(side);
                    every.iter().any(|(from, to, _)| sides[*from..*to] == side)
                };
                let two_states = sides
                    .split_once(" and ")
                    .is_some_and(|(a, b)| whole_side(a) && whole_side(b));
                let third = states_named(sides, config, names, &|code| !pair.contains(&code))
                    .into_iter()
                    .next();
                if two_states && let Some((from, to, code)) = third {
                    let offset = offset_in(text, sides);
                    let span = (offset + from, offset + to);
                    scope_once_per_sentence(
                        text,
                        extraction,
                        findings,
                        span,
                        format!(
                            "{crossing} is on the pair's border, not between `{}` ({code}) and another",
                            &text[span.0..span.1]
                        ),
                    );
                    placed = true;
                    break;
                }
            }
            if placed {
                continue;
            }
            if let Some(lead) = before
                .strip_suffix(" at ")
                .or_else(|| before.strip_suffix(", at "))
                && let Some(with_at) = lead
                    .rfind("border with ")
                    .map(|i| i + "border with ".len())
                    .or_else(|| {
                        lead.rfind("frontier with ")
                            .map(|i| i + "frontier with ".len())
                    })
            {
                let state = &lead[with_at..];
                // The state alone, or with the verb of the border's closing after it ("when the
                // border with Bangladesh closed at Torkham").
                let state_end = [" closed", " shut", " reopened", " opened", " was closed"]
                    .iter()
                    .find_map(|verb| state.strip_suffix(verb))
                    .map_or(state.len(), str::len);
                let named = states_named(state, config, names, &|code| !pair.contains(&code))
                    .into_iter()
                    .find(|(from, to, _)| *from == 0 && *to == state_end);
                if let Some((_, to, code)) = named {
                    let offset = offset_in(text, state);
                    let span = (offset, offset + to);
                    scope_once_per_sentence(
                        text,
                        extraction,
                        findings,
                        span,
                        format!(
                            "{crossing} is on the pair's border, not on a border with `{}` ({code})",
                            &text[span.0..span.1]
                        ),
                    );
                    continue;
                }
            }
            let end = at + crossing.len();
            let after = clamped(text, end, (end + 60).min(text.len()));
            // "the Torkham border with Iran": the crossing names its border.
            let Some(lead) = after
                .strip_prefix(", on ")
                .or_else(|| after.strip_prefix(" on "))
                .or_else(|| after.starts_with(" border with ").then_some(after))
            else {
                continue;
            };
            let lowered = lead.to_ascii_lowercase();
            let Some(with_at) = lowered
                .find("border with ")
                .or_else(|| lowered.find("frontier with "))
            else {
                continue;
            };
            // The border is the crossing's own, named right after it: "on Pakistan's border with",
            // "on the border with".
            let owner = lead[..with_at].trim();
            let plain_owner = owner.is_empty()
                || matches!(owner, "the" | "its")
                || owner.split_whitespace().count() == 1
                    && (owner.ends_with("'s") || owner.ends_with('\u{2019}'));
            if !plain_owner {
                continue;
            }
            let rest_at = with_at + lowered[with_at..].find(" with ").map_or(0, |i| i + 6);
            let rest = &lead[rest_at..];
            let Some((from, to, code)) =
                states_named(rest, config, names, &|code| !pair.contains(&code))
                    .into_iter()
                    .find(|(from, _, _)| *from == 0)
            else {
                continue;
            };
            // `after` starts at the crossing's end; `lead` and `rest` are tails of it.
            let offset = end + (after.len() - lead.len()) + rest_at;
            let span = (offset + from, offset + to);
            scope_once_per_sentence(
                text,
                extraction,
                findings,
                span,
                format!(
                    "{crossing} is on the pair's border, not on a border with `{}` ({code})",
                    &text[span.0..span.1]
                ),
            );
        }
    }
}

/// **Scope.** A third state made the one that shuts or opens one of the pair's crossings: "Then Iran
/// closed Torkham and Chaman". Only the pair's own governments close their shared crossings.
fn third_state_shuts_a_crossing(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    const VERBS: &[&str] = &[
        "closed", "shut", "sealed", "reopened", "opened", "closes", "shuts", "seals", "reopens",
        "opens",
    ];
    // The longer first: the empty one ends every verb.
    const BETWEEN: &[&str] = &[
        " the crossing at",
        " the crossings at",
        " the border at",
        "",
    ];
    let pair = [config.pair.first.as_str(), config.pair.second.as_str()];
    for crossing in &config.crossings {
        for (at, _) in text.match_indices(crossing.as_str()) {
            let before = clamped(text, at.saturating_sub(60), at);
            let Some(lead) = before.strip_suffix(' ') else {
                continue;
            };
            let Some(subject) = BETWEEN
                .iter()
                .filter_map(|between| lead.strip_suffix(between))
                .find_map(|verb_end| {
                    VERBS
                        .iter()
                        .find_map(|verb| verb_end.strip_suffix(verb))
                        .and_then(|rest| rest.strip_suffix(' '))
                })
            else {
                continue;
            };
            // The state is the verb's subject: its name ends right before the verb.
            let start = subject
                .rfind(|c: char| !(c.is_alphanumeric() || c == ' ' || c == '-'))
                .map_or(0, |i| {
                    i + subject[i..].chars().next().map_or(1, char::len_utf8)
                });
            let clause = &subject[start..];
            // The subject may be two states, one of them a third: "since Kazakhstan and
            // Afghanistan closed the crossings at Torkham".
            let every = states_named(clause, config, names, &|_| true);
            let joined_third = every.iter().find_map(|(from, to, code)| {
                let other = every.iter().find(|(other_from, other_to, _)| {
                    (*to < *other_from
                        && clause[*to..*other_from] == *" and "
                        && *other_to == clause.len())
                        || (*other_to < *from
                            && clause[*other_to..*from] == *" and "
                            && *to == clause.len())
                })?;
                let first = (*from).min(other.0);
                (!pair.contains(&code.as_str()) && pair.contains(&other.2.as_str()))
                    .then(|| (first, *from, *to, code.clone()))
            });
            let named = states_named(clause, config, names, &|code| !pair.contains(&code))
                .into_iter()
                .find(|(_, to, _)| *to == clause.len())
                .map(|(from, to, code)| (from, from, to, code))
                .or(joined_third)
                // The state opens its clause ("Then Iran closed …"), not the end of a phrase ("a
                // ceasefire brokered by Qatar reopened …", "traders who import through Iran shut
                // …").
                .filter(|(opens, _, _, _)| {
                    lower_words(&clause[..*opens]).last().is_none_or(|w| {
                        !matches!(
                            w.as_str(),
                            "by" | "through"
                                | "via"
                                | "to"
                                | "from"
                                | "with"
                                | "for"
                                | "of"
                                | "in"
                                | "at"
                                | "on"
                                | "into"
                                | "like"
                                | "than"
                        ) && !w.ends_with("ed")
                    })
                });
            if let Some((_, from, to, code)) = named {
                let offset = offset_in(text, clause);
                let span = (offset + from, offset + to);
                scope_once_per_sentence(
                    text,
                    extraction,
                    findings,
                    span,
                    format!(
                        "`{}` ({code}) is said to shut or open {crossing}, a crossing of the pair's own border",
                        &text[span.0..span.1]
                    ),
                );
            }
        }
    }
}

/// Names of the pair that a neighbour shares: rivers and ranges that run across the border ("the Amu
/// Darya in Uzbekistan"), and towns of the same name ("Jalalabad, Kyrgyzstan").
const SHARED_WITH_A_NEIGHBOUR: &[(&str, &str)] = &[
    ("Amu Darya", ""),
    ("Helmand River", ""),
    ("Wakhan", ""),
    ("Indus", ""),
    ("Hindu Kush", ""),
    ("Jalalabad", "KGZ"),
];

/// **Scope.** One of the pair's places set in a third state, neighbour or not, by "in" or a comma
/// right after it, perhaps after its kind: "over the Salang pass in Tajikistan", "Khost, Uzbekistan".
/// A state followed by "'s" or by a word of its edge ("the Uzbekistan border") says where the place
/// lies against, not in; names a neighbour shares are left out ([`SHARED_WITH_A_NEIGHBOUR`]).
fn pairs_place_in_a_third_state(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    const KINDS: &[&str] = &[
        "pass", "valley", "district", "province", "city", "town", "crossing", "bazaar", "road",
        "highway", "airport", "market",
    ];
    let pair = [config.pair.first.as_str(), config.pair.second.as_str()];
    for (start, end, _) in config.gazetteer.found_in(text) {
        let name = &text[start..end];
        // A body is no place ("the Taliban in Doha"), and a place after "from" is where someone
        // came from ("students from Peshawar in Kyrgyzstan").
        let from_before = lower_words(clamped(text, start.saturating_sub(8), start))
            .last()
            .is_some_and(|w| w == "from");
        if config.bodies.names().iter().any(|b| b == name) || from_before {
            continue;
        }
        let mut rest = &text[end..];
        // "the Salang pass in …": the place's kind may stand between.
        if let Some(after_space) = rest.strip_prefix(' ') {
            let word: &str = after_space
                .split(|c: char| !c.is_ascii_alphabetic())
                .next()
                .unwrap_or("");
            if KINDS.contains(&word.to_ascii_lowercase().as_str()) {
                rest = &after_space[word.len()..];
            }
        }
        let by_comma = rest.starts_with(", ");
        let Some(after) = rest
            .strip_prefix(" in ")
            .or_else(|| rest.strip_prefix(", "))
        else {
            continue;
        };
        let after_at = text.len() - after.len();
        let stretch = clamped(text, after_at, (after_at + 48).min(text.len()));
        let Some((from, to, code)) =
            states_named(stretch, config, names, &|code| !pair.contains(&code))
                .into_iter()
                .find(|(from, _, _)| *from == 0)
        else {
            continue;
        };
        let next = lower_words(&stretch[to..]);
        let edge = stretch[to..].starts_with(['\'', '\u{2019}', '-'])
            || next.first().is_some_and(|w| {
                matches!(
                    w.as_str(),
                    "border" | "side" | "frontier" | "boundary" | "and" | "or" | "via" | "through"
                )
            });
        let shared = SHARED_WITH_A_NEIGHBOUR
            .iter()
            .any(|(shared, with)| *shared == name && (with.is_empty() || *with == code));
        // "Khost, Uzbekistan." names the state alone after a comma; "In Karachi, Chinese nationals"
        // opens a clause with an adjective.
        let clause_opens = by_comma
            && stretch[to..]
                .trim_start()
                .starts_with(|c: char| c.is_alphabetic());
        if edge || shared || clause_opens {
            continue;
        }
        let span = (after_at + from, after_at + to);
        scope_once_per_sentence(
            text,
            extraction,
            findings,
            span,
            format!(
                "`{name}` is the pair's, but `{}` ({code}) is named as the state it lies in",
                &text[span.0..span.1]
            ),
        );
    }
}

/// The endings of a possessive after a state's name: "Fiji's", "the Marshall Islands'".
const POSSESSIVES: [&str; 4] = ["'s ", "\u{2019}s ", "' ", "\u{2019} "];

/// An apposition that gives one of the pair's own names to a far third state: the name (and up to two
/// words of the phrase it heads), a comma, and
/// a phrase of at most nine words that opens with an article and ends with "of" or "for" and the
/// state ("+93, the dialling code for Burundi", "Ariana, the national airline of Barbados"). A phrase
/// that names a way through or a trade ("the nearest port for Uzbekistan") tells a true tie. The
/// state's span and code.
fn given_to_a_far_state(
    sentence: &str,
    config: &AuditConfig,
    names: &[(String, String)],
) -> Option<(usize, usize, String)> {
    const TIES: &[&str] = &[
        "port",
        "ports",
        "route",
        "routes",
        "gateway",
        "corridor",
        "transit",
        "market",
        "markets",
        "outlet",
        "link",
        "supplier",
        "buyer",
        "customer",
        "partner",
        "embassy",
        "consulate",
        "consul",
        "ambassador",
        "envoy",
        "commissioner",
        "minister",
        "president",
        "representative",
        "former",
        "possession",
        "colony",
        "cousin",
        "like",
        "project",
        "investment",
        "twice",
        "times",
        "half",
        "population",
        "size",
        "larger",
        "bigger",
        "smaller",
    ];
    config.gazetteer.found_in(sentence).find_map(|(_, end, _)| {
        // The name may head a phrase of up to two more words ("Kabuli pulao, the national dish …").
        let comma = sentence[end..].find(", ")?;
        let head: Vec<&str> = sentence[end..end + comma].split_whitespace().collect();
        if head.len() > 2 || head.iter().any(|w| !w.chars().all(char::is_alphabetic)) {
            return None;
        }
        let end = end + comma;
        let rest = &sentence[end + 2..];
        let phrase_end = rest.find([',', ';', ':', '(', ')']).unwrap_or(rest.len());
        let phrase = rest[..phrase_end].trim_end_matches(['.', ' ', '"', '\u{201d}']);
        let words = lower_words(phrase);
        if words.len() > 9 || words.iter().any(|w| TIES.contains(&w.as_str())) {
            return None;
        }
        let offset = end + 2;
        // Far states only: a neighbour or a state with a part in the pair's affairs has posts,
        // history and projects in the pair's places ("Peshawar, the seat of Iran's consulate").
        let states = far_states_named(phrase, config, names);
        // "1122, Grenada's rescue service": the phrase opens with the state's possessive.
        let possessive = states.iter().find(|(from, to, _)| {
            let lead = phrase[..*from].trim();
            (lead.is_empty() || lead.eq_ignore_ascii_case("the"))
                && POSSESSIVES.iter().any(|s| phrase[*to..].starts_with(s))
        });
        if let Some((from, to, code)) = possessive {
            return Some((offset + from, offset + to, code.clone()));
        }
        if !matches!(words.first().map(String::as_str), Some("the" | "a" | "an")) {
            return None;
        }
        states
            .into_iter()
            .filter(|(_, to, _)| *to == phrase.len())
            .find(|(from, _, _)| {
                let before = lower_words(&phrase[..*from]);
                matches!(before.last().map(String::as_str), Some("of" | "for"))
                    || before.len() >= 2 && before[before.len() - 2..] == ["of", "the"]
            })
            .map(|(from, to, code)| (offset + from, offset + to, code))
    })
}

/// **Scope: a third state's possessive on one of the pair's own.** "Palau's Federal Board of Revenue",
/// "India's Frontier Corps", "Saint Kitts and Nevis's railway, Pakistan Railways": a body, document or
/// identifier of the pair's own (`AuditConfig::bodies`) given to any state but the pair's by its
/// possessive right before it, or in apposition after that state's thing of its kind. A place is left
/// out: another state may well have its own post, team or project in one of the pair's.
fn far_state_owns_the_pairs_own(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    if extraction.sentences.is_empty() {
        return;
    }
    for (start, end, _) in config.bodies.found_in(text) {
        // A language is spoken beyond the pair ("India's Urdu press").
        if matches!(
            &text[start..end],
            "Urdu" | "Pashto" | "Pushto" | "Dari" | "Balochi"
        ) {
            continue;
        }
        // "Kenya's NADRA liaison office": a state's own post beside the pair's body.
        let next = lower_words(clamped(text, end, end + 24));
        if next.first().is_some_and(|w| {
            matches!(
                w.as_str(),
                "embassy"
                    | "mission"
                    | "office"
                    | "offices"
                    | "consulate"
                    | "bureau"
                    | "branch"
                    | "station"
                    | "team"
                    | "staff"
                    | "representative"
                    | "delegation"
                    | "envoy"
                    | "programme"
                    | "program"
                    | "project"
                    | "operation"
                    | "operations"
                    | "correspondent"
                    | "contingent"
                    | "base"
            )
        }) {
            continue;
        }
        // "Palau's Federal Board of Revenue", or in apposition after a far state's thing of its kind:
        // "Saint Kitts and Nevis's railway, Pakistan Railways".
        let in_apposition = || {
            let before = text[..start].strip_suffix(", ")?;
            POSSESSIVES.iter().find_map(|s| {
                let at = before.rfind(s)?;
                let thing = &before[at + s.len()..];
                let plain = thing
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c == ' ' || c == '-');
                ((1..=3).contains(&thing.split_whitespace().count()) && plain)
                    .then(|| &before[..at])
            })
        };
        let Some(lead) = POSSESSIVES
            .iter()
            .find_map(|s| text[..start].strip_suffix(s))
            .or_else(in_apposition)
        else {
            continue;
        };
        // The state's name ends the lead: read the few words before it.
        let mut from = lead.len().saturating_sub(40);
        while !lead.is_char_boundary(from) {
            from += 1;
        }
        let snippet = &lead[from..];
        // Any state but the pair's: a neighbour owns none of the pair's bodies either ("India's
        // Frontier Corps", "Turkmenistan's Ministry of Agriculture, Irrigation and Livestock").
        let pair = [config.pair.first.as_str(), config.pair.second.as_str()];
        let Some((state_from, state_to, code)) =
            states_named(snippet, config, names, &|code| !pair.contains(&code))
                .into_iter()
                .find(|(_, to, _)| *to == snippet.len())
        else {
            continue;
        };
        let span = (from + state_from, from + state_to);
        let sentence = extraction
            .sentences
            .partition_point(|(s, _)| *s <= span.0)
            .saturating_sub(1);
        if sentence_flagged(text, findings.iter(), extraction.sentences[sentence]) {
            continue;
        }
        findings.push(scope_finding(
            text,
            span,
            format!(
                "`{}` ({code}) is given, by its possessive, one of the pair's own",
                &text[span.0..span.1]
            ),
        ));
    }
}

/// Things a state has one of, on its own ground: its central bank, its stamps, its mobile networks,
/// its time, its dialling code, its national dish or team.
const NATIONAL_ATTRIBUTES: &[&str] = &[
    "central bank",
    "stamps",
    "postage stamps",
    "postal service",
    "post office",
    "mobile network",
    "mobile networks",
    "phone network",
    "telephone network",
    "national dish",
    "national team",
    "national airline",
    "flag carrier",
    "dialling code",
    "dialing code",
    "country code",
    "internet domain",
    "time zone",
    "standard time",
    "independence day",
    "national day",
    "national anthem",
    "measure of land",
    "unit of land",
    "solar calendar",
    "identity card",
    "identity cards",
    "census",
    "space agency",
    "state broadcaster",
    "national broadcaster",
    "telecommunication authority",
    "telecom regulator",
    "national standards authority",
    "standards authority",
    "bureau of standards",
    "standards institute",
];

/// **Scope: a far state's own thing where the pair's belongs.** A far third state joined to one of
/// the things a state has one of on its own ground ("Burkina Faso's stamps", "the mobile network of
/// Libya", "the Libyan central bank"), in a paragraph that names one of the pair's own places,
/// waters or bodies: a parcel from Kabul bears Afghan stamps, and a photograph sent from Daulatabad
/// goes over an Afghan network.
fn national_attribute_of_a_far_state(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    if config.gazetteer.is_empty() || extraction.sentences.is_empty() {
        return;
    }
    let blanks = blank_lines(text);
    let attribute_at = |rest: &str| -> Option<&'static str> {
        let rest = rest.to_lowercase();
        NATIONAL_ATTRIBUTES
            .iter()
            .copied()
            .filter(|a| {
                rest.starts_with(a) && !rest[a.len()..].starts_with(|c: char| c.is_alphanumeric())
            })
            .max_by_key(|a| a.len())
    };
    // Only the sentences that name one of the things: found in one pass over the text.
    static FINDER: std::sync::LazyLock<aho_corasick::AhoCorasick> =
        std::sync::LazyLock::new(|| {
            aho_corasick::AhoCorasick::builder()
                .ascii_case_insensitive(true)
                .build(NATIONAL_ATTRIBUTES)
                .expect("the attributes build an automaton")
        });
    let mut sentences: Vec<usize> = FINDER
        .find_iter(text)
        .map(|found| {
            extraction
                .sentences
                .partition_point(|(start, _)| *start <= found.start())
                .saturating_sub(1)
        })
        .collect();
    sentences.dedup();
    for &(start, end) in sentences.iter().map(|&i| &extraction.sentences[i]) {
        let sentence = &text[start..end];
        for (from, to, code) in far_states_named(sentence, config, names) {
            // "Libya's mobile network", "the Libyan mobile network": the thing right after the name.
            let after = POSSESSIVES
                .iter()
                .find_map(|s| sentence[to..].strip_prefix(s))
                .or_else(|| sentence[to..].strip_prefix(' '));
            let owned_after = after.and_then(attribute_at);
            // "the mobile network of Libya", "the national dish of the Maldives".
            let lead = sentence[..from].to_lowercase();
            let lead = lead
                .strip_suffix("of the ")
                .or_else(|| lead.strip_suffix("of "))
                .or_else(|| lead.strip_suffix("in "));
            let owned_before = lead.and_then(|lead| {
                NATIONAL_ATTRIBUTES
                    .iter()
                    .copied()
                    .filter(|a| {
                        let phrase = lead.trim_end();
                        phrase.ends_with(a)
                            && !phrase[..phrase.len() - a.len()]
                                .ends_with(|c: char| c.is_alphanumeric())
                    })
                    .max_by_key(|a| a.len())
            });
            let Some(attribute) = owned_after.or(owned_before) else {
                continue;
            };
            // A comparison, a collector, a celebration, a visit or a history gives the far state its
            // own thing on purpose ("compared with Estonia's identity card", "collectors of the stamps
            // of Mongolia", "celebrated Kenya's independence day in Islamabad").
            let aside = lower_words(sentence).iter().any(|w| {
                matches!(
                    w.as_str(),
                    "compared"
                        | "like"
                        | "unlike"
                        | "whereas"
                        | "similar"
                        | "collected"
                        | "collector"
                        | "collectors"
                        | "collection"
                        | "celebrate"
                        | "celebrated"
                        | "celebrates"
                        | "celebrating"
                        | "visit"
                        | "visited"
                        | "visiting"
                        | "tour"
                        | "touring"
                        | "arrived"
                        | "former"
                        | "founding"
                        | "helped"
                        | "match"
                        | "mark"
                        | "marked"
                        | "marks"
                        | "commission"
                )
            });
            if aside {
                continue;
            }
            // The pair's own places in the paragraph, or the pair by name or adjective in the
            // sentence ("Afghan dealers date their letters by the solar calendar of Chile").
            let paragraph = paragraph_around(text, &blanks, start, end);
            let pair_named = || {
                let words = lower_words(sentence);
                config
                    .demonyms
                    .iter()
                    .any(|(_, demonym)| words.contains(&demonym.to_lowercase()))
                    || !states_named(sentence, config, names, &|code| {
                        code == config.pair.first || code == config.pair.second
                    })
                    .is_empty()
            };
            if config.gazetteer.found_in(paragraph).next().is_none() && !pair_named() {
                continue;
            }
            let span = (start + from, start + to);
            if sentence_flagged(text, findings.iter(), (start, end)) {
                continue;
            }
            findings.push(scope_finding(
                text,
                span,
                format!(
                    "`{}` ({code}) is given the {attribute} in a passage about the pair's own places",
                    &text[span.0..span.1]
                ),
            ));
        }
    }
}

/// Whether a finding already covers part of the sentence at the byte span `(start, end)`: a sentence
/// another scope rule has read is left to it.
fn sentence_flagged<'f>(
    text: &str,
    mut findings: impl Iterator<Item = &'f Finding>,
    (start, end): (usize, usize),
) -> bool {
    let whole = Extraction::locator(text, start, end);
    findings.any(|f| f.span.start < whole.end && whole.start < f.span.end)
}

/// A scope finding for the span, unless one was already made for the word at `key` ("… posts at
/// Torkham and Chaman": one finding for one state).
fn flag_once(
    text: &str,
    findings: &mut Vec<Finding>,
    flagged: &mut HashSet<usize>,
    key: usize,
    span: (usize, usize),
    explanation: String,
) {
    if flagged.insert(key) {
        findings.push(scope_finding(text, span, explanation));
    }
}

/// A scope finding for the span, unless a scope finding was already made in its sentence.
fn scope_once_per_sentence(
    text: &str,
    extraction: &Extraction,
    findings: &mut Vec<Finding>,
    span: (usize, usize),
    explanation: String,
) {
    let sentence = extraction
        .sentences
        .partition_point(|(s, _)| *s <= span.0)
        .saturating_sub(1);
    let Some(&bounds) = extraction.sentences.get(sentence) else {
        return;
    };
    if !sentence_flagged(text, findings.iter(), bounds) {
        findings.push(scope_finding(text, span, explanation));
    }
}

/// A scope finding: a name over a span, with no values to compare.
fn scope_finding(text: &str, span: (usize, usize), explanation: String) -> Finding {
    Finding::new(
        text,
        CheckKind::Scope,
        span,
        Vec::new(),
        Vec::new(),
        explanation,
    )
}

/// **Scope.** A route from one of the pair to a state it borders itself, through one of the pair's
/// crossings: "exports of potatoes from Pakistan to China through Torkham". A crossing of the pair leads
/// into the pair's other country; goods for a state the sender borders do not pass it.
fn route_to_a_neighbour_through_a_crossing(
    text: &str,
    extraction: &Extraction,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    let pair = [config.pair.first.as_str(), config.pair.second.as_str()];
    let state_at_start = |rest: &str| {
        states_named(rest, config, names, &|_| true)
            .into_iter()
            .find(|(from, _, _)| *from == 0)
    };
    for crossing in &config.crossings {
        for (at, _) in text.match_indices(crossing.as_str()) {
            // "over Torkham's repeated closures": a cause, not a route.
            if text[at + crossing.len()..].starts_with(['\'', '\u{2019}']) {
                continue;
            }
            let before = clamped(text, at.saturating_sub(90), at);
            let before = before.rsplit(['.', ';', '\n']).next().unwrap_or("");
            let Some(lead) = [" through ", " via ", " across ", " over "]
                .iter()
                .find_map(|w| before.strip_suffix(w))
            else {
                continue;
            };
            // A route that goes on past the crossing ("… through Torkham and then over the Khunjerab
            // Pass") may come back round to the neighbour.
            let sentence_after = clamped(
                text,
                at + crossing.len(),
                (at + crossing.len() + 120).min(text.len()),
            );
            let sentence_after = sentence_after.split(['.', ';', '\n']).next().unwrap_or("");
            if lower_words(sentence_after).iter().any(|w| {
                matches!(
                    w.as_str(),
                    "then" | "onward" | "onwards" | "over" | "via" | "through"
                )
            }) {
                continue;
            }
            let Some(to_at) = lead.rfind(" to ") else {
                continue;
            };
            let destination = &lead[to_at + " to ".len()..];
            let Some(from_at) = lead[..to_at].rfind("from ") else {
                continue;
            };
            let origin = &lead[from_at + "from ".len()..to_at];
            let (Some(origin_state), Some(destination_state)) =
                (state_at_start(origin), state_at_start(destination))
            else {
                continue;
            };
            // Both names whole: "from Pakistan to China", nothing more.
            if origin_state.1 != origin.len() || destination_state.1 != destination.len() {
                continue;
            }
            let (origin_code, code) = (origin_state.2.as_str(), destination_state.2.as_str());
            let borders_origin = config.neighbours.iter().any(|(country, list)| {
                country == origin_code && list.iter().any(|(c, _)| c == code)
            });
            if !pair.contains(&origin_code) || pair.contains(&code) || !borders_origin {
                continue;
            }
            let offset = offset_in(text, destination);
            let span = (offset, offset + destination_state.1);
            scope_once_per_sentence(
                text,
                extraction,
                findings,
                span,
                format!(
                    "goods from `{}` to `{}` ({code}), which it borders, do not pass {crossing}, a crossing into the pair's other country",
                    &origin[..origin_state.1],
                    &text[span.0..span.1]
                ),
            );
        }
    }
}

/// **Scope.** A third state put at one of the pair's own crossings: its bodies or services working
/// there ("Romania's customs post at Torkham", "Austrian networks in Landi Kotal and Torkham"), or goods
/// coming from it through the crossing ("talc imported from Egypt through Torkham"). Goods may come
/// from the pair's land neighbours; states on the transit routes or there in recent history are not
/// flagged.
fn third_state_at_a_crossing(
    text: &str,
    config: &AuditConfig,
    names: &[(String, String)],
    findings: &mut Vec<Finding>,
) {
    let pair_codes = [config.pair.first.as_str(), config.pair.second.as_str()];
    // Goods come through from the pair's neighbours too; only the pair's own bodies work there.
    let may_send_goods = |code: &str| {
        config
            .neighbours
            .iter()
            .any(|(_, list)| list.iter().any(|(c, _)| c == code))
    };
    let allowed = |code: &str| pair_codes.contains(&code) || KNOWN_AT_THE_BORDER.contains(&code);
    let third_state =
        |word: &str| -> Option<&str> { state_of_word(word, names).filter(|code| !allowed(code)) };
    // The border districts and provinces: talc "imported from Egypt through Torkham is mined in …
    // Nangarhar" came from across the border, while goods landed at Karachi may come from anywhere.
    let other_places: Vec<&str> = config
        .shared_places
        .iter()
        .filter(|place| !config.crossings.contains(place))
        .map(String::as_str)
        .collect();
    let mut flagged_from = std::collections::HashSet::new();
    for crossing in &config.crossings {
        for (at, _) in text.match_indices(crossing.as_str()) {
            if text[at + crossing.len()..].starts_with(char::is_alphanumeric) {
                continue;
            }
            let before = clamped(text, at.saturating_sub(90), at);
            // A clause, a line, a table cell.
            let before = before
                .rsplit(['.', ';', ':', '!', '?', '(', ',', '\n', '|'])
                .next()
                .unwrap_or("");
            let words: Vec<&str> = before.split_whitespace().collect();
            let n = words.len();
            // "… from Egypt through Torkham".
            let sentence_after = clamped(text, at, text.floor_char_boundary(at + 160));
            let sentence_after = sentence_after.split(['.', ';', '\n']).next().unwrap_or("");
            // Goods or people that came over the border by road, not cargo landed at a port in
            // transit: a border district, "by road", or a place, capital or people of the pair named
            // with them, and no port, sea or transit.
            // A sea leg named in the sentence ("… through Torkham to Karachi and shipped on to Jebel
            // Ali"): goods bound overseas pass the crossing on their way to a port.
            let sea_leg = {
                let sentence_before = clamped(text, at.saturating_sub(240), at);
                let sentence_before = sentence_before.rsplit(['.', '\n']).next().unwrap_or("");
                let words = lower_words(&format!("{sentence_before} {sentence_after}"));
                words.iter().enumerate().any(|(i, w)| {
                    // "road freight from Karachi to Valletta through Chaman": a port the goods
                    // leave by road is no sea leg.
                    let port_left_by_road = i > 0
                        && words[i - 1] == "from"
                        && words
                            .iter()
                            .any(|w| w == "road" || w == "truck" || w == "trucks");
                    matches!(w.as_str(), "karachi" | "qasim" | "gwadar") && !port_left_by_road
                        || matches!(
                            w.as_str(),
                            "port"
                                | "ports"
                                | "sea"
                                | "shipped"
                                | "ship"
                                | "onward"
                                | "flew"
                                | "flight"
                                | "flights"
                        )
                })
            };
            let by_land = |over_the_border: bool| {
                let around = format!("{before} {sentence_after}");
                let lowered_around = around.to_lowercase();
                let overland = other_places
                    .iter()
                    .any(|place| contains_word(sentence_after, place))
                    || lowered_around.contains("by road")
                    || config
                        .places
                        .iter()
                        .chain(config.capitals.iter())
                        .chain(config.demonyms.iter())
                        .any(|(_, place)| contains_word(sentence_after, place));
                let by_sea = lower_words(&around).iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "transit"
                            | "karachi"
                            | "port"
                            | "ports"
                            | "sea"
                            | "shipped"
                            | "landed"
                            | "onward"
                    )
                }) || ["bound for", " to afghanistan", " to kabul"]
                    .iter()
                    .any(|w| lowered_around.contains(w));
                (overland || over_the_border) && !by_sea
            };
            // "from Egypt through Torkham", "from Tanzania who came over the Torkham border": the
            // words between the state and the crossing say only how it came.
            let how_it_came = |w: &str| {
                matches!(
                    w.to_lowercase().as_str(),
                    "who"
                        | "which"
                        | "that"
                        | "came"
                        | "come"
                        | "crossed"
                        | "brought"
                        | "trucked"
                        | "carried"
                        | "sent"
                        | "by"
                        | "road"
                        | "over"
                        | "through"
                        | "via"
                        | "across"
                        | "the"
                        | "were"
                        | "was"
                        | "had"
                        | "have"
                        | "in"
                )
            };
            // A bare "over" is a way only for goods carried ("carried … over Torkham"), not a concern
            // "over Torkham's closures".
            let carried = lower_words(before).iter().any(|w| {
                matches!(
                    w.as_str(),
                    "carried" | "trucked" | "brought" | "sent" | "moved" | "shipped" | "taken"
                )
            });
            let ends_with_way = n >= 1
                && (matches!(words[n - 1], "through" | "via")
                    || words[n - 1] == "over" && carried
                    || n >= 2
                        && words[n - 1] == "the"
                        && matches!(words[n - 2], "over" | "through" | "via" | "across"));
            // Aid "from Japan" names its donor, not where the goods came from.
            let aid = || {
                lower_words(before).iter().any(|w| {
                    matches!(
                        w.as_str(),
                        "aid"
                            | "assistance"
                            | "relief"
                            | "donated"
                            | "donation"
                            | "donations"
                            | "funded"
                            | "grant"
                            | "gift"
                    )
                })
            };
            let from_through = (n.saturating_sub(8)..n.saturating_sub(2))
                .find(|&j| {
                    words[j] == "from"
                        && third_state(words[j + 1]).is_some_and(|code| !may_send_goods(code))
                        && words[j + 2..].iter().all(|w| how_it_came(w))
                })
                // People who "came over the Torkham border" came by land.
                .filter(|_| {
                    let over_the_border = words[n - 1] == "the"
                        && sentence_after
                            .get(crossing.len()..)
                            .is_some_and(|rest| rest.trim_start().starts_with("border"));
                    // Goods carried "into Pakistan" over the crossing came from the landlocked
                    // side or by land beyond it, never from overseas.
                    // A route by land through the landlocked side ("by rail to Termez and by truck
                    // through Afghanistan") may start far away.
                    let lowered_sentence = format!("{before} {sentence_after}").to_lowercase();
                    let land_route = lowered_sentence.contains("by rail")
                        || names.iter().any(|(code, name)| {
                            config.landlocked.contains(code)
                                && ["through", "via", "across"].iter().any(|w| {
                                    lowered_sentence
                                        .contains(&format!("{w} {}", name.to_lowercase()))
                                })
                        });
                    let into_the_coast = names.iter().any(|(code, name)| {
                        pair_codes.contains(&code.as_str())
                            && !config.landlocked.contains(code)
                            && contains_word(before, &format!("into {name}"))
                    }) && !config.landlocked.is_empty()
                        && !land_route;
                    ends_with_way && !aid() && (by_land(over_the_border) || into_the_coast)
                })
                .map(|j| j + 1);
            // "Romania's customs post at Torkham": the crossing (or a list ending with it) is the
            // object of "at" or "in" after the state's body.
            let at_the_crossing = words
                .iter()
                .rposition(|w| matches!(*w, "at" | "in"))
                .filter(|&preposition| {
                    words[preposition + 1..]
                        .iter()
                        .all(|w| *w == "and" || *w == "the" || w.starts_with(char::is_uppercase))
                })
                .and_then(|preposition| {
                    // The body right after the state's name ("Romania's customs post"), not a
                    // body of another name ("Qatar Charity staff", "China Mobile's network").
                    (preposition.saturating_sub(4)..preposition.saturating_sub(1)).find(|&i| {
                        third_state(words[i]).is_some()
                            && AT_A_CROSSING.contains(&words[i + 1].to_lowercase().as_str())
                    })
                });
            // "the Tunisian side of Torkham": a crossing has two sides, the pair's.
            let side_of = if n >= 3 && words[n - 1] == "of" && words[n - 2] == "side" {
                third_state(words[n - 3]).map(|_| n - 3)
            } else {
                None
            };
            // Goods bound "to Peru by road through Torkham": a state no road through the crossing
            // reaches (not the pair's, their neighbours', or those of the transit routes).
            // Goods, not people on their way somewhere ("Afghans on their way to Germany crossed via
            // Torkham").
            let clause_words = lower_words(before);
            let of_goods = clause_words.iter().any(|w| {
                matches!(
                    w.as_str(),
                    "sent"
                        | "shipped"
                        | "goods"
                        | "cargo"
                        | "consignment"
                        | "consignments"
                        | "exports"
                        | "exported"
                        | "shipments"
                        | "containers"
                        | "loads"
                        | "trucked"
                        | "boxes"
                        | "freight"
                        | "bales"
                        | "cartons"
                        | "tonnes"
                        | "lorries"
                        | "truck"
                        | "trucks"
                        | "sales"
                        | "crates"
                        | "pallets"
                        | "parcels"
                )
            });
            // "Flasks for the Mercosur market leave the warehouse on Mondays and cross at Torkham".
            let cross_at = n >= 2
                && words[n - 1] == "at"
                && matches!(words[n - 2], "cross" | "crosses" | "crossed" | "crossing");
            // "Trucks leave Kamoke for Mozambique by way of Torkham".
            let by_way_of =
                n >= 3 && words[n - 3] == "by" && words[n - 2] == "way" && words[n - 1] == "of";
            // The way's last word: "of" stands for "through".
            let way_n = if by_way_of { n - 2 } else { n };
            let bound_for = if way_n >= 3
                && (of_goods || cross_at)
                && !sea_leg
                && (cross_at || by_way_of || matches!(words[way_n - 1], "through" | "via" | "over"))
            {
                // "hospitals in Laos that reach them by truck through Torkham": a place "in" the
                // state, reached by road.
                let by_road = ["by road", "by truck", "by lorry"]
                    .iter()
                    .any(|w| before.to_lowercase().contains(w));
                (way_n.saturating_sub(if cross_at { 16 } else { 9 })..way_n - 2).find_map(|j| {
                    // "to the Philippines by road through Chaman".
                    let state = if words[j + 1] == "the" { j + 2 } else { j + 1 };
                    (matches!(words[j], "to" | "for") || words[j] == "in" && by_road)
                        .then_some(())?;
                    (state < way_n
                        && (third_state(words[state]).is_some_and(|code| !may_send_goods(code))
                            || far_union(&words[state..way_n]).is_some()))
                    .then_some(state)
                })
            } else {
                None
            };
            // "consignments that cross from Namibia into Afghanistan at Torkham": a crossing from one
            // state into the other at the pair's own crossing names the first as the pair's other side.
            let crossed_from = (1..n.saturating_sub(4)).find_map(|j| {
                let into_pair = matches!(words[j + 2], "into" | "to")
                    && state_of_word(words[j + 3], names)
                        .is_some_and(|code| pair_codes.contains(&code));
                let then_the_crossing = words[j + 4..]
                    .iter()
                    .all(|w| matches!(*w, "at" | "through" | "via" | "over" | "the"));
                (words[j - 1].to_lowercase().starts_with("cross")
                    && words[j] == "from"
                    && into_pair
                    && then_the_crossing
                    && third_state(words[j + 1]).is_some_and(|code| !may_send_goods(code)))
                .then_some(j + 1)
            });
            // "went home to Haiti in the autumn, crossing at Torkham": people whose home the words
            // put in a far state, going there by the pair's crossing.
            if cross_at && n <= 3 {
                let sentence_before = clamped(text, at.saturating_sub(240), at);
                let sentence_before = sentence_before.rsplit(['.', '\n']).next().unwrap_or("");
                let clause_before = sentence_before
                    .rsplit_once(',')
                    .map_or("", |(head, _)| head);
                let words_before: Vec<&str> = clause_before.split_whitespace().collect();
                let home = (1..words_before.len().saturating_sub(1)).find(|&j| {
                    let verb = words_before[j - 1].to_lowercase();
                    matches!(words_before[j], "to" | "for")
                        && (verb == "home"
                            || j >= 2
                                && ["left", "went", "returned", "moved", "fled"]
                                    .contains(&words_before[j - 2].to_lowercase().as_str())
                                && state_of_word(words_before[j - 1], names)
                                    .is_some_and(|code| pair_codes.contains(&code)))
                        && third_state(words_before[j + 1])
                            .is_some_and(|code| !may_send_goods(code))
                });
                if let Some(j) = home {
                    let word = words_before[j + 1].trim_end_matches(|c: char| !c.is_alphanumeric());
                    let word_start = offset_in(text, word);
                    flag_once(
                        text,
                        findings,
                        &mut flagged_from,
                        word_start,
                        (word_start, at + crossing.len()),
                        format!(
                            "people crossing at {crossing}, a crossing of the pair's own border, are said to go home to a state beyond the pair's land neighbours"
                        ),
                    );
                    continue;
                }
            }
            if let Some(state) = from_through
                .or(at_the_crossing)
                .or(side_of)
                .or(bound_for)
                .or(crossed_from)
            {
                // The words are slices of the text.
                let start = offset_in(text, words[state]);
                flag_once(
                    text,
                    findings,
                    &mut flagged_from,
                    start,
                    (start, at + crossing.len()),
                    format!(
                        "a third state is placed at {crossing}, a crossing of the pair's own border"
                    ),
                );
                continue;
            }
            // "the tears that reach Peshawar through Torkham are bought from Malawian growers": goods
            // through the crossing that a verb of trade or growing says come from a far state.
            if n >= 1 && matches!(words[n - 1], "through" | "via" | "over") && !sea_leg && !aid() {
                let after: Vec<&str> = sentence_after
                    .get(crossing.len()..)
                    .unwrap_or("")
                    .split_whitespace()
                    .take(10)
                    .collect();
                let origin = (1..after.len().saturating_sub(1)).find(|&k| {
                    after[k] == "from"
                        && matches!(
                            after[k - 1],
                            "bought" | "sourced" | "grown" | "purchased" | "imported" | "harvested"
                        )
                        && third_state(after[k + 1]).is_some_and(|code| !may_send_goods(code))
                });
                if let Some(k) = origin {
                    let word = after[k + 1].trim_end_matches(|c: char| !c.is_alphanumeric());
                    let word_start = offset_in(text, word);
                    flag_once(
                        text,
                        findings,
                        &mut flagged_from,
                        word_start,
                        (at, word_start + word.len()),
                        format!(
                            "goods through {crossing}, a crossing of the pair's own border, are said to come from a state beyond the pair's land neighbours"
                        ),
                    );
                    continue;
                }
            }
            // "trucked through Torkham to dealers in Latvia", "cartons cleared at Torkham for buyers
            // in Chile": goods through the crossing bound for a state no road through it reaches.
            // "trucks that cross Chaman for Senegal": a verb of crossing says goods or people go on.
            let crossed =
                n >= 1 && matches!(words[n - 1], "cross" | "crosses" | "crossed" | "crossing");
            if (of_goods || crossed)
                && !sea_leg
                && n >= 1
                && (crossed || matches!(words[n - 1], "through" | "via" | "over" | "at"))
            {
                let after: Vec<&str> = sentence_after
                    .get(crossing.len()..)
                    .unwrap_or("")
                    .split_whitespace()
                    .take(7)
                    .collect();
                let bound = after
                    .first()
                    .is_some_and(|w| matches!(*w, "to" | "for"))
                    .then(|| {
                        (1..after.len()).find(|&k| {
                            // "for buyers in Chile", "to the Philippines"; not "for four days, the
                            // Japanese …".
                            let plain = after[1..k].iter().all(|w| {
                                w.chars().all(char::is_alphabetic)
                                    && !TIME_UNITS.contains(&w.trim_end_matches('s'))
                            });
                            let placed = k == 1
                                || k == 2 && after[1] == "the"
                                || after[k - 1] == "in" && k <= 4;
                            plain
                                && placed
                                && (third_state(after[k]).is_some_and(|code| !may_send_goods(code))
                                    || far_union(&after[k..]).is_some())
                        })
                    })
                    .flatten();
                if let Some(k) = bound {
                    let word = after[k].trim_end_matches(|c: char| !c.is_alphanumeric());
                    let word_start = offset_in(text, word);
                    flag_once(
                        text,
                        findings,
                        &mut flagged_from,
                        word_start,
                        (at, word_start + word.len()),
                        format!(
                            "goods through {crossing}, a crossing of the pair's own border, are sent on to a state no road through it reaches"
                        ),
                    );
                }
            }
        }
    }
}

/// Adjectives of third states that make a pair with one of the pair's ("Sino-Afghan", "Kazakh–Pakistani").
const THIRD_ADJECTIVES: [(&str, &str); 28] = [
    ("CHN", "Sino"),
    ("CHN", "Chinese"),
    ("IRN", "Iranian"),
    ("IND", "Indian"),
    ("IND", "Indo"),
    ("KAZ", "Kazakh"),
    ("UZB", "Uzbek"),
    ("TJK", "Tajik"),
    ("TKM", "Turkmen"),
    ("KGZ", "Kyrgyz"),
    ("RUS", "Russian"),
    ("USA", "American"),
    ("SAU", "Saudi"),
    ("TUR", "Turkish"),
    ("QAT", "Qatari"),
    ("USA", "US"),
    ("USA", "U.S."),
    ("AZE", "Azerbaijani"),
    ("BGD", "Bangladeshi"),
    ("OMN", "Omani"),
    ("ARE", "Emirati"),
    ("GBR", "British"),
    ("DEU", "German"),
    ("JPN", "Japanese"),
    ("KOR", "Korean"),
    ("KWT", "Kuwaiti"),
    ("MYS", "Malaysian"),
    ("IDN", "Indonesian"),
];

/// Flows that name a trading partner: "surplus with", "imports from".
const FLOWS_WITH: [&str; 8] = [
    "surplus with",
    "deficit with",
    "trade with",
    "imports from",
    "exports to",
    "import from",
    "export to",
    "goods from",
];

/// **Scope, at a place of the pair's own.** A sentence that names a place of the pair alone (a crossing
/// such as Torkham, or a border district such as Kurram) speaks of the pair: a third state made one of
/// its sides there by a pair of adjectives or names ("Sino-Afghan coal trade through Torkham", "the
/// Kuwaiti–Afghan frontier in Kurram") is out of scope. At a crossing, with no transit, a third state as
/// the partner of a flow is too ("imports from Iran … entered through Torkham"); a contrast between two
/// flows ("while", "whereas", "but") is not flagged.
fn crossing_trade(
    text: &str,
    (start, end): (usize, usize),
    (pair_names, thirds): (&Names<'_>, &Names<'_>),
    config: &AuditConfig,
    findings: &mut Vec<Finding>,
) {
    let sentence = &text[start..end];
    let lowered = sentence.to_lowercase();
    let crossing = config
        .crossings
        .iter()
        .any(|place| contains_word(sentence, place));
    if !crossing
        && !config
            .shared_places
            .iter()
            .any(|place| contains_word(sentence, place))
    {
        return;
    }
    // Goods from a third state "through Afghanistan" are in transit, whatever the word.
    let through_the_pair = pair_names.iter().any(|(_, name)| {
        let name = name.to_lowercase();
        ["through", "via", "across"]
            .iter()
            .any(|w| lowered.contains(&format!("{w} {name}")))
    });
    let mut flag = |at: usize, length: usize, third: &str| {
        let span = (start + at, start + at + length);
        if findings
            .iter()
            .any(|f: &Finding| Extraction::locator(text, span.0, span.1) == f.span)
        {
            return;
        }
        findings.push(scope_finding(
            text,
            span,
            format!(
                "{third} is named as one side of the pair {}-{}'s trade at a crossing of theirs alone",
                config.pair.first, config.pair.second
            ),
        ));
    };
    for (_, adjective) in &THIRD_ADJECTIVES {
        for (_, ours) in &config.demonyms {
            for joined in [
                format!("{adjective}-{ours}"),
                format!("{adjective}–{ours}"),
                format!("{ours}-{adjective}"),
                format!("{ours}–{adjective}"),
            ] {
                for (at, _) in sentence.match_indices(&joined) {
                    // A noun follows ("coal trade"), not a name ("the Sino-Afghan Mes Aynak deal").
                    let next = sentence[at + joined.len()..].strip_prefix(' ');
                    // The border of two neighbours is theirs ("the Afghan–Iranian border").
                    let neighbours_border = next.is_some_and(|rest| {
                        rest.starts_with("border") || rest.starts_with("frontier")
                    }) && config.neighbours.iter().any(|(code, list)| {
                        config.demonyms.iter().any(|(c, d)| c == code && d == ours)
                            && list.iter().any(|(_, a)| a == adjective)
                    });
                    if !neighbours_border
                        && next.is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()))
                    {
                        flag(at, joined.len(), adjective);
                    }
                }
            }
        }
    }
    // "the Swedish–Afghan trade through Torkham": any other adjective of a state, by its ending.
    for (_, ours) in &config.demonyms {
        for dash in ['-', '–'] {
            for (at, _) in sentence.match_indices(&format!("{dash}{ours} ")) {
                let word = sentence[..at]
                    .rsplit(|c: char| !c.is_alphabetic())
                    .next()
                    .unwrap_or_default();
                let next = &sentence[at + dash.len_utf8() + ours.len() + 1..];
                let is_ours = config.demonyms.iter().any(|(_, d)| d == word)
                    || pair_names.iter().any(|(_, n)| n == word)
                    || THIRD_ADJECTIVES.iter().any(|(_, a)| *a == word);
                // The noun of the two sides, or a good's name before it ("the Albanian–Afghan
                // cutlery trade").
                let mut next_words = next
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .take(2);
                let (first, second) = (next_words.next().unwrap_or(""), next_words.next());
                let side_noun = SIDE_NOUNS.contains(&first)
                    || first.starts_with(char::is_lowercase)
                        && second.is_some_and(|w| SIDE_NOUNS.contains(&w));
                if !is_ours && is_state_adjective(word) && side_noun {
                    flag(
                        at - word.len(),
                        word.len() + dash.len_utf8() + ours.len(),
                        word,
                    );
                }
            }
        }
    }
    // "the Pakistani–Ivorian chocolate trade through Torkham": the same, the pair's adjective first.
    for (_, ours) in &config.demonyms {
        for dash in ['-', '–'] {
            for (at, _) in sentence.match_indices(&format!("{ours}{dash}")) {
                let after = &sentence[at + ours.len() + dash.len_utf8()..];
                let word: &str = &after[..after
                    .find(|c: char| !c.is_alphabetic())
                    .unwrap_or(after.len())];
                let is_ours = config.demonyms.iter().any(|(_, d)| d == word)
                    || pair_names.iter().any(|(_, n)| n == word)
                    || THIRD_ADJECTIVES.iter().any(|(_, a)| *a == word);
                let mut next_words = after[word.len()..]
                    .split(|c: char| !c.is_alphabetic())
                    .filter(|w| !w.is_empty())
                    .take(2);
                let (first, second) = (next_words.next().unwrap_or(""), next_words.next());
                let side_noun = SIDE_NOUNS.contains(&first)
                    || first.starts_with(char::is_lowercase)
                        && second.is_some_and(|w| SIDE_NOUNS.contains(&w));
                // A border of two states is read by `borders_with_a_non_neighbour`.
                let a_border = matches!(first, "border" | "frontier");
                if !is_ours && is_state_adjective(word) && side_noun && !a_border {
                    flag(at, ours.len() + dash.len_utf8() + word.len(), word);
                }
            }
        }
    }
    // "the Iran–Afghanistan border at Torkham", "the Sri Lanka–Afghanistan crossings": a third state's
    // name dashed to the pair's, before a noun.
    for (_, third) in thirds {
        let third = third.split(',').next().unwrap_or(third).trim();
        for (_, ours) in pair_names {
            for joined in [
                format!("{third}–{ours}"),
                format!("{third}-{ours}"),
                format!("{ours}–{third}"),
                format!("{ours}-{third}"),
            ] {
                for (at, _) in sentence.match_indices(&joined) {
                    // A chain of names ("the Turkmenistan–Afghanistan–Pakistan–India pipeline") is
                    // a route through them, not two sides.
                    let chained = sentence[..at].ends_with(['–', '-'])
                        || sentence[at + joined.len()..].starts_with(['–', '-']);
                    let next = sentence[at + joined.len()..].strip_prefix(' ');
                    if !chained
                        && next.is_some_and(|rest| rest.starts_with(|c: char| c.is_lowercase()))
                    {
                        flag(at, joined.len(), third);
                    }
                }
            }
        }
    }
    // A flow with a partner is the pair's own only at a crossing, and not where goods pass in transit
    // or the sentence sets two flows against each other.
    if !crossing
        || through_the_pair
        || lowered.contains("transit")
        || [" while ", " whereas ", " but ", "rather than", "instead of"]
            .iter()
            .any(|w| lowered.contains(w))
    {
        return;
    }
    for (_, third) in thirds {
        let Some(first_word) = third.split(' ').next() else {
            continue;
        };
        for flow in FLOWS_WITH {
            let phrase = format!("{flow} {first_word}");
            for (at, _) in lowered.match_indices(&phrase.to_lowercase()) {
                let after = sentence[at + phrase.len()..].chars().next();
                if after.is_some_and(char::is_alphanumeric) {
                    continue;
                }
                flag(at, phrase.len(), third);
            }
        }
    }
}

/// Whether a sum of money is the price of each of a count just before it ("300 plain pairs at
/// Rs 1,900"): the count, a few words of its noun, then "at". Such a figure is a rate, and a total
/// after it is a sum of products, not of the prices.
fn priced_count(text: &str, extraction: &Extraction, q: &Quantity) -> bool {
    if !matches!(q.unit, "USD" | "PKR" | "AFN") {
        return false;
    }
    let Some(count) = extraction
        .quantities
        .iter()
        .rev()
        .find(|p| p.end <= q.start)
    else {
        return false;
    };
    let between = lower_words(clamped(text, count.end, q.start));
    count.unit == "count"
        && count.sentence == q.sentence
        && between.last().is_some_and(|w| w == "at")
        && (2..=4).contains(&between.len())
        && !between
            .iter()
            .any(|w| w.chars().any(|c| c.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use dyad_model::claim::CheckKind;
    use dyad_model::pair::Pair;

    use crate::{AuditConfig, audit};

    /// The audit's configuration for the pair the tests read.
    fn pak_afg() -> AuditConfig {
        AuditConfig::for_pair(Pair {
            first: "PAK".to_string(),
            second: "AFG".to_string(),
        })
    }

    /// Audits `input` and lists each finding as `check: flagged words`.
    fn check(input: &str, expect: &[&str]) {
        let findings = audit(input, &pak_afg());
        let got: Vec<String> = findings
            .iter()
            .map(|f| format!("{:?}: {}", f.check, f.text))
            .collect();
        assert_eq!(got, expect, "input: {input}");
    }

    /// Asserts that none of `passages` is flagged.
    fn all_clean<S: AsRef<str>>(passages: &[S]) {
        for passage in passages {
            let passage = passage.as_ref();
            assert_eq!(kinds_found(passage), [], "{passage}");
        }
    }

    /// The kinds of the findings on `input`, in order.
    fn kinds_found(input: &str) -> Vec<CheckKind> {
        audit(input, &pak_afg()).iter().map(|f| f.check).collect()
    }

    #[test]
    fn one_figure_for_what_goes_in_and_what_comes_out() {
        let ratio = "From every ten kilograms of cane we get one kilogram of shakkar.";
        assert_eq!(
            kinds_found(&format!(
                "The press crushes 20 tonnes of cane a day. {ratio} On a full day the pans give us 20 tonnes of shakkar."
            )),
            [CheckKind::NumberReuse]
        );
        all_clean(&[
            format!(
                "The press crushes 20 tonnes of cane a day. {ratio} On a full day the pans give us 2 tonnes of shakkar."
            ),
            // No ratio stated: two goods may well be equal.
            "The press crushes 20 tonnes of cane a day. The store holds 20 tonnes of shakkar."
                .to_string(),
        ]);
    }

    #[test]
    fn a_wage_of_each_given_again_for_all() {
        assert_eq!(
            kinds_found(
                "From January every baker is paid Afs 7,500 a month. With nine bakers, the bakery pays Afs 7,500 a month in wages."
            ),
            [CheckKind::NumberReuse]
        );
        assert_eq!(
            kinds_found(
                "From January every baker is paid Afs 7,500 a month. With nine bakers, the bakery pays Afs 67,500 a month in wages."
            ),
            []
        );
    }

    #[test]
    fn a_month_of_weeks_against_its_total_in_prose() {
        let table = "**Moulding hall, December 2025. One press shift is one press running for one shift.**\n\nWeek                 Press shifts    Cartons\n1 to 7 December                16        160\n8 to 14 December               13        140\n15 to 21 December              11        115\n22 to 31 December              12        145\nTotal                          52        560\n\n";
        assert_eq!(
            kinds_found(&format!(
                "{table}Sir, we pressed 610 cartons in December, against a plan of 700."
            )),
            [CheckKind::TextVsTable]
        );
        all_clean(&[
            format!("{table}Sir, we pressed 560 cartons in December, against a plan of 700."),
            // Another month, or another thing counted in cartons.
            format!("{table}Sir, we pressed 610 cartons in November, against a plan of 700."),
            format!("{table}Dealers ordered 610 cartons in December."),
        ]);
    }

    #[test]
    fn a_count_in_prose_against_the_total_row_of_its_noun() {
        let table = "\n\n| Colour | Waistcoats |\n|---|---|\n| Black | 120 |\n| Grey | 80 |\n| Brown | 40 |\n| Total | 240 |\n";
        assert_eq!(
            kinds_found(&format!(
                "This truck brings you 260 waistcoats, packed in bales by colour.{table}"
            )),
            [CheckKind::TextVsTable]
        );
        all_clean(&[
            format!("This truck brings you 240 waistcoats, packed in bales by colour.{table}"),
            // The difference is given, a part is named, a plan, or the number in words.
            format!("You ordered 260 waistcoats; the other 20 waistcoats follow next week.{table}"),
            format!("Of the 240 waistcoats, 120 waistcoats are black.{table}"),
            format!("We plan to send 260 waistcoats in the spring.{table}"),
        ]);
    }

    #[test]
    fn a_closure_with_a_third_state_keeps_no_goods_between_the_pair() {
        assert_eq!(
            kinds_found(
                "Since Turkmenistan closed its crossings with Afghanistan on 12 October, I cannot say when the gilims will reach Karachi."
            ),
            [CheckKind::Scope]
        );
        assert_eq!(
            kinds_found(
                "Since the closure of the crossings between Pakistan and India on 12 October, our dealers in Kabul have received nothing from us."
            ),
            [CheckKind::Scope]
        );
        all_clean(&[
            "Since Iran closed its crossings with Afghanistan, Afghan traders have sent more of their fruit through Karachi.",
            "Since Pakistan closed its crossings with Afghanistan on 12 October, I cannot say when the gilims will reach Karachi.",
            "Since Iran closed its crossings with Afghanistan, nothing has reached Herat from Mashhad.",
        ]);
    }

    #[test]
    fn a_border_or_a_crossing_here_with_a_non_neighbour() {
        assert_eq!(
            kinds_found(
                "The amount has been outstanding since the border between Pakistan and Uzbekistan was closed on 12 October 2025."
            ),
            [CheckKind::Scope]
        );
        assert_eq!(
            kinds_found(
                "Before 12 October about 900 trucks a day crossed here between Pakistan and Kazakhstan, a clerk at Torkham tells me."
            ),
            [CheckKind::Scope]
        );
        check(
            "Goods for Tashkent go through Afghanistan, since there is no border between Pakistan and Uzbekistan.",
            &[],
        );
    }

    #[test]
    fn a_price_hiked_or_exports_axed_against_their_figures() {
        assert_eq!(
            kinds_found(
                "To keep our buyers, we hiked our price from Rs 2,600 a kilogram in 2024 to Rs 2,400 in 2025."
            ),
            [CheckKind::Direction]
        );
        assert_eq!(
            kinds_found(
                "Pakistan's exports to Afghanistan were axed in 2023, to USD 1,012 million from USD 936 million in 2022."
            ),
            [CheckKind::Direction]
        );
        all_clean(&[
            "To cover the cost of cardamom, we hiked our price from Rs 2,400 a kilogram in 2024 to Rs 2,600 in 2025.",
            "Pakistan's exports to Afghanistan were axed in 2023, to USD 936 million from USD 1,012 million in 2022.",
        ]);
    }

    #[test]
    fn a_flow_to_one_place_is_no_slip_of_the_whole() {
        // 120 of the 210 tonnes went to Jalalabad: a part, not the whole written with its digits
        // swapped.
        check(
            "With its own press the family made 180 tonnes of shakkar in 2023 and 210 tonnes in 2024. Sales to Jalalabad fell from 120 tonnes in 2024 to 40 tonnes in 2025.",
            &[],
        );
        assert_eq!(
            kinds_found(
                "With its own press the family made 180 tonnes of shakkar in 2023 and 210 tonnes in 2024. In all, the family made 120 tonnes in 2024."
            ),
            [CheckKind::TextVsTable]
        );
    }

    #[test]
    fn heldout48s_false_flags_stay_fixed() {
        all_clean(&[
            // The end of a change of no year takes no year another figure owns.
            "Imports from Afghanistan came to USD 450 million in 2024, against USD 741 million in 2022, while exports fell only from USD 936 million to USD 884 million.\n\n| Year | Exports to Afghanistan |\n|---|---|\n| 2022 | 936 |\n| 2024 | 884 |\n",
            // Two series, each against a figure of its own; and a rest of a whole.
            "The mill made 3,200 tonnes of oil in 2025 against 4,000. At home we sold 2,300 tonnes, against 2,450 tonnes the year before.",
            "Karachi took 34 tonnes from us in 2024 but only 14 tonnes in 2025. The rest we sold in Herat and Kabul: 24 tonnes in 2025, up from 18 tonnes the year before.",
            // A capital's name that is a girl's.
            "Lima is sixteen. In Jalalabad, Lima's family has found a room near the Torkham road, in a house of the Kabul River valley.",
            // A half asked about.
            "In Peshawar half my class was Afghan and half was not, and nobody could tell which half.",
        ]);
        // A capital that speaks is its government, and stays a far state among the pair's places.
        assert_eq!(
            kinds_found(
                "Loads for our distributors in Ljubljana, who collect the boxes at Chaman, leave on Monday."
            ),
            [CheckKind::Scope]
        );
    }

    #[test]
    fn a_price_per_kilogram_given_again_for_a_pack_named_before_it() {
        assert_eq!(
            kinds_found(
                "First-cut hing is USD 46 a kilogram, packed in sealed 25-kg tins. A tin of first cut therefore costs USD 46, delivered to Herat."
            ),
            [CheckKind::NumberReuse]
        );
        assert_eq!(
            kinds_found(
                "First-cut hing is USD 46 a kilogram, packed in sealed 25-kg tins. A tin of first cut therefore costs USD 1,150, delivered to Herat."
            ),
            []
        );
    }

    #[test]
    fn a_rate_given_again_for_its_own_thing_not_for_a_relative() {
        assert_eq!(
            kinds_found(
                "Each driver is paid Rs 2,500 a day. For the three days the truck waited at Chaman, a driver's pay came to Rs 2,500 in all."
            ),
            [CheckKind::NumberReuse]
        );
        assert_eq!(
            kinds_found(
                "Each driver is paid Rs 2,500 a day. Over the three days the truck waited at Chaman, the driver's cousin earned Rs 2,500 in all for loading."
            ),
            []
        );
    }

    #[test]
    fn a_shifts_output_given_again_for_a_day_of_three() {
        assert_eq!(
            kinds_found(
                "Under her the line made 900 boxes of gum a shift, and over our three shifts 900 boxes a day."
            ),
            [CheckKind::NumberReuse]
        );
        assert_eq!(
            kinds_found(
                "Under her the line made 900 boxes of gum a shift, and over our three shifts 2,700 boxes a day."
            ),
            []
        );
        assert_eq!(
            kinds_found(
                "Its sales in Islamabad were gutted too, from 700 shawls in 2024 to 760 in 2025."
            ),
            [CheckKind::Direction]
        );
    }

    #[test]
    fn a_row_named_in_prose_with_a_slip_of_its_cell() {
        let table = "| Consignment | Chapans sent | Chapans paid for |\n|---|---|---|\n| 10 March 2025 | 55 | 55 |\n| 14 August 2025 | 75 | 30 |\n\n";
        assert_eq!(
            kinds_found(&format!(
                "{table}He does not deny that the consignment of 14 August held 65 chapans."
            )),
            [CheckKind::TextVsTable]
        );
        let kulcha = "| Kulcha | Kilograms |\n|---|---|\n| Kulcha-e khatai | 24 |\n| Almond kulcha | 12 |\n\n";
        assert_eq!(
            kinds_found(&format!(
                "{kulcha}The khatai, 42 kilograms, will be packed in tins, and the almond kulcha in boxes."
            )),
            [CheckKind::TextVsTable]
        );
        all_clean(&[
            format!("{table}He does not deny that the consignment of 14 August held 75 chapans."),
            // Each figure goes to the row named nearest it.
            format!("{table}Chapans sent rose from 55 in March to 75 on 14 August."),
            // A mark passed, a part, another year.
            format!("{table}The consignment of 14 August was the first to pass 65 chapans."),
            format!("{table}The consignment of 14 August 2024 held 65 chapans."),
            format!(
                "{kulcha}The khatai, 24 kilograms, will be packed in tins, and the almond kulcha, 12 kilograms, in boxes."
            ),
        ]);
    }

    #[test]
    fn heldout50s_false_flag_and_verbs_of_falling() {
        all_clean(&[
            "A one-carat cut ruby now sells at USD 92, against USD 85 a year earlier.",
            "Exporters cut their shipments from USD 936 million in 2022 to USD 884 million in 2024.",
        ]);
        for passage in [
            "The Seller's sales at home were sapped from 49,000 rolls in 2024 to 51,000 in 2025.",
            "Exports dialled back from USD 828 million in 2021 to USD 936 million in 2022.",
            "The stocks of reed depleted from 3,100 bundles at the end of 2024 to 3,600 at the end of 2025.",
            "Exporters cut their shipments from USD 884 million in 2022 to USD 936 million in 2024.",
        ] {
            assert_eq!(kinds_found(passage), [CheckKind::Direction], "{passage}");
        }
    }

    #[test]
    fn heldout49s_false_flags_stay_fixed() {
        all_clean(&[
            // A flow named after the balance word is the flow, not the balance.
            "In 2022 exports were USD 936 million and imports USD 741 million, leaving a surplus of USD 195 million. The surplus widened in 2023, when exports reached USD 1,012 million and imports fell to USD 690 million, and again in 2024, to USD 344 million, on exports of USD 884 million and imports of USD 540 million.",
            // A part a row includes.
            "| Item | Dozen pairs |\n|---|---|\n| Men's socks | 4,200 |\n| Ladies' socks | 1,850 |\n\nThe men's socks include 2,400 dozen pairs of heavy winter socks made in September.",
        ]);
        for (passage, kind) in [
            (
                "Our sales at home throttled back from 60,000 dozen in 2024 to 67,000 in 2025.",
                CheckKind::Direction,
            ),
            (
                "Exporters downsized their shipments from USD 828 million in 2021 to USD 936 million in 2022.",
                CheckKind::Direction,
            ),
            (
                "The house reined in its home sales from 1,180 chapans in 2024 to 1,240 in 2025.",
                CheckKind::Direction,
            ),
            (
                "Imports of fresh fruit, buoyed by a good grape harvest, went from 68,000 tonnes in 2024 to 41,000 tonnes in 2025.",
                CheckKind::Direction,
            ),
        ] {
            assert_eq!(kinds_found(passage), [kind], "{passage}");
        }
    }

    #[test]
    fn a_price_of_a_pack_given_again_for_one_measure() {
        let reuse = [CheckKind::NumberReuse];
        assert_eq!(
            kinds_found(
                "- Wheat flour: Rs 3,600 a 40-kg bag at the mill gate, which works out at Rs 3,600 a kg for families who buy it loose\n"
            ),
            reuse
        );
        assert_eq!(
            kinds_found(
                "- Almond sweets, loose: Afs 650 a kg\n- Almond sweets, in gift boxes of 2 kg: Afs 650 a box\n"
            ),
            reuse
        );
        // Worked out right, of two goods, or said to be the same on purpose.
        all_clean(&[
            "- Wheat flour: Rs 3,600 a 40-kg bag at the mill gate, which works out at Rs 90 a kg for families who buy it loose\n",
            "- Rice: Rs 300 a kg\n- Flour: Rs 300 a 5-kg bag\n",
            "Sugar sells at Rs 150 a kg loose, and the shop charges the same Rs 150 a kg for a 10-kg sack.",
            "- Almond sweets, loose: Afs 650 a kg\n- Almond sweets, in gift boxes of 2 kg: Afs 1,250 a box\n",
        ]);
    }

    #[test]
    fn a_rate_of_one_shift_given_again_for_a_day_of_several() {
        assert_eq!(
            kinds_found(
                "Each shift turns out 80 cartons of rusks, and with two shifts a day the works turns out 80 cartons a day."
            ),
            [CheckKind::NumberReuse]
        );
        all_clean(&[
            "Each shift turns out 80 cartons of rusks, and with two shifts a day the works turns out 160 cartons a day.",
            "Each shift turns out 80 cartons of rusks, and with one shift a day the works turns out 80 cartons a day.",
        ]);
    }

    #[test]
    fn prices_of_a_count_are_no_parts_of_its_sum() {
        // 300 × 1,900 + 110 × 3,400 = 944,000: a sum of products, not of the prices.
        check(
            "The consignment was 300 plain pairs at Rs 1,900 and 110 embroidered pairs at Rs 3,400, Rs 944,000 in all.",
            &[],
        );
        // Sums of plain parts are still checked.
        check(
            "The shop took Rs 1,900 on Monday and Rs 3,400 on Tuesday, Rs 6,300 in all.",
            &["Arithmetic: Rs 1,900 on Monday and Rs 3,400 on Tuesday, Rs 6,300"],
        );
    }

    #[test]
    fn a_numbered_line_against_its_thing_in_prose() {
        let list = "The trucks left this morning:\n\n- Truck 1: 620 cartons\n- Truck 2: 580 cartons\n- Truck 3: 540 cartons\n\n";
        assert_eq!(
            kinds_found(&format!(
                "{list}Please note that Truck 2, carrying 680 cartons, has a torn tarpaulin."
            )),
            [CheckKind::TextVsTable]
        );
        all_clean(&[
            format!("{list}Please note that Truck 2, carrying 580 cartons, has a torn tarpaulin."),
            format!("{list}Please note that Truck 4, carrying 680 cartons, left later."),
        ]);
    }

    #[test]
    fn a_year_table_column_named_by_the_sentence_before() {
        let table = "\n\n| Year | Sent to Peshawar and Quetta (kg) | Sold in Kabul (kg) |\n|---|---|---|\n| 2024 | 13,800 | 27,700 |\n| 2025 | 3,900 | 29,100 |\n";
        let lead = "The Supplier has sent sweets to shops in Peshawar and Quetta for many years.";
        assert_eq!(
            kinds_found(&format!(
                "{lead} In 2025 the Supplier sent only 4,900 kg to the two cities.{table}"
            )),
            [CheckKind::TextVsTable]
        );
        all_clean(&[
            format!("{lead} In 2025 the Supplier sent only 3,900 kg to the two cities.{table}"),
            // The sentence before is another paragraph's.
            format!(
                "{lead}\n\nIn 2025 the Supplier sent only 4,900 kg of dried fruit to Herat.{table}"
            ),
        ]);
    }

    #[test]
    fn a_cost_split_by_head_over_a_hundred() {
        let lead = "**Where the money will go.** Of the money we will spend in 2026, our forecast puts:\n\n";
        assert_eq!(
            kinds_found(&format!(
                "{lead}- Fresh tomatoes: 58 percent\n- Tins and labels: 27 percent\n- Wages: 21 percent\n"
            )),
            [CheckKind::Arithmetic]
        );
        check(
            &format!(
                "{lead}- Fresh tomatoes: 52 percent\n- Tins and labels: 27 percent\n- Wages: 21 percent\n"
            ),
            &[],
        );
    }

    #[test]
    fn a_total_row_off_beyond_its_rounding() {
        let table = |total: u32| {
            format!(
                "| Loom | Yarn issued (kg) |\n|---|---|\n| Loom 1 | 7 |\n| Loom 2 | 12 |\n| Loom 3 | 9 |\n| Loom 4 | 10 |\n| Loom 5 | 3 |\n| Loom 6 | 11 |\n| **Total** | **{total}** |\n"
            )
        };
        // 52 kg in the rows: 55 is off by more than the rounding of seven figures.
        assert_eq!(kinds_found(&table(55)), [CheckKind::Arithmetic]);
        // Within it: weighed to the kilogram, the rows may add up to 2 kg off the weighed total.
        assert_eq!(kinds_found(&table(54)), []);
        assert_eq!(kinds_found(&table(52)), []);
    }

    #[test]
    fn a_crossing_with_a_non_neighbour_denied_only_in_its_own_clause() {
        assert_eq!(
            kinds_found(
                "Since the crossings between Pakistan and Tajikistan closed in October, we have not been able to send a single instrument to Quetta."
            ),
            [CheckKind::Scope]
        );
        check(
            "There are no crossings between Pakistan and Tajikistan, so our goods to Dushanbe go through Afghanistan.",
            &[],
        );
    }

    #[test]
    fn a_crossing_set_on_a_border_with_a_third_state() {
        assert_eq!(
            kinds_found(
                "The nine trucks were held at Chaman, on the border between Iran and Afghanistan, when the crossing was closed."
            ),
            [CheckKind::Scope]
        );
        check(
            "The nine trucks were held at Chaman, on the border between Pakistan and Afghanistan, when the crossing was closed.",
            &[],
        );
    }

    #[test]
    fn a_rate_given_again_as_its_multiple() {
        let reuse = [CheckKind::NumberReuse];
        // A month's rent and three months' deposit.
        assert_eq!(
            kinds_found(
                "**3. Rent.** Afs 26,000 a month, payable in advance.\n\n**4. Deposit.** The tenant pays a deposit equal to three months' rent, Afs 26,000, returned at the end of the term."
            ),
            reuse
        );
        // … one month's deposit is the rent itself; three months' is three times it.
        assert!(kinds_found("**3. Rent.** Afs 26,000 a month, payable in advance.\n\n**4. Deposit.** The tenant pays a deposit equal to one month's rent, Afs 26,000, returned at the end of the term.").is_empty());
        assert!(kinds_found("**3. Rent.** Afs 26,000 a month, payable in advance.\n\n**4. Deposit.** The tenant pays a deposit equal to three months' rent, Afs 78,000, returned at the end of the term.").is_empty());
        // A monthly salary and a year's pay.
        assert_eq!(
            kinds_found(
                "Her monthly salary is Rs 48,000, paid in cash. For the twelve months of 2025 her salary came to Rs 48,000, all of it paid on time."
            ),
            reuse
        );
        // The rate again, over a year, is the rate.
        assert!(kinds_found("Her monthly salary is Rs 48,000, paid in cash. For the twelve months of 2025 her salary stayed at Rs 48,000 a month.").is_empty());
        assert!(kinds_found("Her monthly salary is Rs 48,000, paid in cash. For the twelve months of 2025 her salary came to Rs 576,000.").is_empty());
        // Half a month's pay.
        assert_eq!(
            kinds_found(
                "**Pay:** Rs 38,000 a month in the first year.\n\n**Eid bonus:** half a month's pay at each Eid, that is Rs 38,000 at Eid al-Fitr."
            ),
            reuse
        );
        // A fee per boy and the fees of fourteen boys.
        assert_eq!(
            kinds_found(
                "A full season's fees come to Rs 35,000 a boy. We paid the fees of 14 boys, which cost the academy Rs 35,000 in all."
            ),
            reuse
        );
        assert!(kinds_found("A full season's fees come to Rs 35,000 a boy. We paid the fees of 14 boys, which cost the academy Rs 490,000 in all.").is_empty());
        // One part, another said to be the same, and the whole given the part's figure.
        assert_eq!(
            kinds_found(
                "The first truck was found to carry 250 bags of raisins. The second was found to carry the same number of bags. The two trucks together thus carried 250 bags of raisins."
            ),
            reuse
        );
        assert!(kinds_found("The first truck was found to carry 250 bags of raisins. The second was found to carry the same number of bags. The two trucks together thus carried 500 bags of raisins.").is_empty());
    }

    #[test]
    fn a_rate_given_again_for_a_longer_period() {
        let reuse = [CheckKind::NumberReuse];
        assert_eq!(
            kinds_found(
                "Her monthly salary is Rs 48,000, paid in cash. Her annual salary, Rs 48,000, is paid in full."
            ),
            reuse
        );
        // A yearly thing of another name may be a month's pay.
        assert!(kinds_found("Her monthly salary is Rs 48,000, paid in cash. Her annual bonus, Rs 48,000, is paid at Eid.").is_empty());
    }

    #[test]
    fn a_rate_given_again_for_more_things_or_a_longer_label() {
        let reuse = [CheckKind::NumberReuse];
        for (wrong, right) in [
            (
                "The Defendant charged Rs 18,000 a day for each truck, and so Rs 18,000 a day for the six trucks.",
                "The Defendant charged Rs 18,000 a day for each truck, and so Rs 108,000 a day for the six trucks.",
            ),
            (
                "- Daily wage: Rs 1,800\n- Monthly wage: Rs 1,800\n",
                "- Daily wage: Rs 1,800\n- Monthly wage: Rs 46,800\n",
            ),
            (
                "On the night of 3 November 36 cartons of naswar were taken. Each carton holds 200 packets, so 200 packets in all were stolen.",
                "On the night of 3 November 36 cartons of naswar were taken. Each carton holds 200 packets, so 7,200 packets in all were stolen.",
            ),
            (
                "The serai has 40 beds, let at Afs 250 a bed a night, so that the 40 beds together bring Afs 250.",
                "The serai has 40 beds, let at Afs 250 a bed a night, so that the 40 beds together bring Afs 10,000.",
            ),
            (
                "Please make 30 rings a week for four weeks. That is 30 rings in all.",
                "Please make 30 rings a week for four weeks. That is 120 rings in all.",
            ),
        ] {
            assert_eq!(kinds_found(wrong), reuse, "{wrong}");
            assert!(kinds_found(right).is_empty(), "{right}");
        }
        // A rate left where it is for some months is the rate.
        assert!(kinds_found("Under it you pay Rs 180,000 a month. I will leave the rent at Rs 180,000 for the first six months of the new lease.").is_empty());
        // A price given again with a count is the price.
        assert!(
            kinds_found(
                "We pay Rs 450 for each small namda. Last week we bought 40 namdas at Rs 450."
            )
            .is_empty()
        );
        // A daily wage and a daily allowance of one sum.
        assert!(kinds_found("- Daily wage: Rs 1,800\n- Daily allowance: Rs 1,800\n").is_empty());
    }

    #[test]
    fn a_multiple_given_the_figure_it_multiplies() {
        let sheet = |large: &str| {
            format!(
                "**Small rehal**\n\n- Wood: walnut\n- Time at the bench: 3 hours\n\n**Large rehal**\n\n- Wood: walnut\n- Time at the bench: three times as long as a small one, {large} hours\n"
            )
        };
        assert_eq!(kinds_found(&sheet("3")), [CheckKind::NumberReuse]);
        assert!(kinds_found(&sheet("9")).is_empty());
        // As long as the other, on purpose.
        assert!(kinds_found("- Time at the bench: 3 hours\n- Time at the bench: as long as a small one, 3 hours\n").is_empty());
    }

    #[test]
    fn a_share_and_its_balance_given_one_sum() {
        assert_eq!(
            kinds_found(
                "- Price of the dambura: Afs 12,000\n- Deposit on booking, 40 percent of the price: Afs 4,800\n- Balance due on delivery: Afs 4,800\n"
            ),
            [CheckKind::NumberReuse]
        );
        // Half and half, or the balance worked out.
        assert!(kinds_found("- Price of the dambura: Afs 9,600\n- Deposit on booking, 50 percent of the price: Afs 4,800\n- Balance due on delivery: Afs 4,800\n").is_empty());
        assert!(kinds_found("- Price of the dambura: Afs 12,000\n- Deposit on booking, 40 percent of the price: Afs 4,800\n- Balance due on delivery: Afs 7,200\n").is_empty());
    }

    #[test]
    fn two_kinds_said_unequal_given_one_figure() {
        let notice = |large: &str| {
            format!(
                "A large namda takes twice the wool and is paid at twice the rate.\n\n- Rs 450 for each small namda finished\n- Rs {large} for each large namda finished\n"
            )
        };
        assert_eq!(kinds_found(&notice("450")), [CheckKind::NumberReuse]);
        assert!(kinds_found(&notice("900")).is_empty());
        // Said to be paid the same.
        assert!(kinds_found("A large namda takes twice the wool but is paid the same.\n\n- Rs 450 for each small namda finished\n- Rs 450 for each large namda finished\n").is_empty());
    }

    #[test]
    fn a_long_label_of_a_year_against_a_slip_in_prose() {
        let list = "- Shawls sold to Kabul buyers in 2023: 380\n- Shawls sold to Kabul buyers in 2024: 420\n- Shawls sold to Kabul buyers in 2025: 90\n";
        assert_eq!(
            kinds_found(&format!(
                "The house told us that in 2024, its best year, Kabul buyers took 402 of them.\n\n{list}"
            )),
            [CheckKind::TextVsTable]
        );
        // Right, another year's line, or a figure of another year.
        assert!(kinds_found(&format!("The house told us that in 2024, its best year, Kabul buyers took 420 of them.\n\n{list}")).is_empty());
        assert!(
            kinds_found(&format!(
                "The house told us that in 2023 Kabul buyers took 380 of them.\n\n{list}"
            ))
            .is_empty()
        );
        assert!(
            kinds_found(&format!(
                "The house told us that in 2022 Kabul buyers took 402 of them.\n\n{list}"
            ))
            .is_empty()
        );
        // A figure that names none of the label's words.
        assert!(
            kinds_found(&format!(
                "In 2024 the house trained 402 apprentices.\n\n{list}"
            ))
            .is_empty()
        );
    }

    #[test]
    fn a_row_of_a_year_against_a_slip_in_prose() {
        // A row of a table of two columns, and a part of a whole that is the label's own.
        let glance = "| At a glance | |\n|---|---|\n| Founded | 1938 |\n| Pieces made in 2024 | 6,150 |\n| Pieces made in 2025 | 4,380 |\n";
        assert_eq!(
            kinds_found(&format!(
                "The workshop made 6,350 pieces in 2024, most of them for Peshawar.\n\n{glance}"
            )),
            [CheckKind::TextVsTable]
        );
        assert!(
            kinds_found(&format!(
                "The workshop made 6,150 pieces in 2024, most of them for Peshawar.\n\n{glance}"
            ))
            .is_empty()
        );
        let facts = "- Boys trained in 2024: 172\n- Afghan trainees in 2024: 118\n";
        assert_eq!(
            kinds_found(&format!(
                "In 2024, the academy's fullest year, 172 boys trained there, and 128 of them were Afghans.\n\n{facts}"
            )),
            [CheckKind::TextVsTable]
        );
        assert!(kinds_found(&format!("In 2024, the academy's fullest year, 172 boys trained there, and 118 of them were Afghans.\n\n{facts}")).is_empty());
    }

    #[test]
    fn a_total_row_of_a_year_against_its_figure_in_prose() {
        let card = |said: &str| {
            format!(
                "| Quarter of 2025 | Received (kg) |\n|---|---|\n| January–March | 2,100 |\n| April–June | 1,900 |\n| July–September | 1,500 |\n| October–December | 200 |\n| Total | 5,700 |\n\n{said}\n"
            )
        };
        assert_eq!(
            kinds_found(&card(
                "Counting every sack, we took in 5,200 kg of Afghan wool in 2025, against 9,600 kg in 2024."
            )),
            [CheckKind::TextVsTable]
        );
        assert!(kinds_found(&card("Counting every sack, we took in 5,700 kg of Afghan wool in 2025, against 9,600 kg in 2024.")).is_empty());
        // Another year's figure, or another unit.
        assert!(
            kinds_found(&card(
                "Counting every sack, we took in 5,200 kg of Afghan wool in 2023."
            ))
            .is_empty()
        );
        assert!(
            kinds_found(&card(
                "Counting every sack, we paid for 5,200 sacks of Afghan wool in 2025."
            ))
            .is_empty()
        );
    }

    #[test]
    fn crossings_named_between_or_shut_by_two_states() {
        let scope = [CheckKind::Scope];
        for (wrong, right) in [
            (
                "On 12 October the Chaman crossing between Pakistan and Iran was closed.",
                "On 12 October the Chaman crossing between Pakistan and Afghanistan was closed.",
            ),
            (
                "Nothing has moved since Kazakhstan and Afghanistan closed the crossings at Torkham and Chaman.",
                "Nothing has moved since Pakistan and Afghanistan closed the crossings at Torkham and Chaman.",
            ),
            (
                "Exports of potatoes from Pakistan to China through Torkham stopped in October.",
                "Exports of potatoes from Pakistan to Afghanistan through Torkham stopped in October.",
            ),
        ] {
            assert_eq!(kinds_found(wrong), scope, "{wrong}");
            assert!(kinds_found(right).is_empty(), "{right}");
        }
        // Goods bound beyond the pair's other country do pass the crossing.
        assert!(kinds_found("Exports of potatoes from Pakistan to Uzbekistan through Torkham stopped in October.").is_empty());
    }

    #[test]
    fn days_of_one_month_that_run_backwards_and_hollowed_out() {
        assert_eq!(
            kinds_found("The trucks stood in our shed at Torkham from 26 October to 10 October."),
            [CheckKind::Garbled]
        );
        assert!(
            kinds_found("The trucks stood in our shed at Torkham from 10 October to 26 October.")
                .is_empty()
        );
        assert_eq!(
            kinds_found(
                "Our sales in Balochistan hollowed out from 41 tonnes last year to 52 tonnes this year."
            ),
            [CheckKind::Direction]
        );
        assert!(kinds_found("Our sales in Balochistan hollowed out from 52 tonnes last year to 41 tonnes this year.").is_empty());
    }

    #[test]
    fn whole_counts_in_a_column_of_no_scale_add_up_exactly() {
        let sheet = |total: &str| {
            format!(
                "| Day | Hours |\n|---|---|\n| Monday | 9 |\n| Tuesday | 10 |\n| Wednesday | 8 |\n| Thursday | 11 |\n| Friday | 5 |\n| Saturday | 7 |\n| Total hours | {total} |\n"
            )
        };
        assert_eq!(kinds_found(&sheet("52")), [CheckKind::Arithmetic]);
        assert!(kinds_found(&sheet("50")).is_empty());
        // Rounded thousands may be a unit or two off their total.
        assert!(kinds_found("| Crossing | Trucks (thousand) |\n|---|---|\n| Torkham | 12 |\n| Chaman | 13 |\n| Total | 26 |\n").is_empty());
    }

    #[test]
    fn a_column_of_a_year_table_or_a_line_of_a_part_of_a_year_against_a_slip() {
        let tvt = [CheckKind::TextVsTable];
        let table = "| Year | Stitched | To Jalalabad | Sold in Peshawar |\n|---|---|---|---|\n| 2023 | 6,800 | 3,900 | 2,900 |\n| 2024 | 7,400 | 4,300 | 3,100 |\n";
        assert_eq!(
            kinds_found(&format!(
                "In 2024 shopkeepers in Jalalabad took 4,800 of the chadors.\n\n{table}"
            )),
            tvt
        );
        assert!(
            kinds_found(&format!(
                "In 2024 shopkeepers in Jalalabad took 4,300 of the chadors.\n\n{table}"
            ))
            .is_empty()
        );
        // A column of one word that names a measure, not a place, and a slip that changes the size.
        let kilograms = "| Year | Kilograms |\n|---|---|\n| 2024 | 20,000 |\n| 2025 | 24,000 |\n";
        assert!(
            kinds_found(&format!(
                "In 2025 the kilograms we sold came to 50,000.\n\n{kilograms}"
            ))
            .is_empty()
        );
        let list =
            "- Rings received, April to June: 360\n- Rings received, July to September: 290\n";
        assert_eq!(
            kinds_found(&format!(
                "{list}\nIn the three months from July to September we received 250 of your rings.\n"
            )),
            tvt
        );
        assert!(
            kinds_found(&format!(
                "{list}\nIn the three months from July to September we received 290 of your rings.\n"
            ))
            .is_empty()
        );
        assert!(
            kinds_found(&format!(
                "{list}\nIn the three months from April to June we had 250 of your rings.\n"
            ))
            .is_empty()
        );
        // Months "between" two names, capitalised at a sentence's start, are a quarter too.
        let tally = "Quarter    Van runs        Kg\nJan-Mar           6     7,900\nApr-Jun           5     6,300\nJul-Sep           4     3,850\nOct-Dec           3       950\nTotal            18    19,000\n";
        assert_eq!(
            kinds_found(&format!(
                "{tally}\nBetween July and September the vans carried 3,580 kg across.\n"
            )),
            tvt
        );
    }

    #[test]
    fn eleventh_reviews_correct_passages_stay_clean() {
        // Correct passages a review of this stop's rules wrote to break them: prices of two goods,
        // yields with outputs of another time, rates beside other items of a list, capacities,
        // plans and other years beside tables and numbered lines, closures with third states that
        // keep goods bound for them, borders said not to exist, a capital's name given to a woman,
        // totals of rounded figures and shares, and answers about a province.
        for passage in [
            r##"At the Chaman bazaar, green cardamom sells at Rs 3,600 a kg, and wheat flour at Rs 3,600 a 40-kg bag.
"##,
            r##"Price list, Shinwari Dry Fruits, Peshawar (March 2025):

- Almonds, shelled: Rs 2,400 a kg
- Almonds, in shell: Rs 2,400 a 3-kg bag
- Walnuts, shelled: Rs 2,800 a kg
"##,
            r##"Green raisins from Kandahar sell at Afs 400 a kg, while the cheaper black raisins come in boxes of 5 kg at Afs 400 a box.
"##,
            r##"Wholesale rates at the Jalalabad depot this week:

- Basmati rice: Rs 9,000 a 25-kg sack
- Basmati broken rice: Rs 9,000 a 40-kg sack
- Sella rice: Rs 11,500 a 40-kg sack
"##,
            r##"Dried apricots cost Afs 250 a kg in the Kabul market. Dried mulberries, sold in 2-kg packets, cost Afs 250 a packet.
"##,
            r##"Our gur works near Charsadda runs from November to March. From every ten kilograms of cane we get one kilogram of gur. In the first week we crushed 200 tonnes of cane; by the end of the season we had made 200 tonnes of gur from 2,000 tonnes of cane.
"##,
            r##"At the Mardan mill, every 100 kilograms of raw wool gives 60 kilograms of clean wool. This spring we bought 300 kilograms of raw wool from Afghan herders, and the store still holds 300 kilograms of clean wool from last autumn.
"##,
            r##"Each shift at the Hayatabad biscuit works turns out 80 cartons. With two shifts a day, the works sends 80 cartons a day to Kabul and keeps the other 80 for shops in Peshawar.
"##,
            r##"Each guard at the Chaman depot is paid Rs 1,500 a shift. With three guards a shift the depot pays Rs 4,500 a shift for guards and Rs 1,500 a shift for its cook.
"##,
            r##"From January every baker at our Kabul bakery is paid Afs 7,500 a month. With nine bakers, the bakery pays Afs 67,500 a month in wages and Afs 7,500 a month in rent.
"##,
            r##"Each truck pays Rs 3,000 a day for parking at the Chaman yard. With forty trucks a day, the yard collects Rs 120,000 a day and pays its night watchman Rs 3,000 a day.
"##,
            r##"**Moulding hall, December 2025. Output of the two presses by week.**

| Week | Cartons |
|---|---|
| 1 to 7 December | 160 |
| 8 to 14 December | 140 |
| 15 to 21 December | 115 |
| 22 to 31 December | 145 |
| Total | 560 |

The presses had been set a target of 650 cartons for December, which we missed by 90 cartons.
"##,
            r##"**Moulding hall, December 2025. Output of the two presses by week.**

| Week | Cartons |
|---|---|
| 1 to 7 December | 160 |
| 8 to 14 December | 140 |
| 15 to 21 December | 115 |
| 22 to 31 December | 145 |
| Total | 560 |

A year earlier the presses made 610 cartons in December 2024, before the second press was repaired.
"##,
            r##"**Moulding hall, December 2025. Output of the two presses by week.**

| Week | Cartons |
|---|---|
| 1 to 7 December | 160 |
| 8 to 14 December | 140 |
| 15 to 21 December | 115 |
| 22 to 31 December | 145 |
| Total | 560 |

Dealers in Kabul took 506 cartons in December, and the rest went to Jalalabad.
"##,
            r##"This truck brings you this month's waistcoats, packed in bales by colour. A full truck can carry 300 waistcoats, so there was room to spare.

| Colour | Waistcoats |
|---|---|
| Black | 120 |
| Grey | 80 |
| Brown | 40 |
| Total | 240 |
"##,
            r##"Here is the shipment for Karte Parwan, packed in bales by colour.

| Colour | Waistcoats |
|---|---|
| Black | 120 |
| Grey | 80 |
| Brown | 40 |
| Total | 240 |

Our own shop in the Qissa Khwani bazaar sold 230 waistcoats this month.
"##,
            r##"Here is this month's shipment, packed in bales by colour.

| Colour | Waistcoats |
|---|---|
| Black | 120 |
| Grey | 80 |
| Brown | 40 |
| Total | 240 |

The workshop made 270 waistcoats this month; those not on this truck are still at the press.
"##,
            r##"Here is this winter's shipment, packed in bales by colour.

| Colour | Waistcoats |
|---|---|
| Black | 120 |
| Grey | 80 |
| Brown | 40 |
| Total | 240 |

In 2024 our winter shipment was 260 waistcoats.
"##,
            r##"| Item | Price (Rs) |
|---|---|
| Green tea, 1 kg | 1,600 |
| Black tea, 1 kg | 1,400 |
| Cardamom, 100 g | 900 |

A kilo of green tea cost Rs 1,500 last year, before the border closed.
"##,
            r##"The trucks left Peshawar this morning:

- Truck 1: 620 cartons
- Truck 2: 580 cartons
- Truck 3: 540 cartons

Truck 3 is our oldest and smallest, and can hold no more than 560 cartons.
"##,
            r##"The trucks left Peshawar this morning:

- Truck 1: 620 cartons
- Truck 2: 580 cartons
- Truck 3: 540 cartons

On its way back, Truck 2 will bring 600 cartons of pomegranates from Kandahar.
"##,
            r##"The Supplier has sent sweets to shops in Peshawar and Quetta for many years. In 2025 it sent 1,900 kg to Quetta alone.

| Year | Sent to Peshawar and Quetta (kg) | Sold in Kabul (kg) |
|---|---|---|
| 2024 | 13,800 | 27,700 |
| 2025 | 3,900 | 29,100 |
"##,
            r##"Since Uzbekistan closed its border with Afghanistan at Hairatan, trucks from Peshawar bound for Tashkent have been stuck in Mazar-i-Sharif.
"##,
            r##"Since Iran shut the Islam Qala crossing with Afghanistan, carpets from Herat cannot reach Bandar Abbas, and traders now send them by road to Karachi.
"##,
            r##"When Tajikistan closed its border with Afghanistan at Sher Khan Bandar, coal bound for Dushanbe was stranded, so the mines now sell more of it to brick kilns around Peshawar.
"##,
            r##"Rumours of a new crossing between Pakistan and Tajikistan are false, since the two countries do not share a border.
"##,
            r##"Talk of a border between Pakistan and Uzbekistan is a mistake; Afghanistan lies between them.
"##,
            r##"A Karachi–Tashkent truck crosses two borders between Pakistan and Uzbekistan, at Torkham and at Hairatan.
"##,
            r##"Sofia, a teacher from Kabul, now runs a small bakery in Peshawar with her two sons.
"##,
            r##"Our buyer in Jalalabad, Lima Ahmadzai, pays on time and collects the crates at Torkham herself.
"##,
            r##"| Month | Trucks a day at Chaman |
|---|---|
| January | 45 |
| February | 38 |

In January a little more than 40 trucks a day crossed at Chaman, and in February fewer than 40.
"##,
            r##"**Q.** How many Afghan refugees went home from Pakistan in 2023?

**A.** 56,797, according to UNHCR (2023).
"##,
            r##"**Q.** How many registered Afghan refugees lived in Khyber Pakhtunkhwa at the end of 2023?

**A.** About 822,000, according to UNHCR (2023).
"##,
            r##"- Khyber Pakhtunkhwa, end of 2023: 822,508 registered Afghan refugees, from UNHCR year-end data (2023).
- Balochistan, end of 2023: 464,914 registered Afghan refugees, from UNHCR year-end data (2023).
"##,
            r##"At Torkham, about 2,500 Afghan refugees crossed back each day in November, from UNHCR border monitoring data (2023).
"##,
            r##"| Year | Exports to Afghanistan | Imports from Afghanistan |
|---|---|---|
| 2023 | 1,012 | 690 |
| 2024 | 884 | 540 |

Figures in USD million. Pakistan's surplus, helped by exports of cement and rice, came to USD 344 million in 2024.
"##,
            r##"Our spending in 2025, against 2024:

- Fuel: up 30 percent
- Wages: up 12 percent
- Rent: up 5 percent
"##,
            r##"How we spent the USD 20,000 grant in 2025:

- Seeds and saplings: 40 percent
- Tools: 25 percent
- Training for women growers: 15 percent

The remaining 20 percent is kept for the 2026 season.
"##,
            r##"Exports to Afghanistan by month, FY2024 (USD million; each month is rounded, and the total is of the unrounded figures):

| Month | Exports (USD million) |
|---|---|
| July | 61 |
| August | 58 |
| September | 72 |
| October | 66 |
| November | 70 |
| December | 64 |
| January | 59 |
| February | 68 |
| March | 55 |
| April | 63 |
| May | 71 |
| June | 67 |
| Total | 778 |
"##,
            r##"Afghan transit cargo through Karachi by commodity, 2024 (percent of tonnage, rounded):

| Commodity | Share (%) |
|---|---|
| Wheat flour | 12.4 |
| Cooking oil | 9.8 |
| Sugar | 15.3 |
| Tea | 8.1 |
| Fabrics | 11.4 |
| Tyres | 7.7 |
| Machinery | 10.2 |
| Medicines | 13.0 |
| Footwear | 6.9 |
| Other | 4.8 |
| Total | 100.0 |
"##,
            r##"Carpets finished at the Peshawar workshop in June:

- Loom 1: 14 carpets
- Loom 2: 11 carpets
- Loom 3: 9 carpets

Loom 2 was idle for a week in June; without that stop it would have made 13 carpets.
"##,
            r##"Orchard owners in Wardak who pruned their apple trees hard last winter saw their harvest rise from 40 tonnes in 2023 to 55 tonnes in 2024.
"##,
            r##"Exporters in Peshawar, buoyed by lower diesel prices, saw freight to Kabul fall from Rs 180,000 a truck in 2023 to Rs 150,000 in 2024.
"##,
            r##"After customs reined in smuggling at Chaman in 2024, formal imports through the crossing rose from 400 trucks a week to 550 trucks a week.
"##,
            r##"A fire gutted the Jalalabad warehouse in March, but the owners rebuilt their stock from 200 bales in April to 900 bales in September.
"##,
            r##"After Islamabad axed the 10 percent regulatory duty in 2024, imports of Afghan coal grew from 1.2 million tonnes to 1.9 million tonnes.
"##,
            r##"With transit throttled at Torkham, traders shifted to Chaman, where crossings climbed from 300 trucks a day to 520.
"##,
            r##"Although the Hayatabad shoe factory downsized, its exports to Kabul rose from 40,000 pairs in 2023 to 52,000 pairs in 2024.
"##,
            r##"Kabul lopped the duty on Pakistani cement in 2024, and sales climbed from 20,000 tonnes to 35,000 tonnes.
"##,
            r##"Each 40 kilograms of milk gives 4 kilograms of qurut. In May the Ghazni cooperative collected 400 kilograms of milk a day and sold 400 kilograms of qurut from its winter stock.
"##,
            r##"The Chaman yard charges Rs 3,000 a day for every truck it parks. With 40 trucks in the yard, it takes Rs 120,000 a day, and its night watchman is paid Rs 3,000 a day.
"##,
            r##"**Q.** How many trucks crossed at Torkham each day in January?

**A.** About 1,200, down from 1,500 in December, the customs clerk said.

**Q.** And how many were empty?

**A.** Roughly a third, about 400.
"##,
            r##"**Q.** How many Afghan refugees hold Proof of Registration cards in Balochistan?

**A.** About 465,000 at the end of 2023, according to UNHCR (2023).
"##,
        ] {
            assert!(kinds_found(passage).is_empty(), "{passage}");
        }
    }

    #[test]
    fn tenth_reviews_correct_passages_stay_clean() {
        // Correct passages a review of this stop's rules wrote to break them: rates restated per
        // item or for one, balances of another sum, ratios of another thing, legitimate routes and
        // year-long spans, rounded tables, figures of another measure or period, and participles
        // used as adjectives.
        for passage in [
            r#"The shop in Jalalabad is let at Afs 26,000 a month, payable in advance. When the lease was signed in March, the tenant paid a deposit of one month's rent, Afs 26,000, which is returned at the end of the term."#,
            r#"Her monthly salary at the Peshawar dry-fruit firm is Rs 48,000. It has not changed since she joined. For each of the twelve months of 2025 she was paid Rs 48,000, on the first working day of the month."#,
            r#"Each of the workshop's weavers, hired on contracts of 12 months, earns Rs 32,000 a month. At Eid the owner paid every weaver a bonus worth a full month's pay, Rs 32,000."#,
            r#"- Daily wage: Rs 1,800
- Cut from the weekly wage for each day absent: Rs 1,800
"#,
            r#"The academy in Peshawar charges Rs 35,000 a boy for the term. Of the two boys who came from Torkham, a traders' guild and a mosque committee together paid one boy's fee, Rs 35,000."#,
            r#"The hauliers charge Rs 18,000 a day for each truck held at Torkham. On 4 March the bill was Rs 18,000 for only one of the six trucks, since the other five crossed that morning."#,
            r#"The serai near Chaman has 40 beds, let at Afs 250 a bed a night. A traveller who keeps a bed for the full night pays Afs 250, however late he arrives."#,
            r#"Each carton holds 200 packets. Of the 36 cartons seized at Chaman, officers opened only one, and together the two inspectors counted its 200 packets."#,
            r#"The price of the dambura was Rs 80,000. The buyer paid a deposit of Rs 20,000, 25 percent of the price, on booking. The balance of Rs 60,000 was paid in three monthly parts of Rs 20,000."#,
            r#"- Price of the rug: Afs 12,000
- Deposit on booking, 40 percent of the price: Afs 4,800
- Balance due on delivery: Afs 7,200

Of the balance of Afs 7,200, Afs 4,800 was paid in May and Afs 2,400 in June."#,
            r#"A large namda needs twice the wool of a small one, but the felters' piece rate does not depend on size.

- Rs 450 for each small namda felted
- Rs 450 for each large namda felted
"#,
            r#"Our apprentice was paid Rs 15,000 a month in 2024. His annual tool allowance, paid in January, was Rs 15,000 as well."#,
            r#"The godown's monthly rent is Rs 60,000. The annual rent of the smaller shed next door, which we also use, is Rs 60,000."#,
            r#"Afghan pine nuts went from Afghanistan to China through Torkham and then over the Khunjerab Pass, because the Wakhan border has no working crossing."#,
            r#"Pakistani wool buyers reach Dushanbe only through Afghanistan. There is no land border between Pakistan and Tajikistan; the Wakhan corridor lies between them."#,
            r#"The crossings between Afghanistan and Iran at Islam Qala and Milak stayed open, and the crossing between Pakistan and China at Khunjerab opened in April. Torkham, between Pakistan and Afghanistan, was shut."#,
            r#"| Quarter of 2025 | Received (kg) |
|---|---|
| January–March | 2,100 |
| April–June | 1,900 |
| July–September | 1,500 |
| October–December | 200 |
| Total | 5,700 |

Of the wool we received, we sold 5,200 kg in 2025 and kept the rest for spring.
"#,
            r#"| Crossing | Passengers (k) |
|---|---|
| Torkham | 412 |
| Chaman | 305 |
| Ghulam Khan | 48 |
| Total | 766 |

Figures are rounded to the nearest thousand, so the total differs from the sum of the rows.
"#,
            r#"| Month | Tonnes |
|---|---|
| January | 10 |
| February | 20 |
| March | 30 |
| Total | 61 |

Tonnages are rounded to the nearest tonne (10.4, 20.4 and 30.4 tonnes), so the total of 61.2 tonnes rounds to 61.
"#,
            r#"| Buyer | Value (Afs m) |
|---|---|
| Kabul traders | 14 |
| Jalalabad traders | 9 |
| Total | 24 |

Values are rounded to the nearest million afghanis; the unrounded total is Afs 23.6 million.
"#,
            r#"In 2024 Kabul buyers ordered 430 shawls and took 420 of them.

- Shawls sold to Kabul buyers in 2023: 380
- Shawls sold to Kabul buyers in 2024: 420
"#,
            r#"The workshop made 6,150 pieces in 2024 and sold 6,130 of the pieces it made that year.

| At a glance | |
|---|---|
| Founded | 1938 |
| Pieces made in 2024 | 6,150 |
| Pieces made in 2025 | 4,380 |
"#,
            r#"In 2024 shopkeepers in Jalalabad had asked for 4,500 chadors. We could send only the 4,300 shown below.

| Year | Stitched | To Jalalabad | Sold in Peshawar |
|---|---|---|---|
| 2023 | 6,800 | 3,900 | 2,900 |
| 2024 | 7,400 | 4,300 | 3,100 |
"#,
            r#"- Rings received, April to June: 360
- Rings received, July to September: 290

Between July and September last year we received 280 rings, ten fewer than this year.
"#,
            r#"- Rings received, April to June: 360
- Rings received, July to September: 290

From July to September we returned 280 of the rings for polishing and kept ten.
"#,
            r#"Afghanistan's solar year runs from 21 March to 20 March, so the year 1403 began on 21 March 2024. The Pakistani fiscal year runs from 1 July to 30 June."#,
            r#"Trade visas issued at Torkham are valid for one year, from 10 October to 9 October. Our driver's visa ran from 26 December to 10 January, a short winter permit."#,
            r#"Flour prices in Kabul rose from 20 March to 5 April, as the Torkham closure bit."#,
            r#"The traders' association raised Rs 5 million for flood relief in 2024, less than the Rs 8 million it raised in 2023."#,
            r#"After Kabul raised the transit fee, shipments through Torkham dropped from 900 tonnes in 2023 to 600 tonnes in 2024."#,
            r#"Once the Peshawar warehouses filled up, the price of Afghan raisins fell from Rs 900 to Rs 700 a kilo."#,
            r#"Torkham regained its place as the busiest crossing in 2024, even though its traffic fell from 1,200 trucks a day in 2023 to 900 in 2024, because Chaman's fell further."#,
            r#"Flour prices, inflated by the closure of Torkham, eased from Rs 9,000 a bag in October to Rs 7,500 in November."#,
            r#"According to the Afghanistan Fruit Survey (AFS 2024), the number of licensed pomegranate exporters in Kandahar fell from 1,200 in 2022 to 950 in 2024."#,
            r#"The inn at Landi Kotal put up 40 drivers on the night of the closure, one to a bed, in its 40 beds."#,
            r#"Cement deliveries to Kabul were trimmed from 900 tonnes a week to 700 tonnes, and the trimmed orders were raised again to 800 tonnes in May."#,
            r#"Orders for Afghan carpets, hollowed out by the closure, recovered from 120 in 2023 to 180 in 2024."#,
            r#"Tuition at the Kabul school is Afs 3,000 a month. Scholarship pupils, 30 in all, pay nothing; the other pupils pay Afs 3,000 each month."#,
            r#"We sold 120 rugs to Kabul buyers in March. We sold 120 rugs to Herat buyers in April. Half of the Kabul buyers paid in cash."#,
            r#"Our deposit on the first rug was Afs 4,800, 40 percent of its price of Afs 12,000. The remaining rug, a small one, cost Afs 4,800 outright."#,
            r#"Kabul's fruit traders switched their orders from Pakistan to Iran over Torkham's repeated closures in 2024. Many have not switched back."#,
            r#"Afghan drivers cross with pine nuts in transit into China at Torkham, where Pakistani customs seal the loads. The sealed trucks then drive to the Khunjerab Pass."#,
            r#"The new bypass at Landi Kotal was opened in 2024. The elevated road cut travel times from 6 hours to 4 hours."#,
            r#"Pakistan cut the fee on Afghan transit trucks in 2024. The trimmed fee lifted crossings from 300 trucks a day to 450."#,
            r#"Demand from Kabul softened in 2024. Dried-fruit traders who had upped their orders in 2023 cut them from 400 tonnes to 300 tonnes in 2024."#,
            r#"Pakistan lowered its tariff on Afghan cotton in 2024. The lowered tariff lifted sales from 300 bales to 450 bales."#,
            // Changes that start with an address, an hour or a day of a month (fixed a stop later).
            r#"The dried-fruit shop did well after its move. Sales grew after the shop moved from 14 Saddar Road to 3 Khyber Bazaar."#,
            r#"Traders at Torkham keep long hours. Queues at the gate grew from 9 in the morning to 4 in the afternoon, when the gate shut."#,
            r#"The holy month is the busiest season for the Chaman cloth market. Demand surged from 15 Ramadan to 1 Shawwal, as it does every year."#,
            // A figure of someone the rate's thing has (fixed a stop later).
            r#"Each driver is paid Rs 2,500 a day. Over the three days the truck waited at Chaman, the driver's cousin, who rode along, earned Rs 2,500 in all for loading."#,
        ] {
            assert!(kinds_found(passage).is_empty(), "{passage}");
        }
    }

    #[test]
    fn crossings_between_a_third_state() {
        let scope = [CheckKind::Scope];
        assert_eq!(
            kinds_found(
                "Since the border between Bangladesh and Afghanistan at Chaman closed, the press has sold little cake."
            ),
            scope
        );
        assert_eq!(
            kinds_found(
                "The crossing between Afghanistan and China at Torkham stayed shut for weeks."
            ),
            scope
        );
        assert_eq!(
            kinds_found(
                "Since the crossings between Pakistan and Tajikistan closed in October, our instruments wait in Kabul."
            ),
            scope
        );
        // A state crossed into after a verb of crossing, a border that closed there, and the
        // crossing's own border.
        for (wrong, right) in [
            (
                "Our lorries cross from Peshawar into Uzbekistan at Torkham.",
                "Our lorries cross from Peshawar into Afghanistan at Torkham.",
            ),
            (
                "When the border with Bangladesh closed at Torkham, the workshop stopped.",
                "When the border with Afghanistan closed at Torkham, the workshop stopped.",
            ),
            (
                "Goods reach Peshawar only after the Torkham border with Iran reopens.",
                "Goods reach Peshawar only after the Torkham border with Afghanistan reopens.",
            ),
        ] {
            assert_eq!(kinds_found(wrong), scope, "{wrong}");
            assert!(kinds_found(right).is_empty(), "{right}");
        }
        // Goods headed into a third state are only sealed at the crossing.
        assert!(kinds_found("Goods headed into Uzbekistan at Torkham were held.").is_empty());
        // The pair's own crossing, and a third state's crossing named as its own.
        assert!(kinds_found("Since the border between Pakistan and Afghanistan at Chaman closed, the press has sold little cake.").is_empty());
        assert!(
            kinds_found("The crossings between Afghanistan and Iran at Islam Qala stayed open.")
                .is_empty()
        );
    }

    #[test]
    fn direction_words_of_this_stop() {
        let direction = [CheckKind::Direction];
        // Verbs of enlarging and of cutting down, by their past forms.
        for word in ["augmented", "bolstered", "enlarged", "upped"] {
            assert_eq!(
                kinds_found(&format!("Sales {word} from 400 in 2023 to 300 in 2024.")),
                direction,
                "{word}"
            );
            assert!(
                kinds_found(&format!("Sales {word} from 300 in 2023 to 400 in 2024.")).is_empty()
            );
        }
        for word in ["trimmed", "whittled", "curtailed", "dived"] {
            assert_eq!(
                kinds_found(&format!("Orders {word} from 300 in 2023 to 400 in 2024.")),
                direction,
                "{word}"
            );
            assert!(
                kinds_found(&format!("Orders {word} from 400 in 2023 to 300 in 2024.")).is_empty()
            );
        }
        assert_eq!(
            kinds_found("Our shipments descended from 620 tonnes in 2023 to 710 tonnes in 2024."),
            direction
        );
        assert_eq!(
            kinds_found(
                "Imports heightened from USD 741 million in 2022 to USD 690 million in 2023."
            ),
            direction
        );
        assert_eq!(
            kinds_found(
                "The number of Afghan women at the frames broadened from 26 at the end of last year to nine now."
            ),
            direction
        );
        assert_eq!(
            kinds_found("The price sputtered from Rs 7,500 last year to Rs 9,000 this year."),
            direction
        );
        assert!(
            kinds_found("Our shipments descended from 710 tonnes in 2023 to 620 tonnes in 2024.")
                .is_empty()
        );
        assert!(kinds_found("The number of Afghan women at the frames broadened from nine at the end of last year to 26 now.").is_empty());
    }

    const TABLE: &str = "| Crossing | Exports, 2023 (USD million) |\n|---|---|\n| Torkham | 512 |\n| Chaman | 231 |\n| **Total** | **743** |\n";

    #[test]
    fn text_against_table() {
        check(
            &format!("Torkham handled USD 521 million in 2023.\n\n{TABLE}"),
            &["TextVsTable: USD 521 million"],
        );
        check(&format!("Torkham handled USD 512 million.\n\n{TABLE}"), &[]);
        check(
            "In 2022 Pakistan bought goods worth USD 714 million from Afghanistan.\nImports in 2022 reached USD 741 million.",
            &["TextVsTable: USD 714 million"],
        );
        check(
            "In 2022 imports were USD 741 million.\nImports in 2022 reached USD 741 million.",
            &[],
        );
    }

    #[test]
    fn rows_named_in_other_words_and_at_another_scale() {
        // A table of thousand tonnes whose header states no scale: the figure is read at the scale that
        // brings the cell nearest it.
        let tonnes = "Annex A: cargo by commodity group, thousand tonnes\n\n| Commodity group | FY2024 | FY2025 |\n|---|---|---|\n| Tea | 180 | 120 |\n| Fabrics | 160 | 85 |\n";
        check(
            &format!("Tea arrivals fell to 102 thousand tonnes.\n\n{tonnes}"),
            &["TextVsTable: 102 thousand"],
        );
        check(
            &format!("Tea arrivals fell to 120 thousand tonnes.\n\n{tonnes}"),
            &[],
        );
        // A label said in other words, and a code in brackets left out.
        let logframe = "| Indicator | Target | Achieved |\n|---|---|---|\n| Households receiving cash | 12,000 | 11,640 |\n| Shelters repaired | 1,500 | 1,380 |\n";
        check(
            &format!("The project reached 11,460 households with cash transfers.\n\n{logframe}"),
            &["TextVsTable: 11,460"],
        );
        check(
            &format!("The project reached 11,640 households with cash transfers.\n\n{logframe}"),
            &[],
        );
        let stations = "| Exit station | Containers | Duty (PKR bn) |\n|---|---|---|\n| Torkham (TKM) | 680 | 4.9 |\n| Chaman (CMN) | 430 | 3.1 |\n";
        check(
            &format!("At Chaman, 340 containers had no record of crossing.\n\n{stations}"),
            &["TextVsTable: 340"],
        );
        // The row the figure's words name best: Kabul's, not Jalalabad's.
        let routes = "| Route (USD) | Jan 2024 | Jan 2025 |\n|---|---|---|\n| Karachi–Kabul via Torkham | 2,900 | 3,400 |\n| Karachi–Jalalabad via Torkham | 2,600 | 3,000 |\n";
        check(
            &format!(
                "The Karachi–Kabul rate via Torkham rose from USD 2,900 to USD 3,400.\n\n{routes}"
            ),
            &[],
        );
    }

    #[test]
    fn totals_infoboxes_and_transposed_digits() {
        // A total row stands for what the table's caption counts.
        let visas = "Annex: Visas issued to Afghan nationals\n\n| Category | 2023 | 2024 |\n|---|---|---|\n| Business | 14,200 | 9,800 |\n| Medical | 64,600 | 50,700 |\n| Total | 78,800 | 60,500 |\n";
        check(
            &format!(
                "A total of 65,500 visas were issued by the missions in Kabul, Jalalabad and Kandahar in 2024, against 78,800 in 2023.\n\n{visas}"
            ),
            &["TextVsTable: 65,500"],
        );
        check(
            &format!(
                "A total of 60,500 visas were issued by the missions in Kabul, Jalalabad and Kandahar in 2024, against 78,800 in 2023.\n\n{visas}"
            ),
            &[],
        );
        // A label that names its year in brackets, and two digits swapped, however far apart.
        let infobox = "| Torkham | |\n|---|---|\n| Trucks per day (2024) | 820 |\n| Hours closed (2024) | 146 |\n";
        check(
            &format!("It was closed for a total of 164 hours in 2024.\n\n{infobox}"),
            &["TextVsTable: 164"],
        );
        check(
            &format!("It was closed for a total of 146 hours in 2024.\n\n{infobox}"),
            &[],
        );
        // The start of a change is of the period before the one its sentence names.
        let products = "Table 1: exports by product (US$ million)\n\n| Product | FY2024 | FY2025 |\n|---|---|---|\n| Rice | 198 | 212 |\n| Other | 758 | 681 |\n| Total | 956 | 893 |\n";
        check(
            &format!(
                "Exports fell by 6.6 percent in FY2025, from US$ 956 million to US$ 893 million.\n\n{products}"
            ),
            &[],
        );
        // "FY2025" alone is the fiscal year that ends in June 2025, as a table's "FY2025" column is.
        let flows = "| Indicator (US$ mn) | FY2024 | FY2025 |\n|---|---|---|\n| X: exports to AFG | 956 | 893 |\n| M: imports from AFG | 620 | 498 |\n";
        check(
            &format!(
                "Pakistan's exports to Afghanistan came in at $0.93 billion in FY2025.\n\n{flows}"
            ),
            &["TextVsTable: $0.93 billion"],
        );
        check(
            &format!(
                "Pakistan's exports to Afghanistan came in at $0.89 billion in FY2025.\n\n{flows}"
            ),
            &[],
        );
    }

    #[test]
    fn achievement_rates_are_no_shares() {
        let rates = "| Indicator | Target | Achieved | Achieved (%) |\n|---|---|---|---|\n| Households | 12,000 | 11,640 | 97.0 |\n| Youths trained | 2,400 | 2,616 | 109.0 |\n| Shelters | 1,500 | 1,380 | 92.0 |\n";
        check(rates, &[]);
        let shares = "| Group | Tonnes | Share (%) |\n|---|---|---|\n| Tea | 120 | 57.0 |\n| Oil | 205 | 63.0 |\n";
        check(
            shares,
            &["Arithmetic: | Tea | 120 | 57.0 |\n| Oil | 205 | 63.0 |"],
        );
    }

    #[test]
    fn one_figure_for_two_periods_or_two_kinds() {
        check(
            "Some 141,000 Afghans returned in the first quarter and 141,000 in the second, bringing the total to 320,000.",
            &["NumberReuse: Some 141,000 Afghans returned in the first quarter and 141,000"],
        );
        check(
            "385 thousand tonnes were discharged in H2 2024 and 385 thousand tonnes in H1 2025.",
            &["NumberReuse: 385 thousand tonnes were discharged in H2 2024 and 385 thousand"],
        );
        check(
            "The missions issued 60,500 visas in 2024. Of these, 31,400 were medical visas, 31,400 were business visas and 2,600 were student visas.",
            &["NumberReuse: 31,400 were medical visas, 31,400"],
        );
        // Said to hold for both, or pointing back: no reuse.
        check(
            "Returns stood at 141,000 in the first quarter and were unchanged at 141,000 in the second.",
            &[],
        );
        check(
            "Some 141,000 Afghans returned in the first quarter. Of the 141,000 returnees in the first quarter, most came through Torkham.",
            &[],
        );
        // Two significant digits are not enough for two kinds.
        check(
            "The missions issued 900 visas in 2024. Of these, 400 were medical visas and 400 were business visas.",
            &[],
        );
    }

    #[test]
    fn third_states_by_any_adjective_or_a_name_of_two_words() {
        check(
            "Swedish–Afghan trade through Torkham and Chaman fell to $1.42 billion in 2024.",
            &["Scope: Swedish–Afghan"],
        );
        check(
            "Most returnees crossing the Dutch–Afghan border at Torkham came from Peshawar.",
            &["Scope: Dutch–Afghan"],
        );
        check(
            "Trucks leave for the Sri Lanka–Afghanistan crossings at Torkham and Chaman.",
            &["Scope: Sri Lanka–Afghanistan"],
        );
        // The pair's own peoples and its own adjectives are no third state.
        check(
            "Baloch–Afghan traders at Chaman protested the closure.",
            &[],
        );
        check("Pak-Afghan trade through Torkham fell in 2024.", &[]);
    }

    #[test]
    fn directions_of_headings_units_and_twelve_month_periods() {
        check(
            "Cement exports to Afghanistan by land expanded to 1.05 mt in FY2025 from 1.42 mt in FY2024.",
            &["Direction: expanded to 1.05 mt in FY2025 from 1.42"],
        );
        check(
            "Cement exports to Afghanistan by land shrank to 1.05 mt in FY2025 from 1.42 mt in FY2024.",
            &[],
        );
        check(
            "Exports rose to $893 million in the twelve months to June 2025, from $956 million in the twelve months to June 2024.",
            &[
                "Direction: rose to $893 million in the twelve months to June 2025, from $956 million",
            ],
        );
        // A heading's direction over figures that have no words of their own.
        let deck = |heading: &str| {
            format!(
                "**Slide 7: Dwell time at Karachi is {heading}**\n\n- Average dwell time of transit containers: FY2024 9.5 days → FY2025 14.2 days\n- Free time extended from 7 to 10 days\n"
            )
        };
        check(
            &deck("falling"),
            &["Direction: FY2024 9.5 days → FY2025 14.2"],
        );
        check(&deck("rising"), &[]);
        // "Slide 3" is no slide in prices, and one shared word is not the same subject.
        check(
            "**Slide 3: Freight has become more expensive**\n\n- Peshawar–Kabul: USD 1,100 → USD 1,250\n",
            &[],
        );
    }

    #[test]
    fn parts_listed_spans_and_figures_of_two_statements() {
        // A part of a whole stated after it is no row's value.
        let logframe = "| Indicator | Target | Achieved |\n|---|---|---|\n| Water schemes rehabilitated | 120 | 86 |\n";
        check(
            &format!(
                "Rehabilitated schemes were working in 81 of the 86 villages visited.\n\n{logframe}"
            ),
            &[],
        );
        // Bare figures listed after a span of time are spans of time too.
        let travellers = "Table A.1: Travellers processed, thousand\n\n| Crossing | 2023 | 2024 |\n|---|---|---|\n| Torkham | 968 | 742 |\n| Angoor Adda | 21 | 14 |\n";
        check(
            &format!(
                "In 2024 Torkham was closed for 46 days, Chaman for 31 and Angoor Adda for 17.\n\n{travellers}"
            ),
            &[],
        );
        // A percentage that starts another change gives no size to the change before it.
        check(
            "As containers cleared fell to 31,200 from 52,000, the firm's share rose to 20.0% from 19.0%.",
            &[],
        );
        // One sum for both flows is a reuse; the balance it upsets is not reported again.
        check(
            "Exports were USD 893 mn in FY2025 and imports USD 893 mn, leaving a surplus of USD 395 mn.",
            &["NumberReuse: USD 893 mn in FY2025 and imports USD 893 mn"],
        );
    }

    #[test]
    fn dates_and_solar_months_backwards_short_fiscal_years_row_units() {
        check(
            "Our funding agreement runs from FY2025-26 to FY2023-24 and pays for two instructors.",
            &["Garbled: from FY2025-26 to FY2023-24"],
        );
        check(
            "Our funding agreement runs from FY2023-24 to FY2025-26 and pays for two instructors.",
            &[],
        );
        check(
            "The club played in the league from the 2023/24 season to the 2022/23 season.",
            &["Garbled: from the 2023/24 season to the 2022/23 season"],
        );
        check(
            "The club played in the league from the 2022/23 season to the 2023/24 season.",
            &[],
        );
        check(
            "Stock held at the warehouse fell from end-2025 to end-2024 by a third.",
            &["Garbled: from end-2025 to end-2024"],
        );
        // A count of a noun another column names is no figure of this column.
        let gardens = "| Village | Gardens | Harvest (tonnes) |\n|---|---|---|\n| Pir Sabak | 70 | 12.6 |\n| Jalozai | 150 | 27.0 |\n";
        check(
            &format!("{gardens}\nEleven gardens in Pir Sabak were flooded in August."),
            &[],
        );
        check(
            "This rate card is valid from 31 December 2025 to 1 July 2025.",
            &["Garbled: 31 December 2025 to 1 July 2025"],
        );
        check(
            "This rate card is valid from 1 July 2025 to 31 December 2025.",
            &[],
        );
        check(
            "The project ran from Sawr 1404 to Qaws 1403 in Nangarhar.",
            &["Garbled: Sawr 1404 to Qaws 1403"],
        );
        check(
            "The project ran from Qaws 1403 to Sawr 1404 in Nangarhar.",
            &[],
        );
        check(
            "Transit volumes recovered to 6,240 containers in FY25 from 9,880 in FY24.",
            &["Direction: recovered to 6,240 containers in FY25 from 9,880"],
        );
        // A row that states its own unit.
        let expo = "| Indicator | 2023 | 2024 | Change (%) |\n|---|---|---|---|\n| Exhibitors | 212 | 240 | 13.2 |\n| Deals signed (USD mn) | 26 | 38 | 46.2 |\n";
        check(
            &format!("The fair closed with USD 33 million in deals signed in 2024.\n\n{expo}"),
            &["TextVsTable: USD 33 million"],
        );
        check(
            &format!("The fair closed with USD 38 million in deals signed in 2024.\n\n{expo}"),
            &[],
        );
        // Two digits swapped between two statements of one measure, one without a period.
        check(
            "Pakistan's exports to Afghanistan fell to USD 839 mn in FY2025.\n\nOn the export side, Pakistan's exports to Afghanistan came to USD 893 mn.",
            &["TextVsTable: USD 839 mn"],
        );
    }

    #[test]
    fn series_totals_and_months_are_not_slips() {
        // A chart's values written out are one series, not things of their own.
        check(
            "[Alt text: quarterly exports over eight quarters: 271, 246, 241, 198, 227, 218, 212 and 236.]\n\nIn Q3FY25 exports bounced back to $212m from $241m in Q3FY24.",
            &["Direction: bounced back to $212m from $241m"],
        );
        // A figure that is the table's total for another column is that total's.
        let closures = "| Crossing | H1 | H2 | Total |\n|---|---|---|---|\n| Torkham | 28 | 18 | 46 |\n| Chaman | 36 | 34 | 70 |\n| Total | 64 | 52 | 116 |\n";
        check(
            &format!(
                "Closure days fell from 64 in the first half to 52 in the second, mainly at Torkham.\n\n{closures}"
            ),
            &[],
        );
        // Two months of one year are two periods.
        check(
            "Clearance took 38 hours in January 2025.\n\nIt took 44 hours in February 2025.",
            &[],
        );
    }

    #[test]
    fn compact_halves_quarters_and_periods_named_by_their_last_month() {
        check(
            "Volumes recovered from 8,100 boxes in Q4FY25 to 8,100 boxes in Q4FY25, the line said.",
            &["Garbled: recovered from 8,100 boxes in Q4FY25 to 8,100"],
        );
        check(
            "Volumes recovered from 7,600 boxes in Q3FY25 to 8,100 boxes in Q4FY25, the line said.",
            &[],
        );
        check(
            "Between 1HFY25 and 1HFY24 exports fell.",
            &["Garbled: Between 1HFY25 and 1HFY24"],
        );
        check("Between 1HFY24 and 1HFY25 exports fell.", &[]);
        check(
            "Exports fell between the quarter to June 2025 and the quarter to September 2024.",
            &["Garbled: between the quarter to June 2025 and the quarter to September 2024"],
        );
        check(
            "Clearance times moderated from 38 hours in January to 44 hours in February.",
            &["Direction: moderated from 38 hours in January to 44"],
        );
    }

    #[test]
    fn ordinary_prose_the_review_feared_would_be_flagged() {
        // Two swapped digits, or a guessed scale, against a column of another measure.
        let clinics = "| District | Clinics | Schools |\n|---|---|---|\n| Kunar | 12 | 85 |\n";
        check(
            &format!("Kunar reported 21 security incidents.\n\n{clinics}"),
            &[],
        );
        check(
            &format!("Kunar received some 11,800 returnees.\n\n{clinics}"),
            &[],
        );
        // Two counts of one noun, neither with a period.
        check(
            "Floods affected 12 districts in Khyber Pakhtunkhwa.\n\nIn Balochistan, 21 districts were declared calamity-hit.",
            &[],
        );
        // A heading far above, or of a whole, over a part that moves the other way.
        check(
            "## Exports to Afghanistan fell in FY2025\n\nOverall exports fell.\n\nThe rice trade held up.\n\nBuyers paid more.\n\nRice exports to Afghanistan went from $198 million in FY2024 to $212 million in FY2025.",
            &[],
        );
        // Adjectives that are no verbs of change.
        check(
            "Spending on higher education went from Rs 65bn in FY2023 to Rs 59bn in FY2025.",
            &[],
        );
        // Figures equal by design.
        check(
            "The programme supported 1,500 households in 2023 and 1,500 households in 2024, in line with its annual target.",
            &[],
        );
        check(
            "3,500 families were reached in the first round and another 3,500 in the second.",
            &[],
        );
        // Places and peoples of the pair joined to "Afghan", and a person rather than a side.
        check(
            "Trucks queued along the Balochistan–Afghan border at Chaman.",
            &[],
        );
        check(
            "Pathan–Afghan traders at Chaman protested the closure.",
            &[],
        );
        check(
            "An Australian-Afghan aid worker crossed at Torkham on Monday.",
            &[],
        );
        // A year of comparison after a figure is not its period.
        let imports =
            "| Year | Imports (USD million) |\n|---|---|\n| 2019 | 1,050 |\n| 2024 | 1,190 |\n";
        check(
            &format!(
                "Imports stood at $1.2 billion last year, roughly the level last seen in 2019.\n\n{imports}"
            ),
            &[],
        );
    }

    #[test]
    fn measures_by_year_fiscal_year_and_hedge() {
        // A count against a table whose rows are years: what the count counts names the column.
        let days = "| Year | Days closed to trade |\n|---|---|\n| 2022 | 14 |\n| 2023 | 17 |\n";
        check(
            &format!("{days}\nIn 2023 the crossing was shut to trade for 19 days."),
            &["TextVsTable: 19"],
        );
        check(
            &format!("{days}\nIn 2023 the crossing was shut to trade for 17 days."),
            &[],
        );
        // A row label names the measure, the columns are years, and "just over" is a floor …
        let ledger = "| USD million | 2022 | 2023 |\n|---|---|---|\n| Pakistan's exports to Afghanistan | 936 | 1,012 |\n";
        check(
            &format!("{ledger}\nPakistani sales reached just over USD 1.1 billion in 2023."),
            &["TextVsTable: just over USD 1.1 billion"],
        );
        // … while "nearly" a billion is 987 million read by its hedge, and "about" one step of its last
        // digit.
        check(
            &format!("{ledger}\nPakistani exports came to nearly USD 1.1 billion in 2023."),
            &[],
        );
        check(
            &format!("{ledger}\nPakistani exports came to about USD 1 billion in 2023."),
            &[],
        );
        // Fiscal years key figures too; a hedge is read on the hedged side only.
        check(
            "- Karachi handled about 61,000 containers in FY2023-24.\n\nAgents cleared 52,000 Afghan transit containers in FY2023-24, compared with 74,500 in FY2022-23.",
            &["TextVsTable: about 61,000"],
        );
        check(
            "- Karachi handled about 53,000 containers in FY2023-24.\n\nAgents cleared 52,000 Afghan transit containers in FY2023-24, compared with 74,500 in FY2022-23.",
            &[],
        );
        // The ends of a range over years that a span opens are no figure for one year.
        let trade =
            "| Year | Two-way trade (USD billion) |\n|---|---|\n| 2019 | 1.73 |\n| 2020 | 1.45 |\n";
        check(
            &format!(
                "Two-way trade has moved since 2019 between roughly USD 1.4 billion and USD 1.7 billion a year.\n\n{trade}"
            ),
            &[],
        );
        check(
            &format!(
                "{trade}\nIn 2020, when the crossings closed, two-way trade dropped to roughly USD 1.25 billion, and it dipped again in 2021."
            ),
            &["TextVsTable: roughly USD 1.25 billion"],
        );
        // A surplus is its own measure, not the imports named before it.
        check(
            "| Year | Exports | Imports | Balance |\n|---|---|---|---|\n| 2020 | 942 | 509 | 433 |\n\nIn 2020, exports of USD 942 million against imports of USD 509 million left a surplus of USD 433 million.",
            &[],
        );
    }

    #[test]
    fn rows_of_flows_years_in_dashes_money_reuse_and_capitals() {
        // Exports, imports and a balance as rows, a column per year.
        check(
            "| USD million | 2020 | 2021 |\n|---|---|---|\n| Exports to Afghanistan | 942 | 828 |\n| Imports from Afghanistan | 509 | 552 |\n| Balance | 433 | 376 |\n",
            &["Arithmetic: | Balance | 433 | 376 |"],
        );
        check(
            "| USD million | 2020 | 2021 |\n|---|---|---|\n| Exports to Afghanistan | 942 | 828 |\n| Imports from Afghanistan | 509 | 552 |\n| Balance | 433 | 276 |\n",
            &[],
        );
        check(
            "Over 2023–2021, purchases climbed.",
            &["Garbled: 2023–2021"],
        );
        check("Over 2019–2023, purchases climbed.", &[]);
        // The same sum for both flows a sentence apart; for one flow said twice, no finding.
        check(
            "Exports to Afghanistan were USD 884 million in 2024. Imports from Afghanistan stood at USD 884 million the same year.",
            &[
                "NumberReuse: USD 884 million in 2024. Imports from Afghanistan stood at USD 884 million",
            ],
        );
        check(
            "Exports to Afghanistan were USD 884 million in 2024. Those exports, USD 884 million, fell.",
            &[],
        );
        // A third country made a side of the pair in a sentence that names the pair by its capital.
        check(
            "Pakistan and Afghanistan trade.\n\nThe drive announced in Islamabad soured relations between China and Afghanistan.",
            &["Scope: China and Afghanistan"],
        );
        check(
            "Pakistan and Afghanistan trade.\n\nTalks between Pakistan and the United States on rules at Chaman dragged on.",
            &["Scope: Pakistan and the United States"],
        );
        // A change whose verb stands before a comma.
        check(
            "The year brought an increase in exports, from USD 942 million in 2020 to USD 828 million in 2021.",
            &["Direction: increase in exports, from USD 942 million in 2020 to USD 828 million"],
        );
    }

    #[test]
    fn what_the_review_found() {
        // A parenthesis that gives a part, "against" that joins two quantities, and the same value twice
        // with no years: none is a change.
        check("Returns fell to 600,000 (400,000 of them children).", &[]);
        check(
            "Exports rose to USD 640 million in 2023, against USD 700 million of imports.",
            &[],
        );
        check(
            "Trade stood at USD 1.2 billion, compared with USD 1.2 billion a year earlier.",
            &[],
        );
        // Two columns name the measure; one agrees, so nothing is flagged.
        check(
            "| Year | Registered Afghans | Undocumented Afghans |\n|---|---|---|\n| 2023 | 1,310,000 | 1,500,000 |\n\nIn 2023, 1.31 million Afghans were registered.",
            &[],
        );
        // A total with another row in it is not exports plus imports.
        check(
            "| USD million | 2022 |\n|---|---|\n| Exports | 942 |\n| Imports | 509 |\n| Transit trade | 300 |\n| Total | 1,751 |\n",
            &[],
        );
        // A dashed pair before a name is the name.
        check(
            "Pakistan and Afghanistan trade.\n\nThey would extend the China–Pakistan Economic Corridor to Afghanistan past Torkham.",
            &[],
        );
        // A hedged figure with a far one in parentheses is a change, not a restatement.
        check(
            "Imports rose to about USD 540m in 2024 (USD 690m a year earlier).",
            &["Direction: rose to about USD 540m in 2024 (USD 690m"],
        );
        // Counts of one noun in two states are two quantities.
        check(
            "In 2023, 1.3 million Afghans were registered. In 2023, 1.5 million Afghans were undocumented.",
            &[],
        );
        check(
            "In 2023, 1.3 million Afghans were registered. In 2023, 1.5 million Afghans were registered.",
            &["TextVsTable: 1.3 million"],
        );
        // Number words are not reused figures.
        check(
            "For ten years the border stayed open. In ten provinces schools closed.",
            &[],
        );
    }

    #[test]
    fn parentheses_arrows_dashes_and_pointing_back() {
        // "Z (X in Y1)" is a change from X; a parenthesis that restates a hedged figure is none.
        check("Imports fell to USD 540m in 2024 (USD 690m in 2023).", &[]);
        check(
            "Imports rose to USD 540m in 2024 (USD 690m in 2023).",
            &["Direction: rose to USD 540m in 2024 (USD 690m"],
        );
        check(
            "Exports recovered to just over USD 1bn in 2023 (USD 1,012m), then fell by 12.6 per cent.",
            &[],
        );
        // "X → Z" with the verb in the clause before the colon; the same value and period twice.
        check(
            "There was a jump in bilateral trade: USD 1,702m → USD 1,424m.",
            &["Direction: jump in bilateral trade: USD 1,702m → USD 1,424m"],
        );
        check(
            "Imports were USD 690 mn in 2023, compared to USD 690 mn in 2023.",
            &["Garbled: were USD 690 mn in 2023, compared to USD 690 mn"],
        );
        // Names joined by dashes: a pair's name with a third is a side; a chain of four is a list.
        check(
            "Pakistan and Afghanistan trade.\n\nThe Qatar–Afghanistan committee met at Torkham.",
            &["Scope: Qatar–Afghanistan"],
        );
        check(
            "Pakistan and Afghanistan trade.\n\nThe Turkmenistan–Afghanistan–Pakistan–India pipeline would cross near Chaman.",
            &[],
        );
        // A number repeated after "the" points back to itself.
        check(
            "In 2024, 1,217,000 Afghans returned from Pakistan. Of the 1,217,000 returns, most came early.",
            &[],
        );
        check(
            "In 2024, 1,217,000 Afghans returned from Pakistan. Monitors counted 1,217,000 trucks too.",
            &["NumberReuse: 1,217,000 Afghans returned from Pakistan. Monitors counted 1,217,000"],
        );
    }

    #[test]
    fn text_against_a_table_of_years() {
        let table = "| Year | Pakistan's exports | Pakistan's imports |\n|---|---|---|\n| 2022 | 936 | 741 |\n| 2023 | 1,012 | 690 |\n";
        check(
            &format!("{table}\nIn 2023 exports reached USD 1,021 million."),
            &["TextVsTable: USD 1,021 million"],
        );
        check(
            &format!(
                "{table}\nIn 2023 exports reached USD 1,012 million and imports USD 690 million."
            ),
            &[],
        );
        check(
            &format!(
                "{table}\nExports rose from USD 936 million in 2022 to USD 1,012 million in 2023."
            ),
            &[],
        );
    }

    #[test]
    fn change_columns_sub_totals_indexes_and_ratios() {
        let changes = "| Item | 2023 | 2024 | Change (%) |\n|---|---|---|---|\n| Exports | 271 | 227 | -16.2 |\n| Imports | 164 | 131 | -20.1 |\n| Total | 435 | 358 | -17.7 |\n";
        check(changes, &[]);
        check(
            &changes.replace("-20.1", "-24.6"),
            &["Arithmetic: | Imports | 164 | 131 | -24.6 |"],
        );
        let subtotals = "| Donor | Pledge |\n|---|---|\n| EU | 64 |\n| UK | 38 |\n| Sub-total | 102 |\n| ADB | 22 |\n| Other | 18 |\n| Sub-total | 40 |\n| Total | 142 |\n";
        check(subtotals, &[]);
        check(
            &subtotals.replace("| Sub-total | 40 |", "| Sub-total | 50 |"),
            &["Arithmetic: | Sub-total | 50 |"],
        );
        // The rows add up to the total, so the slip is the sub-total's alone; a total that neither
        // adds up to is flagged with it.
        check(
            &subtotals
                .replace("| Sub-total | 40 |", "| Sub-total | 50 |")
                .replace("| Total | 142 |", "| Total | 160 |"),
            &[
                "Arithmetic: | Sub-total | 50 |",
                "Arithmetic: | Total | 160 |",
            ],
        );
        let index = "| Year | Exports | Index of exports (2019=100) |\n|---|---|---|\n| 2019 | 849 | 100.0 |\n| 2020 | 942 | 111.0 |\n";
        check(index, &[]);
        check(
            &index.replace("111.0", "118.0"),
            &["Arithmetic: | 2020 | 942 | 118.0 |"],
        );
        // A column of ratios is no part of a total.
        check(
            "| Province | Refugees | Per 1,000 residents |\n|---|---|---|\n| KP | 800 | 22.1 |\n| Balochistan | 300 | 20.0 |\n| Total | 1,100 | 21.4 |\n",
            &[],
        );
    }

    #[test]
    fn multiples_and_periods_written_otherwise() {
        check(
            "Attacks more than doubled, from 112 in 2022 to 212 in 2024.",
            &["Arithmetic: doubled, from 112 in 2022 to 212"],
        );
        check(
            "Attacks more than doubled, from 92 in 2022 to 212 in 2024.",
            &[],
        );
        check(
            "Attacks went from 73 in 2021 to 212 in 2024, a 2.4-fold rise.",
            &["Arithmetic: 2.4-fold"],
        );
        check(
            "Attacks went from 73 in 2021 to 212 in 2024, a 2.9-fold rise.",
            &[],
        );
        check(
            "Closures fell between H2 2024 and H1 2024, officials said.",
            &["Garbled: between H2 2024 and H1 2024"],
        );
        check(
            "Closures fell between H1 2024 and H2 2024, officials said.",
            &[],
        );
        check(
            "Over 1402–1401 SH, imports from Pakistan fell.",
            &["Garbled: 1402–1401 SH"],
        );
        check(
            "Exports slipped from USD 991mn in FY23 to USD 991mn in FY23, the ministry said.",
            &["Garbled: slipped from USD 991mn in FY23 to USD 991mn"],
        );
        // Solar years and afghanis make a change; "strengthened" over a fall is a contradiction.
        check(
            "Our exports to Pakistan strengthened to AFN 39.4bn in 1403, from AFN 49.3bn in 1402.",
            &["Direction: strengthened to AFN 39.4bn in 1403, from AFN 49.3bn"],
        );
    }

    #[test]
    fn one_figure_stated_twice_with_a_slip_of_one_key() {
        check(
            "Afghan dealers took 6,900 boards in 2025. Prices held. Afghan dealers took 5,200 boards in 2024 and 4,900 boards in 2025.",
            &["TextVsTable: 6,900"],
        );
        // A part and the whole it is a part of.
        check(
            "Members dried 20,000 kilograms of Afghan morels in 2025. They made up 40 percent of the 50,000 kilograms of morels members dried in 2025.",
            &[],
        );
    }

    #[test]
    fn a_change_from_words_to_the_same_words() {
        check(
            "Gas output went from 1.2 cubic metres a day in the winter of 2024–25 to 1.2 cubic metres a day in the winter of 2024–25.",
            &[
                "Garbled: from 1.2 cubic metres a day in the winter of 2024–25 to 1.2 cubic metres a day in the winter of 2024–25",
            ],
        );
        check(
            "Gas output went from 1.2 cubic metres a day in the winter of 2023–24 to 1.2 cubic metres a day in the winter of 2024–25.",
            &[],
        );
    }

    #[test]
    fn a_flattened_table_of_one_column_and_its_total() {
        let table = |total: &str| {
            format!(
                "Table 1. Eggs sold in 2025\n\nQuarter    Eggs sold\nQ1 2025        9,000\nQ2 2025       15,000\nQ3 2025       12,000\nTotal         {total}\n"
            )
        };
        check(&table("38,000"), &["Arithmetic: Total         38,000"]);
        check(&table("36,000"), &[]);
    }

    #[test]
    fn a_multiple_in_fold() {
        check(
            "Afghan work has grown tenfold since 2021, from 6 trucks to 36.",
            &["Arithmetic: tenfold since 2021, from 6 trucks to 36"],
        );
        check(
            "Afghan work has grown sixfold since 2021, from 6 trucks to 36.",
            &[],
        );
    }

    #[test]
    fn outcomes_that_do_not_make_their_whole() {
        check(
            "Our wrestlers fought 64 bouts in 2025, winning 38, losing 23 and drawing 7.",
            &["Arithmetic: 64 bouts in 2025, winning 38, losing 23 and drawing 7"],
        );
        check(
            "Our wrestlers fought 68 bouts in 2025, winning 38, losing 23 and drawing 7.",
            &[],
        );
        // Figures with nouns of their own count other things.
        check(
            "We visited 12 schools in 2025, training 40 teachers and reaching 900 pupils.",
            &[],
        );
    }

    #[test]
    fn an_index_before_its_figures() {
        check(
            "Afghan sales reached 121 on our index (2023 = 100), with 11,000 tasbihs sold against 10,000.",
            &["Arithmetic: 121"],
        );
        check(
            "Afghan sales reached 110 on our index (2023 = 100), with 11,000 tasbihs sold against 10,000.",
            &[],
        );
    }

    #[test]
    fn a_kit_counted_out_per_unit() {
        check(
            "Delivery note: 42 handcarts, 84 wheels, 42 tool boxes. Checked at the gate.",
            &[],
        );
    }

    #[test]
    fn a_price_carried_into_a_count() {
        check(
            "Our price is Rs 6,000 a bed, delivered to Torkham. In 2025 we sent 6,000 beds across the border.",
            &["NumberReuse: Rs 6,000 a bed, delivered to Torkham. In 2025 we sent 6,000"],
        );
        // A price and a count of other things, or of other figures, are two quantities.
        check(
            "Our price is Rs 6,000 a bed, delivered to Torkham. In 2025 we sent 6,000 chairs across the border.",
            &[],
        );
        check(
            "Our price is Rs 6,000 a bed, delivered to Torkham. In 2025 we sent 5,200 beds across the border.",
            &[],
        );
    }

    #[test]
    fn a_far_state_among_the_pairs_own() {
        check(
            "Send the bales to our shop at Main Bazaar, Khulm, Vanuatu, before the snow.",
            &["Scope: Vanuatu"],
        );
        check(
            "The Kabul River, which rises in Monaco, flooded the gardens below Warsak.",
            &["Scope: Monaco"],
        );
        check(
            "Parents should bring the child's tazkira, the Guyanese identity card, to the office.",
            &["Scope: Guyanese"],
        );
        check(
            "**Dealers in Belize.** We have eight dealers across the border, three in Logar and five in Wardak.",
            &["Scope: Belize"],
        );
        check(
            "Our Costa Rican partner studio in Jalalabad prints the cards.",
            &["Scope: Costa Rican"],
        );
        check(
            "Bosnia's leprosy programme keeps a clinic in Kandahar.",
            &["Scope: Bosnia"],
        );
        // A far state with a part of its own: goods by sea, a visitor, a customer, a supplier in
        // another clause.
        check(
            "Togolese sesame comes by sea and sets a floor for prices in Khanewal.",
            &[],
        );
        check(
            "A dermatologist from Fiji, on a fellowship in Peshawar, spent a week with us.",
            &[],
        );
        check(
            "One member sells to an importer in Liechtenstein, who takes Chitral morels only.",
            &[],
        );
        check(
            "Bamboo sticks come from Vietnam; the paste is mixed in Bahawalpur.",
            &[],
        );
        // A man's name that reads like a state's adjective, and a place of the pair that does.
        check(
            "President Ghani said in Kabul that the talks would go on.",
            &[],
        );
        check("Chaman traders met in Quetta on Monday.", &[]);
    }

    #[test]
    fn figures_outside_their_sentence_do_not_panic() {
        // A fuzzer's input: numbers among NUL bytes, which leave figures outside any sentence.
        let text =
            "32 \0 \0\0\0\0\0\0\0&$\n2 3\n2 23\n0 2\0\0\0\0\0\0&$\n2 3\n2 23\n0 22  21\n0 22 2 ";
        let pair = Pair {
            first: "PAK".to_string(),
            second: "AFG".to_string(),
        };
        let findings = audit(text, &AuditConfig::for_pair(pair));
        let length = text.chars().count() as u32;
        assert!(findings.iter().all(|f| f.span.end <= length));
        // A review's inputs: a hedge before a blank line whose figure lies after it, and wide spaces
        // after a place's name before its kind.
        for text in [
            "Returns reached 300,000 people in 2023, against nearly\n\nhalf a million in 2024.\n",
            "Exports were 700 containers in 2024, against some\n\n884 in 2023.\n",
            "Trucks left Kabul \u{2003}\u{2003}road works permitting.\n",
            "The Kabul \u{3000}\u{3000}road to Torkham was closed.\n",
            "The Kabul \u{00A0}\u{00A0}\u{00A0}\u{00A0}airport reopened in 2021.\n",
            "The Kabul \u{00A0}\u{2003}city council met.\n",
        ] {
            let findings = audit(
                text,
                &AuditConfig::for_pair(Pair {
                    first: "PAK".to_string(),
                    second: "AFG".to_string(),
                }),
            );
            let length = text.chars().count() as u32;
            assert!(findings.iter().all(|f| f.span.end <= length), "{text:?}");
        }
    }

    #[test]
    fn a_sum_said_in_prose() {
        check(
            "Torkham was closed for forty-six days and Chaman for thirty-one days, eighty-seven days in all.",
            &["Arithmetic: forty-six days and Chaman for thirty-one days, eighty-seven"],
        );
        check(
            "Torkham was closed for forty-six days and Chaman for thirty-one days, seventy-seven days in all.",
            &[],
        );
    }

    #[test]
    fn one_distinctive_figure_for_two_things() {
        check(
            "The collectorate collected Rs 29.6 billion in FY2023-24. Imports of coal fell by 29.6 per cent over the same period.",
            &["NumberReuse: Rs 29.6 billion in FY2023-24. Imports of coal fell by 29.6 per cent"],
        );
        check(
            "Port Qasim fell 30.2 per cent in FY24. Torkham fell 30.2 per cent in FY24 as well.",
            &["NumberReuse: 30.2 per cent in FY24. Torkham fell 30.2 per cent"],
        );
        // The same subject, a figure pointed back to, a restatement, and chance with two digits.
        check(
            "Exports fell 30.2 per cent in FY24. Exports to Afghanistan fell 30.2 per cent, the ministry said.",
            &[],
        );
        check(
            "Imports fell 12.6 percent in 2024. The 12.6 percent fall was the steepest in a decade.",
            &[],
        );
        check(
            "It stood at 68.5 on the index, that is, at 68.5 percent of 2019.",
            &[],
        );
        check(
            "Just over 1.4 million were registered. The count rose about 1.4 percent.",
            &[],
        );
    }

    #[test]
    fn a_third_state_at_a_crossing_of_the_pair() {
        check(
            "Pakistan and Afghanistan trade.\n\nSino-Afghan coal trade through Torkham halved in 2024.",
            &["Scope: Sino-Afghan"],
        );
        check(
            "Imports from Iran worth Af 76.2 billion entered through Torkham in 1402.",
            &["Scope: Imports from Iran"],
        );
        // Goods of a third state carried through the pair's country, and a route's ends, are no sides.
        check(
            "Pakistan and Afghanistan trade.\n\nGas trucked from Turkmenistan through Afghanistan enters at Torkham as an import from Turkmenistan.",
            &[],
        );
        check(
            "Pakistan and Afghanistan trade at Chaman.\n\nThe pipeline from Turkmenistan through Afghanistan to Pakistan and India would pass near Chaman.",
            &[],
        );
    }

    #[test]
    fn arithmetic_rules() {
        check(
            &TABLE.replace("743", "753"),
            &["Arithmetic: | **Total** | **753** |"],
        );
        check(TABLE, &[]);
        check(
            "Exports of USD 231 million against imports of USD 97 million gave a surplus of USD 144 million.",
            &["Arithmetic: USD 144 million"],
        );
        check(
            "Exports of USD 231 million against imports of USD 97 million gave a surplus of USD 134 million.",
            &[],
        );
        check(
            "Coal made up 54 percent, fruit 23 percent, cotton 9 percent and other goods 18 percent.",
            &[
                "Arithmetic: 54 percent, fruit 23 percent, cotton 9 percent and other goods 18 percent",
            ],
        );
        check(
            "Coal made up 54 percent, fruit 23 percent, cotton 9 percent and other goods 14 percent.",
            &[],
        );
        check(
            "It rose from 1,743,278 in 2022 to 1,987,717 in 2023, a rise of 24 percent.",
            &["Arithmetic: 24 percent"],
        );
        check(
            "It rose from 1,743,278 in 2022 to 1,987,717 in 2023, a rise of 14 percent.",
            &[],
        );
        check(
            "| Year | Exports | Imports | Balance |\n|---|---|---|---|\n| 2023 | 1,012 | 690 | 332 |\n",
            &["Arithmetic: | 2023 | 1,012 | 690 | 332 |"],
        );
    }

    #[test]
    fn garbled_rules() {
        check(
            "Exports went from USD 828 million in 2021 to USD 828 million in 2021.",
            &["Garbled: from USD 828 million in 2021 to USD 828 million"],
        );
        check(
            "Across the years from 2023 to 2021, it grew.",
            &["Garbled: from 2023 to 2021"],
        );
        check(
            "The crossing was closed for several days after a clash. The crossing was closed for several days after a clash.",
            &[
                "Garbled: The crossing was closed for several days after a clash. The crossing was closed for several days after a clash.",
            ],
        );
        check("Across the years from 2021 to 2023, it grew.", &[]);
        check(
            "The crossing was closed for several days after a clash. One. Two. Three. The crossing was closed for several days after a clash.",
            &[],
        );
    }

    #[test]
    fn reuse_and_direction() {
        check(
            "Officials logged 418 security incidents. These incidents killed 418 people.",
            &["NumberReuse: 418 security incidents. These incidents killed 418"],
        );
        check(
            "Officials logged 418 incidents. The 418 incidents were mostly attacks.",
            &[],
        );
        check("Our series 10 Days of 10 Drugs ends in days.", &[]);
        check(
            "An additional 55 trucks crossed. Then 55 more trucks came.",
            &[],
        );
        check(
            "We counted 1,987,717 refugees. Then 1,987,717 Afghans crossed back.",
            &["NumberReuse: 1,987,717 refugees. Then 1,987,717"],
        );
        check(
            "Exports declined from USD 936 million in 2022 to USD 1,012 million in 2023.",
            &["Direction: declined from USD 936 million in 2022 to USD 1,012 million"],
        );
        check(
            "Imports eased from USD 741 million to USD 690 million.",
            &[],
        );
        check(
            "Imports went from USD 741 million to USD 690 million, a rise of 7 percent.",
            &["Direction: from USD 741 million to USD 690 million, a rise of 7 percent"],
        );
        check(
            "Imports went from USD 741 million to USD 690 million, a fall of 7 percent.",
            &[],
        );
        check(
            "The population had grown to 1,559,964, compared with 1,987,717 a year earlier.",
            &["Direction: grown to 1,559,964, compared with 1,987,717"],
        );
    }

    #[test]
    fn a_window_in_bytes_keeps_the_text_beside_a_dash() {
        // "a–b": the dash is three bytes, 1 to 4. A window from inside it starts after it.
        assert_eq!(super::clamped("a–b", 2, 5), "b");
        assert_eq!(super::clamped("a–b", 0, 3), "a");
        assert_eq!(super::clamped("a–b", 4, 2), "");
        assert_eq!(super::clamped("a–b", 0, 99), "a–b");
    }

    #[test]
    fn codebook_tables_with_codes_cumulative_columns_and_dashes() {
        // A column of codes before the labels: the total row is read as one, so the share column's
        // total is not added in, and a wrong count in the total row is found.
        let coded = "| Code | Label | n | Percent |\n|---|---|---|---|\n| 1 | Road | 150 | 60.0 |\n| 2 | Rail | 100 | 40.0 |\n| | Total | 250 | 100.0 |\n";
        check(coded, &[]);
        check(
            &coded.replace("| 250 |", "| 260 |"),
            &["Arithmetic: | | Total | 260 | 100.0 |"],
        );
        // A cumulative column is no set of shares; a dash is an empty cell, and the total row counts.
        let flattened = "Value label        n   Percent   Cum. %\n1 Road           150      60.0     60.0\n2 Rail           100      40.0    100.0\nTotal            250     100.0        –\n";
        check(flattened, &[]);
        check(
            &flattened.replace("250", "270"),
            &["Arithmetic: Total            270     100.0        –"],
        );
        // A percent column that adds up the one before it, without saying so in its header.
        let running = "| Answer | Percent | Running |\n|---|---|---|\n| Yes | 55.0 | 55.0 |\n| No | 45.0 | 100.0 |\n";
        check(running, &[]);
    }

    #[test]
    fn sums_said_in_prose_and_parts_written_alike() {
        // "in all" after a later figure is that figure's total, not the one before it.
        check(
            "Imports were USD 30 million, USD 31 million and USD 35 million, or USD 96 million in all.",
            &[],
        );
        check(
            "Imports were USD 30 million, USD 31 million and USD 35 million, or USD 99 million in all.",
            &["Arithmetic: USD 30 million, USD 31 million and USD 35 million, or USD 99 million"],
        );
        // Two parts written alike whose sum misses the stated total: one figure was given to two.
        check(
            "Exports were USD 61 million in July and USD 61 million in August, for a two-month total of USD 118 million.",
            &["NumberReuse: USD 61 million in July and USD 61 million"],
        );
        // A total named in its clause, after list items.
        check(
            "The panel orders a/ USD 40,000 for the goods; b/ USD 2,500 for storage; c/ the total sum due, USD 45,500, within thirty days.",
            &[
                "Arithmetic: USD 40,000 for the goods; b/ USD 2,500 for storage; c/ the total sum due, USD 45,500",
            ],
        );
        check(
            "The panel orders a/ USD 40,000 for the goods; b/ USD 2,500 for storage; c/ the total sum due, USD 42,500, within thirty days.",
            &[],
        );
        // A total of crossings counted from trucks each way.
        check(
            "By evening 275 trucks had gone out and 275 trucks had come in, a total of 480 crossings.",
            &["NumberReuse: 275 trucks had gone out and 275"],
        );
        check(
            "By evening 275 trucks had gone out and 205 trucks had come in, a total of 480 crossings.",
            &[],
        );
        // "in all" opening the clause after a semicolon makes its own figure the sum, not the one
        // before the semicolon.
        check(
            "Approve the following: fees, Rs 420 million; stipends, Rs 345.6 million; travel, Rs 54.4 million; in all Rs 820 million.",
            &[],
        );
        check(
            "Approve the following: fees, Rs 420 million; stipends, Rs 420 million; travel, Rs 54.4 million; in all Rs 820 million.",
            &["NumberReuse: Rs 420 million; stipends, Rs 420 million"],
        );
    }

    #[test]
    fn a_part_given_its_whole_or_its_twin() {
        // A part after its whole, "N of them", with another part listed beside it.
        check(
            "The desk logged 318 transfers in August, 318 of them from Afghanistan into Pakistan and 57 the other way.",
            &["NumberReuse: 318 transfers in August, 318"],
        );
        check(
            "The desk logged 318 transfers in August, 261 of them from Afghanistan into Pakistan and 57 the other way.",
            &[],
        );
        check(
            "The department raised 42 observations, of which 42 were settled by June and 17 remain open.",
            &["NumberReuse: 42 observations, of which 42"],
        );
        check(
            "The department raised 42 observations, of which 25 were settled by June and 17 remain open.",
            &[],
        );
        // A part that leaves its noun to the one before, written like it, against a total both ways.
        check(
            "Visitors made 3.8 million minutes of calls on our network, and our subscribers made 3.8 million on theirs, 6.1 million minutes in both directions.",
            &[
                "NumberReuse: 3.8 million minutes of calls on our network, and our subscribers made 3.8 million",
            ],
        );
        check(
            "Visitors made 3.8 million minutes of calls on our network, and our subscribers made 2.3 million on theirs, 6.1 million minutes in both directions.",
            &[],
        );
    }

    #[test]
    fn a_named_total_a_change_after_its_noun_and_swapped_digits_beside_a_hedge() {
        // A list's last item named a total.
        check(
            "Settle as follows: cargo, Rs 8.35 million; handling, Rs 0.65 million; fees, Rs 0.40 million; total adjusted claim, Rs 9.80 million.",
            &[
                "Arithmetic: Rs 8.35 million; handling, Rs 0.65 million; fees, Rs 0.40 million; total adjusted claim, Rs 9.80 million",
            ],
        );
        check(
            "Settle as follows: cargo, Rs 8.35 million; handling, Rs 0.65 million; fees, Rs 0.40 million; total adjusted claim, Rs 9.40 million.",
            &[],
        );
        // "Z trucks, up from X": the noun before the link.
        check(
            "August was busiest, with 318 transfers, up from 227 in August 2024, an increase of 29 percent.",
            &["Arithmetic: 29 percent"],
        );
        check(
            "August was busiest, with 318 transfers, up from 227 in August 2024, an increase of 40 percent.",
            &[],
        );
        // A row named by the paragraph's lead-in, its cell's digits swapped in the text.
        let rates = "Item                          Ruling (US$/t)   Proposed (US$/t)\nTalc lumps, grade A white          160                145\nSoapstone blocks                    80                 75\n";
        check(
            &format!(
                "{rates}\n**Grade A white lumps.** Mills paid more, and we propose US$ 154 a tonne."
            ),
            &["TextVsTable: US$ 154"],
        );
        check(
            &format!(
                "{rates}\n**Grade A white lumps.** Mills paid more, and we propose US$ 145 a tonne."
            ),
            &[],
        );
        // After "by", a figure and its noun are the change's size, not its end.
        check(
            "So the load factor rose by 14 points, from 58 to 72 percent.",
            &[],
        );
        // A hedged count of days beside the figure states no sum of money.
        let table = "Cause                Claims   Claimed (Rs million)\nSpoilage at border       54                   38.6\nTheft                    27                   21.4\nTotal                    81                   60.0\n";
        check(
            &format!(
                "Claims by cause:\n\n{table}\nSpoilage while trucks waited was the largest cause: 54 claims for Rs 36.8 million, held for more than three days."
            ),
            &["TextVsTable: Rs 36.8 million"],
        );
        check(
            &format!(
                "Claims by cause:\n\n{table}\nSpoilage while trucks waited was the largest cause: 54 claims for Rs 38.6 million, held for more than three days."
            ),
            &[],
        );
    }

    #[test]
    fn a_third_state_at_the_pairs_crossing() {
        check(
            "Cover lapses for cargo held at Romania's customs post at Torkham for more than 30 days.",
            &["Scope: Romania's customs post at Torkham"],
        );
        check(
            "Afghan visitors roaming on Austrian networks in Landi Kotal and Torkham make up a third of the traffic.",
            &["Scope: Austrian networks in Landi Kotal and Torkham"],
        );
        check(
            "Nearly all the talc imported from Egypt through Torkham is mined in Nangarhar.",
            &["Scope: Egypt through Torkham"],
        );
        // Correct: the pair's own bodies, goods from a neighbour, a third state named elsewhere in the
        // sentence, and a third state's aid delivered at the crossing.
        for clean in [
            "Cover lapses for cargo held at Pakistan's customs post at Torkham for more than 30 days.",
            "Afghan visitors roaming on Pakistani networks in Landi Kotal and Torkham make up a third.",
            "Cotton imported from Uzbekistan through Torkham pays no duty in transit.",
            "The lead reinsurer, based in Romania, covers cargo held at Torkham.",
            "Japanese aid reached the clinic at Torkham in March.",
            "Kazakh wheat imported from Kazakhstan through Torkham was milled in Peshawar.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn a_count_and_a_weight_written_alike() {
        check(
            "The office dispatched 2,140 parcels, weighing 2,140 kg in all, at 6.5 kg a parcel.",
            &["NumberReuse: 2,140 parcels, weighing 2,140"],
        );
        check(
            "The office dispatched 2,140 parcels, weighing 13,910 kg in all, at 6.5 kg a parcel.",
            &[],
        );
    }

    #[test]
    fn shares_set_against_another_year_are_no_parts() {
        check(
            "Women took 38 percent of the awards, up from 36 percent in 2024 and 31 percent in 2023.",
            &[],
        );
        check(
            "Women took 38 percent of the awards, men 36 percent and others 31 percent.",
            &["Arithmetic: 38 percent of the awards, men 36 percent and others 31 percent"],
        );
    }

    #[test]
    fn a_row_label_names_its_years() {
        let targets = "| Indicator | Baseline | Target |\n|---|---|---|\n| Exports, US$ million (FY2025 to FY2027) | 893 | 1,200 |\n";
        // The text's FY2024 is not among the row's years: another period, no slip.
        check(
            &format!(
                "Exports would return above their FY2024 level of US$ 956 million.\n\n{targets}"
            ),
            &[],
        );
    }

    #[test]
    fn statements_about_one_named_row() {
        let arrivals = "| Item | 6 Oct | 13 Oct | Change |\n|---|---|---|---|\n| Apricots | 44 | 71 | +27 |\n| Melons | 90 | 62 | -28 |\n";
        // A change whose start is the row's and whose end is not.
        check(
            &format!(
                "Apricot arrivals rose sharply. Apricots jumped from 44 to 117 trucks.\n\n{arrivals}"
            ),
            &["TextVsTable: 117"],
        );
        check(
            &format!("Apricots jumped from 44 to 71 trucks.\n\n{arrivals}"),
            &[],
        );
        // A percentage change without its ends, against the row's two periods (61.4 percent).
        check(
            &format!(
                "Apricots gained 27 trucks, a rise of about 40 percent in a week.\n\n{arrivals}"
            ),
            &["Arithmetic: about 40 percent"],
        );
        check(
            &format!(
                "Apricots gained 27 trucks, a rise of about 61 percent in a week.\n\n{arrivals}"
            ),
            &[],
        );
    }

    #[test]
    fn transposed_digits_of_a_cell() {
        let income = "Income (Rs million)\n\n| Item | FY2024 | FY2025 |\n|---|---|---|\n| Fees on auctions | 164 | 137 |\n| Rent | 38 | 41 |\n";
        check(
            &format!("Fee income fell to Rs 173 million in 2024-25.\n\n{income}"),
            &["TextVsTable: Rs 173 million"],
        );
        // The same digits for another year than the column's, or with no word of the row: no slip.
        check(
            &format!("Fee income fell to Rs 173 million in 2021-22.\n\n{income}"),
            &[],
        );
        check(
            &format!("Staff costs fell to Rs 173 million in 2024-25.\n\n{income}"),
            &[],
        );
    }

    #[test]
    fn a_swapped_figure_whose_row_its_sentence_names() {
        let goods = "| Goods found | kg | USD |\n|---|---|---|\n| Raisins | 8,000 | 10,000 |\n| Dried figs | 400 | 3,600 |\n";
        check(
            &format!(
                "The hidden dried figs, at USD 9 per kg, are worth USD 6,300 in all.\n\n{goods}"
            ),
            &["TextVsTable: USD 6,300"],
        );
        check(
            &format!(
                "The hidden dried figs, at USD 9 per kg, are worth USD 3,600 in all.\n\n{goods}"
            ),
            &[],
        );
    }

    #[test]
    fn two_swapped_digits_need_the_row_and_the_column_named() {
        let exports = "| Exports, US$ million | FY2024 | FY2025 |\n|---|---|---|\n| Rice | 198 | 212 |\n| Cement | 71 | 64 |\n";
        check(
            &format!("Cement exports slipped to US$ 46 million in FY2025.\n\n{exports}"),
            &["TextVsTable: US$ 46 million"],
        );
        // No row named, or another year: two digits meet by chance.
        check(
            &format!("Exports of tiles slipped to US$ 46 million in FY2025.\n\n{exports}"),
            &[],
        );
        check(
            &format!("Cement exports stood at US$ 46 million in FY2021.\n\n{exports}"),
            &[],
        );
        // A row of a year, named by the figure's year, and its column by a word.
        let closures =
            "| Year | Trucks a day | Days closed |\n|---|---|---|\n| 2024 | 820 | 46 |\n";
        check(
            &format!("In 2024 the crossing was closed for 64 days.\n\n{closures}"),
            &["TextVsTable: 64"],
        );
        check(
            &format!("In 2023 the crossing was closed for 64 days.\n\n{closures}"),
            &[],
        );
        // A column that names only its year says nothing of the figure's noun.
        let sales = "| Dealers in | 2024 | 2025 |\n|---|---|---|\n| Dasht-e Archi | 40 | 46 |\n| Kalafgan | 25 | 32 |\n";
        check(
            &format!("Kalafgan took 23 hullers in 2025.\n\n{sales}"),
            &["TextVsTable: 23"],
        );
        check(
            &format!("Kalafgan took 32 hullers in 2025.\n\n{sales}"),
            &[],
        );
        check(
            &format!("Kalafgan took 23 hullers in 2023.\n\n{sales}"),
            &[],
        );
    }

    #[test]
    fn one_figure_for_two_fields_and_a_part_for_its_whole() {
        check(
            "**Answered:** 318. **Skipped:** 318 (routed past the question).",
            &["NumberReuse: 318. **Skipped:** 318"],
        );
        check("**Answered:** 318. **Skipped:** 82.", &[]);
        check(
            "The firm runs 57 buses. Of these, 57 buses serve the border route, which is 70.2 percent of the fleet.",
            &["NumberReuse: 57 buses. Of these, 57"],
        );
        check(
            "The firm runs 57 buses. Of these, 40 buses serve the border route, which is 70.2 percent of the fleet.",
            &[],
        );
    }

    #[test]
    fn new_verbs_and_clock_times() {
        check(
            "Prices sagged from Rs 7,200/- to Rs 7,900/- per maund.",
            &["Direction: sagged from Rs 7,200/- to Rs 7,900"],
        );
        check(
            "Prices sagged from Rs 7,900/- to Rs 7,200/- per maund.",
            &[],
        );
        check(
            "Traffic grew from 140 trucks by 10:00 to 140 trucks by 10:00, officials said.",
            &["Garbled: grew from 140 trucks by 10:00 to 140"],
        );
        check(
            "Traffic grew from 140 trucks by 10:00 to 190 trucks by 13:00, officials said.",
            &[],
        );
        // "nosedived" falls; "took off" rises, right before its "from", and "off" alone says nothing.
        check(
            "Applications nosedived from 9,800 in 2023 to 13,600 in 2024.",
            &["Direction: nosedived from 9,800 in 2023 to 13,600"],
        );
        check(
            "Applications nosedived from 13,600 in 2023 to 9,800 in 2024.",
            &[],
        );
        check(
            "Shipments took off from 27,300 tonnes in August to 22,800 tonnes in September.",
            &["Direction: off from 27,300 tonnes in August to 22,800"],
        );
        check(
            "Shipments took off from 22,800 tonnes in August to 27,300 tonnes in September.",
            &[],
        );
        check("Arrivals dropped off from 500 in May to 300 in June.", &[]);
        // More verbs of the seventeenth set's kind, each read right before its "from".
        for (text, flagged) in [
            (
                "Requests withered from 4,800 in 2024 to 6,200 in 2025.",
                true,
            ),
            (
                "Requests withered from 6,200 in 2024 to 4,800 in 2025.",
                false,
            ),
            (
                "Certificates tailed off from 1,240 in FY2024 to 1,530 in FY2025.",
                true,
            ),
            (
                "Certificates tailed off from 1,530 in FY2024 to 1,240 in FY2025.",
                false,
            ),
            (
                "Containers mushroomed from 38,400 in FY2024 to 31,700 in FY2025.",
                true,
            ),
            (
                "Closures faded from 18 in December 2024 to 41 in January 2025.",
                true,
            ),
            (
                "Exports lifted from 9.6 million in FY2024 to 8.1 million in FY2025.",
                true,
            ),
            (
                "Exports lifted from 8.1 million in FY2024 to 9.6 million in FY2025.",
                false,
            ),
        ] {
            let findings = audit(
                text,
                &AuditConfig::for_pair(Pair {
                    first: "PAK".to_string(),
                    second: "AFG".to_string(),
                }),
            );
            assert_eq!(
                findings
                    .iter()
                    .any(|f| f.check == crate::CheckKind::Direction),
                flagged,
                "{text}: {findings:?}"
            );
        }
    }

    #[test]
    fn correct_texts_a_review_wrote_against_the_new_rules() {
        // Each of these is correct; each would have been flagged by a rule as first written.
        let clean = [
            // A count column beside a share column; a growth rate with a share's digits swapped.
            "| Crossing | Trucks | Share (%) |\n|---|---|---|\n| Torkham | 412 | 61.2 |\n| Chaman | 198 | 29.4 |\n| Ghulam Khan | 63 | 9.4 |\n\nTruck traffic at Torkham was 14.2 percent lower than in the same week of 2024.",
            "Exports by product, FY2024 (USD million)\n\n| Product | Exports |\n|---|---|\n| Rice | 312 |\n| Cement | 148 |\n| Sugar | 96 |\n| Other | 764 |\n\nPakistan's exports to Afghanistan came to USD 1.32 billion in FY2024.",
            "| Product | Share of exports (%) |\n|---|---|\n| Rice | 31.4 |\n| Cement | 12.6 |\n| Sugar | 9.8 |\n| Other | 46.2 |\n\nPakistan's exports to Afghanistan grew 13.4 percent in FY2024.",
            "Trade with Afghanistan (USD million)\n\n| Year | Exports | Imports |\n|---|---|---|\n| FY2022 | 1,198 | 681 |\n| FY2023 | 1,023 | 618 |\n\nImports from Iran, by contrast, rose to USD 861 million in FY2023.",
            "Exports (USD million)\n\n| Product | FY2023 | FY2024 |\n|---|---|---|\n| Rice | 312 | 365 |\n| Cement | 118 | 96 |\n\nRice exports to Afghanistan fetched USD 312 million in FY2023, while Afghanistan's rice imports from all other suppliers came to USD 321 million.",
            // Two columns that are no periods; a change reaching back before the table; another
            // measure of a named row; a generic label.
            "| Crossing | Outbound | Inbound |\n|---|---|---|\n| Torkham | 1,340 | 610 |\n| Chaman | 520 | 480 |\n\nOutbound traffic at Torkham fell from 1,340 trucks in March to 900 in April.",
            "| Crossing | 2023 | 2024 |\n|---|---|---|\n| Torkham | 1,150 | 980 |\n| Chaman | 640 | 510 |\n\nTorkham's traffic fell from 1,500 trucks a day before the 2021 takeover to 980 in 2024.",
            "| Crossing | 2023 | 2024 |\n|---|---|---|\n| Torkham | 980 | 1,150 |\n| Chaman | 640 | 510 |\n\nCustoms receipts at Torkham posted growth of 31 percent in 2024 as valuations were raised.",
            "| Crossing | 2023 | 2024 |\n|---|---|---|\n| Torkham | 1,150 | 980 |\n| Other | 85 | 120 |\n\nWholesale flour prices in other markets saw a rise of 9 percent over the same period.",
            // One clock time on two days, or in two months.
            "The queue went from 212 trucks at 18:00 on Sunday to 212 trucks at 18:00 on Monday.",
            "Average queues went from 212 trucks at 11:00 in May to 212 trucks at 11:00 in June, despite the extra scanners.",
            // A cumulative column with 100.0 in the total row.
            "| Code | Crossing | n | Percent | Cum. % |\n|---|---|---|---|---|\n| 1 | Torkham | 212 | 57.0 | 57.0 |\n| 2 | Chaman | 118 | 31.7 | 88.7 |\n| 3 | Other | 42 | 11.3 | 100.0 |\n| | Total | 372 | 100.0 | 100.0 |\n",
            // Parts of a whole that the sentence does not say make it.
            "Two-way trade fell from USD 2.4 billion to USD 1.9 billion, and of the total, USD 1.1 billion was Pakistani exports.",
            "Torkham handled USD 800 million and Chaman USD 300 million of the total of USD 1.6 billion, the rest moving through Ghulam Khan and Angoor Adda.",
            "Exports to Afghanistan were USD 61 million in July and USD 61 million in August, against an annual total of USD 700 million in FY2024.",
            "Some 320 families returned through Torkham and 180 families through Chaman, a total of 2,950 people.",
            "Some 500 families returned through Torkham and 500 families through Chaman, a total of 6,300 people.",
            "In the morning 120 trucks crossed at Torkham and 95 trucks at Chaman; by evening customs had recorded a total of 410 crossings.",
            // Fields that may well be equal; "of these" after another count.
            "**Respondents:** 372 · **Valid answers:** 372 · **Missing:** 0",
            "Sanctioned posts: 124. Filled posts: 124.",
            "Torkham cleared 84 trucks on Monday. On Tuesday 130 trucks arrived; of these, 84 trucks were cleared and the rest waited overnight.",
            // Words of change in another sense.
            "Afghan customs duties follow a sliding scale from 5 percent to 25 percent of the declared value.",
            "Smuggling boomed while recorded flour exports to Afghanistan went from 300,000 tonnes to 120,000 tonnes.",
            "Even as the rupee rallied the landed cost of Afghan coal went from Rs 31,500 to Rs 28,000 a tonne.",
            "After the floodwaters receded the number of trucks on the Chaman road went from 150 to 420 a day.",
            "Since the republic collapsed the number of Afghan students in Pakistan went from 1,200 to 3,100.",
            "As fighting escalated daily crossings at Chaman went from 1,800 to 600.",
        ];
        for text in clean {
            check(text, &[]);
        }
    }

    #[test]
    fn the_pairs_own_instruments_named_with_a_third_country() {
        check(
            "Goods move duty-free through Karachi under the Chile–Afghanistan Transit Trade Agreement of 2010.",
            &["Scope: Chile–Afghanistan Transit Trade Agreement of 2010"],
        );
        check(
            "Goods move duty-free through Karachi under the Afghanistan–Pakistan Transit Trade Agreement of 2010.",
            &[],
        );
        // A kind of body other pairs have too: the pair's only where the paragraph names the other.
        check(
            "The Kenya–Afghanistan Joint Economic Commission meets in Islamabad next spring.",
            &["Scope: Kenya–Afghanistan Joint Economic Commission"],
        );
        check(
            "The Uzbekistan–Afghanistan Joint Economic Commission met in Tashkent.",
            &[],
        );
    }

    #[test]
    fn fiscal_years_with_a_dash_months_and_sentences_after_a_bold_heading() {
        // "FY 2023–24" is a fiscal year, not a count of 24 that splits the change.
        check(
            "Storage revenue shrank from Rs 310 million in FY 2023–24 to Rs 356 million in FY 2024–25.",
            &["Direction: shrank from Rs 310 million in FY 2023–24 to Rs 356 million"],
        );
        // The same value at the same month of the same year.
        check(
            "The fee went from Rs 900 per truck in May 2025 to Rs 900 per truck in May 2025, traders said.",
            &["Garbled: from Rs 900 per truck in May 2025 to Rs 900"],
        );
        check(
            "The fee went from Rs 900 per truck in May 2024 to Rs 900 per truck in May 2025, traders said.",
            &[],
        );
        // A sentence repeated right after a bold heading that ends in a full stop.
        check(
            "**Finding 3: Storage.** The cold store ran short of pallets in the first week of the season. The cold store ran short of pallets in the first week of the season.",
            &[
                "Garbled: The cold store ran short of pallets in the first week of the season. The cold store ran short of pallets in the first week of the season.",
            ],
        );
    }

    #[test]
    fn parts_after_of_these_and_shares_in_brackets() {
        // A part with no noun of its own given its whole's figure.
        check(
            "The new shed has 12 loading docks, of which 12 were working; the remaining three lack ramps.",
            &["NumberReuse: 12 loading docks, of which 12"],
        );
        // Two parts written alike that do not make their whole; parts that do are clean.
        check(
            "The desk received 51 complaints. Of these, 22 are open and 22 are closed.",
            &["NumberReuse: 22 are open and 22"],
        );
        check(
            "The desk received 44 complaints. Of these, 22 are open and 22 are closed.",
            &[],
        );
        // One sum with two different shares of one whole.
        check(
            "- trucks, Rs 36 million (40 percent);\n- software, Rs 36 million (25 percent);\n",
            &["NumberReuse: Rs 36 million (40 percent);\n- software, Rs 36 million"],
        );
        check(
            "- trucks, Rs 36 million (40 percent);\n- software, Rs 36 million (40 percent);\n",
            &[],
        );
    }

    #[test]
    fn sums_and_shares_of_a_list() {
        // Shares item by item that add up to more than the whole; the item whose share is off.
        check(
            "- Tents: Rs 30.0 million (60%)\n- Blankets: Rs 12.5 million (35%)\n- Stoves: Rs 7.5 million (15%)\n",
            &["Arithmetic: Rs 12.5 million (35%"],
        );
        check(
            "- Tents: Rs 30.0 million (60%)\n- Blankets: Rs 12.5 million (25%)\n- Stoves: Rs 7.5 million (15%)\n",
            &[],
        );
        // The sentence after a list says what its items add up to.
        let uses = "- Rs 700 million for a warehouse;\n- Rs 300 million for scanners;\n- Rs 200 million for a yard.\n\n";
        check(
            &format!("{uses}The three items add up to the full amount of Rs 1,300 million."),
            &[
                "Arithmetic: Rs 700 million for a warehouse;\n- Rs 300 million for scanners;\n- Rs 200 million for a yard.\n\nThe three items add up to the full amount of Rs 1,300 million",
            ],
        );
        check(
            &format!("{uses}The three items add up to the full amount of Rs 1,200 million."),
            &[],
        );
        // Stages named by their number are no figures: "from 500 in Year 1 to 1,600 in Year 2".
        check(
            "Trips would rise from 500 in Year 1 to 1,600 in Year 2, an increase of 320 percent.",
            &["Arithmetic: 320 percent"],
        );
    }

    #[test]
    fn borders_with_states_the_country_does_not_border() {
        check(
            "The Durand Line today forms Norway's border with Afghanistan.",
            &["Scope: Norway's border with Afghanistan"],
        );
        check(
            "The Durand Line today forms Pakistan's border with Afghanistan; Iran's border with Afghanistan runs west of it.",
            &[],
        );
        check(
            "The estate lies 48 km from the Afghan–Danish border at Torkham.",
            &["Scope: Afghan–Danish border"],
        );
        check(
            "Trucks wait at the Afghan–Pakistani border and at the Afghan–Iranian border.",
            &[],
        );
    }

    #[test]
    fn shares_after_a_unit_or_in_words_and_one_period_written_twice() {
        check(
            "The board recommends a final dividend of Rs 2.00 per share (20 percent), making a total for the year of Rs 2.00 per share (35 percent).",
            &[
                "NumberReuse: Rs 2.00 per share (20 percent), making a total for the year of Rs 2.00",
            ],
        );
        check(
            "Of 500,000 returnees, about three in five of them, 301,000, crossed at Torkham; about one in three, 301,000, crossed at Chaman.",
            &["NumberReuse: 301,000, crossed at Torkham; about one in three, 301,000"],
        );
        check(
            "Of 500,000 returnees, about three in five of them, 301,000, crossed at Torkham; about one in three, 165,000, crossed at Chaman.",
            &[],
        );
        // One value, written two ways, for one week.
        check(
            "Arrivals rose from 3,200 head in the week to 7 June to 3.2 thousand in the week to 7 June.",
            &["Garbled: rose from 3,200 head in the week to 7 June to 3.2 thousand"],
        );
        // A word with other senses, right before "from".
        check(
            "Average waiting mounted from 30 hours in May to 22 hours in June.",
            &["Direction: mounted from 30 hours in May to 22"],
        );
    }

    #[test]
    fn correct_texts_a_third_review_wrote_against_the_rules_of_the_sixteenth_round() {
        let clean = [
            // An average both ways; a series of years against last year's two-way trade.
            "Torkham handled 1,200 trucks on Monday and 1,100 on Tuesday, an average of 1,150 a day both ways.",
            "Recorded trade between the two countries was USD 2.5 billion in 2011 and USD 1.9 billion in 2017; last year it came to USD 1.6 billion in both directions.",
            // The busiest days picked out of a week's total; a national total beside bilateral flows.
            "The busiest days were Monday, with 420 families, and Tuesday, with 380 families; in total 2,600 families crossed at Torkham that week.",
            "FY2023 at a glance: exports to Afghanistan, USD 0.9 billion; imports from Afghanistan, USD 0.6 billion; total exports to the world, USD 27.7 billion.",
            // A figure set against last year's; "all 14 of them" restating the whole.
            "The Peshawar registration office recorded 420 births in March, against 420 in March 2024, and 1,150 births in all over the first quarter.",
            "Police arrested 14 suspects, all 14 of them Afghan nationals, and recovered 3 weapons.",
            // An adjective of another noun before "Z noun, up from X"; a currency that crashed.
            "Lower visa fees drew 318 applicants, up from 227 a year earlier.",
            "The rupee crashed from 180 to 300 against the dollar between January 2022 and September 2023.",
            // A unit's two names.
            "The Durand Line runs for 2,640 km. Pakistan says it has now fenced almost all 2,640 kilometres of it.",
            // A row's word in another sentence of the paragraph.
            "Trucks cleared at Torkham in March 2025, by cargo\n\n| Cargo | Trucks |\n|---|---|\n| Coal | 312 |\n| Fresh fruit | 226 |\n| Cement | 184 |\n\nCoal was hit hardest by the new weighbridge rules. On the last day of the month, 132 loaded trucks were still waiting for clearance.",
            // Third states near a crossing, correctly: soldiers in the years before 2021, mediators, an
            // operator and a charity named after a state, goods landed at Karachi, a table and a heading.
            "Between 2007 and 2011, Canadian soldiers at Spin Boldak mentored the Afghan Border Police.",
            "After the October 2025 ceasefire brokered by Qatar and Türkiye, border officials at Torkham let returning Afghans through while trade stayed suspended.",
            "On the Pakistani side, drivers rely on China Mobile's network in Landi Kotal and Torkham, sold under the Zong brand.",
            "Qatar Charity staff in Chaman distributed winter kits to 600 returnee families.",
            "Second-hand cars imported from Japan through Torkham are landed at Karachi and trucked north under transit bond.",
            "| Donor | Project | Year |\n|---|---|---|\n| Japan | Customs post at Torkham | 2019 |\n",
            "### Japan\n\nCustoms officials at Torkham were trained by the mission.",
        ];
        for text in clean {
            check(text, &[]);
        }
        // Two sides joined, and the pair's other country given a clause of its own.
        check(
            "Pakistan and Afghanistan trade through Torkham. In 2021 Islamabad and Tashkent signed a transit trade agreement, and Afghanistan agreed to let the trucks cross its territory.",
            &[],
        );
        check(
            "Pakistan and Afghanistan trade through Torkham. The accord between Afghanistan and Tajikistan lets Afghan trucks cross Pakistani territory.",
            &["Scope: Afghanistan and Tajikistan"],
        );
        // A third state's side of a crossing; goods bound by road for a state no road reaches.
        check(
            "Snow still blocks the highway on the Tunisian side of Torkham, so drivers should expect delays.",
            &["Scope: Tunisian side of Torkham"],
        );
        check(
            "Snow still blocks the highway on the Afghan side of Torkham, so drivers should expect delays.",
            &[],
        );
        check(
            "The unit certified consignments to Peru by road through Torkham and Chaman.",
            &["Scope: Peru by road through Torkham"],
        );
        check(
            "The unit certified consignments to Uzbekistan by road through Torkham.",
            &[],
        );
        check(
            "Second-hand cars from Japan bound for Kabul are trucked through Torkham.",
            &[],
        );
        // A crossing at the start of a text or a line, with no words before it.
        check("Torkham reopened on Monday.", &[]);
        check("Trade\nTorkham\nChaman reopened.", &[]);
        // One state at two crossings is one slip.
        check(
            "Cover lapses for cargo held at Romania's customs posts at Torkham and Chaman.",
            &["Scope: Romania's customs posts at Torkham"],
        );
    }

    #[test]
    fn correct_texts_a_second_review_wrote_against_the_newer_rules() {
        let clean = [
            // Rates in brackets, and a nested list of shares of their parents.
            "Daily throughput at the main crossings, March 2025:\n- Torkham: 1,100 trucks a day (85% of capacity)\n- Chaman: 600 trucks a day (70% of capacity)\n- Ghulam Khan: 150 trucks a day (40% of capacity)\n",
            "Bilateral trade in FY2024:\n- Exports to Afghanistan: US$ 1.4 billion (64%)\n  - Food items: US$ 0.6 billion (43%)\n  - Manufactures: US$ 0.8 billion (57%)\n- Imports from Afghanistan: US$ 0.8 billion (36%)\n",
            // "a total of" after a list, about something else.
            "Families returning through Torkham last week:\n- Monday: 420 families\n- Tuesday: 380 families\n- Wednesday: 510 families\n\nOfficials said the buses carried a total of 6,200 people.",
            "- Torkham: 850 trucks\n- Chaman: 600 trucks\n- Ghulam Khan: 150 trucks\n\nNew customs guidelines cap clearance at a total of 2,000 trucks a day.",
            // One figure, two shares of two wholes the text states.
            "Of the 2,000 trucks that crossed at Torkham last week, 600 (30%) carried coal; at Chaman, where 1,500 crossed, 600 (40%) did.",
            // "Of these" after a count of vehicles or places; a third kind named next.
            "A total of 450 families returned on 30 buses. Of these, 30 were headed by women, or 6.7 percent of the families.",
            "The desk at Torkham received 40 complaints from traders in 9 districts in May. Of these, 20 are open and 20 are closed.",
            "Customs held 60 consignments at Torkham last week. Of these, 20 were exports and 20 imports. The other 20 were Afghan transit cargo.",
            // Two digits of another thing than the column counts.
            "| Days closed | 2023 | 2024 |\n|---|---|---|\n| Torkham | 21 | 46 |\n| Chaman | 33 | 58 |\n\nAt Torkham in 2024, 64 trucks of Afghan grapes were turned back at the gate.",
            // History, another pair's agreement, a neighbour's body on a route to the pair.
            "The Durand Line was drawn in 1893 as British India's border with Afghanistan.",
            "In July 2021 the two governments signed the Pakistan–Uzbekistan Transit Trade Agreement, which lets Uzbek cargo reach Karachi through Afghanistan.",
            "The Afghanistan–Uzbekistan Joint Economic Commission met in Tashkent to discuss the railway from Termez to Peshawar.",
            // A total of head, with a count of crossings in the sentence.
            "Herders drove 4,000 sheep and 5,000 goats through 3 crossings in Kurram last month, a total of 9,000 head.",
        ];
        for text in clean {
            check(text, &[]);
        }
    }

    #[test]
    fn scope_rule() {
        let text = "Pakistan and Afghanistan trade.\nWithout trust between Pakistan and India, no scanner at Torkham helps.";
        check(text, &["Scope: Pakistan and India"]);
        check(
            "Pakistan and Afghanistan trade.\nChina has urged Pakistan and Afghanistan to keep Torkham open.",
            &[],
        );
        check(
            "Pakistan and Afghanistan trade.\nRoutes through Iran bypass Torkham.",
            &[],
        );
        check(
            "Pakistan and Afghanistan trade.\n\nTalks between Pakistan and Iran stalled. Torkham stayed shut.",
            &["Scope: Pakistan and Iran"],
        );
        check(
            "Pakistan and Afghanistan trade at Torkham.\n\nTalks between Pakistan and Iran stalled.",
            &[],
        );
    }

    #[test]
    fn rows_of_months_and_quarters_whole_columns_and_head_nouns() {
        let quarters = "| Quarter | Permits issued | Fees (PKR million) |\n|---|---|---|\n| Q1 2025 | 3,210 | 48 |\n| Q2 2025 | 3,540 | 53 |\n| Q3 2025 | 3,890 | 58 |\n";
        check(
            &format!(
                "{quarters}\nIn the second quarter the office issued 3,740 permits, and the third quarter was busier."
            ),
            &["TextVsTable: 3,740"],
        );
        for clean in [
            "In the second quarter the office issued 3,540 permits.",
            // The first figure takes the quarter named right after it; the second, the bare ordinal.
            "Permits rose from 3,210 in the first quarter to 3,540 in the second.",
            "The office issued 3,740 permits in the fourth quarter.",
            "In the second quarter of FY2026 the office issued 3,740 permits.",
        ] {
            check(&format!("{quarters}\n{clean}"), &[]);
        }
        // A table flattened by PDF extraction, whose rows are months: a year after the month is the
        // label's, and a figure right after a month's name is that month's.
        let months = "Month        Via Ghulam Khan   Via Angoor Adda   Total\nMay 2025             640               310     950\nJun 2025             700               290     990\nTotal              1,340               600   1,940\n";
        check(
            &format!("{months}\nIn June 340 lorries crossed at Angoor Adda."),
            &["TextVsTable: 340"],
        );
        check(
            &format!("{months}\nIn June 290 lorries crossed at Angoor Adda."),
            &[],
        );
        check(
            &format!("{months}\nLorries waited 11 hours in May and 9 in June."),
            &[],
        );
        // A figure for a whole column, against the total row.
        let levels = "| Grade | Men | Women | Total |\n|---|---|---|---|\n| Clerks | 410 | 230 | 640 |\n| Officers | 120 | 40 | 160 |\n| Total | 530 | 270 | 800 |\n";
        check(
            &format!("{levels}\nAcross both grades women numbered 310 on the payroll."),
            &["TextVsTable: 310"],
        );
        for clean in [
            "Across both grades women numbered 270 on the payroll.",
            "Among clerks, women numbered 230.",
            "A year earlier women numbered 310, against 270 in March.",
            "The union says 300 trainees, many of them women, applied this year.",
        ] {
            check(&format!("{levels}\n{clean}"), &[]);
        }
        // The one column of a sum's currency, in a table of one flow; a count named by a stem of
        // its header ("returned" for "Returns"), with its period said further on in its clause.
        let exports = "Exports to Afghanistan by quarter, 2025\n\n| Quarter | Value (USD mn) | Share |\n|---|---|---|\n| Q1 | 241 | 52% |\n| Q2 | 222 | 48% |\n";
        check(
            &format!("{exports}\nIn April–June shipments came to USD 168 million."),
            &["TextVsTable: USD 168 million"],
        );
        check(
            &format!("{exports}\nIn April–June imports came to USD 168 million."),
            &[],
        );
        let returns = "| Period | Returns (persons) |\n|---|---|\n| Jan–Jun 2025 | 212,000 |\n| Jul–Dec 2025 | 188,000 |\n";
        check(
            &format!(
                "{returns}\n2.3 lakh people returned from Pakistan to Afghanistan in January–June 2025."
            ),
            &["TextVsTable: 2.3 lakh"],
        );
        // A row named by its head noun alone.
        let products = "Exports to Afghanistan, in USD million:\n\n| Product | 2023 | 2024 |\n|---|---|---|\n| Basmati rice | 41.2 | 44.0 |\n| Kinnow oranges | 12.5 | 10.1 |\n";
        check(
            &format!("{products}\nIn 2024 oranges fetched USD 12.1 million."),
            &["TextVsTable: USD 12.1 million"],
        );
        check(
            &format!("{products}\nIn 2024 oranges fetched USD 10.1 million."),
            &[],
        );
    }

    #[test]
    fn a_wrong_sub_total_leaves_a_right_total_alone() {
        let table = "USD million          Exports   Imports\nJan-Mar 2025             100        60\nApr-Jun 2025             120        70\nSub-total H1 2025        230       130\nJul-Sep 2025             110        65\nOct-Dec 2025             130        75\nSub-total H2 2025        240       140\nTotal 2025               460       270\n";
        check(
            table,
            &["Arithmetic: Sub-total H1 2025        230       130"],
        );
        // A total that neither its rows nor its sub-totals add up to is flagged.
        check(
            &table.replace("460       270", "480       270"),
            &[
                "Arithmetic: Sub-total H1 2025        230       130",
                "Arithmetic: Total 2025               480       270",
            ],
        );
    }
    #[test]
    fn a_whole_among_its_parts_and_a_count_given_as_money() {
        check(
            "By noon 530 containers waited at the port: 290 for Torkham and 530 for Chaman.",
            &["NumberReuse: 530 containers waited at the port: 290 for Torkham and 530"],
        );
        check(
            "The fund approved loans of PKR 760 million. By June PKR 760 million had been paid out, and PKR 95 million was still pending.",
            &["NumberReuse: PKR 760 million. By June PKR 760 million"],
        );
        check(
            "Members sent 530 containers. All 530 containers crossed at Torkham, and the rest at Chaman.",
            &["NumberReuse: 530 containers. All 530"],
        );
        check(
            "Growers shipped 2.4 million kilograms of cherries, worth USD 2.4 million at the border.",
            &["NumberReuse: 2.4 million kilograms of cherries, worth USD 2.4 million"],
        );
        for clean in [
            "By noon 530 containers waited at the port: 240 for Torkham and 290 for Chaman.",
            "By noon 530 containers waited at the port; all 530 were cleared by night.",
            "Members sent 530 containers. All 530 containers crossed at Torkham.",
            "The fund approved loans of PKR 760 million. By June PKR 665 million had been paid out, and PKR 95 million was still pending.",
            "The fund approved loans of PKR 760 million. By June the PKR 760 million had been paid out in full.",
            "Growers shipped 2.4 million kilograms of cherries, worth USD 3.1 million at the border.",
            "Some 2.4 million people crossed, and aid of about USD 2.4 million was spent.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn an_average_its_sentence_works_out() {
        check(
            "In 2025 the troupe gave 140 shows to 21,000 people, so that each show drew an average audience of about 180.",
            &[
                "Arithmetic: 140 shows to 21,000 people, so that each show drew an average audience of about 180",
            ],
        );
        check(
            "In 2024 the troupe gave 180 shows. In 2025 it gave 140 shows to 21,000 people, so that each show drew an average audience of about 180.",
            &[
                "NumberReuse: 180 shows. In 2025 it gave 140 shows to 21,000 people, so that each show drew an average audience of about 180",
            ],
        );
        for clean in [
            "In 2025 the troupe gave 140 shows to 21,000 people, so that each show drew an average audience of about 150.",
            "In 2025 the troupe gave 140 shows to 21,000 people, an average of 150 per show.",
            // An average of something the sentence does not share out.
            "In 2025 the troupe gave 140 shows to 21,000 people, and each show ran for an average of 45 minutes.",
            // "on average" belongs to the figure before; the one after ends a change.
            "Chaman was shut for 31 days in 2024, and the trucks that cross it each day fell from 610 on average in 2023 to 470.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn the_last_quarter_of_a_table_that_ends_in_december() {
        let table = "| Quarter | Output (tonnes) |\n|---|---|\n| Jan-Mar | 260 |\n| Apr-Jun | 240 |\n| Jul-Sep | 230 |\n| Oct-Dec | 180 |\n\n";
        check(
            &format!("{table}After the closure our output in the last quarter fell to 210 tonnes."),
            &["TextVsTable: 210"],
        );
        check(
            &format!("{table}After the closure our output in the last quarter fell to 180 tonnes."),
            &[],
        );
        // A table that ends before December leaves "the last quarter" open.
        let to_september = "| Quarter | Output (tonnes) |\n|---|---|\n| Jan-Mar | 260 |\n| Apr-Jun | 240 |\n| Jul-Sep | 180 |\n\n";
        check(
            &format!(
                "{to_september}After the closure our output in the last quarter fell to 210 tonnes."
            ),
            &[],
        );
    }

    #[test]
    fn a_balance_whose_flows_leave_their_currency_to_it() {
        check(
            "In 2022 the surplus narrowed to USD 185 million, with exports of 936 million and imports of 741 million.",
            &["Arithmetic: USD 185 million"],
        );
        for clean in [
            "In 2022 the surplus narrowed to USD 195 million, with exports of 936 million and imports of 741 million.",
            // Counts of their own are no sums of money.
            "In 2022 the surplus narrowed to USD 185 million, with exports of 936 million eggs and imports of 741 million bricks.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn a_stated_change_between_two_dated_figures() {
        check(
            "Mills ground 446,000 kilograms in 2024 and 371,000 kilograms in 2025, a fall of 12 percent.",
            &["Arithmetic: 12 percent"],
        );
        check(
            "Mills ground 446,000 kilograms in 2024 and 371,000 kilograms in 2025, a fall of 17 percent.",
            &[],
        );
    }

    #[test]
    fn shares_of_one_whole_that_are_in_places() {
        check(
            "Our members live in three districts: 52 percent are in Swat, 31 percent in Dir and 24 percent in Buner.",
            &["Arithmetic: 52 percent are in Swat, 31 percent in Dir and 24 percent"],
        );
        for clean in [
            "Our members live in three districts: 52 percent are in Swat, 31 percent in Dir and 17 percent in Buner.",
            // Rates of places each of its own whole.
            "Support was 52 percent in Swat, 31 percent in Dir and 24 percent in Buner.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn a_share_of_the_whole_sample_lies_between_its_places() {
        // Places that may not be the whole sample.
        check(
            "Of all adults, 58% lost income: 44% in Sindh and 31% in Punjab.",
            &[],
        );
        check(
            "58% back the talks. Most fear for trade. 58% lost income: 44% in Sindh and 31% in Punjab.",
            &["NumberReuse: 58% back the talks. Most fear for trade. 58%"],
        );
        for clean in [
            "Of all adults, 38% lost income: 44% in Sindh and 31% in Punjab.",
            // Shares of one whole split between places add up to it.
            "Of all arrivals, 75% came through two provinces: 44% in Sindh and 31% in Punjab.",
            // One place named twice splits nothing.
            "Of all adults, 58% lost income: 44% in Sindh and 31% in Sindh's towns.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn ninth_reviews_correct_passages_stay_clean() {
        // Correct passages a reviewer wrote against this stop's rules, each once flagged: a mediator
        // or a trade route said to open a crossing, flows of two partners compared, non-additive
        // columns under a period's row, shares of places that need not be the whole sample, nested
        // or overlapping parts, a change's size of another measure, a part's average, a target.
        for passage in [
            r#"A ceasefire brokered by Qatar reopened Torkham on 2 November 2025, after nearly three weeks in which no trucks crossed between Pakistan and Afghanistan.
"#,
            r#"A new rail link to Uzbekistan opens Torkham to Central Asian freight, Pakistani officials say.
"#,
            r#"Traders who import through Iran shut Chaman's bazaar for a day in protest at the new duties.
"#,
            r#"Talks in Doha mediated by Türkiye reopened Torkham to pedestrians first, and lorries followed a week later.
"#,
            r#"Pakistan Customs seals transit containers headed into Uzbekistan at Torkham, and Afghan officials check the seals at Hairatan.
"#,
            r#"The Pakistan–China Joint Chamber of Commerce hosted the meeting in Lahore.

Traders in both countries, Pakistan and Afghanistan, say the closures of Torkham cost them dearly.
"#,
            r#"Between 2023 and 2024 Afghanistan's exports to Pakistan went from USD 1.3 billion to 1.1 billion, and imports from Uzbekistan from 0.9 billion to 1.2 billion, as Kabul turned north.
"#,
            r#"Between 2023 and 2024 Afghanistan's imports from Pakistan went from 1.1 billion to 0.9 billion dollars, and exports to India from 0.4 billion to 0.5 billion.
"#,
            r#"| Year | Afghan exports to Pakistan (USD million) | Afghan imports from Iran (USD million) |
|---|---|---|
| 2023 | 640 | 1,800 |
| 2024 | 590 | 2,300 |
"#,
            r#"Flour in Peshawar, PKR a bag: Mon 2,380; Tue 2,400; Wed 2,410; Thu 2,430; week 2,405
"#,
            r#"| Quarter | Trucks cleared at Torkham | Median wait (hours) |
|---|---|---|
| Jan–Mar | 38,000 | 14 |
| Apr–Jun | 42,000 | 16 |
| Jul–Sep | 51,000 | 19 |
| Oct–Dec | 29,000 | 31 |
| Year | 160,000 | 18 |
"#,
            r#"| Week ending | Returnees through Torkham | Busiest day |
|---|---|---|
| 2 Nov | 12,300 | 2,400 |
| 9 Nov | 19,400 | 3,900 |
| 16 Nov | 16,800 | 3,100 |
| Three weeks | 48,500 | 3,900 |
"#,
            r#"Trucks a day at the crossings that carry 95% of the trade: Torkham 1,200; Chaman 800; Ghulam Khan 300
"#,
            r#"Across Pakistan, 12% of households said the closure of Torkham had cut their income: 31% in Khyber Pakhtunkhwa and 24% in Balochistan.
"#,
            r#"In our survey of traders, 48% had paid a bribe at a crossing in the past year: 60% for Torkham and 55% for Chaman; at the smaller crossings the figure was much lower.
"#,
            r#"Most refugee families rent: 72 percent live in rented homes in Peshawar, against 65 percent in Quetta and 58 percent in Karachi.
"#,
            r#"The survey covered 4,800 households in Khyber Pakhtunkhwa (1,900 in Peshawar alone) and 2,600 in Balochistan, 7,400 households in all.
"#,
            r#"Pakistan's surplus with Afghanistan was USD 520 million in 2024, while its exports to Central Asia through Afghanistan were 310 million and imports from there 95 million.
"#,
            r#"Pakistan shipped 446,000 tonnes of rice to Afghanistan in 2024 and 371,000 tonnes in 2025, a fall of 9 percent in value as prices rose.
"#,
            r#"Torkham handled 446,000 trucks in 2024 and 371,000 trucks in 2025, down 31 percent on the peak year of 2022.
"#,
            r#"In 2025 the troupe gave 140 shows to 21,000 people, and each show in the refugee villages drew an average audience of about 190.
"#,
            r#"The clinic saw 8,400 patients in 2025 over 60 visiting days, and each day an average of 12 of them were referred to Peshawar.
"#,
            r#"Last year we exported 52,000 tonnes of kinnow to Afghanistan. Of that, 31,000 tonnes went through Torkham, 21,000 tonnes through Chaman and 14,000 tonnes was sold on credit.
"#,
            r#"Our help desk at Torkham has 12 people: 7 who speak Pashto and 8 who speak Dari, as several speak both.
"#,
            r#"We are 15 people this spring: 9 who work in the shop on Kissa Khwani, and 9 who go out to the wedding halls, since some do both.
"#,
            r#"The convoy at Torkham had 28 trucks, and 9 of them were cleared on Monday and 10 on Tuesday. The remaining 9 were cleared on Wednesday.
"#,
            r#"In 2025, 30 of our students sat the matric exam, and 12 of them passed in March and 6 in the July resit. The other 12 will sit it again next year.
"#,
            r#"Of the 6,200 rugs we wove in 2025, 2,500 went to Kabul, 1,200 to Mazar, and 6,200 carried the Afghan weavers' label.
"#,
            r#"| Quarter | Output (tonnes) |
|---|---|
| Jan-Mar | 260 |
| Apr-Jun | 240 |
| Jul-Sep | 230 |
| Oct-Dec | 180 |

Our target for the last quarter had been 220 tonnes, but the closure of Torkham cut supplies.
"#,
            r#"Night markets in Quetta livened in 2024, when power cuts went from 9 hours a day to 4.
"#,
            r#"Talk of closure quietened in 2024, when the Torkham terminal cleared 1,200 trucks a day, against 1,000 the year before.
"#,
        ] {
            check(passage, &[]);
        }
        // Text whose lower case is longer or shorter than itself ("İ", the Kelvin sign) before a
        // flow's preposition once sliced inside a character.
        for passage in [
            r#"| Month | İzmir firms' exports to “Afghanistan” (USD thousand) |
|---|---|
| Jan | 120 |
| Feb | 140 |
"#,
            r#"İİ Pakistan's exports to ’Uzbekistan’ fell from 5 million to 4 million, and imports from Afghanistan from 3 million to 2 million, stored at 290 K.
"#,
            r#"| Year | İİ exports to Türkiye |
|---|---|
| 2024 | 12 |
| 2025 | 14 |
"#,
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn shares_of_that_against_their_whole() {
        check(
            "This year donors gave USD 40,000. Of that, traders in Quetta gave USD 16,000, 40 percent, and traders in Lahore gave USD 10,000, another 40 percent.",
            &["NumberReuse: 40 percent, and traders in Lahore gave USD 10,000, another 40 percent"],
        );
        check(
            "This year donors gave USD 40,000. Of that, traders in Quetta gave USD 16,000, 30 percent.",
            &["Arithmetic: USD 16,000, 30 percent"],
        );
        check(
            "This year donors gave USD 40,000. Of that, traders in Quetta gave USD 16,000, 40 percent, and traders in Lahore gave USD 10,000, another 25 percent.",
            &[],
        );
        // What the whole leaves after a part.
        let note =
            "The mill will pay the sum of USD 50,000, the price of 250 bales at USD 200 a bale.";
        check(
            &format!(
                "{note} Of this sum, USD 15,000, thirty percent of the price, was paid on delivery. The balance of USD 15,000 will be paid in March."
            ),
            &[
                "NumberReuse: USD 15,000, thirty percent of the price, was paid on delivery. The balance of USD 15,000",
            ],
        );
        check(
            &format!(
                "{note} Of this sum, USD 15,000, thirty percent of the price, was paid on delivery. The balance of USD 35,000 will be paid in March."
            ),
            &[],
        );
        // Parts of "those" with no noun of their own.
        check(
            "At the end of the year we had 52. Of those, 14 are under two and 21 are two or three years old; the other 21 are four or five.",
            &["NumberReuse: 21 are two or three years old; the other 21"],
        );
        check(
            "At the end of the year we had 52. Of those, 14 are under two and 21 are two or three years old; the other 17 are four or five.",
            &[],
        );
    }

    #[test]
    fn parts_that_repeat_a_figure_against_their_whole() {
        // Parts in clauses of their own after a colon.
        check(
            "We are 15 people this spring: 9 who work in the shop on Kissa Khwani, and 9 who go out to the halls.",
            &["NumberReuse: 9 who work in the shop on Kissa Khwani, and 9"],
        );
        check(
            "We are 15 people this spring: 10 who work in the shop on Kissa Khwani, and 8 who go out to the halls.",
            &["Arithmetic: 15 people this spring: 10 who work in the shop on Kissa Khwani, and 8"],
        );
        check(
            "We are 15 people this spring: 7 who work in the shop on Kissa Khwani, and 8 who go out to the halls.",
            &[],
        );
        // "N <noun> of it" is a part too, and its whole may stand past a bold lead-in.
        check(
            "**The land.** The seller owns 70 jeribs of land. **What is sold.** He sells 20 jeribs of it. **What is kept.** He keeps the remaining 20 jeribs.",
            &["NumberReuse: 20 jeribs of it. **What is kept.** He keeps the remaining 20"],
        );
        check(
            "**The land.** The seller owns 70 jeribs of land. **What is sold.** He sells 20 jeribs of it. **What is kept.** He keeps the remaining 50 jeribs.",
            &[],
        );
        // The others of a whole given the part's figure.
        check(
            "In 2025, 31 of our students sat the test, and 17 of them passed. The other 17 will sit it again in April.",
            &["NumberReuse: 17 of them passed. The other 17"],
        );
        for clean in [
            "In 2025, 31 of our students sat the test, and 17 of them passed. The other 14 will sit it again in April.",
            "In 2025, 34 of our students sat the test, and 17 of them passed. The other 17 will sit it again in April.",
        ] {
            check(clean, &[]);
        }
        // Parts of "that" past their whole.
        check(
            "Last year we dyed 52,000 metres of cloth. Of that, the tailors took 31,000 metres, the shops 14,000 metres and the schools another 14,000 metres.",
            &["NumberReuse: 14,000 metres and the schools another 14,000"],
        );
        for clean in [
            "Last year we dyed 52,000 metres of cloth. Of that, the tailors took 31,000 metres, the shops 14,000 metres and the schools 7,000 metres.",
            // Parts may leave some of the whole out.
            "Last year we dyed 52,000 metres of cloth. Of that, the tailors took 31,000 metres and the shops 14,000 metres.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn a_whole_opening_its_sentence_or_left_after_a_release() {
        check(
            "Of the 6,200 rugs we wove in 2025, 2,500 went to Kabul, 1,200 to Mazar and 6,200 to dealers in Quetta.",
            &[
                "NumberReuse: 6,200 rugs we wove in 2025, 2,500 went to Kabul, 1,200 to Mazar and 6,200",
            ],
        );
        check(
            "On 3 March 4,700 trucks stood at the depot. Since then 1,300 trucks have been cleared. The remaining 4,700 trucks still pay rent.",
            &[
                "NumberReuse: 4,700 trucks stood at the depot. Since then 1,300 trucks have been cleared. The remaining 4,700",
            ],
        );
        for clean in [
            "Of the 6,200 rugs we wove in 2025, 2,500 went to Kabul, 1,200 to Mazar and 2,500 to dealers in Quetta.",
            "Of the 6,200 rugs we wove in 2025, 2,500 went to Kabul and the rest to Quetta; all 6,200 were sold.",
            "On 3 March 4,700 trucks stood at the depot. Since then 1,300 trucks have been cleared. The remaining 3,400 trucks still pay rent.",
            "On 3 March 4,700 trucks stood at the depot. Drivers have waited for 13 days. The remaining 4,700 trucks still pay rent.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn a_third_state_mission_issuing_the_pair_visas() {
        let pair = "Pakistan and Afghanistan agreed on visa rules.\n\n";
        check(
            &format!(
                "{pair}In May the Austrian embassy in Kabul issued 9,400 visas for travel to Pakistan."
            ),
            &["Scope: Austrian embassy in Kabul"],
        );
        // Two spaces and a curly quote before the mission: the span starts at the word.
        check(
            &format!(
                "{pair}The \u{201c}Austrian  embassy in Kabul\u{201d} issued 9,400 visas for travel to Pakistan."
            ),
            &["Scope: \u{201c}Austrian  embassy in Kabul"],
        );
        check(
            &format!(
                "{pair}Patients travel on medical visas from the Hungarian consulate in Kabul. Pakistan's missions in Afghanistan issued 12,000 medical visas last year."
            ),
            &["Scope: Hungarian consulate in Kabul"],
        );
        for clean in [
            "In May the Pakistani embassy in Kabul issued 9,400 visas for travel to Pakistan.",
            "The German embassy in Islamabad issued 3,100 visas to Afghans resettled in Germany.",
            "The Austrian embassy in Kabul stopped issuing visas in 2021.",
            // A third state's own visas beside the pair's; a mission that says it issues none.
            "The German  embassy in Islamabad issued 3,100 visas to Afghans.",
            "Pakistan's embassy in Kabul issued 31,000 visas between January and March. The Hungarian embassy in Kabul issued 60,000 visas in the same quarter, most of them to students bound for Budapest.",
            "The Austrian embassy in Islamabad reminds its citizens that it cannot issue the visa needed to enter Afghanistan.",
        ] {
            check(&format!("{pair}{clean}"), &[]);
        }
    }

    #[test]
    fn directions_said_by_nouns_and_neutral_verbs_and_products_at_each_point() {
        for (text, expect) in [
            (
                "Members saw a contraction in bookings, with bookings moving from 3,400 in June to 3,900 in July.",
                &[
                    "Direction: contraction in bookings, with bookings moving from 3,400 in June to 3,900",
                ][..],
            ),
            (
                "The tariff has been on an upswing this year, from Rs 950 in March to Rs 870 in June.",
                &["Direction: upswing this year, from Rs 950 in March to Rs 870"][..],
            ),
            (
                "Members saw a contraction in bookings, with bookings moving from 3,900 in June to 3,400 in July.",
                &[][..],
            ),
            (
                "We visited 30 villages and spoke to eight elders at each village, 240 in all.",
                &[][..],
            ),
            // A currency's fall is a rise of its price of a dollar.
            (
                "The rupee plunged from 180 to 300 against the US dollar in eighteen months.",
                &[][..],
            ),
            // A rupee that "fell" while fewer rupees buy a dollar rose: the slip.
            (
                "The rupee fell from 300 to 280 against the dollar in the spring.",
                &["Direction: fell from 300 to 280"][..],
            ),
            // A currency named in another clause makes no rate of a price.
            (
                "As the rupee slid against the dollar, fuel prices fell from Rs 250 to Rs 270 a litre.",
                &["Direction: fell from Rs 250 to Rs 270"][..],
            ),
            (
                "Freight plunged from USD 180 to USD 300 a tonne in eighteen months.",
                &["Direction: plunged from USD 180 to USD 300"][..],
            ),
        ] {
            check(text, expect);
        }
    }

    #[test]
    fn goods_and_people_from_far_states_over_the_pair_border() {
        let pair = "Pakistan and Afghanistan trade.\n\n";
        for (text, expect) in [
            (
                "Most cement sold here is brought in by road from Estonia through Torkham.",
                &["Scope: Estonia through Torkham"][..],
            ),
            (
                "Pilgrims from Senegal who came over the Chaman border stayed a week.",
                &["Scope: Senegal who came over the Chaman"][..],
            ),
            (
                "Our rice is sent to the Netherlands by road through Torkham.",
                &["Scope: Netherlands by road through Torkham"][..],
            ),
            (
                "Cars shipped from Japan to Karachi go on in transit through Torkham to Kabul.",
                &[][..],
            ),
            (
                "Our carpets are trucked through Torkham to dealers in Portugal.",
                &["Scope: Torkham to dealers in Portugal"][..],
            ),
            (
                "Our carpets are trucked through Torkham to dealers in Kazakhstan.",
                &[][..],
            ),
            (
                "The Estonian–Afghan carpet trade through Torkham grew in 2024.",
                &["Scope: Estonian–Afghan"][..],
            ),
            (
                "Cotton from Uzbekistan through Torkham reached Peshawar mills by road.",
                &[][..],
            ),
            (
                "Fertiliser imported from Estonia reached Karachi by sea.",
                &[][..],
            ),
        ] {
            check(&format!("{pair}{text}"), expect);
        }
    }

    #[test]
    fn one_figure_for_a_fiscal_and_a_calendar_year() {
        check(
            "Pakistan's exports to Afghanistan came to USD 1,012 million in FY2024.\n\nIn 2024 exports reached USD 1,012 million, the chamber says.",
            &["Scope: USD 1,012 million"],
        );
        for clean in [
            // Two figures for two periods; one figure for one period twice; a round figure.
            "Pakistan's exports to Afghanistan came to USD 1,012 million in FY2024.\n\nIn 2024 exports reached USD 884 million.",
            "Exports came to USD 1,012 million in FY2024. In FY2024 exports were USD 1,012 million.",
            "Exports were about USD 1 billion in FY2024.\n\nIn 2024 exports reached about USD 1 billion.",
            "Exports came to USD 1,012 million in FY2020.\n\nIn 2024 exports reached USD 1,012 million.",
        ] {
            check(clean, &[]);
        }
    }

    /// Correct passages a fourth review wrote against the rules of the rounds on the seventeenth and
    /// eighteenth sets (rows of months and quarters, column totals, head nouns, a whole among its parts,
    /// a count as money, a third state's mission, goods from far states, direction nouns, currencies).
    #[test]
    fn correct_texts_a_fourth_review_wrote_against_the_rules_of_the_eighteenth_round() {
        let clean = [
            // B1.
            "Permits issued by the Peshawar office, 2025\n\n| Quarter | Permits issued | Fees (PKR million) |\n|---|---|---|\n| Q1 2025 | 3,210 | 48 |\n| Q2 2025 | 3,540 | 53 |\n| Q3 2025 | 3,890 | 58 |\n\nIn the second quarter of 2025 the office issued 3,540 permits, against 3,320 a year earlier.",
            // B2.
            "Loaded trucks leaving Pakistan, by crossing\n\n| Month | Via Torkham | Via Chaman |\n|---|---|---|\n| Jul 2025 | 2,310 | 560 |\n| Aug 2025 | 2,480 | 530 |\n| Sep 2025 | 2,260 | 610 |\n\nIn August 3,010 trucks crossed at Torkham and Chaman together.",
            // B3.
            "Pakistan's trade with Afghanistan by calendar quarter (USD million)\n\n| Quarter | Exports | Imports |\n|---|---|---|\n| Q1 2024 | 228 | 141 |\n| Q2 2024 | 236 | 139 |\n\nExports to Afghanistan reached USD 243 million in the first quarter of 2024-25.",
            // B4.
            "Loaded trucks by month\n\n| Month | Via Torkham | Via Chaman |\n|---|---|---|\n| Jan 2025 | 2,510 | 560 |\n| Feb 2025 | 2,380 | 540 |\n| Mar 2025 | 2,650 | 610 |\n\nHaji Gul Jan, who runs a clearing agency in Landi Kotal, says his firm moved 2,300 trucks through Torkham last year.",
            // B5.
            "Loaded trucks crossing at Torkham, by month\n\n| Month | Trucks 2024 | Trucks 2025 |\n|---|---|---|\n| Jul | 2,140 | 2,310 |\n| Aug | 2,260 | 2,480 |\n| Sep | 2,090 | 2,260 |\n\nIn August 2023, 2,050 trucks crossed at Torkham, fewer than in the same month of either year that followed.",
            // B6.
            "Afghan children enrolled in community schools, 2025\n\n| District | Girls | Boys | Total |\n|---|---|---|---|\n| Khyber | 1,420 | 1,610 | 3,030 |\n| Peshawar | 1,480 | 1,730 | 3,210 |\n| Total | 2,900 | 3,340 | 6,240 |\n\nMost of the girls are young: 2,400 were in primary grades.",
            // B7.
            "Afghan returnees treated at two border clinics, January–June 2025\n\n| Clinic | Women | Men | Total |\n|---|---|---|---|\n| Torkham | 1,160 | 740 | 1,900 |\n| Chaman | 980 | 520 | 1,500 |\n| Total | 2,140 | 1,260 | 3,400 |\n\nThe clinics began as a pilot project in the previous year. During the pilot phase they treated 1,850 women.",
            // B8.
            "Afghans returning from Pakistan, October 2025\n\n| Crossing | Returnees | Deportees |\n|---|---|---|\n| Torkham | 31,200 | 9,800 |\n| Chaman | 12,600 | 3,900 |\n| Total | 43,800 | 13,700 |\n\nOver the same month 39,500 returnees crossed from Iran at Islam Qala.",
            // B9.
            "Pakistan's exports to Afghanistan by product (USD million)\n\n| Product | 2023 | 2024 |\n|---|---|---|\n| Rice | 96.4 | 108.7 |\n| Wheat | 41.0 | 52.3 |\n| Sugar | 38.5 | 29.9 |\n\nAfghanistan also bought wheat from Kazakhstan worth USD 61 million in 2024.",
            // B10.
            "Pakistan's fruit exports to Afghanistan (USD million)\n\n| Product | 2024 | 2025 |\n|---|---|---|\n| Fresh fruit | 79.6 | 88.0 |\n| Dried fruit | 16.2 | 14.0 |\n\nIn 2025 fruit exports to Afghanistan earned USD 102 million in all.",
            // B11.
            "Clearances at the Karachi transit terminal averaged 530 containers a month in the second quarter: 530 in April, 610 in May and 450 in June.",
            // B12.
            "The 2022 floods damaged 212 schools in Khyber district. All 212 have since been repaired, and the remaining funds will go to clinics.",
            // B13.
            "The provincial fund for refugee-hosting districts received PKR 760 million in FY2024. The FY2025 budget kept the allocation at PKR 760 million, of which PKR 95 million remains undisbursed.",
            // B14.
            "Japan's USD 1.2 million grant to UNICEF paid for 1.2 million doses of measles-rubella vaccine for children in Khyber Pakhtunkhwa's border districts.",
            // B15.
            "Pakistan's embassy in Kabul issued 31,000 visas between January and March. The Iranian embassy in Kabul issued 60,000 visas in the same quarter, most of them to pilgrims travelling to Mashhad.",
            // B16.
            "The Canadian High Commission in Islamabad reminds its citizens that it cannot issue the visa needed to enter Afghanistan; Canadians must apply to an Afghan mission.",
            // B17.
            "After the June 2022 earthquake in Paktika, food aid from Japan was trucked through Torkham to Jalalabad and on to Khost.",
            // B18.
            "In late 2021 several hundred Afghans on their way to Germany crossed via Torkham and flew out of Islamabad.",
            // B19.
            "After the fare hike the number of passengers on the Kabul bus went from 1,200 a week to 950.",
            // B20.
            "Cash dealings among Peshawar's money changers declined, with traders moving from 35 percent of payments through banks in 2022 to 60 percent in 2024.",
        ];
        for text in clean {
            check(text, &[]);
        }
    }

    #[test]
    fn one_figure_for_two_of_the_pair_places() {
        check(
            "Ghulam Khan cleared 6,140 trucks in March and Angoor Adda 6,140.",
            &["NumberReuse: 6,140 trucks in March and Angoor Adda 6,140"],
        );
        for clean in [
            "Ghulam Khan cleared 6,140 trucks in March and Angoor Adda 2,310.",
            "Ghulam Khan and Angoor Adda each cleared 6,140 trucks in March.",
            "Ghulam Khan cleared 6,140 trucks in March; Angoor Adda also cleared 6,140.",
            "Ghulam Khan cleared 6,140 trucks in March, and the 6,140 trucks paid Rs 12 million in fees.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn idioms_of_direction_a_part_as_many_as_its_whole_and_goods_over_a_crossing() {
        for (text, expect) in [
            (
                "Ticket sales headed south, from 3,100 in May to 3,900 in June.",
                &["Direction: south, from 3,100 in May to 3,900"][..],
            ),
            (
                "Freight rates went through the roof, from USD 900 in 2023 to USD 700 in 2024.",
                &["Direction: through the roof, from USD 900 in 2023 to USD 700"][..],
            ),
            (
                "The clinic saw a collapse in the number of patients, from 210 in 2024 to 260 in 2025.",
                &["Direction: collapse in the number of patients, from 210 in 2024 to 260"][..],
            ),
            (
                "Ticket sales headed south, from 3,900 in May to 3,100 in June.",
                &[][..],
            ),
            (
                "The union had 4,310 members in March.\n\nSince then recruitment has been slow. By June 4,310 of them were drivers.",
                &[
                    "NumberReuse: 4,310 members in March.\n\nSince then recruitment has been slow. By June 4,310",
                ][..],
            ),
            (
                "The union had 4,310 members in March. That makes 4,310 in all, with Peshawar alone accounting for 2,150 of them.",
                &[][..],
            ),
        ] {
            check(text, expect);
        }
        check(
            "Pakistan and Afghanistan trade.\n\nThe mill's cloth is trucked to Bolivia over Torkham.",
            &["Scope: Bolivia over Torkham"],
        );
        check(
            "Pakistan and Afghanistan trade.\n\nOur stock goes to clinics in Paraguay that we reach by truck through Chaman.",
            &["Scope: Paraguay that we reach by truck through Chaman"],
        );
        check(
            "Pakistan and Afghanistan trade.\n\nOur stock goes to clinics in Kandahar that we reach by truck through Chaman.",
            &[],
        );
        check(
            "2025 was a record year for our sales, with units moving from 84,000 in 2024 to 71,500 in 2025.",
            &[
                "Direction: record year for our sales, with units moving from 84,000 in 2024 to 71,500",
            ],
        );
        check(
            "2025 was a record year for our sales, with units moving from 71,500 in 2024 to 84,000 in 2025.",
            &[],
        );
    }

    /// Correct passages a fifth review wrote against the rules of the round on the nineteenth set
    /// (one figure at two crossings, parts of a year, "N of them", two terms for one period, idioms of
    /// direction, table notes, attributions).
    #[test]
    fn correct_texts_a_fifth_review_wrote_against_the_rules_of_the_nineteenth_round() {
        let clean = [
            // B1.
            "Pakistani customs at Chaman logged 1,960 trucks leaving on 14 March, and the Afghan customs house at Spin Boldak logged 1,960 arriving. Officials said the queue had cleared by nightfall.",
            // B2.
            "On Tuesday Pakistani officials at Torkham counted 2,310 outbound cargo trucks. Nangarhar's customs directorate, on the Afghan side of the crossing, reported 2,310 inbound trucks for the day.",
            // B3.
            "Torkham cleared 1,240 loaded trucks bound for Jalalabad on Tuesday, and on Wednesday 1,240 came back empty to collect fresh cargo.",
            // B4.
            "The traders' sit-in closed the Chaman crossing for 14 days in October, and shopkeepers in Qilla Abdullah kept their markets shut for 14 days in solidarity.",
            // B5.
            "Pakistan's exports to Afghanistan reached USD 112.4 million in June 2024. June was the last month of FY2023-24, and its exports of USD 112.4 million were the highest of any month that fiscal year.",
            // B6.
            "Pakistan's exports to Afghanistan by quarter, 2025\n\n| Quarter | Value (USD mn) |\n|---|---|\n| Q1 | 298 |\n| Q2 | 252 |\n| Q3 | 241 |\n| Q4 | 276 |\n\nAfghan transit cargo cleared through Karachi in April–June was valued at USD 236 million.",
            // B7.
            "Pakistan–Afghanistan trade by quarter, 2025 (USD million)\n\n| Quarter | Exports | Imports |\n|---|---|---|\n| Q1 | 340 | 182 |\n| Q2 | 252 | 171 |\n\nIn January–March food exports alone reached USD 231 million as the kinnow season peaked and shipments eased in April–June.",
            // B8.
            "| Period | Assisted returns (persons) |\n|---|---|\n| Jan–Jun 2024 | 8,930 |\n| Jul–Dec 2024 | 6,410 |\n\nIn January–June 2024 a further 10,400 Afghans returned on their own, without the cash grant.",
            // B9.
            "UNHCR verified 2,870 PoR card holders at the Azakhel centre in May. By the end of June, 2,870 of them had received renewed cards, completing the exercise.",
            // B10.
            "Officials at Torkham registered 1,450 returnees on Monday. The crowd at Chaman was far larger, and officials there said 1,450 of them were children under five.",
            // B11.
            "The number of loaded trucks heading north from Chaman to Kandahar went from 1,400 a day in March to 900 in April after the new document rules took effect.",
            // B12.
            "In Kabul flour prices went through the roof and depot sales went from 5,200 bags a week in May to 3,100 in June as families cut back.",
            // B13.
            "Enrolment of Afghan students in Pakistani universities after the collapse of the republic went from 5,800 in 2021 to 7,200 in 2023.",
            // B14.
            "Under the TIR convention, a consignment of Pakistani rice was trucked to Azerbaijan over Torkham, crossing Afghanistan and Turkmenistan before the Caspian ferry to Baku.",
            // B15.
            "About 1.3 million registered Afghan refugees held PoR cards, UNHCR data (2023) show, while the agency's broader count of refugees and people in refugee-like situations stood near 2 million.",
            // extra.
            "Table 2. Registered Afghan refugees, end-2021 a/\n\n| Country | Persons |\n|---|---|\n| Pakistan | 1,490,562 |\n\na/ UNHCR, registered refugees, 31 December 2021.\n\nTable 5. Registered Afghan refugees, end-2023 a/\n\na/ UNHCR, Global Trends 2023, end-2023 figures.\n\nThe register then held 1,987,717 registered Afghan refugees (a/).",
        ];
        for text in clean {
            check(text, &[]);
        }
    }

    #[test]
    fn rules_learned_from_the_twentieth_set() {
        // A change's size is no row's level; a flow after "than" is compared with, not stated.
        let districts = "| District | Teams | Animals vaccinated |\n|---|---|---|\n| Zhob | 4 | 10,200 |\n| Loralai | 3 | 8,100 |\n";
        check(
            &format!("{districts}\nThe rise of 11,300 came mostly from Zhob."),
            &[],
        );
        // An addition, a floor a cell just above meets, a span of years.
        check(
            &format!("{districts}\nTwo new teams would reach about 9,000 more animals in Zhob."),
            &[],
        );
        check(
            &format!("{districts}\nZhob climbed past 10,100 animals for the first time."),
            &[],
        );
        check(
            "| Year | Exports | Imports |\n|---|---|---|\n| 2022 | 936 | 741 |\n| 2024 | 884 | 540 |\n\nImports fell faster than exports, from US$ 741 million in 2022 to US$ 540 million in 2024.",
            &[],
        );
        // Two small counts of two things a few sentences apart.
        check(
            "The guild has 36 member workshops in Wazirabad. Most make kitchen knives. Exports are booked through agents in Peshawar. Each week 36 trucks leave for Torkham.",
            &[
                "NumberReuse: 36 member workshops in Wazirabad. Most make kitchen knives. Exports are booked through agents in Peshawar. Each week 36",
            ],
        );
        // Idioms and nouns of direction.
        for (text, expect) in [
            (
                "Our sales lost their footing in 2024, going from 9,100 units in 2023 to 9,900 units.",
                &["Direction: footing in 2024, going from 9,100 units in 2023 to 9,900"][..],
            ),
            (
                "Kettle orders all but dried up in 2025, going from 31 in 2024 to 47 in 2025.",
                &["Direction: up in 2025, going from 31 in 2024 to 47"][..],
            ),
            (
                "Our flagging kettle sales, which went from 310 in 2024 to 470 in 2025, surprised us.",
                &["Direction: flagging kettle sales, which went from 310 in 2024 to 470"][..],
            ),
            (
                "Kettle sales were on the mend in 2025, going from 470 in 2024 to 310 in 2025.",
                &["Direction: mend in 2025, going from 470 in 2024 to 310"][..],
            ),
            (
                "In 2024 our sales gathered pace, from 9,900 units in 2023 to 9,100 in 2024.",
                &["Direction: pace, from 9,900 units in 2023 to 9,100"][..],
            ),
            (
                "Kettles made a quick comeback, with sales moving from 4,400 in 2024 to 3,900 in 2025.",
                &["Direction: comeback, with sales moving from 4,400 in 2024 to 3,900"][..],
            ),
            (
                "2025 was a lean year for our trade, with pieces sold to dealers going from 3,900 in 2024 to 4,400 in 2025.",
                &[
                    "Direction: lean year for our trade, with pieces sold to dealers going from 3,900 in 2024 to 4,400",
                ][..],
            ),
        ] {
            check(text, expect);
        }
    }

    #[test]
    fn parts_of_a_year_set_against_another_captions_columns_and_heads_of_counts() {
        let months = "Arrivals of dried apricots at the Quetta market, 2025\n\n| Month | Tonnes | Value (Rs m) |\n|---|---|---|\n| Aug 2025 | 410 | 180.4 |\n| Sep 2025 | 700 | 315.0 |\n";
        // The month after "above" is the one the figure is set against, not its own.
        check(
            &format!("September arrivals of 800 tonnes were far above August.\n\n{months}"),
            &["TextVsTable: 800"],
        );
        check(
            &format!("September arrivals of 700 tonnes were far above August.\n\n{months}"),
            &[],
        );
        // A count of what the caption counts: its "Total" column, or its one count column.
        let calls = "Calls answered by the rescue post, by month\n\n| Month | Fires | Rescues | Total |\n|---|---|---|---|\n| Jan 2025 | 20 | 24 | 44 |\n| Feb 2025 | 22 | 30 | 52 |\n";
        check(
            &format!("The post answered 61 calls in February.\n\n{calls}"),
            &["TextVsTable: 61"],
        );
        check(
            &format!("The post answered 52 calls in February.\n\n{calls}"),
            &[],
        );
        let crates = "Crates of apricots sent to Kabul, by quarter\n\n| Quarter | Units (thousand) | Value (Rs m) |\n|---|---|---|\n| Q2 2025 | 40 | 18.0 |\n| Q3 2025 | 52 | 23.4 |\n";
        check(
            &format!("In the third quarter we sent 58 thousand crates.\n\n{crates}"),
            &["TextVsTable: 58 thousand"],
        );
        check(
            &format!("In the third quarter we sent 52 thousand crates.\n\n{crates}"),
            &[],
        );
        // "35 of them women" counts women, and so is no count of health posts.
        check(
            "The clinic trained 80 nurses in 2025, 35 of them women from Kurram. The board thanked the tutors. The nurses now serve 35 health posts along the border.",
            &[
                "NumberReuse: 35 of them women from Kurram. The board thanked the tutors. The nurses now serve 35",
            ],
        );
        check(
            "The clinic trained 80 nurses in 2025, 35 of them women from Kurram. The board thanked the tutors. The nurses now serve 61 health posts along the border.",
            &[],
        );
        // One first word, two heads.
        check(
            "The depot has 14 loading bays. It keeps 14 loading cranes on its books.",
            &["NumberReuse: 14 loading bays. It keeps 14"],
        );
        check(
            "The depot has 14 loading bays. It keeps 9 loading cranes on its books.",
            &[],
        );
        check(
            "Three trucks of 16,000 kg each were weighed. The weighbridge showed 16,000 kg net for the first.",
            &[],
        );
        // A count smaller than the part is not what "them" counts.
        check(
            "The teams screened 2,150 pupils in 2025. Pupils who failed two tests came to the clinic, and the clinic fitted 2,150 of them with glasses.",
            &[
                "NumberReuse: 2,150 pupils in 2025. Pupils who failed two tests came to the clinic, and the clinic fitted 2,150",
            ],
        );
        check(
            "The teams screened 2,150 pupils in 2025. Pupils who failed two tests came to the clinic, and the clinic fitted 310 of them with glasses.",
            &[],
        );
    }

    #[test]
    fn unions_far_buyers_crossings_between_non_neighbours_and_goods_into_the_coast() {
        // A crossing "from" one state "into" another joins neighbours only.
        check(
            "Since 1979, when the first families crossed from Afghanistan into Bangladesh, the province has shared its bread with them.",
            &["Scope: from Afghanistan into Bangladesh"],
        );
        check(
            "Most of these cucumbers crossed from Uzbekistan into Pakistan at Torkham.",
            &["Scope: from Uzbekistan into Pakistan"],
        );
        // A crossing named for two states that share no border.
        check(
            "The Pakistan–Kazakhstan Crossings (Perishable Goods) Order, 2025 lets fruit trucks go first.",
            &["Scope: Pakistan–Kazakhstan Crossing"],
        );
        check(
            "The Afghanistan–Iran crossing at Islam Qala stayed open.",
            &[],
        );
        for clean in [
            "Since 1979, when the first families crossed from Afghanistan into Iran, the province has shared its bread with them.",
            "Most of these cucumbers crossed from Afghanistan into Pakistan at Torkham.",
            "The money crossed from Afghanistan into Bangladesh through banks.",
        ] {
            check(clean, &[]);
        }
        // A union no road through the crossing reaches, as the end of goods sent through it.
        check(
            "Afghanistan takes most of our output. Pakistan's carpet sales to the African Union by road through Torkham rose in 2025.",
            &["Scope: African Union by road through Torkham"],
        );
        check(
            "Afghanistan takes most of our output. Pakistan's carpet sales to Afghan wholesalers by road through Torkham rose in 2025.",
            &[],
        );
        // Goods cleared at the crossing for buyers in a far state.
        check(
            "The desk logs the crates of glassware cleared at Chaman for buyers in Chile each week.",
            &["Scope: Chaman for buyers in Chile"],
        );
        check(
            "The desk logs the crates of glassware cleared at Chaman for buyers in Kandahar each week.",
            &[],
        );
        // Two states that share no border do not cross between each other.
        check(
            "Kuchi herders cross between Afghanistan and Nepal with their flocks each spring.",
            &["Scope: between Afghanistan and Nepal"],
        );
        check(
            "Kuchi herders cross between Afghanistan and Pakistan with their flocks each spring.",
            &[],
        );
        // Goods that enter the coastal country over the crossing come from the landlocked side.
        check(
            "Dried figs were carried into Pakistan from Peru over Torkham in October.",
            &["Scope: Peru over Torkham"],
        );
        check(
            "Dried figs were carried into Pakistan from Kazakhstan over Torkham in October.",
            &[],
        );
        check(
            "Dried figs were carried into Afghanistan from Peru in transit over Torkham in October.",
            &[],
        );
    }

    #[test]
    fn correct_texts_a_sixth_review_wrote_against_the_rules_of_the_twenty_second_round() {
        let clean = [
            "Quetta market arrivals of dried apricots reached 700 tonnes in September, well above August.\n\n| Month | Tonnes | Value (Rs m) |\n|---|---|---|\n| Aug 2025 | 410 | 180.4 |\n| Sep 2025 | 700 | 315.0 |\n",
            "At 410 tonnes, August arrivals were below July and well below September.\n\n| Month | Tonnes |\n|---|---|\n| Jul 2025 | 520 |\n| Aug 2025 | 410 |\n| Sep 2025 | 700 |\n",
            "The rescue post answered 52 calls in February, 30 of them rescues.\n\nCalls answered by the rescue post, by month\n\n| Month | Fires | Rescues | Total |\n|---|---|---|---|\n| Jan 2025 | 20 | 24 | 44 |\n| Feb 2025 | 22 | 30 | 52 |\n",
            "In March the Chaman clinic saw 1,150 patients, most of them returnees from Karachi.\n\n| Month | Vaccinations given |\n|---|---|\n| Feb 2025 | 940 |\n| Mar 2025 | 1,000 |\n",
            "In March 1,150 trucks crossed Torkham in both directions.\n\nTrucks cleared at Torkham, by month\n\n| Month | Outbound | Value of exports (USD m) |\n|---|---|---|\n| Feb 2025 | 960 | 41.2 |\n| Mar 2025 | 1,000 | 43.5 |\n",
            "The clinic trained 80 nurses in 2025, 35 of them women from Kurram. Kurram's health office now lists 35 female nurses on its rolls.",
            "The district hospital treated 96 wounded after the clash, 14 of them children. UNICEF confirmed that 14 minors were among the injured.",
            "The programme trained 80 nurses, 41 of them now working in Kurram. Kurram's health office counts 41 nurses from the programme on its staff.",
            "The new Torkham terminal has 12 immigration counters, and the FIA has posted 12 immigration officers, one to each counter.",
            "Inspectors visited 14 border schools in Kurram in May and found all 14 of them short of teachers.",
            "Afghan fresh fruit bound for the GCC is trucked through Torkham to Karachi and shipped on to Jebel Ali.",
            "Raisins cleared at Torkham for buyers in the GCC travel on by sea from Karachi.",
            "Trucks of Afghan grapes waited at Torkham for four days, the Japanese aid agency JICA reported.",
            "Concern from Japan over Torkham's repeated closures was raised with Afghan and Pakistani officials at the 2024 donor meeting.",
            "Under the 2024 pilot, tractor parts were carried into Pakistan from Belarus over Torkham, by rail to Termez and by truck through Afghanistan.",
            "Kuchi herders cross between Afghanistan and Pakistan each spring, and some cross between Afghanistan and Tajikistan in the Pamirs.",
            "Wooden dhows still cross between Pakistan and Oman, carrying dates from Muscat to Gwadar.",
            "Some 300 Afghans holding visas for Germany crossed with their bags via Torkham in June and flew on from Islamabad.",
            "Traffic fell at both crossings in 2024, with 900 trucks a day at Torkham compared with 760 at Chaman.",
            "Export earnings rose in 2024 on higher prices, with 1,420 trucks against 1,860 in 2023.",
        ];
        for text in clean {
            check(text, &[]);
        }
    }

    #[test]
    fn another_rows_figure_a_sales_total_and_sides_named_in_other_ways() {
        // The figure is the table's, but another half's.
        let halves = "Chocolate sold to Afghan wholesalers\n\n| Half-year | Tonnes | US$ thousand |\n|---|---|---|\n| H1 2025 | 210 | 880 |\n| H2 2025 | 265 | 1,110 |\n";
        check(
            &format!(
                "In the first half of 2025 we sent 265 tonnes of chocolate to Afghan wholesalers.\n\n{halves}"
            ),
            &["TextVsTable: 265"],
        );
        check(
            &format!(
                "In the first half of 2025 we sent 210 tonnes of chocolate to Afghan wholesalers.\n\n{halves}"
            ),
            &[],
        );
        // Columns that are years all count what the caption counts.
        let years = "**Kilims sold to Afghan buyers, thousand kilims:**\n\n| Month | 2024 | 2025 |\n|---|---|---|\n| Jan | 30 | 41 |\n| Feb | 44 | 52 |\n";
        check(
            &format!(
                "In February 2025 members sold 47 thousand kilims to Afghan buyers.\n\n{years}"
            ),
            &["TextVsTable: 47 thousand"],
        );
        check(
            &format!(
                "In February 2025 members sold 52 thousand kilims to Afghan buyers.\n\n{years}"
            ),
            &[],
        );
        // A year's sales against the total row of a table of that year's products.
        let products = "**Surma sold to Afghan wholesalers, 2025:**\n\n| Product | Thousand jars | Rs million |\n|---|---|---|\n| Black | 120 | 14.4 |\n| Blue | 60 | 9.0 |\n| Total | 180 | 23.4 |\n";
        check(
            &format!("Afghan sales earned Rs 2.43 crore in 2025.\n\n{products}"),
            &["TextVsTable: Rs 2.43 crore"],
        );
        check(
            &format!("Afghan sales earned Rs 2.34 crore in 2025.\n\n{products}"),
            &[],
        );
        check(
            &format!("Black surma earned Rs 14.4 million in 2025.\n\n{products}"),
            &[],
        );
        // The pair's adjective first, then a third state's.
        check(
            "Afghanistan buys most of it. The Pakistani–Ghanaian shoe trade through Torkham grew in 2025.",
            &["Scope: Pakistani–Ghanaian"],
        );
        // A crossing from a far state into one of the pair at the pair's own crossing.
        check(
            "Our stove consignments cross from Angola into Afghanistan at Torkham every week.",
            &["Scope: Angola into Afghanistan at Torkham"],
        );
        check(
            "Our stove consignments cross from Pakistan into Afghanistan at Torkham every week.",
            &[],
        );
        // A union written in capitals, and trucks that cross for a far state.
        check(
            "Afghanistan is our market. Our fan exports to CARICOM by road through Chaman began in May.",
            &["Scope: CARICOM by road through Chaman"],
        );
        check(
            "The trucks that cross Torkham for Peru carry our rugs.",
            &["Scope: Torkham for Peru"],
        );
    }

    #[test]
    fn capitals_total_columns_year_totals_and_a_column_of_another_unit() {
        // A capital stands for its state at the end of goods' journey through a crossing.
        check(
            "Afghanistan is our main market. Our kettle cartons are trucked from Wazirabad to Lisbon through Torkham.",
            &["Scope: Lisbon through Torkham"],
        );
        check(
            "Afghanistan is our main market. Our kettle cartons are trucked from Wazirabad to Tashkent through Torkham.",
            &[],
        );
        // A "Total" column against the columns of its row.
        let kinds = "| Quarter | Brass (thousand) | Iron (thousand) | Total |\n|---|---|---|---|\n| Q1 2025 | 12 | 30 | 42 |\n| Q2 2025 | 15 | 28 | 45 |\n";
        check(kinds, &["Arithmetic: | Q2 2025 | 15 | 28 | 45 |"]);
        check(&kinds.replace("| 45 |", "| 43 |"), &[]);
        // A year's count against the total row of a table of its quarters.
        let quarters = "**Patients treated, 2025**\n\n| Quarter | Patients | Of whom women |\n|---|---|---|\n| Q1 2025 | 300 | 140 |\n| Q2 2025 | 340 | 150 |\n| Total | 640 | 290 |\n";
        check(
            &format!(
                "The clinic treated 590 patients in 2025, and the second quarter was the busiest.\n\n{quarters}"
            ),
            &["TextVsTable: 590"],
        );
        check(
            &format!(
                "The clinic treated 640 patients in 2025, and the second quarter was the busiest.\n\n{quarters}"
            ),
            &[],
        );
        check(
            &format!("The clinic treated 590 new patients in 2025.\n\n{quarters}"),
            &[],
        );
        // A sum of money that is the row's count of pieces, not its value.
        let value = "Kettles sold to Afghan shops\n\n| Quarter | Pieces (thousand) | Value (Rs m) |\n|---|---|---|\n| Q3 2025 | 44 | 52.8 |\n| Q4 2025 | 61 | 73.2 |\n";
        check(
            &format!("The fourth quarter alone earned Rs 61 million.\n\n{value}"),
            &["TextVsTable: Rs 61 million"],
        );
        check(
            &format!("The fourth quarter alone earned Rs 73.2 million.\n\n{value}"),
            &[],
        );
        // Parts of two quarters said to make a total for the two.
        check(
            "Shops bought 14 thousand kettles in the first quarter and 11 thousand in the second, 27 thousand for the two quarters.",
            &[
                "Arithmetic: 14 thousand kettles in the first quarter and 11 thousand in the second, 27 thousand",
            ],
        );
        check(
            "Shops bought 14 thousand kettles in the first quarter and 11 thousand in the second, 25 thousand for the two quarters.",
            &[],
        );
        // A percentage after a change, made its size by the comparative after it.
        check(
            "The club grew from 60 members at the end of 2024 to 75 at the end of 2025, 30.0 percent more.",
            &["Arithmetic: 30.0 percent"],
        );
        check(
            "The club grew from 60 members at the end of 2024 to 75 at the end of 2025, 25.0 percent more.",
            &[],
        );
    }

    #[test]
    fn adjectives_of_far_states_road_from_a_port_year_totals_wrong_years_and_parts_by_sex() {
        // "Lebanese" from "Lebanon", at a crossing of the pair.
        check(
            "Afghanistan buys our rope. Lebanese customs at Torkham cleared 118 trucks of it in 2025.",
            &["Scope: Lebanese customs at Torkham"],
        );
        // A port the goods leave by road is no sea leg; one they are shipped from is.
        check(
            "Afghanistan buys our frames. Road freight from Karachi to Valletta through Chaman takes four days.",
            &["Scope: Valletta through Chaman"],
        );
        check(
            "Afghanistan buys our frames. Cartons shipped from Karachi to Valletta go through Chaman first.",
            &[],
        );
        // "for the year" is the caption's year; "Rs m" is millions of rupees.
        let quarters = "Table A. Sales by quarter, 2025

Quarter    Pieces (lakh)    Sales (Rs m)
Q1 2025               45            27.0
Q2 2025               38            22.8
Total                 83            49.8
";
        check(
            &format!(
                "{quarters}
Sales to Afghan shops for the year came to Rs 59.8 million."
            ),
            &["TextVsTable: Rs 59.8 million"],
        );
        check(
            &format!(
                "{quarters}
Sales to Afghan shops for the year came to Rs 49.8 million."
            ),
            &[],
        );
        // A row's cell of another year given for this one.
        let kinds = "**Pairs sold to Afghan wholesalers, thousand**\n\n| Kind | 2024 | 2025 |
|---|---|---|
| Plastic frames | 180 | 205 |
| Metal frames | 64 | 58 |
";
        check(
            &format!(
                "{kinds}
Metal frames accounted for 64 thousand pairs in 2025."
            ),
            &["TextVsTable: 64 thousand"],
        );
        check(
            &format!(
                "{kinds}
Metal frames accounted for 64 thousand pairs in 2024."
            ),
            &[],
        );
        // A table captioned as one of the pair's trade with a third, whose figures the prose gives
        // as the pair's.
        let table = "**Table 1. Pakistan–Cyprus trade, US$ million**\n\n| Year | Exports | Imports |\n|---|---|---|\n| 2020 | 942 | 509 |\n| 2021 | 828 | 552 |\n";
        check(
            &format!(
                "{table}\nPakistan's exports to Afghanistan fell from US$ 942 million to US$ 828 million."
            ),
            &["Scope: **Table 1. Pakistan–Cyprus trade, US$ million**"],
        );
        check(
            &format!(
                "{table}\nPakistan's exports to Cyprus fell from US$ 942 million to US$ 828 million."
            ),
            &[],
        );
        // Or the paragraph after the table reads it as the pair's, naming no third.
        check(
            &format!(
                "{table}\n**Reading the table.** Exports to Afghanistan never regained their 2020 level."
            ),
            &["Scope: **Table 1. Pakistan–Cyprus trade, US$ million**"],
        );
        check(
            &format!(
                "{table}\n**Reading the table.** Unlike exports to Afghanistan, exports to Cyprus held up."
            ),
            &[],
        );
        // People whose home the words put in a far state, going there by the pair's crossing.
        check(
            "Pakistan hosts them. Eleven families went home to Haiti in the autumn, crossing at Torkham with what they could carry.",
            &["Scope: Haiti in the autumn, crossing at Torkham"],
        );
        check(
            "Pakistan hosts them. Eleven families went home to Afghanistan in the autumn, crossing at Torkham with what they could carry.",
            &[],
        );
        // A third state's border at the pair's crossing, and a province of the pair given to a third.
        check(
            "Afghanistan buys our plates. From Narowal to the Gabonese border at Torkham is about 640 kilometres.",
            &["Scope: Gabonese border at Torkham"],
        );
        check(
            "Afghanistan buys our plates. From Narowal to the Afghan border at Torkham is about 640 kilometres.",
            &[],
        );
        check(
            "Pakistan buys the root. It grows in the hills around Qalat, in Guatemala's Zabul province.",
            &["Scope: Guatemala's Zabul"],
        );
        check(
            "Pakistan buys the root. It grows in the hills around Qalat, in Afghanistan's Zabul province.",
            &[],
        );
        // A far union as a side, a way "by way of" the crossing, and goods bought from a far state.
        check(
            "Afghanistan is our market. Pairs crossing at Torkham come under a quota agreed between ECOWAS and Pakistan.",
            &["Scope: ECOWAS and Pakistan"],
        );
        check(
            "Afghanistan is our market. Trucks leave Kamoke for Mozambique by way of Torkham every Thursday.",
            &["Scope: Mozambique by way of Torkham"],
        );
        check(
            "Afghanistan is our market. Trucks leave Kamoke for Kabul by way of Torkham every Thursday.",
            &[],
        );
        check(
            "Afghanistan grows it. The tears that reach Peshawar through Torkham are bought from Malawian growers.",
            &["Scope: Torkham are bought from Malawian"],
        );
        check(
            "Afghanistan grows it. The tears that reach Peshawar through Torkham are bought from Afghan growers.",
            &[],
        );
        check(
            "*Asia Briefing. Kabul/Islamabad/Brussels.*\n\nTrade between Pakistan and Afghanistan fell at Torkham.",
            &[],
        );
        // Swapped digits of a "Total" column the caption names, and of a quarter named in words.
        let districts = "Table 1. Children treated in 2025, by home district\n\n| District | Girls | Boys | Total |\n|---|---|---|---|\n| Mansehra | 28 | 36 | 64 |\n| Abbottabad | 15 | 23 | 38 |\n| Total | 43 | 59 | 102 |\n";
        check(
            &format!(
                "{districts}\nAbbottabad district sent 83 children, most of them from the villages."
            ),
            &["TextVsTable: 83"],
        );
        check(
            &format!(
                "{districts}\nAbbottabad district sent 38 children, most of them from the villages."
            ),
            &[],
        );
        let quarters = "Table 1. Filters installed, 2025\n\n| Quarter | Filters installed | People served |\n|---|---|---|\n| Q1 2025 | 150 | 1,050 |\n| Q2 2025 | 260 | 1,820 |\n| Total | 410 | 2,870 |\n";
        check(
            &format!("{quarters}\nIn the first quarter the masons installed 510 filters."),
            &["TextVsTable: 510"],
        );
        check(
            &format!("{quarters}\nIn the first quarter the masons installed 150 filters."),
            &[],
        );
        // An index on a base year against the figures it is made of.
        check(
            "Members sold 2,310 tonnes in 2025 and 1,980 tonnes in 2024; taking 2024 as 100, sales stood at 136.7 in 2025.",
            &["Arithmetic: 136.7"],
        );
        check(
            "Members sold 2,310 tonnes in 2025 and 1,980 tonnes in 2024; taking 2024 as 100, sales stood at 116.7 in 2025.",
            &[],
        );
        check(
            "Members sold 1,980 tonnes in 2024. In 2025 they sold 2,310 tonnes; the index (2024 = 100) stood at 136.7 in 2025.",
            &["Arithmetic: 136.7"],
        );
        check(
            "Members sold 1,980 tonnes in 2024. In 2025 they sold 2,310 tonnes; the index (2024 = 100) stood at 116.7 in 2025.",
            &[],
        );
        // A part described by a phrase, and a group of the whole's kind that names none of it.
        check(
            "The centre saw 720 children in 2025, 430 of them from Afghan refugee families. Demand still outruns what three therapists can do: 430 children are on the waiting list.",
            &[
                "NumberReuse: 430 of them from Afghan refugee families. Demand still outruns what three therapists can do: 430",
            ],
        );
        check(
            "The centre saw 720 children in 2025, 430 of them from Afghan refugee families. The 430 refugee children came from 12 camps.",
            &[],
        );
        // What the clause "Of the X," before a figure names is what it counts.
        check(
            "We fitted 126 braces in 2025. Of the children we treated, 126 came from refugee families.",
            &["NumberReuse: 126 braces in 2025. Of the children we treated, 126"],
        );
        check(
            "We treated 126 children in 2025. Of the children we treated, 126 were under two.",
            &[],
        );
        check(
            "The cooperative sells to 27 traders in Kabul. Of the traders, 27 buy every month.",
            &[],
        );
        // A part of a stated whole is no slip for a cell with its digits swapped.
        let samovars = "Table 1. Samovars sold, 2025\n\n| Quarter | Samovars |\n|---|---|\n| Q3 2025 | 1,500 |\n| Q4 2025 | 2,400 |\n| Total | 3,900 |\n";
        check(
            &format!(
                "{samovars}\nIn the fourth quarter steel samovars made up 4,200 of the 6,000 sold."
            ),
            &[],
        );
        check(
            &format!("{samovars}\nIn the fourth quarter we sold 4,200 samovars."),
            &["TextVsTable: 4,200"],
        );
        // Another row's cell of the column given to the row the sentence names.
        let crossings = "Table 1. Gur shipments by crossing, 2024\n\n| Crossing | Tonnes | Share (%) |\n|---|---|---|\n| Torkham | 6,240 | 65.0 |\n| Chaman | 3,360 | 35.0 |\n| Total | 9,600 | 100.0 |\n";
        check(
            &format!(
                "{crossings}\nShipments for Kandahar went through Chaman, which handled 6,240 tonnes over the year."
            ),
            &["TextVsTable: 6,240"],
        );
        check(
            &format!(
                "{crossings}\nShipments for Kandahar went through Chaman, which handled 3,360 tonnes over the year."
            ),
            &[],
        );
        // A row's figure for the year named right after it, from another year's column.
        let kinds = "**Afghan sales by product, tonnes**\n\n| Product | 2024 | 2025 |\n|---|---|---|\n| Dumbbells | 96 | 120 |\n| Kettlebells | 24 | 30 |\n";
        check(
            &format!(
                "{kinds}\nKettlebells are new: clubs took 30 tonnes of them in 2024 and more again in 2025."
            ),
            &["TextVsTable: 30"],
        );
        check(
            &format!(
                "{kinds}\nKettlebells are new: clubs took 24 tonnes of them in 2024 and more again in 2025."
            ),
            &[],
        );
        // A figure whose own words name no year, in a sentence of the caption's one year.
        let months = "Table 1. Watermelons received, 2025\n\n| Month | Trucks | Tonnes |\n|---|---|---|\n| June 2025 | 180 | 3,600 |\n| July 2025 | 210 | 4,200 |\n| Total | 390 | 7,800 |\n";
        check(
            &format!(
                "{months}\nThe 2025 season brought us 390 trucks with 7,200 tonnes of watermelons."
            ),
            &["TextVsTable: 7,200"],
        );
        check(
            &format!(
                "{months}\nThe 2025 season brought us 390 trucks with 7,800 tonnes of watermelons."
            ),
            &[],
        );
        // A level carried into the start of a later change is one figure, not two.
        check(
            "The club ended 2023 with 38 members. In 2024 the roll went from 38 judoka to 35.",
            &[],
        );
        // A size in words before the change, with its years between; fractions of one whole.
        check(
            "Our intake rose by half between 2023 and 2024, from 60 trainees to 84.",
            &["Arithmetic: half"],
        );
        check(
            "Our intake rose by half between 2023 and 2024, from 60 trainees to 90.",
            &[],
        );
        check(
            "Of the 3,150 tonnes we bought, half was thick root, two-fifths medium root and a fifth thin pieces.",
            &["Arithmetic: half was thick root, two-fifths medium root and a fifth"],
        );
        check(
            "Of the 3,150 tonnes we bought, half was thick root, three-tenths medium root and a fifth thin pieces.",
            &[],
        );
        // A figure under ten given to two plural things close together, not to a span of time.
        check(
            "The clinic's 6 physiotherapists work in two shifts. Patients are treated in 6 rooms.",
            &["NumberReuse: 6 physiotherapists work in two shifts. Patients are treated in 6"],
        );
        check(
            "The works sells to 9 distributors in Afghanistan. Trucks took 9 days to reach Kabul.",
            &[],
        );
        check(
            "The clinic's 6 physiotherapists work in two shifts. The clinic opened in 2019. It is run by a trust. It is open on Fridays. Patients are treated in 6 rooms.",
            &[],
        );
        // Two shares said to make up one whole; a balance "ahead by".
        check(
            "Black cumin made up 39 percent of the quarter's arrivals and white cumin 71 percent.",
            &["Arithmetic: 39 percent of the quarter's arrivals and white cumin 71 percent"],
        );
        check(
            "Black cumin made up 39 percent of the quarter's arrivals and white cumin 61 percent.",
            &[],
        );
        check(
            "Exports of US$ 1,012 million against imports of US$ 690 million left Pakistan ahead by US$ 422 million.",
            &["Arithmetic: US$ 422 million"],
        );
        check(
            "Exports of US$ 1,012 million against imports of US$ 690 million left Pakistan ahead by US$ 322 million.",
            &[],
        );
        // Boys and girls make the players.
        check(
            "In 2025 the club had 48 boys and 19 girls, 76 players in all.",
            &["Arithmetic: 48 boys and 19 girls, 76"],
        );
        check(
            "In 2025 the club had 48 boys and 19 girls, 67 players in all.",
            &[],
        );
    }

    #[test]
    fn a_measure_of_one_item_given_again_as_the_size_of_a_group() {
        check(
            "# Kite club notes\n\n**Kites.** Each kite flies on a 30-metre line. Keep the spools dry.\n\n**Flyers.** Our 30 boys fly on Fridays.",
            &["NumberReuse: 30-metre line. Keep the spools dry.\n\n**Flyers.** Our 30"],
        );
        check(
            "A tray holds 30 eggs a layer. The 30 families in the scheme each keep six hens.",
            &["NumberReuse: 30 eggs a layer. The 30"],
        );
        // Two groups of one size, or two measures of items, are the other rules' or none.
        check(
            "Each kite flies on a 30-metre line. Every spool holds 30 metres of spare line.",
            &[],
        );
        check(
            "The club has 30 boys and 30 girls, who fly on alternate Fridays.",
            &[],
        );
    }

    #[test]
    fn a_title_figure_the_body_gives_otherwise() {
        check(
            "# Walnut exports to Afghan buyers reach 2,450 tonnes\n\nMembers shipped 2,250 tonnes of walnuts to Afghan buyers in 2025, up from 1,900 tonnes.",
            &["TextVsTable: 2,450"],
        );
        check(
            "# Walnut exports to Afghan buyers reach 2,250 tonnes\n\nMembers shipped 2,250 tonnes of walnuts to Afghan buyers in 2025, up from 1,900 tonnes.",
            &[],
        );
        // A body figure for something the title does not name, however near.
        check(
            "# Walnut exports to Afghan buyers reach 2,450 tonnes\n\nThe cold store held 2,250 tonnes at its peak.",
            &[],
        );
    }

    #[test]
    fn the_year_of_the_title_for_the_end_of_the_year() {
        check(
            "# Chess club annual report, 2025\n\nThe club had 54 members at the end of the year. Dues were raised in March. At the year's end we counted 58 members, the most yet.",
            &["TextVsTable: 54"],
        );
    }

    #[test]
    fn the_noun_a_count_counts_ends_at_a_verb_or_a_pronoun() {
        let head = |text: &str| crate::consistency::phrase_head(text);
        assert_eq!(head(" nurses teach each family").as_deref(), Some("nurse"));
        assert_eq!(head(" boards sold to dealers").as_deref(), Some("board"));
        assert_eq!(head(" crates you ordered").as_deref(), Some("crate"));
        assert_eq!(head(" loaded trucks bound for").as_deref(), Some("truck"));
        assert_eq!(head(" customs officers at").as_deref(), Some("officer"));
        assert_eq!(head(" came back empty"), None);
    }

    #[test]
    fn one_of_the_pairs_own_given_in_apposition_to_another_state() {
        check(
            "Our agents in Khost answer on numbers that start with +93, the country code for Tonga.",
            &["Scope: Tonga"],
        );
        check(
            "The parcels went by Kam Air, the flag carrier of Peru, to Herat.",
            &["Scope: Peru"],
        );
        // The pair's own, and a true tie to a far state, are no findings.
        check(
            "Orders come by email to an address ending in .pk, the domain of Pakistan.",
            &[],
        );
        check(
            "Gwadar, the nearest port for Turkmenistan, is still little used.",
            &[],
        );
        // A town's adjective heading a phrase of two words.
        check(
            "The stall sells Peshawari chappals, the sandals of Peru, at fixed prices.",
            &["Scope: Peru"],
        );
    }

    #[test]
    fn a_far_state_counted_from_the_end_of_a_long_name() {
        check(
            "Bring the Proof of Registration card, or the family card, issued by Mongolia's registration office.",
            &["Scope: Mongolia"],
        );
        // Diplomats are visitors.
        check("Envoys of Peru met traders in Jalalabad.", &[]);
    }

    #[test]
    fn a_state_the_iso_list_leaves_out() {
        check(
            "Herders who winter near Jalalabad take their flocks to Kosovo each summer.",
            &["Scope: Kosovo"],
        );
    }

    #[test]
    fn a_running_total_or_a_year_short_of_a_part() {
        let months = "Table 1. Dates bought, 2025\n\n| Month | Tonnes |\n|---|---|\n| July | 40 |\n| August | 60 |\n| September | 50 |\n| Total | 150 |\n\n";
        check(
            &format!("{months}August alone brought 100 tonnes to the packing shed."),
            &["TextVsTable: 100"],
        );
        // Said to run to a date, it is a running total.
        check(
            &format!("{months}By the end of August, 100 tonnes had reached the packing shed."),
            &[],
        );
        let quarters = "Table 1. Looms repaired, 2025\n\n| Quarter | Looms repaired |\n|---|---|\n| Q1 | 300 |\n| Q2 | 320 |\n| Q3 | 350 |\n| Q4 | 410 |\n| Total | 1,380 |\n\n";
        check(
            &format!("In 2025 we repaired 970 looms, our best year.\n\n{quarters}"),
            &["TextVsTable: 970"],
        );
        check(
            &format!("In 2025 we repaired 1,380 looms, our best year.\n\n{quarters}"),
            &[],
        );
    }

    #[test]
    fn a_multiple_said_before_the_figures_it_compares() {
        check(
            "Orders are now one and a half times what they were in 2023: 400 stoves against 200.",
            &["Arithmetic: one and a half times what they were in 2023: 400 stoves against 200"],
        );
        check(
            "Orders are now 1.5 times what they were in 2023: 300 stoves against 200.",
            &[],
        );
        check(
            "Orders are now nearly twice what they were: 380 stoves against 200.",
            &[],
        );
    }

    #[test]
    fn a_far_states_own_thing_where_the_pairs_belongs() {
        check(
            "**Post.** A trader in Khost sent the sample in a cloth bag, franked with Bolivia's stamps and sealed with wax.",
            &["Scope: Bolivia"],
        );
        check(
            "**Calls.** Growers in Nazyan reach us over the mobile network of Paraguay, which covers the whole valley.",
            &["Scope: Paraguay"],
        );
        // Away from the pair's places, or a thing no state has one of, it says nothing.
        check(
            "**Post.** A collector sent us a sheet of Bolivia's stamps for the shop window.",
            &[],
        );
        check(
            "**Post.** A trader in Khost sent the sample in a cloth bag, with a note about Bolivia's mountains.",
            &[],
        );
        // The pair named in the sentence is context enough.
        check(
            "Afghan dealers date their orders by the solar calendar of Bolivia, so convert each date.",
            &["Scope: Bolivia"],
        );
        check(
            "Pakistani engineers compared the solar calendar of Bolivia with their own.",
            &[],
        );
    }

    #[test]
    fn a_running_total_its_parts_do_not_make() {
        check(
            "In March 200 families arrived and in April 300, bringing the total to 560.",
            &["Arithmetic: 200 families arrived and in April 300, bringing the total to 560"],
        );
        check(
            "Some 2,100 pupils enrolled in 2024 and another 2,300 in 2025, bringing the total to 4,900.",
            &[
                "Arithmetic: Some 2,100 pupils enrolled in 2024 and another 2,300 in 2025, bringing the total to 4,900",
            ],
        );
        // Far above its parts, the total holds earlier years.
        check(
            "In March 200 families arrived and in April 300, bringing the total to 4,500.",
            &[],
        );
    }

    #[test]
    fn a_far_states_possessive_on_the_pairs_own() {
        check(
            "Every shop files its sales tax return with Fiji's Federal Board of Revenue each month.",
            &["Scope: Fiji"],
        );
        check(
            "In an accident the scouts call 1122, Fiji's rescue service, before they call us.",
            &["Scope: Fiji"],
        );
        check(
            "Every shop files its sales tax return with the Federal Board of Revenue each month.",
            &[],
        );
        // A state's own post in one of the pair's places.
        check("Fiji's Kabul embassy opened in May.", &[]);
        // In apposition: a far state's thing, then the pair's body of that kind.
        check(
            "Our lamps lit the stations of Fiji's railway, Pakistan Railways, until 1960.",
            &["Scope: Fiji"],
        );
        check(
            "The stall of the Marshall Islands' space agency, SUPARCO, drew the most children.",
            &["Scope: Marshall Islands"],
        );
        check(
            "Our lamps lit the stations of the national railway, Pakistan Railways, until 1960.",
            &[],
        );
        check(
            "Fiji's railway engineers visited Lahore, and Pakistan Railways showed them the yards.",
            &[],
        );
        // A national standards body where the pair's should be.
        check(
            "Before export, Fiji's National Standards Authority in Kabul tested the boiler.",
            &["Scope: Fiji"],
        );
    }

    #[test]
    fn a_measure_with_a_space_before_its_unit_and_a_rate_per_thing() {
        check(
            "A jerrycan holds 20 litres when full. Fill each one at the tap.\n\nWe now deliver to 20 families in the lane.",
            &[
                "NumberReuse: 20 litres when full. Fill each one at the tap.\n\nWe now deliver to 20",
            ],
        );
        check(
            "A hen hatches about nine chicks a clutch. Keep them warm.\n\nIn the village nine women keep hens.",
            &["NumberReuse: about nine chicks a clutch. Keep them warm.\n\nIn the village nine"],
        );
    }

    #[test]
    fn the_start_of_a_change_between_two_named_parts_of_a_year() {
        check(
            "Table 1. Goats sold, 2025\n\n| Quarter | Goats sold |\n|---|---|\n| Q1 | 300 |\n| Q2 | 320 |\n| Q3 | 410 |\n| Total | 1,030 |\n\nSales rose between Q2 2025 and Q3 2025, from 320 goats to 410.",
            &[],
        );
    }

    #[test]
    fn a_sentence_repeated_after_a_lead_of_its_own() {
        check(
            "3. Stack the crates five high on dry boards in the shade. Stack the crates five high on dry boards in the shade. Rain spoils the lids.",
            &[
                "Garbled: 3. Stack the crates five high on dry boards in the shade. Stack the crates five high on dry boards in the shade.",
            ],
        );
        // A sentence that ends as another begins is no copy of it, nor one with a word before it.
        check(
            "Stack the crates five high on dry boards in the shade. Never stack the crates five high on dry boards in the shade.",
            &[],
        );
        check(
            "Never stack the crates five high on dry boards in the shade. Stack the crates five high on dry boards in the shade.",
            &[],
        );
    }

    #[test]
    fn a_change_within_one_numbered_round() {
        check(
            "Cohort 4 trained 60 welders in Jalalabad, up from 60 for cohort 4.",
            &["Garbled: trained 60 welders in Jalalabad, up from 60"],
        );
        check(
            "Cohort 4 trained 60 welders in Jalalabad, up from 52 for cohort 3.",
            &[],
        );
        check(
            "Cohort 4 trained 60 welders in Jalalabad, the same as the 60 of cohort 3.",
            &[],
        );
    }

    #[test]
    fn a_change_between_two_named_rows_gives_each_end_its_row() {
        let table = "| Month, 2025 | Trucks outward | Trucks inward |\n|---|---|---|\n| February | 760 | 280 |\n| June | 1,110 | 460 |\n\n";
        for said in [
            "Outward traffic rose from 760 trucks in February to 1,110 in June.",
            "Outward traffic rose every month from February, from 760 trucks to 1,110 in June.",
        ] {
            check(&format!("{table}{said}"), &[]);
        }
        check(
            &format!("{table}Outward traffic rose from 760 trucks in February to 1,010 in June."),
            &["TextVsTable: 1,010"],
        );
        let crossings = "| Crossing | Tonnes |\n|---|---|\n| Torkham | 40 |\n| Chaman | 60 |\n\n";
        check(
            &format!("{crossings}Loads ranged from 40 tonnes at Torkham to 60 at Chaman."),
            &[],
        );
    }

    #[test]
    fn two_shares_of_a_whole_the_first_names() {
        check(
            "Dealers in Jalalabad took 60 per cent of the year's carts and dealers in Kabul 45 per cent.",
            &["Arithmetic: 60 per cent of the year's carts and dealers in Kabul 45 per cent"],
        );
        for passage in [
            "Dealers in Jalalabad took 60 per cent of the year's carts and dealers in Kabul 40 per cent.",
            "Dealers in Jalalabad sold 60 per cent of their stock and dealers in Kabul 45 per cent.",
            "Girls made 60 per cent of the entrants in Herat and 45 per cent in Kabul.",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn answers_of_a_survey_are_shares_and_quarters_are_no_whole() {
        check(
            "In the fourth quarter 18 percent of traders expected trade to improve, 32 percent expected no change and 55 percent expected it to worsen.",
            &[
                "Arithmetic: 18 percent of traders expected trade to improve, 32 percent expected no change and 55 percent",
            ],
        );
        check(
            "In the fourth quarter 18 percent of traders expected trade to improve, 32 percent expected no change and 50 percent expected it to worsen.",
            &[],
        );
        // Each quarter's shares are its own: the column of one answer makes no whole.
        check(
            "| Quarter, 2025 | Better (%) | Same (%) | Worse (%) |\n|---|---|---|---|\n| Q1 | 38 | 34 | 28 |\n| Q2 | 42 | 33 | 25 |\n| Q3 | 35 | 30 | 35 |\n",
            &[],
        );
    }

    #[test]
    fn a_measure_given_again_as_a_group_past_bold_lead_ins() {
        check(
            "1. Each block weighs 50 kilograms. Never lift one alone.\n\n2. All 50 of us at the plant take the first-aid course.",
            &["NumberReuse: 50 kilograms. Never lift one alone.\n\n2. All 50"],
        );
        check(
            "Each box holds 50 sticks.\n\n**Who.** Women.\n\n**Pay.** Monthly.\n\n**Hours.** Six.\n\n**Leave.** Ten days.\n\n**Where.** You will join the 50 women on the packing floor.",
            &[
                "NumberReuse: 50 sticks.\n\n**Who.** Women.\n\n**Pay.** Monthly.\n\n**Hours.** Six.\n\n**Leave.** Ten days.\n\n**Where.** You will join the 50",
            ],
        );
        check(
            "1. Each block weighs 50 kilograms. Never lift one alone.\n\n2. All 12 of us at the plant take the first-aid course.",
            &[],
        );
    }

    #[test]
    fn parts_after_a_colon_make_the_whole() {
        check(
            "In 2025 we sold 230 pumps to Afghan farmers: 110 for farms in Nangarhar, 60 in Kunar and 40 in Laghman.",
            &[
                "Arithmetic: 230 pumps to Afghan farmers: 110 for farms in Nangarhar, 60 in Kunar and 40",
            ],
        );
        check(
            "In 2025 we sold 230 pumps to Afghan farmers: 110 for farms in Nangarhar, 60 in Kunar and 40 in Laghman, at an average of Rs 950,000 a pump.",
            &[
                "Arithmetic: 230 pumps to Afghan farmers: 110 for farms in Nangarhar, 60 in Kunar and 40",
            ],
        );
        for passage in [
            "In 2025 we sold 210 pumps to Afghan farmers: 110 for farms in Nangarhar, 60 in Kunar and 40 in Laghman.",
            "The team has 12 members: 4 engineers, 3 drivers and 5 guards.",
            // Some picked out, what each did, a series of years, a rate.
            "In 2025 we sold 230 pumps: 110 in Nangarhar and 60 in Kunar were the largest orders.",
            "We visited 40 villages: 12 had clinics and 8 had schools.",
            "We sold 230 pumps: 110 in 2024 and 60 in 2025.",
            "We trained 300 farmers: 10 in each village and 20 in each district.",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn a_balance_written_as_one_of_its_flows() {
        check(
            "Pakistan ran a surplus of USD 344 million with Afghanistan in 2024, on exports of USD 884 million and imports of USD 344 million.",
            &[
                "NumberReuse: USD 344 million with Afghanistan in 2024, on exports of USD 884 million and imports of USD 344 million",
            ],
        );
        check(
            "Pakistan ran a surplus of USD 540 million with Afghanistan in 2024, on exports of USD 884 million and imports of USD 344 million.",
            &[],
        );
    }

    #[test]
    fn one_sum_for_exports_both_ways() {
        check(
            "- Pakistan's exports to Afghanistan, 2024: USD 884 million\n- Afghanistan's exports to Pakistan, 2024: USD 884 million\n",
            &[
                "NumberReuse: USD 884 million\n- Afghanistan's exports to Pakistan, 2024: USD 884 million",
            ],
        );
        check(
            "- Pakistan's exports to Afghanistan, 2024: USD 884 million\n- Afghanistan's exports to Pakistan, 2024: USD 540 million\n",
            &[],
        );
    }

    #[test]
    fn a_flow_given_again_as_two_way_trade() {
        check(
            "Two-way trade was USD 1,731 million in 2019. By 2024 it had come down to a total of USD 1,424 million. In 2024 Pakistan's exports alone came to USD 1,424 million.",
            &[
                "NumberReuse: USD 1,424 million. In 2024 Pakistan's exports alone came to USD 1,424 million",
            ],
        );
        check(
            "In 2024 Pakistan sold Afghanistan goods worth US$ 884 million. Two-way trade that year came to US$ 884 million.",
            &["NumberReuse: US$ 884 million. Two-way trade that year came to US$ 884 million"],
        );
        for passage in [
            "In 2024 Pakistan sold Afghanistan goods worth US$ 884 million. Two-way trade that year came to US$ 1,250 million.",
            "In 2024 Pakistan sold Afghanistan goods worth US$ 884 million. Its trade with Afghanistan came to US$ 884 million.",
            "In 2024 Pakistan sold Afghanistan goods worth US$ 884 million. Two-way trade in 2019 came to US$ 884 million.",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn a_labelled_line_against_a_sentence_that_names_its_label() {
        // A label that is the noun's phrase, closed by its year.
        let card = "- Letters typed in 2025: 3,160\n- Stamp papers sold in 2025: 820\n\n";
        check(
            &format!("{card}In 2025 I typed 3,610 letters for families."),
            &["TextVsTable: 3,610"],
        );
        for clean in [
            format!("{card}In 2025 I typed 3,160 letters for families."),
            format!("{card}In 2024 I typed 3,610 letters for families."),
            format!("{card}In 2025 I wrote 3,610 letters for families."),
            // A number that looks like a year names its row; it is no year of the label.
            "- Village 1999: 40 women\n\nThe 45 women of Village 12 walk far.".to_string(),
        ] {
            check(&clean, &[]);
        }
        check(
            "In Latamber the work is slower. The 15 women of Latamber must walk to the far hills.\n\nThe roll of weavers:\n\n- Togh: 30 women\n- Latamber: 18 women\n",
            &["TextVsTable: 15"],
        );
        check(
            "Torkham was shut to cargo for 46 days in 2024, customs say.\n\nFact box\n\n- Torkham: closed to cargo 41 days\n- Chaman: closed to cargo 12 days\n",
            &["TextVsTable: 46"],
        );
        for passage in [
            "The 18 women of Latamber must walk to the far hills.\n\n- Togh: 30 women\n- Latamber: 18 women\n",
            // A part of the label's whole, another year, a figure far from it, another noun.
            "Of the 18 women of Latamber, 15 women came.\n\n- Togh: 30 women\n- Latamber: 18 women\n",
            "Torkham was shut to cargo for 46 days in 2023.\n\nIn 2024:\n\n- Torkham: closed to cargo 41 days\n",
            "The 5 women of Latamber lead the work.\n\n- Togh: 30 women\n- Latamber: 18 women\n",
            "The 15 looms of Latamber are old.\n\n- Togh: 30 women\n- Latamber: 18 women\n",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn parts_by_month_with_their_noun_left_out() {
        check(
            "The clinics saw 420 cases of acute watery diarrhoea in June, 610 in July, 530 in August and 290 in September, 1,950 cases in all.",
            &[
                "Arithmetic: 420 cases of acute watery diarrhoea in June, 610 in July, 530 in August and 290 in September, 1,950",
            ],
        );
        check(
            "The clinics saw 420 cases of diarrhoea in June, 610 in July, 530 in August and 290 in September, 1,850 cases in all.",
            &[],
        );
        // The scale left out with the noun.
        check(
            "Mills took 41 thousand tonnes in January, 38 in February and 45 in March, 124 thousand tonnes in all.",
            &[],
        );
    }

    #[test]
    fn a_register_on_one_line_against_its_prose_and_its_sum() {
        let register = "Bales pressed by week ending: 4 Mar 1,200; 11 Mar 1,450; 18 Mar 1,310; three weeks 3,960\n\n";
        check(
            &format!("{register}The week ending 11 March was the busiest, with 1,540 bales."),
            &["TextVsTable: 1,540"],
        );
        check(
            &format!("{register}The week ending 11 March was the busiest, with 1,450 bales."),
            &[],
        );
        check(
            "Bales pressed by week ending: 4 Mar 1,200; 11 Mar 1,450; 18 Mar 1,310; three weeks 3,690\n",
            &["Arithmetic: three weeks 3,690"],
        );
        // A year under its quarters sums them; under other rows it names a row.
        check(
            "Register, 2025, tolas: Jan–Mar 380 · Apr–Jun 420 · Jul–Sep 510 · Oct–Dec 760 · Year 2,170\n",
            &["Arithmetic: Year 2,170"],
        );
        check(
            "Register, 2025, tolas: Jan–Mar 380 · Apr–Jun 420 · Jul–Sep 510 · Oct–Dec 760 · Year 2,070\n",
            &[],
        );
        check("Prices: Bread 80 · Rice 210 · Year 400\n", &[]);
        // A fact card whose items are phrases, parted by dots.
        let card = "**Fact card:** Shows in 2025: 121 · in refugee villages 58 · in schools 41 · at return points near Torkham 22\n\n";
        check(
            &format!("{card}She says they did 64 shows in the refugee villages."),
            &["TextVsTable: 64"],
        );
        check(
            &format!("{card}She says they did 58 shows in the refugee villages."),
            &[],
        );
        // A week under its days.
        check(
            "Mon 1 Dec 250; Tue 240; Wed 255; Thu 270; week 1,115.\n",
            &["Arithmetic: week 1,115"],
        );
        check(
            "Mon 1 Dec 250; Tue 240; Wed 255; Thu 270; week 1,015.\n",
            &[],
        );
        // A count of weeks that is not the rows above names a row of its own.
        check(
            "Bales pressed by week ending: 4 Mar 1,200; 11 Mar 1,450; 18 Mar 1,310; four weeks 5,100\n",
            &[],
        );
    }

    #[test]
    fn parts_by_place_with_their_noun_left_out() {
        check(
            "Teams surveyed 1,500 hectares in Zhob, 2,100 in Loralai and 900 in Kalat, 4,300 hectares in all.",
            &["Arithmetic: 1,500 hectares in Zhob, 2,100 in Loralai and 900 in Kalat, 4,300"],
        );
        check(
            "Teams surveyed 1,500 hectares in Zhob, 2,100 in Loralai and 900 in Kalat, 4,500 hectares in all.",
            &[],
        );
        // Parts by year are a series, and one place named twice splits nothing.
        check(
            "Teams surveyed 1,500 hectares in Zhob, 2,100 in 2024 and 900 in Kalat, 4,300 hectares in all.",
            &[],
        );
        check(
            "Teams surveyed 1,500 hectares in Zhob, 2,100 in Zhob and 900 in Kalat, 4,300 hectares in all.",
            &[],
        );
    }

    #[test]
    fn a_figure_set_against_a_named_part_is_not_its_figure() {
        let table =
            "| Quarter | Value (US$ mn) |\n|---|---|\n| Q3 2023 | 271 |\n| Q4 2023 | 246 |\n\n";
        check(
            &format!(
                "{table}Yet the final quarter still brought US$ 246 mn of sales, only modestly below the summer peak of US$ 271 mn."
            ),
            &[],
        );
        check(
            &format!("{table}Yet the final quarter still brought US$ 264 mn of sales."),
            &["TextVsTable: US$ 264 mn"],
        );
    }

    #[test]
    fn the_pairs_own_given_to_a_neighbour() {
        for (passage, state) in [
            (
                "Drivers cross over the Salang pass in Tajikistan to reach Mazar-e Sharif.",
                "Scope: Tajikistan",
            ),
            (
                "The seed was tested in Kabul by Turkmenistan's Ministry of Agriculture, Irrigation and Livestock.",
                "Scope: Turkmenistan",
            ),
            (
                "India's Frontier Corps and Afghan border guards exchanged fire at Torkham.",
                "Scope: India",
            ),
        ] {
            check(passage, &[state]);
        }
        for passage in [
            "Barges carry wheat down the Amu Darya in Uzbekistan to Termez.",
            "The match factory is in Jalalabad, Kyrgyzstan, near Osh.",
            "Hairatan, on the Uzbekistan border, handles the rail freight.",
            "Trucks wait at Hairatan in Uzbekistan's shadow, across the bridge from Termez.",
            "The Salang pass in winter is closed for days.",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn a_third_state_as_a_side_of_the_pairs_border_line() {
        for (passage, state) in [
            (
                "Along the Durand Line, which separates Turkmenistan from Afghanistan, Pakistan has built a fence.",
                "Scope: Turkmenistan",
            ),
            (
                "Since 2017 Islamabad has fenced almost all of China's frontier with Afghanistan, the Durand Line, which Kabul rejects.",
                "Scope: China",
            ),
            (
                "Traders cross the Durand Line between Iran and Afghanistan at night.",
                "Scope: Iran",
            ),
        ] {
            check(passage, &[state]);
        }
        for passage in [
            "Along the Durand Line, which separates Pakistan from Afghanistan, Pakistan has built a fence.",
            "The Durand Line, drawn by British India in 1893, is 2,640 kilometres long.",
            "Unlike the Durand Line, the border between Iran and Afghanistan is fenced on one side only.",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn a_crossing_of_the_pair_on_a_third_border() {
        check(
            "Trucks loaded with grapes wait at Chaman, on Pakistan's border with Iran, for days.",
            &["Scope: Iran"],
        );
        // The span is the state's, with text well past it.
        check(
            "Trucks loaded with grapes wait at Chaman, on Pakistan's border with Iran, for days while the drivers sleep in their cabs and the fruit spoils in the sun.",
            &["Scope: Iran"],
        );
        check(
            "Trucks loaded with grapes wait at Chaman, on Pakistan's border with Afghanistan, for days.",
            &[],
        );
        check(
            "Trucks wait at Chaman on Monday; Taftan, on the border with Iran, is quieter.",
            &[],
        );
        // The state crossed into there.
        check(
            "Families settled their affairs before crossing into Oman at Torkham.",
            &["Scope: Oman"],
        );
        check(
            "Families settled their affairs before crossing into Afghanistan at Torkham.",
            &[],
        );
        // The border named before the crossing.
        check(
            "Landi Kotal is the last town before Pakistan's border with Kazakhstan at Torkham.",
            &["Scope: Kazakhstan"],
        );
        check(
            "Landi Kotal is the last town before Pakistan's border with Afghanistan at Torkham.",
            &[],
        );
        check(
            "Taftan lies on Pakistan's border with Iran, at the end of the N-40, far from Torkham.",
            &[],
        );
    }

    #[test]
    fn two_flows_joined_as_one_pairs_with_two_partners() {
        check(
            "Pakistan's exports to Mongolia fell from USD 1,012 million in 2023 to 884 million in 2024, and imports from Afghanistan from 690 million to 540 million.",
            &["Scope: Mongolia"],
        );
        for clean in [
            "Pakistan's exports to Afghanistan fell from USD 1,012 million in 2023 to 884 million in 2024, and imports from Afghanistan from 690 million to 540 million.",
            // Each flow with its own verb compares two partners.
            "Pakistan's exports to Mongolia rose to USD 12 million, and imports from Afghanistan fell to 540 million.",
            // A third state the document names again is one it discusses.
            "Pakistan's exports to Mongolia fell from USD 14 million to 12 million, and imports from Afghanistan from 690 million to 540 million. Mongolia buys rice.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn a_table_of_two_flows_with_two_partners() {
        check(
            "| Year | Exports to Mongolia (USD million) | Imports from Afghanistan (USD million) |\n|---|---|---|\n| 2024 | 884 | 540 |\n",
            &["Scope: Mongolia"],
        );
        for clean in [
            "| Year | Exports to Afghanistan (USD million) | Imports from Afghanistan (USD million) |\n|---|---|---|\n| 2024 | 884 | 540 |\n",
            // Exports to two markets side by side compare them.
            "| Year | Exports to Mongolia | Exports to Afghanistan |\n|---|---|---|\n| 2024 | 12 | 884 |\n",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn a_third_state_shutting_the_pairs_crossing() {
        check(
            "Then Oman closed Torkham and Chaman on 12 October, and the trucks stopped.",
            &["Scope: Oman"],
        );
        check(
            "In March Tajikistan reopened the crossing at Chaman for a week.",
            &["Scope: Tajikistan"],
        );
        for clean in [
            "Then Pakistan closed Torkham and Chaman on 12 October, and the trucks stopped.",
            "When Iran closed Islam Qala, traders turned to Torkham.",
            "Iran and Afghanistan kept Islam Qala open while Pakistan closed Torkham.",
        ] {
            check(clean, &[]);
        }
    }

    #[test]
    fn a_joint_chamber_of_a_third_state_in_a_document_of_two_countries() {
        let parties = "**Parties.** The Quetta chapter of the Pakistan–Kazakhstan Joint Chamber of Commerce and Industry and the Kandahar Traders' Union.\n\n";
        check(
            &format!(
                "{parties}**Background.** Trade between Pakistan and Afghanistan fell in 2025. Members in both countries lost money."
            ),
            &["Scope: Pakistan–Kazakhstan Joint Chamber of Commerce"],
        );
        check(
            &format!(
                "{parties}**Background.** Trade between Pakistan and Afghanistan fell in 2025. The Chamber asks both governments to help."
            ),
            &["Scope: Pakistan–Kazakhstan Joint Chamber of Commerce"],
        );
        // A third state named again, or no frame of two countries, leaves the body alone.
        for clean in [
            format!(
                "{parties}**Background.** Trade between Pakistan and Afghanistan fell in 2025. Members lost money."
            ),
            format!(
                "{parties}**Background.** Trade between Pakistan and Afghanistan fell in 2025, while Kazakhstan sold more wheat. Members in both countries lost money."
            ),
        ] {
            check(&clean, &[]);
        }
    }

    #[test]
    fn a_row_s_figure_from_another_named_column() {
        let table = "| Condition | Truck A | Truck B | Both trucks |\n|---|---|---|---|\n| Sound | 640 | 510 | 1,150 |\n| Partly decayed | 610 | 720 | 1,330 |\n\n";
        check(
            &format!("{table}In truck B, 610 cartons were partly decayed."),
            &["TextVsTable: 610"],
        );
        for said in [
            "In truck B, 720 cartons were partly decayed.",
            "In truck A, 610 cartons were partly decayed.",
            "Partly decayed cartons: 610 in truck A and 720 in truck B.",
        ] {
            check(&format!("{table}{said}"), &[]);
        }
    }

    #[test]
    fn about_a_figure_ending_in_five_is_a_half_step() {
        check(
            "| Camp | Families registered |\n|---|---|\n| Jalozai | 1,580 |\n| Khazana | 930 |\n\nAbout 1,500 families are registered at Jalozai, most of them from Nangarhar.",
            &[],
        );
        check(
            "| Camp | Families registered |\n|---|---|\n| Jalozai | 1,780 |\n| Khazana | 930 |\n\nAbout 1,500 families are registered at Jalozai, most of them from Nangarhar.",
            &["TextVsTable: About 1,500"],
        );
    }

    #[test]
    fn a_hedged_figure_is_as_far_from_a_cell_as_its_nearest_reading() {
        let table = "| Period | Returns |\n|---|---|\n| Jan–Jun 2024 | 398,000 |\n| Jul–Dec 2024 | 278,000 |\n\n";
        check(
            &format!(
                "{table}Nearly half a million Afghans returned from Pakistan between January and June 2024."
            ),
            &["TextVsTable: Nearly half a million"],
        );
        check(
            &format!(
                "{table}Nearly 400,000 Afghans returned from Pakistan between January and June 2024."
            ),
            &[],
        );
        use crate::consistency::{Quantity, agrees, distance_from};
        use dyad_model::claim::Hedge;
        let quantity = |hedge| Quantity {
            start: 0,
            end: 0,
            value: 500_000.0,
            unit: "count",
            precision: 100_000.0,
            hedge,
            sentence: 0,
            in_table: false,
            unplaced: false,
        };
        assert_eq!(distance_from(&quantity(Hedge::Nearly), 398_000.0), 52_000.0);
        assert_eq!(distance_from(&quantity(Hedge::None), 398_000.0), 52_000.0);
        assert_eq!(distance_from(&quantity(Hedge::Over), 900_000.0), 0.0);
        // "Just over 500,000" is a floor with 15% above it, no more.
        assert!(agrees(&quantity(Hedge::JustOver), 560_000.0));
        assert!(!agrees(&quantity(Hedge::JustOver), 600_000.0));
        assert!(!agrees(&quantity(Hedge::JustOver), 480_000.0));
        assert!(agrees(&quantity(Hedge::Nearly), 460_000.0));
        assert!(!agrees(&quantity(Hedge::Nearly), 440_000.0));
    }

    #[test]
    fn the_last_months_of_a_year_name_its_part() {
        let table =
            "| Quarter, 2025 | Nights sold |\n|---|---|\n| Q3 | 5,250 |\n| Q4 | 6,600 |\n\n";
        check(
            &format!("{table}The inn sold 7,200 nights in the last three months of 2025."),
            &["TextVsTable: 7,200"],
        );
        for said in [
            "The inn sold 6,600 nights in the last three months of 2025.",
            "The inn sold 7,200 nights in the same quarter last year.",
        ] {
            check(&format!("{table}{said}"), &[]);
        }
    }

    #[test]
    fn a_need_for_as_many_more_is_equal_on_purpose() {
        check(
            "**Needs.** 330 registered families are still waiting. We need funds for 330 more shelters, and for stoves.",
            &[],
        );
        check(
            "**Needs.** 330 registered families are still waiting. The yard holds 330 shelters, and stoves.",
            &["NumberReuse: 330 registered families are still waiting. The yard holds 330"],
        );
    }

    #[test]
    fn sizes_listed_for_two_changes_may_be_read_to_either() {
        check(
            "In Peshawar we sold about 1,750 kebabs a day in 2025, down from 2,000 in 2024 and 2,400 in 2023: falls of 17 and 12.5 percent.",
            &[],
        );
        check(
            "In Peshawar we sold 1,750 kebabs a day in 2025, down from 2,000 in 2024, a fall of 20 percent.",
            &["Arithmetic: 20 percent"],
        );
    }

    #[test]
    fn rates_of_places_and_answers_of_other_questions() {
        check(
            "Support was highest in Khyber Pakhtunkhwa, at 71 percent, and in Balochistan, at 64 percent; it was 52 percent in Punjab and 54 percent in Sindh.",
            &[],
        );
        check(
            "Of the 400 buyers, 50 percent paid cash, 40 percent paid by phone and 30 percent paid on credit.",
            &["Arithmetic: 50 percent paid cash, 40 percent paid by phone and 30 percent"],
        );
        let table = "**Q5. Should the crossings reopen?**\n\n| Answer | Percent |\n|---|---|\n| Yes | 57 |\n| No | 33 |\n| Don't know | 10 |\n\n";
        check(
            &format!(
                "{table}**Q6. Should refugees stay?**\n\nAgree: 36 percent. Disagree: 55 percent. Don't know: 9 percent."
            ),
            &[],
        );
        check(
            &format!("{table}Yes: 57 percent. No: 33 percent. Don't know: 9 percent."),
            &["TextVsTable: 9 percent"],
        );
    }

    #[test]
    fn a_list_in_the_money_its_lead_names() {
        check(
            "All are in USD million, calendar years.\n\n- 2023: exports 1,012, imports 690, balance 322\n- 2024: exports 884, imports 540, balance 344\n\nSuggested line: \"our surplus was USD 344 million in 2024.\"",
            &[],
        );
    }

    #[test]
    fn a_bare_count_of_a_list_takes_its_noun() {
        let table = "| Quarter | Passengers |\n|---|---|\n| Q1 | 7,400 |\n| Q2 | 6,900 |\n| Q3 | 7,600 |\n\n";
        check(
            &format!(
                "{table}We carried 7,400 passengers in the first quarter, 6,900 in the second, and 8,600 in the third."
            ),
            &["TextVsTable: 8,600"],
        );
        check(
            &format!(
                "{table}We carried 7,400 passengers in the first quarter, 6,900 in the second, and 7,600 in the third."
            ),
            &[],
        );
    }

    #[test]
    fn parts_of_the_year_and_their_sum_to_a_date() {
        check(
            "The manager reported 7,400 passengers in the first quarter, 6,900 in the second and 7,600 in the third, 22,900 by the end of September.",
            &[
                "Arithmetic: 7,400 passengers in the first quarter, 6,900 in the second and 7,600 in the third, 22,900",
            ],
        );
        check(
            "The manager reported 7,400 passengers in the first quarter, 6,900 in the second and 7,600 in the third, 21,900 by the end of September.",
            &[],
        );
    }

    #[test]
    fn shares_of_two_wholes_in_two_clauses() {
        check(
            "Export partners: Pakistan 42%, India 40%, China 4%, UAE 2%, Turkey 2%; import partners: UAE 28%, Pakistan 15%, China 12%.",
            &[],
        );
        check(
            "Export partners: Pakistan 52%, India 40%, China 14%; import partners: UAE 28%, Pakistan 15%, China 12%.",
            &["Arithmetic: 52%, India 40%, China 14%"],
        );
        // Semicolons that part the items of one list keep one whole.
        check(
            "Rice made up 37 percent of the 2024 total; wheat flour, 28 percent; medicines, 26 percent; cement, 22 percent.",
            &[
                "Arithmetic: 37 percent of the 2024 total; wheat flour, 28 percent; medicines, 26 percent; cement, 22 percent",
            ],
        );
        // Places that split one whole, with a remainder, are shares.
        check(
            "Of the families, 58 per cent had been living in Quetta district, 27 per cent in Pishin, and 22 per cent in the other districts.",
            &[
                "Arithmetic: 58 per cent had been living in Quetta district, 27 per cent in Pishin, and 22 per cent",
            ],
        );
    }

    #[test]
    fn a_change_counts_the_noun_its_clause_opens_with() {
        let table = "Year    Baths sold    Receipts (Rs)\n2023        41,600       22,880,000\n2024        44,900       26,940,000\n\n";
        check(
            &format!(
                "{table}The taxpayer explains that baths sold fell from 47,900 in 2024 to 33,800 in 2025."
            ),
            &["TextVsTable: 47,900"],
        );
        check(
            &format!(
                "{table}The taxpayer explains that baths sold fell from 44,900 in 2024 to 33,800 in 2025."
            ),
            &[],
        );
        // An object inside the subject is not what the change counts.
        let households = "| Year | Households | Briquettes (tonnes) |\n|---|---|---|\n| 2024 | 180 | 150 |\n| 2025 | 240 | 192 |\n\n";
        check(
            &format!(
                "{households}Households burning our briquettes rose by 33 percent in 2025, from 180 to 240."
            ),
            &[],
        );
    }

    #[test]
    fn last_year_is_the_year_before_the_documents_own() {
        let body = "Last year the kitchen cooked 17,250 kilograms of mutton.\n\nKitchen in figures, kilograms of meat cooked: 2023 18,600 / 2024 20,400 / 2025 17,520.\n";
        check(
            &format!("# Cook wanted\n\n*Placed in a Peshawar daily, February 2026.*\n\n{body}"),
            &["TextVsTable: 17,250"],
        );
        // With no date, or a date whose year before has no row, "last year" names no row.
        check(&format!("# Cook wanted\n\n{body}"), &[]);
        check(
            &format!("# Cook wanted\n\n*Placed in a Peshawar daily, February 2027.*\n\n{body}"),
            &[],
        );
    }

    #[test]
    fn totals_of_lists_shares_after_a_colon_and_periods_in_brackets() {
        // A list whose last item is its whole by its label.
        check(
            "- Pakistani members: 31\n- Afghan members: 12\n- All members: 47\n",
            &["Arithmetic: 47"],
        );
        check(
            "- Pakistani members: 31\n- Afghan members: 12\n- All members: 43\n",
            &[],
        );
        check(
            "- Pakistani members: 31\n- Afghan pigeons: 12\n- All members: 47\n",
            &[],
        );
        // Shares listed after a colon, past words of profit and loss before it.
        check(
            "Profits and losses shall be shared as follows: Amina 45 percent; Bilal 35 percent; Karim 25 percent.",
            &["Arithmetic: 45 percent; Bilal 35 percent; Karim 25 percent"],
        );
        check(
            "Profits and losses shall be shared as follows: Amina 45 percent; Bilal 35 percent; Karim 20 percent.",
            &[],
        );
        // A period in brackets that runs backwards.
        check(
            "- Bales sold in the last three seasons (2025 to 2023): 43,400\n",
            &["Garbled: (2025 to 2023)"],
        );
        check(
            "- Bales sold in the last three seasons (2023 to 2025): 43,400\n",
            &[],
        );
        // A register whose items name their years with a dash.
        check(
            "In 2024 you took 34,100 kg of our sweets.\n\n**Your orders with us (kg):** 2023 — 29,100; 2024 — 31,400; 2025, to 9 October — 18,200\n",
            &["TextVsTable: 34,100"],
        );
        check(
            "In 2024 you took 31,400 kg of our sweets.\n\n**Your orders with us (kg):** 2023 — 29,100; 2024 — 31,400; 2025, to 9 October — 18,200\n",
            &[],
        );
    }

    #[test]
    fn heldout44s_false_flag_stays_fixed() {
        // Each flow's change, its end the year of the balance.
        check(
            "Imports fell from USD 690 million in 2023 to USD 540 million in 2024, a fall of 21.7 percent, while its exports fell from USD 1,012 million to USD 884 million, so that the balance in Pakistan's favour was USD 344 million in 2024.",
            &[],
        );
    }

    #[test]
    fn heldout43s_false_flags_stay_fixed() {
        // A flow's change before its level, and the level restated in a sum after a colon.
        check(
            "Imports from Afghanistan fell faster, from USD 690 million to USD 540 million, so that the balance in Pakistan's favour grew to USD 344 million: exports of USD 884 million less imports of USD 540 million.",
            &[],
        );
        // A year in the next clause is no year of a change's end.
        check(
            "In 2024 exports were USD 884 million. Exports rose in 2023, from USD 936 million in 2022 to USD 1,012 million, and fell only in 2024, to USD 884 million.",
            &[],
        );
    }

    #[test]
    fn heldout40s_false_flags_stay_fixed() {
        // Rates of two places after the whole they are of: not parts that add up to it. The places
        // may not be the whole sample, so a whole outside them is left alone unless it was carried.
        check(
            "29% say their own household has been hit by the closure: 34% in Khyber Pakhtunkhwa and 17% in Balochistan.",
            &[],
        );
        check(
            "66% say their own household has been hit by the closure: 34% in Khyber Pakhtunkhwa and 17% in Balochistan.",
            &[],
        );
        // A table's cells are fields of their own, not words of one clause.
        check(
            "| Blend | Grown in | Pack | Price |\n|---|---|---|---|\n| Kabul Cardamom | Vietnam | 500 g | 210 |\n",
            &[],
        );
        // A figure of another year than the table's, named before it past a year set against.
        let table = "The table gives the litres we sold in each month of 2025.\n\n| Month | Litres sold |\n|---|---|\n| April | 3,900 |\n| **Season** | **46,800** |\n\n";
        check(
            &format!("{table}The season of 2024 was better than 2025, with 58,500 litres."),
            &[],
        );
        check(
            &format!("{table}The season of 2025 brought 48,500 litres."),
            &["TextVsTable: 48,500"],
        );
    }

    #[test]
    fn a_review_s_sums_that_are_not_sums() {
        for passage in [
            "Flooding in August displaced 1,200 families: 7,400 people in Nowshera and 3,100 in Charsadda.",
            "In March the project ran 3 workshops: 40 participants in Herat, 35 in Mazar-i-Sharif and 28 in Kandahar.",
            "The bus company carried 7,400 passengers between Peshawar and Jalalabad in the first quarter and 6,900 in the second, and 21,900 by the end of September.",
            "The Jalozai centre registered 2,100 returnees in the first quarter of 2025 and 2,600 in the second; it had registered 12,400 by the end of June, counting everyone since it opened in 2023.",
            "The Torkham clinic treated 420 patients in June, 610 in July and 530 in August, and 2,100 patients in all since it opened in May.",
            "The Kabul office issued 3,100 visas in October and 2,800 in November, 9,400 visas in total since the new rules took effect in August.",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn a_review_s_shares_that_are_not_of_one_whole() {
        for passage in [
            "Asked about the next six months, 62 percent of traders in Peshawar expected prices to rise, 48 percent expected the rupee to weaken and 35 percent expected Torkham to close again.",
            "Nangarhar vaccinated 92 percent of the children it had targeted and Kandahar 88 percent.",
            "Torkham cleared 85 percent of the trucks that reached it within a day and Chaman 70 percent.",
            "**What the 40 villages we surveyed in Kunar have**\n\n- A primary school: 71%\n- Grid electricity: 48%\n- Clean drinking water: 62%\n",
            "Children vaccinated in Khost, 2025:\n\n- Polio: 88%\n- Measles: 74%\n- Pentavalent: 81%\n",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn a_review_s_correct_passages_for_the_new_scope_and_reuse_rules() {
        for passage in [
            "The Durand Line between Afghanistan and what was then British India was agreed in 1893.",
            "Afghan families deported through Torkham on foot headed for the border with Iran within a week, hoping to reach Turkey.",
            "Washington signed its withdrawal deal with the Taliban in Doha on 29 February 2020.",
            "Medical students from Peshawar in Kyrgyzstan were flown home after the Bishkek riots of May 2024.",
            "In Karachi, Chinese nationals were attacked near the airport in October 2024.",
            "India's Urdu press gave the Torkham closure only a few lines.",
            "**Table 2. Pakistan–Iran trade, US$ million**\n\n| Year | Exports | Imports |\n|---|---|---|\n| 2022 | 310 | 1,120 |\n| 2023 | 290 | 1,310 |\n\n**Reading the table.** Most of the imports are fuel brought in through Taftan; Tehran has overtaken Kabul as a supplier, and trade with Afghanistan has never regained its 2019 level.",
            "The loudspeaker at the gate repeats the notice every hour, in the same words. Torkham will close at sunset today. Torkham will close at sunset today.",
            "Two-way trade peaked at USD 2.5 billion in FY2011. The chamber now wants Pakistan's exports to Afghanistan alone to get back to USD 2.5 billion.",
            "Pakistan's exports to Afghanistan were USD 1.1 billion in 2024. Afghanistan's exports to Pakistan were USD 1.1 billion as well, for the first time in a decade.",
            "The decline in registered refugees accelerated in 2024, to 1.35 million from 1.52 million in 2023.",
            "The Peshawar school enrolled 840 Afghan girls in 2024, and expanded in 2025 with a staff of 32.",
            "| Year | Registered refugees (PoR) |\n|---|---|\n| 2019 | 1,420,000 |\n| 2021 | 1,580,000 |\n\nBy 2021 Pakistan hosted about 1.5 million registered Afghan refugees.",
            "| Half-year, 2024 | Trucks cleared at Torkham |\n|---|---|\n| H1 | 61,000 |\n| H2 | 48,000 |\n\nThe customs collector said in June 2024 that 61,000 trucks had been cleared in the last six months.",
            "| Quarter, 2024 | Visas issued by the Pakistani embassy in Kabul |\n|---|---|\n| Q1 | 42,000 |\n| Q2 | 38,000 |\n| Q3 | 45,000 |\n| Q4 | 47,000 |\n\nIn its April 2024 bulletin the embassy said it had issued 42,000 visas in the last quarter.",
            "| Crossing | Returnees, 2024 |\n|---|---|\n| Torkham | 430,000 |\n| Chaman | 120,000 |\n\nThe transit centre at Torkham cost half a million dollars to run in 2024.",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn prices_of_one_item_make_no_sum() {
        check(
            "**Materials.** Rs 45,000 for a below-knee limb, Rs 90,000 for one above the knee and Rs 60,000 for an arm; Rs 25.83 million in all in 2025.",
            &[],
        );
        check(
            "**Materials.** Rs 45,000 for the sockets, Rs 90,000 for the feet and Rs 60,000 for the straps; Rs 205,000 in all in 2025.",
            &[
                "Arithmetic: Rs 45,000 for the sockets, Rs 90,000 for the feet and Rs 60,000 for the straps; Rs 205,000",
            ],
        );
    }

    #[test]
    fn a_sum_said_with_together_or_after_priced_lines() {
        check(
            "A loom at Rs 8,000, a set of shuttles at Rs 1,500 and a first cone of yarn at Rs 3,500, together Rs 14,000.",
            &[
                "Arithmetic: Rs 8,000, a set of shuttles at Rs 1,500 and a first cone of yarn at Rs 3,500, together Rs 14,000",
            ],
        );
        check(
            "A loom at Rs 8,000, a set of shuttles at Rs 1,500 and a first cone of yarn at Rs 3,500, together Rs 13,000.",
            &[],
        );
        check(
            "The truck carried 300 stoves at Rs 1,400 each and 600 pipes at Rs 150, a total of Rs 420,000 for the stoves and Rs 90,000 for the pipes, or Rs 530,000 in all.",
            &["Arithmetic: Rs 420,000 for the stoves and Rs 90,000 for the pipes, or Rs 530,000"],
        );
        check(
            "The truck carried 300 stoves at Rs 1,400 each and 600 pipes at Rs 150, a total of Rs 420,000 for the stoves and Rs 90,000 for the pipes, or Rs 510,000 in all.",
            &[],
        );
        // "together with" adds, and says no sum.
        check(
            "The grant paid Rs 8,000 for a loom, together with Rs 1,500 for shuttles.",
            &[],
        );
    }

    #[test]
    fn shares_listed_one_to_a_line() {
        check(
            "Rugs woven in 2025:\n\n- Kilims: 40%\n- Pile rugs: 50%\n- Runners: 15%\n",
            &["Arithmetic: 40%\n- Pile rugs: 50%\n- Runners: 15%"],
        );
        for passage in [
            "Rugs woven in 2025:\n\n- Kilims: 40%\n- Pile rugs: 45%\n- Runners: 15%\n",
            // An answer given more than once, rates of their own, and a change.
            "Buyers could name more than one reason:\n\n- Price: 60%\n- Quality: 50%\n- Delivery: 30%\n",
            "Rates by district:\n\n- Kilims: 40% in Herat\n- Pile rugs: 50% in Balkh\n- Runners: 15% in Kabul\n",
            "Changes in 2025:\n\n- Kilims up: 40%\n- Pile rugs up: 50%\n- Runners up: 15%\n",
            "Literacy by district, 2025:\n\n- Herat: 40%\n- Balkh: 50%\n- Kabul: 65%\n",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn a_short_sentence_said_twice_in_a_row() {
        check(
            "Keep the jar in a cool place. Jam keeps for a year unopened. Jam keeps for a year unopened. Refrigerate once opened.",
            &["Garbled: Jam keeps for a year unopened. Jam keeps for a year unopened."],
        );
        // A speaker's refrain, a chant after a colon, an exclamation, and a copy one sentence later
        // are meant, or no slip of a line.
        for passage in [
            "We will not forget this day. We will not forget this day.",
            "The crowd at Chaman shouted: Open the gate at once. Open the gate at once.",
            "Open the gate at Chaman now! Open the gate at Chaman now!",
            "Jam keeps for a year unopened. Once opened, refrigerate it. Jam keeps for a year unopened.",
            "Stack the crates. Stack the crates.",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn a_multiple_in_apposition_between_its_figures() {
        check(
            "In 2025 we pressed 130 tonnes of olives, half as much again as the 100 tonnes of 2024.",
            &["Arithmetic: 130 tonnes of olives, half as much again as the 100"],
        );
        check(
            "In 2025 we pressed 150 tonnes of olives, half as much again as the 100 tonnes of 2024.",
            &[],
        );
        check(
            "Takings reached Rs 840,000, twice the Rs 380,000 of 2024.",
            &["Arithmetic: Rs 840,000, twice the Rs 380,000"],
        );
    }

    #[test]
    fn a_figure_a_fraction_more_or_fewer_than_another() {
        check(
            "In 2025 we bought 80 tonnes of quince, a fifth more than the 64 tonnes of 2024.",
            &["Arithmetic: a fifth"],
        );
        check(
            "In 2025 we bought 76.8 tonnes of quince, a fifth more than the 64 tonnes of 2024.",
            &[],
        );
        check(
            "The school taught 1,350 girls in 2025, a fifth fewer than the 1,500 it taught in 2024.",
            &["Arithmetic: a fifth"],
        );
        check(
            "The school taught 1,200 girls in 2025, a fifth fewer than the 1,500 it taught in 2024.",
            &[],
        );
        check(
            "The school taught 1,000 girls in 2025, a third fewer than the 1,500 it taught in 2024.",
            &[],
        );
    }

    #[test]
    fn a_unit_by_its_short_and_long_names_is_one_measure() {
        check(
            "In 2025 the cooperative dried 1,480 kg of apricots. Buyers in Kabul took all 1,840 kilograms of apricots dried in 2025.",
            &["TextVsTable: 1,480"],
        );
        assert_eq!(
            {
                let text = "640 kg marigold";
                let extraction = dyad_text::claims::extract(text);
                crate::consistency::unit_of_measure_after(
                    text,
                    &extraction,
                    &extraction.quantities[0],
                )
            },
            Some("kilogram")
        );
    }

    #[test]
    fn a_span_between_the_same_words_and_possessives_of_plural_names() {
        check(
            "Fees rose between the 2026 autumn term and the 2026 autumn term, from Rs 900 to Rs 1,100.",
            &["Garbled: between the 2026 autumn term and the 2026 autumn term"],
        );
        check(
            "Lectures were held at Kabul University, the Marshall Islands' oldest university, in May.",
            &["Scope: Marshall Islands"],
        );
        check(
            "**Filming.** Fiji's state broadcaster filmed the harvest in Jalalabad for its evening news.",
            &["Scope: Fiji"],
        );
    }

    #[test]
    fn shares_in_words_are_exact_and_a_stray_digit_is_a_slip() {
        check(
            "Of the saddles we sold, half were plain, three-tenths embossed and a quarter painted.",
            &["Arithmetic: half were plain, three-tenths embossed and a quarter"],
        );
        check(
            "Of the saddles we sold, half were plain, three-tenths embossed and a fifth painted.",
            &[],
        );
        let months = "Table 1. Honey sold, 2025\n\n| Month | Kilograms |\n|---|---|\n| May | 40 |\n| June | 7 |\n| July | 52 |\n| Total | 99 |\n\n";
        check(
            &format!("{months}June gave us 17 kilograms, after the rains."),
            &["TextVsTable: 17"],
        );
    }

    #[test]
    fn a_group_counted_by_the_week_is_still_a_group() {
        check(
            "Wash the towels in water of at least 90 degrees.\n\nWe now see 90 patients a week.",
            &["NumberReuse: at least 90 degrees.\n\nWe now see 90"],
        );
    }

    /// Correct passages a reviewer wrote against this stop's new rules (a reviewer session that read
    /// the code and no results): none may be flagged. Three more it found stay flagged by older rules
    /// and are listed in ACCURACY.md.
    #[test]
    fn correct_passages_a_review_wrote_against_the_new_rules() {
        for passage in [
            "The midwifery refresher course lasts five days. A different trainer leads each day, so five trainers travel to Khost for every course.",
            "The community oven in Kandahar's Shah Shaheed quarter bakes 300 loaves a day. The bread goes to 300 families in the neighbourhood, one loaf to each household.",
            "# Afghan transit trade via Karachi tops 100,000 containers\n\nKarachi's terminals handled 103,450 Afghan transit containers in 2024, the port authority said on Monday.",
            "# Kinnow exports to Afghanistan near 50,000 tonnes\n\nExporters in Sargodha have shipped 48,300 tonnes of kinnow to Afghanistan so far this season, the growers' association said.",
            "# Chamber aims to ship 60,000 tonnes of kinnow to Afghanistan\n\nLast season members shipped 54,000 tonnes of kinnow to Afghanistan, and the chamber says better cold storage at Torkham should lift that figure.",
            "In Peshawar, the Consul General of Iran, speaking at the chamber of commerce, promised faster visas for traders.",
            "Gwadar, a former possession of Oman, was bought by Pakistan in 1958.",
            "Kabuli pulao, a close cousin of the plov of Uzbekistan, is served at almost every wedding in Mazar-i-Sharif.",
            "The Zaranj\u{2013}Delaram highway, India's largest road project in Afghanistan, opened in January 2009.",
            "The cricket academy has hired Gayan Perera, a former fast bowler for Sri Lanka, as its bowling coach.",
            "Javed Iqbal, a retired postmaster in Lahore, has collected the stamps of Mongolia for forty years and owns more than 4,000 of them.",
            "Engineers from PIA's Karachi base helped set up the national airline of Malta in 1973.",
            "NADRA's smart identity card, issued from its headquarters in Islamabad since 2012, is often compared with Estonia's identity card.",
            "At the Kenyan High Commission in Islamabad, tea importers joined diplomats to mark Kenya's independence day.",
            "Lithuania's Ghor PRT, based in Chaghcharan, handed its last projects to the provincial authorities in 2013.",
            "Singapore's Gwadar concession ended in 2013, when operation of the port passed to a Chinese state company.",
            "Zimbabwe's Peshawar win in 1998 gave the side its first Test series victory away from home.",
            "Torkham was closed four times in 2024, for 96 days in all against 41 days in 2023.",
            "Pakistan's exports to Afghanistan are now more than three times their 2020 level: $1.7 billion against $500 million.",
            "Flour now costs three times what it did in 2019, while a labourer's daily wage is Rs 1,200 against Rs 900 then.",
            "Infant mortality in Balochistan is 66 per 1,000 live births, twice the 33 recorded in Islamabad.",
            "During the exam season the mobile library visited all 12 schools, twice in the 8 weeks before the papers were set.",
            "Table 1. Apricots bought from Logar growers, 2025\n\n| Month | Tonnes |\n|---|---|\n| June | 40 |\n| July | 60 |\n| August | 50 |\n| Total | 150 |\n\nAs of July, 100 tonnes had reached the packing shed.",
            "Table 2. PoR card renewal applications at the Peshawar office, 2025\n\n| Outcome | Applications |\n|---|---|\n| Approved | 5,200 |\n| Rejected | 1,100 |\n| Pending | 2,700 |\n| Total | 9,000 |\n\nIn 2025 the office reached a decision on 6,300 applications.",
            "By the end of March the transit camp at Torkham held 70 returning families. Another 150 families arrived in April and 200 in May, bringing the total to 420.",
            "Volunteers planted 2,000 saplings along the Kabul River in February and 2,500 in March, taking the total to 5,600 since the campaign began in the autumn.",
            "The project reached 300 farmers, who now harvest 25 percent more than the 120 farmers in the comparison group.",
            "Eight in ten households in Kandahar, seven in ten in Helmand and six in ten in Zabul still lack a safe source of drinking water.",
            "Asked to name every obstacle, six in ten parents in Pishin mentioned distance, five in ten mentioned cost and four in ten mentioned safety.",
            "Protesters in Chaman chanted: Open the border and let our children eat today. Open the border and let our children eat today.",
            "**Announcement:** The Torkham crossing will close to cargo trucks at four this afternoon. The Torkham crossing will close to cargo trucks at four this afternoon.",
            "Pakistan still hosts about 1.3 million registered Afghan refugees, and daily returns through Torkham have climbed to over 2000.",
            "# Peshawar chess club annual report, 2025\n\nThe club ended 2025 with 58 members. Over the years, 52 former members have gone on to coach in the city's schools.",
            "# Torkham family support centre: annual report 2025\n\nDuring the year the centre registered 1,240 returning families. At the end of the year, 1,150 families were still waiting for land in the transit camp.",
            "During 2025 the programme trained 126 women teachers in Kunar. It also trained 118 women health workers in Nangarhar during 2025.",
            "In 2024 health teams in Quetta recorded 1,240 measles cases. They gave 1,150 measles vaccinations in camps the same year.",
            "The gap between Q2 2025 and Q1 2025 is almost entirely Eid demand for sandals.",
            "The only change between 2025/2026 and 2024/2025 is a Rs 500 rise in the boarding fee.",
            "The MV Noor will work cargo at Karachi's East Wharf from Mar-29 to Apr-03, weather permitting.",
            "Sindhi merchant families settled in Panama and Ghana more than a century ago.",
            "Ariana, our volunteer this spring, has gone home to Portugal.",
            "The cooperative dried 1,480 kg of apricots in 2025. Its members also dried 1,320 kilograms of mulberries that year.",
            "Pakistan hosted about 1.3 million registered Afghan refugees in mid-2025, based on UNHCR's data for 2024 adjusted for the returns since.",
            "The clinic referred 40 patients to Peshawar in 2024 and 12 in 2025 to Kabul, after the Torkham closures.",
            "Karachi, a city with twice the population of Portugal, still has no mass-transit rail line.",
        ] {
            check(passage, &[]);
        }
    }

    #[test]
    fn wide_spaces_and_letters_that_change_length_around_a_multiple() {
        // A no-break space before the number, and a letter whose lower case is longer.
        check(
            "Sales are now nearly\u{00A0}3 times what they were: 900 against 300.",
            &[],
        );
        check(
            "\u{0130}stanbul sent 900 crates, \u{0130}\u{0130} twice the 300 crates of 2024.",
            &[],
        );
        check("", &[]);
    }

    #[test]
    fn a_hyphened_measure_is_no_rows_figure_and_a_student_visitor_has_a_part() {
        check(
            "Our hullers run on a 20-horsepower engine and go to dealers in Kalafgan.\n\n| Dealers in | 2024 | 2025 |\n|---|---|---|\n| Kalafgan | 25 | 32 |\n",
            &[],
        );
        check(
            "A weaver from Bolivia, studying in Islamabad, came to Marghuz in May.",
            &[],
        );
    }
}
