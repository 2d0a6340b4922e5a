//! What the indicators of this family share: their sources, preference rule, recipe text and helpers.

pub(super) use dyad_model::{EventMonth, Evidence, Observation, Period, Status, Value};

pub(super) use crate::cell::Cell;
pub(super) use crate::format::format_number;
pub(super) use crate::indicator::{Frequency, Indicator, Inputs, Kind, Recipe};

/// The name of the mean Goldstein score indicator, which the cells show to one decimal.
pub(super) const GOLDSTEIN_MEAN: &str = "relations.goldstein_mean";
/// The name of the same index read from the events dyad codes from documents.
pub(super) const DOCUMENTS_GOLDSTEIN_MEAN: &str = "relations.documents_goldstein_mean";

/// Whether a monthly aggregate is of events coded from documents, not of a dataset's events.
fn from_documents(month: &EventMonth) -> bool {
    month.provenance.source.dataset == dyad_model::event::TEXT_EVENTS_DATASET
}

/// Whether `indicator` reads the events coded from documents.
fn reads_documents(indicator: &str) -> bool {
    indicator == DOCUMENTS_GOLDSTEIN_MEAN
}

pub(super) const READS: &[&str] = &[
    "the monthly aggregates `dyad ingest` keeps for every GDELT 2.0 Events file: per direction (`PAK→AFG` is actor 1 Pakistani and actor 2 Afghan) and month, the number of events, their sum of GoldsteinScale, and their count by QuadClass",
];
pub(super) const CAVEATS: &[&str] = &[
    "GDELT codes news reports by machine: one incident reported many times counts many times, and volume follows media attention.",
    "Only the batches ingested count: a month covered by a few 15-minute files is a sample of that month, not the month.",
    "Goldstein weights are fixed per CAMEO code and say nothing about the size of an event.",
];
pub(super) const REFERENCES: &[&str] = &[
    "Goldstein, J. S. (1992), A Conflict-Cooperation Scale for WEIS Events Data, Journal of Conflict Resolution 36(2).",
    "Leetaru, K. and Schrodt, P. (2013), GDELT: Global Data on Events, Location and Tone.",
];
pub(super) const PERIODS: &str =
    "calendar months, by the event's SQLDATE; all ingested batches of a month add up";
pub(super) const PREFERENCE: &str = "no choice to make: the aggregates of every ingested batch are additive; a batch counts once, whether its file was ingested plain, zipped or twice";

/// The recipe of a relations indicator, given how it aggregates.
pub(super) const fn recipe(aggregation: &'static str) -> Recipe {
    Recipe {
        reads: READS,
        filters: &[
            "both actors' country codes: actor 1 the first country of the direction, actor 2 the second",
        ],
        aggregation,
        periods: PERIODS,
        preference: PREFERENCE,
    }
}

/// The month's figure of an indicator, as a list for side-by-side comparison.
pub(super) fn figures(
    inputs: &Inputs<'_>,
    indicator: &Indicator,
    subject: &str,
    period: Period,
) -> Vec<Evidence> {
    figure(inputs, indicator.name, subject, period)
        .into_iter()
        .collect()
}

pub(super) fn directions(inputs: &Inputs<'_>) -> Vec<String> {
    vec![inputs.pair.forward(), inputs.pair.backward()]
}

/// The monthly aggregates an indicator reads: a dataset's (GDELT's), or those of the latest coding of
/// the documents, whose runs each cover every document coded so far and so never add up.
fn aggregates_of<'i>(inputs: &'i Inputs<'_>, documents: bool) -> Vec<&'i EventMonth> {
    let rows = inputs
        .months
        .iter()
        .filter(move |m| from_documents(m) == documents);
    if !documents {
        return rows.collect();
    }
    let rows: Vec<&EventMonth> = rows.collect();
    let latest = rows
        .iter()
        .map(|m| {
            (
                m.provenance.ingested_at.as_str(),
                m.provenance.source.vintage.as_str(),
            )
        })
        .max()
        .map(|(_, vintage)| vintage);
    rows.into_iter()
        .filter(|m| Some(m.provenance.source.vintage.as_str()) == latest)
        .collect()
}

/// The month's aggregates, one per batch: the same batch ingested twice (as a plain and a zipped
/// file) is one batch.
pub(super) fn month_rows<'i>(
    inputs: &'i Inputs<'_>,
    indicator: &str,
    subject: &str,
    period: Period,
) -> Vec<&'i EventMonth> {
    let mut rows: Vec<&EventMonth> = Vec::new();
    for m in aggregates_of(inputs, reads_documents(indicator))
        .into_iter()
        .filter(|m| m.subject == subject && m.month.overlap_days(&period) > 0)
    {
        let same_batch = |kept: &&EventMonth| {
            kept.month == m.month
                && kept.provenance.source.publisher == m.provenance.source.publisher
                && kept.provenance.source.dataset == m.provenance.source.dataset
                && kept.provenance.source.vintage == m.provenance.source.vintage
        };
        if !rows.iter().any(same_batch) {
            rows.push(m);
        }
    }
    rows
}

