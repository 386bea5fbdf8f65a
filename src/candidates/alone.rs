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
//! other one instead: the pass of `reference::scan_one`,
//! the one computation [`why_alone`](crate::candidates::reference::why_alone) also makes.
//! The census and the pass are tested against an oracle built from
//! [`exclusions`](crate::score::exclusions).

use rayon::prelude::*;

use crate::candidates::census::Census;
use crate::candidates::index::{Keep, ProfileIndex};
use crate::candidates::reference::{scan_one, with_rules};
use crate::model::dataset::Dataset;
use crate::score::Scoring;
use crate::score::kernel::Kernel;

pub(crate) use crate::candidates::reference::Scan;

/// Scans each of `groups` (dataset indices), in parallel; results in the same order.
pub(crate) fn scan_many(ds: &Dataset, scoring: &Scoring, groups: &[usize]) -> Vec<Scan> {
    // A plan that twins everyone asks about no group: no kernel or census to build.
    if groups.is_empty() {
        return Vec::new();
    }
    Alone::new(ds, scoring).scan_many(groups)
}

/// Whether each group has at least one eligible partner (any score): see
/// [`Alone::has_partner`].
#[cfg(test)]
pub(crate) fn has_partner(ds: &Dataset, scoring: &Scoring) -> Vec<bool> {
    Alone::new(ds, scoring).has_partner()
}

/// The kernel and the census both questions need, built once for a dataset (at a million
/// groups each costs a fraction of a second).
pub(crate) struct Alone<'a> {
    ds: &'a Dataset,
    scoring: &'a Scoring,
    /// `None` when the dataset has too many languages for the kernel.
    packed: Option<(Kernel<'a>, Census)>,
}

impl<'a> Alone<'a> {
    pub(crate) fn new(ds: &'a Dataset, scoring: &'a Scoring) -> Self {
        let packed = Kernel::new(ds, scoring).map(|kernel| {
            let census = Census::new(ds, &kernel, scoring);
            (kernel, census)
        });
        Self {
            ds,
            scoring,
            packed,
        }
    }

    /// Scans each of `groups` (dataset indices), in parallel; results in the same order.
    pub(crate) fn scan_many(&self, groups: &[usize]) -> Vec<Scan> {
        let (ds, scoring) = (self.ds, self.scoring);
        let Some((kernel, census)) = self.packed.as_ref().filter(|_| !groups.is_empty()) else {
            return groups
                .par_iter()
                .map(|&g| scan_one(ds, scoring, None, g))
                .collect();
        };
        let index = ProfileIndex::new(kernel, 0..ds.groups.len());
        index.map_by_themes(groups, |g, order| {
            let Some((partners, excluded)) = census.count(ds, kernel, g) else {
                return scan_one(ds, scoring, Some(kernel), g);
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

    /// Whether each group has at least one eligible partner (any score): from the census
    /// when it can count them (then every eligible pair scores at least 0.01), else from
    /// one parallel all-pairs pass.
    pub(crate) fn has_partner(&self) -> Vec<bool> {
        let ds = self.ds;
        if let Some((kernel, census)) = &self.packed {
            let counted: Option<Vec<bool>> = (0..ds.groups.len())
                .into_par_iter()
                .map(|g| census.partners(ds, kernel, g).map(|p| p > 0))
                .collect();
            if let Some(counted) = counted {
                return counted;
            }
        }
        crate::candidates::scan::top_candidates(ds, self.scoring, 1, 0)
            .into_iter()
            .map(|c| !c.is_empty())
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::candidates::order::{Pair, best_first};
    use crate::candidates::reference::{candidates, why_alone};
    use crate::score::{Exclusion, exclusions, score};
    use crate::testkit::{arb_dataset, arb_scoring};
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
        fn agrees_with_the_reference_functions(
            ds in arb_dataset(30),
            s in arb_scoring(),
            vetoes in proptest::collection::vec((0usize..30, 0usize..30), 0..12),
        ) {
            // Some vetoed pairs (--forbid), counted one by one like twins.
            let mut ds = ds;
            let n = ds.groups.len();
            for (a, b) in vetoes {
                if a < n && b < n && a != b {
                    ds.forbid(a, b);
                }
            }
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
}
