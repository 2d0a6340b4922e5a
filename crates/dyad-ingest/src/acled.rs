//! Reads ACLED event data: the export CSV, the API's JSON, and the deletions list.
//!
//! # What it reads
//! - **Export CSV**: the 31 columns of ACLED's current exports (`event_id_cnty, event_date, year,
//!   time_precision, disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, inter1, actor2,
//!   assoc_actor_2, inter2, interaction, civilian_targeting, iso, region, country, admin1, admin2, admin3,
//!   location, latitude, longitude, geo_precision, source, source_scale, notes, fatalities, tags,
//!   timestamp`), matched by name, in any order. Optional `population_*` columns and the older
//!   `data_id`, `event_id_no_cnty` and `iso3` columns are accepted and ignored.
//! - **API JSON**: `{"data": [ {…the same fields…} ]}`; values may be strings or numbers.
//! - **Deletions**: `event_id_cnty, deleted_timestamp` as CSV, or the API's JSON of the same fields.
//!
//! # Inputs
//! The file's bytes and name; `--version` names the release (the access date ACLED asks users to cite);
//! without it, the release is named after the newest `timestamp` in the file.
//!
//! # Caveats
//! - `event_date` comes as `2024-05-16` (API) or `16 May 2024` (exports); years outside 1900–2100 are
//!   refused, since ACLED once emitted year 0025.
//! - `inter1`/`inter2` are numeric codes (1 State Forces … 8 External/Other Forces) or, in newer API
//!   output, their labels; both are kept as written.
//! - Deletions never remove a stored event: they are stored as a release's deletion notices.
//!
//! # References
//! ACLED codebook (variable list in `conflict/lookups/acled_codebook.csv` of the shared data); ACLED
//! terms of use, which forbid redistributing its events: dyad ships only synthetic ACLED-format fixtures.

use std::ops::ControlFlow;

use dyad_model::{Actor, Concordance, Event, EventCategory, EventMeasures, Scheme, SourceRef};

use crate::record::{Fields, collect_json};
use crate::table::{Layout, Table, collect, collect_in_batches, parse_date};
use crate::{Deletion, EventRecord, IngestError, Options, Parsed, RowError};

/// The columns an ACLED events file must have.
pub const REQUIRED: [&str; 7] = [
    "event_id_cnty",
    "event_date",
    "event_type",
    "actor1",
    "country",
    "fatalities",
    "sub_event_type",
];

/// Every column of the current export, in ACLED's order.
pub const COLUMNS: [&str; 31] = [
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
];

fn source(version: String) -> SourceRef {
    SourceRef {
        publisher: "Armed Conflict Location & Event Data (ACLED)".to_string(),
        dataset: "ACLED events".to_string(),
        vintage: version,
        vintage_date: String::new(),
        url: "https://acleddata.com".to_string(),
        licence: "ACLED terms of use: attribution required; raw events may not be redistributed"
            .to_string(),
    }
}

fn number(fields: &impl Fields, name: &str) -> Result<Option<f64>, RowError> {
    match &*fields.field(name) {
        "" => Ok(None),
        text => text
            .parse::<f64>()
            .map(Some)
            .map_err(|_| fields.fail(name, "a number", "")),
    }
}

/// What reading one file's events carries from row to row: the newest `timestamp`, from which a file
/// without `--version` takes its release, and the last country looked up, since an export's rows mostly
/// repeat a few countries.
#[derive(Debug, Default)]
struct Reader {
    newest: Option<i64>,
    /// The last (`iso` or, without one, `country`) value read and the ISO3 code it stands for.
    last_country: Option<(String, String)>,
}

