//! Tests of the plan audit: hand-made plans breaking each rule, and on random small
//! datasets, plans and locks, the blocking pairs, the groups missed and the best single
//! change against brute force over every pair and every change.

use std::collections::{BTreeSet, HashSet};

use super::*;
use crate::model::profile::Group;
use crate::plan::matching::{Method, PlanOptions};
use crate::settings::Config;
use crate::testkit::{Rng, dataset};

fn listed(rows: &[(&str, &str)]) -> Vec<Listed> {
    rows.iter()
        .enumerate()
        .map(|(i, (a, b))| Listed {
            id_a: a.to_string(),
            id_b: b.to_string(),
            line: i as u64 + 2,
        })
        .collect()
}

fn locked(ds: &Dataset, a: &str, b: &str, line: u64) -> Locked {
    Locked {
        a: ds.index_of(a).unwrap(),
        b: ds.index_of(b).unwrap(),
        origin: Origin {
            file: "locks.csv".into(),
            line,
        },
    }
}

fn optimal(ds: &Dataset, s: &Scoring) -> Vec<Pair> {
    let opts = PlanOptions {
        method: Method::Optimal,
        max_cardinality: false,
    };
    crate::plan::choose(ds, s, &opts).unwrap()
}

/// Four groups in four countries speaking one language: A, B share two themes, C, D one.
fn four() -> Dataset {
    dataset(&[
        ("A", 0, &[0], 0b0011, 1),
        ("B", 1, &[0], 0b0011, 1),
        ("C", 2, &[0], 0b0100, 1),
        ("D", 3, &[0], 0b0100, 1),
    ])
}

#[test]
fn the_optimal_plan_reviews_clean_with_nothing_lost_or_blocking() {
    let ds = four();
    let s = Config::default_config().scoring;
    let best = optimal(&ds, &s);
    assert_eq!(best.len(), 2);
    let rows: Vec<(String, String)> = best
        .iter()
        .map(|p| (ds.groups[p.a].id.clone(), ds.groups[p.b].id.clone()))
        .collect();
    let rows: Vec<(&str, &str)> = rows.iter().map(|(a, b)| (a.as_str(), b.as_str())).collect();
    let r = review(&ds, &s, &listed(&rows), &Locks::default(), best);
    assert!(r.is_clean(), "{:?}", r.breaches);
    assert_eq!(r.lost(), 0);
    assert_eq!(
        (r.blocking_count, r.missed.len(), r.changes.len()),
        (0, 0, 0)
    );
    assert_eq!(r.used, [1, 1, 1, 1]);
}

#[test]
fn a_swapped_partner_shows_the_loss_and_the_exchange_that_recovers_it() {
    let ds = four();
    let s = Config::default_config().scoring;
    let best = optimal(&ds, &s);
    let r = review(
        &ds,
        &s,
        &listed(&[("A", "C"), ("B", "D")]),
        &Locks::default(),
        best,
    );
    assert!(r.is_clean(), "{:?}", r.breaches);
    assert!(r.lost() > 0);
    let change = &r.changes[0];
    assert!(matches!(change, Change::Exchange { .. }), "{change:?}");
    assert_eq!(change.gain(), r.lost());
    // A and B would both rather pair up, and so would C and D: two blocking pairs.
    let blocking: Vec<(usize, usize)> = r.blocking.iter().map(|p| (p.a, p.b)).collect();
    assert_eq!(blocking, [(0, 1), (2, 3)]);
    assert_eq!(r.blocking_count, 2);
}

