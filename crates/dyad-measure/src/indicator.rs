//! Says what an indicator is (its recipe, frequency and kind) and what every indicator reads: the
//! evidence cut to an as-of date, with the security and fatality figures derived from events.
//!
//! The families under `indicators/` import from here; nothing here imports a family, so the registry
//! (`indicators/mod.rs`) sits above both.

use std::borrow::Cow;

use chrono::NaiveDate;
use serde::Serialize;

use dyad_model::{EventEvidence, EventMonth, EventTally, Evidence, Pair, Period};

use crate::cell::Cell;
use crate::events::{
    Counted, aggregate_facts, count_incidents, event_facts, incidents_by_area, latest_releases,
    tally_counts,
};
use crate::fatalities;
use crate::select::Candidate;

/// How often an indicator is measured.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Frequency {
    /// Once a year (a calendar year, or the period the source publishes).
    Annual,
    /// Once a month.
    Monthly,
}

/// What kind of number an indicator gives; projections choose their models by it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A count of events: the count model applies.
    Count,
    /// A stock or flow of persons or money.
    Level,
    /// A share of a whole, in percent: bounded by 0 and 100.
    Share,
    /// A change, balance or index: signed and unbounded.
    Rate,
    /// A cited fact (an amount or a statement), not a series: never projected.
    Fact,
}

impl Kind {
    /// Whether every value of this kind is at least zero: counts, levels and shares.
    pub fn is_non_negative(self) -> bool {
        matches!(self, Kind::Count | Kind::Level | Kind::Share)
    }
}

/// The written recipe of an indicator.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Recipe {
    /// The sources and fields it reads.
    pub reads: &'static [&'static str],
    /// The filters it applies.
    pub filters: &'static [&'static str],
    /// How values are aggregated.
    pub aggregation: &'static str,
    /// How periods are handled.
    pub periods: &'static str,
    /// The rule that chooses among sources or vintages that disagree.
    pub preference: &'static str,
}

