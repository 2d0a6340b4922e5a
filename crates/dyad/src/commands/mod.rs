//! One module per subcommand. Each resolves its arguments and calls the library functions that do the work.

pub mod audit;
pub mod backtest;
pub mod codes;
pub mod compare;
pub mod docs;
pub mod events;
pub mod export;
pub mod history;
pub mod indicators;
pub mod ingest;
pub mod project;
pub mod report;
pub mod scorecard;
pub mod serve;
pub mod sources;
pub mod tables;

use anyhow::{Context, Result};
use dyad_ingest::{Format, Options, sha256_hex};
use dyad_store::{FileHeader, Store};

use dyad_measure::EventBase;
use dyad_measure::{Indicator, Inputs};
use dyad_model::{EventMonth, Evidence, Pair};

use crate::bundled;
use crate::settings::Settings;

/// Opens the evidence base, creating it and loading the bundled evidence (tables and documents) on first
/// use.
///
/// Loading is keyed by each bundled table's and document's hash, so one already loaded is skipped, and a
/// new build whose tables changed adds their new rows beside the old ones.
pub fn open_evidence(settings: &Settings) -> Result<Store> {
    // A home that cannot be written (a shared, read-only copy) is still read: opened read-only, it must
    // already hold the bundled evidence.
    let database = settings.database();
    if database.exists() && !writable(&settings.home, &database) {
        let mut store = Store::open_read_only(&database)?;
        store.set_tally_recipe(dyad_measure::events::TALLY);
        for (name, text) in bundled::TABLES {
            if !store.has_file(&sha256_hex(text.as_bytes()))? {
                anyhow::bail!(
                    "the evidence base `{}` is read-only and lacks the bundled table `{name}`\nhint: open it once where it can be written",
                    database.display()
                );
            }
        }
        for (name, text) in bundled::DOCUMENTS {
            if store
                .stored_document(&sha256_hex(text.as_bytes()))?
                .is_none()
            {
                anyhow::bail!(
                    "the evidence base `{}` is read-only and lacks the bundled document `{name}`\nhint: open it once where it can be written",
                    database.display()
                );
            }
        }
        return Ok(store);
    }
    std::fs::create_dir_all(&settings.home).with_context(|| {
        format!(
            "creating the evidence base folder `{}`",
            settings.home.display()
        )
    })?;
    let mut store = Store::open(&settings.database())?;
    store.set_tally_recipe(dyad_measure::events::TALLY);
    for (name, text) in bundled::TABLES {
        let sha256 = sha256_hex(text.as_bytes());
        if store.has_file(&sha256)? {
            continue;
        }
        let name = format!("bundled/{name}");
        let parsed =
            dyad_ingest::parse(Format::Figures, &name, text.as_bytes(), &Options::default())
                .with_context(|| format!("loading the bundled table `{name}`"))?;
        store.ingest(
            &FileHeader {
                name: &name,
                sha256: &sha256,
                size: text.len() as u64,
                format: "figures",
            },
            &parsed,
        )?;
    }
    for (name, text) in bundled::DOCUMENTS {
        if store
            .stored_document(&sha256_hex(text.as_bytes()))?
            .is_some()
        {
            continue;
        }
        let name = format!("bundled/documents/{name}");
        let document = dyad_ingest::documents::read(
            &name,
            text.as_bytes(),
            dyad_model::DocumentFormat::Markdown,
            &dyad_ingest::documents::Stated::default(),
        )
        .with_context(|| format!("loading the bundled document `{name}`"))?;
        store.add_document(&document)?;
    }
    dyad_load::code_unread(&mut store)?;
    // Tallies left stale by an older dyad (or a write without the recipe) are rebuilt once, here, so
    // that no read falls back to every event.
    if store.tallies_stale()? {
        eprintln!(
            "dyad: tallying the stored events for the measures (once, after an upgrade or a change of the border table)"
        );
        store.rebuild_tallies()?;
    }
    Ok(store)
}

/// Whether this process may write the evidence base: its file and its folder (where SQLite keeps its
/// write-ahead log). Permission bits are not enough (root ignores them), so it is tried.
fn writable(home: &std::path::Path, database: &std::path::Path) -> bool {
    // One probe per process, so that two commands starting at once never remove each other's.
    let probe = home.join(format!(".dyad-write-check-{}", std::process::id()));
    let folder = std::fs::File::create(&probe).is_ok();
    let _ = std::fs::remove_file(&probe);
    folder
        && std::fs::OpenOptions::new()
            .append(true)
            .open(database)
            .is_ok()
}

/// Everything the measures read: figures, events and monthly aggregates.
pub struct Loaded {
    /// The pair.
    pub pair: Pair,
    /// Every stored figure.
    pub evidence: Vec<Evidence>,
    /// Every stored event, in every release, or the evidence base's tallies of them.
    pub events: EventBase,
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
pub fn load(settings: &Settings, pair: &Pair) -> Result<Loaded> {
    let store = open_evidence(settings)?;
    // One read transaction, so that figures, tallies and aggregates are of one state of the evidence
    // base whatever another process commits meanwhile.
    Ok(store.reading(|store| {
        Ok(Loaded {
            pair: pair.clone(),
            evidence: store.evidence(&dyad_store::ObservationFilter::default())?,
            events: EventBase::from_store(store.event_tallies()?, || store.events())?,
            months: store.event_months()?,
        })
    })?)
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
    text.parse::<dyad_model::Period>().map_err(|error| {
        anyhow::anyhow!(
            "reading `{flag} {text}`: {error}\nhint: write a period as one of {}",
            dyad_model::period::PERIOD_FORMS
        )
    })
}
