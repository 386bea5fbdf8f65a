//! Why a group has no twin, in parallel over the groups asked about.
//!
//! The answer holds what a coordinator needs to act on: how many eligible partners the
//! group has and the best of them, or else how many groups each rule excludes and the
//! groups nearest by score with the rules excluding them.
//!
//! The best partner and the nearest groups come from the [`ProfileIndex`]; the counts from
//! a census of the groups by language set and country (whether a pair is eligible depends
//! on nothing else, existing twins aside). When the census cannot tell an eligible pair
//! from one scoring 0 (common-language rule off, or a languages weight so small that one
//! shared language rounds to 0), or without a kernel, each group is scanned against every
//! other one instead (one pass, the one computation [`why_alone`] also makes for one group).
//! The census and the pass are tested against an oracle built from
//! [`exclusions`](crate::score::exclusions).

use rayon::prelude::*;

use crate::candidates::census::Census;
use crate::candidates::index::{Keep, ProfileIndex};
use crate::candidates::order::{Pair, best_first};
use crate::model::dataset::Dataset;
use crate::score::kernel::{Kernel, with_popcnt};
use crate::score::{Exclusion, Scoring, exclusions, hits, rules, score};

/// What one pass over the other groups found for a group.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Scan {
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

/// Scans each of `groups` (dataset indices), in parallel; results in the same order.
pub fn scan_many(ds: &Dataset, scoring: &Scoring, groups: &[usize]) -> Vec<Scan> {
    let kernel = Kernel::new(ds, scoring);
    let Some(kernel) = kernel.filter(|_| !groups.is_empty()) else {
        return groups
            .par_iter()
            .map(|&g| scan_with(ds, scoring, None, g))
            .collect();
    };
    let census = Census::new(ds, &kernel, scoring);
    let index = ProfileIndex::new(&kernel, 0..ds.groups.len());
    index.map_by_themes(groups, |g, order| {
        let Some((partners, excluded)) = census.count(ds, &kernel, g) else {
            return scan_with(ds, scoring, Some(&kernel), g);
        };
        let best = match partners {
            0 => Vec::new(),
            _ => index.best_in_order(g, 1, Keep::Eligible(1), |_| false, order),
        };
        let nearest = index.best_in_order(g, 3, Keep::Any, |_| false, order);
        Scan {
            partners,
            eligible: partners,
            best: best.first().copied(),
            excluded,
            nearest: with_rules(ds, scoring, g, nearest),
        }
    })
}

/// The nearest groups with the rules excluding each.
fn with_rules(
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
/// least one eligible partner, at any score. One pass over the other groups.
pub fn why_alone(ds: &Dataset, scoring: &Scoring, group: usize) -> Vec<(Exclusion, usize)> {
    let scan = scan_with(ds, scoring, Kernel::new(ds, scoring).as_ref(), group);
    if scan.eligible > 0 {
        Vec::new()
    } else {
        scan.excluded
    }
}

fn scan_with(ds: &Dataset, scoring: &Scoring, kernel: Option<&Kernel>, g: usize) -> Scan {
    with_popcnt(
        #[inline(always)]
        || scan_inner(ds, scoring, kernel, g),
    )
}

#[inline(always)]
fn scan_inner(ds: &Dataset, scoring: &Scoring, kernel: Option<&Kernel>, g: usize) -> Scan {
    let groups = &ds.groups;
    let mut counts = [0usize; 4];
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

/// Whether each group has at least one eligible partner (any score): from the census when
/// it can count them (then every eligible pair scores at least 0.01), else from one
/// parallel all-pairs pass.
pub fn has_partner(ds: &Dataset, scoring: &Scoring) -> Vec<bool> {
    if let Some(kernel) = Kernel::new(ds, scoring) {
        let census = Census::new(ds, &kernel, scoring);
        let counted: Option<Vec<bool>> = (0..ds.groups.len())
            .map(|g| census.partners(ds, &kernel, g).map(|p| p > 0))
            .collect();
        if let Some(counted) = counted {
            return counted;
        }
    }
    crate::candidates::scan::top_candidates(ds, scoring, 1, 0)
        .into_iter()
        .map(|c| !c.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::candidates::reference::candidates;
    use crate::score::kernel::tests::{arb_dataset, arb_scoring};
    use proptest::prelude::*;

    /// The oracle: for each rule, how many other groups it excludes, from each pair's
    /// exclusion list; `None` when `g` has an eligible partner (any score).
    fn alone_oracle(ds: &Dataset, s: &Scoring, g: usize) -> Option<Vec<(Exclusion, usize)>> {
        let groups = &ds.groups;
        let mut counts = std::collections::BTreeMap::new();
        for o in (0..groups.len()).filter(|&o| o != g) {
            let listed = exclusions(&groups[g], g, &groups[o], o, &s.rules);
            if listed.is_empty() {
                return None;
            }
            for rule in listed {
                *counts.entry(rule).or_insert(0) += 1;
            }
        }
        Some(counts.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn agrees_with_the_reference_functions(ds in arb_dataset(30), s in arb_scoring()) {
            let all: Vec<usize> = (0..ds.groups.len()).collect();
            let scans = scan_many(&ds, &s, &all);
            let has = has_partner(&ds, &s);
            for (g, scan) in scans.iter().enumerate() {
                let eligible = candidates(&ds, &s, g, 1);
                prop_assert_eq!(scan.partners, eligible.len());
                prop_assert_eq!(scan.best, eligible.first().copied());
                let lonely = alone_oracle(&ds, &s, g);
                prop_assert_eq!(why_alone(&ds, &s, g), lonely.clone().unwrap_or_default());
                let any_partner = !candidates(&ds, &s, g, 0).is_empty();
                prop_assert_eq!(lonely.is_none(), any_partner);
                prop_assert_eq!(has[g], any_partner);
                if let Some(lonely) = &lonely {
                    prop_assert_eq!(&scan.excluded, lonely);
                }
                // Nearest: the three best by score whatever the rules.
                let mut everyone: Vec<Pair> = (0..ds.groups.len()).filter(|&o| o != g)
                    .map(|o| Pair { a: g, b: o, score: score(&ds.groups[g], &ds.groups[o], &s) })
                    .collect();
                everyone.sort_by(best_first);
                everyone.truncate(3);
                let got: Vec<Pair> = scan.nearest.iter().map(|(p, _)| *p).collect();
                prop_assert_eq!(got, everyone);
            }
        }
    }

    #[test]
    fn why_alone_counts_each_rule() {
        let ds = crate::candidates::reference::tests::dataset(&[
            ("A", 0, &[0], 0b1, 1),
            ("B", 0, &[0], 0b1, 1),
            ("C", 1, &[1], 0b1, 1),
            ("D", 1, &[0], 0b1, 0),
        ]);
        let s = crate::settings::Config::default_config().scoring;
        assert_eq!(
            why_alone(&ds, &s, 0),
            [
                (Exclusion::SameCountry, 1),
                (Exclusion::NoCommonLanguage, 1),
                (Exclusion::NoCapacity, 1)
            ]
        );
        let ds2 = crate::candidates::reference::tests::dataset(&[
            ("A", 0, &[0], 1, 1),
            ("B", 1, &[0], 1, 1),
        ]);
        assert!(why_alone(&ds2, &s, 0).is_empty());
    }
}
