//! The audit of a plan however it was made (`twin review`): each listed pair's ids, rules,
//! score and locks; each group's capacity used; the plan's figures against the best plan
//! under the same rules and locks; blocking pairs; groups left out that could have had a
//! twin; and the single changes that gain the most — all as data.
//!
//! Pure: no I/O and no text (`output::review` words it, `output::messages` the problems).
//! Rules and scores come from `score` (the packed kernel when it packs the dataset, else
//! the reference functions), so a pair is judged exactly as `assign` judges it.
//!
//! # Cost
//! Reading the plan is O(lines) with hash look-ups. One parallel pass over every pair of
//! groups (the same O(N²) kernel pass that listing the optimal plan's edges makes) finds
//! each group's best eligible score and the blocking pairs, from a threshold per group
//! (no per-pair rescan). Exchanges of partners between two plan pairs are tried best bound
//! first and stop at the first pair of plan pairs that cannot beat the changes found.

use std::collections::HashMap;

use crate::candidates::order::{Pair, best_first};
use crate::model::dataset::Dataset;
use crate::score::kernel::{Kernel, with_popcnt};
use crate::score::{Exclusion, Hundredths, Scoring, exclusions};

/// How many blocking pairs the audit lists (best first); all are counted.
pub(crate) const BLOCKING_LISTED: usize = 1_000;

/// How many single changes the audit proposes, those that gain the most.
pub(crate) const CHANGES_LISTED: usize = 5;

/// One line of a plan file: the two ids as written, and the line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Listed {
    pub id_a: String,
    pub id_b: String,
    pub line: u64,
}

/// Where a locked pair was read: a `--keep`, `--forbid` or `--history` file and its line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Origin {
    pub file: String,
    pub line: u64,
}

/// A pair of groups (dataset indices) locked by a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Locked {
    pub a: usize,
    pub b: usize,
    pub origin: Origin,
}

/// The locks the plan is reviewed under: pairs that must be in it (`keep`), pairs that
/// must not (`forbid`, and `history`: pairs made before), and the lowest score a pair not
/// kept may have (`--min-score`, hundredths; 0: none).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Locks {
    pub keep: Vec<Locked>,
    pub forbid: Vec<Locked>,
    pub history: Vec<Locked>,
    pub min_score: Hundredths,
}

/// A listed pair's standing with the locks: the file line that keeps, forbids or made it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Status {
    pub kept: Option<Origin>,
    pub forbidden: Option<Origin>,
    pub history: Option<Origin>,
}

/// One line of the plan, audited.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Audited {
    pub line: u64,
    pub id_a: String,
    pub id_b: String,
    /// The groups' dataset indices; none for an id no profile has.
    pub a: Option<usize>,
    pub b: Option<usize>,
    /// The score (also of a pair the rules exclude); none unless both ids are known and
    /// name two groups.
    pub score: Option<Hundredths>,
    /// The rules the pair breaks, in the one order.
    pub broken: Vec<Exclusion>,
    pub status: Status,
    /// The line that lists the same pair first, when this one repeats it.
    pub repeat_of: Option<u64>,
}

impl Audited {
    /// Whether the line counts in the plan: two known, different groups, listed first here.
    pub(crate) fn counts(&self) -> bool {
        self.score.is_some() && self.repeat_of.is_none()
    }
}

/// A way the plan breaks the rules or the locks, at a line of the plan file (none for a
/// kept pair that is missing: it has no line in the plan).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Breach {
    UnknownId {
        line: u64,
        id: String,
    },
    SameGroup {
        line: u64,
        id: String,
    },
    Repeated {
        line: u64,
        first: u64,
    },
    BreaksRules {
        line: u64,
        rules: Vec<Exclusion>,
    },
    Forbidden {
        line: u64,
        by: Origin,
    },
    Historical {
        line: u64,
        by: Origin,
    },
    /// A pair not kept scoring below `--min-score`.
    BelowMinScore {
        line: u64,
        score: Hundredths,
        min: Hundredths,
    },
    /// `group` is in `used` pairs for `capacity` places: `line` is the first pair past its
    /// capacity, `lines` all its pairs.
    OverCapacity {
        line: u64,
        group: usize,
        used: u32,
        capacity: u32,
        lines: Vec<u64>,
    },
    KeptMissing {
        a: usize,
        b: usize,
        by: Origin,
    },
}

