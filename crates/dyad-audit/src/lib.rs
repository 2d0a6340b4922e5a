//! Gives verdicts on the claims a text makes: internal consistency, and agreement with the evidence; no IO.
//!
//! [`audit`] reads a text with [`dyad_text::claims::extract`] and runs each check of [`consistency`]
//! over what it found. Every check is one function whose doc states its rule; each returns
//! [`Finding`]s that carry the words they judge, the values they compared and one sentence saying why.
//! A check flags only what its rule proves: a statement the rule cannot place is left alone, because a
//! consistent text must come out clean.

pub mod consistency;
pub mod evidence;
pub mod projections;

use dyad_model::claim::{CheckKind, Claim, Verdict, VerdictKind};
use dyad_model::document::Locator;
use dyad_model::observation::Evidence;
use dyad_model::pair::Pair;
use dyad_text::claims::{Extraction, extract};
use serde::Serialize;

/// What an audit needs besides the text.
#[derive(Debug, Clone)]
pub struct AuditConfig {
    /// The pair the text is about, for the scope check.
    pub pair: Pair,
    /// Places that belong to the pair alone (its border crossings and the districts and provinces on
    /// their border and no other), whose mention shows that a paragraph discusses the pair's relations.
    pub shared_places: Vec<String>,
    /// The crossings among them: a sentence that names one speaks of the pair's own trade.
    pub crossings: Vec<String>,
    /// The pair's capitals, by country code, used for their governments ("Islamabad said").
    pub capitals: Vec<(String, String)>,
    /// The pair's adjectives, by country code, that name a side with a noun ("the Afghan authorities").
    pub demonyms: Vec<(String, String)>,
    /// Cities and ports of each country of the pair, by country code: a sentence that names one speaks
    /// of that country ("transit trade through Karachi").
    pub places: Vec<(String, String)>,
    /// Every town and province of the gazetteer, by country code: a text that names one of each of
    /// the pair's countries is about goods or people between them.
    pub towns: Vec<(String, String)>,
    /// Names of the pair's own agreements and bodies, written after the two countries' names ("the
    /// Afghanistan–Pakistan Transit Trade Agreement"), each with whether it is the pair's alone (the
    /// 2010 transit agreement) or a kind of body other pairs have too (a joint economic commission),
    /// which is the pair's only where the paragraph also names the pair's other country.
    pub instruments: Vec<(String, bool)>,
    /// The states each country of the pair shares a land border with, by code, and their adjectives:
    /// a border of one of the pair with any other state is a slip ("Ireland's border with Afghanistan").
    pub neighbours: Vec<(String, Vec<(String, String)>)>,
    /// Third states with road crossings of their own into both countries of the pair, by code: goods
    /// between them and either country never need the pair's crossings (Iran's Taftan and Islam Qala).
    /// China borders both but has no road into Afghanistan, so its goods for Kabul do cross at Torkham.
    pub crossed_to_both: Vec<String>,
    /// Provinces and cities of the pair's countries (not the capitals, which stand for governments):
    /// a count placed in one is that part's, which a national series neither supports nor contradicts.
    pub regions: Vec<String>,
    /// The countries of the pair that have no coast, by code: goods that enter the other over their
    /// common border come from the landlocked side or from beyond it by land, never from overseas.
    pub landlocked: Vec<String>,
    /// The name of the line the pair's common border follows ("Durand Line"): whatever it separates is
    /// the pair, and no third state is one of its sides.
    pub border_line: Option<String>,
    /// The pair's own places, waters, languages, currency, documents and bodies
    /// (`data/reference/pair_gazetteer.csv`, and the refugee villages of
    /// `data/reference/pak_refugee_villages.csv`): a far third state set among them is named where the
    /// pair's own belongs.
    pub gazetteer: Gazetteer,
    /// The gazetteer's documents, bodies and identifiers only (its rows of kind `body` and
    /// `identifier`): things no other state has, where a place may well host another state's post.
    pub bodies: Gazetteer,
}

/// A list of names with one automaton, built with the list, that finds them in a text as whole words.
#[derive(Debug, Clone, Default)]
pub struct Gazetteer {
    names: Vec<String>,
    matcher: Option<aho_corasick::AhoCorasick>,
}

