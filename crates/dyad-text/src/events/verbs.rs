//! Reads the PETRARCH-2 verb dictionary (`CAMEO.2.0.txt`): synonym sets, verb blocks, patterns and codes.
//!
//! The file opens with synonym sets (`&CURRENCY` then `+DOLLAR` lines), then verb blocks headed
//! `--- ACCUSE [112] ---`: member verbs one a line (irregular forms in braces, an own code in brackets,
//! `+` marking the verb of a multi-word verb), then patterns `- [before] * [after] [CODE] # comment`.
//! Patterns name noun heads, `{…}` noun phrases and `(PREP …)` prepositional phrases; `$` marks the
//! source, `+` the target, `^` a word to skip and `%` a compound actor. Transformation lines (`~ …`)
//! are kept as text: the coder does not apply them.

use super::actors::plural;
use super::dictionary::{DictionaryError, DictionaryErrors, Phrase, content_lines, strip_comment};

/// A CAMEO code as a verb dictionary writes it: `[042]`, `[042:043]`, `[:0331]`, `[---]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbCode {
    /// The code of the event, `None` for the null code `---` (no event).
    pub code: Option<String>,
    /// The code after the colon, which PETRARCH uses when the verb combines with another verb.
    pub secondary: Option<String>,
}

impl VerbCode {
    /// Reads what is between the brackets.
    pub fn parse(text: &str) -> Option<VerbCode> {
        // `[080!]` occurs once; the mark has no documented meaning and the code is plain.
        let text = text.trim().trim_end_matches('!');
        let one = |part: &str| -> Option<Option<String>> {
            let part = part.trim();
            if part.is_empty() || part == "---" {
                return Some(None);
            }
            // CAMEO codes are two to four digits; the validation dictionaries also use made-up codes
            // (`075A`, `def`, `+++`) to test the program, so any short code without blanks reads.
            let valid = (1..=6).contains(&part.len())
                && part
                    .bytes()
                    .all(|b| b.is_ascii_alphanumeric() || b"?+#".contains(&b));
            valid.then(|| Some(part.to_string()))
        };
        match text.split_once(':') {
            Some((first, second)) => Some(VerbCode {
                code: one(first)?,
                secondary: one(second)?,
            }),
            None => Some(VerbCode {
                code: one(text)?,
                secondary: None,
            }),
        }
    }
}

/// A synonym set.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Synset {
    /// The label without `&` and without a trailing `_`.
    pub name: String,
    /// Whether members get regular plurals (the label did not end with `_`).
    pub plurals: bool,
    /// Members, with their regular plurals unless the label or member ends with `_`.
    pub phrases: Vec<Phrase>,
    /// The 1-based line in the file.
    pub line: usize,
}

/// One verb of a block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Verb {
    /// The dictionary's spelling, `+` and all.
    pub entry: String,
    /// Every form as words: the base form, then the irregular or generated forms.
    pub forms: Vec<Vec<String>>,
    /// The verb's own code, which replaces the block's.
    pub code: Option<VerbCode>,
    /// The 1-based line in the file.
    pub line: usize,
}

/// What a pattern asks for at one position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum PatternItem {
    /// A word of the sentence, upper case.
    Word(String),
    /// `&NAME`: any member of the synonym set.
    Synset(String),
    /// `$`: the source actor.
    Source,
    /// `+`: the target actor.
    Target,
    /// `^`: skip a phrase.
    Skip,
    /// `%`: a compound actor.
    Compound,
}

/// A verb pattern.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pattern {
    /// Items before the verb (`*`), in the sentence's order.
    pub before: Vec<PatternItem>,
    /// Items after the verb.
    pub after: Vec<PatternItem>,
    /// The code.
    pub code: VerbCode,
    /// The pattern as written, without its comment.
    pub text: String,
    /// The 1-based line in the file.
    pub line: usize,
}

/// A verb block: verbs that share patterns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerbBlock {
    /// The block's name as the header writes it.
    pub description: String,
    /// The code of an isolated verb of the block.
    pub code: VerbCode,
    /// The member verbs.
    pub verbs: Vec<Verb>,
    /// The patterns, in the file's order.
    pub patterns: Vec<Pattern>,
    /// The 1-based line in the file.
    pub line: usize,
}

