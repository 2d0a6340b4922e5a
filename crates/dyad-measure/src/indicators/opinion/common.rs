//! What the indicators of this family share: their sources, preference rule, recipe text and helpers.

pub(super) use dyad_model::{Evidence, Pair, Period};

pub(super) use crate::cell::{Cell, ResultTable};
pub(super) use crate::indicator::{
    Frequency, Indicator, Inputs, Kind, Recipe, overlapping, year_of, years_of,
};
pub(super) use crate::indicator::{candidates, matching};
pub(super) use crate::select::choose;

use std::collections::BTreeMap;

use crate::validate::{self, Flag, Response};

pub(super) const READS: &[&str] = &[
    "`opinion.<item>` figures from survey toplines (`dyad ingest` of a survey file, or figures entered with their question wording), by country surveyed",
];
pub(super) const PREFERENCE: &str =
    "a wave in the calendar year first; observed before claimed; then the newest release";
pub(super) const CAVEATS: &[&str] = &[
    "No open survey in the bundled evidence asks these items about the Pakistan–Afghanistan relationship; the cells stay empty until such toplines are ingested.",
    "Toplines from different surveys differ in wording, sample and mode and are not comparable without care.",
    "Items that ask about the other country without asking about the relationship (the 2010 FATA poll's Afghan Taliban and Afghan refugee items, the 2009 endorsement experiment's Durand Line jirga item) are shown as context rows, the nearest measured items, with their own wording; they fill none of these cells.",
    "Pew context rows skip a wave that the survey validation rules flag (its responses miss 100%, its parts miss a published total, or it leaves its own history), and say so; the harmonised file's 2013 Pakistan view of China is such a wave.",
];
pub(super) const REFERENCES: &[&str] = &[
    "Pew Research Center, Global Attitudes Survey: methods.",
    "AAPOR, Standard Definitions (response rates and disclosure).",
];

pub(super) fn countries(inputs: &Inputs<'_>) -> Vec<String> {
    vec![inputs.pair.first.clone(), inputs.pair.second.clone()]
}

pub(super) fn item_cell(inputs: &Inputs<'_>, country: &str, period: Period, row: &str) -> Cell {
    let year = year_of(period);
    table(&inputs.evidence, inputs.pair, year)
        .cells
        .into_iter()
        .find(|c| c.row == row && c.column == country)
        .unwrap_or_else(|| {
            Cell::empty(
                "opinion",
                row,
                country,
                "percent",
                format!("`{country}` is not a country of the pair"),
            )
        })
}

macro_rules! opinion_indicator {
    ($name:literal, $title:literal, $row:literal) => {
        Indicator {
            name: $name,
            title: $title,
            unit: "percent",
            table: "opinion",
            frequency: Frequency::Annual,
            kind: Kind::Share,
            subject: "the country surveyed, `PAK` or `AFG`",
            recipe: Recipe {
                reads: READS,
                filters: &["the item's indicator and the country surveyed"],
                aggregation: "the share of respondents, as published; no weighting or pooling across surveys",
                periods: "the survey wave's year",
                preference: PREFERENCE,
            },
            caveats: CAVEATS,
            references: REFERENCES,
            subjects: countries,
            cell: |inputs, country, period| item_cell(inputs, country, period, $row),
            figures: |inputs, country, period| overlapping(inputs.matching($name, country), period),
            periods: |inputs, country| years_of(inputs.matching($name, country)),
        }
    };
}

/// The table's id.
const T: &str = "opinion";

/// How the indicators of survey items about one country start: `opinion.about.afg.` for items that ask
/// about Afghanistan (its refugees, its Taliban, its border) without asking about a relationship. Asked
/// in the other country of the pair, they are the nearest measured items, shown as context rows; the
/// country asked about is part of the name so that a pair without it (`PAK-IND`) never shows them.
fn items_about(country: &str) -> String {
    format!("opinion.about.{}.", country.to_lowercase())
}

