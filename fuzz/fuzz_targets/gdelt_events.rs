//! The GDELT events reader on any bytes: the same bytes give the same result whole or zipped, and a
//! strict parse either fails or keeps rows that all passed its checks.
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
