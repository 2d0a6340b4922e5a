//! Border security incidents from event data: one recipe per source that sorts each event into the
//! study's three categories, or leaves it out.
//!
//! # The recipes
//! An event counts only if it happened in a border area ([`crate::geography`]): one of Pakistan's
//! districts along the border, or one of Afghanistan's provinces along it. It then falls in the first
//! category it meets, so no event counts twice:
//!
//! | category | ACLED | UCDP GED | GDELT |
//! |---|---|---|---|
//! | cross-border attacks | Battles or Explosions/Remote violence between the state forces of the two countries (`… Forces of Pakistan` against `… Forces of Afghanistan`), or any such event whose notes say `cross-border`, `across the border` or `Durand` | state-based violence (type 1) between `Government of Afghanistan` and `Government of Pakistan` | one actor AFG and the other PAK, QuadClass 4 (material conflict) |
//! | counter-terrorism operations | Pakistan's state forces as actor 1 in Battles or Explosions/Remote violence, or their arrests (Strategic developments: Arrests) | state-based violence with side A `Government of Pakistan` against a non-state side B | actor 1 PAK with a military or police code (`MIL`, `COP`), CAMEO root 19 (fight) or code 173 (arrest) |
//! | militant activities | Battles, Explosions/Remote violence or Violence against civilians by a rebel group or political militia (ACLED `inter1` 2 or 3) | non-state violence (type 2), and one-sided violence (type 3) by a non-state actor | CAMEO root 18 (assault) or 20 (mass violence) by an actor coded rebel or insurgent (`REB`, `INS`) |
//!
//! # Counting
//! Each source's count for a period is its own figure, with the source and releases it read. An event
//! released several times counts once, in its newest release; an ACLED event that a later deletions file
//! names is left out. A source *covers* a year when it holds any event located in either country that
//! year, so a year it covers with no matching event counts zero, while a year it does not cover is
//! missing. A source covering only part of a year gives a figure for that part, not for the year.
//!
//! The bundled UCDP GED table holds events aggregated by year, type of violence, dyad and district; the
//! recipe reads it as it reads single events, with the aggregate's event count as the weight.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};

use dyad_model::event::release_date;
use dyad_model::{
    AreaIncidents, Event, EventCategory, EventEvidence, EventTally, Evidence, Observation, Pair,
    Period, Provenance, SourceRef, Status, TallyRecipe, Value,
};

use crate::geography::{area_of, gdelt_border_code};

/// The event sources the recipes know.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum EventSource {
    /// ACLED.
    Acled,
    /// UCDP Georeferenced Event Dataset.
    UcdpGed,
    /// GDELT 2.0 Events.
    Gdelt,
}

impl EventSource {
    /// The source of a stored figure or event, by its publisher and dataset.
    pub fn of(source: &SourceRef) -> Option<EventSource> {
        if source.publisher.contains("ACLED") {
            Some(EventSource::Acled)
        } else if source.publisher.contains("UCDP") && source.dataset.contains("GED") {
            Some(EventSource::UcdpGed)
        } else if source.publisher.contains("GDELT") && source.dataset.contains("Events") {
            Some(EventSource::Gdelt)
        } else {
            None
        }
    }

    /// The name printed.
    pub fn name(self) -> &'static str {
        match self {
            EventSource::Acled => "ACLED",
            EventSource::UcdpGed => "UCDP GED",
            EventSource::Gdelt => "GDELT",
        }
    }

    /// The reconciliation rank: ACLED, coded by hand for sub-national political violence, first; then
    /// UCDP GED, which records only events with at least one death in organised violence; then GDELT,
    /// machine-coded from news and prone to duplicates.
    pub fn rank(self) -> u8 {
        match self {
            EventSource::Acled => 0,
            EventSource::UcdpGed => 1,
            EventSource::Gdelt => 2,
        }
    }
}

/// The study's three categories of border security incident, and the one a source that does not record
/// who initiated a clash must use instead of two of them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Incident {
    /// Attacks across the border between the two states' forces.
    CrossBorder,
    /// Operations by Pakistan's security forces against non-state armed groups.
    CounterTerrorism,
    /// Attacks by non-state armed groups.
    Militant,
    /// Clashes between Pakistan's forces and non-state armed groups whose initiator the source does not
    /// record: UCDP GED codes a state-based conflict event by its dyad, not by who attacked, so an army
    /// operation and a militant ambush of a patrol look alike. Counting them as either would be a guess.
    StateNonState,
}

impl Incident {
    /// Every category, in the order the recipes test them.
    pub const ALL: [Incident; 4] = [
        Incident::CrossBorder,
        Incident::CounterTerrorism,
        Incident::Militant,
        Incident::StateNonState,
    ];