impl Breach {
    /// The plan line the breach is at (a missing kept pair has none).
    pub(crate) fn line(&self) -> Option<u64> {
        match self {
            Breach::UnknownId { line, .. }
            | Breach::SameGroup { line, .. }
            | Breach::Repeated { line, .. }
            | Breach::BreaksRules { line, .. }
            | Breach::Forbidden { line, .. }
            | Breach::Historical { line, .. }
            | Breach::BelowMinScore { line, .. }
            | Breach::OverCapacity { line, .. } => Some(*line),
            Breach::KeptMissing { .. } => None,
        }
    }
}

/// The plan in figures (the pairs that count: known, different groups, each pair once).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Figures {
    pub pairs: usize,
    pub total: u64,
    pub groups_seeking: usize,
    pub groups_twinned: usize,
    pub lowest: Option<Hundredths>,
}

/// A single change to the plan and what it gains (in hundredths; always positive).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Change {
    /// Add `pair`: both groups have a free place.
    Add { pair: Pair },
    /// `group` drops its partner in `drop` for the partner in `add`, who has a free place.
    Replace { group: usize, drop: Pair, add: Pair },
    /// Two plan pairs exchange partners: `drop` becomes `add`.
    Exchange { drop: [Pair; 2], add: [Pair; 2] },
}

impl Change {
    /// The points the change adds to the plan's total, in hundredths.
    pub(crate) fn gain(&self) -> i64 {
        let s = |p: &Pair| i64::from(p.score);
        match self {
            Change::Add { pair } => s(pair),
            Change::Replace { drop, add, .. } => s(add) - s(drop),
            Change::Exchange { drop, add } => s(&add[0]) + s(&add[1]) - s(&drop[0]) - s(&drop[1]),
        }
    }

    /// The one order of changes: the largest gain first, then adds, replacements,
    /// exchanges, then by the pairs added (best first).
    fn key(&self) -> (std::cmp::Reverse<i64>, u8, Vec<(usize, usize)>) {
        let ordered = |p: &Pair| (p.a.min(p.b), p.a.max(p.b));
        let (kind, pairs) = match self {
            Change::Add { pair } => (0, vec![ordered(pair)]),
            Change::Replace { drop, add, .. } => (1, vec![ordered(add), ordered(drop)]),
            Change::Exchange { drop, add } => {
                (2, add.iter().chain(drop).map(ordered).collect::<Vec<_>>())
            }
        };
        (std::cmp::Reverse(self.gain()), kind, pairs)
    }
}

/// A group the plan leaves without a twin although it could have had one: a blocking pair
/// names it (a partner with a free place, or one who would rather have it than a partner
/// it has), or the best plan twins it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Missed {
    pub group: usize,
    /// Its best blocking pair (`a` is the group).
    pub blocking: Option<Pair>,
    /// Its best twin in the best plan (`a` is the group).
    pub in_best: Option<Pair>,
}

/// The whole audit.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Review {
    pub lines: Vec<Audited>,
    /// Every breach, in the order of the plan's lines (missing kept pairs last).
    pub breaches: Vec<Breach>,
    /// Pairs in the plan of each group (dataset order), pairs that count only.
    pub used: Vec<u32>,
    pub figures: Figures,
    /// The best plan under the same rules and locks, and its figures.
    pub best: Vec<Pair>,
    pub best_figures: Figures,
    /// How many blocking pairs there are, and the best [`BLOCKING_LISTED`] of them (`a < b`).
    pub blocking_count: usize,
    pub blocking: Vec<Pair>,
    pub missed: Vec<Missed>,
    /// The best [`CHANGES_LISTED`] single changes, in [`Change::key`] order.
    pub changes: Vec<Change>,
}

impl Review {
    /// Whether the plan keeps every rule and lock.
    pub(crate) fn is_clean(&self) -> bool {
        self.breaches.is_empty()
    }

    /// Points the plan has fewer than the best plan (negative when it has more, which only
    /// a plan breaking a rule can), in hundredths.
    pub(crate) fn lost(&self) -> i64 {
        self.best_figures.total as i64 - self.figures.total as i64
    }
}

