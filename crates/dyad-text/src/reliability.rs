//! Inter-coder reliability: how far coders who read the same units agree, beyond what chance would give.
//!
//! The input is a set of ratings, each a `(unit, coder, value)`: [`Ratings`] holds them, one value per coder
//! and unit at most, and a coder may leave any unit out. Values are categories or, for the metric levels of
//! Krippendorff's alpha, numbers. The measures are:
//!
//! - [`percent_agreement`]: the share of agreeing coder pairs, over the units that two or more coders rated;
//! - [`cohen_kappa`] for exactly two coders, and [`cohen_kappa_table`] over a contingency table, optionally
//!   weighted, with the large-sample standard error;
//! - [`fleiss_kappa`] when every unit has the same number of ratings, and [`fleiss_kappa_counts`] over a
//!   table of category counts per unit;
//! - [`krippendorff_alpha`] through the coincidence matrix ([`coincidences`]), at the nominal, ordinal,
//!   interval and ratio [`Level`], for any number of coders and with missing values.
//!
//! Codebook coding is different: a coder applies a *set* of codes to each unit. [`CodedSheet`] holds such
//! sets, [`parse_sheet`] reads one from CSV text with the header `unit,coder,code`, and
//! [`code_reliability`] measures the agreement on each code as present or absent, and on all codes pooled.
//!
//! # When a coefficient has no value
//! A coefficient that the data leave at 0/0 is never NaN: it is a [`Coefficient::Undefined`] with its
//! [`Undefined`] reason. [`Undefined::NothingToCompare`] means that no unit holds two ratings to compare
//! (for Cohen's kappa: no unit rated by both coders). [`Undefined::NoVariation`] means that chance alone
//! would give total agreement, because every comparable rating takes one and the same value; there is then
//! no disagreement that the coders could have avoided, and no reliability to speak of, so the coefficient
//! is not reported as 1. Misuse, such as Cohen's kappa over three coders, is a [`ReliabilityError`]
//! instead.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::fmt;

use serde::Serialize;

/// The 97.5th percentile of the standard normal distribution, for two-sided 95% confidence intervals.
const NORMAL_QUANTILE_975: f64 = 1.959_963_984_540_054;

/// How close to zero a kappa's denominator `1 − chance agreement` may come before the kappa counts as
/// undefined. Tables may hold fractional counts, whose marginal sums can miss an exact 1 by a rounding
/// error; dividing by that error would print a meaningless large number instead of saying why.
const KAPPA_DENOMINATOR_FLOOR: f64 = 1e-12;

/// One coder's value for one unit.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(untagged)]
pub enum Value {
    /// A nominal category, such as a code's name.
    Category(String),
    /// A number: a rank for the ordinal level, a measurement for the interval and ratio levels. Nominal
    /// measures compare numbers by equality.
    Number(f64),
}

impl From<&str> for Value {
    fn from(category: &str) -> Value {
        Value::Category(category.to_owned())
    }
}

impl From<String> for Value {
    fn from(category: String) -> Value {
        Value::Category(category)
    }
}

impl From<f64> for Value {
    fn from(number: f64) -> Value {
        Value::Number(number)
    }
}

impl fmt::Display for Value {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Category(category) => formatter.write_str(category),
            Value::Number(number) => write!(formatter, "{number}"),
        }
    }
}

/// Orders values within one kind: categories by their text, numbers by size. Kinds never mix inside
/// [`Ratings`], so the order between kinds only has to be consistent.
fn compare_values(left: &Value, right: &Value) -> Ordering {
    match (left, right) {
        (Value::Category(left), Value::Category(right)) => left.cmp(right),
        (Value::Number(left), Value::Number(right)) => left.total_cmp(right),
        (Value::Category(_), Value::Number(_)) => Ordering::Less,
        (Value::Number(_), Value::Category(_)) => Ordering::Greater,
    }
}

/// One rating: the value a coder gave a unit.
#[derive(Debug, Clone, PartialEq)]
pub struct Rating {
    /// The unit rated, such as a paragraph's identifier.
    pub unit: String,
    /// The coder who rated it.
    pub coder: String,
    /// The value given.
    pub value: Value,
}

impl Rating {
    /// A rating of `unit` by `coder`.
    pub fn new(
        unit: impl Into<String>,
        coder: impl Into<String>,
        value: impl Into<Value>,
    ) -> Rating {
        Rating {
            unit: unit.into(),
            coder: coder.into(),
            value: value.into(),
        }
    }
}

/// A coder's rating of one unit, by index into the names and distinct values of its [`Ratings`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Cell {
    coder: usize,
    value: usize,
}

/// Checked ratings: at most one value per unit and coder, all of one kind (categories or finite numbers).
///
/// Units and coders keep the order in which they first appear; the distinct values are sorted (categories
/// by their text, numbers by size). A unit a coder did not rate is missing for that coder.
#[derive(Debug, Clone, PartialEq)]
pub struct Ratings {
    units: Vec<String>,
    coders: Vec<String>,
    values: Vec<Value>,
    /// For each unit, its ratings sorted by coder.
    cells: Vec<Vec<Cell>>,
}

/// The index of `name` in `names`, appending it when it is new.
fn index_of(index: &mut HashMap<String, usize>, names: &mut Vec<String>, name: String) -> usize {
    if let Some(&position) = index.get(&name) {
        return position;
    }
    let position = names.len();
    names.push(name.clone());
    index.insert(name, position);
    position
}

impl Ratings {
    /// Checks and holds `ratings`.
    ///
    /// # Errors
    /// [`ReliabilityError::DuplicateRating`] when a coder rates a unit twice,
    /// [`ReliabilityError::NotFinite`] for a NaN or infinite number, and [`ReliabilityError::MixedValues`]
    /// when categories and numbers are mixed.
    pub fn new(ratings: impl IntoIterator<Item = Rating>) -> Result<Ratings, ReliabilityError> {
        let mut unit_index = HashMap::new();
        let mut coder_index = HashMap::new();
        let mut units = Vec::new();
        let mut coders = Vec::new();
        let mut rated_pairs = HashSet::new();
        let mut numeric_kind: Option<bool> = None;
        let mut collected: Vec<(usize, usize, Value)> = Vec::new();
        for Rating { unit, coder, value } in ratings {
            let value = match value {
                Value::Number(number) if !number.is_finite() => {
                    return Err(ReliabilityError::NotFinite {
                        unit,
                        coder,
                        value: number,
                    });
                }
                // The pattern matches negative zero too, which equals zero: normalising it keeps one
                // distinct value for both.
                Value::Number(0.0) => Value::Number(0.0),
                other => other,
            };
            let is_number = matches!(value, Value::Number(_));
            match numeric_kind {
                None => numeric_kind = Some(is_number),
                Some(kind) if kind != is_number => {
                    return Err(ReliabilityError::MixedValues { unit, coder });
                }
                Some(_) => {}
            }
            let unit_position = index_of(&mut unit_index, &mut units, unit);
            let coder_position = index_of(&mut coder_index, &mut coders, coder);
            if !rated_pairs.insert((unit_position, coder_position)) {
                return Err(ReliabilityError::DuplicateRating {
                    unit: units[unit_position].clone(),
                    coder: coders[coder_position].clone(),
                });
            }
            collected.push((unit_position, coder_position, value));
        }
        let mut values: Vec<Value> = collected
            .iter()
            .map(|(_, _, value)| value.clone())
            .collect();
        values.sort_by(compare_values);
        values.dedup();
        let mut cells = vec![Vec::new(); units.len()];
        for (unit_position, coder_position, value) in collected {
            let value_position = values
                .binary_search_by(|known| compare_values(known, &value))
                .expect("every value was collected into the sorted list");
            cells[unit_position].push(Cell {
                coder: coder_position,
                value: value_position,
            });
        }
        for unit_cells in &mut cells {
            unit_cells.sort_by_key(|cell| cell.coder);
        }
        Ok(Ratings {
            units,
            coders,
            values,
            cells,
        })
    }

    /// Ratings from a table of numbers with one row per unit and one column per coder, `None` where the
    /// coder gave no value. Units are named by their 1-based row and coders by their 1-based column; rows
    /// may be shorter than others, their missing columns being missing values.
    ///
    /// # Errors
    /// [`ReliabilityError::NotFinite`] for a NaN or infinite number.
    pub fn from_rows(rows: &[Vec<Option<f64>>]) -> Result<Ratings, ReliabilityError> {
        let ratings = rows.iter().enumerate().flat_map(|(row, values)| {
            values
                .iter()
                .enumerate()
                .filter_map(move |(column, value)| {
                    value.map(|number| {
                        Rating::new((row + 1).to_string(), (column + 1).to_string(), number)
                    })
                })
        });
        Ratings::new(ratings)
    }

    /// The units, in the order they first appear.
    pub fn units(&self) -> &[String] {
        &self.units
    }

    /// The coders, in the order they first appear.
    pub fn coders(&self) -> &[String] {
        &self.coders
    }

    /// The distinct values given, sorted.
    pub fn values(&self) -> &[Value] {
        &self.values
    }

    /// How many ratings there are.
    pub fn rating_count(&self) -> usize {
        self.cells.iter().map(Vec::len).sum()
    }

    /// The numbers of the distinct values, or the error for a metric level over categories.
    fn numbers(&self, level: Level) -> Result<Vec<f64>, ReliabilityError> {
        self.values
            .iter()
            .map(|value| match value {
                Value::Number(number) => Ok(*number),
                Value::Category(_) => Err(ReliabilityError::NotNumeric { level }),
            })
            .collect()
    }
}