    /// The short code a tally key writes it as.
    pub fn code(self) -> &'static str {
        match self {
            Incident::CrossBorder => "cross-border",
            Incident::CounterTerrorism => "ct",
            Incident::Militant => "militant",
            Incident::StateNonState => "state-nonstate",
        }
    }

    /// The category a tally key's code names.
    pub fn from_code(code: &str) -> Option<Incident> {
        Incident::ALL.into_iter().find(|i| i.code() == code)
    }

    /// The indicator that counts the category.
    pub fn indicator(self) -> &'static str {
        match self {
            Incident::CrossBorder => "security.cross_border_attacks",
            Incident::CounterTerrorism => "security.ct_operations",
            Incident::Militant => "security.militant_activities",
            Incident::StateNonState => "security.state_nonstate_clashes",
        }
    }

    /// Whether a source can tell this category apart from the others. UCDP GED cannot count
    /// counter-terrorism operations (it does not record who initiated a clash); ACLED and GDELT name the
    /// acting side, so they never need the combined category.
    pub fn told_apart_by(self, source: EventSource) -> bool {
        match (self, source) {
            (Incident::CounterTerrorism, EventSource::UcdpGed) => false,
            (Incident::StateNonState, EventSource::UcdpGed) => true,
            (Incident::StateNonState, _) => false,
            _ => true,
        }
    }
}

/// One event, or one aggregate of events, as the recipes see it.
#[derive(Debug, Clone)]
pub struct Fact<'a> {
    /// Where it comes from.
    pub source: EventSource,
    /// The first and last day the fact covers (a whole year for a yearly aggregate).
    pub dates: (NaiveDate, NaiveDate),
    /// Country (ISO alpha-3), first- and second-level units, as the source writes them.
    pub place: (&'a str, &'a str, &'a str),
    /// Actor 1: name, country, code.
    pub actor1: (&'a str, &'a str, &'a str),
    /// Actor 2: name, country, code.
    pub actor2: (&'a str, &'a str, &'a str),
    /// The source's type as written (`Battles: Armed clash`, `type_of_violence 1`, CAMEO `190`).
    pub source_type: &'a str,
    /// The common category.
    pub category: EventCategory,
    /// GDELT's QuadClass.
    pub quad_class: Option<u8>,
    /// Notes or headline.
    pub description: &'a str,
    /// How many events the fact stands for.
    pub events: f64,
    /// Deaths, best estimate.
    pub fatalities: f64,
    /// Where it came from.
    pub provenance: &'a Provenance,
}

/// What the counts read of a fact, or of a stored tally of events: its source, days, country, category
/// and kind of actor, how many events and deaths it stands for, and its provenance.
#[derive(Debug, Clone)]
pub struct Counted<'a> {
    /// Where it comes from.
    pub source: EventSource,
    /// The first and last day covered.
    pub dates: (NaiveDate, NaiveDate),
    /// The country it is located in.
    pub country: &'a str,
    /// Its category of border security incident, if it is one.
    pub incident: Option<Incident>,
    /// The kind of actor 1, as the fatalities by actor name it.
    pub actor_kind: &'static str,
    /// The border area of an incident ([`AreaIncidents::area`]); empty for a fact that is not one.
    pub area: &'a str,
    /// How many events.
    pub events: f64,
    /// Deaths, best estimate.
    pub fatalities: f64,
    /// Where it came from.
    pub provenance: &'a Provenance,
    /// For a tally merged across files (undated releases), the files whose events count in its
    /// source's year, country and key ([`EventTally::merged`]); their releases are listed with the
    /// count's.
    pub merged: &'a [std::sync::Arc<Provenance>],
}

impl<'a> Counted<'a> {
    /// The files this count reads: its own, or every file merged into it.
    pub fn files(&self) -> impl Iterator<Item = &'a Provenance> {
        let own = self.merged.is_empty().then_some(self.provenance);
        own.into_iter().chain(self.merged.iter().map(|p| &**p))
    }

    /// A fact as the counts read it, sorted by its source's recipe.
    pub fn of(fact: &Fact<'a>) -> Counted<'a> {
        let incident = classify(fact);
        Counted {
            source: fact.source,
            dates: fact.dates,
            country: fact.place.0,
            incident,
            actor_kind: actor_type(fact),
            area: if incident.is_some() {
                area_name(fact)
            } else {
                ""
            },
            events: fact.events,
            fatalities: fact.fatalities,
            provenance: fact.provenance,
            merged: &[],
        }
    }
}

/// The recipe the evidence base tallies events by: the key of an event is its category of border
/// security incident (or `-`) and the kind of its actor 1, by its source's recipe. Change the version
/// whenever the code of [`classify`], [`actor_type`], [`crate::geography::area_of`] or
/// [`crate::geography::fold`] would answer differently, so that stored tallies are rebuilt; the border
/// table they read (`data/reference/border_areas.csv`) is hashed into `data` at compile time.
pub const TALLY: TallyRecipe = TallyRecipe {
    version: "border-incidents/2",
    data: dyad_model::event::data_hash(crate::geography::TABLE.as_bytes()),
    key: tally_key,
};

/// An event's tally key: `category|kind|area` (`ct|0|Kurram`, `mil|1|PK01`, `-|2|`); empty for an event no
/// recipe reads.
fn tally_key(event: &Event, source: &SourceRef) -> String {
    static NO_PROVENANCE: std::sync::LazyLock<Provenance> =
        std::sync::LazyLock::new(|| Provenance::of(SourceRef::new("", "", "", "")));
    let Some(source) = EventSource::of(source) else {
        return String::new();
    };
    let counted = Counted::of(&fact_of(event, source, &NO_PROVENANCE));
    let kind = ACTOR_KINDS
        .iter()
        .position(|k| *k == counted.actor_kind)
        .unwrap_or(2);
    format!(
        "{}|{kind}|{}",
        counted.incident.map_or("-", Incident::code),
        counted.area
    )
}

/// The category, kind of actor and border area a tally key names; `None` for a key no recipe wrote.
fn parse_tally_key(key: &str) -> Option<(Option<Incident>, &'static str, &str)> {
    let mut parts = key.splitn(3, '|');
    let (incident, kind, area) = (parts.next()?, parts.next()?, parts.next()?);
    let incident = match incident {
        "-" => None,
        code => Some(Incident::from_code(code)?),
    };
    let kind = ACTOR_KINDS.get(kind.parse::<usize>().ok()?)?;
    Some((incident, kind, area))
}

/// The border area a fact lies in, as [`Counted::area`] names it: the area's name for ACLED and UCDP, the
/// first-level code for GDELT; empty when it lies in none.
fn area_name<'a>(fact: &Fact<'a>) -> &'a str {
    let (country, admin1, admin2) = fact.place;
    match fact.source {
        EventSource::Gdelt if gdelt_border_code(admin1) => admin1,
        EventSource::Gdelt => "",
        _ => area_of(country, admin1, admin2).map_or("", |a| a.name.as_str()),
    }
}