/// The months a dataset's aggregates cover for `subject`.
pub(super) fn months(inputs: &Inputs<'_>, subject: &str) -> Vec<Period> {
    months_of(inputs, subject, false)
}

/// The months the documents' events cover for `subject`.
pub(super) fn document_months(inputs: &Inputs<'_>, subject: &str) -> Vec<Period> {
    months_of(inputs, subject, true)
}

fn months_of(inputs: &Inputs<'_>, subject: &str, documents: bool) -> Vec<Period> {
    let mut months: Vec<Period> = aggregates_of(inputs, documents)
        .into_iter()
        .filter(|m| m.subject == subject)
        .map(|m| m.month)
        .collect();
    months.sort();
    months.dedup();
    months
}

/// Sums the month's aggregates and turns them into a figure.
pub(super) fn figure(
    inputs: &Inputs<'_>,
    indicator: &str,
    subject: &str,
    period: Period,
) -> Option<Evidence> {
    let rows = month_rows(inputs, indicator, subject, period);
    let first = rows.first()?;
    let n: u64 = rows.iter().map(|m| m.n_events).sum();
    if n == 0 {
        return None;
    }
    // In millionths, so that the sum is the same in any order, merged or not.
    let goldstein = rows
        .iter()
        .map(|m| dyad_model::event::goldstein_micro(m.goldstein_sum))
        .sum::<i64>() as f64
        / 1e6;
    let mut quads = [0u64; 4];
    for m in &rows {
        for (sum, q) in quads.iter_mut().zip(m.n_by_quad_class) {
            *sum += q;
        }
    }
    let value = if indicator == GOLDSTEIN_MEAN || reads_documents(indicator) {
        goldstein / n as f64
    } else {
        (quads[0] + quads[1]) as f64 / n as f64 * 100.0
            - (quads[2] + quads[3]) as f64 / n as f64 * 100.0
    };
    let value = (value * 100.0).round() / 100.0;
    let mut provenance = first.provenance.clone();
    provenance.source.vintage = batch_list(&rows);
    provenance.locator = format!(
        "{subject} {period}: {n} events; QuadClass 1–4: {} / {} / {} / {}; Goldstein sum {}",
        quads[0],
        quads[1],
        quads[2],
        quads[3],
        format_number((goldstein * 10.0).round() / 10.0)
    );
    Some(Evidence {
        observation: Observation {
            indicator: indicator.to_string(),
            subject: subject.to_string(),
            period: Some(period),
            value: Value {
                text: format_number(value),
                number: Some(value),
                low: None,
                high: None,
                approximate: false,
            },
            unit: if indicator == GOLDSTEIN_MEAN || reads_documents(indicator) {
                "Goldstein points"
            } else {
                "percentage points"
            }
            .to_string(),
            concept: "cooperation minus conflict in coded events".to_string(),
            basis: if reads_documents(indicator) {
                "events coded by dyad from the stored documents, between the pair's actors"
            } else {
                "GDELT 2.0 Events between the pair's actors"
            }
            .to_string(),
            agency: String::new(),
            status: Status::Estimate,
            note: String::new(),
        },
        provenance,
    })
}

/// The batches of a month's aggregates (in their order: release date, then label), each once: by
/// label when there are three or fewer, else by number, first and last. Merged aggregates stand for
/// their batches in label order.
fn batch_list(rows: &[&EventMonth]) -> String {
    // Each row's batches as (how many, first, last), and its labels when it lists them all.
    let mut count = 0u64;
    let mut labels: Vec<&str> = Vec::new();
    let mut previous_last: Option<&str> = None;
    let mut first: Option<&str> = None;
    for m in rows {
        let own = m.provenance.source.vintage.as_str();
        let (n, row_first, row_last, row_labels): (u64, &str, &str, Vec<&str>) = match &m.batches {
            Some(merged) => (
                merged.count,
                own,
                merged.last.as_str(),
                merged.labels.iter().map(String::as_str).collect(),
            ),
            None => (1, own, own, vec![own]),
        };
        // A batch met at the end of one row and the start of the next is one.
        let repeated = previous_last == Some(row_first);
        count += n.saturating_sub(u64::from(repeated));
        labels.extend(row_labels.into_iter().skip(usize::from(repeated)));
        first = first.or(Some(row_first));
        previous_last = Some(row_last);
    }
    // Three or fewer: every row lists its labels.
    match (first, previous_last) {
        (Some(first), Some(last)) if count > 3 => {
            format!("{count} batches, {first} to {last}")
        }
        _ => labels.join("; "),
    }
}

pub(super) fn cell(
    inputs: &Inputs<'_>,
    indicator: &'static Indicator,
    subject: &str,
    period: Period,
) -> Cell {
    match figure(inputs, indicator.name, subject, period) {
        Some(evidence) => {
            let mut cell =
                Cell::from_evidence("relations", subject, &period.to_string(), &evidence);
            cell.note = evidence.provenance.locator.clone();
            cell
        }
        None => Cell::empty(
            "relations",
            subject,
            &period.to_string(),
            indicator.unit,
            format!("no GDELT events {subject} in {period} among the ingested batches"),
        ),
    }
}