impl Gazetteer {
    /// The gazetteer of these names.
    pub fn new(names: Vec<String>) -> Gazetteer {
        let matcher = (!names.is_empty()).then(|| {
            aho_corasick::AhoCorasick::builder()
                .match_kind(aho_corasick::MatchKind::LeftmostLongest)
                .build(&names)
                .expect("a list of names builds an automaton")
        });
        Gazetteer { names, matcher }
    }

    /// The names, in the order given.
    pub fn names(&self) -> &[String] {
        &self.names
    }

    /// Whether it holds no name.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Whether `word` is one of the names, exactly.
    pub fn contains(&self, word: &str) -> bool {
        self.names.iter().any(|name| name == word)
    }

    /// The names that stand in `text` as whole words (the longest, where names overlap): each as its
    /// byte span and its index among the names.
    pub fn found_in<'t>(
        &'t self,
        text: &'t str,
    ) -> impl Iterator<Item = (usize, usize, usize)> + 't {
        self.matcher
            .iter()
            .flat_map(move |matcher| matcher.find_iter(text))
            .filter(move |found| {
                let before = text[..found.start()].chars().next_back();
                let after = text[found.end()..].chars().next();
                !before.is_some_and(char::is_alphanumeric)
                    && !after.is_some_and(char::is_alphanumeric)
            })
            .map(|found| (found.start(), found.end(), found.pattern().as_usize()))
    }
}

/// The gazetteer of the pair's own names, compiled in.
const GAZETTEER_CSV: &str = include_str!("../../../data/reference/pair_gazetteer.csv");

/// The Afghan refugee villages of Pakistan, compiled in: places of the pair too.
const VILLAGES_CSV: &str = include_str!("../../../data/reference/pak_refugee_villages.csv");

