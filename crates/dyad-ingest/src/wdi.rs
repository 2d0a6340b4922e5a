//! Reads World Bank World Development Indicators: the wide bulk CSV and long CSVs.
//!
//! # What it reads
//! - **Wide** (`API_{INDICATOR}_DS2_en_csv_v2_….csv`): `Country Name, Country Code, Indicator Name,
//!   Indicator Code, 1960, …, 2022`, every line ending in a comma. The World Bank's original has a 4-line
//!   preamble (`"Data Source","World Development Indicators",` and `"Last Updated Date","2023-12-18",`
//!   with blank lines) and quotes every field; copies re-saved by a spreadsheet lose the preamble and the
//!   quotes, gain a byte-order mark, and may write `1.10584E+11`. Both read the same.
//! - **Long**: `Country Name, Country Code, Year, Value` (the datahub copies), which do not name their
//!   indicator, so `--indicator CODE` must; or `indicator_code, indicator_name, country_iso3, year, value`
//!   with optional `vintage_commit, vintage_commit_date` naming each row's release.
//!
//! # Inputs
//! The bytes and name; `--indicator`, `--version` and `--released` where the file does not say.
//!
//! # Caveats
//! - Aggregates (regions and income groups such as `SAS` South Asia or `LMY`) are kept apart from
//!   economies: their subject is `WB:SAS` and their concept says which aggregate it is.
//! - An empty cell is missing, not zero.
//! - Figures are indicator `wdi.` + the lower-cased code, e.g. `wdi.ny.gdp.mktp.cd`.
//!
//! # References
//! World Bank, World Development Indicators (CC BY 4.0); the bulk download's layout.

use dyad_model::{Concordance, Observation, Period, Scheme, SourceRef, Status, Value};

use crate::table::{Layout, Row, Table, collect};
use crate::{IngestError, Options, Parsed, Record, RowError};

/// The World Bank's codes for regions, income groups and other aggregates (not economies).
const AGGREGATES: [&str; 49] = [
    "AFE", "AFW", "ARB", "CEB", "CSS", "EAP", "EAR", "EAS", "ECA", "ECS", "EMU", "EUU", "FCS",
    "HIC", "HPC", "IBD", "IBT", "IDA", "IDB", "IDX", "INX", "LAC", "LCN", "LDC", "LIC", "LMC",
    "LMY", "LTE", "MEA", "MIC", "MNA", "NAC", "OED", "OSS", "PRE", "PSS", "PST", "SAS", "SSA",
    "SSF", "SST", "TEA", "TEC", "TLA", "TMN", "TSA", "TSS", "UMC", "WLD",
];

/// The layouts of WDI files.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WdiLayout {
    /// One row per economy and indicator, one column per year.
    Wide,
    /// `Country Name, Country Code, Year, Value`.
    LongDatahub,
    /// `indicator_code, indicator_name, country_iso3, year, value` (and optional release columns).
    LongWithIndicator,
}

/// Which WDI layout a header has.
pub fn layout_of(names: &[String]) -> Option<WdiLayout> {
    let has = |column: &str| names.iter().any(|n| n == column);
    if has("Country Code")
        && has("Indicator Code")
        && names
            .iter()
            .any(|n| n.len() == 4 && n.bytes().all(|b| b.is_ascii_digit()))
    {
        Some(WdiLayout::Wide)
    } else if has("Country Code") && has("Year") && has("Value") {
        Some(WdiLayout::LongDatahub)
    } else if has("indicator_code") && has("country_iso3") && has("year") && has("value") {
        Some(WdiLayout::LongWithIndicator)
    } else {
        None
    }
}

/// Whether the text starts with the World Bank's bulk-download preamble.
pub fn is_wide_with_preamble(text: &str) -> bool {
    let first = text
        .trim_start_matches('\u{feff}')
        .lines()
        .next()
        .unwrap_or("");
    first.trim_start_matches('"').starts_with("Data Source")
}

/// Splits the preamble off: returns the offset of the header and the "Last Updated Date", if any.
fn preamble(bytes: &[u8]) -> (usize, Option<String>) {
    let text = String::from_utf8_lossy(&bytes[..bytes.len().min(4096)]);
    if !is_wide_with_preamble(&text) {
        return (0, None);
    }
    // Offsets count the file's own bytes: a line that is not UTF-8 is longer once made readable.
    let mut offset = 0;
    let mut updated = None;
    for raw in bytes[..bytes.len().min(4096)].split_inclusive(|&b| b == b'\n') {
        let unquoted = String::from_utf8_lossy(raw).replace('"', "");
        if unquoted.starts_with("Country Name") {
            return (offset, updated);
        }
        if let Some(rest) = unquoted.strip_prefix("Last Updated Date,") {
            updated = Some(rest.trim().trim_end_matches(',').to_string());
        }
        offset += raw.len();
    }
    (0, updated)
}