/// An indicator.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Indicator {
    /// Its name, `family.measure`.
    pub name: &'static str,
    /// A one-line title.
    pub title: &'static str,
    /// The unit of its values.
    pub unit: &'static str,
    /// The study's table it fills, if any.
    pub table: &'static str,
    /// How often it is measured.
    pub frequency: Frequency,
    /// What kind of number it is.
    pub kind: Kind,
    /// What each subject means (`PAK→AFG`, a province, a project).
    pub subject: &'static str,
    /// The recipe.
    pub recipe: Recipe,
    /// What a reader must know before using it.
    pub caveats: &'static [&'static str],
    /// Where the method and sources are described.
    pub references: &'static [&'static str],
    /// The subjects it has for a pair.
    #[serde(skip)]
    pub subjects: fn(&Inputs<'_>) -> Vec<String>,
    /// Its value for a subject and period (a calendar year, or a month for monthly indicators).
    #[serde(skip)]
    pub cell: fn(&Inputs<'_>, &str, Period) -> Cell,
    /// Every figure that could fill a subject's period, for side-by-side comparison.
    #[serde(skip)]
    pub figures: fn(&Inputs<'_>, &str, Period) -> Vec<Evidence>,
    /// The periods for which a subject has any figure.
    #[serde(skip)]
    pub periods: fn(&Inputs<'_>, &str) -> Vec<Period>,
}

/// The evidence the indicators read, cut to what was published by an as-of date when one is given.
#[derive(Debug, Clone)]
pub struct Inputs<'a> {
    /// The pair.
    pub pair: &'a Pair,
    /// Stored figures: borrowed when nothing is cut, owned when an as-of date cut them.
    pub evidence: Cow<'a, [Evidence]>,
    /// Figures the security recipes derived from event data (`security.*` for `PAK-AFG border`).
    pub security: Vec<Evidence>,
    /// Per-source facts behind fatalities by actor type: (source, year, actor type, deaths, provenance).
    pub fatalities: Vec<Evidence>,
    /// The same incidents as `security`, by source, year and border area.
    pub areas: Vec<dyad_model::AreaIncidents>,
    /// Monthly event aggregates.
    pub months: Cow<'a, [EventMonth]>,
    /// The as-of date, if any.
    pub as_of: Option<NaiveDate>,
    /// Figures, events and aggregates left out because their release has no date, so whether they
    /// were published by the as-of date is unknown.
    pub undated_left_out: usize,
    /// Those left out because they were published after the as-of date.
    pub later_left_out: usize,
}

pub use dyad_model::event::release_date;

/// The events the recipes read: every stored event in every release, or the evidence base's tallies of
/// them ([`crate::events::TALLY`]), which give the same counts at a cost that does not grow with the
/// events.
#[derive(Debug, Clone)]
pub enum EventBase {
    /// Every stored event, in every release.
    Events(Vec<EventEvidence>),
    /// The stored tallies, and the date they are cut to, if any.
    Tallies {
        /// The tallies, shared by every cut of them.
        rows: std::sync::Arc<[EventTally]>,
        /// What was published and begun by this date only.
        cut: Option<NaiveDate>,
    },
}

impl Default for EventBase {
    fn default() -> EventBase {
        EventBase::Events(Vec::new())
    }
}

impl EventBase {
    /// The stored tallies when they are current (`Some`), else the events `read` reads: the tallies of
    /// an evidence base written without the recipe, or by an older dyad, are stale until its next write
    /// rebuilds them.
    pub fn from_store<E>(
        tallies: Option<Vec<EventTally>>,
        read: impl FnOnce() -> Result<Vec<EventEvidence>, E>,
    ) -> Result<EventBase, E> {
        Ok(match tallies {
            Some(rows) => EventBase::Tallies {
                rows: rows.into(),
                cut: None,
            },
            None => EventBase::Events(read()?),
        })
    }

    /// No events.
    pub fn none() -> &'static EventBase {
        static NONE: EventBase = EventBase::Events(Vec::new());
        &NONE
    }
}

/// What was published by a date: figures, events and aggregates whose release is dated on or before it
/// and whose period began by then, with counts of what was left out.
#[derive(Debug, Clone, Default)]
pub struct Published {
    /// The figures.
    pub evidence: Vec<Evidence>,
    /// The events.
    pub events: EventBase,
    /// The monthly aggregates.
    pub months: Vec<EventMonth>,
    /// Left out because their release has no date.
    pub undated_left_out: usize,
    /// Left out because they were released after the date.
    pub later_left_out: usize,
}

/// Cuts the stored evidence to what was published by `as_of`: a release with no date is left out, since
/// whether it was out by then is unknown, and so is anything about a period that began later.
pub fn published_by(
    as_of: NaiveDate,
    evidence: &[Evidence],
    events: &EventBase,
    months: &[EventMonth],
) -> Published {
    let (mut undated, mut later) = (0, 0);
    let mut known = |release: &str, starts: NaiveDate, n: usize| -> bool {
        if starts > as_of {
            return false;
        }
        match release_date(release) {
            Some(date) if date <= as_of => true,
            Some(_) => {
                later += n;
                false
            }
            None => {
                undated += n;
                false
            }
        }
    };
    let evidence: Vec<Evidence> = evidence
        .iter()
        .filter(|e| {
            known(
                &e.provenance.source.vintage_date,
                e.observation.period.map_or(NaiveDate::MIN, |p| p.start()),
                1,
            )
        })
        .cloned()
        .collect();
    let events = match events {
        EventBase::Events(events) => EventBase::Events(
            events
                .iter()
                .filter(|e| known(&e.provenance.source.vintage_date, e.event.date_start, 1))
                .cloned()
                .collect(),
        ),
        EventBase::Tallies { rows, cut } => {
            // A stored event is counted as left out once, by the row that stands for it, unless an
            // earlier cut left it out already.
            let published_by = |t: &EventTally, date: NaiveDate| {
                t.date_start <= date
                    && release_date(&t.provenance.source.vintage_date).is_some_and(|p| p <= date)
            };
            for t in rows.iter() {
                if cut.is_none_or(|earlier| published_by(t, earlier)) {
                    known(
                        &t.provenance.source.vintage_date,
                        t.date_start,
                        t.n_stored as usize,
                    );
                }
            }
            EventBase::Tallies {
                rows: std::sync::Arc::clone(rows),
                cut: Some(cut.map_or(as_of, |earlier| earlier.min(as_of))),
            }
        }
    };
    let months: Vec<EventMonth> = months
        .iter()
        .filter(|m| {
            known(
                &m.provenance.source.vintage_date,
                m.month.start(),
                m.n_stored as usize,
            )
        })
        .cloned()
        .collect();
    Published {
        evidence,
        events,
        months,
        undated_left_out: undated,
        later_left_out: later,
    }
}

/// The subject of the border security indicators.
pub fn border_subject(pair: &Pair) -> String {
    format!("{pair} border")
}

impl<'a> Inputs<'a> {
    /// The inputs from everything stored.
    pub fn new(
        pair: &'a Pair,
        evidence: &'a [Evidence],
        events: &EventBase,
        months: &'a [EventMonth],
    ) -> Inputs<'a> {
        Inputs::build(pair, evidence, events, months, None)
    }

    /// The inputs as they stood on `as_of`: only figures, events and aggregates whose release is dated
    /// on or before it, and only about periods that began by then.
    pub fn as_of(
        pair: &'a Pair,
        evidence: &'a [Evidence],
        events: &EventBase,
        months: &'a [EventMonth],
        as_of: NaiveDate,
    ) -> Inputs<'a> {
        Inputs::build(pair, evidence, events, months, Some(as_of))
    }

    fn build(
        pair: &'a Pair,
        evidence: &'a [Evidence],
        events: &EventBase,
        months: &'a [EventMonth],
        as_of: Option<NaiveDate>,
    ) -> Inputs<'a> {
        let (evidence, events, months, undated, later) = match as_of {
            Some(date) => {
                let cut = published_by(date, evidence, events, months);
                (
                    Cow::Owned(cut.evidence),
                    Cow::Owned(cut.events),
                    Cow::Owned(cut.months),
                    cut.undated_left_out,
                    cut.later_left_out,
                )
            }
            None => (
                Cow::Borrowed(evidence),
                Cow::Borrowed(events),
                Cow::Borrowed(months),
                0,
                0,
            ),
        };
        let latest;
        let facts;
        let mut counted: Vec<Counted<'_>> = match &*events {
            EventBase::Events(events) => {
                latest = latest_releases(events);
                facts = event_facts(&latest, pair);
                facts.iter().map(Counted::of).collect()
            }
            EventBase::Tallies { rows, cut } => tally_counts(rows, pair, *cut),
        };
        let ged_years: std::collections::BTreeSet<i32> = counted
            .iter()
            .filter(|f| f.source == crate::events::EventSource::UcdpGed)
            .map(|f| chrono::Datelike::year(&f.dates.0))
            .collect();
        let aggregates = aggregate_facts(&evidence, &|year| ged_years.contains(&year));
        counted.extend(aggregates.iter().map(Counted::of));
        // The recipes read the border table, which holds one pair's border; another pair has none.
        let (security, areas) = if crate::geography::covers(&pair.first, &pair.second) {
            (
                count_incidents(&counted, &border_subject(pair)),
                incidents_by_area(&counted),
            )
        } else {
            (Vec::new(), Vec::new())
        };
        let fatalities = fatalities::from_counted(&counted);
        Inputs {
            pair,
            evidence,
            security,
            fatalities,
            areas,
            months,
            as_of,
            undated_left_out: undated,
            later_left_out: later,
        }
    }

    /// Stored figures of one indicator and subject.
    pub fn matching(&self, indicator: &str, subject: &str) -> Vec<&Evidence> {
        self.evidence
            .iter()
            .filter(|e| e.observation.indicator == indicator && e.observation.subject == subject)
            .collect()
    }
}