impl AuditConfig {
    /// The configuration for a pair, with the shared places dyad knows for it (Pakistan–Afghanistan's
    /// crossings and border districts; none for other pairs).
    pub fn for_pair(pair: Pair) -> AuditConfig {
        let is_pak_afg = [pair.first.as_str(), pair.second.as_str()] == ["PAK", "AFG"]
            || [pair.first.as_str(), pair.second.as_str()] == ["AFG", "PAK"];
        let shared_places = if is_pak_afg {
            [
                "Torkham",
                "Chaman",
                "Spin Boldak",
                "Ghulam Khan",
                "Angoor Adda",
                "Kharlachi",
                "Nawa Pass",
                "Badini",
                "Arandu",
                "Durand Line",
                // Districts and provinces that border the other country of the pair and no other.
                "Bajaur",
                "Mohmand",
                "Kurram",
                "North Waziristan",
                "South Waziristan",
                "Khyber",
                "Zhob",
                "Qilla Abdullah",
                "Qila Saifullah",
                "Qilla Saifullah",
                "Chitral",
                "Nangarhar",
                "Kunar",
                "Nuristan",
                "Khost",
                "Paktia",
                "Paktika",
                "Zabul",
                "Kandahar",
            ]
            .map(String::from)
            .to_vec()
        } else {
            Vec::new()
        };
        let crossings: Vec<String> = shared_places
            .iter()
            .take_while(|place| place.as_str() != "Durand Line")
            .cloned()
            .collect();
        let capitals = if is_pak_afg {
            vec![
                ("PAK".to_string(), "Islamabad".to_string()),
                ("AFG".to_string(), "Kabul".to_string()),
            ]
        } else {
            Vec::new()
        };
        let demonyms = if is_pak_afg {
            vec![
                ("PAK".to_string(), "Pakistani".to_string()),
                ("AFG".to_string(), "Afghan".to_string()),
            ]
        } else {
            Vec::new()
        };
        let places = if is_pak_afg {
            [
                ("PAK", "Karachi"),
                ("PAK", "Port Qasim"),
                ("PAK", "Gwadar"),
                ("PAK", "Peshawar"),
                ("PAK", "Quetta"),
                ("PAK", "Lahore"),
                ("PAK", "Rawalpindi"),
                ("PAK", "Faisalabad"),
                ("PAK", "Sialkot"),
                ("PAK", "Multan"),
                ("AFG", "Jalalabad"),
                ("AFG", "Mazar-i-Sharif"),
                ("AFG", "Kunduz"),
                ("AFG", "Kandahar"),
                ("AFG", "Herat"),
                ("AFG", "Ghazni"),
            ]
            .map(|(code, place)| (code.to_string(), place.to_string()))
            .to_vec()
        } else {
            Vec::new()
        };
        let instruments = if is_pak_afg {
            // The transit agreement of 2010 is the pair's; Pakistan and Uzbekistan signed one of
            // their own in 2021, so a name with another year or none is not read as the pair's.
            [
                ("Transit Trade Agreement of 2010", true),
                ("Transit Trade Agreement (APTTA)", true),
                ("Transit Trade Coordination Authority", true),
                ("Joint Economic Commission", false),
                ("Joint Coordination Committee", false),
                ("Joint Chamber of Commerce", false),
            ]
            .map(|(name, own)| (name.to_string(), own))
            .to_vec()
        } else {
            Vec::new()
        };
        let neighbours = if is_pak_afg {
            let of = |list: &[(&str, &str)]| -> Vec<(String, String)> {
                list.iter()
                    .map(|(code, adjective)| (code.to_string(), adjective.to_string()))
                    .collect()
            };
            vec![
                (
                    "AFG".to_string(),
                    of(&[
                        ("PAK", "Pakistani"),
                        ("IRN", "Iranian"),
                        ("TKM", "Turkmen"),
                        ("UZB", "Uzbek"),
                        ("TJK", "Tajik"),
                        ("CHN", "Chinese"),
                    ]),
                ),
                (
                    "PAK".to_string(),
                    of(&[
                        ("AFG", "Afghan"),
                        ("IRN", "Iranian"),
                        ("IND", "Indian"),
                        ("CHN", "Chinese"),
                    ]),
                ),
            ]
        } else {
            Vec::new()
        };
        let crossed_to_both = if is_pak_afg {
            vec!["IRN".to_string()]
        } else {
            Vec::new()
        };
        let regions = if is_pak_afg {
            [
                "Khyber Pakhtunkhwa",
                "Balochistan",
                "Punjab",
                "Sindh",
                "Gilgit-Baltistan",
                "Azad Kashmir",
                "Azad Jammu and Kashmir",
                "Balkh",
                "Helmand",
                "Nangarhar",
            ]
            .iter()
            .map(|name| name.to_string())
            .chain(places.iter().map(|(_, place)| place.clone()))
            .collect()
        } else {
            Vec::new()
        };
        // The documents, bodies and identifiers among them.
        let bodies: Vec<String> = if is_pak_afg {
            GAZETTEER_CSV
                .lines()
                .skip(1)
                .filter_map(|line| {
                    let mut fields = line.splitn(3, ',');
                    let kind = fields.nth(1)?;
                    // A name with a comma in it is quoted, as CSV quotes it.
                    let name = fields.next()?.trim_matches('"');
                    matches!(kind, "body" | "identifier").then(|| name.to_string())
                })
                .collect()
        } else {
            Vec::new()
        };
        let gazetteer: Vec<String> = if is_pak_afg {
            // The gazetteer's names, then the Afghan refugee villages of Pakistan and their other
            // spellings.
            GAZETTEER_CSV
                .lines()
                .skip(1)
                .flat_map(|line| {
                    let mut fields = line.splitn(3, ',');
                    let kind = fields.nth(1).unwrap_or("");
                    let name = fields.next().unwrap_or("").trim_matches('"');
                    // A town's or a province's adjective in "-i" ("Kabuli pulao", "Peshawari
                    // chappals", "Panjshiri"), for one-word names of five letters or more that end
                    // in a consonant; not "Sindhi", a people and a language far beyond the pair.
                    let adjective = (matches!(kind, "town" | "province")
                        && name != "Sindh"
                        && name.len() >= 5
                        && !name.contains(' ')
                        && !name.ends_with(['a', 'e', 'i', 'o', 'u', 'y']))
                    .then(|| format!("{name}i"));
                    std::iter::once(name.to_string()).chain(adjective)
                })
                .filter(|name| !name.is_empty())
                .chain(VILLAGES_CSV.lines().skip(1).flat_map(|line| {
                    let mut fields = line.split(',');
                    let village = fields.next().unwrap_or("");
                    let spellings = fields.next().unwrap_or("");
                    std::iter::once(village)
                        .chain(spellings.split('|'))
                        .filter(|name| !name.is_empty())
                        .map(String::from)
                        .collect::<Vec<_>>()
                }))
                .collect()
        } else {
            Vec::new()
        };
        let towns = if is_pak_afg {
            GAZETTEER_CSV
                .lines()
                .skip(1)
                .filter_map(|line| {
                    let mut fields = line.splitn(3, ',');
                    let code = fields.next()?;
                    let kind = fields.next()?;
                    let name = fields.next()?.trim_matches('"');
                    matches!(kind, "town" | "province")
                        .then(|| (code.to_string(), name.to_string()))
                })
                .collect()
        } else {
            Vec::new()
        };
        AuditConfig {
            pair,
            shared_places,
            crossings,
            capitals,
            demonyms,
            places,
            towns,
            instruments,
            neighbours,
            crossed_to_both,
            regions,
            landlocked: if is_pak_afg {
                vec!["AFG".to_string()]
            } else {
                Vec::new()
            },
            border_line: is_pak_afg.then(|| "Durand Line".to_string()),
            gazetteer: Gazetteer::new(gazetteer),
            bodies: Gazetteer::new(bodies),
        }
    }
}

