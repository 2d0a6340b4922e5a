//! scratch: audits a file and prints the findings.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable");
    let config = dyad_audit::AuditConfig::for_pair(dyad_model::pair::Pair {
        first: "PAK".to_string(),
        second: "AFG".to_string(),
    });
    for f in dyad_audit::audit(&text, &config) {
        println!("{:?}", f);
    }
}
