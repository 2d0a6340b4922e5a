//! Reads the PETRARCH-2 actor, agent and discard dictionaries (Phoenix `*.actors.txt`, `Phoenix.agents.txt`,
//! `Phoenix.discards.txt`).
//!
//! An actor entry is a primary phrase, synonyms on `+` lines, and codes in brackets, on the primary line
//! or on indented lines below it. A code may hold at some dates only: `[AFGGOV >210815]` (from that date),
//! `[AFGREB <210815]` (until it), `[PAKGOV 180818-220410]` (between, both ends included); a bare
//! `[CODE]` is the default when no dated code holds. Agents are common nouns that add a sector to an
//! actor (`~GOV` after the country's code, `NGO~` before it), with `!SET!` substitution sets. Discards
//! are phrases that stop a sentence (or, with `+`, a whole story) from being coded.

use super::dictionary::{
    Date, DictionaryError, DictionaryErrors, Phrase, content_lines, strip_comment,
};

/// When a code holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum When {
    /// Whatever the date: the default code.
    Always,
    /// On or before the date.
    Before(Date),
    /// On or after the date.
    After(Date),
    /// Between the two dates, both included.
    Between(Date, Date),
}

impl When {
    /// Whether the code holds on `date`.
    pub fn holds(self, date: Date) -> bool {
        match self {
            When::Always => true,
            When::Before(end) => date <= end,
            When::After(start) => date >= start,
            When::Between(start, end) => start <= date && date <= end,
        }
    }
}

/// A code with the dates it holds.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DatedCode {
    /// The actor code, e.g. `AFGGOV`; `---` is the null code.
    pub code: String,
    /// When the code holds.
    pub when: When,
}

/// One actor: its phrases and codes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ActorEntry {
    /// The primary phrase first, then the synonyms.
    pub phrases: Vec<Phrase>,
    /// Codes in the file's order.
    pub codes: Vec<DatedCode>,
    /// The file the entry is in, and the line of its primary phrase.
    pub file: String,
    /// The 1-based line in the file.
    pub line: usize,
}

impl ActorEntry {
    /// The code on `date`: the first dated code that holds, else the first default code.
    ///
    /// `None` when nothing holds, or the code that holds is the null code `---`.
    pub fn code_on(&self, date: Date) -> Option<&str> {
        let dated = self
            .codes
            .iter()
            .find(|code| code.when != When::Always && code.when.holds(date));
        let chosen = dated.or_else(|| self.codes.iter().find(|code| code.when == When::Always))?;
        (chosen.code != "---").then_some(chosen.code.as_str())
    }
}

/// The actors of one or more actor files.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ActorDictionary {
    /// The entries in the file's order.
    pub entries: Vec<ActorEntry>,
}

impl ActorDictionary {
    /// Reads an actor file; every line that does not read is reported.
    pub fn parse(file: &str, text: &str) -> Result<ActorDictionary, DictionaryErrors> {
        let (dictionary, errors) = ActorDictionary::parse_lenient(file, text);
        if errors.is_empty() {
            Ok(dictionary)
        } else {
            Err(DictionaryErrors(errors))
        }
    }

