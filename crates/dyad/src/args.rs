//! The raw command-line flags, as clap parses them.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// dyad: an evidence engine for the relations between two countries.
#[derive(Debug, Parser)]
#[command(name = "dyad", version, about, long_about = None)]
pub struct Cli {
    /// The folder of the evidence base (default: `DYAD_HOME`, else the platform data folder).
    #[arg(long, global = true, value_name = "DIR")]
    pub home: Option<PathBuf>,

    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Print the five result tables for a year.
    Tables(TablesArgs),
    /// Load files into the evidence base.
    Ingest {
        #[command(subcommand)]
        format: IngestFormat,
    },
    /// List sources with their vintages and counts.
    Sources(SourcesArgs),
    /// Show every vintage of a figure.
    History(HistoryArgs),
}

/// How to print a result.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// Aligned text tables.
    Table,
    /// Markdown pipe tables.
    Markdown,
    /// One CSV row per cell.
    Csv,
    /// JSON (schema in README).
    Json,
}

/// `dyad tables`.
#[derive(Debug, Args)]
pub struct TablesArgs {
    /// The country pair.
    #[arg(long, default_value = "PAK-AFG")]
    pub pair: String,
    /// The year the tables describe.
    #[arg(long, default_value_t = 2023)]
    pub year: i32,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// The formats `dyad ingest` reads.
#[derive(Debug, Subcommand)]
pub enum IngestFormat {
    /// dyad's tidy figures CSV (see README).
    Figures(IngestArgs),
}

/// `dyad ingest FORMAT FILE…`.
#[derive(Debug, Args)]
pub struct IngestArgs {
    /// The files to load.
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Load the good rows and quarantine the bad ones, instead of rejecting the file.
    #[arg(long)]
    pub lenient: bool,
    /// Where to write the quarantine report (CSV) in lenient mode.
    #[arg(long, value_name = "FILE", requires = "lenient")]
    pub quarantine_report: Option<PathBuf>,
}

/// `dyad sources`.
#[derive(Debug, Args)]
pub struct SourcesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `dyad history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The indicator, such as `refugees.registered`.
    pub indicator: String,
    /// Only this subject, such as `AFG->PAK`.
    #[arg(long)]
    pub subject: Option<String>,
    /// Only figures whose period overlaps this one, such as `2022` or `FY2022-23`.
    #[arg(long)]
    pub period: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}
