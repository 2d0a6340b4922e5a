//! Properties of the audit on any text: it never panics, and every finding's span lies inside the text
//! and quotes the words it names.

use dyad_audit::{AuditConfig, audit};
use dyad_model::pair::Pair;
use proptest::prelude::*;

/// Pieces that make the checks fire, mixed with arbitrary text.
fn pieces() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Pakistan and Afghanistan. ".to_string()),
        Just("Pakistan and India at Torkham. ".to_string()),
        Just("Exports declined from USD 936 million in 2022 to ".to_string()),
        Just("USD 1,012 million in 2023, a rise of 24 percent. ".to_string()),
        Just("| Year | Exports | Imports | Balance |\n|---|---|---|---|\n".to_string()),
        Just("| 2023 | 1,012 | 690 | 332 |\n| **Total** | **9** | 1 | 2 |\n".to_string()),
        Just("Coal 54 percent, fruit 53 percent, rest 9 percent. ".to_string()),
        Just("logged 418 incidents. It killed 418 people. ".to_string()),
        Just("from 2023 to 2021".to_string()),
        Just("- Term: 24 months\n- Monthly instalment: Rs 118,500\n".to_string()),
        Just(
            "- Amount lent: Afs 600,000\n- Total repaid: Afs 350,000\n- Balance outstanding: "
                .to_string()
        ),
        Just("over the long term they\u{2019}re \u{2014} ".to_string()),
        Just("Rs 300 a chik; on a bundle of ten chiks the margin is Rs 300. ".to_string()),
        Just(
            "imports fell, down 27.1 percent, so the surplus widened from US$ 195 million to "
                .to_string()
        ),
        Just("sales rose 28 percent, from 108,000 kg in 2024 to 88,000 kg in 2025. ".to_string()),
        Just("Balance = 1,012 \u{2212} 690 = 332 million; 3 x 4 = ".to_string()),
        Just(
            "Of the grant of Afs 480,000, Afs 210,000 was spent on a press, Afs 150,000 on "
                .to_string()
        ),
        Just("\n\n".to_string()),
        "[0-9,.% ]{0,12}",
        "\\PC{0,16}",
    ]
}

proptest! {
    #[test]
    fn findings_quote_their_spans(parts in proptest::collection::vec(pieces(), 0..12)) {
        let text = parts.concat();
        let pair = Pair { first: "PAK".to_string(), second: "AFG".to_string() };
        let n_chars = text.chars().count() as u32;
        for finding in audit(&text, &AuditConfig::for_pair(pair)) {
            prop_assert!(finding.span.start <= finding.span.end && finding.span.end <= n_chars);
            let quoted: String = text
                .chars()
                .skip(finding.span.start as usize)
                .take((finding.span.end - finding.span.start) as usize)
                .collect();
            prop_assert_eq!(quoted, finding.text.clone());
        }
    }
}
