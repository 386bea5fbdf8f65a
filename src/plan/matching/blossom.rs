//! Maximum-weight matching on a general graph: Edmonds' blossom algorithm
//! with a primal-dual method.
//!
//! This is a faithful port of Joris van Rantwijk's `mwmatching.py`
//! (the O(n^3) variant with least-slack edge tracking, after Galil, "Efficient
//! algorithms for finding maximum matching in graphs", 1986), adapted to exact
//! integer arithmetic and to returning the final dual solution so that callers
//! can check (or extend) an optimality certificate.
//!
//! # Arithmetic
//! Every edge weight `w` is doubled internally (`2w`). With even weights all
//! dual variables and all `delta` values stay integral (the only division is
//! "half the slack of an edge between two S-blossoms", and that slack is then
//! always even). Nothing is rounded.
//!
//! # Complexity
//! At most V/2 + 1 stages (one augmentation each). A stage relabels from all
//! free vertices and scans the edges of the alternating forest it grows:
//! O(V + E); each dual update costs O(size of this stage's forest) (the
//! forest's vertices and blossoms are tracked in lists instead of scanning
//! all 2V slots as the Python original does). Worst case O(V^3); in practice
//! about O(V * E). Memory is O(V + E).
//!
//! Departures from the original, none of which changes the algorithm: exact
//! integers, stamps instead of clearing `allowedge` each stage, tracked
//! per-stage lists for the delta computations, and least-slack ties broken
//! by scan order (any least-slack edge is valid).
//!
//! # Duals
//! The returned [`MatchingDuals`] use a common scale of 4 (see
//! [`DUAL_SCALE`]): for every edge `(i, j)` of weight `w`
//! `vertex[i] + vertex[j] + sum(blossom.dual for blossoms containing i and j) >= 4 * w`,
//! with equality on matched edges; the LP dual objective is
//! `(sum(vertex) + sum(blossom.dual * (|members| - 1) / 2)) / 4`.

/// Sentinel for "no vertex / edge / endpoint / blossom".
const NONE: usize = usize::MAX;

/// Scale factor shared by all dual values reported by this module.
pub(crate) const DUAL_SCALE: i64 = 4;

/// Labels of top-level blossoms (and of single vertices) during a stage.
const FREE: u8 = 0;
const S_LABEL: u8 = 1;
const T_LABEL: u8 = 2;
/// Temporary breadcrumb bit used by `scan_blossom`.
const BREADCRUMB: u8 = 4;

/// One odd set of the dual solution with a positive dual value.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct BlossomDual {
    /// Vertices of the blossom (odd count, at least 3), ascending.
    pub members: Vec<u32>,
    /// Dual value, scaled by [`DUAL_SCALE`]; strictly positive.
    pub dual: i64,
}

/// Dual solution of the matching LP with odd-set constraints, scaled by
/// [`DUAL_SCALE`].
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct MatchingDuals {
    /// One dual per vertex.
    pub vertex: Vec<i64>,
    /// Blossoms with a positive dual; they form a laminar family.
    pub blossoms: Vec<BlossomDual>,
}

/// Result of [`max_weight_matching`].
#[derive(Clone, Debug)]
pub(crate) struct MatchingSolution {
    /// `mate_edge[v]` is the index of the edge matching `v`, or `None`.
    pub mate_edge: Vec<Option<usize>>,
    /// Optimal dual solution proving the matching optimal.
    pub duals: MatchingDuals,
}

/// Maximum-weight matching of the graph with vertices `0..num_vertices` and
/// the given `(i, j, weight)` edges (`i != j`, `weight` may be any value whose
/// quadruple fits in an `i64`; non-positive edges are never matched).
pub(crate) fn max_weight_matching(
    num_vertices: usize,
    edges: &[(u32, u32, i64)],
) -> MatchingSolution {
    let mut solver = Solver::new(num_vertices, edges);
    solver.run();
    solver.into_solution()
}

