//! Reads UNHCR refugee statistics: the `refugees` package tables and the Refugee Data Finder download.
//!
//! # What it reads
//! - **The `refugees` package tables**, as CSV, recognised by their columns:
//!   - population (`refugees, asylum_seekers, returned_refugees, idps, returned_idps, stateless, ooc, oip, hst`);
//!   - flows (`refugees, asylum_seekers, refugee_like, oip`: new arrivals);
//!   - solutions (`returned_refugees, resettlement, naturalisation, returned_idps`);
//!   - asylum applications (`procedure_type, app_type, dec_level, app_pc, applied`);
//!   - IDMC (`total`: conflict IDPs);
//!   - demographics (`pop_type, location, loc_type, acc_type, f_…, m_…, total`): the total by location.
//!
//!   Every table has `year, coo_name, coo, coo_iso, coa_name, coa, coa_iso`. A table may carry its release in
//!   `vintage_label`, `vintage_date` and `vintage_commit` columns, one release per row (dyad's compilation of
//!   the package's history does); otherwise `--version` and `--released` name it.
//! - **The Refugee Data Finder download** (`population.csv` in the zip): 14 preamble lines, then `Year,
//!   Country of origin, Country of origin (ISO), Country of asylum, Country of asylum (ISO), Refugees under
//!   UNHCR's mandate, Asylum-seekers, Returned refugees, IDPs of concern to UNHCR, Returned IDPss` (sic),
//!   `Stateless persons, Others of concern, Other people in need of international protection, Host Community`,
//!   with `-` for missing.
//!
//! # Inputs
//! The bytes and name of the file; the release from `--version` and `--released` when the file does not say.
//!
//! # Caveats
//! - Each figure's subject is the direction origin → asylum by ISO alpha-3 (`AFG→PAK`); UNHCR's own codes
//!   (China is `CHI`) stand in where the ISO column is empty, and both resolve in the concordance.
//! - A figure that is empty (or `-`) is missing and yields nothing; a zero is a zero.
//! - Values such as `2e+06`, as R writes round numbers, are kept as written and read as numbers.
//!
//! # References
//! UNHCR Refugee Data Finder and its API; the `refugees` R package (PopulationStatistics). CC BY 4.0.

use dyad_model::{Concordance, Observation, Period, Scheme, SourceRef, Status, Value};

use crate::table::{Layout, Row, Table, collect};
use crate::{IngestError, Options, Parsed, Record, RowError};

/// The tables of the `refugees` package that dyad reads, and the columns that tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UnhcrTable {
    /// End-year stocks by origin and asylum.
    Population,
    /// New arrivals.
    Flows,
    /// Returns, resettlement, naturalisation.
    Solutions,
    /// Asylum applications.
    AsylumApplications,
    /// IDMC conflict IDPs.
    Idmc,
    /// Stocks by location, sex and age.
    Demographics,
}

/// The value columns of each table and the indicator each becomes.
fn value_columns(table: UnhcrTable) -> &'static [(&'static str, &'static str)] {
    match table {
        UnhcrTable::Population => &[
            ("refugees", "refugees.registered"),
            ("asylum_seekers", "refugees.asylum_seekers"),
            ("returned_refugees", "refugees.returned"),
            ("idps", "refugees.idps"),
            ("returned_idps", "refugees.returned_idps"),
            ("stateless", "refugees.stateless"),
            ("ooc", "refugees.others_of_concern"),
            ("oip", "refugees.other_in_need_of_protection"),
            ("hst", "refugees.host_community"),
        ],
        UnhcrTable::Flows => &[
            ("refugees", "refugees.new_arrivals"),
            ("asylum_seekers", "refugees.new_asylum_seekers"),
            ("refugee_like", "refugees.new_refugee_like"),
            ("oip", "refugees.new_other_in_need_of_protection"),
        ],
        UnhcrTable::Solutions => &[
            ("returned_refugees", "refugees.solutions.returned"),
            ("resettlement", "refugees.solutions.resettled"),
            ("naturalisation", "refugees.solutions.naturalised"),
            ("returned_idps", "refugees.solutions.returned_idps"),
        ],
        UnhcrTable::AsylumApplications => &[("applied", "refugees.asylum_applications")],
        UnhcrTable::Idmc => &[("total", "refugees.idps_idmc")],
        UnhcrTable::Demographics => &[("total", "refugees.by_location")],
    }
}