/// A transformation line, kept as written.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Transformation {
    /// The line or pattern as written.
    pub text: String,
    /// The 1-based line in the file.
    pub line: usize,
}

/// The verb dictionary.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct VerbDictionary {
    /// The synonym sets, in the file's order.
    pub synsets: Vec<Synset>,
    /// The verb blocks, in the file's order.
    pub blocks: Vec<VerbBlock>,
    /// The transformation lines.
    pub transformations: Vec<Transformation>,
}

const HINT_BLOCK: &str =
    "a block starts `---  NAME   [CODE]  ---`; verbs, then `- … * … [CODE]` patterns follow";
const HINT_PATTERN: &str = "a pattern is `- [words] * [words] [CODE]` with one `*`, balanced `{}` and `()`, and a code like `[042]`, `[042:043]` or `[---]`";
const HINT_VERB: &str = "a verb line is `VERB {FORMS} [CODE]`, with `+` before the verb word of a phrase (`+CORDON_OFF`)";

fn error(
    file: &str,
    line: usize,
    raw: &str,
    problem: impl Into<String>,
    hint: &'static str,
) -> DictionaryError {
    DictionaryError::Line {
        file: file.to_string(),
        line,
        text: raw.trim().to_string(),
        problem: problem.into(),
        hint,
    }
}

impl VerbDictionary {
    /// Reads a verb dictionary; every line that does not read is reported.
    pub fn parse(file: &str, text: &str) -> Result<VerbDictionary, DictionaryErrors> {
        let (dictionary, errors) = VerbDictionary::parse_lenient(file, text);
        if errors.is_empty() {
            Ok(dictionary)
        } else {
            Err(DictionaryErrors(errors))
        }
    }

    /// Reads a verb dictionary, leaving out each line that does not read and returning those errors.
    ///
    /// A bad block header leaves out the block's verbs and patterns too, as they would otherwise join
    /// the block before it.
    pub fn parse_lenient(file: &str, text: &str) -> (VerbDictionary, Vec<DictionaryError>) {
        let mut dictionary = VerbDictionary::default();
        let mut errors = Vec::new();
        let mut in_synset = false;
        let mut bad_block = false;
        for (line_number, raw) in content_lines(text) {
            let mut line = strip_comment(raw).trim();
            // Verb lines carried over from TABARI have `;coder date` notes.
            if !line.starts_with("---")
                && let Some(at) = line.find(';')
            {
                line = line[..at].trim_end();
            }
            if line.is_empty() {
                continue;
            }
            if let Some(header) = line.strip_prefix("---") {
                in_synset = false;
                bad_block = false;
                // `[110]---  ---` occurs: the closing dashes may touch the code.
                let header = header.trim_end_matches(['-', ' ', '\t']).trim();
                let (description, code_text) = match header.find('[') {
                    Some(at) => (header[..at].trim(), header[at..].trim()),
                    None => (header, ""),
                };
                let code = if code_text.is_empty() {
                    Some(VerbCode {
                        code: None,
                        secondary: None,
                    })
                } else {
                    code_text
                        .strip_prefix('[')
                        .and_then(|c| c.strip_suffix(']'))
                        .and_then(VerbCode::parse)
                };
                match code {
                    Some(code) => dictionary.blocks.push(VerbBlock {
                        description: description.to_string(),
                        code,
                        verbs: Vec::new(),
                        patterns: Vec::new(),
                        line: line_number,
                    }),
                    None => {
                        bad_block = true;
                        errors.push(error(
                            file,
                            line_number,
                            raw,
                            "a block code that does not read",
                            HINT_BLOCK,
                        ));
                    }
                }
            } else if let Some(label) = line.strip_prefix('&') {
                in_synset = true;
                let label = label.trim();
                dictionary.synsets.push(Synset {
                    name: label.trim_end_matches('_').to_string(),
                    plurals: !label.ends_with('_'),
                    phrases: Vec::new(),
                    line: line_number,
                });
            } else if in_synset && line.starts_with('+') {
                let synset = dictionary.synsets.last_mut().expect("in a synset");
                let member = &line[1..];
                let Some(phrase) = Phrase::parse(member) else {
                    errors.push(error(
                        file,
                        line_number,
                        raw,
                        "an empty synonym",
                        HINT_BLOCK,
                    ));
                    continue;
                };
                let no_plural = !synset.plurals || member.trim().ends_with('_');
                if !no_plural {
                    let plural_phrase = Phrase::parse(&plural(member.trim())).expect("non-empty");
                    synset.phrases.push(phrase);
                    synset.phrases.push(plural_phrase);
                } else {
                    synset.phrases.push(phrase);
                }
            } else if let Some(body) = line.strip_prefix('~') {
                dictionary.transformations.push(Transformation {
                    text: body.trim().to_string(),
                    line: line_number,
                });
            } else if let Some(body) = line.strip_prefix('-') {
                if bad_block {
                    continue;
                }
                let Some(block) = dictionary.blocks.last_mut() else {
                    errors.push(error(
                        file,
                        line_number,
                        raw,
                        "a pattern before any verb block",
                        HINT_BLOCK,
                    ));
                    continue;
                };
                match parse_pattern(body, &dictionary.synsets) {
                    Ok((before, after, code)) => block.patterns.push(Pattern {
                        before,
                        after,
                        code,
                        text: body.trim().to_string(),
                        line: line_number,
                    }),
                    Err(problem) => {
                        errors.push(error(file, line_number, raw, problem, HINT_PATTERN))
                    }
                }
            } else {
                in_synset = false;
                if bad_block {
                    continue;
                }
                let Some(block) = dictionary.blocks.last_mut() else {
                    errors.push(error(
                        file,
                        line_number,
                        raw,
                        "a verb before any verb block",
                        HINT_BLOCK,
                    ));
                    continue;
                };
                match parse_verb(line, line_number) {
                    Some(verb) => block.verbs.push(verb),
                    None => errors.push(error(
                        file,
                        line_number,
                        raw,
                        "a verb line that does not read",
                        HINT_VERB,
                    )),
                }
            }
        }
        (dictionary, errors)
    }

