//! The fast paths for a whole dataset: every group's best k candidates
//! ([`top_candidates`]), the best pairs overall, best first and a batch at a time
//! ([`pairs_after`], [`BestFirst`]), the number of eligible pairs ([`count_pairs`]), and one
//! group's row (`row_candidates`, in tests). From [`INDEX_FROM`] groups on they walk the
//! [`ProfileIndex`]; below, every pair is scored once with the [`Kernel`], in parallel
//! (rayon), groups packed by language set so that blocks sharing no language are skipped,
//! keeping bounded heaps (memory O(threads · N · k), never O(N²)).
//!
//! The results are those of [`reference`](crate::candidates::reference) (truncated), for
//! any thread count: heaps keep the best under the total order of
//! [`order`](crate::candidates::order), so what they keep does not depend on the order
//! pairs are seen in.

use std::ops::Range;

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::candidates::best::BestCandidates;
use crate::candidates::census::Census;
use crate::candidates::heaps::{Heaps, PairHeap};
use crate::candidates::index::ProfileIndex;
use crate::candidates::order::Pair;
use crate::candidates::order::{key, pair_key, unpair_key};
use crate::candidates::reference::candidates;
use crate::model::dataset::Dataset;
use crate::score::kernel::{Kernel, with_popcnt};
use crate::score::{Hundredths, Scoring};

/// Rows per work unit: small enough for rayon to balance uneven blocks.
const ROWS_PER_UNIT: usize = 64;

/// One piece of work: rows `rows` of block `a` against block `b` (positions in the kernel);
/// when `a == b`, each row only against the later rows, so every pair is seen once.
struct Unit {
    rows: Range<usize>,
    block_a: Range<usize>,
    block_b: Range<usize>,
}

impl Unit {
    /// Roughly how many pairs the unit scores.
    fn work(&self) -> usize {
        if self.block_a == self.block_b {
            self.rows.len() * (self.block_b.end - self.rows.start)
        } else {
            self.rows.len() * self.block_b.len()
        }
    }
}

/// For every group, its best `k` eligible candidates scoring at least `min_score`, best
/// first (each pair's `a` is the group). From [`INDEX_FROM`] groups on, from the
/// [`ProfileIndex`] (each group's walk visits only the theme sets that may hold its best
/// candidates); below, scoring every pair once is faster ([`top_candidates_scan`]). Both
/// give the same lists (tested).
pub(crate) fn top_candidates(
    ds: &Dataset,
    scoring: &Scoring,
    k: usize,
    min_score: Hundredths,
) -> Vec<Vec<Pair>> {
    top_candidates_with(ds, scoring, k, min_score, &|_, _| {})
}

