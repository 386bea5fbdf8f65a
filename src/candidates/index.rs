//! The best candidates of one group without scoring every other group: groups indexed by
//! profile, visited best bound first.
//!
//! A pair's score depends only on the two groups' themes and languages. Groups with the
//! same themes and languages form a *class*: every member scores the same with a given
//! group. Classes with the same themes form a *theme set*: none of its classes scores more
//! with a group than that pair's theme points plus the most points languages can give
//! ([`Kernel::score_bound`]). To find a group's best `k` candidates, its theme sets are
//! sorted by that bound and visited best first; the walk stops as soon as the bound falls
//! below the `k`-th best score found, skips every class (one score computation) that cannot
//! beat it, and takes a class's members in ascending id order, stopping at the first that
//! cannot. Real profiles have far fewer theme sets than groups (10,782 for 100,000
//! generated groups), and a group's best candidates sit in the first few.
//!
//! The lists are exactly those scoring every other group gives, ties included (tested
//! against `scan::row_candidates`, test-only).

use rayon::prelude::*;

use crate::candidates::heaps::{Heaps, PairHeap};
use crate::candidates::order::Pair;
use crate::candidates::order::key;
use crate::score::Hundredths;
use crate::score::kernel::{BoundKey, Kernel, with_popcnt};

/// Groups of a dataset by themes, then languages. Positions are dataset indices: the
/// kernel must be packed in dataset order ([`Kernel::new`]).
pub(crate) struct ProfileIndex<'k, 'a> {
    kernel: &'k Kernel<'a>,
    /// Runs of classes with the same themes.
    theme_sets: Vec<ThemeClasses>,
    classes: Vec<Class>,
    /// Groups indexed (members of all classes).
    members: usize,
    /// The class of every indexed group, by dataset index (`u32::MAX`: not indexed).
    class_of: Vec<u32>,
    /// The theme set of every class.
    set_of: Vec<u32>,
    /// The representative of every theme set, packed for the bounds.
    representatives: Vec<BoundKey>,
}

/// The classes of one theme set: a run of `ProfileIndex::classes`.
struct ThemeClasses {
    /// A group with these themes (for the bound).
    representative: u32,
    classes: std::ops::Range<u32>,
    /// Members of its classes (0: nothing left to visit).
    members: usize,
}

struct Class {
    languages: u128,
    /// A group with these themes and languages (for the score), kept even when the class
    /// empties.
    representative: u32,
    /// Ascending dataset indices, removed ones included until the class is compacted.
    members: Vec<u32>,
    /// How many of `members` are removed.
    removed: usize,
}

/// Where a walk of [`ProfileIndex::best_after`] starts: after the candidate ranked at
/// `after` (a key as `order::key` makes it; `u64::MAX`: from the best), among the groups
/// with ids at least `lowest`.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Resume {
    pub(crate) after: u64,
    pub(crate) lowest: usize,
}

impl Resume {
    /// From the best candidate, among all groups.
    pub(crate) const START: Resume = Resume {
        after: u64::MAX,
        lowest: 0,
    };
}

/// Which other groups a walk keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Keep {
    /// Eligible pairs scoring at least this much.
    Eligible(Hundredths),
    /// Groups scoring at least this much and sharing a language when the rule asks for
    /// one, the group itself included: what every group with the same profile may pair
    /// with, before the rules about countries, capacities and twins (checked per group).
    Profile(Hundredths),
    /// Every other group, whatever the rules (the nearest groups by score).
    Any,
}

/// The order one theme set's groups visit the index in: theme sets best bound first,
/// ties by theme set, each with its bound. The first theme sets (those in the best bins of
/// [`VisitOrder::BIN`] hundredths holding at least [`VisitOrder::FIRST`]) are sorted when the
/// order is made; the whole order, a stable radix sort on the bound (two passes of 8 bits),
/// only when a walk goes past them: at a million groups, sorting every theme set for every
/// theme set was most of `match --per-group 10`, and half of all walks stop within two.
pub(crate) struct VisitOrder {
    first: Vec<(Hundredths, u32)>,
    /// Every theme set's bound, by theme set.
    bounds: Vec<Hundredths>,
    all: std::sync::OnceLock<Vec<(Hundredths, u32)>>,
}