    /// Reads an actor file, leaving out each entry with a bad line and returning those errors.
    pub fn parse_lenient(file: &str, text: &str) -> (ActorDictionary, Vec<DictionaryError>) {
        let mut entries = Vec::new();
        let mut errors = Vec::new();
        let mut current: Option<(ActorEntry, bool)> = None;
        for (line_number, raw) in content_lines(text) {
            let mut line = strip_comment(raw);
            // Lines written by CountryInfo tools carry a `; source` note after the phrase.
            if let Some(at) = line.find(';') {
                line = line[..at].trim_end();
            }
            if line.trim().is_empty() {
                continue;
            }
            let indented = line.starts_with(|c: char| c.is_whitespace());
            let trimmed = line.trim();
            let error_count = errors.len();
            if indented && trimmed.starts_with('[') {
                match current.as_mut() {
                    Some((entry, _)) => {
                        read_codes(file, line_number, trimmed, &mut entry.codes, &mut errors)
                    }
                    None => errors.push(line_error(
                        file,
                        line_number,
                        raw,
                        "a code line before any actor",
                        HINT_ORDER,
                    )),
                }
            } else if let Some(synonym) = trimmed.strip_prefix('+') {
                match current.as_mut() {
                    Some((entry, _)) => {
                        let (phrase_text, codes_text) = split_codes(synonym);
                        match Phrase::parse(phrase_text) {
                            Some(phrase) => entry.phrases.push(phrase),
                            None => errors.push(line_error(
                                file,
                                line_number,
                                raw,
                                "an empty synonym",
                                HINT_PHRASE,
                            )),
                        }
                        read_codes(file, line_number, codes_text, &mut entry.codes, &mut errors);
                    }
                    None => errors.push(line_error(
                        file,
                        line_number,
                        raw,
                        "a synonym before any actor",
                        HINT_ORDER,
                    )),
                }
            } else {
                if let Some((entry, bad)) = current.take()
                    && !bad
                {
                    entries.push(entry);
                }
                let (phrase_text, codes_text) = split_codes(trimmed);
                let mut entry = ActorEntry {
                    phrases: Vec::new(),
                    codes: Vec::new(),
                    file: file.to_string(),
                    line: line_number,
                };
                match Phrase::parse(phrase_text) {
                    Some(phrase) => entry.phrases.push(phrase),
                    None => errors.push(line_error(
                        file,
                        line_number,
                        raw,
                        "no phrase before the code",
                        HINT_PHRASE,
                    )),
                }
                read_codes(file, line_number, codes_text, &mut entry.codes, &mut errors);
                current = Some((entry, false));
            }
            if errors.len() > error_count
                && let Some((_, bad)) = current.as_mut()
            {
                *bad = true;
            }
        }
        if let Some((entry, bad)) = current.take()
            && !bad
        {
            entries.push(entry);
        }
        (ActorDictionary { entries }, errors)
    }

    /// Adds the entries of another dictionary after this one's.
    pub fn extend(&mut self, other: ActorDictionary) {
        self.entries.extend(other.entries);
    }

    /// How many phrases (primary and synonyms) the dictionary holds.
    pub fn n_phrases(&self) -> usize {
        self.entries.iter().map(|entry| entry.phrases.len()).sum()
    }
}

const HINT_ORDER: &str = "an actor starts with its phrase on an unindented line; `+` synonyms and indented `[CODE]` lines follow it";
const HINT_PHRASE: &str = "a phrase is words joined by `_`, e.g. `HAMID_KARZAI_`";
const HINT_CODE: &str =
    "codes are `[CODE]` or `[CODE <date]`, `[CODE >date]`, `[CODE date-date]`, separated by blanks";

fn line_error(
    file: &str,
    line: usize,
    raw: &str,
    problem: &str,
    hint: &'static str,
) -> DictionaryError {
    DictionaryError::Line {
        file: file.to_string(),
        line,
        text: raw.trim().to_string(),
        problem: problem.to_string(),
        hint,
    }
}

/// Splits `PHRASE [CODE] [CODE]` at the first bracket.
fn split_codes(text: &str) -> (&str, &str) {
    match text.find('[') {
        Some(at) => (&text[..at], &text[at..]),
        None => (text, ""),
    }
}

/// Reads `[CODE]`, `[CODE >D]`, … groups separated by blanks.
fn read_codes(
    file: &str,
    line: usize,
    text: &str,
    codes: &mut Vec<DatedCode>,
    errors: &mut Vec<DictionaryError>,
) {
    let mut rest = text.trim();
    while !rest.is_empty() {
        let Some(inside) = rest.strip_prefix('[') else {
            errors.push(line_error(
                file,
                line,
                text,
                "text outside brackets",
                HINT_CODE,
            ));
            return;
        };
        let Some(close) = inside.find(']') else {
            errors.push(line_error(file, line, text, "an unclosed `[`", HINT_CODE));
            return;
        };
        let group = inside[..close].trim();
        rest = inside[close + 1..].trim_start();
        let (code, restriction) = match group.find(char::is_whitespace) {
            Some(at) => (&group[..at], group[at..].trim()),
            None => (group, ""),
        };
        if code.is_empty() {
            errors.push(line_error(file, line, text, "an empty code", HINT_CODE));
            continue;
        }
        match read_restriction(restriction) {
            Some(when) => codes.push(DatedCode {
                code: code.to_string(),
                when,
            }),
            None => errors.push(DictionaryError::DateRestriction {
                file: file.to_string(),
                line,
                restriction: restriction.to_string(),
            }),
        }
    }
}

