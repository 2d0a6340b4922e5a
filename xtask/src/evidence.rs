//! Derives the bundled Pakistan–Afghanistan evidence, `data/pak-afg/*.csv`, in dyad's figures format.
//!
//! Each function reads one published file (or one family of them) and writes one table. Rows keep the
//! published value text; where a row needs a reading (a period written in words, a province for a
//! refugee village), the rule is written here and the row's note says what was read.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::{Context, Result, bail};
use chrono::Datelike;

use crate::Derived;
use crate::countries::read_rows;
use crate::figures::{Citation, Figure, number, to_csv};
use crate::questions;

type Row = HashMap<String, String>;

fn get<'a>(row: &'a Row, column: &str) -> &'a str {
    row.get(column).map_or("", |v| v.trim())
}

/// Derives every table of the bundled evidence.
pub fn derive(shared: &Path, root: &Path) -> Result<Vec<Derived>> {
    Ok(vec![
        Derived {
            path: "data/pak-afg/unhcr_afghans_in_pakistan.csv".into(),
            text: to_csv(&unhcr_population(shared)?)?,
        },
        Derived {
            path: "data/pak-afg/unhcr_host_provinces.csv".into(),
            text: to_csv(&unhcr_provinces(shared, root)?)?,
        },
        Derived {
            path: "data/pak-afg/trade_reported.csv".into(),
            text: to_csv(&trade(shared)?)?,
        },
        Derived {
            path: "data/pak-afg/ucdp_battle_deaths.csv".into(),
            text: to_csv(&ucdp_brd(shared)?)?,
        },
        Derived {
            path: "data/pak-afg/ucdp_armed_conflict.csv".into(),
            text: to_csv(&ucdp_acd(shared)?)?,
        },
        Derived {
            path: "data/pak-afg/ucdp_ged_pakistan.csv".into(),
            text: to_csv(&ucdp_ged(shared)?)?,
        },
        Derived {
            path: "data/pak-afg/owid_ucdp_deaths.csv".into(),
            text: to_csv(&owid(shared)?)?,
        },
        Derived {
            path: "data/pak-afg/security_published.csv".into(),
            text: to_csv(&security(shared)?)?,
        },
        Derived {
            path: "data/pak-afg/connectivity.csv".into(),
            text: to_csv(&connectivity(shared)?)?,
        },
        Derived {
            path: "data/pak-afg/pew_pakistan.csv".into(),
            text: to_csv(&pew(shared)?)?,
        },
        Derived {
            path: "data/pak-afg/bilateral_opinion_items.csv".into(),
            text: to_csv(&bilateral_opinion(shared)?)?,
        },
    ])
}

const UNHCR_LICENCE: &str =
    "CC BY 4.0; cite as UNHCR Refugee Data Finder, via the refugees R package";
const UNHCR_PACKAGE_URL: &str = "https://github.com/PopulationStatistics/refugees";

/// What one release of the refugees package carries, as UNHCR names it.
struct UnhcrRelease {
    /// The package commit (its first seven characters): a locator, not a name.
    commit: &'static str,
    /// UNHCR's name for the statistics the release carries.
    name: &'static str,
    /// Whether the release's newest year is a mid-year figure: stocks at 30 June and flows of January to
    /// June, as Mid-Year Trends publish them.
    newest_year_is_mid_year: bool,
}

/// Every release of the refugees package that the bundled figures read, named after the UNHCR
/// publication whose statistics it carries (Global Trends in June, Mid-Year Trends in the autumn). The
/// package's commit messages ("data complete", "flows fix, …") describe code, not data, so they are kept
/// only in each figure's note. A release missing here stops the derivation: it must be named on purpose.
const UNHCR_RELEASES: [UnhcrRelease; 12] = [
    UnhcrRelease {
        commit: "7f54137",
        name: "end-2022 statistics before Global Trends 2022",
        newest_year_is_mid_year: false,
    },
    UnhcrRelease {
        commit: "f0e9a21",
        name: "end-2022 statistics before Global Trends 2022, second packaging",
        newest_year_is_mid_year: false,
    },
    UnhcrRelease {
        commit: "12b0e39",
        name: "Global Trends 2022",
        newest_year_is_mid_year: false,
    },
    UnhcrRelease {
        commit: "63fcff8",
        name: "Global Trends 2022, demographics corrected",
        newest_year_is_mid_year: false,
    },
    UnhcrRelease {
        commit: "b6cc487",
        name: "Mid-Year Trends 2023",
        newest_year_is_mid_year: true,
    },
    UnhcrRelease {
        commit: "e756013",
        name: "Global Trends 2023",
        newest_year_is_mid_year: false,
    },
    UnhcrRelease {
        commit: "213f177",
        name: "Mid-Year Trends 2024",
        newest_year_is_mid_year: true,
    },
    UnhcrRelease {
        commit: "5b1f3a1",
        name: "Global Trends 2024",
        newest_year_is_mid_year: false,
    },
    UnhcrRelease {
        commit: "68f1399",
        name: "Mid-Year Trends 2025",
        newest_year_is_mid_year: true,
    },
    // Its 2025 values repeat the mid-year ones: only the returns of 2022 and 2023 were revised.
    UnhcrRelease {
        commit: "8f9b50c",
        name: "Mid-Year Trends 2025, returns of 2022–2023 revised",
        newest_year_is_mid_year: true,
    },
    UnhcrRelease {
        commit: "fbc3be0",
        name: "Global Trends 2025",
        newest_year_is_mid_year: false,
    },
    UnhcrRelease {
        commit: "8239ce0",
        name: "Global Trends 2025, flows corrected",
        newest_year_is_mid_year: false,
    },
];

/// The release of the refugees package at `commit`, or an error saying it must be named.
fn unhcr_release(commit: &str) -> Result<&'static UnhcrRelease> {
    UNHCR_RELEASES
        .iter()
        .find(|release| commit.starts_with(release.commit))
        .ok_or_else(|| {
            anyhow::anyhow!(
                "the refugees package release `{commit}` has no UNHCR name\nhint: add it to UNHCR_RELEASES in xtask/src/evidence.rs with the publication it carries"
            )
        })
}

