//! Reads UN Comtrade trade records: the v1 API's JSON and its CSV (header case varies).
//!
//! # What it reads
//! - **JSON**: `{"elapsedTime", "count", "data": [ … ], "error"}`, each record with the v1 API's 47 fields,
//!   of which dyad uses `freqCode, refYear, period, reporterCode, flowCode, partnerCode, partner2Code,
//!   cmdCode, customsCode, motCode, primaryValue, cifvalue, fobvalue`.
//! - **CSV**, from the API (`format=csv`) or the bulk files (tab-separated), with the same field names,
//!   matched without regard to case (`cifValue`, `CIFValue` and `cifvalue` are one column).
//!
//! # What it gives
//! One figure per record. The reporter's own declaration is kept as it is:
//! - exports (`X`) reported by R to P are `trade.exports` of `R→P`, valued FOB;
//! - imports (`M`) reported by R from P are `trade.imports` of `P→R`, valued CIF;
//! - re-exports and re-imports are `trade.re_exports` and `trade.re_imports`; other flows keep their code.
//!
//! So the two sides of one flow (Pakistan's exports to Afghanistan, Afghanistan's imports from Pakistan)
//! are two figures of the same direction under two indicators, and are never merged: mirror statistics
//! stay side by side. The agency is the reporting country.
//!
//! # Caveats
//! - Comtrade's codes are not ISO's and change over time (Pakistan 588 until 1971, 586 from 1972); they
//!   are resolved through the concordance for the record's year. Partner 0 is the World (`WLD`).
//! - A record for one commodity, customs procedure, mode of transport or second partner says so in its
//!   concept; only `TOTAL`/`C00`/`0`/`0` records are the total trade.
//!
//! # References
//! UN Comtrade API v1 documentation; UN Comtrade Database, United Nations Statistics Division.

use crate::values::ValueKind;
use dyad_model::{Concordance, Observation, Period, SourceRef, Status, Value};

use crate::record::{Fields, collect_json};
use crate::table::{Layout, Table, collect};
use crate::{IngestError, Options, Parsed, Record, RowError};

/// The fields dyad reads, as the API spells them.
const FIELDS: [&str; 13] = [
    "freqCode",
    "refYear",
    "period",
    "reporterCode",
    "flowCode",
    "partnerCode",
    "partner2Code",
    "cmdCode",
    "customsCode",
    "motCode",
    "primaryValue",
    "cifvalue",
    "fobvalue",
];

fn country(fields: &impl Fields, column: &str, year: i32) -> Result<String, RowError> {
    let code = fields.field(column);
    if code == "0" {
        return Ok("WLD".to_string());
    }
    Concordance::bundled()
        .by_comtrade(&code, year)
        .map(|c| c.iso3.clone())
        .map_err(|_| {
            fields.fail(
                column,
                &format!("a UN Comtrade country code in use in {year}"),
                "",
            )
        })
}

fn read_record(
    fields: &impl Fields,
    source: &SourceRef,
    file_name: &str,
) -> Result<Record, RowError> {
    let year: i32 = fields
        .field("refYear")
        .parse()
        .ok()
        .filter(|y| (1900..=2100).contains(y))
        .ok_or_else(|| fields.fail("refYear", "a year", ""))?;
    let period = match &*fields.field("freqCode") {
        "A" => Period::Year(year),
        "M" => {
            let text = fields.field("period");
            let month: u8 = text
                .get(4..6)
                .and_then(|m| m.parse().ok())
                .filter(|m| (1..=12).contains(m))
                .ok_or_else(|| fields.fail("period", "a month written YYYYMM", ""))?;
            Period::Month(year, month)
        }
        _ => return Err(fields.fail("freqCode", "A (annual) or M (monthly)", "")),
    };
    let reporter = country(fields, "reporterCode", year)?;
    let partner = country(fields, "partnerCode", year)?;
    let flow = fields.field("flowCode");
    let (indicator, subject, basis) = match &*flow {
        "X" => (
            "trade.exports".to_string(),
            format!("{reporter}→{partner}"),
            "FOB, as the exporter declares",
        ),
        "M" => (
            "trade.imports".to_string(),
            format!("{partner}→{reporter}"),
            "CIF, as the importer declares",
        ),
        "RX" => (
            "trade.re_exports".to_string(),
            format!("{reporter}→{partner}"),
            "FOB, as the exporter declares",
        ),
        "RM" => (
            "trade.re_imports".to_string(),
            format!("{partner}→{reporter}"),
            "CIF, as the importer declares",
        ),
        "" => return Err(fields.fail("flowCode", "a flow code such as X or M", "")),
        other => (
            format!("trade.flow_{}", other.to_ascii_lowercase()),
            format!("{reporter}→{partner}"),
            "as declared",
        ),
    };
    let value_text = fields.field("primaryValue");
    let value = Value::parse_number(&value_text).map_err(|e| {
        fields.fail(
            "primaryValue",
            &format!("a value in US dollars ({})", e.reason),
            "",
        )
    })?;
    if value.number.is_some_and(|n| !ValueKind::Amount.admits(n)) {
        return Err(fields.fail(
            "primaryValue",
            ValueKind::Amount.expected(),
            "a trade flow is never negative; a deficit is a balance, computed from two flows",
        ));
    }
    let mut concept = vec!["goods".to_string()];
    let commodity = fields.field("cmdCode");
    concept.push(if commodity == "TOTAL" || commodity.is_empty() {
        "all commodities".to_string()
    } else {
        format!("HS {commodity}")
    });
    for (column, total, what) in [
        ("customsCode", "C00", "customs procedure"),
        ("motCode", "0", "mode of transport"),
        ("partner2Code", "0", "second partner"),
    ] {
        let code = fields.field(column);
        if !code.is_empty() && code != total {
            concept.push(format!("{what} {code}"));
        }
    }
    Ok(Record {
        observation: Observation {
            indicator,
            subject,
            period: Some(period),
            value,
            unit: "USD".to_string(),
            concept: concept.join(", "),
            basis: basis.to_string(),
            agency: format!("{reporter}, as reporter to UN Comtrade"),
            status: Status::Observed,
            note: String::new(),
        },
        source: source.clone(),
        locator: format!("{file_name} record {}", fields.number()),
        record: fields.number(),
    })
}

