//! The `dyad` command: clap definitions and settings, with one file per subcommand under `commands/`.

mod args;
mod bundled;
mod commands;
mod output;
mod settings;

use std::io::Write;
use std::process::ExitCode;

use clap::Parser;

use crate::args::{Cli, Command};

fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    if let Command::Completions(args) = &cli.command {
        // Completions need no evidence base, and no settings.
        let mut command = <Cli as clap::CommandFactory>::command();
        // Written to memory first: the generator panics on a write error, and a closed pipe is no error.
        let mut script = Vec::new();
        clap_complete::generate(args.shell, &mut command, "dyad", &mut script);
        std::io::stdout().lock().write_all(&script)?;
        return Ok(ExitCode::SUCCESS);
    }
    output::set_colour_from_environment();
    output::set_width(if cli.wide {
        None
    } else {
        cli.width.or_else(output::terminal_width)
    });
    let settings = settings::Settings::resolve(&cli)?;
    match cli.command {
        Command::Tables(args) => commands::tables::run(&settings, &args),
        Command::Ingest(args) => commands::ingest::run(&settings, &args),
        Command::Sources(args) => commands::sources::run(&settings, &args),
        Command::History(args) => commands::history::run(&settings, &args),
        Command::Export(args) => commands::export::run(&settings, &args),
        Command::Indicators(args) => commands::indicators::run(&settings, &args),
        Command::Compare(args) => commands::compare::run(&settings, &args),
        Command::Project(args) => commands::project::run(&settings, &args),
        Command::Backtest(args) => commands::backtest::run(&settings, &args),
        Command::Scorecard(args) => commands::scorecard::run(&settings, &args),
        Command::Report(args) => commands::report::run(&settings, &args),
        Command::Audit(args) => commands::audit::run(&settings, &args),
        Command::Docs(args) => commands::docs::run(&settings, &args),
        Command::Events(command) => commands::events::run(&settings, &command),
        Command::Code(args) => commands::codes::code(&settings, &args),
        Command::Codes(command) => commands::codes::run(&settings, &command),
        Command::Codebook(command) => commands::codes::codebook(&command),
        Command::Reliability(args) => commands::codes::reliability(&settings, &args),
        Command::Serve(args) => commands::serve::run(&settings, &args),
        Command::Completions(_) => unreachable!("answered before the settings"),
    }
}

/// Prints an error as `error:`, each cause as `Caused by:`, and a hint when the message carries one.
pub fn report(error: &anyhow::Error) {
    let mut stderr = std::io::stderr().lock();
    let mut hints = Vec::new();
    for (index, cause) in error.chain().enumerate() {
        let text = cause.to_string();
        let (message, hint) = match text.split_once("\nhint: ") {
            Some((message, hint)) => (message.to_string(), Some(hint.to_string())),
            None => (text, None),
        };
        let prefix = if index == 0 {
            "error: "
        } else {
            "  Caused by: "
        };
        let _ = writeln!(stderr, "{prefix}{message}");
        hints.extend(hint);
    }
    for hint in hints {
        let _ = writeln!(stderr, "hint: {hint}");
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    match run(cli) {
        Ok(code) => code,
        Err(error) => {
            // A closed pipe (`dyad tables | head`) is not a failure.
            // JSON is written through serde_json, whose error wraps the IO error rather than chaining it.
            if error.chain().any(|cause| {
                cause
                    .downcast_ref::<std::io::Error>()
                    .is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe)
                    || cause
                        .downcast_ref::<serde_json::Error>()
                        .and_then(serde_json::Error::io_error_kind)
                        == Some(std::io::ErrorKind::BrokenPipe)
            }) {
                return ExitCode::SUCCESS;
            }
            report(&error);
            ExitCode::from(2)
        }
    }
}
