//! Codes sentences into events: who did what to whom, by dictionary, without a parser.
//!
//! For each sentence the coder finds actor mentions (the longest dictionary phrase at each word, its code
//! chosen by the sentence's date, an agent next to it adding a sector), then verbs of the verb
//! dictionary, and for each verb the most specific pattern of its block that the words around it
//! match. The source is the first actor before the verb in its clause (the words since the previous
//! verb), not inside a prepositional phrase, else the source of the verb before it ("X said it
//! would …"); the target is the first actor after the verb in its clause, before a comma; `$` and `+` in a pattern
//! bind them where the pattern says. Each actor of a list "A, B and C" takes part in the event. Passive verbs ("was attacked by X") swap the roles. A statement
//! verb (CAMEO 01) gives way to a coded verb after it in the sentence ("X said Y attacked Z" is the
//! attack). A verb in an adverbial clause ("after crowds burned its embassy") is the background of the
//! sentence and is coded only when the sentence has no main event. A negated verb ("did not attack",
//! "won't attack") codes nothing, nor does a verb whose source is only an
//! agent ("a senior official said"), nor a verb without a target unless a pattern matched: on
//! PETRARCH's unit tests these were most of the false events. Text in another script, or without
//! English function words, codes nothing and says so.
//!
//! This is TABARI's shallow approach rather than PETRARCH's parse trees: no model is downloaded and
//! every decision is a rule shown by `explain`. Its price is measured in ACCURACY.md.

use std::collections::HashMap;

use super::actors::{ActorDictionary, AgentDictionary, DiscardList, Placement};
use super::cameo::{Plover, QuadClass, goldstein};
use super::dictionary::{Date, Phrase};
use super::sentences::{Token, split_sentences, tokenize};
use super::verbs::{PatternItem, VerbDictionary};

/// dyad's own actor dictionary for the pair (`data/text/pair_dictionary.txt`), compiled in.
pub const PAIR_DICTIONARY: &str = include_str!("../../../../data/text/pair_dictionary.txt");

/// The name the pair dictionary's entries cite.
pub const PAIR_DICTIONARY_NAME: &str = "pair_dictionary.txt";

/// The dictionaries a coder uses, read by the caller.
#[derive(Debug, Clone, Default)]
pub struct DictionarySet {
    /// The verb dictionary's file name, for the entries that fire.
    pub verb_file: String,
    /// The verb dictionary.
    pub verbs: VerbDictionary,
    /// The actor dictionaries, merged in order: for the same phrase a later entry wins.
    pub actors: ActorDictionary,
    /// The agent dictionary's file name.
    pub agent_file: String,
    /// The agents.
    pub agents: AgentDictionary,
    /// The discards.
    pub discards: DiscardList,
}

impl DictionarySet {
    /// Reads a set from the dictionaries' texts, each `(file name, text)`, and appends dyad's pair
    /// dictionary to the actors. Lines that do not read are left out and returned, so that a caller
    /// can code with the published files, which hold a few (see `tests/dictionaries.rs`).
    pub fn read(
        verbs: (&str, &str),
        actors: &[(&str, &str)],
        agents: (&str, &str),
        discards: (&str, &str),
    ) -> (DictionarySet, Vec<super::DictionaryError>) {
        let (verb_dictionary, mut errors) = VerbDictionary::parse_lenient(verbs.0, verbs.1);
        let mut actor_dictionary = ActorDictionary::default();
        for (name, text) in actors {
            let (one, bad) = ActorDictionary::parse_lenient(name, text);
            errors.extend(bad);
            actor_dictionary.extend(one);
        }
        let (pair, bad) = ActorDictionary::parse_lenient(PAIR_DICTIONARY_NAME, PAIR_DICTIONARY);
        errors.extend(bad);
        actor_dictionary.extend(pair);
        let (agent_dictionary, bad) = AgentDictionary::parse_lenient(agents.0, agents.1);
        errors.extend(bad);
        let discard_list = match DiscardList::parse(discards.0, discards.1) {
            Ok(list) => list,
            Err(bad) => {
                errors.extend(bad.0);
                DiscardList::default()
            }
        };
        let set = DictionarySet {
            verb_file: verbs.0.to_string(),
            verbs: verb_dictionary,
            actors: actor_dictionary,
            agent_file: agents.0.to_string(),
            agents: agent_dictionary,
            discards: discard_list,
        };
        (set, errors)
    }
}

/// A phrase of a dictionary, indexed by its first word.
#[derive(Debug, Clone)]
struct Candidate {
    words: Vec<String>,
    exact: bool,
    entry: usize,
}

/// A verb form, indexed by its first word.
#[derive(Debug, Clone)]
struct VerbForm {
    words: Vec<String>,
    block: usize,
    verb: usize,
    /// Whether this is the base form (a passive needs a participle).
    base: bool,
}

/// An actor found in a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct ActorMention {
    /// The code on the sentence's date, with the agent's sector added.
    pub code: String,
    /// The words matched, as written.
    pub text: String,
    /// Token range in the sentence.
    tokens: (usize, usize),
    /// Whether an agent before the actor's name joined it ("the ambassadors of Arnor").
    agent_before: bool,
    /// Character span in the sentence.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The dictionary entries that fired (`file:line PHRASE`).
    pub entries: Vec<String>,
}

