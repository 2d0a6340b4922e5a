//! CAMEO event codes' Goldstein scores, QuadClass and PLOVER category.
//!
//! The Goldstein values are compiled in from `data/text/cameo_goldstein.csv` (derived from GDELT's
//! CAMEO lookup; see `data/text/README.md`). QuadClass follows GDELT's grouping of CAMEO roots, as the
//! GDELT 2.0 export shows it: 01–05 verbal cooperation, 06–09 material cooperation, 10–14 verbal
//! conflict, 15–20 material conflict. The PLOVER category is dyad's own map of CAMEO codes to the
//! PLOVER event types, following the PLOVER README's correspondence (openeventdata/PLOVER): roots 01
//! (public statement) and 02 (appeal) have no PLOVER category, 08 splits into CONCEDE (080–083) and
//! RETREAT (084–087), and 19 and 20 are both FIGHT.

use std::collections::HashMap;
use std::sync::OnceLock;

const GOLDSTEIN_CSV: &str = include_str!("../../../../data/text/cameo_goldstein.csv");

/// The four classes of CAMEO events.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum QuadClass {
    /// Roots 01–05.
    VerbalCooperation = 1,
    /// Roots 06–09.
    MaterialCooperation = 2,
    /// Roots 10–14.
    VerbalConflict = 3,
    /// Roots 15–20.
    MaterialConflict = 4,
}

impl QuadClass {
    /// The class of a CAMEO code, from its two-digit root.
    pub fn of(code: &str) -> Option<QuadClass> {
        let root: u32 = root(code)?.parse().ok()?;
        Some(match root {
            1..=5 => QuadClass::VerbalCooperation,
            6..=9 => QuadClass::MaterialCooperation,
            10..=14 => QuadClass::VerbalConflict,
            15..=20 => QuadClass::MaterialConflict,
            _ => return None,
        })
    }

    /// GDELT's number for the class.
    pub fn number(self) -> u8 {
        self as u8
    }

    /// The class's name.
    pub fn name(self) -> &'static str {
        match self {
            QuadClass::VerbalCooperation => "verbal cooperation",
            QuadClass::MaterialCooperation => "material cooperation",
            QuadClass::VerbalConflict => "verbal conflict",
            QuadClass::MaterialConflict => "material conflict",
        }
    }
}

/// The two-digit root of a CAMEO code (`0231` → `02`); `None` unless the code is 2–4 digits.
pub fn root(code: &str) -> Option<&str> {
    let valid = (2..=4).contains(&code.len()) && code.bytes().all(|b| b.is_ascii_digit());
    valid.then(|| &code[..2])
}

/// The Goldstein score of a code, or of its nearest listed parent (`0231` → `023` → `02`).
pub fn goldstein(code: &str) -> Option<f64> {
    static TABLE: OnceLock<HashMap<&'static str, f64>> = OnceLock::new();
    let table = TABLE.get_or_init(|| {
        GOLDSTEIN_CSV
            .lines()
            .skip(1)
            .filter_map(|line| {
                let (code, value) = line.split_once(',')?;
                Some((code, value.trim().parse().ok()?))
            })
            .collect()
    });
    root(code)?;
    (2..=code.len())
        .rev()
        .find_map(|length| table.get(&code[..length]).copied())
}

/// A PLOVER event category.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[allow(missing_docs)]
pub enum Plover {
    Agree,
    Consult,
    Support,
    Cooperate,
    Aid,
    Concede,
    Retreat,
    Investigate,
    Demand,
    Disapprove,
    Reject,
    Threaten,
    Protest,
    Mobilize,
    Sanction,
    Coerce,
    Assault,
    Fight,
}

impl Plover {
    /// The PLOVER category of a CAMEO code; `None` for 01 and 02, which PLOVER drops.
    pub fn of(code: &str) -> Option<Plover> {
        let root = root(code)?;
        Some(match root {
            "03" => Plover::Agree,
            "04" => Plover::Consult,
            "05" => Plover::Support,
            "06" => Plover::Cooperate,
            "07" => Plover::Aid,
            "08" => {
                // 084 (return, release), 085–087 (ease sanctions, demobilise, de-escalate) are
                // RETREAT; 080–083 (yield, ease restrictions, accede to demands) are CONCEDE.
                match code.as_bytes().get(2) {
                    Some(b'4'..=b'7') => Plover::Retreat,
                    _ => Plover::Concede,
                }
            }
            "09" => Plover::Investigate,
            "10" => Plover::Demand,
            "11" => Plover::Disapprove,
            "12" => Plover::Reject,
            "13" => Plover::Threaten,
            "14" => Plover::Protest,
            "15" => Plover::Mobilize,
            "16" => Plover::Sanction,
            "17" => Plover::Coerce,
            "18" => Plover::Assault,
            "19" | "20" => Plover::Fight,
            _ => return None,
        })
    }

