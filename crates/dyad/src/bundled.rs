//! The bundled evidence for `PAK-AFG`, compiled into the binary so that a fresh install has it.
//!
//! The tables are derived from the published files by `cargo xtask data`; `data/pak-afg/README.md`
//! gives their provenance and licences.

/// Each bundled table: its file name and text.
pub const TABLES: &[(&str, &str)] = &[
    (
        "unhcr_afghans_in_pakistan.csv",
        include_str!("../../../data/pak-afg/unhcr_afghans_in_pakistan.csv"),
    ),
    (
        "unhcr_host_provinces.csv",
        include_str!("../../../data/pak-afg/unhcr_host_provinces.csv"),
    ),
    (
        "trade_reported.csv",
        include_str!("../../../data/pak-afg/trade_reported.csv"),
    ),
    (
        "ucdp_battle_deaths.csv",
        include_str!("../../../data/pak-afg/ucdp_battle_deaths.csv"),
    ),
    (
        "ucdp_armed_conflict.csv",
        include_str!("../../../data/pak-afg/ucdp_armed_conflict.csv"),
    ),
    (
        "ucdp_ged_pakistan.csv",
        include_str!("../../../data/pak-afg/ucdp_ged_pakistan.csv"),
    ),
    (
        "owid_ucdp_deaths.csv",
        include_str!("../../../data/pak-afg/owid_ucdp_deaths.csv"),
    ),
    (
        "security_published.csv",
        include_str!("../../../data/pak-afg/security_published.csv"),
    ),
    (
        "connectivity.csv",
        include_str!("../../../data/pak-afg/connectivity.csv"),
    ),
    (
        "pew_pakistan.csv",
        include_str!("../../../data/pak-afg/pew_pakistan.csv"),
    ),
    (
        "bilateral_opinion_items.csv",
        include_str!("../../../data/pak-afg/bilateral_opinion_items.csv"),
    ),
];
