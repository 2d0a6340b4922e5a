//! One module per subcommand. Each resolves its arguments and calls the library functions that do the work.

pub mod backtest;
pub mod compare;
pub mod export;
pub mod history;
pub mod indicators;
pub mod ingest;
pub mod project;
pub mod report;
pub mod scorecard;
pub mod sources;
pub mod tables;

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};
use dyad_ingest::{Format, Options, Parsed, sha256_hex};
use dyad_store::{FileToIngest, IngestOutcome, Store};

use dyad_measure::{Indicator, Inputs};
use dyad_model::{EventEvidence, EventMonth, Evidence, Pair};

use crate::bundled;
use crate::settings::Settings;

/// Opens the evidence base, creating it and loading the bundled evidence on first use.
///
/// Loading is keyed by each bundled table's hash, so a table already loaded is skipped, and a new
/// build whose tables changed adds their new rows beside the old ones.
pub fn open_evidence(settings: &Settings) -> Result<Store> {
    std::fs::create_dir_all(&settings.home).with_context(|| {
        format!(
            "creating the evidence base folder `{}`",
            settings.home.display()
        )
    })?;
    let mut store = Store::open(&settings.database())?;
    for (name, text) in bundled::TABLES {
        let sha256 = sha256_hex(text.as_bytes());
        if store.has_file(&sha256)? {
            continue;
        }
        let name = format!("bundled/{name}");
        let parsed =
            dyad_ingest::parse(Format::Figures, &name, text.as_bytes(), &Options::default())
                .with_context(|| format!("loading the bundled table `{name}`"))?;
        store.ingest(&FileToIngest {
            name: &name,
            sha256: &sha256,
            size: text.len() as u64,
            format: "figures",
            parsed: &parsed,
        })?;
    }
    Ok(store)
}

/// Everything the measures read: figures, events and monthly aggregates.
pub struct Loaded {
    /// The pair.
    pub pair: Pair,
    /// Every stored figure.
    pub evidence: Vec<Evidence>,
    /// Every stored event, in every release.
    pub events: Vec<EventEvidence>,
    /// Every monthly event aggregate.
    pub months: Vec<EventMonth>,
}

impl Loaded {
    /// The measures' inputs from everything stored.
    pub fn inputs(&self) -> Inputs<'_> {
        Inputs::new(&self.pair, &self.evidence, &self.events, &self.months)
    }

    /// The stored evidence by release, for projections and backtests.
    pub fn vintages(&self) -> dyad_project::Vintages<'_> {
        dyad_project::Vintages::new(&self.pair, &self.evidence, &self.events, &self.months)
    }
}

/// Opens the evidence base and reads what the measures need for `pair`.
pub fn load(settings: &Settings, pair: &str) -> Result<Loaded> {
    let pair: Pair = pair
        .parse()
        .with_context(|| format!("reading `--pair {pair}`"))?;
    let store = open_evidence(settings)?;
    Ok(Loaded {
        pair,
        evidence: store.evidence(&dyad_store::Filter::default())?,
        events: store.events()?,
        months: store.event_months()?,
    })
}

/// The indicator of that name, or an error listing the closest names.
pub fn indicator(name: &str) -> Result<&'static Indicator> {
    dyad_measure::indicators::find(name).ok_or_else(|| {
        anyhow::anyhow!(
            "no indicator is named `{name}`\nhint: did you mean {}? `dyad indicators` lists them all",
            dyad_measure::indicators::closest(name)
                .iter()
                .map(|n| format!("`{n}`"))
                .collect::<Vec<_>>()
                .join(", ")
        )
    })
}

/// The subject asked for, checked against the indicator's subjects, or the first of them.
pub fn subject(indicator: &Indicator, inputs: &Inputs<'_>, asked: Option<&str>) -> Result<String> {
    let subjects = (indicator.subjects)(inputs);
    match asked {
        None => subjects.into_iter().next().ok_or_else(|| {
            anyhow::anyhow!("`{}` has no subject in the evidence base", indicator.name)
        }),
        Some(text) => {
            let normalized = dyad_model::pair::normalize_subject(text);
            if subjects.contains(&normalized) {
                Ok(normalized)
            } else {
                anyhow::bail!(
                    "`{}` has no subject `{text}`\nhint: its subjects are {}",
                    indicator.name,
                    subjects
                        .iter()
                        .map(|s| format!("`{s}`"))
                        .collect::<Vec<_>>()
                        .join(", ")
                )
            }
        }
    }
}

/// A period given on the command line.
pub fn period(flag: &str, text: &str) -> Result<dyad_model::Period> {
    text.parse()
        .with_context(|| format!("reading `{flag} {text}`"))
}

/// A file read and parsed, ready to be stored.
pub struct ReadFile {
    /// The file's name, as given.
    pub name: String,
    /// The format it was read as.
    pub format: Format,
    /// The SHA-256 of its bytes.
    pub sha256: String,
    /// Its size in bytes.
    pub size: u64,
    /// What the parser read.
    pub parsed: Parsed,
}

/// Reads and parses one file as `format`, or as the format detected from its name and first bytes.
///
/// This touches no evidence base, so files can be read on one thread while another stores. Streaming
/// formats are read once, hashing as they go; the others are read into memory and hashed, and when
/// `known` says the evidence base already holds those bytes they are not parsed at all: storing them is a
/// no-op that the store reports.
pub fn read_path(
    path: &Path,
    format: Option<Format>,
    options: &Options,
    progress: &(dyn Fn(u64) + Sync),
    known: &dyn Fn(&str) -> bool,
) -> Result<ReadFile> {
    let name = path.display().to_string();
    let mut file = std::fs::File::open(path).with_context(|| format!("reading `{name}`"))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let format = match format {
        Some(format) => format,
        None => {
            let mut head = Vec::with_capacity(8192);
            (&mut file)
                .take(8192)
                .read_to_end(&mut head)
                .with_context(|| format!("reading `{name}`"))?;
            file = std::fs::File::open(path).with_context(|| format!("reading `{name}`"))?;
            dyad_ingest::detect(&name, &head)
                .ok_or_else(|| dyad_ingest::IngestError::Unrecognised { file: name.clone() })?
        }
    };
    let (sha256, parsed) = if format.streams() {
        let (parsed, sha256) =
            dyad_ingest::gdelt::parse_events_from(&name, &mut file, options, &mut |n| progress(n))?;
        (sha256, parsed)
    } else {
        let mut bytes = Vec::with_capacity(size as usize);
        file.read_to_end(&mut bytes)
            .with_context(|| format!("reading `{name}`"))?;
        progress(bytes.len() as u64);
        let sha256 = sha256_hex(&bytes);
        if known(&sha256) {
            return Ok(ReadFile {
                name,
                format,
                sha256,
                size,
                parsed: Parsed::default(),
            });
        }
        let options = Options {
            file_sha256: Some(sha256.clone()),
            ..options.clone()
        };
        let parsed = dyad_ingest::parse(format, &name, &bytes, &options)?;
        (sha256, parsed)
    };
    Ok(ReadFile {
        name,
        format,
        sha256,
        size,
        parsed,
    })
}

/// Stores a file read by [`read_path`] in one transaction; the same bytes stored before are a no-op.
pub fn store_file(store: &mut Store, file: &ReadFile) -> Result<IngestOutcome> {
    Ok(store.ingest(&FileToIngest {
        name: &file.name,
        sha256: &file.sha256,
        size: file.size,
        format: file.format.name(),
        parsed: &file.parsed,
    })?)
}