impl VisitOrder {
    /// How many theme sets at least are sorted at once.
    const FIRST: usize = 64;
    /// The width of a bin of bounds, in hundredths.
    const BIN: Hundredths = 64;
    /// The highest bound (100 points).
    const TOP: Hundredths = 10_000;

    fn new(bounds: Vec<Hundredths>) -> Self {
        let bin = |b: Hundredths| ((Self::TOP - b.min(Self::TOP)) / Self::BIN) as usize;
        let mut counts = [0usize; (Self::TOP / Self::BIN) as usize + 1];
        for &b in &bounds {
            counts[bin(b)] += 1;
        }
        let mut last = counts.len() - 1;
        let mut taken = 0;
        for (i, &c) in counts.iter().enumerate() {
            taken += c;
            if taken >= Self::FIRST {
                last = i;
                break;
            }
        }
        let mut first: Vec<(Hundredths, u32)> = bounds
            .iter()
            .enumerate()
            .filter(|&(_, &b)| bin(b) <= last)
            .map(|(t, &b)| (b.min(Self::TOP), t as u32))
            .collect();
        first.sort_unstable_by_key(|&(b, t)| (std::cmp::Reverse(b), t));
        Self {
            first,
            bounds,
            all: std::sync::OnceLock::new(),
        }
    }

    /// The theme sets in order, with their bounds.
    pub(crate) fn iter(&self) -> impl Iterator<Item = (Hundredths, u32)> + '_ {
        let sorted = self.first.len();
        let rest = std::iter::once(()).flat_map(move |()| {
            let rest: &[(Hundredths, u32)] = if sorted == self.bounds.len() {
                &[]
            } else {
                &self.all()[sorted..]
            };
            rest.iter().copied()
        });
        self.first.iter().copied().chain(rest)
    }

    /// The whole order, sorted once.
    fn all(&self) -> &[(Hundredths, u32)] {
        self.all.get_or_init(|| {
            const TOP: Hundredths = VisitOrder::TOP;
            // Sort ascending on TOP - bound (0..=10000 < 2^16), so best bound first.
            let mut order: Vec<(Hundredths, u32)> = self
                .bounds
                .iter()
                .enumerate()
                .map(|(t, &b)| (TOP - b.min(TOP), t as u32))
                .collect();
            let mut spare = vec![(0, 0); order.len()];
            for shift in [0, 8] {
                let digit = |k: Hundredths| ((k >> shift) & 0xff) as usize;
                let mut start = [0usize; 257];
                for &(k, _) in &order {
                    start[digit(k) + 1] += 1;
                }
                for i in 1..257 {
                    start[i] += start[i - 1];
                }
                for &item in &order {
                    let slot = &mut start[digit(item.0)];
                    spare[*slot] = item;
                    *slot += 1;
                }
                std::mem::swap(&mut order, &mut spare);
            }
            for item in &mut order {
                item.0 = TOP - item.0;
            }
            order
        })
    }
}

impl<'k, 'a> ProfileIndex<'k, 'a> {
    /// Indexes `groups` (dataset indices, any order).
    pub(crate) fn new(kernel: &'k Kernel<'a>, groups: impl IntoIterator<Item = usize>) -> Self {
        let mut order: Vec<usize> = groups.into_iter().collect();
        order.sort_unstable_by_key(|&g| (kernel.themes(g), kernel.languages(g), g));
        order.dedup();
        let mut theme_sets: Vec<ThemeClasses> = Vec::new();
        let mut classes: Vec<Class> = Vec::new();
        for (i, &g) in order.iter().enumerate() {
            let same = |other: Option<&usize>, by_languages: bool| {
                other.is_some_and(|&o| {
                    kernel.themes(o) == kernel.themes(g)
                        && (!by_languages || kernel.languages(o) == kernel.languages(g))
                })
            };
            let previous = i.checked_sub(1).map(|p| &order[p]);
            if !same(previous, false) {
                let at = classes.len() as u32;
                theme_sets.push(ThemeClasses {
                    representative: g as u32,
                    classes: at..at,
                    members: 0,
                });
            }
            if !same(previous, true) {
                classes.push(Class {
                    languages: kernel.languages(g),
                    representative: g as u32,
                    members: Vec::new(),
                    removed: 0,
                });
                theme_sets.last_mut().expect("pushed above").classes.end += 1;
            }
            classes
                .last_mut()
                .expect("pushed above")
                .members
                .push(g as u32);
            theme_sets.last_mut().expect("pushed above").members += 1;
        }
        let mut class_of = vec![u32::MAX; kernel.len()];
        let mut set_of = vec![0u32; classes.len()];
        for (t, set) in theme_sets.iter().enumerate() {
            for c in set.classes.clone() {
                set_of[c as usize] = t as u32;
                for &m in &classes[c as usize].members {
                    class_of[m as usize] = c;
                }
            }
        }
        Self {
            representatives: theme_sets
                .iter()
                .map(|t| kernel.bound_key(t.representative as usize))
                .collect(),
            kernel,
            theme_sets,
            classes,
            members: order.len(),
            class_of,
            set_of,
        }
    }

