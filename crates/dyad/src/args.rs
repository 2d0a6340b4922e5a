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

    /// Print tables whole, with every column, however wide (default on a terminal: fit its width, with
    /// sources and notes as numbered footnotes).
    #[arg(long, global = true)]
    pub wide: bool,

    /// Fit tables to this many columns, as on a terminal that wide (default: the terminal's width; none
    /// when the output is piped, which keeps whole lines).
    #[arg(long, global = true, value_name = "N", conflicts_with = "wide", value_parser = clap::value_parser!(u16).range(40..))]
    pub width: Option<u16>,

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
    /// Write observations, events, indicators or documents as CSV, Parquet or SQLite, with a datapackage.json.
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
    /// Add, list, show and search documents: agreements, statements, policies, reports, articles, news.
    Docs(DocsArgs),
    /// Check what texts assert against their own numbers and tables.
    Audit(AuditArgs),
    /// Code events (who did what to whom) from text with the CAMEO and Phoenix dictionaries.
    #[command(subcommand)]
    Events(EventsCommand),
    /// Code every stored passage with a codebook (themes and lenses), replacing that codebook's earlier codes.
    Code(CodeArgs),
    /// Show, export, import and cross-tabulate the codes applied to passages.
    #[command(subcommand)]
    Codes(CodesCommand),
    /// Show, check or export a codebook (REFI-QDA `.qdc`).
    #[command(subcommand)]
    Codebook(CodebookCommand),
    /// Inter-coder reliability: percent agreement, Cohen's and Fleiss' kappa, Krippendorff's alpha, per code.
    Reliability(ReliabilityArgs),
    /// Serve the evidence base in a browser and as a JSON API (read-only unless given a token).
    Serve(ServeArgs),
    /// Print the shell completions of dyad's commands and flags (`dyad completions bash > /etc/bash_completion.d/dyad`).
    Completions(CompletionsArgs),
}

/// `dyad completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `dyad serve`.
#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The address to listen on; loopback unless another is given.
    #[arg(long, default_value = "127.0.0.1:8080")]
    pub bind: std::net::SocketAddr,
    /// A file holding the bearer token that writes (audit uploads) need; without it the server is
    /// read-only.
    #[arg(long, value_name = "FILE")]
    pub token_file: Option<PathBuf>,
    /// Serve read-only even when a token file is given.
    #[arg(long)]
    pub read_only: bool,
    /// The country pair.
    #[arg(long, default_value = "PAK-AFG")]
    pub pair: Pair,
    /// The year the overview and the report show unless asked.
    #[arg(long, default_value_t = 2023)]
    pub year: i32,
}

/// `dyad code`.
#[derive(Debug, Args)]
pub struct CodeArgs {
    /// The codebook (TOML); the bundled one by default.
    #[arg(long, value_name = "FILE")]
    pub codebook: Option<PathBuf>,
}

/// How a codes command prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CodesFormat {
    /// Aligned text tables.
    Table,
    /// CSV, UTF-8, with a header.
    Csv,
    /// JSON.
    Json,
}

/// The subcommands of `dyad codes`.
#[derive(Debug, Subcommand)]
pub enum CodesCommand {
    /// Show a passage (`DOC:PASSAGE`, such as `3:12`), its codes and why each was applied.
    Show(CodesShowArgs),
    /// Write one row per code: document, passage, page, span, text, code, family, coder.
    Export(CodesExportArgs),
    /// Read people's coding in the layout `codes export` writes.
    Import(CodesImportArgs),
    /// Count co-occurring codes: theme × lens, theme × year or theme × kind.
    Matrix(CodesMatrixArgs),
}

/// `dyad codes show`.
#[derive(Debug, Args)]
pub struct CodesShowArgs {
    /// The passage, as `DOCUMENT:PASSAGE` (ids from `dyad docs list` and `dyad docs show`).
    pub passage: String,
    /// The codebook that explains the machine codes; the bundled one by default.
    #[arg(long, value_name = "FILE")]
    pub codebook: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DocsFormat::Table)]
    pub format: DocsFormat,
}

/// `dyad codes export`.
#[derive(Debug, Args)]
pub struct CodesExportArgs {
    /// Output format.
    #[arg(long, value_enum, default_value_t = CodesFormat::Csv)]
    pub format: CodesFormat,
    /// The file to write; standard output by default.
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// Only these coders (comma-separated labels, such as `ayesha,rule:dyad-pak-afg@1.0.0#…`).
    #[arg(long, value_delimiter = ',')]
    pub coders: Vec<String>,
}

/// `dyad codes import`.
#[derive(Debug, Args)]
pub struct CodesImportArgs {
    /// The CSV file, with the columns `document_id` or `document_sha256`, `start`, `end`, `code` and `coder`
    /// (`passage`, `family` and the others are checked when present).
    pub file: PathBuf,
}

/// What `dyad codes matrix` crosses the themes with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum MatrixBy {
    /// The three lenses.
    Lens,
    /// The documents' years.
    Year,
    /// The documents' kinds.
    Kind,
}

