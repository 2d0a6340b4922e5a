//! Writes synthetic documents for the documents benchmarks: a corpus of Markdown files of policy-style
//! paragraphs (`gen-passages`), and a PDF of many pages with a text layer (`gen-pdf`).
//!
//! Sentences are assembled from fixed pools of phrases with a seeded generator, so the same command writes
//! the same bytes. The phrases mix the codebook's terms (talks, border, trade, refugees, …) with ordinary
//! prose, so that coding finds codes in some passages and none in others, as in real documents; each
//! sentence ends with a few made-up words drawn by Zipf's law from a vocabulary of 20,000, so that words
//! are spread over passages as in real text (a few in most passages, most in few).

use std::io::{BufWriter, Write};
use std::path::Path;

use anyhow::{Context, Result};

const SUBJECTS: [&str; 12] = [
    "Pakistan",
    "Afghanistan",
    "The Taliban authorities",
    "Islamabad",
    "Kabul",
    "The provincial government",
    "The ministry of commerce",
    "UNHCR",
    "The border authorities",
    "A delegation of traders",
    "The committee",
    "Local officials",
];

const VERBS: [&str; 12] = [
    "held talks on",
    "reported a fall in",
    "raised concerns about",
    "proposed a joint mechanism for",
    "announced new rules on",
    "published figures on",
    "accused the other side over",
    "agreed to review",
    "called for cooperation on",
    "postponed a decision on",
    "described progress on",
    "questioned the cost of",
];

const OBJECTS: [&str; 16] = [
    "trade through the Torkham crossing",
    "the return of registered refugees",
    "security along the Durand Line",
    "transit trade under the APTTA",
    "attacks by militants in the border districts",
    "the CASA-1000 power line",
    "humanitarian assistance for displaced families",
    "customs duties on fresh fruit",
    "the schedule of the next meeting",
    "school enrolment in the district",
    "the price of wheat in local markets",
    "a railway corridor to Central Asia",
    "visa rules for students",
    "the rights of women and girls",
    "water sharing on the Kabul river",
    "road repairs after the floods",
];

const TAILS: [&str; 8] = [
    "after weeks of delay",
    "in a statement on Monday",
    "according to officials",
    "without giving a date",
    "as the season began",
    "despite earlier promises",
    "for the third time this year",
    "while observers urged caution",
];

/// Syllables of the made-up words that stand in for a real vocabulary's names and rarer words.
const SYLLABLES: [&str; 24] = [
    "ka", "lo", "mer", "ti", "san", "du", "ra", "vel", "no", "bar", "shi", "pu", "gan", "zo",
    "ret", "mi", "hal", "e", "dor", "qu", "an", "bel", "sto", "ni",
];

/// How many made-up words the vocabulary has; their frequencies follow Zipf's law, as words in real
/// text do, so that a search for a word finds a realistic share of passages rather than a third of them.
const VOCABULARY: usize = 20_000;

/// A seeded sentence generator.
struct Prose {
    rng: fastrand::Rng,
    words: Vec<String>,
    /// The cumulative Zipf weights of `words`, for drawing by rank.
    cumulative: Vec<f64>,
}

impl Prose {
    fn new(seed: u64) -> Prose {
        let words: Vec<String> = (0..VOCABULARY)
            .map(|index| {
                let mut word = String::new();
                let mut rest = index + 24;
                while rest > 0 {
                    word.push_str(SYLLABLES[rest % SYLLABLES.len()]);
                    rest /= SYLLABLES.len();
                }
                word
            })
            .collect();
        let mut total = 0.0;
        let cumulative = (1..=VOCABULARY)
            .map(|rank| {
                total += 1.0 / rank as f64;
                total
            })
            .collect();
        Prose {
            rng: fastrand::Rng::with_seed(seed),
            words,
            cumulative,
        }
    }

    /// A word drawn by Zipf's law.
    fn word(&mut self) -> &str {
        let total = *self.cumulative.last().expect("a vocabulary");
        let at = self.rng.f64() * total;
        let rank = self.cumulative.partition_point(|&c| c < at);
        &self.words[rank.min(VOCABULARY - 1)]
    }

    fn sentence(&mut self) -> String {
        let mut sentence = format!(
            "{} {} {} {}",
            SUBJECTS[self.rng.usize(..SUBJECTS.len())],
            VERBS[self.rng.usize(..VERBS.len())],
            OBJECTS[self.rng.usize(..OBJECTS.len())],
            TAILS[self.rng.usize(..TAILS.len())]
        );
        sentence.push_str(", near");
        for _ in 0..self.rng.usize(3..7) {
            sentence.push(' ');
            let word = self.word().to_string();
            sentence.push_str(&word);
        }
        sentence.push('.');
        sentence
    }