    /// The kernel the index scores with.
    pub(crate) fn kernel(&self) -> &'k Kernel<'a> {
        self.kernel
    }

    /// The profile of group `g` (any group of the dataset): its themes and languages.
    pub(crate) fn profile_of(&self, g: usize) -> (u128, u128) {
        (self.kernel.themes(g), self.kernel.languages(g))
    }

    /// The theme set of group `g` (any group of the dataset).
    pub(crate) fn themes_of(&self, g: usize) -> u128 {
        self.kernel.themes(g)
    }

    /// How many distinct theme sets the indexed groups have.
    #[cfg(test)]
    pub(crate) fn theme_sets(&self) -> usize {
        self.theme_sets.len()
    }

    /// Drops group `g` (if indexed): walks no longer see it.
    pub(crate) fn remove(&mut self, g: usize) {
        let Some(&c) = self.class_of.get(g).filter(|&&c| c != u32::MAX) else {
            return;
        };
        self.class_of[g] = u32::MAX;
        self.theme_sets[self.set_of[c as usize] as usize].members -= 1;
        self.members -= 1;
        // Removed members stay in place (walks pass over them) until they are half the
        // class: removing costs O(1) amortised, even when most groups share one profile.
        let class = &mut self.classes[c as usize];
        class.removed += 1;
        if 2 * class.removed >= class.members.len() {
            let class_of = &self.class_of;
            class.members.retain(|&m| class_of[m as usize] != u32::MAX);
            class.removed = 0;
        }
    }

    /// `f(g, order)` for each of `groups`, in parallel, with `order` the visit order of
    /// `g`'s theme set, computed once for all the groups that share it. Results come in the
    /// order of `groups`, whatever the threads.
    pub(crate) fn map_by_themes<T: Send>(
        &self,
        groups: &[usize],
        f: impl Fn(usize, &VisitOrder) -> T + Sync,
    ) -> Vec<T> {
        let themes = |at: usize| self.kernel.themes(groups[at]);
        let mut positions: Vec<usize> = (0..groups.len()).collect();
        positions.sort_unstable_by_key(|&at| (themes(at), at));
        let runs: Vec<&[usize]> = positions
            .chunk_by(|&a, &b| themes(a) == themes(b))
            .collect();
        let found: Vec<Vec<(usize, T)>> = runs
            .par_iter()
            .map(|run| {
                let order = self.visit_order(groups[run[0]]);
                run.par_iter()
                    .map(|&at| (at, f(groups[at], &order)))
                    .collect()
            })
            .collect();
        let mut out: Vec<Option<T>> = (0..groups.len()).map(|_| None).collect();
        for (at, value) in found.into_iter().flatten() {
            out[at] = Some(value);
        }
        out.into_iter()
            .map(|v| v.expect("every group mapped"))
            .collect()
    }

    /// The theme sets to visit for `group`, best bound first (ties by theme set), with
    /// their bounds: the first few sorted now, the rest when a walk gets that far (most
    /// stop within the first few).
    pub(crate) fn visit_order(&self, group: usize) -> VisitOrder {
        let bounds = with_popcnt(
            #[inline(always)]
            || self.kernel.score_bounds(group, &self.representatives),
        );
        VisitOrder::new(bounds)
    }

