//! Integration tests of the `dyad` binary: each runs the real binary against an evidence base in a
//! temporary folder and checks its exit code, stdout and stderr.

mod audit;
mod cli;
mod codes;
mod docs;
mod events;
mod export;
mod hardening;
mod history;
mod ingest;
mod measures;
mod readme;
mod report;
mod serve;
mod sources;
mod tables;
mod tallies;
mod trust;

// The one rule for the tests that read the shared data folder, kept at the workspace root so that every
// test target that needs it includes the same file.
#[path = "../../../../tests/shared_data.rs"]
mod shared_data;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A temporary evidence-base folder and the commands run against it.
pub struct Context {
    /// The temporary folder; the evidence base lives in its `home/`.
    pub dir: tempfile::TempDir,
}

/// What one run of the binary gave.
#[derive(Debug)]
pub struct Run {
    /// The exit code, or `None` when a signal ended the process.
    pub code: Option<i32>,
    /// Standard output, filtered.
    pub stdout: String,
    /// Standard error, filtered.
    pub stderr: String,
}

impl Context {
    /// A fresh, empty temporary folder.
    #[allow(clippy::new_without_default)]
    pub fn new() -> Context {
        Context {
            dir: tempfile::tempdir().expect("a temporary folder"),
        }
    }

    /// The evidence-base folder passed as `--home`.
    pub fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }

    /// The dyad command with `args`, pointed at this context's evidence base.
    pub fn command(&self, args: &[&str]) -> Command {
        let mut command = Command::new(env!("CARGO_BIN_EXE_dyad"));
        command
            .args(args)
            .arg("--home")
            .arg(self.home())
            .env_remove("DYAD_HOME")
            .current_dir(self.dir.path());
        command
    }

    /// Runs dyad with `args` and collects what it printed.
    pub fn run(&self, args: &[&str]) -> Run {
        let output: Output = self.command(args).output().expect("the dyad binary runs");
        Run {
            code: output.status.code(),
            stdout: self.filter(&String::from_utf8_lossy(&output.stdout)),
            stderr: self.filter(&String::from_utf8_lossy(&output.stderr)),
        }
    }

    /// Writes a file in the temporary folder and returns its path.
    pub fn write(&self, name: &str, text: &str) -> PathBuf {
        let path = self.dir.path().join(name);
        std::fs::write(&path, text).expect("writing a test file");
        path
    }

    /// Replaces the temporary folder and timestamps, which change from run to run.
    pub fn filter(&self, text: &str) -> String {
        let dir = self.dir.path().display().to_string();
        let without_dir = text.replace(&dir, "[TEMP]");
        let mut filtered = String::new();
        for line in without_dir.lines() {
            filtered.push_str(&mask_timestamps(line));
            filtered.push('\n');
        }
        filtered
    }

    /// The evidence base's SQLite file.
    pub fn database(&self) -> PathBuf {
        self.home().join("evidence.sqlite")
    }
}

fn mask_timestamps(line: &str) -> String {
    static STAMP: std::sync::OnceLock<regex::Regex> = std::sync::OnceLock::new();
    let stamp =
        STAMP.get_or_init(|| regex::Regex::new(r"\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z").unwrap());
    stamp.replace_all(line, "[TIME]").into_owned()
}

/// Checks that the block between `<!-- NAME:start -->` and `<!-- NAME:end -->` of the workspace's file
/// `file` is `printed`; with `UPDATE_EXPECT` set, writes it there instead.
pub fn check_marked_block(file: &str, name: &str, printed: &str) {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../..")
        .join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    let (start, end) = (
        format!("<!-- {name}:start -->\n"),
        format!("\n<!-- {name}:end -->"),
    );
    let from = text.find(&start).expect("the file has the start marker") + start.len();
    let to = text.find(&end).expect("the file has the end marker");
    if std::env::var_os("UPDATE_EXPECT").is_some() {
        std::fs::write(&path, format!("{}{printed}{}", &text[..from], &text[to..])).unwrap();
        return;
    }
    assert_eq!(
        &text[from..to],
        printed,
        "{file} is out of date: rerun with UPDATE_EXPECT=1"
    );
}

/// The cell of a `dyad tables --format json` document in `table` whose row is `row`.
pub fn cell<'a>(document: &'a serde_json::Value, table: &str, row: &str) -> &'a serde_json::Value {
    document["cells"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["table"] == table && c["row"] == row)
        .unwrap_or_else(|| panic!("no cell {table} / {row}"))
}

/// Everything a reader of the evidence base can see, for before/after comparisons.
pub fn dump(database: &Path) -> String {
    let connection = rusqlite::Connection::open(database).unwrap();
    let mut text = String::new();
    for table in dyad_store::TABLES {
        let mut statement = connection
            .prepare(&format!("SELECT * FROM {table} ORDER BY id"))
            .unwrap();
        let n_columns = statement.column_count();
        let rows = statement
            .query_map([], |row| {
                let mut fields = Vec::new();
                for i in 0..n_columns {
                    fields.push(format!("{:?}", row.get_ref(i)?));
                }
                Ok(fields.join("|"))
            })
            .unwrap();
        for row in rows {
            text.push_str(table);
            text.push(':');
            text.push_str(&row.unwrap());
            text.push('\n');
        }
    }
    text
}