#[test]
fn every_breach_is_found_at_its_line() {
    let mut ds = dataset(&[
        ("A", 0, &[0], 0b011, 1),
        ("B", 1, &[0], 0b011, 1),
        ("C", 0, &[0], 0b011, 2),
        ("D", 2, &[1], 0b011, 1),
        ("E", 3, &[0], 0b001, 1),
        ("F", 4, &[0], 0b001, 1),
    ]);
    let s = Config::default_config().scoring;
    let locks = Locks {
        keep: vec![locked(&ds, "E", "F", 2)],
        forbid: vec![locked(&ds, "B", "C", 3)],
        history: vec![locked(&ds, "B", "E", 4)],
        min_score: 0,
    };
    // As plans are made: history pairs are twins, forbidden pairs vetoes. They are told as
    // historical and forbidden, not as breaking the rules as well.
    ds.add_twins(1, 4);
    ds.forbid(1, 2);
    let plan = listed(&[
        ("A", "B"), // 2: fine
        ("A", "X"), // 3: unknown id
        ("C", "C"), // 4: same group
        ("B", "A"), // 5: repeats line 2
        ("A", "C"), // 6: same country; A over capacity
        ("C", "D"), // 7: no common language
        ("B", "C"), // 8: forbidden; B over capacity
        ("B", "E"), // 9: historical
    ]);
    let r = review(&ds, &s, &plan, &locks, Vec::new());
    let found: Vec<(Option<u64>, &str)> = r
        .breaches
        .iter()
        .map(|b| {
            let kind = match b {
                Breach::UnknownId { .. } => "unknown",
                Breach::SameGroup { .. } => "same group",
                Breach::Repeated { first: 2, .. } => "repeat",
                Breach::BreaksRules { rules, .. } if rules == &[Exclusion::SameCountry] => {
                    "same country"
                }
                Breach::BreaksRules { rules, .. } if rules == &[Exclusion::NoCommonLanguage] => {
                    "no language"
                }
                Breach::Forbidden { .. } => "forbidden",
                Breach::Historical { .. } => "history",
                Breach::OverCapacity { .. } => "over",
                Breach::KeptMissing { .. } => "kept missing",
                other => panic!("{other:?}"),
            };
            (b.line(), kind)
        })
        .collect();
    assert_eq!(
        found,
        [
            (Some(3), "unknown"),
            (Some(4), "same group"),
            (Some(5), "repeat"),
            (Some(6), "same country"),
            (Some(6), "over"),
            (Some(7), "no language"),
            (Some(8), "forbidden"),
            (Some(8), "over"),
            (Some(8), "over"),
            (Some(9), "history"),
            (None, "kept missing"),
        ]
    );
    let over: Vec<(usize, u32, u32, &[u64])> = r
        .breaches
        .iter()
        .filter_map(|b| match b {
            Breach::OverCapacity {
                group,
                used,
                capacity,
                lines,
                ..
            } => Some((*group, *used, *capacity, lines.as_slice())),
            _ => None,
        })
        .collect();
    let expected: [(usize, u32, u32, &[u64]); 3] = [
        (0, 2, 1, &[2, 6]),
        (1, 3, 1, &[2, 8, 9]),
        (2, 3, 2, &[6, 7, 8]),
    ];
    assert_eq!(over, expected);
    // The plan's figures count each known pair once, rule-breaking ones included.
    assert_eq!(r.figures.pairs, 5);
    assert_eq!(r.used, [2, 3, 3, 1, 1, 0]);
}

/// A random small dataset: few countries and languages so every rule fires, capacities
/// 0–3, some existing twins, themes so that scores tie often.
fn random_dataset(rng: &mut Rng) -> Dataset {
    let n = rng.range(2, 11) as usize;
    let mut ds = dataset(&[]);
    for i in 0..n {
        let mut languages: Vec<usize> = (0..3).filter(|_| rng.below(2) == 0).collect();
        if languages.is_empty() {
            languages.push(rng.below(3));
        }
        ds.groups.push(Group {
            id: format!("G{i:02}"),
            name: format!("g{i}"),
            country: rng.below(3),
            languages,
            themes: rng.range(1, 16) as u128,
            city: None,
            capacity: rng.below(4) as u32,
            twins: Vec::new(),
            forbidden: Vec::new(),
            source: ds_source(),
        });
    }
    for _ in 0..rng.below(3) {
        let (a, b) = (rng.below(n), rng.below(n));
        if a != b {
            for (x, y) in [(a, b), (b, a)] {
                if !ds.groups[x].twins.contains(&y) {
                    ds.groups[x].twins.push(y);
                    ds.groups[x].twins.sort_unstable();
                }
            }
        }
    }
    ds
}

fn ds_source() -> crate::model::profile::Source {
    crate::model::profile::Source {
        file: "t".into(),
        line: 1,
    }
}

/// A random plan of `ds` (some unknown ids, repeats and self-pairs) and random locks.
fn random_plan(rng: &mut Rng, ds: &Dataset) -> (Vec<Listed>, Locks) {
    let n = ds.groups.len();
    let id = |rng: &mut Rng| {
        if rng.below(20) == 0 {
            "NOPE".to_string()
        } else {
            ds.groups[rng.below(n)].id.clone()
        }
    };
    let plan: Vec<Listed> = (0..rng.below(2 * n))
        .map(|i| Listed {
            id_a: id(rng),
            id_b: id(rng),
            line: i as u64 + 2,
        })
        .collect();
    let lock = |rng: &mut Rng, k: usize| -> Vec<Locked> {
        (0..rng.below(k))
            .map(|i| Locked {
                a: rng.below(n),
                b: rng.below(n),
                origin: Origin {
                    file: "l".into(),
                    line: i as u64 + 2,
                },
            })
            .filter(|l| l.a != l.b)
            .collect()
    };
    let locks = Locks {
        keep: lock(rng, 3),
        forbid: lock(rng, 4),
        history: lock(rng, 3),
        min_score: [0, 0, 3000][rng.below(3)],
    };
    (plan, locks)
}