/// One thing an audit found wrong, with what it compared.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Finding {
    /// The check that found it.
    pub check: CheckKind,
    /// Its verdict.
    pub verdict: VerdictKind,
    /// The words judged, counted in characters.
    pub span: Locator,
    /// Those words.
    pub text: String,
    /// The numbers compared, in the order the explanation names them.
    pub values: Vec<f64>,
    /// The claims compared (empty for a check about words, such as scope or a repeated sentence).
    pub claims: Vec<Claim>,
    /// One sentence saying why.
    pub explanation: String,
    /// The observations of the evidence base it was compared with (for the evidence and citation
    /// checks), with their provenance.
    pub evidence: Vec<Evidence>,
    /// By how much the claim is off, as a share of the closest observation, when contradicted.
    pub relative_difference: Option<f64>,
}

impl Finding {
    /// Builds a finding over a byte span of `text`.
    pub(crate) fn new(
        text: &str,
        check: CheckKind,
        (start, end): (usize, usize),
        values: Vec<f64>,
        claims: Vec<Claim>,
        explanation: String,
    ) -> Finding {
        let verdict = match check {
            CheckKind::Scope => VerdictKind::OutOfScope,
            CheckKind::Evidence | CheckKind::Citation => VerdictKind::Contradicted,
            _ => VerdictKind::InternallyInconsistent,
        };
        Finding {
            check,
            verdict,
            span: Extraction::locator(text, start, end),
            text: text[start..end].to_string(),
            values,
            claims,
            explanation,
            evidence: Vec::new(),
            relative_difference: None,
        }
    }

    /// The finding as a model verdict on its first claim, when it judged a claim.
    pub fn verdict(&self) -> Option<Verdict> {
        let (claim, compared) = self.claims.split_first()?;
        Some(Verdict {
            check: self.check,
            kind: self.verdict,
            claim: claim.clone(),
            compared_claims: compared.to_vec(),
            evidence: self.evidence.clone(),
            relative_difference: self.relative_difference,
            explanation: self.explanation.clone(),
        })
    }
}

/// Audits one text for internal consistency and against the evidence: the findings of [`audit`], then
/// a verdict (supported, contradicted or unverifiable) on each claim whose indicator and year are known,
/// from [`evidence::against_evidence`].
pub fn audit_with_evidence(
    text: &str,
    config: &AuditConfig,
    observations: &[Evidence],
) -> Vec<Finding> {
    let mut findings = audit(text, config);
    findings.extend(dyad_text::claims::with_char_index(text, || {
        evidence::against_evidence(text, &extract(text), observations, &config.regions)
    }));
    findings.sort_by_key(|finding| (finding.span.start, finding.check));
    findings
}