impl Reader {
    fn country(&mut self, fields: &impl Fields) -> Result<String, RowError> {
        let iso = fields.field("iso");
        let (column, key) = if iso.is_empty() {
            ("country", fields.field("country"))
        } else {
            ("iso", iso)
        };
        if let Some((last, iso3)) = &self.last_country
            && *last == *key
        {
            return Ok(iso3.clone());
        }
        let concordance = Concordance::bundled();
        let found = if column == "iso" {
            concordance.by_code(Scheme::IsoNumeric, &key)
        } else {
            concordance.by_name(&key)
        };
        let iso3 = found
            .map(|c| c.iso3.clone())
            .map_err(|e| fields.fail(column, "a country the concordance knows", &e.to_string()))?;
        self.last_country = Some((key.into_owned(), iso3.clone()));
        Ok(iso3)
    }

    /// Reads one event and notes its `timestamp`.
    fn event(&mut self, fields: &impl Fields) -> Result<EventRecord, RowError> {
        let required = |name: &str| {
            let value = fields.field(name);
            if value.is_empty() {
                Err(fields.fail(name, "a value, not an empty field", ""))
            } else {
                Ok(value)
            }
        };
        let source_id = required("event_id_cnty")?.into_owned();
        let date = parse_date(&required("event_date")?).ok_or_else(|| {
            fields.fail(
                "event_date",
                "a date from 1900 to 2100",
                "ACLED writes dates as 2024-05-16 or 16 May 2024",
            )
        })?;
        let fatalities: u32 = required("fatalities")?.parse().map_err(|_| {
            fields.fail(
                "fatalities",
                "a whole number",
                "ACLED counts reported fatalities as a whole number, 0 when none",
            )
        })?;
        required("country")?;
        let country = self.country(fields)?;
        let event_type = required("event_type")?;
        let sub_event_type = fields.field("sub_event_type");
        let text = |name: &str| fields.field(name).into_owned();
        let actor = |name: &str, inter: &str| Actor {
            name: text(name),
            country: String::new(),
            code: text(inter),
        };
        let event = Event {
            source_id,
            date_start: date,
            date_end: date,
            date_precision: text("time_precision"),
            actor1: actor("actor1", "inter1"),
            actor2: actor("actor2", "inter2"),
            source_type: if sub_event_type.is_empty() {
                event_type.to_string()
            } else {
                format!("{event_type}: {sub_event_type}")
            },
            category: EventCategory::from_acled(&event_type),
            country,
            admin1: text("admin1"),
            admin2: text("admin2"),
            location: text("location"),
            latitude: number(fields, "latitude")?,
            longitude: number(fields, "longitude")?,
            fatalities: Some(f64::from(fatalities)),
            fatalities_low: None,
            fatalities_high: None,
            description: text("notes"),
            measures: EventMeasures::default(),
        };
        if let Ok(timestamp) = fields.field("timestamp").parse::<i64>() {
            self.newest = self.newest.max(Some(timestamp));
        }
        Ok(EventRecord {
            event,
            record: fields.number(),
        })
    }

    /// The release: the user's `--version`, else the newest `timestamp` read, as a date.
    fn source(&self, options: &Options) -> SourceRef {
        if let Some(version) = &options.version {
            return source(version.clone());
        }
        source(
            match self
                .newest
                .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
            {
                Some(newest) => format!(
                    "export with events updated up to {}",
                    newest.format("%Y-%m-%d")
                ),
                None => "export of unknown date".to_string(),
            },
        )
    }
}

/// Reads an ACLED export CSV.
pub fn parse_csv(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    let mut table = Table::new(file, bytes, &Layout::default())?;
    let mut events = Vec::new();
    let mut parsed = read_export(&mut table, options, usize::MAX, |batch| {
        events = batch;
        ControlFlow::Continue(())
    })?;
    parsed.events = events;
    Ok(parsed)
}

/// Reads an ACLED export CSV from `reader`, handing its events to `emit` in batches of up to
/// `batch_size` as they are read, so that they can be stored while the rest is read; the file is never
/// whole in memory. The result holds everything else: the release (known only at the end, from the
/// newest `timestamp`), the counts and the quarantined rows.
pub fn parse_csv_in_batches<R: std::io::Read>(
    file: &str,
    reader: R,
    options: &Options,
    batch_size: usize,
    emit: impl FnMut(Vec<EventRecord>) -> ControlFlow<()>,
) -> Result<Parsed, IngestError> {
    let mut table = Table::from_reader(file, reader, &Layout::default())?;
    read_export(&mut table, options, batch_size, emit)
}

