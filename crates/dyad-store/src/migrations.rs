//! The evidence base's schema, as an ordered list of migrations.
//!
//! The schema version is SQLite's `user_version`. Migration `i` (1-based) takes a file from version
//! `i - 1` to `i`, inside one transaction. A released migration is never edited: a change to the schema
//! is a new migration at the end of the list, and the tests migrate every earlier version to the newest.

use rusqlite::{Connection, TransactionBehavior};

use crate::StoreError;

/// Merges the monthly aggregates of every undated batch of a dataset (not the events coded from
/// documents) per source, subject and month, into an empty `event_month_undated`: each batch's first
/// aggregate of the month counted, every one stored. Migration 9 runs it, and so does
/// [`crate::Store::rebuild_month_merges`].
macro_rules! merge_undated_months {
    () => {
        "INSERT INTO event_month_undated (source_id, subject, month, n_events, n_quad_1, n_quad_2, n_quad_3,
        n_quad_4, goldstein_micro, tone_sum, mentions_sum, n_batches, n_stored, first_label,
        first_file_id, last_label, labels)
    WITH stored AS (
        SELECT m.*, v.source_id, v.label,
               row_number() OVER (PARTITION BY m.vintage_id, m.subject, m.month ORDER BY m.id) AS copy
        FROM event_month m JOIN vintage v ON v.id = m.vintage_id JOIN source s ON s.id = v.source_id
        WHERE v.released = '' AND s.dataset <> 'dyad text events'),
    batches AS (
        SELECT *, row_number() OVER (PARTITION BY source_id, subject, month ORDER BY label, id) AS rank
        FROM stored WHERE copy = 1)
    SELECT b.source_id, b.subject, b.month, sum(b.n_events), sum(b.n_quad_1), sum(b.n_quad_2),
           sum(b.n_quad_3), sum(b.n_quad_4), sum(CAST(round(b.goldstein_sum * 1000000) AS INTEGER)),
           sum(b.tone_sum), sum(b.mentions_sum),
           count(*),
           (SELECT count(*) FROM stored o
            WHERE o.source_id = b.source_id AND o.subject = b.subject AND o.month = b.month),
           min(b.label), max(CASE WHEN b.rank = 1 THEN b.file_id END), max(b.label),
           CASE WHEN count(*) <= 3 THEN json_group_array(b.label ORDER BY b.rank) ELSE '[]' END
    FROM batches b
    GROUP BY b.source_id, b.subject, b.month;"
    };
}
pub(crate) use merge_undated_months;

