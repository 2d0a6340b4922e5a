//! The bundled evidence for `PAK-AFG`, compiled into the binary so that a fresh install has it.
//!
//! The tables and documents are derived from the published files by `cargo xtask data`;
//! `data/pak-afg/README.md` and `data/documents/README.md` give their provenance and licences.

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

/// Each bundled document: its path under `data/documents/` and its text, Markdown with front matter that
/// states its kind, date, publisher, source URL and licence.
pub const DOCUMENTS: &[(&str, &str)] = &[
    (
        "whitehouse/2021-04-14-remarks-by-president-biden-on-the-way-forward-in-afghanistan.md",
        include_str!(
            "../../../data/documents/whitehouse/2021-04-14-remarks-by-president-biden-on-the-way-forward-in-afghanistan.md"
        ),
    ),
    (
        "whitehouse/2021-05-24-statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-meeting-with-national-s.md",
        include_str!(
            "../../../data/documents/whitehouse/2021-05-24-statement-by-nsc-spokesperson-emily-horne-on-national-security-advisor-jake-sullivans-meeting-with-national-s.md"
        ),
    ),
    (
        "whitehouse/2021-06-25-fact-sheet-continued-u-s-support-for-a-peaceful-stable-afghanistan.md",
        include_str!(
            "../../../data/documents/whitehouse/2021-06-25-fact-sheet-continued-u-s-support-for-a-peaceful-stable-afghanistan.md"
        ),
    ),
    (
        "whitehouse/2021-08-06-press-briefing-by-press-secretary-jen-psaki-august-6-2021.md",
        include_str!(
            "../../../data/documents/whitehouse/2021-08-06-press-briefing-by-press-secretary-jen-psaki-august-6-2021.md"
        ),
    ),
    (
        "whitehouse/2021-08-14-statement-by-president-joe-biden-on-afghanistan.md",
        include_str!(
            "../../../data/documents/whitehouse/2021-08-14-statement-by-president-joe-biden-on-afghanistan.md"
        ),
    ),
    (
        "whitehouse/2021-08-31-remarks-by-president-biden-on-the-end-of-the-war-in-afghanistan.md",
        include_str!(
            "../../../data/documents/whitehouse/2021-08-31-remarks-by-president-biden-on-the-end-of-the-war-in-afghanistan.md"
        ),
    ),
    (
        "whitehouse/2022-02-11-fact-sheet-executive-order-to-preserve-certain-afghanistan-central-bank-assets-for-the-people-of-afghanistan.md",
        include_str!(
            "../../../data/documents/whitehouse/2022-02-11-fact-sheet-executive-order-to-preserve-certain-afghanistan-central-bank-assets-for-the-people-of-afghanistan.md"
        ),
    ),
    (
        "whitehouse/2022-08-01-background-press-call-by-a-senior-administration-official-on-a-u-s-counterterrorism-operation.md",
        include_str!(
            "../../../data/documents/whitehouse/2022-08-01-background-press-call-by-a-senior-administration-official-on-a-u-s-counterterrorism-operation.md"
        ),
    ),
    (
        "whitehouse/2022-08-01-remarks-by-president-biden-on-a-successful-counterterrorism-operation-in-afghanistan.md",
        include_str!(
            "../../../data/documents/whitehouse/2022-08-01-remarks-by-president-biden-on-a-successful-counterterrorism-operation-in-afghanistan.md"
        ),
    ),
    (
        "whitehouse/2023-01-31-statement-by-nsc-spokesperson-adrienne-watson-on-the-terrorist-attack-on-pakistan-mosque.md",
        include_str!(
            "../../../data/documents/whitehouse/2023-01-31-statement-by-nsc-spokesperson-adrienne-watson-on-the-terrorist-attack-on-pakistan-mosque.md"
        ),
    ),
    (
        "whitehouse/2023-11-02-press-briefing-by-press-secretary-karine-jean-pierre-and-nsc-coordinator-for-strategic-communications-john-ki.md",
        include_str!(
            "../../../data/documents/whitehouse/2023-11-02-press-briefing-by-press-secretary-karine-jean-pierre-and-nsc-coordinator-for-strategic-communications-john-ki.md"
        ),
    ),
    (
        "whitehouse/2023-12-19-press-briefing-by-press-secretary-karine-jean-pierre-and-nsc-coordinator-for-strategic-communications-john-ki.md",
        include_str!(
            "../../../data/documents/whitehouse/2023-12-19-press-briefing-by-press-secretary-karine-jean-pierre-and-nsc-coordinator-for-strategic-communications-john-ki.md"
        ),
    ),
    (
        "whitehouse/2024-02-07-notice-on-the-continuation-of-the-national-emergency-with-respect-to-the-widespread-humanitarian-crisis-in-af.md",
        include_str!(
            "../../../data/documents/whitehouse/2024-02-07-notice-on-the-continuation-of-the-national-emergency-with-respect-to-the-widespread-humanitarian-crisis-in-af.md"
        ),
    ),
];

#[cfg(test)]
mod tests {
    /// Every derived document in `data/documents/` is bundled, so that a new one cannot be forgotten.
    #[test]
    fn every_derived_document_is_bundled() {
        let folder = concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../data/documents/whitehouse"
        );
        let mut on_disk: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|name| name.ends_with(".md"))
            .map(|name| format!("whitehouse/{name}"))
            .collect();
        on_disk.sort();
        let bundled: Vec<String> = super::DOCUMENTS
            .iter()
            .map(|(name, _)| name.to_string())
            .collect();
        assert_eq!(bundled, on_disk);
    }
}
