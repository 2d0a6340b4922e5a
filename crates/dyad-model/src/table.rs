//! Holds export tables: named, typed columns and rows of plain values, as R, pandas and SQL read them.
//!
//! The evidence base builds the tables of observations and events, the measures the table of indicator
//! values; the command line writes them as CSV or Parquet and the evidence base as SQLite. Values stay
//! numbers: nothing is formatted or rounded on the way out.

/// The type of an exported column.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ColumnKind {
    /// Text.
    Text,
    /// A double.
    Number,
    /// A 64-bit integer.
    Integer,
    /// A date, `YYYY-MM-DD`, stored as text.
    Date,
}

impl ColumnKind {
    /// The Frictionless Table Schema type.
    pub fn frictionless(self) -> &'static str {
        match self {
            ColumnKind::Text => "string",
            ColumnKind::Number => "number",
            ColumnKind::Integer => "integer",
            ColumnKind::Date => "date",
        }
    }
}

/// One value of an exported row.
#[derive(Debug, Clone, PartialEq)]
pub enum Datum {
    /// No value.
    Null,
    /// A whole number.
    Integer(i64),
    /// A number.
    Number(f64),
    /// Text.
    Text(String),
}

impl Datum {
    /// Text, or no value when it is empty.
    pub fn text(value: &str) -> Datum {
        if value.is_empty() {
            Datum::Null
        } else {
            Datum::Text(value.to_string())
        }
    }

    /// A number, or no value.
    pub fn number(value: Option<f64>) -> Datum {
        value.map_or(Datum::Null, Datum::Number)
    }
}

/// A table to export: named, typed columns and rows.
#[derive(Debug, Clone, PartialEq)]
pub struct ExportTable {
    /// Its name: the file's stem and the SQL table's name.
    pub name: &'static str,
    /// Its columns, in order.
    pub columns: Vec<(String, ColumnKind)>,
    /// Its rows, each with one value per column.
    pub rows: Vec<Vec<Datum>>,
}

impl ExportTable {
    /// An empty table with these columns.
    pub fn new(name: &'static str, columns: &[(&str, ColumnKind)]) -> ExportTable {
        ExportTable {
            name,
            columns: columns
                .iter()
                .map(|(column, kind)| (column.to_string(), *kind))
                .collect(),
            rows: Vec::new(),
        }
    }

    /// The position of the column named `name`.
    pub fn column(&self, name: &str) -> Option<usize> {
        self.columns.iter().position(|(column, _)| column == name)
    }

    /// Each publisher named in the rows with the licence its rows carry, sorted: the attribution that
    /// travels with an export.
    pub fn publishers_and_licences(&self) -> Vec<(String, String)> {
        let (Some(publisher_at), Some(licence_at)) =
            (self.column("publisher"), self.column("licence"))
        else {
            return Vec::new();
        };
        let mut sources: Vec<(String, String)> = Vec::new();
        for row in &self.rows {
            let Datum::Text(publisher) = &row[publisher_at] else {
                continue;
            };
            let licence = match &row[licence_at] {
                Datum::Text(licence) => licence.clone(),
                _ => String::new(),
            };
            if !sources.iter().any(|(known, _)| known == publisher) {
                sources.push((publisher.clone(), licence));
            }
        }
        sources.sort();
        sources
    }
}
