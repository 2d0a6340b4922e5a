//! Stores the codes applied to passages, by a codebook's rules or by people, and reads them back.
//!
//! A codebook's codes are replaced whole when the codebook codes again: `replace_machine_codes` deletes
//! every code and reading of the codebook's name (any version) and stores the new ones in one transaction,
//! so a changed codebook never leaves a mix of old and new codes, and people's codes and other codebooks'
//! are never touched. People's codes are added (`add_person_codes`); the same code by the same person on
//! the same words is stored once. A *reading* records that a coder read a passage, whether or not any
//! code was applied: reliability needs to tell an uncoded passage from one the coder never saw.

use dyad_model::codebook::{Code, CodeFamily, CodeName, Coder, RuleHit};
use dyad_model::document::Locator;
use dyad_model::table::{ColumnKind, Datum, ExportTable};
use rusqlite::{OptionalExtension, TransactionBehavior, params};

use crate::{Store, StoreError};

/// A passage of a stored document, by the document's id and the passage's number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct PassageKey {
    /// The document's id.
    pub document: i64,
    /// The passage's 1-based number.
    pub passage: u32,
}

impl std::fmt::Display for PassageKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{}:{}", self.document, self.passage)
    }
}

/// A codebook as stored beside its codes: its identity and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredCodebook<'a> {
    /// Its name.
    pub name: &'a str,
    /// Its version.
    pub version: &'a str,
    /// The SHA-256 of its file.
    pub sha256: &'a str,
    /// Its file's text.
    pub text: &'a str,
}

/// What coding with a codebook did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Recoded {
    /// The codebook's codes removed (of this or an earlier version).
    pub removed: usize,
    /// The codes stored.
    pub added: usize,
    /// The passages read.
    pub passages: usize,
}

/// What adding a person's codes did.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Added {
    /// Codes stored.
    pub added: usize,
    /// Codes that were stored already.
    pub already: usize,
    /// Passages read (new readings only).
    pub read: usize,
}

/// A stored code, with where it stands.
#[derive(Debug, Clone, PartialEq)]
pub struct StoredCode {
    /// The passage.
    pub key: PassageKey,
    /// The document's SHA-256.
    pub document_sha256: String,
    /// The document's title.
    pub title: String,
    /// The document's kind.
    pub kind: String,
    /// The document's date, or empty.
    pub date: String,
    /// The passage's text.
    pub passage_text: String,
    /// The passage's span.
    pub passage_locator: Locator,
    /// The code.
    pub code: Code,
}

/// Which codes a listing keeps.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CodeFilter {
    /// Only this passage.
    pub passage: Option<PassageKey>,
    /// Only these coders, by label (see [`Coder::label`]); empty keeps all.
    pub coders: Vec<String>,
}

impl Store {
    /// Replaces the codes of `codebook`'s name with `codes`, and its readings with `read`, in one
    /// transaction, storing the codebook's text beside them.
    pub fn replace_machine_codes(
        &mut self,
        codebook: &StoredCodebook<'_>,
        coder: &Coder,
        read: &[PassageKey],
        codes: &[(PassageKey, Code)],
    ) -> Result<Recoded, StoreError> {
        self.check_before_write()?;
        let path = self.path.clone();
        let sqlite = |source| StoreError::from_sqlite(path.clone(), source);
        let label = coder.label();
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        transaction
            .execute(
                "INSERT INTO codebook (name, version, sha256, text, coded_at)
                 VALUES (?1, ?2, ?3, ?4, strftime('%Y-%m-%dT%H:%M:%f', 'now'))
                 ON CONFLICT (sha256) DO UPDATE SET coded_at = excluded.coded_at",
                params![
                    codebook.name,
                    codebook.version,
                    codebook.sha256,
                    codebook.text
                ],
            )
            .map_err(sqlite)?;
        let pattern = codebook_pattern(codebook.name);
        let removed = transaction
            .execute(
                "DELETE FROM code WHERE substr(coder, 1, length(?1)) = ?1",
                [&pattern],
            )
            .map_err(sqlite)?;
        transaction
            .execute(
                "DELETE FROM passage_reading WHERE substr(coder, 1, length(?1)) = ?1",
                [&pattern],
            )
            .map_err(sqlite)?;
        {
            let mut reading = transaction
                .prepare(
                    "INSERT OR IGNORE INTO passage_reading (document_id, passage, coder) VALUES (?1, ?2, ?3)",
                )
                .map_err(sqlite)?;
            for key in read {
                reading
                    .execute(params![key.document, key.passage, label])
                    .map_err(sqlite)?;
            }
            let mut insert = transaction.prepare(INSERT_CODE).map_err(sqlite)?;
            for (key, code) in codes {
                insert_code(&mut insert, *key, code, &label).map_err(sqlite)?;
            }
        }
        transaction.commit().map_err(sqlite)?;
        Ok(Recoded {
            removed,
            added: codes.len(),
            passages: read.len(),
        })
    }

