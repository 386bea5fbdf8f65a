//! The reduction of a b-matching to a matching (see [`super::bmatching`]): node copies,
//! direct edges and lazily added gadgets, and the mapping of a matching back to a plan.

use super::blossom::{BlossomDual, DUAL_SCALE, MatchingDuals, MatchingSolution};
use super::edge::Edge;

pub(crate) const NONE: usize = usize::MAX;

/// The static part of the reduction of an instance: which edges are eligible, how many
/// copies each node gets, and the (possibly transformed) weights.
pub(crate) struct Reduction<'a> {
    pub(crate) edges: &'a [Edge],
    /// Eligible edge indices, ascending.
    pub(super) valid: Vec<usize>,
    pub(crate) is_valid: Vec<bool>,
    /// Copies per node: `min(capacity, eligible degree)`.
    pub(crate) copies: Vec<u32>,
    /// First copy vertex of each node (`len = n + 1`).
    pub(crate) copy_start: Vec<u32>,
    /// Weight used by the solver for each edge (`w`, or `big + w`).
    pub(crate) solver_weight: Vec<i64>,
    /// Eligible edges around each node, best first: `(weight desc, index asc)`.
    pub(crate) ranked_start: Vec<usize>,
    pub(crate) ranked: Vec<usize>,
}

impl<'a> Reduction<'a> {
    pub(crate) fn new(
        n: usize,
        capacity: &[u32],
        edges: &'a [Edge],
        max_cardinality: bool,
    ) -> Self {
        let cap = |v: usize| capacity.get(v).copied().unwrap_or(0);
        let is_valid: Vec<bool> = edges
            .iter()
            .map(|e| {
                let (a, b) = (e.a as usize, e.b as usize);
                a != b && a < n && b < n && e.weight > 0 && cap(a) > 0 && cap(b) > 0
            })
            .collect();
        let valid: Vec<usize> = (0..edges.len()).filter(|&e| is_valid[e]).collect();
        let mut degree = vec![0usize; n];
        for &e in &valid {
            degree[edges[e].a as usize] += 1;
            degree[edges[e].b as usize] += 1;
        }
        let copies: Vec<u32> = (0..n)
            .map(|v| cap(v).min(u32::try_from(degree[v]).unwrap_or(u32::MAX)))
            .collect();
        let mut copy_start = vec![0u32; n + 1];
        for v in 0..n {
            copy_start[v + 1] = copy_start[v] + copies[v];
        }
        // Transformed weights for the max-cardinality objective.
        let big: i64 = if max_cardinality {
            let max_weight = valid.iter().map(|&e| edges[e].weight).max().unwrap_or(0);
            let total_copies: u64 = copies.iter().map(|&c| u64::from(c)).sum();
            let max_pairs = (valid.len() as u64).min(total_copies / 2);
            let big = i128::from(max_pairs) * i128::from(max_weight) + 1;
            debug_assert!(big < 1 << 58, "weights too large for max-cardinality mode");
            big as i64
        } else {
            0
        };
        let solver_weight: Vec<i64> = edges.iter().map(|e| e.weight.saturating_add(big)).collect();
        // Rank eligible edges around each node.
        let mut ranked_start = vec![0usize; n + 1];
        for v in 0..n {
            ranked_start[v + 1] = ranked_start[v] + degree[v];
        }
        let mut fill = ranked_start.clone();
        let mut ranked = vec![0usize; ranked_start[n]];
        for &e in &valid {
            for v in [edges[e].a as usize, edges[e].b as usize] {
                ranked[fill[v]] = e;
                fill[v] += 1;
            }
        }
        for v in 0..n {
            ranked[ranked_start[v]..ranked_start[v + 1]]
                .sort_unstable_by_key(|&e| (std::cmp::Reverse(edges[e].weight), e));
        }
        Reduction {
            edges,
            valid,
            is_valid,
            copies,
            copy_start,
            solver_weight,
            ranked_start,
            ranked,
        }
    }

    pub(crate) fn valid_edge_count(&self) -> usize {
        self.valid.len()
    }

    /// Weight the solver optimises for edge `e`.
    pub(crate) fn weight(&self, e: usize) -> i64 {
        self.solver_weight[e]
    }

    pub(crate) fn original_weight(&self, e: usize) -> i64 {
        self.edges[e].weight
    }

    pub(super) fn ends(&self, e: usize) -> (usize, usize) {
        (self.edges[e].a as usize, self.edges[e].b as usize)
    }

    /// Whether edge `e`, written as direct edges between copies, could be used
    /// twice (both ends have two copies or more): only such edges may need a gadget.
    pub(super) fn may_repeat(&self, e: usize) -> bool {
        let (a, b) = self.ends(e);
        self.copies[a] >= 2 && self.copies[b] >= 2
    }

    fn num_copies(&self) -> usize {
        *self.copy_start.last().unwrap_or(&0) as usize
    }

