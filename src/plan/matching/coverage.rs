//! The coverage objective (`Method::Coverage`): twin as many
//! groups as possible, then maximise the total. Solved exactly as a maximum-weight
//! b-matching of an *augmented* instance, so the optimal solver, its pricing and its
//! LP-duality certificate apply unchanged.
//!
//! # The augmented instance
//! Let `c_v = min(capacity, eligible degree)` and call `v` *free* if no kept pair twins it
//! yet. With a bonus `B` larger than any plan's total:
//! * every eligible pair `(u, v)` of weight `w` weighs `w + B · (free ends)`;
//! * every free `v` with `c_v >= 2` gets `c_v - 1` *leaves*: new nodes of capacity 1, each
//!   joined to `v` by a pair of weight `B`; `v`'s capacity becomes `c_v`.
//!
//! A free `v` holding `k` chosen pairs then collects `B · k` from its pair ends plus
//! `B · min(c_v - 1, c_v - k)` from leaves: `B · (c_v - 1)` if `k = 0`, `B · c_v` if
//! `k >= 1`. So every plan, completed with the best leaves, weighs
//! `constant + B · (free groups twinned) + total` with `constant = B · Σ (c_v - 1)`, and
//! every augmented plan is at most that for its real pairs: the maximum-weight augmented
//! plan is a coverage-optimal plan, and a dual certificate of the augmented instance
//! bounds both the groups twinned (`⌊(bound - constant) / B⌋`) and, among plans twinning
//! that many, the total (the remainder), since `0 <= total < B`. Kept pairs' groups are
//! not free: covering them again is worth nothing, so their pairs get no bonus at that end.
//!
//! Integer range: `B = min(Σ w, max pairs · max w) + 1`, so augmented weights stay below
//! `3 · B`; weights up to `10^9` and up to `10^7` pairs keep `B` under `2^54`, well inside
//! the blossom's `i64` duals (scaled by 4) and the certificate's `i128` sums.

use super::bmatching::solve_priced;
use super::edge::Edge;
use super::fixed::Fixed;
use super::reduction::Reduction;
use super::verify::{Certificate, verify_plan_with_duals};
use crate::plan::progress::{Observer, Step};

/// A coverage instance written as a b-matching (see the module docs). Edges `0..original`
/// are the input's (same indices; ineligible ones weigh 0), the leaf pairs follow.
pub(crate) struct Augmented {
    pub(crate) n: usize,
    pub(crate) capacity: Vec<u32>,
    pub(crate) edges: Vec<Edge>,
    pub(crate) original: usize,
    pub(crate) bonus: i64,
    /// `B · Σ (c_v - 1)` over free groups with `c_v >= 1`.
    pub(crate) constant: i64,
    /// Groups already twinned by kept pairs.
    pub(crate) fixed_twinned: usize,
    /// Leaf pairs of group `v`: edges `leaf_start[v]..leaf_start[v + 1]`.
    leaf_start: Vec<usize>,
    /// Per group: free (not twinned by a kept pair).
    free: Vec<bool>,
}

/// Whether `e` can be chosen at all, as [`Reduction::new`] decides it.
pub(crate) fn eligible(n: usize, capacity: &[u32], e: &Edge) -> bool {
    let cap = |v: usize| capacity.get(v).copied().unwrap_or(0);
    let (a, b) = (e.a as usize, e.b as usize);
    a != b && a < n && b < n && e.weight > 0 && cap(a) > 0 && cap(b) > 0
}

impl Augmented {
    /// The augmented instance over the eligible edges of weight `>= min_weight`.
    pub(crate) fn new(
        n: usize,
        capacity: &[u32],
        edges: &[Edge],
        fixed: &Fixed,
        min_weight: i64,
    ) -> Self {
        let free: Vec<bool> = (0..n)
            .map(|v| !fixed.twinned.get(v).copied().unwrap_or(false))
            .collect();
        let free_ends = |e: &Edge| i64::from(free[e.a as usize]) + i64::from(free[e.b as usize]);
        let kept: Vec<bool> = edges
            .iter()
            .map(|e| eligible(n, capacity, e) && e.weight >= min_weight)
            .collect();
        let mut degree = vec![0u32; n];
        let (mut sum_weight, mut max_weight, mut count) = (0i128, 0i64, 0u64);
        for (e, _) in edges.iter().zip(&kept).filter(|(_, k)| **k) {
            degree[e.a as usize] += 1;
            degree[e.b as usize] += 1;
            sum_weight += i128::from(e.weight);
            max_weight = max_weight.max(e.weight);
            count += 1;
        }
        let copies: Vec<u32> = (0..n)
            .map(|v| capacity.get(v).copied().unwrap_or(0).min(degree[v]))
            .collect();
        let total_copies: u64 = copies.iter().map(|&c| u64::from(c)).sum();
        let max_pairs = count.min(total_copies / 2);
        let most = sum_weight.min(i128::from(max_pairs) * i128::from(max_weight));
        debug_assert!(
            most < 1 << 56,
            "weights too large for the coverage objective"
        );
        let bonus = most as i64 + 1;
        let mut out: Vec<Edge> = edges
            .iter()
            .zip(&kept)
            .map(|(e, &k)| Edge {
                a: e.a,
                b: e.b,
                weight: if k {
                    e.weight + bonus * free_ends(e)
                } else {
                    0
                },
            })
            .collect();
        let mut capacity_out: Vec<u32> = copies.clone();
        let mut leaf_start = vec![out.len(); n + 1];
        let mut constant = 0i64;
        for v in 0..n {
            leaf_start[v] = out.len();
            if free[v] && copies[v] >= 1 {
                constant += bonus * i64::from(copies[v] - 1);
                for _ in 1..copies[v] {
                    let leaf = capacity_out.len() as u32;
                    capacity_out.push(1);
                    out.push(Edge {
                        a: v as u32,
                        b: leaf,
                        weight: bonus,
                    });
                }
            }
        }
        leaf_start[n] = out.len();
        let fixed_twinned = free.iter().filter(|&&f| !f).count();
        Augmented {
            n: capacity_out.len(),
            capacity: capacity_out,
            edges: out,
            original: edges.len(),
            bonus,
            constant,
            fixed_twinned,
            leaf_start,
            free,
        }
    }

