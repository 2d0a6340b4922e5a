//! Products and differences a text states beside their factors: loads of a size and their total,
//! and the gap between two years' figures.
//!
//! - "took 450 tonnes, 40 trucks of 15 tonnes each", "sent 6 trucks to Kabul, 14.4 million syringes
//!   in all. Each truck carries 6 million syringes": a count of loads, the size of each and the
//!   total they make, in one sentence or with the size in one of the next two.
//! - "500 tonnes in 2023 and 800 tonnes in 2024, 500 tonnes more than the year before": two figures
//!   of consecutive years and the gap between them.
//!
//! When the figures do not agree, a factor (or the gap) whose numeral was written just before for
//! something else ("pack them in 40 kg bags") is that number given twice; otherwise the sum is wrong.

use dyad_model::claim::{CheckKind, Hedge};
use dyad_text::claims::{Extraction, Quantity, lower_words};

use super::{agrees, clamped, reused, word_after, written_digits, years_in};
use crate::Finding;

/// Vehicles a load is counted by, as the plural and the singular a later sentence may use.
const LOADS: &[(&str, &str)] = &[
    ("trucks", "truck"),
    ("truckloads", "truckload"),
    ("lorries", "lorry"),
    ("loads", "load"),
    ("wagons", "wagon"),
    ("containers", "container"),
];

/// Verbs of a load's size in a sentence of its own: "Each truck carries 2.4 million syringes".
const CARRIES: &[&str] = &[
    "carries", "carried", "holds", "held", "takes", "took", "hauls",
];

/// The size of each load when a count of vehicles is given with it: "32 trucks of 15 tonnes", "44
/// truckloads of 25 tonnes each".
pub(super) fn load_size<'e>(
    text: &str,
    extraction: &'e Extraction,
    quantity: &Quantity,
) -> Option<&'e Quantity> {
    let next = extraction
        .quantities
        .iter()
        .find(|q| q.start >= quantity.end && !q.in_table)?;
    let between = lower_words(clamped(text, quantity.end, next.start));
    let loads = matches!(between.as_slice(), [vehicle, of]
        if LOADS.iter().any(|(plural, _)| plural == vehicle) && of == "of");
    (loads && next.unit == "count" && next.sentence == quantity.sentence).then_some(next)
}

/// A figure written with the same numeral as `factor` for something else, shortly before it: within
/// the 1,500 bytes before, not one of `left_out` (the statement's own other figures that cannot be
/// the source).
fn written_before<'e>(
    text: &str,
    extraction: &'e Extraction,
    factor: &Quantity,
    left_out: &[&Quantity],
) -> Option<&'e Quantity> {
    let written = written_digits(text, factor);
    let noun = word_after(text, extraction, factor);
    extraction.quantities.iter().rev().find(|q| {
        !q.in_table
            && q.start < factor.start
            && q.start + 1500 >= factor.start
            && !left_out.iter().any(|o| o.start == q.start)
            && written_digits(text, q) == written
            && word_after(text, extraction, q) != noun
            && years_in(&text[q.start..q.end]).is_empty()
    })
}

/// The figures of a sentence outside tables, in order.
fn prose_figures(extraction: &Extraction, sentence: usize) -> Vec<&Quantity> {
    extraction
        .in_sentence(sentence)
        .map(|i| &extraction.quantities[i])
        .filter(|q| !q.in_table)
        .collect()
}

/// **Products and differences stated beside their factors.** See the module's doc.
pub(super) fn stated_products(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    loads_and_their_total(text, extraction, findings);
    gap_between_two_years(text, extraction, findings);
    shares_with_their_amounts(text, extraction, findings);
    share_given_as_its_count(text, extraction, findings);
    worked_figure_given_an_input(text, extraction, findings);
    yield_given_its_input(text, extraction, findings);
}

