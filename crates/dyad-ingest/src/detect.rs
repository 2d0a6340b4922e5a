//! Names the format of a file from its name and first bytes, for `dyad ingest FILE` without a format.
//!
//! Detection looks at the header row (by column names, which each format has its own set of), the
//! delimiter and field count of the first line (GDELT has 61 tab-separated fields and no header), and a
//! zip archive's first entry name. A file that fits no format gets an error listing the formats dyad knows.

use std::fmt;

/// The formats dyad reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// dyad's tidy figures CSV.
    Figures,
    /// ACLED export CSV.
    Acled,
    /// ACLED API JSON.
    AcledJson,
    /// ACLED deletions list (CSV or JSON).
    AcledDeletions,
    /// UCDP Georeferenced Event Dataset.
    UcdpGed,
    /// UCDP battle-related deaths, dyadic.
    UcdpBrd,
    /// UCDP/PRIO armed conflict.
    UcdpAcd,
    /// GDELT 2.0 events export.
    GdeltEvents,
    /// GDELT 2.0 mentions.
    GdeltMentions,
    /// UNHCR refugee statistics (package tables or Refugee Data Finder download).
    Unhcr,
    /// World Bank World Development Indicators (wide or long CSV).
    Wdi,
    /// Survey toplines.
    Survey,
    /// UN Comtrade API JSON or CSV.
    Comtrade,
}

/// The names of the formats, as the command line takes them.
pub const FORMAT_NAMES: [&str; 13] = [
    "figures",
    "acled",
    "acled-json",
    "acled-deletions",
    "ucdp-ged",
    "ucdp-brd",
    "ucdp-acd",
    "gdelt",
    "gdelt-mentions",
    "unhcr",
    "wdi",
    "survey",
    "comtrade",
];

impl Format {
    /// Every format, in the order of [`FORMAT_NAMES`].
    pub const ALL: [Format; 13] = [
        Format::Figures,
        Format::Acled,
        Format::AcledJson,
        Format::AcledDeletions,
        Format::UcdpGed,
        Format::UcdpBrd,
        Format::UcdpAcd,
        Format::GdeltEvents,
        Format::GdeltMentions,
        Format::Unhcr,
        Format::Wdi,
        Format::Survey,
        Format::Comtrade,
    ];

    /// The command-line name.
    pub fn name(self) -> &'static str {
        FORMAT_NAMES[Format::ALL
            .iter()
            .position(|f| *f == self)
            .expect("every format is listed")]
    }

    /// The format with this command-line name.
    pub fn from_name(name: &str) -> Option<Format> {
        FORMAT_NAMES
            .iter()
            .position(|n| *n == name)
            .map(|i| Format::ALL[i])
    }

    /// Whether the format is read as a stream (files of any size), rather than from memory.
    pub fn streams(self) -> bool {
        self == Format::GdeltEvents
    }
}

