//! One module per subcommand. Each resolves its arguments and calls the library functions that do the work.

pub mod history;
pub mod ingest;
pub mod sources;
pub mod tables;

use std::io::Read;
use std::path::Path;

use anyhow::{Context, Result};
use dyad_ingest::{Format, Hashing, Options, Parsed, sha256_hex};
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

/// What reading and storing one file gave.
pub struct Ingested {
    /// The format the file was read as.
    pub format: Format,
    /// What the store did.
    pub outcome: IngestOutcome,
    /// What the parser read (rows kept, quarantined and diagnostics).
    pub parsed: Parsed,
}

/// Reads one file as `format` (or the detected format), and stores it in one transaction.
///
/// Streaming formats are read once, hashing as they go; the others are read into memory, hashed, and
/// skipped without parsing when the same bytes were ingested before.
pub fn ingest_path(
    store: &mut Store,
    path: &Path,
    format: Option<Format>,
    options: &Options,
    progress: &dyn Fn(u64),
) -> Result<Ingested> {
    let name = path.display().to_string();
    let mut file = std::fs::File::open(path).with_context(|| format!("reading `{name}`"))?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let format = match format {
        Some(format) => format,
        None => {
            let mut head = vec![0u8; 8192];
            let n_read =
                read_up_to(&mut file, &mut head).with_context(|| format!("reading `{name}`"))?;
            head.truncate(n_read);
            file = std::fs::File::open(path).with_context(|| format!("reading `{name}`"))?;
            dyad_ingest::detect(&name, &head)
                .ok_or_else(|| dyad_ingest::IngestError::Unrecognised { file: name.clone() })?
        }
    };
    let mut options = options.clone();
    if format == Format::GdeltMentions {
        options.keep_event_ids = Some(store.event_ids("GDELT 2.0 Events")?);
    }
    let (sha256, parsed) = if format.streams() {
        let mut hashing = Hashing::new(file);
        let parsed =
            dyad_ingest::gdelt::parse_events_from(&name, &mut hashing, &options, &mut |n| {
                progress(n)
            })?;
        (hashing.finish(), parsed)
    } else {
        let mut bytes = Vec::with_capacity(size as usize);
        file.read_to_end(&mut bytes)
            .with_context(|| format!("reading `{name}`"))?;
        progress(bytes.len() as u64);
        let sha256 = sha256_hex(&bytes);
        if store.has_file(&sha256)? {
            let outcome = store.ingest(&FileToIngest {
                name: &name,
                sha256: &sha256,
                size,
                format: format.name(),
                parsed: &Parsed::default(),
            })?;
            return Ok(Ingested {
                format,
                outcome,
                parsed: Parsed::default(),
            });
        }
        let parsed = dyad_ingest::parse(format, &name, &bytes, &options)?;
        (sha256, parsed)
    };
    let outcome = store.ingest(&FileToIngest {
        name: &name,
        sha256: &sha256,
        size,
        format: format.name(),
        parsed: &parsed,
    })?;
    Ok(Ingested {
        format,
        outcome,
        parsed,
    })
}

fn read_up_to(file: &mut std::fs::File, buffer: &mut [u8]) -> std::io::Result<usize> {
    let mut filled = 0;
    while filled < buffer.len() {
        let n_read = file.read(&mut buffer[filled..])?;
        if n_read == 0 {
            break;
        }
        filled += n_read;
    }
    Ok(filled)
}
