//! `dyad code`, `dyad codes show|export|import|matrix`, `dyad codebook show|export`, `dyad export
//! qdpx|codes` and `dyad reliability`: codebook coding of the bundled documents, people's coding, the
//! REFI-QDA exchange files, and agreement.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;
use std::process::Command;

use serde_json::Value;

use crate::{Context, dump, shared_data};

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

/// The CSV rows of `text`, as maps from column to value.
fn csv_rows(text: &str) -> Vec<BTreeMap<String, String>> {
    let mut reader = csv::Reader::from_reader(text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    reader
        .records()
        .map(|record| {
            headers
                .iter()
                .zip(record.unwrap().iter())
                .map(|(h, v)| (h.to_string(), v.to_string()))
                .collect()
        })
        .collect()
}

fn export_codes(context: &Context) -> Vec<BTreeMap<String, String>> {
    let run = context.run(&["codes", "export", "--format", "csv"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    csv_rows(&run.stdout)
}

/// The documents' texts by id, as `dyad docs show --format json` gives them passage by passage.
fn passage_texts(context: &Context, document: &str) -> BTreeMap<u64, (u64, u64, String)> {
    let run = context.run(&["docs", "show", document, "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    json(&run.stdout)["passages"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["passage"].as_u64().unwrap(),
                (
                    p["start"].as_u64().unwrap(),
                    p["end"].as_u64().unwrap(),
                    p["text"].as_str().unwrap().to_string(),
                ),
            )
        })
        .collect()
}

#[test]
fn the_bundled_documents_are_coded_on_first_use_and_every_code_shows_its_rule_and_words() {
    let context = Context::new();
    let rows = export_codes(&context);
    assert!(rows.len() > 100, "{} codes", rows.len());
    let families: BTreeSet<&str> = rows.iter().map(|r| r["family"].as_str()).collect();
    assert_eq!(families, BTreeSet::from(["lens", "theme"]));
    // Every machine code names its coder and the words its rules matched, and each matched word is in
    // the passage's text: the explanation can be checked by hand.
    let mut texts: BTreeMap<String, BTreeMap<u64, (u64, u64, String)>> = BTreeMap::new();
    for row in &rows {
        assert!(row["coder"].starts_with("rule:dyad-pak-afg@"), "{row:?}");
        assert!(!row["matched"].is_empty(), "{row:?}");
        let passages = texts
            .entry(row["document_id"].clone())
            .or_insert_with(|| passage_texts(&context, &row["document_id"]));
        let (_, _, text) = &passages[&row["passage"].parse::<u64>().unwrap()];
        assert_eq!(
            &row["text"], text,
            "a machine code covers its whole passage"
        );
        for matched in row["matched"].split("; ") {
            let (rule, words) = matched.split_once(": ").unwrap();
            assert!(rule.starts_with(&format!("{}.", row["code"])), "{matched}");
            for word in words.split(" ~ ") {
                assert!(text.contains(word), "{word:?} is not in passage {row:?}");
            }
        }
    }
    // `codes show` explains a coded passage rule by rule, with the matched words' spans.
    let row = rows.iter().find(|r| r["code"] == "security").unwrap();
    let passage = format!("{}:{}", row["document_id"], row["passage"]);
    let run = context.run(&["codes", "show", &passage]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("theme security: score"),
        "{}",
        run.stdout
    );
    assert!(run.stdout.contains("→ applied"), "{}", run.stdout);
    assert!(run.stdout.contains("security."), "{}", run.stdout);
    assert!(run.stdout.contains("(chars "), "{}", run.stdout);
    // JSON gives the same, with each matched word's locator inside the passage.
    let shown = json(
        &context
            .run(&["codes", "show", &passage, "--format", "json"])
            .stdout,
    );
    let (start, end) = (
        shown["passage"]["start"].as_u64().unwrap(),
        shown["passage"]["end"].as_u64().unwrap(),
    );
    let scored = shown["explanation"]["scored"].as_array().unwrap();
    assert!(!scored.is_empty());
    for scored in scored {
        for hit in scored["code"]["hits"].as_array().unwrap() {
            for words in hit["matches"].as_array().unwrap() {
                for word in words.as_array().unwrap() {
                    let at = word["locator"]["start"].as_u64().unwrap();
                    assert!(start <= at && at < end, "{word}");
                }
            }
        }
    }
}

#[test]
fn a_passage_that_is_not_there_gets_a_hint() {
    let context = Context::new();
    let run = context.run(&["codes", "show", "1:100000"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("has no passage 100000"),
        "{}",
        run.stderr
    );
    let run = context.run(&["codes", "show", "seven"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("DOCUMENT:PASSAGE"), "{}", run.stderr);
}

/// The bundled codebook with every weight of one rule changed: the same name, another version.
fn changed_codebook(context: &Context) -> std::path::PathBuf {
    let bundled = dyad_text::codebook::BUNDLED;
    let changed = bundled.replacen("version = \"1.0.0\"", "version = \"1.0.1\"", 1);
    assert_ne!(bundled, changed);
    context.write("codebook.toml", &changed)
}

#[test]
fn recoding_replaces_only_that_codebooks_machine_codes() {
    let context = Context::new();
    let first = export_codes(&context);
    let old_coder = first[0]["coder"].clone();
    // A person's code, which recoding must not touch.
    let person = context.write(
        "person.csv",
        &format!(
            "document_id,passage,start,end,code,family,coder\n{},{},{},{},trade,theme,ayesha\n",
            first[0]["document_id"], first[0]["passage"], first[0]["start"], first[0]["end"]
        ),
    );
    let run = context.run(&["codes", "import", person.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let codebook = changed_codebook(&context);
    let run = context.run(&["code", "--codebook", codebook.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("{} codes of an earlier coding", first.len())),
        "{}",
        run.stderr
    );
    let after = export_codes(&context);
    let coders: BTreeSet<&str> = after.iter().map(|r| r["coder"].as_str()).collect();
    assert!(!coders.contains(old_coder.as_str()), "{coders:?}");
    assert!(coders.contains("ayesha"), "{coders:?}");
    assert_eq!(coders.len(), 2, "{coders:?}");
    // The new version's codes are the old ones under a new coder: only the version changed.
    let without_coder = |rows: &[BTreeMap<String, String>]| -> Vec<(String, String, String)> {
        let mut keys: Vec<_> = rows
            .iter()
            .filter(|r| r["coder"].starts_with("rule:"))
            .map(|r| {
                (
                    r["document_id"].clone(),
                    r["passage"].clone(),
                    r["code"].clone(),
                )
            })
            .collect();
        keys.sort();
        keys
    };
    assert_eq!(without_coder(&first), without_coder(&after));
    // Coding again with the same codebook is the same codes.
    let run = context.run(&["code", "--codebook", codebook.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert_eq!(export_codes(&context), after);
}

#[test]
fn people_codes_round_trip_through_export_and_import_and_a_second_import_is_a_no_op() {
    let context = Context::new();
    let machine = export_codes(&context);
    // A person who agrees with the codebook on every code it applied.
    let mut sheet = String::from("document_id,passage,page,start,end,text,code,family,coder\n");
    for row in &machine {
        sheet.push_str(&format!(
            "{},{},{},{},{},\"{}\",{},{},bilal\n",
            row["document_id"],
            row["passage"],
            row["page"],
            row["start"],
            row["end"],
            row["text"].replace('"', "\"\""),
            row["code"],
            row["family"]
        ));
    }
    let path = context.write("bilal.csv", &sheet);
    let run = context.run(&["codes", "import", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("{} codes added, 0 already stored", machine.len())),
        "{}",
        run.stderr
    );
    let before = dump(&context.database());
    let run = context.run(&["codes", "import", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr
            .contains(&format!("0 codes added, {} already stored", machine.len())),
        "{}",
        run.stderr
    );
    assert_eq!(before, dump(&context.database()));
    // Reliability over the stored codes: the two coders agree wherever bilal read.
    let run = context.run(&["reliability", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let result = json(&run.stdout);
    assert_eq!(result["coders"].as_array().unwrap().len(), 2);
    let overall = &result["reliability"]["overall"];
    assert_eq!(
        overall["agreement"]["proportion"]["value"], 1.0,
        "{overall}"
    );
    assert_eq!(overall["alpha"]["coefficient"]["value"], 1.0, "{overall}");
}

#[test]
fn an_import_with_a_span_across_passages_is_refused_with_its_line_and_nothing_is_stored() {
    let context = Context::new();
    let passages = passage_texts(&context, "1");
    let (first_start, _, _) = passages[&3];
    let (_, second_end, _) = passages[&4];
    let path = context.write(
        "bad.csv",
        &format!(
            "document_id,start,end,code,coder\n1,{first_start},{},security,ayesha\n1,{first_start},{second_end},security,ayesha\n99,0,5,trade,ayesha\n1,0,4,trade,rule:dyad-pak-afg@9\n",
            first_start + 5
        ),
    );
    let before = dump(&context.database());
    let run = context.run(&["codes", "import", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("3 rows of"), "{}", run.stderr);
    assert!(
        run.stderr.contains("line 3, column `start`")
            && run.stderr.contains("do not lie within one passage")
            && run.stderr.contains("they cross passages 3"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("line 4, column `document_id`"),
        "{}",
        run.stderr
    );
    assert!(
        run.stderr.contains("line 5, column `coder`") && run.stderr.contains("codebook's coder"),
        "{}",
        run.stderr
    );
    assert_eq!(
        before,
        dump(&context.database()),
        "a refused import stores nothing"
    );
}

#[test]
fn the_matrix_counts_passages_by_theme_and_lens_year_and_kind() {
    let context = Context::new();
    let rows = export_codes(&context);
    // Passages per theme, and per theme and lens, from the export.
    let mut by_passage: BTreeMap<(String, String), BTreeSet<String>> = BTreeMap::new();
    for row in &rows {
        by_passage
            .entry((row["document_id"].clone(), row["passage"].clone()))
            .or_default()
            .insert(row["code"].clone());
    }
    let count = |theme: &str, lens: Option<&str>| {
        by_passage
            .values()
            .filter(|codes| codes.contains(theme) && lens.is_none_or(|l| codes.contains(l)))
            .count()
    };
    let run = context.run(&["codes", "matrix", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let matrix = json(&run.stdout);
    let cells = matrix["matrix"]["cells"].as_array().unwrap();
    assert_eq!(cells.len(), 7 * 3);
    for cell in cells {
        let (theme, lens) = (
            cell["theme"].as_str().unwrap(),
            cell["column"].as_str().unwrap(),
        );
        assert_eq!(cell["passages"], count(theme, Some(lens)), "{cell}");
    }
    let themes = matrix["matrix"]["themes"].as_array().unwrap();
    let totals = matrix["matrix"]["theme_passages"].as_array().unwrap();
    for (theme, total) in themes.iter().zip(totals) {
        assert_eq!(*total, count(theme.as_str().unwrap(), None), "{theme}");
    }
    for by in ["year", "kind"] {
        let run = context.run(&["codes", "matrix", "--by", by, "--format", "csv"]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        let rows = csv_rows(&run.stdout);
        assert!(rows.iter().any(|r| r["passages"] != "0"), "{by}");
        for theme in ["security", "trust"] {
            let sum: usize = rows
                .iter()
                .filter(|r| r["theme"] == theme)
                .map(|r| r["passages"].parse::<usize>().unwrap())
                .sum();
            // Each passage has one year and one kind: the columns partition the theme's passages.
            assert_eq!(sum, count(theme, None), "{by} {theme}");
        }
    }
    let years = context.run(&["codes", "matrix", "--by", "year"]);
    assert!(years.stdout.contains("2021"), "{}", years.stdout);
}

/// Validates `file` against a REFI-QDA schema with xmllint, which CI installs.
fn validate(file: &Path, schema: &str) -> std::process::Output {
    let schema = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/schemas/refi-qda")
        .join(schema);
    Command::new("xmllint")
        .arg("--noout")
        .arg("--schema")
        .arg(schema)
        .arg(file)
        .output()
        .expect("xmllint runs (Debian's libxml2-utils; .ci/run installs it)")
}

#[test]
fn the_codebook_export_validates_against_the_refi_qda_schema_and_reads_back() {
    let context = Context::new();
    let path = context.dir.path().join("dyad.qdc");
    let run = context.run(&["codebook", "export", "--qdc", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let checked = validate(&path, "Codebook.xsd");
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
    let xml = std::fs::read_to_string(&path).unwrap();
    let read = dyad_text::refi::read_qdc(&xml).unwrap();
    let keys: BTreeSet<String> = read
        .iter()
        .filter_map(|code| code.dyad_code.as_ref().map(|name| name.to_string()))
        .collect();
    assert_eq!(keys.len(), 10, "{keys:?}");
    assert!(keys.contains("lens:realism") && keys.contains("theme:refugees"));
    // The validator is not a formality: the same file without a code's GUID fails it.
    let broken = context.dir.path().join("broken.qdc");
    let without_guid = xml.replacen(" guid=\"", " id=\"", 1);
    std::fs::write(&broken, without_guid).unwrap();
    assert!(!validate(&broken, "Codebook.xsd").status.success());
}

#[test]
fn the_qdpx_project_validates_and_its_selections_are_the_codes_words() {
    let context = Context::new();
    let rows = export_codes(&context);
    let path = context.dir.path().join("dyad.qdpx");
    let run = context.run(&["export", "qdpx", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut archive = zip::ZipArchive::new(std::fs::File::open(&path).unwrap()).unwrap();
    let mut project = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("project.qde").unwrap(), &mut project)
        .unwrap();
    let project_path = context.dir.path().join("project.qde");
    std::fs::write(&project_path, &project).unwrap();
    let checked = validate(&project_path, "Project-mrt2019.xsd");
    assert!(
        checked.status.success(),
        "{}",
        String::from_utf8_lossy(&checked.stderr)
    );
    // Each selection's offsets pick, from its source's plain text, the words of a code.
    let source =
        regex::Regex::new(r#"<TextSource guid="([^"]+)"[^>]*plainTextPath="internal://([^"]+)""#)
            .unwrap();
    let selection =
        regex::Regex::new(r#"<PlainTextSelection [^>]*startPosition="(\d+)" endPosition="(\d+)""#)
            .unwrap();
    let texts: BTreeSet<&str> = rows.iter().map(|r| r["text"].as_str()).collect();
    let mut checked_selections = 0;
    for block in project.split("<TextSource ").skip(1) {
        let block = format!("<TextSource {block}");
        let captures = source.captures(&block).unwrap();
        let mut text = String::new();
        std::io::Read::read_to_string(
            &mut archive
                .by_name(&format!("sources/{}", &captures[2]))
                .unwrap(),
            &mut text,
        )
        .unwrap();
        let chars: Vec<char> = text.chars().collect();
        for found in selection.captures_iter(&block) {
            let (start, end): (usize, usize) =
                (found[1].parse().unwrap(), found[2].parse().unwrap());
            let words: String = chars[start..end].iter().collect();
            assert!(texts.contains(words.as_str()), "{words:?}");
            checked_selections += 1;
        }
    }
    assert_eq!(checked_selections, rows.len());
}

#[test]
fn export_names_a_file_only_for_qdpx() {
    let context = Context::new();
    let run = context.run(&["export", "qdpx"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("needs the file"), "{}", run.stderr);
    let run = context.run(&["export", "codes", "somefile"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("only `qdpx`"), "{}", run.stderr);
    let run = context.run(&["export", "codes", "--out", "codes-out"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let written = std::fs::read_to_string(context.dir.path().join("codes-out/codes.csv")).unwrap();
    assert!(written.starts_with("document_id,document_sha256,title,passage"));
}

#[test]
fn a_bad_codebook_is_refused_with_its_line() {
    let context = Context::new();
    let path = context.write(
        "bad.toml",
        "[codebook]\nname = \"x\"\nversion = \"1\"\n\n[[code]]\nkey = \"trade\"\nfamily = \"theme\"\nname = \"Trade\"\ndefinition = \"d\"\nweight = 2\n",
    );
    let run = context.run(&["code", "--codebook", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("bad.toml"), "{}", run.stderr);
    assert!(run.stderr.contains("line 10"), "{}", run.stderr);
    assert!(run.stderr.contains("hint:"), "{}", run.stderr);
}

/// `dyad reliability --table` of `sheet`, written as `name`, as JSON.
fn reliability_of(context: &Context, name: &str, sheet: &str) -> Value {
    let path = context.write(name, sheet);
    let run = context.run(&[
        "reliability",
        "--table",
        path.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    json(&run.stdout)
}

/// A units × coders table of the worked examples as a `unit,coder,code` sheet (missing values left out).
fn sheet_of(data: &[Value], coders: &[&str]) -> String {
    let mut sheet = String::from("unit,coder,code\n");
    for (unit, row) in data.iter().enumerate() {
        for (coder, value) in coders.iter().zip(row.as_array().unwrap()) {
            if !value.is_null() {
                sheet.push_str(&format!("u{unit},{coder},c{value}\n"));
            }
        }
    }
    sheet
}

#[test]
fn reliability_of_a_sheet_matches_the_published_worked_examples() {
    let Some(path) =
        shared_data::shared_file("text/gold/reliability/reliability_worked_examples.json")
    else {
        return;
    };
    let gold = json(&std::fs::read_to_string(path).unwrap());
    let example = |id: &str| {
        gold["examples"]
            .as_array()
            .unwrap()
            .iter()
            .find(|e| e["id"] == id)
            .unwrap_or_else(|| panic!("no example {id}"))
            .clone()
    };
    let context = Context::new();
    let run_sheet =
        |name: &str, sheet: &str| reliability_of(&context, name, sheet)["single_code"].clone();
    // Krippendorff (2011), example C: four observers, missing values.
    let kripp = example("krippendorff2011_reliability_data");
    let result = run_sheet(
        "kripp.csv",
        &sheet_of(kripp["data"].as_array().unwrap(), &["A", "B", "C", "D"]),
    );
    let alpha = result["alpha"]["coefficient"]["value"].as_f64().unwrap();
    assert_eq!(
        format!("{alpha:.3}"),
        format!("{:.3}", kripp["expected"]["nominal"].as_f64().unwrap())
    );
    // Fleiss (1971): six raters of each subject, any six of many psychiatrists.
    let fleiss = example("fleiss1971_diagnoses");
    let data = fleiss["data"].as_array().unwrap();
    let width = data[0].as_array().unwrap().len();
    let coders: Vec<String> = (0..width).map(|i| format!("r{i}")).collect();
    let coder_refs: Vec<&str> = coders.iter().map(String::as_str).collect();
    let result = run_sheet("fleiss.csv", &sheet_of(data, &coder_refs));
    let kappa = result["fleiss_kappa"]["coefficient"]["value"]
        .as_f64()
        .unwrap();
    assert_eq!(
        format!("{kappa:.3}"),
        format!("{:.3}", fleiss["recomputed"]["kappa"].as_f64().unwrap())
    );
    // The table output names the coefficients and the units where coders disagree.
    let path = context.write(
        "wiki.csv",
        &sheet_of(
            example("wikipedia_krippendorff_alpha_example")["data"]
                .as_array()
                .unwrap(),
            &["A", "B", "C"],
        ),
    );
    let run = context.run(&["reliability", "--table", path.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stdout.contains("Krippendorff's α 0.691"),
        "{}",
        run.stdout
    );
    assert!(
        run.stdout.contains("Where the coders disagree"),
        "{}",
        run.stdout
    );
}

#[test]
fn reliability_needs_two_coders_and_names_the_ones_there_are() {
    let context = Context::new();
    let run = context.run(&["reliability"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("two coders or more"), "{}", run.stderr);
    let run = context.run(&["reliability", "--coders", "nobody,rule:x"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("no coder `nobody`"), "{}", run.stderr);
    assert!(run.stderr.contains("rule:dyad-pak-afg@"), "{}", run.stderr);
}

/// The codes of each unit (`SHA12:PASSAGE`) in a `unit,coder,code` sheet of the evaluation set.
fn gold(name: &str) -> BTreeMap<String, BTreeSet<String>> {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/../../data/eval/coding/");
    let text = std::fs::read_to_string(format!("{path}{name}")).unwrap();
    let mut units: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in csv_rows(&text) {
        let codes = units.entry(row["unit"].clone()).or_default();
        if !row["code"].is_empty() {
            codes.insert(row["code"].clone());
        }
    }
    units
}

/// Precision and recall of `coder` against `reference` on `units`, per code and pooled, as table cells.
fn scores(
    coder: &BTreeMap<String, BTreeSet<String>>,
    reference: &BTreeMap<String, BTreeSet<String>>,
    units: &BTreeSet<String>,
    codes: &[&str],
) -> Vec<(String, String)> {
    let empty = BTreeSet::new();
    let cell = |hits: usize, total: usize| {
        if total == 0 {
            "–".to_string()
        } else {
            format!("{:.2} ({hits}/{total})", hits as f64 / total as f64)
        }
    };
    let mut pooled = (0, 0, 0);
    let mut cells = Vec::new();
    for code in codes {
        let (mut both, mut coded, mut wanted) = (0, 0, 0);
        for unit in units {
            let (got, want) = (
                coder.get(unit).unwrap_or(&empty).contains(*code),
                reference.get(unit).unwrap_or(&empty).contains(*code),
            );
            both += usize::from(got && want);
            coded += usize::from(got);
            wanted += usize::from(want);
        }
        pooled = (pooled.0 + both, pooled.1 + coded, pooled.2 + wanted);
        cells.push((cell(both, coded), cell(both, wanted)));
    }
    cells.push((cell(pooled.0, pooled.1), cell(pooled.0, pooled.2)));
    cells
}

#[test]
fn accuracy_md_gives_the_codebooks_agreement_with_hand_coding_on_the_test_half() {
    let context = Context::new();
    let mut machine: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for row in export_codes(&context) {
        machine
            .entry(format!(
                "{}:{}",
                &row["document_sha256"][..12],
                row["passage"]
            ))
            .or_default()
            .insert(row["code"].clone());
    }
    let passages = csv_rows(
        &std::fs::read_to_string(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/eval/coding/passages.csv"
        ))
        .unwrap(),
    );
    let (ayesha, bilal) = (gold("coder_ayesha.csv"), gold("coder_bilal.csv"));
    let codes = [
        "trust",
        "security",
        "trade",
        "refugees",
        "geopolitics",
        "perception",
        "opportunities",
        "realism",
        "constructivism",
        "liberalism",
    ];
    let mut printed = String::new();
    for half in ["test", "dev"] {
        let units: BTreeSet<String> = passages
            .iter()
            .filter(|p| p["split"] == half)
            .map(|p| p["unit"].clone())
            .collect();
        // Every unit of the set is a passage of the bundled documents, so no unit is silently unscored.
        for unit in &units {
            assert!(
                ayesha.contains_key(unit) && bilal.contains_key(unit),
                "{unit}"
            );
        }
        let columns = [
            scores(&machine, &ayesha, &units, &codes),
            scores(&machine, &bilal, &units, &codes),
            scores(&bilal, &ayesha, &units, &codes),
        ];
        printed.push_str(&format!(
            "{} half ({} passages){}\n\n| code | codebook vs A: precision | recall | codebook vs B: precision | recall | B vs A: precision | recall |\n|---|---|---|---|---|---|---|\n",
            if half == "test" { "**Test**" } else { "Development" },
            units.len(),
            if half == "test" {
                ", never used to revise the rules"
            } else {
                ", on which the rules were revised"
            }
        ));
        for (index, code) in codes
            .iter()
            .chain(["all codes (pooled)"].iter())
            .enumerate()
        {
            printed.push_str(&format!(
                "| {code} | {} | {} | {} | {} | {} | {} |\n",
                columns[0][index].0,
                columns[0][index].1,
                columns[1][index].0,
                columns[1][index].1,
                columns[2][index].0,
                columns[2][index].1
            ));
        }
        printed.push('\n');
        if half != "test" {
            continue;
        }
        // Agreement beyond chance, through `dyad reliability --table` itself.
        let alphas = |coders: &[(&str, &BTreeMap<String, BTreeSet<String>>)]| {
            let mut sheet = String::from("unit,coder,code\n");
            for (name, coded) in coders {
                for unit in &units {
                    let unit_codes = coded.get(unit).cloned().unwrap_or_default();
                    if unit_codes.is_empty() {
                        sheet.push_str(&format!("{unit},{name},\n"));
                    }
                    for code in unit_codes {
                        sheet.push_str(&format!("{unit},{name},{code}\n"));
                    }
                }
            }
            let result = reliability_of(&context, &format!("sheet-{}.csv", coders.len()), &sheet);
            let value = |scores: &Value| {
                scores["alpha"]["coefficient"]["value"]
                    .as_f64()
                    .map_or("–".to_string(), |v| format!("{v:.2}"))
            };
            let mut by_code: BTreeMap<String, String> = result["reliability"]["codes"]
                .as_array()
                .unwrap()
                .iter()
                .map(|c| (c["code"].as_str().unwrap().to_string(), value(&c["scores"])))
                .collect();
            by_code.insert(
                "all codes (pooled)".to_string(),
                value(&result["reliability"]["overall"]),
            );
            by_code
        };
        let people = alphas(&[("A", &ayesha), ("B", &bilal)]);
        let all = alphas(&[("A", &ayesha), ("B", &bilal), ("codebook", &machine)]);
        printed.push_str(
            "| code | Krippendorff's α, A and B | α, A, B and the codebook |\n|---|---|---|\n",
        );
        for code in codes.iter().chain(["all codes (pooled)"].iter()) {
            let missing = "–".to_string();
            printed.push_str(&format!(
                "| {code} | {} | {} |\n",
                people.get(*code).unwrap_or(&missing),
                all.get(*code).unwrap_or(&missing)
            ));
        }
        printed.push('\n');
    }
    crate::check_marked_block("ACCURACY.md", "coding", printed.trim_end());
}
