//! The stable plan at any size: the greedy "best remaining pair first", run over ranked
//! candidates fetched lazily from the [`ProfileIndex`].
//!
//! Taking the best remaining eligible pair again and again (ties by ids) gives the unique
//! stable plan when scores are symmetric. Doing it over all N² pairs needs them all in
//! memory and time; instead a monotone priority queue holds, for every group, its best
//! candidate with a larger id not yet tried, in the global order (a pair is queued by its
//! smaller group). Groups with the same themes and languages (a *profile*) rank every
//! other group the same way, so they share one candidate list (a stream) of groups with
//! larger ids than the profile's first, fetched 64 at first (one parallel pass over all
//! profiles) and twice as many each time it runs out: each group reads the stream from its
//! own position, passing over what is not for it (smaller ids, full groups, its twins and
//! partners, its own country). Full groups leave the index, so later fetches only see
//! groups that can still be taken, and a fetch resumes after the last candidate fetched:
//! everything better was fetched already. Profiles with no eligible partner at all
//! (counted by the census, `crate::candidates::census`) are never walked. The plan is
//! exactly the one the all-pairs edge greedy gives
//! ([`greedy_by_weight`](crate::plan::matching::greedy_by_weight), tested against it).
//!
//! Under [`Locks`], the kept pairs come first: they fill their groups' places and count as
//! partners (never offered again), and the greedy goes on over the candidates scoring at
//! least the minimum, within the places left.

use std::collections::HashMap;
use std::rc::Rc;

use crate::candidates::census::Census;
use crate::candidates::index::{Keep, ProfileIndex, Resume};
use crate::candidates::order::{Pair, best_first, key, pair_key, unpair_key};
use crate::candidates::reference::candidates;
use crate::model::dataset::Dataset;
use crate::plan::locks::Locks;
use crate::plan::progress::{Observer, Quiet, Step};
use crate::score::kernel::Kernel;
use crate::score::{self, Hundredths, Scoring};

/// How many candidates a profile's list starts with (then it doubles each time it runs
/// out): 64 is fastest on 100,000 generated groups (16: 30 % slower, 256: 3 %).
const FIRST_ROUND: usize = 64;

/// The stable plan's pairs (positive scores only), best first.
pub fn stable_plan(ds: &Dataset, scoring: &Scoring) -> Vec<Pair> {
    stable_plan_locked(ds, scoring, &Locks::default())
}

/// The stable plan under `locks`: the kept pairs, and the stable choice among the other
/// pairs scoring at least the minimum within the places left; best first.
pub(crate) fn stable_plan_locked(ds: &Dataset, scoring: &Scoring, locks: &Locks) -> Vec<Pair> {
    stable_plan_watched(ds, scoring, locks, &Quiet)
}

/// [`stable_plan_locked`], telling `watch` how many pairs are taken as it goes.
pub(crate) fn stable_plan_watched(
    ds: &Dataset,
    scoring: &Scoring,
    locks: &Locks,
    watch: &dyn Observer,
) -> Vec<Pair> {
    stable_plan_watched_with(ds, scoring, locks, FIRST_ROUND, watch)
}

/// The candidates of the groups of one profile, best first, fetched a batch at a time and
/// shared by those groups: each reads it from its own position, passing over what is not
/// for it (smaller ids, full groups, its own twins and partners, its own country).
struct Stream {
    /// The group of the profile with the smallest id: the walks are made for it.
    walker: usize,
    /// Candidates, best first; the score is the same for any group of the profile.
    items: Vec<Candidate>,
    /// Everything before is full: no reader needs to look at it again.
    start: usize,
    /// Every candidate is in `items` (no more to fetch).
    complete: bool,
    /// No group can ever be paired with the groups of the profile.
    alone: bool,
}

/// A candidate of a stream: the other group and the pair's score, in 8 bytes (a million
/// groups' streams hold tens of millions).
#[derive(Clone, Copy)]
struct Candidate {
    b: u32,
    score: Hundredths,
}