/// [`top_candidates`], calling `progress(done, total)` as work completes (from any thread;
/// for a progress bar).
pub(crate) fn top_candidates_with(
    ds: &Dataset,
    scoring: &Scoring,
    k: usize,
    min_score: Hundredths,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Vec<Vec<Pair>> {
    let n = ds.groups.len();
    match Kernel::new(ds, scoring) {
        Some(kernel) if n >= INDEX_FROM => {
            top_candidates_index(ds, scoring, &kernel, k, min_score, progress)
        }
        _ => top_candidates_scan(ds, scoring, k, min_score, progress),
    }
}

/// From how many groups [`top_candidates`] uses the profile index: where the two paths
/// cross on generated profiles (best 10 per group, 10,000 groups: index 77 ms, scan 71 ms;
/// 30,000 groups: index 252 ms, scan 527 ms; 100,000: 2.2 s against 6.8 s end to end).
pub(crate) const INDEX_FROM: usize = 12_000;

/// [`top_candidates`] from the profile index: every group's walk, in parallel; the groups
/// of one theme set share the order their walks visit the index in. Groups the census
/// finds without any eligible partner get an empty list without a walk. `kernel` is
/// packed in dataset order ([`Kernel::new`]).
pub fn top_candidates_index(
    ds: &Dataset,
    scoring: &Scoring,
    kernel: &Kernel,
    k: usize,
    min_score: Hundredths,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Vec<Vec<Pair>> {
    let n = ds.groups.len();
    let every: Vec<usize> = (0..n).collect();
    let done = AtomicUsize::new(0);
    let tick = || progress(done.fetch_add(1, Ordering::Relaxed) as u64 + 1, n as u64);
    BestCandidates::new(ds, scoring, kernel).of(ds, &every, k, min_score, &tick)
}

/// [`top_candidates`] by scoring every pair once: the previous default, kept as a baseline
/// for the benchmarks and an independent oracle for the tests.
///
/// Groups are laid out by language set, and when the common-language rule is on, blocks of
/// groups with no language in common are skipped whole: with a handful of working
/// languages that is half of all pairs never looked at.
pub fn top_candidates_scan(
    ds: &Dataset,
    scoring: &Scoring,
    k: usize,
    min_score: Hundredths,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Vec<Vec<Pair>> {
    let n = ds.groups.len();
    // No group has more candidates than there are groups: the heaps hold at most that.
    let k = k.min(n);
    if k == 0 || n == 0 {
        return vec![Vec::new(); n];
    }
    let Some(identity) = Kernel::new(ds, scoring) else {
        // More languages than the kernel packs: the reference path, one group at a time.
        return (0..n)
            .map(|g| {
                let mut c = candidates(ds, scoring, g, min_score);
                c.truncate(k);
                c
            })
            .collect();
    };
    let kernel = by_languages(ds, scoring, &identity);
    // Each thread has its own heaps for every packed group: memory O(threads · N · k).
    let per_thread = each_row(
        &kernel,
        scoring,
        || Heaps::new(kernel.len(), k),
        |heaps, a, others| {
            with_popcnt(
                #[inline(always)]
                || scan(&kernel, a, others, min_score, heaps),
            )
        },
        progress,
    );
    let heaps = per_thread
        .into_iter()
        .reduce(Heaps::merge)
        .unwrap_or_else(|| Heaps::new(kernel.len(), k));

    let mut out = vec![Vec::new(); n];
    for p in 0..kernel.len() {
        out[kernel.group(p)] = heaps.sorted(kernel.group(p), p);
    }
    out
}

/// The best `n` eligible pairs overall (each once, `a < b`), best first: the same as
/// [`all_pairs`](crate::candidates::reference::all_pairs) truncated to `n`, without holding every pair. A
/// pair among the best `n` overall is among the best `n` of each of its groups (the
/// per-group order is the overall order restricted to the group), so the union of the
/// per-group lists holds them all.
pub(crate) fn top_pairs(
    ds: &Dataset,
    scoring: &Scoring,
    n: usize,
    min_score: Hundredths,
) -> Vec<Pair> {
    let mut pairs: Vec<Pair> = top_candidates(ds, scoring, n, min_score)
        .into_iter()
        .flatten()
        .filter(|p| p.a < p.b)
        .collect();
    pairs.sort_by(crate::candidates::order::best_first);
    pairs.truncate(n);
    pairs
}

/// The best `k` eligible candidates of each of `groups` (dataset indices), best first, in
/// the order of `groups`, in parallel: the lists [`top_candidates`] gives for them, in
/// memory O(|groups| · k) whatever the size of the dataset (for output in chunks).
/// `index` indexes every group of the dataset the capacity rule lets into pairs.
pub(crate) fn candidates_of(
    ds: &Dataset,
    scoring: &Scoring,
    best: Option<&BestCandidates>,
    groups: &[usize],
    k: usize,
    min_score: Hundredths,
) -> Vec<Vec<Pair>> {
    use rayon::prelude::*;
    let k = k.min(ds.groups.len());
    match best {
        Some(best) => best.of(ds, groups, k, min_score, &|| {}),
        None => groups
            .par_iter()
            .map(|&g| {
                let mut list = candidates(ds, scoring, g, min_score);
                list.truncate(k);
                list
            })
            .collect(),
    }
}

/// The best `n` eligible pairs (each once, `a < b`) scoring at least `min_score` among those
/// ranked after `after` (a [`pair_key`]; `u128::MAX`: from the best), best first: one pass
/// over every pair, in parallel, each thread keeping its best `n` (memory O(threads · n),
/// never more than the pairs found). Calling it again after the last pair returned gives
/// the next pairs: that is how every pair is listed in bounded memory ([`BestFirst`]).
///
/// # Complexity
/// O(N² + m log n) time for N groups and m pairs kept on the way.
pub(crate) fn pairs_after(
    ds: &Dataset,
    scoring: &Scoring,
    n: usize,
    min_score: Hundredths,
    after: u128,
) -> Vec<Pair> {
    if n == 0 {
        return Vec::new();
    }
    let best = match Kernel::new(ds, scoring) {
        Some(kernel) if ds.groups.len() >= INDEX_FROM && n <= INDEX_PAIRS => {
            pairs_after_index(ds, scoring, &kernel, n, min_score, after)
        }
        Some(identity) => {
            let kernel = by_languages(ds, scoring, &identity);
            let per_thread = each_row(
                &kernel,
                scoring,
                || PairHeap::new(n),
                |heap, a, others| {
                    with_popcnt(
                        #[inline(always)]
                        || scan_pairs(&kernel, a, others, min_score, after, heap),
                    )
                },
                &|_, _| {},
            );
            per_thread
                .into_iter()
                .reduce(PairHeap::merge)
                .unwrap_or_else(|| PairHeap::new(n))
        }
        None => {
            // More languages than the kernel packs: the reference scorer, pair by pair.
            let g = &ds.groups;
            let mut heap = PairHeap::new(n);
            for a in 0..g.len() {
                for b in a + 1..g.len() {
                    if crate::score::eligible(&g[a], a, &g[b], b, &scoring.rules) {
                        let score = crate::score::score(&g[a], &g[b], scoring);
                        let key = pair_key(&Pair { a, b, score });
                        if score >= min_score && key < after {
                            heap.offer(key);
                        }
                    }
                }
            }
            heap
        }
    }
    .into_best_first();
    best.into_iter().map(unpair_key).collect()
}

/// Up to how many pairs [`pairs_after`] walks the index (on [`INDEX_FROM`] groups or more):
/// its walks stop early only once the threads hold that many pairs, so for large batches one
/// pass over every pair is faster (100,000 generated groups: the best 20,000 pairs from the
/// index in about 4 s; 2,000,000 took over a minute).
pub(crate) const INDEX_PAIRS: usize = 100_000;

/// How many eligible pairs (each once) score at least `min_score`, without holding them:
/// from the census when it can count them (every eligible pair scores at least 0.01 and
/// `min_score` asks no more), else by scoring every pair, in parallel.
pub(crate) fn count_pairs(ds: &Dataset, scoring: &Scoring, min_score: Hundredths) -> u64 {
    use rayon::prelude::*;
    let n = ds.groups.len();
    let Some(kernel) = Kernel::new(ds, scoring) else {
        let g = &ds.groups;
        return (0..n)
            .into_par_iter()
            .map(|a| {
                (a + 1..n)
                    .filter(|&b| {
                        crate::score::eligible(&g[a], a, &g[b], b, &scoring.rules)
                            && crate::score::score(&g[a], &g[b], scoring) >= min_score
                    })
                    .count() as u64
            })
            .sum();
    };
    if min_score <= 1 {
        let census = Census::new(ds, &kernel, scoring);
        let counted: Option<u64> = (0..n)
            .map(|g| census.partners(ds, &kernel, g).map(|p| p as u64))
            .sum();
        if let Some(twice) = counted {
            // Each pair is counted from both of its groups.
            return twice / 2;
        }
    }
    (0..n)
        .into_par_iter()
        .map(|a| {
            (a + 1..n)
                .filter(|&b| kernel.pair(a, b).is_some_and(|s| s >= min_score))
                .count() as u64
        })
        .sum()
}

/// [`pairs_after`] from the [`ProfileIndex`]: every group walks its candidates of larger id,
/// best bound first, and stops where the bound falls below the score of the `n`-th best
/// pair any thread holds (shared between the threads as it rises), so the first batches
/// visit only the top of the index. `kernel` is packed in dataset order.
pub(crate) fn pairs_after_index(
    ds: &Dataset,
    scoring: &Scoring,
    kernel: &Kernel,
    n: usize,
    min_score: Hundredths,
    after: u128,
) -> PairHeap {
    let groups = ds.groups.len();
    let index = ProfileIndex::new(kernel, (0..groups).filter(|&g| kernel.available(g)));
    let census = Census::new(ds, kernel, scoring);
    let mut todo: Vec<usize> = (0..groups)
        .filter(|&g| kernel.available(g) && census.partners(ds, kernel, g) != Some(0))
        .collect();
    // Groups of one theme set share their visit order: walk them one after the other.
    todo.sort_unstable_by_key(|&g| (index.themes_of(g), g));
    let runs: Vec<&[usize]> = todo
        .chunk_by(|&a, &b| index.themes_of(a) == index.themes_of(b))
        .collect();
    let next = AtomicUsize::new(0);
    let floor = std::sync::atomic::AtomicU32::new(0);
    let per_thread = rayon::broadcast(|_| {
        let mut heap = PairHeap::new(n);
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(run) = runs.get(i) else { break };
            let order = index.visit_order(run[0]);
            for &g in run.iter() {
                index.walk_pairs(g, &order, min_score, after, &floor, &mut heap);
                // A full heap's worst score bounds the n-th best pair from below.
                if heap.worst() != 0 {
                    floor.fetch_max((heap.worst() >> 64) as Hundredths, Ordering::Relaxed);
                }
            }
        }
        heap
    });
    per_thread
        .into_iter()
        .reduce(PairHeap::merge)
        .unwrap_or_else(|| PairHeap::new(n))
}

/// Scores position `a` against positions `others`, offering each eligible pair ranked after
/// `after` to `heap`.
#[inline(always)]
fn scan_pairs(
    kernel: &Kernel,
    a: usize,
    others: Range<usize>,
    min_score: Hundredths,
    after: u128,
    heap: &mut PairHeap,
) {
    let group_a = kernel.group(a);
    for b in others {
        let (eligible, score) = kernel.pair_parts(a, b);
        let group_b = kernel.group(b);
        let (x, y) = (group_a.min(group_b), group_a.max(group_b));
        let key = pair_key(&Pair { a: x, b: y, score });
        // Key 0 is never kept: a pair not wanted is offered as 0 instead of branching.
        let keep = u128::from(eligible & (score >= min_score) & (key < after));
        heap.offer(key * keep);
    }
}

/// Every eligible pair scoring at least `min_score` (at most `limit` of them), best first,
/// computed a batch at a time with [`pairs_after`]: memory O(threads · batch) whatever the
/// number of pairs, at the cost of one pass over all pairs per batch. Batches start small
/// (the first rows come after one quick pass) and grow ×4 up to `max_batch`.
pub(crate) struct BestFirst<'a> {
    ds: &'a Dataset,
    scoring: &'a Scoring,
    min_score: Hundredths,
    /// The key of the last pair fetched.
    after: u128,
    batch: usize,
    max_batch: usize,
    /// Pairs still to fetch.
    left: usize,
    fetched: std::vec::IntoIter<Pair>,
    done: bool,
}

impl<'a> BestFirst<'a> {
    /// The first `limit` pairs (`usize::MAX`: all), in batches of `first_batch` growing to
    /// `max_batch`.
    pub(crate) fn new(
        ds: &'a Dataset,
        scoring: &'a Scoring,
        min_score: Hundredths,
        limit: usize,
        first_batch: usize,
        max_batch: usize,
    ) -> Self {
        Self {
            ds,
            scoring,
            min_score,
            after: u128::MAX,
            batch: first_batch.clamp(1, max_batch.max(1)),
            max_batch: max_batch.max(1),
            left: limit,
            fetched: Vec::new().into_iter(),
            done: limit == 0,
        }
    }
}

impl Iterator for BestFirst<'_> {
    type Item = Pair;

    fn next(&mut self) -> Option<Pair> {
        loop {
            if let Some(p) = self.fetched.next() {
                return Some(p);
            }
            if self.done {
                return None;
            }
            let want = self.batch.min(self.left);
            let got = pairs_after(self.ds, self.scoring, want, self.min_score, self.after);
            self.left -= got.len();
            self.done = got.len() < want || self.left == 0;
            if let Some(last) = got.last() {
                self.after = pair_key(last);
            }
            self.batch = self.batch.saturating_mul(4).min(self.max_batch);
            self.fetched = got.into_iter();
        }
    }
}