pub(crate) fn table(evidence: &[Evidence], pair: &Pair, year: i32) -> ResultTable {
    let mut cells = Vec::new();
    let items = [
        ("relationship_positive", "Positive view of the relationship"),
        ("relationship_negative", "Negative view of the relationship"),
        ("relationship_neutral", "Neutral view of the relationship"),
        ("support_trade", "Support for trade"),
        (
            "support_joint_counter_terrorism",
            "Support for joint counter-terrorism",
        ),
    ];
    for (item, row) in items {
        for country in [pair.first.as_str(), pair.second.as_str()] {
            let found = matching(evidence, &format!("opinion.{item}"), country);
            cells.push(match choose(&candidates(&found, |_| 0), year) {
                Some(choice) => Cell::from_choice(T, row, country, &choice, year),
                None => Cell::empty(
                    T,
                    row,
                    country,
                    "percent",
                    "no open survey in the evidence base asks this about the Pakistan–Afghanistan relationship; the bundled Pew toplines for Pakistan (2002–2015) have no Afghanistan item",
                ),
            });
        }
    }
    // Context: the nearest items open data has, favourable views of neighbours and powers in the
    // latest Pew wave up to the year that the validation rules do not flag.
    let flags = validate::survey_flags(evidence);
    for (question, label) in [
        ("opi_chn", "China"),
        ("opi_usa", "the United States"),
        ("opi_ind", "India"),
        ("opi_irn", "Iran"),
    ] {
        cells.extend(favourable_view(
            evidence,
            &flags,
            &pair.first,
            question,
            label,
            year,
        ));
    }
    cells.extend(nearest_items(evidence, pair, year));
    ResultTable {
        id: T,
        title: format!("Public opinion on the relationship, {year}"),
        cells,
    }
}

/// The very and the somewhat favourable figure of one wave, each found by its own response, never by
/// its place among the wave's figures (the harmonised file lists `Somewhat` before `Very`).
fn favourable_parts(figures: &[&Evidence], wave: i32) -> Option<(Cell, Cell)> {
    let part = |wanted: Response| {
        let of_response: Vec<&Evidence> = figures
            .iter()
            .copied()
            .filter(|e| e.observation.period.and_then(|p| p.calendar_year()) == Some(wave))
            .filter(|e| Response::of(&e.observation.concept) == Some(wanted))
            .collect();
        let choice = choose(&candidates(&of_response, |_| 0), wave)?;
        Some(Cell::from_evidence(T, "", "", choice.chosen))
    };
    Some((
        part(Response::VeryFavourable)?,
        part(Response::SomewhatFavourable)?,
    ))
}

fn flag_messages(flags: &[Flag]) -> String {
    flags
        .iter()
        .map(|f| f.message.as_str())
        .collect::<Vec<_>>()
        .join("; ")
}

/// The favourable view of `label` in `country`: very + somewhat favourable in the newest wave up to
/// `year` that no validation rule flags. A flagged wave fills the cell only when no other wave up to
/// the year can, and the note then says it is flagged; a flagged wave passed over is named in the note
/// with the reason, so the reader sees why the cell shows an older wave.
fn favourable_view(
    evidence: &[Evidence],
    flags: &[Flag],
    country: &str,
    question: &str,
    label: &str,
    year: i32,
) -> Option<Cell> {
    let indicator = format!("opinion.pew.{question}");
    let figures = matching(evidence, &indicator, country);
    let mut waves: Vec<i32> = figures
        .iter()
        .filter_map(|e| e.observation.period.and_then(|p| p.calendar_year()))
        .filter(|wave| *wave <= year)
        .collect();
    waves.sort_unstable_by(|a, b| b.cmp(a));
    waves.dedup();
    // Newest first: each wave that gives both parts, with the flags on it.
    let mut usable: Vec<(i32, (Cell, Cell), Vec<Flag>)> = waves
        .into_iter()
        .filter_map(|wave| {
            let parts = favourable_parts(&figures, wave)?;
            let wave_flags = validate::flags_on(flags, &indicator, country, Period::Year(wave))
                .into_iter()
                .cloned()
                .collect();
            Some((wave, parts, wave_flags))
        })
        .collect();
    if usable.is_empty() {
        return None;
    }
    // The newest unflagged wave; when every wave is flagged, the newest, flagged as it is.
    let index = usable
        .iter()
        .position(|(_, _, wave_flags)| wave_flags.is_empty())
        .unwrap_or(0);
    let passed_over: Vec<(i32, Vec<Flag>)> = usable
        .drain(..index)
        .map(|(wave, _, wave_flags)| (wave, wave_flags))
        .collect();
    let (wave, (very, somewhat), own_flags) = usable.swap_remove(0);
    let mut notes = vec![format!(
        "very + somewhat favourable: {} + {}",
        very.value_text, somewhat.value_text
    )];
    if !own_flags.is_empty() {
        notes.push(format!(
            "flagged: {}; no other wave up to {year} gives both parts unflagged",
            flag_messages(&own_flags)
        ));
    } else if passed_over.is_empty() {
        notes.push(format!("latest wave up to {year}"));
    } else {
        notes.push(format!("latest wave up to {year} that no check flags"));
        for (newer_wave, newer_flags) in &passed_over {
            notes.push(format!(
                "Pew {newer_wave} left out, flagged: {}",
                flag_messages(newer_flags)
            ));
        }
    }
    let sum = very.value.unwrap_or(0.0) + somewhat.value.unwrap_or(0.0);
    let mut cell = Cell::derived(
        T,
        &format!("Context: favourable view of {label} (Pew {wave})"),
        country,
        (sum * 10.0).round() / 10.0,
        "percent",
        notes.join("; "),
        &[&very, &somewhat],
    );
    cell.period = wave.to_string();
    cell.flags = own_flags
        .into_iter()
        .chain(
            passed_over
                .into_iter()
                .flat_map(|(_, wave_flags)| wave_flags),
        )
        .collect();
    Some(cell)
}

