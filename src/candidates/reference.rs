//! Ranking: the eligible pairs of a dataset, ordered best first with a fixed tie-break.
//!
//! Pairs are ordered by score (descending), then by the ids of their two groups, so the
//! order never depends on input order. Groups are indexed in id order (see `dataset`), so
//! comparing indices is comparing ids. These are the oracles the fast paths are tested
//! against, and the fallback when the kernel cannot pack a dataset. Also one group's
//! pass over every other group (`scan_one`): why it is alone ([`why_alone`]), and what
//! [`alone::scan_many`](crate::candidates::alone::scan_many) falls back to.

use super::order::{Pair, best_first};
use crate::model::dataset::Dataset;
use crate::score::kernel::{Kernel, with_popcnt};
use crate::score::{Exclusion, Hundredths, Scoring, eligible, exclusions, hits, rules, score};

/// Every eligible pair once (`a < b`) scoring at least `min_score`, best first.
pub(crate) fn all_pairs(ds: &Dataset, scoring: &Scoring, min_score: Hundredths) -> Vec<Pair> {
    let g = &ds.groups;
    let mut out = Vec::new();
    for a in 0..g.len() {
        for b in a + 1..g.len() {
            if eligible(&g[a], a, &g[b], b, &scoring.rules) {
                let s = score(&g[a], &g[b], scoring);
                if s >= min_score {
                    out.push(Pair { a, b, score: s });
                }
            }
        }
    }
    out.sort_by(best_first);
    out
}

/// The eligible candidates of `group` scoring at least `min_score`, best first, each as a
/// pair whose `a` is `group`.
pub fn candidates(
    ds: &Dataset,
    scoring: &Scoring,
    group: usize,
    min_score: Hundredths,
) -> Vec<Pair> {
    let g = &ds.groups;
    let mut out: Vec<Pair> = (0..g.len())
        .filter(|&b| b != group && eligible(&g[group], group, &g[b], b, &scoring.rules))
        .map(|b| Pair {
            a: group,
            b,
            score: score(&g[group], &g[b], scoring),
        })
        .filter(|p| p.score >= min_score)
        .collect();
    out.sort_by(best_first);
    out
}

/// What one pass over the other groups found for a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Scan {
    /// Eligible partners scoring at least 0.01.
    pub partners: usize,
    /// Eligible partners at any score (the same as `partners` when the census counted
    /// them: then every eligible pair scores at least 0.01).
    pub eligible: usize,
    /// The best of them (pair `a` is the group).
    pub best: Option<Pair>,
    /// For each rule, how many other groups it excludes (rules with none left out).
    pub excluded: Vec<(Exclusion, usize)>,
    /// The three groups nearest by score whatever the rules, with the rules excluding them.
    pub nearest: Vec<(Pair, Vec<Exclusion>)>,
}

/// The nearest groups with the rules excluding each.
pub(crate) fn with_rules(
    ds: &Dataset,
    scoring: &Scoring,
    g: usize,
    nearest: Vec<Pair>,
) -> Vec<(Pair, Vec<Exclusion>)> {
    let groups = &ds.groups;
    nearest
        .into_iter()
        .map(|p| {
            let rules = exclusions(&groups[g], g, &groups[p.b], p.b, &scoring.rules);
            (p, rules)
        })
        .collect()
}

/// Why `group` has no eligible partner: for each rule, how many other groups it excludes
/// (a group may be excluded by several rules), in rule order. Empty when the group has at
/// least one eligible partner, at any score. One pass over the other groups, testing the
/// rules only (no score, no packed kernel): it stops at the first eligible partner.
pub(crate) fn why_alone(ds: &Dataset, scoring: &Scoring, group: usize) -> Vec<(Exclusion, usize)> {
    let groups = &ds.groups;
    let mut counts = [0usize; Exclusion::COUNT];
    for o in (0..groups.len()).filter(|&o| o != group) {
        let hits = hits(&groups[group], group, &groups[o], o, &scoring.rules);
        if !hits.iter().any(|&h| h) {
            return Vec::new();
        }
        for (count, hit) in counts.iter_mut().zip(hits) {
            *count += usize::from(hit);
        }
    }
    rules::tally(counts)
}

