//! The findings, each produced by a stated rule from measured evidence, and the recommendations they
//! motivate.
//!
//! # The rules
//! | rule | theme | what it states |
//! |---|---|---|
//! | `interstate record` | trust and diplomacy | whether UCDP records a conflict dyad between the two governments, and the cross-border clashes the recipes count in the latest covered year; the cooperation–conflict index when GDELT events are ingested |
//! | `trend` | security | the change in battle deaths of the focal government's deadliest dyad over the last three years |
//! | `change` | security | the change in a published count of violence-related fatalities on the previous year |
//! | `gap` | security | the latest year the event recipes cover, when they do not cover the report's year |
//! | `levels` | trade | the chosen exports and imports figures, their periods and bases, and the balance when comparable |
//! | `disagreement` | trade | other figures for the same flow and period that differ beyond the 0.5% tolerance |
//! | `change` | refugees | the registered stock and its change on the previous year |
//! | `revision` | refugees | the largest revision between the first and the latest release of a year up to the report's |
//! | `projection error` | refugees | a projection made with the releases of the previous year-end, scored against the figure |
//! | `share` | refugees | the host province with the largest share, and the share not placed in a province |
//! | `latest survey wave` | geopolitics | favourable views of the powers in the latest survey wave up to the year that the survey checks do not flag |
//! | `target against outcome` | opportunities | a cited trade target against the latest total trade figure |
//!
//! A rule whose evidence is missing produces nothing; a theme left with no finding gets a stated "no
//! evidence" and what would fill it.

use chrono::NaiveDate;
use dyad_measure::format::{format_number, with_separators};
use dyad_measure::indicators::{self, Inputs};
use dyad_measure::revisions::release_series;
use dyad_measure::{Cell, ResultTable};
use dyad_model::{Concordance, Period, Scheme};
use dyad_project::{Projection, Vintages};

use crate::model::{Citation, Finding, NoEvidence, Recommendation, Theme};
use crate::references::References;

/// A number for prose: thousands separators for whole numbers, one decimal otherwise.
pub fn number(value: f64) -> String {
    let rounded = if value.abs() >= 100.0 || value.fract() == 0.0 {
        value.round()
    } else {
        (value * 10.0).round() / 10.0
    };
    with_separators(&format_number(rounded))
}

fn signed_pct(value: f64) -> String {
    format!("{value:+.1}%")
}

fn find<'t>(tables: &'t [ResultTable], table: &str, row: &str) -> Option<&'t Cell> {
    tables
        .iter()
        .find(|t| t.id == table)?
        .cells
        .iter()
        .find(|c| c.row.starts_with(row))
}

fn cite_cell(references: &mut References, cell: &Cell) -> Vec<Citation> {
    references
        .cite_cell(&cell.source)
        .into_iter()
        .map(|reference| Citation {
            reference,
            text: format!(
                "{}: {} {} for {} ({}, release {})",
                cell.row,
                number_text(cell),
                cell.unit,
                cell.period,
                cell.status,
                cell.vintage
            ),
            locator: cell.locator.clone(),
        })
        .collect()
}

fn number_text(cell: &Cell) -> String {
    cell.value.map_or_else(|| cell.value_text.clone(), number)
}

fn country_name(code: &str) -> String {
    Concordance::bundled()
        .by_code(Scheme::Iso3, code)
        .map_or_else(|_| code.to_string(), |c| c.name.clone())
}

/// Everything the rules read.
pub struct Context<'a, 'i> {
    /// The inputs.
    pub inputs: &'i Inputs<'a>,
    /// The five tables of the year.
    pub tables: &'i [ResultTable],
    /// The year.
    pub year: i32,
    /// The refugee projection for the year made as of the end of the year before, if one could be made.
    pub refugee_projection: Option<&'i Projection>,
}

/// Runs every rule; returns the findings and the themes left without evidence.
pub fn findings(
    context: &Context<'_, '_>,
    references: &mut References,
) -> (Vec<Finding>, Vec<NoEvidence>) {
    let mut out = Vec::new();
    out.extend(interstate(context, references));
    out.extend(security_trend(context, references));
    out.extend(published_fatalities(context, references));
    out.extend(security_gap(context, references));
    out.extend(trade_levels(context, references));
    out.extend(trade_disagreement(context, references));
    out.extend(refugee_change(context, references));
    out.extend(refugee_revision(context, references));
    out.extend(refugee_projection(context, references));
    out.extend(refugee_provinces(context, references));
    out.extend(survey_wave(context, references));
    out.extend(trade_target(context, references));
    // The first finding of each theme goes in the summary.
    let mut seen = Vec::new();
    for finding in &mut out {
        if !seen.contains(&finding.theme) {
            seen.push(finding.theme);
            finding.in_summary = true;
        }
    }
    let no_evidence = Theme::ALL
        .into_iter()
        .filter(|t| !out.iter().any(|f| f.theme == *t))
        .map(|theme| NoEvidence {
            theme,
            reason: no_evidence_reason(theme, context),
        })
        .collect();
    out.sort_by_key(|f| Theme::ALL.iter().position(|t| *t == f.theme));
    (out, no_evidence)
}

