//! Test-only oracles: exhaustive search for optimal plans, a min-cost-flow
//! solver for bipartite instances, independent stability checks, and random
//! graphs drawn from the seeded `testkit::Rng`.

use super::edge::Edge;
use crate::testkit::Rng;

/// Random simple graph with `m` distinct pairs (fewer if the graph is full).
pub(super) fn random_edges(rng: &mut Rng, n: usize, m: usize, max_weight: i64) -> Vec<Edge> {
    let mut edges: Vec<Edge> = Vec::new();
    let max_pairs = n * n.saturating_sub(1) / 2;
    let mut seen = vec![false; n * n];
    while edges.len() < m.min(max_pairs) {
        let a = rng.range(0, n as u64 - 1) as usize;
        let b = rng.range(0, n as u64 - 1) as usize;
        if a == b || seen[a * n + b] {
            continue;
        }
        seen[a * n + b] = true;
        seen[b * n + a] = true;
        let weight = rng.range(1, max_weight as u64) as i64;
        edges.push(Edge {
            a: a as u32,
            b: b as u32,
            weight,
        });
    }
    edges
}

/// Checks that `chosen` is a feasible plan: indices in range, strictly
/// ascending (so no duplicates), eligible edges, capacities respected.
pub(super) fn check_feasible(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    chosen: &[usize],
) -> Result<(), String> {
    if chosen.windows(2).any(|w| w[0] >= w[1]) {
        return Err(format!("indices not strictly ascending: {chosen:?}"));
    }
    let mut load = vec![0u32; n];
    for &k in chosen {
        let e = edges.get(k).ok_or(format!("index {k} out of range"))?;
        if e.a == e.b || e.a as usize >= n || e.b as usize >= n || e.weight <= 0 {
            return Err(format!("edge {k} is not eligible"));
        }
        for v in [e.a as usize, e.b as usize] {
            load[v] += 1;
            if load[v] > capacity[v] {
                return Err(format!("node {v} over capacity"));
            }
        }
    }
    Ok(())
}

pub(super) fn total_weight(edges: &[Edge], chosen: &[usize]) -> i64 {
    chosen.iter().map(|&k| edges[k].weight).sum()
}

/// Best `(cardinality, weight)` over all feasible plans, by exhaustive
/// branch and bound. With `max_cardinality` plans compare by
/// `(cardinality, weight)`, otherwise by weight (the cardinality returned is
/// then that of some maximum-weight plan).
pub(super) fn best_plan(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    max_cardinality: bool,
) -> (usize, i64) {
    let mut order: Vec<usize> = (0..edges.len())
        .filter(|&k| {
            let e = &edges[k];
            e.a != e.b && (e.a as usize) < n && (e.b as usize) < n && e.weight > 0
        })
        .collect();
    order.sort_by_key(|&k| std::cmp::Reverse(edges[k].weight));
    // suffix[i] = (edges, weight) still available from position i on.
    let mut suffix = vec![(0usize, 0i64); order.len() + 1];
    for i in (0..order.len()).rev() {
        suffix[i] = (
            suffix[i + 1].0 + 1,
            suffix[i + 1].1 + edges[order[i]].weight,
        );
    }
    let key = |card: usize, weight: i64| {
        if max_cardinality {
            (card as i64, weight)
        } else {
            (weight, 0)
        }
    };
    struct Search<'a> {
        order: &'a [usize],
        edges: &'a [Edge],
        suffix: &'a [(usize, i64)],
        spare: Vec<u32>,
        best: (usize, i64),
    }
    fn go(
        s: &mut Search,
        i: usize,
        card: usize,
        weight: i64,
        key: &dyn Fn(usize, i64) -> (i64, i64),
    ) {
        if key(card, weight) > key(s.best.0, s.best.1) {
            s.best = (card, weight);
        }
        if i == s.order.len() {
            return;
        }
        let (rest_card, rest_weight) = s.suffix[i];
        if key(card + rest_card, weight + rest_weight) <= key(s.best.0, s.best.1) {
            return;
        }
        let e = s.edges[s.order[i]];
        let (a, b) = (e.a as usize, e.b as usize);
        if s.spare[a] > 0 && s.spare[b] > 0 {
            s.spare[a] -= 1;
            s.spare[b] -= 1;
            go(s, i + 1, card + 1, weight + e.weight, key);
            s.spare[a] += 1;
            s.spare[b] += 1;
        }
        go(s, i + 1, card, weight, key);
    }
    let mut search = Search {
        order: &order,
        edges,
        suffix: &suffix,
        spare: capacity[..n].to_vec(),
        best: (0, 0),
    };
    go(&mut search, 0, 0, 0, &key);
    search.best
}

