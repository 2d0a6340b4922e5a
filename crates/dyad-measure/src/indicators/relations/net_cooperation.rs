//! `relations.net_cooperation`: the share of the month's cooperative events less the share in conflict, per direction.

use super::common::*;

/// The share of cooperative events less the share of conflictual ones.
pub static INDICATOR: Indicator = Indicator {
    name: "relations.net_cooperation",
    title: "Net cooperation: % of the month's events that cooperate (QuadClass 1–2) less % in conflict (3–4), per direction",
    unit: "percentage points",
    table: "",
    frequency: Frequency::Monthly,
    kind: Kind::Rate,
    subject: "a direction, `PAK→AFG` or `AFG→PAK`",
    recipe: recipe(
        "(QuadClass 1 + 2 events − QuadClass 3 + 4 events) / all events × 100, over all ingested batches of the month; −100 to +100",
    ),
    caveats: CAVEATS,
    references: REFERENCES,
    subjects: directions,
    cell: |inputs, subject, period| cell(inputs, &INDICATOR, subject, period),
    figures: |inputs, subject, period| figures(inputs, &INDICATOR, subject, period),
    periods: months,
};
