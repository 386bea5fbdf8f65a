//! The one order of pairs and candidates: higher score first, then the smaller ids.
//!
//! Groups are indexed in id order (see `model::dataset`), so comparing indices is
//! comparing ids, and the order never depends on input order. [`best_first`] is the
//! order itself: score descending, then `a` ascending, then `b` ascending. Every fast path
//! ranks by a key derived from it here, and is tested against [`best_first`] on random
//! inputs:
//!
//! * [`pair_key`] (u128, a higher key ranks first): the best pairs overall (the pair heaps
//!   of `candidates::scan` and the index walk, `candidates::scan::pairs_after`), and the
//!   lazy stable plan's queue (`plan::stable`, whose entries are a pair key and the group
//!   the entry is for). Tested here and through `plan::stable`.
//! * `key` (u64): one group's candidates, where `a` is that group (the per-group heaps,
//!   `candidates::heaps`, and the index walks' resumption keys). Tested here and through
//!   `candidates::scan` and `candidates::index`.
//! * The edge greedy of `plan::matching` ranks edges by weight descending, then index
//!   ascending: the same order, as `plan::edges` lists them by `(a, b)` with the score
//!   as weight. Tested through `plan::stable` (the lazy plan equals it).

use std::cmp::Ordering;

use crate::score::Hundredths;

/// A scored pair of groups (dataset indices).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Pair {
    pub a: usize,
    pub b: usize,
    pub score: Hundredths,
}

/// Best first: higher score, then smaller `a`, then smaller `b`.
pub(crate) fn best_first(p: &Pair, q: &Pair) -> Ordering {
    q.score
        .cmp(&p.score)
        .then(p.a.cmp(&q.a))
        .then(p.b.cmp(&q.b))
}

/// A pair's place in the best-first order ([`best_first`]) as one
/// number: a higher key ranks first. `a < b`.
pub(crate) fn pair_key(p: &Pair) -> u128 {
    (u128::from(p.score) << 64)
        | (u128::from(u32::MAX - p.a as u32) << 32)
        | u128::from(u32::MAX - p.b as u32)
}

pub(crate) fn unpair_key(key: u128) -> Pair {
    Pair {
        a: (u32::MAX - (key >> 32) as u32) as usize,
        b: (u32::MAX - key as u32) as usize,
        score: (key >> 64) as Hundredths,
    }
}

/// Candidates are compared as one u64: higher score first, then smaller id.
#[inline(always)]
pub(crate) fn key(score: Hundredths, other: usize) -> u64 {
    (u64::from(score) << 32) | u64::from(u32::MAX - other as u32)
}

pub(crate) fn unkey(group: usize, key: u64) -> Pair {
    Pair {
        a: group,
        b: (u32::MAX - (key as u32)) as usize,
        score: (key >> 32) as Hundredths,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn arb_pairs() -> impl Strategy<Value = Vec<Pair>> {
        // Few scores and ids, so that ties on the score and on `a` are common.
        proptest::collection::vec((0u32..4, 0usize..6, 0usize..6), 0..40).prop_map(|v| {
            v.into_iter()
                .map(|(score, a, d)| Pair {
                    a,
                    b: a + 1 + d,
                    score: score * 2500,
                })
                .collect()
        })
    }

    proptest! {
        #[test]
        fn the_keys_rank_as_best_first(pairs in arb_pairs(), group in 0usize..6) {
            let mut expected = pairs.clone();
            expected.sort_by(best_first);
            let mut by_key = pairs.clone();
            by_key.sort_by_key(|p| std::cmp::Reverse(pair_key(p)));
            prop_assert_eq!(&by_key, &expected);
            for p in &pairs {
                prop_assert_eq!(unpair_key(pair_key(p)), *p);
            }
            // One group's candidates: `a` is the group.
            let mine: Vec<Pair> = pairs.iter().map(|p| Pair { a: group, ..*p }).collect();
            let mut expected = mine.clone();
            expected.sort_by(best_first);
            let mut by_key = mine.clone();
            by_key.sort_by_key(|p| std::cmp::Reverse(key(p.score, p.b)));
            prop_assert_eq!(&by_key, &expected);
            for p in &mine {
                prop_assert_eq!(unkey(group, key(p.score, p.b)), *p);
            }
        }
    }
}
