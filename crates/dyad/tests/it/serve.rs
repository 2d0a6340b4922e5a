//! `dyad serve`: every route over real HTTP on loopback, the security rules, and freshness after an ingest.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Child, Stdio};

use serde_json::Value;

use crate::Context;

/// A running server, stopped when dropped.
struct Server {
    child: Child,
    port: u16,
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The token the tests' servers accept.
const TOKEN: &str = "test-token-0123456789abcdef";

/// Starts `dyad serve` on a free loopback port, with the token when `writes`.
fn start(context: &Context, writes: bool) -> Server {
    let mut args = vec!["serve", "--bind", "127.0.0.1:0"];
    let token_file = context.write("token.txt", &format!("{TOKEN}\n"));
    if writes {
        args.extend(["--token-file", token_file.to_str().unwrap()]);
    }
    let mut child = context
        .command(&args)
        .stderr(Stdio::piped())
        .stdout(Stdio::null())
        .spawn()
        .expect("dyad serve starts");
    let stderr = child.stderr.take().unwrap();
    let mut lines = BufReader::new(stderr).lines();
    let port = loop {
        let line = lines
            .next()
            .expect("dyad serve says where it listens")
            .unwrap();
        if let Some(rest) = line.split("listening on http://127.0.0.1:").nth(1) {
            break rest.split('/').next().unwrap().parse().unwrap();
        }
    };
    // The rest of its messages are drained, so that the server never blocks on a full pipe.
    std::thread::spawn(move || for _ in lines {});
    Server { child, port }
}

/// One HTTP/1.1 exchange: the status, the headers (names in lower case) and the body.
struct Answer {
    status: u16,
    headers: Vec<(String, String)>,
    body: Vec<u8>,
}

impl Answer {
    fn header(&self, name: &str) -> Option<&str> {
        self.headers
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.as_str())
    }

    fn text(&self) -> String {
        String::from_utf8_lossy(&self.body).into_owned()
    }

    fn json(&self) -> Value {
        serde_json::from_slice(&self.body).unwrap_or_else(|e| panic!("{e}: {}", self.text()))
    }
}

fn request(
    server: &Server,
    method: &str,
    target: &str,
    headers: &[(&str, &str)],
    body: &[u8],
) -> Answer {
    let mut stream = TcpStream::connect(("127.0.0.1", server.port)).unwrap();
    let mut head = format!(
        "{method} {target} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Length: {}\r\n",
        body.len()
    );
    for (name, value) in headers {
        head.push_str(&format!("{name}: {value}\r\n"));
    }
    head.push_str("\r\n");
    stream.write_all(head.as_bytes()).unwrap();
    // A server that refuses a body (413) may answer and close before the body is all sent: the write
    // then fails, and the answer is still there to read, up to the reset.
    let _ = stream.write_all(body);
    let mut raw = Vec::new();
    let mut chunk = [0u8; 8192];
    loop {
        match stream.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => raw.extend_from_slice(&chunk[..n]),
            Err(error) if !raw.is_empty() => {
                let _ = error;
                break;
            }
            Err(error) => panic!("{method} {target}: {error}"),
        }
    }
    let split = raw
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .expect("a complete answer");
    let head = String::from_utf8_lossy(&raw[..split]).into_owned();
    let mut lines = head.lines();
    let status = lines
        .next()
        .unwrap()
        .split(' ')
        .nth(1)
        .unwrap()
        .parse()
        .unwrap();
    let headers = lines
        .filter_map(|line| line.split_once(':'))
        .map(|(n, v)| (n.trim().to_ascii_lowercase(), v.trim().to_string()))
        .collect();
    Answer {
        status,
        headers,
        body: raw[split + 4..].to_vec(),
    }
}

fn get(server: &Server, target: &str) -> Answer {
    request(server, "GET", target, &[], b"")
}