    /// A paragraph of about `chars` characters.
    fn paragraph(&mut self, chars: usize) -> String {
        let mut text = String::new();
        while text.len() < chars {
            if !text.is_empty() {
                text.push(' ');
            }
            text.push_str(&self.sentence());
        }
        text
    }
}

/// Writes `passages` paragraphs of about 500 characters into Markdown files of `per_file` paragraphs each,
/// with front matter (title, date, kind), in `out`.
pub fn passages(out: &Path, passages: u64, per_file: u64) -> Result<()> {
    std::fs::create_dir_all(out).with_context(|| format!("creating `{}`", out.display()))?;
    let mut prose = Prose::new(20_261_202);
    let files = passages.div_ceil(per_file);
    let mut written = 0;
    for file in 0..files {
        let path = out.join(format!("doc-{file:05}.md"));
        let mut writer = BufWriter::new(
            std::fs::File::create(&path)
                .with_context(|| format!("writing `{}`", path.display()))?,
        );
        writeln!(
            writer,
            "---\ntitle: \"Synthetic bulletin {file}\"\ndate: '{}-{:02}-{:02}'\nkind: report\n---\n",
            2021 + file % 5,
            1 + file % 12,
            1 + file % 28
        )?;
        for _ in 0..per_file.min(passages - written) {
            writeln!(writer, "{}\n", prose.paragraph(480))?;
            written += 1;
        }
        writer.flush()?;
    }
    eprintln!(
        "wrote {written} passages in {files} files under {}",
        out.display()
    );
    Ok(())
}

/// Escapes text for a PDF string literal.
fn pdf_string(text: &str) -> String {
    text.chars()
        .filter(char::is_ascii)
        .map(|c| match c {
            '(' => "\\(".to_string(),
            ')' => "\\)".to_string(),
            '\\' => "\\\\".to_string(),
            c => c.to_string(),
        })
        .collect()
}

/// Writes a PDF of `pages` pages, each with a running header, about 40 lines of body text and a page
/// number, in Helvetica (a standard font, so no font is embedded).
pub fn pdf(out: &Path, pages: u64) -> Result<()> {
    let mut prose = Prose::new(20_210_815);
    let mut objects: Vec<String> = Vec::new();
    // 1: catalog, 2: pages, 3: font; then each page and its content stream.
    objects.push("<< /Type /Catalog /Pages 2 0 R >>".to_string());
    let kids: Vec<String> = (0..pages).map(|p| format!("{} 0 R", 4 + 2 * p)).collect();
    objects.push(format!(
        "<< /Type /Pages /Kids [{}] /Count {pages} >>",
        kids.join(" ")
    ));
    objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>".to_string());
    for page in 0..pages {
        let mut content =
            String::from("BT /F1 9 Tf 72 770 Td (Synthetic report on the border economy) Tj ET\n");
        let mut y = 740;
        let body = prose.paragraph(3200);
        let mut line = String::new();
        for word in body.split(' ') {
            if line.len() + word.len() > 90 {
                content.push_str(&format!(
                    "BT /F1 10 Tf 72 {y} Td ({}) Tj ET\n",
                    pdf_string(&line)
                ));
                y -= 14;
                line.clear();
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        content.push_str(&format!(
            "BT /F1 10 Tf 72 {y} Td ({}) Tj ET\n",
            pdf_string(&line)
        ));
        content.push_str(&format!("BT /F1 9 Tf 300 40 Td ({}) Tj ET\n", page + 1));
        objects.push(format!(
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 3 0 R >> >> /Contents {} 0 R >>",
            5 + 2 * page
        ));
        objects.push(format!(
            "<< /Length {} >>\nstream\n{content}endstream",
            content.len()
        ));
    }
    let mut bytes: Vec<u8> = b"%PDF-1.4\n".to_vec();
    let mut offsets = Vec::with_capacity(objects.len());
    for (index, object) in objects.iter().enumerate() {
        offsets.push(bytes.len());
        bytes.extend_from_slice(format!("{} 0 obj\n{object}\nendobj\n", index + 1).as_bytes());
    }
    let xref = bytes.len();
    bytes.extend_from_slice(
        format!("xref\n0 {}\n0000000000 65535 f \n", objects.len() + 1).as_bytes(),
    );
    for offset in offsets {
        bytes.extend_from_slice(format!("{offset:010} 00000 n \n").as_bytes());
    }
    bytes.extend_from_slice(
        format!(
            "trailer\n<< /Size {} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n",
            objects.len() + 1
        )
        .as_bytes(),
    );
    if let Some(parent) = out.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(out, bytes).with_context(|| format!("writing `{}`", out.display()))?;
    eprintln!("wrote a PDF of {pages} pages to {}", out.display());
    Ok(())
}
