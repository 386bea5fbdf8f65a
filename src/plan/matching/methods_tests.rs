//! Tests of the coverage and fair objectives (and optimal, through the same entry points)
//! against brute force over every feasible plan, on small random instances with ties,
//! kept pairs (`Fixed`) and vetoed pairs; their certificates; determinism.

use super::brute::{all_feasible_plans, best_objective, check_feasible, objective};
use super::*;
use crate::plan::progress::Quiet;
use crate::testkit::Rng;

const METHODS: [Method; 3] = [Method::Optimal, Method::Coverage, Method::Fair];

fn options(method: Method) -> PlanOptions {
    PlanOptions {
        method,
        max_cardinality: false,
    }
}

/// A small random instance: `n <= 8` groups, capacities 0–3, at most `max_edges` distinct
/// pairs with weights from `1..=max_weight` (ties), some vetoed (weight 0, or a self-loop),
/// and kept pairs: either consistent ones (chosen from the pairs, taken out of the list,
/// their capacities used up) or arbitrary flags and lowest.
struct Instance {
    n: usize,
    capacity: Vec<u32>,
    edges: Vec<Edge>,
    fixed: Fixed,
}

fn instance(rng: &mut Rng, max_edges: u64, max_weight: u64) -> Instance {
    let n = rng.range(2, 8) as usize;
    let mut capacity: Vec<u32> = (0..n).map(|_| rng.range(0, 3) as u32).collect();
    let m = rng.range(0, max_edges) as usize;
    let mut edges = super::brute::random_edges(rng, n, m, max_weight as i64);
    // Vetoes: a few pairs made ineligible.
    for e in &mut edges {
        match rng.range(0, 19) {
            0 => e.weight = 0,
            1 => e.b = e.a,
            _ => {}
        }
    }
    let mut fixed = Fixed::default();
    match rng.range(0, 2) {
        0 => {}
        1 => {
            // Arbitrary flags and lowest.
            fixed.twinned = (0..n).map(|_| rng.range(0, 3) == 0).collect();
            if rng.range(0, 1) == 0 {
                fixed.lowest = Some(rng.range(1, max_weight) as i64);
            }
        }
        _ => {
            // Kept pairs as `--keep` makes them: feasible, out of the list, capacity used.
            fixed.twinned = vec![false; n];
            let mut rest = Vec::new();
            for e in edges {
                let (a, b) = (e.a as usize, e.b as usize);
                let fits = a != b && e.weight > 0 && capacity[a] > 0 && capacity[b] > 0;
                if fits && rng.range(0, 4) == 0 {
                    capacity[a] -= 1;
                    capacity[b] -= 1;
                    fixed.twinned[a] = true;
                    fixed.twinned[b] = true;
                    fixed.lowest = Some(fixed.lowest.map_or(e.weight, |l| l.min(e.weight)));
                } else {
                    rest.push(e);
                }
            }
            edges = rest;
        }
    }
    Instance {
        n,
        capacity,
        edges,
        fixed,
    }
}

/// Solves `method` on `x`, checks the plan against brute force and its certificate, and
/// returns it.
fn check_method(x: &Instance, method: Method) -> Vec<usize> {
    let Instance {
        n,
        capacity,
        edges,
        fixed,
    } = x;
    let what = || format!("{method:?} on n={n} {capacity:?} {edges:?} {fixed:?}");
    let opts = options(method);
    let chosen = plan(*n, capacity, edges, &opts, fixed, &Quiet);
    check_feasible(*n, capacity, edges, &chosen).unwrap_or_else(|e| panic!("{e}: {}", what()));
    let best = best_objective(method, *n, capacity, edges, fixed);
    let got = objective(method, *n, edges, fixed, &chosen);
    assert_eq!(got, best, "objective of {}", what());
    let (certified, certificate) = solve_certified_with(*n, capacity, edges, &opts, fixed, &Quiet);
    assert_eq!(
        certified,
        chosen,
        "the certified solve plans the same: {}",
        what()
    );
    let certificate = certificate.unwrap_or_else(|e| panic!("certificate fails: {e}: {}", what()));
    assert_eq!(
        certificate.objective,
        certificate.dual_objective,
        "{}",
        what()
    );
    assert_eq!(certificate.total_weight, got_total(edges, &chosen));
    assert_eq!(certificate.cardinality, chosen.len());
    match method {
        Method::Optimal | Method::Stable => assert_eq!(certificate.twinned, None),
        Method::Coverage | Method::Fair => {
            assert_eq!(certificate.twinned, Some(best.0 as usize), "{}", what());
        }
    }
    match (method, &certificate.fair) {
        (Method::Fair, Some(proof)) => {
            let lowest = proof.lowest.unwrap_or(i64::MAX);
            assert_eq!(lowest, best.1, "lowest, {}", what());
            if let Some((next, bound)) = proof.above {
                assert!(next > lowest && (bound as i64) < best.0, "{}", what());
            }
        }
        (Method::Fair, None) => panic!("fair certificate without its proof: {}", what()),
        (_, proof) => assert_eq!(*proof, None),
    }
    chosen
}

