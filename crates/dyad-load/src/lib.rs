//! Loads published files into the evidence base, one transaction a file, reading, parsing and storing at once.
//!
//! It also codes the stored documents with a codebook ([`code_documents`]), the other join of a reader
//! (`dyad-text`) and the store.
//!
//! `dyad-ingest` turns bytes into model values and knows no SQL; `dyad-store` stores them and knows no
//! file format. This crate joins the two for a batch of files, and keeps every core busy while it does:
//!
//! - Two reading threads take the files in turns. Each opens a file, detects its format when none was
//!   named, hashes its bytes and parses them. While one file's last chunks are parsed, the next file's
//!   first are read.
//! - The calling thread stores the files in the order given, each in its own transaction, and reports
//!   each as it is done. A bad file is reported and the others go on.
//! - Event exports that can hold millions of events, ACLED's and GDELT's, are parsed as they are read
//!   (GDELT's by a pool of workers, chunk by chunk) and their events are stored in batches while the
//!   parse goes on. An ACLED export's release is named after its newest `timestamp`, so its events wait
//!   under a provisional release that the store renames at the end; a GDELT export's is its batch, known
//!   from its name. The bytes are hashed during the parse when no stored file has their size, and before
//!   it otherwise, so that a file already stored is never parsed.
//!
//! Memory stays bounded whatever the size of the files: a few chunks and batches a reading thread, and
//! the other files (small tables) read whole, at most two ahead of the one being stored.

mod audit_input;
mod bytes;
mod coding;
mod projections;
mod text_events;

pub use audit_input::{AuditInputError, MAX_AUDIT_BYTES, audit_text, readable};
pub use bytes::{DocumentBytesError, add_document_bytes, ingest_bytes};
pub use coding::{cited_passages, code_documents, code_unread, house_codebook, house_readings};
/// The formats and options of a data file, for callers that hand bytes to [`ingest_bytes`].
pub use dyad_ingest::{Format, Mode as IngestMode, Options as IngestOptions};
pub use projections::{DocumentProjections, document_projections};
pub use text_events::{TextEvents, text_events};

use std::io::Read;
use std::path::{Path, PathBuf};

use dyad_ingest::{EventRecord, IngestError, Options, Parsed};
use dyad_store::{Begun, FileHeader, IngestOutcome, Store, StoreError};

/// Why a file was not loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be read.
    #[error("reading `{path}`")]
    Read {
        /// The file.
        path: String,
        /// What the system said.
        #[source]
        source: std::io::Error,
    },
    /// The parser refused the file.
    #[error(transparent)]
    Ingest(#[from] IngestError),
    /// The evidence base refused it.
    #[error(transparent)]
    Store(#[from] StoreError),
    /// The bytes parsed are not those hashed before.
    #[error(
        "`{path}` changed while it was read (its SHA-256 was {before} and is now {after})\nhint: ingest a file no program is writing to"
    )]
    Changed {
        /// The file.
        path: String,
        /// The hash of the bytes first read.
        before: String,
        /// The hash of the bytes parsed.
        after: String,
    },
    /// The thread that parsed a streamed file stopped before it said the file had ended.
    #[error("reading `{path}` stopped before its end")]
    Stopped {
        /// The file.
        path: String,
    },
    /// A reading thread could not be started.
    #[error("starting a thread that reads the files")]
    Thread(#[source] std::io::Error),
}

/// What a batch reports as it goes: called from the reading threads, so it must be shareable.
pub trait Progress: Sync {
    /// A reading thread starts on the file of that name.
    fn file(&self, name: &str);
    /// Bytes were read from a file.
    fn bytes(&self, n_bytes: u64);
}

/// One file of a batch, loaded or not.
pub struct FileDone {
    /// The file's name, as given.
    pub name: String,
    /// Its format, what the store did, and what the parser read besides the events (diagnostics,
    /// quarantined rows); or why it was not loaded, in which case the evidence base is unchanged.
    pub result: Result<(Format, IngestOutcome, Parsed), LoadError>,
}

/// How many files are read at once. Two: while one file's last chunks are parsed and hashed, the next
/// one's first are read, so no core waits at the boundary between files.
const READERS: usize = 2;

