//! Events: dated interactions between actors, from event datasets (ACLED, UCDP GED, GDELT) or from text.
//!
//! Every source has its own typology. An event keeps the source's type as written (`Battles: Armed clash`,
//! CAMEO `190`, UCDP `type_of_violence 1`) beside one [`EventCategory`] common to all sources, so that one
//! indicator can count the same thing whichever dataset it reads.

use std::fmt;

use chrono::NaiveDate;
use serde::Serialize;

/// The typology common to every event source.
///
/// The ACLED event types map one to one; UCDP's types of violence map to battles (state-based and
/// non-state) and violence against civilians (one-sided); CAMEO root codes map by their meaning
/// (14 protest, 15–17 coercion, 18 assault, 19 fight, 20 mass violence, 01–09 cooperation, 10–13 verbal
/// conflict).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum EventCategory {
    /// Armed clashes between organised groups (ACLED Battles, UCDP state-based and non-state, CAMEO 19).
    Battle,
    /// Explosions and remote violence (ACLED).
    RemoteViolence,
    /// Violence against civilians (ACLED; UCDP one-sided).
    ViolenceAgainstCivilians,
    /// Protests (ACLED; CAMEO 14).
    Protest,
    /// Riots (ACLED).
    Riot,
    /// Strategic developments (ACLED).
    StrategicDevelopment,
    /// Verbal or material cooperation (CAMEO 01–09).
    Cooperation,
    /// Verbal conflict: demands, disapproval, rejection, threats (CAMEO 10–13).
    VerbalConflict,
    /// Coercion short of violence: posture, reduced relations, arrests, sanctions (CAMEO 15–17).
    Coercion,
    /// Assaults: abductions, bombings, assassinations (CAMEO 18).
    Assault,
    /// Unconventional mass violence (CAMEO 20).
    MassViolence,
    /// A type the mapping does not know.
    Other,
}

impl EventCategory {
    /// Every category.
    pub const ALL: [EventCategory; 12] = [
        EventCategory::Battle,
        EventCategory::RemoteViolence,
        EventCategory::ViolenceAgainstCivilians,
        EventCategory::Protest,
        EventCategory::Riot,
        EventCategory::StrategicDevelopment,
        EventCategory::Cooperation,
        EventCategory::VerbalConflict,
        EventCategory::Coercion,
        EventCategory::Assault,
        EventCategory::MassViolence,
        EventCategory::Other,
    ];

    /// The name stored and printed.
    pub fn as_str(self) -> &'static str {
        match self {
            EventCategory::Battle => "battle",
            EventCategory::RemoteViolence => "remote_violence",
            EventCategory::ViolenceAgainstCivilians => "violence_against_civilians",
            EventCategory::Protest => "protest",
            EventCategory::Riot => "riot",
            EventCategory::StrategicDevelopment => "strategic_development",
            EventCategory::Cooperation => "cooperation",
            EventCategory::VerbalConflict => "verbal_conflict",
            EventCategory::Coercion => "coercion",
            EventCategory::Assault => "assault",
            EventCategory::MassViolence => "mass_violence",
            EventCategory::Other => "other",
        }
    }

    /// The category stored under `name` (see [`EventCategory::as_str`]).
    pub fn from_name(name: &str) -> Option<EventCategory> {
        EventCategory::ALL.into_iter().find(|c| c.as_str() == name)
    }

    /// The category of an ACLED event type.
    pub fn from_acled(event_type: &str) -> EventCategory {
        match event_type.trim().to_ascii_lowercase().as_str() {
            "battles" => EventCategory::Battle,
            "explosions/remote violence" => EventCategory::RemoteViolence,
            "violence against civilians" => EventCategory::ViolenceAgainstCivilians,
            "protests" => EventCategory::Protest,
            "riots" => EventCategory::Riot,
            "strategic developments" => EventCategory::StrategicDevelopment,
            _ => EventCategory::Other,
        }
    }

    /// The category of a UCDP type of violence (1 state-based, 2 non-state, 3 one-sided).
    pub fn from_ucdp(type_of_violence: u8) -> EventCategory {
        match type_of_violence {
            1 | 2 => EventCategory::Battle,
            3 => EventCategory::ViolenceAgainstCivilians,
            _ => EventCategory::Other,
        }
    }

    /// The category of a CAMEO event code, by its two-digit root.
    pub fn from_cameo(event_code: &str) -> EventCategory {
        match event_code.get(..2).and_then(|root| root.parse::<u8>().ok()) {
            Some(1..=9) => EventCategory::Cooperation,
            Some(10..=13) => EventCategory::VerbalConflict,
            Some(14) => EventCategory::Protest,
            Some(15..=17) => EventCategory::Coercion,
            Some(18) => EventCategory::Assault,
            Some(19) => EventCategory::Battle,
            Some(20) => EventCategory::MassViolence,
            _ => EventCategory::Other,
        }
    }
}