/// A yield written as the weight it comes from, in one sentence: "A typical animal averages 35 kg
/// live weight, and yields 35 kg of meat". What a thing yields of another ("of meat", "of flour") is
/// less than the thing, so the same figure for both is one number given twice.
fn yield_given_its_input(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    const YIELDS: &[&str] = &[
        "yields", "yielded", "yield", "produces", "produced", "produce", "gives", "gave", "dresses",
    ];
    for sentence in 0..extraction.sentences.len() {
        let figures = prose_figures(extraction, sentence);
        for (at, input) in figures.iter().enumerate() {
            let digits = written_digits(text, input);
            if digits.replace([',', '.'], "").trim_matches('0').len() < 2 {
                continue;
            }
            let Some(output) = figures[at + 1..].iter().find(|q| {
                q.unit == input.unit && q.value == input.value && written_digits(text, q) == digits
            }) else {
                continue;
            };
            // One statement: no other figure between ("A 35 kg sheep yields about 16 kg …, while a
            // 70 kg ram yields 35 kg").
            if figures
                .iter()
                .any(|q| q.start > input.end && q.end <= output.start)
            {
                continue;
            }
            let between = lower_words(clamped(text, input.end, output.start));
            let yielded = between
                .iter()
                .rev()
                .take(3)
                .any(|w| YIELDS.contains(&w.as_str()));
            // The yield "of" a product, after its unit: "35 kg of meat".
            let after = lower_words(clamped(text, output.end, output.end + 24));
            let of_a_product = matches!(after.as_slice(), [_, of, ..] if of == "of");
            if !yielded || !of_a_product || between.iter().any(|w| w == "each") {
                continue;
            }
            findings.push(reused(
                text,
                extraction,
                (input, output),
                ("what it comes from", "what it yields"),
            ));
        }
    }
}

/// A figure a sentence says it works out ("therefore", "thus", "hence") that is written as one of the
/// figures it is worked from, when no two of those make it: "A domestic cylinder holds 11.8 kg of gas
/// and weighs about 15 kg empty. A full cylinder therefore weighs 11.8 kg", "draws 32 watts … Over a
/// 12-hour day, the DC fan therefore uses 75 watt-hours" (75 watts was the other fan's). The figures
/// worked from are those of its sentence and the two before, one at least besides the copy.
fn worked_figure_given_an_input(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let quantities = &extraction.quantities;
    for (index, worked) in quantities.iter().enumerate() {
        if worked.in_table || worked.hedge != Hedge::None {
            continue;
        }
        let (sentence_start, _) = extraction.sentences[worked.sentence];
        let lead = lower_words(clamped(text, sentence_start, worked.start));
        if !lead
            .iter()
            .any(|w| matches!(w.as_str(), "therefore" | "thus" | "hence"))
        {
            continue;
        }
        // Two significant digits at least: "therefore needs 2 trucks" may well repeat a figure.
        let digits = written_digits(text, worked);
        let significant = digits.replace([',', '.'], "");
        if significant.trim_matches('0').len() < 2 {
            continue;
        }
        let inputs: Vec<&Quantity> = quantities[..index]
            .iter()
            .filter(|q| !q.in_table && q.sentence + 2 >= worked.sentence)
            .collect();
        let Some(copy) = inputs
            .iter()
            .rev()
            .find(|q| q.value == worked.value && written_digits(text, q) == digits)
        else {
            continue;
        };
        if inputs.len() < 2 {
            continue;
        }
        // Any two of the figures (the copy among them) that make the worked one by a sum, a
        // difference, a product or a quotient.
        let made = inputs.iter().enumerate().any(|(at, x)| {
            inputs[at + 1..].iter().any(|y| {
                [
                    x.value + y.value,
                    (x.value - y.value).abs(),
                    x.value * y.value,
                    x.value / y.value,
                    y.value / x.value,
                ]
                .iter()
                .any(|v| v.is_finite() && agrees(worked, *v))
            })
        });
        if made {
            continue;
        }
        findings.push(reused(
            text,
            extraction,
            (copy, worked),
            (
                &format!("`{}`", &text[copy.start..copy.end]),
                "a figure worked out from it and the others, which no two of them make",
            ),
        ));
    }
}

