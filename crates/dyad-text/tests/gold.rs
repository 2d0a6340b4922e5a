//! Published worked examples of inter-coder reliability, recomputed: Krippendorff's alpha at four levels,
//! Fleiss' kappa and Cohen's kappa, each matched to its published value at three decimals and at the
//! precision it was published with; and values from statsmodels' tests of its inter-rater module, over the
//! data shipped beside them.
//!
//! The folder is named by `DYAD_SHARED_DATA`. When it is unset the tests print why they are skipped; when
//! it is set and the folder or a file is missing, they fail naming the path (see `tests/shared_data.rs`
//! at the workspace root).

#[path = "../../../tests/shared_data.rs"]
mod shared_data;

use std::path::PathBuf;

use dyad_text::reliability::{
    Coefficient, KappaWeights, Level, Rating, Ratings, Undefined, cohen_kappa, cohen_kappa_table,
    cohen_table, fleiss_kappa, fleiss_kappa_counts, krippendorff_alpha,
};
use serde_json::Value as Json;

/// The folder of the reliability gold files, or `None` (with the reason printed) when the shared data
/// folder is not named.
fn gold_folder() -> Option<PathBuf> {
    shared_data::shared_folder().map(|shared| shared.join("text/gold/reliability"))
}

/// Reads a gold file; a missing file fails the test naming it, since the folder was named.
fn read(folder: &std::path::Path, name: &str) -> String {
    let path = shared_data::require(folder, name);
    std::fs::read_to_string(&path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
}

/// The number of decimals a value was published with, read from its JSON text.
fn decimals(published: f64) -> i32 {
    let text = published.to_string();
    text.split_once('.')
        .map_or(0, |(_, fraction)| fraction.len() as i32)
}

/// Asserts that `computed` matches `published` to three decimals (both rounded to thousandths are the
/// same number, and they differ by less than half a thousandth) and to the precision it was published with.
fn assert_published(what: &str, computed: f64, published: f64) {
    let thousandths = |value: f64| (value * 1000.0).round() as i64;
    assert!(
        (computed - published).abs() < 0.0005,
        "{what}: computed {computed:.6} is not within 0.0005 of the published {published}"
    );
    assert_eq!(
        thousandths(computed),
        thousandths(published),
        "{what}: computed {computed:.6} rounds to {:.3}, published {published}",
        computed
    );
    let half_last_digit = 0.5 * 10f64.powi(-decimals(published)) + 1e-12;
    assert!(
        (computed - published).abs() <= half_last_digit,
        "{what}: computed {computed:.6} does not round to the published {published}"
    );
    println!("{what}: computed {computed:.6}, stated {published}");
}

fn number(json: &Json) -> f64 {
    json.as_f64()
        .unwrap_or_else(|| panic!("`{json}` is not a number"))
}

/// A JSON array of arrays of numbers, `null` being a missing value.
fn rows(json: &Json) -> Vec<Vec<Option<f64>>> {
    json.as_array()
        .expect("data is an array of rows")
        .iter()
        .map(|row| {
            row.as_array()
                .expect("a row is an array")
                .iter()
                .map(|cell| {
                    if cell.is_null() {
                        None
                    } else {
                        Some(number(cell))
                    }
                })
                .collect()
        })
        .collect()
}

fn table(json: &Json) -> Vec<Vec<f64>> {
    rows(json)
        .into_iter()
        .map(|row| {
            row.into_iter()
                .map(|cell| cell.expect("a table has no missing cells"))
                .collect()
        })
        .collect()
}

fn defined(coefficient: Coefficient, what: &str) -> f64 {
    coefficient
        .value()
        .unwrap_or_else(|| panic!("{what} is undefined: {coefficient:?}"))
}

/// Ratings that give a Fleiss table of counts back: in each unit, raters `r1`, `r2`, … take the
/// categories in turn.
fn ratings_from_counts(counts: &[Vec<f64>]) -> Ratings {
    let mut ratings = Vec::new();
    for (unit, unit_counts) in counts.iter().enumerate() {
        let mut rater = 0;
        for (category, &count) in unit_counts.iter().enumerate() {
            for _ in 0..count as usize {
                rater += 1;
                ratings.push(Rating::new(
                    format!("s{unit}"),
                    format!("r{rater}"),
                    category as f64,
                ));
            }
        }
    }
    Ratings::new(ratings).expect("well-formed ratings")
}

/// Ratings of two coders that give a contingency table back, one unit per counted pair.
fn ratings_from_table(counts: &[Vec<f64>]) -> Ratings {
    let mut ratings = Vec::new();
    let mut unit = 0;
    for (row, row_counts) in counts.iter().enumerate() {
        for (column, &count) in row_counts.iter().enumerate() {
            for _ in 0..count as usize {
                unit += 1;
                ratings.push(Rating::new(unit.to_string(), "first", row as f64));
                ratings.push(Rating::new(unit.to_string(), "second", column as f64));
            }
        }
    }
    Ratings::new(ratings).expect("well-formed ratings")
}

/// Checks one published (or independently recomputed) value of one example.
fn check_value(example: &Json, key: &str, published: &Json, block: &str) {
    let id = example["id"].as_str().expect("an id");
    let measure = example["measure"].as_str().expect("a measure");
    let layout = example["layout"].as_str().expect("a layout");
    let what = format!("{id} {block} {key}");
    let data = &example["data"];
    match (measure, key) {
        ("krippendorff_alpha", level_name) => {
            let level = match level_name {
                "nominal" => Level::Nominal,
                "ordinal" => Level::Ordinal,
                "interval" => Level::Interval,
                "ratio" => Level::Ratio,
                other => panic!("{what}: unknown level `{other}`"),
            };
            assert!(
                layout.starts_with("units x coders"),
                "{what}: unknown layout `{layout}`"
            );
            let ratings = Ratings::from_rows(&rows(data)).expect("finite ratings");
            let alpha = krippendorff_alpha(&ratings, level).expect("numbers fit every level");
            assert_published(&what, defined(alpha.coefficient, &what), number(published));
        }
        ("fleiss_kappa", "kappa") if layout.starts_with("subjects x category counts") => {
            let counts = table(data);
            let kappa = defined(
                fleiss_kappa_counts(&counts)
                    .expect("equal rows")
                    .coefficient,
                &what,
            );
            assert_published(&what, kappa, number(published));
            // The same counts as individual ratings give the same kappa.
            let from_ratings =
                fleiss_kappa(&ratings_from_counts(&counts)).expect("equal ratings per unit");
            assert!(
                (defined(from_ratings.coefficient, &what) - kappa).abs() < 1e-12,
                "{what}: from ratings"
            );
        }
        ("fleiss_kappa", "kappa") if layout.starts_with("subjects x raters") => {
            let ratings = Ratings::from_rows(&rows(data)).expect("finite ratings");
            let kappa = fleiss_kappa(&ratings).expect("equal ratings per unit");
            assert_published(&what, defined(kappa.coefficient, &what), number(published));
        }
        ("cohen_kappa", _) => {
            assert!(
                layout.starts_with("rater1 rows x rater2 columns"),
                "{what}: unknown layout `{layout}`"
            );
            let counts = table(data);
            let unweighted =
                cohen_kappa_table(&counts, KappaWeights::Unweighted).expect("a valid table");
            match key {
                "kappa_unweighted" => {
                    let kappa = defined(unweighted.coefficient, &what);
                    assert_published(&what, kappa, number(published));
                    // The same table as individual ratings gives the same kappa.
                    let from_ratings =
                        cohen_kappa(&ratings_from_table(&counts)).expect("two coders");
                    assert!(
                        (defined(from_ratings.coefficient, &what) - kappa).abs() < 1e-12,
                        "{what}: from ratings"
                    );
                }
                "ase" => {
                    let standard_error = unweighted
                        .standard_error
                        .expect("a defined kappa has a standard error");
                    assert_published(&what, standard_error, number(published));
                }
                "ci95" => {
                    let bounds = published.as_array().expect("two bounds");
                    let (low, high) = unweighted
                        .confidence_95
                        .expect("a defined kappa has an interval");
                    assert_published(&format!("{what} low"), low, number(&bounds[0]));
                    assert_published(&format!("{what} high"), high, number(&bounds[1]));
                }
                "kappa_linear_weights_0_1_2" => {
                    let weighted =
                        cohen_kappa_table(&counts, KappaWeights::Linear(&[0.0, 1.0, 2.0]))
                            .expect("three scores for three categories");
                    assert_published(
                        &what,
                        defined(weighted.coefficient, &what),
                        number(published),
                    );
                }
                other => panic!("{what}: unknown value `{other}`"),
            }
        }
        _ => panic!("{what}: unknown measure `{measure}` or layout `{layout}`"),
    }
}

#[test]
fn every_published_worked_example_matches_to_three_decimals() {
    let Some(folder) = gold_folder() else { return };
    let gold: Json = serde_json::from_str(&read(&folder, "reliability_worked_examples.json"))
        .expect("the worked examples are JSON");
    let examples = gold["examples"].as_array().expect("a list of examples");
    assert_eq!(
        examples.len(),
        6,
        "the file holds the six examples this test was written for"
    );
    let mut checked = 0;
    for example in examples {
        let published = example["expected"].as_object().expect("published values");
        assert!(
            !published.is_empty(),
            "{}: no published value",
            example["id"]
        );
        for (key, value) in published {
            check_value(example, key, value, "published");
            checked += 1;
        }
        // The compilers' own recomputation sometimes carries a fourth decimal: it must hold too.
        if let Some(recomputed) = example["recomputed"].as_object() {
            for (key, value) in recomputed {
                check_value(example, key, value, "recomputed");
            }
        }
    }
    // Four alphas of example C, one of A, two of the Wikipedia example, two Fleiss kappas, and the SAS
    // kappa, its standard error, its interval and its linearly weighted kappa.
    assert_eq!(checked, 13, "every published value was checked");
}

/// The anxiety ratings of statsmodels' test file (20 subjects by 3 raters, written column by column),
/// read from the file so that only the shipped data is used.
fn anxiety(source: &str) -> Vec<[f64; 3]> {
    let start = source
        .find("anxiety = np.array(")
        .expect("the file defines `anxiety`");
    let open = start + source[start..].find('[').expect("the array opens");
    let close = open + source[open..].find(']').expect("the array closes");
    assert!(
        source[close..].contains(".reshape(20, 3, order=\"F\")"),
        "the anxiety array is no longer 20 × 3 in column order"
    );
    let values: Vec<f64> = source[open + 1..close]
        .split(',')
        .map(str::trim)
        .filter(|token| !token.is_empty())
        .map(|token| token.parse().expect("a rating"))
        .collect();
    assert_eq!(values.len(), 60, "20 subjects by 3 raters");
    (0..20)
        .map(|subject| [values[subject], values[20 + subject], values[40 + subject]])
        .collect()
}

fn assert_close(what: &str, computed: f64, expected: f64, tolerance: f64) {
    assert!(
        (computed - expected).abs() <= tolerance,
        "{what}: computed {computed}, expected {expected} within {tolerance}"
    );
    println!("{what}: computed {computed:.7}, expected {expected}");
}

#[test]
fn statsmodels_reference_values_hold() {
    let Some(folder) = gold_folder() else { return };
    let gold: Json = serde_json::from_str(&read(&folder, "reliability_worked_examples.json"))
        .expect("the worked examples are JSON");
    let source = read(&folder, "statsmodels_test_inter_rater.py");
    let example = |id: &str| {
        gold["examples"]
            .as_array()
            .expect("a list of examples")
            .iter()
            .find(|example| example["id"] == id)
            .unwrap_or_else(|| panic!("no example `{id}`"))
            .clone()
    };

    // Fleiss (1971) diagnoses, against R irr's kappam.fleiss to seven decimals.
    let diagnoses =
        Ratings::from_rows(&rows(&example("fleiss1971_diagnoses")["data"])).expect("finite");
    let kappa = fleiss_kappa(&diagnoses)
        .expect("six ratings per unit")
        .coefficient;
    assert_close(
        "diagnoses Fleiss kappa",
        defined(kappa, "diagnoses"),
        0.4302445,
        1.5e-7,
    );

    // Fixed-marginal Fleiss kappas of an online calculator's small tables, to six decimals.
    let fleiss_cases: [(&[&[f64]], f64); 4] = [
        (&[&[6.99, 0.01], &[6.99, 0.01]], -0.166667),
        (&[&[7.0, 1.0], &[3.0, 5.0]], 0.161905),
        (&[&[7.0, 0.0], &[0.0, 7.0]], 1.0),
        (&[&[6.0, 1.0, 0.0], &[0.0, 7.0, 0.0]], 0.708333),
    ];
    for (counts, expected) in fleiss_cases {
        let counts: Vec<Vec<f64>> = counts.iter().map(|row| row.to_vec()).collect();
        let kappa = fleiss_kappa_counts(&counts)
            .expect("equal rows")
            .coefficient;
        assert_close(
            &format!("Fleiss kappa of {counts:?}"),
            defined(kappa, "Fleiss"),
            expected,
            6e-6,
        );
    }
    // Every rating in one category: statsmodels tests only the free-marginal kappa here, and the
    // fixed-marginal one is 0/0.
    let one_category = fleiss_kappa_counts(&[vec![7.0, 0.0], vec![7.0, 0.0]]).expect("equal rows");
    assert_eq!(
        one_category.coefficient,
        Coefficient::Undefined(Undefined::NoVariation)
    );

    // The SAS printout of PROC FREQ's agreement statistics, to four decimals.
    let sas = table(&example("sas_cohen_kappa_3x3")["data"]);
    let sas_cases = [
        (
            "unweighted",
            KappaWeights::Unweighted,
            [0.4842, 0.1380, 0.2137, 0.7547],
        ),
        (
            "linear",
            KappaWeights::Linear(&[0.0, 1.0, 2.0]),
            [0.4701, 0.1457, 0.1845, 0.7558],
        ),
    ];
    for (name, weights, [kappa, standard_error, low, high]) in sas_cases {
        let result = cohen_kappa_table(&sas, weights).expect("a valid table");
        let (computed_low, computed_high) = result.confidence_95.expect("defined");
        let computed = [
            ("kappa", defined(result.coefficient, name), kappa),
            (
                "ASE",
                result.standard_error.expect("defined"),
                standard_error,
            ),
            ("95% low", computed_low, low),
            ("95% high", computed_high, high),
        ];
        for (what, computed, expected) in computed {
            assert_close(&format!("SAS {name} {what}"), computed, expected, 1.5e-4);
        }
    }

    // R irr's kappa2 over raters 2 and 3 of the anxiety data. Their values are 1, 2, 3, 4 and 6; irr weights
    // the categories by their rank among the values present, so the scores are the ranks 0 to 4.
    let ratings = Ratings::new(anxiety(&source).iter().enumerate().flat_map(
        |(subject, raters)| {
            [
                Rating::new(subject.to_string(), "rater2", raters[1]),
                Rating::new(subject.to_string(), "rater3", raters[2]),
            ]
        },
    ))
    .expect("well-formed ratings");
    let contingency = cohen_table(&ratings).expect("two raters");
    assert_eq!(contingency.categories.len(), 5, "values 1, 2, 3, 4 and 6");
    let ranks = [0.0, 1.0, 2.0, 3.0, 4.0];
    let irr_cases = [
        ("unweighted", KappaWeights::Unweighted, -0.006289308),
        ("equal", KappaWeights::Linear(&ranks), 0.1459075),
        ("squared", KappaWeights::Quadratic(&ranks), 0.2520325),
    ];
    for (name, weights, expected) in irr_cases {
        let kappa = cohen_kappa_table(&contingency.counts, weights)
            .expect("a valid table")
            .coefficient;
        assert_close(
            &format!("anxiety kappa2 {name}"),
            defined(kappa, name),
            expected,
            1.5e-6,
        );
    }
    let direct = cohen_kappa(&ratings).expect("two raters").coefficient;
    assert_close(
        "anxiety cohen_kappa",
        defined(direct, "anxiety"),
        -0.006289308,
        1.5e-6,
    );
}
