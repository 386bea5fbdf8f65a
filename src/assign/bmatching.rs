//! Maximum-weight simple b-matching, by reduction to maximum-weight matching
//! (solved by [`super::blossom`]) plus exact column generation ("pricing")
//! so that large, dense instances are solved on a small candidate subset.
//!
//! # Reduction
//! Each node `v` gets `c_v = min(b_v, eligible degree of v)` copies. An edge
//! `e = (u, v)` of weight `w` becomes
//! * if `c_u == 1` or `c_v == 1`: direct edges `(u_i, v_j)` of weight `w`
//!   between all copies (the single copy on one side already prevents `e`
//!   from being used twice);
//! * otherwise a gadget: two new vertices `g_u`, `g_v` and edges
//!   `(g_u, g_v)`, `(u_i, g_u)` for every copy `u_i`, `(g_v, v_j)` for every
//!   copy `v_j`, all of weight `w`. The plan uses `e` iff both `g_u` and
//!   `g_v` are matched to copies (weight `2w`); otherwise the gadget
//!   contributes at most `w`, which a maximum matching always collects.
//!
//! A maximum matching of the reduced graph therefore weighs exactly
//! `constant + (maximum plan weight)`, where `constant` is the total weight
//! of gadget edges, and it maps back to a maximum-weight plan.
//!
//! # Pricing (exact)
//! The matching is first solved on each node's best few edges. Every other
//! eligible edge is then checked against the optimal duals: a direct edge is
//! harmless iff all its reduced copies have non-negative slack; a gadget
//! edge is harmless iff `min_i y(u_i) + min_j y(v_j) >= w` (scaled), because
//! then its two gadget vertices can be given duals that keep every slack
//! non-negative while the gadget edge itself is matched and tight. Violating
//! edges are added and the instance re-solved until none is left, so the
//! result is optimal for ALL edges; [`Layout::full_certificate`] writes out
//! exactly that argument as a dual solution of the full reduced instance.
//!
//! # Complexity
//! One solve costs O(V^3) worst case (O(V * E) typical) with `V = sum(c_v) +
//! 2 * (gadget edges)` and `E` the reduced edges of the candidate subset; a
//! pricing pass is O(m * b_max^2) for `m` eligible edges. The number of
//! rounds is typically 1-3 on sparse random instances but is not bounded by
//! a constant: the test only sees the one dual solution the solver returned,
//! and when that dual keeps most of its value in large blossoms (copy duals
//! small), nearly every unseen gadget edge fails the test and the subset
//! grows by a few edges per node per round (seen on some complete graphs).
//!
//! # Max cardinality
//! Maximising the number of pairs first and the weight second is done by
//! solving with weights `big + w` where `big = max_pairs * max_weight + 1`,
//! which orders plans exactly lexicographically.

use super::Edge;
use super::blossom::{
    BlossomDual, DUAL_SCALE, MatchingDuals, MatchingSolution, max_weight_matching,
};
use super::verify::BlossomMembership;

const NONE: usize = usize::MAX;

/// Static facts about an instance: which edges are eligible, how many
/// copies each node gets, and the (possibly transformed) weights.
pub(crate) struct Layout<'a> {
    edges: &'a [Edge],
    /// Eligible edge indices, ascending.
    valid: Vec<usize>,
    is_valid: Vec<bool>,
    /// Copies per node: `min(capacity, eligible degree)`.
    copies: Vec<u32>,
    /// First copy vertex of each node (`len = n + 1`).
    copy_start: Vec<u32>,
    /// Weight used by the solver for each edge (`w`, or `big + w`).
    solver_weight: Vec<i64>,
    /// Eligible edges around each node, best first: `(weight desc, index asc)`.
    ranked_start: Vec<usize>,
    ranked: Vec<usize>,
    /// For gadget edges: their rank among gadget edges (full instance).
    full_gadget_slot: Vec<usize>,
}

impl<'a> Layout<'a> {
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
        let mut layout = Layout {
            edges,
            valid,
            is_valid,
            copies,
            copy_start,
            solver_weight,
            ranked_start,
            ranked,
            full_gadget_slot: vec![NONE; edges.len()],
        };
        let mut slot = 0;
        for i in 0..layout.valid.len() {
            let e = layout.valid[i];
            if layout.is_gadget(e) {
                layout.full_gadget_slot[e] = slot;
                slot += 1;
            }
        }
        layout
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

    fn ends(&self, e: usize) -> (usize, usize) {
        (self.edges[e].a as usize, self.edges[e].b as usize)
    }

