//! Reads UCDP data: the Georeferenced Event Dataset (GED), battle-related deaths (BRD), and the
//! UCDP/PRIO armed conflict dataset (ACD).
//!
//! # What it reads
//! - **GED** CSV, versions 22.1–25.1: 49 columns (`id, relid, year, …, best, high, low, gwnoa, gwnob`).
//!   The HDX country copies add `iso3` after `country` and a second row of HXL hashtags (`#date+year`),
//!   which is skipped. Candidate releases may come without a header: pass `--no-header`, and the 49
//!   canonical names are used. Free-text fields hold commas, quotes and newlines.
//! - **BRD** dyad-year CSV (`conflict_id, dyad_id, location_inc, side_a, …, bd_best, bd_low, bd_high, …,
//!   version`): one figure per dyad-year, `conflict.battle_deaths`.
//! - **ACD** conflict-year CSV (`conflict_id, location, side_a, …, intensity_level, …`): one figure per
//!   conflict-year, `conflict.intensity_level` (1: 25–999 battle deaths, 2: 1,000 or more). Read both as
//!   UCDP publishes it (`,`) and as spreadsheets re-save it (`;`, CRLF, `d-m-yyyy` dates), as the copy of
//!   25.1 (28 columns, to `version`) is; the 24.1 copies have 22 columns, to `region`.
//!
//! # Inputs
//! The file's bytes and name; `--version` names the release when the file does not (GED has no version
//! column; its name often carries it, as in `ged221.csv` or `GEDEvent_v24_1.csv`).
//!
//! # Caveats
//! - In GED, `best` is the sum of `deaths_a`, `deaths_b`, `deaths_civilians` and `deaths_unknown`. A row
//!   that breaks this is kept, with a diagnostic.
//! - Dates come as `YYYY-MM-DD` or `YYYY-MM-DD 00:00:00.000` (GED), and `d-m-yyyy`, with or without zero
//!   padding, in spreadsheet copies of ACD. ACD's dates are read in those two forms only; any other is
//!   an error that names them, since `5/4/1990` is a different day in different locales.
//! - The re-saved copy of ACD 25.1 breaks one record (conflict 11349) over two lines with an unquoted line
//!   break. It is not mended: strict mode stops at it, naming both lines, and lenient mode quarantines it
//!   whole (see [`crate::table`]).
//!
//! # References
//! UCDP codebooks for GED, BRD and ACD (Uppsala Conflict Data Program); data under CC BY 4.0.

use crate::values::ValueKind;
use dyad_model::{
    Actor, Concordance, Event, EventCategory, EventMeasures, Observation, Period, Scheme,
    SourceRef, Status, Value,
};

use crate::table::{Layout, Row, Table, collect, header_delimiter, parse_date};
use crate::{Diagnostic, EventRecord, IngestError, Options, Parsed, Record, RowError};

/// The 49 columns of GED, in order, for files without a header.
pub const GED_COLUMNS: [&str; 49] = [
    "id",
    "relid",
    "year",
    "active_year",
    "code_status",
    "type_of_violence",
    "conflict_dset_id",
    "conflict_new_id",
    "conflict_name",
    "dyad_dset_id",
    "dyad_new_id",
    "dyad_name",
    "side_a_dset_id",
    "side_a_new_id",
    "side_a",
    "side_b_dset_id",
    "side_b_new_id",
    "side_b",
    "number_of_sources",
    "source_article",
    "source_office",
    "source_date",
    "source_headline",
    "source_original",
    "where_prec",
    "where_coordinates",
    "where_description",
    "adm_1",
    "adm_2",
    "latitude",
    "longitude",
    "geom_wkt",
    "priogrid_gid",
    "country",
    "country_id",
    "region",
    "event_clarity",
    "date_prec",
    "date_start",
    "date_end",
    "deaths_a",
    "deaths_b",
    "deaths_civilians",
    "deaths_unknown",
    "best",
    "high",
    "low",
    "gwnoa",
    "gwnob",
];

const GED_REQUIRED: [&str; 12] = [
    "id",
    "type_of_violence",
    "dyad_name",
    "side_a",
    "side_b",
    "country",
    "date_start",
    "date_end",
    "best",
    "high",
    "low",
    "deaths_a",
];

const BRD_REQUIRED: [&str; 9] = [
    "dyad_id",
    "location_inc",
    "side_a",
    "side_b",
    "year",
    "bd_best",
    "bd_low",
    "bd_high",
    "type_of_conflict",
];

