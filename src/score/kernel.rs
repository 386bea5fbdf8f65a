//! The fast scorer: every group's profile packed into flat arrays of small integers and
//! bit sets, so scoring a pair is a few popcounts and one call to [`combine`](crate::score::combine), with no
//! allocation. Scores are bit-identical to the reference [`score::components`](crate::score::components)
//! because both go through [`combine`](crate::score::combine); tests check it on random inputs anyway.

use crate::model::dataset::Dataset;
use crate::model::profile::Group;
use crate::score::rules::Facts;
use crate::score::{
    Hundredths, Scoring, language_points, theme_points, to_hundredths, weighted_count,
    weighted_size,
};

/// Theme and language counts up to this size are scored from tables (beyond, directly).
const MAX_COUNT: usize = 8;
/// Count pairs (c, c_priority) per dimension of the theme table.
const SLOTS: usize = (MAX_COUNT + 1) * (MAX_COUNT + 1);

/// Where the pair of counts (`first`, `second`), each up to [`MAX_COUNT`], sits in a block
/// of [`SLOTS`] table entries: (themes, priority themes) in the theme table, (shared,
/// smaller list) in the language table.
#[inline(always)]
const fn slot(first: usize, second: usize) -> usize {
    first * (MAX_COUNT + 1) + second
}
/// At most this many distinct (themes, priority themes) counts get a table row.
const MAX_CLASSES: usize = 48;
/// Marks a group whose counts have no table row.
const NO_CLASS: u16 = u16::MAX;

/// The most distinct languages a dataset may use for the kernel (one 128-bit set).
pub(crate) const MAX_LANGUAGES: usize = 128;

/// Whether the CPU has the popcount instruction (checked once, cached by std).
#[inline]
fn has_popcnt() -> bool {
    #[cfg(target_arch = "x86_64")]
    {
        std::arch::is_x86_feature_detected!("popcnt")
    }
    #[cfg(not(target_arch = "x86_64"))]
    {
        false
    }
}

/// Runs `f` compiled with the CPU's popcount instruction when it has one (detected at run
/// time, so the default build runs everywhere; without it, `count_ones` is a dozen
/// instructions). The gain needs `f` inlined into the body compiled for popcnt, with the
/// code it calls: mark the closure `#[inline(always)]` (else it stays a function of its
/// own, compiled without popcnt) and let it call `#[inline(always)]` code. The one place
/// twin enables a CPU feature.
#[inline(always)]
pub(crate) fn with_popcnt<R>(f: impl FnOnce() -> R) -> R {
    #[cfg(target_arch = "x86_64")]
    if has_popcnt() {
        #[target_feature(enable = "popcnt")]
        fn enabled<R>(f: impl FnOnce() -> R) -> R {
            f()
        }
        // SAFETY: `enabled` only requires the popcnt feature, and the CPU was just detected
        // to have it; it does nothing but call `f`, safe code.
        #[allow(unsafe_code)]
        return unsafe { enabled(f) };
    }
    f()
}

/// The sum of the scores of every eligible pair: the kernel alone, for benchmarks (and
/// a test against the reference scorer).
pub fn all_pairs_checksum(kernel: &Kernel) -> u64 {
    with_popcnt(
        #[inline(always)]
        || checksum(kernel),
    )
}

#[inline(always)]
fn checksum(kernel: &Kernel) -> u64 {
    let mut sum = 0u64;
    for a in 0..kernel.len() {
        for b in a + 1..kernel.len() {
            let (ok, s) = kernel.pair_parts(a, b);
            sum += u64::from(s) * u64::from(ok);
        }
    }
    sum
}

