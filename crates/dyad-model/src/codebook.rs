//! Holds the codebook's vocabulary: themes, lenses, codes and the coders that apply them.
//!
//! A codebook crosses the study's seven themes with three lenses of international relations. A code
//! annotates a span of a passage and always names its coder: a person, or the rule that matched, with the
//! words it matched, so that every machine code can be explained and checked by hand.

use serde::{Deserialize, Serialize};

use crate::document::Locator;

/// The study's seven themes, in the report's order: what a passage or a finding is about.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Theme {
    /// Trust deficit and diplomacy.
    TrustAndDiplomacy,
    /// Security and counter-terrorism.
    Security,
    /// Trade and its barriers.
    Trade,
    /// Refugees.
    Refugees,
    /// Regional geopolitics.
    Geopolitics,
    /// Public perception.
    PublicPerception,
    /// Opportunities.
    Opportunities,
}

impl Theme {
    /// Every theme, in order.
    pub const ALL: [Theme; 7] = [
        Theme::TrustAndDiplomacy,
        Theme::Security,
        Theme::Trade,
        Theme::Refugees,
        Theme::Geopolitics,
        Theme::PublicPerception,
        Theme::Opportunities,
    ];

    /// The heading.
    pub fn title(self) -> &'static str {
        match self {
            Theme::TrustAndDiplomacy => "Trust deficit and diplomacy",
            Theme::Security => "Security and counter-terrorism",
            Theme::Trade => "Trade and its barriers",
            Theme::Refugees => "Refugees",
            Theme::Geopolitics => "Regional geopolitics",
            Theme::PublicPerception => "Public perception",
            Theme::Opportunities => "Opportunities",
        }
    }

    /// The anchor id.
    pub fn id(self) -> &'static str {
        match self {
            Theme::TrustAndDiplomacy => "theme-trust",
            Theme::Security => "theme-security",
            Theme::Trade => "theme-trade",
            Theme::Refugees => "theme-refugees",
            Theme::Geopolitics => "theme-geopolitics",
            Theme::PublicPerception => "theme-perception",
            Theme::Opportunities => "theme-opportunities",
        }
    }
}

/// The three lenses of international relations that a passage or a finding is read through.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Lens {
    /// Power, security and self-help.
    Realism,
    /// Identities, norms and shared meanings.
    Constructivism,
    /// Interdependence, institutions and gains from cooperation.
    Liberalism,
}

impl Lens {
    /// The name printed.
    pub fn name(self) -> &'static str {
        match self {
            Lens::Realism => "Realism",
            Lens::Constructivism => "Constructivism",
            Lens::Liberalism => "Liberalism",
        }
    }
}

impl Theme {
    /// The short key (`trust`, `security`, …): the anchor id without `theme-`.
    pub fn key(self) -> &'static str {
        self.id().trim_start_matches("theme-")
    }

    /// The theme whose short key (`trust`, `security`, …, as in its anchor id) is `key`.
    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL.into_iter().find(|theme| theme.key() == key)
    }
}

impl Lens {
    /// Every lens, in order.
    pub const ALL: [Lens; 3] = [Lens::Realism, Lens::Constructivism, Lens::Liberalism];

    /// The short key (`realism`, …).
    pub fn key(self) -> &'static str {
        match self {
            Lens::Realism => "realism",
            Lens::Constructivism => "constructivism",
            Lens::Liberalism => "liberalism",
        }
    }

    /// The lens whose key is `key`.
    pub fn from_key(key: &str) -> Option<Lens> {
        Lens::ALL.into_iter().find(|lens| lens.key() == key)
    }
}

/// The family a code belongs to: what a passage is about, or how it reads the relationship.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CodeFamily {
    /// What a passage is about: one of the study's themes, or another topic a codebook adds.
    Theme,
    /// How a passage reads the relationship: one of the three lenses, or another a codebook adds.
    Lens,
}

impl CodeFamily {
    /// The family's key, as written in codebooks and exports.
    pub fn key(self) -> &'static str {
        match self {
            CodeFamily::Theme => "theme",
            CodeFamily::Lens => "lens",
        }
    }

    /// The family whose key is `key`.
    pub fn from_key(key: &str) -> Option<CodeFamily> {
        match key {
            "theme" => Some(CodeFamily::Theme),
            "lens" => Some(CodeFamily::Lens),
            _ => None,
        }
    }
}