/// A verb found in a sentence, with the pattern that matched.
#[derive(Debug, Clone, PartialEq)]
pub struct VerbHit {
    /// The words matched, as written.
    pub text: String,
    /// Character span in the sentence.
    pub start: usize,
    /// One past the last character.
    pub end: usize,
    /// The CAMEO code it gives, `None` for no event.
    pub code: Option<String>,
    /// What fired: the verb's line and the pattern's, or why nothing was coded.
    pub entries: Vec<String>,
    /// Whether it was read as passive.
    pub passive: bool,
    /// Whether a pattern of the block matched (else the verb's or block's own code applies).
    pub patterned: bool,
}

/// One event coded from a sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedEvent {
    /// Who acted.
    pub source: ActorMention,
    /// Whom it was done to, when the sentence says.
    pub target: Option<ActorMention>,
    /// The CAMEO event code.
    pub cameo: String,
    /// The code's Goldstein score.
    pub goldstein: Option<f64>,
    /// The code's QuadClass.
    pub quad_class: Option<QuadClass>,
    /// The code's PLOVER category (none for CAMEO 01 and 02).
    pub plover: Option<Plover>,
    /// The verb that coded it.
    pub verb: VerbHit,
}

/// A sentence with what the coder found in it.
#[derive(Debug, Clone, PartialEq)]
pub struct CodedSentence {
    /// The 0-based sentence number in the text.
    pub index: usize,
    /// The sentence.
    pub text: String,
    /// Its first character in the text.
    pub start: usize,
    /// One past its last character.
    pub end: usize,
    /// The actors found.
    pub actors: Vec<ActorMention>,
    /// The verbs found.
    pub verbs: Vec<VerbHit>,
    /// The events coded.
    pub events: Vec<CodedEvent>,
    /// Why something was not coded.
    pub notes: Vec<String>,
}

/// The dictionary coder.
#[derive(Debug, Clone)]
pub struct Coder {
    set: DictionarySet,
    actor_index: HashMap<String, Vec<Candidate>>,
    agent_index: HashMap<String, Vec<Candidate>>,
    discard_index: HashMap<String, Vec<Candidate>>,
    verb_index: HashMap<String, Vec<VerbForm>>,
    synsets: HashMap<String, Vec<Vec<String>>>,
}

/// A dictionary word as tokens are compared: upper case, without a final stop.
fn norm(word: &str) -> &str {
    word.trim_end_matches('.')
}

fn index_phrases<'a>(
    phrases: impl Iterator<Item = (usize, &'a Phrase)>,
) -> HashMap<String, Vec<Candidate>> {
    let mut index: HashMap<String, Vec<Candidate>> = HashMap::new();
    for (entry, phrase) in phrases {
        let words: Vec<String> = phrase
            .words
            .iter()
            .map(|word| norm(word).to_string())
            .collect();
        let Some(first) = words.first() else { continue };
        index.entry(first.clone()).or_default().push(Candidate {
            words,
            exact: phrase.exact,
            entry,
        });
    }
    for candidates in index.values_mut() {
        // Longest first; for the same length, the later entry (a later dictionary) first.
        candidates.sort_by(|a, b| {
            b.words
                .len()
                .cmp(&a.words.len())
                .then(b.entry.cmp(&a.entry))
        });
    }
    index
}

const BE: &[&str] = &["IS", "ARE", "WAS", "WERE", "BE", "BEEN", "BEING"];
const PREPOSITIONS: &[&str] = &[
    "IN", "AT", "FROM", "ON", "WITH", "TO", "OF", "BY", "FOR", "AGAINST", "NEAR", "INTO", "ABOUT",
    "OVER", "WITHIN",
];
const DETERMINERS: &[&str] = &[
    "THE", "A", "AN", "ITS", "THEIR", "HIS", "HER", "'S", "THIS", "THESE", "THOSE", "OUR",
];
const NEGATIONS: &[&str] = &["NOT", "N'T", "NEVER", "NO"];
/// Words that open an adverbial clause: what such a clause reports is the background of the
/// sentence's event ("… almost five years after crowds burned down its embassy").
const SUBORDINATORS: &[&str] = &[
    "AFTER", "BEFORE", "WHEN", "WHILE", "SINCE", "UNTIL", "BECAUSE", "ALTHOUGH", "THOUGH",
];
const ENGLISH: &[&str] = &[
    "THE", "OF", "AND", "TO", "IN", "A", "SAID", "ON", "WITH", "FOR", "IS", "WAS", "HAS", "BY",
];

impl Coder {
    /// Builds the indexes of a dictionary set.
    pub fn new(set: DictionarySet) -> Coder {
        let actor_index = index_phrases(
            set.actors
                .entries
                .iter()
                .enumerate()
                .flat_map(|(at, entry)| entry.phrases.iter().map(move |p| (at, p))),
        );
        let agent_index = index_phrases(
            set.agents
                .entries
                .iter()
                .enumerate()
                .map(|(at, agent)| (at, &agent.phrase)),
        );
        let discard_index = index_phrases(
            set.discards
                .entries
                .iter()
                .enumerate()
                .map(|(at, discard)| (at, &discard.phrase)),
        );
        let mut verb_index: HashMap<String, Vec<VerbForm>> = HashMap::new();
        for (block_at, block) in set.verbs.blocks.iter().enumerate() {
            for (verb_at, verb) in block.verbs.iter().enumerate() {
                for (form_at, form) in verb.forms.iter().enumerate() {
                    let words: Vec<String> =
                        form.iter().map(|word| norm(word).to_string()).collect();
                    let Some(first) = words.first() else { continue };
                    verb_index.entry(first.clone()).or_default().push(VerbForm {
                        words,
                        block: block_at,
                        verb: verb_at,
                        base: form_at == 0,
                    });
                }
            }
        }
        for forms in verb_index.values_mut() {
            forms.sort_by_key(|form| std::cmp::Reverse(form.words.len()));
        }
        let synsets = set
            .verbs
            .synsets
            .iter()
            .map(|synset| {
                (
                    synset.name.clone(),
                    synset.phrases.iter().map(|p| p.words.clone()).collect(),
                )
            })
            .collect();
        Coder {
            set,
            actor_index,
            agent_index,
            discard_index,
            verb_index,
            synsets,
        }
    }

