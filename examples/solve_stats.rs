//! Diagnostic: times the optimal solver on generated profiles (`twin::testkit::generated`,
//! the profiles `examples/gen.rs` prints) and prints its statistics.
//! `cargo run --release --example solve_stats -- N [SEED]`
use std::time::Instant;

fn main() {
    let mut args = std::env::args().skip(1);
    let n: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(1000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(42);
    let (ds, config) = twin::testkit::generated(n, seed);
    let t = Instant::now();
    let (edges, _) = twin::internals::plan::edges(&ds, &config.scoring);
    let capacity: Vec<u32> = ds.groups.iter().map(|g| g.capacity).collect();
    eprintln!("edges {} in {:?}", edges.len(), t.elapsed());
    let t = Instant::now();
    let (plan, stats) = twin::internals::plan::max_weight_b_matching_with_stats(
        ds.groups.len(),
        &capacity,
        &edges,
        false,
    );
    let total: i64 = plan.iter().map(|&e| edges[e].weight).sum();
    eprintln!(
        "solve {:?}: {} pairs, total {}, {:?}",
        t.elapsed(),
        plan.len(),
        total,
        stats
    );
}
