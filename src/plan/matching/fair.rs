//! The fair objective (`Method::Fair`): twin as many groups as
//! possible, then make the plan's lowest pair (kept pairs included) as high as possible,
//! then the largest total. Exact, by coverage solves of [`super::coverage`] (groups
//! twinned, then total) over the pairs weighing at least some threshold:
//!
//! 1. Over all pairs: the plan `P` twins `K` groups, the most any plan twins; its lowest
//!    pair is `L`.
//! 2. `t*` = the highest threshold such that the pairs weighing `>= t` still twin `K`
//!    groups, capped at the lowest kept pair `l` (a plan's lowest is never above `l`, so
//!    above it nothing is gained, and every pair `>= l` may be used). Twinning `K` is
//!    monotone in the threshold, so a binary search over the distinct weights (and `l`)
//!    finds it, between `L` (feasible) and a counting bound (`K` groups, kept ones
//!    included, need a pair `>= t`); the first probe is the weight just above `L`, since
//!    `t* = L` is common. A probe that twins `K` raises the feasible end to its own lowest
//!    pair.
//! 3. The plan: the coverage optimum over the pairs `>= t*`. The last plan that twinned `K`
//!    (`P` or a probe's) is it: it is optimal over a superset of those pairs (its probe's
//!    threshold is at most `t*`) and uses only pairs `>= t*`. No further solve.
//!
//! Certificate (`--verify`): the certificate of the solve that found the plan (no plan
//! over its pairs, a superset of those `>= t*`, twins more or totals more among those
//! twinning as many); step 1's, whose dual bound is `K`; and, when `t*` is below `l` and
//! some threshold is higher, the probe at the next higher one, whose dual bound on the
//! groups twinned is below `K`. Together: no plan twins more than `K`, none twinning `K`
//! has a higher lowest pair, and none twinning `K` with that lowest pair (all its pairs
//! `>= t*`) totals more.
//!
//! Cost: one coverage solve, plus one per probe: none when `L >= l`, one when `t* = L`,
//! at most `1 + log2` of the thresholds between the bounds otherwise.

use super::coverage::{Augmented, describe, eligible};
use super::edge::Edge;
use super::fixed::Fixed;
use super::verify::{Certificate, FairProof};
use crate::plan::progress::{Observer, Step};

/// Groups twinned by `chosen` (input edges), kept ones included.
fn twinned(augmented: &Augmented, edges: &[Edge], chosen: &[usize], groups: usize) -> usize {
    let mut covered = vec![false; groups];
    for &e in chosen {
        covered[edges[e].a as usize] = true;
        covered[edges[e].b as usize] = true;
    }
    let fresh = covered
        .iter()
        .enumerate()
        .filter(|&(v, &c)| c && !augmented.is_fixed(v))
        .count();
    augmented.fixed_twinned + fresh
}

/// The lowest weight of `chosen`, or none.
fn lowest_chosen(edges: &[Edge], chosen: &[usize]) -> Option<i64> {
    chosen.iter().map(|&e| edges[e].weight).min()
}

/// A coverage solve over the pairs `>= from`.
struct Probe {
    from: i64,
    plan: Vec<usize>,
    twinned: usize,
    lowest: Option<i64>,
    certificate: Option<Result<Certificate, String>>,
}

