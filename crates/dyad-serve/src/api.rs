//! The JSON API under `/api/v1`, and its OpenAPI 3 document at `/openapi.json`.
//!
//! Every figure carries its provenance as `dyad tables --format json` gives it. Errors are
//! `{"error": {"status", "message"}}` with the status: 400 for a bad parameter, 404 for an unknown name,
//! 401/403 for a write without the right token, 409 for a release a file contradicts, 413 for a body over
//! the limit, 415 for a body of another type, 422 for a text the audit cannot read or a file the parser
//! refuses, 503 when too many uploads run. The writes are audits, documents added and data files ingested.

use std::sync::Arc;

use axum::Json;
use axum::body::Bytes;
use axum::extract::State as Extract;

use crate::{Path, Query};
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use dyad_store::{DocumentFilter, SearchHit, SearchOptions, SearchQuery};
use serde::Deserialize;

use crate::pages::{SearchQueryParams, YearQuery, find_indicator, series_rows, year_of};
use crate::snapshot::Rendered;
use crate::{Failure, State};

pub(crate) fn routes() -> axum::Router<State> {
    axum::Router::new()
        .route("/openapi.json", get(openapi))
        .route("/api/v1/tables", get(tables))
        .route("/api/v1/indicators", get(indicators))
        .route("/api/v1/indicators/{name}", get(indicator))
        .route("/api/v1/indicators/{name}/series", get(series))
        .route("/api/v1/indicators/{name}/projection", get(projection))
        .route("/api/v1/sources", get(sources))
        .route("/api/v1/border-map", get(border_map))
        .route(
            "/api/v1/documents",
            get(documents).post(crate::writes::add_document),
        )
        .route("/api/v1/documents/search", get(search_route))
        .route("/api/v1/audits", post(audits))
        .route("/api/v1/ingest", post(crate::writes::ingest))
}

fn json_response(rendered: Rendered) -> Response {
    (
        [(header::CONTENT_TYPE, rendered.content_type)],
        rendered.body.as_ref().clone(),
    )
        .into_response()
}

/// Serialises `value` as a cached JSON answer.
fn rendered_json(value: &impl serde::Serialize) -> Result<Rendered, Failure> {
    Ok(Rendered {
        content_type: "application/json",
        body: Arc::new(serde_json::to_vec(value).map_err(Failure::internal)?),
    })
}

/// A JSON answer for the current generation, from the cache when it can.
async fn cached_json(
    state: &State,
    key: String,
    render: impl FnOnce(&crate::Snapshot, &crate::Config) -> Result<Rendered, Failure> + Send + 'static,
) -> Result<Response, Failure> {
    let snapshot = state.snapshots.current().await?;
    let shared = Arc::clone(state);
    let rendered = tokio::task::spawn_blocking(move || {
        shared.snapshots.cached(&key, snapshot.generation, || {
            render(&snapshot, &shared.config)
        })
    })
    .await
    .map_err(Failure::internal)??;
    Ok(json_response(rendered))
}

async fn tables(
    Extract(state): Extract<State>,
    Query(query): Query<YearQuery>,
) -> Result<Response, Failure> {
    let year = year_of(&query, state.config.year)?;
    cached_json(
        &state,
        format!("api tables {year}"),
        move |snapshot, config| {
            let tables = dyad_measure::build_tables(&snapshot.inputs(&config.pair), year);
            rendered_json(&dyad_measure::tables::tables_document(
                &config.pair,
                year,
                &tables,
            ))
        },
    )
    .await
}

/// The map of the border's counts (schema `dyad.border-map/1`): the year drawn, the source, every area
/// drawn, and the counts behind them with their provenance.
async fn border_map(
    Extract(state): Extract<State>,
    Query(query): Query<YearQuery>,
) -> Result<Response, Failure> {
    let year = year_of(&query, state.config.year)?;
    cached_json(
        &state,
        format!("api map {year}"),
        move |snapshot, config| {
            let inputs = snapshot.inputs(&config.pair);
            let mut references = dyad_findings::References::new(inputs.evidence.iter());
            let map = dyad_findings::charts::border_map(&inputs, year, &mut references);
            let counts: Vec<&dyad_model::AreaIncidents> = map.as_ref().map_or(Vec::new(), |m| {
                inputs
                    .areas
                    .iter()
                    .filter(|a| a.year == m.year && a.source == m.source)
                    .collect()
            });
            rendered_json(&serde_json::json!({
                "schema": "dyad.border-map/1",
                "pair": config.pair.to_string(),
                "asked": year,
                "year": map.as_ref().map(|m| m.year),
                "source": map.as_ref().map(|m| m.source.clone()),
                "releases": map.as_ref().map(|m| m.releases.clone()),
                "not_covered": map.as_ref().map_or(Vec::new(), |m| m.not_covered.clone()),
                "areas": map.as_ref().map_or(Vec::new(), |m| m.areas.clone()),
                "counts": counts,
            }))
        },
    )
    .await
}