    pub(super) fn copy_range(&self, v: usize) -> std::ops::Range<u32> {
        self.copy_start[v]..self.copy_start[v + 1]
    }

    /// Initial candidate subset: every node's `per_node(v)` best edges.
    pub(crate) fn initial_candidates(&self, per_node: impl Fn(u32) -> usize) -> Vec<bool> {
        let mut in_subset = vec![false; self.edges.len()];
        for v in 0..self.copies.len() {
            let list = &self.ranked[self.ranked_start[v]..self.ranked_start[v + 1]];
            let take = per_node(self.copies[v]).min(list.len());
            for &e in &list[..take] {
                in_subset[e] = true;
            }
        }
        in_subset
    }

    /// Maps a plan to a matching of the reduced instance `full` (built over
    /// all eligible edges), validating the plan on the way.
    pub(crate) fn plan_to_matching(
        &self,
        full: &Reduced,
        chosen: &[usize],
    ) -> Result<Vec<bool>, String> {
        let mut matched = vec![false; full.edges.len()];
        let mut used = vec![0u32; self.copies.len()];
        let mut is_chosen = vec![false; self.edges.len()];
        for &e in chosen {
            if e >= self.edges.len() {
                return Err(format!("chosen edge index {e} is out of range"));
            }
            if !self.is_valid[e] {
                return Err(format!("chosen edge {e} is not eligible"));
            }
            if is_chosen[e] {
                return Err(format!("edge {e} is chosen twice"));
            }
            is_chosen[e] = true;
            let (a, b) = self.ends(e);
            for v in [a, b] {
                if used[v] >= self.copies[v] {
                    return Err(format!("node {v} exceeds its capacity"));
                }
            }
            let (ia, ib) = (used[a] as usize, used[b] as usize);
            used[a] += 1;
            used[b] += 1;
            let position = full
                .subset
                .binary_search(&e)
                .map_err(|_| format!("edge {e} missing from the reduced instance"))?;
            let first = full.first_edge[position];
            if full.gadget_slot[position] != NONE {
                matched[first + 1 + ia] = true;
                matched[first + 1 + self.copies[a] as usize + ib] = true;
            } else {
                matched[first + ia * self.copies[b] as usize + ib] = true;
            }
        }
        for (position, &e) in full.subset.iter().enumerate() {
            if full.gadget_slot[position] != NONE && !is_chosen[e] {
                matched[full.first_edge[position]] = true;
            }
        }
        Ok(matched)
    }

    /// Builds the full reduced instance (every eligible edge, written as the
    /// solver's final round wrote it) and extends the duals of a priced
    /// solution to it (gadget vertices of unpriced edges, if any, get
    /// `y(g_u) = max(0, W - min y(u_i))`, `y(g_v) = W - y(g_u)`).
    pub(crate) fn full_certificate(&self, solved: &Solved) -> (Reduced, MatchingDuals) {
        let full = Reduced::build(self, &self.valid, &solved.guarded);
        let full_slot = |e: usize| -> usize {
            let position = full.subset.binary_search(&e).expect("eligible edge");
            full.gadget_slot[position]
        };
        let copies = self.num_copies();
        let duals = &solved.solution.duals;
        let min_dual = self.min_copy_duals(duals);
        let mut vertex = vec![0i64; full.num_vertices];
        vertex[..copies].copy_from_slice(&duals.vertex[..copies]);
        let mut in_subset = vec![false; self.edges.len()];
        for &e in &solved.reduced.subset {
            in_subset[e] = true;
        }
        // Subset gadget vertex -> full gadget vertex.
        let remap = |v: u32| -> u32 {
            let v = v as usize;
            if v < copies {
                return v as u32;
            }
            let t = (v - copies) / 2;
            let e = solved.reduced.gadget_edges[t];
            (copies + 2 * full_slot(e) + (v - copies) % 2) as u32
        };
        for (t, &e) in solved.reduced.gadget_edges.iter().enumerate() {
            let target = remap((copies + 2 * t) as u32) as usize;
            vertex[target] = duals.vertex[copies + 2 * t];
            vertex[target + 1] = duals.vertex[copies + 2 * t + 1];
            debug_assert!(in_subset[e]);
        }
        for &e in &full.gadget_edges {
            if in_subset[e] {
                continue;
            }
            let (a, _) = self.ends(e);
            let scaled = DUAL_SCALE * self.weight(e);
            let base = copies + 2 * full_slot(e);
            vertex[base] = (scaled - min_dual[a]).max(0);
            vertex[base + 1] = scaled - vertex[base];
        }
        let blossoms = duals
            .blossoms
            .iter()
            .map(|b| {
                let mut members: Vec<u32> = b.members.iter().map(|&v| remap(v)).collect();
                members.sort_unstable();
                BlossomDual {
                    members,
                    dual: b.dual,
                }
            })
            .collect();
        (full, MatchingDuals { vertex, blossoms })
    }