/// Working state of the algorithm. Names follow `mwmatching.py`:
/// vertices are `0..n`, non-trivial blossoms are `n..2n`, and an edge `k`
/// has two "endpoints" `2k` (its first vertex) and `2k + 1` (its second
/// vertex); `p ^ 1` is the opposite endpoint of `p`.
struct Solver {
    n: usize,
    /// Doubled edge weights.
    weight2: Vec<i64>,
    /// `endpoint[p]` is the vertex at endpoint `p`.
    endpoint: Vec<usize>,
    /// CSR adjacency: for vertex `v`, `neighbend[neighbend_start[v]..neighbend_start[v+1]]`
    /// are the remote endpoints `p` of edges incident to `v`.
    neighbend_start: Vec<usize>,
    neighbend: Vec<usize>,
    /// `mate[v]` is the remote endpoint of the matched edge at `v`, or NONE.
    mate: Vec<usize>,
    /// Label of each vertex / top-level blossom (FREE, S_LABEL, T_LABEL).
    label: Vec<u8>,
    /// Endpoint through which a labelled vertex / blossom got its label.
    labelend: Vec<usize>,
    /// Top-level blossom containing each vertex.
    inblossom: Vec<usize>,
    /// Immediate parent blossom, or NONE for top-level ones.
    blossomparent: Vec<usize>,
    /// Ordered sub-blossoms of a blossom, starting with the one holding the base.
    blossomchilds: Vec<Vec<usize>>,
    /// Base vertex of each blossom (NONE for unused blossom slots).
    blossombase: Vec<usize>,
    /// `blossomendps[b][i]` is the endpoint connecting child `i` to child `i+1`.
    blossomendps: Vec<Vec<usize>>,
    /// Least-slack edge to a different S-blossom (for S-blossoms) or from an
    /// S-vertex (for free vertices / unreached T-vertices).
    bestedge: Vec<usize>,
    /// For non-trivial S-blossoms: least-slack edges to each other S-blossom.
    blossombestedges: Vec<Option<Vec<usize>>>,
    /// Free blossom slots.
    unusedblossoms: Vec<usize>,
    /// Vertex duals (times 2 relative to `weight2`) and blossom duals.
    dualvar: Vec<i64>,
    /// Edge `k` is allowable (known zero slack) in this stage iff
    /// `allowed_in_stage[k] == stage`.
    allowed_in_stage: Vec<usize>,
    stage: usize,
    /// Vertices that lie (or lay) in a labelled blossom during this stage:
    /// only these can have their dual changed, so dual updates scan this
    /// list instead of all vertices. `vertex_seen[v] == stage` marks members.
    stage_vertices: Vec<usize>,
    vertex_seen: Vec<usize>,
    /// Non-trivial blossoms labelled during this stage (same idea).
    stage_blossoms: Vec<usize>,
    blossom_seen: Vec<usize>,
    /// Vertices whose `bestedge` was set during this stage.
    stage_bestedge_vertices: Vec<usize>,
    /// S-vertices whose neighbours still need scanning.
    queue: Vec<usize>,
    /// Scratch buffers.
    leaves_buf: Vec<usize>,
    best_edge_to: Vec<usize>,
}

impl Solver {
    fn new(num_vertices: usize, edges: &[(u32, u32, i64)]) -> Self {
        let n = num_vertices;
        let nedge = edges.len();
        let weight2: Vec<i64> = edges.iter().map(|&(_, _, w)| 2 * w).collect();
        let maxweight = weight2.iter().copied().max().unwrap_or(0).max(0);
        let mut endpoint = Vec::with_capacity(2 * nedge);
        let mut degree = vec![0usize; n + 1];
        for &(i, j, _) in edges {
            debug_assert!(i != j && (i as usize) < n && (j as usize) < n);
            endpoint.push(i as usize);
            endpoint.push(j as usize);
            degree[i as usize] += 1;
            degree[j as usize] += 1;
        }
        let mut neighbend_start = vec![0usize; n + 1];
        for v in 0..n {
            neighbend_start[v + 1] = neighbend_start[v] + degree[v];
        }
        let mut fill = neighbend_start.clone();
        let mut neighbend = vec![0usize; 2 * nedge];
        for (k, &(i, j, _)) in edges.iter().enumerate() {
            let (i, j) = (i as usize, j as usize);
            neighbend[fill[i]] = 2 * k + 1;
            fill[i] += 1;
            neighbend[fill[j]] = 2 * k;
            fill[j] += 1;
        }
        let mut blossombase: Vec<usize> = (0..n).collect();
        blossombase.resize(2 * n, NONE);
        let mut dualvar = vec![maxweight; n];
        dualvar.resize(2 * n, 0);
        Solver {
            n,
            weight2,
            endpoint,
            neighbend_start,
            neighbend,
            mate: vec![NONE; n],
            label: vec![FREE; 2 * n],
            labelend: vec![NONE; 2 * n],
            inblossom: (0..n).collect(),
            blossomparent: vec![NONE; 2 * n],
            blossomchilds: vec![Vec::new(); 2 * n],
            blossombase,
            blossomendps: vec![Vec::new(); 2 * n],
            bestedge: vec![NONE; 2 * n],
            blossombestedges: vec![None; 2 * n],
            unusedblossoms: (n..2 * n).rev().collect(),
            dualvar,
            allowed_in_stage: vec![NONE; nedge],
            stage: 0,
            stage_vertices: Vec::new(),
            vertex_seen: vec![NONE; n],
            stage_blossoms: Vec::new(),
            blossom_seen: vec![NONE; 2 * n],
            stage_bestedge_vertices: Vec::new(),
            queue: Vec::new(),
            leaves_buf: Vec::new(),
            best_edge_to: vec![NONE; 2 * n],
        }
    }