#[test]
fn every_page_and_api_route_answers_with_its_type_and_the_security_headers() {
    let context = Context::new();
    let server = start(&context, false);
    for (target, content_type) in [
        ("/", "text/html"),
        ("/?year=2021", "text/html"),
        ("/indicators", "text/html"),
        ("/indicators/refugees.registered", "text/html"),
        ("/indicators/refugees.registered/data.csv", "text/csv"),
        (
            "/indicators/refugees.registered/data.json",
            "application/json",
        ),
        ("/sources", "text/html"),
        ("/map", "text/html"),
        ("/map?year=1995", "text/html"),
        ("/api/v1/border-map?year=2021", "application/json"),
        ("/documents", "text/html"),
        ("/documents?q=Pakistan+AND+Taliban", "text/html"),
        ("/documents/3", "text/html"),
        ("/report", "text/html"),
        ("/audit", "text/html"),
        ("/assets/dyad.css", "text/css"),
        ("/assets/dyad.js", "text/javascript"),
        ("/openapi.json", "application/json"),
        ("/api/v1/tables?year=2023", "application/json"),
        ("/api/v1/indicators", "application/json"),
        ("/api/v1/indicators/refugees.registered", "application/json"),
        (
            "/api/v1/indicators/refugees.registered/series",
            "application/json",
        ),
        (
            "/api/v1/indicators/refugees.registered/projection?horizon=2",
            "application/json",
        ),
        ("/api/v1/sources", "application/json"),
        ("/api/v1/documents", "application/json"),
        (
            "/api/v1/documents/search?q=refug*&limit=5",
            "application/json",
        ),
    ] {
        let answer = get(&server, target);
        assert_eq!(answer.status, 200, "{target}: {}", answer.text());
        assert!(
            answer
                .header("content-type")
                .unwrap()
                .starts_with(content_type),
            "{target}: {:?}",
            answer.header("content-type")
        );
        assert_eq!(
            answer.header("x-content-type-options"),
            Some("nosniff"),
            "{target}"
        );
        assert_eq!(
            answer.header("referrer-policy"),
            Some("no-referrer"),
            "{target}"
        );
        // Scripts come from the site only, never inline: the one script is a file of the site's.
        let policy = answer.header("content-security-policy").unwrap();
        let scripts = policy
            .split(';')
            .find(|directive| directive.trim().starts_with("script-src"));
        assert!(
            policy.contains("default-src 'none'")
                && scripts.is_none_or(|s| s.trim() == "script-src 'self'"),
            "{target}: {policy}"
        );
        if content_type == "text/html" {
            let text = answer.text();
            let tags: Vec<&str> = text.split("<script").skip(1).collect();
            assert!(
                tags.iter()
                    .all(|tag| tag.starts_with(" src=\"/assets/dyad.js\" defer></script>")),
                "{target} has an inline script"
            );
        }
    }
}

#[test]
fn the_api_gives_figures_with_their_provenance_and_the_openapi_document_names_every_route() {
    let context = Context::new();
    let server = start(&context, false);
    let tables = get(&server, "/api/v1/tables?year=2023").json();
    assert_eq!(tables["schema"], "dyad.tables/1");
    // The same document as the command line's.
    let printed: Value = serde_json::from_str(
        &context
            .run(&["tables", "--year", "2023", "--format", "json"])
            .stdout,
    )
    .unwrap();
    assert_eq!(tables, printed);
    let registered = get(&server, "/api/v1/indicators/refugees.registered/series").json();
    let rows = registered["series"].as_array().unwrap();
    assert!(rows.len() > 10);
    for row in rows {
        assert!(!row["source"].as_str().unwrap().is_empty(), "{row}");
        assert!(!row["release"].as_str().unwrap().is_empty(), "{row}");
    }
    // The CSV download is exactly the chart's data: one line per row of the series.
    let csv = get(&server, "/indicators/refugees.registered/data.csv").text();
    assert_eq!(csv.lines().count(), rows.len() + 1);
    let openapi = get(&server, "/openapi.json").json();
    assert_eq!(openapi["openapi"], "3.0.3");
    for path in [
        "/api/v1/tables",
        "/api/v1/indicators",
        "/api/v1/indicators/{name}",
        "/api/v1/indicators/{name}/series",
        "/api/v1/indicators/{name}/projection",
        "/api/v1/sources",
        "/api/v1/border-map",
        "/api/v1/documents",
        "/api/v1/documents/search",
        "/api/v1/audits",
    ] {
        assert!(openapi["paths"].get(path).is_some(), "{path}");
    }
    // An indicator's page: every subject's series, then one subject's releases and its projection fan.
    let page = get(
        &server,
        "/indicators/refugees.registered?subject=AFG%E2%86%92PAK",
    )
    .text();
    assert_eq!(page.matches("<svg").count(), 2, "{page}");
    assert!(page.contains("<option value=\"AFG→PAK\" selected>"));
    assert!(
        page.contains("the newest") && page.contains("95% interval"),
        "{page}"
    );
    let hits = get(&server, "/api/v1/documents/search?q=%22central+bank%22").json();
    assert!(!hits.as_array().unwrap().is_empty());
    assert!(hits[0]["snippet"].as_str().unwrap().contains('«'));
}