/// What the brute force knows of a plan: its pairs (first listing, known, different
/// groups), which are kept, and each group's pairs.
struct Naive<'a> {
    ds: &'a Dataset,
    s: &'a Scoring,
    pairs: Vec<(Pair, bool)>,
    locked: HashSet<(usize, usize)>,
    least: Hundredths,
}

impl<'a> Naive<'a> {
    fn new(ds: &'a Dataset, s: &'a Scoring, plan: &[Listed], locks: &Locks) -> Self {
        let mut seen = HashSet::new();
        let kept: HashSet<(usize, usize)> = locks.keep.iter().map(|l| key(l.a, l.b)).collect();
        let mut pairs = Vec::new();
        for l in plan {
            if let (Some(a), Some(b)) = (ds.index_of(&l.id_a), ds.index_of(&l.id_b))
                && a != b
                && seen.insert(key(a, b))
            {
                let score = crate::score::score(&ds.groups[a], &ds.groups[b], s);
                let (a, b) = key(a, b);
                pairs.push((Pair { a, b, score }, kept.contains(&(a, b))));
            }
        }
        let locked = locks
            .forbid
            .iter()
            .chain(&locks.history)
            .map(|l| key(l.a, l.b))
            .collect();
        Naive {
            ds,
            s,
            pairs,
            locked,
            least: locks.min_score.max(1),
        }
    }

    fn used(&self, g: usize) -> usize {
        self.pairs
            .iter()
            .filter(|(p, _)| p.a == g || p.b == g)
            .count()
    }

    fn free(&self, g: usize) -> bool {
        self.used(g) < self.ds.groups[g].capacity as usize
    }

    fn in_plan(&self, a: usize, b: usize) -> bool {
        self.pairs.iter().any(|(p, _)| (p.a, p.b) == key(a, b))
    }

    /// A new pair the plan could take: eligible, not locked out, not in the plan, scoring
    /// at least the minimum.
    fn candidate(&self, a: usize, b: usize) -> Option<Pair> {
        let g = &self.ds.groups;
        (a != b
            && crate::score::eligible(&g[a], a, &g[b], b, &self.s.rules)
            && !self.locked.contains(&key(a, b))
            && !self.in_plan(a, b))
        .then(|| Pair {
            a: a.min(b),
            b: a.max(b),
            score: crate::score::score(&g[a], &g[b], self.s),
        })
        .filter(|p| p.score >= self.least)
    }

    /// Whether `g` would rather have a partner scoring `score`: it has a free place or a
    /// partner it may drop scoring less.
    fn would_take(&self, g: usize, score: Hundredths) -> bool {
        self.free(g)
            || self
                .pairs
                .iter()
                .any(|(p, kept)| !kept && (p.a == g || p.b == g) && p.score < score)
    }

    fn blocking(&self) -> BTreeSet<(usize, usize)> {
        let n = self.ds.groups.len();
        let mut out = BTreeSet::new();
        for a in 0..n {
            for b in a + 1..n {
                if let Some(p) = self.candidate(a, b)
                    && self.would_take(a, p.score)
                    && self.would_take(b, p.score)
                {
                    out.insert((a, b));
                }
            }
        }
        out
    }

    /// The largest gain of any single change: add a pair of free groups, have one group
    /// drop any partner it may drop for a free group, or have two plan pairs exchange
    /// partners.
    fn best_gain(&self) -> i64 {
        let n = self.ds.groups.len();
        let mut best = 0;
        for a in 0..n {
            for b in 0..n {
                let Some(new) = self.candidate(a, b) else {
                    continue;
                };
                if self.free(a) && self.free(b) {
                    best = best.max(i64::from(new.score));
                }
                if self.free(b) {
                    for (p, kept) in &self.pairs {
                        if !kept && (p.a == a || p.b == a) && p.a != b && p.b != b {
                            best = best.max(i64::from(new.score) - i64::from(p.score));
                        }
                    }
                }
            }
        }
        let drop: Vec<Pair> = self
            .pairs
            .iter()
            .filter(|(_, k)| !k)
            .map(|&(p, _)| p)
            .collect();
        for (i, p) in drop.iter().enumerate() {
            for q in &drop[i + 1..] {
                for (x, y) in [((p.a, q.a), (p.b, q.b)), ((p.a, q.b), (p.b, q.a))] {
                    let four: BTreeSet<usize> = [p.a, p.b, q.a, q.b].into();
                    if four.len() < 4 {
                        continue;
                    }
                    if let (Some(n1), Some(n2)) =
                        (self.candidate(x.0, x.1), self.candidate(y.0, y.1))
                    {
                        let gain = i64::from(n1.score) + i64::from(n2.score)
                            - i64::from(p.score)
                            - i64::from(q.score);
                        best = best.max(gain);
                    }
                }
            }
        }
        best
    }

