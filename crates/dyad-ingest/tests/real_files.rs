//! Every real event file of the shared data folder, read as published, and corrupt copies of each.
//!
//! The folder is named by `DYAD_SHARED_DATA`. When it is unset the tests print why they are skipped; when
//! it is set and the folder or a file is missing, they fail naming the path (see `tests/shared_data.rs`
//! at the workspace root).

#[path = "../../../tests/shared_data.rs"]
mod shared_data;

use dyad_ingest::{Format, IngestError, Mode, Options, Parsed, detect, parse};
use shared_data::shared_folder;

/// The bytes of an event file of the shared folder's `conflict/`.
fn read(shared: &std::path::Path, name: &str) -> Vec<u8> {
    shared_data::read(shared, &format!("conflict/{name}"))
}

fn ingest(name: &str, bytes: &[u8]) -> Result<Parsed, IngestError> {
    let format = detect(name, &bytes[..bytes.len().min(8192)])
        .unwrap_or_else(|| panic!("{name}: format not detected"));
    parse(format, name, bytes, &Options::default())
}

#[test]
fn every_real_event_file_reads_with_the_right_count() {
    let Some(shared) = shared_folder() else {
        return;
    };
    let cases: [(&str, Format, u64, usize); 5] = [
        ("ucdp_ged_pakistan_hdx.csv", Format::UcdpGed, 6416, 6416),
        ("ucdp_brd_conflict_v24_1.csv", Format::UcdpBrd, 1920, 1920),
        (
            "ucdp_prio_armed_conflict_v24_1.csv",
            Format::UcdpAcd,
            2686,
            2686,
        ),
        (
            "gdelt2_export_20191024143000.export.CSV",
            Format::GdeltEvents,
            2111,
            18,
        ),
        (
            "gdelt2_mentions_sample_20170701.csv",
            Format::GdeltMentions,
            1635,
            1635,
        ),
    ];
    for (name, format, n_rows, n_kept) in cases {
        let bytes = read(&shared, name);
        assert_eq!(
            detect(name, &bytes[..8192.min(bytes.len())]),
            Some(format),
            "{name}"
        );
        let parsed = ingest(name, &bytes).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parsed.n_rows, n_rows, "{name}: rows read");
        assert!(parsed.quarantined.is_empty(), "{name}: nothing quarantined");
        let kept = parsed.events.len() + parsed.records.len() + parsed.mentions.len();
        assert_eq!(kept, n_kept, "{name}: rows kept");
    }
}

#[test]
fn real_files_give_the_published_figures() {
    let Some(shared) = shared_folder() else {
        return;
    };
    let ged = ingest(
        "ucdp_ged_pakistan_hdx.csv",
        &read(&shared, "ucdp_ged_pakistan_hdx.csv"),
    )
    .unwrap();
    // `best` is the sum of the four death columns on every row of this file.
    assert!(ged.diagnostics.is_empty(), "{:?}", ged.diagnostics.first());
    let deaths_2020: f64 = ged
        .events
        .iter()
        .filter(|e| e.event.date_start.to_string().starts_with("2020"))
        .filter_map(|e| e.event.fatalities)
        .sum();
    assert_eq!(deaths_2020, 409.0);
    assert!(ged.events.iter().all(|e| e.event.country == "PAK"));
    let brd = ingest(
        "ucdp_brd_conflict_v24_1.csv",
        &read(&shared, "ucdp_brd_conflict_v24_1.csv"),
    )
    .unwrap();
    let ttp_2023 = brd
        .records
        .iter()
        .find(|r| {
            r.observation.subject == "Government of Pakistan – TTP"
                && r.observation.period == Some(dyad_model::Period::Year(2023))
        })
        .unwrap();
    assert_eq!(ttp_2023.observation.value.number, Some(752.0));
    let gdelt = ingest(
        "gdelt2_export_20191024143000.export.CSV",
        &read(&shared, "gdelt2_export_20191024143000.export.CSV"),
    )
    .unwrap();
    assert_eq!(gdelt.source.unwrap().vintage, "batch 20191024143000");
    let in_pakistan: u64 = gdelt
        .aggregates
        .iter()
        .filter(|a| a.subject == "in PAK")
        .map(|a| a.n_events)
        .sum();
    let in_afghanistan: u64 = gdelt
        .aggregates
        .iter()
        .filter(|a| a.subject == "in AFG")
        .map(|a| a.n_events)
        .sum();
    assert!(in_pakistan + in_afghanistan > 0);
    // The broadest filter keeps every event with a Pakistani or Afghan actor or place: 46 in this batch.
    let options = Options {
        gdelt: dyad_ingest::gdelt::Filter::for_pair(
            "PAK",
            "AFG",
            dyad_ingest::gdelt::Match::Involving,
        )
        .unwrap(),
        ..Options::default()
    };
    let involving = parse(
        Format::GdeltEvents,
        "g.CSV",
        &read(&shared, "gdelt2_export_20191024143000.export.CSV"),
        &options,
    )
    .unwrap();
    assert_eq!(involving.events.len(), 46);
}

