//! The fair objective ([`Method::Fair`](super::Method::Fair)): twin as many groups as
//! possible, then make the plan's lowest pair (kept pairs included) as high as possible,
//! then the largest total. Exact, by coverage solves of [`super::coverage`]:
//!
//! 1. `K` = the most groups any plan twins: a coverage-only solve ([`Weights::Unit`]).
//! 2. `t*` = the highest weight `t` such that the pairs weighing `>= t` still twin `K`
//!    groups. Whether they do is monotone in `t` (fewer pairs never twin more), so a binary
//!    search over the distinct weights finds it, between a feasible weight (the lowest pair
//!    of any plan twinning `K`, which only rises as probes find better plans) and a counting
//!    bound (at least `K` groups, kept ones included, need a pair `>= t`). None when no pair
//!    is needed (the kept pairs already twin `K`).
//! 3. The threshold is `min(t*, lowest kept pair)`: a plan's lowest pair is never above the
//!    lowest kept one, so when that is lower, every pair at least as high is allowed.
//! 4. The plan: the coverage objective (groups twinned, then total) over the pairs weighing
//!    at least the threshold; it twins `K` groups, since the pairs `>= t*` do.
//!
//! Certificate (`--verify`): step 4's coverage certificate; a coverage-only certificate
//! over all pairs bounding the groups twinned by `K`; and, when `t*` sets the threshold and
//! some weight is higher, a coverage-only certificate over the pairs `>=` the next higher
//! weight bounding the groups twinned below `K`. Together: no plan twins more than `K`, none
//! twinning `K` has a higher lowest pair, and none twinning `K` with that lowest pair has a
//! larger total (every such plan uses only pairs `>=` the threshold).
//!
//! Cost: one coverage solve, one coverage-only solve, and about `log2` of the distinct
//! weights between the bounds coverage-only solves (plus one with `--verify`).

use super::Fixed;
use super::coverage::{Augmented, Weights, describe, eligible};
use super::edge::Edge;
use super::verify::{Certificate, FairProof};

/// Groups twinned by `chosen` (input edges), kept ones included.
fn twinned(augmented: &Augmented, edges: &[Edge], chosen: &[usize], groups: usize) -> usize {
    let mut covered = vec![false; groups];
    for &e in chosen {
        covered[edges[e].a as usize] = true;
        covered[edges[e].b as usize] = true;
    }
    let fresh = covered
        .iter()
        .enumerate()
        .filter(|&(v, &c)| c && !augmented.is_fixed(v))
        .count();
    augmented.fixed_twinned + fresh
}

/// The lowest weight of `chosen`, or none.
fn lowest_chosen(edges: &[Edge], chosen: &[usize]) -> Option<i64> {
    chosen.iter().map(|&e| edges[e].weight).min()
}