/// A release's label: UNHCR's name and the date the package published it.
fn unhcr_label(release: &UnhcrRelease, date: &str) -> String {
    format!("{}, released {date}", release.name)
}

fn unhcr_population(shared: &Path) -> Result<Vec<Figure>> {
    const CATEGORIES: [(&str, &str); 6] = [
        ("refugees", "refugees.registered"),
        ("asylum_seekers", "refugees.asylum_seekers"),
        ("returned_refugees", "refugees.returned"),
        ("ooc", "refugees.others_of_concern"),
        ("oip", "refugees.other_in_need_of_protection"),
        ("hst", "refugees.host_community"),
    ];
    let rows = read_rows(&shared.join("humanitarian/unhcr_afg_in_pak_vintages.csv"))?;
    // The newest year each release carries: in a Mid-Year Trends release, that year's figures are
    // mid-year ones.
    let mut newest_years: BTreeMap<&str, &str> = BTreeMap::new();
    for row in &rows {
        let newest = newest_years.entry(get(row, "vintage_commit")).or_insert("");
        if get(row, "year") > *newest {
            *newest = get(row, "year");
        }
    }
    let mut figures = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let commit = get(row, "vintage_commit");
        let date = get(row, "vintage_date");
        let year = get(row, "year");
        let release = unhcr_release(commit)?;
        let newest_year = newest_years.get(commit).copied().unwrap_or_default();
        let mid_year = release.newest_year_is_mid_year && year == newest_year;
        let citation = Citation {
            publisher: "UNHCR".to_string(),
            dataset: "Refugee Data Finder: population".to_string(),
            vintage: unhcr_label(release, date),
            vintage_date: date.to_string(),
            url: UNHCR_PACKAGE_URL.to_string(),
            licence: UNHCR_LICENCE.to_string(),
        };
        for (column, indicator) in CATEGORIES {
            let value = get(row, column);
            if value.is_empty() {
                continue;
            }
            // Returns are a flow over a period, the other categories stocks at a date: a Mid-Year
            // Trends release counts returns of January to June, so its period is the first half.
            let flow = column == "returned_refugees";
            let (period, basis) = match (flow, mid_year) {
                (true, true) => (
                    format!("{year}-H1"),
                    "returns in January–June (Mid-Year Trends release)",
                ),
                (true, false) => (year.to_string(), "returns during the year"),
                (false, true) => (year.to_string(), "mid-year stock (Mid-Year Trends release)"),
                (false, false) => (year.to_string(), "end-year stock"),
            };
            figures.push(Figure {
                indicator: indicator.to_string(),
                subject: "AFG→PAK".to_string(),
                period,
                value: value.to_string(),
                unit: "persons".to_string(),
                concept: format!("Afghans in Pakistan: {}", column.replace('_', " ")),
                basis: basis.to_string(),
                locator: format!(
                    "unhcr_afg_in_pak_vintages.csv record {}, column {column}",
                    index + 1
                ),
                note: format!("refugees package commit {commit}"),
                ..citation.figure()
            });
        }
    }
    Ok(figures)
}

