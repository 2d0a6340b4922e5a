//! Deaths in political violence in each country of the pair, by the kind of actor that initiated it.

use dyad_model::Evidence;

use crate::events::ACTOR_KINDS;
use crate::indicator::{Frequency, Indicator, Inputs, Kind, Recipe, overlapping, years_of};

fn subjects(inputs: &Inputs<'_>) -> Vec<String> {
    [&inputs.pair.first, &inputs.pair.second]
        .iter()
        .flat_map(|c| ACTOR_KINDS.iter().map(move |t| format!("{c}: {t}")))
        .collect()
}

fn matching<'i>(inputs: &'i Inputs<'_>, subject: &str) -> Vec<&'i Evidence> {
    inputs
        .fatalities
        .iter()
        .filter(|e| e.observation.subject == subject)
        .collect()
}

/// Deaths by actor type.
pub static INDICATOR: Indicator = Indicator {
    name: "conflict.fatalities_by_actor",
    title: "Deaths in political violence by the kind of actor that initiated it (actor 1, side A)",
    unit: "deaths",
    table: "",
    frequency: Frequency::Annual,
    kind: Kind::Count,
    subject: "a country and actor type: `PAK: state forces`, `PAK: non-state armed groups`, `PAK: other actors`, `PAK: state-based clashes, initiator not recorded`",
    recipe: Recipe {
        reads: &[
            "ACLED events: inter1, fatalities, country",
            "UCDP GED events or the bundled GED table: side_a, best, the country located in",
        ],
        filters: &[
            "located in the country; every event type (GDELT codes no deaths and is not read)",
            "ACLED inter1 1 state forces, 2–3 non-state armed groups, others other actors; UCDP GED one-sided violence by side A (`Government of …` state forces, else non-state armed groups), non-state conflict non-state armed groups, and state-based conflict apart as `state-based clashes, initiator not recorded`: GED's side A of a state-based dyad is the government by convention, not the initiator",
        ],
        aggregation: "sum of best-estimate deaths per source, country, actor type and year",
        periods: "calendar years by the event's start date",
        preference: "ACLED, then UCDP GED; the other source's figure is shown as an alternative",
    },
    caveats: &[
        "UCDP's side A is the government in state-based conflicts whoever attacked; it is not the initiator of each event.",
        "Deaths are counted where events happened, not by the victims' nationality.",
    ],
    references: &[
        "ACLED Codebook: actor types and interaction codes.",
        "UCDP GED Codebook: sides and fatality estimates.",
    ],
    subjects,
    cell: |inputs, subject, period| {
        let year = crate::indicator::year_of(period);
        super::security::choose_among_sources(
            &overlapping(matching(inputs, subject), period),
            "conflict",
            subject,
            year,
            "deaths",
            format!("no ACLED or UCDP events located in the country in {year}"),
        )
    },
    figures: |inputs, subject, period| overlapping(matching(inputs, subject), period),
    periods: |inputs, subject| years_of(matching(inputs, subject)),
};
