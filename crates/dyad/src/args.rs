//! The raw command-line flags, as clap parses them.

use dyad_model::Pair;
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
    /// Load files into the evidence base, as published.
    Ingest(IngestArgs),
    /// List sources with their vintages and counts.
    Sources(SourcesArgs),
    /// Show every vintage of a figure.
    History(HistoryArgs),
    /// Write observations or events as CSV, Parquet or SQLite, with a datapackage.json.
    Export(ExportArgs),
    /// List the indicators, or print one's recipe.
    Indicators(IndicatorsArgs),
    /// Show every source and vintage of an indicator for a period, side by side, with the spread.
    Compare(CompareArgs),
    /// Project an indicator forward with 80% and 95% intervals.
    Project(ProjectArgs),
    /// Backtest the projection models on an indicator, or on every series with enough values.
    Backtest(BacktestArgs),
    /// Score past projections, dyad's and documents', against what happened.
    Scorecard(ScorecardArgs),
    /// Write the report: findings with evidence, the five tables, charts, recommendations, method.
    Report(ReportArgs),
    /// Code events (who did what to whom) from text with the CAMEO and Phoenix dictionaries.
    #[command(subcommand)]
    Events(EventsCommand),
}

/// `dyad events`.
#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Code every sentence of text files and print the events.
    Extract(EventsExtractArgs),
    /// Show how one sentence is coded: actors, verbs, patterns and the dictionary lines that fired.
    Explain(EventsExplainArgs),
}

/// The dictionaries and date shared by `dyad events` commands.
#[derive(Debug, Args)]
pub struct EventsCommon {
    /// The date the text is from, `YYYY-MM-DD`: actor codes hold by date (default: today, UTC).
    #[arg(long, value_name = "D")]
    pub date: Option<String>,
    /// The folder of the PETRARCH-2 dictionaries (default: `$DYAD_SHARED_DATA/text/event-dictionaries`).
    #[arg(long, value_name = "DIR")]
    pub dictionaries: Option<PathBuf>,
}

/// `dyad events extract FILE…`.
#[derive(Debug, Args)]
pub struct EventsExtractArgs {
    /// Text files (UTF-8).
    #[arg(required = true, value_name = "FILE")]
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub common: EventsCommon,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `dyad events explain SENTENCE`.
#[derive(Debug, Args)]
pub struct EventsExplainArgs {
    /// The sentence (or text) to code.
    pub sentence: String,
    #[command(flatten)]
    pub common: EventsCommon,
}

/// A report format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ReportFormat {
    /// `report.html`: one self-contained file.
    Html,
    /// `report.md`, with the charts in `charts/`.
    Md,
}

/// `dyad report`.
#[derive(Debug, Args)]
pub struct ReportArgs {
    /// The country pair.
    #[arg(long, default_value = "PAK-AFG")]
    pub pair: Pair,
    /// The year the tables and findings describe.
    #[arg(long, default_value_t = 2023)]
    pub year: i32,
    /// Read only the releases dated by the end of this period (`2024`, `2024-06`); by default, every
    /// release in the evidence base. The report never reads the clock.
    #[arg(long, value_name = "PERIOD")]
    pub as_of: Option<String>,
    /// The folder to write into.
    #[arg(long, default_value = "dyad-report")]
    pub out: PathBuf,
    /// The formats, comma-separated.
    #[arg(long, value_enum, value_delimiter = ',', default_values_t = [ReportFormat::Html, ReportFormat::Md])]
    pub format: Vec<ReportFormat>,
}