/// Why a coefficient has no value.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Undefined {
    /// No unit holds two ratings to compare; for Cohen's kappa, no unit was rated by both coders.
    NothingToCompare,
    /// Chance alone would give total agreement (every comparable rating takes one and the same value, or
    /// the kappa weights count every pair of categories as agreeing), so the coefficient is 0/0.
    NoVariation,
}

impl fmt::Display for Undefined {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Undefined::NothingToCompare => "no unit holds two ratings to compare",
            Undefined::NoVariation => {
                "every comparable rating takes the same value, so chance agreement is total"
            }
        })
    }
}

/// A reliability coefficient, or why the data leave it without a value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Coefficient {
    /// The coefficient's value.
    Value(f64),
    /// The coefficient is 0/0 for these data, for this reason.
    Undefined(Undefined),
}

impl Coefficient {
    /// The value, or `None` when undefined.
    pub fn value(self) -> Option<f64> {
        match self {
            Coefficient::Value(value) => Some(value),
            Coefficient::Undefined(_) => None,
        }
    }
}

/// Percent agreement: the share of coder pairs who gave a unit the same value.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Agreement {
    /// The mean, over the units that two or more coders rated, of each unit's share of agreeing coder
    /// pairs, between 0 and 1 (see [`Agreement::percent`]). For two coders this is the share of the units
    /// rated by both on which they agree.
    pub proportion: Coefficient,
    /// Units rated by two or more coders.
    pub units: usize,
    /// Coder pairs compared, summed over those units.
    pub pairs: usize,
    /// Of those pairs, the ones that gave the same value.
    pub agreeing_pairs: usize,
}

impl Agreement {
    /// The proportion as a percentage, or `None` when undefined.
    pub fn percent(&self) -> Option<f64> {
        self.proportion.value().map(|proportion| proportion * 100.0)
    }
}

/// Cohen's or Fleiss' kappa with the agreement it was computed from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Kappa {
    /// `(observed − chance) / (1 − chance)`.
    pub coefficient: Coefficient,
    /// The observed agreement (weighted for a weighted kappa), or `None` when nothing was compared.
    pub observed_agreement: Option<f64>,
    /// The agreement expected by chance from the marginal distributions, or `None` when nothing was
    /// compared.
    pub chance_agreement: Option<f64>,
    /// For Cohen's kappa the table's total (the units rated by both coders), for Fleiss' kappa the number
    /// of units. A real number because tables may hold fractional counts.
    pub units: f64,
    /// Cohen's kappa only: the large-sample standard error of Fleiss, Cohen and Everitt (1969), the `ASE`
    /// that SAS prints. `None` for Fleiss' kappa and when the kappa is undefined.
    pub standard_error: Option<f64>,
    /// Cohen's kappa only: the 95% Wald interval `kappa ± 1.96 × standard error`.
    pub confidence_95: Option<(f64, f64)>,
}

impl Kappa {
    /// A kappa over nothing: no ratings were compared.
    fn nothing_to_compare() -> Kappa {
        Kappa {
            coefficient: Coefficient::Undefined(Undefined::NothingToCompare),
            observed_agreement: None,
            chance_agreement: None,
            units: 0.0,
            standard_error: None,
            confidence_95: None,
        }
    }
}

/// The level of measurement of the values, which sets Krippendorff's difference function.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// Values differ or not: every pair of distinct values is equally far apart. Categories or numbers.
    Nominal,
    /// Values are ranks: two values are as far apart as the number of pairable values between them,
    /// the two ends counting half. Numbers, whose size gives only the order.
    Ordinal,
    /// Values are measurements: the squared difference.
    Interval,
    /// Values are measurements from an absolute zero: the squared difference over the squared sum.
    /// Numbers of zero or more.
    Ratio,
}

impl fmt::Display for Level {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(match self {
            Level::Nominal => "nominal",
            Level::Ordinal => "ordinal",
            Level::Interval => "interval",
            Level::Ratio => "ratio",
        })
    }
}

/// Krippendorff's alpha with the disagreements it was computed from.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Alpha {
    /// `1 − observed disagreement / expected disagreement`.
    pub coefficient: Coefficient,
    /// The mean squared difference between values that coders gave the same unit, or `None` when there
    /// are no pairable values.
    pub observed_disagreement: Option<f64>,
    /// The mean squared difference between any two pairable values, or `None` when there are none.
    pub expected_disagreement: Option<f64>,
    /// Units rated by two or more coders.
    pub units: usize,
    /// The values in those units (Krippendorff's n); a value alone in its unit is not pairable.
    pub pairable_values: usize,
}

/// The coincidence matrix of Krippendorff's alpha.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Coincidences {
    /// The distinct values, sorted, which name the rows and columns.
    pub values: Vec<Value>,
    /// `counts[c][k]`: over the units with m ≥ 2 values, the ordered pairs of values c and k from two
    /// different coders of the unit, each counted 1 / (m − 1). Symmetric; its total is the number of
    /// pairable values.
    pub counts: Vec<Vec<f64>>,
}

/// The agreement weights of a weighted Cohen's kappa.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum KappaWeights<'a> {
    /// Only identical categories agree.
    Unweighted,
    /// Categories scored `scores[i]` agree by `1 − |s_i − s_j| / (max − min)` (Cicchetti and Allison).
    Linear(&'a [f64]),
    /// Categories scored `scores[i]` agree by `1 − (s_i − s_j)² / (max − min)²` (Fleiss and Cohen).
    Quadratic(&'a [f64]),
}

/// The table of two coders' values over the units they both rated.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct ContingencyTable {
    /// The coder whose values are the rows.
    pub row_coder: String,
    /// The coder whose values are the columns.
    pub column_coder: String,
    /// The distinct values of all ratings, sorted, which name the rows and the columns alike.
    pub categories: Vec<Value>,
    /// `counts[i][j]`: units the row coder gave `categories[i]` and the column coder `categories[j]`.
    pub counts: Vec<Vec<f64>>,
}

/// Why ratings or a table could not be measured.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum ReliabilityError {
    /// A coder rated a unit twice.
    #[error("coder `{coder}` rated unit `{unit}` twice")]
    DuplicateRating {
        /// The unit.
        unit: String,
        /// The coder.
        coder: String,
    },
    /// A number is NaN or infinite.
    #[error("coder `{coder}` gave unit `{unit}` the value `{value}`, which is not a finite number")]
    NotFinite {
        /// The unit.
        unit: String,
        /// The coder.
        coder: String,
        /// The number.
        value: f64,
    },
    /// Categories and numbers are mixed.
    #[error(
        "coder `{coder}` gave unit `{unit}` a value of another kind than the earlier ratings, which mixes categories and numbers"
    )]
    MixedValues {
        /// The unit of the first rating of the other kind.
        unit: String,
        /// Its coder.
        coder: String,
    },
    /// A metric level was asked of categories.
    #[error("Krippendorff's {level} alpha needs numbers but the ratings are categories")]
    NotNumeric {
        /// The level asked for.
        level: Level,
    },
    /// A negative value at the ratio level, which has an absolute zero.
    #[error("Krippendorff's ratio alpha needs values of zero or more but `{value}` is negative")]
    NegativeRatio {
        /// The value.
        value: f64,
    },
    /// Cohen's kappa was asked of other than two coders.
    #[error("Cohen's kappa compares exactly two coders but the ratings have {count}")]
    NotTwoCoders {
        /// How many coders there are.
        count: usize,
    },
    /// Fleiss' kappa was asked of units with different numbers of ratings.
    #[error(
        "Fleiss' kappa needs the same number of ratings for every unit but unit `{unit}` has {found} where unit `{first_unit}` has {expected}"
    )]
    UnequalRatings {
        /// The first unit whose count differs.
        unit: String,
        /// Its number of ratings.
        found: usize,
        /// The first unit.
        first_unit: String,
        /// The first unit's number of ratings.
        expected: usize,
    },
    /// A table's row has another length than it should.
    #[error("row {row} of the table has {found} cells where {expected} are expected")]
    RaggedTable {
        /// The 1-based row.
        row: usize,
        /// Its number of cells.
        found: usize,
        /// The number expected: the number of rows for a contingency table, else the first row's length.
        expected: usize,
    },
    /// A table's count is negative, NaN or infinite.
    #[error(
        "the count `{value}` in row {row}, column {column} of the table is not a finite number of zero or more"
    )]
    BadCount {
        /// The 1-based row.
        row: usize,
        /// The 1-based column.
        column: usize,
        /// The count.
        value: f64,
    },
    /// A Fleiss table's rows have different totals.
    #[error(
        "Fleiss' kappa needs the same number of ratings in every row but row {row} totals `{found}` where row 1 totals `{expected}`"
    )]
    UnequalRowTotals {
        /// The 1-based row.
        row: usize,
        /// Its total.
        found: f64,
        /// The first row's total.
        expected: f64,
    },
    /// The kappa weights' scores do not fit the table.
    #[error("the kappa weights have {found} scores for {expected} categories")]
    ScoreCount {
        /// How many scores were given.
        found: usize,
        /// How many categories the table has.
        expected: usize,
    },
    /// A kappa weight's score is NaN or infinite.
    #[error("the kappa weights' score `{value}` is not a finite number")]
    ScoreNotFinite {
        /// The score.
        value: f64,
    },
    /// A coder did not apply exactly one code to a unit, where single-code ratings were asked for.
    #[error(
        "coder `{coder}` applied {count} codes to unit `{unit}` where a single-code rating takes exactly one"
    )]
    NotOneCode {
        /// The unit.
        unit: String,
        /// The coder.
        coder: String,
        /// How many codes the coder applied.
        count: usize,
    },
}

// ---------------------------------------------------------------------------------------------------------
// Percent agreement
// ---------------------------------------------------------------------------------------------------------

