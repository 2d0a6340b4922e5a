//! Writes realistic synthetic event files for benchmarks: GDELT 2.0 exports (plain and zipped) and
//! ACLED-format exports. Nothing here comes from a real file: values are drawn from fixed pools with a
//! seeded generator, so the same command writes the same bytes.
//!
//! The GDELT rows follow the 61-column layout with realistic widths (about 410 bytes a row, as in real
//! exports), actor countries weighted towards the countries that dominate real coverage, a few percent of
//! events involving Pakistan or Afghanistan, and CAMEO codes with their QuadClass and Goldstein scores.

use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};

/// Actor countries (CAMEO), their FIPS place codes, names, and weights out of 1,000.
const COUNTRIES: [(&str, &str, &str, u32); 16] = [
    ("USA", "US", "UNITED STATES", 300),
    ("GBR", "UK", "UNITED KINGDOM", 70),
    ("RUS", "RS", "RUSSIA", 60),
    ("CHN", "CH", "CHINA", 55),
    ("IRN", "IR", "IRAN", 45),
    ("IND", "IN", "INDIA", 60),
    ("PAK", "PK", "PAKISTAN", 35),
    ("AFG", "AF", "AFGHANISTAN", 25),
    ("SYR", "SY", "SYRIA", 40),
    ("TUR", "TU", "TURKEY", 35),
    ("FRA", "FR", "FRANCE", 40),
    ("DEU", "GM", "GERMANY", 40),
    ("JPN", "JA", "JAPAN", 35),
    ("CAN", "CA", "CANADA", 40),
    ("AUS", "AS", "AUSTRALIA", 40),
    ("ISR", "IS", "ISRAEL", 80),
];

/// CAMEO event codes with QuadClass and Goldstein score.
const EVENTS: [(&str, u8, f64); 20] = [
    ("010", 1, 0.0),
    ("020", 1, 3.0),
    ("036", 1, 4.0),
    ("042", 1, 1.9),
    ("043", 1, 2.8),
    ("051", 1, 3.4),
    ("057", 1, 8.0),
    ("061", 2, 6.4),
    ("0871", 2, 5.0),
    ("112", 3, -2.0),
    ("120", 3, -4.0),
    ("130", 3, -4.4),
    ("141", 3, -6.5),
    ("173", 4, -5.0),
    ("180", 4, -9.0),
    ("183", 4, -10.0),
    ("190", 4, -10.0),
    ("193", 4, -10.0),
    ("195", 4, -10.0),
    ("200", 4, -10.0),
];

const TYPES: [&str; 8] = ["GOV", "MIL", "COP", "REB", "BUS", "MED", "CVL", "JUD"];
const PLACES: [&str; 6] = [
    "Capital District",
    "Northern Province",
    "Border Region",
    "Coastal City",
    "Central Valley",
    "Eastern Hills",
];

/// A country by the weights of real coverage or, for `pair_only`, Pakistan or Afghanistan alike.
fn pick_country(rng: &mut fastrand::Rng, pair_only: bool) -> usize {
    if pair_only {
        return 6 + rng.usize(0..2);
    }
    let mut roll = rng.u32(0..1000);
    for (index, country) in COUNTRIES.iter().enumerate() {
        if roll < country.3 {
            return index;
        }
        roll -= country.3;
    }
    0
}

fn actor(
    rng: &mut fastrand::Rng,
    fields: &mut Vec<String>,
    empty_share: u32,
    pair_only: bool,
) -> Option<usize> {
    if rng.u32(0..100) < empty_share {
        fields.extend(std::iter::repeat_n(String::new(), 10));
        return None;
    }
    let country = pick_country(rng, pair_only);
    let (code, _, name, _) = COUNTRIES[country];
    let kind = TYPES[rng.usize(0..TYPES.len())];
    fields.push(format!("{code}{kind}"));
    fields.push(name.to_string());
    fields.push(code.to_string());
    fields.extend(["", "", "", ""].map(String::from));
    fields.push(kind.to_string());
    fields.push(String::new());
    fields.push(String::new());
    Some(country)
}

