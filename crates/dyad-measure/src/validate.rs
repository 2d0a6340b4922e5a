//! Checks survey toplines against their own source's totals and their own history, and flags the
//! figures that break them.
//!
//! # What it checks
//! Survey toplines are `opinion.*` observations in percent: the share of respondents giving one response
//! (the figure's concept, such as `Very favorable`) to one question, in one wave and country. Three rules
//! read them; each returns a [`Flag`] and never drops or changes a figure.
//!
//! 1. **Totals** ([`Rule::Totals`]). The responses to one question in one wave, country and release
//!    add up to 100% within [`TOTAL_TOLERANCE`] points. The rule needs at least three responses, so
//!    that a wave entered as a selection (only the favourable side, say) is not mistaken for a broken
//!    distribution; a published total such as `Favorable` is not counted as a response.
//! 2. **Parts and total** ([`Rule::PartsAndTotal`]). Where a published favourable (or unfavourable)
//!    total stands for the same question, country and wave, from any source, the very and somewhat
//!    parts of each release add up to it within [`TOTAL_TOLERANCE`] points. The parts are flagged: the
//!    total is what the publisher chose to print.
//! 3. **History** ([`Rule::History`]). The favourable share (very + somewhat) and the unfavourable share
//!    of one question, country and release form series over the waves. A series' usual movement is the
//!    spread of its wave-to-wave changes, measured robustly: the median absolute deviation of the
//!    changes from their median, times 1.4826 so that it reads as a standard deviation. Each change
//!    gets a robust z-score against it. A wave is flagged when the change into it and the change out of
//!    it both score beyond [`HISTORY_THRESHOLD`], point in opposite directions, and are each at least
//!    [`HISTORY_FLOOR`] points: the wave leaves its series and the next wave returns. A series needs
//!    [`HISTORY_MIN_CHANGES`] changes to be judged, and the first and last waves, which have one
//!    neighbour only, are never flagged by it.
//!
//! # Why a wave must leave and come back
//! One large change can be real. In the harmonised Pew toplines, Turkey's favourable view of the EU fell
//! 31 points in 2007 and stayed down, and Indonesia's view of the United States fell 46 points in 2003;
//! a rule that flagged every large change would flag history itself. A wave that departs and is undone
//! by the next wave is what a mislabelled or mis-coded variable looks like: the harmonised file's
//! Pakistan 2013 view of China (16.4% favourable, between 85.4% in 2012 and 77.9% in 2014, while Pew
//! published 81% for 2013). Over the 48 favourable and unfavourable series of Pakistan and its four peers
//! in that file that are long enough to judge, that wave is the only one the rule flags, on both its
//! favourable and its unfavourable share.
//!
//! # Inputs
//! Evidence: any observations; only survey toplines are read.
//!
//! # Caveats
//! - The rules see only what the evidence holds: a published total is compared only when it was
//!   ingested, and a wave's history only within one release of one source.
//! - Waves are compared in order whatever the gap between them; a series with years missing is judged
//!   on the changes it has.
//! - A wave is judged with every wave of its release, later ones included: a table of 2013 already
//!   knows that the 2014 wave returned. The flags are about the data, not a forecast, so hindsight is
//!   what they should use; evidence cut to an as-of date is judged on what that date knew.
//!
//! # References
//! - Iglewicz, B. and Hoaglin, D. C. (1993), *How to Detect and Handle Outliers*: the modified z-score
//!   and its 3.5 cut-off.
//! - Pew Research Center, Global Attitudes Survey toplines (the favourable total as the sum of very and
//!   somewhat favourable).

use std::collections::BTreeMap;

use serde::Serialize;

use dyad_model::{Evidence, Period, Status};

/// Points by which a wave's responses may miss 100%, or parts their published total. Shares published
/// to whole numbers can miss by a point or so through rounding; a response left out usually misses by
/// more.
pub const TOTAL_TOLERANCE: f64 = 2.0;

