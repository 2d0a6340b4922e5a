//! Every parser, on any bytes: no panic, no hang, and the invariants of a parse hold.
#![no_main]

use dyad_ingest::{Format, Mode, Options, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, bytes)) = data.split_first() else { return };
    let format = Format::ALL[usize::from(selector) % Format::ALL.len()];
    let mode = if selector & 0x80 == 0 { Mode::Strict } else { Mode::Lenient };
    let options = Options { mode, no_header: selector & 0x40 != 0, ..Options::default() };
    // Detection never panics, whatever the bytes.
    let _ = dyad_ingest::detect("fuzz", bytes);
    if let Ok(parsed) = parse(format, "fuzz", bytes, &options) {
        let kept = parsed.records.len() + parsed.events.len() + parsed.deletions.len() + parsed.mentions.len();
        assert!(kept + parsed.quarantined.len() <= parsed.n_rows as usize, "more rows kept than read");
        if mode == Mode::Strict {
            assert!(parsed.quarantined.is_empty(), "strict mode quarantines nothing");
        }
        for event in &parsed.events {
            assert!(event.event.date_start <= event.event.date_end, "an event ends before it starts");
            assert!(event.record >= 1, "records are numbered from 1");
        }
        for bad in &parsed.quarantined {
            assert!(bad.error.record >= 1);
        }
    }
});