/// A share written with the numeral of the part it is the share of, when the text gives the whole:
/// "The factory sold 24 million pens in 2024. … took 9 million pens in 2024, …. That account alone was
/// 9 percent of everything we sold": 9 million of 24 million is 37.5 percent. The part stands in the
/// share's sentence or the one before, and the whole is a larger count of the same noun before the
/// share; a whole that makes the share leaves it be.
fn share_of_a_stated_whole(
    text: &str,
    extraction: &Extraction,
    share: &Quantity,
    findings: &mut Vec<Finding>,
) {
    let digits = written_digits(text, share);
    if digits.is_empty() || share.hedge != Hedge::None {
        return;
    }
    let quantities = &extraction.quantities;
    // The part: before the share in its sentence or the one before, or after it in its sentence or
    // the next ("made up 35 percent of its admissions. In all, the centre treated 35 Afghan
    // patients").
    let written_alike = |q: &&Quantity| {
        !q.in_table
            && q.unit == "count"
            && q.start != share.start
            && written_digits(text, q) == digits
    };
    let before = quantities
        .iter()
        .filter(|q| q.start < share.start && q.sentence + 1 >= share.sentence)
        .rev()
        .find(written_alike);
    let after = || {
        quantities
            .iter()
            .filter(|q| q.start > share.end && q.sentence <= share.sentence + 1)
            .find(written_alike)
    };
    let Some(part) = before.or_else(after) else {
        return;
    };
    let Some(noun) = super::counted_head(text, part) else {
        return;
    };
    let wholes: Vec<&Quantity> = quantities
        .iter()
        .filter(|q| {
            !q.in_table
                && q.unit == "count"
                && q.start < share.start.min(part.start)
                && q.value > part.value
                && super::counted_head(text, q).as_deref() == Some(noun.as_str())
        })
        .collect();
    // Some figure of the text the part is that share of ("we sampled a hundred kilograms … 6 percent
    // of the sample: 6 kg"), whatever it counts, leaves it be.
    let some_whole = quantities
        .iter()
        .any(|q| q.value > part.value && agrees(share, part.value / q.value * 100.0));
    if wholes.is_empty() || some_whole {
        return;
    }
    let count_is = format!(
        "a count of {noun}s, which is {:.1} percent of it",
        part.value / wholes[0].value * 100.0
    );
    let share_is = format!("a share of `{}`", &text[wholes[0].start..wholes[0].end]);
    let (first, second) = if part.start < share.start {
        ((part, count_is.as_str()), (share, share_is.as_str()))
    } else {
        ((share, share_is.as_str()), (part, count_is.as_str()))
    };
    findings.push(reused(
        text,
        extraction,
        (first.0, second.0),
        (first.1, second.1),
    ));
}

/// A share of a noun and a count of that noun in one sentence, written with one numeral: "12 percent
/// of declarations were selected for examination, about 12 declarations on an average working day".
/// The two are equal only over a whole of 100, which no figure of the text gives.
fn share_given_as_its_count(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let noun_of_share = |share: &Quantity| {
        let after = lower_words(clamped(text, share.end, share.end + 40));
        match after.as_slice() {
            [of, the, noun, ..] if of == "of" && matches!(the.as_str(), "the" | "all") => {
                Some(super::singular(noun))
            }
            [of, noun, ..] if of == "of" => Some(super::singular(noun)),
            _ => None,
        }
    };
    for sentence in 0..extraction.sentences.len() {
        let figures = prose_figures(extraction, sentence);
        for share in figures.iter().filter(|q| q.unit == "percent") {
            let Some(noun) = noun_of_share(share) else {
                continue;
            };
            let digits = written_digits(text, share);
            let Some(count) = figures.iter().find(|q| {
                q.unit == "count"
                    && q.value == share.value
                    && !digits.is_empty()
                    && written_digits(text, q) == digits
                    && word_after(text, extraction, q).is_some_and(|w| super::singular(&w) == noun)
            }) else {
                share_of_a_stated_whole(text, extraction, share, findings);
                continue;
            };
            // A whole of 100 near makes them equal ("Of the 100 refugee families surveyed, 35
            // percent …, 35 families in all").
            let whole_of_100 = extraction.quantities.iter().any(|q| {
                q.value == 100.0
                    && q.unit == "count"
                    && q.sentence + 1 >= share.sentence
                    && q.sentence <= share.sentence
            });
            if whole_of_100 {
                continue;
            }
            let (first, second) = if share.start < count.start {
                (*share, *count)
            } else {
                (*count, *share)
            };
            findings.push(reused(
                text,
                extraction,
                (first, second),
                (
                    &format!("a share of {noun}s"),
                    &format!("a count of {noun}s"),
                ),
            ));
        }
    }
}