    /// Whether `change` can be made to the plan and gains what it says.
    fn check(&self, change: &Change) {
        let score =
            |p: &Pair| crate::score::score(&self.ds.groups[p.a], &self.ds.groups[p.b], self.s);
        let droppable = |p: &Pair| {
            self.pairs
                .iter()
                .any(|(q, kept)| !kept && (q.a, q.b) == key(p.a, p.b) && q.score == p.score)
        };
        let new = |p: &Pair| {
            let c = self
                .candidate(p.a, p.b)
                .expect("a new pair the plan could take");
            assert_eq!(c.score, p.score);
        };
        match change {
            Change::Add { pair } => {
                new(pair);
                assert!(self.free(pair.a) && self.free(pair.b), "{change:?}");
            }
            Change::Replace { group, drop, add } => {
                assert!(
                    droppable(drop) && drop.a == *group && add.a == *group,
                    "{change:?}"
                );
                new(add);
                assert!(self.free(add.b) && add.b != drop.b, "{change:?}");
            }
            Change::Exchange { drop, add } => {
                for p in drop {
                    assert!(droppable(p), "{change:?}");
                }
                for p in add {
                    new(p);
                    assert_eq!(score(p), p.score);
                }
                let before: BTreeSet<usize> = drop.iter().flat_map(|p| [p.a, p.b]).collect();
                let after: BTreeSet<usize> = add.iter().flat_map(|p| [p.a, p.b]).collect();
                assert!(before.len() == 4 && before == after, "{change:?}");
            }
        }
        assert!(change.gain() > 0, "{change:?}");
    }
}

#[test]
fn blocking_pairs_missed_groups_and_the_best_change_match_brute_force() {
    let mut rng = Rng::new(11);
    let config = Config::default_config();
    let mut scoring = config.scoring.clone();
    let (mut changes_seen, mut blocking_seen, mut exchanges_seen) = (0, 0, 0);
    for round in 0..3000 {
        let ds = random_dataset(&mut rng);
        scoring.rules.common_language = rng.below(4) != 0;
        scoring.rules.different_country = rng.below(4) != 0;
        let (plan, locks) = random_plan(&mut rng, &ds);
        // As `twin review` gives it: history pairs as twins, forbidden pairs as vetoes
        // (and, half the time, the bare profiles: the audit reads the locks either way).
        let mut ds = ds;
        if rng.below(2) == 0 {
            for l in &locks.history {
                ds.add_twins(l.a, l.b);
            }
            for l in &locks.forbid {
                ds.forbid(l.a, l.b);
            }
        }
        let best = optimal(&ds, &scoring);
        let r = review(&ds, &scoring, &plan, &locks, best.clone());
        let naive = Naive::new(&ds, &scoring, &plan, &locks);
        let ctx = || format!("round {round}: {ds:?} {plan:?} {locks:?}");

        let blocking: BTreeSet<(usize, usize)> = r.blocking.iter().map(|p| (p.a, p.b)).collect();
        assert_eq!(blocking, naive.blocking(), "{}", ctx());
        assert_eq!(r.blocking_count, blocking.len());
        assert!(
            r.blocking
                .windows(2)
                .all(|w| best_first(&w[0], &w[1]).is_lt())
        );
        blocking_seen += blocking.len();

        assert_eq!(
            r.changes.first().map_or(0, Change::gain),
            naive.best_gain(),
            "{}",
            ctx()
        );
        for c in &r.changes {
            naive.check(c);
            exchanges_seen += usize::from(matches!(c, Change::Exchange { .. }));
        }
        assert!(r.changes.windows(2).all(|w| w[0].key() < w[1].key()));
        changes_seen += r.changes.len();

        let n = ds.groups.len();
        for g in 0..n {
            assert_eq!(r.used[g] as usize, naive.used(g));
        }
        let in_best = |g: usize| best.iter().any(|p| p.a == g || p.b == g);
        let expected: Vec<usize> = (0..n)
            .filter(|&g| ds.groups[g].capacity > 0 && naive.used(g) == 0)
            .filter(|&g| in_best(g) || blocking.iter().any(|&(a, b)| a == g || b == g))
            .collect();
        let missed: Vec<usize> = r.missed.iter().map(|m| m.group).collect();
        assert_eq!(missed, expected, "{}", ctx());

        let total: u64 = naive.pairs.iter().map(|(p, _)| u64::from(p.score)).sum();
        assert_eq!(r.figures.total, total);
    }
    // The properties were tested on plans with something to find.
    assert!(
        changes_seen > 1000 && blocking_seen > 1000 && exchanges_seen > 50,
        "{changes_seen} {blocking_seen} {exchanges_seen}"
    );
}