/// The province a UNHCR location label names, or the refugee village it names.
enum Place {
    Province(&'static str),
    Village(String),
    Dispersed,
}

fn classify_location(label: &str) -> Place {
    let lower = label.to_lowercase();
    let base = [
        "[admin 3: poc]",
        "[admin 1]",
        "[admin 2]",
        ": point",
        ": province",
        ": district",
        ": federal capital territory",
        ": pakistan administered area",
    ]
    .iter()
    .fold(lower.clone(), |acc, suffix| acc.replace(suffix, ""))
    .trim()
    .to_string();
    let province = match base.as_str() {
        "khyber pakhtunkhwa"
        | "nwfp"
        | "north west frontier province"
        | "north-west-frontier province"
        | "peshawar" => Some("Khyber Pakhtunkhwa"),
        "balochistan" | "quetta" => Some("Balochistan"),
        "punjab" => Some("Punjab"),
        "sindh" | "sind" | "karachi" => Some("Sindh"),
        "islamabad" => Some("Islamabad"),
        "azad kashmir" => Some("Azad Kashmir"),
        "gilgit-baltistan" | "gilgit baltistan" => Some("Gilgit-Baltistan"),
        _ => None,
    };
    // A point named after a province ("Islamabad : Point") lies in it. A district that shares its name
    // with a refugee village ("Chagai [Admin 2]") is placed through the village table.
    match province {
        Some(province) => Place::Province(province),
        None if base.starts_with("dispersed") => Place::Dispersed,
        None => Place::Village(base),
    }
}

fn unhcr_provinces(shared: &Path, root: &Path) -> Result<Vec<Figure>> {
    let villages_path = root.join("data/reference/pak_refugee_villages.csv");
    let mut village_province: HashMap<String, String> = HashMap::new();
    for row in read_rows(&villages_path)? {
        let province = get(&row, "province").to_string();
        for spelling in
            std::iter::once(get(&row, "village")).chain(get(&row, "spellings").split('|'))
        {
            if !spelling.is_empty() {
                village_province.insert(spelling.to_lowercase(), province.clone());
            }
        }
    }
    let releases = [
        (
            "unhcr_demographics_afg_pak_2001_2025.csv",
            "Global Trends 2025, released 2026-06-12",
            "2026-06-12",
            "fbc3be092cbcfb7b5a3559483072eec9f88a62ef",
        ),
        (
            "unhcr_demographics_afg_pak_2025_latest.csv",
            "Global Trends 2025, flows corrected, released 2026-06-25",
            "2026-06-25",
            "0c16a6d0c2f37d8578f9b9e3d1e4459efe850398",
        ),
    ];
    let mut figures = Vec::new();
    for (file, vintage, date, commit) in releases {
        let rows = read_rows(&shared.join("humanitarian").join(file))?;
        // (year, place) -> (persons, persons at villages, records)
        let mut totals: BTreeMap<(i32, String), (f64, f64, Vec<usize>)> = BTreeMap::new();
        for (index, row) in rows.iter().enumerate() {
            if get(row, "coo_iso") != "AFG"
                || get(row, "coa_iso") != "PAK"
                || get(row, "pop_type") != "REF"
            {
                continue;
            }
            let year: i32 = get(row, "year")
                .parse()
                .with_context(|| format!("{file}: record {}: year", index + 1))?;
            let persons: f64 = match get(row, "total") {
                "" => 0.0,
                text => text
                    .parse()
                    .with_context(|| format!("{file}: record {}: total `{text}`", index + 1))?,
            };
            let (place, at_village) = match classify_location(get(row, "location")) {
                Place::Province(province) => (province.to_string(), false),
                Place::Dispersed => ("unassigned".to_string(), false),
                Place::Village(village) => match village_province.get(&village) {
                    Some(province) => (province.clone(), true),
                    None => ("unassigned".to_string(), true),
                },
            };
            let entry = totals
                .entry((year, place))
                .or_insert((0.0, 0.0, Vec::new()));
            entry.0 += persons;
            if at_village {
                entry.1 += persons;
            }
            entry.2.push(index + 1);
        }
        let citation = Citation {
            publisher: "UNHCR".to_string(),
            dataset: "Refugee Data Finder: demographics by location".to_string(),
            vintage: vintage.to_string(),
            vintage_date: date.to_string(),
            url: UNHCR_PACKAGE_URL.to_string(),
            licence: UNHCR_LICENCE.to_string(),
        };
        for ((year, place), (persons, at_villages, records)) in totals {
            let what = if place == "unassigned" {
                "refugees at locations not placed in a province (dispersed, or a refugee village missing from data/reference/pak_refugee_villages.csv)".to_string()
            } else {
                format!("refugees recorded in {place}, including its refugee villages")
            };
            figures.push(Figure {
                indicator: "refugees.registered_by_province".to_string(),
                subject: format!("AFG→PAK/{place}"),
                period: year.to_string(),
                value: number(persons),
                unit: "persons".to_string(),
                concept: what,
                basis: "sum of the REF rows of the demographics table for the province's own and its villages' locations".to_string(),
                locator: format!("{file}: {} records ({})", records.len(), compress_ranges(&records)),
                note: format!("{} persons at refugee villages; refugees package commit {commit}", number(at_villages)),
                ..citation.figure()
            });
        }
    }
    Ok(figures)
}

/// Writes record numbers compactly: `3-5, 9`.
fn compress_ranges(numbers: &[usize]) -> String {
    let mut parts: Vec<String> = Vec::new();
    let mut index = 0;
    while index < numbers.len() {
        let start = numbers[index];
        let mut end = start;
        while index + 1 < numbers.len() && numbers[index + 1] == end + 1 {
            index += 1;
            end = numbers[index];
        }
        parts.push(if start == end {
            format!("{start}")
        } else {
            format!("{start}-{end}")
        });
        index += 1;
    }
    parts.join(", ")
}

fn trade(shared: &Path) -> Result<Vec<Figure>> {
    let rows = read_rows(&shared.join("economy/trade_pak_afg_reported_figures.csv"))?;
    let mut figures = Vec::new();
    for row in &rows {
        let id = get(row, "record_id");
        let (indicator, subject) = match get(row, "flow") {
            "PAK_exports_to_AFG" => ("trade.exports", "PAK→AFG"),
            "AFG_imports_from_PAK" => ("trade.imports", "PAK→AFG"),
            "AFG_exports_to_PAK" => ("trade.exports", "AFG→PAK"),
            "PAK_imports_from_AFG" => ("trade.imports", "AFG→PAK"),
            "total_bilateral" => ("trade.total", "PAK-AFG"),
            "AFG_transit_imports_via_PAK" => ("trade.transit_imports", "AFG"),
            other => bail!("trade figures: record {id}: unknown flow `{other}`"),
        };
        let (start, end) = (get(row, "period_start"), get(row, "period_end"));
        let period = match get(row, "period_type") {
            _ if start.is_empty() => "undated".to_string(),
            "calendar_year" => start[..4].to_string(),
            "month" => start[..7].to_string(),
            "PAK_fiscal_year_Jul_Jun" if start.ends_with("-07-01") && end.ends_with("-06-30") => {
                format!("FY{}-{}", &start[..4], &end[2..4])
            }
            _ => format!("{start}..{end}"),
        };
        let agency = get(row, "agency_cited");
        let basis = if agency.contains("State Bank") {
            "banking-channel payments (balance of payments)"
        } else if agency.contains("PBS") || agency.contains("customs") {
            "customs records"
        } else if agency.contains("Ministry of Industry") {
            "Afghan ministry figures"
        } else {
            "not stated"
        };
        let date = get(row, "publication_date");
        let status = if get(row, "notes").contains("QUALITY FLAG") {
            "claimed"
        } else {
            "observed"
        };
        let citation = Citation {
            publisher: get(row, "publisher").to_string(),
            dataset: format!(
                "press report: {}",
                get(row, "source_url")
                    .trim_start_matches("https://")
                    .trim_start_matches("http://")
            ),
            vintage: if date.is_empty() {
                "undated".to_string()
            } else {
                date.to_string()
            },
            vintage_date: if date.len() == 10 {
                date.to_string()
            } else {
                String::new()
            },
            url: get(row, "source_url").to_string(),
            licence: "a fact reported in the press; cite the article".to_string(),
        };
        figures.push(Figure {
            indicator: indicator.to_string(),
            subject: subject.to_string(),
            period,
            value: get(row, "value_usd_million").to_string(),
            unit: "USD million".to_string(),
            status: status.to_string(),
            concept: get(row, "concept").to_string(),
            basis: basis.to_string(),
            agency: agency.to_string(),
            locator: format!("trade_pak_afg_reported_figures.csv record {id}"),
            note: [
                format!("period as published: {}", get(row, "period_label")),
                get(row, "notes").to_string(),
            ]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("; "),
            ..citation.figure()
        });
    }
    Ok(figures)
}

fn read_bytes(path: &Path) -> Result<Vec<u8>> {
    std::fs::read(path).with_context(|| format!("reading `{}`", path.display()))
}

/// Converts a figure read by one of dyad's parsers into a row of the figures format.
fn from_record(record: &dyad_ingest::Record) -> Figure {
    let (observation, source) = (&record.observation, &record.source);
    Figure {
        indicator: observation.indicator.clone(),
        subject: observation.subject.clone(),
        period: observation
            .period
            .map_or_else(|| "undated".to_string(), |p| p.to_string()),
        value: observation.value.text.clone(),
        unit: observation.unit.clone(),
        status: observation.status.to_string(),
        concept: observation.concept.clone(),
        basis: observation.basis.clone(),
        agency: observation.agency.clone(),
        publisher: source.publisher.clone(),
        dataset: source.dataset.clone(),
        vintage: source.vintage.clone(),
        vintage_date: source.vintage_date.clone(),
        url: source.url.clone(),
        licence: source.licence.clone(),
        locator: record.locator.clone(),
        note: observation.note.clone(),
    }
}

/// Whether a UCDP figure's conflict is located in Afghanistan or Pakistan, as its basis says
/// (`…; conflict located in Afghanistan, Pakistan`).
fn located_in_the_pair(record: &dyad_ingest::Record) -> bool {
    let location = record
        .observation
        .basis
        .split("conflict located in ")
        .nth(1)
        .unwrap_or("");
    location.contains("Afghanistan") || location.contains("Pakistan")
}

/// UCDP battle deaths for the dyads whose conflict is located in Afghanistan or Pakistan, read by the
/// same parser as `dyad ingest ucdp-brd`, so that the bundled rows and an ingested file agree.
fn ucdp_brd(shared: &Path) -> Result<Vec<Figure>> {
    let name = "ucdp_brd_conflict_v24_1.csv";
    let bytes = read_bytes(&shared.join("conflict").join(name))?;
    let parsed = dyad_ingest::ucdp::parse_brd(name, &bytes, &dyad_ingest::Options::default())?;
    Ok(parsed
        .records
        .iter()
        .filter(|r| located_in_the_pair(r))
        .map(from_record)
        .collect())
}

/// How UCDP asks ACD 25.1 to be cited, as the shared folder's SOURCES file gives it.
const ACD_ATTRIBUTION: &str = "CC BY 4.0; cite the Uppsala Conflict Data Program (UCDP): Davies, S., Pettersson, T., Sollenberg, M. & Öberg, M. (2025) \"Organized violence 1989–2024…\", Journal of Peace Research 62(4); Gleditsch et al. (2002) \"Armed Conflict 1946–2001: A New Dataset\", Journal of Peace Research 39(5)";

/// UCDP/PRIO armed conflict intensity for every conflict-year located in Afghanistan or Pakistan, from
/// release 25.1 (1946–2024), read by the parser of `dyad ingest ucdp-acd`.
///
/// Only 25.1 is bundled: each ACD release restates the whole series from 1946, so an older one adds no
/// year that 25.1 lacks, and no ACD table was bundled before that a newer one would have to stand beside.
///
/// The shared copy is a spreadsheet re-save that breaks the record of conflict 11349 (China) over lines
/// 42 and 43. It is read leniently, and the derivation fails unless that record, and only it, is set
/// aside, so that no other row can go missing unnoticed; it is not about the pair either way.
fn ucdp_acd(shared: &Path) -> Result<Vec<Figure>> {
    let name = "ucdp_prio_acd_v25_1.csv";
    let bytes = read_bytes(&shared.join("conflict").join(name))?;
    let options = dyad_ingest::Options {
        mode: dyad_ingest::Mode::Lenient,
        ..dyad_ingest::Options::default()
    };
    let parsed = dyad_ingest::ucdp::parse_acd(name, &bytes, &options)?;
    let set_aside: Vec<String> = parsed
        .quarantined
        .iter()
        .map(|q| format!("line {}: {}", q.error.line, q.error))
        .collect();
    let only_the_known_split = matches!(
        parsed.quarantined.as_slice(),
        [split] if split.error.line == 42 && split.raw.starts_with("11349,China,")
    );
    if !only_the_known_split || parsed.n_rows != 2751 {
        bail!(
            "{name}: expected 2,751 records with only the split record of conflict 11349 (line 42) set aside, read {} with {} set aside: {}",
            parsed.n_rows,
            set_aside.len(),
            set_aside.join("; ")
        );
    }
    Ok(parsed
        .records
        .iter()
        .filter(|r| located_in_the_pair(r))
        .map(|r| Figure {
            licence: ACD_ATTRIBUTION.to_string(),
            ..from_record(r)
        })
        .collect())
}

// (year, type of violence, dyad) -> (events, best, low, high)
/// Year, type of violence, dyad, adm_1, adm_2.
type GedKey = (i32, String, String, String, String);
type GedTotals = (u64, f64, f64, f64);

/// UCDP GED events in Pakistan, read by the parser of `dyad ingest ucdp-ged` and aggregated by year,
/// type of violence and dyad.
fn ucdp_ged(shared: &Path) -> Result<Vec<Figure>> {
    let name = "ucdp_ged_pakistan_hdx.csv";
    let bytes = read_bytes(&shared.join("conflict").join(name))?;
    let options = dyad_ingest::Options {
        version: Some("22.1".to_string()),
        ..dyad_ingest::Options::default()
    };
    let parsed = dyad_ingest::ucdp::parse_ged(name, &bytes, &options)?;
    if parsed.events.len() != 6416 {
        bail!(
            "{name}: expected 6,416 events, read {}",
            parsed.events.len()
        );
    }
    let mut groups: BTreeMap<GedKey, GedTotals> = BTreeMap::new();
    for record in &parsed.events {
        let event = &record.event;
        let dyad = format!("{} – {}", event.actor1.name, event.actor2.name);
        let key = (
            event.date_start.year(),
            event.source_type.clone(),
            dyad,
            event.admin1.clone(),
            event.admin2.clone(),
        );
        let totals = groups.entry(key).or_default();
        totals.0 += 1;
        totals.1 += event.fatalities.unwrap_or(0.0);
        totals.2 += event.fatalities_low.unwrap_or(0.0);
        totals.3 += event.fatalities_high.unwrap_or(0.0);
    }
    let source = parsed.source.expect("GED has a source");
    let citation = Citation {
        publisher: source.publisher,
        dataset: format!("{}, Pakistan", source.dataset),
        vintage: source.vintage,
        vintage_date: String::new(),
        url: "https://data.humdata.org/dataset/ucdp-data-for-pakistan".to_string(),
        licence: source.licence,
    };
    let mut figures = Vec::new();
    for ((year, violence, dyad, admin1, admin2), (count, best, low, high)) in groups {
        let code = violence.trim_start_matches("type_of_violence ");
        // The place is part of the basis, written `located in PAK / adm_1 / adm_2` so that the border
        // recipes of dyad-measure can read it back.
        let common = Figure {
            subject: dyad.clone(),
            period: year.to_string(),
            concept: violence_type(code).to_string(),
            basis: format!("located in PAK / {admin1} / {admin2}"),
            locator: format!(
                "{name}: year {year}, {violence}, sides {dyad}, adm_1 `{admin1}`, adm_2 `{admin2}`"
            ),
            ..citation.figure()
        };
        figures.push(Figure {
            indicator: "conflict.ged_events".to_string(),
            value: count.to_string(),
            unit: "events".to_string(),
            ..common.clone()
        });
        figures.push(Figure {
            indicator: "conflict.ged_deaths".to_string(),
            value: number(best),
            unit: "deaths".to_string(),
            note: format!("best estimate; low {}, high {}", number(low), number(high)),
            ..common
        });
    }
    Ok(figures)
}

fn violence_type(code: &str) -> &'static str {
    match code {
        "1" => "state-based violence",
        "2" => "non-state violence",
        "3" => "one-sided violence",
        _ => "type of violence not stated",
    }
}

