//! Tests of the public planning API against brute-force and independent
//! oracles, with fixed seeds so every run checks the same instances.

use super::blossom::MatchingDuals;
use super::blossom::{BlossomDual, max_weight_matching};
use super::bmatching::solve_priced;
use super::brute::{
    all_feasible_plans, best_plan, bipartite_max_weight, blocking_pairs, check_feasible,
    greedy_reference, random_edges, total_weight,
};
use super::duals::BlossomMembership;
use super::duals::Nesting;
use super::reduction::Reduction;
use super::verify::verify_plan_with_duals;
use super::*;
use crate::plan::progress::Quiet;
use crate::testkit::Rng;

fn random_capacities(rng: &mut Rng, n: usize, lo: u64, hi: u64) -> Vec<u32> {
    (0..n).map(|_| rng.range(lo, hi) as u32).collect()
}

/// Checks a plan from the optimal solver against the exhaustive oracle and
/// the certificate. Returns the plan.
fn check_optimal_small(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    max_cardinality: bool,
) -> Vec<usize> {
    let chosen = max_weight_b_matching(n, capacity, edges, max_cardinality, &Quiet);
    check_feasible(n, capacity, edges, &chosen).unwrap();
    let (best_card, best_weight) = best_plan(n, capacity, edges, max_cardinality);
    let weight = total_weight(edges, &chosen);
    assert_eq!(
        weight, best_weight,
        "weight, instance {n} {capacity:?} {edges:?}"
    );
    if max_cardinality {
        assert_eq!(
            chosen.len(),
            best_card,
            "cardinality, instance {n} {capacity:?} {edges:?}"
        );
    }
    let certificate = verify_optimal_with(n, capacity, edges, &chosen, max_cardinality)
        .unwrap_or_else(|err| {
            panic!("certificate failed: {err}; instance {n} {capacity:?} {edges:?}")
        });
    assert_eq!(certificate.objective, certificate.dual_objective);
    assert_eq!(certificate.total_weight, weight);
    // Force the pricing loop (tiny seeds) and check it reaches the same optimum.
    let reduction = Reduction::new(n, capacity, edges, max_cardinality);
    for seed in [0, 1] {
        let solved = solve_priced(&reduction, Some(seed), &Quiet);
        check_feasible(n, capacity, edges, &solved.plan).unwrap();
        assert_eq!(
            total_weight(edges, &solved.plan),
            best_weight,
            "seed {seed}"
        );
        if max_cardinality {
            assert_eq!(solved.plan.len(), best_card, "seed {seed}");
        }
    }
    chosen
}

#[test]
fn small_random_instances_match_brute_force() {
    let mut rng = Rng::new(1);
    for _ in 0..6000 {
        let n = rng.range(2, 14) as usize;
        let m = rng.range(0, 20) as usize;
        let capacity = random_capacities(&mut rng, n, 0, 3);
        let edges = random_edges(&mut rng, n, m, 5);
        check_optimal_small(n, &capacity, &edges, false);
    }
}

#[test]
fn small_capacity_one_instances_match_brute_force() {
    let mut rng = Rng::new(2);
    for _ in 0..4000 {
        let n = rng.range(2, 20) as usize;
        let m = rng.range(0, 22) as usize;
        let capacity = vec![1; n];
        let edges = random_edges(&mut rng, n, m, 5);
        check_optimal_small(n, &capacity, &edges, false);
    }
}

#[test]
fn small_max_cardinality_matches_brute_force() {
    let mut rng = Rng::new(3);
    for round in 0..4000 {
        let n = rng.range(2, 16) as usize;
        let m = rng.range(0, 20) as usize;
        let capacity = if round % 2 == 0 {
            vec![1; n]
        } else {
            random_capacities(&mut rng, n, 0, 3)
        };
        let edges = random_edges(&mut rng, n, m, 10);
        check_optimal_small(n, &capacity, &edges, true);
    }
}