/// An unordered pair of groups as a map key.
fn key(a: usize, b: usize) -> (usize, usize) {
    (a.min(b), a.max(b))
}

/// The lock lists as look-up maps (first line for each pair).
fn lookup(locked: &[Locked]) -> HashMap<(usize, usize), &Origin> {
    let mut map = HashMap::with_capacity(locked.len());
    for l in locked {
        map.entry(key(l.a, l.b)).or_insert(&l.origin);
    }
    map
}

/// Audits the plan `listed` of groups `ds`, scored with `scoring`, under `locks`, against
/// `best`, the best plan under the same rules and locks (from `plan::choose`). `ds` may
/// hold the history pairs as existing twins and the forbidden pairs as vetoes (as plans
/// are made): such a pair is told as historical or forbidden, not also as breaking the
/// rule.
pub(crate) fn review(
    ds: &Dataset,
    scoring: &Scoring,
    listed: &[Listed],
    locks: &Locks,
    best: Vec<Pair>,
) -> Review {
    let n = ds.groups.len();
    let groups = &ds.groups;
    let (kept, forbidden, history) = (
        lookup(&locks.keep),
        lookup(&locks.forbid),
        lookup(&locks.history),
    );
    let mut breaches = Vec::new();
    let mut first_line: HashMap<(usize, usize), u64> = HashMap::with_capacity(listed.len());
    let mut lines = Vec::with_capacity(listed.len());
    for l in listed {
        let (a, b) = (ds.index_of(&l.id_a), ds.index_of(&l.id_b));
        for (id, index) in [(&l.id_a, a), (&l.id_b, b)] {
            if index.is_none() {
                breaches.push(Breach::UnknownId {
                    line: l.line,
                    id: id.clone(),
                });
            }
        }
        let mut audited = Audited {
            line: l.line,
            id_a: l.id_a.clone(),
            id_b: l.id_b.clone(),
            a,
            b,
            score: None,
            broken: Vec::new(),
            status: Status::default(),
            repeat_of: None,
        };
        if let (Some(a), Some(b)) = (a, b) {
            if a == b {
                breaches.push(Breach::SameGroup {
                    line: l.line,
                    id: l.id_a.clone(),
                });
            } else {
                let k = key(a, b);
                audited.score = Some(crate::score::score(&groups[a], &groups[b], scoring));
                audited.status = Status {
                    kept: kept.get(&k).map(|&o| o.clone()),
                    forbidden: forbidden.get(&k).map(|&o| o.clone()),
                    history: history.get(&k).map(|&o| o.clone()),
                };
                audited.broken = exclusions(&groups[a], a, &groups[b], b, &scoring.rules);
                // Told as historical or forbidden instead, with the line that says so.
                if audited.status.history.is_some() {
                    audited.broken.retain(|&e| e != Exclusion::AlreadyTwins);
                }
                if audited.status.forbidden.is_some() {
                    audited.broken.retain(|&e| e != Exclusion::Forbidden);
                }
                match first_line.get(&k) {
                    Some(&first) => {
                        audited.repeat_of = Some(first);
                        breaches.push(Breach::Repeated {
                            line: l.line,
                            first,
                        });
                    }
                    None => {
                        first_line.insert(k, l.line);
                        if !audited.broken.is_empty() {
                            breaches.push(Breach::BreaksRules {
                                line: l.line,
                                rules: audited.broken.clone(),
                            });
                        }
                        if let Some(by) = &audited.status.forbidden {
                            breaches.push(Breach::Forbidden {
                                line: l.line,
                                by: by.clone(),
                            });
                        }
                        if let Some(by) = &audited.status.history {
                            breaches.push(Breach::Historical {
                                line: l.line,
                                by: by.clone(),
                            });
                        }
                        let score = audited.score.unwrap_or(0);
                        if score < locks.min_score && audited.status.kept.is_none() {
                            breaches.push(Breach::BelowMinScore {
                                line: l.line,
                                score,
                                min: locks.min_score,
                            });
                        }
                    }
                }
            }
        }
        lines.push(audited);
    }

    // Capacity used, each group's pairs' lines, and the partners it could drop.
    let mut used = vec![0u32; n];
    let mut pair_lines: Vec<Vec<u64>> = vec![Vec::new(); n];
    let mut plan: Vec<(Pair, bool)> = Vec::new();
    for l in lines.iter().filter(|l| l.counts()) {
        let (a, b, score) = (l.a.unwrap(), l.b.unwrap(), l.score.unwrap());
        for g in [a, b] {
            used[g] += 1;
            pair_lines[g].push(l.line);
            // A group not seeking a twin breaks the capacity rule already.
            let told = groups[g].capacity == 0 && scoring.rules.require_capacity;
            if used[g] == groups[g].capacity + 1 && !told {
                breaches.push(Breach::OverCapacity {
                    line: l.line,
                    group: g,
                    used: 0,
                    capacity: groups[g].capacity,
                    lines: Vec::new(),
                });
            }
        }
        let (a, b) = key(a, b);
        plan.push((Pair { a, b, score }, l.status.kept.is_some()));
    }
    for breach in &mut breaches {
        if let Breach::OverCapacity {
            group,
            used: u,
            lines: ls,
            ..
        } = breach
        {
            *u = used[*group];
            *ls = pair_lines[*group].clone();
        }
    }
    // Ordered by line (stable: the order found within a line).
    breaches.sort_by_key(|b| b.line().unwrap_or(u64::MAX));
    for k in &locks.keep {
        if !first_line.contains_key(&key(k.a, k.b)) && k.a != k.b {
            breaches.push(Breach::KeptMissing {
                a: k.a.min(k.b),
                b: k.a.max(k.b),
                by: k.origin.clone(),
            });
        }
    }

    let plan_pairs: Vec<Pair> = plan.iter().map(|&(p, _)| p).collect();
    let figures = figures_of(ds, &plan_pairs);
    let best_figures = figures_of(ds, &best);

    // A group's threshold: a pair blocks when it scores above both its groups' thresholds.
    let free: Vec<bool> = (0..n).map(|g| used[g] < groups[g].capacity).collect();
    let mut worst: Vec<Option<Pair>> = vec![None; n];
    for &(p, is_kept) in &plan {
        if is_kept {
            continue;
        }
        for (g, o) in [(p.a, p.b), (p.b, p.a)] {
            let seen = Pair {
                a: g,
                b: o,
                score: p.score,
            };
            // The partner it would drop first: the lowest score, then the last id.
            if worst[g].is_none_or(|w| {
                (seen.score, std::cmp::Reverse(seen.b)) < (w.score, std::cmp::Reverse(w.b))
            }) {
                worst[g] = Some(seen);
            }
        }
    }
    let threshold: Vec<Option<Hundredths>> = (0..n)
        .map(|g| {
            if free[g] {
                Some(0)
            } else {
                worst[g].map(|w| w.score)
            }
        })
        .collect();
    let in_plan: HashMap<(usize, usize), ()> = plan.iter().map(|(p, _)| ((p.a, p.b), ())).collect();
    let allowed = |a: usize, b: usize| {
        let k = key(a, b);
        !in_plan.contains_key(&k) && !forbidden.contains_key(&k) && !history.contains_key(&k)
    };
    let kernel = Kernel::new(ds, scoring);
    let least = locks.min_score.max(1);
    let (best_score, mut blocking) =
        pass(ds, scoring, kernel.as_ref(), &threshold, least, &allowed);
    blocking.sort_by(best_first);

    // Changes: adding a pair of free groups, or one group trading its worst partner for a
    // free one (both blocking pairs), and exchanges of partners between two plan pairs.
    let mut top = Top::default();
    for p in &blocking {
        match (free[p.a], free[p.b]) {
            (true, true) => top.offer(Change::Add { pair: *p }),
            (true, false) | (false, true) => {
                let group = if free[p.a] { p.b } else { p.a };
                let drop = worst[group].expect("a full group's threshold is a partner");
                let other = if group == p.a { p.b } else { p.a };
                top.offer(Change::Replace {
                    group,
                    drop,
                    add: Pair {
                        a: group,
                        b: other,
                        score: p.score,
                    },
                });
            }
            (false, false) => {}
        }
    }
    let droppable: Vec<Pair> = plan.iter().filter(|(_, k)| !k).map(|&(p, _)| p).collect();
    exchanges(
        ds,
        scoring,
        kernel.as_ref(),
        &droppable,
        &best_score,
        &|a, b| allowed(a, b) && judge(ds, scoring, kernel.as_ref(), a, b).1 >= least,
        &mut top,
    );

    let missed = missed(ds, &used, &blocking, &best);
    let blocking_count = blocking.len();
    blocking.truncate(BLOCKING_LISTED);
    Review {
        lines,
        breaches,
        used,
        figures,
        best,
        best_figures,
        blocking_count,
        blocking,
        missed,
        changes: top.changes,
    }
}