fn no_evidence_reason(theme: Theme, context: &Context<'_, '_>) -> String {
    let pair = context.inputs.pair;
    match theme {
        Theme::PublicPerception => format!(
            "No survey in the evidence base asks people in {} or {} how they see the relationship, or whether they support trade or joint counter-terrorism with the other. Ingest such toplines (`dyad ingest survey FILE`) to fill this section.",
            country_name(&pair.first),
            country_name(&pair.second)
        ),
        Theme::TrustAndDiplomacy => "No event data on relations between the two governments is in the evidence base: ingest GDELT events for the cooperation–conflict index, or UCDP or ACLED events for cross-border clashes.".to_string(),
        Theme::Security => "No conflict data covers the year: ingest ACLED, UCDP GED or GDELT events.".to_string(),
        Theme::Trade => format!("No trade figure overlaps {}: ingest Comtrade or enter cited figures.", context.year),
        Theme::Refugees => format!("No UNHCR figure for {}: ingest a UNHCR release that has it.", context.year),
        Theme::Geopolitics => "No survey of views of the region's powers up to the year: ingest survey toplines.".to_string(),
        Theme::Opportunities => "No cited target or cost for the connectivity projects: enter cited figures.".to_string(),
    }
}

fn finding(id: &str, theme: Theme, rule: &str, headline: String, text: String) -> Finding {
    Finding {
        id: format!("finding-{id}"),
        theme,
        headline,
        text,
        rule: rule.to_string(),
        citations: Vec::new(),
        in_summary: false,
    }
}

fn interstate(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let inputs = context.inputs;
    let pair = inputs.pair;
    let (first, second) = (country_name(&pair.first), country_name(&pair.second));
    let government_dyad = |s: &str| {
        s.contains(&format!("Government of {first}"))
            && s.contains(&format!("Government of {second}"))
    };
    let brd: Vec<&dyad_model::Evidence> = inputs
        .evidence
        .iter()
        .filter(|e| e.observation.indicator == "conflict.battle_deaths")
        .collect();
    let last_brd_year = brd
        .iter()
        .filter_map(|e| e.observation.period.and_then(|p| p.calendar_year()))
        .max()?;
    let between: Vec<&&dyad_model::Evidence> = brd
        .iter()
        .filter(|e| government_dyad(&e.observation.subject))
        .collect();
    let cross = indicators::find("security.cross_border_attacks")?;
    let subject = indicators::border_subject(pair);
    let covered: Vec<Period> = (cross.periods)(inputs, &subject);
    let latest_cell = covered
        .iter()
        .rev()
        .map(|p| (cross.cell)(inputs, &subject, *p))
        .find(|c| c.value.is_some() && c.period.len() == 4);
    let mut text = if between.is_empty() {
        format!(
            "UCDP records no armed conflict between the governments of {first} and {second} up to {last_brd_year}: none of the {} dyad-years of battle deaths in either country is between the two states.",
            brd.len()
        )
    } else {
        format!(
            "UCDP records {} dyad-year(s) of battle deaths between the governments of {first} and {second} up to {last_brd_year}.",
            between.len()
        )
    };
    let mut citations = Vec::new();
    if let Some(e) = brd.first() {
        citations.push(Citation {
            reference: references.cite(&e.provenance.source),
            text: format!(
                "battle-related deaths by dyad and year, release {}",
                e.provenance.source.vintage
            ),
            locator: String::new(),
        });
    }
    if let Some(cell) = &latest_cell {
        text.push_str(&format!(
            " dyad's cross-border recipe counts {} clash(es) between the two states' forces in the border areas in {}, the latest year the event data covers ({}).",
            number_text(cell),
            cell.period,
            cell.source
        ));
        citations.extend(cite_cell(references, cell));
    }
    let goldstein = indicators::find("relations.goldstein_mean")?;
    let months = (goldstein.periods)(inputs, &pair.forward());
    match months.last() {
        Some(month) => {
            let cell = (goldstein.cell)(inputs, &pair.forward(), *month);
            text.push_str(&format!(
                " In {month}, events from {} to {} averaged {} on the Goldstein scale ({}).",
                pair.first, pair.second, cell.value_text, cell.note
            ));
            citations.extend(cite_cell(references, &cell));
        }
        None => text.push_str(
            " The cooperation–conflict index cannot be computed: no GDELT events are in the evidence base.",
        ),
    }
    let mut f = finding(
        "interstate",
        Theme::TrustAndDiplomacy,
        "interstate record",
        if between.is_empty() {
            format!("No recorded interstate armed conflict between {first} and {second}")
        } else {
            format!("Armed conflict recorded between the governments of {first} and {second}")
        },
        text,
    );
    f.citations = citations;
    Some(f)
}

