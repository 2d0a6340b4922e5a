//! Properties of the event coder on any text: it never panics, and every event's actors and verb lie
//! inside its sentence, on character boundaries.

use dyad_text::events::Date;
use dyad_text::events::actors::{ActorDictionary, AgentDictionary, DiscardList};
use dyad_text::events::coder::{Coder, DictionarySet, PAIR_DICTIONARY, PAIR_DICTIONARY_NAME};
use dyad_text::events::verbs::VerbDictionary;
use proptest::prelude::*;

const VERBS: &str = "\
---  SAY   [010]  ---
SAY {SAYS SAID SAYING}
---  MEET   [040]  ---
MEET {MEETS MET MEETING}
- * (WITH +) [042]
---  ATTACK   [190]  ---
SHELL {SHELLS SHELLED SHELLING}
";

fn coder() -> Coder {
    let mut actors = ActorDictionary::parse(
        "t.actors",
        "PAKISTAN_ [PAK]\nAFGHANISTAN_ [AFG]\nIRAN_ [IRN]\n",
    )
    .expect("actors");
    actors.extend(ActorDictionary::parse(PAIR_DICTIONARY_NAME, PAIR_DICTIONARY).expect("pair"));
    Coder::new(DictionarySet {
        verb_file: "t.verbs".to_string(),
        verbs: VerbDictionary::parse("t.verbs", VERBS).expect("verbs"),
        actors,
        agent_file: "t.agents".to_string(),
        agents: AgentDictionary::parse(
            "t.agents",
            "FOREIGN_MINISTER [~GOVFRM]\nARMY_ [~MIL]\nAMBASSADORS [~GOV]\n",
        )
        .expect("agents"),
        discards: DiscardList::parse("t.discards", "WORLD CUP\n").expect("discards"),
    })
}

/// Pieces that make actors, agents, lists, clauses and verbs meet in every order.
fn pieces() -> impl Strategy<Value = String> {
    prop_oneof![
        Just("Pakistan ".to_string()),
        Just("Afghanistan ".to_string()),
        Just("Iran ".to_string()),
        Just("the Taliban ".to_string()),
        Just("Islamabad ".to_string()),
        Just("the army ".to_string()),
        Just("foreign minister ".to_string()),
        Just("the ambassadors of ".to_string()),
        Just("'s ".to_string()),
        Just(", ".to_string()),
        Just("and ".to_string()),
        Just("or ".to_string()),
        Just("after ".to_string()),
        Just("with ".to_string()),
        Just("of ".to_string()),
        Just("by ".to_string()),
        Just("was ".to_string()),
        Just("didn't ".to_string()),
        Just("a heavy ".to_string()),
        Just("said ".to_string()),
        Just("met ".to_string()),
        Just("shelled ".to_string()),
        Just(". ".to_string()),
        "\\PC{0,12}",
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]
    #[test]
    fn events_lie_inside_their_sentences(parts in proptest::collection::vec(pieces(), 0..16), day in 0u32..2) {
        let text: String = parts.concat();
        let date = if day == 0 { Date(20210801) } else { Date(20220101) };
        for sentence in coder().code_text(&text, date) {
            let n = sentence.text.chars().count();
            for event in &sentence.events {
                prop_assert!(event.source.start < event.source.end && event.source.end <= n);
                if let Some(target) = &event.target {
                    prop_assert!(target.start < target.end && target.end <= n);
                    prop_assert_ne!(&target.code, &event.source.code);
                }
                prop_assert!(event.verb.start < event.verb.end && event.verb.end <= n);
            }
        }
    }
}
