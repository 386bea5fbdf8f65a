//! Ranking: the eligible pairs of a dataset, ordered best first with a fixed tie-break.
//!
//! Pairs are ordered by score (descending), then by the ids of their two groups, so the
//! order never depends on input order. Groups are indexed in id order (see `dataset`), so
//! comparing indices is comparing ids. These are the oracles the fast paths are tested
//! against, and the fallback when the kernel cannot pack a dataset.

use super::order::{Pair, best_first};
use crate::model::dataset::Dataset;
use crate::score::{Hundredths, Scoring, eligible, score};

/// Every eligible pair once (`a < b`) scoring at least `min_score`, best first.
pub fn all_pairs(ds: &Dataset, scoring: &Scoring, min_score: Hundredths) -> Vec<Pair> {
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

/// Why a group has no eligible partner: computed by [`alone`](crate::candidates::alone).
// Shim for `cmd/mod.rs`, which imports it from here: remove once it imports
// `crate::candidates::alone::why_alone`.
pub use crate::candidates::alone::why_alone;

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::model::profile::{Group, Source};
    use crate::settings::Config;

    /// A dataset from (id, country, languages, themes, capacity) rows, in id order.
    pub(crate) fn dataset(specs: &[(&str, usize, &[usize], u128, u32)]) -> Dataset {
        Dataset {
            groups: specs
                .iter()
                .map(|&(id, country, langs, themes, capacity)| Group {
                    id: id.into(),
                    name: id.into(),
                    country,
                    languages: langs.to_vec(),
                    themes,
                    city: None,
                    capacity,
                    twins: vec![],
                    source: Source {
                        file: "t".into(),
                        line: 1,
                    },
                })
                .collect(),
        }
    }

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
}