async fn indicators(Extract(state): Extract<State>) -> Result<Response, Failure> {
    cached_json(&state, "api indicators".to_string(), |snapshot, config| {
        let inputs = snapshot.inputs(&config.pair);
        let list: Vec<serde_json::Value> = dyad_measure::indicators::all()
            .into_iter()
            .map(|indicator| {
                serde_json::json!({
                    "name": indicator.name,
                    "title": indicator.title,
                    "unit": indicator.unit,
                    "table": indicator.table,
                    "subjects": (indicator.subjects)(&inputs),
                })
            })
            .collect();
        rendered_json(&list)
    })
    .await
}

async fn indicator(Path(name): Path<String>) -> Result<Response, Failure> {
    let indicator = find_indicator(&name)?;
    Ok(Json(indicator).into_response())
}

async fn series(
    Extract(state): Extract<State>,
    Path(name): Path<String>,
) -> Result<Response, Failure> {
    let indicator = find_indicator(&name)?;
    cached_json(
        &state,
        format!("api series {name}"),
        move |snapshot, config| {
            rendered_json(&serde_json::json!({
                "indicator": indicator.name,
                "unit": indicator.unit,
                "series": series_rows(indicator, &snapshot.inputs(&config.pair)),
            }))
        },
    )
    .await
}

#[derive(Debug, Deserialize)]
struct ProjectionQuery {
    subject: Option<String>,
    horizon: Option<usize>,
}

async fn projection(
    Extract(state): Extract<State>,
    Path(name): Path<String>,
    Query(query): Query<ProjectionQuery>,
) -> Result<Response, Failure> {
    let indicator = find_indicator(&name)?;
    let horizon = query.horizon.unwrap_or(3);
    if !(1..=50).contains(&horizon) {
        return Err(Failure::new(
            StatusCode::BAD_REQUEST,
            "the horizon is from 1 to 50 periods",
        ));
    }
    let key = format!("api projection {name} {:?} {horizon}", query.subject);
    cached_json(&state, key, move |snapshot, config| {
        let subject = snapshot
            .subject_of(&config.pair, indicator, query.subject.as_deref())?
            .ok_or_else(|| {
                Failure::new(
                    StatusCode::NOT_FOUND,
                    format!("`{}` has no values to project", indicator.name),
                )
            })?;
        let mut vintages = snapshot.vintages(&config.pair);
        rendered_json(&dyad_project::project(
            &mut vintages,
            indicator,
            &subject,
            None,
            horizon,
        ))
    })
    .await
}

async fn sources(Extract(state): Extract<State>) -> Result<Response, Failure> {
    let sources = state
        .snapshots
        .with_store(|store| store.sources().map_err(Failure::internal))
        .await?;
    let list: Vec<serde_json::Value> = sources
        .iter()
        .map(|source| {
            serde_json::json!({
                "publisher": source.publisher,
                "dataset": source.dataset,
                "licence": source.licence,
                "releases": source.vintages.iter().map(|v| serde_json::json!({
                    "release": v.label, "released": v.released,
                    "figures": v.n_observations, "events": v.n_events,
                })).collect::<Vec<_>>(),
            })
        })
        .collect();
    Ok(Json(list).into_response())
}

async fn documents(Extract(state): Extract<State>) -> Result<Response, Failure> {
    let snapshot = state.snapshots.current().await?;
    let list: Vec<serde_json::Value> = snapshot
        .documents
        .iter()
        .map(|d| {
            serde_json::json!({
                "id": d.id, "title": d.title, "kind": d.kind.as_str(), "date": d.date,
                "publisher": d.publisher, "url": d.url, "licence": d.licence, "sha256": d.sha256,
                "passages": d.n_passages,
            })
        })
        .collect();
    Ok(Json(list).into_response())
}