#[test]
fn small_dense_instances_match_brute_force() {
    // Few nodes, near-complete graphs, capacities up to 3: many gadgets,
    // odd cycles and ties.
    let mut rng = Rng::new(13);
    for round in 0..3000 {
        let n = rng.range(3, 8) as usize;
        let m = rng.range(3, 20) as usize;
        let capacity = random_capacities(&mut rng, n, 1, 3);
        let edges = random_edges(&mut rng, n, m, 3);
        check_optimal_small(n, &capacity, &edges, round % 3 == 0);
    }
}

#[test]
fn wide_weight_range_matches_brute_force() {
    let mut rng = Rng::new(4);
    for _ in 0..2000 {
        let n = rng.range(2, 12) as usize;
        let m = rng.range(0, 18) as usize;
        let capacity = random_capacities(&mut rng, n, 0, 3);
        let edges = random_edges(&mut rng, n, m, 10_000);
        check_optimal_small(n, &capacity, &edges, false);
    }
}

/// Solver on a dense medium instance: pricing from a small seed, pricing
/// from the default seed and a direct solve over all edges must agree, and
/// the certificate must verify. Returns the most rounds a solve took and
/// whether any solve had to write a pair with a gadget.
fn check_pricing_paths(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    max_cardinality: bool,
) -> (usize, bool) {
    let reduction = Reduction::new(n, capacity, edges, max_cardinality);
    let full = solve_priced(&reduction, Some(usize::MAX), &Quiet);
    assert_eq!(
        full.reduced.subset.len(),
        reduction.valid_edge_count(),
        "every edge is a candidate"
    );
    let mut guarded = full.guarded.contains(&true);
    let objective = |plan: &[usize]| -> i64 { plan.iter().map(|&e| reduction.weight(e)).sum() };
    let expected = objective(&full.plan);
    let mut rounds = 0;
    for seed in [None, Some(1), Some(0)] {
        let solved = solve_priced(&reduction, seed, &Quiet);
        check_feasible(n, capacity, edges, &solved.plan).unwrap();
        assert_eq!(objective(&solved.plan), expected, "seed {seed:?}");
        rounds = rounds.max(solved.rounds);
        guarded |= solved.guarded.contains(&true);
    }
    let chosen = max_weight_b_matching(n, capacity, edges, max_cardinality, &Quiet);
    let certificate = verify_optimal_with(n, capacity, edges, &chosen, max_cardinality).unwrap();
    assert_eq!(certificate.objective, expected);
    // One solve for the plan and its certificate: the same plan, the same proof.
    let (plan, certified) = solve_certified(n, capacity, edges, max_cardinality, &Quiet);
    assert_eq!(plan, chosen);
    assert_eq!(certified.unwrap(), certificate);
    (rounds, guarded)
}

#[test]
fn pricing_agrees_with_full_solve_on_dense_instances() {
    let mut rng = Rng::new(5);
    let mut max_rounds = 0;
    let mut any_guarded = false;
    for round in 0..40 {
        let n = rng.range(20, 70) as usize;
        let m = n * rng.range(3, 12) as usize;
        let capacity = random_capacities(&mut rng, n, 0, 3);
        let edges = random_edges(&mut rng, n, m, if round % 2 == 0 { 5 } else { 10_000 });
        let (rounds, guarded) = check_pricing_paths(n, &capacity, &edges, round % 4 == 1);
        max_rounds = max_rounds.max(rounds);
        any_guarded |= guarded;
    }
    assert!(
        max_rounds > 1,
        "the small seeds must actually exercise pricing"
    );
    assert!(
        any_guarded,
        "some plan must repeat a pair in the relaxation"
    );
}

#[test]
fn large_capacity_one_instances_are_certified() {
    let mut rng = Rng::new(6);
    for round in 0..30 {
        let n = rng.range(50, 200) as usize;
        let m = n * rng.range(2, 8) as usize;
        let capacity = vec![1; n];
        let edges = random_edges(&mut rng, n, m, if round % 2 == 0 { 5 } else { 10_000 });
        check_pricing_paths(n, &capacity, &edges, false);
    }
}

