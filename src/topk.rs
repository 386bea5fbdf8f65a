//! Every group's best k candidates, fast: all pairs scored once with the [`Kernel`], in
//! parallel (rayon), keeping a bounded heap of k per group. Memory is O(N·k), never O(N²).
//!
//! The result is the same as [`rank::candidates`](crate::rank::candidates) truncated to k, for
//! any thread count: heaps keep the best k under a total order (score, then id), so the set
//! kept does not depend on the order pairs are seen in.

use rayon::prelude::*;

use crate::dataset::Dataset;
use crate::kernel::Kernel;
use crate::rank::{Pair, candidates};
use crate::score::{Hundredths, Scoring};

/// Rows per work unit; a unit pairs a row block from the start with one from the end so
/// every unit of the triangular loop has the same amount of work.
const BLOCK: usize = 32;

/// For every group, its best `k` eligible candidates scoring at least `min_score`, best
/// first (each pair's `a` is the group).
pub fn top_candidates(
    ds: &Dataset,
    scoring: &Scoring,
    k: usize,
    min_score: Hundredths,
) -> Vec<Vec<Pair>> {
    let n = ds.groups.len();
    if k == 0 || n == 0 {
        return vec![Vec::new(); n];
    }
    let Some(kernel) = Kernel::new(ds, scoring) else {
        // More languages than the kernel packs: the reference path, one group at a time.
        return (0..n)
            .map(|g| {
                let mut c = candidates(ds, scoring, g, min_score);
                c.truncate(k);
                c
            })
            .collect();
    };
    let blocks = n.div_ceil(BLOCK);
    let units = blocks.div_ceil(2);
    // Few, large accumulators: each holds heaps for all N groups.
    let min_len = units.div_ceil(4 * rayon::current_num_threads()).max(1);
    let heaps = (0..units)
        .into_par_iter()
        .with_min_len(min_len)
        .fold(
            || Heaps::new(n, k),
            |mut heaps, unit| {
                let first = unit;
                let last = blocks - 1 - unit;
                for block in if first == last {
                    vec![first]
                } else {
                    vec![first, last]
                } {
                    for a in block * BLOCK..((block + 1) * BLOCK).min(n) {
                        scan_row(&kernel, a, min_score, &mut heaps);
                    }
                }
                heaps
            },
        )
        .reduce_with(Heaps::merge)
        .unwrap_or_else(|| Heaps::new(n, k));
    (0..n).map(|g| heaps.sorted(g)).collect()
}

/// Scores `a` against every later group, offering each eligible pair to both heaps.
#[inline]
fn scan_row(kernel: &Kernel, a: usize, min_score: Hundredths, heaps: &mut Heaps) {
    if !kernel.available(a) {
        return;
    }
    for b in a + 1..kernel.len() {
        if let Some(score) = kernel.pair(a, b) {
            if score >= min_score {
                heaps.offer(a, key(score, b));
                heaps.offer(b, key(score, a));
            }
        }
    }
}

/// Candidates are compared as one u64: higher score first, then smaller id.
#[inline(always)]
fn key(score: Hundredths, other: usize) -> u64 {
    (u64::from(score) << 32) | u64::from(u32::MAX - other as u32)
}

fn unkey(group: usize, key: u64) -> Pair {
    Pair {
        a: group,
        b: (u32::MAX - (key as u32)) as usize,
        score: (key >> 32) as Hundredths,
    }
}

/// One bounded min-heap of keys per group, stored flat: the root is the worst kept.
struct Heaps {
    k: usize,
    keys: Vec<u64>,
    len: Vec<u32>,
}

impl Heaps {
    fn new(n: usize, k: usize) -> Self {
        Self {
            k,
            keys: vec![0; n * k],
            len: vec![0; n],
        }
    }

    #[inline]
    fn offer(&mut self, g: usize, key: u64) {
        let k = self.k;
        let len = self.len[g] as usize;
        let heap = &mut self.keys[g * k..(g + 1) * k];
        if len < k {
            // Sift up.
            let mut i = len;
            heap[i] = key;
            while i > 0 {
                let parent = (i - 1) / 2;
                if heap[parent] <= heap[i] {
                    break;
                }
                heap.swap(parent, i);
                i = parent;
            }
            self.len[g] += 1;
        } else if key > heap[0] {
            // Replace the worst and sift down.
            heap[0] = key;
            let mut i = 0;
            loop {
                let (l, r) = (2 * i + 1, 2 * i + 2);
                let mut smallest = i;
                if l < k && heap[l] < heap[smallest] {
                    smallest = l;
                }
                if r < k && heap[r] < heap[smallest] {
                    smallest = r;
                }
                if smallest == i {
                    break;
                }
                heap.swap(i, smallest);
                i = smallest;
            }
        }
    }

    fn merge(mut self, other: Heaps) -> Heaps {
        for g in 0..self.len.len() {
            let k = self.k;
            for i in 0..other.len[g] as usize {
                self.offer(g, other.keys[g * k + i]);
            }
        }
        self
    }

    fn sorted(&self, g: usize) -> Vec<Pair> {
        let k = self.k;
        let mut keys = self.keys[g * k..g * k + self.len[g] as usize].to_vec();
        keys.sort_unstable_by(|a, b| b.cmp(a));
        keys.into_iter().map(|key| unkey(g, key)).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::kernel::tests::{arb_dataset, arb_scoring};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn equals_the_reference_candidates(
            ds in arb_dataset(80), s in arb_scoring(), k in 1usize..6, min in 0u32..4000
        ) {
            let fast = top_candidates(&ds, &s, k, min);
            for (g, list) in fast.iter().enumerate() {
                let mut expected = candidates(&ds, &s, g, min);
                expected.truncate(k);
                prop_assert_eq!(list, &expected, "group {}", g);
            }
        }
    }

    #[test]
    fn the_same_for_any_thread_count() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let ds = arb_dataset(300).new_tree(&mut runner).unwrap().current();
        let s = crate::config::Config::default_config().scoring;
        let results: Vec<_> = [1, 2, 3]
            .iter()
            .map(|&t| {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(t)
                    .build()
                    .unwrap();
                pool.install(|| top_candidates(&ds, &s, 4, 0))
            })
            .collect();
        assert!(results.iter().any(|r| r.iter().any(|l| !l.is_empty())));
        assert_eq!(results[0], results[1]);
        assert_eq!(results[0], results[2]);
    }
}
