//! `dyad docs add|list|show|search`, and `dyad export documents`.

use serde_json::Value;

use crate::{Context, dump};

const TEXT: &str = "Border notes\n\nThe crossing at Torkham reopened on a Monday\nafter nine days of closure, and the first trucks\nmoved by the afternoon under a light rain.\n\nTraders counted their losses in perishable goods, and customs officials\ngave no figure for the trade that was lost. Drivers said they had slept\nin their cabs for a week, and that the queue had reached back past the\nlast fuel station before the border town.\n";

const MARKDOWN: &str = "---\ntitle: \"Joint statement on\\_refugees\"\ndate: '2023-11-01'\nsource_url: https://example.gov/joint-statement\nkind: statement\n---\n \nThe two governments affirm that every return must be voluntary, safe and\ndignified, and that registration cards will be extended to June, with a\nfurther review of the cards of those who arrived after the last census.  \n\u{a0}  \nBoth sides will meet again in Kabul in the new year to review the\nprogress of registration, and to hear from the provinces that host\nthe most families about schools, clinics and work permits.\n";

const HTML: &str = r#"<!DOCTYPE html><html><head>
<title>Fruit exports fall | Frontier Daily</title>
<meta property="og:site_name" content="Frontier Daily">
<meta property="article:published_time" content="2024-02-03T09:00:00+05:00">
<link rel="canonical" href="https://frontier.example/fruit">
</head><body>
<nav><a href="/">Home</a> <a href="/sport">Cricket scoreboard</a></nav>
<article><h1>Fruit exports fall</h1>
<p>Exporters of fresh fruit said their sales across the border fell by a third this winter, as
trucks waited for days at the crossing and much of the fruit spoiled before it was inspected.</p>
<p>A trade body asked both governments to open a fast lane for perishable goods and to keep the
customs houses open through the night during the harvest. Growers in the valleys said that
without such a lane they would sell at home for less than half the price.</p></article>
<footer>Copyright Frontier Daily. Contact the newsroom editor.</footer>
</body></html>"#;

/// A folder of one document of each format, as `dyad docs add` is given it.
fn folder(context: &Context) -> String {
    let folder = context.dir.path().join("clippings");
    std::fs::create_dir_all(folder.join("web")).unwrap();
    std::fs::write(folder.join("notes.txt"), TEXT).unwrap();
    std::fs::write(folder.join("statement.md"), MARKDOWN).unwrap();
    std::fs::write(folder.join("web/fruit.html"), HTML).unwrap();
    // Files no document format names are left out of a folder.
    std::fs::write(folder.join("figures.csv"), "a,b\n1,2\n").unwrap();
    folder.display().to_string()
}

fn json(text: &str) -> Value {
    serde_json::from_str(text).unwrap_or_else(|e| panic!("{e}: {text}"))
}

