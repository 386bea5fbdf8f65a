//! Every message twin writes on standard error, and the one place that writes them.
//!
//! [`say`] prints one `note:` / `warning:` / `error:` line ([`note`] for short);
//! [`problems`] prints a list of input problems, folding repeats ([`problem_lines`]);
//! [`report`] is the text of the error a command ends with, printed by [`final_error`];
//! [`status`] prints a line without a prefix (`ok: …`, `wrote …`, a plan's summary). Below
//! them are the phrases of the usage errors and refusals the commands return, so every
//! English sentence a command prints is found under `output/`.
//!
//! Every line goes through [`escape`] on its own: messages quote file text (ids, names,
//! values), which must never reach a terminal raw, while a message's own line breaks stay.
//! A closed standard error never aborts a run.

use std::collections::HashMap;
use std::io::Write;

use super::terminal::escape;
use crate::error::{Error, Problem, REPEATS_SHOWN, count, thousands};
use crate::input::pairs::ListRole;
use crate::plan::{BYTES_PER_PAIR, MAX_OPTIMAL_PAIRS, MAX_REDUCED_EDGES, Refusal};
use crate::score::format_score;

/// The kind of a message line, told by its prefix.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Severity {
    Note,
    Warning,
    Error,
}

impl Severity {
    /// The word that starts the line (`note`, `warning`, `error`).
    pub(crate) fn prefix(self) -> &'static str {
        match self {
            Severity::Note => "note",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

/// Prints `text` on stderr as it is, each line [escaped](escape) on its own, ignoring
/// failures (a closed stderr must not abort the run).
pub(crate) fn status(text: &str) {
    let mut err = std::io::stderr().lock();
    for line in text.split('\n') {
        let _ = writeln!(err, "{}", escape(line));
    }
}

/// Prints `text` as one message of kind `severity`: `note: {text}`, `warning: {text}`, …
pub(crate) fn say(severity: Severity, text: &str) {
    status(&format!("{}: {text}", severity.prefix()));
}

/// Prints a `note:` line.
pub(crate) fn note(text: &str) {
    say(Severity::Note, text);
}

/// Prints `problems` as messages of kind `severity`, repeats folded ([`problem_lines`]).
pub(crate) fn problems(severity: Severity, problems: &[Problem]) {
    for line in problem_lines(problems, severity) {
        status(&line);
    }
}

/// Prints the error a command ended with ([`report`]).
pub(crate) fn final_error(error: &Error) {
    status(&report(error));
}

/// The lines that show `problems` on a terminal, each as `{prefix}: {problem}`, in order. A
/// problem repeated on many lines of a file (same file, same message) is shown on its first
/// [`REPEATS_SHOWN`] lines; right after them one line counts the others and names the last
/// line: `error: big.csv: … and 999,990 more rows with the same problem (the last on line
/// 1,000,001)`. Every line is [escaped](escape): messages quote file text.
///
/// # Complexity
/// O(n) in the number of problems (one hash pass to count, one to print).
pub(crate) fn problem_lines(problems: &[Problem], severity: Severity) -> Vec<String> {
    let prefix = severity.prefix();
    // (total, last line) of each distinct problem.
    let mut repeats: HashMap<(&str, &str), (usize, Option<u64>)> = HashMap::new();
    for p in problems {
        let entry = repeats
            .entry((p.file.as_str(), p.message.as_str()))
            .or_insert((0, None));
        entry.0 += 1 + p.repeats as usize;
        entry.1 = p.last_line.or(p.line);
    }
    let mut shown: HashMap<(&str, &str), usize> = HashMap::new();
    let mut out = Vec::new();
    for p in problems {
        let key = (p.file.as_str(), p.message.as_str());
        let seen = shown.entry(key).or_insert(0);
        *seen += 1;
        if *seen > REPEATS_SHOWN {
            continue;
        }
        out.push(escape(&format!("{prefix}: {p}")).into_owned());
        let (total, last) = repeats[&key];
        if *seen == REPEATS_SHOWN && total > REPEATS_SHOWN {
            let more = total - REPEATS_SHOWN;
            let row = if more == 1 { "row" } else { "rows" };
            let last = last.map_or(String::new(), |l| {
                format!(" (the last on line {})", thousands(l))
            });
            let line = format!(
                "{prefix}: {}: … and {} more {row} with the same problem{last}",
                p.file,
                thousands(more as u64)
            );
            out.push(escape(&line).into_owned());
        }
    }
    out
}

/// The text of the error a command ended with, every line prefixed like rustc and ripgrep
/// do: each problem of invalid input (then their count, when more than one), or one line.
pub(crate) fn report(error: &Error) -> String {
    match error {
        Error::Invalid(problems) => {
            let mut out = problem_lines(problems, Severity::Error).join("\n");
            if count(problems) > 1 {
                out.push_str(&format!("\nerror: {} problems found", count(problems)));
            }
            out
        }
        Error::Io { path, source } => format!("error: {path}: {source}"),
        Error::Refused(text) | Error::Usage(text) => format!("error: {text}"),
    }
}

/// A count with its noun, singular for 1: `1 group`, `42 groups`.
pub(crate) fn counted(n: impl Into<u64>, noun: &str) -> String {
    let n = n.into();
    let s = if n == 1 { "" } else { "s" };
    format!("{n} {noun}{s}")
}

// The phrases of the commands' usage errors, refusals and status lines.

/// `-o` extensions twin writes, as told in messages (each is a [`Format::from_path`]).
///
/// [`Format::from_path`]: crate::output::Format::from_path
const EXTENSIONS: &str = ".csv, .json, .txt (a table) or .xlsx";
/// The `--format` values, as told in messages.
const FORMATS: &str = "table, csv, json or xlsx";

/// An `-o` name whose extension names no format twin writes.
pub(crate) fn unknown_extension(path: &str) -> String {
    format!(
        "twin cannot write {path}: -o takes a file ending in {EXTENSIONS}; add --format {FORMATS} to write that name anyway"
    )
}

/// A CSV option (`--excel`, `--out-delimiter`) with another format.
pub(crate) fn csv_option_without_csv(option: &str) -> String {
    format!("{option} applies to CSV output; add --format csv or write to a .csv file")
}

/// A workbook asked for on a terminal.
pub(crate) fn xlsx_to_terminal() -> String {
    "an xlsx workbook is binary and standard output is a terminal: write it to a file with -o FILE.xlsx".into()
}

/// An HTML report asked for on a terminal.
pub(crate) fn html_to_terminal() -> String {
    "the report is an HTML page and standard output is a terminal: write it to a file with -o report.html".into()
}

/// An id no group has, with the closest known id when there is one.
pub(crate) fn unknown_group(id: &str, closest: Option<&str>) -> String {
    let hint = match closest {
        Some(best) => format!(" — did you mean \"{}\"?", escape(best)),
        None => String::new(),
    };
    format!("no group has the id \"{}\"{hint}", escape(id))
}

/// `explain` with fewer than three arguments.
const EXPLAIN_NEEDS: &str = "explain needs the profile files, then one or two group ids";

/// Arguments, each quoted and escaped, separated by spaces.
fn quoted(args: &[String]) -> String {
    let quoted: Vec<String> = args.iter().map(|a| format!("\"{}\"", escape(a))).collect();
    quoted.join(" ")
}

/// `explain` given too few arguments to hold files and two ids.
pub(crate) fn explain_too_few(args: &[String]) -> String {
    format!(
        "{EXPLAIN_NEEDS} (twin explain FILES… ID_A [ID_B]); got {}: {}",
        counted(args.len() as u64, "argument"),
        quoted(args)
    )
}

/// `explain` given more than two ids: `extra` are the arguments from the first that is not
/// a file.
pub(crate) fn explain_too_many_ids(extra: &[String]) -> String {
    format!(
        "{EXPLAIN_NEEDS}; got {} ids: {} (\"{}\" is not a file)",
        extra.len(),
        quoted(extra),
        escape(&extra[0])
    )
}

/// `explain` given one id twice.
pub(crate) fn explain_same_group(id: &str) -> String {
    format!(
        "explain needs two different groups, got \"{}\" twice",
        escape(id)
    )
}

/// `--verify` given with `--method stable`.
/// The note when `./twin.toml` was picked up without `--config` and changes results.
pub(crate) fn implicit_config(file: &str, changes: &[crate::settings::Changed]) -> String {
    let listed: Vec<String> = changes
        .iter()
        .map(|c| format!("{} {} → {}", c.key, escape(&c.default), escape(&c.value)))
        .collect();
    format!(
        "using {} from this folder, which changes {}",
        escape(file),
        listed.join(", ")
    )
}

/// `twin man NAME` for a subcommand twin does not have.
pub(crate) fn unknown_subcommand(name: &str, known: &[String]) -> String {
    format!(
        "twin has no subcommand \"{}\": the pages are {}",
        escape(name),
        known.join(", ")
    )
}

/// `--verify` given with a method it does not check (`method`, as named).
pub(crate) fn verify_needs_optimal(method: &str) -> String {
    needs_optimal("--verify", "checks the optimal plan", method)
}

/// `--max-cardinality` given with another method than optimal (`method`, as named).
pub(crate) fn max_cardinality_needs_optimal(method: &str) -> String {
    needs_optimal("--max-cardinality", "applies to the optimal plan", method)
}

/// An option of the optimal plan (`option`, which `what`) given with `--method METHOD`.
fn needs_optimal(option: &str, what: &str, method: &str) -> String {
    format!(
        "{option} {what}: it cannot be used with --method {method} (use --method optimal, or leave {option} out)"
    )
}

/// The status line of a checked optimality certificate: for optimal, its dual objective
/// equals the plan's; for coverage and fair, what its dual bounds prove, in scores.
pub(crate) fn certificate_holds(c: &crate::plan::matching::Certificate) -> String {
    let checked = format!("{} eligible pairs checked", c.edges_checked);
    let Some(twinned) = c.twinned else {
        return format!(
            "certificate: optimal — dual objective {} = plan objective {}; {checked}",
            c.dual_objective, c.objective
        );
    };
    let score = |w: i64| crate::score::format_score(u64::try_from(w).unwrap_or(0));
    let most = counted(twinned as u64, "group");
    let total = score(c.dual_objective);
    match &c.fair {
        None => format!(
            "certificate: coverage — no plan twins more than {most}, and none that twins {twinned} totals more than {total}; {checked}"
        ),
        Some(fair) => {
            let lowest = fair.lowest.map_or_else(|| "none".to_string(), score);
            let above = fair.above.map_or_else(String::new, |(next, bound)| {
                format!(
                    " (with every pair at {} or more, at most {} can be twinned)",
                    score(next),
                    counted(bound as u64, "group")
                )
            });
            format!(
                "certificate: fair — no plan twins more than {most}; none that twins {twinned} has a lowest score above {lowest}{above}, and none with that lowest totals more than {total}; {checked}"
            )
        }
    }
}

/// The refusal when the optimality certificate does not hold (`why`, from the checker).
pub(crate) fn certificate_fails(why: &str) -> String {
    format!("the optimality certificate does not hold: {why}")
}

/// Why a plan is refused before any work: what it would need, and what to do instead.
pub(crate) fn plan_refused(refusal: &Refusal) -> String {
    match refusal {
        Refusal::TooManyPairs { groups, pairs } => {
            let gb = |pairs: u64| (pairs * BYTES_PER_PAIR).div_ceil(1 << 30);
            format!(
                "the optimal plan of these {groups} groups would be computed over {pairs} eligible pairs, about {} GB of memory; \
                 twin computes it over at most {MAX_OPTIMAL_PAIRS} pairs (about {} GB): use --method stable, \
                 which plans any number of groups in little memory, or plan smaller sets of groups",
                gb(*pairs),
                gb(MAX_OPTIMAL_PAIRS),
            )
        }
        Refusal::CapacitiesTooLarge {
            pairs,
            reduced,
            largest,
        } => {
            let example = largest.as_ref().map_or(String::new(), |(id, capacity)| {
                format!(" (the largest: {id} wants {capacity} twins)")
            });
            format!(
                "the capacities are too large for the optimal plan: with {pairs} eligible pairs its solver would build {reduced} edges          between the groups' places (capacity × capacity for each pair), more than its limit of {MAX_REDUCED_EDGES}{example};          lower the capacities, or use --method stable, which plans any capacities in little memory"
            )
        }
    }
}

/// The note for a past pair (from `--history`) whose ids are not two groups of the input.
pub(crate) fn past_pair_ignored(id_a: &str, id_b: &str) -> String {
    format!(
        "past pair {} – {} is not between two groups of the input; ignored",
        escape(id_a),
        escape(id_b)
    )
}

/// A pair `A – B`, its ids escaped.
fn pair_text(id_a: &str, id_b: &str) -> String {
    format!("{} – {}", escape(id_a), escape(id_b))
}

/// A pair list (`--keep`, `--forbid`, …) naming an id no group has.
pub(crate) fn listed_unknown_id(role: ListRole, id: &str, closest: Option<&str>) -> String {
    format!("in this {}: {}", role.noun(), unknown_group(id, closest))
}

/// The note for a pair listed again in `--keep` or `--forbid` lists (`first`: where it was
/// listed first, `file:line`).
pub(crate) fn listed_again(role: ListRole, id_a: &str, id_b: &str, first: &str) -> String {
    format!(
        "pair {} is listed again in the {}s (first at {first}); counted once",
        pair_text(id_a, id_b),
        role.flag()
    )
}

/// A kept pair that another list vetoes (`--forbid`) or records as existing twins
/// (`--history`), at `other` (`file:line`).
pub(crate) fn kept_and_listed(id_a: &str, id_b: &str, other: ListRole, at: &str) -> String {
    let what = match other {
        ListRole::History => "already twins by --history",
        _ => "also forbidden by --forbid",
    };
    format!(
        "kept pair {} is {what} ({at}): a pair cannot be both; remove it from one of the files",
        pair_text(id_a, id_b)
    )
}

/// A kept pair that breaks the rules (`why`: each rule with its facts, in rule order).
pub(crate) fn kept_breaks_rules(id_a: &str, id_b: &str, why: &[String]) -> String {
    format!(
        "kept pair {} is not eligible: {}",
        pair_text(id_a, id_b),
        why.join("; ")
    )
}

/// More kept pairs on a group than its capacity (`at`: where each of its kept pairs is).
pub(crate) fn kept_over_capacity(id: &str, capacity: u32, at: &[String]) -> String {
    format!(
        "group \"{}\" has capacity {capacity} but is in {} kept pairs ({}); keep fewer or raise its capacity",
        escape(id),
        at.len(),
        at.join(", ")
    )
}

/// The note for a kept pair scoring below `--min-score`.
pub(crate) fn kept_below_min_score(id_a: &str, id_b: &str, score: u32, min: u32) -> String {
    format!(
        "kept pair {} scores {}, below --min-score {}; it stays in the plan (it is kept)",
        pair_text(id_a, id_b),
        format_score(score),
        format_score(min)
    )
}

/// `check`'s last line when it found nothing wrong.
pub(crate) fn no_problems() -> String {
    crate::i18n::tr("check-ok", &[])
}

/// `check`'s refusal after printing `n` problems; `summarised` when it summarised the valid
/// groups anyway.
pub(crate) fn problems_found(n: u64, summarised: bool) -> String {
    let id = if summarised {
        "check-problems-summarised"
    } else {
        "check-problems"
    };
    crate::i18n::tr(id, &[("count", n.into())])
}

/// `init`'s line for each file written.
pub(crate) fn wrote(path: &str) -> String {
    format!("wrote {path}")
}

// `twin review`: the problems of a plan, each told at its line of the plan file (ids
// escaped: they come from the file).

/// An id of the plan that no group has, with the closest id when one is near.
pub(crate) fn review_unknown_id(id: &str, closest: Option<&str>) -> String {
    format!(
        "{} (ids are compared exactly, case included)",
        unknown_group(id, closest)
    )
}

/// A line pairing a group with itself.
pub(crate) fn review_same_group(id: &str) -> String {
    format!("group \"{}\" is paired with itself", escape(id))
}

/// A pair the plan lists again.
pub(crate) fn review_repeated(a: &str, b: &str, first: u64) -> String {
    format!(
        "the pair {} – {} is listed again (first on line {first})",
        escape(a),
        escape(b)
    )
}

/// A pair the rules exclude; `rules` names them.
pub(crate) fn review_breaks_rules(a: &str, b: &str, rules: &str) -> String {
    format!("{} – {} breaks the rules: {rules}", escape(a), escape(b))
}

/// A pair a `--forbid` file vetoes, at `at` (`file:line`).
pub(crate) fn review_forbidden(a: &str, b: &str, at: &str) -> String {
    format!(
        "{} – {} is forbidden ({})",
        escape(a),
        escape(b),
        escape(at)
    )
}

/// A pair a `--history` file lists, at `at` (`file:line`).
pub(crate) fn review_historical(a: &str, b: &str, at: &str) -> String {
    format!(
        "{} – {} were twinned before ({}): not to be proposed again",
        escape(a),
        escape(b),
        escape(at)
    )
}

/// A pair scoring below `--min-score`.
pub(crate) fn review_below_min_score(a: &str, b: &str, score: u32, min: u32) -> String {
    format!(
        "{} – {} scores {}, below --min-score {}",
        escape(a),
        escape(b),
        crate::score::format_score(score),
        crate::score::format_score(min)
    )
}

/// A group in more pairs than its capacity, told at the first pair past it.
pub(crate) fn review_over_capacity(id: &str, used: u32, capacity: u32, lines: &[u64]) -> String {
    let lines: Vec<String> = lines.iter().map(u64::to_string).collect();
    format!(
        "{} is in {} for a capacity of {capacity} (lines {})",
        escape(id),
        counted(used, "pair"),
        lines.join(", ")
    )
}

/// A kept pair (`--keep`) the plan `plan` lacks.
pub(crate) fn review_kept_missing(a: &str, b: &str, plan: &str) -> String {
    format!(
        "the kept pair {} – {} is not in the plan {}",
        escape(a),
        escape(b),
        escape(plan)
    )
}

/// The last line of a review on stderr, when the plan keeps every rule.
pub(crate) fn review_clean(plan: &str) -> String {
    format!("ok: {} keeps every rule, capacity and lock", escape(plan))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{FOLD_FROM, push_folded};
    use crate::output::Format;

    #[test]
    fn the_extensions_told_in_messages_are_the_ones_twin_writes() {
        let told: Vec<&str> = EXTENSIONS
            .split([' ', ','])
            .filter(|w| w.starts_with('.'))
            .collect();
        assert_eq!(told.len(), 4, "{told:?}");
        for ext in told {
            assert!(Format::from_path(&format!("plan{ext}")).is_some(), "{ext}");
        }
        for name in ["plan.ods", "plan", "plan.xls", "plan.toml"] {
            assert_eq!(Format::from_path(name), None, "{name}");
        }
    }

    #[test]
    fn repeated_problems_are_shown_a_few_times_then_counted() {
        let mut problems: Vec<Problem> = (2..=1_001)
            .map(|l| Problem::new("g.csv", Some(l), "missing themes"))
            .collect();
        problems.insert(3, Problem::new("g.csv", Some(5), "unknown country"));
        problems.push(Problem::new("h.csv", Some(2), "missing themes"));
        let lines = problem_lines(&problems, Severity::Error);
        assert_eq!(lines.len(), REPEATS_SHOWN + 3, "{lines:#?}");
        assert_eq!(lines[0], "error: g.csv:2: missing themes");
        assert_eq!(lines[3], "error: g.csv:5: unknown country");
        assert_eq!(
            lines[REPEATS_SHOWN + 1],
            "error: g.csv: … and 990 more rows with the same problem (the last on line 1,001)"
        );
        assert_eq!(lines[REPEATS_SHOWN + 2], "error: h.csv:2: missing themes");
        // The count of problems stays the real one.
        let report = report(&Error::Invalid(problems));
        assert!(report.ends_with("error: 1002 problems found"), "{report}");
    }

    #[test]
    fn folded_problems_keep_their_count_last_line_and_order() {
        let mut list = Vec::new();
        for line in 1..=100_000 {
            push_folded(
                &mut list,
                Problem::new("g.csv", Some(line), "missing themes"),
            );
            if line % 1000 == 0 {
                push_folded(
                    &mut list,
                    Problem::new("g.csv", Some(line), format!("other {line}")),
                );
            }
        }
        assert!(list.len() < 2 * FOLD_FROM + 200, "{} kept", list.len());
        assert_eq!(count(&list), 100_100);
        let mut unfolded: Vec<Problem> = (1..=100_000)
            .map(|l| Problem::new("g.csv", Some(l), "missing themes"))
            .collect();
        unfolded.insert(
            REPEATS_SHOWN,
            Problem::new("g.csv", Some(1000), "other 1000"),
        );
        let folded_lines = problem_lines(&list, Severity::Error);
        let plain_lines = problem_lines(&unfolded, Severity::Error);
        assert_eq!(
            folded_lines[..REPEATS_SHOWN + 1],
            plain_lines[..REPEATS_SHOWN + 1]
        );
        assert_eq!(
            folded_lines[REPEATS_SHOWN],
            "error: g.csv: … and 99,990 more rows with the same problem (the last on line 100,000)"
        );
        assert_eq!(folded_lines.len(), REPEATS_SHOWN + 1 + 100);
    }

    #[test]
    fn a_problem_repeated_only_a_few_times_is_shown_in_full() {
        let problems: Vec<Problem> = (1..=REPEATS_SHOWN as u64 + 1)
            .map(|l| Problem::new("g.csv", Some(l), "x"))
            .collect();
        let lines = problem_lines(&problems, Severity::Warning);
        assert_eq!(lines.len(), REPEATS_SHOWN + 1);
        assert!(
            lines[REPEATS_SHOWN]
                .ends_with("1 more row with the same problem (the last on line 11)")
        );
        let lines = problem_lines(
            &[Problem::new("g.csv", Some(1), "bad \u{1b}[31m")],
            Severity::Error,
        );
        assert!(!lines[0].contains('\u{1b}'), "{lines:?}");
    }

    #[test]
    fn a_single_error_is_one_prefixed_line() {
        let one = Error::Invalid(vec![Problem::new("g.csv", Some(3), "bad")]);
        assert_eq!(report(&one), "error: g.csv:3: bad");
        assert_eq!(report(&Error::Usage("no".into())), "error: no");
        assert_eq!(counted(1u64, "group"), "1 group");
        assert_eq!(counted(42u64, "group"), "42 groups");
    }
}
