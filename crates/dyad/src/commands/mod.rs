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
use dyad_store::{Begun, FileHeader, FileToIngest, IngestOutcome, Store};

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
    /// The SHA-256 of its bytes; `None` while a streamed file is being hashed ([`Batch::End`] gives it).
    pub sha256: Option<String>,
    /// Its size in bytes.
    pub size: u64,
    /// What the parser read, or is reading.
    pub content: Content,
}

/// What a parser made of a file.
pub enum Content {
    /// Everything, read to the end.
    Parsed(Parsed),
    /// Events that arrive in batches while the file is read ([`Stream::run`]); the last message holds
    /// the rest. Storing them as they come overlaps parsing with storing and keeps only a few batches of a
    /// large file's events in memory.
    Streamed {
        /// The release the events are stored under until the parser names the real one.
        provisional: dyad_model::SourceRef,
        /// The batches, then the end.
        batches: std::sync::mpsc::Receiver<Batch>,
        /// Stored batches go back to the parsing thread to be freed there: freeing millions of strings
        /// is work the storing thread, the slower of the two, is spared.
        spent: std::sync::mpsc::Sender<Vec<dyad_ingest::EventRecord>>,
    },
}

/// One message of a streamed file.
pub enum Batch {
    /// Events read.
    Events(Vec<dyad_ingest::EventRecord>),
    /// The end of the file: everything but the events and, if it was not known before, the SHA-256 of
    /// the bytes; or why the file is bad.
    End(Box<Result<(Parsed, Option<String>)>>),
}

/// Events a streamed batch holds: enough to amortise the hand-over, few enough to keep memory small.
const BATCH_EVENTS: usize = 4096;

/// The parsing of a streamed file, to run after its [`ReadFile`] was handed to the storing thread.
pub struct Stream {
    name: String,
    /// The file, opened and not yet read.
    file: std::fs::File,
    options: Options,
    sender: std::sync::mpsc::SyncSender<Batch>,
    spent: std::sync::mpsc::Receiver<Vec<dyad_ingest::EventRecord>>,
    /// The hash of the bytes, when it was computed before (a stored file has the same size); the bytes
    /// read must have it.
    sha256: Option<String>,
}

/// A reader that reports how many bytes pass through it.
struct Reporting<'p, R> {
    inner: R,
    report: &'p (dyn Fn(u64) + Sync),
}

impl<R: Read> Read for Reporting<'_, R> {
    fn read(&mut self, buffer: &mut [u8]) -> std::io::Result<usize> {
        let n_read = self.inner.read(buffer)?;
        (self.report)(n_read as u64);
        Ok(n_read)
    }
}

impl Stream {
    /// Parses the file as it reads it, hashing what it reads, and sends its events in batches and then
    /// the end with the hash. It stops early when the storing side has gone (it failed, or found the
    /// bytes stored already).
    pub fn run(self, progress: &(dyn Fn(u64) + Sync)) {
        let (sender, spent) = (&self.sender, &self.spent);
        let mut hashing = dyad_ingest::Hashing::new(Reporting {
            inner: &self.file,
            report: progress,
        });
        let result = dyad_ingest::acled::parse_csv_in_batches(
            &self.name,
            &mut hashing,
            &self.options,
            BATCH_EVENTS,
            |events| {
                spent.try_iter().for_each(drop);
                match sender.send(Batch::Events(events)) {
                    Ok(()) => std::ops::ControlFlow::Continue(()),
                    Err(_) => std::ops::ControlFlow::Break(()),
                }
            },
        );
        let sha256 = hashing.finish();
        let end = result.map_err(anyhow::Error::from).and_then(|parsed| match self.sha256 {
            Some(before) if before != sha256 => anyhow::bail!(
                "`{}` changed while it was read (its SHA-256 was {before} and is now {sha256})\nhint: ingest a file no program is writing to",
                self.name
            ),
            Some(_) => Ok((parsed, None)),
            None => Ok((parsed, Some(sha256))),
        });
        let _ = sender.send(Batch::End(Box::new(end)));
    }
}