/// `dyad codes matrix`.
#[derive(Debug, Args)]
pub struct CodesMatrixArgs {
    /// What the themes are crossed with.
    #[arg(long, value_enum, default_value_t = MatrixBy::Lens)]
    pub by: MatrixBy,
    /// Only this coder's codes (a label as `codes export` writes it); the bundled codebook by default.
    #[arg(long)]
    pub coder: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CodesFormat::Table)]
    pub format: CodesFormat,
}

/// The subcommands of `dyad codebook`.
#[derive(Debug, Subcommand)]
pub enum CodebookCommand {
    /// Print a codebook's codes with their definitions and rules.
    Show(CodebookShowArgs),
    /// Write a codebook in the REFI-QDA codebook format, for NVivo, ATLAS.ti, MAXQDA and QualCoder.
    Export(CodebookExportArgs),
}

/// `dyad codebook show`.
#[derive(Debug, Args)]
pub struct CodebookShowArgs {
    /// The codebook (TOML); the bundled one by default.
    #[arg(long, value_name = "FILE")]
    pub codebook: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DocsFormat::Table)]
    pub format: DocsFormat,
}

/// `dyad codebook export`.
#[derive(Debug, Args)]
pub struct CodebookExportArgs {
    /// The `.qdc` file to write.
    #[arg(long, value_name = "FILE", required = true)]
    pub qdc: PathBuf,
    /// The codebook (TOML); the bundled one by default.
    #[arg(long, value_name = "FILE")]
    pub codebook: Option<PathBuf>,
}

/// `dyad reliability`.
#[derive(Debug, Args)]
pub struct ReliabilityArgs {
    /// Only these coders (comma-separated); all who read a passage by default.
    #[arg(long, value_delimiter = ',')]
    pub coders: Vec<String>,
    /// Only these codes (comma-separated keys); all by default.
    #[arg(long, value_delimiter = ',')]
    pub codes: Vec<String>,
    /// Read a sheet of `unit,coder,code` rows instead of the stored codes.
    #[arg(long, value_name = "FILE.csv")]
    pub table: Option<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DocsFormat::Table)]
    pub format: DocsFormat,
}

/// How `dyad audit` prints its findings.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AuditFormat {
    /// One finding per line, `FILE:LINE:COLUMN: kind: why`, with the words judged below it.
    Text,
    /// JSON, schema `dyad.audit/1`.
    Json,
    /// One self-contained HTML page per text, with each claim highlighted beside its verdict and evidence.
    Html,
}

/// A kind of finding that `--fail-on` can name.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
#[value(rename_all = "snake_case")]
pub enum AuditKind {
    /// Any finding at all.
    Any,
    /// The text and a table (or two places of the text) disagree.
    TextVsTable,
    /// A total, balance, set of shares or stated change does not add up.
    Arithmetic,
    /// A statement contradicts itself.
    Garbled,
    /// One number given for two different quantities.
    NumberReuse,
    /// Words of direction that contradict the numbers.
    Direction,
    /// A third country named as one side of the pair.
    Scope,
    /// A figure cited to a source that the evidence base contradicts (with `--evidence`).
    Citation,
    /// Any other figure the evidence base contradicts (with `--evidence`).
    Evidence,
}

/// `dyad audit FILE…`.
#[derive(Debug, Args)]
pub struct AuditArgs {
    /// The texts to audit: Markdown, plain text, HTML (the article's text) or PDF (its text layer).
    #[arg(value_name = "FILE", required_unless_present = "doc")]
    pub files: Vec<PathBuf>,
    /// A document already in the archive, by its id (`dyad docs list`); may be repeated.
    #[arg(long, value_name = "ID")]
    pub doc: Vec<i64>,
    /// Write the output here instead of standard output (the HTML page, or the JSON).
    #[arg(long, value_name = "FILE")]
    pub out: Option<PathBuf>,
    /// The country pair the texts discuss, for the scope check.
    #[arg(long, default_value = "PAK-AFG")]
    pub pair: Pair,
    /// Output format.
    #[arg(long, value_enum, default_value_t = AuditFormat::Text)]
    pub format: AuditFormat,
    /// Also compare each claim whose indicator and year are known with the evidence base (supported,
    /// contradicted by how much, or unverifiable).
    #[arg(long)]
    pub evidence: bool,
    /// Exit with 1 when a finding of one of these kinds is made (comma-separated; `any` for all).
    #[arg(long, value_enum, value_delimiter = ',', value_name = "KINDS")]
    pub fail_on: Vec<AuditKind>,
    /// Store the projections the documents state (figures put in the future, with the year they are
    /// for) as figures of status `projection` cited to each document, for `dyad scorecard` to score.
    #[arg(long, requires = "doc")]
    pub store_projections: bool,
}

/// A document's kind, as the command line names it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum KindArg {
    /// A signed agreement or memorandum.
    Agreement,
    /// A joint or official statement, remarks or a press briefing.
    Statement,
    /// A government policy paper.
    Policy,
    /// A think-tank, UN or agency report.
    Report,
    /// An analytical or scholarly article.
    Article,
    /// A news story.
    News,
}