/// Every feasible plan (ascending indices); for tiny instances only.
pub(super) fn all_feasible_plans(n: usize, capacity: &[u32], edges: &[Edge]) -> Vec<Vec<usize>> {
    assert!(edges.len() <= 16);
    (0u32..1 << edges.len())
        .map(|mask| {
            (0..edges.len())
                .filter(|&k| mask >> k & 1 == 1)
                .collect::<Vec<_>>()
        })
        .filter(|plan| check_feasible(n, capacity, edges, plan).is_ok())
        .collect()
}

/// `true` if edge `x` ranks strictly above edge `y`: heavier, or equally
/// heavy with a smaller index.
fn ranks_above(edges: &[Edge], x: usize, y: usize) -> bool {
    (edges[x].weight, std::cmp::Reverse(x)) > (edges[y].weight, std::cmp::Reverse(y))
}

/// Unused eligible edges `(u, v)` where both `u` and `v` would rather take
/// that edge: each has spare capacity or holds a partner ranked below it.
pub(super) fn blocking_pairs(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    chosen: &[usize],
) -> Vec<usize> {
    let wants = |v: usize, k: usize| {
        let held: Vec<usize> = chosen
            .iter()
            .copied()
            .filter(|&c| edges[c].a as usize == v || edges[c].b as usize == v)
            .collect();
        (held.len() as u32) < capacity[v] || held.iter().any(|&c| ranks_above(edges, k, c))
    };
    (0..edges.len())
        .filter(|&k| {
            let e = &edges[k];
            e.a != e.b
                && (e.a as usize) < n
                && (e.b as usize) < n
                && e.weight > 0
                && !chosen.contains(&k)
                && wants(e.a as usize, k)
                && wants(e.b as usize, k)
        })
        .collect()
}

/// Reference greedy, written differently from the product code: repeatedly
/// scan for the best-ranked edge that still fits.
pub(super) fn greedy_reference(n: usize, capacity: &[u32], edges: &[Edge]) -> Vec<usize> {
    let mut spare = capacity[..n].to_vec();
    let mut taken = vec![false; edges.len()];
    loop {
        let mut best: Option<usize> = None;
        for k in 0..edges.len() {
            let e = &edges[k];
            let fits = !taken[k]
                && e.a != e.b
                && (e.a as usize) < n
                && (e.b as usize) < n
                && e.weight > 0
                && spare[e.a as usize] > 0
                && spare[e.b as usize] > 0;
            if fits && best.is_none_or(|b| ranks_above(edges, k, b)) {
                best = Some(k);
            }
        }
        let Some(k) = best else { break };
        taken[k] = true;
        spare[edges[k].a as usize] -= 1;
        spare[edges[k].b as usize] -= 1;
    }
    (0..edges.len()).filter(|&k| taken[k]).collect()
}