fn got_total(edges: &[Edge], chosen: &[usize]) -> i64 {
    chosen.iter().map(|&k| edges[k].weight).sum()
}

#[test]
fn every_method_matches_brute_force_with_ties_and_kept_pairs() {
    let mut rng = Rng::new(11);
    for _ in 0..3000 {
        let x = instance(&mut rng, 12, 4);
        for method in METHODS {
            check_method(&x, method);
        }
    }
}

#[test]
fn fair_matches_brute_force_with_many_distinct_weights() {
    // Many distinct weights: the threshold search takes several probes.
    let mut rng = Rng::new(12);
    for _ in 0..1500 {
        let x = instance(&mut rng, 13, 60);
        check_method(&x, Method::Fair);
        check_method(&x, Method::Coverage);
    }
}

#[test]
fn certificates_hold_exactly_for_the_optimal_plans() {
    // Every feasible plan of small instances: the certificate holds iff the plan's
    // objective is the best one.
    let mut rng = Rng::new(13);
    for _ in 0..250 {
        let x = instance(&mut rng, 7, 4);
        let plans = all_feasible_plans(x.n, &x.capacity, &x.edges);
        for method in METHODS {
            let best = best_objective(method, x.n, &x.capacity, &x.edges, &x.fixed);
            for p in &plans {
                let verdict =
                    verify_plan(x.n, &x.capacity, &x.edges, &options(method), &x.fixed, p);
                let optimal = objective(method, x.n, &x.edges, &x.fixed, p) == best;
                assert_eq!(
                    verdict.is_ok(),
                    optimal,
                    "{method:?} plan {p:?} ({verdict:?}) on {} {:?} {:?} {:?}",
                    x.n,
                    x.capacity,
                    x.edges,
                    x.fixed
                );
            }
        }
    }
}

#[test]
fn certificates_fail_on_corrupted_plans() {
    let mut rng = Rng::new(14);
    let mut failures = 0;
    for _ in 0..800 {
        let x = instance(&mut rng, 12, 9);
        for method in [Method::Coverage, Method::Fair] {
            let chosen = plan(
                x.n,
                &x.capacity,
                &x.edges,
                &options(method),
                &x.fixed,
                &Quiet,
            );
            if chosen.is_empty() {
                continue;
            }
            // One pair dropped: always strictly worse (lower total, twinned no higher).
            let drop = rng.range(0, chosen.len() as u64 - 1) as usize;
            let mut fewer = chosen.clone();
            fewer.remove(drop);
            let verdict = verify_plan(
                x.n,
                &x.capacity,
                &x.edges,
                &options(method),
                &x.fixed,
                &fewer,
            );
            assert!(verdict.is_err(), "{method:?}: {fewer:?} certified");
            // One pair duplicated, or out of range: not a plan.
            let mut twice = chosen.clone();
            twice.push(chosen[0]);
            assert!(
                verify_plan(
                    x.n,
                    &x.capacity,
                    &x.edges,
                    &options(method),
                    &x.fixed,
                    &twice
                )
                .is_err()
            );
            let mut beyond = chosen.clone();
            beyond.push(x.edges.len());
            assert!(
                verify_plan(
                    x.n,
                    &x.capacity,
                    &x.edges,
                    &options(method),
                    &x.fixed,
                    &beyond
                )
                .is_err()
            );
            failures += 1;
        }
    }
    assert!(failures > 500, "only {failures} corrupted plans tried");
}

