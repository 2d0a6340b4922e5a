//! Properties of claim extraction on any text: it never panics, and every span it gives lies on
//! character boundaries inside the text, with the quantities in order and none overlapping another.

use dyad_text::claims::{Extraction, extract};
use proptest::prelude::*;

/// Pieces that make the extractor's patterns fire, mixed with arbitrary text.
fn pieces() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("from USD 936 million in 2022 to ".to_string()),
        Just("| Total | **1,012** |\n|---|---|\n".to_string()),
        Just("between 1.2 million and ".to_string()),
        Just("fell by a third".to_string()),
        Just("(UNHCR, 2023)".to_string()),
        Just("FY2022-23 ".to_string()),
        Just("from 2023 to 2021".to_string()),
        Just("nearly two-thirds ".to_string()),
        Just("US$ 717m, 60% ".to_string()),
        Just("---\ntitle: x\n---\n".to_string()),
        Just("three in every four buyers ".to_string()),
        Just("six in ten ".to_string()),
        Just("forty women ".to_string()),
        Just("a dozen arrows ".to_string()),
        Just("one and a quarter million ".to_string()),
        Just(". ".to_string()),
        Just("\n\n".to_string()),
        "[0-9,.% ]{0,12}",
        "\\PC{0,16}",
    ]
}

fn check_spans(text: &str, extraction: &Extraction) {
    let inside = |start: usize, end: usize| {
        start <= end
            && end <= text.len()
            && text.is_char_boundary(start)
            && text.is_char_boundary(end)
    };
    for &(start, end) in &extraction.sentences {
        assert!(inside(start, end), "sentence {start}..{end}");
    }
    let mut previous_end = 0;
    for quantity in &extraction.quantities {
        assert!(inside(quantity.start, quantity.end), "{quantity:?}");
        assert!(
            quantity.start >= previous_end,
            "quantities out of order or overlapping"
        );
        assert!(quantity.sentence < extraction.sentences.len().max(1));
        previous_end = quantity.end;
    }
    for change in &extraction.changes {
        assert!(inside(change.start, change.end), "{change:?}");
        assert!(
            change.from < extraction.quantities.len() && change.to < extraction.quantities.len()
        );
    }
    for table in &extraction.tables {
        for cell in table.rows.iter().flatten().chain(&table.header) {
            assert!(inside(cell.start, cell.end), "{cell:?}");
        }
    }
    for claim in extraction.claims(text) {
        assert!(claim.locator.start <= claim.locator.end);
        assert!(claim.locator.end as usize <= text.chars().count());
    }
}

proptest! {
    #[test]
    fn spans_lie_inside_the_text(parts in proptest::collection::vec(pieces(), 0..12)) {
        let text = parts.concat();
        let extraction = extract(&text);
        check_spans(&text, &extraction);
    }
}
