//! [`Fixed`]: what a plan holds before it is solved (the kept pairs), as the solvers see it.

/// What a plan holds before it is solved: the pairs the coordinator kept (`--keep`). The
/// solver is given the capacities those pairs leave; this says which groups they already
/// twin and the lowest weight among them, for objectives that count twinned groups or the
/// lowest pair. Empty (the default) when nothing is kept.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(crate) struct Fixed {
    /// Per group: already twinned by a kept pair (missing entries: not twinned).
    pub twinned: Vec<bool>,
    /// The lowest weight among the kept pairs; none when nothing is kept.
    pub lowest: Option<i64>,
}