/// The figures of `pairs` (each pair once) over `ds`.
pub(crate) fn figures_of(ds: &Dataset, pairs: &[Pair]) -> Figures {
    let mut twinned = vec![false; ds.groups.len()];
    for p in pairs {
        twinned[p.a] = true;
        twinned[p.b] = true;
    }
    Figures {
        pairs: pairs.len(),
        total: pairs.iter().map(|p| u64::from(p.score)).sum(),
        groups_seeking: ds.groups.iter().filter(|g| g.capacity > 0).count(),
        groups_twinned: twinned.iter().filter(|&&t| t).count(),
        lowest: pairs.iter().map(|p| p.score).min(),
    }
}

/// The eligible pair (a, b) under the rules, and its score: the kernel's answer when there
/// is a kernel, else the reference functions'.
#[inline(always)]
fn judge(
    ds: &Dataset,
    scoring: &Scoring,
    kernel: Option<&Kernel>,
    a: usize,
    b: usize,
) -> (bool, Hundredths) {
    match kernel {
        Some(k) => k.pair_parts(a, b),
        None => {
            let g = &ds.groups;
            (
                a != b && crate::score::eligible(&g[a], a, &g[b], b, &scoring.rules),
                crate::score::score(&g[a], &g[b], scoring),
            )
        }
    }
}

