//! A twinning plan for a whole dataset: the chosen pairs, their summary, and for every
//! group left without a twin, the reason — all as data.
//!
//! The algorithms live in [`crate::plan::matching`] (the optimal plan) and [`stable`] (the
//! stable plan); this module turns a dataset into their input (every eligible pair with a
//! positive score, weighted by its score in hundredths), their output back into pairs, and
//! a plan into its [`Summary`]. Pairs kept in advance and a lowest score ([`Locks`]) are
//! honoured the same way by both methods: kept pairs are in the plan and use their groups'
//! places; the method chooses among the other eligible pairs scoring at least the minimum,
//! within the places left. A plan too large to compute is refused with a [`Refusal`]
//! that says what it would need. Pure: no I/O, and no text: `output::plan_summary` words
//! the summary and `output::messages` the refusals; the JSON plan is `output::json`'s.

pub(crate) mod locks;
pub(crate) mod matching;
pub(crate) mod progress;
pub(crate) mod review;
pub(crate) mod stable;

#[cfg(test)]
mod locks_tests;

use crate::candidates::alone::Scan;
use crate::candidates::order::{Pair, best_first};
use crate::candidates::reference::all_pairs;
use crate::model::dataset::Dataset;
use crate::model::reference::Reference;
use crate::score::{Exclusion, Hundredths, Scoring};
pub(crate) use locks::Locks;
use matching::{Edge, Method, PlanOptions};
use progress::{Observer, Quiet, Step};

/// The most eligible pairs the optimal plan is computed over: about 1 GB at
/// [`BYTES_PER_PAIR`], and a minute or more of solving. Larger inputs are refused before
/// any work ([`check_optimal_fits`]).
pub const MAX_OPTIMAL_PAIRS: u64 = 10_000_000;

/// Peak memory of the optimal plan per eligible pair: the pair lists, the solver's edge
/// gadgets and its blossom structures (measured on generated groups: 3,000 groups with
/// 1.36 million pairs peak at 138 MB; 6,000 groups with 5.45 million, at 501 MB).
pub(crate) const BYTES_PER_PAIR: u64 = 100;

/// How many eligible pairs with a positive score `ds` has (the solver's edges), without
/// holding them.
#[cfg(test)]
fn count_edges(ds: &Dataset, scoring: &Scoring) -> u64 {
    crate::candidates::scan::count_pairs(ds, scoring, 1)
}

/// Why a plan is refused before any work: what it would need, for the message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The optimal plan of `groups` groups would be computed over `pairs` eligible pairs,
    /// more than [`MAX_OPTIMAL_PAIRS`].
    TooManyPairs { groups: usize, pairs: u64 },
    /// With `pairs` eligible pairs, the solver's reduction would build `reduced` edges,
    /// more than [`MAX_REDUCED_EDGES`]; `largest` is the group with the most places (its
    /// id and capacity).
    CapacitiesTooLarge {
        pairs: usize,
        reduced: u64,
        largest: Option<(String, u32)>,
    },
}

/// Refuses, before any work, an optimal plan over more than [`MAX_OPTIMAL_PAIRS`] eligible
/// pairs.
pub(crate) fn check_optimal_fits(
    ds: &Dataset,
    scoring: &Scoring,
    min_score: Hundredths,
) -> Result<(), Refusal> {
    let pairs = crate::candidates::scan::count_pairs(ds, scoring, min_score.max(1));
    if pairs <= MAX_OPTIMAL_PAIRS {
        return Ok(());
    }
    Err(Refusal::TooManyPairs {
        groups: ds.groups.len(),
        pairs,
    })
}

/// The most edges the optimal solver's reduction may have. A pair of groups with `c_a` and
/// `c_b` places (capacity, capped at the group's eligible partners) becomes `c_a · c_b`
/// edges between their place copies, 16 bytes each plus the solver's structures, so large
/// capacities multiply the memory a plan needs: 40,000,000 edges is about the 1 GB of
/// [`MAX_OPTIMAL_PAIRS`]. The bound is over every eligible pair, as `--verify` builds them all.
pub const MAX_REDUCED_EDGES: u64 = 40_000_000;

