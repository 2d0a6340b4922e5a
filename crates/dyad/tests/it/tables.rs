//! `dyad tables`.

use serde_json::Value;

use crate::{Context, cell};

#[test]
fn json_for_2023_carries_the_figures_that_must_show() {
    let context = Context::new();
    let run = context.run(&["tables", "--year", "2023", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let document: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(document["schema"], "dyad.tables/1");
    assert_eq!(document["pair"], "PAK-AFG");
    for cell in document["cells"].as_array().unwrap() {
        for field in [
            "table", "row", "column", "value", "unit", "status", "source", "vintage",
        ] {
            assert!(cell.get(field).is_some(), "cell lacks `{field}`: {cell}");
        }
    }
    let registered = cell(&document, "refugees", "Registered refugees");
    assert_eq!(registered["value"], 1987717.0);
    assert_eq!(
        registered["source"],
        "UNHCR: Refugee Data Finder: population"
    );
    assert_eq!(registered["status"], "observed");
    let change = cell(&document, "refugees", "Change on previous year");
    assert_eq!(change["value_text"], "14.0");
    assert_eq!(change["status"], "derived");
    let ttp = cell(
        &document,
        "security",
        "Context: battle deaths, Government of Pakistan – TTP",
    );
    assert_eq!(ttp["value"], 752.0);
    assert!(
        ttp["source"]
            .as_str()
            .unwrap()
            .starts_with("Uppsala Conflict Data Program")
    );
    let exports = cell(&document, "trade", "Exports PAK→AFG");
    assert_eq!(exports["basis"], "customs records");
    assert!(!exports["agency"].as_str().unwrap().is_empty());
    assert_eq!(exports["period"], "2023-07-01..2024-05-31");
    assert!(
        exports["note"]
            .as_str()
            .unwrap()
            .contains("no figure for calendar 2023")
    );
    let cross_border = cell(&document, "security", "Cross-border attacks");
    assert_eq!(cross_border["status"], "missing");
    assert!(cross_border["value"].is_null());
    assert!(
        !cross_border["note"].as_str().unwrap().is_empty(),
        "an empty cell says why"
    );
}

#[test]
fn province_shares_of_2021_match_unhcr() {
    let context = Context::new();
    let run = context.run(&["tables", "--year", "2021", "--format", "json"]);
    let document: Value = serde_json::from_str(&run.stdout).unwrap();
    for (province, share) in [
        ("Khyber Pakhtunkhwa", "49.4"),
        ("Balochistan", "26.2"),
        ("Punjab", "14.8"),
        ("Sindh", "5.6"),
        ("Islamabad", "3.7"),
    ] {
        assert_eq!(
            cell(&document, "refugees", &format!("Share: {province}"))["value_text"],
            share,
            "{province}"
        );
    }
}

#[test]
fn markdown_snapshot_of_2023() {
    let context = Context::new();
    let run = context.run(&["tables", "--year", "2023", "--format", "markdown"]);
    assert_eq!(run.code, Some(0));
    insta::assert_snapshot!("tables_2023_markdown", run.stdout);
}

#[test]
fn csv_has_one_row_per_cell() {
    let context = Context::new();
    let json: Value = serde_json::from_str(
        &context
            .run(&["tables", "--year", "2022", "--format", "json"])
            .stdout,
    )
    .unwrap();
    let csv = context
        .run(&["tables", "--year", "2022", "--format", "csv"])
        .stdout;
    let mut reader = csv::Reader::from_reader(csv.as_bytes());
    assert_eq!(
        reader.records().count(),
        json["cells"].as_array().unwrap().len()
    );
}

fn opinion_json(context: &Context, year: i32) -> Value {
    let run = context.run(&["tables", "--year", &year.to_string(), "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    serde_json::from_str(&run.stdout).unwrap()
}

fn opinion_rows(document: &Value) -> Vec<&Value> {
    document["cells"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|c| c["table"] == "opinion")
        .collect()
}

#[test]
fn pew_notes_name_very_and_somewhat_by_their_own_figures() {
    // Pakistan 2015 in Pew's toplines: very favourable 60.91, somewhat favourable 21.09.
    let document = opinion_json(&Context::new(), 2023);
    let china = cell(
        &document,
        "opinion",
        "Context: favourable view of China (Pew 2015)",
    );
    assert_eq!(china["value_text"], "82.0");
    assert_eq!(
        china["note"],
        "very + somewhat favourable: 60.91 + 21.09; latest wave up to 2023"
    );
}

#[test]
fn the_pew_2013_china_defect_is_flagged_and_2012_fills_the_cell_in_its_place() {
    let context = Context::new();
    let document = opinion_json(&context, 2013);
    let china = cell(
        &document,
        "opinion",
        "Context: favourable view of China (Pew 2012)",
    );
    assert_eq!(china["value"], 85.4);
    let note = china["note"].as_str().unwrap();
    assert!(
        note.contains("Pew 2013 left out, flagged: its favourable share (very + somewhat favourable), 16.4%, leaves its own history"),
        "{note}"
    );
    let flags = china["flags"].as_array().unwrap();
    assert_eq!(flags.len(), 2, "the favourable and the unfavourable share");
    for flag in flags {
        assert_eq!(flag["rule"], "history");
        assert_eq!(flag["indicator"], "opinion.pew.opi_chn");
        assert_eq!(flag["period"], "2013");
    }
    // Nothing else in the bundled toplines is flagged: the other views of 2013, and every view of 2015.
    for document in [&document, &opinion_json(&context, 2023)] {
        for row in opinion_rows(document) {
            if row["row"].as_str().unwrap().contains("China (Pew 2012)") {
                continue;
            }
            assert_eq!(row["flags"], Value::Array(Vec::new()), "{row}");
        }
    }
}

#[test]
fn nearest_measured_items_show_their_question_from_their_survey_year_and_leave_the_study_rows_empty()
 {
    let context = Context::new();
    let nearest = |document: &Value| -> Vec<(String, String, String)> {
        opinion_rows(document)
            .into_iter()
            .filter(|c| {
                c["row"]
                    .as_str()
                    .unwrap()
                    .starts_with("Context: nearest measured item")
            })
            .map(|c| {
                (
                    c["row"].as_str().unwrap().to_string(),
                    c["column"].as_str().unwrap().to_string(),
                    c["value_text"].as_str().unwrap().to_string(),
                )
            })
            .collect()
    };
    // Before the first survey, none; in 2009, the endorsement experiment's item alone.
    assert!(nearest(&opinion_json(&context, 2008)).is_empty());
    let jirgas = (
        "Context: nearest measured item (2009): support for using peace jirgas to resolve disputes over the Afghan border, the Durand Line".to_string(),
        "PAK".to_string(),
        "3.693".to_string(),
    );
    assert_eq!(
        nearest(&opinion_json(&context, 2009)),
        std::slice::from_ref(&jirgas)
    );
    // From 2010, the FATA poll's items too, newest survey first, each with the question as asked.
    let document = opinion_json(&context, 2023);
    let rows = nearest(&document);
    let fata = |question: &str, value: &str| {
        (
            format!("Context: nearest measured item (2010): {question}"),
            "PAK/FATA".to_string(),
            value.to_string(),
        )
    };
    assert_eq!(
        rows,
        [
            fata(
                "How important are the following issues? — Afghan refugees coming into the area",
                "45.9"
            ),
            fata(
                "How favorable is your opinion of the following groups? — Aghan Taliban",
                "36.8"
            ),
            fata(
                "Do you support or oppose the presence of the following groups inside FATA today? — Afghan Taliban fighters (led by Mullah Omar)",
                "37.1"
            ),
            fata(
                "Should the Pakistani government negotiate with, or continue to fight, the following groups? — Afghan Taliban fighters",
                "45.8"
            ),
            fata(
                "Would any of the following improve your opinion of the United States? — Withdrawal of U.S. military from Afghanistan",
                "56.9"
            ),
            jirgas,
        ]
    );
    let taliban = cell(
        &document,
        "opinion",
        "Context: nearest measured item (2010): How favorable is your opinion of the following groups? — Aghan Taliban",
    );
    assert_eq!(
        taliban["concept"],
        "How favorable is your opinion of the following groups? — Aghan Taliban"
    );
    assert_eq!(taliban["period"], "2010-06-30..2010-07-20");
    assert!(
        taliban["source"]
            .as_str()
            .unwrap()
            .starts_with("New America Foundation and Terror Free Tomorrow: FATA poll 2010")
    );
    // The study's five items, for both countries, stay empty with the reason they always gave.
    let study: Vec<&Value> = opinion_rows(&document)
        .into_iter()
        .filter(|c| !c["row"].as_str().unwrap().starts_with("Context:"))
        .collect();
    assert_eq!(study.len(), 10);
    for row in study {
        assert_eq!(row["status"], "missing", "{row}");
        assert_eq!(
            row["note"],
            "no open survey in the evidence base asks this about the Pakistan–Afghanistan relationship; the bundled Pew toplines for Pakistan (2002–2015) have no Afghanistan item"
        );
    }
}

#[test]
fn a_bad_pair_is_an_error_with_a_hint() {
    let context = Context::new();
    let run = context.run(&["tables", "--pair", "PAK_AFG"]);
    assert_eq!(run.code, Some(2));
    // The pair is parsed once, by the argument parser, for every command.
    assert!(
        run.stderr.starts_with("error: invalid value 'PAK_AFG' for '--pair <PAIR>': `PAK_AFG` is not a country pair; write two ISO alpha-3 codes joined by `-`, as in `PAK-AFG`"),
        "{}",
        run.stderr
    );
}