/// Reads one file as `format`, or as the format detected from its name and first bytes.
///
/// This only reads the evidence base (through `stored`, a connection of the reading thread's own), so
/// files can be read on one thread while another stores. GDELT exports are read as a stream, hashing as
/// they go. Other files are read into memory and hashed, and when the evidence base already holds those
/// bytes they are not parsed at all: storing them is a no-op that the store reports.
///
/// ACLED exports, which can hold millions of events, come back with a [`Stream`] to run next, which reads
/// them from the file and hands their events over in batches as it goes, never holding the file whole.
/// When no stored file has the same size, the bytes cannot be stored already, and the hash is computed as
/// they are parsed: the storing starts at once.
pub fn read_path(
    path: &Path,
    format: Option<Format>,
    options: &Options,
    progress: &(dyn Fn(u64) + Sync),
    stored: Option<&Store>,
) -> Result<(ReadFile, Option<Stream>)> {
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
    let read = |sha256, content| ReadFile {
        name: name.clone(),
        format,
        sha256,
        size,
        content,
    };
    if format.streams() {
        let (parsed, sha256) =
            dyad_ingest::gdelt::parse_events_from(&name, &mut file, options, &mut |n| progress(n))?;
        return Ok((read(Some(sha256), Content::Parsed(parsed)), None));
    }
    // A failed lookup only costs the shortcut: the store itself refuses bytes it holds.
    let known = |sha256: &str| stored.is_some_and(|s| s.has_file(sha256).unwrap_or(false));
    if format == Format::Acled {
        // Bytes of a size no stored file has cannot be stored already: they are hashed as they are parsed.
        // Otherwise they are hashed first, without being held in memory, and parsed only when new.
        let sha256 = if stored.is_some_and(|s| s.has_file_of_size(size).unwrap_or(true)) {
            let mut hashing = dyad_ingest::Hashing::new(&file);
            std::io::copy(&mut hashing, &mut std::io::sink())
                .with_context(|| format!("reading `{name}`"))?;
            let sha256 = hashing.finish();
            if known(&sha256) {
                progress(size);
                return Ok((read(Some(sha256), Content::Parsed(Parsed::default())), None));
            }
            use std::io::Seek;
            file.rewind().with_context(|| format!("reading `{name}`"))?;
            Some(sha256)
        } else {
            None
        };
        let (sender, batches) = std::sync::mpsc::sync_channel(4);
        let (spent, spent_received) = std::sync::mpsc::channel();
        let stream = Stream {
            name: name.clone(),
            file,
            options: options.clone(),
            sender,
            spent: spent_received,
            sha256: sha256.clone(),
        };
        let content = Content::Streamed {
            provisional: dyad_ingest::acled::provisional_source(),
            batches,
            spent,
        };
        return Ok((read(sha256, content), Some(stream)));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.read_to_end(&mut bytes)
        .with_context(|| format!("reading `{name}`"))?;
    progress(bytes.len() as u64);
    let sha256 = sha256_hex(&bytes);
    if known(&sha256) {
        return Ok((read(Some(sha256), Content::Parsed(Parsed::default())), None));
    }
    let options = Options {
        file_sha256: Some(sha256.clone()),
        ..options.clone()
    };
    let parsed = dyad_ingest::parse(format, &name, &bytes, &options)?;
    Ok((read(Some(sha256), Content::Parsed(parsed)), None))
}

/// Stores a file read by [`read_path`] in one transaction, and returns what the parser read besides
/// the events (diagnostics, quarantined rows). The same bytes stored before are a no-op; a streamed file
/// whose parser fails is rolled back whole.
pub fn store_file(store: &mut Store, file: ReadFile) -> Result<(IngestOutcome, Parsed)> {
    let header = FileHeader {
        name: &file.name,
        sha256: file.sha256.as_deref().unwrap_or(dyad_store::HASH_PENDING),
        size: file.size,
        format: file.format.name(),
    };
    match file.content {
        Content::Parsed(parsed) => {
            let outcome = store.ingest(&FileToIngest {
                name: header.name,
                sha256: header.sha256,
                size: header.size,
                format: header.format,
                parsed: &parsed,
            })?;
            Ok((outcome, parsed))
        }
        Content::Streamed {
            provisional,
            batches,
            spent,
        } => {
            let mut ingest = match store.begin(&header, Some(&provisional))? {
                // Dropping `batches` stops the parser.
                Begun::AlreadyIngested(outcome) => return Ok((outcome, Parsed::default())),
                Begun::Open(ingest) => ingest,
            };
            for batch in batches {
                match batch {
                    Batch::Events(events) => {
                        ingest.add_events(&events)?;
                        // When the parser has finished, the batch is simply freed here.
                        let _ = spent.send(events);
                    }
                    Batch::End(end) => {
                        let (parsed, sha256) = (*end)?;
                        if let Some(sha256) = sha256
                            && let Some(earlier) = ingest.name_bytes(&sha256)?
                        {
                            // Dropping `ingest` rolls back what was stored of these bytes.
                            return Ok((earlier, Parsed::default()));
                        }
                        let outcome = ingest.finish(&parsed)?;
                        return Ok((outcome, parsed));
                    }
                }
            }
            anyhow::bail!("reading `{}` stopped before its end", file.name)
        }
    }
}
