//! The Pakistan–Afghanistan border as data: the districts and provinces along it, named as each event
//! source writes them.
//!
//! The table is `data/reference/border_areas.csv`, compiled in. Names are compared after [`fold`], so
//! `Bajaur agency` (UCDP), `Bajaur` (ACLED) and `BAJAUR` are one district. GDELT places events no finer
//! than a first-level unit, so on Pakistan's side its match is a whole province (see [`Area::gdelt_adm1`]).

use std::collections::HashMap;
use std::sync::OnceLock;

pub(crate) const TABLE: &str = include_str!("../../../data/reference/border_areas.csv");

/// One district or province along the border.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Area {
    /// ISO alpha-3 of the country it lies in.
    pub country: String,
    /// `district` or `province`.
    pub level: String,
    /// The name dyad prints.
    pub name: String,
    /// The province a district lies in.
    pub parent: String,
    /// ACLED `admin1` spellings.
    pub acled_admin1: Vec<String>,
    /// ACLED `admin2` spellings (districts only).
    pub acled_admin2: Vec<String>,
    /// UCDP GED `adm_1` spellings.
    pub ucdp_adm_1: Vec<String>,
    /// UCDP GED `adm_2` spellings (districts only).
    pub ucdp_adm_2: Vec<String>,
    /// The FIPS 10-4 first-level code GDELT writes (`PK01`, `AF18`).
    pub gdelt_adm1: String,
    /// What the maintainers know about it.
    pub note: String,
}

/// Folds a place name for comparison: lower case, without the words `province`, `district`, `agency`
/// (and GED's misspelt `distrcit`), and without anything but letters and digits.
pub fn fold(name: &str) -> String {
    let mut folded = String::with_capacity(name.len());
    let mut word = String::new();
    let end_word = |word: &mut String, folded: &mut String| {
        if !matches!(
            word.as_str(),
            "province" | "district" | "distrcit" | "agency"
        ) {
            folded.push_str(word);
        }
        word.clear();
    };
    for c in name.chars() {
        if c.is_alphanumeric() {
            word.extend(c.to_lowercase());
        } else if !word.is_empty() {
            end_word(&mut word, &mut folded);
        }
    }
    end_word(&mut word, &mut folded);
    folded
}

fn spellings(field: &str) -> Vec<String> {
    field
        .split(';')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_string)
        .collect()
}

/// The border areas, in the table's order.
pub fn border_areas() -> &'static [Area] {
    static AREAS: OnceLock<Vec<Area>> = OnceLock::new();
    AREAS.get_or_init(|| {
        let mut lines = TABLE.lines();
        let header: Vec<&str> = lines.next().unwrap_or_default().split(',').collect();
        let column = |name: &str| {
            header
                .iter()
                .position(|h| *h == name)
                .unwrap_or_else(|| panic!("border_areas.csv lacks the column `{name}`"))
        };
        let [country, level, name, parent, a1, a2, u1, u2, g, note] = [
            "country",
            "level",
            "name",
            "parent",
            "acled_admin1",
            "acled_admin2",
            "ucdp_adm_1",
            "ucdp_adm_2",
            "gdelt_adm1",
            "note",
        ]
        .map(column);
        lines
            .filter(|l| !l.trim().is_empty())
            .map(|line| {
                // The table has no quoted fields; the note is the last column and may hold commas.
                let fields: Vec<&str> = line.splitn(header.len(), ',').collect();
                let get = |i: usize| fields.get(i).copied().unwrap_or_default();
                Area {
                    country: get(country).to_string(),
                    level: get(level).to_string(),
                    name: get(name).to_string(),
                    parent: get(parent).to_string(),
                    acled_admin1: spellings(get(a1)),
                    acled_admin2: spellings(get(a2)),
                    ucdp_adm_1: spellings(get(u1)),
                    ucdp_adm_2: spellings(get(u2)),
                    gdelt_adm1: get(g).to_string(),
                    note: get(note).to_string(),
                }
            })
            .collect()
    })
}