    /// Codes every sentence of a text as of `date`.
    pub fn code_text(&self, text: &str, date: Date) -> Vec<CodedSentence> {
        let sentences = split_sentences(text);
        let mut coded: Vec<CodedSentence> = sentences
            .iter()
            .enumerate()
            .map(|(index, sentence)| {
                let mut one = self.code_sentence(sentence.text, date);
                one.index = index;
                one.start = sentence.start;
                one.end = sentence.end;
                one
            })
            .collect();
        let story_discard = coded.iter().find_map(|sentence| {
            sentence
                .notes
                .iter()
                .find(|note| note.starts_with("story discard"))
                .cloned()
        });
        if let Some(note) = story_discard {
            for sentence in &mut coded {
                if !sentence.events.is_empty() {
                    sentence.events.clear();
                    sentence
                        .notes
                        .push(format!("not coded: the story matched a {note}"));
                }
            }
        }
        coded
    }

    /// Codes one sentence as of `date`; spans count characters of the sentence.
    pub fn code_sentence(&self, sentence: &str, date: Date) -> CodedSentence {
        let mut coded = CodedSentence {
            index: 0,
            text: sentence.to_string(),
            start: 0,
            end: sentence.chars().count(),
            actors: Vec::new(),
            verbs: Vec::new(),
            events: Vec::new(),
            notes: Vec::new(),
        };
        if let Some(note) = not_english(sentence) {
            coded.notes.push(note);
            return coded;
        }
        let tokens = tokenize(sentence);
        let words: Vec<&str> = tokens.iter().map(|token| norm(&token.word)).collect();
        if let Some(note) = self.discard(&words) {
            coded.notes.push(note);
            return coded;
        }
        coded.actors = self.find_actors(sentence, &tokens, &words, date);
        let mut in_actor = vec![false; tokens.len()];
        for mention in &coded.actors {
            for flag in &mut in_actor[mention.tokens.0..mention.tokens.1] {
                *flag = true;
            }
        }
        // Verbs: (token range, form).
        let mut verbs: Vec<((usize, usize), &VerbForm)> = Vec::new();
        let mut at = 0;
        while at < tokens.len() {
            if in_actor[at] || tokens[at].is_punctuation() {
                at += 1;
                continue;
            }
            let found = self.verb_index.get(words[at]).and_then(|forms| {
                forms.iter().find(|form| {
                    at + form.words.len() <= tokens.len()
                        && form
                            .words
                            .iter()
                            .zip(&words[at..])
                            .all(|(word, token)| word == token)
                })
            });
            // A plural-looking verb form shortly after another verb, with no actor between, is more
            // likely a noun of its object ("fired two artillery shells at …").
            let object_noun = words[at].ends_with('S')
                && verbs
                    .last()
                    .is_some_and(|((_, end), _)| at - end <= 3 && (*end..at).all(|k| !in_actor[k]));
            // After a determiner and one word that is no actor ("on a routine patrol").
            let modified_noun = at >= 2
                && DETERMINERS.contains(&words[at - 2])
                && !in_actor[at - 1]
                && !words[at - 1].ends_with("LY");
            match found {
                Some(form) if !nominal(&words, at) && !object_noun && !modified_noun => {
                    verbs.push(((at, at + form.words.len()), form));
                    at += form.words.len();
                }
                _ => at += 1,
            }
        }
        let mut previous_source: Option<ActorMention> = None;
        let mut hits: Vec<(VerbHit, Option<ActorMention>, Option<ActorMention>)> = Vec::new();
        // Whether each verb stands in an adverbial clause: a subordinator since the verb before it.
        let mut background = Vec::new();
        for (number, ((first, last), form)) in verbs.iter().enumerate() {
            let scope_start = if number == 0 {
                0
            } else {
                verbs[number - 1].0.1
            };
            background.push(
                words[scope_start..*first]
                    .iter()
                    .any(|word| SUBORDINATORS.contains(word)),
            );
            let scope_end = verbs.get(number + 1).map_or(tokens.len(), |next| next.0.0);
            let (hit, source, target) = self.code_verb(
                sentence,
                &tokens,
                &words,
                &coded.actors,
                (*first, *last),
                form,
                (scope_start, scope_end),
                &previous_source,
            );
            if source.is_some() {
                previous_source.clone_from(&source);
            }
            hits.push((hit, source, target));
        }
        let has_later_event = |from: usize| {
            hits[from + 1..].iter().any(|(hit, source, _)| {
                source.is_some()
                    && hit
                        .code
                        .as_deref()
                        .is_some_and(|code| !code.starts_with("01"))
            })
        };
        for (number, (hit, source, target)) in hits.iter().enumerate() {
            coded.verbs.push(hit.clone());
            let Some(code) = hit.code.clone() else {
                continue;
            };
            let Some(source) = source.clone() else {
                coded
                    .notes
                    .push(format!("`{}` ({code}): no source actor", hit.text));
                continue;
            };
            if source.code.starts_with("---") {
                coded.notes.push(format!(
                    "`{}` ({code}): the source `{}` names no country or group",
                    hit.text, source.text
                ));
                continue;
            }
            if code.starts_with("01") && has_later_event(number) {
                coded.notes.push(format!(
                    "`{}` ({code}): reported speech, the verb it reports is coded",
                    hit.text
                ));
                continue;
            }
            if target.is_none() && !hit.patterned {
                coded.notes.push(format!(
                    "`{}` ({code}): no target, and no pattern matched",
                    hit.text
                ));
                continue;
            }
            if target
                .as_ref()
                .is_some_and(|target| target.code == source.code)
            {
                coded.notes.push(format!(
                    "`{}` ({code}): source and target are both {}",
                    hit.text, source.code
                ));
                continue;
            }
            let has_main_event = hits
                .iter()
                .enumerate()
                .any(|(other, (hit, source, target))| {
                    !background[other]
                        && hit
                            .code
                            .as_deref()
                            .is_some_and(|code| !code.starts_with("01"))
                        && source.as_ref().is_some_and(|s| !s.code.starts_with("---"))
                        && (target.is_some() || hit.patterned)
                });
            if background[number] && has_main_event {
                coded.notes.push(format!(
                    "`{}` ({code}): in an adverbial clause, the background of the sentence's event",
                    hit.text
                ));
                continue;
            }
            // Conjoined actors each take part: "Arnor, Osgiliath and Gondor presented …".
            let sources = coordinated(&coded.actors, &words, &source);
            let targets: Vec<Option<ActorMention>> = match target {
                Some(target) => coordinated(&coded.actors, &words, target)
                    .into_iter()
                    .map(Some)
                    .collect(),
                None => vec![None],
            };
            for source in &sources {
                for target in &targets {
                    let same = target.as_ref().is_some_and(|t| t.code == source.code);
                    let duplicate = coded.events.iter().any(|event| {
                        event.cameo == code
                            && event.source.code == source.code
                            && event.target.as_ref().map(|t| &t.code)
                                == target.as_ref().map(|t| &t.code)
                    });
                    if same || duplicate {
                        continue;
                    }
                    coded.events.push(CodedEvent {
                        goldstein: goldstein(&code),
                        quad_class: QuadClass::of(&code),
                        plover: Plover::of(&code),
                        cameo: code.clone(),
                        source: source.clone(),
                        target: target.clone(),
                        verb: hit.clone(),
                    });
                }
            }
        }
        coded
    }