/// Why a text cannot be audited at all.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unreadable {
    /// It holds no letter (a scan without a text layer, an empty file).
    NoText,
    /// Most of its letters are of a script other than Latin, and the claim extraction reads English.
    OtherScript {
        /// Its letters.
        letters: usize,
        /// Those of another script.
        other: usize,
    },
}

/// Whether `text` can be audited: it has letters, and at least half of them are Latin. A text that
/// cannot is refused whole, so that no partial result is taken for an audit.
pub fn readable(text: &str) -> Result<(), Unreadable> {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    if letters == 0 {
        return Err(Unreadable::NoText);
    }
    let latin = text
        .chars()
        .filter(|c| c.is_alphabetic() && (c.is_ascii() || ('\u{c0}'..='\u{24f}').contains(c)))
        .count();
    if latin * 2 < letters {
        return Err(Unreadable::OtherScript {
            letters,
            other: letters - latin,
        });
    }
    Ok(())
}

/// Audits one text for internal consistency: every check, findings in order of position.
pub fn audit(text: &str, config: &AuditConfig) -> Vec<Finding> {
    dyad_text::claims::with_char_index(text, || audit_indexed(text, config))
}

fn audit_indexed(text: &str, config: &AuditConfig) -> Vec<Finding> {
    let extraction = extract(text);
    let mut findings = Vec::new();
    findings.extend(consistency::text_vs_table(text, &extraction));
    findings.extend(consistency::arithmetic(text, &extraction));
    findings.extend(consistency::row_statements(text, &extraction));
    findings.extend(consistency::garbled(text, &extraction));
    findings.extend(consistency::number_reuse(text, &extraction, config));
    findings.extend(consistency::direction(text, &extraction));
    findings.extend(consistency::scope(text, &extraction, config));
    findings.sort_by_key(|finding| (finding.span.start, finding.check, finding.span.end));
    // Two checks may find one slip (a row's figure read by the table check and by the row check):
    // it is reported once.
    findings.dedup_by(|a, b| a.span == b.span && a.check == b.check);
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_pairs_gazetteer_reads_both_tables_and_finds_whole_words() {
        let config = AuditConfig::for_pair(Pair {
            first: "PAK".to_string(),
            second: "AFG".to_string(),
        });
        let names = config.gazetteer.names();
        // Every row of both tables gives a name, with no stray field or quote mark; a name with a
        // comma is quoted in the file and read whole.
        assert!(names.len() > 450, "{} names", names.len());
        assert!(
            names
                .iter()
                .all(|n| !n.is_empty() && n.trim() == n && !n.contains('"'))
        );
        assert!(
            names
                .iter()
                .filter(|n| n.contains(','))
                .all(|n| *n == "Ministry of Agriculture, Irrigation and Livestock")
        );
        assert!(
            config
                .bodies
                .names()
                .contains(&"Ministry of Agriculture, Irrigation and Livestock".to_string())
        );
        // A village's other spelling is a name of its own.
        assert!(config.gazetteer.contains("Old Akora"));
        assert!(config.gazetteer.contains("Khulm"));
        // A town's adjective in "-i", for names that end in a consonant.
        assert!(config.gazetteer.contains("Kabuli") && config.gazetteer.contains("Peshawari"));
        assert!(!config.gazetteer.contains("Quettai") && !config.gazetteer.contains("Sindhi"));
        // The documents, bodies and identifiers on their own.
        assert!(config.bodies.contains("NADRA") && !config.bodies.contains("Khulm"));
        // Whole words only, the longest name where two overlap.
        let text = "Bara, Barakai and the Kabul River; not Barack.";
        let starts = |g: &Gazetteer| g.found_in(text).map(|(at, _, _)| at).collect::<Vec<_>>();
        assert_eq!(starts(&config.gazetteer), [0, 6, 22]);
        // Another pair has no gazetteer.
        let other = AuditConfig::for_pair(Pair {
            first: "IND".to_string(),
            second: "NPL".to_string(),
        });
        assert!(other.gazetteer.is_empty() && starts(&other.gazetteer).is_empty());
    }
}
