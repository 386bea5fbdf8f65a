//! Twinning plans: choose eligible pairs of groups so that every group `v`
//! is in at most `capacity[v]` chosen pairs.
//!
//! * [`Method::Optimal`]: exact maximum-weight simple b-matching
//!   ([`max_weight_b_matching`]), optionally maximising the number of pairs
//!   first. Built on Edmonds' blossom algorithm ([`blossom`]) through an
//!   edge-gadget reduction with exact pricing ([`bmatching`]).
//! * [`Method::Coverage`]: twin as many groups as possible, then the largest total
//!   ([`coverage`]: the optimal solver on an augmented instance).
//! * [`Method::Fair`]: twin as many groups as possible, then the highest lowest pair, then
//!   the largest total ([`fair`]: a threshold search of coverage solves).
//! * [`Method::Stable`]: the greedy, unique stable plan ([`greedy_by_weight`]).
//! * [`solve_certified`] / [`solve_certified_with`]: the plan with an exact LP-duality
//!   certificate of its optimality (`verify_optimal` / `verify_plan` certify any given
//!   plan, in tests).
//!
//! Inputs are never rejected: self-loops, endpoints `>= n`, weights `<= 0`,
//! nodes without capacity (also missing `capacity` entries) simply make an
//! edge ineligible. Weights are expected in `1..=1_000_000_000`. Results are
//! deterministic: the same input (same edge order) gives the same output.

pub(crate) mod blossom;
pub(crate) mod bmatching;
pub(crate) mod coverage;
mod duals;
mod edge;
pub(crate) mod fair;
mod fixed;
pub(crate) mod greedy;
pub(crate) mod pricing;
pub(crate) mod reduction;
pub(crate) mod verify;

#[cfg(test)]
mod brute;
#[cfg(test)]
mod methods_tests;
#[cfg(test)]
mod tests;

use crate::plan::progress::Observer;
pub(crate) use bmatching::max_weight_b_matching;
pub use bmatching::max_weight_b_matching_with_stats;
pub(crate) use edge::Edge;
pub(crate) use fixed::Fixed;
pub(crate) use greedy::greedy_by_weight;
pub(crate) use verify::{Certificate, solve_certified};
#[cfg(test)]
pub(crate) use verify::{verify_optimal, verify_optimal_with};

/// How to build a plan.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Method {
    /// Exact maximum total weight.
    Optimal,
    /// Exact: the most groups twinned, then the largest total.
    Coverage,
    /// Exact: the most groups twinned, then the highest lowest pair, then the largest total.
    Fair,
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

/// Returns the indices (into `edges`) of the chosen edges, sorted ascending; `watch` is
/// told how the solve goes ([`crate::plan::progress`]). The optimal
/// and stable objectives need nothing of `fixed` beyond the capacities already reduced;
/// coverage and fair count its twinned groups as twinned, and fair its lowest pair.
pub(crate) fn plan(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    opts: &PlanOptions,
    fixed: &Fixed,
    watch: &dyn Observer,
) -> Vec<usize> {
    let mc = opts.max_cardinality;
    match opts.method {
        Method::Optimal => max_weight_b_matching(n, capacity, edges, mc, watch),
        Method::Coverage => coverage::coverage(n, capacity, edges, fixed, false, None, watch).0,
        Method::Fair => fair::fair(n, capacity, edges, fixed, false, None, watch).0,
        Method::Stable => greedy_by_weight(n, capacity, edges),
    }
}

/// The plan of [`plan`] with its certificate checked (for `--verify`), or why it does not
/// hold: optimal ([`solve_certified`], `max_cardinality` honoured), coverage and fair. The
/// stable plan has no certificate.
pub(crate) fn solve_certified_with(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    opts: &PlanOptions,
    fixed: &Fixed,
    watch: &dyn Observer,
) -> (Vec<usize>, Result<Certificate, String>) {
    let mc = opts.max_cardinality;
    let certified = match opts.method {
        Method::Optimal => return solve_certified(n, capacity, edges, mc, watch),
        Method::Coverage => coverage::coverage(n, capacity, edges, fixed, true, None, watch),
        Method::Fair => fair::fair(n, capacity, edges, fixed, true, None, watch),
        Method::Stable => {
            let plan = greedy_by_weight(n, capacity, edges);
            return (
                plan,
                Err("the stable plan has no optimality certificate".into()),
            );
        }
    };
    let (plan, certificate) = certified;
    (plan, certificate.expect("certified"))
}

/// Checks a given plan against the certificate of `opts`' objective (recomputed by the
/// solver): the plan is optimal for it, or why not.
#[cfg(test)]
pub(crate) fn verify_plan(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    opts: &PlanOptions,
    fixed: &Fixed,
    chosen: &[usize],
) -> Result<Certificate, String> {
    let certified = match opts.method {
        Method::Optimal => {
            return verify_optimal_with(n, capacity, edges, chosen, opts.max_cardinality);
        }
        Method::Coverage => coverage::coverage(
            n,
            capacity,
            edges,
            fixed,
            true,
            Some(chosen),
            &crate::plan::progress::Quiet,
        ),
        Method::Fair => fair::fair(
            n,
            capacity,
            edges,
            fixed,
            true,
            Some(chosen),
            &crate::plan::progress::Quiet,
        ),
        Method::Stable => return Err("the stable plan has no optimality certificate".into()),
    };
    certified.1.expect("certified")
}