/// What a code names: its family and its key within the codebook (`security`, `realism`, …).
///
/// The study's seven themes and three lenses have the keys of [`Theme::id`] (without `theme-`) and
/// [`Lens::key`]; a codebook may add codes of its own, which the report leaves out and exports keep.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct CodeName {
    /// The family.
    pub family: CodeFamily,
    /// The key.
    pub key: String,
}

impl CodeName {
    /// The code of a theme.
    pub fn theme(theme: Theme) -> CodeName {
        CodeName {
            family: CodeFamily::Theme,
            key: theme.key().to_string(),
        }
    }

    /// The code of a lens.
    pub fn lens(lens: Lens) -> CodeName {
        CodeName {
            family: CodeFamily::Lens,
            key: lens.key().to_string(),
        }
    }

    /// The study's theme this code names, if it names one.
    pub fn as_theme(&self) -> Option<Theme> {
        match self.family {
            CodeFamily::Theme => Theme::from_key(&self.key),
            CodeFamily::Lens => None,
        }
    }

    /// The study's lens this code names, if it names one.
    pub fn as_lens(&self) -> Option<Lens> {
        match self.family {
            CodeFamily::Lens => Lens::from_key(&self.key),
            CodeFamily::Theme => None,
        }
    }
}

impl std::fmt::Display for CodeName {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(formatter, "{}:{}", self.family.key(), self.key)
    }
}

/// Who applied a code.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum Coder {
    /// A person, by the name they code under.
    Person {
        /// The name.
        name: String,
    },
    /// A codebook's rules.
    Rule {
        /// The codebook, as `name@version#sha12` (the first twelve hex digits of the SHA-256 of its file),
        /// so that a changed codebook is another coder.
        codebook: String,
    },
}

impl Coder {
    /// The coder's name in exports and reliability sheets: a person's name, or `rule:` and the codebook.
    pub fn label(&self) -> String {
        match self {
            Coder::Person { name } => name.clone(),
            Coder::Rule { codebook } => format!("rule:{codebook}"),
        }
    }

    /// The coder a label names (see [`Coder::label`]).
    pub fn from_label(label: &str) -> Coder {
        match label.strip_prefix("rule:") {
            Some(codebook) => Coder::Rule {
                codebook: codebook.to_string(),
            },
            None => Coder::Person {
                name: label.to_string(),
            },
        }
    }
}

/// Words of a passage that a rule matched.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MatchedWords {
    /// The words, as the passage writes them.
    pub text: String,
    /// Where they stand in the document.
    pub locator: Locator,
}

/// One rule of a codebook that fired on a passage, with the words that made it fire.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct RuleHit {
    /// The rule's id within the codebook.
    pub rule: String,
    /// What each match adds to the code's score.
    pub weight: f64,
    /// The matches, in the passage's order: the term, and for a proximity rule the word near it.
    pub matches: Vec<Vec<MatchedWords>>,
}

/// One code applied to a span of a passage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Code {
    /// What the code names.
    pub name: CodeName,
    /// The words coded: the whole passage for a codebook's code, any span within one passage for a
    /// person's.
    pub locator: Locator,
    /// Who applied it.
    pub coder: Coder,
    /// The rules' summed score, for a codebook's code; `None` for a person's.
    pub score: Option<f64>,
    /// The rules that fired, with the words they matched; empty for a person's code.
    pub hits: Vec<RuleHit>,
}

/// A coded passage as the report cites it: its document, where it stands, its words and its codes.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CitedPassage {
    /// The document's id in the evidence base.
    pub document_id: i64,
    /// The passage's number in the document.
    pub passage: u32,
    /// The document's title.
    pub title: String,
    /// The document's date, or empty.
    pub date: String,
    /// The document's publisher, or empty.
    pub publisher: String,
    /// The document's address, or empty.
    pub url: String,
    /// Where the passage stands.
    pub locator: Locator,
    /// The passage's words.
    pub text: String,
    /// The codes one coder applied to it, with the words their rules matched.
    pub codes: Vec<Code>,
}