    /// Adds a person's codes and readings in one transaction; a code stored before is counted, not
    /// stored twice.
    pub fn add_person_codes(
        &mut self,
        read: &[(PassageKey, String)],
        codes: &[(PassageKey, Code)],
    ) -> Result<Added, StoreError> {
        self.check_before_write()?;
        let path = self.path.clone();
        let sqlite = |source| StoreError::from_sqlite(path.clone(), source);
        let transaction = self
            .connection
            .transaction_with_behavior(TransactionBehavior::Immediate)
            .map_err(sqlite)?;
        let mut outcome = Added {
            added: 0,
            already: 0,
            read: 0,
        };
        {
            let mut reading = transaction
                .prepare(
                    "INSERT OR IGNORE INTO passage_reading (document_id, passage, coder) VALUES (?1, ?2, ?3)",
                )
                .map_err(sqlite)?;
            for (key, coder) in read {
                outcome.read += reading
                    .execute(params![key.document, key.passage, coder])
                    .map_err(sqlite)?;
            }
            let mut insert = transaction.prepare(INSERT_CODE).map_err(sqlite)?;
            for (key, code) in codes {
                match insert_code(&mut insert, *key, code, &code.coder.label()).map_err(sqlite)? {
                    0 => outcome.already += 1,
                    _ => outcome.added += 1,
                }
            }
        }
        if outcome.added > 0 || outcome.read > 0 {
            transaction
                .execute("UPDATE generation SET value = value + 1 WHERE id = 1", [])
                .map_err(sqlite)?;
        }
        transaction.commit().map_err(sqlite)?;
        Ok(outcome)
    }

    /// The stored codes that `filter` keeps, by document, passage, family, code and coder.
    pub fn codes(&self, filter: &CodeFilter) -> Result<Vec<StoredCode>, StoreError> {
        let mut statement = self
            .connection
            .prepare(
                "SELECT c.document_id, c.passage, d.sha256, d.title, d.kind, d.date, p.text, p.page,
                        p.char_start, p.char_end, c.family, c.code, c.char_start, c.char_end, c.coder,
                        c.score, c.hits
                 FROM code c
                 JOIN passage p ON p.document_id = c.document_id AND p.number = c.passage
                 JOIN document d ON d.id = c.document_id
                 WHERE (?1 IS NULL OR (c.document_id = ?1 AND c.passage = ?2))
                 ORDER BY c.document_id, c.passage, c.family DESC, c.code, c.coder, c.char_start",
            )
            .map_err(|e| self.sqlite(e))?;
        let rows = statement
            .query_map(
                params![
                    filter.passage.map(|key| key.document),
                    filter.passage.map(|key| key.passage)
                ],
                |row| {
                    let family: String = row.get(10)?;
                    let hits: Option<String> = row.get(16)?;
                    let page: Option<u32> = row.get(7)?;
                    Ok((
                        family,
                        hits,
                        StoredCode {
                            key: PassageKey {
                                document: row.get(0)?,
                                passage: row.get(1)?,
                            },
                            document_sha256: row.get(2)?,
                            title: row.get(3)?,
                            kind: row.get(4)?,
                            date: row.get(5)?,
                            passage_text: row.get(6)?,
                            passage_locator: Locator {
                                page,
                                start: row.get(8)?,
                                end: row.get(9)?,
                            },
                            code: Code {
                                name: CodeName {
                                    family: CodeFamily::Theme,
                                    key: row.get(11)?,
                                },
                                locator: Locator {
                                    page,
                                    start: row.get(12)?,
                                    end: row.get(13)?,
                                },
                                coder: Coder::from_label(&row.get::<_, String>(14)?),
                                score: row.get(15)?,
                                hits: Vec::new(),
                            },
                        },
                    ))
                },
            )
            .map_err(|e| self.sqlite(e))?;
        let mut codes = Vec::new();
        for row in rows {
            let (family, hits, mut stored) = row.map_err(|e| self.sqlite(e))?;
            let corrupt = |message: String| StoreError::CorruptDocument {
                path: self.path.clone(),
                id: stored.key.document,
                message,
            };
            stored.code.name.family = CodeFamily::from_key(&family)
                .ok_or_else(|| corrupt(format!("a code of unknown family `{family}`")))?;
            if let Some(hits) = hits {
                stored.code.hits = serde_json::from_str::<Vec<RuleHit>>(&hits)
                    .map_err(|error| corrupt(format!("a code's rule hits do not read: {error}")))?;
            }
            if filter.coders.is_empty() || filter.coders.contains(&stored.code.coder.label()) {
                codes.push(stored);
            }
        }
        Ok(codes)
    }

