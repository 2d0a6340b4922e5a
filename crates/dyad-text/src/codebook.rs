//! Reads a codebook (TOML) and applies its rules to passages, explaining every code it applies.
//!
//! A codebook is data: each code has a family (theme or lens), a definition, inclusion and exclusion
//! criteria, examples, a minimum score and rules. A rule lists terms; a term is a word or a phrase whose
//! words may end in `*` to match any word that begins so (`negotiat*` matches `negotiate`,
//! `negotiations`). A rule with `near` fires only where one of its terms stands within `within` words of
//! one of the `near` terms (`NEAR/n` in the QDA tools' notation). A rule marked `skip_negated` ignores a
//! term that a negation word (`no`, `not`, … as the codebook lists them) precedes within the codebook's
//! negation window. A code's `not_within` phrases (such as "World Trade Center" for trade) void any match
//! inside them. Each match adds its rule's weight to the code's score, and the code is applied when the
//! score reaches the code's minimum.
//!
//! Words are runs of letters and digits, compared in lower case; hyphens and apostrophes separate words,
//! so `counter-terrorism` is the phrase `counter terrorism` and a term is written the same way. Coding is
//! deterministic: the same codebook and passage always give the same codes, hits and scores.

use std::collections::{HashMap, HashSet};

use dyad_model::codebook::{Code, CodeFamily, CodeName, Coder, Lens, MatchedWords, RuleHit, Theme};
use dyad_model::document::{Locator, Passage};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

/// The codebook dyad ships: the study's seven themes and three lenses.
pub const BUNDLED: &str = include_str!("../../../data/text/codebook.toml");

