//! A seeded generator of realistic group profiles, for benchmarks and tests.
//!
//! `cargo run --release --example gen -- 10000 42 > big.csv` writes 10,000 groups in the
//! countries where AIC works, each with its country's main language, some of its other languages, and
//! now and then English, French or Spanish as a second working language, 1–5 themes weighted towards the
//! common ones, and a capacity mix (mostly 1, some 2–3, a few 0). Same arguments, same file.

use std::io::{BufWriter, Write};

/// Countries with the languages their groups use (first = most common).
const COUNTRIES: &[(&str, &[&str])] = &[
    ("FR", &["fr"]),
    ("BE", &["fr", "nl"]),
    ("ES", &["es", "ca"]),
    ("IT", &["it", "fr"]),
    ("PT", &["pt", "es"]),
    ("PL", &["pl", "en"]),
    ("SK", &["sk", "en"]),
    ("DE", &["de", "en"]),
    ("IE", &["en"]),
    ("US", &["en", "es"]),
    ("MX", &["es"]),
    ("GT", &["es"]),
    ("CO", &["es"]),
    ("PE", &["es", "qu"]),
    ("BO", &["es", "qu", "ay"]),
    ("PY", &["es", "gn"]),
    ("AR", &["es", "it"]),
    ("BR", &["pt", "es"]),
    ("HT", &["fr", "ht"]),
    ("MG", &["fr", "mg"]),
    ("CD", &["fr", "ln", "sw"]),
    ("RW", &["fr", "rw", "en"]),
    ("CM", &["fr", "en"]),
    ("CI", &["fr"]),
    ("ET", &["am", "en"]),
    ("EG", &["ar", "fr"]),
    ("LB", &["ar", "fr", "en"]),
    ("PH", &["en", "tl"]),
    ("ID", &["id", "en"]),
    ("TH", &["th", "en"]),
    ("IN", &["en", "hi"]),
    ("CN", &["zh", "en"]),
];

const THEMES: &[&str] = &[
    "food-security",
    "gender-equality",
    "education-access",
    "health",
    "housing",
    "elderly",
    "children-youth",
    "migrants-refugees",
    "income-generation",
    "water-sanitation",
    "disability",
    "prison-visiting",
    "homelessness",
    "violence-against-women",
    "literacy",
    "vocational-training",
    "disaster-relief",
    "environment",
    "advocacy",
    "family-support",
];

/// xorshift64*: small, fast, and the same sequence on every machine.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    /// An index in 0..n where smaller indices are more likely.
    fn skewed(&mut self, n: usize) -> usize {
        self.below(n).min(self.below(n))
    }
}

#[allow(dead_code)] // benches include this file for `generate` only
fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(42);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    generate(count, seed, &mut out).expect("writing to standard output");
}

/// Writes `count` generated profiles as CSV; the same `seed` gives the same bytes.
pub fn generate(count: usize, seed: u64, out: &mut impl Write) -> std::io::Result<()> {
    let mut rng = Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1);
    writeln!(out, "id,name,country,languages,themes,capacity")?;
    for i in 0..count {
        let (country, langs) = COUNTRIES[rng.below(COUNTRIES.len())];
        // The country's main language, each other one half the time, and now and then a
        // second working language from elsewhere.
        let mut languages = vec![langs[0]];
        for &l in &langs[1..] {
            if rng.below(2) == 0 {
                languages.push(l);
            }
        }
        if rng.below(4) == 0 {
            let extra = ["en", "fr", "es"][rng.below(3)];
            if !languages.contains(&extra) {
                languages.push(extra);
            }
        }
        let n_themes = 1 + rng.below(5);
        let mut themes: Vec<&str> = Vec::new();
        while themes.len() < n_themes {
            let t = THEMES[rng.skewed(THEMES.len())];
            if !themes.contains(&t) {
                themes.push(t);
            }
        }
        let capacity = match rng.below(20) {
            0 => 0,
            1..=3 => 2,
            4 => 3,
            _ => 1,
        };
        writeln!(
            out,
            "G{i:06},Group {i} {country},{country},{},{},{capacity}",
            languages.join(";"),
            themes.join(";")
        )?;
    }
    Ok(())
}

/// `count` generated profiles, parsed and validated as twin reads them, with the default
/// configuration (for benchmarks and diagnostics, which include this file).
#[allow(dead_code)]
pub fn dataset(count: usize, seed: u64) -> (twin::model::dataset::Dataset, twin::settings::Config) {
    use twin::input::{Format, Loaded, ReadOptions, parse_bytes};
    let mut csv = Vec::new();
    generate(count, seed, &mut csv).expect("in memory");
    let config = twin::settings::Config::default_config();
    let mut loaded = Loaded::default();
    let options = ReadOptions::default();
    parse_bytes("gen.csv", &csv, Format::Csv(b','), &options, &mut loaded);
    let validated = twin::model::dataset::validate(loaded.records, &config.reference);
    assert!(
        validated.problems.is_empty(),
        "generated profiles are valid"
    );
    (validated.dataset, config)
}
