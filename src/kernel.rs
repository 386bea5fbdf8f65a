//! The fast scorer: every group's profile packed into flat arrays of small integers and
//! bit sets, so scoring a pair is a few popcounts and one call to [`combine`], with no
//! allocation. Scores are bit-identical to the reference [`score::components`](crate::score::components)
//! because both go through [`combine`]; tests check it on random inputs anyway.

use crate::dataset::Dataset;
use crate::profile::Group;
use crate::score::{Hundredths, Scoring, combine};

/// The most distinct languages a dataset may use for the kernel (one 128-bit set).
pub const MAX_LANGUAGES: usize = 128;

/// Packed profiles, indexed like the dataset.
#[derive(Debug, Clone)]
pub struct Kernel<'a> {
    groups: &'a [Group],
    scoring: Scoring,
    country: Vec<u32>,
    themes: Vec<u128>,
    languages: Vec<u128>,
    language_count: Vec<u32>,
    /// W(T) of each group, as in the reference formula.
    theme_weight: Vec<f64>,
    /// False when capacity rules exclude the group from every pair.
    available: Vec<bool>,
    has_twins: Vec<bool>,
}

impl<'a> Kernel<'a> {
    /// Packs `ds`; `None` when the dataset uses more than [`MAX_LANGUAGES`] languages (the
    /// caller then uses the reference path).
    pub fn new(ds: &'a Dataset, scoring: &Scoring) -> Option<Self> {
        let mut interned: Vec<usize> = ds
            .groups
            .iter()
            .flat_map(|g| g.languages.iter().copied())
            .collect();
        interned.sort_unstable();
        interned.dedup();
        if interned.len() > MAX_LANGUAGES {
            return None;
        }
        let bit = |l: &usize| 1u128 << interned.binary_search(l).expect("interned");
        let g = &ds.groups;
        Some(Self {
            groups: g,
            scoring: scoring.clone(),
            country: g.iter().map(|x| x.country as u32).collect(),
            themes: g.iter().map(|x| x.themes).collect(),
            languages: g
                .iter()
                .map(|x| x.languages.iter().map(bit).fold(0, |acc, b| acc | b))
                .collect(),
            language_count: g.iter().map(|x| x.languages.len() as u32).collect(),
            theme_weight: g.iter().map(|x| weighted(x.themes, scoring)).collect(),
            available: g
                .iter()
                .map(|x| x.capacity > 0 || !scoring.rules.require_capacity)
                .collect(),
            has_twins: g.iter().map(|x| !x.twins.is_empty()).collect(),
        })
    }

    pub fn len(&self) -> usize {
        self.country.len()
    }

    pub fn is_empty(&self) -> bool {
        self.country.is_empty()
    }

    /// Whether group `a` can be in any pair at all (capacity rule).
    #[inline]
    pub fn available(&self, a: usize) -> bool {
        self.available[a]
    }

    /// The pair's score when it is eligible, else `None`. Same result as
    /// `score::eligible` + `score::score`.
    #[inline]
    pub fn pair(&self, a: usize, b: usize) -> Option<Hundredths> {
        let rules = &self.scoring.rules;
        if !(self.available[a] && self.available[b]) || a == b {
            return None;
        }
        if rules.different_country && self.country[a] == self.country[b] {
            return None;
        }
        let common_languages = (self.languages[a] & self.languages[b]).count_ones();
        if rules.common_language && common_languages == 0 {
            return None;
        }
        if rules.exclude_existing_twins
            && (self.has_twins[a] || self.has_twins[b])
            && (self.groups[a].is_twinned_with(b) || self.groups[b].is_twinned_with(a))
        {
            return None;
        }
        Some(self.score(a, b, common_languages))
    }

    #[inline(always)]
    fn score(&self, a: usize, b: usize, common_languages: u32) -> Hundredths {
        combine(
            weighted(self.themes[a] & self.themes[b], &self.scoring),
            self.theme_weight[a],
            self.theme_weight[b],
            common_languages,
            self.language_count[a],
            self.language_count[b],
            &self.scoring.weights,
        )
        .score
    }
}

/// W(X), computed exactly as `score::weighted_size` does.
#[inline(always)]
fn weighted(set: u128, scoring: &Scoring) -> f64 {
    let all = set.count_ones() as f64;
    let prio = (set & scoring.priorities).count_ones() as f64;
    all + (scoring.weights.priority - 1.0) * prio
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::profile::Source;
    use crate::score::{Rules, Weights, eligible, score, weighted_size};
    use proptest::prelude::*;

    /// A random dataset: `n` groups over few countries and languages so that every rule
    /// fires, with random twins and capacities.
    pub(crate) fn arb_dataset(max: usize) -> impl Strategy<Value = Dataset> {
        proptest::collection::vec(
            (
                0usize..4,
                proptest::collection::btree_set(0usize..5, 1..3),
                1u128..(1 << 8),
                0u32..3,
                proptest::collection::vec(0usize..max, 0..2),
            ),
            1..max,
        )
        .prop_map(|rows| {
            let n = rows.len();
            let groups = rows
                .into_iter()
                .enumerate()
                .map(|(i, (country, langs, themes, capacity, twins))| {
                    let mut twins: Vec<usize> =
                        twins.into_iter().filter(|&t| t < n && t != i).collect();
                    twins.sort_unstable();
                    twins.dedup();
                    Group {
                        id: format!("G{i:04}"),
                        name: format!("group {i}"),
                        country,
                        languages: langs.into_iter().collect(),
                        themes,
                        city: None,
                        capacity,
                        twins,
                        source: Source {
                            file: "t".into(),
                            line: i as u64 + 2,
                        },
                    }
                })
                .collect();
            Dataset { groups }
        })
    }

    pub(crate) fn arb_scoring() -> impl Strategy<Value = Scoring> {
        (
            0.0f64..3.0,
            0.0f64..3.0,
            0.5f64..4.0,
            0u128..(1 << 8),
            any::<[bool; 4]>(),
        )
            .prop_map(|(t, l, p, pr, r)| Scoring {
                weights: Weights {
                    themes: t,
                    languages: l,
                    priority: p,
                },
                priorities: pr,
                rules: Rules {
                    different_country: r[0],
                    common_language: r[1],
                    exclude_existing_twins: r[2],
                    require_capacity: r[3],
                },
            })
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn kernel_equals_the_reference(ds in arb_dataset(24), s in arb_scoring()) {
            let k = Kernel::new(&ds, &s).unwrap();
            let g = &ds.groups;
            for a in 0..g.len() {
                prop_assert_eq!(weighted(g[a].themes, &s).to_bits(), weighted_size(g[a].themes, &s).to_bits());
                for b in 0..g.len() {
                    let expected = (a != b && eligible(&g[a], a, &g[b], b, &s.rules))
                        .then(|| score(&g[a], &g[b], &s));
                    prop_assert_eq!(k.pair(a, b), expected, "pair {} {}", a, b);
                }
            }
        }
    }
}
