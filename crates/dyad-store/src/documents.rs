//! Stores documents and their passages, lists and shows them, searches the passages in full text, and
//! builds their export tables.
//!
//! A document is stored once per SHA-256 of its file's bytes, with its passages, in one transaction; the
//! full-text index of the passages is filled by a trigger in the same transaction, so a passage is
//! searchable exactly when it is stored. Search ranks passages by FTS5's bm25 and gives each hit its
//! passage's span, the span of its first matching words, and a snippet with the matches marked.

use dyad_model::document::{Document, DocumentFormat, DocumentKind, Locator, Passage};
use dyad_model::table::{ColumnKind, Datum, ExportTable};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

use crate::query::SearchQuery;
use crate::{Store, StoreError};

/// What adding a document did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DocumentOutcome {
    /// The document was stored with its passages.
    Added {
        /// Its id.
        id: i64,
        /// How many passages it has.
        n_passages: usize,
    },
    /// The same bytes were stored before; nothing changed.
    AlreadyStored {
        /// The stored document's id.
        id: i64,
        /// The file name it was stored under.
        file_name: String,
        /// When it was stored.
        ingested_at: String,
    },
}

/// Which documents a listing, a search or an export keeps.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DocumentFilter<'a> {
    /// Only documents of this kind.
    pub kind: Option<DocumentKind>,
    /// Only documents dated on or after this day (`YYYY-MM-DD`). A document dated by its month or year
    /// only is kept when the month or year ends on or after it; an undated document is left out.
    pub since: Option<&'a str>,
}

/// A stored document, without its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DocumentSummary {
    /// Its id in the evidence base.
    pub id: i64,
    /// The SHA-256 of its file's bytes.
    pub sha256: String,
    /// The file name it was added under.
    pub file_name: String,
    /// The format it was read from.
    pub format: DocumentFormat,
    /// Its kind.
    pub kind: DocumentKind,
    /// Its title.
    pub title: String,
    /// Its date, or empty.
    pub date: String,
    /// Its publisher, or empty.
    pub publisher: String,
    /// Its author, or empty.
    pub author: String,
    /// Its address, or empty.
    pub url: String,
    /// Its licence, or empty.
    pub licence: String,
    /// The length of its text in characters.
    pub n_chars: i64,
    /// How many passages it has.
    pub n_passages: i64,
    /// When it was stored.
    pub ingested_at: String,
}

/// A stored document with its text and passages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredDocument {
    /// What it is.
    pub summary: DocumentSummary,
    /// Its extracted text.
    pub text: String,
    /// Its passages, in order.
    pub passages: Vec<Passage>,
}

/// How to search.
#[derive(Debug, Clone, Copy)]
pub struct SearchOptions<'a> {
    /// Which documents to search.
    pub filter: DocumentFilter<'a>,
    /// The most hits to return.
    pub limit: usize,
    /// The marks put before and after each match in a snippet.
    pub marks: (&'a str, &'a str),
}

/// A passage that matches a search.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchHit {
    /// The document's id.
    pub document_id: i64,
    /// Its title.
    pub title: String,
    /// The file name it was added under.
    pub file_name: String,
    /// Its kind.
    pub kind: String,
    /// Its date, or empty.
    pub date: String,
    /// The passage's number in the document.
    pub passage: u32,
    /// Where the passage stands in the document.
    pub locator: Locator,
    /// Where the passage's first matching words stand in the document, when FTS5 marks them.
    pub first_match: Option<Locator>,
    /// Words around the matches, each match between the marks asked for.
    pub snippet: String,
    /// FTS5's bm25 score, negated so that a higher score is a better match.
    pub score: f64,
}

/// The end of the period a stored date names, for comparing with a day: `2021` ends `2021-12-31`,
/// `2021-08` ends `2021-08-31` (a day that may not exist, which only compares).
const DATE_END_SQL: &str = "CASE length(d.date) WHEN 4 THEN d.date || '-12-31' WHEN 7 THEN d.date || '-31' ELSE d.date END";