/// The robust z-score beyond which a change is far outside a series' usual movement: Iglewicz and
/// Hoaglin's cut-off for the modified z-score.
pub const HISTORY_THRESHOLD: f64 = 3.5;

/// The smallest change, in points, that the history rule calls out. A national sample of about a
/// thousand has a margin of error near 3 points on a share, so a smaller change between two waves says
/// nothing, however still the rest of the series is.
pub const HISTORY_FLOOR: f64 = 10.0;

/// The fewest wave-to-wave changes a series needs before its usual movement is measured: with fewer,
/// the median absolute deviation rests on two or three numbers.
pub const HISTORY_MIN_CHANGES: usize = 5;

/// The factor that makes a median absolute deviation estimate a normal standard deviation.
const MAD_TO_SD: f64 = 1.4826;

/// Which rule a figure breaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Rule {
    /// A wave's responses do not add up to 100%.
    Totals,
    /// The very and somewhat parts do not add up to the published total.
    PartsAndTotal,
    /// A wave leaves its series' history and the next wave returns.
    History,
}

impl Rule {
    /// The name printed and exported.
    pub fn as_str(self) -> &'static str {
        match self {
            Rule::Totals => "totals",
            Rule::PartsAndTotal => "parts_and_total",
            Rule::History => "history",
        }
    }
}

/// One figure, or one wave of figures, that breaks a rule.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Flag {
    /// The rule broken.
    pub rule: Rule,
    /// The question's indicator, `opinion.pew.opi_chn`.
    pub indicator: String,
    /// The country (or place) surveyed.
    pub subject: String,
    /// The wave.
    pub period: Period,
    /// The release the flagged figures come from: `publisher: dataset (vintage)`.
    pub source: String,
    /// What is wrong, with the numbers.
    pub message: String,
}

/// The responses the rules know, whatever the spelling (`favorable` or `favourable`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Response {
    /// `Very favorable`.
    VeryFavourable,
    /// `Somewhat favorable`.
    SomewhatFavourable,
    /// `Somewhat unfavorable`.
    SomewhatUnfavourable,
    /// `Very unfavorable`.
    VeryUnfavourable,
    /// A published favourable total: `Favorable`, `Total favorable`.
    FavourableTotal,
    /// A published unfavourable total.
    UnfavourableTotal,
}

impl Response {
    /// The response a figure's concept names, if it is one of these.
    pub fn of(concept: &str) -> Option<Response> {
        let text = concept
            .trim()
            .to_lowercase()
            .replace("favourable", "favorable");
        Some(match text.as_str() {
            "very favorable" => Response::VeryFavourable,
            "somewhat favorable" => Response::SomewhatFavourable,
            "somewhat unfavorable" => Response::SomewhatUnfavourable,
            "very unfavorable" => Response::VeryUnfavourable,
            "favorable" | "total favorable" => Response::FavourableTotal,
            "unfavorable" | "total unfavorable" => Response::UnfavourableTotal,
            _ => return None,
        })
    }

    fn is_total(self) -> bool {
        matches!(
            self,
            Response::FavourableTotal | Response::UnfavourableTotal
        )
    }
}

/// The favourable and the unfavourable side of a scale, each with its two parts and its total.
#[derive(Clone, Copy)]
struct Side {
    name: &'static str,
    very: Response,
    somewhat: Response,
    total: Response,
}

const SIDES: [Side; 2] = [
    Side {
        name: "favourable",
        very: Response::VeryFavourable,
        somewhat: Response::SomewhatFavourable,
        total: Response::FavourableTotal,
    },
    Side {
        name: "unfavourable",
        very: Response::VeryUnfavourable,
        somewhat: Response::SomewhatUnfavourable,
        total: Response::UnfavourableTotal,
    },
];

/// A release: publisher, dataset and vintage.
type Release<'e> = (&'e str, &'e str, &'e str);

fn release(evidence: &Evidence) -> Release<'_> {
    let source = &evidence.provenance.source;
    (&source.publisher, &source.dataset, &source.vintage)
}