const ACD_REQUIRED: [&str; 7] = [
    "conflict_id",
    "location",
    "side_a",
    "side_b",
    "year",
    "intensity_level",
    "type_of_conflict",
];

const PUBLISHER: &str = "Uppsala Conflict Data Program (UCDP)";
const LICENCE: &str = "CC BY 4.0; cite the Uppsala Conflict Data Program (UCDP)";

/// The release written in a file name, such as `22.1` in `ged221.csv` or `24.1` in `GEDEvent_v24_1.csv`.
pub fn version_from_name(file: &str) -> Option<String> {
    let name = file
        .rsplit(['/', '\\'])
        .next()
        .unwrap_or(file)
        .to_ascii_lowercase();
    let bytes = name.as_bytes();
    // Two digits, an optional `.`, `_` or `-`, and one or two digits, not inside a longer number.
    (0..bytes.len()).find_map(|i| {
        let before_ok = i == 0 || !bytes[i - 1].is_ascii_digit();
        let major = name.get(i..i + 2)?;
        if !before_ok
            || !major.bytes().all(|b| b.is_ascii_digit())
            || !(major.starts_with('1') || major.starts_with('2'))
        {
            return None;
        }
        let rest = &name[i + 2..];
        let rest = rest.strip_prefix(['.', '_', '-']).unwrap_or(rest);
        let minor: String = rest.chars().take_while(char::is_ascii_digit).collect();
        (!minor.is_empty() && minor.len() <= 2).then(|| format!("{major}.{minor}"))
    })
}

fn release(options: &Options, file: &str) -> String {
    options
        .version
        .clone()
        .or_else(|| version_from_name(file))
        .unwrap_or_else(|| "unversioned".to_string())
}

fn source(dataset: &str, vintage: String) -> SourceRef {
    SourceRef {
        publisher: PUBLISHER.to_string(),
        dataset: dataset.to_string(),
        vintage,
        vintage_date: String::new(),
        url: "https://ucdp.uu.se/downloads/".to_string(),
        licence: LICENCE.to_string(),
    }
}

fn deaths(row: &Row<'_>, column: &str) -> Result<f64, RowError> {
    ValueKind::Deaths.read(row.get(column)).ok_or_else(|| {
        row.error(
            column,
            ValueKind::Deaths.expected(),
            "UCDP death counts are whole numbers, 0 when none",
        )
    })
}

fn read_ged_event(
    row: &Row<'_>,
    diagnostics: &mut Vec<Diagnostic>,
) -> Result<EventRecord, RowError> {
    let date_hint = "GED dates are written 2021-12-31 or 2021-12-31 00:00:00.000";
    let date = |column: &str| {
        parse_date(row.get(column))
            .ok_or_else(|| row.error(column, "a date from 1900 to 2100", date_hint))
    };
    let date_start = date("date_start")?;
    let date_end = date("date_end")?;
    if date_end < date_start {
        return Err(row.error(
            "date_end",
            format!("a date on or after date_start ({date_start})"),
            "",
        ));
    }
    let type_of_violence: u8 = row.parse("type_of_violence", "1, 2 or 3")?;
    let best = deaths(row, "best")?;
    let parts = [
        deaths(row, "deaths_a")?,
        deaths(row, "deaths_b")?,
        deaths(row, "deaths_civilians")?,
        deaths(row, "deaths_unknown")?,
    ];
    if parts.iter().sum::<f64>() != best {
        diagnostics.push(Diagnostic {
            line: row.line,
            record: row.number,
            message: format!(
                "`best` is {best}, but deaths_a + deaths_b + deaths_civilians + deaths_unknown = {}",
                parts.iter().sum::<f64>()
            ),
        });
    }
    let concordance = Concordance::bundled();
    let country = concordance
        .by_code(Scheme::GleditschWard, row.get("country_id"))
        .or_else(|_| concordance.by_name(row.get("country")))
        .map(|c| c.iso3.clone())
        .unwrap_or_default();
    let gw_country = |column: &str| {
        concordance
            .by_code(Scheme::GleditschWard, row.get(column))
            .map(|c| c.iso3.clone())
            .unwrap_or_default()
    };
    let event = Event {
        source_id: row.required("id")?.to_string(),
        date_start,
        date_end,
        date_precision: row.get("date_prec").to_string(),
        actor1: Actor {
            name: row.required("side_a")?.to_string(),
            country: gw_country("gwnoa"),
            code: row.get("side_a_new_id").to_string(),
        },
        actor2: Actor {
            name: row.get("side_b").to_string(),
            country: gw_country("gwnob"),
            code: row.get("side_b_new_id").to_string(),
        },
        source_type: format!("type_of_violence {type_of_violence}"),
        category: EventCategory::from_ucdp(type_of_violence),
        country,
        admin1: row.get("adm_1").to_string(),
        admin2: row.get("adm_2").to_string(),
        location: row.get("where_coordinates").to_string(),
        latitude: row.parse_optional("latitude", "a latitude")?,
        longitude: row.parse_optional("longitude", "a longitude")?,
        fatalities: Some(best),
        fatalities_low: Some(deaths(row, "low")?),
        fatalities_high: Some(deaths(row, "high")?),
        description: row.get("source_headline").to_string(),
        measures: EventMeasures::default(),
    };
    Ok(EventRecord {
        event,
        record: row.number,
    })
}