/// Shares of one whole each given with its amount in one sentence: "Grade A, 20 percent of output, 400
/// tonnes; Grade B, 50 percent, 1,000 tonnes; Grade C, 30 percent, 400 tonnes". Every amount is its
/// share of the same whole; one that is not, when the others agree on the whole, is a slip (a number
/// given twice when its digits are another item's amount).
fn shares_with_their_amounts(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for sentence in 0..extraction.sentences.len() {
        let figures = prose_figures(extraction, sentence);
        // Pairs of a share and, right after its comma, an amount.
        let pairs: Vec<(&Quantity, &Quantity)> = figures
            .windows(2)
            .filter_map(|w| {
                let (share, amount) = (w[0], w[1]);
                let link = clamped(text, share.end, amount.start);
                let link_words = lower_words(link);
                let plain = link.trim_end().ends_with(',')
                    && link.matches(',').count() == 1
                    && !link.contains([';', '('])
                    && link_words
                        .iter()
                        .all(|w| matches!(w.as_str(), "of" | "output" | "the" | "total"));
                (share.unit == "percent"
                    && amount.unit != "percent"
                    && share.hedge == Hedge::None
                    && amount.hedge == Hedge::None
                    && share.value > 0.0
                    && plain)
                    .then_some((share, amount))
            })
            .collect();
        if pairs.len() < 3 || pairs.iter().any(|(_, a)| a.unit != pairs[0].1.unit) {
            continue;
        }
        let fits = |whole: f64, (share, amount): &(&Quantity, &Quantity)| {
            (amount.value - whole * share.value / 100.0).abs()
                <= super::tolerance(amount) + whole * super::tolerance(share) / 100.0
        };
        // The whole the most pairs agree on; the others must all agree with it but one.
        let wholes: Vec<f64> = pairs
            .iter()
            .map(|(s, a)| a.value / s.value * 100.0)
            .collect();
        let Some(whole) = wholes
            .iter()
            .copied()
            .max_by_key(|w| pairs.iter().filter(|p| fits(*w, p)).count())
        else {
            continue;
        };
        let off: Vec<&(&Quantity, &Quantity)> = pairs.iter().filter(|p| !fits(whole, p)).collect();
        let [(share, amount)] = off.as_slice() else {
            continue;
        };
        if pairs.len() - 1 < 2 {
            continue;
        }
        let expected = whole * share.value / 100.0;
        let twin = pairs.iter().find(|(_, a)| {
            a.start != amount.start && written_digits(text, a) == written_digits(text, amount)
        });
        match twin {
            Some((_, earlier)) => findings.push(reused(
                text,
                extraction,
                (earlier, amount),
                (
                    &format!(
                        "the amount of `{}`'s item",
                        &text[earlier.start..earlier.end]
                    ),
                    &format!(
                        "`{}` of the same whole, which is {expected}",
                        &text[share.start..share.end]
                    ),
                ),
            )),
            None => findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (share.start, amount.end),
                vec![share.value, amount.value, expected],
                vec![
                    extraction.claim(text, share),
                    extraction.claim(text, amount),
                ],
                format!(
                    "`{}` of the whole the other items give ({whole}) is {expected}, not `{}`",
                    &text[share.start..share.end],
                    &text[amount.start..amount.end]
                ),
            )),
        }
    }
}