impl Candidate {
    fn of(p: Pair) -> Self {
        Self {
            b: p.b as u32,
            score: p.score,
        }
    }
}

/// Where candidates come from: the profile index (any dataset the kernel packs), or the
/// reference scorer (one stream per group).
enum CandidateSource<'k, 'a> {
    Index(ProfileIndex<'k, 'a>, Orders),
    Reference,
}

/// A theme set's [`ProfileIndex::visit_order`], shared.
type VisitOrder = Rc<crate::candidates::index::VisitOrder>;

/// The visit orders of the theme sets walked last (the groups of one profile tend to run
/// out of candidates one after the other).
#[derive(Default)]
struct Orders {
    kept: HashMap<u128, (u64, VisitOrder)>,
    clock: u64,
}

impl Orders {
    const CAPACITY: usize = 256;

    fn get(&mut self, index: &ProfileIndex, g: usize) -> VisitOrder {
        self.clock += 1;
        let themes = index.themes_of(g);
        if let Some((used, order)) = self.kept.get_mut(&themes) {
            *used = self.clock;
            return order.clone();
        }
        if self.kept.len() >= Self::CAPACITY {
            let oldest = self
                .kept
                .iter()
                .min_by_key(|(_, (used, _))| *used)
                .map(|(t, _)| *t)
                .expect("not empty");
            self.kept.remove(&oldest);
        }
        let order: VisitOrder = Rc::new(index.visit_order(g));
        self.kept.insert(themes, (self.clock, order.clone()));
        order
    }
}

impl CandidateSource<'_, '_> {
    /// The next `k` candidates of `stream` after its last one, leaving out full groups.
    fn extend(
        &mut self,
        ds: &Dataset,
        scoring: &Scoring,
        stream: &mut Stream,
        k: usize,
        room: &[u32],
        min_score: Hundredths,
    ) {
        let after = stream
            .items
            .last()
            .map_or(u64::MAX, |c| key(c.score, c.b as usize));
        let more = match self {
            CandidateSource::Index(index, orders) => {
                let order = orders.get(index, stream.walker);
                let skip = |o: usize| room[o] == 0;
                let keep = Keep::Profile(min_score);
                // Every reader has an id at least the walker's and queues only larger ids.
                let from = Resume {
                    after,
                    lowest: stream.walker + 1,
                };
                index.best_after(stream.walker, k, keep, from, skip, &order)
            }
            CandidateSource::Reference => {
                // One stream per group: its whole list at once.
                let mut all = candidates(ds, scoring, stream.walker, min_score);
                all.retain(|p| room[p.b] > 0);
                stream.alone = all.is_empty();
                all
            }
        };
        stream.complete = more.len() < k || matches!(self, CandidateSource::Reference);
        stream.items.extend(more.into_iter().map(Candidate::of));
    }
}

/// [`stable_plan`] with lists of `k` candidates at first (small in tests, to exercise the
/// fetching of more).
#[cfg(test)]
pub(crate) fn stable_plan_with(
    ds: &Dataset,
    scoring: &Scoring,
    locks: &Locks,
    k: usize,
) -> Vec<Pair> {
    stable_plan_watched_with(ds, scoring, locks, k, &Quiet)
}