/// The stored tallies of events located in either country of the pair, as the counts read them: with
/// every release read, or cut to what was published and begun by `cut`.
pub fn tally_counts<'a>(
    tallies: &'a [EventTally],
    pair: &Pair,
    cut: Option<NaiveDate>,
) -> Vec<Counted<'a>> {
    tallies
        .iter()
        .filter(|t| t.country == pair.first || t.country == pair.second)
        .filter_map(|t| {
            let source = EventSource::of(&t.provenance.source)?;
            let (n, fatalities) = match cut {
                None => (t.n_latest, t.fatalities_latest),
                Some(date) => {
                    let published =
                        release_date(&t.provenance.source.vintage_date).is_some_and(|p| p <= date);
                    let current = t.until.is_none_or(|until| date < until);
                    if !(published && t.date_start <= date && current) {
                        return None;
                    }
                    (t.n_cut, t.fatalities_cut)
                }
            };
            if n == 0 {
                return None;
            }
            let (incident, actor_kind, area) = parse_tally_key(&t.key)?;
            Some(Counted {
                source,
                dates: (t.date_start, t.date_end),
                country: &t.country,
                incident,
                actor_kind,
                area,
                events: n as f64,
                fatalities,
                provenance: &t.provenance,
                merged: &t.merged,
            })
        })
        .collect()
}

/// The provenance a count made of many facts cites: that of the release whose date and label, as
/// written, sort last; the same whichever order the facts come in.
pub(crate) fn cited<'a>(
    kept: Option<&'a Provenance>,
    offered: &'a Provenance,
) -> Option<&'a Provenance> {
    match kept {
        // Facts of one file share its provenance: nothing to compare.
        Some(kept)
            if std::ptr::eq(kept, offered) || kept.cited_order() >= offered.cited_order() =>
        {
            Some(kept)
        }
        _ => Some(offered),
    }
}

/// The kinds of actor, as subjects are named: `PAK: state forces`.
/// The fourth is for UCDP GED's state-based conflict events, whose initiator GED does not record: side A
/// of such a dyad is always the government by UCDP's convention, not because it attacked.
pub(crate) const ACTOR_KINDS: [&str; 4] = [
    "state forces",
    "non-state armed groups",
    "other actors",
    "state-based clashes, initiator not recorded",
];