fn geo(rng: &mut fastrand::Rng, fields: &mut Vec<String>, country: Option<usize>, pair_only: bool) {
    let country = country.unwrap_or_else(|| pick_country(rng, pair_only));
    let (_, fips, name, _) = COUNTRIES[country];
    let place = PLACES[rng.usize(0..PLACES.len())];
    fields.push(rng.u8(1..=4).to_string());
    fields.push(format!("{place}, {name}"));
    fields.push(fips.to_string());
    fields.push(format!("{fips}{:02}", rng.u8(1..40)));
    fields.push(if rng.bool() {
        rng.u32(10000..99999).to_string()
    } else {
        String::new()
    });
    fields.push(format!("{:.4}", rng.f64() * 140.0 - 50.0));
    fields.push(format!("{:.4}", rng.f64() * 340.0 - 170.0));
    fields.push(rng.i32(-3_000_000..3_000_000).to_string());
}

/// One synthetic export row; with `pair_only`, every actor and place is in Pakistan or Afghanistan.
pub fn gdelt_row(rng: &mut fastrand::Rng, id: u64, batch: &str, pair_only: bool) -> String {
    let (year, month, day) = (2023 + rng.i32(0..2), rng.u32(1..=12), rng.u32(1..=28));
    let mut fields: Vec<String> = Vec::with_capacity(61);
    fields.push(id.to_string());
    fields.push(format!("{year}{month:02}{day:02}"));
    fields.push(format!("{year}{month:02}"));
    fields.push(year.to_string());
    fields.push(format!(
        "{:.4}",
        f64::from(year) + f64::from(month * 30 + day) / 365.0
    ));
    let actor1 = actor(rng, &mut fields, 35, pair_only);
    let actor2 = actor(rng, &mut fields, 45, pair_only);
    let (code, quad, goldstein) = EVENTS[rng.usize(0..EVENTS.len())];
    let mentions = rng.u32(1..30);
    fields.push(rng.u8(0..2).to_string());
    fields.push(code.to_string());
    fields.push(code[..3.min(code.len())].to_string());
    fields.push(code[..2].to_string());
    fields.push(quad.to_string());
    fields.push(format!("{goldstein:.1}"));
    fields.push(mentions.to_string());
    fields.push(rng.u32(1..6).to_string());
    fields.push((mentions + rng.u32(0..5)).to_string());
    fields.push(format!("{:.14}", rng.f64() * 15.0 - 10.0));
    geo(rng, &mut fields, actor1, pair_only);
    geo(rng, &mut fields, actor2, pair_only);
    geo(rng, &mut fields, actor1.or(actor2), pair_only);
    fields.push(batch.to_string());
    let slug: String = (0..rng.usize(40..90))
        .map(|_| rng.alphanumeric().to_ascii_lowercase())
        .collect();
    fields.push(format!(
        "https://www.news-{}.example.com/{year}/{month:02}/{day:02}/{slug}",
        rng.u32(1..500)
    ));
    debug_assert_eq!(fields.len(), 61);
    fields.join("\t")
}

/// Writes `n_rows` synthetic GDELT rows into `n_files` exports under `out/plain` and, zipped, `out/zip`;
/// with `pair_only`, every row is an event of the pair (for stores with millions of them).
pub fn gdelt(out: &Path, n_rows: u64, n_files: u64, zip: bool, pair_only: bool) -> Result<()> {
    let plain_dir = out.join("plain");
    let zip_dir = out.join("zip");
    std::fs::create_dir_all(&plain_dir)
        .with_context(|| format!("creating `{}`", plain_dir.display()))?;
    if zip {
        std::fs::create_dir_all(&zip_dir)?;
    }
    let mut rng = fastrand::Rng::with_seed(20_211_115);
    let per_file = n_rows.div_ceil(n_files.max(1));
    let mut id = 1_000_000_000u64;
    let mut written = 0;
    for index in 0..n_files {
        // Batches every 15 minutes from the start of 2024.
        let minutes = index * 15;
        let batch = format!(
            "202401{:02}{:02}{:02}00",
            1 + minutes / 1440,
            (minutes / 60) % 24,
            minutes % 60
        );
        let name = format!("{batch}.export.CSV");
        let path = plain_dir.join(&name);
        let mut writer = BufWriter::with_capacity(1 << 20, std::fs::File::create(&path)?);
        let n_here = per_file.min(n_rows - written);
        for _ in 0..n_here {
            writeln!(writer, "{}", gdelt_row(&mut rng, id, &batch, pair_only))?;
            id += 1;
        }
        writer.flush()?;
        written += n_here;
        if zip {
            let file = std::fs::File::create(zip_dir.join(format!("{name}.zip")))?;
            let mut archive = zip::ZipWriter::new(BufWriter::new(file));
            archive.start_file(
                &name,
                zip::write::SimpleFileOptions::default()
                    .compression_method(zip::CompressionMethod::Deflated),
            )?;
            std::io::copy(&mut std::fs::File::open(&path)?, &mut archive)?;
            archive.finish()?;
        }
        if n_here == 0 {
            break;
        }
    }
    eprintln!(
        "wrote {written} rows in {n_files} files under {}",
        out.display()
    );
    Ok(())
}