/// Reads a date restriction; `None` when it is none of the documented forms.
///
/// A blank between `<` or `>` and the date (`> 140608`, six times in the published files), or around
/// the `-` of a range (the validation actors), is read as the same restriction: the meaning is not in
/// doubt. A bare date (`[USAGOV 19820101]`) is not: it
/// could be a start or an end, so it is an error.
pub fn read_restriction(text: &str) -> Option<When> {
    let text = text.trim();
    if text.is_empty() {
        return Some(When::Always);
    }
    if let Some(date) = text.strip_prefix('<') {
        return Date::parse_dictionary(date.trim_start()).map(When::Before);
    }
    if let Some(date) = text.strip_prefix('>') {
        return Date::parse_dictionary(date.trim_start()).map(When::After);
    }
    let (start, end) = text.split_once('-')?;
    let start = Date::parse_dictionary(start.trim())?;
    let end = Date::parse_dictionary(end.trim())?;
    (start <= end).then_some(When::Between(start, end))
}

/// Where an agent's code goes relative to the actor's code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Placement {
    /// `~GOV`: after the actor's code (`PAK` + `GOV`).
    After,
    /// `NGO~`: before it.
    Before,
}

/// One agent phrase with its code.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgentEntry {
    /// The words that match.
    pub phrase: Phrase,
    /// The code without its `~`.
    pub code: String,
    /// Whether the code goes after or before the actor's code.
    pub placement: Placement,
    /// The 1-based line in the file.
    pub line: usize,
}

/// The agents of an agent file, with substitution sets and plurals expanded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AgentDictionary {
    /// The entries in the file's order.
    pub entries: Vec<AgentEntry>,
}

const HINT_AGENT: &str =
    "an agent line is `PHRASE {PLURAL} [~CODE]` or `PHRASE [CODE~]`; a set is `!NAME! = A, B`";

impl AgentDictionary {
    /// Reads an agent file; every line that does not read is reported.
    pub fn parse(file: &str, text: &str) -> Result<AgentDictionary, DictionaryErrors> {
        let (dictionary, errors) = AgentDictionary::parse_lenient(file, text);
        if errors.is_empty() {
            Ok(dictionary)
        } else {
            Err(DictionaryErrors(errors))
        }
    }

    /// Reads an agent file, leaving out each line that does not read and returning those errors.
    pub fn parse_lenient(file: &str, text: &str) -> (AgentDictionary, Vec<DictionaryError>) {
        let mut entries = Vec::new();
        let mut errors = Vec::new();
        let mut sets: Vec<(String, Vec<String>)> = Vec::new();
        for (line_number, raw) in content_lines(text) {
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            if line.starts_with('!') && line.contains('=') {
                let (name, members) = line.split_once('=').expect("checked");
                let members: Vec<String> = members
                    .split(',')
                    .map(|member| member.trim().to_uppercase())
                    .filter(|m| !m.is_empty())
                    .collect();
                if members.is_empty() {
                    errors.push(line_error(
                        file,
                        line_number,
                        raw,
                        "an empty substitution set",
                        HINT_AGENT,
                    ));
                }
                sets.push((name.trim().to_string(), members));
                continue;
            }
            let Some(open) = line.rfind('[') else {
                errors.push(line_error(
                    file,
                    line_number,
                    raw,
                    "no `[CODE]`",
                    HINT_AGENT,
                ));
                continue;
            };
            let code_text = line[open + 1..].trim_end_matches([']', '}']).trim();
            let (code, placement) = if let Some(code) = code_text.strip_prefix('~') {
                (code, Placement::After)
            } else if let Some(code) = code_text.strip_suffix('~') {
                (code, Placement::Before)
            } else {
                errors.push(line_error(
                    file,
                    line_number,
                    raw,
                    "a code without `~`",
                    HINT_AGENT,
                ));
                continue;
            };
            let head = line[..open].trim();
            let (phrase_text, plural_text) = match head.find('{') {
                Some(at) => {
                    // The `}` that closes this `{`: one before it closes nothing.
                    let Some(close) = head[at..].find('}').map(|close| at + close) else {
                        errors.push(line_error(
                            file,
                            line_number,
                            raw,
                            "an unclosed `{`",
                            HINT_AGENT,
                        ));
                        continue;
                    };
                    (head[..at].trim(), Some(head[at + 1..close].trim()))
                }
                None => (head, None),
            };
            let mut phrases: Vec<String> = Vec::new();
            let mut expanded = false;
            for (name, members) in &sets {
                if phrase_text.contains(name.as_str()) {
                    phrases.extend(
                        members
                            .iter()
                            .map(|member| phrase_text.replace(name.as_str(), member)),
                    );
                    expanded = true;
                }
            }
            if !expanded {
                if phrase_text.contains('!') {
                    errors.push(line_error(
                        file,
                        line_number,
                        raw,
                        "an undefined substitution set",
                        HINT_AGENT,
                    ));
                    continue;
                }
                phrases.push(phrase_text.to_string());
                match plural_text {
                    Some(plurals) => phrases.extend(plurals.split_whitespace().map(str::to_string)),
                    None => {
                        if !phrase_text.ends_with('_') {
                            phrases.push(plural(phrase_text));
                        }
                    }
                }
            }
            for text in phrases {
                match Phrase::parse(&text) {
                    Some(mut phrase) => {
                        // Plurals are generated here, so an agent's last word always matches exactly.
                        phrase.exact = true;
                        entries.push(AgentEntry {
                            phrase,
                            code: code.to_string(),
                            placement,
                            line: line_number,
                        });
                    }
                    None => errors.push(line_error(
                        file,
                        line_number,
                        raw,
                        "an empty phrase",
                        HINT_AGENT,
                    )),
                }
            }
        }
        (AgentDictionary { entries }, errors)
    }
}

