//! The stable plan at any size: the greedy "best remaining pair first", run over each
//! group's ranked candidates, fetched lazily.
//!
//! Taking the best remaining eligible pair again and again (ties by ids) gives the unique
//! stable plan when scores are symmetric. Doing it over all N² pairs needs them all in
//! memory; instead each group starts with its best 48 candidates (one parallel pass), a
//! priority queue holds every group's best candidate not yet tried, and a group whose list
//! runs out while it still has room gets its next candidates from one more row scan that
//! leaves out groups already full (most of what contention used up). The plan is exactly
//! the one the all-pairs greedy gives (tested against it).

use std::cmp::Reverse;
use std::collections::BinaryHeap;

use crate::dataset::Dataset;
use crate::kernel::Kernel;
use crate::rank::{Pair, best_first, candidates};
use crate::score::Scoring;
use crate::topk::{row_candidates, top_candidates};

/// How many candidates each group starts with.
const FIRST_ROUND: usize = 48;

/// The stable plan's pairs (positive scores only), best first.
pub fn stable_plan(ds: &Dataset, scoring: &Scoring) -> Vec<Pair> {
    stable_plan_with(ds, scoring, FIRST_ROUND)
}

/// [`stable_plan`] with `k` candidates per group in the first round (small in tests, to
/// exercise the refills).
pub fn stable_plan_with(ds: &Dataset, scoring: &Scoring, k: usize) -> Vec<Pair> {
    let n = ds.groups.len();
    let k = k.max(1);
    let kernel = Kernel::new(ds, scoring);
    let mut lists = top_candidates(ds, scoring, k, 1);
    // A list shorter than asked for is already every candidate of its group.
    let mut complete: Vec<bool> = lists.iter().map(|l| l.len() < k).collect();
    let mut next = vec![0usize; n];
    let mut room: Vec<u32> = ds.groups.iter().map(|g| g.capacity).collect();
    let mut partners: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut chosen = Vec::new();
    // A group with no candidate left can never be taken: "full" from here on.
    for g in 0..n {
        if lists[g].is_empty() && complete[g] {
            room[g] = 0;
        }
    }
    // The groups with room left, by language set, compacted now and then: a refill scans
    // only those that share a language with its group, and they are fewer and fewer as
    // the plan fills up.
    let mut open = OpenGroups::new(kernel.as_ref(), &room);
    let mut closed_since = 0usize;

    // Max-heap on (score, then smaller first id, then smaller second id): the global order.
    let entry = |p: &Pair| {
        let (lo, hi) = (p.a.min(p.b), p.a.max(p.b));
        (p.score, Reverse(lo), Reverse(hi), p.a)
    };
    let mut queue = BinaryHeap::new();
    for g in 0..n {
        if room[g] > 0 {
            if let Some(p) = lists[g].first() {
                queue.push(entry(p));
            }
        }
    }
    while let Some((_, _, _, g)) = queue.pop() {
        if room[g] == 0 {
            continue;
        }
        let pair = lists[g][next[g]];
        next[g] += 1;
        let o = pair.b;
        if room[o] > 0 && !partners[g].contains(&o) {
            room[g] -= 1;
            room[o] -= 1;
            closed_since += usize::from(room[g] == 0) + usize::from(room[o] == 0);
            partners[g].push(o);
            partners[o].push(g);
            chosen.push(pair);
        }
        if room[g] == 0 {
            continue;
        }
        if next[g] == lists[g].len() && !complete[g] {
            // Out of candidates with room left: fetch the next ones. Groups that are full or
            // already twinned with g can never be taken with g, so they are left out — every
            // pair g had tried was one of those, and the new list starts afresh.
            let more = (8 * lists[g].len()).max(4 * FIRST_ROUND);
            if 2 * closed_since > open.len() {
                open.retain(&room);
                closed_since = 0;
            }
            let (room_now, mine) = (&room, &partners[g]);
            let skip = |o: usize| room_now[o] == 0 || mine.contains(&o);
            lists[g] = match &kernel {
                Some(kernel) => {
                    let others = open.sharing(kernel, g, scoring.rules.common_language);
                    row_candidates(kernel, g, &others, more, 1, skip)
                }
                None => {
                    let mut all = candidates(ds, scoring, g, 1);
                    all.retain(|p| !skip(p.b));
                    all.truncate(more);
                    all
                }
            };
            next[g] = 0;
            complete[g] = lists[g].len() < more;
        }
        match lists[g].get(next[g]) {
            Some(p) => queue.push(entry(p)),
            None => {
                // Every candidate tried: g can never be taken again.
                room[g] = 0;
                closed_since += 1;
            }
        }
    }
    for p in &mut chosen {
        if p.a > p.b {
            std::mem::swap(&mut p.a, &mut p.b);
        }
    }
    chosen.sort_by(best_first);
    chosen
}

/// The groups that still have room, bucketed by language set.
struct OpenGroups {
    buckets: Vec<(u128, Vec<usize>)>,
    len: usize,
}

impl OpenGroups {
    fn new(kernel: Option<&Kernel>, room: &[u32]) -> Self {
        let mut buckets: Vec<(u128, Vec<usize>)> = Vec::new();
        let mut len = 0;
        for g in (0..room.len()).filter(|&g| room[g] > 0) {
            let key = kernel.map_or(0, |k| k.languages(g));
            match buckets.binary_search_by_key(&key, |b| b.0) {
                Ok(i) => buckets[i].1.push(g),
                Err(i) => buckets.insert(i, (key, vec![g])),
            }
            len += 1;
        }
        Self { buckets, len }
    }

    fn len(&self) -> usize {
        self.len
    }

    /// Drops the groups that are full.
    fn retain(&mut self, room: &[u32]) {
        self.len = 0;
        for (_, members) in &mut self.buckets {
            members.retain(|&o| room[o] > 0);
            self.len += members.len();
        }
    }

    /// The open groups that may be eligible with `g`: those sharing a language with it
    /// when the common-language rule is on, else all.
    fn sharing(&self, kernel: &Kernel, g: usize, common_language: bool) -> Vec<usize> {
        let mine = kernel.languages(g);
        self.buckets
            .iter()
            .filter(|(key, _)| !common_language || key & mine != 0)
            .flat_map(|(_, members)| members.iter().copied())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assign::{Method, PlanOptions};
    use crate::kernel::tests::{arb_dataset, arb_scoring};
    use crate::plan::choose_exhaustive;
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn equals_the_all_pairs_greedy(ds in arb_dataset(40), s in arb_scoring(), k in 1usize..4) {
            let reference = choose_exhaustive(&ds, &s, &PlanOptions { method: Method::Stable, max_cardinality: false });
            prop_assert_eq!(stable_plan_with(&ds, &s, k), reference);
        }
    }
}
