//! Support code for twin's own tests, benchmarks, examples and fuzz targets — not part of
//! twin's interface, and free to change with them.
//!
//! One seeded random number generator ([`Rng`]) and one generator of realistic profiles
//! ([`write_profiles`], [`generated`]) serve the tests, `benches/`, `examples/gen.rs` and
//! `examples/solve_stats.rs`; [`workbook`] builds spreadsheets in memory; [`fuzz`] holds the
//! bodies of the fuzz targets, so that `tests/cli/fuzz_regressions.rs` replays their seeds
//! with the targets' own decoding and checks; [`listing`] names a folder's files. Unit tests
//! also get, from `strategies` (`#[cfg(test)]`, proptest being a dev-dependency), the random
//! datasets and scorings `arb_dataset` and `arb_scoring`, and `dataset`, a dataset from a few
//! literal rows.

pub mod fuzz;
mod profiles;
mod rng;
#[cfg(test)]
mod strategies;
pub mod workbook;

use std::path::Path;

pub use profiles::{generated, write_profiles};
pub use rng::Rng;
#[cfg(test)]
pub(crate) use strategies::{arb_dataset, arb_scoring, dataset, planned};

/// The names of the files in folder `dir`, sorted (for tests of what a folder holds).
pub fn listing(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| {
            e.expect("a folder entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    names.sort();
    names
}