/// Searches the passages; a malformed query is a 400 that says why.
pub(crate) async fn search(
    state: &State,
    text: &str,
    limit: usize,
) -> Result<Vec<SearchHit>, Failure> {
    let query = SearchQuery::parse(text)
        .map_err(|error| Failure::new(StatusCode::BAD_REQUEST, error.to_string()))?;
    state
        .snapshots
        .with_store(move |store| {
            store
                .search(
                    &query,
                    &SearchOptions {
                        filter: DocumentFilter::default(),
                        limit,
                        marks: ("\u{e000}", "\u{e001}"),
                    },
                )
                .map_err(Failure::internal)
        })
        .await
}

#[derive(Debug, Deserialize)]
struct LimitQuery {
    limit: Option<usize>,
}

async fn search_route(
    Extract(state): Extract<State>,
    Query(params): Query<SearchQueryParams>,
    Query(limit): Query<LimitQuery>,
) -> Result<Response, Failure> {
    let text = params.q.unwrap_or_default();
    if text.trim().is_empty() {
        return Err(Failure::new(
            StatusCode::BAD_REQUEST,
            "give a query as `?q=`",
        ));
    }
    let limit = limit.limit.unwrap_or(20);
    if !(1..=200).contains(&limit) {
        return Err(Failure::new(
            StatusCode::BAD_REQUEST,
            "the limit is from 1 to 200",
        ));
    }
    let hits = search(&state, &text, limit).await?;
    let list: Vec<serde_json::Value> = hits
        .iter()
        .map(|hit| {
            serde_json::json!({
                "document": {"id": hit.document_id, "title": hit.title, "file": hit.file_name, "kind": hit.kind, "date": hit.date},
                "passage": hit.passage,
                "page": hit.locator.page,
                "span": {"start": hit.locator.start, "end": hit.locator.end},
                "first_match": hit.first_match.map(|m| serde_json::json!({"start": m.start, "end": m.end})),
                "snippet": hit.snippet.replace('\u{e000}', "«").replace('\u{e001}', "»"),
                "score": hit.score,
            })
        })
        .collect();
    Ok(Json(list).into_response())
}

/// Audits `text` on a blocking thread, a few at a time.
/// The text of an uploaded file as the audit reads it ([`dyad_load::audit_text`]), extracted on a
/// blocking thread; a file it cannot read is a 422 that says why, one too large a 413.
pub(crate) async fn uploaded_text(name: &'static str, bytes: Vec<u8>) -> Result<String, Failure> {
    tokio::task::spawn_blocking(move || dyad_load::audit_text(name, &bytes))
        .await
        .map_err(Failure::internal)?
        .map_err(|error| {
            let status = match error {
                dyad_load::AuditInputError::TooLarge { .. } => StatusCode::PAYLOAD_TOO_LARGE,
                _ => StatusCode::UNPROCESSABLE_ENTITY,
            };
            Failure::new(status, error.to_string())
        })
}

pub(crate) async fn run_audit(
    state: &State,
    text: String,
) -> Result<Vec<dyad_audit::Finding>, Failure> {
    // The permit goes with the audit onto its thread, so that a request given up (a timeout) frees it
    // only when its audit has finished.
    let permit = Arc::clone(&state.audits).try_acquire_owned().map_err(|_| {
        Failure::new(
            StatusCode::SERVICE_UNAVAILABLE,
            "too many audits are running; try again shortly",
        )
    })?;
    if dyad_audit::readable(&text).is_err() {
        return Err(Failure::new(
            StatusCode::UNPROCESSABLE_ENTITY,
            "the text has no English to audit: the claim extraction reads English prose and tables",
        ));
    }
    let pair = state.config.pair.clone();
    tokio::task::spawn_blocking(move || {
        let findings = dyad_audit::audit(&text, &dyad_audit::AuditConfig::for_pair(pair));
        drop(permit);
        findings
    })
    .await
    .map_err(Failure::internal)
}

async fn audits(
    Extract(state): Extract<State>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Failure> {
    crate::authorize(&state, &headers, None)?;
    // The name tells the reader the format, as a file's extension would.
    let name = match crate::writes::declared_type(&headers).as_str() {
        "text/plain" => "upload.txt",
        "text/markdown" => "upload.md",
        "text/html" => "upload.html",
        "application/pdf" => "upload.pdf",
        _ => {
            return Err(Failure::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "send the text as `Content-Type: text/plain`, `text/markdown` or `text/html` (UTF-8), or a PDF as `application/pdf`",
            ));
        }
    };
    let text = uploaded_text(name, body.to_vec()).await?;
    let findings = run_audit(&state, text).await?;
    let items: Vec<serde_json::Value> = findings
        .iter()
        .map(|finding| {
            serde_json::json!({
                "kind": finding.check,
                "verdict": finding.verdict,
                "text": finding.text,
                "span": {"start": finding.span.start, "end": finding.span.end},
                "values": finding.values,
                "explanation": finding.explanation,
            })
        })
        .collect();
    Ok(Json(serde_json::json!({
        "schema": "dyad.audit/1",
        "pair": state.config.pair.to_string(),
        "findings": items,
    }))
    .into_response())
}