    /// The note for a sentence that matches a discard phrase.
    fn discard(&self, words: &[&str]) -> Option<String> {
        for at in 0..words.len() {
            if let Some(candidate) = longest(&self.discard_index, words, at) {
                let discard = &self.set.discards.entries[candidate.entry];
                let level = if discard.story {
                    "story discard"
                } else {
                    "discard"
                };
                return Some(format!(
                    "{level} `{}` (line {})",
                    discard.phrase, discard.line
                ));
            }
        }
        None
    }

    fn find_actors(
        &self,
        sentence: &str,
        tokens: &[Token],
        words: &[&str],
        date: Date,
    ) -> Vec<ActorMention> {
        let mut mentions: Vec<ActorMention> = Vec::new();
        let mut agents: Vec<((usize, usize), usize)> = Vec::new();
        let mut at = 0;
        while at < tokens.len() {
            // The longest actor phrase that has a code on the date.
            let actor = self.actor_index.get(words[at]).and_then(|candidates| {
                candidates.iter().find(|candidate| {
                    matches_at(candidate, words, at)
                        && self.set.actors.entries[candidate.entry]
                            .code_on(date)
                            .is_some()
                })
            });
            let agent = longest(&self.agent_index, words, at);
            let actor_len = actor.map_or(0, |candidate| candidate.words.len());
            let agent_len = agent.map_or(0, |candidate| candidate.words.len());
            if actor_len > 0 && actor_len >= agent_len {
                let candidate = actor.expect("matched");
                let entry = &self.set.actors.entries[candidate.entry];
                let code = entry.code_on(date).expect("checked").to_string();
                let range = (at, at + actor_len);
                mentions.push(ActorMention {
                    code,
                    text: span_text(sentence, tokens, range),
                    tokens: range,
                    agent_before: false,
                    start: tokens[range.0].start,
                    end: tokens[range.1 - 1].end,
                    entries: vec![format!(
                        "{}:{} {}",
                        entry.file,
                        entry.line,
                        candidate.words.join(" ")
                    )],
                });
                at += actor_len;
            } else if agent_len > 0 {
                agents.push(((at, at + agent_len), agent.expect("matched").entry));
                at += agent_len;
            } else {
                at += 1;
            }
        }
        // An agent joins the actor just before it ("Pakistan's foreign minister", with at most one word
        // between) or just after it ("the foreign minister of Pakistan"); else it stands alone.
        let agent_tokens: Vec<usize> = agents
            .iter()
            .flat_map(|(range, _)| range.0..range.1)
            .collect();
        for (range, agent_at) in agents {
            let agent = &self.set.agents.entries[agent_at];
            let fired = format!("{}:{} {}", self.set.agent_file, agent.line, agent.phrase);
            let before = mentions.iter().position(|mention| {
                mention.tokens.1 <= range.0
                    && range.0 - mention.tokens.1 <= 2
                    && words[mention.tokens.1..range.0].iter().all(|word| {
                        !PREPOSITIONS.contains(word)
                            && !SUBORDINATORS.contains(word)
                            && !matches!(*word, "AND" | "OR" | "BUT")
                            && word.chars().any(char::is_alphanumeric)
                            || *word == "'S"
                    })
            });
            let after = mentions.iter().position(|mention| {
                mention.tokens.0 >= range.1
                    && mention.tokens.0 - range.1 <= 2
                    && words[range.1..mention.tokens.0]
                        .iter()
                        .all(|word| matches!(*word, "OF" | "THE" | "FOR" | "FROM" | "IN"))
                    && words[range.1..mention.tokens.0]
                        .iter()
                        .any(|word| matches!(*word, "OF" | "FROM" | "IN"))
            });
            // A title before a name: "Lt. Gen. Asim Munir", "Foreign Minister Ishaq Dar".
            let following = mentions.iter().position(|mention| {
                mention.tokens.0 >= range.1
                    && (range.1..mention.tokens.0)
                        .all(|at| words[at].is_empty() || agent_tokens.contains(&at))
            });
            match before.or(after).or(following) {
                Some(index) => {
                    let mention = &mut mentions[index];
                    if mention.code.len() == 3 {
                        mention.code = match agent.placement {
                            Placement::After => format!("{}{}", mention.code, agent.code),
                            Placement::Before => format!("{}{}", agent.code, mention.code),
                        };
                    }
                    mention.agent_before |= range.0 < mention.tokens.0;
                    mention.tokens = (mention.tokens.0.min(range.0), mention.tokens.1.max(range.1));
                    mention.start = tokens[mention.tokens.0].start;
                    mention.end = tokens[mention.tokens.1 - 1].end;
                    mention.text = span_text(sentence, tokens, mention.tokens);
                    mention.entries.push(fired);
                }
                None => mentions.push(ActorMention {
                    code: format!("---{}", agent.code),
                    text: span_text(sentence, tokens, range),
                    tokens: range,
                    agent_before: false,
                    start: tokens[range.0].start,
                    end: tokens[range.1 - 1].end,
                    entries: vec![fired],
                }),
            }
        }
        mentions.sort_by_key(|mention| mention.tokens.0);
        mentions
    }