/// Why a codebook could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodebookError {
    /// The file is not TOML of the codebook's shape.
    #[error("line {line}, column {column}: {message}\nhint: {hint}")]
    Syntax {
        /// The 1-based line.
        line: usize,
        /// The 1-based column.
        column: usize,
        /// What the TOML reader says.
        message: String,
        /// What to do.
        hint: &'static str,
    },
    /// A value is out of place.
    #[error("code `{code}`: {message}\nhint: {hint}")]
    Invalid {
        /// The code (or rule) it concerns.
        code: String,
        /// What is wrong.
        message: String,
        /// What to do.
        hint: String,
    },
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FileShape {
    codebook: HeaderShape,
    #[serde(default)]
    negation: Option<NegationShape>,
    #[serde(default)]
    scope: Option<ScopeShape>,
    #[serde(default)]
    changelog: Vec<Change>,
    code: Vec<CodeShape>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ScopeShape {
    terms: Vec<String>,
    #[serde(default)]
    context: u32,
    #[serde(default)]
    title: bool,
    #[serde(default)]
    note: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HeaderShape {
    name: String,
    version: String,
    #[serde(default)]
    description: String,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct NegationShape {
    words: Vec<String>,
    window: u32,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct CodeShape {
    key: String,
    family: String,
    name: String,
    #[serde(default)]
    color: Option<String>,
    definition: String,
    #[serde(default)]
    include: Vec<String>,
    #[serde(default)]
    exclude: Vec<String>,
    #[serde(default)]
    examples: Vec<String>,
    #[serde(default = "one")]
    min_score: f64,
    #[serde(default)]
    not_within: Vec<String>,
    #[serde(default)]
    rule: Vec<RuleShape>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RuleShape {
    id: String,
    terms: Vec<String>,
    #[serde(default)]
    near: Vec<String>,
    #[serde(default)]
    within: Option<u32>,
    #[serde(default = "one")]
    weight: f64,
    #[serde(default)]
    skip_negated: bool,
    #[serde(default)]
    note: String,
}

fn one() -> f64 {
    1.0
}

/// One entry of the codebook's changelog.
#[derive(Debug, Clone, PartialEq, Eq, Deserialize, Serialize)]
#[serde(deny_unknown_fields)]
pub struct Change {
    /// The version it made.
    pub version: String,
    /// When, `YYYY-MM-DD`.
    pub date: String,
    /// What changed.
    pub note: String,
}

/// A codebook, checked and ready to code with.
#[derive(Debug, Clone, Serialize)]
pub struct Codebook {
    /// Its name.
    pub name: String,
    /// Its version.
    pub version: String,
    /// What it is for.
    pub description: String,
    /// The SHA-256 of its file: a changed codebook is another coder.
    pub sha256: String,
    /// Its changelog, newest first as written.
    pub changelog: Vec<Change>,
    /// The words that negate a term, and how many words before it they reach.
    pub negation: Negation,
    /// What a passage must name (itself, or a passage just before it) to be coded at all; `None` codes
    /// every passage.
    pub scope: Option<Scope>,
    /// Its codes, in the file's order.
    pub codes: Vec<CodeDefinition>,
}

/// What a passage must be about to be coded: the pair, its region or its actors.
#[derive(Debug, Clone, Serialize)]
pub struct Scope {
    /// Terms of which the passage, or one of the `context` passages before it, names one.
    pub terms: Vec<Term>,
    /// How many passages before may name the term for it.
    pub context: u32,
    /// Whether a document whose title names a term is in scope throughout.
    pub title: bool,
    /// Why.
    pub note: String,
}

/// Whether a passage was in the codebook's scope, and why.
#[derive(Debug, Clone, PartialEq, Serialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ScopeVerdict {
    /// The codebook has no scope: every passage is coded.
    Unscoped,
    /// The document's title names a scope term.
    Title {
        /// The words of the title.
        words: String,
    },
    /// A passage named a scope term: this one (`passage` is its own number) or one shortly before it.
    Named {
        /// The number of the passage that named it.
        passage: u32,
        /// The words.
        words: MatchedWords,
    },
    /// Neither the passage nor those shortly before it name a scope term: no code is applied.
    OutOfScope,
}

/// What the codebook makes of one passage: its scope, and every code whose rules fired.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PassageCoding {
    /// Whether the passage was in scope.
    pub scope: ScopeVerdict,
    /// Every code whose rules fired, applied or not, in codebook order.
    pub scored: Vec<Scored>,
}

/// The words that negate a term that follows them.
#[derive(Debug, Clone, Serialize)]
pub struct Negation {
    /// The words, in lower case.
    pub words: Vec<String>,
    /// How many words before a term a negation word may stand.
    pub window: u32,
}

/// One code of a codebook.
#[derive(Debug, Clone, Serialize)]
pub struct CodeDefinition {
    /// What it names.
    pub name: CodeName,
    /// Its title.
    pub title: String,
    /// Its colour in charts and QDA tools, `#RRGGBB`.
    pub color: Option<String>,
    /// What it means.
    pub definition: String,
    /// What it covers.
    pub include: Vec<String>,
    /// What it does not cover.
    pub exclude: Vec<String>,
    /// Passages that take it.
    pub examples: Vec<String>,
    /// The score at which it is applied.
    pub min_score: f64,
    /// Phrases inside which no match counts.
    pub not_within: Vec<Term>,
    /// Its rules.
    pub rules: Vec<Rule>,
}

/// A rule: terms, optionally near other terms, each match adding the weight.
#[derive(Debug, Clone, Serialize)]
pub struct Rule {
    /// Its id, unique in the codebook.
    pub id: String,
    /// The terms it looks for.
    pub terms: Vec<Term>,
    /// Terms one of which must stand near the term, or empty.
    pub near: Vec<Term>,
    /// How many words apart a term and a `near` term may be.
    pub within: u32,
    /// What each match adds.
    pub weight: f64,
    /// Whether a negated term is ignored.
    pub skip_negated: bool,
    /// Why the rule is there.
    pub note: String,
}

/// A word or phrase to look for, as written in the codebook.
#[derive(Debug, Clone, Serialize)]
pub struct Term {
    /// As written.
    pub source: String,
    #[serde(skip)]
    words: Vec<WordPattern>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum WordPattern {
    Exact(String),
    Prefix(String),
}

impl WordPattern {
    fn matches(&self, word: &str) -> bool {
        match self {
            WordPattern::Exact(exact) => exact == word,
            WordPattern::Prefix(prefix) => word.starts_with(prefix.as_str()),
        }
    }
}

impl Term {
    fn parse(source: &str, code: &str) -> Result<Term, CodebookError> {
        let invalid = |message: String| {
            CodebookError::Invalid {
            code: code.to_string(),
            message,
            hint: "a term is words of letters and digits, each optionally ending in `*` (`negotiat*`, \
                   \"border crossing*\")"
                .to_string(),
        }
        };
        let mut words = Vec::new();
        let lower = source.to_lowercase();
        let mut rest = lower.as_str();
        while let Some((start, end)) = next_word(rest) {
            let word = &rest[start..end];
            let starred = rest[end..].starts_with('*');
            if starred && rest[end + 1..].starts_with(char::is_alphanumeric) {
                return Err(invalid(format!(
                    "the term {source:?} has a `*` that does not end a word"
                )));
            }
            words.push(if starred {
                WordPattern::Prefix(word.to_string())
            } else {
                WordPattern::Exact(word.to_string())
            });
            rest = &rest[end + usize::from(starred)..];
        }
        if words.is_empty() {
            return Err(invalid(format!("the term {source:?} has no word")));
        }
        if source.matches('*').count()
            != words
                .iter()
                .filter(|word| matches!(word, WordPattern::Prefix(_)))
                .count()
        {
            return Err(invalid(format!(
                "the term {source:?} has a `*` that does not end a word"
            )));
        }
        Ok(Term {
            source: source.to_string(),
            words,
        })
    }
}

/// The byte span of the next word of `text`: a run of letters and digits.
fn next_word(text: &str) -> Option<(usize, usize)> {
    let start = text.find(char::is_alphanumeric)?;
    let end = text[start..]
        .find(|c: char| !c.is_alphanumeric())
        .map_or(text.len(), |length| start + length);
    Some((start, end))
}

impl Codebook {
    /// Reads a codebook from its TOML text.
    ///
    /// # Errors
    /// [`CodebookError::Syntax`] with the line and column when the text is not TOML of the codebook's
    /// shape; [`CodebookError::Invalid`] when a value is out of place (an unknown family, a duplicate key
    /// or rule id, a bad term, a negative weight).
    pub fn parse(text: &str) -> Result<Codebook, CodebookError> {
        let shape: FileShape = toml::from_str(text).map_err(|error| {
            let (line, column) = error
                .span()
                .map_or((1, 1), |span| line_and_column(text, span.start));
            CodebookError::Syntax {
                line,
                column,
                message: error.message().to_string(),
                hint: "a codebook has a [codebook] table (name, version), an optional [negation] table \
                       and [[code]] tables, each with [[code.rule]] tables; see the bundled \
                       data/text/codebook.toml",
            }
        })?;
        let sha256 = format!("{:x}", Sha256::digest(text.as_bytes()));
        let mut keys = HashSet::new();
        let mut rule_ids = HashSet::new();
        let mut codes = Vec::with_capacity(shape.code.len());
        for code in shape.code {
            let invalid = |message: String, hint: &str| CodebookError::Invalid {
                code: code.key.clone(),
                message,
                hint: hint.to_string(),
            };
            let family = CodeFamily::from_key(&code.family).ok_or_else(|| {
                invalid(
                    format!("the family {:?} is not known", code.family),
                    "a code's family is `theme` or `lens`",
                )
            })?;
            if code.key.is_empty() || !code.key.chars().all(|c| c.is_ascii_lowercase() || c == '_')
            {
                return Err(invalid(
                    format!("the key {:?} is not a key", code.key),
                    "a key is lower-case ASCII letters and underscores, such as `security`",
                ));
            }
            if !keys.insert(code.key.clone()) {
                return Err(invalid(
                    "the key is given twice".to_string(),
                    "give each code its own key",
                ));
            }
            if let Some(color) = &code.color
                && !(color.len() == 7
                    && color.starts_with('#')
                    && color[1..].chars().all(|c| c.is_ascii_hexdigit()))
            {
                return Err(invalid(
                    format!("the colour {color:?} is not #RRGGBB"),
                    "write a colour as `#1f77b4`",
                ));
            }
            if !(code.min_score.is_finite() && code.min_score > 0.0) {
                return Err(invalid(
                    format!("min_score {} is not a positive number", code.min_score),
                    "a code is applied when its rules' score reaches min_score, such as 1 or 2",
                ));
            }
            let not_within = code
                .not_within
                .iter()
                .map(|term| Term::parse(term, &code.key))
                .collect::<Result<Vec<_>, _>>()?;
            let mut rules = Vec::with_capacity(code.rule.len());
            for rule in code.rule {
                let rule_invalid = |message: String, hint: &str| CodebookError::Invalid {
                    code: format!("{}` rule `{}", code.key, rule.id),
                    message,
                    hint: hint.to_string(),
                };
                if !rule_ids.insert(rule.id.clone()) {
                    return Err(rule_invalid(
                        "the rule id is given twice".to_string(),
                        "give each rule its own id, such as `security.terrorism`",
                    ));
                }
                if rule.terms.is_empty() {
                    return Err(rule_invalid(
                        "the rule has no terms".to_string(),
                        "list the words or phrases the rule looks for in `terms`",
                    ));
                }
                if !(rule.weight.is_finite() && rule.weight > 0.0) {
                    return Err(rule_invalid(
                        format!("the weight {} is not a positive number", rule.weight),
                        "a weight is what each match adds to the code's score, such as 1",
                    ));
                }
                let within = match (rule.near.is_empty(), rule.within) {
                    (true, None) => 0,
                    (false, Some(within)) if within > 0 => within,
                    (true, Some(_)) => {
                        return Err(rule_invalid(
                            "`within` is given without `near`".to_string(),
                            "`within` says how close a `near` term must stand; add `near` or drop `within`",
                        ));
                    }
                    (false, _) => {
                        return Err(rule_invalid(
                            "`near` is given without a positive `within`".to_string(),
                            "say how many words apart the terms may be, such as `within = 8`",
                        ));
                    }
                };
                let id = format!("{}` rule `{}", code.key, rule.id);
                rules.push(Rule {
                    terms: rule
                        .terms
                        .iter()
                        .map(|term| Term::parse(term, &id))
                        .collect::<Result<_, _>>()?,
                    near: rule
                        .near
                        .iter()
                        .map(|term| Term::parse(term, &id))
                        .collect::<Result<_, _>>()?,
                    id: rule.id,
                    within,
                    weight: rule.weight,
                    skip_negated: rule.skip_negated,
                    note: rule.note,
                });
            }
            if rules.is_empty() {
                return Err(invalid(
                    "the code has no rule".to_string(),
                    "add a [[code.rule]] table with the terms that show the code",
                ));
            }
            codes.push(CodeDefinition {
                name: CodeName {
                    family,
                    key: code.key,
                },
                title: code.name,
                color: code.color,
                definition: code.definition,
                include: code.include,
                exclude: code.exclude,
                examples: code.examples,
                min_score: code.min_score,
                not_within,
                rules,
            });
        }
        let negation = shape.negation.map_or(
            Negation {
                words: Vec::new(),
                window: 0,
            },
            |negation| Negation {
                words: negation
                    .words
                    .iter()
                    .map(|word| word.to_lowercase())
                    .collect(),
                window: negation.window,
            },
        );
        let scope = match shape.scope {
            None => None,
            Some(scope) => Some(Scope {
                terms: scope
                    .terms
                    .iter()
                    .map(|term| Term::parse(term, "scope"))
                    .collect::<Result<_, _>>()?,
                context: scope.context,
                title: scope.title,
                note: scope.note,
            }),
        };
        Ok(Codebook {
            scope,
            name: shape.codebook.name,
            version: shape.codebook.version,
            description: shape.codebook.description,
            sha256,
            changelog: shape.changelog,
            negation,
            codes,
        })
    }

    /// The codebook dyad ships.
    pub fn bundled() -> Codebook {
        Codebook::parse(BUNDLED).expect("the bundled codebook is checked by a test")
    }

    /// The coder this codebook is: `name@version#sha12`.
    pub fn coder(&self) -> Coder {
        Coder::Rule {
            codebook: format!("{}@{}#{}", self.name, self.version, &self.sha256[..12]),
        }
    }

    /// The code with this name.
    pub fn code(&self, name: &CodeName) -> Option<&CodeDefinition> {
        self.codes.iter().find(|code| &code.name == name)
    }

    /// Whether the codebook names every theme and lens of the study (a codebook the report can read).
    pub fn missing_study_codes(&self) -> Vec<CodeName> {
        Theme::ALL
            .into_iter()
            .map(CodeName::theme)
            .chain(Lens::ALL.into_iter().map(CodeName::lens))
            .filter(|name| self.code(name).is_none())
            .collect()
    }
}

fn line_and_column(text: &str, byte: usize) -> (usize, usize) {
    let before = &text[..byte.min(text.len())];
    let line = before.matches('\n').count() + 1;
    let column = before
        .rfind('\n')
        .map_or(before, |newline| &before[newline + 1..])
        .chars()
        .count()
        + 1;
    (line, column)
}

/// The code index of the scope's terms.
const SCOPE: usize = usize::MAX;

/// Where a term sits in the compiled index: which code, which rule and which list.
#[derive(Debug, Clone, Copy)]
struct TermRef {
    code: usize,
    /// The rule, or `None` for the code's `not_within` phrases.
    rule: Option<usize>,
    near: bool,
    term: usize,
}

/// A codebook compiled for fast coding: its terms indexed by their first word.
#[derive(Debug)]
pub struct Coding<'a> {
    codebook: &'a Codebook,
    coder: Coder,
    exact: HashMap<String, Vec<TermRef>>,
    prefix: HashMap<String, Vec<TermRef>>,
    prefix_lengths: Vec<usize>,
    negations: HashSet<String>,
}

/// A word of a passage: its bytes in the passage's text and in the lower-cased copy.
#[derive(Debug, Clone, Copy)]
struct Word {
    start: usize,
    end: usize,
    lower_start: usize,
    lower_end: usize,
}

/// A term found in a passage: words `first..last` (exclusive).
#[derive(Debug, Clone, Copy)]
struct Found {
    at: TermRef,
    first: usize,
    last: usize,
}

/// A code's score on a passage, applied or not, with the rules that fired.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Scored {
    /// The code, as it would be stored.
    pub code: Code,
    /// Whether the score reached the code's minimum.
    pub applied: bool,
    /// The minimum.
    pub min_score: f64,
}

impl<'a> Coding<'a> {
    /// Compiles `codebook`.
    pub fn new(codebook: &'a Codebook) -> Coding<'a> {
        let mut exact: HashMap<String, Vec<TermRef>> = HashMap::new();
        let mut prefix: HashMap<String, Vec<TermRef>> = HashMap::new();
        let mut add = |term: &Term, at: TermRef| match &term.words[0] {
            WordPattern::Exact(word) => exact.entry(word.clone()).or_default().push(at),
            WordPattern::Prefix(word) => prefix.entry(word.clone()).or_default().push(at),
        };
        for (code_index, code) in codebook.codes.iter().enumerate() {
            for (term_index, term) in code.not_within.iter().enumerate() {
                add(
                    term,
                    TermRef {
                        code: code_index,
                        rule: None,
                        near: false,
                        term: term_index,
                    },
                );
            }
            for (rule_index, rule) in code.rules.iter().enumerate() {
                for (near, terms) in [(false, &rule.terms), (true, &rule.near)] {
                    for (term_index, term) in terms.iter().enumerate() {
                        add(
                            term,
                            TermRef {
                                code: code_index,
                                rule: Some(rule_index),
                                near,
                                term: term_index,
                            },
                        );
                    }
                }
            }
        }
        for (term_index, term) in codebook
            .scope
            .iter()
            .flat_map(|scope| scope.terms.iter().enumerate())
        {
            add(
                term,
                TermRef {
                    code: SCOPE,
                    rule: None,
                    near: false,
                    term: term_index,
                },
            );
        }
        let mut prefix_lengths: Vec<usize> = prefix.keys().map(String::len).collect();
        prefix_lengths.sort_unstable();
        prefix_lengths.dedup();
        Coding {
            codebook,
            coder: codebook.coder(),
            exact,
            prefix,
            prefix_lengths,
            negations: codebook.negation.words.iter().cloned().collect(),
        }
    }

    fn term(&self, at: TermRef) -> &Term {
        if at.code == SCOPE {
            let scope = self
                .codebook
                .scope
                .as_ref()
                .expect("scope terms come from a scope");
            return &scope.terms[at.term];
        }
        let code = &self.codebook.codes[at.code];
        match at.rule {
            None => &code.not_within[at.term],
            Some(rule) if at.near => &code.rules[rule].near[at.term],
            Some(rule) => &code.rules[rule].terms[at.term],
        }
    }

    /// The codes the codebook applies to each passage of a document (its title, and its passages in
    /// order).
    pub fn code_document(&self, title: &str, passages: &[Passage]) -> Vec<Vec<Code>> {
        self.score_document(title, passages)
            .into_iter()
            .map(|coding| {
                coding
                    .scored
                    .into_iter()
                    .filter(|scored| scored.applied)
                    .map(|scored| scored.code)
                    .collect()
            })
            .collect()
    }

    /// The codes the codebook applies to a passage read alone (no passage before it gives it scope).
    pub fn code(&self, passage: &Passage) -> Vec<Code> {
        self.code_document("", std::slice::from_ref(passage))
            .pop()
            .unwrap_or_default()
    }

    /// What the codebook makes of each passage of a document: its scope, and every code whose rules
    /// fired, applied or not: the explanation `dyad codes show` prints.
    pub fn score_document(&self, title: &str, passages: &[Passage]) -> Vec<PassageCoding> {
        let titled = self
            .codebook
            .scope
            .as_ref()
            .filter(|scope| scope.title)
            .and_then(|_| {
                let title_passage = Passage {
                    number: 0,
                    locator: Locator {
                        page: None,
                        start: 0,
                        end: title.chars().count() as u32,
                    },
                    text: title.to_string(),
                };
                self.score_passage(&title_passage).1
            });
        let mut last_named: Option<(usize, MatchedWords)> = None;
        let mut codings = Vec::with_capacity(passages.len());
        for (index, passage) in passages.iter().enumerate() {
            let (scored, named) = self.score_passage(passage);
            if let Some(words) = named {
                last_named = Some((index, words));
            }
            let scope = match (&self.codebook.scope, &last_named) {
                (None, _) => ScopeVerdict::Unscoped,
                (Some(_), _) if titled.is_some() => ScopeVerdict::Title {
                    words: titled.as_ref().map(|w| w.text.clone()).unwrap_or_default(),
                },
                (Some(scope), Some((at, words))) if index - at <= scope.context as usize => {
                    ScopeVerdict::Named {
                        passage: passages[*at].number,
                        words: words.clone(),
                    }
                }
                (Some(_), _) => ScopeVerdict::OutOfScope,
            };
            let in_scope = scope != ScopeVerdict::OutOfScope;
            codings.push(PassageCoding {
                scope,
                scored: scored
                    .into_iter()
                    .map(|mut scored| {
                        scored.applied &= in_scope;
                        scored
                    })
                    .collect(),
            });
        }
        codings
    }

    /// Every code whose rules fired on `passage`, as if it were in scope, and the first scope term it
    /// names.
    fn score_passage(&self, passage: &Passage) -> (Vec<Scored>, Option<MatchedWords>) {
        let text = passage.text.as_str();
        let lower = text.to_lowercase();
        let words = words_of(text, &lower);
        let lower_word = |word: &Word| &lower[word.lower_start..word.lower_end];
        let mut found: Vec<Found> = Vec::new();
        let mut candidates: Vec<TermRef> = Vec::new();
        for first in 0..words.len() {
            let word = lower_word(&words[first]);
            candidates.clear();
            if let Some(refs) = self.exact.get(word) {
                candidates.extend_from_slice(refs);
            }
            for &length in &self.prefix_lengths {
                if length > word.len() {
                    break;
                }
                if word.is_char_boundary(length)
                    && let Some(refs) = self.prefix.get(&word[..length])
                {
                    candidates.extend_from_slice(refs);
                }
            }
            for &at in &candidates {
                let term = self.term(at);
                let last = first + term.words.len();
                if last <= words.len()
                    && term
                        .words
                        .iter()
                        .zip(&words[first..last])
                        .all(|(pattern, word)| pattern.matches(lower_word(word)))
                {
                    found.push(Found { at, first, last });
                }
            }
        }
        if found.is_empty() {
            return (Vec::new(), None);
        }
        // In the text's order, a longer term before a shorter one that starts with it, so that the
        // shorter is seen as inside the longer.
        found.sort_by_key(|found| (found.first, std::cmp::Reverse(found.last)));
        let negated = |first: usize| {
            let window = self.codebook.negation.window as usize;
            words[first.saturating_sub(window)..first]
                .iter()
                .any(|word| self.negations.contains(lower_word(word)))
        };
        let mut chars = CharOffsets::new(text, passage.locator.start);
        let mut matched = |first: usize, last: usize| {
            let (start, end) = (words[first].start, words[last - 1].end);
            MatchedWords {
                text: text[start..end].to_string(),
                locator: Locator {
                    page: passage.locator.page,
                    start: chars.at(start),
                    end: chars.at(end),
                },
            }
        };
        let named = found
            .iter()
            .find(|found| found.at.code == SCOPE)
            .map(|found| matched(found.first, found.last));
        let mut scored = Vec::new();
        for (code_index, code) in self.codebook.codes.iter().enumerate() {
            let of_code: Vec<&Found> = found
                .iter()
                .filter(|found| found.at.code == code_index)
                .collect();
            if of_code.is_empty() {
                continue;
            }
            let voided = |candidate: &Found| {
                of_code.iter().any(|other| {
                    other.at.rule.is_none()
                        && other.first <= candidate.first
                        && candidate.last <= other.last
                })
            };
            let mut hits = Vec::new();
            let mut score = 0.0;
            for (rule_index, rule) in code.rules.iter().enumerate() {
                let in_rule = |near: bool| {
                    of_code.iter().copied().filter(move |found| {
                        found.at.rule == Some(rule_index) && found.at.near == near && !voided(found)
                    })
                };
                let mut matches = Vec::new();
                let mut used = Vec::<(usize, usize)>::new();
                for term in in_rule(false) {
                    if rule.skip_negated && negated(term.first) {
                        continue;
                    }
                    // A shorter term inside a longer one already matched is the same words.
                    if used
                        .iter()
                        .any(|&(first, last)| first <= term.first && term.last <= last)
                    {
                        continue;
                    }
                    if rule.near.is_empty() {
                        used.push((term.first, term.last));
                        matches.push(vec![matched(term.first, term.last)]);
                        continue;
                    }
                    let distance = |near: &Found| {
                        if near.first >= term.last {
                            near.first - term.last + 1
                        } else if term.first >= near.last {
                            term.first - near.last + 1
                        } else {
                            usize::MAX
                        }
                    };
                    if let Some(near) = in_rule(true)
                        .filter(|near| distance(near) <= rule.within as usize)
                        .min_by_key(|near| (distance(near), near.first))
                    {
                        used.push((term.first, term.last));
                        matches.push(vec![
                            matched(term.first, term.last),
                            matched(near.first, near.last),
                        ]);
                    }
                }
                if !matches.is_empty() {
                    score += rule.weight * matches.len() as f64;
                    hits.push(RuleHit {
                        rule: rule.id.clone(),
                        weight: rule.weight,
                        matches,
                    });
                }
            }
            if hits.is_empty() {
                continue;
            }
            scored.push(Scored {
                applied: score >= code.min_score,
                min_score: code.min_score,
                code: Code {
                    name: code.name.clone(),
                    locator: passage.locator,
                    coder: self.coder.clone(),
                    score: Some(score),
                    hits,
                },
            });
        }
        (scored, named)
    }
}

/// The words of `text`, with their bytes in `text` and in `lower` (its lower-cased copy).
fn words_of(text: &str, lower: &str) -> Vec<Word> {
    let mut words = Vec::new();
    if text.is_ascii() {
        // ASCII lower-cases byte for byte: the same offsets in both texts. (Equal lengths alone would
        // not do: one character may grow and another shrink, `İ ẞ`.)
        let mut rest = 0;
        while let Some((start, end)) = next_word(&text[rest..]) {
            words.push(Word {
                start: rest + start,
                end: rest + end,
                lower_start: rest + start,
                lower_end: rest + end,
            });
            rest += end;
        }
        return words;
    }
    // Some character changed length when lower-cased (such as `İ`): walk both texts together.
    let mut lower_chars = lower.char_indices().peekable();
    let mut current: Option<Word> = None;
    for (byte, character) in text.char_indices() {
        let lower_start = lower_chars.peek().map_or(lower.len(), |&(at, _)| at);
        for _ in character.to_lowercase() {
            lower_chars.next();
        }
        let lower_end = lower_chars.peek().map_or(lower.len(), |&(at, _)| at);
        if character.is_alphanumeric() {
            let word = current.get_or_insert(Word {
                start: byte,
                end: byte,
                lower_start,
                lower_end,
            });
            word.end = byte + character.len_utf8();
            word.lower_end = lower_end;
        } else if let Some(word) = current.take() {
            words.push(word);
        }
    }
    words.extend(current);
    words
}

/// Turns byte offsets of a passage's text, asked in increasing order mostly, into the document's
/// character offsets.
struct CharOffsets<'t> {
    text: &'t str,
    base: u32,
    byte: usize,
    chars: u32,
}

impl<'t> CharOffsets<'t> {
    fn new(text: &'t str, base: u32) -> CharOffsets<'t> {
        CharOffsets {
            text,
            base,
            byte: 0,
            chars: 0,
        }
    }

    fn at(&mut self, byte: usize) -> u32 {
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count() as u32;
        self.byte = byte;
        self.base + self.chars
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn passage(text: &str, start: u32) -> Passage {
        Passage {
            number: 1,
            locator: Locator {
                page: Some(3),
                start,
                end: start + text.chars().count() as u32,
            },
            text: text.to_string(),
        }
    }

    const SMALL: &str = r##"
[codebook]
name = "test"
version = "1"

[negation]
words = ["no", "not", "never"]
window = 3

[[code]]
key = "trade"
family = "theme"
name = "Trade"
definition = "Trade."
min_score = 2
not_within = ["World Trade Center"]

[[code.rule]]
id = "trade.words"
terms = ["trade", "export*", "transit trade"]

[[code.rule]]
id = "trade.border"
terms = ["border"]
near = ["crossing*", "torkham"]
within = 3
weight = 2

[[code]]
key = "liberalism"
family = "lens"
name = "Liberalism"
definition = "Cooperation."

[[code.rule]]
id = "liberalism.cooperation"
terms = ["cooperat*"]
skip_negated = true
"##;

    fn codes_of(codebook: &Codebook, text: &str) -> Vec<(String, f64)> {
        Coding::new(codebook)
            .code(&passage(text, 0))
            .into_iter()
            .map(|code| (code.name.key, code.score.unwrap()))
            .collect()
    }

    #[test]
    fn a_code_is_applied_when_its_score_reaches_the_minimum() {
        let codebook = Codebook::parse(SMALL).unwrap();
        assert_eq!(codes_of(&codebook, "Trade is low."), vec![]);
        assert_eq!(
            codes_of(&codebook, "Trade is low and exports fell."),
            vec![("trade".to_string(), 2.0)]
        );
    }

    #[test]
    fn a_phrase_inside_a_not_within_phrase_does_not_count() {
        let codebook = Codebook::parse(SMALL).unwrap();
        assert_eq!(
            codes_of(&codebook, "The World Trade Center fell; exports of grief."),
            vec![]
        );
    }

    #[test]
    fn a_proximity_rule_needs_its_near_term_within_the_window() {
        let codebook = Codebook::parse(SMALL).unwrap();
        assert_eq!(
            codes_of(&codebook, "The border crossings at Torkham reopened."),
            vec![("trade".to_string(), 2.0)]
        );
        assert_eq!(
            codes_of(
                &codebook,
                "The border was quiet for many weeks before crossings."
            ),
            vec![]
        );
    }

    #[test]
    fn a_negated_term_is_skipped_only_by_a_rule_that_says_so() {
        let codebook = Codebook::parse(SMALL).unwrap();
        assert_eq!(
            codes_of(&codebook, "There was no real cooperation."),
            vec![]
        );
        assert_eq!(
            codes_of(&codebook, "Cooperation grew."),
            vec![("liberalism".to_string(), 1.0)]
        );
    }

    #[test]
    fn a_longer_phrase_and_the_word_inside_it_count_once() {
        let codebook = Codebook::parse(SMALL).unwrap();
        // "transit trade" and its "trade" are one match; "exports" is the second.
        assert_eq!(
            codes_of(&codebook, "Transit trade and exports."),
            vec![("trade".to_string(), 2.0)]
        );
    }

    #[test]
    fn matched_words_point_to_the_documents_characters() {
        let codebook = Codebook::parse(SMALL).unwrap();
        let text = "Pakistan’s trade: exports rose.";
        let codes = Coding::new(&codebook).code(&passage(text, 100));
        let hit = &codes[0].hits[0].matches[1][0];
        assert_eq!(hit.text, "exports");
        let expected_start = 100 + text[..text.find("exports").unwrap()].chars().count() as u32;
        assert_eq!(
            (hit.locator.start, hit.locator.end, hit.locator.page),
            (expected_start, expected_start + 7, Some(3))
        );
    }

    #[test]
    fn words_are_found_in_text_whose_lower_case_changes_length() {
        let codebook = Codebook::parse(SMALL).unwrap();
        let text = "İstanbul trade, exports.";
        let codes = Coding::new(&codebook).code(&passage(text, 0));
        assert_eq!(codes[0].hits[0].matches[1][0].text, "exports");
    }

    #[test]
    fn characters_that_change_length_both_ways_are_read_right() {
        let codebook = Codebook::parse(SMALL).unwrap();
        for text in [
            "İ ẞ trade, exports.",
            "İİ K trade exports",
            "İstanbul Ω trade exports",
        ] {
            let codes = Coding::new(&codebook).code(&passage(text, 0));
            assert_eq!(codes.len(), 1, "{text}");
            let hit = &codes[0].hits[0].matches[1][0];
            assert_eq!(hit.text, "exports", "{text}");
            let start = text[..text.find("exports").unwrap()].chars().count() as u32;
            assert_eq!(hit.locator.start, start, "{text}");
        }
    }

    #[test]
    fn coding_is_deterministic() {
        let codebook = Codebook::bundled();
        let text = "Pakistan and Afghanistan held talks on border security, trade through Torkham and \
                    the return of refugees; both sides pledged cooperation.";
        let first = Coding::new(&codebook).score_document("", &[passage(text, 0)]);
        let second = Coding::new(&codebook).score_document("", &[passage(text, 0)]);
        assert_eq!(first, second);
        assert!(!first.is_empty());
    }

    #[test]
    fn the_bundled_codebook_names_every_theme_and_lens_with_definitions_and_examples() {
        let codebook = Codebook::bundled();
        assert_eq!(codebook.missing_study_codes(), vec![]);
        for code in &codebook.codes {
            assert!(!code.definition.is_empty(), "{}", code.name);
            assert!(!code.include.is_empty(), "{}", code.name);
            assert!(!code.exclude.is_empty(), "{}", code.name);
            assert!(!code.examples.is_empty(), "{}", code.name);
            // Each example takes its own code: the rules and the definition agree.
            for example in &code.examples {
                let codes = Coding::new(&codebook).code(&passage(example, 0));
                assert!(
                    codes.iter().any(|applied| applied.name == code.name),
                    "the example {example:?} of {} does not take it",
                    code.name
                );
            }
        }
    }

    #[test]
    fn errors_name_the_line_or_the_code() {
        let error = Codebook::parse("[codebook]\nname = \"x\"\nversion = 1\n").unwrap_err();
        assert!(
            matches!(error, CodebookError::Syntax { line: 3, .. }),
            "{error}"
        );
        let bad_family = SMALL.replace("family = \"lens\"", "family = \"mood\"");
        let error = Codebook::parse(&bad_family).unwrap_err().to_string();
        assert!(
            error.contains("code `liberalism`") && error.contains("\"mood\""),
            "{error}"
        );
        let bad_term = SMALL.replace("\"export*\"", "\"ex*port\"");
        let error = Codebook::parse(&bad_term).unwrap_err().to_string();
        assert!(
            error.contains("rule `trade.words`") && error.contains("`*`"),
            "{error}"
        );
        let twice = SMALL.replace("id = \"trade.border\"", "id = \"trade.words\"");
        let error = Codebook::parse(&twice).unwrap_err().to_string();
        assert!(error.contains("given twice"), "{error}");
    }

    #[test]
    fn a_changed_codebook_is_another_coder() {
        let first = Codebook::parse(SMALL).unwrap();
        let second = Codebook::parse(&SMALL.replace("weight = 2", "weight = 3")).unwrap();
        assert_ne!(first.coder(), second.coder());
        assert!(first.coder().label().starts_with("rule:test@1#"));
    }
}