fn security_trend(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let inputs = context.inputs;
    let year = context.year;
    let focal = country_name(&inputs.pair.first);
    let government = format!("Government of {focal}");
    let value = |subject: &str, y: i32| -> Option<&dyad_model::Evidence> {
        inputs
            .matching("conflict.battle_deaths", subject)
            .into_iter()
            .filter(|e| e.observation.period == Some(Period::Year(y)))
            .max_by(|a, b| {
                a.provenance
                    .source
                    .vintage
                    .cmp(&b.provenance.source.vintage)
            })
    };
    // The focal government's deadliest dyad in the year.
    let top = inputs
        .evidence
        .iter()
        .filter(|e| {
            e.observation.indicator == "conflict.battle_deaths"
                && e.observation.subject.starts_with(&government)
                && e.observation.period == Some(Period::Year(year))
        })
        .max_by(|a, b| {
            a.observation
                .value
                .number
                .unwrap_or(0.0)
                .total_cmp(&b.observation.value.number.unwrap_or(0.0))
        })?;
    let subject = &top.observation.subject;
    let now = top.observation.value.number?;
    let before = value(subject, year - 2)?;
    let then = before.observation.value.number?;
    let direction = if now > then {
        "rose"
    } else if now < then {
        "fell"
    } else {
        "stayed"
    };
    let ratio = if then > 0.0 {
        format!(" (×{:.1})", now / then)
    } else {
        String::new()
    };
    let mut f = finding(
        "security-trend",
        Theme::Security,
        "trend",
        format!(
            "Battle deaths in the {subject} conflict {direction} from {} to {} in two years",
            number(then),
            number(now)
        ),
        format!(
            "Battle-related deaths in the {subject} dyad {direction} from {} in {} to {} in {year}{ratio}, the deadliest dyad of the {focal} government that year (UCDP, best estimates).",
            number(then),
            year - 2,
            number(now)
        ),
    );
    for e in [before, top] {
        f.citations.push(Citation {
            reference: references.cite(&e.provenance.source),
            text: format!(
                "{}, {}: {} deaths (release {})",
                e.observation.subject,
                e.observation
                    .period
                    .map(|p| p.to_string())
                    .unwrap_or_default(),
                e.observation.value.text,
                e.provenance.source.vintage
            ),
            locator: e.provenance.locator.clone(),
        });
    }
    Some(f)
}

fn published_fatalities(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let now = find(
        context.tables,
        "security",
        "Context: violence-related fatalities",
    )?;
    let value = now.value?;
    let inputs = context.inputs;
    let previous = inputs
        .matching("security.violence_fatalities", &inputs.pair.first)
        .into_iter()
        .filter(|e| e.observation.period == Some(Period::Year(context.year - 1)))
        // The change is read within one publisher's series only: organisations count differently.
        .filter(|e| {
            now.evidence
                .first()
                .is_some_and(|n| n.provenance.source.publisher == e.provenance.source.publisher)
        })
        .max_by(|a, b| {
            a.provenance
                .source
                .vintage
                .cmp(&b.provenance.source.vintage)
        })?;
    let before = previous.observation.value.number?;
    let change = (value - before) / before * 100.0;
    let publisher = now
        .evidence
        .first()
        .map_or("", |e| e.provenance.source.publisher.as_str());
    let mut f = finding(
        "security-fatalities",
        Theme::Security,
        "change",
        format!(
            "Violence-related fatalities in {} {} {:.1}% in {}",
            country_name(&inputs.pair.first),
            if change >= 0.0 { "rose" } else { "fell" },
            change.abs(),
            context.year
        ),
        format!(
            "{publisher} counts {} violence-related fatalities in {} in {}, {} on {} in {}{}.",
            number(value),
            country_name(&inputs.pair.first),
            context.year,
            signed_pct(change),
            number(before),
            context.year - 1,
            if now.disagreeing > 0 {
                format!(
                    "; {} other figure(s) from the same organisation for {} differ, by up to {}",
                    now.disagreeing,
                    context.year,
                    signed_pct(now.max_disagreement_pct.unwrap_or(0.0))
                )
            } else {
                String::new()
            }
        ),
    );
    f.citations = cite_cell(references, now);
    f.citations.push(Citation {
        reference: references.cite(&previous.provenance.source),
        text: format!(
            "{}: {} (release {})",
            context.year - 1,
            previous.observation.value.text,
            previous.provenance.source.vintage
        ),
        locator: previous.provenance.locator.clone(),
    });
    Some(f)
}