/// The kind of a fact's actor 1, by its source's coding.
pub(crate) fn actor_type(fact: &Fact<'_>) -> &'static str {
    let (name, _, code) = fact.actor1;
    match fact.source {
        EventSource::Acled => match code.trim() {
            "1" => ACTOR_KINDS[0],
            "2" | "3" => ACTOR_KINDS[1],
            c if c.get(..5).is_some_and(|s| s.eq_ignore_ascii_case("state")) => ACTOR_KINDS[0],
            c if lower_contains(c, &["rebel", "militia"]) => ACTOR_KINDS[1],
            _ => ACTOR_KINDS[2],
        },
        EventSource::UcdpGed => {
            let violence = fact.source_type.trim_start_matches("type_of_violence ");
            match violence {
                // State-based: GED records the dyad, not who struck first.
                "1" => ACTOR_KINDS[3],
                // One-sided violence: side A is the perpetrator.
                "3" if name.starts_with("Government of") => ACTOR_KINDS[0],
                _ => ACTOR_KINDS[1],
            }
        }
        EventSource::Gdelt => ACTOR_KINDS[2],
    }
}

/// Whether `text` holds any of the lower-case ASCII `needles`, in any case.
fn lower_contains(text: &str, needles: &[&str]) -> bool {
    let text = text.as_bytes();
    needles.iter().any(|needle| {
        let needle = needle.as_bytes();
        let Some(&first) = needle.first() else {
            return true;
        };
        text.windows(needle.len()).any(|window| {
            window[0].eq_ignore_ascii_case(&first) && window.eq_ignore_ascii_case(needle)
        })
    })
}

fn acled_state(name: &str, country: &str) -> bool {
    name.match_indices("Forces of ")
        .any(|(at, found)| name[at + found.len()..].starts_with(country))
}

fn acled_non_state(code: &str) -> bool {
    matches!(code.trim(), "2" | "3") || lower_contains(code, &["rebel", "militia"])
}

/// Sorts a fact into a category by its source's recipe; `None` when it is not a border security
/// incident.
pub fn classify(fact: &Fact<'_>) -> Option<Incident> {
    let (country, admin1, admin2) = fact.place;
    let border = match fact.source {
        EventSource::Gdelt => gdelt_border_code(admin1),
        _ => area_of(country, admin1, admin2).is_some(),
    };
    if !border {
        return None;
    }
    match fact.source {
        EventSource::Acled => {
            let fighting = matches!(
                fact.category,
                EventCategory::Battle | EventCategory::RemoteViolence
            );
            let (a1, a2) = (fact.actor1.0, fact.actor2.0);
            let interstate = (acled_state(a1, "Pakistan") && acled_state(a2, "Afghanistan"))
                || (acled_state(a1, "Afghanistan") && acled_state(a2, "Pakistan"));
            let said_cross_border = || {
                lower_contains(
                    fact.description,
                    &["cross-border", "across the border", "durand"],
                )
            };
            if fighting && (interstate || said_cross_border()) {
                Some(Incident::CrossBorder)
            } else if acled_state(a1, "Pakistan")
                && (fighting || fact.source_type.contains("Arrests"))
            {
                Some(Incident::CounterTerrorism)
            } else if acled_non_state(fact.actor1.2)
                && (fighting || fact.category == EventCategory::ViolenceAgainstCivilians)
            {
                Some(Incident::Militant)
            } else {
                None
            }
        }
        EventSource::UcdpGed => {
            let violence = fact.source_type.trim_start_matches("type_of_violence ");
            let (a, b) = (fact.actor1.0, fact.actor2.0);
            let government = |side: &str| side.starts_with("Government of");
            match violence {
                "1" if [a, b].contains(&"Government of Afghanistan")
                    && [a, b].contains(&"Government of Pakistan") =>
                {
                    Some(Incident::CrossBorder)
                }
                "1" if a == "Government of Pakistan" && !government(b) => {
                    Some(Incident::StateNonState)
                }
                "2" => Some(Incident::Militant),
                "3" if !government(a) => Some(Incident::Militant),
                _ => None,
            }
        }
        EventSource::Gdelt => {
            let (c1, c2) = (fact.actor1.1, fact.actor2.1);
            let code = fact.source_type;
            let root = code.get(..2).unwrap_or_default();
            let a1_code = fact.actor1.2;
            if fact.quad_class == Some(4)
                && ((c1 == "AFG" && c2 == "PAK") || (c1 == "PAK" && c2 == "AFG"))
            {
                Some(Incident::CrossBorder)
            } else if c1 == "PAK"
                && (a1_code.contains("MIL") || a1_code.contains("COP"))
                && (root == "19" || code.starts_with("173"))
            {
                Some(Incident::CounterTerrorism)
            } else if (root == "18" || root == "20")
                && (a1_code.contains("REB") || a1_code.contains("INS"))
            {
                Some(Incident::Militant)
            } else {
                None
            }
        }
    }
}

/// Keeps each event once, in its newest release, and drops those a later deletions file names.
pub fn latest_releases(events: &[EventEvidence]) -> Vec<&EventEvidence> {
    // Keyed by the rank of the event's (publisher, dataset) among the few there are, then its id: the
    // same order as the three texts, without comparing the long, equal publisher and dataset names at
    // every level of a tree of hundreds of thousands of events.
    let datasets: std::collections::BTreeSet<(&str, &str)> = events
        .iter()
        .map(|e| {
            let source = &e.provenance.source;
            (source.publisher.as_str(), source.dataset.as_str())
        })
        .collect();
    let rank: std::collections::HashMap<(&str, &str), usize> = datasets
        .into_iter()
        .enumerate()
        .map(|(rank, dataset)| (dataset, rank))
        .collect();
    let mut newest: BTreeMap<(usize, &str), &EventEvidence> = BTreeMap::new();
    for item in events {
        let source = &item.provenance.source;
        let key = (
            rank[&(source.publisher.as_str(), source.dataset.as_str())],
            item.event.source_id.as_str(),
        );
        fn release(e: &EventEvidence) -> (&str, &str) {
            (
                e.provenance.source.vintage_date.as_str(),
                e.provenance.source.vintage.as_str(),
            )
        }
        match newest.get(&key) {
            Some(kept) if release(kept) >= release(item) => {}
            _ => {
                newest.insert(key, item);
            }
        }
    }
    newest.into_values().filter(|e| !e.deleted_later).collect()
}

/// The facts of stored events located in either country of the pair.
pub fn event_facts<'a>(events: &[&'a EventEvidence], pair: &Pair) -> Vec<Fact<'a>> {
    events
        .iter()
        .filter(|item| item.event.country == pair.first || item.event.country == pair.second)
        .filter_map(|item| {
            let source = EventSource::of(&item.provenance.source)?;
            Some(fact_of(&item.event, source, &item.provenance))
        })
        .collect()
}

