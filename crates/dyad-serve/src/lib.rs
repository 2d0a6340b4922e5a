//! Serves the evidence base over HTTP: pages, a JSON API with its OpenAPI document, and claim audits.
//!
//! `dyad serve` calls [`serve`]. Every answer is computed by the same library functions as the command
//! line (`dyad_measure::build_tables`, `dyad_findings::build`, `Store::search`, `dyad_audit::audit`),
//! from an in-memory [`Snapshot`] of the evidence base that is rebuilt when the evidence base's
//! generation changes (`Store::generation`, raised by every committed change), so a new ingest is seen at
//! the next request and nothing stale is served. Rendered answers are cached by path and generation.
//!
//! Security: the evidence base is opened read-only (a pool of read-only connections); the server binds to
//! loopback unless told otherwise; audits (the one upload) need the token given at start, as
//! `Authorization: Bearer TOKEN` (401 without it, 403 with a wrong one), and are refused outright (403)
//! when no token was given. Bodies are limited in size and content type, requests in time, and audits in
//! how many run at once; every answer carries a Content-Security-Policy that allows scripts from the site
//! only (one small file of progressive enhancements; every page works without it), `nosniff` and
//! `no-referrer`. Assets are compiled in, so no path reaches a file, however it is encoded. A panic in a
//! handler is a 500, never a crash.

mod api;
mod pages;
mod snapshot;
mod writes;

use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use dyad_model::Pair;
use tower_http::catch_panic::CatchPanicLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

pub use snapshot::Snapshot;

/// The largest request body: an audit's text.
pub const BODY_LIMIT: usize = 2 * 1024 * 1024;
/// How long a request may take.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(20);
/// How many audits may run at once; more are refused with 503.
pub const CONCURRENT_AUDITS: usize = 4;

/// What the server serves, and to whom.
#[derive(Debug, Clone)]
pub struct Config {
    /// The evidence base's SQLite file; it must exist.
    pub database: PathBuf,
    /// The pair the pages describe.
    pub pair: Pair,
    /// The year the overview's tables show unless asked.
    pub year: i32,
    /// The bearer token that writes (audit uploads) need; `None` serves read-only.
    pub token: Option<String>,
}

