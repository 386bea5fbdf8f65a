//! Twinning plans: choose eligible pairs of groups so that every group `v`
//! is in at most `capacity[v]` chosen pairs.
//!
//! * [`Method::Optimal`]: exact maximum-weight simple b-matching
//!   ([`max_weight_b_matching`]), optionally maximising the number of pairs
//!   first. Built on Edmonds' blossom algorithm ([`blossom`]) through an
//!   edge-gadget reduction with exact pricing ([`bmatching`]).
//! * [`Method::Stable`]: the greedy, unique stable plan ([`greedy_by_weight`]).
//! * [`solve_certified`]: the plan with an exact LP-duality certificate of its optimality
//!   (`verify_optimal` certifies any given plan, in tests).
//!
//! Inputs are never rejected: self-loops, endpoints `>= n`, weights `<= 0`,
//! nodes without capacity (also missing `capacity` entries) simply make an
//! edge ineligible. Weights are expected in `1..=1_000_000_000`. Results are
//! deterministic: the same input (same edge order) gives the same output.

pub(crate) mod blossom;
pub(crate) mod bmatching;
mod duals;
mod edge;
pub(crate) mod greedy;
pub(crate) mod pricing;
pub(crate) mod reduction;
pub(crate) mod verify;

#[cfg(test)]
mod brute;
#[cfg(test)]
mod tests;

pub(crate) use bmatching::max_weight_b_matching;
pub use bmatching::max_weight_b_matching_with_stats;
pub(crate) use edge::Edge;
pub(crate) use greedy::greedy_by_weight;
pub(crate) use verify::{Certificate, solve_certified};
#[cfg(test)]
pub(crate) use verify::{verify_optimal, verify_optimal_with};

/// How to build a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Exact maximum total weight.
    Optimal,
    /// Greedy by weight: the unique stable plan.
    Stable,
}

/// Options for [`plan`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PlanOptions {
    pub method: Method,
    /// Optimal only: maximise the number of pairs first, then the weight.
    pub max_cardinality: bool,
}

/// What a plan holds before it is solved: the pairs the coordinator kept (`--keep`). The
/// solver is given the capacities those pairs leave; this says which groups they already
/// twin and the lowest weight among them, for objectives that count twinned groups or the
/// lowest pair. Empty (the default) when nothing is kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Fixed {
    /// Per group: already twinned by a kept pair (missing entries: not twinned).
    pub twinned: Vec<bool>,
    /// The lowest weight among the kept pairs; none when nothing is kept.
    pub lowest: Option<i64>,
}

/// Returns the indices (into `edges`) of the chosen edges, sorted ascending. The optimal
/// and stable objectives need nothing of `fixed` beyond the capacities already reduced.
pub(crate) fn plan(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    opts: &PlanOptions,
    _fixed: &Fixed,
) -> Vec<usize> {
    match opts.method {
        Method::Optimal => max_weight_b_matching(n, capacity, edges, opts.max_cardinality),
        Method::Stable => greedy_by_weight(n, capacity, edges),
    }
}
