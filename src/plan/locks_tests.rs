//! Plans under [`Locks`] (kept pairs, vetoes, a lowest score) against independent oracles
//! on many small random datasets: the optimal plan against a brute force over every
//! feasible plan of the original capacities that holds the kept pairs (vetoed pairs are
//! never among the candidates), and the stable plan against the edge greedy
//! ([`greedy_by_weight`]) on the places the kept pairs leave, and against the definition of
//! stability among the pairs that are not kept.
//!
//! The brute force of `matching::brute` is private to the solver's module; this one works
//! on the original problem (kept pairs forced in, original capacities), so it checks the
//! capacity reduction too.

use super::matching::{Method, PlanOptions, greedy_by_weight};
use super::*;
use crate::candidates::order::best_first;
use crate::testkit::Rng;

/// A small random dataset where most pairs are eligible: few countries and languages,
/// random themes and capacities 0 to 3; `big`: up to 40 groups (the index's streams are
/// shared and extended), else up to 7 (the brute force's size).
fn network(rng: &mut Rng, big: bool) -> Dataset {
    let n = 2 + rng.below(if big { 39 } else { 6 });
    let ids: Vec<String> = (0..n).map(|i| format!("G{i:02}")).collect();
    let languages: Vec<Vec<usize>> = (0..n)
        .map(|_| match rng.below(4) {
            0 => vec![0, 1],
            1 => vec![1],
            _ => vec![0],
        })
        .collect();
    let specs: Vec<(&str, usize, &[usize], u128, u32)> = (0..n)
        .map(|i| {
            let themes = 1 + rng.below(15) as u128;
            let capacity = *rng.pick(&[0, 1, 1, 2, 3]);
            (
                ids[i].as_str(),
                rng.below(3),
                &languages[i][..],
                themes,
                capacity,
            )
        })
        .collect();
    let mut ds = crate::testkit::dataset(&specs);
    if rng.below(3) == 0 {
        let (a, b) = (rng.below(n), rng.below(n));
        if a != b {
            ds.add_twins(a, b);
        }
    }
    ds
}

/// A random case: a dataset with some vetoed pairs, some kept pairs (eligible, within the
/// capacities, possibly below the minimum) and a minimum score.
fn case(rng: &mut Rng, big: bool, scoring: &Scoring) -> Case {
    let mut ds = network(rng, big);
    let mut scoring = scoring.clone();
    scoring.rules.common_language = rng.below(4) != 0;
    // Vetoes: mostly of eligible pairs (where they change something), some of any pair.
    let mut eligible = all_pairs(&ds, &scoring, 0);
    rng.shuffle(&mut eligible);
    let vetoes = rng.below(3);
    for p in eligible.drain(..vetoes.min(eligible.len())) {
        ds.forbid(p.a, p.b);
    }
    let n = ds.groups.len();
    let (a, b) = (rng.below(n), rng.below(n));
    if a != b && rng.below(2) == 0 {
        ds.forbid(a, b);
        eligible.retain(|p| (p.a, p.b) != (a.min(b), a.max(b)));
    }
    // Kept pairs: eligible ones (any score), while both groups have room.
    let mut room: Vec<u32> = ds.groups.iter().map(|g| g.capacity).collect();
    let mut kept = Vec::new();
    for p in eligible.into_iter().take(1 + rng.below(3)) {
        if room[p.a] > 0 && room[p.b] > 0 {
            room[p.a] -= 1;
            room[p.b] -= 1;
            kept.push(p);
        }
    }
    let min_score = *rng.pick(&[1, 1, 3000, 5000, 7000]);
    Case {
        ds,
        scoring,
        locks: Locks { kept, min_score },
    }
}

struct Case {
    ds: Dataset,
    scoring: Scoring,
    locks: Locks,
}

impl Case {
    /// The pairs a plan may choose besides the kept ones: eligible (vetoes applied), scoring
    /// at least the minimum, not kept.
    fn choosable(&self) -> Vec<Pair> {
        all_pairs(&self.ds, &self.scoring, self.locks.min_score)
            .into_iter()
            .filter(|p| !self.locks.kept.iter().any(|k| (k.a, k.b) == (p.a, p.b)))
            .collect()
    }

    /// Checks what every plan under the locks must be: every kept pair in, within the
    /// original capacities, each pair once, no vetoed pair, the others at least the minimum.
    fn check_feasible(&self, plan: &[Pair]) {
        let mut used = vec![0u32; self.ds.groups.len()];
        for k in &self.locks.kept {
            assert!(plan.contains(k), "kept pair {k:?} missing from {plan:?}");
        }
        for (i, p) in plan.iter().enumerate() {
            assert!(p.a < p.b);
            assert!(!plan[..i].contains(p), "{p:?} twice");
            assert!(!self.ds.groups[p.a].forbids(p.b), "vetoed {p:?}");
            if !self.locks.kept.contains(p) {
                assert!(p.score >= self.locks.min_score, "{p:?} below the minimum");
            }
            used[p.a] += 1;
            used[p.b] += 1;
        }
        for (g, &u) in used.iter().enumerate() {
            assert!(u <= self.ds.groups[g].capacity, "group {g} over capacity");
        }
        let mut sorted = plan.to_vec();
        sorted.sort_by(best_first);
        assert_eq!(sorted, plan, "best first");
    }
}

