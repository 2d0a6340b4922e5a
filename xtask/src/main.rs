//! Runs dyad's project automation: `cargo xtask data` derives the bundled tables from the published files.
//!
//! `cargo xtask data` reads the real files under the shared data folder (`--shared DIR`, else
//! `DYAD_SHARED_DATA`, else `../shared/data`) and writes `data/countries.csv` and `data/pak-afg/*.csv`.
//! `cargo xtask data --check` derives the same tables in memory and fails if a shipped table differs from
//! what its sources give today. Every derived row cites its original publisher, dataset and release.

mod countries;
mod evidence;
mod figures;

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

/// One derived table: where it goes in the repository and what it holds.
pub struct Derived {
    /// The path relative to the workspace root.
    pub path: &'static str,
    /// The file's full text.
    pub text: String,
}

fn workspace_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask sits in the workspace root").to_path_buf()
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
    Ok(tables)
}

fn run(args: &[String]) -> Result<bool> {
    let mut check = false;
    let mut shared = None;
    let mut rest = args.iter();
    match rest.next().map(String::as_str) {
        Some("data") => {}
        Some(other) => bail!("unknown task `{other}`\nhint: the tasks are `data` and `data --check`"),
        None => bail!("no task given\nhint: the tasks are `data` and `data --check`"),
    }
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
    let mut all_match = true;
    for table in &tables {
        let path = root.join(table.path);
        if check {
            let shipped = std::fs::read_to_string(&path).unwrap_or_default();
            if shipped == table.text {
                eprintln!("ok       {} ({} lines)", table.path, table.text.lines().count());
            } else {
                all_match = false;
                let first_difference = shipped
                    .lines()
                    .zip(table.text.lines())
                    .position(|(a, b)| a != b)
                    .map_or_else(|| "in length".to_string(), |i| format!("first at line {}", i + 1));
                eprintln!("DIFFERS  {} ({first_difference})", table.path);
            }
        } else {
            if let Some(parent) = path.parent() {
                std::fs::create_dir_all(parent).with_context(|| format!("creating `{}`", parent.display()))?;
            }
            std::fs::write(&path, &table.text).with_context(|| format!("writing `{}`", path.display()))?;
            eprintln!("wrote    {} ({} lines)", table.path, table.text.lines().count());
        }
    }
    if check && !all_match {
        eprintln!("hint: run `cargo xtask data` to rebuild the tables, and review the difference");
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