fn security_gap(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let total = find(context.tables, "security", "Total incidents")?;
    if total.value.is_some() {
        // The year is covered: state the counts instead.
        let parts: Vec<&Cell> = [
            "Cross-border attacks",
            "Militant activities",
            "Counter-terrorism operations",
        ]
        .iter()
        .filter_map(|r| find(context.tables, "security", r))
        .collect();
        let mut f = finding(
            "security-incidents",
            Theme::Security,
            "count",
            format!(
                "{} border security incidents in {}",
                number_text(total),
                context.year
            ),
            format!(
                "dyad's recipes count {} border security incidents in {} ({}): {}.",
                number_text(total),
                context.year,
                total.source,
                parts
                    .iter()
                    .map(|c| format!("{} {}", c.row.to_lowercase(), number_text(c)))
                    .collect::<Vec<_>>()
                    .join(", ")
            ),
        );
        f.citations = cite_cell(references, total);
        return Some(f);
    }
    let inputs = context.inputs;
    let indicator = indicators::find("security.border_incidents_total")?;
    let subject = indicators::border_subject(inputs.pair);
    let latest = (indicator.periods)(inputs, &subject)
        .into_iter()
        .rev()
        .map(|p| (indicator.cell)(inputs, &subject, p))
        .find(|c| c.value.is_some())?;
    let mut f = finding(
        "security-gap",
        Theme::Security,
        "gap",
        format!("No event data covers the border in {}", context.year),
        format!(
            "No event data in the evidence base covers the border areas in {}, so the study's incident counts cannot be measured for it. The latest year covered is {}, when dyad's recipes count {} incidents ({}); the published Pakistan-wide counts in the security table are context, not border counts.",
            context.year,
            latest.period,
            number_text(&latest),
            latest.source
        ),
    );
    f.citations = cite_cell(references, &latest);
    Some(f)
}

fn trade_levels(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let pair = context.inputs.pair;
    let exports = find(context.tables, "trade", "Exports")?;
    let imports = find(context.tables, "trade", "Imports")?;
    if exports.value.is_none() && imports.value.is_none() {
        return None;
    }
    let describe = |c: &Cell| {
        if c.value.is_some() {
            format!(
                "{} USD million ({}; {}, {})",
                number_text(c),
                c.period,
                if c.agency.is_empty() {
                    "agency not named"
                } else {
                    c.agency.as_str()
                },
                c.basis
            )
        } else {
            "no figure".to_string()
        }
    };
    let balance = find(context.tables, "trade", "Balance").filter(|c| c.value.is_some());
    let mut text = format!(
        "The chosen figures for {} are exports {} {} and imports {} {}.",
        context.year,
        pair.forward(),
        describe(exports),
        pair.backward(),
        describe(imports)
    );
    match balance {
        Some(b) => text.push_str(&format!(" The balance is {} USD million from {}'s side.", number_text(b), pair.first)),
        None => text.push_str(" They cover different periods, agencies or bases, so no total or balance is computed from them."),
    }
    let mut f = finding(
        "trade-levels",
        Theme::Trade,
        "levels",
        format!(
            "{}'s exports to {}: {} USD million ({})",
            country_name(&pair.first),
            country_name(&pair.second),
            number_text(exports),
            exports.period
        ),
        text,
    );
    f.citations = cite_cell(references, exports);
    f.citations.extend(cite_cell(references, imports));
    Some(f)
}

