//! One module per subcommand. Each resolves its arguments and calls the library functions that do the work.

pub mod export;
pub mod history;
pub mod ingest;
pub mod sources;
pub mod tables;

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};
use dyad_ingest::{Format, Options, Parsed, sha256_hex};
use dyad_store::{FileToIngest, IngestOutcome, Store};

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
/// formats are read once, hashing as they go; the others are read into memory and hashed.
pub fn read_path(
    path: &Path,
    format: Option<Format>,
    options: &Options,
    progress: &(dyn Fn(u64) + Sync),
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