fn read_export<R: std::io::Read>(
    table: &mut Table<'_, R>,
    options: &Options,
    batch_size: usize,
    emit: impl FnMut(Vec<EventRecord>) -> ControlFlow<()>,
) -> Result<Parsed, IngestError> {
    table.require(&REQUIRED, "ACLED")?;
    let mut reader = Reader::default();
    let (quarantined, n_rows) =
        collect_in_batches(table, options, batch_size, |row| reader.event(row), emit)?;
    Ok(Parsed {
        source: Some(reader.source(options)),
        n_rows,
        quarantined,
        ..Parsed::default()
    })
}

/// The source an export's events are stored under while it is read: its release can only be named after
/// the last row, and [`parse_csv_in_batches`] returns the real one then. The evidence base renames it
/// before the file's transaction commits, so no stored release keeps this name.
pub fn provisional_source() -> SourceRef {
    source("(being ingested)".to_string())
}

const API_HINT: &str = "ACLED's API returns {\"data\": [ … ]}; save the whole response";

/// Reads a response of ACLED's API.
pub fn parse_json(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    let mut reader = Reader::default();
    let (events, quarantined, n_rows) = collect_json(file, bytes, API_HINT, options, |record| {
        reader.event(record)
    })?;
    Ok(Parsed {
        source: Some(reader.source(options)),
        n_rows,
        events,
        quarantined,
        ..Parsed::default()
    })
}

fn read_deletion(fields: &impl Fields) -> Result<Deletion, RowError> {
    let id = fields.field("event_id_cnty");
    if id.is_empty() {
        return Err(fields.fail("event_id_cnty", "an event id", ""));
    }
    let deleted_at = fields.field("deleted_timestamp");
    if deleted_at.parse::<i64>().is_err() {
        return Err(fields.fail("deleted_timestamp", "a Unix timestamp", ""));
    }
    Ok(Deletion {
        source_id: id.into_owned(),
        deleted_at: deleted_at.into_owned(),
        record: fields.number(),
    })
}