/// `dyad indicators [show NAME]`.
#[derive(Debug, Args)]
pub struct IndicatorsArgs {
    /// `show NAME` prints one indicator's recipe.
    #[arg(value_name = "show NAME", num_args = 0..=2)]
    pub show: Vec<String>,
    /// The country pair.
    #[arg(long, default_value = "PAK-AFG")]
    pub pair: Pair,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `dyad compare INDICATOR --period P`.
#[derive(Debug, Args)]
pub struct CompareArgs {
    /// The indicator, such as `refugees.registered`.
    pub indicator: String,
    /// The period, such as `2022`.
    #[arg(long)]
    pub period: String,
    /// Only this subject (default: every subject of the indicator).
    #[arg(long)]
    pub subject: Option<String>,
    /// The country pair.
    #[arg(long, default_value = "PAK-AFG")]
    pub pair: Pair,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `dyad project INDICATOR`.
#[derive(Debug, Args)]
pub struct ProjectArgs {
    /// The indicator, such as `refugees.registered`.
    pub indicator: String,
    /// The subject (default: the indicator's first subject for the pair).
    #[arg(long)]
    pub subject: Option<String>,
    /// Project as the evidence stood at the end of this period (`2023`, `2023-06`): only releases
    /// dated by then are read.
    #[arg(long, value_name = "PERIOD")]
    pub as_of: Option<String>,
    /// How many periods after the as-of period (or after the last value) to project: 1 to 50.
    #[arg(long, default_value_t = 3, value_parser = clap::value_parser!(u16).range(1..=50))]
    pub horizon: u16,
    /// The country pair.
    #[arg(long, default_value = "PAK-AFG")]
    pub pair: Pair,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `dyad backtest [INDICATOR]`.
#[derive(Debug, Args)]
pub struct BacktestArgs {
    /// The indicator; without it, every series with at least `--min-points` values.
    pub indicator: Option<String>,
    /// Only this subject.
    #[arg(long)]
    pub subject: Option<String>,
    /// The fewest values a series needs to be backtested when no indicator is named.
    #[arg(long, default_value_t = 8)]
    pub min_points: usize,
    /// The country pair.
    #[arg(long, default_value = "PAK-AFG")]
    pub pair: Pair,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// `dyad scorecard`.
#[derive(Debug, Args)]
pub struct ScorecardArgs {
    /// The country pair.
    #[arg(long, default_value = "PAK-AFG")]
    pub pair: Pair,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// What `dyad export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportWhat {
    /// Figures, with their provenance.
    Observations,
    /// Events, with their release and file.
    Events,
    /// Every indicator's value for every subject and period it has, as the indicator's rule chooses it.
    Indicators,
    /// Documents (none yet).
    Documents,
}

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// CSV, UTF-8, with a header.
    Csv,
    /// Apache Parquet.
    Parquet,
    /// A SQLite database with one table.
    Sqlite,
}

/// `dyad export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export.
    #[arg(value_enum)]
    pub what: ExportWhat,
    /// The file format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Only figures or events about this pair's countries.
    #[arg(long)]
    pub pair: Option<Pair>,
    /// Only this indicator, or a prefix ending in `.` (`trade.`).
    #[arg(long)]
    pub indicator: Option<String>,
    /// Only figures or events that end on or after the start of this period (`2021`, `2021-08`).
    #[arg(long)]
    pub since: Option<String>,
    /// The folder to write into.
    #[arg(long, default_value = "dyad-export")]
    pub out: PathBuf,
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
    pub pair: Pair,
    /// The year the tables describe.
    #[arg(long, default_value_t = 2023)]
    pub year: i32,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Table)]
    pub format: Format,
}

/// Which GDELT events to keep.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatchArg {
    /// Actor 1 and actor 2 are the pair's two countries.
    Actors,
    /// The action takes place in either country.
    Places,
    /// Either of the above.
    Either,
    /// Both of the above.
    Both,
    /// Any actor from either country, or the action in either country.
    Involving,
}

/// `dyad ingest [FORMAT] FILE…`.
#[derive(Debug, Args)]
#[command(
    after_help = "FORMAT is one of: figures, acled, acled-json, acled-deletions, ucdp-ged, ucdp-brd, ucdp-acd, gdelt, gdelt-mentions, unhcr, wdi, survey, comtrade. Without it, each file's format is detected from its name and first bytes."
)]
pub struct IngestArgs {
    /// An optional format, then the files to load.
    #[arg(required = true, value_name = "[FORMAT] FILE")]
    pub items: Vec<String>,
    /// The file has no header row (UCDP candidate releases).
    #[arg(long)]
    pub no_header: bool,
    /// The release of the files, when they do not say (`25.0.3`, an access date).
    #[arg(long, value_name = "RELEASE")]
    pub version: Option<String>,
    /// When that release came out, `YYYY-MM-DD`, when the files do not say.
    #[arg(long, value_name = "DATE")]
    pub released: Option<String>,
    /// The indicator of a file that does not name it (WDI long CSVs), as a WDI code: `NY.GDP.MKTP.CD`.
    #[arg(long, value_name = "CODE")]
    pub indicator: Option<String>,
    /// The country pair whose GDELT events to keep.
    #[arg(long, default_value = "PAK-AFG")]
    pub pair: Pair,
    /// Which GDELT events to keep.
    #[arg(long = "match", value_enum, default_value_t = MatchArg::Either)]
    pub matching: MatchArg,
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