    fn edge_ends(&self, k: usize) -> (usize, usize) {
        (self.endpoint[2 * k], self.endpoint[2 * k + 1])
    }

    /// Twice the slack of edge `k`, ignoring blossom duals (which are zero
    /// for every edge this is called on: edges between different top-level
    /// blossoms).
    fn slack(&self, k: usize) -> i64 {
        let (i, j) = self.edge_ends(k);
        self.dualvar[i] + self.dualvar[j] - 2 * self.weight2[k]
    }

    fn track_vertex(&mut self, v: usize) {
        if self.vertex_seen[v] != self.stage {
            self.vertex_seen[v] = self.stage;
            self.stage_vertices.push(v);
        }
    }

    fn track_blossom(&mut self, b: usize) {
        if self.blossom_seen[b] != self.stage {
            self.blossom_seen[b] = self.stage;
            self.stage_blossoms.push(b);
        }
    }

    fn is_allowed(&self, k: usize) -> bool {
        self.allowed_in_stage[k] == self.stage
    }

    fn allow(&mut self, k: usize) {
        self.allowed_in_stage[k] = self.stage;
    }

    fn neighbours(&self, v: usize) -> std::ops::Range<usize> {
        self.neighbend_start[v]..self.neighbend_start[v + 1]
    }

    /// Appends the vertices (leaves) of blossom `b` to `out`.
    fn collect_leaves(&self, b: usize, out: &mut Vec<usize>) {
        if b < self.n {
            out.push(b);
            return;
        }
        let mut stack = vec![b];
        while let Some(x) = stack.pop() {
            // Push children in reverse so that leaves come out in child order.
            for &t in self.blossomchilds[x].iter().rev() {
                if t < self.n {
                    out.push(t);
                } else {
                    stack.push(t);
                }
            }
        }
    }

    fn leaves(&mut self, b: usize) -> Vec<usize> {
        let mut buf = std::mem::take(&mut self.leaves_buf);
        buf.clear();
        self.collect_leaves(b, &mut buf);
        buf
    }

    fn recycle_leaves(&mut self, buf: Vec<usize>) {
        self.leaves_buf = buf;
    }

    /// Assigns label `t` to the top-level blossom containing vertex `w`,
    /// reached through endpoint `p`. A T-label propagates an S-label to the
    /// mate of the blossom's base.
    fn assign_label(&mut self, mut w: usize, mut t: u8, mut p: usize) {
        loop {
            let b = self.inblossom[w];
            debug_assert!(self.label[w] == FREE && self.label[b] == FREE);
            self.label[w] = t;
            self.label[b] = t;
            self.labelend[w] = p;
            self.labelend[b] = p;
            self.bestedge[w] = NONE;
            self.bestedge[b] = NONE;
            if b < self.n {
                self.track_vertex(b);
                if t == S_LABEL {
                    self.queue.push(b);
                    return;
                }
            } else {
                self.track_blossom(b);
                let leaves = self.leaves(b);
                for &x in &leaves {
                    self.track_vertex(x);
                }
                if t == S_LABEL {
                    // b became an S-blossom; queue its vertices.
                    self.queue.extend_from_slice(&leaves);
                    self.recycle_leaves(leaves);
                    return;
                }
                self.recycle_leaves(leaves);
            }
            // b became a T-blossom; its base is matched (only the base of a
            // blossom can have an external mate). Label that mate S.
            let base = self.blossombase[b];
            debug_assert!(self.mate[base] != NONE);
            let mb = self.mate[base];
            w = self.endpoint[mb];
            t = S_LABEL;
            p = mb ^ 1;
        }
    }

