//! `dyad indicators [show NAME]`: the indicators and their recipes.

use std::io::Write;
use std::process::ExitCode;

use anyhow::{Result, bail};
use dyad_measure::Indicator;
use dyad_measure::indicators::Frequency;

use crate::args::{Format, IndicatorsArgs};
use crate::output::write_rows;
use crate::settings::Settings;

pub fn run(settings: &Settings, args: &IndicatorsArgs) -> Result<ExitCode> {
    let mut out = std::io::stdout().lock();
    match args.show.as_slice() {
        [] => list(&mut out, args.format),
        [verb, name] if verb == "show" => {
            let indicator = super::indicator(name)?;
            let loaded = super::load(settings, &args.pair)?;
            let subjects = (indicator.subjects)(&loaded.inputs());
            if args.format == Format::Json {
                let document = serde_json::json!({"indicator": indicator, "subjects": subjects});
                serde_json::to_writer_pretty(&mut out, &document)?;
                writeln!(out)?;
            } else {
                show(&mut out, indicator, &subjects)?;
            }
            Ok(ExitCode::SUCCESS)
        }
        other => bail!(
            "expected nothing or `show NAME`, got `{}`\nhint: `dyad indicators show refugees.registered`",
            other.join(" ")
        ),
    }
}

fn list(out: &mut impl Write, format: Format) -> Result<ExitCode> {
    let all = dyad_measure::indicators::all();
    if format == Format::Json {
        serde_json::to_writer_pretty(&mut *out, &all)?;
        writeln!(out)?;
        return Ok(ExitCode::SUCCESS);
    }
    let rows: Vec<Vec<String>> = all
        .iter()
        .map(|i| {
            vec![
                i.name.to_string(),
                i.title.to_string(),
                i.unit.to_string(),
                match i.frequency {
                    Frequency::Annual => "annual".to_string(),
                    Frequency::Monthly => "monthly".to_string(),
                },
                if i.table.is_empty() {
                    "–".to_string()
                } else {
                    i.table.to_string()
                },
            ]
        })
        .collect();
    write_rows(
        out,
        format,
        &["Indicator", "Title", "Unit", "Frequency", "Table"],
        &rows,
    )?;
    Ok(ExitCode::SUCCESS)
}

/// Prints a recipe as Markdown, which reads as plain text too.
fn show(out: &mut impl Write, indicator: &Indicator, subjects: &[String]) -> Result<()> {
    let recipe = &indicator.recipe;
    writeln!(out, "# {}\n\n{}\n", indicator.name, indicator.title)?;
    writeln!(out, "- unit: {}", indicator.unit)?;
    writeln!(
        out,
        "- frequency: {}",
        match indicator.frequency {
            Frequency::Annual => "annual",
            Frequency::Monthly => "monthly",
        }
    )?;
    if !indicator.table.is_empty() {
        writeln!(out, "- fills the study's `{}` table", indicator.table)?;
    }
    writeln!(out, "- subject: {}", indicator.subject)?;
    writeln!(
        out,
        "- subjects in the evidence base: {}",
        if subjects.is_empty() {
            "none".to_string()
        } else {
            subjects.join(", ")
        }
    )?;
    let section = |out: &mut dyn Write, title: &str, items: &[&str]| -> std::io::Result<()> {
        writeln!(out, "\n## {title}\n")?;
        for item in items {
            writeln!(out, "- {item}")?;
        }
        Ok(())
    };
    section(out, "Reads", recipe.reads)?;
    section(out, "Filters", recipe.filters)?;
    section(out, "Aggregation", &[recipe.aggregation])?;
    section(out, "Periods", &[recipe.periods])?;
    section(
        out,
        "When sources or vintages disagree",
        &[recipe.preference],
    )?;
    section(out, "Caveats", indicator.caveats)?;
    section(out, "References", indicator.references)?;
    Ok(())
}
