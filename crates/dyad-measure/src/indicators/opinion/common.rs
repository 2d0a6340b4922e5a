//! What the indicators of this family share: their sources, preference rule, recipe text and helpers.

pub(super) use dyad_model::{Evidence, Pair, Period};

pub(super) use crate::cell::{Cell, ResultTable};
pub(super) use crate::indicator::{
    Frequency, Indicator, Inputs, Kind, Recipe, overlapping, year_of, years_of,
};
pub(super) use crate::indicator::{candidates, matching};
pub(super) use crate::select::choose;

pub(super) const READS: &[&str] = &[
    "`opinion.<item>` figures from survey toplines (`dyad ingest` of a survey file, or figures entered with their question wording), by country surveyed",
];
pub(super) const PREFERENCE: &str =
    "a wave in the calendar year first; observed before claimed; then the newest release";
pub(super) const CAVEATS: &[&str] = &[
    "No open survey in the bundled evidence asks these items about the Pakistan–Afghanistan relationship; the cells stay empty until such toplines are ingested.",
    "Toplines from different surveys differ in wording, sample and mode and are not comparable without care.",
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

pub(crate) fn table(evidence: &[Evidence], pair: &Pair, year: i32) -> ResultTable {
    const T: &str = "opinion";
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
    // latest Pew wave up to the year.
    for (question, label) in [
        ("opi_chn", "China"),
        ("opi_usa", "the United States"),
        ("opi_ind", "India"),
        ("opi_irn", "Iran"),
    ] {
        let indicator = format!("opinion.pew.{question}");
        let waves: Vec<&Evidence> = matching(evidence, &indicator, &pair.first)
            .into_iter()
            .filter(|e| {
                e.observation
                    .period
                    .and_then(|p| p.calendar_year())
                    .is_some_and(|w| w <= year)
            })
            .collect();
        let Some(wave) = waves
            .iter()
            .filter_map(|e| e.observation.period.and_then(|p| p.calendar_year()))
            .max()
        else {
            continue;
        };
        let favourable: Vec<&&Evidence> = waves
            .iter()
            .filter(|e| e.observation.period.and_then(|p| p.calendar_year()) == Some(wave))
            .filter(|e| {
                matches!(
                    e.observation.concept.as_str(),
                    "Very favorable" | "Somewhat favorable"
                )
            })
            .collect();
        if favourable.len() != 2 {
            continue;
        }
        let parts: Vec<Cell> = favourable
            .iter()
            .map(|e| Cell::from_evidence(T, "", "", e))
            .collect();
        let sum: f64 = favourable
            .iter()
            .filter_map(|e| e.observation.value.number)
            .sum();
        let mut cell = Cell::derived(
            T,
            &format!("Context: favourable view of {label} (Pew {wave})"),
            &pair.first,
            (sum * 10.0).round() / 10.0,
            "percent",
            format!(
                "very + somewhat favourable: {} + {}; latest wave up to {year}",
                parts[0].value_text, parts[1].value_text
            ),
            &[&parts[0], &parts[1]],
        );
        cell.period = wave.to_string();
        cells.push(cell);
    }
    ResultTable {
        id: T,
        title: format!("Public opinion on the relationship, {year}"),
        cells,
    }
}