    /// The best `k` indexed groups for `group` under `keep`, leaving out those for which
    /// `skip` is true (and `group` itself, except with [`Keep::Profile`]): best first
    /// (score, then smaller id), each pair's `a` being `group`. (Tests; callers use
    /// [`best_after`](Self::best_after).)
    #[cfg(test)]
    pub(crate) fn best(
        &self,
        group: usize,
        k: usize,
        keep: Keep,
        skip: impl Fn(usize) -> bool,
    ) -> Vec<Pair> {
        self.best_in_order(group, k, keep, skip, &self.visit_order(group))
    }

    /// The theme sets of `order` (a [`visit_order`](Self::visit_order)) with members
    /// left, in that order, each with its bound and its classes with members left (and,
    /// when `language_rule`, a language in common with `languages`): what both walks
    /// ([`best_after`](Self::best_after), [`walk_pairs`](Self::walk_pairs)) visit.
    #[inline(always)]
    fn live_classes<'s>(
        &'s self,
        order: &'s VisitOrder,
        languages: u128,
        language_rule: bool,
    ) -> impl Iterator<Item = (Hundredths, impl Iterator<Item = &'s Class>)> {
        order.iter().filter_map(move |(bound, t)| {
            let set = &self.theme_sets[t as usize];
            (set.members != 0).then(|| {
                let classes = &self.classes[set.classes.start as usize..set.classes.end as usize];
                let live = classes.iter().filter(move |class| {
                    class.members.len() != class.removed
                        && !(language_rule && class.languages & languages == 0)
                });
                (bound, live)
            })
        })
    }

    /// `best` (a test entry point) with the visit order already computed (groups with the same
    /// themes share it).
    pub(crate) fn best_in_order(
        &self,
        group: usize,
        k: usize,
        keep: Keep,
        skip: impl Fn(usize) -> bool,
        order: &VisitOrder,
    ) -> Vec<Pair> {
        self.best_after(group, k, keep, Resume::START, skip, order)
    }

    /// [`best_in_order`](Self::best_in_order) among the candidates `from` leaves: the next
    /// ones of a list whose last candidate had the key `from.after`, among the groups with
    /// ids at least `from.lowest`.
    pub(crate) fn best_after(
        &self,
        group: usize,
        k: usize,
        keep: Keep,
        from: Resume,
        skip: impl Fn(usize) -> bool,
        order: &VisitOrder,
    ) -> Vec<Pair> {
        with_popcnt(
            #[inline(always)]
            || self.best_after_walk(group, k, keep, from, skip, order),
        )
    }

    /// The walk of [`best_after`](Self::best_after).
    #[inline(always)]
    fn best_after_walk(
        &self,
        group: usize,
        k: usize,
        keep: Keep,
        from: Resume,
        skip: impl Fn(usize) -> bool,
        order: &VisitOrder,
    ) -> Vec<Pair> {
        let Resume { after, lowest } = from;
        let k = k.min(self.members);
        if k == 0 {
            return Vec::new();
        }
        let mut heap = Heaps::new(1, k);
        let kernel = self.kernel;
        let mine = kernel.languages(group);
        let (eligible_only, min_score, itself) = match keep {
            Keep::Eligible(min) => (true, min, false),
            Keep::Profile(min) => (false, min, true),
            Keep::Any => (false, 0, false),
        };
        let language_rule = keep != Keep::Any && kernel.common_language_rule();
        if eligible_only && !kernel.available(group) {
            return Vec::new();
        }
        for (bound, classes) in self.live_classes(order, mine, language_rule) {
            // Nothing in this theme set (or any later one) can beat the k-th kept.
            if key(bound, 0) <= heap.floor(0) || bound < min_score {
                break;
            }
            for class in classes {
                let (_, score) = kernel.pair_parts(group, class.representative as usize);
                if score < min_score || key(score, 0) <= heap.floor(0) {
                    continue;
                }
                // Members ranking at or before `after` were fetched already, and those below
                // `lowest` are not wanted: start past both (keys fall as ids rise).
                let start = class
                    .members
                    .partition_point(|&m| (m as usize) < lowest || key(score, m as usize) >= after);
                for &m in &class.members[start..] {
                    let m = m as usize;
                    let candidate = key(score, m);
                    if candidate <= heap.floor(0) {
                        // Later members have larger ids: no better.
                        break;
                    }
                    if self.class_of[m] == u32::MAX
                        || (m == group && !itself)
                        || skip(m)
                        || (eligible_only && kernel.pair(group, m).is_none())
                    {
                        continue;
                    }
                    heap.offer(0, candidate);
                }
            }
        }
        heap.sorted(group, 0)
    }
}