/// Refuses capacities so large that the solver's reduction would exceed
/// [`MAX_REDUCED_EDGES`], before it allocates: Σ over eligible pairs of `c_a · c_b`, with
/// `c_v = min(capacity, eligible partners)`.
fn check_reduction_fits(ds: &Dataset, capacity: &[u32], edges: &[Edge]) -> Result<(), Refusal> {
    let mut partners = vec![0u64; ds.groups.len()];
    for e in edges {
        partners[e.a as usize] += 1;
        partners[e.b as usize] += 1;
    }
    let places = |v: u32| u64::from(capacity[v as usize]).min(partners[v as usize]);
    let reduced = edges.iter().fold(0u64, |sum, e| {
        sum.saturating_add(places(e.a).saturating_mul(places(e.b)))
    });
    if reduced <= MAX_REDUCED_EDGES {
        return Ok(());
    }
    let largest = (0..ds.groups.len())
        .max_by_key(|&v| (places(v as u32), std::cmp::Reverse(v)))
        .map(|v| (ds.groups[v].id.clone(), ds.groups[v].capacity));
    Err(Refusal::CapacitiesTooLarge {
        pairs: edges.len(),
        reduced,
        largest,
    })
}

/// Chooses the plan's pairs, best first; the optimal plan is refused when its solver would
/// not fit ([`MAX_REDUCED_EDGES`]).
pub fn choose(ds: &Dataset, scoring: &Scoring, opts: &PlanOptions) -> Result<Vec<Pair>, Refusal> {
    choose_locked(ds, scoring, opts, &Locks::default())
}

/// [`choose`] with `locks`: the kept pairs, then the pairs the method chooses among the
/// other eligible pairs scoring at least the minimum, within the places left; best first.
pub(crate) fn choose_locked(
    ds: &Dataset,
    scoring: &Scoring,
    opts: &PlanOptions,
    locks: &Locks,
) -> Result<Vec<Pair>, Refusal> {
    choose_watched(ds, scoring, opts, locks, &Quiet)
}

/// [`choose_locked`], telling `watch` each step as it goes ([`progress`]).
pub(crate) fn choose_watched(
    ds: &Dataset,
    scoring: &Scoring,
    opts: &PlanOptions,
    locks: &Locks,
    watch: &dyn Observer,
) -> Result<Vec<Pair>, Refusal> {
    if opts.method == Method::Stable {
        return Ok(stable::stable_plan_watched(ds, scoring, locks, watch));
    }
    choose_exhaustive_watched(ds, scoring, opts, locks, watch)
}

/// [`choose`] through the solver over every eligible pair (the reference for `stable`).
pub fn choose_exhaustive(
    ds: &Dataset,
    scoring: &Scoring,
    opts: &PlanOptions,
) -> Result<Vec<Pair>, Refusal> {
    choose_exhaustive_locked(ds, scoring, opts, &Locks::default())
}

/// [`choose_locked`] through the solver over every eligible pair.
pub(crate) fn choose_exhaustive_locked(
    ds: &Dataset,
    scoring: &Scoring,
    opts: &PlanOptions,
    locks: &Locks,
) -> Result<Vec<Pair>, Refusal> {
    choose_exhaustive_watched(ds, scoring, opts, locks, &Quiet)
}

/// [`choose_exhaustive_locked`], telling `watch` each step.
fn choose_exhaustive_watched(
    ds: &Dataset,
    scoring: &Scoring,
    opts: &PlanOptions,
    locks: &Locks,
    watch: &dyn Observer,
) -> Result<Vec<Pair>, Refusal> {
    watch.step(Step::Pairs);
    let (edges, pairs, room) = locked_edges(ds, scoring, locks);
    check_reduction_fits(ds, &room, &edges)?;
    let fixed = locks.fixed(ds.groups.len());
    let plan = matching::plan(ds.groups.len(), &room, &edges, opts, &fixed, watch);
    Ok(with_kept(plan, &pairs, locks))
}