fn dataset(table: UnhcrTable) -> &'static str {
    match table {
        UnhcrTable::Population => "Refugee Data Finder: population",
        UnhcrTable::Flows => "Refugee Data Finder: flows",
        UnhcrTable::Solutions => "Refugee Data Finder: solutions",
        UnhcrTable::AsylumApplications => "Refugee Data Finder: asylum applications",
        UnhcrTable::Idmc => "Refugee Data Finder: IDMC internally displaced persons",
        UnhcrTable::Demographics => "Refugee Data Finder: demographics by location",
    }
}

/// Which table a header belongs to.
pub fn table_of(names: &[String]) -> Option<UnhcrTable> {
    let has = |column: &str| names.iter().any(|n| n == column);
    if !(has("year") && has("coo") && has("coa")) {
        return None;
    }
    Some(if has("pop_type") && has("location") {
        UnhcrTable::Demographics
    } else if has("procedure_type") && has("applied") {
        UnhcrTable::AsylumApplications
    } else if has("resettlement") {
        UnhcrTable::Solutions
    } else if has("refugee_like") {
        UnhcrTable::Flows
    } else if has("refugees") && has("asylum_seekers") {
        UnhcrTable::Population
    } else if has("total") {
        UnhcrTable::Idmc
    } else {
        return None;
    })
}

const LICENCE: &str = "CC BY 4.0; cite as UNHCR Refugee Data Finder";
const URL: &str = "https://www.unhcr.org/refugee-statistics/download/";

/// The ISO alpha-3 code for a country given by its ISO column or, failing that, its UNHCR code.
fn country(row: &Row<'_>, iso_column: &str, unhcr_column: &str) -> Result<String, RowError> {
    let iso = row.get(iso_column);
    if iso.len() == 3 {
        return Ok(iso.to_string());
    }
    let code = row.get(unhcr_column);
    if code.is_empty() {
        return Err(row.error(unhcr_column, "a UNHCR or ISO country code", ""));
    }
    Ok(Concordance::bundled()
        .by_code(Scheme::Unhcr, code)
        .map(|c| c.iso3.clone())
        .unwrap_or_else(|_| code.to_string()))
}

fn release(row: &Row<'_>, options: &Options, fallback: &str) -> (String, String) {
    let label = row.get("vintage_label");
    if !label.is_empty() {
        let label = label.lines().next().unwrap_or(label).trim();
        let commit = row.get("vintage_commit");
        let commit = &commit[..commit.len().min(7)];
        let label = if commit.is_empty() {
            label.to_string()
        } else {
            format!("{label} ({commit})")
        };
        return (label, row.get("vintage_date").to_string());
    }
    (
        options
            .version
            .clone()
            .unwrap_or_else(|| fallback.to_string()),
        options.released.clone().unwrap_or_default(),
    )
}

fn read_row(
    row: &Row<'_>,
    table: UnhcrTable,
    options: &Options,
    fallback: &str,
    file_name: &str,
) -> Result<Vec<Record>, RowError> {
    let year: i32 = row.parse("year", "a year").and_then(|y: i32| {
        if (1900..=2100).contains(&y) {
            Ok(y)
        } else {
            Err(row.error("year", "a year from 1900 to 2100", ""))
        }
    })?;
    let origin = country(row, "coo_iso", "coo")?;
    let asylum = country(row, "coa_iso", "coa")?;
    let (vintage, vintage_date) = release(row, options, fallback);
    let source = SourceRef {
        publisher: "UNHCR".to_string(),
        dataset: dataset(table).to_string(),
        vintage,
        vintage_date,
        url: URL.to_string(),
        licence: LICENCE.to_string(),
    };
    let (subject, concept) = match table {
        UnhcrTable::Demographics => (
            format!("{origin}→{asylum}"),
            format!(
                "{} at {} (location type {}, accommodation {})",
                row.get("pop_type"),
                row.get("location"),
                row.get("loc_type"),
                row.get("acc_type")
            ),
        ),
        UnhcrTable::AsylumApplications => (
            format!("{origin}→{asylum}"),
            format!(
                "procedure {}, application type {}, level {}, counted in {}",
                row.get("procedure_type"),
                row.get("app_type"),
                row.get("dec_level"),
                row.get("app_pc")
            ),
        ),
        _ => (format!("{origin}→{asylum}"), String::new()),
    };
    let mut records = Vec::new();
    for (column, indicator) in value_columns(table) {
        let text = row.get(column);
        if text.is_empty() || text == "-" {
            continue;
        }
        let value = Value::parse_number(text)
            .ok()
            .filter(|v| v.number.is_some_and(|n| n >= 0.0 && n.fract() == 0.0))
            .ok_or_else(|| {
                row.error(column, "a whole number of persons, or `-` when missing", "")
            })?;
        records.push(Record {
            observation: Observation {
                indicator: indicator.to_string(),
                subject: subject.clone(),
                period: Some(Period::Year(year)),
                value,
                unit: "persons".to_string(),
                concept: concept.clone(),
                basis: if table == UnhcrTable::Population {
                    "end-year stock".to_string()
                } else {
                    String::new()
                },
                agency: String::new(),
                status: Status::Observed,
                note: String::new(),
            },
            source: source.clone(),
            locator: format!("{file_name} record {}, column {column}", row.number),
            record: row.number,
        });
    }
    Ok(records)
}