impl fmt::Display for EventCategory {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One side of an event.
#[derive(Debug, Clone, Default, PartialEq, Serialize)]
pub struct Actor {
    /// The name as the source writes it (`Military Forces of Pakistan (2018-)`, `TTP`).
    pub name: String,
    /// The actor's country, ISO alpha-3, when the source gives one.
    pub country: String,
    /// The source's own code or kind for the actor (ACLED `inter1`, a CAMEO code, a UCDP side id).
    pub code: String,
}

/// The publisher of events dyad codes from documents.
pub const TEXT_EVENTS_PUBLISHER: &str = "dyad";
/// The dataset of events dyad codes from documents (`dyad events extract --store`).
pub const TEXT_EVENTS_DATASET: &str = "dyad text events";

/// A dated interaction between actors.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Event {
    /// The source's identifier (ACLED `event_id_cnty`, UCDP `id`, GDELT `GlobalEventID`).
    pub source_id: String,
    /// The first day of the event.
    pub date_start: NaiveDate,
    /// The last day, for events that span several.
    pub date_end: NaiveDate,
    /// The source's date precision code, as written (empty when none).
    pub date_precision: String,
    /// The first actor.
    pub actor1: Actor,
    /// The second actor (empty for one-sided actions).
    pub actor2: Actor,
    /// The source's type, as written.
    pub source_type: String,
    /// The common category.
    pub category: EventCategory,
    /// Where it happened: country as ISO alpha-3.
    pub country: String,
    /// First-level administrative unit.
    pub admin1: String,
    /// Second-level administrative unit.
    pub admin2: String,
    /// The place name.
    pub location: String,
    /// Latitude, when given.
    pub latitude: Option<f64>,
    /// Longitude, when given.
    pub longitude: Option<f64>,
    /// Fatalities: the best estimate.
    pub fatalities: Option<f64>,
    /// Fatalities: the low estimate, where the source gives one.
    pub fatalities_low: Option<f64>,
    /// Fatalities: the high estimate, where the source gives one.
    pub fatalities_high: Option<f64>,
    /// A short description (ACLED notes, a UCDP headline, a GDELT source URL).
    pub description: String,
    /// Event-data measures where the source codes them (GDELT): Goldstein score, QuadClass, mentions, tone.
    pub measures: EventMeasures,
}

/// The measures GDELT codes for each event; empty for other sources.
#[derive(Debug, Clone, Copy, Default, PartialEq, Serialize)]
pub struct EventMeasures {
    /// Goldstein scale, −10 (most conflictual) to +10 (most cooperative).
    pub goldstein: Option<f64>,
    /// QuadClass: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.
    pub quad_class: Option<u8>,
    /// Mentions in the first 15 minutes of coverage.
    pub mentions: Option<u32>,
    /// Average tone of the documents that mention it.
    pub tone: Option<f64>,
}

