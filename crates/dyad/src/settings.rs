//! Resolves flags, environment and platform defaults into the settings the commands use.

use std::path::PathBuf;

use anyhow::{Context, Result};

use crate::args::Cli;

/// Everything a command needs to know beyond its own arguments.
#[derive(Debug)]
pub struct Settings {
    /// The folder holding the evidence base.
    pub home: PathBuf,
}

impl Settings {
    /// `--home`, else `DYAD_HOME`, else the platform data folder (`~/.local/share/dyad` on Linux).
    pub fn resolve(cli: &Cli) -> Result<Settings> {
        let home = match (&cli.home, std::env::var_os("DYAD_HOME")) {
            (Some(dir), _) => dir.clone(),
            (None, Some(dir)) if !dir.is_empty() => PathBuf::from(dir),
            _ => dirs::data_dir().map(|dir| dir.join("dyad")).context(
                "no platform data folder is known here\nhint: pass `--home DIR` or set `DYAD_HOME`",
            )?,
        };
        Ok(Settings { home })
    }

    /// The evidence base's file.
    pub fn database(&self) -> PathBuf {
        self.home.join("evidence.sqlite")
    }
}
