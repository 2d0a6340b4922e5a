//! The indicators: each one a named measure with a written recipe, computed the same way whatever
//! source fills it.
//!
//! An [`Indicator`] says which sources and fields it reads, how it filters and aggregates them, how it
//! treats periods, its caveats and references, and the rule that chooses among sources that disagree.
//! Each indicator is one file, `family/measure.rs`, holding that text beside the functions that compute
//! it; what a family shares (its sources, preference rule, helpers and its part of the tables) is in the family's `common.rs`. [`Inputs`] is the evidence an
//! indicator reads, optionally cut to what was published by an as-of date.

mod conflict_fatalities;
pub(crate) mod connectivity;
pub(crate) mod opinion;
pub(crate) mod refugees;
mod relations;
pub(crate) mod security;
pub(crate) mod trade;
mod trade_gdp_share;

pub use crate::indicator::{
    EventBase, Frequency, Indicator, Inputs, Kind, Published, Recipe, border_subject, published_by,
    release_date,
};

/// Every indicator, in the order `dyad indicators` lists them.
pub fn all() -> Vec<&'static Indicator> {
    let mut list: Vec<&'static Indicator> = Vec::new();
    list.extend(trade::INDICATORS);
    list.extend(refugees::INDICATORS);
    list.extend(security::INDICATORS);
    list.extend(connectivity::INDICATORS);
    list.extend(opinion::INDICATORS);
    list.extend(relations::INDICATORS);
    list.push(&conflict_fatalities::INDICATOR);
    list.push(&trade_gdp_share::INDICATOR);
    list
}

/// The indicator of that name.
pub fn find(name: &str) -> Option<&'static Indicator> {
    all().into_iter().find(|i| i.name == name)
}

/// Names close to `name`, for a hint when it is unknown.
pub fn closest(name: &str) -> Vec<&'static str> {
    let mut scored: Vec<(f64, &'static str)> = all()
        .into_iter()
        .map(|i| {
            let whole = strsim::jaro_winkler(name, i.name);
            let tail = i
                .name
                .split_once('.')
                .map_or(0.0, |(_, t)| strsim::jaro_winkler(name, t));
            (whole.max(tail), i.name)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(3).map(|(_, n)| n).collect()
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;

    #[test]
    fn names_are_unique_and_recipes_written() {
        let list = all();
        let mut names: Vec<&str> = list.iter().map(|i| i.name).collect();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), list.len());
        for indicator in list {
            assert!(!indicator.recipe.reads.is_empty(), "{}", indicator.name);
            assert!(
                !indicator.recipe.aggregation.is_empty(),
                "{}",
                indicator.name
            );
            assert!(!indicator.recipe.periods.is_empty(), "{}", indicator.name);
            assert!(
                !indicator.recipe.preference.is_empty(),
                "{}",
                indicator.name
            );
            assert!(!indicator.caveats.is_empty(), "{}", indicator.name);
            assert!(!indicator.references.is_empty(), "{}", indicator.name);
        }
        assert_eq!(closest("refugees.registerd")[0], "refugees.registered");
        assert_eq!(closest("cross_border")[0], "security.cross_border_attacks");
    }

    #[test]
    fn release_dates() {
        assert_eq!(
            release_date("2023-06-14"),
            NaiveDate::from_ymd_opt(2023, 6, 14)
        );
        assert_eq!(release_date("2023"), NaiveDate::from_ymd_opt(2023, 12, 31));
        assert_eq!(release_date(""), None);
        assert_eq!(release_date("22.1"), None);
    }
}
