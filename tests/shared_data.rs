//! Finds the shared data folder for the tests that read it, by one rule for the whole workspace.
//!
//! The folder is named by `DYAD_SHARED_DATA`; a relative value is relative to the workspace root, where
//! CI and the README run commands. When the variable is unset, a test that needs the folder is skipped:
//! it prints why and passes, because the project's own suite must pass without the folder. When the
//! variable is set, whoever ran the tests asked for the real-data checks, so a missing folder or file fails
//! the test with a message naming the path: skipping there would let a renamed or lost file pass unseen.
//!
//! This is one file, included with `#[path]` by each test target that reads the folder, so that the rule
//! is written once without a crate of its own and without a dependency between the crates that use it.
// Each target uses only some of these functions, and the others would be dead code in that target.
#![allow(dead_code)]

use std::ffi::OsStr;
use std::path::{Path, PathBuf};

/// The variable that names the shared data folder.
pub const VARIABLE: &str = "DYAD_SHARED_DATA";

/// The shared data folder, or `None` (with the reason printed) when `DYAD_SHARED_DATA` is unset.
///
/// # Panics
/// When the variable is set but empty, or does not name a folder; the message names the path.
pub fn shared_folder() -> Option<PathBuf> {
    let folder = folder_from(std::env::var_os(VARIABLE).as_deref(), &workspace_root());
    if folder.is_none() {
        // libtest runs each test on a thread named after it, so the reason says which test was skipped.
        let current = std::thread::current();
        let test = current.name().unwrap_or("this test");
        eprintln!(
            "skipped: {VARIABLE} is not set, so `{test}` did not read the shared data folder"
        );
    }
    folder
}

/// The path of `relative` under the shared data folder, or `None` (with the reason printed) when
/// `DYAD_SHARED_DATA` is unset.
///
/// # Panics
/// When the variable is set and the folder or the file is missing; the message names the path.
pub fn shared_file(relative: &str) -> Option<PathBuf> {
    shared_folder().map(|folder| require(&folder, relative))
}

/// The path of `relative` under a shared data folder already found.
///
/// # Panics
/// When there is no such file; the message names the path.
pub fn require(folder: &Path, relative: &str) -> PathBuf {
    let path = folder.join(relative);
    assert!(
        path.is_file(),
        "{}: the file is missing from the shared data folder named by {VARIABLE}",
        path.display()
    );
    path
}

/// The bytes of `relative` under a shared data folder already found.
///
/// # Panics
/// When the file is missing or cannot be read; the message names the path.
pub fn read(folder: &Path, relative: &str) -> Vec<u8> {
    let path = require(folder, relative);
    std::fs::read(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The folder that the variable's value names, resolved against `root`; `None` when it is unset.
fn folder_from(value: Option<&OsStr>, root: &Path) -> Option<PathBuf> {
    let value = value?;
    // An empty value is set, not unset: treating it as unset would skip the checks that were asked for.
    assert!(
        !value.is_empty(),
        "{VARIABLE} is set but empty: unset it to skip the real-data tests, or name the folder"
    );
    // Joining an absolute value gives the value itself.
    let folder = root.join(value);
    assert!(
        folder.is_dir(),
        "{}: the shared data folder named by {VARIABLE} is missing",
        folder.display()
    );
    Some(folder)
}

/// The workspace root: the nearest folder above the crate whose manifest declares the workspace.
fn workspace_root() -> PathBuf {
    let crate_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    crate_dir
        .ancestors()
        .find(|dir| {
            std::fs::read_to_string(dir.join("Cargo.toml"))
                .is_ok_and(|manifest| manifest.contains("[workspace]"))
        })
        .unwrap_or_else(|| panic!("no workspace manifest above {}", crate_dir.display()))
        .to_path_buf()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The message of the panic that `f` raises.
    fn panic_message(f: impl FnOnce() + std::panic::UnwindSafe) -> String {
        let payload = std::panic::catch_unwind(f).expect_err("it panics");
        payload
            .downcast_ref::<String>()
            .cloned()
            .unwrap_or_default()
    }

    #[test]
    fn an_unset_variable_skips_and_a_relative_one_is_read_from_the_workspace_root() {
        let root = workspace_root();
        assert_eq!(folder_from(None, &root), None);
        assert_eq!(
            folder_from(Some(OsStr::new("crates")), &root),
            Some(root.join("crates"))
        );
    }

    #[test]
    fn a_set_variable_with_a_missing_folder_or_file_fails_naming_the_path() {
        let root = workspace_root();
        let missing = root.join("no-such-shared-folder");
        let message = panic_message(|| {
            folder_from(Some(missing.as_os_str()), &workspace_root());
        });
        assert!(
            message.starts_with(&missing.display().to_string()),
            "{message}"
        );
        // The workspace root is a folder without the shared files, as an empty shared folder would be.
        let message = panic_message(|| {
            require(&workspace_root(), "conflict/no-such-file.csv");
        });
        assert!(
            message.starts_with(&root.join("conflict/no-such-file.csv").display().to_string()),
            "{message}"
        );
        let message = panic_message(|| {
            folder_from(Some(OsStr::new("")), &workspace_root());
        });
        assert!(message.contains("set but empty"), "{message}");
    }
}