/// Packed profiles. Groups sit at *positions* `0..len()`, in an order the caller chooses
/// (e.g. grouped by language set, so that blocks of pairs with no common language can be
/// skipped whole); [`Kernel::group`] maps a position back to the dataset index.
#[derive(Debug, Clone)]
pub struct Kernel<'a> {
    groups: &'a [Group],
    scoring: Scoring,
    /// The dataset index of the group at each position.
    group: Vec<u32>,
    country: Vec<u32>,
    themes: Vec<u128>,
    languages: Vec<u128>,
    language_count: Vec<u32>,
    /// W(T) of each group, as in the reference formula.
    theme_weight: Vec<f64>,
    /// Capacity ≥ 1.
    open: Vec<bool>,
    /// The group lists twins or vetoed pairs (most list neither: the look-ups are skipped).
    has_lists: Vec<bool>,
    /// Each group's (theme count, priority theme count) class, or `NO_CLASS`.
    class: Vec<u16>,
    classes: usize,
    /// `theme_points` for every (class A, class B, shared count, shared priority count).
    theme_table: Vec<f64>,
    /// `language_points` for every (shared languages, smaller language count).
    language_table: Vec<f64>,
}

impl<'a> Kernel<'a> {
    /// Packs every group of `ds` in dataset order; `None` when the dataset uses more than
    /// [`MAX_LANGUAGES`] languages (the caller then uses the reference path).
    pub fn new(ds: &'a Dataset, scoring: &Scoring) -> Option<Self> {
        let order: Vec<usize> = (0..ds.groups.len()).collect();
        Self::with_order(ds, scoring, &order)
    }

    /// Packs the groups `order` lists (dataset indices), position `p` holding `order[p]`.
    pub fn with_order(ds: &'a Dataset, scoring: &Scoring, order: &[usize]) -> Option<Self> {
        use rayon::prelude::*;
        // Each column is filled on every thread: at a million groups this is a third of a
        // second on one.
        let mut interned: Vec<usize> = ds
            .groups
            .par_iter()
            .flat_map_iter(|g| g.languages.iter().copied())
            .collect();
        interned.par_sort_unstable();
        interned.dedup();
        if interned.len() > MAX_LANGUAGES {
            return None;
        }
        let bit = |l: &usize| 1u128 << interned.binary_search(l).expect("interned");
        let g: Vec<&Group> = order.par_iter().map(|&i| &ds.groups[i]).collect();
        let (class, classes, theme_table) = theme_table(&g, scoring);
        let language_table = (0..=MAX_COUNT as u32)
            .flat_map(|shared| {
                (0..=MAX_COUNT as u32)
                    .map(move |smaller| language_points(shared, smaller, smaller, &scoring.weights))
            })
            .collect();
        Some(Self {
            class,
            classes,
            theme_table,
            language_table,
            groups: &ds.groups,
            scoring: scoring.clone(),
            group: order.par_iter().map(|&i| i as u32).collect(),
            country: g.par_iter().map(|x| x.country as u32).collect(),
            themes: g.par_iter().map(|x| x.themes).collect(),
            languages: g
                .par_iter()
                .map(|x| x.languages.iter().map(bit).fold(0, |acc, b| acc | b))
                .collect(),
            language_count: g.par_iter().map(|x| x.languages.len() as u32).collect(),
            theme_weight: g
                .par_iter()
                .map(|x| weighted_size(x.themes, scoring))
                .collect(),
            open: g.par_iter().map(|x| x.capacity > 0).collect(),
            has_lists: g
                .par_iter()
                .map(|x| !x.twins.is_empty() || !x.forbidden.is_empty())
                .collect(),
        })
    }

    /// How many groups are packed.
    pub fn len(&self) -> usize {
        self.country.len()
    }

    pub fn is_empty(&self) -> bool {
        self.country.is_empty()
    }

    /// The dataset index of the group at position `p`.
    #[inline(always)]
    pub fn group(&self, p: usize) -> usize {
        self.group[p] as usize
    }

    /// The interned language set of the group at position `p`.
    #[inline(always)]
    pub fn languages(&self, p: usize) -> u128 {
        self.languages[p]
    }