    /// Traces back from S-vertices `v` and `w` (joined by a tight edge) to
    /// find either a common ancestor (new blossom: returns its base) or two
    /// distinct free roots (augmenting path: returns NONE).
    fn scan_blossom(&mut self, mut v: usize, mut w: usize) -> usize {
        let mut path = Vec::new();
        let mut base = NONE;
        while v != NONE || w != NONE {
            let b = self.inblossom[v];
            if self.label[b] & BREADCRUMB != 0 {
                base = self.blossombase[b];
                break;
            }
            debug_assert_eq!(self.label[b], S_LABEL);
            path.push(b);
            self.label[b] = S_LABEL | BREADCRUMB;
            debug_assert_eq!(self.labelend[b], self.mate[self.blossombase[b]]);
            if self.labelend[b] == NONE {
                // The base of blossom b is single; stop tracing this path.
                v = NONE;
            } else {
                v = self.endpoint[self.labelend[b]];
                let bt = self.inblossom[v];
                debug_assert_eq!(self.label[bt], T_LABEL);
                debug_assert!(self.labelend[bt] != NONE);
                v = self.endpoint[self.labelend[bt]];
            }
            // Alternate between both paths.
            if w != NONE {
                std::mem::swap(&mut v, &mut w);
            }
        }
        for b in path {
            self.label[b] = S_LABEL;
        }
        base
    }

    /// Creates a new S-blossom with the given base, formed by tight edge `k`
    /// closing an odd alternating cycle.
    fn add_blossom(&mut self, base: usize, k: usize) {
        let (mut v, mut w) = self.edge_ends(k);
        let bb = self.inblossom[base];
        let mut bv = self.inblossom[v];
        let mut bw = self.inblossom[w];
        let b = self
            .unusedblossoms
            .pop()
            .expect("at most n non-trivial blossoms exist at once");
        self.blossombase[b] = base;
        self.blossomparent[b] = NONE;
        self.blossomparent[bb] = b;
        let mut path = Vec::new();
        let mut endps = Vec::new();
        // Trace back from v to base.
        while bv != bb {
            self.blossomparent[bv] = b;
            path.push(bv);
            endps.push(self.labelend[bv]);
            debug_assert!(
                self.label[bv] == T_LABEL
                    || (self.label[bv] == S_LABEL
                        && self.labelend[bv] == self.mate[self.blossombase[bv]])
            );
            debug_assert!(self.labelend[bv] != NONE);
            v = self.endpoint[self.labelend[bv]];
            bv = self.inblossom[v];
        }
        path.push(bb);
        path.reverse();
        endps.reverse();
        endps.push(2 * k);
        // Trace back from w to base.
        while bw != bb {
            self.blossomparent[bw] = b;
            path.push(bw);
            endps.push(self.labelend[bw] ^ 1);
            debug_assert!(
                self.label[bw] == T_LABEL
                    || (self.label[bw] == S_LABEL
                        && self.labelend[bw] == self.mate[self.blossombase[bw]])
            );
            debug_assert!(self.labelend[bw] != NONE);
            w = self.endpoint[self.labelend[bw]];
            bw = self.inblossom[w];
        }
        debug_assert_eq!(self.label[bb], S_LABEL);
        self.label[b] = S_LABEL;
        self.labelend[b] = self.labelend[bb];
        self.dualvar[b] = 0;
        self.track_blossom(b);
        self.blossomchilds[b] = path;
        self.blossomendps[b] = endps;
        // Relabel vertices: former T-vertices become S and must be scanned.
        let leaves = self.leaves(b);
        for &x in &leaves {
            if self.label[self.inblossom[x]] == T_LABEL {
                self.queue.push(x);
            }
            self.inblossom[x] = b;
        }
        self.recycle_leaves(leaves);
        // Compute blossombestedges[b]: for every other S-blossom, the
        // least-slack edge from b to it.
        let mut touched: Vec<usize> = Vec::new();
        let children = self.blossomchilds[b].clone();
        for &child in &children {
            let candidate_edges: Vec<usize> = match self.blossombestedges[child].take() {
                Some(list) => list,
                None => {
                    let leaves = self.leaves(child);
                    let mut list = Vec::new();
                    for &x in &leaves {
                        for idx in self.neighbours(x) {
                            list.push(self.neighbend[idx] / 2);
                        }
                    }
                    self.recycle_leaves(leaves);
                    list
                }
            };
            for k in candidate_edges {
                let (mut i, mut j) = self.edge_ends(k);
                if self.inblossom[j] == b {
                    std::mem::swap(&mut i, &mut j);
                }
                let bj = self.inblossom[j];
                if bj != b && self.label[bj] == S_LABEL {
                    let current = self.best_edge_to[bj];
                    if current == NONE {
                        touched.push(bj);
                        self.best_edge_to[bj] = k;
                    } else if self.slack(k) < self.slack(current) {
                        self.best_edge_to[bj] = k;
                    }
                }
            }
            self.bestedge[child] = NONE;
        }
        touched.sort_unstable();
        let mut best_list = Vec::with_capacity(touched.len());
        for bj in touched {
            best_list.push(self.best_edge_to[bj]);
            self.best_edge_to[bj] = NONE;
        }
        let mut best = NONE;
        for &k in &best_list {
            if best == NONE || self.slack(k) < self.slack(best) {
                best = k;
            }
        }
        self.bestedge[b] = best;
        self.blossombestedges[b] = Some(best_list);
    }