/// The border areas by country and folded spelling: districts by their second-level spellings,
/// provinces by their first-level ones, each to the first area in the table that has it.
struct Index {
    districts: HashMap<String, HashMap<String, usize>>,
    provinces: HashMap<String, HashMap<String, usize>>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = Index {
            districts: HashMap::new(),
            provinces: HashMap::new(),
        };
        for (i, area) in border_areas().iter().enumerate() {
            let (map, spellings) = if area.level == "district" {
                (&mut index.districts, [&area.acled_admin2, &area.ucdp_adm_2])
            } else {
                (&mut index.provinces, [&area.acled_admin1, &area.ucdp_adm_1])
            };
            let folded = spellings
                .into_iter()
                .flatten()
                .chain([&area.name])
                .map(|n| fold(n))
                .filter(|f| !f.is_empty());
            let names = map.entry(area.country.clone()).or_default();
            for name in folded {
                names.entry(name).or_insert(i);
            }
        }
        index
    })
}

/// The border area an ACLED or UCDP event lies in, from its country and first- and second-level units.
///
/// A Pakistani event matches by its district (`admin2`/`adm_2`); an Afghan one by its province.
pub fn area_of(country: &str, admin1: &str, admin2: &str) -> Option<&'static Area> {
    let index = index();
    let found = |map: &HashMap<String, HashMap<String, usize>>, name: &str| {
        let names = map.get(country)?;
        let folded = fold(name);
        if folded.is_empty() {
            return None;
        }
        names.get(&folded).copied()
    };
    // The first area in the table's order that either name matches.
    [
        found(&index.districts, admin2),
        found(&index.provinces, admin1),
    ]
    .into_iter()
    .flatten()
    .min()
    .map(|i| &border_areas()[i])
}

/// Whether both countries have border areas in the table: the recipes cover this pair.
pub fn covers(first: &str, second: &str) -> bool {
    let has = |country: &str| border_areas().iter().any(|a| a.country == country);
    has(first) && has(second)
}

/// Whether a GDELT first-level code (`ActionGeo_ADM1Code`) is one a border area lies in.
pub fn gdelt_border_code(adm1: &str) -> bool {
    !adm1.is_empty() && border_areas().iter().any(|a| a.gdelt_adm1 == adm1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_reads_and_names_both_sides() {
        let areas = border_areas();
        assert_eq!(areas.iter().filter(|a| a.country == "PAK").count(), 15);
        assert_eq!(areas.iter().filter(|a| a.country == "AFG").count(), 11);
        let chaman = areas.iter().find(|a| a.name == "Chaman").unwrap();
        assert_eq!(chaman.gdelt_adm1, "PK02");
        assert!(chaman.note.contains("Spin Boldak"));
    }

    #[test]
    fn sources_spell_the_same_district_differently() {
        for (country, admin1, admin2, expected) in [
            (
                "PAK",
                "Federally Administered Tribal Areas",
                "Bajaur agency",
                Some("Bajaur"),
            ),
            ("PAK", "Khyber Pakhtunkhwa", "Bajaur", Some("Bajaur")),
            (
                "PAK",
                "Khyber Pakhtunkwa province",
                "Upper Dir district",
                Some("Upper Dir"),
            ),
            (
                "PAK",
                "Balochistan",
                "Qila Abdullah",
                Some("Killa Abdullah"),
            ),
            ("PAK", "Khyber Pakhtunkhwa", "Peshawar", None),
            ("PAK", "Balochistan province", "Quetta district", None),
            ("AFG", "Nangarhar province", "", Some("Nangarhar")),
            ("AFG", "Paktia", "Gardez", Some("Paktya")),
            ("AFG", "Kabul", "Kabul", None),
            // A Pakistani district name in Afghanistan is not a match.
            ("AFG", "Khyber", "Khyber", None),
        ] {
            assert_eq!(
                area_of(country, admin1, admin2).map(|a| a.name.as_str()),
                expected,
                "{country} {admin1} / {admin2}"
            );
        }
    }

    #[test]
    fn the_table_covers_its_pair_only() {
        assert!(covers("PAK", "AFG") && covers("AFG", "PAK"));
        assert!(!covers("IND", "PAK"));
    }

    #[test]
    fn gdelt_codes() {
        assert!(gdelt_border_code("PK01"));
        assert!(gdelt_border_code("AF34"));
        assert!(!gdelt_border_code("PK04"));
        assert!(!gdelt_border_code("AF13"));
        assert!(!gdelt_border_code(""));
    }
}
