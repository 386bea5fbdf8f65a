//! Progress bars on stderr for long steps (loading, scoring, solving, verifying): shown
//! only when stderr is a terminal (never in a pipe, a file or a CI log) and once the step
//! has run for a second, so quick runs stay clean; cleared when the step ends, so the
//! lines that follow start on a clean line. Nothing here touches stdout or files.
//!
//! A [`Bar`] is one step; a [`Watch`] is one bar over a whole plan computation, worded
//! from the [`Step`]s the plan tells it ([`crate::plan::progress`]). The words are Fluent
//! messages (`locales/*/progress.ftl`), in the run's language. `TWIN_PROGRESS_DELAY_MS`
//! sets the delay in milliseconds instead of a second (tests use 0).

use std::io::IsTerminal;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{self, RecvTimeoutError, Sender};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::Duration;

use fluent_bundle::FluentValue;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::i18n::tr;
use crate::plan::progress::{Observer, Step};

/// How long a step runs before its bar appears, unless `TWIN_PROGRESS_DELAY_MS` says.
const DELAY: Duration = Duration::from_secs(1);

/// How often a shown bar redraws (its spinner turns while the work gives no news).
const TICK: Duration = Duration::from_millis(120);

/// The delay before a bar appears: `TWIN_PROGRESS_DELAY_MS` when it is a number of
/// milliseconds, else [`DELAY`].
fn delay() -> Duration {
    std::env::var("TWIN_PROGRESS_DELAY_MS")
        .ok()
        .and_then(|v| v.trim().parse::<u64>().ok())
        .map_or(DELAY, Duration::from_millis)
}

/// Whether bars may be drawn at all: stderr is a terminal and this is not a CI run (some
/// CI services give jobs a terminal, and their logs keep every frame).
fn enabled() -> bool {
    let ci = std::env::var("CI").is_ok_and(|v| !matches!(v.trim(), "" | "0" | "false"));
    !ci && std::io::stderr().is_terminal()
}

/// One step's bar: a spinner with its words, or a bar once the total is known ([`set`]).
/// Hidden until the step has run for the delay; cleared when dropped.
///
/// [`set`]: Bar::set
pub(crate) struct Bar {
    shown: Option<Shown>,
}

/// A bar that may be drawn, and the timer that draws it after the delay.
struct Shown {
    bar: ProgressBar,
    /// Set once the bar is drawn: new words are then drawn at once.
    visible: Arc<AtomicBool>,
    /// Dropped when the step ends: the timer then stops waiting.
    stop: Option<Sender<()>>,
    timer: Option<JoinHandle<()>>,
}

impl Bar {
    /// A bar for a step worded `message` (a spinner until [`Bar::set`] gives a total).
    pub(crate) fn new(message: String) -> Self {
        if !enabled() {
            return Self { shown: None };
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::hidden());
        bar.set_style(spinner_style());
        bar.set_message(message);
        let visible = Arc::new(AtomicBool::new(false));
        let delay = delay();
        if delay.is_zero() {
            // At once, from this thread: every step's words are drawn (what tests rely on).
            show(&bar, &visible);
            return Self {
                shown: Some(Shown {
                    bar,
                    visible,
                    stop: None,
                    timer: None,
                }),
            };
        }
        let (stop, wait) = mpsc::channel::<()>();
        let (drawn, shown) = (bar.clone(), Arc::clone(&visible));
        let timer = std::thread::spawn(move || {
            // Only a step still running after the delay is drawn.
            if wait.recv_timeout(delay) == Err(RecvTimeoutError::Timeout) {
                show(&drawn, &shown);
            }
        });
        Self {
            shown: Some(Shown {
                bar,
                visible,
                stop: Some(stop),
                timer: Some(timer),
            }),
        }
    }

    /// New words for the step, drawn at once when the bar is shown.
    pub(crate) fn set_message(&self, message: String) {
        if let Some(s) = &self.shown {
            s.bar.set_message(message);
            if s.visible.load(Ordering::Acquire) {
                s.bar.force_draw();
            }
        }
    }

