//! Checks a full-text search query and writes it in FTS5's query language, so that a mistake is told in
//! words, with its column, rather than as an FTS5 syntax error.
//!
//! The language is FTS5's, less its column filters and `NEAR`: words (`taliban`), phrases in double
//! quotes (`"border crossing"`), prefixes (`refug*`, `"trade trans*"`), the operators `AND`, `OR` and
//! `NOT` (in capitals; `NOT` binds tightest and `OR` loosest, and words side by side are joined by `AND`)
//! and parentheses. Every word is handed to FTS5 inside double quotes, so punctuation in a word
//! (`al-Qaeda`, `U.S.`, `Khan's`) splits it into a phrase as the tokenizer splits the text, rather than
//! being read as FTS5 syntax.

/// A checked query, ready for FTS5.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SearchQuery {
    fts5: String,
}

impl SearchQuery {
    /// Checks `query` and writes it for FTS5, or says what is wrong with it and where.
    pub fn parse(query: &str) -> Result<SearchQuery, QueryError> {
        let tokens = tokens(query)?;
        let mut parser = Parser {
            tokens: &tokens,
            at: 0,
        };
        let expression = parser.or_expression()?;
        match (expression, parser.tokens.get(parser.at)) {
            (None, None) => Err(QueryError::Empty),
            (_, Some(token)) => Err(match token.kind {
                TokenKind::Close => QueryError::UnopenedParenthesis {
                    column: token.column,
                },
                TokenKind::Operator(operator) => QueryError::MissingOperand {
                    operator: operator.as_str(),
                    column: token.column,
                    side: "before",
                },
                _ => QueryError::Empty,
            }),
            (Some(expression), None) => Ok(SearchQuery {
                fts5: expression.to_fts5(),
            }),
        }
    }

    /// The query in FTS5's language.
    pub fn as_fts5(&self) -> &str {
        &self.fts5
    }
}

/// What is wrong with a search query. Columns count characters from 1.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum QueryError {
    /// Nothing to search for.
    #[error("the search query is empty\nhint: {HOW_TO}")]
    Empty,
    /// A phrase is opened and never closed.
    #[error(
        "the search query's double quote at column {column} is never closed\nhint: end the phrase with a second `\"`: `\"border crossing\"`"
    )]
    UnbalancedQuote {
        /// The opening quote's column.
        column: usize,
    },
    /// A phrase holds no word.
    #[error("the phrase at column {column} of the search query holds no word\nhint: {HOW_TO}")]
    EmptyPhrase {
        /// The phrase's column.
        column: usize,
    },
    /// A parenthesis is opened and never closed.
    #[error(
        "the search query's parenthesis at column {column} is never closed\nhint: close it with `)`"
    )]
    UnclosedParenthesis {
        /// The opening parenthesis' column.
        column: usize,
    },
    /// A `)` closes nothing.
    #[error(
        "the search query's `)` at column {column} closes no parenthesis\nhint: remove it, or open it with `(`"
    )]
    UnopenedParenthesis {
        /// Its column.
        column: usize,
    },
    /// Parentheses around nothing.
    #[error("the parentheses at column {column} of the search query hold no word\nhint: {HOW_TO}")]
    EmptyGroup {
        /// The opening parenthesis' column.
        column: usize,
    },
    /// An operator lacks a side.
    #[error(
        "`{operator}` at column {column} of the search query has no word {side} it\nhint: {}",
        if *operator == "NOT" { "NOT keeps what comes before it and drops what comes after: `taliban NOT doha`" } else { "join two words or phrases: `refugees AND returns`, `Torkham OR Chaman`" }
    )]
    MissingOperand {
        /// `AND`, `OR` or `NOT`.
        operator: &'static str,
        /// Its column.
        column: usize,
        /// `before` or `after`.
        side: &'static str,
    },
    /// A `*` that ends no word.
    #[error(
        "the `*` at column {column} of the search query ends no word\nhint: a prefix is a word's start and `*` with no space between: `refug*`"
    )]
    StrayStar {
        /// Its column.
        column: usize,
    },
    /// Punctuation standing alone.
    #[error(
        "`{text}` at column {column} of the search query is not a word\nhint: FTS5's `-`, `+`, `^` and `:` are not taken; drop words with NOT: `taliban NOT doha`"
    )]
    NotAWord {
        /// The text.
        text: String,
        /// Its column.
        column: usize,
    },
    /// FTS5's `NEAR(…)`, which this language leaves out.
    #[error(
        "`NEAR` at column {column} of the search query is not taken\nhint: search for a phrase (`\"border closure\"`) or join words with AND"
    )]
    Near {
        /// Its column.
        column: usize,
    },
}