    /// How many patterns the blocks hold.
    pub fn n_patterns(&self) -> usize {
        self.blocks.iter().map(|block| block.patterns.len()).sum()
    }

    /// How many verbs the blocks hold.
    pub fn n_verbs(&self) -> usize {
        self.blocks.iter().map(|block| block.verbs.len()).sum()
    }
}

/// Reads `VERB {FORMS} [CODE]`.
fn parse_verb(line: &str, line_number: usize) -> Option<Verb> {
    let (head, code) = match line.find('[') {
        Some(at) => {
            let close = line[at..].find(']')? + at;
            if !line[close + 1..].trim().is_empty() {
                return None;
            }
            (
                line[..at].trim(),
                Some(VerbCode::parse(&line[at + 1..close])?),
            )
        }
        None => (line.trim(), None),
    };
    let (entry, irregular) = match head.find('{') {
        Some(at) => {
            let close = head.find('}')?;
            if close < at || !head[close + 1..].trim().is_empty() {
                return None;
            }
            (head[..at].trim(), Some(&head[at + 1..close]))
        }
        None => (head, None),
    };
    if entry.is_empty() || entry.contains(char::is_whitespace) {
        return None;
    }
    let base = verb_words(entry)?;
    let mut forms = vec![base.0.clone()];
    match irregular {
        Some(listed) => {
            for form in listed.split_whitespace() {
                forms.push(verb_words(form)?.0);
            }
        }
        None => {
            let (words, verb_at) = base;
            for inflected in regular_forms(&words[verb_at]) {
                let mut form = words.clone();
                form[verb_at] = inflected;
                forms.push(form);
            }
        }
    }
    Some(Verb {
        entry: entry.to_string(),
        forms,
        code,
        line: line_number,
    })
}

/// Splits `WIRE_+TAP` into words and the index of the verb word (the one after `+`, else the first).
fn verb_words(text: &str) -> Option<(Vec<String>, usize)> {
    let mut words = Vec::new();
    let mut verb_at = 0;
    for (index, word) in text.split('_').filter(|word| !word.is_empty()).enumerate() {
        if let Some(verb) = word.strip_prefix('+') {
            verb_at = index;
            words.push(verb.to_uppercase());
        } else {
            words.push(word.to_uppercase());
        }
    }
    (!words.is_empty()).then_some((words, verb_at))
}

