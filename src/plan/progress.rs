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

    #[test]
    fn a_watched_plan_tells_its_steps_and_is_the_plan_computed_unwatched() {
        use crate::plan::matching::{Method, PlanOptions};
        use crate::plan::{Locks, choose_certified, choose_locked, choose_watched};
        // Two places each, ties and a cycle: the exact solver needs rounds; fair tries
        // thresholds.
        let ds = crate::testkit::dataset(&[
            ("A", 0, &[0], 0b0111, 2),
            ("B", 1, &[0], 0b0011, 2),
            ("C", 2, &[0], 0b0101, 2),
            ("D", 3, &[0], 0b0110, 1),
            ("E", 4, &[0, 1], 0b1001, 1),
            ("F", 5, &[1], 0b1000, 1),
        ]);
        let scoring = crate::settings::Config::default_config().scoring;
        let locks = Locks::default();
        for method in [
            Method::Optimal,
            Method::Coverage,
            Method::Fair,
            Method::Stable,
        ] {
            let opts = PlanOptions {
                method,
                max_cardinality: false,
            };
            let quiet = choose_locked(&ds, &scoring, &opts, &locks).unwrap();
            let seen = Recorder::default();
            let watched = choose_watched(&ds, &scoring, &opts, &locks, &seen).unwrap();
            assert_eq!(watched, quiet, "{method:?}");
            let steps = seen.0.into_inner().unwrap();
            let rounds: Vec<usize> = steps
                .iter()
                .filter_map(|s| match s {
                    Step::Round { round, .. } => Some(*round),
                    _ => None,
                })
                .collect();
            let probes = steps
                .iter()
                .filter(|s| matches!(s, Step::Probe { .. }))
                .count();
            match method {
                Method::Stable => {
                    assert_eq!(steps.first(), Some(&Step::Greedy { pairs: 0 }));
                    assert!(rounds.is_empty(), "{steps:?}");
                }
                _ => {
                    assert_eq!(steps.first(), Some(&Step::Pairs), "{method:?}");
                    // Rounds count from 1 in each solve.
                    assert_eq!(rounds.first(), Some(&1), "{method:?}: {steps:?}");
                    assert!(rounds.windows(2).all(|w| w[1] == w[0] + 1 || w[1] == 1));
                }
            }
            assert_eq!(probes > 0, method == Method::Fair, "{method:?}: {steps:?}");
            assert!(!steps.contains(&Step::Verify), "{method:?}: {steps:?}");
            if method != Method::Stable {
                let seen = Recorder::default();
                let (certified, _) = choose_certified(&ds, &scoring, &opts, &locks, &seen).unwrap();
                assert_eq!(certified, quiet, "{method:?}");
                let steps = seen.0.into_inner().unwrap();
                assert!(steps.contains(&Step::Verify), "{method:?}: {steps:?}");
                // The check comes after the solve that it certifies.
                let verify = steps.iter().position(|s| *s == Step::Verify).unwrap();
                assert!(matches!(steps[verify - 1], Step::Round { .. }), "{steps:?}");
            }
        }
    }
}