/// Reads a UCDP GED file.
pub fn parse_ged(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    let layout = Layout {
        has_header: !options.no_header,
        columns: &GED_COLUMNS,
        skip_hash_rows: true,
        ..Layout::default()
    };
    let mut table = Table::new(file, bytes, &layout)?;
    table.require(&GED_REQUIRED, "UCDP GED")?;
    let mut diagnostics = Vec::new();
    let (events, quarantined, n_rows) = collect(&mut table, options, |row| {
        read_ged_event(row, &mut diagnostics)
    })?;
    Ok(Parsed {
        source: Some(source(
            "UCDP Georeferenced Event Dataset (GED)",
            release(options, file),
        )),
        n_rows,
        events,
        diagnostics,
        quarantined,
        ..Parsed::default()
    })
}

fn conflict_type(code: &str) -> &'static str {
    match code {
        "1" => "extrasystemic armed conflict",
        "2" => "interstate armed conflict",
        "3" => "intrastate armed conflict",
        "4" => "internationalized intrastate armed conflict",
        _ => "conflict type not stated",
    }
}

fn year_of(row: &Row<'_>) -> Result<Period, RowError> {
    match row.get("year").parse::<i32>() {
        Ok(year) if (1900..=2100).contains(&year) => Ok(Period::Year(year)),
        _ => Err(row.error("year", "a year from 1900 to 2100", "")),
    }
}

fn dyad_year(
    row: &Row<'_>,
    indicator: &str,
    value_column: &str,
    unit: &str,
    basis: String,
    note: String,
    source: &SourceRef,
) -> Result<Record, RowError> {
    let value_text = row.get(value_column);
    let value = Value::parse_number(value_text)
        .ok()
        .filter(|v| v.number.is_some_and(|n| ValueKind::Deaths.admits(n)))
        .ok_or_else(|| row.error(value_column, ValueKind::Deaths.expected(), ""))?;
    Ok(Record {
        observation: Observation {
            indicator: indicator.to_string(),
            subject: format!("{} – {}", row.required("side_a")?, row.required("side_b")?),
            period: Some(year_of(row)?),
            value,
            unit: unit.to_string(),
            concept: conflict_type(row.get("type_of_conflict")).to_string(),
            basis,
            agency: String::new(),
            status: Status::Observed,
            note,
        },
        source: source.clone(),
        locator: String::new(),
        record: row.number,
    })
}

/// Reads a UCDP battle-related deaths (dyadic) file: one `conflict.battle_deaths` figure per dyad-year.
pub fn parse_brd(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    let mut table = Table::new(file, bytes, &Layout::default())?;
    table.require(&BRD_REQUIRED, "UCDP battle-related deaths")?;
    let file_name = file.rsplit(['/', '\\']).next().unwrap_or(file).to_string();
    let (records, quarantined, n_rows) = collect(&mut table, options, |row| {
        let version = options
            .version
            .clone()
            .unwrap_or_else(|| row.get("version").to_string());
        let source = source(
            "UCDP Battle-Related Deaths Dataset (dyadic)",
            if version.is_empty() {
                release(options, file)
            } else {
                version
            },
        );
        let mut record = dyad_year(
            row,
            "conflict.battle_deaths",
            "bd_best",
            "deaths",
            format!(
                "best estimate; conflict located in {}",
                row.get("location_inc")
            ),
            format!(
                "low {}, high {}; battle location {}; conflict_id {}",
                row.get("bd_low"),
                row.get("bd_high"),
                row.get("battle_location"),
                row.get("conflict_id")
            ),
            &source,
        )?;
        record.locator = format!(
            "{file_name} record {}, dyad_id {}",
            row.number,
            row.get("dyad_id")
        );
        Ok(record)
    })?;
    Ok(Parsed {
        n_rows,
        records,
        quarantined,
        ..Parsed::default()
    })
}