/// One pass over every pair of groups, in parallel by rows: each group's best eligible
/// score (0 when it has none), and every blocking pair — eligible, `allowed`, scoring at
/// least `least` and above both groups' thresholds (`None`: nothing it would trade) — with
/// `a < b`.
fn pass(
    ds: &Dataset,
    scoring: &Scoring,
    kernel: Option<&Kernel>,
    threshold: &[Option<Hundredths>],
    least: Hundredths,
    allowed: &(dyn Fn(usize, usize) -> bool + Sync),
) -> (Vec<Hundredths>, Vec<Pair>) {
    use rayon::prelude::*;
    let n = ds.groups.len();
    let rows: Vec<(Hundredths, Vec<Pair>)> = (0..n)
        .into_par_iter()
        .map(|a| {
            with_popcnt(
                #[inline(always)]
                || {
                    let mut best = 0;
                    let mut found = Vec::new();
                    for b in 0..n {
                        let (eligible, s) = judge(ds, scoring, kernel, a, b);
                        if !eligible {
                            continue;
                        }
                        best = best.max(s);
                        if b > a
                            && s >= least
                            && threshold[a].is_some_and(|t| s > t)
                            && threshold[b].is_some_and(|t| s > t)
                            && allowed(a, b)
                        {
                            found.push(Pair { a, b, score: s });
                        }
                    }
                    (best, found)
                },
            )
        })
        .collect();
    let best = rows.iter().map(|r| r.0).collect();
    let blocking = rows.into_iter().flat_map(|r| r.1).collect();
    (best, blocking)
}

/// The best [`CHANGES_LISTED`] changes offered, in [`Change::key`] order.
#[derive(Default)]
struct Top {
    changes: Vec<Change>,
}

impl Top {
    /// The gain a change needs to be listed: any positive gain until the list is full,
    /// then at least the last one's (an equal gain may still rank before it).
    fn bar(&self) -> i64 {
        if self.changes.len() < CHANGES_LISTED {
            1
        } else {
            self.changes.last().map_or(1, Change::gain)
        }
    }

    fn offer(&mut self, change: Change) {
        if change.gain() < self.bar() {
            return;
        }
        let key = change.key();
        let at = self.changes.partition_point(|c| c.key() < key);
        if self.changes.get(at).is_some_and(|c| c.key() == key) {
            return;
        }
        self.changes.insert(at, change);
        self.changes.truncate(CHANGES_LISTED);
    }
}