/// UCDP/PRIO ACD 25.1 as the shared copy has it: a spreadsheet re-save (`;`, CRLF, `d-m-yyyy`) whose record
/// for conflict 11349 is broken over lines 42 and 43 by an unquoted line break.
#[test]
fn the_real_acd_25_1_reads_and_its_split_record_is_reported() {
    let Some(shared) = shared_folder() else {
        return;
    };
    let name = "ucdp_prio_acd_v25_1.csv";
    let bytes = read(&shared, name);
    assert_eq!(
        detect(name, &bytes[..8192.min(bytes.len())]),
        Some(Format::UcdpAcd)
    );
    let error = ingest(name, &bytes).unwrap_err();
    assert_eq!(
        first_line(&error),
        format!(
            "{name}: record 41 (line 42): field `row` is `10 fields`, expected 28 fields as in the header (the 18 after them are empty)"
        )
    );
    assert!(
        error.to_string().contains(
            "hint: the record appears split over lines 42 and 43 by an unquoted line break"
        ),
        "{error}"
    );

    let lenient = Options {
        mode: Mode::Lenient,
        ..Options::default()
    };
    let parsed = parse(Format::UcdpAcd, name, &bytes, &lenient).unwrap();
    // 2,752 data lines hold 2,751 records, the split one among them.
    assert_eq!(parsed.n_rows, 2751);
    assert_eq!(parsed.records.len(), 2750);
    assert_eq!(parsed.quarantined.len(), 1);
    let split = &parsed.quarantined[0];
    assert_eq!((split.error.record, split.error.line), (41, 42));
    assert!(
        split.raw.starts_with("11349,China,Government of China,")
            && split.raw.contains("\n,2008,1,0,3,5-4-1990,"),
        "both lines are kept: {:?}",
        split.raw
    );
    assert!(parsed.records.iter().all(|r| r.source.vintage == "25.1"));

    let find = |subject: &str, year: i32| {
        parsed
            .records
            .iter()
            .find(|r| {
                r.observation.subject == subject
                    && r.observation.period == Some(dyad_model::Period::Year(year))
            })
            .unwrap_or_else(|| panic!("{subject}, {year}"))
    };
    let interstate = find("Government of Afghanistan – Government of Pakistan", 2024);
    assert_eq!(interstate.observation.value.number, Some(1.0));
    assert_eq!(interstate.observation.concept, "interstate armed conflict");
    assert!(
        interstate
            .observation
            .basis
            .ends_with("conflict located in Afghanistan, Pakistan")
    );
    assert_eq!(
        interstate.observation.note,
        "conflict_id 11639; cumulative intensity 0; started 2005-01-03"
    );
    assert_eq!(
        interstate.locator,
        format!("{name} record 52 (line 54), conflict_id 11639")
    );
    let ttp = find("Government of Pakistan – HGB, TTP", 2024);
    assert_eq!(ttp.observation.value.number, Some(2.0));
    assert_eq!(ttp.observation.concept, "intrastate armed conflict");
    assert_eq!(
        ttp.observation.note,
        "conflict_id 404; cumulative intensity 1; started 1990-02-11"
    );
    assert_eq!(
        ttp.locator,
        format!("{name} record 2540 (line 2542), conflict_id 404")
    );
    assert_eq!(
        find("Government of Pakistan – TTP", 2022)
            .observation
            .value
            .number,
        Some(1.0)
    );
    // Every conflict-year located in the pair's countries from 2022 to 2024, as 25.1 codes them.
    let mut recent: Vec<String> = parsed
        .records
        .iter()
        .filter(|r| {
            let basis = &r.observation.basis;
            (basis.contains("Afghanistan") || basis.contains("Pakistan"))
                && r.observation.period >= Some(dyad_model::Period::Year(2022))
        })
        .map(|r| {
            format!(
                "{} {} {}",
                r.observation.period.unwrap(),
                r.observation.subject,
                r.observation.value.text
            )
        })
        .collect();
    recent.sort();
    assert_eq!(
        recent,
        [
            "2022 Government of Afghanistan – AFF, NRF 1",
            "2022 Government of Afghanistan – IS 1",
            "2022 Government of Pakistan – BRAS 1",
            "2022 Government of Pakistan – IS 1",
            "2022 Government of Pakistan – TTP 1",
            "2023 Government of Afghanistan – AFF, NRF 1",
            "2023 Government of Afghanistan – IS 1",
            "2023 Government of Pakistan – BRAS 1",
            "2023 Government of Pakistan – HGB, TJP, TTP 1",
            "2023 Government of Pakistan – IS 1",
            "2024 Government of Afghanistan – Government of Pakistan 1",
            "2024 Government of Afghanistan – IS 1",
            "2024 Government of Afghanistan – NRF 1",
            "2024 Government of Pakistan – BRAS 1",
            "2024 Government of Pakistan – HGB, TTP 2",
        ]
    );
}

