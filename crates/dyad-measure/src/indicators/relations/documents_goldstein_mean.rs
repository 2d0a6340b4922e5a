//! `relations.documents_goldstein_mean`: the cooperation–conflict index read from the documents, the mean Goldstein score of the month's events dyad coded from them.

use super::common::*;

const READS_DOCUMENTS: &[&str] = &[
    "the monthly aggregates `dyad events extract --store` keeps for the events it codes from the stored documents, per direction (`PAK→AFG`: the source actor Pakistani, the target Afghan): the number of events, their sum of Goldstein scores and their count by QuadClass; only the latest coding, which covers every document coded so far",
];

const CAVEATS_DOCUMENTS: &[&str] = &[
    "The events are coded by dyad's dictionary coder from the stored documents (ACCURACY.md gives its precision and recall): the index says how those documents describe the relationship, not how it went.",
    "A month has as many events as its documents hold sentences between the pair's actors: a month with one statement is a month of one voice.",
    "Goldstein weights are fixed per CAMEO code and say nothing about the size of an event.",
];

/// The mean Goldstein score of the month's events coded from documents.
pub static INDICATOR: Indicator = Indicator {
    name: DOCUMENTS_GOLDSTEIN_MEAN,
    title: "Cooperation–conflict index from the documents: mean Goldstein score of the month's coded events, per direction",
    unit: "Goldstein points",
    table: "",
    frequency: Frequency::Monthly,
    kind: Kind::Rate,
    subject: "a direction, `PAK→AFG` or `AFG→PAK`",
    recipe: Recipe {
        reads: READS_DOCUMENTS,
        filters: &[
            "both actors' country codes: the source actor the first country of the direction, the target the second",
        ],
        aggregation: "sum of Goldstein scores / number of events, over the latest coding's events of the month; −10 (most conflictual) to +10 (most cooperative)",
        periods: "calendar months, by the date of the document each event was coded from",
        preference: "no choice to make: the latest coding of the documents replaces earlier ones",
    },
    caveats: CAVEATS_DOCUMENTS,
    references: REFERENCES,
    subjects: directions,
    cell: |inputs, subject, period| cell(inputs, &INDICATOR, subject, period),
    figures: |inputs, subject, period| figures(inputs, &INDICATOR, subject, period),
    periods: document_months,
};