/// Words that make loads only some of a total, or more than one load each: a rest sent another way,
/// round trips, an order not yet sent.
pub(super) const NOT_ALL_THE_LOADS: &[&str] = &[
    "rest",
    "remaining",
    "remainder",
    "trip",
    "trips",
    "round",
    "order",
    "ordered",
    "tomorrow",
    "balance",
    "pickups",
    "vans",
    "pickup",
    "van",
    "carts",
    "trailers",
    "flights",
];

/// A statement of loads: the count of vehicles, the size of each and the total they make, when the
/// sentence gives them as the whole of it (no rest, no second group of vehicles, no round trips).
pub(super) fn load_statement<'e>(
    text: &str,
    extraction: &'e Extraction,
    index: usize,
) -> Option<(&'e Quantity, &'e Quantity, &'e Quantity)> {
    let quantities = &extraction.quantities;
    let count = &quantities[index];
    if count.in_table || count.unit != "count" || count.hedge != Hedge::None {
        return None;
    }
    let vehicle = word_after(text, extraction, count)?;
    let &(_, one) = LOADS.iter().find(|(plural, _)| *plural == vehicle)?;
    let (sentence_start, sentence_end) = extraction.sentences[count.sentence];
    let in_sentence = |q: &&Quantity| {
        !q.in_table && q.start >= sentence_start && q.end <= sentence_end && q.unit == "count"
    };
    let said = lower_words(&text[sentence_start..sentence_end]);
    if said.iter().any(|w| NOT_ALL_THE_LOADS.contains(&w.as_str())) {
        return None;
    }
    // The size: "of 15 tonnes" right after, or "Each truck carries 6 million syringes" in one of the
    // next two sentences.
    let (size, total) = if let Some(size) = load_size(text, extraction, count) {
        // The total right before, in apposition or with "in" ("took 450 tonnes, 40 trucks of 15
        // tonnes each", "450 tonnes in 18 trucks of 25 tonnes", "450 tonnes of dried apricots, 35
        // trucks …", "160,000 skins came in 30 trucks of 5,000 skins"), of the size's unit.
        let total = index
            .checked_sub(1)
            .map(|i| &quantities[i])
            .filter(in_sentence)
            .filter(|t| {
                let link = clamped(text, t.end, count.start);
                let link = link.trim_start();
                let unit = word_after(text, extraction, t);
                let rest = link.strip_prefix(unit.as_deref().unwrap_or(""));
                // "of dried apricots, ", "of cement in ": what the unit weighs, before the link.
                let rest = rest.map(|rest| {
                    let Some(goods) = rest.strip_prefix(" of ") else {
                        return rest;
                    };
                    [", ", " in ", " on "]
                        .iter()
                        .filter_map(|link| goods.find(link).map(|at| (at, link.len())))
                        .min()
                        .filter(|(at, _)| goods[..*at].split_whitespace().count() <= 3)
                        .map_or(rest, |(at, _)| &goods[at..])
                });
                let moved_in = rest.is_some_and(|rest| {
                    matches!(
                        lower_words(rest).as_slice(),
                        [verb, prep] if matches!(prep.as_str(), "in" | "on" | "by")
                            && (verb.ends_with("ed")
                                || matches!(verb.as_str(), "came" | "went" | "left"))
                    )
                });
                unit.is_some()
                    && unit == word_after(text, extraction, size)
                    && ([", ", " in ", " on ", " or "]
                        .iter()
                        .any(|l| rest == Some(l))
                        || moved_in)
            })?;
        (size, total)
    } else {
        // "6 trucks to Kabul, 14.4 million syringes in all": the total in the same sentence, said
        // to be all of it.
        let total = quantities[index + 1..]
            .iter()
            .filter(in_sentence)
            .find(|t| {
                let after = clamped(text, t.end, (t.end + 32).min(sentence_end)).to_lowercase();
                [" in all", " in total", " altogether"].iter().any(|w| {
                    after
                        .split([',', '.', ';'])
                        .next()
                        .is_some_and(|c| c.contains(w))
                })
            })?;
        let noun = word_after(text, extraction, total)?;
        let size = quantities.iter().filter(|q| !q.in_table).find(|q| {
            q.sentence > count.sentence && q.sentence <= count.sentence + 2 && {
                let (start, _) = extraction.sentences[q.sentence];
                let lead = lower_words(clamped(text, start, q.start));
                matches!(lead.as_slice(), [each, v, verb] | [each, v, _, verb]
                    if each == "each" && v == one && CARRIES.contains(&verb.as_str()))
                    && word_after(text, extraction, q).as_deref() == Some(noun.as_str())
            }
        })?;
        (size, total)
    };
    // No other count of vehicles in the sentence ("6 trucks to Kabul and 4 to Kandahar").
    let another_count = quantities
        .iter()
        .filter(in_sentence)
        .filter(|q| ![count.start, size.start, total.start].contains(&q.start))
        .any(|q| {
            let after = word_after(text, extraction, q);
            after.is_none()
                || after.is_some_and(|w| {
                    LOADS.iter().any(|(plural, _)| *plural == w)
                        || matches!(w.as_str(), "to" | "for" | "more" | "others")
                })
        });
    if another_count || size.hedge != Hedge::None || total.hedge != Hedge::None || size.value <= 0.0
    {
        return None;
    }
    Some((count, size, total))
}