/// The best `k` eligible candidates of one group (dataset index `group`) among `others`
/// (dataset indices) scoring at least `min_score`, best first: one row of the kernel,
/// O(|others|) time and O(k) memory. `kernel` must be packed in dataset order
/// ([`Kernel::new`]). Groups for which `skip` is true are left out. The oracle of the
/// profile index's tests.
#[cfg(test)]
pub(crate) fn row_candidates(
    kernel: &Kernel,
    group: usize,
    others: &[usize],
    k: usize,
    min_score: Hundredths,
    skip: impl Fn(usize) -> bool,
) -> Vec<Pair> {
    let k = k.min(kernel.len());
    let mut heap = Heaps::new(1, k);
    if k > 0 && kernel.available(group) {
        with_popcnt(
            #[inline(always)]
            || row(kernel, group, others, min_score, &skip, &mut heap),
        );
    }
    heap.sorted(group, 0)
}

#[cfg(test)]
#[inline(always)]
fn row<F: Fn(usize) -> bool>(
    kernel: &Kernel,
    group: usize,
    others: &[usize],
    min_score: Hundredths,
    skip: &F,
    heap: &mut Heaps,
) {
    for &b in others {
        if skip(b) {
            continue;
        }
        let (eligible, score) = kernel.pair_parts(group, b);
        let keep = u64::from(eligible & (score >= min_score));
        heap.offer(0, key(score, b) * keep);
    }
}