/// How to write a query, for the hints.
const HOW_TO: &str = "search for words (`border closure`), a phrase in double quotes (`\"border closure\"`) or a prefix (`refug*`), joined by AND, OR, NOT and parentheses";

/// An operator of the language.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Operator {
    And,
    Or,
    Not,
}

impl Operator {
    fn as_str(self) -> &'static str {
        match self {
            Operator::And => "AND",
            Operator::Or => "OR",
            Operator::Not => "NOT",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum TokenKind {
    /// A word or a phrase, and whether it is a prefix.
    Words {
        text: String,
        prefix: bool,
    },
    Operator(Operator),
    Open,
    Close,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Token {
    kind: TokenKind,
    column: usize,
}

/// Characters that end a bare word.
fn ends_word(character: char) -> bool {
    character.is_whitespace() || matches!(character, '"' | '(' | ')' | '*')
}

/// Splits a query into tokens, checking quotes, stars and stray punctuation.
fn tokens(query: &str) -> Result<Vec<Token>, QueryError> {
    let characters: Vec<char> = query.chars().collect();
    let mut tokens = Vec::new();
    let mut at = 0;
    while at < characters.len() {
        let character = characters[at];
        let column = at + 1;
        if character.is_whitespace() {
            at += 1;
            continue;
        }
        match character {
            '(' => {
                tokens.push(Token {
                    kind: TokenKind::Open,
                    column,
                });
                at += 1;
            }
            ')' => {
                tokens.push(Token {
                    kind: TokenKind::Close,
                    column,
                });
                at += 1;
            }
            '*' => {
                // A star right after a word or a phrase makes it a prefix; any other star is stray.
                match tokens.last_mut() {
                    Some(Token {
                        kind: TokenKind::Words { prefix, .. },
                        ..
                    }) if at > 0 && !characters[at - 1].is_whitespace() && !*prefix => {
                        *prefix = true;
                    }
                    _ => return Err(QueryError::StrayStar { column }),
                }
                at += 1;
            }
            '"' => {
                let Some(length) = characters[at + 1..].iter().position(|&c| c == '"') else {
                    return Err(QueryError::UnbalancedQuote { column });
                };
                let text: String = characters[at + 1..at + 1 + length].iter().collect();
                if !text.chars().any(char::is_alphanumeric) {
                    return Err(QueryError::EmptyPhrase { column });
                }
                tokens.push(Token {
                    kind: TokenKind::Words {
                        text,
                        prefix: false,
                    },
                    column,
                });
                at += length + 2;
            }
            _ => {
                let length = characters[at..]
                    .iter()
                    .position(|&c| ends_word(c))
                    .unwrap_or(characters.len() - at);
                let text: String = characters[at..at + length].iter().collect();
                at += length;
                let kind = match text.as_str() {
                    "AND" => TokenKind::Operator(Operator::And),
                    "OR" => TokenKind::Operator(Operator::Or),
                    "NOT" => TokenKind::Operator(Operator::Not),
                    "NEAR" if characters.get(at) == Some(&'(') => {
                        return Err(QueryError::Near { column });
                    }
                    _ if !text.chars().any(char::is_alphanumeric) => {
                        return Err(QueryError::NotAWord { text, column });
                    }
                    _ => TokenKind::Words {
                        text,
                        prefix: false,
                    },
                };
                tokens.push(Token { kind, column });
            }
        }
    }
    Ok(tokens)
}

/// A parsed query.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Expression {
    Words { text: String, prefix: bool },
    Binary(Box<Expression>, Operator, Box<Expression>),
}

impl Expression {
    /// The expression in FTS5's language, every word quoted and every operation in parentheses.
    fn to_fts5(&self) -> String {
        match self {
            Expression::Words { text, prefix } => {
                let quoted = format!("\"{}\"", text.replace('"', "\"\""));
                if *prefix {
                    format!("{quoted} *")
                } else {
                    quoted
                }
            }
            Expression::Binary(left, operator, right) => format!(
                "({} {} {})",
                left.to_fts5(),
                operator.as_str(),
                right.to_fts5()
            ),
        }
    }
}

/// A recursive-descent parser over the tokens: `or := and (OR and)*`, `and := not ([AND] not)*`,
/// `not := primary (NOT primary)*`, `primary := words | ( or )`.
struct Parser<'t> {
    tokens: &'t [Token],
    at: usize,
}

impl Parser<'_> {
    fn peek(&self) -> Option<&Token> {
        self.tokens.get(self.at)
    }