/// The date columns of ACD: UCDP's layout has `start_date`, `start_date2` and `ep_end_date`; some copies
/// of 24.1 have `start_date` and `end_date`.
const ACD_DATES: [&str; 4] = ["start_date", "start_date2", "ep_end_date", "end_date"];

const ACD_DATE_FORMS: &str = "a date written yyyy-mm-dd or d-m-yyyy (day first)";
const ACD_DATE_EXAMPLES: &str =
    "UCDP writes the 5th of April 1990 as 1990-04-05, and spreadsheets as 5-4-1990";

/// Reads one of ACD's dates, which may be empty (an episode not ended).
///
/// UCDP writes `yyyy-mm-dd`; spreadsheet re-saves write `d-m-yyyy`, day first, with or without zero padding
/// (`5-4-1990`, `05-04-1990`). Nothing else is guessed at: with `/` between them, day and month come in the
/// order of the locale the file was saved in (`5/4/1990` is April in one and May in another), and a
/// two-digit year leaves the century open.
fn acd_date(row: &Row<'_>, column: &str) -> Result<Option<chrono::NaiveDate>, RowError> {
    let text = row.get(column);
    if text.is_empty() {
        return Ok(None);
    }
    let parts: Vec<&str> = text.split('-').collect();
    let digits = |part: &&str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let hint = if parts.len() == 3 && parts.iter().all(digits) {
        let lengths = (parts[0].len(), parts[1].len(), parts[2].len());
        let (year, month, day) = match lengths {
            (4, 2, 2) => (parts[0], parts[1], parts[2]),
            (1..=2, 1..=2, 4) => (parts[2], parts[1], parts[0]),
            (1..=2, 1..=2, 2) => {
                return Err(row.error(
                    column,
                    ACD_DATE_FORMS,
                    "a two-digit year leaves the century open; write the year in full",
                ));
            }
            _ => return Err(row.error(column, ACD_DATE_FORMS, ACD_DATE_EXAMPLES)),
        };
        match chrono::NaiveDate::from_ymd_opt(
            year.parse().unwrap_or(0),
            month.parse().unwrap_or(0),
            day.parse().unwrap_or(0),
        ) {
            Some(date) if (1900..=2100).contains(&chrono::Datelike::year(&date)) => {
                return Ok(Some(date));
            }
            Some(_) => "the year is outside 1900–2100",
            None => "there is no such day",
        }
    } else if text.contains('/') || text.contains('.') {
        "with `/` or `.` between them, day and month come in the order of the locale the file was saved in, so the date is not guessed; write it yyyy-mm-dd"
    } else {
        ACD_DATE_EXAMPLES
    };
    Err(row.error(column, ACD_DATE_FORMS, hint))
}

