//! Derives `data/text/cameo_goldstein.csv`, the Goldstein (1992) score of each CAMEO event code, from the
//! lookup that gdeltPyR publishes with GDELT's CAMEO tables (in the shared data folder).
//!
//! Only the code and its value are kept, sorted by code as text (`01`, `010`, `011`, …), each value as the
//! lookup writes it. The derivation fails on a code that is not two to four digits, or a value that is
//! not a number from −10 to +10.

use std::path::Path;

use anyhow::{Context, Result, bail};

use crate::Derived;

/// The lookup, under the shared data folder.
const SOURCE: &str = "conflict/lookups/gdelt_cameo_codes_gdeltPyR.json";

pub fn derive(shared: &Path) -> Result<Derived> {
    let path = shared.join(SOURCE);
    let text =
        std::fs::read_to_string(&path).with_context(|| format!("reading `{}`", path.display()))?;
    let lookup: serde_json::Value =
        serde_json::from_str(&text).with_context(|| format!("`{}` is not JSON", path.display()))?;
    let Some(scale) = lookup.get("GoldsteinScale").and_then(|v| v.as_object()) else {
        bail!("`{}` has no `GoldsteinScale` object", path.display());
    };
    let mut rows: Vec<(String, String)> = Vec::with_capacity(scale.len());
    for (code, value) in scale {
        let value = match value {
            serde_json::Value::String(text) => text.clone(),
            serde_json::Value::Number(number) => number.to_string(),
            other => bail!(
                "`{}`: the value of `{code}` is {other}, not a number",
                path.display()
            ),
        };
        let number: f64 = value
            .parse()
            .with_context(|| format!("`{}`: the value of `{code}` is `{value}`", path.display()))?;
        if !(2..=4).contains(&code.len()) || !code.chars().all(|c| c.is_ascii_digit()) {
            bail!("`{}`: `{code}` is not a CAMEO code", path.display());
        }
        if !(-10.0..=10.0).contains(&number) {
            bail!(
                "`{}`: the score {number} of `{code}` is outside −10 to +10",
                path.display()
            );
        }
        rows.push((code.clone(), value));
    }
    rows.sort();
    let mut out = String::from("cameo,goldstein\n");
    for (code, value) in rows {
        out.push_str(&format!("{code},{value}\n"));
    }
    Ok(Derived {
        path: "data/text/cameo_goldstein.csv".to_string(),
        text: out,
    })
}
