//! `cargo xtask bench`: times dyad's event ingest against DuckDB, Polars and pandas on the same files, in
//! the same run, and prints a Markdown table for BENCHMARKS.md.
//!
//! It generates the synthetic files if they are missing (`target/bench/`), builds the release binary,
//! installs the Python peers into a virtual environment under `target/bench/venv` (with pip, from PyPI),
//! and runs each measurement three times (pandas once), keeping the median. Wall time and peak memory come
//! from `/usr/bin/time`.

use std::path::{Path, PathBuf};
use std::process::Command;

use anyhow::{Context, Result, bail};

/// One timed run: wall seconds and peak resident memory in MB.
#[derive(Debug, Clone, Copy)]
struct Timing {
    seconds: f64,
    peak_mb: f64,
}

fn timed(program: &Path, args: &[&str], envs: &[(&str, &str)]) -> Result<(Timing, String)> {
    let output = Command::new("/usr/bin/time")
        .arg("-f")
        .arg("__time %e %M")
        .arg(program)
        .args(args)
        .envs(envs.iter().copied())
        .output()
        .with_context(|| format!("running `{}`", program.display()))?;
    let stderr = String::from_utf8_lossy(&output.stderr).into_owned();
    if !output.status.success() {
        bail!(
            "`{} {}` failed:\n{stderr}",
            program.display(),
            args.join(" ")
        );
    }
    let line = stderr
        .lines()
        .rev()
        .find(|l| l.starts_with("__time "))
        .context("no timing line from /usr/bin/time")?;
    let mut parts = line.split_whitespace().skip(1);
    let seconds: f64 = parts.next().context("seconds")?.parse()?;
    let peak_kb: f64 = parts.next().context("peak memory")?.parse()?;
    Ok((
        Timing {
            seconds,
            peak_mb: peak_kb / 1024.0,
        },
        String::from_utf8_lossy(&output.stdout).into_owned() + &stderr,
    ))
}

fn median(mut timings: Vec<Timing>) -> Timing {
    timings.sort_by(|a, b| a.seconds.total_cmp(&b.seconds));
    timings[timings.len() / 2]
}

fn folder_size(folder: &Path) -> Result<u64> {
    let mut total = 0;
    for entry in std::fs::read_dir(folder)? {
        total += entry?.metadata()?.len();
    }
    Ok(total)
}

fn files_in(folder: &Path) -> Result<Vec<String>> {
    let mut files: Vec<String> = std::fs::read_dir(folder)?
        .map(|e| e.map(|e| e.path().display().to_string()))
        .collect::<Result<_, _>>()?;
    files.sort();
    Ok(files)
}

/// Reads every file once, untimed, so that the first engine timed does not pay alone for bringing the
/// files from disk into the page cache.
fn warm(files: &[String]) -> Result<()> {
    for file in files {
        std::io::copy(&mut std::fs::File::open(file)?, &mut std::io::sink())?;
    }
    Ok(())
}

fn python(root: &Path) -> Result<PathBuf> {
    let venv = root.join("target/bench/venv");
    let python = venv.join("bin/python");
    if !python.exists() {
        let status = Command::new("python3")
            .args(["-m", "venv"])
            .arg(&venv)
            .status()
            .context("running python3 -m venv")?;
        if !status.success() {
            bail!("python3 -m venv failed");
        }
    }
    let check = Command::new(&python)
        .args(["-c", "import duckdb, polars, pandas"])
        .output()?;
    if !check.status.success() {
        eprintln!(
            "installing duckdb, polars and pandas into {}",
            venv.display()
        );
        let status = Command::new(&python)
            .args([
                "-m", "pip", "install", "--quiet", "duckdb", "polars", "pandas",
            ])
            .status()?;
        if !status.success() {
            bail!("pip install failed");
        }
    }
    Ok(python)
}

/// How many times dyad, DuckDB and Polars each read the plain files, taking turns.
const PAIRED_RUNS: usize = 5;