/// Reads a UCDP/PRIO armed conflict file: one `conflict.intensity_level` figure per conflict-year.
///
/// The delimiter, `,` as UCDP publishes or `;` as a spreadsheet re-saves, is read from the header.
pub fn parse_acd(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    let layout = Layout {
        delimiter: header_delimiter(bytes, b",;"),
        ..Layout::default()
    };
    let mut table = Table::new(file, bytes, &layout)?;
    table.require(&ACD_REQUIRED, "UCDP/PRIO armed conflict")?;
    let file_name = file.rsplit(['/', '\\']).next().unwrap_or(file).to_string();
    let (records, quarantined, n_rows) = collect(&mut table, options, |row| {
        let conflict_id = row.required("conflict_id")?;
        let level = row.get("intensity_level");
        if level != "1" && level != "2" {
            return Err(row.error(
                "intensity_level",
                "1 (25–999 battle deaths) or 2 (1,000 or more)",
                "",
            ));
        }
        let mut started = None;
        for column in ACD_DATES {
            let date = acd_date(row, column)?;
            if column == "start_date" {
                started = date;
            }
        }
        // As for BRD: the user's word, else the file's `version` column (UCDP's layout has one), else its name.
        let version = options
            .version
            .clone()
            .or_else(|| Some(row.get("version").to_string()).filter(|v| !v.is_empty()))
            .unwrap_or_else(|| release(options, file));
        let source = source("UCDP/PRIO Armed Conflict Dataset", version);
        let mut record = dyad_year(
            row,
            "conflict.intensity_level",
            "intensity_level",
            "level",
            format!(
                "1: 25–999 battle deaths in the year, 2: 1,000 or more; conflict located in {}",
                row.get("location")
            ),
            format!(
                "conflict_id {conflict_id}; cumulative intensity {}; started {}",
                row.get("cumulative_intensity"),
                started.map(|date| date.to_string()).unwrap_or_default()
            ),
            &source,
        )?;
        record.locator = format!(
            "{file_name} record {} (line {}), conflict_id {conflict_id}",
            row.number, row.line
        );
        Ok(record)
    })?;
    Ok(Parsed {
        n_rows,
        records,
        quarantined,
        ..Parsed::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_from_names() {
        assert_eq!(version_from_name("ged221.csv").as_deref(), Some("22.1"));
        assert_eq!(
            version_from_name("data/GEDEvent_v24_1.csv").as_deref(),
            Some("24.1")
        );
        assert_eq!(
            version_from_name("ucdp_brd_conflict_v24_1.csv").as_deref(),
            Some("24.1")
        );
        assert_eq!(
            version_from_name("GEDEvent_v25_0_12.csv").as_deref(),
            Some("25.0")
        );
        assert_eq!(version_from_name("conflict_data_pak.csv"), None);
    }

    fn ged_row(id: &str, best: &str, date: &str) -> String {
        let mut fields: Vec<String> = GED_COLUMNS.iter().map(|_| String::new()).collect();
        let set = |fields: &mut Vec<String>, name: &str, value: &str| {
            fields[GED_COLUMNS.iter().position(|c| *c == name).unwrap()] = value.to_string();
        };
        for (name, value) in [
            ("id", id),
            ("year", "2021"),
            ("type_of_violence", "1"),
            ("dyad_name", "Government of Pakistan - TTP"),
            ("side_a", "Government of Pakistan"),
            ("side_b", "TTP"),
            ("country", "Pakistan"),
            ("country_id", "770"),
            ("date_start", date),
            ("date_end", date),
            ("deaths_a", "2"),
            ("deaths_b", "3"),
            ("deaths_civilians", "0"),
            ("deaths_unknown", "0"),
            ("best", best),
            ("high", "6"),
            ("low", "5"),
            (
                "source_article",
                "\"Dawn, 1 May; \"\"quoted\"\",\nand more\"",
            ),
        ] {
            set(&mut fields, name, value);
        }
        fields.join(",")
    }

    #[test]
    fn reads_headerless_candidates_and_flags_bad_sums() {
        let text = format!(
            "{}\n{}\n",
            ged_row("1", "5", "2021-05-01 00:00:00.000"),
            ged_row("2", "9", "2021-05-02")
        );
        let options = Options {
            no_header: true,
            version: Some("25.0.3".into()),
            ..Options::default()
        };
        let parsed = parse_ged("candidate.csv", text.as_bytes(), &options).unwrap();
        assert_eq!(parsed.events.len(), 2);
        assert_eq!(parsed.events[0].event.country, "PAK");
        assert_eq!(parsed.events[0].event.date_start.to_string(), "2021-05-01");
        assert_eq!(parsed.diagnostics.len(), 1);
        assert_eq!(parsed.diagnostics[0].record, 2);
        assert_eq!(
            parsed.diagnostics[0].line, 3,
            "the first row spans two lines"
        );
        assert_eq!(parsed.source.unwrap().vintage, "25.0.3");
    }

    #[test]
    fn skips_hxl_rows_and_positions_errors() {
        let header = GED_COLUMNS.join(",");
        let hxl = GED_COLUMNS
            .iter()
            .map(|c| format!("#{c}"))
            .collect::<Vec<_>>()
            .join(",");
        let text = format!(
            "{header}\n{hxl}\n{}\n{}\n",
            ged_row("1", "5", "2021-05-01"),
            ged_row("2", "x", "2021-05-02")
        );
        let error = parse_ged("ged221.csv", text.as_bytes(), &Options::default()).unwrap_err();
        assert_eq!(
            error.to_string(),
            "ged221.csv: record 2 (line 5): field `best` (column 45) is `x`, expected a whole number of deaths from 0 to 10,000,000\nhint: UCDP death counts are whole numbers, 0 when none"
        );
        let bad_date = format!("{header}\n{}\n", ged_row("1", "5", "2021-13-01"));
        let error = parse_ged("ged221.csv", bad_date.as_bytes(), &Options::default()).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("field `date_start` (column 39) is `2021-13-01`, expected a date"),
            "{error}"
        );
    }

    #[test]
    fn acd_dates_in_two_forms_only() {
        let check = |date: &str, expected: &str| {
            let text = format!(
                "conflict_id;location;side_a;side_b;year;intensity_level;cumulative_intensity;type_of_conflict;start_date\r\n9001;Pakistan;Government of Pakistan;Synthetic Front;2024;1;0;3;{date}\r\n"
            );
            let outcome = match parse_acd("acd.csv", text.as_bytes(), &Options::default()) {
                Ok(parsed) => parsed.records[0].observation.note.clone(),
                Err(error) => error.to_string().lines().last().unwrap().to_string(),
            };
            assert_eq!(outcome, expected, "{date}");
        };
        let started = "conflict_id 9001; cumulative intensity 0; started";
        check("5-4-1990", &format!("{started} 1990-04-05"));
        check("05-04-1990", &format!("{started} 1990-04-05"));
        check("1990-04-05", &format!("{started} 1990-04-05"));
        check("", &format!("{started} "));
        let locale = "hint: with `/` or `.` between them, day and month come in the order of the locale the file was saved in, so the date is not guessed; write it yyyy-mm-dd";
        check("5/4/1990", locale);
        check("5.4.1990", locale);
        check(
            "5-4-90",
            "hint: a two-digit year leaves the century open; write the year in full",
        );
        check("31-4-2024", "hint: there is no such day");
        check("1-1-1850", "hint: the year is outside 1900–2100");
        let examples =
            "hint: UCDP writes the 5th of April 1990 as 1990-04-05, and spreadsheets as 5-4-1990";
        check("1990-4-5", examples);
        check("April 1990", examples);
        let error = parse_acd(
            "acd.csv",
            b"conflict_id,location,side_a,side_b,year,intensity_level,type_of_conflict,start_date\n9001,Pakistan,Government of Pakistan,Synthetic Front,2024,1,3,5/4/1990\n",
            &Options::default(),
        )
        .unwrap_err();
        assert!(
            error.to_string().starts_with(
                "acd.csv: record 1 (line 2): field `start_date` (column 8) is `5/4/1990`, expected a date written yyyy-mm-dd or d-m-yyyy (day first)"
            ),
            "{error}"
        );
    }

    #[test]
    fn reads_dyad_years() {
        let brd = "conflict_id,dyad_id,location_inc,side_a,side_a_id,side_a_2nd,side_b,side_b_id,side_b_2nd,incompatibility,territory_name,year,bd_best,bd_low,bd_high,type_of_conflict,battle_location,gwno_a,gwno_a_2nd,gwno_b,gwno_b_2nd,gwno_loc,gwno_battle,region,version\n\"209\",\"726\",\"Pakistan\",\"Government of Pakistan\",\"\",\"\",\"TTP\",\"\",\"\",\"2\",\"\",\"2023\",\"752\",\"700\",\"800\",\"3\",\"Pakistan\",\"770\",\"\",\"\",\"\",\"770\",\"770\",\"3\",\"24.1\"\n";
        let parsed = parse_brd("b.csv", brd.as_bytes(), &Options::default()).unwrap();
        let record = &parsed.records[0];
        assert_eq!(record.observation.subject, "Government of Pakistan – TTP");
        assert_eq!(record.observation.value.number, Some(752.0));
        assert_eq!(record.source.vintage, "24.1");
        let acd = "conflict_id,location,side_a,side_a_id,side_a_2nd,side_b,side_b_id,side_b_2nd,incompatibility,territory_name,year,intensity_level,cumulative_intensity,type_of_conflict,start_date,end_date\n209,Pakistan,Government of Pakistan,,,TTP,,,2,,2023,1,1,3,01-01-2008,\n209,Pakistan,Government of Pakistan,,,TTP,,,2,,2024,3,1,3,01-01-2008,\n";
        let error =
            parse_acd("ucdp_prio_v24_1.csv", acd.as_bytes(), &Options::default()).unwrap_err();
        assert!(
            error.to_string().starts_with(
                "ucdp_prio_v24_1.csv: record 2 (line 3): field `intensity_level` (column 12) is `3`"
            ),
            "{error}"
        );
    }
}