    /// How many stored passages no version of the codebook named `name` has read.
    pub fn passages_unread_by_codebook(&self, name: &str) -> Result<usize, StoreError> {
        self.connection
            .query_row(
                "SELECT count(*) FROM passage p WHERE NOT EXISTS (
                     SELECT 1 FROM passage_reading r
                     WHERE r.document_id = p.document_id AND r.passage = p.number
                       AND substr(r.coder, 1, length(?1)) = ?1)",
                [codebook_pattern(name)],
                |row| row.get::<_, i64>(0),
            )
            .map(|count| count as usize)
            .map_err(|e| self.sqlite(e))
    }

    /// The text of the codebook named `name` that coded last, if one has.
    pub fn latest_codebook(&self, name: &str) -> Result<Option<String>, StoreError> {
        self.connection
            .query_row(
                "SELECT text FROM codebook WHERE name = ?1 ORDER BY coded_at DESC, id DESC LIMIT 1",
                [name],
                |row| row.get(0),
            )
            .optional()
            .map_err(|e| self.sqlite(e))
    }

    /// Every reading: which coder read which passage, by passage and coder.
    pub fn readings(&self) -> Result<Vec<(PassageKey, String)>, StoreError> {
        let mut statement = self
            .connection
            .prepare("SELECT document_id, passage, coder FROM passage_reading ORDER BY 1, 2, 3")
            .map_err(|e| self.sqlite(e))?;
        statement
            .query_map([], |row| {
                Ok((
                    PassageKey {
                        document: row.get(0)?,
                        passage: row.get(1)?,
                    },
                    row.get(2)?,
                ))
            })
            .map_err(|e| self.sqlite(e))?
            .collect::<Result<Vec<_>, _>>()
            .map_err(|e| self.sqlite(e))
    }

    /// The codes as an export table, one row per code: document, passage, page, span, the passage's
    /// text, code, family and coder (the layout `dyad codes import` reads back).
    pub fn code_table(&self, filter: &CodeFilter) -> Result<ExportTable, StoreError> {
        let mut table = ExportTable::new("codes", CODE_COLUMNS);
        for stored in self.codes(filter)? {
            let matched: Vec<String> = stored
                .code
                .hits
                .iter()
                .flat_map(|hit| {
                    hit.matches.iter().map(move |words| {
                        let words: Vec<&str> = words.iter().map(|w| w.text.as_str()).collect();
                        format!("{}: {}", hit.rule, words.join(" ~ "))
                    })
                })
                .collect();
            table.rows.push(vec![
                Datum::Integer(stored.key.document),
                Datum::text(&stored.document_sha256),
                Datum::text(&stored.title),
                Datum::Integer(i64::from(stored.key.passage)),
                stored
                    .code
                    .locator
                    .page
                    .map_or(Datum::Null, |page| Datum::Integer(i64::from(page))),
                Datum::Integer(i64::from(stored.code.locator.start)),
                Datum::Integer(i64::from(stored.code.locator.end)),
                Datum::text(&span_text(&stored)),
                Datum::text(&stored.code.name.key),
                Datum::text(stored.code.name.family.key()),
                Datum::text(&stored.code.coder.label()),
                stored.code.score.map_or(Datum::Null, Datum::Number),
                Datum::text(&matched.join("; ")),
            ]);
        }
        Ok(table)
    }
}

/// The prefix of every coder label of the codebook named `name` (any version): `rule:NAME@`, compared
/// exactly (SQLite's `LIKE` would ignore case, and take another codebook's codes for this one's).
fn codebook_pattern(name: &str) -> String {
    format!("rule:{name}@")
}

/// The columns of the codes table, in order.
pub const CODE_COLUMNS: &[(&str, ColumnKind)] = &[
    ("document_id", ColumnKind::Integer),
    ("document_sha256", ColumnKind::Text),
    ("title", ColumnKind::Text),
    ("passage", ColumnKind::Integer),
    ("page", ColumnKind::Integer),
    ("start", ColumnKind::Integer),
    ("end", ColumnKind::Integer),
    ("text", ColumnKind::Text),
    ("code", ColumnKind::Text),
    ("family", ColumnKind::Text),
    ("coder", ColumnKind::Text),
    ("score", ColumnKind::Number),
    ("matched", ColumnKind::Text),
];

/// The words a code covers: its span of the passage's text.
fn span_text(stored: &StoredCode) -> String {
    let skip = stored
        .code
        .locator
        .start
        .saturating_sub(stored.passage_locator.start) as usize;
    stored
        .passage_text
        .chars()
        .skip(skip)
        .take(stored.code.locator.len() as usize)
        .collect()
}

const INSERT_CODE: &str =
    "INSERT OR IGNORE INTO code (document_id, passage, family, code, char_start, char_end,
                                                      coder, score, hits)
                           VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";

fn insert_code(
    insert: &mut rusqlite::Statement<'_>,
    key: PassageKey,
    code: &Code,
    coder: &str,
) -> rusqlite::Result<usize> {
    let hits = (!code.hits.is_empty())
        .then(|| serde_json::to_string(&code.hits).expect("rule hits serialise"));
    insert.execute(params![
        key.document,
        key.passage,
        code.name.family.key(),
        code.name.key,
        code.locator.start,
        code.locator.end,
        coder,
        code.score,
        hits,
    ])
}