/// One pass of group `g` over every other group, scored with `kernel` (packed in dataset
/// order) when there is one, else with the reference scorer: its eligible partners, the
/// best of them, the per-rule counts and the nearest groups.
pub(crate) fn scan_one(ds: &Dataset, scoring: &Scoring, kernel: Option<&Kernel>, g: usize) -> Scan {
    with_popcnt(
        #[inline(always)]
        || scan_inner(ds, scoring, kernel, g),
    )
}

#[inline(always)]
fn scan_inner(ds: &Dataset, scoring: &Scoring, kernel: Option<&Kernel>, g: usize) -> Scan {
    let groups = &ds.groups;
    let mut counts = [0usize; Exclusion::COUNT];
    let (mut partners, mut eligible) = (0, 0);
    let mut best: Option<Pair> = None;
    let mut nearest: Vec<Pair> = Vec::with_capacity(4);
    for o in (0..groups.len()).filter(|&o| o != g) {
        let (hits, s) = match kernel {
            Some(k) => k.rules_and_score(g, o),
            None => (
                hits(&groups[g], g, &groups[o], o, &scoring.rules),
                score(&groups[g], &groups[o], scoring),
            ),
        };
        let pair = Pair {
            a: g,
            b: o,
            score: s,
        };
        if hits.iter().any(|&h| h) {
            for (count, hit) in counts.iter_mut().zip(hits) {
                *count += usize::from(hit);
            }
        } else {
            eligible += 1;
            if s > 0 {
                partners += 1;
                if best.is_none_or(|b| best_first(&pair, &b).is_lt()) {
                    best = Some(pair);
                }
            }
        }
        // Keep the three best by (score, id) without sorting everything.
        if nearest.len() < 3 || best_first(&pair, &nearest[2]).is_lt() {
            let at = nearest.partition_point(|q| best_first(q, &pair).is_lt());
            nearest.insert(at, pair);
            nearest.truncate(3);
        }
    }
    Scan {
        partners,
        eligible,
        best,
        excluded: rules::tally(counts),
        nearest: with_rules(ds, scoring, g, nearest),
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::settings::Config;
    use crate::testkit::dataset;

    #[test]
    fn pairs_are_eligible_once_and_best_first_with_id_tie_break() {
        let ds = dataset(&[
            ("A", 0, &[0], 0b11, 1),
            ("B", 1, &[0], 0b11, 1),
            ("C", 2, &[0], 0b11, 1),
            ("D", 0, &[0], 0b01, 1),
            ("E", 3, &[1], 0b11, 1),
        ]);
        let s = Config::default_config().scoring;
        let pairs = all_pairs(&ds, &s, 0);
        let ids: Vec<(usize, usize)> = pairs.iter().map(|p| (p.a, p.b)).collect();
        // A, B, C share everything (100); D is in A's country; E speaks nothing in common.
        assert_eq!(ids[..3], [(0, 1), (0, 2), (1, 2)]);
        assert!(pairs[..3].iter().all(|p| p.score == 10000));
        assert!(
            pairs
                .iter()
                .all(|p| p.a < p.b && p.b != 4 && (p.a, p.b) != (0, 3))
        );
        assert_eq!(pairs.len(), 5);
        assert!(pairs.windows(2).all(|w| best_first(&w[0], &w[1]).is_lt()));

        let c = candidates(&ds, &s, 3, 0);
        assert_eq!(c.iter().map(|p| p.b).collect::<Vec<_>>(), [1, 2]);
        assert!(c.iter().all(|p| p.a == 3));
        assert!(candidates(&ds, &s, 0, 10001).is_empty());
    }

    #[test]
    fn why_alone_counts_each_rule() {
        let ds = dataset(&[
            ("A", 0, &[0], 0b1, 1),
            ("B", 0, &[0], 0b1, 1),
            ("C", 1, &[1], 0b1, 1),
            ("D", 1, &[0], 0b1, 0),
        ]);
        let s = Config::default_config().scoring;
        assert_eq!(
            why_alone(&ds, &s, 0),
            [
                (Exclusion::SameCountry, 1),
                (Exclusion::NoCommonLanguage, 1),
                (Exclusion::NoCapacity, 1)
            ]
        );
        let ds2 = dataset(&[("A", 0, &[0], 1, 1), ("B", 1, &[0], 1, 1)]);
        assert!(why_alone(&ds2, &s, 0).is_empty());
    }
}