fn trade_disagreement(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let cells: Vec<&Cell> = ["Exports", "Imports"]
        .iter()
        .filter_map(|r| find(context.tables, "trade", r))
        .filter(|c| c.disagreeing > 0)
        .collect();
    let worst = cells.iter().max_by(|a, b| {
        a.max_disagreement_pct
            .unwrap_or(0.0)
            .abs()
            .total_cmp(&b.max_disagreement_pct.unwrap_or(0.0).abs())
    })?;
    let mut f = finding(
        "trade-disagreement",
        Theme::Trade,
        "disagreement",
        format!(
            "Trade sources disagree by up to {:.0}% for the same flow and period",
            worst.max_disagreement_pct.unwrap_or(0.0).abs()
        ),
        format!(
            "For {}, {} other figure(s) for the same period differ from the chosen one by more than the 0.5% tolerance, by up to {}: {}. Agencies count different things (customs records, banking-channel payments, mirror flows), and after 2021 much trade is settled outside banks.",
            worst.row,
            worst.disagreeing,
            signed_pct(worst.max_disagreement_pct.unwrap_or(0.0)),
            worst.note
        ),
    );
    for cell in cells {
        f.citations.extend(cite_cell(references, cell));
    }
    Some(f)
}

fn refugee_change(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let stock = find(context.tables, "refugees", "Registered refugees")?;
    let value = stock.value?;
    let change =
        find(context.tables, "refugees", "Change on previous year").filter(|c| c.value.is_some());
    let pair = context.inputs.pair;
    let (host, origin) = (country_name(&pair.first), country_name(&pair.second));
    let mut text = format!(
        "UNHCR counts {} registered refugees from {origin} in {host} at the end of {}",
        number(value),
        context.year
    );
    let previous = indicators::find("refugees.registered")
        .map(|i| {
            (i.cell)(
                context.inputs,
                &pair.backward(),
                Period::Year(context.year - 1),
            )
        })
        .filter(|c| c.value.is_some());
    match (change, &previous) {
        (Some(c), Some(p)) => text.push_str(&format!(
            ", {} on {} at the end of {} (release {}).",
            signed_pct(c.value.unwrap_or(0.0)),
            number_text(p),
            context.year - 1,
            p.vintage
        )),
        (Some(c), None) => text.push_str(&format!(
            ", {} on the year before.",
            signed_pct(c.value.unwrap_or(0.0))
        )),
        _ => text.push('.'),
    }
    let mut f = finding(
        "refugees-change",
        Theme::Refugees,
        "change",
        match change {
            Some(c) => format!(
                "{} registered refugees from {origin} in {host}, {} on the year",
                number(value),
                signed_pct(c.value.unwrap_or(0.0))
            ),
            None => format!(
                "{} registered refugees from {origin} in {host}",
                number(value)
            ),
        },
        text,
    );
    f.citations = cite_cell(references, stock);
    if let Some(p) = &previous {
        f.citations.extend(cite_cell(references, p));
    }
    Some(f)
}

fn refugee_revision(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let inputs = context.inputs;
    let subject = inputs.pair.backward();
    // The largest revision of an end-year figure up to the year, by the one revision rule.
    let mut best: Option<(f64, &dyad_model::Evidence, &dyad_model::Evidence)> = None;
    for series in release_series(&inputs.evidence) {
        let key = &series.key;
        let in_scope = key.indicator == "refugees.registered"
            && key.subject == subject
            && key
                .period
                .calendar_year()
                .is_some_and(|y| y <= context.year)
            && !key.basis.contains("mid-year");
        if !in_scope || !series.is_revised() {
            continue;
        }
        let Some(change) = series.net_change() else {
            continue;
        };
        let change = change * 100.0;
        let (first, last) = (
            series.releases[0].0,
            series.releases[series.releases.len() - 1].0,
        );
        if best.as_ref().is_none_or(|(c, _, _)| change.abs() > c.abs()) {
            best = Some((change, first, last));
        }
    }
    let (change, first, last) = best?;
    let period = first.observation.period?;
    let mut f = finding(
        "refugees-revision",
        Theme::Refugees,
        "revision",
        format!(
            "UNHCR revised its {period} figure by {}",
            signed_pct(change)
        ),
        format!(
            "UNHCR's first release with {period} ({}) gave {}; the latest ({}) gives {}, a revision of {}. Both are kept; tables use the latest.",
            first.provenance.source.release(),
            number(first.observation.value.number.unwrap_or(0.0)),
            last.provenance.source.release(),
            number(last.observation.value.number.unwrap_or(0.0)),
            signed_pct(change)
        ),
    );
    for e in [first, last] {
        f.citations.push(Citation {
            reference: references.cite(&e.provenance.source),
            text: format!(
                "{period}: {} (release {})",
                e.observation.value.text,
                e.provenance.source.release()
            ),
            locator: e.provenance.locator.clone(),
        });
    }
    Some(f)
}

