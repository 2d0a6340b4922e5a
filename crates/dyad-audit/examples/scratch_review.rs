//! scratch: audits the review passages.
fn main() {
    let config = dyad_audit::AuditConfig::for_pair(dyad_model::pair::Pair {
        first: "PAK".to_string(),
        second: "AFG".to_string(),
    });
    let passages = [
        "Quetta market arrivals of dried apricots reached 700 tonnes in September, well above August.\n\n| Month | Tonnes | Value (Rs m) |\n|---|---|---|\n| Aug 2025 | 410 | 180.4 |\n| Sep 2025 | 700 | 315.0 |\n",
        "At 410 tonnes, August arrivals were below July and well below September.\n\n| Month | Tonnes |\n|---|---|\n| Jul 2025 | 520 |\n| Aug 2025 | 410 |\n| Sep 2025 | 700 |\n",
        "The rescue post answered 52 calls in February, 30 of them rescues.\n\nCalls answered by the rescue post, by month\n\n| Month | Fires | Rescues | Total |\n|---|---|---|---|\n| Jan 2025 | 20 | 24 | 44 |\n| Feb 2025 | 22 | 30 | 52 |\n",
        "In March the Chaman clinic saw 1,150 patients, most of them returnees from Karachi.\n\n| Month | Vaccinations given |\n|---|---|\n| Feb 2025 | 940 |\n| Mar 2025 | 1,000 |\n",
        "In March 1,150 trucks crossed Torkham in both directions.\n\nTrucks cleared at Torkham, by month\n\n| Month | Outbound | Value of exports (USD m) |\n|---|---|---|\n| Feb 2025 | 960 | 41.2 |\n| Mar 2025 | 1,000 | 43.5 |\n",
        "The clinic trained 80 nurses in 2025, 35 of them women from Kurram. Kurram's health office now lists 35 female nurses on its rolls.",
        "The district hospital treated 96 wounded after the clash, 14 of them children. UNICEF confirmed that 14 minors were among the injured.",
        "The programme trained 80 nurses, 41 of them now working in Kurram. Kurram's health office counts 41 nurses from the programme on its staff.",
        "The new Torkham terminal has 12 immigration counters, and the FIA has posted 12 immigration officers, one to each counter.",
        "Inspectors visited 14 border schools in Kurram in May and found all 14 of them short of teachers.",
        "Afghan fresh fruit bound for the GCC is trucked through Torkham to Karachi and shipped on to Jebel Ali.",
        "Raisins cleared at Torkham for buyers in the GCC travel on by sea from Karachi.",
        "Trucks of Afghan grapes waited at Torkham for four days, the Japanese aid agency JICA reported.",
        "Concern from Japan over Torkham's repeated closures was raised with Afghan and Pakistani officials at the 2024 donor meeting.",
        "Under the 2024 pilot, tractor parts were carried into Pakistan from Belarus over Torkham, by rail to Termez and by truck through Afghanistan.",
        "Kuchi herders cross between Afghanistan and Pakistan each spring, and some cross between Afghanistan and Tajikistan in the Pamirs.",
        "Wooden dhows still cross between Pakistan and Oman, carrying dates from Muscat to Gwadar.",
        "Some 300 Afghans holding visas for Germany crossed with their bags via Torkham in June and flew on from Islamabad.",
        "Traffic fell at both crossings in 2024, with 900 trucks a day at Torkham compared with 760 at Chaman.",
        "Export earnings rose in 2024 on higher prices, with 1,420 trucks against 1,860 in 2023.",
    ];
    for (i, p) in passages.iter().enumerate() {
        for f in dyad_audit::audit(p, &config) {
            println!("{} {:?}: {}", i, f.check, f.text);
        }
    }
}