/// Loads `files` into `store` (whose file is `database`, opened again by each reading thread to look up
/// stored bytes), each as `format` or as the format detected, and calls `done` for each file in the order
/// given. It only fails when it cannot start; a bad file is given to `done`.
pub fn load_files(
    store: &mut Store,
    database: &Path,
    files: &[PathBuf],
    format: Option<Format>,
    options: &Options,
    progress: &dyn Progress,
    mut done: impl FnMut(FileDone),
) -> Result<(), LoadError> {
    let recipe = store.tally_recipe();
    std::thread::scope(|scope| {
        let mut receivers = Vec::new();
        for first in 0..READERS.min(files.len()) {
            let (sender, receiver) =
                std::sync::mpsc::sync_channel::<(String, Result<ReadFile, LoadError>)>(1);
            receivers.push(receiver);
            let reading = std::thread::Builder::new().name("dyad-read".to_string());
            reading
                .spawn_scoped(scope, move || {
                    // A connection of its own, for reading only: the bytes of a file already stored are
                    // not parsed.
                    let lookup = Store::open(database).ok().map(|mut lookup| {
                        if let Some(recipe) = recipe {
                            lookup.set_tally_recipe(recipe);
                        }
                        lookup
                    });
                    for path in files.iter().skip(first).step_by(READERS) {
                        let name = path.display().to_string();
                        progress.file(&name);
                        let show = |n: u64| progress.bytes(n);
                        let (read, stream) =
                            match read_path(path, format, options, &show, lookup.as_ref()) {
                                Ok((file, stream)) => (Ok(file), stream),
                                Err(error) => (Err(error), None),
                            };
                        if sender.send((name, read)).is_err() {
                            return;
                        }
                        if let Some(stream) = stream {
                            stream.run(&show);
                        }
                    }
                })
                .map_err(LoadError::Thread)?;
        }
        // Taking the readers in turn takes the files in the order given.
        let in_order = (0..files.len()).map_while(|index| receivers[index % READERS].recv().ok());
        for (name, read) in in_order {
            let result = read.and_then(|file| {
                let format = file.format;
                store_file(store, file).map(|(outcome, parsed)| (format, outcome, parsed))
            });
            done(FileDone { name, result });
        }
        Ok(())
    })
}

/// A file read and parsed, ready to be stored.
struct ReadFile {
    /// The file's name, as given.
    name: String,
    /// The format it was read as.
    format: Format,
    /// The SHA-256 of its bytes; `None` while a streamed file is being hashed ([`Batch::End`] gives it).
    sha256: Option<String>,
    /// Its size in bytes.
    size: u64,
    /// What the parser read, or is reading.
    content: Content,
}

/// What a parser made of a file.
enum Content {
    /// Everything, read to the end.
    Parsed(Parsed),
    /// Events that arrive in batches while the file is read ([`Stream::run`]); the last message holds
    /// the rest. Storing them as they come overlaps parsing with storing and keeps only a few batches of a
    /// large file's events in memory.
    Streamed {
        /// The release the events are stored under until the parser names it at the end: a placeholder
        /// for ACLED, renamed then; already the real one for GDELT, whose batch is in the file's name.
        provisional: dyad_model::SourceRef,
        /// The batches, then the end.
        batches: std::sync::mpsc::Receiver<Batch>,
        /// Stored batches and their keys go back to the parsing thread to be freed there: freeing
        /// millions of strings is work the storing thread, the slower of the two, is spared.
        spent: std::sync::mpsc::Sender<Spent>,
    },
}

/// One message of a streamed file.
enum Batch {
    /// Events read, with their tally keys when the reading thread computed them.
    Events(Vec<EventRecord>, Option<Vec<String>>),
    /// The end of the file: everything but the events and, if it was not known before, the SHA-256 of
    /// the bytes; or why the file is bad.
    End(Box<Result<(Parsed, Option<String>), LoadError>>),
}

/// A stored batch, its events and their keys, sent back to the parsing thread to be freed there.
type Spent = (Vec<EventRecord>, Option<Vec<String>>);

/// Events a streamed batch holds: enough to amortise the hand-over, few enough to keep memory small.
const BATCH_EVENTS: usize = 4096;

