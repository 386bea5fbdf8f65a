//! The pair lists of a command (`--history`, `--keep`, `--forbid`), read and resolved
//! against its dataset: history pairs become existing twins, forbidden pairs vetoes (both
//! seen by every path through the one rule check), kept pairs the plan's [`Locks`].
//!
//! Everything wrong is collected before anything is computed, each problem naming file
//! and line: an id no group has (with the closest id), a kept pair that is also forbidden
//! or already twins by history, a kept pair breaking a rule, more kept pairs on a group
//! than its capacity. A pair listed twice in the keep (or forbid) lists is a note.

use crate::candidates::order::Pair;
use crate::cli::PairListArgs;
use crate::error::{Error, Problem, Result};
use crate::input::pairs::{ListRole, ListedPair, repeats};
use crate::input::read_pair_lists;
use crate::model::dataset::Dataset;
use crate::output::messages::{self, Severity};
use crate::plan::Locks;
use crate::settings::Config;

/// A listed pair resolved to its groups: `a < b` (dataset indices), and where it was listed
/// first.
#[derive(Debug, Clone)]
pub(crate) struct Resolved {
    pub a: usize,
    pub b: usize,
    pub at: ListedPair,
}

/// The pair lists of a command, resolved: each pair once, in list order.
#[derive(Debug, Clone, Default)]
pub(crate) struct Lists {
    pub history: Vec<Resolved>,
    pub kept: Vec<Resolved>,
    pub forbidden: Vec<Resolved>,
}

impl Lists {
    /// Where the pair (a, b) (any order) is listed in `role`'s lists, if it is.
    pub(crate) fn find(&self, role: ListRole, a: usize, b: usize) -> Option<&ListedPair> {
        let (a, b) = (a.min(b), a.max(b));
        let list = match role {
            ListRole::History => &self.history,
            ListRole::Keep => &self.kept,
            ListRole::Forbid => &self.forbidden,
            ListRole::Plan => return None,
        };
        list.iter().find(|r| (r.a, r.b) == (a, b)).map(|r| &r.at)
    }

    /// The plan's locks: the kept pairs with their scores, and the lowest score.
    pub(crate) fn locks(&self, ds: &Dataset, config: &Config, min_score: Option<u32>) -> Locks {
        let kept = self
            .kept
            .iter()
            .map(|r| Pair {
                a: r.a,
                b: r.b,
                score: crate::score::score(&ds.groups[r.a], &ds.groups[r.b], &config.scoring),
            })
            .collect();
        Locks {
            kept,
            min_score: min_score.unwrap_or(1).max(1),
        }
    }
}

/// Reads the pair lists `args` names and applies them to `ds`: history pairs are marked as
/// twins, forbidden pairs as vetoed. Notes (unknown ids in history, repeats) are printed;
/// any problem fails the command before anything is computed or written.
pub(crate) fn apply(ds: &mut Dataset, config: &Config, args: &PairListArgs) -> Result<Lists> {
    let mut problems = Vec::new();
    let mut notes = Vec::new();
    let mut read = |files: &[String], role: ListRole| match read_pair_lists(files, role) {
        Ok(pairs) => Ok(resolve(ds, role, pairs, &mut problems, &mut notes)),
        Err(Error::Invalid(p)) => {
            problems.extend(p);
            Ok(Vec::new())
        }
        Err(e) => Err(e),
    };
    let lists = Lists {
        history: read(&args.history, ListRole::History)?,
        kept: read(&args.keep, ListRole::Keep)?,
        forbidden: read(&args.forbid, ListRole::Forbid)?,
    };
    messages::problems(Severity::Note, &notes);
    // A kept pair also vetoed or in history is told as such (not again as breaking the
    // rule the other list makes it break).
    let mut contradicted = vec![false; lists.kept.len()];
    for (k, contradicted) in lists.kept.iter().zip(&mut contradicted) {
        for role in [ListRole::Forbid, ListRole::History] {
            if let Some(other) = lists.find(role, k.a, k.b) {
                *contradicted = true;
                problems.push(at(
                    &k.at,
                    messages::kept_and_listed(&k.at.id_a, &k.at.id_b, role, &other.at()),
                ));
            }
        }
    }
    for p in &lists.history {
        ds.add_twins(p.a, p.b);
    }
    for p in &lists.forbidden {
        ds.forbid(p.a, p.b);
    }
    check_kept(ds, config, &lists.kept, &contradicted, &mut problems);
    if !problems.is_empty() {
        problems.sort_by(|x, y| (&x.file, x.line).cmp(&(&y.file, y.line)));
        return Err(Error::Invalid(problems));
    }
    Ok(lists)
}

