//! The command line as a new user meets it: machine-readable CSV, numbers as people read them, and
//! errors that say what to do. Each test is named after a defect a new user found.

use crate::Context;

/// The CSV a command prints, as rows of named fields.
fn csv_rows(context: &Context, args: &[&str]) -> (Vec<String>, Vec<csv::StringRecord>) {
    let run = context.run(args);
    assert_eq!(run.code, Some(0), "{args:?}: {}", run.stderr);
    let mut reader = csv::Reader::from_reader(run.stdout.as_bytes());
    let headers = reader
        .headers()
        .unwrap()
        .iter()
        .map(str::to_string)
        .collect();
    (headers, reader.records().map(Result::unwrap).collect())
}

#[test]
fn every_csv_has_numeric_columns_as_plain_numbers() {
    let context = Context::new();
    let cases: [(&[&str], &[&str]); 5] = [
        (
            &[
                "history",
                "refugees.registered",
                "--period",
                "2022",
                "--format",
                "csv",
            ],
            &["Value", "Change %"],
        ),
        (
            &[
                "compare",
                "refugees.registered",
                "--period",
                "2022",
                "--format",
                "csv",
            ],
            &["Value"],
        ),
        (
            &["project", "refugees.registered", "--format", "csv"],
            &[
                "Forecast",
                "80% interval low",
                "80% interval high",
                "95% interval low",
                "95% interval high",
            ],
        ),
        (
            &["scorecard", "--format", "csv"],
            &[
                "Projected",
                "Interval low",
                "Interval high",
                "Actual",
                "Error",
                "% error",
            ],
        ),
        (
            &["backtest", "--format", "csv"],
            &["Values", "MASE", "80% coverage", "95% coverage"],
        ),
    ];
    for (args, numeric) in cases {
        let (headers, rows) = csv_rows(&context, args);
        assert!(!rows.is_empty(), "{args:?}");
        for column in numeric {
            let at = headers
                .iter()
                .position(|h| h == column)
                .unwrap_or_else(|| panic!("{args:?}: no column `{column}` in {headers:?}"));
            let mut n_numbers = 0;
            for row in &rows {
                let field = &row[at];
                if field.is_empty() {
                    continue;
                }
                assert!(
                    field.parse::<f64>().is_ok(),
                    "{args:?}: `{column}` holds `{field}`, not a number"
                );
                n_numbers += 1;
            }
            assert!(n_numbers > 0, "{args:?}: `{column}` is empty everywhere");
        }
    }
}