/// Why the server could not start.
#[derive(Debug, thiserror::Error)]
pub enum ServeError {
    /// The address could not be bound.
    #[error(
        "cannot listen on {address}: {source}\nhint: choose another port with `--bind 127.0.0.1:PORT`"
    )]
    Bind {
        /// The address.
        address: SocketAddr,
        /// Why.
        source: std::io::Error,
    },
    /// The evidence base could not be read.
    #[error("{0}")]
    Store(#[from] dyad_store::StoreError),
    /// Serving failed.
    #[error("serving failed: {0}")]
    Io(#[from] std::io::Error),
}

/// The state every handler shares.
pub(crate) struct Shared {
    pub(crate) config: Config,
    pub(crate) snapshots: Arc<snapshot::Snapshots>,
    pub(crate) audits: Arc<tokio::sync::Semaphore>,
}

pub(crate) type State = Arc<Shared>;

/// A failed request: its status and what to tell the client.
#[derive(Debug)]
pub(crate) struct Failure {
    pub(crate) status: StatusCode,
    pub(crate) message: String,
}

impl Failure {
    pub(crate) fn new(status: StatusCode, message: impl Into<String>) -> Failure {
        Failure {
            status,
            message: message.into(),
        }
    }

    pub(crate) fn internal(error: impl std::fmt::Display) -> Failure {
        Failure::new(StatusCode::INTERNAL_SERVER_ERROR, error.to_string())
    }
}

impl IntoResponse for Failure {
    fn into_response(self) -> Response {
        let body = serde_json::json!({
            "error": { "status": self.status.as_u16(), "message": self.message }
        });
        (self.status, axum::Json(body)).into_response()
    }
}

/// Defines an extractor that reads like axum's `$axum` but answers a malformed request with a 400 in the
/// API's error format, rather than axum's plain-text rejection.
macro_rules! json_rejecting {
    ($(#[$doc:meta])* $name:ident, $axum:ident) => {
        $(#[$doc])*
        pub(crate) struct $name<T>(pub(crate) T);

        impl<T, S> axum::extract::FromRequestParts<S> for $name<T>
        where
            T: serde::de::DeserializeOwned + Send,
            S: Send + Sync,
        {
            type Rejection = Failure;

            async fn from_request_parts(
                parts: &mut axum::http::request::Parts,
                state: &S,
            ) -> Result<Self, Self::Rejection> {
                axum::extract::$axum::<T>::from_request_parts(parts, state)
                    .await
                    .map(|axum::extract::$axum(value)| $name(value))
                    .map_err(|rejection| Failure::new(StatusCode::BAD_REQUEST, rejection.body_text()))
            }
        }
    };
}

json_rejecting!(
    /// A query string, read into `T`.
    Query,
    Query
);
json_rejecting!(
    /// A path parameter, read into `T`.
    Path,
    Path
);

/// Checks a write's bearer token: 401 when none was sent, 403 when the server is read-only or the token
/// is wrong.
pub(crate) fn authorize(
    state: &Shared,
    headers: &axum::http::HeaderMap,
    form_token: Option<&str>,
) -> Result<(), Failure> {
    let sent = headers
        .get(header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(str::trim)
        .or(form_token.map(str::trim).filter(|t| !t.is_empty()));
    let Some(sent) = sent else {
        return Err(Failure::new(
            StatusCode::UNAUTHORIZED,
            "this request writes: send `Authorization: Bearer TOKEN`",
        ));
    };
    let Some(expected) = &state.config.token else {
        return Err(Failure::new(
            StatusCode::FORBIDDEN,
            "this server is read-only: start it with `--token-file FILE` to accept audits",
        ));
    };
    if constant_time_eq(sent.as_bytes(), expected.as_bytes()) {
        Ok(())
    } else {
        Err(Failure::new(
            StatusCode::FORBIDDEN,
            "the token is not this server's",
        ))
    }
}

/// Compares two byte strings in time that depends on their lengths only.
fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
    a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
}

/// The headers every answer carries.
const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

/// The router: pages, the API, the assets, and the layers every request passes.
pub fn router(config: Config) -> Router {
    let state: State = Arc::new(Shared {
        snapshots: Arc::new(snapshot::Snapshots::new(config.database.clone())),
        config,
        audits: Arc::new(tokio::sync::Semaphore::new(CONCURRENT_AUDITS)),
    });
    Router::new()
        .merge(pages::routes())
        .merge(api::routes())
        .route("/assets/dyad.css", get(pages::stylesheet))
        .route("/assets/dyad.js", get(pages::script))
        .route("/favicon.ico", get(pages::icon))
        .fallback(pages::not_found)
        .with_state(state)
        .layer(CatchPanicLayer::custom(|_| {
            Failure::new(
                StatusCode::INTERNAL_SERVER_ERROR,
                "the server failed on this request",
            )
            .into_response()
        }))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::SERVICE_UNAVAILABLE,
            REQUEST_TIMEOUT,
        ))
        .layer(RequestBodyLimitLayer::new(BODY_LIMIT))
        // A page that sets its own policy (the report's, which allows its inline stylesheet) keeps it.
        .layer(SetResponseHeaderLayer::if_not_present(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(CONTENT_SECURITY_POLICY),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_CONTENT_TYPE_OPTIONS,
            HeaderValue::from_static("nosniff"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::REFERRER_POLICY,
            HeaderValue::from_static("no-referrer"),
        ))
        .layer(SetResponseHeaderLayer::overriding(
            header::X_FRAME_OPTIONS,
            HeaderValue::from_static("DENY"),
        ))
}

/// Serves `config` on `address` until the process is stopped (Ctrl-C). `ready` is told the address bound
/// (the port, when 0 was asked) once the server accepts connections.
pub fn serve(
    config: Config,
    address: SocketAddr,
    ready: impl FnOnce(SocketAddr),
) -> Result<(), ServeError> {
    // The evidence base is checked before listening, so that a bad path fails at once.
    dyad_store::Store::open_read_only(&config.database)?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async move {
        let listener = tokio::net::TcpListener::bind(address)
            .await
            .map_err(|source| ServeError::Bind { address, source })?;
        ready(listener.local_addr()?);
        axum::serve(listener, router(config))
            .with_graceful_shutdown(async {
                let _ = tokio::signal::ctrl_c().await;
            })
            .await?;
        Ok(())
    })
}