    #[allow(clippy::too_many_arguments)]
    fn code_verb(
        &self,
        sentence: &str,
        tokens: &[Token],
        words: &[&str],
        actors: &[ActorMention],
        range: (usize, usize),
        form: &VerbForm,
        scope: (usize, usize),
        previous_source: &Option<ActorMention>,
    ) -> (VerbHit, Option<ActorMention>, Option<ActorMention>) {
        let block = &self.set.verbs.blocks[form.block];
        let verb = &block.verbs[form.verb];
        let mut hit = VerbHit {
            text: span_text(sentence, tokens, range),
            start: tokens[range.0].start,
            end: tokens[range.1 - 1].end,
            code: None,
            entries: vec![format!(
                "{}:{} {} (block {})",
                self.set.verb_file, verb.line, verb.entry, block.description
            )],
            passive: false,
            patterned: false,
        };
        let negated = words[range.0.saturating_sub(3)..range.0]
            .iter()
            .any(|word| NEGATIONS.contains(word) || word.ends_with("N'T"));
        if negated {
            hit.entries.push("negated: not coded".to_string());
            return (hit, None, None);
        }
        // Passive: a form of BE before a participle, at most one word between ("was reportedly hit").
        let be_before = (range.0.saturating_sub(2)..range.0).any(|at| BE.contains(&words[at]));
        hit.passive = be_before
            && !form.base
            && !words[range.0].ends_with('S')
            && !words[range.0].ends_with("ING");
        let before: Vec<&ActorMention> = actors
            .iter()
            .filter(|mention| mention.tokens.1 <= range.0 && mention.tokens.0 >= scope.0)
            .collect();
        let after: Vec<&ActorMention> = actors
            .iter()
            .filter(|mention| mention.tokens.0 >= range.1 && mention.tokens.1 <= scope.1)
            .collect();
        let subject = before
            .iter()
            .find(|mention| {
                mention.tokens.0 == 0 || !PREPOSITIONS.contains(&words[mention.tokens.0 - 1])
            })
            .or(before.last())
            .map(|mention| (*mention).clone());
        let mut source = subject.clone().or_else(|| previous_source.clone());
        // The target is in the verb's own phrase: a comma after the verb ends the search ("burned
        // down its embassy, a senior official said").
        // A comma one word after the verb, before a word that opens no new phrase, only separates
        // modifiers ("restore complete, full ties with Gondor").
        let comma = (range.1..scope.1)
            .find(|&at| {
                // An actor right after the comma starts a clause of its own ("Pakistan protested,
                // Afghan officials said").
                let actor_next = actors.iter().any(|mention| mention.tokens.0 == at + 1);
                words[at] == ","
                    && !(at <= range.1 + 1
                        && !actor_next
                        && words.get(at + 1).is_some_and(|next| {
                            !DETERMINERS.contains(next) && !SUBORDINATORS.contains(next)
                        }))
            })
            .unwrap_or(scope.1);
        let mut target = after
            .iter()
            .find(|mention| mention.tokens.1 <= comma)
            .map(|mention| (*mention).clone());
        if hit.passive {
            let agent = after
                .iter()
                .find(|mention| {
                    words[mention.tokens.0.saturating_sub(2)..mention.tokens.0].contains(&"BY")
                })
                .map(|mention| (*mention).clone());
            target = subject;
            source = agent;
        }
        // The most specific pattern of the block that matches.
        let mut best: Option<(
            usize,
            &super::verbs::Pattern,
            Option<ActorMention>,
            Option<ActorMention>,
        )> = None;
        for pattern in &block.patterns {
            // `+++` and `???` mark test placeholders in the validation dictionaries, not codes.
            let placeholder = pattern
                .code
                .code
                .as_deref()
                .is_some_and(|code| code.bytes().any(|b| b"+?#".contains(&b)));
            if placeholder {
                continue;
            }
            let Some(bound) = self.match_pattern(pattern, words, actors, range, scope) else {
                continue;
            };
            let weight = pattern.before.len() + pattern.after.len();
            if best
                .as_ref()
                .is_none_or(|(best_weight, ..)| weight > *best_weight)
            {
                best = Some((weight, pattern, bound.0, bound.1));
            }
        }
        match best {
            Some((_, pattern, bound_source, bound_target)) => {
                hit.entries.push(format!(
                    "{}:{} - {}",
                    self.set.verb_file, pattern.line, pattern.text
                ));
                hit.code.clone_from(&pattern.code.code);
                hit.patterned = true;
                if bound_source.is_some() {
                    source = bound_source;
                }
                if bound_target.is_some() {
                    target = bound_target;
                }
            }
            None => {
                let code = verb.code.as_ref().unwrap_or(&block.code);
                hit.code.clone_from(&code.code);
            }
        }
        (hit, source, target)
    }