fn release_text((publisher, dataset, vintage): Release<'_>) -> String {
    format!("{publisher}: {dataset} ({vintage})")
}

/// A topline the rules read: an observed share, dated, with a number.
struct Topline<'e> {
    evidence: &'e Evidence,
    period: Period,
    share: f64,
}

fn toplines(evidence: &[Evidence]) -> Vec<Topline<'_>> {
    evidence
        .iter()
        .filter_map(|e| {
            let observation = &e.observation;
            let is_share = observation.indicator.starts_with("opinion.")
                && observation.unit == "percent"
                && observation.status == Status::Observed;
            Some(Topline {
                evidence: e,
                period: observation.period.filter(|_| is_share)?,
                share: observation.value.number?,
            })
        })
        .collect()
}

fn response(topline: &Topline<'_>) -> Option<Response> {
    Response::of(&topline.evidence.observation.concept)
}

/// Flags the survey toplines among `evidence` that break their source's own totals or history, in the
/// order of indicator, subject, wave and rule.
pub fn survey_flags(evidence: &[Evidence]) -> Vec<Flag> {
    let toplines = toplines(evidence);
    let mut flags = totals(&toplines);
    flags.extend(parts_and_total(&toplines));
    flags.extend(history(&toplines));
    flags.sort_by(|a, b| {
        (&a.indicator, &a.subject, a.period, a.rule, &a.message).cmp(&(
            &b.indicator,
            &b.subject,
            b.period,
            b.rule,
            &b.message,
        ))
    });
    flags
}

/// The flags on one question, country and wave.
pub fn flags_on<'f>(
    flags: &'f [Flag],
    indicator: &str,
    subject: &str,
    period: Period,
) -> Vec<&'f Flag> {
    flags
        .iter()
        .filter(|f| f.indicator == indicator && f.subject == subject && f.period == period)
        .collect()
}

/// Question, country, release and wave: one distribution of responses.
type WaveKey<'e> = (&'e str, &'e str, Release<'e>, Period);