/// The fair plan (input edge indices, ascending) and, with `certify`, its certificate (of
/// `check`, when given, instead of the plan found).
pub(crate) fn fair(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    fixed: &Fixed,
    certify: bool,
    check: Option<&[usize]>,
) -> (Vec<usize>, Option<Result<Certificate, String>>) {
    let unit = |min_weight: i64, certify: bool| {
        let augmented = Augmented::new(n, capacity, edges, fixed, min_weight, Weights::Unit);
        let (plan, certificate) = augmented.solve(certify, None);
        let count = twinned(&augmented, edges, &plan, n);
        let bound = certificate.map(|c| c.map(|c| augmented.decode(c.dual_objective).0));
        (plan, count, bound)
    };
    // 1. The most groups any plan twins.
    let (first, most, most_bound) = unit(i64::MIN, certify);
    // 2. The highest threshold that still twins that many.
    let mut weights: Vec<i64> = edges
        .iter()
        .filter(|e| eligible(n, capacity, e))
        .map(|e| e.weight)
        .collect();
    weights.sort_unstable();
    weights.dedup();
    let best_at = {
        let mut best = vec![None::<i64>; n];
        for e in edges.iter().filter(|e| eligible(n, capacity, e)) {
            for v in [e.a as usize, e.b as usize] {
                best[v] = best[v].max(Some(e.weight));
            }
        }
        best
    };
    let free_needed = most - fixed_count(fixed, n);
    let top = lowest_chosen(edges, &first).map(|feasible| {
        // Counting bound: `free_needed` free groups need a pair `>= t`.
        let mut best: Vec<i64> = (0..n)
            .filter(|&v| !is_fixed(fixed, v))
            .filter_map(|v| best_at[v])
            .collect();
        best.sort_unstable_by(|x, y| y.cmp(x));
        let bound = best[free_needed - 1];
        let index = |w: i64| weights.partition_point(|&x| x <= w) - 1;
        let (mut lo, mut hi) = (index(feasible), index(bound));
        while lo < hi {
            let mid = (lo + hi).div_ceil(2);
            let (plan, count, _) = unit(weights[mid], false);
            if count >= most {
                let reached = lowest_chosen(edges, &plan).unwrap_or(weights[mid]);
                lo = index(reached.max(weights[mid])).min(hi);
            } else {
                hi = mid - 1;
            }
        }
        lo
    });
    // 3. The threshold; `i64::MAX` allows no pair (the kept ones twin all they can).
    let t_star = top.map(|i| weights[i]);
    let threshold = match (t_star, fixed.lowest) {
        (Some(t), Some(l)) => t.min(l),
        (Some(t), None) => t,
        (None, Some(l)) => l,
        (None, None) => i64::MAX,
    };
    // 4. The plan.
    let last = Augmented::new(n, capacity, edges, fixed, threshold, Weights::Total);
    let (plan, certificate) = last.solve(certify, check);
    if !certify {
        return (plan, None);
    }
    let chosen = check.unwrap_or(&plan);
    let result = (|| {
        let most_bound = most_bound.expect("certified")?;
        check_plan(n, capacity, edges, chosen)?;
        let twins = twinned(&last, edges, chosen, n);
        if twins != most_bound {
            return Err(format!(
                "the plan twins {twins} groups, but a plan can twin {most_bound}"
            ));
        }
        if let Some(&e) = chosen
            .iter()
            .find(|&&e| edges.get(e).is_some_and(|x| x.weight < threshold))
        {
            return Err(format!(
                "pair {e} weighs {}, below {threshold}: a plan twinning {most_bound} groups can have a higher lowest pair",
                edges[e].weight
            ));
        }
        let certificate = certificate.expect("certified")?;
        let eligible_edges = edges.iter().filter(|e| eligible(n, capacity, e)).count();
        let mut certificate = describe(&last, edges, chosen, eligible_edges, certificate);
        let lowest = match (lowest_chosen(edges, chosen), fixed.lowest) {
            (Some(c), Some(l)) => Some(c.min(l)),
            (c, l) => c.or(l),
        };
        let binding = t_star.is_some_and(|t| fixed.lowest.is_none_or(|l| t < l));
        let above = match top {
            Some(i) if binding && i + 1 < weights.len() => {
                let next = weights[i + 1];
                let (_, _, bound) = unit(next, true);
                let bound = bound.expect("certified")?;
                if bound >= most_bound {
                    return Err(format!(
                        "with every pair at least {next}, a plan could still twin {bound} groups"
                    ));
                }
                Some((next, bound))
            }
            _ => None,
        };
        certificate.fair = Some(FairProof { lowest, above });
        Ok(certificate)
    })();
    (plan, Some(result))
}

/// Checks that `chosen` is a plan: pairs in range, eligible, each once, within capacity.
fn check_plan(n: usize, capacity: &[u32], edges: &[Edge], chosen: &[usize]) -> Result<(), String> {
    let mut load = vec![0u32; n];
    let mut seen = vec![false; edges.len()];
    for &e in chosen {
        let edge = edges
            .get(e)
            .ok_or_else(|| format!("chosen edge index {e} is out of range"))?;
        if !eligible(n, capacity, edge) {
            return Err(format!("chosen edge {e} is not eligible"));
        }
        if std::mem::replace(&mut seen[e], true) {
            return Err(format!("edge {e} is chosen twice"));
        }
        for v in [edge.a as usize, edge.b as usize] {
            load[v] += 1;
            if load[v] > capacity[v] {
                return Err(format!("node {v} exceeds its capacity"));
            }
        }
    }
    Ok(())
}

fn is_fixed(fixed: &Fixed, v: usize) -> bool {
    fixed.twinned.get(v).copied().unwrap_or(false)
}

fn fixed_count(fixed: &Fixed, n: usize) -> usize {
    (0..n).filter(|&v| is_fixed(fixed, v)).count()
}
