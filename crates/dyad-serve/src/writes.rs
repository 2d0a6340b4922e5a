//! The API's writes besides audits: a document added to the archive, and a data file ingested, each
//! with the server's token, in one transaction on a connection of its own, as the commands store them.

use axum::Json;
use axum::body::Bytes;
use axum::extract::State as Extract;
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;

use crate::{Failure, Query, State};

/// The name an upload is stored under: its extension says a document's format.
#[derive(Debug, Deserialize)]
pub(crate) struct NameQuery {
    name: String,
}

/// A data file's format, its name, and whether bad rows are set aside rather than refused.
#[derive(Debug, Deserialize)]
pub(crate) struct IngestQuery {
    format: String,
    name: String,
    #[serde(default)]
    lenient: bool,
}

/// A name as a file name: no folder, no control characters, a sensible length.
fn file_name(name: &str) -> Result<String, Failure> {
    let name = name.trim();
    if name.is_empty()
        || name.len() > 200
        || name.contains(['/', '\\'])
        || name.chars().any(char::is_control)
        || name.starts_with('.')
    {
        return Err(Failure::new(
            StatusCode::BAD_REQUEST,
            "`name` must be a plain file name with its extension (`note.md`, `export.csv`), up to 200 characters",
        ));
    }
    Ok(name.to_string())
}

/// A body's declared media type, without its parameters, in lower case (`text/plain; charset=utf-8` is
/// `text/plain`); empty when none is declared.
pub(crate) fn declared_type(headers: &HeaderMap) -> String {
    headers
        .get(axum::http::header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

/// Refuses a body whose declared type is not one of `allowed` (415), so that a client never sends a
/// file under the wrong type unnoticed.
fn content_type(headers: &HeaderMap, allowed: &[&str]) -> Result<(), Failure> {
    if allowed.contains(&declared_type(headers).as_str()) {
        Ok(())
    } else {
        Err(Failure::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            format!("send the file as one of {}", allowed.join(", ")),
        ))
    }
}

/// The types a document may be sent as.
pub(crate) const DOCUMENT_TYPES: [&str; 5] = [
    "text/markdown",
    "text/plain",
    "text/html",
    "application/pdf",
    "application/octet-stream",
];

/// The types a data file may be sent as.
pub(crate) const DATA_TYPES: [&str; 6] = [
    "text/csv",
    "text/tab-separated-values",
    "text/plain",
    "application/json",
    "application/zip",
    "application/octet-stream",
];

/// Runs a write on a connection of its own, on a blocking thread, one upload at a time per permit.
async fn write<T: Send + 'static>(
    state: &State,
    work: impl FnOnce(&mut dyad_store::Store) -> Result<T, Failure> + Send + 'static,
) -> Result<T, Failure> {
    let permit = std::sync::Arc::clone(&state.audits)
        .try_acquire_owned()
        .map_err(|_| {
            Failure::new(
                StatusCode::SERVICE_UNAVAILABLE,
                "too many uploads are running; try again shortly",
            )
        })?;
    let database = state.config.database.clone();
    tokio::task::spawn_blocking(move || {
        let mut store = dyad_store::Store::open(&database).map_err(Failure::internal)?;
        store.set_tally_recipe(dyad_measure::events::TALLY);
        let result = work(&mut store);
        drop(permit);
        result
    })
    .await
    .map_err(Failure::internal)?
}

/// A store error as an answer: another writer holding the evidence base is a 503, the rest a 500.
fn store_failure(error: dyad_store::StoreError) -> Failure {
    match error {
        dyad_store::StoreError::Busy { .. } => {
            Failure::new(StatusCode::SERVICE_UNAVAILABLE, error.to_string())
        }
        dyad_store::StoreError::ReleaseConflict { .. }
        | dyad_store::StoreError::ReleaseDate { .. } => {
            Failure::new(StatusCode::CONFLICT, error.to_string())
        }
        other => Failure::internal(other),
    }
}