/// Maximum-weight b-matching on a bipartite graph (every edge joins a node
/// `< left` to a node `>= left`) by min-cost flow with successive shortest
/// paths (Bellman-Ford / SPFA). Independent of the blossom code.
pub(super) fn bipartite_max_weight(n: usize, left: usize, capacity: &[u32], edges: &[Edge]) -> i64 {
    // Residual graph: arcs stored in pairs (arc, reverse arc).
    struct Arc {
        to: usize,
        cap: i64,
        cost: i64,
    }
    let source = n;
    let sink = n + 1;
    let nodes = n + 2;
    let mut arcs: Vec<Arc> = Vec::new();
    let mut out: Vec<Vec<usize>> = vec![Vec::new(); nodes];
    let mut add = |from: usize, to: usize, cap: i64, cost: i64, arcs: &mut Vec<Arc>| {
        out[from].push(arcs.len());
        arcs.push(Arc { to, cap, cost });
        out[to].push(arcs.len());
        arcs.push(Arc {
            to: from,
            cap: 0,
            cost: -cost,
        });
    };
    for (v, &cap) in capacity[..n].iter().enumerate() {
        if v < left {
            add(source, v, i64::from(cap), 0, &mut arcs);
        } else {
            add(v, sink, i64::from(cap), 0, &mut arcs);
        }
    }
    for e in edges {
        let (a, b) = (e.a as usize, e.b as usize);
        let (l, r) = if a < left { (a, b) } else { (b, a) };
        assert!(l < left && r >= left, "edge must cross the bipartition");
        add(l, r, 1, -e.weight, &mut arcs);
    }
    let mut total = 0i64;
    loop {
        let mut dist = vec![i64::MAX; nodes];
        let mut via = vec![usize::MAX; nodes];
        let mut in_queue = vec![false; nodes];
        let mut queue = std::collections::VecDeque::new();
        dist[source] = 0;
        queue.push_back(source);
        while let Some(u) = queue.pop_front() {
            in_queue[u] = false;
            for &id in &out[u] {
                let arc = &arcs[id];
                if arc.cap > 0 && dist[u] + arc.cost < dist[arc.to] {
                    dist[arc.to] = dist[u] + arc.cost;
                    via[arc.to] = id;
                    if !in_queue[arc.to] {
                        in_queue[arc.to] = true;
                        queue.push_back(arc.to);
                    }
                }
            }
        }
        if dist[sink] >= 0 {
            return total;
        }
        // Push one unit (every l -> r arc has capacity 1).
        let mut v = sink;
        while v != source {
            let id = via[v];
            arcs[id].cap -= 1;
            arcs[id ^ 1].cap += 1;
            v = arcs[id ^ 1].to;
        }
        total -= dist[sink];
    }
}

/// The objective of `method` for `chosen`, as a tuple compared lexicographically (larger is
/// better), written from the definitions: groups twinned (kept ones included), the lowest
/// pair (kept ones included; a plan with no pair at all ranks above any), the total.
pub(super) fn objective(
    method: super::Method,
    n: usize,
    edges: &[Edge],
    fixed: &super::Fixed,
    chosen: &[usize],
) -> (i64, i64, i64) {
    let total = total_weight(edges, chosen);
    let twinned = (0..n)
        .filter(|&v| {
            fixed.twinned.get(v).copied().unwrap_or(false)
                || chosen
                    .iter()
                    .any(|&k| edges[k].a as usize == v || edges[k].b as usize == v)
        })
        .count() as i64;
    let lowest = chosen
        .iter()
        .map(|&k| edges[k].weight)
        .chain(fixed.lowest)
        .min()
        .unwrap_or(i64::MAX);
    match method {
        super::Method::Optimal | super::Method::Stable => (total, 0, 0),
        super::Method::Coverage => (twinned, total, 0),
        super::Method::Fair => (twinned, lowest, total),
    }
}

/// The best [`objective`] over every feasible plan (tiny instances only).
pub(super) fn best_objective(
    method: super::Method,
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    fixed: &super::Fixed,
) -> (i64, i64, i64) {
    all_feasible_plans(n, capacity, edges)
        .iter()
        .map(|plan| objective(method, n, edges, fixed, plan))
        .max()
        .expect("the empty plan is feasible")
}