/// Whether a figure is the count or the size of a statement of loads whose product is its total
/// ("30 trucks of 15 tonnes, 450 tonnes in all"): its digits written for something else nearby are
/// no slip.
pub(super) fn a_factor_that_holds(
    text: &str,
    extraction: &Extraction,
    quantity: &Quantity,
) -> bool {
    let from = extraction
        .quantities
        .partition_point(|q| q.sentence + 2 < quantity.sentence);
    extraction.quantities[from..]
        .iter()
        .take_while(|q| q.sentence <= quantity.sentence)
        .enumerate()
        .any(|(offset, _)| {
            load_statement(text, extraction, from + offset).is_some_and(|(count, size, total)| {
                (count.start == quantity.start || size.start == quantity.start)
                    && agrees(total, count.value * size.value)
            })
        })
}

/// Whether a figure is a measure of each load: "150 sacks to a truck", "20 pallets per container".
pub(super) fn per_load(text: &str, quantity: &Quantity) -> bool {
    let after = lower_words(clamped(text, quantity.end, quantity.end + 32));
    after.windows(2).take(3).any(|w| {
        matches!(w[0].as_str(), "a" | "an" | "per" | "each" | "every")
            && LOADS.iter().any(|(_, one)| *one == w[1])
    })
}

/// Loads of a size and the total they make.
fn loads_and_their_total(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    for index in 0..extraction.quantities.len() {
        let Some((count, size, total)) = load_statement(text, extraction, index) else {
            continue;
        };
        let product = count.value * size.value;
        if agrees(total, product) {
            continue;
        }
        let parts = [count, size, total];
        let first = *parts.iter().min_by_key(|q| q.start).expect("three figures");
        let last = *parts.iter().max_by_key(|q| q.end).expect("three figures");
        let source = written_before(text, extraction, count, &[size, total])
            .map(|earlier| (earlier, count))
            .or_else(|| written_before(text, extraction, size, &[total]).map(|e| (e, size)));
        // The product a table gives too: the total is the slip, against the table.
        let in_a_table = extraction
            .quantities
            .iter()
            .find(|q| q.in_table && (q.value - product).abs() < 0.5);
        if let Some(cell) = in_a_table {
            findings.push(Finding::new(
                text,
                CheckKind::TextVsTable,
                (total.start, total.end),
                vec![total.value, cell.value],
                vec![extraction.claim(text, total), extraction.claim(text, cell)],
                format!(
                    "the text gives `{}`, but its `{}` loads of `{}` make {product}, as the table's `{}` does",
                    &text[total.start..total.end],
                    &text[count.start..count.end],
                    &text[size.start..size.end],
                    &text[cell.start..cell.end]
                ),
            ));
            continue;
        }
        match source {
            // Spanning the two figures written alike, as the other reuse checks do: one slip
            // found by two checks is reported once.
            Some((earlier, factor)) => findings.push(reused(
                text,
                extraction,
                (earlier, factor),
                (
                    &format!("`{}`", &text[earlier.start..earlier.end]),
                    &format!(
                        "a load's {}, though `{}` loads of `{}` make {product}, not `{}`",
                        if std::ptr::eq(factor, count) {
                            "count"
                        } else {
                            "size"
                        },
                        &text[count.start..count.end],
                        &text[size.start..size.end],
                        &text[total.start..total.end]
                    ),
                ),
            )),
            None => findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (first.start, last.end),
                vec![count.value, size.value, total.value],
                parts.iter().map(|q| extraction.claim(text, q)).collect(),
                format!(
                    "`{}` loads of `{}` make {product}, not `{}`",
                    &text[count.start..count.end],
                    &text[size.start..size.end],
                    &text[total.start..total.end]
                ),
            )),
        }
    }
}