fn owid(shared: &Path) -> Result<Vec<Figure>> {
    let files = [
        (
            "owid_ucdp_deaths_in_armed_conflicts_by_country_year.csv",
            "Deaths",
            "all organized violence, by where it occurred",
        ),
        (
            "owid_ucdp_deaths_intrastate_by_country_year.csv",
            "Intrastate",
            "intrastate conflicts, by where they occurred",
        ),
        (
            "owid_ucdp_deaths_interstate_by_country_year.csv",
            "Interstate",
            "interstate conflicts, by where they occurred",
        ),
    ];
    let mut figures = Vec::new();
    for (file, column, concept) in files {
        let citation = Citation {
            publisher: "Our World in Data (based on UCDP)".to_string(),
            dataset: format!("Deaths in armed conflicts: {column}"),
            vintage: "UCDP 24.1 edition".to_string(),
            vintage_date: String::new(),
            url: "https://ourworldindata.org/war-and-peace".to_string(),
            licence: "CC BY 4.0; cite Our World in Data and UCDP".to_string(),
        };
        for (index, row) in read_rows(&shared.join("conflict").join(file))?
            .iter()
            .enumerate()
        {
            let subject = match get(row, "Entity") {
                "Afghanistan" => "AFG",
                "Pakistan" => "PAK",
                _ => continue,
            };
            figures.push(Figure {
                indicator: "conflict.deaths".to_string(),
                subject: subject.to_string(),
                period: get(row, "Year").to_string(),
                value: get(row, column).to_string(),
                unit: "deaths".to_string(),
                concept: concept.to_string(),
                basis: "UCDP best estimate".to_string(),
                locator: format!("{file} record {}", index + 1),
                ..citation.figure()
            });
        }
    }
    Ok(figures)
}