fn refugee_projection(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let projection = context.refugee_projection?;
    let (period, step) = projection.steps.first()?;
    let actual = find(context.tables, "refugees", "Registered refugees")?;
    let value = actual.value?;
    if *period != Period::Year(context.year) {
        return None;
    }
    let error = step.mean - value;
    let held = step.lo95 <= value && value <= step.hi95;
    let model = projection.model.map_or("no model", |m| m.name());
    let as_of = projection.as_of.map(|d| d.to_string()).unwrap_or_default();
    let mut f = finding(
        "refugees-projection",
        Theme::Refugees,
        "projection error",
        format!(
            "A projection made at the end of {} missed {} by {}",
            context.year - 1,
            context.year,
            signed_pct(error / value * 100.0)
        ),
        format!(
            "With only the releases dated by {as_of}, whose latest value was for {} ({}), the {model} model chosen by backtest projected {} for {} (95% interval {} to {}). UNHCR's figure is {}: an error of {} ({}), {} the 95% interval.",
            projection
                .last_period
                .map(|p| p.to_string())
                .unwrap_or_default(),
            number(projection.last_value.unwrap_or(0.0)),
            number(step.mean),
            context.year,
            number(step.lo95),
            number(step.hi95),
            number(value),
            number(error),
            signed_pct(error / value * 100.0),
            if held { "inside" } else { "outside" }
        ),
    );
    f.citations = cite_cell(references, actual);
    f.citations.push(Citation {
        reference: references.cite_key("UNHCR: Refugee Data Finder: population"),
        text: format!(
            "the series as published by {as_of}, latest release {}",
            projection.last_vintage
        ),
        locator: String::new(),
    });
    Some(f)
}

fn refugee_provinces(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let table = context.tables.iter().find(|t| t.id == "refugees")?;
    let shares: Vec<&Cell> = table
        .cells
        .iter()
        .filter(|c| c.row.starts_with("Share: ") && c.value.is_some())
        .collect();
    let top = shares
        .iter()
        .filter(|c| !c.row.contains("not placed"))
        .max_by(|a, b| a.value.unwrap_or(0.0).total_cmp(&b.value.unwrap_or(0.0)))?;
    let unplaced = shares.iter().find(|c| c.row.contains("not placed"));
    let province = top.row.trim_start_matches("Share: ");
    let mut f = finding(
        "refugees-provinces",
        Theme::Refugees,
        "share",
        format!(
            "{province} hosts {}% of the registered refugees in UNHCR's breakdown by place",
            top.value_text
        ),
        format!(
            "In {}, {province} hosts the largest share of registered refugees, {}%{}.",
            context.year,
            top.value_text,
            match unplaced {
                Some(u) => format!(
                    "; {}% are recorded at refugee villages or places dyad cannot place in a province",
                    u.value_text
                ),
                None => String::new(),
            }
        ),
    );
    f.citations = cite_cell(references, top);
    Some(f)
}

fn survey_wave(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let table = context.tables.iter().find(|t| t.id == "opinion")?;
    let views: Vec<&Cell> = table
        .cells
        .iter()
        .filter(|c| c.row.starts_with("Context: favourable view of") && c.value.is_some())
        .collect();
    // A wave the survey checks flag gives way to an older one, so the views need not share a wave: the
    // newest names the sentence, and a view from another wave says its own.
    let wave = views.iter().map(|c| c.period.clone()).max()?;
    let host = country_name(&context.inputs.pair.first);
    let list = views
        .iter()
        .map(|c| {
            let whom = c.row.trim_start_matches("Context: favourable view of ");
            let whom = whom.split(" (Pew").next().unwrap_or(whom);
            if c.period == wave {
                format!("{whom} {}%", c.value_text)
            } else {
                format!("{whom} {}% (in {})", c.value_text, c.period)
            }
        })
        .collect::<Vec<_>>()
        .join(", ");
    let mut f = finding(
        "geopolitics-views",
        Theme::Geopolitics,
        "latest survey wave",
        format!("Favourable views in {host} ({wave}): {list}"),
        format!(
            "In Pew's latest wave up to {} ({wave}), the shares of people in {host} with a favourable view were: {list}. No wave asks about {}.",
            context.year,
            country_name(&context.inputs.pair.second)
        ),
    );
    for cell in &views {
        f.citations.extend(cite_cell(references, cell));
    }
    let share = |whom: &str| {
        views
            .iter()
            .find(|c| c.row.contains(whom))
            .and_then(|c| c.value)
    };
    if let (Some(china), Some(us)) = (share("China"), share("United States")) {
        f.text.push_str(&format!(
            " Views of China ({china:.0}% favourable) are {} than of the United States ({us:.0}%).",
            if china > us { "warmer" } else { "cooler" }
        ));
    }
    Some(f)
}

