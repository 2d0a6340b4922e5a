//! Opens the evidence base: the file's settings (pages, WAL, cache, busy timeout), its identity as dyad's
//! file, and its migrations, safely when several processes open a new file at once.

use std::path::Path;

use rusqlite::Connection;

use crate::{Store, StoreError, migrations};

/// How long a statement waits for another process's write before it gives up and says so.
pub const BUSY_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(10);

impl Store {
    /// Opens (or creates) the evidence base at `path`, in WAL mode, migrated to the newest schema.
    pub fn open(path: &Path) -> Result<Store, StoreError> {
        let path_text = path.display().to_string();
        let sqlite = |source| StoreError::from_sqlite(path_text.clone(), source);
        let connection = Connection::open(path).map_err(sqlite)?;
        // First, so that every statement below waits for a writer of another process (a first use of the
        // same new home, an ingest) instead of failing at once.
        connection.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
        // Before any setting is written: another program's file must be left exactly as it was.
        migrations::check_identity(&connection, &path_text)?;
        // Large pages make bulk event ingests cheaper: fewer B-tree pages to split, and fewer, larger frames
        // to log and then copy into the database at the checkpoint. 64 KiB against 16 KiB took a 1 M-event
        // ACLED ingest from 3.62 s to 3.13 s, and changed neither `dyad tables` nor `dyad report`. It only
        // takes effect on a new, empty file, before it turns to WAL.
        connection
            .pragma_update(None, "page_size", 65_536)
            .map_err(sqlite)?;
        // Turning a new file to WAL takes it exclusively, and SQLite answers "locked" at once rather than
        // through the busy handler when another process of a first use holds it: try again until the
        // busy timeout.
        let started = std::time::Instant::now();
        loop {
            match connection.pragma_update(None, "journal_mode", "WAL") {
                Ok(()) => break,
                Err(error)
                    if matches!(
                        error.sqlite_error_code(),
                        Some(
                            rusqlite::ErrorCode::DatabaseBusy | rusqlite::ErrorCode::DatabaseLocked
                        )
                    ) && started.elapsed() < BUSY_TIMEOUT =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(20));
                }
                Err(error) => return Err(sqlite(error)),
            }
        }
        connection
            .pragma_update(None, "synchronous", "NORMAL")
            .map_err(sqlite)?;
        connection
            .pragma_update(None, "foreign_keys", "ON")
            .map_err(sqlite)?;
        // A large ingest is one transaction; with SQLite's default 2 MB page cache its pages spill to the
        // write-ahead log and are read back again and again. 96 MB keeps most of a large file's pages in
        // memory until it commits, and bounds what the cache can take of a run's memory.
        connection
            .pragma_update(None, "cache_size", -98_304)
            .map_err(sqlite)?;
        let mut store = Store {
            connection,
            path: path_text,
            checked: false,
            tally: None,
        };
        migrations::migrate(&mut store.connection, &store.path)?;
        Ok(store)
    }

    /// Opens an existing evidence base for reading only, as a read-only folder or file allows: no
    /// migration, no write-ahead log files created. It must be dyad's and at the newest schema.
    ///
    /// The file is opened as immutable: SQLite then reads a WAL-mode file whose folder it cannot write
    /// its shared-memory file into, and assumes that nothing writes it meanwhile, which holds in a
    /// read-only folder. A reader that lives while others write (the server) uses [`Store::open_reader`].
    pub fn open_read_only(path: &Path) -> Result<Store, StoreError> {
        Store::open_read_only_with(path, true)
    }

    /// Opens an existing evidence base for reading while other processes may write it: read-only, but
    /// seeing their commits (through the write-ahead log and its shared memory, which the folder must
    /// allow). Falls back to [`Store::open_read_only`] in a folder that cannot be written, where nothing
    /// else can write the file either.
    pub fn open_reader(path: &Path) -> Result<Store, StoreError> {
        Store::open_read_only_with(path, false).or_else(|_| Store::open_read_only(path))
    }

    fn open_read_only_with(path: &Path, immutable: bool) -> Result<Store, StoreError> {
        let path_text = path.display().to_string();
        let sqlite = |source| StoreError::from_sqlite(path_text.clone(), source);
        let uri = if immutable {
            format!("file:{}?mode=ro&immutable=1", path.display())
        } else {
            format!("file:{}?mode=ro", path.display())
        };
        let connection = Connection::open_with_flags(
            uri,
            rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY | rusqlite::OpenFlags::SQLITE_OPEN_URI,
        )
        .map_err(sqlite)?;
        connection.busy_timeout(BUSY_TIMEOUT).map_err(sqlite)?;
        let store = Store {
            connection,
            path: path_text.clone(),
            checked: false,
            tally: None,
        };
        let version = store.schema_version()?;
        if version != migrations::latest_version() {
            return Err(StoreError::ReadOnlyOutdated {
                path: path_text,
                found: version,
                known: migrations::latest_version(),
            });
        }
        Ok(store)
    }
}