fn security(shared: &Path) -> Result<Vec<Figure>> {
    let rows =
        read_rows(&shared.join("conflict/REFERENCE_published_pakistan_security_figures.csv"))?;
    let mut figures = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let organisation = get(row, "source_org");
        let publisher = match organisation {
            "CRSS" => "Center for Research and Security Studies (CRSS)",
            "PICSS" => "Pakistan Institute for Conflict and Security Studies (PICSS)",
            "SATP" => "South Asia Terrorism Portal (SATP)",
            other => bail!(
                "security figures: record {}: unknown organisation `{other}`",
                index + 1
            ),
        };
        let indicator = match get(row, "metric") {
            "terror_attacks" | "militant_attacks" => "security.militant_attacks",
            "security_force_operations" => "security.ct_operations",
            "incidents_terror_attacks_plus_ct_operations" => "security.incidents_total",
            "violence_related_fatalities" => "security.violence_fatalities",
            "injuries" => "security.injuries",
            "security_force_fatalities" => "security.security_force_fatalities",
            "civilian_plus_security_fatalities" => "security.civilian_and_security_fatalities",
            "militants_killed" => "security.militants_killed",
            "terrorism_related_deaths" | "terrorism_related_fatalities" => {
                "security.terrorism_fatalities"
            }
            other => bail!(
                "security figures: record {}: unknown metric `{other}`",
                index + 1
            ),
        };
        let period_text = get(row, "period");
        // One period is written in words: "2025 (to 2025-12-18)" is the year up to that day.
        let period = match period_text.split_once(" (to ") {
            Some((year, rest)) => format!("{year}-01-01..{}", rest.trim_end_matches(')')),
            None => period_text.to_string(),
        };
        let date = get(row, "article_date");
        let citation = Citation {
            publisher: publisher.to_string(),
            dataset: format!("{organisation} security figures, as quoted in the press"),
            vintage: date.to_string(),
            vintage_date: if date.len() == 10 {
                date.to_string()
            } else {
                String::new()
            },
            url: get(row, "cited_by_url").to_string(),
            licence: "a fact reported in the press; cite the organisation and the article"
                .to_string(),
        };
        figures.push(Figure {
            indicator: indicator.to_string(),
            subject: "PAK".to_string(),
            period,
            value: get(row, "value").to_string(),
            unit: get(row, "unit").to_string(),
            concept: get(row, "metric").replace('_', " "),
            basis: "as published by the organisation".to_string(),
            agency: organisation.to_string(),
            locator: format!(
                "REFERENCE_published_pakistan_security_figures.csv record {}",
                index + 1
            ),
            note: [
                format!("period as published: {period_text}"),
                get(row, "scope_note").to_string(),
            ]
            .into_iter()
            .filter(|part| !part.is_empty())
            .collect::<Vec<_>>()
            .join("; "),
            ..citation.figure()
        });
    }
    Ok(figures)
}