/// The answer a bilateral item's figure counts, as its basis names it (`share answering "Refused" …`),
/// or the basis itself when it names none.
fn answer_of(basis: &str) -> &str {
    basis
        .split_once("answering \"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map_or(basis, |(answer, _)| answer)
}

/// The nearest measured items: for each survey item asked in one country of the pair (or a place in it)
/// about the other ([`items_about`]), the latest survey asking it whose fieldwork ended by `year`. An item asked as shares of responses shows its most given response,
/// with every response in the note; an item published as one figure (a mean) shows that figure. These
/// rows never fill the study's five items: their questions are not the study's.
fn nearest_items(evidence: &[Evidence], pair: &Pair, year: i32) -> Vec<Cell> {
    let sides = [
        (pair.first.as_str(), items_about(&pair.second)),
        (pair.second.as_str(), items_about(&pair.first)),
    ];
    // Asked in `country` (or a place in it) about the other country of the pair.
    let asked_across = |indicator: &str, subject: &str| {
        sides.iter().any(|(country, about_other)| {
            indicator.starts_with(about_other.as_str())
                && (subject == *country
                    || subject
                        .strip_prefix(country)
                        .is_some_and(|rest| rest.starts_with('/')))
        })
    };
    // (indicator, subject) -> the item's figures up to the year
    let mut items: BTreeMap<(&str, &str), Vec<&Evidence>> = BTreeMap::new();
    for e in evidence {
        let observation = &e.observation;
        let ended_by_year = observation
            .period
            .is_some_and(|p| chrono::Datelike::year(&p.end()) <= year);
        if asked_across(&observation.indicator, &observation.subject)
            && ended_by_year
            && crate::select::fills_measured_cells(observation.status)
        {
            items
                .entry((&observation.indicator, &observation.subject))
                .or_default()
                .push(e);
        }
    }
    let mut rows: Vec<(i32, &str, Cell)> = Vec::new();
    for ((indicator, subject), figures) in items {
        let Some(latest) = figures
            .iter()
            .filter_map(|e| e.observation.period)
            .max_by_key(|p| (p.end(), p.start()))
        else {
            continue;
        };
        let wave: Vec<&Evidence> = figures
            .into_iter()
            .filter(|e| e.observation.period == Some(latest))
            .collect();
        // The most given response; a tie goes to the response listed first.
        let Some(chosen) = wave.iter().copied().reduce(|best, e| {
            if e.observation.value.number > best.observation.value.number {
                e
            } else {
                best
            }
        }) else {
            continue;
        };
        let survey_year = chrono::Datelike::year(&latest.end());
        let concept = &chosen.observation.concept;
        let mut cell = Cell::from_evidence(
            T,
            &format!("Context: nearest measured item ({survey_year}): {concept}"),
            subject,
            chosen,
        );
        let mut notes = Vec::new();
        if wave.len() > 1 {
            let answers: Vec<String> = wave
                .iter()
                .map(|e| {
                    format!(
                        "{} {}",
                        answer_of(&e.observation.basis),
                        e.observation.value.text
                    )
                })
                .collect();
            notes.push(format!(
                "the most given answer, \"{}\", of: {}",
                answer_of(&chosen.observation.basis),
                answers.join(", ")
            ));
        } else {
            notes.push(chosen.observation.basis.clone());
        }
        notes.push(format!(
            "asks its own question, not one of the study's items, so it fills none of them; the latest survey asking it up to {year}"
        ));
        cell.note = notes.join("; ");
        rows.push((survey_year, indicator, cell));
    }
    // The newest surveys first; within a survey, the items in the order of their names.
    rows.sort_by(|a, b| b.0.cmp(&a.0).then_with(|| a.1.cmp(b.1)));
    rows.into_iter().map(|(_, _, cell)| cell).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use dyad_model::{Observation, Provenance, SourceRef, Status, Value};

    fn figure(
        indicator: &str,
        subject: &str,
        period: &str,
        concept: &str,
        basis: &str,
        value: &str,
    ) -> Evidence {
        Evidence {
            observation: Observation {
                indicator: indicator.into(),
                subject: subject.into(),
                period: Some(period.parse().unwrap()),
                value: Value::parse_number(value).unwrap(),
                unit: "percent".into(),
                concept: concept.into(),
                basis: basis.into(),
                agency: String::new(),
                status: Status::Observed,
                note: String::new(),
            },
            provenance: Provenance {
                source: SourceRef {
                    publisher: "Pew Research Center".into(),
                    dataset: "Global Attitudes Survey".into(),
                    vintage: "h".into(),
                    vintage_date: "2024-10-16".into(),
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

    /// One Pew wave of `opi_chn` for Pakistan: (response, share) in the order given.
    fn pew_wave(year: i32, responses: &[(&str, &str)]) -> Vec<Evidence> {
        responses
            .iter()
            .map(|(response, share)| {
                figure(
                    "opinion.pew.opi_chn",
                    "PAK",
                    &year.to_string(),
                    response,
                    "",
                    share,
                )
            })
            .collect()
    }

    fn pair() -> Pair {
        "PAK-AFG".parse().unwrap()
    }

    fn row<'t>(table: &'t ResultTable, starts: &str) -> &'t Cell {
        table
            .cells
            .iter()
            .find(|c| c.row.starts_with(starts))
            .unwrap_or_else(|| panic!("no row `{starts}` in {:#?}", table.cells))
    }

    #[test]
    fn pew_notes_name_very_and_somewhat_by_their_own_figures() {
        // Pakistan 2015 in the harmonised file: very favourable 60.91, somewhat 21.09. The file lists
        // `Somewhat favorable` first; the note must not depend on the order.
        let listed = [
            ("DK", "12.88"),
            ("Refused", "0.17"),
            ("Somewhat favorable", "21.09"),
            ("Somewhat unfavorable", "3.48"),
            ("Very favorable", "60.91"),
            ("Very unfavorable", "1.47"),
        ];
        let mut reversed = listed;
        reversed.reverse();
        for order in [listed, reversed] {
            let built = table(&pew_wave(2015, &order), &pair(), 2023);
            let cell = row(&built, "Context: favourable view of China");
            assert_eq!(cell.value_text, "82.0");
            assert_eq!(
                cell.note,
                "very + somewhat favourable: 60.91 + 21.09; latest wave up to 2023"
            );
        }
    }

    /// Pakistan's view of China, 2005–2015, as the harmonised Pew file has it: very favourable,
    /// somewhat favourable, somewhat and very unfavourable, don't know (refusals folded in).
    const PAKISTAN_CHINA: [(i32, [&str; 5]); 11] = [
        (2005, ["55.89", "22.98", "2.02", "1.75", "17.37"]),
        (2006, ["47.32", "22.34", "4.19", "3.06", "23.09"]),
        (2007, ["57.15", "22.1", "2.44", "3.74", "14.57"]),
        (2008, ["54.17", "21.55", "3.31", "4.55", "16.42"]),
        (2009, ["56.55", "27.12", "1.75", "1.39", "13.19"]),
        (2010, ["60.57", "24.09", "1.55", "1.47", "12.32"]),
        (2011, ["59.09", "24.84", "1.58", "2.06", "12.43"]),
        (2012, ["60.27", "25.1", "1.59", "2.79", "10.25"]),
        (2013, ["3.59", "12.79", "14.68", "45.13", "23.81"]),
        (2014, ["52.95", "24.93", "2.09", "0.52", "19.49"]),
        (2015, ["60.91", "21.09", "3.48", "1.47", "13.05"]),
    ];

    fn pakistan_china(up_to: i32) -> Vec<Evidence> {
        PAKISTAN_CHINA
            .iter()
            .filter(|(year, _)| *year <= up_to)
            .flat_map(|(year, shares)| {
                let responses: Vec<(&str, &str)> = [
                    "Very favorable",
                    "Somewhat favorable",
                    "Somewhat unfavorable",
                    "Very unfavorable",
                    "DK",
                ]
                .into_iter()
                .zip(shares.iter().copied())
                .collect();
                pew_wave(*year, &responses)
            })
            .collect()
    }

    #[test]
    fn the_flagged_pew_2013_china_wave_gives_way_to_2012_and_says_why() {
        let built = table(&pakistan_china(2015), &pair(), 2013);
        let cell = row(&built, "Context: favourable view of China");
        assert_eq!(cell.row, "Context: favourable view of China (Pew 2012)");
        assert_eq!(cell.value_text, "85.4");
        assert!(
            cell.note.starts_with(
                "very + somewhat favourable: 60.27 + 25.1; latest wave up to 2013 that no check flags; Pew 2013 left out, flagged: its favourable share (very + somewhat favourable), 16.4%, leaves its own history"
            ),
            "{}",
            cell.note
        );
        assert_eq!(
            cell.flags.len(),
            2,
            "favourable and unfavourable: {:#?}",
            cell.flags
        );
        assert!(
            cell.flags
                .iter()
                .all(|f| f.rule == validate::Rule::History && f.period == Period::Year(2013))
        );
        // Later tables use later waves, which are not flagged.
        let later = table(&pakistan_china(2015), &pair(), 2023);
        let cell = row(&later, "Context: favourable view of China");
        assert_eq!(cell.row, "Context: favourable view of China (Pew 2015)");
        assert!(cell.flags.is_empty());
    }

    #[test]
    fn a_flagged_pew_wave_with_no_other_to_use_is_shown_flagged() {
        // 2013 alone, with its responses summing to 80: only the totals rule can judge it.
        let evidence = pew_wave(
            2013,
            &[
                ("Very favorable", "3.59"),
                ("Somewhat favorable", "12.79"),
                ("Very unfavorable", "45.13"),
                ("DK", "18.49"),
            ],
        );
        let built = table(&evidence, &pair(), 2013);
        let cell = row(&built, "Context: favourable view of China");
        assert_eq!(cell.row, "Context: favourable view of China (Pew 2013)");
        assert_eq!(
            cell.note,
            "very + somewhat favourable: 3.59 + 12.79; flagged: the 4 responses of wave 2013 sum to 80.0%, not 100% (tolerance 2 points); no other wave up to 2013 gives both parts unflagged"
        );
        assert_eq!(cell.flags.len(), 1);
    }

    fn fata(response: &str, share: &str) -> Evidence {
        figure(
            "opinion.about.afg.fata_2010.afghan_taliban_favourability",
            "PAK/FATA",
            "2010-06-30..2010-07-20",
            "How favorable is your opinion of the following groups? — Aghan Taliban",
            &format!(
                "share answering \"{response}\" (unweighted; don't know and refused included)"
            ),
            share,
        )
    }

    #[test]
    fn nearest_items_show_their_own_question_from_their_survey_year_on_and_only_for_their_pair() {
        let evidence = vec![
            fata("Very unfavorable", "36.8"),
            fata("Somewhat favorable", "21.5"),
            fata("Very favorable", "10.9"),
            figure(
                "opinion.about.afg.fms_2009.durand_line_jirgas",
                "PAK",
                "2009",
                "support for using peace jirgas to resolve disputes over the Afghan border, the Durand Line",
                "mean support on a 1–5 scale (5 highest), control arm: no endorser named",
                "3.693",
            ),
        ];
        let rows = |year: i32| -> Vec<(String, String, String)> {
            table(&evidence, &pair(), year)
                .cells
                .into_iter()
                .filter(|c| c.row.starts_with("Context: nearest measured item"))
                .map(|c| (c.row, c.column, c.value_text))
                .collect()
        };
        assert!(rows(2008).is_empty());
        assert_eq!(
            rows(2009),
            [(
                "Context: nearest measured item (2009): support for using peace jirgas to resolve disputes over the Afghan border, the Durand Line".to_string(),
                "PAK".to_string(),
                "3.693".to_string()
            )]
        );
        let in_2023 = table(&evidence, &pair(), 2023);
        let taliban = row(&in_2023, "Context: nearest measured item (2010)");
        assert_eq!(
            taliban.row,
            "Context: nearest measured item (2010): How favorable is your opinion of the following groups? — Aghan Taliban"
        );
        assert_eq!(
            (taliban.column.as_str(), taliban.value_text.as_str()),
            ("PAK/FATA", "36.8")
        );
        assert!(
            taliban.note.starts_with(
                "the most given answer, \"Very unfavorable\", of: Very unfavorable 36.8, Somewhat favorable 21.5, Very favorable 10.9; asks its own question"
            ),
            "{}",
            taliban.note
        );
        assert_eq!(
            rows(2023).len(),
            2,
            "the newest survey first: {:?}",
            rows(2023)
        );
        // The study's five items stay empty: the nearest items ask other questions.
        let study: Vec<&Cell> = in_2023
            .cells
            .iter()
            .filter(|c| !c.row.starts_with("Context:"))
            .collect();
        assert_eq!(study.len(), 10);
        assert!(study.iter().all(|c| c.status.is_missing()));
    }
}