    /// `done` of `total`: the bar fills (cheap; callable from any thread).
    pub(crate) fn set(&self, done: u64, total: u64) {
        let Some(s) = &self.shown else { return };
        if s.bar.length() != Some(total) {
            s.bar.set_length(total);
            s.bar.set_style(bar_style());
        }
        s.bar.set_position(done);
    }
}

impl Drop for Bar {
    fn drop(&mut self) {
        if let Some(mut s) = self.shown.take() {
            // Stop the timer first, so a bar is never drawn after its step ended.
            drop(s.stop.take());
            if let Some(timer) = s.timer.take() {
                let _ = timer.join();
            }
            s.bar.finish_and_clear();
        }
    }
}

/// Draws `bar` on stderr from now on, and keeps it turning.
fn show(bar: &ProgressBar, visible: &AtomicBool) {
    bar.set_draw_target(ProgressDrawTarget::stderr());
    bar.force_draw();
    visible.store(true, Ordering::Release);
    bar.enable_steady_tick(TICK);
}

/// A bar with its total: words, the bar, the share done and the time left.
fn bar_style() -> ProgressStyle {
    ProgressStyle::with_template("{msg} {wide_bar} {percent:>3}% ~{eta}")
        .unwrap_or_else(|_| ProgressStyle::default_bar())
}

/// A spinner: the words and the time the step has taken.
fn spinner_style() -> ProgressStyle {
    ProgressStyle::with_template("{spinner} {wide_msg} {elapsed}")
        .unwrap_or_else(|_| ProgressStyle::default_spinner())
}

/// The bar while `files` are read and checked.
pub(crate) fn loading(files: &[String]) -> Bar {
    Bar::new(tr(
        "progress-loading",
        &[("count", (files.len() as u64).into())],
    ))
}

/// The bar while `match` scores every pair.
pub(crate) fn scoring() -> Bar {
    Bar::new(tr("progress-scoring", &[]))
}

/// The bar while the groups left without a twin are explained.
pub(crate) fn left_out() -> Bar {
    Bar::new(tr("progress-left-out", &[]))
}

/// The bar while `review` weighs a plan against the best one.
pub(crate) fn reviewing() -> Bar {
    Bar::new(tr("progress-reviewing", &[]))
}

/// One bar over a plan's computation, worded from the plan's [`Step`]s; cleared when
/// dropped.
pub(crate) struct Watch {
    bar: Bar,
    /// Fair's current probe, which the rounds of its solve are part of.
    probe: Mutex<Option<(usize, Option<i64>)>>,
}

impl Watch {
    /// A bar for a plan; until the plan says more, it is building the eligible pairs.
    pub(crate) fn new() -> Self {
        Self {
            bar: Bar::new(words(Step::Pairs, None)),
            probe: Mutex::new(None),
        }
    }
}

impl Observer for Watch {
    fn step(&self, step: Step) {
        let mut probe = self.probe.lock().unwrap_or_else(|e| e.into_inner());
        match step {
            Step::Probe { probe: p, from } => *probe = Some((p, from)),
            Step::Round { .. } => {}
            _ => *probe = None,
        }
        self.bar.set_message(words(step, *probe));
    }
}

/// The words of `step` (inside fair's `probe`, when there is one).
fn words(step: Step, probe: Option<(usize, Option<i64>)>) -> String {
    let n = |v: usize| FluentValue::from(v as u64);
    let text = match step {
        Step::Pairs => tr("progress-pairs", &[]),
        Step::Round { round, candidates } => tr(
            "progress-round",
            &[("round", n(round)), ("pairs", n(candidates))],
        ),
        Step::Probe { .. } => String::new(),
        Step::Greedy { pairs } => tr("progress-stable", &[("pairs", n(pairs))]),
        Step::Verify => tr("progress-verify", &[]),
    };
    let Some((p, from)) = probe else {
        return text;
    };
    let probe = match from {
        None => tr("progress-probe-all", &[("probe", n(p))]),
        Some(from) => tr(
            "progress-probe",
            &[
                ("probe", n(p)),
                ("score", super::names::score(from.max(0) as u64).into()),
            ],
        ),
    };
    if text.is_empty() {
        probe
    } else {
        tr(
            "progress-probe-round",
            &[("probe", probe.into()), ("round", text.into())],
        )
    }
}
