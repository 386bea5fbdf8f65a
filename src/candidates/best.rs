//! Each group's best `k` eligible candidates, each found the cheapest way: none to look
//! for when the [`Census`] counts no eligible partner; the partners themselves, listed by
//! language and country ([`Speakers`]), when there are few of them; else a walk of the
//! [`ProfileIndex`], best bound first.
//!
//! A walk stops once `k` candidates beat every bound left, so a group with fewer eligible
//! partners than that, or with partners scoring far below the best bounds, walks the whole
//! index (every theme set, every class): at a million generated groups that was 80 % of
//! `match --per-group 10`. Listing the few partners instead costs what there is to find.
//!
//! All three give the lists scoring every other group gives (tested against
//! `scan::row_candidates`).

use rayon::prelude::*;

use crate::candidates::census::Census;
use crate::candidates::heaps::Heaps;
use crate::candidates::index::{Keep, ProfileIndex};
use crate::candidates::order::{Pair, key};
use crate::model::dataset::Dataset;
use crate::model::profile::set_bits;
use crate::score::kernel::{Kernel, with_popcnt};
use crate::score::{Hundredths, Scoring};

/// Groups with at most this many eligible partners get them listed rather than walked: a
/// walk that cannot stop early passes over every class of the index (hundreds of thousands
/// at a million groups), listing costs tens of nanoseconds a partner (scattered reads). At
/// a million generated groups, 1,000 makes `match --per-group 10` find its lists in 3.7 s,
/// 20,000 in 7.3 s.
const FEW: usize = 1_000;

/// The index, the census and the speakers of one dataset, built once for many groups.
pub(crate) struct BestCandidates<'k, 'a> {
    index: ProfileIndex<'k, 'a>,
    census: Census,
    /// `None` without the common-language rule (partners need not share a language).
    speakers: Option<Speakers>,
    /// Groups with at most this many eligible partners get them listed ([`FEW`]; fewer in
    /// tests, to mix the ways).
    few: usize,
}

impl<'k, 'a> BestCandidates<'k, 'a> {
    /// Indexes every group of `ds` the capacity rule lets into pairs; `kernel` is packed
    /// in dataset order ([`Kernel::new`]).
    pub(crate) fn new(ds: &Dataset, scoring: &Scoring, kernel: &'k Kernel<'a>) -> Self {
        let open = || (0..kernel.len()).filter(|&g| kernel.available(g));
        Self {
            index: ProfileIndex::new(kernel, open()),
            census: Census::new(ds, kernel, scoring),
            speakers: kernel
                .common_language_rule()
                .then(|| Speakers::new(kernel, open())),
            few: FEW,
        }
    }

    /// The best `k` eligible candidates scoring at least `min_score` of each of `groups`
    /// (dataset indices), best first, in the order of `groups`, in parallel; calls
    /// `progress()` once per group done (from any thread).
    pub(crate) fn of(
        &self,
        ds: &Dataset,
        groups: &[usize],
        k: usize,
        min_score: Hundredths,
        progress: &(dyn Fn() + Sync),
    ) -> Vec<Vec<Pair>> {
        self.of_with(ds, groups, k, min_score, |_, list| {
            progress();
            list
        })
    }

    /// [`of`](Self::of), each group's list turned into `f(group, list)` as soon as it is
    /// found (in a smaller form, say, when there are many to hold).
    pub(crate) fn of_with<T: Send>(
        &self,
        ds: &Dataset,
        groups: &[usize],
        k: usize,
        min_score: Hundredths,
        f: impl Fn(usize, Vec<Pair>) -> T + Sync,
    ) -> Vec<T> {
        let kernel = self.index.kernel();
        let k = k.min(kernel.len());
        let way = |g: usize| -> Way {
            if k == 0 || !kernel.available(g) {
                return Way::Nothing;
            }
            match (self.census.partners(ds, kernel, g), &self.speakers) {
                (Some(0), _) => Way::Nothing,
                (Some(p), Some(_)) if p <= self.few => Way::List,
                _ => Way::Walk,
            }
        };
        let ways: Vec<Way> = groups.par_iter().map(|&g| way(g)).collect();
        let walkers: Vec<usize> = groups
            .iter()
            .zip(&ways)
            .filter(|(_, way)| **way == Way::Walk)
            .map(|(&g, _)| g)
            .collect();
        let mut walked = self
            .index
            .map_by_themes(&walkers, |g, order| {
                let list =
                    self.index
                        .best_in_order(g, k, Keep::Eligible(min_score), |_| false, order);
                f(g, list)
            })
            .into_iter();
        let listed: Vec<Option<T>> = groups
            .par_iter()
            .zip(&ways)
            .map(|(&g, way)| match (way, &self.speakers) {
                (Way::Nothing, _) => Some(f(g, Vec::new())),
                (Way::List, Some(speakers)) => Some(f(g, speakers.best(kernel, g, k, min_score))),
                _ => None,
            })
            .collect();
        listed
            .into_iter()
            .map(|list| list.unwrap_or_else(|| walked.next().expect("one walk per walker")))
            .collect()
    }
}