    /// Whether the group at position `p` can be in any pair at all (capacity rule).
    #[inline(always)]
    pub fn available(&self, p: usize) -> bool {
        self.open[p] | !self.scoring.rules.require_capacity
    }

    /// The score of the pair at positions `a`, `b` when it is eligible, else `None`. Same
    /// result as `score::eligible` + `score::score` on the groups there.
    #[inline(always)]
    pub fn pair(&self, a: usize, b: usize) -> Option<Hundredths> {
        let (eligible, score) = self.pair_parts(a, b);
        eligible.then_some(score)
    }

    /// Whether the pair is eligible, and its score either way. Without branches on the
    /// data ([`Rules::hits`](crate::score::Rules::hits)): in the all-pairs loop, country
    /// and language tests are coin flips the CPU cannot predict, and a mispredicted branch
    /// costs more than scoring the pair.
    #[inline(always)]
    pub fn pair_parts(&self, a: usize, b: usize) -> (bool, Hundredths) {
        let common_languages = (self.languages[a] & self.languages[b]).count_ones();
        let eligible = self.scoring.rules.admit(self.facts(a, b, common_languages));
        ((a != b) & eligible, self.score(a, b, common_languages))
    }

    /// Which rules exclude the pair, in the order of
    /// [`Exclusion::ALL`](crate::score::Exclusion::ALL), and its score either way. Same as
    /// `score::exclusions` + `score::score`.
    #[inline(always)]
    pub fn rules_and_score(
        &self,
        a: usize,
        b: usize,
    ) -> ([bool; crate::score::Exclusion::COUNT], Hundredths) {
        let common_languages = (self.languages[a] & self.languages[b]).count_ones();
        let hits = self.scoring.rules.hits(self.facts(a, b, common_languages));
        (hits, self.score(a, b, common_languages))
    }

    /// The facts the rules look at in the pair at positions `a`, `b`, read from the packed
    /// arrays. Existing twins and vetoes are rare: the look-ups are almost never made.
    #[inline(always)]
    fn facts(
        &self,
        a: usize,
        b: usize,
        common_languages: u32,
    ) -> Facts<impl Fn() -> bool + '_, impl Fn() -> bool + '_> {
        // Asked for every pair: inlined, so that only the rare pairs with twins or vetoes
        // leave the loop (a closure is otherwise a call of its own).
        let twinned = {
            #[inline(always)]
            move || {
                (self.has_lists[a] | self.has_lists[b]) && {
                    let (ga, gb) = (self.group(a), self.group(b));
                    self.groups[ga].is_twinned_with(gb) || self.groups[gb].is_twinned_with(ga)
                }
            }
        };
        let forbidden = {
            #[inline(always)]
            move || {
                (self.has_lists[a] | self.has_lists[b]) && {
                    let (ga, gb) = (self.group(a), self.group(b));
                    self.groups[ga].forbids(gb) || self.groups[gb].forbids(ga)
                }
            }
        };
        Facts {
            same_country: self.country[a] == self.country[b],
            share_language: common_languages != 0,
            both_open: self.open[a] & self.open[b],
            twinned,
            forbidden,
        }
    }

    /// The score from tables: no division. The tables hold `theme_points` and
    /// `language_points` for every count, computed by the very functions
    /// `score::combine` calls, so the sum rounds to the same hundredths.
    #[inline(always)]
    fn score(&self, a: usize, b: usize, common_languages: u32) -> Hundredths {
        let w = &self.scoring.weights;
        let themes = self.theme_points(a, b);
        let smaller = self.language_count[a].min(self.language_count[b]);
        let languages = if smaller as usize <= MAX_COUNT && common_languages as usize <= MAX_COUNT {
            self.language_table[slot(common_languages as usize, smaller as usize)]
        } else {
            language_points(common_languages, smaller, smaller, w)
        };
        to_hundredths(themes + languages)
    }