    /// Whether a pattern matches around the verb; the actors its `$` and `+` bind.
    fn match_pattern(
        &self,
        pattern: &super::verbs::Pattern,
        words: &[&str],
        actors: &[ActorMention],
        range: (usize, usize),
        scope: (usize, usize),
    ) -> Option<(Option<ActorMention>, Option<ActorMention>)> {
        let mut source = None;
        let mut target = None;
        // Before the verb: the items in order, ending anywhere before it.
        let mut at = scope.0;
        for item in &pattern.before {
            at = self.find_item(item, words, actors, at, range.0, &mut source, &mut target)?;
        }
        let mut at = range.1;
        for item in &pattern.after {
            at = self.find_item(item, words, actors, at, scope.1, &mut source, &mut target)?;
        }
        Some((source, target))
    }

    /// Finds one pattern item at or after `from` and before `to`; returns the position after it.
    #[allow(clippy::too_many_arguments)]
    fn find_item(
        &self,
        item: &PatternItem,
        words: &[&str],
        actors: &[ActorMention],
        from: usize,
        to: usize,
        source: &mut Option<ActorMention>,
        target: &mut Option<ActorMention>,
    ) -> Option<usize> {
        match item {
            PatternItem::Word(word) => (from..to)
                .find(|at| same_word(word, words[*at]))
                .map(|at| at + 1),
            PatternItem::Synset(name) => {
                let members = self.synsets.get(name)?;
                (from..to).find_map(|at| {
                    members.iter().find_map(|member| {
                        let end = at + member.len();
                        (end <= to
                            && member
                                .iter()
                                .zip(&words[at..end])
                                .all(|(m, w)| same_word(m, w)))
                        .then_some(end)
                    })
                })
            }
            PatternItem::Source | PatternItem::Target | PatternItem::Compound => {
                let mention = actors
                    .iter()
                    .find(|mention| mention.tokens.0 >= from && mention.tokens.1 <= to)?;
                match item {
                    PatternItem::Source => *source = Some(mention.clone()),
                    PatternItem::Target => *target = Some(mention.clone()),
                    _ => {}
                }
                Some(mention.tokens.1)
            }
            PatternItem::Skip => (from < to).then_some(from + 1),
        }
    }
}

/// Whether a pattern word matches a token: the same word, or its regular plural.
fn same_word(word: &str, token: &str) -> bool {
    if word == token {
        return true;
    }
    let Some(rest) = token.strip_prefix(word) else {
        return word.ends_with('Y')
            && token
                .strip_suffix("IES")
                .is_some_and(|stem| word.strip_suffix('Y') == Some(stem));
    };
    rest == "S" || rest == "ES"
}

/// The longest candidate at `at`, if any.
fn longest<'a>(
    index: &'a HashMap<String, Vec<Candidate>>,
    words: &[&str],
    at: usize,
) -> Option<&'a Candidate> {
    index
        .get(words[at])?
        .iter()
        .find(|candidate| matches_at(candidate, words, at))
}