/// How `dyad docs` prints.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DocsFormat {
    /// Aligned text tables.
    Table,
    /// JSON.
    Json,
}

/// `dyad docs`.
#[derive(Debug, Args)]
pub struct DocsArgs {
    #[command(subcommand)]
    pub command: DocsCommand,
}

/// The subcommands of `dyad docs`.
#[derive(Debug, Subcommand)]
pub enum DocsCommand {
    /// Add files and folders of documents (.txt, .md with YAML front matter, .html, .pdf), one transaction each.
    Add(DocsAddArgs),
    /// List the stored documents.
    List(DocsListArgs),
    /// Show one document with its passages.
    Show(DocsShowArgs),
    /// Search the passages in full text, best match first.
    Search(DocsSearchArgs),
}

/// `dyad docs add PATH…`.
#[derive(Debug, Args)]
pub struct DocsAddArgs {
    /// Files, and folders whose .txt, .md, .html and .pdf files (in any subfolder) to add.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// The kind of every document added; needed unless a file's front matter names it.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// The title, for one document.
    #[arg(long)]
    pub title: Option<String>,
    /// When it was published, `YYYY-MM-DD` (or `YYYY-MM`, `YYYY`), for one document.
    #[arg(long)]
    pub date: Option<String>,
    /// Its publisher or site, for every document added.
    #[arg(long)]
    pub publisher: Option<String>,
    /// Where it was published, for one document.
    #[arg(long)]
    pub url: Option<String>,
}

/// `dyad docs list`.
#[derive(Debug, Args)]
pub struct DocsListArgs {
    /// Only documents of this kind.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Only documents dated in or after this period (`2021`, `2021-08`, `2021-08-15`).
    #[arg(long, value_name = "PERIOD")]
    pub since: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DocsFormat::Table)]
    pub format: DocsFormat,
}

/// `dyad docs show ID`.
#[derive(Debug, Args)]
pub struct DocsShowArgs {
    /// The document's id, as `dyad docs list` gives it.
    pub id: i64,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DocsFormat::Table)]
    pub format: DocsFormat,
}

/// `dyad docs search QUERY`.
#[derive(Debug, Args)]
#[command(
    after_help = "QUERY is words (border closure), phrases in double quotes (\"border closure\"), prefixes (refug*), joined by AND, OR, NOT (in capitals) and parentheses. Words side by side must all match. Quote the query for the shell: dyad docs search '\"border crossing\" AND refug*'."
)]
pub struct DocsSearchArgs {
    /// What to search for.
    pub query: String,
    /// Only documents of this kind.
    #[arg(long, value_enum)]
    pub kind: Option<KindArg>,
    /// Only documents dated in or after this period (`2021`, `2021-08`, `2021-08-15`).
    #[arg(long, value_name = "PERIOD")]
    pub since: Option<String>,
    /// The most passages to show.
    #[arg(long, default_value_t = 20)]
    pub limit: usize,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DocsFormat::Table)]
    pub format: DocsFormat,
}

/// `dyad events`.
#[derive(Debug, Subcommand)]
pub enum EventsCommand {
    /// Code every sentence of text files or stored documents and print (or store) the events.
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
    /// Text files (UTF-8), coded as of `--date`.
    #[arg(value_name = "FILE", required_unless_present_any = ["doc", "docs"])]
    pub files: Vec<PathBuf>,
    /// A stored document, by its id (may be repeated), coded as of its own date.
    #[arg(long, value_name = "ID", conflicts_with = "files")]
    pub doc: Vec<i64>,
    /// Every stored document, each coded as of its own date.
    #[arg(long, conflicts_with_all = ["files", "doc"])]
    pub docs: bool,
    /// Store the events found in the documents in the evidence base, under the source "dyad text
    /// events", for the cooperation–conflict index from documents.
    #[arg(long, requires = "docs")]
    pub store: bool,
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
    /// Documents and their passages (two tables), with each passage's character span.
    Documents,
    /// Codes applied to passages, one row each, with the passage's text and the coder.
    Codes,
    /// A REFI-QDA project (`.qdpx`) of the documents, the codebook and every code, for NVivo, ATLAS.ti,
    /// MAXQDA and QualCoder; `FILE` names it.
    Qdpx,
}

/// The file format of an export.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// CSV, UTF-8, with a header.
    Csv,
    /// Apache Parquet.
    Parquet,
    /// A SQLite database (one table; two for documents).
    Sqlite,
}

/// `dyad export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// What to export.
    #[arg(value_enum)]
    pub what: ExportWhat,
    /// The `.qdpx` file to write, for `qdpx`.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// The file format.
    #[arg(long, value_enum, default_value_t = ExportFormat::Csv)]
    pub format: ExportFormat,
    /// Only figures or events about this pair's countries.
    #[arg(long)]
    pub pair: Option<Pair>,
    /// Only this indicator, or a prefix ending in `.` (`trade.`).
    #[arg(long)]
    pub indicator: Option<String>,
    /// Only figures, events or documents that end (or are dated) on or after the start of this period
    /// (`2021`, `2021-08`).
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