/// Replaces the `n`-th line (1-based) of a text with what `edit` makes of it.
fn edit_line(bytes: &[u8], n: usize, edit: impl Fn(&str) -> String) -> Vec<u8> {
    let text = String::from_utf8_lossy(bytes);
    let mut lines: Vec<String> = text.split('\n').map(String::from).collect();
    lines[n - 1] = edit(&lines[n - 1]);
    lines.join("\n").into_bytes()
}

fn first_line(error: &IngestError) -> String {
    error.to_string().lines().next().unwrap().to_string()
}

#[test]
fn corrupt_copies_fail_with_positioned_errors() {
    let Some(shared) = shared_folder() else {
        return;
    };
    let gdelt = read(&shared, "gdelt2_export_20191024143000.export.CSV");
    let name = "gdelt2_export_20191024143000.export.CSV";
    let truncated = edit_line(&gdelt, 100, |line| {
        line.split('\t').take(20).collect::<Vec<_>>().join("\t")
    });
    assert!(
        first_line(&ingest(name, &truncated).unwrap_err()).starts_with(&format!(
            "{name}: record 100 (line 100): field `row` is `20 fields`"
        ))
    );
    let bad_date = edit_line(&gdelt, 7, |line| line.replacen("\t2018", "\t2O18", 1));
    assert!(
        first_line(&ingest(name, &bad_date).unwrap_err()).starts_with(&format!(
            "{name}: record 7 (line 7): field `SQLDATE` (column 2)"
        ))
    );
    let bad_count = edit_line(&gdelt, 9, |line| {
        let mut fields: Vec<&str> = line.split('\t').collect();
        fields[31] = "ten";
        fields.join("\t")
    });
    assert!(
        first_line(&ingest(name, &bad_count).unwrap_err())
            .contains("record 9 (line 9): field `NumMentions` (column 32) is `ten`")
    );

    let brd = read(&shared, "ucdp_brd_conflict_v24_1.csv");
    let name = "ucdp_brd_conflict_v24_1.csv";
    let mut fields_row3: Vec<String> = String::from_utf8_lossy(&brd)
        .split('\n')
        .nth(2)
        .unwrap()
        .split(',')
        .map(String::from)
        .collect();
    fields_row3[12] = "\"many\"".to_string();
    let bad_deaths = edit_line(&brd, 3, |_| fields_row3.join(","));
    assert_eq!(
        first_line(&ingest(name, &bad_deaths).unwrap_err()),
        format!(
            "{name}: record 2 (line 3): field `bd_best` (column 13) is `many`, expected a whole number of deaths from 0 to 10,000,000"
        )
    );
    let truncated = edit_line(&brd, 5, |line| {
        line.split(',').take(10).collect::<Vec<_>>().join(",")
    });
    assert!(
        first_line(&ingest(name, &truncated).unwrap_err()).starts_with(&format!(
            "{name}: record 4 (line 5): it has 10 fields, expected 25"
        ))
    );
    let mut fields_row6: Vec<String> = String::from_utf8_lossy(&brd)
        .split('\n')
        .nth(5)
        .unwrap()
        .split(',')
        .map(String::from)
        .collect();
    fields_row6[11] = "\"20x3\"".to_string();
    let bad_year = edit_line(&brd, 6, |_| fields_row6.join(","));
    assert_eq!(
        first_line(&ingest(name, &bad_year).unwrap_err()),
        format!(
            "{name}: record 5 (line 6): field `year` (column 12) is `20x3`, expected a year from 1900 to 2100"
        )
    );

    let ged = read(&shared, "ucdp_ged_pakistan_hdx.csv");
    let name = "ucdp_ged_pakistan_hdx.csv";
    let (records, _) = split_records(&ged);
    // Record 10 of the data (after the header and the HXL row).
    let target = records[11].clone();
    let bad_best = replace_field(&ged, &target, "best", "lots");
    assert!(
        first_line(&ingest(name, &bad_best).unwrap_err()).contains("record 10 (line"),
        "{}",
        first_line(&ingest(name, &bad_best).unwrap_err())
    );
    assert!(
        first_line(&ingest(name, &bad_best).unwrap_err())
            .contains("field `best` (column 46) is `lots`, expected a whole number of deaths")
    );
    let bad_date = replace_field(&ged, &target, "date_start", "2021-02-30");
    assert!(
        first_line(&ingest(name, &bad_date).unwrap_err())
            .contains("field `date_start` (column 40) is `2021-02-30`")
    );
    let truncated_text = {
        let text = String::from_utf8_lossy(&ged).into_owned();
        let position = text.find(&target).unwrap();
        let cut: String = target.split(',').take(30).collect::<Vec<_>>().join(",");
        format!(
            "{}{}{}",
            &text[..position],
            cut,
            &text[position + target.len()..]
        )
    };
    let error = first_line(&ingest(name, truncated_text.as_bytes()).unwrap_err());
    assert!(
        error.starts_with(&format!("{name}: record 10 (line "))
            && error.contains("fields, expected 50 as in the header"),
        "{error}"
    );
}

