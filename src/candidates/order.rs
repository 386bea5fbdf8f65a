//! The one order of pairs and candidates: higher score first, then the smaller ids.
//!
//! Groups are indexed in id order (see `model::dataset`), so comparing indices is
//! comparing ids, and the order never depends on input order. [`best_first`] is the
//! order itself; the keys below encode it as one number for the fast paths (heaps keep
//! the highest keys), and every fast path is tested against [`best_first`].

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
pub fn best_first(p: &Pair, q: &Pair) -> Ordering {
    q.score
        .cmp(&p.score)
        .then(p.a.cmp(&q.a))
        .then(p.b.cmp(&q.b))
}

/// A pair's place in the best-first order ([`best_first`]) as one
/// number: a higher key ranks first. `a < b`.
pub fn pair_key(p: &Pair) -> u128 {
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