/// The first year (1990–2039) written in a text, if any.
fn first_year(text: &str) -> Option<&str> {
    let bytes = text.as_bytes();
    (0..bytes.len().saturating_sub(3)).find_map(|i| {
        let candidate = &text[i..i + 4];
        let bounded = (i == 0 || !bytes[i - 1].is_ascii_digit())
            && bytes.get(i + 4).is_none_or(|b| !b.is_ascii_digit());
        let plausible = candidate.starts_with("19") || candidate.starts_with("20");
        (bounded && plausible && candidate.bytes().all(|b| b.is_ascii_digit())).then_some(candidate)
    })
}

/// The fiscal year a text names, `FY2017-18` (or `fy2017_18`), written as a period: `FY2017-18`.
fn fiscal_year(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let at = lower.find("fy")?;
    let rest = &lower[at + 2..];
    let (first, second) = (rest.get(..4)?, rest.get(5..7)?);
    let joined = rest
        .as_bytes()
        .get(4)
        .is_some_and(|b| matches!(b, b'-' | b'_'));
    (joined
        && first.bytes().all(|b| b.is_ascii_digit())
        && second.bytes().all(|b| b.is_ascii_digit()))
    .then(|| format!("FY{first}-{second}"))
}

/// Splits a published value into the figure it starts with and the rest: `~1600 (… ); ~1800 total`.
fn leading_figure(text: &str) -> (&str, &str) {
    let end = text
        .char_indices()
        .find(|(_, c)| !(c.is_ascii_digit() || matches!(c, '~' | '.' | '-')))
        .map_or(text.len(), |(i, _)| i);
    (&text[..end], text[end..].trim())
}

fn connectivity(shared: &Path) -> Result<Vec<Figure>> {
    let rows = read_rows(&shared.join("economy/connectivity_projects_reference.csv"))?;
    let mut figures = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        let source = get(row, "source");
        let published = get(row, "value");
        let unit = get(row, "unit");
        let (value, unit, rest) = if unit == "id" {
            (published, "text", "")
        } else {
            let (value, rest) = leading_figure(published);
            (value, unit, rest)
        };
        // A fact is dated by the year its source names; a source that names none leaves it undated. A
        // figure that names the fiscal year it measures ("transit imports FY2017-18") has that period,
        // and its source's year stays its release.
        let known = first_year(source)
            .or_else(|| first_year(get(row, "attribute")))
            .unwrap_or("undated");
        let fiscal = fiscal_year(get(row, "attribute"));
        let period = fiscal.as_deref().unwrap_or(known);
        let citation = Citation {
            publisher: source.to_string(),
            dataset: "cited project fact".to_string(),
            vintage: known.to_string(),
            vintage_date: String::new(),
            url: get(row, "source_url")
                .split(" ; ")
                .next()
                .unwrap_or("")
                .to_string(),
            licence: "a fact from a cited page; cite the page".to_string(),
        };
        let mut notes = Vec::new();
        if !rest.is_empty() {
            notes.push(format!("as published: {published}"));
        }
        if !get(row, "notes").is_empty() {
            notes.push(get(row, "notes").to_string());
        }
        figures.push(Figure {
            indicator: format!(
                "connectivity.{}",
                get(row, "attribute")
                    .to_lowercase()
                    .replace(['-', ' '], "_")
            ),
            subject: get(row, "project").to_string(),
            period: period.to_string(),
            value: value.to_string(),
            unit: unit.to_string(),
            concept: get(row, "attribute").replace('_', " "),
            basis: "as stated by the cited source".to_string(),
            locator: format!("connectivity_projects_reference.csv record {}", index + 1),
            note: notes.join("; "),
            ..citation.figure()
        });
    }
    Ok(figures)
}

fn pew(shared: &Path) -> Result<Vec<Figure>> {
    let rows = read_rows(&shared.join("opinion/pew_ga_toplines_pak_and_peers.csv"))?;
    let citation = Citation {
        publisher: "Pew Research Center".to_string(),
        dataset: "Global Attitudes Survey, weighted toplines (harmonised)".to_string(),
        // Named by what it is and when it was harmonised; the repository commit it came from is a locator
        // (each figure's note), not a release name.
        vintage: "weighted toplines 2002–2015, harmonised 2024-10-16".to_string(),
        vintage_date: "2024-10-16".to_string(),
        url: "https://www.pewresearch.org/global/datasets/".to_string(),
        licence: "Pew Research Center data, used with attribution; Pew bears no responsibility for the analyses or interpretations of the data presented here".to_string(),
    };
    let mut figures = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        if get(row, "country_iso3") != "PAK" {
            continue;
        }
        let question = get(row, "question");
        figures.push(Figure {
            indicator: format!("opinion.pew.{}", question.to_lowercase()),
            subject: "PAK".to_string(),
            period: get(row, "wave").to_string(),
            value: get(row, "weighted_pct").to_string(),
            unit: "percent".to_string(),
            concept: get(row, "response").to_string(),
            basis: "weighted share of respondents, don't know and refused included".to_string(),
            locator: format!("pew_ga_toplines_pak_and_peers.csv record {}", index + 1),
            note: format!(
                "question {question}; n {} of {} valid (unweighted); harmonised file pew_opi commit 9fa28b6",
                get(row, "n_unweighted"),
                get(row, "n_valid_unweighted")
            ),
            ..citation.figure()
        });
    }
    Ok(figures)
}

/// One item of the FATA poll that asks about Afghanistan or Afghans, and where the question file keeps
/// its wording.
struct FataItem {
    /// The data column, as the derived toplines name it.
    variable: &'static str,
    /// The last part of the indicator's name.
    slug: &'static str,
    /// The question file's group and key for the item, and which occurrence of the key (0 for the first).
    group: &'static str,
    key: &'static str,
    occurrence: usize,
    /// What the row's note must say about the question file's own reading of the item.
    quirk: &'static str,
}

