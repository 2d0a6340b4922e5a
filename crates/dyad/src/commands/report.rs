//! `dyad report`: builds the report from the evidence base and writes it as HTML, Markdown, BibTeX and
//! CSL-JSON.

use std::path::Path;
use std::process::ExitCode;

use anyhow::{Context, Result};
use dyad_measure::indicators::published_by;
use dyad_project::Vintages;

use crate::args::{ReportArgs, ReportFormat};
use crate::settings::Settings;

fn write(path: &Path, text: &str) -> Result<()> {
    std::fs::write(path, text).with_context(|| format!("writing `{}`", path.display()))?;
    eprintln!("wrote {} ({} bytes)", path.display(), text.len());
    Ok(())
}

pub fn run(settings: &Settings, args: &ReportArgs) -> Result<ExitCode> {
    let loaded = super::load(settings, &args.pair)?;
    let as_of = match &args.as_of {
        Some(text) => Some(super::period("--as-of", text)?.end()),
        None => None,
    };
    let cut =
        as_of.map(|date| published_by(date, &loaded.evidence, &loaded.events, &loaded.months));
    let mut vintages = match &cut {
        Some(cut) => Vintages::new(&loaded.pair, &cut.evidence, &cut.events, &cut.months),
        None => loaded.vintages(),
    };
    let (coder, passages) = dyad_load::house_readings(&super::open_evidence(settings)?)?;
    let options = dyad_findings::Options {
        year: args.year,
        as_of,
        undated_left_out: cut.as_ref().map_or(0, |c| c.undated_left_out),
        passages,
        coder,
    };
    let report = dyad_findings::build(&mut vintages, &options);
    let generator = format!("dyad {}", env!("CARGO_PKG_VERSION"));
    let rendered = dyad_report::render(&report, &generator)?;
    std::fs::create_dir_all(&args.out)
        .with_context(|| format!("creating the folder `{}`", args.out.display()))?;
    if args.format.contains(&ReportFormat::Html) {
        write(&args.out.join("report.html"), &rendered.html)?;
    }
    if args.format.contains(&ReportFormat::Md) {
        write(&args.out.join("report.md"), &rendered.markdown)?;
        let charts = args.out.join("charts");
        std::fs::create_dir_all(&charts)
            .with_context(|| format!("creating the folder `{}`", charts.display()))?;
        for (name, svg) in &rendered.charts {
            std::fs::write(charts.join(name), svg)
                .with_context(|| format!("writing `{}`", charts.join(name).display()))?;
        }
        eprintln!(
            "wrote {} charts in {}",
            rendered.charts.len(),
            charts.display()
        );
    }
    write(&args.out.join("references.bib"), &rendered.bibtex)?;
    write(&args.out.join("references.json"), &rendered.csl_json)?;
    eprintln!(
        "{} findings, {} recommendations, {} charts, {} references; {} theme(s) without evidence",
        report.findings.len(),
        report.recommendations.len(),
        report.charts.len(),
        report.references.len(),
        report.no_evidence.len()
    );
    Ok(ExitCode::SUCCESS)
}