/// Figures of `items` whose period overlaps `period`.
pub(crate) fn overlapping(items: Vec<&Evidence>, period: Period) -> Vec<Evidence> {
    items
        .into_iter()
        .filter(|e| {
            e.observation
                .period
                .is_some_and(|p| p.overlap_days(&period) > 0)
        })
        .cloned()
        .collect()
}

/// The calendar years any of `items` overlaps.
pub(crate) fn years_of<'e>(items: impl IntoIterator<Item = &'e Evidence>) -> Vec<Period> {
    let mut years: Vec<i32> = items
        .into_iter()
        .filter_map(|e| e.observation.period)
        .flat_map(|p| [year_of(p), chrono::Datelike::year(&p.end())])
        .collect();
    years.sort_unstable();
    years.dedup();
    match (years.first(), years.last()) {
        (Some(&first), Some(&last)) => (first..=last).map(Period::Year).collect(),
        _ => Vec::new(),
    }
}

/// The year of an annual period.
pub(crate) fn year_of(period: Period) -> i32 {
    chrono::Datelike::year(&period.start())
}

pub(crate) fn matching<'a>(
    evidence: &'a [Evidence],
    indicator: &str,
    subject: &str,
) -> Vec<&'a Evidence> {
    evidence
        .iter()
        .filter(|e| e.observation.indicator == indicator && e.observation.subject == subject)
        .collect()
}

pub(crate) fn candidates<'a>(
    items: &[&'a Evidence],
    preference: impl Fn(&Evidence) -> u8,
) -> Vec<Candidate<'a>> {
    items
        .iter()
        .map(|e| Candidate {
            evidence: e,
            preference: preference(e),
        })
        .collect()
}

/// The cell of `table` whose row starts with `row`, or an empty cell saying nothing was found.
pub(crate) fn row_of(
    cells: Vec<Cell>,
    row: &str,
    table: &'static str,
    unit: &str,
    year: i32,
) -> Cell {
    cells
        .into_iter()
        .find(|c| c.row.starts_with(row))
        .unwrap_or_else(|| Cell::empty(table, row, &year.to_string(), unit, "no figure"))
}