/// A stored event with the release and file it came from, as the evidence base returns it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventEvidence {
    /// The event.
    pub event: Event,
    /// Its source, release and file; the locator is the record number in the file.
    pub provenance: crate::Provenance,
    /// Whether a later deletions file lists the event's id.
    pub deleted_later: bool,
}

/// A release date written `YYYY-MM-DD`, `YYYY-MM` or `YYYY`, as its last possible day.
pub fn release_date(text: &str) -> Option<NaiveDate> {
    let text = text.trim();
    if let Ok(date) = NaiveDate::parse_from_str(text, "%Y-%m-%d") {
        return Some(date);
    }
    text.parse::<crate::Period>()
        .ok()
        .filter(|p| matches!(p, crate::Period::Year(_) | crate::Period::Month(..)))
        .map(|p| p.end())
}

/// How the evidence base tallies events for the measures, so that reading them costs the same however
/// many events are stored: a recipe names each event's *key* (what the measures would make of it), and
/// the store keeps, per file, day, country and key, how many events count and their deaths.
///
/// The store calls `key` for every event it stores and keeps `version` and `data` beside the tallies:
/// tallies made under another version or data are stale, and are rebuilt before they are read again.
/// Change `version` whenever the code of `key` would answer differently for any event; `data` follows
/// the tables it reads by itself.
#[derive(Clone, Copy)]
pub struct TallyRecipe {
    /// Names the recipe's rules; tallies made under another name are rebuilt.
    pub version: &'static str,
    /// A hash of the data the key reads (a table compiled in), so that tallies made with other data
    /// are rebuilt too.
    pub data: u64,
    /// What the measures make of one event of the source: the same key for events they treat alike.
    pub key: fn(&Event, &crate::SourceRef) -> String,
}

/// The FNV-1a hash of some bytes, at compile time: what a [`TallyRecipe`]'s `data` is made with.
pub const fn data_hash(bytes: &[u8]) -> u64 {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    let mut i = 0;
    while i < bytes.len() {
        hash ^= bytes[i] as u64;
        hash = hash.wrapping_mul(0x0100_0000_01b3);
        i += 1;
    }
    hash
}

impl fmt::Debug for TallyRecipe {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TallyRecipe")
            .field("version", &self.version)
            .field("data", &self.data)
            .finish_non_exhaustive()
    }
}

/// The events of one file with the same first and last day, country and recipe key, counted as the
/// measures count them: once each, in the newest release that holds them, and not at all once a
/// deletions file names them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventTally {
    /// The file's source, release and file (the locator is empty), shared by the file's rows.
    pub provenance: std::sync::Arc<crate::Provenance>,
    /// The events' first day.
    pub date_start: NaiveDate,
    /// Their last day.
    pub date_end: NaiveDate,
    /// The country they are located in (ISO alpha-3, as stored).
    pub country: String,
    /// The recipe's key.
    pub key: String,
    /// How many of them count when every release is read (those in the newest release of each event).
    pub n_latest: u64,
    /// Their deaths.
    pub fatalities_latest: f64,
    /// How many count when the evidence is cut to an as-of date on or after the day they were
    /// published and began, and before `until`.
    pub n_cut: u64,
    /// Their deaths.
    pub fatalities_cut: f64,
    /// The first as-of date at which a later release of these events is read in their place; `None`
    /// when none is.
    pub until: Option<NaiveDate>,
    /// How many of the file's events the row stands for, counted or not (a deleted or superseded event
    /// is still stored): what an as-of cut reports as left out.
    pub n_stored: u64,
    /// For a row that merges the rows of many files (a source's undated releases, such as GDELT's
    /// 15-minute batches, which no as-of cut reads), the files whose events count in its source's year
    /// (of `date_start`), country and key, each once, in the order a count cites them by; `provenance`
    /// is then the last of them. The rows of one year, country and key share the list, so a count over
    /// any set of them that groups by at least year, country and key lists the files that the events
    /// themselves would. Empty for a row of one file.
    pub merged: std::sync::Arc<[std::sync::Arc<crate::Provenance>]>,
}