/// The actors conjoined with `mention`, itself first: a list "A, B and C" in which `mention` is one
/// item, joined by commas and a final AND (or OR). A comma alone joins nothing ("Y, Z said"), so a
/// list without its AND is only `mention`.
fn coordinated(
    actors: &[ActorMention],
    words: &[&str],
    mention: &ActorMention,
) -> Vec<ActorMention> {
    let Some(index) = actors.iter().position(|m| m.tokens == mention.tokens) else {
        return vec![mention.clone()];
    };
    // What joins actor k to actor k + 1: None when they are not next to each other.
    let joint = |k: usize| -> Option<bool> {
        // Mentions can overlap where an agent joined one of them; overlapping ones join nothing.
        let between = words.get(actors[k].tokens.1..actors.get(k + 1)?.tokens.0)?;
        match between {
            [","] => Some(false),
            ["AND" | "OR"] | [",", "AND" | "OR"] => Some(true),
            _ => None,
        }
    };
    // Backwards, only the joint just before `mention` may be its list's AND; an AND further back ends
    // another list ("talks between Pakistan and China, Afghanistan and Iran signed").
    let mut first = index;
    while first > 0 {
        match joint(first - 1) {
            Some(false) => first -= 1,
            Some(true) if first == index => first -= 1,
            _ => break,
        }
    }
    let mut last = index;
    while joint(last).is_some() {
        last += 1;
        if joint(last - 1) == Some(true) {
            break;
        }
    }
    // The list ends with its AND; without one, or a list that goes on after it, there is none.
    if last == first || joint(last - 1) != Some(true) {
        return vec![mention.clone()];
    }
    // A sector that the list's first item took from words before it ("the ambassadors of A, B and
    // C") belongs to every item; one after the last item ("A and B leaders") is left where it is.
    let sector = (index == first && mention.code.len() > 3 && mention.agent_before)
        .then(|| &mention.code[3..]);
    let mut list = vec![mention.clone()];
    list.extend(
        actors[first..=last]
            .iter()
            .filter(|m| m.tokens != mention.tokens)
            .map(|m| {
                let mut m = m.clone();
                if let Some(sector) = sector.filter(|_| m.code.len() == 3) {
                    m.code.push_str(sector);
                }
                m
            }),
    );
    list
}

/// Whether a phrase matches the words from `at`: every word the same, the last one a stem unless exact.
fn matches_at(candidate: &Candidate, words: &[&str], at: usize) -> bool {
    let n = candidate.words.len();
    if at + n > words.len() {
        return false;
    }
    candidate.words.iter().enumerate().all(|(k, word)| {
        let token = words[at + k];
        if k + 1 < n || candidate.exact {
            word == token
        } else {
            token.starts_with(word.as_str())
        }
    })
}

/// Whether a verb-looking word is used as a noun: after a determiner or a possessive, or an `-ING`
/// form after a preposition ("accused Kabul of shelling"), which completes the verb before it.
fn nominal(words: &[&str], at: usize) -> bool {
    at > 0
        && (DETERMINERS.contains(&words[at - 1])
            || (PREPOSITIONS.contains(&words[at - 1]) && words[at].ends_with("ING")))
}

/// The sentence's text over a token range.
fn span_text(sentence: &str, tokens: &[Token], range: (usize, usize)) -> String {
    let start = tokens[range.0].start;
    let end = tokens[range.1 - 1].end;
    sentence.chars().skip(start).take(end - start).collect()
}