#[test]
fn the_border_map_counts_incidents_by_area_with_their_provenance() {
    let context = Context::new();
    let server = start(&context, false);
    // The bundled UCDP GED subset ends in 2021 and locates events in Pakistan only: asked for 2023, the
    // map draws 2021, and says Afghanistan is not covered. The counts were checked against the published
    // file by reading it apart from dyad (type of violence, sides and `adm_2` of its 2021 rows).
    let map = get(&server, "/api/v1/border-map?year=2023").json();
    assert_eq!(map["schema"], "dyad.border-map/1");
    assert_eq!(
        (map["asked"].clone(), map["year"].clone()),
        (2023.into(), 2021.into())
    );
    assert_eq!(map["source"], "UCDP GED");
    assert_eq!(map["not_covered"], serde_json::json!(["AFG"]));
    let area = |name: &str| {
        map["areas"]
            .as_array()
            .unwrap()
            .iter()
            .find(|a| a["area"] == name)
            .cloned()
            .unwrap_or_else(|| panic!("{name} in {map}"))
    };
    for (name, incidents, deaths) in [
        ("North Waziristan", 47.0, 98.0),
        ("South Waziristan", 18.0, 54.0),
        ("Bajaur", 7.0, 12.0),
        ("Chitral", 0.0, 0.0),
    ] {
        let row = area(name);
        assert_eq!(row["incidents"].as_f64(), Some(incidents), "{row}");
        assert_eq!(row["fatalities"].as_f64(), Some(deaths), "{row}");
    }
    assert_eq!(
        map["areas"].as_array().unwrap().len(),
        15,
        "Pakistan's 15 districts"
    );
    let counts = map["counts"].as_array().unwrap();
    assert!(counts.iter().all(|c| {
        c["provenance"]["file_sha256"]
            .as_str()
            .is_some_and(|h| h.len() == 64)
            && c["provenance"]["locator"]
                .as_str()
                .unwrap()
                .contains(c["area"].as_str().unwrap())
    }));
    // Before any located event, there is no map, and the page says what to ingest.
    let none = get(&server, "/api/v1/border-map?year=1990").json();
    assert!(
        none["year"].is_null() && none["areas"].as_array().unwrap().is_empty(),
        "{none}"
    );
    assert!(
        get(&server, "/map?year=1990")
            .text()
            .contains("No event data locate")
    );
    // The page draws the map with a circle per district and lists the counts.
    let page = get(&server, "/map?year=2023").text();
    assert_eq!(page.matches("<circle").count(), 15, "{page}");
    assert!(page.contains(">North Waziristan 47</text>"), "{page}");
    assert!(page.contains("<td>North Waziristan</td><td>PAK</td><td class=\"num\">47</td>"));
    assert!(page.contains("holds no incident located in a border area in 2023"));
    assert_eq!(get(&server, "/api/v1/border-map?year=3000").status, 400);
}

#[test]
fn bad_requests_get_the_right_status_and_a_json_error() {
    let context = Context::new();
    let server = start(&context, false);
    for (target, status) in [
        ("/api/v1/tables?year=abc", 400),
        ("/api/v1/tables?year=1200", 400),
        ("/api/v1/indicators/no.such", 404),
        (
            "/api/v1/indicators/refugees.registered/projection?horizon=0",
            400,
        ),
        (
            "/api/v1/indicators/refugees.registered/projection?subject=XYZ",
            404,
        ),
        ("/api/v1/documents/search?q=%22unclosed", 400),
        ("/api/v1/documents/search", 400),
        ("/documents/abc", 400),
        ("/indicators/refugees.registered?subject=XYZ", 404),
        ("/documents/99999", 404),
    ] {
        let answer = get(&server, target);
        assert_eq!(answer.status, status, "{target}: {}", answer.text());
        let error = answer.json();
        assert_eq!(error["error"]["status"], status, "{target}");
        assert!(!error["error"]["message"].as_str().unwrap().is_empty());
    }
    let answer = request(&server, "DELETE", "/api/v1/tables", &[], b"");
    assert_eq!(answer.status, 405);
}