/// Runs the benchmark with `n_rows` GDELT rows and `n_acled` ACLED rows.
pub fn run(root: &Path, n_rows: u64, n_acled: u64) -> Result<bool> {
    let data = root.join(format!("target/bench/gdelt-{n_rows}"));
    if !data.join("zip").is_dir() {
        crate::generate::gdelt(&data, n_rows, 100, true, false)?;
    }
    let acled = root.join(format!("target/bench/acled-{n_acled}.csv"));
    if !acled.exists() {
        crate::generate::acled(&acled, n_acled)?;
    }
    let status = Command::new(env!("CARGO"))
        .args(["build", "--release", "-p", "dyad"])
        .current_dir(root)
        .status()?;
    if !status.success() {
        bail!("cargo build --release failed");
    }
    let dyad = root.join("target/release/dyad");
    let python = python(root)?;
    let peers = root.join("bench/peers.py");
    let plain = data.join("plain");
    let zipped = data.join("zip");
    let plain_bytes = folder_size(&plain)? as f64;
    let zip_bytes = folder_size(&zipped)? as f64;
    let plain_files = files_in(&plain)?;
    let zip_files = files_in(&zipped)?;
    let mut rows: Vec<(String, Timing, f64, String)> = Vec::new();

    let dyad_once = |files: &[String], label: &str, run: usize| -> Result<(Timing, String)> {
        let home = root.join(format!("target/bench/home-{label}-{run}"));
        let _ = std::fs::remove_dir_all(&home);
        // The bundled evidence is loaded first, so that the timed run is the ingest alone.
        timed(&dyad, &["--home", home.to_str().unwrap(), "sources"], &[])?;
        let mut args: Vec<&str> = vec!["--home", home.to_str().unwrap(), "ingest", "gdelt"];
        args.extend(files.iter().map(String::as_str));
        let outcome = timed(&dyad, &args, &[]);
        let _ = std::fs::remove_dir_all(&home);
        outcome
    };
    let dyad_ingest = |files: &[String], label: &str| -> Result<(Timing, String)> {
        let mut timings = Vec::new();
        let mut log = String::new();
        for run in 0..3 {
            let (timing, output) = dyad_once(files, label, run)?;
            timings.push(timing);
            log = output;
        }
        Ok((median(timings), log))
    };
    let peer_once = |engine: &str| -> Result<(Timing, String)> {
        let (timing, output) = timed(
            &python,
            &[
                peers.to_str().unwrap(),
                engine,
                "gdelt",
                plain.to_str().unwrap(),
            ],
            &[],
        )?;
        Ok((timing, output.lines().next().unwrap_or("").to_string()))
    };
    // Plain files: dyad, DuckDB and Polars take turns, run after run, so that the machine's drift over the
    // minutes of a benchmark (this one's wall times move by 10–20%) falls on all of them alike; each
    // DuckDB run is also compared with the dyad run just before it.
    let (mut dyad_plain_runs, mut duckdb_runs, mut polars_runs) =
        (Vec::new(), Vec::new(), Vec::new());
    let (mut log, mut duckdb_last, mut polars_last) = (String::new(), String::new(), String::new());
    warm(&plain_files)?;
    for run in 0..PAIRED_RUNS {
        let (timing, output) = dyad_once(&plain_files, "plain", run)?;
        dyad_plain_runs.push(timing);
        log = output;
        let (timing, output) = peer_once("duckdb")?;
        duckdb_runs.push(timing);
        duckdb_last = output;
        let (timing, output) = peer_once("polars")?;
        polars_runs.push(timing);
        polars_last = output;
    }
    let mut ratios: Vec<f64> = dyad_plain_runs
        .iter()
        .zip(&duckdb_runs)
        .map(|(dyad, duckdb)| duckdb.seconds / dyad.seconds)
        .collect();
    ratios.sort_by(f64::total_cmp);
    let paired = format!(
        "Plain, paired runs: DuckDB's wall time over dyad's, run by run, sorted: {} (median {:.2}×). \
         dyad {} s; DuckDB {} s.",
        ratios
            .iter()
            .map(|r| format!("{r:.2}×"))
            .collect::<Vec<_>>()
            .join(", "),
        ratios[ratios.len() / 2],
        dyad_plain_runs
            .iter()
            .map(|t| format!("{:.2}", t.seconds))
            .collect::<Vec<_>>()
            .join(", "),
        duckdb_runs
            .iter()
            .map(|t| format!("{:.2}", t.seconds))
            .collect::<Vec<_>>()
            .join(", "),
    );
    let dyad_plain = median(dyad_plain_runs);
    let kept_line = log
        .lines()
        .rev()
        .find(|l| l.contains("rows read"))
        .unwrap_or("")
        .to_string();
    rows.push((
        "dyad ingest gdelt (plain)".into(),
        dyad_plain,
        plain_bytes,
        kept_line,
    ));
    for (engine, runs, last) in [
        ("duckdb", duckdb_runs, duckdb_last),
        ("polars", polars_runs, polars_last),
    ] {
        rows.push((
            format!("{engine} (Python), same query (plain)"),
            median(runs),
            plain_bytes,
            last,
        ));
    }
    let (timing, output) = timed(
        &python,
        &[
            peers.to_str().unwrap(),
            "pandas",
            "gdelt",
            plain.to_str().unwrap(),
        ],
        &[],
    )?;
    rows.push((
        "pandas, same query (plain)".into(),
        timing,
        plain_bytes,
        output.lines().next().unwrap_or("").to_string(),
    ));

    // The same rows as one file: memory must not grow with a file's size either.
    let one = data.join("one");
    let one_file = one.join("20240101000000.export.CSV");
    if !one_file.exists() {
        std::fs::create_dir_all(&one)?;
        let mut joined = std::io::BufWriter::new(std::fs::File::create(&one_file)?);
        for file in &plain_files {
            std::io::copy(&mut std::fs::File::open(file)?, &mut joined)?;
        }
        std::io::Write::flush(&mut joined)?;
    }
    let one_files = [one_file.display().to_string()];
    warm(&one_files)?;
    let (dyad_one, log) = dyad_ingest(&one_files, "one")?;
    rows.push((
        "dyad ingest gdelt (the same rows as one plain file)".into(),
        dyad_one,
        plain_bytes,
        log.lines()
            .rev()
            .find(|l| l.contains("rows read"))
            .unwrap_or("")
            .to_string(),
    ));

    warm(&zip_files)?;
    let (dyad_zip, log) = dyad_ingest(&zip_files, "zip")?;
    rows.push((
        "dyad ingest gdelt (zipped)".into(),
        dyad_zip,
        zip_bytes,
        log.lines()
            .rev()
            .find(|l| l.contains("rows read"))
            .unwrap_or("")
            .to_string(),
    ));
    let mut unzip_timings = Vec::new();
    for _ in 0..3 {
        let script = format!(
            "for f in {}; do unzip -p \"$f\"; done > /dev/null",
            zip_files.join(" ")
        );
        let (timing, _) = timed(Path::new("/bin/sh"), &["-c", &script], &[])?;
        unzip_timings.push(timing);
    }
    let unzip = median(unzip_timings);
    rows.push((
        "unzip -p … > /dev/null (decompression alone)".into(),
        unzip,
        zip_bytes,
        String::new(),
    ));

    warm(&[acled.display().to_string()])?;
    let mut acled_timings = Vec::new();
    for run in 0..3 {
        let home = root.join(format!("target/bench/home-acled-{run}"));
        let _ = std::fs::remove_dir_all(&home);
        timed(&dyad, &["--home", home.to_str().unwrap(), "sources"], &[])?;
        let (timing, _) = timed(
            &dyad,
            &[
                "--home",
                home.to_str().unwrap(),
                "ingest",
                "acled",
                acled.to_str().unwrap(),
            ],
            &[],
        )?;
        acled_timings.push(timing);
        let _ = std::fs::remove_dir_all(&home);
    }
    let dyad_acled = median(acled_timings);
    let (pandas_acled, _) = timed(
        &python,
        &[
            peers.to_str().unwrap(),
            "pandas",
            "acled",
            acled.to_str().unwrap(),
        ],
        &[],
    )?;

    println!(
        "GDELT: {n_rows} rows in {} files, {:.2} GB plain, {:.2} GB zipped\n",
        plain_files.len(),
        plain_bytes / 1e9,
        zip_bytes / 1e9
    );
    println!("| run | wall (median) | throughput | rows/s | peak memory | vs dyad | result |");
    println!("|---|---|---|---|---|---|---|");
    for (label, timing, bytes, result) in &rows {
        let reference = if label.contains("zipped") || label.starts_with("unzip") {
            dyad_zip
        } else {
            dyad_plain
        };
        println!(
            "| {label} | {:.2} s | {:.0} MB/s | {:.2} M | {:.0} MB | dyad is {:.2}× faster | {} |",
            timing.seconds,
            bytes / 1e6 / timing.seconds,
            n_rows as f64 / timing.seconds / 1e6,
            timing.peak_mb,
            timing.seconds / reference.seconds,
            result.trim()
        );
    }
    println!("\n{paired}");
    println!(
        "\nZipped: dyad reaches {:.0}% of the decompression limit (`unzip -p` {:.2} s, dyad {:.2} s).",
        unzip.seconds / dyad_zip.seconds * 100.0,
        unzip.seconds,
        dyad_zip.seconds
    );
    println!(
        "\nACLED: {n_acled} rows, {:.0} MB\n",
        std::fs::metadata(&acled)?.len() as f64 / 1e6
    );
    println!("| run | wall | rows/s | peak memory |");
    println!("|---|---|---|---|");
    for (label, timing) in [
        ("dyad ingest acled (median of 3)", dyad_acled),
        ("pandas read_csv + to_sql (SQLite)", pandas_acled),
    ] {
        println!(
            "| {label} | {:.2} s | {:.0} k | {:.0} MB |",
            timing.seconds,
            n_acled as f64 / timing.seconds / 1e3,
            timing.peak_mb
        );
    }
    Ok(true)
}