fn subject(code: &str, name: &str) -> (String, String) {
    if AGGREGATES.contains(&code) {
        return (format!("WB:{code}"), format!("aggregate: {name}"));
    }
    let iso3 = Concordance::bundled()
        .by_code(Scheme::WorldBank, code)
        .map(|c| c.iso3.clone())
        .unwrap_or_else(|_| code.to_string());
    (iso3, String::new())
}

/// The unit of an indicator: known for the common ones, else what its name says in parentheses.
fn unit_of(code: &str, name: &str) -> String {
    match code {
        "NY.GDP.MKTP.CD" => "current US$".to_string(),
        "SP.POP.TOTL" => "persons".to_string(),
        _ => name
            .rsplit_once('(')
            .and_then(|(_, rest)| rest.strip_suffix(')'))
            .map_or_else(|| "as the indicator defines".to_string(), str::to_string),
    }
}

#[allow(clippy::too_many_arguments)]
fn figure(
    row: &Row<'_>,
    value_column: &str,
    year: i32,
    code: &str,
    name: &str,
    indicator_code: &str,
    name_of_indicator: &str,
    source: &SourceRef,
    file_name: &str,
) -> Result<Option<Record>, RowError> {
    let text = row.get(value_column);
    if text.is_empty() {
        return Ok(None);
    }
    let value = Value::parse_number(text)
        .map_err(|e| row.error(value_column, format!("a number ({})", e.reason), ""))?;
    let (subject, concept) = subject(code, name);
    Ok(Some(Record {
        observation: Observation {
            indicator: format!("wdi.{}", indicator_code.to_ascii_lowercase()),
            subject,
            period: Some(Period::Year(year)),
            value,
            unit: unit_of(indicator_code, name_of_indicator),
            concept,
            basis: String::new(),
            agency: String::new(),
            status: Status::Observed,
            note: String::new(),
        },
        source: source.clone(),
        locator: format!("{file_name} record {}, column {value_column}", row.number),
        record: row.number,
    }))
}

fn source(dataset: String, vintage: String, vintage_date: String) -> SourceRef {
    SourceRef {
        publisher: "World Bank".to_string(),
        dataset,
        vintage,
        vintage_date,
        url: "https://data.worldbank.org".to_string(),
        licence: "CC BY 4.0; cite the World Bank, World Development Indicators".to_string(),
    }
}

/// Undoes a spreadsheet's quirk seen in re-saved WDI files: a row whose first field holds a comma
/// (`"Venezuela, RB"`) saved as one quoted field, `"""Venezuela, RB"",VEN,…,"`. Such a line is read as the
/// row it wraps. Returns the bytes to read and the 1-based lines that were unwrapped.
fn unwrap_quoted_rows(bytes: &[u8]) -> (std::borrow::Cow<'_, [u8]>, Vec<u64>) {
    let mut unwrapped_lines = Vec::new();
    let mut out: Option<Vec<u8>> = None;
    let mut start = 0;
    for (index, line) in bytes.split_inclusive(|&b| b == b'\n').enumerate() {
        let body = line.strip_suffix(b"\n").unwrap_or(line);
        let body = body.strip_suffix(b"\r").unwrap_or(body);
        let wrapped = body.starts_with(b"\"\"\"") && body.ends_with(b"\"") && body.len() > 4;
        if wrapped {
            let buffer = out.get_or_insert_with(|| bytes[..start].to_vec());
            let inner = String::from_utf8_lossy(&body[1..body.len() - 1]).replace("\"\"", "\"");
            buffer.extend_from_slice(inner.as_bytes());
            buffer.push(b'\n');
            unwrapped_lines.push(index as u64 + 1);
        } else if let Some(buffer) = &mut out {
            buffer.extend_from_slice(line);
        }
        start += line.len();
    }
    match out {
        Some(buffer) => (std::borrow::Cow::Owned(buffer), unwrapped_lines),
        None => (std::borrow::Cow::Borrowed(bytes), unwrapped_lines),
    }
}