/// One event as a fact of `source`.
fn fact_of<'a>(e: &'a Event, source: EventSource, provenance: &'a Provenance) -> Fact<'a> {
    Fact {
        source,
        dates: (e.date_start, e.date_end),
        place: (&e.country, &e.admin1, &e.admin2),
        actor1: (&e.actor1.name, &e.actor1.country, &e.actor1.code),
        actor2: (&e.actor2.name, &e.actor2.country, &e.actor2.code),
        source_type: &e.source_type,
        category: e.category,
        quad_class: e.measures.quad_class,
        description: &e.description,
        events: 1.0,
        fatalities: e.fatalities.unwrap_or(0.0),
        provenance,
    }
}

/// The facts of the bundled UCDP GED aggregates (`conflict.ged_events` with their `conflict.ged_deaths`),
/// whose basis reads `located in PAK / adm_1 / adm_2`. Years for which single GED events are stored are
/// skipped, so nothing counts twice.
pub fn aggregate_facts<'a>(
    evidence: &'a [Evidence],
    covered_by_events: &dyn Fn(i32) -> bool,
) -> Vec<Fact<'a>> {
    let deaths: BTreeMap<&str, f64> = evidence
        .iter()
        .filter(|e| e.observation.indicator == "conflict.ged_deaths")
        .map(|e| {
            (
                e.provenance.locator.as_str(),
                e.observation.value.number.unwrap_or(0.0),
            )
        })
        .collect();
    evidence
        .iter()
        .filter(|e| e.observation.indicator == "conflict.ged_events")
        .filter_map(|e| {
            let period = e.observation.period?;
            let year = period.calendar_year()?;
            if covered_by_events(year) {
                return None;
            }
            let place = e.observation.basis.strip_prefix("located in ")?;
            let mut parts = place.splitn(3, " / ");
            let (country, admin1, admin2) = (parts.next()?, parts.next()?, parts.next()?);
            let (a, b) = e.observation.subject.split_once(" – ")?;
            let (violence, code) = match e.observation.concept.as_str() {
                "state-based violence" => ("type_of_violence 1", 1),
                "non-state violence" => ("type_of_violence 2", 2),
                "one-sided violence" => ("type_of_violence 3", 3),
                _ => return None,
            };
            Some(Fact {
                source: EventSource::UcdpGed,
                dates: (period.start(), period.end()),
                place: (country, admin1, admin2),
                actor1: (a, "", ""),
                actor2: (b, "", ""),
                source_type: violence,
                category: EventCategory::from_ucdp(code),
                quad_class: None,
                description: "",
                events: e.observation.value.number.unwrap_or(0.0),
                fatalities: deaths
                    .get(e.provenance.locator.as_str())
                    .copied()
                    .unwrap_or(0.0),
                provenance: &e.provenance,
            })
        })
        .collect()
}

/// What one source says for one category and year: the count, deaths, the days the source covers and
/// the releases read, by their date and label as written.
#[derive(Debug, Clone, Default)]
struct Tally<'a> {
    events: f64,
    fatalities: f64,
    first: Option<NaiveDate>,
    last: Option<NaiveDate>,
    /// Kept unordered: a count of merged GDELT batches reads thousands, and only its list orders them.
    releases: std::collections::HashSet<(&'a str, &'a str)>,
    /// The files merged into tallies whose releases are listed already, by address: merged tallies
    /// share each file's provenance, so a file's release is listed once without comparing names.
    merged_read: std::collections::HashSet<usize>,
    /// The lists of merged files read already, by address: the rows of one year, country and key share
    /// theirs, so each list is read once.
    lists_read: std::collections::HashSet<usize>,
    /// The provenance of the last unmerged fact read: consecutive facts mostly share one.
    last_read: Option<&'a Provenance>,
    provenance: Option<&'a Provenance>,
}