/// The summary columns, in the order `summary_at` reads them, for a query whose document is `d`.
const SUMMARY_COLUMNS: &str = "d.id, d.sha256, d.file_name, d.format, d.kind, d.title, d.date, d.publisher, d.author, d.url,
    d.licence, d.n_chars, (SELECT count(*) FROM passage p WHERE p.document_id = d.id), d.ingested_at";

impl Store {
    /// The document stored with these bytes' hash, if any: its id, file name and when it was stored.
    pub fn stored_document(&self, sha256: &str) -> Result<Option<DocumentOutcome>, StoreError> {
        self.connection
            .query_row(
                "SELECT id, file_name, ingested_at FROM document WHERE sha256 = ?1",
                [sha256],
                |row| {
                    Ok(DocumentOutcome::AlreadyStored {
                        id: row.get(0)?,
                        file_name: row.get(1)?,
                        ingested_at: row.get(2)?,
                    })
                },
            )
            .optional()
            .map_err(|e| self.sqlite(e))
    }

    /// Stores `document` and its passages in one transaction, or says it is stored already.
    pub fn add_document(&mut self, document: &Document) -> Result<DocumentOutcome, StoreError> {
        self.check_before_write()?;
        let path = self.path.clone();
        let sqlite = |source| StoreError::from_sqlite(path.clone(), source);
        // A write transaction from the start, as an ingest takes one: writers queue for the busy timeout,
        // and the hash is looked up inside it, so two processes adding the same bytes store them once.
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        let stored = transaction
            .query_row(
                "SELECT id, file_name, ingested_at FROM document WHERE sha256 = ?1",
                [&document.sha256],
                |row| {
                    Ok(DocumentOutcome::AlreadyStored {
                        id: row.get(0)?,
                        file_name: row.get(1)?,
                        ingested_at: row.get(2)?,
                    })
                },
            )
            .optional()
            .map_err(sqlite)?;
        if let Some(stored) = stored {
            return Ok(stored);
        }
        transaction
            .execute(
                "INSERT INTO document (sha256, file_name, format, kind, title, date, publisher, author, url,
                                       licence, text, n_chars, ingested_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))",
                params![
                    document.sha256,
                    document.file_name,
                    document.format.as_str(),
                    document.kind.as_str(),
                    document.title,
                    document.date,
                    document.publisher,
                    document.author,
                    document.url,
                    document.licence,
                    document.text,
                    document.text.chars().count() as i64,
                ],
            )
            .map_err(sqlite)?;
        let id = transaction.last_insert_rowid();
        {
            let mut insert = transaction
                .prepare(
                    "INSERT INTO passage (document_id, number, page, char_start, char_end, text)
                     VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                )
                .map_err(sqlite)?;
            for passage in &document.passages {
                insert
                    .execute(params![
                        id,
                        passage.number,
                        passage.locator.page,
                        passage.locator.start,
                        passage.locator.end,
                        passage.text,
                    ])
                    .map_err(sqlite)?;
            }
        }
        transaction.commit().map_err(sqlite)?;
        Ok(DocumentOutcome::Added {
            id,
            n_passages: document.passages.len(),
        })
    }

    /// Reads a summary from the row's columns in the order of [`SUMMARY_COLUMNS`].
    fn summary_at(
        &self,
        row: &rusqlite::Row<'_>,
    ) -> rusqlite::Result<Result<DocumentSummary, StoreError>> {
        let id: i64 = row.get(0)?;
        let format_name: String = row.get(3)?;
        let kind_name: String = row.get(4)?;
        let corrupt = |message: String| StoreError::CorruptDocument {
            path: self.path.clone(),
            id,
            message,
        };
        let Some(format) = DocumentFormat::parse(&format_name) else {
            return Ok(Err(corrupt(format!("unknown format `{format_name}`"))));
        };
        let Some(kind) = DocumentKind::parse(&kind_name) else {
            return Ok(Err(corrupt(format!("unknown kind `{kind_name}`"))));
        };
        Ok(Ok(DocumentSummary {
            id,
            sha256: row.get(1)?,
            file_name: row.get(2)?,
            format,
            kind,
            title: row.get(5)?,
            date: row.get(6)?,
            publisher: row.get(7)?,
            author: row.get(8)?,
            url: row.get(9)?,
            licence: row.get(10)?,
            n_chars: row.get(11)?,
            n_passages: row.get(12)?,
            ingested_at: row.get(13)?,
        }))
    }

    /// Every stored document that `filter` keeps, by date (undated last), then by id.
    pub fn documents(
        &self,
        filter: &DocumentFilter<'_>,
    ) -> Result<Vec<DocumentSummary>, StoreError> {
        let sql = format!(
            "SELECT {SUMMARY_COLUMNS} FROM document d
             WHERE (?1 IS NULL OR d.kind = ?1) AND (?2 IS NULL OR (d.date <> '' AND {DATE_END_SQL} >= ?2))
             ORDER BY d.date = '', d.date, d.id"
        );
        let mut statement = self.connection.prepare(&sql).map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map(
                params![filter.kind.map(DocumentKind::as_str), filter.since],
                |row| self.summary_at(row),
            )
            .map_err(|e| self.sqlite(e))?;
        let mut summaries = Vec::new();
        for row in rows {
            summaries.push(row.map_err(|e| self.sqlite(e))??);
        }
        Ok(summaries)
    }

    /// The stored document with this id, with its text and passages.
    pub fn document(&self, id: i64) -> Result<Option<StoredDocument>, StoreError> {
        let found = self
            .connection
            .query_row(
                &format!("SELECT {SUMMARY_COLUMNS}, d.text FROM document d WHERE d.id = ?1"),
                [id],
                |row| Ok((self.summary_at(row)?, row.get::<_, String>(14)?)),
            )
            .optional()
            .map_err(|e| self.sqlite(e))?;
        let Some((summary, text)) = found else {
            return Ok(None);
        };
        let summary = summary?;
        let mut statement = self
            .connection
            .prepare(
                "SELECT number, page, char_start, char_end, text FROM passage
                 WHERE document_id = ?1 ORDER BY number",
            )
            .map_err(|e| self.sqlite(e))?;
        let passages = statement
            .query_map([id], |row| {
                Ok(Passage {
                    number: row.get(0)?,
                    locator: Locator {
                        page: row.get(1)?,
                        start: row.get(2)?,
                        end: row.get(3)?,
                    },
                    text: row.get(4)?,
                })
            })
            .map_err(|e| self.sqlite(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.sqlite(e))?;
        Ok(Some(StoredDocument {
            summary,
            text,
            passages,
        }))
    }

    /// The passages that match `query`, best first (by bm25, then in the order they were stored).
    pub fn search(
        &self,
        query: &SearchQuery,
        options: &SearchOptions<'_>,
    ) -> Result<Vec<SearchHit>, StoreError> {
        // The best passages are chosen first, by bm25 alone, and only they get a snippet and highlights,
        // each by a lookup of its own row: those are the costly part, and computing them for every match
        // made a common word slow on a large archive. Without a filter, the choice reads the full-text
        // index alone; a filter joins the documents.
        let path = self.path.clone();
        let sqlite = |source| StoreError::from_sqlite(path.clone(), source);
        let fts5 = query.as_fts5();
        let limit = i64::try_from(options.limit).unwrap_or(i64::MAX);
        let filtered = options.filter.kind.is_some() || options.filter.since.is_some();
        let choose = if filtered {
            format!(
                "SELECT passage_search.rowid, bm25(passage_search) AS score
                 FROM passage_search
                 JOIN passage p ON p.id = passage_search.rowid
                 JOIN document d ON d.id = p.document_id
                 WHERE passage_search MATCH ?1
                   AND (?2 IS NULL OR d.kind = ?2)
                   AND (?3 IS NULL OR (d.date <> '' AND {DATE_END_SQL} >= ?3))
                 ORDER BY score, passage_search.rowid
                 LIMIT ?4"
            )
        } else {
            "SELECT rowid, bm25(passage_search) AS score FROM passage_search
             WHERE passage_search MATCH ?1 AND ?2 IS NULL AND ?3 IS NULL
             ORDER BY score, rowid
             LIMIT ?4"
                .to_string()
        };
        let best: Vec<(i64, f64)> = self
            .connection
            .prepare(&choose)
            .map_err(sqlite)?
            .query_map(
                params![
                    fts5,
                    options.filter.kind.map(DocumentKind::as_str),
                    options.filter.since,
                    limit
                ],
                |row| Ok((row.get(0)?, row.get(1)?)),
            )
            .map_err(sqlite)?
            .collect::<Result<_, _>>()
            .map_err(sqlite)?;
        let mut marked = self
            .connection
            .prepare(
                "SELECT snippet(passage_search, 0, ?3, ?4, '…', 16),
                        highlight(passage_search, 0, char(1), char(2))
                 FROM passage_search WHERE passage_search MATCH ?1 AND rowid = ?2",
            )
            .map_err(sqlite)?;
        let mut described = self
            .connection
            .prepare(
                "SELECT d.id, d.title, d.file_name, d.kind, d.date, p.number, p.page, p.char_start, p.char_end
                 FROM passage p JOIN document d ON d.id = p.document_id WHERE p.id = ?1",
            )
            .map_err(sqlite)?;
        let mut hits = Vec::with_capacity(best.len());
        for (id, score) in best {
            let (snippet, highlighted): (String, String) = marked
                .query_row(params![fts5, id, options.marks.0, options.marks.1], |row| {
                    Ok((row.get(0)?, row.get(1)?))
                })
                .map_err(sqlite)?;
            let hit = described
                .query_row([id], |row| {
                    let locator = Locator {
                        page: row.get(6)?,
                        start: row.get(7)?,
                        end: row.get(8)?,
                    };
                    Ok(SearchHit {
                        document_id: row.get(0)?,
                        title: row.get(1)?,
                        file_name: row.get(2)?,
                        kind: row.get(3)?,
                        date: row.get(4)?,
                        passage: row.get(5)?,
                        locator,
                        first_match: first_match(&highlighted, locator),
                        snippet: snippet.clone(),
                        score: -score,
                    })
                })
                .map_err(sqlite)?;
            hits.push(hit);
        }
        Ok(hits)
    }

    /// The documents `filter` keeps, one row each, with their text: the table R and pandas read.
    pub fn document_table(&self, filter: &DocumentFilter<'_>) -> Result<ExportTable, StoreError> {
        let mut table = ExportTable::new(
            "documents",
            &[
                ("document_id", ColumnKind::Integer),
                ("sha256", ColumnKind::Text),
                ("title", ColumnKind::Text),
                ("kind", ColumnKind::Text),
                ("date", ColumnKind::Text),
                ("publisher", ColumnKind::Text),
                ("author", ColumnKind::Text),
                ("url", ColumnKind::Text),
                ("licence", ColumnKind::Text),
                ("file_name", ColumnKind::Text),
                ("format", ColumnKind::Text),
                ("n_passages", ColumnKind::Integer),
                ("n_chars", ColumnKind::Integer),
                ("ingested_at", ColumnKind::Text),
                ("text", ColumnKind::Text),
            ],
        );
        for summary in self.documents(filter)? {
            let text: String = self
                .connection
                .query_row(
                    "SELECT text FROM document WHERE id = ?1",
                    [summary.id],
                    |row| row.get(0),
                )
                .map_err(|e| self.sqlite(e))?;
            table.rows.push(vec![
                Datum::Integer(summary.id),
                Datum::text(&summary.sha256),
                Datum::text(&summary.title),
                Datum::text(summary.kind.as_str()),
                Datum::text(&summary.date),
                Datum::text(&summary.publisher),
                Datum::text(&summary.author),
                Datum::text(&summary.url),
                Datum::text(&summary.licence),
                Datum::text(&summary.file_name),
                Datum::text(summary.format.as_str()),
                Datum::Integer(summary.n_passages),
                Datum::Integer(summary.n_chars),
                Datum::text(&summary.ingested_at),
                Datum::text(&text),
            ]);
        }
        Ok(table)
    }

    /// The passages of the documents `filter` keeps, one row each, with the span they take in their
    /// document's text (characters, counted from 0, end exclusive).
    pub fn passage_table(&self, filter: &DocumentFilter<'_>) -> Result<ExportTable, StoreError> {
        let mut table = ExportTable::new(
            "passages",
            &[
                ("document_id", ColumnKind::Integer),
                ("document_sha256", ColumnKind::Text),
                ("passage", ColumnKind::Integer),
                ("page", ColumnKind::Integer),
                ("char_start", ColumnKind::Integer),
                ("char_end", ColumnKind::Integer),
                ("text", ColumnKind::Text),
            ],
        );
        let sql = format!(
            "SELECT p.document_id, d.sha256, p.number, p.page, p.char_start, p.char_end, p.text
             FROM passage p JOIN document d ON d.id = p.document_id
             WHERE (?1 IS NULL OR d.kind = ?1) AND (?2 IS NULL OR (d.date <> '' AND {DATE_END_SQL} >= ?2))
             ORDER BY d.date = '', d.date, d.id, p.number"
        );
        let mut statement = self.connection.prepare(&sql).map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map(
                params![filter.kind.map(DocumentKind::as_str), filter.since],
                |row| {
                    Ok(vec![
                        Datum::Integer(row.get(0)?),
                        Datum::Text(row.get(1)?),
                        Datum::Integer(row.get(2)?),
                        row.get::<_, Option<i64>>(3)?
                            .map_or(Datum::Null, Datum::Integer),
                        Datum::Integer(row.get(4)?),
                        Datum::Integer(row.get(5)?),
                        Datum::Text(row.get(6)?),
                    ])
                },
            )
            .map_err(|e| self.sqlite(e))?;
        table.rows = rows
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.sqlite(e))?;
        Ok(table)
    }
}