/// The groups of `ds` that can be in a pair, packed by language set (then index), so that
/// groups with one language set form a block ([`language_blocks`]). `identity` is packed
/// in dataset order.
fn by_languages<'a>(ds: &'a Dataset, scoring: &Scoring, identity: &Kernel) -> Kernel<'a> {
    let mut order: Vec<usize> = (0..ds.groups.len())
        .filter(|&g| identity.available(g))
        .collect();
    order.sort_by_key(|&g| (identity.languages(g), g));
    Kernel::with_order(ds, scoring, &order).expect("the same languages as `identity`")
}

/// The all-pairs scan of a kernel packed [`by_languages`]: `row(acc, a, others)` for every
/// row `a` of every pair of blocks that may hold eligible pairs (`others`: the positions
/// of the other block, or the later ones of the same block, so each pair is seen once).
/// One worker per rayon thread, each with its own accumulator (`new`), pulling units from
/// a shared counter, biggest first, so the threads finish together whatever the block
/// sizes; `progress(done, total)` after each unit. Returns the accumulators.
fn each_row<A: Send>(
    kernel: &Kernel,
    scoring: &Scoring,
    new: impl Fn() -> A + Sync,
    row: impl Fn(&mut A, usize, Range<usize>) + Sync,
    progress: &(dyn Fn(u64, u64) + Sync),
) -> Vec<A> {
    let blocks = language_blocks(kernel);
    let mut units = units(kernel, &blocks, scoring.rules.common_language);
    units.sort_by_key(|u| std::cmp::Reverse(u.work()));
    let total = units.len() as u64;
    let next = AtomicUsize::new(0);
    rayon::broadcast(|_| {
        let mut acc = new();
        loop {
            let i = next.fetch_add(1, Ordering::Relaxed);
            let Some(unit) = units.get(i) else { break };
            for a in unit.rows.clone() {
                let start = if unit.block_a == unit.block_b {
                    a + 1
                } else {
                    unit.block_b.start
                };
                row(&mut acc, a, start..unit.block_b.end);
            }
            progress((i + 1) as u64, total);
        }
        acc
    })
}

