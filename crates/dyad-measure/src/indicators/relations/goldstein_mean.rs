//! `relations.goldstein_mean`: the cooperation–conflict index, the mean Goldstein score of the month's events per direction.

use super::common::*;

/// The mean Goldstein score of the month's events.
pub static INDICATOR: Indicator = Indicator {
    name: GOLDSTEIN_MEAN,
    title: "Cooperation–conflict index: mean Goldstein score of the month's events, per direction",
    unit: "Goldstein points",
    table: "",
    frequency: Frequency::Monthly,
    kind: Kind::Rate,
    subject: "a direction, `PAK→AFG` or `AFG→PAK`",
    recipe: recipe(
        "sum of GoldsteinScale / number of events, over all ingested batches of the month; −10 (most conflictual) to +10 (most cooperative)",
    ),
    caveats: CAVEATS,
    references: REFERENCES,
    subjects: directions,
    cell: |inputs, subject, period| cell(inputs, &INDICATOR, subject, period),
    figures: |inputs, subject, period| figures(inputs, &INDICATOR, subject, period),
    periods: months,
};