impl<'a> Tally<'a> {
    /// Lists the releases a fact reads, and keeps the provenance to cite.
    fn read(&mut self, fact: &Counted<'a>) {
        let mut list = |file: &'a Provenance| {
            self.releases.insert((
                file.source.vintage_date.as_str(),
                file.source.vintage.as_str(),
            ));
        };
        if fact.merged.is_empty() {
            // Events read one by one each carry a provenance of their own: no set of addresses, which
            // would grow with them; the last one seen spares most comparisons.
            if !self
                .last_read
                .is_some_and(|last| std::ptr::eq(last, fact.provenance))
            {
                list(fact.provenance);
                self.last_read = Some(fact.provenance);
            }
        } else if self.lists_read.insert(fact.merged.as_ptr() as usize) {
            for file in fact.merged {
                if self
                    .merged_read
                    .insert(std::sync::Arc::as_ptr(file) as usize)
                {
                    list(file);
                }
            }
        }
        self.provenance = cited(self.provenance, fact.provenance);
    }

    /// The provenance a count of these facts cites: the newest release's source and file, with every
    /// release read named in its `vintage`, and `locator` saying what was counted.
    fn cite(&self, locator: String) -> Option<Provenance> {
        let provenance = self.provenance?;
        Some(Provenance {
            source: SourceRef {
                vintage: self.release_list(),
                ..provenance.source.clone()
            },
            locator,
            ..provenance.clone()
        })
    }

    /// The releases read, by their labels, `; `-separated; many undated releases (GDELT's batches) are
    /// summed up by their number and their first and last labels.
    fn release_list(&self) -> String {
        let undated = self
            .releases
            .iter()
            .filter(|(date, _)| date.is_empty())
            .count();
        if undated > 5 && undated == self.releases.len() {
            // Distinct labels (their dates are all empty): the number, the first and the last.
            let labels = self.releases.iter().map(|(_, label)| *label);
            match (labels.clone().min(), labels.max()) {
                (Some(first), Some(last)) => by_range(self.releases.len(), first, last),
                _ => String::new(),
            }
        } else {
            let mut releases: Vec<&(&str, &str)> = self.releases.iter().collect();
            releases.sort_unstable();
            releases
                .iter()
                .map(|(_, label)| *label)
                .collect::<Vec<_>>()
                .join("; ")
        }
    }
}

/// "100 releases, FIRST to LAST".
fn by_range(count: usize, first: &str, last: &str) -> String {
    format!("{count} releases, {first} to {last}")
}

/// Many releases named by their number, first and last label: "100 releases, batch 20240101000000 to
/// batch 20240102004500".
pub fn releases_by_range(mut labels: Vec<&str>) -> String {
    labels.sort_unstable();
    labels.dedup();
    match (labels.first(), labels.last()) {
        (Some(first), Some(last)) => by_range(labels.len(), first, last),
        _ => String::new(),
    }
}