fn totals(toplines: &[Topline<'_>]) -> Vec<Flag> {
    let mut waves: BTreeMap<WaveKey<'_>, Vec<&Topline<'_>>> = BTreeMap::new();
    for topline in toplines {
        if response(topline).is_some_and(Response::is_total) {
            continue;
        }
        let observation = &topline.evidence.observation;
        waves
            .entry((
                &observation.indicator,
                &observation.subject,
                release(topline.evidence),
                topline.period,
            ))
            .or_default()
            .push(topline);
    }
    let mut flags = Vec::new();
    for ((indicator, subject, source, period), responses) in waves {
        if responses.len() < 3 {
            continue;
        }
        let sum: f64 = responses.iter().map(|t| t.share).sum();
        if (sum - 100.0).abs() > TOTAL_TOLERANCE {
            flags.push(Flag {
                rule: Rule::Totals,
                indicator: indicator.to_string(),
                subject: subject.to_string(),
                period,
                source: release_text(source),
                message: format!(
                    "the {} responses of wave {period} sum to {sum:.1}%, not 100% (tolerance {TOTAL_TOLERANCE} points)",
                    responses.len()
                ),
            });
        }
    }
    flags
}

/// The very and the somewhat share of one side in one release's wave, when both are there.
fn parts_sum(responses: &BTreeMap<Response, f64>, side: Side) -> Option<(f64, f64)> {
    Some((*responses.get(&side.very)?, *responses.get(&side.somewhat)?))
}

fn parts_and_total(toplines: &[Topline<'_>]) -> Vec<Flag> {
    // (question, country, wave) -> release -> response -> share
    type Waves<'e> =
        BTreeMap<(&'e str, &'e str, Period), BTreeMap<Release<'e>, BTreeMap<Response, f64>>>;
    let mut waves: Waves<'_> = BTreeMap::new();
    for topline in toplines {
        let Some(response) = response(topline) else {
            continue;
        };
        let observation = &topline.evidence.observation;
        waves
            .entry((&observation.indicator, &observation.subject, topline.period))
            .or_default()
            .entry(release(topline.evidence))
            .or_default()
            .insert(response, topline.share);
    }
    let mut flags = Vec::new();
    for ((indicator, subject, period), releases) in &waves {
        for side in SIDES {
            let published: Vec<(Release<'_>, f64)> = releases
                .iter()
                .filter_map(|(source, responses)| Some((*source, *responses.get(&side.total)?)))
                .collect();
            for (source, responses) in releases {
                let Some((very, somewhat)) = parts_sum(responses, side) else {
                    continue;
                };
                let sum = very + somewhat;
                for (total_source, total) in &published {
                    let difference = sum - total;
                    if difference.abs() <= TOTAL_TOLERANCE {
                        continue;
                    }
                    flags.push(Flag {
                        rule: Rule::PartsAndTotal,
                        indicator: indicator.to_string(),
                        subject: subject.to_string(),
                        period: *period,
                        source: release_text(*source),
                        message: format!(
                            "very + somewhat {} ({very} + {somewhat} = {sum:.1}%) misses the published {} total of {total}% ({}) by {difference:+.1} points",
                            side.name,
                            side.name,
                            release_text(*total_source)
                        ),
                    });
                }
            }
        }
    }
    flags
}

fn median(values: &mut [f64]) -> f64 {
    values.sort_by(f64::total_cmp);
    let middle = values.len() / 2;
    if values.len().is_multiple_of(2) {
        (values[middle - 1] + values[middle]) / 2.0
    } else {
        values[middle]
    }
}

fn history(toplines: &[Topline<'_>]) -> Vec<Flag> {
    // (question, country, release) -> wave -> response -> share
    type Series<'e> =
        BTreeMap<(&'e str, &'e str, Release<'e>), BTreeMap<Period, BTreeMap<Response, f64>>>;
    let mut series: Series<'_> = BTreeMap::new();
    for topline in toplines {
        let Some(response) = response(topline) else {
            continue;
        };
        let observation = &topline.evidence.observation;
        series
            .entry((
                &observation.indicator,
                &observation.subject,
                release(topline.evidence),
            ))
            .or_default()
            .entry(topline.period)
            .or_default()
            .insert(response, topline.share);
    }
    let mut flags = Vec::new();
    for ((indicator, subject, source), waves) in &series {
        for side in SIDES {
            // A wave's share of the side: its parts when both are there, else its published total.
            let shares: Vec<(Period, f64)> = waves
                .iter()
                .filter_map(|(period, responses)| {
                    let share = parts_sum(responses, side)
                        .map(|(very, somewhat)| very + somewhat)
                        .or_else(|| responses.get(&side.total).copied())?;
                    Some((*period, share))
                })
                .collect();
            for (index, spike) in spikes(&shares) {
                let (before, now, after) = (shares[index - 1], shares[index], shares[index + 1]);
                let Spike {
                    z_in,
                    z_out,
                    median_change,
                    scale,
                } = spike;
                flags.push(Flag {
                    rule: Rule::History,
                    indicator: indicator.to_string(),
                    subject: subject.to_string(),
                    period: now.0,
                    source: release_text(*source),
                    message: format!(
                        "its {} share (very + somewhat {}), {:.1}%, leaves its own history: {:+.1} points from {} ({:.1}%) and {:+.1} points to {} ({:.1}%), robust z {z_in:+.1} and {z_out:+.1} against the series' usual change of {median_change:+.1} ± {scale:.1} points (flagged beyond {HISTORY_THRESHOLD})",
                        side.name,
                        side.name,
                        now.1,
                        now.1 - before.1,
                        before.0,
                        before.1,
                        after.1 - now.1,
                        after.0,
                        after.1,
                    ),
                });
            }
        }
    }
    flags
}

/// The scores behind a flagged wave.
struct Spike {
    /// The robust z-score of the change into the wave, and of the change out of it.
    z_in: f64,
    z_out: f64,
    /// The series' median change and its robust scale (1.4826 × the median absolute deviation).
    median_change: f64,
    scale: f64,
}

/// The waves that leave the series and whose next wave returns, by index, with their scores. A series
/// too short to judge, or whose changes mostly agree exactly (no spread to measure against), has none.
fn spikes(shares: &[(Period, f64)]) -> Vec<(usize, Spike)> {
    if shares.len() < HISTORY_MIN_CHANGES + 1 {
        return Vec::new();
    }
    let changes: Vec<f64> = shares.windows(2).map(|w| w[1].1 - w[0].1).collect();
    let median_change = median(&mut changes.clone());
    let mut deviations: Vec<f64> = changes.iter().map(|c| (c - median_change).abs()).collect();
    let scale = MAD_TO_SD * median(&mut deviations);
    if scale <= 0.0 {
        return Vec::new();
    }
    let scores: Vec<f64> = changes
        .iter()
        .map(|c| (c - median_change) / scale)
        .collect();
    let far = |i: usize| scores[i].abs() > HISTORY_THRESHOLD && changes[i].abs() >= HISTORY_FLOOR;
    // Change `i` leads into wave `i + 1`, and change `i + 1` out of it.
    (0..changes.len().saturating_sub(1))
        .filter(|&i| far(i) && far(i + 1) && changes[i].signum() != changes[i + 1].signum())
        .map(|i| {
            let spike = Spike {
                z_in: scores[i],
                z_out: scores[i + 1],
                median_change,
                scale,
            };
            (i + 1, spike)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_model::{Observation, Provenance, SourceRef, Value};

    fn topline(indicator: &str, wave: &str, response: &str, share: f64, vintage: &str) -> Evidence {
        Evidence {
            observation: Observation {
                indicator: indicator.into(),
                subject: "PAK".into(),
                period: Some(wave.parse().unwrap()),
                value: Value::parse_number(&share.to_string()).unwrap(),
                unit: "percent".into(),
                concept: response.into(),
                basis: String::new(),
                agency: String::new(),
                status: Status::Observed,
                note: String::new(),
            },
            provenance: Provenance {
                source: SourceRef {
                    publisher: "Pew Research Center".into(),
                    dataset: "Global Attitudes".into(),
                    vintage: vintage.into(),
                    vintage_date: String::new(),
                    url: String::new(),
                    licence: String::new(),
                },
                locator: String::new(),
                file_sha256: String::new(),
                file_name: String::new(),
                ingested_at: String::new(),
            },
        }
    }

    /// A wave as Pew's harmonised file gives it: very and somewhat favourable, the unfavourable side
    /// and don't know, which together make 100.
    fn wave(
        indicator: &str,
        year: i32,
        very: f64,
        somewhat: f64,
        unfavourable: f64,
    ) -> Vec<Evidence> {
        let wave = year.to_string();
        let dk = 100.0 - very - somewhat - unfavourable;
        vec![
            topline(indicator, &wave, "Very favorable", very, "h"),
            topline(indicator, &wave, "Somewhat favorable", somewhat, "h"),
            topline(indicator, &wave, "Very unfavorable", unfavourable, "h"),
            topline(indicator, &wave, "DK", dk, "h"),
        ]
    }

    /// Flags of a series given as (year, very, somewhat, unfavourable), as `rule wave` strings.
    fn check(series: &[(i32, f64, f64, f64)], expect: &[&str]) {
        let evidence: Vec<Evidence> = series
            .iter()
            .flat_map(|&(year, very, somewhat, unfavourable)| {
                wave("opinion.pew.q", year, very, somewhat, unfavourable)
            })
            .collect();
        let flags: Vec<String> = survey_flags(&evidence)
            .iter()
            .map(|f| format!("{} {}", f.rule.as_str(), f.period))
            .collect();
        assert_eq!(flags, expect, "{:#?}", survey_flags(&evidence));
    }

    /// Pakistan's view of China in the harmonised Pew file, 2005–2015: very and somewhat favourable,
    /// and very + somewhat unfavourable, as published there.
    // 2009's unfavourable share is 3.14 points in the file; it only looks like π.
    #[allow(clippy::approx_constant)]
    const PAKISTAN_CHINA: [(i32, f64, f64, f64); 11] = [
        (2005, 55.89, 22.98, 3.77),
        (2006, 47.32, 22.34, 7.25),
        (2007, 57.15, 22.1, 6.18),
        (2008, 54.17, 21.55, 7.86),
        (2009, 56.55, 27.12, 3.14),
        (2010, 60.57, 24.09, 3.02),
        (2011, 59.09, 24.84, 3.64),
        (2012, 60.27, 25.1, 4.38),
        (2013, 3.59, 12.79, 59.81),
        (2014, 52.95, 24.93, 2.61),
        (2015, 60.91, 21.09, 4.95),
    ];

    #[test]
    fn the_pew_2013_china_wave_for_pakistan_breaks_its_own_history() {
        // The helper enters the unfavourable side as one response, so only the favourable side has the
        // two parts a series is made of.
        check(&PAKISTAN_CHINA, &["history 2013"]);
        let evidence: Vec<Evidence> = PAKISTAN_CHINA
            .iter()
            .flat_map(|&(y, v, s, u)| wave("opinion.pew.opi_chn", y, v, s, u))
            .collect();
        let flags = survey_flags(&evidence);
        let favourable = &flags_on(&flags, "opinion.pew.opi_chn", "PAK", Period::Year(2013))[0];
        assert!(
            favourable
                .message
                .starts_with("its favourable share (very + somewhat favourable), 16.4%, leaves its own history: -69.0 points from 2012 (85.4%) and +61.5 points to 2014 (77.9%), robust z -8.2 and +7.1"),
            "{}",
            favourable.message
        );
    }

    #[test]
    fn ordinary_series_are_not_flagged() {
        // Pakistan's views of the United States (2002–2015) and of Iran (2006–2015) in the same file:
        // real movement, the US falling after 2010 and Iran's "very" share halving in 2014, but no wave
        // that leaves its series and comes back.
        check(
            &[
                (2002, 2.27, 8.37, 69.65),
                (2003, 3.45, 10.26, 80.61),
                (2004, 3.89, 16.84, 60.85),
                (2005, 5.94, 16.64, 59.61),
                (2006, 6.78, 20.16, 55.56),
                (2007, 4.15, 11.28, 68.55),
                (2008, 6.47, 13.06, 63.19),
                (2009, 3.03, 12.57, 68.1),
                (2010, 3.12, 13.51, 67.61),
                (2011, 1.66, 9.93, 73.77),
                (2012, 2.52, 8.91, 79.83),
                (2013, 3.41, 8.32, 71.88),
                (2014, 1.69, 12.22, 58.9),
                (2015, 8.22, 14.33, 61.47),
            ],
            &[],
        );
        check(
            &[
                (2006, 41.35, 30.67, 9.73),
                (2007, 38.03, 30.3, 10.66),
                (2008, 38.53, 28.03, 12.45),
                (2009, 33.36, 40.62, 7.87),
                (2010, 34.78, 37.17, 8.67),
                (2011, 33.84, 37.72, 8.7),
                (2012, 40.0, 36.18, 8.55),
                (2013, 35.96, 32.97, 5.99),
                (2014, 20.05, 43.41, 7.43),
                (2015, 18.06, 38.97, 15.65),
            ],
            &[],
        );
        // A fall that stays is history, not an error: Turkey's view of the EU, 2004–2019.
        check(
            &[
                (2004, 21.53, 36.28, 34.91),
                (2007, 5.15, 21.73, 58.5),
                (2009, 3.52, 17.63, 58.9),
                (2010, 4.48, 24.08, 57.35),
                (2011, 4.62, 17.71, 63.56),
                (2012, 5.44, 16.24, 59.79),
                (2013, 3.75, 21.5, 59.72),
                (2014, 8.66, 15.94, 66.41),
                (2019, 7.03, 26.78, 55.41),
            ],
            &[],
        );
        // Nor is a fall that comes back only part of the way: Indonesia's view of the United States
        // around the Iraq war, 2002–2009.
        check(
            &[
                (2002, 5.04, 56.1, 36.26),
                (2003, 1.89, 13.28, 83.52),
                (2005, 6.13, 32.04, 56.48),
                (2006, 6.56, 22.84, 66.86),
                (2007, 3.62, 25.43, 66.23),
                (2008, 7.16, 30.28, 52.93),
                (2009, 13.38, 49.61, 29.44),
            ],
            &[],
        );
    }

    #[test]
    fn history_needs_enough_waves_and_a_change_beyond_sampling_noise() {
        // Five waves are four changes: too few to measure a series' usual movement.
        check(
            &[
                (2010, 60.0, 25.0, 5.0),
                (2011, 61.0, 24.0, 5.0),
                (2012, 5.0, 10.0, 70.0),
                (2013, 60.0, 25.0, 5.0),
                (2014, 59.0, 25.0, 6.0),
            ],
            &[],
        );
        // A still series with a 6-point blip: far in z, but inside what sampling error gives.
        check(
            &[
                (2008, 40.0, 20.0, 30.0),
                (2009, 40.2, 20.0, 30.0),
                (2010, 40.0, 20.1, 30.0),
                (2011, 46.0, 20.0, 24.0),
                (2012, 40.1, 20.0, 30.0),
                (2013, 40.0, 20.0, 30.1),
                (2014, 40.2, 20.0, 30.0),
            ],
            &[],
        );
    }

    #[test]
    fn a_wave_whose_responses_miss_100_breaks_its_totals() {
        let mut evidence = wave("opinion.pew.q", 2013, 30.0, 20.0, 40.0);
        evidence.retain(|e| e.observation.concept != "DK");
        let flags = survey_flags(&evidence);
        assert_eq!(flags.len(), 1, "{flags:#?}");
        assert_eq!(flags[0].rule, Rule::Totals);
        assert_eq!(
            flags[0].message,
            "the 3 responses of wave 2013 sum to 90.0%, not 100% (tolerance 2 points)"
        );
        // Two responses are a selection, not a distribution.
        evidence.truncate(2);
        assert!(survey_flags(&evidence).is_empty());
    }

    #[test]
    fn parts_that_miss_the_published_total_are_flagged_across_sources() {
        let mut evidence = wave("opinion.pew.opi_chn", 2013, 3.59, 12.79, 59.81);
        evidence.push(topline(
            "opinion.pew.opi_chn",
            "2013",
            "Favorable",
            81.0,
            "report",
        ));
        let flags = survey_flags(&evidence);
        assert_eq!(flags.len(), 1, "{flags:#?}");
        assert_eq!(flags[0].rule, Rule::PartsAndTotal);
        assert_eq!(
            flags[0].source, "Pew Research Center: Global Attitudes (h)",
            "the parts are flagged, not the published total"
        );
        assert_eq!(
            flags[0].message,
            "very + somewhat favourable (3.59 + 12.79 = 16.4%) misses the published favourable total of 81% (Pew Research Center: Global Attitudes (report)) by -64.6 points"
        );
        // Parts that round to their total pass.
        let mut agreeing = wave("opinion.pew.opi_chn", 2012, 60.27, 25.1, 4.38);
        agreeing.push(topline(
            "opinion.pew.opi_chn",
            "2012",
            "Favourable",
            85.0,
            "report",
        ));
        assert!(survey_flags(&agreeing).is_empty());
    }

    #[test]
    fn responses_are_named_whatever_the_spelling() {
        for (concept, response) in [
            ("Very favorable", Some(Response::VeryFavourable)),
            ("somewhat favourable", Some(Response::SomewhatFavourable)),
            ("Very unfavorable", Some(Response::VeryUnfavourable)),
            ("Total favourable", Some(Response::FavourableTotal)),
            ("DK", None),
        ] {
            assert_eq!(Response::of(concept), response, "{concept}");
        }
    }
}