    fn is_gadget(&self, e: usize) -> bool {
        let (a, b) = self.ends(e);
        self.copies[a] >= 2 && self.copies[b] >= 2
    }

    fn num_copies(&self) -> usize {
        *self.copy_start.last().unwrap_or(&0) as usize
    }

    fn copy_range(&self, v: usize) -> std::ops::Range<u32> {
        self.copy_start[v]..self.copy_start[v + 1]
    }

    /// Initial candidate subset: every node's `per_node(v)` best edges.
    fn initial_candidates(&self, per_node: impl Fn(u32) -> usize) -> Vec<bool> {
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
            if self.is_gadget(e) {
                matched[first + 1 + ia] = true;
                matched[first + 1 + self.copies[a] as usize + ib] = true;
            } else {
                matched[first + ia * self.copies[b] as usize + ib] = true;
            }
        }
        for (position, &e) in full.subset.iter().enumerate() {
            if self.is_gadget(e) && !is_chosen[e] {
                matched[full.first_edge[position]] = true;
            }
        }
        Ok(matched)
    }

    /// Builds the full reduced instance and extends the duals of a priced
    /// solution to it (gadget vertices of unpriced edges get
    /// `y(g_u) = max(0, W - min y(u_i))`, `y(g_v) = W - y(g_u)`).
    pub(crate) fn full_certificate(&self, solved: &Solved) -> (Reduced, MatchingDuals) {
        let full = Reduced::build(self, &self.valid);
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
            (copies + 2 * self.full_gadget_slot[e] + (v - copies) % 2) as u32
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
            let base = copies + 2 * self.full_gadget_slot[e];
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
    fn min_copy_duals(&self, duals: &MatchingDuals) -> Vec<i64> {
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
    /// Total weight of gadget edges: reduced optimum = constant + plan optimum.
    pub constant: i64,
}

impl Reduced {
    pub(crate) fn build(layout: &Layout, subset: &[usize]) -> Self {
        let copies = layout.num_copies();
        let mut edges = Vec::new();
        let mut first_edge = Vec::with_capacity(subset.len());
        let mut gadget_edges = Vec::new();
        let mut constant = 0i64;
        for &e in subset {
            let (a, b) = layout.ends(e);
            let w = layout.weight(e);
            first_edge.push(edges.len());
            if layout.is_gadget(e) {
                let ga = (copies + 2 * gadget_edges.len()) as u32;
                let gb = ga + 1;
                gadget_edges.push(e);
                constant += w;
                edges.push((ga, gb, w));
                edges.extend(layout.copy_range(a).map(|c| (c, ga, w)));
                edges.extend(layout.copy_range(b).map(|c| (gb, c, w)));
            } else {
                for ca in layout.copy_range(a) {
                    edges.extend(layout.copy_range(b).map(|cb| (ca, cb, w)));
                }
            }
        }
        Reduced {
            num_vertices: copies + 2 * gadget_edges.len(),
            edges,
            subset: subset.to_vec(),
            first_edge,
            gadget_edges,
            constant,
        }
    }

    /// Reads the plan (original edge indices, ascending) off a matching.
    fn plan(&self, layout: &Layout, solution: &MatchingSolution) -> Vec<usize> {
        let copies = layout.num_copies();
        let is_copy = |v: u32| (v as usize) < copies;
        let mate_is_copy = |v: usize| {
            solution.mate_edge[v].is_some_and(|k| {
                let (i, j, _) = self.edges[k];
                is_copy(i) || is_copy(j)
            })
        };
        let mut chosen = Vec::new();
        let mut gadget = 0;
        for (position, &e) in self.subset.iter().enumerate() {
            if layout.is_gadget(e) {
                let ga = copies + 2 * gadget;
                gadget += 1;
                if mate_is_copy(ga) && mate_is_copy(ga + 1) {
                    chosen.push(e);
                }
            } else {
                let (a, b) = layout.ends(e);
                let count = (layout.copies[a] * layout.copies[b]) as usize;
                let first = self.first_edge[position];
                let used = (first..first + count).any(|k| {
                    let (i, _, _) = self.edges[k];
                    solution.mate_edge[i as usize] == Some(k)
                });
                if used {
                    chosen.push(e);
                }
            }
        }
        chosen
    }
}

/// Outcome of [`solve_priced`].
pub(crate) struct Solved {
    pub reduced: Reduced,
    pub solution: MatchingSolution,
    /// Chosen original edges, ascending.
    pub plan: Vec<usize>,
    /// Number of solve + pricing rounds.
    pub rounds: usize,
}

/// How many best edges per node the first round keeps, given its copies.
fn default_candidates_per_node(copies: u32) -> usize {
    2 * copies as usize + 4
}

/// At most this many violators per node are added per pricing round.
fn violators_per_node(copies: u32) -> u32 {
    copies + 2
}

/// Solves the b-matching exactly. `per_node` overrides how many best edges
/// per node seed the candidate subset (`Some(usize::MAX)`: all edges, so no
/// pricing is needed).
pub(crate) fn solve_priced(layout: &Layout, per_node: Option<usize>) -> Solved {
    let mut in_subset = match per_node {
        Some(k) => layout.initial_candidates(|_| k),
        None => layout.initial_candidates(default_candidates_per_node),
    };
    let mut rounds = 0;
    loop {
        rounds += 1;
        let subset: Vec<usize> = layout
            .valid
            .iter()
            .copied()
            .filter(|&e| in_subset[e])
            .collect();
        let reduced = Reduced::build(layout, &subset);
        let solution = max_weight_matching(reduced.num_vertices, &reduced.edges);
        let violators = price(layout, &in_subset, &solution.duals);
        if violators.is_empty() {
            let plan = reduced.plan(layout, &solution);
            return Solved {
                reduced,
                solution,
                plan,
                rounds,
            };
        }
        // Add, per node, its most violated edges (always at least one edge).
        let mut added = vec![0u32; layout.copies.len()];
        for (_, e) in violators {
            let (a, b) = layout.ends(e);
            if added[a] < violators_per_node(layout.copies[a])
                || added[b] < violators_per_node(layout.copies[b])
            {
                in_subset[e] = true;
                added[a] += 1;
                added[b] += 1;
            }
        }
    }
}

/// Eligible edges outside the subset whose reduced-cost test fails, as
/// `(scaled slack, edge)` sorted most violated first.
fn price(layout: &Layout, in_subset: &[bool], duals: &MatchingDuals) -> Vec<(i128, usize)> {
    let min_dual = layout.min_copy_duals(duals);
    let mut membership = None;
    let mut violators = Vec::new();
    for &e in &layout.valid {
        if in_subset[e] {
            continue;
        }
        let (a, b) = layout.ends(e);
        let needed = i128::from(DUAL_SCALE) * i128::from(layout.weight(e));
        let lower_bound = i128::from(min_dual[a]) + i128::from(min_dual[b]) - needed;
        if lower_bound >= 0 {
            continue;
        }
        if layout.is_gadget(e) {
            // New gadget vertices lie in no blossom: the bound is exact.
            violators.push((lower_bound, e));
            continue;
        }
        // Direct edge: exact slack of every copy pair, blossom duals included.
        let membership = membership.get_or_insert_with(|| {
            BlossomMembership::new(duals.vertex.len(), duals)
                .expect("solver duals reference valid vertices")
        });
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
        if worst < 0 {
            violators.push((worst, e));
        }
    }
    violators.sort_unstable();
    violators
}

/// Maximum-weight (optionally maximum-cardinality first) b-matching; see the
/// module docs. Returns chosen edge indices, ascending.
pub fn max_weight_b_matching(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    max_cardinality: bool,
) -> Vec<usize> {
    max_weight_b_matching_with_stats(n, capacity, edges, max_cardinality).0
}

/// Work done by one call of the optimal solver (for diagnostics/benchmarks).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct SolveStats {
    /// Eligible input edges.
    pub eligible_edges: usize,
    /// Solve + pricing rounds.
    pub rounds: usize,
    /// Edges in the final candidate subset.
    pub candidate_edges: usize,
    /// Vertices / edges of the final reduced matching instance.
    pub reduced_vertices: usize,
    pub reduced_edges: usize,
}

/// [`max_weight_b_matching`] that also reports [`SolveStats`].
pub fn max_weight_b_matching_with_stats(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    max_cardinality: bool,
) -> (Vec<usize>, SolveStats) {
    let layout = Layout::new(n, capacity, edges, max_cardinality);
    let solved = solve_priced(&layout, None);
    let stats = SolveStats {
        eligible_edges: layout.valid_edge_count(),
        rounds: solved.rounds,
        candidate_edges: solved.reduced.subset.len(),
        reduced_vertices: solved.reduced.num_vertices,
        reduced_edges: solved.reduced.edges.len(),
    };
    (solved.plan, stats)
}