impl ProfileIndex<'_, '_> {
    /// Offers `heap` every eligible pair of `group` with an indexed group of larger id,
    /// scoring at least `min_score`, whose [`pair_key`](crate::candidates::order::pair_key) is below
    /// `after`, in the walk's order (best bound first). The walk stops where the bound falls
    /// below `floor` (a score no pair still wanted is below; read as it rises), and moves on
    /// to the next class at the first member whose key the heap would not take.
    pub(crate) fn walk_pairs(
        &self,
        group: usize,
        order: &VisitOrder,
        min_score: Hundredths,
        after: u128,
        floor: &std::sync::atomic::AtomicU32,
        heap: &mut PairHeap,
    ) {
        with_popcnt(
            #[inline(always)]
            || self.walk_pairs_inner(group, order, min_score, after, floor, heap),
        )
    }

    /// The walk of [`walk_pairs`](Self::walk_pairs).
    #[inline(always)]
    fn walk_pairs_inner(
        &self,
        group: usize,
        order: &VisitOrder,
        min_score: Hundredths,
        after: u128,
        floor: &std::sync::atomic::AtomicU32,
        heap: &mut PairHeap,
    ) {
        use crate::candidates::order::pair_key;
        let floor = || floor.load(std::sync::atomic::Ordering::Relaxed);
        let kernel = self.kernel;
        if !kernel.available(group) {
            return;
        }
        let mine = kernel.languages(group);
        let language_rule = kernel.common_language_rule();
        let after_score = (after >> 64).min(u128::from(Hundredths::MAX)) as Hundredths;
        let key = |score, m: u32| {
            pair_key(&Pair {
                a: group,
                b: m as usize,
                score,
            })
        };
        for (bound, classes) in self.live_classes(order, mine, language_rule) {
            if bound < min_score.max(floor()) {
                break;
            }
            for class in classes {
                let (_, score) = kernel.pair_parts(group, class.representative as usize);
                if score < min_score.max(floor()) || score > after_score {
                    continue;
                }
                // Only larger ids (each pair once), and only those ranked after `after`
                // (keys fall as ids rise).
                let larger = class.members.partition_point(|&m| m as usize <= group);
                let later = class.members.partition_point(|&m| key(score, m) >= after);
                for &m in &class.members[larger.max(later)..] {
                    let candidate = key(score, m);
                    if candidate <= heap.worst() {
                        break;
                    }
                    if self.class_of[m as usize] != u32::MAX
                        && kernel.pair(group, m as usize).is_some()
                    {
                        heap.offer(candidate);
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::candidates::order::best_first;
    use crate::candidates::scan::row_candidates;
    use crate::score::score;
    use crate::testkit::{arb_dataset, arb_scoring};
    use proptest::prelude::*;

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn equals_scoring_every_group(
            ds in arb_dataset(60), s in arb_scoring(), k in prop_oneof![1usize..8, Just(1000)],
            min in 0u32..3000,
            parity in 0usize..3,
        ) {
            let Some(kernel) = Kernel::new(&ds, &s) else { return Ok(()) };
            let n = ds.groups.len();
            // Index a subset, and skip another: both must be honoured.
            let indexed: Vec<usize> = (0..n).filter(|g| g % 5 != parity).collect();
            let index = ProfileIndex::new(&kernel, indexed.iter().copied());
            let skip = |o: usize| o % 7 == parity;
            for g in 0..n {
                let got = index.best(g, k, Keep::Eligible(min), skip);
                let expected = row_candidates(&kernel, g, &indexed, k, min, |o| skip(o) || o == g);
                prop_assert_eq!(&got, &expected, "group {}", g);
                // Nearest whatever the rules: the reference scorer over the indexed groups.
                let mut all: Vec<Pair> = indexed.iter().copied().filter(|&o| o != g && !skip(o))
                    .map(|o| Pair { a: g, b: o, score: score(&ds.groups[g], &ds.groups[o], &s) })
                    .collect();
                all.sort_by(best_first);
                all.truncate(k);
                prop_assert_eq!(index.best(g, k, Keep::Any, skip), all, "nearest of {}", g);
                // By profile, after a key: the group itself counts, countries do not. The
                // key is an arbitrary one, or that of a candidate (the boundary case).
                let mut profile: Vec<Pair> = indexed.iter().copied().filter(|&o| !skip(o))
                    .map(|o| Pair { a: g, b: o, score: score(&ds.groups[g], &ds.groups[o], &s) })
                    .filter(|p| p.score >= min)
                    .filter(|p| !s.rules.common_language
                        || ds.groups[g].languages.iter().any(|l| ds.groups[p.b].languages.contains(l)))
                    .collect();
                profile.sort_by(best_first);
                let order = index.visit_order(g);
                // Best bound first, ties by theme set, every theme set once, exact bounds;
                // the first ones sorted at once are the start of the whole order.
                let listed: Vec<(Hundredths, u32)> = order.iter().collect();
                prop_assert!(listed.windows(2).all(|w| (w[1].0, w[0].1) < (w[0].0, w[1].1)));
                prop_assert_eq!(listed.len(), index.theme_sets());
                prop_assert_eq!(order.all(), &listed[..]);
                for &(bound, t) in &listed {
                    let rep = index.theme_sets[t as usize].representative as usize;
                    prop_assert_eq!(bound, kernel.score_bound(g, rep));
                }
                let arbitrary = key(1000 + (g as u32 * 37) % 9000, (g * 5) % n);
                let fetched = profile.get(g % profile.len().max(1)).map_or(u64::MAX, |p| key(p.score, p.b));
                for after in [u64::MAX, arbitrary, fetched] {
                    for lowest in [0, g, (g * 7) % n] {
                        let mut expected: Vec<Pair> = profile.iter().copied()
                            .filter(|p| key(p.score, p.b) < after && p.b >= lowest).collect();
                        expected.truncate(k);
                        let from = Resume { after, lowest };
                        let got = index.best_after(g, k, Keep::Profile(min), from, skip, &order);
                        prop_assert_eq!(got, expected, "profile of {} from {:?}", g, from);
                    }
                }
            }
        }
    }

    proptest! {
        /// The first theme sets sorted at once, then the rest: the order a plain sort gives,
        /// whatever the bounds (past 100 points too) and however many tie.
        #[test]
        fn visit_order_is_a_sort_by_bound(
            bounds in prop::collection::vec(prop_oneof![0u32..10_500, 9_000u32..9_100], 0..600),
        ) {
            let mut expected: Vec<(Hundredths, u32)> = bounds.iter().enumerate()
                .map(|(t, &b)| (b.min(10_000), t as u32)).collect();
            expected.sort_by_key(|&(b, t)| (std::cmp::Reverse(b), t));
            let order = VisitOrder::new(bounds);
            prop_assert!(order.first.len() >= VisitOrder::FIRST.min(expected.len()));
            prop_assert_eq!(&order.first[..], &expected[..order.first.len()]);
            prop_assert_eq!(order.iter().collect::<Vec<_>>(), expected);
        }
    }

    #[test]
    fn removed_groups_are_not_seen() {
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let ds = arb_dataset(50).new_tree(&mut runner).unwrap().current();
        let s = crate::settings::Config::default_config().scoring;
        let kernel = Kernel::new(&ds, &s).unwrap();
        let mut index = ProfileIndex::new(&kernel, 0..ds.groups.len());
        for g in (0..ds.groups.len()).filter(|o| o % 2 == 1) {
            index.remove(g);
            index.remove(g); // twice: no effect
        }
        let kept: Vec<usize> = (0..ds.groups.len()).filter(|o| o % 2 == 0).collect();
        let mut some = false;
        for g in 0..ds.groups.len() {
            let got = index.best(g, 5, Keep::Any, |_| false);
            some |= !got.is_empty();
            assert!(got.iter().all(|p| p.b % 2 == 0));
            let expected = row_candidates(&kernel, g, &kept, 5, 0, |o| o == g);
            let eligible = index.best(g, 5, Keep::Eligible(0), |_| false);
            assert_eq!(eligible, expected);
        }
        assert!(some);
    }
}