/// `POST /api/v1/documents?name=NAME`: adds a document (Markdown with its front matter, plain text, HTML
/// or PDF) with its passages, and codes them; 201 when stored, 200 when the same bytes were stored before.
pub(crate) async fn add_document(
    Extract(state): Extract<State>,
    headers: HeaderMap,
    Query(query): Query<NameQuery>,
    body: Bytes,
) -> Result<Response, Failure> {
    crate::authorize(&state, &headers, None)?;
    content_type(&headers, &DOCUMENT_TYPES)?;
    let name = file_name(&query.name)?;
    let outcome = write(&state, move |store| {
        dyad_load::add_document_bytes(store, &name, &body).map_err(|error| match error {
            dyad_load::DocumentBytesError::Store(error) => store_failure(error),
            other => Failure::new(StatusCode::UNPROCESSABLE_ENTITY, other.to_string()),
        })
    })
    .await?;
    Ok(match outcome {
        dyad_store::DocumentOutcome::Added { id, n_passages } => (
            StatusCode::CREATED,
            Json(serde_json::json!({"stored": true, "id": id, "passages": n_passages})),
        )
            .into_response(),
        dyad_store::DocumentOutcome::AlreadyStored {
            id,
            file_name,
            ingested_at,
        } => Json(serde_json::json!({
            "stored": false, "id": id, "file_name": file_name, "ingested_at": ingested_at
        }))
        .into_response(),
    })
}

/// `POST /api/v1/ingest?format=F&name=NAME[&lenient=true]`: parses the body as the data file `name` of
/// format `F` and stores it in one transaction; 201 with the counts when stored, 200 when the same bytes
/// were stored before, 422 with the row, field and hint when the file is refused.
pub(crate) async fn ingest(
    Extract(state): Extract<State>,
    headers: HeaderMap,
    Query(query): Query<IngestQuery>,
    body: Bytes,
) -> Result<Response, Failure> {
    crate::authorize(&state, &headers, None)?;
    content_type(&headers, &DATA_TYPES)?;
    let name = file_name(&query.name)?;
    let format = dyad_ingest_format(&query.format)?;
    let options = dyad_load::IngestOptions {
        mode: if query.lenient {
            dyad_load::IngestMode::Lenient
        } else {
            dyad_load::IngestMode::Strict
        },
        ..Default::default()
    };
    let (outcome, parsed) = write(&state, move |store| {
        dyad_load::ingest_bytes(store, format, &name, &body, &options).map_err(
            |error| match error {
                dyad_load::LoadError::Store(error) => store_failure(error),
                other => Failure::new(StatusCode::UNPROCESSABLE_ENTITY, other.to_string()),
            },
        )
    })
    .await?;
    Ok(match outcome {
        dyad_store::IngestOutcome::Stored(counts) => (
            StatusCode::CREATED,
            Json(serde_json::json!({
                "stored": true,
                "rows": counts.n_rows,
                "figures_new": counts.n_figures_new,
                "events_new": counts.n_events_new,
                "quarantined": parsed.quarantined.iter().map(|q| q.error.to_string()).collect::<Vec<_>>(),
            })),
        )
            .into_response(),
        dyad_store::IngestOutcome::AlreadyIngested { name, ingested_at } => Json(
            serde_json::json!({"stored": false, "file_name": name, "ingested_at": ingested_at}),
        )
        .into_response(),
    })
}

/// The format of that name, or a 400 listing the names.
fn dyad_ingest_format(name: &str) -> Result<dyad_load::Format, Failure> {
    dyad_load::Format::from_name(name).ok_or_else(|| {
        Failure::new(
            StatusCode::BAD_REQUEST,
            format!(
                "no format is named `{name}`; the formats are {}",
                dyad_load::Format::ALL
                    .iter()
                    .map(|f| f.name())
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        )
    })
}