/// The FATA poll's items about the neighbour, chosen by what they ask rather than by their wording: the
/// question file spells the Afghan Taliban item `Aghan`, so a search for `Afghan` would miss it. The
/// poll's other items (the Pakistani Taliban, the federal government, the army's operations) are about
/// Pakistan alone.
const FATA_ITEMS: [FataItem; 5] = [
    FataItem {
        variable: "Q1k",
        slug: "afghan_refugees_issue",
        group: "Q1",
        key: "Q1k",
        occurrence: 0,
        quirk: "",
    },
    FataItem {
        variable: "Q7f",
        slug: "afghan_taliban_favourability",
        group: "Q7",
        key: "Q7g",
        occurrence: 0,
        quirk: "the question file keys this item `Q7g`, as it does the next one, and spells it `Aghan Taliban`; the data column is Q7f",
    },
    FataItem {
        variable: "Q8g",
        slug: "us_withdrawal_from_afghanistan",
        group: "Q8",
        key: "Q8g",
        occurrence: 0,
        quirk: "",
    },
    FataItem {
        variable: "Q11c",
        slug: "afghan_taliban_presence",
        group: "Q11",
        key: "Q11c",
        occurrence: 0,
        quirk: "",
    },
    FataItem {
        variable: "Q13b",
        slug: "negotiate_with_afghan_taliban",
        group: "Q13",
        key: "Q13b",
        occurrence: 0,
        quirk: "",
    },
];

const FATA_TOPLINES: &str = "DERIVED_newamerica_fata_poll_2010_afghanistan_items_toplines.csv";
const FMS_TOPLINES: &str =
    "DERIVED_fair_malhotra_shapiro_2009_pakistan_endorsement_experiment_toplines.csv";

/// Two Pakistani surveys' items about Afghanistan: the FATA poll of 2010 (one row per item and response,
/// the wording quoted from the poll's question file) and the 2009 endorsement experiment's Durand Line
/// item (one mean per experimental arm).
fn bilateral_opinion(shared: &Path) -> Result<Vec<Figure>> {
    let mut figures = fata_poll(shared)?;
    figures.extend(endorsement_experiment(shared)?);
    Ok(figures)
}

fn fata_poll(shared: &Path) -> Result<Vec<Figure>> {
    let questions_path = shared.join("opinion/newamerica_fata_poll_2010_questions.json");
    let questions_text = std::fs::read_to_string(&questions_path)
        .with_context(|| format!("reading `{}`", questions_path.display()))?;
    let groups = questions::read(&questions_text)
        .with_context(|| format!("reading `{}`", questions_path.display()))?;
    let rows = read_rows(&shared.join("opinion").join(FATA_TOPLINES))?;
    let citation = Citation {
        publisher: "New America Foundation and Terror Free Tomorrow".to_string(),
        dataset: "FATA poll 2010 (fieldwork by CAMP), toplines of the respondent file".to_string(),
        // The respondent file as published on 2010-10-21; the repository commit is kept in the README.
        vintage: "respondent file, published 2010-10-21".to_string(),
        vintage_date: "2010-10-21".to_string(),
        url: "https://github.com/developmentseed/fata".to_string(),
        licence: "no licence stated: aggregates only, with attribution; poll by the New America Foundation and Terror Free Tomorrow, question wording from Development Seed's FATA poll site".to_string(),
    };
    let mut figures = Vec::new();
    for item in &FATA_ITEMS {
        let (group, question) = questions::find(&groups, item.group, item.key, item.occurrence)?;
        let wording = format!("{} — {}", group.text, question.name);
        let item_rows: Vec<(usize, &Row)> = rows
            .iter()
            .enumerate()
            .filter(|(_, row)| get(row, "variable") == item.variable)
            .collect();
        if item_rows.is_empty() {
            bail!("{FATA_TOPLINES}: no rows for item {}", item.variable);
        }
        // The item's counts must account for every respondent, or a response is missing.
        let n_respondents: u64 = get(item_rows[0].1, "n").parse().with_context(|| {
            format!(
                "{FATA_TOPLINES}: item {}: `n` is not a count",
                item.variable
            )
        })?;
        let mut n_counted = 0;
        for (index, row) in &item_rows {
            let response = get(row, "response");
            // A response the question file does not offer for the item's group means the item was matched
            // to the wrong group.
            if !group
                .answers
                .iter()
                .any(|answer| answer.eq_ignore_ascii_case(response))
            {
                bail!(
                    "{FATA_TOPLINES}: record {}: response `{response}` is not an answer of question group {}",
                    index + 1,
                    item.group
                );
            }
            let count: u64 = get(row, "count").parse().with_context(|| {
                format!(
                    "{FATA_TOPLINES}: record {}: `count` is not a count",
                    index + 1
                )
            })?;
            n_counted += count;
            let mut notes = vec![
                format!("item {}", item.variable),
                format!("n {count} of {n_respondents} (unweighted)"),
                format!("population: {}", get(row, "population")),
            ];
            if !item.quirk.is_empty() {
                notes.push(item.quirk.to_string());
            }
            figures.push(Figure {
                indicator: format!("opinion.about.afg.fata_2010.{}", item.slug),
                subject: "PAK/FATA".to_string(),
                period: get(row, "fieldwork").to_string(),
                value: get(row, "pct_unweighted").to_string(),
                unit: "percent".to_string(),
                concept: wording.clone(),
                basis: format!(
                    "share answering \"{response}\" (unweighted; don't know and refused included)"
                ),
                locator: format!(
                    "{FATA_TOPLINES} record {}; wording: question file group {}, key {}",
                    index + 1,
                    item.group,
                    item.key
                ),
                note: notes.join("; "),
                ..citation.figure()
            });
        }
        if n_counted != n_respondents {
            bail!(
                "{FATA_TOPLINES}: the responses to item {} count {n_counted} of {n_respondents} respondents",
                item.variable
            );
        }
    }
    Ok(figures)
}