#[test]
fn no_path_reaches_a_file_however_it_is_encoded() {
    let context = Context::new();
    let server = start(&context, false);
    for target in [
        "/assets/../../../../etc/passwd",
        "/assets/..%2f..%2f..%2fetc%2fpasswd",
        "/assets/%2e%2e/%2e%2e/etc/passwd",
        "/assets/..%252f..%252fetc%252fpasswd",
        "/..%5c..%5cCargo.toml",
        "/assets/dyad.css/../../Cargo.toml",
        "/%2e%2e%2f%2e%2e%2fREADME.md",
    ] {
        let answer = get(&server, target);
        assert!(
            answer.status == 404 || answer.status == 400,
            "{target}: {}",
            answer.status
        );
        let text = answer.text();
        assert!(
            !text.contains("root:") && !text.contains("[workspace]") && !text.contains("# dyad"),
            "{target}"
        );
    }
}

#[test]
fn no_write_succeeds_without_the_token() {
    let context = Context::new();
    let text = "Exports rose from 100 in 2021 to 150 in 2022, a rise of 20 percent.";
    let read_only = start(&context, false);
    let answer = request(
        &read_only,
        "POST",
        "/api/v1/audits",
        &[
            ("Content-Type", "text/plain"),
            ("Authorization", &format!("Bearer {TOKEN}")),
        ],
        text.as_bytes(),
    );
    assert_eq!(answer.status, 403, "{}", answer.text());
    drop(read_only);

    let server = start(&context, true);
    let post = |headers: &[(&str, &str)], body: &[u8]| {
        request(&server, "POST", "/api/v1/audits", headers, body)
    };
    assert_eq!(
        post(&[("Content-Type", "text/plain")], text.as_bytes()).status,
        401
    );
    assert_eq!(
        post(
            &[
                ("Content-Type", "text/plain"),
                ("Authorization", "Bearer wrong-token-0000000000")
            ],
            text.as_bytes()
        )
        .status,
        403
    );
    let bearer = format!("Bearer {TOKEN}");
    assert_eq!(
        post(
            &[
                ("Content-Type", "application/json"),
                ("Authorization", &bearer)
            ],
            b"{}"
        )
        .status,
        415
    );
    let huge = vec![b'a'; crate_limit() + 1];
    assert_eq!(
        post(
            &[("Content-Type", "text/plain"), ("Authorization", &bearer)],
            &huge
        )
        .status,
        413
    );
    let answer = post(
        &[
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Authorization", &bearer),
        ],
        text.as_bytes(),
    );
    assert_eq!(answer.status, 200, "{}", answer.text());
    let findings = answer.json();
    assert_eq!(findings["schema"], "dyad.audit/1");
    assert_eq!(findings["findings"][0]["kind"], "arithmetic", "{findings}");
    // HTML is read as the archive reads it.
    let answer = post(
        &[("Content-Type", "text/html"), ("Authorization", &bearer)],
        format!("<html><body><p>{text}</p></body></html>").as_bytes(),
    );
    assert_eq!(answer.status, 200, "{}", answer.text());
    assert_eq!(answer.json()["findings"][0]["kind"], "arithmetic");
    // Bytes that are no PDF, sent as one, are refused with the reason.
    let answer = post(
        &[
            ("Content-Type", "application/pdf"),
            ("Authorization", &bearer),
        ],
        b"not a pdf at all",
    );
    assert_eq!(answer.status, 422, "{}", answer.text());
    // The form (multipart): without the token it is refused; with it, a pasted text or an uploaded file
    // comes back with the claim highlighted.
    let form = |fields: &[(&str, Option<&str>, &str)]| {
        let boundary = "dyad-test-boundary-7d3f";
        let mut body = String::new();
        for (name, file_name, value) in fields {
            body.push_str(&format!(
                "--{boundary}\r\nContent-Disposition: form-data; name=\"{name}\""
            ));
            if let Some(file_name) = file_name {
                body.push_str(&format!(
                    "; filename=\"{file_name}\"\r\nContent-Type: application/octet-stream"
                ));
            }
            body.push_str(&format!("\r\n\r\n{value}\r\n"));
        }
        body.push_str(&format!("--{boundary}--\r\n"));
        request(
            &server,
            "POST",
            "/audit",
            &[(
                "Content-Type",
                &format!("multipart/form-data; boundary={boundary}"),
            )],
            body.as_bytes(),
        )
    };
    assert_eq!(
        form(&[("text", None, text), ("token", None, "")]).status,
        401
    );
    assert_eq!(
        form(&[("text", None, text), ("token", None, "nope-nope-nope-nope")]).status,
        403
    );
    let page = form(&[("text", None, text), ("token", None, TOKEN)]);
    assert_eq!(page.status, 200);
    assert!(
        page.text().contains("<mark class=\"inconsistent\""),
        "{}",
        page.text()
    );
    let html = format!("<html><body><h1>Trade</h1><p>{text}</p></body></html>");
    let page = form(&[
        ("file", Some("brief.html"), &html),
        ("text", None, ""),
        ("token", None, TOKEN),
    ]);
    assert_eq!(page.status, 200, "{}", page.text());
    assert!(
        page.text().contains("brief.html"),
        "the page names the file"
    );
    assert!(page.text().contains("<mark class=\"inconsistent\""));
    assert_eq!(
        form(&[("text", None, " "), ("token", None, TOKEN)]).status,
        422
    );
}

