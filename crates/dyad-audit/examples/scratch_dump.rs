//! scratch: prints what the extractor reads in a file.
fn main() {
    let path = std::env::args().nth(1).expect("a file");
    let text = std::fs::read_to_string(path).expect("readable");
    let e = dyad_text::claims::extract(&text);
    for q in &e.quantities {
        println!(
            "Q {:?} value={} unit={} prec={} hedge={:?} table={} unplaced={} sent={}",
            &text[q.start..q.end],
            q.value,
            q.unit,
            q.precision,
            q.hedge,
            q.in_table,
            q.unplaced,
            q.sentence
        );
    }
    for c in &e.changes {
        println!(
            "C {:?} from={} to={} {:?}",
            &text[c.start..c.end],
            c.from,
            c.to,
            c
        );
    }
    for (s, _, y) in &e.years {
        println!("Y {:?} {}", &text[*s..*s + 4.min(text.len() - s)], y);
    }
    for c in &e.citations {
        println!("CIT {:?}", c);
    }
    for t in &e.tables {
        println!(
            "T header={:?}",
            t.header.iter().map(|c| c.text.clone()).collect::<Vec<_>>()
        );
        for r in &t.rows {
            println!(
                "   {:?}",
                r.iter()
                    .map(|c| (c.text.clone(), c.value))
                    .collect::<Vec<_>>()
            );
        }
    }
}