impl fmt::Display for Format {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

fn header_names(line: &str) -> Vec<String> {
    // A spreadsheet may have re-saved the file with `;` between fields (UCDP/PRIO ACD 25.1's copy).
    let delimiter = char::from(crate::table::header_delimiter(line.as_bytes(), b",;"));
    line.split(delimiter)
        .map(|n| n.trim().trim_matches('"').to_ascii_lowercase())
        .collect()
}

/// Names the format of a file from its name and its first bytes (a few kilobytes suffice).
pub fn detect(file: &str, head: &[u8]) -> Option<Format> {
    let head = crate::table::strip_bom(head);
    if head.starts_with(b"PK\x03\x04") {
        // A zip archive: GDELT ships its exports as `….export.CSV.zip`, and the entry name says so.
        let lower = String::from_utf8_lossy(&head[..head.len().min(256)]).to_ascii_lowercase();
        return (lower.contains(".export.csv")
            || file.to_ascii_lowercase().contains(".export.csv"))
        .then_some(Format::GdeltEvents);
    }
    let text = String::from_utf8_lossy(head);
    let trimmed = text.trim_start();
    if crate::unhcr::is_finder_download(head) {
        return Some(Format::Unhcr);
    }
    if crate::wdi::is_wide_with_preamble(&text) {
        return Some(Format::Wdi);
    }
    if trimmed.starts_with('{') && crate::comtrade::is_api_json(trimmed) {
        return Some(Format::Comtrade);
    }
    if trimmed.starts_with('{') {
        if trimmed.contains("\"deleted_timestamp\"") {
            return Some(Format::AcledDeletions);
        }
        return trimmed
            .contains("\"event_id_cnty\"")
            .then_some(Format::AcledJson);
    }
    let first_line = text.lines().next().unwrap_or("");
    let n_tabs = first_line.matches('\t').count();
    if n_tabs == 60 {
        return Some(Format::GdeltEvents);
    }
    if n_tabs == 15 {
        return Some(Format::GdeltMentions);
    }
    let names = header_names(first_line);
    let has = |column: &str| names.iter().any(|n| n == column);
    if names.first().is_some_and(|n| n == "globaleventid") && names.len() == 16 {
        return Some(Format::GdeltMentions);
    }
    if has("indicator") && has("subject") && has("period") && has("value") {
        return Some(Format::Figures);
    }
    if has("event_id_cnty") {
        return Some(if has("deleted_timestamp") {
            Format::AcledDeletions
        } else {
            Format::Acled
        });
    }
    if has("type_of_violence") && has("dyad_name") {
        return Some(Format::UcdpGed);
    }
    if has("bd_best") && has("dyad_id") {
        return Some(Format::UcdpBrd);
    }
    if has("intensity_level") && has("conflict_id") {
        return Some(Format::UcdpAcd);
    }
    let tab_names: Vec<String> = first_line
        .split('\t')
        .map(|n| n.trim().to_string())
        .collect();
    if crate::comtrade::is_comtrade_header(&names)
        || crate::comtrade::is_comtrade_header(&tab_names)
    {
        return Some(Format::Comtrade);
    }
    if has("question") && has("response") && (has("share") || has("weighted_pct")) {
        return Some(Format::Survey);
    }
    if crate::unhcr::table_of(&names).is_some() {
        return Some(Format::Unhcr);
    }
    // WDI's headers are matched in their own case ("Country Code").
    let exact: Vec<String> = first_line
        .split(',')
        .map(|n| {
            n.trim()
                .trim_matches('"')
                .trim_start_matches('\u{feff}')
                .to_string()
        })
        .collect();
    if crate::wdi::layout_of(&exact).is_some() {
        return Some(Format::Wdi);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_round_trip() {
        for format in Format::ALL {
            assert_eq!(Format::from_name(format.name()), Some(format));
        }
        assert_eq!(Format::from_name("excel"), None);
    }

    #[test]
    fn detects_by_header_and_shape() {
        let check = |file: &str, head: &str, expected: Option<Format>| {
            assert_eq!(detect(file, head.as_bytes()), expected, "{file}")
        };
        check(
            "f.csv",
            "indicator,subject,period,value,unit,publisher,dataset,vintage\n",
            Some(Format::Figures),
        );
        check(
            "a.csv",
            "\u{feff}event_id_cnty,event_date,year\n",
            Some(Format::Acled),
        );
        check(
            "d.csv",
            "event_id_cnty,deleted_timestamp\n",
            Some(Format::AcledDeletions),
        );
        check(
            "a.json",
            "{\"status\":200,\"data\":[{\"event_id_cnty\":\"X\"}]}",
            Some(Format::AcledJson),
        );
        check(
            "g.csv",
            "\"id\",\"relid\",\"year\",\"active_year\",\"code_status\",\"type_of_violence\",\"conflict_dset_id\",\"x\",\"y\",\"z\",\"w\",\"dyad_name\"\n",
            Some(Format::UcdpGed),
        );
        check(
            "b.csv",
            "\"conflict_id\",\"dyad_id\",\"location_inc\",\"bd_best\"\n",
            Some(Format::UcdpBrd),
        );
        check(
            "p.csv",
            "conflict_id,location,side_a,intensity_level\n",
            Some(Format::UcdpAcd),
        );
        check(
            "acd.csv",
            "conflict_id;location;side_a;intensity_level\r\n",
            Some(Format::UcdpAcd),
        );
        check(
            "e.CSV",
            &vec!["x"; 61].join("\t"),
            Some(Format::GdeltEvents),
        );
        check(
            "m.CSV",
            &vec!["x"; 16].join("\t"),
            Some(Format::GdeltMentions),
        );
        check(
            "m.csv",
            "globaleventid,eventtimedate,mentiontimedate,mentiontype,mentionsourcename,mentionidentifier,sentenceid,actor1charoffset,actor2charoffset,actioncharoffset,inrawtext,confidence,mentiondoclen,mentiondoctone,mentiondoctranslationinfo,extras\n",
            Some(Format::GdeltMentions),
        );
        check("x.csv", "Country,Event month,Event Type,Events\n", None);
        check(
            "x.zip",
            "PK\u{3}\u{4}....20191024143000.export.CSV",
            Some(Format::GdeltEvents),
        );
    }
}