/// The greedy with lists of `k` candidates at first, telling `watch` how many pairs are
/// taken as it goes.
fn stable_plan_watched_with(
    ds: &Dataset,
    scoring: &Scoring,
    locks: &Locks,
    k: usize,
    watch: &dyn Observer,
) -> Vec<Pair> {
    watch.step(Step::Greedy { pairs: 0 });
    let n = ds.groups.len();
    let k = k.max(1);
    let min_score = locks.min_score.max(1);
    let room = locks.room(ds);
    let mut partners = vec![Vec::new(); n];
    for p in &locks.kept {
        partners[p.a].push(p.b);
        partners[p.b].push(p.a);
    }
    let kernel = Kernel::new(ds, scoring);
    let mut source = match &kernel {
        Some(kernel) => CandidateSource::Index(
            ProfileIndex::new(kernel, (0..n).filter(|&g| room[g] > 0)),
            Orders::default(),
        ),
        None => CandidateSource::Reference,
    };
    let (owner, mut streams) = streams(&source, &room);
    let round = Round {
        k,
        room: &room,
        min_score,
    };
    first_round(&mut source, ds, scoring, &owner, &mut streams, &round);
    let mut greedy = Greedy {
        ds,
        scoring,
        kernel: kernel.as_ref(),
        k,
        min_score,
        room,
        owner,
        streams,
        source,
        next: vec![0; n],
        partners,
        queue: Queue::default(),
    };
    for g in 0..n {
        if greedy.room[g] > 0 {
            greedy.advance(g);
        }
    }
    let mut chosen = locks.kept.clone();
    while let Some(pair) = greedy.queue.pop() {
        let g = pair.a;
        if greedy.room[g] == 0 {
            continue;
        }
        let o = greedy.streams[greedy.owner[g] as usize].items[greedy.next[g]].b as usize;
        if greedy.room[o] > 0 && !greedy.partners[g].contains(&o) {
            greedy.take(g, o);
            chosen.push(pair);
            if chosen.len().is_multiple_of(256) {
                watch.step(Step::Greedy {
                    pairs: chosen.len(),
                });
            }
        }
        if greedy.room[g] > 0 {
            greedy.next[g] += 1;
            greedy.advance(g);
        }
    }
    chosen.sort_by(best_first);
    chosen
}

/// The greedy's state: places left, every group's position in its profile's stream, the
/// pairs taken, and the queue of every group's next candidate in the global order.
struct Greedy<'d, 'k, 'a> {
    ds: &'d Dataset,
    scoring: &'d Scoring,
    kernel: Option<&'k Kernel<'a>>,
    /// Candidates fetched the first time a stream runs out (then twice its length).
    k: usize,
    /// Candidates scoring less are never fetched.
    min_score: Hundredths,
    room: Vec<u32>,
    owner: Vec<u32>,
    streams: Vec<Stream>,
    source: CandidateSource<'k, 'a>,
    next: Vec<usize>,
    partners: Vec<Vec<usize>>,
    queue: Queue,
}

impl Greedy<'_, '_, '_> {
    /// Pairs `g` and `o`; a group left without room leaves the index.
    fn take(&mut self, g: usize, o: usize) {
        for (x, y) in [(g, o), (o, g)] {
            self.room[x] -= 1;
            self.partners[x].push(y);
            if self.room[x] == 0 {
                self.close(x);
            }
        }
    }

    /// `g` can never be taken again: full from now on, and out of the index.
    fn close(&mut self, g: usize) {
        self.room[g] = 0;
        if let CandidateSource::Index(index, _) = &mut self.source {
            index.remove(g);
        }
    }

    fn eligible(&self, g: usize, o: usize) -> bool {
        match self.kernel {
            Some(kernel) => kernel.pair(g, o).is_some(),
            None => score::eligible(
                &self.ds.groups[g],
                g,
                &self.ds.groups[o],
                o,
                &self.scoring.rules,
            ),
        }
    }

    /// Moves `g` to the next candidate with a larger id it may still take, fetching more
    /// when its stream runs out, and queues it (in the global order of [`pair_key`]).
    ///
    /// Each group queues only its pairs with larger ids: a pair is queued by its smaller
    /// group, for which it ranks where it does for the larger one (scores and rules are
    /// symmetric), so the best pair left is still the best entry queued. Queuing both
    /// sides made every group wait on its best smaller candidate, which was then mostly
    /// taken before its turn came: at a million generated groups, where most pairs tie at
    /// the top score and ids decide, 118 stale entries popped per group.
    fn advance(&mut self, g: usize) {
        let s = self.owner[g] as usize;
        loop {
            let stream = &mut self.streams[s];
            self.next[g] = self.next[g].max(stream.start);
            match stream.items.get(self.next[g]) {
                Some(p) => {
                    let (o, score) = (p.b as usize, p.score);
                    // A smaller id is not read for (nor is its room: a scattered read).
                    if o > g && self.room[o] > 0 {
                        if !self.partners[g].contains(&o) && self.eligible(g, o) {
                            self.queue.push(Pair { a: g, b: o, score });
                            return;
                        }
                    } else if self.next[g] == stream.start && self.room[o] == 0 {
                        // Full for every reader: the stream can start past it.
                        stream.start += 1;
                    }
                    self.next[g] += 1;
                }
                None if !stream.complete => {
                    let more = (2 * stream.items.len()).max(self.k);
                    let (ds, scoring, min) = (self.ds, self.scoring, self.min_score);
                    self.source
                        .extend(ds, scoring, &mut self.streams[s], more, &self.room, min);
                }
                // No more pairs with a larger id for `g`: its pairs with smaller ids are
                // queued by their other group, unless nobody can ever take it.
                None => {
                    if stream.alone {
                        self.close(g);
                    }
                    return;
                }
            }
        }
    }
}

