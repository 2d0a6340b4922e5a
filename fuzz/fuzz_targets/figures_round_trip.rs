//! The figures format: whatever parses, written back out and parsed again, gives the same figures.
#![no_main]

use dyad_ingest::{Format, Options, parse};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(first) = parse(Format::Figures, "fuzz.csv", data, &Options::default()) else { return };
    let mut writer = csv::Writer::from_writer(Vec::new());
    writer
        .write_record(["indicator", "subject", "period", "value", "unit", "status", "publisher", "dataset", "vintage", "locator"])
        .unwrap();
    for record in &first.records {
        let o = &record.observation;
        let period = o.period.map_or_else(|| "undated".to_string(), |p| p.to_string());
        writer
            .write_record([
                o.indicator.as_str(),
                o.subject.as_str(),
                period.as_str(),
                o.value.text.as_str(),
                o.unit.as_str(),
                o.status.as_str(),
                record.source.publisher.as_str(),
                record.source.dataset.as_str(),
                record.source.vintage.as_str(),
                record.locator.as_str(),
            ])
            .unwrap();
    }
    let bytes = writer.into_inner().unwrap();
    let second = parse(Format::Figures, "again.csv", &bytes, &Options::default()).expect("written figures parse again");
    assert_eq!(first.records.len(), second.records.len());
    for (a, b) in first.records.iter().zip(&second.records) {
        assert_eq!(a.observation.indicator, b.observation.indicator);
        assert_eq!(a.observation.period, b.observation.period);
        assert_eq!(a.observation.value.text, b.observation.value.text);
        assert_eq!(a.observation.value.number.map(f64::to_bits), b.observation.value.number.map(f64::to_bits));
    }
});