/// Every migration, oldest first.
pub const MIGRATIONS: &[&str] = &[
    // 1: sources, vintages, ingested files and observations.
    "CREATE TABLE source (
        id        INTEGER PRIMARY KEY,
        publisher TEXT NOT NULL,
        dataset   TEXT NOT NULL,
        url       TEXT NOT NULL DEFAULT '',
        licence   TEXT NOT NULL DEFAULT '',
        UNIQUE (publisher, dataset)
    );
    CREATE TABLE vintage (
        id        INTEGER PRIMARY KEY,
        source_id INTEGER NOT NULL REFERENCES source (id),
        label     TEXT NOT NULL,
        released  TEXT NOT NULL DEFAULT '',
        UNIQUE (source_id, label)
    );
    CREATE TABLE file (
        id          INTEGER PRIMARY KEY,
        sha256      TEXT NOT NULL UNIQUE,
        name        TEXT NOT NULL,
        size        INTEGER NOT NULL,
        format      TEXT NOT NULL,
        ingested_at TEXT NOT NULL,
        n_records   INTEGER NOT NULL,
        n_new       INTEGER NOT NULL
    );
    CREATE TABLE observation (
        id           INTEGER PRIMARY KEY,
        indicator    TEXT NOT NULL,
        subject      TEXT NOT NULL,
        period       TEXT,
        period_kind  TEXT,
        period_start TEXT,
        period_end   TEXT,
        value        REAL,
        value_low    REAL,
        value_high   REAL,
        value_text   TEXT NOT NULL,
        approximate  INTEGER NOT NULL DEFAULT 0,
        unit         TEXT NOT NULL,
        concept      TEXT NOT NULL DEFAULT '',
        basis        TEXT NOT NULL DEFAULT '',
        agency       TEXT NOT NULL DEFAULT '',
        status       TEXT NOT NULL CHECK (status IN ('observed', 'estimate', 'projection', 'claimed')),
        note         TEXT NOT NULL DEFAULT '',
        vintage_id   INTEGER NOT NULL REFERENCES vintage (id),
        file_id      INTEGER NOT NULL REFERENCES file (id),
        locator      TEXT NOT NULL DEFAULT ''
    );
    CREATE INDEX observation_by_indicator ON observation (indicator, subject, period_start);
    -- The same figure from the same source and vintage is one observation, whichever file carried it.
    CREATE UNIQUE INDEX observation_identity ON observation (
        indicator, subject, ifnull(period, ''), value_text, unit, concept, basis, agency, status, vintage_id
    );",
    // 2: rows quarantined by lenient ingests, kept beside the file they came from.
    "ALTER TABLE file ADD COLUMN n_quarantined INTEGER NOT NULL DEFAULT 0;
    CREATE TABLE quarantine (
        id       INTEGER PRIMARY KEY,
        file_id  INTEGER NOT NULL REFERENCES file (id),
        record   INTEGER NOT NULL,
        line     INTEGER NOT NULL,
        field    TEXT NOT NULL,
        value    TEXT NOT NULL,
        expected TEXT NOT NULL,
        raw      TEXT NOT NULL
    );",
    // 3: events from event datasets, their deletions, monthly aggregates and mentions.
    "CREATE TABLE event (
        id              INTEGER PRIMARY KEY,
        source_id       TEXT NOT NULL,
        date_start      TEXT NOT NULL,
        date_end        TEXT NOT NULL,
        date_precision  TEXT NOT NULL DEFAULT '',
        actor1          TEXT NOT NULL DEFAULT '',
        actor1_country  TEXT NOT NULL DEFAULT '',
        actor1_code     TEXT NOT NULL DEFAULT '',
        actor2          TEXT NOT NULL DEFAULT '',
        actor2_country  TEXT NOT NULL DEFAULT '',
        actor2_code     TEXT NOT NULL DEFAULT '',
        source_type     TEXT NOT NULL,
        category        TEXT NOT NULL,
        country         TEXT NOT NULL DEFAULT '',
        admin1          TEXT NOT NULL DEFAULT '',
        admin2          TEXT NOT NULL DEFAULT '',
        location        TEXT NOT NULL DEFAULT '',
        latitude        REAL,
        longitude       REAL,
        fatalities      REAL,
        fatalities_low  REAL,
        fatalities_high REAL,
        goldstein       REAL,
        quad_class      INTEGER,
        mentions        INTEGER,
        tone            REAL,
        description     TEXT NOT NULL DEFAULT '',
        vintage_id      INTEGER NOT NULL REFERENCES vintage (id),
        file_id         INTEGER NOT NULL REFERENCES file (id),
        record          INTEGER NOT NULL,
        -- One event once per release; a new release of the same event is a new row.
        UNIQUE (vintage_id, source_id)
    );
    CREATE TABLE event_deletion (
        id         INTEGER PRIMARY KEY,
        source_id  TEXT NOT NULL,
        deleted_at TEXT NOT NULL,
        vintage_id INTEGER NOT NULL REFERENCES vintage (id),
        file_id    INTEGER NOT NULL REFERENCES file (id),
        record     INTEGER NOT NULL
    );
    CREATE INDEX event_deletion_by_source_id ON event_deletion (source_id);
    CREATE TABLE event_month (
        id            INTEGER PRIMARY KEY,
        subject       TEXT NOT NULL,
        month         TEXT NOT NULL,
        n_events      INTEGER NOT NULL,
        n_quad_1      INTEGER NOT NULL,
        n_quad_2      INTEGER NOT NULL,
        n_quad_3      INTEGER NOT NULL,
        n_quad_4      INTEGER NOT NULL,
        goldstein_sum REAL NOT NULL,
        tone_sum      REAL NOT NULL,
        mentions_sum  INTEGER NOT NULL,
        vintage_id    INTEGER NOT NULL REFERENCES vintage (id),
        file_id       INTEGER NOT NULL REFERENCES file (id)
    );
    CREATE TABLE event_mention (
        id              INTEGER PRIMARY KEY,
        event_source_id TEXT NOT NULL,
        mention_time    TEXT NOT NULL,
        mention_type    TEXT NOT NULL,
        source_name     TEXT NOT NULL,
        identifier      TEXT NOT NULL,
        confidence      REAL,
        doc_tone        REAL,
        vintage_id      INTEGER NOT NULL REFERENCES vintage (id),
        file_id         INTEGER NOT NULL REFERENCES file (id)
    );",
    // 4: copies of an event that differ from the one its release holds. The release keeps the copy stored
    // first; a later file's differing copy is kept here, whole, rather than dropped.
    "CREATE TABLE event_conflict (
        id         INTEGER PRIMARY KEY,
        vintage_id INTEGER NOT NULL REFERENCES vintage (id),
        source_id  TEXT NOT NULL,
        file_id    INTEGER NOT NULL REFERENCES file (id),
        record     INTEGER NOT NULL,
        -- The differing copy's fields, as a JSON object.
        content    TEXT NOT NULL
    );
    CREATE INDEX event_conflict_by_event ON event_conflict (vintage_id, source_id);",
    // 5: documents, their passages, and a full-text index of the passages. The index is an FTS5 table
    // over `passage` (external content, keyed by the passage's id), filled by a trigger in the same
    // transaction as the passage; passages are never updated or deleted, so inserting is all it follows.
    // The Porter stemmer lets `refugee` find `refugees`; phrases still match words in their order.
    "CREATE TABLE document (
        id          INTEGER PRIMARY KEY,
        sha256      TEXT NOT NULL UNIQUE,
        file_name   TEXT NOT NULL,
        format      TEXT NOT NULL,
        kind        TEXT NOT NULL,
        title       TEXT NOT NULL,
        date        TEXT NOT NULL DEFAULT '',
        publisher   TEXT NOT NULL DEFAULT '',
        author      TEXT NOT NULL DEFAULT '',
        url         TEXT NOT NULL DEFAULT '',
        licence     TEXT NOT NULL DEFAULT '',
        -- The extracted text: every passage's span counts characters of it.
        text        TEXT NOT NULL,
        n_chars     INTEGER NOT NULL,
        ingested_at TEXT NOT NULL
    );
    CREATE TABLE passage (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL REFERENCES document (id),
        number      INTEGER NOT NULL,
        page        INTEGER,
        char_start  INTEGER NOT NULL,
        char_end    INTEGER NOT NULL,
        text        TEXT NOT NULL,
        UNIQUE (document_id, number)
    );
    CREATE VIRTUAL TABLE passage_search USING fts5 (
        text,
        content = 'passage',
        content_rowid = 'id',
        tokenize = 'porter unicode61 remove_diacritics 2'
    );
    CREATE TRIGGER passage_searchable AFTER INSERT ON passage BEGIN
        INSERT INTO passage_search (rowid, text) VALUES (new.id, new.text);
    END;",
    // 6: codes applied to passages, by a codebook's rules (coder `rule:NAME@VERSION#SHA12`) or by a
    // person, with the codebooks' text; and readings, which record that a coder read a passage whether
    // or not a code was applied, so that reliability tells uncoded passages from unread ones. Unlike
    // figures and events, a codebook's codes are replaced whole when it codes again.
    "CREATE TABLE codebook (
        id        INTEGER PRIMARY KEY,
        name      TEXT NOT NULL,
        version   TEXT NOT NULL,
        sha256    TEXT NOT NULL UNIQUE,
        text      TEXT NOT NULL,
        -- When it last coded: the codebook of a name that coded last is the one that codes new passages.
        coded_at  TEXT NOT NULL
    );
    CREATE TABLE code (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL,
        passage     INTEGER NOT NULL,
        family      TEXT NOT NULL CHECK (family IN ('theme', 'lens')),
        code        TEXT NOT NULL,
        char_start  INTEGER NOT NULL,
        char_end    INTEGER NOT NULL CHECK (char_end >= char_start),
        coder       TEXT NOT NULL,
        score       REAL,
        hits        TEXT,
        FOREIGN KEY (document_id, passage) REFERENCES passage (document_id, number),
        UNIQUE (document_id, passage, family, code, char_start, char_end, coder)
    );
    CREATE INDEX code_by_coder ON code (coder);
    CREATE TABLE passage_reading (
        id          INTEGER PRIMARY KEY,
        document_id INTEGER NOT NULL,
        passage     INTEGER NOT NULL,
        coder       TEXT NOT NULL,
        UNIQUE (document_id, passage, coder),
        FOREIGN KEY (document_id, passage) REFERENCES passage (document_id, number)
    );
    CREATE INDEX passage_reading_by_coder ON passage_reading (coder);",
    // 7: the evidence base's generation, a number every committed change raises, so that a reader (the
    // server's cache) can tell at the cost of one row whether anything changed. Files, documents and
    // codings raise it by triggers, one row each; people's codes raise it in their own transaction.
    "CREATE TABLE generation (
        id    INTEGER PRIMARY KEY CHECK (id = 1),
        value INTEGER NOT NULL
    );
    INSERT INTO generation (id, value) VALUES (1, 0);
    CREATE TRIGGER generation_after_file AFTER INSERT ON file BEGIN
        UPDATE generation SET value = value + 1 WHERE id = 1;
    END;
    CREATE TRIGGER generation_after_file_update AFTER UPDATE ON file BEGIN
        UPDATE generation SET value = value + 1 WHERE id = 1;
    END;
    CREATE TRIGGER generation_after_document AFTER INSERT ON document BEGIN
        UPDATE generation SET value = value + 1 WHERE id = 1;
    END;
    CREATE TRIGGER generation_after_coding AFTER INSERT ON codebook BEGIN
        UPDATE generation SET value = value + 1 WHERE id = 1;
    END;
    CREATE TRIGGER generation_after_recoding AFTER UPDATE ON codebook BEGIN
        UPDATE generation SET value = value + 1 WHERE id = 1;
    END;",
    // 8: tallies of events by file, day, country and the measures' key, kept in the transaction of each
    // file, so that reading what the measures need costs the same however many events are stored; the
    // recipe they were made under (`''` when none is current: they are then rebuilt at the next write).
    // The event table is rebuilt with its identity keyed by the source's id first, so that another
    // release's copy of an event is found through it. (The rows one file stored lie above the largest
    // row id before it, so no index by file is kept: each would cost every insert.)
    "CREATE TABLE event_keyed (
        id              INTEGER PRIMARY KEY,
        source_id       TEXT NOT NULL,
        date_start      TEXT NOT NULL,
        date_end        TEXT NOT NULL,
        date_precision  TEXT NOT NULL DEFAULT '',
        actor1          TEXT NOT NULL DEFAULT '',
        actor1_country  TEXT NOT NULL DEFAULT '',
        actor1_code     TEXT NOT NULL DEFAULT '',
        actor2          TEXT NOT NULL DEFAULT '',
        actor2_country  TEXT NOT NULL DEFAULT '',
        actor2_code     TEXT NOT NULL DEFAULT '',
        source_type     TEXT NOT NULL,
        category        TEXT NOT NULL,
        country         TEXT NOT NULL DEFAULT '',
        admin1          TEXT NOT NULL DEFAULT '',
        admin2          TEXT NOT NULL DEFAULT '',
        location        TEXT NOT NULL DEFAULT '',
        latitude        REAL,
        longitude       REAL,
        fatalities      REAL,
        fatalities_low  REAL,
        fatalities_high REAL,
        goldstein       REAL,
        quad_class      INTEGER,
        mentions        INTEGER,
        tone            REAL,
        description     TEXT NOT NULL DEFAULT '',
        vintage_id      INTEGER NOT NULL REFERENCES vintage (id),
        file_id         INTEGER NOT NULL REFERENCES file (id),
        record          INTEGER NOT NULL,
        -- One event once per release; another release's copy is found by the source's id.
        UNIQUE (source_id, vintage_id)
    );
    INSERT INTO event_keyed SELECT * FROM event;
    DROP TABLE event;
    ALTER TABLE event_keyed RENAME TO event;
    -- Each release's count of events, kept by each ingest, for the list of sources.
    ALTER TABLE vintage ADD COLUMN n_events INTEGER NOT NULL DEFAULT 0;
    CREATE INDEX event_by_vintage_once ON event (vintage_id);
    UPDATE vintage SET n_events = (SELECT count(*) FROM event e WHERE e.vintage_id = vintage.id);
    DROP INDEX event_by_vintage_once;
    CREATE TABLE event_tally (
        id                INTEGER PRIMARY KEY,
        vintage_id        INTEGER NOT NULL REFERENCES vintage (id),
        file_id           INTEGER NOT NULL REFERENCES file (id),
        date_start        TEXT NOT NULL,
        date_end          TEXT NOT NULL,
        country           TEXT NOT NULL,
        key               TEXT NOT NULL,
        -- The first as-of date at which a later release of these events counts instead; '' for none.
        until             TEXT NOT NULL,
        n_latest          INTEGER NOT NULL,
        fatalities_latest REAL NOT NULL,
        n_cut             INTEGER NOT NULL,
        fatalities_cut    REAL NOT NULL,
        n_stored          INTEGER NOT NULL,
        UNIQUE (file_id, date_start, date_end, country, key, until)
    );
    CREATE INDEX event_tally_by_vintage ON event_tally (vintage_id);
    CREATE TABLE event_tally_recipe (
        id     INTEGER PRIMARY KEY CHECK (id = 1),
        recipe TEXT NOT NULL
    );
    INSERT INTO event_tally_recipe (id, recipe) VALUES (1, '');",
    // 9: the tallies of undated releases (GDELT's 15-minute batches, which no as-of cut reads) kept merged
    // across their files as they are written, so that their rows grow with days and keys rather than
    // with batches: one row per source, days, country and key, and per file how many of its events count
    // and are stored in each year, country and key of its source (the files a count lists, and cites;
    // these still grow with the batches, by a few rows each). The rows of undated releases move there;
    // the old tallies are rebuilt at the next write, which tells the user.
    concat!(
        "CREATE TABLE event_tally_undated (
        id                INTEGER PRIMARY KEY,
        source_id         INTEGER NOT NULL REFERENCES source (id),
        date_start        TEXT NOT NULL,
        date_end          TEXT NOT NULL,
        country           TEXT NOT NULL,
        key               TEXT NOT NULL,
        n_latest          INTEGER NOT NULL,
        fatalities_latest REAL NOT NULL,
        n_stored          INTEGER NOT NULL,
        UNIQUE (source_id, date_start, date_end, country, key)
    );
    CREATE TABLE event_tally_file (
        source_id  INTEGER NOT NULL REFERENCES source (id),
        year       INTEGER NOT NULL,
        country    TEXT NOT NULL,
        key        TEXT NOT NULL,
        file_id    INTEGER NOT NULL REFERENCES file (id),
        vintage_id INTEGER NOT NULL REFERENCES vintage (id),
        n_latest   INTEGER NOT NULL,
        n_stored   INTEGER NOT NULL,
        PRIMARY KEY (source_id, year, country, key, file_id)
    ) WITHOUT ROWID;
    DELETE FROM event_tally;
    UPDATE event_tally_recipe SET recipe = '';
    -- The monthly aggregates of undated batches (a dataset's, not the events coded from documents),
    -- merged per source, subject and month: each batch counted once (a batch ingested plain and zipped
    -- is one), with how many batches and stored aggregates, the first and last batch's label, every
    -- label while there are no more than three (a JSON array), and the file of the first (which a
    -- figure cites).
    CREATE INDEX event_month_by_batch ON event_month (vintage_id, subject, month);
    CREATE TABLE event_month_undated (
        id            INTEGER PRIMARY KEY,
        source_id     INTEGER NOT NULL REFERENCES source (id),
        subject       TEXT NOT NULL,
        month         TEXT NOT NULL,
        n_events      INTEGER NOT NULL,
        n_quad_1      INTEGER NOT NULL,
        n_quad_2      INTEGER NOT NULL,
        n_quad_3      INTEGER NOT NULL,
        n_quad_4      INTEGER NOT NULL,
        -- In millionths, so that a sum is the same in any order.
        goldstein_micro INTEGER NOT NULL,
        tone_sum      REAL NOT NULL,
        mentions_sum  INTEGER NOT NULL,
        n_batches     INTEGER NOT NULL,
        n_stored      INTEGER NOT NULL,
        first_label   TEXT NOT NULL,
        first_file_id INTEGER NOT NULL REFERENCES file (id),
        last_label    TEXT NOT NULL,
        labels        TEXT NOT NULL,
        UNIQUE (source_id, subject, month)
    );
",
        merge_undated_months!()
    ),
];