/// Writes `n_rows` synthetic ACLED-format events (the 31 export columns) to `path`.
pub fn acled(path: &Path, n_rows: u64) -> Result<()> {
    let mut rng = fastrand::Rng::with_seed(20_240_517);
    let mut writer = csv::Writer::from_writer(BufWriter::with_capacity(
        1 << 20,
        std::fs::File::create(path)?,
    ));
    writer.write_record(dyad_ingest::acled::COLUMNS)?;
    let types = [
        ("Battles", "Armed clash", "Political violence"),
        (
            "Explosions/Remote violence",
            "Remote explosive/landmine/IED",
            "Political violence",
        ),
        ("Violence against civilians", "Attack", "Political violence"),
        ("Protests", "Peaceful protest", "Demonstrations"),
        (
            "Riots",
            "Mob violence",
            "Political violence; Demonstrations",
        ),
        (
            "Strategic developments",
            "Arrests",
            "Strategic developments",
        ),
    ];
    let provinces = [
        ("Pakistan", "586", "Khyber Pakhtunkhwa"),
        ("Pakistan", "586", "Balochistan"),
        ("Afghanistan", "4", "Nangarhar"),
        ("Afghanistan", "4", "Kunar"),
    ];
    for index in 0..n_rows {
        let (event_type, sub_event_type, disorder) = types[rng.usize(0..types.len())];
        let (country, iso, admin1) = provinces[rng.usize(0..provinces.len())];
        let (year, month, day) = (2021 + rng.i32(0..4), rng.u32(1..=12), rng.u32(1..=28));
        let notes: String = format!(
            "On {day} {} {year}, synthetic actors clashed near a synthetic town in {admin1}, with {} reported injuries.",
            [
                "January",
                "February",
                "March",
                "April",
                "May",
                "June",
                "July",
                "August",
                "September",
                "October",
                "November",
                "December"
            ][month as usize - 1],
            rng.u32(0..20)
        );
        writer.write_record([
            format!("SYN{index}"),
            format!("{year}-{month:02}-{day:02}"),
            year.to_string(),
            rng.u8(1..=3).to_string(),
            disorder.to_string(),
            event_type.to_string(),
            sub_event_type.to_string(),
            "Synthetic State Forces".to_string(),
            String::new(),
            "State forces".to_string(),
            "Synthetic Armed Group".to_string(),
            String::new(),
            "Rebel group".to_string(),
            "State forces-Rebel group".to_string(),
            String::new(),
            iso.to_string(),
            "Southern Asia".to_string(),
            country.to_string(),
            admin1.to_string(),
            "Synthetic District".to_string(),
            String::new(),
            "Synthetic Town".to_string(),
            format!("{:.4}", 29.0 + rng.f64() * 6.0),
            format!("{:.4}", 62.0 + rng.f64() * 10.0),
            rng.u8(1..=3).to_string(),
            "Synthetic Daily".to_string(),
            "National".to_string(),
            notes,
            rng.u32(0..12).to_string(),
            String::new(),
            (1_700_000_000 + rng.u32(0..20_000_000)).to_string(),
        ])?;
    }
    writer.flush()?;
    eprintln!("wrote {n_rows} ACLED-format rows to {}", path.display());
    Ok(())
}