    /// `chosen` (input edges) with the best leaves added, ascending: the augmented plan
    /// that weighs `constant + B · (free groups twinned) + total`.
    pub(crate) fn complete(&self, chosen: &[usize]) -> Vec<usize> {
        let groups = self.free.len();
        let mut load = vec![0u32; groups];
        for &e in chosen {
            if let Some(edge) = self.edges.get(e).filter(|_| e < self.original) {
                for v in [edge.a as usize, edge.b as usize] {
                    if v < groups {
                        load[v] += 1;
                    }
                }
            }
        }
        let mut out = chosen.to_vec();
        for (v, &used) in load.iter().enumerate() {
            let leaves = self.leaf_start[v]..self.leaf_start[v + 1];
            let room = (self.capacity[v].saturating_sub(used) as usize).min(leaves.len());
            out.extend(leaves.take(room));
        }
        out
    }

    /// Whether group `v` is already twinned by a kept pair.
    pub(crate) fn is_fixed(&self, v: usize) -> bool {
        !self.free[v]
    }

    /// The input edges of an augmented plan.
    pub(crate) fn real(&self, plan: &[usize]) -> Vec<usize> {
        plan.iter()
            .copied()
            .filter(|&e| e < self.original)
            .collect()
    }

    /// `(groups twinned, kept ones included; total)` bounded by an augmented objective.
    pub(crate) fn decode(&self, value: i64) -> (usize, i64) {
        let rest = value - self.constant;
        (
            self.fixed_twinned + (rest / self.bonus) as usize,
            rest % self.bonus,
        )
    }

    /// Solves exactly; returns the input edges chosen, ascending, and (with `certify`) the
    /// certificate of the augmented optimum checked against `check` (the solver's own plan
    /// when `None`).
    pub(crate) fn solve(
        &self,
        certify: bool,
        check: Option<&[usize]>,
        watch: &dyn Observer,
    ) -> (Vec<usize>, Option<Result<Certificate, String>>) {
        let reduction = Reduction::new(self.n, &self.capacity, &self.edges, false);
        let solved = solve_priced(&reduction, None, watch);
        let plan = self.real(&solved.plan);
        if !certify {
            return (plan, None);
        }
        watch.step(Step::Verify);
        let (full, duals) = reduction.full_certificate(&solved);
        let target = self.complete(check.unwrap_or(&plan));
        let certificate = verify_plan_with_duals(&reduction, &full, &duals, &target);
        (plan, Some(certificate))
    }
}

/// The coverage-optimal plan (input edge indices, ascending) and, with `certify`, its
/// certificate (of `check`, when given, instead of the plan found).
pub(crate) fn coverage(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    fixed: &Fixed,
    certify: bool,
    check: Option<&[usize]>,
    watch: &dyn Observer,
) -> (Vec<usize>, Option<Result<Certificate, String>>) {
    let augmented = Augmented::new(n, capacity, edges, fixed, i64::MIN);
    let (plan, certificate) = augmented.solve(certify, check, watch);
    let chosen = check.unwrap_or(&plan);
    let eligible_edges = edges.iter().filter(|e| eligible(n, capacity, e)).count();
    let certificate =
        certificate.map(|c| c.map(|c| describe(&augmented, edges, chosen, eligible_edges, c)));
    (plan, certificate)
}

/// A certificate of the augmented instance, in the input's terms: the plan's own total and
/// size, the groups twinned and total the dual bound allows, and the `eligible_edges` of
/// the input it covers.
pub(crate) fn describe(
    augmented: &Augmented,
    edges: &[Edge],
    chosen: &[usize],
    eligible_edges: usize,
    mut certificate: Certificate,
) -> Certificate {
    let (twinned, total_bound) = augmented.decode(certificate.dual_objective);
    certificate.total_weight = chosen.iter().map(|&e| edges[e].weight).sum();
    certificate.cardinality = chosen.len();
    certificate.objective = certificate.total_weight;
    certificate.dual_objective = total_bound;
    certificate.twinned = Some(twinned);
    certificate.edges_checked = eligible_edges;
    certificate
}