    /// Expands blossom `b` into its sub-blossoms. At the end of a stage
    /// (`endstage`), zero-dual sub-blossoms are expanded recursively; during
    /// a stage, a T-blossom's children are relabelled so that the
    /// alternating tree stays valid.
    fn expand_blossom(&mut self, b: usize, endstage: bool) {
        let children = self.blossomchilds[b].clone();
        for &s in &children {
            self.blossomparent[s] = NONE;
            if s < self.n {
                self.inblossom[s] = s;
            } else if endstage && self.dualvar[s] == 0 {
                self.expand_blossom(s, endstage);
            } else {
                let leaves = self.leaves(s);
                for &x in &leaves {
                    self.inblossom[x] = s;
                }
                self.recycle_leaves(leaves);
            }
        }
        if !endstage && self.label[b] == T_LABEL {
            self.relabel_expanded_t_blossom(b, &children);
        }
        // Recycle the blossom slot.
        self.label[b] = FREE;
        self.labelend[b] = NONE;
        self.blossomchilds[b] = Vec::new();
        self.blossomendps[b] = Vec::new();
        self.blossombase[b] = NONE;
        self.blossombestedges[b] = None;
        self.bestedge[b] = NONE;
        self.unusedblossoms.push(b);
    }

    /// Relabels the children of an expanding T-blossom `b`: the even-length
    /// path from the entry child to the base keeps alternating T/S labels;
    /// the other children become free unless reached from outside.
    fn relabel_expanded_t_blossom(&mut self, b: usize, children: &[usize]) {
        let len = children.len() as isize;
        let endps = self.blossomendps[b].clone();
        let at = |list: &[usize], j: isize| list[j.rem_euclid(len) as usize];
        debug_assert!(self.labelend[b] != NONE);
        let entrychild = self.inblossom[self.endpoint[self.labelend[b] ^ 1]];
        let mut j = children
            .iter()
            .position(|&c| c == entrychild)
            .expect("entry child belongs to the blossom") as isize;
        let (jstep, endptrick): (isize, usize) = if j & 1 == 1 {
            // Start index is odd; go forward and wrap.
            j -= len;
            (1, 0)
        } else {
            // Start index is even; go backward.
            (-1, 1)
        };
        let mut p = self.labelend[b];
        while j != 0 {
            // Relabel the T-sub-blossom.
            let q = self.endpoint[p ^ 1];
            self.label[q] = FREE;
            let r = self.endpoint[at(&endps, j - endptrick as isize) ^ endptrick ^ 1];
            self.label[r] = FREE;
            self.assign_label(q, T_LABEL, p);
            // Step to the next S-sub-blossom and note its forward endpoint.
            self.allow(at(&endps, j - endptrick as isize) / 2);
            j += jstep;
            p = at(&endps, j - endptrick as isize) ^ endptrick;
            // Step to the next T-sub-blossom.
            self.allow(p / 2);
            j += jstep;
        }
        // Relabel the base T-sub-blossom without stepping through to its mate.
        let bv = at(children, j);
        let q = self.endpoint[p ^ 1];
        self.label[q] = T_LABEL;
        self.label[bv] = T_LABEL;
        self.labelend[q] = p;
        self.labelend[bv] = p;
        self.bestedge[bv] = NONE;
        if bv >= self.n {
            self.track_blossom(bv);
        }
        // Continue along the blossom until we get back to entrychild.
        j += jstep;
        while at(children, j) != entrychild {
            let bv = at(children, j);
            if self.label[bv] == S_LABEL {
                // Just got label S through one of its neighbours; leave it.
                j += jstep;
                continue;
            }
            let leaves = self.leaves(bv);
            let reached = leaves.iter().copied().find(|&x| self.label[x] != FREE);
            self.recycle_leaves(leaves);
            if let Some(x) = reached {
                debug_assert_eq!(self.label[x], T_LABEL);
                debug_assert_eq!(self.inblossom[x], bv);
                self.label[x] = FREE;
                let mate_of_base = self.endpoint[self.mate[self.blossombase[bv]]];
                self.label[mate_of_base] = FREE;
                let via = self.labelend[x];
                self.assign_label(x, T_LABEL, via);
            }
            j += jstep;
        }
    }