/// Reads ACLED's list of deleted events, as CSV or as the API's JSON.
pub fn parse_deletions(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    let (deletions, quarantined, n_rows) = if crate::table::strip_bom(bytes)
        .trim_ascii_start()
        .starts_with(b"{")
    {
        collect_json(file, bytes, API_HINT, options, |record| {
            read_deletion(record)
        })?
    } else {
        let mut table = Table::new(file, bytes, &Layout::default())?;
        table.require(&["event_id_cnty", "deleted_timestamp"], "ACLED deletions")?;
        collect(&mut table, options, |row| read_deletion(row))?
    };
    let newest = deletions
        .iter()
        .filter_map(|d| d.deleted_at.parse::<i64>().ok())
        .max();
    let version = options.version.clone().unwrap_or_else(|| {
        match newest.and_then(|t| chrono::DateTime::from_timestamp(t, 0)) {
            Some(t) => format!("deletions up to {}", t.format("%Y-%m-%d")),
            None => "deletions of unknown date".to_string(),
        }
    });
    Ok(Parsed {
        source: Some(source(version)),
        n_rows,
        deletions,
        quarantined,
        ..Parsed::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::Mode;

    const HEADER: &str = "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp";

    fn row(id: &str, date: &str, fatalities: &str) -> String {
        format!(
            "{id},{date},2024,1,Political violence,Battles,Armed clash,Military Forces of Pakistan (2018-),,State forces,TTP: Tehreek-i-Taliban Pakistan,,Rebel group,12,,586,Southern Asia,Pakistan,Khyber Pakhtunkhwa,North Waziristan,,Mir Ali,33.0,70.1,1,Dawn,National,\"Security forces clashed\nwith militants\",{fatalities},,1718000000"
        )
    }

    fn options() -> Options {
        Options::default()
    }

    #[test]
    fn reads_the_export() {
        let text = format!(
            "\u{feff}{HEADER}\n{}\n{}\n",
            row("PAK1", "2024-05-16", "3"),
            row("PAK2", "17 May 2024", "0")
        );
        let parsed = parse_csv("a.csv", text.as_bytes(), &options()).unwrap();
        assert_eq!(parsed.n_rows, 2);
        let first = &parsed.events[0].event;
        assert_eq!(first.country, "PAK");
        assert_eq!(first.category, EventCategory::Battle);
        assert_eq!(first.source_type, "Battles: Armed clash");
        assert_eq!(first.fatalities, Some(3.0));
        assert_eq!(first.description, "Security forces clashed\nwith militants");
        assert_eq!(parsed.events[1].event.date_start.to_string(), "2024-05-17");
        assert_eq!(
            parsed.source.unwrap().vintage,
            "export with events updated up to 2024-06-10"
        );
    }

    #[test]
    fn positions_bad_rows() {
        let text = format!(
            "{HEADER}\n{}\n{}\n",
            row("PAK1", "2024-05-16", "3"),
            row("PAK2", "2024-05-16", "n/a")
        );
        let error = parse_csv("a.csv", text.as_bytes(), &options()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "a.csv: record 2 (line 4): field `fatalities` (column 29) is `n/a`, expected a whole number\nhint: ACLED counts reported fatalities as a whole number, 0 when none"
        );
        let text = format!("{HEADER}\n{}\n", row("PAK1", "0025-05-16", "3"));
        let error = parse_csv("a.csv", text.as_bytes(), &options()).unwrap_err();
        assert!(
            error.to_string().contains(
                "field `event_date` (column 2) is `0025-05-16`, expected a date from 1900 to 2100"
            ),
            "{error}"
        );
        let lenient = Options {
            mode: Mode::Lenient,
            ..options()
        };
        let text = format!(
            "{HEADER}\n{}\n{}\n",
            row("PAK1", "2024-05-16", "x"),
            row("PAK2", "2024-05-16", "1")
        );
        let parsed = parse_csv("a.csv", text.as_bytes(), &lenient).unwrap();
        assert_eq!((parsed.events.len(), parsed.quarantined.len()), (1, 1));
    }

    #[test]
    fn reads_the_api_json_and_deletions() {
        let json = r#"{"status":200,"success":true,"count":1,"data":[{"event_id_cnty":"AFG9","event_date":"2024-01-02","event_type":"Explosions/Remote violence","sub_event_type":"Air/drone strike","actor1":"Military Forces of Pakistan (2018-)","actor2":"","country":"Afghanistan","iso":4,"fatalities":"8","latitude":"33.4","longitude":"69.9","timestamp":1704200000}]}"#;
        let parsed = parse_json("a.json", json.as_bytes(), &options()).unwrap();
        assert_eq!(parsed.events[0].event.country, "AFG");
        assert_eq!(
            parsed.events[0].event.category,
            EventCategory::RemoteViolence
        );
        let bad = json.replace("\"8\"", "\"eight\"");
        let error = parse_json("a.json", bad.as_bytes(), &options()).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("field `data[0].fatalities` is `eight`"),
            "{error}"
        );
        let deletions = parse_deletions(
            "d.csv",
            b"event_id_cnty,deleted_timestamp\nPAK1,1718100000\n",
            &options(),
        )
        .unwrap();
        assert_eq!(deletions.deletions[0].source_id, "PAK1");
        assert_eq!(
            deletions.source.unwrap().vintage,
            "deletions up to 2024-06-11"
        );
        let json_deletions = parse_deletions(
            "d.json",
            br#"{"data":[{"event_id_cnty":"PAK1","deleted_timestamp":"1718100000"}]}"#,
            &options(),
        )
        .unwrap();
        assert_eq!(json_deletions.deletions.len(), 1);
    }
}
