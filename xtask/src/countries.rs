//! Derives `data/countries.csv`, the concordance of every country under every code scheme dyad reads.
//!
//! Inputs (all under the shared data folder's `countries/`, `economy/` and `humanitarian/`):
//! - `country_codes_datahub_pddl.csv` (ODC-PDDL): ISO alpha-2/alpha-3/numeric, M49, FIPS 10-4, names.
//! - `ocha_countries_territories_taxonomy.csv` (MIT): English name patterns and alternative names.
//! - `country_crosswalk_focal.csv` (facts): COW and Gleditsch–Ward numbers and World Bank codes for the
//!   focal countries.
//! - `cameo_country_special_codes.csv` (facts): the CAMEO codes that differ from ISO alpha-3.
//! - `comtrade_partners_ref.csv` (UN Comtrade reference facts): Comtrade codes and their validity years.
//! - `unhcr_countries.csv` (CC BY 4.0, UNHCR): UNHCR's country codes.
//!
//! Caveat: COW and Gleditsch–Ward codes are filled only where the focal crosswalk gives them; the openly
//! licensed inputs carry no complete list, and the complete lists found are GPL-3.

use std::collections::{BTreeMap, HashMap};
use std::path::Path;

use anyhow::{Context, Result};

use crate::Derived;

type Row = HashMap<String, String>;

/// Reads a CSV file into rows keyed by header, stripping a byte-order mark.
pub fn read_rows(path: &Path) -> Result<Vec<Row>> {
    let bytes = std::fs::read(path).with_context(|| format!("reading `{}`", path.display()))?;
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    let mut reader = csv::Reader::from_reader(bytes);
    let headers = reader
        .headers()
        .with_context(|| format!("reading the header of `{}`", path.display()))?
        .clone();
    let mut rows = Vec::new();
    for (index, record) in reader.records().enumerate() {
        let record =
            record.with_context(|| format!("`{}`: record {}", path.display(), index + 1))?;
        rows.push(
            headers
                .iter()
                .zip(record.iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect(),
        );
    }
    Ok(rows)
}

fn get<'a>(row: &'a Row, column: &str) -> &'a str {
    row.get(column).map_or("", |v| v.trim())
}