#[test]
fn plans_are_deterministic_and_do_not_depend_on_edge_order_beyond_ties() {
    let mut rng = Rng::new(15);
    for _ in 0..300 {
        let x = instance(&mut rng, 12, 9);
        for method in METHODS {
            let opts = options(method);
            let first = plan(x.n, &x.capacity, &x.edges, &opts, &x.fixed, &Quiet);
            assert_eq!(
                first,
                plan(x.n, &x.capacity, &x.edges, &opts, &x.fixed, &Quiet)
            );
            // Reversed edge order: another plan maybe (ties), the same objective.
            let reversed: Vec<Edge> = x.edges.iter().rev().copied().collect();
            let other = plan(x.n, &x.capacity, &reversed, &opts, &x.fixed, &Quiet);
            assert_eq!(
                objective(method, x.n, &reversed, &x.fixed, &other),
                objective(method, x.n, &x.edges, &x.fixed, &first)
            );
        }
    }
}

#[test]
fn coverage_and_fair_trade_total_for_groups() {
    // 0-1 weighs 10, 0-2 and 1-3 weigh 1, capacity 1 each.
    let edge = |a, b, weight| Edge { a, b, weight };
    let edges = [edge(0, 1, 10), edge(0, 2, 1), edge(1, 3, 1)];
    let none = Fixed::default();
    let run = |capacity: &[u32], method, fixed: &Fixed| {
        plan(4, capacity, &edges, &options(method), fixed, &Quiet)
    };
    // Optimal: 0-1 (total 10, two groups); coverage and fair: 0-2 and 1-3 (four, total 2).
    assert_eq!(run(&[1, 1, 1, 1], Method::Optimal, &none), vec![0]);
    assert_eq!(run(&[1, 1, 1, 1], Method::Coverage, &none), vec![1, 2]);
    assert_eq!(run(&[1, 1, 1, 1], Method::Fair, &none), vec![1, 2]);
    // Kept pairs already twin 2 and 3 (their places used): covering them again is worth
    // nothing, so coverage and fair take 0-1.
    let kept = Fixed {
        twinned: vec![false, false, true, true],
        lowest: Some(4),
    };
    assert_eq!(run(&[1, 1, 0, 0], Method::Coverage, &kept), vec![0]);
    assert_eq!(run(&[1, 1, 0, 0], Method::Fair, &kept), vec![0]);
    // Kept pairs twin 2 and 3 but left them a place: 0-1 still twins the most (all four).
    assert_eq!(run(&[1, 1, 1, 1], Method::Coverage, &kept), vec![0]);
}

#[test]
fn fair_raises_the_lowest_pair_at_equal_coverage() {
    // A 4-cycle with weights 1, 5, 9, 5 and capacity 1: {0-1, 2-3} and {1-2, 3-0} both
    // twin all four and total 10, with lowest 1 and 5: fair must take the second.
    let edge = |a, b, weight| Edge { a, b, weight };
    let edges = [edge(0, 1, 1), edge(1, 2, 5), edge(2, 3, 9), edge(3, 0, 5)];
    let capacity = [1, 1, 1, 1];
    let fair = plan(
        4,
        &capacity,
        &edges,
        &options(Method::Fair),
        &Fixed::default(),
        &Quiet,
    );
    assert_eq!(fair, vec![1, 3]);
    // A kept pair weighing 3 caps every plan's lowest at 3; {1-2, 3-0} still reaches it.
    let kept = Fixed {
        twinned: vec![false; 4],
        lowest: Some(3),
    };
    let fair = plan(4, &capacity, &edges, &options(Method::Fair), &kept, &Quiet);
    assert_eq!(fair, vec![1, 3]);
    // A kept pair weighing 1: every plan's lowest is 1, so the total decides (a tie of 10
    // either way); both plans are certified.
    let kept = Fixed {
        twinned: vec![false; 4],
        lowest: Some(1),
    };
    for p in [vec![0, 2], vec![1, 3]] {
        verify_plan(4, &capacity, &edges, &options(Method::Fair), &kept, &p).unwrap();
    }
}