/// The raw text of each CSV record (which may span lines), in order.
fn split_records(bytes: &[u8]) -> (Vec<String>, ()) {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(bytes);
    let mut records = Vec::new();
    let mut position = 0usize;
    let mut record = csv::ByteRecord::new();
    while reader.read_byte_record(&mut record).unwrap() {
        let end = reader.position().byte() as usize;
        records.push(
            String::from_utf8_lossy(&bytes[position..end])
                .trim_end_matches(['\n', '\r'])
                .to_string(),
        );
        position = end;
    }
    (records, ())
}

/// Rewrites one field of one record, quoting the new value.
fn replace_field(bytes: &[u8], record_text: &str, column: &str, value: &str) -> Vec<u8> {
    let header: Vec<String> = csv::Reader::from_reader(bytes)
        .headers()
        .unwrap()
        .iter()
        .map(String::from)
        .collect();
    let index = header.iter().position(|h| h == column).unwrap();
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(record_text.as_bytes());
    let fields: Vec<String> = reader
        .records()
        .next()
        .unwrap()
        .unwrap()
        .iter()
        .map(String::from)
        .collect();
    let mut writer = csv::WriterBuilder::new()
        .quote_style(csv::QuoteStyle::Always)
        .from_writer(Vec::new());
    let mut edited = fields.clone();
    edited[index] = value.to_string();
    writer.write_record(&edited).unwrap();
    let new_text = String::from_utf8(writer.into_inner().unwrap()).unwrap();
    let text = String::from_utf8_lossy(bytes);
    text.replacen(record_text, new_text.trim_end(), 1)
        .into_bytes()
}

