//! The GDELT events reader on any bytes: the same bytes give the same result whole or zipped, handed on
//! in batches or collected, and a strict parse either fails or keeps rows that all passed its checks.
#![no_main]

use std::io::Write;

use dyad_ingest::{Options, gdelt};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let plain = gdelt::parse_events_from("fuzz.CSV", &mut &data[..], &Options::default(), &mut |_| {});
    let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    archive.start_file("fuzz.export.CSV", zip::write::SimpleFileOptions::default()).unwrap();
    archive.write_all(data).unwrap();
    let zipped_bytes = archive.finish().unwrap().into_inner();
    let zipped = gdelt::parse_events_from("fuzz.CSV.zip", &mut &zipped_bytes[..], &Options::default(), &mut |_| {});
    let mut batches = Vec::new();
    let batched = gdelt::parse_events_in_batches(
        "fuzz.CSV",
        &mut &data[..],
        &Options::default(),
        1,
        &mut |_| {},
        &mut |batch| {
            assert!(!batch.is_empty(), "an empty batch was handed on");
            batches.extend(batch);
            std::ops::ControlFlow::Continue(())
        },
    );
    match (&plain, &batched) {
        (Ok((a, a_hash)), Ok((b, b_hash))) => {
            assert_eq!((a.n_rows, a_hash), (b.n_rows, b_hash));
            assert_eq!(a.events, batches);
            assert!(b.events.is_empty());
        }
        (Err(a), Err(b)) => assert_eq!(a.to_string(), b.to_string()),
        (a, b) => panic!("whole and batched disagree: {:?} / {:?}", a.is_ok(), b.is_ok()),
    }
    match (plain, zipped) {
        (Ok((a, _)), Ok((b, _))) => {
            assert_eq!(a.n_rows, b.n_rows);
            assert_eq!(a.events, b.events);
            assert_eq!(a.aggregates, b.aggregates);
            for event in &a.events {
                let quad = event.event.measures.quad_class.expect("a kept event has a QuadClass");
                assert!((1..=4).contains(&quad));
            }
        }
        (Err(_), Err(_)) => {}
        (a, b) => panic!("plain and zipped disagree: {:?} / {:?}", a.is_ok(), b.is_ok()),
    }
});