fn source(options: &Options, file_name: &str) -> SourceRef {
    let fallback = match &options.file_sha256 {
        Some(sha) => format!("{file_name} ({})", &sha[..sha.len().min(12)]),
        None => file_name.to_string(),
    };
    SourceRef {
        publisher: "United Nations Statistics Division".to_string(),
        dataset: "UN Comtrade".to_string(),
        vintage: options.version.clone().unwrap_or(fallback),
        vintage_date: options.released.clone().unwrap_or_default(),
        url: "https://comtradeplus.un.org".to_string(),
        licence: "UN Comtrade terms of use; cite the UN Comtrade Database, United Nations Statistics Division".to_string(),
    }
}

/// Whether a JSON text is a Comtrade API response.
pub fn is_api_json(text: &str) -> bool {
    text.contains("\"data\"") && text.contains("\"reporterCode\"") && text.contains("\"flowCode\"")
}

/// Whether a header names Comtrade's fields.
pub fn is_comtrade_header(names: &[String]) -> bool {
    let lower: Vec<String> = names.iter().map(|n| n.to_ascii_lowercase()).collect();
    ["reportercode", "partnercode", "flowcode", "primaryvalue"]
        .iter()
        .all(|f| lower.iter().any(|n| n == f))
}

/// Reads a Comtrade API response (JSON) or CSV.
pub fn parse(file: &str, bytes: &[u8], options: &Options) -> Result<Parsed, IngestError> {
    let file_name = file.rsplit(['/', '\\']).next().unwrap_or(file).to_string();
    let source = source(options, &file_name);
    let bytes = crate::table::strip_bom(bytes);
    if bytes.trim_ascii_start().starts_with(b"{") {
        let hint =
            "UN Comtrade's API returns {\"count\": …, \"data\": [ … ]}; save the whole response";
        let (records, quarantined, n_rows) = collect_json(file, bytes, hint, options, |record| {
            read_record(record, &source, &file_name)
        })?;
        return Ok(Parsed {
            n_rows,
            records,
            quarantined,
            ..Parsed::default()
        });
    }
    let first_line = bytes.split(|&b| b == b'\n').next().unwrap_or(&[]);
    let delimiter = if first_line.contains(&b'\t') {
        b'\t'
    } else {
        b','
    };
    let mut table = Table::new(
        file,
        bytes,
        &Layout {
            delimiter,
            ..Layout::default()
        },
    )?;
    // Header case varies between Comtrade's outputs (`cifValue`, `CIFValue`): read each name as the API spells it.
    let canonical: Vec<String> = table
        .names()
        .iter()
        .map(|name| {
            FIELDS
                .iter()
                .find(|f| f.eq_ignore_ascii_case(name))
                .map_or_else(|| name.clone(), |f| (*f).to_string())
        })
        .collect();
    table.rename(&canonical)?;
    if !is_comtrade_header(&canonical) {
        return Err(IngestError::Header {
            file: file.to_string(),
            message: "the columns are not UN Comtrade's".to_string(),
            hint: format!("Comtrade files have the columns {}", FIELDS.join(", ")),
        });
    }
    let (records, quarantined, n_rows) = collect(&mut table, options, |row| {
        read_record(row, &source, &file_name)
    })?;
    Ok(Parsed {
        n_rows,
        records,
        quarantined,
        ..Parsed::default()
    })
}
