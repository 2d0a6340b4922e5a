//! `dyad sources`.

use serde_json::Value;

use crate::Context;

#[test]
fn lists_the_bundled_sources_with_their_vintages() {
    let context = Context::new();
    let run = context.run(&["sources", "--format", "json"]);
    assert_eq!(run.code, Some(0), "{}", run.stderr);
    let sources: Value = serde_json::from_str(&run.stdout).unwrap();
    let sources = sources.as_array().unwrap();
    let population = sources
        .iter()
        .find(|s| s["dataset"] == "Refugee Data Finder: population")
        .expect("UNHCR population");
    assert_eq!(population["publisher"], "UNHCR");
    assert_eq!(population["vintages"].as_array().unwrap().len(), 12);
    assert!(
        population["licence"]
            .as_str()
            .unwrap()
            .starts_with("CC BY 4.0")
    );
    for publisher in [
        "Uppsala Conflict Data Program (UCDP)",
        "Center for Research and Security Studies (CRSS)",
        "Pakistan Institute for Conflict and Security Studies (PICSS)",
        "South Asia Terrorism Portal (SATP)",
        "Pew Research Center",
        "Our World in Data (based on UCDP)",
    ] {
        assert!(
            sources.iter().any(|s| s["publisher"] == publisher),
            "{publisher}"
        );
    }
    let table = context.run(&["sources"]);
    assert!(
        table
            .stdout
            .contains("Global Trends 2022, released 2023-06-14")
    );
}
