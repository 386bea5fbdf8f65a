//! Optimality certificates: exact checking of a matching against a dual
//! solution of the matching LP with odd-set (blossom) constraints, and the
//! entry points that certify a b-matching plan ([`solve_certified`] for `--verify`).
//!
//! # Why a passing check proves optimality
//! The matching LP is `max sum(w_e x_e)` subject to `x(delta(v)) <= 1` for
//! every vertex, `x(E(B)) <= (|B| - 1) / 2` for every odd set `B`, `x >= 0`.
//! Its dual is `min sum(y_v) + sum(z_B (|B| - 1) / 2)` subject to
//! `y_i + y_j + sum(z_B : i, j in B) >= w_ij` and `y, z >= 0`. By weak
//! duality every matching weighs at most any feasible dual objective, so a
//! matching whose weight equals the objective of a feasible dual is maximum.
//! The checks below are exactly: dual feasibility (all slacks >= 0, all
//! duals >= 0, odd sets really odd), complementary slackness (matched edges
//! tight, positive vertex duals only on matched vertices, positive blossom
//! duals only on full blossoms), and primal objective == dual objective, all
//! in exact integer arithmetic (`i64` values, `i128` sums). No laminarity or
//! other property of the dual produced by the solver is assumed.
//!
//! A b-matching plan is certified on the matching instance obtained by the
//! reduction in [`super::bmatching`]: every plan maps to a matching whose
//! weight is the plan's weight plus a constant, so a maximum matching there
//! certifies a maximum-weight plan.

use rayon::prelude::*;

use super::blossom::{DUAL_SCALE, MatchingDuals};
use super::bmatching::solve_priced;
use super::duals::BlossomMembership;
use super::duals::Nesting;
use super::edge::Edge;
use super::reduction::{Reduced, Reduction};
use crate::plan::progress::{Observer, Step};

/// Summary of a successfully checked optimality certificate.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct Certificate {
    /// Sum of the original weights of the certified plan.
    pub total_weight: i64,
    /// Number of edges in the plan.
    pub cardinality: usize,
    /// Objective that was certified: equals `total_weight` for the plain
    /// maximum-weight objective; for the max-cardinality objective it is
    /// `cardinality * big + total_weight` (see `verify_optimal_with`).
    pub objective: i64,
    /// Dual objective of the certificate, in the same units as `objective`
    /// (they are equal whenever a certificate is returned).
    pub dual_objective: i64,
    /// Eligible input edges covered by the certificate.
    pub edges_checked: usize,
    /// Edges of the reduced matching instance whose slack was checked.
    pub reduced_edges_checked: usize,
    /// Vertices of the reduced matching instance.
    pub reduced_vertices: usize,
    /// Odd sets with a positive dual in the certificate.
    pub blossoms: usize,
    /// Coverage and fair: the most groups any plan twins (kept pairs' groups included), as
    /// the dual bound proves it; the plan twins that many. `objective` and `dual_objective`
    /// are then the plan's total and the largest total among plans twinning that many.
    pub twinned: Option<usize>,
    /// Fair: the proof that no plan twinning that many has a higher lowest pair.
    pub fair: Option<FairProof>,
}

/// The fair objective's second step, proved: the plan's lowest pair, and why none higher.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct FairProof {
    /// The plan's lowest pair, kept pairs included (none for a plan without pairs).
    pub lowest: Option<i64>,
    /// The next higher weight than `lowest` among the eligible pairs, and the most groups
    /// (by a dual bound) a plan can twin when every pair it chooses weighs at least that:
    /// fewer than `twinned`. None when a kept pair is the lowest (no plan can do better) or
    /// no pair weighs more.
    pub above: Option<(i64, usize)>,
}

/// Raw outcome of [`check_matching_certificate`], in scaled units.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct MatchingCheck {
    pub edges_checked: usize,
    /// `DUAL_SCALE *` matching weight.
    pub primal_scaled: i128,
    /// `DUAL_SCALE *` dual objective.
    pub dual_scaled: i128,
}