    /// The most the score of the group at `a` can be with any group having the themes of
    /// the group at `b`, whatever its languages: the pair's theme points plus the most
    /// points languages can give. Sums and rounding are monotone, so no such pair scores
    /// more.
    #[inline(always)]
    pub fn score_bound(&self, a: usize, b: usize) -> Hundredths {
        to_hundredths(self.theme_points(a, b) + self.most_language_points())
    }

    fn most_language_points(&self) -> f64 {
        let w = &self.scoring.weights;
        language_points(1, 1, 1, w).max(language_points(0, 1, 1, w))
    }

    /// What [`score_bounds`](Self::score_bounds) needs of the group at `p`, to be packed
    /// side by side by the caller.
    pub fn bound_key(&self, p: usize) -> BoundKey {
        BoundKey {
            themes: self.themes[p],
            class: self.class[p],
            position: p as u32,
        }
    }

    /// [`score_bound`](Self::score_bound) of the group at `a` with each group in `others`,
    /// faster than one by one: the bounds for every (class, shared count) of the other side
    /// are rounded once, so each pair costs two popcounts and a look-up.
    #[inline(always)]
    pub fn score_bounds(&self, a: usize, others: &[BoundKey]) -> Vec<Hundredths> {
        let ca = self.class[a];
        if ca == NO_CLASS {
            return others
                .iter()
                .map(|b| self.score_bound(a, b.position as usize))
                .collect();
        }
        let most = self.most_language_points();
        let start = usize::from(ca) * self.classes * SLOTS;
        let rounded: Vec<Hundredths> = self.theme_table[start..start + self.classes * SLOTS]
            .iter()
            .map(|&points| to_hundredths(points + most))
            .collect();
        let (mine, priorities) = (self.themes[a], self.scoring.priorities);
        // A plain loop, not `map().collect()`: iterator adapters are functions of their own,
        // compiled without popcnt even inside `with_popcnt`.
        let mut bounds = Vec::with_capacity(others.len());
        for b in others {
            let cb = b.class;
            bounds.push(if cb == NO_CLASS {
                self.score_bound(a, b.position as usize)
            } else {
                let shared = mine & b.themes;
                let count = shared.count_ones() as usize;
                let prio = (shared & priorities).count_ones() as usize;
                rounded[usize::from(cb) * SLOTS + slot(count, prio)]
            });
        }
        bounds
    }

    /// Whether pairs must share a language (the rule is on).
    #[inline(always)]
    pub fn common_language_rule(&self) -> bool {
        self.scoring.rules.common_language
    }

    /// Whether the two groups of a pair must be in different countries (the rule is on).
    #[inline(always)]
    pub fn different_country_rule(&self) -> bool {
        self.scoring.rules.different_country
    }

    /// The interned country of the group at position `p`.
    #[inline(always)]
    pub fn country(&self, p: usize) -> u32 {
        self.country[p]
    }

    /// The theme set of the group at position `p`.
    #[inline(always)]
    pub fn themes(&self, p: usize) -> u128 {
        self.themes[p]
    }

    /// The themes' part of the score of the pair at positions `a`, `b` (from the table
    /// when both groups have a class).
    #[inline(always)]
    fn theme_points(&self, a: usize, b: usize) -> f64 {
        let w = &self.scoring.weights;
        let shared = self.themes[a] & self.themes[b];
        let (ca, cb) = (self.class[a], self.class[b]);
        if ca != NO_CLASS && cb != NO_CLASS {
            let count = shared.count_ones() as usize;
            let prio = (shared & self.scoring.priorities).count_ones() as usize;
            let row = (usize::from(ca) * self.classes + usize::from(cb)) * SLOTS;
            self.theme_table[row + slot(count, prio)]
        } else {
            theme_points(
                weighted_size(shared, &self.scoring),
                self.theme_weight[a],
                self.theme_weight[b],
                w,
            )
        }
    }
}

/// A group's themes and theme class, packed for [`Kernel::score_bounds`].
#[derive(Debug, Clone, Copy)]
pub struct BoundKey {
    themes: u128,
    class: u16,
    position: u32,
}