/// A note when a sentence is not English text the dictionaries can read.
fn not_english(sentence: &str) -> Option<String> {
    let letters: Vec<char> = sentence.chars().filter(|c| c.is_alphabetic()).collect();
    if letters.is_empty() {
        return Some("no words to code".to_string());
    }
    let latin = letters.iter().filter(|c| c.is_ascii_alphabetic()).count();
    if latin * 2 < letters.len() {
        return Some(
            "not coded: the sentence is mostly in another script than the dictionaries' English"
                .to_string(),
        );
    }
    let words: Vec<String> = sentence
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .filter(|w| !w.is_empty())
        .map(str::to_uppercase)
        .collect();
    if words.len() >= 10 && !words.iter().any(|word| ENGLISH.contains(&word.as_str())) {
        return Some(
            "not coded: no English function words, the sentence seems to be in another language"
                .to_string(),
        );
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const VERBS: &str = "\
&AUX_
+WILL
---  SAY   [010]  ---
SAY {SAYS SAID SAYING}
---  ACCUSE   [112]  ---
ACCUSE
- * + (OF &AUX) [1121]
---  ATTACK   [190]  ---
ATTACK
SHELL {SHELLS SHELLED SHELLING}
---  MEET   [040]  ---
MEET {MEETS MET MEETING}
- * (WITH +) [042]
---  DENY   [---]  ---
DENY
- * CLAIM [---]
- * (INVOLVEMENT) [1231]
";

    const ACTORS: &str = "PAKISTAN_ [PAK]\n+PAKISTANI_\nAFGHANISTAN_ [AFG]\n";
    const AGENTS: &str = "FOREIGN_MINISTER [~GOVFRM]\nARMY_ [~MIL]\n";

    fn coder() -> Coder {
        let mut actors = ActorDictionary::parse("fixture.actors.txt", ACTORS).unwrap();
        actors.extend(ActorDictionary::parse(PAIR_DICTIONARY_NAME, PAIR_DICTIONARY).unwrap());
        Coder::new(DictionarySet {
            verb_file: "fixture.verbs.txt".to_string(),
            verbs: VerbDictionary::parse("fixture.verbs.txt", VERBS).unwrap(),
            actors,
            agent_file: "fixture.agents.txt".to_string(),
            agents: AgentDictionary::parse("fixture.agents.txt", AGENTS).unwrap(),
            discards: DiscardList::parse("fixture.discards.txt", "WORLD CUP\n").unwrap(),
        })
    }

    /// Events as `SOURCE TARGET CODE`, and the notes.
    fn check(sentence: &str, date: &str, expect: &[&str]) {
        let coded = coder().code_text(sentence, Date::parse_iso(date).unwrap());
        let mut got: Vec<String> = Vec::new();
        for one in &coded {
            for event in &one.events {
                let target = event
                    .target
                    .as_ref()
                    .map_or("---", |target| target.code.as_str());
                got.push(format!("{} {} {}", event.source.code, target, event.cameo));
            }
            for note in &one.notes {
                got.push(format!("note: {note}"));
            }
        }
        assert_eq!(got, expect, "{sentence}");
    }

    #[test]
    fn the_taliban_change_code_on_2021_08_15() {
        check(
            "The Taliban shelled Pakistan.",
            "2021-08-01",
            &["AFGREB PAK 190"],
        );
        check(
            "The Taliban shelled Pakistan.",
            "2021-09-01",
            &["AFGGOV PAK 190"],
        );
        check(
            "Islamabad accused Kabul of shelling.",
            "2023-01-01",
            &["PAKGOV AFGGOV 112"],
        );
    }

    #[test]
    fn roles() {
        check(
            "Pakistan's foreign minister met with Afghanistan.",
            "2020-01-01",
            &["PAKGOVFRM AFG 042"],
        );
        check(
            "Afghanistan was attacked by the TTP.",
            "2020-01-01",
            &["PAKREB AFG 190"],
        );
        check(
            "Afghanistan was attacked.",
            "2020-01-01",
            &["note: `attacked` (190): no source actor"],
        );
        check(
            "Pakistan said Afghanistan attacked the TTP.",
            "2020-01-01",
            &[
                "AFG PAKREB 190",
                "note: `said` (010): reported speech, the verb it reports is coded",
            ],
        );
        check(
            "Pakistan said it would attack Afghanistan.",
            "2020-01-01",
            &[
                "PAK AFG 190",
                "note: `said` (010): reported speech, the verb it reports is coded",
            ],
        );
        check(
            "Kabul denied any involvement.",
            "2022-01-01",
            &["AFGGOV --- 1231"],
        );
        check("Kabul denied the claim.", "2022-01-01", &[]);
        check("Pakistan did not attack Afghanistan.", "2022-01-01", &[]);
        check("The attack on Pakistan.", "2022-01-01", &[]);
    }

    #[test]
    fn leaders_by_date() {
        check(
            "Imran Khan met with Ashraf Ghani.",
            "2019-06-27",
            &["PAKGOV AFGGOV 042"],
        );
        check(
            "Imran Khan met with Ashraf Ghani.",
            "2023-06-27",
            &["PAKOPP AFGELI 042"],
        );
        check(
            "Lt. Gen. Asim Munir met with Amir Khan Muttaqi.",
            "2023-06-27",
            &["PAKMIL AFGGOV 042"],
        );
    }

    #[test]
    fn clauses_negations_and_modifiers() {
        // A verb in an adverbial clause is background when the sentence has a main event …
        check(
            "Pakistan met with Afghanistan after Pakistan shelled Afghanistan.",
            "2022-01-01",
            &[
                "PAK AFG 042",
                "note: `shelled` (190): in an adverbial clause, the background of the sentence's event",
            ],
        );
        // … and is coded when it is the only event.
        check(
            "Talks stalled after Pakistan shelled Afghanistan.",
            "2022-01-01",
            &["PAK AFG 190"],
        );
        // A contracted negation negates.
        check("Pakistan didn't shell Afghanistan.", "2022-01-01", &[]);
        check("Pakistan won't attack Afghanistan.", "2022-01-01", &[]);
        // A comma between modifiers does not end the target's phrase; one before a determiner does.
        check(
            "Pakistan shelled heavily, repeatedly Afghanistan.",
            "2022-01-01",
            &["PAK AFG 190"],
        );
        // An actor after the comma starts a clause of its own.
        check(
            "Pakistan shelled, Afghanistan said.",
            "2022-01-01",
            &[
                "note: `shelled` (190): no target, and no pattern matched",
                "note: `said` (010): no target, and no pattern matched",
            ],
        );
        check(
            "Pakistan shelled the hills, a spokesman in Afghanistan said.",
            "2022-01-01",
            &[
                "note: `shelled` (190): no target, and no pattern matched",
                "note: `said` (010): no target, and no pattern matched",
            ],
        );
        // A verb form after a determiner and a modifier is a noun.
        check(
            "Pakistan said a heavy shelling hit Afghanistan.",
            "2022-01-01",
            &["PAK AFG 010"],
        );
    }

    #[test]
    fn not_coded() {
        check(
            "پاکستان نے افغانستان پر حملہ کیا",
            "2022-01-01",
            &[
                "note: not coded: the sentence is mostly in another script than the dictionaries' English",
            ],
        );
        check(
            "Pakistan und Afghanistan haben sich gestern getroffen und über die Grenze und den Handel gesprochen",
            "2022-01-01",
            &[
                "note: not coded: no English function words, the sentence seems to be in another language",
            ],
        );
        check(
            "Pakistan attacked Afghanistan at the World Cup.",
            "2022-01-01",
            &["note: discard `WORLD CUP` (line 1)"],
        );
    }

    #[test]
    fn spans_and_entries() {
        let coded = coder().code_text(
            "Hello. Islamabad accused Kabul of shelling.",
            Date(20230101),
        );
        let event = &coded[1].events[0];
        assert_eq!((coded[1].start, coded[1].end), (7, 43));
        assert_eq!(
            (
                event.source.text.as_str(),
                event.source.start,
                event.source.end
            ),
            ("Islamabad", 0, 9)
        );
        assert_eq!(
            event.verb.entries[0],
            "fixture.verbs.txt:6 ACCUSE (block ACCUSE)"
        );
        assert!(
            event.source.entries[0].starts_with("pair_dictionary.txt:"),
            "{:?}",
            event.source.entries
        );
        assert_eq!(event.goldstein, Some(-2.0));
        assert_eq!(event.plover, Some(Plover::Disapprove));
    }
}
