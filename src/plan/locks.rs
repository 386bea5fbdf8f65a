//! [`Locks`]: what a plan must hold and may use beyond the rules — the pairs kept in
//! advance (`--keep`) and the lowest score a chosen pair may have (`--min-score`) — and
//! what they leave the methods: each group's places, and the solver's [`Fixed`].

use crate::candidates::order::Pair;
use crate::model::dataset::Dataset;
use crate::plan::matching::Fixed;
use crate::score::Hundredths;

/// What a plan must hold and may use beyond the rules: the pairs kept in advance
/// (`--keep`) and the lowest score a chosen pair may have (`--min-score`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Locks {
    /// Pairs always in the plan (`a < b`, each once, eligible, within capacities; a kept
    /// pair may score below `min_score`).
    pub kept: Vec<Pair>,
    /// Pairs scoring less are never chosen (hundredths, at least 1: a plan pair scores
    /// above 0).
    pub min_score: Hundredths,
}

impl Default for Locks {
    fn default() -> Self {
        Self {
            kept: Vec::new(),
            min_score: 1,
        }
    }
}

impl Locks {
    /// The places each group has left once the kept pairs are in (capacity − kept pairs
    /// on it, never below 0).
    pub(crate) fn room(&self, ds: &Dataset) -> Vec<u32> {
        let mut room: Vec<u32> = ds.groups.iter().map(|g| g.capacity).collect();
        for p in &self.kept {
            room[p.a] = room[p.a].saturating_sub(1);
            room[p.b] = room[p.b].saturating_sub(1);
        }
        room
    }

    /// What the solver is told of the kept pairs (for objectives that count twinned groups
    /// or the lowest pair).
    pub(crate) fn fixed(&self, n: usize) -> Fixed {
        if self.kept.is_empty() {
            return Fixed::default();
        }
        let mut twinned = vec![false; n];
        for p in &self.kept {
            twinned[p.a] = true;
            twinned[p.b] = true;
        }
        Fixed {
            twinned,
            lowest: self.kept.iter().map(|p| i64::from(p.score)).min(),
        }
    }
}
