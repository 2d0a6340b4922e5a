//! The study's five result tables for one year: trade, refugees, security incidents, connectivity and
//! public opinion.
//!
//! # What it measures
//! Each table has fixed rows (the study's) and context rows (the nearest figures the evidence holds when
//! the study's own item has no open source). A cell is filled by [`crate::select::choose`] or derived
//! from filled cells by arithmetic stated in its note; an empty cell says why it is empty.
//!
//! # Inputs
//! Evidence from the store: `trade.*`, `refugees.*`, `security.*`, `conflict.*`, `connectivity.*`,
//! `opinion.*` observations about the pair.
//!
//! # Caveats
//! - Trade figures of different periods, agencies or bases are never added together: a total or balance
//!   is derived only from an exports and an imports figure of the same period, agency and basis.
//! - The study's security categories have no exact counterpart in open data; the cells say which
//!   published category fills them.
//!
//! # References
//! The study's Tables 1–5; `../shared/reference` notes on sources and categories.

use dyad_model::Pair;
use serde::Serialize;

use crate::cell::{Cell, ResultTable};
use crate::indicators::{self, Inputs};

/// Builds the five tables for the pair and `year` from the inputs.
pub fn build_tables(inputs: &Inputs<'_>, year: i32) -> Vec<ResultTable> {
    let (evidence, pair) = (&inputs.evidence, inputs.pair);
    vec![
        indicators::trade::table(evidence, pair, year),
        indicators::refugees::table(evidence, pair, year),
        indicators::security::table(inputs, year),
        indicators::connectivity::table(evidence, pair, year),
        indicators::opinion::table(evidence, pair, year),
    ]
}

#[cfg(test)]
mod tests {
    use dyad_model::{Evidence, Observation, Pair, Provenance, SourceRef, Status, Value};

    use super::*;

    /// A trade figure of `flow` for `period`, from an agency on a basis.
    fn trade(
        flow: &str,
        period: &str,
        value: f64,
        agency: &str,
        basis: &str,
        status: Status,
    ) -> Evidence {
        let subject = if flow == "trade.exports" {
            "PAK→AFG"
        } else {
            "AFG→PAK"
        };
        Evidence {
            observation: Observation {
                indicator: flow.into(),
                subject: subject.into(),
                period: Some(period.parse().unwrap()),
                value: Value::parse_number(&value.to_string()).unwrap(),
                unit: "USD million".into(),
                concept: "goods".into(),
                basis: basis.into(),
                agency: agency.into(),
                status,
                note: String::new(),
            },
            provenance: Provenance::of(SourceRef::new(
                "A",
                "press report",
                "2024-01",
                "2024-01-15",
            )),
        }
    }

    /// The trade table's (row, value text, status) for 2023 over `evidence`.
    fn check(evidence: &[Evidence], expect: &[(&str, &str, &str)]) {
        let pair: Pair = "PAK-AFG".parse().unwrap();
        let inputs = Inputs::new(&pair, evidence, crate::EventBase::none(), &[]);
        let tables = build_tables(&inputs, 2023);
        let found: Vec<(String, String, String)> = tables[0]
            .cells
            .iter()
            .map(|c| (c.row.clone(), c.value_text.clone(), c.status.to_string()))
            .collect();
        let expect: Vec<(String, String, String)> = expect
            .iter()
            .map(|(r, v, s)| (r.to_string(), v.to_string(), s.to_string()))
            .collect();
        assert_eq!(found, expect);
    }

    #[test]
    fn the_five_tables_come_in_the_studys_order() {
        let pair: Pair = "PAK-AFG".parse().unwrap();
        let inputs = Inputs::new(&pair, &[], crate::EventBase::none(), &[]);
        let ids: Vec<&str> = build_tables(&inputs, 2023).iter().map(|t| t.id).collect();
        assert_eq!(
            ids,
            ["trade", "refugees", "security", "connectivity", "opinion"]
        );
    }

    #[test]
    fn total_and_balance_come_only_from_flows_of_one_period_agency_and_basis() {
        use Status::Observed;
        let customs = "customs records";
        check(
            &[
                trade("trade.exports", "2023", 900.0, "PBS", customs, Observed),
                trade("trade.imports", "2023", 600.0, "PBS", customs, Observed),
            ],
            &[
                ("Exports PAK→AFG", "900", "observed"),
                ("Imports AFG→PAK", "600", "observed"),
                ("Total trade", "1500", "derived"),
                ("Balance", "300", "derived"),
            ],
        );
        // Imports on another basis: nothing is added across bases.
        check(
            &[
                trade("trade.exports", "2023", 900.0, "PBS", customs, Observed),
                trade(
                    "trade.imports",
                    "2023",
                    6.0,
                    "SBP",
                    "banking channel",
                    Observed,
                ),
            ],
            &[
                ("Exports PAK→AFG", "900", "observed"),
                ("Imports AFG→PAK", "6", "observed"),
                ("Total trade", "", "missing"),
                ("Balance", "", "missing"),
            ],
        );
    }

    #[test]
    fn a_claim_or_projection_fills_no_trade_cell() {
        check(
            &[
                trade("trade.exports", "2023", 1400.0, "", "", Status::Projection),
                trade("trade.imports", "2023", 700.0, "", "", Status::Claimed),
            ],
            &[
                ("Exports PAK→AFG", "", "missing"),
                ("Imports AFG→PAK", "", "missing"),
                ("Total trade", "", "missing"),
                ("Balance", "", "missing"),
            ],
        );
    }
}

/// The version of the tables' JSON layout; it changes only when a field is removed or changes meaning.
pub const TABLES_SCHEMA: &str = "dyad.tables/1";

/// A table's id and title, as the tables' JSON lists them.
#[derive(Debug, Clone, Serialize)]
pub struct TableHeading {
    /// The table's id.
    pub id: &'static str,
    /// Its title.
    pub title: String,
}

/// The five tables of a year as one JSON document (schema [`TABLES_SCHEMA`]): what `dyad tables --format
/// json` prints and the server's `/api/v1/tables` answers. Every cell carries its provenance.
#[derive(Debug, Clone, Serialize)]
pub struct TablesDocument<'a> {
    /// [`TABLES_SCHEMA`].
    pub schema: &'static str,
    /// The pair, `PAK-AFG`.
    pub pair: String,
    /// The year.
    pub year: i32,
    /// The tables, in order.
    pub tables: Vec<TableHeading>,
    /// Every cell of every table, table by table.
    pub cells: Vec<&'a Cell>,
}

/// The tables' JSON document.
pub fn tables_document<'a>(
    pair: &Pair,
    year: i32,
    tables: &'a [ResultTable],
) -> TablesDocument<'a> {
    TablesDocument {
        schema: TABLES_SCHEMA,
        pair: pair.to_string(),
        year,
        tables: tables
            .iter()
            .map(|t| TableHeading {
                id: t.id,
                title: t.title.clone(),
            })
            .collect(),
        cells: tables.iter().flat_map(|t| &t.cells).collect(),
    }
}