    /// Reads PLOVER's upper-case name (`AGREE`).
    pub fn parse(name: &str) -> Option<Plover> {
        ALL.iter()
            .copied()
            .find(|plover| plover.name().eq_ignore_ascii_case(name))
    }

    /// PLOVER's upper-case name.
    pub fn name(self) -> &'static str {
        match self {
            Plover::Agree => "AGREE",
            Plover::Consult => "CONSULT",
            Plover::Support => "SUPPORT",
            Plover::Cooperate => "COOPERATE",
            Plover::Aid => "AID",
            Plover::Concede => "CONCEDE",
            Plover::Retreat => "RETREAT",
            Plover::Investigate => "INVESTIGATE",
            Plover::Demand => "DEMAND",
            Plover::Disapprove => "DISAPPROVE",
            Plover::Reject => "REJECT",
            Plover::Threaten => "THREATEN",
            Plover::Protest => "PROTEST",
            Plover::Mobilize => "MOBILIZE",
            Plover::Sanction => "SANCTION",
            Plover::Coerce => "COERCE",
            Plover::Assault => "ASSAULT",
            Plover::Fight => "FIGHT",
        }
    }

    /// PLOVER's quad (its README): verbal and material cooperation and conflict.
    pub fn quad(self) -> QuadClass {
        match self {
            Plover::Agree | Plover::Consult | Plover::Support | Plover::Concede => {
                QuadClass::VerbalCooperation
            }
            Plover::Cooperate | Plover::Aid | Plover::Retreat | Plover::Investigate => {
                QuadClass::MaterialCooperation
            }
            Plover::Demand
            | Plover::Disapprove
            | Plover::Reject
            | Plover::Threaten
            | Plover::Sanction => QuadClass::VerbalConflict,
            Plover::Protest
            | Plover::Mobilize
            | Plover::Coerce
            | Plover::Assault
            | Plover::Fight => QuadClass::MaterialConflict,
        }
    }
}

const ALL: [Plover; 18] = [
    Plover::Agree,
    Plover::Consult,
    Plover::Support,
    Plover::Cooperate,
    Plover::Aid,
    Plover::Concede,
    Plover::Retreat,
    Plover::Investigate,
    Plover::Demand,
    Plover::Disapprove,
    Plover::Reject,
    Plover::Threaten,
    Plover::Protest,
    Plover::Mobilize,
    Plover::Sanction,
    Plover::Coerce,
    Plover::Assault,
    Plover::Fight,
];

#[cfg(test)]
mod tests {
    use super::*;

    fn check(code: &str, expect: (Option<f64>, Option<u8>, Option<&str>)) {
        let got = (
            goldstein(code),
            QuadClass::of(code).map(QuadClass::number),
            Plover::of(code).map(Plover::name),
        );
        assert_eq!(got, expect, "{code}");
    }

    #[test]
    fn codes() {
        check("010", (Some(0.0), Some(1), None));
        check("036", (Some(4.0), Some(1), Some("AGREE")));
        check("0231", (Some(3.4), Some(1), None));
        check("112", (Some(-2.0), Some(3), Some("DISAPPROVE")));
        check("084", (Some(7.0), Some(2), Some("RETREAT")));
        check("081", (Some(5.0), Some(2), Some("CONCEDE")));
        check("190", (Some(-10.0), Some(4), Some("FIGHT")));
        check("14", (Some(-6.5), Some(3), Some("PROTEST")));
        check("abc", (None, None, None));
        check("21", (None, None, None));
    }

    #[test]
    fn plover_names_round_trip() {
        for plover in ALL {
            assert_eq!(Plover::parse(plover.name()), Some(plover));
        }
    }
}
