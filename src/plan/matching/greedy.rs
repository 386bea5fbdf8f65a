//! The stable plan over a list of edges, for [`plan`](super::plan) with
//! [`Method::Stable`](super::Method::Stable): the oracle the lazy stable plan of
//! `plan::stable` (what `assign` runs) is tested against. Greedy by (weight descending, edge index
//! ascending). With edges listed by their groups' ids and scores as weights (as
//! `plan::edges` lists them), that is the tie-break of `candidates::order` (best first).
//!
//! With symmetric weights and a strict total order on edges, the greedy plan
//! is the unique stable plan: no unused edge `(u, v)` exists such that both
//! `u` and `v` either have spare capacity or currently hold a partner edge
//! ranked below `(u, v)`. (Every unused edge was skipped because one of its
//! endpoints was already full with better-ranked edges, which it keeps.)
//!
//! Complexity: O(m log m) for `m` edges.

use super::edge::Edge;

/// The stable plan over `edges`: take edges by (weight desc, index asc) whenever both
/// endpoints still have spare capacity. Ineligible edges (self-loops,
/// endpoints `>= n`, weight `<= 0`) are skipped. Returns indices ascending.
pub(crate) fn greedy_by_weight(n: usize, capacity: &[u32], edges: &[Edge]) -> Vec<usize> {
    let mut spare: Vec<u32> = (0..n)
        .map(|v| capacity.get(v).copied().unwrap_or(0))
        .collect();
    let mut order: Vec<usize> = (0..edges.len())
        .filter(|&k| {
            let e = &edges[k];
            e.a != e.b && (e.a as usize) < n && (e.b as usize) < n && e.weight > 0
        })
        .collect();
    order.sort_unstable_by_key(|&k| (std::cmp::Reverse(edges[k].weight), k));
    let mut chosen = Vec::new();
    for k in order {
        let (a, b) = (edges[k].a as usize, edges[k].b as usize);
        if spare[a] > 0 && spare[b] > 0 {
            spare[a] -= 1;
            spare[b] -= 1;
            chosen.push(k);
        }
    }
    chosen.sort_unstable();
    chosen
}