/// Offers every exchange of partners between two droppable plan pairs that gains: (a, c)
/// and (b, d) become (a, b) and (c, d), or (a, d) and (c, b), both new pairs eligible,
/// allowed and of four different groups. Plan pairs are tried by their slack (the most
/// their groups could score, `best_score`, less what the pair scores), so the search stops
/// once no two remaining pairs can reach the changes found.
fn exchanges(
    ds: &Dataset,
    scoring: &Scoring,
    kernel: Option<&Kernel>,
    droppable: &[Pair],
    best_score: &[Hundredths],
    allowed: &dyn Fn(usize, usize) -> bool,
    top: &mut Top,
) {
    // Twice the most an exchange with the pair can gain from it: each new pair scores at
    // most the mean of its two groups' best scores.
    let slack =
        |p: &Pair| i64::from(best_score[p.a]) + i64::from(best_score[p.b]) - 2 * i64::from(p.score);
    let mut order: Vec<(i64, Pair)> = droppable.iter().map(|p| (slack(p), *p)).collect();
    order.sort_by(|x, y| y.0.cmp(&x.0).then(best_first(&x.1, &y.1)));
    // The rules and scores first (the kernel: a few instructions), the look-ups of
    // `allowed` only for an exchange that would be listed.
    let new = |x: usize, y: usize| -> Option<Pair> {
        let (eligible, score) = judge(ds, scoring, kernel, x, y);
        eligible.then_some(Pair { a: x, b: y, score })
    };
    for i in 0..order.len() {
        let (si, p) = order[i];
        if order
            .get(i + 1)
            .is_none_or(|&(sj, _)| si + sj < 2 * top.bar())
        {
            break;
        }
        for &(sj, q) in &order[i + 1..] {
            if si + sj < 2 * top.bar() {
                break;
            }
            let (a, c, b, d) = (p.a, p.b, q.a, q.b);
            if a == b || a == d || c == b || c == d {
                continue;
            }
            for (x, y) in [((a, b), (c, d)), ((a, d), (c, b))] {
                if let (Some(n1), Some(n2)) = (new(x.0, x.1), new(y.0, y.1)) {
                    let gain = i64::from(n1.score) + i64::from(n2.score)
                        - i64::from(p.score)
                        - i64::from(q.score);
                    if gain < top.bar() || !allowed(x.0, x.1) || !allowed(y.0, y.1) {
                        continue;
                    }
                    let ordered = |p: Pair| Pair {
                        a: p.a.min(p.b),
                        b: p.a.max(p.b),
                        score: p.score,
                    };
                    let mut add = [ordered(n1), ordered(n2)];
                    add.sort_by(best_first);
                    let mut drop = [p, q];
                    drop.sort_by(best_first);
                    top.offer(Change::Exchange { drop, add });
                }
            }
        }
    }
}

/// The groups seeking a twin that the plan leaves without one but could have had one, in
/// dataset order: with their best blocking pair (from `blocking`, best first) and their
/// best twin in `best`.
fn missed(ds: &Dataset, used: &[u32], blocking: &[Pair], best: &[Pair]) -> Vec<Missed> {
    let n = ds.groups.len();
    let alone = |g: usize| used[g] == 0 && ds.groups[g].capacity > 0;
    let mut found: Vec<Missed> = Vec::new();
    let mut at: Vec<Option<usize>> = vec![None; n];
    let mut entry = |g: usize, found: &mut Vec<Missed>| -> usize {
        *at[g].get_or_insert_with(|| {
            found.push(Missed {
                group: g,
                blocking: None,
                in_best: None,
            });
            found.len() - 1
        })
    };
    let seen = |p: &Pair, g: usize| Pair {
        a: g,
        b: if p.a == g { p.b } else { p.a },
        score: p.score,
    };
    for p in blocking {
        for g in [p.a, p.b] {
            if alone(g) {
                let i = entry(g, &mut found);
                found[i].blocking.get_or_insert(seen(p, g));
            }
        }
    }
    let mut best = best.to_vec();
    best.sort_by(best_first);
    for p in &best {
        for g in [p.a, p.b] {
            if alone(g) {
                let i = entry(g, &mut found);
                found[i].in_best.get_or_insert(seen(p, g));
            }
        }
    }
    found.sort_by_key(|m| m.group);
    found
}

#[cfg(test)]
mod tests;