/// The span in the document of the first words FTS5 marked (between `\u{1}` and `\u{2}`) in a passage
/// that starts at `passage`.
fn first_match(highlighted: &str, passage: Locator) -> Option<Locator> {
    let mut n_before = 0u32;
    let mut characters = highlighted.chars();
    for character in characters.by_ref() {
        if character == '\u{1}' {
            break;
        }
        n_before += 1;
    }
    let mut n_inside = 0u32;
    let mut closed = false;
    for character in characters {
        if character == '\u{2}' {
            closed = true;
            break;
        }
        n_inside += 1;
    }
    closed.then_some(Locator {
        page: passage.page,
        start: passage.start + n_before,
        end: passage.start + n_before + n_inside,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn document(sha256: &str, kind: DocumentKind, date: &str, paragraphs: &[&str]) -> Document {
        let text = paragraphs.join("\n\n");
        let mut passages = Vec::new();
        let mut start = 0u32;
        for (index, paragraph) in paragraphs.iter().enumerate() {
            let length = paragraph.chars().count() as u32;
            passages.push(Passage {
                number: index as u32 + 1,
                locator: Locator {
                    page: None,
                    start,
                    end: start + length,
                },
                text: paragraph.to_string(),
            });
            start += length + 2;
        }
        Document {
            sha256: sha256.into(),
            file_name: format!("{sha256}.txt"),
            format: DocumentFormat::Text,
            kind,
            title: format!("Title {sha256}"),
            date: date.into(),
            publisher: "Publisher".into(),
            author: String::new(),
            url: String::new(),
            licence: String::new(),
            text,
            passages,
        }
    }

    fn store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(&dir.path().join("e.sqlite")).unwrap();
        (dir, store)
    }

    fn search(store: &Store, query: &str, filter: DocumentFilter<'_>) -> Vec<String> {
        let query = SearchQuery::parse(query).unwrap();
        store
            .search(
                &query,
                &SearchOptions {
                    filter,
                    limit: 10,
                    marks: ("[", "]"),
                },
            )
            .unwrap()
            .iter()
            .map(|hit| {
                format!(
                    "{}#{} {} {:?} {}",
                    hit.document_id,
                    hit.passage,
                    hit.locator,
                    hit.first_match.map(|m| (m.start, m.end)),
                    hit.snippet
                )
            })
            .collect()
    }

    #[test]
    fn a_document_is_stored_once_with_its_passages() {
        let (_dir, mut store) = store();
        let first = document("a", DocumentKind::News, "2021-08-14", &["One.", "Two."]);
        assert_eq!(
            store.add_document(&first).unwrap(),
            DocumentOutcome::Added {
                id: 1,
                n_passages: 2
            }
        );
        assert!(matches!(
            store.add_document(&first).unwrap(),
            DocumentOutcome::AlreadyStored { id: 1, .. }
        ));
        let shown = store.document(1).unwrap().unwrap();
        assert_eq!(shown.passages, first.passages);
        assert_eq!(shown.text, first.text);
        assert_eq!(shown.summary.n_passages, 2);
        assert_eq!(shown.summary.n_chars, 10);
        assert!(store.document(2).unwrap().is_none());
    }

    #[test]
    fn search_ranks_marks_and_places_matches() {
        let (_dir, mut store) = store();
        store
            .add_document(&document(
                "a",
                DocumentKind::News,
                "2021-08",
                &[
                    "The border crossing at Torkham closed.",
                    "Refugees returned across the border, the border was busy.",
                ],
            ))
            .unwrap();
        store
            .add_document(&document(
                "b",
                DocumentKind::Statement,
                "2023",
                &["Talks on the border crossing resumed."],
            ))
            .unwrap();
        assert_eq!(
            search(&store, "\"border crossing\"", DocumentFilter::default()),
            [
                "1#1 chars 0–38 Some((4, 19)) The [border crossing] at Torkham closed.",
                "2#1 chars 0–37 Some((13, 28)) Talks on the [border crossing] resumed.",
            ]
        );
        // The stemmer lets `refugee` find `Refugees`; a prefix finds `returned`.
        assert_eq!(
            search(&store, "refugee retur*", DocumentFilter::default()),
            [
                "1#2 chars 40–97 Some((40, 48)) [Refugees] [returned] across the border, the border was busy."
            ]
        );
        assert_eq!(
            search(
                &store,
                "border NOT torkham",
                DocumentFilter {
                    kind: Some(DocumentKind::News),
                    since: None,
                }
            ),
            [
                "1#2 chars 40–97 Some((69, 75)) Refugees returned across the [border], the [border] was busy."
            ]
        );
        // `2021-08` ends after 2021-08-14, `2023` after 2022-01-01.
        let since = |day| {
            search(
                &store,
                "border",
                DocumentFilter {
                    kind: None,
                    since: Some(day),
                },
            )
            .len()
        };
        assert_eq!(since("2021-08-14"), 3);
        assert_eq!(since("2022-01-01"), 1);
        assert_eq!(since("2024-01-01"), 0);
    }

    #[test]
    fn exports_give_documents_and_spans() {
        let (_dir, mut store) = store();
        store
            .add_document(&document("a", DocumentKind::News, "", &["One.", "Two."]))
            .unwrap();
        let documents = store.document_table(&DocumentFilter::default()).unwrap();
        assert_eq!(documents.rows.len(), 1);
        assert_eq!(documents.rows[0][14], Datum::Text("One.\n\nTwo.".into()));
        let passages = store.passage_table(&DocumentFilter::default()).unwrap();
        assert_eq!(
            passages.rows[1],
            vec![
                Datum::Integer(1),
                Datum::Text("a".into()),
                Datum::Integer(2),
                Datum::Null,
                Datum::Integer(6),
                Datum::Integer(10),
                Datum::Text("Two.".into()),
            ]
        );
    }
}