    /// Swaps matched and unmatched edges along the even path inside blossom
    /// `b` from vertex `v` to the base, making `v` the new base.
    fn augment_blossom(&mut self, b: usize, v: usize) {
        // Bubble up from v to an immediate sub-blossom of b.
        let mut t = v;
        while self.blossomparent[t] != b {
            t = self.blossomparent[t];
        }
        if t >= self.n {
            self.augment_blossom(t, v);
        }
        let len = self.blossomchilds[b].len() as isize;
        let i = self.blossomchilds[b]
            .iter()
            .position(|&c| c == t)
            .expect("child belongs to the blossom");
        let mut j = i as isize;
        let (jstep, endptrick): (isize, usize) = if j & 1 == 1 {
            j -= len;
            (1, 0)
        } else {
            (-1, 1)
        };
        while j != 0 {
            j += jstep;
            let t = self.blossomchilds[b][j.rem_euclid(len) as usize];
            let p =
                self.blossomendps[b][(j - endptrick as isize).rem_euclid(len) as usize] ^ endptrick;
            if t >= self.n {
                let x = self.endpoint[p];
                self.augment_blossom(t, x);
            }
            j += jstep;
            let t = self.blossomchilds[b][j.rem_euclid(len) as usize];
            if t >= self.n {
                let x = self.endpoint[p ^ 1];
                self.augment_blossom(t, x);
            }
            // Match the edge connecting those sub-blossoms.
            let (x, y) = (self.endpoint[p], self.endpoint[p ^ 1]);
            self.mate[x] = p ^ 1;
            self.mate[y] = p;
        }
        // Rotate so that the new base's child comes first.
        self.blossomchilds[b].rotate_left(i);
        self.blossomendps[b].rotate_left(i);
        self.blossombase[b] = self.blossombase[self.blossomchilds[b][0]];
        debug_assert_eq!(self.blossombase[b], v);
    }

    /// Augments the matching along the path through tight edge `k` between
    /// two S-vertices in different alternating trees.
    fn augment_matching(&mut self, k: usize) {
        let (v, w) = self.edge_ends(k);
        for (mut s, mut p) in [(v, 2 * k + 1), (w, 2 * k)] {
            loop {
                let bs = self.inblossom[s];
                debug_assert_eq!(self.label[bs], S_LABEL);
                debug_assert_eq!(self.labelend[bs], self.mate[self.blossombase[bs]]);
                if bs >= self.n {
                    self.augment_blossom(bs, s);
                }
                self.mate[s] = p;
                if self.labelend[bs] == NONE {
                    // Reached a single vertex; stop.
                    break;
                }
                let t = self.endpoint[self.labelend[bs]];
                let bt = self.inblossom[t];
                debug_assert_eq!(self.label[bt], T_LABEL);
                debug_assert!(self.labelend[bt] != NONE);
                s = self.endpoint[self.labelend[bt]];
                let j = self.endpoint[self.labelend[bt] ^ 1];
                debug_assert_eq!(self.blossombase[bt], t);
                if bt >= self.n {
                    self.augment_blossom(bt, j);
                }
                self.mate[j] = self.labelend[bt];
                p = self.labelend[bt] ^ 1;
            }
        }
    }