fn trade_target(context: &Context<'_, '_>, references: &mut References) -> Option<Finding> {
    let inputs = context.inputs;
    let target = inputs.evidence.iter().find(|e| {
        e.observation
            .indicator
            .starts_with("connectivity.bilateral_trade_target")
            && e.observation.subject == inputs.pair.to_string()
            && e.observation.value.number.is_some()
    })?;
    let total = (indicators::find("trade.total")?.cell)(
        inputs,
        &inputs.pair.to_string(),
        Period::Year(context.year),
    );
    let goal = target.observation.value.number?;
    let mut f = finding(
        "opportunities-target",
        Theme::Opportunities,
        "target against outcome",
        format!(
            "The bilateral trade target of {} {} against today's trade",
            number(goal),
            target.observation.unit
        ),
        match total.value {
            Some(value) => format!(
                "{} set a target of {} {} for bilateral trade ({}). The total for {} is {} {} ({}): {:.0}% of the target.",
                target.provenance.source.publisher,
                number(goal),
                target.observation.unit,
                target.observation.concept,
                total.period,
                number(value),
                total.unit,
                total.source,
                value / goal * 100.0
            ),
            None => format!(
                "{} set a target of {} {} for bilateral trade ({}). No comparable total is available for {}: {}.",
                target.provenance.source.publisher,
                number(goal),
                target.observation.unit,
                target.observation.concept,
                context.year,
                total.note
            ),
        },
    );
    f.citations.push(Citation {
        reference: references.cite(&target.provenance.source),
        text: format!(
            "{}: {} {}",
            target.observation.concept, target.observation.value.text, target.observation.unit
        ),
        locator: target.provenance.locator.clone(),
    });
    if total.value.is_some() {
        f.citations.extend(cite_cell(references, &total));
    }
    Some(f)
}

/// The recommendations: each emitted only when the findings that motivate it exist.
pub fn recommendations(findings: &[Finding]) -> Vec<Recommendation> {
    let has = |id: &str| findings.iter().any(|f| f.id == format!("finding-{id}"));
    let ids = |list: &[&str]| -> Vec<String> {
        list.iter()
            .filter(|id| has(id))
            .map(|id| format!("finding-{id}"))
            .collect()
    };
    let mut out = Vec::new();
    let mut push = |id: &str, text: &str, because: Vec<String>| {
        if !because.is_empty() {
            out.push(Recommendation {
                id: format!("rec-{id}"),
                text: text.to_string(),
                because,
            });
        }
    };
    push(
        "trade-statistics",
        "Agree one bilateral trade series: both customs administrations publish monthly flows with their basis stated, and banking-channel payments are reported beside them, not in their place.",
        ids(&["trade-disagreement", "trade-levels"]),
    );
    push(
        "border-register",
        "Keep a shared register of border security incidents with written definitions (the recipes here are one), so that both governments and independent monitors count the same events and can see where they differ.",
        ids(&[
            "security-trend",
            "security-gap",
            "security-incidents",
            "interstate",
        ]),
    );
    push(
        "refugee-ranges",
        "Plan refugee registration, services and returns on ranges and on the latest revised release, not on a single first-release figure: the stock is revised by more than a tenth and moves by hundreds of thousands within a year.",
        ids(&[
            "refugees-revision",
            "refugees-projection",
            "refugees-change",
        ]),
    );
    push(
        "survey",
        "Field a survey in both countries that asks the study's five items about the relationship, and publish its toplines with wording and sample, so that public perception can be measured rather than assumed.",
        ids(&["geopolitics-views"]),
    );
    push(
        "connectivity-milestones",
        "Tie trade and connectivity commitments to dated, measurable milestones reported against their targets, so that the distance between announcement and outcome is visible each year.",
        ids(&["opportunities-target"]),
    );
    out
}

/// The as-of date of the refugee projection scored for `year`: the end of the year before.
fn projection_date(year: i32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(year - 1, 12, 31)
}

/// Projects the refugee stock for `year` as of the end of the year before.
pub fn project_refugees(vintages: &mut Vintages<'_>, year: i32) -> Option<Projection> {
    let indicator = indicators::find("refugees.registered")?;
    let subject = vintages.latest().pair.backward();
    let projection = dyad_project::project(vintages, indicator, &subject, projection_date(year), 1);
    (!projection.steps.is_empty()).then_some(projection)
}

