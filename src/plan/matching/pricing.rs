//! Pricing for [`super::bmatching`]: which eligible pairs outside the candidate subset
//! could still improve the plan, given the optimal duals of the subset's matching.
//!
//! A direct edge is harmless iff every pair of copies of its ends has a non-negative
//! slack, the duals of the blossoms around both copies included; a gadget edge iff
//! `min_i y(u_i) + min_j y(v_j) >= w` (its new vertices lie in no blossom). Every edge is
//! tested on its own, on all threads; the result is sorted, so it does not depend on how
//! the work was split.

use rayon::prelude::*;

use super::blossom::{DUAL_SCALE, MatchingDuals};
use super::duals::Nesting;
use super::reduction::Reduction;

/// Eligible edges outside the subset whose reduced-cost test fails, as
/// `(scaled slack, edge)` sorted most violated first.
pub(crate) fn price(
    reduction: &Reduction,
    in_subset: &[bool],
    guarded: &[bool],
    duals: &MatchingDuals,
) -> Vec<(i128, usize)> {
    let min_dual = reduction.min_copy_duals(duals);
    let membership = Nesting::new(duals);
    // Every edge is tested on its own: split the work across threads, then
    // sort, so the result does not depend on the split.
    let mut violators: Vec<(i128, usize)> = reduction
        .valid
        .par_chunks(PRICE_CHUNK)
        .flat_map_iter(|chunk| {
            chunk.iter().filter_map(|&e| {
                if in_subset[e] {
                    return None;
                }
                let slack = edge_slack(reduction, guarded, duals, &membership, &min_dual, e);
                (slack < 0).then_some((slack, e))
            })
        })
        .collect();
    violators.sort_unstable();
    violators
}

/// Eligible edges per pricing work unit.
const PRICE_CHUNK: usize = 1 << 14;

/// The smallest scaled slack edge `e` (outside the subset) would have under
/// `duals`, or some non-negative value when it has none below zero.
fn edge_slack(
    reduction: &Reduction,
    guarded: &[bool],
    duals: &MatchingDuals,
    membership: &Nesting,
    min_dual: &[i64],
    e: usize,
) -> i128 {
    let (a, b) = reduction.ends(e);
    let needed = i128::from(DUAL_SCALE) * i128::from(reduction.weight(e));
    let lower_bound = i128::from(min_dual[a]) + i128::from(min_dual[b]) - needed;
    if lower_bound >= 0 || (guarded[e] && reduction.may_repeat(e)) {
        // Either no copy pair can be short, or the edge would be a gadget
        // whose new vertices lie in no blossom: the bound is exact.
        return lower_bound;
    }
    // Direct edge: exact slack of every copy pair, blossom duals included.
    let mut worst = i128::MAX;
    for ca in reduction.copy_range(a) {
        for cb in reduction.copy_range(b) {
            let (ca, cb) = (ca as usize, cb as usize);
            let slack = i128::from(duals.vertex[ca])
                + i128::from(duals.vertex[cb])
                + membership.common_dual(duals, ca, cb)
                - needed;
            worst = worst.min(slack);
        }
    }
    worst
}