#[test]
fn bipartite_instances_match_min_cost_flow() {
    let mut rng = Rng::new(7);
    for round in 0..40 {
        let n = rng.range(50, 200) as usize;
        let left = n / 2;
        let capacity = if round % 2 == 0 {
            vec![1; n]
        } else {
            random_capacities(&mut rng, n, 0, 3)
        };
        let mut edges = Vec::new();
        for a in 0..left {
            for b in left..n {
                if rng.range(0, 99) < 6 {
                    let weight = rng.range(1, if round % 3 == 0 { 5 } else { 10_000 }) as i64;
                    edges.push(Edge {
                        a: a as u32,
                        b: b as u32,
                        weight,
                    });
                }
            }
        }
        let chosen = max_weight_b_matching(n, &capacity, &edges, false, &Quiet);
        check_feasible(n, &capacity, &edges, &chosen).unwrap();
        assert_eq!(
            total_weight(&edges, &chosen),
            bipartite_max_weight(n, left, &capacity, &edges),
            "round {round}"
        );
        verify_optimal(n, &capacity, &edges, &chosen).unwrap();
    }
}

#[test]
fn certificate_rejects_suboptimal_plans() {
    let mut rng = Rng::new(8);
    let mut rejected_stable = 0;
    for _ in 0..300 {
        let n = rng.range(4, 40) as usize;
        let m = n * 3;
        let capacity = random_capacities(&mut rng, n, 1, 3);
        let edges = random_edges(&mut rng, n, m, 10);
        let chosen = max_weight_b_matching(n, &capacity, &edges, false, &Quiet);
        if chosen.is_empty() {
            continue;
        }
        verify_optimal(n, &capacity, &edges, &chosen).unwrap();
        // Dropping any edge loses weight: must be rejected.
        let drop = rng.range(0, chosen.len() as u64 - 1) as usize;
        let mut worse = chosen.clone();
        worse.remove(drop);
        assert!(verify_optimal(n, &capacity, &edges, &worse).is_err());
        // The stable plan is feasible; it is certified iff it is optimal.
        let stable = greedy_by_weight(n, &capacity, &edges);
        let result = verify_optimal(n, &capacity, &edges, &stable);
        if total_weight(&edges, &stable) < total_weight(&edges, &chosen) {
            assert!(result.is_err());
            rejected_stable += 1;
        } else {
            assert!(result.is_ok());
        }
    }
    assert!(rejected_stable > 10);
}

#[test]
fn certificate_rejects_infeasible_plans() {
    let edges = [
        Edge {
            a: 0,
            b: 1,
            weight: 5,
        },
        Edge {
            a: 1,
            b: 2,
            weight: 4,
        },
        Edge {
            a: 0,
            b: 2,
            weight: 3,
        },
    ];
    let capacity = [1, 1, 1];
    assert!(verify_optimal(3, &capacity, &edges, &[0]).is_ok());
    assert!(
        verify_optimal(3, &capacity, &edges, &[0, 1])
            .unwrap_err()
            .contains("capacity")
    );
    assert!(
        verify_optimal(3, &capacity, &edges, &[0, 0])
            .unwrap_err()
            .contains("twice")
    );
    assert!(
        verify_optimal(3, &capacity, &edges, &[7])
            .unwrap_err()
            .contains("range")
    );
    assert!(verify_optimal(3, &capacity, &edges, &[1]).is_err());
}

#[test]
fn certificate_rejects_corrupted_duals() {
    let mut rng = Rng::new(9);
    let mut with_blossoms = 0;
    for _ in 0..200 {
        let n = rng.range(6, 30) as usize;
        let capacity = random_capacities(&mut rng, n, 1, 3);
        let edges = random_edges(&mut rng, n, n * 3, 10);
        let reduction = Reduction::new(n, &capacity, &edges, false);
        let solved = solve_priced(&reduction, None, &Quiet);
        let (full, duals) = reduction.full_certificate(&solved);
        verify_plan_with_duals(&reduction, &full, &duals, &solved.plan).unwrap();
        let corrupt = |change: &dyn Fn(&mut MatchingDuals)| {
            let mut bad = duals.clone();
            change(&mut bad);
            verify_plan_with_duals(&reduction, &full, &bad, &solved.plan)
        };
        // Lowering any vertex dual makes some constraint fail: either an
        // edge slack goes negative or the objectives no longer match.
        let v = rng.range(0, full.num_vertices as u64 - 1) as usize;
        assert!(corrupt(&|d| d.vertex[v] -= 1).is_err());
        // Raising one breaks tightness or complementary slackness.
        assert!(corrupt(&|d| d.vertex[v] += 1).is_err());
        if !duals.blossoms.is_empty() {
            with_blossoms += 1;
            assert!(corrupt(&|d| d.blossoms[0].dual += 2).is_err());
            assert!(corrupt(&|d| d.blossoms[0].dual = -d.blossoms[0].dual).is_err());
            assert!(
                corrupt(&|d| {
                    d.blossoms[0].members.pop();
                })
                .is_err()
            );
        }
    }
    assert!(with_blossoms > 5, "blossom duals must be exercised");
}

