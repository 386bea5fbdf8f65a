//! What a long plan computation says as it goes: its steps as data ([`Step`]), told to an
//! [`Observer`] the caller passes in.
//!
//! The plan stays pure: it only calls [`Observer::step`], which does nothing unless the
//! caller wants to show something ([`Quiet`] is the default). `output::progress` draws the
//! steps as a bar on a terminal; tests and library callers pass [`Quiet`]. A step is told
//! when it starts and as it advances, from the thread running the plan; a new kind of step
//! ends the one before.

/// A step of a plan's computation, with how far it has come.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Step {
    /// Scoring every pair of groups to list the eligible ones (the solver's input).
    Pairs,
    /// A round of the exact solver: solving over `candidates` candidate pairs, then
    /// checking every other eligible pair against the solution (pricing).
    Round { round: usize, candidates: usize },
    /// Fair's threshold search: its `probe`-th solve, over the pairs scoring at least
    /// `from` (hundredths; `None` for every pair).
    Probe { probe: usize, from: Option<i64> },
    /// The stable greedy: `pairs` taken so far.
    Greedy { pairs: usize },
    /// Checking the optimality certificate (`--verify`).
    Verify,
}

/// Whoever watches a plan being computed; every method does nothing by default.
pub(crate) trait Observer: Sync {
    /// `step` has started or advanced.
    fn step(&self, _step: Step) {}
}

/// The observer that shows nothing.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Quiet;

impl Observer for Quiet {}

#[cfg(test)]
pub(crate) mod tests {
    use std::sync::Mutex;

    use super::{Observer, Step};

    /// An observer that records every step (for tests).
    #[derive(Default)]
    pub(crate) struct Recorder(pub Mutex<Vec<Step>>);

    impl Observer for Recorder {
        fn step(&self, step: Step) {
            self.0.lock().unwrap().push(step);
        }
    }
}
