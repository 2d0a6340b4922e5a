//! The crate has no knots: no source file imports from a file that imports it, so each module can be
//! read, changed and tested from the bottom up.
//!
//! A file's imports are the module paths it names, in `use` items and in inline paths, starting with
//! `crate::`, `super::` or `self::`. Each path is resolved to the file of its longest prefix that is a
//! module; declaring a child module (`mod x;`) is not an import of it.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Every `.rs` file under `dir`, relative to the crate's `src`.
fn sources(dir: &Path, root: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, root, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path.strip_prefix(root).unwrap().to_path_buf());
        }
    }
}

/// The module path of a file: `indicators/trade/mod.rs` → `["indicators", "trade"]`.
fn module_of(file: &Path) -> Vec<String> {
    let mut parts: Vec<String> = file
        .iter()
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    let last = parts.pop().unwrap();
    match last.as_str() {
        "lib.rs" | "mod.rs" => {}
        name => parts.push(name.trim_end_matches(".rs").to_string()),
    }
    parts
}

/// The paths a file names that start at `crate`, `super`, `self` or one of its own child modules, as
/// written (`crate::cell::Cell`, `super::common::*`, `exports::INDICATOR` as `self::exports::INDICATOR`),
/// with the items of a `{…}` group each made a path of its own.
fn named_paths(text: &str) -> Vec<String> {
    let mut paths = Vec::new();
    let children: Vec<String> = text
        .lines()
        .filter_map(|line| {
            let line = line.trim();
            let name = line
                .strip_prefix("pub(crate) mod ")
                .or_else(|| line.strip_prefix("pub mod "))
                .or_else(|| line.strip_prefix("mod "))?;
            name.strip_suffix(';').map(str::to_string)
        })
        .collect();
    // Comments and strings could name paths that are not imports; drop line comments at least.
    let code: String = text
        .lines()
        .map(|line| line.split("//").next().unwrap_or(""))
        .collect::<Vec<_>>()
        .join("\n");
    let bytes = code.as_bytes();
    let starts: Vec<String> = ["crate", "super", "self"]
        .iter()
        .map(|s| s.to_string())
        .chain(children.iter().cloned())
        .map(|s| format!("{s}::"))
        .collect();
    for start in &starts {
        let child = !["crate::", "super::", "self::"].contains(&start.as_str());
        let mut from = 0;
        while let Some(at) = code[from..].find(start) {
            let begin = from + at;
            from = begin + start.len();
            if begin > 0
                && (bytes[begin - 1].is_ascii_alphanumeric()
                    || bytes[begin - 1] == b'_'
                    || bytes[begin - 1] == b':')
            {
                continue;
            }
            // Inside a `use a::{b::c}` group a child's name is relative to the group's path, not to
            // this file: the group's head already names the path.
            let before = code[..begin].trim_end();
            if child && (before.ends_with('{') || before.ends_with(',')) {
                continue;
            }
            let mut end = begin;
            while end < bytes.len()
                && (bytes[end].is_ascii_alphanumeric() || bytes[end] == b'_' || bytes[end] == b':')
            {
                end += 1;
            }
            let written = code[begin..end].trim_end_matches(':');
            let head = if child {
                format!("self::{written}")
            } else {
                written.to_string()
            };
            if end < bytes.len() && bytes[end] == b'{' {
                let close = code[end..].find('}').map_or(bytes.len(), |c| end + c);
                for item in code[end + 1..close].split(',') {
                    let item = item.trim();
                    if !item.is_empty() {
                        paths.push(format!("{head}::{item}"));
                    }
                }
            } else {
                paths.push(head);
            }
        }
    }
    paths
}

/// The file a path from `module` leads to: the longest prefix that is a module of the crate.
fn resolve(
    path: &str,
    module: &[String],
    modules: &BTreeMap<Vec<String>, PathBuf>,
) -> Option<PathBuf> {
    let mut segments: Vec<String> = Vec::new();
    for (i, part) in path.split("::").enumerate() {
        match (i, part) {
            (0, "crate") => {}
            (0, "self") => segments = module.to_vec(),
            (0, "super") => {
                segments = module.to_vec();
                segments.pop();
            }
            (_, "super") => {
                segments.pop();
            }
            (_, part) => segments.push(part.split_whitespace().next().unwrap_or("").to_string()),
        }
    }
    while !segments.is_empty() {
        if let Some(file) = modules.get(&segments) {
            return Some(file.clone());
        }
        segments.pop();
    }
    None
}

#[test]
fn no_file_imports_from_a_file_that_imports_it() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    sources(&root, &root, &mut files);
    let modules: BTreeMap<Vec<String>, PathBuf> =
        files.iter().map(|f| (module_of(f), f.clone())).collect();
    let mut imports: BTreeMap<PathBuf, BTreeSet<PathBuf>> = BTreeMap::new();
    for file in &files {
        let text = std::fs::read_to_string(root.join(file)).unwrap();
        // Unit tests at the bottom of a file may reach anywhere; they are not part of the module graph.
        let code = text.split("#[cfg(test)]").next().unwrap_or("");
        let module = module_of(file);
        let targets = imports.entry(file.clone()).or_default();
        for path in named_paths(code) {
            if let Some(target) = resolve(&path, &module, &modules)
                && &target != file
            {
                targets.insert(target);
            }
        }
    }
    assert!(
        imports.values().map(BTreeSet::len).sum::<usize>() > 20,
        "the import scan found almost nothing; it no longer reads the sources"
    );
    let mut knots = Vec::new();
    for (file, targets) in &imports {
        for target in targets {
            if file < target && imports.get(target).is_some_and(|back| back.contains(file)) {
                knots.push(format!("{} <-> {}", file.display(), target.display()));
            }
        }
    }
    assert!(
        knots.is_empty(),
        "files that import each other:\n{}",
        knots.join("\n")
    );
}

#[test]
fn the_scan_sees_a_knot_when_there_is_one() {
    let modules: BTreeMap<Vec<String>, PathBuf> = [
        (vec!["a".to_string()], PathBuf::from("a.rs")),
        (
            vec!["b".to_string(), "c".to_string()],
            PathBuf::from("b/c.rs"),
        ),
        (vec!["b".to_string()], PathBuf::from("b/mod.rs")),
    ]
    .into_iter()
    .collect();
    let paths =
        named_paths("mod c;\nuse crate::b::{c::Thing, Other};\nfn f() { super::a::g(); c::h() }");
    assert_eq!(
        paths,
        [
            "crate::b::c::Thing",
            "crate::b::Other",
            "super::a::g",
            "self::c::h"
        ]
    );
    let from_c = [String::from("b"), String::from("c")];
    assert_eq!(
        resolve("crate::b::c::Thing", &[], &modules),
        Some(PathBuf::from("b/c.rs"))
    );
    assert_eq!(
        resolve("super::Other", &from_c, &modules),
        Some(PathBuf::from("b/mod.rs"))
    );
    assert_eq!(resolve("crate::nowhere::x", &[], &modules), None);
}