/// Percent agreement over every unit that two or more coders rated.
///
/// Each such unit counts once, whatever its number of coders: its share of agreeing coder pairs (of the
/// m(m − 1)/2 pairs of its m coders) is averaged over the units. Units rated by one coder are left out.
pub fn percent_agreement(ratings: &Ratings) -> Agreement {
    agreement_of(&ratings.cells)
}

fn agreement_of(units: &[Vec<Cell>]) -> Agreement {
    let mut compared_units = 0;
    let mut pairs = 0;
    let mut agreeing_pairs = 0;
    let mut sum_of_unit_shares = 0.0;
    for cells in units {
        if cells.len() < 2 {
            continue;
        }
        let mut unit_pairs = 0;
        let mut unit_agreeing_pairs = 0;
        for (position, first) in cells.iter().enumerate() {
            for second in &cells[position + 1..] {
                unit_pairs += 1;
                if first.value == second.value {
                    unit_agreeing_pairs += 1;
                }
            }
        }
        compared_units += 1;
        pairs += unit_pairs;
        agreeing_pairs += unit_agreeing_pairs;
        sum_of_unit_shares += unit_agreeing_pairs as f64 / unit_pairs as f64;
    }
    let proportion = if compared_units == 0 {
        Coefficient::Undefined(Undefined::NothingToCompare)
    } else {
        Coefficient::Value(sum_of_unit_shares / compared_units as f64)
    };
    Agreement {
        proportion,
        units: compared_units,
        pairs,
        agreeing_pairs,
    }
}

// ---------------------------------------------------------------------------------------------------------
// Cohen's kappa
// ---------------------------------------------------------------------------------------------------------

/// The contingency table of exactly two coders over the units they both rated; the first coder to appear
/// gives the rows.
///
/// # Errors
/// [`ReliabilityError::NotTwoCoders`] unless the ratings have exactly two coders.
pub fn cohen_table(ratings: &Ratings) -> Result<ContingencyTable, ReliabilityError> {
    if ratings.coders.len() != 2 {
        return Err(ReliabilityError::NotTwoCoders {
            count: ratings.coders.len(),
        });
    }
    Ok(ContingencyTable {
        row_coder: ratings.coders[0].clone(),
        column_coder: ratings.coders[1].clone(),
        categories: ratings.values.clone(),
        counts: pair_table(&ratings.cells, ratings.values.len(), 0, 1),
    })
}

/// Counts the values that coders `row_coder` and `column_coder` gave the units they both rated.
fn pair_table(
    units: &[Vec<Cell>],
    value_count: usize,
    row_coder: usize,
    column_coder: usize,
) -> Vec<Vec<f64>> {
    let mut counts = vec![vec![0.0; value_count]; value_count];
    for cells in units {
        let value_of = |coder: usize| {
            cells
                .iter()
                .find(|cell| cell.coder == coder)
                .map(|cell| cell.value)
        };
        if let (Some(row_value), Some(column_value)) = (value_of(row_coder), value_of(column_coder))
        {
            counts[row_value][column_value] += 1.0;
        }
    }
    counts
}

/// Cohen's (1960) unweighted kappa of exactly two coders, over the units both rated.
///
/// # Errors
/// [`ReliabilityError::NotTwoCoders`] unless the ratings have exactly two coders.
pub fn cohen_kappa(ratings: &Ratings) -> Result<Kappa, ReliabilityError> {
    let table = cohen_table(ratings)?;
    cohen_kappa_table(&table.counts, KappaWeights::Unweighted)
}

/// Cohen's kappa over a square contingency table of two coders (rows one coder's categories, columns the
/// other's, in the same order), unweighted or weighted (Cohen 1968), with its large-sample standard error
/// and 95% interval.
///
/// The weighted kappa is `(Σ w p − Σ w p_row p_column) / (1 − Σ w p_row p_column)` with agreement weights
/// w (1 on the diagonal). The standard error is that of Fleiss, Cohen and Everitt (1969), not the one under
/// the null hypothesis of no agreement.
///
/// # Errors
/// [`ReliabilityError::RaggedTable`] for a table that is not square, [`ReliabilityError::BadCount`] for a
/// negative or non-finite count, and [`ReliabilityError::ScoreCount`] or
/// [`ReliabilityError::ScoreNotFinite`] for scores that do not fit the table.
pub fn cohen_kappa_table(
    table: &[Vec<f64>],
    weights: KappaWeights<'_>,
) -> Result<Kappa, ReliabilityError> {
    let category_count = table.len();
    check_counts(table, category_count)?;
    let agreement_weights = agreement_weights(weights, category_count)?;
    let total: f64 = table.iter().flatten().sum();
    if total <= 0.0 {
        return Ok(Kappa::nothing_to_compare());
    }
    let share = |row: usize, column: usize| table[row][column] / total;
    let row_shares: Vec<f64> = table
        .iter()
        .map(|row| row.iter().sum::<f64>() / total)
        .collect();
    let column_shares: Vec<f64> = (0..category_count)
        .map(|column| table.iter().map(|row| row[column]).sum::<f64>() / total)
        .collect();
    let mut observed = 0.0;
    let mut chance = 0.0;
    for row in 0..category_count {
        for column in 0..category_count {
            observed += agreement_weights[row][column] * share(row, column);
            chance += agreement_weights[row][column] * row_shares[row] * column_shares[column];
        }
    }
    if 1.0 - chance <= KAPPA_DENOMINATOR_FLOOR {
        return Ok(Kappa {
            coefficient: Coefficient::Undefined(Undefined::NoVariation),
            observed_agreement: Some(observed),
            chance_agreement: Some(chance),
            units: total,
            standard_error: None,
            confidence_95: None,
        });
    }
    let kappa = (observed - chance) / (1.0 - chance);

    // Fleiss, Cohen and Everitt (1969): each cell's weight is compared with the mean weights of its row
    // category against the column coder's distribution and of its column category against the row coder's.
    let row_mean_weights: Vec<f64> = (0..category_count)
        .map(|row| {
            (0..category_count)
                .map(|column| column_shares[column] * agreement_weights[row][column])
                .sum()
        })
        .collect();
    let column_mean_weights: Vec<f64> = (0..category_count)
        .map(|column| {
            (0..category_count)
                .map(|row| row_shares[row] * agreement_weights[row][column])
                .sum()
        })
        .collect();
    let mut spread = 0.0;
    for row in 0..category_count {
        for column in 0..category_count {
            let deviation = agreement_weights[row][column]
                - (row_mean_weights[row] + column_mean_weights[column]) * (1.0 - kappa);
            spread += share(row, column) * deviation * deviation;
        }
    }
    let correction = kappa - chance * (1.0 - kappa);
    spread -= correction * correction;
    // A tiny negative spread is a rounding error of a perfect table; its variance is zero.
    let variance = spread.max(0.0) / (total * (1.0 - chance) * (1.0 - chance));
    let standard_error = variance.sqrt();
    Ok(Kappa {
        coefficient: Coefficient::Value(kappa),
        observed_agreement: Some(observed),
        chance_agreement: Some(chance),
        units: total,
        standard_error: Some(standard_error),
        confidence_95: Some((
            kappa - NORMAL_QUANTILE_975 * standard_error,
            kappa + NORMAL_QUANTILE_975 * standard_error,
        )),
    })
}

/// Checks that every row of `table` has `expected_columns` finite counts of zero or more.
fn check_counts(table: &[Vec<f64>], expected_columns: usize) -> Result<(), ReliabilityError> {
    for (row, counts) in table.iter().enumerate() {
        if counts.len() != expected_columns {
            return Err(ReliabilityError::RaggedTable {
                row: row + 1,
                found: counts.len(),
                expected: expected_columns,
            });
        }
        for (column, &count) in counts.iter().enumerate() {
            if !count.is_finite() || count < 0.0 {
                return Err(ReliabilityError::BadCount {
                    row: row + 1,
                    column: column + 1,
                    value: count,
                });
            }
        }
    }
    Ok(())
}

/// The agreement weight of every pair of categories.
fn agreement_weights(
    weights: KappaWeights<'_>,
    category_count: usize,
) -> Result<Vec<Vec<f64>>, ReliabilityError> {
    let (scores, power) = match weights {
        KappaWeights::Unweighted => {
            return Ok((0..category_count)
                .map(|row| {
                    (0..category_count)
                        .map(|column| if row == column { 1.0 } else { 0.0 })
                        .collect()
                })
                .collect());
        }
        KappaWeights::Linear(scores) => (scores, 1),
        KappaWeights::Quadratic(scores) => (scores, 2),
    };
    if scores.len() != category_count {
        return Err(ReliabilityError::ScoreCount {
            found: scores.len(),
            expected: category_count,
        });
    }
    if let Some(&bad) = scores.iter().find(|score| !score.is_finite()) {
        return Err(ReliabilityError::ScoreNotFinite { value: bad });
    }
    let lowest = scores.iter().copied().fold(f64::INFINITY, f64::min);
    let highest = scores.iter().copied().fold(f64::NEG_INFINITY, f64::max);
    let range = highest - lowest;
    Ok(scores
        .iter()
        .map(|row_score| {
            scores
                .iter()
                .map(|column_score| {
                    // With one score for all categories every pair agrees fully, and the kappa is then
                    // reported as undefined for lack of variation rather than divided by a zero range.
                    if range == 0.0 {
                        1.0
                    } else {
                        1.0 - ((row_score - column_score).abs() / range).powi(power)
                    }
                })
                .collect()
        })
        .collect())
}

// ---------------------------------------------------------------------------------------------------------
// Fleiss' kappa
// ---------------------------------------------------------------------------------------------------------