/// Checks that `matched` (one flag per edge) is a matching of the graph
/// `(num_vertices, edges)` and that `duals` (scaled by [`DUAL_SCALE`]) prove
/// it has maximum weight. Returns the first violated condition otherwise.
pub(crate) fn check_matching_certificate(
    num_vertices: usize,
    edges: &[(u32, u32, i64)],
    matched: &[bool],
    duals: &MatchingDuals,
) -> Result<MatchingCheck, String> {
    if matched.len() != edges.len() {
        return Err("matched flags do not cover the edges".into());
    }
    if duals.vertex.len() != num_vertices {
        return Err(format!(
            "{} vertex duals for {num_vertices} vertices",
            duals.vertex.len()
        ));
    }
    // Primal feasibility: a matching.
    let mut mate_edge: Vec<Option<usize>> = vec![None; num_vertices];
    let mut primal_scaled = 0i128;
    for (k, &(i, j, w)) in edges.iter().enumerate() {
        let (i, j) = (i as usize, j as usize);
        if i >= num_vertices || j >= num_vertices || i == j {
            return Err(format!("edge {k} has invalid endpoints ({i}, {j})"));
        }
        if !matched[k] {
            continue;
        }
        for v in [i, j] {
            if let Some(other) = mate_edge[v] {
                return Err(format!("vertex {v} is matched by edges {other} and {k}"));
            }
            mate_edge[v] = Some(k);
        }
        primal_scaled += i128::from(w) * i128::from(DUAL_SCALE);
    }
    // Dual feasibility of the variables themselves.
    let mut dual_scaled = 0i128;
    for (v, &y) in duals.vertex.iter().enumerate() {
        if y < 0 {
            return Err(format!("vertex {v} has negative dual {y}"));
        }
        if y > 0 && mate_edge[v].is_none() {
            return Err(format!(
                "vertex {v} has positive dual {y} but is not saturated"
            ));
        }
        dual_scaled += i128::from(y);
    }
    let membership = BlossomMembership::new(num_vertices, duals)?;
    for (index, blossom) in duals.blossoms.iter().enumerate() {
        let size = blossom.members.len();
        if size % 2 == 0 || size < 3 {
            return Err(format!("odd set {index} has {size} members"));
        }
        if blossom.dual < 0 {
            return Err(format!(
                "odd set {index} has negative dual {}",
                blossom.dual
            ));
        }
        if blossom.dual > 0 {
            // Complementary slackness: (|B| - 1) / 2 matched edges inside B.
            let inside = blossom
                .members
                .iter()
                .filter(|&&v| {
                    mate_edge[v as usize].is_some_and(|k| {
                        let (a, b, _) = edges[k];
                        let other = if a == v { b } else { a };
                        membership.of(other as usize).contains(&(index as u32))
                    })
                })
                .count();
            if inside != size - 1 {
                return Err(format!(
                    "odd set {index} has positive dual {} but only {} of {} members matched inside",
                    blossom.dual, inside, size
                ));
            }
        }
        dual_scaled += i128::from(blossom.dual) * ((size as i128 - 1) / 2);
    }
    // Edge constraints and tightness of matched edges: each edge on its own, on all
    // threads; the first failing edge (by index) is reported, whatever the split. The
    // blossom duals two ends share come from the nesting of the odd sets when they are
    // laminar (checked, else the general merge above): the same sums, faster.
    let nesting = Nesting::new(duals);
    let failure = (0..edges.len()).into_par_iter().find_map_first(|k| {
        let (i, j, w) = edges[k];
        let (i, j) = (i as usize, j as usize);
        let slack = i128::from(duals.vertex[i])
            + i128::from(duals.vertex[j])
            + nesting.common_dual(duals, i, j)
            - i128::from(w) * i128::from(DUAL_SCALE);
        if slack < 0 {
            return Some(format!(
                "edge {k} ({i}, {j}, weight {w}) has negative slack {slack} (scaled by {DUAL_SCALE})"
            ));
        }
        if matched[k] && slack != 0 {
            return Some(format!(
                "matched edge {k} ({i}, {j}) is not tight: slack {slack} (scaled by {DUAL_SCALE})"
            ));
        }
        None
    });
    if let Some(failure) = failure {
        return Err(failure);
    }
    if primal_scaled != dual_scaled {
        return Err(format!(
            "primal objective {primal_scaled} differs from dual objective {dual_scaled} (scaled by {DUAL_SCALE})"
        ));
    }
    Ok(MatchingCheck {
        edges_checked: edges.len(),
        primal_scaled,
        dual_scaled,
    })
}