/// The parsing of a streamed file, to run after its [`ReadFile`] was handed to the storing thread.
struct Stream {
    name: String,
    /// ACLED's export or GDELT's.
    format: Format,
    /// The file, opened and not yet read.
    file: std::fs::File,
    options: Options,
    sender: std::sync::mpsc::SyncSender<Batch>,
    spent: std::sync::mpsc::Receiver<Spent>,
    /// The store's tally recipe and the events' source, when the store has a recipe: the reading
    /// thread computes the events' keys, which is work the storing thread is spared.
    keys: Option<(dyad_model::TallyRecipe, dyad_model::SourceRef)>,
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
    fn run(self, progress: &(dyn Fn(u64) + Sync)) {
        let (sender, spent) = (&self.sender, &self.spent);
        let keys = &self.keys;
        let mut emit = |events: Vec<EventRecord>| {
            spent.try_iter().for_each(drop);
            let keyed = keys.as_ref().map(|(recipe, source)| {
                events
                    .iter()
                    .map(|record| (recipe.key)(&record.event, source))
                    .collect()
            });
            match sender.send(Batch::Events(events, keyed)) {
                Ok(()) => std::ops::ControlFlow::Continue(()),
                Err(_) => std::ops::ControlFlow::Break(()),
            }
        };
        let result = if self.format == Format::GdeltEvents {
            // The GDELT reader hashes what it reads itself: the compressed bytes of a zipped export.
            dyad_ingest::gdelt::parse_events_in_batches(
                &self.name,
                &mut &self.file,
                &self.options,
                BATCH_EVENTS,
                &mut |n| progress(n),
                &mut emit,
            )
        } else {
            let mut hashing = dyad_ingest::Hashing::new(Reporting {
                inner: &self.file,
                report: progress,
            });
            dyad_ingest::acled::parse_csv_in_batches(
                &self.name,
                &mut hashing,
                &self.options,
                BATCH_EVENTS,
                &mut emit,
            )
            .map(|parsed| (parsed, hashing.finish()))
        };
        let end = result
            .map_err(LoadError::from)
            .and_then(|(parsed, sha256)| match self.sha256 {
                Some(before) if before != sha256 => Err(LoadError::Changed {
                    path: self.name.clone(),
                    before,
                    after: sha256,
                }),
                Some(_) => Ok((parsed, None)),
                None => Ok((parsed, Some(sha256))),
            });
        let _ = sender.send(Batch::End(Box::new(end)));
    }
}

/// Reads one file as `format`, or as the format detected from its name and first bytes.
///
/// This only reads the evidence base (through `stored`, a connection of the reading thread's own), so
/// files can be read on one thread while another stores. Most files are read into memory and hashed,
/// and when the evidence base already holds those bytes they are not parsed at all: storing them is a
/// no-op that the store reports.
///
/// ACLED and GDELT exports, which can hold millions of events, come back with a [`Stream`] to run next,
/// which reads them from the file and hands their events over in batches as it goes, never holding the
/// file whole. When no stored file has the same size, the bytes cannot be stored already, and the hash is
/// computed as they are parsed: the storing starts at once. Otherwise they are hashed first, and parsed
/// only when new.
fn read_path(
    path: &Path,
    format: Option<Format>,
    options: &Options,
    progress: &(dyn Fn(u64) + Sync),
    stored: Option<&Store>,
) -> Result<(ReadFile, Option<Stream>), LoadError> {
    let name = path.display().to_string();
    let reading = |source| LoadError::Read {
        path: name.clone(),
        source,
    };
    // Standard input (`-`) and other streams that cannot be read twice (a pipe, `/dev/stdin`, a process
    // substitution) are copied to a temporary file first: the format is detected from the first bytes,
    // and a file that may be stored already is hashed before it is parsed, both of which read it again.
    let is_stdin = path.as_os_str() == "-";
    if is_stdin || !std::fs::metadata(path).map_err(reading)?.is_file() {
        let mut spool = tempfile::NamedTempFile::new().map_err(reading)?;
        if is_stdin {
            std::io::copy(&mut std::io::stdin().lock(), &mut spool).map_err(reading)?;
        } else {
            let mut source = std::fs::File::open(path).map_err(reading)?;
            std::io::copy(&mut source, &mut spool).map_err(reading)?;
        }
        // The file stays readable through the handles opened on it, after its path is removed.
        return read_named(spool.path(), &name, format, options, progress, stored);
    }
    read_named(path, &name, format, options, progress, stored)
}