fn fold(name: &str) -> String {
    name.to_lowercase()
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Builds the concordance table.
pub fn derive(shared: &Path) -> Result<Derived> {
    let countries_dir = shared.join("countries");
    let datahub = read_rows(&countries_dir.join("country_codes_datahub_pddl.csv"))?;
    let ocha: HashMap<String, Row> =
        read_rows(&countries_dir.join("ocha_countries_territories_taxonomy.csv"))?
            .into_iter()
            .filter(|row| get(row, "Deprecated") != "Y")
            .map(|row| (get(&row, "ISO 3166-1 Alpha 3-Codes").to_string(), row))
            .collect();
    let focal: HashMap<String, Row> =
        read_rows(&countries_dir.join("country_crosswalk_focal.csv"))?
            .into_iter()
            .map(|row| (get(&row, "iso3").to_string(), row))
            .collect();
    let cameo_exceptions: HashMap<String, String> =
        read_rows(&countries_dir.join("cameo_country_special_codes.csv"))?
            .into_iter()
            .filter(|row| get(row, "kind") == "state_nonISO")
            .map(|row| {
                (
                    get(&row, "iso3_equivalent").to_string(),
                    get(&row, "cameo_code").to_string(),
                )
            })
            .collect();
    let unhcr: HashMap<String, (String, String)> =
        read_rows(&shared.join("humanitarian/unhcr_countries.csv"))?
            .into_iter()
            .map(|row| {
                (
                    get(&row, "iso_code").to_string(),
                    (
                        get(&row, "unhcr_code").to_string(),
                        get(&row, "name").to_string(),
                    ),
                )
            })
            .collect();
    let mut comtrade: HashMap<String, Vec<(i32, String)>> = HashMap::new();
    for row in read_rows(&shared.join("economy/comtrade_partners_ref.csv"))? {
        if get(&row, "group") != "FALSE" || get(&row, "iso_3").starts_with('_') {
            continue;
        }
        let entry: i32 = get(&row, "entry_year").parse().unwrap_or(1900);
        let code = format!("{}:{}-{}", get(&row, "id"), entry, get(&row, "exit_year"));
        comtrade
            .entry(get(&row, "iso_3").to_string())
            .or_default()
            .push((entry, code));
    }

    let mut by_iso3: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for row in &datahub {
        let iso3 = get(row, "ISO3166-1-Alpha-3").to_string();
        let ocha_row = ocha.get(&iso3);
        let from_ocha = |column: &str| ocha_row.map_or("", |r| get(r, column));
        let focal_row = focal.get(&iso3);
        let from_focal = |column: &str| focal_row.map_or("", |r| get(r, column));
        let name = [
            from_ocha("Preferred Term"),
            get(row, "CLDR display name"),
            get(row, "official_name_en"),
        ]
        .into_iter()
        .find(|n| !n.is_empty())
        .unwrap_or(&iso3)
        .to_string();
        let mut aliases: Vec<String> = Vec::new();
        let mut seen = vec![fold(&name)];
        let candidates = [
            get(row, "CLDR display name"),
            get(row, "official_name_en"),
            get(row, "UNTERM English Short"),
            get(row, "UNTERM English Formal"),
            from_ocha("ISO Alt Term"),
            from_ocha("DGACM Alt Term"),
            from_ocha("HPC Tools Alt Term"),
            from_ocha("RW Short Name"),
            from_ocha("RW API Alt Term"),
            from_ocha("English Short"),
            from_ocha("English Formal"),
            from_ocha("M49 English"),
            unhcr.get(&iso3).map_or("", |(_, n)| n.as_str()),
            from_focal("name_en"),
        ];
        for candidate in candidates {
            let folded = fold(candidate);
            if !folded.is_empty() && !seen.contains(&folded) {
                seen.push(folded);
                aliases.push(candidate.replace('|', "/"));
            }
        }
        // The source gives Serbia's FIPS code as `RIKV`, joining Serbia's and Kosovo's; Serbia's is `RI`.
        let fips = match get(row, "FIPS") {
            "RIKV" => "RI",
            other => other,
        };
        let mut comtrade_codes = comtrade.get(&iso3).cloned().unwrap_or_default();
        comtrade_codes.sort();
        let comtrade_text = comtrade_codes
            .into_iter()
            .map(|(_, code)| code)
            .collect::<Vec<_>>()
            .join(";");
        let cameo = cameo_exceptions
            .get(&iso3)
            .cloned()
            .unwrap_or_else(|| iso3.clone());
        let world_bank = match from_focal("wb_code") {
            "" => iso3.clone(),
            code => code.to_string(),
        };
        let numeric = get(row, "ISO3166-1-numeric")
            .trim_start_matches('0')
            .to_string();
        let m49 = get(row, "M49").trim_start_matches('0').to_string();
        by_iso3.insert(
            iso3.clone(),
            vec![
                iso3.clone(),
                get(row, "ISO3166-1-Alpha-2").to_string(),
                numeric,
                m49,
                name,
                comtrade_text,
                fips.to_string(),
                cameo,
                from_focal("cow_num").to_string(),
                from_focal("cow_abb").to_string(),
                from_focal("gw_num").to_string(),
                unhcr
                    .get(&iso3)
                    .map_or_else(String::new, |(code, _)| code.clone()),
                world_bank,
                from_ocha("Regex").to_string(),
                aliases.join("|"),
            ],
        );
    }
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer.write_record([
        "iso3",
        "iso2",
        "iso_numeric",
        "m49",
        "name",
        "comtrade",
        "fips",
        "cameo",
        "cow",
        "cow_abb",
        "gw",
        "unhcr",
        "wb",
        "name_pattern",
        "aliases",
    ])?;
    for record in by_iso3.values() {
        writer.write_record(record)?;
    }
    let text = String::from_utf8(writer.into_inner()?)?;
    Ok(Derived {
        path: "data/countries.csv".into(),
        text,
    })
}