/// The regular plural of a phrase's last word: `Y` → `IES`, `SS` → `SSES`, else `S`.
pub(crate) fn plural(phrase: &str) -> String {
    let upper = phrase.to_uppercase();
    if let Some(stem) = upper.strip_suffix('Y')
        && !stem.ends_with(['A', 'E', 'O', 'U'])
    {
        return format!("{stem}IES");
    }
    if upper.ends_with("SS") {
        return format!("{upper}ES");
    }
    format!("{upper}S")
}

/// One discard phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Discard {
    /// The words that match.
    pub phrase: Phrase,
    /// `+`: the whole story is not coded.
    pub story: bool,
    /// The 1-based line in the file.
    pub line: usize,
}

/// The discard list.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DiscardList {
    /// The entries in the file's order.
    pub entries: Vec<Discard>,
}

impl DiscardList {
    /// Reads a discard file: one phrase a line, `+` for a story-level discard.
    pub fn parse(file: &str, text: &str) -> Result<DiscardList, DictionaryErrors> {
        let mut entries = Vec::new();
        let mut errors = Vec::new();
        for (line_number, raw) in content_lines(text) {
            let line = strip_comment(raw).trim();
            if line.is_empty() {
                continue;
            }
            let (story, text) = match line.strip_prefix('+') {
                Some(rest) => (true, rest),
                None => (false, line),
            };
            match Phrase::parse(text) {
                Some(phrase) => entries.push(Discard {
                    phrase,
                    story,
                    line: line_number,
                }),
                None => errors.push(line_error(
                    file,
                    line_number,
                    raw,
                    "an empty discard",
                    "a discard is a phrase, `+` first for a whole story",
                )),
            }
        }
        if errors.is_empty() {
            Ok(DiscardList { entries })
        } else {
            Err(DictionaryErrors(errors))
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, date: &str, expect: &[(&str, Option<&str>)]) {
        let dictionary = ActorDictionary::parse("test.actors.txt", text).unwrap();
        let date = Date::parse_iso(date).unwrap();
        let got: Vec<(String, Option<&str>)> = dictionary
            .entries
            .iter()
            .map(|entry| (entry.phrases[0].to_string(), entry.code_on(date)))
            .collect();
        let expect: Vec<(String, Option<&str>)> =
            expect.iter().map(|(p, c)| (p.to_string(), *c)).collect();
        assert_eq!(got, expect);
    }

    const FIXTURE: &str = "# fixture\nAFGHANISTAN_  [AFG]\n+KABUL_\n\nTALIBAN_ ; note\n\t[AFGREB <210814]\n\t[AFGGOV >210815]\nZAHIR_SHAH_\n\t[AFGELI 320101-331108]\n\t[AFGGOV 331108-730717]\nJEBB_\t[IGOUNO 451024-460201] [ELI]# comment\n";

    #[test]
    fn dated_codes() {
        check(
            FIXTURE,
            "2021-08-01",
            &[
                ("AFGHANISTAN", Some("AFG")),
                ("TALIBAN", Some("AFGREB")),
                ("ZAHIR SHAH", None),
                ("JEBB", Some("ELI")),
            ],
        );
        check(
            FIXTURE,
            "2021-09-01",
            &[
                ("AFGHANISTAN", Some("AFG")),
                ("TALIBAN", Some("AFGGOV")),
                ("ZAHIR SHAH", None),
                ("JEBB", Some("ELI")),
            ],
        );
        check(
            FIXTURE,
            "1950-01-01",
            &[
                ("AFGHANISTAN", Some("AFG")),
                ("TALIBAN", Some("AFGREB")),
                ("ZAHIR SHAH", Some("AFGGOV")),
                ("JEBB", Some("ELI")),
            ],
        );
        check(
            FIXTURE,
            "1946-01-01",
            &[
                ("AFGHANISTAN", Some("AFG")),
                ("TALIBAN", Some("AFGREB")),
                ("ZAHIR SHAH", Some("AFGGOV")),
                ("JEBB", Some("IGOUNO")),
            ],
        );
    }

    #[test]
    fn synonyms() {
        let dictionary = ActorDictionary::parse("t", FIXTURE).unwrap();
        assert_eq!(dictionary.n_phrases(), 5);
        assert_eq!(dictionary.entries[0].phrases[1].words, ["KABUL"]);
    }

    #[test]
    fn errors_name_file_line_and_hint() {
        let text =
            "GOOD_ [AAA]\nBAD_\n\t[USAGOV 19820101]\nWORSE_ [ARMUNR 9008223-911221]\n  +FLOATING\n";
        let error = ActorDictionary::parse("x.actors.txt", text).unwrap_err();
        let lines: Vec<usize> = error.0.iter().map(DictionaryError::line).collect();
        assert_eq!(lines, [3, 4]);
        assert!(
            error
                .to_string()
                .starts_with("x.actors.txt: line 3: date restriction `19820101`"),
            "{error}"
        );
        assert!(error.to_string().contains("\nhint: "));
        let (lenient, errors) = ActorDictionary::parse_lenient("x", text);
        assert_eq!(errors.len(), 2);
        assert_eq!(
            lenient.entries.len(),
            1,
            "the entries with a bad line are left out"
        );
        let error = ActorDictionary::parse("y", "+ORPHAN\n").unwrap_err();
        assert!(
            error.to_string().contains("a synonym before any actor"),
            "{error}"
        );
        let error = ActorDictionary::parse("y", "A_ [AAA] junk\n").unwrap_err();
        assert!(
            error.to_string().contains("text outside brackets"),
            "{error}"
        );
    }

    #[test]
    fn restrictions() {
        assert_eq!(
            read_restriction("> 140608"),
            Some(When::After(Date(20140608)))
        );
        assert_eq!(
            read_restriction("<061231"),
            Some(When::Before(Date(20061231)))
        );
        assert_eq!(
            read_restriction("20210815-20250101"),
            Some(When::Between(Date(20210815), Date(20250101)))
        );
        assert_eq!(read_restriction("20250101-20210815"), None);
        assert_eq!(read_restriction("=210815"), None);
    }

    #[test]
    fn agents() {
        let text = "!PERSON! = MAN, MEN\nCATTLE!PERSON! [~AGR]\nFARMER [~AGR]\nPOLICE {} [~COP]\nATTORNEY_GENERAL {ATTORNEYS_GENERAL} [~GOVATG]\nHUMAN_RIGHTS_BODY  [NGO~]\nARMY_ [~MIL]\n";
        let agents = AgentDictionary::parse("a", text).unwrap();
        let got: Vec<String> = agents
            .entries
            .iter()
            .map(|agent| format!("{} {}", agent.phrase, agent.code))
            .collect();
        assert_eq!(
            got,
            [
                "CATTLEMAN AGR",
                "CATTLEMEN AGR",
                "FARMER AGR",
                "FARMERS AGR",
                "POLICE COP",
                "ATTORNEY GENERAL GOVATG",
                "ATTORNEYS GENERAL GOVATG",
                "HUMAN RIGHTS BODY NGO",
                "HUMAN RIGHTS BODIES NGO",
                "ARMY MIL"
            ]
        );
        assert_eq!(agents.entries[7].placement, Placement::Before);
        let error = AgentDictionary::parse("a", "FARMER [AGR]\nX!SET! [~A]\n").unwrap_err();
        assert_eq!(error.0.len(), 2);
        // A `}` before the `{` closes nothing (found by the dictionaries fuzz target): an error, no panic.
        let error =
            AgentDictionary::parse("a", "[[\u{5}\u{f},}{[[~r\nB}ANKER{S [~BUS]\n").unwrap_err();
        assert!(
            error
                .0
                .iter()
                .all(|e| e.to_string().contains("unclosed `{`")),
            "{error:?}"
        );
    }

    #[test]
    fn discards() {
        let list = DiscardList::parse("d", "+5K RUN #  ELH\nWORLD CUP\n1914\n").unwrap();
        assert_eq!(list.entries.len(), 3);
        assert!(list.entries[0].story);
        assert_eq!(list.entries[1].phrase.words, ["WORLD", "CUP"]);
    }
}