/// Reads a WDI file.
pub fn parse(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    let (bytes, unwrapped_lines) = unwrap_quoted_rows(crate::table::strip_bom(bytes));
    let bytes: &[u8] = &bytes;
    let file_name = file.rsplit(['/', '\\']).next().unwrap_or(file).to_string();
    let (offset, updated) = preamble(bytes);
    let n_preamble_lines = bytes[..offset].iter().filter(|&&b| b == b'\n').count() as u64;
    let mut table = Table::new(
        file,
        &bytes[offset..],
        &Layout {
            lines_before: n_preamble_lines,
            ..Layout::default()
        },
    )?;
    let Some(layout) = layout_of(table.names()) else {
        return Err(IngestError::Header {
            file: file.to_string(),
            message: "the columns are not those of a WDI file".to_string(),
            hint: "WDI files have Country Name, Country Code, Indicator Name, Indicator Code and one column per year, or Country Name, Country Code, Year, Value".to_string(),
        });
    };
    let fallback = match &options.file_sha256 {
        Some(sha) => format!("{file_name} ({})", &sha[..sha.len().min(12)]),
        None => file_name.clone(),
    };
    // The release: the user's word, else the file's own "Last Updated Date", else the file itself.
    let vintage = options
        .version
        .clone()
        .or_else(|| updated.as_ref().map(|d| format!("WDI, last updated {d}")))
        .unwrap_or(fallback);
    let vintage_date = options.released.clone().or(updated).unwrap_or_default();
    let years: Vec<(String, i32)> = table
        .names()
        .iter()
        .filter_map(|name| {
            (name.len() == 4)
                .then(|| name.parse::<i32>().ok().map(|y| (name.clone(), y)))
                .flatten()
        })
        .collect();
    if layout == WdiLayout::LongDatahub && options.indicator.is_none() {
        return Err(IngestError::Header {
            file: file.to_string(),
            message: "this long WDI layout does not name its indicator".to_string(),
            hint: "name it with --indicator, as in --indicator NY.GDP.MKTP.CD (GDP, current US$) or SP.POP.TOTL (population)".to_string(),
        });
    }
    let (rows, quarantined, n_rows) = collect(
        &mut table,
        options,
        |row| -> Result<Vec<Record>, RowError> {
            match layout {
                WdiLayout::Wide => {
                    let code = row.required("Country Code")?;
                    let indicator = row.required("Indicator Code")?;
                    let source = source(
                        format!(
                            "World Development Indicators: {}",
                            row.get("Indicator Name")
                        ),
                        vintage.clone(),
                        vintage_date.clone(),
                    );
                    let mut figures = Vec::new();
                    for (column, year) in &years {
                        figures.extend(figure(
                            row,
                            column,
                            *year,
                            code,
                            row.get("Country Name"),
                            indicator,
                            row.get("Indicator Name"),
                            &source,
                            &file_name,
                        )?);
                    }
                    Ok(figures)
                }
                WdiLayout::LongDatahub => {
                    let indicator = options.indicator.as_deref().unwrap_or_default();
                    let year = row.parse::<i32>("Year", "a year")?;
                    let source = source(
                        format!("World Development Indicators: {indicator}"),
                        vintage.clone(),
                        vintage_date.clone(),
                    );
                    Ok(figure(
                        row,
                        "Value",
                        year,
                        row.required("Country Code")?,
                        row.get("Country Name"),
                        indicator,
                        "",
                        &source,
                        &file_name,
                    )?
                    .into_iter()
                    .collect())
                }
                WdiLayout::LongWithIndicator => {
                    let indicator = row.required("indicator_code")?;
                    let year = row.parse::<i32>("year", "a year")?;
                    let (row_vintage, row_date) = match row.get("vintage_commit") {
                        "" => (vintage.clone(), vintage_date.clone()),
                        commit => {
                            let date = row.get("vintage_commit_date").to_string();
                            (
                                format!("WDI as of {date} ({})", &commit[..commit.len().min(7)]),
                                date,
                            )
                        }
                    };
                    let source = source(
                        format!(
                            "World Development Indicators: {}",
                            row.get("indicator_name")
                        ),
                        row_vintage,
                        row_date,
                    );
                    Ok(figure(
                        row,
                        "value",
                        year,
                        row.required("country_iso3")?,
                        "",
                        indicator,
                        row.get("indicator_name"),
                        &source,
                        &file_name,
                    )?
                    .into_iter()
                    .collect())
                }
            }
        },
    )?;
    let diagnostics = unwrapped_lines
        .into_iter()
        .map(|line| crate::Diagnostic {
            line,
            record: line.saturating_sub(1 + n_preamble_lines),
            message: "the row was saved as one quoted field (a spreadsheet's doing); it was read as the row it wraps".to_string(),
        })
        .collect();
    Ok(Parsed {
        n_rows,
        records: rows.into_iter().flatten().collect(),
        quarantined,
        diagnostics,
        ..Parsed::default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const ORIGINAL: &str = "\"Data Source\",\"World Development Indicators\",\n\n\"Last Updated Date\",\"2023-12-18\",\n\n\"Country Name\",\"Country Code\",\"Indicator Name\",\"Indicator Code\",\"2019\",\"2020\",\"2021\",\n\"Afghanistan\",\"AFG\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"18799444414.6\",\"19955929064.2\",\"14266499429.8\",\n\"South Asia\",\"SAS\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"4.2E+12\",\"\",\"4.4E+12\",\n";
    const RESAVED: &str = "\u{feff}Country Name,Country Code,Indicator Name,Indicator Code,2019,2020,2021,\nAfghanistan,AFG,GDP (current US$),NY.GDP.MKTP.CD,18799444414.6,19955929064.2,14266499429.8,\nSouth Asia,SAS,GDP (current US$),NY.GDP.MKTP.CD,4.2E+12,,4.4E+12,\n\"\"\"Venezuela, RB\"\",VEN,GDP (current US$),NY.GDP.MKTP.CD,1,2,3,\"\n";
    const ORIGINAL_VENEZUELA: &str =
        "\"Venezuela, RB\",\"VEN\",\"GDP (current US$)\",\"NY.GDP.MKTP.CD\",\"1\",\"2\",\"3\",\n";

    #[test]
    fn original_and_resaved_give_the_same_figures() {
        let original_text = format!("{ORIGINAL}{ORIGINAL_VENEZUELA}");
        let original = parse(
            "API_NY.GDP.MKTP.CD_DS2_en_csv_v2.csv",
            original_text.as_bytes(),
            &Options::default(),
        )
        .unwrap();
        let resaved = parse("resaved.csv", RESAVED.as_bytes(), &Options::default()).unwrap();
        let observations = |parsed: &Parsed| {
            parsed
                .records
                .iter()
                .map(|r| r.observation.clone())
                .collect::<Vec<_>>()
        };
        assert_eq!(observations(&original), observations(&resaved));
        assert_eq!(
            original.records.len(),
            8,
            "the empty cell is missing, not zero"
        );
        assert_eq!(resaved.diagnostics.len(), 1, "the wrapped row is noted");
        assert_eq!(resaved.diagnostics[0].line, 4);
        assert_eq!(resaved.records[5].observation.subject, "VEN");
        assert_eq!(
            original.records[0].source.vintage,
            "WDI, last updated 2023-12-18"
        );
        assert_eq!(original.records[0].source.vintage_date, "2023-12-18");
        let aggregate = &original.records[3].observation;
        assert_eq!(
            (aggregate.subject.as_str(), aggregate.concept.as_str()),
            ("WB:SAS", "aggregate: South Asia")
        );
        assert_eq!(aggregate.value.number, Some(4.2e12));
        assert_eq!(
            original.records[0].observation.indicator,
            "wdi.ny.gdp.mktp.cd"
        );
    }

    #[test]
    fn long_layouts() {
        let datahub = "Country Name,Country Code,Year,Value\nAfghanistan,AFG,2000,3521418059.923445\nPakistan,PAK,2000,x\n";
        let error = parse("gdp.csv", datahub.as_bytes(), &Options::default()).unwrap_err();
        assert!(
            error.to_string().contains("does not name its indicator"),
            "{error}"
        );
        let options = Options {
            indicator: Some("NY.GDP.MKTP.CD".into()),
            ..Options::default()
        };
        let error = parse("gdp.csv", datahub.as_bytes(), &options).unwrap_err();
        assert!(
            error
                .to_string()
                .starts_with("gdp.csv: record 2 (line 3): field `Value` (column 4) is `x`"),
            "{error}"
        );
        let with_vintages = "indicator_code,indicator_name,country_iso3,year,value,vintage_commit,vintage_commit_date\nSP.POP.TOTL,\"Population, total\",PAK,2023,240485658,abcdef123,2024-12-04\nSP.POP.TOTL,\"Population, total\",PAK,2023,247504495,fedcba987,2025-01-01\n";
        let parsed = parse("v.csv", with_vintages.as_bytes(), &Options::default()).unwrap();
        let vintages: Vec<&str> = parsed
            .records
            .iter()
            .map(|r| r.source.vintage.as_str())
            .collect();
        assert_eq!(
            vintages,
            [
                "WDI as of 2024-12-04 (abcdef1)",
                "WDI as of 2025-01-01 (fedcba9)"
            ]
        );
    }
}