/// The newest schema version.
pub fn latest_version() -> i64 {
    MIGRATIONS.len() as i64
}

/// The SQLite application id of a dyad evidence base: the bytes `dyad`. A file with another id is another
/// program's, and is never migrated.
pub const APPLICATION_ID: i32 = i32::from_be_bytes(*b"dyad");

/// Refuses a file that is not a dyad evidence base: another program's id, or tables but no dyad schema.
/// A file from before dyad set its id (its `file` and `observation` tables are there) is dyad's.
pub(crate) fn check_identity(connection: &Connection, path: &str) -> Result<(), StoreError> {
    let sqlite = |source| StoreError::from_sqlite(path.to_string(), source);
    let id: i32 = connection
        .pragma_query_value(None, "application_id", |row| row.get(0))
        .map_err(sqlite)?;
    if id == APPLICATION_ID {
        return Ok(());
    }
    let tables: Vec<String> = {
        let mut statement = connection
            .prepare("SELECT name FROM sqlite_schema WHERE type = 'table' ORDER BY name")
            .map_err(sqlite)?;
        statement
            .query_map([], |row| row.get(0))
            .map_err(sqlite)?
            .collect::<Result<Vec<String>, _>>()
            .map_err(sqlite)?
    };
    let older_dyad = ["file", "observation", "source", "vintage"]
        .iter()
        .all(|name| tables.iter().any(|t| t == name));
    if id == 0 && (tables.is_empty() || older_dyad) {
        return Ok(());
    }
    Err(StoreError::NotDyad {
        path: path.to_string(),
        detail: if id == 0 {
            format!("it holds other tables ({})", tables.join(", "))
        } else {
            format!("its application id is {id:#010x}")
        },
    })
}

