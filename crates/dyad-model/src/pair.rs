//! Country pairs and the subjects of figures about them.
//!
//! A pair is written `PAK-AFG` (the focal country first). A flow between the two is directed and written
//! with an arrow, `PAK→AFG`; `PAK->AFG` is accepted on input and stored with the arrow.

use std::fmt;
use std::str::FromStr;

use crate::country::{Concordance, LookupError, Scheme};

/// Two countries studied together, by ISO alpha-3 code.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Pair {
    /// The focal country, written first.
    pub first: String,
    /// Its counterpart.
    pub second: String,
}

/// Why a pair could not be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PairError {
    /// Not two codes joined by `-`.
    #[error(
        "`{0}` is not a country pair; write two ISO alpha-3 codes joined by `-`, as in `PAK-AFG`"
    )]
    Form(String),
    /// A code is not a country.
    #[error(transparent)]
    Country(#[from] LookupError),
    /// Both sides are the same country.
    #[error("`{0}` pairs a country with itself")]
    Same(String),
}

impl Pair {
    /// The direction from the first country to the second: `PAK→AFG`.
    pub fn forward(&self) -> String {
        format!("{}→{}", self.first, self.second)
    }

    /// The direction from the second country to the first: `AFG→PAK`.
    pub fn backward(&self) -> String {
        format!("{}→{}", self.second, self.first)
    }

    /// Whether a subject is about either country of the pair: it names one's code (`PAK→AFG`,
    /// `AFG in PAK`, `PAK-AFG border`) or its English name (`Government of Pakistan`).
    pub fn is_about(&self, subject: &str) -> bool {
        let concordance = Concordance::bundled();
        [&self.first, &self.second].into_iter().any(|code| {
            if subject.contains(code.as_str()) {
                return true;
            }
            concordance
                .by_code(Scheme::Iso3, code)
                .is_ok_and(|country| !country.name.is_empty() && subject.contains(&country.name))
        })
    }
}

impl fmt::Display for Pair {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{}", self.first, self.second)
    }
}

impl FromStr for Pair {
    type Err = PairError;

    fn from_str(text: &str) -> Result<Pair, PairError> {
        let (first, second) = text
            .trim()
            .split_once('-')
            .ok_or_else(|| PairError::Form(text.to_string()))?;
        let concordance = Concordance::bundled();
        let first = concordance.by_code(Scheme::Iso3, first)?.iso3.clone();
        let second = concordance.by_code(Scheme::Iso3, second)?.iso3.clone();
        if first == second {
            return Err(PairError::Same(text.to_string()));
        }
        Ok(Pair { first, second })
    }
}

/// Writes a subject in its stored form: `->` becomes `→`, and spaces around the arrow go.
pub fn normalize_subject(subject: &str) -> String {
    let subject = subject.trim();
    if let Some((from, to)) = subject.split_once("->").or_else(|| subject.split_once('→')) {
        format!("{}→{}", from.trim(), to.trim())
    } else {
        subject.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs() {
        let pair: Pair = "PAK-AFG".parse().unwrap();
        assert_eq!(pair.forward(), "PAK→AFG");
        assert_eq!(pair.backward(), "AFG→PAK");
        assert_eq!(pair.to_string(), "PAK-AFG");
        assert!(matches!("PAK".parse::<Pair>(), Err(PairError::Form(_))));
        assert!(matches!(
            "PAK-XXX".parse::<Pair>(),
            Err(PairError::Country(_))
        ));
        assert!(matches!("PAK-PAK".parse::<Pair>(), Err(PairError::Same(_))));
    }

    #[test]
    fn subjects() {
        assert_eq!(normalize_subject(" PAK -> AFG "), "PAK→AFG");
        assert_eq!(normalize_subject("AFG→PAK"), "AFG→PAK");
        assert_eq!(
            normalize_subject("PAK/Khyber Pakhtunkhwa"),
            "PAK/Khyber Pakhtunkhwa"
        );
    }
}