#[test]
fn a_folder_of_text_markdown_and_html_is_added_once() {
    let context = Context::new();
    let folder = folder(&context);
    let run = context.run(&["docs", "add", &folder, "--kind", "news"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    insta::assert_snapshot!(run.stderr, @r"
    [TEMP]/clippings/notes.txt: added as document 14 (news, text), 3 passages: Border notes
    [TEMP]/clippings/statement.md: added as document 15 (news, markdown), 2 passages: Joint statement on refugees
    [TEMP]/clippings/web/fruit.html: added as document 16 (news, html), 3 passages: Fruit exports fall
    3 files: 3 added, 0 already stored, 0 failed
    the new passages are coded with the codebook dyad-pak-afg 1.0.0 (`dyad codes show DOC:PASSAGE` explains a passage's codes)
    ");
    let before = dump(&context.database());
    let again = context.run(&["docs", "add", &folder]);
    assert_eq!(again.code, Some(0), "{}", again.stderr);
    insta::assert_snapshot!(again.stderr, @r"
    [TEMP]/clippings/notes.txt: already stored as document 14 (from `[TEMP]/clippings/notes.txt`, at [TIME]); nothing changed
    [TEMP]/clippings/statement.md: already stored as document 15 (from `[TEMP]/clippings/statement.md`, at [TIME]); nothing changed
    [TEMP]/clippings/web/fruit.html: already stored as document 16 (from `[TEMP]/clippings/web/fruit.html`, at [TIME]); nothing changed
    3 files: 0 added, 3 already stored, 0 failed
    ");
    assert_eq!(dump(&context.database()), before);

    let listed = json(
        &context
            .run(&["docs", "list", "--kind", "news", "--format", "json"])
            .stdout,
    );
    let titles: Vec<&str> = listed
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["title"].as_str().unwrap())
        .collect();
    // Dated documents first, by date; the undated text file last.
    assert_eq!(
        titles,
        [
            "Joint statement on refugees",
            "Fruit exports fall",
            "Border notes"
        ]
    );
    let fruit = &listed[1];
    assert_eq!(fruit["publisher"], "Frontier Daily");
    assert_eq!(fruit["date"], "2024-02-03");
    assert_eq!(fruit["url"], "https://frontier.example/fruit");
    let since = json(
        &context
            .run(&[
                "docs", "list", "--kind", "news", "--since", "2024", "--format", "json",
            ])
            .stdout,
    );
    assert_eq!(since.as_array().unwrap().len(), 1);

    let shown = json(
        &context
            .run(&["docs", "show", "16", "--format", "json"])
            .stdout,
    );
    assert_eq!(shown["format"], "html");
    assert_eq!(shown["passages"].as_array().unwrap().len(), 3);
    assert_eq!(shown["passages"][0]["text"], "Fruit exports fall");
    assert!(
        shown["passages"][1]["text"]
            .as_str()
            .unwrap()
            .starts_with("Exporters of fresh fruit")
    );
    let table = context.run(&["docs", "show", "14"]);
    assert_eq!(table.code, Some(0), "{}", table.stderr);
    assert!(
        table.stdout.contains("title: Border notes"),
        "{}",
        table.stdout
    );
    let missing = context.run(&["docs", "show", "99"]);
    assert_eq!(missing.code, Some(2));
    assert_eq!(
        missing.stderr,
        "error: no document has the id 99\nhint: `dyad docs list` gives the ids\n"
    );
}

#[test]
fn search_finds_a_phrase_with_its_span_and_not_the_page_furniture() {
    let context = Context::new();
    let folder = folder(&context);
    assert_eq!(
        context
            .run(&["docs", "add", &folder, "--kind", "news"])
            .code,
        Some(0)
    );
    let run = context.run(&[
        "docs",
        "search",
        "\"perishable goods\"",
        "--kind",
        "news",
        "--format",
        "json",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let hits = json(&run.stdout);
    let hits = hits.as_array().unwrap();
    assert_eq!(hits.len(), 2, "{hits:?}");
    for hit in hits {
        let shown = json(
            &context
                .run(&[
                    "docs",
                    "show",
                    &hit["document"]["id"].to_string(),
                    "--format",
                    "json",
                ])
                .stdout,
        );
        let passage = &shown["passages"][hit["passage"].as_u64().unwrap() as usize - 1];
        assert_eq!(passage["start"], hit["span"]["start"]);
        assert_eq!(passage["end"], hit["span"]["end"]);
        assert_eq!(hit["page"], Value::Null);
        // The match's span points at the very words, within the passage.
        let text: Vec<char> = passage["text"].as_str().unwrap().chars().collect();
        let offset = passage["start"].as_u64().unwrap();
        let words: String = text[(hit["match"]["start"].as_u64().unwrap() - offset) as usize
            ..(hit["match"]["end"].as_u64().unwrap() - offset) as usize]
            .iter()
            .collect();
        assert_eq!(words, "perishable goods");
        assert!(
            hit["snippet"]
                .as_str()
                .unwrap()
                .contains("«perishable goods»"),
            "{hit}"
        );
    }
    let text_hit = hits
        .iter()
        .find(|hit| hit["document"]["title"] == "Border notes")
        .unwrap();
    assert_eq!(text_hit["passage"], 3);

    // The page's navigation and footer are not the article: nothing finds them.
    for furniture in ["cricket", "scoreboard", "newsroom", "copyright"] {
        let run = context.run(&["docs", "search", furniture]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert_eq!(run.stdout, "", "{furniture}");
        assert_eq!(run.stderr, format!("no passage matches `{furniture}`\n"));
    }
    // Prefixes, OR and NOT work, and words are stemmed.
    let count = |query: &str| {
        json(
            &context
                .run(&[
                    "docs", "search", query, "--kind", "news", "--format", "json",
                ])
                .stdout,
        )
        .as_array()
        .unwrap()
        .len()
    };
    assert_eq!(count("perish*"), 2);
    // `exporter` and `exports` share their stem.
    assert_eq!(count("registration OR exporter"), 4);
    assert_eq!(count("perishable NOT spoiled"), 2);
    assert_eq!(count("perishable NOT (drivers OR growers)"), 0);
    assert_eq!(count("truck"), 2);
}

#[test]
fn a_malformed_query_is_told_in_words() {
    let context = Context::new();
    let run = context.run(&["docs", "search", "\"border crossing AND refugees"]);
    assert_eq!(run.code, Some(2));
    insta::assert_snapshot!(run.stderr, @r#"
    error: the search query's double quote at column 1 is never closed
    hint: end the phrase with a second `"`: `"border crossing"`
    "#);
    let run = context.run(&["docs", "search", "NOT doha"]);
    assert_eq!(run.code, Some(2));
    insta::assert_snapshot!(run.stderr, @r"
    error: `NOT` at column 1 of the search query has no word before it
    hint: NOT keeps what comes before it and drops what comes after: `taliban NOT doha`
    ");
    let run = context.run(&["docs", "search", "(torkham OR chaman"]);
    assert_eq!(run.code, Some(2));
    assert_eq!(
        run.stderr,
        "error: the search query's parenthesis at column 1 is never closed\nhint: close it with `)`\n"
    );
}

#[test]
fn the_bundled_white_house_documents_are_searchable_on_first_use() {
    let context = Context::new();
    let listed = json(&context.run(&["docs", "list", "--format", "json"]).stdout);
    let listed = listed.as_array().unwrap();
    assert_eq!(listed.len(), 13);
    assert!(listed.iter().all(|d| {
        d["publisher"] == "The White House"
            && d["url"]
                .as_str()
                .unwrap()
                .starts_with("https://bidenwhitehouse.archives.gov/")
            && d["licence"].as_str().unwrap().starts_with("Public domain")
            && !d["date"].as_str().unwrap().is_empty()
    }));
    let run = context.run(&["docs", "search", "Peshawar AND mosque", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let hits = json(&run.stdout);
    assert_eq!(
        hits[0]["document"]["title"],
        "Statement by NSC Spokesperson Adrienne Watson on the Terrorist Attack on Pakistan Mosque"
    );
    // A transcript's struck-out slip is not searchable; its bracketed correction is.
    let count = |query: &str| {
        json(
            &context
                .run(&["docs", "search", query, "--format", "json"])
                .stdout,
        )
        .as_array()
        .unwrap()
        .len()
    };
    assert_eq!(count("\"2,488\""), 0);
    assert_eq!(count("\"2,448\""), 1);
    assert!(count("Zawahiri") >= 1);
    let since = json(
        &context
            .run(&[
                "docs",
                "search",
                "Afghanistan",
                "--since",
                "2023",
                "--limit",
                "100",
                "--format",
                "json",
            ])
            .stdout,
    );
    assert!(
        since
            .as_array()
            .unwrap()
            .iter()
            .all(|hit| hit["document"]["date"].as_str().unwrap() >= "2023")
    );
}

#[test]
fn a_bad_file_is_reported_and_the_rest_are_added() {
    let context = Context::new();
    let good = context.write("good.txt", TEXT);
    let unknown_kind = context.write("memo.md", "---\ntitle: A memo\n---\nBody text.\n");
    let latin1 = context.dir.path().join("latin1.txt");
    std::fs::write(&latin1, b"Caf\xe9 owners said trade fell.\n").unwrap();
    let run = context.run(&[
        "docs",
        "add",
        unknown_kind.to_str().unwrap(),
        latin1.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(2));
    insta::assert_snapshot!(run.stderr, @r"
    error: `[TEMP]/memo.md` was not added; the evidence base is unchanged
      Caused by: [TEMP]/memo.md: the kind of document is not known
    hint: pass `--kind KIND`, where KIND is one of agreement, statement, policy, report, article, news, or write `kind: KIND` in its front matter
    error: `[TEMP]/latin1.txt` was not added; the evidence base is unchanged
      Caused by: [TEMP]/latin1.txt: the byte at offset 3 (line 1) is not UTF-8
    hint: save the file as UTF-8 and add it again
    error: `[TEMP]/good.txt` was not added; the evidence base is unchanged
      Caused by: [TEMP]/good.txt: the kind of document is not known
    hint: pass `--kind KIND`, where KIND is one of agreement, statement, policy, report, article, news, or write `kind: KIND` in its front matter
    3 files: 0 added, 0 already stored, 3 failed
    ");
    let run = context.run(&[
        "docs",
        "add",
        "--kind",
        "report",
        unknown_kind.to_str().unwrap(),
        latin1.to_str().unwrap(),
        good.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("3 files: 2 added, 0 already stored, 1 failed\nthe new passages are coded with the codebook dyad-pak-afg"),
        "{}",
        run.stderr
    );
    // A title describes one document only.
    let run = context.run(&[
        "docs",
        "add",
        "--title",
        "One title",
        good.to_str().unwrap(),
        unknown_kind.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(2));
    assert_eq!(
        run.stderr,
        "error: `--title` describes one document, but 2 files were given\nhint: add that file on its own with `--title`\n"
    );
}

#[test]
fn stated_metadata_wins_over_the_file() {
    let context = Context::new();
    let page = context.write("page.html", HTML);
    let run = context.run(&[
        "docs",
        "add",
        page.to_str().unwrap(),
        "--kind",
        "article",
        "--title",
        "Fruit, stated",
        "--date",
        "2024-02",
        "--publisher",
        "Stated publisher",
        "--url",
        "https://stated.example/",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let shown = json(
        &context
            .run(&["docs", "show", "14", "--format", "json"])
            .stdout,
    );
    assert_eq!(
        (
            &shown["title"],
            &shown["kind"],
            &shown["date"],
            &shown["publisher"],
            &shown["url"]
        ),
        (
            &Value::from("Fruit, stated"),
            &Value::from("article"),
            &Value::from("2024-02"),
            &Value::from("Stated publisher"),
            &Value::from("https://stated.example/")
        )
    );
    let bad_date = context.write("other.txt", "Other text.");
    let run = context.run(&[
        "docs",
        "add",
        bad_date.to_str().unwrap(),
        "--kind",
        "news",
        "--date",
        "yesterday",
    ]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains(
            "Caused by: [TEMP]/other.txt: `--date` is `yesterday`, expected a date YYYY-MM-DD (or YYYY-MM, or YYYY)"
        ),
        "{}",
        run.stderr
    );
}

#[test]
fn documents_export_with_their_passages_for_r_and_pandas() {
    let context = Context::new();
    let folder = folder(&context);
    assert_eq!(
        context
            .run(&["docs", "add", &folder, "--kind", "news"])
            .code,
        Some(0)
    );
    let out = context.dir.path().join("out");
    let run = context.run(&["export", "documents", "--out", out.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let mut documents = csv::Reader::from_path(out.join("documents.csv")).unwrap();
    let headers = documents.headers().unwrap().clone();
    let rows: Vec<csv::StringRecord> = documents.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 16);
    let text_at = headers.iter().position(|h| h == "text").unwrap();
    let id_at = headers.iter().position(|h| h == "document_id").unwrap();
    let mut passages = csv::Reader::from_path(out.join("passages.csv")).unwrap();
    let passage_headers = passages.headers().unwrap().clone();
    assert_eq!(
        passage_headers.iter().collect::<Vec<_>>(),
        [
            "document_id",
            "document_sha256",
            "passage",
            "page",
            "char_start",
            "char_end",
            "text"
        ]
    );
    // Every passage is its document's text at its span, counted in characters.
    let mut n_passages = 0;
    for passage in passages.records().map(Result::unwrap) {
        n_passages += 1;
        let document = rows.iter().find(|r| r[id_at] == passage[0]).unwrap();
        let characters: Vec<char> = document[text_at].chars().collect();
        let start: usize = passage[4].parse().unwrap();
        let end: usize = passage[5].parse().unwrap();
        assert_eq!(
            characters[start..end].iter().collect::<String>(),
            &passage[6]
        );
    }
    assert!(n_passages > 1000, "{n_passages}");
    let package: Value =
        serde_json::from_str(&std::fs::read_to_string(out.join("datapackage.json")).unwrap())
            .unwrap();
    let resources = package["resources"].as_array().unwrap();
    assert_eq!(resources.len(), 2);
    assert_eq!(resources[1]["path"], "passages.csv");
    assert!(
        resources[0]["sources"]
            .as_array()
            .unwrap()
            .iter()
            .any(|s| s["title"] == "The White House"
                && s["licence"].as_str().unwrap().starts_with("Public domain"))
    );

    let db = context.dir.path().join("db");
    let run = context.run(&[
        "export",
        "documents",
        "--format",
        "sqlite",
        "--since",
        "2024",
        "--out",
        db.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let connection = rusqlite::Connection::open(db.join("documents.sqlite")).unwrap();
    let n_documents: i64 = connection
        .query_row("SELECT count(*) FROM documents", [], |row| row.get(0))
        .unwrap();
    let n_joined: i64 = connection
        .query_row(
            "SELECT count(*) FROM passages p JOIN documents d USING (document_id)",
            [],
            |row| row.get(0),
        )
        .unwrap();
    assert_eq!(n_documents, 2);
    assert!(n_joined >= 2);
}

/// A fixture of dyad-ingest's golden tests, made from scratch by its `make_fixtures.py`.
fn pdf_fixture(path: &str) -> String {
    format!(
        "{}/../dyad-ingest/test_data/pdf/{path}",
        env!("CARGO_MANIFEST_DIR")
    )
}

#[test]
fn a_pdf_is_read_by_page_and_a_scan_without_text_is_refused() {
    let context = Context::new();
    let run = context.run(&[
        "docs",
        "add",
        "--kind",
        "report",
        &pdf_fixture("ok/two_pages.pdf"),
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(
        run.stderr.contains(
            "added as document 14 (report, pdf), 4 passages: Border trade in the first quarter"
        ),
        "{}",
        run.stderr
    );
    let hits = json(
        &context
            .run(&["docs", "search", "\"transit trade\"", "--format", "json"])
            .stdout,
    );
    assert_eq!(hits[0]["page"], 2);
    assert_eq!(hits[0]["passage"], 4);
    let table = context.run(&["docs", "search", "Torkham", "--kind", "report"]);
    assert!(table.stdout.contains("┆ 1    ┆ 35–160"), "{}", table.stdout);

    let before = dump(&context.database());
    let run = context.run(&[
        "docs",
        "add",
        "--kind",
        "report",
        &pdf_fixture("err/scanned_no_text.pdf"),
    ]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("scanned_no_text.pdf: no text layer: run OCR first (1 page, none with text)"),
        "{}",
        run.stderr
    );
    assert_eq!(dump(&context.database()), before);
}