/// The pairs of one role resolved to groups, each once. An unknown id is a problem in
/// keep and forbid lists, a note in history (a group of an earlier plan may have left); a
/// repeat is a note in keep and forbid lists, silent in history (plans of several years
/// may share pairs).
fn resolve(
    ds: &Dataset,
    role: ListRole,
    pairs: Vec<ListedPair>,
    problems: &mut Vec<Problem>,
    notes: &mut Vec<Problem>,
) -> Vec<Resolved> {
    let again: Vec<(usize, usize)> = repeats(&pairs);
    let mut repeated = vec![false; pairs.len()];
    for &(i, first) in &again {
        repeated[i] = true;
        if role != ListRole::History {
            let p = &pairs[i];
            let first = pairs[first].at();
            notes.push(at(
                p,
                messages::listed_again(role, &p.id_a, &p.id_b, &first),
            ));
        }
    }
    let mut out = Vec::new();
    for (p, repeated) in pairs.into_iter().zip(repeated) {
        match (ds.index_of(&p.id_a), ds.index_of(&p.id_b)) {
            (Some(a), Some(b)) => {
                if !repeated {
                    out.push(Resolved {
                        a: a.min(b),
                        b: a.max(b),
                        at: p,
                    });
                }
            }
            _ if role == ListRole::History => {
                notes.push(at(&p, messages::past_pair_ignored(&p.id_a, &p.id_b)));
            }
            (a, _) => {
                let unknown = if a.is_none() { &p.id_a } else { &p.id_b };
                let closest = super::closest_id(ds, unknown);
                problems.push(at(&p, messages::listed_unknown_id(role, unknown, closest)));
            }
        }
    }
    out
}

/// Every kept pair passes the rules (with history and vetoes applied; `skip`: pairs
/// already reported) and no group is in more kept pairs than its capacity.
fn check_kept(
    ds: &Dataset,
    config: &Config,
    kept: &[Resolved],
    skip: &[bool],
    problems: &mut Vec<Problem>,
) {
    let mut on: Vec<Vec<&ListedPair>> = vec![Vec::new(); ds.groups.len()];
    for (k, &skip) in kept.iter().zip(skip) {
        // The two groups in the order the file gives them.
        let (first, second) = if ds.groups[k.a].id == k.at.id_a {
            (k.a, k.b)
        } else {
            (k.b, k.a)
        };
        let (r, scoring) = (&config.reference, &config.scoring);
        let why = crate::output::explain::broken_rules(ds, r, scoring, first, second);
        if !why.is_empty() {
            if !skip {
                problems.push(at(
                    &k.at,
                    messages::kept_breaks_rules(&k.at.id_a, &k.at.id_b, &why),
                ));
            }
            // Not counted against capacities: told once, as breaking the rules.
            continue;
        }
        on[k.a].push(&k.at);
        on[k.b].push(&k.at);
    }
    for (g, listed) in on.iter().enumerate() {
        let capacity = ds.groups[g].capacity;
        if listed.len() > capacity as usize {
            let places: Vec<String> = listed.iter().map(|p| p.at()).collect();
            // Told at the first kept pair past the capacity.
            problems.push(at(
                listed[capacity as usize],
                messages::kept_over_capacity(&ds.groups[g].id, capacity, &places),
            ));
        }
    }
}

/// A problem at `pair`'s line.
fn at(pair: &ListedPair, message: String) -> Problem {
    Problem::new(&pair.file, Some(pair.line), message)
}

/// Notes each kept pair scoring below the plan's lowest score (it stays: it is kept).
pub(crate) fn note_kept_below(ds: &Dataset, lists: &Lists, locks: &Locks, asked: Option<u32>) {
    let Some(min) = asked else { return };
    for (r, p) in lists.kept.iter().zip(&locks.kept) {
        if p.score < min {
            let (a, b) = (&ds.groups[r.a].id, &ds.groups[r.b].id);
            let text = messages::kept_below_min_score(a, b, p.score, min);
            messages::problems(Severity::Note, &[at(&r.at, text)]);
        }
    }
}