#[test]
fn every_real_unhcr_and_wdi_file_reads_with_the_right_count() {
    let Some(shared) = shared_folder() else {
        return;
    };
    let cases: [(&str, Option<&str>, u64); 11] = [
        ("humanitarian/unhcr_population_afg_pak.csv", None, 5163),
        ("humanitarian/unhcr_flows_afg_pak.csv", None, 4110),
        ("humanitarian/unhcr_solutions_afg_pak.csv", None, 1025),
        (
            "humanitarian/unhcr_asylum_applications_afg_pak.csv",
            None,
            4910,
        ),
        ("humanitarian/unhcr_idmc_afg_pak.csv", None, 34),
        (
            "humanitarian/unhcr_demographics_afg_pak_2001_2025.csv",
            None,
            16083,
        ),
        (
            "humanitarian/unhcr_demographics_afg_pak_2025_latest.csv",
            None,
            995,
        ),
        (
            "economy/wdi_API_NY.GDP.MKTP.CD_wide_2023vintage_resaved.csv",
            None,
            266,
        ),
        (
            "economy/wdi_gdp_current_usd_long_datahub.csv",
            Some("NY.GDP.MKTP.CD"),
            13979,
        ),
        (
            "economy/wdi_population_long_datahub.csv",
            Some("SP.POP.TOTL"),
            17195,
        ),
        (
            "economy/wdi_vintages_afg_pak_gdp_population.csv",
            None,
            1819,
        ),
    ];
    for (path, indicator, n_rows) in cases {
        let bytes = shared_data::read(&shared, path);
        let format = detect(path, &bytes[..bytes.len().min(8192)])
            .unwrap_or_else(|| panic!("{path}: not detected"));
        assert!(
            matches!(format, Format::Unhcr | Format::Wdi),
            "{path}: {format}"
        );
        let options = Options {
            indicator: indicator.map(str::to_string),
            ..Options::default()
        };
        let parsed = parse(format, path, &bytes, &options).unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(parsed.n_rows, n_rows, "{path}");
        assert!(parsed.quarantined.is_empty(), "{path}");
        assert!(!parsed.records.is_empty(), "{path}");
    }
    // The published figures survive: Afghan refugees in Pakistan, and Afghanistan's GDP in the Dec-2023 release.
    let population = shared_data::read(&shared, "humanitarian/unhcr_population_afg_pak.csv");
    let parsed = parse(Format::Unhcr, "p.csv", &population, &Options::default()).unwrap();
    let refugees_2023 = parsed
        .records
        .iter()
        .find(|r| {
            r.observation.indicator == "refugees.registered"
                && r.observation.subject == "AFG→PAK"
                && r.observation.period == Some(dyad_model::Period::Year(2023))
        })
        .unwrap();
    assert_eq!(refugees_2023.observation.value.number, Some(1_987_717.0));
    let wide = shared_data::read(
        &shared,
        "economy/wdi_API_NY.GDP.MKTP.CD_wide_2023vintage_resaved.csv",
    );
    let parsed = parse(Format::Wdi, "w.csv", &wide, &Options::default()).unwrap();
    let afghanistan_2019 = parsed
        .records
        .iter()
        .find(|r| {
            r.observation.subject == "AFG"
                && r.observation.period == Some(dyad_model::Period::Year(2019))
        })
        .unwrap();
    assert_eq!(
        afghanistan_2019.observation.value.text, "18799444414.5998",
        "kept exactly as written"
    );
    assert_eq!(
        parsed.diagnostics.len(),
        2,
        "Venezuela and Yemen were saved as one quoted field each"
    );
    assert!(
        parsed
            .records
            .iter()
            .any(|r| r.observation.subject == "WB:SAS"),
        "South Asia is an aggregate"
    );
}

#[test]
fn the_real_pew_toplines_read_and_the_2013_defect_is_flagged() {
    let Some(shared) = shared_folder() else {
        return;
    };
    let path = "opinion/pew_ga_toplines_pak_and_peers.csv";
    let bytes = shared_data::read(&shared, path);
    assert_eq!(detect(path, &bytes[..8192]), Some(Format::Survey));
    let parsed = parse(Format::Survey, path, &bytes, &Options::default()).unwrap();
    assert_eq!(parsed.n_rows, 2051);
    assert!(parsed.quarantined.is_empty());
    let flagged: Vec<&str> = parsed
        .diagnostics
        .iter()
        .map(|d| d.message.as_str())
        .filter(|m| m.contains("opi_CHN in PAK wave 2013"))
        .collect();
    assert!(
        flagged
            .iter()
            .any(|m| m.contains("\"Very favorable\" is 3.59%")),
        "{flagged:?}"
    );
}

#[test]
fn the_recorded_comtrade_response_reads() {
    let Some(shared) = shared_folder() else {
        return;
    };
    let path = "economy/comtrade_api_v1_sample_response.json";
    let bytes = shared_data::read(&shared, path);
    assert_eq!(
        detect(path, &bytes[..bytes.len().min(8192)]),
        Some(Format::Comtrade)
    );
    let parsed = parse(Format::Comtrade, path, &bytes, &Options::default()).unwrap();
    assert_eq!((parsed.n_rows, parsed.records.len()), (4, 4));
    // China's trade with Argentina and Germany in 2010, as China declared it: imports (CIF) run partner →
    // China, exports (FOB) China → partner.
    let find = |indicator: &str, subject: &str| {
        parsed
            .records
            .iter()
            .find(|r| r.observation.indicator == indicator && r.observation.subject == subject)
            .map(|r| r.observation.value.number)
    };
    assert_eq!(
        find("trade.imports", "ARG→CHN"),
        Some(Some(6_804_128_143.0))
    );
    assert_eq!(
        find("trade.imports", "DEU→CHN"),
        Some(Some(74_251_272_075.0))
    );
    assert_eq!(
        find("trade.exports", "CHN→ARG"),
        Some(Some(6_115_764_185.0))
    );
    assert_eq!(
        find("trade.exports", "CHN→DEU"),
        Some(Some(68_047_133_397.0))
    );
}
