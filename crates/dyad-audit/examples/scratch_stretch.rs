//! scratch: prints each quantity's own stretch via a finding-free path.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable");
    let e = dyad_text::claims::extract(&text);
    for t in &e.tables {
        println!(
            "caption? {:?}",
            t.header.iter().map(|h| h.text.clone()).collect::<Vec<_>>()
        );
    }
    for q in &e.quantities {
        if !q.in_table {
            println!(
                "{:?} unit={} hedge={:?}",
                &text[q.start..q.end],
                q.unit,
                q.hedge
            );
        }
    }
}
