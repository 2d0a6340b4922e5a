//! Writes rows of dyad's tidy figures format, the layout of every table in `data/pak-afg/`.

use anyhow::Result;
use serde::Serialize;

/// One row of the figures format. The field order is the column order.
#[derive(Debug, Clone, Default, Serialize)]
pub struct Figure {
    pub indicator: String,
    pub subject: String,
    pub period: String,
    pub value: String,
    pub unit: String,
    pub status: String,
    pub concept: String,
    pub basis: String,
    pub agency: String,
    pub publisher: String,
    pub dataset: String,
    pub vintage: String,
    pub vintage_date: String,
    pub url: String,
    pub licence: String,
    pub locator: String,
    pub note: String,
}

/// What every row taken from one published file shares.
#[derive(Debug, Clone, Default)]
pub struct Citation {
    pub publisher: String,
    pub dataset: String,
    pub vintage: String,
    pub vintage_date: String,
    pub url: String,
    pub licence: String,
}

impl Citation {
    /// A figure citing this source, with the other fields left for the caller.
    pub fn figure(&self) -> Figure {
        Figure {
            publisher: self.publisher.clone(),
            dataset: self.dataset.clone(),
            vintage: self.vintage.clone(),
            vintage_date: self.vintage_date.clone(),
            url: self.url.clone(),
            licence: self.licence.clone(),
            status: "observed".to_string(),
            ..Figure::default()
        }
    }
}

/// Formats a count or amount without a trailing `.0`, and without ever rounding it.
pub fn number(value: f64) -> String {
    if value.fract() == 0.0 && value.abs() < 1e15 {
        format!("{}", value as i64)
    } else {
        format!("{value}")
    }
}

/// Renders figures as CSV text.
pub fn to_csv(figures: &[Figure]) -> Result<String> {
    let mut writer = csv::Writer::from_writer(Vec::new());
    for figure in figures {
        writer.serialize(figure)?;
    }
    Ok(String::from_utf8(writer.into_inner()?)?)
}