/// The best (pairs, total) — lexicographically with `max_cardinality`, else the total —
/// over every set of `choosable` pairs that, with the kept pairs, fits the original
/// capacities.
fn brute(case: &Case, max_cardinality: bool) -> (usize, u64) {
    fn go(
        i: usize,
        pairs: &[Pair],
        room: &mut [u32],
        (count, total): (usize, u64),
        best: &mut (usize, u64),
        max_cardinality: bool,
    ) {
        let better = if max_cardinality {
            (count, total) > *best
        } else {
            total > best.1 || (total == best.1 && count > best.0)
        };
        if better {
            *best = (count, total);
        }
        for j in i..pairs.len() {
            let p = pairs[j];
            if room[p.a] > 0 && room[p.b] > 0 {
                room[p.a] -= 1;
                room[p.b] -= 1;
                let next = (count + 1, total + u64::from(p.score));
                go(j + 1, pairs, room, next, best, max_cardinality);
                room[p.a] += 1;
                room[p.b] += 1;
            }
        }
    }
    let mut room: Vec<u32> = case.ds.groups.iter().map(|g| g.capacity).collect();
    let mut kept = (0, 0);
    for k in &case.locks.kept {
        room[k.a] -= 1;
        room[k.b] -= 1;
        kept = (kept.0 + 1, kept.1 + u64::from(k.score));
    }
    let mut best = (0, 0);
    go(
        0,
        &case.choosable(),
        &mut room,
        (0, 0),
        &mut best,
        max_cardinality,
    );
    (kept.0 + best.0, kept.1 + best.1)
}

#[test]
fn the_optimal_plan_with_locks_is_the_best_plan_holding_the_kept_pairs() {
    let scoring = crate::settings::Config::default_config().scoring;
    let mut rng = Rng::new(11);
    let mut with_kept = 0;
    for _ in 0..500 {
        let case = case(&mut rng, false, &scoring);
        with_kept += usize::from(!case.locks.kept.is_empty());
        for max_cardinality in [false, true] {
            let opts = PlanOptions {
                method: Method::Optimal,
                max_cardinality,
            };
            let plan = choose_locked(&case.ds, &case.scoring, &opts, &case.locks).unwrap();
            case.check_feasible(&plan);
            let total: u64 = plan.iter().map(|p| u64::from(p.score)).sum();
            let (count, best) = brute(&case, max_cardinality);
            if max_cardinality {
                assert_eq!((plan.len(), total), (count, best), "{plan:?}");
            } else {
                assert_eq!(total, best, "{plan:?}");
            }
            if !max_cardinality {
                // The certified solve gives the same plan, and its certificate holds.
                let (certified, certificate) =
                    choose_certified(&case.ds, &case.scoring, &opts, &case.locks, &Quiet).unwrap();
                assert_eq!(certified, plan);
                assert!(certificate.is_ok(), "{certificate:?}");
            }
        }
    }
    assert!(with_kept > 250, "only {with_kept} cases kept a pair");
}

#[test]
fn the_stable_plan_with_locks_is_the_greedy_on_the_places_left_and_stable() {
    let scoring = crate::settings::Config::default_config().scoring;
    let mut rng = Rng::new(12);
    for round in 0..400 {
        let case = case(&mut rng, round % 3 == 0, &scoring);
        let k = 1 + rng.below(3);
        let plan = stable::stable_plan_with(&case.ds, &case.scoring, &case.locks, k);
        case.check_feasible(&plan);
        // Oracle: the edge greedy over the choosable pairs, on the places left.
        let mut choosable = case.choosable();
        choosable.sort_by_key(|p| (p.a, p.b));
        let edges: Vec<Edge> = choosable
            .iter()
            .map(|p| Edge {
                a: p.a as u32,
                b: p.b as u32,
                weight: i64::from(p.score),
            })
            .collect();
        let room = case.locks.room(&case.ds);
        let greedy = greedy_by_weight(case.ds.groups.len(), &room, &edges);
        let mut expected = case.locks.kept.clone();
        expected.extend(greedy.into_iter().map(|i| choosable[i]));
        expected.sort_by(best_first);
        assert_eq!(plan, expected, "k = {k}");
        // Stable among the pairs not kept: no choosable pair outside the plan whose two
        // groups each have a place left or a chosen (not kept) partner ranking below it.
        let chosen: Vec<&Pair> = plan
            .iter()
            .filter(|p| !case.locks.kept.contains(p))
            .collect();
        let mut left = room.clone();
        for p in &chosen {
            left[p.a] -= 1;
            left[p.b] -= 1;
        }
        let would = |g: usize, q: &Pair| {
            left[g] > 0
                || chosen
                    .iter()
                    .any(|p| (p.a == g || p.b == g) && best_first(q, p).is_lt())
        };
        for q in &choosable {
            if !plan.contains(q) {
                assert!(!(would(q.a, q) && would(q.b, q)), "{q:?} blocks {plan:?}");
            }
        }
    }
}