/// The OpenAPI 3 document of the API.
pub(crate) fn openapi_document() -> serde_json::Value {
    let error = serde_json::json!({"$ref": "#/components/responses/Error"});
    let json_ok = |description: &str, schema: serde_json::Value| serde_json::json!({"description": description, "content": {"application/json": {"schema": schema}}});
    let name_parameter = serde_json::json!({"name": "name", "in": "path", "required": true, "schema": {"type": "string"}, "example": "refugees.registered"});
    serde_json::json!({
        "openapi": "3.0.3",
        "info": {
            "title": "dyad",
            "version": env!("CARGO_PKG_VERSION"),
            "description": "The evidence base of a pair of countries: the study's five tables, indicators with their series and projections, sources and releases, documents, and claim audits. Every figure carries its provenance."
        },
        "paths": {
            "/api/v1/tables": {"get": {
                "summary": "The five tables of a year, every cell with its provenance (schema dyad.tables/1)",
                "parameters": [{"name": "year", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1990, "maximum": 2100}}],
                "responses": {"200": json_ok("The tables", serde_json::json!({"type": "object", "required": ["schema", "pair", "year", "tables", "cells"], "properties": {
                    "schema": {"type": "string"}, "pair": {"type": "string"}, "year": {"type": "integer"},
                    "tables": {"type": "array", "items": {"type": "object"}}, "cells": {"type": "array", "items": {"type": "object"}}}})),
                    "400": error}}},
            "/api/v1/border-map": {"get": {
                "summary": "Border security incidents by border area in a year, or the latest year before it with any (schema dyad.border-map/1); each count with its provenance",
                "parameters": [{"name": "year", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1990, "maximum": 2100}}],
                "responses": {"200": json_ok("The map's counts", serde_json::json!({"type": "object", "required": ["schema", "pair", "asked", "year", "source", "areas", "counts"], "properties": {
                    "schema": {"type": "string"}, "pair": {"type": "string"}, "asked": {"type": "integer"},
                    "year": {"type": "integer", "nullable": true}, "source": {"type": "string", "nullable": true}, "releases": {"type": "string", "nullable": true},
                    "not_covered": {"type": "array", "items": {"type": "string"}},
                    "areas": {"type": "array", "items": {"type": "object", "required": ["area", "country", "incidents"], "properties": {
                        "area": {"type": "string"}, "country": {"type": "string"}, "incidents": {"type": "number"}, "fatalities": {"type": "number", "nullable": true}}}},
                    "counts": {"type": "array", "items": {"type": "object", "required": ["source", "year", "area", "incidents", "provenance"]}}}})),
                    "400": error}}},
            "/api/v1/indicators": {"get": {"summary": "Every indicator, with the subjects it has values for",
                "responses": {"200": json_ok("The indicators", serde_json::json!({"type": "array", "items": {"type": "object", "required": ["name", "title", "unit"], "properties": {"name": {"type": "string"}, "title": {"type": "string"}, "unit": {"type": "string"}, "table": {"type": "string"}, "subjects": {"type": "array", "items": {"type": "string"}}}}}))}}},
            "/api/v1/indicators/{name}": {"get": {"summary": "An indicator's definition and recipe",
                "parameters": [name_parameter],
                "responses": {"200": json_ok("The indicator", serde_json::json!({"type": "object", "required": ["name"]})), "404": error}}},
            "/api/v1/indicators/{name}/series": {"get": {"summary": "An indicator's values for every subject, each with its source and release",
                "parameters": [name_parameter],
                "responses": {"200": json_ok("The series", serde_json::json!({"type": "object", "required": ["indicator", "series"], "properties": {"indicator": {"type": "string"}, "unit": {"type": "string"}, "series": {"type": "array", "items": {"type": "object"}}}})), "404": error}}},
            "/api/v1/indicators/{name}/projection": {"get": {"summary": "A projection of a subject's series with 80% and 95% intervals",
                "parameters": [name_parameter,
                    {"name": "subject", "in": "query", "required": false, "schema": {"type": "string"}},
                    {"name": "horizon", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 50}}],
                "responses": {"200": json_ok("The projection", serde_json::json!({"type": "object"})), "400": error, "404": error}}},
            "/api/v1/sources": {"get": {"summary": "Every source with its releases and what each holds",
                "responses": {"200": json_ok("The sources", serde_json::json!({"type": "array", "items": {"type": "object"}}))}}},
            "/api/v1/documents": {"get": {"summary": "The stored documents",
                "responses": {"200": json_ok("The documents", serde_json::json!({"type": "array", "items": {"type": "object"}}))}},
                "post": {"summary": "Adds a document (Markdown with front matter, plain text, HTML or PDF) with its passages, and codes them; needs the server's token",
                "security": [{"bearer": []}],
                "parameters": [{"name": "name", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/\\\\.][^/\\\\]*$"}, "example": "note.md", "description": "The file name, whose extension says the format"}],
                "requestBody": {"required": true, "content": crate::writes::DOCUMENT_TYPES.iter().map(|t| (t.to_string(), serde_json::json!({"schema": {"type": "string", "format": "binary"}}))).collect::<serde_json::Map<_, _>>()},
                "responses": {"201": json_ok("Stored", serde_json::json!({"type": "object", "required": ["stored", "id"]})),
                    "200": json_ok("The same bytes were stored before", serde_json::json!({"type": "object", "required": ["stored", "id"]})),
                    "400": error, "401": error, "403": error, "413": error, "415": error, "422": error, "503": error}}},
            "/api/v1/ingest": {"post": {"summary": "Ingests a data file as `dyad ingest` does, in one transaction; needs the server's token",
                "security": [{"bearer": []}],
                "parameters": [{"name": "format", "in": "query", "required": true, "schema": {"type": "string", "enum": dyad_load::Format::ALL.iter().map(|f| f.name()).collect::<Vec<_>>()}, "example": "figures"},
                    {"name": "name", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1, "maxLength": 200, "pattern": "^[^/\\\\.][^/\\\\]*$"}, "example": "figures.csv"},
                    {"name": "lenient", "in": "query", "required": false, "schema": {"type": "boolean"}, "description": "Set bad rows aside with their positions rather than refuse the file"}],
                "requestBody": {"required": true, "content": crate::writes::DATA_TYPES.iter().map(|t| (t.to_string(), serde_json::json!({"schema": {"type": "string", "format": "binary"}}))).collect::<serde_json::Map<_, _>>()},
                "responses": {"201": json_ok("Stored", serde_json::json!({"type": "object", "required": ["stored"]})),
                    "200": json_ok("The same bytes were stored before", serde_json::json!({"type": "object", "required": ["stored"]})),
                    "400": error, "401": error, "403": error, "409": error, "413": error, "415": error, "422": error, "503": error}}},
            "/api/v1/documents/search": {"get": {"summary": "Full-text search of the passages, best first (bm25)",
                "parameters": [{"name": "q", "in": "query", "required": true, "schema": {"type": "string", "minLength": 1}, "example": "Pakistan AND Taliban"},
                    {"name": "limit", "in": "query", "required": false, "schema": {"type": "integer", "minimum": 1, "maximum": 200}}],
                "responses": {"200": json_ok("The passages found", serde_json::json!({"type": "array", "items": {"type": "object"}})), "400": error}}},
            "/api/v1/audits": {"post": {"summary": "Audits a text's claims against its own numbers and tables (plain text, Markdown, HTML or PDF); needs the server's token",
                "security": [{"bearer": []}],
                "requestBody": {"required": true, "content": {"text/plain": {"schema": {"type": "string"}}, "text/markdown": {"schema": {"type": "string"}}, "text/html": {"schema": {"type": "string"}}, "application/pdf": {"schema": {"type": "string", "format": "binary"}}}},
                "responses": {"200": json_ok("The findings (schema dyad.audit/1)", serde_json::json!({"type": "object", "required": ["schema", "findings"]})),
                    "401": error, "403": error, "413": error, "415": error, "422": error, "503": error}}}
        },
        "components": {
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
            "responses": {"Error": {"description": "What went wrong", "content": {"application/json": {"schema": {"type": "object", "required": ["error"], "properties": {"error": {"type": "object", "properties": {"status": {"type": "integer"}, "message": {"type": "string"}}}}}}}}}
        }
    })
}

async fn openapi() -> Response {
    Json(openapi_document()).into_response()
}