    /// Scans the queue of S-vertices, growing the alternating forest.
    /// Returns true if the matching was augmented.
    fn grow_forest(&mut self) -> bool {
        while let Some(v) = self.queue.pop() {
            debug_assert_eq!(self.label[self.inblossom[v]], S_LABEL);
            for idx in self.neighbours(v) {
                let p = self.neighbend[idx];
                let k = p / 2;
                let w = self.endpoint[p];
                if self.inblossom[v] == self.inblossom[w] {
                    // Edge internal to a blossom; ignore it.
                    continue;
                }
                let mut kslack = 0;
                if !self.is_allowed(k) {
                    kslack = self.slack(k);
                    if kslack <= 0 {
                        self.allow(k);
                    }
                }
                let bw = self.inblossom[w];
                if self.is_allowed(k) {
                    if self.label[bw] == FREE {
                        // (C1) w is free: label it T and its mate S.
                        self.assign_label(w, T_LABEL, p ^ 1);
                    } else if self.label[bw] == S_LABEL {
                        // (C2) w is an S-vertex in another blossom: either a
                        // new blossom or an augmenting path.
                        let base = self.scan_blossom(v, w);
                        if base != NONE {
                            self.add_blossom(base, k);
                        } else {
                            self.augment_matching(k);
                            return true;
                        }
                    } else if self.label[w] == FREE {
                        // w is inside a T-blossom but not yet reached from
                        // outside; remember how it can be reached.
                        debug_assert_eq!(self.label[bw], T_LABEL);
                        self.label[w] = T_LABEL;
                        self.labelend[w] = p ^ 1;
                    }
                } else if self.label[bw] == S_LABEL {
                    // Least-slack non-allowable edge to a different S-blossom.
                    let b = self.inblossom[v];
                    if self.bestedge[b] == NONE || kslack < self.slack(self.bestedge[b]) {
                        self.bestedge[b] = k;
                    }
                } else if self.label[w] == FREE {
                    // Least-slack edge reaching a free / unreached vertex w.
                    if self.bestedge[w] == NONE {
                        self.bestedge[w] = k;
                        self.stage_bestedge_vertices.push(w);
                    } else if kslack < self.slack(self.bestedge[w]) {
                        self.bestedge[w] = k;
                    }
                }
            }
        }
        false
    }

    fn run(&mut self) {
        let n = self.n;
        for stage in 0..n {
            // Each stage finds one augmenting path (or proves optimality).
            self.stage = stage;
            self.label.fill(FREE);
            self.bestedge.fill(NONE);
            for slot in &mut self.blossombestedges[n..] {
                *slot = None;
            }
            self.queue.clear();
            self.stage_vertices.clear();
            self.stage_blossoms.clear();
            self.stage_bestedge_vertices.clear();
            self.match_tight_free_edges();
            for v in 0..n {
                if self.mate[v] == NONE && self.label[self.inblossom[v]] == FREE {
                    self.assign_label(v, S_LABEL, NONE);
                }
            }
            let mut augmented = false;
            loop {
                // Substage: label until an augmenting path is found, else
                // adjust duals to create new tight edges.
                if self.grow_forest() {
                    augmented = true;
                    break;
                }
                if self.dual_update() {
                    // delta1: every free vertex reached dual zero; optimum.
                    break;
                }
            }
            if !augmented {
                break;
            }
            // End of a stage; expand all S-blossoms with zero dual (only
            // blossoms labelled in this stage can be S-blossoms).
            let mut labelled = std::mem::take(&mut self.stage_blossoms);
            labelled.sort_unstable();
            for &b in &labelled {
                if self.blossomparent[b] == NONE
                    && self.blossombase[b] != NONE
                    && self.label[b] == S_LABEL
                    && self.dualvar[b] == 0
                {
                    self.expand_blossom(b, true);
                }
            }
        }
    }

    /// Matches, in one sweep, free single vertices joined by a tight edge of positive
    /// weight. Each such edge is an augmenting path this stage's search could have found
    /// first without changing a dual, and they are disjoint, so taking them all keeps every
    /// invariant (matched edges tight, free vertices sharing one dual, blossoms untouched)
    /// and saves one full stage each. With many equal scores, many edges become tight at
    /// the same dual change.
    fn match_tight_free_edges(&mut self) {
        for v in 0..self.n {
            if self.mate[v] != NONE || self.inblossom[v] != v {
                continue;
            }
            for idx in self.neighbours(v) {
                let p = self.neighbend[idx];
                let (k, w) = (p / 2, self.endpoint[p]);
                if w != v
                    && self.mate[w] == NONE
                    && self.inblossom[w] == w
                    && self.weight2[k] > 0
                    && self.slack(k) == 0
                {
                    self.mate[v] = p;
                    self.mate[w] = p ^ 1;
                    break;
                }
            }
        }
    }

