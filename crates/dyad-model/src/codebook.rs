//! Holds the codebook's vocabulary: themes, lenses, codes and the coders that apply them.
//!
//! A codebook crosses the study's seven themes with three lenses of international relations. A code
//! annotates a span of a passage and always names its coder: a person, or the rule that matched, with the
//! words it matched, so that every machine code can be explained and checked by hand.

use serde::Serialize;

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
    /// The theme whose short key (`trust`, `security`, …, as in its anchor id) is `key`.
    pub fn from_key(key: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|theme| theme.id().strip_prefix("theme-") == Some(key))
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
    /// One of the seven themes.
    Theme,
    /// One of the three lenses.
    Lens,
}

/// What a code names: a theme or a lens.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case", tag = "family", content = "name")]
pub enum CodeName {
    /// A theme.
    Theme(Theme),
    /// A lens.
    Lens(Lens),
}

impl CodeName {
    /// The code's family.
    pub fn family(self) -> CodeFamily {
        match self {
            CodeName::Theme(_) => CodeFamily::Theme,
            CodeName::Lens(_) => CodeFamily::Lens,
        }
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
    /// A codebook rule.
    Rule {
        /// The codebook, by name and the SHA-256 of its file, so that a changed codebook is a new coder.
        codebook: String,
        /// The rule's id within the codebook.
        rule: String,
        /// The words of the passage that matched it.
        matched: Vec<String>,
    },
}

/// One code applied to a span of a passage.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Code {
    /// What the code names.
    pub name: CodeName,
    /// The words coded.
    pub locator: Locator,
    /// Who applied it.
    pub coder: Coder,
    /// The rule's score, for a machine code; `None` for a person's.
    pub score: Option<f64>,
}
