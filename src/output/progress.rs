//! A progress bar on stderr for long runs: shown only when stderr is a terminal and the
//! work has already taken a second, so pipes, CI logs and quick runs stay clean.

use std::io::IsTerminal;
use std::sync::OnceLock;
use std::time::{Duration, Instant};

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

/// The bar's words while `match` scores every pair.
pub(crate) const SCORING_PAIRS: &str = "scoring pairs";

/// How long work runs before the bar appears.
const DELAY: Duration = Duration::from_secs(1);

/// Reports `done` of `total` steps; cheap to call from many threads.
pub(crate) struct Progress {
    started: Instant,
    enabled: bool,
    message: &'static str,
    bar: OnceLock<ProgressBar>,
}

impl Progress {
    /// A bar for work described by `message` (e.g. "scoring pairs").
    pub(crate) fn new(message: &'static str) -> Self {
        Self {
            started: Instant::now(),
            enabled: std::io::stderr().is_terminal(),
            message,
            bar: OnceLock::new(),
        }
    }

    /// Records progress; draws once the work has run for a second.
    pub(crate) fn set(&self, done: u64, total: u64) {
        if !self.enabled || self.started.elapsed() < DELAY {
            return;
        }
        let bar = self.bar.get_or_init(|| {
            let bar = ProgressBar::with_draw_target(Some(total), ProgressDrawTarget::stderr());
            let style = ProgressStyle::with_template("{msg} {wide_bar} {percent:>3}% ~{eta}")
                .unwrap_or_else(|_| ProgressStyle::default_bar());
            bar.set_style(style);
            bar.set_message(self.message);
            bar
        });
        bar.set_position(done);
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(bar) = self.bar.get() {
            bar.finish_and_clear();
        }
    }
}