/// Every group's next candidate with a larger id, popped best pair first (the global
/// order of [`pair_key`]); each entry is for its pair's smaller group, `a`.
///
/// The greedy only ever queues pairs ranking after the last one popped (a group's next
/// candidate ranks after its previous one), so a monotone queue does: a radix heap, whose
/// pushes are appends and whose pops sort lazily, bucket by bucket. A binary heap of a
/// million entries spent most of its time on cache misses as it sifted.
#[derive(Default)]
struct Queue {
    /// Pairs' keys: 16 bytes an entry.
    heap: radix_heap::RadixHeapMap<u128, ()>,
}

impl Queue {
    /// Queues the candidate `pair` of its group `pair.a` (`a < b`); it must rank at or
    /// after the last pair popped.
    fn push(&mut self, pair: Pair) {
        debug_assert!(pair.a < pair.b);
        self.heap.push(pair_key(&pair), ());
    }

    /// The best pair queued.
    fn pop(&mut self) -> Option<Pair> {
        self.heap.pop().map(|(key, ())| unpair_key(key))
    }
}

/// One stream per profile (themes and languages) among the groups seeking a twin, or per
/// group without a kernel; `owner[g]` is the stream of group `g`.
fn streams(source: &CandidateSource, room: &[u32]) -> (Vec<u32>, Vec<Stream>) {
    let n = room.len();
    let mut order: Vec<usize> = (0..n).filter(|&g| room[g] > 0).collect();
    let profile = |g: usize| match source {
        CandidateSource::Index(index, _) => index.profile_of(g),
        CandidateSource::Reference => (g as u128, 0u128),
    };
    order.sort_unstable_by_key(|&g| (profile(g), g));
    let mut owner = vec![u32::MAX; n];
    let mut streams: Vec<Stream> = Vec::new();
    for (i, &g) in order.iter().enumerate() {
        if i == 0 || profile(order[i - 1]) != profile(g) {
            streams.push(Stream {
                walker: g,
                items: Vec::new(),
                start: 0,
                complete: false,
                alone: false,
            });
        }
        owner[g] = (streams.len() - 1) as u32;
    }
    (owner, streams)
}

/// What the first round fetches: `k` candidates per stream, of groups with `room`, scoring
/// at least `min_score`.
struct Round<'r> {
    k: usize,
    room: &'r [u32],
    min_score: Hundredths,
}