/// The regular forms of an English verb: third person, past and present participle.
fn regular_forms(verb: &str) -> Vec<String> {
    let consonant_y = verb.len() > 1
        && verb.ends_with('Y')
        && !verb[..verb.len() - 1].ends_with(['A', 'E', 'I', 'O', 'U']);
    if consonant_y {
        let stem = &verb[..verb.len() - 1];
        return vec![
            format!("{stem}IES"),
            format!("{stem}IED"),
            format!("{verb}ING"),
        ];
    }
    if let Some(stem) = verb.strip_suffix('E') {
        return vec![format!("{verb}S"), format!("{verb}D"), format!("{stem}ING")];
    }
    let sibilant = verb.ends_with(['S', 'X', 'Z']) || verb.ends_with("SH") || verb.ends_with("CH");
    let third = if sibilant {
        format!("{verb}ES")
    } else {
        format!("{verb}S")
    };
    vec![third, format!("{verb}ED"), format!("{verb}ING")]
}

type PatternParts = (Vec<PatternItem>, Vec<PatternItem>, VerbCode);

/// Reads a pattern after its `-`.
fn parse_pattern(body: &str, synsets: &[Synset]) -> Result<PatternParts, String> {
    let open = body.rfind('[').ok_or("no `[CODE]`")?;
    let close = body[open..].find(']').ok_or("an unclosed `[`")? + open;
    let code = VerbCode::parse(&body[open + 1..close])
        .ok_or_else(|| format!("code `{}` does not read", &body[open + 1..close]))?;
    // `*` touches its neighbours in a few published patterns (`*SCEPTICAL`, `SPY_*_DEAL`).
    let spaced = body[..open]
        .replace(['{', '}', '(', ')'], " ")
        .replace('*', " * ");
    let mut depth_brace = 0i32;
    let mut depth_paren = 0i32;
    for c in body[..open].chars() {
        match c {
            '{' => depth_brace += 1,
            '}' => depth_brace -= 1,
            '(' => depth_paren += 1,
            ')' => depth_paren -= 1,
            _ => {}
        }
        if depth_brace < 0 || depth_paren < 0 {
            return Err("an unbalanced bracket".to_string());
        }
    }
    if depth_brace != 0 || depth_paren != 0 {
        return Err("an unbalanced bracket".to_string());
    }
    let mut before = Vec::new();
    let mut after = Vec::new();
    let mut seen_star = false;
    for token in spaced.split_whitespace() {
        let side = if seen_star { &mut after } else { &mut before };
        match token {
            "*" if seen_star => return Err("two `*`".to_string()),
            "*" => seen_star = true,
            "$" => side.push(PatternItem::Source),
            "+" => side.push(PatternItem::Target),
            "^" => side.push(PatternItem::Skip),
            "%" => side.push(PatternItem::Compound),
            _ if token.starts_with('&')
                && synsets.iter().any(|synset| synset.name == token[1..]) =>
            {
                side.push(PatternItem::Synset(token[1..].to_string()));
            }
            _ => {
                // `_` joins words that must be consecutive; a synonym set may be one of them
                // (`MEMOS_ON_&TIETYPES`).
                for word in token.split('_').filter(|word| !word.is_empty()) {
                    if let Some(name) = word.strip_prefix('&') {
                        if !synsets.iter().any(|synset| synset.name == name) {
                            return Err(format!("synonym set `&{name}` is not defined before it"));
                        }
                        side.push(PatternItem::Synset(name.to_string()));
                    } else {
                        side.push(PatternItem::Word(word.to_uppercase()));
                    }
                }
            }
        }
    }
    if !seen_star {
        return Err("no `*` for the verb".to_string());
    }
    Ok((before, after, code))
}

#[cfg(test)]
mod tests {
    use super::*;