/// The optimal plan (maximising the number of pairs first with `max_cardinality`), best
/// first, with its optimality certificate checked (or why it does not hold). Refused, as
/// [`choose`], when the solver would not fit. With kept pairs, the certificate is that of
/// the choice among the other pairs within the places left: the plan is optimal among the
/// plans holding the kept pairs.
pub(crate) fn choose_certified(
    ds: &Dataset,
    scoring: &Scoring,
    opts: &PlanOptions,
    locks: &Locks,
    watch: &dyn Observer,
) -> Result<(Vec<Pair>, Result<matching::Certificate, String>), Refusal> {
    watch.step(Step::Pairs);
    let (edges, pairs, room) = locked_edges(ds, scoring, locks);
    check_reduction_fits(ds, &room, &edges)?;
    let (plan, certificate) = matching::solve_certified_with(
        ds.groups.len(),
        &room,
        &edges,
        opts,
        &locks.fixed(ds.groups.len()),
        watch,
    );
    Ok((with_kept(plan, &pairs, locks), certificate))
}

/// The solver's input under `locks`: the eligible pairs scoring at least the minimum that
/// are not kept, in the canonical order, and the places the kept pairs leave.
fn locked_edges(
    ds: &Dataset,
    scoring: &Scoring,
    locks: &Locks,
) -> (Vec<Edge>, Vec<Pair>, Vec<u32>) {
    let mut kept: Vec<(usize, usize)> = locks.kept.iter().map(|p| (p.a, p.b)).collect();
    kept.sort_unstable();
    let (edges, pairs) = edges_where(ds, scoring, locks.min_score, |p| {
        kept.binary_search(&(p.a, p.b)).is_err()
    });
    (edges, pairs, locks.room(ds))
}

/// The kept pairs and the pairs a solver chose (indices into `pairs`), best first.
fn with_kept(plan: Vec<usize>, pairs: &[Pair], locks: &Locks) -> Vec<Pair> {
    let mut chosen: Vec<Pair> = locks.kept.clone();
    chosen.extend(plan.into_iter().map(|i| pairs[i]));
    chosen.sort_by(best_first);
    chosen
}

/// The solver's input: every eligible pair with a positive score, in a canonical order.
pub fn edges(ds: &Dataset, scoring: &Scoring) -> (Vec<Edge>, Vec<Pair>) {
    edges_above(ds, scoring, 1)
}

/// [`edges`] scoring at least `min_score` (hundredths; 0 counts as 1: a plan pair scores
/// above 0).
pub(crate) fn edges_above(
    ds: &Dataset,
    scoring: &Scoring,
    min_score: Hundredths,
) -> (Vec<Edge>, Vec<Pair>) {
    edges_where(ds, scoring, min_score, |_| true)
}

/// [`edges_above`] of the pairs `keep` accepts.
fn edges_where(
    ds: &Dataset,
    scoring: &Scoring,
    min_score: Hundredths,
    keep: impl Fn(&Pair) -> bool,
) -> (Vec<Edge>, Vec<Pair>) {
    let mut pairs = all_pairs(ds, scoring, min_score.max(1));
    pairs.retain(|p| keep(p));
    // Canonical order by ids, independent of scores, so ties resolve the same way always.
    pairs.sort_by_key(|p| (p.a, p.b));
    let edges = pairs
        .iter()
        .map(|p| Edge {
            a: p.a as u32,
            b: p.b as u32,
            weight: i64::from(p.score),
        })
        .collect();
    (edges, pairs)
}

/// The plan in figures, and who is left out and why.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Summary {
    pub method: Method,
    pub pairs: usize,
    /// Of those, the pairs kept in advance (`--keep`).
    pub kept: usize,
    /// Groups seeking a twin (capacity ≥ 1).
    pub groups_seeking: usize,
    /// Groups with at least one twin in the plan.
    pub groups_twinned: usize,
    /// Groups seeking a twin that got none.
    pub groups_without_twin: usize,
    /// Places (capacity) not filled, over all groups.
    pub places_unfilled: u64,
    /// The sum of the plan's scores, in hundredths.
    pub total_score: u64,
    /// The mean score in hundredths (rounded half up); none for an empty plan.
    pub mean_score: Option<u64>,
    pub lowest_score: Option<Hundredths>,
    pub left_out: Vec<LeftOut>,
}

/// A group seeking a twin that the plan leaves without one.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct LeftOut {
    pub id: String,
    pub name: String,
    /// The country's ISO alpha-2 code.
    pub country: String,
    pub reason: Reason,
}