#[test]
fn a_stored_document_is_audited_without_a_token() {
    let context = Context::new();
    let note = context.write(
        "trade-note.md",
        "---\ntitle: \"A trade note\"\ndate: '2024-05-01'\nkind: report\n---\n\nExports rose from 100 in 2021 to 150 in 2022, a rise of 20 percent.\n",
    );
    let added = context.run(&["docs", "add", note.to_str().unwrap()]);
    assert_eq!(added.code, Some(0), "{}", added.stderr);
    let server = start(&context, false);
    let documents = get(&server, "/api/v1/documents").json();
    let id = documents
        .as_array()
        .unwrap()
        .iter()
        .find(|d| d["title"] == "A trade note")
        .map(|d| d["id"].as_i64().unwrap())
        .expect("the note is stored");
    // Listed on the audit page, and audited read-only.
    assert!(
        get(&server, "/audit")
            .text()
            .contains(&format!("/documents/{id}/audit"))
    );
    let page = get(&server, &format!("/documents/{id}/audit"));
    assert_eq!(page.status, 200, "{}", page.text());
    assert!(
        page.text().contains("<mark class=\"inconsistent\""),
        "{}",
        page.text()
    );
    assert!(page.text().contains("A trade note"));
    assert_eq!(get(&server, "/documents/999999/audit").status, 404);
}