/// Classes of (theme count, priority theme count) for `groups`, and the table of
/// `theme_points` for every pair of classes and every shared (count, priority count).
fn theme_table(groups: &[&Group], scoring: &Scoring) -> (Vec<u16>, usize, Vec<f64>) {
    let counts = |set: u128| {
        (
            set.count_ones() as usize,
            (set & scoring.priorities).count_ones() as usize,
        )
    };
    use rayon::prelude::*;
    // Which counts occur, then the first MAX_CLASSES of them in order.
    let seen = groups
        .par_iter()
        .fold(
            || [false; SLOTS],
            |mut seen, g| {
                let (c, p) = counts(g.themes);
                if c <= MAX_COUNT {
                    seen[slot(c, p)] = true;
                }
                seen
            },
        )
        .reduce(
            || [false; SLOTS],
            |a, b| std::array::from_fn(|i| a[i] || b[i]),
        );
    let kinds: Vec<(usize, usize)> = (0..=MAX_COUNT)
        .flat_map(|c| (0..=MAX_COUNT).map(move |p| (c, p)))
        .filter(|&(c, p)| seen[slot(c, p)])
        .take(MAX_CLASSES)
        .collect();
    let class = groups
        .par_iter()
        .map(|g| {
            kinds
                .binary_search(&counts(g.themes))
                .map_or(NO_CLASS, |i| i as u16)
        })
        .collect();
    let w = |c: usize, p: usize| weighted_count(c, p, &scoring.weights);
    let mut table = Vec::with_capacity(kinds.len() * kinds.len() * SLOTS);
    for &(ca, pa) in &kinds {
        for &(cb, pb) in &kinds {
            for count in 0..=MAX_COUNT {
                for prio in 0..=MAX_COUNT {
                    table.push(theme_points(
                        w(count, prio),
                        w(ca, pa),
                        w(cb, pb),
                        &scoring.weights,
                    ));
                }
            }
        }
    }
    (class, kinds.len(), table)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::score::{eligible, exclusions, rules, score};
    use crate::testkit::{arb_dataset, arb_scoring};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(200))]

        #[test]
        fn score_bounds_hold(ds in arb_dataset(40), s in arb_scoring()) {
            let Some(kernel) = Kernel::new(&ds, &s) else { return Ok(()) };
            let n = ds.groups.len();
            let keys: Vec<BoundKey> = (0..n).map(|p| kernel.bound_key(p)).collect();
            for a in 0..n {
                let bounds = kernel.score_bounds(a, &keys);
                for (b, &bound) in bounds.iter().enumerate() {
                    prop_assert_eq!(bound, kernel.score_bound(a, b));
                    // No group with b's themes scores more with a, whatever its languages.
                    for c in 0..n {
                        if ds.groups[c].themes == ds.groups[b].themes {
                            prop_assert!(score(&ds.groups[a], &ds.groups[c], &s) <= bound);
                        }
                    }
                }
            }
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn kernel_equals_the_reference(ds in arb_dataset(24), s in arb_scoring()) {
            let k = Kernel::new(&ds, &s).unwrap();
            let g = &ds.groups;
            let mut checksum = 0u64;
            for a in 0..g.len() {
                for b in 0..g.len() {
                    let expected = (a != b && eligible(&g[a], a, &g[b], b, &s.rules))
                        .then(|| score(&g[a], &g[b], &s));
                    prop_assert_eq!(k.pair(a, b), expected, "pair {} {}", a, b);
                    if a < b {
                        checksum += expected.map_or(0, u64::from);
                    }
                    if a != b {
                        let (hits, sc) = k.rules_and_score(a, b);
                        prop_assert_eq!(rules::listed(hits), exclusions(&g[a], a, &g[b], b, &s.rules));
                        prop_assert_eq!(sc, score(&g[a], &g[b], &s));
                    }
                }
            }
            prop_assert_eq!(all_pairs_checksum(&k), checksum);
        }
    }
}