#[test]
fn stable_plan_has_no_blocking_pair_and_matches_reference() {
    let mut rng = Rng::new(10);
    for _ in 0..3000 {
        let n = rng.range(2, 20) as usize;
        let m = rng.range(0, 40) as usize;
        let capacity = random_capacities(&mut rng, n, 0, 3);
        let edges = random_edges(&mut rng, n, m, 5);
        let chosen = greedy_by_weight(n, &capacity, &edges);
        check_feasible(n, &capacity, &edges, &chosen).unwrap();
        assert!(blocking_pairs(n, &capacity, &edges, &chosen).is_empty());
        assert_eq!(chosen, greedy_reference(n, &capacity, &edges));
    }
}

#[test]
fn stable_plan_is_the_unique_stable_plan() {
    let mut rng = Rng::new(11);
    for _ in 0..500 {
        let n = rng.range(2, 8) as usize;
        let m = rng.range(0, 12) as usize;
        let capacity = random_capacities(&mut rng, n, 0, 3);
        let edges = random_edges(&mut rng, n, m, 3);
        let stable: Vec<Vec<usize>> = all_feasible_plans(n, &capacity, &edges)
            .into_iter()
            .filter(|plan| blocking_pairs(n, &capacity, &edges, plan).is_empty())
            .collect();
        assert_eq!(stable, vec![greedy_by_weight(n, &capacity, &edges)]);
    }
}

#[test]
fn results_are_deterministic() {
    let mut rng = Rng::new(12);
    for _ in 0..10 {
        let n = rng.range(50, 150) as usize;
        let capacity = random_capacities(&mut rng, n, 0, 3);
        let edges = random_edges(&mut rng, n, n * 10, 5);
        for method in [Method::Optimal, Method::Stable] {
            for max_cardinality in [false, true] {
                let opts = PlanOptions {
                    method,
                    max_cardinality,
                };
                let first = plan(n, &capacity, &edges, &opts, &Fixed::default(), &Quiet);
                assert_eq!(
                    first,
                    plan(n, &capacity, &edges, &opts, &Fixed::default(), &Quiet)
                );
            }
        }
    }
}

#[test]
fn degenerate_inputs() {
    let opts = PlanOptions {
        method: Method::Optimal,
        max_cardinality: false,
    };
    assert!(plan(0, &[], &[], &opts, &Fixed::default(), &Quiet).is_empty());
    assert!(plan(3, &[1, 1, 1], &[], &opts, &Fixed::default(), &Quiet).is_empty());
    assert!(verify_optimal(0, &[], &[], &[]).is_ok());
    let edges = [
        Edge {
            a: 0,
            b: 1,
            weight: 9,
        }, // node 0 has capacity 0
        Edge {
            a: 1,
            b: 1,
            weight: 9,
        }, // self-loop
        Edge {
            a: 1,
            b: 7,
            weight: 9,
        }, // out of range
        Edge {
            a: 1,
            b: 2,
            weight: 0,
        }, // not a positive weight
        Edge {
            a: 2,
            b: 3,
            weight: 1,
        },
    ];
    for method in [Method::Optimal, Method::Stable] {
        for max_cardinality in [false, true] {
            let opts = PlanOptions {
                method,
                max_cardinality,
            };
            assert_eq!(
                plan(4, &[0, 2, 2, 1], &edges, &opts, &Fixed::default(), &Quiet),
                vec![4]
            );
        }
    }
    // Missing capacity entries count as zero.
    assert_eq!(
        max_weight_b_matching(4, &[1, 1], &edges, false, &Quiet),
        vec![0]
    );
}