/// The Refugee Data Finder's column names, mapped to the package's.
const FINDER_COLUMNS: [(&str, &str); 14] = [
    ("Year", "year"),
    ("Country of origin", "coo_name"),
    ("Country of origin (ISO)", "coo_iso"),
    ("Country of asylum", "coa_name"),
    ("Country of asylum (ISO)", "coa_iso"),
    ("Refugees under UNHCR's mandate", "refugees"),
    ("Asylum-seekers", "asylum_seekers"),
    ("Returned refugees", "returned_refugees"),
    ("IDPs of concern to UNHCR", "idps"),
    ("Returned IDPss", "returned_idps"),
    ("Stateless persons", "stateless"),
    ("Others of concern", "ooc"),
    ("Other people in need of international protection", "oip"),
    ("Host Community", "hst"),
];

/// Where the header of a Refugee Data Finder download starts: after its preamble of notes.
fn finder_header_offset(bytes: &[u8]) -> Option<usize> {
    let mut offset = 0;
    for line in bytes.split(|&b| b == b'\n').take(30) {
        if line.starts_with(b"Year,") || line.starts_with(b"\"Year\",") {
            return Some(offset);
        }
        offset += line.len() + 1;
    }
    None
}

/// Whether the bytes are a Refugee Data Finder download.
pub fn is_finder_download(bytes: &[u8]) -> bool {
    finder_header_offset(bytes).is_some_and(|offset| {
        let header = &bytes[offset
            ..bytes[offset..]
                .iter()
                .position(|&b| b == b'\n')
                .map_or(bytes.len(), |i| offset + i)];
        String::from_utf8_lossy(header).contains("Country of origin")
    })
}

/// Reads a UNHCR table or Refugee Data Finder download.
pub fn parse(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    let bytes = crate::table::strip_bom(bytes);
    let file_name = file.rsplit(['/', '\\']).next().unwrap_or(file).to_string();
    let fallback = match &options.file_sha256 {
        Some(sha) => format!("{file_name} ({})", &sha[..sha.len().min(12)]),
        None => file_name.clone(),
    };
    let finder_offset = finder_header_offset(bytes).filter(|_| is_finder_download(bytes));
    let (data, n_preamble_lines) = match finder_offset {
        Some(offset) => (
            &bytes[offset..],
            bytes[..offset].iter().filter(|&&b| b == b'\n').count() as u64,
        ),
        None => (bytes, 0),
    };
    let mut table = Table::new(
        file,
        data,
        &Layout {
            lines_before: n_preamble_lines,
            ..Layout::default()
        },
    )?;
    let renamed: Vec<String> = table
        .names()
        .iter()
        .map(|name| {
            FINDER_COLUMNS
                .iter()
                .find(|(from, _)| from == name)
                .map_or_else(|| name.clone(), |(_, to)| (*to).to_string())
        })
        .collect();
    if finder_offset.is_some() {
        table.rename(&renamed)?;
    }
    // The Finder download has ISO columns only; the package's UNHCR code columns stand in empty.
    let kind = if finder_offset.is_some() {
        Some(UnhcrTable::Population)
    } else {
        table_of(table.names())
    };
    let Some(kind) = kind else {
        return Err(IngestError::Header {
            file: file.to_string(),
            message: "the columns are not those of a UNHCR table".to_string(),
            hint: "UNHCR tables start with year, coo_name, coo, coo_iso, coa_name, coa, coa_iso; a Refugee Data Finder download starts after its notes with Year, Country of origin, …".to_string(),
        });
    };
    let (rows, quarantined, n_rows) = collect(&mut table, options, |row| {
        read_row(row, kind, options, &fallback, &file_name)
    })?;
    let records: Vec<Record> = rows.into_iter().flatten().collect();
    Ok(Parsed {
        n_rows,
        records,
        quarantined,
        ..Parsed::default()
    })
}