#[cfg(test)]
mod tests {
    use dyad_measure::{Inputs, build_tables};
    use dyad_model::{Evidence, Observation, Pair, Provenance, SourceRef, Status, Value};

    use super::*;

    /// An end-year refugee figure of a release.
    fn refugees(year: i32, value: f64, status: Status, release: &str) -> Evidence {
        Evidence {
            observation: Observation {
                indicator: "refugees.registered".into(),
                subject: "AFG→PAK".into(),
                period: Some(Period::Year(year)),
                value: Value::parse_number(&value.to_string()).unwrap(),
                unit: "persons".into(),
                concept: "Afghans in Pakistan: refugees".into(),
                basis: "end-year stock".into(),
                agency: String::new(),
                status,
                note: String::new(),
            },
            provenance: Provenance::of(SourceRef::new(
                "UNHCR",
                "Refugee Data Finder: population",
                &format!("Global Trends, released {release}"),
                release,
            )),
        }
    }

    /// The findings of 2023 over `evidence`.
    fn findings_of(evidence: &[Evidence]) -> (Vec<Finding>, Vec<NoEvidence>) {
        let pair: Pair = "PAK-AFG".parse().unwrap();
        let inputs = Inputs::new(&pair, evidence, dyad_measure::EventBase::none(), &[]);
        let tables = build_tables(&inputs, 2023);
        let context = Context {
            inputs: &inputs,
            tables: &tables,
            year: 2023,
            refugee_projection: None,
        };
        let mut references = References::new(evidence);
        findings(&context, &mut references)
    }

    fn evidence() -> Vec<Evidence> {
        vec![
            refugees(2021, 1_490_562.0, Status::Observed, "2022-06-16"),
            refugees(2022, 1_539_046.0, Status::Observed, "2023-04-26"),
            refugees(2022, 1_743_278.0, Status::Observed, "2023-06-14"),
            refugees(2023, 1_987_717.0, Status::Observed, "2024-06-17"),
            // A document's projection for 2023: it must never be stated as what happened.
            refugees(2023, 2_500_000.0, Status::Projection, "2022-12-01"),
        ]
    }

    #[test]
    fn the_largest_revision_is_found_and_both_releases_cited() {
        let (found, _) = findings_of(&evidence());
        let revision = found
            .iter()
            .find(|f| f.id == "finding-refugees-revision")
            .expect("a revision finding");
        assert_eq!(revision.headline, "UNHCR revised its 2022 figure by +13.3%");
        assert_eq!(revision.citations.len(), 2);
        assert!(revision.text.contains("1,539,046") && revision.text.contains("1,743,278"));
    }

    #[test]
    fn the_change_rule_reads_the_observed_stock_not_a_projection() {
        let (found, _) = findings_of(&evidence());
        let change = found
            .iter()
            .find(|f| f.id == "finding-refugees-change")
            .expect("a change finding");
        assert!(change.headline.contains("1,987,717"), "{}", change.headline);
        for finding in &found {
            assert!(
                !finding.headline.contains("2,500,000") && !finding.text.contains("2,500,000"),
                "a projection is stated as fact in {}",
                finding.id
            );
        }
    }

    #[test]
    fn every_finding_has_a_rule_and_citations_and_empty_themes_say_why() {
        let (found, missing) = findings_of(&evidence());
        assert!(!found.is_empty());
        for finding in &found {
            assert!(!finding.rule.is_empty(), "{}", finding.id);
            assert!(
                !finding.citations.is_empty(),
                "{} cites nothing",
                finding.id
            );
        }
        // With refugee figures only, trade has no evidence, and the report says so.
        assert!(
            missing
                .iter()
                .any(|m| m.theme == Theme::Trade && !m.reason.is_empty()),
            "{missing:?}"
        );
        assert!(!found.iter().any(|f| f.theme == Theme::Trade));
    }

    #[test]
    fn no_revision_is_found_where_no_release_revised_a_figure() {
        let unrevised: Vec<Evidence> = evidence()
            .into_iter()
            .filter(|e| e.observation.value.number != Some(1_539_046.0))
            .collect();
        let (found, _) = findings_of(&unrevised);
        assert!(!found.iter().any(|f| f.id == "finding-refugees-revision"));
    }

    #[test]
    fn numbers_for_prose() {
        assert_eq!(super::number(1987717.0), "1,987,717");
        assert_eq!(super::number(-159964.0), "-159,964");
        assert_eq!(super::number(14.04), "14");
        assert_eq!(super::number(14.25), "14.3");
        assert_eq!(super::number(989.0), "989");
    }
}
