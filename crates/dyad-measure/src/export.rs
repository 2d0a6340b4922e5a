//! Builds the export table of indicator values: every indicator's cell for every subject and period,
//! with the sources, releases, licences and locators of the figures it rests on.

use dyad_model::Period;
use dyad_model::table::{ColumnKind, Datum, ExportTable};

use crate::indicators::{self, Inputs};

const COLUMNS: [(&str, ColumnKind); 20] = [
    ("indicator", ColumnKind::Text),
    ("subject", ColumnKind::Text),
    ("period_asked", ColumnKind::Text),
    ("period", ColumnKind::Text),
    ("value", ColumnKind::Number),
    ("value_text", ColumnKind::Text),
    ("unit", ColumnKind::Text),
    ("status", ColumnKind::Text),
    ("agency", ColumnKind::Text),
    ("concept", ColumnKind::Text),
    ("basis", ColumnKind::Text),
    ("publisher", ColumnKind::Text),
    ("source", ColumnKind::Text),
    ("vintage", ColumnKind::Text),
    ("licence", ColumnKind::Text),
    ("locator", ColumnKind::Text),
    ("note", ColumnKind::Text),
    ("alternatives", ColumnKind::Integer),
    ("disagreeing", ColumnKind::Integer),
    ("max_disagreement_pct", ColumnKind::Number),
];

/// The distinct values of `field` over `items`, in order, joined by `; `.
fn joined<'e, T: 'e>(items: impl IntoIterator<Item = &'e T>, field: impl Fn(&T) -> &str) -> String {
    let mut seen: Vec<&str> = Vec::new();
    for item in items {
        let value = field(item);
        if !value.is_empty() && !seen.contains(&value) {
            seen.push(value);
        }
    }
    seen.join("; ")
}

/// Every indicator's filled cells for every subject and period (cut to periods ending on or after
/// `since`), one row each. `indicator` keeps one indicator, or a family when it ends in `.`. A cell
/// derived from several figures names every publisher, licence and locator behind it.
pub fn indicator_table(
    inputs: &Inputs<'_>,
    indicator: Option<&str>,
    since: Option<Period>,
) -> ExportTable {
    let mut table = ExportTable::new("indicators", &COLUMNS);
    for measure in indicators::all() {
        if let Some(wanted) = indicator
            && measure.name != wanted
            && !(wanted.ends_with('.') && measure.name.starts_with(wanted))
        {
            continue;
        }
        for subject in (measure.subjects)(inputs) {
            for period in (measure.periods)(inputs, &subject) {
                if since.is_some_and(|s| period.end() < s.start()) {
                    continue;
                }
                let cell = (measure.cell)(inputs, &subject, period);
                if cell.status.is_missing() {
                    continue;
                }
                let sources = cell.evidence.iter().map(|e| &e.provenance);
                let locator = if cell.locator.is_empty() {
                    joined(sources.clone(), |p| p.locator.as_str())
                } else {
                    cell.locator.clone()
                };
                table.rows.push(vec![
                    Datum::text(measure.name),
                    Datum::text(&subject),
                    Datum::text(&period.to_string()),
                    Datum::text(&cell.period),
                    Datum::number(cell.value),
                    Datum::text(&cell.value_text),
                    Datum::text(&cell.unit),
                    Datum::text(cell.status.as_str()),
                    Datum::text(&cell.agency),
                    Datum::text(&cell.concept),
                    Datum::text(&cell.basis),
                    Datum::text(&joined(sources.clone(), |p| p.source.publisher.as_str())),
                    Datum::text(&cell.source),
                    Datum::text(&cell.vintage),
                    Datum::text(&joined(sources, |p| p.source.licence.as_str())),
                    Datum::text(&locator),
                    Datum::text(&cell.note),
                    Datum::Integer(cell.alternatives as i64),
                    Datum::Integer(cell.disagreeing as i64),
                    Datum::number(cell.max_disagreement_pct),
                ]);
            }
        }
    }
    table
}
