//! Says what a value of each kind may be, once for every format: a count of deaths, an amount of money,
//! a share of 100 or a score. A parser that reads such a value checks it here, so that a death count of
//! 1e300 or a negative export is refused the same way whichever file holds it.

/// A kind of value, with the range a real one falls in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ValueKind {
    /// Deaths in one event or one dyad-year: a whole number from 0 to 10 million (no war's year has
    /// come near it).
    Deaths,
    /// An amount of money in one trade flow: a finite number of 0 or more.
    Amount,
    /// A share or a confidence in percent: a finite number from 0 to 100.
    Percent,
    /// A score on a signed scale (a tone): any finite number.
    Score,
}

impl ValueKind {
    /// What a value of this kind must be, for an error message.
    pub fn expected(self) -> &'static str {
        match self {
            ValueKind::Deaths => "a whole number of deaths from 0 to 10,000,000",
            ValueKind::Amount => "a finite amount of 0 or more",
            ValueKind::Percent => "a finite number from 0 to 100",
            ValueKind::Score => "a finite number",
        }
    }

    /// Whether `value` is one of this kind.
    pub fn admits(self, value: f64) -> bool {
        value.is_finite()
            && match self {
                ValueKind::Deaths => value >= 0.0 && value.fract() == 0.0 && value <= 10_000_000.0,
                ValueKind::Amount => value >= 0.0,
                ValueKind::Percent => (0.0..=100.0).contains(&value),
                ValueKind::Score => true,
            }
    }

    /// `text` read as a value of this kind, or `None` when it is not a number or not of the kind.
    pub fn read(self, text: &str) -> Option<f64> {
        text.trim()
            .parse::<f64>()
            .ok()
            .filter(|value| self.admits(*value))
    }
}

#[cfg(test)]
mod tests {
    use super::ValueKind::{self, *};

    fn check(kind: ValueKind, text: &str, expect: Option<f64>) {
        assert_eq!(kind.read(text), expect, "{kind:?} `{text}`");
    }

    #[test]
    fn each_kind_admits_only_its_range() {
        check(Deaths, "752", Some(752.0));
        check(Deaths, "1e300", None);
        check(Deaths, "-3", None);
        check(Deaths, "2.5", None);
        check(Amount, "717000000", Some(717_000_000.0));
        check(Amount, "-5", None);
        check(Amount, "inf", None);
        check(Percent, "100", Some(100.0));
        check(Percent, "NaN", None);
        check(Percent, "-1", None);
        check(Percent, "101", None);
        check(Score, "-3.5", Some(-3.5));
        check(Score, "Infinity", None);
    }
}
