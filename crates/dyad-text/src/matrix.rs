//! Cross-tabulates coded passages: how many passages of each theme also take each lens, fall in each
//! year, or come from each kind of document.
//!
//! A cell counts passages, not codes: a passage coded `security` twice (by two rules or on two spans)
//! and `realism` once counts once in the security × realism cell. Each cell's share is its count over
//! the passages of its theme, so a row reads "of the passages about security, 42% read it as realism".

use std::collections::{BTreeMap, BTreeSet};

use serde::Serialize;

/// One passage's codes and the column it falls in: its lenses, or its one year or kind.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CodedPassage {
    /// The theme keys it takes.
    pub themes: BTreeSet<String>,
    /// The columns it counts in (its lenses; or its year or kind, one value).
    pub columns: BTreeSet<String>,
}

/// One cell of the matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct MatrixCell {
    /// The theme.
    pub theme: String,
    /// The column (a lens, a year or a kind).
    pub column: String,
    /// Passages of the theme in the column.
    pub passages: usize,
    /// Of the theme's passages, the share in the column.
    pub share: f64,
}

/// A theme × column matrix.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Matrix {
    /// The themes, in the order asked.
    pub themes: Vec<String>,
    /// The columns, in the order asked.
    pub columns: Vec<String>,
    /// Passages of each theme.
    pub theme_passages: Vec<usize>,
    /// The cells, theme by theme, column by column.
    pub cells: Vec<MatrixCell>,
}

impl Matrix {
    /// The cell of `theme` and `column`.
    pub fn cell(&self, theme: &str, column: &str) -> Option<&MatrixCell> {
        self.cells
            .iter()
            .find(|cell| cell.theme == theme && cell.column == column)
    }
}

/// The matrix of `passages` over `themes` and `columns` (given in the order to print them; a column no
/// passage falls in is kept, with zeros).
pub fn cross(passages: &[CodedPassage], themes: &[String], columns: &[String]) -> Matrix {
    let mut counts: BTreeMap<(&str, &str), usize> = BTreeMap::new();
    let mut totals: BTreeMap<&str, usize> = BTreeMap::new();
    for passage in passages {
        for theme in &passage.themes {
            *totals.entry(theme).or_default() += 1;
            for column in &passage.columns {
                *counts.entry((theme, column)).or_default() += 1;
            }
        }
    }
    let mut cells = Vec::with_capacity(themes.len() * columns.len());
    let mut theme_passages = Vec::with_capacity(themes.len());
    for theme in themes {
        let total = totals.get(theme.as_str()).copied().unwrap_or(0);
        theme_passages.push(total);
        for column in columns {
            let count = counts
                .get(&(theme.as_str(), column.as_str()))
                .copied()
                .unwrap_or(0);
            cells.push(MatrixCell {
                theme: theme.clone(),
                column: column.clone(),
                passages: count,
                share: if total == 0 {
                    0.0
                } else {
                    count as f64 / total as f64
                },
            });
        }
    }
    Matrix {
        themes: themes.to_vec(),
        columns: columns.to_vec(),
        theme_passages,
        cells,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn set(items: &[&str]) -> BTreeSet<String> {
        items.iter().map(|item| item.to_string()).collect()
    }

    #[test]
    fn cells_count_passages_and_shares_are_of_the_themes_passages() {
        let passages = vec![
            CodedPassage {
                themes: set(&["security", "trust"]),
                columns: set(&["realism"]),
            },
            CodedPassage {
                themes: set(&["security"]),
                columns: set(&["realism", "liberalism"]),
            },
            CodedPassage {
                themes: set(&["security"]),
                columns: set(&[]),
            },
            CodedPassage {
                themes: set(&[]),
                columns: set(&["realism"]),
            },
        ];
        let themes = vec![
            "security".to_string(),
            "trust".to_string(),
            "trade".to_string(),
        ];
        let columns = vec![
            "realism".to_string(),
            "constructivism".to_string(),
            "liberalism".to_string(),
        ];
        let matrix = cross(&passages, &themes, &columns);
        assert_eq!(matrix.theme_passages, vec![3, 1, 0]);
        let realism = matrix.cell("security", "realism").unwrap();
        assert_eq!(realism.passages, 2);
        assert!((realism.share - 2.0 / 3.0).abs() < 1e-12);
        assert_eq!(matrix.cell("security", "liberalism").unwrap().passages, 1);
        assert_eq!(matrix.cell("trust", "realism").unwrap().share, 1.0);
        // A theme with no passage has zero shares, not NaN.
        assert_eq!(matrix.cell("trade", "realism").unwrap().share, 0.0);
        assert_eq!(matrix.cells.len(), 9);
    }
}