/// The fair plan (input edge indices, ascending) and, with `certify`, its certificate (of
/// `check`, when given, instead of the plan found).
pub(crate) fn fair(
    n: usize,
    capacity: &[u32],
    edges: &[Edge],
    fixed: &Fixed,
    certify: bool,
    check: Option<&[usize]>,
    watch: &dyn Observer,
) -> (Vec<usize>, Option<Result<Certificate, String>>) {
    let eligible_edges = edges.iter().filter(|e| eligible(n, capacity, e)).count();
    let probes = std::cell::Cell::new(0);
    let probe = |from: i64, certify: bool, check: Option<&[usize]>| {
        probes.set(probes.get() + 1);
        watch.step(Step::Probe {
            probe: probes.get(),
            from: (from > i64::MIN && from < i64::MAX).then_some(from),
        });
        let augmented = Augmented::new(n, capacity, edges, fixed, from);
        let (plan, certificate) = augmented.solve(certify, check, watch);
        let checked = check.unwrap_or(&plan);
        let certificate =
            certificate.map(|c| c.map(|c| describe(&augmented, edges, checked, eligible_edges, c)));
        Probe {
            from,
            twinned: twinned(&augmented, edges, &plan, n),
            lowest: lowest_chosen(edges, &plan),
            plan,
            certificate,
        }
    };
    // 1. Over all pairs.
    let first = probe(i64::MIN, certify, None);
    let most = first.twinned;
    let most_certificate = first.certificate.clone();
    // 2. The thresholds: the distinct weights, and the lowest kept pair, up to it.
    let mut weights: Vec<i64> = edges
        .iter()
        .filter(|e| eligible(n, capacity, e))
        .map(|e| e.weight)
        .chain(fixed.lowest)
        .filter(|&w| fixed.lowest.is_none_or(|l| w <= l))
        .collect();
    weights.sort_unstable();
    weights.dedup();
    let index = |w: i64| weights.partition_point(|&x| x <= w) - 1;
    let mut above: Option<Probe> = None;
    let mut best = first;
    // None: no pair is needed (a plan without pairs twins `most`), or the kept pairs cap
    // the lowest at or below `L`.
    let needed = most - fixed_count(fixed, n);
    let top = match best.lowest {
        Some(_) if needed == 0 && fixed.lowest.is_none() => {
            // Nothing to twin and no kept pair: the plan without pairs ranks first.
            best = probe(i64::MAX, certify, None);
            None
        }
        Some(low) if fixed.lowest.is_none_or(|l| low < l) => {
            let mut best_at = vec![None::<i64>; n];
            for e in edges.iter().filter(|e| eligible(n, capacity, e)) {
                for v in [e.a as usize, e.b as usize] {
                    best_at[v] = best_at[v].max(Some(e.weight));
                }
            }
            // Counting bound: the groups not yet twinned need a pair `>= t` each.
            let mut bests: Vec<i64> = (0..n)
                .filter(|&v| !is_fixed(fixed, v))
                .filter_map(|v| best_at[v])
                .collect();
            bests.sort_unstable_by(|x, y| y.cmp(x));
            let bound = match needed {
                0 => weights.len() - 1,
                _ => index(bests[needed - 1]).max(index(low)),
            };
            let (mut lo, mut hi) = (index(low), bound);
            let mut gallop = true;
            while lo < hi {
                let mid = if gallop {
                    lo + 1
                } else {
                    (lo + hi).div_ceil(2)
                };
                gallop = false;
                let p = probe(weights[mid], certify, None);
                if p.twinned >= most {
                    lo = index(p.lowest.unwrap_or(weights[mid]).max(weights[mid])).min(hi);
                    best = p;
                } else {
                    hi = mid - 1;
                    if hi == lo {
                        above = Some(p);
                    }
                }
            }
            Some(lo)
        }
        _ => None,
    };
    if !certify {
        return (best.plan, None);
    }
    // The certificate.
    let threshold = match (top, fixed.lowest) {
        (Some(i), _) => weights[i],
        (None, Some(l)) => l,
        (None, None) => best.from,
    };
    let chosen = check.unwrap_or(&best.plan);
    let result = (|| {
        let most_bound = most_certificate
            .expect("certified")?
            .twinned
            .expect("a coverage certificate");
        check_plan(n, capacity, edges, chosen)?;
        let twins = twinned_plain(fixed, edges, chosen, n);
        if twins != most_bound {
            return Err(format!(
                "the plan twins {twins} groups, but a plan can twin {most_bound}"
            ));
        }
        if let Some(&e) = chosen.iter().find(|&&e| edges[e].weight < threshold) {
            return Err(format!(
                "pair {e} weighs {}, below {threshold}: a plan twinning {most_bound} groups can have a higher lowest pair",
                edges[e].weight
            ));
        }
        let certificate = match check {
            None => best.certificate.clone(),
            Some(_) => probe(best.from, true, check).certificate,
        };
        let mut certificate = certificate.expect("certified")?;
        let lowest = match (lowest_chosen(edges, chosen), fixed.lowest) {
            (Some(c), Some(l)) => Some(c.min(l)),
            (c, l) => c.or(l),
        };
        let above = match top {
            Some(i) if i + 1 < weights.len() => {
                let next = weights[i + 1];
                let proof = match above {
                    Some(p) if p.from == next => p.certificate,
                    _ => probe(next, true, None).certificate,
                };
                let bound = proof
                    .expect("certified")?
                    .twinned
                    .expect("a coverage certificate");
                if bound >= most_bound {
                    return Err(format!(
                        "with every pair at least {next}, a plan could still twin {bound} groups"
                    ));
                }
                Some((next, bound))
            }
            _ => None,
        };
        certificate.twinned = Some(most_bound);
        certificate.fair = Some(FairProof { lowest, above });
        Ok(certificate)
    })();
    (best.plan.clone(), Some(result))
}

/// Groups twinned by `chosen` (valid input edges), kept ones included.
fn twinned_plain(fixed: &Fixed, edges: &[Edge], chosen: &[usize], n: usize) -> usize {
    let mut covered: Vec<bool> = (0..n).map(|v| is_fixed(fixed, v)).collect();
    for &e in chosen {
        covered[edges[e].a as usize] = true;
        covered[edges[e].b as usize] = true;
    }
    covered.iter().filter(|&&c| c).count()
}

/// Checks that `chosen` is a plan: pairs in range, eligible, each once, within capacity.
fn check_plan(n: usize, capacity: &[u32], edges: &[Edge], chosen: &[usize]) -> Result<(), String> {
    let mut load = vec![0u32; n];
    let mut seen = vec![false; edges.len()];
    for &e in chosen {
        let edge = edges
            .get(e)
            .ok_or_else(|| format!("chosen edge index {e} is out of range"))?;
        if !eligible(n, capacity, edge) {
            return Err(format!("chosen edge {e} is not eligible"));
        }
        if std::mem::replace(&mut seen[e], true) {
            return Err(format!("edge {e} is chosen twice"));
        }
        for v in [edge.a as usize, edge.b as usize] {
            load[v] += 1;
            if load[v] > capacity[v] {
                return Err(format!("node {v} exceeds its capacity"));
            }
        }
    }
    Ok(())
}

fn is_fixed(fixed: &Fixed, v: usize) -> bool {
    fixed.twinned.get(v).copied().unwrap_or(false)
}

fn fixed_count(fixed: &Fixed, n: usize) -> usize {
    (0..n).filter(|&v| is_fixed(fixed, v)).count()
}