/// Fleiss' (1971) kappa, for units that all have the same number of ratings, by any coders.
///
/// Units with one rating each leave it [`Undefined::NothingToCompare`].
///
/// # Errors
/// [`ReliabilityError::UnequalRatings`] when units have different numbers of ratings.
pub fn fleiss_kappa(ratings: &Ratings) -> Result<Kappa, ReliabilityError> {
    let Some(first) = ratings.cells.first() else {
        return Ok(Kappa::nothing_to_compare());
    };
    let mut counts = Vec::with_capacity(ratings.cells.len());
    for (unit, cells) in ratings.cells.iter().enumerate() {
        if cells.len() != first.len() {
            return Err(ReliabilityError::UnequalRatings {
                unit: ratings.units[unit].clone(),
                found: cells.len(),
                first_unit: ratings.units[0].clone(),
                expected: first.len(),
            });
        }
        let mut unit_counts = vec![0.0; ratings.values.len()];
        for cell in cells {
            unit_counts[cell.value] += 1.0;
        }
        counts.push(unit_counts);
    }
    fleiss_kappa_counts(&counts)
}

/// Fleiss' (1971) kappa over a table of counts: one row per unit, one column per category, each cell the
/// number of raters who put the unit in the category. Every row must have the same total (fractional
/// counts are allowed).
///
/// # Errors
/// [`ReliabilityError::RaggedTable`] when rows have different lengths, [`ReliabilityError::BadCount`] for a
/// negative or non-finite count, and [`ReliabilityError::UnequalRowTotals`] when row totals differ.
pub fn fleiss_kappa_counts(counts: &[Vec<f64>]) -> Result<Kappa, ReliabilityError> {
    let Some(first) = counts.first() else {
        return Ok(Kappa::nothing_to_compare());
    };
    let category_count = first.len();
    check_counts(counts, category_count)?;
    let raters: f64 = first.iter().sum();
    for (row, unit_counts) in counts.iter().enumerate() {
        let total: f64 = unit_counts.iter().sum();
        // Fractional counts may miss the first row's total by a rounding error only.
        if (total - raters).abs() > 1e-9 * raters.max(1.0) {
            return Err(ReliabilityError::UnequalRowTotals {
                row: row + 1,
                found: total,
                expected: raters,
            });
        }
    }
    let unit_count = counts.len() as f64;
    if raters <= 1.0 {
        return Ok(Kappa {
            units: unit_count,
            ..Kappa::nothing_to_compare()
        });
    }
    let mut observed_sum = 0.0;
    let mut category_totals = vec![0.0; category_count];
    for unit_counts in counts {
        let squares: f64 = unit_counts.iter().map(|count| count * count).sum();
        observed_sum += (squares - raters) / (raters * (raters - 1.0));
        for (category, count) in unit_counts.iter().enumerate() {
            category_totals[category] += count;
        }
    }
    let observed = observed_sum / unit_count;
    let chance: f64 = category_totals
        .iter()
        .map(|total| {
            let share = total / (unit_count * raters);
            share * share
        })
        .sum();
    let coefficient = if 1.0 - chance <= KAPPA_DENOMINATOR_FLOOR {
        Coefficient::Undefined(Undefined::NoVariation)
    } else {
        Coefficient::Value((observed - chance) / (1.0 - chance))
    };
    Ok(Kappa {
        coefficient,
        observed_agreement: Some(observed),
        chance_agreement: Some(chance),
        units: unit_count,
        standard_error: None,
        confidence_95: None,
    })
}

// ---------------------------------------------------------------------------------------------------------
// Krippendorff's alpha
// ---------------------------------------------------------------------------------------------------------

/// The coincidence matrix of the ratings: the pairable values, paired within their units.
pub fn coincidences(ratings: &Ratings) -> Coincidences {
    Coincidences {
        values: ratings.values.clone(),
        counts: coincidences_of(&ratings.cells, ratings.values.len()),
    }
}

fn coincidences_of(units: &[Vec<Cell>], value_count: usize) -> Vec<Vec<f64>> {
    let mut counts = vec![vec![0.0; value_count]; value_count];
    let mut unit_value_counts = vec![0.0; value_count];
    for cells in units {
        if cells.len() < 2 {
            continue;
        }
        unit_value_counts.iter_mut().for_each(|count| *count = 0.0);
        for cell in cells {
            unit_value_counts[cell.value] += 1.0;
        }
        // Each of the unit's m values is paired with the other m − 1, and each pair weighs 1 / (m − 1), so
        // that every pairable value adds exactly 1 to the matrix.
        let pair_weight = 1.0 / (cells.len() - 1) as f64;
        let present: Vec<usize> = (0..value_count)
            .filter(|&value| unit_value_counts[value] > 0.0)
            .collect();
        for &row in &present {
            for &column in &present {
                let pairs = if row == column {
                    unit_value_counts[row] * (unit_value_counts[row] - 1.0)
                } else {
                    unit_value_counts[row] * unit_value_counts[column]
                };
                counts[row][column] += pairs * pair_weight;
            }
        }
    }
    counts
}

/// Krippendorff's alpha at `level`, through the coincidence matrix.
///
/// Only pairable values count: a unit rated by one coder is left out, as Krippendorff defines. Any number of
/// coders may rate any subset of the units. For the ordinal level the numbers only give the order of the
/// values, and the distance between two values is counted in the pairable values between them.
///
/// # Errors
/// [`ReliabilityError::NotNumeric`] for the ordinal, interval or ratio level over categories, and
/// [`ReliabilityError::NegativeRatio`] for a negative value at the ratio level.
pub fn krippendorff_alpha(ratings: &Ratings, level: Level) -> Result<Alpha, ReliabilityError> {
    let numbers = match level {
        Level::Nominal => None,
        _ => Some(ratings.numbers(level)?),
    };
    if level == Level::Ratio
        && let Some(&negative) = numbers.iter().flatten().find(|number| **number < 0.0)
    {
        return Err(ReliabilityError::NegativeRatio { value: negative });
    }
    let matrix = coincidences_of(&ratings.cells, ratings.values.len());
    let units = ratings
        .cells
        .iter()
        .filter(|cells| cells.len() >= 2)
        .count();
    Ok(alpha_of(&matrix, numbers.as_deref(), level, units))
}

/// Alpha from a coincidence matrix; `numbers` gives the value of each row for the metric levels.
fn alpha_of(matrix: &[Vec<f64>], numbers: Option<&[f64]>, level: Level, units: usize) -> Alpha {
    let marginals: Vec<f64> = matrix.iter().map(|row| row.iter().sum()).collect();
    let pairable: f64 = marginals.iter().sum();
    // Every pairable value adds 1 to the total, so it is a whole number up to rounding.
    let pairable_values = pairable.round() as usize;
    if pairable_values < 2 {
        return Alpha {
            coefficient: Coefficient::Undefined(Undefined::NothingToCompare),
            observed_disagreement: None,
            expected_disagreement: None,
            units,
            pairable_values,
        };
    }
    let number = |value: usize| numbers.map_or(0.0, |numbers| numbers[value]);
    let squared_difference = |first: usize, second: usize| -> f64 {
        if first == second {
            return 0.0;
        }
        match level {
            Level::Nominal => 1.0,
            Level::Ordinal => {
                // Values are sorted, so the values between two are the rows between their indices.
                let (low, high) = (first.min(second), first.max(second));
                let between: f64 = marginals[low..=high].iter().sum();
                let distance = between - (marginals[first] + marginals[second]) / 2.0;
                distance * distance
            }
            Level::Interval => {
                let difference = number(first) - number(second);
                difference * difference
            }
            Level::Ratio => {
                let sum = number(first) + number(second);
                // Distinct values of zero or more never sum to zero, but the guard keeps NaN out for good.
                if sum == 0.0 {
                    0.0
                } else {
                    let ratio = (number(first) - number(second)) / sum;
                    ratio * ratio
                }
            }
        }
    };
    let mut observed_sum = 0.0;
    let mut expected_sum = 0.0;
    for first in 0..matrix.len() {
        for second in 0..matrix.len() {
            let difference = squared_difference(first, second);
            observed_sum += matrix[first][second] * difference;
            expected_sum += marginals[first] * marginals[second] * difference;
        }
    }
    let observed = observed_sum / pairable;
    let expected = expected_sum / (pairable * (pairable - 1.0));
    let coefficient = if expected_sum == 0.0 {
        Coefficient::Undefined(Undefined::NoVariation)
    } else {
        Coefficient::Value(1.0 - observed / expected)
    };
    Alpha {
        coefficient,
        observed_disagreement: Some(observed),
        expected_disagreement: Some(expected),
        units,
        pairable_values,
    }
}

// ---------------------------------------------------------------------------------------------------------
// Codebook coding
// ---------------------------------------------------------------------------------------------------------

/// The codes that coders applied to units, for codebook coding where a coder may apply several codes to a
/// unit, or none.
///
/// A coder who read a unit has a set of codes for it, possibly empty; a coder who never read the unit has
/// none, and is missing for it. Units, coders and codes keep the order in which they first appear.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct CodedSheet {
    units: Vec<String>,
    unit_index: HashMap<String, usize>,
    coders: Vec<String>,
    coder_index: HashMap<String, usize>,
    codes: Vec<String>,
    code_index: HashMap<String, usize>,
    /// For each (unit, coder) that read it, the codes applied.
    applied: BTreeMap<(usize, usize), BTreeSet<usize>>,
}

impl CodedSheet {
    /// An empty sheet.
    pub fn new() -> CodedSheet {
        CodedSheet::default()
    }

    /// Records that `coder` read `unit`, whether or not any code is applied to it.
    pub fn read(&mut self, unit: &str, coder: &str) {
        let unit_position = index_of(&mut self.unit_index, &mut self.units, unit.to_owned());
        let coder_position = index_of(&mut self.coder_index, &mut self.coders, coder.to_owned());
        self.applied
            .entry((unit_position, coder_position))
            .or_default();
    }