/// The gap between two figures of consecutive years, said right after them.
fn gap_between_two_years(text: &str, extraction: &Extraction, findings: &mut Vec<Finding>) {
    let quantities = &extraction.quantities;
    for index in 2..quantities.len() {
        let (a, b, gap) = (
            &quantities[index - 2],
            &quantities[index - 1],
            &quantities[index],
        );
        if [a, b, gap]
            .iter()
            .any(|q| q.in_table || q.hedge != Hedge::None)
            || a.sentence != gap.sentence
            || b.sentence != gap.sentence
            || a.unit != b.unit
            || b.unit != gap.unit
            || a.unit == "percent"
        {
            continue;
        }
        // "…, 500 tonnes more than the year before": the gap closes the sentence's comparison.
        let after = lower_words(clamped(text, gap.end, gap.end + 48));
        let noun_skipped = match after.first().map(String::as_str) {
            Some("more" | "less" | "fewer") => &after[..],
            Some(_) => &after[1.min(after.len())..],
            None => continue,
        };
        let sign = match noun_skipped {
            [more, than, rest @ ..] if than == "than" => {
                let before = rest.join(" ");
                let year_before = ["the year before", "the previous year", "a year earlier"]
                    .iter()
                    .any(|w| before.starts_with(w));
                match more.as_str() {
                    "more" if year_before => 1.0,
                    "less" | "fewer" if year_before => -1.0,
                    _ => continue,
                }
            }
            _ => continue,
        };
        // Each figure with its own year, the second the year after the first.
        let (first_years, second_years) = (
            years_in(clamped(text, a.end, b.start)),
            years_in(clamped(text, b.end, gap.start)),
        );
        let ([y1], [y2]) = (&first_years[..], &second_years[..]) else {
            continue;
        };
        if *y2 != y1 + 1 || !clamped(text, a.end, b.start).contains(" and ") {
            continue;
        }
        // The gap follows the second figure with nothing but its year between: "… 800 tonnes in
        // 2024, 500 tonnes more" (not "…, and sold 120 tonnes more", "the dealer alone 200 tonnes
        // more").
        let y2_text = y2.to_string();
        let b_unit = word_after(text, extraction, b);
        let plain_link = lower_words(clamped(text, b.end, gap.start))
            .iter()
            .all(|w| {
                matches!(
                    w.as_str(),
                    "in" | "or" | "that" | "is" | "which" | "was" | "some"
                ) || *w == y2_text
                    || Some(w) == b_unit.as_ref()
            });
        if !plain_link {
            continue;
        }
        let expected = (b.value - a.value) * sign;
        if expected <= 0.0 || agrees(gap, expected) {
            continue;
        }
        // The gap written as one of the two figures ("500 tonnes in 2023 …, 500 tonnes more").
        let given_twice = [a, b]
            .into_iter()
            .find(|q| written_digits(text, q) == written_digits(text, gap));
        match given_twice {
            Some(earlier) => findings.push(reused(
                text,
                extraction,
                (earlier, gap),
                (
                    &format!(
                        "the figure of {}",
                        if std::ptr::eq(earlier, a) { y1 } else { y2 }
                    ),
                    &format!("the gap between the two years, which is {expected}"),
                ),
            )),
            None => findings.push(Finding::new(
                text,
                CheckKind::Arithmetic,
                (a.start, gap.end),
                vec![a.value, b.value, gap.value],
                [a, b, gap]
                    .iter()
                    .map(|q| extraction.claim(text, q))
                    .collect(),
                format!(
                    "from `{}` to `{}` is a gap of {expected}, not `{}`",
                    &text[a.start..a.end],
                    &text[b.start..b.end],
                    &text[gap.start..gap.end]
                ),
            )),
        }
    }
}