#[test]
fn numbers_print_as_people_read_them() {
    let context = Context::new();
    let run = context.run(&[
        "history",
        "refugees.registered",
        "--period",
        "2000",
        "--format",
        "markdown",
    ]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    assert!(!run.stdout.contains("2e+06"), "{}", run.stdout);
    assert!(run.stdout.contains("| 2,000,000 |"), "{}", run.stdout);
}

#[test]
fn a_horizon_of_zero_is_refused() {
    let context = Context::new();
    let run = context.run(&["project", "refugees.registered", "--horizon", "0"]);
    assert_eq!(run.code, Some(2));
    assert!(run.stderr.contains("0 is not in 1..=50"), "{}", run.stderr);
}

#[test]
fn an_export_that_matches_nothing_says_so_and_exits_1() {
    let context = Context::new();
    let out = context.dir.path().join("out");
    let run = context.run(&[
        "export",
        "observations",
        "--indicator",
        "refugee.",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert_eq!(run.code, Some(1));
    assert!(
        run.stderr.contains(
            "nothing matched: the observations export has no row for `--indicator refugee.`"
        ),
        "{}",
        run.stderr
    );
    assert!(
        !out.join("observations.csv").exists(),
        "an empty export was written"
    );
}

#[test]
fn a_broken_pipe_exits_quietly() {
    use std::io::Read;
    use std::process::Stdio;
    let context = Context::new();
    assert_eq!(context.run(&["tables"]).code, Some(0));
    for args in [&["tables"][..], &["scorecard", "--format", "json"][..]] {
        let mut child = context
            .command(args)
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        // Read a few bytes, then close the pipe, as `head` does.
        let mut first = [0u8; 16];
        child
            .stdout
            .as_mut()
            .unwrap()
            .read_exact(&mut first)
            .unwrap();
        drop(child.stdout.take());
        let output = child.wait_with_output().unwrap();
        assert!(
            output.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        assert!(
            output.stderr.is_empty(),
            "{args:?}: {}",
            String::from_utf8_lossy(&output.stderr)
        );
    }
}

#[test]
fn errors_suggest_the_indicator_and_list_the_period_forms() {
    let context = Context::new();
    let run = context.run(&["history", "refugee.registered"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr.contains("did you mean `refugees.registered`"),
        "{}",
        run.stderr
    );
    let run = context.run(&["history", "refugees.registered", "--period", "2022/23"]);
    assert_eq!(run.code, Some(2));
    assert!(
        run.stderr
            .contains("hint: write a period as one of 2023, FY2022-23, 2023-H1"),
        "{}",
        run.stderr
    );
}

#[test]
fn shell_completions_name_every_command() {
    let context = crate::Context::new();
    for shell in ["bash", "zsh", "fish"] {
        let run = context.run(&["completions", shell]);
        assert_eq!(run.code, Some(0), "{shell}: {}", run.stderr);
        for command in [
            "tables",
            "ingest",
            "docs",
            "code",
            "codes",
            "reliability",
            "serve",
            "audit",
        ] {
            assert!(run.stdout.contains(command), "{shell} lacks `{command}`");
        }
    }
    // Completions need no evidence base: none is created.
    assert!(!context.home().exists());
    let run = context.run(&["completions", "powershell-of-the-future"]);
    assert_eq!(run.code, Some(2));
}

/// Fitted to a terminal's width, no line is wider than it and no number, date or period is broken: every
/// such word of the plain output (`--wide`) appears whole in the fitted one. Details become numbered
/// footnotes, and a table that cannot fit side by side prints one block per row.
#[test]
fn fitted_output_breaks_no_number_or_date() {
    let context = Context::new();
    let atomic =
        regex::Regex::new(r"^[0-9][0-9,.:–-]*[0-9]%?$|^\d{4}-\d{2}-\d{2}\.\.\d{4}-\d{2}-\d{2}$")
            .unwrap();
    for command in [
        &["tables"][..],
        &["tables", "--year", "2023"][..],
        &["scorecard"][..],
        &["sources"][..],
        &["docs", "list"][..],
        &["backtest"][..],
        &["history", "refugees.registered"][..],
    ] {
        let wide = context.run(&[&["--wide"][..], command].concat());
        assert_eq!(wide.code, Some(0), "{command:?}: {}", wide.stderr);
        for width in ["80", "120"] {
            let fitted = context.run(&[&["--width", width][..], command].concat());
            assert_eq!(fitted.code, Some(0), "{command:?}: {}", fitted.stderr);
            let limit: usize = width.parse().unwrap();
            for line in fitted.stdout.lines() {
                assert!(
                    unicode_width::UnicodeWidthStr::width(line) <= limit,
                    "{command:?} at {width}: a line of {} columns: {line}",
                    unicode_width::UnicodeWidthStr::width(line)
                );
            }
            let words: std::collections::HashSet<&str> = fitted
                .stdout
                .split(|c: char| c.is_whitespace() || c == '│' || c == '┆' || c == '[' || c == ']')
                .collect();
            let mut checked = 0;
            for word in wide
                .stdout
                .split(|c: char| c.is_whitespace() || c == '│' || c == '┆')
                .filter(|word| atomic.is_match(word))
            {
                checked += 1;
                assert!(
                    words.contains(word),
                    "{command:?} at {width}: `{word}` is broken or missing"
                );
            }
            assert!(checked > 0, "{command:?}: no number or date to check");
        }
    }
    // Details move to footnotes at 80 columns; with `--wide` they stay in the table.
    let fitted = context.run(&["--width", "80", "tables", "--year", "2023"]);
    assert!(fitted.stdout.contains("[1] Note: "), "{}", fitted.stdout);
    let wide = context.run(&["--wide", "tables", "--year", "2023"]);
    assert!(!wide.stdout.contains("[1] Note: "));
    assert!(wide.stdout.contains("Source (vintage)"));
}

/// On a terminal (a pseudo-terminal made by `script`, from util-linux), statuses are coloured and the
/// tables fit the terminal's width; `NO_COLOR` turns colour off, and a pipe gets neither.
#[test]
fn colour_on_a_terminal_only() {
    let context = Context::new();
    assert_eq!(context.run(&["tables"]).code, Some(0));
    let on_terminal = |no_colour: bool| -> String {
        let line = format!(
            "stty cols 100; {} --home {} tables --year 2023",
            env!("CARGO_BIN_EXE_dyad"),
            context.home().display()
        );
        let mut command = std::process::Command::new("script");
        command
            .args(["-qec", &line, "/dev/null"])
            .env_remove("COLUMNS");
        if no_colour {
            command.env("NO_COLOR", "1");
        } else {
            command.env_remove("NO_COLOR");
        }
        let output = command
            .output()
            .expect("`script` (util-linux) runs a command on a pseudo-terminal");
        assert!(output.status.success());
        String::from_utf8_lossy(&output.stdout).to_string()
    };
    let coloured = on_terminal(false);
    assert!(coloured.contains("\u{1b}["), "{coloured}");
    // The terminal is 100 columns wide, so the table is fitted to it and its details are footnotes.
    assert!(coloured.contains("[1] Note: "), "{coloured}");
    let plain = on_terminal(true);
    assert!(!plain.contains("\u{1b}["), "{plain}");
    assert!(plain.contains("[1] Note: "));
    let piped = context.run(&["tables", "--year", "2023"]);
    assert!(!piped.stdout.contains('\u{1b}'));
    assert!(!piped.stdout.contains("[1] Note: "));
}