/// How a group's candidates are found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Way {
    /// It has no eligible partner.
    Nothing,
    /// Its partners are few: listed.
    List,
    /// A walk of the profile index.
    Walk,
}

/// Groups by language spoken, then country, then id: the groups sharing a language with a
/// group, in other countries, without looking at any other.
struct Speakers {
    /// For each language (bit of the interned set): its speakers' runs by country, as
    /// (country, start, end) into `members`, by country.
    runs: Vec<Vec<(u32, u32, u32)>>,
    members: Vec<u32>,
}

impl Speakers {
    fn new(kernel: &Kernel, groups: impl Iterator<Item = usize>) -> Self {
        let mut entries: Vec<(u8, u32, u32)> = groups
            .flat_map(|g| {
                set_bits(kernel.languages(g)).map(move |l| (l as u8, kernel.country(g), g as u32))
            })
            .collect();
        entries.par_sort_unstable();
        let mut runs = vec![Vec::new(); 128];
        for (at, run) in entries
            .chunk_by(|a, b| (a.0, a.1) == (b.0, b.1))
            .scan(0u32, |at, run| {
                let start = *at;
                *at += run.len() as u32;
                Some((start, run))
            })
        {
            let (language, country, _) = run[0];
            runs[usize::from(language)].push((country, at, at + run.len() as u32));
        }
        Self {
            runs,
            members: entries.into_iter().map(|(_, _, g)| g).collect(),
        }
    }

    /// The best `k` eligible candidates of `g` scoring at least `min_score`, best first,
    /// among the groups it shares a language with (all its eligible partners when the
    /// common-language rule is on). Each is looked at once, under the first language the
    /// two share.
    fn best(&self, kernel: &Kernel, g: usize, k: usize, min_score: Hundredths) -> Vec<Pair> {
        with_popcnt(
            #[inline(always)]
            || {
                let mut heap = Heaps::new(1, k);
                let (mine, country) = (kernel.languages(g), kernel.country(g));
                let own_country = kernel.different_country_rule();
                for language in set_bits(mine) {
                    for &(c, start, end) in &self.runs[language] {
                        if own_country && c == country {
                            continue;
                        }
                        for &m in &self.members[start as usize..end as usize] {
                            let m = m as usize;
                            let first = (mine & kernel.languages(m)).trailing_zeros();
                            if first as usize != language {
                                continue;
                            }
                            if let Some(score) = kernel.pair(g, m).filter(|&s| s >= min_score) {
                                heap.offer(0, key(score, m));
                            }
                        }
                    }
                }
                heap.sorted(g, 0)
            },
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::candidates::scan::row_candidates;
    use crate::testkit::{arb_dataset, arb_scoring};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        /// Every way gives what scoring every other group gives: the census's choice, and
        /// the listing and the walk forced for every group.
        #[test]
        fn equals_scoring_every_group(
            ds in arb_dataset(60), s in arb_scoring(), k in prop_oneof![1usize..8, Just(1000)],
            min in 0u32..3000, few in prop_oneof![Just(FEW), 0usize..20],
        ) {
            let Some(kernel) = Kernel::new(&ds, &s) else { return Ok(()) };
            let n = ds.groups.len();
            let open: Vec<usize> = (0..n).filter(|&g| kernel.available(g)).collect();
            let mut best = BestCandidates::new(&ds, &s, &kernel);
            best.few = few;
            let every: Vec<usize> = (0..n).rev().collect();
            let got = best.of(&ds, &every, k, min, &|| {});
            for (&g, list) in every.iter().zip(&got) {
                let expected = if kernel.available(g) {
                    row_candidates(&kernel, g, &open, k, min, |o| o == g)
                } else {
                    Vec::new()
                };
                prop_assert_eq!(list, &expected, "group {}", g);
                if let Some(speakers) = &best.speakers {
                    prop_assert_eq!(&speakers.best(&kernel, g, k, min), &expected, "listed {}", g);
                }
                let walked = best.index.best(g, k, Keep::Eligible(min), |_| false);
                prop_assert_eq!(&walked, &expected, "walked {}", g);
            }
        }
    }
}