    /// Smallest vertex dual among the copies of each node (0 if none).
    pub(super) fn min_copy_duals(&self, duals: &MatchingDuals) -> Vec<i64> {
        (0..self.copies.len())
            .map(|v| {
                self.copy_range(v)
                    .map(|c| duals.vertex[c as usize])
                    .min()
                    .unwrap_or(0)
            })
            .collect()
    }
}

/// A reduced matching instance for a subset of the eligible edges.
pub(crate) struct Reduced {
    pub num_vertices: usize,
    /// `(i, j, weight)` edges of the matching instance.
    pub edges: Vec<(u32, u32, i64)>,
    /// Original edges covered, ascending.
    pub subset: Vec<usize>,
    /// First reduced edge of each subset edge (parallel to `subset`). For a
    /// direct edge the copies pairs follow in `(copy of a, copy of b)` order;
    /// for a gadget: `(g_a, g_b)`, then `(a_i, g_a)`, then `(g_b, b_j)`.
    pub first_edge: Vec<usize>,
    /// Original edge of each gadget; gadget `t` owns vertices
    /// `copies + 2t` (`g_a`) and `copies + 2t + 1` (`g_b`).
    pub gadget_edges: Vec<usize>,
    /// Gadget number of each subset edge (parallel to `subset`), `NONE` if direct.
    pub gadget_slot: Vec<usize>,
    /// Total weight of gadget edges: reduced optimum = constant + plan optimum.
    pub constant: i64,
}

impl Reduced {
    /// The instance over `subset` (ascending); edge `e` gets a gadget iff
    /// `guarded[e]` (only meaningful when [`Reduction::may_repeat`]).
    pub(crate) fn build(reduction: &Reduction, subset: &[usize], guarded: &[bool]) -> Self {
        let copies = reduction.num_copies();
        let mut edges = Vec::new();
        let mut first_edge = Vec::with_capacity(subset.len());
        let mut gadget_edges = Vec::new();
        let mut gadget_slot = Vec::with_capacity(subset.len());
        let mut constant = 0i64;
        for &e in subset {
            let (a, b) = reduction.ends(e);
            let w = reduction.weight(e);
            first_edge.push(edges.len());
            if guarded[e] && reduction.may_repeat(e) {
                let ga = (copies + 2 * gadget_edges.len()) as u32;
                let gb = ga + 1;
                gadget_slot.push(gadget_edges.len());
                gadget_edges.push(e);
                constant += w;
                edges.push((ga, gb, w));
                edges.extend(reduction.copy_range(a).map(|c| (c, ga, w)));
                edges.extend(reduction.copy_range(b).map(|c| (gb, c, w)));
            } else {
                gadget_slot.push(NONE);
                for ca in reduction.copy_range(a) {
                    edges.extend(reduction.copy_range(b).map(|cb| (ca, cb, w)));
                }
            }
        }
        Reduced {
            num_vertices: copies + 2 * gadget_edges.len(),
            edges,
            subset: subset.to_vec(),
            first_edge,
            gadget_edges,
            gadget_slot,
            constant,
        }
    }

    /// Reads the plan (original edge indices, ascending) off a matching, and
    /// the direct edges the matching uses more than once (ascending).
    pub(crate) fn plan(
        &self,
        reduction: &Reduction,
        solution: &MatchingSolution,
    ) -> (Vec<usize>, Vec<usize>) {
        let copies = reduction.num_copies();
        let is_copy = |v: u32| (v as usize) < copies;
        let mate_is_copy = |v: usize| {
            solution.mate_edge[v].is_some_and(|k| {
                let (i, j, _) = self.edges[k];
                is_copy(i) || is_copy(j)
            })
        };
        let mut chosen = Vec::new();
        let mut repeated = Vec::new();
        for (position, &e) in self.subset.iter().enumerate() {
            let slot = self.gadget_slot[position];
            if slot != NONE {
                let ga = copies + 2 * slot;
                if mate_is_copy(ga) && mate_is_copy(ga + 1) {
                    chosen.push(e);
                }
            } else {
                let (a, b) = reduction.ends(e);
                let count = (reduction.copies[a] * reduction.copies[b]) as usize;
                let first = self.first_edge[position];
                let used = (first..first + count)
                    .filter(|&k| {
                        let (i, _, _) = self.edges[k];
                        solution.mate_edge[i as usize] == Some(k)
                    })
                    .count();
                if used > 0 {
                    chosen.push(e);
                }
                if used > 1 {
                    repeated.push(e);
                }
            }
        }
        (chosen, repeated)
    }
}

/// Outcome of [`solve_priced`](super::bmatching::solve_priced).
pub(crate) struct Solved {
    pub reduced: Reduced,
    pub solution: MatchingSolution,
    /// Chosen original edges, ascending.
    pub plan: Vec<usize>,
    /// Edges written with a gadget in the final round (indexed by edge).
    pub guarded: Vec<bool>,
    /// Number of solve + pricing rounds.
    pub rounds: usize,
}