    /// Records that `coder` read `unit` and applied `code` to it. Applying a code twice changes nothing.
    pub fn apply(&mut self, unit: &str, coder: &str, code: &str) {
        let unit_position = index_of(&mut self.unit_index, &mut self.units, unit.to_owned());
        let coder_position = index_of(&mut self.coder_index, &mut self.coders, coder.to_owned());
        let code_position = index_of(&mut self.code_index, &mut self.codes, code.to_owned());
        self.applied
            .entry((unit_position, coder_position))
            .or_default()
            .insert(code_position);
    }

    /// The units, in the order they first appear.
    pub fn units(&self) -> &[String] {
        &self.units
    }

    /// The coders, in the order they first appear.
    pub fn coders(&self) -> &[String] {
        &self.coders
    }

    /// The codes, in the order they first appear.
    pub fn codes(&self) -> &[String] {
        &self.codes
    }

    /// The codes `coder` applied to `unit`, in codebook order: empty when the coder read the unit and
    /// applied nothing, `None` when the coder never read it (or either name is unknown).
    pub fn codes_applied(&self, unit: &str, coder: &str) -> Option<Vec<&str>> {
        let unit_position = *self.unit_index.get(unit)?;
        let coder_position = *self.coder_index.get(coder)?;
        let codes = self.applied.get(&(unit_position, coder_position))?;
        Some(
            codes
                .iter()
                .map(|&code| self.codes[code].as_str())
                .collect(),
        )
    }

    /// The sheet as one nominal rating per unit and coder, for single-choice coding where each coder
    /// applies exactly one code to each unit read; the value is the code's name.
    ///
    /// # Errors
    /// [`ReliabilityError::NotOneCode`] when a coder applied no code or several to a unit.
    pub fn single_code_ratings(&self) -> Result<Ratings, ReliabilityError> {
        let mut ratings = Vec::with_capacity(self.applied.len());
        // Going by unit first keeps the units' order of first appearance in the ratings.
        for (&(unit, coder), codes) in &self.applied {
            let mut codes_iter = codes.iter();
            match (codes_iter.next(), codes_iter.next()) {
                (Some(&code), None) => ratings.push(Rating::new(
                    self.units[unit].clone(),
                    self.coders[coder].clone(),
                    self.codes[code].as_str(),
                )),
                _ => {
                    return Err(ReliabilityError::NotOneCode {
                        unit: self.units[unit].clone(),
                        coder: self.coders[coder].clone(),
                        count: codes.len(),
                    });
                }
            }
        }
        Ratings::new(ratings)
    }

    /// The coders who read `unit`, in coder order, each with the codes applied.
    fn readers(&self, unit: usize) -> impl Iterator<Item = (usize, &BTreeSet<usize>)> {
        self.applied
            .range((unit, 0)..(unit + 1, 0))
            .map(|(&(_, coder), codes)| (coder, codes))
    }
}

/// The agreement on one code, or on all codes pooled, as present (1) or absent (0).
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct CodeScores {
    /// Percent agreement on presence.
    pub agreement: Agreement,
    /// Cohen's kappa when the sheet has exactly two coders, over the units both read; `None` otherwise.
    pub cohen_kappa: Option<Kappa>,
    /// Fleiss' kappa when every counted unit was read by the same number of coders; `None` otherwise.
    pub fleiss_kappa: Option<Kappa>,
    /// Krippendorff's nominal alpha, for any number of coders.
    pub alpha: Alpha,
}

/// A unit on which coders disagree about one code.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeDisagreement {
    /// The unit.
    pub unit: String,
    /// The coders who applied the code, in coder order.
    pub applied_by: Vec<String>,
    /// The coders who read the unit and did not apply it, in coder order.
    pub not_applied_by: Vec<String>,
}

/// The agreement on one code of the codebook.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodeReliability {
    /// The code.
    pub code: String,
    /// Its scores.
    pub scores: CodeScores,
    /// The counted units where some coders applied the code and others did not, in unit order.
    pub disagreements: Vec<CodeDisagreement>,
}

/// The per-code reliability of a codebook-coded sheet; see [`code_reliability`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodebookReliability {
    /// One entry per code, in codebook order.
    pub codes: Vec<CodeReliability>,
    /// Every (unit, code) decision pooled as one binary rating, each counted unit and code being one
    /// recording unit.
    pub overall: CodeScores,
    /// Units left out because no coder who read them applied any code: uncoded text is not agreement.
    pub uncoded_units: Vec<String>,
    /// Units left out because only one coder read them, so that nobody's coding can be compared with it.
    pub single_coder_units: Vec<String>,
}

/// The coders who read a unit, each with the codes applied.
type Readers<'a> = Vec<(usize, &'a BTreeSet<usize>)>;

/// The reliability of each code of a codebook-coded sheet, with the units where coders disagree.
///
/// Each code is a binary variable: for a unit and a coder who read it, the code is present (1) if the
/// coder applied it and absent (0) if not; a coder who never read the unit is missing. The rule for
/// which units count:
///
/// - A unit to which no coder applied any code at all is left out of every code and of the pooled scores,
///   and listed in [`CodebookReliability::uncoded_units`]. Text that nobody coded says nothing about
///   whether the coders apply the codebook alike, and counting it as agreement on the absence of every
///   code would inflate agreement with the share of uncoded text.
/// - A unit to which some coder applied some code counts for every code: coders who read it and did not
///   apply a code agree on that code's absence, because they were coding that text and chose other codes.
/// - A unit read by one coder only is left out, as it has nothing to compare, and listed in
///   [`CodebookReliability::single_coder_units`].
///
/// The pooled scores in [`CodebookReliability::overall`] treat every counted (unit, code) pair as one
/// recording unit of binary data.
pub fn code_reliability(sheet: &CodedSheet) -> CodebookReliability {
    let mut uncoded_units = Vec::new();
    let mut single_coder_units = Vec::new();
    let mut counted: Vec<(usize, Readers<'_>)> = Vec::new();
    for unit in 0..sheet.units.len() {
        let readers: Readers<'_> = sheet.readers(unit).collect();
        if readers.iter().all(|(_, codes)| codes.is_empty()) {
            uncoded_units.push(sheet.units[unit].clone());
        } else if readers.len() < 2 {
            single_coder_units.push(sheet.units[unit].clone());
        } else {
            counted.push((unit, readers));
        }
    }
    let two_coders = sheet.coders.len() == 2;
    let scores_of = |units: &[Vec<Cell>]| CodeScores {
        agreement: agreement_of(units),
        fleiss_kappa: units.first().and_then(|first| {
            let raters = first.len();
            units.iter().all(|cells| cells.len() == raters).then(|| {
                let counts: Vec<Vec<f64>> = units
                    .iter()
                    .map(|cells| {
                        let present = cells.iter().filter(|cell| cell.value == 1).count() as f64;
                        vec![cells.len() as f64 - present, present]
                    })
                    .collect();
                fleiss_kappa_counts(&counts)
                    .expect("present/absent counts of equal totals are a valid table")
            })
        }),
        cohen_kappa: two_coders.then(|| {
            cohen_kappa_table(&pair_table(units, 2, 0, 1), KappaWeights::Unweighted)
                .expect("a 2 × 2 table of counts is always a valid unweighted table")
        }),
        alpha: alpha_of(
            &coincidences_of(units, 2),
            None,
            Level::Nominal,
            units.iter().filter(|cells| cells.len() >= 2).count(),
        ),
    };
    let mut pooled_units = Vec::with_capacity(counted.len() * sheet.codes.len());
    let mut codes = Vec::with_capacity(sheet.codes.len());
    for code in 0..sheet.codes.len() {
        let mut code_units = Vec::with_capacity(counted.len());
        let mut disagreements = Vec::new();
        for (unit, readers) in &counted {
            let cells: Vec<Cell> = readers
                .iter()
                .map(|&(coder, applied)| Cell {
                    coder,
                    value: usize::from(applied.contains(&code)),
                })
                .collect();
            let (applied_by, not_applied_by): (Vec<&Cell>, Vec<&Cell>) =
                cells.iter().partition(|cell| cell.value == 1);
            if !applied_by.is_empty() && !not_applied_by.is_empty() {
                let names = |cells: Vec<&Cell>| {
                    cells
                        .iter()
                        .map(|cell| sheet.coders[cell.coder].clone())
                        .collect()
                };
                disagreements.push(CodeDisagreement {
                    unit: sheet.units[*unit].clone(),
                    applied_by: names(applied_by),
                    not_applied_by: names(not_applied_by),
                });
            }
            code_units.push(cells);
        }
        codes.push(CodeReliability {
            code: sheet.codes[code].clone(),
            scores: scores_of(&code_units),
            disagreements,
        });
        pooled_units.extend(code_units);
    }
    CodebookReliability {
        codes,
        overall: scores_of(&pooled_units),
        uncoded_units,
        single_coder_units,
    }
}

// ---------------------------------------------------------------------------------------------------------
// Reliability sheets as CSV
// ---------------------------------------------------------------------------------------------------------

/// Why a reliability sheet could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SheetError {
    /// The text has no header.
    #[error("the sheet is empty\nhint: start it with the header `unit,coder,code`")]
    Empty,
    /// The header lacks a required column.
    #[error(
        "line {line}: the header has no `{column}` column\nhint: the header names the columns `unit`, `coder` and `code`, in any order; it has {found}"
    )]
    MissingColumn {
        /// The header's 1-based line.
        line: u64,
        /// The column missing.
        column: &'static str,
        /// The header's columns, each in backticks.
        found: String,
    },
    /// The header names a required column twice.
    #[error(
        "line {line}: the header names the column `{column}` twice\nhint: keep one `{column}` column and rename the other"
    )]
    DuplicateColumn {
        /// The header's 1-based line.
        line: u64,
        /// The column named twice.
        column: &'static str,
    },
    /// A row is too short to hold a field.
    #[error(
        "line {line}: the row has no `{field}` field\nhint: every row has as many fields as the header, even when `code` is empty"
    )]
    MissingField {
        /// The row's 1-based line.
        line: u64,
        /// The field missing.
        field: &'static str,
    },
    /// A row's unit or coder is empty.
    #[error(
        "line {line}: the field `{field}` is empty\nhint: every row names its unit and its coder; only `code` may be empty, for a unit the coder read and left uncoded"
    )]
    EmptyField {
        /// The row's 1-based line.
        line: u64,
        /// The empty field.
        field: &'static str,
    },
    /// The text is not well-formed CSV.
    #[error("line {line}: the CSV is malformed: {message}")]
    Malformed {
        /// The 1-based line of the record that could not be read.
        line: u64,
        /// The CSV reader's description.
        message: String,
    },
}

