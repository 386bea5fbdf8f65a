//! Writes seeded, realistic group profiles as CSV, for benchmarks and tests.
//!
//! `cargo run --release --example gen -- 10000 42 > big.csv` writes 10,000 groups (default:
//! 1000 groups, seed 42) from `twin::testkit::write_profiles`: groups in the countries where
//! AIC works, each with its country's main language, some of its other languages, and now and
//! then English, French or Spanish as a second working language, 1–5 themes weighted towards
//! the common ones, and a capacity mix (mostly 1, some 2–3, a few 0). Same arguments, same file.

use std::io::BufWriter;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let count: usize = args.first().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed: u64 = args.get(1).and_then(|a| a.parse().ok()).unwrap_or(42);
    let stdout = std::io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    twin::testkit::write_profiles(count, seed, &mut out).expect("writing to standard output");
}
