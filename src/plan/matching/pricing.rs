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
use super::bmatching::Layout;
use super::verify::BlossomMembership;

/// Eligible edges outside the subset whose reduced-cost test fails, as
/// `(scaled slack, edge)` sorted most violated first.
pub(crate) fn price(
    layout: &Layout,
    in_subset: &[bool],
    guarded: &[bool],
    duals: &MatchingDuals,
) -> Vec<(i128, usize)> {
    let min_dual = layout.min_copy_duals(duals);
    let membership = Nesting::new(duals);
    // Every edge is tested on its own: split the work across threads, then
    // sort, so the result does not depend on the split.
    let mut violators: Vec<(i128, usize)> = layout
        .valid
        .par_chunks(PRICE_CHUNK)
        .flat_map_iter(|chunk| {
            chunk.iter().filter_map(|&e| {
                if in_subset[e] {
                    return None;
                }
                let slack = edge_slack(layout, guarded, duals, &membership, &min_dual, e);
                (slack < 0).then_some((slack, e))
            })
        })
        .collect();
    violators.sort_unstable();
    violators
}

/// The blossoms around each vertex, outermost first, with running sums of
/// their duals, so that the duals of the blossoms around both ends of an edge
/// (a common prefix, because the blossoms are laminar) add up in a few steps.
/// If the family is not laminar it falls back to the general
/// [`BlossomMembership`] test.
pub(crate) enum Nesting {
    Laminar {
        start: Vec<usize>,
        ids: Vec<u32>,
        /// `DUAL_SCALE`-scaled sum of the duals of `ids[start[v]..=k]`.
        running: Vec<i128>,
    },
    General(BlossomMembership),
}

impl Nesting {
    pub(crate) fn new(duals: &MatchingDuals) -> Self {
        let n = duals.vertex.len();
        let general =
            BlossomMembership::new(n, duals).expect("solver duals reference valid vertices");
        let blossoms = &duals.blossoms;
        let mut start = vec![0usize; n + 1];
        for v in 0..n {
            start[v + 1] = start[v] + general.of(v).len();
        }
        let mut ids = Vec::with_capacity(start[n]);
        let mut running = Vec::with_capacity(start[n]);
        // The next blossom inward from each blossom must be the same for every
        // member: that is what laminar means for these lists.
        const UNSET: u32 = u32::MAX;
        const OUTERMOST: u32 = u32::MAX - 1;
        let mut parent = vec![UNSET; blossoms.len()];
        for v in 0..n {
            let mut list: Vec<u32> = general.of(v).to_vec();
            list.sort_unstable_by_key(|&b| {
                (std::cmp::Reverse(blossoms[b as usize].members.len()), b)
            });
            let mut sum = 0i128;
            let mut outer = OUTERMOST;
            for &b in &list {
                let seen = &mut parent[b as usize];
                if *seen == UNSET {
                    *seen = outer;
                } else if *seen != outer {
                    return Nesting::General(general);
                }
                outer = b;
                sum += i128::from(blossoms[b as usize].dual);
                ids.push(b);
                running.push(sum);
            }
        }
        Nesting::Laminar {
            start,
            ids,
            running,
        }
    }

    /// Sum of the duals of all blossoms containing both `i` and `j`.
    pub(crate) fn common_dual(&self, duals: &MatchingDuals, i: usize, j: usize) -> i128 {
        match self {
            Nesting::General(general) => general.common_dual(duals, i, j),
            Nesting::Laminar {
                start,
                ids,
                running,
            } => {
                let (a, b) = (&ids[start[i]..start[i + 1]], &ids[start[j]..start[j + 1]]);
                let common = a.iter().zip(b).take_while(|(x, y)| x == y).count();
                if common == 0 {
                    0
                } else {
                    running[start[i] + common - 1]
                }
            }
        }
    }
}

/// Eligible edges per pricing work unit.
const PRICE_CHUNK: usize = 1 << 14;

/// The smallest scaled slack edge `e` (outside the subset) would have under
/// `duals`, or some non-negative value when it has none below zero.
fn edge_slack(
    layout: &Layout,
    guarded: &[bool],
    duals: &MatchingDuals,
    membership: &Nesting,
    min_dual: &[i64],
    e: usize,
) -> i128 {
    let (a, b) = layout.ends(e);
    let needed = i128::from(DUAL_SCALE) * i128::from(layout.weight(e));
    let lower_bound = i128::from(min_dual[a]) + i128::from(min_dual[b]) - needed;
    if lower_bound >= 0 || (guarded[e] && layout.may_repeat(e)) {
        // Either no copy pair can be short, or the edge would be a gadget
        // whose new vertices lie in no blossom: the bound is exact.
        return lower_bound;
    }
    // Direct edge: exact slack of every copy pair, blossom duals included.
    let mut worst = i128::MAX;
    for ca in layout.copy_range(a) {
        for cb in layout.copy_range(b) {
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