#[test]
fn max_cardinality_prefers_more_pairs() {
    // Path 0-1-2-3: the heavy middle edge alone vs. the two outer edges.
    let edges = [
        Edge {
            a: 0,
            b: 1,
            weight: 1,
        },
        Edge {
            a: 1,
            b: 2,
            weight: 10,
        },
        Edge {
            a: 2,
            b: 3,
            weight: 1,
        },
    ];
    let capacity = [1, 1, 1, 1];
    assert_eq!(
        max_weight_b_matching(4, &capacity, &edges, false, &Quiet),
        vec![1]
    );
    assert_eq!(
        max_weight_b_matching(4, &capacity, &edges, true, &Quiet),
        vec![0, 2]
    );
    assert!(verify_optimal(4, &capacity, &edges, &[0, 2]).is_err());
    assert!(verify_optimal_with(4, &capacity, &edges, &[0, 2], true).is_ok());
    assert!(verify_optimal_with(4, &capacity, &edges, &[1], true).is_err());
}

#[test]
fn nesting_agrees_with_the_general_blossom_test() {
    // The pricing shortcut (common prefix of outermost-first blossom lists)
    // against the plain sorted-merge over all odd sets, on solver duals.
    let mut rng = Rng::new(21);
    let mut nested = 0;
    for _ in 0..300 {
        let n = rng.range(4, 40) as usize;
        let edges: Vec<(u32, u32, i64)> = random_edges(&mut rng, n, n * 3, 20)
            .iter()
            .map(|e| (e.a, e.b, e.weight))
            .collect();
        let duals = max_weight_matching(n, &edges).duals;
        let fast = Nesting::new(&duals);
        assert!(
            matches!(fast, Nesting::Laminar { .. }),
            "solver blossoms are laminar"
        );
        let slow = BlossomMembership::new(n, &duals).unwrap();
        for i in 0..n {
            for j in 0..n {
                assert_eq!(
                    fast.common_dual(&duals, i, j),
                    slow.common_dual(&duals, i, j)
                );
            }
        }
        nested += usize::from(duals.blossoms.len() > 1);
    }
    assert!(nested > 10, "instances with several blossoms: {nested}");
    // Crossing odd sets are not laminar: the general test takes over.
    let duals = MatchingDuals {
        vertex: vec![0; 5],
        blossoms: vec![
            BlossomDual {
                members: vec![0, 1, 2],
                dual: 2,
            },
            BlossomDual {
                members: vec![2, 3, 4],
                dual: 4,
            },
        ],
    };
    let crossing = Nesting::new(&duals);
    assert!(matches!(crossing, Nesting::General(_)));
    assert_eq!(crossing.common_dual(&duals, 2, 2), 6);
    assert_eq!(crossing.common_dual(&duals, 1, 3), 0);
    assert_eq!(crossing.common_dual(&duals, 0, 1), 2);
}

#[test]
fn optimal_plans_are_the_same_for_any_thread_count() {
    // Pricing runs on all threads; the plan must not depend on how many.
    let mut rng = Rng::new(31);
    for _ in 0..5 {
        let n = rng.range(60, 120) as usize;
        let capacity = random_capacities(&mut rng, n, 1, 3);
        let edges = random_edges(&mut rng, n, n * 8, 50);
        let plans: Vec<Vec<usize>> = [1, 2, 3]
            .iter()
            .map(|&threads| {
                let pool = rayon::ThreadPoolBuilder::new()
                    .num_threads(threads)
                    .build()
                    .unwrap();
                pool.install(|| max_weight_b_matching(n, &capacity, &edges, false, &Quiet))
            })
            .collect();
        assert!(!plans[0].is_empty());
        assert_eq!(plans[0], plans[1]);
        assert_eq!(plans[0], plans[2]);
    }
}