    fn peek_operator(&self) -> Option<(Operator, usize)> {
        match self.peek() {
            Some(Token {
                kind: TokenKind::Operator(operator),
                column,
            }) => Some((*operator, *column)),
            _ => None,
        }
    }

    /// The right side of `operator` at `column`, which must be there.
    fn right_side(
        &mut self,
        operator: Operator,
        column: usize,
        side: fn(&mut Self) -> Result<Option<Expression>, QueryError>,
    ) -> Result<Expression, QueryError> {
        side(self)?.ok_or(QueryError::MissingOperand {
            operator: operator.as_str(),
            column,
            side: "after",
        })
    }

    fn or_expression(&mut self) -> Result<Option<Expression>, QueryError> {
        let Some(mut left) = self.and_expression()? else {
            return Ok(None);
        };
        while let Some((Operator::Or, column)) = self.peek_operator() {
            self.at += 1;
            let right = self.right_side(Operator::Or, column, Self::and_expression)?;
            left = Expression::Binary(Box::new(left), Operator::Or, Box::new(right));
        }
        Ok(Some(left))
    }

    fn and_expression(&mut self) -> Result<Option<Expression>, QueryError> {
        let Some(mut left) = self.not_expression()? else {
            return Ok(None);
        };
        loop {
            match self.peek() {
                Some(Token {
                    kind: TokenKind::Operator(Operator::And),
                    column,
                }) => {
                    let column = *column;
                    self.at += 1;
                    let right = self.right_side(Operator::And, column, Self::not_expression)?;
                    left = Expression::Binary(Box::new(left), Operator::And, Box::new(right));
                }
                // Words side by side are joined by AND, as FTS5 joins them.
                Some(Token {
                    kind: TokenKind::Words { .. } | TokenKind::Open,
                    ..
                }) => {
                    let Some(right) = self.not_expression()? else {
                        return Ok(Some(left));
                    };
                    left = Expression::Binary(Box::new(left), Operator::And, Box::new(right));
                }
                _ => return Ok(Some(left)),
            }
        }
    }

    fn not_expression(&mut self) -> Result<Option<Expression>, QueryError> {
        let Some(mut left) = self.primary()? else {
            return Ok(None);
        };
        while let Some((Operator::Not, column)) = self.peek_operator() {
            self.at += 1;
            let right = self.right_side(Operator::Not, column, Self::primary)?;
            left = Expression::Binary(Box::new(left), Operator::Not, Box::new(right));
        }
        Ok(Some(left))
    }