/// Turns the byte offset of a record into the 1-based line an editor shows.
struct LineFinder {
    /// The byte offsets at which lines start.
    line_starts: Vec<usize>,
    /// The text's bytes, to step over the line ends before a record.
    text: Vec<u8>,
}

impl LineFinder {
    fn new(text: &str) -> LineFinder {
        let line_starts = std::iter::once(0)
            .chain(
                text.bytes()
                    .enumerate()
                    .filter(|&(_, byte)| byte == b'\n')
                    .map(|(offset, _)| offset + 1),
            )
            .collect();
        LineFinder {
            line_starts,
            text: text.as_bytes().to_vec(),
        }
    }

    fn line_at(&self, byte: u64) -> u64 {
        let mut offset = usize::try_from(byte).unwrap_or(usize::MAX);
        // The csv reader's record offset may point before the record: at the `\n` of the previous CRLF line
        // end, or at blank lines it skipped. A record never starts with a line end, so the first byte
        // that is not one is the record's own.
        while matches!(self.text.get(offset), Some(b'\n' | b'\r')) {
            offset += 1;
        }
        self.line_starts.partition_point(|&start| start <= offset) as u64
    }
}

/// Reads a reliability sheet from CSV text whose header names the columns `unit`, `coder` and `code`.
///
/// Each row says that a coder read a unit and, when `code` is not empty, applied that code to it; a unit
/// to which a coder applied several codes takes several rows, and a row with an empty `code` records a
/// unit the coder read and left uncoded. A unit a coder has no row for is missing for that coder. The
/// header's columns may come in any order and with any case, and other columns are ignored. Fields are
/// trimmed, rows whose fields are all empty are skipped, and a byte order mark is ignored. Applying a code
/// twice counts once.
///
/// # Errors
/// A [`SheetError`] naming the line and field, with a hint.
pub fn parse_sheet(text: &str) -> Result<CodedSheet, SheetError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let lines = LineFinder::new(text);
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let line_of = |position: Option<&csv::Position>| {
        position.map_or(0, |position| lines.line_at(position.byte()))
    };
    let mut columns: Option<[usize; 3]> = None;
    let mut sheet = CodedSheet::new();
    for record in reader.records() {
        let record = record.map_err(|error| SheetError::Malformed {
            line: line_of(error.position()),
            message: csv_message(&error),
        })?;
        if record.iter().all(str::is_empty) {
            continue;
        }
        let line = line_of(record.position());
        let Some([unit_column, coder_column, code_column]) = columns else {
            columns = Some(header_columns(&record, line)?);
            continue;
        };
        let field = |column: usize, name: &'static str| {
            record
                .get(column)
                .ok_or(SheetError::MissingField { line, field: name })
        };
        let unit = field(unit_column, "unit")?;
        let coder = field(coder_column, "coder")?;
        let code = field(code_column, "code")?;
        for (value, name) in [(unit, "unit"), (coder, "coder")] {
            if value.is_empty() {
                return Err(SheetError::EmptyField { line, field: name });
            }
        }
        if code.is_empty() {
            sheet.read(unit, coder);
        } else {
            sheet.apply(unit, coder, code);
        }
    }
    if columns.is_none() {
        return Err(SheetError::Empty);
    }
    Ok(sheet)
}

/// The positions of the `unit`, `coder` and `code` columns in the header.
fn header_columns(header: &csv::StringRecord, line: u64) -> Result<[usize; 3], SheetError> {
    let names = ["unit", "coder", "code"];
    let mut positions = [None; 3];
    for (position, name) in header.iter().enumerate() {
        if let Some(wanted) = names
            .iter()
            .position(|wanted| wanted.eq_ignore_ascii_case(name))
        {
            if positions[wanted].is_some() {
                return Err(SheetError::DuplicateColumn {
                    line,
                    column: names[wanted],
                });
            }
            positions[wanted] = Some(position);
        }
    }
    let mut found = [0; 3];
    for (wanted, position) in positions.iter().enumerate() {
        found[wanted] = position.ok_or_else(|| SheetError::MissingColumn {
            line,
            column: names[wanted],
            found: header
                .iter()
                .map(|name| format!("`{name}`"))
                .collect::<Vec<_>>()
                .join(", "),
        })?;
    }
    Ok(found)
}

