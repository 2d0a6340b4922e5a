//! The readers of the event dictionaries (CAMEO verbs, actors, agents, discards), the codebook and
//! REFI-QDA codebooks on any text: no panic; a dictionary that reads strictly reads the same leniently,
//! with no error left over.
#![no_main]

use dyad_text::events::actors::{ActorDictionary, AgentDictionary, DiscardList};
use dyad_text::events::verbs::VerbDictionary;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if VerbDictionary::parse("fuzz.verbs", text).is_ok() {
        assert!(VerbDictionary::parse_lenient("fuzz.verbs", text).1.is_empty());
    }
    if ActorDictionary::parse("fuzz.actors", text).is_ok() {
        assert!(ActorDictionary::parse_lenient("fuzz.actors", text).1.is_empty());
    }
    if AgentDictionary::parse("fuzz.agents", text).is_ok() {
        assert!(AgentDictionary::parse_lenient("fuzz.agents", text).1.is_empty());
    }
    let _ = DiscardList::parse("fuzz.discards", text);
    let _ = dyad_text::codebook::Codebook::parse(text);
    let _ = dyad_text::refi::read_qdc(text);
});