/// The border security incidents one source counts in one border area in one year, by the recipe of the
/// security table, with the provenance of the newest release they come from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AreaIncidents {
    /// The source's name (`ACLED`, `UCDP GED`, `GDELT`).
    pub source: String,
    /// The year.
    pub year: i32,
    /// The border area's name as `border_areas.csv` writes it; for GDELT, which places events no finer
    /// than a first-level unit, that unit's FIPS 10-4 code (`PK01`).
    pub area: String,
    /// The country the area lies in (ISO alpha-3).
    pub country: String,
    /// Incidents counted.
    pub incidents: f64,
    /// Deaths in them, best estimate; `None` for a source without death counts (GDELT).
    pub fatalities: Option<f64>,
    /// The releases read, as their labels, `; `-separated.
    pub releases: String,
    /// The newest release's source and file.
    pub provenance: crate::Provenance,
}

/// Additive monthly counts of the events of one subject (`PAK→AFG`, `in PAK`), as a GDELT scan keeps
/// them, with their provenance.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EventMonth {
    /// `PAK→AFG` (actor 1's country → actor 2's), or `in PAK` for events placed in a country.
    pub subject: String,
    /// The month.
    pub month: crate::Period,
    /// Events.
    pub n_events: u64,
    /// Events by QuadClass 1–4 (verbal cooperation, material cooperation, verbal conflict, material
    /// conflict).
    pub n_by_quad_class: [u64; 4],
    /// Sum of Goldstein scores.
    pub goldstein_sum: f64,
    /// How many stored aggregates it stands for: 1, or for a dataset's undated batches merged per
    /// month, every batch's (what an as-of cut reports as left out).
    pub n_stored: u64,
    /// For a dataset's undated batches merged per month, which batches; `None` for one aggregate.
    pub batches: Option<MergedBatches>,
    /// Its source, release and file. For merged batches, the first batch's (by label), whose label
    /// is the release's.
    pub provenance: crate::Provenance,
}

/// A sum of Goldstein scores in millionths: the unit merged monthly aggregates keep it in and the
/// measures add it in, so that a month's sum is the same in any order (every score has one decimal).
/// SQLite's `round(x * 1000000)` gives the same for such sums.
pub fn goldstein_micro(sum: f64) -> i64 {
    (sum * 1e6).round() as i64
}

/// The batches a merged monthly aggregate counts, each once.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct MergedBatches {
    /// How many.
    pub count: u64,
    /// The label of the last, in label order (the first's is the aggregate's release).
    pub last: String,
    /// Every label, in order, when there are three or fewer; else none.
    pub labels: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn categories() {
        assert_eq!(
            EventCategory::from_acled("Explosions/Remote violence"),
            EventCategory::RemoteViolence
        );
        assert_eq!(
            EventCategory::from_acled("Strategic developments"),
            EventCategory::StrategicDevelopment
        );
        assert_eq!(
            EventCategory::from_acled("Something new"),
            EventCategory::Other
        );
        assert_eq!(
            EventCategory::from_ucdp(3),
            EventCategory::ViolenceAgainstCivilians
        );
        assert_eq!(
            EventCategory::from_cameo("0871"),
            EventCategory::Cooperation
        );
        assert_eq!(EventCategory::from_cameo("190"), EventCategory::Battle);
        assert_eq!(EventCategory::from_cameo("145"), EventCategory::Protest);
        assert_eq!(EventCategory::from_cameo("1"), EventCategory::Other);
        for category in EventCategory::ALL {
            assert_eq!(EventCategory::from_name(category.as_str()), Some(category));
        }
        assert_eq!(EventCategory::from_name("Battles"), None);
        let names: std::collections::HashSet<&str> =
            EventCategory::ALL.iter().map(|c| c.as_str()).collect();
        assert_eq!(names.len(), EventCategory::ALL.len());
    }
}
