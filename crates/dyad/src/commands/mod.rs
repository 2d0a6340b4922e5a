//! One module per subcommand. Each resolves its arguments and calls the library functions that do the work.

pub mod history;
pub mod ingest;
pub mod sources;
pub mod tables;

use anyhow::{Context, Result};
use dyad_ingest::{Mode, Quarantined, figures, sha256_hex};
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
        ingest_bytes(
            &mut store,
            &format!("bundled/{name}"),
            text.as_bytes(),
            Mode::Strict,
        )
        .with_context(|| format!("loading the bundled table `{name}`"))?;
    }
    Ok(store)
}

/// Parses a figures file and stores it in one transaction.
pub fn ingest_bytes(
    store: &mut Store,
    name: &str,
    bytes: &[u8],
    mode: Mode,
) -> Result<(IngestOutcome, Vec<Quarantined>)> {
    let sha256 = sha256_hex(bytes);
    if store.has_file(&sha256)? {
        // Same bytes as before: say so without parsing again.
        let outcome = store.ingest(&FileToIngest {
            name,
            sha256: &sha256,
            size: bytes.len() as u64,
            format: "figures",
            records: &[],
            quarantined: &[],
        })?;
        return Ok((outcome, Vec::new()));
    }
    let parsed = figures::parse(name, bytes, mode)?;
    let outcome = store.ingest(&FileToIngest {
        name,
        sha256: &sha256,
        size: bytes.len() as u64,
        format: "figures",
        records: &parsed.records,
        quarantined: &parsed.quarantined,
    })?;
    Ok((outcome, parsed.quarantined))
}