/// Certifies that `chosen` is a maximum-weight plan (capacities respected,
/// each edge at most once, no plan of larger total weight exists).
///
/// The dual certificate is recomputed by running the solver (with pricing,
/// so the duals also prove that the edges the solver never looked at cannot
/// improve the plan) and then checked against `chosen` from scratch on the
/// full reduced instance. The certificate covers the maximum-weight objective;
/// use [`verify_optimal_with`] for the max-cardinality objective.
#[cfg(test)]
pub(crate) fn verify_optimal(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    chosen: &[usize],
) -> Result<Certificate, String> {
    verify_optimal_with(n, capacity, edges, chosen, false)
}

/// Like [`verify_optimal`]; with `max_cardinality` it certifies that
/// `chosen` maximises first the number of pairs, then the total weight. That
/// lexicographic objective is certified as the single objective
/// `sum(big + w_e)` with `big = max_pairs * max_weight + 1`, which orders
/// plans exactly lexicographically.
#[cfg(test)]
pub(crate) fn verify_optimal_with(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    chosen: &[usize],
    max_cardinality: bool,
) -> Result<Certificate, String> {
    let reduction = Reduction::new(n, capacity, edges, max_cardinality);
    let solved = solve_priced(&reduction, None, &crate::plan::progress::Quiet);
    let (full, duals) = reduction.full_certificate(&solved);
    verify_plan_with_duals(&reduction, &full, &duals, chosen)
}

/// Solves like [`super::max_weight_b_matching`] and checks the plan found against the
/// solver's own duals: one solve instead of two when a plan and its certificate are both
/// wanted. The check is the same as `verify_optimal_with`'s, from scratch on the full
/// reduced instance; it trusts nothing the solver claims about the duals.
pub(crate) fn solve_certified(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    max_cardinality: bool,
    watch: &dyn Observer,
) -> (Vec<usize>, Result<Certificate, String>) {
    let reduction = Reduction::new(n, capacity, edges, max_cardinality);
    let solved = solve_priced(&reduction, None, watch);
    watch.step(Step::Verify);
    let (full, duals) = reduction.full_certificate(&solved);
    let certificate = verify_plan_with_duals(&reduction, &full, &duals, &solved.plan);
    (solved.plan, certificate)
}

/// Checks `chosen` against a given dual solution of the full reduced
/// instance (exposed to tests so that corrupted duals can be fed in).
pub(crate) fn verify_plan_with_duals(
    reduction: &Reduction,
    full: &Reduced,
    duals: &MatchingDuals,
    chosen: &[usize],
) -> Result<Certificate, String> {
    let matched = reduction.plan_to_matching(full, chosen)?;
    let check = check_matching_certificate(full.num_vertices, &full.edges, &matched, duals)?;
    let scale = i128::from(DUAL_SCALE);
    let objective: i128 = chosen
        .iter()
        .map(|&e| i128::from(reduction.weight(e)))
        .sum();
    let expected = (objective + i128::from(full.constant)) * scale;
    if check.primal_scaled != expected {
        return Err(format!(
            "reduced matching weight {} does not match plan objective {}",
            check.primal_scaled, expected
        ));
    }
    let dual_objective = check.dual_scaled / scale - i128::from(full.constant);
    let total_weight: i64 = chosen.iter().map(|&e| reduction.original_weight(e)).sum();
    Ok(Certificate {
        total_weight,
        cardinality: chosen.len(),
        objective: objective as i64,
        dual_objective: dual_objective as i64,
        edges_checked: reduction.valid_edge_count(),
        reduced_edges_checked: check.edges_checked,
        reduced_vertices: full.num_vertices,
        blossoms: duals.blossoms.len(),
        twinned: None,
        fair: None,
    })
}