#[cfg(test)]
mod tests {
    use dyad_model::claim::CheckKind;

    use crate::consistency::tests::kinds_found;

    #[test]
    fn loads_of_a_size_and_their_total() {
        let bags =
            "We grade the chillies and pack them in 40 kg bags. Grinders in Karachi buy most. ";
        assert_eq!(
            kinds_found(&format!(
                "{bags}In 2024 our buyer there took 450 tonnes, 40 trucks of 15 tonnes each."
            )),
            [CheckKind::NumberReuse]
        );
        assert_eq!(
            kinds_found("In 2024 our buyer there took 450 tonnes, 40 trucks of 15 tonnes each."),
            [CheckKind::Arithmetic]
        );
        assert!(
            kinds_found(&format!(
                "{bags}In 2024 our buyer there took 450 tonnes, 30 trucks of 15 tonnes each."
            ))
            .is_empty()
        );
        assert_eq!(
            kinds_found(
                "Last year we sent 6 trucks to Kabul, 14.4 million syringes in all. Each truck carries 6 million syringes, and one mistake holds it a week."
            ),
            [CheckKind::NumberReuse]
        );
        assert!(
            kinds_found("Last year we sent 6 trucks to Kabul, 14.4 million syringes in all. Each truck carries 2.4 million syringes.")
                .is_empty()
        );
    }

    #[test]
    fn shares_each_with_its_amount() {
        assert_eq!(
            kinds_found(
                "The Seller grades its stone: Grade A, 20 percent of output, 400 tonnes; Grade B, 50 percent, 1,000 tonnes; Grade C, 30 percent, 400 tonnes."
            ),
            [CheckKind::NumberReuse]
        );
        assert_eq!(
            kinds_found(
                "The Seller grades its stone: Grade A, 20 percent of output, 400 tonnes; Grade B, 50 percent, 1,000 tonnes; Grade C, 30 percent, 500 tonnes."
            ),
            [CheckKind::Arithmetic]
        );
        assert!(
            kinds_found("The Seller grades its stone: Grade A, 20 percent of output, 400 tonnes; Grade B, 50 percent, 1,000 tonnes; Grade C, 30 percent, 600 tonnes.")
                .is_empty()
        );
    }

    #[test]
    fn a_gap_between_two_years() {
        assert_eq!(
            kinds_found(
                "The mill bought 500 tonnes of chickpeas in 2023 and 800 tonnes in 2024, 500 tonnes more than the year before."
            ),
            [CheckKind::NumberReuse]
        );
        assert_eq!(
            kinds_found(
                "The mill bought 500 tonnes of chickpeas in 2023 and 800 tonnes in 2024, 200 tonnes more than the year before."
            ),
            [CheckKind::Arithmetic]
        );
        assert!(
            kinds_found("The mill bought 500 tonnes of chickpeas in 2023 and 800 tonnes in 2024, 300 tonnes more than the year before.")
                .is_empty()
        );
    }
}