/// Why a group got no twin.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Reason {
    /// No other group is eligible; `excluded` counts the groups each rule excludes and
    /// `nearest` shows the closest groups by score with the rules excluding them.
    NoEligiblePartner {
        excluded: Vec<RuleCount>,
        nearest: Vec<Nearest>,
    },
    /// Its eligible partners all score below the plan's lowest score (`--min-score`): the
    /// best of them, and the minimum.
    BelowMinScore {
        best_candidate: String,
        best_score: Hundredths,
        min_score: Hundredths,
        eligible_partners: usize,
    },
    /// It had eligible partners, but each was at capacity in a better plan overall:
    /// its best candidate and the group(s) that candidate is twinned with.
    PartnersTaken {
        best_candidate: String,
        best_score: Hundredths,
        taken_by: Vec<String>,
        eligible_partners: usize,
    },
}

/// How many other groups a rule excludes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct RuleCount {
    pub rule: Exclusion,
    pub groups: usize,
}

/// A group near by score, with the rules excluding it (none when it is eligible).
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Nearest {
    pub id: String,
    pub score: Hundredths,
    pub excluded_by: Vec<Exclusion>,
}

/// Summarises `chosen` (a plan over `ds`).
#[cfg(test)]
pub(crate) fn summarise(
    ds: &Dataset,
    reference: &Reference,
    scoring: &Scoring,
    method: Method,
    chosen: &[Pair],
) -> Summary {
    summarise_locked(ds, reference, scoring, method, chosen, &Locks::default())
}

/// Summarises `chosen`, a plan over `ds` made under `locks` (it holds the kept pairs).
pub(crate) fn summarise_locked(
    ds: &Dataset,
    reference: &Reference,
    scoring: &Scoring,
    method: Method,
    chosen: &[Pair],
    locks: &Locks,
) -> Summary {
    let n = ds.groups.len();
    let mut partners: Vec<Vec<usize>> = vec![Vec::new(); n];
    for p in chosen {
        partners[p.a].push(p.b);
        partners[p.b].push(p.a);
    }
    let seeking: Vec<usize> = (0..n).filter(|&g| ds.groups[g].capacity > 0).collect();
    let total: u64 = chosen.iter().map(|p| u64::from(p.score)).sum();
    let lonely: Vec<usize> = seeking
        .iter()
        .copied()
        .filter(|&g| partners[g].is_empty())
        .collect();
    let scans = crate::candidates::alone::scan_many(ds, scoring, &lonely);
    let left_out: Vec<LeftOut> = lonely
        .iter()
        .zip(scans)
        .map(|(&g, scan)| {
            let group = &ds.groups[g];
            LeftOut {
                id: group.id.clone(),
                name: group.name.clone(),
                country: reference.countries[group.country].alpha2.clone(),
                reason: left_out_reason(ds, scan, &partners, locks.min_score),
            }
        })
        .collect();
    Summary {
        method,
        pairs: chosen.len(),
        kept: locks.kept.len(),
        groups_seeking: seeking.len(),
        groups_twinned: partners.iter().filter(|p| !p.is_empty()).count(),
        groups_without_twin: left_out.len(),
        places_unfilled: (0..n)
            .map(|g| u64::from(ds.groups[g].capacity).saturating_sub(partners[g].len() as u64))
            .sum(),
        total_score: total,
        // Mean in hundredths, rounded half up.
        mean_score: (!chosen.is_empty())
            .then(|| (total * 2 + chosen.len() as u64) / (2 * chosen.len() as u64)),
        lowest_score: chosen.iter().map(|p| p.score).min(),
        left_out,
    }
}