/// Runs of positions sharing one language set.
fn language_blocks(kernel: &Kernel) -> Vec<Range<usize>> {
    let mut blocks = Vec::new();
    let mut start = 0;
    for p in 1..=kernel.len() {
        if p == kernel.len() || kernel.languages(p) != kernel.languages(start) {
            blocks.push(start..p);
            start = p;
        }
    }
    blocks
}

/// Every pair of blocks that may hold eligible pairs, cut into units of rows.
fn units(kernel: &Kernel, blocks: &[Range<usize>], common_language: bool) -> Vec<Unit> {
    let mut units = Vec::new();
    for (i, a) in blocks.iter().enumerate() {
        for b in &blocks[i..] {
            if common_language && kernel.languages(a.start) & kernel.languages(b.start) == 0 {
                continue;
            }
            let mut row = a.start;
            while row < a.end {
                let end = (row + ROWS_PER_UNIT).min(a.end);
                units.push(Unit {
                    rows: row..end,
                    block_a: a.clone(),
                    block_b: b.clone(),
                });
                row = end;
            }
        }
    }
    units
}

/// Scores position `a` against positions `others`, offering each eligible pair to both
/// heaps.
#[inline(always)]
fn scan(kernel: &Kernel, a: usize, others: Range<usize>, min_score: Hundredths, heaps: &mut Heaps) {
    let group_a = kernel.group(a);
    for b in others {
        let (eligible, score) = kernel.pair_parts(a, b);
        // Key 0 is never kept, so an ineligible pair is offered as 0 instead of branching.
        let keep = u64::from(eligible & (score >= min_score));
        heaps.offer(a, key(score, kernel.group(b)) * keep);
        heaps.offer(b, key(score, group_a) * keep);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testkit::{arb_dataset, arb_scoring};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn equals_the_reference_candidates(
            ds in arb_dataset(80), s in arb_scoring(), k in 1usize..6, min in 0u32..4000
        ) {
            let fast = top_candidates(&ds, &s, k, min);
            let scan = top_candidates_scan(&ds, &s, k, min, &|_, _| {});
            let index = Kernel::new(&ds, &s)
                .map(|kernel| top_candidates_index(&ds, &s, &kernel, k, min, &|_, _| {}));
            for (g, list) in fast.iter().enumerate() {
                let mut expected = candidates(&ds, &s, g, min);
                expected.truncate(k);
                prop_assert_eq!(list, &expected, "group {}", g);
                prop_assert_eq!(&scan[g], &expected, "scan, group {}", g);
                if let Some(index) = &index {
                    prop_assert_eq!(&index[g], &expected, "index, group {}", g);
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn top_pairs_equal_the_head_of_all_pairs(
            ds in arb_dataset(60), s in arb_scoring(), n in 1usize..40, min in 0u32..3000
        ) {
            let mut expected = crate::candidates::reference::all_pairs(&ds, &s, min);
            expected.truncate(n);
            prop_assert_eq!(top_pairs(&ds, &s, n, min), expected);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(100))]

        /// Batches of any size, read one after the other, give every pair best first.
        #[test]
        fn best_first_batches_equal_all_pairs(
            ds in arb_dataset(50), s in arb_scoring(), first in 1usize..5, max in 3usize..40,
            limit in prop_oneof![Just(usize::MAX), 0usize..60], min in 0u32..3000,
        ) {
            let mut expected = crate::candidates::reference::all_pairs(&ds, &s, min);
            expected.truncate(limit);
            let got: Vec<Pair> = BestFirst::new(&ds, &s, min, limit, first, max).collect();
            prop_assert_eq!(&got, &expected);
            let all = crate::candidates::reference::all_pairs(&ds, &s, min).len() as u64;
            prop_assert_eq!(count_pairs(&ds, &s, min), all, "count");
            // From the index (large inputs), batch by batch.
            if let Some(kernel) = Kernel::new(&ds, &s) {
                let mut after = u128::MAX;
                let mut got = Vec::new();
                loop {
                    let batch = pairs_after_index(&ds, &s, &kernel, max, min, after).into_best_first();
                    got.extend(batch.iter().map(|&k| unpair_key(k)));
                    match batch.last() {
                        Some(&k) if batch.len() == max => after = k,
                        _ => break,
                    }
                }
                got.truncate(limit);
                prop_assert_eq!(got, expected, "index");
            }
        }
    }

    #[test]
    fn huge_k_and_n_allocate_no_more_than_the_groups() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let ds = arb_dataset(40).new_tree(&mut runner).unwrap().current();
        let s = crate::settings::Config::default_config().scoring;
        let all = top_candidates(&ds, &s, ds.groups.len(), 0);
        for k in [usize::MAX, 1 << 40] {
            assert_eq!(top_candidates(&ds, &s, k, 0), all);
            assert_eq!(top_candidates_scan(&ds, &s, k, 0, &|_, _| {}), all);
            let index = Kernel::new(&ds, &s).unwrap();
            assert_eq!(top_candidates_index(&ds, &s, &index, k, 0, &|_, _| {}), all);
            let every: Vec<usize> = (0..ds.groups.len()).collect();
            assert_eq!(candidates_of(&ds, &s, None, &every, k, 0), all);
            // From the index, a chunk at a time (as `match` writes large lists).
            let kernel = Kernel::new(&ds, &s).unwrap();
            let best = BestCandidates::new(&ds, &s, &kernel);
            let chunked: Vec<Vec<Pair>> = every
                .chunks(7)
                .flat_map(|chunk| candidates_of(&ds, &s, Some(&best), chunk, k, 0))
                .collect();
            assert_eq!(chunked, all);
        }
        let pairs = crate::candidates::reference::all_pairs(&ds, &s, 0);
        assert_eq!(pairs_after(&ds, &s, usize::MAX, 0, u128::MAX), pairs);
        assert_eq!(count_pairs(&ds, &s, 0), pairs.len() as u64);
    }

    #[test]
    fn the_same_for_any_thread_count() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let ds = arb_dataset(300).new_tree(&mut runner).unwrap().current();
        let s = crate::settings::Config::default_config().scoring;
        let results: Vec<_> = [1, 2, 3]
            .iter()
            .map(|&t| {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(t)
                    .build()
                    .unwrap();
                pool.install(|| {
                    let kernel = Kernel::new(&ds, &s).unwrap();
                    (
                        top_candidates_index(&ds, &s, &kernel, 4, 0, &|_, _| {}),
                        top_candidates_scan(&ds, &s, 4, 0, &|_, _| {}),
                    )
                })
            })
            .collect();
        assert!(results.iter().any(|r| r.0.iter().any(|l| !l.is_empty())));
        assert_eq!(results[0].0, results[0].1);
        assert_eq!(results[0], results[1]);
        assert_eq!(results[0], results[2]);
    }
}
