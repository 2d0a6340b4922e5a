//! `dyad serve`: the evidence base in a browser and as a JSON API, through `dyad_serve::serve`.
//!
//! The evidence base is opened (and on first use loaded and coded) the same way as every command, then
//! served read-only. A token file makes audit uploads possible; its token is read once, trimmed, and never
//! printed.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Context, Result, bail};

use crate::args::ServeArgs;
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &ServeArgs) -> Result<ExitCode> {
    let token = match (&args.token_file, args.read_only) {
        (Some(path), false) => {
            let text = std::fs::read_to_string(path)
                .with_context(|| format!("reading the token file `{}`", path.display()))?;
            let token = text.trim().to_string();
            if token.len() < 16 || token.chars().any(char::is_whitespace) {
                bail!(
                    "the token in `{}` is shorter than 16 characters or holds spaces\nhint: write a long random token on one line, such as the output of `openssl rand -hex 32`",
                    path.display()
                );
            }
            Some(token)
        }
        _ => None,
    };
    // Creates, migrates, loads and codes the evidence base as every command does; the server reads it.
    drop(super::open_evidence(settings)?);
    if !args.bind.ip().is_loopback() {
        eprintln!(
            "note: listening on {}, which is reachable from other machines{}",
            args.bind,
            if token.is_some() {
                ""
            } else {
                "; the server is read-only"
            }
        );
    }
    let writes = if token.is_some() {
        "audits need the token"
    } else {
        "read-only"
    };
    dyad_serve::serve(
        dyad_serve::Config {
            database: settings.database(),
            pair: args.pair.clone(),
            year: args.year,
            token,
        },
        args.bind,
        |address| {
            let mut stderr = std::io::stderr().lock();
            let _ = writeln!(
                stderr,
                "dyad serve: listening on http://{address}/ ({writes}); Ctrl-C stops it"
            );
        },
    )?;
    Ok(ExitCode::SUCCESS)
}