/// Applies the migrations the file lacks, in one write transaction, after checking the file is dyad's.
pub fn migrate(connection: &mut Connection, path: &str) -> Result<(), StoreError> {
    migrate_to(connection, path, latest_version())
}

/// Applies migrations up to `target`. Tests use it to build every earlier schema.
pub fn migrate_to(connection: &mut Connection, path: &str, target: i64) -> Result<(), StoreError> {
    let sqlite = |source| StoreError::from_sqlite(path.to_string(), source);
    let version_of = |connection: &Connection| -> rusqlite::Result<i64> {
        connection.pragma_query_value(None, "user_version", |row| row.get(0))
    };
    check_identity(connection, path)?;
    let current = version_of(connection).map_err(sqlite)?;
    if current > latest_version() {
        return Err(StoreError::TooNew {
            path: path.to_string(),
            found: current,
            known: latest_version(),
        });
    }
    if current >= target {
        return Ok(());
    }
    // Every migration runs in one write transaction taken at its start, so that processes opening a new
    // file at once queue; each re-reads the version inside it and skips what another already applied.
    let transaction = connection
        .transaction_with_behavior(TransactionBehavior::Immediate)
        .map_err(sqlite)?;
    let current = version_of(&transaction).map_err(sqlite)?;
    for version in current + 1..=target {
        transaction
            .execute_batch(MIGRATIONS[(version - 1) as usize])
            .map_err(sqlite)?;
        transaction
            .pragma_update(None, "user_version", version)
            .map_err(sqlite)?;
    }
    transaction
        .pragma_update(None, "application_id", APPLICATION_ID)
        .map_err(sqlite)?;
    transaction.commit().map_err(sqlite)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn schema(connection: &Connection) -> Vec<String> {
        let mut statement =
            connection.prepare("SELECT type, name, sql FROM sqlite_schema WHERE sql IS NOT NULL ORDER BY type, name").unwrap();
        let rows = statement.query_map([], |row| {
            Ok(format!(
                "{} {}: {}",
                row.get::<_, String>(0)?,
                row.get::<_, String>(1)?,
                row.get::<_, String>(2)?
            ))
        });
        rows.unwrap().map(Result::unwrap).collect()
    }

    #[test]
    fn every_earlier_schema_migrates_to_the_newest() {
        let mut fresh = Connection::open_in_memory().unwrap();
        migrate(&mut fresh, ":memory:").unwrap();
        let newest = schema(&fresh);
        assert!(newest.iter().any(|line| line.contains("quarantine")));
        for start in 0..latest_version() {
            let mut old = Connection::open_in_memory().unwrap();
            migrate_to(&mut old, ":memory:", start).unwrap();
            if start >= 1 {
                // A figure stored under the old schema must survive the migration.
                old.execute_batch(
                    "INSERT INTO source (publisher, dataset) VALUES ('P', 'D');
                     INSERT INTO vintage (source_id, label) VALUES (1, 'v1');
                     INSERT INTO file (sha256, name, size, format, ingested_at, n_records, n_new)
                         VALUES ('h', 'f.csv', 1, 'figures', 't', 1, 1);
                     INSERT INTO observation (indicator, subject, value_text, unit, status, vintage_id, file_id)
                         VALUES ('a.b', 'PAK', '5', 'persons', 'observed', 1, 1);",
                )
                .unwrap();
            }
            migrate(&mut old, ":memory:").unwrap();
            assert_eq!(
                schema(&old),
                newest,
                "schema after migrating from version {start}"
            );
            let version: i64 = old
                .pragma_query_value(None, "user_version", |row| row.get(0))
                .unwrap();
            assert_eq!(version, latest_version());
            let kept: i64 = old
                .query_row("SELECT count(*) FROM observation", [], |row| row.get(0))
                .unwrap();
            assert_eq!(
                kept,
                i64::from(start >= 1),
                "observations kept from version {start}"
            );
        }
    }

    #[test]
    fn refuses_a_newer_file() {
        let mut connection = Connection::open_in_memory().unwrap();
        connection.pragma_update(None, "user_version", 99).unwrap();
        let error = migrate(&mut connection, "x.sqlite").unwrap_err();
        assert!(
            matches!(error, StoreError::TooNew { found: 99, .. }),
            "{error}"
        );
    }
}
