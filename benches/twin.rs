//! Benchmarks (divan): the scoring kernel against the reference scorer, per-group top-k,
//! and both plan methods, on generated profiles (`twin::testkit::generated`, the profiles
//! `examples/gen.rs` prints) at several sizes.
//!
//! `cargo bench` runs them all; `cargo bench -- topk` a subset. Every fast path is timed
//! beside its baseline in the same run, because this machine is noisy.

use twin::internals::model::Dataset;
use twin::internals::plan::{Method, PlanOptions};
use twin::internals::score::{Kernel, all_pairs_checksum};
use twin::internals::score::{eligible, score};
use twin::internals::settings::Config;

fn main() {
    divan::main();
}

/// `n` generated profiles, validated.
fn dataset(n: usize) -> (Dataset, Config) {
    twin::testkit::generated(n, 42)
}

/// Every pair scored by the reference path (`score::eligible` + `score::score`).
#[divan::bench(args = [1_000, 3_000])]
fn all_pairs_reference(bencher: divan::Bencher, n: usize) {
    let (ds, config) = dataset(n);
    let s = &config.scoring;
    bencher.bench(|| {
        let g = &ds.groups;
        let mut sum = 0u64;
        for a in 0..g.len() {
            for b in a + 1..g.len() {
                if eligible(&g[a], a, &g[b], b, &s.rules) {
                    sum += u64::from(score(&g[a], &g[b], s));
                }
            }
        }
        sum
    });
}

/// Every pair scored by the kernel (same results, tested in src/score/kernel.rs).
#[divan::bench(args = [1_000, 3_000])]
fn all_pairs_kernel(bencher: divan::Bencher, n: usize) {
    let (ds, config) = dataset(n);
    let kernel = Kernel::new(&ds, &config.scoring).expect("few languages");
    bencher.bench(|| all_pairs_checksum(&kernel));
}

/// Each group's best 10, reference path: one sorted candidate list per group.
#[divan::bench(args = [1_000, 3_000])]
fn top10_reference(bencher: divan::Bencher, n: usize) {
    let (ds, config) = dataset(n);
    bencher.bench(|| {
        (0..ds.groups.len())
            .map(|g| {
                let mut c = twin::internals::candidates::candidates(&ds, &config.scoring, g, 0);
                c.truncate(10);
                c
            })
            .collect::<Vec<_>>()
    });
}

/// Each group's best 10 by scoring every pair once (blocks by language, bounded heaps,
/// rayon): the previous default, baseline for the index.
#[divan::bench(args = [1_000, 3_000, 10_000, 30_000], sample_count = 20)]
fn top10_scan(bencher: divan::Bencher, n: usize) {
    let (ds, config) = dataset(n);
    bencher.bench(|| {
        twin::internals::candidates::top_candidates_scan(&ds, &config.scoring, 10, 0, &|_, _| {})
    });
}

/// Each group's best 10 from the profile index (what `match --per-group` runs from
/// `INDEX_FROM` groups on).
#[divan::bench(args = [1_000, 3_000, 10_000, 30_000], sample_count = 20)]
fn top10_index(bencher: divan::Bencher, n: usize) {
    let (ds, config) = dataset(n);
    let kernel = Kernel::new(&ds, &config.scoring).expect("few languages");
    bencher.bench(|| {
        twin::internals::candidates::top_candidates_index(
            &ds,
            &config.scoring,
            &kernel,
            10,
            0,
            &|_, _| {},
        )
    });
}

/// The optimal plan (exact b-matching over every eligible pair).
#[divan::bench(args = [200, 800, 2_500], sample_count = 5)]
fn assign_optimal(bencher: divan::Bencher, n: usize) {
    let (ds, config) = dataset(n);
    let opts = PlanOptions {
        method: Method::Optimal,
        max_cardinality: false,
    };
    bencher.bench(|| twin::internals::plan::choose(&ds, &config.scoring, &opts).unwrap());
}

/// The stable plan: the all-pairs greedy (baseline) and the lazy greedy.
#[divan::bench(args = [1_000, 3_000], sample_count = 5)]
fn assign_stable_all_pairs(bencher: divan::Bencher, n: usize) {
    let (ds, config) = dataset(n);
    let opts = PlanOptions {
        method: Method::Stable,
        max_cardinality: false,
    };
    bencher
        .bench(|| twin::internals::plan::choose_exhaustive(&ds, &config.scoring, &opts).unwrap());
}

#[divan::bench(args = [1_000, 3_000, 10_000, 30_000], sample_count = 5)]
fn assign_stable_lazy(bencher: divan::Bencher, n: usize) {
    let (ds, config) = dataset(n);
    bencher.bench(|| twin::internals::plan::stable_plan(&ds, &config.scoring));
}