#[test]
fn documents_and_data_files_are_added_with_the_token_and_served_at_once() {
    let context = Context::new();
    let server = start(&context, true);
    let bearer = format!("Bearer {TOKEN}");
    let post = |target: &str, content_type: &str, token: Option<&str>, body: &[u8]| {
        let mut headers = vec![("Content-Type", content_type)];
        if let Some(token) = token {
            headers.push(("Authorization", token));
        }
        request(&server, "POST", target, &headers, body)
    };
    let note = "---\ntitle: \"Torkham reopens\"\ndate: '2024-05-01'\nkind: news\n---\n\nThe crossing at Torkham reopened after nine days of closure, and trade between Pakistan and Afghanistan resumed under tight security.\n";
    // Without the token, with a wrong type, or a name with a folder: refused, nothing stored.
    assert_eq!(
        post(
            "/api/v1/documents?name=note.md",
            "text/markdown",
            None,
            note.as_bytes()
        )
        .status,
        401
    );
    assert_eq!(
        post(
            "/api/v1/documents?name=note.md",
            "image/png",
            Some(&bearer),
            note.as_bytes()
        )
        .status,
        415
    );
    assert_eq!(
        post(
            "/api/v1/documents?name=../note.md",
            "text/markdown",
            Some(&bearer),
            note.as_bytes()
        )
        .status,
        400
    );
    let added = post(
        "/api/v1/documents?name=note.md",
        "text/markdown",
        Some(&bearer),
        note.as_bytes(),
    );
    assert_eq!(added.status, 201, "{}", added.text());
    let id = added.json()["id"].as_i64().unwrap();
    let again = post(
        "/api/v1/documents?name=note.md",
        "text/markdown",
        Some(&bearer),
        note.as_bytes(),
    );
    assert_eq!(
        (again.status, again.json()["stored"].clone()),
        (200, serde_json::json!(false))
    );
    // Served at once, and found by search.
    let page = get(&server, &format!("/documents/{id}"));
    assert_eq!(page.status, 200);
    assert!(page.text().contains("Torkham reopens"));
    let hits = get(&server, "/api/v1/documents/search?q=reopened").json();
    assert!(hits.to_string().contains("Torkham reopens"), "{hits}");
    // A data file: refused with the row and field when bad, stored when good, a no-op the second time.
    let header =
        "indicator,subject,period,value,unit,status,publisher,dataset,vintage,vintage_date\n";
    let bad = format!(
        "{header}trade.exports,PAK->AFG,2019,many,USD million,observed,P,D,v1,2024-01-01\n"
    );
    let refused = post(
        "/api/v1/ingest?format=figures&name=f.csv",
        "text/csv",
        Some(&bearer),
        bad.as_bytes(),
    );
    assert_eq!(refused.status, 422, "{}", refused.text());
    assert!(refused.text().contains("many"), "{}", refused.text());
    assert_eq!(
        post(
            "/api/v1/ingest?format=nope&name=f.csv",
            "text/csv",
            Some(&bearer),
            bad.as_bytes()
        )
        .status,
        400
    );
    let lenient = post(
        "/api/v1/ingest?format=figures&name=f.csv&lenient=true",
        "text/csv",
        Some(&bearer),
        format!("{header}trade.exports,PAK->AFG,2019,123.5,USD million,observed,P,D,v1,2024-01-01\ntrade.exports,PAK->AFG,2020,many,USD million,observed,P,D,v1,2024-01-01\n").as_bytes(),
    );
    assert_eq!(lenient.status, 201, "{}", lenient.text());
    let stored = lenient.json();
    assert_eq!(stored["figures_new"], 1, "{stored}");
    assert_eq!(
        stored["quarantined"].as_array().unwrap().len(),
        1,
        "{stored}"
    );
    let series = get(&server, "/api/v1/sources").text();
    assert!(
        series.contains("\"P\""),
        "the new source is served at once: {series}"
    );
}

/// The body limit the server applies.
fn crate_limit() -> usize {
    dyad_serve::BODY_LIMIT
}

#[test]
fn a_new_document_is_served_at_once() {
    let context = Context::new();
    let server = start(&context, false);
    let before = get(&server, "/api/v1/documents")
        .json()
        .as_array()
        .unwrap()
        .len();
    let note = context.write(
        "note.md",
        "---\ntitle: \"A note on Torkham\"\ndate: '2024-05-01'\nkind: news\n---\n\nThe crossing at Torkham reopened after nine days, and traders counted their losses.\n",
    );
    let run = context.run(&["docs", "add", note.to_str().unwrap()]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let after = get(&server, "/api/v1/documents").json();
    assert_eq!(after.as_array().unwrap().len(), before + 1);
    let hits = get(&server, "/api/v1/documents/search?q=traders").json();
    assert!(
        hits.as_array()
            .unwrap()
            .iter()
            .any(|h| h["document"]["title"] == "A note on Torkham")
    );
}

#[test]
fn a_short_token_is_refused_at_start() {
    let context = Context::new();
    let token = context.write("short.txt", "abc\n");
    let run = context.run(&[
        "serve",
        "--bind",
        "127.0.0.1:0",
        "--token-file",
        token.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("shorter than 16 characters"),
        "{}",
        run.stderr
    );
}