/// The CSV reader's description of an error, without the position that [`SheetError`] gives as a line.
fn csv_message(error: &csv::Error) -> String {
    match error.kind() {
        csv::ErrorKind::Utf8 { err, .. } => format!("a field is not UTF-8 ({err})"),
        csv::ErrorKind::UnequalLengths {
            expected_len, len, ..
        } => {
            format!("the record has {len} fields where {expected_len} are expected")
        }
        _ => error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Ratings written unit after unit, separated by `|`, each unit's values in coder order with `.` where
    /// the coder gave none: `"1 2 . | 3 3 3"`. When every value reads as a number they are numbers, else
    /// categories. Units are named `u1`, `u2`, … and coders `c1`, `c2`, ….
    fn ratings(text: &str) -> Ratings {
        let units: Vec<Vec<&str>> = text
            .split('|')
            .map(|unit| unit.split_whitespace().collect())
            .collect();
        let all_numbers = units
            .iter()
            .flatten()
            .filter(|token| **token != ".")
            .all(|token| token.parse::<f64>().is_ok());
        let mut list = Vec::new();
        for (unit, tokens) in units.iter().enumerate() {
            for (coder, token) in tokens.iter().enumerate() {
                if *token == "." {
                    continue;
                }
                let value = if all_numbers {
                    Value::Number(token.parse().expect("checked to be a number"))
                } else {
                    Value::from(*token)
                };
                list.push(Rating::new(
                    format!("u{}", unit + 1),
                    format!("c{}", coder + 1),
                    value,
                ));
            }
        }
        Ratings::new(list).expect("the test's ratings are well formed")
    }

    #[derive(Debug, Clone, Copy)]
    enum Measure {
        Agreement,
        Cohen,
        Fleiss,
        Alpha(Level),
    }

    fn compute(measure: Measure, ratings: &Ratings) -> Coefficient {
        match measure {
            Measure::Agreement => percent_agreement(ratings).proportion,
            Measure::Cohen => cohen_kappa(ratings).expect("two coders").coefficient,
            Measure::Fleiss => {
                fleiss_kappa(ratings)
                    .expect("equal ratings per unit")
                    .coefficient
            }
            Measure::Alpha(level) => {
                krippendorff_alpha(ratings, level)
                    .expect("a fitting level")
                    .coefficient
            }
        }
    }

    fn is(value: f64) -> Coefficient {
        Coefficient::Value(value)
    }

    const NOTHING: Coefficient = Coefficient::Undefined(Undefined::NothingToCompare);
    const NO_VARIATION: Coefficient = Coefficient::Undefined(Undefined::NoVariation);

    /// Checks one measure of the ratings written as `data` against a value computed by hand, or against
    /// the reason the measure is undefined.
    fn check(measure: Measure, data: &str, expected: Coefficient) {
        let computed = compute(measure, &ratings(data));
        match (computed, expected) {
            (Coefficient::Value(computed), Coefficient::Value(expected)) => assert!(
                (computed - expected).abs() < 1e-12,
                "{measure:?} of `{data}` is {computed}, expected {expected}"
            ),
            _ => assert_eq!(computed, expected, "{measure:?} of `{data}`"),
        }
    }

    #[test]
    fn percent_agreement_averages_each_units_share_of_agreeing_pairs() {
        use Measure::Agreement;
        check(Agreement, "a a | a b | b b | b b", is(0.75));
        // The third unit has one rating and is left out; the first agrees fully, the second not at all.
        check(Agreement, "a a a | a b . | b . .", is(0.5));
        // Three coders, two of whom agree: one pair of three.
        check(Agreement, "a a a | a a b", is((1.0 + 1.0 / 3.0) / 2.0));
        check(Agreement, "a . | . b", NOTHING);
    }

    #[test]
    fn percent_agreement_counts_units_and_pairs() {
        let agreement = percent_agreement(&ratings("a a a | a a b | c . ."));
        assert_eq!(
            (agreement.units, agreement.pairs, agreement.agreeing_pairs),
            (2, 6, 4)
        );
        assert!((agreement.percent().expect("defined") - 200.0 / 3.0).abs() < 1e-9);
    }

    #[test]
    fn cohen_kappa_of_hand_computed_tables() {
        use Measure::Cohen;
        // Observed 3/4; the coders' shares of `a` are 1/2 and 1/4, so chance is 1/8 + 3/8 = 1/2.
        check(Cohen, "a a | a b | b b | b b", is(0.5));
        // A unit rated by one coder only does not enter the table.
        check(Cohen, "a a | a b | b b | b b | a .", is(0.5));
        check(Cohen, "a a | b b", is(1.0));
        // Systematic disagreement with balanced marginals: observed 0, chance 1/2.
        check(Cohen, "a b | b a", is(-1.0));
        check(Cohen, "a a | a a", NO_VARIATION);
        check(Cohen, "a . | . b", NOTHING);
    }

    #[test]
    fn weighted_cohen_kappa_of_a_hand_computed_table() {
        // Rows sum to 2, 1, 1 and columns to 1, 1, 2 of 4; the off-diagonal unit is two categories apart.
        let table = vec![
            vec![1.0, 0.0, 1.0],
            vec![0.0, 1.0, 0.0],
            vec![0.0, 0.0, 1.0],
        ];
        let scores = [0.0, 1.0, 2.0];
        let cases = [
            // Observed 3/4, chance 5/16.
            (KappaWeights::Unweighted, 7.0 / 11.0),
            // Observed 3/4, chance 1/2.
            (KappaWeights::Linear(&scores), 0.5),
            // Observed 3/4, chance 19/32.
            (KappaWeights::Quadratic(&scores), 5.0 / 13.0),
        ];
        for (weights, expected) in cases {
            let kappa = cohen_kappa_table(&table, weights).expect("a valid table");
            let computed = kappa.coefficient.value().expect("defined");
            assert!(
                (computed - expected).abs() < 1e-12,
                "{weights:?}: {computed}, expected {expected}"
            );
        }
    }

    #[test]
    fn weighted_kappa_with_scores_only_in_their_order_equals_unweighted_for_two_categories() {
        let table = vec![vec![1.0, 1.0], vec![0.0, 2.0]];
        let unweighted = cohen_kappa_table(&table, KappaWeights::Unweighted).expect("valid");
        let linear = cohen_kappa_table(&table, KappaWeights::Linear(&[3.0, 7.0])).expect("valid");
        assert_eq!(unweighted.coefficient, is(0.5));
        assert_eq!(linear.coefficient, is(0.5));
    }

    #[test]
    fn perfect_agreement_has_a_standard_error_of_zero() {
        let kappa = cohen_kappa_table(&[vec![2.0, 0.0], vec![0.0, 2.0]], KappaWeights::Unweighted)
            .expect("valid");
        assert_eq!(kappa.coefficient, is(1.0));
        assert_eq!(kappa.standard_error, Some(0.0));
        assert_eq!(kappa.confidence_95, Some((1.0, 1.0)));
    }

    #[test]
    fn a_kappa_weighting_every_pair_alike_is_undefined() {
        let table = vec![vec![1.0, 1.0], vec![0.0, 2.0]];
        let kappa = cohen_kappa_table(&table, KappaWeights::Linear(&[5.0, 5.0])).expect("valid");
        assert_eq!(kappa.coefficient, NO_VARIATION);
        assert_eq!(kappa.standard_error, None);
    }

    #[test]
    fn fleiss_kappa_of_hand_computed_units() {
        use Measure::Fleiss;
        // Unit agreements 1, 0, 1 average 2/3; both categories take half the ratings, so chance is 1/2.
        check(Fleiss, "a a | a b | b b", is(1.0 / 3.0));
        // Unit agreements 1/3, 1/3, 1 average 5/9, exactly the chance of shares 2/3 and 1/3.
        check(Fleiss, "a a b | a b b | a a a", is(0.0));
        check(Fleiss, "a a a | a a a", NO_VARIATION);
        check(Fleiss, "a | b", NOTHING);
    }

    #[test]
    fn fleiss_kappa_needs_the_same_number_of_ratings_per_unit() {
        assert_eq!(
            fleiss_kappa(&ratings("a a | a . | b b")),
            Err(ReliabilityError::UnequalRatings {
                unit: "u2".to_owned(),
                found: 1,
                first_unit: "u1".to_owned(),
                expected: 2,
            })
        );
        assert_eq!(
            fleiss_kappa_counts(&[vec![2.0, 0.0], vec![1.0, 2.0]]),
            Err(ReliabilityError::UnequalRowTotals {
                row: 2,
                found: 3.0,
                expected: 2.0,
            })
        );
    }

    #[test]
    fn fleiss_kappa_counts_equals_fleiss_kappa_of_the_same_ratings() {
        let from_ratings = fleiss_kappa(&ratings("a a b | a b b | a a a")).expect("valid");
        let from_counts =
            fleiss_kappa_counts(&[vec![2.0, 1.0], vec![1.0, 2.0], vec![3.0, 0.0]]).expect("valid");
        assert_eq!(from_ratings, from_counts);
        assert!(close(from_counts.observed_agreement, 5.0 / 9.0));
    }

    #[test]
    fn nominal_alpha_of_hand_computed_coincidences() {
        let nominal = Measure::Alpha(Level::Nominal);
        // Coincidences a–a 2, a–b 1 and b–a 1, b–b 4: n_a = 3, n_b = 5, alpha = 1 − 7 × 2 / (2 × 15).
        check(nominal, "a a | a b | b b | b b", is(8.0 / 15.0));
        // A value alone in its unit is not pairable and changes nothing, even a value seen nowhere else.
        check(nominal, "a a | a b | b b | b b | a .", is(8.0 / 15.0));
        check(nominal, "a a | a b | b b | b b | . c", is(8.0 / 15.0));
        check(nominal, "a a | b b", is(1.0));
        // n_a = n_b = 2 and all four pairable values disagree: alpha = 1 − 3 × 4 / 8.
        check(nominal, "a b | b a", is(-0.5));
        // Three coders with a missing value: the first unit's pairs weigh 1/2 each, so a–a 1, a–b 2, b–a 2.
        check(nominal, "a a b | a b .", is(-1.0 / 3.0));
        check(nominal, "a a | a a", NO_VARIATION);
        check(nominal, "a . | . b", NOTHING);
    }

    #[test]
    fn metric_alphas_of_hand_computed_coincidences() {
        use Level::{Interval, Ordinal, Ratio};
        // Pairable values 1, 2, 3, 3; only the first unit disagrees, by 1 − 2.
        check(
            Measure::Alpha(Interval),
            "1 2 | 3 3",
            is(1.0 - 3.0 * 2.0 / 22.0),
        );
        // Ordinal distances from marginals 1, 1, 2: 1² for 1–2, 2.5² for 1–3, 1.5² for 2–3.
        check(
            Measure::Alpha(Ordinal),
            "1 2 | 3 3",
            is(1.0 - 3.0 * 2.0 / 36.0),
        );
        check(
            Measure::Alpha(Ratio),
            "1 2 | 3 3",
            is(1.0 - 3.0 * (2.0 / 9.0) / (2.0 / 9.0 + 1.0 + 4.0 / 25.0)),
        );
        // Three coders: the first unit's six ordered pairs weigh 1/2 each.
        check(
            Measure::Alpha(Interval),
            "1 2 3 | 2 2 .",
            is(1.0 - 4.0 * 6.0 / 20.0),
        );
    }

    #[test]
    fn ordinal_alpha_reads_only_the_order_and_interval_alpha_no_scale() {
        check(
            Measure::Alpha(Level::Ordinal),
            "10 20 | 90 90",
            is(1.0 - 3.0 * 2.0 / 36.0),
        );
        check(
            Measure::Alpha(Level::Interval),
            "10 20 | 30 30",
            is(1.0 - 3.0 * 2.0 / 22.0),
        );
    }

    #[test]
    fn alpha_reports_its_disagreements_and_pairable_values() {
        let alpha =
            krippendorff_alpha(&ratings("1 2 | 3 3 | 4 ."), Level::Interval).expect("numbers");
        assert_eq!((alpha.units, alpha.pairable_values), (2, 4));
        assert_eq!(alpha.observed_disagreement, Some(2.0 / 4.0));
        assert_eq!(alpha.expected_disagreement, Some(22.0 / 12.0));
    }

    #[test]
    fn coincidence_matrix_counts_each_pairable_value_once() {
        let matrix = coincidences(&ratings("a a b | a b . | c . ."));
        assert_eq!(
            matrix.values,
            vec![Value::from("a"), Value::from("b"), Value::from("c")]
        );
        assert_eq!(
            matrix.counts,
            vec![
                vec![1.0, 2.0, 0.0],
                vec![2.0, 0.0, 0.0],
                vec![0.0, 0.0, 0.0]
            ]
        );
    }

    #[test]
    fn misuse_is_an_error() {
        assert_eq!(
            krippendorff_alpha(&ratings("a b | b b"), Level::Interval),
            Err(ReliabilityError::NotNumeric {
                level: Level::Interval
            })
        );
        assert_eq!(
            krippendorff_alpha(&ratings("-1 2 | 3 3"), Level::Ratio),
            Err(ReliabilityError::NegativeRatio { value: -1.0 })
        );
        assert_eq!(
            cohen_kappa(&ratings("a a b | a b b")),
            Err(ReliabilityError::NotTwoCoders { count: 3 })
        );
        assert_eq!(
            cohen_kappa_table(&[vec![1.0, 2.0]], KappaWeights::Unweighted),
            Err(ReliabilityError::RaggedTable {
                row: 1,
                found: 2,
                expected: 1,
            })
        );
        assert_eq!(
            cohen_kappa_table(&[vec![1.0, -2.0], vec![0.0, 1.0]], KappaWeights::Unweighted),
            Err(ReliabilityError::BadCount {
                row: 1,
                column: 2,
                value: -2.0,
            })
        );
        assert_eq!(
            cohen_kappa_table(
                &[vec![1.0, 0.0], vec![0.0, 1.0]],
                KappaWeights::Linear(&[1.0])
            ),
            Err(ReliabilityError::ScoreCount {
                found: 1,
                expected: 2,
            })
        );
    }

    #[test]
    fn ratings_are_checked_as_they_are_taken() {
        assert_eq!(
            Ratings::new([Rating::new("u1", "ann", "a"), Rating::new("u1", "ann", "b")]),
            Err(ReliabilityError::DuplicateRating {
                unit: "u1".to_owned(),
                coder: "ann".to_owned(),
            })
        );
        assert!(matches!(
            Ratings::new([Rating::new("u1", "ann", f64::NAN)]),
            Err(ReliabilityError::NotFinite { .. })
        ));
        assert_eq!(
            Ratings::new([Rating::new("u1", "ann", "a"), Rating::new("u1", "ben", 1.0)]),
            Err(ReliabilityError::MixedValues {
                unit: "u1".to_owned(),
                coder: "ben".to_owned(),
            })
        );
        let numbers = Ratings::from_rows(&[vec![Some(-0.0), Some(0.0)], vec![None, Some(2.0)]])
            .expect("finite");
        assert_eq!(numbers.values(), &[Value::Number(0.0), Value::Number(2.0)]);
        assert_eq!(
            (
                numbers.units().len(),
                numbers.coders().len(),
                numbers.rating_count()
            ),
            (2, 2, 3)
        );
    }

    #[test]
    fn error_messages_are_one_sentence_with_values_in_backticks() {
        let error = ReliabilityError::DuplicateRating {
            unit: "u1".to_owned(),
            coder: "ann".to_owned(),
        };
        assert_eq!(error.to_string(), "coder `ann` rated unit `u1` twice");
    }

    /// A sheet of two coders whose counted units are u1, u2 and u5: u3 is uncoded by both and u4 was read
    /// by ann only.
    const TWO_CODER_SHEET: &str = "unit,coder,code
u1,ann,trade
u1,ben,trade
u1,ben,border
u2,ann,trade
u2,ben,
u3,ann,
u3,ben,
u4,ann,border
u5,ann,border
u5,ben,border
";

    fn close(computed: Option<f64>, expected: f64) -> bool {
        computed.is_some_and(|computed| (computed - expected).abs() < 1e-12)
    }

    #[test]
    fn code_reliability_measures_each_code_as_present_or_absent() {
        let sheet = parse_sheet(TWO_CODER_SHEET).expect("a valid sheet");
        let report = code_reliability(&sheet);
        assert_eq!(report.uncoded_units, vec!["u3".to_owned()]);
        assert_eq!(report.single_coder_units, vec!["u4".to_owned()]);
        let codes: Vec<&str> = report.codes.iter().map(|code| code.code.as_str()).collect();
        assert_eq!(codes, ["trade", "border"]);
        for code in &report.codes {
            let scores = code.scores;
            // Each code is agreed on in two of the three counted units; were the uncoded u3 counted as
            // agreement on absence, it would be three of four.
            assert!(
                close(scores.agreement.proportion.value(), 2.0 / 3.0),
                "{}",
                code.code
            );
            // Observed 2/3, chance 1/3 × 2/3 + 2/3 × 1/3 = 4/9.
            let kappa = scores.cohen_kappa.expect("two coders");
            assert!(close(kappa.coefficient.value(), 0.4), "{}", code.code);
            // Three absent and three present pairable values, two of them disagreeing: 1 − 5 × 2 / 18.
            assert!(
                close(scores.alpha.coefficient.value(), 4.0 / 9.0),
                "{}",
                code.code
            );
        }
        let disagreement = |unit: &str, applied: &str, not_applied: &str| CodeDisagreement {
            unit: unit.to_owned(),
            applied_by: vec![applied.to_owned()],
            not_applied_by: vec![not_applied.to_owned()],
        };
        assert_eq!(
            report.codes[0].disagreements,
            vec![disagreement("u2", "ann", "ben")]
        );
        assert_eq!(
            report.codes[1].disagreements,
            vec![disagreement("u1", "ben", "ann")]
        );
    }

    #[test]
    fn code_reliability_pools_every_unit_and_code() {
        let report = code_reliability(&parse_sheet(TWO_CODER_SHEET).expect("a valid sheet"));
        let overall = report.overall;
        assert_eq!(overall.agreement.units, 6);
        assert!(close(overall.agreement.proportion.value(), 2.0 / 3.0));
        // The pooled table is [[2, 1], [1, 2]]: observed 2/3, chance 1/2.
        assert!(close(
            overall.cohen_kappa.expect("two coders").coefficient.value(),
            1.0 / 3.0
        ));
        // Six absent and six present pairable values, four disagreeing: 1 − 11 × 4 / 72.
        assert!(close(overall.alpha.coefficient.value(), 7.0 / 18.0));
    }

    #[test]
    fn code_reliability_of_three_coders_has_no_cohen_kappa() {
        let sheet = parse_sheet("unit,coder,code\nu1,a,x\nu1,b,x\nu1,c,\nu2,a,\nu2,b,\nu2,c,\n")
            .expect("valid");
        let report = code_reliability(&sheet);
        assert_eq!(report.uncoded_units, vec!["u2".to_owned()]);
        let scores = report.codes[0].scores;
        assert_eq!(scores.cohen_kappa, None);
        assert!(close(scores.agreement.proportion.value(), 1.0 / 3.0));
        // Only u1 counts: coincidences present–present 1, present–absent 1 and absent–present 1, so n = 3
        // and alpha = 1 − 2 × 2 / 4.
        assert!(close(scores.alpha.coefficient.value(), 0.0));
        assert_eq!(
            report.codes[0].disagreements[0].not_applied_by,
            vec!["c".to_owned()]
        );
    }

    #[test]
    fn a_code_every_coder_applied_everywhere_has_no_variation() {
        let sheet =
            parse_sheet("unit,coder,code\nu1,a,x\nu1,b,x\nu2,a,x\nu2,b,x\n").expect("valid");
        let scores = code_reliability(&sheet).codes[0].scores;
        assert_eq!(scores.agreement.proportion, is(1.0));
        assert_eq!(scores.alpha.coefficient, NO_VARIATION);
        assert_eq!(
            scores.cohen_kappa.expect("two coders").coefficient,
            NO_VARIATION
        );
    }

    #[test]
    fn single_code_ratings_need_exactly_one_code() {
        let sheet = parse_sheet("unit,coder,code\nu1,ann,a\nu1,ben,a\nu2,ann,b\nu2,ben,a\n")
            .expect("valid");
        let ratings = sheet.single_code_ratings().expect("one code each");
        assert_eq!(percent_agreement(&ratings).proportion, is(0.5));
        let empty = parse_sheet("unit,coder,code\nu1,ann,a\nu1,ben,\n").expect("valid");
        assert_eq!(
            empty.single_code_ratings(),
            Err(ReliabilityError::NotOneCode {
                unit: "u1".to_owned(),
                coder: "ben".to_owned(),
                count: 0,
            })
        );
    }

    #[test]
    fn sheet_keeps_read_but_uncoded_apart_from_never_read() {
        let sheet =
            parse_sheet("unit,coder,code\nu1,ann,x\nu1,ann,x\nu1,ben,\nu2,ben,y\n").expect("valid");
        assert_eq!(sheet.codes_applied("u1", "ann"), Some(vec!["x"]));
        assert_eq!(sheet.codes_applied("u1", "ben"), Some(vec![]));
        assert_eq!(sheet.codes_applied("u2", "ann"), None);
        assert_eq!(sheet.codes(), ["x", "y"]);
    }

    #[test]
    fn sheet_header_may_reorder_recase_and_add_columns() {
        let text = "\u{feff}Coder , CODE,note,Unit\nann,x,first pass,u1\n,,,\nben, x ,,u1\n";
        let sheet = parse_sheet(text).expect("valid");
        assert_eq!(sheet.units(), ["u1"]);
        assert_eq!(sheet.coders(), ["ann", "ben"]);
        assert_eq!(sheet.codes_applied("u1", "ben"), Some(vec!["x"]));
    }

    #[test]
    fn sheet_errors_name_the_line_and_field() {
        let missing_code = SheetError::MissingColumn {
            line: 1,
            column: "code",
            found: "`unit`, `coder`".to_owned(),
        };
        assert_eq!(parse_sheet("unit,coder\nu1,ann\n"), Err(missing_code));
        assert_eq!(
            parse_sheet("unit,coder,code,unit\n"),
            Err(SheetError::DuplicateColumn {
                line: 1,
                column: "unit"
            })
        );
        assert_eq!(parse_sheet(""), Err(SheetError::Empty));
        assert_eq!(parse_sheet("\n,,\n"), Err(SheetError::Empty));
        let empty_unit = SheetError::EmptyField {
            line: 4,
            field: "unit",
        };
        assert_eq!(
            parse_sheet("unit,coder,code\nu1,ann,x\n\n,ben,x\n"),
            Err(empty_unit.clone())
        );
        // CRLF line ends give the same line numbers as LF.
        assert_eq!(
            parse_sheet("unit,coder,code\r\nu1,ann,x\r\n\r\n,ben,x\r\n"),
            Err(empty_unit)
        );
        // A quoted field spanning two lines moves the next row's line on by one.
        assert_eq!(
            parse_sheet("unit,coder,code\nu1,ann,\"two\nlines\"\nu2,,x\n"),
            Err(SheetError::EmptyField {
                line: 4,
                field: "coder"
            })
        );
        assert_eq!(
            parse_sheet("unit,coder,code\nu1,ann\n"),
            Err(SheetError::MissingField {
                line: 2,
                field: "code"
            })
        );
    }

    #[test]
    fn sheet_error_message_gives_a_hint() {
        let message = SheetError::EmptyField {
            line: 4,
            field: "unit",
        }
        .to_string();
        assert_eq!(
            message,
            "line 4: the field `unit` is empty\nhint: every row names its unit and its coder; only `code` may be \
             empty, for a unit the coder read and left uncoded"
        );
    }
}