    const FIXTURE: &str = "\
&CURRENCY
+DOLLAR
+CASH_
&AUX_
+WILL

---  ACCUSE   [112]  ---
ACCUSE  # comment
CHARGE
+CORDON_OFF {+CORDONED_OFF +CORDONS_OFF}
CRY {CRIES CRIED}  [010]
- * $ (OF &CURRENCY) [1121]   # ACCUSE
- + * (OF {WAR CRIMES}) [112:1123]

---  MEET   ---
- * (WITH +) [040]
~ a (a b ATTACK) SAY = a b 015
";

    fn check(text: &str, expect: &str) {
        let dictionary = VerbDictionary::parse("t.txt", text).unwrap();
        let mut got = String::new();
        for synset in &dictionary.synsets {
            let members: Vec<String> = synset.phrases.iter().map(ToString::to_string).collect();
            got += &format!("&{} {}\n", synset.name, members.join("|"));
        }
        for block in &dictionary.blocks {
            got += &format!("{} {:?}\n", block.description, block.code.code);
            for verb in &block.verbs {
                let forms: Vec<String> = verb.forms.iter().map(|f| f.join(" ")).collect();
                got += &format!(
                    "  {} {:?}\n",
                    forms.join("|"),
                    verb.code.as_ref().and_then(|c| c.code.clone())
                );
            }
            for pattern in &block.patterns {
                got += &format!(
                    "  - {:?} * {:?} {:?}:{:?}\n",
                    pattern.before, pattern.after, pattern.code.code, pattern.code.secondary
                );
            }
        }
        got += &format!("~{}\n", dictionary.transformations.len());
        assert_eq!(got, expect);
    }

    #[test]
    fn blocks_verbs_patterns() {
        check(
            FIXTURE,
            r#"&CURRENCY DOLLAR|DOLLARS|CASH
&AUX WILL
ACCUSE Some("112")
  ACCUSE|ACCUSES|ACCUSED|ACCUSING None
  CHARGE|CHARGES|CHARGED|CHARGING None
  CORDON OFF|CORDONED OFF|CORDONS OFF None
  CRY|CRIES|CRIED Some("010")
  - [] * [Source, Word("OF"), Synset("CURRENCY")] Some("1121"):None
  - [Target] * [Word("OF"), Word("WAR"), Word("CRIMES")] Some("112"):Some("1123")
MEET None
  - [] * [Word("WITH"), Target] Some("040"):None
~1
"#,
        );
    }

    #[test]
    fn codes() {
        assert_eq!(
            VerbCode::parse("---"),
            Some(VerbCode {
                code: None,
                secondary: None
            })
        );
        assert_eq!(
            VerbCode::parse(":0331"),
            Some(VerbCode {
                code: None,
                secondary: Some("0331".into())
            })
        );
        assert_eq!(
            VerbCode::parse("080!"),
            Some(VerbCode {
                code: Some("080".into()),
                secondary: None
            })
        );
        assert_eq!(VerbCode::parse("1 2"), None);
        assert_eq!(VerbCode::parse("1234567"), None);
    }

    #[test]
    fn errors() {
        let text = "- * X [010]\n---  A [01 x] ---\n---  B [010] ---\n- * Y\n- X [010]\n- * (X [010]\n- * &NOPE [010]\nWALK {WALKS\n";
        let errors = VerbDictionary::parse("v.txt", text).unwrap_err();
        let lines: Vec<usize> = errors.0.iter().map(DictionaryError::line).collect();
        assert_eq!(lines, [1, 2, 4, 5, 6, 7, 8]);
        let text = errors.to_string();
        assert!(
            text.contains("v.txt: line 7: synonym set `&NOPE` is not defined before it"),
            "{text}"
        );
        assert!(text.contains("\nhint: a pattern is"), "{text}");
    }

    #[test]
    fn regular_verb_forms() {
        assert_eq!(regular_forms("DENY"), ["DENIES", "DENIED", "DENYING"]);
        assert_eq!(regular_forms("PLAY"), ["PLAYS", "PLAYED", "PLAYING"]);
        assert_eq!(regular_forms("URGE"), ["URGES", "URGED", "URGING"]);
        assert_eq!(regular_forms("PUSH"), ["PUSHES", "PUSHED", "PUSHING"]);
        assert_eq!(regular_forms("WARN"), ["WARNS", "WARNED", "WARNING"]);
    }
}
