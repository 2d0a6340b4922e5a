//! The evidence base as the server reads it: a pool of read-only connections, a snapshot of what the
//! measures need for the current generation, and rendered answers cached by generation.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use axum::http::StatusCode;
use dyad_model::{CitedPassage, EventMonth, Evidence, Pair};
use dyad_store::{DocumentSummary, Store, StoreError};

use crate::Failure;

/// What the measures, the report and the pages read, as of one generation of the evidence base.
pub struct Snapshot {
    /// The generation it was read at.
    pub generation: i64,
    /// Every stored figure.
    pub evidence: Vec<Evidence>,
    /// Every stored event, or the evidence base's tallies of them.
    pub events: dyad_measure::EventBase,
    /// Every monthly event aggregate.
    pub months: Vec<EventMonth>,
    /// The stored documents.
    pub documents: Vec<DocumentSummary>,
    /// The coded passages, for the report's readings.
    pub passages: Vec<CitedPassage>,
    /// Their coder.
    pub coder: String,
}

impl Snapshot {
    /// The measures' inputs for `pair`.
    pub fn inputs<'a>(&'a self, pair: &'a Pair) -> dyad_measure::Inputs<'a> {
        dyad_measure::Inputs::new(pair, &self.evidence, &self.events, &self.months)
    }

    /// The stored evidence by release, for projections.
    pub fn vintages<'a>(&'a self, pair: &'a Pair) -> dyad_project::Vintages<'a> {
        dyad_project::Vintages::new(pair, &self.evidence, &self.events, &self.months)
    }

    /// The subject of `indicator` asked for, or its first when none was: `None` when it has no subject,
    /// and a 404 naming the subjects when the one asked is not among them.
    pub(crate) fn subject_of(
        &self,
        pair: &Pair,
        indicator: &dyad_measure::Indicator,
        asked: Option<&str>,
    ) -> Result<Option<String>, Failure> {
        let subjects = (indicator.subjects)(&self.inputs(pair));
        match asked {
            None => Ok(subjects.first().cloned()),
            Some(asked) if subjects.iter().any(|s| s == asked) => Ok(Some(asked.to_string())),
            Some(asked) => Err(Failure::new(
                StatusCode::NOT_FOUND,
                format!(
                    "`{}` has no subject `{asked}`; it has {}",
                    indicator.name,
                    subjects.join(", ")
                ),
            )),
        }
    }

    fn read(store: &Store, generation: i64) -> Result<Snapshot, StoreError> {
        let (coder, passages) = dyad_load::house_readings(store)?;
        Ok(Snapshot {
            generation,
            evidence: store.evidence(&dyad_store::ObservationFilter::default())?,
            events: dyad_measure::EventBase::from_store(store.event_tallies()?, || store.events())?,
            months: store.event_months()?,
            documents: store.documents(&Default::default())?,
            passages,
            coder,
        })
    }
}

/// A rendered answer: its content type and bytes.
#[derive(Clone)]
pub struct Rendered {
    pub content_type: &'static str,
    pub body: Arc<Vec<u8>>,
}

/// The pool, the current snapshot and the cache.
pub struct Snapshots {
    database: PathBuf,
    pool: Mutex<Vec<Store>>,
    current: Mutex<Option<Arc<Snapshot>>>,
    rebuilding: Mutex<()>,
    cache: Mutex<HashMap<String, (i64, Rendered)>>,
}

/// The most answers the cache keeps; past it, it starts afresh.
const CACHE_ENTRIES: usize = 512;

impl Snapshots {
    pub fn new(database: PathBuf) -> Snapshots {
        Snapshots {
            database,
            pool: Mutex::new(Vec::new()),
            current: Mutex::new(None),
            rebuilding: Mutex::new(()),
            cache: Mutex::new(HashMap::new()),
        }
    }

    /// Runs `work` with a read-only connection from the pool, on a blocking thread.
    pub async fn with_store<T: Send + 'static>(
        self: &Arc<Self>,
        work: impl FnOnce(&Store) -> Result<T, Failure> + Send + 'static,
    ) -> Result<T, Failure> {
        let this = Arc::clone(self);
        tokio::task::spawn_blocking(move || {
            let store = match this.pool.lock().expect("the pool's lock").pop() {
                Some(store) => store,
                None => {
                    let mut store =
                        Store::open_reader(&this.database).map_err(Failure::internal)?;
                    store.set_tally_recipe(dyad_measure::events::TALLY);
                    store
                }
            };
            let result = work(&store);
            this.pool.lock().expect("the pool's lock").push(store);
            result
        })
        .await
        .map_err(|error| Failure::new(StatusCode::INTERNAL_SERVER_ERROR, error.to_string()))?
    }

    /// The snapshot of the evidence base's current generation, read again only when it changed. One
    /// request rebuilds it at a time; the others wait for it and share it.
    pub async fn current(self: &Arc<Self>) -> Result<Arc<Snapshot>, Failure> {
        let this = Arc::clone(self);
        self.with_store(move |store| {
            let fresh = |generation: i64| {
                this.current
                    .lock()
                    .expect("the snapshot's lock")
                    .as_ref()
                    .filter(|snapshot| snapshot.generation == generation)
                    .map(Arc::clone)
            };
            let generation = store.generation().map_err(Failure::internal)?;
            if let Some(snapshot) = fresh(generation) {
                return Ok(snapshot);
            }
            let _rebuilding = this.rebuilding.lock().expect("the rebuild's lock");
            // Everything is read in one transaction, of one state; another request may have rebuilt it
            // while this one waited.
            let snapshot = store
                .reading(|store| {
                    let generation = store.generation()?;
                    if let Some(snapshot) = fresh(generation) {
                        return Ok(snapshot);
                    }
                    Snapshot::read(store, generation).map(Arc::new)
                })
                .map_err(Failure::internal)?;
            *this.current.lock().expect("the snapshot's lock") = Some(Arc::clone(&snapshot));
            Ok(snapshot)
        })
        .await
    }

    /// The cached answer for `key` at `generation`, or `render`'s, cached.
    pub fn cached(
        &self,
        key: &str,
        generation: i64,
        render: impl FnOnce() -> Result<Rendered, Failure>,
    ) -> Result<Rendered, Failure> {
        if let Some((at, rendered)) = self.cache.lock().expect("the cache's lock").get(key)
            && *at == generation
        {
            return Ok(rendered.clone());
        }
        let rendered = render()?;
        let mut cache = self.cache.lock().expect("the cache's lock");
        if cache.len() >= CACHE_ENTRIES {
            cache.clear();
        }
        cache.insert(key.to_string(), (generation, rendered.clone()));
        Ok(rendered)
    }
}