    /// Computes the largest safe dual change `delta`, applies it, and acts on
    /// the constraint that became tight. Returns true when the optimum is
    /// reached (the minimum vertex dual hit zero).
    fn dual_update(&mut self) -> bool {
        // delta1: the minimum vertex dual. Every free vertex is an S-root
        // and all free vertices share the minimum dual (they start equal and
        // always move together, while other vertices move less), so the
        // minimum over this stage's S-vertices is the global minimum.
        let mut delta_type = 1;
        let mut delta = self
            .stage_vertices
            .iter()
            .filter(|&&v| self.label[self.inblossom[v]] == S_LABEL)
            .map(|&v| self.dualvar[v])
            .min()
            .unwrap_or(0);
        debug_assert_eq!(
            delta,
            self.dualvar[..self.n]
                .iter()
                .copied()
                .min()
                .unwrap_or(0)
                .min(delta)
        );
        let mut delta_edge = NONE;
        let mut delta_blossom = NONE;
        // delta2: minimum slack between an S-vertex and a free vertex.
        for &v in &self.stage_bestedge_vertices {
            if self.label[self.inblossom[v]] == FREE && self.bestedge[v] != NONE {
                let d = self.slack(self.bestedge[v]);
                if d < delta {
                    delta = d;
                    delta_type = 2;
                    delta_edge = self.bestedge[v];
                }
            }
        }
        // delta3: half the minimum slack between two S-blossoms.
        for &b in self.stage_vertices.iter().chain(&self.stage_blossoms) {
            if self.blossomparent[b] == NONE && self.label[b] == S_LABEL && self.bestedge[b] != NONE
            {
                let kslack = self.slack(self.bestedge[b]);
                debug_assert_eq!(kslack % 2, 0, "integral duals need even slack");
                let d = kslack / 2;
                if d < delta {
                    delta = d;
                    delta_type = 3;
                    delta_edge = self.bestedge[b];
                }
            }
        }
        // delta4: minimum dual of a top-level T-blossom.
        for &b in &self.stage_blossoms {
            if self.blossombase[b] != NONE
                && self.blossomparent[b] == NONE
                && self.label[b] == T_LABEL
                && self.dualvar[b] < delta
            {
                delta = self.dualvar[b];
                delta_type = 4;
                delta_blossom = b;
            }
        }
        // Apply delta.
        for &v in &self.stage_vertices {
            match self.label[self.inblossom[v]] {
                S_LABEL => self.dualvar[v] -= delta,
                T_LABEL => self.dualvar[v] += delta,
                _ => {}
            }
        }
        for &b in &self.stage_blossoms {
            if self.blossombase[b] != NONE && self.blossomparent[b] == NONE {
                match self.label[b] {
                    S_LABEL => self.dualvar[b] += delta,
                    T_LABEL => self.dualvar[b] -= delta,
                    _ => {}
                }
            }
        }
        match delta_type {
            1 => return true,
            2 => {
                self.allow(delta_edge);
                let (mut i, j) = self.edge_ends(delta_edge);
                if self.label[self.inblossom[i]] == FREE {
                    i = j;
                }
                debug_assert_eq!(self.label[self.inblossom[i]], S_LABEL);
                self.queue.push(i);
            }
            3 => {
                self.allow(delta_edge);
                let (i, _) = self.edge_ends(delta_edge);
                debug_assert_eq!(self.label[self.inblossom[i]], S_LABEL);
                self.queue.push(i);
            }
            _ => self.expand_blossom(delta_blossom, false),
        }
        false
    }

    fn into_solution(self) -> MatchingSolution {
        let n = self.n;
        let mate_edge = self
            .mate
            .iter()
            .map(|&p| if p == NONE { None } else { Some(p / 2) })
            .collect();
        let mut blossoms = Vec::new();
        for b in n..2 * n {
            if self.blossombase[b] != NONE && self.dualvar[b] > 0 {
                let mut members = Vec::new();
                self.collect_leaves(b, &mut members);
                let mut members: Vec<u32> = members.into_iter().map(|v| v as u32).collect();
                members.sort_unstable();
                blossoms.push(BlossomDual {
                    members,
                    dual: 2 * self.dualvar[b],
                });
            }
        }
        MatchingSolution {
            mate_edge,
            duals: MatchingDuals {
                vertex: self.dualvar[..n].to_vec(),
                blossoms,
            },
        }
    }
}