/// Every stream's first `k` candidates, in parallel over theme sets (the streams of one
/// theme set share the order their walks visit the index in). Streams whose groups have no
/// eligible partner at all (counted by the census) are left empty and complete: their
/// walk would visit the whole index for nothing.
fn first_round(
    source: &mut CandidateSource,
    ds: &Dataset,
    scoring: &Scoring,
    owner: &[u32],
    streams: &mut [Stream],
    round: &Round,
) {
    let Round { k, room, min_score } = *round;
    let CandidateSource::Index(index, _) = source else {
        for stream in streams.iter_mut() {
            source.extend(ds, scoring, stream, k, room, min_score);
        }
        return;
    };
    let kernel = index.kernel();
    let census = Census::new(ds, kernel, scoring);
    let mut alone = vec![true; streams.len()];
    for (g, _) in room.iter().enumerate().filter(|&(_, &r)| r > 0) {
        if census.partners(ds, kernel, g) != Some(0) {
            alone[owner[g] as usize] = false;
        }
    }
    let todo: Vec<usize> = (0..streams.len()).filter(|&s| !alone[s]).collect();
    let walkers: Vec<usize> = todo.iter().map(|&s| streams[s].walker).collect();
    let lists = index.map_by_themes(&walkers, |walker, order| {
        let from = Resume {
            lowest: walker + 1,
            ..Resume::START
        };
        index.best_after(walker, k, Keep::Profile(min_score), from, |_| false, order)
    });
    for (stream, alone) in streams.iter_mut().zip(alone) {
        stream.complete = true;
        stream.alone = alone;
    }
    for (s, list) in todo.into_iter().zip(lists) {
        streams[s].complete = list.len() < k;
        streams[s].items = list.into_iter().map(Candidate::of).collect();
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::plan::choose_exhaustive;
    use crate::plan::matching::{Method, PlanOptions};
    use crate::testkit::{arb_dataset, arb_scoring};
    use proptest::prelude::*;

    proptest! {
        /// The queue pops pairs best first ([`best_first`]), when every push ranks at or
        /// after the last pair popped.
        #[test]
        fn the_queue_pops_best_first(
            rounds in proptest::collection::vec(
                proptest::collection::vec((0usize..8, 0usize..8, 0u32..4), 0..6), 1..8)
        ) {
            let mut queue = Queue::default();
            let mut queued: Vec<Pair> = Vec::new();
            let mut last: Option<Pair> = None;
            for round in rounds {
                for (g, o, s) in round.into_iter().filter(|&(g, o, _)| g != o) {
                    let pair = Pair { a: g.min(o), b: g.max(o), score: s };
                    // Only pairs ranking after the last one popped may be queued.
                    if last.is_none_or(|l| best_first(&l, &pair).is_le()) {
                        queue.push(pair);
                        queued.push(pair);
                    }
                }
                // The best queued (a naive scan), then what the queue pops.
                let best = queued.iter().copied().min_by(best_first);
                let got = queue.pop();
                prop_assert_eq!(got, best);
                if let Some(got) = got {
                    let at = queued.iter().position(|&x| x == got).unwrap();
                    queued.swap_remove(at);
                    last = Some(got);
                }
            }
            // What is left comes out best first.
            queued.sort_by(best_first);
            let rest: Vec<Pair> = std::iter::from_fn(|| queue.pop()).collect();
            prop_assert_eq!(rest, queued);
        }
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(300))]

        #[test]
        fn equals_the_all_pairs_greedy(ds in arb_dataset(40), s in arb_scoring(), k in 1usize..4) {
            let reference = choose_exhaustive(&ds, &s, &PlanOptions { method: Method::Stable, max_cardinality: false }).unwrap();
            prop_assert_eq!(stable_plan_with(&ds, &s, &Locks::default(), k), reference);
        }
    }

    #[test]
    fn larger_plans_are_the_same_for_any_thread_count() {
        // 400 groups, many sharing a profile: streams are shared and extended many times.
        use proptest::strategy::ValueTree;
        let mut runner = proptest::test_runner::TestRunner::deterministic();
        let s = crate::settings::Config::default_config().scoring;
        for _ in 0..3 {
            let ds = arb_dataset(400).new_tree(&mut runner).unwrap().current();
            let reference = choose_exhaustive(
                &ds,
                &s,
                &PlanOptions {
                    method: Method::Stable,
                    max_cardinality: false,
                },
            )
            .unwrap();
            assert!(reference.len() > 10);
            for threads in [1, 3] {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()
                    .unwrap();
                for k in [1, 2, FIRST_ROUND] {
                    let plan = pool.install(|| stable_plan_with(&ds, &s, &Locks::default(), k));
                    assert_eq!(plan, reference, "{threads} threads, k = {k}");
                }
            }
        }
    }
}