/// Counts border security incidents by source, category and year, as figures (`Evidence`) of the
/// indicators `security.cross_border_attacks`, `security.ct_operations`, `security.militant_activities`
/// and `security.border_incidents_total`, for the subject `PAK-AFG border`, and fatalities in them as
/// `security.border_incident_deaths`.
pub fn border_incidents(facts: &[Fact<'_>], subject: &str) -> Vec<Evidence> {
    let counted: Vec<Counted<'_>> = facts.iter().map(Counted::of).collect();
    count_incidents(&counted, subject)
}

/// [`border_incidents`] of facts already sorted, or of stored tallies.
pub fn count_incidents(facts: &[Counted<'_>], subject: &str) -> Vec<Evidence> {
    // Coverage: the days each source has any event in either country, per year.
    let mut coverage: BTreeMap<(EventSource, i32), Tally<'_>> = BTreeMap::new();
    let mut counts: BTreeMap<(EventSource, i32, Option<Incident>), Tally<'_>> = BTreeMap::new();
    for fact in facts {
        let year = fact.dates.0.year();
        let cover = coverage.entry((fact.source, year)).or_default();
        cover.first = Some(cover.first.map_or(fact.dates.0, |d| d.min(fact.dates.0)));
        cover.last = Some(cover.last.map_or(fact.dates.1, |d| d.max(fact.dates.1)));
        cover.read(fact);
        if let Some(incident) = fact.incident {
            for key in [
                (fact.source, year, Some(incident)),
                (fact.source, year, None),
            ] {
                let tally = counts.entry(key).or_default();
                tally.events += fact.events;
                tally.fatalities += fact.fatalities;
            }
        }
    }
    let mut figures = Vec::new();
    for ((source, year), cover) in &coverage {
        let (Some(first), Some(last), Some(provenance)) =
            (cover.first, cover.last, cover.provenance)
        else {
            continue;
        };
        let whole_year = Period::Year(*year);
        let period = if first <= whole_year.start() + chrono::Days::new(31)
            && last >= whole_year.end() - chrono::Days::new(31)
        {
            whole_year
        } else {
            Period::Range(first, last.min(whole_year.end()))
        };
        let rows: Vec<(&str, Option<Incident>)> = Incident::ALL
            .iter()
            .filter(|i| i.told_apart_by(*source))
            .map(|i| (i.indicator(), Some(*i)))
            .chain([("security.border_incidents_total", None)])
            .collect();
        for (indicator, incident) in rows {
            let tally = counts
                .get(&(*source, *year, incident))
                .cloned()
                .unwrap_or_default();
            let make = |indicator: &str, value: f64, unit: &str| {
                Evidence {
                observation: Observation {
                    indicator: indicator.to_string(),
                    subject: subject.to_string(),
                    period: Some(period),
                    value: Value {
                        text: crate::format::format_number(value),
                        number: Some(value),
                        low: None,
                        high: None,
                        approximate: false,
                    },
                    unit: unit.to_string(),
                    concept: incident
                        .map_or("all border security incidents", |_| {
                            incident_concept(indicator)
                        })
                        .to_string(),
                    basis: format!(
                        "{} events in the border areas, by dyad's recipe",
                        source.name()
                    ),
                    agency: String::new(),
                    status: Status::Estimate,
                    note: String::new(),
                },
                provenance: cover
                    .cite(format!(
                        "{} recipe `{indicator}`, {period}: {} of the source's events from {first} to {last}",
                        source.name(),
                        crate::format::format_number(tally.events)
                    ))
                    .unwrap_or_else(|| provenance.clone()),
            }
            };
            figures.push(make(indicator, tally.events, "incidents"));
            if incident.is_none() && *source != EventSource::Gdelt {
                figures.push(make(
                    "security.border_incident_deaths",
                    tally.fatalities,
                    "deaths",
                ));
            }
        }
    }
    figures
}

/// Border security incidents by source, year and border area, by the recipe of [`count_incidents`]: what
/// a map of the border draws. Sorted by source, year and the area's name.
pub fn incidents_by_area(facts: &[Counted<'_>]) -> Vec<AreaIncidents> {
    let mut counts: BTreeMap<(EventSource, i32, &str, &str), Tally<'_>> = BTreeMap::new();
    for fact in facts
        .iter()
        .filter(|f| f.incident.is_some() && !f.area.is_empty())
    {
        let tally = counts
            .entry((fact.source, fact.dates.0.year(), fact.area, fact.country))
            .or_default();
        tally.events += fact.events;
        tally.fatalities += fact.fatalities;
        tally.read(fact);
    }
    counts
        .into_iter()
        .filter_map(|((source, year, area, country), tally)| {
            let provenance = tally.provenance?;
            Some(AreaIncidents {
                source: source.name().to_string(),
                year,
                area: area.to_string(),
                country: country.to_string(),
                incidents: tally.events,
                fatalities: (source != EventSource::Gdelt).then_some(tally.fatalities),
                releases: tally.release_list(),
                provenance: tally
                    .cite(format!(
                        "{} recipe `security.border_incidents_total`, {year}, {area}: {} of the source's events",
                        source.name(),
                        crate::format::format_number(tally.events)
                    ))
                    .unwrap_or_else(|| provenance.clone()),
            })
        })
        .collect()
}

fn incident_concept(indicator: &str) -> &'static str {
    match indicator {
        "security.cross_border_attacks" => {
            "attacks across the border between the two states' forces"
        }
        "security.ct_operations" => {
            "operations by Pakistan's forces against non-state armed groups"
        }
        "security.militant_activities" => "attacks by non-state armed groups",
        "security.state_nonstate_clashes" => {
            "clashes between Pakistan's forces and non-state armed groups, initiator not recorded"
        }
        _ => "border security incidents",
    }
}

/// The reconciliation preference of a recipe figure: its source's rank.
pub fn source_preference(evidence: &Evidence) -> u8 {
    EventSource::of(&evidence.provenance.source).map_or(9, EventSource::rank)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn provenance(publisher: &str, dataset: &str, vintage: &str) -> Provenance {
        Provenance::of(SourceRef::new(publisher, dataset, vintage, ""))
    }

    fn date(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn gdelt<'a>(
        p: &'a Provenance,
        day: &str,
        adm1: &'a str,
        a1: (&'a str, &'a str),
        a2: &'a str,
        code: &'a str,
        quad: u8,
    ) -> Fact<'a> {
        Fact {
            source: EventSource::Gdelt,
            dates: (date(day), date(day)),
            place: ("", adm1, ""),
            actor1: ("", a1.0, a1.1),
            actor2: ("", a2, ""),
            source_type: code,
            category: EventCategory::from_cameo(code),
            quad_class: Some(quad),
            description: "",
            events: 1.0,
            fatalities: 0.0,
            provenance: p,
        }
    }

    #[test]
    fn gdelt_recipes_and_partial_coverage() {
        let p = provenance("The GDELT Project", "GDELT 2.0 Events", "batch 1");
        let facts = vec![
            // Pakistani and Afghan forces fight in Kunar: cross-border.
            gdelt(&p, "2024-03-01", "AF34", ("PAK", "PAKMIL"), "AFG", "190", 4),
            // Pakistani military fights in the former FATA against no foreign actor: counter-terrorism.
            gdelt(&p, "2024-03-02", "PK01", ("PAK", "PAKMIL"), "", "193", 4),
            // An arrest by police in Balochistan: counter-terrorism.
            gdelt(&p, "2024-03-03", "PK02", ("PAK", "PAKCOP"), "", "173", 4),
            // Insurgents bomb in Nangarhar: militant.
            gdelt(&p, "2024-03-04", "AF18", ("AFG", "AFGINS"), "", "183", 4),
            // The same bombing in Kabul: not a border area.
            gdelt(&p, "2024-03-05", "AF13", ("AFG", "AFGINS"), "", "183", 4),
            // Talks between the two in a border province: cooperation, no incident.
            gdelt(&p, "2024-04-30", "PK03", ("PAK", "PAKGOV"), "AFG", "040", 1),
        ];
        let kinds: Vec<Option<Incident>> = facts.iter().map(classify).collect();
        assert_eq!(
            kinds,
            [
                Some(Incident::CrossBorder),
                Some(Incident::CounterTerrorism),
                Some(Incident::CounterTerrorism),
                Some(Incident::Militant),
                None,
                None
            ]
        );
        let figures = border_incidents(&facts, "PAK-AFG border");
        let total = figures
            .iter()
            .find(|e| e.observation.indicator == "security.border_incidents_total")
            .unwrap();
        assert_eq!(total.observation.value.number, Some(4.0));
        // Two months of coverage are not the year: the figure's period says what it covers.
        assert_eq!(
            total.observation.period,
            Some(Period::Range(date("2024-03-01"), date("2024-04-30")))
        );
        // GDELT codes no deaths, so it gives no death figure.
        assert!(
            figures
                .iter()
                .all(|e| e.observation.indicator != "security.border_incident_deaths")
        );
        assert_eq!(source_preference(total), 2);
    }

    #[test]
    fn ged_aggregates_read_back_their_place_and_skip_years_with_events() {
        let p = provenance(
            "Uppsala Conflict Data Program (UCDP)",
            "UCDP Georeferenced Event Dataset (GED), Pakistan",
            "22.1",
        );
        let observation = |indicator: &str, value: f64| Evidence {
            observation: Observation {
                indicator: indicator.into(),
                subject: "Government of Pakistan – TTP".into(),
                period: Some(Period::Year(2014)),
                value: Value {
                    text: value.to_string(),
                    number: Some(value),
                    low: None,
                    high: None,
                    approximate: false,
                },
                unit: String::new(),
                concept: "state-based violence".into(),
                basis: "located in PAK / Federally Administered Tribal Areas / North Waziristan"
                    .into(),
                agency: String::new(),
                status: Status::Observed,
                note: String::new(),
            },
            provenance: Provenance {
                locator: "row 1".into(),
                ..p.clone()
            },
        };
        let evidence = vec![
            observation("conflict.ged_events", 12.0),
            observation("conflict.ged_deaths", 140.0),
        ];
        let facts = aggregate_facts(&evidence, &|_| false);
        assert_eq!(facts.len(), 1);
        assert_eq!(facts[0].events, 12.0);
        assert_eq!(facts[0].fatalities, 140.0);
        // GED does not record who initiated a clash: it is neither an operation nor an attack.
        assert_eq!(classify(&facts[0]), Some(Incident::StateNonState));
        let figures = border_incidents(&facts, "PAK-AFG border");
        let clashes = figures
            .iter()
            .find(|e| e.observation.indicator == "security.state_nonstate_clashes")
            .unwrap();
        assert_eq!(clashes.observation.value.number, Some(12.0));
        assert_eq!(clashes.observation.period, Some(Period::Year(2014)));
        assert!(
            figures
                .iter()
                .all(|e| e.observation.indicator != "security.ct_operations"),
            "GED gives no counter-terrorism figure, not even zero"
        );
        let zero = figures
            .iter()
            .find(|e| e.observation.indicator == "security.cross_border_attacks")
            .unwrap();
        assert_eq!(
            zero.observation.value.number,
            Some(0.0),
            "a covered year with no match is zero"
        );
        assert!(aggregate_facts(&evidence, &|year| year == 2014).is_empty());
    }

    #[test]
    fn newest_release_once_and_deletions_drop_events() {
        use dyad_model::{Actor, Event, EventMeasures};
        let event = |id: &str| Event {
            source_id: id.into(),
            date_start: date("2023-05-01"),
            date_end: date("2023-05-01"),
            date_precision: String::new(),
            actor1: Actor::default(),
            actor2: Actor::default(),
            source_type: String::new(),
            category: EventCategory::Battle,
            country: "PAK".into(),
            admin1: String::new(),
            admin2: String::new(),
            location: String::new(),
            latitude: None,
            longitude: None,
            fatalities: None,
            fatalities_low: None,
            fatalities_high: None,
            description: String::new(),
            measures: EventMeasures::default(),
        };
        let release = |id: &str, vintage: &str, deleted: bool| EventEvidence {
            event: event(id),
            provenance: Provenance {
                source: SourceRef {
                    vintage_date: vintage.into(),
                    ..provenance("ACLED", "ACLED events", vintage).source
                },
                ..provenance("ACLED", "ACLED events", vintage)
            },
            deleted_later: deleted,
        };
        let events = vec![
            release("A", "2024-01-01", false),
            release("A", "2024-06-01", false),
            release("B", "2024-01-01", true),
        ];
        let kept = latest_releases(&events);
        assert_eq!(kept.len(), 1);
        assert_eq!(kept[0].provenance.source.vintage, "2024-06-01");
    }
}