/// Reads the regular file at `path`, under the name `name`.
fn read_named(
    path: &Path,
    name: &str,
    format: Option<Format>,
    options: &Options,
    progress: &(dyn Fn(u64) + Sync),
    stored: Option<&Store>,
) -> Result<(ReadFile, Option<Stream>), LoadError> {
    let name = name.to_string();
    let reading = |source| LoadError::Read {
        path: name.clone(),
        source,
    };
    let mut file = std::fs::File::open(path).map_err(reading)?;
    let size = file.metadata().map(|m| m.len()).unwrap_or(0);
    let format = match format {
        Some(format) => format,
        None => {
            let mut head = Vec::with_capacity(8192);
            (&mut file)
                .take(8192)
                .read_to_end(&mut head)
                .map_err(reading)?;
            file = std::fs::File::open(path).map_err(reading)?;
            dyad_ingest::detect(&name, &head)
                .ok_or_else(|| IngestError::Unrecognised { file: name.clone() })?
        }
    };
    let read = |sha256, content| ReadFile {
        name: name.clone(),
        format,
        sha256,
        size,
        content,
    };
    // A failed lookup only costs the shortcut: the store itself refuses bytes it holds.
    let known = |sha256: &str| stored.is_some_and(|s| s.has_file(sha256).unwrap_or(false));
    if format == Format::Acled || format.streams() {
        // Bytes of a size no stored file has cannot be stored already: they are hashed as they are parsed.
        // Otherwise they are hashed first, without being held in memory, and parsed only when new.
        let sha256 = if stored.is_some_and(|s| s.has_file_of_size(size).unwrap_or(true)) {
            let mut hashing = dyad_ingest::Hashing::new(&file);
            std::io::copy(&mut hashing, &mut std::io::sink()).map_err(reading)?;
            let sha256 = hashing.finish();
            if known(&sha256) {
                progress(size);
                return Ok((read(Some(sha256), Content::Parsed(Parsed::default())), None));
            }
            use std::io::Seek;
            file.rewind().map_err(reading)?;
            Some(sha256)
        } else {
            None
        };
        let (sender, batches) = std::sync::mpsc::sync_channel(4);
        let (spent, spent_received) = std::sync::mpsc::channel();
        // An ACLED export's release is named after its newest `timestamp`, known at the last row; a
        // GDELT export's after its batch, known from its name.
        let provisional = if format == Format::Acled {
            dyad_ingest::acled::provisional_source()
        } else {
            dyad_ingest::gdelt::release(&name, options)
        };
        let stream = Stream {
            name: name.clone(),
            format,
            file,
            options: options.clone(),
            sender,
            spent: spent_received,
            keys: stored
                .and_then(Store::tally_recipe)
                .map(|recipe| (recipe, provisional.clone())),
            sha256: sha256.clone(),
        };
        let content = Content::Streamed {
            provisional,
            batches,
            spent,
        };
        return Ok((read(sha256, content), Some(stream)));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    file.read_to_end(&mut bytes).map_err(reading)?;
    progress(bytes.len() as u64);
    let sha256 = dyad_ingest::sha256_hex(&bytes);
    if known(&sha256) {
        return Ok((read(Some(sha256), Content::Parsed(Parsed::default())), None));
    }
    // A release the file does not name is named from its content, so that a re-save with other line
    // ends names the same release (and its figures are known, not new).
    let options = Options {
        file_sha256: Some(dyad_ingest::content_sha256(&bytes)),
        ..options.clone()
    };
    let parsed = dyad_ingest::parse(format, &name, &bytes, &options)?;
    Ok((read(Some(sha256), Content::Parsed(parsed)), None))
}

/// Stores a file read by [`read_path`] in one transaction, and returns what the parser read besides
/// the events (diagnostics, quarantined rows). The same bytes stored before are a no-op; a streamed file
/// whose parser fails is rolled back whole.
fn store_file(store: &mut Store, file: ReadFile) -> Result<(IngestOutcome, Parsed), LoadError> {
    let header = FileHeader {
        name: &file.name,
        sha256: file.sha256.as_deref().unwrap_or(dyad_store::HASH_PENDING),
        size: file.size,
        format: file.format.name(),
    };
    match file.content {
        Content::Parsed(parsed) => {
            let outcome = store.ingest(&header, &parsed)?;
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
                    Batch::Events(events, keys) => {
                        match &keys {
                            Some(keys) => ingest.add_keyed_events(&events, keys)?,
                            None => ingest.add_events(&events)?,
                        }
                        // When the parser has finished, the batch is simply freed here.
                        let _ = spent.send((events, keys));
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
            Err(LoadError::Stopped { path: file.name })
        }
    }
}