fn left_out_reason(
    ds: &Dataset,
    scan: Scan,
    partners: &[Vec<usize>],
    min_score: Hundredths,
) -> Reason {
    let groups = &ds.groups;
    if let Some(best) = scan.best.filter(|b| b.score < min_score) {
        return Reason::BelowMinScore {
            best_candidate: groups[best.b].id.clone(),
            best_score: best.score,
            min_score,
            eligible_partners: scan.partners,
        };
    }
    if let Some(best) = scan.best {
        let mut taken_by: Vec<String> = partners[best.b]
            .iter()
            .map(|&o| groups[o].id.clone())
            .collect();
        taken_by.sort();
        return Reason::PartnersTaken {
            best_candidate: groups[best.b].id.clone(),
            best_score: best.score,
            taken_by,
            eligible_partners: scan.partners,
        };
    }
    Reason::NoEligiblePartner {
        excluded: scan
            .excluded
            .into_iter()
            .map(|(rule, groups)| RuleCount { rule, groups })
            .collect(),
        nearest: scan
            .nearest
            .into_iter()
            .map(|(p, rules)| Nearest {
                id: groups[p.b].id.clone(),
                score: p.score,
                excluded_by: rules,
            })
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::Config;
    use crate::testkit::dataset;

    #[test]
    fn eligible_pairs_are_counted_as_the_solver_sees_them() {
        let ds = dataset(&[
            ("A", 0, &[0], 0b11, 1),
            ("B", 1, &[0], 0b11, 1),
            ("C", 2, &[0], 0b01, 0),
            ("D", 3, &[9], 0b11, 1),
            ("E", 1, &[0, 9], 0b100, 2),
        ]);
        let mut s = Config::default_config().scoring;
        for common_language in [true, false] {
            s.rules.common_language = common_language;
            let (edges, _) = edges(&ds, &s);
            assert_eq!(
                count_edges(&ds, &s),
                edges.len() as u64,
                "{common_language}"
            );
        }
    }

    #[test]
    fn a_lone_group_has_no_eligible_partner_and_no_nearest_group() {
        let ds = dataset(&[("A", 0, &[0], 0b11, 1)]);
        let config = Config::default_config();
        let s = &config.scoring;
        let summary = summarise(&ds, &config.reference, s, Method::Optimal, &[]);
        assert_eq!(summary.left_out.len(), 1);
        assert_eq!(
            summary.left_out[0].reason,
            Reason::NoEligiblePartner {
                excluded: Vec::new(),
                nearest: Vec::new()
            }
        );
        assert_eq!((summary.mean_score, summary.lowest_score), (None, None));
    }

    #[test]
    fn capacities_too_large_for_the_solver_are_refused_with_their_figures() {
        let mut ds = dataset(&[("A", 0, &[0], 0b11, 1), ("B", 1, &[0], 0b11, 1)]);
        let s = Config::default_config().scoring;
        assert_eq!(check_optimal_fits(&ds, &s, 1), Ok(()));
        let (edges, _) = edges(&ds, &s);
        let room = |ds: &Dataset| Locks::default().room(ds);
        assert_eq!(check_reduction_fits(&ds, &room(&ds), &edges), Ok(()));
        // One pair between two groups of 10,000 places each: each has one partner, so its
        // places are capped at 1.
        for g in &mut ds.groups {
            g.capacity = 10_000;
        }
        assert_eq!(check_reduction_fits(&ds, &room(&ds), &edges), Ok(()));
        // Without the cap (edges the solver would see between 10,000 partners each), the
        // same capacities are refused, naming the widest group.
        let many: Vec<Edge> = (0..10_000).map(|_| edges[0]).collect();
        match check_reduction_fits(&ds, &room(&ds), &many) {
            Err(Refusal::CapacitiesTooLarge {
                pairs,
                reduced,
                largest,
            }) => {
                assert_eq!((pairs, reduced), (10_000, 10_000 * 10_000 * 10_000));
                assert_eq!(largest, Some(("A".to_string(), 10_000)));
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_left_out_group_is_explained() {
        // A-B is the best pair; C's only partner is A (capacity 1), D speaks no shared language.
        let ds = dataset(&[
            ("A", 0, &[0], 0b11, 1),
            ("B", 1, &[0], 0b11, 1),
            ("C", 2, &[0], 0b01, 1),
            ("D", 3, &[9], 0b11, 1),
        ]);
        let summary = crate::testkit::planned(&ds, Method::Optimal);
        assert_eq!(summary.pairs, 1);
        assert_eq!(summary.groups_without_twin, 2);
        let c = &summary.left_out[0];
        assert_eq!(c.id, "C");
        assert!(
            matches!(&c.reason, Reason::PartnersTaken { best_candidate, .. } if best_candidate == "A"),
            "{c:?}"
        );
        let d = &summary.left_out[1];
        assert!(
            matches!(&d.reason, Reason::NoEligiblePartner { excluded, .. } if excluded[0].rule == Exclusion::NoCommonLanguage),
            "{d:?}"
        );
    }
}