    fn primary(&mut self) -> Result<Option<Expression>, QueryError> {
        let Some(token) = self.peek().cloned() else {
            return Ok(None);
        };
        match token.kind {
            TokenKind::Words { text, prefix } => {
                self.at += 1;
                Ok(Some(Expression::Words { text, prefix }))
            }
            TokenKind::Open => {
                self.at += 1;
                let inside = self.or_expression()?;
                match (inside, self.peek()) {
                    (
                        Some(expression),
                        Some(Token {
                            kind: TokenKind::Close,
                            ..
                        }),
                    ) => {
                        self.at += 1;
                        Ok(Some(expression))
                    }
                    (
                        None,
                        Some(Token {
                            kind: TokenKind::Close,
                            ..
                        }),
                    ) => Err(QueryError::EmptyGroup {
                        column: token.column,
                    }),
                    (
                        _,
                        Some(Token {
                            kind: TokenKind::Operator(operator),
                            column,
                        }),
                    ) => Err(QueryError::MissingOperand {
                        operator: operator.as_str(),
                        column: *column,
                        side: "before",
                    }),
                    _ => Err(QueryError::UnclosedParenthesis {
                        column: token.column,
                    }),
                }
            }
            TokenKind::Operator(operator) => Err(QueryError::MissingOperand {
                operator: operator.as_str(),
                column: token.column,
                side: "before",
            }),
            TokenKind::Close => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The FTS5 query, or the error's first line.
    fn check(query: &str, expect: &str) {
        let actual = match SearchQuery::parse(query) {
            Ok(parsed) => parsed.as_fts5().to_string(),
            Err(error) => format!(
                "error: {}",
                error.to_string().lines().next().unwrap_or_default()
            ),
        };
        assert_eq!(actual, expect, "{query}");
    }

    #[test]
    fn words_phrases_and_prefixes_are_quoted() {
        check("taliban", r#""taliban""#);
        check("border  closure", r#"("border" AND "closure")"#);
        check(r#""border closure""#, r#""border closure""#);
        check("refug*", r#""refug" *"#);
        check(r#""trade trans"*"#, r#""trade trans" *"#);
        check("al-Qaeda U.S.", r#"("al-Qaeda" AND "U.S.")"#);
        check("and or not", r#"(("and" AND "or") AND "not")"#);
    }

    #[test]
    fn operators_bind_as_fts5_binds_them() {
        check("a OR b c", r#"("a" OR ("b" AND "c"))"#);
        check("a b NOT c", r#"("a" AND ("b" NOT "c"))"#);
        check("(a OR b) AND c", r#"(("a" OR "b") AND "c")"#);
        check("a NOT (b OR c*)", r#"("a" NOT ("b" OR "c" *))"#);
    }

    #[test]
    fn mistakes_are_told_in_words_with_their_column() {
        check("", "error: the search query is empty");
        check("   ", "error: the search query is empty");
        check(
            r#"border "closure"#,
            "error: the search query's double quote at column 8 is never closed",
        );
        check(
            r#"a "" b"#,
            "error: the phrase at column 3 of the search query holds no word",
        );
        check(
            "(a OR b",
            "error: the search query's parenthesis at column 1 is never closed",
        );
        check(
            "a OR b)",
            "error: the search query's `)` at column 7 closes no parenthesis",
        );
        check(
            "a () b",
            "error: the parentheses at column 3 of the search query hold no word",
        );
        check(
            "NOT doha",
            "error: `NOT` at column 1 of the search query has no word before it",
        );
        check(
            "taliban AND",
            "error: `AND` at column 9 of the search query has no word after it",
        );
        check(
            "a OR OR b",
            "error: `OR` at column 6 of the search query has no word before it",
        );
        check(
            "(a AND) b",
            "error: `AND` at column 4 of the search query has no word after it",
        );
        check(
            "* a",
            "error: the `*` at column 1 of the search query ends no word",
        );
        check(
            "a **",
            "error: the `*` at column 3 of the search query ends no word",
        );
        check(
            "ab**",
            "error: the `*` at column 4 of the search query ends no word",
        );
        check(
            "a - b",
            "error: `-` at column 3 of the search query is not a word",
        );
        check(
            "NEAR(a b)",
            "error: `NEAR` at column 1 of the search query is not taken",
        );
    }

    /// FTS5 takes every query that the check lets through: a query the check passes never reaches the user
    /// as an FTS5 syntax error.
    #[test]
    fn every_checked_query_is_valid_fts5() {
        use proptest::prelude::*;
        let connection = rusqlite::Connection::open_in_memory().unwrap();
        connection
            .execute_batch(
                "CREATE VIRTUAL TABLE t USING fts5 (text, tokenize = 'porter unicode61 remove_diacritics 2');
                 INSERT INTO t (text) VALUES ('border crossing at Torkham'), ('refugees returned');",
            )
            .unwrap();
        let mut runner = proptest::test_runner::TestRunner::new(proptest::test_runner::Config {
            cases: 512,
            ..proptest::test_runner::Config::default()
        });
        let words = prop::collection::vec(
            prop::sample::select(vec![
                "border",
                "refug*",
                "\"border crossing\"",
                "AND",
                "OR",
                "NOT",
                "(",
                ")",
                "*",
                "\"",
                "al-Qaeda",
                "U.S.",
                "-",
                "NEAR",
                "NEAR(",
                "and",
                ":",
                "^",
                "text:border",
                "\"\"",
                "é",
            ]),
            0..8,
        );
        runner
            .run(&words, |words| {
                let query = words.join(" ");
                if let Ok(parsed) = SearchQuery::parse(&query) {
                    let outcome = connection.query_row(
                        "SELECT count(*) FROM t WHERE t MATCH ?1",
                        [parsed.as_fts5()],
                        |row| row.get::<_, i64>(0),
                    );
                    prop_assert!(
                        outcome.is_ok(),
                        "{query:?} as {:?}: {outcome:?}",
                        parsed.as_fts5()
                    );
                }
                Ok(())
            })
            .unwrap();
    }
}
