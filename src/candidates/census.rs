//! A census of the groups by language set and country: how many eligible partners a group
//! has and how many groups each rule excludes, without scoring a pair.
//!
//! Whether a pair passes the rules depends only on the two countries, language sets and
//! capacities, and on existing twins and vetoed pairs (few, counted one by one). Counting eligible partners
//! this way is exact when every pair passing the rules scores at least 0.01; when that
//! cannot be guaranteed (common-language rule off, or a languages weight so small that one
//! shared language rounds to 0) the census declines and callers score pairs instead.
//! Tested through [`crate::candidates::alone`] against the reference functions.

use std::collections::HashMap;

use crate::model::dataset::Dataset;
use crate::score::kernel::Kernel;
use crate::score::{Exclusion, Scoring, rules};

/// How many groups there are by language set, and by language set and country; the
/// counts only include groups the capacity rule lets into pairs.
pub(crate) struct Census {
    rules: crate::score::Rules,
    /// Every group by country (for the same-country rule).
    by_country: HashMap<usize, usize>,
    /// Every group by language set (for the common-language rule).
    by_languages: Vec<(u128, usize)>,
    /// For every language set and country of an open group, how many open groups share a
    /// language with it and pass the country rule (itself included when that rule is off):
    /// what [`partners`](Self::partners) starts from, counted once per profile rather than
    /// once per group.
    sharing: HashMap<(u128, usize), usize>,
    /// Groups the capacity rule keeps out of every pair.
    unavailable: usize,
    /// Each group's existing twins, listed on either side.
    twins: Vec<Vec<usize>>,
    /// Each group's vetoed partners (`--forbid`), listed on either side.
    forbidden: Vec<Vec<usize>>,
    /// Whether every pair passing the rules scores at least 0.01, so that eligible
    /// partners can be counted without scoring them.
    exact: bool,
}

impl Census {
    pub(crate) fn new(ds: &Dataset, kernel: &Kernel, scoring: &Scoring) -> Self {
        let n = ds.groups.len();
        let mut by_country = HashMap::new();
        let mut by_languages: HashMap<u128, usize> = HashMap::new();
        let mut open_by_languages: HashMap<u128, usize> = HashMap::new();
        let mut open_by_languages_country = HashMap::new();
        let mut twins = vec![Vec::new(); n];
        let mut forbidden = vec![Vec::new(); n];
        for (g, group) in ds.groups.iter().enumerate() {
            let languages = kernel.languages(g);
            *by_country.entry(group.country).or_default() += 1;
            *by_languages.entry(languages).or_default() += 1;
            if kernel.available(g) {
                *open_by_languages.entry(languages).or_default() += 1;
                *open_by_languages_country
                    .entry((languages, group.country))
                    .or_default() += 1;
            }
            for (lists, listed) in [
                (&mut twins, &group.twins),
                (&mut forbidden, &group.forbidden),
            ] {
                for &t in listed {
                    if t != g && t < n {
                        lists[g].push(t);
                        lists[t].push(g);
                    }
                }
            }
        }
        for list in twins.iter_mut().chain(&mut forbidden) {
            list.sort_unstable();
            list.dedup();
        }
        let sorted = |m: HashMap<u128, usize>| {
            let mut v: Vec<(u128, usize)> = m.into_iter().collect();
            v.sort_unstable();
            v
        };
        // An eligible pair shares a language: it scores at least what one shared language
        // among the most any group speaks gives.
        let most_languages = (0..n).map(|g| kernel.languages(g).count_ones()).max();
        let least = crate::score::language_points(
            1,
            most_languages.unwrap_or(1),
            most_languages.unwrap_or(1),
            &scoring.weights,
        );
        let open_by_languages = sorted(open_by_languages);
        let sharing = open_by_languages_country
            .keys()
            .map(|&(mine, country)| {
                let count: usize = open_by_languages
                    .iter()
                    .filter(|(set, _)| set & mine != 0)
                    .map(|&(set, count)| {
                        let same = open_by_languages_country.get(&(set, country));
                        count
                            - if scoring.rules.different_country {
                                same.copied().unwrap_or(0)
                            } else {
                                0
                            }
                    })
                    .sum();
                ((mine, country), count)
            })
            .collect();
        Self {
            rules: scoring.rules,
            by_country,
            by_languages: sorted(by_languages),
            sharing,
            unavailable: (0..n).filter(|&g| !kernel.available(g)).count(),
            twins,
            forbidden,
            exact: scoring.rules.common_language && crate::score::to_hundredths(least) > 0,
        }
    }

    /// How many eligible partners `g` has (score ≥ 0.01), when the census can count them
    /// (see `exact`; a group always speaks a language, the counts assume it).
    pub(crate) fn partners(&self, ds: &Dataset, kernel: &Kernel, g: usize) -> Option<usize> {
        let mine = kernel.languages(g);
        if !self.exact || mine == 0 {
            return None;
        }
        if !kernel.available(g) {
            return Some(0);
        }
        let rules = &self.rules;
        let country = ds.groups[g].country;
        // Groups sharing a language (the rule is on), open, in another country; `g` is
        // open, so its profile was counted.
        let mut partners = self.sharing[&(mine, country)];
        if !rules.different_country {
            partners -= 1; // g itself
        }
        // Listed partners the aggregate counted: open, sharing a language, and in another
        // country when that rule is on.
        let counted = |t: &&usize| {
            kernel.available(**t)
                && kernel.languages(**t) & mine != 0
                && !(rules.different_country && ds.groups[**t].country == country)
        };
        let twins = &self.twins[g];
        let twinned = |t: usize| rules.exclude_existing_twins && twins.binary_search(&t).is_ok();
        if rules.exclude_existing_twins {
            partners -= twins.iter().filter(counted).count();
        }
        // Vetoed partners not already taken off as twins.
        partners -= self.forbidden[g]
            .iter()
            .filter(counted)
            .filter(|&&t| !twinned(t))
            .count();
        Some(partners)
    }

    /// Eligible partners of `g` and, per rule, how many other groups it excludes; `None`
    /// when the census cannot count them.
    pub(crate) fn count(
        &self,
        ds: &Dataset,
        kernel: &Kernel,
        g: usize,
    ) -> Option<(usize, Vec<(Exclusion, usize)>)> {
        let partners = self.partners(ds, kernel, g)?;
        let n = ds.groups.len();
        let rules = &self.rules;
        let mine = kernel.languages(g);
        let counts = Exclusion::ALL.map(|rule| match rule {
            Exclusion::SameCountry if rules.different_country => {
                self.by_country[&ds.groups[g].country] - 1
            }
            Exclusion::NoCommonLanguage if rules.common_language => self
                .by_languages
                .iter()
                .filter(|(set, _)| set & mine == 0)
                .map(|&(_, count)| count)
                .sum(),
            Exclusion::AlreadyTwins if rules.exclude_existing_twins => self.twins[g].len(),
            Exclusion::Forbidden => self.forbidden[g].len(),
            Exclusion::NoCapacity if rules.require_capacity => {
                if kernel.available(g) {
                    self.unavailable
                } else {
                    n - 1
                }
            }
            _ => 0,
        });
        Some((partners, rules::tally(counts)))
    }
}