fn endorsement_experiment(shared: &Path) -> Result<Vec<Figure>> {
    let rows = read_rows(&shared.join("opinion").join(FMS_TOPLINES))?;
    let citation = Citation {
        publisher: "C. Christine Fair, Neil Malhotra and Jacob N. Shapiro".to_string(),
        dataset: "Pakistan survey endorsement experiment 2009 (as in Bullock, Imai and Shapiro 2011), via the endorse R package".to_string(),
        // The replication data as the `endorse` package 1.6.2 ships them; its commit is in the README.
        vintage: "replication data in endorse 1.6.2".to_string(),
        vintage_date: String::new(),
        url: "https://cran.r-project.org/package=endorse".to_string(),
        licence: "aggregates of the replication data (Harvard Dataverse hdl:1902.1/14840; endorse package GPL-2 or later); cite Fair, Malhotra and Shapiro (2009) and Bullock, Imai and Shapiro (2011)".to_string(),
    };
    let mut figures = Vec::new();
    for (index, row) in rows.iter().enumerate() {
        // Only the Durand Line item asks about the neighbour; the experiment's other policies (FCR reform,
        // polio vaccination, madrasa curricula) are domestic.
        if get(row, "policy") != "Durand" {
            continue;
        }
        let record = index + 1;
        let counts: Vec<u64> = ["n_1_lowest", "n_2", "n_3", "n_4", "n_5_highest"]
            .iter()
            .map(|column| {
                get(row, column).parse().with_context(|| {
                    format!("{FMS_TOPLINES}: record {record}: `{column}` is not a count")
                })
            })
            .collect::<Result<_>>()?;
        let n: u64 = get(row, "n")
            .parse()
            .with_context(|| format!("{FMS_TOPLINES}: record {record}: `n` is not a count"))?;
        let mean_text = get(row, "mean_support_1to5");
        let mean: f64 = mean_text.parse().with_context(|| {
            format!("{FMS_TOPLINES}: record {record}: `mean_support_1to5` is not a number")
        })?;
        // The mean is shipped as published; the counts it rests on must give it back (to the three
        // decimals it is written with), or the row is not what it says.
        let weighted: u64 = counts
            .iter()
            .zip(1..)
            .map(|(count, score)| count * score)
            .sum();
        let n_counted: u64 = counts.iter().sum();
        let recomputed = weighted as f64 / n_counted as f64;
        if n_counted != n || (recomputed - mean).abs() > 0.0005 {
            bail!(
                "{FMS_TOPLINES}: record {record}: the counts ({n_counted} respondents, mean {recomputed:.3}) do not give n {n} and mean {mean_text}"
            );
        }
        let endorser = get(row, "endorser");
        let control = get(row, "endorser_arm") == "a";
        let (indicator, basis) = if control {
            (
                "opinion.about.afg.fms_2009.durand_line_jirgas",
                "mean support on a 1–5 scale (5 highest), control arm: no endorser named"
                    .to_string(),
            )
        } else {
            // An endorsed arm measures the policy with a militant group's name attached: the difference
            // from the control arm is the experiment's measure of support for that group, not a reading of
            // opinion on the policy, so it is kept under an indicator of its own.
            (
                "opinion.endorsement.fms_2009.durand_line_jirgas",
                format!("mean support on a 1–5 scale (5 highest), arm endorsed by {endorser}"),
            )
        };
        figures.push(Figure {
            indicator: indicator.to_string(),
            subject: "PAK".to_string(),
            period: "2009".to_string(),
            value: mean_text.to_string(),
            unit: "mean score (1–5)".to_string(),
            concept: get(row, "policy_text").to_string(),
            basis,
            locator: format!("{FMS_TOPLINES} record {record}"),
            note: format!(
                "arm {}; n {n}; answers 1 to 5: {}; the item as the endorse package's data describe it (the questionnaire's full wording is in Fair, Malhotra and Shapiro 2009)",
                get(row, "endorser_arm"),
                counts
                    .iter()
                    .map(|c| c.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
            ..citation.figure()
        });
    }
    if figures.is_empty() {
        bail!("{FMS_TOPLINES}: no rows for the Durand Line item");
    }
    Ok(figures)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locations() {
        let province = |label: &str| match classify_location(label) {
            Place::Province(p) => p.to_string(),
            Place::Village(v) => format!("village {v}"),
            Place::Dispersed => "dispersed".to_string(),
        };
        assert_eq!(
            province("Khyber Pakhtunkhwa : Province"),
            "Khyber Pakhtunkhwa"
        );
        assert_eq!(
            province("Khyber Pakhtunkhwa [Admin 1]"),
            "Khyber Pakhtunkhwa"
        );
        assert_eq!(
            province("North-West-Frontier Province"),
            "Khyber Pakhtunkhwa"
        );
        assert_eq!(
            province("Islamabad : Federal capital territory"),
            "Islamabad"
        );
        assert_eq!(
            province("Azad Kashmir : Pakistan administered area"),
            "Azad Kashmir"
        );
        assert_eq!(province("Karachi : District"), "Sindh");
        assert_eq!(province("Panian : Point"), "village panian");
        assert_eq!(
            province("Akora Khattak [Admin 3: POC]"),
            "village akora khattak"
        );
        assert_eq!(province("Islamabad : Point"), "Islamabad");
        assert_eq!(
            province("Dispersed in the country / territory"),
            "dispersed"
        );
    }

    #[test]
    fn helpers() {
        assert_eq!(compress_ranges(&[1, 2, 3, 7, 9, 10]), "1-3, 7, 9-10");
        assert_eq!(
            first_year("Pakistan Today 2013-06-21 citing ADB 2008"),
            Some("2013")
        );
        assert_eq!(first_year("ADB project 52167-001"), None);
        assert_eq!(
            leading_figure("~1600 (TKM-AFG border); ~1800 total"),
            ("~1600", "(TKM-AFG border); ~1800 total")
        );
        assert_eq!(leading_figure("88-175"), ("88-175", ""));
        assert_eq!(
            fiscal_year("afghan transit imports via karachi FY2017-18").as_deref(),
            Some("FY2017-18")
        );
        assert_eq!(fiscal_year("x fy2017_18").as_deref(), Some("FY2017-18"));
        assert_eq!(fiscal_year("bilateral trade target 2014"), None);
    }

    #[test]
    fn every_refugees_package_release_has_a_unhcr_name_and_an_unknown_one_is_refused() {
        assert_eq!(
            unhcr_release("b6cc487abc").unwrap().name,
            "Mid-Year Trends 2023"
        );
        assert!(unhcr_release("8f9b50c").unwrap().newest_year_is_mid_year);
        assert!(!unhcr_release("12b0e39").unwrap().newest_year_is_mid_year);
        let error = unhcr_release("0000000").err().unwrap().to_string();
        assert!(error.contains("has no UNHCR name"), "{error}");
        let release = unhcr_release("213f177").unwrap();
        assert_eq!(
            unhcr_label(release, "2024-10-18"),
            "Mid-Year Trends 2024, released 2024-10-18"
        );
    }
}
